//! How the window's page is drawn. On Linux, WebKitGTK composites the page with OpenGL; on a
//! machine without a graphics card (a virtual machine, a remote desktop) that OpenGL is Mesa's
//! software renderer, and compositing through it costs more than drawing the page directly:
//! every frame of a list answering a keystroke took about twice as long.

use liaison_core::workspace::COMPOSITING_VAR;

/// Draws the window's page without OpenGL compositing when the machine has no graphics card to
/// composite with. Elsewhere, where `WEBKIT_DISABLE_COMPOSITING_MODE` already decides, and where
/// [`COMPOSITING_VAR`] asks for compositing, it changes nothing.
#[cfg(target_os = "linux")]
pub fn suit_the_graphics(window: &tauri::WebviewWindow) {
    if has_graphics_card()
        || std::env::var_os("WEBKIT_DISABLE_COMPOSITING_MODE").is_some()
        || std::env::var(COMPOSITING_VAR).is_ok_and(|v| v == "always")
    {
        return;
    }
    tracing::info!("no graphics card: the page is drawn without OpenGL compositing");
    let set = window.with_webview(|webview| {
        use webkit2gtk::{HardwareAccelerationPolicy, SettingsExt, WebViewExt};
        if let Some(settings) = webview.inner().settings() {
            settings.set_hardware_acceleration_policy(HardwareAccelerationPolicy::Never);
        }
    });
    if let Err(e) = set {
        tracing::warn!("could not set how the page is drawn: {e}");
    }
}

#[cfg(not(target_os = "linux"))]
pub fn suit_the_graphics(_window: &tauri::WebviewWindow) {}

/// Whether the kernel offers a GPU to draw with: a DRM render node, which Mesa's hardware
/// drivers open. Without one, OpenGL is Mesa's software renderer.
#[cfg(target_os = "linux")]
fn has_graphics_card() -> bool {
    std::fs::read_dir("/dev/dri")
        .map(|nodes| nodes.flatten().any(|n| n.file_name().to_string_lossy().starts_with("renderD")))
        .unwrap_or(false)
}
