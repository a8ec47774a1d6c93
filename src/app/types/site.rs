//! How the shell addresses the site's static files.

/// Where browsers load the hashed build output (`/pkg/...`) from: empty for this origin,
/// or the CDN's base URL (`HAVEN_ASSET_BASE_URL`, no trailing slash). Provided as context to
/// page renders on the server.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AssetBase(pub String);

/// The site's public address (`HAVEN_PUBLIC_URL`, no trailing slash), for links that must be
/// absolute: the `hreflang` alternates. Provided as context to page renders on the server.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SiteUrl(pub String);
