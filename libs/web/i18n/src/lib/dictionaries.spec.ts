import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { EN } from './en';
import { InBundleTranslateLoader } from './in-bundle-translate-loader';
import { resolveLang } from './languages';
import { leafKeys, TranslationRegistry } from './translations';
import { VI } from './vi';

describe('dictionaries', () => {
  it('have the same keys in Vietnamese and English', () => {
    expect(leafKeys(EN).sort()).toEqual(leafKeys(VI).sort());
  });

  it('have no empty strings', () => {
    const values = (o: object): string[] =>
      Object.values(o).flatMap((v) => (typeof v === 'string' ? [v] : values(v as object)));
    expect(values(VI).filter((v) => !v.trim())).toEqual([]);
    expect(values(EN).filter((v) => !v.trim())).toEqual([]);
  });

  it('use the Vietnamese role names of the glossary', () => {
    expect(VI.roles).toEqual({
      learner: 'Học viên',
      trainer: 'Giảng viên',
      unit_admin: 'Quản trị đơn vị',
      certifier: 'Cán bộ Sở (cấp chứng nhận)',
      admin: 'Quản trị hệ thống',
    });
  });
});

describe('InBundleTranslateLoader', () => {
  const loader = () => TestBed.runInInjectionContext(() => new InBundleTranslateLoader());

  it('serves each language from the bundle', async () => {
    expect(await firstValueFrom(loader().getTranslation('en'))).toEqual(EN);
    expect(await firstValueFrom(loader().getTranslation('vi'))).toEqual(VI);
  });

  it('falls back to Vietnamese for an unknown language', async () => {
    expect(await firstValueFrom(loader().getTranslation('fr'))).toEqual(VI);
  });

  it("serves the words of the features added so far with the shell's", async () => {
    TestBed.inject(TranslationRegistry).add({ vi: { org: { title: 'Cơ cấu tổ chức' } }, en: { org: { title: 'Organisation' } } });
    const en = (await firstValueFrom(loader().getTranslation('en'))) as Record<string, Record<string, string>>;
    expect(en['org']['title']).toBe('Organisation');
    expect(en['nav']['dashboard']).toBe(EN.nav.dashboard);
  });
});

describe('resolveLang', () => {
  it('keeps a supported choice and defaults to vi', () => {
    expect(resolveLang('en')).toBe('en');
    expect(resolveLang('vi')).toBe('vi');
    expect(resolveLang(null)).toBe('vi');
    expect(resolveLang('EN')).toBe('vi');
  });
});
