import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

const NODE_PROGRAM = /^node(js)?$/;

/**
 * The pid of the live server that runs postmaster `pid`, or null when the
 * postmaster is an orphan. A server spawns its postmaster itself, so while it
 * runs it is the postmaster's parent; once it dies (SIGKILL, a crash) the
 * postmaster is reparented to init or a subreaper, which is not a node
 * process. This process is never "another" server: the postmaster is one it
 * started earlier, or was reparented to it (a server running as PID 1).
 */
export function findOwningServer(postmasterPid: number): number | null {
  const parent = parentOf(postmasterPid);
  if (parent === null || parent === process.pid) return null;
  return isNodeProcess(parent) ? parent : null;
}

function parentOf(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // "pid (comm) state ppid …": comm may hold spaces and parentheses, so read after the last ")".
    const parent = Number.parseInt(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1] ?? '', 10);
    return Number.isInteger(parent) && parent > 0 ? parent : null;
  } catch {
    return null;
  }
}

/**
 * By its command line, as identifyPostmaster checks the postmaster: anyone may
 * read it (unlike /proc/<pid>/exe, which even root may not read for init in
 * some containers), and it names the program where /proc/<pid>/comm does not
 * (Node 24 calls its main thread "MainThread").
 */
function isNodeProcess(pid: number): boolean {
  try {
    const program = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')[0] ?? '';
    return NODE_PROGRAM.test(basename(program));
  } catch {
    // Gone meanwhile: no server.
    return false;
  }
}
