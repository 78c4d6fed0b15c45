import type { SourceFormatModule } from '../format.ts';
import { SourceError } from '../source.ts';
import { buildVlos } from '../vlos/build.ts';
import { parseXml, peekRootElement } from '../xml/tree.ts';

/** The namespace of every VLOS transcript, the 2014 `Vlos2_GGM` and the 2025 `vlos2document` 1.3 alike. */
export const VLOS_NAMESPACE = 'http://www.tweedekamer.nl/ggm/vergaderverslag/v1.0';

/**
 * VLOS: the Tweede Kamer's own XML of every meeting's transcript, plenary and committee, as its
 * open data portal (https://opendata.tweedekamer.nl) publishes it for the Verslag entity.
 */
export const vlos: SourceFormatModule = {
  name: 'vlos',
  description: "VLOS transcript (vlosCoreDocument) from the Tweede Kamer's open data portal: committee debates and plenary sittings",
  extensions: ['.xml'],
  detect(source) {
    const root = peekRootElement(source.text);
    return root?.name === 'vlosCoreDocument' && root.namespace === VLOS_NAMESPACE;
  },
  parse(source, diagnostics) {
    const root = parseXml(source.text, source.path);
    if (root.name !== 'vlosCoreDocument' || root.namespace !== VLOS_NAMESPACE) {
      throw new SourceError(source.path, `not a VLOS transcript: the root element is <${root.name}>${root.namespace ? ` in ${root.namespace}` : ''}, not <vlosCoreDocument> in ${VLOS_NAMESPACE}`, root.line);
    }
    return buildVlos(source, root, diagnostics);
  },
};
