/**
 * The eForms result notice for social and other specific services, subtype 33
 * (`can-social`), as UBL 2.3 ContractAwardNotice XML with the eForms extensions
 * of SDK 1.15: per lot the result (winners chosen or not), the winning tenders
 * with their rank, the number of tenders received, the framework's maximum
 * value where given, and the winners as organisations with their KvK number.
 * The lots carry the same LOT-nnnn ids and the procedure the same identifier as
 * the contract notice (src/notices/facts.ts), so TED links the two.
 *
 * Sent after the contracts are signed (docs/handboek/inkoopteam.md), not with
 * the gunningsbeslissing: the letters are confidential until then.
 */
import type { Assessment, Model } from "../model/types.ts";
import { noticeFacts, stableUuid, type NoticeFacts, type NoticeLot } from "../notices/facts.ts";
import { OCID_PREFIX } from "../notices/ocds/release.ts";
import { fieldList, missingBuyerData } from "../content/notice-requirements.ts";
import { amsterdamOffset, BUYER_ORG, FRAMEWORK, LANGUAGE, LEGAL_BASIS } from "../notices/eforms/contract-notice.ts";
import { CUSTOMIZATION_ID } from "../notices/eforms/sdk.ts";
import { el, serialize, type XmlElement } from "../notices/eforms/xml.ts";
import type { AwardDecision } from "./ranking.ts";

export const AWARD_SUBTYPE = "33";
export const AWARD_NOTICE_TYPE = "can-social";

const NS = {
  xmlns: "urn:oasis:names:specification:ubl:schema:xsd:ContractAwardNotice-2",
  "xmlns:cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
  "xmlns:cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
  "xmlns:ext": "urn:oasis:names:specification:ubl:schema:xsd:CommonExtensionComponents-2",
  "xmlns:efac": "http://data.europa.eu/p27/eforms-ubl-extension-aggregate-components/1",
  "xmlns:efbc": "http://data.europa.eu/p27/eforms-ubl-extension-basic-components/1",
  "xmlns:efext": "http://data.europa.eu/p27/eforms-ubl-extensions/1",
};

const text = (name: string, value: string) => el(name, { languageID: LANGUAGE }, value);
const amount = (name: string, value: number) => el(name, { currencyID: "EUR" }, value.toFixed(2));
const ext = (...children: (XmlElement | undefined)[]) => el("ext:UBLExtensions", el("ext:UBLExtension", el("ext:ExtensionContent", el("efext:EformsExtension", ...children))));
const id = (scheme: string, value: string) => el("cbc:ID", { schemeName: scheme }, value);
const seq = (prefix: string, n: number) => `${prefix}-${String(n).padStart(4, "0")}`;


/** What keeps the notice from being made: winners without a KvK number (BT-501 is mandatory for every organisation). */
export function awardNoticeBlockers(model: Model, decisions: { assessment: Assessment; decision: AwardDecision }[]): string[] {
  const missing = missingBuyerData(model.tender.aanbestedende_dienst);
  const out: string[] = missing.length ? [`aanbesteding.yaml: aanbestedende_dienst mist ${fieldList(missing)}, die elke EU-aankondiging nodig heeft`] : [];
  for (const { assessment, decision } of decisions) {
    const winners = new Set(decision.lots.flatMap((l) => l.entries.filter((e) => e.outcome === "gegund").map((e) => e.bidderId)));
    for (const b of assessment.inschrijvers) if (winners.has(b.id) && !b.kvk) out.push(`${assessment.bestand}: inschrijver \`${b.id}\` krijgt een gunning maar heeft geen \`kvk\`; de aankondiging van de gegunde opdracht noemt elke winnaar met zijn KvK-nummer`);
  }
  return out;
}

