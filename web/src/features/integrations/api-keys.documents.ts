import { graphql } from '../../gql';

export const API_KEY_ROW = graphql(`
  fragment ApiKeyRow_apiKey on ApiKey { id name role prefix createdAt lastUsedAt revokedAt createdBy { id name } }
`);

export const API_KEYS = graphql(`
  query ApiKeys { apiKeys { ...ApiKeyRow_apiKey } }
`);

export const CREATE_API_KEY = graphql(`
  mutation CreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret key { ...ApiKeyRow_apiKey } } }
`);

export const REVOKE_API_KEY = graphql(`
  mutation RevokeApiKey($id: ID!) { revokeApiKey(id: $id) { ...ApiKeyRow_apiKey } }
`);
