/**
 * Answers the search requests of search-messages.ts with the engine (src/lib/search/engine.ts).
 * The search worker runs it (search-worker.ts); where no worker can start, the page runs the same
 * service itself (search-client.ts).
 */
import { loadPagefind, search, type SearchOutcome } from '~/lib/search/engine';
import type { WorkerReply, WorkerRequest } from './search-messages';

/** A service: one reply for each search or `more` request; none for `warm`. */
export function createSearchService(): (request: WorkerRequest) => Promise<WorkerReply | undefined> {
  /** The latest search id of each group: an older one is superseded. */
  const latest = new Map<string, number>();
  /** The outcome of each group's latest search, whose `more()` may still be asked. */
  const outcomes = new Map<string, { id: number; outcome: SearchOutcome }>();
  const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

  return async (request) => {
    if (request.kind === 'warm') {
      await loadPagefind().catch(() => undefined);
      return undefined;
    }
    try {
      if (request.kind === 'more') {
        const held = [...outcomes.values()].find((o) => o.id === request.outcome);
        return { kind: 'hits', id: request.id, hits: (await held?.outcome.more(request.count)) ?? [] };
      }
      const { id, group, raw, options } = request;
      latest.set(group, id);
      const outcome = await search(raw, { ...options, superseded: () => latest.get(group) !== id });
      if (latest.get(group) === id) outcomes.set(group, { id, outcome });
      const { more: _more, ...data } = outcome;
      return { kind: 'outcome', id, outcome: data };
    } catch (error) {
      return { kind: 'error', id: request.id, message: messageOf(error) };
    }
  };
}
