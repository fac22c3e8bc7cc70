//! Journeys through the real app. Run by `cargo xtask test` under Xvfb, one at a time.

// Every line here is test code: a failed step should stop the journey where it failed.
#![allow(clippy::unwrap_used)]

mod accessibility;
mod bulk;
mod customers;
mod faults;
mod first_run;
mod gdap;
mod languages;
mod pages;
mod partner_center_rules;
mod relationships;
mod reminders;
mod tour;
mod updates;
mod workspace;
