//! Reviews as guests, hosts and API clients see them: what each party rates, what is
//! published, and a listing's rating. Double-blind: a review is hidden until both parties
//! have written theirs or the window closes ([`REVIEW_WINDOW_DAYS`] after check-out).

use super::account::FieldError;
use crate::tr;
use serde::{Deserialize, Serialize};

/// Days after check-out (in the listing's zone) during which a stay can be reviewed.
pub const REVIEW_WINDOW_DAYS: i64 = 14;
/// The longest public text, in characters.
pub const MAX_REVIEW_TEXT: usize = 2_000;
/// The longest private note or host response, in characters.
pub const MAX_NOTE_TEXT: usize = 1_000;

/// Who wrote a review.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ReviewerRole {
    /// The guest, about the stay and the host.
    Guest,
    /// The host, about the guest.
    Host,
}

impl ReviewerRole {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Guest => "guest",
            Self::Host => "host",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "guest" => Some(Self::Guest),
            "host" => Some(Self::Host),
            _ => None,
        }
    }
}

/// A review as sent: the guest fills the stay's six categories (and may leave a private
/// note for the host); the host fills `house_rules`. Every rating is a whole number from
/// 1 to 5.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct NewReview {
    pub overall: Option<i64>,
    pub cleanliness: Option<i64>,
    pub communication: Option<i64>,
    /// Guest only.
    pub accuracy: Option<i64>,
    /// Guest only.
    pub check_in: Option<i64>,
    /// Guest only.
    pub location: Option<i64>,
    /// Guest only.
    pub value: Option<i64>,
    /// Host only: how the guest kept the house rules.
    pub house_rules: Option<i64>,
    /// The public text (1 to 2,000 characters).
    #[serde(default)]
    pub text: String,
    /// Guest only: a note only the host reads (at most 1,000 characters).
    pub private_note: Option<String>,
}

/// The ratings of a review, parsed: each 1 to 5.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(tag = "role", rename_all = "snake_case")]
pub enum Ratings {
    Guest {
        overall: i16,
        cleanliness: i16,
        accuracy: i16,
        check_in: i16,
        communication: i16,
        location: i16,
        value: i16,
    },
    Host {
        overall: i16,
        house_rules: i16,
        communication: i16,
        cleanliness: i16,
    },
}

impl Ratings {
    pub fn overall(&self) -> i16 {
        match self {
            Self::Guest { overall, .. } | Self::Host { overall, .. } => *overall,
        }
    }

    pub fn role(&self) -> ReviewerRole {
        match self {
            Self::Guest { .. } => ReviewerRole::Guest,
            Self::Host { .. } => ReviewerRole::Host,
        }
    }
}

/// A review, parsed: the ratings for its author's role, the public text and the note.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReviewInput {
    pub ratings: Ratings,
    pub text: String,
    pub private_note: Option<String>,
}

/// Trimmed text without control characters other than line breaks, `max` characters at
/// most; `None` when blank.
pub fn review_text(raw: &str, field: &str, max: usize) -> Result<Option<String>, FieldError> {
    let text = raw.trim();
    if text
        .chars()
        .any(|c| c.is_control() && c != '\n' && c != '\r' && c != '\t')
    {
        return Err(FieldError::new(field, tr!("reviews-error-plain-text")));
    }
    if text.chars().count() > max {
        return Err(FieldError::new(
            field,
            tr!("reviews-error-too-long", max = max),
        ));
    }
    Ok((!text.is_empty()).then(|| text.replace("\r\n", "\n")))
}

impl NewReview {
    /// Parses for `role`: every category of that role rated 1 to 5, none of the other
    /// role's, the text given. Every problem is named.
    pub fn parse(&self, role: ReviewerRole) -> Result<ReviewInput, Vec<FieldError>> {
        let mut errors = Vec::new();
        let mut star = |field: &'static str, value: Option<i64>| -> i16 {
            match value {
                Some(n @ 1..=5) => n as i16,
                Some(_) => {
                    errors.push(FieldError::new(field, tr!("reviews-error-stars-range")));
                    0
                }
                None => {
                    errors.push(FieldError::new(field, tr!("reviews-error-stars-missing")));
                    0
                }
            }
        };
        let overall = star("overall", self.overall);
        let cleanliness = star("cleanliness", self.cleanliness);
        let communication = star("communication", self.communication);
        let ratings = match role {
            ReviewerRole::Guest => Ratings::Guest {
                overall,
                cleanliness,
                accuracy: star("accuracy", self.accuracy),
                check_in: star("check_in", self.check_in),
                communication,
                location: star("location", self.location),
                value: star("value", self.value),
            },
            ReviewerRole::Host => Ratings::Host {
                overall,
                house_rules: star("house_rules", self.house_rules),
                communication,
                cleanliness,
            },
        };
        let other_role: &[(&str, Option<i64>)] = match role {
            ReviewerRole::Guest => &[("house_rules", self.house_rules)],
            ReviewerRole::Host => &[
                ("accuracy", self.accuracy),
                ("check_in", self.check_in),
                ("location", self.location),
                ("value", self.value),
            ],
        };
        for (field, value) in other_role {
            if value.is_some() {
                errors.push(FieldError::new(
                    field,
                    tr!("reviews-error-other-role", role = role.as_str()),
                ));
            }
        }
        let text = match review_text(&self.text, "text", MAX_REVIEW_TEXT) {
            Ok(Some(t)) => t,
            Ok(None) => {
                errors.push(FieldError::new("text", tr!("reviews-error-no-text")));
                String::new()
            }
            Err(e) => {
                errors.push(e);
                String::new()
            }
        };
        let private_note = match (role, self.private_note.as_deref()) {
            (_, None) => None,
            (ReviewerRole::Host, Some(_)) => {
                errors.push(FieldError::new(
                    "private_note",
                    tr!("reviews-error-host-note"),
                ));
                None
            }
            (ReviewerRole::Guest, Some(raw)) => review_text(raw, "private_note", MAX_NOTE_TEXT)
                .unwrap_or_else(|e| {
                    errors.push(e);
                    None
                }),
        };
        if errors.is_empty() {
            Ok(ReviewInput {
                ratings,
                text,
                private_note,
            })
        } else {
            Err(errors)
        }
    }
}

