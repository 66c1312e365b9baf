import { leafKeys } from '@cds/web/i18n';
import { LEARNING_EN } from './learning.en';
import { LEARNING_VI } from './learning.vi';

describe('learning words', () => {
  it('have the same keys in Vietnamese and English, and no empty strings', () => {
    expect(leafKeys(LEARNING_EN).sort()).toEqual(leafKeys(LEARNING_VI).sort());
    const values = (o: object): string[] => Object.values(o).flatMap((v) => (typeof v === 'string' ? [v] : values(v as object)));
    expect([...values(LEARNING_VI), ...values(LEARNING_EN)].filter((v) => !v.trim())).toEqual([]);
  });

  it('use the same placeholders in both languages', () => {
    const at = (o: object, key: string) => key.split('.').reduce<unknown>((n, k) => (n as Record<string, unknown>)[k], o) as string;
    const holes = (s: string) => (s.match(/{{\s*\w+\s*}}/g) ?? []).sort();
    for (const key of leafKeys(LEARNING_VI)) expect([key, holes(at(LEARNING_EN, key))]).toEqual([key, holes(at(LEARNING_VI, key))]);
  });
});
