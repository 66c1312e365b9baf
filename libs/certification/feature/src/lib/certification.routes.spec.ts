import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { Role } from '@cds/contracts';
import { CERTIFICATION_ROUTES } from './certification.routes';
import { CompletionBoardPage } from './completion/completion-board-page/completion-board-page';
import { ExternalTrainingPage } from './external/external-training-page/external-training-page';
import { MyCertificatesPage } from './mine/my-certificates-page/my-certificates-page';
import { RegisterPage } from './register/register-page/register-page';
import { certificationTestProviders } from './testing/certification-test-setup';

@Component({ template: 'home' })
class Home {}

function setUp(roles: Role[]): void {
  TestBed.configureTestingModule({
    providers: [
      ...certificationTestProviders(roles),
      provideRouter([{ path: 'certification', children: CERTIFICATION_ROUTES }, { path: '', component: Home }, { path: 'login', component: Home }], withComponentInputBinding()),
    ],
  });
}

describe('routes under /certification', () => {
  it("open a learner's certificates, also from /certification itself", async () => {
    setUp(['learner']);
    const harness = await RouterTestingHarness.create();
    expect(await harness.navigateByUrl('/certification/mine', MyCertificatesPage)).toBeInstanceOf(MyCertificatesPage);
    await harness.navigateByUrl('/certification');
    expect(TestBed.inject(Router).url).toBe('/certification/mine');
  });

  it('send a visitor who has not signed in to the login page', async () => {
    setUp([]);
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/certification/mine');
    expect(TestBed.inject(Router).url).toBe('/login?returnUrl=%2Fcertification%2Fmine');
  });

  it("open a class's completion board for its trainer and certifiers, with the class from the address", async () => {
    for (const role of ['trainer', 'certifier', 'admin'] as const) {
      setUp([role]);
      const harness = await RouterTestingHarness.create();
      const board = await harness.navigateByUrl('/certification/classes/12', CompletionBoardPage);
      expect(board.classId()).toBe('12');
      TestBed.resetTestingModule();
    }
  });

  it('send a learner or a unit admin home from a completion board', async () => {
    for (const role of ['learner', 'unit_admin'] as const) {
      setUp([role]);
      const harness = await RouterTestingHarness.create();
      await harness.navigateByUrl('/certification/classes/12');
      expect(TestBed.inject(Router).url).toBe('/');
      TestBed.resetTestingModule();
    }
  });

  it('open the register for certifiers, unit admins and admins, and send a learner or a trainer home', async () => {
    for (const role of ['certifier', 'unit_admin', 'admin'] as const) {
      setUp([role]);
      const harness = await RouterTestingHarness.create();
      expect(await harness.navigateByUrl('/certification/register', RegisterPage)).toBeInstanceOf(RegisterPage);
      TestBed.resetTestingModule();
    }
    for (const role of ['learner', 'trainer'] as const) {
      setUp([role]);
      const harness = await RouterTestingHarness.create();
      await harness.navigateByUrl('/certification/register');
      expect(TestBed.inject(Router).url).toBe('/');
      TestBed.resetTestingModule();
    }
  });

  it("open training done elsewhere for the register's readers, with one person from the query", async () => {
    setUp(['certifier']);
    const harness = await RouterTestingHarness.create();
    const page = await harness.navigateByUrl('/certification/external?personId=7', ExternalTrainingPage);
    expect(page.personId()).toBe('7');
    TestBed.resetTestingModule();
    setUp(['trainer']);
    const again = await RouterTestingHarness.create();
    await again.navigateByUrl('/certification/external');
    expect(TestBed.inject(Router).url).toBe('/');
  });
});
