import { entryText, sameEndDate } from "../../wording/admission.ts";
import { attachmentKind } from "../../content/attachment-kinds.ts";
import { noVolumeGuaranteeText } from "../../wording/agreement.ts";
import { addDays, periodEnd, STANDSTILL_DAYS } from "../../format/calendar.ts";
import { daysBetween } from "../../format/dates.ts";
import { lotName } from "../../wording/lots.ts";
import { hasDialogue, isOnePhase, phaseLabel, phaseSentences } from "../../wording/phases.ts";
import type { Model, Requirement, Subtender } from "../../model/types.ts";
import type { LinkFact } from "../../templates/filters.ts";
import type { Lookup } from "../../model/lookup.ts";

/**
 * The facts the leidraad's standard texts (`templates/leidraad/`) are filled
 * in from: plain data, computed once per model from the model and the named
 * constants below. A template names them as `{{ planning.vragen | datumtijd }}`;
 * what is absent is `null`, so a template asks `{% if planning.vragen %}`.
 * Keys are Dutch, as the lawyer who edits the templates reads them.
 */

/** SAS ≥ € 750.000 must be announced in the EU; an estimated value below it says so. */
export const SAS_THRESHOLD = 750_000;
/** A bid binds until this many days after the agreement is formed (the signing, else the definitive award): room for a kort geding. */
export const BID_VALIDITY_AFTER_FORMATION_DAYS = 60;
/** Without a planned signing or definitive award: this many days after the deadline. */
export const BID_VALIDITY_AFTER_DEADLINE_DAYS = 180;
/** Objections to what a Nota van Inlichtingen changes: within this many working days of its publication. */
export const NOTA_OBJECTION_WORKING_DAYS = 5;
/** We answer a complaint within this many working days. */
export const COMPLAINT_ANSWER_WORKING_DAYS = 10;
/** A provider refused during the term of a toelating may ask for reconsideration within this many calendar days. */
export const RECONSIDERATION_DAYS = 20;
/** A place that comes free during the term is offered to the next in the ranking only with more than this many months to run. */
export const SUCCESSION_MIN_REMAINING_MONTHS = 12;
/** We tell the contractors of a framework agreement when this share (%) of its maximale_waarde is reached. */
export const MAXIMUM_VALUE_NOTICE_PERCENT = 80;
/** Without dialogue milestones in its planning, a subtender's dialogue lasts at most this many weeks from the selection decision. */
export const DIALOGUE_MAX_WEEKS = 8;
/** A participant may withdraw from the dialogue, in writing, until this many working days before the gunningsfase. */
export const DIALOGUE_WITHDRAW_WORKING_DAYS = 5;

