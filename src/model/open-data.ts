import type { ParliamentaryDocument, Passage, Question, Speech } from './document.ts';

/** Version of the published JSON format; raised when a field changes meaning or disappears. */
export const OPEN_DATA_VERSION = 1;

const joinPassages = (passages: Passage[]): string => passages.map((passage) => passage.text).join('\n\n');

/**
 * The document as published for download (`<id>.json` beside its page): the whole model, plus flat
 * `speeches` and `questions` lists for readers who do not want to walk the ordered `body`.
 */
export function toOpenData(doc: ParliamentaryDocument) {
  const speeches = doc.body.filter((block): block is Speech => block.type === 'speech');
  const questions = doc.body.filter((block): block is Question => block.type === 'question');
  return {
    version: OPEN_DATA_VERSION,
    ...doc,
    speeches: speeches.map(({ speaker, interruption, termijn, passages }) => ({ speaker, interruption, termijn, passages })),
    questions: questions.map((question) => ({
      number: question.number,
      anchor: question.anchor,
      party: question.party,
      askedBy: question.askedBy,
      text: joinPassages(question.passages),
      answer: joinPassages(question.answer.passages),
      answerAnchor: question.answer.anchor,
      refersTo: question.answer.refersTo,
    })),
  };
}
