//! proptest strategies for whole [`Report`]s (报告生成策略): every part, every block type,
//! Chinese text with the characters JSON must escape, quantities with units and qualifiers,
//! dates, and optional fields both present and absent.
//!
//! Generated values are valid by construction (what the parser accepts): figures are not
//! negative, counts of whole things are whole, decimals have at most 15 significant digits,
//! units are measure words of 1–8 characters.

use fazhi_report::*;
use proptest::collection::vec;
use proptest::option::of;
use proptest::prelude::*;
use proptest::sample::select;
use time::Date;

/// Up to `n` items.
fn few<T: std::fmt::Debug>(s: impl Strategy<Value = T>, n: usize) -> impl Strategy<Value = Vec<T>> {
    vec(s, 0..=n)
}

/// Characters of drafted text: CJK, ASCII, full-width punctuation, and the characters
/// that JSON escapes (quotes, backslash, control characters) or that need surrogate pairs.
const SPECIAL: &[char] = &[
    '，', '。', '、', '“', '”', '《', '》', '（', '）', ' ', '"', '\\', '/', '\n', '\t', '\u{0}',
    '\u{1f}', '\u{7f}', '\u{2028}', '\u{feff}', '😀', '𠀀', '~',
];

/// Text as drafters write it. Built from a seed rather than character by character: a
/// report holds hundreds of texts, and per-character value trees would dominate the time.
/// From 1 to 20 characters: within the schema's bounds of every text field (the shortest
/// `maxLength` of a text is 20), which the parser enforces.
pub fn text() -> BoxedStrategy<String> {
    (any::<u64>(), 1usize..=20)
        .prop_map(|(seed, len)| {
            let mut state = seed | 1;
            (0..len)
                .map(|_| {
                    // xorshift64
                    state ^= state << 13;
                    state ^= state >> 7;
                    state ^= state << 17;
                    let pick = (state >> 32) as u32;
                    match pick % 11 {
                        0..=5 => char::from_u32(0x4e00 + pick / 11 % 0x51a6).unwrap_or('法'),
                        6 | 7 => char::from(b'a' + (pick / 11 % 26) as u8),
                        8 => char::from(b'0' + (pick / 11 % 10) as u8),
                        _ => SPECIAL[(pick / 11) as usize % SPECIAL.len()],
                    }
                })
                .collect()
        })
        .boxed()
}

fn opt_text() -> BoxedStrategy<Option<String>> {
    of(text()).boxed()
}

fn texts(n: usize) -> BoxedStrategy<Vec<String>> {
    few(text(), n).boxed()
}

/// An indicator key: `^[a-z][a-z0-9_]*$`.
fn key() -> BoxedStrategy<String> {
    (
        proptest::char::range('a', 'z'),
        vec(
            prop_oneof![
                proptest::char::range('a', 'z'),
                proptest::char::range('0', '9'),
                Just('_')
            ],
            0..10,
        ),
    )
        .prop_map(|(first, rest)| std::iter::once(first).chain(rest).collect())
        .boxed()
}

/// A calendar date of 2000–2100 (days 1–28, and the ends of months).
pub fn date() -> BoxedStrategy<Date> {
    (2000i32..=2100, 1u8..=12, 1u8..=31)
        .prop_map(|(y, m, d)| {
            let month = time::Month::try_from(m).unwrap_or(time::Month::January);
            let last = time::util::days_in_month(month, y);
            Date::from_calendar_date(y, month, d.min(last)).expect("a real date")
        })
        .boxed()
}

fn opt_date() -> BoxedStrategy<Option<Date>> {
    of(date()).boxed()
}

pub fn year() -> BoxedStrategy<Year> {
    (Year::MIN..=Year::MAX)
        .prop_map(|y| Year::new(y).expect("in range"))
        .boxed()
}

/// A measure word: one of the closed set, or another word (which must not be a known one).
pub fn unit() -> BoxedStrategy<Unit> {
    prop_oneof![
        4 => select(Unit::KNOWN.to_vec()),
        1 => vec(proptest::char::range('\u{4e00}', '\u{9fa5}'), 1..=Unit::MAX_OTHER_CHARS)
            .prop_map(|w| Unit::new(&w.into_iter().collect::<String>()).expect("a measure word")),
        1 => select(vec!["栋", "吨", "艘", "km²", "‰"]).prop_map(|w| Unit::new(w).expect("a measure word")),
    ]
    .boxed()
}

