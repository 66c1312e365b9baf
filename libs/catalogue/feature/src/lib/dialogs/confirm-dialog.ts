import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { DialogShell } from '@cds/web/ui';

export interface ConfirmDialogData {
  /** Already translated, as are the paragraphs and the button. */
  title: string;
  paragraphs: string[];
  confirmLabel: string;
  /** Something goes away (red button, Cancel focused first). */
  danger?: boolean;
}

/** Asks before an act that cannot be taken back (publishing, deleting). Closes with true when confirmed. */
@Component({
  selector: 'cds-catalogue-confirm-dialog',
  imports: [DialogShell],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <cds-dialog-shell
      [title]="data.title"
      [submitLabel]="data.confirmLabel"
      [danger]="!!data.danger"
      [focusCancel]="!!data.danger"
      [cancelResult]="false"
      (confirm)="ref.close(true)"
    >
      @for (p of data.paragraphs; track $index) {
        <p>{{ p }}</p>
      }
    </cds-dialog-shell>
  `,
})
export class ConfirmDialog {
  protected readonly data = inject<ConfirmDialogData>(MAT_DIALOG_DATA);
  protected readonly ref = inject<MatDialogRef<ConfirmDialog, boolean>>(MatDialogRef);
}
