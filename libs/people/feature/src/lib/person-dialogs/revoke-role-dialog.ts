import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { PersonDetail, RoleGrantDetail } from '@cds/contracts';
import { PeopleApi } from '@cds/people/data-access';
import { Refusal, refusalOf } from '@cds/web/core';
import { DialogShell, RefusalBanner } from '@cds/web/ui';
import { TranslatePipe } from '@ngx-translate/core';

export interface RevokeRoleDialogData {
  personId: number;
  fullName: string;
  grant: RoleGrantDetail;
}

/** Asks before a role grant is removed, removes it, and shows a refusal (the last admin grant) in place. */
@Component({
  selector: 'cds-revoke-role-dialog',
  imports: [DialogShell, RefusalBanner, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <cds-dialog-shell
      [title]="'person.revokeTitle' | translate: { name: data.fullName }"
      [submitLabel]="'person.revokeConfirm' | translate"
      [busyLabel]="'person.revoking' | translate"
      [busy]="saving()"
      [danger]="true"
      [focusCancel]="true"
      (confirm)="confirm()"
    >
      <cds-refusal-banner [refusal]="refusal()" />
      <p>{{ 'person.revokeText' | translate: { role: ('roles.' + data.grant.role | translate), unit: data.grant.orgUnitName } }}</p>
    </cds-dialog-shell>
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
