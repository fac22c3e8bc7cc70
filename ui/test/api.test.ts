import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { afterEach, describe, expect, it } from "vitest";
import { api, asApiError, isApiError } from "../src/api";
import type { ApiError } from "../src/bindings/ApiError";
import type { CustomerQuery } from "../src/bindings/CustomerQuery";

afterEach(() => clearMocks());

describe("api", () => {
  it("sends each command its typed arguments", async () => {
    const calls: [string, unknown][] = [];
    mockIPC((cmd, args) => {
      calls.push([cmd, args]);
      return { items: [], total: 0, offset: 0 };
    });
    const query: CustomerQuery = { search: "con", relationship: "invited", sort: "companyName", descending: true, offset: 50, limit: 50 };
    const page = await api.listCustomers(query);
    expect(page.total).toBe(0);
    expect(calls).toEqual([["list_customers", { query }]]);
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
