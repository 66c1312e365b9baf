import { message } from '@cds/api/common';
import { everyType, matching, multiple, numeric, shortAnswer, single, trueFalse, essay } from './fixtures';
import { QUESTION_MESSAGES } from './messages';
import { QUESTION_PROBLEMS, validateQuestion } from './validate';

const opt = (id: string, weight: number, text = id) => ({ id, text, weight, feedback: '' });

describe('validateQuestion', () => {
  it('accepts a well-formed question of every type', () => {
    for (const q of everyType()) expect({ type: q.type, problems: validateQuestion(q) }).toEqual({ type: q.type, problems: [] });
  });

  it('refuses points ≤ 0 and an empty text', () => {
    expect(validateQuestion(trueFalse({ points: 0 }))).toEqual(['assessment.points_not_positive']);
    expect(validateQuestion(trueFalse({ points: -1, text: '  ' }))).toEqual(['assessment.points_not_positive', 'assessment.text_required']);
  });

  it('single choice: needs a 100% option, two options, distinct ids and texts', () => {
    expect(validateQuestion(single({ options: [opt('a', 90), opt('b', 50)] }))).toEqual(['assessment.no_full_credit']);
    expect(validateQuestion(single({ options: [opt('a', 100)] }))).toEqual(['assessment.too_few_options']);
    expect(validateQuestion(single({ options: [opt('a', 100), opt('a', 0, 'x')] }))).toEqual(['assessment.duplicate_option']);
    expect(validateQuestion(single({ options: [opt('a', 100, 'Có'), opt('b', 0, ' Có ')] }))).toEqual(['assessment.duplicate_option']);
    expect(validateQuestion(single({ options: [opt('a', 100), opt('b', 0, '')] }))).toEqual(['assessment.empty_option']);
    expect(validateQuestion(single({ options: [opt('a', 100), opt('b', -150)] }))).toEqual(['assessment.weight_out_of_range']);
  });

  it('multiple choice: positive weights must add up to 100 (±0.01), each within −100…100', () => {
    expect(validateQuestion(multiple({ options: [opt('a', 50), opt('b', 40), opt('c', -100)] }))).toEqual(['assessment.weights_not_100']);
    expect(validateQuestion(multiple({ options: [opt('a', 33.333), opt('b', 33.333), opt('c', 33.333)] }))).toEqual([]);
    expect(validateQuestion(multiple({ options: [opt('a', 33.33), opt('b', 33.33), opt('c', 33.33)] }))).toEqual(['assessment.weights_not_100']);
    expect(validateQuestion(multiple({ options: [opt('a', 100), opt('b', 100)] }))).toEqual(['assessment.weights_not_100']);
    expect(validateQuestion(multiple({ options: [opt('a', 100), opt('b', -200)] }))).toEqual(['assessment.weight_out_of_range']);
    expect(validateQuestion(multiple({ options: [opt('a', 0), opt('b', 0)] }))).toEqual(['assessment.weights_not_100']);
  });

  it('short answer: needs an accepted answer worth 100%, none empty', () => {
    expect(validateQuestion(shortAnswer({ answers: [] }))).toEqual(['assessment.no_answers']);
    expect(validateQuestion(shortAnswer({ answers: [{ text: 'x', weight: 50, feedback: '' }] }))).toEqual(['assessment.no_full_credit']);
    expect(validateQuestion(shortAnswer({ answers: [{ text: 'x', weight: 100, feedback: '' }, { text: ' ', weight: 50, feedback: '' }] }))).toEqual([
      'assessment.empty_answer',
    ]);
  });

  it('numeric: refuses a negative tolerance, a reversed range, a non-finite key, no 100% answer', () => {
    expect(validateQuestion(numeric({ answers: [{ kind: 'tolerance', value: 1, tolerance: -0.1, weight: 100, feedback: '' }] }))).toEqual([
      'assessment.negative_tolerance',
    ]);
    expect(validateQuestion(numeric({ answers: [{ kind: 'range', min: 3, max: 2, weight: 100, feedback: '' }] }))).toEqual(['assessment.range_reversed']);
    expect(validateQuestion(numeric({ answers: [{ kind: 'range', min: 2, max: 2, weight: 100, feedback: '' }] }))).toEqual([]);
    expect(validateQuestion(numeric({ answers: [{ kind: 'tolerance', value: Number.NaN, tolerance: 0, weight: 100, feedback: '' }] }))).toEqual([
      'assessment.numeric_key_invalid',
    ]);
    expect(validateQuestion(numeric({ answers: [{ kind: 'tolerance', value: 1, tolerance: 0, weight: 60, feedback: '' }] }))).toEqual(['assessment.no_full_credit']);
    expect(validateQuestion(numeric({ answers: [] }))).toEqual(['assessment.no_answers']);
  });

  it('matching: needs two pairs, distinct prompts, nothing empty', () => {
    expect(validateQuestion(matching({ pairs: [{ id: 'p', prompt: 'A', answer: '1' }] }))).toEqual(['assessment.too_few_pairs']);
    expect(
      validateQuestion(matching({ pairs: [{ id: 'p', prompt: 'A', answer: '1' }, { id: 'q', prompt: ' A ', answer: '2' }] })),
    ).toEqual(['assessment.duplicate_prompt']);
    expect(validateQuestion(matching({ pairs: [{ id: 'p', prompt: 'A', answer: '1' }, { id: 'q', prompt: 'B', answer: '' }] }))).toEqual([
      'assessment.empty_pair',
    ]);
    // Two prompts may share an answer.
    expect(validateQuestion(matching({ pairs: [{ id: 'p', prompt: 'A', answer: '1' }, { id: 'q', prompt: 'B', answer: '1' }] }))).toEqual([]);
  });

  it('essay: a word limit that is a whole number ≥ 0', () => {
    expect(validateQuestion(essay({ maxWords: 0 }))).toEqual([]);
    expect(validateQuestion(essay({ maxWords: -5 }))).toEqual(['assessment.max_words_invalid']);
    expect(validateQuestion(essay({ maxWords: 2.5 }))).toEqual(['assessment.max_words_invalid']);
  });
});

describe('question messages', () => {
  it('has a Vietnamese and an English text for every problem code, registered', () => {
    for (const code of [...QUESTION_PROBLEMS, 'assessment.not_a_number' as const]) {
      expect(QUESTION_MESSAGES[code].vi.length).toBeGreaterThan(0);
      expect(QUESTION_MESSAGES[code].en.length).toBeGreaterThan(0);
      expect(message(code, 'vi')).toBe(QUESTION_MESSAGES[code].vi);
      expect(message(code, 'en')).toBe(QUESTION_MESSAGES[code].en);
    }
    expect(Object.keys(QUESTION_MESSAGES).sort()).toEqual([...QUESTION_PROBLEMS, 'assessment.not_a_number'].sort());
  });
});
