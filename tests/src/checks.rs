//! Checks of what a page shows, run in the real WebView: accessibility with axe-core, and layout
//! (nothing clipped, nothing scrolling sideways, no button label wrapping).

use crate::webdriver::Session;
use serde_json::{json, Value};
use std::path::Path;

/// axe-core's own bundle, from the UI's development dependencies.
fn axe_source() -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../ui/node_modules/axe-core/axe.min.js");
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}; run `npm install` in ui/", path.display()))
}

/// Fluent UI's focus traps (tabster) put `aria-hidden` focusable "dummy" elements around a dialog
/// and a tab list; they hand focus on at once and are hidden so screen readers do not read them.
/// axe reports them as `aria-hidden-focus`; it is upstream and known:
/// <https://github.com/microsoft/tabster/issues/288>. Only those elements are let through.
const UPSTREAM_TABSTER_DUMMY: &str = "data-tabster-dummy";

/// Waits until nothing on the page is moving: a dialog fading in has, for a moment, text of too
/// little contrast and a size that is not yet its own. (Endless animations, a spinner's, are
/// not waited for.) An animation may begin a frame after the change that causes it (a tab's
/// indicator sliding to the tab just selected, a button's colours fading as it is enabled), so
/// the page counts as still only when no animation runs and the controls' sizes and colours are
/// the same as at the previous look.
pub fn wait_until_still(s: &Session) {
    s.execute("window.__liaisonLayout = null; return true;", vec![]).expect("resetting the layout record");
    s.wait_until("the page's animations to finish", || {
        s.execute(
            "const running = document.getAnimations().filter(a => a.playState === 'running' \
               && a.effect && a.effect.getComputedTiming().iterations !== Infinity).length; \
             const layout = JSON.stringify([innerWidth, innerHeight, ...[...document.querySelectorAll( \
               'button, [role=tab], [role=menuitem], h1, th, label, input')].map(e => { \
                 const r = e.getBoundingClientRect(); const c = getComputedStyle(e); \
                 return [r.x, r.y, r.width, r.height, e.scrollWidth, c.color, c.backgroundColor]; })]); \
             const same = window.__liaisonLayout === layout; \
             window.__liaisonLayout = layout; \
             return running === 0 && same;",
            vec![],
        )
        .is_ok_and(|v| v == json!(true))
    });
}

/// Every axe-core violation on the page once it is still, one line each: rule, impact, and the
/// elements (selector and HTML). When there are some, they are looked for again once the page is
/// still again, and that second look is the answer: a control can change a moment after the
/// page looked still (a button enabled, its colour fading from the disabled one, by the answer
/// that also ticked the boxes a journey waited for), and what stays is what a user sees.
pub fn axe_violations(s: &Session) -> Vec<String> {
    wait_until_still(s);
    let first = axe_run(s);
    if first.is_empty() {
        return first;
    }
    wait_until_still(s);
    axe_run(s)
}

/// One run of axe-core over the page as it is.
fn axe_run(s: &Session) -> Vec<String> {
    let loaded = s.execute("return typeof window.axe === 'object';", vec![]).expect("looking for axe");
    if loaded != json!(true) {
        s.execute(&format!("{}\nreturn true;", axe_source()), vec![]).expect("loading axe-core");
    }
    let v = s
        .execute_async(
            "const done = arguments[arguments.length - 1]; \
             axe.run(document, { resultTypes: ['violations'] }).then( \
               r => done(r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, \
                 nodes: v.nodes.map(n => ({ target: n.target.join(' '), html: n.html })) }))), \
               e => done({ error: String(e) }));",
            vec![],
        )
        .expect("running axe-core");
    assert!(v.get("error").is_none(), "axe-core failed: {v}");
    let mut out = Vec::new();
    for violation in v.as_array().cloned().unwrap_or_default() {
        let id = violation["id"].as_str().unwrap_or_default();
        let nodes: Vec<&Value> = violation["nodes"]
            .as_array()
            .map(|n| {
                n.iter()
                    .filter(|n| {
                        !(id == "aria-hidden-focus"
                            && n["html"].as_str().is_some_and(|h| h.contains(UPSTREAM_TABSTER_DUMMY)))
                    })
                    .collect()
            })
            .unwrap_or_default();
        for n in nodes {
            out.push(format!(
                "{id} ({}): {} — {} {}",
                violation["impact"].as_str().unwrap_or("?"),
                violation["help"].as_str().unwrap_or_default(),
                n["target"].as_str().unwrap_or_default(),
                n["html"].as_str().unwrap_or_default().chars().take(160).collect::<String>()
            ));
        }
    }
    out
}

/// What does not fit on the page once it is still: the window or a region scrolling sideways, a
/// control or heading whose text is cut, a control reaching out of the window, an input too
/// narrow for its value, a button or menu entry whose label wraps. Text cut on purpose with an
/// ellipsis and shown whole in its tooltip (`title`) is fine.
pub fn layout_problems(s: &Session) -> Vec<String> {
    wait_until_still(s);
    let v = s
        .execute(
            r#"
const problems = [];
const shown = e => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden'
  && !e.closest('[data-tabster-dummy], [aria-hidden=true]');
const name = e => (e.getAttribute('data-testid') || e.getAttribute('role') || e.tagName.toLowerCase())
  + ' "' + (e.innerText || e.value || e.getAttribute('aria-label') || '').trim().replace(/\s+/g, ' ').slice(0, 60) + '"';
const root = document.scrollingElement;
if (root.scrollWidth > root.clientWidth + 1) problems.push('the window scrolls sideways');
for (const e of document.querySelectorAll('body *')) {
  const cs = getComputedStyle(e);
  if ((cs.overflowX === 'auto' || cs.overflowX === 'scroll') && e.scrollWidth > e.clientWidth + 1 && shown(e))
    problems.push('scrolls sideways: ' + name(e));
}
for (const e of document.querySelectorAll('button, [role=tab], label, th, h1, h2, h3, [role=menuitem]')) {
  if (!shown(e)) continue;
  const r = e.getBoundingClientRect();
  if (r.right > window.innerWidth + 1 || r.left < -1) problems.push('outside the window: ' + name(e));
  if (e.scrollWidth > e.clientWidth + 1 && !e.querySelector('[title]') && !e.title) problems.push('clipped: ' + name(e));
}
const canvas = document.createElement('canvas').getContext('2d');
for (const e of document.querySelectorAll('input:not([type=checkbox]):not([type=radio]):not([type=file])')) {
  if (!shown(e) || !e.value) continue;
  const cs = getComputedStyle(e);
  canvas.font = cs.font;
  const room = e.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight);
  if (canvas.measureText(e.value).width > room + 1) problems.push('value does not fit: ' + name(e));
}
// A label wraps when its text lies on more than one line (a count badge beside it, centred on
// its own, is no part of the label's lines).
const lines = e => {
  const tops = [];
  const walker = document.createTreeWalker(e, NodeFilter.SHOW_TEXT);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    if (!t.textContent.trim() || t.parentElement?.closest('.fui-Badge, .fui-CounterBadge')) continue;
    const range = document.createRange();
    range.selectNodeContents(t);
    for (const r of range.getClientRects()) if (r.width > 0 && !tops.some(top => Math.abs(top - r.top) < 4)) tops.push(r.top);
  }
  return tops.length;
};
for (const e of document.querySelectorAll('button, [role=tab], [role=menuitem]')) {
  if (shown(e) && lines(e) > 1) problems.push('label wraps: ' + name(e));
}
return problems;
"#,
            vec![],
        )
        .expect("checking the layout");
    serde_json::from_value(v).expect("a list of problems")
}
