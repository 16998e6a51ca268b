import type { EntityManager } from '@mikro-orm/postgresql';
import { Dec, MoneyTotals, money, roundMoney, type Money } from '../../shared/money.js';
import { groupBy } from '../../shared/group-by.js';
import { CLAIM_FIGURES_SQL, type ClaimFigureRow } from './scorecard-claims.sql.js';

export interface ClaimFigures {
  /** The claimed amount of lines rejected, of all lines of the claims reviewed in the period; null without any. */
  claimRejectionRate: number | null;
  /** Claimed per completed warranty or contract job, per currency. */
  claimPerJob: Money[];
  medianHoursToSubmit: number | null;
}

export const NO_CLAIM_FIGURES: ClaimFigures = { claimRejectionRate: null, claimPerJob: [], medianHoursToSubmit: null };

/**
 * The claim figures of `partnerIds` in one read; with `network`, also the median of claimed per
 * job over every partner of the manufacturers' work in the period, per currency (the staff's
 * yardstick: a partner never sees it, it is made of other partners' prices).
 */
export async function claimFigures(
  em: EntityManager,
  partnerIds: readonly string[],
  manufacturers: readonly string[],
  from: Date,
  to: Date,
  network: boolean,
): Promise<{ byPartner: Map<string, ClaimFigures>; networkMedian: Money[] | null }> {
  if (manufacturers.length === 0 || partnerIds.length === 0) return { byPartner: new Map(), networkMedian: network ? [] : null };
  const rows = await em.execute<ClaimFigureRow[]>(CLAIM_FIGURES_SQL, [`{${manufacturers.join(',')}}`, network ? '{}' : `{${partnerIds.join(',')}}`, from, to]);
  const rowsOf = groupBy(rows, (row) => row.partner_id);
  const all = new Map([...rowsOf].map(([partnerId, partnerRows]) => [partnerId, figuresOf(partnerRows)]));
  const byPartner = new Map(partnerIds.map((id) => [id, all.get(id) ?? NO_CLAIM_FIGURES]));
  return { byPartner, networkMedian: network ? medianPerCurrency([...all.values()].flatMap((figures) => figures.claimPerJob)) : null };
}

function figuresOf(rows: readonly ClaimFigureRow[]): ClaimFigures {
  const jobs = rows.find((row) => row.figure === 'JOBS')?.count ?? 0;
  const claimPerJob =
    jobs === 0
      ? []
      : new MoneyTotals()
          .add(...rows.filter((row) => row.figure === 'CLAIMED').map((row) => money(new Dec(row.amount ?? 0).dividedBy(jobs), row.currency ?? '')))
          .list();
  return {
    claimRejectionRate: rejectionRate(rows.filter((row) => row.figure === 'REVIEWED')),
    claimPerJob,
    medianHoursToSubmit: rows.find((row) => row.figure === 'SUBMITTED')?.hours ?? null,
  };
}

/**
 * Rejected of claimed, in each currency (amounts of two currencies are never added); a partner
 * claiming in several currencies gets the mean of its currencies' shares, weighted by their lines.
 */
function rejectionRate(reviewed: readonly ClaimFigureRow[]): number | null {
  const measured = reviewed.filter((row) => new Dec(row.amount ?? 0).greaterThan(0));
  const lines = measured.reduce((sum, row) => sum + (row.count ?? 0), 0);
  if (lines === 0) return null;
  return measured.reduce((sum, row) => sum + new Dec(row.rejected ?? 0).dividedBy(row.amount ?? 1).toNumber() * (row.count ?? 0), 0) / lines;
}

/** The median of each currency's amounts (of two in the middle, their mean), rounded to the currency's minor unit. */
function medianPerCurrency(values: readonly Money[]): Money[] {
  const byCurrency = groupBy(values, (value) => value.currency);
  return [...byCurrency.keys()].sort().map((currency) => {
    const sorted = (byCurrency.get(currency) ?? []).map((value) => value.amount).sort((a, b) => a.comparedTo(b));
    const middle = Math.floor(sorted.length / 2);
    const median = sorted.length % 2 === 1 ? sorted[middle] : sorted[middle - 1].plus(sorted[middle]).dividedBy(2);
    return roundMoney({ amount: median, currency });
  });
}
