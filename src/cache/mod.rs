//! The cache of parsed records: what each client and month file holds
//! once parsed, and the problems found in it alone, kept in
//! `.clientele-cache/records.bin` inside the records folder (a hidden
//! folder that ignores itself in git and that the walk never enters).
//!
//! A file's entry is used only when it is certainly the file parsed: its
//! size, modification and change times and inode are as recorded, and it
//! was last changed at least [`SETTLE_NS`] before the cache was written
//! (a file changed within the same second as the cache was written, on a
//! file system with coarse times, could otherwise pass); else the file is
//! read, and its entry still serves when its length and digest are as
//! recorded (a file touched without a change). A cache written by another
//! build, or damaged in any way (the whole body carries a digest), is
//! ignored. So the cache can never change an answer: at worst it is not
//! used. The cross-file checks always run on the whole records; `check`
//! and `--no-cache` never read the cache.

pub(crate) mod codec;
mod model;

use std::borrow::Cow;
use std::io::Write;
use std::ops::Range;
use std::path::{Path, PathBuf};

use codec::{Codec, Reader};

use crate::diagnostic::digest;

/// The hidden folder of the cache inside the records folder.
pub(crate) const DIR: &str = ".clientele-cache";
const FILE: &str = "records.bin";
const MAGIC: &[u8] = b"clientele cache\n";
/// The layout of the file; any change to the codec changes the build too.
const FORMAT: u32 = 4;
/// How long before the cache was written a file must have last changed
/// for its times to vouch for it (covers file systems with 2-second times).
pub(crate) const SETTLE_NS: i64 = 2_000_000_000;

/// A file's state as the file system tells it, without reading it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Stamp {
    pub(crate) size: u64,
    pub(crate) mtime: i64,
    pub(crate) ctime: i64,
    pub(crate) ino: u64,
}

impl Stamp {
    pub(crate) fn of(meta: &std::fs::Metadata) -> Stamp {
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt;
            let ns = |s: i64, n: i64| s.saturating_mul(1_000_000_000).saturating_add(n);
            Stamp {
                size: meta.len(),
                mtime: ns(meta.mtime(), meta.mtime_nsec()),
                ctime: ns(meta.ctime(), meta.ctime_nsec()),
                ino: meta.ino(),
            }
        }
        #[cfg(not(unix))]
        {
            let mtime = meta
                .modified()
                .ok()
                .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
                .map_or(0, |d| i64::try_from(d.as_nanos()).unwrap_or(i64::MAX));
            Stamp {
                size: meta.len(),
                mtime,
                ctime: mtime,
                ino: 0,
            }
        }
    }
}

/// One file's entry: its stamp, the length and digest of its text, and
/// what it holds in the codec's form.
#[derive(Clone, Debug)]
pub(crate) struct Entry<'a> {
    pub(crate) stamp: Stamp,
    pub(crate) len: usize,
    pub(crate) hash: u64,
    pub(crate) blob: Cow<'a, [u8]>,
}

/// Where one entry lies: its path's bytes in [`Cache::names`], its stamp,
/// its text's length and digest, and its blob's bytes in the cache file.
type Slot = (Range<usize>, Stamp, usize, u64, Range<u64>);

/// The cache as found at the start of a load (empty when there is none,
/// or it is of another build, or damaged). It keeps the paths of its
/// entries and the file open, not the file's bytes: a blob is read from
/// the file when its entry is asked for, so a load never holds the whole
/// cache (40 MB at 20k clients) and the records decoded from it at once.
/// The file is the one read whole and checked at the start: the cache is
/// only ever replaced by renaming a new file over it, which leaves the
/// file open as it was.
#[derive(Default)]
pub(crate) struct Cache {
    file: Option<std::fs::File>,
    /// The paths of the entries, one after the other.
    names: Vec<u8>,
    /// When it was written, in nanoseconds since 1970.
    written: i64,
    /// The entries sorted by path (as the walk wrote them, checked), found
    /// by binary search: no path is copied out of the file.
    entries: Vec<Slot>,
}

/// Nanoseconds since 1970 now.
pub(crate) fn now_ns() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_nanos()).unwrap_or(i64::MAX))
}

