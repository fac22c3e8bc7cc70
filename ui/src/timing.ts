// Marks on the page's own timeline (`performance`), which `cargo xtask bench` reads through
// WebDriver: the steps of start-up, each keystroke in the customer search, and the paint of the
// list answering it.

/** Marks kept before the oldest are dropped, so a long day of typing does not grow memory. */
const KEPT = 2000;

function mark(name: string) {
  if (performance.getEntriesByType("mark").length >= KEPT) performance.clearMarks();
  performance.mark(name);
}

/** A step of start-up has been reached: `script` (the UI's script runs), `session`,
 *  `translations`, `customers-page` (the page is up and asks for its list), `customers-rendered`
 *  (the answer is rendered), `customers` (and painted). */
export function markStartup(step: string) {
  mark(`startup:${step}`);
}

let keystrokes = 0;

/** A keystroke changed the search box; returns its number, counted from the page's load. */
export function markSearchKey(): number {
  keystrokes += 1;
  mark(`search-key:${keystrokes}`);
  return keystrokes;
}

/** The list answering the search box as keystroke `keystroke` left it has rendered; marked once
 *  the frame showing it has been painted (a message posted from the frame's animation callback is
 *  handled after the frame's rendering). */
export function markSearchPainted(keystroke: number) {
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => mark(`search-painted:${keystroke}`);
    channel.port2.postMessage(null);
  });
}

/** The list answering the search box as keystroke `keystroke` left it is in the page (committed,
 *  not yet painted): the time after it is the browser's drawing. */
export function markSearchRendered(keystroke: number) {
  mark(`search-rendered:${keystroke}`);
}
