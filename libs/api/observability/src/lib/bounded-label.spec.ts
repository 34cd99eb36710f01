import { BoundedLabel, OTHER_LABEL } from './bounded-label';

describe(BoundedLabel.name, () => {
  const anyValue = () => true;

  it('passes accepted values on as they are', () => {
    const label = new BoundedLabel(3, anyValue);
    expect(['Me', 'ChallengeBySlug', 'Me'].map((value) => label.of(value))).toEqual(['Me', 'ChallengeBySlug', 'Me']);
  });

  it('sends new values past the cap to the shared label, and keeps the values it has', () => {
    const label = new BoundedLabel(2, anyValue);
    label.of('Me');
    label.of('Threads');
    expect(label.of('Junk1')).toBe(OTHER_LABEL);
    expect(label.of('Junk2')).toBe(OTHER_LABEL);
    expect(label.of('Me')).toBe('Me');
    expect(label.of('Threads')).toBe('Threads');
  });

  it('sends refused values to the shared label without spending the cap on them', () => {
    const label = new BoundedLabel(1, (value) => value.length <= 5);
    expect(label.of('x'.repeat(6))).toBe(OTHER_LABEL);
    expect(label.of('Books')).toBe('Books');
  });
});
