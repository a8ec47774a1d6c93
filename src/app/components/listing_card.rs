use crate::app::types::ListingCard;
use crate::app::types::catalog::property_type_label;
use leptos::prelude::*;
use leptos_router::components::A;

/// A listing in a grid: cover photo, title, place and nightly price.
#[component]
pub fn ListingCardView(card: ListingCard) -> impl IntoView {
    let href = format!("/listings/{}", card.id);
    let kind = property_type_label(&card.property_type);
    let place = format!("{}, {}", card.location.city, card.location.country);
    let guests = card.capacity.max_guests;
    let cover = card.cover_photo.map(|p| {
        view! {
            <img src=p.url alt=p.alt width=p.width height=p.height loading="lazy" decoding="async"/>
        }
    });
    view! {
        <article class="card">
            <A href=href attr:class="card__link">
                <div class="card__photo">{cover}</div>
                <div class="card__body">
                    <p class="card__place">{place}</p>
                    <h3 class="card__title">{card.title}</h3>
                    <p class="card__meta muted">{format!("{kind} · up to {guests} guests")}</p>
                    <p class="card__price">
                        <strong>{card.price_per_night.display()}</strong>
                        " night"
                    </p>
                </div>
            </A>
        </article>
    }
}
