/**
 * Placeholders for people in the material's sentences (private-use characters, which no source
 * contains). The default corpus's "de heer Six Dijkstra" becomes memberAddressed; a generated
 * document fills it with one of its own members, so its sentences name its own people.
 */
export const PERSON_TOKENS = {
  /** "de heer X" / "mevrouw X" */
  memberAddressed: '\uE010',
  /** "De heer X" / "Mevrouw X" */
  memberAddressedCapital: '\uE011',
  /** "X" */
  memberName: '\uE012',
  cabinetAddressed: '\uE013',
  cabinetAddressedCapital: '\uE014',
  cabinetName: '\uE015',
  /** The fractie in "de leden van de X-fractie". */
  party: '\uE016',
} as const;

/** Someone a generated sentence can name. */
export interface NamedPerson {
  name: string;
  honorific: 'De heer' | 'Mevrouw';
}

/** Who fills the placeholders of one sentence. */
export interface Cast {
  member(): NamedPerson;
  cabinet(): NamedPerson;
  party(): string;
}

const ANY_TOKEN = /[\uE010-\uE016]/gu;

/** Puts the cast's people in the placeholders of a sentence. */
export function fillPeople(sentence: string, cast: Cast): string {
  if (!/[\uE010-\uE016]/u.test(sentence)) return sentence;
  return sentence.replace(ANY_TOKEN, (token) => {
    switch (token) {
      case PERSON_TOKENS.memberAddressed:
        return addressed(cast.member(), false);
      case PERSON_TOKENS.memberAddressedCapital:
        return addressed(cast.member(), true);
      case PERSON_TOKENS.memberName:
        return cast.member().name;
      case PERSON_TOKENS.cabinetAddressed:
        return addressed(cast.cabinet(), false);
      case PERSON_TOKENS.cabinetAddressedCapital:
        return addressed(cast.cabinet(), true);
      case PERSON_TOKENS.cabinetName:
        return cast.cabinet().name;
      default:
        return cast.party();
    }
  });
}

/** "de heer Jansen", "Mevrouw Van der Brink". */
export function addressed(person: NamedPerson, capital: boolean): string {
  const honorific = capital ? person.honorific : person.honorific.replace(/^D/, 'd').replace(/^M/, 'm');
  return `${honorific} ${person.name}`;
}
