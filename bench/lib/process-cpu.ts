import fs from "node:fs";
import { processCpuMs } from "@/lib/services/worker/console-activity";

/** Kernel clock ticks per second for /proc/<pid>/stat times (USER_HZ; 100 on Linux). */
const TICKS_PER_SEC = 100;

/**
 * CPU time (user + system, ms) a process has used so far (read as the document reader reads the
 * console's). Divided by the requests served, it is a per-request cost that, unlike latency,
 * hardly moves when other work shares the machine.
 */
export function cpuTimeMs(pid: number): number {
  const ms = processCpuMs(pid);
  if (ms === null) throw new Error(`process ${pid} is gone: no CPU time to read`);
  return ms;
}

/** CPU time (ms) of every live process in a process group (the worker and the reader processes it forks). */
export function groupCpuTimeMs(pgid: number): number {
  let total = 0;
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      // state, ppid, pgrp: the group is fields[2].
      if (Number(fields[2]) === pgid) total += ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SEC;
    } catch {
      // the process ended while we looked
    }
  }
  return total;
}
