//! Calendar sync on the wire: a listing's export address, the calendars it imports from
//! other sites with how their last sync went, and imported events that clash with bookings.

use super::account::FieldError;
use crate::tr;
use serde::{Deserialize, Serialize};

/// The longest name a host may give an imported calendar.
pub const FEED_NAME_MAX: usize = 60;
/// How many calendars one listing may import.
pub const MAX_FEEDS: i64 = 20;

/// Where a calendar's last sync left it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum FeedStatus {
    /// Not fetched yet.
    Pending,
    /// Read, and its events applied.
    Updated,
    /// Nothing changed since the last read (a 304, or the same events).
    Unchanged,
    /// The last fetch or read failed; the nights it blocked before stay blocked.
    Failed,
}

/// A calendar another site exports, imported into a listing.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct CalendarFeed {
    pub id: i64,
    /// The host's name for it ("Airbnb").
    pub name: String,
    pub url: String,
    pub status: FeedStatus,
    /// What the last sync did, or why it failed, in plain words.
    pub message: String,
    /// When it was last fetched (RFC 3339), whatever the outcome.
    pub last_attempt_at: Option<String>,
    /// When it was last read successfully (RFC 3339).
    pub last_success_at: Option<String>,
    /// Nights from today on that this calendar blocks.
    pub blocked_nights: i64,
    /// A sync is due now or running.
    pub syncing: bool,
}

/// An imported event over nights a Haven booking holds. The booking keeps its nights; the
/// host settles it on the other site (or cancels here), and it disappears at the next sync.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct CalendarConflict {
    pub id: i64,
    pub feed_id: i64,
    pub feed_name: String,
    /// The event's first night, `YYYY-MM-DD`.
    pub from: String,
    /// The morning after its last night, `YYYY-MM-DD`.
    pub to: String,
    /// The Haven booking it overlaps.
    pub booking_id: i64,
    /// The host has seen it and set it aside.
    pub dismissed: bool,
}

/// A listing's private calendar address, for other sites to import.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct CalendarExport {
    /// `…/api/v1/ical/<secret>.ics`: anyone with it reads which nights are taken (no names,
    /// no guests). Regenerate it to cut off everyone who has the old one.
    pub url: String,
}

/// A listing's imported calendars and their clashes with bookings.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct CalendarSync {
    pub listing_id: i64,
    pub feeds: Vec<CalendarFeed>,
    /// Clashes with bookings, upcoming ones first.
    pub conflicts: Vec<CalendarConflict>,
}

/// A calendar to import (`POST /api/v1/listings/{id}/calendar-feeds`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct NewCalendarFeed {
    /// 1 to 60 characters, e.g. "Airbnb".
    pub name: String,
    /// The other site's export address: `http` or `https`.
    pub url: String,
}

/// A calendar's name, trimmed: 1 to [`FEED_NAME_MAX`] characters.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FeedName(String);

impl FeedName {
    pub fn parse(raw: &str) -> Result<Self, FieldError> {
        let name = raw.trim();
        if name.is_empty() {
            return Err(FieldError::new("name", tr!("error-feed-name-missing")));
        }
        if name.chars().count() > FEED_NAME_MAX || name.chars().any(char::is_control) {
            return Err(FieldError::new(
                "name",
                tr!("error-feed-name-too-long", max = FEED_NAME_MAX),
            ));
        }
        Ok(Self(name.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// `2026-12-07T10:15:00Z` as people read it, in the current language and the reader's
/// zone: `Dec 7, 2026, 10:15 AM (UTC)`.
pub fn moment_text(rfc3339: &str) -> String {
    crate::app::i18n::moment(rfc3339)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_is_trimmed_and_bounded() {
        assert_eq!(
            FeedName::parse("  Airbnb ").map(|n| n.as_str().to_owned()),
            Ok("Airbnb".to_owned())
        );
        assert!(FeedName::parse("   ").is_err());
        assert!(FeedName::parse(&"x".repeat(61)).is_err());
        assert!(FeedName::parse("a\nb").is_err());
        assert!(FeedName::parse(&"é".repeat(60)).is_ok());
    }

    #[test]
    fn moments_read_as_minutes_in_the_readers_zone() {
        assert_eq!(
            moment_text("2026-12-07T10:15:42Z"),
            "Dec 7, 2026, 10:15\u{202f}AM (UTC)"
        );
        assert_eq!(moment_text("soon"), "soon");
        use crate::app::i18n::moment_in;
        assert_eq!(
            moment_in("2026-12-07T03:15:00Z", "America/New_York"),
            "Dec 6, 2026, 10:15\u{202f}PM (America/New York)"
        );
        assert_eq!(
            moment_in("2026-07-07T10:15:00+00:00", "Europe/Lisbon"),
            "Jul 7, 2026, 11:15\u{202f}AM (Europe/Lisbon)"
        );
        assert_eq!(
            moment_in("2026-07-07T10:15:00Z", "Mars/Olympus"),
            "Jul 7, 2026, 10:15\u{202f}AM (UTC)"
        );
    }
}
