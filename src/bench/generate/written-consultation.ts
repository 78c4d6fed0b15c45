import { formatPaper } from '../../model/papers.ts';
import type { Random } from '../prng.ts';
import type { Material } from './material.ts';
import { DOSSIERS, partiesIn } from './names.ts';
import type { DocumentPlan } from './plan.ts';
import type { References } from './references.ts';
import { addDays, Budget, createWriter, dutchDate, type Writer } from './text.ts';
import type { Cast } from './tokens.ts';

/**
 * A verslag van een schriftelijk overleg (seed 002): header, the committee's introduction and
 * signatures, an Inhoudsopgave, then per fractie its questions, each followed by "Antwoord van het
 * kabinet" and the answer. Footnotes are superscript digits; their texts stand where a page of the
 * original ended, sometimes in the middle of a paragraph.
 */
export function renderWrittenConsultation(plan: DocumentPlan, random: Random, material: Material, references: References): string {
  const minister = plan.minister!;
  const parties = random.sample(partiesIn(Number(plan.date.slice(0, 4))), random.int(1, 6));
  let party = parties[0]!;
  // A written consultation names members only in passing (a motion, a nota): any name will do.
  const cast: Cast = {
    member: () => random.pick(PASSING_MEMBERS),
    cabinet: () => minister,
    party: () => party,
  };
  const writer = createWriter(random, cast);
  const footnotes = new Footnotes();
  const budget = new Budget(plan.targetBytes);
  const sent = addDays(plan.date, -random.int(60, 200));
  const addressee = `de ${minister.office!.replace(/^(Minister|Staatssecretaris)/, (title) => title.toLowerCase())}`;
  const dossierTitle = DOSSIERS.find((dossier) => dossier.dossier === plan.paper.dossier)?.title ?? plan.title;
  const [dossier, number] = formatPaper(plan.paper).split(', nr. ');

  const blocks: string[] = [
    '',
    `${dossier} ${dossierTitle}`,
    `Nr. ${number} VERSLAG VAN EEN SCHRIFTELIJK OVERLEG`,
    `Vastgesteld ${dutchDate(plan.date)}`,
    `De ${plan.committee} heeft een aantal vragen en opmerkingen voorgelegd aan ${addressee} over de brief van ${dutchDate(addDays(sent, -random.int(20, 90)))} over het ${plan.title} (${references.citation(random)}).`,
    `De vragen en opmerkingen zijn op ${dutchDate(sent)} aan ${addressee} voorgelegd. Bij brief van ${dutchDate(plan.date)} zijn de vragen beantwoord.`,
    `De voorzitter van de commissie,\n${random.pick(['Brinkhout', 'Kamphuis', 'Zandvliet', 'Molenaar'])}`,
    `Adjunct-griffier van de commissie,\n${random.pick(['Muller', 'Boeve', 'Nava', 'Westerink'])}`,
    'Inhoudsopgave',
    'I Vragen en opmerkingen vanuit de fracties en reactie van de bewindspersoon',
    ...parties.map((name) => `Vragen en opmerkingen van de leden van ${name}-fractie`),
    'I Vragen en opmerkingen vanuit de fracties en reactie van bewindspersoon',
  ];
  for (const block of blocks) budget.spend(block);

  const perParty = budget.left / parties.length;
  let questionNumber = 0;
  for (const name of parties) {
    party = name;
    blocks.push(`Vragen en opmerkingen van de leden van de ${name}-fractie`);
    blocks.push(`De leden van de ${name}-fractie hebben ${random.pick(['met interesse ', 'met belangstelling ', ''])}kennisgenomen van de stukken behorende bij het schriftelijk overleg inzake het fiche '${plan.title}'. Naar aanleiding hiervan hebben deze leden de volgende vragen.`);
    let written = 0;
    do {
      questionNumber++;
      const question = questionParagraphs(writer, random, material);
      const answer = answerParagraphs(writer, random, material, references, questionNumber);
      for (const paragraph of question) blocks.push(...footnotes.place(paragraph, random, references, material));
      blocks.push('Antwoord van het kabinet');
      for (const paragraph of answer) blocks.push(...footnotes.place(paragraph, random, references, material));
      written += [...question, ...answer].reduce((sum, text) => sum + text.length + 2, 0);
    } while (written < perParty);
  }
  return `${blocks.join('\n\n')}\n`;
}

