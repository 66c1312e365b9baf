import { FeatureWords } from '@cds/web/i18n';
import { LEARNING_EN } from './learning.en';
import { LEARNING_VI } from './learning.vi';

/** The words of the learner's and the attendance screens, in both languages. */
export const LEARNING_WORDS: FeatureWords = { vi: LEARNING_VI, en: LEARNING_EN };
