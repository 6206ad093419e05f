//! Constructors and `with_*` setters for the structs and fields of schema 2.0 (构造函数),
//! in the style of `builders.rs`.

use time::Date;

use super::*;

setters! {
    FactRef {
        /// Sets `field`: JSON Pointer (RFC 6901) of a typed figure, relative to the subsection that holds the relation, e.g. `/reconsideration/received` or `/accidents/0/deaths`.
        fn with_field(field) into String;
        /// Sets `indicator`: key of an indicator of the same subsection.
        fn with_indicator(indicator) into String;
    }
}

impl BreakdownMember {
    /// A [`BreakdownMember`] with its required fields (`label`); every optional field empty.
    #[must_use]
    pub fn new(label: impl Into<String>) -> BreakdownMember {
        BreakdownMember {
            label: label.into(),
            value: None,
            fact: None,
            share: None,
            other: false,
        }
    }
}

setters! {
    BreakdownMember {
        /// Sets `value`: the member's figure, when it has no typed field of its own.
        fn with_value(value) some Quantity;
        /// Sets `fact`: the member's figure as a typed field or indicator (e.g. `/reconsideration/outcomes/corrected`).
        fn with_fact(fact) some FactRef;
        /// Sets `share`: the member's share of the whole as printed (占比, in %), if printed.
        fn with_share(share) some Quantity;
        /// Sets `other`: whether this is the remainder member (其他/其余).
        fn with_other(other) set bool;
    }
}

impl Breakdown {
    /// A [`Breakdown`] with its required fields (`of`, `axis`, `members`); every optional field empty.
    #[must_use]
    pub fn new(
        of: FactRef,
        axis: impl Into<String>,
        members: impl IntoIterator<Item = BreakdownMember>,
    ) -> Breakdown {
        Breakdown {
            of,
            axis: axis.into(),
            completeness: Default::default(),
            members: members.into_iter().collect(),
        }
    }
}

setters! {
    Breakdown {
        /// Sets `completeness`: complete or partial (其中).
        fn with_completeness(completeness) set Completeness;
    }
}

setters! {
    Period {
        /// Sets `kind`: what kind of period.
        fn with_kind(kind) set PeriodKind;
        /// Sets `year`: the year, when it is not the report year (2022 for "2022年为M件").
        fn with_year(year) some Year;
        /// Sets `end`: the last day covered by a partial period (截至11月底 → the 30 November).
        fn with_end(end) some Date;
        /// Sets `text`: the words as printed (截至11月底, 全年预计, 今年以来).
        fn with_text(text) into String;
    }
}

impl FactPeriod {
    /// A [`FactPeriod`] with its required fields (`of`, `period`); every optional field empty.
    #[must_use]
    pub fn new(of: FactRef, period: Period) -> FactPeriod {
        FactPeriod { of, period }
    }
}

impl Comparison {
    /// A [`Comparison`] with its required fields (`of`); every optional field empty.
    #[must_use]
    pub fn new(of: FactRef) -> Comparison {
        Comparison {
            of,
            base: None,
            previous: None,
            direction: None,
            change: None,
            growth_rate: None,
            multiple: None,
            multiple_reading: None,
        }
    }
}

setters! {
    Comparison {
        /// Sets `base`: the base period; the previous year when absent (同比).
        fn with_base(base) some Period;
        /// Sets `previous`: the base period's value, as printed (2022年为M件).
        fn with_previous(previous) some Quantity;
        /// Sets `direction`: direction of the change (增加/减少, 增长/下降).
        fn with_direction(direction) some Trend;
        /// Sets `change`: the change as a magnitude (同比增加N件, 减少N起); its sign is `direction`.
        fn with_change(change) some Quantity;
        /// Sets `growth_rate`: the growth rate as a magnitude, in % (同比增长x%, 下降y%); its sign is `direction`.
        fn with_growth_rate(growth_rate) some Quantity;
        /// Sets `multiple`: a printed multiple (增长近3倍, 是上年的3倍), unit `倍`.
        fn with_multiple(multiple) some Quantity;
        /// Sets `multiple_reading`: how the multiple is to be read.
        fn with_multiple_reading(multiple_reading) some MultipleReading;
    }
}

