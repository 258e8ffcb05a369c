/**
 * Content collections read what the ingester wrote and validate it with the same schema.
 * ATLAS_CONTENT_DIR builds the site from another content root (a synthetic corpus being measured).
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { documentFrontmatterSchema, idRegistrySchema } from './lib/schema.ts';
import { unitRegistryFileSchema } from './lib/units.ts';

const contentDir = process.env.ATLAS_CONTENT_DIR ?? './content';

const documents = defineCollection({
  // The page renders the compiled MDX; the raw body need not be kept in memory beside it.
  loader: glob({ pattern: '*.mdx', base: `${contentDir}/documents`, retainBody: false }),
  schema: documentFrontmatterSchema,
});

/** The clause id registries: every id ever published, live or retired (content/ids/<document id>.json). */
const ids = defineCollection({
  loader: glob({ pattern: ['*.json', '!*.overrides.json'], base: `${contentDir}/ids` }),
  schema: idRegistrySchema,
});

/** The curated unit registries, one per province (content/units/<province>.json). */
const units = defineCollection({
  loader: glob({ pattern: '*.json', base: `${contentDir}/units` }),
  schema: unitRegistryFileSchema,
});

/** The registries ingestion seeded from the tags of provinces that have no curated one (content/data/unit-registries.json). */
const seededUnits = defineCollection({
  loader: file(`${contentDir}/data/unit-registries.json`, {
    parser: (text) => (JSON.parse(text) as { province: string }[]).map((registry) => ({ id: registry.province, ...registry })),
  }),
  schema: unitRegistryFileSchema,
});

export const collections = { documents, ids, units, seededUnits };
