//! Times converting a pasted 1,000-row class list in the core (median of 21).
//! Run by `bench/run.sh`; prints `class_list_1000_rows_us=<median µs>`.

use std::time::Instant;

use kooliabi_core::grading::{bands::Settings, class_list};

fn main() {
    let text: String = (0..1000)
        .map(|i| format!("Õpilane {i}\t{},5\n", i % 40))
        .collect();
    let settings = Settings::default();
    let mut times: Vec<u128> = (0..21)
        .map(|_| {
            let t = Instant::now();
            let list = class_list::convert(&text, 40.0, &settings).expect("valid maximum");
            assert_eq!(list.rows.len(), 1000);
            t.elapsed().as_micros()
        })
        .collect();
    times.sort();
    println!("class_list_1000_rows_us={}", times[times.len() / 2]);
}
