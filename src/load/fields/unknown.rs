//! `Fields`' look for the keys of a table nobody asked for.

use toml::de::DeValue;

use super::{ABSENT, Fields};
use crate::diagnostic::{Diagnostic, Span, codes};
use crate::msg;

impl Fields<'_, '_> {
    /// Whether every key of the table was read: as many distinct values
    /// read as keys (two keys never share their value's place).
    pub(super) fn read_all(&self) -> bool {
        let mut starts = [0u32; 32];
        let mut n = 0;
        for &(_, start, _) in &self.used {
            if start != ABSENT {
                let Some(slot) = starts.get_mut(n) else {
                    return false;
                };
                *slot = start;
                n += 1;
            }
        }
        let starts = &mut starts[..n];
        starts.sort_unstable();
        let distinct = starts.len() - starts.windows(2).filter(|w| w[0] == w[1]).count();
        distinct == self.table.len()
    }

    /// Reports the keys nobody asked for (an `extra` that is not a table).
    pub(super) fn unknown_keys(&mut self) {
        let known: Vec<&str> = self.used.iter().map(|&(name, ..)| name).collect();
        let unknown: Vec<(String, Span, bool)> = self
            .rest()
            .map(|(k, span, v)| {
                (
                    k.to_string(),
                    span,
                    matches!(v.get_ref(), DeValue::Table(_)),
                )
            })
            .collect();
        for (key, span, is_table) in unknown {
            if key == "extra" {
                if !is_table {
                    self.diags.push(Diagnostic::error(
                        codes::WRONG_TYPE,
                        span,
                        msg!("diag-extra-not-table"),
                    ));
                }
                continue;
            }
            let mut d = Diagnostic::error(
                codes::UNKNOWN_FIELD,
                span,
                msg!("diag-unknown-field", key = &key, what = self.what()),
            );
            if !known.is_empty() {
                let mut names: Vec<&str> = known.clone();
                names.dedup();
                d = d.with_help(msg!("diag-unknown-field-help", names = names.join(", ")));
            }
            self.diags.push(d);
        }
    }
}
