export const SUPPORTED_LANGS = ['vi', 'en'] as const;
export type Lang = (typeof SUPPORTED_LANGS)[number];
export const DEFAULT_LANG: Lang = 'vi';
/** localStorage key that remembers the person's language choice. */
export const LANG_STORAGE_KEY = 'cds.lang';

export function isSupportedLang(value: unknown): value is Lang {
  return typeof value === 'string' && (SUPPORTED_LANGS as readonly string[]).includes(value);
}

/** The stored choice when it is a language we have, else Vietnamese. */
export function resolveLang(stored: string | null | undefined): Lang {
  return isSupportedLang(stored) ? stored : DEFAULT_LANG;
}
