import { basename } from "node:path";
import { error, type Diagnostic } from "../../diagnostics/diagnostic.ts";
import { didYouMean } from "../../diagnostics/suggest.ts";
import { locate } from "../../load/locate.ts";
import { formatDateTime } from "../../format/dates.ts";
import { DEFAULT_SCALE } from "../../content/default-scale.ts";
import type { CriterionInput, SubtenderFile } from "../../content/types.generated.ts";
import type { Rule } from "../rule.ts";
import { receivedAfter } from "../../format/dates.ts";

/** A lot or sub-lot that bids are ranked on, with the criteria that apply to it. */
interface RankedLot {
  id: string;
  nummer: string;
  criteria: CriterionInput[];
}

/**
 * The lots of a subtender that bids are made on: every lot without sub-lots
 * and every sub-lot (a lot with sub-lots is ranked per sub-lot), each with the
 * criteria that apply: its own, else its lot's, else the subtender's.
 */
export function rankedLots(subtender: SubtenderFile): RankedLot[] {
  const out: RankedLot[] = [];
  for (const lot of subtender.percelen) {
    const criteria = lot.gunningscriteria ?? subtender.gunningscriteria ?? [];
    if (lot.subpercelen?.length) for (const sub of lot.subpercelen) out.push({ id: sub.id, nummer: sub.nummer, criteria });
    else out.push({ id: lot.id, nummer: lot.nummer, criteria });
  }
  return out;
}

/**
 * Rule 9 (content model v3): a beoordeling names an existing aanbesteding
 * subtender (its file name); every bid is on a lot or sub-lot of it; a valid
 * bid has a score from the scale and a motivering for every criterion of the
 * set that applies to its lot, and no others; an invalid bid has a `reden` and
 * no scores; a bid received after the `inschrijving` deadline is not valid.
 * Bidder ids are unique in the file, a bidder bids once per lot, and a draw
 * order (`loting`) is not given twice on one lot.
 */
