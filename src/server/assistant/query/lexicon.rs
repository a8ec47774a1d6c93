//! The words the rules know: what travellers call amenities, kinds of home and places.
//! Phrases are lower case, words separated by single spaces ("-" between words is
//! optional in the text); the last word may also be written in the plural.

/// Amenity phrases → amenity keys (`AMENITIES`).
pub const AMENITIES: &[(&str, &str)] = &[
    ("wifi", "wifi"),
    ("wi fi", "wifi"),
    ("wiif", "wifi"),
    ("wfi", "wifi"),
    ("wify", "wifi"),
    ("internet", "wifi"),
    ("wireless", "wifi"),
    ("fast internet", "wifi"),
    ("kitchen", "kitchen"),
    ("kitchenette", "kitchen"),
    ("washer", "washer"),
    ("washing machine", "washer"),
    ("laundry", "washer"),
    ("washer dryer", "washer dryer"),
    ("dryer", "dryer"),
    ("tumble dryer", "dryer"),
    ("ac", "air_conditioning"),
    ("a c", "air_conditioning"),
    ("a / c", "air_conditioning"),
    ("air con", "air_conditioning"),
    ("aircon", "air_conditioning"),
    ("air conditioning", "air_conditioning"),
    ("air conditioned", "air_conditioning"),
    ("air conditioner", "air_conditioning"),
    ("heating", "heating"),
    ("heated", "heating"),
    ("workspace", "dedicated_workspace"),
    ("work space", "dedicated_workspace"),
    ("desk", "dedicated_workspace"),
    ("office", "dedicated_workspace"),
    ("home office", "dedicated_workspace"),
    ("to work from", "dedicated_workspace"),
    ("tv", "tv"),
    ("television", "tv"),
    ("parking", "free_parking"),
    ("free parking", "free_parking"),
    ("parking spot", "free_parking"),
    ("parking space", "free_parking"),
    ("place to park", "free_parking"),
    ("garage", "free_parking"),
    ("paid parking", "paid_parking"),
    ("pool", "pool"),
    ("swimming pool", "pool"),
    ("hot tub", "hot_tub"),
    ("hottub", "hot_tub"),
    ("jacuzzi", "hot_tub"),
    ("spa", "hot_tub"),
    ("ev charger", "ev_charger"),
    ("ev charging", "ev_charger"),
    ("electric car charger", "ev_charger"),
    ("charger for my tesla", "ev_charger"),
    ("tesla charger", "ev_charger"),
    ("gym", "gym"),
    ("fitness", "gym"),
    ("bbq", "bbq_grill"),
    ("grill", "bbq_grill"),
    ("barbecue", "bbq_grill"),
    ("barbeque", "bbq_grill"),
    ("balcony", "patio"),
    ("terrace", "patio"),
    ("patio", "patio"),
    ("fireplace", "fireplace"),
    ("fire place", "fireplace"),
    ("log fire", "fireplace"),
    ("wood stove", "fireplace"),
    ("crib", "crib"),
    ("cot", "crib"),
    ("high chair", "high_chair"),
    ("highchair", "high_chair"),
    ("self check in", "self_check_in"),
    ("self checkin", "self_check_in"),
    ("keyless", "self_check_in"),
    ("keyless entry", "self_check_in"),
    ("late arrival", "self_check_in"),
    ("pet friendly", "pets_allowed"),
    ("pets allowed", "pets_allowed"),
    ("pets ok", "pets_allowed"),
    ("pets welcome", "pets_allowed"),
    ("dog friendly", "pets_allowed"),
    ("dogs allowed", "pets_allowed"),
    ("dogs welcome", "pets_allowed"),
    ("cat friendly", "pets_allowed"),
    ("allows pets", "pets_allowed"),
    ("allows dogs", "pets_allowed"),
    ("beach", "beach_access"),
    ("beach access", "beach_access"),
    ("beachfront", "beach_access"),
    ("beach front", "beach_access"),
    ("on the beach", "beach_access"),
    ("near the beach", "beach_access"),
    ("close to the beach", "beach_access"),
    ("by the beach", "beach_access"),
    ("lake", "lake_access"),
    ("lake access", "lake_access"),
    ("lakeside", "lake_access"),
    ("lakefront", "lake_access"),
    ("ski in ski out", "ski_in_out"),
    ("ski in out", "ski_in_out"),
    ("ski in / ski out", "ski_in_out"),
    ("ski in / out", "ski_in_out"),
    ("waterfront", "waterfront"),
    ("mountain view", "mountain_view"),
    ("mountain views", "mountain_view"),
    ("view of the mountains", "mountain_view"),
    ("sea view", "ocean_view"),
    ("sea views", "ocean_view"),
    ("ocean view", "ocean_view"),
    ("ocean views", "ocean_view"),
    ("city view", "city_view"),
    ("city views", "city_view"),
    ("skyline", "city_view"),
    ("skyline view", "city_view"),
    ("breakfast", "breakfast"),
    ("breakfast included", "breakfast"),
    ("long term", "long_term_stays"),
    ("long term stay", "long_term_stays"),
    ("monthly", "long_term_stays"),
    ("monthly stay", "long_term_stays"),
    ("luggage drop off", "luggage_dropoff"),
    ("luggage storage", "luggage_dropoff"),
    ("first aid kit", "first_aid_kit"),
    ("smoke alarm", "smoke_alarm"),
];

