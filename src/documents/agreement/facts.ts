import { standardArticleNumber } from "../../content/agreement-articles.ts";
import { indexationText } from "../../wording/agreement.ts";
import { lotName, requiredText } from "../../wording/lots.ts";
import type { Lot, Subtender } from "../../model/types.ts";
import type { Lookup } from "../../model/lookup.ts";
import { MAXIMUM_VALUE_NOTICE_PERCENT } from "../bestek/facts.ts";

/**
 * The facts the standard articles of an agreement (`templates/overeenkomst/`)
 * are filled in from: plain data, per subtender, from the model and the named
 * constants below. Keys are Dutch, as the lawyer who edits the templates reads
 * them.
 */

/** The minimum professional and general liability cover per event. */
export const MIN_INSURED_AMOUNT = 2_500_000;
/** On request the contractor shows within this many working days that the insurance runs. */
export const INSURANCE_PROOF_WORKING_DAYS = 10;
/** A data breach in shared data is reported to the other party within this many hours. */
export const DATA_BREACH_NOTICE_HOURS = 24;
/** A change under the revision clause is announced at least this many months before it applies. */
export const AMENDMENT_NOTICE_MONTHS = 3;
/** The last care after the end is invoiced within this many months. */
export const FINAL_INVOICE_MONTHS = 3;
/** A dispute goes to court only after this many weeks of trying to settle it. */
export const DISPUTE_TALKS_WEEKS = 8;
/** A correct invoice is paid within this many days of receipt (article "Tarieven, indexatie en betaling"). */
export const PAYMENT_TERM_DAYS = 30;
/** Parties hold a contract talk at least this many times a year. */
export const CONTRACT_TALKS_PER_YEAR = 1;
/**
 * Liability is limited per event and per calendar year (Gids Proportionaliteit, voorschrift 3.9 D):
 * per event the minimum insured amount, per year twice that.
 */
export const LIABILITY_CAP_PER_EVENT = MIN_INSURED_AMOUNT;
export const LIABILITY_CAP_PER_YEAR = 2 * MIN_INSURED_AMOUNT;
/** Without `opzegtermijn_enige_opdrachtnemer_maanden`: the sole contractor of a lot gives this many times the usual notice … */
export const SOLE_CONTRACTOR_NOTICE_FACTOR = 2;
/** … and at least this many months. */
export const SOLE_CONTRACTOR_MIN_NOTICE_MONTHS = 12;
/** Without `indexatie.ingang`: indexed tariffs apply from this day of each year. */
export const INDEXATION_EFFECTIVE_DEFAULT = "1 januari";
/** The revision clause: tariffs are revised beyond indexation at most once in this many years … */
export const REVISION_INTERVAL_YEARS = 2;
/** … by at most this percentage of the tariff, up or down, per revision. */
export const REVISION_CAP_PERCENT = 10;
/** A VOG handed in for a new staff member is at most this many months old. */
export const VOG_MAX_AGE_MONTHS = 3;
/** In an emergency the contractor may start before the toewijzing and asks for it within this many working days. */
export const URGENT_ASSIGNMENT_WORKING_DAYS = 5;
/** Article 3 of every agreement is its object (voorwerp): the tariffs are there. */
export const OBJECT_ARTICLE = 3;
/** The contractor asks every staff member for a new VOG at least every this many years. */
export const VOG_RENEWAL_YEARS = 3;

export interface AgreementFacts {
  /** True for a raamovereenkomst (an `aanbesteding`), false for a toelatingsovereenkomst (a `toelating`). */
  raamovereenkomst: boolean;
  subtender: string;
  opdrachtgever: string;
  verzekerd_bedrag: number;
  termijnen: {
    bewijs_verzekering_werkdagen: number;
    datalek_melden_uren: number;
    wijziging_aankondigen_maanden: number;
    laatste_declaratie_maanden: number;
    geschil_overleg_weken: number;
    contractgesprekken_per_jaar: number;
    betaling_dagen: number;
    vog_max_maanden: number;
    vog_herhalen_jaren: number;
    spoed_toewijzing_werkdagen: number;
  };
  /** The municipalities the opdrachtgever acts for (`namens`). */
  gemeenten: string[];
  aansprakelijkheid: { per_gebeurtenis: number; per_jaar: number };
  opzegging: {
    /** `opzegtermijn_maanden`, null when the tender has none. */
    maanden: number | null;
    /** The longer notice of a sole contractor of a lot: `opzegtermijn_enige_opdrachtnemer_maanden`, else the default. */
    enige_opdrachtnemer_maanden: number | null;
    /** The lots and sub-lots of this subtender with one contractor (raamovereenkomst only). */
    percelen_met_een_opdrachtnemer: string[];
  };
  /** Lots of this subtender with a condition: which agreement's end ends theirs ("perceel 2 Spoedteams", "perceel 1 Spoedbedden"). */
  afhankelijke_percelen: { perceel: string; vereist: string }[];
  /** The indexation in the agreement's words (null without one, or with `methode: geen`), from when it applies, the team's toelichting. */
  indexatie: { tekst: string | null; ingang: string; toelichting: string | null };
  herziening: { interval_jaren: number; max_procent: number };
  /** Article numbers of the standard articles, for references between articles. */
  artikelen: { voorwerp: number; wijziging: number; opschorting: number; continuiteit: number };
  /**
   * The ceilings of a raamovereenkomst (v3 `maximale_waarde`, Simonsen & Weel C-23/20): the
   * subtender's ("Opdracht B samen") and its lots' and sub-lots', in order; empty in a toelating.
   */
  maximale_waarden: { onderdeel: string; waarde: number }[];
  /** The opdrachtgever tells the contractor when this percentage of a ceiling is reached. */
  maximale_waarde_melding_procent: number;
}

