import type { Random } from '../prng.ts';
import type { Material } from './material.ts';
import type { DebatePlan, DocumentPlan, PlannedCommitment, PlannedPerson } from './plan.ts';
import { addressed, type Cast } from './tokens.ts';
import { Budget, capitalise, clockTime, createWriter, type Writer } from './text.ts';
import type { References } from './references.ts';

/**
 * The course of a committee debate, independent of how the report is printed: who speaks when,
 * and what. The order is the House's: the chair opens, the members give their inbreng (with
 * interruptions), the meeting is suspended, the cabinet answers (interrupted), the second termijn,
 * then the chair reads out the toezeggingen, the cabinet reacts to each, and the chair closes.
 */
export type Speaker = { role: 'chair' } | { role: 'member'; person: PlannedPerson } | { role: 'cabinet'; person: PlannedPerson };

export interface ScriptParagraph {
  text: string;
  /** An item of the chair's list of commitments. */
  bullet?: true;
}

export type ScriptEvent =
  | { type: 'speech'; speaker: Speaker; paragraphs: ScriptParagraph[] }
  | { type: 'chair-change'; chair: PlannedPerson }
  | { type: 'procedural'; text: string };

const CHARACTERS_PER_MINUTE = 800;

/** The share of the text budget each part of the meeting takes. */
const SHARE = { inbreng: 0.42, answers: 0.4, secondTermijn: 0.12 };

export function writeDebateScript(plan: DocumentPlan, random: Random, material: Material, references: References): ScriptEvent[] {
  const debate = plan.debate!;
  const cast: Cast = {
    member: () => random.pick(debate.members),
    cabinet: () => random.pick(debate.cabinet),
    party: () => random.pick(debate.members).party ?? 'VVD',
  };
  return new DebateWriter(plan, debate, random, material, createWriter(random, cast), references).write();
}

class DebateWriter {
  private readonly events: ScriptEvent[] = [];
  private readonly budget: Budget;
  private readonly plan: DocumentPlan;
  private readonly debate: DebatePlan;
  private readonly random: Random;
  private readonly material: Material;
  private readonly writer: Writer;
  private readonly references: References;
  private clock: number;

  constructor(plan: DocumentPlan, debate: DebatePlan, random: Random, material: Material, writer: Writer, references: References) {
    this.plan = plan;
    this.debate = debate;
    this.random = random;
    this.material = material;
    this.writer = writer;
    this.references = references;
    // The front matter, labels and the closing list take roughly a tenth of a report.
    this.budget = new Budget(plan.targetBytes * 0.9);
    this.clock = debate.opens;
  }

  write(): ScriptEvent[] {
    const { debate } = this;
    const speakers = debate.members.filter((member) => member !== debate.chair);
    this.chair(
      `${capitalise(this.writer.sentence(this.material.debate.chair))} Welkom bij dit ${this.meetingName()} van de ${this.plan.committee}.`,
      `Ik geef het woord aan ${addressed(speakers[0] ?? debate.chair, false)}.`,
    );
    const perInbreng = (this.budget.total * SHARE.inbreng) / Math.max(1, speakers.length);
    speakers.forEach((member, index) => {
      this.inbreng(member, perInbreng);
      const next = speakers[index + 1];
      if (next) this.chair(`Dank voor uw inbreng. Dan geef ik het woord aan ${addressed(next, false)} namens de ${next.party}.`);
    });
    if (debate.viceChair) this.chairSpeaksForParty(debate.viceChair, perInbreng);

    const suspended = this.tick(5, 20);
    this.events.push({ type: 'procedural', text: `De vergadering wordt van ${clockTime(suspended)} uur tot ${clockTime(this.tick(5, 15))} uur geschorst.` });
    this.chair(`We gaan verder met de eerste termijn van de zijde van het kabinet. Het woord is aan de ${debate.cabinet[0]!.office}.`);
    const perAnswer = (this.budget.total * SHARE.answers) / debate.cabinet.length;
    debate.cabinet.forEach((person, index) => {
      this.answers(person, perAnswer);
      const next = debate.cabinet[index + 1];
      if (next) this.chair(`Dank voor uw beantwoording. Dan is het woord aan de ${next.office}.`);
    });

    this.chair('Dank voor de beantwoording. Dan gaan we naar de tweede termijn van de zijde van de Kamer.');
    const perSecond = (this.budget.total * SHARE.secondTermijn) / Math.max(1, speakers.length + debate.cabinet.length);
    for (const member of speakers.filter(() => this.random.chance(0.7))) {
      this.speech({ role: 'member', person: member }, this.paragraphs(perSecond, this.material.debate.member, this.material.debate.memberQuestions));
      this.chair(`Dank voor uw bijdrage in de tweede termijn.`);
    }
    for (const person of debate.cabinet) {
      this.chair(`Dan is het woord aan de ${person.office} voor de beantwoording in de tweede termijn.`);
      this.speech({ role: 'cabinet', person }, this.paragraphs(perSecond, this.material.debate.cabinet));
    }
    this.closingList(`Dan verklaar ik dit ${this.meetingName()} voor gesloten. Ik wens u allen een fijne dag.`);
    this.events.push({ type: 'procedural', text: `Sluiting ${clockTime(this.tick(2, 10))} uur.` });
    return this.events;
  }

