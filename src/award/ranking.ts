import type { Assessment, Criterion, Lot, LotCondition, Model, Subtender } from "../model/types.ts";
import { scaleOf } from "../wording/award-rules.ts";

/**
 * The ranking of one gunningsbeslissing, exactly as the leidraad states the
 * rules (src/wording/award-rules.ts, templates/leidraad/aantal-contractanten.md,
 * templates/leidraad/voorwaarden-tussen-percelen.md):
 * - a criterion's contribution is score / the scale's maximum × its weight; the
 *   total is their sum, never rounded. Totals are kept as exact fractions
 *   (`num / den`, integers), so two equal totals are equal and never differ by
 *   a float's last bit;
 * - a bid that is invalid, or has a 0 on any criterion, is not eligible;
 * - equal totals: the higher score on the heaviest criterion first, then the
 *   next heaviest (equal weights in table order), then the notary's draw
 *   (`loting`); a tie that is still left is an error asking for the draw;
 * - the top `aantal_contractanten` eligible bids that meet the lot's
 *   conditions are awarded; a bidder meets a condition only when the same
 *   decision awards it the required lot (or one of its sub-lots) or a lot with
 *   the required product; its place goes to the next in rank who does;
 * - fewer such bids than places: every one is awarded, the rest stays open.
 * Pure: data in, data out.
 */

export type Outcome =
  /** Awarded. */
  | "gegund"
  /** Eligible and ranked, but the places were taken by bidders ranked higher. */
  | "niet-gegund"
  /** The bid was rejected (`geldig: false`). */
  | "ongeldig"
  /** A 0 on at least one criterion. */
  | "score-nul"
  /** Ranked, but a condition between lots is not met. */
  | "voorwaarde";

/** An exact total: `num / den` points out of 100. */
export interface Total {
  num: number;
  den: number;
}

export interface Contribution {
  criterion: Criterion;
  score: number;
  /** The contribution, score / max × weight, exactly. */
  points: Total;
}

export interface ConditionCheck {
  condition: LotCondition;
  /** Where the required lot or product is awarded in this decision: the lots that count, with whether this bidder got one. */
  met: boolean;
  /** The lots of this decision that would satisfy the condition (the required lot, its sub-lots, or the lots with the required product). */
  satisfiedBy: string[];
  /** The lots among them this bidder is awarded. */
  awardedTo: string[];
  /** True when no lot of this decision can satisfy it (the required lot or product is in another subtender): not tested here. */
  outside: boolean;
}

export interface Entry {
  bidderId: string;
  bidderName: string;
  lotId: string;
  outcome: Outcome;
  /** Place in the ranking of the eligible bids (1 = best); absent for a bid that is not eligible. */
  rank?: number;
  total?: Total;
  contributions: Contribution[];
  /** Criteria scored 0, in table order. */
  zeroOn: Criterion[];
  /** Only for an invalid bid: why (Markdown, as the committee wrote it). */
  reason?: string;
  /** The condition checks of the lot, for an eligible bid. */
  conditions: ConditionCheck[];
  /** The notary's draw place, when given. */
  loting?: number;
  /** The committee's motivering per criterion id. */
  motivering: Record<string, string>;
}

/** How two neighbours in the ranking with the same total were put in order. */
export interface TieBreak {
  higher: string;
  lower: string;
  total: Total;
  /** The criterion that decided, with both scores; or the draw. */
  by: { criterion: Criterion; higherScore: number; lowerScore: number } | { loting: [number, number] };
}

export interface LotResult {
  lot: Lot;
  places: number;
  /** The criteria that apply, in table order. */
  criteria: Criterion[];
  /** The order the tie rule looks at them: heaviest first, equal weights in table order. */
  tieOrder: Criterion[];
  /** Eligible bids by rank, then the bids that are not eligible in bidder order. */
  entries: Entry[];
  ties: TieBreak[];
  /** Places that stay open: fewer eligible bids that meet the conditions than places. */
  open: number;
}

export interface UnresolvedTie {
  lotId: string;
  bidderIds: string[];
  total: Total;
}

export interface AwardDecision {
  subtender: Subtender;
  datum: string;
  /** Lots and sub-lots with bids or places, in the model's order. */
  lots: LotResult[];
  /** Ties the leidraad's chain leaves and no `loting` settles: the decision cannot be made. */
  unresolved: UnresolvedTie[];
  /** Conditions that depend on each other in a circle; the decision cannot be made. */
  circular: string[];
}

