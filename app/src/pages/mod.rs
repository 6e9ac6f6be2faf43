pub mod admin_categories;
pub mod admin_groups;
pub mod admin_members;
pub mod admin_tags;
pub mod home;
pub mod not_found;
pub mod sign_in;
pub mod sign_up;

/// Percent-encodes a query-string value (RFC 3986 unreserved characters kept).
pub use domain::urlencode;
