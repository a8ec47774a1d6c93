//! Reviews on the trip page: after the stay, where the two reviews stand (the other one
//! stays hidden until both are in or the window closes) and the host's public response;
//! on a request, what other hosts said about the guest.

use super::ReviewItem;
use super::api::RespondToReview;
use crate::app::components::{FormAlert, busy_while, submission_error};
use crate::app::i18n::{self, DateStyle};
use crate::app::types::review::{ReviewerRole, StayReviews, TripReviews};
use crate::tr;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;

#[component]
pub fn TripReviewsSection(
    reviews: TripReviews,
    respond: ServerAction<RespondToReview>,
) -> impl IntoView {
    let about_guest = (!reviews.about_guest.is_empty()).then(|| {
        view! {
            <section class="listing__section" aria-labelledby="guest-reviews-heading">
                <h2 id="guest-reviews-heading">{tr!("reviews-about-guest")}</h2>
                {reviews.about_guest.into_iter().map(|review| view! { <ReviewItem review/> }).collect_view()}
            </section>
        }
    });
    view! {
        {about_guest}
        {reviews.stay.map(|stay| view! { <StayReviewsView stay respond/> })}
    }
}

#[component]
fn StayReviewsView(stay: StayReviews, respond: ServerAction<RespondToReview>) -> impl IntoView {
    let error = submission_error(
        move || respond.value().get().and_then(Result::err),
        RespondToReview::PATH,
    );
    // The other party, for the messages' selectors.
    let other = match stay.role {
        ReviewerRole::Guest => "host",
        ReviewerRole::Host => "guest",
    };
    let closes_on = stay
        .closes_on
        .as_deref()
        .map(|d| i18n::date(d, DateStyle::Date));
    let status = match (&stay.mine, &stay.theirs, stay.theirs_written) {
        (_, Some(_), _) => None,
        (Some(_), None, _) => Some(match &closes_on {
            Some(day) => tr!("reviews-mine-in-until", other = other, day = day.as_str()),
            None => tr!("reviews-mine-in", other = other),
        }),
        (None, None, true) => Some(tr!("reviews-theirs-in", other = other)),
        (None, None, false) => None,
    };
    let write = stay.can_review.then(|| {
        let until = closes_on.clone().unwrap_or_default();
        view! {
            <p>
                <a class="button" href=format!("/trips/{}/review", stay.booking_id)>{tr!("reviews-write")}</a>
                " "<span class="muted">{tr!("reviews-write-until", day = until)}</span>
            </p>
        }
    });
    let booking = stay.booking_id;
    let host = stay.role == ReviewerRole::Host;
    let theirs = stay.theirs.map(|review| {
        let can_respond = host && review.response.is_none() && review.published_at.is_some();
        let review_id = review.id;
        view! {
            <h3>{tr!("reviews-from", other = other)}</h3>
            <ReviewItem review>
                {can_respond.then(|| view! {
                    <ActionForm action=respond attr:class="review__respond">
                        <input type="hidden" name="booking" value=booking/>
                        <input type="hidden" name="review" value=review_id/>
                        <div class="field">
                            <label for="response-text">{tr!("reviews-respond")}</label>
                            <textarea id="response-text" name="text" rows="3" maxlength="1000" required></textarea>
                        </div>
                        <button type="submit" class="button" {..busy_while(respond.pending())}>{tr!("reviews-respond-post")}</button>
                    </ActionForm>
                })}
            </ReviewItem>
        }
    });
    let mine = stay.mine.map(|review| {
        view! {
            <h3>{tr!("reviews-yours")}</h3>
            <ReviewItem review/>
        }
    });
    view! {
        <section class="listing__section" id="reviews" aria-labelledby="stay-reviews-heading">
            <h2 id="stay-reviews-heading">{tr!("reviews-heading")}</h2>
            <FormAlert error/>
            {status.map(|s| view! { <p class="form-notice" role="status">{s}</p> })}
            {write}
            {theirs}
            {mine}
        </section>
    }
    .into_any()
}
