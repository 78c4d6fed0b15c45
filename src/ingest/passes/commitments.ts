import type { Commitment, CommitmentStatus, ParliamentaryDocument, Passage, Person, Speech } from '../../model/document.ts';
import { cabinetMemberDesignated, findDesignation, initialisms } from '../debate/offices.ts';
import { peopleAddressedIn } from '../debate/people.ts';

/**
 * Toezeggingen: at the end of a committee debate the chair reads out the commitments the cabinet
 * made, one bulleted item each ("De Staatssecretaris … zegt toe …", "– De Minister van BZK zal …"),
 * and the cabinet member answers where the wording is off ("Dat zeg ik toe.", "Nou, dat zeg ik
 * niet toe. Dat is zo.", "Eind maart." — "Die toezegging kan dus weg."). This pass reads those
 * items and the exchange that follows each from the model and fills `commitments`.
 *
 * Which words belong to which item. Items read out one after the other form a group; what is said
 * after a group, up to the next item, is about the group's last item — unless a sentence names a
 * term only one item of the group holds (an abbreviation or code such as "IPv6", "DoH", "BZK"; an
 * office's initials count: "JenV" for "Justitie en Veiligheid"): from there on it is about that
 * item. A sentence naming terms that no item of the group holds ("het onderzoek van het CPB")
 * turns to something else: what follows is about no item until an item's term comes back.
 */
export function annotateCommitments(doc: ParliamentaryDocument): ParliamentaryDocument {
  const turns = turnsFromClosingList(doc);
  if (turns.length === 0) return doc;
  const cabinet = cabinetOf(doc);
  const members = doc.people.filter((person) => doc.participants.some((p) => p.slug === person.slug && (p.role === 'member' || p.role === 'chair')));
  const exchanges = attributeExchanges(turns);
  const commitments = exchanges.map(({ item, said }): Commitment => {
    const reaction = said.find((entry) => cabinet.some((person) => person.slug === entry.speech.speaker.slug));
    const designation = findDesignation(item.text);
    const by = (designation && cabinetMemberDesignated(designation, cabinet))?.slug ?? reaction?.speech.speaker.slug;
    const to = peopleAddressedIn(members, item.text)[0]?.slug;
    return {
      anchor: item.anchor,
      text: item.text,
      ...(by ? { by } : {}),
      ...(to ? { to } : {}),
      status: statusOf(said),
      ...(reaction ? { reaction: { anchor: reaction.passage.anchor, text: reaction.passage.text } } : {}),
    };
  });
  return { ...doc, commitments };
}

/**
 * How the exchange after an item settles it. Each turn is read on its own; the last turn that
 * says something about the item decides, so a reworded item stays "changed" though it was first
 * declined. Rules are tried in this order within a turn.
 */
const STATUS_RULES: { name: string; status: CommitmentStatus; says: RegExp }[] = [
  /** "Nou, dat zeg ik niet toe. Dat is zo.": nothing to promise, it is already the case. */
  { name: 'already-the-case', status: 'answered', says: /\bzeg ik niet toe\b.*\bdat is (?:al )?zo\b/is },
  /** "De toezegging over IPv6 wordt dus aangepast", "De Staatssecretaris; gecorrigeerd.", "Met deze specificatie …" */
  { name: 'reworded', status: 'changed', says: /\b(?:wordt|is) (?:dus )?aangepast\b|\bgecorrigeerd\b|\bmet deze specificatie\b/i },
  /** "Die toezegging kan dus weg.", "Dat zeg ik niet toe.", "Ik ga dus niet … iets toezeggen" */
  { name: 'struck', status: 'withdrawn', says: /\btoezegging kan (?:dus )?weg\b|\bzeg ik niet toe\b|\bniet\b[^.;]*\btoezeggen\b/i },
  /** "Dat zeg ik toe." */
  { name: 'confirmed', status: 'made', says: /\bzeg ik (?:dat )?toe\b/i },
];

