//! How a rating reads wherever it is shown: stars with the count, or "New" before the first
//! review; the host badge's name.
use super::fixed;
use crate::tr;
use leptos::prelude::*;

/// The host badge's name in English. Pages show [`host_badge`], its name in their language.
pub const HOST_BADGE: &str = "Top host";

/// The host badge's name, shown on cards, the listing page and the host's progress page, in
/// the current language.
pub fn host_badge() -> String {
    tr!("rating-host-badge")
}

/// "★ 4.87 (23 reviews)", or "New" with no reviews. Screen readers hear the sentence.
#[component]
pub fn RatingSummary(rating: Option<f64>, count: i32) -> impl IntoView {
    match rating.filter(|_| count > 0) {
        None => view! { <span class="rating rating--new">{tr!("rating-new")}</span> }.into_any(),
        Some(average) => {
            let average = fixed(average, 2);
            let spoken = tr!("rating-spoken", average = average.clone(), count = count);
            view! {
                <span class="rating">
                    <span aria-hidden="true">{tr!("rating-stars", average = average, count = count)}</span>
                    <span class="visually-hidden">{spoken}</span>
                </span>
            }
            .into_any()
        }
    }
}
