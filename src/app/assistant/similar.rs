use crate::app::components::{ListingCardView, fixed};
use crate::app::types::AppError;
use crate::app::types::assistant::SimilarStay;
use crate::tr;
use leptos::prelude::*;

/// "Similar stays" under a listing: nearby homes at a similar price, of the same kind,
/// for a similar party, with the same amenities; free for the chosen dates, if any.
/// Nothing is shown when there are none.
#[component]
pub fn SimilarStays(
    stays: Resource<Result<Vec<SimilarStay>, AppError>>,
    /// The stay's query string, carried to each listing's link (empty without dates).
    query: Signal<String>,
) -> impl IntoView {
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let items = stays.await.unwrap_or_default();
                (!items.is_empty()).then(|| {
                    let query = query.get_untracked();
                    view! {
                        <section class="listing__section similar" aria-labelledby="similar-heading">
                            <h2 id="similar-heading">{tr!("assistant-similar-heading")}</h2>
                            <ul class="card-grid" aria-label=tr!("assistant-similar-list")>
                                {items.into_iter().map(|s| {
                                    let away = tr!("assistant-km-away", km = fixed(s.distance_km, 1));
                                    let q = (!query.is_empty()).then(|| query.clone());
                                    view! {
                                        <li>
                                            <ListingCardView card=s.card query=q/>
                                            <p class="similar__distance">{away}</p>
                                        </li>
                                    }
                                }).collect_view()}
                            </ul>
                        </section>
                    }
                })
            })}
        </Suspense>
    }
}
