import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { openDatabase } from "@/db/client";
import { countUsers, getDatabaseMode } from "@/db/queries/meta";
import { createUser } from "@/db/queries/users";
import { hashPassword } from "@/lib/services/auth/password";
import { DEMO_INGEST_TOKEN, DEMO_PASSWORD } from "@/lib/config/console-mode";
import { prepareDatabase } from "@/lib/services/startup/prepare-database";

// The two modes as an operator meets them: what each does to an empty database, and what
// production refuses. The process-wide database (getDb) is pointed at a fresh file.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "brd-modes-"));
process.env.DATABASE_PATH = path.join(dir, "console.db");
delete process.env.INGEST_TOKEN;

const { getDb } = await import("@/db/client");
const { isIngestAuthorized } = await import("@/lib/web/ingest-token");
const { runUsersCommand } = await import("@/lib/services/users/users-command");
const { authOptions } = await import("@/lib/web/auth-options");

const bearer = (token: string) =>
  new Request("http://localhost/api/v1/filings", { method: "POST", headers: { authorization: `Bearer ${token}` } });
const signIn = (email: string, password: string) =>
  (authOptions.providers[0] as unknown as { options: { authorize: (c: unknown, r: unknown) => Promise<unknown> } }).options.authorize(
    { email, password },
    { headers: {} },
  );

afterEach(() => {
  delete process.env.CONSOLE_MODE;
});
afterAll(() => {
  getDb().$client.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function freshFile(name: string): string {
  return path.join(dir, name);
}

describe("production mode on an empty database", () => {
  it("creates no users, refuses the demo token and the demo password, and marks the database", async () => {
    process.env.CONSOLE_MODE = "production";
    const db = getDb();
    expect(prepareDatabase(db, "production", "test")).toEqual({ ok: true, created: true });
    expect(countUsers(db)).toBe(0);
    expect(getDatabaseMode(db)).toBe("production");
    expect(isIngestAuthorized(bearer(DEMO_INGEST_TOKEN))).toBe(false);
    expect(await signIn("reviewer@example.com", DEMO_PASSWORD)).toBeNull();

    const refused = await runUsersCommand("add", { email: "lead@corp.example", name: "组长", role: "lead" }, async () => DEMO_PASSWORD);
    expect(refused).toEqual({ ok: false, message: expect.stringMatching(/demo password/) });
    expect(countUsers(db)).toBe(0);
    const created = await runUsersCommand(
      "add",
      { email: "lead@corp.example", name: "组长", role: "lead" },
      async () => "a-real-passphrase-42",
    );
    expect(created.ok).toBe(true);
    expect(await signIn("lead@corp.example", "a-real-passphrase-42")).toMatchObject({ email: "lead@corp.example", role: "lead" });
  });

  it("refuses the demo password at sign-in even for an account that has it", async () => {
    process.env.CONSOLE_MODE = "production";
    createUser(getDb(), { email: "copied@corp.example", name: "拷贝", role: "reviewer", passwordHash: await hashPassword(DEMO_PASSWORD) });
    expect(await signIn("copied@corp.example", DEMO_PASSWORD)).toBeNull();
    process.env.CONSOLE_MODE = "demo";
    expect(await signIn("copied@corp.example", DEMO_PASSWORD)).toMatchObject({ email: "copied@corp.example" });
  });

  it("refuses the demo token even when it is configured as INGEST_TOKEN, and accepts a real one", () => {
    process.env.CONSOLE_MODE = "production";
    process.env.INGEST_TOKEN = DEMO_INGEST_TOKEN;
    expect(isIngestAuthorized(bearer(DEMO_INGEST_TOKEN))).toBe(false);
    process.env.INGEST_TOKEN = "a-long-random-token-for-upstream";
    expect(isIngestAuthorized(bearer("a-long-random-token-for-upstream"))).toBe(true);
    delete process.env.INGEST_TOKEN;
  });
});

describe("a database keeps the mode it was made in", () => {
  it("refuses a demo database in production, saying why", () => {
    const db = openDatabase(freshFile("demo.db"));
    expect(prepareDatabase(db, "demo", "demo.db").ok).toBe(true);
    const refused = prepareDatabase(db, "production", "demo.db");
    expect(refused).toEqual({ ok: false, message: expect.stringMatching(/made in demo mode.*published/) });
    db.$client.close();
  });

  it("refuses a production database in demo mode", () => {
    const db = openDatabase(freshFile("prod.db"));
    expect(prepareDatabase(db, "production", "prod.db").ok).toBe(true);
    expect(prepareDatabase(db, "demo", "prod.db")).toEqual({ ok: false, message: expect.stringMatching(/made in production mode/) });
    expect(prepareDatabase(db, "production", "prod.db")).toEqual({ ok: true, created: false });
    db.$client.close();
  });

  it("takes a database with users but no mark (made before modes existed) for production data", async () => {
    const db = openDatabase(freshFile("legacy.db"));
    prepareDatabase(db, "production", "legacy.db");
    db.$client.prepare("DELETE FROM app_meta").run();
    db.$client
      .prepare("INSERT INTO users (email, name, role, password_hash, active, created_at) VALUES ('a@b.c', 'A', 'lead', 'x', 1, 0)")
      .run();
    expect(prepareDatabase(db, "demo", "legacy.db").ok).toBe(false);
    db.$client.close();
  });

  it("in demo mode, accepts the demo token only on a demo database", () => {
    const db = getDb();
    // getDb's database was made in production mode by the first test.
    expect(isIngestAuthorized(bearer(DEMO_INGEST_TOKEN))).toBe(false);
    db.$client.prepare("UPDATE app_meta SET value = 'demo' WHERE key = 'mode'").run();
    expect(isIngestAuthorized(bearer(DEMO_INGEST_TOKEN))).toBe(true);
  });
});
