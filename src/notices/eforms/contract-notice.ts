/**
 * The eForms contract notice for social and other specific services, subtype
 * 20 (`cn-social`, Directive 2014/24/EU art. 74-76), as UBL 2.3 ContractNotice
 * XML with the eForms extensions of SDK 1.15. Rendered from NoticeFacts only.
 */
import type { NoticeFacts, NoticeLot, NoticeLotGroup } from "../facts.ts";
import { CUSTOMIZATION_ID } from "./sdk.ts";
import { el, serialize, type XmlElement } from "./xml.ts";

export const NOTICE_SUBTYPE = "20";
export const NOTICE_TYPE = "cn-social";
export const LANGUAGE = "NLD";
export const BUYER_ORG = "ORG-0001";
/** BT-01: Directive 2014/24/EU. */
export const LEGAL_BASIS = "32014L0024";
/** BT-105: one stage, selection and award together. */
export const PROCEDURE_TYPE = "oth-single";
/** BT-105 when a subtender has phases (selectie, dialoog, gunning): another multi-stage procedure. */
export const PROCEDURE_TYPE_MULTI_STAGE = "oth-mult";
/** BT-765: a framework agreement without reopening of competition. */
export const FRAMEWORK = "fa-wo-rc";
/** BT-806, BT-821: exclusion grounds and selection criteria are in the procurement documents. */
export const CRITERIA_SOURCE = "epo-procurement-document";

const NS = {
  xmlns: "urn:oasis:names:specification:ubl:schema:xsd:ContractNotice-2",
  "xmlns:cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
  "xmlns:cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
  "xmlns:ext": "urn:oasis:names:specification:ubl:schema:xsd:CommonExtensionComponents-2",
  "xmlns:efac": "http://data.europa.eu/p27/eforms-ubl-extension-aggregate-components/1",
  "xmlns:efbc": "http://data.europa.eu/p27/eforms-ubl-extension-basic-components/1",
  "xmlns:efext": "http://data.europa.eu/p27/eforms-ubl-extensions/1",
};

/** The Europe/Amsterdam UTC offset on a date, as +01:00 or +02:00. */
export function amsterdamOffset(date: string): string {
  const d = new Date(`${date.slice(0, 10)}T12:00:00Z`);
  const name = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Amsterdam", timeZoneName: "shortOffset" }).formatToParts(d).find((p) => p.type === "timeZoneName")?.value ?? "GMT+1";
  const hours = Number(name.replace("GMT", "") || "0");
  return `${hours >= 0 ? "+" : "-"}${String(Math.abs(hours)).padStart(2, "0")}:00`;
}

/** Date and time of a planning value (YYYY-MM-DD or YYYY-MM-DDTHH:MM) with its offset; a date alone ends at 23:59. */
export function dateAndTime(value: string): { date: string; time: string } {
  const off = amsterdamOffset(value);
  const time = value.length > 10 ? `${value.slice(11, 16)}:00` : "23:59:00";
  return { date: `${value.slice(0, 10)}${off}`, time: `${time}${off}` };
}

const text = (name: string, value: string) => el(name, { languageID: LANGUAGE }, value);
const amount = (name: string, value: number) => el(name, { currencyID: "EUR" }, value.toFixed(2));
/**
 * BT-27 and BT-271: the estimated value and the framework agreement's maximum value
 * (Simonsen & Weel, C-23/20), in RequestedTenderTotal; nothing when neither is known.
 */
const totals = (value: number | undefined, maximum: number | undefined) =>
  value === undefined && maximum === undefined
    ? undefined
    : el("cac:RequestedTenderTotal",
      maximum !== undefined ? el("ext:UBLExtensions", el("ext:UBLExtension", el("ext:ExtensionContent", el("efext:EformsExtension", amount("efbc:FrameworkMaximumAmount", maximum))))) : undefined,
      value !== undefined ? amount("cbc:EstimatedOverallContractAmount", value) : undefined);
const cpv = (name: string, code: string) => el(name, el("cbc:ItemClassificationCode", { listName: "cpv" }, code));
const country = () => el("cac:Country", el("cbc:IdentificationCode", { listName: "country" }, "NLD"));
const place = (nuts: string | undefined) =>
  el("cac:RealizedLocation", el("cac:Address", nuts ? el("cbc:CountrySubentityCode", { listName: "nuts" }, nuts) : undefined, country()));
const requirement = (listName: string, code: string) =>
  el("cac:TendererQualificationRequest", el("cac:SpecificTendererRequirement", el("cbc:TendererRequirementTypeCode", { listName }, code)));

