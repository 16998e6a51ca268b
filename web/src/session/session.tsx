import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

export interface SessionUser {
  id: string;
  name: string;
  email: string;
  role: string;
  /** What the role may do, as the server says (a session from before this field: none). */
  capabilities?: readonly string[];
  /** `currency`: the organization's own (new prices default to it); a session from before it: none. */
  organization: { id: string; name: string; kind: string; currency?: string };
  /** The user's stored language and time zone (null: the browser's); a session from before them: none. */
  locale?: string | null;
  timeZone?: string | null;
}

interface Session {
  token: string | null;
  user: SessionUser | null;
  signIn(token: string, user: SessionUser): void;
  signOut(): void;
}

const SessionContext = createContext<Session | null>(null);
const KEY = 'portal.session';

/** Who is signed in, kept for the browser tab (sessionStorage), so a reload keeps you signed in. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<{ token: string | null; user: SessionUser | null }>(() => {
    try {
      return JSON.parse(sessionStorage.getItem(KEY) ?? '') as { token: string; user: SessionUser };
    } catch {
      return { token: null, user: null };
    }
  });
  const signIn = useCallback((token: string, user: SessionUser) => {
    sessionStorage.setItem(KEY, JSON.stringify({ token, user }));
    setState({ token, user });
  }, []);
  const signOut = useCallback(() => {
    sessionStorage.removeItem(KEY);
    setState({ token: null, user: null });
  }, []);
  const value = useMemo(() => ({ ...state, signIn, signOut }), [state, signIn, signOut]);
  return <SessionContext value={value}>{children}</SessionContext>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

/** Whether the signed-in user's role holds a capability of the server's access policy (for what to offer; the server still decides). */
export const can = (user: SessionUser | null, capability: string): boolean => user?.capabilities?.includes(capability) ?? false;
