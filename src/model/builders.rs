//! Constructors and `with_*` setters for the model structs (构造函数).
//!
//! Every model struct is `#[non_exhaustive]`, so that a minor release may add optional
//! fields: outside this crate it is built with `new` (the required fields) or `Default`
//! and the `with_*` setters below, never with a struct literal. Each setter sets one
//! optional field and returns the value, so a block reads as one expression:
//!
//! ```
//! use fazhi_report::{HazardLedger, Quantity, Unit};
//! let ledger = HazardLedger::new("安全隐患")
//!     .with_found(Quantity::new(40, Unit::Chu)?)
//!     .with_rectified(Quantity::new(40, Unit::Chu)?);
//! assert!(ledger.pending.is_none());
//! # Ok::<(), fazhi_report::QuantityError>(())
//! ```

use time::Date;

use super::*;

setters! {
    ItemList {
        /// Sets `exhaustive`: whether the items are all there is (no 等): then their number must equal `total`.
        fn with_exhaustive(exhaustive) set bool;
        /// Sets `total`: the total stated beside the list (共计17处).
        fn with_total(total) some Quantity;
    }
}

impl Person {
    /// A [`Person`] with its required fields (`name`); every other field empty.
    #[must_use]
    pub fn new(name: impl Into<String>) -> Person {
        Person {
            name: name.into(),
            ..Person::default()
        }
    }
}

setters! {
    Person {
        /// Sets `position`: position or title (法官, 副教授, 党组书记).
        fn with_position(position) into String;
        /// Sets `affiliation`: organisation the person belongs to (和平区人民法院行政庭).
        fn with_affiliation(affiliation) into String;
    }
}

impl Meeting {
    /// A [`Meeting`] with its required fields (`name`, `body`, `kind`); every optional field empty.
    #[must_use]
    pub fn new(name: impl Into<String>, body: impl Into<String>, kind: MeetingKind) -> Meeting {
        Meeting {
            name: name.into(),
            body: body.into(),
            kind,
            ordinal: None,
            date: None,
        }
    }
}

setters! {
    Meeting {
        /// Sets `ordinal`: its ordinal (第75次 → 75); must be positive.
        fn with_ordinal(ordinal) some u32;
        /// Sets `date`: when it was held.
        fn with_date(date) some Date;
    }
}

setters! {
    DocumentRef {
        /// Sets `issuer`: issuer(s) as printed (中办、国办).
        fn with_issuer(issuer) into String;
        /// Sets `number`: document number (文号), e.g. 厅字〔2019〕28号.
        fn with_number(number) into String;
    }
}

impl RateBasis {
    /// A [`RateBasis`] with its required fields (`numerator`, `denominator`); every optional field empty.
    #[must_use]
    pub fn new(numerator: impl Into<String>, denominator: impl Into<String>) -> RateBasis {
        RateBasis {
            numerator: numerator.into(),
            denominator: denominator.into(),
        }
    }
}

setters! {
    Indicator {
        /// Sets `key`: identifier for references from other indicators of the same section (snake_case).
        fn with_key(key) into String;
        /// Sets `kind`: what the figure measures; decides the range checks.
        fn with_kind(kind) some IndicatorKind;
        /// Sets `trend`: direction of a change (for growth figures: 同比下降12%).
        fn with_trend(trend) some Trend;
        /// Sets `part_of`: key of the indicator this one is a part of.
        fn with_part_of(part_of) into String;
        /// Sets `sum_of_parts`: whether the indicators that are `part_of` this one add up to it exactly.
        fn with_sum_of_parts(sum_of_parts) set bool;
        /// Sets `rate_of`: the counts this rate is computed from.
        fn with_rate_of(rate_of) some RateBasis;
        /// Sets `period`: the period or scope the figure covers, as printed (今年以来, 截至11月).
        fn with_period(period) into String;
    }
}

impl Stock {
    /// A [`Stock`] with its required fields (`label`); every optional field empty.
    #[must_use]
    pub fn new(label: impl Into<String>) -> Stock {
        Stock {
            label: label.into(),
            opening: None,
            added: None,
            removed: None,
            closing: None,
        }
    }
}

setters! {
    Stock {
        /// Sets `opening`: at the start of the year (期初/上年末).
        fn with_opening(opening) some Quantity;
        /// Sets `added`: added during the year (新增/制发).
        fn with_added(added) some Quantity;
        /// Sets `removed`: removed during the year (减少/废止/注销).
        fn with_removed(removed) some Quantity;
        /// Sets `closing`: at the end of the year (期末/现行有效).
        fn with_closing(closing) some Quantity;
    }
}

