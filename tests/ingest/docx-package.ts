/**
 * Minimal Word packages written by hand, for the reader's details that a generated document
 * cannot show (complex fields, revisions, text boxes, numbering overrides, odd tables) and for
 * damaged files. `body` is the content of w:body; numbering and styles are the inner XML of
 * w:numbering and w:styles.
 */
import { strToU8, zipSync } from 'fflate';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const NAMESPACES = `xmlns:w="${W}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`;
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface PackageParts {
  body: string;
  numbering?: string;
  styles?: string;
  /** Replace or add raw parts (name → XML). */
  parts?: Record<string, string>;
}

export function docxPackage({ body, numbering, styles, parts = {} }: PackageParts): Uint8Array {
  const rels = [
    numbering !== undefined ? `<Relationship Id="rId1" Type="${REL}/numbering" Target="numbering.xml"/>` : '',
    styles !== undefined ? `<Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/>` : '',
  ].join('');
  const files: Record<string, string> = {
    '[Content_Types].xml': '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>',
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`,
    'word/_rels/document.xml.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`,
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${NAMESPACES}><w:body>${body}</w:body></w:document>`,
    ...(numbering !== undefined ? { 'word/numbering.xml': `<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="${W}">${numbering}</w:numbering>` } : {}),
    ...(styles !== undefined ? { 'word/styles.xml': `<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="${W}">${styles}</w:styles>` } : {}),
    ...parts,
  };
  return zipSync(Object.fromEntries(Object.entries(files).map(([name, xml]) => [name, strToU8(xml)])));
}

/** A paragraph of plain runs, with optional paragraph properties. */
export function p(text: string, pPr = ''): string {
  return `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${text ? `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>` : ''}</w:p>`;
}

export function numbered(numId: number, ilvl: number, text: string): string {
  return p(text, `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`);
}

export interface LevelSpec {
  format: string;
  text: string;
  start?: number;
  /** Extra XML inside w:lvl (w:lvlRestart, w:isLgl, w:pStyle). */
  extra?: string;
}

export function abstractNum(id: number, levels: LevelSpec[], extra = ''): string {
  const lvls = levels
    .map((l, i) => `<w:lvl w:ilvl="${i}"><w:start w:val="${l.start ?? 1}"/><w:numFmt w:val="${l.format}"/>${l.extra ?? ''}<w:lvlText w:val="${l.text}"/></w:lvl>`)
    .join('');
  return `<w:abstractNum w:abstractNumId="${id}">${extra}${lvls}</w:abstractNum>`;
}

export function num(numId: number, abstractId: number, overrides = ''): string {
  return `<w:num w:numId="${numId}"><w:abstractNumId w:val="${abstractId}"/>${overrides}</w:num>`;
}

/** A table row from cells given as inner XML of w:tc (use `tc`). */
export function tr(...cells: string[]): string {
  return `<w:tr>${cells.join('')}</w:tr>`;
}

export function tc(text: string | string[], tcPr = ''): string {
  const paragraphs = (Array.isArray(text) ? text : [text]).map((t) => p(t)).join('');
  return `<w:tc>${tcPr ? `<w:tcPr>${tcPr}</w:tcPr>` : ''}${paragraphs}</w:tc>`;
}

export function table(...rows: string[]): string {
  return `<w:tbl><w:tblPr/><w:tblGrid/>${rows.join('')}</w:tbl>`;
}
