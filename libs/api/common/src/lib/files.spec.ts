import { cleanFileName, contentDisposition } from './files';

describe('cleanFileName', () => {
  it('keeps Vietnamese names as they are, in NFC', () => {
    expect(cleanFileName('Bài 1 – Hướng dẫn VNeID.pdf')).toBe('Bài 1 – Hướng dẫn VNeID.pdf');
    // "Hướng" typed with combining marks is stored as the precomposed letters.
    expect(cleanFileName('Hu\u031Bo\u031B\u0301ng.pdf')).toBe('Hướng.pdf');
  });

  it('keeps only the last part of a path, from Windows or Unix', () => {
    expect(cleanFileName('C:\\fakepath\\Bảng ký danh.xlsx')).toBe('Bảng ký danh.xlsx');
    expect(cleanFileName('../../etc/passwd')).toBe('passwd');
  });

  it('drops control, zero-width and text-direction characters, the BOM and double quotes', () => {
    expect(cleanFileName('ảnh\u202Egpj.exe')).toBe('ảnhgpj.exe');
    expect(cleanFileName('a\r\nContent-Type: x".pdf')).toBe('aContent-Type: x.pdf');
    expect(cleanFileName('\uFEFF\u200Bbáo\u0085cáo\u2066.docx ')).toBe('báocáo.docx');
  });

  it('answers "tep" when nothing usable is left', () => {
    for (const name of ['', '   ', '/', 'C:\\', '\u202E', '..', '"']) expect(cleanFileName(name)).toBe('tep');
  });

  it('shortens to 255 characters keeping the extension, never splitting a character', () => {
    const long = `${'Đ'.repeat(300)}.pdf`;
    expect(cleanFileName(long)).toBe(`${'Đ'.repeat(251)}.pdf`);
    const emoji = `${'a'.repeat(250)}😀😀.pdf`; // the cut at 251 falls inside the first emoji
    const cut = cleanFileName(emoji);
    expect(cut).toBe(`${'a'.repeat(250)}.pdf`);
    expect(cut.length).toBeLessThanOrEqual(255);
    // A long "extension" is not an extension.
    expect(cleanFileName(`a.${'b'.repeat(300)}`)).toHaveLength(255);
  });
});

describe('contentDisposition', () => {
  it('gives an ASCII fallback and the UTF-8 name for a Vietnamese name', () => {
    expect(contentDisposition('attachment', 'Bài 1 – Hướng dẫn VNeID.pdf')).toBe(
      `attachment; filename="Bai_1_Huong_dan_VNeID.pdf"; filename*=UTF-8''${encodeURIComponent('Bài 1 – Hướng dẫn VNeID.pdf')}`,
    );
    expect(contentDisposition('inline', 'Đề cương đợt 2.pdf')).toBe(`inline; filename="De_cuong_dot_2.pdf"; filename*=UTF-8''${encodeURIComponent('Đề cương đợt 2.pdf')}`);
  });

  it("percent-encodes ' ( ) * (not allowed by RFC 5987) and keeps plain ASCII names readable", () => {
    expect(contentDisposition('attachment', "Tom's (draft)*.xlsx")).toBe(`attachment; filename="Tom_s_draft_.xlsx"; filename*=UTF-8''Tom%27s%20%28draft%29%2A.xlsx`);
    expect(contentDisposition('attachment', 'ke-hoach-2026.xlsx')).toBe(`attachment; filename="ke-hoach-2026.xlsx"; filename*=UTF-8''ke-hoach-2026.xlsx`);
  });

  it('lets no quote, line break or path into the header', () => {
    const header = contentDisposition('attachment', '../x"\r\nSet-Cookie: a=b.pdf');
    expect(header).not.toMatch(/[\r\n]/);
    expect(header).toBe(`attachment; filename="xSet-Cookie_a_b.pdf"; filename*=UTF-8''${encodeURIComponent('xSet-Cookie: a=b.pdf')}`);
    expect(contentDisposition('attachment', '')).toBe(`attachment; filename="tep"; filename*=UTF-8''tep`);
  });
});
