import { ATTEMPT_STATES, GRADING_METHODS } from '@cds/contracts';
import { leafKeys } from '@cds/web/i18n';
import { ATTEMPT_EN } from './attempt.en';
import { ATTEMPT_VI } from './attempt.vi';

describe('attempt words', () => {
  it('have the same keys in Vietnamese and English, and no empty strings', () => {
    expect(leafKeys(ATTEMPT_EN).sort()).toEqual(leafKeys(ATTEMPT_VI).sort());
    const values = (o: object): string[] => Object.values(o).flatMap((v) => (typeof v === 'string' ? [v] : values(v as object)));
    expect([...values(ATTEMPT_VI), ...values(ATTEMPT_EN)].filter((v) => !v.trim())).toEqual([]);
  });

  it('name every attempt state, grading method and reason a quiz cannot start', () => {
    expect(Object.keys(ATTEMPT_VI.attempt.quizzes.attemptStates).sort()).toEqual([...ATTEMPT_STATES].sort());
    expect(Object.keys(ATTEMPT_VI.attempt.quizzes.gradingMethods).sort()).toEqual([...GRADING_METHODS].sort());
    expect(Object.keys(ATTEMPT_VI.attempt.quizzes.blocked).sort()).toEqual(['closed', 'no_attempts_left', 'not_open']);
  });

  it('use the same {{placeholders}} in both languages', () => {
    const params = (o: object, prefix = ''): string[] =>
      Object.entries(o).flatMap(([k, v]) =>
        typeof v === 'string' ? [`${prefix}${k}:${(v.match(/{{\s*\w+\s*}}/g) ?? []).sort().join(',')}`] : params(v as object, `${prefix}${k}.`),
      );
    expect(params(ATTEMPT_EN).sort()).toEqual(params(ATTEMPT_VI).sort());
  });
});
