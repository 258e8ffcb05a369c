/**
 * Items that run on inside a line (a crawler or a PDF copy dropped the paragraph breaks) are cut where
 * their numbering proves it, and nowhere else; a plan whose whole body is one line reads as its properly
 * broken version does.
 */
import { describe, expect, it } from 'vitest';
import { toParagraphs } from '../../scripts/ingest/paragraphs.ts';
import { readSource } from '../../scripts/ingest/read-source.ts';
import { listSources } from '../../scripts/ingest/sources.ts';
import { buildStructure, type ClauseBlock } from '../../scripts/ingest/structure.ts';
import { loadNeighbours } from './neighbours.ts';

const texts = (source: string) => toParagraphs(source).map((p) => p.text);

describe('cutting items that run on inside a line', () => {
  it('cuts “…。2．…” where the next number continues the sequence', () => {
    expect(texts('1．深化青年大学习行动。每季度开展1次主题团课。2．推进青年讲师团建设。2024年底前组建100支宣讲队伍。3、加强少先队实践教育。')).toEqual([
      '1．深化青年大学习行动。每季度开展1次主题团课。',
      '2．推进青年讲师团建设。2024年底前组建100支宣讲队伍。',
      '3、加强少先队实践教育。',
    ]);
  });

  it('cuts “；（三）…” and the ASCII and circled variants', () => {
    expect(texts('（一）加强组织领导；（二）加大资金投入；(三)强化督查考核。')).toEqual(['（一）加强组织领导；', '（二）加大资金投入；', '(三)强化督查考核。']);
    expect(texts('8．完善安居保障。具体包括：①新建人才公寓；②盘活存量住房；③发放租房补贴。')).toEqual([
      '8．完善安居保障。具体包括：',
      '①新建人才公寓；',
      '②盘活存量住房；',
      '③发放租房补贴。',
    ]);
    expect(texts('6．扶持青年创业。具体措施：⑴给予创业补贴;⑵提供担保贷款。')).toEqual(['6．扶持青年创业。具体措施：', '⑴给予创业补贴;', '⑵提供担保贷款。']);
    expect(texts('6．扶持青年创业。具体措施：1）给予创业补贴；2）提供担保贷款。')).toEqual(['6．扶持青年创业。具体措施：', '1）给予创业补贴；', '2）提供担保贷款。']);
  });

  it('opens a new sequence only when the text goes on to continue it', () => {
    expect(texts('3．支持青年创业。重点支持以下领域：1．电子商务。')).toHaveLength(1);
    expect(texts('3．支持青年创业。重点支持以下领域：（1）电子商务；（2）现代农业。')).toEqual([
      '3．支持青年创业。重点支持以下领域：',
      '（1）电子商务；',
      '（2）现代农业。',
    ]);
  });

  it('never cuts at numbers inside sentences, at jumps or at a later restart of a sequence', () => {
    for (const line of [
      '1．加大资金投入。中央财政每年安排2.5亿元。按照《志愿服务记录办法》第3条的规定记录。在三、四季度集中开展关爱行动。',
      '1．推进落户改革。2019.3.1前完成。一、二线城市率先推开，大学一、二年级学生参加。',
      '1．加强宣传。5．强化督查。',
      '为建立统一、规范的工作机制，现通知如下：',
    ]) {
      expect(texts(line)).toEqual([line]);
    }
  });

  it('cuts a notice from the first of its items, not at 统一、 before it', () => {
    expect(texts('为建立统一、规范的工作机制，现通知如下：一、拓宽就业渠道。各地要开发岗位。二、加强就业指导。各高校要开设课程。')).toEqual([
      '为建立统一、规范的工作机制，现通知如下：',
      '一、拓宽就业渠道。各地要开发岗位。',
      '二、加强就业指导。各高校要开设课程。',
    ]);
  });

  it('cuts a heading title that runs into its first item', () => {
    expect(texts('二、主要任务（一）加强思想引领1．深化青年大学习。2．建强讲师团。（二）加强组织建设3．推进智慧团建。')).toEqual([
      '二、主要任务',
      '（一）加强思想引领',
      '1．深化青年大学习。',
      '2．建强讲师团。',
      '（二）加强组织建设',
      '3．推进智慧团建。',
    ]);
  });

  it('cuts after a label line that runs into the next item, even where the source repeats a number', () => {
    expect(texts('1．持续推动改革。推进步骤：2019年完成。责任部门：学校部2．落实学生会改革。责任部门：学校部（六）扩大“两新”组织覆盖')).toEqual([
      '1．持续推动改革。推进步骤：2019年完成。责任部门：学校部',
      '2．落实学生会改革。责任部门：学校部（六）扩大“两新”组织覆盖',
    ]);
    expect(texts('（六）健全青年组织体系\n1．深入推进改革。责任部门：统战部（六）扩大“两新”组织覆盖2．推进非公企业团建。')).toEqual([
      '（六）健全青年组织体系',
      '1．深入推进改革。责任部门：统战部',
      '（六）扩大“两新”组织覆盖',
      '2．推进非公企业团建。',
    ]);
  });

  it('cuts after a quotation that closes a sentence', () => {
    expect(texts('1．开展主题教育。广泛开展“我为群众办实事。”2．深化青年大学习。')).toEqual(['1．开展主题教育。广泛开展“我为群众办实事。”', '2．深化青年大学习。']);
    expect(texts('1．加强阵地建设。广泛开展“青年之家”2．深化青年大学习。')).toHaveLength(1);
  });

  it('cuts “——” items after a sentence, a colon or a heading title, but keeps a heading’s subtitle', () => {
    expect(texts('（二）主要目标：——青年就业更加充分；——青年创业更加活跃。')).toEqual(['（二）主要目标：', '——青年就业更加充分；', '——青年创业更加活跃。']);
    expect(texts('（一）强化思想引领坚持用党的创新理论武装青年。——深化青年大学习。——建强讲师团。')).toEqual([
      '（一）强化思想引领坚持用党的创新理论武装青年。',
      '——深化青年大学习。',
      '——建强讲师团。',
    ]);
    expect(texts('1．巩固中学团组织——密切团教协作。2019年底前建立机制。')).toEqual(['1．巩固中学团组织', '——密切团教协作。2019年底前建立机制。']);
    expect(texts('一、强基工程——夯实基层基础\n——规范基础团务。')).toEqual(['一、强基工程——夯实基层基础', '——规范基础团务。']);
  });

  it('cuts the signature, date and contact lines that close a document off its last item', () => {
    expect(texts('三十、加强组织领导。各地要加强督查。（责任单位：省人社厅）湖北省人民政府2014年6月10日（此件公开发布）')).toEqual([
      '三十、加强组织领导。各地要加强督查。（责任单位：省人社厅）',
      '湖北省人民政府2014年6月10日（此件公开发布）',
    ]);
    expect(texts('（三）严格督查考核。（牵头单位：团市委组织部）共青团广州市委办公室2018年4月20日印发')).toEqual([
      '（三）严格督查考核。（牵头单位：团市委组织部）',
      '共青团广州市委办公室2018年4月20日印发',
    ]);
    expect(texts('（三）营造良好氛围。讲好志愿服务故事。联系人：王明联系电话：025-83311234')).toEqual(['（三）营造良好氛围。讲好志愿服务故事。', '联系人：王明联系电话：025-83311234']);
    expect(texts('（十一）加强督促检查。实施期限至2020年12月31日')).toHaveLength(1);
  });

  it('gives each piece the line it stands on and keeps every character', () => {
    const source = '现通知如下：\n一、拓宽就业渠道。二、加强就业指导。';
    const paragraphs = toParagraphs(source);
    expect(paragraphs.map((p) => [p.line, p.text])).toEqual([
      [1, '现通知如下：'],
      [2, '一、拓宽就业渠道。'],
      [2, '二、加强就业指导。'],
    ]);
    expect(paragraphs.map((p) => p.text).join('')).toBe(source.replace(/\s+/g, ''));
  });
});

