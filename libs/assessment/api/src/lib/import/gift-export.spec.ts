import type { QuestionBody } from '@cds/contracts';
import { escapeGift, exportGift, hasMarkdown } from './gift-export';
import { parseGift } from './gift-parse';

const base = { generalFeedback: '', points: 1, tags: [] as string[] };

/** Every type, with the characters GIFT gives a meaning to, Markdown, Vietnamese, names, weights and feedback. */
const BANK: QuestionBody[] = [
  {
    ...base,
    type: 'single_choice',
    name: 'Grant: tomb',
    text: "Who's buried in **Grant's** tomb?\n\n- think {twice}",
    generalFeedback: 'See the #history = fun ~ page: \\ done',
    tags: ['grant', 'history'],
    options: [
      { id: 'a', text: 'Grant', weight: 0, feedback: 'No, = not him' },
      { id: 'b', text: 'no one', weight: 100, feedback: 'Right #1!' },
      { id: 'c', text: 'his wife', weight: 50, feedback: '' },
      { id: 'd', text: '%50% of them', weight: 0, feedback: '' },
      { id: 'e', text: 'a -> b', weight: -50, feedback: '' },
    ],
  },
  {
    ...base,
    type: 'single_choice',
    name: '',
    text: "Grant is _____ in Grant's tomb.",
    options: [
      { id: 'a', text: 'buried', weight: 0, feedback: '' },
      { id: 'b', text: 'entombed', weight: 100, feedback: 'Yes' },
      { id: 'c', text: 'living', weight: 0, feedback: '' },
    ],
  },
  {
    ...base,
    type: 'multiple_choice',
    name: 'Q7',
    text: "What two people are entombed in Grant's tomb?",
    options: [
      { id: 'a', text: 'No one', weight: -100, feedback: 'Not at all' },
      { id: 'b', text: 'Grant', weight: 50, feedback: '' },
      { id: 'c', text: "Grant's wife", weight: 50, feedback: '' },
      { id: 'd', text: "Grant's father", weight: 0, feedback: '' },
    ],
  },
  {
    ...base,
    type: 'multiple_choice',
    name: 'Only one right, still several allowed',
    text: 'Chọn các đáp án đúng:',
    options: [
      { id: 'a', text: 'Đúng', weight: 100, feedback: '' },
      { id: 'b', text: 'Sai', weight: -100, feedback: '' },
    ],
  },
  {
    ...base,
    type: 'true_false',
    name: 'TF1',
    text: '1+1=2',
    correct: true,
    feedbackTrue: '',
    feedbackFalse: '',
  },
  {
    ...base,
    type: 'true_false',
    name: 'TF2',
    text: "Grant is buried in Grant's tomb.",
    generalFeedback: 'Nobody is.',
    correct: false,
    feedbackTrue: "No one is buried in Grant's tomb.",
    feedbackFalse: 'Right.',
  },
  {
    ...base,
    type: 'true_false',
    name: 'TF3',
    text: 'Only the wrong feedback.',
    correct: true,
    feedbackTrue: '',
    feedbackFalse: 'Think again.',
  },
  {
    ...base,
    type: 'true_false',
    name: 'TF4',
    text: 'Only the right feedback.',
    correct: false,
    feedbackTrue: '',
    feedbackFalse: 'Yes!',
    generalFeedback: 'GF',
  },
  {
    ...base,
    type: 'short_answer',
    name: 'Thủ đô',
    text: 'Thủ đô của Việt Nam là _____ từ năm 1945.',
    tags: ['Địa lý'],
    answers: [
      { text: 'Hà Nội', weight: 100, feedback: 'Chính xác' },
      { text: 'Ha Noi', weight: 100, feedback: '' },
      { text: 'Thăng Long', weight: 50, feedback: 'Tên cũ' },
    ],
    caseSensitive: false,
    ignoreDiacritics: false,
  },
  {
    ...base,
    type: 'short_answer',
    name: 'SA',
    text: 'Type the formula',
    answers: [
      { text: '=SUM(A1:A2)', weight: 100, feedback: '' },
      { text: '%x%', weight: 100, feedback: '' },
    ],
    caseSensitive: false,
    ignoreDiacritics: false,
  },
  {
    ...base,
    type: 'numeric',
    name: 'N1',
    text: 'When was Ulysses S. Grant born?',
    answers: [
      {
        kind: 'tolerance',
        value: 1822,
        tolerance: 5,
        weight: 100,
        feedback: '',
      },
    ],
  },
  {
    ...base,
    type: 'numeric',
    name: 'N2',
    text: 'What is the value of pi (to 3 decimal places)? _____.',
    answers: [
      { kind: 'range', min: 3.141, max: 3.142, weight: 100, feedback: 'Good' },
    ],
  },
  {
    ...base,
    type: 'numeric',
    name: 'N3',
    text: 'Below zero, please',
    generalFeedback: 'Cold.',
    answers: [
      { kind: 'range', min: -5, max: -1, weight: 100, feedback: 'Correct! #1' },
      {
        kind: 'tolerance',
        value: -0.5,
        tolerance: 0.25,
        weight: 50,
        feedback: '',
      },
      {
        kind: 'tolerance',
        value: 1e-7,
        tolerance: 0,
        weight: 0,
        feedback: 'Too small',
      },
    ],
  },
  {
    ...base,
    type: 'matching',
    name: 'M1',
    text: 'Match the following countries with their corresponding capitals.',
    generalFeedback: "It's good to know the capitals",
    pairs: [
      { id: 'a', prompt: 'Canada', answer: 'Ottawa' },
      { id: 'b', prompt: 'Việt Nam', answer: 'Hà Nội' },
      { id: 'c', prompt: 'A {set}', answer: 'x -> y' },
    ],
    distractors: ['Sydney', 'Kyoto'],
  },
  {
    ...base,
    type: 'essay',
    name: 'E1',
    text: 'How are you?',
    rubric: '',
    maxWords: 0,
  },
  {
    ...base,
    type: 'essay',
    name: 'E2',
    text: '## Describe\n\nA *time* you helped.',
    generalFeedback: 'Thanks',
    rubric: '',
    maxWords: 0,
  },
  {
    ...base,
    type: 'true_false',
    name: '',
    text: '// not a comment',
    correct: true,
    feedbackTrue: '',
    feedbackFalse: '',
  },
  {
    ...base,
    type: 'true_false',
    name: '',
    text: '$CATEGORY: not a category',
    correct: false,
    feedbackTrue: '',
    feedbackFalse: '',
  },
  {
    ...base,
    type: 'true_false',
    name: '',
    text: '[html] is a literal here',
    correct: false,
    feedbackTrue: '',
    feedbackFalse: '',
  },
  {
    ...base,
    type: 'essay',
    name: '',
    text: 'Answer: _____',
    rubric: '',
    maxWords: 0,
  },
];

