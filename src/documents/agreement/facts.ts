import type { Subtender } from "../../model/types.ts";
import type { Lookup } from "../lookup.ts";

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
  };
}

export function agreementFacts(L: Lookup, s: Subtender): AgreementFacts {
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
    },
  };
}
