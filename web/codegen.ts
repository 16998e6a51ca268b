import type { CodegenConfig } from '@graphql-codegen/cli';

/** Typed documents for the portal, generated from the committed schema (pnpm codegen; a test fails when stale). */
const config: CodegenConfig = {
  schema: '../schema/schema.graphql',
  documents: ['src/**/*.tsx', 'src/**/*.ts', '!src/gql/**'],
  ignoreNoDocuments: true,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        nonOptionalTypename: true,
        scalars: { DateTime: 'string', Decimal: 'string', JSONObject: 'Record<string, unknown>' },
      },
    },
    // The operation names the server's metrics know by name (server/src/observability/known-operations.ts).
    '../schema/operations.json': { plugins: ['./codegen/known-operations.cjs'] },
  },
};

export default config;
