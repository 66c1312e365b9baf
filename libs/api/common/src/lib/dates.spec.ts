import { todayInVietnam } from './dates';

describe('todayInVietnam', () => {
  const intl = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' });

  it.each(['2026-11-29T16:59:59Z', '2026-11-29T17:00:00Z', '2025-06-30T23:30:00Z', '2024-12-31T17:00:00Z', '2028-02-28T18:00:00Z'])(
    'agrees with the time-zone database at %s',
    (instant) => expect(todayInVietnam(new Date(instant))).toBe(intl.format(new Date(instant))),
  );

  it('turns the day at 17:00 UTC', () => {
    expect(todayInVietnam(new Date('2026-11-29T16:59:59Z'))).toBe('2026-11-29');
    expect(todayInVietnam(new Date('2026-11-29T17:00:00Z'))).toBe('2026-11-30');
  });
});
