//! Rules of the `text` family: the wording and punctuation of every text field (文字与标点).
//!
//! These rules read every text field of a report — headings, paragraphs, names, titles —
//! and point at the exact place: each finding carries a [`TextSpan`] with the character
//! offsets of the suspect text inside the field, the text found and, where there is one,
//! the canonical form to put instead. All of them are warnings: they find what is probably
//! wrong, and a person decides.
//!
//! # The dictionary
//!
//! The fixed formulations, names of laws, documents and commemorative days, the confusion
//! table of look-alike characters, the fixed verb collocations, the outdated forms and the
//! groups of document names that get blended are data, in
//! `src/validate/rules/text/data/*.tsv`. Each file documents its format in its header;
//! extending the dictionary is a one-line pull request. In short:
//!
//! | File | One line is (columns separated by a TAB) | Example |
//! |---|---|---|
//! | `formulations.tsv` | kind, canonical form, known wrong forms | `formulation` `[严格][规范][公正][文明]执法` |
//! | `confusables.tsv` | a character, its look-alike, the mechanism | `自` `目` `形近` |
//! | `homophones.tsv` | a syllable, its characters | `zhong` `中盅忠钟…` |
//! | `collocations.tsv` | formulation, its verb, wrong verbs | `四个自信` `坚定` `增强\|树牢\|做到\|领悟` |
//! | `replacements.tsv` | rule, found, replacement, from year, exceptions | `outdated` `法制政府` `法治政府` |
//! | `blends.tsv` | a group of names that get mixed | `责令改正通知书\|责令整改通知书` |
//!
//! # Precision first
//!
//! A checker that cries wolf gets switched off. Near misses are found through the
//! confusion table, not by plain edit distance, so that ordinary words one character away
//! from a formulation are never reported (四个认识 is not 四个意识); insertions are only
//! considered inside forms of six characters or more and never for function words, drops
//! inside forms of seven or more
//! (严格规范公正文明的执法要求 is correct prose). Exact matches and unrelated text are never
//! reported. `tests/text_corpus/` holds the corpus of correct prose on which these rules
//! must stay silent and the corpus of misspellings on which they must fire; `tests/text.rs`
//! measures precision and recall on them.
//!
//! # Cost
//!
//! One pass per field over its UTF-8 bytes, linear in its length: the dictionary is indexed
//! by anchor bigrams, the punctuation checks see only the characters they declare, windows
//! are compared in place, offsets stay in bytes until a finding is emitted, and the scratch
//! buffers are reused across fields.
//!
//! # Where things are
//!
//! This module holds the rules: their [`Rule`] constants, their checks and their messages,
//! and the data files. The machinery they share — UTF-8 decoding, the TSV loader, the
//! n-gram keys and hasher, the confusion sets, the dictionary's index and scan, the lexicon
//! — is in `validate::support::text`.

mod punctuation;

use std::sync::LazyLock;

use crate::Report;
use crate::validate::support::pointer::PointerBuf;
use crate::validate::support::text::Hit;
use crate::validate::support::text::confusion::{Confusion, ConfusionData};
use crate::validate::support::text::dictionary::{
    Dictionary, DictionaryData, Edit, Exact, Kind, MIN_DELETION_ALONE, PatternRule, What,
};
use crate::validate::support::text::lexicon::{Lexicon, LexiconData};
use crate::validate::walk::{Leaf, Path, Walked};
use crate::validate::{Options, Rule, Severity, Sink, TextSpan};

use punctuation::{Mark, MarkHits, Marks};

/// The data files of the family (`data/*.tsv`), compiled in; each documents its format in
/// its header.
pub(crate) mod data {
    pub(crate) const FORMULATIONS: &str = include_str!("data/formulations.tsv");
    pub(crate) const CONFUSABLES: &str = include_str!("data/confusables.tsv");
    pub(crate) const COLLOCATIONS: &str = include_str!("data/collocations.tsv");
    pub(crate) const REPLACEMENTS: &str = include_str!("data/replacements.tsv");
    pub(crate) const BLENDS: &str = include_str!("data/blends.tsv");
    /// The titles of the laws and administrative regulations in force (法律、行政法规名称),
    /// from 国家法律法规数据库 through LawRefBook/Laws; see its header and `data/laws.py`.
    pub(crate) const LAW_TITLES: &str = include_str!("data/law_titles.tsv");
    pub(crate) const HOMOPHONES: &str = include_str!("data/homophones.tsv");
    /// The generated look-alike table (形近字表): pycorrector 1.1.4's stroke and component
    /// data, Apache-2.0; see its header and `data/generate.py`.
    pub(crate) const LOOKALIKES: &str = include_str!("data/lookalikes.tsv");
    pub(crate) const WORDS: &str = include_str!("data/words.tsv");
    pub(crate) const DOMAIN_WORDS: &str = include_str!("data/domain_words.tsv");
    /// `idioms.tsv`: jieba's four-character idioms and set phrases.
    pub(crate) const IDIOMS: &str = include_str!("data/idioms.tsv");
    pub(crate) const READINGS: &str = include_str!("data/readings.tsv");
    /// The frequencies of the genre (公文语域词频), generated by `data/genre.py` from the
    /// crate's own official prose; see its header.
    pub(crate) const GENRE_WORDS: &str = include_str!("data/genre_words.tsv");
}

