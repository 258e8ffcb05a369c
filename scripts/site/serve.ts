/** Serves the built site on http://127.0.0.1:4321 (or PORT) until stopped. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describeFsError } from '../ingest/errors.ts';
import { ROOT } from '../ingest/sources.ts';
import { serveStatic } from './static-server.ts';

const dist = path.join(ROOT, 'dist');
const port = Number(process.env.PORT ?? 4321);
if (!existsSync(path.join(dist, 'index.html'))) {
  console.error('error: dist/index.html: the site is not built yet; run npm run build first');
  process.exit(1);
}
try {
  const server = await serveStatic(dist, port);
  console.log(`共青团政策条款库: ${server.url}/  (Ctrl+C to stop)`);
} catch (e) {
  console.error(`error: cannot listen on 127.0.0.1:${port}: ${describeFsError(e)}; set PORT to use another port`);
  process.exit(1);
}
