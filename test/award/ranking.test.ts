import { rmSync } from "node:fs";
import { dirname } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { validateContent } from "../../src/pipeline/validate-content.ts";
import { decide, formatTotal, type AwardDecision } from "../../src/award/ranking.ts";
import type { Assessment } from "../../src/model/types.ts";
import { rijnmondScored } from "../fixtures/gunning/scored.ts";

/**
 * The ranking of opdracht B (test/fixtures/gunning/prestatieaanbieders.yaml),
 * every number computed by hand from the YAML. Scale 0/4/7/10, so a
 * contribution is score / 10 × weight.
 *
 * B1 Pleegzorg (4 places; kwaliteit 40, prestaties 25, aansluiting-lokaal 20, leren 15):
 *   kompasroos 10,7,7,7  → 40 + 17,5 + 14 + 10,5 = 82
 *   lindehof    7,7,10,10 → 28 + 17,5 + 20 + 15   = 80,5
 *   havenstad  10,7,7,4  → 40 + 17,5 + 14 + 6    = 77,5  } equal: kwaliteit (40, the heaviest)
 *   meerwind    7,10,7,7 → 28 + 25   + 14 + 10,5 = 77,5  } 10 against 7 puts havenstad first
 *   tij-en-anker 4,10,10,10 → 16 + 25 + 20 + 15   = 76    rank 5 of 4 places: not awarded
 *   wijkkracht: invalid (no UEA)
 * B4b Crisisverblijf (2 places; triage 35, snelheid 30, afschaling 25, samenwerking 10):
 *   meerwind   10,10,7,7 → 35 + 30 + 17,5 + 7 = 89,5
 *   wijkkracht  7,10,7,4 → 24,5 + 30 + 17,5 + 4 = 76  } identical scores: the draw,
 *   kompasroos  7,10,7,4 → 76                        } wijkkracht 1, kompasroos 2
 * B4c Crisispleegzorg (3 places; same criteria; condition: awarded B1 Pleegzorg):
 *   tij-en-anker 10,10,10,7 → 35 + 30 + 25 + 7 = 97, but not awarded B1: its place goes on
 *   lindehof   10,7,4,4 → 35 + 21 + 10 + 4 = 70    } equal: triage 10 against 7
 *   kompasroos  7,7,7,7 → 24,5 + 21 + 17,5 + 7 = 70 }
 *   meerwind    4,7,7,10 → 14 + 21 + 17,5 + 10 = 62,5  takes the third place
 *   zonnewijzer 7,7,4,4 → 24,5 + 21 + 10 + 4 = 59,5, did not bid on B1: condition not met
 *   havenstad  10,7,7,0 → a 0 on samenwerking: not eligible (its sum would be 73,5)
 * B3 Dagbehandeling (3 places): zonnewijzer 7,7,7,7 → 70 awarded; wijkkracht late, invalid; 2 places open.
 * B2, B4a, B5: no bids; every place open.
 */
const dir = rijnmondScored();
afterAll(() => rmSync(dirname(dir), { recursive: true, force: true }));
const validated = validateContent(dir);
const decision = decide(validated.model!, validated.assessments[0]);

const rows = (d: AwardDecision, nummer: string) =>
  d.lots.find((l) => l.lot.nummer === nummer)!.entries.map((e) => [e.rank ?? null, e.bidderId, e.total ? formatTotal(e.total) : null, e.outcome]);

