/**
 * Dependency rules for `pnpm check` (scripts/check-dependencies.mjs runs them, and judges cycles
 * between server modules against their baseline). Dependencies point down: server → modules → shared.
 * @type {import('dependency-cruiser').IConfiguration}
 */
export default {
  forbidden: [
    {
      name: 'shared-imports-no-module',
      comment: 'server/src/shared/ is what every layer uses: it knows no module (move the code to the module, or the shared thing to shared/).',
      severity: 'error',
      from: { path: '^server/src/shared/' },
      to: { path: '^server/src/modules/' },
    },
    {
      name: 'web-imports-no-server',
      comment: 'The portal talks to the server through the GraphQL schema and its generated documents, never through server code.',
      severity: 'error',
      from: { path: '^web/' },
      to: { path: '^server/' },
    },
    {
      name: 'resolvable',
      comment: 'An import the checker cannot resolve is one it cannot judge.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    // TypeScript 7 has no JavaScript API, so dependency-cruiser parses with swc (@swc/core).
    parser: 'swc',
    // swc reports type-only imports too (tsPreCompilationDeps, a tsc option, would only warn that tsc
    // is missing): a module that needs another's types needs that module.
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)dist/' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.d.ts'],
    },
    skipAnalysisNotInRules: true,
  },
};
