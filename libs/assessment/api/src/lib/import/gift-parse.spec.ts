import type { QuestionBody } from '@cds/contracts';
import { parseGift } from './gift-parse';

function one(text: string): QuestionBody {
  const { questions, problems } = parseGift(text, 'en');
  expect(problems).toEqual([]);
  expect(questions).toHaveLength(1);
  return questions[0];
}

const base = { name: '', generalFeedback: '', points: 1, tags: [] as string[] };

describe('parseGift — the examples of Moodle’s GIFT documentation', () => {
  it('reads a multiple choice with one right answer as single_choice', () => {
    expect(
      one("Who's buried in Grant's tomb?{~Grant ~Jefferson =no one}"),
    ).toEqual({
      ...base,
      type: 'single_choice',
      text: "Who's buried in Grant's tomb?",
      options: [
        { id: 'a', text: 'Grant', weight: 0, feedback: '' },
        { id: 'b', text: 'Jefferson', weight: 0, feedback: '' },
        { id: 'c', text: 'no one', weight: 100, feedback: '' },
      ],
    });
  });

  it('turns a missing-word question into a text with a blank', () => {
    const q = one("Grant is {~buried =entombed ~living} in Grant's tomb.");
    expect(q.type).toBe('single_choice');
    expect(q.text).toBe("Grant is _____ in Grant's tomb.");
    expect(
      q.type === 'single_choice' && q.options.map((o) => [o.text, o.weight]),
    ).toEqual([
      ['buried', 0],
      ['entombed', 100],
      ['living', 0],
    ]);
  });

  it('reads true/false in all four spellings', () => {
    expect(one("Grant is buried in Grant's tomb.{F}")).toEqual({
      ...base,
      type: 'true_false',
      text: "Grant is buried in Grant's tomb.",
      correct: false,
      feedbackTrue: '',
      feedbackFalse: '',
    });
    expect(one('The sun rises in the east.{T}')).toMatchObject({
      type: 'true_false',
      correct: true,
    });
    expect(one('The sun rises in the east.{TRUE}')).toMatchObject({
      type: 'true_false',
      correct: true,
    });
    expect(one('The sun rises in the west.{FALSE}')).toMatchObject({
      type: 'true_false',
      correct: false,
    });
  });

  it('reads true/false feedback as {T#when wrong#when right}', () => {
    expect(
      one(
        "Grant is buried in Grant's tomb.{FALSE#No one is buried in Grant's tomb.#Right, nobody is.}",
      ),
    ).toMatchObject({
      type: 'true_false',
      correct: false,
      // The first feedback is for the wrong answer (here: "true"), the second for the right one.
      feedbackTrue: "No one is buried in Grant's tomb.",
      feedbackFalse: 'Right, nobody is.',
    });
    expect(
      one('The sun rises in the east.{T#Think of the morning.#Yes.}'),
    ).toMatchObject({
      correct: true,
      feedbackTrue: 'Yes.',
      feedbackFalse: 'Think of the morning.',
    });
  });

  it('reads short answers, with several accepted answers and a missing word', () => {
    expect(one("Who's buried in Grant's tomb?{=no one =nobody}")).toEqual({
      ...base,
      type: 'short_answer',
      text: "Who's buried in Grant's tomb?",
      answers: [
        { text: 'no one', weight: 100, feedback: '' },
        { text: 'nobody', weight: 100, feedback: '' },
      ],
      caseSensitive: false,
      ignoreDiacritics: false,
    });
    expect(one('Two plus two equals {=four =4}.')).toMatchObject({
      type: 'short_answer',
      text: 'Two plus two equals _____.',
    });
  });

  it('reads short-answer weights and feedback', () => {
    const q = one(
      "Who's buried in Grant's tomb?{=no one#excellent answer! =%50%Grant#half right =nobody#excellent answer!}",
    );
    expect(q.type === 'short_answer' && q.answers).toEqual([
      { text: 'no one', weight: 100, feedback: 'excellent answer!' },
      { text: 'Grant', weight: 50, feedback: 'half right' },
      { text: 'nobody', weight: 100, feedback: 'excellent answer!' },
    ]);
  });

  it('reads a numeric answer with a tolerance', () => {
    expect(one('When was Ulysses S. Grant born?{#1822:5}')).toEqual({
      ...base,
      type: 'numeric',
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
    });
  });

  it('reads numeric ranges, with the text after the braces as a missing word', () => {
    expect(
      one('What is the value of pi (to 3 decimal places)? {#3.141..3.142}.'),
    ).toMatchObject({
      type: 'numeric',
      text: 'What is the value of pi (to 3 decimal places)? _____.',
      answers: [
        { kind: 'range', min: 3.141, max: 3.142, weight: 100, feedback: '' },
      ],
    });
    expect(one('What is a number from 1 to 5? {#1..5}')).toMatchObject({
      answers: [{ kind: 'range', min: 1, max: 5 }],
    });
    expect(one('What is a number from 1 to 5? {#3:2}')).toMatchObject({
      answers: [{ kind: 'tolerance', value: 3, tolerance: 2 }],
    });
    expect(one('Pi? {#3.14159:0.0005}')).toMatchObject({
      answers: [{ value: 3.14159, tolerance: 0.0005 }],
    });
    expect(one('Below zero? {#-5..-1}')).toMatchObject({
      answers: [{ kind: 'range', min: -5, max: -1 }],
    });
  });

  it('reads several numeric answers with partial credit and feedback', () => {
    const q = one(
      [
        'When was Ulysses S. Grant born? {#',
        '         =1822:0      # Correct! Full credit.',
        '         =%50%1822:2  # He was born in 1822. Half credit for being close.',
        '}',
      ].join('\n'),
    );
    expect(q.type === 'numeric' && q.answers).toEqual([
      {
        kind: 'tolerance',
        value: 1822,
        tolerance: 0,
        weight: 100,
        feedback: 'Correct! Full credit.',
      },
      {
        kind: 'tolerance',
        value: 1822,
        tolerance: 2,
        weight: 50,
        feedback: 'He was born in 1822. Half credit for being close.',
      },
    ]);
    expect(one('Pi? {# =%100%3:0 =%50%3.1:0.1}')).toMatchObject({
      answers: [
        { value: 3, tolerance: 0, weight: 100 },
        { value: 3.1, tolerance: 0.1, weight: 50 },
      ],
    });
  });

  it('reads matching pairs and the general feedback', () => {
    const q = one(
      [
        'Match the following countries with their corresponding capitals. {',
        '   =Canada -> Ottawa',
        '   =Italy  -> Rome',
        '   =Japan  -> Tokyo',
        '   =India  -> New Delhi',
        "   ####It's good to know the capitals",
        '}',
      ].join('\n'),
    );
    expect(q).toEqual({
      ...base,
      type: 'matching',
      text: 'Match the following countries with their corresponding capitals.',
      generalFeedback: "It's good to know the capitals",
      pairs: [
        { id: 'a', prompt: 'Canada', answer: 'Ottawa' },
        { id: 'b', prompt: 'Italy', answer: 'Rome' },
        { id: 'c', prompt: 'Japan', answer: 'Tokyo' },
        { id: 'd', prompt: 'India', answer: 'New Delhi' },
      ],
      distractors: [],
    });
    expect(
      one(
        'Match the following countries with their corresponding capitals. {=Canada -> Ottawa =Italy -> Rome =Japan -> Tokyo =India -> New Delhi}',
      ),
    ).toMatchObject({
      type: 'matching',
      pairs: [
        { prompt: 'Canada' },
        { prompt: 'Italy' },
        { prompt: 'Japan' },
        { prompt: 'India', answer: 'New Delhi' },
      ],
    });
  });

  it('reads a matching answer with no prompt as a distractor', () => {
    expect(
      one(
        'Which animal eats which food? { =cat -> cat food =dog -> dog food = -> bird seed }',
      ),
    ).toMatchObject({
      pairs: [
        { id: 'a', prompt: 'cat', answer: 'cat food' },
        { id: 'b', prompt: 'dog', answer: 'dog food' },
      ],
      distractors: ['bird seed'],
    });
  });

  it('reads percentage weights, negative ones included, as multiple_choice', () => {
    const q = one(
      [
        "What two people are entombed in Grant's tomb? {",
        '   ~%-100%No one',
        '   ~%50%Grant',
        "   ~%50%Grant's wife",
        "   ~%-100%Grant's father",
        '}',
      ].join('\n'),
    );
    expect(q).toEqual({
      ...base,
      type: 'multiple_choice',
      text: "What two people are entombed in Grant's tomb?",
      options: [
        { id: 'a', text: 'No one', weight: -100, feedback: '' },
        { id: 'b', text: 'Grant', weight: 50, feedback: '' },
        { id: 'c', text: "Grant's wife", weight: 50, feedback: '' },
        { id: 'd', text: "Grant's father", weight: -100, feedback: '' },
      ],
    });
    expect(
      one(
        "What two people are entombed in Grant's tomb? {~%-100%No one ~%50%Grant ~%50%Grant's wife ~%-100%Grant's father}",
      ).type,
    ).toBe('multiple_choice');
  });

  it('keeps one right option with partial credit on another as single_choice', () => {
    const q = one('Which is the best answer? {=best ~%50%close ~far}');
    expect(
      q.type === 'single_choice' && q.options.map((o) => o.weight),
    ).toEqual([100, 50, 0]);
  });

  it('reads per-answer feedback, also on its own line', () => {
    const q = one(
      [
        "// question: 1 name: Grant's tomb",
        "::Grant's tomb::Who is buried in Grant's tomb in New York City? {",
        '=Grant',
        '~No one',
        "#Was true for 12 years, but Grant's remains were buried in the tomb in 1897",
        '~Napoleon',
        '#He was buried in France',
        '}',
      ].join('\n'),
    );
    expect(q).toMatchObject({
      name: "Grant's tomb",
      type: 'single_choice',
      text: "Who is buried in Grant's tomb in New York City?",
    });
    expect(q.type === 'single_choice' && q.options).toEqual([
      { id: 'a', text: 'Grant', weight: 100, feedback: '' },
      {
        id: 'b',
        text: 'No one',
        weight: 0,
        feedback:
          "Was true for 12 years, but Grant's remains were buried in the tomb in 1897",
      },
      {
        id: 'c',
        text: 'Napoleon',
        weight: 0,
        feedback: 'He was buried in France',
      },
    ]);
    const spectrum = one(
      "::Q2:: What's between orange and green in the spectrum?\n{ =yellow # right; good! ~red # wrong, it's yellow ~blue # wrong, it's yellow }",
    );
    expect(
      spectrum.type === 'single_choice' &&
        spectrum.options.map((o) => o.feedback),
    ).toEqual(['right; good!', "wrong, it's yellow", "wrong, it's yellow"]);
  });

  it('reads the documentation’s sample file: names, comments, every type', () => {
    const file = [
      '// true/false',
      '::Q1:: 1+1=2 {T}',
      '',
      '// multiple choice with specified feedback for right and wrong answers',
      "::Q2:: What's between orange and green in the spectrum?",
      "{ =yellow # right; good! ~red # wrong, it's yellow ~blue # wrong, it's yellow }",
      '',
      '// fill-in-the-blank',
      '::Q3:: Two plus {=two =2} equals four.',
      '',
      '// matching',
      '::Q4:: Which animal eats which food? { =cat -> cat food =dog -> dog food }',
      '',
      '// math range question',
      '::Q5:: What is a number from 1 to 5? {#3:2}',
      '',
      '// math range specified with interval end points',
      '::Q6:: What is a number from 1 to 5? {#1..5}',
      '',
      '// multiple numeric answers with partial credit and feedback',
      '::Q7:: When was Ulysses S. Grant born? {#',
      '         =1822:0      # Correct! Full credit.',
      '         =%50%1822:2  # He was born in 1822. Half credit for being close.',
      '}',
      '',
      '// essay',
      '::Q8:: How are you? {}',
    ].join('\n');
    const { questions, problems } = parseGift(file, 'en');
    expect(problems).toEqual([]);
    expect(questions.map((q) => [q.name, q.type, q.text])).toEqual([
      ['Q1', 'true_false', '1+1=2'],
      [
        'Q2',
        'single_choice',
        "What's between orange and green in the spectrum?",
      ],
      ['Q3', 'short_answer', 'Two plus _____ equals four.'],
      ['Q4', 'matching', 'Which animal eats which food?'],
      ['Q5', 'numeric', 'What is a number from 1 to 5?'],
      ['Q6', 'numeric', 'What is a number from 1 to 5?'],
      ['Q7', 'numeric', 'When was Ulysses S. Grant born?'],
      ['Q8', 'essay', 'How are you?'],
    ]);
    expect(questions[7]).toEqual({
      ...base,
      name: 'Q8',
      type: 'essay',
      text: 'How are you?',
      rubric: '',
      maxWords: 0,
    });
    expect(questions.every((q) => q.points === 1)).toBe(true);
  });

  it('reads the escapes \\~ \\= \\# \\{ \\} \\: \\\\ and \\n', () => {
    const q = one(
      [
        'Which answer equals 5? {',
        '   ~ \\= 2 + 2',
        '   = \\= 2 + 3',
        '   ~ \\= 2 + 4',
        '}',
      ].join('\n'),
    );
    expect(q.type === 'single_choice' && q.options.map((o) => o.text)).toEqual([
      '= 2 + 2',
      '= 2 + 3',
      '= 2 + 4',
    ]);

    const control = one(
      '::GIFT Control Characters::Which of these is NOT a GIFT control character? {~\\~ # \\~ is a control character. ~\\= # \\= is one. ~\\# # \\# is one. ~\\{ # \\{ is one. ~\\} # \\} is one. ~\\: # \\: is one. =\\\\ # Right: a backslash is no control character.}',
    );
    expect(
      control.type === 'single_choice' &&
        control.options.map((o) => [o.text, o.weight, o.feedback]),
    ).toEqual([
      ['~', 0, '~ is a control character.'],
      ['=', 0, '= is one.'],
      ['#', 0, '# is one.'],
      ['{', 0, '{ is one.'],
      ['}', 0, '} is one.'],
      [':', 0, ': is one.'],
      ['\\', 100, 'Right: a backslash is no control character.'],
    ]);

    const named = one(
      '::Time\\: 10\\:30::At 10\\:30 the set \\{1, 2\\} has how many elements?\\nCount them. {#2}',
    );
    expect(named.name).toBe('Time: 10:30');
    expect(named.text).toBe(
      'At 10:30 the set {1, 2} has how many elements?\nCount them.',
    );
  });

  it('keeps a [markdown] text as written and drops the format marker', () => {
    const q = one(
      "::Q1::[markdown]Who's buried in **Grant's** tomb?\\n\\n- a list item{~Grant ~Jefferson =no one}",
    );
    expect(q.name).toBe('Q1');
    expect(q.text).toBe("Who's buried in **Grant's** tomb?\n\n- a list item");
    expect(one('[html]<p>Is <b>this</b> bold?</p>{T}').text).toBe(
      '<p>Is <b>this</b> bold?</p>',
    );
    expect(one('::P::[plain] Plain text. {F}').text).toBe('Plain text.');
    expect(one('[moodle]Moodle auto-format.{F}').text).toBe(
      'Moodle auto-format.',
    );
  });

  it('tags the questions after $CATEGORY with its last segment, until the next category', () => {
    const { questions, problems } = parseGift(
      [
        '$CATEGORY: tom/grant',
        '',
        "::Q1::Grant is buried in Grant's tomb.{F}",
        '',
        '// [tag:history] [tag:usa]',
        '::Q2::Who is buried there?{=no one}',
        '',
        '$CATEGORY: $course$/top/Địa lý',
        '',
        'Capital of Canada?{=Ottawa}',
      ].join('\n'),
      'en',
    );
    expect(problems).toEqual([]);
    expect(questions.map((q) => q.tags)).toEqual([
      ['grant'],
      ['grant', 'history', 'usa'],
      ['Địa lý'],
    ]);
  });

  it('keeps Vietnamese texts, answers and feedback intact', () => {
    const { questions, problems } = parseGift(
      [
        '$CATEGORY: An toàn lao động/Phòng cháy chữa cháy',
        '',
        '::PCCC 1::Số điện thoại báo cháy ở Việt Nam là gì?{=114#Đúng rồi! ~113#Đó là số của công an. ~115#Đó là số cấp cứu. ####Gọi 114 khi có cháy.}',
        '',
        '::Thủ đô::Thủ đô của Việt Nam là {=Hà Nội =Ha Noi} từ năm 1945.',
        '',
        'Bình chữa cháy CO₂ dùng được cho đám cháy thiết bị điện.{TRUE#Sai: CO₂ không dẫn điện.#Chính xác.}',
        '',
        'Ghép biển báo với ý nghĩa. {=Tam giác vàng -> Cảnh báo =Tròn đỏ -> Cấm =Tròn xanh -> Hiệu lệnh}',
      ].join('\n'),
      'vi',
    );
    expect(problems).toEqual([]);
    expect(questions[0]).toEqual({
      type: 'single_choice',
      name: 'PCCC 1',
      text: 'Số điện thoại báo cháy ở Việt Nam là gì?',
      generalFeedback: 'Gọi 114 khi có cháy.',
      points: 1,
      tags: ['Phòng cháy chữa cháy'],
      options: [
        { id: 'a', text: '114', weight: 100, feedback: 'Đúng rồi!' },
        { id: 'b', text: '113', weight: 0, feedback: 'Đó là số của công an.' },
        { id: 'c', text: '115', weight: 0, feedback: 'Đó là số cấp cứu.' },
      ],
    });
    expect(questions[1]).toMatchObject({
      type: 'short_answer',
      name: 'Thủ đô',
      text: 'Thủ đô của Việt Nam là _____ từ năm 1945.',
      answers: [{ text: 'Hà Nội' }, { text: 'Ha Noi' }],
    });
    expect(questions[2]).toMatchObject({
      type: 'true_false',
      correct: true,
      feedbackTrue: 'Chính xác.',
      feedbackFalse: 'Sai: CO₂ không dẫn điện.',
    });
    expect(questions[3]).toMatchObject({
      type: 'matching',
      pairs: [
        { prompt: 'Tam giác vàng', answer: 'Cảnh báo' },
        { prompt: 'Tròn đỏ' },
        { prompt: 'Tròn xanh', answer: 'Hiệu lệnh' },
      ],
    });
  });

  it('reads Windows line endings and a byte-order mark', () => {
    const { questions, problems } = parseGift(
      '\uFEFF::A::One?{T}\r\n\r\n::B::Two?{F}\r\n',
      'en',
    );
    expect(problems).toEqual([]);
    expect(questions.map((q) => q.name)).toEqual(['A', 'B']);
  });
});

