import type { AnswerValue } from '@cds/contracts';
import { essay, matching, multiple, numeric, shortAnswer, single, trueFalse } from './fixtures';
import { clampFraction, grade } from './grade';

const sa = (text: string): AnswerValue => ({ type: 'short_answer', text });
const num = (text: string): AnswerValue => ({ type: 'numeric', text });

describe('grade: single choice', () => {
  it('gives the chosen option’s weight, with partial credit and no negative total', () => {
    expect(grade(single(), { type: 'single_choice', optionId: 'a' })).toEqual({ fraction: 1, feedback: ['Đúng rồi'] });
    expect(grade(single(), { type: 'single_choice', optionId: 'b' })).toEqual({ fraction: 0.5, feedback: ['Kinh đô cũ'] });
    expect(grade(single(), { type: 'single_choice', optionId: 'c' })).toEqual({ fraction: 0, feedback: [] });
    expect(grade(single(), { type: 'single_choice', optionId: 'd' })).toEqual({ fraction: 0, feedback: ['Sai'] });
  });

  it('scores nothing for no choice, an unknown option, no answer, or an answer of another type', () => {
    expect(grade(single(), { type: 'single_choice', optionId: null }).fraction).toBe(0);
    expect(grade(single(), { type: 'single_choice', optionId: 'zzz' }).fraction).toBe(0);
    expect(grade(single(), null).fraction).toBe(0);
    expect(grade(single(), { type: 'multiple_choice', optionIds: ['a'] }).fraction).toBe(0);
  });
});

describe('grade: multiple choice', () => {
  const mc = (...optionIds: string[]) => grade(multiple(), { type: 'multiple_choice', optionIds });

  it('adds the chosen weights: all right options give full marks, one of two gives half', () => {
    expect(mc('a', 'b').fraction).toBe(1);
    expect(mc('b').fraction).toBe(0.5);
    expect(mc('a', 'b').feedback).toEqual(['a ok', 'b ok']);
  });

  it('lets a negative weight take points away, never below 0', () => {
    expect(mc('a', 'b', 'c').fraction).toBe(0);
    expect(mc('a', 'c').fraction).toBe(0);
    expect(mc('c', 'd').fraction).toBe(0);
    const q = multiple({
      options: [
        { id: 'a', text: 'A', weight: 50, feedback: '' },
        { id: 'b', text: 'B', weight: 50, feedback: '' },
        { id: 'c', text: 'C', weight: -25, feedback: '' },
      ],
    });
    expect(grade(q, { type: 'multiple_choice', optionIds: ['a', 'b', 'c'] }).fraction).toBe(0.75);
    expect(grade(q, { type: 'multiple_choice', optionIds: ['a', 'c'] }).fraction).toBe(0.25);
  });

  it('does not give full marks for choosing everything when wrong options carry negative weights', () => {
    expect(mc('a', 'b', 'c', 'd').fraction).toBe(0);
  });

  it('never goes above 1, counts a repeated id once and ignores unknown ids', () => {
    const generous = multiple({
      options: [
        { id: 'a', text: 'A', weight: 100, feedback: '' },
        { id: 'b', text: 'B', weight: 100, feedback: '' },
      ],
    });
    expect(grade(generous, { type: 'multiple_choice', optionIds: ['a', 'b'] }).fraction).toBe(1);
    expect(mc('b', 'b', 'b').fraction).toBe(0.5);
    expect(mc('x', 'b').fraction).toBe(0.5);
    expect(mc().fraction).toBe(0);
  });

  it('rounds thirds to four decimals', () => {
    const thirds = multiple({
      options: [
        { id: 'a', text: 'A', weight: 33.33333, feedback: '' },
        { id: 'b', text: 'B', weight: 33.33333, feedback: '' },
        { id: 'c', text: 'C', weight: 33.33334, feedback: '' },
      ],
    });
    expect(grade(thirds, { type: 'multiple_choice', optionIds: ['a'] }).fraction).toBe(0.3333);
    expect(grade(thirds, { type: 'multiple_choice', optionIds: ['a', 'b'] }).fraction).toBe(0.6667);
    expect(grade(thirds, { type: 'multiple_choice', optionIds: ['a', 'b', 'c'] }).fraction).toBe(1);
  });
});

describe('grade: true/false', () => {
  it('is 1 or 0, with the feedback for the chosen value', () => {
    expect(grade(trueFalse(), { type: 'true_false', value: true })).toEqual({ fraction: 1, feedback: ['Bạn chọn Đúng'] });
    expect(grade(trueFalse(), { type: 'true_false', value: false })).toEqual({ fraction: 0, feedback: ['Bạn chọn Sai'] });
    expect(grade(trueFalse({ correct: false }), { type: 'true_false', value: false }).fraction).toBe(1);
    expect(grade(trueFalse(), { type: 'true_false', value: null })).toEqual({ fraction: 0, feedback: [] });
  });
});