impl Range {
    /// A [`Range`] with its required fields (`low`, `high`); every optional field empty.
    #[must_use]
    pub fn new(low: Quantity, high: Quantity) -> Range {
        Range { low, high }
    }
}

impl Ratio {
    /// A [`Ratio`] with its required fields (`antecedent`, `consequent`); every optional field empty.
    #[must_use]
    pub fn new(antecedent: Decimal, consequent: Decimal) -> Ratio {
        Ratio {
            antecedent,
            consequent,
        }
    }
}

impl Target {
    /// A [`Target`] with its required fields (`comparator`); every optional field empty.
    #[must_use]
    pub fn new(comparator: Comparator) -> Target {
        Target {
            comparator,
            value: None,
            ratio: None,
            actual: None,
            actual_fact: None,
        }
    }
}

setters! {
    Target {
        /// Sets `value`: the threshold as a figure (90 % in 不低于90%).
        fn with_value(value) some Quantity;
        /// Sets `ratio`: the threshold as a ratio (1:1 in 不低于1:1).
        fn with_ratio(ratio) some Ratio;
        /// Sets `actual`: the actual figure, when printed beside the target (实际完成).
        fn with_actual(actual) some Quantity;
        /// Sets `actual_fact`: the actual figure as another fact of the subsection.
        fn with_actual_fact(actual_fact) some FactRef;
    }
}

impl BeforeAfter {
    /// A [`BeforeAfter`] with its required fields (`before`, `after`); every optional field empty.
    #[must_use]
    pub fn new(before: Quantity, after: Quantity) -> BeforeAfter {
        BeforeAfter {
            before,
            after,
            change: None,
        }
    }
}

setters! {
    BeforeAfter {
        /// Sets `change`: what the text says happened.
        fn with_change(change) some Change;
    }
}

impl Figure {
    /// A [`Figure`] with its required fields (`label`); every optional field empty.
    #[must_use]
    pub fn new(label: impl Into<String>) -> Figure {
        Figure {
            key: None,
            label: label.into(),
            range: None,
            ratio: None,
            target: None,
            before_after: None,
            period: None,
        }
    }
}

setters! {
    Figure {
        /// Sets `key`: identifier for references from relations of the same subsection (snake_case).
        fn with_key(key) into String;
        /// Sets `range`: a range (5—10个工作日).
        fn with_range(range) some Range;
        /// Sets `ratio`: a ratio (1.2:1).
        fn with_ratio(ratio) some Ratio;
        /// Sets `target`: a target or threshold (不低于90%).
        fn with_target(target) some Target;
        /// Sets `before_after`: a before/after pair (由15个工作日压缩至5个工作日).
        fn with_before_after(before_after) some BeforeAfter;
        /// Sets `period`: its period, when it is not the report year.
        fn with_period(period) some Period;
    }
}

impl ApprovalItem {
    /// A [`ApprovalItem`] with its required fields (`name`); every optional field empty.
    #[must_use]
    pub fn new(name: impl Into<String>) -> ApprovalItem {
        ApprovalItem {
            name: name.into(),
            handled: None,
            handled_online: None,
            statutory_time: None,
            committed_time: None,
            committed_range: None,
            time_reduction: None,
            materials_reduction: None,
            average_time: None,
        }
    }
}

setters! {
    ApprovalItem {
        /// Sets `handled`: applications handled (办件量/办理), in 件.
        fn with_handled(handled) some Quantity;
        /// Sets `handled_online`: of which handled online (网上办理/全程网办).
        fn with_handled_online(handled_online) some Quantity;
        /// Sets `statutory_time`: the statutory time limit (法定时限).
        fn with_statutory_time(statutory_time) some Quantity;
        /// Sets `committed_time`: the committed time limit (承诺时限), when stated as one figure.
        fn with_committed_time(committed_time) some Quantity;
        /// Sets `committed_range`: the committed time limit as a range (5—10个工作日).
        fn with_committed_range(committed_range) some Range;
        /// Sets `time_reduction`: the time limit before and after a reform (由15个工作日压缩至5个工作日).
        fn with_time_reduction(time_reduction) some BeforeAfter;
        /// Sets `materials_reduction`: application materials before and after (申请材料由8份精简至4份).
        fn with_materials_reduction(materials_reduction) some BeforeAfter;
        /// Sets `average_time`: average actual processing time (平均办理时间/实际办理时间).
        fn with_average_time(average_time) some Quantity;
    }
}

