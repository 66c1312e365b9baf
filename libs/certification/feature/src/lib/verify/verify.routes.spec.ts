import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { certificationTestProviders } from '../testing/certification-test-setup';
import { VerifyCodePage } from './verify-code-page/verify-code-page';
import { VerifyFormPage } from './verify-form-page/verify-form-page';
import { VERIFY_ROUTES } from './verify.routes';

@Component({ template: 'login' })
class Login {}

describe('public routes under /verify', () => {
  it('let an anonymous visitor reach the form and a certificate by its code', async () => {
    TestBed.configureTestingModule({
      providers: [
        ...certificationTestProviders([]),
        provideRouter([{ path: 'verify', children: VERIFY_ROUTES }, { path: 'login', component: Login }], withComponentInputBinding()),
      ],
    });
    const harness = await RouterTestingHarness.create();
    expect(await harness.navigateByUrl('/verify', VerifyFormPage)).toBeInstanceOf(VerifyFormPage);
    const page = await harness.navigateByUrl('/verify/K7QX2M9P', VerifyCodePage);
    expect(page.code()).toBe('K7QX2M9P');
  });
});
