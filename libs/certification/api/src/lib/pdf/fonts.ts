import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const FONT_PACKAGE = '@expo-google-fonts/be-vietnam-pro';

export const CERTIFICATE_FONTS = {
  regular: '400Regular/BeVietnamPro_400Regular.ttf',
  italic: '400Regular_Italic/BeVietnamPro_400Regular_Italic.ttf',
  bold: '700Bold/BeVietnamPro_700Bold.ttf',
} as const;

export type CertificateFont = keyof typeof CERTIFICATE_FONTS;

// Webpack rewrites `require.resolve` into a module id; this global is Node's own require there.
declare const __non_webpack_require__: NodeJS.Require | undefined;

let packageDir: string | undefined;

/**
 * Folder of the Be Vietnam Pro package. The API also runs as a webpack bundle from the repo
 * root, so the package is looked up through Node's real resolver, then under the working folder.
 */
function fontPackageDir(): string {
  if (packageDir) return packageDir;
  const nodeRequire = typeof __non_webpack_require__ === 'function' ? __non_webpack_require__ : require;
  const candidates: string[] = [];
  try {
    candidates.push(dirname(nodeRequire.resolve(`${FONT_PACKAGE}/package.json`)));
  } catch {
    // not resolvable from here: fall back to the working folder below
  }
  candidates.push(join(process.cwd(), 'node_modules', FONT_PACKAGE));
  const found = candidates.find((dir) => existsSync(join(dir, CERTIFICATE_FONTS.regular)));
  if (!found) {
    throw new Error(
      `Không tìm thấy phông chữ Be Vietnam Pro (gói ${FONT_PACKAGE}). / Font package ${FONT_PACKAGE} not found.`,
    );
  }
  packageDir = found;
  return found;
}

/** Absolute path of one embedded TTF. */
const loaded = new Map<CertificateFont, Buffer>();

/** The font file's bytes, read once per process (pdfkit would read the file for every document). */
export function certificateFont(font: CertificateFont): Buffer {
  let bytes = loaded.get(font);
  if (!bytes) loaded.set(font, (bytes = readFileSync(certificateFontPath(font))));
  return bytes;
}

export function certificateFontPath(font: CertificateFont): string {
  return join(fontPackageDir(), CERTIFICATE_FONTS[font]);
}
