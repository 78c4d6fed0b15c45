import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const CHECK = join(root, 'scripts', 'check-node.cjs');

/** No provisioned Node (see check-node.cjs): the check alone decides. */
const NO_PROVISIONED_NODE = { ...process.env, VERSLAG_NODE_PREFIX: join(root, 'no-such-node-prefix') };

/** Runs the preflight as a Node of `version` would (process.versions.node is what it reads). */
function preflight(version: string, env: NodeJS.ProcessEnv = NO_PROVISIONED_NODE) {
  const pretend = `if (!process.env.VERSLAG_PRETEND_DONE) { process.env.VERSLAG_PRETEND_DONE = '1'; Object.defineProperty(process.versions, 'node', { value: ${JSON.stringify(version)} }); } require(${JSON.stringify(CHECK)}); console.log('went on');`;
  return spawnSync(process.execPath, ['-e', pretend], { encoding: 'utf8', env });
}

describe('the Node version check that runs before every script', () => {
  it('stops a Node that cannot run the build, saying which Node it needs and why', () => {
    for (const version of ['18.20.4', '20.19.0', '22.12.0', '22.17.1', '23.5.0']) {
      const result = preflight(version);
      expect(result.status, version).toBe(1);
      expect(result.stdout, version).toBe('');
      expect(result.stderr, version).toContain(`Verslag needs Node.js 22.18 or newer (Node 24 recommended); this is Node.js ${version} (${process.execPath}).`);
      expect(result.stderr, version).toContain('Astro 7 needs 22.12, and the build scripts are TypeScript, which Node runs as of 22.18.');
    }
  });

  it('lets a Node that can through', () => {
    for (const version of ['22.18.0', '22.22.1', '23.6.0', '24.0.0', '26.1.0']) {
      expect(preflight(version), version).toMatchObject({ status: 0, stdout: 'went on\n', stderr: '' });
    }
  });

  it('runs the same command on the Node that .ci/run provisioned, where there is one', () => {
    const prefix = mkdtempSync(join(tmpdir(), 'verslag-node-prefix-'));
    try {
      mkdirSync(join(prefix, 'bin'));
      symlinkSync(process.execPath, join(prefix, 'bin', 'node'));
      // The re-run inherits VERSLAG_PRETEND_DONE, so it is the recent Node it is.
      const result = preflight('20.19.0', { ...process.env, VERSLAG_NODE_PREFIX: prefix });
      expect(result.stderr).toBe(`Node.js 20.19.0 is too old for Verslag; running with ${join(prefix, 'bin', 'node')}\n`);
      expect(result).toMatchObject({ status: 0, stdout: 'went on\n' });
    } finally {
      rmSync(prefix, { recursive: true, force: true });
    }
  });

  // The machine's own Node, where it is an old one (Debian's Node 20 here): the real failure it replaces.
  const systemNode = ['/usr/bin/node', '/usr/local/bin/node'].find((path) => existsSync(path) && path !== process.execPath);
  const systemVersion = systemNode ? spawnSync(systemNode, ['-p', 'process.versions.node'], { encoding: 'utf8' }).stdout.trim() : '';
  const old = /^(1\d|2[01])\./.test(systemVersion);
  it.skipIf(!old)(`runs first on a real old Node (${systemNode} ${systemVersion}), before the TypeScript entry point fails to load`, () => {
    const result = spawnSync(systemNode!, ['-r', './scripts/check-node.cjs', 'scripts/build.ts'], { cwd: root, encoding: 'utf8', env: NO_PROVISIONED_NODE });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^Verslag needs Node.js 22.18 or newer/);
    expect(result.stderr).not.toContain('ERR_UNKNOWN_FILE_EXTENSION');
  });
});
