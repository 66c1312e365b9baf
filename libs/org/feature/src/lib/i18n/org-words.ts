import { FeatureWords } from '@cds/web/i18n';
import { ORG_EN } from './org.en';
import { ORG_VI } from './org.vi';

/** The words of the organisation screens, in both languages. */
export const ORG_WORDS: FeatureWords = { vi: ORG_VI, en: ORG_EN };
