import fs from "node:fs";

// Resident memory from /proc: the server is a process group (next start may fork a worker), so
// the bench sums the group's VmRSS over time and also reads each member's own peak (VmHWM).

export interface GroupMemory {
  /** Sum of the members' current VmRSS, kB. */
  rssKb: number;
  /** Largest single member's VmHWM (its own peak), kB. */
  maxHwmKb: number;
  members: { pid: number; rssKb: number; hwmKb: number; command: string }[];
}

function groupMembers(pgid: number): number[] {
  const pids: number[] = [];
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      // Fields after "(comm)": state ppid pgrp …; comm itself may contain spaces.
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(fields[2]) === pgid) pids.push(Number(entry));
    } catch {
      // the process ended while we looked
    }
  }
  return pids;
}

function statusKb(status: string, key: string): number {
  const match = new RegExp(`^${key}:\\s+(\\d+) kB`, "m").exec(status);
  return match ? Number(match[1]) : 0;
}

export function readGroupMemory(pgid: number): GroupMemory {
  const members: GroupMemory["members"] = [];
  for (const pid of groupMembers(pgid)) {
    try {
      const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
      const command = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ").trim().slice(0, 120);
      members.push({ pid, rssKb: statusKb(status, "VmRSS"), hwmKb: statusKb(status, "VmHWM"), command });
    } catch {
      // gone
    }
  }
  return {
    rssKb: members.reduce((sum, m) => sum + m.rssKb, 0),
    maxHwmKb: Math.max(0, ...members.map((m) => m.hwmKb)),
    members,
  };
}

/** Samples the group every `intervalMs` until stopped; returns the peak summed RSS, kB. */
export function sampleGroupPeak(pgid: number, intervalMs = 100): { stop: () => number } {
  let peak = readGroupMemory(pgid).rssKb;
  const timer = setInterval(() => {
    peak = Math.max(peak, readGroupMemory(pgid).rssKb);
  }, intervalMs);
  timer.unref(); // never what keeps the bench alive
  return {
    stop: () => {
      clearInterval(timer);
      return Math.max(peak, readGroupMemory(pgid).rssKb);
    },
  };
}
