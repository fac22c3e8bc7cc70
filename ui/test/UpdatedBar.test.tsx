import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { UpdatedBar } from "../src/components/UpdatedBar";
import { Messages, MessagesProvider } from "../src/i18n";
import { englishTranslations } from "./ftl";

afterEach(cleanup);

function show(updated: Parameters<typeof UpdatedBar>[0]["updated"]) {
  const m = new Messages(englishTranslations());
  return render(
    <FluentProvider theme={webLightTheme}>
      <MessagesProvider messages={m}>
        <UpdatedBar updated={updated} />
      </MessagesProvider>
    </FluentProvider>,
  );
}

describe("the first start of a newer Liaison", () => {
  it("says which version it moved from and the backup it made, until closed", () => {
    show({ from: "0.1.0", to: "0.2.0", backup: "liaison-20261124-091500000-upgrade.sqlite3" });
    expect(screen.getByTestId("updated").textContent).toBe(
      "Liaison was updated from version 0.1.0 to 0.2.0. Before moving your records to the new version, it saved a backup of them: " +
        "liaison-20261124-091500000-upgrade.sqlite3 (Settings › Backups).",
    );
    fireEvent.click(screen.getByRole("button", { name: "Close" }));
    expect(screen.queryByTestId("updated")).toBeNull();
  });

  it("names only the new version when the old one did not say, and nothing on an ordinary start", () => {
    show({ from: null, to: "0.2.0", backup: null });
    expect(screen.getByTestId("updated").textContent).toBe("Liaison was updated to version 0.2.0.");
    cleanup();
    show(null);
    expect(screen.queryByTestId("updated")).toBeNull();
  });
});
