//! Where: a city Haven lists ("lisbon", "Lisboa", "lisbn"), a region or country
//! ("california", "the UK"), or a place it does not list yet, named after "in", "near"…

use super::lexicon;
use super::reader::Reader;
use super::tokens::tokenize;
use crate::server::catalog::places::PLACES;
use std::sync::OnceLock;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Destination {
    /// As the search matches it: a city, region or country name.
    pub name: String,
    /// The IANA zone its dates count in, when Haven knows the place.
    pub time_zone: Option<&'static str>,
    /// How specific: 0 a city, 1 a region, 2 a country, 3 a place Haven does not list.
    rank: u8,
}

/// Every name the rules look for, as folded words, with what it means.
fn names() -> &'static [(String, Destination)] {
    static NAMES: OnceLock<Vec<(String, Destination)>> = OnceLock::new();
    NAMES.get_or_init(|| {
        let folded = |s: &str| {
            tokenize(s)
                .into_iter()
                .map(|t| t.text)
                .collect::<Vec<_>>()
                .join(" ")
        };
        let mut names: Vec<(String, Destination)> = Vec::new();
        fn add(
            names: &mut Vec<(String, Destination)>,
            phrase: String,
            name: &str,
            zone: Option<&'static str>,
            rank: u8,
        ) {
            if !names.iter().any(|(p, _)| *p == phrase) {
                let d = Destination {
                    name: name.to_string(),
                    time_zone: zone,
                    rank,
                };
                names.push((phrase, d));
            }
        }
        for p in PLACES {
            add(&mut names, folded(p.name), p.name, Some(p.time_zone), 0);
        }
        for p in PLACES {
            if let Some(state) = p.state {
                add(&mut names, folded(state), state, Some(p.time_zone), 1);
            }
        }
        for p in PLACES {
            add(
                &mut names,
                folded(p.country),
                p.country,
                Some(p.time_zone),
                2,
            );
        }
        for (alias, target) in lexicon::PLACE_ALIASES {
            let known = names
                .iter()
                .find(|(_, d)| d.name == *target)
                .map(|(_, d)| d.clone());
            let (zone, rank) = known.map_or((None, 0), |d| (d.time_zone, d.rank));
            add(&mut names, folded(alias), target, zone, rank);
        }
        names
    })
}

/// Finds the destination and takes its words. A city beats the region or country named
/// with it ("Porto, Portugal" → Porto).
pub fn read(r: &mut Reader, text: &str) -> Option<Destination> {
    let mut found: Vec<(Destination, std::ops::Range<usize>)> = Vec::new();
    let mut i = 0;
    while i < r.len() {
        let best = best_at(r, i, text);
        match best {
            Some((end, d)) => {
                found.push((d, i..end));
                i = end;
            }
            None => i += 1,
        }
    }
    let best = found.iter().min_by_key(|(d, _)| d.rank)?.0.clone();
    for (d, span) in &found {
        // The chosen place and the wider names that contain it ("Porto, Portugal").
        if d.name == best.name || contains(&best, d) {
            r.take(span.clone());
        }
    }
    Some(best)
}

fn contains(city: &Destination, wider: &Destination) -> bool {
    PLACES.iter().any(|p| {
        p.name == city.name && (p.country == wider.name || p.state == Some(wider.name.as_str()))
    })
}

fn best_at(r: &Reader, i: usize, text: &str) -> Option<(usize, Destination)> {
    let exact = names()
        .iter()
        .filter_map(|(phrase, d)| r.phrase(i, phrase, false).map(|end| (end, d)))
        .max_by_key(|(end, d)| (*end, std::cmp::Reverse(d.rank)));
    let (end, d) = exact.or_else(|| {
        names()
            .iter()
            .filter(|(phrase, _)| phrase.len() >= 5)
            .filter_map(|(phrase, d)| {
                r.phrase(i, phrase, true)
                    .or_else(|| r.joined(i, phrase))
                    .map(|end| (end, d))
            })
            .max_by_key(|(end, d)| (*end, std::cmp::Reverse(d.rank)))
    })?;
    let word = &r.tokens[i];
    if end == i + 1 && lexicon::COMMON_WORD_PLACES.contains(&word.text.as_str()) {
        let capital = text[word.start..]
            .chars()
            .next()
            .is_some_and(char::is_uppercase);
        let after_in = i > 0
            && matches!(
                r.tokens[i - 1].text.as_str(),
                "in" | "to" | "near" | "around" | "at" | "visit" | "visiting"
            );
        if !capital && !after_in {
            return None;
        }
    }
    Some((end, d.clone()))
}

