/** Documents and clauses for unit tests: every schema field filled, the test sets only what it is about. */
import type { Clause, DocumentFrontmatter } from '../../src/lib/schema.ts';

export function makeClause(fields: Partial<Clause> & Pick<Clause, 'id'>): Clause {
  return { n: 1, kind: 'task', path: [], label: '——', place: '第1项', text: fields.id, units: [], deadlines: [], metrics: [], ...fields };
}

export function makeDocument(fields: Partial<DocumentFrontmatter> & Pick<DocumentFrontmatter, 'id'>): DocumentFrontmatter {
  return {
    title: fields.id,
    province: '河南',
    level: '省',
    city: null,
    issuer: '共青团河南省委',
    docNumber: null,
    year: 2020,
    kind: '方案',
    draft: false,
    inferred: [],
    supplied: [],
    clauses: [],
    source: 'content/sources/x.txt',
    outline: [],
    preamble: [],
    sections: [],
    ...fields,
  };
}
