import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { validateContent } from "../../src/pipeline/validate-content.ts";
import type { Model } from "../../src/model/types.ts";
import { noticeFacts } from "../../src/notices/facts.ts";
import { contractNoticeXml } from "../../src/notices/eforms/contract-notice.ts";
import { validateAgainstXsd } from "../../src/notices/eforms/xsd.ts";
import { checkFieldRules } from "../../src/notices/eforms/field-rules.ts";
import { parseXml, type Node } from "../../src/notices/eforms/xml-parse.ts";
import { evaluate, stringValue } from "../../src/notices/eforms/xpath.ts";
import { SDK_DIR } from "../../src/notices/eforms/sdk.ts";
import { rijnmondShaped } from "../fixtures/rijnmond-shaped.ts";

const root = join(import.meta.dirname, "..", "..");

function modelOf(dir: string): Model {
  const result = validateContent(join(root, dir));
  expect(result.diagnostics.filter((d) => d.severity === "fout")).toEqual([]);
  return result.model!;
}

const texts = (xml: Node, path: string, ctx?: Node) => (ctx ? evaluate(path, [ctx]) : evaluate(path, [], xml)).map((i) => stringValue(i).trim());
const lotsOf = (xml: Node) => evaluate("/*/cac:ProcurementProjectLot[cbc:ID/@schemeName='Lot']", [], xml) as Node[];

/** Reads the leidraad's facts from the model and the notice's from the XML, lot by lot. */
function compareWithModel(model: Model, xmlText: string) {
  const xml = parseXml(xmlText);
  const contractLots = model.lots.filter((l) => model.subtenders.find((s) => s.id === l.subtenderId)!.procedure === "aanbesteding" && !l.subLotIds.length);
  const lots = lotsOf(xml);
  expect(lots.length).toBe(contractLots.length);
  lots.forEach((lotNode, i) => {
    const lot = contractLots[i];
    // The label as written; prefixed with the subtender's id only when another subtender uses the same label.
    const sameLabel = contractLots.filter((l) => l.nummer === lot.nummer).length > 1;
    expect(texts(xml, "cac:ProcurementProject/cbc:ID", lotNode)).toEqual([sameLabel ? `${lot.subtenderId}/${lot.nummer}` : lot.nummer]);
    expect(texts(xml, "cac:ProcurementProject/cbc:Name", lotNode)[0]).toContain(`${lot.nummer} ${lot.naam}`);
    expect(texts(xml, "cac:TenderingProcess/cac:FrameworkAgreement/cbc:MaximumOperatorQuantity", lotNode)).toEqual([String(lot.aantal_contractanten)]);
    expect(texts(xml, "cac:TenderingProcess/cac:ContractingSystem/cbc:ContractingSystemTypeCode", lotNode)).toEqual(["fa-wo-rc"]);
    const criteria = evaluate("cac:TenderingTerms/cac:AwardingTerms/cac:AwardingCriterion/cac:SubordinateAwardingCriterion", [lotNode]) as Node[];
    expect(criteria.map((c) => texts(xml, "cbc:Name", c)[0])).toEqual(lot.gunningscriteria.map((c) => c.naam));
    expect(criteria.map((c) => Number(texts(xml, "ext:UBLExtensions/ext:UBLExtension/ext:ExtensionContent/efext:EformsExtension/efac:AwardCriterionParameter/efbc:ParameterNumeric", c)[0])))
      .toEqual(lot.gunningscriteria.map((c) => c.weging));
    expect(criteria.map((c) => texts(xml, "ext:UBLExtensions/ext:UBLExtension/ext:ExtensionContent/efext:EformsExtension/efac:AwardCriterionParameter/efbc:ParameterCode", c)[0])).toEqual(criteria.map(() => "per-exa"));
    expect(texts(xml, "cac:ProcurementProject/cac:PlannedPeriod/cbc:DurationMeasure", lotNode)).toEqual([String(model.tender.overeenkomst.looptijd_maanden)]);
    expect(texts(xml, "cac:ProcurementProject/cac:ContractExtension/cbc:MaximumNumberNumeric", lotNode)).toEqual(
      model.tender.overeenkomst.verlengingen?.length ? [String(model.tender.overeenkomst.verlengingen.length)] : []);
    expect(texts(xml, "cac:ProcurementProject/cac:RealizedLocation/cac:Address/cbc:CountrySubentityCode", lotNode)).toEqual([model.tender.aanbestedende_dienst.nuts]);
    expect(texts(xml, "cac:ProcurementProject/cac:RequestedTenderTotal/cbc:EstimatedOverallContractAmount", lotNode)).toEqual(lot.geraamde_waarde === undefined ? [] : [lot.geraamde_waarde.toFixed(2)]);
  });
  return xml;
}

