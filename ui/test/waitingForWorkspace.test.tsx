import { emit } from "@tauri-apps/api/event";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { act, cleanup, render, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { App } from "../src/App";
import type { Connecting } from "../src/bindings/Connecting";
import type { Session } from "../src/bindings/Session";
import { ftlSources } from "./ftl";

afterEach(() => {
  cleanup();
  clearMocks();
});

const away: Connecting = {
  language: "cs-CZ", message: "Server týmového pracovního prostoru neodpovídá.", server: "db.example.com:5432",
  failures: 2, retrying: true, nextAttemptIn: 4,
};

const session: Session = {
  profile: null, me: null, engine: "postgres", uiLanguage: "en-US", grants: [], invitationKinds: [], dapForced: false, partnerCenterPages: true,
  languages: ["en-US"], countries: ["CZ"], partnerTypes: ["direct_bill"], clouds: ["public"], roles: [], relationships: ["reseller"], updated: null,
};

describe("waiting for the team workspace at start-up", () => {
  it("says why in the system's language, counts down, tries at once when asked, and opens by itself when the server answers", async () => {
    const calls: string[] = [];
    mockIPC((cmd, args) => {
      calls.push(cmd);
      if (cmd === "connecting_status") return away;
      if (cmd === "connect_now") return null;
      if (cmd === "load_translations") {
        const language = (args as { language: string }).language;
        return { language, sources: ftlSources(language), fallback: ftlSources("en-US") };
      }
      if (cmd === "get_session") return session;
      throw new Error(cmd);
    }, { shouldMockEvents: true });
    render(<App />);

    const waiting = await screen.findByTestId("workspace-connecting");
    expect(waiting.textContent).toContain("neodpovídá");
    expect(screen.getByTestId("workspace-connecting-server").textContent).toBe("Server: db.example.com:5432");
    expect(screen.getByTestId("workspace-connecting-next").textContent).toContain("za 4 sekundy");
    expect(calls).not.toContain("get_session");

    await act(async () => screen.getByTestId("workspace-connect-now").click());
    expect(calls).toContain("connect_now");

    // The next attempt failed too: a new count starts.
    await act(() => emit("liaison://connecting", { ...away, failures: 3, nextAttemptIn: 8 }));
    await waitFor(() => expect(screen.getByTestId("workspace-connecting-next").textContent).toContain("za 8 sekund"));

    // The server answered: the app starts, in the user's own language.
    await act(() => emit("liaison://connecting", null));
    await waitFor(() => expect(screen.queryByTestId("workspace-connecting")).toBeNull());
    expect(calls).toContain("get_session");
  });

  it("shows only the spinner during the first attempt, and says that waiting will not help when the server refused", async () => {
    const calls: string[] = [];
    mockIPC((cmd, args) => {
      calls.push(cmd);
      if (cmd === "connecting_status") return { ...away, language: "en-US", message: "", failures: 0, nextAttemptIn: 0 };
      if (cmd === "connect_now") return null;
      if (cmd === "load_translations") return { language: (args as { language: string }).language, sources: ftlSources("en-US"), fallback: ftlSources("en-US") };
      throw new Error(cmd);
    }, { shouldMockEvents: true });
    render(<App />);
    await waitFor(() => expect(calls).toContain("load_translations"));
    expect(screen.queryByTestId("workspace-connecting")).toBeNull();
    expect((await screen.findByTestId("workspace-connecting-first")).textContent).toContain("db.example.com:5432");
    expect(screen.getByTestId("app").dataset.ready).toBe("false");

    await act(() => emit("liaison://connecting", { ...away, language: "en-US", message: "The server refused this login.", failures: 1, retrying: false, nextAttemptIn: 0 }));
    expect((await screen.findByTestId("workspace-connecting-refused")).textContent).toContain("does not try again by itself");
    expect(screen.queryByTestId("workspace-connecting-next")).toBeNull();
    expect(screen.getByTestId("app").dataset.ready).toBe("true");
    await act(async () => screen.getByTestId("workspace-connect-now").click());
    expect(calls).toContain("connect_now");
  });
});
