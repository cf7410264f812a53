/**
 * The messages between the page and the search worker (search-worker.ts). Only data crosses:
 * a search outcome's `more()` becomes a message naming the outcome.
 */
import type { SearchHit, SearchOptions, SearchOutcome } from '~/lib/search/engine';

/** A search's options as they cross to the worker: no functions (`superseded` becomes `group`). */
export type SearchRequestOptions = Omit<SearchOptions, 'superseded'>;

export type WorkerRequest =
  /** Load Pagefind now, while the member types. */
  | { kind: 'warm' }
  /**
   * Run a search. A later search of the same `group` (one search box) supersedes this one: the
   * worker then fetches no result pages for it.
   */
  | { kind: 'search'; id: number; group: string; raw: string; options: SearchRequestOptions }
  /** The next `count` hits of the outcome of search `id`. */
  | { kind: 'more'; id: number; outcome: number; count: number };

/** A search outcome without its function: `more` is asked of the worker by outcome id. */
export type OutcomeData = Omit<SearchOutcome, 'more'>;

export type WorkerReply =
  /** Sent once the worker's module has loaded: until then the page cannot be sure it runs at all. */
  | { kind: 'ready' }
  | { kind: 'outcome'; id: number; outcome: OutcomeData }
  | { kind: 'hits'; id: number; hits: SearchHit[] }
  | { kind: 'error'; id: number; message: string };
