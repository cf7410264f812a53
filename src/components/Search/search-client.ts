/**
 * The page's side of the search: sends each search to the search worker (search-worker.ts) and
 * gets back hits ready to draw, so the page's main thread never runs Pagefind or the ranking.
 * Where a worker cannot start (an old browser without module workers, a blocked script), the same
 * service (search-service.ts) runs in the page instead, loaded only then.
 */
import type { SearchHit, SearchOutcome } from '~/lib/search/engine';
import type { OutcomeData, SearchRequestOptions, WorkerReply, WorkerRequest } from './search-messages';

type Pending = {
  request: WorkerRequest & { id: number };
  resolve: (reply: WorkerReply) => void;
  reject: (error: Error) => void;
};

let worker: Worker | undefined;
/** Set once the worker has said it runs: from then on a failure is an error, not a reason to fall back. */
let ready = false;
/** True when the worker could not start: searches run in the page. */
let inPage = false;
let nextId = 0;
const pending = new Map<number, Pending>();

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
  if (!ready) {
    // The worker never ran: answer what was asked in the page.
    inPage = true;
    for (const p of pending.values()) void answerInPage(p.request);
    return;
  }
  ready = false;
  for (const p of pending.values()) p.reject(new Error('search worker stopped'));
  pending.clear();
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

let inPageService: Promise<(request: WorkerRequest) => Promise<WorkerReply | undefined>> | undefined;

/** The worker's service, run in the page: loaded only when no worker can start. */
async function answerInPage(request: WorkerRequest): Promise<void> {
  try {
    inPageService ??= import('./search-service').then((m) => m.createSearchService());
    const answer = await (await inPageService)(request);
    if (answer) settle(answer);
  } catch (error) {
    inPageService = undefined;
    if (request.kind === 'warm') return;
    pending.get(request.id)?.reject(error instanceof Error ? error : new Error(String(error)));
    pending.delete(request.id);
  }
}

/** Sends a request to the worker, or to the in-page service; resolves with its reply. */
function ask(request: WorkerRequest & { id: number }): Promise<WorkerReply> {
  return new Promise((resolve, reject) => {
    pending.set(request.id, { request, resolve, reject });
    const target = startWorker();
    if (target) target.postMessage(request);
    else void answerInPage(request);
  });
}

/** Starts the worker and has it load Pagefind, while the member is still typing. */
export function warmSearch(): void {
  const request: WorkerRequest = { kind: 'warm' };
  const target = startWorker();
  if (target) target.postMessage(request);
  else void answerInPage(request);
}

/**
 * Runs a search (see `runSearch` in src/lib/search/engine.ts). `group` names the box searching: a
 * later search of the same group supersedes this one, which then fetches no result pages.
 */
export async function search(raw: string, options: SearchRequestOptions, group: string): Promise<SearchOutcome> {
  const id = ++nextId;
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