pub fn qualifier() -> BoxedStrategy<Qualifier> {
    select(vec![
        Qualifier::Exact,
        Qualifier::MoreThan,
        Qualifier::About,
        Qualifier::Nearly,
        Qualifier::AtLeast,
        Qualifier::AtMost,
    ])
    .boxed()
}

/// A figure: at most 15 significant digits, whole for units that count whole things.
pub fn quantity() -> BoxedStrategy<Quantity> {
    let mantissa = prop_oneof![
        4 => 0i64..1000,
        2 => 0i64..1_000_000,
        1 => 0i64..1_000_000_000_000_000,
    ];
    (mantissa, 0u8..=6, unit(), qualifier())
        .prop_map(|(m, scale, unit, qualifier)| {
            let scale = if unit.is_whole() { 0 } else { scale };
            Quantity::new(Decimal::new(m, scale), unit)
                .unwrap()
                .with_qualifier(qualifier)
        })
        .boxed()
}

fn q() -> BoxedStrategy<Option<Quantity>> {
    of(quantity()).boxed()
}

fn item_list() -> BoxedStrategy<ItemList> {
    (texts(3), any::<bool>(), q())
        .prop_map(|(items, exhaustive, total)| {
            let mut value = ItemList::default();
            value.items = items;
            value.exhaustive = exhaustive;
            value.total = total;
            value
        })
        .boxed()
}

fn person() -> BoxedStrategy<Person> {
    (text(), opt_text(), opt_text())
        .prop_map(|(name, position, affiliation)| {
            let mut value = Person::new(name);
            value.position = position;
            value.affiliation = affiliation;
            value
        })
        .boxed()
}

fn meeting() -> BoxedStrategy<Meeting> {
    let kind = select(vec![
        MeetingKind::ExecutiveMeeting,
        MeetingKind::PlenaryMeeting,
        MeetingKind::PartyCommittee,
        MeetingKind::PartyGroup,
        MeetingKind::Leadership,
        MeetingKind::Other,
    ]);
    (text(), text(), kind, of(any::<u32>()), opt_date())
        .prop_map(|(name, body, kind, ordinal, date)| {
            let mut value = Meeting::new(name, body, kind);
            value.ordinal = ordinal;
            value.date = date;
            value
        })
        .boxed()
}

fn document() -> BoxedStrategy<DocumentRef> {
    (text(), opt_text(), opt_text())
        .prop_map(|(title, issuer, number)| {
            let mut value = DocumentRef::titled(title);
            value.issuer = issuer;
            value.number = number;
            value
        })
        .boxed()
}

fn indicator() -> BoxedStrategy<Indicator> {
    let kind = select(vec![
        IndicatorKind::Count,
        IndicatorKind::Amount,
        IndicatorKind::Rate,
        IndicatorKind::Share,
        IndicatorKind::Growth,
    ]);
    let trend = select(vec![Trend::Increase, Trend::Decrease, Trend::Flat]);
    let basis =
        (key(), key()).prop_map(|(numerator, denominator)| RateBasis::new(numerator, denominator));
    (
        of(key()),
        text(),
        quantity(),
        of(kind),
        of(trend),
        of(key()),
        any::<bool>(),
        of(basis),
        opt_text(),
    )
        .prop_map(
            |(key, label, value, kind, trend, part_of, sum_of_parts, rate_of, period)| {
                let mut i = Indicator::new(label, value);
                i.key = key;
                i.kind = kind;
                i.trend = trend;
                i.part_of = part_of;
                i.sum_of_parts = sum_of_parts;
                i.rate_of = rate_of;
                i.period = period;
                i
            },
        )
        .boxed()
}

fn stock() -> BoxedStrategy<Stock> {
    (text(), q(), q(), q(), q())
        .prop_map(|(label, opening, added, removed, closing)| {
            let mut value = Stock::new(label);
            value.opening = opening;
            value.added = added;
            value.removed = removed;
            value.closing = closing;
            value
        })
        .boxed()
}

