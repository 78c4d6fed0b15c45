import { formatPaper } from '../../model/papers.ts';
import type { Random } from '../prng.ts';
import type { ScriptEvent, Speaker } from './debate-script.ts';
import type { Material } from './material.ts';
import { DOSSIERS, numberWord } from './names.ts';
import type { DocumentPlan, PlannedPerson } from './plan.ts';
import type { References } from './references.ts';
import { clockTime, dutchDate, vergaderjaar } from './text.ts';
import { addressed } from './tokens.ts';

/**
 * A commissiedebat report as the Markdown-ish export of seed 000 has it: bold title lines, a
 * bulleted agenda, speaker labels in the export's several spellings, chair changes in bold, and
 * paragraphs that a page break of the original cut in the middle of a sentence or a word.
 */
export function renderDebateMarkdown(plan: DocumentPlan, script: ScriptEvent[], random: Random, material: Material, references: References): string {
  const debate = plan.debate!;
  const lines: string[] = ['', '', `Vergaderjaar ${vergaderjaar(plan.date)}`, ''];
  const dossierTitle = DOSSIERS.find((dossier) => dossier.dossier === plan.paper.dossier)?.title ?? plan.title;
  const [dossier, number] = formatPaper(plan.paper).split(', nr. ');
  lines.push(`**${dossier}**`, '', `**${dossierTitle}**`, '', `**Nr. ${number}**`, '', '## **VERSLAG VAN EEN COMMISSIEDEBAT**', '');
  lines.push(`Vastgesteld ${dutchDate(adoptedAfter(plan.date, random))}`, '');
  lines.push(`De ${plan.committee} heeft op ${dutchDate(plan.date)} overleg gevoerd met ${cabinetList(debate.cabinet)}, over:`, '');
  const agenda = Array.from({ length: random.int(1, 7) }, () => references.agendaItem(random, random.pick(material.subjects)));
  agenda.forEach((item, index) => lines.push(`- **${item}${index === agenda.length - 1 ? '.' : ';'}**`));
  lines.push('', 'Van dit overleg brengt de commissie bijgaand geredigeerd woordelijk verslag uit.', '');
  lines.push('De voorzitter van de commissie,  ', debate.committeeChair, '', 'De griffier van de commissie,  ', debate.clerk, '');
  lines.push(`**Voorzitter: ${debate.chair.name}**  `, `**Griffier: ${debate.clerk}**`, '');
  lines.push(`Aanwezig zijn ${numberWord(debate.members.length)} leden der Kamer, te weten: ${nameList(debate.members)},`, '');
  lines.push(`en ${cabinetList(debate.cabinet)}.`, '', `Aanvang ${clockTime(debate.opens)} uur.`, '');

  for (const event of script) {
    if (event.type === 'chair-change') {
      lines.push(`**Voorzitter: ${event.chair.name}**`, '');
    } else if (event.type === 'procedural') {
      lines.push(event.text, '');
    } else {
      const label = speakerLabel(event.speaker, random);
      const [first, ...rest] = event.paragraphs;
      // A Markdown line break ("  ") after the label now and then puts its first words right under it.
      if (first && !first.bullet && random.chance(0.05)) lines.push(`${label}  `, first.text, '');
      else lines.push(label, '', ...(first ? paragraphLines(first.text, first.bullet, random) : []));
      for (const paragraph of rest) lines.push(...paragraphLines(paragraph.text, paragraph.bullet, random));
    }
  }
  return `${lines.join('\n')}\n`;
}

/** A paragraph, as one line or (where a page of the original ended) cut in two; a bullet stays whole. */
function paragraphLines(text: string, bullet: true | undefined, random: Random): string[] {
  if (bullet) return [`- ${text}`, ''];
  const cut = random.chance(0.06) ? pageBreak(text, random) : undefined;
  return cut ? [cut[0], '', cut[1], ''] : [text, ''];
}

/**
 * Where a page ended in the middle of a paragraph: after a lower-case word and before another one
 * ("… de volgende stap AI is" / "die AI kan verbeteren"), or inside a long lower-case word
 * ("samen-" / "leving"), which is how the parser recognises the break and joins the halves.
 */
function pageBreak(text: string, random: Random): [string, string] | undefined {
  const words = text.split(' ');
  const candidates = words.map((_, index) => index).filter((index) => index > 2 && index < words.length - 2 && /^\p{Ll}+$/u.test(words[index]!) && /^\p{Ll}/u.test(words[index + 1]!));
  if (candidates.length === 0) return undefined;
  const at = random.pick(candidates);
  const word = words[at]!;
  const split = wordSplit(word);
  if (split !== undefined && random.chance(0.3)) {
    return [`${[...words.slice(0, at), word.slice(0, split)].join(' ')}-`, [word.slice(split), ...words.slice(at + 1)].join(' ')];
  }
  return [words.slice(0, at + 1).join(' '), words.slice(at + 1).join(' ')];
}

/**
 * A point to hyphenate a lower-case word at: after a consonant, before a vowel, at least three
 * letters on each side, and not between two vowels that Dutch would keep apart with a hyphen.
 */
export function wordSplit(word: string): number | undefined {
  if (!/^\p{Ll}{8,}$/u.test(word)) return undefined;
  for (let at = Math.floor(word.length / 2); at >= 3 && at <= word.length - 3; at--) {
    const before = word[at - 1]!;
    const after = word[at]!;
    if (!/[aeiouyéëïöü]/.test(before) && /[aeiouy]/.test(after)) return at;
  }
  return undefined;
}

/** The export's label spellings: "**De heer Krul (CDA):**", "Mevrouw **Kathmann** (GroenLinks-PvdA):", "Staatssecretaris **Szabó:**". */
function speakerLabel(speaker: Speaker, random: Random): string {
  if (speaker.role === 'chair') return random.chance(0.6) ? '**De voorzitter:**' : 'De **voorzitter**:';
  const person = speaker.person;
  if (speaker.role === 'member') {
    return random.chance(0.6) ? `**${person.honorific} ${person.name} (${person.party}):**` : `${person.honorific} **${person.name}** (${person.party}):`;
  }
  const title = person.office!.split(' ')[0]!;
  return random.pick([`**${title} ${person.name}:**`, `${title} **${person.name}**:`, `${title} **${person.name}:**`]);
}

/** "de heer Szabó, Staatssecretaris Koninkrijksrelaties en Digitalisering, en mevrouw …" */
export function cabinetList(cabinet: PlannedPerson[]): string {
  const named = cabinet.map((person) => `${addressed(person, false)}, ${person.office}`);
  return named.length === 1 ? named[0]! : `${named.slice(0, -1).join(', ')}, en ${named.at(-1)}`;
}

/** "Buijsse, Kathmann, Krul en Valize" */
export function nameList(people: PlannedPerson[]): string {
  const names = people.map((person) => person.name);
  return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} en ${names.at(-1)}`;
}

/** A report is adopted (vastgesteld) some weeks after the meeting. */
export function adoptedAfter(date: string, random: Random): string {
  const adopted = new Date(`${date}T12:00:00Z`);
  adopted.setUTCDate(adopted.getUTCDate() + random.int(14, 60));
  return adopted.toISOString().slice(0, 10);
}