pub(crate) const DICTIONARY_DATA: DictionaryData = DictionaryData {
    formulations: data::FORMULATIONS,
    collocations: data::COLLOCATIONS,
    replacements: data::REPLACEMENTS,
    blends: data::BLENDS,
    law_titles: data::LAW_TITLES,
};

/// The confusion sets, parsed once, shared by the dictionary and the lexicon.
pub(crate) static CONFUSION: LazyLock<Confusion> = LazyLock::new(|| {
    Confusion::load(&ConfusionData {
        homophones: data::HOMOPHONES,
        confusables: data::CONFUSABLES,
        lookalikes: data::LOOKALIKES,
    })
});

/// The dictionary, parsed once, watching the characters the punctuation checks declare.
pub(crate) static DICTIONARY: LazyLock<Dictionary> =
    LazyLock::new(|| Dictionary::load(&DICTIONARY_DATA, &CONFUSION, &watched()));

/// The lexicon of `text.word_typo`, built once when the rule first runs.
pub(crate) static LEXICON: LazyLock<Lexicon> = LazyLock::new(|| {
    Lexicon::load(
        &LexiconData {
            words: data::WORDS,
            domain_words: data::DOMAIN_WORDS,
            idioms: data::IDIOMS,
            readings: data::READINGS,
            genre: data::GENRE_WORDS,
        },
        &CONFUSION,
    )
});

/// The characters the punctuation checks watch: the union of what each declares
/// ([`punctuation::CHECKS`]), which the dictionary's scan hands over as it passes.
pub(crate) fn watched() -> Vec<char> {
    let mut chars: Vec<char> = punctuation::CHECKS
        .iter()
        .flat_map(|(_, watches)| watches.iter().copied())
        .collect();
    chars.sort_unstable();
    chars.dedup();
    chars
}

/// What a canonical form names, in a message.
fn kind_zh(kind: Kind) -> &'static str {
    match kind {
        Kind::Formulation => "固定表述",
        Kind::Law => "法律法规名称",
        Kind::Document => "文件名称",
        Kind::Day => "纪念日名称",
    }
}

fn kind_en(kind: Kind) -> &'static str {
    match kind {
        Kind::Formulation => "fixed formulation",
        Kind::Law => "name of a law",
        Kind::Document => "document name",
        Kind::Day => "name of a commemorative day",
    }
}

/// Every text field of the report.
const EVERY_TEXT_FIELD: &[&str] = &[""];

/// `text.formulation_variant`: a fixed formulation, or the name of a law, document or
/// commemorative day, misspelt by one character (固定表述错字).
///
/// Reports a window of text that differs from a canonical form of the dictionary by one
/// look-alike, same-code (五笔) or same-sound character from the confusion table, by one
/// inserted character (forms of six characters or more), by one dropped character (seven
/// or more; six where neither end of the window makes a word with the text outside it) or
/// by two neighbouring characters swapped (three or more); and the known
/// wrong forms the dictionary lists (中共人民共和国). The canonical form is the suggestion.
///
/// Fails: `"坚定“四个目信”"` (四个自信), `"牢回树立"` (牢固树立), `"抵御重大风验"` (抵御重大风险).
pub const FORMULATION_VARIANT: Rule = Rule {
    code: "text.formulation_variant",
    severity: Severity::Warning,
    title_zh: "固定表述或名称有错字",
    title_en: "Misspelt fixed formulation or name",
    description_zh: "固定政治表述、法律法规名称、文件名称和纪念日名称须一字不差。与词典中的规范写法相差一个形近字、五笔近码字或同音字，或多一字（六字以上的表述）、少一字（七字以上的表述）、相邻两字颠倒（三字以上的表述）的文字，视为误写，并给出规范写法。政府网站上的严重表述错误可致单项否决。",
    fields: EVERY_TEXT_FIELD,
};

/// `text.formulation_order`: a fixed ordered list in the wrong order (固定表述顺序错误).
///
/// The items of such a list (严格、规范、公正、文明 in 严格规范公正文明执法; the seven items
/// of the 2021 goal formula 职能科学、权责法定、执法严明、公开公正、智能高效、廉洁诚信、
/// 人民满意) are all present, joined as in the canonical form, but permuted.
///
/// Fails: `"全面推进严格规范文明公正执法"`.
pub const FORMULATION_ORDER: Rule = Rule {
    code: "text.formulation_order",
    severity: Severity::Warning,
    title_zh: "固定表述顺序有误",
    title_en: "Fixed formulation in the wrong order",
    description_zh: "“严格规范公正文明执法”、法治政府建设目标“职能科学、权责法定、执法严明、公开公正、智能高效、廉洁诚信、人民满意”等并列表述的顺序是固定的，不得调换。",
    fields: EVERY_TEXT_FIELD,
};

/// `text.wrong_collocation`: a formulation with the wrong verb (固定搭配错误).
///
/// 深刻领悟"两个确立"，增强"四个意识"、坚定"四个自信"、做到"两个维护": only the verbs the
/// dictionary lists as wrong are reported (增强"四个自信", 坚定"四个意识", 做到"两个确立"),
/// never other verbs (树牢"四个意识", 坚决拥护"两个确立").
///
/// Fails: `"增强“四个自信”"` (坚定“四个自信”).
pub const WRONG_COLLOCATION: Rule = Rule {
    code: "text.wrong_collocation",
    severity: Severity::Warning,
    title_zh: "固定搭配用错动词",
    title_en: "Formulation with the wrong verb",
    description_zh: "“四个意识”“四个自信”“两个维护”“两个确立”有固定的动词搭配：增强“四个意识”、坚定“四个自信”、做到“两个维护”、深刻领悟“两个确立”。",
    fields: EVERY_TEXT_FIELD,
};

