import PDFDocument from 'pdfkit';
import { create as createQr } from 'qrcode';
import { certificateFont } from './fonts';
import { parseIsoDate, vietnameseLongDate, vietnameseNumber, vietnameseShortDate } from './vi-format';

/** Everything printed on one certificate: plain data, already checked by the caller. */
export interface CertificatePdfFacts {
  /** Issuing body, e.g. "SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH NINH BÌNH". */
  department: string;
  /** Place written before the issue date, e.g. "Ninh Bình". */
  place: string;
  holder: { name: string; unit: string };
  course: { code: string; title: string; hours: number };
  classCode: string;
  /** YYYY-MM-DD */
  issuedOn: string;
  /** YYYY-MM-DD, or null when the certificate does not expire. */
  expiresOn: string | null;
  /** Decision number ("123/QĐ-SKHCN") and its date (YYYY-MM-DD). */
  decision: { number: string; date: string };
  registerNumber: string;
  publicCode: string;
  /** Title may hold several lines separated by "\n" ("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC"). */
  signer: { name: string; title: string };
  verifyUrl: string;
  status?: 'valid' | 'revoked' | 'expired';
}

/** Prefix of the public code inside the PDF's Keywords, read back by publicCodeOf. */
export const PUBLIC_CODE_KEYWORD = 'Mã tra cứu: ';

const PAGE = { width: 841.89, height: 595.28 }; // A4 landscape, points
const COLOR = { navy: '#1F3A68', red: '#B0201E', gold: '#B8862B', text: '#1F2937', muted: '#4B5563' };
const FONT = { regular: 'BVP-Regular', italic: 'BVP-Italic', bold: 'BVP-Bold' } as const;

const STATUS_STAMP: Record<'revoked' | 'expired', string> = {
  revoked: 'ĐÃ THU HỒI',
  expired: 'HẾT HIỆU LỰC',
};

/** Renders one certificate as an A4 landscape PDF with Be Vietnam Pro embedded. */
export async function renderCertificatePdf(input: CertificatePdfFacts): Promise<Buffer> {
  const facts = normalizeFacts(input);
  parseIsoDate(facts.issuedOn, 'issuedOn');
  // Fixed to the issue day (07:00 in Vietnam = 00:00 UTC) so the same facts give the same bytes.
  const creationDate = new Date(`${facts.issuedOn}T07:00:00+07:00`);

  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: 0,
    pdfVersion: '1.7',
    lang: 'vi-VN',
    displayTitle: true,
    info: {
      Title: `Giấy chứng nhận hoàn thành khóa bồi dưỡng - ${facts.holder.name}`,
      Author: facts.department,
      Subject: `${facts.course.title} (${facts.course.code}), lớp ${facts.classCode}`,
      Keywords: `${PUBLIC_CODE_KEYWORD}${facts.publicCode}; giấy chứng nhận; ${facts.course.code}; ${facts.classCode}`,
      CreationDate: creationDate,
      ModDate: creationDate,
    },
  });
  const done = collect(doc);
  doc.registerFont(FONT.regular, certificateFont('regular'));
  doc.registerFont(FONT.italic, certificateFont('italic'));
  doc.registerFont(FONT.bold, certificateFont('bold'));

  drawFrame(doc);
  drawHeader(doc, facts);
  drawTitleAndBody(doc, facts);
  drawFooter(doc, facts);
  if (facts.status === 'revoked' || facts.status === 'expired') drawStamp(doc, STATUS_STAMP[facts.status]);

  doc.end();
  return done;
}

/** NFC so every letter uses the font's precomposed Vietnamese glyphs; trims stray spaces. */
function normalizeFacts(facts: CertificatePdfFacts): CertificatePdfFacts {
  const n = (value: string): string => value.normalize('NFC').trim();
  return {
    ...facts,
    department: n(facts.department),
    place: n(facts.place),
    holder: { name: n(facts.holder.name), unit: n(facts.holder.unit) },
    course: { ...facts.course, code: n(facts.course.code), title: n(facts.course.title) },
    classCode: n(facts.classCode),
    decision: { number: n(facts.decision.number), date: facts.decision.date },
    registerNumber: n(facts.registerNumber),
    publicCode: n(facts.publicCode),
    signer: { name: n(facts.signer.name), title: n(facts.signer.title) },
    verifyUrl: facts.verifyUrl.trim(),
  };
}

function collect(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}

