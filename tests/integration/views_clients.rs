//! `clients`, `deals` and `client show` on the `views` fixture (issue 11,
//! "See any record"): exact CSV, JSON equal to CSV, filters.

use super::common::*;

const D: &str = "2026-11-20";
const R: Reports = Reports::on("views", D);

#[test]
fn clients_csv_every_stage_and_the_key_prospect_list() {
    expect_file("views/clients.csv", &R.csv(&["clients"]));
    expect_file(
        "views/clients-prospects.csv",
        &R.csv(&["clients", "--stage", "lead,prospect"]),
    );
    R.assert_json_matches_csv(&["clients"]);
}

#[test]
fn clients_filters() {
    let ids = |args: &[&str]| -> Vec<String> {
        R.csv(args)
            .lines()
            .skip(1)
            .map(|l| l.split(',').next().unwrap().to_string())
            .collect()
    };
    assert_eq!(ids(&["clients", "--source", "web"]), ["bolt", "ivy"]);
    assert_eq!(ids(&["clients", "--industry", "製造"]), ["acme", "hill"]);
    assert_eq!(ids(&["clients", "--tier", "a"]), ["acme", "cedar"]);
    assert_eq!(
        ids(&["clients", "--owner", "boss"]),
        ["delta", "echo", "ivy"]
    );
    assert_eq!(ids(&["clients", "--member", "sam"]), ["acme"]);
    assert_eq!(ids(&["clients", "--stage", "lost"]), ["gone"]);
    let (code, _, err) = run(&["--records", &fixture("views"), "clients", "--stage", "vip"]);
    assert_eq!(code, 2, "{err}");
}

#[test]
fn deals_csv_with_delivery_status_and_filters() {
    expect_file("views/deals.csv", &R.csv(&["deals"]));
    R.assert_json_matches_csv(&["deals"]);
    let ids = |args: &[&str]| -> Vec<String> {
        R.csv(args)
            .lines()
            .skip(1)
            .map(|l| l.split(',').nth(1).unwrap().to_string())
            .collect()
    };
    assert_eq!(ids(&["deals", "--late"]), ["C1"]);
    assert_eq!(ids(&["deals", "--open"]), ["A3", "D1", "I1", "E1"]);
    assert_eq!(ids(&["deals", "--owner", "sam"]), ["A3"]);
    assert_eq!(ids(&["deals", "--client", "bolt"]), ["B2", "B1"]);
    assert_eq!(
        ids(&["deals", "--stage", "won,lost", "--from", "2026-07-01"]),
        ["B2", "C1", "B1"]
    );
    let (code, _) = R.report(D, "csv", &["deals", "--fail-on", "overdue"]);
    assert_eq!(code, 1);
    let (code, _) = R.report(
        D,
        "csv",
        &["deals", "--client", "bolt", "--fail-on", "overdue"],
    );
    assert_eq!(code, 0);
    let (code, _, err) = run(&[
        "--records",
        &fixture("views"),
        "deals",
        "--client",
        "nobody",
    ]);
    assert_eq!(code, 1, "{err}");
}

#[test]
fn client_show_gives_every_section_as_a_table_and_as_one_json_object() {
    expect_file(
        "views/client-show-acme.txt",
        &R.out_as_of(D, "table", &["client", "show", "acme"]),
    );
    expect_file(
        "views/client-show-acme.json",
        &R.out_as_of(D, "json", &["client", "show", "acme"]),
    );
    let csv = R.csv(&["client", "show", "echo"]);
    assert!(csv.starts_with("client\nclient,name,stage,"), "{csv}");
    assert!(
        csv.contains("\n\ntier\nclient,name,owner,revenue,"),
        "{csv}"
    );
    let (code, _, err) = run(&["--records", &fixture("views"), "client", "show", "nobody"]);
    assert_eq!(
        (code, err.as_str()),
        (
            1,
            "error: no client `nobody` in clients/ (see `clientele clients`)\n"
        )
    );
}

#[test]
fn pipeline_by_source_and_a_period_by_close_date() {
    expect_file(
        "views/pipeline-by-source.csv",
        &R.csv(&["pipeline", "--by", "source"]),
    );
    R.assert_json_matches_csv(&["pipeline", "--by", "source"]);
}
