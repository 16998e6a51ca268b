import { graphql } from '../../gql';
import type { ClaimLines_LineFragment } from '../../gql/graphql';
import { Badge } from '../../ui/Badge';
import { usePhrase } from '../../i18n/phrase';
import { useEnumLabel, useFormat, useT } from '../../i18n';
import { ClaimLineReturn } from '../../returns/ClaimLineReturn';

export const CLAIM_LINES = graphql(`
  fragment ClaimLines_line on ClaimLine {
    id kind description quantity minutes ownStock partsRequestLineId faultySerial replacementSerial
    unitPrice { amount currency } amount { amount currency } limit { amount currency }
    decision approvedAmount { amount currency } decisionReasonCode decisionReason { code params text }
    part { id sku name }
    ...ClaimLineReturn_line
  }
`);

type Line = ClaimLines_LineFragment;

/** What one line is: its text, its part and serials, and its part's return when the manufacturer asks for it. */
export function LineWhat({ line }: { line: Line }) {
  const t = useT();
  return (
    <>
      <div>{line.description}</div>
      {line.part && (
        <div className="small muted">
          {line.part.sku} · {line.part.name}
          {line.ownStock && ` · ${t('claims.line.ownStock')}`}
        </div>
      )}
      {(line.faultySerial || line.replacementSerial) && (
        <div className="small muted">
          {t('claims.line.serials', { faulty: line.faultySerial ?? t('claims.none'), replacement: line.replacementSerial ?? t('claims.none') })}
        </div>
      )}
      <ClaimLineReturn line={line} />
    </>
  );
}

/** How much: labour in minutes, anything else by quantity. */
export function useLineQuantity(): (line: Line) => string {
  const t = useT();
  const f = useFormat();
  return (line) => (line.minutes != null ? t('claims.line.minutes', { minutes: line.minutes }) : f.number(Number(line.quantity)));
}

/** The lines as read-only rows with the reviewer's decision, for whoever may not change them now. */
export function ClaimLines({ lines }: { lines: readonly Line[] }) {
  const t = useT();
  const f = useFormat();
  const enumLabel = useEnumLabel();
  const say = usePhrase();
  const quantity = useLineQuantity();
  return (
    <table className="table" aria-label={t('claims.lines.title')}>
      <thead>
        <tr>
          <th>{t('claims.line.kind')}</th>
          <th>{t('claims.line.what')}</th>
          <th>{t('claims.line.quantity')}</th>
          <th>{t('claims.line.unitPrice')}</th>
          <th>{t('claims.line.amount')}</th>
          <th>{t('claims.line.decision')}</th>
          <th>{t('claims.line.approved')}</th>
        </tr>
      </thead>
      <tbody>
        {lines.map((line) => (
          <tr key={line.id} aria-label={t('claims.line.label', { kind: enumLabel('ClaimLineKind', line.kind), description: line.description })}>
            <td>{enumLabel('ClaimLineKind', line.kind)}</td>
            <td>
              <LineWhat line={line} />
            </td>
            <td>{quantity(line)}</td>
            <td>{f.money(line.unitPrice)}</td>
            <td>{f.money(line.amount)}</td>
            <td>
              <Badge value={line.decision} of="ClaimLineDecision" />
              {line.decisionReasonCode && <div className="small muted">{line.decisionReasonCode}</div>}
              {line.decisionReason && <div className="small">{say(line.decisionReason)}</div>}
            </td>
            <td>{line.approvedAmount ? f.money(line.approvedAmount) : t('claims.none')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
