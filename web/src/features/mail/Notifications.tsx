import { useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { ErrorNote } from '../../ui/ErrorNote';
import { Empty, Loading } from '../../ui/States';
import { isMessageId, useT } from '../../i18n';

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
  const t = useT();
  /** The portal's words for a kind of mail; the server's own label for a kind the catalogue does not know yet. */
  const kindLabel = (kind: string, label: string) => {
    const id = `mail.preference.${kind}`;
    return isMessageId(id) ? t(id) : label;
  };
  return (
    <section aria-labelledby="notifications-title" className="stack">
      <h1 id="notifications-title">{t('mail.notifications.title')}</h1>
      <p className="muted">{t('mail.notifications.intro')}</p>
      <ErrorNote error={error ?? saving.error} />
      {loading && !data ? (
        <Loading what={t('mail.notifications.loading')} />
      ) : preferences.length === 0 ? (
        <Empty>{t('mail.notifications.none')}</Empty>
      ) : (
        <fieldset className="stack">
          <legend>{t('mail.notifications.legend')}</legend>
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
              {kindLabel(preference.kind, preference.label)}
            </label>
          ))}
        </fieldset>
      )}
    </section>
  );
}
