import { inject, Injectable } from '@angular/core';
import { TranslateLoader, TranslationObject } from '@ngx-translate/core';
import { Observable, of } from 'rxjs';
import { resolveLang } from './languages';
import { TranslationRegistry } from './translations';

/**
 * Serves the dictionaries compiled into the bundles (the shell's, plus those of the features loaded
 * so far): no HTTP round trip, no flash of keys.
 */
@Injectable()
export class InBundleTranslateLoader implements TranslateLoader {
  private readonly registry = inject(TranslationRegistry);

  getTranslation(lang: string): Observable<TranslationObject> {
    return of(this.registry.words(resolveLang(lang)) as TranslationObject);
  }
}
