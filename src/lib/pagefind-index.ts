/**
 * Reads the search index that Pagefind writes: word → records → positions. It does in the browser the
 * one thing the search needs (src/scripts/search.ts): find every position of an index word, or of every
 * word starting with a prefix.
 *
 * Why not Pagefind's own runtime: pagefind.js and its wasm are 67 KB compressed before any index is
 * read, two thirds of a first search's budget (100 KB). The search needs none of what they add on top
 * of the index (segmentation, stemming, ranking, excerpts, filters): its words are ASCII codes
 * (search-text.ts), its filters are words too, and results are ranked by clause, not by record.
 *
 * The files, as Pagefind 1.6 writes them (pagefind_web/src/metadata.rs and index.rs in its source):
 * each is gzip of a 12-byte signature and a CBOR value.
 *   pagefind-entry.json               { version, languages: { <lang>: { hash } } }
 *   pagefind.<hash>.pf_meta           [version, [[record id, word count, …]…], [[from, to, chunk id, …]…], …]
 *   index/<chunk id>.pf_index         [[[word, [[record Δ, [position Δ…]]…], variants]…]]
 * Records and positions are delta-encoded; a negative position switches the weight of those after it
 * (Pagefind's heading weights; the search's records have none) and restarts the deltas.
 * The index builder (scripts/site/index-search.ts) reads back what Pagefind wrote with this module,
 * so a Pagefind that writes another format fails the build, not the search.
 */

/** The Pagefind version whose format this module reads. */
export const PAGEFIND_FORMAT_VERSION = '1.6.0';

const SIGNATURE = 'pagefind_dcd';

/**
 * A chunk of the index. Pagefind shortens its bounds to the fewest letters that tell neighbouring
 * chunks apart: a chunk holds words from `first` on, up to and including every word starting with `last`.
 */
export interface IndexChunk {
  first: string;
  last: string;
  id: string;
}

export interface IndexMeta {
  version: string;
  /** Record ids by record number. */
  records: string[];
  /** Chunks in word order. */
  chunks: IndexChunk[];
}

/** Positions by record number. */
export type Postings = Map<number, number[]>;

/** A minimal CBOR reader: unsigned and negative integers, text strings and arrays, which is all Pagefind writes here. */
class CborReader {
  private offset = 0;
  private readonly text = new TextDecoder();
  private readonly bytes: Uint8Array;
  constructor(bytes: Uint8Array) {
    this.bytes = bytes;
  }

  private head(): { major: number; value: number } {
    const initial = this.bytes[this.offset++];
    if (initial === undefined) throw new Error('search index: unexpected end of data');
    const major = initial >> 5;
    const info = initial & 31;
    if (info < 24) return { major, value: info };
    const size = info === 24 ? 1 : info === 25 ? 2 : info === 26 ? 4 : info === 27 ? 8 : 0;
    if (size === 0) throw new Error(`search index: unsupported CBOR item ${initial} at byte ${this.offset - 1}`);
    let value = 0;
    for (let i = 0; i < size; i++) value = value * 256 + this.bytes[this.offset++]!;
    return { major, value };
  }

  private expect(major: number, what: string): number {
    const at = this.offset;
    const item = this.head();
    if (item.major !== major) throw new Error(`search index: expected ${what} at byte ${at}, found CBOR type ${item.major}`);
    return item.value;
  }

  array(): number {
    return this.expect(4, 'an array');
  }

  string(): string {
    const length = this.expect(3, 'a string');
    const value = this.text.decode(this.bytes.subarray(this.offset, this.offset + length));
    this.offset += length;
    return value;
  }

  /** An integer, signed. */
  integer(): number {
    const at = this.offset;
    const { major, value } = this.head();
    if (major === 0) return value;
    if (major === 1) return -1 - value;
    throw new Error(`search index: expected an integer at byte ${at}, found CBOR type ${major}`);
  }

  /** Skips one item of any of the types above, with everything inside it. */
  skip(): void {
    const { major, value } = this.head();
    if (major === 3 || major === 2) this.offset += value;
    else if (major === 4) for (let i = 0; i < value; i++) this.skip();
    else if (major !== 0 && major !== 1) throw new Error(`search index: unsupported CBOR type ${major}`);
  }
}

/** The CBOR value of a file as fetched: gzip (or already inflated by the server) around the signature. */
export async function unpack(bytes: Uint8Array): Promise<Uint8Array> {
  let raw = bytes;
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('gzip'));
    raw = new Uint8Array(await new Response(stream).arrayBuffer());
  }
  if (new TextDecoder().decode(raw.subarray(0, SIGNATURE.length)) !== SIGNATURE) throw new Error('search index: not a Pagefind index file');
  return raw.subarray(SIGNATURE.length);
}