fn study() -> BoxedStrategy<StudySession> {
    let format = select(vec![
        StudyFormat::CentralGroup,
        StudyFormat::Collective,
        StudyFormat::Lecture,
        StudyFormat::Training,
        StudyFormat::TrialObservation,
        StudyFormat::PreMeeting,
        StudyFormat::Exam,
        StudyFormat::Other,
    ]);
    (
        opt_date(),
        of(format),
        opt_text(),
        (of(person()), of(person())),
        text(),
        item_list(),
        opt_text(),
        q(),
        q(),
    )
        .prop_map(
            |(
                date,
                format,
                organizer,
                (convener, speaker),
                topic,
                contents,
                audience,
                participants,
                count,
            )| {
                {
                    let mut value = StudySession::new(topic);
                    value.date = date;
                    value.format = format;
                    value.organizer = organizer;
                    value.convener = convener;
                    value.speaker = speaker;
                    value.contents = contents;
                    value.audience = audience;
                    value.participants = participants;
                    value.count = count;
                    value
                }
            },
        )
        .boxed()
}

fn study_material() -> BoxedStrategy<StudyMaterial> {
    (text(), opt_text(), q())
        .prop_map(|(title, distribution, copies)| {
            let mut value = StudyMaterial::new(title);
            value.distribution = distribution;
            value.copies = copies;
            value
        })
        .boxed()
}

fn campaign() -> BoxedStrategy<Campaign> {
    (text(), opt_text(), item_list(), texts(2), q())
        .prop_map(|(name, scope, topics, actions, count)| {
            let mut value = Campaign::new(name);
            value.scope = scope;
            value.topics = topics;
            value.actions = actions;
            value.count = count;
            value
        })
        .boxed()
}

fn service() -> BoxedStrategy<ServiceVisit> {
    (opt_text(), item_list(), texts(2), q())
        .prop_map(|(led_by, targets, activities, count)| {
            let mut value = ServiceVisit::new(targets);
            value.led_by = led_by;
            value.activities = activities;
            value.count = count;
            value
        })
        .boxed()
}

fn publication() -> BoxedStrategy<Publication> {
    (text(), opt_text(), q())
        .prop_map(|(title, purpose, copies)| {
            let mut value = Publication::new(title);
            value.purpose = purpose;
            value.copies = copies;
            value
        })
        .boxed()
}

fn hazard() -> BoxedStrategy<HazardLedger> {
    (text(), item_list(), q(), q(), q(), q(), q())
        .prop_map(
            |(label, categories, found, rectified, pending, rate, major)| {
                let mut value = HazardLedger::new(label);
                value.categories = categories;
                value.found = found;
                value.rectified = rectified;
                value.pending = pending;
                value.rate = rate;
                value.major = major;
                value
            },
        )
        .boxed()
}

fn inspection() -> BoxedStrategy<Inspection> {
    let kind = select(vec![
        InspectionKind::Routine,
        InspectionKind::Special,
        InspectionKind::Joint,
        InspectionKind::Enforcement,
        InspectionKind::RandomSpotCheck,
    ]);
    (
        kind,
        opt_text(),
        q(),
        q(),
        item_list(),
        item_list(),
        texts(2),
    )
        .prop_map(
            |(kind, scope, count, personnel, partners, sites, outcomes)| {
                let mut value = Inspection::new(kind);
                value.scope = scope;
                value.count = count;
                value.personnel = personnel;
                value.partners = partners;
                value.sites = sites;
                value.outcomes = outcomes;
                value
            },
        )
        .boxed()
}

fn decision() -> BoxedStrategy<MajorDecision> {
    let role = select(vec![
        DecisionRole::DecisionMaker,
        DecisionRole::LeadUnit,
        DecisionRole::Participant,
    ]);
    let procedure = select(vec![
        Procedure::PublicParticipation,
        Procedure::ExpertReview,
        Procedure::RiskAssessment,
        Procedure::LegalityReview,
        Procedure::CollectiveDecision,
        Procedure::PartyReport,
    ]);
    let period = (date(), date()).prop_map(|(start, end)| DateRange::new(start, end));
    (
        text(),
        of(role),
        of(few(procedure, 6)),
        any::<bool>(),
        of(period),
        opt_text(),
        few(meeting(), 2),
    )
        .prop_map(
            |(name, role, procedures, not_public, comment_period, reason, approvals)| {
                let mut value = MajorDecision::new(name);
                value.role = role;
                // `procedures` is a list of unique items (`uniqueItems`).
                value.procedures = procedures.map(unique);
                value.not_public = not_public;
                value.comment_period = comment_period;
                value.shortened_comment_reason = reason;
                value.approvals = approvals;
                value
            },
        )
        .boxed()
}