describe("ranking of a scored Rijnmond-shaped subtender", () => {
  it("validates without errors or messages on the beoordeling, and hands it over beside the model", () => {
    expect(validated.errorCount).toBe(0);
    expect(validated.diagnostics.filter((d) => d.file.includes("beoordeling"))).toEqual([]);
    expect(validated.assessments.map((a) => a.subtender)).toEqual(["prestatieaanbieders"]);
    expect(Object.keys(validated.model!)).not.toContain("assessments");
  });

  it("B1: totals without rounding, a tie settled by the heaviest criterion, an invalid bid", () => {
    expect(rows(decision, "B1")).toEqual([
      [1, "kompasroos", "82", "gegund"],
      [2, "lindehof", "80,5", "gegund"],
      [3, "havenstad", "77,5", "gegund"],
      [4, "meerwind", "77,5", "gegund"],
      [5, "tij-en-anker", "76", "niet-gegund"],
      [null, "wijkkracht", null, "ongeldig"],
    ]);
    const b1 = decision.lots.find((l) => l.lot.nummer === "B1")!;
    expect(b1.ties).toEqual([{ higher: "havenstad", lower: "meerwind", total: { num: 775, den: 10 }, by: { criterion: expect.objectContaining({ id: "kwaliteit" }), higherScore: 10, lowerScore: 7 } }]);
    expect(b1.open).toBe(0);
  });

  it("B4b: a full tie settled by the draw decides who gets the last place", () => {
    expect(rows(decision, "B4b")).toEqual([
      [1, "meerwind", "89,5", "gegund"],
      [2, "wijkkracht", "76", "gegund"],
      [3, "kompasroos", "76", "niet-gegund"],
    ]);
    expect(decision.lots.find((l) => l.lot.nummer === "B4b")!.ties.map((t) => [t.higher, t.lower, t.by])).toEqual([["wijkkracht", "kompasroos", { loting: [1, 2] }]]);
  });

  it("B4c: the condition removes the highest-ranked bidder and its place goes to the next who meets it; a 0 makes a bid not eligible", () => {
    expect(rows(decision, "B4c")).toEqual([
      [1, "tij-en-anker", "97", "voorwaarde"],
      [2, "lindehof", "70", "gegund"],
      [3, "kompasroos", "70", "gegund"],
      [4, "meerwind", "62,5", "gegund"],
      [5, "zonnewijzer", "59,5", "voorwaarde"],
      [null, "havenstad", "73,5", "score-nul"],
    ]);
    const b4c = decision.lots.find((l) => l.lot.nummer === "B4c")!;
    const check = b4c.entries[0].conditions[0];
    expect([check.condition.vereist_perceel, check.satisfiedBy, check.awardedTo, check.met]).toEqual(["pleegzorg", ["pleegzorg"], [], false]);
    expect(b4c.entries.find((e) => e.bidderId === "havenstad")!.zeroOn.map((c) => c.id)).toEqual(["samenwerking"]);
  });

  it("fewer eligible bids than places: every eligible bid awarded, the rest open; lots without bids stay fully open", () => {
    expect(rows(decision, "B3")).toEqual([[1, "zonnewijzer", "70", "gegund"], [null, "wijkkracht", null, "ongeldig"]]);
    expect(decision.lots.map((l) => [l.lot.nummer, l.places, l.open])).toEqual([["B1", 4, 0], ["B2", 5, 5], ["B3", 3, 2], ["B4a", 1, 1], ["B4b", 2, 0], ["B4c", 3, 0], ["B5", 4, 4]]);
    expect([decision.unresolved, decision.circular]).toEqual([[], []]);
  });

  it("a tie the criteria leave and no draw settles is an error naming the bidders", () => {
    const withoutDraw: Assessment = JSON.parse(JSON.stringify(validated.assessments[0]));
    for (const b of withoutDraw.inschrijvers) for (const bid of b.inschrijvingen) delete bid.loting;
    expect(decide(validated.model!, withoutDraw).unresolved).toEqual([{ lotId: "crisisopvang-residentieel", bidderIds: ["kompasroos", "wijkkracht"], total: { num: 760, den: 10 } }]);
  });

  it("writes totals exactly: decimals digit by digit, a third as a fraction", () => {
    expect([formatTotal({ num: 775, den: 10 }), formatTotal({ num: 7325, den: 100 }), formatTotal({ num: 220, den: 3 }), formatTotal({ num: 0, den: 10 })]).toEqual(["77,5", "73,25", "73 1/3", "0"]);
  });
});

