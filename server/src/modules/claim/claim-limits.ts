import type { EntityManager } from '@mikro-orm/postgresql';
import { chargedRate } from '../billing/charges.js';
import { money, type Money } from '../../shared/money.js';
import type { ClaimSettings } from '../../config.js';
import { ClaimLineKind } from '../billing/claim.enums.js';

/** What a claim's limits follow from, apart from parts (whose limit is their list price) and settings. */
export interface LimitFacts {
  /** The charged hourly rate: the partner's rate capped by the job's standard's ceiling in the same currency (billing/charges.ts). */
  labor: Money;
  /** The partner's currency: travel is claimed in it. */
  partnerCurrency: string;
}

interface LimitRow {
  claim_id: string;
  rate: string | null;
  currency: string;
  ceiling: string | null;
  ceiling_currency: string | null;
}

/** The limit facts of several claims in one query, by claim id. */
export async function limitFacts(em: EntityManager, claimIds: readonly string[]): Promise<Map<string, LimitFacts>> {
  const rows = await em.execute<LimitRow[]>(
    `select c.id as claim_id, o.labor_rate::text as rate, o.currency, q.labor_rate_ceiling::text as ceiling, q.currency as ceiling_currency
       from warranty_claim c join service_job j on j.id = c.job_id join organization o on o.id = c.partner_id
       left join quality_standard q on q.id = j.quality_standard_id
      where c.id = any(?::uuid[])`,
    [`{${claimIds.join(',')}}`],
  );
  return new Map(
    rows.map((row) => [
      row.claim_id,
      {
        labor: chargedRate(money(row.rate ?? 0, row.currency), row.ceiling === null ? null : money(row.ceiling, row.ceiling_currency!)),
        partnerCurrency: row.currency,
      },
    ]),
  );
}

/** The most a line may charge per unit: a part's list price, labour's charged rate, travel's CLAIM_TRAVEL_CEILING in the partner's currency. */
export function lineLimit(kind: ClaimLineKind, facts: LimitFacts, settings: ClaimSettings, part: { listPrice: string; currency: string } | null): Money | null {
  if (kind === ClaimLineKind.LABOR) return facts.labor;
  if (kind === ClaimLineKind.TRAVEL) return money(settings.travelCeiling, facts.partnerCurrency);
  return part ? money(part.listPrice, part.currency) : null;
}
