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

impl ItemList {
    /// Sets `exhaustive`: whether the items are all there is (no 等): then their number must equal `total`.
    #[must_use]
    pub fn with_exhaustive(mut self, exhaustive: bool) -> Self {
        self.exhaustive = exhaustive;
        self
    }

    /// Sets `total`: the total stated beside the list (共计17处).
    #[must_use]
    pub fn with_total(mut self, total: Quantity) -> Self {
        self.total = Some(total);
        self
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

    /// Sets `position`: position or title (法官, 副教授, 党组书记).
    #[must_use]
    pub fn with_position(mut self, position: impl Into<String>) -> Self {
        self.position = Some(position.into());
        self
    }

    /// Sets `affiliation`: organisation the person belongs to (和平区人民法院行政庭).
    #[must_use]
    pub fn with_affiliation(mut self, affiliation: impl Into<String>) -> Self {
        self.affiliation = Some(affiliation.into());
        self
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

    /// Sets `ordinal`: its ordinal (第75次 → 75); must be positive.
    #[must_use]
    pub fn with_ordinal(mut self, ordinal: u32) -> Self {
        self.ordinal = Some(ordinal);
        self
    }

    /// Sets `date`: when it was held.
    #[must_use]
    pub fn with_date(mut self, date: Date) -> Self {
        self.date = Some(date);
        self
    }
}

impl DocumentRef {
    /// Sets `issuer`: issuer(s) as printed (中办、国办).
    #[must_use]
    pub fn with_issuer(mut self, issuer: impl Into<String>) -> Self {
        self.issuer = Some(issuer.into());
        self
    }

    /// Sets `number`: document number (文号), e.g. 厅字〔2019〕28号.
    #[must_use]
    pub fn with_number(mut self, number: impl Into<String>) -> Self {
        self.number = Some(number.into());
        self
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

impl Indicator {
    /// Sets `key`: identifier for references from other indicators of the same section (snake_case).
    #[must_use]
    pub fn with_key(mut self, key: impl Into<String>) -> Self {
        self.key = Some(key.into());
        self
    }

    /// Sets `kind`: what the figure measures; decides the range checks.
    #[must_use]
    pub fn with_kind(mut self, kind: IndicatorKind) -> Self {
        self.kind = Some(kind);
        self
    }

    /// Sets `trend`: direction of a change (for growth figures: 同比下降12%).
    #[must_use]
    pub fn with_trend(mut self, trend: Trend) -> Self {
        self.trend = Some(trend);
        self
    }

    /// Sets `part_of`: key of the indicator this one is a part of.
    #[must_use]
    pub fn with_part_of(mut self, part_of: impl Into<String>) -> Self {
        self.part_of = Some(part_of.into());
        self
    }

    /// Sets `sum_of_parts`: whether the indicators that are `part_of` this one add up to it exactly.
    #[must_use]
    pub fn with_sum_of_parts(mut self, sum_of_parts: bool) -> Self {
        self.sum_of_parts = sum_of_parts;
        self
    }

    /// Sets `rate_of`: the counts this rate is computed from.
    #[must_use]
    pub fn with_rate_of(mut self, rate_of: RateBasis) -> Self {
        self.rate_of = Some(rate_of);
        self
    }

    /// Sets `period`: the period or scope the figure covers, as printed (今年以来, 截至11月).
    #[must_use]
    pub fn with_period(mut self, period: impl Into<String>) -> Self {
        self.period = Some(period.into());
        self
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

    /// Sets `opening`: at the start of the year (期初/上年末).
    #[must_use]
    pub fn with_opening(mut self, opening: Quantity) -> Self {
        self.opening = Some(opening);
        self
    }

    /// Sets `added`: added during the year (新增/制发).
    #[must_use]
    pub fn with_added(mut self, added: Quantity) -> Self {
        self.added = Some(added);
        self
    }

    /// Sets `removed`: removed during the year (减少/废止/注销).
    #[must_use]
    pub fn with_removed(mut self, removed: Quantity) -> Self {
        self.removed = Some(removed);
        self
    }

    /// Sets `closing`: at the end of the year (期末/现行有效).
    #[must_use]
    pub fn with_closing(mut self, closing: Quantity) -> Self {
        self.closing = Some(closing);
        self
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

    /// Sets `role`: the reporting organisation's role.
    #[must_use]
    pub fn with_role(mut self, role: DecisionRole) -> Self {
        self.role = Some(role);
        self
    }

    /// Sets `procedures`: the procedures the report says were performed; absent when it does not itemise them.
    #[must_use]
    pub fn with_procedures(mut self, procedures: impl IntoIterator<Item = Procedure>) -> Self {
        self.procedures = Some(procedures.into_iter().collect());
        self
    }

    /// Sets `not_public`: whether the matter is exempt from public participation (依法不予公开).
    #[must_use]
    pub fn with_not_public(mut self, not_public: bool) -> Self {
        self.not_public = not_public;
        self
    }

    /// Sets `comment_period`: public comment period (公开征求意见期间), normally at least 30 days.
    #[must_use]
    pub fn with_comment_period(mut self, comment_period: DateRange) -> Self {
        self.comment_period = Some(comment_period);
        self
    }

    /// Sets `shortened_comment_reason`: why the comment period was shorter than 30 days, if it was.
    #[must_use]
    pub fn with_shortened_comment_reason(
        mut self,
        shortened_comment_reason: impl Into<String>,
    ) -> Self {
        self.shortened_comment_reason = Some(shortened_comment_reason.into());
        self
    }

    /// Sets `approvals`: meetings that discussed or approved it, in order.
    #[must_use]
    pub fn with_approvals(mut self, approvals: impl IntoIterator<Item = super::Meeting>) -> Self {
        self.approvals = approvals.into_iter().collect();
        self
    }
}

impl DecisionMaking {
    /// Sets `rules`: rules followed (天津市重大行政决策程序规定).
    #[must_use]
    pub fn with_rules(mut self, rules: impl IntoIterator<Item = super::DocumentRef>) -> Self {
        self.rules = rules.into_iter().collect();
        self
    }

    /// Sets `matters`: matters that go to collective discussion (大项开支, 人事任免、推荐 …).
    #[must_use]
    pub fn with_matters(mut self, matters: ItemList) -> Self {
        self.matters = matters;
        self
    }

    /// Sets `bodies`: bodies that discuss them (党组会, 领导班子会).
    #[must_use]
    pub fn with_bodies<I, S>(mut self, bodies: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.bodies = bodies.into_iter().map(Into::into).collect();
        self
    }

    /// Sets `head_speaks_last`: whether the head speaks last (一把手末位表态).
    #[must_use]
    pub fn with_head_speaks_last(mut self, head_speaks_last: bool) -> Self {
        self.head_speaks_last = head_speaks_last;
        self
    }

    /// Sets `mechanism`: the responsibility mechanism, as printed (一把手负总责 …).
    #[must_use]
    pub fn with_mechanism(mut self, mechanism: impl Into<String>) -> Self {
        self.mechanism = Some(mechanism.into());
        self
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

    /// Sets `name`: name, when given (天津君辉律师事务所).
    #[must_use]
    pub fn with_name(mut self, name: impl Into<String>) -> Self {
        self.name = Some(name.into());
        self
    }

    /// Sets `count`: how many, when counted (公职律师3名).
    #[must_use]
    pub fn with_count(mut self, count: Quantity) -> Self {
        self.count = Some(count);
        self
    }
}

impl LegalCounsel {
    /// Sets `advisers`: advisers engaged.
    #[must_use]
    pub fn with_advisers(mut self, advisers: impl IntoIterator<Item = Adviser>) -> Self {
        self.advisers = advisers.into_iter().collect();
        self
    }

    /// Sets `reviewed_kinds`: kinds of documents reviewed (合同、协议、函件).
    #[must_use]
    pub fn with_reviewed_kinds(mut self, reviewed_kinds: ItemList) -> Self {
        self.reviewed_kinds = reviewed_kinds;
        self
    }

    /// Sets `reviewed`: documents reviewed (审查合同、协议、函件10件).
    #[must_use]
    pub fn with_reviewed(mut self, reviewed: Quantity) -> Self {
        self.reviewed = Some(reviewed);
        self
    }

    /// Sets `opinions`: legal opinions given or sought (征询相关法律建议4件).
    #[must_use]
    pub fn with_opinions(mut self, opinions: Quantity) -> Self {
        self.opinions = Some(opinions);
        self
    }

    /// Sets `adopted`: of the opinions, how many were adopted (采纳).
    #[must_use]
    pub fn with_adopted(mut self, adopted: Quantity) -> Self {
        self.adopted = Some(adopted);
        self
    }

    /// Sets `trainings`: trainings or talks given by the advisers (宣讲行政复议法1次).
    #[must_use]
    pub fn with_trainings(mut self, trainings: impl IntoIterator<Item = CounselTraining>) -> Self {
        self.trainings = trainings.into_iter().collect();
        self
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

    /// Sets `count`: how many times.
    #[must_use]
    pub fn with_count(mut self, count: Quantity) -> Self {
        self.count = Some(count);
        self
    }
}

impl ReconsiderationOutcomes {
    /// Sets `upheld`: 维持.
    #[must_use]
    pub fn with_upheld(mut self, upheld: Quantity) -> Self {
        self.upheld = Some(upheld);
        self
    }

    /// Sets `dismissed`: 驳回.
    #[must_use]
    pub fn with_dismissed(mut self, dismissed: Quantity) -> Self {
        self.dismissed = Some(dismissed);
        self
    }

    /// Sets `corrected`: 纠错 (撤销、变更、确认违法、责令履行).
    #[must_use]
    pub fn with_corrected(mut self, corrected: Quantity) -> Self {
        self.corrected = Some(corrected);
        self
    }

    /// Sets `mediated`: 调解/和解.
    #[must_use]
    pub fn with_mediated(mut self, mediated: Quantity) -> Self {
        self.mediated = Some(mediated);
        self
    }

    /// Sets `terminated`: 终止.
    #[must_use]
    pub fn with_terminated(mut self, terminated: Quantity) -> Self {
        self.terminated = Some(terminated);
        self
    }

    /// Sets `other`: 其他.
    #[must_use]
    pub fn with_other(mut self, other: Quantity) -> Self {
        self.other = Some(other);
        self
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

    /// Sets `received`: applications received (收到申请).
    #[must_use]
    pub fn with_received(mut self, received: Quantity) -> Self {
        self.received = Some(received);
        self
    }

    /// Sets `accepted`: accepted (受理).
    #[must_use]
    pub fn with_accepted(mut self, accepted: Quantity) -> Self {
        self.accepted = Some(accepted);
        self
    }

    /// Sets `rejected`: not accepted (不予受理).
    #[must_use]
    pub fn with_rejected(mut self, rejected: Quantity) -> Self {
        self.rejected = Some(rejected);
        self
    }

    /// Sets `carried_over`: carried over from the previous year (上年结转).
    #[must_use]
    pub fn with_carried_over(mut self, carried_over: Quantity) -> Self {
        self.carried_over = Some(carried_over);
        self
    }

    /// Sets `concluded`: concluded (审结/办结).
    #[must_use]
    pub fn with_concluded(mut self, concluded: Quantity) -> Self {
        self.concluded = Some(concluded);
        self
    }

    /// Sets `outcomes`: outcomes of the concluded cases.
    #[must_use]
    pub fn with_outcomes(mut self, outcomes: ReconsiderationOutcomes) -> Self {
        self.outcomes = Some(outcomes);
        self
    }

    /// Sets `pending`: still pending at year end (尚未审结).
    #[must_use]
    pub fn with_pending(mut self, pending: Quantity) -> Self {
        self.pending = Some(pending);
        self
    }

    /// Sets `correction_rate`: stated correction rate (纠错率), in %.
    #[must_use]
    pub fn with_correction_rate(mut self, correction_rate: Quantity) -> Self {
        self.correction_rate = Some(correction_rate);
        self
    }

    /// Sets `litigated_after`: cases that went on to court (复议后起诉).
    #[must_use]
    pub fn with_litigated_after(mut self, litigated_after: Quantity) -> Self {
        self.litigated_after = Some(litigated_after);
        self
    }
}

impl Litigation {
    /// Sets `received`: new first-instance cases (一审收案/应诉案件).
    #[must_use]
    pub fn with_received(mut self, received: Quantity) -> Self {
        self.received = Some(received);
        self
    }

    /// Sets `carried_over`: carried over (上年结转).
    #[must_use]
    pub fn with_carried_over(mut self, carried_over: Quantity) -> Self {
        self.carried_over = Some(carried_over);
        self
    }

    /// Sets `concluded`: concluded (审结).
    #[must_use]
    pub fn with_concluded(mut self, concluded: Quantity) -> Self {
        self.concluded = Some(concluded);
        self
    }

    /// Sets `lost`: lost (败诉).
    #[must_use]
    pub fn with_lost(mut self, lost: Quantity) -> Self {
        self.lost = Some(lost);
        self
    }

    /// Sets `loss_rate`: stated loss rate (败诉率), in %.
    #[must_use]
    pub fn with_loss_rate(mut self, loss_rate: Quantity) -> Self {
        self.loss_rate = Some(loss_rate);
        self
    }

    /// Sets `withdrawn`: withdrawn or mediated (调撤).
    #[must_use]
    pub fn with_withdrawn(mut self, withdrawn: Quantity) -> Self {
        self.withdrawn = Some(withdrawn);
        self
    }

    /// Sets `hearings`: cases heard in court that required the head to appear (开庭/应出庭).
    #[must_use]
    pub fn with_hearings(mut self, hearings: Quantity) -> Self {
        self.hearings = Some(hearings);
        self
    }

    /// Sets `head_appearances`: hearings the head of the organisation attended (负责人出庭应诉).
    #[must_use]
    pub fn with_head_appearances(mut self, head_appearances: Quantity) -> Self {
        self.head_appearances = Some(head_appearances);
        self
    }

    /// Sets `appearance_rate`: stated appearance rate (出庭应诉率), in %.
    #[must_use]
    pub fn with_appearance_rate(mut self, appearance_rate: Quantity) -> Self {
        self.appearance_rate = Some(appearance_rate);
        self
    }
}

impl Petitions {
    /// Sets `received`: received (受理/交办).
    #[must_use]
    pub fn with_received(mut self, received: Quantity) -> Self {
        self.received = Some(received);
        self
    }

    /// Sets `carried_over`: carried over (上年结转).
    #[must_use]
    pub fn with_carried_over(mut self, carried_over: Quantity) -> Self {
        self.carried_over = Some(carried_over);
        self
    }

    /// Sets `resolved`: resolved or closed (办结/化解).
    #[must_use]
    pub fn with_resolved(mut self, resolved: Quantity) -> Self {
        self.resolved = Some(resolved);
        self
    }

    /// Sets `resolution_rate`: stated resolution rate (办结率/化解率), in %.
    #[must_use]
    pub fn with_resolution_rate(mut self, resolution_rate: Quantity) -> Self {
        self.resolution_rate = Some(resolution_rate);
        self
    }

    /// Sets `satisfaction_rate`: stated satisfaction rate (满意率), in %.
    #[must_use]
    pub fn with_satisfaction_rate(mut self, satisfaction_rate: Quantity) -> Self {
        self.satisfaction_rate = Some(satisfaction_rate);
        self
    }

    /// Sets `mediations`: mediations conducted (调解).
    #[must_use]
    pub fn with_mediations(mut self, mediations: Quantity) -> Self {
        self.mediations = Some(mediations);
        self
    }

    /// Sets `mediated_successfully`: successful mediations (调解成功).
    #[must_use]
    pub fn with_mediated_successfully(mut self, mediated_successfully: Quantity) -> Self {
        self.mediated_successfully = Some(mediated_successfully);
        self
    }
}

impl Enforcement {
    /// Sets `min_officers_per_action`: minimum officers per enforcement action (严格执行2人以上执法规定 → 2); below 2 is unlawful.
    #[must_use]
    pub fn with_min_officers_per_action(mut self, min_officers_per_action: u32) -> Self {
        self.min_officers_per_action = Some(min_officers_per_action);
        self
    }

    /// Sets `shows_credentials`: officers show their credentials (主动出示执法证件).
    #[must_use]
    pub fn with_shows_credentials(mut self, shows_credentials: bool) -> Self {
        self.shows_credentials = shows_credentials;
        self
    }

    /// Sets `informs_parties`: parties are told the grounds, basis and their rights (告知执法事由、依据、权利义务).
    #[must_use]
    pub fn with_informs_parties(mut self, informs_parties: bool) -> Self {
        self.informs_parties = informs_parties;
        self
    }

    /// Sets `publicity`: publicity of enforcement (行政执法公示).
    #[must_use]
    pub fn with_publicity(mut self, publicity: bool) -> Self {
        self.publicity = publicity;
        self
    }

    /// Sets `full_process_recording`: whole-process recording (执法全过程记录).
    #[must_use]
    pub fn with_full_process_recording(mut self, full_process_recording: bool) -> Self {
        self.full_process_recording = full_process_recording;
        self
    }

    /// Sets `recording_devices`: recording devices in use (执法记录仪/执法记录设备).
    #[must_use]
    pub fn with_recording_devices(mut self, recording_devices: bool) -> Self {
        self.recording_devices = recording_devices;
        self
    }

    /// Sets `records_archived`: audio-visual records archived (音像资料归档).
    #[must_use]
    pub fn with_records_archived(mut self, records_archived: bool) -> Self {
        self.records_archived = records_archived;
        self
    }

    /// Sets `legal_review`: legal review of major enforcement decisions (重大执法决定法制审核).
    #[must_use]
    pub fn with_legal_review(mut self, legal_review: bool) -> Self {
        self.legal_review = legal_review;
        self
    }

    /// Sets `certified_officers`: certified enforcement officers (持证执法人员).
    #[must_use]
    pub fn with_certified_officers(mut self, certified_officers: Quantity) -> Self {
        self.certified_officers = Some(certified_officers);
        self
    }

    /// Sets `officer_monthly_actions`: how often each officer takes part (执法人员每月参与执法2次以上).
    #[must_use]
    pub fn with_officer_monthly_actions(mut self, officer_monthly_actions: Quantity) -> Self {
        self.officer_monthly_actions = Some(officer_monthly_actions);
        self
    }

    /// Sets `inspections`: enforcement inspections (开展93次行政执法检查).
    #[must_use]
    pub fn with_inspections(mut self, inspections: Quantity) -> Self {
        self.inspections = Some(inspections);
        self
    }

    /// Sets `cases_filed`: cases filed (立案).
    #[must_use]
    pub fn with_cases_filed(mut self, cases_filed: Quantity) -> Self {
        self.cases_filed = Some(cases_filed);
        self
    }

    /// Sets `case_count`: stated number of cases handled (查处案件N件); must match `cases` when both are given.
    #[must_use]
    pub fn with_case_count(mut self, case_count: Quantity) -> Self {
        self.case_count = Some(case_count);
        self
    }

    /// Sets `penalties`: administrative penalties decided (行政处罚) = simple + general procedure.
    #[must_use]
    pub fn with_penalties(mut self, penalties: Quantity) -> Self {
        self.penalties = Some(penalties);
        self
    }

    /// Sets `simple_procedure`: of which by the simple procedure (简易程序/当场处罚).
    #[must_use]
    pub fn with_simple_procedure(mut self, simple_procedure: Quantity) -> Self {
        self.simple_procedure = Some(simple_procedure);
        self
    }

    /// Sets `general_procedure`: of which by the general procedure (普通程序).
    #[must_use]
    pub fn with_general_procedure(mut self, general_procedure: Quantity) -> Self {
        self.general_procedure = Some(general_procedure);
        self
    }

    /// Sets `fines`: fines and confiscations (罚没款).
    #[must_use]
    pub fn with_fines(mut self, fines: Quantity) -> Self {
        self.fines = Some(fines);
        self
    }

    /// Sets `referrals`: cases referred to other bodies (移送).
    #[must_use]
    pub fn with_referrals(mut self, referrals: Quantity) -> Self {
        self.referrals = Some(referrals);
        self
    }

    /// Sets `orders`: orders issued, each with its document name as printed (下达责令改正通知书).
    #[must_use]
    pub fn with_orders(mut self, orders: impl IntoIterator<Item = EnforcementOrder>) -> Self {
        self.orders = orders.into_iter().collect();
        self
    }

    /// Sets `assessment`: assessment result, as printed (在全区普通执法单位考核中位居前列).
    #[must_use]
    pub fn with_assessment(mut self, assessment: impl Into<String>) -> Self {
        self.assessment = Some(assessment.into());
        self
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

    /// Sets `recipients`: to whom, as printed (部分涉案单位).
    #[must_use]
    pub fn with_recipients(mut self, recipients: impl Into<String>) -> Self {
        self.recipients = Some(recipients.into());
        self
    }

    /// Sets `count`: how many were issued.
    #[must_use]
    pub fn with_count(mut self, count: Quantity) -> Self {
        self.count = Some(count);
        self
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

    /// Sets `violation`: the violation as printed.
    #[must_use]
    pub fn with_violation(mut self, violation: impl Into<String>) -> Self {
        self.violation = Some(violation.into());
        self
    }

    /// Sets `action`: the measure taken, as printed.
    #[must_use]
    pub fn with_action(mut self, action: impl Into<String>) -> Self {
        self.action = Some(action.into());
        self
    }

    /// Sets `fine`: fine imposed.
    #[must_use]
    pub fn with_fine(mut self, fine: Quantity) -> Self {
        self.fine = Some(fine);
        self
    }

    /// Sets `status`: status.
    #[must_use]
    pub fn with_status(mut self, status: CaseStatus) -> Self {
        self.status = Some(status);
        self
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

    /// Sets `full_name`: full official name (天津市河北区国防动员办公室), when known.
    #[must_use]
    pub fn with_full_name(mut self, full_name: impl Into<String>) -> Self {
        self.full_name = Some(full_name.into());
        self
    }

    /// Sets `region`: region (天津市河北区).
    #[must_use]
    pub fn with_region(mut self, region: impl Into<String>) -> Self {
        self.region = Some(region.into());
        self
    }

    /// Sets `level`: administrative level.
    #[must_use]
    pub fn with_level(mut self, level: AdminLevel) -> Self {
        self.level = Some(level);
        self
    }

    /// Sets `kind`: kind of body.
    #[must_use]
    pub fn with_kind(mut self, kind: OrganizationKind) -> Self {
        self.kind = Some(kind);
        self
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

    /// Sets `number`: its document number (文号), if cited.
    #[must_use]
    pub fn with_number(mut self, number: impl Into<String>) -> Self {
        self.number = Some(number.into());
        self
    }

    /// Sets `deadline`: the submission deadline it sets, if cited.
    #[must_use]
    pub fn with_deadline(mut self, deadline: Date) -> Self {
        self.deadline = Some(deadline);
        self
    }
}

impl Signature {
    /// Sets `organization`: the organisation named in the signature (落款单位).
    #[must_use]
    pub fn with_organization(mut self, organization: impl Into<String>) -> Self {
        self.organization = Some(organization.into());
        self
    }

    /// Sets `signatory`: the official who signed (签发人).
    #[must_use]
    pub fn with_signatory(mut self, signatory: impl Into<String>) -> Self {
        self.signatory = Some(signatory.into());
        self
    }

    /// Sets `sealed`: whether the organisation's seal is affixed (加盖公章).
    #[must_use]
    pub fn with_sealed(mut self, sealed: bool) -> Self {
        self.sealed = sealed;
        self
    }
}

impl Dates {
    /// Sets `written`: date of writing (成文日期).
    #[must_use]
    pub fn with_written(mut self, written: Date) -> Self {
        self.written = Some(written);
        self
    }

    /// Sets `submitted`: date of submission to the addressees (报送日期); departments by 1 March of the next year.
    #[must_use]
    pub fn with_submitted(mut self, submitted: Date) -> Self {
        self.submitted = Some(submitted);
        self
    }

    /// Sets `published`: date of publication (公开日期); by 1 April of the next year.
    #[must_use]
    pub fn with_published(mut self, published: Date) -> Self {
        self.published = Some(published);
        self
    }

    /// Sets `data_cutoff`: the date up to which figures are counted (数据截止日期: 截至11月底).
    #[must_use]
    pub fn with_data_cutoff(mut self, data_cutoff: Date) -> Self {
        self.data_cutoff = Some(data_cutoff);
        self
    }
}

impl Meta {
    /// Sets `notice`: the notice the report answers.
    #[must_use]
    pub fn with_notice(mut self, notice: Notice) -> Self {
        self.notice = Some(notice);
        self
    }

    /// Sets `addressees`: addressees (主送机关: 区委、区政府).
    #[must_use]
    pub fn with_addressees<I, S>(mut self, addressees: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.addressees = addressees.into_iter().map(Into::into).collect();
        self
    }

    /// Sets `document_number`: document number (发文字号: 沪国动〔2024〕1号).
    #[must_use]
    pub fn with_document_number(mut self, document_number: impl Into<String>) -> Self {
        self.document_number = Some(document_number.into());
        self
    }

    /// Sets `preamble`: opening paragraphs before part 一 (导语).
    #[must_use]
    pub fn with_preamble<I, S>(mut self, preamble: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.preamble = preamble.into_iter().map(Into::into).collect();
        self
    }

    /// Sets `signature`: signature block.
    #[must_use]
    pub fn with_signature(mut self, signature: Signature) -> Self {
        self.signature = Some(signature);
        self
    }

    /// Sets `dates`: dates of writing, submission, publication and data cut-off; omitted when none is known.
    #[must_use]
    pub fn with_dates(mut self, dates: Dates) -> Self {
        self.dates = dates;
        self
    }
}

impl NormativeDocuments {
    /// Sets `issued`: issued this year (制定/制发).
    #[must_use]
    pub fn with_issued(mut self, issued: Quantity) -> Self {
        self.issued = Some(issued);
        self
    }

    /// Sets `reviewed`: reviewed for legality before issue (合法性审核).
    #[must_use]
    pub fn with_reviewed(mut self, reviewed: Quantity) -> Self {
        self.reviewed = Some(reviewed);
        self
    }

    /// Sets `filed`: filed with the government (报送备案); not more than issued.
    #[must_use]
    pub fn with_filed(mut self, filed: Quantity) -> Self {
        self.filed = Some(filed);
        self
    }

    /// Sets `cleaned_up`: examined in a clean-up (清理).
    #[must_use]
    pub fn with_cleaned_up(mut self, cleaned_up: Quantity) -> Self {
        self.cleaned_up = Some(cleaned_up);
        self
    }

    /// Sets `repealed`: repealed or expired (废止/失效).
    #[must_use]
    pub fn with_repealed(mut self, repealed: Quantity) -> Self {
        self.repealed = Some(repealed);
        self
    }

    /// Sets `in_force_opening`: in force at the start of the year (上年末现行有效).
    #[must_use]
    pub fn with_in_force_opening(mut self, in_force_opening: Quantity) -> Self {
        self.in_force_opening = Some(in_force_opening);
        self
    }

    /// Sets `in_force`: in force at the end of the year (现行有效) = opening + issued − repealed.
    #[must_use]
    pub fn with_in_force(mut self, in_force: Quantity) -> Self {
        self.in_force = Some(in_force);
        self
    }

    /// Sets `filing_rate`: stated filing rate (报备率), in %.
    #[must_use]
    pub fn with_filing_rate(mut self, filing_rate: Quantity) -> Self {
        self.filing_rate = Some(filing_rate);
        self
    }

    /// Sets `timely_filing_rate`: stated timely-filing rate (报备及时率), in %.
    #[must_use]
    pub fn with_timely_filing_rate(mut self, timely_filing_rate: Quantity) -> Self {
        self.timely_filing_rate = Some(timely_filing_rate);
        self
    }
}

impl Openness {
    /// Sets `proactive`: items proactively disclosed (主动公开).
    #[must_use]
    pub fn with_proactive(mut self, proactive: Quantity) -> Self {
        self.proactive = Some(proactive);
        self
    }

    /// Sets `requests_received`: requests received this year (依申请公开 本年新收).
    #[must_use]
    pub fn with_requests_received(mut self, requests_received: Quantity) -> Self {
        self.requests_received = Some(requests_received);
        self
    }

    /// Sets `requests_carried_over`: requests carried over from the previous year (上年结转).
    #[must_use]
    pub fn with_requests_carried_over(mut self, requests_carried_over: Quantity) -> Self {
        self.requests_carried_over = Some(requests_carried_over);
        self
    }

    /// Sets `requests_answered`: requests answered (办结/答复).
    #[must_use]
    pub fn with_requests_answered(mut self, requests_answered: Quantity) -> Self {
        self.requests_answered = Some(requests_answered);
        self
    }

    /// Sets `requests_carried_forward`: requests carried forward to next year (结转下年度继续办理).
    #[must_use]
    pub fn with_requests_carried_forward(mut self, requests_carried_forward: Quantity) -> Self {
        self.requests_carried_forward = Some(requests_carried_forward);
        self
    }

    /// Sets `answer_rate`: stated on-time answer rate (按时答复率), in %.
    #[must_use]
    pub fn with_answer_rate(mut self, answer_rate: Quantity) -> Self {
        self.answer_rate = Some(answer_rate);
        self
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

    /// Sets `marker`: the enumeration marker as printed (一是, （一）, 1.).
    #[must_use]
    pub fn with_marker(mut self, marker: impl Into<String>) -> Self {
        self.marker = Some(marker.into());
        self
    }

    /// Sets `details`: how it shows, as printed.
    #[must_use]
    pub fn with_details<I, S>(mut self, details: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.details = details.into_iter().map(Into::into).collect();
        self
    }

    /// Sets `documents`: laws, regulations and documents the item names (《中华人民共和国人民防空法》).
    #[must_use]
    pub fn with_documents(mut self, documents: impl IntoIterator<Item = DocumentRef>) -> Self {
        self.documents = documents.into_iter().collect();
        self
    }

    /// Sets `cause`: why it arose (原因); the mandated part asks for it.
    #[must_use]
    pub fn with_cause(mut self, cause: impl Into<String>) -> Self {
        self.cause = Some(cause.into());
        self
    }

    /// Sets `remedy`: what will be done about it (整改措施).
    #[must_use]
    pub fn with_remedy(mut self, remedy: impl Into<String>) -> Self {
        self.remedy = Some(remedy.into());
        self
    }

    /// Sets `paragraphs`: the item's paragraphs as printed, marker included; `problem`, `details`, `cause` and `remedy` are their typed reading.
    #[must_use]
    pub fn with_paragraphs<I, S>(mut self, paragraphs: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.paragraphs = paragraphs.into_iter().map(Into::into).collect();
        self
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

    /// Sets `paragraphs`: paragraphs before the first item.
    #[must_use]
    pub fn with_paragraphs<I, S>(mut self, paragraphs: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.paragraphs = paragraphs.into_iter().map(Into::into).collect();
        self
    }

    /// Sets `items`: the shortcomings, in printed order.
    #[must_use]
    pub fn with_items(mut self, items: impl IntoIterator<Item = Shortcoming>) -> Self {
        self.items = items.into_iter().collect();
        self
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

    /// Sets `paragraphs`: paragraphs before the first item.
    #[must_use]
    pub fn with_paragraphs<I, S>(mut self, paragraphs: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.paragraphs = paragraphs.into_iter().map(Into::into).collect();
        self
    }

    /// Sets `items`: the planned items, in printed order.
    #[must_use]
    pub fn with_items(mut self, items: impl IntoIterator<Item = Section>) -> Self {
        self.items = items.into_iter().collect();
        self
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

    /// Sets `date`: the date it fell on that year, when known (a siren test day is set locally).
    #[must_use]
    pub fn with_date(mut self, date: Date) -> Self {
        self.date = Some(date);
        self
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

    /// Sets `occasions`: days it was tied to (以国家安全教育日 …为契机).
    #[must_use]
    pub fn with_occasions(mut self, occasions: impl IntoIterator<Item = Occasion>) -> Self {
        self.occasions = occasions.into_iter().collect();
        self
    }

    /// Sets `date`: when it took place.
    #[must_use]
    pub fn with_date(mut self, date: Date) -> Self {
        self.date = Some(date);
        self
    }

    /// Sets `partners`: partner organisations (天津市第一轻工业学校).
    #[must_use]
    pub fn with_partners(mut self, partners: ItemList) -> Self {
        self.partners = partners;
        self
    }

    /// Sets `audience`: audience as printed (群众, 在校生, 企业).
    #[must_use]
    pub fn with_audience(mut self, audience: impl Into<String>) -> Self {
        self.audience = Some(audience.into());
        self
    }

    /// Sets `participants`: participants or people reached (900余名).
    #[must_use]
    pub fn with_participants(mut self, participants: Quantity) -> Self {
        self.participants = Some(participants);
        self
    }

    /// Sets `methods`: methods (发放宣传资料、现场答疑).
    #[must_use]
    pub fn with_methods(mut self, methods: ItemList) -> Self {
        self.methods = methods;
        self
    }

    /// Sets `topic`: subjects (国防动员和人民防空知识).
    #[must_use]
    pub fn with_topic(mut self, topic: impl Into<String>) -> Self {
        self.topic = Some(topic.into());
        self
    }

    /// Sets `combined_with`: work it was combined with (结合…两项工作任务).
    #[must_use]
    pub fn with_combined_with(mut self, combined_with: ItemList) -> Self {
        self.combined_with = combined_with;
        self
    }

    /// Sets `count`: how many events (开展活动12场).
    #[must_use]
    pub fn with_count(mut self, count: Quantity) -> Self {
        self.count = Some(count);
        self
    }

    /// Sets `materials`: materials handed out (发放资料2000份).
    #[must_use]
    pub fn with_materials(mut self, materials: Quantity) -> Self {
        self.materials = Some(materials);
        self
    }
}

impl Report {
    /// Sets `other`: 五、其他需要报告的情况 (optional).
    #[must_use]
    pub fn with_other(mut self, other: OtherMatters) -> Self {
        self.other = Some(other);
        self
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

    /// Sets `source_year`: the year of that assessment.
    #[must_use]
    pub fn with_source_year(mut self, source_year: Year) -> Self {
        self.source_year = Some(source_year);
        self
    }

    /// Sets `measures`: measures taken (学习培训, 建章立制).
    #[must_use]
    pub fn with_measures<I, S>(mut self, measures: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.measures = measures.into_iter().map(Into::into).collect();
        self
    }

    /// Sets `status`: status.
    #[must_use]
    pub fn with_status(mut self, status: RectificationStatus) -> Self {
        self.status = Some(status);
        self
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

    /// Sets `categories`: categories named (堆放杂物、设备设施缺失 等).
    #[must_use]
    pub fn with_categories(mut self, categories: ItemList) -> Self {
        self.categories = categories;
        self
    }

    /// Sets `found`: hazards found (发现隐患).
    #[must_use]
    pub fn with_found(mut self, found: Quantity) -> Self {
        self.found = Some(found);
        self
    }

    /// Sets `rectified`: hazards rectified (已整改).
    #[must_use]
    pub fn with_rectified(mut self, rectified: Quantity) -> Self {
        self.rectified = Some(rectified);
        self
    }

    /// Sets `pending`: hazards still being rectified (整改中/未整改).
    #[must_use]
    pub fn with_pending(mut self, pending: Quantity) -> Self {
        self.pending = Some(pending);
        self
    }

    /// Sets `rate`: stated rectification rate (整改率), in %.
    #[must_use]
    pub fn with_rate(mut self, rate: Quantity) -> Self {
        self.rate = Some(rate);
        self
    }

    /// Sets `major`: of which major hazards (重大隐患).
    #[must_use]
    pub fn with_major(mut self, major: Quantity) -> Self {
        self.major = Some(major);
        self
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

    /// Sets `scope`: what was inspected, as printed (辖区内所有人防工程).
    #[must_use]
    pub fn with_scope(mut self, scope: impl Into<String>) -> Self {
        self.scope = Some(scope.into());
        self
    }

    /// Sets `count`: how many inspections (检查1303次).
    #[must_use]
    pub fn with_count(mut self, count: Quantity) -> Self {
        self.count = Some(count);
        self
    }

    /// Sets `personnel`: staff deployed (出动巡查人员2689人次).
    #[must_use]
    pub fn with_personnel(mut self, personnel: Quantity) -> Self {
        self.personnel = Some(personnel);
        self
    }

    /// Sets `partners`: partner bodies of a joint inspection (消防支队、公安 …等).
    #[must_use]
    pub fn with_partners(mut self, partners: ItemList) -> Self {
        self.partners = partners;
        self
    }

    /// Sets `sites`: sites inspected, with their stated total (琴海公寓 …等共计17处).
    #[must_use]
    pub fn with_sites(mut self, sites: ItemList) -> Self {
        self.sites = sites;
        self
    }

    /// Sets `outcomes`: problems solved or results, as printed.
    #[must_use]
    pub fn with_outcomes<I, S>(mut self, outcomes: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.outcomes = outcomes.into_iter().map(Into::into).collect();
        self
    }
}

impl Section {
    /// Sets `paragraphs`: the paragraphs as printed.
    #[must_use]
    pub fn with_paragraphs<I, S>(mut self, paragraphs: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.paragraphs = paragraphs.into_iter().map(Into::into).collect();
        self
    }

    /// Sets `indicators`: figures without a dedicated field.
    #[must_use]
    pub fn with_indicators(mut self, indicators: impl IntoIterator<Item = Indicator>) -> Self {
        self.indicators = indicators.into_iter().collect();
        self
    }

    /// Sets `stocks`: stocks that change over the year.
    #[must_use]
    pub fn with_stocks(mut self, stocks: impl IntoIterator<Item = Stock>) -> Self {
        self.stocks = stocks.into_iter().collect();
        self
    }

    /// Sets `studies`: study sessions, lectures, trainings.
    #[must_use]
    pub fn with_studies(mut self, studies: impl IntoIterator<Item = StudySession>) -> Self {
        self.studies = studies.into_iter().collect();
        self
    }

    /// Sets `study_materials`: study materials.
    #[must_use]
    pub fn with_study_materials(
        mut self,
        study_materials: impl IntoIterator<Item = StudyMaterial>,
    ) -> Self {
        self.study_materials = study_materials.into_iter().collect();
        self
    }

    /// Sets `documents`: laws, regulations and notices cited as the basis of the work.
    #[must_use]
    pub fn with_documents(mut self, documents: impl IntoIterator<Item = DocumentRef>) -> Self {
        self.documents = documents.into_iter().collect();
        self
    }

    /// Sets `campaigns`: named campaigns and special actions.
    #[must_use]
    pub fn with_campaigns(mut self, campaigns: impl IntoIterator<Item = Campaign>) -> Self {
        self.campaigns = campaigns.into_iter().collect();
        self
    }

    /// Sets `services`: service visits.
    #[must_use]
    pub fn with_services(mut self, services: impl IntoIterator<Item = ServiceVisit>) -> Self {
        self.services = services.into_iter().collect();
        self
    }

    /// Sets `publications`: guides and lists the organisation produced.
    #[must_use]
    pub fn with_publications(
        mut self,
        publications: impl IntoIterator<Item = Publication>,
    ) -> Self {
        self.publications = publications.into_iter().collect();
        self
    }

    /// Sets `hazards`: hazard ledgers.
    #[must_use]
    pub fn with_hazards(mut self, hazards: impl IntoIterator<Item = HazardLedger>) -> Self {
        self.hazards = hazards.into_iter().collect();
        self
    }

    /// Sets `inspections`: inspections.
    #[must_use]
    pub fn with_inspections(mut self, inspections: impl IntoIterator<Item = Inspection>) -> Self {
        self.inspections = inspections.into_iter().collect();
        self
    }

    /// Sets `decisions`: major administrative decisions.
    #[must_use]
    pub fn with_decisions(mut self, decisions: impl IntoIterator<Item = MajorDecision>) -> Self {
        self.decisions = decisions.into_iter().collect();
        self
    }

    /// Sets `decision_making`: the organisation's own decision-making rules.
    #[must_use]
    pub fn with_decision_making(mut self, decision_making: DecisionMaking) -> Self {
        self.decision_making = Some(Box::new(decision_making));
        self
    }

    /// Sets `counsel`: legal counsel work.
    #[must_use]
    pub fn with_counsel(mut self, counsel: LegalCounsel) -> Self {
        self.counsel = Some(Box::new(counsel));
        self
    }

    /// Sets `enforcement`: enforcement practice and figures.
    #[must_use]
    pub fn with_enforcement(mut self, enforcement: Enforcement) -> Self {
        self.enforcement = Some(Box::new(enforcement));
        self
    }

    /// Sets `cases`: enforcement cases.
    #[must_use]
    pub fn with_cases(mut self, cases: impl IntoIterator<Item = EnforcementCase>) -> Self {
        self.cases = cases.into_iter().collect();
        self
    }

    /// Sets `publicity`: legal publicity events.
    #[must_use]
    pub fn with_publicity(mut self, publicity: impl IntoIterator<Item = PublicityEvent>) -> Self {
        self.publicity = publicity.into_iter().collect();
        self
    }

    /// Sets `normative_documents`: normative-document figures.
    #[must_use]
    pub fn with_normative_documents(mut self, normative_documents: NormativeDocuments) -> Self {
        self.normative_documents = Some(Box::new(normative_documents));
        self
    }

    /// Sets `reconsideration`: administrative reconsideration figures.
    #[must_use]
    pub fn with_reconsideration(mut self, reconsideration: Reconsideration) -> Self {
        self.reconsideration = Some(Box::new(reconsideration));
        self
    }

    /// Sets `litigation`: administrative litigation figures.
    #[must_use]
    pub fn with_litigation(mut self, litigation: Litigation) -> Self {
        self.litigation = Some(Box::new(litigation));
        self
    }

    /// Sets `petitions`: petitions and mediation figures.
    #[must_use]
    pub fn with_petitions(mut self, petitions: Petitions) -> Self {
        self.petitions = Some(Box::new(petitions));
        self
    }

    /// Sets `openness`: government information disclosure figures.
    #[must_use]
    pub fn with_openness(mut self, openness: Openness) -> Self {
        self.openness = Some(Box::new(openness));
        self
    }

    /// Sets `duties`: personal duties of the principal responsible person (part 三).
    #[must_use]
    pub fn with_duties(mut self, duties: impl IntoIterator<Item = Duty>) -> Self {
        self.duties = duties.into_iter().collect();
        self
    }

    /// Sets `rectifications`: rectification of problems found earlier.
    #[must_use]
    pub fn with_rectifications(
        mut self,
        rectifications: impl IntoIterator<Item = Rectification>,
    ) -> Self {
        self.rectifications = rectifications.into_iter().collect();
        self
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

    /// Sets `led_by`: who led it (办领导).
    #[must_use]
    pub fn with_led_by(mut self, led_by: impl Into<String>) -> Self {
        self.led_by = Some(led_by.into());
        self
    }

    /// Sets `activities`: what was done, as printed (面对面答疑解惑, 解读相关政策).
    #[must_use]
    pub fn with_activities<I, S>(mut self, activities: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.activities = activities.into_iter().map(Into::into).collect();
        self
    }

    /// Sets `count`: how many visits.
    #[must_use]
    pub fn with_count(mut self, count: Quantity) -> Self {
        self.count = Some(count);
        self
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

    /// Sets `scope`: where or for whom (河北区).
    #[must_use]
    pub fn with_scope(mut self, scope: impl Into<String>) -> Self {
        self.scope = Some(scope.into());
        self
    }

    /// Sets `topics`: its strands (燃气、防汛、消防、重要时间节点).
    #[must_use]
    pub fn with_topics(mut self, topics: ItemList) -> Self {
        self.topics = topics;
        self
    }

    /// Sets `actions`: what was set up for it, as printed (成立专项服务组).
    #[must_use]
    pub fn with_actions<I, S>(mut self, actions: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.actions = actions.into_iter().map(Into::into).collect();
        self
    }

    /// Sets `count`: how many times or rounds.
    #[must_use]
    pub fn with_count(mut self, count: Quantity) -> Self {
        self.count = Some(count);
        self
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

    /// Sets `purpose`: purpose or audience, as printed.
    #[must_use]
    pub fn with_purpose(mut self, purpose: impl Into<String>) -> Self {
        self.purpose = Some(purpose.into());
        self
    }

    /// Sets `copies`: copies printed or distributed.
    #[must_use]
    pub fn with_copies(mut self, copies: Quantity) -> Self {
        self.copies = Some(copies);
        self
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

    /// Sets `date`: when it took place.
    #[must_use]
    pub fn with_date(mut self, date: Date) -> Self {
        self.date = Some(date);
        self
    }

    /// Sets `format`: its form.
    #[must_use]
    pub fn with_format(mut self, format: StudyFormat) -> Self {
        self.format = Some(format);
        self
    }

    /// Sets `organizer`: who organised it (市国动办统一组织, 办党组书记).
    #[must_use]
    pub fn with_organizer(mut self, organizer: impl Into<String>) -> Self {
        self.organizer = Some(organizer.into());
        self
    }

    /// Sets `convener`: the person who convened or chaired it, when the report names one (组织人/主持人): "办党组书记刘殿鸿同志组织全办人员进行……专题学习".
    #[must_use]
    pub fn with_convener(mut self, convener: Person) -> Self {
        self.convener = Some(convener);
        self
    }

    /// Sets `speaker`: who spoke or taught.
    #[must_use]
    pub fn with_speaker(mut self, speaker: Person) -> Self {
        self.speaker = Some(speaker);
        self
    }

    /// Sets `contents`: the subjects studied when several are listed (习近平法治思想、党的二十大精神 …等).
    #[must_use]
    pub fn with_contents(mut self, contents: ItemList) -> Self {
        self.contents = contents;
        self
    }

    /// Sets `audience`: who attended (全办人员, 领导班子成员).
    #[must_use]
    pub fn with_audience(mut self, audience: impl Into<String>) -> Self {
        self.audience = Some(audience.into());
        self
    }

    /// Sets `participants`: how many attended.
    #[must_use]
    pub fn with_participants(mut self, participants: Quantity) -> Self {
        self.participants = Some(participants);
        self
    }

    /// Sets `count`: how many times, when it stands for a series (组织学习12次).
    #[must_use]
    pub fn with_count(mut self, count: Quantity) -> Self {
        self.count = Some(count);
        self
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

    /// Sets `distribution`: how it was distributed, as printed (人手一本).
    #[must_use]
    pub fn with_distribution(mut self, distribution: impl Into<String>) -> Self {
        self.distribution = Some(distribution.into());
        self
    }

    /// Sets `copies`: copies distributed.
    #[must_use]
    pub fn with_copies(mut self, copies: Quantity) -> Self {
        self.copies = Some(copies);
        self
    }
}

impl Measures {
    /// Sets `paragraphs`: paragraphs before the first subsection.
    #[must_use]
    pub fn with_paragraphs<I, S>(mut self, paragraphs: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.paragraphs = paragraphs.into_iter().map(Into::into).collect();
        self
    }

    /// Sets `items`: the numbered subsections, in printed order.
    #[must_use]
    pub fn with_items(mut self, items: impl IntoIterator<Item = Section>) -> Self {
        self.items = items.into_iter().collect();
        self
    }
}

impl Responsibility {
    /// Sets `paragraphs`: paragraphs before the first subsection.
    #[must_use]
    pub fn with_paragraphs<I, S>(mut self, paragraphs: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.paragraphs = paragraphs.into_iter().map(Into::into).collect();
        self
    }

    /// Sets `items`: the numbered subsections, in printed order.
    #[must_use]
    pub fn with_items(mut self, items: impl IntoIterator<Item = Section>) -> Self {
        self.items = items.into_iter().collect();
        self
    }
}

impl OtherMatters {
    /// Sets `paragraphs`: paragraphs before the first subsection.
    #[must_use]
    pub fn with_paragraphs<I, S>(mut self, paragraphs: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.paragraphs = paragraphs.into_iter().map(Into::into).collect();
        self
    }

    /// Sets `items`: the numbered subsections, in printed order.
    #[must_use]
    pub fn with_items(mut self, items: impl IntoIterator<Item = Section>) -> Self {
        self.items = items.into_iter().collect();
        self
    }
}
