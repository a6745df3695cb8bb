import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildInput } from "@/lib/domain/rules/testing/make-filing";
import { documentPixels, jpegOf, pngClaiming } from "@/lib/domain/images/test-fixtures";

// The API's handlers, called with real Requests against a temporary database and uploads
// directory, so every refusal can be checked to leave both exactly as they were.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "brd-api-"));
process.env.DATABASE_PATH = path.join(dir, "api.db");
process.env.UPLOADS_DIR = path.join(dir, "uploads");
process.env.INGEST_TOKEN = "test-token";

const { POST } = await import("@/app/api/v1/filings/route");
const { GET } = await import("@/app/api/v1/filings/[externalId]/route");
const { getDb, migrateDatabase } = await import("@/db/client");

let image: Buffer;
const video = fs.readFileSync("demo/assets/sample-commitment.webm");
let counter = 0;

type Doc = Record<string, unknown> & { externalId: string; materials: { file: string; kind: string }[]; subject: object };

function doc(overrides: Record<string, unknown> = {}): Doc {
  counter += 1;
  return buildInput("unit", { externalId: `API-${counter}` }, overrides as never) as Doc;
}

function upload(document: unknown, files: Record<string, Buffer>, init: { token?: string | null; contentLength?: string } = {}) {
  const form = new FormData();
  form.set("filing", typeof document === "string" ? document : JSON.stringify(document));
  for (const [name, bytes] of Object.entries(files)) form.set(name, new Blob([new Uint8Array(bytes)]), name);
  const headers = new Headers();
  if (init.token !== null) headers.set("authorization", `Bearer ${init.token ?? "test-token"}`);
  const request = new Request("http://localhost/api/v1/filings", { method: "POST", body: form, headers });
  if (init.contentLength) {
    return new Request(request, {
      headers: new Headers([...request.headers, ["content-length", init.contentLength]]),
      duplex: "half",
    } as RequestInit);
  }
  return request;
}

function filesFor(document: { materials: { file: string }[] }, replace: Record<string, Buffer> = {}) {
  return Object.fromEntries(document.materials.map((m) => [m.file, replace[m.file] ?? image]));
}

function snapshot() {
  const db = getDb().$client;
  const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  const list = (root: string): string[] => (fs.existsSync(root) ? fs.readdirSync(root, { recursive: true }).map(String).sort() : []);
  return {
    filings: count("filings"),
    revisions: count("filing_revisions"),
    materials: count("materials"),
    violations: count("violations"),
    contacts: count("filing_contacts"),
    files: list(process.env.UPLOADS_DIR!),
  };
}

async function expectRefused(request: Request, status: number, pathPattern?: RegExp) {
  const before = snapshot();
  const response = await POST(request);
  expect(response.status).toBe(status);
  const body = await response.json();
  expect(typeof body.error).toBe("string");
  if (pathPattern) expect(body.issues.map((i: { path: string }) => i.path).join(" ")).toMatch(pathPattern);
  expect(snapshot()).toEqual(before);
  return body;
}

function pathsOf(body: { issues: { path: string }[] }): string[] {
  return body.issues.map((i) => i.path);
}

