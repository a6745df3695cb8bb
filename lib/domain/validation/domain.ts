import { decodePunycode } from "@/lib/domain/validation/punycode";

// Domains are stored in Unicode and compared as punycode (filing-format.md). The WHATWG URL
// parser does the UTS #46 mapping towards ASCII in Node and in browsers alike.

const FORBIDDEN_RE = /[\s/\\:@?#[\]]/;
const ASCII_LABEL_RE = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const NUMERIC_TLD_RE = /^\d+$/;

/** Punycode (ASCII) form of a domain, or null when it is not a host name. */
export function domainToAscii(domain: string): string | null {
  const trimmed = domain.trim().replace(/\.$/, "");
  if (trimmed === "" || FORBIDDEN_RE.test(trimmed)) return null;
  let host: string;
  try {
    host = new URL(`http://${trimmed}`).hostname;
  } catch {
    return null;
  }
  const labels = host.split(".");
  if (labels.length < 2 || NUMERIC_TLD_RE.test(labels[labels.length - 1])) return null;
  return labels.every((l) => ASCII_LABEL_RE.test(l)) ? host : null;
}

/** Unicode form of a domain (lower-case, UTS #46 mapped), or null when it is not a host name. */
export function normaliseDomain(domain: string): string | null {
  const ascii = domainToAscii(domain);
  if (ascii === null) return null;
  try {
    return ascii
      .split(".")
      .map((l) => (l.startsWith("xn--") ? decodePunycode(l.slice(4)) : l))
      .join(".");
  } catch {
    return null;
  }
}
