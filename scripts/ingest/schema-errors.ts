/**
 * Schema violations as sentences a person can act on: which field, what it holds, what was
 * expected ("year" must be at most 2100, got 3000), instead of a dump of the validator's issues.
 */
import type { z } from 'zod';
import { ID_PATTERN } from '../../src/lib/ids.ts';

type Issue = z.core.$ZodIssue;

/** A field as it reads in the JSON: units[2].slug. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`)).join('');
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function shown(value: unknown): string {
  if (typeof value === 'string') return `“${value}”`;
  if (typeof value === 'number' && Number.isNaN(value)) return 'something that is not a number';
  return JSON.stringify(value) ?? String(value);
}

const TYPE_NAMES: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list [ … ]',
  object: 'an object { … }',
};

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'number' && Number.isNaN(value)) return 'not a number';
  return `${typeof value === 'object' ? 'an' : 'a'} ${typeof value}`;
}

function limit(issue: Extract<Issue, { code: 'too_big' | 'too_small' }>, bound: number | bigint, big: boolean): string {
  const inclusive = issue.inclusive !== false;
  if (issue.origin === 'string') return big ? `at most ${bound} characters long` : `at least ${bound} characters long`;
  if (issue.origin === 'array' || issue.origin === 'set') return big ? `at most ${bound} items` : Number(bound) <= 1 ? 'a non-empty list' : `at least ${bound} items`;
  if (big) return inclusive ? `at most ${bound}` : `less than ${bound}`;
  return inclusive ? `at least ${bound}` : `more than ${bound}`;
}

/**
 * One sentence per issue. `name` renders the field; the default quotes its JSON path, a command
 * line names its flag instead (--year).
 */
export function describeIssue(issue: Issue, data: unknown, name: (path: readonly PropertyKey[]) => string = (p) => `“${fieldPath(p)}”`): string {
  const field = issue.path.length > 0 ? name(issue.path) : 'the content';
  const value = valueAt(data, issue.path);
  const got = value === undefined ? '' : `, got ${shown(value)}`;
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return `${field} is missing; expected ${TYPE_NAMES[issue.expected] ?? issue.expected}`;
      return `${field} must be ${TYPE_NAMES[issue.expected] ?? issue.expected}, got ${typeOf(value)} (${shown(value)})`;
    case 'too_big':
      return `${field} must be ${limit(issue, issue.maximum, true)}${got}`;
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) === 1) return `${field} must not be empty`;
      return `${field} must be ${limit(issue, issue.minimum, false)}${got}`;
    case 'invalid_format':
      if (issue.pattern === String(ID_PATTERN)) return `${field} must be lowercase ASCII letters and digits joined by single hyphens (like henan-2019-jishi-gongcheng)${got}`;
      return `${field} must ${issue.pattern ? `match ${issue.pattern}` : `be a valid ${issue.format}`}${got}`;
    case 'invalid_value':
      return `${field} must be one of ${issue.values.map(shown).join(', ')}${got}`;
    case 'unrecognized_keys':
      return `unknown ${issue.keys.length === 1 ? 'field' : 'fields'} ${issue.keys.map((k) => `“${k}”`).join(', ')}${issue.path.length > 0 ? ` in ${field}` : ''}`;
    default:
      return `${field}: ${issue.message}`;
  }
}

/** Every issue of a failed validation, in one line. */
export function describeIssues(error: z.ZodError, data: unknown, name?: (path: readonly PropertyKey[]) => string): string {
  return error.issues.map((issue) => describeIssue(issue, data, name)).join('; ');
}
