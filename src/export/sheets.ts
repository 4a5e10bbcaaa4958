import type { Criterion, Model, Requirement, Subtender } from "../model/types.ts";
import { lookup, type Lookup } from "../model/lookup.ts";
import { lotName } from "../wording/lots.ts";
import { formatDateTime } from "../format/dates.ts";
import { phaseLabel } from "../wording/phases.ts";
import { formatCategory, formatUnit, FUNDING_FORM } from "../wording/funding.ts";
import { criterionQuestionText, requirementQuestionKind, requirementQuestionText, withinLimit } from "../markdown/platform-questions.ts";
import { markdownToPlainText } from "../markdown/plain-text.ts";

/**
 * The buyer's workbook as data: one function per sheet, each deriving its rows
 * from the resolved model with the shared wording of src/format/. The writers
 * (workbook.ts: xlsx and CSV) only lay these rows out.
 */

/** How a column's values are stored: text, a plain number, an amount in euro. */
export type ColumnKind = "text" | "number" | "euro";

export interface Column {
  header: string;
  kind: ColumnKind;
  /** Widest the column gets (characters); longer text wraps. */
  maxWidth: number;
}

export type Cell = string | number | undefined;

export interface Sheet {
  /** The sheet's name in the workbook; also the end of the CSV file's name, in lower case. */
  name: "Percelen" | "Vragenlijst" | "Prijzen" | "Planning";
  columns: Column[];
  rows: Cell[][];
}

const text = (header: string, maxWidth = 40): Column => ({ header, kind: "text", maxWidth });
const number = (header: string): Column => ({ header, kind: "number", maxWidth: 14 });
const euro = (header: string): Column => ({ header, kind: "euro", maxWidth: 18 });

/** The four sheets, in the order the platform's import expects them. */
export function workbookSheets(model: Model): Sheet[] {
  const L = lookup(model);
  return [lotsSheet(L), questionsSheet(L), pricesSheet(L), planningSheet(L)];
}

/** One row per lot and sub-lot, in the model's order (a sub-lot follows its lot). */
export function lotsSheet(L: Lookup): Sheet {
  return {
    name: "Percelen",
    columns: [text("subtender", 30), text("procedure", 14), text("perceel", 10), text("naam", 40), text("bovenliggend perceel", 40), text("producten", 60), number("aantal contractanten"), euro("geraamde waarde")],
    rows: L.model.lots.map((lot) => {
      const s = L.subtender(lot.subtenderId);
      return [
        s.naam,
        s.procedure,
        lot.nummer,
        lot.naam,
        lot.parentId ? lotName(L.lot(lot.parentId)) : undefined,
        lot.productIds.map((id) => L.product(id).naam).join("; "),
        // A toelating has no maximum: the column stays empty.
        s.procedure === "toelating" ? undefined : lot.aantal_contractanten,
        lot.geraamde_waarde,
      ];
    }),
  };
}

interface QuestionGroup {
  label: string;
  requirements: Requirement[];
  criteria: Criterion[];
}

/**
 * The questions the platform asks, grouped as a bidder meets them: the
 * hoofdtender's eisen; per subtender its own eisen and its criteria; per lot
 * the criteria it has of its own and the leveringsvoorwaarden of its
 * products. A subtender with a plan van aanpak asks its criteria per lot a
 * bidder bids on (a sub-lot, or a lot without sub-lots), as the leidraad asks
 * one plan per such lot. An eis the hoofdtender asks is not asked again in a subtender,
 * nor one the subtender asks again in its lots.
 */
