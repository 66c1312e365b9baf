import { Module, OnApplicationShutdown } from '@nestjs/common';
import { CoreTeamModule } from '../core-team/core-team.module';
import { PeopleImportService } from './import/people-import.service';
import { PeopleController } from './people.controller';
import { PeopleService } from './people.service';

@Module({ imports: [CoreTeamModule], controllers: [PeopleController], providers: [PeopleService, PeopleImportService] })
export class PeopleModule implements OnApplicationShutdown {
  constructor(private readonly importer: PeopleImportService) {}

  /** Lets running imports finish before the database closes. */
  async onApplicationShutdown() {
    await this.importer.idle();
  }
}
