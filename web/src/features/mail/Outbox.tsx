import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { MailStatus } from '../../gql/graphql';
import { ErrorNote } from '../../ui/ErrorNote';
import { Empty, Loading } from '../../ui/States';
import { T, useEnumLabel, useFormat, useT } from '../../i18n';
import { EnumOptions } from '../../ui/EnumOptions';

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
  const t = useT();
  const f = useFormat();
  const label = useEnumLabel();
  return (
    <section aria-labelledby="outbox-title" className="stack">
      <h1 id="outbox-title">{t('mail.outbox.title')}</h1>
      <p className="muted">
        <T
          id="mail.outbox.intro"
          values={{ held: label('MailStatus', 'HELD'), strong: (chunks) => <strong>{chunks}</strong>, code: (chunks) => <code>{chunks}</code> }}
        />
      </p>
      <label>
        {t('mail.outbox.status')}{' '}
        <select value={status} onChange={(event) => setStatus(event.target.value as MailStatus | '')}>
          <option value="">{t('mail.outbox.all')}</option>
          <EnumOptions of="MailStatus" values={STATUSES} />
        </select>
      </label>
      <ErrorNote error={error} />
      {loading && !data ? (
        <Loading what={t('mail.outbox.loading')} />
      ) : messages.length === 0 ? (
        <Empty>{t('mail.outbox.empty')}</Empty>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('mail.outbox.written')}</th>
              <th scope="col">{t('mail.outbox.to')}</th>
              <th scope="col">{t('mail.outbox.subject')}</th>
              <th scope="col">{t('mail.outbox.status')}</th>
            </tr>
          </thead>
          <tbody>
            {messages.map((message) => (
              <tr key={message.id}>
                <td>{f.dateTime(message.createdAt)}</td>
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
                  <span className={`badge ${TONE[message.status]}`}>{label('MailStatus', message.status)}</span>
                  {message.status === 'SENT' && <div className="muted">{f.dateTime(message.sentAt)}</div>}
                  {message.lastError && <div className="muted">{t('mail.outbox.attempts', { count: message.attempts, error: message.lastError })}</div>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {data?.outbox.pageInfo.hasNextPage && (
        <button type="button" className="secondary" disabled={loading} onClick={() => void fetchMore({ variables: { after: data.outbox.pageInfo.endCursor } })}>
          {t('mail.outbox.more')}
        </button>
      )}
    </section>
  );
}

/** A message as its recipient reads it: the HTML in a sandboxed frame (no scripts, no forms), and the plain text. */
function Preview({ id }: { id: string }) {
  const { data, loading, error } = useQuery(MESSAGE, { variables: { id } });
  const t = useT();
  if (loading && !data) return <Loading what={t('mail.outbox.loadingMessage')} />;
  if (error) return <ErrorNote error={error} />;
  const message = data?.outboxMessage;
  if (!message) return null;
  return (
    <div className="stack">
      <p className="muted">{t('mail.outbox.messageId', { id: message.messageId })}</p>
      <iframe
        title={t('mail.outbox.html', { subject: message.subject })}
        sandbox=""
        srcDoc={message.html}
        style={{ width: '100%', height: '22rem', border: '1px solid #dde2e8' }}
      />
      <details>
        <summary>{t('mail.outbox.plainText')}</summary>
        <pre style={{ whiteSpace: 'pre-wrap' }}>{message.text}</pre>
      </details>
    </div>
  );
}
