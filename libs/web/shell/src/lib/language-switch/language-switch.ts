import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { LanguageService } from '@cds/web/core';
import { Lang, SUPPORTED_LANGS } from '@cds/web/i18n';
import { TranslatePipe } from '@ngx-translate/core';

/** Toolbar menu that switches between Tiếng Việt and English. */
@Component({
  selector: 'cds-language-switch',
  imports: [MatButtonModule, MatIconModule, MatMenuModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button
      mat-button
      type="button"
      class="language-button"
      [matMenuTriggerFor]="menu"
      [attr.aria-label]="'language.button' | translate: { code: code(), name: ('language.' + lang() | translate) }"
    >
      <mat-icon svgIcon="translate" aria-hidden="true" />
      <span class="code">{{ code() }}</span>
    </button>
    <mat-menu #menu="matMenu">
      @for (option of langs; track option) {
        <button
          mat-menu-item
          type="button"
          role="menuitemradio"
          [attr.aria-checked]="option === lang()"
          [attr.lang]="option"
          (click)="choose(option)"
        >
          {{ 'language.' + option | translate }}
        </button>
      }
    </mat-menu>
  `,
  styles: `
    .code {
      font-weight: 500;
    }
  `,
})
export class LanguageSwitch {
  private readonly language = inject(LanguageService);
  protected readonly lang = this.language.lang;
  protected readonly langs = SUPPORTED_LANGS;
  protected readonly code = computed(() => this.lang().toUpperCase());

  protected choose(lang: Lang): void {
    void this.language.use(lang);
  }
}
