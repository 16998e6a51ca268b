import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import type { ClaimLineKind, QuoteCard_JobFragment } from '../../gql/graphql';
import { PARTS_CATALOGUE } from '../job/job.documents';
import { SEND_QUOTE } from './quote.documents';
import { QuoteLines } from './QuoteLines';
import { Badge } from '../../ui/Badge';
import { ErrorNote } from '../../ui/ErrorNote';
import { useFormat, useT } from '../../i18n';
import { EnumOptions } from '../../ui/EnumOptions';

interface DraftLine {
  kind: ClaimLineKind;
  partId: string;
  description: string;
  quantity: string;
  unitPrice: string;
}

const KINDS: ClaimLineKind[] = ['LABOR', 'PART', 'TRAVEL'];
const blank = (kind: ClaimLineKind = 'LABOR'): DraftLine => ({ kind, partId: '', description: '', quantity: '1', unitPrice: '' });

/**
 * Paid work's quote on the case file: the latest one as the customer sees it (its state follows the
 * customer's answer live: the QUOTE_* events carry the job with this fragment), and for the partner
 * working a started POST_WARRANTY job, a composer. The server prices and checks every line.
 */
export function QuoteCard({ job }: { job: QuoteCard_JobFragment }) {
  const t = useT();
  const f = useFormat();
  const quote = job.quote;
  const composes = job.coverage === 'POST_WARRANTY' && job.status === 'IN_PROGRESS' && job.viewerCan.complete && quote?.state !== 'ACCEPTED';
  if (!quote && !composes) return null;
  return (
    <section className="panel stack" aria-labelledby="quote-title">
      <h2 id="quote-title">{quote ? t('quote.titleOf', { number: quote.number }) : t('quote.title')}</h2>
      {quote && (
        <>
          <p>
            <Badge value={quote.state} of="QuoteState" />{' '}
            <span className="small muted">
              {t('quote.sent', { when: f.dateTime(quote.sentAt) })} · {t('quote.validUntil', { when: f.dateTime(quote.validUntil) })}
              {quote.answeredAt ? ` · ${t('quote.answered', { when: f.dateTime(quote.answeredAt) })}` : ''}
            </span>
          </p>
          <QuoteLines quote={quote} />
          {quote.state === 'SENT' && <p className="note">{t('quote.waiting')}</p>}
          {quote.state === 'ACCEPTED' && <p className="note">{t('quote.acceptedNote')}</p>}
          {quote.state === 'DECLINED' && (
            <p className="note note-error">{quote.declineReason ? t('quote.declinedWhy', { reason: quote.declineReason }) : t('quote.declinedNote')}</p>
          )}
        </>
      )}
      {composes && (
        <QuoteComposer jobId={job.id} modelId={job.equipment.model.id} currency={job.assignedPartner?.currency ?? 'EUR'} replaces={quote?.state === 'SENT'} />
      )}
    </section>
  );
}

function QuoteComposer({ jobId, modelId, currency, replaces }: { jobId: string; modelId: string; currency: string; replaces: boolean }) {
  const t = useT();
  const f = useFormat();
  const [lines, setLines] = useState<DraftLine[]>([blank('LABOR')]);
  const [validDays, setValidDays] = useState(14);
  const catalogue = useQuery(PARTS_CATALOGUE, { variables: { search: null, modelId } });
  const [send, sent] = useMutation(SEND_QUOTE);
  const parts = catalogue.data?.parts ?? [];
  const change = (index: number, patch: Partial<DraftLine>) => setLines(lines.map((line, i) => (i === index ? { ...line, ...patch } : line)));
  const ready = lines.length > 0 && lines.every((line) => line.quantity.trim() !== '' && (line.kind !== 'PART' || line.partId));

  function submit() {
    void send({
      variables: {
        jobId,
        validDays,
        lines: lines.map((line) => ({
          kind: line.kind,
          description: line.description.trim() || null,
          partId: line.kind === 'PART' ? line.partId : null,
          quantity: line.quantity.trim(),
          unitPrice: line.unitPrice.trim() ? { amount: line.unitPrice.trim(), currency } : null,
        })),
      },
    })
      .then(() => setLines([blank('LABOR')]))
      .catch(() => undefined);
  }

  return (
    <form
      className="stack"
      aria-label={t('quote.compose')}
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <h3>{t('quote.compose')}</h3>
      <p className="small muted">{t('quote.composeHint', { currency })}</p>
      <table className="table">
        <thead>
          <tr>
            <th>{t('quote.kind')}</th>
            <th>{t('quote.part')}</th>
            <th>{t('quote.description')}</th>
            <th>{t('quote.quantity')}</th>
            <th>{t('quote.unitPrice')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {lines.map((line, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: draft lines are edited in place
            <tr key={index}>
              <td>
                <select
                  aria-label={t('quote.kindOf', { line: index + 1 })}
                  value={line.kind}
                  onChange={(e) => change(index, { kind: e.target.value as ClaimLineKind, partId: '' })}
                >
                  <EnumOptions of="ClaimLineKind" values={KINDS} />
                </select>
              </td>
              <td>
                {line.kind === 'PART' ? (
                  <select aria-label={t('quote.partOf', { line: index + 1 })} value={line.partId} onChange={(e) => change(index, { partId: e.target.value })}>
                    <option value="">{t('quote.choosePart')}</option>
                    {parts.map((part) => (
                      <option key={part.id} value={part.id}>
                        {part.sku} · {part.name} · {f.money(part.listPrice)}
                      </option>
                    ))}
                  </select>
                ) : (
                  '—'
                )}
              </td>
              <td>
                <input
                  aria-label={t('quote.descriptionOf', { line: index + 1 })}
                  value={line.description}
                  maxLength={500}
                  onChange={(e) => change(index, { description: e.target.value })}
                />
              </td>
              <td>
                <input
                  aria-label={t('quote.quantityOf', { line: index + 1 })}
                  inputMode="decimal"
                  size={6}
                  value={line.quantity}
                  onChange={(e) => change(index, { quantity: e.target.value })}
                />
              </td>
              <td>
                <input
                  aria-label={t('quote.unitPriceOf', { line: index + 1 })}
                  inputMode="decimal"
                  size={8}
                  placeholder={t('quote.unitPriceDefault')}
                  value={line.unitPrice}
                  onChange={(e) => change(index, { unitPrice: e.target.value })}
                />
              </td>
              <td>
                <button type="button" className="link" onClick={() => setLines(lines.filter((_, i) => i !== index))}>
                  {t('quote.remove', { line: index + 1 })}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="row">
        <button type="button" onClick={() => setLines([...lines, blank('PART')])}>
          {t('quote.addLine')}
        </button>
        <label>
          {t('quote.validDays')}
          <input type="number" min={1} max={90} value={validDays} onChange={(e) => setValidDays(Number(e.target.value))} />
        </label>
      </div>
      <ErrorNote error={sent.error} />
      <button type="submit" disabled={!ready || sent.loading}>
        {t(replaces ? 'quote.sendNew' : 'quote.send')}
      </button>
    </form>
  );
}
