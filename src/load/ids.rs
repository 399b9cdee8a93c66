//! Reading ids: the id rules of rules §1 applied as values are read.

use super::fields::Fields;
use crate::diagnostic::codes;
use crate::model::{ClientId, IdProblem, MemberId, id_problem, is_entry_id};
use crate::msg;

/// Checks a client or member id; reports and returns `None` when bad.
pub(crate) fn check_client_style(
    f: &mut Fields<'_, '_>,
    key: &'static str,
    s: String,
) -> Option<String> {
    match id_problem(&s) {
        None => Some(s),
        Some(IdProblem::Escapes) => {
            f.error_at(
                key,
                codes::UNSAFE_ID,
                msg!("diag-unsafe-id", key = key, id = s.escape_debug()),
            );
            None
        }
        Some(IdProblem::DeviceName) => {
            f.error_at(
                key,
                codes::DEVICE_NAME_ID,
                msg!("diag-device-id", key = key, id = &s),
            );
            None
        }
        Some(IdProblem::Pattern) => {
            f.error_at(
                key,
                codes::BAD_ID,
                msg!("diag-bad-client-id", key = key, id = &s),
            );
            None
        }
    }
}

pub(crate) fn member(f: &mut Fields<'_, '_>, key: &'static str) -> Option<MemberId> {
    let s = f.str(key)?;
    check_client_style(f, key, s).map(MemberId::from)
}

pub(crate) fn req_member(f: &mut Fields<'_, '_>, key: &'static str) -> Option<MemberId> {
    f.require(key, member)
}

pub(crate) fn req_client(f: &mut Fields<'_, '_>, key: &'static str) -> Option<ClientId> {
    f.require(key, |f, key| {
        let s = f.str(key)?;
        check_client_style(f, key, s).map(ClientId::from)
    })
}

/// A deal, complaint, session or meeting id.
pub(crate) fn entry_id(f: &mut Fields<'_, '_>, key: &'static str) -> Option<String> {
    let s = f.str(key)?;
    if s.contains("..") || s.contains(['/', '\\', '\0']) {
        f.error_at(
            key,
            codes::UNSAFE_ID,
            msg!("diag-unsafe-id", key = key, id = s.escape_debug()),
        );
        None
    } else if is_entry_id(&s) {
        Some(s)
    } else {
        f.error_at(
            key,
            codes::BAD_ID,
            msg!("diag-bad-entry-id", key = key, id = &s),
        );
        None
    }
}

pub(crate) fn req_entry_id(f: &mut Fields<'_, '_>, key: &'static str) -> Option<String> {
    f.require(key, entry_id)
}
