import type { Random } from '../prng.ts';
import type { Material } from './material.ts';
import { initials } from './names.ts';
import type { DocumentPlan } from './plan.ts';
import { lowerFirst } from './plan.ts';
import type { References } from './references.ts';
import { BudgetedLines, createWriter, dutchDate } from './text.ts';
import type { Cast } from './tokens.ts';
import { WordFootnotes } from './word-footnotes.ts';

/**
 * Antwoorden op vragen exported from Word (seed 004): sometimes the tail of an image's alt text
 * first, a covering letter naming the member who asked ("het lid Dassen (VOLT)"), the signatory
 * with initials over the office, the House's document number, then the questions: a bare number,
 * the question, "Antwoord", the answer — or, now and then, no label and the answer right after the
 * question's "?".
 */
export function renderAnswersWord(plan: DocumentPlan, random: Random, material: Material, references: References): string {
  const asker = plan.asker!;
  const minister = plan.minister!;
  const cast: Cast = { member: () => asker, cabinet: () => minister, party: () => asker.party! };
  const writer = createWriter(random, cast);
  const notes = new WordFootnotes(random);
  const lines = new BudgetedLines(plan.targetBytes);
  const add = lines.add;

  if (random.chance(0.4)) add(' Door AI gegenereerde inhoud is mogelijk onjuist.]');
  const party = random.chance(0.3) ? asker.party!.toUpperCase() : asker.party!;
  add(' Geachte Voorzitter,', '');
  add(
    `Hierbij zend ik u${random.chance(0.5) ? ', mede namens de Minister van Economische Zaken en Klimaat,' : ''} de schriftelijke beantwoording toe van de vragen die het lid ${asker.name} (${party}) over ${lowerFirst(plan.title.replace(/^.* over /, ''))} heeft gesteld tijdens het commissiedebat van ${dutchDate(plan.date)}.`,
    '', '', '', '',
  );
  add(`${initials(random)} ${minister.name}`, minister.office!, '', '');
  add(`${plan.date.slice(0, 4)}D${random.int(10_000, 99_999)}`, '');

  const questions = [...material.answers.question, ...material.debate.memberQuestions];
  const answers = [...material.answers.answer, ...material.written.answer];
  let number = 0;
  do {
    number++;
    // The first question is one line, so that "1 … Antwoord" gives the format away.
    const question = writer.paragraph(material.debate.member, number === 1 ? 1 : random.int(1, 3), questions);
    const labelled = number === 1 || random.chance(0.8);
    add(String(number), random.chance(0.2) ? notes.call(question, random.pick(material.footnotes)) : question, '');
    if (labelled) add('Antwoord');
    for (let paragraphs = random.weighted([[1, 3], [2, 4], [3, 2], [4, 1]] as const); paragraphs > 0; paragraphs--) {
      let answer = writer.paragraph(answers, random.int(2, 7));
      if (number > 2 && random.chance(0.08)) answer += ` Zie ook het antwoord op vraag ${random.int(1, number - 1)}.`;
      if (random.chance(0.06)) answer += ` ${references.sentence(random)}`;
      if (random.chance(0.25)) answer = notes.call(answer, random.chance(0.5) ? references.footnote(random) : random.pick(material.footnotes));
      add(answer, '');
    }
    add('', '');
  } while (lines.left > 0);
  return lines.text();
}
