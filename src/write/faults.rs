//! Test-only fault injection for the write path: in debug builds (the
//! integration tests run one), `CLIENTELE_FAIL_AT=<point>` makes the step
//! named `<point>` fail with an I/O error, and `CLIENTELE_FAIL_AT=abort@<point>`
//! kills the process there (as `kill -9` would: no destructor runs).
//! Points: `stage:K` (keeping the K-th new file of an import on disk,
//! before the check), `file:K` (writing, or moving in, the K-th new file
//! of the journal), `plan` (recording the
//! plan), `rename:K` (putting the K-th file in place), `sync` (flushing
//! the folders), `clear` (clearing the journal). Release builds ignore
//! the variable.

/// Fails (or aborts) when `CLIENTELE_FAIL_AT` names `point`.
#[cfg(debug_assertions)]
pub(crate) fn at(point: &str) -> std::io::Result<()> {
    let Ok(wanted) = std::env::var("CLIENTELE_FAIL_AT") else {
        return Ok(());
    };
    if wanted.strip_prefix("abort@") == Some(point) {
        std::process::abort();
    }
    if wanted == point {
        return Err(std::io::Error::other(format!(
            "injected failure at {point}"
        )));
    }
    Ok(())
}

/// Release builds inject nothing.
#[cfg(not(debug_assertions))]
pub(crate) fn at(_point: &str) -> std::io::Result<()> {
    Ok(())
}
