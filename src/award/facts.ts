import type { Assessment, Lot, LotCondition, Model } from "../model/types.ts";
import { leidraadOutline } from "../documents/outline.ts";
import { walk } from "../documents/section.ts";
import { nonWorkingReason, periodEnd, STANDSTILL_DAYS, weekday } from "../format/calendar.ts";
import { lotName, lotTitle, requiredText } from "../wording/lots.ts";
import { maxScore } from "../wording/award-rules.ts";
import { Markdown } from "../templates/markdown-text.ts";
import { formatTotal, type AwardDecision, type ConditionCheck, type Entry, type LotResult } from "./ranking.ts";

/**
 * The facts the templates in templates/gunning/ are filled in with: every
 * number, name and § comes from the model, the beoordeling and the ranking,
 * so the letters say what the leidraad says.
 */

/** The § numbers of the leidraad's rules that a decision applies, as the printed leidraad numbers them. */
export interface Paragraphs {
  gunning: string;
  gelijk: string;
  aantal: string;
  voorwaarden: string | null;
  beslissing: string;
  rechtsbescherming: string;
}

export function paragraphsFor(model: Model, subtenderId: string): Paragraphs {
  const sections = [...walk(leidraadOutline(model))];
  const number = (...anchors: string[]) => sections.find((s) => anchors.includes(s.anchor))?.number ?? null;
  const required = (...anchors: string[]) => {
    const n = number(...anchors);
    if (n === null) throw new Error(`de leidraad heeft geen paragraaf ${anchors[0]}`);
    return n;
  };
  return {
    gunning: required(`s-gunning-${subtenderId}`),
    gelijk: required("s-gunning-gelijk", "s-gelijke-scores"),
    aantal: required("s-aantal-contractanten"),
    voorwaarden: number("s-voorwaarden-tussen-percelen"),
    beslissing: required("s-gunningsbeslissing"),
    rechtsbescherming: required("s-rechtsbescherming"),
  };
}

/** The standstill and vervaltermijn of a decision dated `datum`. */
export function standstill(datum: string) {
  const { nominal, end } = periodEnd(datum, STANDSTILL_DAYS);
  const reason = nonWorkingReason(nominal);
  // A weekend day is named by its weekday already; a public holiday by its name.
  return { dagen: STANDSTILL_DAYS, laatste_dag: end, zonder_verschuiving: nominal, verschoven: end !== nominal, feestdag: reason && reason !== weekday(nominal) ? reason : null };
}

const plainNumber = (n: number) => String(n).replace(".", ",");

export interface DecisionFacts {
  model: Model;
  decision: AwardDecision;
  assessment: Assessment;
  paragraphs: Paragraphs;
}

function common({ model, decision, paragraphs }: DecisionFacts) {
  const t = model.tender;
  return {
    aanbesteding: { titel: t.titel, kenmerk: t.kenmerk },
    dienst: { naam: t.aanbestedende_dienst.naam, namens: t.aanbestedende_dienst.namens ?? [] },
    subtender: { naam: decision.subtender.naam },
    datum: decision.datum,
    paragrafen: paragraphs,
    termijn: standstill(decision.datum),
    maximum: plainNumber(maxScore(decision.subtender)),
  };
}

const lotOf = (model: Model) => {
  const byId = new Map(model.lots.map((l) => [l.id, l]));
  return (id: string): Lot => byId.get(id)!;
};
const productNameOf = (model: Model) => {
  const byId = new Map(model.products.map((p) => [p.id, p.naam]));
  return (id: string) => byId.get(id) ?? id;
};

/** What a condition asks, in words: "perceel B1 Pleegzorg" or "het product Pleegzorg". */
const conditionText = (model: Model, c: LotCondition) => requiredText(c, lotOf(model), productNameOf(model));

/** The short reason of an outcome, for rangorde.csv and the proces-verbaal. */
export function shortReason(model: Model, result: LotResult, e: Entry): string {
  switch (e.outcome) {
    case "gegund":
      return `gegund: rang ${e.rank} bij ${result.places} ${result.places === 1 ? "plaats" : "plaatsen"}`;
    case "niet-gegund":
      return `niet gegund: rang ${e.rank}, de ${result.places === 1 ? "plaats is" : `${result.places} plaatsen zijn`} vergeven aan hoger gerangschikten`;
    case "score-nul":
      return `niet in aanmerking: score 0 op ${e.zeroOn.map((c) => c.naam).join(", ")}`;
    case "ongeldig":
      return "ongeldig: zie de reden in de beoordeling";
    case "voorwaarde":
      return `voorwaarde niet vervuld: ${failed(e).map((c) => conditionText(model, c.condition)).join(", ")} niet gegund`;
  }
}

const failed = (e: Entry): ConditionCheck[] => e.conditions.filter((c) => !c.met);

