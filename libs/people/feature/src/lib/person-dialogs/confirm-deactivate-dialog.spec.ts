import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { MatSelectHarness } from '@angular/material/select/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { provideI18n } from '@cds/web/core';
import { provideVnDates } from '@cds/web/ui';
import { ConfirmDeactivateDialog } from './confirm-deactivate-dialog';
import { provideTranslations } from '@cds/web/i18n';
import { PEOPLE_WORDS } from '../i18n/people-words';

describe('ConfirmDeactivateDialog', () => {
  async function open() {
    const close = jest.fn();
    TestBed.configureTestingModule({
      imports: [ConfirmDeactivateDialog],
      providers: [
        provideI18n(), provideTranslations(PEOPLE_WORDS),
        provideNoopAnimations(),
        provideVnDates(),
        { provide: MAT_DIALOG_DATA, useValue: { fullName: 'Trịnh Văn Toàn' } },
        { provide: MatDialogRef, useValue: { close } },
      ],
    });
    const fixture = TestBed.createComponent(ConfirmDeactivateDialog);
    await fixture.whenStable();
    const el: HTMLElement = fixture.nativeElement;
    const date = el.querySelector('input[matinput], input') as HTMLInputElement;
    const submit = async () => {
      ([...el.querySelectorAll('button')].find((b) => b.type === 'submit') as HTMLButtonElement).click();
      await fixture.whenStable();
    };
    return { fixture, el, date, close, submit, loader: TestbedHarnessEnvironment.loader(fixture) };
  }

  it('says the posts end on the day they left, and closes with that day and the reason', async () => {
    const { el, date, close, submit, loader, fixture } = await open();
    expect(el.textContent).toContain('Cho Trịnh Văn Toàn nghỉ công tác?');
    expect(el.textContent).toContain('kết thúc từ ngày nghỉ');
    date.value = '01/10/2025';
    date.dispatchEvent(new Event('input'));
    const reason = await loader.getHarness(MatSelectHarness);
    await reason.open();
    const options = await reason.getOptions();
    expect(await Promise.all(options.map((o) => o.getText()))).not.toContain('Sắp xếp tổ chức');
    await reason.clickOptions({ text: 'Nghỉ hưu' });
    await fixture.whenStable();
    await submit();
    expect(close).toHaveBeenCalledWith({ date: '2025-10-01', reason: 'retirement' });
  });

  it('does not close without a valid day', async () => {
    const { date, close, submit } = await open();
    date.value = '31/02/2025';
    date.dispatchEvent(new Event('input'));
    await submit();
    expect(close).not.toHaveBeenCalled();
  });
});
