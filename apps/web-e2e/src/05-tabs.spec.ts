import { expect, test } from '@playwright/test';
import { account, signIn } from './support';

/**
 * Tabs share the refresh cookie, and a refresh token presented twice ends the session. Two tabs
 * that reload at the same moment must take turns refreshing, and both stay signed in.
 */
test('two tabs reloading at the same moment both stay signed in', async ({ context }) => {
  const who = account('certifier');
  const first = await context.newPage();
  await signIn(first, who);
  const second = await context.newPage();
  await second.goto('/');
  await expect(second.getByRole('heading', { level: 1 })).toHaveText(`Xin chào, ${who.fullName}!`);

  for (let round = 0; round < 3; round++) {
    await Promise.all([first.reload(), second.reload()]);
    for (const tab of [first, second]) await expect(tab.getByRole('heading', { level: 1 })).toHaveText(`Xin chào, ${who.fullName}!`);
  }
  // And the session is still alive afterwards, in a tab opened later.
  const third = await context.newPage();
  await third.goto('/profile');
  await expect(third.getByRole('heading', { level: 1 })).toHaveText('Hồ sơ cá nhân');
});
