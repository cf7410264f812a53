import { DOMParser, type Document as XmlDocument, type Element } from '@xmldom/xmldom';
import { strFromU8, unzipSync } from 'fflate';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** Parse XML strictly: any warning or error fails the test, as Word would refuse the file. */
function parseXmlStrict(xml: string): XmlDocument {
  const parser = new DOMParser({
    onError: (level, message) => {
      throw new Error(`XML ${level}: ${message}`);
    },
  });
  return parser.parseFromString(xml, 'application/xml');
}

/** Unzip a .docx and parse the parts the tests look at. */
export function readDocx(bytes: Uint8Array) {
  const files = unzipSync(bytes);
  const part = (name: string) => {
    const file = files[name];
    if (!file) throw new Error(`missing ${name}`);
    return parseXmlStrict(strFromU8(file));
  };
  const headerNames = Object.keys(files).filter((n) => /^word\/header\d+\.xml$/.test(n));
  return {
    files,
    document: part('word/document.xml'),
    styles: part('word/styles.xml'),
    headers: headerNames.map(part),
  };
}

export const byTag = (node: XmlDocument | Element, tag: string): Element[] =>
  Array.from(node.getElementsByTagNameNS(W, tag));
export const attr = (el: Element | undefined, name: string) => el?.getAttributeNS(W, name) ?? null;

/** Text of each paragraph: runs joined, tabs as "\t", breaks as "\n". */
export function paragraphTexts(doc: XmlDocument | Element): string[] {
  return byTag(doc, 'p').map((p) => {
    let text = '';
    for (const r of byTag(p, 'r')) {
      for (const child of Array.from(r.childNodes)) {
        const el = child as Element;
        if (el.localName === 't') text += el.textContent ?? '';
        else if (el.localName === 'tab') text += '\t';
        else if (el.localName === 'br') text += '\n';
      }
    }
    return text;
  });
}

/** The run (<w:r>) whose text equals `text`. */
export function runWithText(doc: XmlDocument, text: string): Element | undefined {
  return byTag(doc, 'r').find(
    (r) =>
      byTag(r, 't')
        .map((t) => t.textContent)
        .join('') === text,
  );
}
