import { FeatureWords } from '@cds/web/i18n';
import { PEOPLE_EN } from './people.en';
import { PEOPLE_VI } from './people.vi';

/** The words of the people screens, in both languages. */
export const PEOPLE_WORDS: FeatureWords = { vi: PEOPLE_VI, en: PEOPLE_EN };
