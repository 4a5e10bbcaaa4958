import type { Subtender } from "../model/types.ts";

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
  if (isOnePhase(s)) {
    return [
      s.procedure === "aanbesteding"
        ? `In ${s.naam} vinden selectie en gunning in één fase plaats: u dient uw inschrijving in één keer volledig in. Wij toetsen eerst de uitsluitingsgronden, geschiktheidseisen en minimumeisen; alleen een inschrijving die daaraan voldoet, beoordelen wij op de gunningscriteria.`
        : `In ${s.naam} is er één fase: u dient uw aanvraag tot toelating in één keer volledig in, en wij toetsen of u aan de eisen voldoet.`,
    ];
  }
  const phases = s.fasen!;
  const names = phases.map(phaseLabel);
  const out = [`${s.naam} kent ${phases.length} fasen, na elkaar: ${names.slice(0, -1).join(", ")} en ${names[names.length - 1]}.`];
  for (const phase of phases) {
    if (phase === "selectie") out.push("In de selectiefase toetsen wij de uitsluitingsgronden, geschiktheidseisen en minimumeisen; alleen wie daaraan voldoet, gaat door naar de volgende fase.");
    if (phase === "dialoog") out.push("In de dialoogfase spreken wij met ieder van de geselecteerde inschrijvers afzonderlijk over de uitwerking van de opdracht. Wij behandelen iedereen gelijk en delen niets uit een gesprek met een ander. Wat de dialoog oplevert, leggen wij vóór de gunningsfase voor iedereen gelijk vast in een Nota van Inlichtingen.");
    if (phase === "gunning") {
      out.push(s.procedure === "aanbesteding"
        ? "In de gunningsfase dient u uw definitieve inschrijving in; wij beoordelen die op de gunningscriteria en gunnen per perceel aan het vastgestelde aantal contractanten."
        : "In de laatste fase dient u uw aanvraag tot toelating in; wij laten iedere aanvrager toe die aan de eisen voldoet.");
    }
  }
  return out;
}
