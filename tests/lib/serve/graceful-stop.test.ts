import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');
const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

type Proc = { child: ChildProcess; output: () => string; exited: Promise<number | null> };

function start(args: string[], env: Record<string, string> = {}): Proc {
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function waitFor(proc: Proc, pattern: RegExp, timeoutMs: number): Promise<RegExpExecArray> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const match = pattern.exec(proc.output());
    if (match) return match;
    if (proc.child.exitCode !== null || Date.now() > until)
      throw new Error(`no ${pattern} (exit ${proc.child.exitCode}):\n${proc.output()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** GET on a new connection: status and body, or the connection error's code (ECONNREFUSED). */
function get(port: number, pathname: string): Promise<{ status: number; body: string } | { error: string }> {
  return new Promise((resolve) => {
    const req = request({ host: '127.0.0.1', port, path: pathname, agent: false }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      res.on('error', (e: NodeJS.ErrnoException) => resolve({ error: e.code ?? e.message }));
    });
    req.on('error', (e: NodeJS.ErrnoException) => resolve({ error: e.code ?? e.message }));
    req.end();
  });
}

async function freePort(): Promise<number> {
  const server = createNetServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// A real process wired as scripts/serve.ts is (stopGracefullyOnSignals + the lib/shutdown hooks),
// with a slow route and one that never answers; the database hook closes a real pool when
// TEST_DATABASE_URL is set.
const FIXTURE = `
import { createServer } from 'node:http';
const { stopGracefullyOnSignals } = await import(${JSON.stringify(path.join(root, 'scripts/lib/graceful-stop.ts'))});
const { onShutdown } = await import(${JSON.stringify(path.join(root, 'lib/shutdown.ts'))});
const url = process.env.TEST_DATABASE_URL;
let pool = null;
if (url) {
  const { default: postgres } = await import('postgres');
  pool = postgres(url, { max: 2, onnotice: () => {} });
  await pool\`select 1\`;
}
onShutdown('database', async () => { await pool?.end({ timeout: 5 }); console.log('database closed'); });
onShutdown('work', async () => { await new Promise((r) => setTimeout(r, 200)); console.log('work stopped'); });
const server = createServer((req, res) => {
  if (req.url === '/slow') setTimeout(() => { console.log('slow answered'); res.end('slow done'); }, 1500);
  else if (req.url === '/hang') {}
  else res.end('fast');
});
stopGracefullyOnSignals(server, { graceMs: Number(process.env.GRACE_MS), close: async () => console.log('app closed') });
server.listen(0, '127.0.0.1', () => console.log('listening on ' + server.address().port));
`;

describe('graceful stop (a real process, scripts/lib/graceful-stop.ts)', () => {
  it('on SIGTERM refuses new connections, finishes the request in flight, runs the hooks in order, exits 0', async () => {
    const proc = start(['--input-type=module', '-e', FIXTURE], { GRACE_MS: '30000' });
    const port = Number((await waitFor(proc, /listening on (\d+)/, 20_000))[1]);
    expect(await get(port, '/')).toEqual({ status: 200, body: 'fast' });

    const slow = get(port, '/slow');
    await sleep(200);
    proc.child.kill('SIGTERM');
    await waitFor(proc, /SIGTERM: no new connections; finishing 1 request/, 5_000);
    expect(await get(port, '/')).toEqual({ error: 'ECONNREFUSED' });

    expect(await slow).toEqual({ status: 200, body: 'slow done' });
    expect(await proc.exited).toBe(0);
    const lines = proc
      .output()
      .split('\n')
      .filter((l) => /answered|stopped|closed/.test(l));
    expect(lines).toEqual(['slow answered', 'work stopped', 'database closed', 'app closed', '[serve] stopped']);
  });

  it('gives a request that never ends the grace period, then exits 0 anyway', async () => {
    const proc = start(['--input-type=module', '-e', FIXTURE], { GRACE_MS: '1000' });
    const port = Number((await waitFor(proc, /listening on (\d+)/, 20_000))[1]);
    const hanging = get(port, '/hang');
    await sleep(200);
    const t0 = Date.now();
    proc.child.kill('SIGINT');
    expect(await proc.exited).toBe(0);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(900);
    expect(proc.output()).toContain('1 s are over: closing 1 unfinished request(s)');
    expect(proc.output()).toContain('database closed');
    expect(await hanging).toHaveProperty('error');
  });
});

// The production wrapper itself, when a build exists (`npm run build` or an e2e run made one).
const built = existsSync(path.join(root, '.next', 'BUILD_ID'));
describe.skipIf(!built)('scripts/serve.ts stops gracefully (needs a .next build: none here)', () => {
  it('answers the request in flight, then refuses connections and exits 0 on SIGTERM', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'usitech-serve-stop-'));
    try {
      const port = await freePort();
      const proc = start(['scripts/serve.ts', '--port', String(port)], {
        NODE_ENV: 'production',
        DATA_DIR: dataDir,
        DATABASE_URL: '',
        AUTH_SECRET: 'graceful-stop-test-secret-0123456789abcdef',
      });
      await waitFor(proc, /production server on port/, 60_000);
      // The first request opens the embedded database, which may take longer than the health check waits.
      const healthStatus = async () => {
        const res = await get(port, '/api/health');
        return 'status' in res ? res.status : 0;
      };
      for (let tries = 0; (await healthStatus()) !== 200; tries++) {
        expect(tries, proc.output()).toBeLessThan(30);
        await sleep(1000);
      }
      const inFlight = [get(port, '/api/health'), get(port, '/robots.txt')];
      await sleep(5);
      proc.child.kill('SIGTERM');
      for (const res of await Promise.all(inFlight)) expect(res).toMatchObject({ status: 200 });
      await waitFor(proc, /SIGTERM: no new connections/, 5_000);
      expect(await get(port, '/api/health')).toEqual({ error: 'ECONNREFUSED' });
      expect(await proc.exited).toBe(0);
      expect(proc.output()).toContain('[serve] stopped');
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 90_000);
});