/** The notice of a sole contractor: the team's, else the default (twice the notice, at least a year). */
export function soleContractorNotice(o: { opzegtermijn_maanden?: number; opzegtermijn_enige_opdrachtnemer_maanden?: number }): number | null {
  if (o.opzegtermijn_enige_opdrachtnemer_maanden !== undefined) return o.opzegtermijn_enige_opdrachtnemer_maanden;
  return o.opzegtermijn_maanden ? Math.max(SOLE_CONTRACTOR_NOTICE_FACTOR * o.opzegtermijn_maanden, SOLE_CONTRACTOR_MIN_NOTICE_MONTHS) : null;
}

export function agreementFacts(L: Lookup, s: Subtender): AgreementFacts {
  const t = L.model.tender;
  const o = t.overeenkomst;
  const raam = s.procedure === "aanbesteding";
  const lots: Lot[] = s.lotIds.flatMap((id) => [L.lot(id), ...L.lot(id).subLotIds.map((sub) => L.lot(sub))]);
  return {
    raamovereenkomst: s.procedure === "aanbesteding",
    subtender: s.naam,
    opdrachtgever: L.model.tender.aanbestedende_dienst.naam,
    verzekerd_bedrag: MIN_INSURED_AMOUNT,
    termijnen: {
      bewijs_verzekering_werkdagen: INSURANCE_PROOF_WORKING_DAYS,
      datalek_melden_uren: DATA_BREACH_NOTICE_HOURS,
      wijziging_aankondigen_maanden: AMENDMENT_NOTICE_MONTHS,
      laatste_declaratie_maanden: FINAL_INVOICE_MONTHS,
      geschil_overleg_weken: DISPUTE_TALKS_WEEKS,
      contractgesprekken_per_jaar: CONTRACT_TALKS_PER_YEAR,
      betaling_dagen: PAYMENT_TERM_DAYS,
      vog_max_maanden: VOG_MAX_AGE_MONTHS,
      vog_herhalen_jaren: VOG_RENEWAL_YEARS,
      spoed_toewijzing_werkdagen: URGENT_ASSIGNMENT_WORKING_DAYS,
    },
    gemeenten: t.aanbestedende_dienst.namens ?? [],
    aansprakelijkheid: { per_gebeurtenis: LIABILITY_CAP_PER_EVENT, per_jaar: LIABILITY_CAP_PER_YEAR },
    opzegging: {
      maanden: o.opzegtermijn_maanden ?? null,
      enige_opdrachtnemer_maanden: soleContractorNotice(o),
      percelen_met_een_opdrachtnemer: raam ? lots.filter((l) => l.aantal_contractanten === 1).map(lotName) : [],
    },
    // A condition is listed on the lot that states it; a sub-lot also inherits its lot's, which ends it the same way.
    afhankelijke_percelen: lots.flatMap((l) =>
      l.voorwaarden.filter((v) => v.statedOn === l.id).map((v) => ({ perceel: lotName(l), vereist: requiredText(v, L.lot, (id) => L.product(id).naam) })),
    ),
    indexatie: {
      tekst: o.indexatie && o.indexatie.methode !== "geen" ? indexationText(o.indexatie) : null,
      ingang: o.indexatie?.ingang ?? INDEXATION_EFFECTIVE_DEFAULT,
      toelichting: o.indexatie?.toelichting ?? null,
    },
    herziening: { interval_jaren: REVISION_INTERVAL_YEARS, max_procent: REVISION_CAP_PERCENT },
    maximale_waarden: raam
      ? [
        ...(s.maximale_waarde !== undefined ? [{ onderdeel: `${s.naam} samen`, waarde: s.maximale_waarde }] : []),
        ...lots.filter((l) => l.maximale_waarde !== undefined).map((l) => ({ onderdeel: lotName(l), waarde: l.maximale_waarde! })),
      ]
      : [],
    maximale_waarde_melding_procent: MAXIMUM_VALUE_NOTICE_PERCENT,
    artikelen: {
      voorwerp: OBJECT_ARTICLE,
      wijziging: standardArticleNumber("wijziging"),
      opschorting: standardArticleNumber("opschorting-en-ontbinding"),
      continuiteit: standardArticleNumber("continuiteit"),
    },
  };
}
