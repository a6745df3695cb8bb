// How well the document reader reads what the demo seed uploads (issue 15's "Done when"): the
// licences and ID cards of generated filings, in every capture condition the seed makes (scan,
// phone photo on a desk, turned 90/180°, the grey/small/blurred image faults, the planted
// mismatches), read by the real reader process (scripts/document-reader.ts, forked as the
// worker's reader pool forks it) and scored against what the renderer was told to print.
//   npx tsx demo/documents/reading-accuracy.ts [--samples 72] [--json]
// Run it on an otherwise quiet core (`nice`/`taskset -c 1` as you like); CPU seconds are
// reported beside wall seconds because other work on the machine moves the latter.
// bench/steps/documents.ts runs the same measurement for `npm run bench`.
import { execFileSync, fork, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { checkFiling, type Violation } from "@/lib/domain/rules";
import type { DocumentReading, ReadableKind } from "@/lib/domain/documents/reading";
import { chinaDate } from "@/lib/domain/time/china-time";
import { parseFiling } from "@/lib/domain/validation/filing";
import { normaliseNumber, normaliseText } from "@/lib/domain/validation/normalise";
import type { ReadRequest } from "@/lib/services/documents/reader-pool";
import { createLocalDiskStore } from "@/lib/storage/local-disk-store";
import { resolveData, type ResolvedDocumentData } from "@/demo/documents/document-data";
import { createGenerator, type GeneratedFiling } from "@/demo/generate/generate";
import type { FileSpec } from "@/demo/generate/materials";
import { materialOwner, readableFiles } from "@/demo/generate/readable-files";
import { createFileRenderer } from "@/demo/generate/render-files";

type ImageSpec = Extract<FileSpec, { type: "image" }> & { readAs: ReadableKind };

/** A fixed day, so the same samples are drawn on every run. */
const NOW = Date.parse("2026-11-20T15:30:00+08:00");
/** Filings looked through for samples (generation is cheap; only the chosen files are rendered). */
const FILINGS_SCANNED = 900;

export type KindGroup = "licence" | "id front" | "id back";

export interface DocumentResult {
  filing: string;
  file: string;
  kind: ReadableKind;
  group: KindGroup;
  condition: string;
  /** Wall seconds of the read (orientation retries included), as the reader timed it. */
  seconds: number;
  /** CPU seconds of the reader process for it (the contention-free cost). */
  cpuSeconds: number;
  passes: number;
  /** The document prints a number the reader should read (a licence or an ID front, not a planted photo or back). */
  printsNumber: boolean;
  number: "exact" | "wrong" | "missed" | null;
  names: ("exact" | "wrong" | "missed")[];
  validUntil: "exact" | "wrong" | "missed" | null;
  /** DOC_* rules fired on this document. */
  rules: string[];
  /** DOC_*_NUMBER_MISMATCH fired although the document prints the entered number. */
  falseNumberMismatch: boolean;
  /** DOC_NAME_MISMATCH fired although the document prints the entered names. */
  falseNameMismatch: boolean;
  misses: string[];
}

export interface ReadingAccuracy {
  samples: number;
  results: DocumentResult[];
  /** Peak resident memory (VmHWM) of the reader process, MB. */
  peakRssMb: number;
}

/** The condition a file is uploaded in, as the seed makes it. */
function conditionOf(spec: ImageSpec, g: GeneratedFiling): string {
  const planted = g.documentFault?.file === spec.name ? ` + ${g.documentFault.kind}` : "";
  if (spec.quality !== "clean") return spec.quality + planted;
  const c = spec.capture;
  if (!c) return "scan" + planted;
  return `${c.mode}${c.rotate ? ` ${c.rotate}°` : ""}${planted}`;
}

function groupOf(kind: ReadableKind): KindGroup {
  return kind === "subject_certificate" ? "licence" : kind.endsWith("_front") ? "id front" : "id back";
}

/**
 * `samples` readable files of generated filings, spread evenly over kind × condition (round
 * robin over the strata, so rare conditions — turned, degraded, planted — are all present).
 */
export function pickSamples(samples: number, seed?: number): { g: GeneratedFiling; spec: ImageSpec }[] {
  const generator = createGenerator({ count: FILINGS_SCANNED, now: NOW, seed });
  const strata = new Map<string, { g: GeneratedFiling; spec: ImageSpec }[]>();
  for (const g of generator.all()) {
    for (const spec of readableFiles(g.files)) {
      const key = `${groupOf(spec.readAs)} | ${conditionOf(spec, g)}`;
      let list = strata.get(key);
      if (!list) strata.set(key, (list = []));
      list.push({ g, spec });
    }
  }
  // Commonest strata first, the three kinds taking turns: a small sample still has every kind in its usual conditions.
  const bySize = [...strata.entries()].sort(([a, x], [b, y]) => y.length - x.length || a.localeCompare(b));
  const rank = new Map<string, number>();
  const ranked = bySize.map(([key, list]) => {
    const group = key.split(" | ")[0];
    const r = rank.get(group) ?? 0;
    rank.set(group, r + 1);
    return { r, key, list };
  });
  const lists = ranked.sort((a, b) => a.r - b.r || a.key.localeCompare(b.key)).map((x) => x.list);
  const picked: { g: GeneratedFiling; spec: ImageSpec }[] = [];
  for (let round = 0; picked.length < samples; round++) {
    let added = false;
    for (const list of lists) {
      if (round < list.length && picked.length < samples) {
        picked.push(list[round]);
        added = true;
      }
    }
    if (!added) break;
  }
  return picked;
}

function cpuTicks(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return Number(fields[11]) + Number(fields[12]); // utime + stime
}

const CLOCK_TICKS = (() => {
  try {
    return Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** The reader program the worker's pool forks, with the same flags; one request at a time. */
function startReader(uploadsDir: string): { child: ChildProcess; read(request: ReadRequest): Promise<DocumentReading> } {
  const child = fork(path.resolve("scripts/document-reader.ts"), [], {
    execArgv: ["--import", "tsx", "--conditions=react-server"],
    env: { ...process.env, UPLOADS_DIR: uploadsDir },
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const read = (request: ReadRequest) =>
    new Promise<DocumentReading>((resolve, reject) => {
      const onExit = (code: number | null) => reject(new Error(`reader exited (${code})`));
      child.once("exit", onExit);
      child.once("message", (message: { ok: true; reading: DocumentReading } | { ok: false; error: string }) => {
        child.off("exit", onExit);
        if (message.ok) resolve(message.reading);
        else reject(new Error(message.error));
      });
      child.send(request);
    });
  return { child, read };
}

function peakRssKb(pid: number): number {
  const m = /VmHWM:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
  return m ? Number(m[1]) : 0;
}

/** Scores one reading against what was printed and what was entered. */
function score(g: GeneratedFiling, spec: ImageSpec, reading: DocumentReading, violations: Violation[], index: number) {
  const printed: ResolvedDocumentData = resolveData(spec.data);
  const f = reading.fields;
  const misses: string[] = [];
  const compare = (what: string, read: string | undefined, want: string) => {
    const outcome = read === undefined ? "missed" : read === want ? "exact" : "wrong";
    if (outcome !== "exact") misses.push(`${what}: printed ${want}, read ${read ?? "—"}`);
    return outcome;
  };
  const subject = g.document.subject;
  const owner = materialOwner(g.document, g.document.materials![index]);
  const rules = violations.filter((v) => v.material === index && v.rule.startsWith("DOC_")).map((v) => v.rule);
  let printsNumber = false;
  let number: DocumentResult["number"] = null;
  const names: DocumentResult["names"] = [];
  let validUntil: DocumentResult["validUntil"] = null;
  let falseNumberMismatch = false;
  let falseNameMismatch = false;
  if (spec.readAs === "subject_certificate") {
    printsNumber = spec.render === "subject_certificate";
    if (printsNumber) {
      number = compare("number", f.certificateNumber?.text, printed.certificateNumber);
      names.push(compare("name", f.name?.text, printed.subjectName));
      // A foreign legal representative is printed as registered (latin letters): not read, not compared (document-check.md).
      if (subject.legalRepresentative?.nationality === "CN")
        names.push(compare("legal rep", f.legalRepresentative?.text, printed.legalRep));
      const sameNumber = normaliseNumber(printed.certificateNumber) === normaliseNumber(subject.certificateNumber);
      falseNumberMismatch = sameNumber && rules.includes("DOC_CERT_NUMBER_MISMATCH");
      const rep = subject.legalRepresentative;
      const sameNames =
        normaliseText(printed.subjectName) === normaliseText(subject.name) &&
        (!rep || rep.nationality !== "CN" || normaliseText(printed.legalRep) === normaliseText(rep.name));
      falseNameMismatch = sameNames && rules.includes("DOC_NAME_MISMATCH");
    }
  } else if (spec.readAs.endsWith("_front")) {
    printsNumber = spec.render.endsWith("_id_front");
    if (printsNumber && owner) {
      number = compare("number", f.idNumber?.text, printed.idNumber);
      names.push(compare("name", f.name?.text, printed.personName));
      falseNumberMismatch =
        normaliseNumber(printed.idNumber) === normaliseNumber(owner.idNumber) && rules.includes("DOC_ID_NUMBER_MISMATCH");
      falseNameMismatch = normaliseText(printed.personName) === normaliseText(owner.name) && rules.includes("DOC_NAME_MISMATCH");
    }
  } else if (spec.render.endsWith("_id_back")) {
    validUntil = compare("valid until", f.validUntil?.text, printed.validUntil);
  }
  return { printsNumber, number, names, validUntil, rules, falseNumberMismatch, falseNameMismatch, misses };
}

/** Renders, stores and reads `samples` documents; the reader is one process, as in the worker. */
export async function measureReading(options: { samples: number; seed?: number; log?: (line: string) => void }): Promise<ReadingAccuracy> {
  const log = options.log ?? (() => {});
  const picked = pickSamples(options.samples, options.seed);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "brd-reading-"));
  const store = createLocalDiskStore(dir);
  const bytes = createFileRenderer();
  const reader = startReader(dir);
  const results: DocumentResult[] = [];
  let peakKb = 0;
  try {
    const stored: { g: GeneratedFiling; spec: ImageSpec; sha256: string }[] = [];
    for (const { g, spec } of picked) stored.push({ g, spec, sha256: (await store.put(await bytes(spec, true))).sha256 });
    log(`${stored.length} documents rendered and captured; reading…`);
    // The engine loads on the first read (0.5–0.8 s): kept out of the per-document figures.
    if (stored.length > 0) await reader.read({ sha256: stored[0].sha256, kind: stored[0].spec.readAs });
    const pid = reader.child.pid;
    for (const { g, spec, sha256 } of stored) {
      const before = pid ? cpuTicks(pid) : 0;
      const reading = await reader.read({ sha256, kind: spec.readAs });
      const cpuSeconds = pid ? (cpuTicks(pid) - before) / CLOCK_TICKS : Number.NaN;
      const index = g.document.materials!.findIndex((m) => m.file === spec.name);
      const parsed = parseFiling(g.document);
      if (!parsed.ok) throw new Error(`generated filing ${g.document.externalId} is invalid`);
      const violations = checkFiling({ filing: parsed.filing, asOf: chinaDate(g.receivedAt), documents: [{ index, reading }] });
      const s = score(g, spec, reading, violations, index);
      results.push({
        filing: g.document.externalId,
        file: spec.name,
        kind: spec.readAs,
        group: groupOf(spec.readAs),
        condition: conditionOf(spec, g),
        seconds: reading.ms / 1000,
        cpuSeconds,
        passes: reading.passes,
        ...s,
      });
      const last = results[results.length - 1];
      log(
        `${String(results.length).padStart(3)} ${last.group.padEnd(8)} ${last.condition.padEnd(34)} ${last.seconds.toFixed(2)} s` +
          (last.misses.length ? `  ${last.misses.join("; ")}` : ""),
      );
    }
    if (pid) peakKb = peakRssKb(pid);
  } finally {
    reader.child.kill("SIGTERM");
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return { samples: results.length, results, peakRssMb: Math.round(peakKb / 1024) };
}

/** Nearest-rank percentile. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length))) - 1];
}

const ratio = (n: number, of: number) => `${n}/${of}${of ? ` (${((100 * n) / of).toFixed(1)} %)` : ""}`;

/** The DOC_* rule each planted mismatch must fire (demo/generate/document-faults.ts). */
const PLANTED_RULE: Record<string, string> = {
  another_persons_id: "DOC_ID_NUMBER_MISMATCH",
  old_registration_number: "DOC_CERT_NUMBER_MISMATCH",
  other_company_name: "DOC_NAME_MISMATCH",
  unreadable: "DOC_UNREADABLE",
  other_id_expiry: "DOC_ID_EXPIRY_MISMATCH",
};

export interface AccuracySummary {
  samples: number;
  numbersExact: string;
  /** Numbers read but different from the printed one: must be 0. */
  wrongNumbers: number;
  /** Number-bearing documents read as unreadable (DOC_UNREADABLE where a number is printed). */
  unreadable: number;
  namesExact: string;
  wrongNames: number;
  validUntilExact: string;
  /** DOC_CERT_NUMBER_MISMATCH / DOC_ID_NUMBER_MISMATCH on a document printing the entered number: must be 0. */
  falseNumberMismatches: number;
  falseNameMismatches: number;
  /** Planted mismatches (another person's card, old 注册号, …) whose DOC_* rule fired. */
  plantedDetected: string;
  byKind: Record<string, { n: number; p50S: number; p95S: number; cpuP50S: number; cpuP95S: number; maxPasses: number }>;
  byCondition: Record<string, { n: number; numbersExact: string; namesExact: string }>;
  p50S: number;
  p95S: number;
  peakRssMb: number;
  misses: string[];
}

const r2 = (v: number) => Math.round(v * 100) / 100;

export function summarise(a: ReadingAccuracy): AccuracySummary {
  const rs = a.results;
  const numbered = rs.filter((r) => r.number !== null);
  const names = rs.flatMap((r) => r.names);
  const backs = rs.filter((r) => r.validUntil !== null);
  const timing = (list: DocumentResult[]) => ({
    n: list.length,
    p50S: r2(
      percentile(
        list.map((r) => r.seconds),
        50,
      ),
    ),
    p95S: r2(
      percentile(
        list.map((r) => r.seconds),
        95,
      ),
    ),
    cpuP50S: r2(
      percentile(
        list.map((r) => r.cpuSeconds),
        50,
      ),
    ),
    cpuP95S: r2(
      percentile(
        list.map((r) => r.cpuSeconds),
        95,
      ),
    ),
    maxPasses: Math.max(0, ...list.map((r) => r.passes)),
  });
  const byKind: AccuracySummary["byKind"] = {};
  for (const group of ["licence", "id front", "id back"] as const) byKind[group] = timing(rs.filter((r) => r.group === group));
  const byCondition: AccuracySummary["byCondition"] = {};
  for (const condition of [...new Set(rs.map((r) => r.condition.replace(/ \+ .*/, "")))].sort()) {
    const list = rs.filter((r) => r.condition.replace(/ \+ .*/, "") === condition);
    const n = list.filter((r) => r.number !== null);
    const nm = list.flatMap((r) => r.names);
    byCondition[condition] = {
      n: list.length,
      numbersExact: ratio(n.filter((r) => r.number === "exact").length, n.length),
      namesExact: ratio(nm.filter((x) => x === "exact").length, nm.length),
    };
  }
  const all = timing(rs);
  const planted = rs.filter((r) => r.condition.includes(" + "));
  return {
    samples: a.samples,
    numbersExact: ratio(numbered.filter((r) => r.number === "exact").length, numbered.length),
    wrongNumbers: numbered.filter((r) => r.number === "wrong").length,
    unreadable: rs.filter((r) => r.printsNumber && r.rules.includes("DOC_UNREADABLE")).length,
    namesExact: ratio(names.filter((x) => x === "exact").length, names.length),
    wrongNames: names.filter((x) => x === "wrong").length,
    validUntilExact: ratio(backs.filter((r) => r.validUntil === "exact").length, backs.length),
    falseNumberMismatches: rs.filter((r) => r.falseNumberMismatch).length,
    falseNameMismatches: rs.filter((r) => r.falseNameMismatch).length,
    plantedDetected: ratio(planted.filter((r) => r.rules.includes(PLANTED_RULE[r.condition.split(" + ")[1]])).length, planted.length),
    byKind,
    byCondition,
    p50S: all.p50S,
    p95S: all.p95S,
    peakRssMb: a.peakRssMb,
    misses: rs.filter((r) => r.misses.length).map((r) => `${r.filing} ${r.file} (${r.condition}): ${r.misses.join("; ")}`),
  };
}

function printSummary(s: AccuracySummary): void {
  const lines = [
    `documents read: ${s.samples}`,
    `numbers exact (number-bearing documents): ${s.numbersExact}; wrong numbers: ${s.wrongNumbers}; unreadable: ${s.unreadable}`,
    `names exact: ${s.namesExact}; wrong names: ${s.wrongNames}`,
    `ID back end of validity exact: ${s.validUntilExact}`,
    `false DOC_CERT_NUMBER_MISMATCH / DOC_ID_NUMBER_MISMATCH: ${s.falseNumberMismatches}; false DOC_NAME_MISMATCH: ${s.falseNameMismatches}`,
    `planted mismatches caught by their DOC_* rule: ${s.plantedDetected}`,
    `seconds per document, one reader: p50 ${s.p50S}, p95 ${s.p95S}; reader peak RSS ${s.peakRssMb} MB`,
    "",
    "| kind | n | wall p50 s | wall p95 s | CPU p50 s | CPU p95 s | max passes |",
    "|---|---|---|---|---|---|---|",
    ...Object.entries(s.byKind).map(([k, v]) => `| ${k} | ${v.n} | ${v.p50S} | ${v.p95S} | ${v.cpuP50S} | ${v.cpuP95S} | ${v.maxPasses} |`),
    "",
    "| condition | n | numbers exact | names exact |",
    "|---|---|---|---|",
    ...Object.entries(s.byCondition).map(([k, v]) => `| ${k} | ${v.n} | ${v.numbersExact} | ${v.namesExact} |`),
    "",
    s.misses.length ? `misses:\n  ${s.misses.join("\n  ")}` : "misses: none",
  ];
  console.log(lines.join("\n"));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const at = process.argv.indexOf("--samples");
  const samples = at > 0 ? Number(process.argv[at + 1]) : 72;
  const json = process.argv.includes("--json");
  const accuracy = await measureReading({ samples, log: (line) => process.stderr.write(`${line}\n`) });
  const summary = summarise(accuracy);
  if (json) console.log(JSON.stringify(summary, null, 2));
  else printSummary(summary);
}
