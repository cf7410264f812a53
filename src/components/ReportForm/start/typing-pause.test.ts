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

/** A watch on a fresh field, and a key pressed in it. */
function watching() {
  const root = new EventTarget();
  const watch = watchTyping(root as unknown as HTMLElement, clock);
  const key = () => root.dispatchEvent(new Event('keydown'));
  return { root, watch, key };
}

/** Asks for the next pause now; the function returned lets `ms` pass and says whether the pause has come. */
function waitForPause(watch: ReturnType<typeof watchTyping>) {
  let done = false;
  void watch.pause().then(() => (done = true));
  return async (ms = 0) => {
    pass(ms);
    await Promise.resolve();
    return done;
  };
}

describe('watchTyping', () => {
  it('without typing, the pause is now', async () => {
    const { watch } = watching();
    expect(await waitForPause(watch)()).toBe(true);
  });

  it('waits for PAUSE_MS after the last key, however many keys came before', async () => {
    const { watch, key } = watching();
    key();
    const pausedAfter = waitForPause(watch);
    for (let i = 0; i < 10; i++) {
      pass(PAUSE_MS / 3);
      key();
    }
    expect(await pausedAfter()).toBe(false);
    expect(await pausedAfter(PAUSE_MS - 1)).toBe(false);
    expect(await pausedAfter(1)).toBe(true);
  });

  it('a tap into a field counts as the start of typing', async () => {
    const { root, watch } = watching();
    root.dispatchEvent(new Event('pointerdown'));
    const pausedAfter = waitForPause(watch);
    expect(await pausedAfter(PAUSE_MS - 1)).toBe(false);
    expect(await pausedAfter(1)).toBe(true);
  });

  it('typing without a pause still ends the wait after LONGEST_WAIT_MS, so what is typed gets saved', async () => {
    const { watch, key } = watching();
    key();
    const pausedAfter = waitForPause(watch);
    for (let t = 0; t < LONGEST_WAIT_MS - 100; t += 100) {
      pass(100);
      key();
    }
    expect(await pausedAfter()).toBe(false);
    expect(await pausedAfter(100)).toBe(true);
  });

  it('a press, or the page going away, ends the wait at once', async () => {
    const pressed = watching();
    pressed.key();
    const pressedPause = waitForPause(pressed.watch);
    pressed.watch.hurry();
    expect(await pressedPause()).toBe(true);
    // And a start asked for after the press does not wait either, though the last key was just now.
    pressed.key();
    expect(await waitForPause(pressed.watch)()).toBe(true);

    const leaving = watching();
    leaving.key();
    const leavingPause = waitForPause(leaving.watch);
    win.dispatchEvent(new Event('pagehide'));
    expect(await leavingPause()).toBe(true);
  });
});
