import { warning, type Diagnostic } from "../../diagnostics/diagnostic.ts";
import { at, locate, nodeAt, type DataPath } from "../../load/locate.ts";
import type { YamlSource } from "../../load/source.ts";
import type { Rule } from "../rule.ts";

/** Words that announce a dialogue: "dialoog", "dialoogfase", "dialoogronde", "ontwikkeltraject". */
const DIALOGUE_WORDS = /dialoog\w*|ontwikkeltraject\w*/i;
/** The words the rule `phases` already reports as an error in a milestone's id or name. */
const DIALOGUE_ONLY = /dialoog/i;

/** Where the first announcing word stands inside the value at `path`, else the value's start. */
function wordPosition(source: YamlSource, path: DataPath, word: string) {
  const range = nodeAt(source, path)?.range;
  if (!range) return locate(source, path);
  const text = source.text.slice(range[0], range[1]).toLowerCase();
  const i = text.indexOf(word.toLowerCase());
  return i >= 0 ? at(source, range[0] + i) : locate(source, path);
}

/**
 * A subtender whose `omschrijving` or own planning speaks of a dialogue
 * (phase) or an ontwikkeltraject, while its `fasen` has no `dialoog`: the
 * leidraad then says selection and award happen in one phase and the eForms
 * notice names one stage, and nothing regulates the dialogue. A warning at
 * the word: the text may describe something after the award that is no
 * phase of the procedure.
 */
export const dialogueWithoutPhase: Rule = {
  name: "dialoog in de tekst zonder dialoogfase",
  check(index) {
    const out: Diagnostic[] = [];
    for (const { source, data } of index.subtenders) {
      if (data.fasen?.includes("dialoog")) continue;
      const has = data.fasen ? `\`fasen\`: ${data.fasen.join(", ")}` : "geen `fasen`, dus selectie en gunning in één fase";
      const report = (path: DataPath, where: string, word: string) =>
        out.push(
          warning(
            wordPosition(source, path, word),
            "dialoog-in-tekst-zonder-fase",
            `${where} van subtender \`${data.id}\` spreekt van “${word}”, maar de subtender heeft geen dialoogfase (${has}); de leidraad zegt dan dat selectie en gunning in één fase plaatsvinden, de eForms-aankondiging noemt één fase en niets regelt de dialoog. Voeg \`dialoog\` toe aan \`fasen\` (bijvoorbeeld \`fasen: [selectie, dialoog, gunning]\`), zodat de leidraad de dialoogfase regelt, of beschrijf het traject als deel van de uitvoering van de overeenkomst zonder het een dialoog of ontwikkeltraject te noemen`,
          ),
        );
      const found = data.omschrijving ? DIALOGUE_WORDS.exec(data.omschrijving) : null;
      if (found) report(["omschrijving"], "de `omschrijving`", found[0]);
      (data.planning ?? []).forEach((m, i) => {
        // A milestone whose id or name says "dialoog" is already an error of the rule on phases.
        if (DIALOGUE_ONLY.test(m.id) || DIALOGUE_ONLY.test(m.mijlpaal)) return;
        const inName = DIALOGUE_WORDS.exec(m.mijlpaal);
        if (inName) return report(["planning", i, "mijlpaal"], `mijlpaal \`${m.id}\` in de planning`, inName[0]);
        const inId = DIALOGUE_WORDS.exec(m.id);
        if (inId) return report(["planning", i, "id"], `mijlpaal \`${m.id}\` in de planning`, inId[0]);
        const inNote = m.toelichting ? DIALOGUE_WORDS.exec(m.toelichting) : null;
        if (inNote) report(["planning", i, "toelichting"], `de toelichting bij mijlpaal \`${m.id}\` in de planning`, inNote[0]);
      });
    }
    return out;
  },
};
