import { inflateRawSync } from 'node:zlib';

const EOCD = Buffer.from([0x50, 0x4b, 0x05, 0x06]);
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

/**
 * How many bytes a zip (an .xlsx is one) unpacks to, counting no further than just past `limit`:
 * a number above `limit` means "too large". Each entry is inflated with a cap on its output,
 * because the sizes a zip declares can lie: a 2 MB upload can hold gigabytes of repeated cells,
 * which the spreadsheet reader would otherwise hold in memory at once. Null for a zip it cannot
 * read (cut short, ZIP64, a compression method other than stored or deflated, corrupt data).
 */
export function unzippedSize(zip: Buffer, limit: number): number | null {
  const end = zip.lastIndexOf(EOCD);
  if (end < 0 || end + 22 > zip.length) return null;
  const entries = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  let total = 0;
  for (let i = 0; i < entries && total <= limit; i++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== CENTRAL) return null;
    const method = zip.readUInt16LE(at + 10);
    const compressed = zip.readUInt32LE(at + 20);
    const local = zip.readUInt32LE(at + 42);
    at +=
      46 +
      zip.readUInt16LE(at + 28) +
      zip.readUInt16LE(at + 30) +
      zip.readUInt16LE(at + 32);
    if (local + 30 > zip.length || zip.readUInt32LE(local) !== LOCAL)
      return null;
    const start =
      local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    if (start + compressed > zip.length) return null;
    const data = zip.subarray(start, start + compressed);
    if (method === STORED) total += data.length;
    else if (method === DEFLATED)
      total += inflatedLength(data, limit - total + 1);
    else return null;
  }
  return Number.isNaN(total) ? null : total;
}

/** The inflated length of one entry, `cap` when it would be longer, NaN when it is not valid deflate data. */
function inflatedLength(data: Buffer, cap: number): number {
  try {
    return inflateRawSync(data, { maxOutputLength: cap }).length;
  } catch (e) {
    return (e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' ? cap : NaN;
  }
}
