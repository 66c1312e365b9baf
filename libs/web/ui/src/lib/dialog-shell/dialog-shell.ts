import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialogModule } from '@angular/material/dialog';
import { TranslatePipe } from '@ngx-translate/core';

/**
 * The frame every dialog shares: title, content, and the actions (Cancel + the main button, which
 * says what is happening while busy). Put it inside the dialog's `<form>` so the main button submits
 * it; without a form, listen to `confirm`. Extra actions go in an element marked `cdsDialogActions`.
 */
@Component({
  selector: 'cds-dialog-shell',
  imports: [MatButtonModule, MatDialogModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ title() }}</h2>
    <mat-dialog-content [attr.aria-busy]="busy()">
      <ng-content />
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <ng-content select="[cdsDialogActions]" />
      @if (submitLabel(); as label) {
        <button mat-button type="button" [mat-dialog-close]="cancelResult()" [attr.cdkFocusInitial]="focusCancel() ? '' : null">
          {{ 'common.cancel' | translate }}
        </button>
        <button mat-flat-button type="submit" data-testid="dialog-submit" [class.danger]="danger()" [disabled]="busy()" (click)="confirm.emit()">
          {{ busy() ? (busyLabel() ?? ('common.saving' | translate)) : label }}
        </button>
      }
    </mat-dialog-actions>
  `,
  styles: `
    :host { display: contents; }
    .danger { background: var(--mat-sys-error); color: var(--mat-sys-on-error); }
  `,
})
export class DialogShell {
  /** The dialog's title, already translated. */
  readonly title = input.required<string>();
  /** The main button's words; without it only the `cdsDialogActions` are shown. */
  readonly submitLabel = input<string | null>(null);
  /** The main button's words while busy (default "Đang lưu…"). */
  readonly busyLabel = input<string | null>(null);
  /** A write is in flight: the main button is disabled and says so. */
  readonly busy = input(false);
  /** The main button ends something (red). */
  readonly danger = input(false);
  /** Destructive dialogs focus Cancel first. */
  readonly focusCancel = input(false);
  /** What the dialog closes with when cancelled. */
  readonly cancelResult = input<unknown>(undefined);
  /** The main button was pressed (for dialogs without a form). */
  readonly confirm = output<void>();
}
