//! `clientele client set ID …` changes a client's profile in place;
//! `clientele client handover --from M --to M` moves every client (and
//! open deal) of one member to another in one write (rules §7.2). Both
//! change only the lines they must; the loader's own rules (a customer
//! needs `since`, `since` ≥ `found`) are checked on the new text.

use chrono::NaiveDate;

use super::handover::{self, Scope};
use crate::model::{Source, Stage, Tier};
use crate::t;
use crate::write::{Session, WriteError, entry, schema, value};

/// Flags of `client set`.
#[derive(Debug, clap::Args)]
pub(crate) struct SetArgs {
    /// The client (its id)
    #[arg(value_name = "ID", value_parser = crate::values::id)]
    pub(crate) id: String,
    /// New name
    #[arg(long, value_name = "NAME", value_parser = crate::values::text)]
    pub(crate) name: Option<String>,
    /// New account manager (a member id)
    #[arg(long, value_name = "MEMBER", value_parser = crate::values::id)]
    pub(crate) owner: Option<String>,
    /// New account specialist (a member id)
    #[arg(long, value_name = "ID", value_parser = crate::values::id, conflicts_with = "no_specialist")]
    pub(crate) specialist: Option<String>,
    /// Remove the specialist
    #[arg(long)]
    pub(crate) no_specialist: bool,
    /// lead, prospect, customer, dormant or lost
    #[arg(long, value_name = "STAGE", value_parser = crate::values::choice(Stage::parse, Stage::NAMES))]
    pub(crate) stage: Option<Stage>,
    /// The date of the first signed contract
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = crate::values::date)]
    pub(crate) since: Option<NaiveDate>,
    /// Cooperation potential, 1..5
    #[arg(long, value_name = "N", value_parser = crate::values::int_in(1, 5))]
    pub(crate) potential: Option<i64>,
    /// The client's industry
    #[arg(long, value_name = "I", value_parser = crate::values::text)]
    pub(crate) industry: Option<String>,
    /// web, trade-show, referral, directory, cold-call or other
    #[arg(long, value_name = "S", value_parser = crate::values::choice(Source::parse, Source::NAMES))]
    pub(crate) source: Option<Source>,
    /// A tier set by hand (A, B, C or D), with --tier-reason
    #[arg(long, value_name = "T", value_parser = crate::values::tier, requires = "tier_reason", conflicts_with = "no_tier")]
    pub(crate) tier: Option<Tier>,
    /// Why the tier is set by hand
    #[arg(long, value_name = "TEXT", value_parser = crate::values::text, requires = "tier")]
    pub(crate) tier_reason: Option<String>,
    /// Remove a tier set by hand (and its reason)
    #[arg(long)]
    pub(crate) no_tier: bool,
    /// Free notes (replace the old ones)
    #[arg(long, value_name = "TEXT", value_parser = crate::values::text)]
    pub(crate) notes: Option<String>,
}

/// Flags of `client handover`.
#[derive(Debug, clap::Args)]
pub(crate) struct HandoverArgs {
    /// The member who gives the clients up
    #[arg(long, value_name = "ID", value_parser = crate::values::id)]
    pub(crate) from: String,
    /// The member who takes them
    #[arg(long, value_name = "ID", value_parser = crate::values::id)]
    pub(crate) to: String,
}

/// The new values `a` gives, checked against the team; in the client's
/// key order.
fn values(
    w: &Session<'_>,
    a: &SetArgs,
) -> Result<Vec<(&'static str, toml_edit::Value)>, WriteError> {
    let owner = a
        .owner
        .as_deref()
        .map(|o| w.member("--owner", o))
        .transpose()?;
    let specialist = (a.specialist.as_deref())
        .map(|s| w.member("--specialist", s))
        .transpose()?;
    let text = |v: &Option<String>| v.as_deref().map(value::string);
    let mut out = Vec::new();
    let mut push = |key, v: Option<toml_edit::Value>| out.extend(v.map(|v| (key, v)));
    push("name", text(&a.name));
    push("stage", a.stage.map(|s| value::string(s.as_str())));
    push("owner", owner.map(|o| value::string(&o.id)));
    push("specialist", specialist.map(|s| value::string(&s.id)));
    push("industry", text(&a.industry));
    push("source", a.source.map(|s| value::string(s.as_str())));
    push("since", a.since.map(value::date));
    push("potential", a.potential.map(value::int));
    push("tier", a.tier.map(|t| value::string(t.as_str())));
    push("tier_reason", text(&a.tier_reason));
    push("notes", text(&a.notes));
    Ok(out)
}

/// `client set`: stages the changed profile; returns what to tell.
pub(crate) fn set(w: &mut Session<'_>, a: &SetArgs) -> Result<String, WriteError> {
    let rel = w.client("client", &a.id)?;
    let values = values(w, a)?;
    if values.is_empty() && !a.no_specialist && !a.no_tier {
        return Err(WriteError::refused(t!("refuse-nothing-to-change-client")));
    }
    let mut doc = w.txn.edit(&rel)?;
    let client = doc.doc.as_table_mut();
    if let Some(stage) = a.stage
        && stage.needs_since()
        && a.since.is_none()
        && !client.contains_key("since")
    {
        return Err(WriteError::refused(t!(
            "refuse-stage-needs-since",
            stage = crate::i18n::word("stage", stage.as_str())
        )));
    }
    if let Some(old) = entry::get_str(client, "owner").map(str::to_string)
        && a.owner.as_deref().is_some_and(|new| new != old)
    {
        handover::keep_closed_deals(client, &old);
    }
    let mut changed = Vec::new();
    for (key, v) in values {
        changed.push(format!("{key} = {}", v.to_string().trim()));
        entry::set(client, schema::CLIENT, key, v);
    }
    let removed: &[&str] = match (a.no_specialist, a.no_tier) {
        (true, true) => &["specialist", "tier", "tier_reason"],
        (true, false) => &["specialist"],
        (false, true) => &["tier", "tier_reason"],
        (false, false) => &[],
    };
    for key in removed {
        if client.remove(key).is_some() {
            changed.push(t!("write-key-removed", key = *key));
        }
    }
    if changed.is_empty() {
        changed.push(t!("write-nothing-changed"));
    }
    w.txn.stage(&rel, doc.render())?;
    Ok(t!(
        "write-client-changed",
        id = a.id.as_str(),
        changes = changed.join(", "),
        file = w.display(&rel).to_string()
    ))
}

/// `client handover`: every client owned or served by `--from`, and their
/// open deals, go to `--to`.
pub(crate) fn hand_over(w: &mut Session<'_>, a: &HandoverArgs) -> Result<String, WriteError> {
    w.member("--from", &a.from)?;
    if a.from == a.to {
        return Err(WriteError::refused(t!("refuse-handover-same")));
    }
    let to = super::member::taker(w, "--to", &a.to, w.today)?;
    let scope = Scope {
        complaints: false,
        actions: false,
        reports: false,
    };
    let moved = handover::hand_over(w, &a.from, Some(&to), scope)?;
    if moved.is_empty() {
        return Err(WriteError::refused(t!(
            "refuse-handover-nothing",
            member = a.from.as_str()
        )));
    }
    Ok(t!(
        "write-handed-over",
        from = a.from.as_str(),
        to = to.as_str(),
        work = moved.describe()
    ))
}