impl DateRange {
    /// A [`DateRange`] with its required fields (`start`, `end`); every optional field empty.
    #[must_use]
    pub fn new(start: Date, end: Date) -> DateRange {
        DateRange { start, end }
    }
}

impl MajorDecision {
    /// A [`MajorDecision`] with its required fields (`name`); every optional field empty.
    #[must_use]
    pub fn new(name: impl Into<String>) -> MajorDecision {
        MajorDecision {
            name: name.into(),
            role: None,
            procedures: None,
            not_public: false,
            comment_period: None,
            shortened_comment_reason: None,
            approvals: Vec::new(),
        }
    }
}

setters! {
    MajorDecision {
        /// Sets `role`: the reporting organisation's role.
        fn with_role(role) some DecisionRole;
        /// Sets `procedures`: the procedures the report says were performed; absent when it does not itemise them.
        fn with_procedures(procedures) somelist Procedure;
        /// Sets `not_public`: whether the matter is exempt from public participation (依法不予公开).
        fn with_not_public(not_public) set bool;
        /// Sets `comment_period`: public comment period (公开征求意见期间), normally at least 30 days.
        fn with_comment_period(comment_period) some DateRange;
        /// Sets `shortened_comment_reason`: why the comment period was shorter than 30 days, if it was.
        fn with_shortened_comment_reason(shortened_comment_reason) into String;
        /// Sets `approvals`: meetings that discussed or approved it, in order.
        fn with_approvals(approvals) list super::Meeting;
    }
}

setters! {
    DecisionMaking {
        /// Sets `rules`: rules followed (天津市重大行政决策程序规定).
        fn with_rules(rules) list super::DocumentRef;
        /// Sets `matters`: matters that go to collective discussion (大项开支, 人事任免、推荐 …).
        fn with_matters(matters) set ItemList;
        /// Sets `bodies`: bodies that discuss them (党组会, 领导班子会).
        fn with_bodies(bodies) strings String;
        /// Sets `head_speaks_last`: whether the head speaks last (一把手末位表态).
        fn with_head_speaks_last(head_speaks_last) set bool;
        /// Sets `mechanism`: the responsibility mechanism, as printed (一把手负总责 …).
        fn with_mechanism(mechanism) into String;
    }
}

impl Adviser {
    /// A [`Adviser`] with its required fields (`kind`); every optional field empty.
    #[must_use]
    pub fn new(kind: AdviserKind) -> Adviser {
        Adviser {
            kind,
            name: None,
            count: None,
        }
    }
}

setters! {
    Adviser {
        /// Sets `name`: name, when given (天津君辉律师事务所).
        fn with_name(name) into String;
        /// Sets `count`: how many, when counted (公职律师3名).
        fn with_count(count) some Quantity;
    }
}

setters! {
    LegalCounsel {
        /// Sets `advisers`: advisers engaged.
        fn with_advisers(advisers) list Adviser;
        /// Sets `reviewed_kinds`: kinds of documents reviewed (合同、协议、函件).
        fn with_reviewed_kinds(reviewed_kinds) set ItemList;
        /// Sets `reviewed`: documents reviewed (审查合同、协议、函件10件).
        fn with_reviewed(reviewed) some Quantity;
        /// Sets `opinions`: legal opinions given or sought (征询相关法律建议4件).
        fn with_opinions(opinions) some Quantity;
        /// Sets `adopted`: of the opinions, how many were adopted (采纳).
        fn with_adopted(adopted) some Quantity;
        /// Sets `trainings`: trainings or talks given by the advisers (宣讲行政复议法1次).
        fn with_trainings(trainings) list CounselTraining;
    }
}

impl CounselTraining {
    /// A [`CounselTraining`] with its required fields (`topic`); every optional field empty.
    #[must_use]
    pub fn new(topic: impl Into<String>) -> CounselTraining {
        CounselTraining {
            topic: topic.into(),
            count: None,
        }
    }
}

setters! {
    CounselTraining {
        /// Sets `count`: how many times.
        fn with_count(count) some Quantity;
    }
}

setters! {
    ReconsiderationOutcomes {
        /// Sets `upheld`: 维持.
        fn with_upheld(upheld) some Quantity;
        /// Sets `dismissed`: 驳回.
        fn with_dismissed(dismissed) some Quantity;
        /// Sets `corrected`: 纠错 (撤销、变更、确认违法、责令履行).
        fn with_corrected(corrected) some Quantity;
        /// Sets `mediated`: 调解/和解.
        fn with_mediated(mediated) some Quantity;
        /// Sets `terminated`: 终止.
        fn with_terminated(terminated) some Quantity;
        /// Sets `other`: 其他.
        fn with_other(other) some Quantity;
    }
}

