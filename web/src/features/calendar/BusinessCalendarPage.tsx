import { useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { useSession } from '../../session/session';
import { useT } from '../../i18n';
import { ErrorNote } from '../../ui/ErrorNote';
import { Loading } from '../../ui/States';
import { BUSINESS_CALENDARS } from './calendar.documents';
import { BusinessCalendarForm } from './BusinessCalendarForm';

/** The admin's own organization's working time (manufacturer or partner): the calendar its business-time clocks follow. */
export function BusinessCalendarPage() {
  const t = useT();
  const { user } = useSession();
  const { data, loading, error } = useQuery(BUSINESS_CALENDARS);
  const own = useMemo(() => data?.businessCalendars.find((calendar) => calendar.organizationId === user?.organization.id) ?? null, [data, user]);
  return (
    <section aria-labelledby="calendar-title" className="stack">
      <h1 id="calendar-title">{t('calendar.title')}</h1>
      <p className="muted">{t('calendar.intro')}</p>
      <ErrorNote error={error} />
      {loading && !data ? (
        <Loading what={t('calendar.loading')} />
      ) : (
        // Keyed by version: a save (or another admin's, read again) starts the form from what the server keeps.
        <BusinessCalendarForm key={own ? `${own.organizationId}:${own.version}` : 'new'} calendar={own} />
      )}
    </section>
  );
}
