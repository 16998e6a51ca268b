import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { Orm } from '../db/orm.js';
import type { Clock } from '../shared/clock.js';
import { Organization } from '../modules/network/organization.entity.js';
import { seedDemoNetwork } from './demo-network.js';
import { PLAYED_DAYS, seedJobHistory } from './job-history.js';
import { makeSeedEvidence } from './evidence.js';
import type { FileStorage } from '../modules/files/file-storage.js';
import { seedServiceRequests } from './service-requests.js';
import { seedClaims } from './claims.js';
import { seedInvitedPartner } from './invited-partner.js';
import { seedPartReturns } from './part-returns.js';

export const DEMO_LOGINS = ['admin@maker.demo', 'dispatcher@maker.demo', 'parts@maker.demo', 'auditor@maker.demo', 'admin@other.demo', 'dispatcher@other.demo'];

/**
 * On first start (no organization yet) writes the demo network and its history: the jobs of the
 * last `playedDays` days played through the domain services, the older ones written in bulk by the
 * same walk with the same rules (job-history.ts), so every job's events are the ones the live system
 * would have written. Runs under an advisory lock so two instances starting together seed once.
 */
export async function seedIfEmpty(orm: Orm, clock: Clock, log: Logger, storage: FileStorage, playedDays = PLAYED_DAYS): Promise<boolean> {
  const em = orm.em.fork() as EntityManager;
  // One transaction: a failed seed leaves an empty database and is tried again at the next start.
  // The services' own transactions join it instead of each opening a savepoint: a step the services
  // refuse throws before it writes anything, and the seed then forgets what it loaded (played-steps.ts).
  const options = { ignoreNestedTransactions: true };
  return em.transactional(async (tx) => {
    await tx.execute('select pg_advisory_xact_lock(7310002)');
    if ((await tx.count(Organization, {})) > 0) return false;
    const started = Date.now();
    await seedDemoNetwork(tx, clock.now());
    const now = clock.now();
    const evidence = await makeSeedEvidence(tx, storage);
    const jobs = await seedJobHistory(tx, now, now.getTime() - playedDays * 86_400_000, evidence);
    await seedServiceRequests(tx, now);
    await seedClaims(tx, now);
    await seedInvitedPartner(tx, now);
    await seedPartReturns(tx, now);
    log.info({ jobs, ms: Date.now() - started }, 'demo network seeded');
    return true;
  }, options);
}
