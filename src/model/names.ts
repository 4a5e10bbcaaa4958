import type { Subtender } from "./types.ts";

/** The agreement of a subtender: a raamovereenkomst for an `aanbesteding`, a toelatingsovereenkomst for a `toelating`. */
export type AgreementKind = "raamovereenkomst" | "toelatingsovereenkomst";

export const agreementKind = (s: Pick<Subtender, "procedure">): AgreementKind => (s.procedure === "aanbesteding" ? "raamovereenkomst" : "toelatingsovereenkomst");

/** `Raamovereenkomst Crisis`: the title of the agreement attachment in the default set. */
export function agreementTitle(s: Pick<Subtender, "procedure" | "naam">): string {
  const kind = agreementKind(s);
  return `${kind.charAt(0).toUpperCase()}${kind.slice(1)} ${s.naam}`;
}
