//! Who is coming: "2 adults and a dog", "family of 4 with 2 kids", "a couple with a baby",
//! "group of 8", "for 6".

use super::reader::Reader;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Party {
    pub adults: Option<u32>,
    pub children: Option<u32>,
    pub infants: Option<u32>,
    pub pets: Option<u32>,
    /// "family of 4": everyone, children included.
    family: Option<u32>,
}

const ADULTS: &[&str] = &[
    "adult",
    "adults",
    "grownup",
    "grownups",
    "grown up",
    "grown ups",
    "people",
    "persons",
    "person",
    "ppl",
    "guests",
    "guest",
    "pax",
    "travelers",
    "travellers",
    "traveler",
    "traveller",
    "friends",
    "of us",
    "girls",
    "guys",
    "ladies",
    "women",
    "men",
    "couples",
    "colleagues",
    "coworkers",
    "adlts",
    "adutls",
    "aduts",
    "peeps",
    "pp",
    "people total",
];
const CHILDREN: &[&str] = &[
    "kid",
    "kids",
    "child",
    "children",
    "childs",
    "teen",
    "teens",
    "teenager",
    "teenagers",
    "son",
    "sons",
    "daughter",
    "daughters",
    "boy",
    "boys",
    "little ones",
    "chidren",
    "childern",
    "kiddos",
    "grandkids",
    "grandchildren",
];
const INFANTS: &[&str] = &[
    "baby", "babies", "infant", "infants", "newborn", "newborns", "toddler", "toddlers", "bub",
    "babe",
];
const PETS: &[&str] = &[
    "dog",
    "dogs",
    "cat",
    "cats",
    "pup",
    "pups",
    "puppy",
    "puppies",
    "pet",
    "pets",
    "doggo",
    "doggy",
    "doggie",
    "kitten",
    "pooch",
    "labrador",
    "lab",
    "retriever",
    "dachshund",
    "poodle",
];
const SOLO: &[&str] = &[
    "solo",
    "just me",
    "alone",
    "by myself",
    "myself",
    "only me",
    "me alone",
    "single traveler",
    "single traveller",
    "on my own",
];
const PAIR: &[&str] = &[
    "couple",
    "a couple",
    "me and my wife",
    "me and my husband",
    "me and my partner",
    "me and my girlfriend",
    "me and my boyfriend",
    "me and my gf",
    "me and my bf",
    "my wife and i",
    "my husband and i",
    "my partner and i",
    "my girlfriend and i",
    "my boyfriend and i",
    "the two of us",
    "two of us",
    "romantic getaway for two",
    "for two",
    "for 2",
    "me and my fiance",
    "me and my fiancee",
    "my wife and me",
    "my husband and me",
    "me and my spouse",
];

fn phrase_end(r: &Reader, i: usize, table: &[&str]) -> Option<usize> {
    table.iter().filter_map(|p| r.phrase(i, p, false)).max()
}

/// A count at `i`: digits, a number word, or "a"/"an"/"my"/"our"/"one" (one).
fn count(r: &Reader, i: usize, article: bool) -> Option<u32> {
    let t = r.free(i)?;
    if article
        && matches!(
            t.text.as_str(),
            "a" | "an" | "my" | "our" | "the" | "with" | "his" | "her" | "their"
        )
    {
        return Some(1);
    }
    t.count().filter(|n| (1..=50).contains(n))
}

