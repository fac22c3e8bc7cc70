import { makeStyles, tokens } from "@fluentui/react-components";

/** Layout shared by Liaison's dialogs and forms. */
export const useFormStyles = makeStyles({
  // A dialog's content scrolls as a whole; its parts never shrink (a squeezed message bar hides
  // its own buttons).
  content: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, "& > *": { flexShrink: 0 } },
  grid: {
    display: "grid", gridTemplateColumns: "1fr 1fr", alignItems: "start", columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalM, "& > *": { minWidth: 0 },
  },
  wide: { gridColumn: "1 / -1" },
  // A native select is as wide as its longest option unless told otherwise.
  select: { width: "100%", "& select": { width: "100%", minWidth: 0, textOverflow: "ellipsis" } },
});
