//! Chinese-numeral figures (中文数字): 两项, 三次, 十二件, 一百二十余人, dates written
//! 二〇二四年一月十五日, ordinals 第七十五次.
//!
//! A run of numerals is a figure only where a measure word follows it, and never inside a
//! fixed word: the formulations of the crate's dictionary (两个维护, 四个意识, 一网通办,
//! 高效办成一件事 …), its list of domain words, and the compounds below whose numeral is
//! part of the word (一体化, 一站式, 三项制度 …). 一是…二是… stays an enumeration.

use std::sync::OnceLock;

/// Compounds of official prose whose numeral and measure word are part of the word, beside
/// the crate's formulation dictionary and domain words (which hold 两个维护, 一件事, 十项行动 …).
const COMPOUNDS: &[&str] = &[
    "一体化",
    "一站式",
    "一门式",
    "一次性",
    "一次办",
    "一次办好",
    "一条龙",
    "一张网",
    "一张蓝图",
    "一张清单",
    "一把手",
    "一盘棋",
    "一批次",
    "一批",
    "一系列",
    "一年来",
    "一年以来",
    "一年一度",
    "一件事",
    "一事一议",
    "一案一策",
    "一企一策",
    "一户一档",
    "一对一",
    "一站通办",
    "一码通",
    "一证通",
    "一起来",
    "一起抓",
    "一起学",
    "三项制度",
    "三年行动",
    "百日攻坚",
    "百日行动",
    "五位一体",
    "四个全面",
    "三个务必",
    "两个确立",
    "两个维护",
    "两个责任",
    "四个意识",
    "四个自信",
    "三会一课",
    "两法衔接",
    "十四五",
    "十三五",
    "十五五",
];

/// The value of a numeral character (〇/零 = 0 … 九 = 9, 两 = 2).
pub(crate) fn cjk_digit(c: char) -> Option<u64> {
    Some(match c {
        '〇' | '零' => 0,
        '一' => 1,
        '二' | '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => return None,
    })
}

fn cjk_scale(c: char) -> Option<u64> {
    Some(match c {
        '十' => 10,
        '百' => 100,
        '千' => 1000,
        _ => return None,
    })
}

/// Whether `c` belongs to a numeral (a digit or 十百千万亿).
pub(crate) fn is_numeral(c: char) -> bool {
    cjk_digit(c).is_some() || cjk_scale(c).is_some() || matches!(c, '万' | '亿')
}

/// The value of a numeral written with scales (一百二十 = 120, 十二 = 12, 三千零五 = 3005,
/// 两万 = 20000); `None` for a malformed run (十四五, 一二三) or one beyond 10¹².
pub(crate) fn parse(run: &[char]) -> Option<u64> {
    let mut total: u64 = 0;
    let mut section: u64 = 0;
    let mut digit: Option<u64> = None;
    // The scale last used in this section (十 < 百 < 千): scales must decrease.
    let mut last_scale = u64::MAX;
    let mut zero = false;
    let mut big_last = u64::MAX;
    for (i, &c) in run.iter().enumerate() {
        if let Some(d) = cjk_digit(c) {
            if d == 0 {
                if digit.is_some() || zero {
                    return None;
                }
                zero = true;
                continue;
            }
            if digit.is_some() {
                return None;
            }
            digit = Some(d);
        } else if let Some(s) = cjk_scale(c) {
            if s >= last_scale {
                return None;
            }
            let n = match digit.take() {
                Some(n) => n,
                // 十二 = 12: 十 alone at the start of a section is one ten.
                None if s == 10 && (i == 0 || zero || section == 0) => 1,
                None => return None,
            };
            section = section.checked_add(n.checked_mul(s)?)?;
            last_scale = s;
            zero = false;
        } else {
            let big: u64 = match c {
                '万' => 10_000,
                '亿' => 100_000_000,
                _ => return None,
            };
            if big >= big_last && !(big_last == 10_000 && big == 100_000_000) {
                return None;
            }
            section = section.checked_add(digit.take().unwrap_or(0))?;
            if section == 0 {
                return None;
            }
            total = total.checked_add(section.checked_mul(big)?)?;
            section = 0;
            last_scale = u64::MAX;
            big_last = big;
            zero = false;
        }
    }
    if let Some(d) = digit {
        // 一百二 (= 120) is colloquial; only a digit after a zero or a ten stands alone.
        if last_scale != u64::MAX && last_scale > 10 && !zero {
            return None;
        }
        section = section.checked_add(d)?;
    }
    let v = total.checked_add(section)?;
    (v <= 1_000_000_000_000).then_some(v)
}

