// Progress goes to stderr so that stdout carries only the result (one JSON object or the table).
export function progress(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}
