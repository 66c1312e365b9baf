import { TestBed } from '@angular/core/testing';
import { provideTranslateLoader, provideTranslateService, TranslateService } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { InBundleTranslateLoader } from './in-bundle-translate-loader';
import { FeatureWords, mergeWords, provideTranslations, TranslationRegistry } from './translations';

const ORG: FeatureWords = {
  vi: { org: { title: 'Cơ cấu tổ chức', detail: { code: 'Mã đơn vị' } } },
  en: { org: { title: 'Organisation', detail: { code: 'Unit code' } } },
};

describe('feature translations', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideTranslateService({ loader: provideTranslateLoader(InBundleTranslateLoader), fallbackLang: 'vi' })],
    });
  });

  it('merges nested words without losing the base', () => {
    expect(mergeWords({ a: { b: '1', c: '2' } }, { a: { c: '3' }, d: '4' })).toEqual({ a: { b: '1', c: '3' }, d: '4' });
  });

  it('adds a feature to the language already in use, at once (a page opened by a deep link shows its words)', async () => {
    const translate = TestBed.inject(TranslateService);
    await firstValueFrom(translate.use('vi'));
    expect(translate.instant('org.title')).toBe('org.title');
    TestBed.inject(TranslationRegistry).add(ORG);
    expect(translate.instant('org.title')).toBe('Cơ cấu tổ chức');
    expect(translate.instant('nav.dashboard')).toBe('Tổng quan');
  });

  it('keeps the feature words and the shell words when the person switches language later', async () => {
    const translate = TestBed.inject(TranslateService);
    await firstValueFrom(translate.use('vi'));
    TestBed.inject(TranslationRegistry).add(ORG);
    await firstValueFrom(translate.use('en'));
    expect(translate.instant('org.detail.code')).toBe('Unit code');
    expect(translate.instant('nav.dashboard')).toBe('Overview');
  });

  it('is a route-level provider that adds the words when the injector is created', async () => {
    const translate = TestBed.inject(TranslateService);
    await firstValueFrom(translate.use('en'));
    const { createEnvironmentInjector, EnvironmentInjector } = await import('@angular/core');
    createEnvironmentInjector([provideTranslations(ORG)], TestBed.inject(EnvironmentInjector));
    expect(translate.instant('org.title')).toBe('Organisation');
  });
});
