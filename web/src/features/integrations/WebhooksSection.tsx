import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { EventKind, WebhooksSection_DeliveryFragment, WebhooksSection_EndpointFragment } from '../../gql/graphql';
import { ErrorNote } from '../../ui/ErrorNote';
import { Empty, Loading } from '../../ui/States';
import { useEnumLabel, useFormat, useT } from '../../i18n';

graphql(`
  fragment WebhooksSection_endpoint on WebhookEndpoint { id url description eventKinds enabled disabledAt disabledReason consecutiveFailures createdAt }
`);
graphql(`
  fragment WebhooksSection_delivery on WebhookDelivery {
    id eventKind jobId state attemptCount lastStatusCode lastError createdAt
    attempts { number at latencyMs statusCode error }
  }
`);

const ENDPOINTS = graphql(`
  query WebhookEndpoints { webhookEndpoints { ...WebhooksSection_endpoint } }
`);
const DELIVERIES = graphql(`
  query WebhookDeliveries($endpointId: ID!) { webhookDeliveries(endpointId: $endpointId, first: 20) { edges { node { ...WebhooksSection_delivery } } } }
`);
const CREATE = graphql(`
  mutation CreateWebhookEndpoint($input: WebhookEndpointInput!) { createWebhookEndpoint(input: $input) { secret endpoint { ...WebhooksSection_endpoint } } }
`);
const UPDATE = graphql(`
  mutation UpdateWebhookEndpoint($id: ID!, $changes: WebhookEndpointChangesInput!) { updateWebhookEndpoint(id: $id, changes: $changes) { ...WebhooksSection_endpoint } }
`);
const DELETE = graphql(`
  mutation DeleteWebhookEndpoint($id: ID!) { deleteWebhookEndpoint(id: $id) }
`);
const ROTATE = graphql(`
  mutation RotateWebhookSecret($id: ID!) { rotateWebhookSecret(id: $id) { secret endpoint { ...WebhooksSection_endpoint } } }
`);
const REPLAY = graphql(`
  mutation ReplayWebhookDelivery($id: ID!) { replayWebhookDelivery(id: $id) { ...WebhooksSection_delivery } }
`);
const REPLAY_FAILED = graphql(`
  mutation ReplayFailedWebhookDeliveries($endpointId: ID!, $since: DateTime!) { replayFailedWebhookDeliveries(endpointId: $endpointId, since: $since) }
`);

/** Kinds an endpoint may ask for; none ticked: every kind. */
const KINDS: EventKind[] = [
  'JOB_CREATED',
  'JOB_OFFERED',
  'OFFER_ACCEPTED',
  'OFFER_DECLINED',
  'OFFER_EXPIRED',
  'OFFER_WITHDRAWN',
  'JOB_SCHEDULED',
  'JOB_STARTED',
  'PARTS_REQUESTED',
  'PARTS_DECIDED',
  'PARTS_SHIPPED',
  'PARTS_RECEIVED',
  'QUALITY_GATE_FAILED',
  'PRICE_REFUSED',
  'JOB_COMPLETED',
  'JOB_CLOSED',
  'JOB_REOPENED',
  'JOB_CANCELLED',
  'SLA_BREACHED',
  'SURVEY_SUBMITTED',
  'PARTNER_STATUS_CHANGED',
  'FINDING_RECORDED',
  'FINDING_ACKNOWLEDGED',
  'FINDING_ACTION_REPORTED',
  'NETWORK_CHANGED',
  'JOB_SPLIT',
];

/**
 * The organization's webhook endpoints (its admins'): their state (disabled with the reason when
 * deliveries kept failing), a form to add one, the signing secret shown once, and each endpoint's
 * recent deliveries with their attempts and a Replay button (the list is a log: it polls every 10 s
 * while open and has a Refresh button), and Replay all failed.
 */
