//! A booking request as the API and the booking form send it, parsed once at the boundary
//! into [`StayDates`] and [`Guests`]: the search's rules for dates and party.

use crate::app::types::account::FieldError;
use crate::app::types::booking::{NewBooking, ReserveForm};
use crate::app::types::guests::{GuestCounts, Guests};
use crate::app::types::stay::Day;
use crate::app::types::stay_dates::StayDates;
use crate::server::catalog::availability::StayRequest;
use crate::server::catalog::search::today_utc;
use crate::tr;

const MAX_SPECIAL_REQUESTS: usize = 2_000;

/// A booking request, parsed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BookingRequest {
    pub listing_id: i64,
    pub stay: StayRequest,
    pub special_requests: String,
}

impl BookingRequest {
    /// Parses with the search's rules for dates and party; every problem is named, in the
    /// fields the caller sent.
    pub fn parse(input: &NewBooking) -> Result<Self, Vec<FieldError>> {
        // `guest_count` is adults and children together: the adults are the rest.
        let adults = match (input.adults, input.guest_count) {
            (Some(a), _) => i64::from(a),
            (None, Some(total)) => i64::from(total) - i64::from(input.children.unwrap_or(0)),
            (None, None) => 1,
        };
        let guests = Guests::from_counts(GuestCounts {
            adults: Some(adults),
            guests: None,
            children: input.children.map(i64::from),
            infants: input.infants.map(i64::from),
            pets: input.pets.map(i64::from),
        })
        .map_err(|mut e| {
            // The adults were worked out from `guest_count`: that is the field to name.
            if input.adults.is_none() && input.guest_count.is_some() {
                for f in &mut e {
                    if f.field == "adults" {
                        f.field = "guest_count".into();
                    }
                }
            }
            e
        });
        let listing_id = (input.listing_id >= 1).then_some(input.listing_id);
        Self::assemble(
            listing_id,
            (&input.check_in, &input.check_out),
            guests,
            input.special_requests.as_deref(),
        )
    }

    /// Parses the listing page's form, whose every field is text: the party with
    /// [`Guests::parse`] (blank counts are absent, one adult by default).
    pub fn parse_form(form: &ReserveForm) -> Result<Self, Vec<FieldError>> {
        let listing_id = form
            .listing_id
            .trim()
            .parse::<i64>()
            .ok()
            .filter(|id| *id > 0);
        let guests = Guests::parse(GuestCounts {
            adults: form.adults.as_deref(),
            guests: None,
            children: form.children.as_deref(),
            infants: form.infants.as_deref(),
            pets: form.pets.as_deref(),
        });
        Self::assemble(
            listing_id,
            (&form.check_in, &form.check_out),
            guests,
            form.special_requests.as_deref(),
        )
    }

    /// The rules both shapes share, given the party already parsed.
    fn assemble(
        listing_id: Option<i64>,
        (check_in, check_out): (&str, &str),
        guests: Result<Guests, Vec<FieldError>>,
        special_requests: Option<&str>,
    ) -> Result<Self, Vec<FieldError>> {
        let mut errors = Vec::new();
        if listing_id.is_none() {
            errors.push(FieldError::new(
                "listing_id",
                tr!("booking-error-no-listing"),
            ));
        }
        let dates = StayDates::parse(Some(check_in), Some(check_out), Day::from_date(today_utc()));
        let stay = match StayRequest::from_parsed(dates, guests) {
            Ok(stay) => Some(stay),
            Err(e) => {
                errors.extend(e);
                None
            }
        };
        let special_requests = special_requests
            .unwrap_or("")
            .trim()
            .chars()
            .filter(|c| !c.is_control() || *c == '\n')
            .collect::<String>();
        if special_requests.chars().count() > MAX_SPECIAL_REQUESTS {
            errors.push(FieldError::new(
                "special_requests",
                tr!("booking-error-special-requests", max = MAX_SPECIAL_REQUESTS),
            ));
        }
        match (listing_id, stay) {
            (Some(listing_id), Some(stay)) if errors.is_empty() => Ok(Self {
                listing_id,
                stay,
                special_requests,
            }),
            _ => Err(errors),
        }
    }

