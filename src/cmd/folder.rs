//! The record files a write must read beyond its own: every month file
//! (for meeting ids, action items to hand over), in sorted order.

use crate::write::{Session, WriteError};

/// Every month file of the folder, sorted (`months/<YYYY-MM>/<member>.toml`).
pub(crate) fn month_files(w: &Session<'_>) -> Result<Vec<String>, WriteError> {
    let root = w.txn.root();
    let mut months: Vec<String> = std::fs::read_dir(root.join("months"))
        .map(|d| {
            d.filter_map(Result::ok)
                .filter(|e| e.file_type().is_ok_and(|t| t.is_dir()))
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| !n.starts_with('.'))
                .collect()
        })
        .unwrap_or_default();
    months.sort();
    let mut files = Vec::new();
    for m in months {
        files.extend(crate::load::files_in(root, &format!("months/{m}"))?);
    }
    Ok(files)
}
