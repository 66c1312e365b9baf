import { Route } from '@angular/router';
import { provideVnDates } from '@cds/web/ui';
import { CoreTeamPage } from './core-team-page/core-team-page';

/** Mount with `loadChildren` behind authGuard and roleGuard('admin', 'unit_admin', 'certifier'). */
export const CORE_TEAM_ROUTES: Route[] = [{ path: '', component: CoreTeamPage, providers: [provideVnDates()] }];
