import { GRADING_METHODS, REVIEW_WHEN } from '@cds/contracts';
import { leafKeys } from '@cds/web/i18n';
import { ASSESSMENT_VI } from '../../i18n/assessment.vi';
import { QUIZ_EN } from './quiz.en';
import { QUIZ_VI } from './quiz.vi';

const values = (o: object): string[] => Object.values(o).flatMap((v) => (typeof v === 'string' ? [v] : values(v as object)));
const params = (o: object, prefix = ''): string[] =>
  Object.entries(o).flatMap(([k, v]) =>
    typeof v === 'string' ? [`${prefix}${k}:${(v.match(/{{\s*\w+\s*}}/g) ?? []).sort().join(',')}`] : params(v as object, `${prefix}${k}.`),
  );

describe.each([['quiz', QUIZ_VI, QUIZ_EN]])('%s words', (_, vi, en) => {
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

describe('quiz words', () => {
  it('name every grading method and review moment the API knows', () => {
    expect(Object.keys(QUIZ_VI.assessment.quizzes.methods).sort()).toEqual([...GRADING_METHODS].sort());
    expect(Object.keys(QUIZ_VI.assessment.quizzes.reviewWhen).sort()).toEqual([...REVIEW_WHEN].sort());
    expect(QUIZ_VI.assessment.quizzes.methods).toEqual({ highest: 'Cao nhất', last: 'Lần cuối', average: 'Trung bình' });
  });
});
