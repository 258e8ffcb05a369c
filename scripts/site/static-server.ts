/**
 * A small static file server for the built site (dist/), for `npm start` and the browser tests.
 * Listens on 127.0.0.1 only. Directory URLs serve index.html, as any static host does. Read-only:
 * GET and HEAD; any request line, however malformed, gets an answer and never stops the server;
 * a download the client abandons closes its file.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { pipeline } from 'node:stream';
import { headerCsp } from '../../src/lib/content-security-policy.ts';
import { isEmbedPath } from '../../src/lib/urls.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml; charset=utf-8',
};

/** Sent with every response; only embed views may be framed, by any site. */
export function securityHeaders(urlPath = ''): Record<string, string> {
  const framable = isEmbedPath(urlPath);
  return {
    'content-security-policy': headerCsp({ framable }),
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'strict-origin-when-cross-origin',
    'cross-origin-opener-policy': 'same-origin',
    ...(framable ? {} : { 'x-frame-options': 'DENY' }),
  };
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/** The path of a request target: origin-form (/a/b?q) or absolute-form (http://host/a/b); undefined if neither. */
function requestPath(target: string): string | undefined {
  if (target.startsWith('/')) return target.split(/[?#]/)[0];
  try {
    const url = new URL(target);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.pathname : undefined;
  } catch {
    return undefined;
  }
}

interface FoundFile {
  file: string;
  size: number;
}

async function fileAt(file: string): Promise<FoundFile | undefined> {
  try {
    const info = await stat(file);
    if (info.isFile()) return { file, size: info.size };
    if (info.isDirectory()) return fileAt(path.join(file, 'index.html'));
  } catch {
    // Missing, unreadable, or not a valid file name: all 404.
  }
  return undefined;
}

async function resolveFile(root: string, urlPath: string): Promise<FoundFile | undefined> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\u0000')) return undefined;
  const file = path.join(root, path.normalize(decoded));
  if (file !== root && !file.startsWith(root + path.sep)) return undefined;
  return fileAt(file);
}

function sendText(res: http.ServerResponse, status: number, text: string, headers: Record<string, string> = {}, body = true): void {
  res.writeHead(status, { ...securityHeaders(), 'content-type': TYPES['.txt']!, 'content-length': String(Buffer.byteLength(text)), ...headers });
  res.end(body ? text : undefined);
}

function sendFile(res: http.ServerResponse, status: number, found: FoundFile, urlPath: string, body: boolean): void {
  res.writeHead(status, {
    ...securityHeaders(urlPath),
    'content-type': TYPES[path.extname(found.file)] ?? 'application/octet-stream',
    'content-length': String(found.size),
  });
  if (!body) {
    res.end();
    return;
  }
  // pipeline destroys the file stream (closing its descriptor) when the client goes away early.
  pipeline(createReadStream(found.file), res, () => {});
}

async function respond(root: string, req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    sendText(res, 405, '405 Method Not Allowed: this server only reads (GET, HEAD)\n', { allow: 'GET, HEAD' });
    return;
  }
  const body = req.method === 'GET';
  const urlPath = requestPath(req.url ?? '');
  if (urlPath === undefined) {
    sendText(res, 400, '400 Bad Request\n', {}, body);
    return;
  }
  const found = await resolveFile(root, urlPath);
  if (found) {
    sendFile(res, 200, found, urlPath, body);
    return;
  }
  const notFound = await fileAt(path.join(root, '404.html'));
  if (notFound) sendFile(res, 404, notFound, '', body);
  else sendText(res, 404, '404 Not Found\n', {}, body);
}

export function serveStatic(root: string, port = 0): Promise<RunningServer> {
  const absoluteRoot = path.resolve(root);
  const server = http.createServer((req, res) => {
    respond(absoluteRoot, req, res).catch(() => {
      if (res.headersSent) res.destroy();
      else sendText(res, 500, '500 Internal Server Error\n');
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const { port: actual } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${actual}`,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
