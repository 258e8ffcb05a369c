/**
 * Content collections read what the ingester wrote (documents, clause id registries) and the unit
 * registries, from the content root (src/paths.ts), and validate them with the schemas the ingester uses.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import path from 'node:path';
import { z } from 'zod';
import { documentFrontmatterSchema, idRegistrySchema } from './lib/schema.ts';
import { unitRegistryFileSchema } from './lib/units.ts';
import { CONTENT_DIR } from './paths.ts';

const documents = defineCollection({
  // The page renders the compiled MDX; the raw body need not be kept in memory beside it.
  loader: glob({ pattern: '*.mdx', base: path.join(CONTENT_DIR, 'documents'), retainBody: false }),
  schema: documentFrontmatterSchema,
});

/** The clause id registries: every id ever published, live or retired (content/ids/<document id>.json). */
const ids = defineCollection({
  loader: glob({ pattern: ['*.json', '!*.overrides.json'], base: path.join(CONTENT_DIR, 'ids') }),
  schema: idRegistrySchema,
});

/** The curated unit registries (content/units/<province slug>.json). */
const units = defineCollection({
  loader: glob({ pattern: '*.json', base: path.join(CONTENT_DIR, 'units') }),
  schema: unitRegistryFileSchema,
});

/** Registries ingestion seeded from the tags of provinces that have no curated one (content/data/unit-registries.json). */
const seededUnits = defineCollection({
  loader: glob({ pattern: 'unit-registries.json', base: path.join(CONTENT_DIR, 'data') }),
  schema: z.array(unitRegistryFileSchema),
});

export const collections = { documents, ids, units, seededUnits };
