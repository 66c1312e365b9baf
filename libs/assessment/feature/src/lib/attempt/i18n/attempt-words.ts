import { FeatureWords } from '@cds/web/i18n';
import { ATTEMPT_EN } from './attempt.en';
import { ATTEMPT_VI } from './attempt.vi';

/** The words of the learner's quiz screens, in both languages. */
export const ATTEMPT_WORDS: FeatureWords = { vi: ATTEMPT_VI, en: ATTEMPT_EN };
