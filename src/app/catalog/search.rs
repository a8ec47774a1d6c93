use crate::app::Hydrated;
use crate::app::catalog::api::{destinations, read_search_text, search_listings};
use crate::app::components::map::{Pin, ResultsMap};
use crate::app::components::{ErrorView, ListingCardView};
use crate::app::i18n;
use crate::app::places::PlaceInput;
use crate::app::types::AppError;
use crate::app::types::catalog::{PROPERTY_TYPES, amenity_name, property_type_name};
use crate::app::types::chips::chips;
use crate::app::types::map::BBox;
use crate::app::types::search::{SearchParams, SearchResults, Sort};
use crate::tr;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::components::{A, Form, Redirect};
use leptos_router::hooks::use_query_map;

/// Amenities offered as filters on the page (the API takes any).
const FILTER_AMENITIES: [&str; 10] = [
    "wifi",
    "kitchen",
    "washer",
    "air_conditioning",
    "free_parking",
    "pool",
    "hot_tub",
    "dedicated_workspace",
    "pets_allowed",
    "ev_charger",
];

/// `/search`: the whole search lives in the URL. The form is a GET form: without
/// JavaScript it loads a new page; with it, the router navigates and only the results
/// update. Once hydrated, a map beside the list shows the results as price pins and can
/// search the area in view.
#[component]
pub fn SearchPage() -> impl IntoView {
    let query = use_query_map();
    let params = Memo::new(move |_| {
        let map = query.read();
        let mut params = SearchParams::from_lookup(|k| map.get(k));
        // One `amenities` per ticked box.
        if let Some(all) = map.get_all("amenities").filter(|a| !a.is_empty()) {
            params.amenities = Some(all.join(","));
        }
        params
    });
    // A sentence in the box is read first: the page moves to the search it means.
    let results = Resource::new(
        move || params.get(),
        |p| async move {
            if p.q.is_some()
                && let Some(to) = read_search_text(p.clone()).await?
            {
                return Ok(Found::Moved(format!("/search?{to}")));
            }
            search_listings(p).await.map(Found::Results)
        },
    );
    let unused = Memo::new(move |_| query.read().get("unused").filter(|u| !u.trim().is_empty()));
    let places = Resource::new(|| (), |_| destinations());
    let title = move || match params.read().destination() {
        Some(d) => tr!("catalog-search-title-place", place = d),
        None => tr!("catalog-search-title"),
    };
    // The map keeps the last page's pins while the next page loads.
    let pins = Memo::new(move |previous: Option<&Vec<Pin>>| match results.get() {
        Some(Ok(Found::Results(r))) => result_pins(&r, &stay_query(&params.read())),
        Some(Ok(Found::Moved(_)) | Err(_)) => Vec::new(),
        None => previous.cloned().unwrap_or_default(),
    });
    let frame = Memo::new(move |_| params.read().bbox.as_deref().and_then(BBox::parse));
    let hovered = RwSignal::new(None::<i64>);
    let Hydrated(hydrated) = use_context::<Hydrated>().unwrap_or(Hydrated(signal(false).0));

    view! {
        <Title text=title/>
        <Meta name="description" content=tr!("catalog-search-description")/>
        <div class="container search">
            <h1 class="search__title">{title}</h1>
            {move || view! { <SearchForm params=params.get()/> }}
            <datalist id="destinations">
                <Suspense fallback=|| ()>
                    {move || Suspend::new(async move {
                        places.await.unwrap_or_default().into_iter()
                            .map(|p| view! { <option value=p></option> })
                            .collect_view()
                    })}
                </Suspense>
            </datalist>
            <div class="search__body" class=("search__body--map", move || hydrated.get())>
                <div class="search__results">
                    <Suspense fallback=|| view! { <p class="search__count" aria-busy="true">{tr!("catalog-search-searching")}</p> }>
                        {move || Suspend::new(async move {
                            let p = params.get();
                            match results.await {
                                Ok(Found::Moved(to)) => view! { <Redirect path=to/> }.into_any(),
                                Ok(Found::Results(r)) => view! {
                                    <SearchChips params=p.clone() unused=unused.get_untracked()/>
                                    <Results results=r params=p hovered/>
                                }.into_any(),
                                Err(AppError::Form { errors, .. }) => view! {
                                    <div class="form-alert" role="alert">
                                        <p>{tr!("catalog-search-check")}</p>
                                        <ul>{errors.into_iter().map(|e| view! { <li>{e.message}</li> }).collect_view()}</ul>
                                    </div>
                                }.into_any(),
                                Err(error) => view! { <ErrorView error/> }.into_any(),
                            }
                        })}
                    </Suspense>
                </div>
                <ResultsMap pins frame highlight=hovered/>
            </div>
        </div>
    }
}

