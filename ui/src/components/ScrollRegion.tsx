import { makeStyles, mergeClasses } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  root: { overflow: "auto", flex: 1, minHeight: 0 },
});

/**
 * A scrolling area (a long table): a named region that can take focus, so it can be scrolled from
 * the keyboard even when nothing inside it is focusable.
 */
export function ScrollRegion({ label, className, children }: { label: string; className?: string; children: ReactNode }) {
  const styles = useStyles();
  return (
    <div role="region" aria-label={label} tabIndex={0} className={mergeClasses(styles.root, className)}>
      {children}
    </div>
  );
}
