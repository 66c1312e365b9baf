import { Module, OnApplicationShutdown } from '@nestjs/common';
import { OrgModule } from '@cds/org/api';
import { Account } from './account.entity';
import { ImportJob, ImportProblem } from './import/import-job.entity';
import { PeopleImportService } from './import/people-import.service';
import { PeopleController } from './people.controller';
import { PeopleHooks } from './people-hooks';
import { PeopleOrgListener } from './people-org.listener';
import { PeopleService } from './people.service';
import { Person } from './person.entity';
import { RoleGrantEntity } from './role-grant.entity';

export const PEOPLE_ENTITIES = [Person, Account, RoleGrantEntity, ImportJob, ImportProblem];

/** People, their accounts and role grants. Offers PeopleHooks to the domains that hold people (core-team, auth). */
@Module({
  imports: [OrgModule],
  controllers: [PeopleController],
  providers: [PeopleService, PeopleImportService, PeopleHooks, PeopleOrgListener],
  exports: [PeopleHooks],
})
export class PeopleModule implements OnApplicationShutdown {
  constructor(private readonly importer: PeopleImportService) {}

  /** Lets running imports finish before the database closes. */
  async onApplicationShutdown() {
    await this.importer.idle();
  }
}