/// What the results resource found: a page of results, or the search a sentence meant.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
enum Found {
    Results(SearchResults),
    Moved(String),
}

/// The search as removable chips, and the words of a sentence that set nothing.
#[component]
fn SearchChips(params: SearchParams, unused: Option<String>) -> impl IntoView {
    let chips = chips(&params);
    (!chips.is_empty() || unused.is_some()).then(|| view! {
        <div class="chips">
            <ul class="chips__list" aria-label=tr!("catalog-chips-label")>
                {chips.into_iter().map(|c| {
                    let name = tr!("catalog-chip-remove", label = c.label.clone());
                    view! {
                        <li>
                            <A href=c.remove attr:class="chip" attr:aria-label=name>
                                <span>{c.label}</span>
                                <span class="chip__x" aria-hidden="true">"×"</span>
                            </A>
                        </li>
                    }
                }).collect_view()}
            </ul>
            {unused.map(|u| {
                let words = u
                    .split(" · ")
                    .map(|w| tr!("catalog-chips-unused-word", word = w))
                    .collect::<Vec<_>>()
                    .join(&tr!("catalog-list-separator"));
                view! { <p class="chips__unused">{tr!("catalog-chips-unused", words = words)}</p> }
            })}
        </div>
    })
}

#[component]
fn SearchForm(params: SearchParams) -> impl IntoView {
    let v = |o: &Option<String>| o.clone().unwrap_or_default();
    let chosen_amenities = params.amenity_list();
    let chosen_type = params
        .property_type_list()
        .into_iter()
        .next()
        .unwrap_or_default();
    let sort = params.sort.clone().unwrap_or_default();
    let instant = matches!(params.instant_book.as_deref(), Some("true" | "1" | "on"));
    let filters_open = params.min_price.is_some()
        || params.max_price.is_some()
        || params.property_type.is_some()
        || params.min_bedrooms.is_some()
        || params.amenities.is_some()
        || params.min_rating.is_some()
        || instant;
    view! {
        <Form method="GET" action="/search" attr:class="search-form" attr:role="search">
            <div class="search-form__main">
                <div class="field search-form__where">
                    <label for="search-q">{tr!("catalog-search-where")}</label>
                    <PlaceInput id="search-q" name="q" kind="search" list="destinations" maxlength=300
                        placeholder=tr!("catalog-search-where-placeholder") initial=v(&params.q)/>
                </div>
                <div class="field">
                    <label for="search-check-in">{tr!("catalog-check-in")}</label>
                    <input id="search-check-in" name="check_in" type="date" value=v(&params.check_in)/>
                </div>
                <div class="field">
                    <label for="search-check-out">{tr!("catalog-check-out")}</label>
                    <input id="search-check-out" name="check_out" type="date" value=v(&params.check_out)/>
                </div>
                <div class="field search-form__number">
                    <label for="search-adults">{tr!("catalog-adults")}</label>
                    <input id="search-adults" name="adults" type="number" min="1" max="50" value=params.adults.clone().unwrap_or_else(|| "1".into())/>
                </div>
                <div class="field search-form__number">
                    <label for="search-children">{tr!("catalog-children")}</label>
                    <input id="search-children" name="children" type="number" min="0" max="50" value=v(&params.children)/>
                </div>
                <button type="submit" class="button search-form__submit">{tr!("catalog-search-button")}</button>
            </div>
            <details class="search-form__more" open=filters_open>
                <summary>{tr!("catalog-search-filters")}</summary>
                <div class="search-form__filters">
                    <div class="field search-form__number">
                        <label for="search-infants">{tr!("catalog-infants")}</label>
                        <input id="search-infants" name="infants" type="number" min="0" max="10" value=v(&params.infants)/>
                    </div>
                    <div class="field search-form__number">
                        <label for="search-pets">{tr!("catalog-pets")}</label>
                        <input id="search-pets" name="pets" type="number" min="0" max="10" value=v(&params.pets)/>
                    </div>
                    <div class="field search-form__number">
                        <label for="search-min-price">{tr!("catalog-search-min-price")}</label>
                        <input id="search-min-price" name="min_price" inputmode="decimal" value=v(&params.min_price)/>
                    </div>
                    <div class="field search-form__number">
                        <label for="search-max-price">{tr!("catalog-search-max-price")}</label>
                        <input id="search-max-price" name="max_price" inputmode="decimal" value=v(&params.max_price)/>
                    </div>
                    <div class="field">
                        <label for="search-type">{tr!("catalog-search-type")}</label>
                        <select id="search-type" name="property_type">
                            <option value="" selected=chosen_type.is_empty()>{tr!("catalog-search-any-type")}</option>
                            {PROPERTY_TYPES.iter().map(|(key, _)| {
                                let selected = chosen_type == *key;
                                view! { <option value=*key selected=selected>{property_type_name(key)}</option> }
                            }).collect_view()}
                        </select>
                    </div>
                    <div class="field">
                        <label for="search-bedrooms">{tr!("catalog-search-bedrooms")}</label>
                        <select id="search-bedrooms" name="min_bedrooms">
                            {[("", 0.0), ("1", 1.0), ("2", 2.0), ("3", 3.0), ("4", 4.0), ("5", 5.0)].into_iter().map(|(n, count)| {
                                let selected = params.min_bedrooms.as_deref().unwrap_or("") == n;
                                let label = if n.is_empty() { tr!("catalog-search-any") } else { tr!("catalog-search-at-least", count = count) };
                                view! { <option value=n selected=selected>{label}</option> }
                            }).collect_view()}
                        </select>
                    </div>
                    <div class="field">
                        <label for="search-rating">{tr!("catalog-search-rating")}</label>
                        <select id="search-rating" name="min_rating">
                            {[("", 0.0), ("3", 3.0), ("4", 4.0), ("4.5", 4.5), ("4.8", 4.8)].into_iter().map(|(n, stars)| {
                                let selected = params.min_rating.as_deref().unwrap_or("") == n;
                                let label = if n.is_empty() { tr!("catalog-search-any") } else { tr!("catalog-search-at-least", count = stars) };
                                view! { <option value=n selected=selected>{label}</option> }
                            }).collect_view()}
                        </select>
                    </div>
                    <fieldset class="field checks search-form__amenities">
                        <legend>{tr!("catalog-search-amenities")}</legend>
                        {FILTER_AMENITIES.into_iter().map(|key| {
                            let checked = chosen_amenities.iter().any(|a| a == key);
                            view! {
                                <label>
                                    <input type="checkbox" name="amenities" value=key checked=checked/>
                                    " "{amenity_name(key).unwrap_or_else(|| key.to_string())}
                                </label>
                            }
                        }).collect_view()}
                    </fieldset>
                    <label class="search-form__toggle">
                        <input type="checkbox" name="instant_book" value="true" checked=instant/>
                        " "{tr!("catalog-search-instant-only")}
                    </label>
                </div>
            </details>
            <div class="field search-form__sort">
                <label for="search-sort">{tr!("catalog-search-sort")}</label>
                <select id="search-sort" name="sort">
                    {Sort::ALL.into_iter().filter(|s| *s != Sort::Distance || params.bbox.is_some() || params.lat.is_some()).map(|s| {
                        let selected = sort == s.key() || (sort.is_empty() && s == Sort::Recommended);
                        view! { <option value=s.key() selected=selected>{s.label()}</option> }
                    }).collect_view()}
                </select>
            </div>
            // The map area, kept when the other filters change.
            {params.bbox.clone().map(|b| view! { <input type="hidden" name="bbox" value=b/> })}
        </Form>
    }
}

