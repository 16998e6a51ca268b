import { useMemo, useState, type FormEvent } from 'react';
import { ApolloProvider, useMutation, useQuery } from '@apollo/client/react';
import { Link, useNavigate, useParams } from 'react-router';
import { graphql } from '../../gql';
import type { OrgKind } from '../../gql/graphql';
import { createTransport } from '../../apollo/client';
import { useRequestLanguage } from '../../apollo/request-language';
import { useSession } from '../../session/session';
import { ErrorNote } from '../../ui/ErrorNote';
import { describeError } from '../../ui/errors';
import { usePageTitle } from '../../ui/usePageTitle';
import { LanguageSwitch, useFormat, useT } from '../../i18n';
import { EnumOptions } from '../../ui/EnumOptions';

const INVITATION = graphql(`
  query JoinInvitation($token: String!) { invitation(token: $token) { manufacturerName email firmName kind state expiresAt firmKnown } }
`);

const REGISTER = graphql(`
  mutation RegisterByInvitation($token: String!, $input: RegistrationInput!) {
    registerByInvitation(token: $token, input: $input) { token user { id name email role capabilities locale timeZone organization { id name kind currency } } }
  }
`);

const JOIN = graphql(`
  mutation JoinByInvitation($token: String!) { joinByInvitation(token: $token) { id state } }
`);

const SIGN_IN = graphql(`
  mutation JoinSignIn($email: String!, $password: String!) {
    login(email: $email, password: $password) { token user { id name email role capabilities locale timeZone organization { id name kind currency } } }
  }
`);

const KINDS: OrgKind[] = ['BRANCH', 'DEALER', 'INDEPENDENT_SPECIALIST', 'CONSORTIUM_PARTNER'];

/** `/join/<token>`: a manufacturer's invitation, public; signed in (a firm already on the portal) it joins with the session's firm. */
export function JoinShell() {
  const { token } = useSession();
  const transport = useMemo(() => createTransport(token), [token]);
  useRequestLanguage(transport.apollo);
  return (
    <ApolloProvider client={transport.apollo}>
      <JoinPage />
    </ApolloProvider>
  );
}

function JoinPage() {
  const t = useT();
  const { token = '' } = useParams();
  const { user } = useSession();
  const { data, error } = useQuery(INVITATION, { variables: { token }, fetchPolicy: 'network-only' });
  const invitation = data?.invitation;
  usePageTitle(invitation ? t('onboarding.join.titleOf', { manufacturer: invitation.manufacturerName }) : t('onboarding.join.title'));
  return (
    <main className="customer stack">
      <div className="row spread">
        <h1>{invitation ? t('onboarding.join.titleOf', { manufacturer: invitation.manufacturerName }) : t('onboarding.join.title')}</h1>
        <LanguageSwitch />
      </div>
      {!invitation ? (
        error ? (
          <p role="alert" className="note note-error">
            {describeError(error, t).code === 'NOT_FOUND' ? t('onboarding.join.invalid') : describeError(error, t).title}
          </p>
        ) : (
          <p className="muted">{t('onboarding.join.loading')}</p>
        )
      ) : invitation.state !== 'PENDING' ? (
        <p role="alert" className="note">
          {invitation.state === 'EXPIRED'
            ? t('onboarding.join.expired', { manufacturer: invitation.manufacturerName })
            : t('onboarding.join.used', { manufacturer: invitation.manufacturerName })}
        </p>
      ) : user && user.role === 'PARTNER_ADMIN' ? (
        <JoinWithFirm token={token} manufacturer={invitation.manufacturerName} firm={user.organization.name} />
      ) : (
        <Choose token={token} invitation={invitation} />
      )}
    </main>
  );
}

type Invitation = { manufacturerName: string; email: string; firmName?: string | null; kind?: OrgKind | null; expiresAt: string; firmKnown: boolean };

/** Not signed in: register a new firm, or sign in with a firm already on the portal (the only way when the address is known). */
function Choose({ token, invitation }: { token: string; invitation: Invitation }) {
  const t = useT();
  const f = useFormat();
  const [signingIn, setSigningIn] = useState(invitation.firmKnown);
  return (
    <div className="stack">
      <p>{t('onboarding.join.intro', { manufacturer: invitation.manufacturerName, until: f.dateTime(invitation.expiresAt) })}</p>
      {signingIn ? (
        <>
          <p>{t(invitation.firmKnown ? 'onboarding.join.known' : 'onboarding.join.existing')}</p>
          <SignIn email={invitation.firmKnown ? invitation.email : ''} />
          {!invitation.firmKnown && (
            <button type="button" className="link" onClick={() => setSigningIn(false)}>
              {t('onboarding.join.registerInstead')}
            </button>
          )}
        </>
      ) : (
        <>
          <Register token={token} invitation={invitation} />
          <button type="button" className="link" onClick={() => setSigningIn(true)}>
            {t('onboarding.join.signInInstead')}
          </button>
        </>
      )}
    </div>
  );
}

