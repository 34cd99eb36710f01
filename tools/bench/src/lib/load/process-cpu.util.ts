import { readdirSync, readFileSync } from 'node:fs';

/** Linux reports CPU times in clock ticks of 1/100 s (USER_HZ, fixed at 100 on every mainstream architecture). */
const TICK_MS = 10;

export interface ProcessTimes {
  pid: number;
  ppid: number;
  /** Own user + system CPU time, ms. */
  ownMs: number;
  /** CPU time of children it has waited for (e.g. PostgreSQL backends that exited), ms. */
  reapedChildrenMs: number;
}

/** Parses /proc/<pid>/stat; the command name may hold spaces and parentheses, so fields count from the last ')'. */
export function parseProcStat(stat: string): ProcessTimes {
  const pid = Number.parseInt(stat, 10);
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // fields[0] is stat field 3 (state): ppid is field 4, utime 14, stime 15, cutime 16, cstime 17.
  const at = (field: number) => Number(fields[field - 3]);
  return {
    pid,
    ppid: at(4),
    ownMs: (at(14) + at(15)) * TICK_MS,
    reapedChildrenMs: (at(16) + at(17)) * TICK_MS,
  };
}

/** CPU ms a process has used so far; null where there is no /proc (not Linux) or it has gone. */
export function processCpuMs(pid: number): number | null {
  try {
    return parseProcStat(readFileSync(`/proc/${pid}/stat`, 'utf8')).ownMs;
  } catch {
    return null;
  }
}

/**
 * CPU ms a server and all its children have used so far: the PostgreSQL
 * postmaster with its backends. A backend that exits moves its time into the
 * postmaster's reaped-children total, so the sum only ever grows.
 */
export function processTreeCpuMs(rootPid: number): number | null {
  let root: ProcessTimes;
  try {
    root = parseProcStat(readFileSync(`/proc/${rootPid}/stat`, 'utf8'));
  } catch {
    return null;
  }
  let total = root.ownMs + root.reapedChildrenMs;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const times = parseProcStat(readFileSync(`/proc/${entry}/stat`, 'utf8'));
      if (times.ppid === rootPid) total += times.ownMs;
    } catch {
      // Exited while we looked: its time is in the root's reaped total by now.
    }
  }
  return total;
}

/** A meter adding up other meters: null as soon as one of them cannot tell. */
export function sumOfCpuMeters(...meters: Array<() => number | null>): () => number | null {
  return () => {
    const values = meters.map((meter) => meter());
    return values.every((value) => value !== null) ? values.reduce((sum: number, value) => sum + value, 0) : null;
  };
}
