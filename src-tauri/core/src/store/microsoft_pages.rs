//! The address of a Microsoft page for this partner and user (see [`crate::microsoft_pages`]).

use super::customers::customer_in;
use super::profile::profile_in;
use super::Store;
use crate::microsoft_pages;
use crate::{Action, Error, MicrosoftPage, Result};

impl Store {
    /// The address of `page` in the partner's cloud and the user's language; a customer's page
    /// is `customer_id`'s (by its Microsoft ID).
    pub async fn microsoft_page(&self, page: MicrosoftPage, customer_id: Option<i64>) -> Result<String> {
        self.require(Action::ViewCustomers).await?;
        let lang = self.ui_language().await?;
        let mut tx = self.pool().begin().await?;
        let profile = profile_in(&mut tx).await?.ok_or(Error::ProfileMissing)?;
        let microsoft_id = match customer_id {
            Some(id) => customer_in(&mut tx, id).await?.microsoft_id,
            None => None,
        };
        microsoft_pages::url(page, profile.cloud, lang, microsoft_id.as_deref())
    }
}
