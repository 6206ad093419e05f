//! The main job: load the reference report, print a summary, its findings and its JSON.

fn main() {}
