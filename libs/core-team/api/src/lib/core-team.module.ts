import { Module } from '@nestjs/common';
import { CatalogueModule } from '@cds/catalogue/api';
import { OrgModule } from '@cds/org/api';
import { PeopleModule } from '@cds/people/api';
import { Assignment } from './assignment.entity';
import { CoreTeamController } from './core-team.controller';
import { CoreTeamOrgListener, CoreTeamPeopleListener } from './core-team.listeners';
import { CoreTeamService } from './core-team.service';
import { Seat, SeatCourse } from './seat.entity';

export const CORE_TEAM_ENTITIES = [Seat, SeatCourse, Assignment];

/** Core-team posts, their holders and coverage. Takes part in reorganisations and in people leaving through their hooks. */
@Module({
  imports: [OrgModule, PeopleModule, CatalogueModule],
  controllers: [CoreTeamController],
  providers: [CoreTeamService, CoreTeamOrgListener, CoreTeamPeopleListener],
})
export class CoreTeamModule {}
