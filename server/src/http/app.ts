import { createServer, type Server } from 'node:http';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express from 'express';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { WebSocketServer } from 'ws';
import { useServer } from 'graphql-ws/use/ws';
import { getOperationAST, type GraphQLSchema } from 'graphql';
import type { Config } from '../config.js';
import { buildContext, type AppDeps, type Context } from '../context.js';
import { formatError } from '../graphql/format-error.js';
import { errorLogPlugin, wsErrorHooks } from '../graphql/error-log.js';
import { armor } from '../graphql/armor.js';
import { subscriptionGuard } from './subscription-guard.js';
import { sharedSubscribe } from '../graphql/shared-subscription.js';
import { rejectNulCharacters } from './nul-guard.js';
import { securityHeaders } from './security-headers.js';
import { requestId, requestLogging } from './request-log.js';
import { createMetrics, type Metrics } from '../observability/metrics.js';
import { metricsEndpoint } from '../observability/metrics-endpoint.js';
import { loadKnownOperations } from '../observability/operation-labels.js';
import { filesRouter } from '../modules/files/files.routes.js';
import { exportsRouter } from '../modules/exports/exports.routes.js';

export const MAX_BODY_BYTES = 1024 * 1024;

export interface HttpApp {
  server: Server;
  listen(port: number, host?: string): Promise<number>;
  stop(): Promise<void>;
}

/**
 * One HTTP server: /graphql over HTTP and WebSocket, /healthz and /readyz, /metrics when
 * METRICS_TOKEN is set, and in production the built web app at /.
 */
export async function createHttpApp(config: Config, deps: AppDeps, schema: GraphQLSchema): Promise<HttpApp> {
  const app = express();
  app.disable('x-powered-by');
  const server = createServer(app);

  const protection = armor();
  const guard = subscriptionGuard(schema, protection.validationRules, deps);
  const wss = new WebSocketServer({ server, path: '/graphql', maxPayload: MAX_BODY_BYTES });
  // A WebSocket's request id is its upgrade's: every operation on it logs with that id.
  wss.on('headers', (headers, request) => {
    request.id = requestId(request);
    headers.push(`X-Request-Id: ${request.id}`);
  });
  const metrics: Metrics | null = config.metricsToken
    ? createMetrics({
        hub: deps.hub,
        scheduler: deps.scheduler,
        ormPool: () => deps.orm.em.getConnection().getNativeClient(),
        openSockets: () => wss.clients.size,
        openSocketOperations: guard.openOperations,
        knownOperations: loadKnownOperations(config.knownOperationsFile, deps.log),
        log: deps.log,
      })
    : null;
  const wsErrors = wsErrorHooks(deps.log);
  const wsServer = useServer<{ authorization?: unknown; locale?: unknown }>(
    {
      schema,
      subscribe: sharedSubscribe(),
      onSubscribe: (ctx, id, payload) => {
        const result = guard.onSubscribe(ctx, id, payload);
        if ('document' in result) metrics?.countOperation(getOperationAST(result.document, result.operationName)?.name?.value, undefined, 'ws');
        else metrics?.countOperation(payload.operationName, result, 'ws');
        return result;
      },
      onNext: wsErrors.onNext,
      onError: wsErrors.onError,
      onClose: guard.onClose,
      // A bad or expired token is refused at connection (4403); no token may still ask public things.
      onConnect: (ctx) => guard.onConnect(ctx),
      context: async (ctx): Promise<Context> => {
        const request = ctx.extra.request;
        const context = await buildContext(deps, {
          authorization: ctx.connectionParams?.authorization,
          clientAddress: request.socket.remoteAddress,
          language: ctx.connectionParams?.locale ?? request.headers['accept-language'],
          log: deps.log.child({ reqId: request.id }),
        });
        // Set on the same object, not a copy: refresh() renews this object's loaders per execution.
        context.closeConnection = (code, reason) => ctx.extra.socket.close(code, reason);
        return context;
      },
    },
    wss,
    // A socket that does not answer a ping before the next one is cut off (it resumes from its cursor).
    config.wsKeepAliveMs,
  );

  const apollo = new ApolloServer<Context>({
    schema,
    introspection: config.introspection,
    formatError,
    ...protection,
    allowBatchedHttpRequests: false,
    // main.ts owns SIGTERM/SIGINT: it drains HTTP and WebSocket, then the hub, the ORM and the database.
    stopOnTerminationSignals: false,
    csrfPrevention: true,
    plugins: [
      // graphql-armor is typed against Apollo's CommonJS build; the plugin objects are the same.
      ...(protection.plugins as unknown as ApolloServerPlugin<Context>[]),
      errorLogPlugin(),
      ...(metrics ? [metrics.apolloPlugin()] : []),
      // Apollo's landing page runs Sandbox from Apollo's CDN, which the Content-Security-Policy
      // (rightly) refuses; GraphQL clients use introspection instead.
      ApolloServerPluginLandingPageDisabled(),
      // Apollo installs cache control by default, which wraps every field's resolver; nothing here sets cache hints.
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginDrainHttpServer({ httpServer: server }),
      { serverWillStart: async () => ({ drainServer: async () => void (await wsServer.dispose()) }) },
    ],
  });
  await apollo.start();

  app.use(securityHeaders(), requestLogging(deps.log));
  app.get('/healthz', (_req, res) => void res.json({ status: 'ok' }));
  app.get('/readyz', async (_req, res) => {
    const database = await deps.orm.em
      .fork()
      .execute('select 1')
      .then(
        () => true,
        () => false,
      );
    const ready = database && deps.hub.ready;
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'not ready', database, eventListener: deps.hub.ready });
  });
  app.use(
    '/graphql',
    express.json({ limit: MAX_BODY_BYTES }),
    rejectNulCharacters,
    expressMiddleware(apollo, {
      context: async ({ req }) =>
        buildContext(deps, { authorization: req.headers.authorization, clientAddress: req.ip, language: req.headers['accept-language'], log: req.log }),
    }),
  );
  app.use(filesRouter(deps));
  app.use(exportsRouter(deps));
  // Without METRICS_TOKEN there is no /metrics at all (a 404, not the portal's page).
  if (config.metricsToken && metrics) app.get('/metrics', metricsEndpoint(config.metricsToken, metrics.registry));
  serveWebApp(app, config.webDist);
  app.use((error: Error & { status?: number; type?: string }, req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (res.headersSent) return next(error);
    const status = error.status ?? 500;
    if (status >= 500) req.log.error({ err: error }, 'http error');
    const message = error.type === 'entity.too.large' ? 'The request body is larger than 1 MB' : status >= 500 ? 'Internal error' : error.message;
    const code = status === 413 ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST';
    // A body that never reached GraphQL (too large, not JSON) still counts, as an unnamed operation.
    if (req.path === '/graphql') metrics?.countOperation(null, [{ extensions: { code } }], 'http');
    res.status(status).json({ errors: [{ message, extensions: { code } }] });
  });

  return {
    server,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          const address = server.address();
          resolve(typeof address === 'object' && address ? address.port : port);
        });
      }),
    stop: () => apollo.stop(),
  };
}

/** The built portal, when present, with a fallback to index.html for client-side routes. */
function serveWebApp(app: express.Express, webDist: string): void {
  const index = join(webDist, 'index.html');
  if (!existsSync(index)) return;
  app.use(express.static(webDist, { index: 'index.html', maxAge: '1h' }));
  app.get(/^\/(?!graphql|healthz|readyz|metrics|uploads|files\/).*/, (_req, res) => res.sendFile(index));
}
