/**
 * How a domain lets the domains that depend on it take part in its operations without knowing
 * them: the upstream domain declares a listener interface and an injectable `Hooks` of it; a
 * downstream domain registers its listener when its module starts. The upstream domain then calls
 * every listener inside its own transaction (passed as an argument), so the downstream domain
 * writes its own tables through its own rules, and the whole operation commits or rolls back as one.
 */
export class Hooks<T extends object> {
  private readonly listeners: T[] = [];

  register(listener: T): void {
    if (!this.listeners.includes(listener)) this.listeners.push(listener);
  }

  /**
   * Calls `method` on every listener that has it, one after another in registration order (they
   * share the caller's transaction, so never at once), and returns their answers.
   */
  async run<K extends keyof T>(method: K, ...args: T[K] extends ((...a: infer A) => unknown) | undefined ? A : never): Promise<Awaited<T[K] extends ((...a: never[]) => infer R) | undefined ? R : never>[]> {
    const results = [];
    for (const listener of this.listeners) {
      const fn = listener[method] as unknown as ((...a: unknown[]) => unknown) | undefined;
      if (typeof fn === 'function') results.push(await fn.apply(listener, args));
    }
    return results as never;
  }
}
