import { useState } from "react";
import type { ApiError } from "../bindings/ApiError";
import type { Field } from "../bindings/Field";
import { asApiError } from "../api";

/** Keeps the last error of a form: a banner message and a message per field. */
export function useFieldErrors() {
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  return {
    error,
    busy,
    clear: () => setError(null),
    fail: (e: unknown) => setError(asApiError(e)),
    of: (field: Field): string | undefined => error?.fields.find((f) => f.field === field)?.message,
    /** Runs one user action: clears the last error, marks the form busy, keeps any new error. */
    attempt: async (action: () => Promise<unknown>) => {
      setError(null);
      setBusy(true);
      try {
        await action();
      } catch (e) {
        setError(asApiError(e));
      } finally {
        setBusy(false);
      }
    },
  };
}
