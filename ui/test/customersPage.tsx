// What the Customers page's tests share: a session, customers, and the page rendered with its providers.
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import type { ReactNode } from "react";
import type { Customer } from "../src/bindings/Customer";
import type { Session } from "../src/bindings/Session";
import { Messages, MessagesProvider } from "../src/i18n";
import { QueryProvider } from "../src/queries";
import { SessionProvider } from "../src/session";
import { englishTranslations } from "./ftl";

export const session: Session = {
  profile: null, me: null, engine: "postgres", uiLanguage: "en-US", grants: [], invitationKinds: [], dapForced: false, partnerCenterPages: true, languages: ["en-US"], countries: ["CZ"],
  partnerTypes: [], clouds: [], roles: [], relationships: ["reseller"], updated: null,
};

export const customer = (id: number, companyName: string): Customer => ({
  id, companyName, primaryDomain: `${companyName.toLowerCase()}.cz`, microsoftId: null, country: "CZ", contactName: "",
  contactEmail: "", language: "en-US", tags: [], notes: "", relationship: "reseller", dapGranted: false,
  dapRemoval: null, providerId: null, providerName: null, createdAt: "2026-11-22T10:00:00.000Z",
  updatedAt: "2026-11-22T10:00:00.000Z", version: 1,
});

/** Resolves when told to, to look at the screen while a read is under way. */
export function later<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => { resolve = r; });
  return { promise, resolve };
}

export function renderWithSession(children: ReactNode, setSession: (s: Session) => void = () => {}) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <MessagesProvider messages={new Messages(englishTranslations())}>
        <SessionProvider value={{ session, setSession }}>
          <QueryProvider>{children}</QueryProvider>
        </SessionProvider>
      </MessagesProvider>
    </FluentProvider>,
  );
}

/** The company names listed, in order. */
export const names = () => screen.queryAllByTestId("customer-name").map((n) => n.textContent);
