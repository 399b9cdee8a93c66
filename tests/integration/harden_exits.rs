//! Exit codes tell the truth (issue 12, break 3) and writes never wait
//! silently (break 6): once a change is saved, a later failure is a
//! `saved; but …` warning with exit 0 (running the command again would add
//! it twice); a write waiting for the lock says so and gives up after
//! `--wait`; a FIFO where a record file belongs never blocks a write.

use std::process::Stdio;
use std::time::{Duration, Instant};

use super::common::*;

const LOG: [&str; 7] = [
    "--member",
    "amy",
    "log",
    "acme",
    "--kind",
    "call",
    "--summary",
];

fn log_args(summary: &str) -> Vec<&str> {
    let mut v = vec!["--records", ".", "--as-of", D];
    v.extend(LOG);
    v.push(summary);
    v
}

#[test]
fn stdout_on_a_full_device_after_the_save_is_saved_but_exit_0() {
    let f = Folder::new();
    let out = clientele_process(f.path())
        .args(log_args("once only"))
        .stdout(std::fs::File::create("/dev/full").unwrap())
        .stderr(Stdio::piped())
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{err}");
    assert!(
        err.starts_with("warning: saved; but could not print the confirmation"),
        "{err}"
    );
    assert!(err.contains("do not run the command again"), "{err}");
    assert_eq!(f.read(AMY).matches("once only").count(), 1);
}

#[test]
fn a_failed_folder_flush_after_the_rename_is_saved_but_exit_0() {
    let f = Folder::new();
    let (code, _, err) = output(
        clientele()
            .current_dir(f.path())
            .env("CLIENTELE_FAIL_AT", "sync")
            .args(log_args("flushed or not")),
    );
    assert_eq!(code, 0, "{err}");
    assert!(
        err.starts_with("warning: saved; but cannot flush the folder"),
        "{err}"
    );
    assert_eq!(f.read(AMY).matches("flushed or not").count(), 1);
}

#[test]
fn a_write_waiting_for_the_lock_says_so_and_gives_up_after_wait() {
    let f = Folder::new();
    f.ok(&["--member", "amy", "clock", "--in", "09:00"]); // creates the lock file
    let held = std::fs::File::options()
        .read(true)
        .write(true)
        .open(f.path().join(".clientele.lock"))
        .unwrap();
    held.lock().unwrap();
    let before = f.snapshot();
    let start = Instant::now();
    let mut args = vec!["--wait", "2"];
    args.extend(log_args("waited"));
    let (code, out, err) = output(clientele().current_dir(f.path()).args(&args));
    let took = start.elapsed();
    assert_eq!((code, out.as_str()), (1, ""), "{err}");
    assert!(
        took >= Duration::from_secs(2) && took < Duration::from_secs(6),
        "{took:?}"
    );
    assert!(
        err.starts_with("waiting for the lock held since 20"),
        "{err}"
    );
    assert!(
        err.contains("\nerror: another write has held the lock since "),
        "{err}"
    );
    assert!(
        err.contains("gave up (wait longer with --wait SECS"),
        "{err}"
    );
    assert!(err.ends_with("nothing was written\n"), "{err}");
    assert!(f.snapshot() == before);
    drop(held);
    f.ok(&LOG.iter().copied().chain(["now"]).collect::<Vec<_>>());
}

#[test]
fn a_fifo_where_a_record_file_belongs_refuses_the_write_at_once() {
    let f = Folder::new();
    let fifo = f.path().join("months/2026-11/ben.toml");
    let _ = std::fs::remove_file(&fifo);
    let c = std::ffi::CString::new(fifo.to_string_lossy().as_bytes()).unwrap();
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o644) }, 0);
    let start = Instant::now();
    let mut child = clientele_process(f.path())
        .args([
            "--records",
            ".",
            "--as-of",
            D,
            "--member",
            "ben",
            "clock",
            "--in",
            "09:00",
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    while child.try_wait().unwrap().is_none() {
        if start.elapsed() > Duration::from_secs(20) {
            let _ = child.kill();
            panic!("the write blocked on a FIFO");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let out = child.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("months/2026-11/ben.toml is not a plain file"),
        "{err}"
    );
}
