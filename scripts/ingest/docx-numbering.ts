/**
 * Word's automatic list numbering (numbering.xml + styles.xml): which paragraphs are numbered,
 * how the counters run, and the number text Word draws in front of each — "一、" "（二）" "3." —
 * which is in no w:t of the document and would otherwise be lost.
 *
 * Counters follow Word: the w:num instances of one w:abstractNum share its counters; levels start
 * at w:start; a level restarts when a higher level is used (or after the level its w:lvlRestart
 * names, or never for 0); an instance that overrides a level's start (w:lvlOverride) restarts the
 * shared counter there the first time it is used at that level, and instances after it continue.
 */
import { formatNumber } from './docx-number-formats.ts';
import { elementChildren, intVal, isW, wAttr, wChild, wChildren, wFlag, wVal, type Element } from './docx-xml.ts';

interface Level {
  start: number;
  format: string;
  /** w:lvlText: "%1、", "（%2）", "%1.%2" …; null when the level draws no text. */
  text: string | null;
  /** 1-based level after whose use this level restarts; 0 = never; undefined = after any higher level. */
  restartAfter: number | undefined;
  /** w:isLgl: every number this level shows is drawn as decimal (1.1.1 under 一、). */
  legal: boolean;
  /** w:pStyle: the paragraph style bound to this level. */
  style: string | undefined;
}

interface AbstractList {
  levels: Map<number, Level>;
  /** w:numStyleLink: the list is defined through a numbering style. */
  numStyleLink: string | undefined;
}

interface ListInstance {
  abstractId: string;
  startOverrides: Map<number, number>;
  levelOverrides: Map<number, Level>;
}

interface StyleNumbering {
  numId?: string;
  ilvl?: number;
}

interface ParagraphStyle {
  basedOn: string | undefined;
  numbering: StyleNumbering | undefined;
}

/** Bullets drawn from symbol fonts (Wingdings, Symbol) sit in the private use area. */
const PRIVATE_USE = /[\ue000-\uf8ff]/u;

function readLevel(lvl: Element): Level {
  const textEl = wChild(lvl, 'lvlText');
  return {
    start: intVal(wVal(lvl, 'start')) ?? 0,
    format: wVal(lvl, 'numFmt') ?? 'decimal',
    text: textEl ? (wAttr(textEl, 'val') ?? null) : null,
    restartAfter: intVal(wVal(lvl, 'lvlRestart')),
    legal: wFlag(lvl, 'isLgl'),
    style: wVal(lvl, 'pStyle'),
  };
}

function readNumPr(pPr: Element | undefined): StyleNumbering | undefined {
  const numPr = wChild(pPr, 'numPr');
  if (!numPr) return undefined;
  return { numId: wVal(numPr, 'numId'), ilvl: intVal(wVal(numPr, 'ilvl')) };
}

export class Styles {
  private readonly styles = new Map<string, ParagraphStyle>();
  private readonly defaultStyle: string | undefined;

  constructor(root: Element | undefined) {
    let defaultStyle: string | undefined;
    for (const style of root ? wChildren(root, 'style') : []) {
      // Numbering styles hold the list that a w:numStyleLink points to.
      const type = wAttr(style, 'type');
      const id = wAttr(style, 'styleId');
      if ((type !== 'paragraph' && type !== 'numbering') || !id) continue;
      this.styles.set(id, { basedOn: wVal(style, 'basedOn'), numbering: readNumPr(wChild(style, 'pPr')) });
      if (type === 'paragraph' && (wAttr(style, 'default') === '1' || wAttr(style, 'default') === 'true')) defaultStyle = id;
    }
    this.defaultStyle = defaultStyle;
  }

  /** The numbering a paragraph or numbering style (or a style it is based on) gives. */
  numbering(styleId: string | undefined): StyleNumbering & { style?: string } {
    const seen = new Set<string>();
    const out: StyleNumbering & { style?: string } = {};
    for (let id = styleId ?? this.defaultStyle; id && !seen.has(id); id = this.styles.get(id)?.basedOn) {
      seen.add(id);
      const n = this.styles.get(id)?.numbering;
      out.style ??= id;
      if (!n) continue;
      out.numId ??= n.numId;
      out.ilvl ??= n.ilvl;
      if (out.numId !== undefined) break;
    }
    return out;
  }
}

