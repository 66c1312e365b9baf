import { SEAT_FUNCTION_LABELS, SEAT_FUNCTIONS, TOPIC_AREA_LABELS, TOPIC_AREAS } from '@cds/contracts';
import { leafKeys } from '@cds/web/i18n';
import { CATALOGUE_EN } from './catalogue.en';
import { CATALOGUE_VI } from './catalogue.vi';

describe('catalogue words', () => {
  it('have the same keys in Vietnamese and English, and no empty strings', () => {
    expect(leafKeys(CATALOGUE_EN).sort()).toEqual(leafKeys(CATALOGUE_VI).sort());
    const values = (o: object): string[] => Object.values(o).flatMap((v) => (typeof v === 'string' ? [v] : values(v as object)));
    expect([...values(CATALOGUE_VI), ...values(CATALOGUE_EN)].filter((v) => !v.trim())).toEqual([]);
  });

  it('name every topic area and post function, in Vietnamese as the contracts do', () => {
    expect(Object.keys(CATALOGUE_VI.catalogue.topics).sort()).toEqual([...TOPIC_AREAS].sort());
    expect(Object.keys(CATALOGUE_VI.catalogue.seatFunctions).sort()).toEqual([...SEAT_FUNCTIONS].sort());
    expect(CATALOGUE_VI.catalogue.topics).toEqual(TOPIC_AREA_LABELS);
    expect(CATALOGUE_VI.catalogue.seatFunctions).toEqual(SEAT_FUNCTION_LABELS);
  });

  it('use the same {{placeholders}} in both languages', () => {
    const params = (o: object, prefix = ''): string[] =>
      Object.entries(o).flatMap(([k, v]) =>
        typeof v === 'string' ? [`${prefix}${k}:${(v.match(/{{\s*\w+\s*}}/g) ?? []).sort().join(',')}`] : params(v as object, `${prefix}${k}.`),
      );
    expect(params(CATALOGUE_EN).sort()).toEqual(params(CATALOGUE_VI).sort());
  });
});
