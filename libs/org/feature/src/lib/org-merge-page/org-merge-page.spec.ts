import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatStepper } from '@angular/material/stepper';
import { By } from '@angular/platform-browser';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { provideRouter } from '@angular/router';
import { OrgTreeResponse, OrgUnitDto } from '@cds/contracts';
import { provideDirectoryIcons, provideI18n } from '@cds/web/core';
import { provideVnDates } from '@cds/web/ui';
import { OrgMergePage, stepOfRefusal } from './org-merge-page';
import { provideTranslations } from '@cds/web/i18n';
import { ORG_WORDS } from '../i18n/org-words';

const unit = (id: number, name: string, parentId: number | null, kind: OrgUnitDto['kind'] = 'commune'): OrgUnitDto => ({
  id,
  code: null,
  name,
  kind,
  parentId,
  validFrom: '2000-01-01',
  validTo: null,
});
const TREE: OrgTreeResponse = {
  asOf: '2026-01-01',
  units: [unit(1, 'Tỉnh Nam Định', null, 'province'), unit(2, 'Xã Giao An', 1), unit(3, 'Xã Giao Lạc', 1), unit(4, 'Xã Giao Xuân', 1)],
};

describe('OrgMergePage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<OrgMergePage>;
  let el: HTMLElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [OrgMergePage],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideI18n(), provideTranslations(ORG_WORDS), provideNoopAnimations(), provideRouter([]), provideVnDates(), provideDirectoryIcons()],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(OrgMergePage);
    el = fixture.nativeElement;
    await fixture.whenStable();
    const req = http.expectOne((r) => r.url === '/api/org/tree');
    expect(req.request.params.get('asOf')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    req.flush(TREE);
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  const stepper = () => fixture.debugElement.query(By.directive(MatStepper)).componentInstance as MatStepper;
  const buttons = (text: string) => [...el.querySelectorAll('button')].filter((b) => b.textContent?.trim() === text);
  const alerts = () => [...el.querySelectorAll('[role="alert"]')].map((a) => a.textContent?.trim());
  const check = async (name: string) => {
    const box = [...el.querySelectorAll('mat-checkbox')].find((c) => c.textContent?.trim() === name);
    (box?.querySelector('input') as HTMLInputElement).click();
    await fixture.whenStable();
  };
  const next = async (step: number) => {
    buttons('Tiếp tục')[step].click();
    await fixture.whenStable();
  };

  it('does not go on without two source units, or without a target', async () => {
    await next(0);
    expect(stepper().selectedIndex).toBe(0);
    expect(alerts()).toContain('Hãy chọn ít nhất 2 đơn vị nguồn, hoặc 1 đơn vị nếu sáp nhập vào một đơn vị đang có.');

    await check('Xã Giao An');
    await next(0);
    expect(stepper().selectedIndex).toBe(0);

    await check('Xã Giao Lạc');
    expect(el.textContent).toContain('Đã chọn 2 đơn vị');
    await next(0);
    expect(stepper().selectedIndex).toBe(1);
    expect(alerts()).toEqual([]);

    await next(1);
    expect(stepper().selectedIndex).toBe(1);
    expect(alerts()).toContain('Hãy nhập tên, loại và đơn vị cấp trên của đơn vị mới.');
  });

  it('accepts one source when merging into an existing unit, but not the source itself as target', async () => {
    const existing = [...el.querySelectorAll('mat-radio-button')].find((r) => r.textContent?.includes('Một đơn vị đang có'));
    (existing?.querySelector('input') as HTMLInputElement).click();
    await check('Xã Giao An');
    await next(0);
    expect(stepper().selectedIndex).toBe(1);
    await next(1);
    expect(stepper().selectedIndex).toBe(1);
    expect(alerts()).toContain('Hãy chọn đơn vị đích.');
  });

  it('shows a refusal of the date in the date step, in the words of the API', async () => {
    await check('Xã Giao An');
    await check('Xã Giao Lạc');
    await next(0);
    const name = el.querySelector('input[formcontrolname="name"]') as HTMLInputElement;
    name.value = 'Xã Giao Hòa';
    name.dispatchEvent(new Event('input'));
    const page = fixture.componentInstance as unknown as { newUnit: { controls: { parentId: { setValue(v: number): void } } } };
    page.newUnit.controls.parentId.setValue(1);
    await fixture.whenStable();
    await next(1);
    expect(stepper().selectedIndex).toBe(2);
    const date = el.querySelector('input[data-testid], .date-field input') as HTMLInputElement;
    date.value = '01/07/2025';
    date.dispatchEvent(new Event('input'));
    await fixture.whenStable();
    await next(2);
    expect(stepper().selectedIndex).toBe(3);
    expect(el.textContent).toContain('Từ ngày 01/07/2025, các đơn vị sau kết thúc và được sáp nhập vào Xã Giao Hòa:');

    buttons('Sáp nhập')[0].click();
    const req = http.expectOne('/api/org/merge');
    expect(req.request.body).toEqual({
      sourceIds: [2, 3],
      effectiveDate: '2025-07-01',
      newUnit: { name: 'Xã Giao Hòa', kind: 'commune', code: null, parentId: 1 },
    });
    req.flush(
      { statusCode: 422, error: 'Unprocessable Entity', message: 'Xã Giao An đã kết thúc hoạt động từ ngày 01/01/2025.', correlationId: 'c', code: 'org.unit_ended' },
      { status: 422, statusText: 'Unprocessable Entity' },
    );
    await fixture.whenStable();
    expect(stepper().selectedIndex).toBe(2);
    expect(alerts()).toContain('Xã Giao An đã kết thúc hoạt động từ ngày 01/01/2025.');
  });
});

describe('stepOfRefusal', () => {
  const r = (code: string | null, fields: Record<string, string[]> = {}) => ({ code, text: null, key: '', params: {}, fields });
  it('sends each refusal to the step it belongs to', () => {
    expect(stepOfRefusal(r('org.date_overlaps'))).toBe(2);
    expect(stepOfRefusal(r('org.unit_ended'))).toBe(2);
    expect(stepOfRefusal(r('org.not_live'))).toBe(2);
    expect(stepOfRefusal(r('org.merge_two_sources'))).toBe(0);
    expect(stepOfRefusal(r('org.cycle'))).toBe(1);
    expect(stepOfRefusal(r(null, { effectiveDate: ['x'] }))).toBe(2);
    expect(stepOfRefusal(r('org.merge_into_self'))).toBe(1);
    expect(stepOfRefusal(r(null, { 'sourceIds.0': ['x'] }))).toBe(0);
    expect(stepOfRefusal(r('something.else'))).toBe(3);
  });
});