describe("eForms contract notice (subtype 20) of the example", () => {
  let model: Model;
  let xml: string;
  beforeAll(() => {
    model = modelOf("content");
    xml = contractNoticeXml(noticeFacts(model));
  });

  it("is valid against the SDK 1.15.1 XSD and the subtype-20 field rules", async () => {
    expect(await validateAgainstXsd(xml)).toEqual([]);
    const report = checkFieldRules(xml);
    expect(report.problems).toEqual([]);
    expect(report.unsupported).toEqual([]);
  }, 60_000);

  it("has the lots, contractor counts, criteria and weights of the leidraad, lot by lot", () => {
    const doc = compareWithModel(model, xml);
    expect(texts(doc, "/*/cbc:CustomizationID")).toEqual(["eforms-sdk-1.15"]);
    expect(texts(doc, "/*/cbc:NoticeTypeCode")).toEqual(["cn-social"]);
    expect(texts(doc, "/*/cbc:NoticeLanguageCode")).toEqual(["NLD"]);
    expect(texts(doc, "/*/cac:ProcurementProject/cbc:Name")).toEqual([model.tender.titel]);
    expect(texts(doc, "/*/cac:ProcurementProject/cac:MainCommodityClassification/cbc:ItemClassificationCode")).toEqual([model.tender.aankondiging!.cpv]);
    expect(texts(doc, "/*/cac:ProcurementProject/cac:RequestedTenderTotal/cbc:EstimatedOverallContractAmount")).toEqual([model.tender.aankondiging!.geraamde_waarde!.toFixed(2)]);
    expect(texts(doc, "/*/ext:UBLExtensions/ext:UBLExtension/ext:ExtensionContent/efext:EformsExtension/efac:Organizations/efac:Organization/efac:Company/cac:PartyLegalEntity/cbc:CompanyID")).toEqual([model.tender.aanbestedende_dienst.kvk]);
    // The deadline from the planning, Amsterdam summer or winter time.
    const deadline = model.tender.planning.find((m) => m.id === "inschrijving")!.datum;
    expect(new Set(texts(doc, "/*/cac:ProcurementProjectLot/cac:TenderingProcess/cac:TenderSubmissionDeadlinePeriod/cbc:EndDate"))).toEqual(new Set([`${deadline.slice(0, 10)}+02:00`]));
    expect(new Set(texts(doc, "/*/cac:ProcurementProjectLot/cac:TenderingProcess/cac:TenderSubmissionDeadlinePeriod/cbc:EndTime"))).toEqual(new Set([`${deadline.slice(11, 16)}:00+02:00`]));
  });

  it("turns a lot with sub-lots into a lots group and leaves the toelating out, saying so once", () => {
    const doc = parseXml(xml);
    const withSubLots = model.lots.filter((l) => l.subLotIds.length && model.subtenders.find((s) => s.id === l.subtenderId)!.procedure === "aanbesteding");
    expect(texts(doc, "/*/cac:TenderingTerms/cac:LotDistribution/cac:LotsGroup/cbc:LotsGroupID")).toEqual(withSubLots.map((_, i) => `GLO-${String(i + 1).padStart(4, "0")}`));
    const admission = model.subtenders.filter((s) => s.procedure === "toelating");
    expect(admission.length).toBeGreaterThan(0);
    const description = texts(doc, "/*/cac:ProcurementProject/cbc:Description")[0];
    expect(description.match(/een toelating is geen overheidsopdracht/g)).toHaveLength(1);
    for (const s of admission) for (const id of s.lotIds) {
      const lot = model.lots.find((l) => l.id === id)!;
      expect(texts(doc, "/*/cac:ProcurementProjectLot/cac:ProcurementProject/cbc:Name")).not.toContain(expect.stringContaining(lot.naam));
    }
  });

  it("is caught when broken: a dropped mandatory element, a wrong code, an element out of place", async () => {
    const noTitle = xml.replace(/<cac:ProcurementProject>\s*<cbc:ID schemeName="InternalID">[^<]*<\/cbc:ID>\s*<cbc:Name languageID="NLD">[^<]*<\/cbc:Name>/, (m) => m.replace(/<cbc:Name[^>]*>[^<]*<\/cbc:Name>/, ""));
    expect(noTitle).not.toBe(xml);
    expect(checkFieldRules(noTitle).problems.map((p) => p.field)).toContain("BT-21-Procedure");

    const wrongNuts = xml.replace(/<cbc:CountrySubentityCode listName="nuts">NL213</, '<cbc:CountrySubentityCode listName="nuts">NL999<');
    expect(wrongNuts).not.toBe(xml);
    expect(checkFieldRules(wrongNuts).problems.some((p) => p.field === "BT-507-Organization-Company" && p.message.includes("NL999"))).toBe(true);

    const wrongWeightCode = xml.replace('<efbc:ParameterCode listName="number-weight">per-exa<', '<efbc:ParameterCode listName="number-weight">percent<');
    expect(checkFieldRules(wrongWeightCode).problems.map((p) => p.field)).toContain("BT-5421-Lot");

    const noLotId = xml.replace('<cbc:ID schemeName="Lot">LOT-0001</cbc:ID>', '<cbc:ID schemeName="Lot">LOT-1</cbc:ID>');
    expect(checkFieldRules(noLotId).problems.map((p) => p.field)).toContain("BT-137-Lot");

    const outOfOrder = xml.replace("<cbc:UBLVersionID>2.3</cbc:UBLVersionID>\n  <cbc:CustomizationID>eforms-sdk-1.15</cbc:CustomizationID>", "<cbc:CustomizationID>eforms-sdk-1.15</cbc:CustomizationID>\n  <cbc:UBLVersionID>2.3</cbc:UBLVersionID>");
    expect(outOfOrder).not.toBe(xml);
    const xsd = await validateAgainstXsd(outOfOrder);
    expect(xsd.length).toBeGreaterThan(0);
    expect(xsd[0].message).toContain("UBLVersionID': This element is not expected");
  }, 60_000);

  it("reads the official light-regime example the same way (only codes outside our vendored subsets differ)", () => {
    const official = readFileSync(join(SDK_DIR, "examples", "notices", "cn-social_24.xml"), "utf8");
    const report = checkFieldRules(official);
    // The example's additional CPV 80000000 (education) and its Luxembourg eSender's NUTS code are not in the SAS and Dutch subsets we vendor.
    expect(report.problems.map((p) => p.field).sort()).toEqual(["BT-263-Lot", "BT-263-Procedure", "BT-507-Organization-Company"]);
    // Same root structure as ours.
    const ours = parseXml(xml);
    const theirs = parseXml(official);
    for (const path of ["/*/cbc:CustomizationID", "/*/cbc:NoticeTypeCode", "/*/cbc:RegulatoryDomain", "/*/ext:UBLExtensions/ext:UBLExtension/ext:ExtensionContent/efext:EformsExtension/efac:NoticeSubType/cbc:SubTypeCode", "/*/cac:TenderingProcess/cbc:ProcedureCode"]) {
      expect(texts(ours, path)).toEqual(texts(theirs, path));
    }
  });
});

