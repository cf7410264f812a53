import { describe, expect, it } from 'vitest';
import { retrying } from './retrying';

describe('retrying', () => {
  it('loads once while it works, and again after a failure', async () => {
    let calls = 0;
    let fail = true;
    const load = retrying(async () => {
      calls++;
      if (fail) throw new Error('offline');
      return calls;
    });
    await expect(load()).rejects.toThrow('offline');
    fail = false;
    await expect(load()).resolves.toBe(2);
    await expect(load()).resolves.toBe(2);
    expect(calls).toBe(2);
  });

  it('shares one pending load between callers', async () => {
    let calls = 0;
    const load = retrying(async () => ++calls);
    const [a, b] = await Promise.all([load(), load()]);
    expect([a, b, calls]).toEqual([1, 1, 1]);
  });
});
