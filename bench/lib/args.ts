export interface BenchArgs {
  count: number;
  json: boolean;
}

const USAGE = "usage: npm run bench -- [--count N] [--json]";

/** `--count N` (or `--count=N`, underscores allowed: 100_000) and `--json`. */
export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  const args: BenchArgs = { count: 100_000, json: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--json") args.json = true;
    else if (arg === "--count" || arg.startsWith("--count=")) {
      const raw = arg === "--count" ? argv[++i] : arg.slice("--count=".length);
      const n = Number(String(raw ?? "").replaceAll("_", ""));
      if (!Number.isInteger(n) || n < 100) throw new Error(`--count needs an integer ≥ 100 (got ${raw ?? "nothing"})\n${USAGE}`);
      args.count = n;
    } else if (arg === "--help" || arg === "-h") throw new Error(USAGE);
    else throw new Error(`unknown argument ${arg}\n${USAGE}`);
  }
  return args;
}