const PASSING_MEMBERS = [
  { name: 'Brinkman', honorific: 'De heer' },
  { name: 'Kamphuis', honorific: 'Mevrouw' },
  { name: 'Van der Zandvliet', honorific: 'Mevrouw' },
  { name: 'Westerhof', honorific: 'De heer' },
] as const;

/**
 * A question: one to three paragraphs in the members' voice ("Deze leden …"), the last one asking.
 * Every paragraph but the last must read as the members' (the parser joins those to the question).
 */
function questionParagraphs(writer: Writer, random: Random, material: Material): string[] {
  const count = random.weighted([[1, 6], [2, 3], [3, 1]] as const);
  return Array.from({ length: count }, (_, index) => {
    const opening = writer.sentence(material.written.memberVoice);
    const rest = writer.paragraph(material.written.member, random.int(1, 4), index === count - 1 ? material.written.memberQuestions : undefined);
    return `${opening} ${rest}`;
  });
}

function answerParagraphs(writer: Writer, random: Random, material: Material, references: References, questionNumber: number): string[] {
  const paragraphs = Array.from({ length: random.weighted([[1, 4], [2, 4], [3, 2], [4, 1]] as const) }, () => writer.paragraph(material.written.answer, random.int(2, 7)));
  if (questionNumber > 2 && random.chance(0.1)) {
    paragraphs.push(`Voor het overige verwijs ik naar het antwoord op vraag ${random.int(1, questionNumber - 1)}.`);
  } else if (random.chance(0.1)) {
    paragraphs.push(references.sentence(random));
  }
  return paragraphs;
}

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** 12 → '¹²' */
export function superscript(value: number): string {
  return [...String(value)].map((digit) => SUPERSCRIPT[Number(digit)]).join('');
}

/**
 * Footnotes as the export leaves them: a superscript call after a sentence, the text as a block of
 * its own that starts with the same number, set where the page ended: after the paragraph, or
 * between the two halves of a paragraph the page break cut in two.
 */
class Footnotes {
  private next = 1;

  place(paragraph: string, random: Random, references: References, material: Material): string[] {
    if (!random.chance(0.12)) return [paragraph];
    const number = this.next++;
    const note = `${superscript(number)} ${random.chance(0.6) ? references.footnote(random) : random.pick(material.footnotes)}`;
    const cut = random.chance(0.4) ? pageBreak(paragraph) : undefined;
    // The call goes after the last sentence before the page break, so its text follows it.
    const sentenceEnd = cut ? lastSentenceEnd(cut[0]) : -1;
    if (cut && sentenceEnd >= 0) {
      return [`${cut[0].slice(0, sentenceEnd + 1)}${superscript(number)}${cut[0].slice(sentenceEnd + 1)}`, note, cut[1]];
    }
    return [paragraph.replace(/([.?!])$/, `$1${superscript(number)}`), note];
  }
}

/** Index of the last sentence end in a text that another sentence follows, or -1. */
function lastSentenceEnd(text: string): number {
  let found = -1;
  for (const match of text.matchAll(/[.?!](?= \p{Lu})/gu)) found = match.index;
  return found;
}

/** A cut after a lower-case word and before another ('… ondersteund door data van Eurostat en' | 'nationale …'). */
function pageBreak(text: string): [string, string] | undefined {
  const words = text.split(' ');
  for (let at = Math.floor(words.length / 2); at > 2; at--) {
    if (/^\p{Ll}+$/u.test(words[at]!) && /^\p{Ll}/u.test(words[at + 1] ?? '')) {
      return [words.slice(0, at + 1).join(' '), words.slice(at + 1).join(' ')];
    }
  }
  return undefined;
}
