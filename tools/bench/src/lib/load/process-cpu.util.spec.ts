import { parseProcStat, processCpuMs, processTreeCpuMs, sumOfCpuMeters } from './process-cpu.util.ts';

describe(parseProcStat.name, () => {
  it('reads parent, own and reaped CPU time, whatever the command name holds', () => {
    const stat = '4242 (postgres: a) b) S 17 4242 4242 0 -1 4194560 500 0 0 0 150 25 7 3 20 0 1 0 100 0 0';
    expect(parseProcStat(stat)).toEqual({ pid: 4242, ppid: 17, ownMs: 1750, reapedChildrenMs: 100 });
  });
});

describe(processCpuMs.name, () => {
  it('grows while this process works, and is null for a process that does not exist', () => {
    const before = processCpuMs(process.pid) as number;
    const until = performance.now() + 60;
    while (performance.now() < until); // burn CPU on purpose
    expect(processCpuMs(process.pid)).toBeGreaterThan(before);
    expect(processCpuMs(2 ** 22 + 1)).toBeNull();
    expect(processTreeCpuMs(2 ** 22 + 1)).toBeNull();
  });
});

describe(sumOfCpuMeters.name, () => {
  it('adds the meters up, or is null when one cannot tell', () => {
    expect(
      sumOfCpuMeters(
        () => 2,
        () => 3,
      )(),
    ).toBe(5);
    expect(
      sumOfCpuMeters(
        () => 2,
        () => null,
      )(),
    ).toBeNull();
  });
});
