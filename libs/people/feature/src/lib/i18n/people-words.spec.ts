import { leafKeys } from '@cds/web/i18n';
import { PEOPLE_EN } from './people.en';
import { PEOPLE_VI } from './people.vi';

describe('people words', () => {
  it('have the same keys in Vietnamese and English, and no empty strings', () => {
    expect(leafKeys(PEOPLE_EN).sort()).toEqual(leafKeys(PEOPLE_VI).sort());
    const values = (o: object): string[] => Object.values(o).flatMap((v) => (typeof v === 'string' ? [v] : values(v as object)));
    expect([...values(PEOPLE_VI), ...values(PEOPLE_EN)].filter((v) => !v.trim())).toEqual([]);
  });
});
