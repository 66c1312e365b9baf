import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { EnvironmentProviders, Provider } from '@angular/core';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { provideRouter } from '@angular/router';
import { provideAppIcons, provideDirectoryIcons, provideI18n } from '@cds/web/core';
import { provideTranslations } from '@cds/web/i18n';
import { LEARNING_WORDS } from '../i18n/learning-words';

/** What the learning and attendance screens need in a spec: HTTP testing, Vietnamese words, icons. */
export function learningTestProviders(): (Provider | EnvironmentProviders)[] {
  return [
    provideHttpClient(),
    provideHttpClientTesting(),
    provideI18n(),
    provideTranslations(LEARNING_WORDS),
    provideNoopAnimations(),
    provideRouter([]),
    provideAppIcons(),
    provideDirectoryIcons(),
  ];
}

/** An element's text with its white space folded. */
export const text = (el: Element | null | undefined): string => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