fn decision_making() -> BoxedStrategy<DecisionMaking> {
    (
        few(document(), 2),
        item_list(),
        texts(2),
        any::<bool>(),
        opt_text(),
    )
        .prop_map(|(rules, matters, bodies, head_speaks_last, mechanism)| {
            let mut value = DecisionMaking::default();
            value.rules = rules;
            value.matters = matters;
            value.bodies = bodies;
            value.head_speaks_last = head_speaks_last;
            value.mechanism = mechanism;
            value
        })
        .boxed()
}

fn counsel() -> BoxedStrategy<LegalCounsel> {
    let kind = select(vec![
        AdviserKind::LawFirm,
        AdviserKind::LegalAdviser,
        AdviserKind::PublicLawyer,
    ]);
    let adviser = (kind, opt_text(), q()).prop_map(|(kind, name, count)| {
        let mut value = Adviser::new(kind);
        value.name = name;
        value.count = count;
        value
    });
    let training = (text(), q()).prop_map(|(topic, count)| {
        let mut value = CounselTraining::new(topic);
        value.count = count;
        value
    });
    (
        few(adviser, 2),
        item_list(),
        q(),
        q(),
        q(),
        few(training, 2),
    )
        .prop_map(
            |(advisers, reviewed_kinds, reviewed, opinions, adopted, trainings)| {
                let mut value = LegalCounsel::default();
                value.advisers = advisers;
                value.reviewed_kinds = reviewed_kinds;
                value.reviewed = reviewed;
                value.opinions = opinions;
                value.adopted = adopted;
                value.trainings = trainings;
                value
            },
        )
        .boxed()
}

fn enforcement() -> BoxedStrategy<Enforcement> {
    let order = (text(), opt_text(), q()).prop_map(|(document, recipients, count)| {
        let mut value = EnforcementOrder::new(document);
        value.recipients = recipients;
        value.count = count;
        value
    });
    (
        of(0u32..10),
        proptest::array::uniform7(any::<bool>()),
        proptest::array::uniform10(q()),
        few(order, 2),
        opt_text(),
    )
        .prop_map(|(min, flags, figures, orders, assessment)| {
            let [
                shows,
                informs,
                publicity,
                recording,
                devices,
                archived,
                review,
            ] = flags;
            let [
                certified,
                monthly,
                inspections,
                filed,
                case_count,
                penalties,
                simple,
                general,
                fines,
                referrals,
            ] = figures;
            {
                let mut value = Enforcement::default();
                value.min_officers_per_action = min;
                value.shows_credentials = shows;
                value.informs_parties = informs;
                value.publicity = publicity;
                value.full_process_recording = recording;
                value.recording_devices = devices;
                value.records_archived = archived;
                value.legal_review = review;
                value.certified_officers = certified;
                value.officer_monthly_actions = monthly;
                value.inspections = inspections;
                value.cases_filed = filed;
                value.case_count = case_count;
                value.penalties = penalties;
                value.simple_procedure = simple;
                value.general_procedure = general;
                value.fines = fines;
                value.referrals = referrals;
                value.orders = orders;
                value.assessment = assessment;
                value
            }
        })
        .boxed()
}

fn case() -> BoxedStrategy<EnforcementCase> {
    let status = select(vec![
        CaseStatus::Investigating,
        CaseStatus::OrderedToRectify,
        CaseStatus::Penalized,
        CaseStatus::Closed,
        CaseStatus::Referred,
    ]);
    (text(), opt_text(), opt_text(), q(), of(status))
        .prop_map(|(party, violation, action, fine, status)| {
            let mut value = EnforcementCase::new(party);
            value.violation = violation;
            value.action = action;
            value.fine = fine;
            value.status = status;
            value
        })
        .boxed()
}

