//! Calendar dates from Unix milliseconds and back, in UTC, without a date
//! crate (this code also runs in the browser's WebAssembly, where every
//! kilobyte counts). Howard Hinnant's `days_from_civil` / `civil_from_days`.

const DAY_MS: i64 = 86_400_000;

/// (year, month 1–12, day) of a time, UTC.
pub fn civil(ms: i64) -> (i64, i64, i64) {
    let z = ms.div_euclid(DAY_MS) + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

/// Days since 1970-01-01 of a date (month 1–12).
pub fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// `YYYY-MM-DD` of a time, UTC (machine-readable dates, `datetime`).
pub fn iso_date(ms: i64) -> String {
    let (y, m, d) = civil(ms);
    format!("{y:04}-{m:02}-{d:02}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_round_trip_across_leap_days_and_eras() {
        assert_eq!(civil(1_795_392_000_000), (2026, 11, 23));
        assert_eq!(civil(951_782_400_000), (2000, 2, 29));
        assert_eq!(civil(-1), (1969, 12, 31));
        assert_eq!(iso_date(0), "1970-01-01");
        for day in (-800_000..800_000).step_by(997) {
            let (y, m, d) = civil(day * DAY_MS + 12_345);
            assert_eq!(days_from_civil(y, m, d), day);
        }
    }
}
