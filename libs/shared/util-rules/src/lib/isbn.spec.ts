import { normalizeIsbn } from './isbn';

describe(normalizeIsbn.name, () => {
  it('keeps a valid ISBN-13 and strips hyphens and spaces', () => {
    expect(normalizeIsbn('978-951-0-31077-9')).toBe('9789510310779');
    expect(normalizeIsbn(' 978 0345391803 ')).toBe('9780345391803');
  });

  it('converts a valid ISBN-10, including an X check digit, to ISBN-13', () => {
    expect(normalizeIsbn('0345391802')).toBe('9780345391803');
    expect(normalizeIsbn('951-0-31077-8')).toBe('9789510310779');
    expect(normalizeIsbn('080442957X')).toBe('9780804429573');
  });

  it('rejects wrong check digits, wrong lengths and letters', () => {
    expect(normalizeIsbn('9789510310775')).toBeNull();
    expect(normalizeIsbn('9510310774')).toBeNull();
    expect(normalizeIsbn('0345391803')).toBeNull();
    expect(normalizeIsbn('12345')).toBeNull();
    expect(normalizeIsbn('97895103107X5')).toBeNull();
    expect(normalizeIsbn('')).toBeNull();
  });
});
