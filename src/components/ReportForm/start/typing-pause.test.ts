import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LONGEST_WAIT_MS, PAUSE_MS, watchTyping } from './typing-pause';

// The module listens on the document and the window for the page going away: plain event targets here.
const page = Object.assign(new EventTarget(), { visibilityState: 'visible' });
const win = new EventTarget();

let now = 0;
const clock = () => now;
/** Moves the fake clock and the fake timers together. */
const pass = (ms: number) => {
  now += ms;
  vi.advanceTimersByTime(ms);
};

beforeEach(() => {
  vi.useFakeTimers();
  vi.stubGlobal('document', page);
  vi.stubGlobal('window', win);
  now = 0;
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

/** A watch on a fresh field, and a flag for when its pause came. */
function watching() {
  const root = new EventTarget();
  const watch = watchTyping(root as unknown as HTMLElement, clock);
  const key = () => root.dispatchEvent(new Event('keydown'));
  return { root, watch, key };
}

describe('watchTyping', () => {
  it('without typing, the pause is now', async () => {
    const { watch } = watching();
    let done = false;
    void watch.pause().then(() => (done = true));
    await vi.runAllTimersAsync();
    expect(done).toBe(true);
  });

  it('waits for PAUSE_MS after the last key, however many keys came before', async () => {
    const { watch, key } = watching();
    let done = false;
    key();
    void watch.pause().then(() => (done = true));
    for (let i = 0; i < 10; i++) {
      pass(PAUSE_MS / 3);
      key();
    }
    await Promise.resolve();
    expect(done).toBe(false);
    pass(PAUSE_MS - 1);
    await Promise.resolve();
    expect(done).toBe(false);
    pass(1);
    await Promise.resolve();
    expect(done).toBe(true);
  });

  it('a tap into a field counts as the start of typing', async () => {
    const { root, watch } = watching();
    let done = false;
    root.dispatchEvent(new Event('pointerdown'));
    void watch.pause().then(() => (done = true));
    pass(PAUSE_MS - 1);
    await Promise.resolve();
    expect(done).toBe(false);
    pass(1);
    await Promise.resolve();
    expect(done).toBe(true);
  });

  it('typing without a pause still ends the wait after LONGEST_WAIT_MS, so what is typed gets saved', async () => {
    const { watch, key } = watching();
    let done = false;
    key();
    void watch.pause().then(() => (done = true));
    for (let t = 0; t < LONGEST_WAIT_MS - 100; t += 100) {
      pass(100);
      key();
    }
    await Promise.resolve();
    expect(done).toBe(false);
    pass(100);
    await Promise.resolve();
    expect(done).toBe(true);
  });

  it('a press, or the page going away, ends the wait at once', async () => {
    const pressed = watching();
    let first = false;
    pressed.key();
    void pressed.watch.pause().then(() => (first = true));
    pressed.watch.hurry();
    await Promise.resolve();
    expect(first).toBe(true);

    const leaving = watching();
    let second = false;
    leaving.key();
    void leaving.watch.pause().then(() => (second = true));
    win.dispatchEvent(new Event('pagehide'));
    await Promise.resolve();
    expect(second).toBe(true);
  });
});