/// `text.document_name_blend`: two document names blended into one (文书名称混用).
///
/// The text starts like one name of a group the dictionary lists and ends like another:
/// 责令整改正通知书 mixes 责令整改通知书 and 责令改正通知书. The suggestion is the name that
/// supplies the ending; the message names both.
///
/// Fails: `"下达责令整改正通知书"` (责令改正通知书).
pub const DOCUMENT_NAME_BLEND: Rule = Rule {
    code: "text.document_name_blend",
    severity: Severity::Warning,
    title_zh: "文书名称混用",
    title_en: "Two document names blended",
    description_zh: "文书名称混合了两个不同文书的名称（如“责令整改正通知书”混合了“责令整改通知书”和“责令改正通知书”），应按实际使用的文书统一为其中一个规范名称。行政处罚法第二十八条使用“责令改正”“限期改正”。",
    fields: EVERY_TEXT_FIELD,
};

/// `text.outdated_formulation`: a formulation that has been replaced (过时提法).
///
/// 法制政府 for 法治政府 (any year); the 2015 goal formula (…廉洁高效、守法诚信) and "七五"普法
/// in a report for 2021 or later, when the 纲要 (2021–2025) and the 八五 plan apply.
///
/// Fails: `"扎实推进法制政府建设"`; in a 2023 report, `"深入开展“七五”普法"`.
pub const OUTDATED_FORMULATION: Rule = Rule {
    code: "text.outdated_formulation",
    severity: Severity::Warning,
    title_zh: "使用过时提法",
    title_en: "Outdated formulation",
    description_zh: "“法制政府”应为“法治政府”；2021年度及以后的报告应使用《法治政府建设实施纲要（2021－2025年）》的目标表述“智能高效、廉洁诚信、人民满意”，不再使用2015年的“廉洁高效、守法诚信”，普法规划为“八五”普法而非“七五”普法。",
    fields: EVERY_TEXT_FIELD,
};

/// `text.shortened_day_name`: a commemorative day cited by a shortened name (纪念日简称).
///
/// Reported only for days whose statutory name starts with 全民 and the text drops it:
/// 国家安全教育日 for 全民国家安全教育日 (国家安全法 第十四条), 国防教育日 for 全民国防教育日
/// (国防教育法 第十二条). Names that are not statutory (5·12防灾减灾日 for 全国防灾减灾日) are
/// widely used by the authorities themselves and are not reported.
///
/// Fails: `"以国家安全教育日为契机"`.
pub const SHORTENED_DAY_NAME: Rule = Rule {
    code: "text.shortened_day_name",
    severity: Severity::Warning,
    title_zh: "纪念日名称不完整",
    title_en: "Shortened name of a commemorative day",
    description_zh: "法律规定的纪念日应使用法定全称：“全民国家安全教育日”（国家安全法第十四条）、“全民国防教育日”（国防教育法第十二条），不宜省去“全民”。",
    fields: EVERY_TEXT_FIELD,
};

/// `text.unbalanced_brackets`: a bracket, quotation mark or 书名号 without its partner
/// within the field (括号、引号、书名号不配对).
///
/// Round brackets of either width close each other; "1）"-style enumeration markers are
/// not reported. The span is the bracket without a partner; there is no suggestion.
///
/// Fails: `"《法治政府建设实施纲要(2021-2025年》"` (the "(" is never closed).
pub const UNBALANCED_BRACKETS: Rule = Rule {
    code: "text.unbalanced_brackets",
    severity: Severity::Warning,
    title_zh: "括号、引号或书名号不配对",
    title_en: "Unbalanced brackets or quotation marks",
    description_zh: "同一段文字中的括号、引号、书名号应成对使用（GB/T 15834-2011）。",
    fields: EVERY_TEXT_FIELD,
};

/// `text.event_date_dot`: the month and day of an event name written with a full stop or
/// another dot instead of the 间隔号 (月日间隔号).
///
/// GB/T 15834-2011: 5·12, not 5.12. Reported when the date is quoted alone (“5.12”) or
/// directly followed by an event name (3.15消费者权益日); decimal numbers (5.12万元) are not.
///
/// Fails: `"以“5.12”防灾减灾日为契机"` (5·12).
pub const EVENT_DATE_DOT: Rule = Rule {
    code: "text.event_date_dot",
    severity: Severity::Warning,
    title_zh: "事件名称中的月日未用间隔号",
    title_en: "Event date written with a full stop",
    description_zh: "以月日命名的事件、节日，月和日之间用间隔号“·”，如“5·12”防灾减灾日，不用“5.12”（GB/T 15834-2011）。",
    fields: EVERY_TEXT_FIELD,
};

