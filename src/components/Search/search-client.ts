/**
 * The page's side of the search: sends each search to the search worker (search-worker.ts) and
 * gets back hits ready to draw, so the page's main thread never runs Pagefind or the ranking.
 * Where a worker cannot start (an old browser without module workers, a blocked script), the same
 * engine runs in the page instead, loaded only then.
 */
import type { SearchHit, SearchOutcome } from '~/lib/search/engine';
import type { OutcomeData, SearchRequestOptions, WorkerReply, WorkerRequest } from './search-messages';

type Pending = { request: WorkerRequest & { id: number }; resolve: (reply: WorkerReply) => void; reject: (error: Error) => void };

let worker: Worker | undefined;
/** Set once the worker has said it runs: from then on a failure is an error, not a reason to fall back. */
let ready = false;
/** True when the worker could not start: searches run in the page. */
let inPage = false;
let nextId = 0;
const pending = new Map<number, Pending>();
/** The latest search of each group, for the in-page engine's `superseded`. */
const latest = new Map<string, number>();

function settle(reply: WorkerReply): void {
  if (reply.kind === 'ready') {
    ready = true;
    return;
  }
  const waiting = pending.get(reply.id);
  if (!waiting) return;
  pending.delete(reply.id);
  if (reply.kind === 'error') waiting.reject(new Error(reply.message));
  else waiting.resolve(reply);
}

function fail(): void {
  worker?.terminate();
  worker = undefined;
  const waiting = [...pending.values()];
  pending.clear();
  if (!ready) {
    // The worker never ran: run what was asked in the page.
    inPage = true;
    for (const p of waiting) void runInPage(p.request).then(p.resolve, p.reject);
  } else {
    ready = false;
    for (const p of waiting) p.reject(new Error('search worker stopped'));
  }
}

function startWorker(): Worker | undefined {
  if (inPage) return undefined;
  if (worker) return worker;
  try {
    worker = new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module', name: 'tim-kiem' });
  } catch {
    inPage = true;
    return undefined;
  }
  worker.addEventListener('message', (e: MessageEvent<WorkerReply>) => settle(e.data));
  worker.addEventListener('error', (e) => {
    e.preventDefault();
    fail();
  });
  worker.addEventListener('messageerror', fail);
  return worker;
}

/** In-page outcomes whose `more()` may still be asked, by search id. */
const inPageOutcomes = new Map<number, SearchOutcome>();

async function runInPage(request: WorkerRequest & { id: number }): Promise<WorkerReply> {
  const engine = await import('~/lib/search/engine');
  if (request.kind === 'more') {
    return { kind: 'hits', id: request.id, hits: (await inPageOutcomes.get(request.outcome)?.more(request.count)) ?? [] };
  }
  if (request.kind !== 'search') throw new Error('unexpected request');
  const { id, group } = request;
  const outcome = await engine.search(request.raw, { ...request.options, superseded: () => latest.get(group) !== id });
  inPageOutcomes.set(id, outcome);
  const { more: _more, ...data } = outcome;
  return { kind: 'outcome', id, outcome: data };
}

function ask(request: WorkerRequest & { id: number }): Promise<WorkerReply> {
  const target = startWorker();
  if (!target) return runInPage(request);
  return new Promise((resolve, reject) => {
    pending.set(request.id, { request, resolve, reject });
    target.postMessage(request);
  });
}

/** Starts the worker and has it load Pagefind, while the member is still typing. */
export function warmSearch(): void {
  const target = startWorker();
  if (target) target.postMessage({ kind: 'warm' } satisfies WorkerRequest);
  else void import('~/lib/search/engine').then((engine) => engine.loadPagefind()).catch(() => undefined);
}

/**
 * Runs a search (see `runSearch` in src/lib/search/engine.ts). `group` names the box searching: a
 * later search of the same group supersedes this one, which then fetches no result pages.
 */
export async function search(raw: string, options: SearchRequestOptions, group: string): Promise<SearchOutcome> {
  const id = ++nextId;
  latest.set(group, id);
  const reply = await ask({ kind: 'search', id, group, raw, options });
  if (reply.kind !== 'outcome') throw new Error('unexpected reply');
  const data: OutcomeData = reply.outcome;
  return {
    ...data,
    more: async (count: number): Promise<SearchHit[]> => {
      const next = await ask({ kind: 'more', id: ++nextId, outcome: id, count });
      return next.kind === 'hits' ? next.hits : [];
    },
  };
}