fn publicity_event() -> BoxedStrategy<PublicityEvent> {
    let day = select(vec![
        CommemorativeDay::NationalSecurityEducationDay,
        CommemorativeDay::DisasterPreventionDay,
        CommemorativeDay::NationalDefenceEducationDay,
        CommemorativeDay::AirRaidSirenTestDay,
        CommemorativeDay::ConstitutionDay,
        CommemorativeDay::CivilCodeMonth,
        CommemorativeDay::WorkSafetyMonth,
        CommemorativeDay::FireSafetyDay,
        CommemorativeDay::Other,
    ]);
    let occasion = (day, text(), opt_date()).prop_map(|(day, name, date)| {
        let mut value = Occasion::new(day, name);
        value.date = date;
        value
    });
    (
        (
            text(),
            few(occasion, 2),
            opt_date(),
            item_list(),
            opt_text(),
        ),
        (q(), item_list(), opt_text(), item_list(), q(), q()),
    )
        .prop_map(
            |(
                (activity, occasions, date, partners, audience),
                (participants, methods, topic, combined_with, count, materials),
            )| {
                let mut value = PublicityEvent::new(activity);
                value.occasions = occasions;
                value.date = date;
                value.partners = partners;
                value.audience = audience;
                value.participants = participants;
                value.methods = methods;
                value.topic = topic;
                value.combined_with = combined_with;
                value.count = count;
                value.materials = materials;
                value
            },
        )
        .boxed()
}

fn normative() -> BoxedStrategy<NormativeDocuments> {
    proptest::array::uniform9(q())
        .prop_map(
            |[
                issued,
                reviewed,
                filed,
                cleaned_up,
                repealed,
                opening,
                in_force,
                rate,
                timely,
            ]| {
                {
                    let mut value = NormativeDocuments::default();
                    value.issued = issued;
                    value.reviewed = reviewed;
                    value.filed = filed;
                    value.cleaned_up = cleaned_up;
                    value.repealed = repealed;
                    value.in_force_opening = opening;
                    value.in_force = in_force;
                    value.filing_rate = rate;
                    value.timely_filing_rate = timely;
                    value
                }
            },
        )
        .boxed()
}

fn reconsideration() -> BoxedStrategy<Reconsideration> {
    let role = select(vec![
        ReconsiderationRole::Authority,
        ReconsiderationRole::Respondent,
    ]);
    let outcomes = proptest::array::uniform6(q()).prop_map(
        |[upheld, dismissed, corrected, mediated, terminated, other]| {
            let mut value = ReconsiderationOutcomes::default();
            value.upheld = upheld;
            value.dismissed = dismissed;
            value.corrected = corrected;
            value.mediated = mediated;
            value.terminated = terminated;
            value.other = other;
            value
        },
    );
    (role, proptest::array::uniform8(q()), of(outcomes))
        .prop_map(|(role, figures, outcomes)| {
            let [
                received,
                accepted,
                rejected,
                carried_over,
                concluded,
                pending,
                rate,
                litigated,
            ] = figures;
            {
                let mut value = Reconsideration::new(role);
                value.received = received;
                value.accepted = accepted;
                value.rejected = rejected;
                value.carried_over = carried_over;
                value.concluded = concluded;
                value.outcomes = outcomes;
                value.pending = pending;
                value.correction_rate = rate;
                value.litigated_after = litigated;
                value
            }
        })
        .boxed()
}

fn litigation() -> BoxedStrategy<Litigation> {
    proptest::array::uniform9(q())
        .prop_map(
            |[
                received,
                carried_over,
                concluded,
                lost,
                loss_rate,
                withdrawn,
                hearings,
                heads,
                rate,
            ]| {
                {
                    let mut value = Litigation::default();
                    value.received = received;
                    value.carried_over = carried_over;
                    value.concluded = concluded;
                    value.lost = lost;
                    value.loss_rate = loss_rate;
                    value.withdrawn = withdrawn;
                    value.hearings = hearings;
                    value.head_appearances = heads;
                    value.appearance_rate = rate;
                    value
                }
            },
        )
        .boxed()
}

fn petitions() -> BoxedStrategy<Petitions> {
    proptest::array::uniform7(q())
        .prop_map(
            |[
                received,
                carried_over,
                resolved,
                resolution,
                satisfaction,
                mediations,
                mediated,
            ]| {
                {
                    let mut value = Petitions::default();
                    value.received = received;
                    value.carried_over = carried_over;
                    value.resolved = resolved;
                    value.resolution_rate = resolution;
                    value.satisfaction_rate = satisfaction;
                    value.mediations = mediations;
                    value.mediated_successfully = mediated;
                    value
                }
            },
        )
        .boxed()
}

