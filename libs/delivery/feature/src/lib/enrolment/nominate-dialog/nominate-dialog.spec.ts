import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { PersonSummary } from '@cds/contracts';
import { AuthStore, provideDirectoryIcons, provideI18n } from '@cds/web/core';
import { provideTranslations } from '@cds/web/i18n';
import { DELIVERY_STAFF_WORDS } from '../../staff-i18n/delivery-staff-words';
import { NOMINATE_SEARCH_DEBOUNCE_MS, NominateDialog, NominateDialogData } from './nominate-dialog';

const person = (id: number, fullName: string): PersonSummary => ({
  id,
  fullName,
  position: 'Công chức văn phòng',
  orgUnitId: 30,
  orgUnitName: 'Xã Giao An',
  email: null,
  phone: null,
  active: true,
  hasAccount: true,
  currentSeats: [],
});

const data: NominateDialogData = {
  cls: { id: 5, code: 'VNEID-01', title: 'Dịch vụ công trực tuyến và VNeID', capacity: 30, enrolled: 12, enrolmentDeadline: '2026-02-25' },
};

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('NominateDialog', () => {
  async function open() {
    const close = jest.fn();
    TestBed.configureTestingModule({
      imports: [NominateDialog],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideI18n(),
        provideTranslations(DELIVERY_STAFF_WORDS),
        provideNoopAnimations(),
        provideDirectoryIcons(),
        { provide: MAT_DIALOG_DATA, useValue: data },
        { provide: MatDialogRef, useValue: { close } },
        {
          provide: AuthStore,
          useValue: { user: () => ({ roles: [{ role: 'unit_admin', orgUnitId: 30, orgUnitName: 'Xã Giao An' }] }), can: () => true },
        },
      ],
    });
    const http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(NominateDialog);
    const el: HTMLElement = fixture.nativeElement;
    await fixture.whenStable();
    await wait(NOMINATE_SEARCH_DEBOUNCE_MS + 20);
    const first = http.expectOne((r) => r.url === '/api/people');
    expect(first.request.params.get('active')).toBe('true');
    first.flush({ items: [person(7, 'Trần Thị Lan'), person(8, 'Lê Văn Hùng'), person(9, 'Đỗ Minh Châu')], nextCursor: null });
    await fixture.whenStable();
    const check = async (id: number) => {
      (el.querySelector(`[data-person="${id}"] input[type="checkbox"]`) as HTMLInputElement).click();
      await fixture.whenStable();
    };
    const submit = async () => {
      (el.querySelector('button[type="submit"]') as HTMLButtonElement).click();
      await fixture.whenStable();
    };
    return { fixture, el, http, close, check, submit };
  }

  it('sends the ids of the people chosen, kept while the search changes, and closes with the answer', async () => {
    const { fixture, el, http, close, check, submit } = await open();
    expect(el.textContent).toContain('Lớp VNEID-01: 12/30 chỗ đã có người; nhận cử đến 25/02/2026.');
    await check(7);
    await check(8);
    await check(8);

    const search = el.querySelector('input[type="search"]') as HTMLInputElement;
    search.value = 'Châu';
    search.dispatchEvent(new Event('input'));
    await wait(NOMINATE_SEARCH_DEBOUNCE_MS + 20);
    const second = http.expectOne((r) => r.url === '/api/people');
    expect(second.request.params.get('q')).toBe('Châu');
    second.flush({ items: [person(9, 'Đỗ Minh Châu')], nextCursor: null });
    await fixture.whenStable();
    await check(9);

    expect(el.querySelector('button[type="submit"]')?.textContent).toContain('Cử 2 người');
    expect([...el.querySelectorAll('mat-chip')].map((c) => c.textContent?.trim())).toEqual(['Trần Thị Lan', 'Đỗ Minh Châu']);
    await submit();
    const post = http.expectOne('/api/classes/5/nominations');
    expect(post.request.body).toEqual({ personIds: [7, 9] });
    const answer = { nominated: [] };
    post.flush(answer);
    await fixture.whenStable();
    expect(close).toHaveBeenCalledWith(answer);
    http.verify();
  });

  it('asks for someone before sending, and shows an out-of-scope refusal', async () => {
    const { fixture, el, http, close, check, submit } = await open();
    await submit();
    http.expectNone('/api/classes/5/nominations');
    expect(el.querySelector('[role="alert"]')?.textContent).toContain('Hãy chọn ít nhất một người.');

    await check(7);
    await submit();
    http
      .expectOne('/api/classes/5/nominations')
      .flush(
        { statusCode: 403, error: 'Forbidden', message: 'Trần Thị Lan không thuộc đơn vị bạn quản lý.', code: 'delivery.out_of_scope' },
        { status: 403, statusText: 'Forbidden' },
      );
    await fixture.whenStable();
    expect(close).not.toHaveBeenCalled();
    expect(el.querySelector('.form-error[role="alert"]')?.textContent).toContain('không thuộc đơn vị bạn quản lý');
  });
});
