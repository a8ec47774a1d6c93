use crate::app::Hydrated;
use crate::app::types::Photo;
use crate::tr;
use leptos::ev::KeyboardEvent;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// The listing's photos, one at a time. The shown photo lives in the URL (`?photo=N`), so
/// previous/next and the thumbnails are plain links that work without JavaScript; once
/// hydrated the router turns them into in-place navigations (`data-noscroll` keeps the
/// scroll position), and the arrow keys step through the photos.
#[component]
pub fn Gallery(photos: Vec<Photo>, title: String) -> impl IntoView {
    let count = photos.len();
    if count == 0 {
        return view! { <div class="gallery gallery--empty">{tr!("gallery-empty")}</div> }
            .into_any();
    }
    let query = use_query_map();
    let index = Memo::new(move |_| {
        query
            .read()
            .get("photo")
            .and_then(|p| p.parse::<usize>().ok())
            .filter(|n| (1..=count).contains(n))
            .map_or(0, |n| n - 1)
    });
    let photos = StoredValue::new(photos);
    let Hydrated(hydrated) = use_context::<Hydrated>().unwrap_or(Hydrated(signal(false).0));
    let navigate = leptos_router::hooks::use_navigate();
    let href_for = move |i: usize| format!("?photo={}", i + 1);
    let prev = move || href_for((index.get() + count - 1) % count);
    let next = move || href_for((index.get() + 1) % count);
    let on_key = move |ev: KeyboardEvent| {
        let step = match ev.key().as_str() {
            "ArrowRight" => 1,
            "ArrowLeft" => count - 1,
            _ => return,
        };
        ev.prevent_default();
        let target = href_for((index.get_untracked() + step) % count);
        navigate(
            &target,
            leptos_router::NavigateOptions {
                replace: true,
                scroll: false,
                ..Default::default()
            },
        );
    };

    view! {
        <section
            class="gallery"
            aria-roledescription=tr!("gallery-role")
            aria-label=tr!("gallery-label", title = title)
            tabindex="0"
            on:keydown=on_key
        >
            <div class="gallery__stage">
                {move || {
                    let p = photos.with_value(|all| all[index.get()].clone());
                    view! {
                        // The listing page's largest paint: fetched first, before the WASM.
                        <img class="gallery__image" src=p.url alt=p.alt width=p.width height=p.height fetchpriority="high"/>
                    }
                }}
                <a href=prev class="gallery__nav gallery__nav--prev" aria-label=tr!("gallery-previous") data-noscroll>
                    "‹"
                </a>
                <a href=next class="gallery__nav gallery__nav--next" aria-label=tr!("gallery-next") data-noscroll>
                    "›"
                </a>
                <p class="gallery__counter" aria-live="polite">
                    {move || tr!("gallery-counter", photo = index.get() + 1, count = count)}
                </p>
                <p class="gallery__hint" hidden=move || !hydrated.get()>{tr!("gallery-keys")}</p>
            </div>
            <ol class="gallery__thumbs" aria-label=tr!("gallery-thumbs")>
                {photos
                    .with_value(|all| all.clone())
                    .into_iter()
                    .enumerate()
                    .map(|(i, p)| {
                        view! {
                            <li>
                                <a
                                    href=href_for(i)
                                    data-noscroll
                                    class=move || if index.get() == i { "thumb thumb--active" } else { "thumb" }
                                    aria-label=tr!("gallery-photo", photo = i + 1, count = count)
                                    aria-current=move || (index.get() == i).then_some("true")
                                >
                                    <img src=p.url alt="" width="96" height="64" loading="lazy"/>
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        </section>
    }
    .into_any()
}
