import { Route } from '@angular/router';
import { PeopleListStore } from '@cds/people/data-access';
import { roleGuard } from '@cds/web/core';
import { provideVnDates } from '@cds/web/ui';
import { PeopleImportPage } from './people-import-page/people-import-page';
import { PeopleListPage } from './people-list-page/people-list-page';
import { PersonPage } from './person-page/person-page';

/** Mount with `loadChildren` behind authGuard and roleGuard('admin', 'unit_admin', 'certifier'). */
export const PEOPLE_ROUTES: Route[] = [
  {
    path: '',
    providers: [provideVnDates()],
    children: [
      { path: '', component: PeopleListPage, providers: [PeopleListStore] },
      { path: 'import', component: PeopleImportPage, canActivate: [roleGuard('admin', 'unit_admin')] },
      { path: ':id', component: PersonPage },
    ],
  },
];
