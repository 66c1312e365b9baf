import { AUDIT_ACTIONS } from '@cds/contracts';
import { leafKeys } from '@cds/web/i18n';
import { AUDIT_EN } from './audit.en';
import { AUDIT_VI } from './audit.vi';

describe('audit words', () => {
  it('have the same keys in Vietnamese and English, and no empty strings', () => {
    expect(leafKeys(AUDIT_EN).sort()).toEqual(leafKeys(AUDIT_VI).sort());
    const values = (o: object): string[] => Object.values(o).flatMap((v) => (typeof v === 'string' ? [v] : values(v as object)));
    expect([...values(AUDIT_VI), ...values(AUDIT_EN)].filter((v) => !v.trim())).toEqual([]);
  });

  it('name every act the audit log records (AUDIT_ACTIONS), in both languages', () => {
    const named = (words: typeof AUDIT_VI) => leafKeys(words.audit.actions);
    expect(AUDIT_ACTIONS.filter((a) => !named(AUDIT_VI).includes(a))).toEqual([]);
    expect(AUDIT_ACTIONS.filter((a) => !named(AUDIT_EN).includes(a))).toEqual([]);
  });
});