/// A published review (or the caller's own, before publication).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Review {
    pub id: i64,
    pub booking_id: i64,
    pub listing_id: i64,
    pub listing_title: String,
    pub author_name: String,
    pub subject_name: String,
    pub ratings: Ratings,
    pub text: String,
    /// The guest's note to the host: shown to those two only.
    pub private_note: Option<String>,
    /// RFC 3339.
    pub written_at: String,
    /// RFC 3339; `None` while hidden (only its author sees it then).
    pub published_at: Option<String>,
    /// The stay's month, as `YYYY-MM`.
    pub stay_month: String,
    pub response: Option<String>,
    pub responded_at: Option<String>,
}

/// Where a stay's reviews stand, for one of its parties.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct StayReviews {
    pub booking_id: i64,
    /// Which side the caller is on.
    pub role: ReviewerRole,
    /// Whether the caller may still write theirs.
    pub can_review: bool,
    /// The last day to review (`YYYY-MM-DD`, in the listing's zone); `None` before
    /// check-out.
    pub closes_on: Option<String>,
    /// The caller's review, if written.
    pub mine: Option<Review>,
    /// The other party's, once published.
    pub theirs: Option<Review>,
    /// Whether the other party has written theirs (without showing it).
    pub theirs_written: bool,
}

/// A listing's rating from its published guest reviews.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct ListingRating {
    pub count: i64,
    /// Overall average, 1 to 5 (`None` without reviews).
    pub average: Option<f64>,
    pub cleanliness: Option<f64>,
    pub accuracy: Option<f64>,
    pub check_in: Option<f64>,
    pub communication: Option<f64>,
    pub location: Option<f64>,
    pub value: Option<f64>,
}

/// A page of a listing's published reviews, newest first, with its rating.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct ReviewPage {
    pub rating: ListingRating,
    pub items: Vec<Review>,
    pub page: i64,
    pub per_page: i64,
    pub total: i64,
}

/// Why a review is reported.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ReportReason {
    Spam,
    Offensive,
    NotARealStay,
    PrivateInformation,
    Other,
}

impl ReportReason {
    pub const ALL: [Self; 5] = [
        Self::Spam,
        Self::Offensive,
        Self::NotARealStay,
        Self::PrivateInformation,
        Self::Other,
    ];

    /// For people, in the page's language.
    pub fn label(self) -> String {
        match self {
            Self::Spam => tr!("reviews-report-spam"),
            Self::Offensive => tr!("reviews-report-offensive"),
            Self::NotARealStay => tr!("reviews-report-not-a-stay"),
            Self::PrivateInformation => tr!("reviews-report-private"),
            Self::Other => tr!("reviews-report-other"),
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.as_str() == key)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Spam => "spam",
            Self::Offensive => "offensive",
            Self::NotARealStay => "not_a_real_stay",
            Self::PrivateInformation => "private_information",
            Self::Other => "other",
        }
    }
}

/// What the trip page shows of reviews: the stay's own (once it is over), and for a host
/// deciding on a request, what hosts have said about the guest.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TripReviews {
    pub stay: Option<StayReviews>,
    pub about_guest: Vec<Review>,
}

/// The review form as a browser posts it: every field a string (an unticked star group is
/// absent), turned into a [`NewReview`] whose parser names each bad field.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReviewForm {
    pub overall: Option<String>,
    pub cleanliness: Option<String>,
    pub communication: Option<String>,
    pub accuracy: Option<String>,
    pub check_in: Option<String>,
    pub location: Option<String>,
    pub value: Option<String>,
    pub house_rules: Option<String>,
    #[serde(default)]
    pub text: String,
    pub private_note: Option<String>,
}

