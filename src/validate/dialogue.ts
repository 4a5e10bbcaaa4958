import type { SubtenderFile } from "../content/types.generated.ts";

type Milestone = NonNullable<SubtenderFile["planning"]>[number];

/**
 * The last milestone of a subtender's dialogue (`fase: dialoog`), with its
 * index in `planning` and its day: what the dialogue rules measure from.
 * Undefined when the subtender has no dialogue phase or no dialogue milestone.
 */
export function lastDialogueMilestone(data: Pick<SubtenderFile, "fasen" | "planning">): { m: Milestone; i: number; end: string } | undefined {
  if (!data.fasen?.includes("dialoog") || !data.planning) return undefined;
  const rounds = data.planning.map((m, i) => ({ m, i })).filter(({ m }) => m.fase === "dialoog");
  const last = rounds[rounds.length - 1];
  return last && { ...last, end: last.m.datum.slice(0, 10) };
}
