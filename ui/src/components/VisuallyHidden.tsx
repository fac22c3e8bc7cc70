import { makeStyles } from "@fluentui/react-components";
import type { ReactNode } from "react";

/** Hidden on screen, still read by screen readers. */
export const useVisuallyHiddenStyles = makeStyles({
  root: {
    position: "absolute", width: "1px", height: "1px", margin: "-1px", padding: 0, overflow: "hidden",
    clip: "rect(0px, 0px, 0px, 0px)", whiteSpace: "nowrap", border: 0,
  },
});

/** Text for screen readers only, such as the name of a column of buttons. */
export function VisuallyHidden({ children }: { children: ReactNode }) {
  return <span className={useVisuallyHiddenStyles().root}>{children}</span>;
}
