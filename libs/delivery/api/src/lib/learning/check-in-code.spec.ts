import { createHmac } from 'node:crypto';
import { CHECK_IN_PERIOD_SECONDS, checkInWindow, macMatches, makeCheckInCode, parseCheckInCode, windowEnd } from './check-in-code';

describe('QR check-in codes', () => {
  const secret = 'a'.repeat(64);

  it('is the session, the 45-second window and an HMAC of both', () => {
    const now = new Date('2025-07-01T01:00:10Z');
    const window = checkInWindow(now);
    expect(window).toBe(Math.floor(now.getTime() / 1000 / 45));
    const code = makeCheckInCode(12, secret, window);
    const expectedMac = createHmac('sha256', secret).update(`12.${window}`).digest('base64url').slice(0, 16);
    expect(code).toBe(`12.${window}.${expectedMac}`);
    expect(windowEnd(window).getTime()).toBe((window + 1) * CHECK_IN_PERIOD_SECONDS * 1000);
    expect(windowEnd(window).getTime()).toBeGreaterThan(now.getTime());
  });

  it('parses its own codes and verifies them only with the right secret, session and window', () => {
    const code = makeCheckInCode(7, secret, 1000);
    const parsed = parseCheckInCode(code)!;
    expect(parsed).toEqual({ sessionId: 7, window: 1000, mac: code.split('.')[2] });
    expect(macMatches(parsed, secret)).toBe(true);
    expect(macMatches(parsed, 'b'.repeat(64))).toBe(false);
    expect(macMatches({ ...parsed, window: 1001 }, secret)).toBe(false);
    expect(macMatches({ ...parsed, sessionId: 8 }, secret)).toBe(false);
  });

  it('refuses anything that is not shaped like a code', () => {
    for (const bad of ['', 'abc', '7.1000', '7.1000.short', '0.1000.AAAAAAAAAAAAAAAA', '7.x.AAAAAAAAAAAAAAAA', '7.1000.AAAAAAAAAAAAAAA$', '7.1000.AAAAAAAAAAAAAAAAA']) {
      expect(parseCheckInCode(bad)).toBeNull();
    }
  });
});
