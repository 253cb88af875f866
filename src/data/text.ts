const graphemes =
  typeof Intl === 'object' && typeof Intl.Segmenter === 'function'
    ? new Intl.Segmenter(undefined, { granularity: 'grapheme' })
    : null;

/**
 * At most `max` UTF-16 code units of `text` (the unit of `maxLength` and of a string's length),
 * cut between whole characters: never inside an emoji, a flag or a letter with its accent, whose
 * broken half would show as "�" and enter the address as `%EF%BF%BD`. Without Intl.Segmenter it
 * cuts between code points.
 */
export function truncateText(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = 0;
  if (graphemes) {
    for (const { index, segment } of graphemes.segment(text)) {
      if (index + segment.length > max) break;
      end = index + segment.length;
    }
  } else {
    for (const char of text) {
      if (end + char.length > max) break;
      end += char.length;
    }
  }
  return text.slice(0, end);
}
