//! A friendly paragraph about a day plan, written by the model from the planner's
//! structured plan only. A text that names a place near the stay that the plan does not
//! hold, carries a link, or runs long is rejected, and the plan shows without one.

use super::{Llm, Message};
use crate::app::types::itinerary::Itinerary;
use crate::server::assistant::query::fold;
use time::Date;

/// The longest paragraph kept.
pub const MAX_CHARS: usize = 1_200;

const PROMPT: &str = "You write a short, warm paragraph (at most 120 words) that walks a guest \
through their holiday plan. Use only the places in the plan, by their exact names, on their \
days and times. Never mention any other place, restaurant, shop, street, landmark, price or \
opening time, and never give links.";

fn folded(s: &str) -> String {
    fold(s)
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether `text` may be shown with `plan`: short, no links, and no place among `nearby`
/// (every place the sources know near the stay) that the plan does not hold.
pub fn acceptable(text: &str, plan: &Itinerary, nearby: &[String]) -> bool {
    let text = text.trim();
    if text.is_empty() || text.chars().count() > MAX_CHARS {
        return false;
    }
    let lower = text.to_lowercase();
    if lower.contains("http") || lower.contains("www.") {
        return false;
    }
    let planned: Vec<String> = plan
        .days
        .iter()
        .flat_map(|d| d.stops.iter().map(|s| folded(&s.activity.name)))
        .collect();
    let haystack = format!(" {} ", folded(text));
    !nearby.iter().map(|n| folded(n)).any(|name| {
        name.len() >= 3 && !planned.contains(&name) && haystack.contains(&format!(" {name} "))
    })
}

/// The paragraph for `plan`, or `None` (no model, a failure, or a text that fails
/// [`acceptable`]).
pub async fn narrate(
    llm: &Llm,
    who: &str,
    today: Date,
    plan: &Itinerary,
    nearby: &[String],
) -> Option<String> {
    let days: Vec<serde_json::Value> = plan
        .days
        .iter()
        .map(|d| {
            serde_json::json!({
                "date": d.date, "weekday": d.weekday,
                "weather": d.weather.as_ref().map(|w| w.label.clone()),
                "stops": d.stops.iter().map(|s| serde_json::json!({
                    "part_of_day": s.slot.as_str(), "from": s.start, "to": s.end,
                    "place": s.activity.name, "kind": s.activity.category.as_str(),
                })).collect::<Vec<_>>(),
            })
        })
        .collect();
    let messages = [
        Message::system(PROMPT),
        Message::user(serde_json::to_string(&days).ok()?),
    ];
    let text = llm.ask(who, today, &messages, None).await?;
    if acceptable(&text, plan, nearby) {
        Some(text.trim().to_string())
    } else {
        tracing::info!("llm: a plan narrative naming a place not in the plan; rejected");
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::types::activities::{Activity, ActivityCategory, ActivityOrigin};
    use crate::app::types::itinerary::{DaySlot, PlanDay, PlanPreferences, PlanStop};

    fn plan(places: &[&str]) -> Itinerary {
        let stop = |name: &str| PlanStop {
            slot: DaySlot::Morning,
            start: "09:00".into(),
            end: "10:00".into(),
            locked: false,
            open: "09:00–18:00".into(),
            activity: Activity {
                key: format!("haven:{name}"),
                name: name.into(),
                category: ActivityCategory::Sight,
                latitude: 41.1,
                longitude: -8.6,
                distance_km: 1.0,
                opening_hours: Some("Mo-Su 09:00-18:00".into()),
                hours: vec![],
                duration_min: 60,
                price_level: Some(0),
                indoor: false,
                kid_friendly: None,
                description: String::new(),
                source: ActivityOrigin::Haven,
            },
        };
        Itinerary {
            booking_id: None,
            listing_id: 1,
            check_in: "2027-03-01".into(),
            check_out: "2027-03-02".into(),
            time_zone: "Europe/Lisbon".into(),
            preferences: PlanPreferences::default(),
            locked: vec![],
            dropped: vec![],
            days: vec![PlanDay {
                date: "2027-03-01".into(),
                weekday: "Monday".into(),
                light: false,
                travel_km: 1.0,
                weather: None,
                stops: places.iter().map(|p| stop(p)).collect(),
            }],
            sources: vec![],
            made_at: String::new(),
            narrative: None,
        }
    }

    #[test]
    fn only_the_plans_places_may_be_named() {
        let p = plan(&["Clérigos Tower", "Ribeira"]);
        let near = [
            "Clérigos Tower".to_string(),
            "Ribeira".into(),
            "Serralves".into(),
            "Casa da Música".into(),
        ];
        assert!(acceptable(
            "Climb the Clerigos tower, then stroll along the Ribeira.",
            &p,
            &near
        ));
        assert!(!acceptable("Then Serralves for the afternoon.", &p, &near));
        assert!(
            !acceptable("End at casa da musica!", &p, &near),
            "case and accents do not hide it"
        );
        assert!(!acceptable("Book at https://example.com", &p, &near));
        assert!(!acceptable(&"Ribeira ".repeat(200), &p, &near), "too long");
        assert!(!acceptable("   ", &p, &near));
        assert!(
            acceptable("A serralves-free day by the river.", &p, &[]),
            "only known places are checked"
        );
    }
}
