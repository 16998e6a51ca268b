import { GraphQLError, parse, specifiedRules, validate, type DocumentNode, type GraphQLSchema, type ValidationRule } from 'graphql';
import type { Context as WsContext } from 'graphql-ws';
import type { Extra } from 'graphql-ws/use/ws';
import { authenticate, type AppDeps } from '../context.js';
import { TokenService } from '../shared/tokens.js';
import { containsNul, NUL_MESSAGE } from './nul-guard.js';
import { WsCloseCode } from '../shared/ws-close-codes.js';

export const WS_LIMITS = { connectionsPerUser: 20, subscriptionsPerConnection: 20, cachedDocuments: 500 } as const;

type Ctx = WsContext<{ authorization?: unknown }, Extra>;

interface Connection {
  ctx: Ctx;
  userId: string | null;
  expiry: NodeJS.Timeout | null;
  /** An API key's socket: stops watching for the key's revocation. */
  unwatch: (() => void) | null;
}

/**
 * The WebSocket's gatekeeper: a bad token is refused at connection, a socket is closed (4403)
 * when its token expires so the client signs in again and resumes from its cursor (or, opened
 * with an API key, within REVOCATION_CHECK_MS of the key's revocation), connections
 * per user and subscriptions per connection are capped, and every subscription document passes
 * the same validation rules and limits as HTTP (parsed and validated once per distinct document).
 */
export function subscriptionGuard(schema: GraphQLSchema, extraRules: readonly ValidationRule[], deps: AppDeps) {
  // graphql-ws calls onClose for every socket it opened, so this map empties as sockets close.
  const connections = new Map<object, Connection>();
  const perUser = new Map<string, number>();
  const documents = new Map<string, { query: string; document: DocumentNode } | { errors: readonly GraphQLError[] }>();
  const rules = [...specifiedRules, ...extraRules];

  function checked(query: string) {
    let entry = documents.get(query);
    if (!entry) {
      try {
        const document = parse(query, { maxTokens: 3000 });
        const errors = validate(schema, document, rules);
        entry = errors.length > 0 ? { errors } : { query, document };
      } catch (error) {
        entry = { errors: [error instanceof GraphQLError ? error : new GraphQLError('The subscription could not be parsed')] };
      }
      if (documents.size >= WS_LIMITS.cachedDocuments) documents.delete(documents.keys().next().value as string);
      documents.set(query, entry);
    }
    return entry;
  }

  return {
    async onConnect(ctx: Ctx): Promise<boolean> {
      const credential = TokenService.fromHeader(ctx.connectionParams?.authorization);
      const verified = credential ? await authenticate(deps, credential) : null;
      if (credential && !verified) return false;
      const connection: Connection = { ctx, userId: verified?.viewer.userId ?? null, expiry: null, unwatch: null };
      if (verified) {
        const { viewer, expiresAt } = verified;
        const count = perUser.get(viewer.userId) ?? 0;
        if (count >= WS_LIMITS.connectionsPerUser) {
          ctx.extra.socket.close(WsCloseCode.TooManyConnections, 'Too many connections for this user');
          return false;
        }
        perUser.set(viewer.userId, count + 1);
        if (expiresAt) {
          const left = expiresAt.getTime() - Date.now();
          connection.expiry = setTimeout(() => ctx.extra.socket.close(WsCloseCode.Forbidden, 'Token expired: sign in again and resume'), Math.max(0, left));
          connection.expiry.unref();
        }
        if (viewer.apiKeyId) {
          connection.unwatch = deps.apiKeys.watch(viewer.apiKeyId, () => ctx.extra.socket.close(WsCloseCode.Forbidden, 'API key revoked'));
        }
      }
      connections.set(ctx.extra.socket, connection);
      return true;
    },

    onSubscribe(ctx: Ctx, _id: string, payload: { query: string; variables?: Record<string, unknown> | null; operationName?: string | null }) {
      // graphql-ws has already reserved this operation's id in ctx.subscriptions.
      if (Object.keys(ctx.subscriptions).length > WS_LIMITS.subscriptionsPerConnection) {
        return [new GraphQLError('Too many subscriptions on this connection', { extensions: { code: 'BAD_REQUEST' } })];
      }
      if (containsNul(payload)) return [new GraphQLError(NUL_MESSAGE, { extensions: { code: 'BAD_USER_INPUT' } })];
      const entry = checked(payload.query);
      if ('errors' in entry) return entry.errors;
      // graphql-ws keeps the subscribe message for the subscription's life: every socket then holds
      // the one copy of a document's text (the portal's Live document is 2.5 KB), not its own.
      payload.query = entry.query;
      return { schema, document: entry.document, variableValues: payload.variables ?? undefined, operationName: payload.operationName ?? undefined };
    },

    /** Operations running on accepted sockets now (for metrics): live subscriptions, mostly. */
    openOperations(): number {
      let count = 0;
      for (const { ctx } of connections.values()) count += Object.keys(ctx.subscriptions).length;
      return count;
    },

    onClose(ctx: Ctx) {
      const connection = connections.get(ctx.extra.socket);
      if (!connection) return;
      connections.delete(ctx.extra.socket);
      if (connection.expiry) clearTimeout(connection.expiry);
      connection.unwatch?.();
      if (connection.userId) {
        const left = (perUser.get(connection.userId) ?? 1) - 1;
        if (left > 0) perUser.set(connection.userId, left);
        else perUser.delete(connection.userId);
      }
    },
  };
}
