//! Lists kept for the whole run, in blocks of exactly their length.
//!
//! `Vec::shrink_to_fit` is not enough under mimalloc (the binary's
//! allocator): its `realloc` keeps a block in place when the new size is
//! at least half the old one, so a list collected in place from the
//! larger tables it was read from, or grown by doubling, would keep up to
//! twice its room for the whole run (about 10 MB of the 20k folder's peak,
//! docs/performance.md). [`exact`] moves the entries to a new block instead.

/// `v` in a block of exactly its length (moved when it has spare room).
pub(crate) fn exact<T>(mut v: Vec<T>) -> Vec<T> {
    if v.len() == v.capacity() {
        return v;
    }
    let mut out = Vec::with_capacity(v.len());
    out.append(&mut v);
    out
}

#[cfg(test)]
mod tests {
    use super::exact;

    #[test]
    fn a_list_with_spare_room_is_moved_to_one_of_its_length() {
        let mut v: Vec<u64> = Vec::with_capacity(100);
        v.extend(0..60);
        let v = exact(v);
        assert_eq!(v.capacity(), 60);
        assert_eq!(v, (0..60).collect::<Vec<_>>());
        let empty: Vec<String> = exact(Vec::with_capacity(8));
        assert_eq!(empty.capacity(), 0);
    }

    #[test]
    fn a_list_without_spare_room_stays_where_it_is() {
        let v: Vec<u8> = vec![1, 2, 3];
        let at = v.as_ptr();
        let kept = exact(v);
        assert_eq!(kept.as_ptr(), at);
    }
}
