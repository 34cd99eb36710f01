import { parseBenchOptions, RUN_NAMES } from './bench-options.ts';

describe(parseBenchOptions.name, () => {
  it('runs everything with the defaults when nothing is given', () => {
    expect(parseBenchOptions([])).toMatchObject({
      runs: [...RUN_NAMES],
      dataset: 'large',
      durationMs: 30_000,
      sliceMs: 3_000,
      concurrency: 8,
      posts: 200,
      subscribers: 20,
      nodeEnvs: ['production'],
      apiPorts: [3507, 3508, 3509, 3510, 3511],
    });
  });

  it('includes the statistics and import runs in the default', () => {
    expect(parseBenchOptions([]).runs).toEqual(expect.arrayContaining(['stats', 'import']));
    expect(parseBenchOptions(['stats', 'import']).runs).toEqual(['stats', 'import']);
  });

  it('takes named runs (once each) and flags', () => {
    const options = parseBenchOptions(['comments-page', 'comments-page', '--duration', '2', '--slice=5', '--posts=10']);
    expect(options.runs).toEqual(['comments-page']);
    expect(options.durationMs).toBe(2_000);
    expect(options.sliceMs).toBe(2_000); // never longer than the run
    expect(options.posts).toBe(10);
    expect(parseBenchOptions(['--dataset', 'small']).dataset).toBe('small');
    expect(parseBenchOptions(['--node-env', 'both']).nodeEnvs).toEqual(['production', 'development']);
    expect(parseBenchOptions(['--node-env', 'development']).nodeEnvs).toEqual(['development']);
  });

  it('explains instead of running with explain, which takes no runs', () => {
    expect(parseBenchOptions(['explain', '--dataset', 'small'])).toMatchObject({
      explain: true,
      runs: [],
      dataset: 'small',
    });
    expect(parseBenchOptions([]).explain).toBe(false);
    expect(() => parseBenchOptions(['explain', 'comments-page'])).toThrow(/explain takes no runs/);
  });

  it('asks for the usage with --help', () => {
    expect(parseBenchOptions(['--help']).help).toBe(true);
    expect(parseBenchOptions([]).help).toBe(false);
  });

  it('refuses unknown runs, flags and malformed numbers with the usage', () => {
    expect(() => parseBenchOptions(['everything'])).toThrow(/Unknown run everything[\s\S]*npm run bench/);
    expect(() => parseBenchOptions(['--fast'])).toThrow();
    expect(() => parseBenchOptions(['--concurrency', '0'])).toThrow(/--concurrency must be a whole number/);
    expect(() => parseBenchOptions(['--duration', 'long'])).toThrow(/--duration must be seconds/);
    expect(() => parseBenchOptions(['--ports', '1,2,3'])).toThrow(/five ports/);
    expect(() => parseBenchOptions(['--node-env', 'test'])).toThrow(/--node-env must be/);
    expect(() => parseBenchOptions(['--dataset', 'huge'])).toThrow(/--dataset must be large or small/);
  });
});
