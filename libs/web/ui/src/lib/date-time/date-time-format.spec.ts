import { dateTimeFormat, prepareDateTimeFormat } from './date-time-format';

describe(prepareDateTimeFormat.name, () => {
  afterEach(() => {
    jest.useRealTimers();
    jest.restoreAllMocks();
  });

  it('makes the formatter in a later task, and formatting then reuses it', () => {
    jest.useFakeTimers();
    const made = jest.spyOn(Intl, 'DateTimeFormat');

    prepareDateTimeFormat('en-GB');
    expect(made).not.toHaveBeenCalled();
    jest.runAllTimers();
    expect(made).toHaveBeenCalledTimes(1);

    expect(dateTimeFormat('en-GB', 'dateTime').format(new Date('2026-06-01T09:05:00Z'))).toBe('1 Jun 2026, 12:05');
    expect(made).toHaveBeenCalledTimes(1);
  });
});
