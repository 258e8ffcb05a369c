/**
 * The static server under hostile and careless clients: malformed request lines, abandoned
 * downloads, methods other than GET and HEAD. It must answer each and keep serving, close every
 * file it opened, and send its security headers.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type RunningServer } from '../../scripts/site/static-server.ts';
import { headerCsp } from '../../src/lib/content-security-policy.ts';

const LARGE_SIZE = 8 * 1024 * 1024;
let root: string;
let server: RunningServer;
let port: number;

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'atlas-server-'));
  mkdirSync(path.join(root, 'documents'));
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>首页</title>');
  writeFileSync(path.join(root, 'documents', 'index.html'), '<!doctype html><title>文件</title>');
  writeFileSync(path.join(root, '404.html'), '<!doctype html><title>页面不存在</title>');
  mkdirSync(path.join(root, 'clauses', 'x-1', 'embed'), { recursive: true });
  writeFileSync(path.join(root, 'clauses', 'x-1', 'embed', 'index.html'), '<!doctype html><title>条款</title>');
  writeFileSync(path.join(root, 'clauses', 'x-1', 'index.html'), '<!doctype html><title>条款</title>');
  writeFileSync(path.join(root, 'large.json'), Buffer.alloc(LARGE_SIZE, 0x20));
  server = await serveStatic(root);
  port = Number(new URL(server.url).port);
});

afterAll(async () => {
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

/** Sends a raw request line (plus Connection: close) and returns everything the server answers. */
function rawRequest(requestLine: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    let answer = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk) => (answer += chunk));
    socket.on('close', () => resolve(answer));
    socket.on('error', reject);
    socket.write(`${requestLine}\r\nHost: x\r\nConnection: close\r\n\r\n`);
  });
}

function statusOf(answer: string): number {
  return Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1]);
}

function openDescriptors(): number {
  return readdirSync('/proc/self/fd').length;
}

describe('static server', () => {
  it('serves files and directory index pages with their type and security headers', async () => {
    const res = await fetch(`${server.url}/documents/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toBe(headerCsp({ framable: false }));
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await res.text()).toContain('<title>文件</title>');
    const missing = await fetch(`${server.url}/no/such/page/`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('页面不存在');
  });

  it('lets any site frame an embed view, and no other page', async () => {
    const embed = await fetch(`${server.url}/clauses/x-1/embed/`);
    expect(embed.headers.get('content-security-policy')).toBe(headerCsp({ framable: true }));
    expect(embed.headers.get('content-security-policy')).toContain('frame-ancestors *');
    expect(embed.headers.get('x-frame-options')).toBeNull();
    const clause = await fetch(`${server.url}/clauses/x-1/`);
    expect(clause.headers.get('x-frame-options')).toBe('DENY');
    await Promise.all([embed.text(), clause.text()]);
  });

  it('answers malformed and hostile request lines and keeps serving', async () => {
    const requests = [
      'GET //[ HTTP/1.1',
      'GET http://[ HTTP/1.1',
      'GET /%E0%A4%A HTTP/1.1',
      'GET /%00 HTTP/1.1',
      'GET /../../../../etc/passwd HTTP/1.1',
      'GET /..%2f..%2f..%2fetc%2fpasswd HTTP/1.1',
      'GET * HTTP/1.1',
      'GET mailto:x@y HTTP/1.1',
      `GET /${'a'.repeat(20_000)} HTTP/1.1`,
      'NONSENSE',
      'GET / HTTP/9.9',
    ];
    for (const request of requests) {
      const answer = await rawRequest(request);
      expect(statusOf(answer), JSON.stringify(request.slice(0, 40))).toBeGreaterThanOrEqual(400);
      expect(answer).not.toContain('root:');
      const alive = await fetch(`${server.url}/`);
      expect(alive.status).toBe(200);
      await alive.text();
    }
  });

  it('serves an absolute-form request target by its path', async () => {
    expect(statusOf(await rawRequest('GET http://127.0.0.1/documents/ HTTP/1.1'))).toBe(200);
  });

  it('answers only GET and HEAD: 405 with Allow for the rest; HEAD without a body', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']) {
      const res = await fetch(`${server.url}/index.html`, { method });
      expect(res.status, method).toBe(405);
      expect(res.headers.get('allow')).toBe('GET, HEAD');
      expect(await res.text()).not.toContain('首页');
    }
    const head = await rawRequest('HEAD /large.json HTTP/1.1');
    expect(statusOf(head)).toBe(200);
    expect(head).toMatch(new RegExp(`\r\ncontent-length: ${LARGE_SIZE}\r\n`, 'i'));
    expect(head.endsWith('\r\n\r\n')).toBe(true);
  });

  it('closes the file of every download the client abandons', { timeout: 60_000 }, async () => {
    const before = openDescriptors();
    for (let i = 0; i < 300; i++) {
      await new Promise<void>((resolve, reject) => {
        const socket = net.connect(port, '127.0.0.1');
        socket.on('error', reject);
        socket.once('data', () => {
          socket.destroy();
          resolve();
        });
        socket.write('GET /large.json HTTP/1.1\r\nHost: x\r\n\r\n');
      });
    }
    // The server notices each closed connection shortly after; give it a moment.
    let open = openDescriptors();
    for (let wait = 0; wait < 50 && open > before + 5; wait++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      open = openDescriptors();
    }
    expect(open).toBeLessThanOrEqual(before + 5);
    const res = await fetch(`${server.url}/large.json`);
    expect((await res.arrayBuffer()).byteLength).toBe(LARGE_SIZE);
  });
});
