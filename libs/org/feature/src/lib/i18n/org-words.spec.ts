import { leafKeys } from '@cds/web/i18n';
import { ORG_EN } from './org.en';
import { ORG_VI } from './org.vi';

describe('org words', () => {
  it('have the same keys in Vietnamese and English, and no empty strings', () => {
    expect(leafKeys(ORG_EN).sort()).toEqual(leafKeys(ORG_VI).sort());
    const values = (o: object): string[] => Object.values(o).flatMap((v) => (typeof v === 'string' ? [v] : values(v as object)));
    expect([...values(ORG_VI), ...values(ORG_EN)].filter((v) => !v.trim())).toEqual([]);
  });
});
