//! Constructors and `with_*` setters for the structs and fields of schema 2.0 (构造函数),
//! in the style of `builders.rs`.

use time::Date;

use super::*;

impl FactRef {
    /// Sets `field`: jSON Pointer (RFC 6901) of a typed figure, relative to the subsection that holds the relation, e.g. `/reconsideration/received` or `/accidents/0/deaths`.
    #[must_use]
    pub fn with_field(mut self, field: impl Into<String>) -> Self {
        self.field = Some(field.into());
        self
    }

    /// Sets `indicator`: key of an indicator of the same subsection.
    #[must_use]
    pub fn with_indicator(mut self, indicator: impl Into<String>) -> Self {
        self.indicator = Some(indicator.into());
        self
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

    /// Sets `value`: the member's figure, when it has no typed field of its own.
    #[must_use]
    pub fn with_value(mut self, value: Quantity) -> Self {
        self.value = Some(value);
        self
    }

    /// Sets `fact`: the member's figure as a typed field or indicator (e.g. `/reconsideration/outcomes/corrected`).
    #[must_use]
    pub fn with_fact(mut self, fact: FactRef) -> Self {
        self.fact = Some(fact);
        self
    }

    /// Sets `share`: the member's share of the whole as printed (占比, in %), if printed.
    #[must_use]
    pub fn with_share(mut self, share: Quantity) -> Self {
        self.share = Some(share);
        self
    }

    /// Sets `other`: whether this is the remainder member (其他/其余).
    #[must_use]
    pub fn with_other(mut self, other: bool) -> Self {
        self.other = other;
        self
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

    /// Sets `completeness`: complete or partial (其中).
    #[must_use]
    pub fn with_completeness(mut self, completeness: Completeness) -> Self {
        self.completeness = completeness;
        self
    }
}

impl Period {
    /// Sets `kind`: what kind of period.
    #[must_use]
    pub fn with_kind(mut self, kind: PeriodKind) -> Self {
        self.kind = kind;
        self
    }

    /// Sets `year`: the year, when it is not the report year (2022 for "2022年为M件").
    #[must_use]
    pub fn with_year(mut self, year: Year) -> Self {
        self.year = Some(year);
        self
    }

    /// Sets `end`: the last day covered by a partial period (截至11月底 → the 30 November).
    #[must_use]
    pub fn with_end(mut self, end: Date) -> Self {
        self.end = Some(end);
        self
    }

    /// Sets `text`: the words as printed (截至11月底, 全年预计, 今年以来).
    #[must_use]
    pub fn with_text(mut self, text: impl Into<String>) -> Self {
        self.text = Some(text.into());
        self
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

    /// Sets `base`: the base period; the previous year when absent (同比).
    #[must_use]
    pub fn with_base(mut self, base: Period) -> Self {
        self.base = Some(base);
        self
    }

    /// Sets `previous`: the base period's value, as printed (2022年为M件).
    #[must_use]
    pub fn with_previous(mut self, previous: Quantity) -> Self {
        self.previous = Some(previous);
        self
    }

    /// Sets `direction`: direction of the change (增加/减少, 增长/下降).
    #[must_use]
    pub fn with_direction(mut self, direction: Trend) -> Self {
        self.direction = Some(direction);
        self
    }

    /// Sets `change`: the change as a magnitude (同比增加N件, 减少N起); its sign is `direction`.
    #[must_use]
    pub fn with_change(mut self, change: Quantity) -> Self {
        self.change = Some(change);
        self
    }

    /// Sets `growth_rate`: the growth rate as a magnitude, in % (同比增长x%, 下降y%); its sign is `direction`.
    #[must_use]
    pub fn with_growth_rate(mut self, growth_rate: Quantity) -> Self {
        self.growth_rate = Some(growth_rate);
        self
    }

    /// Sets `multiple`: a printed multiple (增长近3倍, 是上年的3倍), unit `倍`.
    #[must_use]
    pub fn with_multiple(mut self, multiple: Quantity) -> Self {
        self.multiple = Some(multiple);
        self
    }

    /// Sets `multiple_reading`: how the multiple is to be read.
    #[must_use]
    pub fn with_multiple_reading(mut self, multiple_reading: MultipleReading) -> Self {
        self.multiple_reading = Some(multiple_reading);
        self
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

    /// Sets `value`: the threshold as a figure (90 % in 不低于90%).
    #[must_use]
    pub fn with_value(mut self, value: Quantity) -> Self {
        self.value = Some(value);
        self
    }

    /// Sets `ratio`: the threshold as a ratio (1:1 in 不低于1:1).
    #[must_use]
    pub fn with_ratio(mut self, ratio: Ratio) -> Self {
        self.ratio = Some(ratio);
        self
    }

    /// Sets `actual`: the actual figure, when printed beside the target (实际完成).
    #[must_use]
    pub fn with_actual(mut self, actual: Quantity) -> Self {
        self.actual = Some(actual);
        self
    }

    /// Sets `actual_fact`: the actual figure as another fact of the subsection.
    #[must_use]
    pub fn with_actual_fact(mut self, actual_fact: FactRef) -> Self {
        self.actual_fact = Some(actual_fact);
        self
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

    /// Sets `change`: what the text says happened.
    #[must_use]
    pub fn with_change(mut self, change: Change) -> Self {
        self.change = Some(change);
        self
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

    /// Sets `key`: identifier for references from relations of the same subsection (snake_case).
    #[must_use]
    pub fn with_key(mut self, key: impl Into<String>) -> Self {
        self.key = Some(key.into());
        self
    }

    /// Sets `range`: a range (5—10个工作日).
    #[must_use]
    pub fn with_range(mut self, range: Range) -> Self {
        self.range = Some(range);
        self
    }

    /// Sets `ratio`: a ratio (1.2:1).
    #[must_use]
    pub fn with_ratio(mut self, ratio: Ratio) -> Self {
        self.ratio = Some(ratio);
        self
    }

    /// Sets `target`: a target or threshold (不低于90%).
    #[must_use]
    pub fn with_target(mut self, target: Target) -> Self {
        self.target = Some(target);
        self
    }

    /// Sets `before_after`: a before/after pair (由15个工作日压缩至5个工作日).
    #[must_use]
    pub fn with_before_after(mut self, before_after: BeforeAfter) -> Self {
        self.before_after = Some(before_after);
        self
    }

    /// Sets `period`: its period, when it is not the report year.
    #[must_use]
    pub fn with_period(mut self, period: Period) -> Self {
        self.period = Some(period);
        self
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

    /// Sets `handled`: applications handled (办件量/办理), in 件.
    #[must_use]
    pub fn with_handled(mut self, handled: Quantity) -> Self {
        self.handled = Some(handled);
        self
    }

    /// Sets `handled_online`: of which handled online (网上办理/全程网办).
    #[must_use]
    pub fn with_handled_online(mut self, handled_online: Quantity) -> Self {
        self.handled_online = Some(handled_online);
        self
    }

    /// Sets `statutory_time`: the statutory time limit (法定时限).
    #[must_use]
    pub fn with_statutory_time(mut self, statutory_time: Quantity) -> Self {
        self.statutory_time = Some(statutory_time);
        self
    }

    /// Sets `committed_time`: the committed time limit (承诺时限), when stated as one figure.
    #[must_use]
    pub fn with_committed_time(mut self, committed_time: Quantity) -> Self {
        self.committed_time = Some(committed_time);
        self
    }

    /// Sets `committed_range`: the committed time limit as a range (5—10个工作日).
    #[must_use]
    pub fn with_committed_range(mut self, committed_range: Range) -> Self {
        self.committed_range = Some(committed_range);
        self
    }

    /// Sets `time_reduction`: the time limit before and after a reform (由15个工作日压缩至5个工作日).
    #[must_use]
    pub fn with_time_reduction(mut self, time_reduction: BeforeAfter) -> Self {
        self.time_reduction = Some(time_reduction);
        self
    }

    /// Sets `materials_reduction`: application materials before and after (申请材料由8份精简至4份).
    #[must_use]
    pub fn with_materials_reduction(mut self, materials_reduction: BeforeAfter) -> Self {
        self.materials_reduction = Some(materials_reduction);
        self
    }

    /// Sets `average_time`: average actual processing time (平均办理时间/实际办理时间).
    #[must_use]
    pub fn with_average_time(mut self, average_time: Quantity) -> Self {
        self.average_time = Some(average_time);
        self
    }
}

impl GovernmentServices {
    /// Sets `catalogue_items`: items in the organisation's catalogue (政务服务事项), in 项.
    #[must_use]
    pub fn with_catalogue_items(mut self, catalogue_items: Quantity) -> Self {
        self.catalogue_items = Some(catalogue_items);
        self
    }

    /// Sets `licensing_items`: of which administrative licences (行政许可事项, 行政许可法 第二条).
    #[must_use]
    pub fn with_licensing_items(mut self, licensing_items: Quantity) -> Self {
        self.licensing_items = Some(licensing_items);
        self
    }

    /// Sets `handled`: applications handled in all (办件量).
    #[must_use]
    pub fn with_handled(mut self, handled: Quantity) -> Self {
        self.handled = Some(handled);
        self
    }

    /// Sets `completed_on_time`: of which completed on time (按时办结).
    #[must_use]
    pub fn with_completed_on_time(mut self, completed_on_time: Quantity) -> Self {
        self.completed_on_time = Some(completed_on_time);
        self
    }

    /// Sets `on_time_rate`: stated on-time rate (按时办结率), in %.
    #[must_use]
    pub fn with_on_time_rate(mut self, on_time_rate: Quantity) -> Self {
        self.on_time_rate = Some(on_time_rate);
        self
    }

    /// Sets `online_rate`: stated online-service rate (网上可办率/全程网办率), in %.
    #[must_use]
    pub fn with_online_rate(mut self, online_rate: Quantity) -> Self {
        self.online_rate = Some(online_rate);
        self
    }

    /// Sets `one_stop_scenarios`: "一件事一次办" scenarios offered (场景/个).
    #[must_use]
    pub fn with_one_stop_scenarios(mut self, one_stop_scenarios: Quantity) -> Self {
        self.one_stop_scenarios = Some(one_stop_scenarios);
        self
    }

    /// Sets `cross_region_items`: items served across regions (跨省通办/跨区域通办事项).
    #[must_use]
    pub fn with_cross_region_items(mut self, cross_region_items: Quantity) -> Self {
        self.cross_region_items = Some(cross_region_items);
        self
    }

    /// Sets `items`: the items one by one.
    #[must_use]
    pub fn with_items(mut self, items: impl IntoIterator<Item = ApprovalItem>) -> Self {
        self.items = items.into_iter().collect();
        self
    }
}

impl EnforcementCooperation {
    /// Sets `transferred_to_police`: suspected crimes transferred to the public security organs (移送公安机关).
    #[must_use]
    pub fn with_transferred_to_police(mut self, transferred_to_police: Quantity) -> Self {
        self.transferred_to_police = Some(transferred_to_police);
        self
    }

    /// Sets `accepted_by_police`: of which accepted for criminal investigation (公安机关立案).
    #[must_use]
    pub fn with_accepted_by_police(mut self, accepted_by_police: Quantity) -> Self {
        self.accepted_by_police = Some(accepted_by_police);
        self
    }

    /// Sets `received_from_others`: clues or cases received from other agencies (接收移送/线索).
    #[must_use]
    pub fn with_received_from_others(mut self, received_from_others: Quantity) -> Self {
        self.received_from_others = Some(received_from_others);
        self
    }

    /// Sets `joint_actions`: joint enforcement actions (联合执法), in 次.
    #[must_use]
    pub fn with_joint_actions(mut self, joint_actions: Quantity) -> Self {
        self.joint_actions = Some(joint_actions);
        self
    }

    /// Sets `joint_cases`: cases handled jointly (联合办案).
    #[must_use]
    pub fn with_joint_cases(mut self, joint_cases: Quantity) -> Self {
        self.joint_cases = Some(joint_cases);
        self
    }

    /// Sets `licences_published`: licensing decisions published (行政许可信息公示), in 条.
    #[must_use]
    pub fn with_licences_published(mut self, licences_published: Quantity) -> Self {
        self.licences_published = Some(licences_published);
        self
    }

    /// Sets `penalties_published`: penalty decisions published (行政处罚信息公示), in 条.
    #[must_use]
    pub fn with_penalties_published(mut self, penalties_published: Quantity) -> Self {
        self.penalties_published = Some(penalties_published);
        self
    }

    /// Sets `publication_rate`: stated publication rate (公示率), in %.
    #[must_use]
    pub fn with_publication_rate(mut self, publication_rate: Quantity) -> Self {
        self.publication_rate = Some(publication_rate);
        self
    }

    /// Sets `timely_rate`: stated timely-publication rate (7个工作日内公示率), in %.
    #[must_use]
    pub fn with_timely_rate(mut self, timely_rate: Quantity) -> Self {
        self.timely_rate = Some(timely_rate);
        self
    }
}

impl EnforcementSupervision {
    /// Sets `files_reviewed`: case files reviewed (评查行政执法案卷), in 卷 or 件.
    #[must_use]
    pub fn with_files_reviewed(mut self, files_reviewed: Quantity) -> Self {
        self.files_reviewed = Some(files_reviewed);
        self
    }

    /// Sets `files_with_defects`: of which with defects (发现问题案卷).
    #[must_use]
    pub fn with_files_with_defects(mut self, files_with_defects: Quantity) -> Self {
        self.files_with_defects = Some(files_with_defects);
        self
    }

    /// Sets `pass_rate`: stated pass rate of the review (案卷合格率/优良率), in %.
    #[must_use]
    pub fn with_pass_rate(mut self, pass_rate: Quantity) -> Self {
        self.pass_rate = Some(pass_rate);
        self
    }

    /// Sets `problems_found`: problems found (发现问题), in 个/条/项.
    #[must_use]
    pub fn with_problems_found(mut self, problems_found: Quantity) -> Self {
        self.problems_found = Some(problems_found);
        self
    }

    /// Sets `notices_issued`: supervision opinions or recommendations issued (行政执法监督意见书/建议书), in 份.
    #[must_use]
    pub fn with_notices_issued(mut self, notices_issued: Quantity) -> Self {
        self.notices_issued = Some(notices_issued);
        self
    }

    /// Sets `complaints_received`: enforcement complaints received (执法投诉).
    #[must_use]
    pub fn with_complaints_received(mut self, complaints_received: Quantity) -> Self {
        self.complaints_received = Some(complaints_received);
        self
    }

    /// Sets `complaints_handled`: of which handled (办结).
    #[must_use]
    pub fn with_complaints_handled(mut self, complaints_handled: Quantity) -> Self {
        self.complaints_handled = Some(complaints_handled);
        self
    }

    /// Sets `bodies_confirmed`: enforcement bodies whose entity qualification was confirmed (执法主体资格确认), in 个.
    #[must_use]
    pub fn with_bodies_confirmed(mut self, bodies_confirmed: Quantity) -> Self {
        self.bodies_confirmed = Some(bodies_confirmed);
        self
    }
}

impl ServiceEvaluations {
    /// Sets `received`: evaluations received (收到评价), in 条 or 次.
    #[must_use]
    pub fn with_received(mut self, received: Quantity) -> Self {
        self.received = Some(received);
        self
    }

    /// Sets `positive`: good evaluations (好评: 非常满意、满意、基本满意).
    #[must_use]
    pub fn with_positive(mut self, positive: Quantity) -> Self {
        self.positive = Some(positive);
        self
    }

    /// Sets `negative`: bad evaluations (差评: 不满意、非常不满意).
    #[must_use]
    pub fn with_negative(mut self, negative: Quantity) -> Self {
        self.negative = Some(negative);
        self
    }

    /// Sets `negative_verified`: bad evaluations verified by a return visit (差评核实).
    #[must_use]
    pub fn with_negative_verified(mut self, negative_verified: Quantity) -> Self {
        self.negative_verified = Some(negative_verified);
        self
    }

    /// Sets `positive_rate`: stated rate of good evaluations (好评率), in %: 好评 ÷ 评价总数.
    #[must_use]
    pub fn with_positive_rate(mut self, positive_rate: Quantity) -> Self {
        self.positive_rate = Some(positive_rate);
        self
    }

    /// Sets `negative_rectified`: bad evaluations verified and rectified (差评整改/回访).
    #[must_use]
    pub fn with_negative_rectified(mut self, negative_rectified: Quantity) -> Self {
        self.negative_rectified = Some(negative_rectified);
        self
    }

    /// Sets `rectification_rate`: stated rectification rate of bad evaluations (差评整改率), in %.
    #[must_use]
    pub fn with_rectification_rate(mut self, rectification_rate: Quantity) -> Self {
        self.rectification_rate = Some(rectification_rate);
        self
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

    /// Sets `accidents`: accidents (事故起数), in 起.
    #[must_use]
    pub fn with_accidents(mut self, accidents: Quantity) -> Self {
        self.accidents = Some(accidents);
        self
    }

    /// Sets `deaths`: deaths (死亡人数), in 人.
    #[must_use]
    pub fn with_deaths(mut self, deaths: Quantity) -> Self {
        self.deaths = Some(deaths);
        self
    }

    /// Sets `injuries`: injuries (受伤人数), in 人.
    #[must_use]
    pub fn with_injuries(mut self, injuries: Quantity) -> Self {
        self.injuries = Some(injuries);
        self
    }

    /// Sets `economic_loss`: direct economic loss (直接经济损失), in 万元.
    #[must_use]
    pub fn with_economic_loss(mut self, economic_loss: Quantity) -> Self {
        self.economic_loss = Some(economic_loss);
        self
    }

    /// Sets `major_accidents`: accidents graded 较大 or above (较大及以上事故, 3 deaths or more).
    #[must_use]
    pub fn with_major_accidents(mut self, major_accidents: Quantity) -> Self {
        self.major_accidents = Some(major_accidents);
        self
    }
}

impl FilingReview {
    /// Sets `submitted`: documents submitted for filing (报送备案/接收报备), in 件.
    #[must_use]
    pub fn with_submitted(mut self, submitted: Quantity) -> Self {
        self.submitted = Some(submitted);
        self
    }

    /// Sets `filed`: documents filed (予以备案/登记备案).
    #[must_use]
    pub fn with_filed(mut self, filed: Quantity) -> Self {
        self.filed = Some(filed);
        self
    }

    /// Sets `reviewed`: documents reviewed (审查).
    #[must_use]
    pub fn with_reviewed(mut self, reviewed: Quantity) -> Self {
        self.reviewed = Some(reviewed);
        self
    }

    /// Sets `faulty`: documents found faulty (发现问题/不合法、不适当).
    #[must_use]
    pub fn with_faulty(mut self, faulty: Quantity) -> Self {
        self.faulty = Some(faulty);
        self
    }

    /// Sets `corrected`: documents corrected (纠正/责令纠正/建议修改).
    #[must_use]
    pub fn with_corrected(mut self, corrected: Quantity) -> Self {
        self.corrected = Some(corrected);
        self
    }

    /// Sets `legality_reviews`: documents reviewed for legality before issue (合法性审核), in 件.
    #[must_use]
    pub fn with_legality_reviews(mut self, legality_reviews: Quantity) -> Self {
        self.legality_reviews = Some(legality_reviews);
        self
    }

    /// Sets `opinions`: review opinions issued (审核意见/修改意见), in 条.
    #[must_use]
    pub fn with_opinions(mut self, opinions: Quantity) -> Self {
        self.opinions = Some(opinions);
        self
    }

    /// Sets `filing_rate`: stated filing rate (报备率), in %.
    #[must_use]
    pub fn with_filing_rate(mut self, filing_rate: Quantity) -> Self {
        self.filing_rate = Some(filing_rate);
        self
    }

    /// Sets `timely_rate`: stated timely filing rate (报备及时率), in %.
    #[must_use]
    pub fn with_timely_rate(mut self, timely_rate: Quantity) -> Self {
        self.timely_rate = Some(timely_rate);
        self
    }
}

impl Reconsideration {
    /// Sets `mediation_rate`: stated mediation rate (调解率), in %: cases closed by mediation or settlement (调解、和解) ÷ concluded cases (行政复议法 第五条 allows mediation).
    #[must_use]
    pub fn with_mediation_rate(mut self, mediation_rate: Quantity) -> Self {
        self.mediation_rate = Some(mediation_rate);
        self
    }

    /// Sets `resolution_rate`: stated comprehensive resolution rate (综合化解率), in %: cases resolved in substance (纠错、调解和解、撤回申请后终止) ÷ concluded cases, as 司法部 reports it.
    #[must_use]
    pub fn with_resolution_rate(mut self, resolution_rate: Quantity) -> Self {
        self.resolution_rate = Some(resolution_rate);
        self
    }

    /// Sets `litigation_ratio`: stated ratio of reconsideration to first-instance litigation cases (复议与诉讼案件比, 1.2:1), the measure of reconsideration as the main channel (主渠道).
    #[must_use]
    pub fn with_litigation_ratio(mut self, litigation_ratio: Ratio) -> Self {
        self.litigation_ratio = Some(litigation_ratio);
        self
    }
}

impl Litigation {
    /// Sets `withdrawal_rate`: stated rate of cases withdrawn or mediated (调撤率), in %: 调撤 ÷ 审结.
    #[must_use]
    pub fn with_withdrawal_rate(mut self, withdrawal_rate: Quantity) -> Self {
        self.withdrawal_rate = Some(withdrawal_rate);
        self
    }

    /// Sets `appearances_by_level`: appearances by level of head (正职/副职) or of organisation (区级/镇街).
    #[must_use]
    pub fn with_appearances_by_level(
        mut self,
        appearances_by_level: impl IntoIterator<Item = AppearanceByLevel>,
    ) -> Self {
        self.appearances_by_level = appearances_by_level.into_iter().collect();
        self
    }
}

impl Petitions {
    /// Sets `mediation_rate`: stated mediation success rate (调解成功率/调解率), in %: 调解成功 ÷ 调解.
    #[must_use]
    pub fn with_mediation_rate(mut self, mediation_rate: Quantity) -> Self {
        self.mediation_rate = Some(mediation_rate);
        self
    }

    /// Sets `disputes_found`: disputes investigated (排查矛盾纠纷), in 件 or 次.
    #[must_use]
    pub fn with_disputes_found(mut self, disputes_found: Quantity) -> Self {
        self.disputes_found = Some(disputes_found);
        self
    }
}

impl Enforcement {
    /// Sets `sector`: the sector the block reports, as printed (食品安全, 特种设备, 价格监管), when a subsection prints one block per sector (`Section::sector_enforcement`).
    #[must_use]
    pub fn with_sector(mut self, sector: impl Into<String>) -> Self {
        self.sector = Some(sector.into());
        self
    }
}

impl Meta {
    /// Sets `period`: the period the report's figures cover, when it is not the whole report year (数据期间): a report published in December with figures "截至11月底" states a partial period ending on the 30 November, so that its figures are not read as an incomplete year.
    #[must_use]
    pub fn with_period(mut self, period: Period) -> Self {
        self.period = Some(period);
        self
    }
}

impl Section {
    /// Sets `period`: the period of every figure of this subsection, when it is not the report year (截至11月底, 全年预计); a figure's own period in `periods` overrides it.
    #[must_use]
    pub fn with_period(mut self, period: Period) -> Self {
        self.period = Some(period);
        self
    }

    /// Sets `figures`: figures printed as a range, ratio, target or before/after pair.
    #[must_use]
    pub fn with_figures(mut self, figures: impl IntoIterator<Item = Figure>) -> Self {
        self.figures = figures.into_iter().collect();
        self
    }

    /// Sets `breakdowns`: breakdowns of this subsection's figures (分类), any number per figure.
    #[must_use]
    pub fn with_breakdowns(mut self, breakdowns: impl IntoIterator<Item = Breakdown>) -> Self {
        self.breakdowns = breakdowns.into_iter().collect();
        self
    }

    /// Sets `comparisons`: comparisons of this subsection's figures with their base period (同比).
    #[must_use]
    pub fn with_comparisons(mut self, comparisons: impl IntoIterator<Item = Comparison>) -> Self {
        self.comparisons = comparisons.into_iter().collect();
        self
    }

    /// Sets `periods`: periods of single figures that do not cover the report year.
    #[must_use]
    pub fn with_periods(mut self, periods: impl IntoIterator<Item = FactPeriod>) -> Self {
        self.periods = periods.into_iter().collect();
        self
    }

    /// Sets `government_services`: government services and approvals by item (审批与政务服务).
    #[must_use]
    pub fn with_government_services(mut self, government_services: GovernmentServices) -> Self {
        self.government_services = Some(Box::new(government_services));
        self
    }

    /// Sets `evaluations`: service evaluations (好差评).
    #[must_use]
    pub fn with_evaluations(mut self, evaluations: ServiceEvaluations) -> Self {
        self.evaluations = Some(Box::new(evaluations));
        self
    }

    /// Sets `accidents`: accident statistics, one item per kind of accident (事故统计).
    #[must_use]
    pub fn with_accidents(
        mut self,
        accidents: impl IntoIterator<Item = AccidentStatistics>,
    ) -> Self {
        self.accidents = accidents.into_iter().collect();
        self
    }

    /// Sets `sector_enforcement`: enforcement blocks by sector (分领域执法), one per sector, each naming it in `sector`.
    #[must_use]
    pub fn with_sector_enforcement(
        mut self,
        sector_enforcement: impl IntoIterator<Item = Enforcement>,
    ) -> Self {
        self.sector_enforcement = sector_enforcement.into_iter().collect();
        self
    }

    /// Sets `cooperation`: enforcement cooperation and publicity (行刑衔接, 联合执法, 双公示).
    #[must_use]
    pub fn with_cooperation(mut self, cooperation: EnforcementCooperation) -> Self {
        self.cooperation = Some(Box::new(cooperation));
        self
    }

    /// Sets `supervision`: supervision of enforcement (行政执法监督).
    #[must_use]
    pub fn with_supervision(mut self, supervision: EnforcementSupervision) -> Self {
        self.supervision = Some(Box::new(supervision));
        self
    }

    /// Sets `filing_review`: filing review of normative documents (备案审查).
    #[must_use]
    pub fn with_filing_review(mut self, filing_review: FilingReview) -> Self {
        self.filing_review = Some(Box::new(filing_review));
        self
    }

    /// Sets `items`: third-level items inside the subsection ("1." items), whose own `items` are the fourth level ("（1）"); each has its heading, paragraphs, figures and blocks. Levels below the fourth are not part of the format (a rule reports them).
    #[must_use]
    pub fn with_items(mut self, items: impl IntoIterator<Item = Section>) -> Self {
        self.items = items.into_iter().collect();
        self
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

    /// Sets `scope`: the scope as printed, for [`HeadLevel::Level`] (区政府部门, 镇街).
    #[must_use]
    pub fn with_scope(mut self, scope: impl Into<String>) -> Self {
        self.scope = Some(scope.into());
        self
    }

    /// Sets `hearings`: hearings that required a head to appear, at this level (应出庭).
    #[must_use]
    pub fn with_hearings(mut self, hearings: Quantity) -> Self {
        self.hearings = Some(hearings);
        self
    }

    /// Sets `appearances`: appearances (出庭应诉).
    #[must_use]
    pub fn with_appearances(mut self, appearances: Quantity) -> Self {
        self.appearances = Some(appearances);
        self
    }

    /// Sets `rate`: stated appearance rate (出庭应诉率), in %.
    #[must_use]
    pub fn with_rate(mut self, rate: Quantity) -> Self {
        self.rate = Some(rate);
        self
    }
}
