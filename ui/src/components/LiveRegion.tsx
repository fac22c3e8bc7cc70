import { useDangerousNeverHidden_unstable as useNeverHidden } from "@fluentui/react-tabster";
import { createContext, useCallback, useContext, useState, type ReactNode } from "react";
import { createPortal } from "react-dom";
import { useVisuallyHiddenStyles } from "./VisuallyHidden";


const AnnounceContext = createContext<(text: string) => void>(() => {});

/**
 * The app's one live region: results such as "copied to the clipboard" are read out by screen
 * readers wherever focus is. It sits directly in `<body>` and is marked never-hidden, so a modal
 * dialog (which hides everything outside itself from assistive technology) does not silence it.
 * The last message stays until the next one, so it can also be read again.
 */
export function LiveRegionProvider({ children }: { children: ReactNode }) {
  const hidden = useVisuallyHiddenStyles().root;
  const neverHidden = useNeverHidden();
  const [message, setMessage] = useState({ text: "", n: 0 });
  // A new node per message, so the same words said twice are announced twice.
  const announce = useCallback((text: string) => setMessage((m) => ({ text, n: m.n + 1 })), []);
  return (
    <AnnounceContext.Provider value={announce}>
      {children}
      {createPortal(
        <div role="status" aria-live="polite" aria-atomic="true" className={hidden} data-testid="live-region" {...neverHidden}>
          <span key={message.n}>{message.text}</span>
        </div>,
        document.body,
      )}
    </AnnounceContext.Provider>
  );
}

/** Says `text` to screen-reader users through the app's live region. */
export function useAnnounce(): (text: string) => void {
  return useContext(AnnounceContext);
}
