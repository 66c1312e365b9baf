import { FeatureWords } from '@cds/web/i18n';
import { CATALOGUE_EN } from './catalogue.en';
import { CATALOGUE_VI } from './catalogue.vi';

/** The words of the catalogue screens, in both languages. */
export const CATALOGUE_WORDS: FeatureWords = { vi: CATALOGUE_VI, en: CATALOGUE_EN };