/// `text.enumeration_comma_between_titles`: 顿号 between consecutive 书名号 items
/// (书名号之间的顿号).
///
/// GB/T 15834-2011: consecutive titles in 书名号 are normally not separated by 顿号. The
/// suggestion deletes the 顿号.
///
/// Fails: `"《民法典》、《中华人民共和国国防动员法》"`.
pub const ENUMERATION_COMMA_BETWEEN_TITLES: Rule = Rule {
    code: "text.enumeration_comma_between_titles",
    severity: Severity::Warning,
    title_zh: "书名号之间使用顿号",
    title_en: "Enumeration comma between titles",
    description_zh: "标有书名号的并列成分之间通常不用顿号，写作“《……》《……》”（GB/T 15834-2011）。",
    fields: EVERY_TEXT_FIELD,
};

/// `text.heading_full_stop`: a heading or the report title that ends with a full stop
/// (标题末尾用句号).
///
/// Reads the headings, and the paragraphs that are a heading on a line of their own: one
/// clause of at most 40 characters opened by 一、 or （一） (a report imported or typed with
/// its headings among the paragraphs).
///
/// Fails: `"heading": "（一）加强思想武装。"`, a paragraph `"（一）深入学习贯彻习近平法治思想。"`.
pub const HEADING_FULL_STOP: Rule = Rule {
    code: "text.heading_full_stop",
    severity: Severity::Warning,
    title_zh: "标题末尾使用句号",
    title_en: "Heading ends with a full stop",
    description_zh: "单独成行的标题末尾不用句号。",
    fields: &[
        "/meta/title",
        "/measures/heading",
        "/*/items/*/heading",
        "/shortcomings/heading",
        "/responsibility/heading",
        "/responsibility/items/*/heading",
        "/plans/heading",
        "/plans/items/*/heading",
        "/other/heading",
        "/other/items/*/heading",
        "/*/paragraphs/*",
        "/*/items/**/paragraphs/*",
    ],
};

/// `text.year_range_dash`: a year range that lost its dash (年份起止缺连接号).
///
/// Two years followed by 年 or alone in brackets, run together or joined by a mark that is no
/// 连接号 for a period: 20212025 is 2021—2025 with the dash lost in copying; 2021~2025,
/// 2021～2025, 2021–2025 (en dash), 2021一2025 (the numeral) and 2021——2025 (a 破折号) take
/// the 一字线 of GB/T 15834-2011 for the start and end of a period. The hyphens "-" and
/// "－" are left alone: the titles of the central documents are printed with them
/// (《法治中国建设规划（2020－2025年）》).
///
/// Fails: `"《法治政府建设实施纲要（20212025年）》"`, `"“八五”普法规划（2021~2025年）"`.
pub const YEAR_RANGE_DASH: Rule = Rule {
    code: "text.year_range_dash",
    severity: Severity::Warning,
    title_zh: "年份起止缺少连接号",
    title_en: "Year range without a dash",
    description_zh: "标示年份起止应使用一字线连接号，如“2021—2025年”，而不是“20212025年”“2021~2025年”。",
    fields: EVERY_TEXT_FIELD,
};

/// The longest text in quotation marks (“…”) taken for a coined term (“一证式”, “应审必审”,
/// “最多跑一次”), in which `text.word_typo` reports nothing.
const MAX_COINED_TERM: usize = 5;

/// `text.word_typo`: an ordinary word misspelt by one character (普通词语错字).
///
/// Reports a window of two or three 汉字 that is no word of the lexicon of common words
/// (jieba's dictionary, MIT, reduced in `data/words.tsv`, with the words of official prose
/// jieba lacks in `data/domain_words.tsv`) where one same-sound character
/// (`homophones.tsv`), curated confusable (`confusables.tsv`) or look-alike sharing a
/// component or differing in one stroke (`lookalikes.tsv`, evidence `group` or
/// `onestroke`) gives a frequent word, and no word of the lexicon overlaps
/// the window partly (法治政府 holds 治政, which sounds like 执政, but 法治 and 政府 are
/// words). Never reported: windows holding a function character (的, 是, 一, 二 …); windows
/// inside a four-character phrase of `domain_words.tsv` (结事 in 案结事了); windows inside
/// or across a canonical form of the dictionary or inside a title in 书名号 (names are the
/// dictionary's business); and a window that stands twice or more in the report, which is a
/// term the lexicon lacks rather than a slip. The frequent word is the suggestion. When the
/// correction makes a canonical form of the dictionary appear (风险评古 → 风险评估), the
/// finding names that form, with the dictionary's diagnosis (reported by this rule, so that
/// allowing it changes no other rule's findings).
///
/// **On by default since issue 17 round 4** (allow it with
/// `Options::new().level(&WORD_TYPO, Level::Allow)` or `--allow text.word_typo`). Its
/// precision holds: no finding on the 50,000-character clean corpus of
/// `tests/text_corpus/clean.txt` nor on any `correct_*.txt` file or corrected sentence of
/// the misspelling files, and none on 30,000 random ideographs (a window is reported only
/// in prose: at least half of the 汉字 within six characters of it belong to words of the
/// lexicon). Its lexicon is packed into sorted arrays (one `u64` per word and per typo key,
/// indexed by first character, with a 512 KB bigram filter): the shared text tables hold
/// 7.7 MB once built (about 25 MB as hash maps until round 3), built once per process on
/// the first validation (about 0.63 G instructions) and then shared. On the reference report
/// the text rules cost 2.18 M instructions per validation with it, 1.49 M without it
/// (callgrind; 3.13 M and 1.47 M before the arrays), within the 1.5× budget of issue 17.
/// Measured per batch with the default rules / with it allowed: the development batch
/// `misspellings_unseen_r4.tsv` 71 / 51 of 117 lines, the unseen `misspellings_unseen_r5.tsv`
/// 30 / 19 of 64; its wrong findings there are mostly a suggestion that is not what was meant
/// (宜传 → 遗传 for 宣传) on a line that does hold a typo.
///
///
/// **Round 6**: the words of the genre (公文语域词, `data/genre_words.tsv`, counted by
/// `data/genre.py` in the clean corpus and the reference report, outside canonical forms)
/// are corrections whatever jieba's count (素养, 合格率, 台账) and outweigh words of general
/// text when two compete (genre-weighted ranking); a window just before 同志 is a name; a
/// look-alike pair sharing a component counts even where pycorrector lacks the strokes to
/// measure it. Default rules, lines found with the right correction: r4 71 → 76 of 117,
/// r5 30 → 33 of 64, the new unseen batch r6 31 → 39 of 71 (measured once before the
/// changes); still no finding on any clean corpus.
///
/// **Round 7**: a word of the genre may be misspelt into a function character at its end
/// (结过 → 结果, 整该 → 整改; never a numeral, never the window's first character). Default
/// rules: r3 66 → 69 of 91, r4 76 → 77 of 117, r5 33 → 34 of 64, r6 39 → 41 of 71, wrong
/// findings unchanged; the blind batch r7, measured once after: 64 of 90.
///
/// Fails: `"各科室要切实履行监管职则"` (职责), `"认真传达学习全会经神"` (精神).
pub const WORD_TYPO: Rule = Rule {
    code: "text.word_typo",
    severity: Severity::Warning,
    title_zh: "普通词语有错字",
    title_en: "Misspelt ordinary word",
    description_zh: "不成词的两三个汉字，换一个同音字、易混字或形近字即成为常用词（如“职则”应为“职责”、“经神”应为“精神”），且前后文字不与之构成其他词语的，视为误写，并给出常用词。词表取自结巴分词词典（MIT 许可），另补公文常用词。书名号内的名称、固定表述内的文字和在报告中出现两次以上的词语不报告。",
    fields: EVERY_TEXT_FIELD,
};

