/**
 * The Word reader on hand-made packages: every kind of body text it must keep or leave out,
 * tables of every shape, and damaged or mistaken files, each refused with one line naming the file.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { SourceError } from '../../scripts/ingest/errors.ts';
import { extractDocument } from '../../scripts/ingest/extract-document.ts';
import { toParagraphs } from '../../scripts/ingest/paragraphs.ts';
import { decodeDocx } from '../../scripts/ingest/read-docx.ts';
import { decodeSource } from '../../scripts/ingest/read-source.ts';
import { abstractNum, docxPackage, num, numbered, p, table, tc, tr } from './docx-package.ts';
import { documentXmlText } from './word-text.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

function read(body: string, numbering?: string): string {
  return decodeDocx('plan.docx', docxPackage({ body, numbering })).text;
}

function refusal(bytes: Uint8Array, file = 'plan.docx'): string {
  try {
    decodeDocx(file, bytes);
  } catch (e) {
    if (e instanceof SourceError) return e.message;
    throw e;
  }
  throw new Error('expected a SourceError');
}

const run = (inner: string) => `<w:r>${inner}</w:r>`;
const t = (text: string) => `<w:t xml:space="preserve">${text}</w:t>`;

describe('body text', () => {
  it('keeps paragraph boundaries and every run, tab and line break', () => {
    const body =
      `<w:p>${run(t('一、'))}${run('<w:rPr><w:b/></w:rPr>' + t('加强'))}${run(t('领导'))}</w:p>` +
      `<w:p>${run(t('联系人：') + '<w:tab/>' + t('王明'))}</w:p>` +
      `<w:p>${run(t('第一行') + '<w:br/>' + t('第二行'))}${run('<w:br w:type="page"/>' + t('分页后'))}</w:p>` +
      '<w:p/>' +
      `<w:p>${run(t('A') + '<w:noBreakHyphen/>' + t('B') + '<w:softHyphen/>' + t('C') + '<w:sym w:font="Wingdings" w:char="2605"/>')}</w:p>`;
    expect(read(body)).toBe('一、加强领导\n联系人：\t王明\n第一行\n第二行分页后\n\nA-BC★');
  });

  it('reads hyperlinks, content controls, smart tags, inserted text and simple field results', () => {
    const body =
      `<w:p><w:hyperlink r:id="rId9">${run(t('团省委网站'))}</w:hyperlink>` +
      `<w:sdt><w:sdtPr><w:alias w:val="日期"/></w:sdtPr><w:sdtContent>${run(t('，2024年'))}</w:sdtContent></w:sdt>` +
      `<w:smartTag w:uri="urn:x" w:element="date">${run(t('3月'))}</w:smartTag>` +
      `<w:ins w:id="1" w:author="审核">${run(t('1日'))}</w:ins>` +
      `<w:fldSimple w:instr=" PAGE ">${run(t('，第5页'))}</w:fldSimple></w:p>` +
      `<w:sdt><w:sdtContent>${p('控件中的段落。')}</w:sdtContent></w:sdt>`;
    expect(read(body)).toBe('团省委网站，2024年3月1日，第5页\n控件中的段落。');
  });

  it('shows a complex field’s result, not its instructions, also when fields nest', () => {
    const field = (instr: string, result: string) =>
      run('<w:fldChar w:fldCharType="begin"/>') + run(`<w:instrText>${instr}</w:instrText>`) + run('<w:fldChar w:fldCharType="separate"/>') + run(t(result)) + run('<w:fldChar w:fldCharType="end"/>');
    const nested = run('<w:fldChar w:fldCharType="begin"/>') + run('<w:instrText>IF </w:instrText>') + field('DATE', '忽略') + run('<w:fldChar w:fldCharType="separate"/>') + run(t('结果')) + run('<w:fldChar w:fldCharType="end"/>');
    expect(read(`<w:p>${run(t('印发日期：'))}${field('CREATEDATE \\@ "yyyy年M月d日"', '2024年3月1日')}</w:p><w:p>${nested}${run(t('。'))}</w:p>`)).toBe('印发日期：2024年3月1日\n结果。');
    const unclosed = run('<w:fldChar w:fldCharType="begin"/>') + run('<w:instrText>PAGE</w:instrText>');
    expect(read(`<w:p>${run(t('断开的域'))}${unclosed}</w:p>${p('后面的段落照常读出。')}`)).toBe('断开的域\n后面的段落照常读出。');
  });

  it('leaves out deleted and moved-away text, comments marks and footnote marks', () => {
    const body = `<w:p>${run(t('保留'))}<w:del w:id="2" w:author="审核">${run('<w:delText>删除</w:delText>')}</w:del><w:moveFrom w:id="3" w:author="审核">${run(t('移走'))}</w:moveFrom>${run('<w:footnoteReference w:id="1"/>')}${run('<w:commentReference w:id="0"/>')}<w:moveTo w:id="4" w:author="审核">${run(t('移入'))}</w:moveTo></w:p>`;
    expect(read(body)).toBe('保留移入');
    expect(documentXmlText(docxPackage({ body }))).toBe('保留移入');
  });

  it('reads a text box once (the drawing, not its VML fallback) after its paragraph', () => {
    const box = (text: string) => `<w:txbxContent>${p(text)}</w:txbxContent>`;
    const body = `<w:p>${run(t('正文'))}${run(`<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx>${box('文本框中的说明。')}</wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox>${box('文本框中的说明。')}</v:textbox></w:pict></mc:Fallback></mc:AlternateContent>`)}${run(t('继续。'))}</w:p>`;
    expect(read(body)).toBe('正文继续。\n文本框中的说明。');
    expect(documentXmlText(docxPackage({ body }))).toBe('正文继续。文本框中的说明。');
  });

  it('reads the strict OOXML namespace and part names in any letter case', () => {
    const strict = 'http://purl.oclc.org/ooxml/wordprocessingml/main';
    const bytes = zipSync({
      '_rels/.rels': strToU8(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r" Type="http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument" Target="/Word/Document.xml"/></Relationships>`),
      'Word/Document.xml': strToU8(`<x:document xmlns:x="${strict}"><x:body><x:p><x:r><x:t>严格格式。</x:t></x:r></x:p></x:body></x:document>`),
    });
    expect(decodeDocx('plan.docx', bytes).text).toBe('严格格式。');
  });
});

describe('tables', () => {
  it('keeps a table that is not a task division as one line per row, cells in order, each row a paragraph', () => {
    const body = table(
      tr(tc('阶段'), tc('时间'), tc('主要工作')),
      tr(tc('动员部署'), tc('2024年3月'), tc(['制定工作方案', '召开全省动员部署会议'])),
      tr(tc(''), tc(''), tc('')),
      tr(tc('组织实施'), tc('2024年4月至10月'), tc('各地按照方案组织实施并定期报送进展情况')),
    );
    const text = read(body);
    expect(text).toBe('阶段 | 时间 | 主要工作\n动员部署 | 2024年3月 | 制定工作方案；召开全省动员部署会议\n组织实施 | 2024年4月至10月 | 各地按照方案组织实施并定期报送进展情况');
    expect(toParagraphs(text)).toHaveLength(3);
  });

  it('reads a 分工表 with typed numbers, a 二 section row, empty cells, and labels the text path reads', () => {
    const body = table(
      tr(tc('序号'), tc('主要任务'), tc('牵头部门'), tc('配合单位'), tc('时间节点'), tc('备注')),
      tr(tc('一、加强引领', '<w:gridSpan w:val="6"/>')),
      tr(tc('1'), tc('深化学习。'), tc('宣传部'), tc(['组织部', '学校部']), tc('2024年6月底前'), tc('')),
      tr(tc('二'), tc('从严治团'), tc(''), tc(''), tc(''), tc('')),
      tr(tc('2'), tc('规范发展。'), tc('组织部'), tc(''), tc('全年'), tc('与考核挂钩')),
    );
    expect(read(body)).toBe(
      [
        '序号 | 主要任务 | 牵头部门 | 配合单位 | 时间节点 | 备注',
        '一、加强引领',
        '1．深化学习。',
        '牵头部门：宣传部',
        '配合单位：组织部、学校部',
        '完成时限：2024年6月底前',
        '二、从严治团',
        '2．规范发展。',
        '牵头部门：组织部',
        '完成时限：全年',
        '备注：与考核挂钩',
      ].join('\n'),
    );
  });

  it('numbers rows without 序号, reads a two-row header, repeats a merged lead and joins a merged task’s rows', () => {
    const body = table(
      tr(tc('工作任务', '<w:vMerge w:val="restart"/>'), tc('责任单位', '<w:gridSpan w:val="2"/>'), tc('完成时限', '<w:vMerge w:val="restart"/>')),
      tr(tc('', '<w:vMerge/>'), tc('牵头单位'), tc('责任处室'), tc('', '<w:vMerge/>')),
      tr(tc('开展志愿服务。'), tc('志愿者工作部', '<w:vMerge w:val="restart"/>'), tc('学校部'), tc('每月')),
      tr(tc('建设青年之家。', '<w:vMerge w:val="restart"/>'), tc('', '<w:vMerge/>'), tc('组织部'), tc('2024年底前')),
      tr(tc('', '<w:vMerge/>'), tc('基层组织建设部'), tc('宣传部'), tc('')),
      tr(tc('（二）第二部分'), tc(''), tc(''), tc('')),
    );
    expect(read(body)).toBe(
      [
        '工作任务 | 责任单位 | 完成时限',
        '牵头单位 | 责任处室',
        '1．开展志愿服务。',
        // The column's own heading is its label now that unit tags read 责任处室.
        '牵头单位：志愿者工作部',
        '责任处室：学校部',
        '完成时限：每月',
        '2．建设青年之家。',
        '牵头单位：志愿者工作部',
        '责任处室：组织部',
        '完成时限：2024年底前',
        '牵头单位：基层组织建设部',
        '责任处室：宣传部',
        '（二）第二部分',
      ].join('\n'),
    );
  });

  it('turns 分工表 rows into clauses under the table’s own section rows', () => {
    const numbering = abstractNum(1, [{ format: 'decimal', text: '%1' }]) + num(1, 1);
    const body =
      p('共青团河北省委2024年重点任务分工方案') +
      table(
        tr(tc('序号'), tc('工作任务'), tc('牵头单位'), tc('责任单位'), tc('完成时限')),
        tr(tc('一、思想引领', '<w:gridSpan w:val="5"/>')),
        `<w:tr>${`<w:tc>${numbered(1, 0, '')}</w:tc>`}${tc('开展青年大学习。')}${tc('宣传部')}${tc('学校部')}${tc('每季度')}</w:tr>`,
        `<w:tr>${`<w:tc>${numbered(1, 0, '')}</w:tc>`}${tc('建设青年之家。')}${tc('组织部')}${tc('')}${tc('2024年底前')}</w:tr>`,
      ) +
      p('各部门要按时报送进展。');
    const source = decodeDocx('hebei-2024-fengong.docx', docxPackage({ body, numbering }));
    const { document } = extractDocument(source, { id: 'hebei-2024-fengong' });
    expect(document.clauses.map((c) => [c.id, c.path, c.units.map((u) => `${u.role}:${u.raw}`), c.deadlines.map((d) => d.text)])).toEqual([
      ['hebei-2024-fengong-1-1', ['一、思想引领'], ['lead:宣传部', 'responsible:学校部'], ['每季度']],
      ['hebei-2024-fengong-1-2', ['一、思想引领'], ['lead:组织部'], ['2024年底前']],
    ]);
    expect(document.clauses[0]!.text).toBe('1．开展青年大学习。\n牵头单位：宣传部\n责任单位：学校部\n完成时限：每季度');
    expect(source.inserted.map((i) => i.text)).toEqual([' | ', ' | ', ' | ', ' | ', '1', '．', '牵头单位：', '责任单位：', '完成时限：', '2', '．', '牵头单位：', '完成时限：']);
  });

  it('reads rows inside content controls and skips the grid columns before a row', () => {
    const body = table(
      tr(tc('序号'), tc('工作任务'), tc('牵头单位')),
      `<w:sdt><w:sdtContent><w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>${tc('1．开展活动。')}${tc('宣传部')}</w:tr></w:sdtContent></w:sdt>`,
    );
    expect(read(body)).toBe('序号 | 工作任务 | 牵头单位\n1．开展活动。\n牵头单位：宣传部');
  });
});

describe('files that are not readable Word documents', () => {
  const good = docxPackage({ body: p('正文。') });

  it.each([
    ['an empty file', new Uint8Array(), /^plan\.docx: the file is empty/],
    ['plain text', strToU8('一、任务'), /^plan\.docx: not a Word \.docx document: the file is not a ZIP package$/],
    ['a Word 97–2003 .doc', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), /^plan\.docx: not a Word \.docx document: the file is a Word 97–2003 \.doc .*save it as \.docx$/],
    ['a PDF', strToU8('%PDF-1.7\n%âãÏÓ'), /^plan\.docx: not a Word \.docx document: the file is a PDF, which is not read/],
    ['a cut-off download', good.subarray(0, good.length - 40), /^plan\.docx: cannot read this Word document: the ZIP package is damaged/],
    ['a ZIP without a document', zipSync({ 'readme.txt': strToU8('x') }), /^plan\.docx: cannot read this Word document: it has no main document part \(word\/document\.xml\)/],
    ['a spreadsheet renamed .docx', docxPackage({ body: '', parts: { 'word/document.xml': '<workbook/>' } }), /^plan\.docx: cannot read this Word document: its main part word\/document\.xml is not a Word document \(it holds <workbook>\)$/],
    ['malformed XML', docxPackage({ body: '<w:p><w:r><w:t>未闭合</w:r></w:p>' }), /^plan\.docx: cannot read this Word document: word\/document\.xml is not well-formed XML/],
    ['a DTD', docxPackage({ body: '', parts: { 'word/document.xml': '<!DOCTYPE x [<!ENTITY a "b">]><x/>' } }), /DOCTYPE, which Word documents never do/],
    ['an embedded document', docxPackage({ body: '<w:altChunk r:id="rId5"/>' }), /it embeds another document \(w:altChunk\)/],
    ['a document without text', docxPackage({ body: p('') + p('   ') }), /^plan\.docx: the Word document has no text/],
  ])('refuses %s with one line naming the file', (_what, bytes, message) => {
    const text = refusal(bytes);
    expect(text).toMatch(message);
    expect(text).not.toContain('\n');
  });

  it('names what a binary saved as .txt is', () => {
    const error = (() => {
      try {
        decodeSource('plan.txt', docxPackage({ body: p('正文。') }));
      } catch (e) {
        return (e as Error).message;
      }
    })();
    expect(error).toMatch(/^plan\.txt: the file is a ZIP package \(a Word \.docx\?\), not plain text; name a Word file \.docx$/);
  });

  describe('the extract command', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'atlas-docx-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    const cli = (file: string, ...args: string[]) =>
      spawnSync(process.execPath, [path.join(ROOT, 'scripts/ingest/extract.ts'), file, ...args], { encoding: 'utf8' });

    it('prints one error line and exits 1 for a damaged .docx', () => {
      const file = path.join(dir, 'broken.docx');
      writeFileSync(file, good.subarray(0, 100));
      const result = cli(file);
      expect(result.status).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr.trim().split('\n')).toEqual([`error: ${file}: cannot read this Word document: the ZIP package is damaged (invalid zip data)`]);
    });

    it('prints the text as read with --text', () => {
      const file = path.join(dir, 'plan.docx');
      writeFileSync(file, docxPackage({ body: numbered(1, 0, '任务') + p('正文。'), numbering: abstractNum(1, [{ format: 'chineseCounting', text: '%1、' }]) + num(1, 1) }));
      const result = cli(file, '--text');
      expect(result.status).toBe(0);
      expect(result.stdout).toBe('一、任务\n正文。\n');
    });
  });
});