/// What tells this build from any other: the format, the version and the
/// program file's size and time.
pub(crate) fn build() -> String {
    let exe = std::env::current_exe()
        .and_then(std::fs::metadata)
        .map(|m| Stamp::of(&m));
    let (size, mtime) = exe.map_or((0, 0), |s| (s.size, s.mtime));
    format!("{FORMAT}/{}/{size}/{mtime}", env!("CARGO_PKG_VERSION"))
}

fn path(root: &Path) -> PathBuf {
    root.join(DIR).join(FILE)
}

impl Cache {
    /// Reads the cache of the folder `root` written by build `build`.
    pub(crate) fn open(root: &Path, build: &str) -> Cache {
        let read = || {
            let mut file = std::fs::File::open(path(root)).ok()?;
            let mut bytes = Vec::new();
            std::io::Read::read_to_end(&mut file, &mut bytes).ok()?;
            let cache = Cache::parse(&bytes, build)?;
            Some(Cache {
                file: Some(file),
                ..cache
            })
        };
        read().unwrap_or_default()
    }

    fn parse(bytes: &[u8], build: &str) -> Option<Cache> {
        let mut r = Reader::new(bytes, crate::diagnostic::FileId(0));
        if r.take(MAGIC.len())? != MAGIC || String::get(&mut r)? != build {
            return None;
        }
        let written = i64::get(&mut r)?;
        let sum = u64::from_le_bytes(r.take(8)?.try_into().ok()?);
        let body_at = bytes.len() - r.rest();
        if digest(&bytes[body_at..]) != sum {
            return None;
        }
        let n = usize::get(&mut r)?;
        let mut entries = Vec::with_capacity(n.min(r.rest()));
        let mut names = Vec::new();
        for _ in 0..n {
            let rel_len = usize::get(&mut r)?;
            let rel_at = names.len();
            names.extend_from_slice(std::str::from_utf8(r.take(rel_len)?).ok()?.as_bytes());
            let stamp = Stamp {
                size: Codec::get(&mut r)?,
                mtime: Codec::get(&mut r)?,
                ctime: Codec::get(&mut r)?,
                ino: Codec::get(&mut r)?,
            };
            let (len, hash) = (usize::get(&mut r)?, u64::get(&mut r)?);
            let n = usize::get(&mut r)?;
            let at = u64::try_from(bytes.len() - r.rest()).ok()?;
            r.take(n)?;
            let end = at.checked_add(u64::try_from(n).ok()?)?;
            entries.push((rel_at..rel_at + rel_len, stamp, len, hash, at..end));
        }
        names.shrink_to_fit();
        let name = |slot: &Slot| &names[slot.0.clone()];
        if !entries.is_sorted_by(|a, b| name(a) < name(b)) {
            entries.sort_unstable_by(|a, b| name(a).cmp(name(b)));
            // a path twice: not a cache this build wrote
            if entries.windows(2).any(|w| name(&w[0]) == name(&w[1])) {
                return None;
            }
        }
        r.is_done().then_some(Cache {
            file: None,
            names,
            written,
            entries,
        })
    }

    /// The entry of the file `rel`, if any, without its blob (empty).
    pub(crate) fn find(&self, rel: &str) -> Option<(Entry<'static>, Range<u64>)> {
        let name = |slot: &Slot| self.names.get(slot.0.clone()).unwrap_or_default();
        let at = self
            .entries
            .binary_search_by(|slot| name(slot).cmp(rel.as_bytes()))
            .ok()?;
        let (_, stamp, len, hash, blob) = &self.entries[at];
        let entry = Entry {
            stamp: *stamp,
            len: *len,
            hash: *hash,
            blob: Cow::Borrowed(&[]),
        };
        Some((entry, blob.clone()))
    }

    /// The entry of the file `rel`, if any, its blob read from the file.
    pub(crate) fn get(&self, rel: &str) -> Option<Entry<'static>> {
        let (entry, blob) = self.find(rel)?;
        let blob = read_at(self.file.as_ref()?, blob)?;
        Some(Entry {
            blob: Cow::Owned(blob),
            ..entry
        })
    }

    /// Whether a file with this stamp changed well before the cache was
    /// written, so that the stamp alone vouches for its text.
    pub(crate) fn settled(&self, stamp: &Stamp) -> bool {
        let before = self.written.saturating_sub(SETTLE_NS);
        stamp.mtime < before && stamp.ctime < before
    }

    pub(crate) fn len(&self) -> usize {
        self.entries.len()
    }
}

