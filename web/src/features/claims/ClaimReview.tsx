import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import type { ClaimLineDecision, ClaimLines_LineFragment } from '../../gql/graphql';
import { CLAIM_LINE_REASONS, REVIEW_CLAIM, SEND_BACK_CLAIM } from './claims.documents';
import { LineWhat, useLineQuantity } from './ClaimLines';
import { ErrorNote } from '../../ui/ErrorNote';
import { Badge } from '../../ui/Badge';
import { useEnumLabel, useFormat, useT } from '../../i18n';
import { EnumOptions } from '../../ui/EnumOptions';

type Line = ClaimLines_LineFragment;

/** A line its returned part's inspection rejected (no fault found, misuse): that decision stands, the review leaves it (the server refuses another). */
const settledByReturn = (line: Line) => line.decision === 'REJECTED' && !!line.decisionReasonCode?.startsWith('return.');

interface Decision {
  decision: ClaimLineDecision | '';
  approvedAmount: string;
  reasonCode: string;
  reason: string;
}

/**
 * The manufacturer's review of a submitted claim: a decision on every line (approve, approve an
 * adjusted amount, reject with one of its reason codes), or the claim sent back with a question.
 */
export function ClaimReview({ claimId, lines }: { claimId: string; lines: readonly Line[] }) {
  const [decisions, setDecisions] = useState<Record<string, Decision>>(() =>
    Object.fromEntries(lines.map((line) => [line.id, { decision: '', approvedAmount: line.amount.amount, reasonCode: '', reason: '' }])),
  );
  const [question, setQuestion] = useState('');
  const [review, reviewed] = useMutation(REVIEW_CLAIM);
  const [sendBack, sentBack] = useMutation(SEND_BACK_CLAIM);
  const { data: reasons } = useQuery(CLAIM_LINE_REASONS);
  const t = useT();
  const f = useFormat();
  const enumLabel = useEnumLabel();
  const quantity = useLineQuantity();
  const set = (id: string, patch: Partial<Decision>) => setDecisions((all) => ({ ...all, [id]: { ...all[id], ...patch } }));
  const open = lines.filter((line) => !settledByReturn(line));
  const complete = open.every((line) => decisions[line.id]?.decision);
  const decide = () =>
    review({
      variables: {
        claimId,
        lines: open.map((line) => {
          const d = decisions[line.id];
          return {
            lineId: line.id,
            decision: d.decision as ClaimLineDecision,
            approvedAmount: d.decision === 'ADJUSTED' ? d.approvedAmount.trim() : null,
            reasonCode: d.decision === 'APPROVED' ? null : d.reasonCode || null,
            reason: d.decision === 'APPROVED' ? null : d.reason.trim() || null,
          };
        }),
      },
    });
  return (
    <section aria-labelledby="claim-review-title" className="stack">
      <h2 id="claim-review-title">{t('claims.review.title')}</h2>
      <table className="table" aria-label={t('claims.lines.title')}>
        <thead>
          <tr>
            <th>{t('claims.line.kind')}</th>
            <th>{t('claims.line.what')}</th>
            <th>{t('claims.line.quantity')}</th>
            <th>{t('claims.line.amount')}</th>
            <th>{t('claims.line.decision')}</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => {
            const d = decisions[line.id];
            const kind = enumLabel('ClaimLineKind', line.kind);
            const name = t('claims.line.label', { kind, description: line.description });
            return (
              <tr key={line.id} aria-label={name}>
                <td>{kind}</td>
                <td>
                  <LineWhat line={line} />
                  {line.limit && <div className="small muted">{t('claims.line.limit', { limit: f.money(line.limit) })}</div>}
                </td>
                <td>{quantity(line)}</td>
                <td>{f.money(line.amount)}</td>
                <td className="stack">
                  {settledByReturn(line) ? (
                    <Badge value={line.decision} of="ClaimLineDecision" />
                  ) : (
                    <>
                      <label>
                        {t('claims.review.decisionFor', { line: name })}
                        <select value={d.decision} onChange={(e) => set(line.id, { decision: e.target.value as ClaimLineDecision | '' })}>
                          <option value="">{t('claims.review.choose')}</option>
                          <EnumOptions of="ClaimLineDecision" values={['APPROVED', 'ADJUSTED', 'REJECTED']} />
                        </select>
                      </label>
                      {d.decision === 'ADJUSTED' && (
                        <label>
                          {t('claims.review.approvedAmount', { currency: line.amount.currency })}
                          <input inputMode="decimal" value={d.approvedAmount} onChange={(e) => set(line.id, { approvedAmount: e.target.value })} />
                        </label>
                      )}
                      {(d.decision === 'ADJUSTED' || d.decision === 'REJECTED') && (
                        <>
                          <label>
                            {t('claims.review.reasonCode')}
                            <select value={d.reasonCode} onChange={(e) => set(line.id, { reasonCode: e.target.value })}>
                              <option value="">{t('claims.review.chooseReason')}</option>
                              {reasons?.reasonCodes.map((reason) => (
                                <option key={reason.id} value={reason.code}>
                                  {reason.label}
                                </option>
                              ))}
                            </select>
                          </label>
                          <label>
                            {t('claims.review.reason')}
                            <input value={d.reason} onChange={(e) => set(line.id, { reason: e.target.value })} />
                          </label>
                        </>
                      )}
                    </>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <ErrorNote error={reviewed.error ?? sentBack.error} />
      <div className="row">
        <button type="button" className="primary" disabled={!complete || reviewed.loading} onClick={() => void decide().catch(() => undefined)}>
          {t('claims.review.decide')}
        </button>
      </div>
      <label className="stack">
        {t('claims.review.question')}
        <textarea rows={3} value={question} onChange={(e) => setQuestion(e.target.value)} />
      </label>
      <div className="row">
        <button
          type="button"
          disabled={question.trim() === '' || sentBack.loading}
          onClick={() => void sendBack({ variables: { claimId, question: question.trim() } }).catch(() => undefined)}
        >
          {t('claims.review.sendBack')}
        </button>
      </div>
    </section>
  );
}
