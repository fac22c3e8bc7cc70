import { Dialog, DialogSurface, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState, type ReactNode, type RefObject } from "react";

const useStyles = makeStyles({
  surface: {
    // The body scrolls and the actions stay in view (Fluent's DialogBody is a grid of title,
    // content and actions within the window's height).
    "& .fui-DialogBody": { gridTemplateColumns: "minmax(0, 1fr) auto" },
    "& .fui-DialogContent": { minWidth: 0 },
    // Fluent puts the actions in the right half of the body only; a row of long labels (Polish,
    // Hungarian) then wraps inside each button. They take the whole width and wrap as buttons.
    "& .fui-DialogActions": { gridColumn: "1 / -1", flexWrap: "wrap", justifyContent: "flex-end", rowGap: tokens.spacingVerticalS },
  },
});

const FOCUSABLE = [
  "input:not([disabled]):not([type=hidden])", "select:not([disabled])", "textarea:not([disabled])",
  "button:not([disabled])", "a[href]", "[tabindex]:not([tabindex='-1'])",
].join(", ");

function firstFocusable(root: HTMLElement): HTMLElement | null {
  for (const part of [".fui-DialogContent", ".fui-DialogActions"]) {
    const found = [...(root.querySelector(part)?.querySelectorAll<HTMLElement>(FOCUSABLE) ?? [])]
      .find((e) => !e.closest("[data-tabster-dummy], [aria-hidden=true]") && e.offsetParent !== null);
    if (found) return found;
  }
  return null;
}

// The last control the user activated, for a dialog opened by a click that did not focus its
// button (WebKit does not always focus a button on click).
let lastActivated: HTMLElement | null = null;
if (typeof document !== "undefined") {
  document.addEventListener("click", (e) => {
    lastActivated = e.target instanceof Element ? e.target.closest<HTMLElement>("button, a, [role=tab], [tabindex]") : null;
  }, true);
}

function currentOpener(): HTMLElement | null {
  const active = document.activeElement;
  if (active instanceof HTMLElement && active !== document.body) return active;
  return lastActivated?.isConnected ? lastActivated : null;
}

/**
 * When the dialog closes, focus goes back to the control that opened it (or, if that is gone, to
 * the page's heading) instead of falling to `<body>`.
 */
function useReturnFocus(surface: RefObject<HTMLElement | null>) {
  const [opener] = useState(currentOpener);
  useEffect(() => () => {
    // After React has removed the dialog; a surface still there means this was not a real
    // unmount (React's strict mode tries effects twice).
    setTimeout(() => {
      if (surface.current?.isConnected) return;
      const active = document.activeElement;
      if (active && active !== document.body && active.isConnected) return;
      opener?.focus();
      if (document.activeElement === opener && opener?.isConnected) return;
      document.querySelector<HTMLElement>("main h1")?.focus();
    }, 0);
  }, []);
}

/**
 * Keeps focus in the dialog while it is open: when the focused control disappears (*Next*
 * replaced by the draft's buttons) or is disabled while work runs, focus would fall to `<body>`,
 * where Escape and Tab no longer reach the dialog. It moves to the dialog's first control instead.
 */
function useKeepFocusInside(surface: RefObject<HTMLElement | null>) {
  useEffect(() => {
    let inside = false;
    const track = () => {
      inside = !!surface.current?.contains(document.activeElement);
    };
    const rescue = () => {
      const root = surface.current;
      if (!root || !inside) return;
      const active = document.activeElement as HTMLElement | null;
      const lost = !active || active === document.body || !active.isConnected || (root.contains(active) && (active as HTMLButtonElement).disabled === true);
      if (!lost) return;
      (firstFocusable(root) ?? root).focus();
    };
    document.addEventListener("focusin", track);
    const observer = new MutationObserver(rescue);
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ["disabled"] });
    return () => {
      document.removeEventListener("focusin", track);
      observer.disconnect();
    };
  }, []);
}

/**
 * Liaison's modal dialog: Fluent's Dialog and DialogSurface, with focus that returns to the opener
 * when it closes and never drops out while it is open, and a body that scrolls under visible actions.
 * Its children are the DialogBody (title, content, actions). An `alert` asks for a decision: a
 * click outside it does not close it.
 */
export function AppDialog({ onClose, className, alert, testId, children }: {
  onClose: () => void;
  className?: string;
  alert?: boolean;
  testId?: string;
  children: ReactNode;
}) {
  const styles = useStyles();
  const surface = useRef<HTMLDivElement>(null);
  useReturnFocus(surface);
  useKeepFocusInside(surface);
  return (
    <Dialog open modalType={alert ? "alert" : "modal"} onOpenChange={(_, d) => !d.open && onClose()}>
      <DialogSurface ref={surface} className={mergeClasses(styles.surface, className)} data-testid={testId}>{children}</DialogSurface>
    </Dialog>
  );
}