/** The award notice of every decision together: one notice for the procedure, its lots those of the decided subtenders. */
export function awardNoticeXml(model: Model, decisions: { assessment: Assessment; decision: AwardDecision }[], issueDate: string): string {
  const f: NoticeFacts = noticeFacts(model);
  const decided = new Map(decisions.flatMap(({ decision }) => decision.lots.map((l) => [l.lot.id, l] as const)));
  const lots = f.lots.filter((l) => decided.has(l.lot.id));
  const bidders = new Map(decisions.flatMap(({ assessment }) => assessment.inschrijvers.map((b) => [b.id, b] as const)));

  // Organisations: the buyer, then every winner once, in order of first award.
  const orgOf = new Map<string, string>();
  const tenders: { tenderId: string; lot: NoticeLot; bidderId: string; rank: number }[] = [];
  for (const l of lots) {
    for (const e of decided.get(l.lot.id)!.entries.filter((x) => x.outcome === "gegund")) {
      if (!orgOf.has(e.bidderId)) orgOf.set(e.bidderId, seq("ORG", orgOf.size + 2));
      tenders.push({ tenderId: seq("TEN", tenders.length + 1), lot: l, bidderId: e.bidderId, rank: e.rank! });
    }
  }
  const partyOf = new Map([...orgOf.keys()].map((b, i) => [b, seq("TPA", i + 1)]));

  const lotResult = (l: NoticeLot, i: number) => {
    const result = decided.get(l.lot.id)!;
    const won = tenders.filter((t) => t.lot === l);
    const received = result.entries.length;
    return el("efac:LotResult",
      id("result", seq("RES", i + 1)),
      el("cbc:TenderResultCode", { listName: "winner-selection-status" }, won.length ? "selec-w" : "clos-nw"),
      // BT-144: no tenders at all, or none that could be awarded.
      won.length ? undefined : el("efac:DecisionReason", el("efbc:DecisionReasonCode", { listName: "non-award-justification" }, received ? "all-rej" : "no-rece")),
      won.map((t) => el("efac:LotTender", id("tender", t.tenderId))),
      l.maximum !== undefined && won.length ? el("efac:FrameworkAgreementValues", amount("cbc:MaximumValueAmount", l.maximum)) : undefined,
      received ? el("efac:ReceivedSubmissionsStatistics", el("efbc:StatisticsCode", { listName: "received-submission-type" }, "tenders"), el("efbc:StatisticsNumeric", received)) : undefined,
      el("efac:TenderLot", id("Lot", l.noticeId)));
  };

  const b = f.buyer;
  const organization = (org: string, name: string, kvk: string | undefined, address: { straat?: string; postcode?: string; plaats?: string } | undefined, buyer: boolean) =>
    el("efac:Organization",
      buyer ? el("efbc:AcquiringCPBIndicator", "false") : undefined,
      buyer ? el("efbc:AwardingCPBIndicator", "false") : undefined,
      el("efac:Company",
        buyer && b.website ? el("cbc:WebsiteURI", b.website) : undefined,
        el("cac:PartyIdentification", id("organization", org)),
        el("cac:PartyName", text("cbc:Name", name)),
        el("cac:PostalAddress",
          address?.straat ? el("cbc:StreetName", address.straat) : undefined,
          address?.plaats ? el("cbc:CityName", address.plaats) : undefined,
          address?.postcode ? el("cbc:PostalZone", address.postcode) : undefined,
          buyer && f.nuts ? el("cbc:CountrySubentityCode", { listName: "nuts" }, f.nuts) : undefined,
          el("cac:Country", el("cbc:IdentificationCode", { listName: "country" }, "NLD"))),
        kvk ? el("cac:PartyLegalEntity", el("cbc:CompanyID", { schemeName: "NL-KVK" }, kvk)) : undefined,
        buyer ? el("cac:Contact", b.telefoon ? el("cbc:Telephone", b.telefoon) : undefined, b.email ? el("cbc:ElectronicMail", b.email) : undefined) : undefined));

  const decisionDate = decisions.map((d) => d.decision.datum).sort()[0];
  const root = el("ContractAwardNotice", NS,
    ext(
      el("efac:NoticeResult",
        lots.map(lotResult),
        tenders.map((t) => el("efac:LotTender",
          id("tender", t.tenderId),
          el("cbc:RankCode", t.rank),
          el("efbc:TenderRankedIndicator", "true"),
          el("efac:TenderingParty", id("tendering-party", partyOf.get(t.bidderId)!)),
          el("efac:TenderLot", id("Lot", t.lot.noticeId)))),
        [...orgOf.entries()].map(([bidderId, org]) => el("efac:TenderingParty", id("tendering-party", partyOf.get(bidderId)!), el("efac:Tenderer", id("organization", org))))),
      el("efac:NoticeSubType", el("cbc:SubTypeCode", { listName: "notice-subtype" }, AWARD_SUBTYPE)),
      el("efac:Organizations",
        organization(BUYER_ORG, b.naam, b.kvk, b, true),
        [...orgOf.entries()].map(([bidderId, org]) => {
          const bidder = bidders.get(bidderId)!;
          return organization(org, bidder.naam, bidder.kvk, bidder.adres, false);
        }))),
    el("cbc:UBLVersionID", "2.3"),
    el("cbc:CustomizationID", CUSTOMIZATION_ID),
    id("notice-id", stableUuid(`award:${f.tenderId}:${decisions.map((d) => `${d.assessment.subtender}@${d.decision.datum}`).join(",")}`)),
    el("cbc:ContractFolderID", f.procedureUuid),
    el("cbc:IssueDate", `${issueDate}${amsterdamOffset(issueDate)}`),
    el("cbc:IssueTime", `00:00:00${amsterdamOffset(issueDate)}`),
    el("cbc:VersionID", "01"),
    el("cbc:RegulatoryDomain", LEGAL_BASIS),
    el("cbc:NoticeTypeCode", { listName: "result" }, AWARD_NOTICE_TYPE),
    el("cbc:NoticeLanguageCode", LANGUAGE),
    el("cac:ContractingParty", el("cac:Party", el("cac:PartyIdentification", id("organization", BUYER_ORG)))),
    el("cac:ProcurementProject",
      el("cbc:ID", { schemeName: "InternalID" }, f.kenmerk),
      text("cbc:Name", f.title),
      text("cbc:Description", f.description),
      el("cbc:ProcurementTypeCode", { listName: "contract-nature" }, "services"),
      el("cac:MainCommodityClassification", el("cbc:ItemClassificationCode", { listName: "cpv" }, f.cpv))),
    lots.map((l) => el("cac:ProcurementProjectLot",
      id("Lot", l.noticeId),
      el("cac:TenderingProcess", el("cac:ContractingSystem", el("cbc:ContractingSystemTypeCode", { listName: "framework-agreement" }, FRAMEWORK))),
      el("cac:ProcurementProject",
        el("cbc:ID", { schemeName: "InternalID" }, l.internalId),
        text("cbc:Name", l.title),
        text("cbc:Description", l.description),
        el("cbc:ProcurementTypeCode", { listName: "contract-nature" }, "services"),
        el("cac:MainCommodityClassification", el("cbc:ItemClassificationCode", { listName: "cpv" }, l.cpv))))),
    el("cac:TenderResult", el("cbc:AwardDate", `${decisionDate}${amsterdamOffset(decisionDate)}`)));
  return serialize(root);
}

