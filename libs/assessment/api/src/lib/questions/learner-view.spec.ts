import { renderMarkdown } from '@cds/api/common';
import type { LearnerQuestion, QuestionBody } from '@cds/contracts';
import { essay, everyType, matching, multiple, numeric, shortAnswer, single, trueFalse } from './fixtures';
import { learnerView, matchingChoices, naturalOrder, shuffleOrder, shuffled } from './learner-view';

const render = (md: string) => `<p>${md}</p>`;

/** A small seeded generator (mulberry32) so shuffles are repeatable. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('learnerView', () => {
  it('shows choice options in the attempt’s order, rendered, with ids only', () => {
    const view = learnerView(single(), { options: ['c', 'a', 'd', 'b'] }, render);
    expect(view).toEqual({
      type: 'single_choice',
      html: '<p>Câu hỏi?</p>',
      points: 1,
      options: [
        { id: 'c', html: '<p>Đà Nẵng</p>' },
        { id: 'a', html: '<p>Hà Nội</p>' },
        { id: 'd', html: '<p>Không có</p>' },
        { id: 'b', html: '<p>Huế</p>' },
      ],
    });
  });

  it('never drops or repeats an option, whatever the stored order says', () => {
    const view = learnerView(multiple(), { options: ['d', 'zzz', 'd', 'b'] }, render) as Extract<LearnerQuestion, { options: unknown }>;
    expect(view.options.map((o) => o.id)).toEqual(['d', 'b', 'a', 'c']);
    const natural = learnerView(multiple(), {}, render) as Extract<LearnerQuestion, { options: unknown }>;
    expect(natural.options.map((o) => o.id)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('shows matching prompts and the choices (answers and distractors, each once) in the given order', () => {
    const q = matching({ distractors: ['Yangon', ' Hà  Nội ', 'Kuala Lumpur'] });
    expect(matchingChoices(q)).toEqual(['Hà Nội', 'Viêng Chăn', 'Phnôm Pênh', 'Băng Cốc', 'Yangon', 'Kuala Lumpur']);
    const view = learnerView(q, { prompts: ['p3', 'p1', 'p4', 'p2'], choices: ['Yangon', 'Băng Cốc', 'Hà Nội'] }, render);
    expect(view).toEqual({
      type: 'matching',
      html: '<p>Câu hỏi?</p>',
      points: 1,
      prompts: [
        { id: 'p3', html: '<p>Campuchia</p>' },
        { id: 'p1', html: '<p>Việt Nam</p>' },
        { id: 'p4', html: '<p>Thái Lan</p>' },
        { id: 'p2', html: '<p>Lào</p>' },
      ],
      choices: ['Yangon', 'Băng Cốc', 'Hà Nội', 'Viêng Chăn', 'Phnôm Pênh', 'Kuala Lumpur'],
    });
  });

  it('gives the other types their text and points, and an essay its word limit', () => {
    expect(learnerView(trueFalse({ points: 2 }), {}, render)).toEqual({ type: 'true_false', html: '<p>Câu hỏi?</p>', points: 2 });
    expect(learnerView(shortAnswer(), {}, render)).toEqual({ type: 'short_answer', html: '<p>Câu hỏi?</p>', points: 1 });
    expect(learnerView(numeric(), {}, render)).toEqual({ type: 'numeric', html: '<p>Câu hỏi?</p>', points: 1 });
    expect(learnerView(essay(), {}, render)).toEqual({ type: 'essay', html: '<p>Câu hỏi?</p>', points: 1, maxWords: 300 });
  });

  it('renders hostile Markdown in the question, options and prompts harmlessly with renderMarkdown', () => {
    const hostile = '<script>alert(1)</script><img src=x onerror=alert(1)>[x](javascript:alert(1))';
    const views = [
      learnerView(single({ text: hostile, options: [{ id: 'a', text: hostile, weight: 100, feedback: '' }, { id: 'b', text: 'b', weight: 0, feedback: '' }] }), {}, renderMarkdown),
      learnerView(matching({ pairs: [{ id: 'p', prompt: hostile, answer: 'a' }, { id: 'q', prompt: 'q', answer: 'b' }] }), {}, renderMarkdown),
    ];
    for (const view of views) {
      const json = JSON.stringify(view);
      expect(json).not.toMatch(/<script|<img|href="javascript/i);
    }
  });
});

describe('key secrecy: the learner view of every type carries no key', () => {
  const SECRETS = ['SECRET-FEEDBACK', 'SECRET-ANSWER', 'SECRET-RUBRIC', 'SECRET-GENERAL', 'SECRET-NAME', 'SECRET-TAG', '0.12345', '12.3456', '77.5', '-33.3'];
  const secretive: QuestionBody[] = [
    {
      type: 'single_choice', name: 'SECRET-NAME', text: 'Chọn một', generalFeedback: 'SECRET-GENERAL', points: 1, tags: ['SECRET-TAG'],
      options: [
        { id: 'a', text: 'A', weight: 100, feedback: 'SECRET-FEEDBACK-a' },
        { id: 'b', text: 'B', weight: 77.5, feedback: 'SECRET-FEEDBACK-b' },
        { id: 'c', text: 'C', weight: -33.3, feedback: 'SECRET-FEEDBACK-c' },
      ],
    },
    {
      type: 'multiple_choice', name: 'SECRET-NAME', text: 'Chọn nhiều', generalFeedback: 'SECRET-GENERAL', points: 2, tags: ['SECRET-TAG'],
      options: [
        { id: 'a', text: 'A', weight: 22.5, feedback: 'SECRET-FEEDBACK-a' },
        { id: 'b', text: 'B', weight: 77.5, feedback: 'SECRET-FEEDBACK-b' },
        { id: 'c', text: 'C', weight: -33.3, feedback: 'SECRET-FEEDBACK-c' },
      ],
    },
    {
      type: 'true_false', name: 'SECRET-NAME', text: 'Đúng hay sai', generalFeedback: 'SECRET-GENERAL', points: 1, tags: ['SECRET-TAG'],
      correct: false, feedbackTrue: 'SECRET-FEEDBACK-t', feedbackFalse: 'SECRET-FEEDBACK-f',
    },
    {
      type: 'short_answer', name: 'SECRET-NAME', text: 'Điền', generalFeedback: 'SECRET-GENERAL', points: 1, tags: ['SECRET-TAG'],
      answers: [{ text: 'SECRET-ANSWER', weight: 100, feedback: 'SECRET-FEEDBACK' }, { text: 'SECRET-ANSWER-2*', weight: 77.5, feedback: 'SECRET-FEEDBACK-2' }],
      caseSensitive: true, ignoreDiacritics: true,
    },
    {
      type: 'numeric', name: 'SECRET-NAME', text: 'Tính', generalFeedback: 'SECRET-GENERAL', points: 1, tags: ['SECRET-TAG'],
      answers: [
        { kind: 'tolerance', value: 12.3456, tolerance: 0.12345, weight: 100, feedback: 'SECRET-FEEDBACK' },
        { kind: 'range', min: 12.3456, max: 77.5, weight: 77.5, feedback: 'SECRET-FEEDBACK-r' },
      ],
    },
    {
      type: 'matching', name: 'SECRET-NAME', text: 'Ghép', generalFeedback: 'SECRET-GENERAL', points: 1, tags: ['SECRET-TAG'],
      pairs: [{ id: 'p1', prompt: 'Một', answer: 'One' }, { id: 'p2', prompt: 'Hai', answer: 'Two' }],
      distractors: ['Three'],
    },
    {
      type: 'essay', name: 'SECRET-NAME', text: 'Viết', generalFeedback: 'SECRET-GENERAL', points: 5, tags: ['SECRET-TAG'],
      rubric: 'SECRET-RUBRIC', maxWords: 250,
    },
  ];

  it('covers every question type', () => {
    expect(new Set(secretive.map((q) => q.type)).size).toBe(7);
  });

  it.each(secretive.map((q) => [q.type, q] as const))('%s', (_type, question) => {
    for (const order of [naturalOrder(question), shuffleOrder(question, seeded(7)), {}]) {
      for (const r of [render, renderMarkdown]) {
        const json = JSON.stringify(learnerView(question, order, r));
        for (const secret of SECRETS) expect(json).not.toContain(secret);
        expect(json).not.toMatch(/"(weight|correct|feedback|feedbackTrue|feedbackFalse|tolerance|min|max|value|answers|answer|rubric|generalFeedback|caseSensitive|ignoreDiacritics|pairs|distractors|name|tags)"/);
      }
    }
  });

  it('does not tell which matching choice belongs to which prompt (choices follow the stored order, not the pairs)', () => {
    const q = secretive[5];
    const view = learnerView(q, { prompts: ['p1', 'p2'], choices: ['Three', 'Two', 'One'] }, render) as Extract<LearnerQuestion, { type: 'matching' }>;
    expect(view.choices).toEqual(['Three', 'Two', 'One']);
  });
});

describe('shuffleOrder', () => {
  it('keeps every id exactly once for every type, over many shuffles', () => {
    const random = seeded(42);
    for (const q of [...everyType(), matching({ distractors: ['Hà Nội', 'Yangon', 'Yangon'] })]) {
      const natural = naturalOrder(q);
      for (let i = 0; i < 200; i++) {
        const order = shuffleOrder(q, random);
        expect(Object.keys(order).sort()).toEqual(Object.keys(natural).sort());
        for (const key of ['options', 'prompts', 'choices'] as const) {
          if (natural[key]) expect([...(order[key] ?? [])].sort()).toEqual([...natural[key]].sort());
        }
      }
    }
  });

  it('actually shuffles: every option reaches every position', () => {
    const random = seeded(1);
    const seen = new Set<string>();
    for (let i = 0; i < 500; i++) {
      const order = shuffleOrder(multiple(), random).options ?? [];
      order.forEach((id, position) => seen.add(`${id}@${position}`));
    }
    expect(seen.size).toBe(16);
  });

  it('survives a random source that returns 1 or 0', () => {
    expect(shuffled(['a', 'b', 'c'], () => 1).sort()).toEqual(['a', 'b', 'c']);
    expect(shuffled(['a', 'b', 'c'], () => 0).sort()).toEqual(['a', 'b', 'c']);
  });

  it('leaves types without options empty', () => {
    expect(shuffleOrder(trueFalse(), Math.random)).toEqual({});
    expect(shuffleOrder(essay(), Math.random)).toEqual({});
    expect(naturalOrder(single())).toEqual({ options: ['a', 'b', 'c', 'd'] });
  });
});