/// The rules of this family, in catalogue order.
pub(crate) static RULES: &[&Rule] = &[
    &FORMULATION_VARIANT,
    &FORMULATION_ORDER,
    &WRONG_COLLOCATION,
    &DOCUMENT_NAME_BLEND,
    &OUTDATED_FORMULATION,
    &SHORTENED_DAY_NAME,
    &UNBALANCED_BRACKETS,
    &EVENT_DATE_DOT,
    &ENUMERATION_COMMA_BETWEEN_TITLES,
    &HEADING_FULL_STOP,
    &YEAR_RANGE_DASH,
    &WORD_TYPO,
];

/// Buffers reused from field to field.
#[derive(Default)]
struct Scratch {
    exact: Vec<Exact>,
    lexical: Vec<Hit<What>>,
    kept: Vec<Hit<What>>,
    marks: MarkHits,
    state: Marks,
    /// Word typos: the index of the word in the lexicon.
    words: Vec<Hit<u32>>,
    /// Word typos whose correction spells a canonical form, as near misses of the form.
    formed: Vec<Hit<What>>,
}

/// A suspect window of `text.word_typo` found by the first walk, waiting for the count of
/// its spelling: the field's number in walk order, its byte range and the word the
/// lexicon suggests. In one list for the report, not one list per field, which would hold
/// a list head for every paragraph of a report of a million.
#[derive(Clone, Copy)]
struct Pending {
    field: usize,
    start: usize,
    end: usize,
    word: u32,
}

pub(crate) fn check(report: &Report, walked: &Walked<'_>, options: &Options, sink: &mut Sink<'_>) {
    // The scan emits only this family's rules (each finding through `report_span`, or
    // `WORD_TYPO`'s own), so it is skipped when each of them is allowed.
    if RULES.iter().all(|rule| sink.allowed(rule)) {
        return;
    }
    let year = report.meta.year.get();
    let dict = &*DICTIONARY;
    // The lexicon is built on the first validation that runs `text.word_typo` or
    // `text.formulation_variant` (whose near misses found through a lexicon correction, 风险评古
    // for 风险评估, it reports), then shared.
    let lexicon =
        (!sink.allowed(&WORD_TYPO) || !sink.allowed(&FORMULATION_VARIANT)).then(|| &*LEXICON);
    let mut scratch = Scratch {
        marks: MarkHits::with_cap(options.findings_per_rule_cap()),
        ..Scratch::default()
    };
    // A suspect window that stands twice or more in the report is a term the lexicon lacks
    // (述法, 护水), not a slip of the keyboard: typos are one-off.
    // The scan runs once per field; its hits wait here, by field, for the count to be known.
    // Spellings are counted borrowed from the report's own texts: nothing is copied.
    let mut found: Vec<Pending> = Vec::new();
    let mut seen: std::collections::HashMap<&str, u32> = std::collections::HashMap::new();
    if let Some(lexicon) = lexicon {
        let mut field = 0usize;
        let mut hits = Vec::new();
        walked.each_field(|path, leaf| {
            if let Leaf::Text(text) = leaf {
                hits.clear();
                // A person's or a party's name is no word (张正民 is no misspelt 改正).
                if !path.is_proper_name() {
                    lexicon.scan(text, &mut hits);
                }
                for w in &hits {
                    *seen.entry(&text[w.start..w.end]).or_insert(0) += 1;
                    found.push(Pending {
                        field,
                        start: w.start,
                        end: w.end,
                        word: w.what,
                    });
                }
                field += 1;
            }
        });
    }
    let (mut field, mut next) = (0usize, 0usize);
    walked.each_field(|pointer, leaf| {
        if let Leaf::Text(text) = leaf {
            let from = next;
            while found.get(next).is_some_and(|p| p.field == field) {
                next += 1;
            }
            field += 1;
            let words = lexicon.is_some().then(|| &found[from..next]);
            check_field(
                dict,
                lexicon,
                words,
                &seen,
                year,
                pointer,
                text,
                &mut scratch,
                sink,
            );
        }
    });
}

