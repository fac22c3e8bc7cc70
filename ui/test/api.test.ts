import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { afterEach, describe, expect, it } from "vitest";
import { api, asApiError, isApiError } from "../src/api";
import type { ApiError } from "../src/bindings/ApiError";
import type { CustomerQuery } from "../src/bindings/CustomerQuery";
import type { ImportProgress } from "../src/bindings/ImportProgress";

afterEach(() => clearMocks());

describe("api", () => {
  it("sends each command its typed arguments", async () => {
    const calls: [string, unknown][] = [];
    mockIPC((cmd, args) => {
      calls.push([cmd, args]);
      return [];
    });
    const query: CustomerQuery = { search: "con", relationship: "invited", sort: "companyName", descending: true, offset: 50, limit: 50 };
    const rows = await api.listCustomers(query);
    expect(rows).toEqual([]);
    expect(calls).toEqual([["list_customers", { query }]]);
  });

  it("gives the import a channel whose progress reaches the caller", async () => {
    const calls: [string, unknown][] = [];
    mockIPC((cmd, args) => {
      const { apply, onProgress } = args as { apply: boolean; onProgress: { id: number } };
      calls.push([cmd, apply]);
      // What the Rust side does with the channel: one message, then the report.
      const internals = (window as unknown as { __TAURI_INTERNALS__: { runCallback: (id: number, data: unknown) => void } }).__TAURI_INTERNALS__;
      internals.runCallback(onProgress.id, { index: 0, message: { done: 3, total: 8 } });
      return { applied: false };
    });
    const heard: ImportProgress[] = [];
    await api.importCustomers(false, (p) => heard.push(p));
    expect(calls).toEqual([["import_customers", false]]);
    expect(heard).toEqual([{ done: 3, total: 8 }]);
  });

  it("passes the core's errors through as ApiError", async () => {
    const error: ApiError = { code: "invalid", message: "Partner tenant ID: enter a GUID", field: "tenantId", fields: [{ field: "tenantId", message: "Partner tenant ID: enter a GUID" }] };
    mockIPC(() => {
      throw error;
    });
    await expect(api.getSession()).rejects.toEqual(error);
  });

  it("turns anything else thrown into an ApiError", () => {
    const e = asApiError(new Error("IPC gone"));
    expect(isApiError(e)).toBe(true);
    expect(e.message).toBe("IPC gone");
    expect(isApiError({ message: "x" })).toBe(false);
  });
});
