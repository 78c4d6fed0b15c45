import { DOCS } from './browser.ts';
import { checkAccessibility } from './accessibility.ts';

/** Accessibility of the document pages, one of each kind (the longest pages: axe takes a while). */
checkAccessibility({
  commissiedebat: `documenten/${DOCS.debate}/`,
  'algemeen overleg': `documenten/${DOCS.ao}/`,
  'schriftelijk overleg': `documenten/${DOCS.written}/`,
  Kamerbrief: `documenten/${DOCS.letter}/`,
  antwoorden: `documenten/${DOCS.answers}/`,
});
