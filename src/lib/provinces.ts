/** Provincial-level divisions: the short name a text uses, its one-character abbreviation (as in 文号 豫青字), and a URL slug. */
export interface Province {
  name: string;
  abbr: string;
  slug: string;
}

export const PROVINCES: readonly Province[] = [
  { name: '北京', abbr: '京', slug: 'beijing' },
  { name: '天津', abbr: '津', slug: 'tianjin' },
  { name: '河北', abbr: '冀', slug: 'hebei' },
  { name: '山西', abbr: '晋', slug: 'shanxi' },
  { name: '内蒙古', abbr: '蒙', slug: 'neimenggu' },
  { name: '辽宁', abbr: '辽', slug: 'liaoning' },
  { name: '吉林', abbr: '吉', slug: 'jilin' },
  { name: '黑龙江', abbr: '黑', slug: 'heilongjiang' },
  { name: '上海', abbr: '沪', slug: 'shanghai' },
  { name: '江苏', abbr: '苏', slug: 'jiangsu' },
  { name: '浙江', abbr: '浙', slug: 'zhejiang' },
  { name: '安徽', abbr: '皖', slug: 'anhui' },
  { name: '福建', abbr: '闽', slug: 'fujian' },
  { name: '江西', abbr: '赣', slug: 'jiangxi' },
  { name: '山东', abbr: '鲁', slug: 'shandong' },
  { name: '河南', abbr: '豫', slug: 'henan' },
  { name: '湖北', abbr: '鄂', slug: 'hubei' },
  { name: '湖南', abbr: '湘', slug: 'hunan' },
  { name: '广东', abbr: '粤', slug: 'guangdong' },
  { name: '广西', abbr: '桂', slug: 'guangxi' },
  { name: '海南', abbr: '琼', slug: 'hainan' },
  { name: '重庆', abbr: '渝', slug: 'chongqing' },
  { name: '四川', abbr: '川', slug: 'sichuan' },
  { name: '贵州', abbr: '黔', slug: 'guizhou' },
  { name: '云南', abbr: '滇', slug: 'yunnan' },
  { name: '西藏', abbr: '藏', slug: 'xizang' },
  { name: '陕西', abbr: '陕', slug: 'shaanxi' },
  { name: '甘肃', abbr: '甘', slug: 'gansu' },
  { name: '青海', abbr: '青', slug: 'qinghai' },
  { name: '宁夏', abbr: '宁', slug: 'ningxia' },
  { name: '新疆', abbr: '新', slug: 'xinjiang' },
  { name: '香港', abbr: '港', slug: 'hongkong' },
  { name: '澳门', abbr: '澳', slug: 'macau' },
  { name: '台湾', abbr: '台', slug: 'taiwan' },
];

export function provinceByName(name: string): Province | undefined {
  return PROVINCES.find((p) => p.name === name);
}

/** The province named by a 文号 prefix such as 豫青字 or 晋团办发. */
export function provinceByDocNumber(docNumber: string): Province | undefined {
  return PROVINCES.find((p) => docNumber.startsWith(p.abbr));
}

/** The first province named in a text as 共青团X省委 / X省 / 团X委, longest names first so 山西 and 陕西 never mix. */
export function provinceInText(text: string): Province | undefined {
  let best: { province: Province; index: number } | undefined;
  for (const province of PROVINCES) {
    const index = text.search(new RegExp(`${province.name}(?:省|市|自治区|共青团|团|壮族|回族|维吾尔)`));
    if (index >= 0 && (!best || index < best.index)) best = { province, index };
  }
  return best?.province;
}
