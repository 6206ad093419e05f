//! The loader of the text rules' data files (TSV 数据文件): one record a line, columns
//! separated by a TAB, comment lines starting with `#`.

/// The data lines of a TSV file: (line number, columns trimmed), comments and blank lines
/// skipped.
pub(crate) fn rows(data: &'static str) -> impl Iterator<Item = (usize, Vec<&'static str>)> {
    data.lines().enumerate().filter_map(|(n, line)| {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() || line.starts_with('#') {
            None
        } else {
            Some((n + 1, line.split('\t').map(str::trim).collect()))
        }
    })
}

/// Column `n` of a row, `None` when it is empty or `-`.
pub(crate) fn column(row: &[&'static str], n: usize) -> Option<&'static str> {
    row.get(n).copied().filter(|s| !s.is_empty() && *s != "-")
}

/// The alternatives of a cell, separated by `|`.
pub(crate) fn alternatives(cell: Option<&str>) -> Vec<String> {
    cell.map(|s| {
        s.split('|')
            .filter(|a| !a.is_empty())
            .map(str::to_owned)
            .collect()
    })
    .unwrap_or_default()
}

/// The single character of a cell, if it holds exactly one.
pub(crate) fn single(cell: Option<&str>) -> Option<char> {
    let mut cs = cell?.chars();
    match (cs.next(), cs.next()) {
        (Some(c), None) => Some(c),
        _ => None,
    }
}
