// Throughput of the text rules on one core: npx tsx lib/rules/testing/bench-rules.ts
// A realistic mix (mostly clean units, some individuals, some heavily flagged units, a few
// shared contacts) checked against an in-memory index of all of them, so the cross-filing
// rules run with real lookups. Image rules are not included: they only compare numbers.
import { PROVINCE_CODES, PROVINCES } from "@/lib/domain/validation/constants";
import type { Filing } from "@/lib/domain/validation/filing";
import { checkFiling } from "@/lib/domain/rules/check-filing";
import { buildInMemoryIndex } from "@/lib/domain/rules/in-memory-index";
import { usccCheckChar } from "@/lib/domain/rules/validators/uscc";
import { AS_OF, makeIndividualFiling, makeUnitFiling, residentIdFor } from "@/lib/domain/rules/testing/make-filing";

const DISTINCT = 2_000;
const CHECKS = 200_000;

const pad = (n: number, width: number) => String(n).padStart(width, "0");

function makeVaried(i: number): Filing {
  const province = PROVINCES[i % PROVINCES.length];
  const code = PROVINCE_CODES[province];
  const first17 = `91${code}0100MA${pad(i, 7)}`;
  const uscc = first17 + usccCheckChar(first17);
  const id = residentIdFor(`${code}0102`, `19${pad(50 + (i % 45), 2)}0${1 + (i % 9)}1${i % 10}`, pad(i % 1000, 3));
  // One filing in fifty reuses the previous one's mobile.
  const mobile = `139${pad(i % 50 === 0 && i > 0 ? i - 1 : i, 8)}`;
  const person = { name: `负责人${i}`, idNumber: id, mobile, officePhone: `0${code}-8${pad(i, 7)}` };
  const kind = i % 20;
  if (kind < 3) {
    return makeIndividualFiling({
      externalId: `P${i}`,
      province,
      subject: { name: person.name, certificateNumber: id, certificateAddress: `${province}某某路${i}号` },
      principal: person,
      websites: [
        {
          ...makeIndividualFiling().websites[0],
          name: `${person.name}的读书笔记`,
          domainOwner: { name: person.name, certificateNumber: id },
          principal: { ...makeIndividualFiling().principal, ...person },
        },
      ],
    });
  }
  const site = makeUnitFiling().websites[0];
  const siteOf = (n: number) => ({
    ...site,
    domain: `site${i}-${n}.cn`,
    domainOwner: { name: `某某${i}有限公司`, certificateNumber: uscc },
    principal: { ...site.principal, ...person },
  });
  const base = {
    externalId: `U${i}`,
    province,
    subject: {
      name: `某某${i}有限公司`,
      certificateNumber: uscc,
      certificateAddress: `${province}某某市某某路${i}号`,
      mailingAddress: `${province}某某市某某路${i}号5楼`,
      legalRepresentative: { name: person.name, nationality: "CN", idType: "居民身份证" as const, idNumber: id },
    },
    principal: person,
    websites: Array.from({ length: 1 + (i % 3) }, (_, n) => siteOf(n)),
  };
  if (kind < 17) return makeUnitFiling(base);
  return makeUnitFiling(base, {
    type: "new_website",
    existingRecord: { icpNumber: "京ICP备1号", subjectCertificateNumber: "110108000000016", principalIsLegalRepresentative: false },
    principal: {
      name: "王五",
      idNumber: `${id.slice(0, 17)}0`,
      mobile: `170${pad(i, 8)}`,
      officePhone: mobile,
      idValidUntil: "2026-12-01",
    },
    subject: { mailingAddress: "某某路", registeredOn: "2026-11-18" },
    websites: [
      siteOf(0),
      { ...siteOf(1), name: "中国ab", domain: "例子.中国" },
      { ...siteOf(2), principal: { ...site.principal, ...person, mobile: `12${i}` } },
    ],
    materials: [],
  });
}

// CPU time as well as wall time: on a shared machine the wall clock also counts other processes.
function measure(label: string, filings: Filing[], all: Filing[], checks = CHECKS): void {
  const others = buildInMemoryIndex(all);
  let violations = 0;
  for (let i = 0; i < 20_000; i++) violations += checkFiling({ filing: filings[i % filings.length], asOf: AS_OF, others }).length;
  violations = 0;
  const wallStart = process.hrtime.bigint();
  const cpuStart = process.cpuUsage();
  for (let i = 0; i < checks; i++) violations += checkFiling({ filing: filings[i % filings.length], asOf: AS_OF, others }).length;
  const cpu = process.cpuUsage(cpuStart);
  const wall = Number(process.hrtime.bigint() - wallStart) / 1e9;
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  console.log(
    `${label}: ${checks} checks, ${Math.round(checks / cpuSeconds)} filings/s of CPU time ` +
      `(${Math.round(checks / wall)}/s wall), ${(violations / checks).toFixed(1)} violations per filing`,
  );
}

const filings = Array.from({ length: DISTINCT }, (_, i) => makeVaried(i));
measure("mix (85% units, 15% of them heavily flagged; 15% individuals)", filings, filings);
measure(
  "clean units only",
  filings.filter((_, i) => i % 20 >= 3 && i % 20 < 17),
  filings,
);
measure(
  "flagged units only",
  filings.filter((_, i) => i % 20 >= 17),
  filings,
);
// Worst case: one mobile used by 2,000 subjects, so every check walks 2,000 refs.
const hot = filings.map((f) => ({ ...f, principal: { ...f.principal, mobile: "13800138000" } }));
measure("one mobile shared by all 2,000 filings", hot.slice(0, 100), hot, 20_000);
