import { Route } from '@angular/router';
import { authGuard, capabilityGuard } from '@cds/web/core';
import { provideTranslations } from '@cds/web/i18n';
import { provideVnDates } from '@cds/web/ui';
import { CompletionBoardPage } from './completion/completion-board-page/completion-board-page';
import { ExternalTrainingPage } from './external/external-training-page/external-training-page';
import { CERTIFICATION_WORDS } from './i18n/certification-words';
import { MyCertificatesPage } from './mine/my-certificates-page/my-certificates-page';
import { RegisterPage } from './register/register-page/register-page';

/**
 * Mounted at /certification, for signed-in people; each screen adds the capability it needs (the
 * API checks scope on every call): `mine` for everyone; a class's completion board for its trainer and certifiers (`completion.read`); the register for its readers (`certificates.read`; revoking and re-issuing ask `certificates.issue`); training done elsewhere for the same readers (records and what they count as: `certificates.issue`).
 */
export const CERTIFICATION_ROUTES: Route[] = [
  {
    path: '',
    canActivate: [authGuard],
    providers: [provideTranslations(CERTIFICATION_WORDS), provideVnDates()],
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'mine' },
      { path: 'mine', component: MyCertificatesPage },
      { path: 'classes/:classId', canActivate: [capabilityGuard('completion.read')], component: CompletionBoardPage },
      { path: 'register', canActivate: [capabilityGuard('certificates.read')], component: RegisterPage },
      { path: 'external', canActivate: [capabilityGuard('certificates.read')], component: ExternalTrainingPage },
    ],
  },
];
