import { createContext, useContext, type ReactNode } from "react";
import type { Action } from "./bindings/Action";
import type { Grant } from "./bindings/Grant";
import type { Session } from "./bindings/Session";

interface SessionState {
  session: Session;
  setSession: (s: Session) => void;
}

const SessionContext = createContext<SessionState | null>(null);

export function SessionProvider({ value, children }: { value: SessionState; children: ReactNode }) {
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const s = useContext(SessionContext);
  if (!s) throw new Error("useSession outside SessionProvider");
  return s;
}

/** The core's answer to whether the staff member may take `action`, and why not. */
export function useGrant(action: Action): Grant {
  const { session } = useSession();
  return session.grants.find((g) => g.action === action) ?? { action, allowed: false };
}
