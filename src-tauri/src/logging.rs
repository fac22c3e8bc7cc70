//! Logs to stderr and to a daily file in the OS log directory (kept for two weeks).

use std::path::Path;
use tracing_appender::non_blocking::WorkerGuard;
use tracing_subscriber::{fmt, layer::SubscriberExt, util::SubscriberInitExt, EnvFilter};

/// Installs the global subscriber; `None` if the log directory cannot be used (stderr still works).
pub fn init(dir: &Path) -> Option<WorkerGuard> {
    let filter = || EnvFilter::try_from_env("LIAISON_LOG").unwrap_or_else(|_| EnvFilter::new("info"));
    // Made first: the appender looks for old logs to prune before it creates the folder, and
    // says so on stderr at every first launch otherwise. A folder that cannot be made is
    // reported by the appender below.
    let _ = std::fs::create_dir_all(dir);
    let file = tracing_appender::rolling::Builder::new()
        .rotation(tracing_appender::rolling::Rotation::DAILY)
        .filename_prefix("liaison")
        .filename_suffix("log")
        .max_log_files(14)
        .build(dir);
    let stderr = fmt::layer().with_writer(std::io::stderr);
    match file {
        Ok(appender) => {
            let (writer, guard) = tracing_appender::non_blocking(appender);
            let _ = tracing_subscriber::registry()
                .with(filter())
                .with(stderr)
                .with(fmt::layer().with_ansi(false).with_writer(writer))
                .try_init();
            Some(guard)
        }
        Err(e) => {
            let _ = tracing_subscriber::registry().with(filter()).with(stderr).try_init();
            tracing::warn!("no log file in {}: {e}", dir.display());
            None
        }
    }
}