function organizations(f: NoticeFacts): XmlElement {
  const b = f.buyer;
  return el("efac:Organizations",
    el("efac:Organization",
      el("efac:Company",
        b.website ? el("cbc:WebsiteURI", b.website) : undefined,
        el("cac:PartyIdentification", el("cbc:ID", { schemeName: "organization" }, BUYER_ORG)),
        el("cac:PartyName", text("cbc:Name", b.naam)),
        el("cac:PostalAddress",
          b.straat ? el("cbc:StreetName", b.straat) : undefined,
          b.plaats ? el("cbc:CityName", b.plaats) : undefined,
          b.postcode ? el("cbc:PostalZone", b.postcode) : undefined,
          f.nuts ? el("cbc:CountrySubentityCode", { listName: "nuts" }, f.nuts) : undefined,
          country()),
        b.kvk ? el("cac:PartyLegalEntity", el("cbc:CompanyID", { schemeName: "NL-KVK" }, b.kvk)) : undefined,
        el("cac:Contact",
          b.telefoon ? el("cbc:Telephone", b.telefoon) : undefined,
          b.email ? el("cbc:ElectronicMail", b.email) : undefined))));
}

/** BT-540, the criterion's description in the notice. */
export const criterionDescription = (c: { naam: string; weging: number }) => `${c.naam}: ${c.weging}% van de totaalscore.`;

function criterion(c: { naam: string; weging: number }): XmlElement {
  return el("cac:SubordinateAwardingCriterion",
    el("ext:UBLExtensions", el("ext:UBLExtension", el("ext:ExtensionContent", el("efext:EformsExtension",
      el("efac:AwardCriterionParameter",
        el("efbc:ParameterCode", { listName: "number-weight" }, "per-exa"),
        el("efbc:ParameterNumeric", c.weging)))))),
    el("cbc:AwardingCriterionTypeCode", { listName: "award-criterion-type" }, "quality"),
    text("cbc:Name", c.naam),
    text("cbc:Description", criterionDescription(c)));
}

function lot(f: NoticeFacts, l: NoticeLot): XmlElement {
  const deadline = f.deadline ? dateAndTime(f.deadline) : undefined;
  return el("cac:ProcurementProjectLot",
    el("cbc:ID", { schemeName: "Lot" }, l.noticeId),
    el("cac:TenderingTerms",
      requirement("reserved-procurement", "none"),
      requirement("selection-criteria-source", CRITERIA_SOURCE),
      el("cac:ContractExecutionRequirement", el("cbc:ExecutionRequirementCode", { listName: "reserved-execution" }, "no")),
      el("cac:AwardingTerms", el("cac:AwardingCriterion", l.criteria.map(criterion))),
      el("cac:Language", el("cbc:ID", LANGUAGE))),
    el("cac:TenderingProcess",
      // One stage: the deadline for tenders (BT-131); more stages: for requests to participate (BT-1311), as the SDK requires of `oth-mult`.
      deadline ? el(f.stages.length ? "cac:ParticipationRequestReceptionPeriod" : "cac:TenderSubmissionDeadlinePeriod", el("cbc:EndDate", deadline.date), el("cbc:EndTime", deadline.time)) : undefined,
      el("cac:FrameworkAgreement", el("cbc:MaximumOperatorQuantity", l.contractors)),
      el("cac:ContractingSystem", el("cbc:ContractingSystemTypeCode", { listName: "framework-agreement" }, FRAMEWORK))),
    el("cac:ProcurementProject",
      el("cbc:ID", { schemeName: "InternalID" }, l.internalId),
      text("cbc:Name", l.title),
      text("cbc:Description", l.description),
      el("cbc:ProcurementTypeCode", { listName: "contract-nature" }, "services"),
      totals(l.value, l.maximum),
      cpv("cac:MainCommodityClassification", l.cpv),
      place(f.nuts),
      el("cac:PlannedPeriod", el("cbc:DurationMeasure", { unitCode: "MONTH" }, f.durationMonths)),
      f.renewalDescription
        ? el("cac:ContractExtension",
          el("cbc:MaximumNumberNumeric", f.renewals.length),
          el("cac:Renewal", el("cac:Period", text("cbc:Description", f.renewalDescription))))
        : undefined));
}

function group(g: NoticeLotGroup): XmlElement {
  return el("cac:ProcurementProjectLot",
    el("cbc:ID", { schemeName: "LotsGroup" }, g.noticeId),
    el("cac:ProcurementProject",
      text("cbc:Name", g.title),
      text("cbc:Description", g.description),
      totals(g.value, g.maximum)));
}

