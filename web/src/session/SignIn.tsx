import { useMemo, useState, type FormEvent } from 'react';
import { ApolloProvider, useMutation } from '@apollo/client/react';
import { createTransport } from '../apollo/client';
import { graphql } from '../gql';
import { LanguageSwitch, useT } from '../i18n';
import { ErrorNote } from '../ui/ErrorNote';
import { usePageTitle } from '../ui/usePageTitle';
import { useSession } from './session';

const LOGIN = graphql(`
  mutation SignIn($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      token
      user { id name email role capabilities locale timeZone organization { id name kind currency } }
    }
  }
`);

export function SignIn() {
  const transport = useMemo(() => createTransport(null), []);
  return (
    <ApolloProvider client={transport.apollo}>
      <SignInForm />
    </ApolloProvider>
  );
}

function SignInForm() {
  const { signIn } = useSession();
  const [login, { loading, error }] = useMutation(LOGIN);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const t = useT();
  usePageTitle(t('session.signIn'));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await login({ variables: { email, password } }).catch(() => null);
    if (result?.data) signIn(result.data.login.token, result.data.login.user);
  }

  return (
    <main className="signin">
      <div className="row spread">
        <h1>{t('app.name')}</h1>
        {/* Chosen before signing in: the form and the first screen are in that language already. */}
        <LanguageSwitch />
      </div>
      <form onSubmit={submit} aria-label={t('session.signIn')} className="stack">
        <label>
          {t('session.email')}
          <input name="email" type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />
        </label>
        <label>
          {t('session.password')}
          <input name="password" type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
        </label>
        <ErrorNote error={error} />
        <button type="submit" disabled={loading}>
          {t(loading ? 'session.signingIn' : 'session.signIn')}
        </button>
      </form>
      <p className="muted small">
        {t('session.demo', { accounts: 'dispatcher@maker.demo, admin@alpine-service.demo, tech@alpine-service.demo', password: 'demo' })}
      </p>
    </main>
  );
}
