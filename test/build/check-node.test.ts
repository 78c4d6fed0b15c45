import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const CHECK = join(root, 'scripts', 'check-node.cjs');

/** Runs the preflight as a Node of `version` would (process.versions.node is what it reads). */
function preflight(version: string) {
  const pretend = `Object.defineProperty(process.versions, 'node', { value: ${JSON.stringify(version)} }); require(${JSON.stringify(CHECK)}); console.log('went on');`;
  return spawnSync(process.execPath, ['-e', pretend], { encoding: 'utf8' });
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

  // The machine's own Node, where it is an old one (Debian's Node 20 here): the real failure it replaces.
  const systemNode = ['/usr/bin/node', '/usr/local/bin/node'].find((path) => existsSync(path) && path !== process.execPath);
  const systemVersion = systemNode ? spawnSync(systemNode, ['-p', 'process.versions.node'], { encoding: 'utf8' }).stdout.trim() : '';
  const old = /^(1\d|2[01])\./.test(systemVersion);
  it.skipIf(!old)(`runs first on a real old Node (${systemNode} ${systemVersion}), before the TypeScript entry point fails to load`, () => {
    const result = spawnSync(systemNode!, ['-r', './scripts/check-node.cjs', 'scripts/build.ts'], { cwd: root, encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^Verslag needs Node.js 22.18 or newer/);
    expect(result.stderr).not.toContain('ERR_UNKNOWN_FILE_EXTENSION');
  });
});
