//! Ids of the things a URL names, one type each, so a booking id cannot be handed to
//! something that expects a listing id. On the wire they are plain numbers.

use serde::{Deserialize, Serialize};
use std::fmt;

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(i64);

        impl $name {
            /// The id written in `raw` (a URL segment, a form field): a positive whole
            /// number, since the database hands out no other. `None` for anything else,
            /// which names nothing.
            pub fn parse(raw: &str) -> Option<Self> {
                raw.parse::<i64>().ok().filter(|id| *id > 0).map(Self)
            }

            /// The number, for the queries (which take plain `i64`s).
            pub fn get(self) -> i64 {
                self.0
            }
        }

        impl From<$name> for i64 {
            fn from(id: $name) -> Self {
                id.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.fmt(f)
            }
        }
    };
}

id_type!(
    /// A listing (`listings.id`).
    ListingId
);
id_type!(
    /// A booking (`bookings.id`).
    BookingId
);
id_type!(
    /// One photo of a listing (`listing_photos.id`).
    PhotoId
);
id_type!(
    /// A review (`reviews.id`).
    ReviewId
);
id_type!(
    /// A conversation between a guest and a host (`conversations.id`).
    ConversationId
);
id_type!(
    /// A calendar another site exports, imported into a listing (`calendar_feeds.id`).
    CalendarFeedId
);
id_type!(
    /// An imported event that clashes with a booking (`calendar_conflicts.id`).
    CalendarConflictId
);
id_type!(
    /// A place in a listing's guidebook (`guidebook_places.id`).
    GuidebookPlaceId
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_positive_whole_numbers_name_something() {
        assert_eq!(ListingId::parse("42").map(ListingId::get), Some(42));
        for raw in [
            "0",
            "-3",
            "abc",
            "",
            " 42",
            "4.2",
            "99999999999999999999",
            "42\0",
        ] {
            assert_eq!(BookingId::parse(raw), None, "{raw:?}");
        }
    }

    #[cfg(feature = "ssr")]
    #[test]
    fn on_the_wire_and_in_text_they_are_plain_numbers() {
        let id = PhotoId::parse("7").expect("an id");
        assert_eq!(id.to_string(), "7");
        assert_eq!(serde_json::to_string(&id).ok().as_deref(), Some("7"));
        assert_eq!(serde_json::from_str::<PhotoId>("7").ok(), Some(id));
    }
}
