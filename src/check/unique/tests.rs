//! Keys gathered from several loads find the repeats one load finds.

use std::collections::HashMap;

use super::*;
use crate::diagnostic::SourceFile;
use crate::load;

const SETTINGS: &str = "[team]\nname = \"t\"\ncurrency = \"CNY\"\n";
const TEAM: &str = "[[member]]\nid = \"li\"\nname = \"L\"\nrole = \"lead\"\njoined = 2020-01-01\n";

fn client(id: &str, name: &str, deals: &[&str], complaints: &[&str]) -> (String, String) {
    let mut text = format!(
        "id = \"{id}\"\nname = \"{name}\"\nstage = \"prospect\"\nowner = \"li\"\nfound = 2024-01-02\npotential = 3\n"
    );
    for d in deals {
        text.push_str(&format!(
            "\n[[deal]]\nid = \"{d}\"\ntitle = \"x\"\nstage = \"lead\"\namount = 10\nopened = 2024-02-01\n"
        ));
    }
    for k in complaints {
        text.push_str(&format!(
            "\n[[complaint]]\nid = \"{k}\"\nreceived = 2024-03-01T09:00:00\nseverity = \"low\"\nchannel = \"phone\"\nsummary = \"s\"\nhandler = \"li\"\n"
        ));
    }
    (format!("clients/{id}.toml"), text)
}

fn clients() -> Vec<(String, String)> {
    vec![
        client("a", "Acme", &["D1", "D2"], &["C1"]),
        client("b", "  acme ", &["D2", "D3"], &[]),
        client("c", "Corp", &["D1"], &["C1", "C2"]),
        client("d", "CORP", &["D3", "D4", "D4"], &["C2"]),
    ]
}

fn loaded(files: &[(String, String)]) -> load::Loaded {
    let tmp = tempfile::tempdir().unwrap();
    let mut all = vec![
        ("clientele.toml".to_string(), Some(SETTINGS.to_string())),
        ("team.toml".to_string(), Some(TEAM.to_string())),
    ];
    all.extend(files.iter().map(|(r, t)| (r.clone(), Some(t.clone()))));
    load::load_texts(tmp.path(), all).unwrap()
}

/// What one load reports, rendered in order.
fn rendered(diags: &[Diagnostic], sources: &SourceMap) -> Vec<String> {
    let mut diags = diags.to_vec();
    sources.sort(&mut diags);
    diags.iter().map(|d| sources.render(d)).collect()
}

#[test]
fn keys_of_batches_find_what_one_load_finds() {
    let whole = loaded(&clients());
    let records = &whole.records;
    let mut expected = crate::check::duplicates::duplicate_ids(records);
    expected.extend(crate::check::clients::same_names(records));
    assert_eq!(expected.len(), 8, "{expected:?}");
    let day = chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
    let all = crate::check::run(records, day);
    let judged: Vec<Diagnostic> = all
        .into_iter()
        .filter(|d| judged_by_keys(d, &records.sources))
        .collect();
    let expected = rendered(&expected, &records.sources);
    assert_eq!(rendered(&judged, &records.sources), expected);
    // the four files loaded two at a time, in the other order, into one map
    let mut sources = SourceMap::new(&records.sources.root);
    let mut keys = Keys::default();
    for part in [&clients()[2..], &clients()[..2]] {
        let batch = loaded(part);
        let at = sources.files.len() as u32;
        let mut ids = HashMap::new();
        for (i, f) in batch.records.sources.files.iter().enumerate() {
            ids.insert(i as u32, FileId(at + i as u32));
            sources.add(SourceFile::new(f.rel.clone(), f.text().to_string()));
        }
        keys.add(&batch.records, |f| ids.get(&f.0).copied());
    }
    let repeats = keys.repeats(|f| sources.get(f).map_or("", |s| s.rel.as_str()));
    assert_eq!(rendered(&repeats, &sources), expected);
}
