import { CDS_02 } from './cds-02';
import { CDS_05 } from './cds-05';
import { CDS_01, CDS_03, CDS_04, CDS_06, CDS_07 } from './outlines';
import type { SeedCourse } from './types';

export type { SeedCourse, SeedModule, SeedLesson, SeedVersion } from './types';

/** The seven courses of the 2022 plan, in code order. */
export const SEED_COURSES: SeedCourse[] = [CDS_01, CDS_02, CDS_03, CDS_04, CDS_05, CDS_06, CDS_07];
