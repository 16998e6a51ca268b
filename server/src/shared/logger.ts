import { pino, type DestinationStream, type Logger } from 'pino';

export type { Logger };

/**
 * Never written to a log: credentials in headers, and any password, token, GraphQL variables or
 * connection parameters, at the top level or one level down. Nothing logs them on purpose; this
 * catches what would slip in by accident (an error object carrying its request, say).
 */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  ...['password', 'token', 'authorization', 'variables', 'connectionParams'].flatMap((key) => [key, `*.${key}`]),
];

/** Structured JSON logs; `destination` lets tests read what was written. */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino({ level, base: { service: 'portal' }, redact: REDACTED_PATHS }, destination);
}