/** The procedure's features (BT-88): how selection and award run, in one paragraph. */
export const PROCEDURE_FEATURES =
  "Sociale en andere specifieke diensten (lichte regime, Aanbestedingswet 2012 art. 2.38 en 2.39). Eén fase: selectie op de eisen en gunning op kwaliteit per perceel en subperceel, met de gunningscriteria en wegingen van de aanbestedingsleidraad; per perceel een raamovereenkomst met een vast aantal contractanten, zonder nieuwe mededinging.";

const PHASE_NAME = { selectie: "selectiefase", dialoog: "dialoogfase", gunning: "gunningsfase" } as const;
const listed = (xs: string[]) => (xs.length < 2 ? xs.join("") : `${xs.slice(0, -1).join(", ")} en ${xs[xs.length - 1]}`);

/**
 * BT-88 of a multi-stage procedure: which subtenders have which phases, in the
 * leidraad's words, and that the others run in one phase.
 */
export function procedureFeatures(f: Pick<NoticeFacts, "stages" | "lots">): string {
  if (!f.stages.length) return PROCEDURE_FEATURES;
  const phased = new Set(f.stages.map((s) => s.naam));
  const single = [...new Set(f.lots.map((l) => l.subtender.naam))].filter((n) => !phased.has(n));
  return [
    "Sociale en andere specifieke diensten (lichte regime, Aanbestedingswet 2012 art. 2.38 en 2.39), in meer fasen.",
    ...f.stages.map((s) => `${s.naam}: ${listed(s.fasen.map((x) => PHASE_NAME[x]))}, na elkaar; de aanmelding met de stukken voor de selectie uiterlijk op de termijn voor verzoeken tot deelneming${s.fasen.includes("dialoog") ? ", daarna een dialoog met de geselecteerde inschrijvers volgens de aanbestedingsleidraad" : ""}.`),
    single.length ? `${listed(single)}: selectie en gunning in één fase, de volledige inschrijving op dezelfde termijn.` : "",
    "Gunning op kwaliteit per perceel en subperceel, met de gunningscriteria en wegingen van de aanbestedingsleidraad; per perceel een raamovereenkomst met een vast aantal contractanten, zonder nieuwe mededinging.",
  ].filter(Boolean).join(" ");
}

export function contractNoticeXml(f: NoticeFacts): string {
  const issue = dateAndTime(f.issueDate);
  const root = el("ContractNotice", NS,
    el("ext:UBLExtensions", el("ext:UBLExtension", el("ext:ExtensionContent", el("efext:EformsExtension",
      el("efac:NoticeSubType", el("cbc:SubTypeCode", { listName: "notice-subtype" }, NOTICE_SUBTYPE)),
      organizations(f))))),
    el("cbc:UBLVersionID", "2.3"),
    el("cbc:CustomizationID", CUSTOMIZATION_ID),
    el("cbc:ID", { schemeName: "notice-id" }, f.noticeUuid),
    el("cbc:ContractFolderID", f.procedureUuid),
    el("cbc:IssueDate", issue.date),
    el("cbc:IssueTime", `00:00:00${amsterdamOffset(f.issueDate)}`),
    el("cbc:VersionID", "01"),
    el("cbc:RegulatoryDomain", LEGAL_BASIS),
    el("cbc:NoticeTypeCode", { listName: "competition" }, NOTICE_TYPE),
    el("cbc:NoticeLanguageCode", LANGUAGE),
    el("cac:ContractingParty", el("cac:Party", el("cac:PartyIdentification", el("cbc:ID", { schemeName: "organization" }, BUYER_ORG)))),
    el("cac:TenderingTerms",
      requirement("exclusion-grounds-source", CRITERIA_SOURCE),
      f.groups.length
        ? el("cac:LotDistribution", f.groups.map((g) =>
          el("cac:LotsGroup",
            el("cbc:LotsGroupID", { schemeName: "LotsGroup" }, g.noticeId),
            g.lotIds.map((id) => el("cac:ProcurementProjectLotReference", el("cbc:ID", { schemeName: "Lot" }, id))))))
        : undefined),
    el("cac:TenderingProcess",
      text("cbc:Description", procedureFeatures(f)),
      el("cbc:ProcedureCode", { listName: "procurement-procedure-type" }, f.stages.length ? PROCEDURE_TYPE_MULTI_STAGE : PROCEDURE_TYPE)),
    el("cac:ProcurementProject",
      el("cbc:ID", { schemeName: "InternalID" }, f.kenmerk),
      text("cbc:Name", f.title),
      text("cbc:Description", f.description),
      el("cbc:ProcurementTypeCode", { listName: "contract-nature" }, "services"),
      totals(f.value, f.maximum),
      cpv("cac:MainCommodityClassification", f.cpv),
      place(f.nuts)),
    f.lots.map((l) => lot(f, l)),
    f.groups.map(group));
  return serialize(root);
}
