/**
 * The facts a notice states, derived once from the resolved model: the eForms
 * contract notice, the OCDS release and the team's fill-in sheet all render
 * these, so they cannot disagree with each other or with the leidraad.
 *
 * Lots: every lot without sub-lots and every sub-lot of an `aanbesteding`
 * subtender is one notice lot (LOT-0001, ...), in model order; a lot with
 * sub-lots becomes a lots group (GLO-0001, ...). A `toelating` is not a public
 * contract and has no notice lots; the description says so in one sentence.
 */
import { createHash } from "node:crypto";
import type { Criterion, Lot, Model, Subtender } from "../model/types.ts";
import { lotName, lotTitle } from "../wording/lots.ts";
import { extensionsText, maximumTermMonths } from "../wording/agreement.ts";
import { formatContractors } from "../wording/funding.ts";
import { dutchList } from "../format/lists.ts";
import { PROCEDURE_LABEL } from "../format/procedure.ts";
import { isOnePhase } from "../wording/phases.ts";
import { markdownToPlainText } from "../markdown/plain-text.ts";
import { DEFAULT_CPV, cpvWithoutCheckDigit } from "../content/eforms-code-lists.ts";

export interface NoticeCriterion {
  naam: string;
  /** Percentage, 0-100; eForms `per-exa`, OCDS `percentageExact`. */
  weging: number;
}

export interface NoticeLot {
  /** LOT-0001, ... */
  noticeId: string;
  lot: Lot;
  subtender: Subtender;
  /**
   * BT-22, the buyer's internal identifier: the lot's label, which must be unique in the
   * notice; when two subtenders use the same label, the subtender's id goes before it ("crisis/1").
   */
  internalId: string;
  /** "Perceel 3 Ambulante crisiszorg" / "Subperceel 4a Licht verstandelijke beperking". */
  title: string;
  description: string;
  cpv: string;
  /** Maximum number of framework contractors. */
  contractors: number;
  criteria: NoticeCriterion[];
  value?: number;
  /** BT-271, the framework agreement's maximum value (v3 `maximale_waarde`). */
  maximum?: number;
  /** The group (GLO-nnnn) of a sub-lot. */
  groupId?: string;
}

export interface NoticeLotGroup {
  /** GLO-0001, ... */
  noticeId: string;
  lot: Lot;
  title: string;
  description: string;
  lotIds: string[];
  value?: number;
  /** BT-271 of the group: the `maximale_waarde` of the lot with sub-lots. */
  maximum?: number;
}

export interface NoticeFacts {
  /** The tender's own id; the notice's ContractFolderID is derived from it. */
  tenderId: string;
  /** The publisher's registered OCDS ocid prefix (`aankondiging.ocid_prefix`), if the team has one. */
  ocidPrefix?: string;
  /** BT-701, the notice's identifier: stable for a version of the documents. */
  noticeUuid: string;
  /** BT-04, the procedure's identifier: stable for the tender. */
  procedureUuid: string;
  title: string;
  kenmerk: string;
  description: string;
  cpv: string;
  buyer: {
    naam: string;
    kvk?: string;
    straat?: string;
    postcode?: string;
    plaats?: string;
    email?: string;
    telefoon?: string;
    website?: string;
  };
  nuts?: string;
  /** The deadline for tenders as written in the planning (YYYY-MM-DD or YYYY-MM-DDTHH:MM), Amsterdam time. */
  deadline?: string;
  /** The date of this version of the documents (YYYY-MM-DD): the notice's issue date. */
  issueDate: string;
  /** Initial term in months. */
  durationMonths: number;
  /** Extensions in months, in order. */
  renewals: number[];
  /** The extensions in the leidraad's words ("Twee verlengingen, van 24 en 12 maanden, …."), when there are any. */
  renewalDescription?: string;
  maximumMonths: number;
  startDate?: string;
  value?: number;
  /** BT-271 of the procedure: the sum of the subtenders' `maximale_waarde`, when every aanbesteding subtender has one. */
  maximum?: number;
  lots: NoticeLot[];
  groups: NoticeLotGroup[];
  /** Toelating subtenders, named in the description. */
  admissions: Subtender[];
  /**
   * The aanbesteding subtenders whose procedure has more than one phase (`fasen`, e.g.
   * selectie, dialoog, gunning), with their phases: any makes the notice's procedure
   * multi-stage (BT-105 `oth-mult`), its deadline one for requests to participate (BT-1311).
   */
  stages: { naam: string; fasen: NonNullable<Subtender["fasen"]> }[];
}

const pad = (n: number) => String(n).padStart(4, "0");
/** A phrase from src/format as a sentence of its own. */
const sentence = (phrase: string | undefined) => (phrase ? `${phrase.charAt(0).toUpperCase()}${phrase.slice(1)}.` : undefined);

