import type { Province } from "@/lib/domain/validation/constants";

// Places the generator writes into addresses, ID numbers, USCCs and landlines: per province its
// full name, the short name of its ICP numbers, and a few cities with real GB/T 2260 district
// codes and telephone area codes.

export interface District {
  name: string;
  /** 6-digit GB/T 2260 code: ID numbers and USCC positions 3–8. */
  code: string;
}

export interface City {
  /** Empty for the districts of a municipality (北京市海淀区…). */
  name: string;
  areaCode: string;
  /** Digits after the area code of a landline. */
  landlineDigits: 7 | 8;
  districts: readonly District[];
}

export interface Region {
  /** As printed at the start of an address: 江苏省, 北京市, 广西壮族自治区. */
  fullName: string;
  /** 苏 in 苏ICP备…号. */
  icpPrefix: string;
  cities: readonly City[];
  /** Rough share of filings (larger economies file more). */
  weight: number;
}

const d = (name: string, code: string): District => ({ name, code });
const city = (name: string, areaCode: string, districts: District[], landlineDigits: 7 | 8 = 8): City => ({
  name,
  areaCode,
  landlineDigits,
  districts,
});

// prettier-ignore
export const REGIONS: Readonly<Record<Province, Region>> = {
  北京: { fullName: "北京市", icpPrefix: "京", weight: 9, cities: [city("", "010", [d("东城区", "110101"), d("西城区", "110102"), d("朝阳区", "110105"), d("海淀区", "110108")])] },
  天津: { fullName: "天津市", icpPrefix: "津", weight: 3, cities: [city("", "022", [d("和平区", "120101"), d("河西区", "120103"), d("南开区", "120104"), d("滨海新区", "120116")])] },
  河北: { fullName: "河北省", icpPrefix: "冀", weight: 3, cities: [city("石家庄市", "0311", [d("长安区", "130102"), d("桥西区", "130104")]), city("保定市", "0312", [d("竞秀区", "130602")], 7), city("唐山市", "0315", [d("路北区", "130203")], 7)] },
  山西: { fullName: "山西省", icpPrefix: "晋", weight: 2, cities: [city("太原市", "0351", [d("小店区", "140105"), d("迎泽区", "140106")], 7), city("大同市", "0352", [d("平城区", "140213")], 7)] },
  内蒙古: { fullName: "内蒙古自治区", icpPrefix: "蒙", weight: 1, cities: [city("呼和浩特市", "0471", [d("新城区", "150102"), d("赛罕区", "150105")], 7), city("包头市", "0472", [d("昆都仑区", "150203")], 7)] },
  辽宁: { fullName: "辽宁省", icpPrefix: "辽", weight: 3, cities: [city("沈阳市", "024", [d("和平区", "210102"), d("沈河区", "210103")]), city("大连市", "0411", [d("中山区", "210202"), d("甘井子区", "210211")])] },
  吉林: { fullName: "吉林省", icpPrefix: "吉", weight: 2, cities: [city("长春市", "0431", [d("南关区", "220102"), d("朝阳区", "220104")]), city("吉林市", "0432", [d("船营区", "220204")], 7)] },
  黑龙江: { fullName: "黑龙江省", icpPrefix: "黑", weight: 2, cities: [city("哈尔滨市", "0451", [d("南岗区", "230103"), d("道里区", "230102")]), city("大庆市", "0459", [d("萨尔图区", "230602")], 7)] },
  上海: { fullName: "上海市", icpPrefix: "沪", weight: 8, cities: [city("", "021", [d("黄浦区", "310101"), d("徐汇区", "310104"), d("闵行区", "310112"), d("浦东新区", "310115")])] },
  江苏: { fullName: "江苏省", icpPrefix: "苏", weight: 8, cities: [city("南京市", "025", [d("玄武区", "320102"), d("鼓楼区", "320106")]), city("苏州市", "0512", [d("姑苏区", "320508"), d("吴中区", "320506")]), city("无锡市", "0510", [d("梁溪区", "320213")])] },
  浙江: { fullName: "浙江省", icpPrefix: "浙", weight: 8, cities: [city("杭州市", "0571", [d("西湖区", "330106"), d("滨江区", "330108")]), city("宁波市", "0574", [d("鄞州区", "330212")]), city("温州市", "0577", [d("鹿城区", "330302")])] },
  安徽: { fullName: "安徽省", icpPrefix: "皖", weight: 3, cities: [city("合肥市", "0551", [d("蜀山区", "340104"), d("包河区", "340111")]), city("芜湖市", "0553", [d("镜湖区", "340202")], 7)] },
  福建: { fullName: "福建省", icpPrefix: "闽", weight: 4, cities: [city("福州市", "0591", [d("鼓楼区", "350102")]), city("厦门市", "0592", [d("思明区", "350203")], 7), city("泉州市", "0595", [d("丰泽区", "350503")])] },
  江西: { fullName: "江西省", icpPrefix: "赣", weight: 2, cities: [city("南昌市", "0791", [d("东湖区", "360102"), d("红谷滩区", "360113")]), city("赣州市", "0797", [d("章贡区", "360702")], 7)] },
  山东: { fullName: "山东省", icpPrefix: "鲁", weight: 6, cities: [city("济南市", "0531", [d("历下区", "370102")]), city("青岛市", "0532", [d("市南区", "370202"), d("崂山区", "370212")]), city("烟台市", "0535", [d("芝罘区", "370602")], 7)] },
  河南: { fullName: "河南省", icpPrefix: "豫", weight: 4, cities: [city("郑州市", "0371", [d("金水区", "410105"), d("中原区", "410102")]), city("洛阳市", "0379", [d("洛龙区", "410311")], 7)] },
  湖北: { fullName: "湖北省", icpPrefix: "鄂", weight: 4, cities: [city("武汉市", "027", [d("江汉区", "420103"), d("洪山区", "420111")]), city("宜昌市", "0717", [d("西陵区", "420502")], 7)] },
  湖南: { fullName: "湖南省", icpPrefix: "湘", weight: 3, cities: [city("长沙市", "0731", [d("岳麓区", "430104"), d("天心区", "430103")]), city("株洲市", "0731", [d("天元区", "430211")])] },
  广东: { fullName: "广东省", icpPrefix: "粤", weight: 12, cities: [city("广州市", "020", [d("天河区", "440106"), d("越秀区", "440104")]), city("深圳市", "0755", [d("南山区", "440305"), d("福田区", "440304")]), city("佛山市", "0757", [d("南海区", "440605")]), city("东莞市", "0769", [d("南城街道", "441900")])] },
  广西: { fullName: "广西壮族自治区", icpPrefix: "桂", weight: 2, cities: [city("南宁市", "0771", [d("青秀区", "450103")]), city("桂林市", "0773", [d("秀峰区", "450302")], 7), city("柳州市", "0772", [d("城中区", "450202")], 7)] },
  海南: { fullName: "海南省", icpPrefix: "琼", weight: 1, cities: [city("海口市", "0898", [d("龙华区", "460106"), d("美兰区", "460108")]), city("三亚市", "0898", [d("吉阳区", "460203")])] },
  重庆: { fullName: "重庆市", icpPrefix: "渝", weight: 3, cities: [city("", "023", [d("渝中区", "500103"), d("江北区", "500105"), d("渝北区", "500112")])] },
  四川: { fullName: "四川省", icpPrefix: "蜀", weight: 4, cities: [city("成都市", "028", [d("武侯区", "510107"), d("锦江区", "510104")]), city("绵阳市", "0816", [d("涪城区", "510703")], 7)] },
  贵州: { fullName: "贵州省", icpPrefix: "黔", weight: 2, cities: [city("贵阳市", "0851", [d("南明区", "520102"), d("观山湖区", "520115")]), city("遵义市", "0851", [d("红花岗区", "520302")])] },
  云南: { fullName: "云南省", icpPrefix: "滇", weight: 2, cities: [city("昆明市", "0871", [d("五华区", "530102"), d("盘龙区", "530103")]), city("大理白族自治州大理市", "0872", [d("下关街道", "532901")], 7)] },
  西藏: { fullName: "西藏自治区", icpPrefix: "藏", weight: 1, cities: [city("拉萨市", "0891", [d("城关区", "540102")], 7), city("日喀则市", "0892", [d("桑珠孜区", "540202")], 7)] },
  陕西: { fullName: "陕西省", icpPrefix: "陕", weight: 3, cities: [city("西安市", "029", [d("雁塔区", "610113"), d("碑林区", "610103")]), city("宝鸡市", "0917", [d("渭滨区", "610302")], 7)] },
  甘肃: { fullName: "甘肃省", icpPrefix: "陇", weight: 1, cities: [city("兰州市", "0931", [d("城关区", "620102"), d("七里河区", "620103")], 7), city("天水市", "0938", [d("秦州区", "620502")], 7)] },
  青海: { fullName: "青海省", icpPrefix: "青", weight: 1, cities: [city("西宁市", "0971", [d("城西区", "630104"), d("城东区", "630102")], 7), city("海东市", "0972", [d("乐都区", "630202")], 7)] },
  宁夏: { fullName: "宁夏回族自治区", icpPrefix: "宁", weight: 1, cities: [city("银川市", "0951", [d("兴庆区", "640104"), d("金凤区", "640106")], 7), city("石嘴山市", "0952", [d("大武口区", "640202")], 7)] },
  新疆: { fullName: "新疆维吾尔自治区", icpPrefix: "新", weight: 1, cities: [city("乌鲁木齐市", "0991", [d("天山区", "650102"), d("沙依巴克区", "650103")], 7), city("克拉玛依市", "0990", [d("克拉玛依区", "650203")], 7)] },
};

/** Where a person or a company is: province, city and district. */
export interface Place {
  province: Province;
  region: Region;
  city: City;
  district: District;
}

/** The city as it reads in a name: 南京, 北京 (municipalities), 大理. */
export function cityShortName(place: Place): string {
  const name = place.city.name || place.region.fullName;
  return name.replace(/(白族自治州.*|市)$/, "");
}
