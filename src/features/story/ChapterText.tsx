import type { Segment } from '../../data/storyTemplates';

/** A resolved template: text, with each number from the data marked as such. */
export function ChapterText({ segments }: { segments: readonly Segment[] }) {
  return (
    <>
      {segments.map((s, i) =>
        s.kind === 'text' ? (
          s.text
        ) : (
          <span key={i} className="story-value" data-key={s.key}>
            {s.text}
          </span>
        ),
      )}
    </>
  );
}
