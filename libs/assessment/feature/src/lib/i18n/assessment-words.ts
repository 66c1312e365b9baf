import { FeatureWords } from '@cds/web/i18n';
import { ASSESSMENT_EN } from './assessment.en';
import { ASSESSMENT_VI } from './assessment.vi';

/** The words of the assessment screens, in both languages. */
export const ASSESSMENT_WORDS: FeatureWords = { vi: ASSESSMENT_VI, en: ASSESSMENT_EN };
