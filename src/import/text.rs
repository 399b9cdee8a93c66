//! The text rules of imports: how a name becomes an id (the slug rule and
//! how collisions are resolved), and when two spellings name the same thing.
//!
//! * [`slug`]: common Latin accents dropped (`é` → `e`, `ß` → `ss`), ASCII
//!   letters lower-cased, every run of other characters one `-`, no `-` at
//!   either end, at most 64 characters; a name with no letter or digit left
//!   (all CJK, say) gets the fallback (`client`, `member`).
//! * [`unique`]: the slug itself when free, else the slug with `-2`, `-3` …
//! * [`same_name`]: names compare trimmed, with runs of spaces (non-breaking
//!   ones too) as one space and without regard to case.
//! * [`compact`]: letters and digits only, lower case: `GTXPro` and
//!   `GTX Pro` compact alike, so a variant spelling is recognised.

use std::collections::BTreeSet;

const MAX: usize = 64;

fn ascii_of(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' => {
            "a"
        }
        'ç' | 'Ç' | 'č' | 'Č' | 'ć' => "c",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'È' | 'É' | 'Ê' | 'Ë' => "e",
        'ì' | 'í' | 'î' | 'ï' | 'Ì' | 'Í' | 'Î' | 'Ï' => "i",
        'ñ' | 'Ñ' | 'ń' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' => {
            "o"
        }
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'Ù' | 'Ú' | 'Û' | 'Ü' => "u",
        'ý' | 'ÿ' | 'Ý' => "y",
        'š' | 'Š' | 'ś' => "s",
        'ž' | 'Ž' | 'ź' | 'ż' => "z",
        'ł' | 'Ł' => "l",
        'ß' => "ss",
        'æ' | 'Æ' => "ae",
        'œ' | 'Œ' => "oe",
        _ => return None,
    })
}

/// The slug of `name`, or `fallback` when nothing is left of it.
pub fn slug(name: &str, fallback: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut dash = false;
    for c in name.chars() {
        let piece = if c.is_ascii_alphanumeric() {
            Some(c.to_ascii_lowercase().to_string())
        } else {
            ascii_of(c).map(str::to_string)
        };
        match piece {
            Some(p) => {
                if dash && !out.is_empty() {
                    out.push('-');
                }
                dash = false;
                out.push_str(&p);
            }
            None => dash = true,
        }
    }
    let mut s = cut(&out, MAX);
    if s.is_empty() {
        s = fallback.to_string();
    }
    s
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
pub fn unique(base: &str, taken: &BTreeSet<String>) -> String {
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
pub fn name_key(name: &str) -> String {
    name.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Whether two names name the same person or company.
pub fn same_name(a: &str, b: &str) -> bool {
    name_key(a) == name_key(b)
}

/// Letters and digits only, lower case.
pub fn compact(s: &str) -> String {
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
        let long = slug(&"ab ".repeat(40), "client");
        assert_eq!(long.len(), 64);
        assert!(long.ends_with("-ab-a"));
        assert!(crate::model::is_client_id(&long));
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
