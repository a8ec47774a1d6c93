//! Messages between guests and hosts: the inbox (`/inbox`), one conversation
//! (`/inbox/:id`, live with JavaScript through long polling), the "Contact host" form
//! (`/listings/:id/contact`), and their server functions. Every form works without
//! JavaScript.

pub mod api;
mod contact;
mod inbox;
mod text;
mod thread;

pub use contact::ContactHostPage;
pub use inbox::InboxPage;
pub use text::MessageBody;
pub use thread::ThreadPage;
