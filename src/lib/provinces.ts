/**
 * Provincial-level divisions: the short name a text uses, the official name, the one-character
 * abbreviation (as in 文号 豫青字) and a URL slug. Documents of central bodies (国务院, 共青团中央 …)
 * belong to the region 全国, which stands wherever a province does (pages, unit registries, filters).
 */
export interface Province {
  name: string;
  fullName: string;
  /** null for 全国. */
  abbr: string | null;
  slug: string;
}

export const NATIONAL: Province = { name: '全国', fullName: '全国', abbr: null, slug: 'quanguo' };

export const PROVINCES: readonly Province[] = [
  { name: '北京', fullName: '北京市', abbr: '京', slug: 'beijing' },
  { name: '天津', fullName: '天津市', abbr: '津', slug: 'tianjin' },
  { name: '河北', fullName: '河北省', abbr: '冀', slug: 'hebei' },
  { name: '山西', fullName: '山西省', abbr: '晋', slug: 'shanxi' },
  { name: '内蒙古', fullName: '内蒙古自治区', abbr: '蒙', slug: 'neimenggu' },
  { name: '辽宁', fullName: '辽宁省', abbr: '辽', slug: 'liaoning' },
  { name: '吉林', fullName: '吉林省', abbr: '吉', slug: 'jilin' },
  { name: '黑龙江', fullName: '黑龙江省', abbr: '黑', slug: 'heilongjiang' },
  { name: '上海', fullName: '上海市', abbr: '沪', slug: 'shanghai' },
  { name: '江苏', fullName: '江苏省', abbr: '苏', slug: 'jiangsu' },
  { name: '浙江', fullName: '浙江省', abbr: '浙', slug: 'zhejiang' },
  { name: '安徽', fullName: '安徽省', abbr: '皖', slug: 'anhui' },
  { name: '福建', fullName: '福建省', abbr: '闽', slug: 'fujian' },
  { name: '江西', fullName: '江西省', abbr: '赣', slug: 'jiangxi' },
  { name: '山东', fullName: '山东省', abbr: '鲁', slug: 'shandong' },
  { name: '河南', fullName: '河南省', abbr: '豫', slug: 'henan' },
  { name: '湖北', fullName: '湖北省', abbr: '鄂', slug: 'hubei' },
  { name: '湖南', fullName: '湖南省', abbr: '湘', slug: 'hunan' },
  { name: '广东', fullName: '广东省', abbr: '粤', slug: 'guangdong' },
  { name: '广西', fullName: '广西壮族自治区', abbr: '桂', slug: 'guangxi' },
  { name: '海南', fullName: '海南省', abbr: '琼', slug: 'hainan' },
  { name: '重庆', fullName: '重庆市', abbr: '渝', slug: 'chongqing' },
  { name: '四川', fullName: '四川省', abbr: '川', slug: 'sichuan' },
  { name: '贵州', fullName: '贵州省', abbr: '黔', slug: 'guizhou' },
  { name: '云南', fullName: '云南省', abbr: '滇', slug: 'yunnan' },
  { name: '西藏', fullName: '西藏自治区', abbr: '藏', slug: 'xizang' },
  { name: '陕西', fullName: '陕西省', abbr: '陕', slug: 'shaanxi' },
  { name: '甘肃', fullName: '甘肃省', abbr: '甘', slug: 'gansu' },
  { name: '青海', fullName: '青海省', abbr: '青', slug: 'qinghai' },
  { name: '宁夏', fullName: '宁夏回族自治区', abbr: '宁', slug: 'ningxia' },
  { name: '新疆', fullName: '新疆维吾尔自治区', abbr: '新', slug: 'xinjiang' },
  { name: '香港', fullName: '香港特别行政区', abbr: '港', slug: 'hongkong' },
  { name: '澳门', fullName: '澳门特别行政区', abbr: '澳', slug: 'macau' },
  { name: '台湾', fullName: '台湾省', abbr: '台', slug: 'taiwan' },
];

/** The region of a short or official name (河南, 河南省, 广西壮族自治区, 全国). */
export function provinceByName(name: string): Province | undefined {
  const trimmed = name.trim();
  if (trimmed === NATIONAL.name) return NATIONAL;
  return PROVINCES.find((p) => p.name === trimmed || p.fullName === trimmed);
}

/** The province named by a 文号 whose prefix is a provincial League code: 豫青字, 晋团办发. */
export function provinceByDocNumber(docNumber: string): Province | undefined {
  return PROVINCES.find((p) => p.abbr !== null && new RegExp(`^${p.abbr}(?:青|团)`).test(docNumber));
}
