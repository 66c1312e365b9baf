import { FeatureWords } from '@cds/web/i18n';
import { QUIZ_EN } from './quiz.en';
import { QUIZ_VI } from './quiz.vi';

/** The words of the trainer's quiz screens, in both languages. */
export const QUIZ_WORDS: FeatureWords = { vi: QUIZ_VI, en: QUIZ_EN };
