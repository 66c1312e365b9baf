import { leafKeys } from '@cds/web/i18n';
import { AUDIT_EN } from './audit.en';
import { AUDIT_VI } from './audit.vi';

describe('audit words', () => {
  it('have the same keys in Vietnamese and English, and no empty strings', () => {
    expect(leafKeys(AUDIT_EN).sort()).toEqual(leafKeys(AUDIT_VI).sort());
    const values = (o: object): string[] => Object.values(o).flatMap((v) => (typeof v === 'string' ? [v] : values(v as object)));
    expect([...values(AUDIT_VI), ...values(AUDIT_EN)].filter((v) => !v.trim())).toEqual([]);
  });
});
