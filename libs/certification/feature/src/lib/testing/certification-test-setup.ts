import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, TestRequest } from '@angular/common/http/testing';
import { EnvironmentProviders, Provider, Type } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { provideRouter } from '@angular/router';
import { canWith, CertificateDto, CompletionBoard, CompletionRow, Role, VerificationResult } from '@cds/contracts';
import { AuthStore, provideAppIcons, provideDirectoryIcons, provideI18n } from '@cds/web/core';
import { provideTranslations } from '@cds/web/i18n';
import { provideVnDates } from '@cds/web/ui';
import * as axe from 'axe-core';
import { CERTIFICATION_WORDS } from '../i18n/certification-words';

/** A person of the specs holding these roles (none: an anonymous visitor). */
export function personWith(roles: Role[]) {
  return {
    isAuthenticated: () => roles.length > 0,
    can: (c: Parameters<typeof canWith>[1]) => canWith(roles, c),
    user: () => (roles.length ? { fullName: 'Lê Thị Chứng', roles: roles.map((role) => ({ role, orgUnitId: 1, orgUnitName: 'Tỉnh Nam Định' })) } : null),
    roles: () => roles,
  };
}

/** What the certification screens need in a spec: HTTP testing, their words, icons, VN dates, a person. */
export function certificationTestProviders(roles: Role[] = ['certifier']): (Provider | EnvironmentProviders)[] {
  return [
    provideHttpClient(),
    provideHttpClientTesting(),
    provideI18n(),
    provideTranslations(CERTIFICATION_WORDS),
    provideNoopAnimations(),
    provideRouter([]),
    provideAppIcons(),
    provideDirectoryIcons(),
    provideVnDates(),
    { provide: AuthStore, useValue: personWith(roles) },
  ];
}

/** Renders a screen with its route inputs, lets `answer` flush its first requests, and waits for it to settle. */
export async function render<T>(
  component: Type<T>,
  inputs: Record<string, unknown>,
  answer: (http: HttpTestingController) => void = () => undefined,
  roles: Role[] = ['certifier'],
) {
  TestBed.configureTestingModule({ imports: [component], providers: certificationTestProviders(roles) });
  const http = TestBed.inject(HttpTestingController);
  const fixture = TestBed.createComponent(component);
  for (const [k, v] of Object.entries(inputs)) fixture.componentRef.setInput(k, v);
  await fixture.whenStable();
  answer(http);
  await fixture.whenStable();
  return { fixture, http, el: fixture.nativeElement as HTMLElement };
}

/** An element's text, its elements' texts apart (as a reader hears them), white space folded. */
export const text = (el: Node | null | undefined): string => {
  const walk = (n: Node): string => (n.nodeType === Node.TEXT_NODE ? (n.textContent ?? '') : Array.from(n.childNodes, walk).join(' '));
  return el ? walk(el).replace(/\s+/g, ' ').trim() : '';
};

/** The cells of each row of a table body, as text. */
export const rows = (el: Element | null): string[][] => Array.from(el?.querySelectorAll('tbody tr') ?? [], (tr) => Array.from(tr.children, text));

/** The API's refusal with its sentence. */
export const refuse = (req: TestRequest, status: number, message: string, code = 'certification.refused') =>
  req.flush({ statusCode: status, error: 'Refused', message, code, correlationId: 'c-1' }, { status, statusText: 'Refused' });

/** The API's refusal of a file download: its JSON body comes as a Blob (the request asked for one). */
export const refuseFile = (req: TestRequest, status: number, message: string) =>
  req.flush(new Blob([JSON.stringify({ statusCode: status, error: 'Refused', message, correlationId: 'c-1' })], { type: 'application/json' }), {
    status,
    statusText: 'Refused',
  });

/** Types into a field (input, textarea or select) as a person would. */
export function type(el: ParentNode, testId: string, value: string): void {
  const field = el.querySelector(`[data-testid="${testId}"]`) as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement | null;
  if (!field) throw new Error(`no field ${testId}`);
  field.value = value;
  field.dispatchEvent(new Event(field instanceof HTMLSelectElement ? 'change' : 'input'));
  field.dispatchEvent(new Event('blur'));
}

export function click(el: ParentNode, selector: string): void {
  const target = el.querySelector(selector.startsWith('[') || selector.includes(' ') || selector.includes('.') ? selector : `[data-testid="${selector}"]`) as HTMLElement | null;
  if (!target) throw new Error(`nothing to click: ${selector}`);
  target.click();
}

/** Picks a file in a file input, as a person would. */
export function pick(el: ParentNode, testId: string, file: File): void {
  const input = el.querySelector(`[data-testid="${testId}"]`) as HTMLInputElement | null;
  if (!input) throw new Error(`no file input ${testId}`);
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new Event('change'));
}

