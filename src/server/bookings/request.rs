//! A booking request as the API and the booking form send it, parsed once at the boundary
//! with the search's rules for dates and party.

use crate::app::types::account::FieldError;
use crate::app::types::booking::NewBooking;
use crate::app::types::search::SearchParams;
use crate::server::catalog::availability::StayRequest;

const MAX_SPECIAL_REQUESTS: usize = 2_000;

/// A booking request, parsed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BookingRequest {
    pub listing_id: i64,
    pub stay: StayRequest,
    pub special_requests: String,
}

impl BookingRequest {
    /// Parses with the search's rules for dates and party; every problem is named.
    pub fn parse(input: &NewBooking) -> Result<Self, Vec<FieldError>> {
        let mut errors = Vec::new();
        if input.listing_id < 1 {
            errors.push(FieldError::new("listing_id", "Choose a listing."));
        }
        let adults = match (input.adults, input.guest_count) {
            (Some(a), _) => a,
            (None, Some(total)) => total - input.children.unwrap_or(0),
            (None, None) => 1,
        };
        let params = SearchParams {
            check_in: Some(input.check_in.clone()),
            check_out: Some(input.check_out.clone()),
            adults: Some(adults.to_string()),
            children: input.children.map(|c| c.to_string()),
            infants: input.infants.map(|c| c.to_string()),
            pets: input.pets.map(|c| c.to_string()),
            ..SearchParams::default()
        };
        let stay = match StayRequest::parse(&params) {
            Ok(stay) => Some(stay),
            Err(mut e) => {
                // The search names its party field `adults`; a caller who sent
                // `guest_count` hears about that.
                if input.adults.is_none() && input.guest_count.is_some() {
                    for f in &mut e {
                        if f.field == "adults" {
                            f.field = "guest_count".into();
                        }
                    }
                }
                errors.extend(e);
                None
            }
        };
        let special_requests = input
            .special_requests
            .as_deref()
            .unwrap_or("")
            .trim()
            .chars()
            .filter(|c| !c.is_control() || *c == '\n')
            .collect::<String>();
        if special_requests.chars().count() > MAX_SPECIAL_REQUESTS {
            errors.push(FieldError::new(
                "special_requests",
                "Keep special requests under 2,000 characters.",
            ));
        }
        match stay {
            Some(stay) if errors.is_empty() => Ok(Self {
                listing_id: input.listing_id,
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
}
