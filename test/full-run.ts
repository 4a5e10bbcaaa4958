/**
 * `npm test` runs the property tests with few runs from fixed seeds, so every
 * commit can afford the whole suite; `npm run test:full` (TEST_FULL=1) runs
 * them at full strength, and the large generated tenders. Use the full run
 * before a release, after changing a generator, a rule or a renderer that the
 * property tests cover, and when a fast run failed on a shape.
 */
export const FULL = process.env.TEST_FULL === "1";

/** `fast` runs by default, `full` in the full run. */
export const runs = (fast: number, full: number): number => (FULL ? full : fast);