/// Dates and guests, as they travel from a result to the listing page (for its quote).
fn stay_query(params: &SearchParams) -> String {
    SearchParams {
        check_in: params.check_in.clone(),
        check_out: params.check_out.clone(),
        adults: params.adults.clone(),
        children: params.children.clone(),
        infants: params.infants.clone(),
        pets: params.pets.clone(),
        ..SearchParams::default()
    }
    .to_query(None)
}

/// The results as pins: each at its listing's place, labelled with the nightly price.
fn result_pins(results: &SearchResults, stay: &str) -> Vec<Pin> {
    results
        .items
        .iter()
        .map(|hit| {
            let id = hit.card.id;
            Pin {
                id,
                lat: hit.coordinates.latitude(),
                lng: hit.coordinates.longitude(),
                label: i18n::price(hit.card.price_per_night),
                title: hit.card.title.clone(),
                href: if stay.is_empty() {
                    format!("/listings/{id}")
                } else {
                    format!("/listings/{id}?{stay}")
                },
            }
        })
        .collect()
}

/// The page of results. `hovered` is the result under the pointer or focus (its pin on
/// the map stands out).
#[component]
fn Results(
    results: SearchResults,
    params: SearchParams,
    hovered: RwSignal<Option<i64>>,
) -> impl IntoView {
    let count = tr!("catalog-search-count", count = results.total);
    let carry = stay_query(&params);
    let pages = results.pages();
    let page = results.page;
    let corrected = results.did_you_mean.clone().map(|place| {
        let mut corrected = params.clone();
        corrected.q = Some(place.clone());
        corrected.city = None;
        (place, format!("/search?{}", corrected.to_query(None)))
    });
    let link = move |p: u32| format!("/search?{}", params.to_query(Some(p)));
    view! {
        // The cards' titles are h3s: this keeps the outline h1, h2, h3 (as on the home page).
        <h2 class="visually-hidden">{tr!("catalog-search-results-heading")}</h2>
        <p class="search__count" role="status">{count}</p>
        {results.relax.map(|hint| view! { <p class="search__relax">{hint}</p> })}
        {corrected.map(|(place, href)| {
            let (before, after) = crate::app::catalog::listing::around(
                &tr!("catalog-search-did-you-mean", place = place.clone()),
                &place,
            );
            view! {
                <p class="search__did-you-mean">{before}<a href=href>{place}</a>{after}</p>
            }
        })}
        <ul class="card-grid" aria-label=tr!("catalog-search-results")>
            {results.items.into_iter().enumerate().map(|(position, hit)| {
                let query = carry.clone();
                let id = hit.card.id;
                view! {
                    <li
                        on:mouseenter=move |_| hovered.set(Some(id))
                        on:mouseleave=move |_| hovered.set(None)
                        on:focusin=move |_| hovered.set(Some(id))
                        on:focusout=move |_| hovered.set(None)
                    >
                        <ListingCardView card=hit.card stay=hit.stay query=Some(query) position/>
                    </li>
                }
            }).collect_view()}
        </ul>
        {(pages > 1).then(|| view! {
            <nav class="pagination" aria-label=tr!("catalog-search-pages")>
                {(page > 1).then(|| view! { <A href=link(page - 1) attr:rel="prev">{tr!("catalog-search-previous")}</A> })}
                <span>{tr!("catalog-search-page", page = page, pages = pages)}</span>
                {(page < pages).then(|| view! { <A href=link(page + 1) attr:rel="next">{tr!("catalog-search-next")}</A> })}
            </nav>
        })}
    }
}
