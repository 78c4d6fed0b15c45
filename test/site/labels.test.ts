import { describe, expect, it } from 'vitest';
import { browserTitle, capitalised } from '../../src/site/labels.ts';

describe('labels', () => {
  it('keep a page title whole in the browser where it fits, and cut a motion title at a word with …', () => {
    expect(browserTitle('Opkomende en toekomstige technologieën')).toBe('Opkomende en toekomstige technologieën · Verslag');
    // The title of the VLOS motion 31 497, nr. 499 (test/fixtures/vlos-motion-and-interruptions.xml).
    const motion = capitalised('de motie-Soepboer over zonder financiële borging niet verdergaan met het streven naar inclusief onderwijs (31497, nr. 499)');
    expect(motion.startsWith('De motie-Soepboer')).toBe(true);
    expect(browserTitle(motion)).toBe('De motie-Soepboer over zonder financiële borging niet… · Verslag');
    expect(browserTitle(motion).length).toBeLessThanOrEqual(70);
  });
});
