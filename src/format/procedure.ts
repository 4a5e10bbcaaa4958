/** The procedure kind of a subtender as every renderer names it. */
export const PROCEDURE_LABEL: Record<"aanbesteding" | "toelating", string> = {
  aanbesteding: "aanbesteding met selectie",
  toelating: "toelating (geen maximum aantal contractanten)",
};
