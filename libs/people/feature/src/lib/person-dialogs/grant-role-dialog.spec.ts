import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { MatSelectHarness } from '@angular/material/select/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { PersonDetail } from '@cds/contracts';
import { provideI18n } from '@cds/web/core';
import { GrantRoleDialog, GrantRoleDialogData } from './grant-role-dialog';
import { provideTranslations } from '@cds/web/i18n';
import { PEOPLE_WORDS } from '../i18n/people-words';

const data: GrantRoleDialogData = {
  personId: 7,
  fullName: 'Lê Thị Hoa',
  unitId: 12,
  units: [
    { id: 1, name: 'Tỉnh Ninh Bình', depth: 0, ended: false },
    { id: 12, name: 'Xã Giao Bình', depth: 1, ended: false },
    { id: 13, name: 'Xã Giao Yến', depth: 1, ended: true },
  ],
};

describe('GrantRoleDialog', () => {
  let http: HttpTestingController;
  let close: jest.Mock;

  async function open() {
    close = jest.fn();
    TestBed.configureTestingModule({
      imports: [GrantRoleDialog],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideI18n(), provideTranslations(PEOPLE_WORDS),
        provideNoopAnimations(),
        { provide: MAT_DIALOG_DATA, useValue: data },
        { provide: MatDialogRef, useValue: { close } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(GrantRoleDialog);
    await fixture.whenStable();
    const loader = TestbedHarnessEnvironment.loader(fixture);
    const el: HTMLElement = fixture.nativeElement;
    const submit = async () => {
      ([...el.querySelectorAll('button')].find((b) => b.type === 'submit') as HTMLButtonElement).click();
      await fixture.whenStable();
    };
    return { fixture, el, loader, submit };
  }

  afterEach(() => http.verify());

  it('asks for a role before sending anything; proposes the person’s unit and leaves ended units out', async () => {
    const { el, loader, submit } = await open();
    expect(el.querySelector('h2')?.textContent).toContain('Cấp quyền cho Lê Thị Hoa');
    const [role, unit] = await loader.getAllHarnesses(MatSelectHarness);
    expect(await unit.getValueText()).toBe('Xã Giao Bình');
    await unit.open();
    expect(await Promise.all((await unit.getOptions()).map((o) => o.getText()))).toEqual(['Tỉnh Ninh Bình', 'Xã Giao Bình']);
    await unit.close();
    await role.open();
    expect(await Promise.all((await role.getOptions()).map((o) => o.getText()))).toEqual([
      'Học viên',
      'Giảng viên',
      'Quản trị đơn vị',
      'Cán bộ Sở (cấp chứng nhận)',
      'Quản trị hệ thống',
    ]);
    await role.close();

    await submit();
    http.expectNone('/api/people/7/roles');
    expect(el.textContent).toContain('Hãy chọn vai trò.');
    expect(close).not.toHaveBeenCalled();
  });

  it('grants the role on the chosen unit, shows the API’s refusal in the dialog, and closes with the person once granted', async () => {
    const { fixture, el, loader, submit } = await open();
    const [role, unit] = await loader.getAllHarnesses(MatSelectHarness);
    await role.clickOptions({ text: 'Giảng viên' });
    await unit.clickOptions({ text: 'Tỉnh Ninh Bình' });

    await submit();
    const first = http.expectOne('/api/people/7/roles');
    expect(first.request.method).toBe('POST');
    expect(first.request.body).toEqual({ role: 'trainer', orgUnitId: 1 });
    first.flush(
      { statusCode: 409, error: 'Conflict', message: 'Người này đã có quyền đó trên đơn vị đó.', code: 'people.role_exists', correlationId: 'c1' },
      { status: 409, statusText: 'Conflict' },
    );
    await fixture.whenStable();
    // the refusal, in the person's language, stays in the dialog, which stays open
    expect(el.querySelector('[role=alert]')?.textContent?.trim()).toBe('Người này đã có quyền đó trên đơn vị đó.');
    expect(close).not.toHaveBeenCalled();

    await unit.clickOptions({ text: 'Xã Giao Bình' });
    await submit();
    const ok = http.expectOne('/api/people/7/roles');
    expect(ok.request.body).toEqual({ role: 'trainer', orgUnitId: 12 });
    const updated = { id: 7, fullName: 'Lê Thị Hoa' } as PersonDetail;
    ok.flush(updated);
    expect(close).toHaveBeenCalledWith(updated);
  });
});