impl Reconsideration {
    /// A [`Reconsideration`] with its required fields (`role`); every optional field empty.
    #[must_use]
    pub fn new(role: ReconsiderationRole) -> Reconsideration {
        Reconsideration {
            role,
            received: None,
            accepted: None,
            rejected: None,
            carried_over: None,
            concluded: None,
            outcomes: None,
            pending: None,
            mediation_rate: None,
            resolution_rate: None,
            litigation_ratio: None,
            correction_rate: None,
            litigated_after: None,
        }
    }
}

setters! {
    Reconsideration {
        /// Sets `received`: applications received (收到申请).
        fn with_received(received) some Quantity;
        /// Sets `accepted`: accepted (受理).
        fn with_accepted(accepted) some Quantity;
        /// Sets `rejected`: not accepted (不予受理).
        fn with_rejected(rejected) some Quantity;
        /// Sets `carried_over`: carried over from the previous year (上年结转).
        fn with_carried_over(carried_over) some Quantity;
        /// Sets `concluded`: concluded (审结/办结).
        fn with_concluded(concluded) some Quantity;
        /// Sets `outcomes`: outcomes of the concluded cases.
        fn with_outcomes(outcomes) some ReconsiderationOutcomes;
        /// Sets `pending`: still pending at year end (尚未审结).
        fn with_pending(pending) some Quantity;
        /// Sets `correction_rate`: stated correction rate (纠错率), in %.
        fn with_correction_rate(correction_rate) some Quantity;
        /// Sets `litigated_after`: cases that went on to court (复议后起诉).
        fn with_litigated_after(litigated_after) some Quantity;
    }
}

setters! {
    Litigation {
        /// Sets `received`: new first-instance cases (一审收案/应诉案件).
        fn with_received(received) some Quantity;
        /// Sets `carried_over`: carried over (上年结转).
        fn with_carried_over(carried_over) some Quantity;
        /// Sets `concluded`: concluded (审结).
        fn with_concluded(concluded) some Quantity;
        /// Sets `lost`: lost (败诉).
        fn with_lost(lost) some Quantity;
        /// Sets `loss_rate`: stated loss rate (败诉率), in %.
        fn with_loss_rate(loss_rate) some Quantity;
        /// Sets `withdrawn`: withdrawn or mediated (调撤).
        fn with_withdrawn(withdrawn) some Quantity;
        /// Sets `hearings`: cases heard in court that required the head to appear (开庭/应出庭).
        fn with_hearings(hearings) some Quantity;
        /// Sets `head_appearances`: hearings the head of the organisation attended (负责人出庭应诉).
        fn with_head_appearances(head_appearances) some Quantity;
        /// Sets `appearance_rate`: stated appearance rate (出庭应诉率), in %.
        fn with_appearance_rate(appearance_rate) some Quantity;
    }
}

setters! {
    Petitions {
        /// Sets `received`: received (受理/交办).
        fn with_received(received) some Quantity;
        /// Sets `carried_over`: carried over (上年结转).
        fn with_carried_over(carried_over) some Quantity;
        /// Sets `resolved`: resolved or closed (办结/化解).
        fn with_resolved(resolved) some Quantity;
        /// Sets `resolution_rate`: stated resolution rate (办结率/化解率), in %.
        fn with_resolution_rate(resolution_rate) some Quantity;
        /// Sets `satisfaction_rate`: stated satisfaction rate (满意率), in %.
        fn with_satisfaction_rate(satisfaction_rate) some Quantity;
        /// Sets `mediations`: mediations conducted (调解).
        fn with_mediations(mediations) some Quantity;
        /// Sets `mediated_successfully`: successful mediations (调解成功).
        fn with_mediated_successfully(mediated_successfully) some Quantity;
    }
}

