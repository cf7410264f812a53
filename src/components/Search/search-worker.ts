/**
 * The search worker: the whole search (Pagefind's WebAssembly, the question words, the fallback to
 * the nearest pages, the FAQ re-ranking) runs here, off the page's main thread, so typing and
 * scrolling never wait for it. One message per search; the page only draws the hits
 * (search-client.ts). Precached with the rest of dist/, so it works offline.
 */
import { loadPagefind, search, type SearchOutcome } from '~/lib/search/engine';
import type { WorkerReply, WorkerRequest } from './search-messages';

/** The latest search id of each group: an older one is superseded. */
const latest = new Map<string, number>();
/** Outcomes whose `more()` may still be asked, by search id; one per group. */
const outcomes = new Map<number, SearchOutcome>();
const groupOutcome = new Map<string, number>();

const reply = (message: WorkerReply) => postMessage(message);
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

async function handle(message: WorkerRequest): Promise<void> {
  if (message.kind === 'warm') {
    await loadPagefind().catch(() => undefined);
    return;
  }
  if (message.kind === 'more') {
    try {
      reply({ kind: 'hits', id: message.id, hits: (await outcomes.get(message.outcome)?.more(message.count)) ?? [] });
    } catch (error) {
      reply({ kind: 'error', id: message.id, message: messageOf(error) });
    }
    return;
  }
  const { id, group, raw, options } = message;
  latest.set(group, id);
  try {
    const outcome = await search(raw, { ...options, superseded: () => latest.get(group) !== id });
    const previous = groupOutcome.get(group);
    if (previous !== undefined) outcomes.delete(previous);
    outcomes.set(id, outcome);
    groupOutcome.set(group, id);
    const { more: _more, ...data } = outcome;
    reply({ kind: 'outcome', id, outcome: data });
  } catch (error) {
    reply({ kind: 'error', id, message: messageOf(error) });
  }
}

addEventListener('message', (e: MessageEvent<WorkerRequest>) => void handle(e.data));
reply({ kind: 'ready' });