export interface LeidraadFacts {
  aanbestedende_dienst: { naam: string; email: string | null; website: string | null; gemeenten: string[] };
  aanbesteding: { titel: string; kenmerk: string; versie: string };
  /** Milestones of the planning by id (`YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`), `null` when the planning lacks one. */
  planning: Record<"publicatie" | "vragen" | "nota_van_inlichtingen" | "inschrijving" | "voorlopige_gunning" | "definitieve_gunning" | "ondertekening", string | null>;
  geraamde_waarde: number | null;
  sas_drempel: number;
  standstill_dagen: number;
  termijnen: {
    gestand_na_overeenkomst_dagen: number;
    gestand_na_inschrijving_dagen: number;
    bezwaar_nota_werkdagen: number;
    klacht_antwoord_werkdagen: number;
    heroverweging_dagen: number;
    opvolging_resterende_maanden: number;
    dialoog_max_weken: number;
    dialoog_terugtrekken_werkdagen: number;
    maximale_waarde_melding_procent: number;
  };
  subtenders: (LinkFact & { een_fase: boolean; fasen: string[]; mijlpalen: { mijlpaal: string; datum: string }[]; fasezinnen: string[] })[];
  alle_subtenders_een_fase: boolean;
  /**
   * The subtenders with a dialogue phase (`dialoog` in `fasen`): the first and last day of the
   * milestones of their own planning with `fase: dialoog` (null without such milestones), how
   * many there are, and the criteria whose names and weights the dialogue does not touch.
   */
  dialoog: (LinkFact & { begin: string | null; einde: string | null; rondes: number; criteria: string[] })[];
  /**
   * The ceilings of the framework agreements (v3 `maximale_waarde`, Simonsen & Weel, C-23/20), per
   * `aanbesteding` subtender that has one on itself or on a lot or sub-lot: its own ceiling and
   * estimate (null when absent; the estimate of a subtender is the sum of its lots' when all have
   * one), then every lot and sub-lot with its own.
   */
  maximale_waarden: (LinkFact & { waarde: number | null; geraamd: number | null; percelen: (LinkFact & { waarde: number | null; geraamd: number | null })[] })[];
  /** Whether a subtender with a dialogue phase has lots with a fixed number of contractors (an `aanbesteding`). */
  dialoog_met_plaatsen: boolean;
  /**
   * The `aanbesteding` subtenders with a voorlopige gunning of their own (a `voorlopige-gunning`
   * milestone in their planning, as after a dialogue phase), with its date and their own
   * definitieve gunning (null without one); the last day of the vervaltermijn counted from that
   * gunningsbeslissing; and the gestanddoening counted from their own final-bid deadline (their
   * `inschrijving` milestone, null without one: then the tender's) to their own formation.
   */
  eigen_gunning: (LinkFact & {
    voorlopig: string;
    definitief: string | null;
    inschrijving: string | null;
    vervaltermijn: Vervaltermijn;
    gestanddoening: LeidraadFacts["gestanddoening"];
    /** Whether the agreement of that subtender is formed by a planned signing (else by its definitieve gunning). */
    ondertekening: boolean;
  })[];
  /** Subtenders with procedure `aanbesteding` and `toelating`. */
  aanbestedingen: LinkFact[];
  toelatingen: (LinkFact & { toetreding: string; toelichting: string | null })[];
  bijlagen: {
    /** "bijlage 2 Productenboek", … in number order: every attachment that ranks (not the leidraad, the notas or the checklist). */
    in_rangorde: string[];
    overeenkomst: boolean;
    /** "Bijlage 11 Checklist inschrijving", or null. */
    checklist: string | null;
  };
  gestanddoening: { tot: string | null; dagen_na_inschrijving: number | null };
  eisen: { uitsluitingsgronden: LinkFact[]; geschiktheidseisen: LinkFact[]; minimumeisen: LinkFact[] };
  percelen: { met_vast_aantal: number; met_een_contractant: number; nummers: string[]; met_voorwaarde: LinkFact[] };
  taakgerichte_bekostiging: boolean;
  geen_afnamegarantie: string;
  zelfde_einddatum: string;
  /** The last day of the vervaltermijn for a gunningsbeslissing sent on the planned day, and the day it would be without the Algemene termijnenwet (the same unless that day is no working day). */
  vervaltermijn: Vervaltermijn;
}

/** The last day of a vervaltermijn, the day it would be without the Algemene termijnenwet, and whether that day moved. */
export interface Vervaltermijn { laatste_dag: string | null; zonder_verschuiving: string | null; verschoven: boolean }

function vervaltermijn(provisional: string | null): Vervaltermijn {
  const period = provisional ? periodEnd(provisional, STANDSTILL_DAYS) : undefined;
  return { laatste_dag: period?.end ?? null, zonder_verschuiving: period?.nominal ?? null, verschoven: period !== undefined && period.end !== period.nominal };
}

const link = (kind: string, id: string, naam: string): LinkFact => ({ naam, verwijzing: `${kind}:${id}` });
const date = (model: Model, id: string) => model.tender.planning.find((m) => m.id === id)?.datum ?? null;
/** Requirements the hoofdtender or a subtender imposes (those of products are leveringsvoorwaarden). */
const imposed = (model: Model, soort: Requirement["soort"]) =>
  model.requirements.filter((q) => q.soort === soort && q.usedBy.some((u) => u.kind !== "product")).map((q) => link("eis", q.id, q.titel));

/**
 * When the agreement is formed: the planned signing (the subtender's own, else the tender's
 * when it is not before the subtender's own definitieve gunning), else the definitieve gunning.
 */
function formation(model: Model, own?: Subtender): { datum: string | null; ondertekening: boolean } {
  const mine = (id: string) => own?.planning?.find((m) => m.id === id)?.datum ?? null;
  const signing = mine("ondertekening") ?? date(model, "ondertekening");
  const award = mine("definitieve-gunning") ?? date(model, "definitieve-gunning");
  if (signing && (!award || signing >= award)) return { datum: signing, ondertekening: true };
  return { datum: award, ondertekening: false };
}

/** How long a bid binds: from the final-bid deadline to a number of days after the agreement is formed (or after the deadline). */
function bidValidity(model: Model, own?: Subtender): LeidraadFacts["gestanddoening"] {
  const deadline = own?.planning?.find((m) => m.id === "inschrijving")?.datum ?? date(model, "inschrijving");
  const formed = formation(model, own).datum;
  if (!deadline) return { tot: null, dagen_na_inschrijving: null };
  const tot = formed ? addDays(formed.slice(0, 10), BID_VALIDITY_AFTER_FORMATION_DAYS) : addDays(deadline.slice(0, 10), BID_VALIDITY_AFTER_DEADLINE_DAYS);
  return { tot, dagen_na_inschrijving: daysBetween(deadline, tot) };
}

