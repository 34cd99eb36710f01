import { convertToParamMap } from '@angular/router';
import { logFilterFrom, logFilterParams } from './log-filter.util';

describe('logFilterFrom', () => {
  it('reads every filter from the URL', () => {
    const params = convertToParamMap({
      action: 'HIDE',
      moderator: 'm1',
      user: 'u1',
      from: '2026-11-01',
      to: '2026-11-30',
    });
    expect(logFilterFrom(params)).toEqual({
      action: 'HIDE',
      moderatorId: 'm1',
      userId: 'u1',
      from: '2026-11-01',
      to: '2026-11-30',
    });
  });

  it('leaves out an unknown action and impossible dates', () => {
    const params = convertToParamMap({ action: 'DROP TABLE', from: '2026-02-30', to: 'tomorrow' });
    expect(logFilterFrom(params)).toEqual({ action: null, moderatorId: null, userId: null, from: null, to: null });
  });
});

describe('logFilterParams', () => {
  it('drops empty filters, and reads back what it wrote', () => {
    const filter = { action: 'SUSPEND' as const, moderatorId: null, userId: 'u1', from: '2026-11-01', to: null };
    const params = logFilterParams(filter);
    expect(params).toEqual({ action: 'SUSPEND', user: 'u1', from: '2026-11-01' });
    expect(logFilterFrom(convertToParamMap(params))).toEqual(filter);
  });
});
