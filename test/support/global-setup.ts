import { mkdtempSync, chmodSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres, type RunningPostgres } from '../../server/dist/db/embedded-postgres.js';
import { createLogger } from '../../server/dist/shared/logger.js';

declare module 'vitest' {
  export interface ProvidedContext {
    adminDatabaseUrl: string;
  }
}

/**
 * One throwaway PostgreSQL cluster per run (or DATABASE_URL when given); each test file makes
 * its own database in it, so files run in parallel without sharing state.
 */
export default async function setup(project: TestProject) {
  let cluster: RunningPostgres | null = null;
  let dir: string | null = null;
  let url = process.env.DATABASE_URL;
  if (!url) {
    dir = mkdtempSync(join(tmpdir(), 'portal-test-'));
    chmodSync(dir, 0o755);
    cluster = await startEmbeddedPostgres(dir, createLogger('warn'));
    url = cluster.url;
  }
  project.provide('adminDatabaseUrl', url);
  return async () => {
    await cluster?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  };
}
