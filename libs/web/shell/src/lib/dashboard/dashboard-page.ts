import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { MatChipsModule } from '@angular/material/chips';
import { MatIconModule } from '@angular/material/icon';
import { AuthStore } from '@cds/web/core';
import { TranslatePipe } from '@ngx-translate/core';

/** "Tổng quan": greets the person and shows their unit and role grants. */
@Component({
  selector: 'cds-dashboard-page',
  imports: [MatCardModule, MatChipsModule, MatIconModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (user(); as u) {
      <h1 class="page-title">{{ 'dashboard.greeting' | translate: { name: u.fullName } }}</h1>
      <mat-card appearance="outlined">
        <mat-card-content>
          <dl class="facts">
            <dt>{{ 'dashboard.unit' | translate }}</dt>
            <dd data-testid="unit">{{ u.orgUnitName ?? ('dashboard.noUnit' | translate) }}</dd>
            @if (u.position) {
              <dt>{{ 'dashboard.position' | translate }}</dt>
              <dd>{{ u.position }}</dd>
            }
            <dt id="roles-label">{{ 'dashboard.roles' | translate }}</dt>
            <dd>
              @if (u.roles.length) {
                <mat-chip-set aria-labelledby="roles-label" data-testid="roles">
                  @for (grant of u.roles; track grant.role + '/' + grant.orgUnitId) {
                    <mat-chip>
                      {{
                        'dashboard.roleInUnit'
                          | translate: { role: ('roles.' + grant.role | translate), unit: grant.orgUnitName }
                      }}
                    </mat-chip>
                  }
                </mat-chip-set>
              } @else {
                {{ 'dashboard.noRoles' | translate }}
              }
            </dd>
          </dl>
        </mat-card-content>
      </mat-card>
    }
  `,
  styles: `
    .facts {
      display: grid;
      /* minmax(0, …): a long role chip must not widen the column past the card */
      grid-template-columns: max-content minmax(0, 1fr);
      gap: 12px 24px;
      margin: 0;
      align-items: center;
    }
    dt {
      font-weight: 500;
    }
    dd {
      margin: 0;
      min-width: 0;
    }
    /* a role and its unit can be longer than a phone is wide: the chip wraps its words */
    mat-chip {
      height: auto;
      min-height: 32px;
    }
    :host ::ng-deep .mat-mdc-chip .mdc-evolution-chip__text-label {
      white-space: normal;
      overflow-wrap: anywhere;
      padding-block: 6px;
    }
    @media (max-width: 599.98px) {
      .facts {
        grid-template-columns: minmax(0, 1fr);
        gap: 4px;
      }
      dd {
        margin-bottom: 12px;
      }
    }
  `,
})
export class DashboardPage {
  protected readonly user = inject(AuthStore).user;
}
