import { FeatureWords } from '@cds/web/i18n';
import { AUTH_EN } from './auth.en';
import { AUTH_VI } from './auth.vi';

/** The words of the login and profile pages, in both languages. */
export const AUTH_WORDS: FeatureWords = { vi: AUTH_VI, en: AUTH_EN };
