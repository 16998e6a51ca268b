import { useMemo } from 'react';
import { ApolloProvider } from '@apollo/client/react';
import { NavLink, Navigate, Outlet, Route, Routes, useLocation } from 'react-router';
import { createTransport } from './apollo/client';
import { can, useSession, type SessionUser } from './session/session';
import { LiveEventsProvider, useLive } from './live/live-events';
import { SignIn } from './session/SignIn';
import { SurveyPage } from './features/survey/SurveyPage';
import { TrackPage } from './features/track/TrackPage';
import { RequestPage } from './features/track/RequestPage';
import { OfferLinkPage } from './features/offer/OfferLinkPage';
import { ServiceRequests } from './features/requests/ServiceRequests';
import { Board } from './features/board/Board';
import { NewJob } from './features/board/NewJob';
import { JobList } from './features/board/JobList';
import { CaseFile } from './features/job/CaseFile';
import { Inbox } from './features/inbox/Inbox';
import { MyJobs } from './features/work/MyJobs';
import { PartsQueue } from './features/parts/PartsQueue';
import { Audit } from './features/audit/Audit';
import { PartnerDetail } from './features/audit/PartnerDetail';
import { Admin } from './features/admin/Admin';
import { IntegrationsPage } from './features/integrations/IntegrationsPage';
import { usePageTitle } from './ui/usePageTitle';
import { Outbox } from './features/mail/Outbox';
import { Notifications } from './features/mail/Notifications';
import { UnsubscribePage } from './features/mail/UnsubscribePage';

interface Screen {
  path: string;
  label: string;
  roles: string[];
  /** Shown to whoever holds this capability (the server's policy says which roles), instead of by role. */
  capability?: string;
}

/** Each role's screens; the first is its home. */
const SCREENS: Screen[] = [
  { path: '/board', label: 'Board', roles: ['DISPATCHER', 'ADMIN'] },
  { path: '/jobs/new', label: 'New job', roles: ['DISPATCHER', 'ADMIN'] },
  { path: '/requests', label: 'Customer requests', roles: ['DISPATCHER', 'ADMIN'] },
  { path: '/inbox', label: 'Inbox', roles: ['PARTNER_ADMIN'] },
  { path: '/work', label: 'My jobs', roles: ['TECHNICIAN', 'PARTNER_ADMIN'] },
  { path: '/parts', label: 'Parts requests', roles: ['PARTS_CLERK', 'ADMIN'] },
  { path: '/audit', label: 'Scorecards', roles: ['AUDITOR', 'ADMIN', 'PARTNER_ADMIN'] },
  { path: '/admin', label: 'Network', roles: ['ADMIN'] },
  { path: '/jobs', label: 'All jobs', roles: ['DISPATCHER', 'ADMIN', 'AUDITOR', 'PARTS_CLERK'] },
  { path: '/integrations', label: 'Integrations', roles: [], capability: 'INTEGRATIONS_MANAGE' },
  { path: '/outbox', label: 'Outbox', roles: [], capability: 'OUTBOX_READ' },
];

const screensFor = (user: SessionUser) =>
  SCREENS.filter((screen) => screen.roles.includes(user.role) || (screen.capability !== undefined && can(user, screen.capability)));

export function App() {
  const { token, user } = useSession();
  return (
    <Routes>
      {/* The customer's pages: no account, each answers only to its link's token (or, /request, to nobody in particular). */}
      <Route element={<PublicShell />}>
        <Route path="/survey/:token" element={<SurveyPage />} />
        <Route path="/track/:token" element={<TrackPage />} />
        <Route path="/request" element={<RequestPage />} />
        {/* A mailed offer's accept or decline link: the token acts for the partner admin the mail went to. */}
        <Route path="/offer/:token" element={<OfferLinkPage />} />
        <Route path="/unsubscribe/:token" element={<UnsubscribePage />} />
      </Route>
      <Route path="*" element={token && user ? <SignedIn token={token} user={user} /> : <SignIn />} />
    </Routes>
  );
}

function PublicShell() {
  const transport = useMemo(() => createTransport(null), []);
  return (
    <ApolloProvider client={transport.apollo}>
      <Outlet />
    </ApolloProvider>
  );
}

function SignedIn({ token, user }: { token: string; user: SessionUser }) {
  const { signOut } = useSession();
  // When the token expires the socket is closed (4403): back to the sign-in form; the next session
  // has a cache of its own, read afresh, and a live feed that goes on from then.
  const transport = useMemo(() => createTransport(token, signOut), [token, signOut]);
  const home = screensFor(user)[0]?.path ?? '/work';
  const { pathname } = useLocation();
  // The screens of the menu are named here; a case file and a partner's scorecard name themselves.
  usePageTitle(SCREENS.find((screen) => screen.path === pathname)?.label ?? (pathname === '/settings/notifications' ? 'Notifications' : undefined));
  return (
    <ApolloProvider client={transport.apollo}>
      <LiveEventsProvider ws={transport.ws} apollo={transport.apollo}>
        <a className="skip-link" href="#main">
          Skip to the screen
        </a>
        <Header user={user} />
        <main className="page" id="main" tabIndex={-1}>
          <Routes>
            <Route path="/" element={<Navigate to={home} replace />} />
            <Route path="/board" element={<Board />} />
            <Route path="/jobs/new" element={<NewJob />} />
            <Route path="/requests" element={<ServiceRequests />} />
            <Route path="/jobs" element={<JobList />} />
            <Route path="/jobs/:id" element={<CaseFile />} />
            <Route path="/inbox" element={<Inbox />} />
            <Route path="/work" element={<MyJobs />} />
            <Route path="/parts" element={<PartsQueue />} />
            <Route path="/audit" element={<Audit />} />
            <Route path="/audit/partners/:id" element={<PartnerDetail />} />
            <Route path="/admin" element={<Admin />} />
            <Route path="/integrations" element={<IntegrationsPage />} />
            <Route path="/outbox" element={<Outbox />} />
            <Route path="/settings/notifications" element={<Notifications />} />
            <Route path="*" element={<Navigate to={home} replace />} />
          </Routes>
        </main>
      </LiveEventsProvider>
    </ApolloProvider>
  );
}

function Header({ user }: { user: SessionUser }) {
  const { signOut } = useSession();
  const { connected } = useLive();
  return (
    <header className="topbar">
      <span className="brand">Service-partner portal</span>
      <nav aria-label="Main">
        {screensFor(user).map((screen) => (
          <NavLink key={screen.path} to={screen.path} end>
            {screen.label}
          </NavLink>
        ))}
      </nav>
      <span className={`live ${connected ? 'live-on' : 'live-off'}`} role="status" aria-label={connected ? 'Live updates connected' : 'Reconnecting'}>
        {connected ? '● Live' : '○ Reconnecting…'}
      </span>
      <span className="who">
        {user.name}
        <span className="muted">
          {' '}
          · {user.role.replaceAll('_', ' ').toLowerCase()} · {user.organization.name}
        </span>
      </span>
      <NavLink to="/settings/notifications" className="link">
        Notifications
      </NavLink>
      <button type="button" className="link" onClick={signOut}>
        Sign out
      </button>
    </header>
  );
}
