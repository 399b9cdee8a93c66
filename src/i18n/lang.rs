//! `Lang`: the three interface languages, and how one is chosen: `--lang`,
//! then `$CLIENTELE_LANG`, then `LC_ALL`/`LANG` when they name a Chinese
//! locale, then the records' `lang` setting, else English. Pure: the
//! environment comes in as a lookup function.

use fluent_templates::LanguageIdentifier;
use fluent_templates::langid;

/// An interface language. What scripts read (CSV, JSON, codes) never
/// depends on it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    En,
    /// Traditional Chinese (Taiwan, Hong Kong).
    ZhHant,
    /// Simplified Chinese (mainland China, Singapore).
    ZhHans,
}

impl Lang {
    /// Every language, English first.
    pub const ALL: [Lang; 3] = [Lang::En, Lang::ZhHant, Lang::ZhHans];

    /// The tag used by `--lang`, the setting and the catalog folders.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::ZhHant => "zh-Hant",
            Lang::ZhHans => "zh-Hans",
        }
    }

    pub(crate) fn langid(self) -> LanguageIdentifier {
        match self {
            Lang::En => langid!("en"),
            Lang::ZhHant => langid!("zh-Hant"),
            Lang::ZhHans => langid!("zh-Hans"),
        }
    }

    /// A tag as `--lang`, `$CLIENTELE_LANG` or the setting spell it
    /// (case and `_`/`-` do not matter): `en`, `zh-Hant`, `zh-Hans`, and
    /// the locale names [`Lang::from_locale`] knows.
    pub fn parse(s: &str) -> Option<Lang> {
        let t = s.trim().replace('_', "-").to_ascii_lowercase();
        match t.as_str() {
            "en" => Some(Lang::En),
            "zh-hant" => Some(Lang::ZhHant),
            "zh-hans" => Some(Lang::ZhHans),
            _ => Lang::from_locale(s),
        }
    }

    /// The language of a POSIX locale such as `zh_TW.UTF-8`, when it is
    /// a Chinese one (`zh_TW`, `zh_HK`, `zh_MO`: Traditional; `zh_CN`,
    /// `zh_SG`, `zh`: Simplified). English and other locales give `None`:
    /// they leave the choice to the records' setting.
    pub fn from_locale(locale: &str) -> Option<Lang> {
        let name = locale.split(['.', '@']).next().unwrap_or_default();
        let name = name.replace('-', "_").to_ascii_lowercase();
        let mut parts = name.split('_');
        if parts.next() != Some("zh") {
            return None;
        }
        match parts.next() {
            Some("tw" | "hk" | "mo" | "hant") => Some(Lang::ZhHant),
            Some("cn" | "sg" | "hans") | None => Some(Lang::ZhHans),
            Some(_) => None,
        }
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.tag())
    }
}

/// The language to use: `flag` (`--lang`, which clap also fills from
/// `$CLIENTELE_LANG`), else `$CLIENTELE_LANG`, else the locale (`LC_ALL`
/// when set, else `LANG`) when it is Chinese, else `setting` (the records'
/// `lang`), else English. An unknown `$CLIENTELE_LANG` or setting is passed
/// over.
pub fn resolve(
    flag: Option<Lang>,
    env: impl Fn(&str) -> Option<String>,
    setting: Option<&str>,
) -> Lang {
    let set = |k: &str| env(k).filter(|v| !v.is_empty());
    flag.or_else(|| set("CLIENTELE_LANG").and_then(|v| Lang::parse(&v)))
        .or_else(|| {
            set("LC_ALL")
                .or_else(|| set("LANG"))
                .and_then(|v| Lang::from_locale(&v))
        })
        .or_else(|| setting.and_then(Lang::parse))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env<'a>(pairs: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |k| {
            pairs
                .iter()
                .find(|(n, _)| *n == k)
                .map(|(_, v)| (*v).to_string())
        }
    }

    #[test]
    fn locales_name_their_script() {
        assert_eq!(Lang::from_locale("zh_TW.UTF-8"), Some(Lang::ZhHant));
        assert_eq!(Lang::from_locale("zh_HK.Big5HKSCS"), Some(Lang::ZhHant));
        assert_eq!(Lang::from_locale("zh_CN.UTF-8"), Some(Lang::ZhHans));
        assert_eq!(Lang::from_locale("zh_SG"), Some(Lang::ZhHans));
        assert_eq!(Lang::from_locale("en_US.UTF-8"), None);
        assert_eq!(Lang::from_locale("C.UTF-8"), None);
        assert_eq!(Lang::parse("ZH_hant"), Some(Lang::ZhHant));
        assert_eq!(Lang::parse("zh-Hans"), Some(Lang::ZhHans));
        assert_eq!(Lang::parse("fr"), None);
    }

    #[test]
    fn the_flag_then_the_variable_then_the_locale_then_the_setting() {
        let all = [
            ("CLIENTELE_LANG", "zh-Hans"),
            ("LC_ALL", "zh_TW.UTF-8"),
            ("LANG", "en_US.UTF-8"),
        ];
        assert_eq!(resolve(Some(Lang::En), env(&all), None), Lang::En);
        assert_eq!(resolve(None, env(&all), None), Lang::ZhHans);
        assert_eq!(resolve(None, env(&all[1..]), Some("zh-Hans")), Lang::ZhHant);
        // LC_ALL wins over LANG even when it is not Chinese
        let english = [("LC_ALL", "en_GB.UTF-8"), ("LANG", "zh_TW.UTF-8")];
        assert_eq!(resolve(None, env(&english), Some("zh-Hans")), Lang::ZhHans);
        assert_eq!(
            resolve(None, env(&[("LANG", "zh_HK.UTF-8")]), None),
            Lang::ZhHant
        );
        assert_eq!(resolve(None, env(&[]), Some("zh-Hant")), Lang::ZhHant);
        assert_eq!(
            resolve(None, env(&[("CLIENTELE_LANG", "")]), None),
            Lang::En
        );
        assert_eq!(resolve(None, env(&[]), Some("klingon")), Lang::En);
    }
}
