import { useEffect, useState, type FormEvent } from 'react';
import { describeError, graphql } from './api';

interface Viewer {
  name: string;
  role: string;
  organization: { name: string };
}

const TOKEN_KEY = 'portal.token';

const LOGIN = `mutation Login($email: String!, $password: String!) {
  login(email: $email, password: $password) { token user { name role organization { name } } }
}`;
// Also what a reload needs to show who is signed in, hence more than `me { name }`.
const ME = 'query Me { me { name role organization { name } } }';

/** Sign-in and who you are: the placeholder until the portal's screens land. */
export function App() {
  const [token, setToken] = useState(() => sessionStorage.getItem(TOKEN_KEY));
  const [viewer, setViewer] = useState<Viewer | null>(null);
  const [confirmed, setConfirmed] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  // Every new token is checked against the API with `me`, which also restores a reloaded page.
  useEffect(() => {
    if (!token) return;
    let current = true;
    void graphql<{ me: Viewer }>(ME, {}, token).then((result) => {
      if (!current) return;
      if (result.data?.me) {
        setViewer(result.data.me);
        setConfirmed(true);
        return;
      }
      const first = result.errors?.[0];
      if (first?.extensions?.code === 'UNAUTHENTICATED') {
        signOut();
        setError('Your session has ended. Please sign in again.');
      } else if (first) {
        setError(describeError(first));
      }
    });
    return () => {
      current = false;
    };
  }, [token]);

  async function signIn(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setError(null);
    setBusy(true);
    const result = await graphql<{ login: { token: string; user: Viewer } }>(LOGIN, {
      email: String(form.get('email') ?? '').trim(),
      password: String(form.get('password') ?? ''),
    });
    setBusy(false);
    const login = result.data?.login;
    if (!login) return setError(describeError(result.errors?.[0] ?? { message: 'no data' }));
    sessionStorage.setItem(TOKEN_KEY, login.token);
    setViewer(login.user);
    setConfirmed(false);
    setToken(login.token);
  }

  function signOut() {
    sessionStorage.removeItem(TOKEN_KEY);
    setToken(null);
    setViewer(null);
    setConfirmed(false);
  }

  return (
    <main className="shell">
      <h1>Service-partner portal</h1>
      {viewer ? (
        <section className="stack" aria-live="polite">
          <p>
            Signed in as <strong>{viewer.name}</strong> ({viewer.role}, {viewer.organization.name})
          </p>
          <p className="muted">{confirmed ? 'Connected to the API.' : 'Checking your session…'}</p>
          {error && (
            <p role="alert" className="error">
              {error}
            </p>
          )}
          <button type="button" onClick={signOut}>
            Sign out
          </button>
        </section>
      ) : token ? (
        <p className="muted" aria-live="polite">
          Restoring your session…
        </p>
      ) : (
        <form className="stack" onSubmit={signIn} aria-label="Sign in" aria-busy={busy}>
          <div className="field">
            <label htmlFor="email">Email</label>
            <input id="email" name="email" type="email" autoComplete="username" required />
          </div>
          <div className="field">
            <label htmlFor="password">Password</label>
            <input id="password" name="password" type="password" autoComplete="current-password" required />
          </div>
          {error && (
            <p role="alert" className="error">
              {error}
            </p>
          )}
          <button type="submit" disabled={busy}>
            {busy ? 'Signing in…' : 'Sign in'}
          </button>
        </form>
      )}
    </main>
  );
}
