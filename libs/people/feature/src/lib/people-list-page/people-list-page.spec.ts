import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { provideRouter } from '@angular/router';
import { Page, PersonSummary } from '@cds/contracts';
import { PeopleListStore } from '@cds/people/data-access';
import { provideDirectoryIcons, provideI18n } from '@cds/web/core';
import { PeopleListPage, SEARCH_DEBOUNCE_MS } from './people-list-page';
import { provideTranslations } from '@cds/web/i18n';
import { PEOPLE_WORDS } from '../i18n/people-words';

const person = (id: number, fullName: string, over: Partial<PersonSummary> = {}): PersonSummary => ({
  id,
  fullName,
  position: 'Công chức',
  orgUnitId: 3,
  orgUnitName: 'Xã Giao An',
  email: null,
  phone: null,
  active: true,
  hasAccount: false,
  currentSeats: [],
  ...over,
});

describe('PeopleListPage', () => {
  it('loads people page by page with "Tải thêm" and searches again, debounced, from the first page', async () => {
    TestBed.configureTestingModule({
      imports: [PeopleListPage],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideI18n(), provideTranslations(PEOPLE_WORDS), provideNoopAnimations(), provideRouter([]), provideDirectoryIcons(), PeopleListStore],
    });
    const http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(PeopleListPage);
    const el: HTMLElement = fixture.nativeElement;
    await fixture.whenStable();
    http.expectOne((r) => r.url === '/api/org/tree').flush({ asOf: '2026-01-01', units: [] });

    const first = http.expectOne((r) => r.url === '/api/people');
    expect(first.request.params.toString()).toBe('active=true&limit=50');
    first.flush({
      items: [person(1, 'Bùi Văn An', { currentSeats: ['Công chức phụ trách CĐS cấp xã'], hasAccount: true }), person(2, 'Đặng Thị Bình')],
      nextCursor: 'k2',
    } satisfies Page<PersonSummary>);
    await fixture.whenStable();
    const names = () => [...el.querySelectorAll('tr.mat-mdc-row td:first-child a')].map((a) => a.textContent?.trim());
    expect(names()).toEqual(['Bùi Văn An', 'Đặng Thị Bình']);
    expect(el.querySelector('tr.mat-mdc-row')?.textContent).toContain('Công chức phụ trách CĐS cấp xã');
    expect(el.querySelector('tr.mat-mdc-row')?.textContent).toContain('Có tài khoản');

    const more = () => [...el.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Tải thêm');
    more()?.click();
    const second = http.expectOne((r) => r.url === '/api/people');
    expect(second.request.params.get('cursor')).toBe('k2');
    second.flush({ items: [person(3, 'Vũ Thị Lan')], nextCursor: null });
    await fixture.whenStable();
    expect(names()).toEqual(['Bùi Văn An', 'Đặng Thị Bình', 'Vũ Thị Lan']);
    expect(more()).toBeUndefined();
    expect(el.textContent).toContain('Đã hiển thị toàn bộ danh sách.');

    const search = el.querySelector('input[type=search]') as HTMLInputElement;
    search.value = 'Lan';
    search.dispatchEvent(new Event('input'));
    search.value = 'Lan ';
    search.dispatchEvent(new Event('input'));
    http.expectNone((r) => r.url === '/api/people');
    await new Promise((r) => setTimeout(r, SEARCH_DEBOUNCE_MS + 20));
    const searched = http.expectOne((r) => r.url === '/api/people');
    expect(searched.request.params.get('q')).toBe('Lan');
    expect(searched.request.params.has('cursor')).toBe(false);
    searched.flush({ items: [person(3, 'Vũ Thị Lan')], nextCursor: null });
    await fixture.whenStable();
    expect(names()).toEqual(['Vũ Thị Lan']);
    http.verify();
  });
});
