import { createRequire } from 'node:module';
import { arch, platform } from 'node:os';

const require = createRequire(import.meta.url);

/**
 * The Pagefind executable that the pagefind package installed for this platform, found as its Node
 * API finds it (lib/resolveBinary.js, which the package does not export): PAGEFIND_EXTENDED_BINARY_PATH
 * or PAGEFIND_BINARY_PATH if set, else `@pagefind/<platform>-<arch>/bin/pagefind_extended`, else
 * `…/pagefind`.
 */
export function pagefindBinary(): string {
  const names = ['pagefind_extended', 'pagefind'];
  for (const name of names) {
    const fromEnv = process.env[`${name.toUpperCase()}_BINARY_PATH`];
    if (fromEnv) return fromEnv;
  }
  const system = platform() === 'win32' ? 'windows' : platform();
  const cpu = process.env.npm_config_arch ?? arch();
  for (const name of names) {
    try {
      return require.resolve(`@pagefind/${system}-${cpu}/bin/${name}${system === 'windows' ? '.exe' : ''}`);
    } catch {
      // Try the next.
    }
  }
  throw new Error(`no Pagefind executable for ${system}-${cpu} is installed (@pagefind/${system}-${cpu}); run npm ci`);
}