fn openness() -> BoxedStrategy<Openness> {
    proptest::array::uniform6(q())
        .prop_map(
            |[
                proactive,
                received,
                carried_over,
                answered,
                carried_forward,
                rate,
            ]| {
                let mut value = Openness::default();
                value.proactive = proactive;
                value.requests_received = received;
                value.requests_carried_over = carried_over;
                value.requests_answered = answered;
                value.requests_carried_forward = carried_forward;
                value.answer_rate = rate;
                value
            },
        )
        .boxed()
}

fn rectification() -> BoxedStrategy<Rectification> {
    let status = select(vec![
        RectificationStatus::InProgress,
        RectificationStatus::Completed,
    ]);
    (text(), of(year()), text(), texts(2), of(status))
        .prop_map(|(source, source_year, problem, measures, status)| {
            let mut value = Rectification::new(source, problem);
            value.source_year = source_year;
            value.measures = measures;
            value.status = status;
            value
        })
        .boxed()
}

fn theme() -> BoxedStrategy<Theme> {
    select(vec![
        Theme::StudyAndLeadership,
        Theme::GovernmentFunctions,
        Theme::RulesAndDocuments,
        Theme::DecisionsAndCounsel,
        Theme::LawEnforcement,
        Theme::EmergenciesAndSafety,
        Theme::Disputes,
        Theme::SupervisionAndOpenness,
        Theme::DigitalGovernment,
        Theme::LegalPublicity,
        Theme::Custom,
    ])
    .boxed()
}

fn duty() -> BoxedStrategy<Duty> {
    select(vec![
        Duty::DeployPersonally,
        Duty::QueryPersonally,
        Duty::CoordinatePersonally,
        Duty::SupervisePersonally,
        Duty::HearReports,
        Duty::ReportOnLaw,
    ])
    .boxed()
}

/// A subsection carrying any mix of the typed blocks.
pub fn section() -> BoxedStrategy<Section> {
    let head = (
        text(),
        of(theme()),
        texts(3),
        few(indicator(), 3),
        few(stock(), 2),
    );
    let blocks_a = (
        few(study(), 2),
        few(study_material(), 2),
        few(document(), 2),
        few(campaign(), 2),
        few(service(), 2),
        few(publication(), 2),
        few(hazard(), 2),
        few(inspection(), 2),
    );
    let blocks_b = (
        few(decision(), 2),
        of(decision_making()),
        of(counsel()),
        of(enforcement()),
        few(case(), 2),
        few(publicity_event(), 2),
    );
    let blocks_c = (
        of(normative()),
        of(reconsideration()),
        of(litigation()),
        of(petitions()),
        of(openness()),
        few(duty(), 4),
        few(rectification(), 2),
    );
    (head, blocks_a, blocks_b, blocks_c)
        .prop_map(
            |(
                (heading, theme, paragraphs, indicators, stocks),
                (
                    studies,
                    study_materials,
                    documents,
                    campaigns,
                    services,
                    publications,
                    hazards,
                    inspections,
                ),
                (decisions, decision_making, counsel, enforcement, cases, publicity),
                (
                    normative_documents,
                    reconsideration,
                    litigation,
                    petitions,
                    openness,
                    duties,
                    rectifications,
                ),
            )| {
                let mut value = Section::default();
                value.heading = heading;
                value.theme = theme;
                value.paragraphs = paragraphs;
                value.indicators = indicators;
                value.stocks = stocks;
                value.studies = studies;
                value.study_materials = study_materials;
                value.documents = documents;
                value.campaigns = campaigns;
                value.services = services;
                value.publications = publications;
                value.hazards = hazards;
                value.inspections = inspections;
                value.decisions = decisions;
                value.decision_making = decision_making.map(Box::new);
                value.counsel = counsel.map(Box::new);
                value.enforcement = enforcement.map(Box::new);
                value.cases = cases;
                value.publicity = publicity;
                value.normative_documents = normative_documents.map(Box::new);
                value.reconsideration = reconsideration.map(Box::new);
                value.litigation = litigation.map(Box::new);
                value.petitions = petitions.map(Box::new);
                value.openness = openness.map(Box::new);
                value.duties = unique(duties);
                value.rectifications = rectifications;
                value
            },
        )
        .boxed()
}