export function WebhooksSection() {
  const { data, loading, error } = useQuery(ENDPOINTS);
  const [secret, setSecret] = useState<string | null>(null);
  const endpoints = data?.webhookEndpoints ?? [];
  const t = useT();
  return (
    <section aria-labelledby="webhooks-title" className="stack">
      <h2 id="webhooks-title">{t('integrations.hooks.title')}</h2>
      <p className="muted">{t('integrations.hooks.intro')}</p>
      <ErrorNote error={error} />
      {secret && <SecretOnce secret={secret} onDone={() => setSecret(null)} />}
      <AddEndpoint onSecret={setSecret} />
      {loading && !data ? (
        <Loading what={t('integrations.hooks.loading')} />
      ) : endpoints.length === 0 ? (
        <Empty>{t('integrations.hooks.empty')}</Empty>
      ) : (
        endpoints.map((endpoint) => <EndpointCard key={endpoint.id} endpoint={endpoint} onSecret={setSecret} />)
      )}
    </section>
  );
}

function SecretOnce({ secret, onDone }: { secret: string; onDone: () => void }) {
  const t = useT();
  return (
    <div role="status" className="note">
      <strong>{t('integrations.hooks.secretOnce')}</strong>
      <div>
        <code>{secret}</code>
      </div>
      <button type="button" onClick={onDone}>
        {t('integrations.hooks.copiedIt')}
      </button>
    </div>
  );
}

function AddEndpoint({ onSecret }: { onSecret: (secret: string) => void }) {
  const [url, setUrl] = useState('');
  const [kinds, setKinds] = useState<EventKind[]>([]);
  const [create, { loading, error }] = useMutation(CREATE, { refetchQueries: [ENDPOINTS] });
  const t = useT();
  const label = useEnumLabel();
  function submit(event: FormEvent) {
    event.preventDefault();
    void create({ variables: { input: { url, eventKinds: kinds } } })
      .then((result) => {
        if (!result.data) return;
        onSecret(result.data.createWebhookEndpoint.secret);
        setUrl('');
        setKinds([]);
      })
      .catch(() => undefined);
  }
  return (
    <form onSubmit={submit} className="card stack" aria-label={t('integrations.hooks.addLabel')}>
      <label>
        {t('integrations.hooks.url')}
        <input type="url" required value={url} onChange={(e) => setUrl(e.target.value)} placeholder="https://erp.example.com/hooks/portal" />
      </label>
      <fieldset className="row">
        <legend>{t('integrations.hooks.events')}</legend>
        {KINDS.map((kind) => (
          <label key={kind} className="row small">
            <input
              type="checkbox"
              checked={kinds.includes(kind)}
              onChange={(e) => setKinds(e.target.checked ? [...kinds, kind] : kinds.filter((k) => k !== kind))}
            />{' '}
            {label('EventKind', kind)}
          </label>
        ))}
      </fieldset>
      <ErrorNote error={error} />
      <button type="submit" disabled={loading}>
        {t('integrations.hooks.add')}
      </button>
    </form>
  );
}

