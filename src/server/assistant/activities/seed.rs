//! Haven's place table for the demo cities, from `data/activity_places.csv` (compiled by
//! hand; `data/README.md` says how). `haven seed` loads it every time: rows are matched
//! on (city, name), so a corrected row replaces the old one and nothing is doubled.

use super::guidebook::NewPlace;
use crate::app::types::activities::GuidebookInput;
use crate::server::platform::csv::read::fields;
use sqlx::PgPool;

const TABLE: &str = include_str!("../../../../data/activity_places.csv");

/// One row of the file, checked as a host's guidebook entry would be.
#[derive(Clone, Debug, PartialEq)]
pub struct DemoPlace {
    pub city: String,
    pub place: NewPlace,
}

/// Every row of `table` (after its header), or the first one that does not pass, with its
/// line number and why.
pub fn parse(table: &str) -> Result<Vec<DemoPlace>, String> {
    let mut out = Vec::new();
    for (i, line) in table.lines().enumerate().skip(1) {
        if line.trim().is_empty() {
            continue;
        }
        let f = fields(line);
        let [
            city,
            name,
            category,
            lat,
            lon,
            hours,
            duration,
            price,
            indoor,
            kids,
            description,
        ] = f.as_slice()
        else {
            return Err(format!("line {}: {} fields, not 11", i + 1, f.len()));
        };
        let input = GuidebookInput {
            name: name.clone(),
            category: category.clone(),
            latitude: lat.clone(),
            longitude: lon.clone(),
            opening_hours: hours.clone(),
            duration_min: duration.clone(),
            price_level: price.clone(),
            indoor: Some(indoor.clone()),
            kid_friendly: Some(kids.clone()),
            description: description.clone(),
        };
        let place = NewPlace::parse(&input).map_err(|e| format!("line {}: {e}", i + 1))?;
        out.push(DemoPlace {
            city: city.trim().to_string(),
            place,
        });
    }
    Ok(out)
}

/// Loads the demo cities' places into `activity_places`: how many rows it wrote.
pub async fn load(pool: &PgPool) -> anyhow::Result<u64> {
    let rows = parse(TABLE).map_err(|e| anyhow::anyhow!("data/activity_places.csv: {e}"))?;
    let mut cols: (Vec<String>, Vec<String>, Vec<String>) = Default::default();
    let mut points: (Vec<f64>, Vec<f64>) = Default::default();
    let mut hours = Vec::new();
    let mut numbers: (Vec<i16>, Vec<i16>) = Default::default();
    let mut flags: (Vec<bool>, Vec<bool>) = Default::default();
    let mut descriptions = Vec::new();
    for r in rows {
        let p = r.place;
        cols.0.push(r.city);
        cols.1.push(p.name);
        cols.2.push(p.category.as_str().to_string());
        points.0.push(p.latitude);
        points.1.push(p.longitude);
        hours.push(p.opening_hours);
        numbers.0.push(p.duration_min);
        numbers.1.push(p.price_level);
        flags.0.push(p.indoor);
        flags.1.push(p.kid_friendly);
        descriptions.push(p.description);
    }
    let done = sqlx::query!(
        r#"INSERT INTO activity_places (city, name, category, latitude, longitude, opening_hours,
               duration_min, price_level, indoor, kid_friendly, description)
           SELECT * FROM UNNEST($1::text[], $2::text[], $3::text[], $4::float8[], $5::float8[],
                                $6::text[], $7::int2[], $8::int2[], $9::bool[], $10::bool[],
                                $11::text[])
           ON CONFLICT (city, name) DO UPDATE SET
               category = EXCLUDED.category, latitude = EXCLUDED.latitude,
               longitude = EXCLUDED.longitude, opening_hours = EXCLUDED.opening_hours,
               duration_min = EXCLUDED.duration_min, price_level = EXCLUDED.price_level,
               indoor = EXCLUDED.indoor, kid_friendly = EXCLUDED.kid_friendly,
               description = EXCLUDED.description"#,
        &cols.0,
        &cols.1,
        &cols.2,
        &points.0,
        &points.1,
        &hours,
        &numbers.0,
        &numbers.1,
        &flags.0,
        &flags.1,
        &descriptions
    )
    .execute(pool)
    .await?;
    Ok(done.rows_affected())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::server::assistant::planner::haversine_km;
    use crate::server::catalog::places::PLACES;
    use std::collections::{HashMap, HashSet};

    #[test]
    fn every_row_passes_and_every_demo_city_has_enough_to_plan_with() {
        let rows = parse(TABLE).expect("the table parses");
        let mut per_city: HashMap<&str, Vec<&NewPlace>> = HashMap::new();
        let mut names = HashSet::new();
        for r in &rows {
            let city = PLACES
                .iter()
                .find(|p| p.name == r.city)
                .unwrap_or_else(|| panic!("{} is not a demo city", r.city));
            let km = haversine_km(
                city.latitude,
                city.longitude,
                r.place.latitude,
                r.place.longitude,
            );
            assert!(
                km <= 25.0,
                "{} in {} is {km:.1} km out",
                r.place.name,
                r.city
            );
            assert!(
                names.insert((r.city.clone(), r.place.name.clone())),
                "{} twice",
                r.place.name
            );
            per_city.entry(city.name).or_default().push(&r.place);
        }
        for city in PLACES {
            let places = per_city
                .get(city.name)
                .map(Vec::as_slice)
                .unwrap_or_default();
            assert!(places.len() >= 8, "{}: {} places", city.name, places.len());
            assert!(
                places.iter().any(|p| p.indoor),
                "{}: nothing indoors",
                city.name
            );
            assert!(
                places.iter().any(|p| !p.indoor),
                "{}: nothing outdoors",
                city.name
            );
        }
    }

    #[test]
    fn a_bad_row_is_named_by_its_line() {
        let head = "city,name,category,lat,lon,opening_hours,duration_min,price_level,indoor,kid_friendly,description\n";
        let good = "Lisbon,Miradouro,sight,38.71,-9.13,24/7,45,0,false,true,A view\n";
        assert_eq!(parse(&format!("{head}{good}")).map(|r| r.len()), Ok(1));
        let bad = "Lisbon,Miradouro,sight,38.71,-9.13,Mo 25:00-26:00,45,0,false,true,A view\n";
        let e = parse(&format!("{head}{good}{bad}")).expect_err("bad hours");
        assert!(e.starts_with("line 3:"), "{e}");
        let short = "Lisbon,Miradouro,sight\n";
        assert!(parse(&format!("{head}{short}")).is_err());
    }
}
