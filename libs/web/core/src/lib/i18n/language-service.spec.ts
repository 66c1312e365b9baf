import { TestBed } from '@angular/core/testing';
import { LANG_STORAGE_KEY } from '@cds/web/i18n';
import { TranslateService } from '@ngx-translate/core';
import { LanguageService } from './language-service';
import { provideI18n } from './provide-i18n';

describe('LanguageService', () => {
  function setup() {
    TestBed.configureTestingModule({ providers: [provideI18n()] });
    return { service: TestBed.inject(LanguageService), translate: TestBed.inject(TranslateService) };
  }

  beforeEach(() => {
    localStorage.clear();
    document.documentElement.lang = '';
  });

  it('starts in Vietnamese when nothing is remembered', async () => {
    const { service, translate } = setup();
    await service.init();
    expect(service.lang()).toBe('vi');
    expect(document.documentElement.lang).toBe('vi');
    expect(translate.instant('nav.audit')).toBe('Nhật ký hệ thống');
  });

  it('switches to English, remembers it in localStorage and updates <html lang>', async () => {
    const { service, translate } = setup();
    await service.init();
    await service.use('en');
    expect(localStorage.getItem(LANG_STORAGE_KEY)).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(service.lang()).toBe('en');
    expect(translate.instant('nav.audit')).toBe('Audit log');
  });

  it('comes back in the remembered language', async () => {
    localStorage.setItem(LANG_STORAGE_KEY, 'en');
    const { service, translate } = setup();
    await service.init();
    expect(service.lang()).toBe('en');
    expect(translate.instant('dashboard.title')).toBe('Overview');
  });
});
