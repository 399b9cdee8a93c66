//! Reading one record file safely: never through a symbolic link, never
//! blocking on a FIFO (the file type is checked before opening, and on
//! unix the file is opened with `O_NOFOLLOW | O_NONBLOCK` and checked
//! again), and a text that is not UTF-8 named by its likely encoding with
//! the command that converts it.

use std::fs::File;
use std::io::Read;
use std::path::Path;

use crate::diagnostic::{Msg, codes};
use crate::msg;

/// Why a file found could not be read: the code and message to report.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Unread {
    pub(crate) code: &'static str,
    pub(crate) message: Msg,
    pub(crate) help: Option<Msg>,
}

impl Unread {
    pub(crate) fn new(code: &'static str, message: Msg) -> Unread {
        Unread {
            code,
            message,
            help: None,
        }
    }

    fn with_help(mut self, help: Msg) -> Unread {
        self.help = Some(help);
        self
    }
}

/// What an entry that is not a plain file or folder is, if it is one: the
/// catalog id of the phrase that names it (`diag-word-symlink` …).
pub(crate) fn odd_kind(t: std::fs::FileType) -> Option<&'static str> {
    if t.is_symlink() {
        return Some(SYMLINK);
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if t.is_fifo() {
            return Some("diag-word-fifo");
        }
        if t.is_socket() {
            return Some("diag-word-socket");
        }
        if t.is_block_device() || t.is_char_device() {
            return Some("diag-word-device");
        }
    }
    (!t.is_file() && !t.is_dir()).then_some(NOT_PLAIN)
}

/// The phrases of [`odd_kind`] for a symbolic link and for anything else.
pub(crate) const SYMLINK: &str = "diag-word-symlink";
pub(crate) const NOT_PLAIN: &str = "diag-word-not-plain";

/// The error for an entry of an odd kind at `rel` (`what`: an id of
/// [`odd_kind`]).
pub(crate) fn odd(rel: &str, what: &'static str) -> Unread {
    Unread::new(
        codes::NOT_PLAIN,
        msg!("diag-not-plain", path = rel, what = Msg::new(what)),
    )
    .with_help(msg!("diag-not-plain-help"))
}

/// The error for a file that cannot be read (`e`: the system's reason,
/// shown as it says it).
pub(crate) fn io_error(rel: &str, e: impl std::fmt::Display) -> Unread {
    Unread::new(
        codes::UNREADABLE,
        msg!("diag-cannot-read", path = rel, reason = e),
    )
}

/// Reads the record file `rel` inside `root` as UTF-8 text, when no folder
/// on its way is a symbolic link (the walk never enters one; this guards
/// the files named by a write).
pub(crate) fn read_named(root: &Path, rel: &str) -> Result<String, Unread> {
    let folders = rel.rsplit_once('/').map_or("", |(f, _)| f);
    let mut folder = String::new();
    for part in folders.split('/').filter(|p| !p.is_empty()) {
        if !folder.is_empty() {
            folder.push('/');
        }
        folder.push_str(part);
        let meta = std::fs::symlink_metadata(root.join(&folder));
        if meta.is_ok_and(|m| m.file_type().is_symlink()) {
            return Err(odd(&folder, SYMLINK));
        }
    }
    read_record(root, rel)
}

/// Reads the record file `rel` inside `root` as UTF-8 text.
pub(crate) fn read_record(root: &Path, rel: &str) -> Result<String, Unread> {
    let path = root.join(rel);
    let io = |e: std::io::Error| io_error(rel, e);
    // open first (one look-up of the path, not two): a link or a socket
    // that cannot be opened is then named by its kind
    let mut file = match open(&path) {
        Ok(file) => file,
        Err(e) => {
            let meta = std::fs::symlink_metadata(&path).map_err(io)?;
            if let Some(what) = odd_kind(meta.file_type()) {
                return Err(odd(rel, what));
            }
            if meta.is_dir() {
                return Err(folder_not_file(rel));
            }
            return Err(io(e));
        }
    };
    let now = file.metadata().map_err(io)?;
    if let Some(what) = odd_kind(now.file_type()) {
        return Err(odd(rel, what));
    }
    if now.is_dir() {
        return Err(folder_not_file(rel));
    }
    let mut bytes = Vec::with_capacity(usize::try_from(now.len()).unwrap_or(0));
    file.read_to_end(&mut bytes).map_err(io)?;
    decode(rel, bytes)
}

fn folder_not_file(rel: &str) -> Unread {
    Unread::new(codes::BAD_PATH, msg!("diag-folder-not-file", path = rel))
}

