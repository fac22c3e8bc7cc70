import { MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { ApiError } from "../bindings/ApiError";

/** An error from the core, in the user's language, with optional ways out. */
export function ErrorBar({ error, actions, testId }: { error: ApiError | null; actions?: ReactNode; testId?: string }) {
  if (!error) return null;
  return (
    // Multiline keeps the actions inside the bar, under the text; the automatic layout let them
    // spill under the next element when the message wraps.
    <MessageBar intent="error" layout={actions ? "multiline" : "auto"} data-testid={testId} data-code={error.code}>
      <MessageBarBody>{error.message}</MessageBarBody>
      {actions && <MessageBarActions>{actions}</MessageBarActions>}
    </MessageBar>
  );
}
