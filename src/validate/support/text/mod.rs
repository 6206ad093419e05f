//! The machinery of the text rules (文字校验机制), which are themselves in
//! `validate::rules::text`: reading a field's UTF-8 bytes ([`utf8`]), the TSV loader of their
//! data ([`tsv`]), packed n-gram keys and the hasher of their tables ([`hash`]), the confusion
//! sets of characters ([`confusion`]), the dictionary of fixed formulations with its anchor
//! index and one-pass scan ([`dictionary`]), and the lexicon of ordinary words with its typo
//! keys ([`lexicon`]).
//!
//! Nothing here names a rule or writes a message: the scans return [`Hit`]s, which the rules
//! turn into findings. The data files stay with the rules (`rules/text/data/`) and are handed
//! in when a table is built.

pub(crate) mod confusion;
pub(crate) mod dictionary;
pub(crate) mod hash;
pub(crate) mod lexicon;
pub(crate) mod tsv;
pub(crate) mod utf8;

/// A suspect span of a text field (可疑文字): bytes `start..end` of the field's UTF-8
/// (chars in the `&[char]` entry points of the unit tests) and what the scan that found it
/// says about it (`What`: a dictionary diagnosis, a punctuation mark, the index of a word).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Hit<What> {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) what: What,
}
