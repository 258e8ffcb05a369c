/**
 * The ledger as an Excel workbook (台账): one sheet per document, the fixed columns with widths and
 * wrapped text, the header row frozen and repeated on every printed A4 page.
 *
 * Written directly as SpreadsheetML parts zipped with fflate: a general spreadsheet library took
 * 26 ms a file and stamped the zip entries with the build time; this takes about 1 ms, and the same
 * rows give the same bytes.
 */
import { zipSync, type Zippable } from 'fflate';
import { LEDGER_COLUMNS, ledgerCells, type LedgerRow } from './ledger.ts';

const COLUMN_WIDTHS = [6, 60, 18, 28, 18, 30, 36, 24];
const LINK_COLUMN = LEDGER_COLUMNS.indexOf('条款链接');
/** Characters Excel forbids in sheet names, and its length limit. */
const SHEET_NAME_FORBIDDEN = /[\\/?*[\]:]/g;
const SHEET_NAME_MAX = 31;
/** A fixed timestamp for every zip entry (the workbook and the dataset archive), so the same content gives the same file. */
export const ZIP_ENTRY_TIME = new Date('2000-01-01T00:00:00Z');

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Cell styles (cellXfs): body text wrapped at the top of the cell; the header the same, bold. */
const STYLE_BODY = 1;
const STYLE_HEADER = 2;

export interface LedgerSheet {
  /** Full title of the document, printed in the page header. */
  title: string;
  /** Short name for the sheet tab. */
  name: string;
  rows: LedgerRow[];
}

function sheetName(name: string, taken: Set<string>): string {
  const base = name.replace(SHEET_NAME_FORBIDDEN, '').slice(0, SHEET_NAME_MAX - 3) || '台账';
  let candidate = base;
  for (let k = 2; taken.has(candidate); k++) candidate = `${base}（${k}）`;
  taken.add(candidate);
  return candidate;
}

