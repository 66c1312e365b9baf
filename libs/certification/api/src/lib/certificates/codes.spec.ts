import { newPublicCode, normaliseCode } from './codes';

describe('public codes', () => {
  it('are 12 base-32 digits in three groups, and never repeat in 10,000 draws', () => {
    const codes = new Set(Array.from({ length: 10_000 }, newPublicCode));
    expect(codes.size).toBe(10_000);
    for (const c of [...codes].slice(0, 100)) expect(c).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
  });

  it('read back however they were typed', () => {
    expect(normaliseCode(' k7qm 4hx2 9pta ')).toBe('K7QM-4HX2-9PTA');
    expect(normaliseCode('K7QM4HX29PTA')).toBe('K7QM-4HX2-9PTA');
    expect(normaliseCode('OOOO-IIII-LLLL')).toBe('0000-1111-1111');
  });

  it('refuse what cannot be a code', () => {
    for (const bad of ['', 'abc', 'K7QM-4HX2-9PT', 'K7QM-4HX2-9PTAA', 'K7QM-4HX2-9PT!', "1' OR '1'='1", 'UUUU-UUUU-UUUU']) expect(normaliseCode(bad)).toBeNull();
  });
});
