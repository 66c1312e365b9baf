import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { provideI18n } from '@cds/web/core';
import { provideTranslations } from '@cds/web/i18n';
import { provideVnDates } from '@cds/web/ui';
import { DELIVERY_STAFF_WORDS } from '../../staff-i18n/delivery-staff-words';
import { SessionDialog, SessionDialogData } from './session-dialog';

describe('SessionDialog', () => {
  async function open(data: SessionDialogData) {
    const close = jest.fn();
    TestBed.configureTestingModule({
      imports: [SessionDialog],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideI18n(),
        provideTranslations(DELIVERY_STAFF_WORDS),
        provideNoopAnimations(),
        provideVnDates(),
        { provide: MAT_DIALOG_DATA, useValue: data },
        { provide: MatDialogRef, useValue: { close } },
      ],
    });
    const http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(SessionDialog);
    await fixture.whenStable();
    const el: HTMLElement = fixture.nativeElement;
    const set = async (name: string, value: string) => {
      const input = el.querySelector(`[formcontrolname="${name}"]`) as HTMLInputElement;
      input.value = value;
      input.dispatchEvent(new Event('input'));
      await fixture.whenStable();
    };
    const submit = async () => {
      (el.querySelector('button[type="submit"]') as HTMLButtonElement).click();
      await fixture.whenStable();
    };
    return { http, el, close, set, submit };
  }

  const defaults = { place: 'Hội trường UBND tỉnh', mode: 'in_person' as const, startDate: '2026-03-02', endDate: '2026-03-06' };

  it('sends the day and times typed in Vietnam time as UTC instants', async () => {
    const { http, el, close, set, submit } = await open({ classId: 5, session: null, defaults });
    expect(el.querySelector('[formcontrolname="onlineUrl"]')).toBeNull();
    await set('title', 'Buổi 1: Khai giảng');
    await set('date', '03/03/2026');
    await set('startTime', '07:30');
    await set('endTime', '11:00');
    await submit();
    const post = http.expectOne('/api/classes/5/sessions');
    expect(post.request.body).toEqual({
      title: 'Buổi 1: Khai giảng',
      startsAt: '2026-03-03T00:30:00.000Z',
      endsAt: '2026-03-03T04:00:00.000Z',
      place: 'Hội trường UBND tỉnh',
      onlineUrl: null,
    });
    const saved = { id: 41, classId: 5, ...post.request.body };
    post.flush(saved);
    expect(close).toHaveBeenCalledWith(saved);
  });

  it('shows a session being changed in Vietnam time, and refuses an end before the start or a day outside the class', async () => {
    const session = { id: 41, classId: 5, title: 'Buổi 1', startsAt: '2026-03-02T01:00:00Z', endsAt: '2026-03-02T04:00:00Z', place: '', onlineUrl: null };
    const { http, el, close, set, submit } = await open({ classId: 5, session, defaults: { ...defaults, mode: 'online' } });
    expect((el.querySelector('[formcontrolname="date"]') as HTMLInputElement).value).toBe('02/03/2026');
    expect((el.querySelector('[formcontrolname="startTime"]') as HTMLInputElement).value).toBe('08:00');
    expect((el.querySelector('[formcontrolname="endTime"]') as HTMLInputElement).value).toBe('11:00');
    await set('endTime', '07:00');
    await submit();
    expect(el.textContent).toContain('Giờ kết thúc phải sau giờ bắt đầu.');
    await set('endTime', '09:00');
    await set('date', '09/03/2026');
    await submit();
    expect(el.textContent).toContain('Buổi học phải nằm trong thời gian của lớp.');
    http.expectNone('/api/sessions/41');
    await set('date', '04/03/2026');
    await set('onlineUrl', 'https://meet.example.vn/cds-01');
    await submit();
    const patch = http.expectOne('/api/sessions/41');
    expect(patch.request.method).toBe('PATCH');
    expect(patch.request.body).toMatchObject({ startsAt: '2026-03-04T01:00:00.000Z', endsAt: '2026-03-04T02:00:00.000Z', onlineUrl: 'https://meet.example.vn/cds-01' });
    patch.flush({ ...session, ...patch.request.body });
    expect(close).toHaveBeenCalled();
  });
});
