import { getConsoleStatus } from "@/lib/services/console/console-status";

export const dynamic = "force-dynamic";

/**
 * 200 when the database answers. `?ready=demo` answers 503 until the background demo data is
 * complete, so scripts and browser tests can wait for the whole demo rather than the first page.
 */
export function GET(request: Request) {
  try {
    const status = getConsoleStatus();
    const body = { status: "ok", mode: status.mode, ...(status.demoData ? { demoData: status.demoData } : {}) };
    const waitForDemo = new URL(request.url).searchParams.get("ready") === "demo";
    const ready = !waitForDemo || status.demoData === null || status.demoData.state === "done";
    return Response.json(ready ? body : { ...body, status: "seeding" }, {
      status: ready ? 200 : 503,
      headers: { "Cache-Control": "no-store" },
    });
  } catch {
    return Response.json({ status: "unavailable" }, { status: 503 });
  }
}
