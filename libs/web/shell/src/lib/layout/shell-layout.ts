import { BreakpointObserver } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, computed, inject, viewChild } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatListModule } from '@angular/material/list';
import { MatMenuModule } from '@angular/material/menu';
import { MatSidenav, MatSidenavModule } from '@angular/material/sidenav';
import { MatToolbarModule } from '@angular/material/toolbar';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { AuthStore, NAV_ITEMS, visibleNavItems } from '@cds/web/core';
import { TranslatePipe } from '@ngx-translate/core';
import { map } from 'rxjs';
import { LanguageSwitch } from '../language-switch/language-switch';

/** Below this width the navigation becomes a drawer opened from the menu button. */
export const HANDSET_QUERY = '(max-width: 959.98px)';

/** The frame around every page: toolbar, role-aware side navigation, content. */
@Component({
  selector: 'cds-shell-layout',
  imports: [
    MatButtonModule,
    MatIconModule,
    MatListModule,
    MatMenuModule,
    MatSidenavModule,
    MatToolbarModule,
    RouterLink,
    RouterLinkActive,
    RouterOutlet,
    TranslatePipe,
    LanguageSwitch,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './shell-layout.html',
  styleUrl: './shell-layout.scss',
})
export class ShellLayout {
  private readonly auth = inject(AuthStore);
  private readonly allItems = inject(NAV_ITEMS);
  private readonly sidenav = viewChild(MatSidenav);

  protected readonly user = this.auth.user;
  protected readonly signedIn = this.auth.isAuthenticated;
  protected readonly navItems = computed(() => visibleNavItems(this.allItems, this.auth.roles()));
  protected readonly isHandset = toSignal(
    inject(BreakpointObserver)
      .observe(HANDSET_QUERY)
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );

  protected closeOnHandset(): void {
    if (this.isHandset()) void this.sidenav()?.close();
  }

  protected logout(): void {
    void this.auth.logout();
  }
}
