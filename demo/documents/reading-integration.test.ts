import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderDocument } from "@/demo/documents/render-document";
import { documentPixels, jpegOf } from "@/lib/domain/images/test-fixtures";
import { buildInput, LEGAL_REP_ID, UNIT_USCC } from "@/lib/domain/rules/testing/make-filing";
import { residentIdCheckChar } from "@/lib/domain/rules/validators/resident-id";
import type { Violation } from "@/lib/domain/rules/types";

// The real reader (PaddleOCR PP-OCRv4, offline) end to end: a filing whose ID card shows
// someone else goes in through the API, is read by a reader process, and the API reports
// DOC_ID_NUMBER_MISMATCH once documentCheck is done; the rules CLI says the same with --read-documents.

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "brd-ocr-"));
process.env.DATABASE_PATH = path.join(dir, "api.db");
process.env.UPLOADS_DIR = path.join(dir, "uploads");
process.env.INGEST_TOKEN = "ocr-test-token";

const { POST } = await import("@/app/api/v1/filings/route");
const { GET } = await import("@/app/api/v1/filings/[externalId]/route");
const { getDb, migrateDatabase } = await import("@/db/client");
const { createReaderPool } = await import("@/lib/services/documents/reader-pool");
const { runNextJob } = await import("@/lib/services/documents/job-runner");

const someoneElse = `32010219860715${"123"}`;
const OTHER_ID = someoneElse + residentIdCheckChar(someoneElse);
let files: Record<string, Buffer>;

beforeAll(async () => {
  migrateDatabase(getDb());
  files = {
    "license.jpg": await renderDocument("subject_certificate", {
      subjectName: "北京某某科技有限公司",
      certificateNumber: UNIT_USCC,
      legalRep: "张三",
    }),
    // The ID card of 张伟 of 南京, on 张三's slot.
    "id-front.jpg": await renderDocument("principal_id_front", { personName: "张伟", idNumber: OTHER_ID, birthDate: "1986-07-15" }),
    "id-back.jpg": await renderDocument("principal_id_back", { validUntil: "长期" }),
    "photo.jpg": await jpegOf(documentPixels(900, 640, { seal: true }), 900, 640),
  };
}, 60_000);
afterAll(() => {
  getDb().$client.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const auth = { authorization: "Bearer ocr-test-token" };
const rulesOf = (violations: Violation[]) => violations.map((v) => v.rule);

describe("reading documents for real", () => {
  it("ingests, reads in a reader process, and reports DOC_ID_NUMBER_MISMATCH through the API", async () => {
    const document = buildInput("unit", { externalId: "OCR-1" });
    const form = new FormData();
    form.set("filing", JSON.stringify(document));
    for (const [name, bytes] of Object.entries(files)) form.set(name, new Blob([new Uint8Array(bytes)]), name);
    expect((await POST(new Request("http://localhost/api/v1/filings", { method: "POST", body: form, headers: auth }))).status).toBe(201);

    const view = async () =>
      (
        await GET(new Request("http://localhost/api/v1/filings/OCR-1", { headers: auth }), {
          params: Promise.resolve({ externalId: "OCR-1" }),
        })
      ).json();
    expect((await view()).documentCheck).toBe("pending");

    const pool = createReaderPool({ size: 1 });
    try {
      while (await runNextJob({ db: getDb(), pool }));
    } finally {
      pool.close();
    }
    const after = await view();
    expect(after.documentCheck).toBe("done");
    const rules = rulesOf(after.violations);
    expect(rules).toContain("DOC_ID_NUMBER_MISMATCH");
    expect(rules).toContain("DOC_NAME_MISMATCH");
    // The licence prints what was entered: no false mismatch.
    expect(rules).not.toContain("DOC_CERT_NUMBER_MISMATCH");
    expect(rules).not.toContain("DOC_UNREADABLE");
    const mismatch = after.violations.find((v: Violation) => v.rule === "DOC_ID_NUMBER_MISMATCH");
    expect(mismatch).toMatchObject({ path: "principal.idNumber", material: 1 });
    expect(mismatch.message.zh).toContain(OTHER_ID);
    expect(mismatch.message.zh).toContain(LEGAL_REP_ID);
  }, 180_000);

  it("the rules CLI reads the same documents with --read-documents, and not without it", async () => {
    const cliDir = fs.mkdtempSync(path.join(dir, "cli-"));
    for (const [name, bytes] of Object.entries(files)) fs.writeFileSync(path.join(cliDir, name), bytes);
    const file = path.join(cliDir, "filing.json");
    fs.writeFileSync(file, JSON.stringify(buildInput("unit", { externalId: "OCR-CLI" })));
    const { main } = await import("@/lib/services/rules-cli/main");
    const run = async (...flags: string[]) => {
      let out = "";
      expect(await main(["check", file, "--as-of", "2026-11-20", ...flags], { stdout: (t) => void (out += t), stderr: () => {} })).toBe(0);
      return rulesOf((JSON.parse(out) as { violations: Violation[] }[])[0].violations);
    };
    expect((await run()).filter((r) => r.startsWith("DOC_"))).toEqual([]);
    const read = await run("--read-documents");
    expect(read).toContain("DOC_ID_NUMBER_MISMATCH");
    expect(read).not.toContain("DOC_CERT_NUMBER_MISMATCH");
  }, 180_000);
});
