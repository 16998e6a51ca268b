import { createHash, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import type { Registry } from 'prom-client';

/**
 * GET /metrics in Prometheus' text format, for a scraper that sends `Authorization: Bearer
 * <METRICS_TOKEN>`. The header is compared by digest in constant time, so neither its length nor
 * its content leaks through timing.
 */
export function metricsEndpoint(token: string, registry: Registry): RequestHandler {
  const expected = digest(`Bearer ${token}`);
  return async (req, res, next) => {
    const given = req.headers.authorization;
    if (!given || !timingSafeEqual(digest(given), expected)) {
      res.status(401).set('WWW-Authenticate', 'Bearer realm="metrics"').type('text/plain').send('A valid bearer token is required\n');
      return;
    }
    try {
      res.type(registry.contentType).send(await registry.metrics());
    } catch (error) {
      next(error);
    }
  };
}

const digest = (value: string) => createHash('sha256').update(value).digest();
