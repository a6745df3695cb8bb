export const BENCH_STEPS = ["rules", "queue", "http", "browser", "ingest", "claims", "documents", "reader"] as const;
export type BenchStep = (typeof BENCH_STEPS)[number];

export interface BenchArgs {
  count: number;
  json: boolean;
  /** 10 000, 100 000 and 300 000 filings: how queue and page costs grow. */
  curve: boolean;
  /** The steps to run after the seed (all unless --only names some). */
  steps: Set<BenchStep>;
}

const USAGE = `usage: npm run bench -- [--count N] [--json] [--curve] [--only ${BENCH_STEPS.join(",")}]`;

/** `--count N` (or `--count=N`, underscores allowed: 100_000), `--json`, `--curve`, `--only a,b`. */
export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  const args: BenchArgs = { count: 100_000, json: false, curve: false, steps: new Set(BENCH_STEPS) };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = (name: string) => (arg === name ? argv[++i] : arg.slice(name.length + 1));
    if (arg === "--json") args.json = true;
    else if (arg === "--curve") args.curve = true;
    else if (arg === "--count" || arg.startsWith("--count=")) {
      const raw = value("--count");
      const n = Number(String(raw ?? "").replaceAll("_", ""));
      if (!Number.isInteger(n) || n < 100) throw new Error(`--count needs an integer ≥ 100 (got ${raw ?? "nothing"})\n${USAGE}`);
      args.count = n;
    } else if (arg === "--only" || arg.startsWith("--only=")) {
      const names = String(value("--only") ?? "").split(",");
      const unknown = names.filter((n) => !(BENCH_STEPS as readonly string[]).includes(n));
      if (unknown.length > 0) throw new Error(`unknown step ${unknown.join(", ")}\n${USAGE}`);
      args.steps = new Set(names as BenchStep[]);
    } else if (arg === "--help" || arg === "-h") throw new Error(USAGE);
    else throw new Error(`unknown argument ${arg}\n${USAGE}`);
  }
  return args;
}
