//! Telling every open Liaison what changed, so each shows it without a manual refresh. Every
//! change writes an activity line, and that line is the change told: in a file, to this
//! process's listeners when the transaction commits; on a server, with `NOTIFY` inside the
//! transaction, which every Liaison connected to the workspace hears through `LISTEN`.

use super::{Pool, Store};
use crate::ActivityAction;
use serde::{Deserialize, Serialize};
use sqlx::postgres::PgListener;
use tokio::sync::broadcast;
use ts_rs::TS;

/// The PostgreSQL channel Liaison notifies and listens on.
pub(crate) const CHANNEL: &str = "liaison_changes";

/// How many changes a slow listener may fall behind before it is told to reload everything.
const BACKLOG: usize = 256;

/// What changed in the workspace: the kind of activity line written, for which customer; no
/// action means anything may have changed (reload everything).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Change {
    pub action: Option<ActivityAction>,
    #[ts(type = "number | null")]
    pub customer_id: Option<i64>,
}

impl Change {
    /// Anything may have changed: a listener fell behind, or the server's connection came back.
    pub const EVERYTHING: Change = Change { action: None, customer_id: None };
}

/// The store's channel of changes, and whether it listens to its server yet.
#[derive(Debug)]
pub(crate) struct Changes {
    pub sender: broadcast::Sender<Change>,
    listening: tokio::sync::OnceCell<()>,
}

impl Changes {
    pub fn new() -> Changes {
        Changes { sender: broadcast::channel(BACKLOG).0, listening: tokio::sync::OnceCell::new() }
    }
}

impl Store {
    /// Every change to the workspace from now on, by anyone (this Liaison included). On a team
    /// workspace the first call starts listening to the server, and keeps doing so through lost
    /// connections, telling [`Change::EVERYTHING`] after each, since changes meanwhile are
    /// unknown.
    /// The first call returns once the server listens (or the first attempt failed), so no
    /// change made after it is missed.
    pub async fn changes(&self) -> broadcast::Receiver<Change> {
        let receiver = self.changes.sender.subscribe();
        if let Pool::Postgres(pool) = self.pool() {
            let (pool, sender) = (pool.clone(), self.changes.sender.clone());
            self.changes
                .listening
                .get_or_init(|| async {
                    let (ready, listening) = tokio::sync::oneshot::channel();
                    tokio::spawn(listen(pool, sender, ready));
                    let _ = listening.await;
                })
                .await;
        }
        receiver
    }
}

/// Relays the server's notifications for as long as the process runs.
async fn listen(pool: sqlx::PgPool, sender: broadcast::Sender<Change>, ready: tokio::sync::oneshot::Sender<()>) {
    let mut failures = 0;
    let mut ready = Some(ready);
    loop {
        let listener = async {
            let mut l = PgListener::connect_with(&pool).await?;
            l.listen(CHANNEL).await?;
            Ok::<_, sqlx::Error>(l)
        };
        let listening = listener.await;
        let again = match ready.take() {
            Some(ready) => {
                let _ = ready.send(());
                false
            }
            None => true,
        };
        let mut listener = match listening {
            Ok(l) => l,
            Err(e) => {
                let wait = crate::workspace::reconnect_delay(failures);
                tracing::warn!("cannot listen to the workspace's changes, trying again in {wait:?}: {e}");
                tokio::time::sleep(wait).await;
                failures += 1;
                continue;
            }
        };
        failures = 0;
        if again {
            // Listening again after the server was away: what changed meanwhile is unknown.
            let _ = sender.send(Change::EVERYTHING);
        }
        loop {
            let change = match listener.try_recv().await {
                Ok(Some(n)) => serde_json::from_str(n.payload()).unwrap_or(Change::EVERYTHING),
                // The connection was lost and is made again on the next call: what happened
                // meanwhile is unknown.
                Ok(None) => Change::EVERYTHING,
                Err(e) => {
                    tracing::warn!("lost the workspace's changes: {e}");
                    break;
                }
            };
            // Nobody listening now is no reason to stop: a page may subscribe again.
            let _ = sender.send(change);
        }
        let _ = sender.send(Change::EVERYTHING);
    }
}

#[cfg(test)]
mod tests {
    use crate::customer::tests::input as customer;
    use crate::profile::tests::input as profile;
    use crate::store::tests::store;
    use crate::{ActivityAction, Change, Store};
    use std::time::Duration;
    use tokio::sync::broadcast::Receiver;

    /// The next change told; the wait only guards against a hang, it measures nothing.
    async fn next(rx: &mut Receiver<Change>) -> Change {
        tokio::time::timeout(Duration::from_secs(60), rx.recv()).await.expect("a change was told").unwrap()
    }

    #[tokio::test]
    async fn every_change_is_told_once_committed_to_this_liaison_and_on_a_server_to_every_other() {
        let (store, fixture) = store().await;
        // Another Liaison on the same workspace (a server's only: a file has one Liaison).
        let other = match fixture.url() {
            Some(url) => Some(Store::connect(&url).await.unwrap()),
            None => None,
        };
        let mut mine = store.changes().await;
        let mut theirs = match &other {
            Some(other) => Some(other.changes().await),
            None => None,
        };
        store.save_profile(&profile()).await.unwrap();
        let c = store.add_customer(&customer("Contoso", "contoso.cz")).await.unwrap();
        let added = Change { action: Some(ActivityAction::CustomerAdded), customer_id: Some(c.id) };
        let created = Change { action: Some(ActivityAction::ProfileCreated), customer_id: None };
        for rx in std::iter::once(&mut mine).chain(theirs.as_mut()) {
            assert_eq!(next(rx).await, created);
            assert_eq!(next(rx).await, added);
        }
        // A refused write tells nothing: the next change told is the one after it.
        assert!(store.add_customer(&customer("Contoso again", "contoso.cz")).await.is_err());
        let f = store.add_customer(&customer("Fabrikam", "fabrikam.cz")).await.unwrap();
        assert_eq!(next(&mut mine).await.customer_id, Some(f.id));
    }
}
