/**
 * Vietnamese name order, computed once on write so that both engines sort by a plain column:
 * people are ordered by given name (the last word), then by the family and middle names; within
 * a word, letters compare first in the Vietnamese alphabet (a < ă < â < b < … < đ …), then tones
 * (ngang < huyền < hỏi < ngã < sắc < nặng).
 */
const ALPHABET = ['a', 'ă', 'â', 'b', 'c', 'd', 'đ', 'e', 'ê', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o', 'ô', 'ơ', 'p', 'q', 'r', 's', 't', 'u', 'ư', 'v', 'w', 'x', 'y', 'z'];
const LETTER_CODE = new Map(ALPHABET.map((l, i) => [l, String(i + 10)]));
// Combining marks of the tones, in dictionary order after "no tone".
const TONES = new Map([
  ['\u0300', 1], // huyền
  ['\u0309', 2], // hỏi
  ['\u0303', 3], // ngã
  ['\u0301', 4], // sắc
  ['\u0323', 5], // nặng
]);
// Marks that belong to the letter itself (ă, â, ê, ô, ơ, ư).
const LETTER_MARKS: Record<string, string> = { 'a\u0306': 'ă', 'a\u0302': 'â', 'e\u0302': 'ê', 'o\u0302': 'ô', 'o\u031b': 'ơ', 'u\u031b': 'ư' };

function splitWord(word: string): { letters: string[]; tone: number } {
  const decomposed = word.toLowerCase().normalize('NFD');
  const letters: string[] = [];
  let tone = 0;
  for (const ch of decomposed) {
    if (TONES.has(ch)) {
      tone = TONES.get(ch) ?? 0;
    } else if (/[\u0300-\u036f]/.test(ch) && letters.length) {
      const last = letters[letters.length - 1];
      letters[letters.length - 1] = LETTER_MARKS[last + ch] ?? last;
    } else {
      letters.push(ch);
    }
  }
  return { letters, tone };
}

function wordKey(word: string): string {
  const { letters, tone } = splitWord(word);
  // Two digits a letter (10–42 for the alphabet, 50–99 for digits and others), then the tone.
  const codes = letters.map((l) => LETTER_CODE.get(l) ?? (/[0-9]/.test(l) ? String(50 + Number(l)) : '99'));
  return `${codes.join('')}0${tone}`;
}

const words = (fullName: string) => fullName.trim().split(/\s+/).filter(Boolean);

export function vietnameseNameSortKey(fullName: string): string {
  const parts = words(fullName);
  if (!parts.length) return '';
  const given = parts[parts.length - 1];
  // "00" separates words and sorts before every letter, so "An" comes before "Anh".
  const rest = parts.slice(0, -1).map(wordKey).join('00');
  return `${wordKey(given)} ${rest}`.slice(0, 400);
}

/** Lower-case, without tones or letter marks, đ → d: "Nguyễn Văn Đức" → "nguyen van duc". */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
