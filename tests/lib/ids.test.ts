import { describe, expect, it } from 'vitest';
import { documentIdFromFile, ID_PATTERN } from '../../src/lib/ids.ts';

describe('documentIdFromFile', () => {
  it('keeps an ASCII name as the id', () => {
    expect(documentIdFromFile('content/sources/henan/henan-2019-jishi-gongcheng.txt')).toBe('henan-2019-jishi-gongcheng');
    expect(documentIdFromFile('Henan_2019 Plan.txt')).toBe('henan-2019-plan');
  });

  it('gives a Chinese name a stable, distinct ASCII id, the same in either Unicode normal form', () => {
    const id = documentIdFromFile('/tmp/河北共青团工作要点.txt');
    expect(id).toMatch(/^doc-[0-9a-f]{8}$/);
    expect(documentIdFromFile('other/dir/河北共青团工作要点.txt')).toBe(id);
    expect(documentIdFromFile('河北共青团实施方案.txt')).not.toBe(id);
    expect(documentIdFromFile('河北2024年工作要点.txt')).toMatch(/^2024-[0-9a-f]{8}$/);
    expect(documentIdFromFile('Café-plan.txt'.normalize('NFD'))).toBe(documentIdFromFile('Café-plan.txt'.normalize('NFC')));
    for (const name of ['河北.txt', '---.txt', 'ÄÖÜ.txt']) expect(documentIdFromFile(name)).toMatch(ID_PATTERN);
  });
});