/// "near Denver", "in oslo", "around lake placid": up to three words after a place
/// preposition that no rule used, written with capitals. Run after every other rule.
pub fn read_unknown(r: &mut Reader, text: &str) -> Option<Destination> {
    for i in 0..r.len() {
        if !r.is_any(
            i,
            &[
                "in", "near", "around", "to", "at", "outside", "visiting", "visit",
            ],
        ) {
            continue;
        }
        let mut end = i + 1;
        while end < r.len()
            && end < i + 4
            && r.free(end).is_some_and(|t| {
                t.kind == super::tokens::Kind::Word
                    && !lexicon::filler(&t.text)
                    && !STOP.contains(&t.text.as_str())
            })
        {
            end += 1;
        }
        if end == i + 1 {
            continue;
        }
        let name = r.tokens[i + 1..end]
            .iter()
            .map(|t| capitalise(&text[t.start..t.end]))
            .collect::<Vec<_>>()
            .join(" ");
        r.take(i..end);
        return Some(Destination {
            name,
            time_zone: None,
            rank: 3,
        });
    }
    None
}

/// "…, Orlando, pool": a run of capitalised words (not the query's first word) that no
/// rule used, when nothing else named a place.
pub fn read_capitalised(r: &mut Reader, text: &str) -> Option<Destination> {
    let capital = |t: &super::tokens::Token| {
        t.kind == super::tokens::Kind::Word
            && text[t.start..]
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
            && !lexicon::filler(&t.text)
            && !STOP.contains(&t.text.as_str())
            && t.text.len() > 2
    };
    let start = (1..r.len()).find(|&i| r.free(i).is_some_and(capital))?;
    let mut end = start + 1;
    while end < start + 3 && r.free(end).is_some_and(capital) {
        end += 1;
    }
    let name = r.tokens[start..end]
        .iter()
        .map(|t| text[t.start..t.end].to_string())
        .collect::<Vec<_>>()
        .join(" ");
    r.take(start..end);
    Some(Destination {
        name,
        time_zone: None,
        rank: 3,
    })
}

/// Words that end a place's name or are never one.
const STOP: &[&str] = &[
    "quiet",
    "cheap",
    "nice",
    "cozy",
    "cosy",
    "central",
    "downtown",
    "city",
    "center",
    "centre",
    "town",
    "area",
    "mountains",
    "countryside",
    "nature",
    "style",
    "budget",
    "luxury",
    "old",
    "new",
    "walking",
    "distance",
    "order",
    "mind",
    "total",
    "advance",
    "case",
    "time",
    "person",
    "peace",
    "general",
    "particular",
    "summer",
    "winter",
    "spring",
    "autumn",
    "fall",
    "season",
    "under",
    "over",
    "below",
    "above",
    "between",
    "max",
    "min",
    "but",
    "not",
    "no",
    "without",
    "so",
    "very",
    "really",
    "ok",
    "fine",
    "good",
    "great",
    "lovely",
    "beautiful",
    "romantic",
    "family",
    "friendly",
    "private",
    "big",
    "small",
    "large",
    "spacious",
    "modern",
    "clean",
    "close",
    "next",
    "this",
    "last",
    "that",
    "these",
    "those",
    "town's",
    "middle",
    "heart",
    "end",
    "beginning",
    "early",
    "late",
    "mid",
    "less",
    "more",
    "most",
    "least",
    "than",
    "then",
    "when",
    "if",
    "as",
    "same",
    "other",
    "another",
    "way",
    "hurry",
    "advance",
];

fn capitalise(word: &str) -> String {
    let mut c = word.chars();
    c.next()
        .map_or(String::new(), |f| f.to_uppercase().chain(c).collect())
}
