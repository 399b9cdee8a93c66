//! Imported complaints as `[[complaint]]` entries appended to the client's
//! file after its last complaint; every other byte of the file is kept
//! (the write layer's editable document), its CRLF line ends too.

use toml_edit::{InlineTable, Table, Value};

use super::NewComplaint;
use crate::write::{EditDoc, WriteError, entry, schema, value};

fn table(c: &NewComplaint, handler: &str) -> Table {
    let mut extra = InlineTable::new();
    for (k, v) in &c.extra {
        extra.insert(*k, value::string(v));
    }
    entry::Builder::new()
        .set("id", value::string(&c.id))
        .set("received", value::datetime(c.received))
        .set("severity", value::string(c.severity.as_str()))
        .opt("channel", c.channel.map(|ch| value::string(ch.as_str())))
        .set("summary", value::string(&c.summary))
        .set("handler", value::string(handler))
        .opt("responded", c.responded.map(value::datetime))
        .opt("resolved", c.resolved.map(value::datetime))
        .opt(
            "extra",
            (!extra.is_empty()).then(|| Value::InlineTable(extra)),
        )
        .build()
}

/// Appends `complaints` (handled by `handler`) to the client file `doc`;
/// refused when the file writes its complaints as an inline array.
pub(crate) fn append(
    doc: &mut EditDoc,
    complaints: &[NewComplaint],
    handler: &str,
) -> Result<(), WriteError> {
    for c in complaints {
        entry::append(&mut doc.doc, schema::CLIENT, "complaint", table(c, handler))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Channel, Severity};

    #[test]
    fn complaints_follow_the_last_one_and_keep_the_file() {
        let old =
            "id = \"acme\"\r\nname = \"Acme\" # ours\r\n\r\n[[complaint]]\r\nid = \"C-1\"\r\n";
        let mut doc = EditDoc::parse("clients/acme.toml", old).unwrap();
        let day = |s: &str| {
            s.parse::<chrono::NaiveDate>()
                .unwrap()
                .and_hms_opt(0, 0, 0)
                .unwrap()
        };
        let c = NewComplaint {
            id: "3571115".into(),
            received: day("2020-03-18"),
            severity: Severity::Medium,
            channel: Some(Channel::Web),
            summary: "Debt collection: Attempts to collect debt not owed".into(),
            responded: Some(day("2020-03-19")),
            resolved: Some(day("2020-03-19")),
            extra: vec![
                ("company", "TRANSUNION INTERMEDIATE HOLDINGS, INC.".into()),
                ("timely_response", "Yes".into()),
            ],
        };
        append(&mut doc, &[c], "wang-fang").unwrap();
        assert_eq!(
            doc.render(),
            format!(
                "{old}\r\n[[complaint]]\r\nid = \"3571115\"\r\nreceived = 2020-03-18T00:00:00\r\nseverity = \"medium\"\r\nchannel = \"web\"\r\nsummary = \"Debt collection: Attempts to collect debt not owed\"\r\nhandler = \"wang-fang\"\r\nresponded = 2020-03-19T00:00:00\r\nresolved = 2020-03-19T00:00:00\r\nextra = {{ company = \"TRANSUNION INTERMEDIATE HOLDINGS, INC.\", timely_response = \"Yes\" }}\r\n"
            )
        );
    }
}
