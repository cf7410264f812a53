/**
 * When to start React on the page's copy of a first step: in a pause of the member's typing, not under
 * their fingers. React's start is one long task on a cheap phone (about half a second at 4× CPU); a key
 * pressed during it waits for it. Letters typed before it need no code (the copy is plain HTML), so
 * starting a moment after the last one costs nothing, and the island then takes the text over and saves it.
 */

/** The performance mark made when React starts on the page. */
export const REPORT_START_MARK = 'gtlt:report-form-start';

/** A pause this long after the last key is a pause: a word finished, not a letter between two. */
export const PAUSE_MS = 900;
/** Typing without a pause for this long still gets the form started, so what is typed gets saved. */
export const LONGEST_WAIT_MS = 6000;

export interface TypingWatch {
  /** Resolves in the next pause of typing, at once if there is no typing, within LONGEST_WAIT_MS. */
  pause(): Promise<void>;
  /** No more waiting: a press needs the form now, or the page is going away. */
  hurry(): void;
}

/** Watches typing in `root` from now on. */
export function watchTyping(root: HTMLElement, clock: () => number = () => performance.now()): TypingWatch {
  let lastKey = -Infinity;
  let hurried = false;
  const wake = new Set<() => void>();
  const onKey = () => (lastKey = clock());
  // A tap into a field counts as the start of typing: the first letter follows it while the keyboard opens.
  for (const type of ['pointerdown', 'focusin', 'keydown', 'input', 'compositionupdate'])
    root.addEventListener(type, onKey, { capture: true });
  const hurry = () => {
    hurried = true;
    for (const done of wake) done();
  };
  document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && hurry());
  window.addEventListener('pagehide', hurry);

  return {
    hurry,
    pause: () =>
      new Promise<void>((resolve) => {
        const until = clock() + LONGEST_WAIT_MS;
        let timer: ReturnType<typeof setTimeout> | undefined;
        const done = () => {
          clearTimeout(timer);
          wake.delete(done);
          resolve();
        };
        const check = () => {
          const now = clock();
          const quietAt = lastKey + PAUSE_MS;
          if (hurried || now >= quietAt || now >= until) return done();
          timer = setTimeout(check, Math.min(quietAt, until) - now);
        };
        wake.add(done);
        check();
      }),
  };
}
