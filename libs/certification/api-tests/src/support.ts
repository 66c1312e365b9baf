export { addMonths } from '@cds/certification/api';
import { gunzipSync } from 'node:zlib';

/** Whether entry `index` is set in a Bitstring Status List's encodedList (multibase base64url, gzip). */
export function isSetForTest(encodedList: string, index: number): boolean {
  const bytes = gunzipSync(Buffer.from(encodedList.slice(1), 'base64url'));
  return (bytes[index >> 3] & (0x80 >> (index & 7))) !== 0;
}
