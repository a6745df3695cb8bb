import { readFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { type Filing, parseFiling } from "@/lib/domain/validation/filing";
import { type FilingIssue, ROOT_PATH } from "@/lib/domain/validation/issues";
import type { ImageMeasures, MaterialFacts } from "@/lib/domain/rules/types";
import { isImageBytes } from "@/lib/services/rules-cli/sniff-image";

// Reads the CLI's input: one filing or an array, every material file it names (relative to
// the JSON file), and the measures of those that are images. Any failure is an input error.

export type MeasureImage = (buf: Buffer) => Promise<ImageMeasures>;

export interface LoadedFiling {
  filing: Filing;
  materials: MaterialFacts[];
  /** Material `file` paths are relative to it (the JSON file's folder). */
  baseDir: string;
}

export type LoadResult = { ok: true; filings: LoadedFiling[] } | { ok: false; error: string; issues: FilingIssue[] };

export async function loadInput(file: string, measure: MeasureImage): Promise<LoadResult> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (err) {
    return { ok: false, error: "unreadable file", issues: [{ path: ROOT_PATH, message: `cannot read ${file}: ${reason(err)}` }] };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    return { ok: false, error: "invalid JSON", issues: [{ path: ROOT_PATH, message: reason(err) }] };
  }

  const isArray = Array.isArray(json);
  const docs: unknown[] = isArray ? (json as unknown[]) : [json];
  const prefix = (i: number, path: string) => (!isArray ? path : path === ROOT_PATH ? `[${i}]` : `[${i}].${path}`);
  const filings: Filing[] = [];
  const issues: FilingIssue[] = [];
  const seen = new Map<string, number>();
  docs.forEach((doc, i) => {
    const result = parseFiling(doc);
    if (!result.ok) {
      for (const issue of result.issues) issues.push({ path: prefix(i, issue.path), message: issue.message });
      return;
    }
    const earlier = seen.get(result.filing.externalId);
    if (earlier !== undefined) {
      issues.push({ path: prefix(i, "externalId"), message: `duplicate externalId (also [${earlier}])` });
    }
    seen.set(result.filing.externalId, i);
    filings.push(result.filing);
  });
  if (issues.length > 0) return { ok: false, error: "invalid filing", issues };

  const baseDir = dirname(resolve(file));
  const facts = new Map<string, Promise<ImageMeasures | null>>();
  const loaded = await Promise.all(
    filings.map(async (filing, i) => ({
      filing,
      materials: await Promise.all(
        filing.materials.map(async (material, index): Promise<MaterialFacts | null> => {
          const path = resolve(baseDir, material.file);
          let pending = facts.get(path);
          if (!pending) {
            pending = readFile(path).then(async (buf) => (isImageBytes(buf) ? measure(buf) : null));
            facts.set(path, pending);
          }
          try {
            return { index, image: await pending };
          } catch (err) {
            issues.push({ path: prefix(i, `materials[${index}].file`), message: `cannot read or decode ${material.file}: ${reason(err)}` });
            return null;
          }
        }),
      ),
    })),
  );
  if (issues.length > 0) return { ok: false, error: "unreadable material", issues };
  return {
    ok: true,
    filings: loaded.map(({ filing, materials }) => ({
      filing,
      materials: materials.filter((m): m is MaterialFacts => m !== null),
      baseDir,
    })),
  };
}

function reason(err: unknown): string {
  if (err && typeof err === "object" && "code" in err && typeof err.code === "string") return err.code;
  return err instanceof Error ? err.message : String(err);
}
