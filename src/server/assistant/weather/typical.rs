//! Typical weather: each city's monthly climate normals (average high and low, days with
//! rain), from `data/typical_weather.csv` (its rows name their station; `data/README.md`
//! says where the numbers come from). Read once, at first use.

use crate::server::platform::csv::read::fields;
use std::collections::HashMap;
use std::sync::OnceLock;
use time::Month;

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Normals {
    pub high_c: f64,
    pub low_c: f64,
    pub precip_days: f64,
}

#[derive(Debug)]
pub struct City {
    months: [Normals; 12],
    pub source: String,
}

impl City {
    pub fn month(&self, m: Month) -> Normals {
        self.months[usize::from(u8::from(m)) - 1]
    }
}

const TABLE: &str = include_str!("../../../../data/typical_weather.csv");

/// The normals of the city Haven lists under this name and country, if it has them.
pub fn for_place(city: &str, country: &str) -> Option<&'static City> {
    static CITIES: OnceLock<HashMap<(String, String), City>> = OnceLock::new();
    CITIES
        .get_or_init(|| parse(TABLE))
        .get(&(city.to_lowercase(), country.to_lowercase()))
}

/// Rows `city,country,month,high_c,low_c,precip_days,source`; a city missing a month, or
/// a row that does not parse, is left out (the table's test proves there are none).
fn parse(table: &str) -> HashMap<(String, String), City> {
    type Partial = ([Option<Normals>; 12], String);
    let mut months: HashMap<(String, String), Partial> = HashMap::new();
    for line in table.lines().skip(1).filter(|l| !l.trim().is_empty()) {
        let f = fields(line);
        let [city, country, month, high, low, days, source] = f.as_slice() else {
            continue;
        };
        let (Ok(month), Ok(high_c), Ok(low_c), Ok(precip_days)) = (
            month.parse::<usize>(),
            high.parse(),
            low.parse(),
            days.parse(),
        ) else {
            continue;
        };
        if !(1..=12).contains(&month) {
            continue;
        }
        let entry = months
            .entry((city.to_lowercase(), country.to_lowercase()))
            .or_insert_with(|| ([None; 12], source.clone()));
        entry.0[month - 1] = Some(Normals {
            high_c,
            low_c,
            precip_days,
        });
    }
    months
        .into_iter()
        .filter_map(|(key, (m, source))| {
            let all: Vec<Normals> = m.iter().copied().collect::<Option<_>>()?;
            Some((
                key,
                City {
                    months: all.try_into().ok()?,
                    source,
                },
            ))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::server::catalog::places::PLACES;

    #[test]
    fn every_city_haven_lists_has_twelve_sane_months() {
        for p in PLACES {
            let city = for_place(p.name, p.country).unwrap_or_else(|| panic!("{}", p.name));
            for m in 1..=12u8 {
                let n = city.month(Month::try_from(m).expect("a month"));
                assert!(n.high_c > n.low_c, "{} {m}", p.name);
                assert!((-40.0..=50.0).contains(&n.high_c), "{} {m}", p.name);
                assert!((0.0..=31.0).contains(&n.precip_days), "{} {m}", p.name);
            }
            assert!(!city.source.trim().is_empty(), "{}", p.name);
        }
    }

    #[test]
    fn the_seasons_run_the_right_way_in_each_hemisphere() {
        for p in PLACES.iter().filter(|p| p.latitude.abs() > 23.5) {
            let city = for_place(p.name, p.country).expect("normals");
            let (jan, jul) = (city.month(Month::January), city.month(Month::July));
            assert_eq!(jan.high_c > jul.high_c, p.latitude < 0.0, "{}", p.name);
        }
    }
}
