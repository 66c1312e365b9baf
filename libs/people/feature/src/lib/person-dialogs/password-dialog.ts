import { Clipboard } from '@angular/cdk/clipboard';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { CreateAccountResponse } from '@cds/contracts';
import { DialogShell } from '@cds/web/ui';
import { TranslatePipe } from '@ngx-translate/core';

export interface PasswordDialogData extends CreateAccountResponse {
  fullName: string;
}

/** Shows a new account's temporary password, once. */
@Component({
  selector: 'cds-password-dialog',
  imports: [DialogShell, MatButtonModule, MatDialogModule, MatIconModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <cds-dialog-shell [title]="'person.passwordTitle' | translate">
      <p>{{ 'person.passwordText' | translate: { name: data.fullName } }}</p>
      <dl class="facts">
        <dt>{{ 'person.passwordLogin' | translate }}</dt>
        <dd>{{ data.email }}</dd>
        <dt>{{ 'person.passwordTitle' | translate }}</dt>
        <dd><code class="password" data-testid="temporary-password">{{ data.temporaryPassword }}</code></dd>
      </dl>
      @if (copied()) {
        <p role="status">{{ 'person.copied' | translate }}</p>
      }
      <ng-container cdsDialogActions>
        <button mat-button type="button" (click)="copy()">
          <mat-icon svgIcon="content_copy" aria-hidden="true" />{{ 'person.copy' | translate }}
        </button>
        <button mat-flat-button type="button" mat-dialog-close cdkFocusInitial>{{ 'common.close' | translate }}</button>
      </ng-container>
    </cds-dialog-shell>
  `,
  styles: `
    .facts { display: grid; grid-template-columns: max-content 1fr; gap: 8px 16px; }
    .facts dd { margin: 0; }
    .password { font: var(--mat-sys-title-medium); font-family: monospace; letter-spacing: 0.05em; }
  `,
})
export class PasswordDialog {
  private readonly clipboard = inject(Clipboard);
  protected readonly data = inject<PasswordDialogData>(MAT_DIALOG_DATA);
  protected readonly copied = signal(false);

  protected copy(): void {
    this.copied.set(this.clipboard.copy(this.data.temporaryPassword));
  }
}
