/** Helpers shared by this folder's specs (not exported from index.ts). */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CertificatePdfFacts } from './certificate-pdf';

/** Sample facts for specs and the sample render. */
export function sampleFacts(overrides: Partial<CertificatePdfFacts> = {}): CertificatePdfFacts {
  return {
    department: 'Sở Khoa học và Công nghệ tỉnh Ninh Bình',
    place: 'Ninh Bình',
    holder: { name: 'Nguyễn Thị Hồng Nhung', unit: 'Phòng Quản lý Công nghệ và Thị trường Khoa học' },
    course: {
      code: 'BD-CĐS-2026',
      title: 'Chuyển đổi số và ứng dụng trí tuệ nhân tạo trong quản lý nhà nước về khoa học và công nghệ',
      hours: 40,
    },
    classCode: 'K01-2026',
    issuedOn: '2026-12-15',
    expiresOn: '2031-12-15',
    decision: { number: '123/QĐ-SKHCN', date: '2026-12-10' },
    registerNumber: '2026/0042',
    publicCode: 'NB7K-Q2XM-4HTD',
    signer: { name: 'Trần Văn Đức', title: 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC' },
    verifyUrl: 'https://daotao.example.vn/xac-minh/NB7K-Q2XM-4HTD',
    status: 'valid',
    ...overrides,
  };
}

/** Whether a poppler-utils tool is installed; specs that need it are skipped (with a note) without it. */
export function hasTool(name: 'pdfsig' | 'pdftotext' | 'pdfinfo' | 'pdffonts'): boolean {
  const found = existsSync(`/usr/bin/${name}`);
  if (!found) console.warn(`/usr/bin/${name} is missing (apt-get install poppler-utils): its checks are skipped.`);
  return found;
}

/** Runs a poppler tool on the PDF and returns its standard output, whatever its exit code. */
export async function runOnPdf(tool: string, pdf: Buffer, args: string[] = [], after: string[] = []): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'cert-pdf-'));
  const file = join(dir, 'doc.pdf');
  writeFileSync(file, pdf);
  try {
    return await new Promise<string>((resolve, reject) => {
      execFile(`/usr/bin/${tool}`, [...args, file, ...after], { encoding: 'utf8' }, (error, stdout, stderr) => {
        if (error && !stdout) reject(new Error(`${tool} failed: ${stderr || error.message}`));
        else resolve(stdout);
      });
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