  private meetingName(): string {
    return this.plan.kind === 'algemeen-overleg' ? 'algemeen overleg' : 'commissiedebat';
  }

  /**
   * The meeting's clock, for the suspension and closing times: the time the words so far take to
   * say (some 800 characters a minute), plus pauses; never past midnight.
   */
  private tick(min: number, max: number): number {
    const spoken = this.debate.opens + Math.round(this.budget.used / CHARACTERS_PER_MINUTE);
    this.clock = Math.min(Math.max(this.clock, spoken) + this.random.int(min, max), 23 * 60 + 59);
    return this.clock;
  }

  private chair(...texts: string[]): void {
    this.speech({ role: 'chair' }, texts.map((text) => ({ text })));
  }

  private speech(speaker: Speaker, paragraphs: ScriptParagraph[]): void {
    for (const paragraph of paragraphs) this.budget.spend(paragraph.text);
    this.events.push({ type: 'speech', speaker, paragraphs });
  }

  /** Paragraphs of 2–8 sentences up to a number of characters; a member's often end in a question. */
  private paragraphs(characters: number, pool: readonly string[], questions?: readonly string[]): ScriptParagraph[] {
    const paragraphs: ScriptParagraph[] = [];
    let written = 0;
    do {
      const asks = questions && this.random.chance(0.6);
      let text = this.writer.paragraph(pool, this.random.int(2, 8), asks ? questions : undefined);
      if (this.random.chance(0.08)) text += ` ${this.references.sentence(this.random)}`;
      paragraphs.push({ text });
      written += text.length;
    } while (written < characters);
    return paragraphs;
  }

  /** A member's inbreng, with the chair's time warning and interruptions by other members. */
  private inbreng(member: PlannedPerson, characters: number): void {
    const speaker: Speaker = { role: 'member', person: member };
    const paragraphs = this.paragraphs(characters * 0.75, this.material.debate.member, this.material.debate.memberQuestions);
    if (paragraphs.length > 3 && this.random.chance(0.3)) {
      // "U heeft nog 30 seconden.": the inbreng goes on in a turn of its own.
      const cut = paragraphs.length - 1;
      this.speech(speaker, paragraphs.slice(0, cut));
      this.chair(`U heeft nog ${this.random.pick(['30 seconden', 'een minuut', 'twintig seconden'])}.`);
      this.speech(speaker, paragraphs.slice(cut));
    } else {
      this.speech(speaker, paragraphs);
    }
    const others = this.interrupters().filter((other) => other !== member);
    let left = characters * 0.25;
    while (left > 0 && others.length > 0 && this.random.chance(0.7)) {
      const interrupter = this.random.pick(others);
      this.chair(`Dank voor uw inbreng. Ik zie een interruptie van ${addressed(interrupter, false)}.`);
      left -= this.exchange(interrupter, speaker, this.material.debate.member);
    }
  }

  /**
   * An interruption: the interrupter asks, the one who had the floor answers, and sometimes a
   * follow-up question ("Een vervolgvraag van …") and answer. Returns the characters written.
   */
  private exchange(interrupter: PlannedPerson, floor: Speaker, answerPool: readonly string[]): number {
    const ask = (): ScriptParagraph[] => [{ text: this.writer.paragraph(this.material.debate.member, this.random.int(1, 4), this.material.debate.memberQuestions) }];
    const answer = (): ScriptParagraph[] => this.paragraphs(this.random.int(200, 900), answerPool);
    const question = ask();
    const reply = answer();
    this.speech({ role: 'member', person: interrupter }, question);
    this.speech(floor, reply);
    let written = size(question) + size(reply);
    if (this.random.chance(0.4)) {
      this.chair(`Een vervolgvraag van ${addressed(interrupter, false)}.`);
      const followUp = ask();
      const secondReply = answer();
      this.speech({ role: 'member', person: interrupter }, followUp);
      this.speech(floor, secondReply);
      written += size(followUp) + size(secondReply);
    }
    return written;
  }