/// One field, read once: the dictionary scan hands the characters the punctuation checks
/// watch to them as it passes. Offsets are bytes until a finding is emitted.
#[allow(clippy::too_many_arguments)]
fn check_field(
    dict: &Dictionary,
    lexicon: Option<&Lexicon>,
    words: Option<&[Pending]>,
    seen: &std::collections::HashMap<&str, u32>,
    year: u16,
    pointer: Path<'_>,
    text: &str,
    s: &mut Scratch,
    sink: &mut Sink<'_>,
) {
    s.exact.clear();
    s.lexical.clear();
    s.kept.clear();
    s.marks.clear();
    s.state.clear();
    s.words.clear();
    s.formed.clear();
    let (state, marks) = (&mut s.state, &mut s.marks);
    dict.scan_str(text, year, &mut s.exact, &mut s.lexical, &mut |i, c| {
        state.watch(text, i, c, marks);
    });
    s.state.finish(text, pointer.is_heading(), &mut s.marks);
    for (open, close) in s.state.quoted() {
        dict.quoted(text, open, close, &mut s.lexical);
    }
    // A form with the character after its first (or before its last) dropped, where the
    // first (last) character of the window makes a word with the text outside, is two
    // words of ordinary prose (执行规范性文件 holds 行规范性文件, which is 行政规范性文件 less 政:
    // 执行 is a word). A short form less a character is judged at both ends (普法宣传教育 holds
    // 法宣传教育, 法治宣传教育 less 治: 普法 is a word; 推进法治政建设 is 法治政府建设 less 府).
    // Without the lexicon, such hits of short forms are dropped.
    if lexicon.is_none() {
        s.lexical.retain(|h| {
            !matches!(h.what, What::NearMiss { entry, edit: Edit::Dropped { .. } }
                if dict.chars(entry).len() < MIN_DELETION_ALONE)
        });
    }
    if let Some(l) = lexicon {
        s.lexical.retain(|h| match h.what {
            What::NearMiss {
                entry,
                edit: Edit::Dropped { at },
            } => {
                let n = dict.chars(entry).len();
                let cut = ((at == 1 || n < MIN_DELETION_ALONE)
                    && l.edge_joins_outside(text, h.start, h.end, true))
                    || ((at + 2 == n || n < MIN_DELETION_ALONE)
                        && l.edge_joins_outside(text, h.start, h.end, false));
                !cut
            }
            _ => true,
        });
    }
    // A substitution by sound or look at the edge of a short form counts where the quotes
    // mark the form or where the character belongs to no other word of the lexicon (义法治国
    // in 社会主义法治国家 is no 依法治国: 主义 is a word; 依法执教 is no 依法执政: 执教 is one; 以案释发
    // in 开展以案释发活动 is 以案释法).
    let state = &s.state;
    s.lexical.retain(|h| match h.what {
        What::NearMiss {
            edit: Edit::Substituted { at, edge: true, .. },
            ..
        } => {
            state
                .quoted()
                .any(|(open, close)| open == h.start && close == h.end)
                || lexicon.is_some_and(|l| !l.edge_in_a_word(text, h.start, h.end, at == 0))
        }
        _ => true,
    });
    if !s.lexical.is_empty() {
        dict.resolve(text, &s.exact, &mut s.lexical, &mut s.kept);
    }

    if let (Some(lexicon), Some(words)) = (lexicon, words) {
        s.words.extend(words.iter().map(|p| Hit {
            start: p.start,
            end: p.end,
            what: p.word,
        }));
        if !s.words.is_empty() {
            let (exact, kept, state) = (&s.exact, &s.kept, &s.state);
            // Titles in 书名号 are names (of laws, documents, books): the dictionary's
            // business, not the lexicon's (行政夏议法 holds 议法, which sounds like 依法).
            // So are short coined terms in quotation marks (“一证式”管理, “应审必审”): slogans the
            // lexicon of ordinary words does not know, and the dictionary checks.
            let in_title = |w: &Hit<u32>| {
                state.quoted().any(|(open, close)| {
                    let inside = open <= w.start && w.end <= close;
                    inside
                        && (text[..open].ends_with('《')
                            || (text[..open].ends_with('“')
                                && text[open..close].chars().count() <= MAX_COINED_TERM))
                })
            };
            s.words.retain(|w| {
                !in_title(w)
                    && !exact.iter().any(|e| e.start < w.end && w.start < e.end)
                    && !kept.iter().any(|k| k.start < w.end && w.start < k.end)
                    && seen.get(&text[w.start..w.end]).is_none_or(|&n| n < 2)
                    // Nor one that stands twice in the paragraph, once where the lexicon
                    // let it pass (审必 of 应审必审, a parallel phrase, repeated in 审必到位).
                    && text.matches(&text[w.start..w.end]).nth(1).is_none()
            });
            // A correction that makes a canonical form appear is a misspelt formulation:
            // reported by `text.formulation_variant`, with the form and the dictionary's
            // diagnosis, and never also as an ordinary word (the word rule yields to the
            // formulation rule at its span). The lexicon runs for it even when
            // `text.word_typo` is allowed, so allowing either rule leaves the other's
            // findings as they are.
            let mut k = 0;
            while k < s.words.len() {
                let w = s.words[k];
                match dict.corrected_form(text, w.start, w.end, lexicon.word(w.what), year) {
                    Some(hit) => {
                        s.words.remove(k);
                        if !s
                            .kept
                            .iter()
                            .chain(&s.formed)
                            .any(|o| o.start < hit.end && hit.start < o.end)
                        {
                            s.formed.push(hit);
                        }
                    }
                    None => k += 1,
                }
            }
        }
    }
    if s.kept.is_empty() && s.marks.is_empty() && s.words.is_empty() && s.formed.is_empty() {
        return;
    }
    let pointer = pointer.pointer();
    let pointer = &pointer;
    s.kept.sort_by_key(|h| (h.start, h.end));
    let (marks, overflow) = s.marks.finish();
    for hit in &s.kept {
        emit_lexical(dict, year, pointer, text, hit, None, sink);
    }
    for hit in &s.formed {
        emit_lexical(dict, year, pointer, text, hit, None, sink);
    }
    if let Some(lexicon) = lexicon.filter(|_| !sink.allowed(&WORD_TYPO)) {
        for hit in &s.words {
            let found = &text[hit.start..hit.end];
            let word = lexicon.word(hit.what);
            sink.report(&WORD_TYPO, pointer)
                .span(span(text, hit.start, hit.end, Some(word.to_owned())))
                .emit(
                    format!("“{found}”疑为“{word}”的误写"),
                    format!("“{found}” looks like a misspelling of “{word}”"),
                );
        }
    }
    for hit in marks {
        emit_mark(pointer, text, hit.start, hit.end, hit.what, sink);
    }
    for &(rule, n) in overflow {
        sink.drop_beyond_cap(rule, n);
    }
}

