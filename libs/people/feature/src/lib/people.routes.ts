import { Route } from '@angular/router';
import { PeopleListStore } from '@cds/people/data-access';
import { authGuard, capabilityGuard } from '@cds/web/core';
import { provideTranslations } from '@cds/web/i18n';
import { provideVnDates } from '@cds/web/ui';
import { PeopleImportPage } from './people-import-page/people-import-page';
import { PeopleListPage } from './people-list-page/people-list-page';
import { PersonPage } from './person-page/person-page';
import { PEOPLE_WORDS } from './i18n/people-words';

/** Mount with `loadChildren` at `/people`; the routes guard themselves (`people.read`, the import `people.write`). */
export const PEOPLE_ROUTES: Route[] = [
  {
    path: '',
    canActivate: [authGuard, capabilityGuard('people.read')],
    providers: [provideTranslations(PEOPLE_WORDS), provideVnDates()],
    children: [
      { path: '', component: PeopleListPage, providers: [PeopleListStore] },
      { path: 'import', component: PeopleImportPage, canActivate: [capabilityGuard('people.write')] },
      { path: ':id', component: PersonPage },
    ],
  },
];
