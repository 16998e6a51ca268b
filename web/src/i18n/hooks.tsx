import { useCallback, useMemo, type ReactNode } from 'react';
import { FormattedMessage, useIntl, type FormatNumberOptions } from 'react-intl';
import { formatMoney, formatMoneyList, type MoneyView } from '../ui/money';
import { en, type MessageId } from './messages/en/index';

export type { MessageId };

/** An ICU message's arguments: plain values (numbers for plurals, strings as typed). */
export type MessageValues = Record<string, string | number | boolean | Date | null | undefined>;

/** `t(id, values)`: a message of the catalogue in the reader's language; ids are typed, so a missing one fails the typecheck. */
export function useT(): (id: MessageId, values?: MessageValues) => string {
  const intl = useIntl();
  return useCallback((id: MessageId, values?: MessageValues) => intl.formatMessage({ id }, values), [intl]);
}

/** A message with elements among its words (`<b>{job}</b>` in the ICU text, a function or node per argument). */
export function T({ id, values }: { id: MessageId; values?: Record<string, ReactNode | ((chunks: ReactNode[]) => ReactNode)> }) {
  return <FormattedMessage id={id} values={values} />;
}

/** Whether the catalogue has an id (for ids made from a server's code, e.g. an error code). */
export const isMessageId = (id: string): id is MessageId => id in en;

const EMPTY = '—';

/**
 * Dates, times, numbers and money in the reader's locale and time zone (the provider's). A time
 * that belongs to a place (an appointment at a site) passes that place's zone.
 */
export function useFormat() {
  const intl = useIntl();
  return useMemo(() => {
    const when = (options: Intl.DateTimeFormatOptions) => (iso: string | Date | null | undefined, timeZone?: string | null) =>
      iso ? intl.formatDate(iso, timeZone ? { ...options, timeZone } : options) : EMPTY;
    return {
      dateTime: when({ dateStyle: 'medium', timeStyle: 'short' }),
      date: when({ dateStyle: 'medium' }),
      shortDate: when({ month: 'short', day: 'numeric' }),
      time: when({ timeStyle: 'short' }),
      weekday: when({ weekday: 'short', day: 'numeric', month: 'short' }),
      number: (value: number | null | undefined, options?: FormatNumberOptions) => (value == null ? EMPTY : intl.formatNumber(value, options)),
      percent: (ratio: number | null | undefined, digits = 0) =>
        ratio == null ? EMPTY : intl.formatNumber(ratio, { style: 'percent', maximumFractionDigits: digits }),
      money: (value: MoneyView | null | undefined) => (value ? formatMoney(value, intl.locale) : EMPTY),
      /** Amounts in several currencies side by side; they are never added up. */
      moneyList: (values: readonly MoneyView[]) => formatMoneyList(values, EMPTY, intl.locale),
      list: (items: readonly string[]) => intl.formatList(items, { type: 'conjunction' }),
      relative: (value: number, unit: Intl.RelativeTimeFormatUnit) => intl.formatRelativeTime(value, unit, { numeric: 'auto' }),
      locale: intl.locale,
      timeZone: intl.timeZone,
    };
  }, [intl]);
}
