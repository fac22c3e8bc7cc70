import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { act, cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import type { ApiError } from "../src/bindings/ApiError";
import type { Session } from "../src/bindings/Session";
import { Messages, MessagesProvider } from "../src/i18n";
import { ProfileForm, profileInput } from "../src/pages/Setup/ProfileForm";
import { SessionProvider } from "../src/session";
import { englishTranslations } from "./ftl";

afterEach(() => {
  cleanup();
  clearMocks();
});

const session: Session = {
  profile: null, me: null, engine: "sqlite", uiLanguage: "en-US", grants: [], invitationKinds: [], dapForced: false, partnerCenterPages: true, languages: ["en-US", "cs-CZ"], countries: ["CZ", "HU"],
  partnerTypes: ["direct_bill", "indirect_reseller"], clouds: ["public", "germany"], roles: ["global_admin", "helpdesk_agent"],
  relationships: ["prospect"], updated: null,
};

function renderForm(onSaved: (s: Session) => void = () => {}, roleFixed?: string) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <MessagesProvider messages={new Messages(englishTranslations())}>
        <SessionProvider value={{ session, setSession: () => {} }}>
          <ProfileForm initial={profileInput(null, null, "en-US")} submitLabel="Save" roleFixed={roleFixed} onSaved={onSaved} />
        </SessionProvider>
      </MessagesProvider>
    </FluentProvider>,
  );
}

describe("ProfileForm", () => {
  it("shows the core's message beside the field it names and keeps what was typed", async () => {
    const error: ApiError = {
      code: "invalid", message: "Partner tenant ID: enter a GUID.", field: "tenantId",
      fields: [{ field: "tenantId", message: "Partner tenant ID: enter a GUID." }],
    };
    let sent: unknown = null;
    mockIPC((_cmd, args) => {
      sent = args;
      throw error;
    });
    renderForm();
    fireEvent.change(screen.getByTestId("profile-companyName"), { target: { value: "Northwind" } });
    fireEvent.change(screen.getByTestId("profile-tenantId"), { target: { value: "nope" } });
    await act(async () => {
      fireEvent.click(screen.getByTestId("profile-submit"));
    });
    expect((sent as { input: { tenantId: string } }).input.tenantId).toBe("nope");
    const field = screen.getByTestId("profile-tenantId").closest(".fui-Field");
    expect(field?.textContent).toContain("Partner tenant ID: enter a GUID.");
    expect(screen.getByTestId("profile-error").textContent).toBe("Partner tenant ID: enter a GUID.");
    expect((screen.getByTestId("profile-companyName") as HTMLInputElement).value).toBe("Northwind");
  });

  it("shows a fixed role read-only with its reason, and only the role", () => {
    renderForm(() => {}, "Chosen at first-run setup.");
    const role = screen.getByTestId("profile-staffRole") as HTMLSelectElement;
    expect(role.disabled).toBe(true);
    expect(role.closest(".fui-Field")?.textContent).toContain("Chosen at first-run setup.");
    expect((screen.getByTestId("profile-staffName") as HTMLInputElement).disabled).toBe(false);
  });

  it("offers the choices the session lists, with their labels", () => {
    renderForm();
    const types = screen.getByTestId("profile-partnerType") as HTMLSelectElement;
    expect([...types.options].map((o) => o.textContent)).toEqual(["Choose…", "Direct-bill partner", "Indirect reseller"]);
  });
});
