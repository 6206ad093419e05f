//! Properties of the import (导入的性质): never a panic, and what it returns parses.

use fazhi_report::Report;
use fazhi_report::import::{self, ImportError, facts};
use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn import_of_any_string_never_panics(s in any::<String>()) {
        if let Ok(imported) = import::import_text(&s) {
            let json = imported.report.to_json().expect("serialises");
            prop_assert_eq!(Report::from_json_str(&json).expect("parses"), imported.report);
        }
    }

    #[test]
    fn import_of_report_like_text_never_panics(
        parts in proptest::collection::vec("(一、|二、|三、|（一）|一是|[0-9]{1,5}(余|多)?(万|亿)?(元|人次|件|处|%)|[0-9]{1,2}月[0-9]{1,2}日|第[0-9]{1,3}次常务会议|、|等共计|。|，|\n|2023年|[法治政府建设举措成效不足问题安排第一责任人隐患整改])", 0..80)
    ) {
        let s: String = parts.concat();
        match import::import_text(&s) {
            Ok(imported) => {
                let json = imported.report.to_json().expect("serialises");
                prop_assert!(Report::from_json_str(&json).is_ok());
                let chars: Vec<char> = imported.text.chars().collect();
                for f in &imported.facts {
                    let text: String = chars[f.fact.span.clone()].iter().collect();
                    prop_assert_eq!(text, f.fact.text.clone());
                }
                // Every heading and paragraph the sources name is in the report, at its
                // pointer, with the text of its span: nothing kept in the log only.
                let v: serde_json::Value = serde_json::from_str(&json).expect("JSON");
                for src in &imported.sources {
                    let text: String = chars[src.span.clone()].iter().collect();
                    prop_assert_eq!(
                        v.pointer(&src.pointer).and_then(serde_json::Value::as_str),
                        Some(text.as_str()),
                        "{}", src.pointer
                    );
                }
            }
            // A text that looks like a report is imported or refused for a reason of the
            // text (no year), never because the import built a report the parser refuses.
            Err(e) => prop_assert!(!matches!(e, ImportError::Parse(_)), "{e}"),
        }
    }

    #[test]
    fn import_of_relations_and_numerals_never_panics(
        parts in proptest::collection::vec("(（一）|\n|其中|占比|占|同比|较上年|比上年|是上年的|增长|增加|下降|减少|由|压缩至|提高到|力争|不低于|的目标|按类型分：|其他|其余|[0-9]{1,4}(\\.[0-9])?(件|%|倍|个工作日|人)|[0-9]{1,2}(—|至|:)[0-9]{1,2}(个工作日|件)?|[〇零一二两三四五六七八九十百千万亿]{1,6}(年|月|日|件|次|项|个|比|是|、)?|第[一二三四五六七八九十]{1,4}次常务会议|两个维护|一网通办|、|，|。|；)", 0..60)
    ) {
        let body: String = parts.concat();
        let s = format!("某局2024年法治政府建设年度报告\n一、主要举措和成效\n（一）工作\n{body}\n");
        if let Ok(imported) = import::import_text(&s) {
            let json = imported.report.to_json().expect("serialises");
            prop_assert!(Report::from_json_str(&json).is_ok());
            let chars: Vec<char> = imported.text.chars().collect();
            for f in &imported.facts {
                let text: String = chars[f.fact.span.clone()].iter().collect();
                prop_assert_eq!(text, f.fact.text.clone());
            }
            // Validation of whatever relations were read never panics either.
            let _ = imported.report.validate();
        }
    }

    #[test]
    fn fact_spans_are_their_text(s in "(\\PC|[〇一二两三四五六七八九十百千万]){0,200}") {
        let x = facts::extract(&s, fazhi_report::Year::new(2023));
        let chars: Vec<char> = s.chars().collect();
        for f in x.facts {
            let text: String = chars[f.span.clone()].iter().collect();
            prop_assert_eq!(text, f.text);
        }
        for r in x.unread {
            prop_assert!(r.end <= chars.len());
        }
    }
}
