import { EnvironmentProviders, inject, Injectable, Injector, provideEnvironmentInitializer } from '@angular/core';
import { TranslateService, TranslationObject } from '@ngx-translate/core';
import { EN } from './en';
import { Lang, SUPPORTED_LANGS } from './languages';
import { VI } from './vi';

/** A feature's words in both languages (same keys; each feature checks that in its spec). */
export interface FeatureWords {
  vi: object;
  en: object;
}

/** The shell's words: in the first bundle. */
export const SHELL_WORDS: FeatureWords = { vi: VI, en: EN };

type Tree = Record<string, unknown>;
const isTree = (v: unknown): v is Tree => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `extra` merged into a copy of `base`, nested objects merged key by key. */
export function mergeWords(base: object, extra: object): Tree {
  const out: Tree = { ...(base as Tree) };
  for (const [key, value] of Object.entries(extra)) {
    out[key] = isTree(out[key]) && isTree(value) ? mergeWords(out[key] as Tree, value) : value;
  }
  return out;
}

/** Every leaf key of a dictionary (`org.detail.code`), for the specs that compare vi and en. */
export function leafKeys(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) =>
    typeof v === 'string' ? [`${prefix}${k}`] : leafKeys(v as object, `${prefix}${k}.`),
  );
}

/**
 * The words known so far: the shell's, plus those of every feature whose routes have loaded.
 * The translate loader serves a language from here, so a language chosen later has every feature's
 * words; a feature that loads after a language was served merges its words into it at once.
 */
@Injectable({ providedIn: 'root' })
export class TranslationRegistry {
  private readonly injector = inject(Injector);
  private readonly features = new Set<FeatureWords>();
  private readonly served = new Set<Lang>();

  /** The whole dictionary of a language, as the loader hands it to ngx-translate. */
  words(lang: Lang): Tree {
    this.served.add(lang);
    return [...this.features].reduce<Tree>((all, f) => mergeWords(all, f[lang]), mergeWords({}, SHELL_WORDS[lang]));
  }

  /** Adds a feature's words (once), and merges them into the languages already loaded. */
  add(words: FeatureWords): void {
    if (this.features.has(words)) return;
    this.features.add(words);
    if (!this.served.size) return;
    // Looked up lazily: TranslateService needs the loader, which needs this registry.
    const translate = this.injector.get(TranslateService);
    for (const lang of SUPPORTED_LANGS) {
      if (this.served.has(lang)) translate.setTranslation(lang, words[lang] as TranslationObject, true);
    }
  }
}

/**
 * Route-level provider: the feature's words are added to ngx-translate when its routes load, before
 * its guards and components run, so a page opened by a deep link shows words, never keys; and they
 * stay when the person switches language.
 */
export function provideTranslations(words: FeatureWords): EnvironmentProviders {
  return provideEnvironmentInitializer(() => inject(TranslationRegistry).add(words));
}
