import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { EnrolmentDto } from '@cds/contracts';
import { provideI18n } from '@cds/web/core';
import { provideTranslations } from '@cds/web/i18n';
import { Observable, of, throwError } from 'rxjs';
import { DELIVERY_STAFF_WORDS } from '../../staff-i18n/delivery-staff-words';
import { ReasonDialog, ReasonDialogData } from './reason-dialog';

const row: EnrolmentDto = {
  id: 11,
  classId: 5,
  classCode: 'VNEID-01',
  classTitle: 'Dịch vụ công trực tuyến và VNeID',
  personId: 7,
  fullName: 'Trần Thị Lan',
  orgUnitName: 'Xã Giao An',
  state: 'nominated',
  nominatedBy: { personId: 2, fullName: 'Phạm Văn Nam' },
  decidedBy: null,
  reason: null,
  waitlistPosition: null,
  createdAt: '2026-02-01T02:00:00Z',
  updatedAt: '2026-02-01T02:00:00Z',
};

describe('ReasonDialog', () => {
  async function open(act: (reason: string) => Observable<EnrolmentDto>, kind: ReasonDialogData['kind'] = 'reject') {
    const close = jest.fn();
    const spy = jest.fn(act);
    TestBed.configureTestingModule({
      imports: [ReasonDialog],
      providers: [
        provideI18n(),
        provideTranslations(DELIVERY_STAFF_WORDS),
        provideNoopAnimations(),
        { provide: MAT_DIALOG_DATA, useValue: { kind, enrolment: row, act: spy } satisfies ReasonDialogData },
        { provide: MatDialogRef, useValue: { close } },
      ],
    });
    const fixture = TestBed.createComponent(ReasonDialog);
    await fixture.whenStable();
    const el: HTMLElement = fixture.nativeElement;
    const reason = el.querySelector('textarea') as HTMLTextAreaElement;
    const type = async (text: string) => {
      reason.value = text;
      reason.dispatchEvent(new Event('input'));
      await fixture.whenStable();
    };
    const submit = async () => {
      (el.querySelector('button[type="submit"]') as HTMLButtonElement).click();
      await fixture.whenStable();
    };
    return { el, close, act: spy, type, submit };
  }

  it('will not reject without a reason (spaces are no reason), and says so', async () => {
    const { el, close, act, type, submit } = await open(() => of({ ...row, state: 'rejected' }));
    expect(el.querySelector('h2')?.textContent).toContain('Từ chối Trần Thị Lan');
    await submit();
    await type('   ');
    await submit();
    expect(act).not.toHaveBeenCalled();
    expect(close).not.toHaveBeenCalled();
    expect(el.querySelector('mat-error')?.textContent).toContain('Vui lòng nhập lý do.');
  });

  it('rejects with the reason given (trimmed) and closes with the answer', async () => {
    const answer = { ...row, state: 'rejected' as const, reason: 'Không thuộc đối tượng' };
    const { close, act, type, submit } = await open(() => of(answer));
    await type('  Không thuộc đối tượng ');
    await submit();
    expect(act).toHaveBeenCalledWith('Không thuộc đối tượng');
    expect(close).toHaveBeenCalledWith(answer);
  });

  it('stays open with the API’s refusal (already decided) in the person’s language', async () => {
    const refusal = new HttpErrorResponse({
      status: 409,
      error: { statusCode: 409, error: 'Conflict', message: 'Đề cử này đã được quyết định.', code: 'delivery.already_decided' },
    });
    const { el, close, type, submit } = await open(() => throwError(() => refusal), 'withdraw');
    expect(el.querySelector('h2')?.textContent).toContain('Rút Trần Thị Lan khỏi lớp VNEID-01');
    await type('Chuyển công tác');
    await submit();
    expect(close).not.toHaveBeenCalled();
    expect(el.querySelector('[role="alert"]')?.textContent).toContain('Đề cử này đã được quyết định.');
    expect((el.querySelector('button[type="submit"]') as HTMLButtonElement).disabled).toBe(false);
  });
});
