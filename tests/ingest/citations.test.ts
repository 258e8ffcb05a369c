/**
 * Citations of real clauses, from each of the five sources through extraction to the citation text.
 * The expected strings were written by hand from the printed originals in content/sources/: the
 * issuer line or 文件 header, the 文号, the title, and the numbers printed above and on the item
 * (a "——" item counted under its heading). The clause is picked by its printed text, not its id.
 */
import { describe, expect, it } from 'vitest';
import { completeDocument, extractDocument } from '../../scripts/ingest/extract-document.ts';
import { readSource } from '../../scripts/ingest/read-source.ts';
import { listSources, registryFor } from '../../scripts/ingest/sources.ts';
import { clauseCitation, withPermalink } from '../../src/lib/citation.ts';
import type { PolicyDocument } from '../../src/lib/schema.ts';

const documents = new Map<string, PolicyDocument>(
  listSources().map((source) => [
    source.id,
    completeDocument(extractDocument(readSource(source.file), { id: source.id, registryFor, overrides: source.overrides })),
  ]),
);

function citationOf(documentId: string, printedStart: string): string {
  const document = documents.get(documentId);
  if (!document) throw new Error(`no source ${documentId}`);
  const clauses = document.clauses.filter((c) => c.text.startsWith(printedStart));
  expect(clauses, `one clause of ${documentId} starts with ${printedStart}`).toHaveLength(1);
  return clauseCitation(document, clauses[0]!);
}

const SHANXI = '共青团山西省委办公室《全省共青团实施“一带三强”全面提升新时代团的组织力三年行动重点任务分工方案（2019—2022）》（晋团办发〔2019〕15号）';
const HENAN_2019 = '共青团河南省委《中原出彩团的基层建设基石工程方案》（豫青字〔2019〕6号）';
const HENAN_2021 =
  '《共青团河南省委贯彻落实省委十届十二次全会精神和团十八届五中全会行动纲要团结带领全省广大团员青年在全面建设社会主义现代化河南新征程中建功立业的实施方案》（草案）（2021年，推定）';
const HENAN_2022 = '共青团河南省委《河南共青团“强能力、锻作风、抓落实”行动工作方案》（豫青字〔2022〕8号）';
const SICHUAN = '《共青团四川省委2021年工作要点》';

describe('citations of the five documents, as the originals print them', () => {
  it('山西: the item printed “26.” under 一、（十）, with the office that issued it and its 文号', () => {
    expect(citationOf('shanxi-2019-zuzhili-fengong', '26.推动农村团组织创新工作载体')).toBe(`${SHANXI}，一、（十）26.`);
  });

  it('山西: a 主要目标 paragraph, by its label; a heading printed half-width stays half-width', () => {
    expect(citationOf('shanxi-2019-zuzhili-fengong', '主要目标：团员入团动机端正')).toBe(`${SHANXI}，二、主要目标`);
    expect(citationOf('shanxi-2019-zuzhili-fengong', '47.制定团干部教育培训规划')).toBe(`${SHANXI}，三、(二十一)47.`);
  });

  it('河南 2019: the principle printed “3.” under 三、 (not the 7th clause); a dash item under 四、（一）4.', () => {
    expect(citationOf('henan-2019-jishi-gongcheng', '3. 坚持工作覆盖与组织覆盖相结合')).toBe(`${HENAN_2019}，三、3.`);
    expect(citationOf('henan-2019-jishi-gongcheng', '——依托工业园区建')).toBe(`${HENAN_2019}，四、（一）4.第3项`);
  });

  it('河南 2021: a draft without 文号 or a printed year says （草案） and that the year is inferred', () => {
    expect(citationOf('henan-2021-jiangong-liye', '——深化“第一团支书+”工作项目')).toBe(`${HENAN_2021}，三、（二）1.第3项`);
    expect(citationOf('henan-2021-jiangong-liye', '（二）精心部署推进')).toBe(`${HENAN_2021}，四、（二）`);
  });

  it('河南 2022: a dash item under 三、2. and a requirement printed “2.” under 四、', () => {
    expect(citationOf('henan-2022-qiang-nengli', '——有效促进下沉基层工作联动')).toBe(`${HENAN_2022}，三、2.第5项`);
    expect(citationOf('henan-2022-qiang-nengli', '2. 强化工作统筹')).toBe(`${HENAN_2022}，四、2.`);
  });

  it('四川: the title begins with the issuer and has the year, so neither is repeated', () => {
    expect(citationOf('sichuan-2021-gongzuo-yaodian', '——持续深化省团校改革')).toBe(`${SICHUAN}，四、第3项`);
  });

  it('ends with the permalink after a space', () => {
    const citation = citationOf('sichuan-2021-gongzuo-yaodian', '——持续深化省团校改革');
    expect(withPermalink(citation, 'https://atlas.example.org/clauses/x/')).toBe(`${SICHUAN}，四、第3项 https://atlas.example.org/clauses/x/`);
  });

  it('never cites a clause by its reading order', () => {
    for (const document of documents.values()) {
      for (const clause of document.clauses) expect(clauseCitation(document, clause)).not.toMatch(/第\d+条/);
    }
  });
});
