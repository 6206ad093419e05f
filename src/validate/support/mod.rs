//! Machinery shared by rules that is not itself a rule (校验辅助): text fingerprinting.

pub(crate) mod fingerprint;
