import { parseStackOptions } from './stack-options.ts';

describe(parseStackOptions.name, () => {
  it('defaults to nginx on 8080 in front of two API instances', () => {
    expect(parseStackOptions([])).toEqual({
      help: false,
      port: 8080,
      apiPorts: [3101, 3102],
      pgPort: 54340,
      redisPort: 6380,
      distDir: 'dist',
    });
  });

  it('takes every port and the build directory', () => {
    const argv = ['--port', '9000', '--api-ports', '4001, 4002,4003', '--pg-port', '5499', '--redis-port', '6499'];
    expect(parseStackOptions([...argv, '--dist', '/srv/build'])).toEqual({
      help: false,
      port: 9000,
      apiPorts: [4001, 4002, 4003],
      pgPort: 5499,
      redisPort: 6499,
      distDir: '/srv/build',
    });
  });

  it.each([
    [['--port', '0'], '--port must be a port between 1 and 65535, got "0"'],
    [['--api-ports', '3101,'], '--api-ports must be a port between 1 and 65535, got ""'],
    [['--redis-port', '63.5'], '--redis-port must be a port'],
    [['--port', '3101'], 'Port 3101 is given twice'],
  ])('refuses %j', (argv, message) => {
    expect(() => parseStackOptions(argv)).toThrow(message);
  });

  it('refuses options it does not know', () => {
    expect(() => parseStackOptions(['--ports', '1,2'])).toThrow("Unknown option '--ports'");
  });
});
