/**
 * Extraction time per MB of one large document of each shape (shapes.ts), normal and adversarial, at
 * two sizes: a per-MB ratio near 1 between them is linear time, near 4 quadratic.
 */
import { extractDocument } from '../ingest/extract-document.ts';
import { decodeSource } from '../ingest/read-source.ts';
import { SHAPES } from './shapes.ts';

export interface ShapeTiming {
  shape: string;
  /** Milliseconds per MB at the small size and at four times it (best of three runs). */
  small: number;
  large: number;
}

function bestOfThree(run: () => void): number {
  return Math.min(
    ...[1, 2, 3].map(() => {
      const started = performance.now();
      run();
      return performance.now() - started;
    }),
  );
}

export function measureShapes(smallMb: number): ShapeTiming[] {
  return SHAPES.map((shape) => {
    const [small, large] = [smallMb, smallMb * 4].map((size) => {
      const text = shape.text(Math.round(size * 1024 * 1024));
      const megabytes = Buffer.byteLength(text) / 1024 / 1024;
      // Best of three: the ratio should show the algorithm, not the collector.
      return bestOfThree(() => extractDocument(decodeSource(`${shape.name}.txt`, Buffer.from(text)), { id: 'bench' })) / megabytes;
    });
    return { shape: shape.name, small: small!, large: large! };
  });
}