setters! {
    Enforcement {
        /// Sets `min_officers_per_action`: minimum officers per enforcement action (严格执行2人以上执法规定 → 2); below 2 is unlawful.
        fn with_min_officers_per_action(min_officers_per_action) some u32;
        /// Sets `shows_credentials`: officers show their credentials (主动出示执法证件).
        fn with_shows_credentials(shows_credentials) set bool;
        /// Sets `informs_parties`: parties are told the grounds, basis and their rights (告知执法事由、依据、权利义务).
        fn with_informs_parties(informs_parties) set bool;
        /// Sets `publicity`: publicity of enforcement (行政执法公示).
        fn with_publicity(publicity) set bool;
        /// Sets `full_process_recording`: whole-process recording (执法全过程记录).
        fn with_full_process_recording(full_process_recording) set bool;
        /// Sets `recording_devices`: recording devices in use (执法记录仪/执法记录设备).
        fn with_recording_devices(recording_devices) set bool;
        /// Sets `records_archived`: audio-visual records archived (音像资料归档).
        fn with_records_archived(records_archived) set bool;
        /// Sets `legal_review`: legal review of major enforcement decisions (重大执法决定法制审核).
        fn with_legal_review(legal_review) set bool;
        /// Sets `certified_officers`: certified enforcement officers (持证执法人员).
        fn with_certified_officers(certified_officers) some Quantity;
        /// Sets `officer_monthly_actions`: how often each officer takes part (执法人员每月参与执法2次以上).
        fn with_officer_monthly_actions(officer_monthly_actions) some Quantity;
        /// Sets `inspections`: enforcement inspections (开展93次行政执法检查).
        fn with_inspections(inspections) some Quantity;
        /// Sets `cases_filed`: cases filed (立案).
        fn with_cases_filed(cases_filed) some Quantity;
        /// Sets `case_count`: stated number of cases handled (查处案件N件); must match `cases` when both are given.
        fn with_case_count(case_count) some Quantity;
        /// Sets `penalties`: administrative penalties decided (行政处罚) = simple + general procedure.
        fn with_penalties(penalties) some Quantity;
        /// Sets `simple_procedure`: of which by the simple procedure (简易程序/当场处罚).
        fn with_simple_procedure(simple_procedure) some Quantity;
        /// Sets `general_procedure`: of which by the general procedure (普通程序).
        fn with_general_procedure(general_procedure) some Quantity;
        /// Sets `fines`: fines and confiscations (罚没款).
        fn with_fines(fines) some Quantity;
        /// Sets `referrals`: cases referred to other bodies (移送).
        fn with_referrals(referrals) some Quantity;
        /// Sets `orders`: orders issued, each with its document name as printed (下达责令改正通知书).
        fn with_orders(orders) list EnforcementOrder;
        /// Sets `assessment`: assessment result, as printed (在全区普通执法单位考核中位居前列).
        fn with_assessment(assessment) into String;
    }
}

impl EnforcementOrder {
    /// A [`EnforcementOrder`] with its required fields (`document`); every optional field empty.
    #[must_use]
    pub fn new(document: impl Into<String>) -> EnforcementOrder {
        EnforcementOrder {
            document: document.into(),
            recipients: None,
            count: None,
        }
    }
}

setters! {
    EnforcementOrder {
        /// Sets `recipients`: to whom, as printed (部分涉案单位).
        fn with_recipients(recipients) into String;
        /// Sets `count`: how many were issued.
        fn with_count(count) some Quantity;
    }
}

impl EnforcementCase {
    /// A [`EnforcementCase`] with its required fields (`party`); every optional field empty.
    #[must_use]
    pub fn new(party: impl Into<String>) -> EnforcementCase {
        EnforcementCase {
            party: party.into(),
            violation: None,
            action: None,
            fine: None,
            status: None,
        }
    }
}

setters! {
    EnforcementCase {
        /// Sets `violation`: the violation as printed.
        fn with_violation(violation) into String;
        /// Sets `action`: the measure taken, as printed.
        fn with_action(action) into String;
        /// Sets `fine`: fine imposed.
        fn with_fine(fine) some Quantity;
        /// Sets `status`: status.
        fn with_status(status) some CaseStatus;
    }
}

impl Organization {
    /// A [`Organization`] with its required fields (`name`); every other field empty.
    #[must_use]
    pub fn new(name: impl Into<String>) -> Organization {
        Organization {
            name: name.into(),
            ..Organization::default()
        }
    }
}

setters! {
    Organization {
        /// Sets `full_name`: full official name (天津市河北区国防动员办公室), when known.
        fn with_full_name(full_name) into String;
        /// Sets `region`: region (天津市河北区).
        fn with_region(region) into String;
        /// Sets `level`: administrative level.
        fn with_level(level) some AdminLevel;
        /// Sets `kind`: kind of body.
        fn with_kind(kind) some OrganizationKind;
    }
}

impl Notice {
    /// A [`Notice`] with its required fields (`issuer`, `title`); every other field empty.
    #[must_use]
    pub fn new(issuer: impl Into<String>, title: impl Into<String>) -> Notice {
        Notice {
            issuer: issuer.into(),
            title: title.into(),
            ..Notice::default()
        }
    }
}

setters! {
    Notice {
        /// Sets `number`: its document number (文号), if cited.
        fn with_number(number) into String;
        /// Sets `deadline`: the submission deadline it sets, if cited.
        fn with_deadline(deadline) some Date;
    }
}

setters! {
    Signature {
        /// Sets `organization`: the organisation named in the signature (落款单位).
        fn with_organization(organization) into String;
        /// Sets `signatory`: the official who signed (签发人).
        fn with_signatory(signatory) into String;
        /// Sets `sealed`: whether the organisation's seal is affixed (加盖公章).
        fn with_sealed(sealed) set bool;
    }
}

