import { createHash } from 'node:crypto';
import { mkdirSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { StartupError, systemCode } from '../shared/startup-error.js';
import { CLUSTER_USER, firstBlockedFolder, lookupUser, runningAsRoot } from './cluster-user.js';

/**
 * Where the embedded cluster lives when the checkout is out of its user's reach (root running a
 * checkout under /root or a `mktemp -d` folder): a folder per checkout under the system's state
 * folder, which that user can enter, keyed by the checkout's path so two checkouts never share one.
 */
export const SYSTEM_DATA_ROOT = '/var/lib/service-partner-portal';

export interface DataDirChoice {
  path: string;
  /** Why this folder: set by DATA_DIR, the project's `.data`, or the system folder for this checkout. */
  source: 'DATA_DIR' | 'project' | 'system';
}

export function chooseDataDir(projectRoot: string, explicit: string | undefined): DataDirChoice {
  if (explicit) return { path: resolve(projectRoot, explicit), source: 'DATA_DIR' };
  const inProject = join(projectRoot, '.data');
  if (!runningAsRoot() || firstBlockedFolder(inProject, lookupUser(CLUSTER_USER)) === null) return { path: inProject, source: 'project' };
  const key = createHash('sha256').update(resolve(projectRoot)).digest('hex').slice(0, 12);
  return { path: join(SYSTEM_DATA_ROOT, `${basename(projectRoot)}-${key}`), source: 'system' };
}

/** Creates the folder (and its parents), or says in one line why it cannot be. */
export function ensureFolder(path: string, what: string): void {
  try {
    mkdirSync(path, { recursive: true });
  } catch (error) {
    throw new StartupError(`Cannot create the ${what} ${path}: ${whyNot(path, error)}. Set DATA_DIR to a folder that can be created.`);
  }
}

function whyNot(path: string, error: unknown): string {
  const code = systemCode(error);
  if (code === 'ENOTDIR' || code === 'EEXIST') return `${firstFileOnTheWay(path) ?? 'a part of it'} is a file, not a folder`;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EROFS') return 'the file system is read-only';
  if (code === 'ENOSPC') return 'the disk is full';
  return error instanceof Error ? error.message : String(error);
}

function firstFileOnTheWay(path: string): string | null {
  for (let at = resolve(path); at !== dirname(at); at = dirname(at)) {
    try {
      if (!statSync(at).isDirectory()) return at;
    } catch {
      // not there: look further up
    }
  }
  return null;
}