fn meta() -> BoxedStrategy<Meta> {
    let level = select(vec![
        AdminLevel::Central,
        AdminLevel::Provincial,
        AdminLevel::Prefectural,
        AdminLevel::County,
        AdminLevel::Township,
    ]);
    let kind = select(vec![
        OrganizationKind::Government,
        OrganizationKind::Department,
        OrganizationKind::PartyCommittee,
        OrganizationKind::StreetOffice,
        OrganizationKind::Township,
        OrganizationKind::DevelopmentZone,
        OrganizationKind::VerticalAgency,
        OrganizationKind::Other,
    ]);
    let organization = (text(), opt_text(), opt_text(), of(level), of(kind)).prop_map(
        |(name, full_name, region, level, kind)| {
            let mut value = Organization::new(name);
            value.full_name = full_name;
            value.region = region;
            value.level = level;
            value.kind = kind;
            value
        },
    );
    let notice =
        (text(), text(), opt_text(), opt_date()).prop_map(|(issuer, title, number, deadline)| {
            let mut value = Notice::new(issuer, title);
            value.number = number;
            value.deadline = deadline;
            value
        });
    let signature =
        (opt_text(), opt_text(), any::<bool>()).prop_map(|(organization, signatory, sealed)| {
            let mut value = Signature::default();
            value.organization = organization;
            value.signatory = signatory;
            value.sealed = sealed;
            value
        });
    let dates = (opt_date(), opt_date(), opt_date(), opt_date()).prop_map(
        |(written, submitted, published, data_cutoff)| {
            let mut value = Dates::default();
            value.written = written;
            value.submitted = submitted;
            value.published = published;
            value.data_cutoff = data_cutoff;
            value
        },
    );
    (
        text(),
        year(),
        organization,
        of(notice),
        texts(2),
        opt_text(),
        texts(2),
        of(signature),
        dates,
    )
        .prop_map(
            |(
                title,
                year,
                organization,
                notice,
                addressees,
                number,
                preamble,
                signature,
                dates,
            )| {
                let mut meta = Meta::new(title, year, String::new());
                meta.organization = organization;
                meta.notice = notice;
                meta.addressees = addressees;
                meta.document_number = number;
                meta.preamble = preamble;
                meta.signature = signature;
                meta.dates = dates;
                meta
            },
        )
        .boxed()
}

fn shortcomings() -> BoxedStrategy<Shortcomings> {
    let item = (
        opt_text(),
        text(),
        texts(2),
        texts(2),
        opt_text(),
        opt_text(),
        few(document(), 2),
    )
        .prop_map(
            |(marker, problem, paragraphs, details, cause, remedy, documents)| {
                let mut value = Shortcoming::new(problem);
                value.marker = marker;
                value.paragraphs = paragraphs;
                value.details = details;
                value.cause = cause;
                value.remedy = remedy;
                value.documents = documents;
                value
            },
        );
    (text(), texts(2), few(item, 3))
        .prop_map(|(heading, paragraphs, items)| {
            let mut value = Shortcomings::new(heading);
            value.paragraphs = paragraphs;
            value.items = items;
            value
        })
        .boxed()
}

/// A whole report.
pub fn report() -> BoxedStrategy<Report> {
    let parts = (
        (text(), texts(2), few(section(), 2)),
        shortcomings(),
        (text(), texts(2), few(section(), 1)),
        (text(), year(), texts(2), few(section(), 1)),
        of((text(), texts(1), few(section(), 1))),
    );
    (meta(), parts)
        .prop_map(|(meta, (measures, shortcomings, resp, plans, other))| {
            let mut report = Report::new(meta);
            report.measures = {
                let mut value = Measures::new(measures.0, measures.2);
                value.paragraphs = measures.1;
                value
            };
            report.shortcomings = shortcomings;
            report.responsibility = {
                let mut value = Responsibility::new(resp.0, resp.2);
                value.paragraphs = resp.1;
                value
            };
            report.plans = {
                let mut value = Plans::new(plans.0, plans.1);
                value.paragraphs = plans.2;
                value.items = plans.3;
                value
            };
            report.other = other.map(|(heading, paragraphs, items)| {
                let mut value = OtherMatters::new(heading, items);
                value.paragraphs = paragraphs;
                value
            });
            report
        })
        .boxed()
}

/// The items in order with repeats left out, for the lists whose items are unique.
fn unique<T: PartialEq>(items: Vec<T>) -> Vec<T> {
    let mut out: Vec<T> = Vec::with_capacity(items.len());
    for item in items {
        if !out.contains(&item) {
            out.push(item);
        }
    }
    out
}
