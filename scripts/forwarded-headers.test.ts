import { describe, expect, it } from "vitest";
// @ts-expect-error plain ESM module of the server, tested as it runs
import { CLIENT_HEADER, sanitizeForwardedHeaders, trustedHops } from "./forwarded-headers.mjs";

describe("sanitizeForwardedHeaders", () => {
  it("without a trusted proxy, drops every forwarded header a client could forge and uses the socket", () => {
    const headers: Record<string, string> = {
      "x-forwarded-for": "6.6.6.6",
      "x-forwarded-host": "evil.example",
      forwarded: "for=6.6.6.6",
      [CLIENT_HEADER]: "1.1.1.1",
    };
    sanitizeForwardedHeaders(headers, "10.0.0.5", 0);
    expect(headers).toEqual({ "x-forwarded-for": "10.0.0.5", [CLIENT_HEADER]: "10.0.0.5" });
  });

  it("behind one trusted proxy, takes the right-most address the proxy appended, not the left-most the client wrote", () => {
    const headers: Record<string, string> = { "x-forwarded-for": "6.6.6.6, 203.0.113.9", "x-forwarded-host": "console.example" };
    sanitizeForwardedHeaders(headers, "10.0.0.2", 1);
    expect(headers[CLIENT_HEADER]).toBe("203.0.113.9");
    expect(headers["x-forwarded-host"]).toBe("console.example");
  });

  it("reads TRUST_PROXY as a hop count", () => {
    expect([undefined, "", "0", "false"].map(trustedHops)).toEqual([0, 0, 0, 0]);
    expect(["1", "true", "2"].map(trustedHops)).toEqual([1, 1, 2]);
  });
});
