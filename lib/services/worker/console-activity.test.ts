import { describe, expect, it } from "vitest";
import { CONSOLE_QUIET, consoleServerPid, processCpuMs, quietOptions, waitForQuietConsole, type QuietOptions } from "./console-activity";

const OPTIONS: QuietOptions = { busyShare: 0.2, windowMs: 300, maxWaitMs: 3000 };

/** A console whose CPU rises by `perWindow[i]` ms in window i (the last value repeats). */
function fakeConsole(perWindow: number[]) {
  let cpu = 0;
  let window = 0;
  return {
    cpuMs: () => cpu,
    sleep: async () => {
      cpu += perWindow[Math.min(window, perWindow.length - 1)];
      window++;
    },
  };
}

describe("the reader waits for a quiet console", () => {
  it("reads at once when the console is idle (one window to see it)", async () => {
    const c = fakeConsole([0]);
    expect(await waitForQuietConsole(c.cpuMs, OPTIONS, c.sleep)).toBe(300);
  });

  it("waits while the console uses more than a fifth of a core, and reads once it is quiet", async () => {
    // 250 ms of CPU in a 300 ms window is 83 % of a core; 30 ms is 10 %.
    const c = fakeConsole([250, 250, 250, 30]);
    expect(await waitForQuietConsole(c.cpuMs, OPTIONS, c.sleep)).toBe(1200);
  });

  it("reads anyway after the longest wait under sustained load", async () => {
    const c = fakeConsole([300]);
    expect(await waitForQuietConsole(c.cpuMs, OPTIONS, c.sleep)).toBe(3000);
  });

  it("never waits without a console to watch", async () => {
    expect(
      await waitForQuietConsole(
        () => null,
        OPTIONS,
        async () => {},
      ),
    ).toBe(0);
    expect(consoleServerPid({})).toBeNull();
    expect(consoleServerPid({ CONSOLE_SERVER_PID: "abc" })).toBeNull();
    expect(consoleServerPid({ CONSOLE_SERVER_PID: "1234" })).toBe(1234);
  });

  it("takes the longest wait from DOCUMENT_READER_MAX_WAIT_MS; 0 reads without waiting", async () => {
    expect(quietOptions({}).maxWaitMs).toBe(CONSOLE_QUIET.maxWaitMs);
    expect(quietOptions({ DOCUMENT_READER_MAX_WAIT_MS: "1000" }).maxWaitMs).toBe(1000);
    expect(quietOptions({ DOCUMENT_READER_MAX_WAIT_MS: "-5" }).maxWaitMs).toBe(CONSOLE_QUIET.maxWaitMs);
    expect(quietOptions({ DOCUMENT_READER_MAX_WAIT_MS: "" }).maxWaitMs).toBe(CONSOLE_QUIET.maxWaitMs);
    const busy = fakeConsole([300]);
    expect(await waitForQuietConsole(busy.cpuMs, quietOptions({ DOCUMENT_READER_MAX_WAIT_MS: "0" }), busy.sleep)).toBe(0);
  });

  it("reads a live process's CPU time from /proc", () => {
    const ms = processCpuMs(process.pid);
    expect(ms).not.toBeNull();
    expect(ms!).toBeGreaterThan(0);
    expect(processCpuMs(2 ** 30)).toBeNull();
  });
});
