// Word lists for names, companies, addresses and domains. Pinyin rides along so domains and
// e-mail addresses can be derived from the Chinese they belong to.

/** [surname, pinyin, weight] — the common surnames, roughly by frequency. */
// prettier-ignore
export const SURNAMES: readonly (readonly [string, string, number])[] = [
  ["王", "wang", 72], ["李", "li", 70], ["张", "zhang", 66], ["刘", "liu", 53], ["陈", "chen", 45],
  ["杨", "yang", 31], ["黄", "huang", 24], ["赵", "zhao", 20], ["吴", "wu", 19], ["周", "zhou", 19],
  ["徐", "xu", 14], ["孙", "sun", 13], ["马", "ma", 12], ["朱", "zhu", 11], ["胡", "hu", 11],
  ["郭", "guo", 10], ["何", "he", 10], ["林", "lin", 9], ["高", "gao", 9], ["罗", "luo", 9],
  ["郑", "zheng", 8], ["梁", "liang", 8], ["谢", "xie", 7], ["宋", "song", 6], ["唐", "tang", 6],
  ["许", "xu", 6], ["韩", "han", 6], ["冯", "feng", 5], ["邓", "deng", 5], ["曹", "cao", 5],
  ["彭", "peng", 5], ["曾", "zeng", 5], ["肖", "xiao", 5], ["田", "tian", 4], ["董", "dong", 4],
  ["袁", "yuan", 4], ["潘", "pan", 4], ["蒋", "jiang", 4], ["蔡", "cai", 4], ["余", "yu", 4],
  ["杜", "du", 3], ["叶", "ye", 3], ["程", "cheng", 3], ["苏", "su", 3], ["魏", "wei", 3],
  ["吕", "lv", 3], ["丁", "ding", 3], ["任", "ren", 3], ["沈", "shen", 3], ["姚", "yao", 3],
  ["卢", "lu", 3], ["姜", "jiang", 3], ["崔", "cui", 2], ["钟", "zhong", 2], ["谭", "tan", 2],
  ["陆", "lu", 2], ["汪", "wang", 2], ["范", "fan", 2], ["金", "jin", 2], ["石", "shi", 2],
  ["廖", "liao", 2], ["贾", "jia", 2], ["夏", "xia", 2], ["韦", "wei", 2], ["方", "fang", 2],
  ["白", "bai", 2], ["邹", "zou", 2], ["孟", "meng", 2], ["熊", "xiong", 2], ["秦", "qin", 2],
  ["邱", "qiu", 2], ["江", "jiang", 2], ["尹", "yin", 2], ["薛", "xue", 2], ["段", "duan", 2],
  ["雷", "lei", 2], ["侯", "hou", 2], ["龙", "long", 2], ["史", "shi", 2], ["黎", "li", 1],
  ["贺", "he", 1], ["顾", "gu", 1], ["毛", "mao", 1], ["郝", "hao", 1], ["龚", "gong", 1],
  ["邵", "shao", 1], ["万", "wan", 1], ["钱", "qian", 1], ["严", "yan", 1], ["欧阳", "ouyang", 1],
];

/** [character, pinyin] of given names, split by the usual gender of the name. */
// prettier-ignore
export const GIVEN_MALE: readonly (readonly [string, string])[] = [
  ["伟", "wei"], ["强", "qiang"], ["磊", "lei"], ["军", "jun"], ["勇", "yong"], ["杰", "jie"],
  ["涛", "tao"], ["明", "ming"], ["超", "chao"], ["刚", "gang"], ["平", "ping"], ["辉", "hui"],
  ["鹏", "peng"], ["华", "hua"], ["飞", "fei"], ["斌", "bin"], ["宇", "yu"], ["浩", "hao"],
  ["凯", "kai"], ["俊", "jun"], ["建", "jian"], ["国", "guo"], ["文", "wen"], ["志", "zhi"],
  ["海", "hai"], ["峰", "feng"], ["博", "bo"], ["晨", "chen"], ["子", "zi"], ["轩", "xuan"],
  ["天", "tian"], ["成", "cheng"], ["立", "li"], ["新", "xin"], ["永", "yong"], ["振", "zhen"],
];
// prettier-ignore
export const GIVEN_FEMALE: readonly (readonly [string, string])[] = [
  ["芳", "fang"], ["娜", "na"], ["敏", "min"], ["静", "jing"], ["丽", "li"], ["艳", "yan"],
  ["娟", "juan"], ["霞", "xia"], ["燕", "yan"], ["玲", "ling"], ["婷", "ting"], ["雪", "xue"],
  ["慧", "hui"], ["颖", "ying"], ["琳", "lin"], ["晶", "jing"], ["倩", "qian"], ["佳", "jia"],
  ["欣", "xin"], ["怡", "yi"], ["梦", "meng"], ["雨", "yu"], ["思", "si"], ["悦", "yue"],
  ["晓", "xiao"], ["丹", "dan"], ["萍", "ping"], ["红", "hong"], ["美", "mei"], ["月", "yue"],
];

