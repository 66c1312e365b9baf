import { Route } from '@angular/router';
import { provideTranslations } from '@cds/web/i18n';
import { CERTIFICATION_WORDS } from '../i18n/certification-words';
import { VerifyCodePage } from './verify-code-page/verify-code-page';
import { VerifyFormPage } from './verify-form-page/verify-form-page';

/**
 * Mounted at /verify, public: no guard, so a person without an account (an employer, a clerk at a
 * counter) can check a certificate from its QR code or its file.
 */
export const VERIFY_ROUTES: Route[] = [
  {
    path: '',
    providers: [provideTranslations(CERTIFICATION_WORDS)],
    children: [
      { path: '', component: VerifyFormPage },
      { path: ':code', component: VerifyCodePage },
    ],
  },
];
