//! The few W3C WebDriver calls the journeys need, over plain HTTP.

use base64::Engine;
use serde_json::{json, Value};
use std::time::{Duration, Instant};

/// The WebDriver key code of Escape.
pub const ESCAPE: &str = "\u{E00C}";

/// The key under which WebDriver names an element.
const ELEMENT_KEY: &str = "element-6066-11e4-a52e-4f735466cecf";

/// How long a journey waits for the UI to reach a state before failing.
pub const PATIENCE: Duration = Duration::from_secs(20);

/// How long an element may take to settle (an animation to end, a dialog to take the focus)
/// before an action goes ahead anyway, and its own check (the value typed, the state it leads
/// to) reports what went wrong.
const SETTLE: Duration = Duration::from_secs(5);

/// True while `arguments[0]` is moving: an animation (a dialog opening or closing, Fluent's
/// Web Animations) runs on it or on an element around it. A click computes its point first and
/// lands later, so on a moving element it can hit something else, even the backdrop that closes
/// the dialog.
const MOVING: &str = "const el = arguments[0]; \
    if (!el.isConnected) return false; \
    if (!document.getAnimations) return false; \
    return document.getAnimations().some(a => (a.playState === 'running' || a.pending) \
        && a.effect && a.effect.target && a.effect.target.contains(el));";

/// True while `arguments[0]` sits in a dialog that has not taken the focus yet: Fluent moves the
/// focus to the dialog's first control as it opens, and keys typed before that go elsewhere. A
/// dialog seen holding the focus is marked, so focus that leaves it later (a control that went
/// away) is no reason to wait.
const FOCUS_PENDING: &str = "const d = arguments[0].closest('[role=dialog], [role=alertdialog]'); \
    if (!d || d.dataset.e2eSettled) return false; \
    if (d.contains(document.activeElement)) { d.dataset.e2eSettled = 'true'; return false; } \
    return true;";

/// A WebDriver error or an unexpected answer.
#[derive(Debug)]
pub struct WdError(pub String);

impl std::fmt::Display for WdError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

pub type WdResult<T> = Result<T, WdError>;

fn request(agent: &ureq::Agent, method: &str, url: &str, body: Option<Value>) -> WdResult<Value> {
    let req = agent.request(method, url);
    let resp = match body {
        Some(b) => req.send_json(b),
        None => req.call(),
    };
    let value: Value = match resp {
        Ok(r) => r.into_json().map_err(|e| WdError(format!("{method} {url}: {e}")))?,
        Err(ureq::Error::Status(_, r)) => r.into_json().map_err(|e| WdError(format!("{method} {url}: {e}")))?,
        Err(e) => return Err(WdError(format!("{method} {url}: {e}"))),
    };
    match value.get("value") {
        Some(v) if v.get("error").is_some() => Err(WdError(format!("{method} {url}: {v}"))),
        Some(v) => Ok(v.clone()),
        None => Err(WdError(format!("{method} {url}: no value in {value}"))),
    }
}

/// One WebDriver session: one launch of the app.
pub struct Session {
    agent: ureq::Agent,
    base: String,
}

impl Session {
    /// Starts the app at `application` through the driver at `server`.
    pub fn start(server: &str, application: &str) -> WdResult<Session> {
        let agent = ureq::AgentBuilder::new().timeout(Duration::from_secs(60)).build();
        let caps = json!({ "capabilities": { "alwaysMatch": { "tauri:options": { "application": application } } } });
        let v = request(&agent, "POST", &format!("{server}/session"), Some(caps))?;
        let id = v["sessionId"].as_str().ok_or_else(|| WdError(format!("no sessionId in {v}")))?;
        Ok(Session { agent, base: format!("{server}/session/{id}") })
    }

    fn call(&self, method: &str, path: &str, body: Option<Value>) -> WdResult<Value> {
        request(&self.agent, method, &format!("{}{path}", self.base), body)
    }

    /// Ends the session, which closes the app.
    pub fn end(&self) -> WdResult<()> {
        self.call("DELETE", "", None).map(|_| ())
    }

