import { comparableText, parseNumber, stripDiacritics } from './text';

describe('parseNumber', () => {
  it.each([
    ['3,5', 3.5],
    ['3.5', 3.5],
    ['-3,5', -3.5],
    ['+2', 2],
    ['−2', -2],
    ['0', 0],
    [',5', 0.5],
    ['.5', 0.5],
    ['7.', 7],
    ['1e3', 1000],
    ['2,5E-2', 0.025],
    ['  42  ', 42],
    ['1.000', 1],
    ['1,000', 1],
  ])('reads %p as %p', (text, value) => {
    expect(parseNumber(text)).toBe(value);
  });

  it.each(['', '   ', 'abc', '=1+1', '1+1', '1.000,5', '1,000.5', '1 000', '1.000.000', '3,5,0', '0x1F', 'Infinity', 'NaN', '1e999', '1e', 'e3', '--1', '1_000', '٣', '.', '1/2', '50%'])(
    'refuses %p',
    (text) => {
      expect(parseNumber(text)).toBeNull();
    },
  );
});

describe('stripDiacritics and comparableText', () => {
  it('removes tones and letter marks, and turns đ into d', () => {
    expect(stripDiacritics('Nguyễn Văn Đức ở Hà Nội')).toBe('Nguyen Van Duc o Ha Noi');
    expect(stripDiacritics('ăâêôơư đĐ')).toBe('aaeoou dD');
  });

  it('lower-cases Vietnamese capitals and collapses spaces', () => {
    expect(comparableText('  ĐẶNG   THỊ  Ánh ', { caseSensitive: false, ignoreDiacritics: false })).toBe('đặng thị ánh');
    expect(comparableText('ĐẶNG THỊ', { caseSensitive: true, ignoreDiacritics: true })).toBe('DANG THI');
  });
});