export class ListNumbering {
  private readonly abstracts = new Map<string, AbstractList>();
  private readonly instances = new Map<string, ListInstance>();
  /** Counter values per abstract list and level; undefined = not used since its last restart. */
  private readonly counters = new Map<string, (number | undefined)[]>();
  /** numId:ilvl pairs already used, for the one-time restart of a start override. */
  private readonly used = new Set<string>();
  private readonly styles: Styles;

  constructor(root: Element | undefined, styles: Styles) {
    this.styles = styles;
    for (const el of root ? elementChildren(root) : []) {
      if (isW(el, 'abstractNum')) {
        const levels = new Map<number, Level>();
        for (const lvl of wChildren(el, 'lvl')) levels.set(intVal(wAttr(lvl, 'ilvl')) ?? 0, readLevel(lvl));
        this.abstracts.set(wAttr(el, 'abstractNumId') ?? '', { levels, numStyleLink: wVal(el, 'numStyleLink') });
      } else if (isW(el, 'num')) {
        const instance: ListInstance = { abstractId: wVal(el, 'abstractNumId') ?? '', startOverrides: new Map(), levelOverrides: new Map() };
        for (const override of wChildren(el, 'lvlOverride')) {
          const ilvl = intVal(wAttr(override, 'ilvl')) ?? 0;
          const start = intVal(wVal(override, 'startOverride'));
          if (start !== undefined) instance.startOverrides.set(ilvl, start);
          const lvl = wChild(override, 'lvl');
          if (lvl) instance.levelOverrides.set(ilvl, readLevel(lvl));
        }
        this.instances.set(wAttr(el, 'numId') ?? '', instance);
      }
    }
  }

  /** The abstract list behind an abstract id, following a numbering-style link (numStyleLink → style → num). */
  private abstractList(abstractId: string): { id: string; list: AbstractList } | undefined {
    let id = abstractId;
    for (let hops = 0; hops < 4; hops++) {
      const list = this.abstracts.get(id);
      if (!list) return undefined;
      if (!list.numStyleLink) return { id, list };
      const numId = this.styles.numbering(list.numStyleLink).numId;
      const next = numId === undefined ? undefined : this.instances.get(numId)?.abstractId;
      if (next === undefined || next === id) return { id, list };
      id = next;
    }
    return undefined;
  }

  /**
   * The number text Word draws before a paragraph with these properties, advancing the counters;
   * null when the paragraph is not numbered. Call once per paragraph, in document order.
   */
  next(pPr: Element | undefined): string | null {
    const direct = readNumPr(pPr);
    const fromStyle = this.styles.numbering(wVal(pPr, 'pStyle'));
    const numId = direct?.numId ?? fromStyle.numId;
    if (numId === undefined || numId === '0') return null;
    const instance = this.instances.get(numId);
    const abstract = instance && this.abstractList(instance.abstractId);
    if (!instance || !abstract) return null;
    const levelOf = (ilvl: number) => instance.levelOverrides.get(ilvl) ?? abstract.list.levels.get(ilvl);
    const styleLevel = [...abstract.list.levels].find(([, l]) => l.style !== undefined && l.style === fromStyle.style)?.[0];
    const ilvl = direct?.ilvl ?? fromStyle.ilvl ?? styleLevel ?? 0;
    const level = levelOf(ilvl);
    if (!level) return null;

    const counters = this.counters.get(abstract.id) ?? [];
    this.counters.set(abstract.id, counters);
    const startOf = (i: number) => instance.startOverrides.get(i) ?? levelOf(i)?.start ?? 0;

    const firstUse = !this.used.has(`${numId}:${ilvl}`);
    this.used.add(`${numId}:${ilvl}`);
    const restarts = firstUse && (instance.startOverrides.has(ilvl) || instance.levelOverrides.has(ilvl));
    const current = counters[ilvl];
    counters[ilvl] = current === undefined || restarts ? startOf(ilvl) : current + 1;
    for (let deeper = ilvl + 1; deeper < Math.max(counters.length, 9); deeper++) {
      const restartAfter = levelOf(deeper)?.restartAfter;
      if (restartAfter === undefined || (restartAfter !== 0 && ilvl + 1 <= restartAfter)) counters[deeper] = undefined;
    }

    if (level.text === null) return '';
    if (level.format === 'bullet') return PRIVATE_USE.test(level.text) ? '•' : level.text;
    return level.text.replace(/%([1-9])/g, (_, digit: string) => {
      const shown = Number(digit) - 1;
      const format = level.legal ? 'decimal' : (levelOf(shown)?.format ?? 'decimal');
      return formatNumber(counters[shown] ?? startOf(shown), format);
    });
  }
}
