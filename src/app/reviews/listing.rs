//! A listing's reviews: the average with the six category bars, then the published reviews,
//! newest first, a page at a time (`?reviews_page=N`, plain links), each reportable.

use super::ReviewItem;
use super::api::ReportReview;
use crate::app::components::{RatingSummary, fixed, use_auth};
use crate::app::types::AppError;
use crate::app::types::review::{ListingRating, ReportReason, ReviewPage};
use crate::tr;
use leptos::prelude::*;

/// The reviews section of listing `listing_id`, from a resource the page created.
#[component]
pub fn ListingReviews(
    listing_id: i64,
    reviews: Resource<Result<Option<ReviewPage>, AppError>>,
) -> impl IntoView {
    let report = ServerAction::<ReportReview>::new();
    let auth = use_auth();
    view! {
        <section class="listing__section reviews" id="reviews" aria-labelledby="reviews-heading">
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    let signed_in = matches!(auth.user.await, Ok(Some(_)));
                    match reviews.await {
                        Ok(Some(page)) => view! { <ReviewsView listing_id page report signed_in/> }.into_any(),
                        Ok(None) => ().into_any(),
                        Err(e) => view! {
                            <h2 id="reviews-heading">{tr!("reviews-heading")}</h2>
                            <p class="muted">{tr!("reviews-load-failed", error = e.to_string())}</p>
                        }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
    // Keeps the listing page's view type shallow enough for the compiler.
    .into_any()
}

#[component]
fn ReviewsView(
    listing_id: i64,
    page: ReviewPage,
    report: ServerAction<ReportReview>,
    signed_in: bool,
) -> impl IntoView {
    let count = page.rating.count;
    let heading = tr!("reviews-count", count = count);
    let pages = (page.total + page.per_page - 1) / page.per_page;
    let link = move |p: i64| format!("/listings/{listing_id}?reviews_page={p}#reviews");
    let nav = (pages > 1).then(|| {
        view! {
            <nav class="pagination" aria-label=tr!("reviews-pages")>
                {(page.page > 1).then(|| view! { <a href=link(page.page - 1) rel="prev">{tr!("reviews-newer")}</a> })}
                <span>{tr!("reviews-page-of", page = page.page, pages = pages)}</span>
                {(page.page < pages).then(|| view! { <a href=link(page.page + 1) rel="next">{tr!("reviews-older")}</a> })}
            </nav>
        }
    });
    let rating = page.rating.clone();
    view! {
        <h2 id="reviews-heading">
            <RatingSummary rating=rating.average count=count as i32/>
            " · "{heading}
        </h2>
        {(count > 0).then(|| view! { <CategoryBars rating/> })}
        <div class="reviews__list">
            {page.items.into_iter().map(|review| {
                let id = review.id;
                view! {
                    <ReviewItem review>
                        {signed_in.then(|| view! { <ReportForm listing_id review_id=id report/> })}
                    </ReviewItem>
                }
            }).collect_view()}
        </div>
        {nav}
    }
    .into_any()
}

/// The average of each category as a bar out of 5.
#[component]
fn CategoryBars(rating: ListingRating) -> impl IntoView {
    let rows = [
        (tr!("reviews-category-cleanliness"), rating.cleanliness),
        (tr!("reviews-category-accuracy"), rating.accuracy),
        (tr!("reviews-category-check-in"), rating.check_in),
        (tr!("reviews-category-communication"), rating.communication),
        (tr!("reviews-category-location"), rating.location),
        (tr!("reviews-category-value"), rating.value),
    ];
    view! {
        <dl class="reviews__categories">
            {rows.into_iter().filter_map(|(label, avg)| avg.map(|a| (label, a))).map(|(label, avg)| view! {
                <div class="reviews__category">
                    <dt>{label}</dt>
                    <dd>
                        <meter min="0" max="5" value=format!("{avg:.2}") aria-hidden="true"></meter>
                        " "{fixed(avg, 1)}
                    </dd>
                </div>
            }).collect_view()}
        </dl>
    }
}

/// "Report": why, and an optional detail; the operators read reports in their queue.
#[component]
fn ReportForm(
    listing_id: i64,
    review_id: i64,
    report: ServerAction<ReportReview>,
) -> impl IntoView {
    let reason_id = format!("report-reason-{review_id}");
    let details_id = format!("report-details-{review_id}");
    let done = move || {
        report.input().get().is_some_and(|i| i.review == review_id)
            && report.value().get().is_some_and(|r| r.is_ok())
    };
    view! {
        <details class="review__report">
            <summary>{tr!("reviews-report")}</summary>
            <ActionForm action=report>
                <input type="hidden" name="listing" value=listing_id/>
                <input type="hidden" name="review" value=review_id/>
                <div class="field">
                    <label for=reason_id.clone()>{tr!("reviews-report-why")}</label>
                    <select id=reason_id name="reason">
                        {ReportReason::ALL.into_iter().map(|r| view! { <option value=r.as_str()>{r.label()}</option> }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for=details_id.clone()>{tr!("reviews-report-details")}</label>
                    <textarea id=details_id name="details" rows="2" maxlength="1000"></textarea>
                </div>
                <button type="submit" class="button button--quiet">{tr!("reviews-report-send")}</button>
                <p role="status" class="form-notice" hidden=move || !done()>{tr!("reviews-report-sent")}</p>
            </ActionForm>
        </details>
    }
}