beforeAll(async () => {
  migrateDatabase(getDb());
  image = await jpegOf(documentPixels(900, 640, { seal: true }), 900, 640);
});
afterAll(() => {
  getDb().$client.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("POST /api/v1/filings", () => {
  it("stores a valid filing and answers 201 with its violations", async () => {
    const document = doc();
    const response = await POST(upload(document, filesFor(document)));
    expect(response.status).toBe(201);
    const body = await response.json();
    expect(body).toMatchObject({ externalId: document.externalId, revision: 1, violations: [] });
    expect(snapshot().materials).toBe(4);
  });

  it("stores identical bytes once", async () => {
    const before = snapshot().files.length;
    const document = doc();
    expect((await POST(upload(document, filesFor(document)))).status).toBe(201);
    expect(snapshot().files.length).toBe(before);
  });

  it("flags a subject already filed from another account, naming that filing", async () => {
    // The base document's own subject: its other filings (no accountId) never count.
    const first = doc({ accountId: "acct-first" });
    const cert = (first.subject as { certificateNumber: string }).certificateNumber;
    expect((await POST(upload(first, filesFor(first)))).status).toBe(201);
    const sameAccount = doc({ accountId: "acct-first" });
    const same = await (await POST(upload(sameAccount, filesFor(sameAccount)))).json();
    expect(same.violations.map((v: { rule: string }) => v.rule)).not.toContain("SUBJECT_ON_OTHER_ACCOUNT");
    const second = doc({ accountId: "acct-second", subject: { certificateNumber: cert.toLowerCase() } });
    const body = await (await POST(upload(second, filesFor(second)))).json();
    const flagged = body.violations.filter((v: { rule: string }) => v.rule === "SUBJECT_ON_OTHER_ACCOUNT");
    expect(flagged).toHaveLength(1);
    expect(flagged[0].message.zh).toContain(first.externalId);
  });

  it("refuses a missing or wrong token with 401", async () => {
    const document = doc();
    await expectRefused(upload(document, filesFor(document), { token: null }), 401);
    await expectRefused(upload(document, filesFor(document), { token: "nope" }), 401);
  });

  it("refuses an invalid document naming every failing path", async () => {
    const body = await expectRefused(upload(doc({ principal: { mobile: "" }, province: "火星", extra: 1 }), {}), 400);
    const paths = body.issues.map((i: { path: string }) => i.path);
    expect(paths).toEqual(expect.arrayContaining(["principal.mobile", "province"]));
    expect(paths.some((p: string) => p === "(root)" || p === "extra")).toBe(true);
  });

  it("refuses a website with no service content", async () => {
    const site = (doc().websites as Record<string, unknown>[])[0];
    const document = doc({ websites: [{ ...site, serviceContent: [] }] });
    const body = await expectRefused(upload(document, filesFor(document)), 400);
    expect(pathsOf(body)).toEqual(["websites[0].serviceContent"]);
  });

  it("refuses empty dates, naming each path", async () => {
    const document = doc({ subject: { registeredOn: "", certificateValidUntil: " " }, principal: { idValidUntil: "" } });
    const body = await expectRefused(upload(document, filesFor(document)), 400);
    expect(pathsOf(body).sort()).toEqual(["principal.idValidUntil", "subject.certificateValidUntil", "subject.registeredOn"]);
  });

  it("refuses numbers written with digits other than ASCII 0–9", async () => {
    const document = doc({
      subject: { certificateNumber: "91110108717743469K".replace("1", "\uFF11") },
      principal: { mobile: "\uFF11\uFF13\uFF18\uFF11\uFF12\uFF13\uFF14\uFF15\uFF16\uFF17\uFF18", officePhone: "010-\u0666\u0662345678" },
      websites: [{ ...(doc().websites as object[])[0], domainOwner: { name: "北京某某科技有限公司", certificateNumber: "\u0967\u0968" } }],
    });
    const body = await expectRefused(upload(document, filesFor(document)), 400);
    expect(pathsOf(body).sort()).toEqual([
      "principal.mobile",
      "principal.officePhone",
      "subject.certificateNumber",
      "websites[0].domainOwner.certificateNumber",
    ]);
    expect(body.issues[0].message).toMatch(/ASCII digits 0–9/);
  });

  it("refuses lone UTF-16 surrogates in any string, naming every path", async () => {
    const base = doc();
    const site = (base.websites as Record<string, unknown>[])[0];
    const document = {
      ...base,
      subject: { ...base.subject, remark: "备注\uD800" },
      principal: { ...(base.principal as object), name: "张\uDC00三" },
      websites: [{ ...site, serviceContent: ["单位门户网站", "\uD83D"] }],
      materials: [...base.materials.slice(0, 3), { kind: "verification_photo", file: "photo\uDFFF.jpg" }],
    };
    const body = await expectRefused(upload(document, filesFor(base)), 400);
    expect(pathsOf(body)).toEqual(
      expect.arrayContaining(["subject.remark", "principal.name", "websites[0].serviceContent[1]", "materials[3].file"]),
    );
  });

  it("refuses an MP4 header with no video behind it, and a truncated MP4", async () => {
    const mp4 = fs.readFileSync("demo/assets/sample-commitment.mp4");
    const base = doc();
    const document = { ...base, materials: [...base.materials, { kind: "js_commitment_video", file: "video.mp4" }] };
    const html = Buffer.concat([mp4.subarray(0, mp4.readUInt32BE(0)), Buffer.from("<!doctype html><script>alert(1)</script>")]);
    await expectRefused(upload(document, { ...filesFor(base), "video.mp4": html }), 400, /materials\[4\]\.file/);
    await expectRefused(upload(document, { ...filesFor(base), "video.mp4": mp4.subarray(0, 2000) }), 400, /materials\[4\]\.file/);
    expect((await POST(upload(document, { ...filesFor(base), "video.mp4": mp4 }))).status).toBe(201);
  });

  it("refuses a WebM header with no video track behind it", async () => {
    const base = doc();
    const document = { ...base, materials: [...base.materials, { kind: "js_commitment_video", file: "video.webm" }] };
    const ebmlHeaderEnd = 5 + (video[4] & 0x7f);
    const html = Buffer.concat([video.subarray(0, ebmlHeaderEnd), Buffer.from("<!doctype html><script>alert(1)</script>")]);
    await expectRefused(upload(document, { ...filesFor(base), "video.webm": html }), 400, /materials\[4\]\.file/);
    await expectRefused(upload(document, { ...filesFor(base), "video.webm": video.subarray(0, 200) }), 400, /materials\[4\]\.file/);
  });

  it("refuses JSON that does not parse", async () => {
    await expectRefused(upload("{not json", {}), 400, /filing/);
  });

  it("refuses a material whose file was not sent", async () => {
    const document = doc();
    const files = filesFor(document);
    delete files["photo.jpg"];
    await expectRefused(upload(document, files), 400, /materials\[3\]\.file/);
  });

  it("refuses a file no material names", async () => {
    const document = doc();
    await expectRefused(upload(document, { ...filesFor(document), "stray.jpg": image }), 400, /materials/);
  });

  it("refuses a video in an image slot and an image in the video slot", async () => {
    const document = doc();
    await expectRefused(upload(document, filesFor(document, { "photo.jpg": video })), 400, /materials\[3\]\.file/);
    const jiangsu = doc({ materials: [...document.materials, { kind: "js_commitment_video", file: "video.webm" }] });
    await expectRefused(upload(jiangsu, { ...filesFor(document), "video.webm": image }), 400, /materials\[4\]\.file/);
  });

  it("refuses bytes that are not an image or video, whatever the name says", async () => {
    const document = doc();
    await expectRefused(
      upload(document, filesFor(document, { "license.jpg": Buffer.from("%PDF-1.7 not an image") })),
      400,
      /materials\[0\]\.file/,
    );
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>');
    await expectRefused(upload(document, filesFor(document, { "license.jpg": svg })), 400, /materials\[0\]\.file/);
  });

  it("refuses a truncated image that passes the sniff", async () => {
    const document = doc();
    await expectRefused(upload(document, filesFor(document, { "license.jpg": image.subarray(0, 400) })), 400, /materials\[0\]\.file/);
  });

  it("refuses a header claiming more than 50 megapixels without decoding it", async () => {
    const png = await import("sharp").then(({ default: sharp }) =>
      sharp({ create: { width: 8, height: 8, channels: 3, background: "#c33" } })
        .png()
        .toBuffer(),
    );
    const document = doc();
    await expectRefused(
      upload(document, filesFor(document, { "license.jpg": pngClaiming(png, 10_000, 6_000) })),
      400,
      /materials\[0\]\.file/,
    );
  });

  it("refuses an image over 10 MB with 413", async () => {
    const document = doc();
    const huge = Buffer.concat([image, Buffer.alloc(10 * 1024 * 1024)]);
    await expectRefused(upload(document, filesFor(document, { "license.jpg": huge })), 413);
  });

  it("refuses a declared body over 100 MB with 413 before reading it", async () => {
    const document = doc();
    await expectRefused(upload(document, filesFor(document), { contentLength: String(101 * 1024 * 1024) }), 413);
  });

  it("answers 409 for an existing externalId and revision, and for a skipped revision", async () => {
    const document = doc();
    expect((await POST(upload(document, filesFor(document)))).status).toBe(201);
    await expectRefused(upload(document, filesFor(document)), 409);
    await expectRefused(upload({ ...document, revision: 3 }, filesFor(document)), 409);
  });

  it("takes revision + 1 as the filing's new current revision, keeping the earlier one", async () => {
    const document = doc();
    const first = await (await POST(upload(document, filesFor(document)))).json();
    const second = await POST(
      upload(
        { ...document, revision: 2, subject: { ...(document.subject as object), mailingAddress: "北京市海淀区中关村大街1号6层" } },
        filesFor(document),
      ),
    );
    expect(second.status).toBe(201);
    expect((await second.json()).id).toBe(first.id);
    const revisions = getDb()
      .$client.prepare("SELECT revision FROM filing_revisions WHERE filing_id = ? ORDER BY revision")
      .all(Number(first.id));
    expect(revisions).toEqual([{ revision: 1 }, { revision: 2 }]);
  });
});

describe("GET /api/v1/filings/<externalId>", () => {
  it("reads back the latest revision, pending with no decision", async () => {
    const document = doc({ principal: { mobile: "17012345678" } });
    await POST(upload(document, filesFor(document)));
    const response = await GET(
      new Request(`http://localhost/api/v1/filings/${document.externalId}`, { headers: { authorization: "Bearer test-token" } }),
      {
        params: Promise.resolve({ externalId: String(document.externalId) }),
      },
    );
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({ externalId: document.externalId, revision: 1, status: "pending", decision: null });
    expect(body.violations[0]).toMatchObject({
      rule: "MOBILE_VIRTUAL_SEGMENT",
      severity: "warning",
      path: "principal.mobile",
      material: null,
      reason: "PHONE_SEGMENT",
    });
    expect(body.violations[0].message.zh.length).toBeGreaterThan(0);
  });

  it("answers 404 for an unknown order and 401 without the token", async () => {
    const params = { params: Promise.resolve({ externalId: "NOPE" }) };
    expect((await GET(new Request("http://localhost/x", { headers: { authorization: "Bearer test-token" } }), params)).status).toBe(404);
    expect((await GET(new Request("http://localhost/x"), params)).status).toBe(401);
  });
});

describe("robustness", () => {
  it("answers 200 random mutations of a valid upload with no 5xx and stays consistent", async () => {
    let seed = 42;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const pick = <T>(items: T[]) => items[Math.floor(random() * items.length)];
    const values: unknown[] = [null, 0, -1, 1e308, "", "x".repeat(5000), [], {}, true, "2026-02-30", "长期", [1, 2]];
    const mutateDocument = (value: unknown, depth = 0): unknown => {
      if (Array.isArray(value)) return value.map((v) => (random() < 0.1 ? pick(values) : mutateDocument(v, depth + 1)));
      if (value && typeof value === "object") {
        const out: Record<string, unknown> = {};
        for (const [k, v] of Object.entries(value)) {
          const r = random();
          if (r < 0.05) continue;
          out[k] = r < 0.12 ? pick(values) : mutateDocument(v, depth + 1);
        }
        if (random() < 0.03) out.unexpected = 1;
        return out;
      }
      return value;
    };
    const mutateBytes = (bytes: Buffer): Buffer => {
      const kind = Math.floor(random() * 5);
      if (kind === 0) return bytes.subarray(0, Math.floor(random() * bytes.length));
      if (kind === 1) {
        const copy = Buffer.from(bytes);
        for (let i = 0; i < 20; i++) copy[Math.floor(random() * copy.length)] = Math.floor(random() * 256);
        return copy;
      }
      if (kind === 2) return Buffer.from(Array.from({ length: 64 }, () => Math.floor(random() * 256)));
      if (kind === 3) return pngClaiming(bytes, 60_000, 60_000);
      return bytes;
    };
    const statuses = new Map<number, number>();
    for (let i = 0; i < 200; i++) {
      const document = doc();
      const mutated = random() < 0.5 ? mutateDocument(document) : document;
      const files = filesFor(document);
      if (random() < 0.7) {
        const name = pick(Object.keys(files));
        files[name] = mutateBytes(files[name]);
      }
      const response = await POST(upload(mutated, files));
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      expect(response.status, `mutation ${i}`).toBeLessThan(500);
    }
    expect([...statuses.keys()].some((s) => s >= 400)).toBe(true);
    expect(getDb().$client.pragma("integrity_check", { simple: true })).toBe("ok");
    const orphanMaterials = getDb()
      .$client.prepare("SELECT count(*) AS n FROM materials m LEFT JOIN filing_revisions r ON r.id = m.revision_id WHERE r.id IS NULL")
      .get();
    expect(orphanMaterials).toEqual({ n: 0 });
  }, 120_000);
});
