import { coversPath, hasRole, Principal } from './principal';

const caller: Principal = {
  accountId: 1,
  personId: 1,
  email: 'a@b.vn',
  fullName: 'Nguyễn Văn A',
  sessionId: 's',
  grants: [
    { role: 'unit_admin', orgUnitId: 8, orgUnitName: 'Huyện Giao Thủy', orgUnitPath: '/1/8/' },
    { role: 'learner', orgUnitId: 20, orgUnitName: 'Xã Giao Thiện', orgUnitPath: '/1/8/20/' },
  ],
};

describe('principal scope', () => {
  it('covers the granted unit and everything below it, for the granted role only', () => {
    expect(coversPath(caller, ['unit_admin'], '/1/8/')).toBe(true);
    expect(coversPath(caller, ['unit_admin'], '/1/8/21/')).toBe(true);
    expect(coversPath(caller, ['unit_admin'], '/1/9/')).toBe(false);
    expect(coversPath(caller, ['unit_admin'], '/1/')).toBe(false);
    expect(coversPath(caller, ['admin'], '/1/8/')).toBe(false);
  });

  it('does not confuse /1/8/ with /1/80/', () => {
    expect(coversPath(caller, ['unit_admin'], '/1/80/')).toBe(false);
  });

  it('covers the history of units merged into the granted subtree', () => {
    const successor: Principal = {
      ...caller,
      grants: [{ role: 'unit_admin', orgUnitId: 30, orgUnitName: 'Xã Giao Minh', orgUnitPath: '/2/30/', scopePaths: ['/2/30/', '/1/8/20/'] }],
    };
    expect(coversPath(successor, ['unit_admin'], '/1/8/20/')).toBe(true);
    expect(coversPath(successor, ['unit_admin'], '/1/8/21/')).toBe(false);
  });

  it('knows which roles the caller holds anywhere', () => {
    expect(hasRole(caller, ['learner'])).toBe(true);
    expect(hasRole(caller, ['certifier', 'admin'])).toBe(false);
  });
});
