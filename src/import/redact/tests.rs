use super::*;

/// Each line of `text` walked with `kept`, shown for the offset of
/// `marked` in it (its first occurrence) and marked there.
fn walked(text: &str, kept: Option<&Kept>, marked: &[&str]) -> Vec<(usize, String, String)> {
    let mut walk = Walk::new(kept);
    let mut out = Vec::new();
    let (mut start, mut number) = (0, 1);
    let mut found = Vec::new();
    for line in text.split_inclusive('\n') {
        let here: Vec<usize> = marked
            .iter()
            .map(|m| text.find(m).unwrap())
            .filter(|at| (start..start + line.len()).contains(at))
            .collect();
        found.extend(walk.line(number, line.as_bytes(), here));
        start += line.len();
        number += 1;
    }
    found.extend(walk.end());
    for (at, l) in found {
        let m = marked.iter().find(|m| text.find(**m) == Some(at)).unwrap();
        let r = l.marked(at..at + m.len());
        let caret = format!(
            "{}{}",
            " ".repeat(l.text[..r.start].chars().count()),
            "^".repeat(l.text[r].chars().count())
        );
        out.push((l.column, l.text, caret));
    }
    out
}

const KEPT: Kept = Kept {
    header: 0,
    width: 3,
    fields: Vec::new(),
};

fn kept(fields: &[usize]) -> Kept {
    Kept {
        fields: fields.to_vec(),
        ..KEPT
    }
}

#[test]
fn dropped_cells_show_as_an_ellipsis_and_the_caret_stays_on_kept_ones() {
    let text = "id,story,date\n7,\"call me at 415 555 0134, please\",2024-13-01\n";
    let k = kept(&[0, 2]);
    assert_eq!(
        walked(text, Some(&k), &["story", "7", "2024-13-01"]),
        [
            (4, "id,story,date".into(), "   ^^^^^".into()),
            (1, "7,…,2024-13-01".into(), "^".into()),
            (37, "7,…,2024-13-01".into(), "    ^^^^^^^^^^".into()),
        ]
    );
}

#[test]
fn a_problem_inside_a_dropped_cell_points_at_the_ellipsis() {
    // a quote that never ends: the record runs to the end of the file
    let text = "id,story,date\n7,\"secret\nmore secret,x\n8,y,z\n";
    let k = kept(&[0, 2]);
    assert_eq!(
        walked(text, Some(&k), &["\"secret", "more", "8,y"]),
        [
            (3, "…,…".into(), "  ^".into()),
            (1, "…".into(), "^".into()),
            (1, "…".into(), "^".into()),
        ]
    );
}

#[test]
fn lines_before_the_header_and_rows_of_another_width_show_no_cell() {
    let text = "\u{feff}title, secret\nid,story,date\r\n1,a,b,c\r\n\r\n2,\"x\r\ny\",3\r\n";
    let k = Kept {
        header: "\u{feff}title, secret\n".len(),
        ..kept(&[0, 2])
    };
    assert_eq!(
        walked(text, Some(&k), &["title", "1,a", "2,", "y\""]),
        [
            (2, "\u{feff}…,…".into(), " ^".into()),
            (1, "…,…,…,…".into(), "^^^".into()),
            (1, "2,…".into(), "^^".into()),
            (1, "…,3".into(), "^".into()),
        ]
    );
    // no header found: nothing shown but separators
    assert_eq!(
        walked("a,b\n", None, &["b"]),
        [(3, "…,…".into(), "  ^".into())]
    );
}

#[test]
fn a_file_whose_every_column_is_kept_shows_even_a_row_not_read() {
    let text = "junk\nid,name\n1,a,extra\n2,\"open\n";
    let k = Kept {
        header: 5,
        width: 2,
        fields: vec![0, 1],
    };
    assert_eq!(
        walked(text, Some(&k), &["junk", "1,a", "2,"]),
        [
            (1, "…".into(), "^".into()),
            (1, "1,a,extra".into(), "^^^".into()),
            (1, "2,\"open".into(), "^^".into()),
        ]
    );
}
