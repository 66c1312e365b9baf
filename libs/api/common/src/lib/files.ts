import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { AppError } from './app-error';
import { APP_CONFIG, AppConfig } from './config';
import { registerMessages } from './messages';

/**
 * Where uploaded files live. Domains store bytes under an opaque key and keep the key, name and
 * type in their own tables. Local disk is the default; an S3-compatible store is the scale path
 * (another class behind this one, chosen by configuration).
 */
export abstract class FileStorage {
  /** Stores the bytes and answers the new key. */
  abstract put(bytes: Buffer): Promise<string>;
  abstract get(key: string): Promise<Buffer>;
  abstract remove(key: string): Promise<void>;
}

const KEY = /^[a-f0-9]{2}\/[a-f0-9]{30}$/;

/** Files under `<DATA_DIR>/files`, written to a temporary name and renamed, so a half-written file is never read. */
@Injectable()
export class LocalDiskStorage extends FileStorage {
  private readonly root: string;
  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    super();
    this.root = join(config.dataDir, 'files');
  }

  async put(bytes: Buffer): Promise<string> {
    const id = randomBytes(16).toString('hex');
    const key = `${id.slice(0, 2)}/${id.slice(2)}`;
    const path = this.path(key);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(`${path}.part`, bytes);
    await rename(`${path}.part`, path);
    return key;
  }

  get(key: string): Promise<Buffer> {
    return readFile(this.path(key));
  }

  async remove(key: string): Promise<void> {
    await rm(this.path(key), { force: true });
  }

  private path(key: string) {
    if (!KEY.test(key)) throw new Error('bad storage key');
    return join(this.root, key);
  }
}

/** The kinds of file the platform accepts, each recognised by its content, not its name. */
export const FILE_KINDS = {
  pdf: { mime: 'application/pdf', extensions: ['pdf'] },
  png: { mime: 'image/png', extensions: ['png'] },
  jpeg: { mime: 'image/jpeg', extensions: ['jpg', 'jpeg'] },
  webp: { mime: 'image/webp', extensions: ['webp'] },
  pptx: { mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', extensions: ['pptx'] },
  docx: { mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extensions: ['docx'] },
  xlsx: { mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extensions: ['xlsx'] },
} as const;
export type FileKind = keyof typeof FILE_KINDS;

registerMessages({
  'files.empty': { vi: 'Tệp rỗng.', en: 'The file is empty.' },
  'files.too_large': { vi: 'Tệp "{name}" lớn hơn giới hạn {limit} MB.', en: 'File "{name}" is larger than the {limit} MB limit.' },
  'files.not_allowed': {
    vi: 'Tệp "{name}" không thuộc loại được phép ({allowed}).',
    en: 'File "{name}" is not an allowed kind ({allowed}).',
  },
  'files.mismatch': {
    vi: 'Nội dung tệp "{name}" không đúng với phần mở rộng của tên tệp (nội dung là {actual}).',
    en: 'The content of "{name}" does not match its extension (the content is {actual}).',
  },
});

/**
 * Checks an upload by its bytes (magic numbers, through `file-type`): it must be one of `allowed`,
 * within `maxBytes`, and its name's extension must agree with its content. Answers the content's
 * MIME type; refuses with a 422 (413 for size) the person can read.
 */
export async function checkUpload(bytes: Buffer, fileName: string, allowed: readonly FileKind[], maxBytes: number): Promise<{ kind: FileKind; mime: string }> {
  if (bytes.length === 0) throw new AppError(HttpStatus.UNPROCESSABLE_ENTITY, 'files.empty');
  if (bytes.length > maxBytes) throw new AppError(HttpStatus.PAYLOAD_TOO_LARGE, 'files.too_large', { name: fileName, limit: Math.round(maxBytes / 1048576) });
  const allowedText = allowed.map((k) => FILE_KINDS[k].extensions[0].toUpperCase()).join(', ');
  // file-type 16 is the last CommonJS line; it reads the first bytes (and the zip directory for Office files).
  const { fromBuffer } = await import('file-type');
  const found = await fromBuffer(bytes);
  const kind = (Object.keys(FILE_KINDS) as FileKind[]).find((k) => FILE_KINDS[k].mime === found?.mime);
  const extension = fileName.toLowerCase().split('.').pop() ?? '';
  if (!kind || !allowed.includes(kind)) {
    const claimed = (Object.keys(FILE_KINDS) as FileKind[]).find((k) => (FILE_KINDS[k].extensions as readonly string[]).includes(extension));
    if (claimed && allowed.includes(claimed)) throw new AppError(HttpStatus.UNPROCESSABLE_ENTITY, 'files.mismatch', { name: fileName, actual: found?.ext?.toUpperCase() ?? '?' });
    throw new AppError(HttpStatus.UNPROCESSABLE_ENTITY, 'files.not_allowed', { name: fileName, allowed: allowedText });
  }
  if (!(FILE_KINDS[kind].extensions as readonly string[]).includes(extension)) {
    throw new AppError(HttpStatus.UNPROCESSABLE_ENTITY, 'files.mismatch', { name: fileName, actual: kind.toUpperCase() });
  }
  return { kind, mime: FILE_KINDS[kind].mime };
}

/** The longest file name kept, in UTF-16 units (the name columns are VARCHAR(255), which counts characters). */
const FILE_NAME_MAX = 255;
/** The name kept when an upload's name has nothing usable left ("tệp" without its marks). */
const FILE_NAME_FALLBACK = 'tep';
/** Control characters, zero-width and text-direction marks (which can make "gpj.exe" read as "exe.jpg"), the BOM, and double quotes. */
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const FILE_NAME_UNWANTED = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff"]/gu;

/**
 * An uploaded file's name, safe to keep and to send back: its last path part only (browsers may
 * send "C:\fakepath\…"), NFC, without control, zero-width or text-direction characters or double
 * quotes, trimmed, at most 255 characters with its extension kept. Vietnamese letters stay as
 * they are. "tep" when nothing usable is left.
 */
export function cleanFileName(name: string): string {
  const base = (name.split(/[\\/]/).pop() ?? '').normalize('NFC').replace(FILE_NAME_UNWANTED, '').trim();
  if (base === '' || /^\.+$/.test(base)) return FILE_NAME_FALLBACK;
  if (base.length <= FILE_NAME_MAX) return base;
  const dot = base.lastIndexOf('.');
  const ext = dot > 0 && base.length - dot <= 10 ? base.slice(dot) : '';
  // Never cut a character outside the BMP in half.
  const stem = base.slice(0, FILE_NAME_MAX - ext.length).replace(/[\ud800-\udbff]$/, '');
  return stem + ext;
}

/**
 * A Content-Disposition header value (RFC 6266) that keeps a Vietnamese name: an ASCII fallback
 * `filename="…"` (marks dropped, đ → d, anything else outside letters, digits, dot and hyphen
 * becomes "_") for old clients, and `filename*=UTF-8''…` (RFC 5987 percent-encoding) with the
 * real name. The name goes through `cleanFileName` first, so no quote or line break reaches the header.
 */
export function contentDisposition(kind: 'attachment' | 'inline', fileName: string): string {
  const name = cleanFileName(fileName);
  const ascii = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^\w.-]+/g, '_');
  // encodeURIComponent leaves ' ( ) * as they are; RFC 5987's attr-char does not allow them.
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
