import { loadAppConfig } from '@lukuhaaste/api/config';
import { buildLoggerOptions, chooseLogFormat } from './logger-options';

const development = loadAppConfig({ NODE_ENV: 'development' });

describe(chooseLogFormat.name, () => {
  it.each([
    ['development', development],
    ['production (npm start)', loadAppConfig({ NODE_ENV: 'production' })],
  ])('prints readable lines for a person at a terminal in %s', (_case, config) => {
    expect(chooseLogFormat(config, true)).toBe('pretty');
  });

  it.each([
    ['production into a pipe or log collector', loadAppConfig({ NODE_ENV: 'production' }), false],
    ['tests on a terminal', loadAppConfig({ NODE_ENV: 'test' }), true],
    ['development into a pipe or file', development, false],
  ])('keeps JSON lines for %s', (_case, config, stdoutIsTty) => {
    expect(chooseLogFormat(config, stdoutIsTty)).toBe('json');
  });
});

describe(buildLoggerOptions.name, () => {
  it('writes JSON to standard output with the configured level', () => {
    const { pinoHttp } = buildLoggerOptions(loadAppConfig({ LOG_LEVEL: 'warn' }), { format: 'json' });

    expect(Array.isArray(pinoHttp)).toBe(false);
    expect(pinoHttp).toMatchObject({ level: 'warn' });
  });

  it('writes JSON to a given destination instead', () => {
    const destination = { write: () => undefined };
    const { pinoHttp } = buildLoggerOptions(loadAppConfig({}), { format: 'json', destination });

    expect(pinoHttp).toEqual([expect.objectContaining({ level: 'info' }), destination]);
  });

  it('sends the same options through a pretty-printing stream', () => {
    const { pinoHttp } = buildLoggerOptions(loadAppConfig({ LOG_LEVEL: 'warn' }), { format: 'pretty' });

    const [options, stream] = pinoHttp as [object, { write: unknown }];
    expect(options).toMatchObject({ level: 'warn' });
    expect(typeof stream.write).toBe('function');
  });
});