describe("ranking properties (klein: sub-lots 1a with 1 place, 1b with 2, lot 2 with 3 places that requires lot 1)", () => {
  const klein = validateContent("test/fixtures/klein").model!;
  const SCALE = [0, 5, 10];
  const LOTS = [["spoedbedden-oost", ["kwaliteit", "samenwerking"]], ["spoedbedden-west", ["kwaliteit", "samenwerking"]], ["spoedteams", ["kwaliteit", "snelheid"]]] as const;
  const bidsArb = fc.array(
    fc.record({ lot: fc.integer({ min: 0, max: 2 }), geldig: fc.boolean(), a: fc.constantFrom(...SCALE), b: fc.constantFrom(...SCALE) }),
    { minLength: 0, maxLength: 3 },
  );
  const assessmentArb = fc.array(bidsArb, { minLength: 1, maxLength: 8 }).map((bidders): Assessment => {
    const draw = new Map<number, number>();
    return {
      subtender: "spoed", datum: "2025-11-07", bestand: "beoordeling/spoed.yaml",
      inschrijvers: bidders.map((bids, i) => ({
        id: `b${i}`, naam: `Inschrijver ${i}`,
        inschrijvingen: [...new Map(bids.map((b) => [b.lot, b])).values()].map((b) => {
          const [perceel, criteria] = LOTS[b.lot];
          const place = (draw.get(b.lot) ?? 0) + 1;
          draw.set(b.lot, place);
          return b.geldig
            ? { perceel, ontvangen: "2025-10-20T09:00", geldig: true, scores: { [criteria[0]]: b.a, [criteria[1]]: b.b }, motivering: { [criteria[0]]: "x", [criteria[1]]: "y" }, loting: place }
            : { perceel, ontvangen: "2025-10-20T09:00", geldig: false, reden: "x", loting: place };
        }),
      })).filter((b) => b.inschrijvingen.length > 0),
    };
  }).filter((a) => a.inschrijvers.length > 0);

  it("awards min(places, eligible that meet the conditions), best ranks first, conditions kept, bidder order irrelevant", () => {
    let runs = 0;
    fc.assert(fc.property(assessmentArb, (a) => {
      runs++;
      const d = decide(klein, a);
      expect(d.lots).toHaveLength(3);
      expect(d.unresolved).toEqual([]);
      const awarded = (lotId: string) => new Set(d.lots.find((l) => l.lot.id === lotId)!.entries.filter((e) => e.outcome === "gegund").map((e) => e.bidderId));
      for (const lot of d.lots) {
        const ranked = lot.entries.filter((e) => e.rank !== undefined);
        const candidates = ranked.filter((e) => e.outcome === "gegund" || e.outcome === "niet-gegund");
        const won = ranked.filter((e) => e.outcome === "gegund");
        expect(won.length).toBe(Math.min(lot.places, candidates.length));
        expect(lot.open).toBe(lot.places - won.length);
        // No candidate that lost ranks above one that won.
        for (const lost of candidates.filter((e) => e.outcome === "niet-gegund")) for (const w of won) expect(w.rank!).toBeLessThan(lost.rank!);
        // Ranks run 1..n, totals never rise, and a bid with a 0 or invalid is never ranked.
        expect(ranked.map((e) => e.rank)).toEqual(ranked.map((_, i) => i + 1));
        for (let i = 1; i < ranked.length; i++) expect(ranked[i - 1].total!.num).toBeGreaterThanOrEqual(ranked[i].total!.num);
        for (const e of lot.entries) if (e.outcome === "score-nul") expect(e.contributions.some((c) => c.score === 0)).toBe(true);
      }
      const lot1 = new Set([...awarded("spoedbedden-oost"), ...awarded("spoedbedden-west")]);
      for (const id of awarded("spoedteams")) expect(lot1.has(id)).toBe(true);
      const reversed = decide(klein, { ...a, inschrijvers: [...a.inschrijvers].reverse() });
      const outcome = (x: AwardDecision) => x.lots.map((l) => l.entries.map((e) => `${e.bidderId}:${e.rank}:${e.outcome}`).sort());
      expect(outcome(reversed)).toEqual(outcome(d));
    }), { numRuns: 200, seed: 20261207 });
    expect(runs).toBe(200);
  });
});
