//! The Markdown renderer on any text: never panics, stays fast (libFuzzer's
//! `-timeout` catches a slow input), and what it outputs is sanitized.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    community::fuzzing::check_rendering(text);
});
