import { CLASS_MODES, CLASS_STATES, ENROLMENT_STATES, PLAN_TIERS } from '@cds/contracts';
import { leafKeys } from '@cds/web/i18n';
import { DELIVERY_STAFF_EN } from './delivery-staff.en';
import { DELIVERY_STAFF_VI } from './delivery-staff.vi';

describe('delivery staff words', () => {
  it('have the same keys in Vietnamese and English, and no empty strings', () => {
    expect(leafKeys(DELIVERY_STAFF_EN).sort()).toEqual(leafKeys(DELIVERY_STAFF_VI).sort());
    const values = (o: object): string[] => Object.values(o).flatMap((v) => (typeof v === 'string' ? [v] : values(v as object)));
    expect([...values(DELIVERY_STAFF_VI), ...values(DELIVERY_STAFF_EN)].filter((v) => !v.trim())).toEqual([]);
  });

  it('name every mode, class state, enrolment state and tier of the contracts', () => {
    expect(Object.keys(DELIVERY_STAFF_VI.classes.modes).sort()).toEqual([...CLASS_MODES].sort());
    expect(Object.keys(DELIVERY_STAFF_VI.classes.states).sort()).toEqual([...CLASS_STATES].sort());
    expect(Object.keys(DELIVERY_STAFF_VI.enrolment.states).sort()).toEqual([...ENROLMENT_STATES].sort());
    expect(Object.keys(DELIVERY_STAFF_VI.plans.tiers).sort()).toEqual([...PLAN_TIERS].sort());
  });

  it('use the same placeholders in both languages', () => {
    const en = new Map(leafKeys(DELIVERY_STAFF_EN).map((k) => [k, k.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], DELIVERY_STAFF_EN) as string]));
    const params = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();
    const mismatched = leafKeys(DELIVERY_STAFF_VI).filter((k) => {
      const vi = k.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], DELIVERY_STAFF_VI) as string;
      return params(vi).join() !== params(en.get(k) ?? '').join();
    });
    expect(mismatched).toEqual([]);
  });
});
