import type { IncomingMessage } from 'node:http';
import helmet from 'helmet';

/** A Host header we are willing to repeat in a policy: a name or an address, with a port. */
const PLAIN_HOST = /^(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

/**
 * The headers a browser needs, on every response (helmet, with its other defaults kept): the
 * portal runs only its own scripts and styles and talks only to its own origin, HTTP and
 * WebSocket; no page may frame it (an accept button in someone else's frame); no MIME sniffing;
 * no referrer leaves it. `'self'` covers ws:/wss: of the same host in current browsers; the
 * explicit ws:// and wss:// sources are for those that predate that rule.
 */
export function securityHeaders() {
  const socket = (scheme: 'ws' | 'wss') => (req: IncomingMessage) => {
    const host = req.headers.host;
    return host && PLAIN_HOST.test(host) ? `${scheme}://${host}` : "'self'";
  };
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'", socket('ws'), socket('wss')],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    // For browsers that know X-Frame-Options but not frame-ancestors.
    xFrameOptions: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
  });
}