describe('grade: short answer', () => {
  it('ignores surrounding and repeated whitespace and compares in NFC', () => {
    expect(grade(shortAnswer(), sa('  Hà   Nội ')).fraction).toBe(1);
    // "Hà Nội" typed with combining marks (NFD), as some Vietnamese keyboards do.
    expect(grade(shortAnswer(), sa('Hà Nội'.normalize('NFD'))).fraction).toBe(1);
    expect(grade(shortAnswer(), sa('Hà Nội')).feedback).toEqual(['Chính xác']);
  });

  it('compares case-insensitively unless told, with Vietnamese letters', () => {
    expect(grade(shortAnswer(), sa('HÀ NỘI')).fraction).toBe(1);
    expect(grade(shortAnswer({ answers: [{ text: 'Đà Lạt', weight: 100, feedback: '' }] }), sa('đà lạt')).fraction).toBe(1);
    expect(grade(shortAnswer({ caseSensitive: true }), sa('hà nội')).fraction).toBe(0);
    expect(grade(shortAnswer({ caseSensitive: true }), sa('Hà Nội')).fraction).toBe(1);
  });

  it('"Hà Nội" vs "ha noi": wrong unless diacritics are ignored (đ counts as d)', () => {
    expect(grade(shortAnswer(), sa('ha noi')).fraction).toBe(0);
    expect(grade(shortAnswer({ ignoreDiacritics: true }), sa('ha noi')).fraction).toBe(1);
    expect(grade(shortAnswer({ ignoreDiacritics: true }), sa('Hạ Nổi')).fraction).toBe(1);
    const dalat = shortAnswer({ ignoreDiacritics: true, answers: [{ text: 'Đà Lạt', weight: 100, feedback: '' }] });
    expect(grade(dalat, sa('da lat')).fraction).toBe(1);
    expect(grade({ ...dalat, caseSensitive: true }, sa('da lat')).fraction).toBe(0);
    expect(grade({ ...dalat, caseSensitive: true }, sa('Da Lat')).fraction).toBe(1);
  });

  it('takes the best matching answer’s weight and feedback', () => {
    const q = shortAnswer({
      answers: [
        { text: 'Hà Nội', weight: 100, feedback: 'Đúng' },
        { text: 'Thăng Long', weight: 50, feedback: 'Tên cũ' },
        { text: '*', weight: 0, feedback: 'Chưa đúng' },
      ],
    });
    expect(grade(q, sa('Thăng Long'))).toEqual({ fraction: 0.5, feedback: ['Tên cũ'] });
    expect(grade(q, sa('hà nội'))).toEqual({ fraction: 1, feedback: ['Đúng'] });
    expect(grade(q, sa('Sài Gòn'))).toEqual({ fraction: 0, feedback: ['Chưa đúng'] });
    expect(grade(q, sa('   '))).toEqual({ fraction: 0, feedback: [] });
  });

  it('treats * in an accepted answer as any run of characters, and \\* as an asterisk', () => {
    const q = shortAnswer({ answers: [{ text: 'Nguyễn * Đức', weight: 100, feedback: '' }] });
    expect(grade(q, sa('Nguyễn Văn Đức')).fraction).toBe(1);
    expect(grade(q, sa('nguyễn minh đức')).fraction).toBe(1);
    expect(grade(q, sa('Nguyễn Đức')).fraction).toBe(0);
    expect(grade(q, sa('Trần Văn Đức')).fraction).toBe(0);
    const star = shortAnswer({ answers: [{ text: '2\\*3', weight: 100, feedback: '' }] });
    expect(grade(star, sa('2*3')).fraction).toBe(1);
    expect(grade(star, sa('2x3')).fraction).toBe(0);
  });

  it('compares answers as text only: regex and formula characters are literal', () => {
    const q = shortAnswer({ answers: [{ text: '2', weight: 100, feedback: '' }, { text: 'a.c (x+y)?', weight: 100, feedback: '' }] });
    expect(grade(q, sa('=1+1')).fraction).toBe(0);
    expect(grade(q, sa('1+1')).fraction).toBe(0);
    expect(grade(q, sa('abc (x+y)?')).fraction).toBe(0);
    expect(grade(q, sa('a.c (x+y)?')).fraction).toBe(1);
    const formula = shortAnswer({ answers: [{ text: '=1+1', weight: 100, feedback: '' }] });
    expect(grade(formula, sa('2')).fraction).toBe(0);
    expect(grade(formula, sa('=1+1')).fraction).toBe(1);
  });

  it('clamps a negative accepted-answer weight to 0', () => {
    const q = shortAnswer({ answers: [{ text: 'x', weight: -50, feedback: 'no' }] });
    expect(grade(q, sa('x'))).toEqual({ fraction: 0, feedback: ['no'] });
  });
});