setters! {
    GovernmentServices {
        /// Sets `catalogue_items`: items in the organisation's catalogue (政务服务事项), in 项.
        fn with_catalogue_items(catalogue_items) some Quantity;
        /// Sets `licensing_items`: of which administrative licences (行政许可事项, 行政许可法 第二条).
        fn with_licensing_items(licensing_items) some Quantity;
        /// Sets `handled`: applications handled in all (办件量).
        fn with_handled(handled) some Quantity;
        /// Sets `completed_on_time`: of which completed on time (按时办结).
        fn with_completed_on_time(completed_on_time) some Quantity;
        /// Sets `on_time_rate`: stated on-time rate (按时办结率), in %.
        fn with_on_time_rate(on_time_rate) some Quantity;
        /// Sets `online_rate`: stated online-service rate (网上可办率/全程网办率), in %.
        fn with_online_rate(online_rate) some Quantity;
        /// Sets `one_stop_scenarios`: "一件事一次办" scenarios offered (场景/个).
        fn with_one_stop_scenarios(one_stop_scenarios) some Quantity;
        /// Sets `cross_region_items`: items served across regions (跨省通办/跨区域通办事项).
        fn with_cross_region_items(cross_region_items) some Quantity;
        /// Sets `items`: the items one by one.
        fn with_items(items) list ApprovalItem;
    }
}

setters! {
    EnforcementCooperation {
        /// Sets `transferred_to_police`: suspected crimes transferred to the public security organs (移送公安机关).
        fn with_transferred_to_police(transferred_to_police) some Quantity;
        /// Sets `accepted_by_police`: of which accepted for criminal investigation (公安机关立案).
        fn with_accepted_by_police(accepted_by_police) some Quantity;
        /// Sets `received_from_others`: clues or cases received from other agencies (接收移送/线索).
        fn with_received_from_others(received_from_others) some Quantity;
        /// Sets `joint_actions`: joint enforcement actions (联合执法), in 次.
        fn with_joint_actions(joint_actions) some Quantity;
        /// Sets `joint_cases`: cases handled jointly (联合办案).
        fn with_joint_cases(joint_cases) some Quantity;
        /// Sets `licences_published`: licensing decisions published (行政许可信息公示), in 条.
        fn with_licences_published(licences_published) some Quantity;
        /// Sets `penalties_published`: penalty decisions published (行政处罚信息公示), in 条.
        fn with_penalties_published(penalties_published) some Quantity;
        /// Sets `publication_rate`: stated publication rate (公示率), in %.
        fn with_publication_rate(publication_rate) some Quantity;
        /// Sets `timely_rate`: stated timely-publication rate (7个工作日内公示率), in %.
        fn with_timely_rate(timely_rate) some Quantity;
    }
}

setters! {
    EnforcementSupervision {
        /// Sets `files_reviewed`: case files reviewed (评查行政执法案卷), in 卷 or 件.
        fn with_files_reviewed(files_reviewed) some Quantity;
        /// Sets `files_with_defects`: of which with defects (发现问题案卷).
        fn with_files_with_defects(files_with_defects) some Quantity;
        /// Sets `pass_rate`: stated pass rate of the review (案卷合格率/优良率), in %.
        fn with_pass_rate(pass_rate) some Quantity;
        /// Sets `problems_found`: problems found (发现问题), in 个/条/项.
        fn with_problems_found(problems_found) some Quantity;
        /// Sets `notices_issued`: supervision opinions or recommendations issued (行政执法监督意见书/建议书), in 份.
        fn with_notices_issued(notices_issued) some Quantity;
        /// Sets `complaints_received`: enforcement complaints received (执法投诉).
        fn with_complaints_received(complaints_received) some Quantity;
        /// Sets `complaints_handled`: of which handled (办结).
        fn with_complaints_handled(complaints_handled) some Quantity;
        /// Sets `bodies_confirmed`: enforcement bodies whose entity qualification was confirmed (执法主体资格确认), in 个.
        fn with_bodies_confirmed(bodies_confirmed) some Quantity;
    }
}

