import { leafKeys } from '@cds/web/i18n';
import { AUTH_EN } from './auth.en';
import { AUTH_VI } from './auth.vi';

describe('auth words', () => {
  it('have the same keys in Vietnamese and English, and no empty strings', () => {
    expect(leafKeys(AUTH_EN).sort()).toEqual(leafKeys(AUTH_VI).sort());
    const values = (o: object): string[] => Object.values(o).flatMap((v) => (typeof v === 'string' ? [v] : values(v as object)));
    expect([...values(AUTH_VI), ...values(AUTH_EN)].filter((v) => !v.trim())).toEqual([]);
  });
});