/** 字号 (trade names) with pinyin; none starts with 中国 中华 中央 国家 人民. */
// prettier-ignore
export const TRADE_NAMES: readonly (readonly [string, string])[] = [
  ["云帆", "yunfan"], ["星辰", "xingchen"], ["博远", "boyuan"], ["恒通", "hengtong"], ["汇智", "huizhi"],
  ["鼎盛", "dingsheng"], ["瑞丰", "ruifeng"], ["华信", "huaxin"], ["启明", "qiming"], ["鸿图", "hongtu"],
  ["锦程", "jincheng"], ["众诚", "zhongcheng"], ["天合", "tianhe"], ["卓越", "zhuoyue"], ["新锐", "xinrui"],
  ["盛世", "shengshi"], ["宏达", "hongda"], ["嘉禾", "jiahe"], ["金桥", "jinqiao"], ["蓝海", "lanhai"],
  ["聚力", "juli"], ["优品", "youpin"], ["安信", "anxin"], ["远航", "yuanhang"], ["青松", "qingsong"],
  ["睿思", "ruisi"], ["创想", "chuangxiang"], ["天成", "tiancheng"], ["明德", "mingde"], ["海纳", "haina"],
  ["长风", "changfeng"], ["知行", "zhixing"], ["领航", "linghang"], ["同创", "tongchuang"], ["凯越", "kaiyue"],
  ["易达", "yida"], ["晨曦", "chenxi"], ["百川", "baichuan"], ["正元", "zhengyuan"], ["泰和", "taihe"],
  ["银河", "yinhe"], ["方圆", "fangyuan"], ["德润", "derun"], ["华美", "huamei"], ["万象", "wanxiang"],
  ["乐享", "lexiang"], ["微光", "weiguang"], ["云端", "yunduan"], ["拓新", "tuoxin"], ["润泽", "runze"],
  ["东升", "dongsheng"], ["永泰", "yongtai"], ["佳和", "jiahe"], ["亿通", "yitong"], ["思源", "siyuan"],
  ["梦想", "mengxiang"], ["九州", "jiuzhou"], ["祥云", "xiangyun"], ["飞跃", "feiyue"], ["至诚", "zhicheng"],
];

export interface Industry {
  /** As in the company name: 信息科技. */
  name: string;
  /** Short form for site names: 科技. */
  short: string;
  /** Domain suffix word: tech. */
  word: string;
  /** 类型 printed on the licence is chosen elsewhere; this is the scope in a site name. */
  site: readonly string[];
}

