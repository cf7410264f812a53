import { existsSync } from 'node:fs';
import { startStaticServer } from '../support/static-server.mjs';

/** Serves the built site on 127.0.0.1 at a free port for the whole run; workers read SITE_ORIGIN. */
export default async function globalSetup() {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npx astro build` first (npm test does).');
  const { origin, server } = await startStaticServer({ root: 'dist' });
  process.env['SITE_ORIGIN'] = origin;
  return async () => {
    server.closeAllConnections();
    await new Promise((done) => server.close(done));
  };
}
