use crate::app::accounts::api::{SaveProfile, SignIn, SignOut, SignUp, current_user};
use crate::app::favorites::api::{ToggleFavorite, saved_listings};
use crate::app::types::AppError;
use crate::app::types::account::SessionUser;
use crate::tr;
use leptos::prelude::*;

/// The account actions and the signed-in user, shared by the header and the pages. A form
/// error carried in the URL (a submission without JavaScript) is read by the page through
/// `submission_error`: these actions are created before the routes provide it.
#[derive(Clone, Copy)]
pub struct Auth {
    pub sign_in: ServerAction<SignIn>,
    pub sign_up: ServerAction<SignUp>,
    pub sign_out: ServerAction<SignOut>,
    pub save_profile: ServerAction<SaveProfile>,
    /// Refetched whenever one of the actions completes.
    pub user: Resource<Result<Option<SessionUser>, AppError>>,
    /// Save or unsave a listing (the hearts).
    pub toggle_favorite: ServerAction<ToggleFavorite>,
    /// Ids of the saved listings; refetched after every heart and sign-in.
    pub saved: Resource<Result<Vec<i64>, AppError>>,
}

#[component]
pub fn AuthScope(children: Children) -> impl IntoView {
    let sign_in = ServerAction::<SignIn>::new();
    let sign_up = ServerAction::<SignUp>::new();
    let sign_out = ServerAction::<SignOut>::new();
    let save_profile = ServerAction::<SaveProfile>::new();
    let user = Resource::new(
        move || {
            (
                sign_in.version().get(),
                sign_up.version().get(),
                sign_out.version().get(),
                save_profile.version().get(),
            )
        },
        |_| current_user(),
    );
    let toggle_favorite = ServerAction::<ToggleFavorite>::new();
    super::toast_on_success(toggle_favorite, |t| {
        Some(if t.save {
            tr!("toast-wishlist-saved")
        } else {
            tr!("toast-wishlist-removed")
        })
    });
    let saved = Resource::new(
        move || {
            (
                sign_in.version().get(),
                sign_up.version().get(),
                sign_out.version().get(),
                toggle_favorite.version().get(),
            )
        },
        |_| saved_listings(),
    );
    provide_context(Auth {
        sign_in,
        sign_up,
        sign_out,
        save_profile,
        user,
        toggle_favorite,
        saved,
    });
    children()
}

/// The account context; every page renders inside `AuthScope`.
pub fn use_auth() -> Auth {
    expect_context::<Auth>()
}