/// A year written digit by digit (二〇二四 = 2024).
pub(crate) fn parse_year(run: &[char]) -> Option<u16> {
    if run.len() != 4 {
        return None;
    }
    let mut y: u16 = 0;
    for &c in run {
        if c == '两' {
            return None;
        }
        y = y * 10 + u16::try_from(cjk_digit(c)?).ok()?;
    }
    (1900..=2100).contains(&y).then_some(y)
}

/// The fixed words that hold a numeral, each with the character offsets of its numerals.
fn fixed_words() -> &'static [(Vec<char>, Vec<usize>)] {
    static WORDS: OnceLock<Vec<(Vec<char>, Vec<usize>)>> = OnceLock::new();
    WORDS.get_or_init(|| {
        const FORMULATIONS: &str = include_str!("../validate/rules/text/data/formulations.tsv");
        const DOMAIN: &str = include_str!("../validate/rules/text/data/domain_words.tsv");
        let formulations = FORMULATIONS
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| l.split('\t').nth(1));
        let domain = DOMAIN
            .lines()
            .filter(|l| !l.starts_with('#'))
            .map(|l| l.split('\t').next().unwrap_or(""));
        let mut out: Vec<(Vec<char>, Vec<usize>)> = Vec::new();
        for w in COMPOUNDS.iter().copied().chain(formulations).chain(domain) {
            let w: Vec<char> = w.chars().filter(|c| !matches!(c, '[' | ']')).collect();
            let offsets: Vec<usize> = w
                .iter()
                .enumerate()
                .filter(|(_, c)| is_numeral(**c))
                .map(|(i, _)| i)
                .collect();
            if !offsets.is_empty() && w.len() >= 2 && !out.iter().any(|(x, _)| *x == w) {
                out.push((w, offsets));
            }
        }
        out
    })
}

/// Whether the numeral at `at` stands inside a fixed word of the text.
pub(crate) fn in_fixed_word(chars: &[char], at: usize) -> bool {
    let Some(&c) = chars.get(at) else {
        return false;
    };
    let index = fixed_words_by_numeral();
    let Ok(k) = index.binary_search_by_key(&c, |(n, _)| *n) else {
        return false;
    };
    let words = fixed_words();
    index[k].1.iter().any(|&(i, off)| {
        let w = &words[i].0;
        at >= off && chars.get(at - off..at - off + w.len()) == Some(w.as_slice())
    })
}

/// For each numeral (ascending), the fixed words that hold it (their index in
/// [`fixed_words`]) with the offset at which it stands in them.
type NumeralIndex = Vec<(char, Vec<(usize, usize)>)>;

/// The fixed words by the numerals they hold ([`NumeralIndex`]).
fn fixed_words_by_numeral() -> &'static NumeralIndex {
    static INDEX: OnceLock<NumeralIndex> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut index: NumeralIndex = Vec::new();
        for (i, (w, offsets)) in fixed_words().iter().enumerate() {
            for &off in offsets {
                let c = w[off];
                match index.binary_search_by_key(&c, |(n, _)| *n) {
                    Ok(k) => index[k].1.push((i, off)),
                    Err(k) => index.insert(k, (c, vec![(i, off)])),
                }
            }
        }
        index
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str) -> Option<u64> {
        parse(&s.chars().collect::<Vec<_>>())
    }

    #[test]
    fn numerals() {
        assert_eq!(p("两"), Some(2));
        assert_eq!(p("十二"), Some(12));
        assert_eq!(p("一百二十"), Some(120));
        assert_eq!(p("七十五"), Some(75));
        assert_eq!(p("三千零五"), Some(3005));
        assert_eq!(p("一百零五"), Some(105));
        assert_eq!(p("两万"), Some(20000));
        assert_eq!(p("三万五千"), Some(35000));
        assert_eq!(p("十四五"), None);
        assert_eq!(p("一二三"), None);
        assert_eq!(p("百十"), None);
        assert_eq!(
            parse_year(&"二〇二四".chars().collect::<Vec<_>>()),
            Some(2024)
        );
        let t: Vec<char> = "做到两个维护".chars().collect();
        assert!(in_fixed_word(&t, 2));
        let t: Vec<char> = "完成两项任务".chars().collect();
        assert!(!in_fixed_word(&t, 2));
    }
}
