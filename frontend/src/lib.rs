//! The browser entry point: hydrates the server-rendered `app::App`.

// Release builds (without erase_components) nest view types deeper than the
// default limit allows.
#![recursion_limit = "256"]

#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_body(app::App);
}