/// Kinds of home → property type keys (`PROPERTY_TYPES`).
pub const PROPERTY_TYPES: &[(&str, &str)] = &[
    ("apartment", "apartment"),
    ("apartament", "apartment"),
    ("appartment", "apartment"),
    ("apt", "apartment"),
    ("flat", "apartment"),
    ("house", "house"),
    ("home", "house"),
    ("whole house", "house"),
    ("condo", "condo"),
    ("condominium", "condo"),
    ("loft", "loft"),
    ("villa", "villa"),
    ("cabin", "cabin"),
    ("log cabin", "cabin"),
    ("cottage", "cottage"),
    ("townhouse", "townhouse"),
    ("town house", "townhouse"),
    ("townhome", "townhouse"),
    ("bungalow", "bungalow"),
    ("chalet", "chalet"),
    ("guesthouse", "guesthouse"),
    ("guest house", "guesthouse"),
    ("b & b", "guesthouse"),
    ("bnb", "guesthouse"),
    ("bed and breakfast", "guesthouse"),
    ("tiny home", "tiny_home"),
    ("tiny house", "tiny_home"),
];

/// Other names of the cities Haven lists, the countries and regions → the name in
/// `places.rs`.
pub const PLACE_ALIASES: &[(&str, &str)] = &[
    ("nyc", "New York"),
    ("ny", "New York"),
    ("new york city", "New York"),
    ("manhattan", "New York"),
    ("brooklyn", "New York"),
    ("sf", "San Francisco"),
    ("san fran", "San Francisco"),
    ("frisco", "San Francisco"),
    ("lake tahoe", "South Lake Tahoe"),
    ("tahoe", "South Lake Tahoe"),
    ("nola", "New Orleans"),
    ("cdmx", "Mexico City"),
    ("rio", "Rio de Janeiro"),
    ("floripa", "Florianópolis"),
    ("bsas", "Buenos Aires"),
    ("lisboa", "Lisbon"),
    ("roma", "Rome"),
    ("firenze", "Florence"),
    ("sevilla", "Seville"),
    ("venezia", "Venice"),
    ("munchen", "Munich"),
    ("muenchen", "Munich"),
    ("marrakech", "Marrakesh"),
    ("saigon", "Ho Chi Minh City"),
    ("hcmc", "Ho Chi Minh City"),
    ("palma de mallorca", "Palma"),
    ("mallorca", "Palma"),
    ("majorca", "Palma"),
    ("lake como", "Como"),
    ("athina", "Athens"),
    ("kobenhavn", "Copenhagen"),
    ("the us", "United States"),
    ("us", "United States"),
    ("usa", "United States"),
    ("u s a", "United States"),
    ("america", "United States"),
    ("the states", "United States"),
    ("united states of america", "United States"),
    ("uk", "United Kingdom"),
    ("the uk", "United Kingdom"),
    ("u k", "United Kingdom"),
    ("britain", "United Kingdom"),
    ("great britain", "United Kingdom"),
    ("england", "United Kingdom"),
    ("scotland", "United Kingdom"),
    ("turkey", "Türkiye"),
    ("turkiye", "Türkiye"),
    ("holland", "Netherlands"),
    ("the netherlands", "Netherlands"),
    ("uae", "United Arab Emirates"),
    ("emirates", "United Arab Emirates"),
    ("korea", "South Korea"),
    ("hawai i", "Hawaii"),
    ("hawai'i", "Hawaii"),
];

/// Places whose name is also an ordinary word: read as a place only after "in", "to",
/// "near"… or when written with a capital.
pub const COMMON_WORD_PLACES: &[&str] = &["nice", "bled", "victoria"];

