import { FeatureWords } from '@cds/web/i18n';
import { GRADING_EN } from './grading.en';
import { GRADING_VI } from './grading.vi';

/** The words of the grading screens, in both languages. */
export const GRADING_WORDS: FeatureWords = { vi: GRADING_VI, en: GRADING_EN };