function drawFrame(doc: PDFKit.PDFDocument): void {
  const outer = 16;
  const inner = 23;
  doc.save();
  doc.lineWidth(3).strokeColor(COLOR.navy);
  doc.rect(outer, outer, PAGE.width - 2 * outer, PAGE.height - 2 * outer).stroke();
  doc.lineWidth(0.8).strokeColor(COLOR.gold);
  doc.rect(inner, inner, PAGE.width - 2 * inner, PAGE.height - 2 * inner).stroke();
  // Small gold diamonds in the corners of the inner frame.
  doc.fillColor(COLOR.gold);
  for (const [x, y] of [
    [inner, inner],
    [PAGE.width - inner, inner],
    [inner, PAGE.height - inner],
    [PAGE.width - inner, PAGE.height - inner],
  ]) {
    doc.polygon([x, y - 5], [x + 5, y], [x, y + 5], [x - 5, y]).fill();
  }
  doc.restore();
}

/** Two-column administrative header: issuing body on the left, national motto on the right. */
function drawHeader(doc: PDFKit.PDFDocument, facts: CertificatePdfFacts): void {
  const top = 44;
  const left = { x: 40, width: 350 };
  const right = { x: 400, width: 400 };

  doc.fillColor(COLOR.text).font(FONT.bold).fontSize(11.5);
  doc.text(facts.department.toLocaleUpperCase('vi'), left.x, top, { width: left.width, align: 'center' });
  underline(doc, left.x + left.width / 2, doc.y + 3, 110);

  doc.font(FONT.bold).fontSize(11.5);
  doc.text('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', right.x, top, { width: right.width, align: 'center' });
  const motto = 'Độc lập - Tự do - Hạnh phúc';
  doc.fontSize(12.5).text(motto, right.x, doc.y + 1, { width: right.width, align: 'center' });
  underline(doc, right.x + right.width / 2, doc.y + 3, doc.widthOfString(motto));
}

function underline(doc: PDFKit.PDFDocument, centerX: number, y: number, width: number): void {
  doc.save().lineWidth(0.8).strokeColor(COLOR.text);
  doc.moveTo(centerX - width / 2, y).lineTo(centerX + width / 2, y).stroke();
  doc.restore();
}

function drawTitleAndBody(doc: PDFKit.PDFDocument, facts: CertificatePdfFacts): void {
  const full = { x: 40, width: PAGE.width - 80 };
  const body = { x: (PAGE.width - 660) / 2, width: 660 };

  doc.font(FONT.bold).fontSize(34).fillColor(COLOR.red);
  doc.text('GIẤY CHỨNG NHẬN', full.x, 112, { width: full.width, align: 'center', characterSpacing: 1 });
  doc.font(FONT.bold).fontSize(15).fillColor(COLOR.navy);
  doc.text('HOÀN THÀNH KHÓA BỒI DƯỠNG', full.x, doc.y, { width: full.width, align: 'center', characterSpacing: 1 });

  doc.font(FONT.regular).fontSize(12.5).fillColor(COLOR.text);
  doc.text('Chứng nhận ông/bà:', body.x, doc.y + 20, { width: body.width, align: 'center' });

  doc.font(FONT.bold).fillColor(COLOR.navy);
  doc.fontSize(fitFontSize(doc, facts.holder.name, body.width, 24, 14));
  doc.text(facts.holder.name, body.x, doc.y + 4, { width: body.width, align: 'center' });

  doc.fillColor(COLOR.text).fontSize(12.5);
  if (facts.holder.unit) {
    labelled(doc, 'Đơn vị công tác: ', facts.holder.unit, body, doc.y + 4, 12.5);
  }
  doc.font(FONT.regular).text('Đã hoàn thành khóa bồi dưỡng:', body.x, doc.y + 8, {
    width: body.width,
    align: 'center',
  });

  doc.font(FONT.bold).fillColor(COLOR.navy);
  doc.fontSize(fitFontSize(doc, facts.course.title, body.width * 2, 16, 11));
  doc.text(facts.course.title, body.x, doc.y + 3, { width: body.width, align: 'center' });

  doc.font(FONT.regular).fontSize(11.5).fillColor(COLOR.text);
  const details = [
    `Mã khóa bồi dưỡng: ${facts.course.code}`,
    `Lớp: ${facts.classCode}`,
    `Thời lượng: ${vietnameseNumber(facts.course.hours)} giờ`,
  ].join('   •   ');
  doc.text(details, body.x, doc.y + 10, { width: body.width, align: 'center' });

  doc.font(FONT.italic);
  const decisionDate = vietnameseShortDate(facts.decision.date, 'decision.date');
  doc.text(`Theo Quyết định số ${facts.decision.number} ngày ${decisionDate}.`, body.x, doc.y + 5, {
    width: body.width,
    align: 'center',
  });
  if (facts.expiresOn) {
    doc.font(FONT.regular);
    const until = vietnameseShortDate(facts.expiresOn, 'expiresOn');
    doc.text(`Giấy chứng nhận có giá trị đến ngày ${until}.`, body.x, doc.y + 5, {
      width: body.width,
      align: 'center',
    });
  }
}