    /// Runs `script` (a function body) in the page with `args`. WebKitWebDriver now and then
    /// answers with "Could not parse script result" while the page is busy rendering (seen on a
    /// boolean script on a dialog as it opened, and on an array of a live region's attributes):
    /// the script is run again, up to three times, so every script given here must be one that
    /// may run twice (the journeys' scripts read the page, or scroll, focus or click where
    /// running again changes nothing more).
    pub fn execute(&self, script: &str, args: Vec<Value>) -> WdResult<Value> {
        let body = json!({ "script": script, "args": args });
        let mut tries = 0;
        loop {
            match self.call("POST", "/execute/sync", Some(body.clone())) {
                Err(WdError(e)) if e.contains("Could not parse script result") && tries < 3 => tries += 1,
                answer => return answer,
            }
        }
    }

    /// Runs `script` (a function body) that ends by calling its last argument with the result,
    /// for work that finishes later (a promise).
    pub fn execute_async(&self, script: &str, args: Vec<Value>) -> WdResult<Value> {
        self.call("POST", "/execute/async", Some(json!({ "script": script, "args": args })))
    }

    /// Resizes the window to `width` × `height` and waits until the page has that viewport.
    pub fn set_window_size(&self, width: u32, height: u32) {
        self.call("POST", "/window/rect", Some(json!({ "width": width, "height": height })))
            .unwrap_or_else(|e| panic!("resizing the window to {width}×{height}: {e}"));
        self.wait_until(&format!("a {width}×{height} viewport"), || {
            self.execute("return [window.innerWidth, window.innerHeight];", vec![])
                .is_ok_and(|v| v == json!([width, height]))
        });
    }

    /// Presses `key` (a WebDriver key code such as `\u{E00C}`, Escape) where the focus is.
    pub fn press(&self, key: &str) -> WdResult<()> {
        let v = self.call("GET", "/element/active", None)?;
        let id = v[ELEMENT_KEY].as_str().ok_or_else(|| WdError(format!("no active element in {v}")))?;
        self.call("POST", &format!("/element/{id}/value"), Some(json!({ "text": key }))).map(|_| ())
    }

    /// Where the keyboard focus is: the focused element's `data-testid`, else its tag, and whether
    /// it is inside an open dialog.
    pub fn focus(&self) -> (String, bool) {
        let v = self
            .execute(
                "const a = document.activeElement; \
                 return [a ? (a.getAttribute('data-testid') || a.tagName.toLowerCase()) : 'none', \
                         !!(a && a.closest('[role=dialog], [role=alertdialog]'))];",
                vec![],
            )
            .unwrap_or_else(|e| panic!("reading the focus: {e}"));
        (v[0].as_str().unwrap_or_default().to_owned(), v[1].as_bool().unwrap_or(false))
    }

