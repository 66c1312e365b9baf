import { QUESTION_TYPES } from '@cds/contracts';
import { SAMPLE_BODIES } from '../testing/bank-test-setup';
import { bodyOf, fillForm, nextId, parseDecimal, questionForm, showSection, tagsOf } from './question-form';

describe('question form', () => {
  it.each(QUESTION_TYPES)('gives back a saved %s question exactly as it was shown', (type) => {
    const form = questionForm();
    fillForm(form, SAMPLE_BODIES[type]);
    expect(form.valid).toBe(true);
    expect(form.pristine).toBe(true);
    expect(bodyOf(form)).toEqual(SAMPLE_BODIES[type]);
  });

  it('sends only the fields of the chosen type, and a new question starts as single choice with A right', () => {
    const form = questionForm();
    showSection(form);
    form.controls.text.setValue('Câu hỏi?');
    form.controls.choice.controls.options.controls.forEach((o, i) => o.controls.text.setValue(`Phương án ${i + 1}`));
    expect(bodyOf(form)).toEqual({
      type: 'single_choice',
      name: '',
      text: 'Câu hỏi?',
      generalFeedback: '',
      points: 1,
      tags: [],
      options: [
        { id: 'a', text: 'Phương án 1', weight: 100, feedback: '' },
        { id: 'b', text: 'Phương án 2', weight: 0, feedback: '' },
        { id: 'c', text: 'Phương án 3', weight: 0, feedback: '' },
        { id: 'd', text: 'Phương án 4', weight: 0, feedback: '' },
      ],
    });
    form.controls.type.setValue('essay');
    showSection(form);
    expect(bodyOf(form)).toEqual({ type: 'essay', name: '', text: 'Câu hỏi?', generalFeedback: '', points: 1, tags: [], rubric: '', maxWords: 0 });
  });

  it('counts only the section of the chosen type for validity', () => {
    const form = questionForm();
    form.controls.text.setValue('Câu hỏi?');
    form.controls.type.setValue('true_false');
    showSection(form);
    // The empty options of the choice section do not matter to a true/false question.
    expect([form.valid, form.controls.choice.disabled, form.controls.trueFalse.enabled]).toEqual([true, true, true]);
    form.controls.type.setValue('single_choice');
    showSection(form);
    expect(form.valid).toBe(false);
  });

  it('asks for a value and tolerance, or a range, by the kind of a numeric answer', () => {
    const form = questionForm();
    form.controls.type.setValue('numeric');
    form.controls.text.setValue('Bao nhiêu?');
    showSection(form);
    const answer = form.controls.numeric.controls.answers.at(0);
    expect(form.valid).toBe(false);
    answer.controls.value.setValue('3,5');
    expect(form.valid).toBe(true);
    answer.controls.kind.setValue('range');
    expect([answer.controls.value.disabled, form.valid]).toEqual([true, false]);
    answer.controls.min.setValue('−1');
    answer.controls.max.setValue('2.25');
    expect(bodyOf(form)).toMatchObject({ answers: [{ kind: 'range', min: -1, max: 2.25, weight: 100, feedback: '' }] });
  });

  it('reads numbers with a comma or a point, and refuses what is not one', () => {
    expect([parseDecimal('3,5'), parseDecimal(' -0.25 '), parseDecimal('−50'), parseDecimal('100')]).toEqual([3.5, -0.25, -50, 100]);
    expect([parseDecimal(''), parseDecimal('1.000,5'), parseDecimal('abc'), parseDecimal('1e3')].every(Number.isNaN)).toBe(true);
    const form = questionForm();
    const weight = form.controls.choice.controls.options.at(0).controls.weight;
    for (const [value, valid] of [['50', true], ['-100', true], ['100,5', false], ['một', false]] as const) {
      weight.setValue(value);
      expect([value, weight.valid]).toEqual([value, valid]);
    }
    form.controls.points.setValue('0');
    expect(form.controls.points.valid).toBe(false);
  });

  it('splits tags at commas, without empty ones or the same tag twice', () => {
    expect(tagsOf(' an toàn thông tin, Mật khẩu,,  mật   khẩu ; CĐS ')).toEqual(['an toàn thông tin', 'Mật khẩu', 'CĐS']);
  });

  it('gives new options the first free id', () => {
    expect([nextId([]), nextId(['a', 'b', 'd']), nextId('abcdefghijklmnopqrstuvwxyz'.split(''))]).toEqual(['a', 'c', 'k27']);
  });
});
