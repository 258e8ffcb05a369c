/**
 * Plans the ingester has never seen, in the formats of the seeds and their neighbours:
 * 工作要点 numbered 1. 2. 3. without dashes, tags on their own line, 牵头部门, several tags per item,
 * half- and full-width numbering, Markdown debris and page breaks in mid-sentence.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../scripts/ingest/extract-document.ts';
import { toParagraphs } from '../../scripts/ingest/paragraphs.ts';
import { decodeSource } from '../../scripts/ingest/read-source.ts';
import { UnitRegistry } from '../../src/lib/units.ts';

const registry = new UnitRegistry({
  province: '河北',
  prefixes: ['团省委'],
  units: [
    { name: '组织部', slug: 'zuzhibu', aliases: [], external: false },
    { name: '宣传部', slug: 'xuanchuanbu', aliases: [], external: false },
    { name: '学校部', slug: 'xuexiaobu', aliases: [], external: false },
    { name: '少年部（维护青少年权益部）', slug: 'shaonianbu', aliases: ['少年部（维护权益部）'], external: false },
  ],
});

function extract(text: string) {
  return extractDocument(decodeSource('plan.txt', new TextEncoder().encode(text)), { id: 'plan', registryFor: () => registry });
}

const WORK_POINTS = `共青团河北省委2024年工作要点

2024年工作的总体要求是：坚持稳中求进。

一、加强思想政治引领

1. 深化青年大学习行动。每季度开展1次主题团课，参学率达到80%以上。
责任单位：宣传部、学校部

2．推进青年讲师团建设。2024年底前组建不少于100支宣讲队伍。
牵头部门：团省委宣传部
配合单位：组织部

3、加强少先队实践教育。（牵头单位：少年部〈维护青少年权益部〉，责任单位：学校部）

二、从严治团

（一）加强团员发展

1.严格入团标准。团青比控制在30%以内。
`;

describe('a 工作要点 numbered 1. 2. 3. without dashes', () => {
  const { document, warnings } = extract(WORK_POINTS);

  it('reads the metadata from the text', () => {
    expect(document).toMatchObject({ title: '共青团河北省委2024年工作要点', province: '河北', issuer: '共青团河北省委', year: 2024, kind: '工作要点', docNumber: null });
  });

  it('finds each numbered item as a task with its heading chain', () => {
    expect(document.clauses.map((c) => [c.kind, c.path])).toEqual([
      ['task', ['一、加强思想政治引领']],
      ['task', ['一、加强思想政治引领']],
      ['task', ['一、加强思想政治引领']],
      ['task', ['二、从严治团', '（一）加强团员发展']],
    ]);
  });

  it('reads tags on their own line, 牵头部门 and several tags per item', () => {
    expect(document.clauses[0]!.units).toEqual([
      { raw: '宣传部', canonical: '宣传部', role: 'responsible' },
      { raw: '学校部', canonical: '学校部', role: 'responsible' },
    ]);
    expect(document.clauses[1]!.units).toEqual([
      { raw: '团省委宣传部', canonical: '宣传部', role: 'lead' },
      { raw: '组织部', canonical: '组织部', role: 'responsible' },
    ]);
    expect(document.clauses[2]!.units).toEqual([
      { raw: '少年部〈维护青少年权益部〉', canonical: '少年部（维护青少年权益部）', role: 'lead' },
      { raw: '学校部', canonical: '学校部', role: 'responsible' },
    ]);
    expect(warnings).toEqual([]);
  });

  it('tags deadlines and metrics', () => {
    expect(document.clauses[0]!.deadlines).toEqual([{ text: '每季度', kind: 'by', year: null, month: null, day: null, recurrence: 'quarterly' }]);
    expect(document.clauses[1]!.deadlines[0]).toMatchObject({ year: 2024, month: 12, day: 31 });
    expect(document.clauses[1]!.metrics[0]).toMatchObject({ value: 100, unit: '支', cmp: '>=' });
    expect(document.clauses[3]!.metrics[0]).toMatchObject({ value: 30, unit: '%', cmp: '<=' });
  });

  it('gives readable, unique ASCII ids from the outline address', () => {
    expect(document.clauses.map((c) => c.id)).toEqual(['plan-1-1', 'plan-1-2', 'plan-1-3', 'plan-2-1-1']);
  });
});

describe('conversion debris', () => {
  const DEBRIS = `# 共青团河北省委文件

冀青字〔2023〕12号

**关于印发《河北共青团基层建设实施方案》的通知**

各市团委：

现印发给你们。

**河北共青团基层建设实施方案**

## 一、工作目标

1.团组织覆盖明显扩大。到 2025 年，基层团组织

覆盖率达到 95% 以上。

### 二、重点任务

**（一）夯实基层**

——规范基础团务。[bookmark: _GoBack]2023 年底前完成整顿。（牵头单位：组织部，责任单位：宣传部

、学校部）

四、工作要求

（一）加强领导。各地要高度重视。

（一）强化落实。各地要抓好落实。
`;
  const { document, blocks } = extract(DEBRIS);

  it('reads the title, 文号 and year through the Markdown marks', () => {
    expect(document).toMatchObject({ title: '河北共青团基层建设实施方案', docNumber: '冀青字〔2023〕12号', year: 2023, issuer: '共青团河北省委', province: '河北' });
  });

  it('joins paragraphs split by a page break and closes spaces around numbers', () => {
    expect(document.clauses[0]!.text).toBe('1.团组织覆盖明显扩大。到2025年，基层团组织覆盖率达到95%以上。');
    expect(document.clauses[0]!.kind).toBe('goal');
    expect(document.clauses[0]!.metrics[0]).toMatchObject({ value: 95, unit: '%', cmp: '>=', year: 2025 });
  });

  it('drops the bookmark artifact and reads a tag broken across lines', () => {
    const task = document.clauses[1]!;
    expect(task.text).not.toContain('bookmark');
    expect(task.units.map((u) => `${u.role}:${u.canonical}`)).toEqual(['lead:组织部', 'responsible:宣传部', 'responsible:学校部']);
    expect(task.path).toEqual(['二、重点任务', '（一）夯实基层']);
  });

  it('keeps repeated numbering as separate requirements with distinct ids', () => {
    const requirements = document.clauses.filter((c) => c.kind === 'requirement');
    expect(requirements).toHaveLength(2);
    expect(new Set(requirements.map((c) => c.id)).size).toBe(2);
  });

  it('keeps the notice as preamble text, not as clauses', () => {
    expect(blocks[0]!.type).toBe('preamble');
    expect(document.clauses.some((c) => c.text.includes('通知'))).toBe(false);
  });
});

describe('unknown units', () => {
  it('are kept as written and reported with file and line, never dropped', () => {
    const { document, warnings } = extract('共青团河北省委2024年工作要点\n\n一、任务\n\n——开展活动。\n责任单位：组织部、青年工作处\n');
    expect(document.clauses[0]!.units).toContainEqual({ raw: '青年工作处', canonical: '青年工作处', role: 'responsible' });
    expect(warnings).toEqual([{ file: 'plan.txt', line: 6, message: expect.stringContaining('青年工作处') }]);
  });
});

describe('a 工作要点 of one-line numbered items', () => {
  const { document } = extract(`共青团河北省委2025年工作要点

一、思想引领

1.深化青年大学习行动。

2.加强青年讲师团建设。

二、组织建设

1.推进智慧团建。

（1）规范团员信息录入。

（2）每季度通报一次。
`);

  it('reads a numbered line with nothing under it as an item, not an empty heading', () => {
    expect(document.clauses.map((c) => [c.text, c.path])).toEqual([
      ['1.深化青年大学习行动。', ['一、思想引领']],
      ['2.加强青年讲师团建设。', ['一、思想引领']],
      ['（1）规范团员信息录入。', ['二、组织建设', '1.推进智慧团建。']],
      ['（2）每季度通报一次。', ['二、组织建设', '1.推进智慧团建。']],
    ]);
    expect(document.clauses[3]!.deadlines).toEqual([{ text: '每季度', kind: 'by', year: null, month: null, day: null, recurrence: 'quarterly' }]);
  });
});

describe('a plan without 一、 headings', () => {
  const { document, blocks } = extract(`共青团河北省委关于开展青年志愿服务月活动的实施方案（2024年）

为做好志愿服务工作，制定本方案。

——开展社区服务。2024年3月底前完成。（牵头单位：组织部）

——开展宣传活动。
`);

  it('starts the body at the first item and keeps the introduction as preamble', () => {
    expect(blocks[0]).toMatchObject({ type: 'preamble' });
    expect(document.clauses.map((c) => [c.id, c.path])).toEqual([
      ['plan-1', []],
      ['plan-2', []],
    ]);
    expect(document.clauses[0]!.deadlines[0]).toMatchObject({ year: 2024, month: 3, day: 31 });
  });
});

describe('unbalanced Markdown never merges items', () => {
  const plan = (body: string, preamble = '河北共青团青年发展实施方案') => `共青团河北省委文件\n\n冀青字〔2024〕3号\n\n${preamble}\n\n一、重点任务\n\n${body}\n`;
  const texts = (source: string) => extract(source).document.clauses.map((c) => c.text);

  it('drops a stray ** line and keeps the items after it apart', () => {
    expect(texts(plan('——任务一。\n\n**\n\n——任务二。\n\n——任务三。'))).toEqual(['——任务一。', '——任务二。', '——任务三。']);
    expect(texts(plan('——任务一。\n**\n——任务二。\n——任务三。'))).toEqual(['——任务一。', '——任务二。', '——任务三。']);
  });

  it('keeps the * of a *** line as text and the items apart', () => {
    const { document, blocks } = extract(plan('——任务一。\n\n***\n\n——任务二。\n\n——任务三。'));
    expect(document.clauses.map((c) => c.text)).toEqual(['——任务一。', '——任务二。', '——任务三。']);
    expect(blocks.some((b) => b.type === 'section' && b.paragraphs.some((p) => p.text === '*'))).toBe(true);
  });

  it('does not let an unbalanced ** at an item start swallow the next items', () => {
    expect(texts(plan('——任务一。\n\n**——任务二。\n\n——任务三。**\n\n——任务四。'))).toEqual(['——任务一。', '——任务二。', '——任务三。', '——任务四。']);
  });

  it('still reads a bold title broken over lines as one title', () => {
    expect(extract(plan('——开展活动。', '**共青团河北省委关于\n印发青年发展\n实施方案的通知**\n\n**河北共青团\n青年发展实施方案**')).document.title).toBe('河北共青团青年发展实施方案');
  });

  it('keeps # and [bookmark:…] that are not the documented artifacts as text', () => {
    const source = plan('——开展#青春正能量#话题活动[bookmark:_GoBack]。\n\n\u3000# 全角空格后的井号。\n\n\u00a0# 不换行空格后的井号。');
    const paragraphs = extract(source).blocks.flatMap((b) => (b.type === 'heading' ? [b.text] : b.paragraphs.map((p) => p.text)));
    expect(paragraphs.slice(-3)).toEqual(['——开展#青春正能量#话题活动[bookmark:_GoBack]。', '# 全角空格后的井号。', '# 不换行空格后的井号。']);
  });
});

describe('a line ending in a half-width full stop', () => {
  it('ends its paragraph: a title after it is not glued to it, nor the text after the title', () => {
    const source = '共青团河北省委文件\n\n现将方案印发给你们，请认真贯彻落实.\n\n河北共青团青年发展实施方案.\n\n为做好青年发展工作，制定本方案。\n\n一、重点任务\n\n——开展活动.\n——开展宣传。\n';
    expect(toParagraphs(source).map((p) => p.text)).toEqual([
      '共青团河北省委文件',
      '现将方案印发给你们，请认真贯彻落实.',
      '河北共青团青年发展实施方案.',
      '为做好青年发展工作，制定本方案。',
      '一、重点任务',
      '——开展活动.',
      '——开展宣传。',
    ]);
  });

  it('after a number or a Latin word is not a full stop: the line may continue', () => {
    expect(toParagraphs('——开展活动，参加人数达到 1.\n5万人次以上，活动覆盖全省各地青年和团员。').map((p) => p.text)).toEqual(['——开展活动，参加人数达到1.5万人次以上，活动覆盖全省各地青年和团员。']);
  });
});

describe('a plan titled only by its notice', () => {
  it('takes the title from 关于印发《…》的通知, spaced or not', () => {
    const plan = (notice: string) => extract(`共青团河北省委文件\n\n冀青字〔2024〕5号\n\n${notice}\n\n各市团委：\n\n一、重点任务\n\n——开展活动。\n`).document.title;
    expect(plan('共青团河北省委关于印发《河北共青团志愿服务工作方案》的通知')).toBe('河北共青团志愿服务工作方案');
    expect(plan('共青团河北省委关于印发 《河北共青团志愿服务工作方案》 的 通 知')).toBe('河北共青团志愿服务工作方案');
  });
});
