// placeholder: replaced by the metric parser
import type { Metric } from './schema.ts';
export function extractMetrics(_text: string): Metric[] { return []; }
