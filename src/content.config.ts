/**
 * Content collections read what the ingester wrote and validate it with the same schema.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { documentFrontmatterSchema } from './lib/schema.ts';

const documents = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/documents' }),
  schema: documentFrontmatterSchema,
});

export const collections = { documents };
