/**
 * `levels` fragments, each spreading the next twice: under 1 KB of query text that expands to
 * 2^levels selections wherever a fragment is expanded (issue 12).
 */
export const doublingFragments = (levels: number) =>
  [
    '{ Conditions { docs { ...F1 } } }',
    ...Array.from(
      { length: levels - 1 },
      (_, i) => `fragment F${i + 1} on Condition { ...F${i + 2} ...F${i + 2} }`,
    ),
    `fragment F${levels} on Condition { id }`,
  ].join('\n')