describe('exportGift', () => {
  it('reads back exactly the questions it wrote, for every type', () => {
    const gift = exportGift(BANK);
    const { questions, problems } = parseGift(gift, 'en');
    expect(problems).toEqual([]);
    expect(questions).toEqual(BANK);
  });

  it('covers every question type in the round trip', () => {
    expect(new Set(BANK.map((q) => q.type))).toEqual(
      new Set([
        'single_choice',
        'multiple_choice',
        'true_false',
        'short_answer',
        'numeric',
        'matching',
        'essay',
      ]),
    );
  });

  it('writes names, the [markdown] marker, escapes, weights, feedback and tags', () => {
    const gift = exportGift(BANK.slice(0, 3));
    expect(gift).toContain(
      '// [tag:grant] [tag:history]\n::Grant\\: tomb::[markdown]Who',
    );
    expect(gift).toContain('\\n\\n- think \\{twice\\}');
    expect(gift).toContain('\t=no one #Right \\#1!');
    expect(gift).toContain('\t~%50%his wife');
    expect(gift).toContain('\t~%0%%50% of them');
    expect(gift).toContain(
      '\t####See the \\#history \\= fun \\~ page\\: \\\\ done',
    );
    expect(gift).toContain(
      "Grant is {~buried =entombed #Yes ~living} in Grant's tomb.",
    );
    expect(gift).toContain('\t~%-100%No one #Not at all');
    // Questions are separated by exactly one blank line and no blank line sits inside a question.
    expect(gift.split('\n\n')).toHaveLength(3);
  });

  it('writes the short forms Moodle’s documentation uses', () => {
    const doc = [
      "Who's buried in Grant's tomb?{~Grant ~Jefferson =no one}",
      "Grant is buried in Grant's tomb.{F}",
      'When was Ulysses S. Grant born?{#1822:5}',
      'How are you?{}',
    ].join('\n\n');
    const gift = exportGift(parseGift(doc, 'en').questions);
    expect(gift).toBe(
      [
        "Who's buried in Grant's tomb? {\n\t~Grant\n\t~Jefferson\n\t=no one\n}",
        "Grant is buried in Grant's tomb. {FALSE}",
        'When was Ulysses S. Grant born? {#1822:5}',
        'How are you? {}',
      ].join('\n\n') + '\n',
    );
  });

  it('round-trips the documentation’s examples through parse → export → parse', () => {
    const doc = [
      "What two people are entombed in Grant's tomb? {~%-100%No one ~%50%Grant ~%50%Grant's wife ~%-100%Grant's father}",
      'Match the following countries with their corresponding capitals. {=Canada -> Ottawa =Italy -> Rome =Japan -> Tokyo =India -> New Delhi}',
      'When was Ulysses S. Grant born? {# =%100%1822:0 #Correct! =%50%1822:2 #Close.}',
      "Who's buried in Grant's tomb?{=no one =nobody}",
      "::Q1::[markdown]Grant is {~buried =entombed ~living} in **Grant's** tomb.",
    ].join('\n\n');
    const first = parseGift(doc, 'en');
    expect(first.problems).toEqual([]);
    expect(parseGift(exportGift(first.questions), 'en')).toEqual(first);
  });

  it('writes nothing for an empty bank', () => {
    expect(exportGift([])).toBe('');
  });
});

describe('escapeGift and hasMarkdown', () => {
  it('escapes every GIFT control character and line breaks', () => {
    expect(escapeGift('a~b=c#d{e}f:g\\h\ni')).toBe(
      'a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h\\ni',
    );
  });

  it('tells Markdown from plain text', () => {
    expect(hasMarkdown('Some **bold** text')).toBe(true);
    expect(hasMarkdown('# Heading')).toBe(true);
    expect(hasMarkdown('- item')).toBe(true);
    expect(hasMarkdown('see [the doc](https://example.org)')).toBe(true);
    expect(hasMarkdown('use `code`')).toBe(true);
    expect(hasMarkdown("Who's buried in Grant's tomb?")).toBe(false);
    expect(hasMarkdown('Grant is _____ in the tomb; 2 * 3 = 6.')).toBe(false);
  });
});
