import type { Block, Decision, DecisionResult, Motion } from '../../model/document.ts';
import { normaliseDossier } from '../../model/papers.ts';

/**
 * Votes as the Handelingen record them: the chair puts a proposal to the vote ("In stemming komt
 * de motie-Kröger (21501-08, nr. 724).") and then states the outcome ("Ik constateer dat de
 * leden van de fracties van … voor deze motie hebben gestemd …, zodat zij is aangenomen.").
 * Each such pair is a Decision; a motion of this document that was voted on gets its result.
 */
const PUT_TO_VOTE = /^In stemming komt (?:de |het )?(.+?)\s*\(([^()]*?)\)\.?$/;
const OUTCOME = /\bzodat (?:zij|hij|het|deze) (?:is|zijn) (aangenomen|verworpen)\b/;
/** '21501-08, nr. 726, was nr. 719' → the dossier and the (current) number. */
const PAPER = /^([\d ]+(?:-[\dA-Z]+| [IVXL]+)?), nr\. (\d+)/;

export function recordVotes(blocks: Block[], motions: Motion[]): Decision[] {
  const decisions: Decision[] = [];
  let pending: { text: string; paper?: { dossier: string; number: string } } | undefined;
  for (const block of blocks) {
    if (block.type === 'procedural' && block.speaker?.role === 'chair') {
      const vote = PUT_TO_VOTE.exec(block.passage.text);
      if (vote) {
        const paper = PAPER.exec(vote[2]!);
        pending = { text: block.passage.text, ...(paper ? { paper: { dossier: normaliseDossier(paper[1]!.trim()), number: paper[2]! } } : {}) };
      }
      continue;
    }
    if (!pending || block.type !== 'speech' || block.speaker.role !== 'chair') continue;
    for (const passage of block.passages) {
      const outcome = OUTCOME.exec(passage.text);
      if (!outcome) continue;
      const result = outcome[1] as DecisionResult;
      const paper = pending.paper;
      const motion = paper ? motions.find((candidate) => candidate.paper?.dossier === paper.dossier && candidate.paper.number === paper.number) : undefined;
      if (motion) motion.result = result;
      decisions.push({ anchor: passage.anchor, text: pending.text, result, ...(motion ? { motion: motion.anchor } : {}) });
      pending = undefined;
      break;
    }
  }
  return decisions;
}
