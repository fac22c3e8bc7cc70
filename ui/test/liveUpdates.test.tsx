import { emit } from "@tauri-apps/api/event";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { act, cleanup, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import type { Change } from "../src/bindings/Change";
import type { Customer } from "../src/bindings/Customer";
import type { Session } from "../src/bindings/Session";
import { CustomersPage } from "../src/pages/Customers/CustomersPage";
import { CHANGED_EVENT, useStaff, useWorkspaceUnreachable } from "../src/queries";
import { customer, later, names, renderWithSession, session } from "./customersPage";

afterEach(() => {
  cleanup();
  clearMocks();
});

const changed = (change: Change) => act(() => emit(CHANGED_EVENT, change));

describe("live updates", () => {
  it("shows a customer another staff member added, without any action here and without blanking the list", async () => {
    const stored = [customer(1, "Contoso")];
    let reading: Promise<Customer[]> | null = null;
    mockIPC((cmd) => {
      if (cmd === "list_customers") return reading ?? [...stored];
      if (cmd === "customer_counts") return { reseller: stored.length, invited: 0, prospect: 0, removed: 0 };
      throw new Error(cmd);
    }, { shouldMockEvents: true });
    renderWithSession(<CustomersPage toasterId="toaster" onShowActivity={() => {}} />);
    await waitFor(() => expect(names()).toEqual(["Contoso"]));

    // Elsewhere, a second customer is added; the core reports it and is slow to answer the new read.
    stored.push(customer(2, "Fabrikam"));
    const answer = later<Customer[]>();
    reading = answer.promise;
    await changed({ action: "customer_added", customerId: 2 });
    expect(names()).toEqual(["Contoso"]);
    expect(screen.queryByTestId("customers-empty")).toBeNull();
    expect(screen.queryByRole("progressbar")).toBeNull();

    await act(async () => answer.resolve([...stored]));
    await waitFor(() => expect(names()).toEqual(["Contoso", "Fabrikam"]));
    expect(screen.getByTestId("customers-count").textContent).toContain("2");
  });

  it("shows a listed customer as another staff member changed it, and edits it as changed", async () => {
    let stored = { ...customer(1, "Contoso"), tags: ["gold"] };
    mockIPC((cmd) => {
      if (cmd === "list_customers") return [stored];
      if (cmd === "customer_counts") return { reseller: 1, invited: 0, prospect: 0, removed: 0 };
      if (cmd === "list_providers") return [];
      throw new Error(cmd);
    }, { shouldMockEvents: true });
    renderWithSession(<CustomersPage toasterId="toaster" onShowActivity={() => {}} />);
    await waitFor(() => expect(names()).toEqual(["Contoso"]));

    // Another tag in place of the first, and a contact e-mail the row does not show.
    stored = { ...stored, tags: ["renewed"], contactEmail: "it@contoso.cz", version: 2 };
    await changed({ action: "customer_updated", customerId: 1 });
    await waitFor(() => expect(screen.getByTestId("customer-row").textContent).toContain("renewed"));
    await act(async () => screen.getByTestId("customer-edit").click());
    expect(screen.getByTestId("customer-contactEmail")).toHaveProperty("value", "it@contoso.cz");
  });

  it("refreshes the session when staff or the profile changed, or everything may have", async () => {
    const renamed: Session = { ...session, me: { id: 1, name: "Jana Dvořáková", email: "", role: "global_admin", language: "en-US", login: "jana", active: true, reminderDays: 7 } };
    let reads = 0;
    mockIPC((cmd) => {
      if (cmd === "get_session") return (reads++, renamed);
      throw new Error(cmd);
    }, { shouldMockEvents: true });
    const sessions: Session[] = [];
    renderWithSession(null, (s) => sessions.push(s));
    // Let the provider start listening.
    await act(async () => {});

    await changed({ action: "customer_added", customerId: 2 });
    expect(reads).toBe(0);
    await changed({ action: "staff_updated", customerId: null });
    await waitFor(() => expect(sessions).toEqual([renamed]));
    await changed({ action: null, customerId: null });
    await waitFor(() => expect(sessions).toHaveLength(2));
  });

  it("says while the workspace's server does not answer, keeps trying, and stops saying so once it answers", async () => {
    let failures = 0;
    mockIPC((cmd) => {
      if (cmd !== "list_staff") throw new Error(cmd);
      if (failures < 2) {
        failures += 1;
        throw { code: "unreachable", message: "The team workspace's server does not answer.", fields: [] };
      }
      return [];
    }, { shouldMockEvents: true });
    function Staff() {
      const staff = useStaff();
      const unreachable = useWorkspaceUnreachable();
      return <p data-testid="state">{unreachable ? "unreachable" : staff.data ? "listed" : "reading"}</p>;
    }
    renderWithSession(<Staff />);
    await waitFor(() => expect(screen.getByTestId("state").textContent).toBe("unreachable"));
    await waitFor(() => expect(screen.getByTestId("state").textContent).toBe("listed"), { timeout: 10_000 });
    expect(failures).toBe(2);
  }, 15_000);
});
