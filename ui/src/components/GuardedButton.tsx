import { Button, Tooltip, type ButtonProps } from "@fluentui/react-components";
import type { Action } from "../bindings/Action";
import { useGrant } from "../session";

/** A button for a role-gated action: disabled, with the core's reason, when the role forbids it. */
export function GuardedButton({ action, ...props }: ButtonProps & { action: Action }) {
  const grant = useGrant(action);
  if (grant.allowed) return <Button {...props} />;
  return (
    <Tooltip content={grant.reason ?? ""} relationship="description">
      <Button {...props} disabledFocusable data-reason={grant.reason} onClick={undefined} />
    </Tooltip>
  );
}
