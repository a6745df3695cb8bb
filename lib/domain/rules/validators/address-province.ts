import { PROVINCES, type Province } from "@/lib/domain/validation/constants";

// An address names its province by its leading name, with or without 省/市/自治区 and the
// ethnic part (广西壮族自治区, 新疆维吾尔自治区 …): every full name starts with the short name,
// so matching the short name as a prefix covers all forms.

// A leading country name is not a province; addresses copied from certificates rarely carry
// it, but when they do the province follows.
const COUNTRY_PREFIXES = ["中华人民共和国", "中国"];

// Two characters identify every province (黑龙 → 黑龙江, 内蒙 → 内蒙古), so one lookup suffices.
const BY_FIRST_TWO = new Map<string, Province>(PROVINCES.map((p) => [p.slice(0, 2), p]));

export function provinceOfAddress(address: string): Province | null {
  let text = address.trim();
  for (const prefix of COUNTRY_PREFIXES) {
    if (text.startsWith(prefix)) {
      text = text.slice(prefix.length).trimStart();
      break;
    }
  }
  const province = BY_FIRST_TWO.get(text.slice(0, 2));
  return province !== undefined && text.startsWith(province) ? province : null;
}
