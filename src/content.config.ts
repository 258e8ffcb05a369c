/**
 * Content collections read what the ingester wrote (documents) and the unit registries, from the
 * content root (src/paths.ts), and validate them with the same schemas the ingester uses.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import path from 'node:path';
import { documentFrontmatterSchema } from './lib/schema.ts';
import { unitRegistryFileSchema } from './lib/units.ts';
import { CONTENT_DIR } from './paths.ts';

const documents = defineCollection({
  loader: glob({ pattern: '*.mdx', base: path.join(CONTENT_DIR, 'documents') }),
  schema: documentFrontmatterSchema,
});

const units = defineCollection({
  loader: glob({ pattern: '*.json', base: path.join(CONTENT_DIR, 'units') }),
  schema: unitRegistryFileSchema,
});

export const collections = { documents, units };
