//! Who comes along on a stay, parsed once where it arrives: from the text of a URL or form
//! ([`Guests::parse`]) or from a JSON body's integers ([`Guests::from_counts`]), with the
//! same limits and the same messages either way.
//!
//! (Named `Guests` because `booking::Party` already names who acts on a booking.)

use super::account::FieldError;
use crate::tr;

/// The most adults, children, or adults and children together, in one party.
pub const MAX_GUESTS: i32 = 50;
/// The most infants, and the most pets, in one party.
pub const MAX_INFANTS: i32 = 10;
pub const MAX_PETS: i32 = 10;

/// A party: at least one adult, at most [`MAX_GUESTS`] adults and children together.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Guests {
    adults: i32,
    children: i32,
    infants: i32,
    pets: i32,
}

/// One adult: what a search without a party looks for.
impl Default for Guests {
    fn default() -> Self {
        Self {
            adults: 1,
            children: 0,
            infants: 0,
            pets: 0,
        }
    }
}

/// The party's fields as they arrive, each optional: `&str` from a URL or form, `i64` from
/// JSON. `guests` is the API's short form, everyone counted as an adult (less the
/// children); `adults` wins when both are given.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct GuestCounts<T> {
    pub adults: Option<T>,
    pub guests: Option<T>,
    pub children: Option<T>,
    pub infants: Option<T>,
    pub pets: Option<T>,
}

/// Each field of [`GuestCounts`], in the order problems are reported: its name (also what
/// its messages choose their noun by) and its limit.
const FIELDS: [(&str, i32); 5] = [
    ("adults", MAX_GUESTS),
    ("guests", MAX_GUESTS),
    ("children", MAX_GUESTS),
    ("infants", MAX_INFANTS),
    ("pets", MAX_PETS),
];

impl Guests {
    /// From text: blank fields are absent; every problem is named.
    pub fn parse(raw: GuestCounts<&str>) -> Result<Self, Vec<FieldError>> {
        Self::build(
            raw.fields()
                .map(|(raw, (field, max))| (parse_count(raw, field, max), field)),
        )
    }

    /// From integers: the same limits and messages as [`Guests::parse`].
    pub fn from_counts(raw: GuestCounts<i64>) -> Result<Self, Vec<FieldError>> {
        Self::build(
            raw.fields()
                .map(|(n, (field, max))| (n.map(|n| within(n, field, max)).transpose(), field)),
        )
    }

    /// The rules, given each field's count (or what is wrong with it) and its name.
    fn build(counts: [(Result<Option<i32>, String>, &str); 5]) -> Result<Self, Vec<FieldError>> {
        let mut errors = Vec::new();
        let [adults, total, children, infants, pets] = counts.map(|(count, field)| {
            count.unwrap_or_else(|message| {
                errors.push(FieldError::new(field, message));
                None
            })
        });
        let children = children.unwrap_or(0);
        let adults = adults.or(total.map(|t| t - children)).unwrap_or(1).max(0);
        if adults == 0 {
            errors.push(FieldError::new(
                "adults",
                tr!("catalog-guests-adult-needed"),
            ));
        }
        if adults + children > MAX_GUESTS {
            errors.push(FieldError::new(
                "guests",
                tr!("catalog-count-too-many", field = "guests", max = MAX_GUESTS),
            ));
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(Self {
            adults,
            children,
            infants: infants.unwrap_or(0),
            pets: pets.unwrap_or(0),
        })
    }

    pub fn adults(&self) -> i32 {
        self.adults
    }

    pub fn children(&self) -> i32 {
        self.children
    }

    pub fn infants(&self) -> i32 {
        self.infants
    }

    pub fn pets(&self) -> i32 {
        self.pets
    }

    /// Adults and children: what a listing's `max_guests` counts (infants do not).
    pub fn count(&self) -> i32 {
        self.adults + self.children
    }
}

impl<T> GuestCounts<T> {
    fn fields(self) -> [(Option<T>, (&'static str, i32)); 5] {
        let [a, g, c, i, p] = FIELDS;
        [
            (self.adults, a),
            (self.guests, g),
            (self.children, c),
            (self.infants, i),
            (self.pets, p),
        ]
    }
}

/// A count typed into a form or URL (`None` when blank), from 0 to `max`; the message
/// names it by `field` (`adults`, `guests`, `children`, `infants`, `pets`, `bedrooms` or
/// `beds`: each message has a sentence for each). The party's fields use it, and so do the
/// search's room minimums.
pub fn parse_count(raw: Option<&str>, field: &str, max: i32) -> Result<Option<i32>, String> {
    match raw.map(str::trim).filter(|s| !s.is_empty()) {
        None => Ok(None),
        Some(s) => match s.parse::<i64>() {
            Ok(n) => within(n, field, max).map(Some),
            Err(_) => Err(tr!("catalog-count-not-whole", field = field)),
        },
    }
}

fn within(n: i64, field: &str, max: i32) -> Result<i32, String> {
    if n < 0 {
        Err(tr!("catalog-count-negative", field = field))
    } else {
        i32::try_from(n)
            .ok()
            .filter(|n| *n <= max)
            .ok_or_else(|| tr!("catalog-count-too-many", field = field, max = max))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text<'a>(pairs: &[(&str, &'a str)]) -> GuestCounts<&'a str> {
        let mut c = GuestCounts::default();
        for &(k, v) in pairs {
            let v = Some(v);
            match k {
                "adults" => c.adults = v,
                "guests" => c.guests = v,
                "children" => c.children = v,
                "infants" => c.infants = v,
                "pets" => c.pets = v,
                other => panic!("no field {other}"),
            }
        }
        c
    }

