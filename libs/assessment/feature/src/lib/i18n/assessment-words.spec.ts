import { QUESTION_TYPES } from '@cds/contracts';
import { leafKeys } from '@cds/web/i18n';
import { ASSESSMENT_EN } from './assessment.en';
import { ASSESSMENT_VI } from './assessment.vi';

describe('assessment words', () => {
  it('have the same keys in Vietnamese and English, and no empty strings', () => {
    expect(leafKeys(ASSESSMENT_EN).sort()).toEqual(leafKeys(ASSESSMENT_VI).sort());
    const values = (o: object): string[] => Object.values(o).flatMap((v) => (typeof v === 'string' ? [v] : values(v as object)));
    expect([...values(ASSESSMENT_VI), ...values(ASSESSMENT_EN)].filter((v) => !v.trim())).toEqual([]);
  });

  it('name every question type', () => {
    expect(Object.keys(ASSESSMENT_VI.assessment.types).sort()).toEqual([...QUESTION_TYPES].sort());
  });

  it('use the same {{placeholders}} in both languages', () => {
    const params = (o: object, prefix = ''): string[] =>
      Object.entries(o).flatMap(([k, v]) =>
        typeof v === 'string' ? [`${prefix}${k}:${(v.match(/{{\s*\w+\s*}}/g) ?? []).sort().join(',')}`] : params(v as object, `${prefix}${k}.`),
      );
    expect(params(ASSESSMENT_EN).sort()).toEqual(params(ASSESSMENT_VI).sort());
  });
});
