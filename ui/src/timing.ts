// Marks on the page's own timeline (`performance`), which `cargo xtask bench` reads through
// WebDriver: each keystroke in the customer search, and the paint of the list answering it.

/** Marks kept before the oldest are dropped, so a long day of typing does not grow memory. */
const KEPT = 2000;

function mark(name: string) {
  if (performance.getEntriesByType("mark").length >= KEPT) performance.clearMarks();
  performance.mark(name);
}

/** The search box now holds `text`. */
export function markSearchKey(text: string) {
  mark(`search-key:${text}`);
}

/** The list answering the search `text` has rendered; marked at the frame that paints it. */
export function markSearchPainted(text: string) {
  requestAnimationFrame(() => mark(`search-painted:${text}`));
}
