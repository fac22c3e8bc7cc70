//! One adapter per command: the managed state and the arguments in, one `liaison-core` call,
//! the typed result or [`liaison_core::ApiError`] out.

pub mod activity;
pub mod backups;
pub mod bulk;
pub mod customers;
pub mod exchange;
pub mod gdap;
pub mod invitations;
pub mod providers;
pub mod records;
pub mod reminders;
pub mod session;
pub mod staff;
pub mod workspace;
