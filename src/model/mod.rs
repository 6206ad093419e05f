//! The data model: every part of a report as typed data (报告数据模型).
//!
//! One module per part and per theme; [`Section`] carries the typed blocks of every theme,
//! so that any subsection may report any fact.

mod accidents;
mod approvals;
#[macro_use]
mod setters;
mod builders;
mod builders_round2;
mod common;
mod conversions;
mod cooperation;
pub(crate) mod date;
mod decimal;
mod decisions;
mod disputes;
mod enforcement;
mod evaluations;
mod facts;
mod filing;
mod forms;
mod meta;
mod normative;
mod openness;
mod parts;
mod publicity;
pub(crate) mod quantity;
mod report;
mod responsibility;
mod safety;
mod section;
mod services;
mod study;
mod unique;
pub(crate) mod wire;

pub use accidents::AccidentStatistics;
pub use approvals::{ApprovalItem, GovernmentServices};
pub use common::{
    DocumentRef, Indicator, IndicatorKind, ItemList, Meeting, MeetingKind, Person, RateBasis,
    Stock, Trend,
};
pub use conversions::YearError;
pub use cooperation::{EnforcementCooperation, EnforcementSupervision};
pub(crate) use date::DateProblem;
pub use date::{DateRange, Year};
pub(crate) use decimal::is_raw_value_token;
pub use decimal::{Decimal, DecimalError, MAX_SIGNIFICANT_DIGITS};
pub use decisions::{
    Adviser, AdviserKind, CounselTraining, DecisionMaking, DecisionRole, LegalCounsel,
    MajorDecision, Procedure,
};
pub use disputes::{
    AppearanceByLevel, HeadLevel, Litigation, Petitions, Reconsideration, ReconsiderationOutcomes,
    ReconsiderationRole,
};
pub use enforcement::{CaseStatus, Enforcement, EnforcementCase, EnforcementOrder};
pub use evaluations::ServiceEvaluations;
pub use facts::{
    Breakdown, BreakdownMember, Comparison, Completeness, FactPeriod, FactRef, MultipleReading,
    Period, PeriodKind,
};
pub use filing::FilingReview;
pub use forms::{BeforeAfter, Change, Comparator, Figure, Range, Ratio, Target};
pub use meta::{AdminLevel, Dates, Meta, Notice, Organization, OrganizationKind, Signature};
pub use normative::NormativeDocuments;
pub use openness::Openness;
pub use parts::{
    Measures, OtherMatters, PartKind, Plans, Responsibility, Shortcoming, Shortcomings,
};
pub use publicity::{CommemorativeDay, Occasion, PublicityEvent};
pub use quantity::{
    Bound, Interval, MarkerPosition, OtherUnit, Qualifier, Quantity, QuantityError, Unit, UnitError,
};
pub use report::{Report, SchemaVersion};
pub use responsibility::{Duty, Rectification, RectificationStatus};
pub use safety::{HazardLedger, Inspection, InspectionKind};
pub use section::{Section, Theme};
pub use services::{Campaign, Publication, ServiceVisit};
pub use study::{StudyFormat, StudyMaterial, StudySession};
