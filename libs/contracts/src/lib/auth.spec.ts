import { passwordProblems } from './auth';

describe('passwordProblems', () => {
  it('accepts a long password with upper case, lower case and a digit, Vietnamese letters included', () => {
    expect(passwordProblems('Demo@12345')).toEqual([]);
    expect(passwordProblems('MậtKhẩu2026')).toEqual([]);
  });

  it('names everything a weak password lacks', () => {
    expect(passwordProblems('short')).toEqual(['too_short', 'no_upper', 'no_digit']);
    expect(passwordProblems('aaaaaaaaaaaa')).toEqual(['no_upper', 'no_digit']);
    expect(passwordProblems('AAAAAAAAAA1')).toEqual(['no_lower']);
  });
});
