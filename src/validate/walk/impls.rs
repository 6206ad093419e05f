//! The typed walk's view of the model: each struct's fields by wire name, in declaration
//! (and so serialisation) order. The struct patterns are exhaustive, so a field added to the
//! model must be added here too; the oracle test in the parent module checks the names.

use super::{Walk, Walker};
use crate::model::*;

/// Implements [`Walk`] for structs: every field, visited under its own name (the model
/// renames no field on the wire). `Name [FLAG] { … }` also sets the trait's flag `FLAG`
/// (`SECTION`) for the type.
macro_rules! walk_structs {
    ($($ty:ident $([$flag:ident])? { $($field:ident),* $(,)? }),* $(,)?) => {
        $(
            impl Walk for $ty {
                $(const $flag: bool = true;)?
                fn walk<'r>(&'r self, w: &mut Walker<'r, '_>) {
                    let $ty { $($field),* } = self;
                    $( w.field(stringify!($field), $field); )*
                }
            }
        )*
    };
}

/// Implements [`Walk`] for types that hold no text, date or figure.
macro_rules! leafless {
    ($($ty:ty),* $(,)?) => {
        $(
            impl Walk for $ty {
                const LEAFLESS: bool = true;
                fn walk<'r>(&'r self, _: &mut Walker<'r, '_>) {}
            }
        )*
    };
}

leafless!(
    bool,
    u32,
    Year,
    SchemaVersion,
    MeetingKind,
    IndicatorKind,
    Trend,
    Procedure,
    DecisionRole,
    AdviserKind,
    ReconsiderationRole,
    CaseStatus,
    AdminLevel,
    OrganizationKind,
    CommemorativeDay,
    Duty,
    RectificationStatus,
    InspectionKind,
    Theme,
    StudyFormat,
    Decimal,
    Completeness,
    PeriodKind,
    MultipleReading,
    Comparator,
    Change,
    HeadLevel
);

/// A list of named items (列举事项) is a struct like any other, and also handed to the
/// walk's list visitor, if any (see [`each_list`](super::each_list)).
impl Walk for ItemList {
    fn walk<'r>(&'r self, w: &mut Walker<'r, '_>) {
        let ItemList {
            items,
            exhaustive,
            total,
        } = self;
        w.item_list(self);
        w.field("items", items);
        w.field("exhaustive", exhaustive);
        w.field("total", total);
    }
}

walk_structs! {
    Person { name, position, affiliation },
    Meeting { name, body, kind, ordinal, date },
    DocumentRef { title, issuer, number },
    RateBasis { numerator, denominator },
    Indicator { key, label, value, kind, trend, part_of, sum_of_parts, rate_of, period },
    Stock { label, opening, added, removed, closing },
    DateRange { start, end },
    MajorDecision { name, role, procedures, not_public, comment_period, shortened_comment_reason, approvals },
    DecisionMaking { rules, matters, bodies, head_speaks_last, mechanism },
    Adviser { kind, name, count },
    LegalCounsel { advisers, reviewed_kinds, reviewed, opinions, adopted, trainings },
    CounselTraining { topic, count },
    ReconsiderationOutcomes { upheld, dismissed, corrected, mediated, terminated, other },
    Reconsideration { role, received, accepted, rejected, carried_over, concluded, outcomes, pending, correction_rate, litigated_after, mediation_rate, resolution_rate, litigation_ratio },
    Litigation { received, carried_over, concluded, lost, loss_rate, withdrawn, withdrawal_rate, hearings, head_appearances, appearance_rate, appearances_by_level },
    AppearanceByLevel { level, scope, hearings, appearances, rate },
    Petitions { received, carried_over, resolved, resolution_rate, satisfaction_rate, mediations, mediated_successfully, mediation_rate, disputes_found },
    Enforcement { sector, min_officers_per_action, shows_credentials, informs_parties, publicity, full_process_recording, recording_devices, records_archived, legal_review, certified_officers, officer_monthly_actions, inspections, cases_filed, case_count, penalties, simple_procedure, general_procedure, fines, referrals, orders, assessment },
    EnforcementOrder { document, recipients, count },
    EnforcementCase { party, violation, action, fine, status },
    Organization { name, full_name, region, level, kind },
    Notice { issuer, title, number, deadline },
    Signature { organization, signatory, sealed },
    Dates { written, submitted, published, data_cutoff },
    Meta { title, year, organization, notice, addressees, document_number, preamble, signature, dates, period },
    NormativeDocuments { issued, reviewed, filed, cleaned_up, repealed, in_force_opening, in_force, filing_rate, timely_filing_rate },
    Openness { proactive, requests_received, requests_carried_over, requests_answered, requests_carried_forward, answer_rate },
    Shortcoming { marker, problem, details, documents, cause, remedy, paragraphs },
    Shortcomings { heading, paragraphs, items },
    Plans { heading, year, paragraphs, items },
    Occasion { day, name, date },
    PublicityEvent { activity, occasions, date, partners, audience, participants, methods, topic, combined_with, count, materials },
    Report { schema_version, meta, measures, shortcomings, responsibility, plans, other },
    Rectification { source, source_year, problem, measures, status },
    HazardLedger { label, categories, found, rectified, pending, rate, major },
    Inspection { kind, scope, count, personnel, partners, sites, outcomes },
    Section [SECTION] { heading, theme, paragraphs, indicators, stocks, period, figures, breakdowns, comparisons, periods, studies, study_materials, documents, campaigns, services, publications, government_services, evaluations, hazards, inspections, accidents, decisions, decision_making, counsel, enforcement, sector_enforcement, cooperation, supervision, cases, publicity, normative_documents, filing_review, reconsideration, litigation, petitions, openness, duties, rectifications, items },
    FactRef { field, indicator },
    BreakdownMember { label, value, fact, share, other },
    Breakdown { of, axis, completeness, members },
    Period { kind, year, end, text },
    FactPeriod { of, period },
    Comparison { of, base, previous, direction, change, growth_rate, multiple, multiple_reading },
    Range { low, high },
    Ratio { antecedent, consequent },
    Target { comparator, value, ratio, actual, actual_fact },
    BeforeAfter { before, after, change },
    Figure { key, label, range, ratio, target, before_after, period },
    ApprovalItem { name, handled, handled_online, statutory_time, committed_time, committed_range, time_reduction, materials_reduction, average_time },
    GovernmentServices { catalogue_items, licensing_items, handled, completed_on_time, on_time_rate, online_rate, one_stop_scenarios, cross_region_items, items },
    EnforcementCooperation { transferred_to_police, accepted_by_police, received_from_others, joint_actions, joint_cases, licences_published, penalties_published, publication_rate, timely_rate },
    EnforcementSupervision { files_reviewed, files_with_defects, pass_rate, problems_found, notices_issued, complaints_received, complaints_handled, bodies_confirmed },
    ServiceEvaluations { received, positive, negative, positive_rate, negative_verified, negative_rectified, rectification_rate },
    AccidentStatistics { kind, accidents, deaths, injuries, economic_loss, major_accidents },
    FilingReview { submitted, filed, reviewed, faulty, corrected, legality_reviews, opinions, filing_rate, timely_rate },
    ServiceVisit { led_by, targets, activities, count },
    Campaign { name, scope, topics, actions, count },
    Publication { title, purpose, copies },
    StudySession { date, format, organizer, convener, speaker, topic, contents, audience, participants, count },
    StudyMaterial { title, distribution, copies },
    Measures { heading, paragraphs, items },
    Responsibility { heading, paragraphs, items },
    OtherMatters { heading, paragraphs, items },
}