/// The span at bytes `start..end` of `text`, with char offsets, as findings carry it.
fn span(text: &str, start: usize, end: usize, suggestion: Option<String>) -> TextSpan {
    let found = &text[start..end];
    let start = text[..start].chars().count();
    TextSpan {
        start,
        end: start + found.chars().count(),
        found: found.to_owned(),
        suggestion,
    }
}

fn emit_lexical(
    dict: &Dictionary,
    year: u16,
    pointer: &PointerBuf,
    text: &str,
    hit: &Hit<What>,
    as_rule: Option<&'static Rule>,
    sink: &mut Sink<'_>,
) {
    let found = &text[hit.start..hit.end];
    let (rule, suggestion, zh, en): (&'static Rule, String, String, String) = match hit.what {
        What::NearMiss { entry, edit } => {
            let e = &dict.entries[entry];
            let canonical = e.text.clone();
            let c = dict.chars(entry);
            let (why_zh, why_en) = match edit {
                Edit::Substituted { at, mechanism, .. } => {
                    let wrong = found.chars().nth(at).unwrap_or_default();
                    if mechanism.is_empty() {
                        // A long title in 书名号 with any one character replaced.
                        (
                            format!("“{wrong}”应为“{}”", c[at]),
                            format!("{wrong} for {}", c[at]),
                        )
                    } else {
                        (
                            format!("“{wrong}”应为“{}”，{mechanism}误写", c[at]),
                            format!("{wrong} for {} ({})", c[at], mechanism_en(mechanism)),
                        )
                    }
                }
                Edit::Inserted { at } => {
                    let extra = found.chars().nth(at).unwrap_or_default();
                    (format!("多了“{extra}”字"), format!("an extra {extra}"))
                }
                Edit::Dropped { at } => (
                    format!("漏了“{}”字", c[at]),
                    format!("{} is missing", c[at]),
                ),
            };
            (
                &FORMULATION_VARIANT,
                canonical.clone(),
                format!(
                    "“{found}”疑为{}“{canonical}”的误写（{why_zh}）",
                    kind_zh(e.kind)
                ),
                format!(
                    "“{found}” looks like a misspelling of the {} “{canonical}” ({why_en})",
                    kind_en(e.kind)
                ),
            )
        }
        What::Pattern(p) => {
            let pattern = &dict.patterns[p];
            let replacement = pattern.replacement.clone();
            match pattern.rule {
                PatternRule::Wrong { entry } => (
                    &FORMULATION_VARIANT,
                    replacement.clone(),
                    format!(
                        "“{found}”是{}“{replacement}”的常见错误写法",
                        kind_zh(dict.entries[entry].kind)
                    ),
                    format!(
                        "“{found}” is a known misspelling of the {} “{replacement}”",
                        kind_en(dict.entries[entry].kind)
                    ),
                ),
                PatternRule::Transposed { entry, at } => {
                    let c = dict.chars(entry);
                    let (a, b) = (c[at], c[at + 1]);
                    (
                        &FORMULATION_VARIANT,
                        replacement.clone(),
                        format!(
                            "“{found}”疑为{}“{replacement}”的误写（“{a}{b}”写反了）",
                            kind_zh(dict.entries[entry].kind)
                        ),
                        format!(
                            "“{found}” looks like a misspelling of the {} “{replacement}” ({a}{b} swapped)",
                            kind_en(dict.entries[entry].kind)
                        ),
                    )
                }
                PatternRule::Blend { head, tail } => {
                    let (a, b) = (&dict.entries[head].text, &dict.entries[tail].text);
                    (
                        &DOCUMENT_NAME_BLEND,
                        replacement.clone(),
                        format!(
                            "“{found}”混用了“{a}”和“{b}”两个文书名称，应按实际使用的文书写作“{b}”或“{a}”"
                        ),
                        format!(
                            "“{found}” blends the document names “{a}” and “{b}”; write one of them"
                        ),
                    )
                }
                PatternRule::Outdated => {
                    let (when_zh, when_en) = match pattern.from_year {
                        Some(from) => (
                            format!("{from}年度以后的报告（本报告为{year}年度）"),
                            format!("a report for {from} or later (this one is for {year})"),
                        ),
                        None => ("报告".to_owned(), "a report".to_owned()),
                    };
                    (
                        &OUTDATED_FORMULATION,
                        replacement.clone(),
                        format!("“{found}”是过时的提法，{when_zh}应写作“{replacement}”"),
                        format!("“{found}” is outdated; {when_en} should read “{replacement}”"),
                    )
                }
                PatternRule::Shortened => (
                    &SHORTENED_DAY_NAME,
                    replacement.clone(),
                    format!("“{found}”是简称，法定名称为“{replacement}”"),
                    format!("“{found}” is shortened; the statutory name is “{replacement}”"),
                ),
            }
        }
        What::Order { entry } => {
            let canonical = dict.entries[entry].text.clone();
            (
                &FORMULATION_ORDER,
                canonical.clone(),
                format!("“{found}”的顺序有误，固定表述为“{canonical}”"),
                format!("“{found}” is in the wrong order; the fixed form is “{canonical}”"),
            )
        }
        What::Collocation { entry, verb_len } => {
            let verb = dict.verb(entry).unwrap_or_default();
            let (wrong, rest) = found.split_at(verb_len.min(found.len()));
            let phrase = &dict.entries[entry].text;
            (
                &WRONG_COLLOCATION,
                format!("{verb}{rest}"),
                format!("“{phrase}”的固定搭配是“{verb}”，不用“{wrong}”：应为“{verb}{rest}”"),
                format!("“{phrase}” goes with {verb}, not {wrong}"),
            )
        }
    };
    let rule = as_rule.unwrap_or(rule);
    // Past the rule's cap, the span (which counts the characters before it) is not built.
    if sink.full(rule) {
        return;
    }
    sink.report(rule, pointer)
        .span(span(text, hit.start, hit.end, Some(suggestion)))
        .emit(zh, en);
}

