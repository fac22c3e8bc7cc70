//! The system's dialogs: which file to read, where to save one, and the start-up fault's
//! question. On Linux they are GTK dialogs made and answered on the main thread, where the
//! window's GTK runs: the dialog plugin's Linux backend runs a second GTK loop on a thread of
//! its own, and GTK driven from two threads at once lost events (a file dialog that ignored
//! Enter, "gtk_widget_event: assertion … failed"). Elsewhere the dialog plugin shows the
//! system's own dialogs.

use liaison_core::{i18n, Error, Language};
use std::path::PathBuf;
use tauri::AppHandle;
use tokio::sync::oneshot;

/// What Liaison saves through a save dialog.
#[derive(Debug, Clone, Copy)]
pub enum Saving {
    /// A CSV file.
    Csv,
    /// A draft as an `.eml` file.
    Eml,
    /// A new folder (for many drafts): a save dialog names something that does not exist yet, on
    /// every system, where folder pickers differ.
    Folder,
}

impl Saving {
    /// The filter's name and pattern (a new folder is any name, unfiltered).
    fn filter(self) -> (&'static str, Option<&'static str>) {
        match self {
            Saving::Csv => CSV,
            Saving::Eml => ("eml-file-filter", Some("eml")),
            Saving::Folder => ("eml-file-filter", None),
        }
    }
}

const CSV: (&str, Option<&str>) = ("import-file-filter", Some("csv"));

/// Asks, with the system's file dialog titled by the message `title`, for a CSV file to read;
/// `None` if the user cancelled. The dialog's words are in `lang`.
pub async fn pick_csv(app: &AppHandle, lang: Language, title: &str) -> Result<Option<PathBuf>, Error> {
    answer(imp::file(app, &Words::new(lang, title, "action-open", CSV), None)).await
}

/// Asks, with the system's save dialog titled by the message `title`, where to save what
/// `saving` names, proposing `name`; `None` if the user cancelled.
pub async fn choose_destination(
    app: &AppHandle,
    lang: Language,
    title: &str,
    name: &str,
    saving: Saving,
) -> Result<Option<PathBuf>, Error> {
    answer(imp::file(app, &Words::new(lang, title, "action-save", saving.filter()), Some(name))).await
}

/// What a file dialog says, in the user's language (GTK would show its buttons in the
/// system's language, which need not be the one chosen in Liaison).
#[cfg_attr(not(target_os = "linux"), allow(dead_code))]
struct Words {
    title: String,
    filter: String,
    /// The files' extension shown, if the dialog filters by one.
    extension: Option<&'static str>,
    cancel: String,
    accept: String,
}

impl Words {
    fn new(lang: Language, title: &str, accept: &str, (filter, extension): (&str, Option<&'static str>)) -> Self {
        Words {
            title: i18n::text(lang, title, None),
            filter: i18n::text(lang, filter, None),
            extension,
            cancel: i18n::text(lang, "action-cancel", None),
            accept: i18n::text(lang, accept, None),
        }
    }
}

async fn answer(asked: oneshot::Receiver<Option<PathBuf>>) -> Result<Option<PathBuf>, Error> {
    asked.await.map_err(|_| Error::OpenFailed("the file dialog closed without an answer".into()))
}

/// An error to explain, with the choices the user has.
pub struct Question {
    pub title: String,
    pub message: String,
    /// The buttons' labels; the last is what closing the dialog means.
    pub choices: Vec<String>,
}

/// Shows an error dialog with the question's choices as its buttons and calls `then`, on the
/// main thread, with the index of the one chosen, or `None` if the dialog was closed (Escape).
pub fn ask_after_fault(app: &AppHandle, question: Question, then: impl FnOnce(Option<usize>) + Send + 'static) {
    imp::ask(app, question, then);
}

#[cfg(target_os = "linux")]
mod imp {
    use super::{Question, Words};
    use gtk::prelude::*;
    use gtk::{ButtonsType, DialogFlags, FileChooserAction, FileChooserDialog, FileFilter, MessageDialog, MessageType};
    use gtk::{ResponseType, Window};
    use std::path::PathBuf;
    use std::sync::Mutex;
    use tauri::{AppHandle, Manager};
    use tokio::sync::oneshot;

    /// The main window, if it is open: the dialog's parent, so it stays above it.
    fn parent(app: &AppHandle) -> Option<gtk::ApplicationWindow> {
        app.get_webview_window("main").and_then(|w| w.gtk_window().ok())
    }

