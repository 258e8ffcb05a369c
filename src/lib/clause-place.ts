/**
 * Where a clause sits in its document: in the document's own numbers (printedPlace), and as the
 * chain of headings above it, each with its in-page anchor.
 * A clause id is its document id plus its outline address (henan-2021-jiangong-liye-3-1-1 → 3,1,1),
 * and the heading at address 3,1 has the anchor s-3-1 (see ids.ts).
 */
import { headingAnchor } from './ids.ts';
import { isUnnumbered } from './markers.ts';
import type { Clause, OutlineEntry } from './schema.ts';

export interface HeadingStep {
  text: string;
  /** Anchor of the heading in the document page, when the outline has it. */
  anchor?: string;
}

export function clauseAddress(documentId: string, clauseId: string): number[] {
  const prefix = `${documentId}-`;
  if (!clauseId.startsWith(prefix)) return [];
  return clauseId.slice(prefix.length).split('-').map(Number);
}

export function headingTrail(documentId: string, clause: Pick<Clause, 'id' | 'path'>, outline: readonly OutlineEntry[]): HeadingStep[] {
  const address = clauseAddress(documentId, clause.id);
  return clause.path.map((text, depth) => {
    const byAddress = address.length > depth + 1 ? outline.find((e) => e.id === headingAnchor(address.slice(0, depth + 1))) : undefined;
    const entry = byAddress?.text === text ? byAddress : outline.find((e) => e.text === text);
    return { text, anchor: entry?.id };
  });
}

/**
 * The clause's place in the document's own numbers: the markers of the headings above it, then its
 * own marker (三、（一）26.); a "——" item, which has no number, by its position among the "——" items
 * under its heading (三、（一）第2项). A label such as 主要目标： is named without its colon.
 */
export function printedPlace(headingLabels: readonly string[], label: string, position: number): string {
  const own = isUnnumbered(label) ? `第${position}项` : label.replace(/[:：]$/, '');
  return headingLabels.join('') + own;
}
