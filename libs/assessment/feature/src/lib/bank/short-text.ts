/** The start of a text on one line ("Câu hỏi về **mật khẩu**…"), for a heading or a table cell. */
export function shortText(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
