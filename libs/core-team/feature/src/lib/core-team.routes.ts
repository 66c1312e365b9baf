import { Route } from '@angular/router';
import { authGuard, capabilityGuard } from '@cds/web/core';
import { provideVnDates } from '@cds/web/ui';
import { CoreTeamPage } from './core-team-page/core-team-page';

/** Mount with `loadChildren` at `/core-team`; the route guards itself (`coreTeam.read`). */
export const CORE_TEAM_ROUTES: Route[] = [
  {
    path: '',
    canActivate: [authGuard, capabilityGuard('coreTeam.read')],
    providers: [provideVnDates()],
    component: CoreTeamPage,
  },
];
