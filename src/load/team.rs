//! Reads `team.toml` into [`Member`]s.

use super::fields::Fields;
use super::ids;
use super::policy;
use crate::diagnostic::{Diagnostic, codes};
use crate::model::{Member, Role};
use crate::msg;

/// The members that parsed, and every id written (also of broken entries).
pub(crate) fn read(
    mut f: Fields<'_, '_>,
    diags: &mut Vec<Diagnostic>,
) -> (Vec<Member>, Vec<String>) {
    let mut out = Vec::new();
    let mut declared = Vec::new();
    for mut m in f.tables("member", "[[member]]") {
        let id = ids::req_member(&mut m, "id");
        declared.extend(id.iter().map(|i| i.to_string()));
        let name = m.req_str("name");
        let role = m.require("role", |m, k| m.choice(k, Role::parse, Role::NAMES));
        let joined = m.req_date("joined");
        let reports_to = ids::member(&mut m, "reports_to");
        let left = m.date("left");
        let base_bonus = m.num("base_bonus");
        let birthday = m.date("birthday");
        let mut emails: Vec<String> = m.str("email").into_iter().collect();
        emails.extend(m.str_array("emails").into_iter().map(|(e, _)| e));
        let signing_keys = signing_keys(&mut m);
        let annual_days = m.int("annual_days");
        if annual_days.is_some_and(|n| n < 0) {
            m.error_at(
                "annual_days",
                codes::OUT_OF_RANGE,
                msg!("diag-not-negative", key = "annual_days"),
            );
        }
        let (careers, rotations) = policy::career_entries(&mut m, diags);
        if let Some(b) = base_bonus
            && b < 0.0
        {
            m.error_at(
                "base_bonus",
                codes::OUT_OF_RANGE,
                msg!("diag-not-negative", key = "base_bonus"),
            );
        }
        if matches!(role, Some(Role::Manager | Role::Specialist)) && !m.has("reports_to") {
            m.missing("reports_to", Some(msg!("diag-why-reports-to")));
        }
        if let (Some(j), Some(l)) = (joined, left)
            && l < j
        {
            m.error_at(
                "left",
                codes::DATE_ORDER,
                msg!(
                    "diag-date-order",
                    late = "left",
                    late_value = l,
                    early = "joined",
                    early_value = j
                ),
            );
        }
        let spans = m.finish(diags);
        if let (Some(id), Some(name), Some(role), Some(joined)) = (id, name, role, joined) {
            out.push(Member {
                id,
                name,
                role,
                joined,
                reports_to,
                left,
                base_bonus,
                birthday,
                emails,
                signing_keys,
                annual_days,
                careers,
                rotations,
                spans,
            });
        }
    }
    f.finish(diags);
    (out, declared)
}

/// `signing_keys`: each a public SSH key in the OpenSSH form
/// (`ssh-ed25519 AAAA… comment`); one that does not parse is an error.
fn signing_keys(m: &mut Fields<'_, '_>) -> Vec<String> {
    let mut out = Vec::new();
    for (key, span) in m.str_array("signing_keys") {
        if let Err(e) = ssh_key::PublicKey::from_openssh(key.trim()) {
            m.diags.push(Diagnostic::error(
                codes::BAD_VALUE,
                span,
                msg!(
                    "diag-not-a-signing-key",
                    value = key.as_str(),
                    why = e.to_string()
                ),
            ));
        } else {
            out.push(key);
        }
    }
    out
}