/** The lots bids are ranked on: every lot without sub-lots and every sub-lot, in model order. */
export const rankedLotsOf = (model: Model, subtender: Subtender): Lot[] =>
  model.lots.filter((l) => l.subtenderId === subtender.id && l.subLotIds.length === 0);

/** The tie rule's order of criteria: heaviest first; equal weights keep table order (sort is stable). */
export const tieOrderOf = (criteria: Criterion[]): Criterion[] => [...criteria].sort((a, b) => b.weging - a.weging);

/** Compares totals exactly: positive when `a` is higher. */
export const compareTotals = (a: Total, b: Total): number => a.num * b.den - b.num * a.den;

export function decide(model: Model, assessment: Assessment): AwardDecision {
  const subtender = model.subtenders.find((s) => s.id === assessment.subtender);
  if (!subtender) throw new Error(`beoordeling van onbekende subtender ${assessment.subtender}`);
  const lots = rankedLotsOf(model, subtender);
  const lotById = new Map(model.lots.map((l) => [l.id, l]));
  const { scale } = scaleOf(subtender);
  const max = Math.max(...scale.map((s) => s.score));
  // Scores may have decimals (a 2.5 on the scale): count in units of the smallest decimal.
  const decimals = Math.max(0, ...scale.map((s) => (String(s.score).split(".")[1] ?? "").length));
  const unit = 10 ** decimals;
  const scaled = (score: number) => Math.round(score * unit);

  /** Which ranked lots satisfy a condition within this decision. */
  const satisfiers = (c: LotCondition): string[] => {
    if (c.vereist_perceel) {
      const required = lotById.get(c.vereist_perceel);
      if (!required || required.subtenderId !== subtender.id) return [];
      return required.subLotIds.length ? [...required.subLotIds] : [required.id];
    }
    return lots.filter((l) => l.productIds.includes(c.vereist_product!)).map((l) => l.id);
  };

  // Lots whose conditions name other lots of this decision are decided after those (their award is the condition).
  const order: Lot[] = [];
  const circular: string[] = [];
  const state = new Map<string, "busy" | "done">();
  const visit = (lot: Lot, trail: string[]) => {
    if (state.get(lot.id) === "done") return;
    if (state.get(lot.id) === "busy") {
      circular.push([...trail.slice(trail.indexOf(lot.id)), lot.id].join(" → "));
      return;
    }
    state.set(lot.id, "busy");
    for (const c of lot.voorwaarden) for (const id of satisfiers(c)) visit(lotById.get(id)!, [...trail, lot.id]);
    state.set(lot.id, "done");
    order.push(lot);
  };
  for (const lot of lots) visit(lot, []);

  const awarded = new Map<string, Set<string>>(); // bidder → lots awarded so far
  const results = new Map<string, LotResult>();
  const unresolved: UnresolvedTie[] = [];

  for (const lot of order) {
    const criteria = lot.gunningscriteria;
    const tieOrder = tieOrderOf(criteria);
    const entries: Entry[] = [];
    for (const bidder of assessment.inschrijvers) {
      for (const bid of bidder.inschrijvingen) {
        if (bid.perceel !== lot.id) continue;
        const base = { bidderId: bidder.id, bidderName: bidder.naam, lotId: lot.id, conditions: [], loting: bid.loting, motivering: bid.motivering ?? {} };
        if (!bid.geldig) {
          entries.push({ ...base, outcome: "ongeldig", contributions: [], zeroOn: [], reason: bid.reden });
          continue;
        }
        const contributions = criteria.map((criterion) => {
          const score = bid.scores?.[criterion.id] ?? 0;
          return { criterion, score, points: { num: scaled(score) * criterion.weging, den: max * unit } };
        });
        const total = { num: contributions.reduce((sum, c) => sum + c.points.num, 0), den: max * unit };
        const zeroOn = contributions.filter((c) => c.score === 0).map((c) => c.criterion);
        entries.push({ ...base, outcome: zeroOn.length ? "score-nul" : "niet-gegund", total, contributions, zeroOn });
      }
    }
    const scoreOn = (e: Entry, c: Criterion) => scaled(e.contributions.find((x) => x.criterion.id === c.id)!.score);
    /** The leidraad's order without the draw: positive when `a` goes first. */
    const byRule = (a: Entry, b: Entry): number => {
      const t = compareTotals(a.total!, b.total!);
      if (t !== 0) return t;
      for (const c of tieOrder) {
        const d = scoreOn(a, c) - scoreOn(b, c);
        if (d !== 0) return d;
      }
      return 0;
    };
    const eligible = entries.filter((e) => e.outcome === "niet-gegund");
    eligible.sort((a, b) => {
      const rule = byRule(a, b);
      if (rule !== 0) return -rule;
      if (a.loting !== undefined && b.loting !== undefined) return a.loting - b.loting;
      return 0;
    });
    const ties: TieBreak[] = [];
    // Neighbours the rule cannot separate: the draw decides, or the decision cannot be made.
    let group: Entry[] = [];
    const flush = () => {
      if (group.length > 1 && group.some((e) => e.loting === undefined)) unresolved.push({ lotId: lot.id, bidderIds: group.map((e) => e.bidderId), total: group[0].total! });
      group = [];
    };
    eligible.forEach((e, i) => {
      e.rank = i + 1;
      const prev = eligible[i - 1];
      if (!prev || compareTotals(prev.total!, e.total!) !== 0) {
        flush();
        group = [e];
        return;
      }
      const decisive = tieOrder.find((c) => scoreOn(prev, c) !== scoreOn(e, c));
      if (decisive) {
        flush();
        group = [e];
        ties.push({ higher: prev.bidderId, lower: e.bidderId, total: e.total!, by: { criterion: decisive, higherScore: prev.contributions.find((x) => x.criterion.id === decisive.id)!.score, lowerScore: e.contributions.find((x) => x.criterion.id === decisive.id)!.score } });
        return;
      }
      group.push(e);
      if (prev.loting !== undefined && e.loting !== undefined) ties.push({ higher: prev.bidderId, lower: e.bidderId, total: e.total!, by: { loting: [prev.loting, e.loting] } });
    });
    flush();

    const places = lot.aantal_contractanten ?? 0;
    let filled = 0;
    for (const e of eligible) {
      e.conditions = lot.voorwaarden.map((condition) => {
        const satisfiedBy = satisfiers(condition);
        const awardedTo = satisfiedBy.filter((id) => awarded.get(e.bidderId)?.has(id));
        const outside = satisfiedBy.length === 0;
        return { condition, satisfiedBy, awardedTo, outside, met: outside || awardedTo.length > 0 };
      });
      if (e.conditions.some((c) => !c.met)) e.outcome = "voorwaarde";
      else if (filled < places) {
        e.outcome = "gegund";
        filled++;
        if (!awarded.has(e.bidderId)) awarded.set(e.bidderId, new Set());
        awarded.get(e.bidderId)!.add(lot.id);
      }
    }
    const notEligible = entries.filter((e) => e.outcome === "ongeldig" || e.outcome === "score-nul");
    results.set(lot.id, { lot, places, criteria, tieOrder, entries: [...eligible, ...notEligible], ties, open: places - filled });
  }

  return {
    subtender,
    datum: assessment.datum,
    lots: lots.filter((l) => results.has(l.id)).map((l) => results.get(l.id)!),
    unresolved,
    circular,
  };
}