/** "Label: value" centred, the value in bold; shrinks a little, then wraps, when it is long. */
function labelled(
  doc: PDFKit.PDFDocument,
  label: string,
  value: string,
  box: { x: number; width: number },
  y: number,
  size: number,
): void {
  for (let s = size; s >= 10; s -= 0.5) {
    doc.fontSize(s);
    const labelWidth = doc.font(FONT.regular).widthOfString(label);
    const valueWidth = doc.font(FONT.bold).widthOfString(value);
    if (labelWidth + valueWidth <= box.width) {
      const start = box.x + (box.width - labelWidth - valueWidth) / 2;
      doc.font(FONT.regular).text(label, start, y, { lineBreak: false });
      doc.font(FONT.bold).text(value, start + labelWidth, y, { lineBreak: false });
      doc.x = box.x;
      doc.y = y + doc.currentLineHeight(true);
      return;
    }
  }
  doc.font(FONT.regular).text(label, box.x, y, { width: box.width, align: 'center', continued: true });
  doc.font(FONT.bold).text(value);
}

/** Largest size (down to `min`) at which `text` fits in `width` with the current font. */
function fitFontSize(doc: PDFKit.PDFDocument, text: string, width: number, max: number, min: number): number {
  for (let size = max; size > min; size -= 0.5) {
    doc.fontSize(size);
    if (doc.widthOfString(text) <= width) return size;
  }
  return min;
}

/** QR code and register data on the left; place, date and signer on the right. */
function drawFooter(doc: PDFKit.PDFDocument, facts: CertificatePdfFacts): void {
  const qrBox = { x: 52, y: 430, size: 92 };
  drawQr(doc, facts.verifyUrl, qrBox);

  const info = { x: qrBox.x + qrBox.size + 10, width: 220 };
  doc.fillColor(COLOR.text).fontSize(10.5);
  doc.font(FONT.regular).text('Số vào sổ: ', info.x, qrBox.y + 8, { continued: true, width: info.width });
  doc.font(FONT.bold).text(facts.registerNumber);
  doc.font(FONT.regular).text('Mã tra cứu: ', info.x, doc.y + 3, { continued: true, width: info.width });
  doc.font(FONT.bold).text(facts.publicCode);
  doc.font(FONT.italic).fontSize(8.5).fillColor(COLOR.muted);
  doc.text('Quét mã QR hoặc mở địa chỉ dưới đây để kiểm tra giấy chứng nhận.', info.x, doc.y + 5, {
    width: info.width,
  });
  doc.font(FONT.regular).fontSize(7).fillColor(COLOR.muted);
  doc.text(facts.verifyUrl, qrBox.x, qrBox.y + qrBox.size + 4, { width: 330 });

  const sign = { x: 470, width: 320 };
  doc.font(FONT.italic).fontSize(12).fillColor(COLOR.text);
  doc.text(`${facts.place}, ${vietnameseLongDate(facts.issuedOn, 'issuedOn')}`, sign.x, 418, {
    width: sign.width,
    align: 'center',
  });
  doc.font(FONT.bold).fontSize(12);
  for (const line of facts.signer.title.split(/\r?\n/)) {
    doc.text(line.trim().toLocaleUpperCase('vi'), sign.x, doc.y + 1, { width: sign.width, align: 'center' });
  }
  doc.font(FONT.italic).fontSize(9).fillColor(COLOR.muted);
  doc.text('(Đã ký số)', sign.x, doc.y + 14, { width: sign.width, align: 'center' });
  doc.font(FONT.bold).fontSize(13).fillColor(COLOR.text);
  doc.text(facts.signer.name, sign.x, 536, { width: sign.width, align: 'center' });
}

/** Large translucent diagonal stamp for a revoked or expired certificate. */
function drawStamp(doc: PDFKit.PDFDocument, text: string): void {
  doc.save();
  doc.rotate(-18, { origin: [PAGE.width / 2, PAGE.height / 2] });
  doc.font(FONT.bold).fontSize(84).fillColor(COLOR.red).fillOpacity(0.18);
  doc.text(text, 0, PAGE.height / 2 - 50, { width: PAGE.width, align: 'center', lineBreak: false });
  doc.restore();
}

/**
 * The QR code as vector squares on a white quiet zone: sharp at any zoom, and no PNG to encode and
 * decode for every certificate (that took a tenth of a render).
 */
function drawQr(doc: PDFKit.PDFDocument, text: string, box: { x: number; y: number; size: number }): void {
  const { modules } = createQr(text, { errorCorrectionLevel: 'M' });
  const cells = modules.size + 2; // one module of quiet zone on each side
  const m = box.size / cells;
  doc.save().rect(box.x, box.y, box.size, box.size).fill('#ffffff').fillColor('#000000');
  for (let r = 0; r < modules.size; r++) {
    for (let c = 0; c < modules.size; c++) if (modules.get(r, c)) doc.rect(box.x + (c + 1) * m, box.y + (r + 1) * m, m, m);
  }
  doc.fill().restore();
}
