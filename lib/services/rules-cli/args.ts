// Command line of `npm run -s rules -- check FILE.json [--as-of YYYY-MM-DD]`.

export const USAGE = "usage: npm run -s rules -- check FILE.json [--read-documents] [--as-of YYYY-MM-DD]";

export interface CheckArgs {
  file: string;
  /** null: today in UTC+8. */
  asOf: string | null;
  /** Read the licences and ID cards (OCR) and add the DOC_* rules (document-check.md). */
  readDocuments: boolean;
}

export type ParsedArgs = { ok: true; args: CheckArgs } | { ok: false; message: string };

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const [command, ...rest] = argv;
  if (command !== "check") return { ok: false, message: command ? `unknown command: ${command}` : "missing command" };
  let file: string | null = null;
  let asOf: string | null = null;
  let readDocuments = false;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === "--as-of") {
      if (i + 1 >= rest.length) return { ok: false, message: "--as-of needs a date" };
      asOf = rest[++i];
    } else if (arg === "--read-documents") {
      readDocuments = true;
    } else if (arg.startsWith("--as-of=")) {
      asOf = arg.slice("--as-of=".length);
    } else if (arg.startsWith("-") && arg !== "-") {
      return { ok: false, message: `unknown option: ${arg}` };
    } else if (file === null) {
      file = arg;
    } else {
      return { ok: false, message: `unexpected argument: ${arg}` };
    }
  }
  if (file === null) return { ok: false, message: "missing FILE.json" };
  return { ok: true, args: { file, asOf, readDocuments } };
}
