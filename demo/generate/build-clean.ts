import { PROVINCE_TABLE } from "@/lib/domain/rules";
import { addDays } from "@/lib/domain/validation/calendar";
import type { MaterialKind, SubjectNature } from "@/lib/domain/validation/constants";
import type { FilingFacts, PersonFacts, WebsiteFacts } from "@/demo/generate/facts";
import { makeIcpNumber, makeLandline, makeRegistrationNumber, makeUscc } from "@/demo/generate/identifiers";
import {
  addYears,
  MIN_CLEAN_VALIDITY_DAYS,
  makeForeigner,
  makePerson,
  pickPlace,
  pickProvince,
  streetAddress,
} from "@/demo/generate/people";
import type { Plan } from "@/demo/generate/plan";
import type { Rng } from "@/demo/generate/prng";
import { cityShortName, type Place } from "@/demo/generate/regions";
import {
  BUILDINGS,
  COMPANY_TYPES,
  INDUSTRIES,
  PERSONAL_DOMAIN_WORDS,
  PERSONAL_TOPICS,
  TRADE_NAMES,
  type Industry,
} from "@/demo/generate/vocabulary";

// A filing as a careful applicant submits it: every rule of the catalog passes. The faults
// module then breaks it on purpose.

export interface Timing {
  index: number;
  externalId: string;
  accountId: string;
  submittedMs: number;
  submittedDate: string;
  receivedAt: number;
}

const USCC_PREFIX: Record<Exclude<SubjectNature, "个人">, string> = {
  企业: "91",
  事业单位: "12",
  社会团体: "51",
  民办非企业单位: "52",
  基金会: "53",
  律师执业机构: "31",
  政府机关: "11",
  医疗机构: "12",
  国防机构: "11",
  宗教团体: "51",
  境外机构: "Y1",
};
const CERTIFICATE_TYPE: Partial<Record<SubjectNature, string>> = {
  企业: "营业执照",
  事业单位: "事业单位法人证书",
  社会团体: "社会团体法人登记证书",
  民办非企业单位: "民办非企业单位登记证书",
  政府机关: "统一社会信用代码证书",
};
const CAPITALS = ["伍拾万元整", "壹佰万元整", "贰佰万元整", "叁佰万元整", "伍佰万元整", "壹仟万元整"] as const;

export function samePerson(a: PersonFacts, b: PersonFacts): boolean {
  return a.idNumber.toUpperCase() === b.idNumber.toUpperCase();
}

/** The legal representative the rules compare the principal with: the head office's for a branch. */
export function rulesLegalRep(f: FilingFacts): PersonFacts | undefined {
  return f.isBranch ? f.headOffice?.legalRep : f.legalRep;
}

export function buildCleanFacts(rng: Rng, plan: Plan, timing: Timing): FilingFacts {
  const place = pickPlace(rng, plan.province);
  const base = {
    ...timing,
    type: plan.type,
    province: plan.province,
    place,
    existingRecord: null,
    extras: new Set<MaterialKind>(),
    omit: new Set<MaterialKind>(),
    degraded: [],
    videoFormat: rng.chance(0.8) ? ("mp4" as const) : ("webm" as const),
    faults: [],
    variant: rng.int(0, 3),
  };
  const facts = plan.kind === "unit" ? buildUnit(rng, base, place) : buildIndividual(rng, base, place);
  if (plan.type !== "new_filing") facts.existingRecord = existingRecord(rng, facts);
  if (rng.chance(0.06)) facts.extras.add("domain_certificate");
  if (rng.chance(0.04)) facts.extras.add("handheld_certificate");
  if (rng.chance(0.06)) facts.extras.add("verification_form");
  return facts;
}

type Base = Pick<
  FilingFacts,
  | "index"
  | "externalId"
  | "accountId"
  | "submittedMs"
  | "submittedDate"
  | "receivedAt"
  | "type"
  | "province"
  | "place"
  | "existingRecord"
  | "extras"
  | "omit"
  | "degraded"
  | "videoFormat"
  | "faults"
  | "variant"
>;

function homeFor(rng: Rng, place: Place, localShare: number): Place {
  return rng.chance(localShare) ? pickPlace(rng, place.province) : pickPlace(rng, pickProvince(rng, place.province));
}

