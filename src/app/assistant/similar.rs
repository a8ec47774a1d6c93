use crate::app::components::ListingCardView;
use crate::app::types::AppError;
use crate::app::types::assistant::SimilarStay;
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
                            <h2 id="similar-heading">"Similar stays nearby"</h2>
                            <ul class="card-grid" aria-label="Similar stays">
                                {items.into_iter().map(|s| {
                                    let away = format!("{:.1} km away", s.distance_km);
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
