/** The label value for anything a BoundedLabel does not pass on. */
export const OTHER_LABEL = '(other)';

/**
 * Turns values that clients choose (operation names) into label values of
 * bounded cardinality: every distinct value is a series held in this process
 * and in Prometheus. The first `maxValues` accepted values keep their own
 * label; later ones, and values `accepts` refuses, share OTHER_LABEL.
 */
export class BoundedLabel {
  private readonly seen = new Set<string>();

  constructor(
    private readonly maxValues: number,
    private readonly accepts: (value: string) => boolean,
  ) {}

  of(value: string): string {
    if (this.seen.has(value)) return value;
    if (this.seen.size >= this.maxValues || !this.accepts(value)) return OTHER_LABEL;
    this.seen.add(value);
    return value;
  }
}
