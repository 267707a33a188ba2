/**
 * `npm run cluster` (scripts/cluster.ts) refuses to start without Postgres, before it starts anything,
 * saying how to give one; and the nginx configuration it generates passes what the instances need.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { nginxConfig, serverActionsKey } from '../../scripts/lib/cluster';

const dataDir = mkdtempSync(path.join(tmpdir(), 'usitech-cluster-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('npm run cluster', () => {
  it('without a Postgres DATABASE_URL exits with the command to run instead', { timeout: 120_000 }, () => {
    const run = (url: string) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'scripts/cluster.ts'], {
        env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: url, PORT: '18080' },
        encoding: 'utf8',
        timeout: 60_000,
      });
    const none = run('');
    expect(none.status).toBe(1);
    expect(none.stderr).toContain('npm run cluster needs Postgres');
    expect(none.stderr).toContain('DATABASE_URL=postgres://');
    // Not Postgres at all: the configuration check names the variable.
    const other = run('mysql://root@127.0.0.1/shop');
    expect(other.status).toBe(1);
    expect(other.stderr).toContain('DATABASE_URL: must be a postgres:// or postgresql:// URL');
  });

  it('generates the server-actions key once and keeps it; a given key wins', () => {
    const first = serverActionsKey(dataDir);
    expect(Buffer.from(first, 'base64')).toHaveLength(32);
    expect(serverActionsKey(dataDir)).toBe(first);
    expect(readFileSync(path.join(dataDir, 'server-actions-key'), 'utf8')).toBe(first);
    expect(serverActionsKey(dataDir, ' given ')).toBe('given');
  });

  it('balances over every instance without buffering, with the client as nginx saw it, retrying on errors', () => {
    const conf = nginxConfig({ dir: '/tmp/x', port: 8080, upstreams: [3001, 3002] });
    expect(conf).toContain('server 127.0.0.1:3001 max_fails=1 fail_timeout=10s;');
    expect(conf).toContain('server 127.0.0.1:3002 max_fails=1 fail_timeout=10s;');
    expect(conf).toContain('listen 8080;');
    expect(conf).toContain('proxy_buffering off;');
    expect(conf).toContain('proxy_set_header X-Forwarded-For $remote_addr;');
    expect(conf).toContain('proxy_next_upstream error timeout;');
    expect(conf).toContain('pid /tmp/x/nginx.pid;');
  });

  it('nginx accepts the generated configuration', () => {
    const nginx = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => existsSync(p));
    if (!nginx) return expect.soft(nginx, 'nginx is not installed: sudo apt-get install -y nginx').toBeDefined();
    const dir = mkdtempSync(path.join(tmpdir(), 'usitech-nginx-test-'));
    try {
      const conf = path.join(dir, 'nginx.conf');
      writeFileSync(conf, nginxConfig({ dir, port: 18080, upstreams: [13001, 13002] }));
      const test = spawnSync(nginx, ['-t', '-p', dir, '-c', conf, '-e', path.join(dir, 'error.log')], {
        encoding: 'utf8',
      });
      expect(test.status, test.stderr).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