/** A stable version-4-shaped UUID from a text: the same tender gives the same identifiers in every build. */
export function stableUuid(text: string): string {
  const h = createHash("sha256").update(text).digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${"89ab"[parseInt(h[16], 16) % 4]}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** The sentence that says an admission runs separately (a toelating is not a public contract). */
export function admissionSentence(admissions: Pick<Subtender, "naam">[]): string | undefined {
  if (!admissions.length) return undefined;
  const one = admissions.length === 1;
  const kind = one ? `een ${PROCEDURE_LABEL.toelating}` : PROCEDURE_LABEL.toelating.replace(/^toelating/, "toelatingen");
  return `${dutchList(admissions.map((s) => s.naam))}, ${kind}, ${one ? "loopt" : "lopen"} apart: een toelating is geen overheidsopdracht en staat daarom niet als perceel in deze aankondiging.`;
}

const criteriaOf = (c: Criterion[]): NoticeCriterion[] => c.map((x) => ({ naam: x.naam, weging: x.weging }));

function milestone(model: Model, s: Subtender | undefined, id: string): string | undefined {
  return s?.planning?.find((m) => m.id === id)?.datum ?? model.tender.planning.find((m) => m.id === id)?.datum;
}

export function noticeFacts(model: Model): NoticeFacts {
  const t = model.tender;
  const dienst = t.aanbestedende_dienst;
  const mainCpv = cpvWithoutCheckDigit(t.aankondiging?.cpv ?? DEFAULT_CPV);
  const lotById = new Map(model.lots.map((l) => [l.id, l]));
  const contracts = model.subtenders.filter((s) => s.procedure === "aanbesteding");
  const admissions = model.subtenders.filter((s) => s.procedure === "toelating");

  const lots: NoticeLot[] = [];
  const groups: NoticeLotGroup[] = [];
  for (const s of contracts) {
    const cpv = s.cpv ? cpvWithoutCheckDigit(s.cpv) : mainCpv;
    const noticeLot = (lot: Lot, groupId?: string): NoticeLot => ({
      noticeId: `LOT-${pad(lots.length + 1)}`,
      lot,
      subtender: s,
      internalId: lot.nummer,
      title: lotTitle(lot),
      description: lotDescription(lot, s, lotById),
      cpv,
      contractors: lot.aantal_contractanten ?? 0,
      criteria: criteriaOf(lot.gunningscriteria),
      value: lot.geraamde_waarde,
      maximum: lot.maximale_waarde,
      groupId,
    });
    for (const id of s.lotIds) {
      const lot = lotById.get(id)!;
      if (!lot.subLotIds.length) {
        lots.push(noticeLot(lot));
        continue;
      }
      const group: NoticeLotGroup = {
        noticeId: `GLO-${pad(groups.length + 1)}`,
        lot,
        title: lotTitle(lot),
        description: `${s.naam}: ${lotTitle(lot)}, met ${lot.subLotIds.length === 1 ? "één subperceel" : `${lot.subLotIds.length} subpercelen`}; u schrijft in per subperceel.`,
        lotIds: [],
        value: lot.geraamde_waarde,
        maximum: lot.maximale_waarde,
      };
      groups.push(group);
      for (const subId of lot.subLotIds) {
        const l = noticeLot(lotById.get(subId)!, group.noticeId);
        group.lotIds.push(l.noticeId);
        lots.push(l);
      }
    }
  }

  const labelCount = new Map<string, number>();
  for (const l of lots) labelCount.set(l.lot.nummer, (labelCount.get(l.lot.nummer) ?? 0) + 1);
  for (const l of lots) if (labelCount.get(l.lot.nummer)! > 1) l.internalId = `${l.subtender.id}/${l.lot.nummer}`;

  const o = t.overeenkomst;
  const procedureText = markdownToPlainText(t.procedure.omschrijving);
  const description = [
    procedureText || `${t.titel}: jeugdhulp, een sociale en andere specifieke dienst (Aanbestedingswet 2012, art. 2.38 en 2.39).`,
    admissionSentence(admissions),
  ].filter(Boolean).join("\n\n");

  return {
    tenderId: t.id,
    ...(t.aankondiging?.ocid_prefix ? { ocidPrefix: t.aankondiging.ocid_prefix } : {}),
    noticeUuid: stableUuid(`notice:${t.id}:${t.datum}`),
    procedureUuid: stableUuid(`procedure:${t.id}`),
    title: t.titel,
    kenmerk: t.kenmerk,
    description,
    cpv: mainCpv,
    buyer: {
      naam: dienst.naam,
      kvk: dienst.kvk,
      straat: dienst.adres?.straat,
      postcode: dienst.adres?.postcode,
      plaats: dienst.adres?.plaats,
      email: dienst.contact?.email,
      telefoon: dienst.contact?.telefoon,
      website: dienst.contact?.website,
    },
    nuts: dienst.nuts,
    deadline: milestone(model, undefined, "inschrijving"),
    issueDate: t.datum,
    durationMonths: o.looptijd_maanden,
    renewals: o.verlengingen ?? [],
    renewalDescription: sentence(extensionsText(o)),
    maximumMonths: maximumTermMonths(o),
    startDate: milestone(model, undefined, "ingangsdatum"),
    value: t.aankondiging?.geraamde_waarde,
    maximum: contracts.length && contracts.every((s) => s.maximale_waarde !== undefined) ? contracts.reduce((sum, s) => sum + s.maximale_waarde!, 0) : undefined,
    lots,
    groups,
    admissions,
    stages: contracts.filter((s) => !isOnePhase(s)).map((s) => ({ naam: s.naam, fasen: s.fasen! })),
  };
}

function lotDescription(lot: Lot, s: Subtender, lotById: Map<string, Lot>): string {
  const own = markdownToPlainText(lot.omschrijving);
  const parent = lot.parentId ? lotById.get(lot.parentId) : undefined;
  const where = parent ? `${s.naam}, ${lotName(parent)}` : s.naam;
  const base = `${lotTitle(lot)} (${where}): raamovereenkomst met ${formatContractors(lot.aantal_contractanten, "aanbesteding")}, zonder nieuwe mededinging.`;
  return own ? `${base} ${own}` : base;
}
