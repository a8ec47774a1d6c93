use super::Heart;
use super::rating::{RatingSummary, host_badge};
use crate::app::i18n;
use crate::app::types::ListingCard;
use crate::app::types::catalog::property_type_label;
use crate::app::types::search::StayPrice;
use crate::tr;
use leptos::prelude::*;
use leptos_router::components::A;

/// Cards in the first row of a grid: their photos load at once (the first one is usually
/// the page's largest paint); the rest wait until they are scrolled near.
pub const FIRST_ROW: usize = 4;

/// A listing in a grid: cover photo, title, place and nightly price; with dates chosen,
/// the total for the stay. `query` (search parameters) is carried to the listing page.
/// `position`: the card's place in its grid, from 0.
#[component]
pub fn ListingCardView(
    card: ListingCard,
    #[prop(default = None)] stay: Option<StayPrice>,
    #[prop(default = None)] query: Option<String>,
    #[prop(default = usize::MAX)] position: usize,
) -> impl IntoView {
    let href = match query.filter(|q| !q.is_empty()) {
        Some(q) => format!("/listings/{}?{q}", card.id),
        None => format!("/listings/{}", card.id),
    };
    let kind = property_type_label(&card.property_type);
    let place = format!("{}, {}", card.location.city, card.location.country);
    let guests = card.capacity.max_guests;
    let loading = if position < FIRST_ROW {
        "eager"
    } else {
        "lazy"
    };
    let priority = (position == 0).then_some("high");
    let cover = card.cover_photo.map(|p| {
        view! {
            <img
                src=p.url
                alt=p.alt
                width=p.width
                height=p.height
                loading=loading
                fetchpriority=priority
                decoding="async"
            />
        }
    });
    let (id, title) = (card.id, card.title.clone());
    let rating = view! { <RatingSummary rating=card.rating count=card.review_count/> };
    let badge = card
        .host_badge
        .then(|| view! { <span class="badge badge--host">{host_badge()}</span> });
    view! {
        <article class="card">
            <Heart listing_id=id title/>
            <A href=href attr:class="card__link">
                <div class="card__photo">{cover}</div>
                <div class="card__body">
                    <p class="card__place">{place}</p>
                    <p class="card__rating">{rating}{badge}</p>
                    <h3 class="card__title">{card.title}</h3>
                    <p class="card__meta muted">{tr!("card-meta", kind = kind.to_string(), guests = guests)}</p>
                    <p class="card__price">
                        <strong>{i18n::price(card.price_per_night)}</strong>
                        " "{tr!("card-per-night")}
                        {stay.map(|s| {
                            view! {
                                <span class="card__total">
                                    " · "<strong>{i18n::price(s.total)}</strong>" "{tr!("card-total-for", nights = s.nights)}
                                </span>
                            }
                        })}
                    </p>
                </div>
            </A>
        </article>
    }
}
