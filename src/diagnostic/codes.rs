//! The stable diagnostic codes (`E0203`), the same in every language.
//!
//! What each code means and how to fix it is text of the catalogs,
//! `code-<code>-title` and `code-<code>-fix` in `locales/<lang>/codes.ftl`
//! (`CodeInfo::title_in`): `clientele check --explain CODE` prints one
//! entry in the reader's language, and `docs/diagnostics.md` is the English
//! table, generated from the catalog (a test keeps the two in step).

use crate::i18n::{self, Lang};

/// One diagnostic code; its documentation lives in the catalogs.
#[derive(Debug, Clone, Copy)]
pub struct CodeInfo {
    pub code: &'static str,
}

impl CodeInfo {
    /// What the code means, in `lang`.
    pub(crate) fn title_in(&self, lang: Lang) -> String {
        i18n::tr(lang, &self.id("title"), &[])
    }

    /// How to fix it, in `lang`.
    pub(crate) fn fix_in(&self, lang: Lang) -> String {
        i18n::tr(lang, &self.id("fix"), &[])
    }

    /// What the code means, in English (as `docs/diagnostics.md` says).
    pub fn title(&self) -> String {
        self.title_in(Lang::En)
    }

    /// How to fix it, in English.
    pub fn fix(&self) -> String {
        self.fix_in(Lang::En)
    }

    /// The catalog id of its `title` or `fix` (`code-e0203-title`).
    pub(crate) fn id(&self, part: &str) -> String {
        format!("code-{}-{part}", self.code.to_ascii_lowercase())
    }
}

macro_rules! codes {
    ($($name:ident = $code:literal;)*) => {
        $(pub const $name: &str = $code;)*
        /// Every code, in order.
        pub const ALL: &[CodeInfo] = &[$(CodeInfo { code: $code }),*];
    };
}

codes! {
    TOML_SYNTAX = "E0101";
    UNREADABLE = "E0102";
    NOT_PLAIN = "E0103";
    UNKNOWN_FIELD = "E0201";
    MISSING_FIELD = "E0202";
    WRONG_TYPE = "E0203";
    BAD_ENUM = "E0204";
    BAD_ID = "E0205";
    ID_NOT_STEM = "E0206";
    UNSAFE_ID = "E0207";
    DUPLICATE_ID = "E0208";
    BAD_VALUE = "E0209";
    BAD_PATH = "E0210";
    NOT_READ = "W0211";
    DEVICE_NAME_ID = "E0212";
    CONTROL_CHARS = "W0213";
    UNKNOWN_MEMBER = "E0301";
    UNKNOWN_CLIENT = "E0302";
    NOT_A_LEAD = "E0303";
    FILE_OF_NO_MEMBER = "E0304";
    DATE_ORDER = "E0401";
    OUTSIDE_MONTH = "E0402";
    DOUBLE_ATTENDANCE = "E0403";
    NOT_A_MEMBER_THEN = "W0404";
    OVERLAPPING_LEAVE = "W0405";
    DATED_AFTER_TODAY = "W0406";
    OUT_OF_RANGE = "E0501";
    THRESHOLDS = "E0601";
    WEIGHTS_SUM = "W0602";
    CONFIG_MISSING = "E0603";
    TARGET_NOT_POSITIVE = "E0604";
    NO_CONTACT = "W0701";
    OVERRIDE_NO_REASON = "E0702";
    OVERRIDE_NOT_GRADED = "W0703";
    DUPLICATE_REVIEW = "W0704";
    EXAM_NOT_ATTENDED = "E0705";
    NOT_INVITED = "W0706";
    TARGET_ORDER = "E0707";
    EARLY_FEEDBACK = "W0708";
    SAME_NAME = "W0709";
    WON_NOT_CUSTOMER = "W0710";
    IMPORT_CSV = "E0801";
    IMPORT_VALUE = "E0802";
    IMPORT_REFERENCE = "E0803";
    IMPORT_EXISTS = "E0804";
    IMPORT_SKIPPED = "W0805";
    IMPORT_READ_AS = "W0806";
}

/// The documentation of one code, if it exists.
pub(crate) fn lookup(code: &str) -> Option<&'static CodeInfo> {
    ALL.iter().find(|c| c.code.eq_ignore_ascii_case(code))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_is_found_in_any_case_and_explained_in_each_language() {
        let info = lookup("e0203").unwrap();
        assert_eq!(info.code, "E0203");
        assert_eq!(info.title(), "a value of the wrong type");
        assert_eq!(info.title_in(Lang::ZhHant), "值的型別錯誤");
        assert_eq!(info.title_in(Lang::ZhHans), "值的类型错误");
        assert!(info.fix().starts_with("write the value as the type named"));
        assert!(lookup("E9999").is_none());
    }
}
