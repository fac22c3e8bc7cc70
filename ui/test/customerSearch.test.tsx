import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { act, cleanup, fireEvent, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Customer } from "../src/bindings/Customer";
import type { CustomerQuery } from "../src/bindings/CustomerQuery";
import { CustomersPage } from "../src/pages/Customers/CustomersPage";
import { customer, later, names, renderWithSession } from "./customersPage";

afterEach(() => {
  vi.useRealTimers();
  cleanup();
  clearMocks();
});

const page = (...companies: string[]): Customer[] => companies.map((name, i) => customer(i + 1, name));

describe("searching customers", () => {
  it("asks at every keystroke and shows only the newest text's answer, whatever order they come in", async () => {
    const asked: string[] = [];
    const answers = new Map<string, ReturnType<typeof later<Customer[]>>>();
    mockIPC((cmd, args) => {
      if (cmd === "list_customers") {
        const search = (args as { query: CustomerQuery }).query.search;
        asked.push(search);
        const answer = later<Customer[]>();
        answers.set(search, answer);
        return answer.promise;
      }
      if (cmd === "customer_counts") return { reseller: 3, invited: 0, prospect: 0, removed: 0 };
      if (cmd === "window_ready") return null;
      throw new Error(cmd);
    });
    renderWithSession(<CustomersPage toasterId="toaster" onShowActivity={() => {}} />);
    await waitFor(() => expect(asked).toEqual([""]));
    await act(async () => answers.get("")!.resolve(page("Adatum", "Contoso", "Fabrikam")));
    await waitFor(() => expect(names()).toEqual(["Adatum", "Contoso", "Fabrikam"]));

    const box = screen.getByTestId("customers-search");
    // Each keystroke is asked at once, without waiting for the answers before it.
    await act(async () => fireEvent.change(box, { target: { value: "f" } }));
    await act(async () => fireEvent.change(box, { target: { value: "fa" } }));
    await act(async () => fireEvent.change(box, { target: { value: "fab" } }));
    await waitFor(() => expect(asked).toEqual(["", "f", "fa", "fab"]));
    expect(box).toHaveProperty("value", "fab");

    // The newest text's answer comes first and is shown; the older ones, arriving after it,
    // never replace it.
    await act(async () => answers.get("fab")!.resolve(page("Fabrikam s.r.o.")));
    await waitFor(() => expect(names()).toEqual(["Fabrikam s.r.o."]));
    await act(async () => answers.get("f")!.resolve(page("Fabrikam", "Fourth Coffee")));
    await act(async () => answers.get("fa")!.resolve(page("Fabrikam")));
    expect(names()).toEqual(["Fabrikam s.r.o."]);
    expect(asked).toEqual(["", "f", "fa", "fab"]);

    // Erased back to a text already answered: its answer shows at once.
    await act(async () => fireEvent.change(box, { target: { value: "fa" } }));
    await waitFor(() => expect(names()).toEqual(["Fabrikam"]));
  });

  it("counts the matches once typing pauses, and shows no total but the search's own", async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const counted: string[] = [];
    mockIPC((cmd, args) => {
      if (cmd === "list_customers") {
        const search = (args as { query: CustomerQuery }).query.search;
        return search === "" ? page("Adatum", "Contoso", "Fabrikam") : page("Fabrikam");
      }
      if (cmd === "customer_counts") {
        const search = (args as { search: string }).search;
        counted.push(search);
        return { reseller: search === "" ? 3 : 1, invited: 0, prospect: 0, removed: 0 };
      }
      if (cmd === "window_ready") return null;
      throw new Error(cmd);
    });
    renderWithSession(<CustomersPage toasterId="toaster" onShowActivity={() => {}} />);
    await waitFor(() => expect(screen.getByTestId("customers-count").textContent).toBe("3 customers"));

    const box = screen.getByTestId("customers-search");
    fireEvent.change(box, { target: { value: "f" } });
    fireEvent.change(box, { target: { value: "fa" } });
    await waitFor(() => expect(names()).toEqual(["Fabrikam"]));
    // The rows answer at once; the old total is not shown beside them, and nothing is counted yet.
    expect(screen.queryByTestId("customers-count")).toBeNull();
    expect(screen.getByTestId("pager-summary").textContent).toBe("1–1");
    expect(counted).not.toContain("fa");

    await act(async () => vi.advanceTimersByTime(300));
    await waitFor(() => expect(screen.getByTestId("customers-count").textContent).toBe("1 customer"));
    expect(counted.at(-1)).toBe("fa");
    expect(screen.getByTestId("pager-summary").textContent).toBe("1–1 of 1");
  });
});