export function decodeMeta(cbor: Uint8Array): IndexMeta {
  const reader = new CborReader(cbor);
  reader.array();
  const version = reader.string();
  const records: string[] = [];
  for (let n = reader.array(), i = 0; i < n; i++) {
    const fields = reader.array();
    records.push(reader.string());
    for (let k = 1; k < fields; k++) reader.skip();
  }
  const chunks: IndexChunk[] = [];
  for (let n = reader.array(), i = 0; i < n; i++) {
    const fields = reader.array();
    chunks.push({ first: reader.string(), last: reader.string(), id: reader.string() });
    for (let k = 3; k < fields; k++) reader.skip();
  }
  return { version, records, chunks };
}

function readPostings(reader: CborReader, into: Postings): void {
  let record = 0;
  for (let n = reader.array(), i = 0; i < n; i++) {
    const fields = reader.array();
    record += reader.integer();
    const positions = into.get(record) ?? [];
    let position = 0;
    for (let m = reader.array(), j = 0; j < m; j++) {
      const delta = reader.integer();
      if (delta < 0) position = 0;
      else positions.push((position += delta));
    }
    into.set(record, positions);
    // Positions in the record's metadata fields: not part of the searched text.
    for (let k = 2; k < fields; k++) reader.skip();
  }
}

/** The postings of every word of a chunk. Variants (other spellings Pagefind folded together) count as the word. */
export function decodeChunk(cbor: Uint8Array): Map<string, Postings> {
  const reader = new CborReader(cbor);
  const words = new Map<string, Postings>();
  reader.array();
  for (let n = reader.array(), i = 0; i < n; i++) {
    const fields = reader.array();
    const postings: Postings = new Map();
    words.set(reader.string(), postings);
    readPostings(reader, postings);
    if (fields >= 3) {
      for (let v = reader.array(), j = 0; j < v; j++) {
        reader.array();
        reader.string();
        readPostings(reader, postings);
      }
    }
  }
  return words;
}

/** Just after every word starting with `prefix` (the words are ASCII letters and digits). */
const afterPrefix = (prefix: string) => `${prefix}\u{ffff}`;

/** The chunks that can hold words starting with `prefix`. */
export function chunksFor(chunks: readonly IndexChunk[], prefix: string): IndexChunk[] {
  const end = afterPrefix(prefix);
  return chunks.filter((c) => afterPrefix(c.last) > prefix && c.first < end);
}

/** Positions of every word starting with `prefix`, merged by record and sorted. */
export function prefixPostings(chunkWords: readonly Map<string, Postings>[], prefix: string): Postings {
  const merged: Postings = new Map();
  for (const words of chunkWords) {
    for (const [word, postings] of words) {
      if (!word.startsWith(prefix)) continue;
      for (const [record, positions] of postings) {
        const list = merged.get(record);
        if (list) list.push(...positions);
        else merged.set(record, [...positions]);
      }
    }
  }
  for (const list of merged.values()) list.sort((a, b) => a - b);
  return merged;
}

/** Fetches a file of the index by its path; returns its bytes, or throws. */
export type IndexLoader = (url: string) => Promise<Uint8Array>;

/** One Pagefind index (a bundle) as the browser reads it: the meta once, each chunk when first needed. */
export class PagefindIndex {
  private readonly chunkCache = new Map<string, Promise<Map<string, Postings>>>();
  private readonly base: string;
  readonly meta: IndexMeta;
  private readonly load: IndexLoader;
  private constructor(base: string, meta: IndexMeta, load: IndexLoader) {
    this.base = base;
    this.meta = meta;
    this.load = load;
  }

  /** Opens the index at `base` (e.g. /pagefind/): reads its entry and meta. */
  static async open(base: string, load: IndexLoader): Promise<PagefindIndex> {
    const entry = JSON.parse(new TextDecoder().decode(await load(`${base}pagefind-entry.json`))) as { languages: Record<string, { hash: string }> };
    // The search's records share one language, so the index has one meta file.
    const [language] = Object.values(entry.languages);
    if (!language) throw new Error(`search index ${base}: no language in pagefind-entry.json`);
    const meta = decodeMeta(await unpack(await load(`${base}pagefind.${language.hash}.pf_meta`)));
    if (meta.version !== PAGEFIND_FORMAT_VERSION) throw new Error(`search index ${base}: written by Pagefind ${meta.version}, read as ${PAGEFIND_FORMAT_VERSION}`);
    return new PagefindIndex(base, meta, load);
  }

  private chunk(id: string): Promise<Map<string, Postings>> {
    let loading = this.chunkCache.get(id);
    if (!loading) {
      loading = this.load(`${this.base}index/${id}.pf_index`).then(unpack).then(decodeChunk);
      // A failed load may be tried again by the next search.
      loading.catch(() => this.chunkCache.delete(id));
      this.chunkCache.set(id, loading);
    }
    return loading;
  }

  /** Every position of every word starting with `prefix`, by record number (meta.records gives its id). */
  async positions(prefix: string): Promise<Postings> {
    return prefixPostings(await Promise.all(chunksFor(this.meta.chunks, prefix).map((c) => this.chunk(c.id))), prefix);
  }
}