/// `UTF-16LE` or `UTF-16BE` when `bytes` look like it: a byte-order mark,
/// or a zero byte in most odd (or even) places.
fn utf16(bytes: &[u8]) -> Option<&'static str> {
    match bytes {
        [0xFF, 0xFE, ..] => return Some("UTF-16LE"),
        [0xFE, 0xFF, ..] => return Some("UTF-16BE"),
        _ => {}
    }
    // the common case, one fast scan: no zero byte, no UTF-16
    if !bytes.contains(&0) {
        return None;
    }
    let zeros = |start: usize| {
        bytes
            .iter()
            .skip(start)
            .step_by(2)
            .filter(|b| **b == 0)
            .count()
    };
    let quarter = bytes.len() / 4;
    if quarter == 0 {
        None
    } else if zeros(1) > quarter {
        Some("UTF-16LE")
    } else if zeros(0) > quarter {
        Some("UTF-16BE")
    } else {
        None
    }
}

#[cfg(unix)]
fn open(path: &Path) -> std::io::Result<File> {
    use std::os::unix::fs::OpenOptionsExt;
    std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK | libc::O_NOFOLLOW)
        .open(path)
}

#[cfg(not(unix))]
fn open(path: &Path) -> std::io::Result<File> {
    File::open(path)
}

/// The text of `bytes`, or an error naming the likely encoding.
/// UTF-16 text whose characters are all ASCII is also valid UTF-8 (with a
/// zero byte after each character): it is caught by its zero bytes.
pub(crate) fn decode(rel: &str, bytes: Vec<u8>) -> Result<String, Unread> {
    let text = match utf16(&bytes) {
        Some(_) => Err(bytes),
        None => String::from_utf8(bytes).map_err(std::string::FromUtf8Error::into_bytes),
    };
    text.map_err(|bytes| {
        let encoding = guess_encoding(&bytes);
        Unread::new(
            codes::UNREADABLE,
            msg!("diag-not-utf8", path = rel, encoding = encoding),
        )
        .with_help(msg!("diag-not-utf8-help", path = rel, encoding = encoding))
    })
}

/// The likely encoding of text that is not UTF-8, as `iconv` names it:
/// UTF-16 by its byte-order mark or its zero bytes, else the guess of
/// `chardetng` (GBK is given as GB18030, its superset).
pub(crate) fn guess_encoding(bytes: &[u8]) -> &'static str {
    if let Some(name) = utf16(bytes) {
        return name;
    }
    let mut detector = chardetng::EncodingDetector::new();
    detector.feed(bytes, true);
    match detector.guess(None, true).name() {
        "GBK" | "gb18030" => "GB18030",
        "Big5" => "BIG5",
        "Shift_JIS" => "SHIFT_JIS",
        "EUC-JP" => "EUC-JP",
        "EUC-KR" => "EUC-KR",
        "windows-1252" => "WINDOWS-1252",
        "windows-1251" => "WINDOWS-1251",
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodings_named() {
        // a client's name and notes saved as GBK, then as Big5
        let gbk: &[u8] = b"name = \x22\xbb\xaa\xb6\xab\xb5\xe7\xd7\xd3\xd3\xd0\xcf\xde\xb9\xab\xcb\xbe\x22\x0anotes = \x22\xbf\xcd\xbb\xa7\xba\xdc\xc2\xfa\xd2\xe2\xa3\xac\xcf\xc2\xd4\xc2\xd4\xd9\xb7\xc3\xa3\xac\xb4\xf8\xc9\xcf\xd0\xc2\xb5\xc4\xb1\xa8\xbc\xdb\xb5\xa5\x22\x0a";
        assert_eq!(guess_encoding(gbk), "GB18030");
        let big5: &[u8] = b"name = \x22\xb5\xd8\xaaF\xb9q\xa4l\xa6\xb3\xad\xad\xa4\xbd\xa5q\x22\x0anotes = \x22\xab\xc8\xa4\xe1\xab\xdc\xba\xa1\xb7N\xa1A\xa4U\xa4\xeb\xa6A\xb3X\xa1A\xb1a\xa4W\xb7s\xaa\xba\xb3\xf8\xbb\xf9\xb3\xe6\x22\x0a";
        assert_eq!(guess_encoding(big5), "BIG5");
        let text = "name = \"华东电子\"\n";
        let utf16: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
        assert_eq!(guess_encoding(&utf16), "UTF-16LE");
        let e = decode("clients/a.toml", utf16).unwrap_err();
        assert!(
            e.message
                .en()
                .contains("not UTF-8 text (it looks like UTF-16LE)")
        );
        assert!(
            e.help
                .unwrap()
                .en()
                .contains("iconv -f UTF-16LE -t UTF-8 clients/a.toml")
        );
    }
}
