/**
 * Content collections read what the ingester wrote and validate it with the same schema.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { documentFrontmatterSchema, idRegistrySchema } from './lib/schema.ts';

const documents = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/documents' }),
  schema: documentFrontmatterSchema,
});

/** The clause id registries: every id ever published, live or retired (content/ids/<document id>.json). */
const ids = defineCollection({
  loader: glob({ pattern: ['*.json', '!*.overrides.json'], base: './content/ids' }),
  schema: idRegistrySchema,
});

export const collections = { documents, ids };
