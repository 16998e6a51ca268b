import { useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { ErrorNote } from '../../ui/ErrorNote';
import { Empty, Loading } from '../../ui/States';

const PREFERENCES = graphql(`
  query MyNotificationPreferences { myNotificationPreferences { kind label enabled } }
`);

const SET_PREFERENCE = graphql(`
  mutation SetNotificationPreference($kind: MailKind!, $enabled: Boolean!) { setNotificationPreference(kind: $kind, enabled: $enabled) { kind label enabled } }
`);

/** Which of the emails their role gets a signed-in user receives; every kind is on until switched off. */
export function Notifications() {
  const { data, loading, error } = useQuery(PREFERENCES);
  // The answer updates the cached preference (keyed by kind, apollo/cache.ts); the optimistic one ticks the box at once.
  const [save, saving] = useMutation(SET_PREFERENCE);
  const preferences = data?.myNotificationPreferences ?? [];
  return (
    <section aria-labelledby="notifications-title" className="stack">
      <h1 id="notifications-title">Notifications</h1>
      <p className="muted">The emails your role receives. Switch off those you do not want; the portal still shows everything.</p>
      <ErrorNote error={error ?? saving.error} />
      {loading && !data ? (
        <Loading what="Loading your notifications" />
      ) : preferences.length === 0 ? (
        <Empty>Your role receives no email from the portal.</Empty>
      ) : (
        <fieldset className="stack">
          <legend>Email me when…</legend>
          {preferences.map((preference) => (
            <label key={preference.kind}>
              <input
                type="checkbox"
                checked={preference.enabled}
                onChange={(event) => {
                  const enabled = event.target.checked;
                  void save({
                    variables: { kind: preference.kind, enabled },
                    optimisticResponse: { __typename: 'Mutation', setNotificationPreference: { ...preference, enabled } },
                  }).catch(() => undefined);
                }}
              />{' '}
              {preference.label}
            </label>
          ))}
        </fieldset>
      )}
    </section>
  );
}