describe("eForms contract notice of the Rijnmond example", () => {
  it("is valid, has lots B4a-B4c in one lots group GLO, and every count and weight of the leidraad", async () => {
    const model = modelOf("examples/rijnmond");
    const xml = contractNoticeXml(noticeFacts(model));
    expect(await validateAgainstXsd(xml)).toEqual([]);
    expect(checkFieldRules(xml).problems).toEqual([]);
    const doc = compareWithModel(model, xml);
    const b4 = model.lots.find((l) => l.nummer === "B4")!;
    const members = texts(doc, "/*/cac:TenderingTerms/cac:LotDistribution/cac:LotsGroup[cbc:LotsGroupID='GLO-0001']/cac:ProcurementProjectLotReference/cbc:ID");
    const names = members.map((id) => texts(doc, `/*/cac:ProcurementProjectLot[cbc:ID='${id}']/cac:ProcurementProject/cbc:ID`)[0]);
    expect(names).toEqual(b4.subLotIds.map((id) => model.lots.find((l) => l.id === id)!.nummer));
    expect(names).toEqual(["B4a", "B4b", "B4c"]);
    expect(texts(doc, "/*/cac:ProcurementProjectLot[cbc:ID/@schemeName='LotsGroup']/cac:ProcurementProject/cbc:Name")).toEqual([expect.stringContaining("B4")]);
    // The kenmerk with ’ and / as written.
    expect(texts(doc, "/*/cac:ProcurementProject/cbc:ID")).toEqual([model.tender.kenmerk]);
  }, 60_000);
});

