import { MikroORM } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { ReflectMetadataProvider } from '@mikro-orm/decorators/legacy';
import type { Logger } from 'pino';
import { entities } from './entities.js';
import { migrationsList } from '../migrations/index.js';
import { StartupError } from '../shared/startup-error.js';

export type Orm = MikroORM;

/** One ORM per process; each request works in its own fork of the entity manager. */
export async function initOrm(clientUrl: string, log: Logger, poolMax = 20): Promise<Orm> {
  return MikroORM.init({
    clientUrl,
    entities,
    metadataProvider: ReflectMetadataProvider,
    extensions: [Migrator],
    migrations: { migrationsList, transactional: true, allOrNothing: true, snapshot: false },
    pool: { min: 0, max: poolMax },
    // Entities come from a fixed list: no folder discovery, so the compiled build runs as is.
    discovery: { warnWhenNoEntities: true },
    // LOG_LEVEL=trace logs every SQL statement with its duration (how the benchmark's counts were read).
    debug: log.isLevelEnabled('trace') ? ['query', 'query-params'] : false,
    logger: (message) => log.trace({ orm: message }),
    allowGlobalContext: false,
    forceUtcTimezone: true,
    serialization: { forceObject: false },
  });
}

/**
 * Applies the migrations this code has and the database lacks. A database that has migrations this
 * code does not know was written by a newer portal: running on it could corrupt it, so it stops.
 */
export async function migrate(orm: Orm): Promise<void> {
  const known = new Set(migrationsList.map((migration) => migration.name));
  const unknown = (await orm.migrator.getExecuted()).map((row) => row.name.replace(/\.[jt]s$/, '')).filter((name) => !known.has(name));
  if (unknown.length > 0) {
    throw new StartupError(
      `The database has ${unknown.length} migration(s) this code does not know (${unknown.join(', ')}): it was used by a newer version of the portal. ` +
        'Run that version, or point DATABASE_URL or DATA_DIR at another database.',
    );
  }
  await orm.migrator.up();
}