describe('parseGift — broken input', () => {
  const file = [
    /* 1 */ '::Good 1::Before the broken ones?{T}',
    /* 2 */ '',
    /* 3 */ '::Unclosed::Where is the brace? {=here ~there',
    /* 4 */ '',
    /* 5 */ '::One pair::Match it. {=a -> b}',
    /* 6 */ '',
    /* 7 */ '::NaN::How much?',
    /* 8 */ '{#abc:1}',
    /* 9 */ '',
    /* 10 */ '::Cloze::Pick {1:MULTICHOICE:=a~b}',
    /* 11 */ '',
    /* 12 */ 'Just a description with no answers.',
    /* 13 */ '',
    /* 14 */ '::Good 2::Between the broken ones?{=yes ~no}',
    /* 15 */ '',
    /* 16 */ '::Two blocks::A {=a} and {=b}',
    /* 17 */ '',
    /* 18 */ '::Comma::Pi? {#3,14:0.01}',
    /* 19 */ '',
    /* 20 */ '::Range::Between? {#5..1}',
    /* 21 */ '',
    /* 22 */ '::Weight::Which? {~%150%a =b}',
    /* 23 */ '',
    /* 24 */ '::Sum::Which two? {~%50%a ~%30%b ~c}',
    /* 25 */ '',
    /* 26 */ '::Stray::A } here {=x}',
    /* 27 */ '',
    /* 28 */ '::No arrow::Match. {=a -> b =c -> d =e}',
    /* 29 */ '',
    /* 30 */ '::No name end Who? {=x}',
    /* 31 */ '',
    /* 32 */ '::Short::No full answer? {=%50%half}',
    /* 33 */ '',
    /* 34 */ '::Good 3::After the broken ones?{#42}',
  ].join('\n');

  it('reports each broken question with its line and text, and still parses the good ones', () => {
    const { questions, problems } = parseGift(file, 'en');
    expect(questions.map((q) => q.name)).toEqual([
      'Good 1',
      'Good 2',
      'Good 3',
    ]);
    expect(problems.map((p) => p.line)).toEqual([
      3, 5, 8, 10, 12, 16, 18, 20, 22, 24, 26, 28, 30, 32,
    ]);
    expect(problems[0]).toEqual({
      line: 3,
      text: '::Unclosed::Where is the brace? {=here ~there',
      reason: 'Missing "}" to close the question.',
    });
    expect(problems[1].reason).toBe(
      'A matching question needs at least two "a -> b" pairs.',
    );
    expect(problems[2]).toEqual({
      line: 8,
      text: '{#abc:1}',
      reason: '"abc" is not a number (use a dot for decimals, e.g. 3.14).',
    });
    expect(problems[3].reason).toBe(
      'Unknown construct in the answer block: "1:MULTICHOICE:".',
    );
    expect(problems[4].reason).toBe(
      'Description items (text with no answer block {…}) are not imported.',
    );
    expect(problems[5].reason).toMatch(/only one answer block/);
    expect(problems[6].reason).toBe(
      '"3,14" is not a number (use a dot for decimals, e.g. 3.14).',
    );
    expect(problems[7].reason).toMatch(/range "5\.\.1" is not valid/);
    expect(problems[8].reason).toMatch(/"%150%" is not a valid weight/);
    expect(problems[9].reason).toBe(
      'The weights of the right options must add up to 100% (they add up to 80%).',
    );
    expect(problems[10].reason).toMatch(/A "}" with no "{"/);
    expect(problems[11].reason).toBe('A matching pair has no "->": "e".');
    expect(problems[12].reason).toBe('The question name has no closing "::".');
    expect(problems[13].reason).toBe('At least one answer must be worth 100%.');
  });

  it('gives the reasons in Vietnamese', () => {
    const { problems } = parseGift(file, 'vi');
    expect(problems[0].reason).toBe('Thiếu dấu "}" đóng câu hỏi.');
    expect(problems[2].reason).toBe(
      '"abc" không phải là số (dùng dấu chấm cho phần thập phân, ví dụ 3.14).',
    );
    expect(problems[4].reason).toBe(
      'Mục mô tả (văn bản không có khối đáp án {…}) không được nhập.',
    );
  });

  it('quotes at most 120 characters of the offending line', () => {
    const long = `::Long::${'x'.repeat(300)} {=a ~b`;
    const { problems } = parseGift(long, 'en');
    expect(problems).toHaveLength(1);
    expect(problems[0].text).toHaveLength(120);
    expect(problems[0].line).toBe(1);
  });

  it('points to the line of the bad answer inside a multi-line question', () => {
    const { questions, problems } = parseGift(
      [
        '::Multi::Grant was born in? {#',
        '  =1822:0',
        '  =%50%eighteen:2',
        '}',
        '',
        'Fine?{T}',
      ].join('\n'),
      'en',
    );
    expect(problems).toEqual([
      {
        line: 3,
        text: '=%50%eighteen:2',
        reason:
          '"eighteen" is not a number (use a dot for decimals, e.g. 3.14).',
      },
    ]);
    expect(questions).toHaveLength(1);
  });

  it('reports a choice with a single option, an empty option and an empty question text', () => {
    const { questions, problems } = parseGift(
      [
        'Only one?{~%100%alone}',
        '',
        'Empty option?{=a ~}',
        '',
        '::Nameless text::{T}',
      ].join('\n'),
      'en',
    );
    expect(questions).toEqual([]);
    expect(problems.map((p) => [p.line, p.reason])).toEqual([
      [1, 'A choice question needs at least two options.'],
      [3, 'An option is empty.'],
      [5, 'The question has no text.'],
    ]);
  });

  it('never evaluates a formula-looking answer: it is stored as text', () => {
    const q = one(
      'What is 2+2? {=2+2 =4 =${7*7}}'.replace('${7*7}', '\\{7*7\\}'),
    );
    expect(q.type === 'short_answer' && q.answers.map((a) => a.text)).toEqual([
      '2+2',
      '4',
      '{7*7}',
    ]);
  });
});
