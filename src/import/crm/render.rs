//! The plan as record text: new `[[member]]` entries appended to team.toml
//! (every other byte of it kept, through the write layer's editable
//! document), and each new client file in the canonical form of rules
//! §5 (what `clientele fmt` would write).

use toml_edit::{Item, Table};

use super::book::Deal;
use super::clients::NewClient;
use super::people::NewMember;
use super::plan::industry;
use super::read::Account;
use crate::write::canon::{Canon, canonical};
use crate::write::schema::{self, FileKind};
use crate::write::{EditDoc, WriteError, entry, value};

/// `team.toml` (its text, `None` when missing) with `members` appended.
pub(crate) fn team(old: Option<&str>, members: &[NewMember]) -> Result<String, WriteError> {
    let mut doc = EditDoc::open("team.toml", old)?;
    for m in members {
        let t = entry::Builder::new()
            .set("id", value::string(&m.id))
            .set("name", value::string(&m.name))
            .set("role", value::string(m.role.as_str()))
            .set("joined", value::date(m.joined))
            .opt("reports_to", m.reports_to.as_deref().map(value::string))
            .build();
        entry::append(&mut doc.doc, schema::TEAM, "member", t)?;
    }
    Ok(doc.render())
}

fn deal(d: &Deal<'_>, client_owner: &str) -> Table {
    entry::Builder::new()
        .set("id", value::string(d.id))
        .set("title", value::string(&d.title))
        .opt(
            "owner",
            (d.agent != client_owner).then(|| value::string(d.agent)),
        )
        .set("stage", value::string(d.stage.as_str()))
        .set("amount", value::number(d.amount))
        .set("opened", value::date(d.opened))
        .opt("closed", d.closed.map(value::date))
        .build()
}

/// A client file (its text) with `deals` added in their place by
/// `opened`; a deal's owner is written when not the client's.
pub(crate) fn added_deals<'a>(
    rel: &str,
    old: Option<&str>,
    deals: impl IntoIterator<Item = Deal<'a>>,
) -> Result<String, WriteError> {
    let mut doc = EditDoc::open(rel, old)?;
    let owner = entry::get_str(doc.doc.as_table(), "owner")
        .unwrap_or("")
        .to_string();
    for d in deals {
        crate::write::ordered::insert_by(
            &mut doc.doc,
            schema::CLIENT,
            "deal",
            "opened",
            deal(&d, &owner),
        )?;
    }
    Ok(doc.render())
}

/// The text of a new client file, its account `a` and its deals
/// (`c.deals`, read from their rows) given.
pub(crate) fn client<'a>(
    c: &NewClient<'_>,
    a: &Account,
    deals: impl IntoIterator<Item = Deal<'a>>,
) -> Result<String, WriteError> {
    let mut root = entry::Builder::new()
        .set("id", value::string(c.id))
        .set("name", value::string(a.name()))
        .set("stage", value::string(c.stage.as_str()))
        .set("owner", value::string(c.owner))
        .opt("industry", industry(a).map(value::string))
        .set("found", value::date(c.found))
        .opt("since", c.since.map(value::date))
        .set("potential", value::int(3))
        .build();
    let mut extra = Table::new();
    for (k, v) in a.extras() {
        extra.insert(k, Item::Value(super::super::values::loose(v)));
    }
    if let Some(parent) = c.parent {
        extra.insert("subsidiary_of", Item::Value(value::string(parent)));
    }
    if !extra.is_empty() {
        root.insert("extra", Item::Table(extra));
    }
    let mut doc = EditDoc::new();
    *doc.doc.as_table_mut() = root;
    for d in deals {
        entry::append(&mut doc.doc, schema::CLIENT, "deal", deal(&d, c.owner))?;
    }
    let canon = Canon {
        kind: FileKind::Client,
        month: None,
    };
    let mut text = canonical(&canon, &doc.render()).map_err(|e| {
        WriteError::refused(crate::t!(
            "import-not-toml",
            id = c.id,
            error = e.to_string()
        ))
    })?;
    // the write holds every new file's text until it is saved: without
    // the room the text grew into (up to as much again)
    text.shrink_to_fit();
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::{FileId, Span};
    use crate::import::table::Cell;
    use crate::model::{DealStage, Role, Stage};
    use chrono::NaiveDate;

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn new_deal<'a>(
        id: &'a str,
        agent: &'a str,
        stage: DealStage,
        opened: &str,
        closed: Option<&str>,
    ) -> Deal<'a> {
        Deal {
            id,
            title: "GTX Pro".into(),
            agent,
            agent_name: agent,
            stage,
            amount: 4514.0,
            opened: day(opened),
            closed: closed.map(day),
        }
    }

    #[test]
    fn a_client_file_in_canonical_form() {
        let text = |text| Cell {
            text,
            span: Span::new(FileId(0), 0..0),
        };
        let a = Account::new(
            text("Acme Corporation"),
            Some(text("Technolgy")),
            Some(text("Bluth Company")),
            [(0, "1996"), (3, "United States")],
        );
        let c = NewClient {
            id: "acme-corporation",
            account: 0,
            stage: Stage::Customer,
            owner: "anna-snelling",
            found: day("2016-10-20"),
            since: Some(day("2017-03-01")),
            parent: Some("bluth-company"),
            deals: &[0, 1],
        };
        let deals = [
            new_deal(
                "1C1I7A6R",
                "anna-snelling",
                DealStage::Won,
                "2016-10-20",
                Some("2017-03-01"),
            ),
            new_deal(
                "Z063OYW0",
                "moses-frase",
                DealStage::Lead,
                "2017-12-31",
                None,
            ),
        ];
        let text = client(&c, &a, deals).unwrap();
        assert_eq!(
            text,
            "id = \"acme-corporation\"\nname = \"Acme Corporation\"\nstage = \"customer\"\nowner = \"anna-snelling\"\nindustry = \"technology\"\nfound = 2016-10-20\nsince = 2017-03-01\npotential = 3\n\n[extra]\nyear_established = 1996\noffice_location = \"United States\"\nsubsidiary_of = \"bluth-company\"\n\n[[deal]]\nid = \"1C1I7A6R\"\ntitle = \"GTX Pro\"\nstage = \"won\"\namount = 4514\nopened = 2016-10-20\nclosed = 2017-03-01\n\n[[deal]]\nid = \"Z063OYW0\"\ntitle = \"GTX Pro\"\nowner = \"moses-frase\"\nstage = \"lead\"\namount = 4514\nopened = 2017-12-31\n"
        );
        let canon = Canon {
            kind: FileKind::Client,
            month: None,
        };
        assert_eq!(canonical(&canon, &text).unwrap(), text);
    }

    #[test]
    fn members_are_appended_and_the_rest_is_kept() {
        let old = "# the team\r\n[[member]]\r\nid = \"lead\"   # me\r\nname = \"L\"\r\nrole = \"lead\"\r\njoined = 2020-01-01\r\n";
        let m = NewMember {
            id: "anna-snelling".into(),
            name: "Anna Snelling".into(),
            role: Role::Manager,
            joined: day("2016-10-20"),
            reports_to: Some("dustin-brinkmann".into()),
        };
        let text = team(Some(old), &[m]).unwrap();
        assert_eq!(
            text,
            format!(
                "{old}\r\n[[member]]\r\nid = \"anna-snelling\"\r\nname = \"Anna Snelling\"\r\nrole = \"manager\"\r\njoined = 2016-10-20\r\nreports_to = \"dustin-brinkmann\"\r\n"
            )
        );
    }
}
