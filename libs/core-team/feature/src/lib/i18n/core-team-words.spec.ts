import { leafKeys } from '@cds/web/i18n';
import { CORE_TEAM_EN } from './core-team.en';
import { CORE_TEAM_VI } from './core-team.vi';

describe('core-team words', () => {
  it('have the same keys in Vietnamese and English, and no empty strings', () => {
    expect(leafKeys(CORE_TEAM_EN).sort()).toEqual(leafKeys(CORE_TEAM_VI).sort());
    const values = (o: object): string[] => Object.values(o).flatMap((v) => (typeof v === 'string' ? [v] : values(v as object)));
    expect([...values(CORE_TEAM_VI), ...values(CORE_TEAM_EN)].filter((v) => !v.trim())).toEqual([]);
  });
});
