import { rmSync } from "node:fs";
import { dirname } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { validateContent } from "../../src/pipeline/validate-content.ts";
import { decide } from "../../src/award/ranking.ts";
import { awardNoticeBlockers, awardNoticeXml, ocdsAwardPackage } from "../../src/award/award-notice.ts";
import { noticeDate } from "../../src/award/write-award.ts";
import { validateAgainstXsd } from "../../src/notices/eforms/xsd.ts";
import { checkFieldRules } from "../../src/notices/eforms/field-rules.ts";
import { parseXml, type Node } from "../../src/notices/eforms/xml-parse.ts";
import { evaluate, stringValue } from "../../src/notices/eforms/xpath.ts";
import { validateOcdsPackage } from "../../src/notices/ocds/validate.ts";
import { applyCase } from "../fixtures/invalid/apply-case.ts";
import { B4B_MAXIMUM, rijnmondScored } from "../fixtures/gunning/scored.ts";

/**
 * The award notice (eForms subtype 33) and the OCDS award release of the
 * scored Rijnmond-shaped tender; expected values from the hand computation in
 * ranking.test.ts. Opdracht B's lots are LOT-0002 (B1) … LOT-0008 (B5): opdracht A
 * is LOT-0001 in the contract notice, and the award notice keeps those ids.
 */
const dir = rijnmondScored();
afterAll(() => rmSync(dirname(dir), { recursive: true, force: true }));
const { model, assessments } = validateContent(dir);
const decisions = assessments.map((assessment) => ({ assessment, decision: decide(model!, assessment) }));
const issued = noticeDate(model!, decisions.map((d) => d.decision));
const xml = awardNoticeXml(model!, decisions, issued);
const root: Node = parseXml(xml);
const values = (xpath: string, context: Node = root) => evaluate(xpath, [context], root).map((n) => stringValue(n).trim());
const R = "/*/ext:UBLExtensions/ext:UBLExtension/ext:ExtensionContent/efext:EformsExtension/efac:NoticeResult";

