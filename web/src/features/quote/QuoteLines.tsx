import { useEnumLabel, useFormat, useT } from '../../i18n';
import type { ClaimLineKind } from '../../gql/graphql';

interface MoneyValue {
  amount: string;
  currency: string;
}

/** What a quote shows, whoever reads it: its lines, net, tax at its rate, and the total. */
export interface QuoteFigures {
  taxRate: string;
  net: MoneyValue;
  tax: MoneyValue;
  gross: MoneyValue;
  lines: { kind: ClaimLineKind; description: string; quantity: string; unitPrice: MoneyValue; amount: MoneyValue }[];
}

export function QuoteLines({ quote }: { quote: QuoteFigures }) {
  const t = useT();
  const f = useFormat();
  const label = useEnumLabel();
  return (
    <table className="table">
      <thead>
        <tr>
          <th>{t('quote.line')}</th>
          <th>{t('quote.quantity')}</th>
          <th>{t('quote.unitPrice')}</th>
          <th>{t('quote.amount')}</th>
        </tr>
      </thead>
      <tbody>
        {quote.lines.map((line, index) => (
          // Lines have no id of their own: their place in the quote is theirs.
          // biome-ignore lint/suspicious/noArrayIndexKey: a quote's lines never move
          <tr key={index}>
            <td>
              {label('ClaimLineKind', line.kind)}
              {line.description ? <span className="small muted"> · {line.description}</span> : null}
            </td>
            <td>{f.number(Number(line.quantity))}</td>
            <td>{f.money(line.unitPrice)}</td>
            <td>{f.money(line.amount)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th colSpan={3}>{t('quote.net')}</th>
          <td>{f.money(quote.net)}</td>
        </tr>
        <tr>
          <th colSpan={3}>{t('quote.tax', { rate: f.number(Number(quote.taxRate)) })}</th>
          <td>{f.money(quote.tax)}</td>
        </tr>
        <tr>
          <th colSpan={3}>{t('quote.gross')}</th>
          <td>
            <strong>{f.money(quote.gross)}</strong>
          </td>
        </tr>
      </tfoot>
    </table>
  );
}
