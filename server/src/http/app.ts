import { createServer, type Server } from 'node:http';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express from 'express';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { WebSocketServer } from 'ws';
import { useServer } from 'graphql-ws/use/ws';
import type { GraphQLSchema } from 'graphql';
import type { Config } from '../config.js';
import { buildContext, type AppDeps, type Context } from '../context.js';
import { formatError } from '../graphql/format-error.js';
import { armor } from '../graphql/armor.js';
import { subscriptionGuard } from './subscription-guard.js';
import { sharedSubscribe } from '../graphql/shared-subscription.js';
import { rejectNulCharacters } from './nul-guard.js';

export const MAX_BODY_BYTES = 1024 * 1024;

export interface HttpApp {
  server: Server;
  listen(port: number, host?: string): Promise<number>;
  stop(): Promise<void>;
}

/**
 * One HTTP server: /graphql over HTTP and WebSocket, /healthz and /readyz, and in production the
 * built web app at /.
 */
export async function createHttpApp(config: Config, deps: AppDeps, schema: GraphQLSchema): Promise<HttpApp> {
  const app = express();
  app.disable('x-powered-by');
  const server = createServer(app);

  const protection = armor();
  const guard = subscriptionGuard(schema, protection.validationRules, deps);
  const wss = new WebSocketServer({ server, path: '/graphql', maxPayload: MAX_BODY_BYTES });
  const wsServer = useServer<{ authorization?: unknown }>(
    {
      schema,
      subscribe: sharedSubscribe(),
      onSubscribe: guard.onSubscribe,
      onClose: guard.onClose,
      // A bad or expired token is refused at connection (4403); no token may still ask public things.
      onConnect: (ctx) => guard.onConnect(ctx),
      context: async (ctx): Promise<Context> => {
        const context = await buildContext(deps, ctx.connectionParams?.authorization, ctx.extra.request.socket.remoteAddress);
        // Set on the same object, not a copy: refresh() renews this object's loaders per execution.
        context.closeConnection = (code, reason) => ctx.extra.socket.close(code, reason);
        return context;
      },
    },
    wss,
  );

  const apollo = new ApolloServer<Context>({
    schema,
    introspection: config.introspection,
    formatError: formatError(deps.log),
    ...protection,
    allowBatchedHttpRequests: false,
    // main.ts owns SIGTERM/SIGINT: it drains HTTP and WebSocket, then the hub, the ORM and the database.
    stopOnTerminationSignals: false,
    csrfPrevention: true,
    plugins: [
      // graphql-armor is typed against Apollo's CommonJS build; the plugin objects are the same.
      ...(protection.plugins as unknown as ApolloServerPlugin<Context>[]),
      ApolloServerPluginDrainHttpServer({ httpServer: server }),
      { serverWillStart: async () => ({ drainServer: async () => void (await wsServer.dispose()) }) },
    ],
  });
  await apollo.start();

  app.get('/healthz', (_req, res) => void res.json({ status: 'ok' }));
  app.get('/readyz', async (_req, res) => {
    const database = await deps.orm.em
      .fork()
      .execute('select 1')
      .then(() => true, () => false);
    const ready = database && deps.hub.ready;
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'not ready', database, eventListener: deps.hub.ready });
  });
  app.use(
    '/graphql',
    express.json({ limit: MAX_BODY_BYTES }),
    rejectNulCharacters,
    expressMiddleware(apollo, { context: async ({ req }) => buildContext(deps, req.headers.authorization, req.ip) }),
  );
  serveWebApp(app, config.webDist);
  app.use((error: Error & { status?: number; type?: string }, _req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (res.headersSent) return next(error);
    const status = error.status ?? 500;
    if (status >= 500) deps.log.error({ err: error }, 'http error');
    const message = error.type === 'entity.too.large' ? 'The request body is larger than 1 MB' : status >= 500 ? 'Internal error' : error.message;
    res.status(status).json({ errors: [{ message, extensions: { code: status === 413 ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST' } }] });
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
  app.get(/^\/(?!graphql|healthz|readyz).*/, (_req, res) => res.sendFile(index));
}
