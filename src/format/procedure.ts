/** The procedure kind of a subtender as every renderer names it. */
export const PROCEDURE_LABEL: Record<"aanbesteding" | "toelating", string> = {
  aanbesteding: "aanbesteding met een vast aantal contractanten",
  toelating: "toelating zonder maximum aantal contractanten",
};

/** The same, opening a sentence or a line. */
export const procedureTitle = (procedure: "aanbesteding" | "toelating") => PROCEDURE_LABEL[procedure].charAt(0).toUpperCase() + PROCEDURE_LABEL[procedure].slice(1);
