import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { act, cleanup, render, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { App } from "../src/App";
import type { Session } from "../src/bindings/Session";
import { FIRST_CUSTOMERS_QUERY } from "../src/queries";
import { customer, later, names, session } from "./customersPage";
import { ftlSources } from "./ftl";

afterEach(() => {
  cleanup();
  clearMocks();
});

const partner: Session = {
  ...session,
  engine: "sqlite",
  profile: {
    companyName: "Northwind Partners", partnerType: "direct_bill", tenantId: "3f2504e0-4f89-11d3-9a0c-0305e82c3301",
    partnerId: "4812345", cloud: "public", country: "CZ", language: "en-US", updatedAt: "2026-11-22T10:00:00.000Z",
  },
};

describe("start-up", () => {
  it("asks for the Customers page's list as soon as the session is in, once, and shows its answer", async () => {
    const translations = later<unknown>();
    const asked: unknown[] = [];
    mockIPC((cmd, args) => {
      switch (cmd) {
        case "connecting_status": return null;
        case "get_session": return partner;
        case "load_translations": return translations.promise;
        case "list_customers":
          asked.push((args as { query: unknown }).query);
          return [customer(1, "Contoso")];
        case "customer_counts": return { reseller: 1, invited: 0, prospect: 0, removed: 0 };
        case "reminders_due": return { invitations: 0, adminRelationships: 0, days: 14 };
        case "show_reminder_notice": return false;
        default: return null;
      }
    }, { shouldMockEvents: true });
    render(<App />);

    // The translations have not come yet: nothing of the page is drawn, but its list is on its way.
    await waitFor(() => expect(asked).toEqual([FIRST_CUSTOMERS_QUERY]));
    expect(screen.queryByTestId("customer-row")).toBeNull();

    await act(async () => translations.resolve({ language: "en-US", sources: ftlSources("en-US"), fallback: ftlSources("en-US") }));
    await waitFor(() => expect(names()).toEqual(["Contoso"]));
    expect(asked).toHaveLength(1);
  });

  it("asks for no list before the first run has set the partner up", async () => {
    const commands: string[] = [];
    mockIPC((cmd, args) => {
      commands.push(cmd);
      if (cmd === "get_session") return session;
      if (cmd === "load_translations") {
        return { language: (args as { language: string }).language, sources: ftlSources("en-US"), fallback: ftlSources("en-US") };
      }
      return null;
    }, { shouldMockEvents: true });
    render(<App />);
    await waitFor(() => expect(screen.getByTestId("app").dataset.ready).toBe("true"));
    expect(commands).not.toContain("list_customers");
  });
});
