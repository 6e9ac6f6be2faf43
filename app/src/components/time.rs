use leptos::prelude::*;

use domain::calendar::iso_date;
use domain::Timestamp;

/// "Nov 3, 2026" in the page's language: the same text on the server and in
/// the browser, so hydration never disagrees.
pub fn human_date(ms: i64) -> String {
    crate::i18n::date(ms)
}

/// A `<time>` element with the machine-readable date.
#[component]
pub fn Time(at: Timestamp) -> impl IntoView {
    view! { <time datetime=iso_date(at.get())>{human_date(at.get())}</time> }
}

#[cfg(test)]
mod tests {
    use super::{human_date, iso_date};

    #[test]
    fn human_dates() {
        assert_eq!(human_date(1_795_392_000_000), "Nov 23, 2026");
        assert_eq!(human_date(951_782_400_000), "Feb 29, 2000");
        let fr = crate::i18n::Locale::parse("fr").expect("fr");
        let date = leptos::prelude::Owner::new().with(|| {
            leptos::prelude::provide_context(fr);
            human_date(1_795_392_000_000)
        });
        assert_eq!(date, "23 nov. 2026");
    }

    #[test]
    fn iso_dates() {
        assert_eq!(iso_date(0), "1970-01-01");
        assert_eq!(iso_date(951_782_400_000), "2000-02-29");
        assert_eq!(iso_date(1_795_392_000_000), "2026-11-23");
    }
}
