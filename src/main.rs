//! The `clientele` binary: all work is in the library.
//!
//! It allocates with mimalloc: loading a large folder makes millions of
//! small allocations from two threads, where the system allocator spent
//! about a fifth of the CPU time. On Linux mimalloc commits its arenas
//! whole by default, which cost system time and resident memory on every
//! load: a function run before `main` (before the first allocation) has
//! them committed as they are used, and memory freed given back after
//! 10 ms (the texts of the files parsed; after 1 ms the parser's
//! short-lived tables faulted their pages in again and again, after
//! 100 ms the peak was 4% higher: docs/performance.md).

#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

// ARENA_EAGER_COMMIT and PURGE_DELAY: the options' numbers, read by
// build.rs from the `mimalloc.h` built (the Rust bindings name only the
// options whose number never changed)
include!(concat!(env!("OUT_DIR"), "/mi_options.rs"));

/// Runs before `main`, when nothing has been allocated yet.
#[cfg(target_os = "linux")]
#[used]
#[unsafe(link_section = ".init_array")]
static COMMIT_AS_USED: extern "C" fn() = commit_as_used;

#[cfg(target_os = "linux")]
extern "C" fn commit_as_used() {
    // SAFETY: sets one of mimalloc's options, before any thread starts and
    // before mimalloc made its first arena.
    unsafe {
        libmimalloc_sys::mi_option_set(ARENA_EAGER_COMMIT, 0);
        libmimalloc_sys::mi_option_set(PURGE_DELAY, 10);
    }
}

fn main() {
    std::process::exit(clientele::run());
}