describe("eForms contract notice of a Rijnmond-shaped tender with ceilings (maximale_waarde) and phases", () => {
  it("states BT-271 FrameworkMaximumAmount per lot, lots group and procedure, and a multi-stage procedure (BT-105, BT-1311), valid against the XSD and the field rules", async () => {
    const result = validateContent(rijnmondShaped());
    expect(result.diagnostics.filter((d) => d.severity === "fout")).toEqual([]);
    const xml = contractNoticeXml(noticeFacts(result.model!));
    expect(await validateAgainstXsd(xml)).toEqual([]);
    expect(checkFieldRules(xml).problems).toEqual([]);
    const doc = parseXml(xml);
    const max = "cac:ProcurementProject/cac:RequestedTenderTotal/ext:UBLExtensions/ext:UBLExtension/ext:ExtensionContent/efext:EformsExtension/efbc:FrameworkMaximumAmount";
    const ofLot = (label: string) => texts(doc, `/*/cac:ProcurementProjectLot[cac:ProcurementProject/cbc:ID='${label}']/${max}`);
    // Written from test/fixtures/rijnmond-shaped.ts: B4a € 18.000.000, B4 (the lots group) € 45.000.000, A + B = € 490.000.000.
    expect(ofLot("B4a")).toEqual(["18000000.00"]);
    expect(ofLot("B4b")).toEqual([]);
    expect(texts(doc, `/*/cac:ProcurementProjectLot[cbc:ID/@schemeName='LotsGroup']/${max}`)).toEqual(["45000000.00"]);
    expect(texts(doc, `/*/${max}`)).toEqual(["490000000.00"]);
    // Opdracht B has `fasen: [selectie, dialoog, gunning]`: the notice does not say one stage (issue 23 §1).
    expect(texts(doc, "/*/cac:TenderingProcess/cbc:ProcedureCode")).toEqual(["oth-mult"]);
    const features = texts(doc, "/*/cac:TenderingProcess/cbc:Description")[0];
    expect(features).toContain("Opdracht B Prestatieaanbieders: selectiefase, dialoogfase en gunningsfase, na elkaar;");
    expect(features).toContain("Opdracht A Systeemaanbieders: selectie en gunning in één fase");
    expect(features).not.toContain("Eén fase:");
    // BT-1311 on every lot, the planning's Uiterste inschrijfdatum "2021-12-20T12:00" (winter time); BT-131 is forbidden with oth-mult.
    expect(lotsOf(doc)).toHaveLength(8);
    expect(texts(doc, "/*/cac:ProcurementProjectLot/cac:TenderingProcess/cac:ParticipationRequestReceptionPeriod/cbc:EndDate")).toEqual(Array(8).fill("2021-12-20+01:00"));
    expect(texts(doc, "/*/cac:ProcurementProjectLot/cac:TenderingProcess/cac:ParticipationRequestReceptionPeriod/cbc:EndTime")).toEqual(Array(8).fill("12:00:00+01:00"));
    expect(texts(doc, "/*/cac:ProcurementProjectLot/cac:TenderingProcess/cac:TenderSubmissionDeadlinePeriod/cbc:EndDate")).toEqual([]);
    const { runPhase20 } = await import("./schematron.ts");
    expect((await runPhase20(xml)).failures.filter((f) => f.role === "ERROR")).toEqual([]);
  }, 120_000);
});

describe("schematron phase eforms-20 of the SDK (SaxonJS)", () => {
  it("passes the notices of both examples without an error, and catches a break", async () => {
    const { runPhase20 } = await import("./schematron.ts");
    for (const dir of ["content", "examples/rijnmond"]) {
      const report = await runPhase20(contractNoticeXml(noticeFacts(modelOf(dir))));
      expect(report.asserts).toBeGreaterThan(4000);
      expect(report.failures.filter((f) => f.role === "ERROR")).toEqual([]);
    }
    // Two lots with the same internal identifier (BT-22) and a procedure without its title (BT-21).
    const xml = contractNoticeXml(noticeFacts(modelOf("examples/rijnmond")));
    const broken = xml
      .replace(/(<cbc:ID schemeName="InternalID">)B2(<\/cbc:ID>)/, "$1B1$2")
      .replace(/(<cac:ProcurementProject>\s*<cbc:ID schemeName="InternalID">[^<]*<\/cbc:ID>\s*)<cbc:Name languageID="NLD">[^<]*<\/cbc:Name>/, "$1");
    expect(broken).not.toBe(xml);
    const ids = (await runPhase20(broken)).failures.filter((f) => f.role === "ERROR").map((f) => f.id);
    expect(ids).toContain("BR-BT-00022-0241");
    expect(ids).toContain("BR-BT-00021-0027");
  }, 300_000);
});