describe("the award notice (eForms subtype 33)", () => {
  it("is valid against the SDK's ContractAwardNotice XSD and the subtype-33 field rules", async () => {
    expect(await validateAgainstXsd(xml, "ContractAwardNotice")).toEqual([]);
    const report = checkFieldRules(xml, "33");
    expect(report.problems).toEqual([]);
    expect(report.checked).toBeGreaterThan(100);
    expect(values("/*/cbc:NoticeTypeCode")).toEqual(["can-social"]);
    expect(values("/*/ext:UBLExtensions/ext:UBLExtension/ext:ExtensionContent/efext:EformsExtension/efac:NoticeSubType/cbc:SubTypeCode")).toEqual(["33"]);
  });

  it("is dated after the standstill (ends Monday 7 February 2022) and the planned definitieve gunning of that day: 8 February 2022", () => {
    expect(issued).toBe("2022-02-08");
    expect(values("/*/cbc:IssueDate")).toEqual(["2022-02-08+01:00"]);
    expect(values("/*/cac:TenderResult/cbc:AwardDate")).toEqual(["2022-01-17+01:00"]);
  });

  it("per lot: winners chosen or not, the tenders received, the winners' tenders with their ranks, the framework maximum where given", () => {
    const lots = evaluate(`${R}/efac:LotResult`, [], root) as Node[];
    expect(lots).toHaveLength(7);
    const summary = lots.map((lot) => {
      const tenders = values("efac:LotTender/cbc:ID", lot);
      return [
        values("efac:TenderLot/cbc:ID", lot)[0],
        values("cbc:TenderResultCode", lot)[0],
        values("efac:DecisionReason/efbc:DecisionReasonCode", lot)[0] ?? null,
        values("efac:ReceivedSubmissionsStatistics/efbc:StatisticsNumeric", lot)[0] ?? null,
        tenders.map((t) => {
          const tender = evaluate(`${R}/efac:LotTender[cbc:ID='${t}']`, [], root)[0] as Node;
          const party = values("efac:TenderingParty/cbc:ID", tender)[0];
          const org = values(`${R}/efac:TenderingParty[cbc:ID='${party}']/efac:Tenderer/cbc:ID`)[0];
          const kvk = values(`/*/ext:UBLExtensions/ext:UBLExtension/ext:ExtensionContent/efext:EformsExtension/efac:Organizations/efac:Organization/efac:Company[cac:PartyIdentification/cbc:ID='${org}']/cac:PartyLegalEntity/cbc:CompanyID`)[0];
          return `${values("cbc:RankCode", tender)[0]}:${kvk}`;
        }),
        values("efac:FrameworkAgreementValues/cbc:MaximumValueAmount", lot)[0] ?? null,
      ];
    });
    expect(summary).toEqual([
      ["LOT-0002", "selec-w", null, "6", ["1:41000001", "2:41000003", "3:41000004", "4:41000002"], null],
      ["LOT-0003", "clos-nw", "no-rece", null, [], null],
      ["LOT-0004", "selec-w", null, "2", ["1:41000007"], null],
      ["LOT-0005", "clos-nw", "no-rece", null, [], null],
      ["LOT-0006", "selec-w", null, "3", ["1:41000002", "2:41000006"], `${B4B_MAXIMUM}.00`],
      ["LOT-0007", "selec-w", null, "6", ["2:41000003", "3:41000001", "4:41000002"], null],
      ["LOT-0008", "clos-nw", "no-rece", null, [], null],
    ]);
  });

  it("names each winner once as an organisation with its KvK number, and no bidder that won nothing", () => {
    const orgs = "/*/ext:UBLExtensions/ext:UBLExtension/ext:ExtensionContent/efext:EformsExtension/efac:Organizations/efac:Organization/efac:Company";
    expect(values(`${orgs}/cac:PartyName/cbc:Name`)).toEqual(["Gemeenschappelijke Regeling Jeugdhulp Rijnmond", "Stichting Kompasroos Jeugdhulp", "Stichting De Lindehof Jeugd", "Jeugdzorg Havenstad B.V.", "Zorggroep Meerwind B.V.", "Stichting Zonnewijzer Jeugdhulp", "Coöperatie Wijkkracht U.A."]);
    expect(xml).not.toContain("Tij &amp; Anker");
  });

  it("the OCDS award release validates and lists the same suppliers per lot", () => {
    const pkg = ocdsAwardPackage(model!, decisions, issued) as { releases: { tag: string[]; awards: { relatedLots: string[]; status: string; suppliers: { id: string }[] }[] }[] };
    expect(validateOcdsPackage(pkg)).toEqual([]);
    expect(pkg.releases[0].tag).toEqual(["award"]);
    expect(pkg.releases[0].awards.map((a) => [a.relatedLots[0], a.status, a.suppliers.map((s) => s.id)])).toEqual([
      ["LOT-0002", "active", ["NL-KVK-41000001", "NL-KVK-41000003", "NL-KVK-41000004", "NL-KVK-41000002"]],
      ["LOT-0003", "unsuccessful", []],
      ["LOT-0004", "active", ["NL-KVK-41000007"]],
      ["LOT-0005", "unsuccessful", []],
      ["LOT-0006", "active", ["NL-KVK-41000002", "NL-KVK-41000006"]],
      ["LOT-0007", "active", ["NL-KVK-41000003", "NL-KVK-41000001", "NL-KVK-41000002"]],
      ["LOT-0008", "unsuccessful", []],
    ]);
  });

  it("klein without buyer data for notices: the notice is not made and the team is told what is missing", () => {
    const small = applyCase({ name: "klein", edits: [{ file: "beoordeling/spoed.yaml", write: "subtender: spoed\ndatum: 2025-11-07\ninschrijvers:\n  - id: zorg-oost\n    naam: Zorg Oost B.V.\n    inschrijvingen:\n      - perceel: spoedbedden-oost\n        ontvangen: 2025-10-20T09:00\n        geldig: true\n        scores: { kwaliteit: 10, samenwerking: 5 }\n        motivering: { kwaliteit: Sterk plan., samenwerking: Voldoende. }\n" }] });
    try {
      const v = validateContent(small);
      expect(v.errorCount).toBe(0);
      const d = v.assessments.map((assessment) => ({ assessment, decision: decide(v.model!, assessment) }));
      expect(awardNoticeBlockers(v.model!, d)).toEqual([
        "aanbesteding.yaml: aanbestedende_dienst mist `kvk`, `adres.postcode`, `adres.plaats`, `contact.telefoon`, `contact.email` en `nuts`, die elke EU-aankondiging nodig heeft",
        `${v.assessments[0].bestand}: inschrijver \`zorg-oost\` krijgt een gunning maar heeft geen \`kvk\`; de aankondiging van de gegunde opdracht noemt elke winnaar met zijn KvK-nummer`,
      ]);
    } finally {
      rmSync(small, { recursive: true, force: true });
    }
  });
});
