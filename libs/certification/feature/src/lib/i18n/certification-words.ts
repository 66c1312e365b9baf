import { FeatureWords } from '@cds/web/i18n';
import { CERTIFICATION_EN } from './certification.en';
import { CERTIFICATION_VI } from './certification.vi';

/** The words of the certification screens (public verification included), in both languages. */
export const CERTIFICATION_WORDS: FeatureWords = { vi: CERTIFICATION_VI, en: CERTIFICATION_EN };