  /** The chair hands the chair to a member, speaks for their party, and takes the chair back. */
  private chairSpeaksForParty(viceChair: PlannedPerson, characters: number): void {
    const chair = this.debate.chair;
    this.chair(`Dan stel ik voor dat ik het voorzitterschap even overdraag aan ${addressed(viceChair, false)}, zodat ik ook een inbreng kan doen.`);
    this.events.push({ type: 'chair-change', chair: viceChair });
    this.chair(`Akkoord. Dan geef ik het woord aan ${addressed(chair, false)}, die namens de ${chair.party} het woord zal voeren.`);
    this.inbreng(chair, characters);
    this.chair('Dank voor uw inbreng. Dan geef ik het voorzitterschap terug.');
    this.events.push({ type: 'chair-change', chair });
  }

  /** The cabinet member's answers, interrupted by members who want to know more. */
  private answers(person: PlannedPerson, characters: number): void {
    const speaker: Speaker = { role: 'cabinet', person };
    let left = characters;
    while (left > 0) {
      const block = this.paragraphs(Math.min(left, this.random.int(1500, 6000)), this.material.debate.cabinet);
      this.speech(speaker, block);
      left -= size(block);
      if (left <= 0 || !this.random.chance(0.6)) continue;
      const interrupters = this.interrupters();
      if (interrupters.length === 0) continue;
      const interrupter = this.random.pick(interrupters);
      this.chair(`Er is een interruptie van ${addressed(interrupter, false)}.`);
      left -= this.exchange(interrupter, speaker, this.material.debate.cabinet);
      if (left > 0) this.chair(`Dank u wel. De ${person.office} vervolgt de beantwoording.`);
    }
  }

  /** Members who may interrupt: not the chair, nor the member who stands in for the chair. */
  private interrupters(): PlannedPerson[] {
    return this.debate.members.filter((member) => member !== this.debate.chair && member !== this.debate.viceChair);
  }

  /** The chair's list of toezeggingen, read out in groups, each group followed by the cabinet's reaction; then the closing words. */
  private closingList(closing: string): void {
    const { commitments } = this.debate;
    const opening: ScriptParagraph[] = [{ text: 'Dan wil ik graag als voorzitter nog even recapituleren wat er vandaag besproken is.' }];
    if (this.random.chance(0.5)) opening.push({ text: `Het lid ${this.random.pick(this.debate.members).name} vraagt een tweeminutendebat aan.` });
    let index = 0;
    let paragraphs = opening;
    while (index < commitments.length) {
      const group = commitments.slice(index, index + this.random.int(1, 3));
      index += group.length;
      paragraphs.push(...group.map((commitment) => ({ text: commitmentItem(commitment, this.random), bullet: true as const })));
      this.speech({ role: 'chair' }, paragraphs);
      paragraphs = this.reaction(group.at(-1)!);
    }
    this.speech({ role: 'chair' }, [...paragraphs, { text: closing }]);
  }

  /** What is said after a commitment is read out; returns what the chair says before the next item. */
  private reaction(commitment: PlannedCommitment): ScriptParagraph[] {
    const by: Speaker = { role: 'cabinet', person: commitment.by };
    switch (commitment.fate) {
      case 'made':
        return [];
      case 'confirmed':
        this.speech(by, [{ text: 'Dat zeg ik toe.' }]);
        return [];
      case 'answered':
        this.speech(by, [{ text: 'Nou, dat zeg ik niet toe. Dat is zo.' }]);
        return [{ text: 'Oké.' }];
      case 'withdrawn':
        this.speech(by, [{ text: 'Dat is in dit debat al beantwoord. Daar komt geen aparte brief over.' }]);
        return [{ text: 'Die toezegging kan dus weg.' }];
      case 'changed':
        this.speech(by, [{ text: 'Die brief komt er wel, maar niet van mij: mijn collega stuurt hem.' }]);
        return [{ text: 'De toezegging wordt dus aangepast.' }];
    }
  }
}

/** A commitment as the chair reads it out, in one of the House's wordings. */
export function commitmentItem(commitment: PlannedCommitment, random: Random): string {
  const designation = `de ${commitment.by.office}`;
  switch (random.int(0, 2)) {
    case 0:
      return `${capitalise(designation)} zegt toe de Kamer ${commitment.timeframe} te informeren over ${commitment.subject}, naar aanleiding van de vraag van het lid ${commitment.to.name}.`;
    case 1:
      return `${capitalise(commitment.timeframe)} zal ${designation} de Kamer per brief informeren over ${commitment.subject}; dat is een toezegging aan ${addressed(commitment.to, false)}.`;
    default:
      return `Er komt ${commitment.timeframe} een brief naar de Kamer van ${designation} over ${commitment.subject}; dat is een toezegging aan ${addressed(commitment.to, false)}.`;
  }
}

function size(paragraphs: ScriptParagraph[]): number {
  return paragraphs.reduce((sum, paragraph) => sum + paragraph.text.length, 0);
}
