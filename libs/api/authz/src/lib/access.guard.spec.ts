import { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Public } from './access.decorators';
import { AccessGuard } from './access.guard';

class Fixture {
  undeclared() {
    return 'no rule';
  }
  @Public() open() {
    return 'public';
  }
}

const contextFor = (handler: () => void, user?: unknown): ExecutionContext =>
  ({
    getHandler: () => handler,
    getClass: () => Fixture,
    switchToHttp: () => ({ getRequest: () => ({ method: 'GET', url: '/x', user, headers: {} }), getResponse: () => ({}) }),
  }) as unknown as ExecutionContext;

describe('AccessGuard', () => {
  const guard = new AccessGuard(new Reflector());

  it('denies a route that declares no access rule', async () => {
    await expect(guard.canActivate(contextFor(Fixture.prototype.undeclared))).rejects.toMatchObject({ status: 403, code: 'auth.forbidden' });
  });

  it('lets anyone through a public route', async () => {
    await expect(guard.canActivate(contextFor(Fixture.prototype.open))).resolves.toBe(true);
  });
});
