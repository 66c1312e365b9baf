import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { PersonDetail, RoleGrantDetail } from '@cds/contracts';
import { provideDirectoryIcons, provideI18n } from '@cds/web/core';
import { grantedDay, RoleGrants } from './role-grants';
import { provideTranslations } from '@cds/web/i18n';
import { PEOPLE_WORDS } from '../i18n/people-words';

const learner: RoleGrantDetail = { id: 30, role: 'learner', orgUnitId: 12, orgUnitName: 'Xã Giao Bình', grantedAt: '2026-02-01T03:00:00.000Z' };
// 18:30 UTC on 4 March is already 5 March in Vietnam.
const trainer: RoleGrantDetail = { id: 31, role: 'trainer', orgUnitId: 12, orgUnitName: 'Xã Giao Bình', grantedAt: '2026-03-04T18:30:00.000Z' };

const person = (roles: RoleGrantDetail[]): PersonDetail => ({
  id: 7,
  fullName: 'Lê Thị Hoa',
  position: 'Công chức Văn hóa - Xã hội',
  orgUnitId: 12,
  orgUnitName: 'Xã Giao Bình',
  email: 'hoa@demo.cds.vn',
  phone: null,
  active: true,
  hasAccount: true,
  currentSeats: [],
  account: { email: 'hoa@demo.cds.vn', active: true, roles },
  assignments: [],
});

describe('grantedDay', () => {
  it('shows the day in Vietnam as dd/MM/yyyy', () => {
    expect(grantedDay(trainer.grantedAt)).toBe('05/03/2026');
    expect(grantedDay('not a date')).toBe('');
  });
});

describe('RoleGrants', () => {
  let http: HttpTestingController;

  async function render(roles: RoleGrantDetail[], canManage: boolean) {
    TestBed.configureTestingModule({
      imports: [RoleGrants],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideI18n(), provideTranslations(PEOPLE_WORDS), provideNoopAnimations(), provideDirectoryIcons()],
    });
    http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(RoleGrants);
    fixture.componentRef.setInput('person', person(roles));
    fixture.componentRef.setInput('canManage', canManage);
    fixture.componentRef.setInput('units', [{ id: 12, name: 'Xã Giao Bình', depth: 0, ended: false }]);
    const changed: PersonDetail[] = [];
    fixture.componentInstance.changed.subscribe((p) => {
      changed.push(p);
      fixture.componentRef.setInput('person', p);
    });
    await fixture.whenStable();
    const el: HTMLElement = fixture.nativeElement;
    const text = (e: Element | null) => e?.textContent?.replace(/\s+/g, ' ').trim();
    const items = () => [...el.querySelectorAll('li')].map((li) => `${text(li.querySelector('.line'))} | ${text(li.querySelector('.when'))}`);
    const button = (name: string) =>
      [...el.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent?.trim()) === name) as HTMLButtonElement | undefined;
    return { fixture, el, changed, items, button, root: TestbedHarnessEnvironment.documentRootLoader(fixture) };
  }

  afterEach(() => http.verify());

  it('lists each grant with its role in Vietnamese, its unit and the day it was granted; no buttons for a non-admin', async () => {
    const { el, items, button } = await render([learner, trainer], false);
    expect(items()).toEqual(['Học viên – Xã Giao Bình | Cấp ngày 01/02/2026', 'Giảng viên – Xã Giao Bình | Cấp ngày 05/03/2026']);
    expect(el.querySelectorAll('button')).toHaveLength(0);
    expect(button('Cấp quyền')).toBeUndefined();
  });

  it('says so when there is no grant', async () => {
    const { el, items } = await render([], true);
    expect(items()).toEqual([]);
    expect(el.textContent).toContain('Chưa được cấp quyền nào.');
  });

  it('removes a grant after confirmation, keeps a refusal in the dialog, and hands the updated person back', async () => {
    const { fixture, items, button, changed, root } = await render([learner, trainer], true);
    button('Gỡ quyền Giảng viên – Xã Giao Bình')?.click();
    await fixture.whenStable();
    const dialog = await root.getHarness(MatDialogHarness);
    expect(await dialog.getTitleText()).toBe('Gỡ quyền của Lê Thị Hoa?');
    expect(await dialog.getContentText()).toContain('Quyền Giảng viên trên Xã Giao Bình');

    const confirm = () => (document.querySelector('.cdk-overlay-container button.danger') as HTMLButtonElement).click();
    confirm();
    http
      .expectOne((r) => r.method === 'DELETE' && r.url === '/api/people/7/roles/31')
      .flush(
        { statusCode: 409, error: 'Conflict', message: 'Không thể tự gỡ quyền quản trị cuối cùng của mình.', code: 'people.last_admin', correlationId: 'c1' },
        { status: 409, statusText: 'Conflict' },
      );
    await fixture.whenStable();
    expect(document.querySelector('.cdk-overlay-container [role=alert]')?.textContent?.trim()).toBe('Không thể tự gỡ quyền quản trị cuối cùng của mình.');
    expect(changed).toEqual([]);
    expect(items()).toHaveLength(2);

    confirm();
    http.expectOne((r) => r.method === 'DELETE' && r.url === '/api/people/7/roles/31').flush(person([learner]));
    await fixture.whenStable();
    expect(changed).toHaveLength(1);
    expect(items()).toEqual(['Học viên – Xã Giao Bình | Cấp ngày 01/02/2026']);
    expect(await root.getAllHarnesses(MatDialogHarness)).toHaveLength(0);
    expect(document.querySelector('.cdk-overlay-container')?.textContent).toContain('Đã gỡ quyền Giảng viên trên Xã Giao Bình.');
  });

  it('grants a role from the "Cấp quyền" dialog and lists it', async () => {
    const { fixture, items, button, changed, root } = await render([learner], true);
    button('Cấp quyền')?.click();
    await fixture.whenStable();
    const dialog = await root.getHarness(MatDialogHarness);
    expect(await dialog.getTitleText()).toBe('Cấp quyền cho Lê Thị Hoa');
    const [role] = await root.getAllHarnesses(MatSelectHarness);
    await role.clickOptions({ text: 'Giảng viên' });
    (document.querySelector('.cdk-overlay-container button[type=submit]') as HTMLButtonElement).click();
    const post = http.expectOne('/api/people/7/roles');
    expect(post.request.body).toEqual({ role: 'trainer', orgUnitId: 12 });
    post.flush(person([learner, trainer]));
    await fixture.whenStable();
    expect(changed).toHaveLength(1);
    expect(items()).toEqual(['Học viên – Xã Giao Bình | Cấp ngày 01/02/2026', 'Giảng viên – Xã Giao Bình | Cấp ngày 05/03/2026']);
    expect(document.querySelector('.cdk-overlay-container')?.textContent).toContain('Đã cấp quyền Giảng viên trên Xã Giao Bình.');
  });
});
