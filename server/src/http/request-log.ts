import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { pinoHttp } from 'pino-http';
import type { Logger } from '../shared/logger.js';

/** A caller's own id is kept when it is short and plain (a proxy's or a client's trace id), else we make one. */
const ACCEPTABLE_ID = /^[A-Za-z0-9._:-]{1,64}$/;
/** A path segment like a link's token or an id (long, no dot, so not an asset's file name). */
const TOKEN_LIKE = /^[A-Za-z0-9_-]{16,}$/;

export function requestId(req: IncomingMessage): string {
  const incoming = req.headers['x-request-id'];
  return typeof incoming === 'string' && ACCEPTABLE_ID.test(incoming) ? incoming : randomUUID();
}

/**
 * Every HTTP request gets an id, sent back as `x-request-id`, and `req.log`, a child logger whose
 * lines carry it. One line per finished request, with its status and time: at debug when it went
 * well, at info when it did not (what failed is logged, with its stack, where it failed). The line
 * names the method and the path only: a GET's query string can hold GraphQL variables, and a
 * link's path holds its token.
 */
export function requestLogging(log: Logger) {
  return pinoHttp({
    logger: log,
    genReqId: (req, res) => {
      const id = requestId(req);
      res.setHeader('x-request-id', id);
      return id;
    },
    quietReqLogger: true,
    customAttributeKeys: { reqId: 'reqId' },
    customLogLevel: (_req, res, error) => (error || res.statusCode >= 400 ? 'info' : 'debug'),
    customErrorMessage: (_req, res) => `request failed with status ${res.statusCode}`,
    customErrorObject: (_req, _res, _error, value: { res: unknown; responseTime: number }) => ({ res: value.res, responseTime: value.responseTime }),
    serializers: {
      req: (req: { method?: string; url?: string }) => ({ method: req.method, path: loggedPath(req.url) }),
      res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
    },
  });
}

export function loggedPath(url = '/'): string {
  return url
    .split('?')[0]
    .split('/')
    .map((segment) => (TOKEN_LIKE.test(segment) ? ':token' : segment))
    .join('/');
}
