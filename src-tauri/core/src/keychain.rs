//! Team workspace passwords, kept in the system's keychain (the Keychain on macOS, the Credential
//! Manager on Windows, the Secret Service on Linux) and never in a file of Liaison's.

use crate::workspace::ValidWorkspace;
use crate::{Error, Field, Result, Rule};

/// The keychain's service name for every password Liaison keeps.
const SERVICE: &str = "Liaison";

fn entry(workspace: &ValidWorkspace) -> keyring::Result<keyring::Entry> {
    keyring::Entry::new(SERVICE, &workspace.account())
}

/// Keeps `password` for the workspace's login, replacing one kept before. A keychain that
/// cannot keep it (none running, or locked and not unlocked) is an error on the password field.
pub fn remember(workspace: &ValidWorkspace, password: &str) -> Result<()> {
    entry(workspace).and_then(|e| e.set_password(password)).map_err(|e| {
        tracing::warn!(account = %workspace.account(), "the system keychain did not keep the password: {e}");
        Error::invalid(Field::Password, Rule::Keychain)
    })
}

/// The password kept for the workspace's login, if the keychain has one.
pub fn recall(workspace: &ValidWorkspace) -> Option<String> {
    match entry(workspace).and_then(|e| e.get_password()) {
        Ok(password) => Some(password),
        Err(keyring::Error::NoEntry) => None,
        Err(e) => {
            tracing::info!(account = %workspace.account(), "no password from the system keychain: {e}");
            None
        }
    }
}
