//! Masking of confidential contact fields (phone, email) unless `--reveal`:
//! in report cells ([`mask_phone`], [`mask_email`]) and in the source lines
//! diagnostics quote ([`mask_line`]).

/// Which digits of a number with `n` digits stay visible: at most half of
/// them, the last (up to four) first, then the first. `k` counts digits
/// from 0.
fn digit_shown(k: usize, n: usize) -> bool {
    let show = n / 2;
    let tail = show.min(4);
    let head = show - tail;
    k < head || k >= n - tail
}

/// Each digit of `s` that is not shown becomes `*`; other characters stay.
fn mask_digits(s: &str) -> String {
    let n = s.chars().filter(char::is_ascii_digit).count();
    let mut k = 0;
    s.chars()
        .map(|c| {
            if !c.is_ascii_digit() {
                return c;
            }
            k += 1;
            if digit_shown(k - 1, n) { c } else { '*' }
        })
        .collect()
}

/// `13800000000` → `1******0000`: at most half of the digits show (the
/// last four, then the first), separators stay.
pub(crate) fn mask_phone(phone: &str) -> String {
    mask_digits(phone)
}

/// `chen@example.com` → `c***@example.com`.
pub(crate) fn mask_email(email: &str) -> String {
    match email.split_once('@') {
        Some((local, domain)) => {
            let first: String = local.chars().take(1).collect();
            format!("{first}***@{domain}")
        }
        None => "***".to_string(),
    }
}

fn is_local_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || "._%+-".contains(c)
}

fn is_domain_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '.' || c == '-'
}

/// Masks, in place, the local part (all but its first character) of every
/// address `x@y.z` in `chars`.
fn mask_emails(chars: &mut [char]) {
    for at in 0..chars.len() {
        if chars[at] != '@' {
            continue;
        }
        let start = (0..at)
            .rev()
            .take_while(|&i| is_local_char(chars[i]))
            .last()
            .unwrap_or(at);
        let end = (at + 1..chars.len())
            .take_while(|&i| is_domain_char(chars[i]))
            .last()
            .map_or(at + 1, |i| i + 1);
        let domain: String = chars[at + 1..end].iter().collect();
        if start < at && domain.trim_matches('.').contains('.') {
            chars[start + 1..at].fill('*');
        }
    }
}

/// The value of a `phone = …` pair starting at `from` (after the key):
/// its char range, quoted or bare.
fn phone_value(chars: &[char], from: usize) -> Option<(usize, usize)> {
    let mut i = from;
    let skip = |i: &mut usize, what: &dyn Fn(char) -> bool| {
        while *i < chars.len() && what(chars[*i]) {
            *i += 1;
        }
    };
    skip(&mut i, &|c| c == '"' || c == '\'');
    skip(&mut i, &|c| c == ' ' || c == '\t');
    if chars.get(i) != Some(&'=') {
        return None;
    }
    i += 1;
    skip(&mut i, &|c| c == ' ' || c == '\t');
    let start = i;
    match chars.get(i) {
        Some(&q @ ('"' | '\'')) => {
            let len = chars[i + 1..].iter().position(|&c| c == q);
            let end = len.map_or(chars.len(), |n| i + 1 + n);
            Some((i + 1, end))
        }
        _ => {
            skip(&mut i, &|c| c.is_ascii_digit() || " +-()".contains(c));
            Some((start, i))
        }
    }
}

/// Masks, in place, the digits of every `phone = …` value in `chars`.
fn mask_phones(chars: &mut [char]) {
    const KEY: [char; 5] = ['p', 'h', 'o', 'n', 'e'];
    for k in 0..chars.len().saturating_sub(KEY.len() - 1) {
        let after_word = k == 0 || !(chars[k - 1].is_alphanumeric() || chars[k - 1] == '_');
        if !after_word || chars[k..k + KEY.len()] != KEY {
            continue;
        }
        if let Some((start, end)) = phone_value(chars, k + KEY.len()) {
            let masked = mask_digits(&chars[start..end].iter().collect::<String>());
            for (slot, c) in chars[start..end].iter_mut().zip(masked.chars()) {
                *slot = c;
            }
        }
    }
}

/// A records line as a diagnostic quotes it: the values of `phone` keys
/// and the addresses' local parts masked, character for character (so a
/// caret under the line still points at the same place).
pub(crate) fn mask_line(line: &str) -> String {
    let mut chars: Vec<char> = line.chars().collect();
    mask_phones(&mut chars);
    mask_emails(&mut chars);
    chars.into_iter().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masks() {
        assert_eq!(mask_phone("13800000000"), "1******0000");
        assert_eq!(mask_phone("12345"), "***45");
        assert_eq!(mask_email("chen@example.com"), "c***@example.com");
        assert_eq!(mask_email("nobody"), "***");
    }

    #[test]
    fn at_most_half_the_digits_of_a_number_show() {
        assert_eq!(mask_phone("62345678"), "****5678");
        assert_eq!(mask_phone("+86 138-1234-5678"), "+86 ***-****-5678");
        for phone in [
            "1",
            "12",
            "1234567",
            "62345678",
            "13800000000",
            "8613812345678",
        ] {
            let shown = mask_phone(phone)
                .chars()
                .filter(char::is_ascii_digit)
                .count();
            assert!(shown * 2 <= phone.len(), "{phone}: {}", mask_phone(phone));
        }
    }

    #[test]
    fn a_quoted_line_loses_its_phones_and_addresses() {
        assert_eq!(
            mask_line(r#"phone = "13812345678""#),
            r#"phone = "1******5678""#
        );
        assert_eq!(mask_line("phone = 13812345678"), "phone = 1******5678");
        assert_eq!(
            mask_line(
                r#"contact = { name = "x", phone = "62345678", email = "chen@example.com" }"#
            ),
            r#"contact = { name = "x", phone = "****5678", email = "c***@example.com" }"#
        );
        assert_eq!(
            mask_line(r#"channel = "phone" # call chen@ex.cn"#),
            r#"channel = "phone" # call c***@ex.cn"#
        );
        assert_eq!(mask_line("date = 2026-10-30"), "date = 2026-10-30");
        assert_eq!(mask_line("headphone = 5"), "headphone = 5");
    }
}
