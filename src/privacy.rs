//! Masking of confidential contact fields (phone, email) unless `--reveal`.

/// `13800000000` → `138****0000`: keeps the first 3 and last 4 digits of a
/// long number, masks everything but the last character of a short one.
pub fn mask_phone(phone: &str) -> String {
    let chars: Vec<char> = phone.chars().collect();
    let n = chars.len();
    if n >= 8 {
        let head: String = chars[..3].iter().collect();
        let tail: String = chars[n - 4..].iter().collect();
        format!("{head}{}{tail}", "*".repeat(n - 7))
    } else if n > 0 {
        let tail: String = chars[n - 1..].iter().collect();
        format!("{}{tail}", "*".repeat(n - 1))
    } else {
        String::new()
    }
}

/// `chen@example.com` → `c***@example.com`.
pub fn mask_email(email: &str) -> String {
    match email.split_once('@') {
        Some((local, domain)) => {
            let first: String = local.chars().take(1).collect();
            format!("{first}***@{domain}")
        }
        None => "***".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masks() {
        assert_eq!(mask_phone("13800000000"), "138****0000");
        assert_eq!(mask_phone("12345"), "****5");
        assert_eq!(mask_email("chen@example.com"), "c***@example.com");
        assert_eq!(mask_email("nobody"), "***");
    }
}
