import { z } from "zod";

// In the browser, zod probes for JIT compilation with Function(""), which the Content-Security-
// Policy (no 'unsafe-eval') blocks and reports as a violation. Parsing works either way; telling
// zod up front keeps the page free of violation reports, so a real one stands out.
// Imported for this effect, first, by each client component that loads a zod module (the queue's
// table, for its page sizes); a page without one — the workspace — loads no zod at all.
if (typeof window !== "undefined") z.config({ jitless: true });
