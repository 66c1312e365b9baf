import { fileSize, safeHttpUrl, sessionWhen, vnTime, vnTimeAndDate } from './learning-format';

describe('learning format', () => {
  it('shows a session in Vietnam time, with the weekday in the person’s language', () => {
    expect(sessionWhen('2026-11-02T01:00:00Z', '2026-11-02T04:30:00Z', 'vi')).toBe('Thứ Hai, 02/11/2026, 08:00–11:30');
    expect(sessionWhen('2026-11-02T01:00:00Z', '2026-11-02T04:30:00Z', 'en')).toBe('Monday, 02/11/2026, 08:00–11:30');
    // 23:00 UTC is already the next day in Vietnam
    expect(sessionWhen('2026-11-01T23:00:00Z', '2026-11-02T18:00:00Z', 'vi')).toBe('Thứ Hai, 02/11/2026, 06:00 – 01:00 03/11/2026');
    expect([vnTime('2026-11-02T01:05:00Z'), vnTimeAndDate('2026-11-02T01:05:00Z'), vnTime('nope')]).toEqual(['08:05', '08:05 02/11/2026', '']);
  });

  it('gives file sizes with the decimal comma in Vietnamese', () => {
    expect([fileSize(900, 'vi'), fileSize(840_000, 'vi'), fileSize(1_468_006, 'vi'), fileSize(1_468_006, 'en')]).toEqual([
      '900 B',
      '820 KB',
      '1,4 MB',
      '1.4 MB',
    ]);
  });

  it('lets only http(s) links through', () => {
    expect(safeHttpUrl('https://video.example.vn/bai-1')).toBe('https://video.example.vn/bai-1');
    expect(safeHttpUrl('javascript:alert(1)')).toBeNull();
    expect(safeHttpUrl('data:text/html,x')).toBeNull();
    expect(safeHttpUrl(null)).toBeNull();
  });
});
