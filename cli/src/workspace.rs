//! Which database the tool works on: the one the app would open. A team workspace named by
//! `--database` or `LIAISON_DATABASE_URL`, else the one saved in the data folder (with its
//! password from the system keychain), else the local file in the data folder.

use clap::ArgMatches;
use liaison_core::{workspace, Language, Store};
use std::path::PathBuf;

/// Where the data is.
pub struct Place {
    data_dir: PathBuf,
    database: Option<String>,
}

impl Place {
    pub fn from(m: &ArgMatches) -> Place {
        let data_dir = m
            .get_one::<String>("data-dir")
            .map(PathBuf::from)
            .or_else(|| std::env::var_os(workspace::DATA_DIR_VAR).map(PathBuf::from))
            .unwrap_or_else(default_data_dir);
        Place { data_dir, database: m.get_one::<String>("database").cloned() }
    }

    /// Opens the store as the app does; a local file is created (empty, to be set up in the
    /// app) when there is none yet.
    pub async fn open(&self) -> liaison_core::Result<Store> {
        let url = workspace::url_to_open(&self.data_dir, self.database.clone());
        let store = match url {
            Some(url) => Store::connect(&url).await?,
            None => Store::open_in(&self.data_dir).await?,
        };
        Ok(store.with_system_locale(sys_locale::get_locale().as_deref()))
    }
}

/// The folder Tauri gives the app: the system's data folder and the app's identifier.
fn default_data_dir() -> PathBuf {
    dirs::data_dir().unwrap_or_else(|| PathBuf::from(".")).join(liaison_core::store::APP_IDENTIFIER)
}

/// The system's language, as the app proposes it before the staff member chooses.
pub fn system_language() -> Language {
    sys_locale::get_locale().as_deref().map(Language::closest_to).unwrap_or(Language::EnUs)
}
