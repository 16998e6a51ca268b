import type { FilterQuery } from '@mikro-orm/core';
import { JobOffer } from './job-offer.entity.js';
import type { OfferStatus } from './offer.enums.js';
import { offerScope } from '../access/visibility.js';
import type { Scope } from '../../shared/scope.js';
import { NEWEST_FIRST, after, pageSize, toPage, type Page } from '../../shared/keyset.js';

/** Offers the viewer may see, newest first, keyset-paginated: a partner's inbox is its pending ones. */
export async function listOffers(
  scope: Scope,
  status: OfferStatus[] | null | undefined,
  first?: number | null,
  afterCursor?: string | null,
): Promise<Page<JobOffer>> {
  const { em, viewer } = scope;
  const limit = pageSize(first);
  const where: FilterQuery<JobOffer>[] = [offerScope<JobOffer>(viewer)];
  if (status?.length) where.push({ status: { $in: status } });
  const base: FilterQuery<JobOffer> = { $and: where };
  const offers = await em.find(JobOffer, afterCursor ? { $and: [base, after(afterCursor)] } : base, { orderBy: [...NEWEST_FIRST], limit: limit + 1 });
  return toPage(offers, limit, () => em.count(JobOffer, base));
}
