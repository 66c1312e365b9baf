import { renderMarkdown } from './markdown';

describe('renderMarkdown', () => {
  it('renders headings, lists, emphasis, tables and links', () => {
    const html = renderMarkdown('# Cổng DVC quốc gia\n\n- **Bước 1**: đăng nhập bằng *VNeID*\n\n| A | B |\n|---|:-:|\n| 1 | 2 |\n\n[Cổng](https://dichvucong.gov.vn)');
    expect(html).toContain('<h2>Cổng DVC quốc gia</h2>');
    expect(html).toContain('<strong>Bước 1</strong>');
    expect(html).toContain('<em>VNeID</em>');
    expect(html).toContain('<table>');
    expect(html).toContain('<a href="https://dichvucong.gov.vn" target="_blank" rel="noopener noreferrer">Cổng</a>');
  });

  it.each([
    ['<script>alert(1)</script>', /<script/i],
    ['<iframe src="https://evil.example"></iframe>', /<iframe/i],
    ['<img src=x onerror=alert(1)>', /<img[^>]*onerror/i],
    ['[bấm](javascript:alert(1))', /href="javascript/i],
    ['[bấm](JaVaScRiPt&#58;alert(1))', /href="javascript/i],
    ['![x](data:image/svg+xml;base64,PHN2Zz4=)', /src="data:/i],
    ['<a href="javascript:alert(1)">x</a>', /<a /i],
    ['<div style="background:url(javascript:alert(1))">x</div>', /<div/i],
  ])('never lets %s through as markup', (input, forbidden) => {
    const html = renderMarkdown(input);
    expect(html).not.toMatch(forbidden);
    // Whatever is left is text or allowed tags, never a live tag with an event handler.
    expect(html).not.toMatch(/<[a-z][^>]*\son\w+=/i);
  });

  it('keeps the text of refused HTML as text, escaped', () => {
    expect(renderMarkdown('<b>đậm</b>')).toBe('<p>&lt;b&gt;đậm&lt;/b&gt;</p>\n');
  });
});
