//! The fields of a write's form, from the command's clap definition: a
//! label in the page's language (`serve-field-<name>`), and the input that
//! fits the value — a `<select>` of the allowed words for a kind (labels
//! translated as in tables, `value-<column>-<word>`), of the team's members
//! for a member, of 1..5 for a rating; a list of the client ids to pick
//! from for a client; date, month, time and number inputs for those.

use std::fmt::Write as _;

use crate::i18n;
use crate::model::{InteractionKind, LeaveKind};
use crate::render::html::esc;

/// Each field's label id.
const LABELS: &[(&str, &str)] = &[
    ("client", "serve-field-client"),
    ("kind", "serve-field-kind"),
    ("summary", "serve-field-summary"),
    ("date", "serve-field-date"),
    ("satisfaction", "serve-field-satisfaction"),
    ("purpose", "serve-field-purpose"),
    ("id", "serve-field-id"),
    ("at", "serve-field-at"),
    ("department", "serve-field-department"),
    ("amend", "serve-field-amend"),
    ("from", "serve-field-from"),
    ("to", "serve-field-to"),
    ("reason", "serve-field-reason"),
    ("from_date", "serve-field-from-date"),
    ("member", "serve-field-member"),
    ("on", "serve-field-on"),
    ("meeting_date", "serve-field-meeting-date"),
    ("task_number", "serve-field-task-number"),
    ("meeting", "serve-field-meeting"),
    ("period", "serve-field-period"),
    ("score", "serve-field-score"),
    ("comment", "serve-field-comment"),
    ("in", "serve-field-in"),
    ("out", "serve-field-out"),
    ("field", "serve-field-field"),
];

/// The fields whose value is one word of a closed set: the command, the
/// field, the words, and the column whose `value-` words label them.
const KINDS: &[(&str, &str, &[&str], &str)] = &[
    ("log", "kind", InteractionKind::NAMES, "kind"),
    ("leave request", "kind", LeaveKind::NAMES, "kind"),
];

/// The ratings a `satisfaction` field offers.
const RATINGS: &[&str] = &["1", "2", "3", "4", "5"];

/// What the fields offer to choose from.
#[derive(Debug, Default)]
pub(crate) struct Choices {
    pub(crate) clients: Vec<String>,
    pub(crate) members: Vec<String>,
}

/// A field's label in the current language (its name when it has none).
pub(crate) fn label(name: &str) -> String {
    LABELS.iter().find(|(n, _)| *n == name).map_or_else(
        || name.to_string(),
        |(_, id)| i18n::tr(i18n::current(), id, &[]),
    )
}

/// The input of the field `name` of the command `words`.
pub(crate) fn input(words: &[&str], a: &clap::Arg, name: &str, choices: &Choices) -> String {
    let required = if a.is_required_set() { " required" } else { "" };
    if !a.get_action().takes_values() {
        return format!("<input type=\"checkbox\" name=\"{name}\" value=\"1\">");
    }
    let command = words.join(" ");
    if let Some((_, _, names, column)) = KINDS
        .iter()
        .find(|(c, f, _, _)| *c == command && *f == name)
    {
        let lang = i18n::current();
        let options: Vec<(String, String)> = names
            .iter()
            .map(|v| {
                let shown = i18n::value(lang, column, v).unwrap_or_else(|| (*v).to_string());
                ((*v).to_string(), shown)
            })
            .collect();
        return select(name, required, &options);
    }
    match name {
        "satisfaction" => return select(name, required, &same(RATINGS)),
        "member" => return select(name, required, &same(&choices.members)),
        "client" => return datalist(name, required, &choices.clients),
        _ => {}
    }
    let hint = a
        .get_value_names()
        .and_then(|v| v.first())
        .map(ToString::to_string)
        .unwrap_or_default();
    let kind = match hint.as_str() {
        "YYYY-MM-DD" => "date",
        "YYYY-MM" => "month",
        "HH:MM" => "time",
        "N" => "number",
        _ => "text",
    };
    // a format (`YYYY-MM-DD HH:MM`) reads the same in every language; a
    // word (`TEXT`, `ID`) would not
    let placeholder = if hint.contains("YYYY") || hint.contains("HH") {
        format!(" placeholder=\"{}\"", esc(&hint))
    } else {
        String::new()
    };
    format!("<input type=\"{kind}\" name=\"{name}\"{placeholder}{required}>")
}

fn same<S: AsRef<str>>(values: &[S]) -> Vec<(String, String)> {
    values
        .iter()
        .map(|v| (v.as_ref().to_string(), v.as_ref().to_string()))
        .collect()
}

/// A `<select>` of `options` (value, shown), an empty choice first.
fn select(name: &str, required: &str, options: &[(String, String)]) -> String {
    let mut s = format!("<select name=\"{name}\"{required}><option value=\"\"></option>");
    for (value, shown) in options {
        let _ = write!(
            s,
            "<option value=\"{}\">{}</option>",
            esc(value),
            esc(shown)
        );
    }
    s.push_str("</select>");
    s
}

/// A text input that offers `values` (a client is one of many: typing
/// narrows the list).
fn datalist(name: &str, required: &str, values: &[String]) -> String {
    let mut s = format!(
        "<input type=\"text\" name=\"{name}\" list=\"{name}-list\" autocomplete=\"off\"{required}><datalist id=\"{name}-list\">"
    );
    for v in values {
        let _ = write!(s, "<option value=\"{}\">", esc(v));
    }
    s.push_str("</datalist>");
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn arg<'a>(root: &'a clap::Command, words: &[&str], name: &str) -> &'a clap::Arg {
        let cmd = super::super::query::command(root, words).unwrap();
        cmd.get_arguments()
            .find(|a| {
                a.get_long() == Some(name)
                    || super::super::query::positional_name(a).eq_ignore_ascii_case(name)
            })
            .unwrap()
    }

    #[test]
    fn kinds_are_selects_labelled_in_the_page_language() {
        let root = <crate::cli::Cli as clap::CommandFactory>::command();
        let kind = arg(&root, &["log"], "kind");
        let html = i18n::with_lang(i18n::Lang::ZhHant, || {
            input(&["log"], kind, "kind", &Choices::default())
        });
        assert!(html.starts_with("<select name=\"kind\""), "{html}");
        assert!(
            html.contains("<option value=\"visit\">拜訪</option>"),
            "{html}"
        );
        let leave = arg(&root, &["leave", "request"], "kind");
        let html = input(&["leave", "request"], leave, "kind", &Choices::default());
        assert!(html.contains("<option value=\"annual\">"), "{html}");
        let choices = Choices {
            clients: vec!["acme".into()],
            members: vec!["li-wei".into()],
        };
        let who = arg(&root, &["leave", "approve"], "member");
        let html = input(&["leave", "approve"], who, "member", &choices);
        assert!(html.contains("<option value=\"li-wei\">li-wei</option>"));
        let client = arg(&root, &["log"], "client");
        let html = input(&["log"], client, "client", &choices);
        assert!(html.contains("<datalist id=\"client-list\"><option value=\"acme\">"));
    }

    #[test]
    fn every_field_of_every_form_has_its_label() {
        let root = <crate::cli::Cli as clap::CommandFactory>::command();
        for (_, words, _) in super::super::forms::WRITES {
            let cmd = super::super::query::command(&root, words).unwrap();
            for name in super::super::forms::field_names(cmd) {
                assert!(
                    LABELS.iter().any(|(n, _)| *n == name),
                    "{} has no label for {name}",
                    words.join(" ")
                );
            }
        }
    }
}