function subtenderFacts(s: Subtender): LeidraadFacts["subtenders"][number] {
  return {
    ...link("subtender", s.id, s.naam),
    een_fase: isOnePhase(s),
    fasen: (s.fasen ?? []).map(phaseLabel),
    mijlpalen: (s.planning ?? []).map((m) => ({ mijlpaal: m.mijlpaal, datum: m.datum })),
    fasezinnen: phaseSentences(s),
  };
}

function dialogueFacts(s: Subtender): LeidraadFacts["dialoog"][number] {
  const rounds = (s.planning ?? []).filter((m) => m.fase === "dialoog").map((m) => m.datum);
  return {
    ...link("subtender", s.id, s.naam),
    begin: rounds[0] ?? null,
    einde: rounds[rounds.length - 1] ?? null,
    rondes: rounds.length,
    criteria: s.gunningscriteria.map((c) => `${c.naam} (${c.weging}%)`),
  };
}

/** The subtenders and lots with a ceiling, for the provision `maximale-waarde`. */
function maximumValues(L: Lookup): LeidraadFacts["maximale_waarden"] {
  return L.model.subtenders
    .filter((s) => s.procedure === "aanbesteding")
    .map((s) => {
      const lots = s.lotIds.flatMap((id) => [L.lot(id), ...L.lot(id).subLotIds.map((sub) => L.lot(sub))]);
      const top = s.lotIds.map((id) => L.lot(id));
      const lotEstimate = (l: (typeof top)[number]) => l.geraamde_waarde ?? (l.subLotIds.length && l.subLotIds.every((id) => L.lot(id).geraamde_waarde !== undefined) ? l.subLotIds.reduce((sum, id) => sum + L.lot(id).geraamde_waarde!, 0) : undefined);
      const estimates = top.map(lotEstimate);
      return {
        ...link("subtender", s.id, s.naam),
        waarde: s.maximale_waarde ?? null,
        geraamd: estimates.every((e) => e !== undefined) ? estimates.reduce((sum, e) => sum + e!, 0) : null,
        percelen: lots.filter((l) => l.maximale_waarde !== undefined).map((l) => ({ ...link("perceel", l.id, lotName(l)), waarde: l.maximale_waarde!, geraamd: l.geraamde_waarde ?? null })),
      };
    })
    .filter((s) => s.waarde !== null || s.percelen.length > 0);
}

/** The counter at the end of a lot label: "B4" → ["B", 4], "B4a" → ["B4", 97]; undefined without one. */
function counter(label: string): [prefix: string, n: number, kind: "digit" | "letter"] | undefined {
  const digits = /^(.*?)(\d+)$/.exec(label);
  if (digits) return [digits[1], Number(digits[2]), "digit"];
  const letter = /^(.*\d)([a-z])$/.exec(label);
  return letter ? [letter[1], letter[2].charCodeAt(0), "letter"] : undefined;
}

/** Lot labels in document order, three or more consecutive ones as a range: ["A", "B1–B3", "B4a–B4c", "B5"]. */
export function labelRanges(labels: string[]): string[] {
  const out: string[] = [];
  let run: string[] = [];
  const flush = () => {
    out.push(...(run.length >= 3 ? [`${run[0]}–${run[run.length - 1]}`] : run));
    run = [];
  };
  for (const label of labels) {
    const prev = run.length ? counter(run[run.length - 1]) : undefined;
    const cur = counter(label);
    if (!(prev && cur && prev[0] === cur[0] && prev[2] === cur[2] && cur[1] === prev[1] + 1)) flush();
    run.push(label);
  }
  flush();
  return out;
}

const cache = new WeakMap<Model, LeidraadFacts>();