impl ReviewForm {
    /// The review as the API takes it. A star value that is not a number becomes 0, which
    /// [`NewReview::parse`] reports as out of range; a blank note is no note.
    pub fn to_review(&self) -> NewReview {
        let star = |raw: &Option<String>| {
            raw.as_deref()
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(|s| s.parse::<i64>().unwrap_or(0))
        };
        NewReview {
            overall: star(&self.overall),
            cleanliness: star(&self.cleanliness),
            communication: star(&self.communication),
            accuracy: star(&self.accuracy),
            check_in: star(&self.check_in),
            location: star(&self.location),
            value: star(&self.value),
            house_rules: star(&self.house_rules),
            text: self.text.clone(),
            private_note: self.private_note.clone().filter(|n| !n.trim().is_empty()),
        }
    }

    /// What was typed, to put back in the form after a failed submission.
    pub fn values(&self) -> Vec<(String, String)> {
        let mut values = vec![("text".to_string(), self.text.clone())];
        if let Some(note) = &self.private_note {
            values.push(("private_note".into(), note.clone()));
        }
        for (name, v) in [
            ("overall", &self.overall),
            ("cleanliness", &self.cleanliness),
            ("communication", &self.communication),
            ("accuracy", &self.accuracy),
            ("check_in", &self.check_in),
            ("location", &self.location),
            ("value", &self.value),
            ("house_rules", &self.house_rules),
        ] {
            if let Some(v) = v {
                values.push((name.to_string(), v.clone()));
            }
        }
        values
    }
}

/// The star categories of a role's review: (form field, its label's message key, for
/// `i18n::message`).
pub fn categories(role: ReviewerRole) -> &'static [(&'static str, &'static str)] {
    match role {
        ReviewerRole::Guest => &[
            ("overall", "reviews-category-overall"),
            ("cleanliness", "reviews-category-cleanliness"),
            ("accuracy", "reviews-category-accuracy"),
            ("check_in", "reviews-category-check-in"),
            ("communication", "reviews-category-communication"),
            ("location", "reviews-category-location"),
            ("value", "reviews-category-value"),
        ],
        ReviewerRole::Host => &[
            ("overall", "reviews-category-overall"),
            ("house_rules", "reviews-category-house-rules"),
            ("communication", "reviews-category-communication"),
            ("cleanliness", "reviews-category-cleanliness"),
        ],
    }
}

#[cfg(test)]
mod form_tests {
    use super::*;

    #[test]
    fn a_posted_form_becomes_the_review_the_api_takes() {
        let form = ReviewForm {
            overall: Some("5".into()),
            cleanliness: Some(" 4 ".into()),
            accuracy: Some("five".into()),
            check_in: Some(String::new()),
            text: "Lovely".into(),
            private_note: Some("  ".into()),
            ..ReviewForm::default()
        };
        let review = form.to_review();
        assert_eq!(review.overall, Some(5));
        assert_eq!(review.cleanliness, Some(4));
        assert_eq!(review.accuracy, Some(0), "not a number: out of range");
        assert_eq!(review.check_in, None, "blank: not chosen");
        assert_eq!(review.private_note, None);
        let fields: Vec<String> = review
            .parse(ReviewerRole::Guest)
            .err()
            .unwrap_or_default()
            .into_iter()
            .map(|e| e.field)
            .collect();
        assert_eq!(
            fields,
            ["communication", "accuracy", "check_in", "location", "value"]
        );
    }

    #[test]
    fn every_report_reason_has_a_key_that_reads_back() {
        for r in ReportReason::ALL {
            assert_eq!(ReportReason::from_key(r.as_str()), Some(r));
        }
        assert_eq!(ReportReason::from_key("boring"), None);
    }
}

/// The host badge's criteria over the last 365 days (applied by `server::reviews::badge`,
/// shown to the host): at least [`BADGE_STAYS`] stays, or [`BADGE_STAYS_LONG`] stays of
/// [`BADGE_NIGHTS_LONG`] nights in all; an overall rating of at least [`BADGE_RATING`];
/// [`BADGE_RESPONSE_RATE`] of inquiries and booking requests answered within 24 hours
/// (the listing page's response rate, over the year); host cancellations under
/// [`BADGE_CANCELLATION_RATE`] of bookings.
pub const BADGE_STAYS: i32 = 10;
pub const BADGE_STAYS_LONG: i32 = 3;
pub const BADGE_NIGHTS_LONG: i32 = 100;
pub const BADGE_RATING: f64 = 4.8;
pub const BADGE_RESPONSE_RATE: f64 = 0.9;
pub const BADGE_CANCELLATION_RATE: f64 = 0.01;

/// A host's progress towards the badge, as of the last nightly evaluation (last 365 days).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct HostStanding {
    /// RFC 3339; `None` before the first evaluation.
    pub evaluated_at: Option<String>,
    pub stays: i32,
    pub nights: i32,
    /// Average overall rating of the published guest reviews.
    pub rating: Option<f64>,
    pub rated_stays: i32,
    /// Share of inquiries and booking requests answered within 24 hours, 0 to 1; `None`
    /// with nothing to answer.
    pub response_rate: Option<f64>,
    pub host_cancellations: i32,
    pub bookings: i32,
    pub earned: bool,
}
