import type { Assessment, Model } from "../model/types.ts";
import { letterFacts, paragraphsFor } from "./facts.ts";
import { decide } from "./ranking.ts";

/**
 * What changed between two versions of one beoordeling (a corrected score, a
 * bid found invalid after all), and which letters change because of it: a
 * letter changes when anything it states changes, also for a bidder whose own
 * scores stayed the same (another's correction moves its rank, or the winners
 * it is told about). Pure.
 */
export interface AssessmentChanges {
  /** One line per changed input, in file order: "meerwind, perceel B1, kwaliteit: score 7 → 10". */
  inputs: string[];
  /** Bidder ids whose letter changes, in file order, with the lots whose outcome for them changes. */
  letters: { bidderId: string; naam: string; outcome: string[] }[];
  /** Bidders whose letter stays the same. */
  unchanged: string[];
}

export function compareAssessments(model: Model, before: Assessment, after: Assessment): AssessmentChanges {
  const lotNumber = (id: string) => model.lots.find((l) => l.id === id)?.nummer ?? id;
  const inputs: string[] = [];
  const bidOf = (a: Assessment, bidderId: string, lot: string) => a.inschrijvers.find((b) => b.id === bidderId)?.inschrijvingen.find((x) => x.perceel === lot);
  const bidders = [...new Map([...before.inschrijvers, ...after.inschrijvers].map((b) => [b.id, b])).values()];
  for (const bidder of bidders) {
    const lots = [...new Set([...before.inschrijvers, ...after.inschrijvers].filter((b) => b.id === bidder.id).flatMap((b) => b.inschrijvingen.map((x) => x.perceel)))];
    for (const lot of lots) {
      const [a, b] = [bidOf(before, bidder.id, lot), bidOf(after, bidder.id, lot)];
      const where = `${bidder.id}, perceel ${lotNumber(lot)}`;
      if (!a || !b) {
        inputs.push(`${where}: inschrijving ${a ? "verwijderd" : "toegevoegd"}`);
        continue;
      }
      if (a.geldig !== b.geldig) inputs.push(`${where}: ${b.geldig ? "nu geldig" : "nu ongeldig"}`);
      if (a.reden !== b.reden && a.reden && b.reden) inputs.push(`${where}: reden gewijzigd`);
      for (const c of new Set([...Object.keys(a.scores ?? {}), ...Object.keys(b.scores ?? {})])) {
        const [x, y] = [a.scores?.[c], b.scores?.[c]];
        if (x !== y) inputs.push(`${where}, ${c}: score ${x ?? "–"} → ${y ?? "–"}`);
      }
      for (const c of new Set([...Object.keys(a.motivering ?? {}), ...Object.keys(b.motivering ?? {})])) {
        if (a.motivering?.[c] !== b.motivering?.[c]) inputs.push(`${where}, ${c}: motivering gewijzigd`);
      }
      if (a.loting !== b.loting) inputs.push(`${where}: loting ${a.loting ?? "–"} → ${b.loting ?? "–"}`);
    }
  }
  if (before.datum !== after.datum) inputs.push(`datum ${before.datum} → ${after.datum}`);

  const paragraphs = paragraphsFor(model, after.subtender);
  const [d1, d2] = [decide(model, before), decide(model, after)];
  const facts = (a: Assessment, d: ReturnType<typeof decide>, id: string) =>
    a.inschrijvers.some((b) => b.id === id) ? letterFacts({ model, decision: d, assessment: a, paragraphs }, id) : undefined;
  const letters: AssessmentChanges["letters"] = [];
  const unchanged: string[] = [];
  for (const bidder of bidders) {
    const [x, y] = [facts(before, d1, bidder.id), facts(after, d2, bidder.id)];
    if (JSON.stringify(x) === JSON.stringify(y)) {
      unchanged.push(bidder.id);
      continue;
    }
    const outcome = (f: typeof x, lot: string) => f?.percelen.find((p) => p.naam === lot);
    const lots = [...new Set([...(x?.percelen ?? []), ...(y?.percelen ?? [])].map((p) => p.naam))];
    letters.push({
      bidderId: bidder.id,
      naam: bidder.naam,
      outcome: lots.flatMap((lot) => {
        const [p, q] = [outcome(x, lot), outcome(y, lot)];
        return p?.uitkomst !== q?.uitkomst || p?.rang !== q?.rang ? [`${lot}: ${describe(p)} → ${describe(q)}`] : [];
      }),
    });
  }
  return { inputs, letters, unchanged };
}

const describe = (p: { uitkomst: string; rang: number | null } | undefined) => (p ? `${p.uitkomst}${p.rang ? ` (rang ${p.rang})` : ""}` : "geen inschrijving");

/** The overview as Markdown-free plain text, for the terminal and `wijzigingen.txt`. */
export function changesText(subtender: string, c: AssessmentChanges): string {
  const lines = [`Wijzigingen in beoordeling/${subtender}.yaml`, "", "Gewijzigde gegevens:", ...(c.inputs.length ? c.inputs.map((i) => `  - ${i}`) : ["  (geen)"]), ""];
  lines.push(c.letters.length ? `Deze brieven veranderen (${c.letters.length}); verstuur ze opnieuw, met een nieuwe opschortende termijn:` : "Geen brief verandert.");
  for (const l of c.letters) {
    lines.push(`  - gunningsbeslissing-${l.bidderId}.pdf (${l.naam})`);
    for (const o of l.outcome) lines.push(`      ${o}`);
  }
  if (c.unchanged.length) lines.push("", `Ongewijzigd: ${c.unchanged.map((id) => `gunningsbeslissing-${id}.pdf`).join(", ")}`);
  return lines.join("\n") + "\n";
}
