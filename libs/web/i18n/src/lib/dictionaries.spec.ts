import { firstValueFrom } from 'rxjs';
import { EN } from './en';
import { InBundleTranslateLoader } from './in-bundle-translate-loader';
import { resolveLang } from './languages';
import { VI } from './vi';

function leafKeys(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) =>
    typeof v === 'string' ? [`${prefix}${k}`] : leafKeys(v as object, `${prefix}${k}.`),
  );
}

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
  const loader = new InBundleTranslateLoader();

  it('serves each language from the bundle', async () => {
    expect(await firstValueFrom(loader.getTranslation('en'))).toBe(EN);
    expect(await firstValueFrom(loader.getTranslation('vi'))).toBe(VI);
  });

  it('falls back to Vietnamese for an unknown language', async () => {
    expect(await firstValueFrom(loader.getTranslation('fr'))).toBe(VI);
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
