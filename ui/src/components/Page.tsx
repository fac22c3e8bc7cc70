import { Title2, makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  root: {
    display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, padding: tokens.spacingHorizontalXXL, minHeight: 0, minWidth: 0, flex: 1,
    // A small window keeps its room for the content.
    "@media (max-width: 1100px)": { padding: tokens.spacingHorizontalL },
  },
  header: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalM, flexWrap: "wrap" },
  title: { flex: 1 },
});

/** A page of the main window: its title, its commands, its content. */
export function Page({ title, commands, children, testId }: { title: string; commands?: ReactNode; children: ReactNode; testId: string }) {
  const styles = useStyles();
  return (
    <main className={styles.root} data-testid={testId}>
      <div className={styles.header}>
        <Title2 as="h1" className={styles.title} tabIndex={-1}>{title}</Title2>
        {commands}
      </div>
      {children}
    </main>
  );
}
