import { FeatureWords } from '@cds/web/i18n';
import { DELIVERY_STAFF_EN } from './delivery-staff.en';
import { DELIVERY_STAFF_VI } from './delivery-staff.vi';

/** The words of the classes, plan and enrolment screens, in both languages. */
export const DELIVERY_STAFF_WORDS: FeatureWords = { vi: DELIVERY_STAFF_VI, en: DELIVERY_STAFF_EN };
