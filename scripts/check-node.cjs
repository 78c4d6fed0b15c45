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
if (!recent) {
  process.stderr.write(
    'Verslag needs Node.js 22.18 or newer (Node 24 recommended); this is Node.js ' + process.versions.node +
      ' (' + process.execPath + ').\n' +
      'Astro 7 needs 22.12, and the build scripts are TypeScript, which Node runs as of 22.18.\n' +
      'Install a newer Node (https://nodejs.org, or nvm/fnm/volta) and run the command again.\n',
  );
  process.exit(1);
}
