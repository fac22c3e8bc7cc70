// The one place that talks to the Rust side. Every command is typed with the types generated
// from Rust in ./bindings; an error is always an ApiError with its message in the user's language.
import { invoke } from "@tauri-apps/api/core";
import type { ActivityPage } from "./bindings/ActivityPage";
import type { ActivityQuery } from "./bindings/ActivityQuery";
import type { ApiError } from "./bindings/ApiError";
import type { Customer } from "./bindings/Customer";
import type { CustomerInput } from "./bindings/CustomerInput";
import type { CustomerPage } from "./bindings/CustomerPage";
import type { CustomerQuery } from "./bindings/CustomerQuery";
import type { Language } from "./bindings/Language";
import type { ProfileInput } from "./bindings/ProfileInput";
import type { Session } from "./bindings/Session";
import type { Translations } from "./bindings/Translations";

export function isApiError(e: unknown): e is ApiError {
  return typeof e === "object" && e !== null && "code" in e && "message" in e && "fields" in e;
}

/** Any thrown value as an ApiError, so callers handle one shape. */
export function asApiError(e: unknown): ApiError {
  if (isApiError(e)) return e;
  return { code: "storage", message: String(e instanceof Error ? e.message : e), fields: [] };
}

async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (e) {
    throw asApiError(e);
  }
}

export const api = {
  loadTranslations: (language: Language) => call<Translations>("load_translations", { language }),
  getSession: () => call<Session>("get_session"),
  saveProfile: (input: ProfileInput) => call<Session>("save_profile", { input }),
  setUiLanguage: (language: Language) => call<Session>("set_ui_language", { language }),
  listCustomers: (query: CustomerQuery) => call<CustomerPage>("list_customers", { query }),
  getCustomer: (id: number) => call<Customer>("get_customer", { id }),
  addCustomer: (input: CustomerInput) => call<Customer>("add_customer", { input }),
  updateCustomer: (id: number, input: CustomerInput) => call<Customer>("update_customer", { id, input }),
  listActivity: (query: ActivityQuery) => call<ActivityPage>("list_activity", { query }),
};
