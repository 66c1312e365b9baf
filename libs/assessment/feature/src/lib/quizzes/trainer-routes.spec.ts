import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { Capability } from '@cds/contracts';
import { AuthStore } from '@cds/web/core';
import { ASSESSMENT_ROUTES } from '../assessment.routes';
import { GradingPage } from '../grading/grading-page/grading-page';
import { GradingQueuePage } from '../grading/grading-queue-page/grading-queue-page';
import { CourseQuizzesPage } from './course-quizzes-page/course-quizzes-page';
import { QuizResultsPage } from './quiz-results-page/quiz-results-page';
import { QuizSettingsPage } from './quiz-settings-page/quiz-settings-page';
import { ME, trainerTestProviders } from './testing/trainer-test-setup';

@Component({ template: 'home' })
class Home {}

const person = (capabilities: Capability[]) => ({
  isAuthenticated: () => true,
  can: (c: Capability) => capabilities.includes(c),
  user: () => ({ fullName: ME }),
});

function setUp(capabilities: Capability[]): void {
  TestBed.configureTestingModule({
    providers: [
      ...trainerTestProviders(),
      provideRouter([{ path: 'assessment', children: ASSESSMENT_ROUTES }, { path: '', component: Home }, { path: 'login', children: [] }], withComponentInputBinding()),
      { provide: AuthStore, useValue: person(capabilities) },
    ],
  });
}

describe('trainer quiz and grading routes under /assessment', () => {
  it('reach each screen beside the question bank, with the ids from the address', async () => {
    setUp(['questions.read', 'quizzes.write', 'grading.do']);
    const harness = await RouterTestingHarness.create();
    expect(await harness.navigateByUrl('/assessment/courses/5/quizzes', CourseQuizzesPage)).toBeInstanceOf(CourseQuizzesPage);
    expect(await harness.navigateByUrl('/assessment/courses/5/quizzes/new?classId=12', QuizSettingsPage)).toBeInstanceOf(QuizSettingsPage);
    expect(await harness.navigateByUrl('/assessment/quizzes/3', QuizSettingsPage)).toBeInstanceOf(QuizSettingsPage);
    const results = await harness.navigateByUrl('/assessment/quizzes/3/results?classId=12', QuizResultsPage);
    expect(results.classId()).toBe('12');
    expect(await harness.navigateByUrl('/assessment/grading', GradingQueuePage)).toBeInstanceOf(GradingQueuePage);
    const grading = await harness.navigateByUrl('/assessment/grading/quizzes/3/questions/70', GradingPage);
    expect([grading.quizId(), grading.questionId()]).toEqual(['3', '70']);
  });

  it('send a learner (no quizzes.write, no grading.do) home', async () => {
    setUp([]);
    const harness = await RouterTestingHarness.create();
    for (const url of ['/assessment/quizzes/3', '/assessment/quizzes/3/results?classId=12', '/assessment/grading']) {
      await harness.navigateByUrl(url);
      expect(TestBed.inject(Router).url).toBe('/');
    }
  });
});