setters! {
    ServiceEvaluations {
        /// Sets `received`: evaluations received (收到评价), in 条 or 次.
        fn with_received(received) some Quantity;
        /// Sets `positive`: good evaluations (好评: 非常满意、满意、基本满意).
        fn with_positive(positive) some Quantity;
        /// Sets `negative`: bad evaluations (差评: 不满意、非常不满意).
        fn with_negative(negative) some Quantity;
        /// Sets `negative_verified`: bad evaluations verified by a return visit (差评核实).
        fn with_negative_verified(negative_verified) some Quantity;
        /// Sets `positive_rate`: stated rate of good evaluations (好评率), in %: 好评 ÷ 评价总数.
        fn with_positive_rate(positive_rate) some Quantity;
        /// Sets `negative_rectified`: bad evaluations verified and rectified (差评整改/回访).
        fn with_negative_rectified(negative_rectified) some Quantity;
        /// Sets `rectification_rate`: stated rectification rate of bad evaluations (差评整改率), in %.
        fn with_rectification_rate(rectification_rate) some Quantity;
    }
}

impl AccidentStatistics {
    /// A [`AccidentStatistics`] with its required fields (`kind`); every optional field empty.
    #[must_use]
    pub fn new(kind: impl Into<String>) -> AccidentStatistics {
        AccidentStatistics {
            kind: kind.into(),
            accidents: None,
            deaths: None,
            injuries: None,
            economic_loss: None,
            major_accidents: None,
        }
    }
}

setters! {
    AccidentStatistics {
        /// Sets `accidents`: accidents (事故起数), in 起.
        fn with_accidents(accidents) some Quantity;
        /// Sets `deaths`: deaths (死亡人数), in 人.
        fn with_deaths(deaths) some Quantity;
        /// Sets `injuries`: injuries (受伤人数), in 人.
        fn with_injuries(injuries) some Quantity;
        /// Sets `economic_loss`: direct economic loss (直接经济损失), in 万元.
        fn with_economic_loss(economic_loss) some Quantity;
        /// Sets `major_accidents`: accidents graded 较大 or above (较大及以上事故, 3 deaths or more).
        fn with_major_accidents(major_accidents) some Quantity;
    }
}

setters! {
    FilingReview {
        /// Sets `submitted`: documents submitted for filing (报送备案/接收报备), in 件.
        fn with_submitted(submitted) some Quantity;
        /// Sets `filed`: documents filed (予以备案/登记备案).
        fn with_filed(filed) some Quantity;
        /// Sets `reviewed`: documents reviewed (审查).
        fn with_reviewed(reviewed) some Quantity;
        /// Sets `faulty`: documents found faulty (发现问题/不合法、不适当).
        fn with_faulty(faulty) some Quantity;
        /// Sets `corrected`: documents corrected (纠正/责令纠正/建议修改).
        fn with_corrected(corrected) some Quantity;
        /// Sets `legality_reviews`: documents reviewed for legality before issue (合法性审核), in 件.
        fn with_legality_reviews(legality_reviews) some Quantity;
        /// Sets `opinions`: review opinions issued (审核意见/修改意见), in 条.
        fn with_opinions(opinions) some Quantity;
        /// Sets `filing_rate`: stated filing rate (报备率), in %.
        fn with_filing_rate(filing_rate) some Quantity;
        /// Sets `timely_rate`: stated timely filing rate (报备及时率), in %.
        fn with_timely_rate(timely_rate) some Quantity;
    }
}

setters! {
    Reconsideration {
        /// Sets `mediation_rate`: stated mediation rate (调解率), in %: cases closed by mediation or settlement (调解、和解) ÷ concluded cases (行政复议法 第五条 allows mediation).
        fn with_mediation_rate(mediation_rate) some Quantity;
        /// Sets `resolution_rate`: stated comprehensive resolution rate (综合化解率), in %: cases resolved in substance (纠错、调解和解、撤回申请后终止) ÷ concluded cases, as 司法部 reports it.
        fn with_resolution_rate(resolution_rate) some Quantity;
        /// Sets `litigation_ratio`: stated ratio of reconsideration to first-instance litigation cases (复议与诉讼案件比, 1.2:1), the measure of reconsideration as the main channel (主渠道).
        fn with_litigation_ratio(litigation_ratio) some Ratio;
    }
}

