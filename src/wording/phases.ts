import type { Subtender } from "../model/types.ts";
import { partText } from "../templates/parts.ts";

/**
 * The phases of a subtender's procedure in words, for every renderer. A
 * subtender without `fasen` has one phase: selection and award together.
 */
type Phase = NonNullable<Subtender["fasen"]>[number];

const LABEL: Record<Phase, string> = { selectie: "selectiefase", dialoog: "dialoogfase", gunning: "gunningsfase" };

export const phaseLabel = (phase: Phase) => LABEL[phase];

export const isOnePhase = (s: Pick<Subtender, "fasen">) => !s.fasen || s.fasen.length === 1;

/** Whether a subtender's procedure has a dialogue phase. */
export const hasDialogue = (s: Pick<Subtender, "fasen">) => s.fasen?.includes("dialoog") ?? false;

/** What happens in each phase, one sentence each; a toelating admits instead of ranking. */
export function phaseSentences(s: Pick<Subtender, "fasen" | "procedure" | "naam">): string[] {
  const aanbesteding = s.procedure === "aanbesteding";
  if (isOnePhase(s)) return [partText("fasen-een-fase", { subtender: s.naam, aanbesteding })];
  const phases = s.fasen!;
  const names = phases.map(phaseLabel);
  const out = [`${s.naam} kent ${phases.length} fasen, na elkaar: ${names.slice(0, -1).join(", ")} en ${names[names.length - 1]}.`];
  for (const fase of phases) out.push(partText("fasen-per-fase", { fase, aanbesteding }));
  return out;
}
