import { useEffect, useState, type FormEvent } from 'react';
import { describeError, graphql } from './api';

interface Me {
  name: string;
  role: string;
  organization: { name: string };
}

const ME = '{ me { name role organization { name } } }';

/** Sign-in and who you are: the placeholder until the portal's screens land. */
export function App() {
  const [token, setToken] = useState(() => sessionStorage.getItem('token'));
  const [me, setMe] = useState<Me | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!token) return;
    void graphql<{ me: Me }>(ME, {}, token).then((result) => {
      if (result.data) setMe(result.data.me);
      else signOut();
    });
  }, [token]);

  async function signIn(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setError(null);
    const result = await graphql<{ login: { token: string } }>(
      'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
      { email: form.get('email'), password: form.get('password') },
    );
    if (result.errors?.length) return setError(describeError(result.errors[0]));
    sessionStorage.setItem('token', result.data!.login.token);
    setToken(result.data!.login.token);
  }

  function signOut() {
    sessionStorage.removeItem('token');
    setToken(null);
    setMe(null);
  }

  return (
    <main className="shell">
      <h1>Service-partner portal</h1>
      {me ? (
        <section aria-live="polite">
          <p>
            Signed in as <strong>{me.name}</strong> ({me.role}, {me.organization.name}).
          </p>
          <button type="button" onClick={signOut}>
            Sign out
          </button>
        </section>
      ) : (
        <form onSubmit={signIn} aria-label="Sign in">
          <label>
            Email
            <input name="email" type="email" autoComplete="username" required />
          </label>
          <label>
            Password
            <input name="password" type="password" autoComplete="current-password" required />
          </label>
          {error && (
            <p role="alert" className="error">
              {error}
            </p>
          )}
          <button type="submit">Sign in</button>
        </form>
      )}
    </main>
  );
}