/** The source with every line after the header joined into one, as a crawler that drops paragraph breaks delivers it. */
function joinBody(text: string, headerLines: number): string {
  // Markdown marks only ever stand at a line start; a crawler's copy has none.
  const lines = text.split('\n').map((l) => l.replace(/^[ \t]*#{1,6}[ \t]*/, ''));
  return [...lines.slice(0, headerLines), lines.slice(headerLines).join('')].join('\n');
}

function clauseShapes(text: string) {
  return buildStructure(toParagraphs(text))
    .filter((b): b is ClauseBlock => b.type === 'clause')
    .map((b) => ({ kind: b.kind, depth: b.path.length, text: b.paragraphs.map((p) => p.text).join('') }));
}

const plans = [
  ...listSources().map((s) => ({ name: s.id, text: readSource(s.file).text })),
  ...loadNeighbours().map((n) => ({ name: n.name, text: n.source.text })),
];

describe.each(plans)('$name with its paragraph breaks lost', ({ text }) => {
  const broken = clauseShapes(text);

  it('gives the same clauses, kinds and heading depths when the whole text is one line', () => {
    expect(clauseShapes(joinBody(text, 0))).toEqual(broken);
  });

  it('gives the same clauses when only the body after the title lines is one line', () => {
    expect(clauseShapes(joinBody(text, 3))).toEqual(broken);
  });
});
