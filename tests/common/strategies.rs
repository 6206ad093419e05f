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
            .prop_map(|w| Unit::from_word(&w.into_iter().collect::<String>())),
        1 => select(vec!["栋", "吨", "艘", "km²", "‰"]).prop_map(Unit::from_word),
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
            Quantity::new(Decimal::new(m, scale), unit).with_qualifier(qualifier)
        })
        .boxed()
}

fn q() -> BoxedStrategy<Option<Quantity>> {
    of(quantity()).boxed()
}

fn item_list() -> BoxedStrategy<ItemList> {
    (texts(3), any::<bool>(), q())
        .prop_map(|(items, exhaustive, total)| ItemList {
            items,
            exhaustive,
            total,
        })
        .boxed()
}

fn person() -> BoxedStrategy<Person> {
    (text(), opt_text(), opt_text())
        .prop_map(|(name, position, affiliation)| Person {
            name,
            position,
            affiliation,
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
        .prop_map(|(name, body, kind, ordinal, date)| Meeting {
            name,
            body,
            kind,
            ordinal,
            date,
        })
        .boxed()
}

fn document() -> BoxedStrategy<DocumentRef> {
    (text(), opt_text(), opt_text())
        .prop_map(|(title, issuer, number)| DocumentRef {
            title,
            issuer,
            number,
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
    let basis = (key(), key()).prop_map(|(numerator, denominator)| RateBasis {
        numerator,
        denominator,
    });
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
        .prop_map(|(label, opening, added, removed, closing)| Stock {
            label,
            opening,
            added,
            removed,
            closing,
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
                StudySession {
                    date,
                    format,
                    organizer,
                    convener,
                    speaker,
                    topic,
                    contents,
                    audience,
                    participants,
                    count,
                }
            },
        )
        .boxed()
}

fn study_material() -> BoxedStrategy<StudyMaterial> {
    (text(), opt_text(), q())
        .prop_map(|(title, distribution, copies)| StudyMaterial {
            title,
            distribution,
            copies,
        })
        .boxed()
}

fn campaign() -> BoxedStrategy<Campaign> {
    (text(), opt_text(), item_list(), texts(2), q())
        .prop_map(|(name, scope, topics, actions, count)| Campaign {
            name,
            scope,
            topics,
            actions,
            count,
        })
        .boxed()
}

fn service() -> BoxedStrategy<ServiceVisit> {
    (opt_text(), item_list(), texts(2), q())
        .prop_map(|(led_by, targets, activities, count)| ServiceVisit {
            led_by,
            targets,
            activities,
            count,
        })
        .boxed()
}

fn publication() -> BoxedStrategy<Publication> {
    (text(), opt_text(), q())
        .prop_map(|(title, purpose, copies)| Publication {
            title,
            purpose,
            copies,
        })
        .boxed()
}

fn hazard() -> BoxedStrategy<HazardLedger> {
    (text(), item_list(), q(), q(), q(), q(), q())
        .prop_map(
            |(label, categories, found, rectified, pending, rate, major)| HazardLedger {
                label,
                categories,
                found,
                rectified,
                pending,
                rate,
                major,
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
            |(kind, scope, count, personnel, partners, sites, outcomes)| Inspection {
                kind,
                scope,
                count,
                personnel,
                partners,
                sites,
                outcomes,
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
    let period = (date(), date()).prop_map(|(start, end)| DateRange { start, end });
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
                MajorDecision {
                    name,
                    role,
                    procedures,
                    not_public,
                    comment_period,
                    shortened_comment_reason: reason,
                    approvals,
                }
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
        .prop_map(
            |(rules, matters, bodies, head_speaks_last, mechanism)| DecisionMaking {
                rules,
                matters,
                bodies,
                head_speaks_last,
                mechanism,
            },
        )
        .boxed()
}

fn counsel() -> BoxedStrategy<LegalCounsel> {
    let kind = select(vec![
        AdviserKind::LawFirm,
        AdviserKind::LegalAdviser,
        AdviserKind::PublicLawyer,
    ]);
    let adviser =
        (kind, opt_text(), q()).prop_map(|(kind, name, count)| Adviser { kind, name, count });
    let training = (text(), q()).prop_map(|(topic, count)| CounselTraining { topic, count });
    (
        few(adviser, 2),
        item_list(),
        q(),
        q(),
        q(),
        few(training, 2),
    )
        .prop_map(
            |(advisers, reviewed_kinds, reviewed, opinions, adopted, trainings)| LegalCounsel {
                advisers,
                reviewed_kinds,
                reviewed,
                opinions,
                adopted,
                trainings,
            },
        )
        .boxed()
}

fn enforcement() -> BoxedStrategy<Enforcement> {
    let order =
        (text(), opt_text(), q()).prop_map(|(document, recipients, count)| EnforcementOrder {
            document,
            recipients,
            count,
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
            Enforcement {
                min_officers_per_action: min,
                shows_credentials: shows,
                informs_parties: informs,
                publicity,
                full_process_recording: recording,
                recording_devices: devices,
                records_archived: archived,
                legal_review: review,
                certified_officers: certified,
                officer_monthly_actions: monthly,
                inspections,
                cases_filed: filed,
                case_count,
                penalties,
                simple_procedure: simple,
                general_procedure: general,
                fines,
                referrals,
                orders,
                assessment,
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
        .prop_map(|(party, violation, action, fine, status)| EnforcementCase {
            party,
            violation,
            action,
            fine,
            status,
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
    let occasion =
        (day, text(), opt_date()).prop_map(|(day, name, date)| Occasion { day, name, date });
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
            )| PublicityEvent {
                activity,
                occasions,
                date,
                partners,
                audience,
                participants,
                methods,
                topic,
                combined_with,
                count,
                materials,
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
                NormativeDocuments {
                    issued,
                    reviewed,
                    filed,
                    cleaned_up,
                    repealed,
                    in_force_opening: opening,
                    in_force,
                    filing_rate: rate,
                    timely_filing_rate: timely,
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
        |[upheld, dismissed, corrected, mediated, terminated, other]| ReconsiderationOutcomes {
            upheld,
            dismissed,
            corrected,
            mediated,
            terminated,
            other,
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
            Reconsideration {
                role,
                received,
                accepted,
                rejected,
                carried_over,
                concluded,
                outcomes,
                pending,
                correction_rate: rate,
                litigated_after: litigated,
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
                Litigation {
                    received,
                    carried_over,
                    concluded,
                    lost,
                    loss_rate,
                    withdrawn,
                    hearings,
                    head_appearances: heads,
                    appearance_rate: rate,
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
                Petitions {
                    received,
                    carried_over,
                    resolved,
                    resolution_rate: resolution,
                    satisfaction_rate: satisfaction,
                    mediations,
                    mediated_successfully: mediated,
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
            ]| Openness {
                proactive,
                requests_received: received,
                requests_carried_over: carried_over,
                requests_answered: answered,
                requests_carried_forward: carried_forward,
                answer_rate: rate,
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
        .prop_map(
            |(source, source_year, problem, measures, status)| Rectification {
                source,
                source_year,
                problem,
                measures,
                status,
            },
        )
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
            )| Section {
                heading,
                theme,
                paragraphs,
                indicators,
                stocks,
                studies,
                study_materials,
                documents,
                campaigns,
                services,
                publications,
                hazards,
                inspections,
                decisions,
                decision_making: decision_making.map(Box::new),
                counsel: counsel.map(Box::new),
                enforcement: enforcement.map(Box::new),
                cases,
                publicity,
                normative_documents: normative_documents.map(Box::new),
                reconsideration: reconsideration.map(Box::new),
                litigation: litigation.map(Box::new),
                petitions: petitions.map(Box::new),
                openness: openness.map(Box::new),
                duties,
                rectifications,
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
        |(name, full_name, region, level, kind)| Organization {
            name,
            full_name,
            region,
            level,
            kind,
        },
    );
    let notice =
        (text(), text(), opt_text(), opt_date()).prop_map(|(issuer, title, number, deadline)| {
            Notice {
                issuer,
                title,
                number,
                deadline,
            }
        });
    let signature =
        (opt_text(), opt_text(), any::<bool>()).prop_map(|(organization, signatory, sealed)| {
            Signature {
                organization,
                signatory,
                sealed,
            }
        });
    let dates = (opt_date(), opt_date(), opt_date(), opt_date()).prop_map(
        |(written, submitted, published, data_cutoff)| Dates {
            written,
            submitted,
            published,
            data_cutoff,
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
            |(marker, problem, paragraphs, details, cause, remedy, documents)| Shortcoming {
                marker,
                problem,
                paragraphs,
                details,
                cause,
                remedy,
                documents,
            },
        );
    (text(), texts(2), few(item, 3))
        .prop_map(|(heading, paragraphs, items)| Shortcomings {
            heading,
            paragraphs,
            items,
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
            report.measures = Measures {
                heading: measures.0,
                paragraphs: measures.1,
                items: measures.2,
            };
            report.shortcomings = shortcomings;
            report.responsibility = Responsibility {
                heading: resp.0,
                paragraphs: resp.1,
                items: resp.2,
            };
            report.plans = Plans {
                heading: plans.0,
                year: plans.1,
                paragraphs: plans.2,
                items: plans.3,
            };
            report.other = other.map(|(heading, paragraphs, items)| OtherMatters {
                heading,
                paragraphs,
                items,
            });
            report
        })
        .boxed()
}
