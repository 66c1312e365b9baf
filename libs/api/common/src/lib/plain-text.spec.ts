import { normalizeText, plainTextProblem } from './plain-text';

describe('plain text', () => {
  it.each(['Nguyễn Thị Minh Thu', 'Công chức Văn hóa - Xã hội', "O'Neil", 'Lê Văn A (phó)'])('accepts %s', (v) => expect(plainTextProblem(v)).toBeNull());

  it.each([
    ['=HYPERLINK("http://x","y")', 'formula'],
    ['+84 912', 'formula'],
    ['-1+1', 'formula'],
    ['@SUM(A1)', 'formula'],
    ['  =1+1', 'formula'],
    ['Nguyễn\u0000Văn', 'control'],
    ['Nguyễn\u202eVăn', 'control'],
    ['Nguyễn\u2066Văn', 'control'],
    ['Nguyễn\nVăn', 'control'],
  ])('refuses %j (%s)', (v, problem) => expect(plainTextProblem(v)).toBe(problem));

  it('stores names in NFC, so combining and precomposed spellings are one name', () => {
    const combining = 'Nguye\u0302\u0303n';
    expect(combining).not.toBe('Nguyễn');
    expect(normalizeText(`  ${combining} `)).toBe('Nguyễn');
  });
});
