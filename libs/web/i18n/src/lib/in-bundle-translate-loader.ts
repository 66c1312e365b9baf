import { Injectable } from '@angular/core';
import { TranslateLoader, TranslationObject } from '@ngx-translate/core';
import { Observable, of } from 'rxjs';
import { EN } from './en';
import { resolveLang } from './languages';
import { Dictionary, VI } from './vi';

export const DICTIONARIES: Readonly<Record<'vi' | 'en', Dictionary>> = { vi: VI, en: EN };

/** Serves the dictionaries compiled into the bundle: no HTTP round trip, no flash of keys. */
@Injectable()
export class InBundleTranslateLoader implements TranslateLoader {
  getTranslation(lang: string): Observable<TranslationObject> {
    return of(DICTIONARIES[resolveLang(lang)] as unknown as TranslationObject);
  }
}
