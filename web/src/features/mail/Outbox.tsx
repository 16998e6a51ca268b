import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { MailStatus } from '../../gql/graphql';
import { ErrorNote } from '../../ui/ErrorNote';
import { Empty, Loading, formatTime } from '../../ui/States';

const OUTBOX = graphql(`
  query Outbox($status: [MailStatus!], $first: Int, $after: String) {
    outbox(status: $status, first: $first, after: $after) {
      totalCount
      edges { cursor node { id kind status recipient subject createdAt sentAt attempts lastError } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

const MESSAGE = graphql(`
  query OutboxMessage($id: ID!) { outboxMessage(id: $id) { id messageId subject recipient text html } }
`);

const PAGE = 50;
const STATUSES: MailStatus[] = ['HELD', 'QUEUED', 'SENT', 'FAILED'];
const TONE: Record<MailStatus, string> = { HELD: 'badge-warn', QUEUED: 'badge-info', SENT: 'badge-good', FAILED: 'badge-bad' };

/**
 * The network's outgoing mail (the manufacturer's admin). Without SMTP_URL nothing is sent: each
 * message is HELD here, so the demo shows what would have gone out.
 */
export function Outbox() {
  const [status, setStatus] = useState<MailStatus | ''>('');
  const [openId, setOpenId] = useState<string | null>(null);
  const { data, loading, error, fetchMore } = useQuery(OUTBOX, { variables: { status: status ? [status] : null, first: PAGE }, pollInterval: 15_000 });
  const messages = data?.outbox.edges.map((edge) => edge.node) ?? [];
  return (
    <section aria-labelledby="outbox-title" className="stack">
      <h1 id="outbox-title">Outbox</h1>
      <p className="muted">
        The mail the portal sends for your network: offers to partners, news for dispatchers, the customers' tracking and survey links. A message marked{' '}
        <strong>held</strong> was not sent because no mail server is set (<code>SMTP_URL</code>): it shows what would have been sent.
      </p>
      <label>
        Status{' '}
        <select value={status} onChange={(event) => setStatus(event.target.value as MailStatus | '')}>
          <option value="">All</option>
          {STATUSES.map((value) => (
            <option key={value} value={value}>
              {value.toLowerCase()}
            </option>
          ))}
        </select>
      </label>
      <ErrorNote error={error} />
      {loading && !data ? (
        <Loading what="Loading the outbox" />
      ) : messages.length === 0 ? (
        <Empty>No message yet. Offer a job to a partner and its mail appears here.</Empty>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Written</th>
              <th scope="col">To</th>
              <th scope="col">Subject</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {messages.map((message) => (
              <tr key={message.id}>
                <td>{formatTime(message.createdAt)}</td>
                <td>{message.recipient}</td>
                <td>
                  <button
                    type="button"
                    className="link"
                    aria-expanded={openId === message.id}
                    onClick={() => setOpenId(openId === message.id ? null : message.id)}
                  >
                    {message.subject}
                  </button>
                  {openId === message.id && <Preview id={message.id} />}
                </td>
                <td>
                  <span className={`badge ${TONE[message.status]}`}>{message.status.toLowerCase()}</span>
                  {message.status === 'SENT' && <div className="muted">{formatTime(message.sentAt)}</div>}
                  {message.lastError && (
                    <div className="muted">
                      {message.attempts} attempt{message.attempts === 1 ? '' : 's'}: {message.lastError}
                    </div>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {data?.outbox.pageInfo.hasNextPage && (
        <button type="button" className="secondary" disabled={loading} onClick={() => void fetchMore({ variables: { after: data.outbox.pageInfo.endCursor } })}>
          More messages
        </button>
      )}
    </section>
  );
}

/** A message as its recipient reads it: the HTML in a sandboxed frame (no scripts, no forms), and the plain text. */
function Preview({ id }: { id: string }) {
  const { data, loading, error } = useQuery(MESSAGE, { variables: { id } });
  if (loading && !data) return <Loading what="Loading the message" />;
  if (error) return <ErrorNote error={error} />;
  const message = data?.outboxMessage;
  if (!message) return null;
  return (
    <div className="stack">
      <p className="muted">Message-ID {message.messageId}</p>
      <iframe title={`HTML of “${message.subject}”`} sandbox="" srcDoc={message.html} style={{ width: '100%', height: '22rem', border: '1px solid #dde2e8' }} />
      <details>
        <summary>Plain text</summary>
        <pre style={{ whiteSpace: 'pre-wrap' }}>{message.text}</pre>
      </details>
    </div>
  );
}
