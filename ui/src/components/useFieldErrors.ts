import { useState } from "react";
import type { ApiError } from "../bindings/ApiError";
import type { Field } from "../bindings/Field";
import { asApiError } from "../api";
import { useAnnounce } from "./LiveRegion";

/**
 * Keeps the last error of a form: a banner message and a message per field. Each outcome is also
 * said through the app's live region, so a screen-reader user hears it without moving focus.
 */
export function useFieldErrors() {
  const announce = useAnnounce();
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  return {
    error,
    busy,
    /** What the last action achieved, to say so (such as "copied to the clipboard"). */
    done,
    clear: () => setError(null),
    fail: (e: unknown) => setError(asApiError(e)),
    of: (field: Field): string | undefined => error?.fields.find((f) => f.field === field)?.message,
    /**
     * Runs one user action: clears the last outcome, marks the form busy, then keeps the new error,
     * or `doneMessage` if the action succeeded and has something to report (a function of the
     * action's result when the words depend on it).
     */
    attempt: async <T>(action: () => Promise<T>, doneMessage?: string | ((result: T) => string)) => {
      setError(null);
      setDone(null);
      setBusy(true);
      try {
        const result = await action();
        if (typeof doneMessage === "function") doneMessage = doneMessage(result);
        if (doneMessage) {
          setDone(doneMessage);
          announce(doneMessage);
        }
      } catch (e) {
        const error = asApiError(e);
        setError(error);
        announce(error.message);
      } finally {
        setBusy(false);
      }
    },
  };
}
