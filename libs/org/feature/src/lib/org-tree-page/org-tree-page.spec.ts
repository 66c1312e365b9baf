import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { provideRouter } from '@angular/router';
import { OrgUnitDetail, OrgUnitDto } from '@cds/contracts';
import { buildOrgTree } from '@cds/org/data-access';
import { AuthStore, provideDirectoryIcons, provideI18n } from '@cds/web/core';
import { provideVnDates } from '@cds/web/ui';
import { OrgTreePage, visibleRows } from './org-tree-page';
import { provideTranslations } from '@cds/web/i18n';
import { ORG_WORDS } from '../i18n/org-words';

const unit = (id: number, name: string, parentId: number | null, validTo: string | null = null): OrgUnitDto => ({
  id,
  code: null,
  name,
  kind: parentId === null ? 'province' : parentId === 1 ? 'district' : 'commune',
  parentId,
  validFrom: '2000-01-01',
  validTo,
});
const UNITS = [
  unit(1, 'Tỉnh Nam Định', null),
  unit(2, 'Huyện Giao Thủy', 1),
  unit(3, 'Xã Giao Thiện', 2, '2025-07-01'),
  unit(4, 'Xã Giao Hương', 2, '2025-07-01'),
];

describe('visibleRows', () => {
  it('shows children of expanded units only, and every match with its ancestors while filtering', () => {
    const roots = buildOrgTree(UNITS);
    expect(visibleRows(roots, new Set([1]), '').map((r) => r.node.unit.name)).toEqual(['Tỉnh Nam Định', 'Huyện Giao Thủy']);
    expect(visibleRows(roots, new Set(), 'hương').map((r) => r.node.unit.name)).toEqual([
      'Tỉnh Nam Định',
      'Huyện Giao Thủy',
      'Xã Giao Hương',
    ]);
  });
});

describe('OrgTreePage', () => {
  it('loads the tree as of the chosen date, marks units that end, and shows a unit with its mergers', async () => {
    TestBed.configureTestingModule({
      imports: [OrgTreePage],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideI18n(), provideTranslations(ORG_WORDS), provideNoopAnimations(), provideRouter([]), provideVnDates(), provideDirectoryIcons()],
    });
    const http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(OrgTreePage);
    const el: HTMLElement = fixture.nativeElement;
    await fixture.whenStable();
    http.expectOne((r) => r.url === '/api/org/tree').flush({ asOf: '2026-01-01', units: UNITS });
    await fixture.whenStable();

    expect([...el.querySelectorAll('.unit-name')].map((e) => e.textContent)).toEqual(['Tỉnh Nam Định', 'Huyện Giao Thủy']);
    // today the communes that merged on 01/07/2025 are gone; the day before they are there, marked as ending
    expect(el.querySelector('button[aria-label="Mở rộng Huyện Giao Thủy"]')).toBeNull();
    expect(el.textContent).not.toContain('Xã Giao Hương');

    const dateInput = el.querySelector('[data-testid="org-as-of"]') as HTMLInputElement;
    dateInput.value = '30/06/2025';
    dateInput.dispatchEvent(new Event('input'));
    await fixture.whenStable();
    const again = http.expectOne((r) => r.url === '/api/org/tree');
    expect(again.request.params.get('asOf')).toBe('2025-06-30');
    again.flush({ asOf: '2025-06-30', units: UNITS });
    await fixture.whenStable();
    (el.querySelector('button[aria-label="Mở rộng Huyện Giao Thủy"]') as HTMLButtonElement).click();
    await fixture.whenStable();
    expect(el.querySelector('button[aria-label="Thu gọn Huyện Giao Thủy"]')).toBeTruthy();
    expect(el.textContent).toContain('Hết hiệu lực từ 01/07/2025');

    const giaoHuong = [...el.querySelectorAll<HTMLButtonElement>('.unit-button')].find((b) => b.textContent?.includes('Xã Giao Hương'));
    giaoHuong?.click();
    await fixture.whenStable();
    const detail: OrgUnitDetail = {
      ...UNITS[3],
      history: [{ name: 'Xã Giao Hương', code: null, kind: 'commune', parentId: 2, parentName: 'Huyện Giao Thủy', validFrom: '2000-01-01', validTo: '2025-07-01' }],
      predecessors: [],
      successors: [{ unitId: 9, unitName: 'Xã Giao Minh', effectiveDate: '2025-07-01', reason: 'merge' }],
      peopleCount: 3,
      seatCount: 1,
    };
    const read = http.expectOne((r) => r.url === '/api/org/units/4');
    // the unit as of the chosen date (its posts and people are counted on that day)
    expect(read.request.params.get('asOf')).toBe('2025-06-30');
    read.flush(detail);
    await fixture.whenStable();
    expect(el.querySelector('[data-testid="merged-into"]')?.textContent).toContain('Xã Giao Minh – ngày 01/07/2025');
    expect(el.textContent).toContain('Xem 3 người');
    // a certifier-like person (no admin role) sees no admin actions
    expect(el.textContent).not.toContain('Đổi tên');

    // another date: the tree and the unit's details are read again for it
    dateInput.value = '15/06/2025';
    dateInput.dispatchEvent(new Event('input'));
    await fixture.whenStable();
    http.expectOne((r) => r.url === '/api/org/tree').flush({ asOf: '2025-06-15', units: UNITS });
    const reread = http.expectOne((r) => r.url === '/api/org/units/4');
    expect(reread.request.params.get('asOf')).toBe('2025-06-15');
    reread.flush({ ...detail, peopleCount: 5 });
    await fixture.whenStable();
    expect(el.textContent).toContain('Xem 5 người');
    http.verify();
  });

  it('opens its unit dialog with the providers of the route (the date adapter is not in the root injector)', async () => {
    TestBed.configureTestingModule({
      imports: [OrgTreePage],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideI18n(), provideTranslations(ORG_WORDS),
        provideNoopAnimations(),
        provideRouter([]),
        provideDirectoryIcons(),
        { provide: AuthStore, useValue: { can: () => true } },
      ],
    });
    // as the lazy route does: provideVnDates() below the root
    TestBed.overrideComponent(OrgTreePage, { add: { providers: [provideVnDates()] } });
    const http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(OrgTreePage);
    await fixture.whenStable();
    http.expectOne((r) => r.url === '/api/org/tree').flush({ asOf: '2026-01-01', units: UNITS });
    await fixture.whenStable();

    ([...fixture.nativeElement.querySelectorAll('button')] as HTMLButtonElement[]).find((b) => b.textContent?.includes('Thêm đơn vị cấp cao nhất'))?.click();
    await fixture.whenStable();
    const dialog = document.querySelector('mat-dialog-container');
    expect(dialog?.querySelector('h2')?.textContent).toContain('Thêm đơn vị cấp cao nhất');
    expect(dialog?.textContent).toContain('Ngày thành lập');
    http.verify();
  });
});
