import type { IncomingMessage } from 'node:http';
import type { ApolloServerPlugin } from '@apollo/server';
import type { ExecutionArgs, ExecutionResult, FormattedExecutionResult, GraphQLError, GraphQLFormattedError } from 'graphql';
import type { Context } from '../context.js';
import type { Logger } from '../shared/logger.js';
import type { Viewer } from '../shared/viewer.js';
import { clientError, formatError } from './format-error.js';

/**
 * An unexpected error's one log line, on the request's logger (so it carries the request id), with
 * the operation and the viewer's organization. Never its variables or headers: a password or a
 * token travels in those.
 */
export function logUnexpected(error: GraphQLError, log: Logger, viewer: Viewer | null, operationName: string | null | undefined): void {
  if (clientError(error.toJSON(), error)) return;
  log.error({ err: error.originalError ?? error, operationName: operationName ?? null, orgId: viewer?.orgId ?? null, path: error.path }, 'unexpected error');
}

/** HTTP: Apollo formats errors for the client (format-error.ts); this logs the unexpected ones. */
export function errorLogPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue, operationName, request }) {
          for (const error of errors) logUnexpected(error, contextValue.log, contextValue.viewer, operationName ?? request.operationName);
        },
      };
    },
  };
}

/**
 * WebSocket: graphql-ws sends errors as they are, so its hooks format them like HTTP and log the
 * unexpected ones, once per error even when one shared execution reaches many sockets.
 */
export function wsErrorHooks(log: Logger) {
  const logged = new WeakSet<GraphQLError>();
  return {
    onNext(_ctx: unknown, _id: string, _payload: unknown, args: ExecutionArgs, result: ExecutionResult): FormattedExecutionResult | undefined {
      if (!result.errors?.length) return;
      const context = args.contextValue as Context;
      for (const error of result.errors) {
        if (logged.has(error)) continue;
        logged.add(error);
        logUnexpected(error, context.log, context.viewer, args.operationName);
      }
      return { ...result, errors: result.errors.map((error) => formatError(error.toJSON(), error)) };
    },
    /** Before execution (a refused document) or a stream that broke: no context was built, so no viewer. */
    onError(
      ctx: { extra: { request: IncomingMessage } },
      _id: string,
      payload: { operationName?: string | null },
      errors: readonly GraphQLError[],
    ): GraphQLFormattedError[] {
      for (const error of errors) logUnexpected(error, log.child({ reqId: ctx.extra.request.id }), null, payload.operationName);
      return errors.map((error) => formatError(error.toJSON(), error));
    },
  };
}
