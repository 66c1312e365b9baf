import { DOCUMENT } from '@angular/common';
import { inject, Injectable, signal } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { DEFAULT_LANG, Lang, LANG_STORAGE_KEY, resolveLang } from '@cds/web/i18n';
import { TranslateService } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';

/** The person's language: Vietnamese by default, remembered in localStorage, mirrored in <html lang>. */
@Injectable({ providedIn: 'root' })
export class LanguageService {
  private readonly translate = inject(TranslateService);
  private readonly document = inject(DOCUMENT);
  private readonly title = inject(Title);
  private readonly current = signal<Lang>(DEFAULT_LANG);

  readonly lang = this.current.asReadonly();

  /** Applies the remembered choice (or Vietnamese) at start-up. */
  init(): Promise<void> {
    return this.apply(resolveLang(this.read()));
  }

  /** Switches language and remembers the choice. */
  async use(lang: Lang): Promise<void> {
    this.write(lang);
    await this.apply(lang);
  }

  private async apply(lang: Lang): Promise<void> {
    await firstValueFrom(this.translate.use(lang));
    this.current.set(lang);
    this.document.documentElement.lang = lang;
    this.title.setTitle(this.translate.instant('app.name'));
  }

  private read(): string | null {
    try {
      return this.document.defaultView?.localStorage.getItem(LANG_STORAGE_KEY) ?? null;
    } catch {
      return null;
    }
  }

  private write(lang: Lang): void {
    try {
      this.document.defaultView?.localStorage.setItem(LANG_STORAGE_KEY, lang);
    } catch {
      // Storage may be disabled; the choice then lasts for this page only.
    }
  }
}
