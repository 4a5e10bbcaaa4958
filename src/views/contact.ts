import { h } from "hastscript";
import type { Element, ElementContent } from "hast";
import type { Model } from "../model/types.ts";
import { formatDateTime } from "../format/dates.ts";
import { joined, text } from "./join.ts";

/** The platform on which the tender runs: questions, Notas, bids (templates/leidraad/communicatie.md names it too). */
export const PLATFORM = "Mercell";

/** The tender's page on the platform, when the team gave it (`aankondiging.platform_url`). */
export const platformUrl = (model: Pick<Model, "tender">): string | undefined => model.tender.aankondiging?.platform_url;

/** The platform by name, linked to the tender's page on it when known. */
export function platformLink(model: Pick<Model, "tender">, label = PLATFORM): ElementContent {
  const href = platformUrl(model);
  return href ? h("a", { href, rel: "external" }, label) : text(label);
}

/**
 * Who to reach and how: the buyer's name, e-mail, phone and website as given
 * (`aanbestedende_dienst.contact`), and the platform. Every contact field is
 * optional; the platform is always there, as the leidraad sends every
 * question there.
 */
export function contactView(model: Pick<Model, "tender">): Element {
  const buyer = model.tender.aanbestedende_dienst;
  const c = buyer.contact ?? {};
  const parts: (ElementContent | ElementContent[])[] = [h("strong", buyer.naam)];
  if (c.email) parts.push([text("e-mail "), h("a", { href: `mailto:${c.email}` }, c.email)]);
  if (c.telefoon) parts.push([text("telefoon "), h("a", { href: `tel:${c.telefoon.replace(/[^+\d]/g, "")}` }, c.telefoon)]);
  if (c.website) parts.push(h("a", { href: c.website, rel: "external" }, c.website.replace(/^https?:\/\//, "").replace(/\/$/, "")));
  parts.push([text("vragen en inschrijven via "), platformLink(model)]);
  return h("p.contact", [text("Contact: "), ...joined(parts, " · ")]);
}

/** The deadline for questions, from the planning (the tender's, or else the first subtender that has one). */
export function questionDeadline(model: Pick<Model, "tender" | "subtenders">): string | undefined {
  return model.tender.planning.find((m) => m.id === "vragen")?.datum ?? model.subtenders.flatMap((s) => s.planning ?? []).find((m) => m.id === "vragen")?.datum;
}

/**
 * How and until when a bidder asks a question: through the platform's
 * question module, by the deadline of the planning, never by e-mail. The
 * same rule as the leidraad's § on communication.
 */
export function askingView(model: Pick<Model, "tender" | "subtenders">): ElementContent[] {
  const deadline = questionDeadline(model);
  const href = platformUrl(model);
  const first: ElementContent[] = [
    text("Vragen stelt u uitsluitend via de vragenmodule van "),
    platformLink(model),
    text(deadline ? `, uiterlijk op ${formatDateTime(deadline)}.` : "."),
  ];
  const second: ElementContent[] = [text("Noem in uw vraag de paragraaf of het perceel waarover die gaat. "), text("Wij beantwoorden alle vragen geanonimiseerd in een Nota van Inlichtingen.")];
  const out: ElementContent[] = [h("p", first), h("p", second)];
  if (href) out.push(h("p", [h("a.button", { href, rel: "external" }, `Naar deze aanbesteding op ${PLATFORM}`)]));
  const email = model.tender.aanbestedende_dienst.contact?.email;
  if (email) out.push(h("p.muted", [text("Stel een vraag niet per e-mail: alleen via het platform krijgt iedereen hetzelfde antwoord. "), text("Een klacht dient u in via "), h("a", { href: `mailto:${email}` }, email), text(".")]));
  return out;
}
