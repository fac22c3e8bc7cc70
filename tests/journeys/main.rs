//! Journeys through the real app. Run by `cargo xtask test` under Xvfb, one at a time.

mod customers;
mod first_run;
mod pages;