describe('grade: numeric', () => {
  it('accepts Vietnamese comma decimals and dot decimals, signs and exponents', () => {
    expect(grade(numeric(), num('3,5')).fraction).toBe(1);
    expect(grade(numeric(), num('3.5')).fraction).toBe(1);
    expect(grade(numeric(), num(' +3.50 ')).fraction).toBe(1);
    expect(grade(numeric(), num('35e-1')).fraction).toBe(1);
    expect(grade(numeric(), num('3,5')).feedback).toEqual(['Ba phẩy năm']);
    const thousand = numeric({ answers: [{ kind: 'tolerance', value: 1000, tolerance: 0, weight: 100, feedback: '' }] });
    expect(grade(thousand, num('1e3')).fraction).toBe(1);
    expect(grade(thousand, num('1E+3')).fraction).toBe(1);
  });

  it('scores garbage as 0 with a problem code, never evaluating it', () => {
    for (const text of ['1.000,5', 'abc', '=1+1', '1+1', '3,5,0', '0x10', 'Infinity', '1e999', '3 5', '1 000']) {
      expect({ text, ...grade(numeric(), num(text)) }).toEqual({ text, fraction: 0, feedback: [], problem: 'assessment.not_a_number' });
    }
    const two = numeric({ answers: [{ kind: 'tolerance', value: 2, tolerance: 0, weight: 100, feedback: '' }] });
    expect(grade(two, num('=1+1')).fraction).toBe(0);
  });

  it('treats an empty answer as unanswered (0, no problem)', () => {
    expect(grade(numeric(), num(''))).toEqual({ fraction: 0, feedback: [] });
    expect(grade(numeric(), num('   '))).toEqual({ fraction: 0, feedback: [] });
  });

  it('accepts within the tolerance, despite binary floating point, and not beyond', () => {
    const q = numeric({ answers: [{ kind: 'tolerance', value: 0.3, tolerance: 0.1, weight: 100, feedback: '' }] });
    expect(grade(q, num('0,4')).fraction).toBe(1);
    expect(grade(q, num('0.2')).fraction).toBe(1);
    expect(grade(q, num('0.41')).fraction).toBe(0);
    expect(grade(q, num('-0.3')).fraction).toBe(0);
  });

  it('accepts a range with its ends, and takes the best weight among matches', () => {
    const q = numeric({
      answers: [
        { kind: 'range', min: 1, max: 2, weight: 50, feedback: 'gần đúng' },
        { kind: 'tolerance', value: 1.5, tolerance: 0.05, weight: 100, feedback: 'đúng' },
        { kind: 'range', min: -10, max: 10, weight: 10, feedback: 'xa' },
      ],
    });
    expect(grade(q, num('1'))).toEqual({ fraction: 0.5, feedback: ['gần đúng'] });
    expect(grade(q, num('2'))).toEqual({ fraction: 0.5, feedback: ['gần đúng'] });
    expect(grade(q, num('1,52'))).toEqual({ fraction: 1, feedback: ['đúng'] });
    expect(grade(q, num('-7'))).toEqual({ fraction: 0.1, feedback: ['xa'] });
    expect(grade(q, num('11'))).toEqual({ fraction: 0, feedback: [] });
  });
});

describe('grade: matching', () => {
  const m = (matches: Record<string, string | null>) => grade(matching(), { type: 'matching', matches }).fraction;

  it('gives right pairs ÷ pairs', () => {
    expect(m({ p1: 'Hà Nội', p2: 'Viêng Chăn', p3: 'Phnôm Pênh', p4: 'Băng Cốc' })).toBe(1);
    expect(m({ p1: 'Hà Nội', p2: 'Viêng Chăn', p3: 'Yangon', p4: null })).toBe(0.5);
    expect(m({ p1: 'Hà Nội' })).toBe(0.25);
    expect(m({ p1: 'Viêng Chăn', p2: 'Hà Nội' })).toBe(0);
    expect(m({})).toBe(0);
  });

  it('counts three of seven as 0.4286 and ignores unknown prompts', () => {
    const q = matching({
      pairs: Array.from({ length: 7 }, (_, i) => ({ id: `p${i}`, prompt: `P${i}`, answer: `A${i}` })),
    });
    const fraction = grade(q, { type: 'matching', matches: { p0: 'A0', p1: 'A1', p2: 'A2', zz: 'A3', p3: 'A4' } }).fraction;
    expect(fraction).toBe(0.4286);
  });

  it('does not let inherited object keys count as answers', () => {
    const q = matching({ pairs: [{ id: 'constructor', prompt: 'x', answer: 'function Object() { [native code] }' }, { id: 'p', prompt: 'y', answer: 'z' }] });
    expect(grade(q, { type: 'matching', matches: {} }).fraction).toBe(0);
  });
});

describe('grade: essay', () => {
  it('waits for a trainer: fraction null, whatever the answer', () => {
    expect(grade(essay(), { type: 'essay', text: 'Bài làm' })).toEqual({ fraction: null, feedback: [] });
    expect(grade(essay(), null)).toEqual({ fraction: null, feedback: [] });
  });
});

describe('clampFraction', () => {
  it('keeps 0…1 with four decimals and turns NaN into 0', () => {
    expect(clampFraction(-0.5)).toBe(0);
    expect(clampFraction(1.2)).toBe(1);
    expect(clampFraction(0.123456)).toBe(0.1235);
    expect(clampFraction(Number.NaN)).toBe(0);
  });
});
