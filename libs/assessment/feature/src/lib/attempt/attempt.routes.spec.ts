import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { AuthStore } from '@cds/web/core';
import { ASSESSMENT_ROUTES } from '../assessment.routes';
import { AttemptPage } from './attempt-page/attempt-page';
import { QuizListPage } from './quiz-list-page/quiz-list-page';
import { attemptTestProviders } from './testing/attempt-test-setup';

/** A learner: signed in, holding no capability of the access map (no questions.read). */
const learner = { isAuthenticated: () => true, can: () => false };

describe('learner quiz routes', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [...attemptTestProviders(), provideRouter([{ path: 'assessment', children: ASSESSMENT_ROUTES }, { path: 'login', children: [] }], withComponentInputBinding()), { provide: AuthStore, useValue: learner }],
    });
  });

  it('open for a signed-in learner without the question bank capability, with the ids from the address', async () => {
    const harness = await RouterTestingHarness.create();
    const http = TestBed.inject(HttpTestingController);
    const quizzes = await harness.navigateByUrl('/assessment/classes/5/quizzes', QuizListPage);
    expect(quizzes).toBeInstanceOf(QuizListPage);
    http.expectOne('/api/classes/5/quizzes').flush([]);
    const attempt = await harness.navigateByUrl('/assessment/attempts/9', AttemptPage);
    expect(attempt).toBeInstanceOf(AttemptPage);
    http.expectOne('/api/attempts/9').flush({ statusCode: 404, message: 'Không có', code: 'assessment.attempt_not_found' }, { status: 404, statusText: 'Not Found' });
    expect(TestBed.inject(Router).url).toBe('/assessment/attempts/9');
  });

  it('send a visitor who is not signed in to the sign-in page', async () => {
    TestBed.overrideProvider(AuthStore, { useValue: { isAuthenticated: () => false, can: () => false } });
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/assessment/attempts/9');
    expect(TestBed.inject(Router).url).toMatch(/^\/login\?returnUrl=/);
  });
});