setters! {
    Dates {
        /// Sets `written`: date of writing (成文日期).
        fn with_written(written) some Date;
        /// Sets `submitted`: date of submission to the addressees (报送日期); departments by 1 March of the next year.
        fn with_submitted(submitted) some Date;
        /// Sets `published`: date of publication (公开日期); by 1 April of the next year.
        fn with_published(published) some Date;
        /// Sets `data_cutoff`: the date up to which figures are counted (数据截止日期: 截至11月底).
        fn with_data_cutoff(data_cutoff) some Date;
    }
}

setters! {
    Meta {
        /// Sets `notice`: the notice the report answers.
        fn with_notice(notice) some Notice;
        /// Sets `addressees`: addressees (主送机关: 区委、区政府).
        fn with_addressees(addressees) strings String;
        /// Sets `document_number`: document number (发文字号: 沪国动〔2024〕1号).
        fn with_document_number(document_number) into String;
        /// Sets `preamble`: opening paragraphs before part 一 (导语).
        fn with_preamble(preamble) strings String;
        /// Sets `signature`: signature block.
        fn with_signature(signature) some Signature;
        /// Sets `dates`: dates of writing, submission, publication and data cut-off; omitted when none is known.
        fn with_dates(dates) set Dates;
    }
}

setters! {
    NormativeDocuments {
        /// Sets `issued`: issued this year (制定/制发).
        fn with_issued(issued) some Quantity;
        /// Sets `reviewed`: reviewed for legality before issue (合法性审核).
        fn with_reviewed(reviewed) some Quantity;
        /// Sets `filed`: filed with the government (报送备案); not more than issued.
        fn with_filed(filed) some Quantity;
        /// Sets `cleaned_up`: examined in a clean-up (清理).
        fn with_cleaned_up(cleaned_up) some Quantity;
        /// Sets `repealed`: repealed or expired (废止/失效).
        fn with_repealed(repealed) some Quantity;
        /// Sets `in_force_opening`: in force at the start of the year (上年末现行有效).
        fn with_in_force_opening(in_force_opening) some Quantity;
        /// Sets `in_force`: in force at the end of the year (现行有效) = opening + issued − repealed.
        fn with_in_force(in_force) some Quantity;
        /// Sets `filing_rate`: stated filing rate (报备率), in %.
        fn with_filing_rate(filing_rate) some Quantity;
        /// Sets `timely_filing_rate`: stated timely-filing rate (报备及时率), in %.
        fn with_timely_filing_rate(timely_filing_rate) some Quantity;
    }
}

setters! {
    Openness {
        /// Sets `proactive`: items proactively disclosed (主动公开).
        fn with_proactive(proactive) some Quantity;
        /// Sets `requests_received`: requests received this year (依申请公开 本年新收).
        fn with_requests_received(requests_received) some Quantity;
        /// Sets `requests_carried_over`: requests carried over from the previous year (上年结转).
        fn with_requests_carried_over(requests_carried_over) some Quantity;
        /// Sets `requests_answered`: requests answered (办结/答复).
        fn with_requests_answered(requests_answered) some Quantity;
        /// Sets `requests_carried_forward`: requests carried forward to next year (结转下年度继续办理).
        fn with_requests_carried_forward(requests_carried_forward) some Quantity;
        /// Sets `answer_rate`: stated on-time answer rate (按时答复率), in %.
        fn with_answer_rate(answer_rate) some Quantity;
    }
}

impl Shortcoming {
    /// A [`Shortcoming`] with its required fields (`problem`); every other field empty.
    #[must_use]
    pub fn new(problem: impl Into<String>) -> Shortcoming {
        Shortcoming {
            problem: problem.into(),
            ..Shortcoming::default()
        }
    }
}

setters! {
    Shortcoming {
        /// Sets `marker`: the enumeration marker as printed (一是, （一）, 1.).
        fn with_marker(marker) into String;
        /// Sets `details`: how it shows, as printed.
        fn with_details(details) strings String;
        /// Sets `documents`: laws, regulations and documents the item names (《中华人民共和国人民防空法》).
        fn with_documents(documents) list DocumentRef;
        /// Sets `cause`: why it arose (原因); the mandated part asks for it.
        fn with_cause(cause) into String;
        /// Sets `remedy`: what will be done about it (整改措施).
        fn with_remedy(remedy) into String;
        /// Sets `paragraphs`: the item's paragraphs as printed, marker included; `problem`, `details`, `cause` and `remedy` are their typed reading.
        fn with_paragraphs(paragraphs) strings String;
    }
}