/** Text as XML character data: markup escaped, characters XML 1.0 cannot carry dropped. */
function xmlText(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** Excel wants header/footer text with & doubled. */
function headerText(text: string): string {
  return xmlText(text.replace(/&/g, '&&'));
}

/** A1-style column letters for a 0-based column (the ledger has 8 columns: A–H). */
function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** The workbook's shared strings: each distinct text once, cells refer to it by index. */
class SharedStrings {
  private readonly index = new Map<string, number>();
  private count = 0;

  ref(text: string): number {
    this.count++;
    let i = this.index.get(text);
    if (i === undefined) this.index.set(text, (i = this.index.size));
    return i;
  }

  xml(): string {
    const items = [...this.index.keys()].map((t) => `<si><t xml:space="preserve">${xmlText(t)}</t></si>`).join('');
    return `${XML_HEAD}<sst xmlns="${MAIN_NS}" count="${this.count}" uniqueCount="${this.index.size}">${items}</sst>`;
  }
}

function cellXml(ref: string, value: string, style: number, strings: SharedStrings): string {
  if (value === '') return `<c r="${ref}" s="${style}"/>`;
  if (/^(0|[1-9]\d{0,14})$/.test(value)) return `<c r="${ref}" s="${style}"><v>${value}</v></c>`;
  return `<c r="${ref}" s="${style}" t="s"><v>${strings.ref(value)}</v></c>`;
}

function worksheetXml(sheet: LedgerSheet, strings: SharedStrings): { xml: string; links: string[] } {
  const rows = [LEDGER_COLUMNS as readonly string[], ...sheet.rows.map(ledgerCells)];
  const links: string[] = [];
  const linkRefs: string[] = [];
  const rowXml = rows.map((cells, r) => {
    const style = r === 0 ? STYLE_HEADER : STYLE_BODY;
    const xml = cells.map((value, c) => cellXml(`${columnLetter(c)}${r + 1}`, value, style, strings)).join('');
    const link = r > 0 ? sheet.rows[r - 1]!.link : '';
    if (/^https?:/.test(link)) {
      links.push(link);
      linkRefs.push(`<hyperlink ref="${columnLetter(LINK_COLUMN)}${r + 1}" r:id="rId${links.length}"/>`);
    }
    return `<row r="${r + 1}">${xml}</row>`;
  });
  const cols = COLUMN_WIDTHS.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('');
  const xml =
    `${XML_HEAD}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
    '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' +
    `<dimension ref="A1:${columnLetter(LEDGER_COLUMNS.length - 1)}${rows.length}"/>` +
    '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>' +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    `<cols>${cols}</cols>` +
    `<sheetData>${rowXml.join('')}</sheetData>` +
    (linkRefs.length ? `<hyperlinks>${linkRefs.join('')}</hyperlinks>` : '') +
    '<pageMargins left="0.5" right="0.5" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>' +
    `<headerFooter><oddHeader>&amp;C${headerText(sheet.title)}</oddHeader><oddFooter>&amp;C第 &amp;P 页，共 &amp;N 页</oddFooter></headerFooter>` +
    '</worksheet>';
  return { xml, links };
}

function relationships(items: { type: string; target: string; external?: boolean }[]): string {
  const rels = items.map((r, i) => `<Relationship Id="rId${i + 1}" Type="${r.type}" Target="${xmlText(r.target)}"${r.external ? ' TargetMode="External"' : ''}/>`);
  return `${XML_HEAD}<Relationships xmlns="${PACKAGE_REL_NS}">${rels.join('')}</Relationships>`;
}

const STYLES_XML =
  `${XML_HEAD}<styleSheet xmlns="${MAIN_NS}">` +
  '<fonts count="2"><font><sz val="11"/><name val="等线"/><family val="2"/></font><font><b/><sz val="11"/><name val="等线"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

const TYPE = {
  document: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument',
  core: 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties',
  app: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties',
  worksheet: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet',
  styles: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles',
  sharedStrings: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings',
  hyperlink: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink',
};

const CONTENT_TYPE = {
  workbook: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  styles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
  sharedStrings: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml',
  core: 'application/vnd.openxmlformats-package.core-properties+xml',
  app: 'application/vnd.openxmlformats-officedocument.extended-properties+xml',
};

export function ledgerXlsx(sheets: readonly LedgerSheet[], created: Date): Uint8Array<ArrayBuffer> {
  const strings = new SharedStrings();
  const taken = new Set<string>();
  const names = sheets.map((s) => sheetName(s.name, taken));
  const encoder = new TextEncoder();
  const parts: Record<string, string> = {};

  sheets.forEach((sheet, i) => {
    const { xml, links } = worksheetXml(sheet, strings);
    parts[`xl/worksheets/sheet${i + 1}.xml`] = xml;
    if (links.length) parts[`xl/worksheets/_rels/sheet${i + 1}.xml.rels`] = relationships(links.map((target) => ({ type: TYPE.hyperlink, target, external: true })));
  });

  const sheetList = names.map((name, i) => `<sheet name="${xmlText(name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('');
  // Row 1 printed on every page ('name' quoted, its quotes doubled, as Excel writes sheet references).
  const printTitles = names.map((name, i) => `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">'${xmlText(name.replace(/'/g, "''"))}'!$1:$1</definedName>`).join('');
  parts['xl/workbook.xml'] = `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><bookViews><workbookView/></bookViews><sheets>${sheetList}</sheets>${printTitles ? `<definedNames>${printTitles}</definedNames>` : ''}</workbook>`;
  parts['xl/_rels/workbook.xml.rels'] = relationships([
    ...sheets.map((_, i) => ({ type: TYPE.worksheet, target: `worksheets/sheet${i + 1}.xml` })),
    { type: TYPE.styles, target: 'styles.xml' },
    { type: TYPE.sharedStrings, target: 'sharedStrings.xml' },
  ]);
  parts['xl/styles.xml'] = STYLES_XML;
  parts['xl/sharedStrings.xml'] = strings.xml();

  const stamp = created.toISOString().replace(/\.\d{3}Z$/, 'Z');
  parts['docProps/core.xml'] =
    `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    `<dc:creator>共青团政策条款库</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified></cp:coreProperties>`;
  parts['docProps/app.xml'] = `${XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>共青团政策条款库</Application></Properties>`;
  parts['_rels/.rels'] = relationships([
    { type: TYPE.document, target: 'xl/workbook.xml' },
    { type: TYPE.core, target: 'docProps/core.xml' },
    { type: TYPE.app, target: 'docProps/app.xml' },
  ]);
  const overrides = [
    ['/xl/workbook.xml', CONTENT_TYPE.workbook],
    ...sheets.map((_, i) => [`/xl/worksheets/sheet${i + 1}.xml`, CONTENT_TYPE.worksheet]),
    ['/xl/styles.xml', CONTENT_TYPE.styles],
    ['/xl/sharedStrings.xml', CONTENT_TYPE.sharedStrings],
    ['/docProps/core.xml', CONTENT_TYPE.core],
    ['/docProps/app.xml', CONTENT_TYPE.app],
  ];
  parts['[Content_Types].xml'] =
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
    overrides.map(([part, type]) => `<Override PartName="${part}" ContentType="${type}"/>`).join('') +
    '</Types>';

  // [Content_Types].xml first, as readers that stream the archive expect.
  const order = ['[Content_Types].xml', '_rels/.rels', ...Object.keys(parts).filter((p) => p !== '[Content_Types].xml' && p !== '_rels/.rels').sort()];
  const entries: Zippable = {};
  for (const name of order) entries[name] = [encoder.encode(parts[name]!), { mtime: ZIP_ENTRY_TIME }];
  // fflate writes the archive into a buffer of its own (never shared memory).
  return zipSync(entries, { level: 6 }) as Uint8Array<ArrayBuffer>;
}