function buildUnit(rng: Rng, base: Base, place: Place): FilingFacts {
  const asOf = base.submittedDate;
  const nature = rng.weighted<SubjectNature>([
    ["企业", 88],
    ["事业单位", 4],
    ["社会团体", 3],
    ["民办非企业单位", 3],
    ["政府机关", 2],
  ]);
  const trade = rng.pick(TRADE_NAMES);
  const industry = rng.pick(INDUSTRIES);
  const cityShort = cityShortName(place);
  const row = PROVINCE_TABLE[place.province];
  const adult = (home: Place, minAge = 28, maxAge = 62) => makePerson(rng, { home, minAge, maxAge, asOf });

  const oldLicence = nature === "企业" && rng.chance(0.05);
  const isBranch = nature === "企业" && !oldLicence && rng.chance(0.04);
  const subjectName = unitName(rng, nature, place, trade[0], industry);
  const registeredOn = oldLicence ? addDays("2000-01-01", rng.int(0, 14 * 365)) : addDays(asOf, -rng.int(40, 15 * 365));

  let legalRep = adult(homeFor(rng, place, 0.85));
  let headOffice: FilingFacts["headOffice"];
  let name = subjectName;
  if (isBranch) {
    const headPlace = pickPlace(rng, rng.chance(0.5) ? place.province : pickProvince(rng, place.province));
    const headName = `${cityShortName(headPlace)}${trade[0]}${industry.name}有限公司`;
    headOffice = { name: headName, legalRep: adult(homeFor(rng, headPlace, 0.85)) };
    name = `${headName}${cityShort}分公司`;
  }
  const foreignRep = nature === "企业" && !isBranch && row.legalRep !== "required" && rng.chance(0.03);
  if (foreignRep) legalRep = makeForeigner(rng, place, asOf);

  const theRulesRep = headOffice?.legalRep ?? legalRep;
  const principalIsRep = !foreignRep && (row.legalRep === "required" || rng.chance(row.legalRep === "authorization" ? 0.7 : 0.55));
  const principal = principalIsRep ? theRulesRep : adult(homeFor(rng, place, 0.8), 24, 55);

  const certificateNumber = oldLicence
    ? makeRegistrationNumber(rng, place.district.code)
    : makeUscc(rng, USCC_PREFIX[nature as Exclude<SubjectNature, "个人">], place.district.code);
  const certificateAddress = streetAddress(rng, place);
  const mailingAddress = rng.chance(0.7)
    ? `${certificateAddress}${rng.pick(BUILDINGS)}${rng.int(2, 28)}楼${rng.int(1, 20)}0${rng.int(1, 9)}室`
    : `${streetAddress(rng, place)}${rng.int(1, 12)}栋${rng.int(1, 6)}0${rng.int(1, 9)}室`;

  let officePhone = makeLandline(rng, place.city.areaCode, place.city.landlineDigits);
  let remark = "";
  if (row.officeMobileRemark !== "none" && rng.chance(0.15)) {
    officePhone = principal.mobile;
    remark = `办公电话为${principal.name}（总经理）的手机号码`;
  }

  const websiteCount = rng.weighted([
    [1, 80],
    [2, 15],
    [3, 5],
  ] as const);
  const sitePrincipal = rng.chance(0.65) ? principal : adult(homeFor(rng, place, 0.85), 22, 50);
  const websites: WebsiteFacts[] = [];
  for (let i = 0; i < websiteCount; i++) {
    const siteOwner = i === 0 || rng.chance(0.8) ? sitePrincipal : adult(homeFor(rng, place, 0.85), 22, 50);
    websites.push(unitWebsite(rng, i, nature, subjectName, trade, industry, siteOwner));
  }
  for (const person of [principal, ...websites.map((w) => w.principal)]) {
    if (person.nationality === "CN" && !person.email) person.email = emailFor(rng, person, websites[0].domain);
  }
  if (websites.some((w) => !samePerson(w.principal, principal)) && rng.chance(0.3)) {
    base.extras.add("site_principal_authorization");
  }

  return {
    ...base,
    kind: "unit",
    nature,
    subjectName: name,
    certificateType: CERTIFICATE_TYPE[nature] ?? "统一社会信用代码证书",
    certificateNumber,
    threeInOne: !oldLicence,
    certificateAddress,
    mailingAddress,
    registeredOn: rng.chance(0.85) ? registeredOn : undefined,
    certificateValidUntil: validUntil(rng, nature, registeredOn, asOf),
    companyType: nature === "企业" ? rng.pick(COMPANY_TYPES) : nature,
    registeredCapital: rng.pick(CAPITALS),
    registrationAuthority: `${cityShort}市${place.district.name}市场监督管理局`,
    isBranch,
    headOffice,
    legalRep,
    investor: investorOf(rng, nature, legalRep, cityShort, trade[0]),
    remark,
    principal,
    officePhone,
    websites,
  };
}

