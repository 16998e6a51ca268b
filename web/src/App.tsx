import { Suspense, lazy, useMemo } from 'react';
import { ApolloProvider } from '@apollo/client/react';
import { NavLink, Navigate, Outlet, Route, Routes, useLocation } from 'react-router';
import { createTransport } from './apollo/client';
import { useRequestLanguage } from './apollo/request-language';
import { can, useSession, type SessionUser } from './session/session';
import { LiveEventsProvider, useLive } from './live/live-events';
import { SignIn } from './session/SignIn';
import { SurveyPage } from './features/survey/SurveyPage';
import { TrackPage } from './features/track/TrackPage';
import { RequestPage } from './features/track/RequestPage';
import { OfferLinkPage } from './features/offer/OfferLinkPage';
import { QuoteLinkPage } from './features/quote/QuoteLinkPage';
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
import { ClaimsList } from './features/claims/ClaimsList';
import { ClaimPage } from './features/claims/ClaimPage';
import { Admin } from './features/admin/Admin';
import { IntegrationsPage } from './features/integrations/IntegrationsPage';
import { usePageTitle } from './ui/usePageTitle';
import { Outbox } from './features/mail/Outbox';
import { Notifications } from './features/mail/Notifications';
import { UnsubscribePage } from './features/mail/UnsubscribePage';
import { BusinessCalendarPage } from './features/calendar/BusinessCalendarPage';
import { JoinShell } from './features/onboarding/JoinPage';
import { TeamPage } from './features/onboarding/TeamPage';
import { LanguageSwitch, isMessageId, useT, type MessageId } from './i18n';
import { ReturnsPage } from './returns/ReturnsPage';
import { useSaveLanguage, useUserLocale } from './session/preferences';

// The technicians' calendar (FullCalendar, with its styles) loads with its screen, not with the first one.
const Schedule = lazy(() => import('./features/schedule/Schedule').then((module) => ({ default: module.Schedule })));

interface Screen {
  path: string;
  label: MessageId;
  roles: string[];
  /** Shown to whoever holds this capability (the server's policy says which roles), instead of by role. */
  capability?: string;
}

/** Each role's screens; the first is its home. */
const SCREENS: Screen[] = [
  { path: '/board', label: 'app.nav.board', roles: ['DISPATCHER', 'ADMIN'] },
  { path: '/jobs/new', label: 'app.nav.newJob', roles: ['DISPATCHER', 'ADMIN'] },
  { path: '/requests', label: 'app.nav.requests', roles: ['DISPATCHER', 'ADMIN'] },
  { path: '/inbox', label: 'app.nav.inbox', roles: ['PARTNER_ADMIN'] },
  { path: '/work', label: 'app.nav.work', roles: ['TECHNICIAN', 'PARTNER_ADMIN'] },
  { path: '/schedule', label: 'schedule.nav', roles: ['PARTNER_ADMIN'] },
  { path: '/parts', label: 'app.nav.parts', roles: ['PARTS_CLERK', 'ADMIN'] },
  { path: '/audit', label: 'app.nav.audit', roles: ['AUDITOR', 'ADMIN', 'PARTNER_ADMIN'] },
  { path: '/claims', label: 'claims.nav', roles: [], capability: 'CLAIM_READ' },
  { path: '/admin', label: 'app.nav.admin', roles: ['ADMIN'] },
  { path: '/jobs', label: 'app.nav.jobs', roles: ['DISPATCHER', 'ADMIN', 'AUDITOR', 'PARTS_CLERK'] },
  { path: '/integrations', label: 'app.nav.integrations', roles: [], capability: 'INTEGRATIONS_MANAGE' },
  { path: '/outbox', label: 'app.nav.outbox', roles: [], capability: 'OUTBOX_READ' },
  { path: '/settings/calendar', label: 'calendar.nav', roles: [], capability: 'BUSINESS_CALENDAR_SET' },
  { path: '/team', label: 'onboarding.team.nav', roles: [], capability: 'TEAM_MANAGE' },
  { path: '/returns', label: 'returns.nav', roles: [], capability: 'RETURN_READ' },
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
        <Route path="/quote/:token" element={<QuoteLinkPage />} />
        <Route path="/unsubscribe/:token" element={<UnsubscribePage />} />
      </Route>
      {/* A partner invitation: public, and with a session (a firm already on the portal) it joins with the session's firm. */}
      <Route path="/join/:token" element={<JoinShell />} />
      <Route path="*" element={token && user ? <SignedIn token={token} user={user} /> : <SignIn />} />
    </Routes>
  );
}

function PublicShell() {
  const transport = useMemo(() => createTransport(null), []);
  useRequestLanguage(transport.apollo);
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
  useRequestLanguage(transport.apollo);
  const home = screensFor(user)[0]?.path ?? '/work';
  const { pathname } = useLocation();
  const t = useT();
  // The screens of the menu are named here; a case file and a partner's scorecard name themselves.
  const screen =
    SCREENS.find((candidate) => candidate.path === pathname)?.label ?? (pathname === '/settings/notifications' ? 'app.nav.notifications' : undefined);
  usePageTitle(screen && t(screen));
  useUserLocale(user);
  return (
    <ApolloProvider client={transport.apollo}>
      <LiveEventsProvider ws={transport.ws} apollo={transport.apollo}>
        <a className="skip-link" href="#main">
          {t('app.skipLink')}
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
            <Route path="/claims" element={<ClaimsList />} />
            <Route path="/claims/:id" element={<ClaimPage />} />
            <Route path="/admin" element={<Admin />} />
            <Route path="/integrations" element={<IntegrationsPage />} />
            <Route path="/outbox" element={<Outbox />} />
            <Route path="/settings/notifications" element={<Notifications />} />
            <Route
              path="/schedule"
              element={
                <Suspense fallback={null}>
                  <Schedule />
                </Suspense>
              }
            />
            <Route path="/settings/calendar" element={<BusinessCalendarPage />} />
            <Route path="/team" element={<TeamPage />} />
            <Route path="/returns" element={<ReturnsPage />} />
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
  const t = useT();
  const saveLanguage = useSaveLanguage();
  const role = `app.role.${user.role}`;
  return (
    <header className="topbar">
      <span className="brand">{t('app.name')}</span>
      <nav aria-label={t('app.nav.main')}>
        {screensFor(user).map((screen) => (
          <NavLink key={screen.path} to={screen.path} end>
            {t(screen.label)}
          </NavLink>
        ))}
      </nav>
      <span className={`live ${connected ? 'live-on' : 'live-off'}`} role="status" aria-label={t(connected ? 'app.live.onLabel' : 'app.live.offLabel')}>
        {t(connected ? 'app.live.on' : 'app.live.off')}
      </span>
      <span className="who">
        {user.name}
        <span className="muted">
          {' '}
          · {isMessageId(role) ? t(role) : user.role} · {user.organization.name}
        </span>
      </span>
      <NavLink to="/settings/notifications" className="link">
        {t('app.nav.notifications')}
      </NavLink>
      <LanguageSwitch onChange={saveLanguage} />
      <button type="button" className="link" onClick={signOut}>
        {t('app.signOut')}
      </button>
    </header>
  );
}
