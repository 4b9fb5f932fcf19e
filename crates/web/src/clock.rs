//! The browser's clock, read only here: the core takes dates as parameters.

/// Now, in UTC (for the `DTSTAMP` of exported calendar files).
pub fn now_utc() -> chrono::NaiveDateTime {
    let ms = js_sys::Date::now() as i64;
    chrono::DateTime::from_timestamp_millis(ms)
        .map(|d| d.naive_utc())
        .unwrap_or_default()
}

/// Today on the user's device, as a local date (or the date a browser test
/// pinned, see `test_hooks`).
pub fn today() -> chrono::NaiveDate {
    if let Some(d) = crate::test_hooks::today() {
        return d;
    }
    let d = js_sys::Date::new_0();
    chrono::NaiveDate::from_ymd_opt(d.get_full_year() as i32, d.get_month() + 1, d.get_date())
        .unwrap_or_else(|| now_utc().date())
}

/// Now on the user's device: `today()` and the local time of day (when a
/// reply was sealed, shown to the person who sent it).
pub fn now_local() -> chrono::NaiveDateTime {
    let d = js_sys::Date::new_0();
    let time = chrono::NaiveTime::from_hms_opt(d.get_hours(), d.get_minutes(), d.get_seconds())
        .unwrap_or_default();
    today().and_time(time)
}
