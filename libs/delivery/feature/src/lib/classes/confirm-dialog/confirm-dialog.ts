import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { Refusal, refusalOf } from '@cds/web/core';
import { DialogShell, RefusalBanner } from '@cds/web/ui';
import { Observable } from 'rxjs';

export interface ConfirmDialogData {
  /** Already translated. */
  title: string;
  text: string;
  confirmLabel: string;
  /** The write; the dialog shows a refusal and stays open. */
  act: () => Observable<unknown>;
}

/** Asks before something is removed, makes the write, and closes with true once it is done. */
@Component({
  selector: 'cds-confirm-dialog',
  imports: [DialogShell, RefusalBanner],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <cds-dialog-shell
      [title]="data.title"
      [submitLabel]="data.confirmLabel"
      [busy]="busy()"
      [danger]="true"
      [focusCancel]="true"
      (confirm)="confirm()"
    >
      <cds-refusal-banner [refusal]="refusal()" />
      <p>{{ data.text }}</p>
    </cds-dialog-shell>
  `,
})
export class ConfirmDialog {
  private readonly ref = inject<MatDialogRef<ConfirmDialog, boolean>>(MatDialogRef);
  protected readonly data = inject<ConfirmDialogData>(MAT_DIALOG_DATA);
  protected readonly busy = signal(false);
  protected readonly refusal = signal<Refusal | null>(null);

  protected confirm(): void {
    if (this.busy()) return;
    this.busy.set(true);
    this.refusal.set(null);
    this.data.act().subscribe({
      next: () => this.ref.close(true),
      error: (err: unknown) => {
        this.busy.set(false);
        this.refusal.set(refusalOf(err));
      },
    });
  }
}
