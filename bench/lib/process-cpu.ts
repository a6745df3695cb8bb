import fs from "node:fs";

/** Kernel clock ticks per second for /proc/<pid>/stat times (USER_HZ; 100 on Linux). */
const TICKS_PER_SEC = 100;

/**
 * CPU time (user + system, ms) a process has used so far. Divided by the requests served, it is
 * a per-request cost that, unlike latency, hardly moves when other work shares the machine.
 */
export function cpuTimeMs(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  // After "(comm)": state is fields[0], so utime (field 14) and stime (15) are at 11 and 12.
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SEC;
}
