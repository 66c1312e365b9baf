import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { TranslatePipe } from '@ngx-translate/core';

/** Asks before a person is marked as having left, and says what is kept. */
@Component({
  selector: 'cds-confirm-deactivate-dialog',
  imports: [MatButtonModule, MatDialogModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'person.deactivateTitle' | translate: { name: data.fullName } }}</h2>
    <mat-dialog-content>
      <p>{{ 'person.deactivateText' | translate }}</p>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" [mat-dialog-close]="false" cdkFocusInitial>{{ 'directory.cancel' | translate }}</button>
      <button mat-flat-button type="button" class="danger" [mat-dialog-close]="true">
        {{ 'person.deactivateConfirm' | translate }}
      </button>
    </mat-dialog-actions>
  `,
  styles: `.danger { background: var(--mat-sys-error); color: var(--mat-sys-on-error); }`,
})
export class ConfirmDeactivateDialog {
  protected readonly data = inject<{ fullName: string }>(MAT_DIALOG_DATA);
}