function EndpointCard({ endpoint, onSecret }: { endpoint: WebhooksSection_EndpointFragment; onSecret: (secret: string) => void }) {
  const [update, updating] = useMutation(UPDATE);
  const [remove, removing] = useMutation(DELETE, { refetchQueries: [ENDPOINTS] });
  const [rotate, rotating] = useMutation(ROTATE);
  const [replayFailed, replaying] = useMutation(REPLAY_FAILED, { refetchQueries: [DELIVERIES] });
  const [replayed, setReplayed] = useState<number | null>(null);
  const [open, setOpen] = useState(false);
  const t = useT();
  const f = useFormat();
  const label = useEnumLabel();
  return (
    <article className="card stack" aria-label={t('integrations.hooks.endpointLabel', { url: endpoint.url })}>
      <div className="row spread">
        <strong>{endpoint.url}</strong>
        <span>{t(endpoint.enabled ? 'integrations.hooks.enabled' : 'integrations.hooks.disabled')}</span>
      </div>
      {!endpoint.enabled && endpoint.disabledReason && (
        <p role="alert" className="note note-error">
          {t('integrations.hooks.disabledBecause', { at: f.dateTime(endpoint.disabledAt), reason: endpoint.disabledReason })}
        </p>
      )}
      <div className="small muted">
        {endpoint.eventKinds.length === 0 ? t('integrations.hooks.allEvents') : endpoint.eventKinds.map((kind) => label('EventKind', kind)).join(', ')}
      </div>
      <ErrorNote error={updating.error ?? removing.error ?? rotating.error ?? replaying.error} />
      {replayed !== null && (
        <p role="status" className="small">
          {t('integrations.hooks.replayed', { count: replayed })}
        </p>
      )}
      <div className="row">
        <button type="button" onClick={() => void update({ variables: { id: endpoint.id, changes: { enabled: !endpoint.enabled } } }).catch(() => undefined)}>
          {t(endpoint.enabled ? 'integrations.hooks.disable' : 'integrations.hooks.enable')}
        </button>
        <button
          type="button"
          onClick={() =>
            void rotate({ variables: { id: endpoint.id } })
              .then((result) => result.data && onSecret(result.data.rotateWebhookSecret.secret))
              .catch(() => undefined)
          }
        >
          {t('integrations.hooks.rotate')}
        </button>
        <button
          type="button"
          disabled={replaying.loading}
          onClick={() =>
            // Every failed delivery of the endpoint: none is older than the endpoint itself.
            void replayFailed({ variables: { endpointId: endpoint.id, since: endpoint.createdAt } })
              .then((result) => result.data && setReplayed(result.data.replayFailedWebhookDeliveries))
              .catch(() => undefined)
          }
        >
          {t('integrations.hooks.replayFailed')}
        </button>
        <button type="button" onClick={() => void remove({ variables: { id: endpoint.id } }).catch(() => undefined)}>
          {t('integrations.hooks.delete')}
        </button>
        <button type="button" aria-expanded={open} onClick={() => setOpen(!open)}>
          {t(open ? 'integrations.hooks.hideDeliveries' : 'integrations.hooks.showDeliveries')}
        </button>
      </div>
      {open && <Deliveries endpointId={endpoint.id} />}
    </article>
  );
}

function Deliveries({ endpointId }: { endpointId: string }) {
  const { data, loading, error, refetch } = useQuery(DELIVERIES, { variables: { endpointId }, pollInterval: 10_000, notifyOnNetworkStatusChange: true });
  const deliveries = data?.webhookDeliveries.edges.map((edge) => edge.node) ?? [];
  const t = useT();
  if (loading && !data) return <Loading what={t('integrations.deliveries.loading')} />;
  return (
    <>
      <ErrorNote error={error} />
      <div className="row">
        <button type="button" disabled={loading} onClick={() => void refetch().catch(() => undefined)}>
          {t('integrations.deliveries.refresh')}
        </button>
      </div>
      {deliveries.length === 0 ? (
        <Empty>{t('integrations.deliveries.empty')}</Empty>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('integrations.deliveries.event')}</th>
              <th scope="col">{t('integrations.deliveries.when')}</th>
              <th scope="col">{t('integrations.deliveries.status')}</th>
              <th scope="col">{t('integrations.deliveries.response')}</th>
              <th scope="col">{t('integrations.deliveries.latency')}</th>
              <th scope="col" />
            </tr>
          </thead>
          <tbody>
            {deliveries.map((delivery) => (
              <DeliveryRow key={delivery.id} delivery={delivery} />
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

function DeliveryRow({ delivery }: { delivery: WebhooksSection_DeliveryFragment }) {
  const [replay, { loading, error }] = useMutation(REPLAY);
  const last = delivery.attempts.at(-1);
  const t = useT();
  const f = useFormat();
  const label = useEnumLabel();
  return (
    <tr>
      <td>{label('EventKind', delivery.eventKind)}</td>
      <td>{f.dateTime(delivery.createdAt)}</td>
      <td>{t('integrations.deliveries.state', { state: label('WebhookDeliveryState', delivery.state), count: delivery.attemptCount })}</td>
      <td>{last ? (last.statusCode ?? last.error) : t('integrations.none')}</td>
      <td>{last ? t('integrations.deliveries.ms', { ms: last.latencyMs }) : t('integrations.none')}</td>
      <td>
        <button
          type="button"
          disabled={loading || delivery.state === 'PENDING'}
          onClick={() => void replay({ variables: { id: delivery.id } }).catch(() => undefined)}
        >
          {t('integrations.deliveries.replay')}
        </button>
        <ErrorNote error={error} />
      </td>
    </tr>
  );
}