setters! {
    Litigation {
        /// Sets `withdrawal_rate`: stated rate of cases withdrawn or mediated (调撤率), in %: 调撤 ÷ 审结.
        fn with_withdrawal_rate(withdrawal_rate) some Quantity;
        /// Sets `appearances_by_level`: appearances by level of head (正职/副职) or of organisation (区级/镇街).
        fn with_appearances_by_level(appearances_by_level) list AppearanceByLevel;
    }
}

setters! {
    Petitions {
        /// Sets `mediation_rate`: stated mediation success rate (调解成功率/调解率), in %: 调解成功 ÷ 调解.
        fn with_mediation_rate(mediation_rate) some Quantity;
        /// Sets `disputes_found`: disputes investigated (排查矛盾纠纷), in 件 or 次.
        fn with_disputes_found(disputes_found) some Quantity;
    }
}

setters! {
    Enforcement {
        /// Sets `sector`: the sector the block reports, as printed (食品安全, 特种设备, 价格监管), when a subsection prints one block per sector (`Section::sector_enforcement`).
        fn with_sector(sector) into String;
    }
}

setters! {
    Meta {
        /// Sets `period`: the period the report's figures cover, when it is not the whole report year (数据期间): a report published in December with figures "截至11月底" states a partial period ending on the 30 November, so that its figures are not read as an incomplete year.
        fn with_period(period) some Period;
    }
}

setters! {
    Section {
        /// Sets `period`: the period of every figure of this subsection, when it is not the report year (截至11月底, 全年预计); a figure's own period in `periods` overrides it.
        fn with_period(period) some Period;
        /// Sets `figures`: figures printed as a range, ratio, target or before/after pair.
        fn with_figures(figures) list Figure;
        /// Sets `breakdowns`: breakdowns of this subsection's figures (分类), any number per figure.
        fn with_breakdowns(breakdowns) list Breakdown;
        /// Sets `comparisons`: comparisons of this subsection's figures with their base period (同比).
        fn with_comparisons(comparisons) list Comparison;
        /// Sets `periods`: periods of single figures that do not cover the report year.
        fn with_periods(periods) list FactPeriod;
        /// Sets `government_services`: government services and approvals by item (审批与政务服务).
        fn with_government_services(government_services) boxed GovernmentServices;
        /// Sets `evaluations`: service evaluations (好差评).
        fn with_evaluations(evaluations) boxed ServiceEvaluations;
        /// Sets `accidents`: accident statistics, one item per kind of accident (事故统计).
        fn with_accidents(accidents) list AccidentStatistics;
        /// Sets `sector_enforcement`: enforcement blocks by sector (分领域执法), one per sector, each naming it in `sector`.
        fn with_sector_enforcement(sector_enforcement) list Enforcement;
        /// Sets `cooperation`: enforcement cooperation and publicity (行刑衔接, 联合执法, 双公示).
        fn with_cooperation(cooperation) boxed EnforcementCooperation;
        /// Sets `supervision`: supervision of enforcement (行政执法监督).
        fn with_supervision(supervision) boxed EnforcementSupervision;
        /// Sets `filing_review`: filing review of normative documents (备案审查).
        fn with_filing_review(filing_review) boxed FilingReview;
        /// Sets `items`: third-level items inside the subsection ("1." items), whose own `items` are the fourth level ("（1）"); each has its heading, paragraphs, figures and blocks. Levels below the fourth are not part of the format (a rule reports them).
        fn with_items(items) list Section;
    }
}

impl AppearanceByLevel {
    /// A [`AppearanceByLevel`] with its required fields (`level`); every optional field empty.
    #[must_use]
    pub fn new(level: HeadLevel) -> AppearanceByLevel {
        AppearanceByLevel {
            level,
            scope: None,
            hearings: None,
            appearances: None,
            rate: None,
        }
    }
}

setters! {
    AppearanceByLevel {
        /// Sets `scope`: the scope as printed, for [`HeadLevel::Level`] (区政府部门, 镇街).
        fn with_scope(scope) into String;
        /// Sets `hearings`: hearings that required a head to appear, at this level (应出庭).
        fn with_hearings(hearings) some Quantity;
        /// Sets `appearances`: appearances (出庭应诉).
        fn with_appearances(appearances) some Quantity;
        /// Sets `rate`: stated appearance rate (出庭应诉率), in %.
        fn with_rate(rate) some Quantity;
    }
}
