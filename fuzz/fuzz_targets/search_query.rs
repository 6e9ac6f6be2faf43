//! The search query parser and the search form's validation on any text.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    community::fuzzing::check_parsing(text);
});