/**
 * The OCDS award release, in the package style of the tender release
 * (src/notices/ocds/release.ts): the same ocid, the buyer and every winner as
 * parties, and one award per lot with its suppliers. Published with the award
 * notice, after the contracts are signed.
 */
export function ocdsAwardPackage(model: Model, decisions: { assessment: Assessment; decision: AwardDecision }[], issueDate: string): Record<string, unknown> {
  const f = noticeFacts(model);
  const buyerId = f.buyer.kvk ? `NL-KVK-${f.buyer.kvk}` : `buyer-${f.tenderId}`;
  const published = `${issueDate}T00:00:00${amsterdamOffset(issueDate)}`;
  const decided = new Map(decisions.flatMap(({ decision }) => decision.lots.map((l) => [l.lot.id, l] as const)));
  const bidders = new Map(decisions.flatMap(({ assessment }) => assessment.inschrijvers.map((b) => [b.id, b] as const)));
  const partyId = (bidderId: string) => {
    const kvk = bidders.get(bidderId)!.kvk;
    return kvk ? `NL-KVK-${kvk}` : `inschrijver-${bidderId}`;
  };
  const lots = f.lots.filter((l) => decided.has(l.lot.id));
  const winners = [...new Set(lots.flatMap((l) => decided.get(l.lot.id)!.entries.filter((e) => e.outcome === "gegund").map((e) => e.bidderId)))];
  const decisionDate = decisions.map((d) => d.decision.datum).sort()[0];
  const release = {
    ocid: `${OCID_PREFIX}-${f.tenderId}`,
    id: `${f.tenderId}-${decisions.map((d) => `${d.assessment.subtender}-${d.decision.datum}`).join("-")}-award`,
    date: published,
    tag: ["award"],
    initiationType: "tender",
    language: "nl",
    parties: [
      { id: buyerId, name: f.buyer.naam, ...(f.buyer.kvk ? { identifier: { scheme: "NL-KVK", id: f.buyer.kvk, legalName: f.buyer.naam } } : {}), roles: ["buyer"] },
      ...winners.map((id) => {
        const b = bidders.get(id)!;
        return {
          id: partyId(id), name: b.naam,
          ...(b.kvk ? { identifier: { scheme: "NL-KVK", id: b.kvk, legalName: b.naam } } : {}),
          ...(b.adres ? { address: { streetAddress: b.adres.straat, postalCode: b.adres.postcode, locality: b.adres.plaats, countryName: "Nederland", country: "NL" } } : {}),
          roles: ["supplier", "tenderer"],
        };
      }),
    ],
    buyer: { id: buyerId, name: f.buyer.naam },
    awards: lots.map((l, i) => {
      const result = decided.get(l.lot.id)!;
      const won = result.entries.filter((e) => e.outcome === "gegund");
      return {
        id: seq("RES", i + 1),
        title: l.title,
        status: won.length ? "active" : "unsuccessful",
        date: `${decisionDate}T00:00:00${amsterdamOffset(decisionDate)}`,
        relatedLots: [l.noticeId],
        suppliers: won.map((e) => ({ id: partyId(e.bidderId), name: e.bidderName })),
        ...(l.maximum !== undefined ? { value: { amount: l.maximum, currency: "EUR" } } : {}),
      };
    }),
    bids: { statistics: lots.map((l, i) => ({ id: String(i + 1), measure: "bids", value: decided.get(l.lot.id)!.entries.length, relatedLot: l.noticeId })) },
  };
  return {
    uri: f.buyer.website ? `${f.buyer.website.replace(/\/$/, "")}/open-data/ocds-gunning.json` : `urn:ocid:${release.ocid}:gunning`,
    version: "1.1",
    publishedDate: published,
    publisher: { name: f.buyer.naam, ...(f.buyer.kvk ? { scheme: "NL-KVK", uid: f.buyer.kvk } : {}) },
    releases: [release],
  };
}