pub fn read(r: &mut Reader) -> Party {
    let mut party = Party::default();
    let mut i = 0;
    while i < r.len() {
        if let Some(end) = phrase_end(r, i, PAIR) {
            party.adults = Some(party.adults.unwrap_or(0).max(2));
            r.take(i..end);
            i = end;
            continue;
        }
        if let Some(end) = phrase_end(r, i, SOLO) {
            party.adults.get_or_insert(1);
            r.take(i..end);
            i = end;
            continue;
        }
        // "family of 4", "group of 8", "party of 5", "sleeps 6", "for 6".
        let lead = [
            "family of",
            "group of",
            "party of",
            "sleeps",
            "sleeping",
            "sleep",
            "team of",
            "crew of",
            "for",
            "we are",
            "we re",
            "there are",
            "total of",
        ]
        .iter()
        .find_map(|p| r.phrase(i, p, false).map(|e| (*p, e)));
        if let Some((word, at)) = lead
            && let Some(n) = count(r, at, false)
            && !continues_as_other(r, at + 1)
        {
            let end = phrase_end(r, at + 1, ADULTS).unwrap_or(at + 1);
            if word == "family of" {
                party.family = Some(n);
            } else {
                party.adults = Some(n);
            }
            r.take(i..end);
            i = end;
            continue;
        }
        if let Some(n) = count(r, i, true) {
            let at = if r.is_any(
                i + 1,
                &[
                    "small", "little", "young", "big", "old", "older", "younger", "large", "well",
                    "behaved", "friendly", "furry",
                ],
            ) {
                i + 2
            } else {
                i + 1
            };
            let at = if r.is(at, "-") { at + 1 } else { at };
            let article = matches!(
                r.free(i).map(|t| t.text.as_str()),
                Some("a" | "an" | "my" | "our" | "the" | "with" | "his" | "her" | "their")
            );
            let numbered = !article;
            let mut matched = false;
            for (table, slot) in [(ADULTS, 0), (CHILDREN, 1), (INFANTS, 2), (PETS, 3)] {
                if slot == 0 && article {
                    continue;
                }
                if let Some(end) = phrase_end(r, at, table) {
                    // "with kids": children without a number count as nothing (the
                    // words are quoted back); "my dogs" is at least one pet.
                    let plural = r.tokens[end - 1].text.ends_with('s');
                    if article && plural && slot != 3 {
                        break;
                    }
                    let n = if numbered { n } else { 1 };
                    let field = match slot {
                        0 => &mut party.adults,
                        1 => &mut party.children,
                        2 => &mut party.infants,
                        _ => &mut party.pets,
                    };
                    *field = Some(field.unwrap_or(0) + n);
                    r.take(i..end);
                    i = end;
                    matched = true;
                    break;
                }
            }
            if matched {
                continue;
            }
        }
        // A pet or a baby named without a count: "with dog", "plus baby".
        if let Some(end) = phrase_end(r, i, PETS)
            && !r.is(end, "friendly")
            && !r.is_any(end, &["allowed", "ok", "welcome"])
        {
            party.pets = Some(party.pets.unwrap_or(0) + 1);
            r.take(i..end);
            i = end;
            continue;
        }
        if let Some(end) = phrase_end(r, i, INFANTS) {
            party.infants = Some(party.infants.unwrap_or(0) + 1);
            r.take(i..end);
            i = end;
            continue;
        }
        i += 1;
    }
    if let Some(family) = party.family {
        let young = party.children.unwrap_or(0) + party.infants.unwrap_or(0);
        party.adults = Some(family.saturating_sub(young).max(1));
    }
    party
}

/// "for 5 nights", "for 150 euros", "for 2 bedrooms": the number after "for" counts
/// something other than people.
fn continues_as_other(r: &Reader, at: usize) -> bool {
    r.free(at).is_some_and(|t| {
        matches!(
            t.text.as_str(),
            "night"
                | "nights"
                | "nts"
                | "week"
                | "weeks"
                | "days"
                | "day"
                | "bedroom"
                | "bedrooms"
                | "br"
                | "bed"
                | "beds"
                | "bath"
                | "baths"
                | "bathroom"
                | "bathrooms"
                | "€"
                | "$"
                | "£"
                | "eur"
                | "euros"
                | "euro"
                | "dollars"
                | "usd"
                | "gbp"
                | "pounds"
                | "k"
                | "stars"
                | "star"
                | "kids"
                | "children"
                | "child"
                | "kid"
                | "dogs"
                | "dog"
                | "cats"
                | "cat"
                | "babies"
                | "baby"
                | "infants"
                | "infant"
                | "toddler"
                | "toddlers"
                | "pets"
                | "pet"
                | "/"
                | "-"
                | "total"
                | "bucks"
                | "quid"
                | "teens"
                | "teenagers"
                | "nite"
                | "nites"
                | "month"
                | "months"
                | "%"
        )
    })
}
