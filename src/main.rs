//! The `clientele` binary: all work is in the library.

fn main() {
    std::process::exit(clientele::run());
}
