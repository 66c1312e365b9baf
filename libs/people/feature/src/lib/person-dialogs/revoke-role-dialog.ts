import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { PersonDetail, RoleGrantDetail } from '@cds/contracts';
import { PeopleApi } from '@cds/people/data-access';
import { Refusal, refusalOf } from '@cds/web/core';
import { TranslatePipe } from '@ngx-translate/core';

export interface RevokeRoleDialogData {
  personId: number;
  fullName: string;
  grant: RoleGrantDetail;
}

/** Asks before a role grant is removed, removes it, and shows a refusal (the last admin grant) in place. */
@Component({
  selector: 'cds-revoke-role-dialog',
  imports: [MatButtonModule, MatDialogModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'person.revokeTitle' | translate: { name: data.fullName } }}</h2>
    <mat-dialog-content>
      @if (refusal(); as r) {
        <p class="form-error" role="alert">{{ r.text ?? (r.key | translate: r.params) }}</p>
      }
      <p>{{ 'person.revokeText' | translate: { role: ('roles.' + data.grant.role | translate), unit: data.grant.orgUnitName } }}</p>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close cdkFocusInitial>{{ 'common.cancel' | translate }}</button>
      <button mat-flat-button type="button" class="danger" [disabled]="saving()" (click)="confirm()">
        {{ (saving() ? 'person.revoking' : 'person.revokeConfirm') | translate }}
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    .danger { background: var(--mat-sys-error); color: var(--mat-sys-on-error); }
    .form-error { color: var(--mat-sys-error); }
  `,
})
export class RevokeRoleDialog {
  private readonly api = inject(PeopleApi);
  private readonly ref = inject<MatDialogRef<RevokeRoleDialog, PersonDetail>>(MatDialogRef);
  protected readonly data = inject<RevokeRoleDialogData>(MAT_DIALOG_DATA);
  protected readonly saving = signal(false);
  protected readonly refusal = signal<Refusal | null>(null);

  protected confirm(): void {
    if (this.saving()) return;
    this.saving.set(true);
    this.refusal.set(null);
    this.api.revokeRole(this.data.personId, this.data.grant.id).subscribe({
      next: (p) => this.ref.close(p),
      error: (err: unknown) => {
        this.saving.set(false);
        this.refusal.set(refusalOf(err));
      },
    });
  }
}
