import { ApolloClient, ApolloLink, HttpLink } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition } from '@apollo/client/utilities';
import { createClient, type Client } from 'graphql-ws';
import { createCache } from './cache';
import { requestLanguage, requestLanguageLink } from './request-language';

export interface Transport {
  apollo: ApolloClient;
  ws: Client;
}

const wsUrl = () => `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`;

/**
 * One Apollo client per signed-in session: queries and mutations over HTTP with the bearer
 * token, subscriptions over one graphql-ws socket that authenticates in its connection params.
 */
export function createTransport(token: string | null, onTokenRejected?: () => void): Transport {
  const ws = createClient({
    url: wsUrl(),
    connectionParams: () => ({ ...(token ? { authorization: `Bearer ${token}` } : {}), locale: requestLanguage() }),
    lazy: true,
    retryAttempts: Infinity,
    // 4403: the token expired or was refused; retrying with it is pointless, signing in again is not.
    shouldRetry: (event) => !(event && typeof event === 'object' && 'code' in event && event.code === 4403),
    on: {
      closed: (event) => {
        if (event && typeof event === 'object' && 'code' in event && event.code === 4403) onTokenRejected?.();
      },
    },
    retryWait: async (retries) => new Promise((resolve) => setTimeout(resolve, Math.min(500 * 2 ** retries, 8000))),
  });
  const http = new HttpLink({ uri: '/graphql', headers: token ? { authorization: `Bearer ${token}` } : {} });
  const transportLink = ApolloLink.split(
    ({ query }) => {
      const definition = getMainDefinition(query);
      return definition.kind === 'OperationDefinition' && definition.operation === 'subscription';
    },
    new GraphQLWsLink(ws),
    http,
  );
  const link = ApolloLink.from([requestLanguageLink, transportLink]);
  const apollo = new ApolloClient({
    link,
    cache: createCache(),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
  return { apollo, ws };
}
