import { graphql } from '../../gql';
import type { ClaimMessages_MessageFragment } from '../../gql/graphql';
import { useFormat, useT } from '../../i18n';

export const CLAIM_MESSAGES = graphql(`
  fragment ClaimMessages_message on ClaimMessage { id kind text createdAt author { id name } }
`);

/** The send-back conversation: the reviewer's questions and the partner's answers, in order. */
export function ClaimMessages({ messages }: { messages: readonly ClaimMessages_MessageFragment[] }) {
  const t = useT();
  const f = useFormat();
  if (messages.length === 0) return null;
  return (
    <section aria-labelledby="claim-messages-title">
      <h2 id="claim-messages-title">{t('claims.messages.title')}</h2>
      <ol className="plain stack">
        {messages.map((message) => (
          <li key={message.id} className={message.kind === 'QUESTION' ? 'note' : 'card'}>
            <div className="small muted">
              {t(message.kind === 'QUESTION' ? 'claims.messages.question' : 'claims.messages.answer', {
                name: message.author?.name ?? t('claims.none'),
                time: f.dateTime(message.createdAt),
              })}
            </div>
            <div>{message.text}</div>
          </li>
        ))}
      </ol>
    </section>
  );
}
