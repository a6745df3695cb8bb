import fs from "node:fs";
import path from "node:path";
import { ESLint } from "eslint";
import { afterAll, describe, expect, it } from "vitest";

// The layering (README "Map of the code") is enforced by `npm run lint`. These fixtures break it
// on purpose and expect the lint to say so: a rule that silently stopped firing fails here.

const eslint = new ESLint({ cwd: process.cwd() });
const FIXTURE = `lint-fixture-${process.pid}`;
const written = new Set<string>();

/** Writes `code` as a real file at `<folder>/lint-fixture-<pid>/<name>`: the resolvers need files. */
function writeFixture(code: string, file: string): string {
  const dir = path.join(process.cwd(), path.dirname(file), FIXTURE);
  fs.mkdirSync(dir, { recursive: true });
  written.add(dir);
  const target = path.join(dir, path.basename(file));
  fs.writeFileSync(target, code);
  return target;
}

async function ruleIdsFor(code: string, file: string): Promise<string[]> {
  const [result] = await eslint.lintFiles([writeFixture(code, file)]);
  return result.messages.filter((m) => m.severity === 2).map((m) => m.ruleId ?? "parse-error");
}

afterAll(() => {
  for (const dir of written) fs.rmSync(dir, { recursive: true, force: true });
});

describe("npm run lint keeps the layering", { timeout: 60_000 }, () => {
  it("refuses an import from db/ into lib/domain", async () => {
    expect(await ruleIdsFor('import { getDb } from "@/db/client";\nexport const x = getDb;\n', "lib/domain/fixture.ts")).toContain(
      "import/no-restricted-paths",
    );
  });

  it("refuses the demo folder in product code", async () => {
    const code = 'import { DEMO_ACCOUNTS } from "@/demo/seed/demo-accounts";\nexport const x = DEMO_ACCOUNTS;\n';
    for (const file of ["app/fixture.ts", "lib/services/fixture.ts", "components/fixture.tsx", "db/queries/fixture.ts"]) {
      expect(await ruleIdsFor(code, file)).toContain("import/no-restricted-paths");
    }
  });

  it("refuses db/ in pages and components, and services importing the app", async () => {
    expect(await ruleIdsFor('import { getDb } from "@/db/client";\nexport const x = getDb;\n', "app/fixture.ts")).toContain(
      "import/no-restricted-paths",
    );
    expect(
      await ruleIdsFor('import { requireRole } from "@/lib/web/guards";\nexport const x = requireRole;\n', "lib/services/fixture.ts"),
    ).toContain("import/no-restricted-paths");
  });

  it("refuses SQL outside db/", async () => {
    expect(await ruleIdsFor('import { sql } from "drizzle-orm";\nexport const x = sql;\n', "lib/services/fixture.ts")).toContain(
      "@typescript-eslint/no-restricted-imports",
    );
    expect(
      await ruleIdsFor(
        'import { getDb } from "@/db/client";\nexport const x = () => getDb().$client.prepare("SELECT 1").get();\n',
        "lib/services/fixture.ts",
      ),
    ).toContain("no-restricted-syntax");
  });

  it("refuses an import cycle", async () => {
    writeFixture('import { a } from "./a";\nexport const b = () => a;\n', "lib/domain/b.ts");
    expect(await ruleIdsFor('import { b } from "./b";\nexport const a = () => b();\n', "lib/domain/a.ts")).toContain("import/no-cycle");
  });

  it("accepts the allowed direction", async () => {
    expect(await ruleIdsFor('import { getDb } from "@/db/client";\nexport const x = getDb;\n', "lib/services/fixture.ts")).toEqual([]);
  });
});
