import { describe, expect, it } from "vitest";
import { consoleMode, DEMO_INGEST_TOKEN } from "@/lib/config/console-mode";
import { checkStartConfig } from "@/lib/config/start-config";

const SECRET = "s".repeat(40);
const TOKEN = "t".repeat(32);

describe("consoleMode", () => {
  it("is demo without configuration and refuses an unknown value", () => {
    expect(consoleMode({})).toBe("demo");
    expect(consoleMode({ CONSOLE_MODE: "production" })).toBe("production");
    expect(() => consoleMode({ CONSOLE_MODE: "prod" })).toThrow(/demo.*production/);
  });
});

describe("checkStartConfig", () => {
  it("lets a demo start with only a secret", () => {
    expect(checkStartConfig({ AUTH_SECRET: "x" }, "demo")).toEqual({ errors: [], warnings: [] });
    expect(checkStartConfig({}, "demo").errors[0]).toMatch(/AUTH_SECRET/);
  });

  it("refuses production without a secret or an ingestion token, or with the demo token", () => {
    expect(checkStartConfig({ INGEST_TOKEN: TOKEN, NEXTAUTH_URL: "https://x" }, "production").errors.join()).toMatch(/AUTH_SECRET/);
    expect(checkStartConfig({ AUTH_SECRET: SECRET, NEXTAUTH_URL: "https://x" }, "production").errors.join()).toMatch(
      /INGEST_TOKEN is not set/,
    );
    expect(checkStartConfig({ AUTH_SECRET: SECRET, INGEST_TOKEN: DEMO_INGEST_TOKEN }, "production").errors.join()).toMatch(
      /published demo token/,
    );
    expect(checkStartConfig({ AUTH_SECRET: "short", INGEST_TOKEN: TOKEN }, "production").errors.join()).toMatch(/too short/);
  });

  it("warns, without refusing, when production is not served over https", () => {
    const http = checkStartConfig({ AUTH_SECRET: SECRET, INGEST_TOKEN: TOKEN, NEXTAUTH_URL: "http://console.internal" }, "production");
    expect(http.errors).toEqual([]);
    expect(http.warnings[0]).toMatch(/https/);
    expect(
      checkStartConfig({ AUTH_SECRET: SECRET, INGEST_TOKEN: TOKEN, NEXTAUTH_URL: "https://console.example" }, "production").warnings,
    ).toEqual([]);
  });
});