function unitName(rng: Rng, nature: SubjectNature, place: Place, trade: string, industry: Industry): string {
  const city = cityShortName(place);
  const district = place.district.name;
  switch (nature) {
    case "事业单位":
      return rng.pick([
        `${city}市${district}图书馆`,
        `${city}市${district}文化馆`,
        `${city}市第${rng.pick(["一", "二", "三", "十二"])}中学`,
      ]);
    case "社会团体":
      return `${city}市${industry.short}行业协会`;
    case "民办非企业单位":
      return `${city}${trade}培训学校`;
    case "政府机关":
      return `${city}市${district}${rng.pick(["教育局", "文化和旅游局", "科学技术局"])}`;
    default:
      return `${city}${trade}${industry.name}有限公司`;
  }
}

function validUntil(rng: Rng, nature: SubjectNature, registeredOn: string, asOf: string): string {
  if (rng.chance(nature === "企业" ? 0.6 : 0.7)) return "长期";
  const limit = addDays(asOf, MIN_CLEAN_VALIDITY_DAYS);
  const until = nature === "企业" ? addYears(registeredOn, rng.pick([20, 30, 50])) : addDays(asOf, rng.int(300, 1800));
  return until >= limit ? until : "长期";
}

function investorOf(rng: Rng, nature: SubjectNature, legalRep: PersonFacts, city: string, trade: string): string {
  switch (nature) {
    case "企业":
      return rng.chance(0.7) ? legalRep.name : `${city}${trade}投资有限公司`;
    case "事业单位":
      return `${city}市文化和旅游局`;
    case "政府机关":
      return `${city}市人民政府`;
    default:
      return `${city}市民政局`;
  }
}

const TLDS = [
  ["cn", 40],
  ["com", 35],
  ["com.cn", 20],
  ["net", 5],
] as const;
const SECOND_SITES = [
  ["shop", "商城"],
  ["app", "应用下载"],
  ["cloud", "云服务"],
  ["news", "资讯"],
  ["club", "会员中心"],
] as const;

function unitDomain(rng: Rng, index: number, nature: SubjectNature, pinyin: string, word: string): string {
  if (nature === "政府机关") return `${pinyin}${word}.gov.cn`;
  const tld = nature === "企业" ? rng.weighted(TLDS) : rng.pick(["org.cn", "org", "cn"]);
  if (index > 0 || word === "") return `${pinyin}${word}.${tld}`;
  const initials = pinyin.replace(/[aeiou]/g, "").slice(0, 4);
  return rng.weighted([
    [`${pinyin}${word}.${tld}`, 4],
    [`${pinyin}-${word}.${tld}`, 2],
    [`${initials}${word}.${tld}`, 1],
    [`${pinyin}.${tld}`, 2],
  ]);
}

function unitWebsite(
  rng: Rng,
  index: number,
  nature: SubjectNature,
  subjectName: string,
  trade: readonly [string, string],
  industry: Industry,
  principal: PersonFacts,
): WebsiteFacts {
  let name: string;
  let domain: string;
  let serviceContent = ["单位门户网站"];
  if (nature !== "企业") {
    name = index === 0 ? `${subjectName}门户网站` : `${subjectName}${rng.pick(["信息公开", "服务平台", "资讯"])}`;
    domain = unitDomain(rng, index, nature, trade[1], index === 0 ? "" : `${index + 1}`);
  } else if (index === 0) {
    const site = rng.pick(industry.site);
    name = `${trade[0]}${industry.short}${site}`;
    domain = rng.chance(0.03)
      ? `${trade[0]}${industry.short}.${rng.pick(["cn", "中国"])}`
      : unitDomain(rng, 0, nature, trade[1], industry.word);
    if (site === "商城" || site === "购物平台") serviceContent = ["网上商城"];
  } else {
    const [word, label] = rng.pick(SECOND_SITES);
    name = `${trade[0]}${industry.short}${label}`;
    domain = unitDomain(rng, index, nature, trade[1], word);
  }
  return {
    name,
    domain,
    homepageUrl: rng.weighted([
      [`https://www.${domain}`, 85],
      [`http://www.${domain}`, 10],
      [undefined, 5],
    ] as const),
    serviceContent,
    ownerName: "subject",
    ownerCertificate: rng.chance(0.85) ? "subject" : "none",
    principal,
    remark: "",
  };
}

