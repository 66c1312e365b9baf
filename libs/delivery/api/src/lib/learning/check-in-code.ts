import { createHmac, timingSafeEqual } from 'node:crypto';

/** How long one QR check-in code is shown, in seconds. */
export const CHECK_IN_PERIOD_SECONDS = 45;

const MAC_LENGTH = 16;
const CODE = /^(\d{1,12})\.(\d{1,15})\.([A-Za-z0-9_-]{16})$/;

/** The window a moment falls in: codes change at each window's start. */
export const checkInWindow = (now: Date) => Math.floor(now.getTime() / 1000 / CHECK_IN_PERIOD_SECONDS);

/** When a window ends (the next code starts). */
export const windowEnd = (window: number) => new Date((window + 1) * CHECK_IN_PERIOD_SECONDS * 1000);

function mac(secret: string, sessionId: number, window: number): string {
  return createHmac('sha256', secret).update(`${sessionId}.${window}`).digest('base64url').slice(0, MAC_LENGTH);
}

/**
 * The code of a session for a window: `<sessionId>.<window>.<mac>`, the mac being the first 16
 * base64url characters of HMAC-SHA256(session secret, `<sessionId>.<window>`). Only the server
 * knows the secret, so a code cannot be made ahead of time or for another session.
 */
export function makeCheckInCode(sessionId: number, secret: string, window: number): string {
  return `${sessionId}.${window}.${mac(secret, sessionId, window)}`;
}

/** The parts of a code, or null when it does not have the shape of one. */
export function parseCheckInCode(code: string): { sessionId: number; window: number; mac: string } | null {
  const m = CODE.exec(code.trim());
  if (!m) return null;
  const sessionId = Number(m[1]);
  const window = Number(m[2]);
  if (!Number.isSafeInteger(sessionId) || !Number.isSafeInteger(window) || sessionId < 1) return null;
  return { sessionId, window, mac: m[3] };
}

/** Whether the mac was made with the session's secret for that window (compared in constant time). */
export function macMatches(parsed: { sessionId: number; window: number; mac: string }, secret: string): boolean {
  const expected = Buffer.from(mac(secret, parsed.sessionId, parsed.window));
  const given = Buffer.from(parsed.mac);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