/// The bytes `at` of `file`.
fn read_at(file: &std::fs::File, at: Range<u64>) -> Option<Vec<u8>> {
    let mut buf = vec![0; usize::try_from(at.end.checked_sub(at.start)?).ok()?];
    #[cfg(unix)]
    std::os::unix::fs::FileExt::read_exact_at(file, &mut buf, at.start).ok()?;
    #[cfg(windows)]
    {
        let mut done = 0;
        while done < buf.len() {
            let offset = at.start + u64::try_from(done).ok()?;
            match std::os::windows::fs::FileExt::seek_read(file, &mut buf[done..], offset) {
                Ok(0) | Err(_) => return None,
                Ok(n) => done += n,
            }
        }
    }
    #[cfg(not(any(unix, windows)))]
    return None;
    Some(buf)
}

/// Writes the cache of `root`: `entries` by path, as of `written`. A
/// folder that cannot be written to simply has no cache.
pub(crate) fn save(root: &Path, build: &str, written: i64, entries: &[(&str, Entry<'_>)]) {
    let mut body = Vec::new();
    entries.len().put(&mut body);
    for (rel, e) in entries {
        rel.to_string().put(&mut body);
        e.stamp.size.put(&mut body);
        e.stamp.mtime.put(&mut body);
        e.stamp.ctime.put(&mut body);
        e.stamp.ino.put(&mut body);
        e.len.put(&mut body);
        e.hash.put(&mut body);
        e.blob.len().put(&mut body);
        body.extend_from_slice(&e.blob);
    }
    let _ = write(root, build, written, &body);
}

fn write(root: &Path, build: &str, written: i64, body: &[u8]) -> std::io::Result<()> {
    let dir = root.join(DIR);
    std::fs::create_dir_all(&dir)?;
    let ignore = dir.join(".gitignore");
    if !ignore.exists() {
        std::fs::write(
            &ignore,
            "# clientele's cache of parsed records: never committed\n*\n",
        )?;
    }
    let mut head = MAGIC.to_vec();
    build.to_string().put(&mut head);
    written.put(&mut head);
    head.extend_from_slice(&digest(body).to_le_bytes());
    let tmp = dir.join(format!("{FILE}.{}.tmp", std::process::id()));
    let mut f = std::fs::File::create(&tmp)?;
    f.write_all(&head)?;
    f.write_all(body)?;
    drop(f);
    std::fs::rename(&tmp, path(root))
}

/// Removes the cache of `root`; whether there was one.
pub(crate) fn clear(root: &Path) -> std::io::Result<bool> {
    match std::fs::remove_dir_all(root.join(DIR)) {
        Ok(()) => Ok(true),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(false),
        Err(e) => Err(e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(size: u64, blob: &[u8]) -> Entry<'_> {
        Entry {
            stamp: Stamp {
                size,
                mtime: 1,
                ctime: 2,
                ino: 3,
            },
            len: 4,
            hash: 5,
            blob: Cow::Borrowed(blob),
        }
    }

    #[test]
    fn entries_are_found_by_path_in_any_order_written() {
        let tmp = tempfile::tempdir().unwrap();
        let entries = [
            ("months/2026-11/b.toml", entry(1, b"one")),
            ("clients/z.toml", entry(2, b"")),
            ("clients/a.toml", entry(3, b"three")),
            ("clients.toml", entry(4, b"four")),
        ];
        save(tmp.path(), "b", 9, &entries);
        let cache = Cache::open(tmp.path(), "b");
        assert_eq!(cache.len(), 4);
        for (rel, e) in &entries {
            let got = cache.get(rel).unwrap();
            assert_eq!((got.stamp, &got.blob[..]), (e.stamp, &e.blob[..]), "{rel}");
        }
        assert!(cache.get("clients/b.toml").is_none());
        assert!(cache.get("").is_none());
        // another build, a path twice, a byte short: no cache at all
        assert_eq!(Cache::open(tmp.path(), "c").len(), 0);
        save(
            tmp.path(),
            "b",
            9,
            &[entries[1].clone(), entries[1].clone()],
        );
        assert_eq!(Cache::open(tmp.path(), "b").len(), 0);
        save(tmp.path(), "b", 9, &entries);
        let file = path(tmp.path());
        let bytes = std::fs::read(&file).unwrap();
        std::fs::write(&file, &bytes[..bytes.len() - 1]).unwrap();
        assert_eq!(Cache::open(tmp.path(), "b").len(), 0);
    }
}
