import { MARK_ROLES } from '@cds/contracts';
import { leafKeys } from '@cds/web/i18n';
import { ASSESSMENT_VI } from '../../i18n/assessment.vi';
import { GRADING_EN } from './grading.en';
import { GRADING_VI } from './grading.vi';

const values = (o: object): string[] => Object.values(o).flatMap((v) => (typeof v === 'string' ? [v] : values(v as object)));
const params = (o: object, prefix = ''): string[] =>
  Object.entries(o).flatMap(([k, v]) =>
    typeof v === 'string' ? [`${prefix}${k}:${(v.match(/{{\s*\w+\s*}}/g) ?? []).sort().join(',')}`] : params(v as object, `${prefix}${k}.`),
  );

describe.each([['grading', GRADING_VI, GRADING_EN]])('%s words', (_, vi, en) => {
  it('have the same keys in Vietnamese and English, and no empty strings', () => {
    expect(leafKeys(en).sort()).toEqual(leafKeys(vi).sort());
    expect([...values(vi), ...values(en)].filter((v) => !v.trim())).toEqual([]);
  });

  it('use the same {{placeholders}} in both languages', () => {
    expect(params(en).sort()).toEqual(params(vi).sort());
  });

  it('live beside the question bank words without replacing any of them', () => {
    const own = Object.keys(vi.assessment);
    expect(own.filter((k) => k in ASSESSMENT_VI.assessment)).toEqual([]);
  });
});

describe('grading words', () => {
  it('name every marking role and every state of a response', () => {
    expect(Object.keys(GRADING_VI.assessment.grading.roles).sort()).toEqual([...MARK_ROLES].sort());
    expect(Object.keys(GRADING_VI.assessment.grading.roleHints).sort()).toEqual([...MARK_ROLES].sort());
    expect(Object.keys(GRADING_VI.assessment.grading.states).sort()).toEqual(['disagreement', 'graded', 'pending', 'second_pending']);
  });
});
