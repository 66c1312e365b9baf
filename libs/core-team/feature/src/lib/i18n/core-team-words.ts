import { FeatureWords } from '@cds/web/i18n';
import { CORE_TEAM_EN } from './core-team.en';
import { CORE_TEAM_VI } from './core-team.vi';

/** The words of the core-team screen, in both languages. */
export const CORE_TEAM_WORDS: FeatureWords = { vi: CORE_TEAM_VI, en: CORE_TEAM_EN };
