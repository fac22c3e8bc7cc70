import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { act, cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import type { ApiError } from "../src/bindings/ApiError";
import type { Customer } from "../src/bindings/Customer";
import type { Session } from "../src/bindings/Session";
import { Messages, MessagesProvider } from "../src/i18n";
import { CustomerDialog } from "../src/pages/Customers/CustomerDialog";
import { QueryProvider } from "../src/queries";
import { SessionProvider } from "../src/session";
import { englishTranslations } from "./ftl";

afterEach(() => {
  cleanup();
  clearMocks();
});

const session: Session = {
  profile: null, me: null, engine: "sqlite", uiLanguage: "en-US", grants: [], invitationKinds: [], dapForced: false, partnerCenterPages: true, languages: ["en-US"], countries: ["CZ"],
  partnerTypes: [], clouds: [], roles: [], relationships: ["prospect"], updated: null,
};

const opened: Customer = {
  id: 7, companyName: "Contoso", primaryDomain: "contoso.cz", microsoftId: null, country: "CZ", contactName: "",
  contactEmail: "", language: "en-US", tags: [], notes: "old", relationship: "prospect", dapGranted: false,
  dapRemoval: null, providerId: null, providerName: null, createdAt: "2026-11-22T10:00:00.000Z",
  updatedAt: "2026-11-22T10:00:00.000Z", version: 3,
};

describe("CustomerDialog", () => {
  it("keeps what was typed when a change made meanwhile refuses the save, and saving again replaces it", async () => {
    const conflict: ApiError = {
      code: "editedMeanwhile", message: "This customer was changed after you opened it (by Petr Novák, at 2026-11-22 10:05 UTC).",
      fields: [],
    };
    const versions: number[] = [];
    let saved: Customer | null = null;
    mockIPC((cmd, args) => {
      const a = args as { version: number; input: { notes: string } };
      if (cmd === "get_customer") return { ...opened, notes: "Petr's", version: 4 };
      if (cmd !== "update_customer") throw new Error(cmd);
      versions.push(a.version);
      if (versions.length === 1) throw conflict;
      return { ...opened, notes: a.input.notes, version: 5 };
    });
    render(
      <FluentProvider theme={webLightTheme}>
        <MessagesProvider messages={new Messages(englishTranslations())}>
          <SessionProvider value={{ session, setSession: () => {} }}>
            <QueryProvider>
              <CustomerDialog customer={opened} onClose={() => {}} onSaved={(c) => { saved = c; }} />
            </QueryProvider>
          </SessionProvider>
        </MessagesProvider>
      </FluentProvider>,
    );
    fireEvent.change(screen.getByTestId("customer-notes"), { target: { value: "Jana's" } });
    await act(async () => {
      fireEvent.click(screen.getByTestId("customer-save"));
    });
    expect(screen.getByTestId("customer-error").textContent).toBe(conflict.message);
    expect((screen.getByTestId("customer-notes") as HTMLTextAreaElement).value).toBe("Jana's");
    expect(saved).toBeNull();
    await act(async () => {
      fireEvent.click(screen.getByTestId("customer-save"));
    });
    expect(versions).toEqual([3, 4]);
    expect(saved).not.toBeNull();
    expect(saved!.notes).toBe("Jana's");
  });
});
