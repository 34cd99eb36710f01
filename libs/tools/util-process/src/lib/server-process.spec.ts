import { spawnServer, waitUntilReady } from './server-process.ts';

const node = (script: string) => ['-e', script];

describe(spawnServer.name, () => {
  it('hands each line of stdout to onStdout and resolves stop() with the exit code', async () => {
    const lines: string[] = [];
    const server = spawnServer(
      'echo',
      process.execPath,
      node(
        "console.log('one'); console.log('two'); process.on('SIGTERM', () => process.exit(3)); setInterval(() => {}, 1000);",
      ),
      { env: { PATH: process.env['PATH'] }, onStdout: (line) => lines.push(line) },
    );
    await waitUntilReady(server, async () => lines.length === 2, 10_000);

    expect(lines).toEqual(['one', 'two']);
    await server.stop();
    await server.stop();
    await expect(server.exited).resolves.toBe(3);
  });

  it('sends SIGINT to the whole process group on interrupt()', async () => {
    const server = spawnServer(
      'interruptible',
      process.execPath,
      node("process.on('SIGINT', () => process.exit(4)); console.log('up'); setInterval(() => {}, 1000);"),
      { onStdout: () => undefined },
    );
    await new Promise((resolve) => server.child.stdout?.once('data', resolve));

    await server.interrupt();
    await expect(server.exited).resolves.toBe(4);
  });
});

describe(waitUntilReady.name, () => {
  it('fails with the stderr of a server that exits before it is ready', async () => {
    const server = spawnServer('failing', process.execPath, node("console.error('no config'); process.exit(1)"));

    await expect(waitUntilReady(server, async () => false, 10_000)).rejects.toThrow(
      /failing exited \(1\) before it was ready:\nno config/,
    );
  });

  it('stops a server that is not ready in time', async () => {
    const server = spawnServer('slow', process.execPath, node('setInterval(() => {}, 1000)'));

    await expect(waitUntilReady(server, async () => false, 300)).rejects.toThrow('slow was not ready within 0.3 s');
    expect(server.child.signalCode).toBe('SIGTERM');
  });

  it('fails when the command cannot be started', async () => {
    const server = spawnServer('missing', 'lh-no-such-command', []);

    await expect(waitUntilReady(server, async () => false, 10_000)).rejects.toThrow(/missing exited \(not started\)/);
  });
});