/** The facts of one bidder's letter. */
export function letterFacts(f: DecisionFacts, bidderId: string) {
  const { model, decision, assessment } = f;
  const bidder = assessment.inschrijvers.find((b) => b.id === bidderId)!;
  const lotsBid = new Set(bidder.inschrijvingen.map((b) => b.perceel));
  const percelen = decision.lots.flatMap((result) => {
    const entry = result.entries.find((e) => e.bidderId === bidderId);
    if (!entry) return [];
    const winners = result.entries.filter((e) => e.outcome === "gegund");
    const scores = (e: Entry) => e.contributions.map((c) => ({ criterium: c.criterion.naam, weging: c.criterion.weging, score: plainNumber(c.score), bijdrage: formatTotal(c.points), motivering: e.motivering[c.criterion.id] ?? "" }));
    const ties = result.ties.filter((t) => t.higher === bidderId || t.lower === bidderId).map((t) => {
      const above = t.higher === bidderId;
      const other = result.entries.find((e) => e.bidderId === (above ? t.lower : t.higher))!;
      const byCriterion = "criterion" in t.by ? t.by : undefined;
      const byDraw = "loting" in t.by ? t.by.loting : undefined;
      return {
        totaal: formatTotal(t.total), ander: other.bidderName, plaats: above ? "vóór" : "na",
        criterium: byCriterion?.criterion.naam ?? null,
        uw_score: byCriterion ? plainNumber(above ? byCriterion.higherScore : byCriterion.lowerScore) : null,
        andere_score: byCriterion ? plainNumber(above ? byCriterion.lowerScore : byCriterion.higherScore) : null,
        uw_lot: byDraw ? byDraw[above ? 0 : 1] : null,
        ander_lot: byDraw ? byDraw[above ? 1 : 0] : null,
      };
    });
    const failedChecks = failed(entry);
    return [{
      titel: lotTitle(result.lot),
      naam: lotName(result.lot),
      soort: result.lot.parentId ? "subperceel" : "perceel",
      uitkomst: entry.outcome,
      rang: entry.rank ?? null,
      plaatsen: result.places,
      maximum: plainNumber(maxScore(decision.subtender)),
      totaal: entry.total ? formatTotal(entry.total) : null,
      scores: entry.outcome === "ongeldig" ? [] : scores(entry),
      nul_op: entry.zeroOn.map((c) => c.naam),
      reden: entry.reason ?? null,
      voorwaarden: entry.conditions.filter((c) => c.met && !c.outside).map((c) => conditionText(model, c.condition)),
      niet_vervuld: failedChecks.map((c) => conditionText(model, c.condition)),
      // Without the condition it would have had a place: fewer bidders awarded above it than places.
      plaats_vergeven: entry.outcome === "voorwaarde" && winners.filter((w) => w.rank! < entry.rank!).length < result.places,
      ingeschreven_op_vereist: failedChecks.every((c) => c.satisfiedBy.some((id) => lotsBid.has(id))),
      gelijk: ties,
      criteria: result.criteria.map((c) => c.naam),
      winnaar_namen: winners.map((w) => w.bidderName),
      winnaars: winners.map((w) => ({ naam: w.bidderName, rang: w.rank!, totaal: formatTotal(w.total!), scores: scores(w) })),
    }];
  });
  return {
    ...common(f),
    inschrijver: { naam: bidder.naam, adres: bidder.adres ?? null },
    percelen,
    gegund_iets: percelen.some((p) => p.uitkomst === "gegund"),
  };
}

const OUTCOME_WORD: Record<Entry["outcome"], string> = { gegund: "gegund", "niet-gegund": "niet gegund", ongeldig: "ongeldig", "score-nul": "score 0", voorwaarde: "voorwaarde" };

/** The facts of the proces-verbaal: every lot with every bid, tie, condition check and open place. */
export function recordFacts(f: DecisionFacts) {
  const { model, decision, assessment } = f;
  return {
    ...common(f),
    bestand: `beoordeling/${assessment.subtender}.yaml`,
    percelen: decision.lots.map((result) => ({
      titel: lotTitle(result.lot),
      plaatsen: result.places,
      open: result.open,
      criteria: result.criteria.map((c) => `${c.naam} (${c.weging})`),
      volgorde: result.tieOrder.map((c) => `${c.naam} (${c.weging})`),
      rijen: result.entries.map((e) => ({
        rang: e.rank ?? "–",
        naam: e.bidderName,
        scores: result.criteria.map((c) => (e.outcome === "ongeldig" ? "–" : plainNumber(e.contributions.find((x) => x.criterion.id === c.id)!.score))),
        totaal: e.total ? formatTotal(e.total) : "–",
        uitkomst: OUTCOME_WORD[e.outcome],
        reden: e.outcome === "ongeldig" ? new Markdown(`ongeldig: ${(e.reason ?? "").replace(/\s*\n\s*/g, " ")}`) : shortReason(model, result, e),
      })),
      gelijk: result.ties.map((t) => {
        const name = (id: string) => result.entries.find((e) => e.bidderId === id)!.bidderName;
        const c = "criterion" in t.by ? t.by : undefined;
        const d = "loting" in t.by ? t.by.loting : undefined;
        return { totaal: formatTotal(t.total), hoger: name(t.higher), lager: name(t.lower), criterium: c?.criterion.naam ?? null, hoger_score: c ? plainNumber(c.higherScore) : null, lager_score: c ? plainNumber(c.lowerScore) : null, hoger_lot: d?.[0] ?? null, lager_lot: d?.[1] ?? null };
      }),
      voorwaarden: result.entries.flatMap((e) => e.conditions.map((c) => ({
        naam: e.bidderName,
        vereist: conditionText(model, c.condition),
        uitkomst: c.outside ? "niet in deze beslissing te toetsen (buiten deze subtender): controleer het toelatingsbesluit of de bestaande overeenkomst" : c.met ? `vervuld (gegund: ${c.awardedTo.map((id) => lotOf(model)(id).nummer).join(", ")})` : "niet vervuld",
      }))),
    })),
  };
}
