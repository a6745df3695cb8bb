// A stand-in reader process for the job runner's tests: answers every request with a reading
// that prints the number in FAKE_READER_NUMBER, except that it crashes (exit 3) on a blob whose
// sha256 starts with "dead", as a native OCR library might.
import type { ReadRequest } from "../reader-pool";

const box = { x: 1, y: 1, width: 10, height: 10 };
process.on("message", (request: ReadRequest) => {
  if (request.sha256.startsWith("dead")) process.exit(3);
  const number = process.env.FAKE_READER_NUMBER ?? "11010519491231002X";
  const fields =
    request.kind === "subject_certificate"
      ? { certificateNumber: { text: number, confidence: 0.99, box } }
      : request.kind.endsWith("_front")
        ? { idNumber: { text: number, confidence: 0.99, box } }
        : { validUntil: { text: "长期", confidence: 0.99, box } };
  process.send?.({ ok: true, reading: { kind: request.kind, fields, orientation: 0, unreadable: false, ms: 1, passes: 1 } });
});
process.on("disconnect", () => process.exit(0));
