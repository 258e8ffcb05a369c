/** Serves the built site on http://127.0.0.1:4321 (or PORT) until stopped. */
import path from 'node:path';
import { ROOT } from '../ingest/sources.ts';
import { serveStatic } from './static-server.ts';

const server = await serveStatic(path.join(ROOT, 'dist'), Number(process.env.PORT ?? 4321));
console.log(`共青团政策条款库: ${server.url}/  (Ctrl+C to stop)`);