    /// A digest of what was asked, to tell a retry from a different request.
    pub fn fingerprint(&self) -> Vec<u8> {
        use sha2::{Digest, Sha256};
        let s = &self.stay;
        Sha256::digest(
            format!(
                "{}|{}|{}|{}|{}|{}|{}|{}",
                self.listing_id,
                s.check_in,
                s.check_out,
                s.adults,
                s.children,
                s.infants,
                s.pets,
                self.special_requests
            )
            .as_bytes(),
        )
        .to_vec()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::server::catalog::search;
    use time::Duration;

    fn new(check_in: &str, check_out: &str) -> NewBooking {
        NewBooking {
            listing_id: 7,
            check_in: check_in.into(),
            check_out: check_out.into(),
            ..NewBooking::default()
        }
    }

    #[test]
    fn a_request_parses_guests_from_either_field() {
        let today = search::today_utc();
        let (a, b) = (today + Duration::days(10), today + Duration::days(13));
        let mut input = new(&a.to_string(), &b.to_string());
        input.guest_count = Some(3);
        input.children = Some(1);
        let r = BookingRequest::parse(&input).expect("valid");
        assert_eq!((r.stay.adults, r.stay.children), (2, 1));
        input.adults = Some(4);
        assert_eq!(BookingRequest::parse(&input).expect("valid").stay.adults, 4);
    }

    #[test]
    fn bad_requests_name_their_fields() {
        let mut input = new("2026-02-30", "tomorrow");
        input.listing_id = 0;
        input.special_requests = Some("x".repeat(2_001));
        let fields: Vec<String> = BookingRequest::parse(&input)
            .expect_err("invalid")
            .into_iter()
            .map(|e| e.field)
            .collect();
        assert!(fields.contains(&"listing_id".to_string()), "{fields:?}");
        assert!(fields.contains(&"check_in".to_string()), "{fields:?}");
        assert!(
            fields.contains(&"special_requests".to_string()),
            "{fields:?}"
        );
        let today = search::today_utc();
        let mut zero = new(
            &(today + Duration::days(10)).to_string(),
            &(today + Duration::days(12)).to_string(),
        );
        zero.guest_count = Some(0);
        let fields: Vec<String> = BookingRequest::parse(&zero)
            .expect_err("no guests")
            .into_iter()
            .map(|e| e.field)
            .collect();
        assert_eq!(fields, ["guest_count"]);
    }

    #[test]
    fn party_problems_keep_their_messages_and_the_field_sent() {
        let today = search::today_utc();
        let stay = new(
            &(today + Duration::days(10)).to_string(),
            &(today + Duration::days(12)).to_string(),
        );
        let refused = |input: &NewBooking| -> Vec<(String, String)> {
            BookingRequest::parse(input)
                .expect_err("refused")
                .into_iter()
                .map(|e| (e.field, e.message))
                .collect()
        };
        let pair = |f: &str, m: &str| (f.to_string(), m.to_string());
        let mut more_children = stay.clone();
        more_children.guest_count = Some(1);
        more_children.children = Some(3);
        assert_eq!(
            refused(&more_children),
            [pair(
                "guest_count",
                "The number of adults cannot be negative."
            )]
        );
        let mut crowd = stay.clone();
        crowd.guest_count = Some(60);
        assert_eq!(refused(&crowd), [pair("guest_count", "At most 50 adults.")]);
        let mut pets = stay.clone();
        pets.adults = Some(0);
        pets.pets = Some(11);
        assert_eq!(
            refused(&pets),
            [
                pair("pets", "At most 10 pets."),
                pair("adults", "At least one adult must come along."),
            ]
        );
        let mut no_dates = stay;
        no_dates.check_in = String::new();
        no_dates.check_out = " ".into();
        assert_eq!(
            refused(&no_dates),
            [pair("check_in", "Choose check-in and check-out dates.")]
        );
    }

    #[test]
    fn the_fingerprint_tells_requests_apart() {
        let today = search::today_utc();
        let a = new(
            &(today + Duration::days(3)).to_string(),
            &(today + Duration::days(5)).to_string(),
        );
        let mut b = a.clone();
        b.special_requests = Some("Late arrival".into());
        let pa = BookingRequest::parse(&a).expect("a");
        assert_eq!(
            pa.fingerprint(),
            BookingRequest::parse(&a).expect("a").fingerprint()
        );
        assert_ne!(
            pa.fingerprint(),
            BookingRequest::parse(&b).expect("b").fingerprint()
        );
    }

    #[test]
    fn the_form_and_the_json_body_agree() {
        let today = search::today_utc();
        let (a, b) = (today + Duration::days(10), today + Duration::days(13));
        let form = |adults: &str, children: &str| ReserveForm {
            listing_id: " 7 ".into(),
            check_in: a.to_string(),
            check_out: b.to_string(),
            adults: Some(adults.into()),
            children: Some(children.into()),
            special_requests: Some(" Late arrival ".into()),
            ..ReserveForm::default()
        };
        let mut json = new(&a.to_string(), &b.to_string());
        json.adults = Some(2);
        json.children = Some(1);
        json.special_requests = Some("Late arrival".into());
        assert_eq!(
            BookingRequest::parse_form(&form("2", "1")),
            BookingRequest::parse(&json)
        );
        // Blank counts are absent: one adult, as in the API.
        let blank = BookingRequest::parse_form(&form("", " ")).expect("one adult");
        assert_eq!((blank.stay.adults, blank.stay.children), (1, 0));
        let refused: Vec<(String, String)> = BookingRequest::parse_form(&ReserveForm {
            listing_id: "seven".into(),
            ..form("two", "-1")
        })
        .expect_err("refused")
        .into_iter()
        .map(|e| (e.field, e.message))
        .collect();
        let pair = |f: &str, m: &str| (f.to_string(), m.to_string());
        assert_eq!(
            refused,
            [
                pair("listing_id", "Choose a listing."),
                pair("adults", "Enter the number of adults as a whole number."),
                pair("children", "The number of children cannot be negative."),
            ]
        );
    }
}
