/**
 * The OCDS release package (OCDS 1.1.5 with the eForms profile's extensions:
 * lots, awardCriteria, techniques, renewal): one tender release, rendered from
 * the same NoticeFacts as the eForms notice.
 */
import type { NoticeFacts } from "../facts.ts";
import { lastDayOf } from "../../wording/agreement.ts";
import { amsterdamOffset, dateAndTime } from "../eforms/contract-notice.ts";
import { socialServiceCpv } from "../../content/eforms-code-lists.ts";

/**
 * The placeholder ocid prefix. A publisher registers its own with the Open
 * Contracting Partnership and puts it in `aankondiging.ocid_prefix`; until the
 * team has one, this placeholder marks the release as unregistered (the
 * validator warns).
 */
export const OCID_PREFIX = "ocds-000000";

/** The SAS regime, as procurementMethodDetails names it. */
export const SAS_REGIME = "Sociale en andere specifieke diensten: lichte regime van Richtlijn 2014/24/EU (art. 74-76) en de Aanbestedingswet 2012 (art. 2.38 en 2.39)";

const iso = (value: string) => {
  const { date, time } = dateAndTime(value);
  return `${date.slice(0, 10)}T${time}`;
};
const days = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000) + 1;

export function ocdsReleasePackage(f: NoticeFacts, versie: string): Record<string, unknown> {
  const buyerId = f.buyer.kvk ? `NL-KVK-${f.buyer.kvk}` : `buyer-${f.tenderId}`;
  const published = `${f.issueDate}T00:00:00${amsterdamOffset(f.issueDate)}`;
  const period = f.startDate
    ? { startDate: iso(f.startDate.slice(0, 10)).replace(/T.*$/, `T00:00:00${amsterdamOffset(f.startDate)}`), endDate: `${lastDayOf(f.startDate, f.durationMonths)}T23:59:59${amsterdamOffset(lastDayOf(f.startDate, f.durationMonths))}`, durationInDays: days(f.startDate.slice(0, 10), lastDayOf(f.startDate, f.durationMonths)) }
    : { durationInDays: f.durationMonths * 30 };
  const renewal = f.renewalDescription ? { hasRenewal: true, renewal: { description: f.renewalDescription, maximumRenewals: f.renewals.length } } : { hasRenewal: false };
  const value = (amount: number | undefined) => (amount === undefined ? {} : { value: { amount, currency: "EUR" } });
  const release = {
    ocid: `${f.ocidPrefix ?? OCID_PREFIX}-${f.tenderId}`,
    id: `${f.tenderId}-${versie}-tender`,
    date: published,
    tag: ["tender"],
    initiationType: "tender",
    language: "nl",
    parties: [{
      id: buyerId,
      name: f.buyer.naam,
      ...(f.buyer.kvk ? { identifier: { scheme: "NL-KVK", id: f.buyer.kvk, legalName: f.buyer.naam } } : {}),
      address: {
        ...(f.buyer.straat ? { streetAddress: f.buyer.straat } : {}),
        ...(f.buyer.plaats ? { locality: f.buyer.plaats } : {}),
        ...(f.buyer.postcode ? { postalCode: f.buyer.postcode } : {}),
        ...(f.nuts ? { region: f.nuts } : {}),
        countryName: "Nederland",
        country: "NL",
      },
      contactPoint: {
        ...(f.buyer.email ? { email: f.buyer.email } : {}),
        ...(f.buyer.telefoon ? { telephone: f.buyer.telefoon } : {}),
        ...(f.buyer.website ? { url: f.buyer.website } : {}),
      },
      roles: ["buyer"],
    }],
    buyer: { id: buyerId, name: f.buyer.naam },
    tender: {
      id: f.kenmerk,
      title: f.title,
      description: f.description,
      status: "active",
      // A subtender with a selection phase first makes the procedure selective, as eForms `oth-mult` (BT-105).
      procurementMethod: f.stages.length ? "selective" : "open",
      procurementMethodDetails: SAS_REGIME,
      mainProcurementCategory: "services",
      ...value(f.value),
      ...(f.maximum !== undefined ? { techniques: { hasFrameworkAgreement: true, frameworkAgreement: { value: { amount: f.maximum, currency: "EUR" } } } } : {}),
      ...(f.deadline ? { tenderPeriod: { endDate: iso(f.deadline) } } : {}),
      contractPeriod: period,
      items: f.lots.map((l, i) => ({
        id: String(i + 1),
        description: l.title,
        classification: { scheme: "CPV", id: l.cpv, ...(socialServiceCpv().get(l.cpv) ? { description: socialServiceCpv().get(l.cpv) } : {}) },
        relatedLot: l.noticeId,
      })),
      lots: f.lots.map((l) => ({
        id: l.noticeId,
        title: l.title,
        description: l.description,
        status: "active",
        ...value(l.value),
        contractPeriod: period,
        awardCriteria: {
          criteria: l.criteria.map((c) => ({ type: "quality", name: c.naam, numbers: [{ number: c.weging, weight: "percentageExact" }] })),
        },
        // BT-271: the framework agreement's maximum value (Simonsen & Weel, C-23/20).
        techniques: { hasFrameworkAgreement: true, frameworkAgreement: { maximumParticipants: l.contractors, method: "withoutReopeningCompetition", ...(l.maximum !== undefined ? { value: { amount: l.maximum, currency: "EUR" } } : {}) } },
        ...renewal,
      })),
      ...(f.groups.length ? { lotGroups: f.groups.map((g) => ({ id: g.noticeId, title: g.title, description: g.description, relatedLots: g.lotIds, ...(g.value !== undefined ? { maximumValue: { amount: g.value, currency: "EUR" } } : {}) })) } : {}),
    },
  };
  return {
    // Where the package is published is the team's choice; without a website the ocid names it.
    uri: f.buyer.website ? `${f.buyer.website.replace(/\/$/, "")}/open-data/ocds-release-package.json` : `urn:ocid:${release.ocid}`,
    version: "1.1",
    publishedDate: published,
    publisher: { name: f.buyer.naam, ...(f.buyer.kvk ? { scheme: "NL-KVK", uid: f.buyer.kvk } : {}) },
    releases: [release],
  };
}
