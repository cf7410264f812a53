/**
 * An import (or any load) that is made once and kept when it works, but forgotten when it fails, so the
 * next call downloads again: a failed download on a weak line is never kept for the life of the page.
 * Every lazy import of the report form goes through it (its lazy parts, its engine, the check's resolver,
 * the island itself).
 */
export function retrying<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | null = null;
  return () => {
    pending ??= load().catch((error: unknown) => {
      pending = null;
      throw error;
    });
    return pending;
  };
}
