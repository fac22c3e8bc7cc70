//! Handing text to the rest of the desktop: the mail application, the web browser, the clipboard. The content
//! is always built by the core; this only delivers it.

use liaison_core::Error;
use std::sync::Mutex;

/// Opens a `mailto:` URL in the user's default mail application. Nothing but `mailto:` is ever
/// handed over, whatever the caller passes.
pub fn open_mail(url: &str) -> Result<(), Error> {
    if !url.starts_with("mailto:") {
        return Err(Error::OpenFailed("not a mailto: URL".into()));
    }
    tracing::info!(length = url.len(), "handing a draft to the mail application");
    open::that_detached(url).map_err(|e| Error::OpenFailed(e.to_string()))
}

/// Opens one of Microsoft's pages, as the core built it, in the user's default web browser.
/// Nothing but such a page is ever handed over, whatever the caller passes.
pub fn open_web(url: &str) -> Result<(), Error> {
    if !liaison_core::microsoft_pages::is_microsoft_page(url) {
        return Err(Error::OpenFailed("not a page of Microsoft's".into()));
    }
    tracing::info!(url, "opening a page in the web browser");
    webbrowser::open(url).map_err(|e| Error::OpenFailed(e.to_string()))
}

/// The system clipboard, kept for the app's lifetime: on Linux the copied text lives only as
/// long as the object that owns it.
#[derive(Default)]
pub struct Clipboard(Mutex<Option<arboard::Clipboard>>);

impl Clipboard {
    /// Puts `text` on the clipboard.
    pub fn copy(&self, text: &str) -> Result<(), Error> {
        let mut slot = self.0.lock().map_err(|_| Error::Clipboard("clipboard lock poisoned".into()))?;
        if slot.is_none() {
            *slot = Some(arboard::Clipboard::new().map_err(|e| Error::Clipboard(e.to_string()))?);
        }
        let clipboard = slot.as_mut().ok_or_else(|| Error::Clipboard("no clipboard".into()))?;
        clipboard.set_text(text.to_owned()).map_err(|e| Error::Clipboard(e.to_string()))
    }
}

/// Asks where to save a draft as an `.eml` file, proposing its `file_name`, and saves its
/// `message` there whole; the path, or `None` if the user cancelled.
pub async fn save_eml(
    app: &tauri::AppHandle,
    lang: liaison_core::Language,
    (file_name, message): (String, String),
) -> Result<Option<String>, Error> {
    let Some(path) = crate::dialogs::choose_destination(
        app,
        lang,
        "request-save-eml-title",
        &file_name,
        crate::dialogs::Saving::Eml,
    )
    .await?
    else {
        return Ok(None);
    };
    let at = path.clone();
    tokio::task::spawn_blocking(move || liaison_core::eml::save(&at, &message))
        .await
        .map_err(|e| Error::Io(std::io::Error::other(e)))??;
    tracing::info!("saved a draft as an email file");
    Ok(Some(path.display().to_string()))
}
