import { isCalendarDate } from "@/lib/domain/validation/calendar";
import { ROOT_PATH } from "@/lib/domain/validation/issues";
import { USAGE, parseArgs } from "@/lib/services/rules-cli/args";
import type { MeasureImage } from "@/lib/services/rules-cli/load-input";
import { runCheck, type ReadDocumentFile } from "@/lib/services/rules-cli/run-check";
import { todayInUtc8 } from "@/lib/services/rules-cli/today";

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Injected in tests; defaults to the clock and to lib/images/quality. */
  now?: () => Date;
  measure?: MeasureImage;
  readDocument?: ReadDocumentFile;
}

export const EXIT_OK = 0;
export const EXIT_INPUT_ERROR = 2;

/** Runs the CLI; returns the exit code. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    io.stderr(`${parsed.message}\n${USAGE}\n`);
    return EXIT_INPUT_ERROR;
  }
  const asOf = parsed.args.asOf ?? todayInUtc8(io.now?.() ?? new Date());
  if (!isCalendarDate(asOf)) {
    io.stderr(
      `${JSON.stringify({ error: "invalid --as-of", issues: [{ path: ROOT_PATH, message: `not a YYYY-MM-DD date: ${asOf}` }] })}\n`,
    );
    return EXIT_INPUT_ERROR;
  }
  // sharp is loaded only when a file is actually measured.
  const measure: MeasureImage = io.measure ?? (async (buf) => (await import("@/lib/domain/images/quality")).measureImage(buf));
  // The OCR engine is loaded only with --read-documents: without it the CLI stays as fast as before.
  const readDocuments = parsed.args.readDocuments
    ? (io.readDocument ?? (async (bytes, kind) => (await import("@/lib/services/documents/read-document")).readDocument(bytes, kind)))
    : undefined;
  const result = await runCheck({ file: parsed.args.file, asOf, measure, readDocuments });
  if (!result.ok) {
    io.stderr(`${JSON.stringify({ error: result.error, issues: result.issues }, null, 2)}\n`);
    return EXIT_INPUT_ERROR;
  }
  io.stdout(`${JSON.stringify(result.reports, null, 2)}\n`);
  return EXIT_OK;
}
