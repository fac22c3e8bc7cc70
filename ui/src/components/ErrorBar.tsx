import { MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { ApiError } from "../bindings/ApiError";

/** An error from the core, in the user's language, with optional ways out. */
export function ErrorBar({ error, actions, testId, className }: { error: ApiError | null; actions?: ReactNode; testId?: string; className?: string }) {
  if (!error) return null;
  return (
    // Multiline wraps the whole message and keeps the actions inside the bar, under the text; the
    // automatic layout cut long messages off in dialogs and let actions spill under the next element.
    <MessageBar intent="error" layout="multiline" className={className} data-testid={testId} data-code={error.code}>
      <MessageBarBody>{error.message}</MessageBarBody>
      {actions && <MessageBarActions>{actions}</MessageBarActions>}
    </MessageBar>
  );
}
