pub mod form;
pub mod header;
pub mod editor;
pub mod time;
pub mod topics;
