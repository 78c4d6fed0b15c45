import type { Block, Person, Speech } from '../../model/document.ts';
import { peopleAddressedIn } from './people.ts';

/**
 * What the chair's words say about the turns around them: interruptions and termijnen. Both read
 * the speeches once they are built, so they work the same for every source format.
 */

/**
 * The chair announces an interruption: "Ik zie een interruptie van de heer Six Dijkstra", "Er is
 * een interruptie …", "Een vervolgvraag", "Vervolg vraag van …", "Er is een verhelderende vraag van
 * het lid Koekkoek", "De heer Six Dijkstra heeft daar een vraag over". Not "geen interruptie(s)".
 */
const ANNOUNCES_INTERRUPTION =
  /(?<!\bgeen )\b(?:interruptie|vervolg ?vraag|verhelderende vraag|verduidelijkende vraag)\b|\bheeft daar een vraag over\b/i;

/**
 * The chair closes a contribution and moves on: thanks for an inbreng, bijdrage or beantwoording,
 * sees no (further) interruptions or questions, moves to a termijn, suspends, hands over the chair.
 */
const CLOSES_CONTRIBUTION =
  /\b(?:inbreng|bijdrage|betoog|beantwoording|termijn|schors\w*|voorzitterschap|voorzittershamer)\b|\bgeen (?:verdere )?(?:interrupties|vragen)\b/i;

/**
 * Marks interruptions. An announcement opens an exchange around the speaker who held the floor
 * just before it (the member giving an inbreng, the cabinet member answering). The members the
 * announcing chair names ("… van de heer Six Dijkstra", "Een vervolgvraag, meneer Verhoeven"; in
 * an unnamed "Een vervolgvraag." or "Ik voel een interruptie aankomen." the next member to speak)
 * are the interrupters — until the next announcement names others —, and their turns are
 * interruptions until the chair closes the contribution.
 * A member who speaks up unannounced is not marked: the text does not call it an interruption.
 */
export function markInterruptions(body: Block[], people: Person[]): void {
  let exchange: { floor: string | undefined; interrupters: Set<string>; awaitingNext: boolean } | undefined;
  let lastSpeaker: string | undefined;
  for (const block of body) {
    if (block.type !== 'speech') {
      exchange = undefined;
      continue;
    }
    if (block.speaker.role === 'chair') {
      const words = speechText(block);
      const closes = CLOSES_CONTRIBUTION.test(words);
      if (ANNOUNCES_INTERRUPTION.test(words)) {
        if (!exchange || closes) exchange = { floor: lastSpeaker, interrupters: new Set(), awaitingNext: false };
        const named = peopleAddressedIn(people, words).filter((person) => person.slug !== exchange!.floor);
        // A named announcement says who interrupts now; an unnamed one adds whoever speaks next.
        if (named.length > 0) exchange.interrupters = new Set(named.map((person) => person.slug));
        exchange.awaitingNext = named.length === 0;
      } else if (closes) {
        exchange = undefined;
      }
      continue;
    }
    if (exchange && block.speaker.role === 'member' && block.speaker.slug !== exchange.floor) {
      if (exchange.awaitingNext) exchange.interrupters.add(block.speaker.slug);
      exchange.awaitingNext = false;
      if (exchange.interrupters.has(block.speaker.slug)) block.interruption = true;
    }
    lastSpeaker = block.speaker.slug;
  }
}

/** "Dan kunnen we meteen door naar de tweede termijn", "Ik kijk naar de linkerkant voor de tweede termijn." */
const ANNOUNCES_SECOND_TERMIJN = /\b(?:naar|voor|met) de tweede termijn\b/i;

/**
 * Sets the termijn where the chair announces the second one: the turns up to and including the
 * announcement are the eerste termijn, the turns after it the tweede. Without such an announcement
 * the text does not establish termijnen and none are set.
 */
export function assignTermijnen(body: Block[]): void {
  const speeches = body.filter((block): block is Speech => block.type === 'speech');
  const announcement = speeches.findIndex(
    (speech) => speech.speaker.role === 'chair' && ANNOUNCES_SECOND_TERMIJN.test(speechText(speech)),
  );
  if (announcement < 0) return;
  speeches.forEach((speech, index) => {
    speech.termijn = index <= announcement ? 1 : 2;
  });
}

function speechText(speech: Speech): string {
  return speech.passages.map((passage) => passage.text).join(' ');
}
