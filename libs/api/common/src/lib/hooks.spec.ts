import { Hooks } from './hooks';

interface Listener {
  ending?(unitId: number): Promise<number>;
  other?(): Promise<void>;
}

describe('Hooks', () => {
  it('calls each listener that has the method, in registration order, one at a time', async () => {
    const hooks = new Hooks<Listener>();
    const calls: string[] = [];
    let running = 0;
    const slow = (name: string, answer: number): Listener => ({
      async ending(unitId) {
        running++;
        expect(running).toBe(1);
        calls.push(`${name}:${unitId}`);
        await new Promise((r) => setTimeout(r, 5));
        running--;
        return answer;
      },
    });
    const a = slow('a', 1);
    hooks.register(a);
    hooks.register({ other: async () => undefined });
    hooks.register(slow('b', 2));
    hooks.register(a); // registering twice changes nothing
    await expect(hooks.run('ending', 7)).resolves.toEqual([1, 2]);
    expect(calls).toEqual(['a:7', 'b:7']);
  });

  it('lets a listener refuse: the error reaches the caller and later listeners are not called', async () => {
    const hooks = new Hooks<Listener>();
    const later = jest.fn(async () => 0);
    hooks.register({ ending: async () => Promise.reject(new Error('refused')) });
    hooks.register({ ending: later });
    await expect(hooks.run('ending', 1)).rejects.toThrow('refused');
    expect(later).not.toHaveBeenCalled();
  });
});