function Register({ token, invitation }: { token: string; invitation: Invitation }) {
  const t = useT();
  const { signIn } = useSession();
  const navigate = useNavigate();
  const [register, { loading, error }] = useMutation(REGISTER);
  const [v, set] = useState({
    firmName: invitation.firmName ?? '',
    kind: invitation.kind ?? ('DEALER' as OrgKind),
    country: '',
    address: '',
    regions: '',
    adminName: '',
    password: '',
  });
  async function submit(event: FormEvent) {
    event.preventDefault();
    const regions = v.regions
      .split(/[\s,]+/)
      .filter(Boolean)
      .map((region) => region.toUpperCase());
    const result = await register({ variables: { token, input: { ...v, country: v.country.toUpperCase(), regions } } }).catch(() => null);
    const answer = result?.data?.registerByInvitation;
    if (!answer) return;
    signIn(answer.token, answer.user);
    void navigate('/team');
  }
  return (
    <form className="panel stack" aria-label={t('onboarding.register.title')} onSubmit={submit}>
      <h2>{t('onboarding.register.title')}</h2>
      <label>
        {t('onboarding.register.firmName')}
        <input required maxLength={200} value={v.firmName} onChange={(e) => set({ ...v, firmName: e.target.value })} />
      </label>
      <label>
        {t('onboarding.register.kind')}
        <select value={v.kind} onChange={(e) => set({ ...v, kind: e.target.value as OrgKind })}>
          <EnumOptions of="OrgKind" values={KINDS} />
        </select>
      </label>
      <label>
        {t('onboarding.register.country')}
        <input required pattern="[A-Za-z]{2}" size={3} value={v.country} onChange={(e) => set({ ...v, country: e.target.value })} />
      </label>
      <label>
        {t('onboarding.register.address')}
        <textarea required rows={2} value={v.address} onChange={(e) => set({ ...v, address: e.target.value })} />
      </label>
      <label>
        {t('onboarding.register.regions')}
        <input value={v.regions} placeholder="NORTH, EAST" onChange={(e) => set({ ...v, regions: e.target.value })} />
      </label>
      <fieldset className="stack">
        <legend>{t('onboarding.register.admin')}</legend>
        <p className="small muted">{t('onboarding.register.signsInAs', { email: invitation.email })}</p>
        <label>
          {t('onboarding.register.adminName')}
          <input required autoComplete="name" value={v.adminName} onChange={(e) => set({ ...v, adminName: e.target.value })} />
        </label>
        <label>
          {t('onboarding.register.password')}
          <input
            required
            type="password"
            minLength={8}
            autoComplete="new-password"
            value={v.password}
            onChange={(e) => set({ ...v, password: e.target.value })}
          />
        </label>
      </fieldset>
      <ErrorNote error={error} />
      <button type="submit" disabled={loading}>
        {t('onboarding.register.submit')}
      </button>
    </form>
  );
}

function SignIn({ email: invited }: { email: string }) {
  const t = useT();
  const { signIn } = useSession();
  const [login, { loading, error }] = useMutation(SIGN_IN);
  const [email, setEmail] = useState(invited);
  const [password, setPassword] = useState('');
  return (
    <form
      className="panel stack"
      aria-label={t('session.signIn')}
      onSubmit={(event) => {
        event.preventDefault();
        void login({ variables: { email, password } })
          .then((result) => result.data && signIn(result.data.login.token, result.data.login.user))
          .catch(() => undefined);
      }}
    >
      <label>
        {t('session.email')}
        <input type="email" required autoComplete="username" value={email} onChange={(e) => setEmail(e.target.value)} />
      </label>
      <label>
        {t('session.password')}
        <input type="password" required autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} />
      </label>
      <ErrorNote error={error} />
      <button type="submit" disabled={loading}>
        {t('session.signIn')}
      </button>
    </form>
  );
}

function JoinWithFirm({ token, manufacturer, firm }: { token: string; manufacturer: string; firm: string }) {
  const t = useT();
  const [join, { data, loading, error }] = useMutation(JOIN);
  if (data?.joinByInvitation) {
    return (
      <div className="stack">
        <p role="status" className="note">
          {t('onboarding.join.joined', { manufacturer, firm })}
        </p>
        <Link to="/">{t('onboarding.join.toPortal')}</Link>
      </div>
    );
  }
  return (
    <div className="stack">
      <p>{t('onboarding.join.withFirm', { manufacturer, firm })}</p>
      <ErrorNote error={error} />
      <button type="button" disabled={loading} onClick={() => void join({ variables: { token } }).catch(() => undefined)}>
        {t('onboarding.join.submit', { firm })}
      </button>
    </div>
  );
}
