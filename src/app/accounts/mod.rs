//! Accounts: the sign-in and sign-up pages, the account page, and their server functions.

pub mod account;
pub mod api;
pub mod email;
pub mod recovery;
pub mod recovery_api;
pub mod sign_in;

pub use account::AccountPage;
pub use recovery::{ForgotPasswordPage, ResetPasswordPage, VerifyEmailPage};
pub use sign_in::{SignInPage, SignUpPage};
