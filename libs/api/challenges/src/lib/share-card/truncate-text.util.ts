/** At most `max` characters (code points, so emoji are never cut in half), an ellipsis marking a cut. */
export function truncateText(text: string, max: number): string {
  const characters = Array.from(text.trim());
  return characters.length <= max
    ? characters.join('')
    : `${characters
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}
