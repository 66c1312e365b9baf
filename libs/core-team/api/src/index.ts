export { CoreTeamModule, CORE_TEAM_ENTITIES } from './lib/core-team.module';
export { Seat, SeatCourse } from './lib/seat.entity';
export { Assignment } from './lib/assignment.entity';
export { CoreTeamService } from './lib/core-team.service';
