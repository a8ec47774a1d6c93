//! Wishlists as they cross the wire.

use super::listing::ListingCard;
use serde::{Deserialize, Serialize};

/// A guest's lists and everything saved in them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Favorites {
    /// List names, oldest first.
    pub lists: Vec<String>,
    /// Newest saves first.
    pub items: Vec<Favorite>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Favorite {
    pub list: String,
    /// RFC 3339.
    #[cfg_attr(feature = "ssr", schema(format = DateTime))]
    pub saved_at: String,
    /// False once the host paused or removed the listing.
    pub available: bool,
    pub listing: ListingCard,
}
