import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  resolve: {
    // One copy of graphql for test code and the server build it imports.
    alias: [{ find: /^graphql$/, replacement: fileURLToPath(new URL('../node_modules/.pnpm/node_modules/graphql/index.js', import.meta.url)) }],
  },
  test: {
    root: fileURLToPath(new URL('..', import.meta.url)),
    include: ['test/integration/**/*.test.ts', 'server/src/**/*.spec.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    maxWorkers: 2,
  },
});
