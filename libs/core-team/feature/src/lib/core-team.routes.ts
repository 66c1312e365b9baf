import { Route } from '@angular/router';
import { authGuard, capabilityGuard } from '@cds/web/core';
import { provideTranslations } from '@cds/web/i18n';
import { provideVnDates } from '@cds/web/ui';
import { CoreTeamPage } from './core-team-page/core-team-page';
import { CORE_TEAM_WORDS } from './i18n/core-team-words';

/** Mount with `loadChildren` at `/core-team`; the route guards itself (`coreTeam.read`). */
export const CORE_TEAM_ROUTES: Route[] = [
  {
    path: '',
    canActivate: [authGuard, capabilityGuard('coreTeam.read')],
    providers: [provideTranslations(CORE_TEAM_WORDS), provideVnDates()],
    component: CoreTeamPage,
  },
];
