import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildInput } from "@/lib/domain/rules/testing/make-filing";
import type { Violation } from "@/lib/domain/rules/types";
import { main } from "@/lib/services/rules-cli/main";
import { runCheck } from "@/lib/services/rules-cli/run-check";

const REPO = join(import.meta.dirname, "..", "..", "..");
const EXAMPLES = join(REPO, "lib", "domain", "rules", "examples");
const AS_OF = "2026-11-20";
const measure = async (buf: Buffer) => (await import("@/lib/domain/images/quality")).measureImage(buf);

const EXPECTED: Record<string, Record<string, string[]>> = {
  "clean-unit.json": { "EX-JS-CLEAN-001": [] },
  "individual-out-of-province.json": {
    "EX-SX-PERSON-001": [
      "INDIVIDUAL_OUT_OF_PROVINCE@principal.idNumber",
      "MOBILE_VIRTUAL_SEGMENT@principal.mobile",
      "MOBILE_VIRTUAL_SEGMENT@websites[0].principal.mobile",
      "IMAGE_NOT_COLOR@materials[0]",
      "IMAGE_TOO_SMALL@materials[1]",
      "IMAGE_BLURRY@materials[2]",
    ],
  },
  "unit-many-flags.json": {
    "EX-GD-FLAGS-001": [
      "SUBJECT_CROSS_PROVINCE@subject.certificateAddress",
      "UNIT_CERT_NUMBER_INVALID@subject.certificateNumber",
      "PERSON_ID_INVALID@subject.legalRepresentative.idNumber",
      "ID_EXPIRED@principal.idValidUntil",
      "PRINCIPAL_NOT_LEGAL_REP@principal.name",
      "EXISTING_RECORD_CERT_MISMATCH@subject.certificateNumber",
      "EXISTING_RECORD_NOT_COMPLIANT@existingRecord.principalIsLegalRepresentative",
      "MOBILE_INVALID@websites[0].principal.mobile",
      "DOMAIN_OWNER_MISMATCH@websites[0].domainOwner.name",
      "MATERIAL_MISSING@materials",
      "MATERIAL_MISSING@materials",
      "MATERIAL_MISSING@materials",
      "ID_EXPIRING_SOON@websites[0].principal.idValidUntil",
      "CERT_RECENTLY_CHANGED@subject.registeredOn",
      "ADDRESS_NOT_DETAILED@subject.mailingAddress",
      "SITE_NAME_INVALID@websites[0].name",
    ],
  },
  "hebei-foreign-legal-rep.json": {
    "EX-HE-BRANCH-001": ["FOREIGN_LEGAL_REP_PASSPORT_MISSING@materials", "FOREIGN_LEGAL_REP_NEEDS_CN_PRINCIPAL@materials"],
  },
  "batch.json": {
    "EX-BATCH-A": [
      "OFFICE_PHONE_SAME_AS_MOBILE@principal.officePhone",
      "PHONE_SHARED_ACROSS_SUBJECTS@principal.mobile",
      "PHONE_SHARED_ACROSS_SUBJECTS@websites[0].principal.mobile",
      "SITE_PRINCIPAL_MULTIPLE_UNITS@websites[0].principal.idNumber",
    ],
    "EX-BATCH-B": [
      "OFFICE_MOBILE_REMARK_MISSING@subject.remark",
      "PHONE_SHARED_ACROSS_SUBJECTS@websites[0].principal.mobile",
      "SITE_PRINCIPAL_MULTIPLE_UNITS@websites[0].principal.idNumber",
    ],
    "EX-BATCH-C": [],
  },
};

const summary = (violations: Violation[]) => violations.map((v) => `${v.rule}@${v.path}`);

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "rules-cli-"));
}

function capture() {
  const out = { stdout: "", stderr: "" };
  return { out, io: { stdout: (t: string) => void (out.stdout += t), stderr: (t: string) => void (out.stderr += t) } };
}

describe("runCheck on the examples", { timeout: 20_000 }, () => {
  it.each(Object.keys(EXPECTED))("%s", async (name) => {
    const result = await runCheck({ file: join(EXAMPLES, name), asOf: AS_OF, measure });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    const got = Object.fromEntries(result.reports.map((r) => [r.externalId, summary(r.violations)]));
    expect(got).toEqual(EXPECTED[name]);
  });
});

