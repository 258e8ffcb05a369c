/**
 * What each published field means, for the /data/ page. The fields themselves come from the JSON
 * Schemas (dataset.ts), which come from the zod schema; a test fails when a field has no note here.
 */
import type { DataSchemaName } from './dataset.ts';

export interface FieldRow {
  /** Dotted path; [] marks the items of an array: clauses[].units[].role. */
  path: string;
  type: string;
  note: string;
}

export const FIELD_NOTES: Record<DataSchemaName, Record<string, string>> = {
  document: {
    id: '文件 id（ASCII），也是网址 /documents/<id>/ 的一部分，永久不变',
    title: '文件标题，照原文',
    province: '省份简称（河南、山西……）；中央部门的全国性文件为“全国”；市级文件为所在省份',
    level: '发文层级：全国、省、市',
    city: '市级文件所在的地级市（官方全称，如 广州市、延边朝鲜族自治州）；其他为 null',
    issuer: '发文单位，如 共青团河南省委',
    docNumber: '文号，如 豫青字〔2019〕6号；原文没有时为 null',
    year: '文件年份',
    kind: '文件类型，取自标题末尾：实施方案、工作要点、任务分工方案……',
    draft: '原文是草案（征求意见稿、讨论稿等）时为 true',
    inferred: '原文没有直接写明、由抽取程序推断的元数据字段名（如由文中日期推断的 year）',
    supplied: '原文没有写、由收录者在旁注文件（.meta.json）或命令行中写明的元数据字段名',
    clauses: '全部条款，按原文顺序，字段同 clauses.json（不含 documentId）',
  },
  clause: {
    id: '条款永久 id：网址 /clauses/<id>/，一经发布永远指向同一条款',
    n: '条款在文件中的阅读顺序（从 1 起），不是原文的编号',
    kind: 'task（工作任务）、goal（目标）、requirement（要求、原则）',
    path: '条款上方的各级标题，从一级标题起',
    label: '条款自身的编号，照原文：26.、（三）、——、主要目标：',
    place: '条款在原文中的位置，用原文的编号：三、（一）26.；无编号的“——”事项记为 三、（一）第2项',
    text: '条款全文，含编号和分工标注',
    units: '分工标注中写到的单位',
    'units[].raw': '单位名称，照原文',
    'units[].canonical': '本省部门名录中的规范名称',
    'units[].role': 'lead（牵头）或 responsible（责任、配合）',
    deadlines: '条款写明的完成时限、起始时间、周期和相对期限',
    'deadlines[].text': '时间表述，照原文',
    'deadlines[].kind': 'by（在此之前完成）、from（从此开始）、relative（相对期限，如“一年内”）',
    'deadlines[].year': '年份；时间段取较晚一年；周期和相对期限为 null',
    'deadlines[].month': '月份，没有写明时为 null',
    'deadlines[].day': '日，没有写明时为 null（“年底前”记为 12 月 31 日）',
    'deadlines[].recurrence': '周期：weekly、monthly、bimonthly、quarterly、semiannual、yearly；不是周期时为 null',
    metrics: '量化指标',
    'metrics[].text': '写出指标的短语，照原文',
    'metrics[].value': '目标数值（10万 记为 100000）',
    'metrics[].unit': '“%”或原文的量词（名、个、场、课时……）',
    'metrics[].cmp': '>=（以上、不少于）、<=（以内、不超过）或 =',
    'metrics[].year': '指标针对的年份，原文写明时才有',
    documentId: '条款所属文件的 id',
  },
  'id-registry': {
    document: '文件 id',
    source: '原文文件（相对于 content/sources/）',
    revisions: '各次收录：第几次、日期、原文的 SHA-256',
    'revisions[].n': '第几次收录（从 1 起）',
    'revisions[].date': '收录日期（YYYY-MM-DD）',
    'revisions[].sha256': '该次原文的 SHA-256；文件撤下的那次为 null',
    clauses: '这份文件发布过的每一个条款 id：先是现行条款（按原文顺序），再是已注销的',
    'clauses[].id': '条款 id',
    'clauses[].versions': '各次措辞，从早到晚；最后一项是现行（或注销前）的措辞',
    'clauses[].versions[].revision': '从第几次收录起是这个措辞',
    'clauses[].versions[].text': '措辞全文',
    'clauses[].path': '最近一次收录时条款上方的各级标题',
    'clauses[].splitFrom': '由哪一条款拆分而来，没有时为 null',
    'clauses[].retired': '注销情况；现行条款为 null',
    'clauses[].retired.revision': '在第几次收录时注销',
    'clauses[].retired.reason': 'removed（删除）、merged（并入其他条款）、withdrawn（随文件撤下）',
    'clauses[].retired.successor': '承接其内容的条款 id，没有时为 null',
  },
  'unit-registry': {
    province: '省份简称；全国性文件的名录为“全国”',
    prefixes: '原文写在部门名称前的前缀，如 团省委',
    units: '部门和单位',
    'units[].name': '规范名称',
    'units[].slug': '网址中的部门 id：/units/<省份>/<slug>/',
    'units[].aliases': '原文中的其他写法（简称、旧称）',
    'units[].external': '下级团组织（如 各省辖市团委）时为 true',
    seeded: '该省没有人工整理的名录，由文件中的分工标注自动整理时为 true',
  },
};

interface JsonSchema {
  type?: string | string[];
  enum?: unknown[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
}

function typeName(schema: JsonSchema): string {
  if (schema.enum) return schema.enum.map((v) => JSON.stringify(v)).join(' | ');
  if (schema.anyOf) return schema.anyOf.map(typeName).join(' | ');
  const types = Array.isArray(schema.type) ? schema.type : [schema.type ?? 'any'];
  return types.map((t) => (t === 'array' && schema.items ? `${typeName(schema.items)}[]` : t)).join(' | ');
}

/** Every field of a JSON Schema, depth first, with its note. */
export function schemaFields(name: DataSchemaName, schema: JsonSchema, prefix = ''): FieldRow[] {
  const rows: FieldRow[] = [];
  for (const [key, child] of Object.entries(schema.properties ?? {})) {
    const path = `${prefix}${key}`;
    const object = child.anyOf?.find((s) => s.properties) ?? child;
    const list = !object.properties && object.items?.properties ? object.items : undefined;
    const nested = object.properties ? object : list;
    const nullable = child.anyOf?.some((s) => s.type === 'null') ? ' | null' : '';
    rows.push({ path, type: list ? 'object[]' : nested ? `object${nullable}` : typeName(child), note: FIELD_NOTES[name][path] ?? '' });
    // A document's clauses are described once, under clause.
    if (nested && !(name === 'document' && key === 'clauses')) rows.push(...schemaFields(name, nested, `${path}${list ? '[]' : ''}.`));
  }
  return rows;
}
