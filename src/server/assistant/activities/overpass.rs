//! OpenStreetMap's places through an Overpass API server
//! (<https://wiki.openstreetmap.org/wiki/Overpass_API>): museums, sights, parks, beaches,
//! food, nightlife, shows, markets and spas around a point, with their `opening_hours`.
//! Needs the network; off unless `HAVEN_OVERPASS_URL` is set (e.g.
//! `https://overpass-api.de`), and the tests point it at a local server answering in
//! Overpass's JSON. What OpenStreetMap does not say (price, whether children are welcome)
//! stays unknown; hours that `hours.rs` cannot read leave the place out of plans.

use super::{ActivitySource, Found, Near, SourceError};
use crate::app::types::activities::{ActivityCategory, ActivityOrigin};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::time::Duration;

/// The most an answer may weigh.
const MAX_BYTES: usize = 4 * 1024 * 1024;
/// Elements asked for, at most; the ranking keeps the best of them.
const MAX_ELEMENTS: usize = 300;

pub struct Overpass {
    base: String,
    client: reqwest::Client,
}

impl Overpass {
    /// A client for the server at `base`, giving up on a request after `timeout`.
    pub fn new(base: &str, timeout: Duration) -> Result<Self, SourceError> {
        let client = crate::server::assistant::http_client(timeout).map_err(SourceError)?;
        Ok(Self {
            base: base.trim_end_matches('/').to_string(),
            client,
        })
    }
}

/// The Overpass QL for places to go within `near`.
pub fn query(near: &Near) -> String {
    let around = format!(
        "(around:{:.0},{:.5},{:.5})",
        (near.radius_km * 1000.0).clamp(100.0, 25_000.0),
        near.latitude,
        near.longitude
    );
    let filters = [
        r#"["tourism"~"^(museum|gallery|attraction|viewpoint|zoo|aquarium|theme_park)$"]"#,
        r#"["amenity"~"^(restaurant|cafe|bar|pub|nightclub|theatre|cinema|arts_centre|marketplace|public_bath)$"]"#,
        r#"["leisure"~"^(park|garden|nature_reserve|water_park)$"]"#,
        r#"["natural"="beach"]"#,
        r#"["historic"~"^(castle|monument|ruins)$"]"#,
    ];
    let parts: String = filters
        .iter()
        .map(|f| format!("nwr{f}[\"name\"]{around};"))
        .collect();
    format!(
        "[out:json][timeout:10];({parts});out center tags {};",
        near.limit.clamp(1, MAX_ELEMENTS)
    )
}

#[derive(Deserialize)]
struct Answer {
    elements: Vec<Element>,
    #[serde(default)]
    remark: Option<String>,
}

#[derive(Deserialize)]
struct Element {
    #[serde(rename = "type")]
    kind: String,
    id: u64,
    lat: Option<f64>,
    lon: Option<f64>,
    center: Option<Center>,
    #[serde(default)]
    tags: BTreeMap<String, String>,
}

#[derive(Deserialize)]
struct Center {
    lat: f64,
    lon: f64,
}

/// What kind of place the tags describe: its category, whether it is indoors, a typical
/// visit in minutes, and whether it is for children (when the kind says so).
fn kind_of(tags: &BTreeMap<String, String>) -> Option<(ActivityCategory, bool, u16, Option<bool>)> {
    use ActivityCategory::*;
    let tag = |k: &str| tags.get(k).map(String::as_str);
    Some(match (tag("tourism"), tag("amenity"), tag("leisure")) {
        (Some("museum" | "gallery"), _, _) => (Museum, true, 120, None),
        (Some("aquarium"), _, _) => (Family, true, 150, Some(true)),
        (Some("zoo" | "theme_park"), _, _) => (Family, false, 180, Some(true)),
        (Some("viewpoint"), _, _) => (Sight, false, 45, None),
        (Some("attraction"), _, _) => (Sight, false, 60, None),
        (_, Some("restaurant" | "cafe"), _) => (Food, true, 90, None),
        (_, Some("bar" | "pub" | "nightclub"), _) => (Nightlife, true, 120, Some(false)),
        (_, Some("theatre" | "cinema" | "arts_centre"), _) => (Culture, true, 150, None),
        (_, Some("marketplace"), _) => (Shopping, false, 60, None),
        (_, Some("public_bath"), _) => (Wellness, true, 120, None),
        (_, _, Some("water_park")) => (Family, false, 180, Some(true)),
        (_, _, Some("park" | "garden" | "nature_reserve")) => (Outdoors, false, 90, None),
        _ if tag("natural") == Some("beach") => (Outdoors, false, 150, None),
        _ if tag("historic").is_some() => (Sight, false, 60, None),
        _ => return None,
    })
}

