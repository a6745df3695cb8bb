import { describe, expect, it } from "vitest";
import { domainToAscii, normaliseDomain } from "@/lib/domain/validation/domain";
import { decodePunycode } from "@/lib/domain/validation/punycode";

describe("domains", () => {
  it("decodes punycode", () => {
    expect(decodePunycode("fsqu00a")).toBe("例子");
    expect(decodePunycode("fiqs8s")).toBe("中国");
    expect(decodePunycode("bcher-kva")).toBe("bücher");
    expect(() => decodePunycode("a-!")).toThrow();
  });

  it("converts between Unicode and punycode", () => {
    expect(domainToAscii("例子.中国")).toBe("xn--fsqu00a.xn--fiqs8s");
    expect(normaliseDomain("xn--fsqu00a.xn--fiqs8s")).toBe("例子.中国");
    expect(normaliseDomain("网址之家.CN")).toBe("网址之家.cn");
    expect(normaliseDomain("例子。中国")).toBe("例子.中国");
    expect(normaliseDomain("www.Example.com.")).toBe("www.example.com");
  });

  it.each(["", "example", "http://example.cn", "example.cn/path", "user@example.cn", "1.2.3.4", "-a.cn", "a b.cn", "[::1]"])(
    "rejects %j",
    (value) => expect(normaliseDomain(value)).toBeNull(),
  );
});
