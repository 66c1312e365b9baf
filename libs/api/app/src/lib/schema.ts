import type { AppConfig } from '@cds/api/common';
import { ASSESSMENT_ENTITIES } from '@cds/assessment/api';
import { openDatabase, Schema } from '@cds/api/database';
import { AUDIT_ENTITIES } from '@cds/audit/api';
import { AUTH_ENTITIES } from '@cds/auth/api';
import { CATALOGUE_ENTITIES } from '@cds/catalogue/api';
import { CERTIFICATION_ENTITIES } from '@cds/certification/api';
import { CORE_TEAM_ENTITIES } from '@cds/core-team/api';
import { DELIVERY_ENTITIES } from '@cds/delivery/api';
import { ORG_ENTITIES } from '@cds/org/api';
import { PEOPLE_ENTITIES } from '@cds/people/api';
import type { DataSource } from 'typeorm';
import { Foundation1764403200000 } from './migrations/1764403200000-Foundation';
import { OrgHistoryPeopleCoreTeam1764489600000 } from './migrations/1764489600000-OrgHistoryPeopleCoreTeam';
import { UniquePersonEmailAuditLabel1764576000000 } from './migrations/1764576000000-UniquePersonEmailAuditLabel';
import { OrgRevision1764662400000 } from './migrations/1764662400000-OrgRevision';
import { CatalogueDelivery1764748800000 } from './migrations/1764748800000-CatalogueDelivery';
import { QuestionBank1764835200000 } from './migrations/1764835200000-QuestionBank';
import { Quizzes1764921600000 } from './migrations/1764921600000-Quizzes';
import { Certification1765008000000 } from './migrations/1765008000000-Certification';

/**
 * The schema of the composed app: every domain's entities, and the one migration set that serves
 * SQLite and MySQL/MariaDB. Each domain lists its own entities; the migrations stay here, in order.
 */
export const APP_SCHEMA: Schema = {
  entities: [
    ...ORG_ENTITIES,
    ...PEOPLE_ENTITIES,
    ...AUTH_ENTITIES,
    ...AUDIT_ENTITIES,
    ...CATALOGUE_ENTITIES,
    ...DELIVERY_ENTITIES,
    ...CERTIFICATION_ENTITIES,
    ...CORE_TEAM_ENTITIES,
    ...ASSESSMENT_ENTITIES,
  ],
  migrations: [
    Foundation1764403200000,
    OrgHistoryPeopleCoreTeam1764489600000,
    UniquePersonEmailAuditLabel1764576000000,
    OrgRevision1764662400000,
    CatalogueDelivery1764748800000,
    QuestionBank1764835200000,
    Quizzes1764921600000,
    Certification1765008000000,
  ],
};

/** Connects to the configured database and migrates it. */
export const openAppDatabase = (config: Pick<AppConfig, 'db'>): Promise<DataSource> => openDatabase(config, APP_SCHEMA);
