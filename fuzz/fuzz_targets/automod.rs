//! The auto-moderation scanner (watched words, links, spam domains) on any text.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    community::fuzzing::check_scanning(text);
});
