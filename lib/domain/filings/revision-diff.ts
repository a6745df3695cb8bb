import { documentFields } from "@/lib/domain/filings/document-fields";

export interface FieldChange {
  path: string;
  label: { zh: string; en: string };
  before: string;
  after: string;
}

export interface MaterialChange {
  kind: string;
  website: number | null;
  change: "added" | "removed" | "replaced";
}

/** What the applicant changed between two revisions: fields (masked as shown) and documents. */
export function diffRevisions(
  before: { document: Record<string, unknown>; materials: { kind: string; website: number | null; sha256: string }[] },
  after: { document: Record<string, unknown>; materials: { kind: string; website: number | null; sha256: string }[] },
): { fields: FieldChange[]; materials: MaterialChange[] } {
  const old = new Map(documentFields(before.document).map((f) => [f.path, f]));
  const fresh = new Map(documentFields(after.document).map((f) => [f.path, f]));
  const rawOld = new Map(flatten(before.document));
  const rawNew = new Map(flatten(after.document));
  const fields: FieldChange[] = [];
  for (const path of new Set([...rawOld.keys(), ...rawNew.keys()])) {
    if (rawOld.get(path) === rawNew.get(path)) continue;
    const row = fresh.get(path) ?? old.get(path);
    if (!row) continue;
    fields.push({ path, label: row.label, before: old.get(path)?.display ?? "", after: fresh.get(path)?.display ?? "" });
  }
  const key = (m: { kind: string; website: number | null }) => `${m.kind}#${m.website ?? 0}`;
  const group = (list: typeof before.materials) => {
    const map = new Map<string, string[]>();
    for (const m of list) map.set(key(m), [...(map.get(key(m)) ?? []), m.sha256].sort());
    return map;
  };
  const was = group(before.materials);
  const is = group(after.materials);
  const materials: MaterialChange[] = [];
  for (const k of new Set([...was.keys(), ...is.keys()])) {
    const [kind, site] = k.split("#");
    const website =
      Number(site) === 0 && !after.materials.concat(before.materials).some((m) => key(m) === k && m.website !== null) ? null : Number(site);
    const a = was.get(k);
    const b = is.get(k);
    if (!a) materials.push({ kind, website, change: "added" });
    else if (!b) materials.push({ kind, website, change: "removed" });
    else if (a.join() !== b.join()) materials.push({ kind, website, change: "replaced" });
  }
  return { fields, materials };
}

function flatten(value: unknown, path = "", out: [string, string][] = []): [string, string][] {
  if (value && typeof value === "object" && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) flatten(v, path ? `${path}.${k}` : k, out);
  } else if (Array.isArray(value) && value.some((v) => v && typeof v === "object")) {
    value.forEach((v, i) => flatten(v, `${path}[${i}]`, out));
  } else {
    out.push([path, JSON.stringify(value ?? null)]);
  }
  return out;
}