const ASCII_RE = /^[\x00-\x7f]+$/;

function emailFor(rng: Rng, person: PersonFacts, domain: string): string {
  if (ASCII_RE.test(domain) && rng.chance(0.6)) return `${person.pinyin}@${domain}`;
  return rng.chance(0.5) ? `${rng.int(10000, 999999999)}@qq.com` : `${person.pinyin}${rng.int(1, 99)}@163.com`;
}

function buildIndividual(rng: Rng, base: Base, place: Place): FilingFacts {
  const asOf = base.submittedDate;
  const row = PROVINCE_TABLE[place.province];
  let home = place;
  if (row.outOfProvinceId !== "rejected" && rng.chance(0.12)) {
    home = pickPlace(rng, pickProvince(rng, place.province));
    if (row.outOfProvinceId === "permit") base.extras.add("residence_permit");
  }
  const principal = makePerson(rng, { home, minAge: 19, maxAge: 58, asOf });
  const topicIndex = rng.int(0, PERSONAL_TOPICS.length - 1);
  const name = row.personalSiteNameFormat
    ? `${principal.name}的个人${rng.pick(["博客", "主页"])}`
    : `${principal.name}的${PERSONAL_TOPICS[topicIndex]}`;
  const tld = rng.weighted([
    ["cn", 45],
    ["com", 35],
    ["top", 10],
    ["net", 10],
  ] as const);
  const domain = rng.chance(0.02)
    ? `${principal.name}${rng.pick(["的博客", "笔记"])}.cn`
    : rng.chance(0.5)
      ? `${principal.pinyin}${PERSONAL_DOMAIN_WORDS[topicIndex]}.${tld}`
      : `${principal.pinyin}${rng.int(1, 99)}.${tld}`;
  principal.email = emailFor(rng, principal, domain);
  const mailingAddress =
    home === place && rng.chance(0.5)
      ? principal.homeAddress
      : `${streetAddress(rng, place)}${rng.int(1, 30)}栋${rng.int(1, 4)}单元${rng.int(1, 28)}0${rng.int(1, 6)}室`;
  return {
    ...base,
    kind: "individual",
    nature: "个人",
    subjectName: principal.name,
    certificateType: "居民身份证",
    certificateNumber: principal.idNumber,
    certificateAddress: principal.homeAddress,
    mailingAddress,
    companyType: "",
    registeredCapital: "",
    registrationAuthority: "",
    isBranch: false,
    remark: "",
    principal,
    websites: [
      {
        name,
        domain,
        homepageUrl: rng.chance(0.7) ? `https://${domain}` : undefined,
        serviceContent: ["博客/个人空间"],
        ownerName: "subject",
        ownerCertificate: rng.chance(0.8) ? "subject" : "none",
        principal,
        remark: "",
      },
    ],
  };
}

function existingRecord(rng: Rng, f: FilingFacts): NonNullable<FilingFacts["existingRecord"]> {
  const icpNumber = makeIcpNumber(rng, f.place.region.icpPrefix);
  if (f.kind === "individual") return { icpNumber, subjectName: "same", certificateNumber: "same", principalName: "same" };
  const rep = rulesLegalRep(f);
  const principalIsRep = rep !== undefined && samePerson(f.principal, rep);
  // A change filing often follows a rename (有限公司 → 有限责任公司 and the like).
  const renamed = f.type === "change" && f.nature === "企业" && rng.chance(0.4);
  return {
    icpNumber,
    subjectName: renamed ? f.subjectName.replace(/有限公司$/, "有限责任公司") : "same",
    certificateNumber: "same",
    principalName: "same",
    principalIsLegalRepresentative: principalIsRep,
  };
}
