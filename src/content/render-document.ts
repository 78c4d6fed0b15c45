import { readFileSync, writeFileSync } from 'node:fs';
import { renderDocumentHtml } from '../markdown/render.ts';
import type { ParliamentaryDocument } from '../model/document.ts';
import { documentNavigation } from '../site/toc.ts';
import { renderOptions, type RenderContext } from './render-context.ts';

/** One document body to render: its model (the open-data JSON), where the HTML and the table of contents go, and its context. */
export interface RenderJob {
  jsonPath: string;
  htmlPath: string;
  tocPath: string;
  context: RenderContext;
}

/** Renders a document's body and its navigation (contents, speakers) from its model and writes them; a failure comes back as a message naming the file. */
export function renderDocumentFile({ jsonPath, htmlPath, tocPath, context }: RenderJob): { error?: string } {
  try {
    const model = JSON.parse(readFileSync(jsonPath, 'utf8')) as ParliamentaryDocument;
    writeFileSync(htmlPath, renderDocumentHtml(model, renderOptions(context)));
    writeFileSync(tocPath, JSON.stringify(documentNavigation(model)));
    return {};
  } catch (error) {
    return { error: `${jsonPath}: could not be rendered: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}` };
  }
}
