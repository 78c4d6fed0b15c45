import { describe, expect, it } from 'vitest';
import { withCacheKeys } from '../../src/site/page-keys.ts';

describe('withCacheKeys', () => {
  const path = (name: string) => ({ params: { id: 'commissiedebat-2025-01-30-opkomende-technologieen' }, props: { digest: 'a1', persons: { krul: { slug: 'krul', name } } } });

  it('gives equal props the same key, and keeps params and props as they are', () => {
    const [first] = withCacheKeys([path('Krul')]);
    const [second] = withCacheKeys([path('Krul')]);
    expect(first!.cacheKey).toBe(second!.cacheKey);
    expect(first!.cacheKey).toMatch(/^[0-9a-f]{64}$/);
    expect(first).toMatchObject(path('Krul'));
  });

  it('gives a new key when anything in the props changes, however deep (a person named on the page)', () => {
    const [before] = withCacheKeys([path('Krul')]);
    const [after] = withCacheKeys([path('Van Krul')]);
    expect(after!.cacheKey).not.toBe(before!.cacheKey);
  });
});
