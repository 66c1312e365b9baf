import { FeatureWords } from '@cds/web/i18n';
import { AUDIT_EN } from './audit.en';
import { AUDIT_VI } from './audit.vi';

/** The words of the audit log, in both languages. */
export const AUDIT_WORDS: FeatureWords = { vi: AUDIT_VI, en: AUDIT_EN };
