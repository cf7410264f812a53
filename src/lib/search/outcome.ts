/** What a search is asked and what it answers: the engine's contract with the page and the worker. */
import type { SearchHit } from './hits';

/** What a search found: the first hits and a way to load more. */
export interface SearchOutcome {
  /** Number of matching pages for the chosen type. */
  total: number;
  /** Matching pages per content type, ignoring the type filter. */
  typeCounts: Record<string, number>;
  hits: SearchHit[];
  /**
   * False when no page holds every searched word: the hits are then the pages that hold the most
   * of them, best first (never a dead end).
   */
  complete: boolean;
  /** The words searched for, after the question words were left out ("gia viet bao cao"). */
  searched: string;
  /** Loads the next `count` hits (empty when there are no more). */
  more(count: number): Promise<SearchHit[]>;
}

/** How a search was started. */
export interface SearchOptions {
  /** Content type label to narrow to (Hỏi đáp, …). */
  type?: string | undefined;
  /** How many hits to load at first. */
  first: number;
  /**
   * True while the member is still typing: the last word may be unfinished, so it matches as a
   * prefix ("chuy" finds "chuyển"). False for a submitted or shared query: every word is exact.
   */
  typing: boolean;
  /** Per-type counts are wanted even when no page holds every word (the search page's filters). */
  counts?: boolean;
  /**
   * How many hits beyond `first` to read and re-rank with their page data: each costs a download.
   * Default `RANKING.rerankExtra` (weights.ts).
   */
  rerankExtra?: number;
  /** Returns true once a newer search has replaced this one: its result pages are then not fetched. */
  superseded?: () => boolean;
}
