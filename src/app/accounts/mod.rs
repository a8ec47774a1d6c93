//! Accounts: the sign-in and sign-up pages, the account page, and their server functions.

pub mod account;
pub mod api;
pub mod sign_in;

pub use account::AccountPage;
pub use sign_in::{SignInPage, SignUpPage};
