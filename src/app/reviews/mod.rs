//! Reviews in the pages: a listing's rating and reviews (`listing`), a stay's reviews on
//! the trip page (`trip`), and the review form (`/trips/:id/review`, `write`).

pub mod api;
mod listing;
mod standing;
mod trip;
mod write;

pub use listing::ListingReviews;
pub use standing::HostStandingSection;
pub use trip::TripReviewsSection;
pub use write::ReviewFormPage;

use crate::app::i18n::{self, DateStyle};
use crate::app::types::review::Review;
use crate::tr;
use leptos::prelude::*;

/// "March 2026" from `YYYY-MM`, in the page's language.
pub(crate) fn month_name(yyyy_mm: &str) -> String {
    match yyyy_mm.len() {
        7 => i18n::date(&format!("{yyyy_mm}-01"), DateStyle::MonthYear),
        _ => yyyy_mm.to_string(),
    }
}

/// One review: who, when, the stars, the text (plain text: Leptos escapes it), and the
/// host's response under it. `children`: actions (report, respond) below.
#[component]
pub(crate) fn ReviewItem(
    review: Review,
    #[prop(optional)] children: Option<Children>,
) -> impl IntoView {
    let stars = review.ratings.overall();
    view! {
        <article class="review" id=format!("review-{}", review.id)>
            <header class="review__header">
                <h3 class="review__author">{review.author_name.clone()}</h3>
                <p class="muted">{tr!("reviews-stayed", month = month_name(&review.stay_month))}</p>
                <p class="review__stars">
                    <span aria-hidden="true">{"★".repeat(stars as usize)}{"☆".repeat(5 - stars as usize)}</span>
                    <span class="visually-hidden">{tr!("reviews-stars", stars = stars)}</span>
                </p>
            </header>
            <p class="review__text">{review.text.clone()}</p>
            {review.response.clone().map(|r| view! {
                <div class="review__response">
                    <p class="review__response-title">{tr!("reviews-response-from", name = review.subject_name.as_str())}</p>
                    <p>{r}</p>
                </div>
            })}
            {children.map(|c| c())}
        </article>
    }
}