/// Words that carry no constraint: not quoted back as ignored.
pub fn filler(word: &str) -> bool {
    matches!(
        word,
        "a" | "an"
            | "the"
            | "and"
            | "with"
            | "in"
            | "for"
            | "of"
            | "to"
            | "at"
            | "on"
            | "or"
            | "near"
            | "around"
            | "from"
            | "by"
            | "please"
            | "pls"
            | "plz"
            | "i"
            | "we"
            | "me"
            | "my"
            | "our"
            | "us"
            | "need"
            | "needs"
            | "want"
            | "wants"
            | "looking"
            | "look"
            | "find"
            | "show"
            | "search"
            | "searching"
            | "book"
            | "get"
            | "place"
            | "places"
            | "stay"
            | "stays"
            | "staying"
            | "rental"
            | "rentals"
            | "accommodation"
            | "lodging"
            | "somewhere"
            | "something"
            | "some"
            | "any"
            | "anything"
            | "that"
            | "which"
            | "has"
            | "have"
            | "having"
            | "is"
            | "are"
            | "be"
            | "it"
            | "its"
            | "im"
            | "id"
            | "ill"
            | "like"
            | "would"
            | "can"
            | "could"
            | "you"
            | "also"
            | "plus"
            | "too"
            | "just"
            | "only"
            | "must"
            | "should"
            | "ideally"
            | "preferably"
            | "maybe"
            | "there"
            | "this"
            | "trip"
            | "visit"
            | "visiting"
            | "going"
            | "go"
            | "travel"
            | "traveling"
            | "travelling"
            | "vacation"
            | "holiday"
            | "holidays"
            | "getaway"
            | "rent"
            | "available"
            | "availability"
            | "both"
            | "all"
            | "every"
            | "where"
            | "what"
            | "who"
            | "guys"
            | "hi"
            | "hey"
            | "hello"
            | "thanks"
            | "thank"
            | "want to"
            | "s"
    )
}

/// Common misspellings too short for the typo rule.
pub const TYPOS: &[(&str, &str)] = &[
    ("tonite", "tonight"),
    ("tonigh", "tonight"),
    ("tmrw", "tomorrow"),
    ("tmr", "tomorrow"),
    ("tomoz", "tomorrow"),
    ("tommorow", "tomorrow"),
    ("tommorrow", "tomorrow"),
    ("tomorow", "tomorrow"),
    ("nite", "night"),
    ("nites", "nights"),
    ("veiw", "view"),
    ("vew", "view"),
    ("veiws", "views"),
    ("wknd", "weekend"),
    ("wkend", "weekend"),
    ("ppl", "people"),
    ("bdrm", "bedroom"),
    ("apt", "apartment"),
    ("febuary", "february"),
];

/// The rules' own keywords: a long word one typo away from exactly one of them is read as
/// it ("tommorow", "adluts", "instnat", "dollers").
pub const KEYWORDS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "august",
    "september",
    "october",
    "november",
    "december",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "tomorrow",
    "tonight",
    "weekend",
    "nights",
    "night",
    "weeks",
    "fortnight",
    "adults",
    "adult",
    "children",
    "child",
    "infants",
    "infant",
    "toddler",
    "people",
    "guests",
    "family",
    "bedroom",
    "bedrooms",
    "bathroom",
    "bathrooms",
    "instant",
    "instantly",
    "booking",
    "bookable",
    "dollars",
    "euros",
    "pounds",
    "rating",
    "rated",
    "stars",
    "reviews",
    "between",
    "under",
    "maximum",
    "minimum",
    "total",
    "budget",
    "parking",
    "kitchen",
    "washer",
    "washing",
    "machine",
    "conditioning",
    "balcony",
    "terrace",
    "fireplace",
    "jacuzzi",
    "barbecue",
    "workspace",
    "breakfast",
    "apartment",
    "cottage",
    "bungalow",
    "townhouse",
    "guesthouse",
    "chalet",
    "condo",
    "cabin",
    "villa",
    "house",
    "mountain",
    "ocean",
    "waterfront",
    "beachfront",
    "lakeside",
    "skyline",
    "wireless",
    "internet",
    "allowed",
    "friendly",
    "teenager",
    "babies",
    "toddlers",
    "couple",
];

/// The keyword `word` was meant to be, if it is a known misspelling or one typo away from
/// exactly one keyword and is not itself a word the rules know.
pub fn corrected(word: &str) -> Option<&'static str> {
    if let Some((_, fixed)) = TYPOS.iter().find(|(t, _)| *t == word) {
        return Some(fixed);
    }
    if word.len() < 5 || KEYWORDS.contains(&word) || known(word) {
        return None;
    }
    let mut near = KEYWORDS.iter().filter(|k| super::reader::close(word, k));
    let first = near.next()?;
    near.next().is_none().then_some(*first)
}

/// A word some rule or place name uses as it is (the set is built once).
fn known(word: &str) -> bool {
    static WORDS: std::sync::OnceLock<std::collections::HashSet<String>> =
        std::sync::OnceLock::new();
    let words = WORDS.get_or_init(|| {
        let mut all = std::collections::HashSet::new();
        for table in [AMENITIES, PROPERTY_TYPES, PLACE_ALIASES] {
            for (phrase, _) in table {
                all.extend(phrase.split(' ').map(str::to_owned));
            }
        }
        for p in crate::server::catalog::places::PLACES {
            for name in [Some(p.name), p.state, Some(p.country)]
                .into_iter()
                .flatten()
            {
                all.extend(name.to_lowercase().split(' ').map(str::to_owned));
            }
        }
        all
    });
    words.contains(word)
        || word
            .strip_suffix('s')
            .is_some_and(|w| KEYWORDS.contains(&w))
}
