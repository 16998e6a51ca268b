import { useMutation } from '@apollo/client/react';
import { API_KEYS, CREATE_API_KEY, REVOKE_API_KEY } from './api-keys.documents';

/** Creates a key and puts it first in the list (the list is newest first); the secret is only in this answer. */
export function useCreateApiKey() {
  return useMutation(CREATE_API_KEY, {
    update(cache, { data }) {
      const key = data?.createApiKey.key;
      if (!key) return;
      cache.updateQuery({ query: API_KEYS }, (list) => (list ? { ...list, apiKeys: [key, ...list.apiKeys.filter((k) => k.id !== key.id)] } : list));
    },
  });
}

/** Revokes a key; the answer carries its revokedAt, which the normalized cache applies to the row. */
export function useRevokeApiKey() {
  return useMutation(REVOKE_API_KEY);
}
