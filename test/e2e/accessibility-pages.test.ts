import { checkAccessibility } from './accessibility.ts';

/** Accessibility of every other kind of page: home, archive, people, parties, commitments, dossiers, papers, search. */
checkAccessibility({
  home: '',
  'archive year': 'archief/2025/',
  person: 'personen/krul/',
  people: 'personen/',
  party: 'partijen/cda/',
  parties: 'partijen/',
  commitments: 'toezeggingen/',
  'commitments of a year': 'toezeggingen/2025/',
  papers: 'kamerstukken/',
  paper: 'kamerstukken/26643-1311/',
  'cited paper': 'kamerstukken/26643-586/',
  dossiers: 'dossiers/',
  dossier: 'dossiers/26643/',
  'person with motions': 'personen/buijsse/',
  'search with results': 'zoeken/?q=kwantumcomputer',
});