    fn refused(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        Guests::parse(text(pairs))
            .expect_err("refused")
            .into_iter()
            .map(|e| (e.field, e.message))
            .collect()
    }

    fn pair(field: &str, message: &str) -> (String, String) {
        (field.into(), message.into())
    }

    #[test]
    fn nobody_given_is_one_adult() {
        assert_eq!(Guests::parse(GuestCounts::default()), Ok(Guests::default()));
        assert_eq!(
            Guests::parse(text(&[("adults", " ")])),
            Ok(Guests::default())
        );
        assert_eq!(Guests::default().count(), 1);
    }

    #[test]
    fn guests_counts_everyone_but_the_children_as_adults() {
        let g = Guests::parse(text(&[("guests", "3"), ("children", "1")])).expect("valid");
        assert_eq!((g.adults(), g.children(), g.count()), (2, 1, 3));
        let g = Guests::parse(text(&[("guests", "3"), ("adults", "4")])).expect("adults win");
        assert_eq!(g.adults(), 4);
        assert_eq!(
            refused(&[("guests", "2"), ("children", "2")]),
            [pair("adults", "At least one adult must come along.")]
        );
    }

    #[test]
    fn every_bad_field_is_named_in_order() {
        assert_eq!(
            refused(&[
                ("adults", "-2"),
                ("children", "two"),
                ("infants", "11"),
                ("pets", "99999999999")
            ]),
            [
                pair("adults", "The number of adults cannot be negative."),
                pair(
                    "children",
                    "Enter the number of children as a whole number."
                ),
                pair("infants", "At most 10 infants."),
                pair("pets", "At most 10 pets."),
            ]
        );
        assert_eq!(
            refused(&[("adults", "0"), ("children", "x")]),
            [
                pair(
                    "children",
                    "Enter the number of children as a whole number."
                ),
                pair("adults", "At least one adult must come along."),
            ]
        );
        assert_eq!(
            refused(&[("adults", "30"), ("children", "30")]),
            [pair("guests", "At most 50 guests.")]
        );
        assert_eq!(
            refused(&[("guests", "51")]),
            [pair("guests", "At most 50 guests.")]
        );
    }

    #[test]
    fn integers_follow_the_same_rules() {
        let g = Guests::from_counts(GuestCounts {
            adults: Some(2),
            infants: Some(1),
            pets: Some(1),
            ..GuestCounts::default()
        })
        .expect("valid");
        assert_eq!((g.adults(), g.infants(), g.pets()), (2, 1, 1));
        let e = Guests::from_counts(GuestCounts {
            adults: Some(-2),
            children: Some(i64::MAX),
            ..GuestCounts::default()
        })
        .expect_err("refused");
        let got: Vec<_> = e.into_iter().map(|e| (e.field, e.message)).collect();
        assert_eq!(
            got,
            [
                pair("adults", "The number of adults cannot be negative."),
                pair("children", "At most 50 children."),
            ]
        );
    }

    #[test]
    fn counts_parse_for_rooms_too() {
        assert_eq!(parse_count(Some(" 3 "), "bedrooms", 50), Ok(Some(3)));
        assert_eq!(parse_count(None, "beds", 50), Ok(None));
        assert_eq!(
            parse_count(Some("51"), "beds", 50),
            Err("At most 50 beds.".into())
        );
    }
}