    /// A file dialog: an open dialog, or a save dialog proposing `save_as`.
    pub fn file(app: &AppHandle, words: &Words, save_as: Option<&str>) -> oneshot::Receiver<Option<PathBuf>> {
        let (tx, rx) = oneshot::channel();
        let save_as = save_as.map(str::to_owned);
        let (title, filter_name, extension) = (words.title.clone(), words.filter.clone(), words.extension);
        // Buttons are mnemonics: Alt and the first letter presses them.
        let (cancel, accept) = (format!("_{}", words.cancel), format!("_{}", words.accept));
        let handle = app.clone();
        let shown = app.run_on_main_thread(move || {
            let action = if save_as.is_some() { FileChooserAction::Save } else { FileChooserAction::Open };
            let dialog = FileChooserDialog::with_buttons(
                Some(&title),
                parent(&handle).as_ref(),
                action,
                &[(&cancel, ResponseType::Cancel), (&accept, ResponseType::Accept)],
            );
            if let Some(extension) = extension {
                let filter = FileFilter::new();
                filter.set_name(Some(&filter_name));
                filter.add_pattern(&format!("*.{extension}"));
                dialog.add_filter(filter);
            }
            if let Some(name) = &save_as {
                dialog.set_do_overwrite_confirmation(true);
                dialog.set_current_name(name);
            }
            dialog.set_default_response(ResponseType::Accept);
            let tx = Mutex::new(Some(tx));
            dialog.connect_response(move |dialog, response| {
                let path = if response == ResponseType::Accept { dialog.filename() } else { None };
                dialog.close();
                if let Some(tx) = tx.lock().ok().and_then(|mut t| t.take()) {
                    let _ = tx.send(path);
                }
            });
            dialog.show();
        });
        if let Err(e) = shown {
            tracing::error!("could not show the file dialog: {e}");
        }
        rx
    }

    pub fn ask(app: &AppHandle, question: Question, then: impl FnOnce(Option<usize>) + Send + 'static) {
        let Question { title, message, choices } = question;
        let shown = app.run_on_main_thread(move || {
            let dialog = MessageDialog::new(
                None::<&Window>,
                DialogFlags::MODAL,
                MessageType::Error,
                ButtonsType::None,
                &message,
            );
            dialog.set_title(&title);
            for (i, label) in choices.iter().enumerate() {
                dialog.add_button(label, ResponseType::Other(u16::try_from(i).unwrap_or(u16::MAX)));
            }
            let then = Mutex::new(Some(then));
            dialog.connect_response(move |dialog, response| {
                let choice = match response {
                    ResponseType::Other(i) => Some(usize::from(i)),
                    _ => None,
                };
                dialog.close();
                if let Some(then) = then.lock().ok().and_then(|mut t| t.take()) {
                    then(choice);
                }
            });
            dialog.show_all();
        });
        if let Err(e) = shown {
            tracing::error!("could not show the dialog: {e}");
        }
    }
}

#[cfg(not(target_os = "linux"))]
mod imp {
    use super::{Question, Words};
    use std::path::PathBuf;
    use tauri::AppHandle;
    use tauri_plugin_dialog::{DialogExt, MessageDialogButtons, MessageDialogKind, MessageDialogResult};
    use tokio::sync::oneshot;

    /// The system's own dialog, which speaks the system's language.
    pub fn file(app: &AppHandle, words: &Words, save_as: Option<&str>) -> oneshot::Receiver<Option<PathBuf>> {
        let (tx, rx) = oneshot::channel();
        let mut dialog = app.dialog().file().set_title(&words.title);
        if let Some(extension) = words.extension {
            dialog = dialog.add_filter(&words.filter, &[extension]);
        }
        let answer = move |path: Option<tauri_plugin_dialog::FilePath>| {
            let _ = tx.send(path.and_then(|p| p.into_path().ok()));
        };
        match save_as {
            Some(name) => dialog.set_file_name(name).save_file(answer),
            None => dialog.pick_file(answer),
        }
        rx
    }

    pub fn ask(app: &AppHandle, question: Question, then: impl FnOnce(Option<usize>) + Send + 'static) {
        let Question { title, message, choices } = question;
        // The last choice is the one that closing the dialog or Escape means.
        let buttons = match choices.as_slice() {
            [a, b, c] => MessageDialogButtons::YesNoCancelCustom(a.clone(), b.clone(), c.clone()),
            [a, b] => MessageDialogButtons::OkCancelCustom(a.clone(), b.clone()),
            _ => MessageDialogButtons::OkCustom(choices.last().cloned().unwrap_or_default()),
        };
        let handle = app.clone();
        app.dialog().message(message).title(title).kind(MessageDialogKind::Error).buttons(buttons).show_with_result(
            move |result| {
                let choice = match result {
                    MessageDialogResult::Custom(label) => choices.iter().position(|c| *c == label),
                    _ => None,
                };
                // Answered on the main thread, as on Linux.
                let _ = handle.run_on_main_thread(move || then(choice));
            },
        );
    }
}
