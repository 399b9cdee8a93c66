//! The opportunities in blocks of a fixed size: a row, once pushed, is
//! never moved, and the rows take their own room and at most one block's
//! more (a vector grown by doubling holds up to twice its rows while it
//! is read, and copies them when it grows).

use super::Opportunity;

/// Rows a block holds (64 bytes each: 256 KB).
const BLOCK: usize = 4096;

/// The rows, numbered from 0 in the order they were read.
#[derive(Debug, Default)]
pub(crate) struct Rows {
    blocks: Vec<Vec<Opportunity>>,
    len: usize,
}

impl Rows {
    pub(crate) fn push(&mut self, o: Opportunity) {
        match self.blocks.last_mut() {
            Some(b) if b.len() < BLOCK => b.push(o),
            _ => {
                let mut b = Vec::with_capacity(BLOCK);
                b.push(o);
                self.blocks.push(b);
            }
        }
        self.len += 1;
    }

    pub(crate) fn len(&self) -> usize {
        self.len
    }

    pub(crate) fn get(&self, i: u32) -> Option<&Opportunity> {
        let i = i as usize;
        self.blocks.get(i / BLOCK)?.get(i % BLOCK)
    }

    pub(crate) fn iter(&self) -> impl Iterator<Item = &Opportunity> {
        self.blocks.iter().flatten()
    }

    /// Each row with its number.
    pub(crate) fn numbered(&self) -> impl Iterator<Item = (u32, &Opportunity)> {
        (0..).zip(self.iter())
    }

    /// Lets go of the last block's spare room.
    pub(crate) fn shrink(&mut self) {
        if let Some(b) = self.blocks.last_mut() {
            b.shrink_to_fit();
        }
        self.blocks.shrink_to_fit();
    }
}
