import helmet, { HelmetOptions } from 'helmet';

/** The security headers of every answer: a strict Content-Security-Policy and helmet's defaults. */
export const HELMET_OPTIONS: HelmetOptions = {
  contentSecurityPolicy: {
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      // Angular and Angular Material add component styles at run time.
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:', 'blob:'],
      fontSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      frameAncestors: ["'none'"],
      upgradeInsecureRequests: null,
    },
  },
};

/**
 * Helmet's headers, computed once. Helmet sets the same headers on every response (nothing in
 * them depends on the request: no CSP nonce), but @fastify/helmet runs helmet's middleware per
 * request, re-parsing the policy each time: about 15 % of a health check's CPU. So helmet runs once
 * here, against a response that records what it sets, and the hook copies the result.
 */
export function securityHeaders(options: HelmetOptions = HELMET_OPTIONS): Record<string, string> {
  const headers: Record<string, string> = {};
  const recorder = {
    setHeader: (name: string, value: string | number | readonly string[]) => void (headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value)),
    removeHeader: (name: string) => void delete headers[name.toLowerCase()],
    getHeader: (name: string) => headers[name.toLowerCase()],
  };
  let failed: unknown;
  helmet(options)({} as never, recorder as never, (e?: unknown) => (failed = e));
  if (failed) throw failed;
  return headers;
}
