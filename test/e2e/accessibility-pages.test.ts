import { checkAccessibility } from './accessibility.ts';

/** Accessibility of every other kind of page: home, people, parties, commitments, papers, search. */
checkAccessibility({
  home: '',
  person: 'personen/krul/',
  people: 'personen/',
  party: 'partijen/cda/',
  parties: 'partijen/',
  commitments: 'toezeggingen/',
  papers: 'kamerstukken/',
  paper: 'kamerstukken/26643-1311/',
  'search with results': 'zoeken/?q=kwantumcomputer',
});
