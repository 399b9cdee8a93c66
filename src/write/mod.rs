//! Writing records: edit a TOML document in place (toml_edit), re-check the
//! new text, save atomically under a sidecar lock.
