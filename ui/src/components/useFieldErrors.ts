import { useState } from "react";
import type { ApiError } from "../bindings/ApiError";
import type { Field } from "../bindings/Field";
import { asApiError } from "../api";

/** Keeps the last error of a form: a banner message and a message per field. */
export function useFieldErrors() {
  const [error, setError] = useState<ApiError | null>(null);
  return {
    error,
    clear: () => setError(null),
    fail: (e: unknown) => setError(asApiError(e)),
    of: (field: Field): string | undefined => error?.fields.find((f) => f.field === field)?.message,
  };
}
