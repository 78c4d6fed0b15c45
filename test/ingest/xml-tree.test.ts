import { describe, expect, it } from 'vitest';
import { childElement, childElements, descendants, parseXml, peekRootElement, textContent } from '../../src/ingest/xml/tree.ts';

describe('the XML tree of an official source', () => {
  it('keeps local names, attributes, namespaces, mixed text and the position of every start tag', () => {
    const root = parseXml(
      '\uFEFF<?xml version="1.0"?>\n<v:verslag xmlns:v="urn:x" soort="Tussenpublicatie">\n  <v:alinea>De <nadruk type="vet">Kamer</nadruk>, gehoord</v:alinea>\n</v:verslag>',
      'content/x.xml',
    );
    expect(root).toMatchObject({ name: 'verslag', namespace: 'urn:x', attributes: { soort: 'Tussenpublicatie' }, line: 2 });
    const alinea = childElement(root, 'alinea')!;
    expect(alinea.line).toBe(3);
    expect(textContent(alinea)).toBe('De Kamer, gehoord');
    expect(childElements(alinea).map((element) => element.name)).toEqual(['nadruk']);
    expect(descendants(root, 'nadruk')[0]!.attributes).toEqual({ type: 'vet' });
  });

  it('names the file, line and column of malformed XML', () => {
    expect(() => parseXml('<a>\n<b>\n</a>', 'content/x.xml')).toThrow(/^content\/x\.xml:3: malformed XML: .*column \d+/);
  });

  it('tells the root element and its namespace without parsing', () => {
    expect(peekRootElement('\uFEFF<?xml version="1.0" encoding="utf-8"?>\n<!-- c -->\n<vlosCoreDocument xmlns="http://www.tweedekamer.nl/ggm/vergaderverslag/v1.0" soort="x">')).toEqual({
      name: 'vlosCoreDocument',
      namespace: 'http://www.tweedekamer.nl/ggm/vergaderverslag/v1.0',
    });
    expect(peekRootElement('<?xml version="1.0"?><officiele-publicatie>')).toEqual({ name: 'officiele-publicatie' });
  });
});
