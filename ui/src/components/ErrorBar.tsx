import { MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { ApiError } from "../bindings/ApiError";

/** An error from the core, in the user's language, with optional ways out. */
export function ErrorBar({ error, actions, testId }: { error: ApiError | null; actions?: ReactNode; testId?: string }) {
  if (!error) return null;
  return (
    <MessageBar intent="error" data-testid={testId} data-code={error.code}>
      <MessageBarBody>{error.message}</MessageBarBody>
      {actions && <MessageBarActions>{actions}</MessageBarActions>}
    </MessageBar>
  );
}
