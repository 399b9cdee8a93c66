//! The text rules of imports: how a name becomes an id (the slug rule and
//! how collisions are resolved), and when two spellings name the same thing.
//!
//! * [`slug`]: each character in Unicode compatibility decomposition (NFKD)
//!   with its combining marks dropped, so every accented Latin letter loses
//!   its accent (`é` → `e`, `ř` → `r`, `ﬁ` → `fi`, `Ａ` → `a`); the few Latin
//!   letters that do not decompose are spelled as German, Danish, Polish …
//!   writers do in ASCII (`ß` → `ss`, `ø` → `o`, `æ` → `ae`, `œ` → `oe`,
//!   `ł` → `l`, `đ`/`ð` → `d`, `þ` → `th`, `ı` → `i`, `ħ` → `h`, `ŧ` → `t`,
//!   `ĸ` → `k`, `ŋ` → `n`; also under an accent, `ǿ` → `o`); ASCII
//!   letters lower-cased, every run of other characters one `-`, no `-` at
//!   either end, at most 64 characters; a name with no letter or digit left
//!   (all CJK, say) gets the fallback (`client`, `member`), and a slug
//!   that is a Windows device name (`con`, `nul`, `com1` …) gets the
//!   fallback after it (`con-client`).
//! * [`unique`]: the slug itself when free, else the slug with `-2`, `-3` …
//! * [`same_name`]: names compare trimmed, with runs of spaces (non-breaking
//!   ones too) as one space and without regard to case.
//! * [`compact`]: letters and digits only, lower case: `GTXPro` and
//!   `GTX Pro` compact alike, so a variant spelling is recognised.

use std::collections::BTreeSet;

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

use crate::model::is_device_name;

const MAX: usize = 64;

/// The ASCII spelling of the Latin letters that NFKD leaves whole.
fn undecomposed(c: char) -> Option<&'static str> {
    Some(match c {
        'ß' | 'ẞ' => "ss",
        'ø' | 'Ø' => "o",
        'æ' | 'Æ' => "ae",
        'œ' | 'Œ' => "oe",
        'ł' | 'Ł' => "l",
        'đ' | 'Đ' | 'ð' | 'Ð' => "d",
        'þ' | 'Þ' => "th",
        'ı' => "i",
        'ĸ' => "k",
        'ħ' | 'Ħ' => "h",
        'ŧ' | 'Ŧ' => "t",
        'ŋ' | 'Ŋ' => "n",
        _ => return None,
    })
}

/// The ASCII letters and digits `c` stands for (lower case), as far as
/// there are any; `None` marks a separator.
fn ascii_of(c: char, out: &mut Vec<Option<char>>) {
    for d in std::iter::once(c).nfkd() {
        if is_combining_mark(d) {
            continue;
        }
        match undecomposed(d) {
            Some(s) => out.extend(s.chars().map(Some)),
            None => out.push(d.is_ascii_alphanumeric().then(|| d.to_ascii_lowercase())),
        }
    }
}

/// The slug of `name`, or `fallback` when nothing is left of it.
pub(crate) fn slug(name: &str, fallback: &str) -> String {
    let mut pieces = Vec::with_capacity(name.len());
    for c in name.chars() {
        ascii_of(c, &mut pieces);
    }
    let mut out = String::with_capacity(pieces.len());
    let mut dash = false;
    for piece in pieces {
        match piece {
            Some(p) => {
                if dash && !out.is_empty() {
                    out.push('-');
                }
                dash = false;
                out.push(p);
            }
            None => dash = true,
        }
    }
    let s = cut(&out, MAX);
    if s.is_empty() {
        fallback.to_string()
    } else if is_device_name(&s) {
        format!("{s}-{fallback}")
    } else {
        s
    }
}

/// `s` cut to at most `max` bytes (ASCII), without a trailing `-`.
fn cut(s: &str, max: usize) -> String {
    s.get(..max.min(s.len()))
        .unwrap_or(s)
        .trim_end_matches('-')
        .to_string()
}

/// `base` when not in `taken`, else the first free `base-2`, `base-3` …
/// (the base shortened so the id stays within 64 characters).
pub(crate) fn unique(base: &str, taken: &BTreeSet<String>) -> String {
    if !taken.contains(base) {
        return base.to_string();
    }
    (2..)
        .map(|n| {
            let tail = format!("-{n}");
            format!("{}{tail}", cut(base, MAX - tail.len()))
        })
        .find(|id| !taken.contains(id))
        .unwrap_or_else(|| base.to_string())
}