describe("main", () => {
  it("defaults asOf to today in UTC+8", async () => {
    const dir = tempDir();
    const file = join(dir, "f.json");
    writeFileSync(file, JSON.stringify(buildInput("unit", { principal: { idValidUntil: "2026-11-19" }, materials: [] })));
    const run = async (now: string) => {
      const { out, io } = capture();
      expect(await main(["check", file], { ...io, now: () => new Date(now), measure })).toBe(0);
      return (JSON.parse(out.stdout) as { violations: Violation[] }[])[0].violations.map((v) => v.rule);
    };
    expect(await run("2026-11-19T15:59:00Z")).not.toContain("ID_EXPIRED");
    expect(await run("2026-11-19T16:00:00Z")).toContain("ID_EXPIRED");
  });

  it("reports a missing material file as an input error at its path", async () => {
    const dir = tempDir();
    const file = join(dir, "f.json");
    writeFileSync(file, JSON.stringify([buildInput("unit", { externalId: "A" }), buildInput("individual")]));
    writeFileSync(join(dir, "license.jpg"), readFileSync(join(EXAMPLES, "files", "colour.png")));
    const { out, io } = capture();
    expect(await main(["check", file, "--as-of", AS_OF], { ...io, measure })).toBe(2);
    expect(out.stdout).toBe("");
    const paths = (JSON.parse(out.stderr) as { issues: { path: string }[] }).issues.map((i) => i.path).sort();
    expect(paths).toEqual([
      "[0].materials[1].file",
      "[0].materials[2].file",
      "[0].materials[3].file",
      "[1].materials[0].file",
      "[1].materials[1].file",
      "[1].materials[2].file",
    ]);
  });

  it("flags a subject filed from two accounts on both filings of the file", async () => {
    const dir = tempDir();
    const file = join(dir, "f.json");
    const a = buildInput("unit", { externalId: "ACC-A", accountId: "acct-1", materials: [] });
    const b = buildInput("unit", { externalId: "ACC-B", accountId: "acct-2", materials: [] });
    writeFileSync(file, JSON.stringify([a, b]));
    const { out, io } = capture();
    expect(await main(["check", file, "--as-of", AS_OF], { ...io, measure })).toBe(0);
    const reports = JSON.parse(out.stdout) as { externalId: string; violations: Violation[] }[];
    const named = reports.map((r) => r.violations.filter((v) => v.rule === "SUBJECT_ON_OTHER_ACCOUNT").map((v) => v.message.zh));
    expect(named).toEqual([["该主体已在其他账号下备案：ACC-B"], ["该主体已在其他账号下备案：ACC-A"]]);
  });

  it("prefixes schema issues with the array index and rejects duplicate externalIds", async () => {
    const dir = tempDir();
    const file = join(dir, "f.json");
    const good = buildInput("unit", { materials: [] });
    writeFileSync(file, JSON.stringify([good, { ...good, principal: { ...(good.principal as object), mobil: "1" } }, good]));
    const { out, io } = capture();
    expect(await main(["check", file], { ...io, measure })).toBe(2);
    const paths = (JSON.parse(out.stderr) as { issues: { path: string }[] }).issues.map((i) => i.path);
    expect(paths).toEqual(["[1].principal.mobil", "[2].externalId"]);
  });
});

// Each spawn starts tsx afresh (about 0.5 s, far more on a busy machine).
describe("scripts/rules.ts", { timeout: 60_000 }, () => {
  const cli = (...args: string[]) =>
    spawnSync(join(REPO, "node_modules", ".bin", "tsx"), [join(REPO, "scripts", "rules.ts"), ...args], {
      cwd: REPO,
      encoding: "utf8",
      timeout: 60_000,
    });

  it("prints one JSON array and exits 0", () => {
    const run = cli("check", join(EXAMPLES, "batch.json"), "--as-of", AS_OF);
    expect(run.status).toBe(0);
    const reports = JSON.parse(run.stdout) as { externalId: string; violations: Violation[] }[];
    expect(reports.map((r) => r.externalId)).toEqual(["EX-BATCH-A", "EX-BATCH-B", "EX-BATCH-C"]);
    expect(Object.keys(reports[0].violations[0]).sort()).toEqual(["material", "message", "path", "reason", "rule", "severity"]);
  });

  it("exits 2 with the issues on stderr for invalid or unreadable input", () => {
    const dir = tempDir();
    const invalid = join(dir, "invalid.json");
    writeFileSync(invalid, JSON.stringify({ externalId: "X" }));
    const run = cli("check", invalid, "--as-of", AS_OF);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(JSON.parse(run.stderr).issues.map((i: { path: string }) => i.path)).toContain("principal");

    const notJson = join(dir, "broken.json");
    writeFileSync(notJson, "{");
    expect(cli("check", notJson).status).toBe(2);
    expect(cli("check", join(dir, "missing.json")).status).toBe(2);
    expect(cli("check", join(EXAMPLES, "batch.json"), "--as-of", "2026-02-30").status).toBe(2);
    expect(cli().status).toBe(2);
  });
});
