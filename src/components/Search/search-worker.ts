/**
 * The search worker: the whole search (Pagefind's WebAssembly, the question words, the fallback to
 * the nearest pages, the FAQ re-ranking) runs here, off the page's main thread, so typing and
 * scrolling never wait for it. One message per search; the page only draws the hits
 * (search-client.ts). Precached with the rest of dist/, so it works offline.
 */
import type { WorkerReply, WorkerRequest } from './search-messages';
import { createSearchService } from './search-service';

const serve = createSearchService();
const reply = (message: WorkerReply) => postMessage(message);

addEventListener('message', (e: MessageEvent<WorkerRequest>) => {
  void serve(e.data).then((answer) => answer && reply(answer));
});
reply({ kind: 'ready' });
