//! Reading in pieces gives exactly what reading the whole file gives: the
//! same client and the same diagnostics, or no answer (the whole file is
//! parsed then).

use proptest::prelude::*;

use super::{client, in_pieces};
use crate::diagnostic::{Diagnostic, FileId};
use crate::load::assemble::{Parsed, parse_file, parse_whole};
use crate::model::Place;

const HEADS: &[&str] = &[
    "id = \"acme\"\nname = \"Acme\"\nstage = \"customer\"\nowner = \"li-wei\"\nfound = 2024-01-05\nsince = 2024-02-01\npotential = 3\n\n[[contact]]\nname = \"Ann\"\n\n[[deal]]\nid = \"d1\"\ntitle = \"T\"\nstage = \"lead\"\namount = 5\nopened = 2024-01-06\n\n",
    "id = \"acme\"\nname = \"Acme\"\nstage = \"lead\"\nowner = \"li-wei\"\nfound = 2024-01-05\npotential = 9\nshoe = 1\n\n",
    "id = \"other\"\nname = 3\nstage = \"customer\"\nfound = 2024-01-05\n\n[extra]\nx = 1\n\n",
    "# only a comment\n\n",
    "",
    "id = \"acme\"\ncomplaint = 1\n\n",
    "id = \"acme\"\n[complaint.extra]\nx = 1\n\n",
    "\u{feff}id = \"acme\"\nname = \"Acme\"\nstage = \"lead\"\nowner = \"li-wei\"\nfound = 2024-01-05\npotential = 3\n",
    "id = \"acme\"\nnotes = \"\"\"\nan open string\n",
];

const BLOCKS: &[&str] = &[
    "[[complaint]]\nid = \"c1\"\nreceived = 2024-03-01T09:00:00\nseverity = \"high\"\nsummary = \"S\"\nhandler = \"li-wei\"\n\n",
    "[[complaint]]\nid = \"c2\"\nreceived = 2024-03-01T09:00:00\nseverity = \"huge\"\nhandler = \"li-wei\"\nresolved = 2024-02-01T09:00:00\ncolour = 1\nextra = { a = 1, b = \"x\" }\n",
    "[[complaint]]\nid = \"c3\"\nreceived = 2024-03-01\nseverity = \"low\"\nsummary = \"\"\"\nline\n[[complaint]]\nid = \"fake\"\n\"\"\"\nhandler = \"li-wei\"\n",
    "[[complaint]]\nid = \"c4\"\nsummary = '''\n[[complaint]]\n'''\nseverity = \"low\"\n",
    "[[complaint]]\nid = \"c5\"\ndepartments = [\n  \"a\",\n  2,\n]\n[complaint.extra]\nk = \"v\"\n",
    "[[complaint]]   \r\nid = \"c6\"\nid = \"again\"\n",
    "[[ complaint ]]\nid = \"c7\"\nsummary = \"s\"\n",
    "[[\"complaint\"]]\nid = \"c8\"\n",
    "[[complaint]] # a comment\nid = \"c9\"\n",
    "[[deal]]\nid = \"d2\"\ntitle = \"T\"\nstage = \"won\"\namount = -1\nopened = 2024-01-06\n",
    "[complaint]\nid = \"c10\"\n",
    "[[complaint]]\nid = = \"broken\"\n",
    "# a comment\n\n",
    "[[complaint]]\nid = \"c11\"\nnotes = \"\"\"\n",
    "\"\"\"\n",
    "[[complaint]]\nid = \"c12\"\nsatisfaction = 7\nresponded = 2024-03-02T10:00:00\n[complaint.extra.deep]\nx = [1, 2]\n",
    "[extra]\ny = 2\n",
    "[[complaint]]\n",
];

/// The blocks that read in pieces when cut anywhere (the others make the
/// whole file be parsed).
const GOOD: &[usize] = &[0, 1, 4, 6, 7, 8, 12, 15, 17];

/// What a read gives, as text to compare.
fn shown(read: (Parsed, Vec<Diagnostic>)) -> String {
    let (parsed, diags) = read;
    let client = match parsed {
        Parsed::Client(c) => format!("{c:?}"),
        _ => "nothing".to_string(),
    };
    format!("{client}\n{diags:?}")
}

fn whole(text: &str) -> String {
    shown(parse_whole(FileId(3), &Place::Client("acme".into()), text))
}

fn pieces(text: &str, piece: usize) -> Option<String> {
    in_pieces(FileId(3), "acme", text, piece).map(shown)
}

fn file(head: usize, blocks: &[usize], crlf: bool) -> String {
    let mut text = HEADS[head].to_string();
    for b in blocks {
        text.push_str(BLOCKS[*b]);
    }
    if crlf {
        text.replace('\n', "\r\n")
    } else {
        text
    }
}

#[test]
fn a_file_of_good_and_bad_complaints_reads_alike_in_pieces() {
    let text = file(0, &[0, 1, 0, 6, 7, 8, 1, 12, 0, 4, 15, 0, 17], false);
    for piece in [0, 1, 50, 200, 100_000] {
        assert_eq!(pieces(&text, piece).as_deref(), Some(whole(&text).as_str()));
    }
    let crlf = file(7, &[0, 1, 15, 0], true);
    assert_eq!(pieces(&crlf, 1).as_deref(), Some(whole(&crlf).as_str()));
}

#[test]
fn a_large_file_is_read_in_pieces_as_it_reads_whole() {
    let blocks: Vec<usize> = (0..6_000).map(|i| GOOD[i % GOOD.len()]).collect();
    let text = file(0, &blocks, false);
    assert!(text.len() > 256 * 1024);
    assert!(client(FileId(3), "acme", &text).is_some());
    let read = shown(parse_file(FileId(3), &Place::Client("acme".into()), &text));
    assert_eq!(read, whole(&text));
}

#[test]
fn a_header_inside_a_string_or_a_deal_after_the_complaints_reads_whole() {
    // the cut inside the string leaves its piece unclosed
    assert_eq!(pieces(&file(0, &[0, 2, 0], false), 1), None);
    assert_eq!(pieces(&file(0, &[0, 3, 0], false), 1), None);
    assert_eq!(pieces(&file(0, &[0, 9, 0], false), 1), None);
    assert_eq!(pieces(&file(5, &[0, 0], false), 1), None);
    assert_eq!(pieces(&file(6, &[0, 0], false), 1), None);
    // no complaint at all: nothing to cut
    assert_eq!(pieces(&file(0, &[], false), 1), None);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn pieces_give_what_the_whole_file_gives(
        head in prop_oneof![3 => 0..5usize, 1 => 0..HEADS.len()],
        blocks in prop::collection::vec(
            prop_oneof![8 => prop::sample::select(GOOD), 1 => 0..BLOCKS.len()],
            0..12,
        ),
        piece in 0usize..400,
        crlf in any::<bool>(),
    ) {
        let text = file(head, &blocks, crlf);
        if let Some(read) = pieces(&text, piece) {
            prop_assert_eq!(read, whole(&text));
        }
    }
}