export const assessment: Rule = {
  name: "beoordeling",
  check(index) {
    const out: Diagnostic[] = [];
    if (index.assessments.length === 0) return out;
    const deadline = index.tender?.data.planning.find((m) => m.id === "inschrijving")?.datum;
    const byId = new Map(index.subtenders.map((s) => [s.data.id, s.data]));
    for (const { source, data } of index.assessments) {
      const name = basename(source.path, ".yaml");
      if (name !== data.subtender) {
        out.push(error(locate(source, ["subtender"]), "beoordeling-bestandsnaam", `\`subtender: ${data.subtender}\` past niet bij de bestandsnaam ${name}.yaml; een beoordeling heet naar haar subtender: noem het bestand ${data.subtender}.yaml`));
      }
      const subtender = byId.get(data.subtender);
      if (!subtender) {
        if (!index.invalidKinds.has("subtender")) {
          out.push(error(locate(source, ["subtender"]), "beoordeling-onbekende-subtender", `onbekende subtender \`${data.subtender}\`; verwacht het id van een subtender in subtenders/${didYouMean(data.subtender, byId.keys())}`));
        }
        continue;
      }
      if (subtender.procedure !== "aanbesteding") {
        out.push(error(locate(source, ["subtender"]), "beoordeling-toelating", `subtender \`${subtender.id}\` is een toelating; een toelating kent geen scores en geen gunningsbeslissing, alleen toelatingsbesluiten: een beoordeling hoort bij een subtender met procedure aanbesteding`));
        continue;
      }
      const lots = rankedLots(subtender);
      const lotById = new Map(lots.map((l) => [l.id, l]));
      const parents = new Map(subtender.percelen.filter((l) => l.subpercelen?.length).map((l) => [l.id, l]));
      const elsewhere = new Map<string, string>();
      for (const other of index.subtenders) {
        if (other.data.id === subtender.id) continue;
        for (const lot of other.data.percelen) {
          elsewhere.set(lot.id, other.data.id);
          for (const sub of lot.subpercelen ?? []) elsewhere.set(sub.id, other.data.id);
        }
      }
      const scale = subtender.beoordelingsschaal?.length ? subtender.beoordelingsschaal : DEFAULT_SCALE;
      const scores = scale.map((s) => s.score);
      const scaleWords = `${subtender.beoordelingsschaal?.length ? "de beoordelingsschaal van de subtender" : "de standaardbeoordelingsschaal"}: ${scores.slice(0, -1).join(", ")} of ${scores[scores.length - 1]}`;
      const seenBidders = new Map<string, number>();
      const draws = new Map<string, Map<number, string>>();

      data.inschrijvers.forEach((bidder, b) => {
        const first = seenBidders.get(bidder.id);
        if (first !== undefined) {
          out.push(error(locate(source, ["inschrijvers", b, "id"]), "dubbele-inschrijver", `inschrijver \`${bidder.id}\` komt twee keer voor (ook als inschrijver ${first + 1}); een inschrijver staat één keer in de beoordeling, met al zijn inschrijvingen`));
        } else seenBidders.set(bidder.id, b);
        const lotsBid = new Set<string>();
        bidder.inschrijvingen.forEach((bid, i) => {
          const path = ["inschrijvers", b, "inschrijvingen", i];
          const lot = lotById.get(bid.perceel);
          if (!lot) {
            const parent = parents.get(bid.perceel);
            const other = elsewhere.get(bid.perceel);
            const message = parent
              ? `perceel \`${bid.perceel}\` heeft subpercelen en wordt per subperceel gerangschikt; geef het subperceel waarop is ingeschreven: ${parent.subpercelen!.map((s) => `\`${s.id}\``).join(", ")}`
              : other
                ? `perceel \`${bid.perceel}\` hoort bij subtender \`${other}\`, niet bij \`${subtender.id}\`; een inschrijving op dat perceel hoort in beoordeling/${other}.yaml`
                : `onbekend perceel \`${bid.perceel}\`; verwacht het id van een perceel of subperceel van subtender \`${subtender.id}\`${didYouMean(bid.perceel, lots.map((l) => l.id))}`;
            out.push(error(locate(source, [...path, "perceel"]), other && !parent ? "beoordeling-perceel-andere-subtender" : "beoordeling-onbekend-perceel", message));
            return;
          }
          if (lotsBid.has(lot.id)) {
            out.push(error(locate(source, [...path, "perceel"]), "dubbele-inschrijving", `inschrijver \`${bidder.id}\` heeft al een inschrijving op perceel ${lot.nummer}; geef per perceel één inschrijving`));
          }
          lotsBid.add(lot.id);
          if (bid.loting !== undefined) {
            const onLot = draws.get(lot.id) ?? new Map<number, string>();
            draws.set(lot.id, onLot);
            const taken = onLot.get(bid.loting);
            if (taken) out.push(error(locate(source, [...path, "loting"]), "dubbele-loting", `\`loting: ${bid.loting}\` is op perceel ${lot.nummer} al gegeven aan \`${taken}\`; de loting geeft elke inschrijving op een perceel een eigen plaats`));
            else onLot.set(bid.loting, bidder.id);
          }
          if (!bid.geldig) {
            if (!bid.reden) out.push(error(locate(source, [...path, "geldig"]), "ongeldig-zonder-reden", `de inschrijving van \`${bidder.id}\` op perceel ${lot.nummer} is ongeldig, maar zonder \`reden\`; zeg welke eis of regel zij niet haalt, met de paragraaf van de leidraad: die reden staat in de brief aan de inschrijver`));
            if (bid.scores) out.push(error(locate(source, [...path, "scores"], "key"), "ongeldig-met-scores", `de inschrijving van \`${bidder.id}\` op perceel ${lot.nummer} is ongeldig en wordt dus niet beoordeeld; haal \`scores\` weg (of zet \`geldig: true\` als zij wel geldig is)`));
            return;
          }
          if (bid.reden) out.push(error(locate(source, [...path, "reden"], "key"), "geldig-met-reden", `de inschrijving van \`${bidder.id}\` op perceel ${lot.nummer} is geldig maar heeft een \`reden\`; een reden hoort alleen bij \`geldig: false\``));
          if (deadline && receivedAfter(bid.ontvangen, deadline)) {
            out.push(error(locate(source, [...path, "geldig"]), "te-late-inschrijving", `de inschrijving van \`${bidder.id}\` op perceel ${lot.nummer} is ontvangen op ${formatDateTime(bid.ontvangen)}, na de uiterste inschrijfdatum (${formatDateTime(deadline)}), maar staat als geldig; een te late inschrijving is ongeldig: zet \`geldig: false\` met een \`reden\``));
          }
          const ids = lot.criteria.map((c) => c.id);
          const idWords = ids.map((id) => `\`${id}\``).join(", ");
          for (const field of ["scores", "motivering"] as const) {
            const given = bid[field];
            if (!given) {
              out.push(error(locate(source, [...path, "perceel"]), field === "scores" ? "scores-ontbreken" : "motivering-ontbreekt", `de geldige inschrijving van \`${bidder.id}\` op perceel ${lot.nummer} heeft geen \`${field}\`; geef ${field === "scores" ? "een score" : "een motivering"} voor elk gunningscriterium van dit perceel: ${idWords}`));
              continue;
            }
            for (const id of ids) {
              if (given[id] !== undefined) continue;
              out.push(error(locate(source, [...path, field], "key"), field === "scores" ? "score-ontbreekt" : "motivering-ontbreekt", field === "scores"
                ? `de inschrijving van \`${bidder.id}\` op perceel ${lot.nummer} heeft geen score voor criterium \`${id}\`; elk gunningscriterium van dit perceel krijgt een score (${idWords})`
                : `de score van \`${bidder.id}\` op perceel ${lot.nummer} voor criterium \`${id}\` heeft geen motivering; de commissie motiveert elke score, want de motivering staat in de gunningsbeslissing`));
            }
            for (const key of Object.keys(given)) {
              if (ids.includes(key)) continue;
              out.push(error(locate(source, [...path, field, key], "key"), field === "scores" ? "score-onbekend-criterium" : "motivering-onbekend-criterium", `\`${key}\` is geen gunningscriterium van perceel ${lot.nummer}; voor dit perceel gelden ${idWords}${didYouMean(key, ids)}`));
            }
          }
          for (const [key, score] of Object.entries(bid.scores ?? {})) {
            if (!ids.includes(key) || scores.includes(score)) continue;
            out.push(error(locate(source, [...path, "scores", key]), "score-buiten-schaal", `score ${String(score).replace(".", ",")} voor \`${key}\` staat niet op de schaal; verwacht een score uit ${scaleWords}`));
          }
        });
      });
    }
    return out;
  },
};
