import type { ApolloCache, Reference } from '@apollo/client';
import type { LiveEventFragment } from '../gql/graphql';

/**
 * A return asked for since the list was read arrives with its RETURN_REQUESTED event, which
 * carries it (the live event's fragment wrote it to the cache already): each stored list of
 * returns that admits REQUESTED takes it in, newest first. Other steps change the cached return
 * in place, which every row showing it follows.
 */
export function takeNewReturn(cache: ApolloCache, event: LiveEventFragment): void {
  const ra = event.returnAuthorization;
  if (event.kind !== 'RETURN_REQUESTED' || !ra) return;
  const id = cache.identify({ __typename: 'ReturnAuthorization', id: ra.id });
  if (!id) return;
  cache.modify({
    id: 'ROOT_QUERY',
    fields: {
      returnAuthorizations: (value, { storeFieldName, toReference, readField }) => {
        const list = value as readonly Reference[];
        const states = statesOf(storeFieldName);
        if (states && !states.includes('REQUESTED')) return list;
        if (list.some((ref) => readField('id', ref) === ra.id)) return list;
        const ref = toReference(id);
        return ref ? [ref, ...list] : list;
      },
    },
  });
}

/** The `states` argument a stored list was read with (null: every state). */
function statesOf(storeFieldName: string): string[] | null {
  const start = storeFieldName.indexOf('(');
  if (start < 0) return null;
  const args = JSON.parse(storeFieldName.slice(start + 1, -1)) as { states?: string[] | null };
  return args.states ?? null;
}