/// The places of an answer, checked: named, on Earth, of a kind Haven plans with.
/// Elements that fail are left out; an answer that is not Overpass JSON, or that carries
/// a runtime error and no elements, is an error.
pub fn parse(body: &[u8], near: &Near) -> Result<Vec<Found>, SourceError> {
    let answer: Answer = serde_json::from_slice(body)
        .map_err(|e| SourceError(format!("not an Overpass answer: {e}")))?;
    if answer.elements.is_empty()
        && let Some(remark) = answer.remark.filter(|r| r.contains("error"))
    {
        return Err(SourceError(format!("Overpass: {remark}")));
    }
    let mut out = Vec::new();
    for e in answer.elements {
        let (lat, lon) = match (e.lat, e.lon, &e.center) {
            (Some(lat), Some(lon), _) => (lat, lon),
            (_, _, Some(c)) => (c.lat, c.lon),
            _ => continue,
        };
        let on_earth =
            lat.is_finite() && lon.is_finite() && lat.abs() <= 90.0 && lon.abs() <= 180.0;
        let Some(name) = e
            .tags
            .get("name")
            .map(|n| n.trim())
            .filter(|n| !n.is_empty())
        else {
            continue;
        };
        let Some((category, indoor, duration, kids)) = kind_of(&e.tags) else {
            continue;
        };
        if !on_earth
            || !matches!(e.kind.as_str(), "node" | "way" | "relation")
            || !near.wants(category)
        {
            continue;
        }
        let hours = e
            .tags
            .get("opening_hours")
            .map(|h| h.trim().to_string())
            .filter(|h| !h.is_empty() && h.chars().count() <= super::hours::MAX_CHARS);
        let mut f = Found::new(
            format!("osm:{}/{}", e.kind, e.id),
            name.chars().take(120).collect(),
            category,
            (lat, lon),
            hours,
            near,
            ActivityOrigin::OpenStreetMap,
        );
        let a = &mut f.activity;
        a.indoor = indoor;
        a.duration_min = duration;
        a.kid_friendly = kids;
        a.price_level = (e.tags.get("fee").map(String::as_str) == Some("no")).then_some(0);
        a.description = e
            .tags
            .get("description")
            .map(|d| d.chars().take(300).collect())
            .unwrap_or_default();
        out.push(f);
    }
    out.sort_by(|a, b| {
        a.activity
            .distance_km
            .total_cmp(&b.activity.distance_km)
            .then_with(|| a.activity.key.cmp(&b.activity.key))
    });
    Ok(out)
}

impl ActivitySource for Overpass {
    fn name(&self) -> &str {
        "OpenStreetMap"
    }

    async fn near(&self, near: &Near) -> Result<Vec<Found>, SourceError> {
        let response = self
            .client
            .post(format!("{}/api/interpreter", self.base))
            .form(&[("data", query(near))])
            .send()
            .await
            .map_err(|e| SourceError(format!("request failed: {e}")))?;
        if !response.status().is_success() {
            return Err(SourceError(format!("answered {}", response.status())));
        }
        let body = crate::server::assistant::read_capped(response, MAX_BYTES)
            .await
            .map_err(SourceError)?;
        parse(&body, near)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn near() -> Near {
        Near {
            latitude: 38.7223,
            longitude: -9.1393,
            radius_km: 5.0,
            listing_id: None,
            limit: 30,
            only: Vec::new(),
        }
    }

    #[test]
    fn reads_nodes_and_ways_and_leaves_out_what_it_cannot_place() {
        let body = br#"{"version":0.6,"generator":"Overpass API","elements":[
          {"type":"node","id":1,"lat":38.7139,"lon":-9.1335,"tags":{"name":"Castelo","historic":"castle","opening_hours":"Mo-Su 09:00-21:00"}},
          {"type":"way","id":2,"center":{"lat":38.7,"lon":-9.14},"tags":{"name":"Jardim","leisure":"garden","fee":"no"}},
          {"type":"node","id":3,"lat":38.71,"lon":-9.14,"tags":{"amenity":"cafe"}},
          {"type":"node","id":4,"lat":38.71,"lon":-9.14,"tags":{"name":"Bench","amenity":"bench"}},
          {"type":"node","id":5,"lat":95.0,"lon":-9.14,"tags":{"name":"Nowhere","amenity":"bar"}},
          {"type":"node","id":6,"lat":38.72,"lon":-9.14,"tags":{"name":"Late bar","amenity":"bar","opening_hours":"Mo-Su 18:00-02:00"}}
        ]}"#;
        let found = parse(body, &near()).expect("parses");
        let keys: Vec<&str> = found.iter().map(|f| f.activity.key.as_str()).collect();
        assert_eq!(
            keys,
            ["osm:node/6", "osm:node/1", "osm:way/2"],
            "nearest first"
        );
        let castle = &found[1];
        assert_eq!(castle.activity.category, ActivityCategory::Sight);
        assert!(castle.week.is_some());
        assert_eq!(castle.activity.hours, ["Mon–Sun 09:00–21:00"]);
        assert_eq!(found[2].activity.price_level, Some(0), "fee=no is free");
        assert_eq!(
            found[2].activity.kid_friendly, None,
            "unknown stays unknown"
        );
        assert!(
            found[0].week.is_none(),
            "hours past midnight are not guessed"
        );
        assert_eq!(
            found[0].activity.opening_hours.as_deref(),
            Some("Mo-Su 18:00-02:00")
        );
    }

    #[test]
    fn a_runtime_error_or_another_format_is_an_error() {
        let remark = br#"{"elements":[],"remark":"runtime error: Query timed out in \"query\" at line 1 after 10 seconds."}"#;
        assert!(parse(remark, &near()).is_err());
        assert!(parse(b"<html>busy</html>", &near()).is_err());
        assert_eq!(
            parse(br#"{"elements":[]}"#, &near()).map(|f| f.len()).ok(),
            Some(0)
        );
    }

    #[test]
    fn the_query_asks_around_the_point_for_named_places() {
        let q = query(&near());
        assert!(q.starts_with("[out:json][timeout:10];"));
        assert!(q.contains("(around:5000,38.72230,-9.13930)"));
        assert!(q.contains("[\"name\"]"));
        assert!(q.ends_with("out center tags 30;"));
    }
}
