import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents for the tests, generated from the committed schema (`pnpm schema`; the schema
 * test fails when they are stale). Documents are plain strings: the tests send them over fetch
 * and graphql-ws as any client does.
 */
const config: CodegenConfig = {
  schema: '../schema/schema.graphql',
  documents: ['**/*.ts', '!gql/**', '!node_modules/**'],
  ignoreNoDocuments: true,
  generates: {
    'gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: 'string',
        useTypeImports: true,
        enumsAsTypes: true,
        skipTypename: true,
        emitLegacyCommonJSImports: false,
        scalars: { DateTime: 'string', Decimal: 'string', JSONObject: 'Record<string, unknown>' },
      },
    },
  },
};

export default config;