impl Shortcomings {
    /// A [`Shortcomings`] with its required fields (`heading`); every other field empty.
    #[must_use]
    pub fn new(heading: impl Into<String>) -> Shortcomings {
        Shortcomings {
            heading: heading.into(),
            ..Shortcomings::default()
        }
    }
}

setters! {
    Shortcomings {
        /// Sets `paragraphs`: paragraphs before the first item.
        fn with_paragraphs(paragraphs) strings String;
        /// Sets `items`: the shortcomings, in printed order.
        fn with_items(items) list Shortcoming;
    }
}

impl Plans {
    /// A [`Plans`] with its required fields (`heading`, `year`); every optional field empty.
    #[must_use]
    pub fn new(heading: impl Into<String>, year: Year) -> Plans {
        Plans {
            heading: heading.into(),
            year,
            paragraphs: Vec::new(),
            items: Vec::new(),
        }
    }
}

setters! {
    Plans {
        /// Sets `paragraphs`: paragraphs before the first item.
        fn with_paragraphs(paragraphs) strings String;
        /// Sets `items`: the planned items, in printed order.
        fn with_items(items) list Section;
    }
}

impl Occasion {
    /// A [`Occasion`] with its required fields (`day`, `name`); every optional field empty.
    #[must_use]
    pub fn new(day: CommemorativeDay, name: impl Into<String>) -> Occasion {
        Occasion {
            day,
            name: name.into(),
            date: None,
        }
    }
}

setters! {
    Occasion {
        /// Sets `date`: the date it fell on that year, when known (a siren test day is set locally).
        fn with_date(date) some Date;
    }
}

impl PublicityEvent {
    /// A [`PublicityEvent`] with its required fields (`activity`); every optional field empty.
    #[must_use]
    pub fn new(activity: impl Into<String>) -> PublicityEvent {
        PublicityEvent {
            activity: activity.into(),
            occasions: Vec::new(),
            date: None,
            partners: ItemList::default(),
            audience: None,
            participants: None,
            methods: ItemList::default(),
            topic: None,
            combined_with: ItemList::default(),
            count: None,
            materials: None,
        }
    }
}

setters! {
    PublicityEvent {
        /// Sets `occasions`: days it was tied to (以国家安全教育日 …为契机).
        fn with_occasions(occasions) list Occasion;
        /// Sets `date`: when it took place.
        fn with_date(date) some Date;
        /// Sets `partners`: partner organisations (天津市第一轻工业学校).
        fn with_partners(partners) set ItemList;
        /// Sets `audience`: audience as printed (群众, 在校生, 企业).
        fn with_audience(audience) into String;
        /// Sets `participants`: participants or people reached (900余名).
        fn with_participants(participants) some Quantity;
        /// Sets `methods`: methods (发放宣传资料、现场答疑).
        fn with_methods(methods) set ItemList;
        /// Sets `topic`: subjects (国防动员和人民防空知识).
        fn with_topic(topic) into String;
        /// Sets `combined_with`: work it was combined with (结合…两项工作任务).
        fn with_combined_with(combined_with) set ItemList;
        /// Sets `count`: how many events (开展活动12场).
        fn with_count(count) some Quantity;
        /// Sets `materials`: materials handed out (发放资料2000份).
        fn with_materials(materials) some Quantity;
    }
}

setters! {
    Report {
        /// Sets `other`: 五、其他需要报告的情况 (optional).
        fn with_other(other) some OtherMatters;
    }
}

impl Rectification {
    /// A [`Rectification`] with its required fields (`source`, `problem`); every optional field empty.
    #[must_use]
    pub fn new(source: impl Into<String>, problem: impl Into<String>) -> Rectification {
        Rectification {
            source: source.into(),
            source_year: None,
            problem: problem.into(),
            measures: Vec::new(),
            status: None,
        }
    }
}

setters! {
    Rectification {
        /// Sets `source_year`: the year of that assessment.
        fn with_source_year(source_year) some Year;
        /// Sets `measures`: measures taken (学习培训, 建章立制).
        fn with_measures(measures) strings String;
        /// Sets `status`: status.
        fn with_status(status) some RectificationStatus;
    }
}

impl HazardLedger {
    /// A [`HazardLedger`] with its required fields (`label`); every optional field empty.
    #[must_use]
    pub fn new(label: impl Into<String>) -> HazardLedger {
        HazardLedger {
            label: label.into(),
            categories: ItemList::default(),
            found: None,
            rectified: None,
            pending: None,
            rate: None,
            major: None,
        }
    }
}

