/**
 * What a unit name looks like, apart from any registry: the tests that keep ordinary words out of
 * unlabelled tags (团省委负责同志…, 社会参与), the collectives (各地区, 国务院相关部门), and the
 * core of a name written with a trailing category (教育部等有关部门 → 教育部).
 */

/** Endings of the names of bodies: ministries, bureaus, committees, governments, centres, schools … */
export const UNIT_ENDING = new RegExp(
  '(?:部|委|局|厅|办|室|院|会|团|队|中心|政府|单位|部门|地区|机构|组织|集团|公司|银行|支行|分行|社|馆|校|大学|处|科|站|署|组|协|联|所|宫|台|报|' +
    '机关|海关|党组|支部|企业|高校|媒体|园区|街道|乡镇|总局|分局|军区|中央|各地)$',
);
/** Collective subjects: every region, every department, the departments concerned. */
const COLLECTIVE_START = /^(?:各|有关|相关|其他|其余)/;
const COLLECTIVE_INSIDE = /(?:各|有关|相关|其他)(?:部门|单位|地区|方面|机构)/;
/** A collective may end with a kind of place: 各地, 各省, 各区, 各县（市、区）. */
const PLACE_ENDING = /[地省市区县乡镇]$/;
/** Words that end like a body but name everyone or no one in particular. */
const GENERIC_NAMES = new Set([
  '社会', '全社会', '社会各界', '公众', '群众', '大众', '家庭', '家长', '个人', '市场', '政府', '企业', '学校', '高校', '社区',
  '单位', '部门', '机构', '组织', '机关', '系统', '各方', '各界',
]);
/** A bracketed note that says what is included, not who does it: （含中职学校）, （包括驻穗高校）. */
const ANNOTATION_START = /^(?:含|包括|不含|不包括|即|如|其中|特别是|尤其是)/;
/** Characters a name never contains: sentence punctuation, quotation marks, the particle 的. */
const NOT_IN_NAME = /[，,。；;：:？！?!“”"‘’的]/;

/** A category written after named units, kept in `raw` but not part of the unit: 等有关部门, 等国务院相关部门, 会同有关部门. */
const TRAILING_CATEGORY = new RegExp(
  '(?:等(?:[0-9０-９一二三四五六七八九十]+个?)?(?:国务院|中央|省直|市直|省级|市级|区级|县级|省|市|区|县)?(?:有关|相关|其他)?(?:部门|单位|机构|地区)?' +
    '|会同(?:其他|各)?(?:有关|相关)(?:部门|单位|方面))$',
);

/** A trailing bracketed note (少年部（维护青少年权益部）, 各省（区、市）) does not decide what kind of name it is. */
function withoutTrailingNote(name: string): string {
  return name.replace(/[（(〈][^（）()〈〉]*[）)〉]$/, '');
}

/** The unit a name written with a trailing category means: 教育部等有关部门 → 教育部; a collective alone stays as it is. */
export function coreUnitName(raw: string): string {
  const name = raw.replace(/\s+/g, '');
  const match = TRAILING_CATEGORY.exec(name);
  if (!match || match.index === 0) return name;
  const core = name.slice(0, match.index);
  return isUnitName(core) ? core : name;
}

/**
 * 各地区, 各有关部门和单位, 国务院相关部门, 各省级人民政府, 各区县政府: everyone of a kind, not one named unit.
 * A named unit with a trailing category (银监会会同有关部门) is the named unit.
 */
export function isCollective(name: string): boolean {
  const core = coreUnitName(name);
  return COLLECTIVE_START.test(core) || COLLECTIVE_INSIDE.test(core);
}

/** Whether a piece of text reads as the name of a body (or a collective of bodies) rather than words of a sentence. */
export function isUnitName(name: string): boolean {
  if (name.length < 2 || name.length > 40 || NOT_IN_NAME.test(name) || GENERIC_NAMES.has(name)) return false;
  if (/^[0-9０-９]/.test(name) || ANNOTATION_START.test(name)) return false;
  const bare = withoutTrailingNote(name);
  if (UNIT_ENDING.test(bare) || UNIT_ENDING.test(name)) return true;
  return COLLECTIVE_START.test(name) && PLACE_ENDING.test(bare) && bare.length >= 2;
}
