//! How a rating reads wherever it is shown: stars with the count, or "New" before the first
//! review; the host badge's name.
use leptos::prelude::*;

/// The host badge's name, shown on cards, the listing page and the host's progress page.
pub const HOST_BADGE: &str = "Top host";

/// "★ 4.87 (23 reviews)", or "New" with no reviews. Screen readers hear the sentence.
#[component]
pub fn RatingSummary(rating: Option<f64>, count: i32) -> impl IntoView {
    match rating.filter(|_| count > 0) {
        None => view! { <span class="rating rating--new">"New"</span> }.into_any(),
        Some(average) => {
            let reviews = if count == 1 {
                "1 review".to_string()
            } else {
                format!("{count} reviews")
            };
            let spoken = format!("Rated {average:.2} out of 5 from {reviews}");
            view! {
                <span class="rating">
                    <span aria-hidden="true">{format!("★ {average:.2} ({count})")}</span>
                    <span class="visually-hidden">{spoken}</span>
                </span>
            }
            .into_any()
        }
    }
}
