export { renderCertificatePdf, PUBLIC_CODE_KEYWORD, type CertificatePdfFacts } from './certificate-pdf';
export {
  createPdfSigner,
  loadOrCreateDemoP12,
  createDemoP12,
  P12PdfSigner,
  DEMO_P12_FILE,
  DEMO_PASS_FILE,
  type PdfSigner,
  type PdfSignatureInfo,
  type PdfSignerOptions,
} from './pdf-signer';
export { verifyPdfSignature, publicCodeOf, type PdfSignatureCheck } from './pdf-verify';
export { vietnameseLongDate, vietnameseShortDate } from './vi-format';
