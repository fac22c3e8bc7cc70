import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import { Dismiss20Regular } from "@fluentui/react-icons";
import { useState } from "react";
import type { Updated } from "../bindings/Updated";
import { useMessages } from "../i18n";

/** On the first start of a newer Liaison: the version it moved from, and the backup it made first. */
export function UpdatedBar({ updated }: { updated: Updated | null }) {
  const m = useMessages();
  const [dismissed, setDismissed] = useState(false);
  if (!updated || dismissed) return null;
  const moved = updated.from ? m.t("updated-from", { from: updated.from, to: updated.to }) : m.t("updated-to", { to: updated.to });
  return (
    <MessageBar intent="success" layout="multiline" role="status" data-testid="updated">
      <MessageBarBody>
        {moved}
        {updated.backup && <> {m.t("updated-backup", { backup: updated.backup })}</>}
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button appearance="transparent" icon={<Dismiss20Regular />} aria-label={m.t("action-close")} onClick={() => setDismissed(true)} data-testid="updated-close" />
        }
      />
    </MessageBar>
  );
}
