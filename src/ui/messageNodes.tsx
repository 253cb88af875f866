import { Fragment, type ReactNode } from 'react';
import type { MessageId, MessageValues, Translate } from '../data/i18n/messages';

/**
 * A translated message with elements in it (a source reference, a bold word, a quote in English):
 * each `nodes` key is a placeholder of the message, drawn where the translation puts it.
 * `t('energy.sourcesNote', …)` stays one sentence for the translators.
 */
export function messageNodes(
  t: Translate,
  id: MessageId,
  nodes: Readonly<Record<string, ReactNode>>,
  values: MessageValues = {},
): ReactNode {
  const keys = Object.keys(nodes);
  const marks = Object.fromEntries(keys.map((k, i) => [k, `\uE000${i}\uE001`]));
  const text = t(id, { ...values, ...marks });
  return text.split(/\uE000(\d+)\uE001/).map((part, i) => {
    if (i % 2 === 0) return part;
    const key = keys[Number(part)];
    return <Fragment key={i}>{key === undefined ? null : nodes[key]}</Fragment>;
  });
}
