import { parseAiken } from './aiken-parse';

describe('parseAiken', () => {
  it('reads the examples of Moodle’s Aiken documentation as single_choice', () => {
    const { questions, problems } = parseAiken(
      [
        'What is the correct answer to this question?',
        'A. Is it this one?',
        'B. Maybe this answer?',
        'C. Possibly this one?',
        'D. Must be this one!',
        'ANSWER: D',
        '',
        'Which LMS has the most quiz import formats?',
        'A) Moodle',
        'B) ATutor',
        'C) Claroline',
        'D) Blackboard',
        'E) WebCT',
        'F) Ilias',
        'ANSWER: A',
      ].join('\n'),
      'en',
    );
    expect(problems).toEqual([]);
    expect(questions[0]).toEqual({
      type: 'single_choice',
      name: '',
      text: 'What is the correct answer to this question?',
      generalFeedback: '',
      points: 1,
      tags: [],
      options: [
        { id: 'a', text: 'Is it this one?', weight: 0, feedback: '' },
        { id: 'b', text: 'Maybe this answer?', weight: 0, feedback: '' },
        { id: 'c', text: 'Possibly this one?', weight: 0, feedback: '' },
        { id: 'd', text: 'Must be this one!', weight: 100, feedback: '' },
      ],
    });
    expect(
      questions[1].type === 'single_choice' &&
        questions[1].options.map((o) => [o.id, o.weight]),
    ).toEqual([
      ['a', 100],
      ['b', 0],
      ['c', 0],
      ['d', 0],
      ['e', 0],
      ['f', 0],
    ]);
  });

  it('keeps Vietnamese intact, reads questions without blank lines between them and a lower-case answer', () => {
    const { questions, problems } = parseAiken(
      [
        'Số điện thoại báo cháy là gì?',
        'A. 113',
        'B. 114',
        'C. 115',
        'ANSWER: b',
        'Đơn vị đo điện trở là gì?',
        'A) Ôm',
        'B) Vôn',
        'Answer: A',
      ].join('\r\n'),
      'vi',
    );
    expect(problems).toEqual([]);
    expect(questions.map((q) => q.text)).toEqual([
      'Số điện thoại báo cháy là gì?',
      'Đơn vị đo điện trở là gì?',
    ]);
    expect(
      questions[0].type === 'single_choice' &&
        questions[0].options.find((o) => o.weight === 100)?.text,
    ).toBe('114');
    expect(
      questions[1].type === 'single_choice' &&
        questions[1].options.map((o) => o.text),
    ).toEqual(['Ôm', 'Vôn']);
  });

  it('reads a question text over several lines, even one that starts like an option', () => {
    // Once a question has started, an "A." line is an option: here "Read this:" has options and no
    // ANSWER, and "Is it true?" starts the next question.
    const { questions, problems } = parseAiken(
      [
        'Read this:',
        'A. Lincoln was president.',
        'Is it true?',
        'A. Yes',
        'B. No',
        'ANSWER: A',
      ].join('\n'),
      'en',
    );
    expect(questions.map((q) => q.text)).toEqual(['Is it true?']);
    expect(problems.map((p) => p.line)).toEqual([1]);
    // A question's first line is never an option, whatever it starts with.
    const ok = parseAiken(
      [
        'A. Lincoln was president.',
        'Is that right?',
        'A. Yes',
        'B. No',
        'ANSWER: A',
      ].join('\n'),
      'en',
    );
    expect(ok.problems).toEqual([]);
    expect(ok.questions[0].text).toBe(
      'A. Lincoln was president.\nIs that right?',
    );
  });

  it('reports a missing ANSWER line and an answer that is not an option, and parses the rest', () => {
    const { questions, problems } = parseAiken(
      [
        /* 1 */ 'First, no answer line?',
        /* 2 */ 'A. Yes',
        /* 3 */ 'B. No',
        /* 4 */ '',
        /* 5 */ 'Second, a good one?',
        /* 6 */ 'A. Yes',
        /* 7 */ 'B. No',
        /* 8 */ 'ANSWER: A',
        /* 9 */ '',
        /* 10 */ 'Third, the answer is no option?',
        /* 11 */ 'A. Yes',
        /* 12 */ 'B. No',
        /* 13 */ 'ANSWER: E',
        /* 14 */ '',
        /* 15 */ 'Fourth, next question starts with no answer',
        /* 16 */ 'A. Yes',
        /* 17 */ 'B. No',
        /* 18 */ 'Fifth, fine?',
        /* 19 */ 'A. Yes',
        /* 20 */ 'B. No',
        /* 21 */ 'ANSWER: B',
        /* 22 */ 'ANSWER: A',
        /* 23 */ 'Last, at the end of the file',
        /* 24 */ 'A. x',
        /* 25 */ 'B. y',
      ].join('\n'),
      'en',
    );
    expect(questions.map((q) => q.text)).toEqual([
      'Second, a good one?',
      'Fifth, fine?',
    ]);
    expect(problems).toEqual([
      {
        line: 1,
        text: 'First, no answer line?',
        reason: 'The "ANSWER: …" line is missing after the options.',
      },
      {
        line: 13,
        text: 'ANSWER: E',
        reason: 'The answer "E" is not one of the question\'s options.',
      },
      {
        line: 15,
        text: 'Fourth, next question starts with no answer',
        reason: 'The "ANSWER: …" line is missing after the options.',
      },
      {
        line: 22,
        text: 'ANSWER: A',
        reason: 'An "ANSWER" line that follows no question with options.',
      },
      {
        line: 23,
        text: 'Last, at the end of the file',
        reason: 'The "ANSWER: …" line is missing after the options.',
      },
    ]);
  });

  it('gives the reasons in Vietnamese', () => {
    const { problems } = parseAiken(
      [
        'Câu hỏi?',
        'A. Có',
        'B. Không',
        'ANSWER: C',
        '',
        'Câu khác?',
        'A. Có',
        'B. Không',
      ].join('\n'),
      'vi',
    );
    expect(problems.map((p) => p.reason)).toEqual([
      'Đáp án "C" không phải là một phương án của câu hỏi.',
      'Thiếu dòng "ANSWER: …" sau các phương án.',
    ]);
  });

  it('reports an option letter used twice', () => {
    const { questions, problems } = parseAiken(
      ['Twice?', 'A. one', 'A. two', 'ANSWER: A'].join('\n'),
      'en',
    );
    expect(questions).toEqual([]);
    expect(problems).toEqual([
      { line: 3, text: 'A. two', reason: 'The option "A" appears twice.' },
    ]);
  });
});