    /// Every element matching a CSS selector now.
    pub fn find_all(&self, css: &str) -> WdResult<Vec<Element<'_>>> {
        let v = self.call("POST", "/elements", Some(json!({ "using": "css selector", "value": css })))?;
        Ok(v.as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|e| e[ELEMENT_KEY].as_str())
                    .map(|id| Element { s: self, id: id.to_owned() })
                    .collect()
            })
            .unwrap_or_default())
    }

    /// The visible text of every element matching `css`, read in one step so a re-render cannot
    /// leave a stale element between finding and reading.
    pub fn texts(&self, css: &str) -> Vec<String> {
        let v = self
            .execute(
                "return [...document.querySelectorAll(arguments[0])].map(e => e.innerText.trim());",
                vec![json!(css)],
            )
            .unwrap_or_else(|e| panic!("reading {css}: {e}"));
        serde_json::from_value(v).unwrap_or_else(|e| panic!("reading {css}: {e}"))
    }

    /// How many elements match `css` now.
    pub fn count(&self, css: &str) -> usize {
        self.texts(css).len()
    }

    /// The first element matching `css`, waiting for it to appear.
    pub fn find(&self, css: &str) -> Element<'_> {
        let mut found = None;
        let mut last_error = String::new();
        self.wait_until(&format!("an element {css} (last error: {last_error:?})"), || {
            match self.find_all(css) {
                Ok(mut v) if !v.is_empty() => found = Some(v.remove(0)),
                Ok(_) => {}
                Err(e) => last_error = e.0,
            }
            found.is_some()
        });
        found.expect("found by wait_until")
    }

    /// Clicks `button` until `expected` appears, for steps that are safe to repeat (opening a
    /// dialog, going to its next step), then waits until `expected` has settled: a dialog is open
    /// when it has stopped moving and holds the focus.
    pub fn click_until(&self, button: &str, expected: &str) {
        let start = Instant::now();
        loop {
            self.find(button).click().unwrap_or_else(|e| panic!("clicking {button}: {e}"));
            let clicked = Instant::now();
            while clicked.elapsed() < Duration::from_secs(3) {
                if self.count(expected) > 0 {
                    self.find(expected).settle().unwrap_or_else(|e| panic!("{expected} settling: {e}"));
                    return;
                }
                std::thread::sleep(Duration::from_millis(100));
            }
            assert!(start.elapsed() < PATIENCE, "{button} never led to {expected}: {}", self.body_text());
        }
    }

    /// Waits until `check` holds, failing the test with `what` if it never does.
    pub fn wait_until(&self, what: &str, check: impl FnMut() -> bool) {
        self.wait_up_to(PATIENCE, what, check);
    }

    /// As [`Session::wait_until`], for a state that comes only after the app's own waits (such
    /// as its back-off while a server is away), which `limit` covers.
    pub fn wait_up_to(&self, limit: Duration, what: &str, mut check: impl FnMut() -> bool) {
        let start = Instant::now();
        while start.elapsed() < limit {
            if check() {
                return;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        let page = self
            .execute("return location.href + '\\n' + document.body.innerText.slice(0, 3000);", vec![])
            .map(|v| v.as_str().unwrap_or_default().to_owned())
            .unwrap_or_else(|e| e.0);
        panic!("waited {limit:?} for {what}; the page:\n{page}");
    }

    /// The page's visible text.
    pub fn body_text(&self) -> String {
        self.execute("return document.body.innerText;", vec![])
            .ok()
            .and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_default()
    }

    /// The text of a JavaScript alert, if one is open.
    pub fn alert_text(&self) -> Option<String> {
        self.call("GET", "/alert/text", None).ok().and_then(|v| v.as_str().map(str::to_owned))
    }

    /// Saves a PNG of the window.
    pub fn screenshot(&self, path: &std::path::Path) -> WdResult<()> {
        let v = self.call("GET", "/screenshot", None)?;
        let png = base64::engine::general_purpose::STANDARD
            .decode(v.as_str().unwrap_or_default())
            .map_err(|e| WdError(e.to_string()))?;
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(|e| WdError(e.to_string()))?;
        }
        std::fs::write(path, png).map_err(|e| WdError(e.to_string()))
    }
}

/// An element of the page.
pub struct Element<'s> {
    s: &'s Session,
    id: String,
}

