// Preloaded (node -r) by every npm script that runs Node, before its TypeScript entry point is
// even read: plain CommonJS, so that any Node can run it and say which Node Verslag needs,
// instead of dying on the first type annotation (ERR_UNKNOWN_FILE_EXTENSION on Node 20).
'use strict';
// Astro 7 needs 22.12; Node runs TypeScript files without a flag from 22.18 (and 23.6) on.
var needed = { 22: 18, 23: 6 };
var parts = process.versions.node.split('.').map(Number);
var major = parts[0];
var minor = parts[1];
var recent = major >= 24 || (needed[major] !== undefined && minor >= needed[major]);
/**
 * The Node that .ci/run provisions on a machine whose own Node is too old (Debian's Node 20):
 * VERSLAG_NODE_PREFIX, else ~/.cache/verslag-node24. Its path if it is there and recent enough.
 */
function provisionedNode() {
  var path = require('node:path');
  var fs = require('node:fs');
  var prefix = process.env.VERSLAG_NODE_PREFIX || path.join(require('node:os').homedir(), '.cache', 'verslag-node24');
  var node = path.join(prefix, 'bin', 'node');
  if (!fs.existsSync(node) || node === process.execPath) return undefined;
  var version = require('node:child_process').spawnSync(node, ['-p', 'process.versions.node'], { encoding: 'utf8' });
  var found = version.status === 0 ? version.stdout.trim().split('.').map(Number) : [0, 0];
  return found[0] >= 24 || (needed[found[0]] !== undefined && found[1] >= needed[found[0]]) ? node : undefined;
}

if (!recent) {
  // Preloaded by an npm script (not run as a check of its own, as .ci/run does): the same command
  // runs on the provisioned Node where there is one, so `npm run ingest` works where CI set up.
  var node = require.main === module ? undefined : provisionedNode();
  if (node) {
    process.stderr.write('Node.js ' + process.versions.node + ' is too old for Verslag; running with ' + node + '\n');
    var run = require('node:child_process').spawnSync(node, process.execArgv.concat(process.argv.slice(1)), { stdio: 'inherit' });
    if (run.signal) process.kill(process.pid, run.signal);
    process.exit(run.status === null ? 1 : run.status);
  }
  process.stderr.write(
    'Verslag needs Node.js 22.18 or newer (Node 24 recommended); this is Node.js ' + process.versions.node +
      ' (' + process.execPath + ').\n' +
      'Astro 7 needs 22.12, and the build scripts are TypeScript, which Node runs as of 22.18.\n' +
      'Install a newer Node (https://nodejs.org, or nvm/fnm/volta) and run the command again.\n',
  );
  process.exit(1);
}
