/** Paging of search results: the hits already built, then the rest loaded on demand. */

/**
 * A `more(count)` that first hands out `ready` (hits already built, in order) and then builds hits from
 * `rest`, `count` at a time, with `load`; empty once both are spent.
 */
export function pager<T, H>(
  ready: readonly H[],
  rest: readonly T[],
  load: (item: T) => Promise<H>,
): (count: number) => Promise<H[]> {
  const queue = [...ready];
  let next = 0;
  return async (count) => {
    const out = queue.splice(0, count);
    const slice = rest.slice(next, next + (count - out.length));
    next += slice.length;
    out.push(...(await Promise.all(slice.map(load))));
    return out;
  };
}
