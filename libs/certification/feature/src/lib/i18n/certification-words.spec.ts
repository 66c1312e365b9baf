import { CERTIFICATE_STATES, COMPLETION_GAPS } from '@cds/contracts';
import { leafKeys } from '@cds/web/i18n';
import { CERTIFICATION_EN } from './certification.en';
import { CERTIFICATION_VI } from './certification.vi';

const values = (o: object): string[] => Object.values(o).flatMap((v) => (typeof v === 'string' ? [v] : values(v as object)));
const params = (o: object, prefix = ''): string[] =>
  Object.entries(o).flatMap(([k, v]) =>
    typeof v === 'string' ? [`${prefix}${k}:${(v.match(/{{\s*\w+\s*}}/g) ?? []).sort().join(',')}`] : params(v as object, `${prefix}${k}.`),
  );

describe('certification words', () => {
  it('have the same keys in Vietnamese and English, and no empty strings', () => {
    expect(leafKeys(CERTIFICATION_EN).sort()).toEqual(leafKeys(CERTIFICATION_VI).sort());
    expect([...values(CERTIFICATION_VI), ...values(CERTIFICATION_EN)].filter((v) => !v.trim())).toEqual([]);
  });

  it('use the same {{placeholders}} in both languages', () => {
    expect(params(CERTIFICATION_EN).sort()).toEqual(params(CERTIFICATION_VI).sort());
  });

  it('name every state of a certificate, as the public page shows it too', () => {
    expect(Object.keys(CERTIFICATION_VI.certification.states).sort()).toEqual([...CERTIFICATE_STATES].sort());
    expect(CERTIFICATION_VI.certification.states).toEqual({ valid: 'Hợp lệ', expired: 'Đã hết hạn', revoked: 'Đã thu hồi', superseded: 'Đã được thay thế' });
    expect(Object.keys(CERTIFICATION_VI.certification.verify.verdicts).sort()).toEqual([...CERTIFICATE_STATES, 'unverified'].sort());
  });

  it('say every reason a learner has not completed yet', () => {
    expect(Object.keys(CERTIFICATION_VI.certification.gaps).sort()).toEqual([...COMPLETION_GAPS].sort());
  });
});