/** The decision for one bidder: its entries, per lot, in lot order. */
export const entriesOf = (decision: AwardDecision, bidderId: string): { result: LotResult; entry: Entry }[] =>
  decision.lots.flatMap((result) => result.entries.filter((e) => e.bidderId === bidderId).map((entry) => ({ result, entry })));

/** A total as Dutch text, exact: `76`, `73,5`, or for a fraction without a finite decimal `73 1/3`. */
export function formatTotal(t: Total): string {
  const gcd = (a: number, b: number): number => (b === 0 ? Math.abs(a) : gcd(b, a % b));
  const g = gcd(t.num, t.den) || 1;
  const num = t.num / g;
  const den = t.den / g;
  let rest = den;
  while (rest % 2 === 0) rest /= 2;
  while (rest % 5 === 0) rest /= 5;
  if (rest === 1) {
    // A finite decimal: write it out digit by digit, no float rounding.
    let digits = 0;
    let scaledDen = den;
    while (10 ** digits % den !== 0) digits++;
    scaledDen = 10 ** digits;
    const value = (num * (scaledDen / den)).toString().padStart(digits + 1, "0");
    const whole = digits ? value.slice(0, -digits) : value;
    const frac = digits ? value.slice(-digits).replace(/0+$/, "") : "";
    return frac ? `${whole},${frac}` : whole;
  }
  const whole = Math.floor(num / den);
  return `${whole ? `${whole} ` : ""}${num - whole * den}/${den}`;
}
