pub mod avatar;
pub mod editor;
pub mod follow;
pub mod form;
pub mod header;
pub mod time;
pub mod topics;
pub mod votes;