/** The open dialog (Material renders it outside the fixture). */
export const dialog = (): HTMLElement | null => document.querySelector('mat-dialog-container');

/** Waits (up to 3 s) until `done` finds what a FileReader or a timer was to bring. */
export async function soon<T>(done: () => T | Promise<T>): Promise<T> {
  for (let i = 0; i < 300; i++) {
    const value = await done();
    if (value) return value;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('not in time');
}

/** Stops file downloads and records their names (and the blobs' count). */
export function catchDownloads(): { names: string[]; restore: () => void } {
  const names: string[] = [];
  const click = HTMLAnchorElement.prototype.click;
  Object.assign(URL, { createObjectURL: () => 'blob:file', revokeObjectURL: () => undefined });
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    if (this.download) names.push(this.download);
    else click.call(this);
  };
  return { names, restore: () => (HTMLAnchorElement.prototype.click = click) };
}

/**
 * axe (WCAG 2.1 A/AA and best practices) on a screen in jsdom: names, roles, labels, ids. Contrast
 * needs a real browser (the e2e suite); page-level rules need the shell.
 */
export async function violations(fixture: ComponentFixture<unknown> | HTMLElement): Promise<string[]> {
  const el: HTMLElement = fixture instanceof HTMLElement ? fixture : fixture.nativeElement;
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
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html.slice(0, 160)).join(' | ')}`);
}

// ---- sample data ----

export const verification = (over: Partial<VerificationResult> = {}): VerificationResult => ({
  code: 'K7QX2M9P',
  state: 'valid',
  signatureValid: true,
  holderName: 'Nguyễn Thị Hoa',
  holderUnit: 'UBND xã Giao Thủy',
  courseCode: 'ATTT',
  courseTitle: 'An toàn thông tin cho cán bộ xã',
  hours: 16,
  classCode: 'ATTT-2026-01',
  issuedOn: '2026-11-25',
  expiresOn: '2028-11-25',
  decision: { number: '125/QĐ-SKHCN', decidedOn: '2026-11-24' },
  signer: { name: 'Trần Văn Bình', title: 'Phó Giám đốc Sở Khoa học và Công nghệ' },
  issuer: 'Sở Khoa học và Công nghệ tỉnh Nam Định',
  registerNumber: '2026/0001',
  revokedOn: null,
  revokedReason: null,
  supersededBy: null,
  ...over,
});

export const certificate = (id: number, over: Partial<CertificateDto> = {}): CertificateDto => ({
  id,
  publicCode: `CODE${id}`,
  registerNumber: `2026/${String(id).padStart(4, '0')}`,
  state: 'valid',
  holderName: 'Nguyễn Thị Hoa',
  holderUnit: 'UBND xã Giao Thủy',
  personId: 7,
  courseCode: 'ATTT',
  courseTitle: 'An toàn thông tin cho cán bộ xã',
  hours: 16,
  classCode: 'ATTT-2026-01',
  issuedOn: '2026-11-25',
  expiresOn: '2028-11-25',
  decision: { id: 4, number: '125/QĐ-SKHCN', decidedOn: '2026-11-24' },
  signer: { name: 'Trần Văn Bình', title: 'Phó Giám đốc' },
  revokedReason: null,
  verifyUrl: `https://daotao.example.vn/verify/CODE${id}`,
  supersededBy: null,
  replaces: null,
  ...over,
});

export const completionRow = (personId: number, over: Partial<CompletionRow> = {}): CompletionRow => ({
  personId,
  fullName: `Học viên ${personId}`,
  unitName: 'UBND xã Giao Thủy',
  lessonsDone: 8,
  lessonsTotal: 8,
  quizzesPassed: 2,
  quizzesTotal: 2,
  attendance: 100,
  finalPassed: true,
  signedOff: true,
  complete: true,
  gaps: [],
  exception: null,
  certificate: null,
  evaluatedAt: '2026-11-20T03:00:00Z',
  ...over,
});

export const completionBoard = (rows: CompletionRow[], over: Partial<CompletionBoard> = {}): CompletionBoard => ({
  classId: 12,
  classCode: 'ATTT-2026-01',
  courseTitle: 'An toàn thông tin cho cán bộ xã',
  rules: { allLessons: true, allQuizzes: true, minAttendance: 80, finalQuizId: 3, signOff: true },
  quizzes: [
    { id: 3, title: 'Kiểm tra cuối khóa' },
    { id: 4, title: 'Kiểm tra giữa khóa' },
  ],
  rows,
  can: { setRules: true, signOff: true, except: true, issue: true },
  ...over,
});
