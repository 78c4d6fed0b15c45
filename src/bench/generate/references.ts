import type { PaperNumber } from '../../model/document.ts';
import type { Random } from '../prng.ts';
import { BUDGET_DOSSIERS, DOSSIERS } from './names.ts';
import type { DocumentPlan } from './plan.ts';
import { addDays, dutchDate, paperCitation, paperFootnote } from './text.ts';

/**
 * Citations of other documents, in the forms the corpus uses ("(Kamerstuk 26 643, nr. 1311)",
 * "Kamerstukken II 2024/2025, 26 643, nr. 1311" in a footnote). Most cite another generated
 * document whose Kamerstuk readers know, so the site's paper pages link documents to each other;
 * the rest cite papers outside the corpus, as real documents do.
 */
export interface References {
  /** A sentence that refers to a paper. */
  sentence(random: Random): string;
  /** 'Kamerstuk 26 643, nr. 1311' */
  citation(random: Random): string;
  /** A footnote text citing a paper. */
  footnote(random: Random): string;
  /** An agenda item: a letter with its Kamerstuk. */
  agendaItem(random: Random, subject: string): string;
}

interface Cited {
  paper: PaperNumber;
  date: string;
  description: string;
}

export function createReferences(plans: readonly DocumentPlan[], self: DocumentPlan): References {
  // A document cites what came before it: another generated document of an earlier date, if one
  // turns up in a few draws, else a paper outside the corpus (a budget chapter, an older number).
  const cite = (random: Random): Cited => {
    for (let attempt = 0; attempt < 8 && plans.length > 1; attempt++) {
      const other = plans[random.int(0, plans.length - 1)]!;
      if (other === self || !other.citable || other.date >= self.date) continue;
      return { paper: other.paper, date: other.date, description: describe(other) };
    }
    const dossier = random.chance(0.3) ? random.pick(BUDGET_DOSSIERS) : random.pick(DOSSIERS).dossier;
    return { paper: { dossier, number: String(random.int(1, 99)) }, date: addDays(self.date, -random.int(30, 400)), description: 'de brief' };
  };
  return {
    sentence(random) {
      const { paper, date, description } = cite(random);
      return random.pick([
        `Ik verwijs hierbij naar ${description} van ${dutchDate(date)} (${paperCitation(paper)}).`,
        `Daarover is de Kamer eerder geïnformeerd (${paperCitation(paper)}).`,
        `Zie ook ${paperCitation(paper)}.`,
      ]);
    },
    citation(random) {
      return paperCitation(cite(random).paper);
    },
    footnote(random) {
      const { paper, date } = cite(random);
      return paperFootnote(paper, date);
    },
    agendaItem(random, subject) {
      const { paper, date } = cite(random);
      return `de brief van de ${random.pick(['Minister van Binnenlandse Zaken en Koninkrijksrelaties', 'Staatssecretaris Koninkrijksrelaties en Digitalisering', 'Minister van Justitie en Veiligheid', 'Minister van Economische Zaken en Klimaat'])} d.d. ${dutchDate(date)} inzake ${subject} (${paperCitation(paper)})`;
    },
  };
}

function describe(plan: DocumentPlan): string {
  switch (plan.kind) {
    case 'commissiedebat':
      return 'het verslag van het commissiedebat';
    case 'algemeen-overleg':
      return 'het verslag van het algemeen overleg';
    case 'schriftelijk-overleg':
      return 'het verslag van het schriftelijk overleg';
    default:
      return 'de brief';
  }
}