fn mechanism_en(mechanism: &str) -> &'static str {
    match mechanism {
        "形近" => "similar glyph",
        "五笔" => "neighbouring 五笔 code",
        "同音" => "same sound",
        "数字" => "another numeral",
        _ => "easily confused",
    }
}

fn emit_mark(
    pointer: &PointerBuf,
    text: &str,
    start: usize,
    end: usize,
    mark: Mark,
    sink: &mut Sink<'_>,
) {
    let found = &text[start..end];
    let rule = mark.rule();
    let (suggestion, zh, en): (Option<String>, String, String) = match mark {
        Mark::Unclosed => (
            None,
            format!("“{found}”没有对应的后半个符号"),
            format!("“{found}” is never closed"),
        ),
        Mark::Unopened => (
            None,
            format!("“{found}”没有对应的前半个符号"),
            format!("“{found}” closes nothing"),
        ),
        Mark::EventDate { month, day } => {
            let fixed = format!("{month}·{day}");
            (
                Some(fixed.clone()),
                format!("事件名称中的月日应用间隔号：“{found}”应为“{fixed}”"),
                format!("write the event date “{found}” with the middle dot: “{fixed}”"),
            )
        }
        Mark::CommaBetweenTitles => (
            Some(String::new()),
            "书名号之间的并列成分通常不用顿号，应写作“》《”".to_owned(),
            "no enumeration comma between titles in 书名号".to_owned(),
        ),
        Mark::HeadingFullStop => (
            Some(String::new()),
            "标题末尾不用句号".to_owned(),
            "a heading takes no full stop".to_owned(),
        ),
        Mark::YearRange { from, to, between } => {
            let fixed = format!("{from}—{to}");
            match between {
                None => (
                    Some(fixed.clone()),
                    format!("年份起止之间缺少连接号：“{found}”应为“{fixed}”"),
                    format!("the year range “{found}” lost its dash: “{fixed}”"),
                ),
                Some(_) => (
                    Some(fixed.clone()),
                    format!("标示年份起止应使用一字线“—”：“{found}”应为“{fixed}”"),
                    format!("join the years of a period with the dash “—”: “{found}” is “{fixed}”"),
                ),
            }
        }
    };
    // Past the rule's cap, the span (which counts the characters before it) is not built.
    if sink.full(rule) {
        return;
    }
    sink.report(rule, pointer)
        .span(span(text, start, end, suggestion))
        .emit(zh, en);
}