/** The facts of the leidraad of `L.model`, computed once per model. */
export function leidraadFacts(L: Lookup): LeidraadFacts {
  const hit = cache.get(L.model);
  if (hit) return hit;
  const { model } = L;
  const t = model.tender;
  const dienst = t.aanbestedende_dienst;
  const ranked = t.bijlagen.filter((b) => !["bestek", "checklist", "nota-van-inlichtingen"].includes(attachmentKind(b.inhoud)!.soort));
  const checklist = t.bijlagen.find((b) => b.inhoud === "checklist");
  const provisional = date(model, "voorlopige-gunning");
  const fixedLots = model.lots.filter((l) => l.aantal_contractanten !== undefined && L.subtender(l.subtenderId).procedure === "aanbesteding");
  const facts: LeidraadFacts = {
    aanbestedende_dienst: { naam: dienst.naam, email: dienst.contact?.email ?? null, website: dienst.contact?.website ?? null, gemeenten: dienst.namens ?? [] },
    aanbesteding: { titel: t.titel, kenmerk: t.kenmerk, versie: t.versie },
    planning: {
      publicatie: date(model, "publicatie"),
      vragen: date(model, "vragen"),
      nota_van_inlichtingen: date(model, "nota-van-inlichtingen"),
      inschrijving: date(model, "inschrijving"),
      voorlopige_gunning: provisional,
      definitieve_gunning: date(model, "definitieve-gunning"),
      ondertekening: date(model, "ondertekening"),
    },
    geraamde_waarde: t.aankondiging?.geraamde_waarde ?? null,
    sas_drempel: SAS_THRESHOLD,
    standstill_dagen: STANDSTILL_DAYS,
    termijnen: {
      gestand_na_overeenkomst_dagen: BID_VALIDITY_AFTER_FORMATION_DAYS,
      gestand_na_inschrijving_dagen: BID_VALIDITY_AFTER_DEADLINE_DAYS,
      bezwaar_nota_werkdagen: NOTA_OBJECTION_WORKING_DAYS,
      klacht_antwoord_werkdagen: COMPLAINT_ANSWER_WORKING_DAYS,
      heroverweging_dagen: RECONSIDERATION_DAYS,
      opvolging_resterende_maanden: SUCCESSION_MIN_REMAINING_MONTHS,
      dialoog_max_weken: DIALOGUE_MAX_WEEKS,
      dialoog_terugtrekken_werkdagen: DIALOGUE_WITHDRAW_WORKING_DAYS,
      maximale_waarde_melding_procent: MAXIMUM_VALUE_NOTICE_PERCENT,
    },
    subtenders: model.subtenders.map(subtenderFacts),
    alle_subtenders_een_fase: model.subtenders.every(isOnePhase),
    dialoog: model.subtenders.filter(hasDialogue).map(dialogueFacts),
    maximale_waarden: maximumValues(L),
    dialoog_met_plaatsen: model.subtenders.some((s) => hasDialogue(s) && s.procedure === "aanbesteding"),
    eigen_gunning: model.subtenders.flatMap((s) => {
      const own = (id: string) => s.planning?.find((m) => m.id === id)?.datum ?? null;
      const voorlopig = own("voorlopige-gunning");
      if (s.procedure !== "aanbesteding" || !voorlopig) return [];
      return [{ ...link("subtender", s.id, s.naam), voorlopig, definitief: own("definitieve-gunning"), inschrijving: own("inschrijving"), vervaltermijn: vervaltermijn(voorlopig), gestanddoening: bidValidity(model, s), ondertekening: formation(model, s).ondertekening }];
    }),
    aanbestedingen: model.subtenders.filter((s) => s.procedure === "aanbesteding").map((s) => link("subtender", s.id, s.naam)),
    toelatingen: model.subtenders
      .filter((s) => s.procedure === "toelating")
      .map((s) => ({ ...link("subtender", s.id, s.naam), toetreding: entryText(s), toelichting: s.toetreding?.toelichting ?? null })),
    bijlagen: {
      in_rangorde: ranked.map((b) => `bijlage ${b.nummer} ${b.titel}`),
      overeenkomst: ranked.some((b) => attachmentKind(b.inhoud)!.soort === "overeenkomst"),
      checklist: checklist ? `Bijlage ${checklist.nummer} ${checklist.titel}` : null,
    },
    gestanddoening: bidValidity(model),
    eisen: { uitsluitingsgronden: imposed(model, "uitsluitingsgrond"), geschiktheidseisen: imposed(model, "geschiktheidseis"), minimumeisen: imposed(model, "minimumeis") },
    percelen: {
      met_vast_aantal: fixedLots.length,
      met_een_contractant: fixedLots.filter((l) => l.aantal_contractanten === 1).length,
      nummers: labelRanges(fixedLots.map((l) => l.nummer)),
      met_voorwaarde: model.lots.filter((l) => l.voorwaarden.some((v) => v.statedOn === l.id)).map((l) => link("perceel", l.id, lotName(l))),
    },
    taakgerichte_bekostiging: model.products.some((p) => p.bekostiging.vorm === "taakgericht" && p.lotIds.length > 0),
    geen_afnamegarantie: "",
    zelfde_einddatum: sameEndDate(),
    vervaltermijn: vervaltermijn(provisional),
  };
  facts.geen_afnamegarantie = noVolumeGuaranteeText(facts.taakgerichte_bekostiging);
  cache.set(model, facts);
  return facts;
}
