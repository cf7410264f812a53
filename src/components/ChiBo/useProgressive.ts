import { startTransition, useEffect, useState } from 'react';

/** Rows drawn at once; the rest follow in a transition, which React splits into short tasks. */
const FIRST = 60;

/**
 * How many rows of a long list to draw now. A cell of 300 members draws its first rows at once and the others
 * right after, without one long task that would freeze the phone (a tap in between is answered first).
 */
export function useProgressive(count: number): number {
  const [shown, setShown] = useState(() => Math.min(count, FIRST));
  useEffect(() => {
    if (shown >= count) {
      if (shown > count) setShown(count);
      return;
    }
    startTransition(() => setShown(count));
  }, [count, shown]);
  return Math.min(shown, count);
}
