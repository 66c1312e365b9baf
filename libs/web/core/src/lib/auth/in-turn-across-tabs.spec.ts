import { firstValueFrom, Subject } from 'rxjs';
import { inTurnAcrossTabs, LockManagerLike } from './in-turn-across-tabs';

/** A lock manager that grants one named lock at a time, in request order, like navigator.locks. */
function fakeLocks(): LockManagerLike {
  let tail: Promise<unknown> = Promise.resolve();
  return {
    request: (_name, _options, callback) => {
      const run = tail.then(() => callback());
      tail = run.catch(() => undefined);
      return run;
    },
  };
}

describe('inTurnAcrossTabs', () => {
  it('starts the second piece of work only after the first has finished', async () => {
    const locks = fakeLocks();
    const started: string[] = [];
    const first = new Subject<string>();
    const second = new Subject<string>();
    const a = firstValueFrom(inTurnAcrossTabs('refresh', () => (started.push('a'), first), locks));
    const b = firstValueFrom(inTurnAcrossTabs('refresh', () => (started.push('b'), second), locks));
    await new Promise((r) => setTimeout(r));
    expect(started).toEqual(['a']);
    first.next('token-a');
    first.complete();
    expect(await a).toBe('token-a');
    await new Promise((r) => setTimeout(r));
    expect(started).toEqual(['a', 'b']);
    second.next('token-b');
    second.complete();
    expect(await b).toBe('token-b');
  });

  it('passes errors through and releases the lock', async () => {
    const locks = fakeLocks();
    const failing = new Subject<string>();
    const a = firstValueFrom(inTurnAcrossTabs('refresh', () => failing, locks));
    await new Promise((r) => setTimeout(r));
    failing.error(new Error('401'));
    await expect(a).rejects.toThrow('401');
    const ok = new Subject<string>();
    const b = firstValueFrom(inTurnAcrossTabs('refresh', () => ok, locks));
    await new Promise((r) => setTimeout(r));
    ok.next('t');
    ok.complete();
    expect(await b).toBe('t');
  });

  it('just runs the work where the browser has no locks', async () => {
    const work = new Subject<number>();
    const result = firstValueFrom(inTurnAcrossTabs('refresh', () => work, undefined));
    work.next(1);
    work.complete();
    expect(await result).toBe(1);
  });
});