impl Element<'_> {
    fn call(&self, method: &str, path: &str, body: Option<Value>) -> WdResult<Value> {
        self.s.call(method, &format!("/element/{}{path}", self.id), body)
    }

    fn as_arg(&self) -> Value {
        json!({ ELEMENT_KEY: self.id })
    }

    /// Waits while the element moves, and while the dialog it is in has not yet taken the focus,
    /// as a user would before clicking or typing (at most [`SETTLE`]).
    pub fn settle(&self) -> WdResult<()> {
        let start = Instant::now();
        for script in [MOVING, FOCUS_PENDING] {
            while self.probe(script)? && start.elapsed() < SETTLE {
                std::thread::sleep(Duration::from_millis(50));
            }
        }
        Ok(())
    }

    /// Asks a yes-or-no question of the element that only reads the page.
    fn probe(&self, script: &str) -> WdResult<bool> {
        self.s.execute(script, vec![self.as_arg()]).map(|v| v.as_bool() == Some(true))
    }

    /// Clicks as a user would: one who waits while an animation or an overlay settles first.
    pub fn click(&self) -> WdResult<()> {
        // WebKitWebDriver scrolls the page but not a scrolling dialog; a user scrolls either.
        self.s.execute("arguments[0].scrollIntoView({ block: 'center' });", vec![self.as_arg()])?;
        self.settle()?;
        let start = Instant::now();
        // A click on a button that is briefly disabled (work under way) would silently do nothing,
        // whether it is disabled outright or, keeping its focus, only for assistive technology.
        while (!self.is_enabled()? || self.is_aria_disabled()?) && start.elapsed() < Duration::from_secs(5) {
            std::thread::sleep(Duration::from_millis(50));
        }
        loop {
            match self.call("POST", "/click", Some(json!({}))) {
                Err(WdError(e))
                    if (e.contains("click intercepted") || e.contains("not interactable"))
                        && start.elapsed() < Duration::from_secs(5) =>
                {
                    std::thread::sleep(Duration::from_millis(100));
                }
                other => return other.map(|_| ()),
            }
        }
    }

    /// Sends keys to the element at once, without waiting for it to settle or checking that
    /// they arrived: typing as fast as a user's fingers, for timing what the page does.
    pub fn send_keys(&self, keys: &str) -> WdResult<()> {
        self.call("POST", "/value", Some(json!({ "text": keys }))).map(|_| ())
    }

    /// Pastes `text` at the end of a text field, as the clipboard would: one input, not a
    /// keystroke a letter (a long note typed key by key outlasts WebDriver's answer).
    pub fn paste(&self, text: &str) -> WdResult<()> {
        self.s
            .execute(
                "const el = arguments[0]; el.focus(); el.setSelectionRange(el.value.length, el.value.length); \
                 document.execCommand('insertText', false, arguments[1]);",
                vec![self.as_arg(), json!(text)],
            )
            .map(|_| ())
    }

    /// The value of a text field, or `None` for any other element (a file chooser among them).
    fn text_value(&self) -> WdResult<Option<String>> {
        let v = self.s.execute(
            "const el = arguments[0]; \
             const text = el.tagName === 'TEXTAREA' || (el.tagName === 'INPUT' && el.type !== 'file'); \
             return text ? el.value : null;",
            vec![self.as_arg()],
        )?;
        Ok(v.as_str().map(str::to_owned))
    }

    /// Waits until a text field holds `expected`: the keys went to it, and the UI kept them.
    fn wait_for_value(&self, expected: &str) -> WdResult<()> {
        let start = Instant::now();
        loop {
            let now = self.text_value()?;
            if now.as_deref().is_none_or(|v| v == expected) {
                return Ok(());
            }
            if start.elapsed() > SETTLE {
                return Err(WdError(format!("the field holds {now:?}, not {expected:?}")));
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Types at the end of a field as a user would, once it is still and focusable, and checks
    /// that every key arrived (a key sent while a dialog takes the focus is lost).
    pub fn type_text(&self, text: &str) -> WdResult<()> {
        self.settle()?;
        let before = self.text_value()?.unwrap_or_default();
        self.send_keys(text)?;
        self.wait_for_value(&format!("{before}{text}"))
    }

    /// Empties an input as a user would: Ctrl+A, Backspace. (WebDriver's own clear changes the
    /// value without the input event React listens to.)
    pub fn clear_text(&self) -> WdResult<()> {
        self.settle()?;
        self.send_keys("\u{E009}a\u{E009}\u{E003}")?;
        self.wait_for_value("")
    }

    /// The element's text as laid out (WebDriver's own text is empty while an element fades in).
    pub fn text(&self) -> WdResult<String> {
        let v = self.s.execute("return arguments[0].innerText;", vec![self.as_arg()])?;
        Ok(v.as_str().unwrap_or_default().trim().to_owned())
    }

    pub fn property(&self, name: &str) -> WdResult<Value> {
        self.call("GET", &format!("/property/{name}"), None)
    }

    /// Whether the element is disabled while keeping its focus (`aria-disabled`), as Fluent's
    /// `disabledFocusable` buttons are.
    pub fn is_aria_disabled(&self) -> WdResult<bool> {
        Ok(self.call("GET", "/attribute/aria-disabled", None)?.as_str() == Some("true"))
    }

    pub fn is_enabled(&self) -> WdResult<bool> {
        Ok(self.call("GET", "/enabled", None)?.as_bool().unwrap_or(false))
    }

    /// Picks an option of a native `<select>` by value, firing the change event React listens to
    /// (WebKitGTK draws the open list natively, out of WebDriver's reach).
    pub fn choose(&self, value: &str) -> WdResult<()> {
        let v = self.s.execute(
            "const [el, v] = arguments; \
             if (![...el.options].some(o => o.value === v)) return false; \
             el.value = v; el.dispatchEvent(new Event('change', { bubbles: true })); return true;",
            vec![self.as_arg(), json!(value)],
        )?;
        if v.as_bool() == Some(true) {
            Ok(())
        } else {
            Err(WdError(format!("no option {value:?}")))
        }
    }

    /// The validation message Fluent UI shows under this input's field, if any.
    pub fn field_message(&self) -> String {
        self.s
            .execute(
                "const f = arguments[0].closest('.fui-Field'); \
                 const m = f && f.querySelector('.fui-Field__validationMessage'); return m ? m.innerText : '';",
                vec![self.as_arg()],
            )
            .ok()
            .and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_default()
    }
}
