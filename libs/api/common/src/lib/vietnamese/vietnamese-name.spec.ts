import { foldVietnamese, vietnameseNameSortKey } from './vietnamese-name';

const sortNames = (names: string[]) => [...names].sort((a, b) => (vietnameseNameSortKey(a) < vietnameseNameSortKey(b) ? -1 : 1));

describe('Vietnamese name order', () => {
  it('orders by given name first, then family and middle names', () => {
    expect(sortNames(['Nguyễn Văn Bình', 'Trần Thị An', 'Lê Văn Bình', 'Đỗ Minh Anh'])).toEqual([
      'Trần Thị An',
      'Đỗ Minh Anh',
      'Lê Văn Bình',
      'Nguyễn Văn Bình',
    ]);
  });

  it('puts letters with marks after their base letter: a < ă < â, d < đ, o < ô < ơ, u < ư', () => {
    expect(sortNames(['Lê Ân', 'Lê Ăn', 'Lê An'])).toEqual(['Lê An', 'Lê Ăn', 'Lê Ân']);
    expect(sortNames(['Hà Đông', 'Hà Dũng', 'Hà Duy'])).toEqual(['Hà Dũng', 'Hà Duy', 'Hà Đông']);
    expect(sortNames(['Vũ Ơn', 'Vũ Ôn', 'Vũ On'])).toEqual(['Vũ On', 'Vũ Ôn', 'Vũ Ơn']);
    expect(sortNames(['Mai Ưng', 'Mai Ung'])).toEqual(['Mai Ung', 'Mai Ưng']);
  });

  it('compares letters before tones, tones in dictionary order', () => {
    expect(sortNames(['Phạm Mạnh', 'Phạm Mánh', 'Phạm Mãnh', 'Phạm Mảnh', 'Phạm Mành', 'Phạm Manh'])).toEqual([
      'Phạm Manh',
      'Phạm Mành',
      'Phạm Mảnh',
      'Phạm Mãnh',
      'Phạm Mánh',
      'Phạm Mạnh',
    ]);
    expect(sortNames(['Lý Ánh', 'Lý Anh'])).toEqual(['Lý Anh', 'Lý Ánh']);
  });

  it('puts a shorter given name before a longer one that starts the same', () => {
    expect(sortNames(['Hồ Anh', 'Hồ An'])).toEqual(['Hồ An', 'Hồ Anh']);
  });

  it('treats composed and decomposed Unicode the same', () => {
    expect(vietnameseNameSortKey('Nguyễn Văn Đức'.normalize('NFD'))).toBe(vietnameseNameSortKey('Nguyễn Văn Đức'.normalize('NFC')));
  });

  it('folds diacritics for search', () => {
    expect(foldVietnamese('  Nguyễn  Văn Đức ')).toBe('nguyen van duc');
    expect(foldVietnamese('Xã Giao Hương')).toBe('xa giao huong');
  });
});
