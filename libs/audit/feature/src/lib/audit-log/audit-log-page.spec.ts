import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { AuditLogStore } from '@cds/audit/data-access';
import { AuditEntry, Page } from '@cds/contracts';
import { provideI18n } from '@cds/web/core';
import { AuditLogPage, auditActionKey } from './audit-log-page';
import { provideTranslations } from '@cds/web/i18n';
import { AUDIT_WORDS } from '../i18n/audit-words';

const entry = (id: number, action: string, at: string): AuditEntry => ({
  id,
  at,
  actorId: 1,
  actorEmail: 'admin@demo.cds.vn',
  action: action as AuditEntry['action'],
  targetType: 'user',
  targetId: '1',
  targetLabel: null,
  ip: '10.0.0.7',
  details: null,
});

describe('AuditLogPage', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [AuditLogPage],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideI18n(), provideTranslations(AUDIT_WORDS), provideNoopAnimations(), AuditLogStore],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('shows entries in Vietnam time with translated actions and loads the next page on "Tải thêm"', async () => {
    const fixture = TestBed.createComponent(AuditLogPage);
    await fixture.whenStable();
    const el: HTMLElement = fixture.nativeElement;

    const first = http.expectOne((r) => r.url === '/api/audit');
    expect(first.request.params.get('limit')).toBe('50');
    expect(first.request.params.has('cursor')).toBe(false);
    first.flush({
      items: [entry(2, 'auth.login', '2026-03-01T17:05:09Z'), entry(1, 'auth.login_failed', '2026-03-01T16:00:00Z')],
      nextCursor: 'c2',
    } satisfies Page<AuditEntry>);
    await fixture.whenStable();

    const cells = (row: number) =>
      [...el.querySelectorAll('tr.mat-mdc-row')[row].querySelectorAll('td')].map((td) => td.textContent?.trim());
    expect(cells(0)).toEqual(['02/03/2026 00:05:09', 'admin@demo.cds.vn', 'Đăng nhập', 'Người dùng #1', '10.0.0.7']);
    expect(cells(1)[2]).toBe('Đăng nhập thất bại');

    const more = [...el.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Tải thêm');
    expect(more).toBeTruthy();
    more?.click();
    const next = http.expectOne((r) => r.url === '/api/audit');
    expect(next.request.params.get('cursor')).toBe('c2');
    next.flush({ items: [entry(0, 'some.new_action', '2026-01-01T00:00:00Z')], nextCursor: null });
    await fixture.whenStable();

    expect(el.querySelectorAll('tr.mat-mdc-row')).toHaveLength(3);
    expect(cells(2)[2]).toBe('some.new_action');
    expect([...el.querySelectorAll('button')].some((b) => b.textContent?.includes('Tải thêm'))).toBe(false);
  });
});

describe('AuditLogPage targets', () => {
  it('shows what the target was called when it has a label, else its translated type and id', async () => {
    TestBed.configureTestingModule({
      imports: [AuditLogPage],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideI18n(), provideTranslations(AUDIT_WORDS), provideNoopAnimations(), AuditLogStore],
    });
    const http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(AuditLogPage);
    await fixture.whenStable();
    http.expectOne((r) => r.url === '/api/audit').flush({
      items: [
        { ...entry(3, 'org.renamed', '2026-03-01T10:00:00Z'), targetType: 'org_unit', targetId: '2', targetLabel: 'Xã Giao Hương' },
        { ...entry(2, 'auth.login', '2026-03-01T09:00:00Z'), targetType: 'account', targetId: '1', targetLabel: null },
        { ...entry(1, 'auth.login', '2026-03-01T08:00:00Z'), targetType: 'something_new', targetId: '5', targetLabel: null },
      ],
      nextCursor: null,
    });
    await fixture.whenStable();
    const targets = [...fixture.nativeElement.querySelectorAll('tr.mat-mdc-row')].map((r) => (r as HTMLElement).querySelectorAll('td')[3].textContent?.trim());
    expect(targets).toEqual(['Xã Giao Hương', 'Tài khoản #1', 'something_new #5']);
    http.verify();
  });
});

describe('auditActionKey', () => {
  it('finds a translation key for known actions only', () => {
    expect(auditActionKey('auth.password_changed')).toBe('audit.actions.auth.password_changed');
    expect(auditActionKey('auth')).toBe('auth');
    expect(auditActionKey('org.reorganised')).toBe('org.reorganised');
  });
});
