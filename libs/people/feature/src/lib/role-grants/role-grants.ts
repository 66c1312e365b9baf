import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatSnackBar } from '@angular/material/snack-bar';
import { PersonDetail, RoleGrantDetail } from '@cds/contracts';
import { UnitOption } from '@cds/org/data-access';
import { formatVnDate, todayVn } from '@cds/web/i18n';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { GrantRoleDialog, GrantRoleDialogData } from '../person-dialogs/grant-role-dialog';
import { RevokeRoleDialog, RevokeRoleDialogData } from '../person-dialogs/revoke-role-dialog';

/** The calendar day (Vietnam time) of an instant, as dd/MM/yyyy. */
export const grantedDay = (instant: string): string => {
  const date = new Date(instant);
  return Number.isNaN(date.getTime()) ? '' : formatVnDate(todayVn(date));
};

/** The roles of a person's account, each on a unit; administrators grant and remove them here. */
@Component({
  selector: 'cds-role-grants',
  imports: [MatButtonModule, MatIconModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h3 class="label" id="role-grants-title">{{ 'person.roles' | translate }}</h3>
    @if (grants().length) {
      <ul class="grants" aria-labelledby="role-grants-title" data-testid="role-grants">
        @for (g of grants(); track g.id) {
          @let role = 'roles.' + g.role | translate;
          <li class="grant">
            <div class="what">
              <div class="line"><span class="role">{{ role }}</span> – {{ g.orgUnitName }}</div>
              <div class="when">{{ 'person.grantedOn' | translate: { date: day(g.grantedAt) } }}</div>
            </div>
            @if (canManage()) {
              <button
                mat-icon-button
                type="button"
                class="remove"
                [attr.aria-label]="'person.revoke' | translate: { role, unit: g.orgUnitName }"
                (click)="revoke(g)"
              >
                <mat-icon svgIcon="delete" aria-hidden="true" />
              </button>
            }
          </li>
        }
      </ul>
    } @else {
      <p class="hint">{{ 'person.noRoles' | translate }}</p>
    }
    @if (canManage()) {
      <button mat-stroked-button type="button" (click)="grant()">
        <mat-icon svgIcon="add" aria-hidden="true" />{{ 'person.grantRole' | translate }}
      </button>
    }
  `,
  styles: `
    :host { display: block; margin-top: 8px; }
    .label { font: var(--mat-sys-title-small); color: var(--mat-sys-on-surface-variant); margin: 0 0 4px; }
    .grants { list-style: none; margin: 0 0 12px; padding: 0; }
    .grant { display: flex; align-items: center; gap: 8px; padding: 4px 0; border-bottom: 1px solid var(--mat-sys-outline-variant); }
    .what { flex: 1; }
    .role { font-weight: 500; }
    .when, .hint { color: var(--mat-sys-on-surface-variant); font: var(--mat-sys-body-small); }
    .remove { color: var(--mat-sys-error); }
  `,
})
export class RoleGrants {
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly translate = inject(TranslateService);

  readonly person = input.required<PersonDetail>();
  /** Admins grant and remove roles; everyone else sees the list. */
  readonly canManage = input(false);
  /** Units for the picker (the person page loads the tree once). */
  readonly units = input<UnitOption[]>([]);
  /** The person as the API answered after a grant or a removal. */
  readonly changed = output<PersonDetail>();

  protected readonly grants = computed(() => this.person().account?.roles ?? []);
  protected readonly day = grantedDay;

  protected grant(): void {
    const p = this.person();
    this.dialog
      .open<GrantRoleDialog, GrantRoleDialogData, PersonDetail>(GrantRoleDialog, {
        data: { personId: p.id, fullName: p.fullName, unitId: p.orgUnitId, units: this.units() },
        width: '520px',
        maxWidth: '95vw',
      })
      .afterClosed()
      .subscribe((updated) => {
        if (!updated) return;
        const before = new Set(this.grants().map((g) => g.id));
        const added = updated.account?.roles.find((g) => !before.has(g.id));
        this.changed.emit(updated);
        if (added) this.toast('person.granted', added);
      });
  }

  protected revoke(grant: RoleGrantDetail): void {
    const p = this.person();
    this.dialog
      .open<RevokeRoleDialog, RevokeRoleDialogData, PersonDetail>(RevokeRoleDialog, {
        data: { personId: p.id, fullName: p.fullName, grant },
        maxWidth: '95vw',
      })
      .afterClosed()
      .subscribe((updated) => {
        if (!updated) return;
        this.changed.emit(updated);
        this.toast('person.revoked', grant);
      });
  }

  private toast(key: string, grant: RoleGrantDetail): void {
    const role = this.translate.instant(`roles.${grant.role}`);
    this.snackBar.open(this.translate.instant(key, { role, unit: grant.orgUnitName }), undefined, { duration: 5000 });
  }
}
