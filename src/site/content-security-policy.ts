/**
 * The Content-Security-Policy a host should send with the site (the README quotes it, and a
 * browser test loads every feature under it). The site has no inline script or style; Pagefind
 * compiles its WebAssembly, which needs 'wasm-unsafe-eval' (not 'unsafe-eval').
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');
