/**
 * The built pages say what a document is: a draft is marked as such, metadata the text does not state
 * is flagged and explained, and the document lists are grouped by level.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentUrl, provinceUrl } from '../../src/lib/urls.ts';
import { DIST } from '../helpers/site-builds.ts';


/** The visible text of a built page, tags dropped. */
function pageText(url: string): string {
  const html = readFileSync(path.join(DIST, url, 'index.html'), 'utf8');
  return html
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');
}

describe('document pages', () => {
  const draft = pageText(documentUrl('henan-2021-jiangong-liye'));
  const issued = pageText(documentUrl('henan-2019-jishi-gongcheng'));

  it('mark a draft above the title and say it is not the issued text', () => {
    expect(draft).toContain('河南 · 2021年 · 实施方案 · 草案');
    expect(draft).toContain('草案 本文为草案，与正式印发的文本可能不同');
    expect(issued).not.toContain('本文为草案');
  });

  it('flag a year stated beside the text and explain it', () => {
    expect(draft).toContain('年份 2021年 补充');
    expect(draft).toContain('说明：年份由收录者注明，并非原文所载。');
    expect(issued).toContain('年份 2019年 地区');
    expect(issued).not.toContain('说明：');
  });

  it('show the level', () => {
    expect(issued).toContain('层级 省级');
  });
});

describe('document lists', () => {
  it('group documents by level, then province', () => {
    expect(pageText('/documents/')).toMatch(/省级文件 （5份） 河南 （3份） .*草案 共青团河南省委贯彻落实/);
    expect(pageText(provinceUrl('河南'))).toContain('省级文件 （3份）');
  });
});