setters! {
    HazardLedger {
        /// Sets `categories`: categories named (堆放杂物、设备设施缺失 等).
        fn with_categories(categories) set ItemList;
        /// Sets `found`: hazards found (发现隐患).
        fn with_found(found) some Quantity;
        /// Sets `rectified`: hazards rectified (已整改).
        fn with_rectified(rectified) some Quantity;
        /// Sets `pending`: hazards still being rectified (整改中/未整改).
        fn with_pending(pending) some Quantity;
        /// Sets `rate`: stated rectification rate (整改率), in %.
        fn with_rate(rate) some Quantity;
        /// Sets `major`: of which major hazards (重大隐患).
        fn with_major(major) some Quantity;
    }
}

impl Inspection {
    /// A [`Inspection`] with its required fields (`kind`); every optional field empty.
    #[must_use]
    pub fn new(kind: InspectionKind) -> Inspection {
        Inspection {
            kind,
            scope: None,
            count: None,
            personnel: None,
            partners: ItemList::default(),
            sites: ItemList::default(),
            outcomes: Vec::new(),
        }
    }
}

setters! {
    Inspection {
        /// Sets `scope`: what was inspected, as printed (辖区内所有人防工程).
        fn with_scope(scope) into String;
        /// Sets `count`: how many inspections (检查1303次).
        fn with_count(count) some Quantity;
        /// Sets `personnel`: staff deployed (出动巡查人员2689人次).
        fn with_personnel(personnel) some Quantity;
        /// Sets `partners`: partner bodies of a joint inspection (消防支队、公安 …等).
        fn with_partners(partners) set ItemList;
        /// Sets `sites`: sites inspected, with their stated total (琴海公寓 …等共计17处).
        fn with_sites(sites) set ItemList;
        /// Sets `outcomes`: problems solved or results, as printed.
        fn with_outcomes(outcomes) strings String;
    }
}

setters! {
    Section {
        /// Sets `paragraphs`: the paragraphs as printed.
        fn with_paragraphs(paragraphs) strings String;
        /// Sets `indicators`: figures without a dedicated field.
        fn with_indicators(indicators) list Indicator;
        /// Sets `stocks`: stocks that change over the year.
        fn with_stocks(stocks) list Stock;
        /// Sets `studies`: study sessions, lectures, trainings.
        fn with_studies(studies) list StudySession;
        /// Sets `study_materials`: study materials.
        fn with_study_materials(study_materials) list StudyMaterial;
        /// Sets `documents`: laws, regulations and notices cited as the basis of the work.
        fn with_documents(documents) list DocumentRef;
        /// Sets `campaigns`: named campaigns and special actions.
        fn with_campaigns(campaigns) list Campaign;
        /// Sets `services`: service visits.
        fn with_services(services) list ServiceVisit;
        /// Sets `publications`: guides and lists the organisation produced.
        fn with_publications(publications) list Publication;
        /// Sets `hazards`: hazard ledgers.
        fn with_hazards(hazards) list HazardLedger;
        /// Sets `inspections`: inspections.
        fn with_inspections(inspections) list Inspection;
        /// Sets `decisions`: major administrative decisions.
        fn with_decisions(decisions) list MajorDecision;
        /// Sets `decision_making`: the organisation's own decision-making rules.
        fn with_decision_making(decision_making) boxed DecisionMaking;
        /// Sets `counsel`: legal counsel work.
        fn with_counsel(counsel) boxed LegalCounsel;
        /// Sets `enforcement`: enforcement practice and figures.
        fn with_enforcement(enforcement) boxed Enforcement;
        /// Sets `cases`: enforcement cases.
        fn with_cases(cases) list EnforcementCase;
        /// Sets `publicity`: legal publicity events.
        fn with_publicity(publicity) list PublicityEvent;
        /// Sets `normative_documents`: normative-document figures.
        fn with_normative_documents(normative_documents) boxed NormativeDocuments;
        /// Sets `reconsideration`: administrative reconsideration figures.
        fn with_reconsideration(reconsideration) boxed Reconsideration;
        /// Sets `litigation`: administrative litigation figures.
        fn with_litigation(litigation) boxed Litigation;
        /// Sets `petitions`: petitions and mediation figures.
        fn with_petitions(petitions) boxed Petitions;
        /// Sets `openness`: government information disclosure figures.
        fn with_openness(openness) boxed Openness;
        /// Sets `duties`: personal duties of the principal responsible person (part 三).
        fn with_duties(duties) list Duty;
        /// Sets `rectifications`: rectification of problems found earlier.
        fn with_rectifications(rectifications) list Rectification;
    }
}

impl ServiceVisit {
    /// A [`ServiceVisit`] with its required fields (`targets`); every optional field empty.
    #[must_use]
    pub fn new(targets: ItemList) -> ServiceVisit {
        ServiceVisit {
            led_by: None,
            targets,
            activities: Vec::new(),
            count: None,
        }
    }
}

