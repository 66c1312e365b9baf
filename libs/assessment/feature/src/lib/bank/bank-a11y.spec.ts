import { HttpTestingController } from '@angular/common/http/testing';
import { Type } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { QUESTION_TYPES } from '@cds/contracts';
import * as axe from 'axe-core';
import { QuestionEditorPage } from './question-editor-page/question-editor-page';
import { QuestionImportPage } from './question-import-page/question-import-page';
import { QuestionListPage } from './question-list-page/question-list-page';
import { bankTestProviders, detailOf, refuse, SAMPLE_BODIES } from './testing/bank-test-setup';

// axe-core walks the whole jsdom tree: seconds per screen when CI runs every project at once.
jest.setTimeout(30_000);

/**
 * axe (WCAG 2.1 A/AA and best practices) on each screen with data, in jsdom: names, roles, labels,
 * landmarks, ids. Contrast needs a real browser (the e2e suite); page-level rules need the shell.
 */
async function violations(fixture: ComponentFixture<unknown>): Promise<string[]> {
  const el: HTMLElement = fixture.nativeElement;
  // Axe needs the screen in the document; it stays there when it already was (a detached form cannot be submitted).
  const attached = el.isConnected;
  if (!attached) document.body.appendChild(el);
  const result = await axe.run(el, {
    runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
    rules: {
      'color-contrast': { enabled: false },
      region: { enabled: false },
      'page-has-heading-one': { enabled: false },
      'landmark-one-main': { enabled: false },
    },
  });
  if (!attached) el.remove();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html.slice(0, 140)).join(' | ')}`);
}

async function render<T>(component: Type<T>, inputs: Record<string, unknown>, answer: (http: HttpTestingController) => void = () => undefined) {
  TestBed.configureTestingModule({ imports: [component], providers: bankTestProviders() });
  const http = TestBed.inject(HttpTestingController);
  const fixture = TestBed.createComponent(component);
  for (const [k, v] of Object.entries(inputs)) fixture.componentRef.setInput(k, v);
  await fixture.whenStable();
  answer(http);
  await fixture.whenStable();
  return { fixture, http, el: fixture.nativeElement as HTMLElement };
}

describe('question bank screens (axe)', () => {
  it('the list, with questions and tags', async () => {
    const { fixture } = await render(QuestionListPage, { courseId: '5' }, (http) => {
      refuse(http.expectOne('/api/courses/5/draft'), 404, 'catalogue.no_draft', 'Khóa học chưa có bản nháp.');
      refuse(http.expectOne('/api/courses/5'), 404, 'catalogue.course_not_published', 'Khóa học chưa được xuất bản.');
      http.expectOne('/api/courses/5/questions').flush([
        { id: 7, courseId: 5, version: 3, type: 'true_false', name: 'Mật khẩu', tags: ['mật khẩu', 'an toàn thông tin'], excerpt: 'Nên dùng…', updatedAt: '2026-11-20T03:00:00Z' },
        { id: 8, courseId: 5, version: 1, type: 'essay', name: '', tags: [], excerpt: 'Trình bày…', updatedAt: '2026-11-20T03:00:00Z' },
      ]);
    });
    expect(await violations(fixture)).toEqual([]);
  });

  it('the editor of a new question, before and after a refused save', async () => {
    const { fixture, el, http } = await render(QuestionEditorPage, { courseId: '5' });
    expect(await violations(fixture)).toEqual([]);
    (el.querySelector('[data-testid="save"]') as HTMLButtonElement).click();
    await fixture.whenStable();
    expect(el.querySelector('[data-testid="fix-first"]')).not.toBeNull();
    expect(await violations(fixture)).toEqual([]);
    http.verify();
  });

  it.each(QUESTION_TYPES)('the editor of a %s question, and its conflict message', async (type) => {
    const { fixture, el, http } = await render(QuestionEditorPage, { id: '7' }, (h) => h.expectOne('/api/questions/7').flush(detailOf(SAMPLE_BODIES[type])));
    expect(await violations(fixture)).toEqual([]);
    (el.querySelector('[data-testid="save"]') as HTMLButtonElement).click();
    await fixture.whenStable();
    refuse(
      http.expectOne((r) => r.url === '/api/questions/7' && r.method === 'PUT'),
      409,
      'assessment.question_changed',
      'Câu hỏi vừa được người khác sửa.',
    );
    await fixture.whenStable();
    expect(el.querySelector('[data-testid="conflict"]')).not.toBeNull();
    expect(await violations(fixture)).toEqual([]);
  });

  it('the import wizard: each format, the preview with problems, and the result', async () => {
    const { fixture, el, http } = await render(QuestionImportPage, { courseId: '5' });
    expect(await violations(fixture)).toEqual([]);
    const radio = async (group: string, value: string) => {
      (el.querySelector(`[data-testid="${group}"] input[type=radio][value="${value}"]`) as HTMLInputElement).click();
      await fixture.whenStable();
    };
    await radio('format', 'xlsx');
    expect(await violations(fixture)).toEqual([]);
    await radio('format', 'gift');
    await radio('source', 'text');
    const textarea = el.querySelector('[data-testid="text"]') as HTMLTextAreaElement;
    textarea.value = '::A:: B {T}';
    textarea.dispatchEvent(new Event('input'));
    await fixture.whenStable();
    expect(await violations(fixture)).toEqual([]);

    (el.querySelector('[data-testid="read"]') as HTMLButtonElement).click();
    await fixture.whenStable();
    http.expectOne('/api/courses/5/questions/import?format=gift').flush({
      format: 'gift',
      questions: [SAMPLE_BODIES.true_false, SAMPLE_BODIES.matching],
      problems: [{ line: 3, text: '::Hỏng:: {', reason: 'Thiếu dấu “}”.' }],
    });
    await fixture.whenStable();
    expect(await violations(fixture)).toEqual([]);

    (el.querySelector('[data-testid="confirm"]') as HTMLButtonElement).click();
    await fixture.whenStable();
    http.expectOne('/api/courses/5/questions/import/confirm').flush({ imported: 2, ids: [1, 2] });
    await fixture.whenStable();
    expect(await violations(fixture)).toEqual([]);
  });
});
