/**
 * WordprocessingML as a DOM: parsing a part, and reading elements and attributes by local name in
 * the main namespace (transitional or strict OOXML), whatever prefix a writer chose.
 */
import { DOMParser, type Document, type Element } from '@xmldom/xmldom';

const W_NAMESPACES = new Set([
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main',
]);
export const MC_NAMESPACE = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
const ELEMENT_NODE = 1;

/** Why a Word package could not be read, for the caller to report with the file name. */
export class DocxError extends Error {}

export function parseXml(text: string): Document {
  // Word never writes a DTD; refusing one rules out entity expansion tricks.
  if (/<!DOCTYPE/i.test(text)) throw new DocxError('it declares a DOCTYPE, which Word documents never do');
  try {
    return new DOMParser({
      locator: true,
      onError: (level, message) => {
        if (level !== 'warning') throw new DocxError(message);
      },
    }).parseFromString(text, 'text/xml');
  } catch (e) {
    throw new DocxError((e as Error).message.split('\n')[0]!);
  }
}

export function isW(node: Element, name?: string): boolean {
  return W_NAMESPACES.has(node.namespaceURI ?? '') && (name === undefined || node.localName === name);
}

export function isMc(node: Element, name: string): boolean {
  return node.namespaceURI === MC_NAMESPACE && node.localName === name;
}

export function elementChildren(node: Element): Element[] {
  const out: Element[] = [];
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === ELEMENT_NODE) out.push(child as Element);
  }
  return out;
}

export function wChild(node: Element | undefined, name: string): Element | undefined {
  return node ? elementChildren(node).find((c) => isW(c, name)) : undefined;
}

export function wChildren(node: Element, name: string): Element[] {
  return elementChildren(node).filter((c) => isW(c, name));
}

/** A w:-namespaced attribute (w:val, w:id …), or undefined. */
export function wAttr(node: Element | undefined, name: string): string | undefined {
  if (!node) return undefined;
  for (const attr of Array.from(node.attributes)) {
    if (attr.localName === name && W_NAMESPACES.has(attr.namespaceURI ?? '')) return attr.value;
  }
  return undefined;
}

/** w:val of a child element, the commonest way WordprocessingML states a property. */
export function wVal(node: Element | undefined, child: string): string | undefined {
  return wAttr(wChild(node, child), 'val');
}

/** An on/off property: present without w:val, or with a true value. */
export function wFlag(node: Element | undefined, child: string): boolean {
  const el = wChild(node, child);
  if (!el) return false;
  const val = wAttr(el, 'val');
  return val === undefined || val === '1' || val === 'true' || val === 'on';
}

export function intVal(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number.parseInt(value, 10);
  return Number.isFinite(n) ? n : undefined;
}

export type { Document, Element };
