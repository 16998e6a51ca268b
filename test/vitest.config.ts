import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
// One copy of graphql for test code and the server build it imports.
const graphqlAlias = { find: /^graphql$/, replacement: fileURLToPath(new URL('../node_modules/.pnpm/node_modules/graphql/index.js', import.meta.url)) };

export default defineConfig({
  test: {
    root,
    projects: [
      {
        resolve: { alias: [graphqlAlias] },
        test: {
          name: 'api',
          root,
          include: ['test/integration/**/*.test.ts', 'test/e2e/**/*.test.ts', 'test/faults/**/*.test.ts'],
          globalSetup: ['test/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          pool: 'forks',
          maxWorkers: 2,
          // Its own group (vitest requires one per worker count), after the fast unit and web projects.
          sequence: { groupOrder: 1 },
        },
      },
      {
        // The server's pure rules, table by table: no database, no global setup, milliseconds.
        resolve: { alias: [graphqlAlias] },
        test: {
          name: 'unit',
          root,
          include: ['server/src/**/*.spec.ts'],
          // Pure functions hold no state between files: one worker serves them all.
          isolate: false,
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'web',
          root: `${root}/web`,
          include: ['src/**/*.spec.tsx', 'src/**/*.spec.ts'],
          environment: 'happy-dom',
        },
      },
    ],
  },
});
