import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { provideTranslateService, TranslateService } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { DialogShell } from './dialog-shell';

@Component({
  selector: 'cds-test-dialog',
  imports: [DialogShell],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <cds-dialog-shell title="Kết thúc đơn vị" submitLabel="Giải thể" [busy]="busy()" [danger]="true" [cancelResult]="null" (confirm)="confirmed = confirmed + 1">
      <p class="body">Đơn vị sẽ rời khỏi cây.</p>
    </cds-dialog-shell>
  `,
})
class TestDialog {
  readonly busy = signal(false);
  confirmed = 0;
}

describe('DialogShell', () => {
  async function open() {
    TestBed.configureTestingModule({ providers: [provideTranslateService(), provideNoopAnimations()] });
    const translate = TestBed.inject(TranslateService);
    translate.setTranslation('vi', { common: { cancel: 'Hủy', saving: 'Đang lưu…' } });
    translate.use('vi');
    const ref = TestBed.inject(MatDialog).open(TestDialog);
    const container = () => document.querySelector('mat-dialog-container') as HTMLElement;
    const buttons = () => [...container().querySelectorAll('mat-dialog-actions button')] as HTMLButtonElement[];
    return { ref, container, buttons };
  }

  afterEach(() => TestBed.inject(MatDialog).closeAll());

  it('shows the title, the content, Cancel and the main button', async () => {
    const { ref, container, buttons } = await open();
    ref.componentRef?.changeDetectorRef.detectChanges();
    expect(container().querySelector('h2')?.textContent?.trim()).toBe('Kết thúc đơn vị');
    expect(container().querySelector('.body')?.textContent).toBe('Đơn vị sẽ rời khỏi cây.');
    expect(buttons().map((b) => b.textContent?.trim())).toEqual(['Hủy', 'Giải thể']);
    buttons()[1].click();
    expect(ref.componentInstance.confirmed).toBe(1);
  });

  it('while busy, disables the main button, says it is saving and marks the content busy', async () => {
    const { ref, container, buttons } = await open();
    ref.componentInstance.busy.set(true);
    ref.componentRef?.changeDetectorRef.detectChanges();
    expect(buttons()[1].disabled).toBe(true);
    expect(buttons()[1].textContent?.trim()).toBe('Đang lưu…');
    expect(container().querySelector('mat-dialog-content')?.getAttribute('aria-busy')).toBe('true');
  });

  it('closes with the cancel result', async () => {
    const { ref, buttons } = await open();
    ref.componentRef?.changeDetectorRef.detectChanges();
    const closed = firstValueFrom(ref.afterClosed());
    buttons()[0].click();
    expect(await closed).toBeNull();
  });
});