function statusOf(said: Said[]): CommitmentStatus {
  let status: CommitmentStatus = 'made';
  const byTurn = new Map<Speech, string[]>();
  for (const entry of said) byTurn.set(entry.speech, [...(byTurn.get(entry.speech) ?? []), entry.sentence]);
  for (const sentences of byTurn.values()) {
    const words = sentences.join(' ');
    const rule = STATUS_RULES.find((candidate) => candidate.says.test(words));
    if (rule) status = rule.status;
  }
  return status;
}

interface Turn {
  speech: Speech;
  passages: Passage[];
}

/** A sentence said after an item, in the passage and turn it belongs to. */
interface Said {
  speech: Speech;
  passage: Passage;
  sentence: string;
}

/** The turns from the chair's first closing-list item to the end of the debate. */
function turnsFromClosingList(doc: ParliamentaryDocument): Turn[] {
  const speeches = doc.body.filter((block): block is Speech => block.type === 'speech');
  const first = speeches.findIndex(isClosingList);
  if (first < 0) return [];
  return speeches.slice(first).map((speech) => ({
    speech,
    passages: speech === speeches[first] ? speech.passages.slice(speech.passages.findIndex((passage) => passage.listItem)) : speech.passages,
  }));
}

/** The chair's list of toezeggingen: bulleted items in a speech of the chair. */
function isClosingList(speech: Speech): boolean {
  return speech.speaker.role === 'chair' && speech.passages.some((passage) => passage.listItem);
}

function isItem(turn: Turn, passage: Passage): boolean {
  return isClosingList(turn.speech) && passage.listItem === true;
}

/** Each item with the sentences said about it (see the module comment). */
function attributeExchanges(turns: Turn[]): { item: Passage; said: Said[] }[] {
  const exchanges: { item: Passage; said: Said[] }[] = [];
  let group: { item: Passage; said: Said[]; terms: Set<string> }[] = [];
  let groupOpen = false;
  let current: (typeof group)[number] | undefined;
  for (const turn of turns) {
    for (const passage of turn.passages) {
      if (isItem(turn, passage)) {
        if (!groupOpen) group = [];
        const entry = { item: passage, said: [], terms: termsOf(passage.text, true) };
        exchanges.push(entry);
        group.push(entry);
        current = entry;
        groupOpen = true;
        continue;
      }
      groupOpen = false;
      for (const sentence of sentencesOf(passage.text)) {
        const named = termsOf(sentence, false);
        if (named.size > 0) {
          const holders = group.filter((entry) => [...named].some((term) => entry.terms.has(term)));
          if (holders.length === 1) current = holders[0];
          else if (holders.length === 0) current = undefined;
        }
        current?.said.push({ speech: turn.speech, passage, sentence });
      }
    }
  }
  return exchanges.map(({ item, said }) => ({ item, said }));
}

/**
 * Terms that single out an item: abbreviations and codes, written with two capitals or with
 * letters and digits ("IPv6", "DoH", "BZK", "JenV", "Q1"); for an item also the initials of its
 * capitalised names ("Justitie en Veiligheid" → "JenV").
 */
function termsOf(text: string, withInitialisms: boolean): Set<string> {
  const terms = new Set((text.match(/[\p{L}\p{N}]+/gu) ?? []).filter(isAbbreviation));
  if (withInitialisms) for (const short of initialisms(text)) terms.add(short);
  return terms;
}

function isAbbreviation(word: string): boolean {
  return /\p{L}/u.test(word) && (/\p{Lu}.*\p{Lu}/u.test(word) || /\p{N}/u.test(word));
}

function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.?!;])\s+/).filter((sentence) => sentence !== '');
}

/** The members of the cabinet: people with an office, or who spoke as minister or state secretary. */
function cabinetOf(doc: ParliamentaryDocument): Person[] {
  const spokeAsCabinet = new Set(
    doc.body.flatMap((block) =>
      block.type === 'speech' && (block.speaker.role === 'minister' || block.speaker.role === 'state-secretary') ? [block.speaker.slug] : [],
    ),
  );
  return doc.people.filter((person) => person.office !== undefined || spokeAsCabinet.has(person.slug));
}