// prettier-ignore
export const INDUSTRIES: readonly Industry[] = [
  { name: "信息科技", short: "科技", word: "tech", site: ["官网", "官方网站", "技术博客"] },
  { name: "网络科技", short: "网络", word: "net", site: ["官网", "服务平台", "在线"] },
  { name: "软件开发", short: "软件", word: "soft", site: ["官网", "产品中心", "开发者社区"] },
  { name: "智能科技", short: "智能", word: "ai", site: ["官网", "解决方案"] },
  { name: "电子商务", short: "电商", word: "shop", site: ["商城", "购物平台", "官网"] },
  { name: "文化传媒", short: "传媒", word: "media", site: ["官网", "作品展示", "资讯"] },
  { name: "教育咨询", short: "教育", word: "edu", site: ["官网", "学习中心", "课程平台"] },
  { name: "餐饮管理", short: "餐饮", word: "food", site: ["官网", "门店展示"] },
  { name: "建筑工程", short: "建筑", word: "build", site: ["官网", "工程案例"] },
  { name: "商贸", short: "商贸", word: "trade", site: ["官网", "产品展示"] },
  { name: "生物科技", short: "生物", word: "bio", site: ["官网", "研发中心"] },
  { name: "医疗器械", short: "医疗", word: "med", site: ["官网", "产品展示"] },
  { name: "物流", short: "物流", word: "logistics", site: ["官网", "查询平台"] },
  { name: "广告", short: "广告", word: "ad", site: ["官网", "案例展示"] },
  { name: "新能源科技", short: "能源", word: "energy", site: ["官网", "产品中心"] },
  { name: "农业发展", short: "农业", word: "agri", site: ["官网", "农产品展示"] },
  { name: "旅游开发", short: "旅游", word: "travel", site: ["官网", "旅游资讯"] },
  { name: "家居", short: "家居", word: "home", site: ["官网", "产品展示"] },
  { name: "服饰", short: "服饰", word: "fashion", site: ["官网", "品牌展示"] },
  { name: "食品", short: "食品", word: "foods", site: ["官网", "产品展示"] },
];

/** The 类型 line of a business licence. */
export const COMPANY_TYPES = [
  "有限责任公司(自然人投资或控股)",
  "有限责任公司(自然人独资)",
  "有限责任公司(法人独资)",
  "其他有限责任公司",
] as const;

// prettier-ignore
export const ROADS = [
  "人民路", "解放路", "中山路", "建设路", "和平路", "新华路", "长江路", "黄河路", "文化路", "科技路",
  "创业大道", "高新大道", "滨江路", "学府路", "朝阳路", "光明路", "青年路", "迎宾大道", "金融街", "软件园路",
] as const;

// prettier-ignore
export const BUILDINGS = ["科技大厦", "国际广场", "创新中心", "商务中心", "金融大厦", "软件园", "时代广场", "财富中心"] as const;

/** Foreign legal representatives: name as registered, nationality, romanised name for the passport. */
// prettier-ignore
export const FOREIGNERS: readonly { name: string; nationality: string; passportCountry: string; latinName: string; passportPrefix: string }[] = [
  { name: "DAVID MILLER", nationality: "US", passportCountry: "USA", latinName: "MILLER, DAVID", passportPrefix: "5" },
  { name: "JAMES WILSON", nationality: "GB", passportCountry: "GBR", latinName: "WILSON, JAMES", passportPrefix: "1" },
  { name: "TANAKA HIROSHI", nationality: "JP", passportCountry: "JPN", latinName: "TANAKA, HIROSHI", passportPrefix: "TK" },
  { name: "KIM MINJUN", nationality: "KR", passportCountry: "KOR", latinName: "KIM, MINJUN", passportPrefix: "M" },
  { name: "LIM WEI MING", nationality: "SG", passportCountry: "SGP", latinName: "LIM, WEI MING", passportPrefix: "E" },
  { name: "THOMAS MUELLER", nationality: "DE", passportCountry: "DEU", latinName: "MUELLER, THOMAS", passportPrefix: "C" },
];

/** Ethnicities printed on ID cards in the autonomous regions (汉 elsewhere). */
export const REGIONAL_ETHNICITIES: Readonly<Partial<Record<string, readonly string[]>>> = {
  新疆: ["维吾尔", "哈萨克", "回"],
  西藏: ["藏"],
  广西: ["壮"],
  内蒙古: ["蒙古"],
  宁夏: ["回"],
  云南: ["白", "彝"],
};

/** Topics of individuals' sites (the part after 的). */
export const PERSONAL_TOPICS = ["个人博客", "读书笔记", "摄影日记", "技术博客", "生活随笔", "个人主页", "旅行日志", "学习笔记"] as const;
export const PERSONAL_DOMAIN_WORDS = ["blog", "notes", "photo", "dev", "life", "home", "travel", "study"] as const;