setters! {
    ServiceVisit {
        /// Sets `led_by`: who led it (办领导).
        fn with_led_by(led_by) into String;
        /// Sets `activities`: what was done, as printed (面对面答疑解惑, 解读相关政策).
        fn with_activities(activities) strings String;
        /// Sets `count`: how many visits.
        fn with_count(count) some Quantity;
    }
}

impl Campaign {
    /// A [`Campaign`] with its required fields (`name`); every optional field empty.
    #[must_use]
    pub fn new(name: impl Into<String>) -> Campaign {
        Campaign {
            name: name.into(),
            scope: None,
            topics: ItemList::default(),
            actions: Vec::new(),
            count: None,
        }
    }
}

setters! {
    Campaign {
        /// Sets `scope`: where or for whom (河北区).
        fn with_scope(scope) into String;
        /// Sets `topics`: its strands (燃气、防汛、消防、重要时间节点).
        fn with_topics(topics) set ItemList;
        /// Sets `actions`: what was set up for it, as printed (成立专项服务组).
        fn with_actions(actions) strings String;
        /// Sets `count`: how many times or rounds.
        fn with_count(count) some Quantity;
    }
}

impl Publication {
    /// A [`Publication`] with its required fields (`title`); every optional field empty.
    #[must_use]
    pub fn new(title: impl Into<String>) -> Publication {
        Publication {
            title: title.into(),
            purpose: None,
            copies: None,
        }
    }
}

setters! {
    Publication {
        /// Sets `purpose`: purpose or audience, as printed.
        fn with_purpose(purpose) into String;
        /// Sets `copies`: copies printed or distributed.
        fn with_copies(copies) some Quantity;
    }
}

impl StudySession {
    /// A [`StudySession`] with its required fields (`topic`); every optional field empty.
    #[must_use]
    pub fn new(topic: impl Into<String>) -> StudySession {
        StudySession {
            date: None,
            format: None,
            organizer: None,
            convener: None,
            speaker: None,
            topic: topic.into(),
            contents: ItemList::default(),
            audience: None,
            participants: None,
            count: None,
        }
    }
}

setters! {
    StudySession {
        /// Sets `date`: when it took place.
        fn with_date(date) some Date;
        /// Sets `format`: its form.
        fn with_format(format) some StudyFormat;
        /// Sets `organizer`: who organised it (市国动办统一组织, 办党组书记).
        fn with_organizer(organizer) into String;
        /// Sets `convener`: the person who convened or chaired it, when the report names one (组织人/主持人): "办党组书记刘殿鸿同志组织全办人员进行……专题学习".
        fn with_convener(convener) some Person;
        /// Sets `speaker`: who spoke or taught.
        fn with_speaker(speaker) some Person;
        /// Sets `contents`: the subjects studied when several are listed (习近平法治思想、党的二十大精神 …等).
        fn with_contents(contents) set ItemList;
        /// Sets `audience`: who attended (全办人员, 领导班子成员).
        fn with_audience(audience) into String;
        /// Sets `participants`: how many attended.
        fn with_participants(participants) some Quantity;
        /// Sets `count`: how many times, when it stands for a series (组织学习12次).
        fn with_count(count) some Quantity;
    }
}

impl StudyMaterial {
    /// A [`StudyMaterial`] with its required fields (`title`); every optional field empty.
    #[must_use]
    pub fn new(title: impl Into<String>) -> StudyMaterial {
        StudyMaterial {
            title: title.into(),
            distribution: None,
            copies: None,
        }
    }
}

setters! {
    StudyMaterial {
        /// Sets `distribution`: how it was distributed, as printed (人手一本).
        fn with_distribution(distribution) into String;
        /// Sets `copies`: copies distributed.
        fn with_copies(copies) some Quantity;
    }
}

setters! {
    Measures {
        /// Sets `paragraphs`: paragraphs before the first subsection.
        fn with_paragraphs(paragraphs) strings String;
        /// Sets `items`: the numbered subsections, in printed order.
        fn with_items(items) list Section;
    }
}

setters! {
    Responsibility {
        /// Sets `paragraphs`: paragraphs before the first subsection.
        fn with_paragraphs(paragraphs) strings String;
        /// Sets `items`: the numbered subsections, in printed order.
        fn with_items(items) list Section;
    }
}

setters! {
    OtherMatters {
        /// Sets `paragraphs`: paragraphs before the first subsection.
        fn with_paragraphs(paragraphs) strings String;
        /// Sets `items`: the numbered subsections, in printed order.
        fn with_items(items) list Section;
    }
}