export function questionGroups(L: Lookup): QuestionGroup[] {
  const { model } = L;
  const requirements = (ids: string[], without: Set<string>) => [...new Set(ids)].filter((id) => !without.has(id)).map((id) => L.requirement(id));
  const main = new Set(model.tender.hoofdtender.eisen);
  const groups: QuestionGroup[] = [{ label: "Hoofdtender", requirements: requirements(model.tender.hoofdtender.eisen, new Set()), criteria: [] }];
  for (const s of model.subtenders) {
    // The leidraad asks one plan van aanpak per lot a bidder bids on (a sub-lot, or a lot without
    // sub-lots) and ranks each on its own: the criteria are asked there, not once for the subtender.
    const perLot = s.procedure === "aanbesteding" && s.plan_van_aanpak !== undefined;
    groups.push({ label: s.naam, requirements: requirements(s.eisen ?? [], main), criteria: perLot ? [] : s.gunningscriteria });
    const asked = new Set([...main, ...(s.eisen ?? [])]);
    for (const lot of model.lots) {
      if (lot.subtenderId !== s.id) continue;
      const criteria = perLot ? (lot.subLotIds.length ? [] : lot.gunningscriteria) : lot.eigenGunningscriteria ? lot.gunningscriteria : [];
      // Leveringsvoorwaarden are asked per lot a bidder bids on: a sub-lot, or a lot without sub-lots.
      const delivery = lot.subLotIds.length ? [] : requirements(lot.productIds.flatMap((id) => L.product(id).leveringsvoorwaarden ?? []), asked);
      groups.push({ label: `${s.naam}, ${lotName(lot)}`, requirements: delivery, criteria });
    }
  }
  return groups.filter((g) => g.requirements.length || g.criteria.length);
}

/** One row per question: every eis (knock-out), then every criterion (a document, with its weight and page limit). */
export function questionsSheet(L: Lookup): Sheet {
  const rows: Cell[][] = [];
  questionGroups(L).forEach((g, gi) => {
    let qi = 0;
    const number = () => `${gi + 1}.${++qi}`;
    for (const r of g.requirements) rows.push([g.label, number(), r.titel, withinLimit(requirementQuestionText(r)), requirementQuestionKind(r), "ja", undefined, undefined]);
    for (const c of g.criteria) rows.push([g.label, number(), c.naam, withinLimit(criterionQuestionText(c)), "document", "nee", c.weging, c.max_a4]);
  });
  return {
    name: "Vragenlijst",
    columns: [text("groep", 36), text("vraagnummer", 12), text("titel", 36), text("vraagtekst", 90), text("soort", 10), text("knock-out", 10), number("weging %"), number("max. A4")],
    rows,
  };
}

/** One row per product, in the model's order (by segment). */
export function pricesSheet(L: Lookup): Sheet {
  return {
    name: "Prijzen",
    columns: [text("code", 10), text("naam", 40), text("categorie", 36), text("bekostiging", 20), text("eenheid", 20), euro("tarief"), number("tariefjaar"), text("percelen", 60)],
    rows: L.model.products.map((p) => [
      p.productcode,
      p.naam,
      formatCategory(p.productcategorie),
      FUNDING_FORM[p.bekostiging.vorm],
      formatUnit(p.bekostiging),
      p.bekostiging.tarief,
      p.bekostiging.tariefjaar,
      p.lotIds.map((id) => lotName(L.lot(id))).join("; "),
    ]),
  };
}

/** One row per milestone: the tender's, then each subtender's own. */
export function planningSheet(L: Lookup): Sheet {
  const row = (m: Model["tender"]["planning"][number], s?: Subtender): Cell[] => [
    s ? s.naam : "alle subtenders",
    m.fase ? phaseLabel(m.fase) : undefined,
    m.mijlpaal,
    formatDateTime(m.datum),
    m.datum,
    markdownToPlainText(m.toelichting) || undefined,
  ];
  return {
    name: "Planning",
    columns: [text("subtender", 30), text("fase", 14), text("mijlpaal", 45), text("datum", 28), text("datum (ISO)", 18), text("toelichting", 70)],
    rows: [...L.model.tender.planning.map((m) => row(m)), ...L.model.subtenders.flatMap((s) => (s.planning ?? []).map((m) => row(m, s)))],
  };
}

