export { ExternalTrainingModule } from './external-training.module';
export {
  ExternalTrainingService,
  EVIDENCE_KINDS,
  EVIDENCE_MAX_BYTES,
  NO_LONGER_RECOGNISED,
  insertExternalCertificate,
  insertExternalRecord,
  type ExternalRecordInput,
  type UploadedFile,
} from './external-training.service';
export { ExternalTrainingImportService, IMPORT_MAX_BYTES, MAX_IMPORT_ROWS } from './external-training-import.service';
export { EXTERNAL_IMPORT_COLUMNS, externalTemplateWorkbook } from './external-training-sheet';
export type { ExternalImportProblem, ExternalImportReport, ExternalImportRow } from './external-training.dto';
