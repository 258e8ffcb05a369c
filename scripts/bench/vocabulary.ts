/**
 * Word lists the synthetic corpus draws on, so that its documents differ in units, titles, topics and
 * wording the way documents of different provinces and years do. Everything here is generic League
 * working vocabulary; the sentences themselves come from the seed texts (synthetic-corpus.ts).
 */

/** Departments and bodies of a provincial League committee, with ASCII slugs and the short forms texts use. */
export const UNIT_NAMES: readonly { name: string; slug: string; aliases?: string[] }[] = [
  { name: '办公室', slug: 'bangongshi' },
  { name: '组织部', slug: 'zuzhibu' },
  { name: '宣传部', slug: 'xuanchuanbu' },
  { name: '统战部', slug: 'tongzhanbu' },
  { name: '统战联络部', slug: 'tongzhan-lianluobu' },
  { name: '基层组织建设部', slug: 'jiceng-zuzhi-jianshebu', aliases: ['基层建设部', '基层部'] },
  { name: '青年发展部', slug: 'qingnian-fazhanbu', aliases: ['青发部'] },
  { name: '学校部', slug: 'xuexiaobu' },
  { name: '少年部', slug: 'shaonianbu', aliases: ['少先队工作部'] },
  { name: '维护青少年权益部', slug: 'weiquanbu', aliases: ['权益部'] },
  { name: '社会联络部', slug: 'shehui-lianluobu', aliases: ['社联部'] },
  { name: '志愿者工作部', slug: 'zhiyuanzhe-gongzuobu', aliases: ['志工部'] },
  { name: '城市青年工作部', slug: 'chengshi-qingnian-gongzuobu' },
  { name: '农村青年工作部', slug: 'nongcun-qingnian-gongzuobu' },
  { name: '青年工作部', slug: 'qingnian-gongzuobu' },
  { name: '机关党委', slug: 'jiguan-dangwei' },
  { name: '希望工程办公室', slug: 'xiwang-gongcheng-bangongshi' },
  { name: '青少年发展基金会', slug: 'qingshaonian-fazhan-jijinhui', aliases: ['青基会'] },
  { name: '青年志愿者协会', slug: 'qingnian-zhiyuanzhe-xiehui', aliases: ['青志协'] },
  { name: '青年联合会', slug: 'qingnian-lianhehui', aliases: ['青联'] },
  { name: '学生联合会', slug: 'xuesheng-lianhehui', aliases: ['学联'] },
  { name: '团校', slug: 'tuanxiao', aliases: ['青年政治学院'] },
  { name: '青少年宫', slug: 'qingshaonian-gong' },
  { name: '青年就业创业服务中心', slug: 'jiuye-chuangye-zhongxin' },
  { name: '青少年发展服务中心', slug: 'qingshaonian-fazhan-fuwu-zhongxin' },
  { name: '网络新闻中心', slug: 'wangluo-xinwen-zhongxin', aliases: ['网宣中心'] },
  { name: '青少年全媒体中心', slug: 'quanmeiti-zhongxin' },
  { name: '青年报社', slug: 'qingnian-baoshe' },
  { name: '信息中心', slug: 'xinxi-zhongxin' },
  { name: '青少年活动中心', slug: 'qingshaonian-huodong-zhongxin' },
  { name: '青年志愿服务指导中心', slug: 'zhiyuan-fuwu-zhidao-zhongxin' },
  { name: '青少年研究所', slug: 'qingshaonian-yanjiusuo' },
];

/** Subjects of plans, for titles: 关于{theme}的实施方案. */
export const THEMES: readonly string[] = [
  '深化基层组织建设',
  '加强青年思想政治引领',
  '推进青年发展型城市建设',
  '服务乡村振兴',
  '深化学校共青团改革',
  '加强团干部队伍建设',
  '做好青年就业创业工作',
  '加强新时代少先队工作',
  '推进青年志愿服务',
  '全面从严治团',
  '提升团的组织力',
  '加强青少年权益保护',
  '推进共青团数字化建设',
  '深化团教协作',
  '加强青联学联工作',
  '服务青年婚恋交友',
  '推进青少年心理健康服务',
  '实施中长期青年发展规划',
  '加强网上共青团建设',
  '推进非公企业团建',
  '开展青年文明号创建',
  '加强青少年科技创新',
  '推动团的基层组织规范化建设',
  '助力生态文明建设',
  '深化青年理论武装',
  '加强和改进团员发展工作',
  '开展主题教育实践活动',
  '推进青少年体育和美育',
  '服务区域协调发展',
  '加强新兴领域青年工作',
];

/** The pieces of programme names (quoted terms such as “青春筑梦”行动): a prefix, a core and a kind. */
export const TERM_PREFIXES: readonly string[] = ['青春', '青', '红领巾', '团', '青年', '青少年', '新时代', '筑梦', '同心', '启航', '扬帆', '强基'];
export const TERM_CORES: readonly string[] = [
  '筑梦', '护航', '启航', '聚力', '建功', '圆梦', '先锋', '乡村', '创客', '领航', '同行', '暖心', '守护', '追梦', '奋斗',
  '担当', '匠心', '红色', '绿色', '书香', '科创', '振兴', '助学', '就业', '安全', '成长', '心桥', '帮扶', '关爱', '文明',
  '向上', '向善', '强国', '兴业', '润心', '赋能', '助力', '燎原', '星火', '攀登',
];
export const TERM_KINDS: readonly string[] = ['行动', '计划', '工程', '工作室', '驿站', '之家', '课堂', '讲堂', '学院', '联盟', '志愿服务队', '服务站', '专项', '品牌', '大赛'];

/** Interchangeable policy words: each occurrence may be written with any member of its group. */
export const SYNONYM_GROUPS: readonly string[][] = [
  ['深入', '持续', '全面', '扎实'],
  ['推进', '推动', '促进'],
  ['加强', '强化', '深化'],
  ['开展', '组织开展', '广泛开展'],
  ['建立', '健全', '完善'],
  ['团员青年', '青年团员', '广大青年'],
  ['工作机制', '长效机制', '运行机制'],
  ['积极', '主动', '大力'],
  ['提升', '提高', '增强'],
  ['引导', '引领', '带动'],
  ['各级团组织', '各地团组织', '基层团组织'],
  ['重点', '关键', '核心'],
  ['平台', '阵地', '载体'],
];

/** Provinces the seed texts name, and the regional names that stand for them; they become the target province. */
export const SEED_PLACE_NAMES: readonly string[] = ['河南', '山西', '四川'];