/// The key two names are compared by (see the module doc).
pub(crate) fn name_key(name: &str) -> String {
    name.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Whether two names name the same person or company.
pub(crate) fn same_name(a: &str, b: &str) -> bool {
    name_key(a) == name_key(b)
}

/// Letters and digits only, lower case.
pub(crate) fn compact(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs() {
        assert_eq!(slug("Acme Corporation", "client"), "acme-corporation");
        assert_eq!(slug("Gekko & Co", "client"), "gekko-co");
        assert_eq!(slug("Xx-zobam", "client"), "xx-zobam");
        assert_eq!(slug("dambase", "client"), "dambase");
        assert_eq!(slug("  Mei-Mei Johns ", "member"), "mei-mei-johns");
        assert_eq!(slug("Altisource S.à r.l.", "client"), "altisource-s-a-r-l");
        assert_eq!(slug("Straße 9", "client"), "strasse-9");
        assert_eq!(slug("華東電子", "client"), "client");
        assert_eq!(slug("華東 ABC 電子", "client"), "abc");
        assert_eq!(slug("--", "member"), "member");
        assert_eq!(slug("Dvořák & Řehoř", "member"), "dvorak-rehor");
        let long = slug(&"ab ".repeat(40), "client");
        assert_eq!(long.len(), 64);
        assert!(long.ends_with("-ab-a"));
        assert!(crate::model::is_client_id(&long));
    }

    /// Every Latin letter becomes ASCII: accents by Unicode decomposition,
    /// the letters that do not decompose by the table (`ř` was a `-`).
    #[test]
    fn slugs_of_every_latin_letter() {
        assert_eq!(slug("Dvořák", "member"), "dvorak");
        assert_eq!(
            slug("Łódź Søren Æbeltoft", "client"),
            "lodz-soren-aebeltoft"
        );
        assert_eq!(slug("GROẞE Straße", "client"), "grosse-strasse");
        assert_eq!(slug("Þórður Đặng Ħal", "member"), "thordur-dang-hal");
        assert_eq!(slug("İstanbul ıspanak", "client"), "istanbul-ispanak");
        assert_eq!(slug("Œuvre ﬁne Ｔｅｃｈ", "client"), "oeuvre-fine-tech");
        assert_eq!(slug("Ærø-Ŋ ŧ", "client"), "aero-n-t");
        assert_eq!(slug("Čeněk Šťastný Ž", "member"), "cenek-stastny-z");
        assert_eq!(slug("Ǿre Ǽ", "client"), "ore-ae");
        // Latin-1 Supplement and Latin Extended-A: the letters of Europe's
        // languages written in Latin script
        let latin: String = ('\u{c0}'..='\u{17f}')
            .filter(|c| c.is_alphabetic() && *c != '×' && *c != '÷')
            .collect();
        for c in latin.chars() {
            let s = slug(&c.to_string(), "x");
            assert!(
                s != "x" && s.bytes().all(|b| b.is_ascii_lowercase()),
                "{c} → {s}"
            );
        }
    }

    /// A slug never is a Windows device name (`con.toml` cannot be made
    /// there): the fallback follows it.
    #[test]
    fn slugs_are_no_device_names() {
        assert_eq!(slug("Con", "client"), "con-client");
        assert_eq!(slug("NUL", "member"), "nul-member");
        assert_eq!(slug("COM1", "client"), "com1-client");
        assert_eq!(slug("Aux.", "client"), "aux-client");
        assert_eq!(slug("Con Edison", "client"), "con-edison");
        assert!(crate::model::is_client_id(&slug("lpt9", "client")));
    }

    #[test]
    fn collisions_take_the_next_free_number() {
        let taken: BTreeSet<String> = ["acme", "acme-2", "b"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        assert_eq!(unique("acme", &taken), "acme-3");
        assert_eq!(unique("c", &taken), "c");
        let long = "x".repeat(64);
        let taken: BTreeSet<String> = [long.clone()].into_iter().collect();
        let id = unique(&long, &taken);
        assert_eq!(id.len(), 64);
        assert!(id.ends_with("x-2"));
    }

    #[test]
    fn names_and_variants() {
        assert!(same_name(
            "Premier\u{a0}Student  Loan",
            "premier student loan"
        ));
        assert!(!same_name("Green-Plus", "Green Plus"));
        assert_eq!(compact("GTXPro"), compact("GTX Pro"));
        assert_ne!(compact("GTX Plus Pro"), compact("GTX Pro"));
    }
}
