import { EnvironmentProviders, inject, makeEnvironmentProviders, provideAppInitializer } from '@angular/core';
import { DEFAULT_LANG, InBundleTranslateLoader } from '@cds/web/i18n';
import { provideTranslateLoader, provideTranslateService } from '@ngx-translate/core';
import { LanguageService } from './language-service';

/** ngx-translate with the in-bundle vi/en dictionaries; applies the remembered language at start-up. */
export function provideI18n(): EnvironmentProviders {
  return makeEnvironmentProviders([
    provideTranslateService({
      loader: provideTranslateLoader(InBundleTranslateLoader),
      fallbackLang: DEFAULT_LANG,
    }),
    provideAppInitializer(() => inject(LanguageService).init()),
  ]);
}
