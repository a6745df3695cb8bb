import { addDays, dayNumber, dateOfDayNumber } from "@/lib/domain/validation/calendar";
import { PROVINCES, type Province } from "@/lib/domain/validation/constants";
import type { PersonFacts } from "@/demo/generate/facts";
import { makeMobile, makePassportNumber, makeResidentId } from "@/demo/generate/identifiers";
import type { Rng } from "@/demo/generate/prng";
import { cityShortName, REGIONS, type Place } from "@/demo/generate/regions";
import { FOREIGNERS, GIVEN_FEMALE, GIVEN_MALE, REGIONAL_ETHNICITIES, ROADS, SURNAMES } from "@/demo/generate/vocabulary";

/** Validity stays at least this far past the submission, so clean IDs never flag as expiring. */
export const MIN_CLEAN_VALIDITY_DAYS = 200;

export function pickPlace(rng: Rng, province: Province): Place {
  const region = REGIONS[province];
  const city = rng.pick(region.cities);
  return { province, region, city, district: rng.pick(city.districts) };
}

export function pickProvince(rng: Rng, except?: Province): Province {
  const entries = PROVINCES.filter((p) => p !== except).map((p) => [p, REGIONS[p].weight] as const);
  return rng.weighted(entries);
}

/** 江苏省南京市玄武区 — the province's full name, the city, the district. */
export function placePrefix(place: Place): string {
  return `${place.region.fullName}${place.city.name}${place.district.name}`;
}

/** A street address with a door number: 江苏省南京市玄武区中山路18号. */
export function streetAddress(rng: Rng, place: Place): string {
  return `${placePrefix(place)}${rng.pick(ROADS)}${rng.int(1, 399)}号`;
}

/** YYYY-MM-DD the given number of whole years after `date` (29 February → 28 February). */
export function addYears(date: string, years: number): string {
  const md = date.slice(5) === "02-29" ? "02-28" : date.slice(5);
  return `${Number(date.slice(0, 4)) + years}-${md}`;
}

function randomDate(rng: Rng, from: string, to: string): string {
  return dateOfDayNumber(rng.int(dayNumber(from), dayNumber(to)));
}

function ageOn(birth: string, date: string): number {
  const years = Number(date.slice(0, 4)) - Number(birth.slice(0, 4));
  return date.slice(5) < birth.slice(5) ? years - 1 : years;
}

/**
 * Resident-ID validity as issued: 10 years under 26, 20 years under 46, 长期 from 46, and
 * still valid MIN_CLEAN_VALIDITY_DAYS after `asOf`.
 */
export function idValidity(rng: Rng, birthDate: string, asOf: string): { from: string; until: string } {
  for (;;) {
    const from = addDays(asOf, -rng.int(60, 19 * 365));
    const age = ageOn(birthDate, from);
    if (age < 16) continue;
    if (age >= 46) return { from, until: "长期" };
    const until = addYears(from, age < 26 ? 10 : 20);
    if (until >= addDays(asOf, MIN_CLEAN_VALIDITY_DAYS)) return { from, until };
  }
}

export interface PersonOptions {
  home: Place;
  /** Age range on `asOf`. */
  minAge: number;
  maxAge: number;
  asOf: string;
}

export function makePerson(rng: Rng, { home, minAge, maxAge, asOf }: PersonOptions): PersonFacts {
  const male = rng.chance(0.55);
  const [surname, surnamePinyin] = rng.weighted(SURNAMES.map((s) => [[s[0], s[1]] as const, s[2]] as const));
  const pool = male ? GIVEN_MALE : GIVEN_FEMALE;
  const given = rng.chance(0.7) ? [rng.pick(pool), rng.pick(pool)] : [rng.pick(pool)];
  const name = surname + given.map((g) => g[0]).join("");
  const year = Number(asOf.slice(0, 4));
  const birthDate = randomDate(rng, `${year - maxAge}-01-01`, addDays(`${year - minAge}-01-01`, -1));
  const validity = idValidity(rng, birthDate, asOf);
  const ethnicities = REGIONAL_ETHNICITIES[home.province];
  const cityShort = cityShortName(home);
  const districtShort = home.district.name.replace(/(区|街道|市)$/, "");
  return {
    name,
    nationality: "CN",
    idType: "居民身份证",
    idNumber: makeResidentId(rng, home.district.code, birthDate, male),
    idValidFrom: validity.from,
    idValidUntil: validity.until,
    mobile: makeMobile(rng),
    emergencyPhone: makeMobile(rng),
    gender: male ? "男" : "女",
    birthDate,
    ethnicity: ethnicities && rng.chance(0.4) ? rng.pick(ethnicities) : "汉",
    home,
    homeAddress: `${placePrefix(home)}${rng.pick(ROADS)}${rng.int(1, 299)}号${rng.int(1, 30)}栋${rng.int(1, 4)}单元${rng.int(1, 28)}0${rng.int(1, 6)}室`,
    issuingAuthority: `${cityShort}市公安局${districtShort}分局`,
    pinyin: surnamePinyin + given.map((g) => g[1]).join(""),
  };
}

/** A foreign national known by passport (法定代表人 of a foreign-invested company). */
export function makeForeigner(rng: Rng, home: Place, asOf: string): PersonFacts {
  const f = rng.pick(FOREIGNERS);
  const year = Number(asOf.slice(0, 4));
  const birthDate = randomDate(rng, `${year - 65}-01-01`, `${year - 30}-12-31`);
  const from = addDays(asOf, -rng.int(100, 9 * 365));
  return {
    name: f.name,
    nationality: f.nationality,
    idType: "护照",
    idNumber: makePassportNumber(rng, f.passportPrefix),
    idValidFrom: from,
    idValidUntil: addYears(from, 10),
    mobile: makeMobile(rng),
    emergencyPhone: makeMobile(rng),
    gender: "男",
    birthDate,
    ethnicity: "",
    home,
    homeAddress: "",
    issuingAuthority: "",
    passport: { country: f.passportCountry, latinName: f.latinName },
    pinyin: f.name.toLowerCase().replace(/\s+/g, "."),
  };
}
