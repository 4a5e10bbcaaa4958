/**
 * A fast-check arbitrary for VALID tenders of varied shape, whose visible texts
 * (lot labels, lot and sub-lot names, product names, subtender names, titel,
 * kenmerk, versie) come from a wide alphabet: diacritics, typographic and
 * straight quotes, `& < > /`, digits, mixed case and inner spaces. Ids stay
 * kebab-case. Used by test/validate/shapes.property.test.ts (validation) and
 * test/build/shapes.property.test.ts (the full build).
 *
 * The generator is a plain record of choices (counts, picks as naturals, texts)
 * that `toTender` turns into content deterministically, so fast-check can shrink
 * every part on its own. Rules of /work/shared/content-model.md kept:
 * weights add up to 100, contractor counts only (and always) in an aanbesteding,
 * bekostiging consistent, a strictly increasing planning whose standstill has
 * passed before definitieve gunning, every product in some lot, lot labels
 * unique within a subtender, conditions never name the lot itself, its family or
 * its own products. The tenders are also free of warnings: an indexatie, a
 * beoordelingsschaal, a toetreding for a toelating, a toewijzing wherever a
 * (sub-)lot has several contractors, a bewijs for the exclusion ground, and a
 * toelichting linking to the lot that offers a required product.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { stringify } from "yaml";

/** Characters of the visible texts; `a` first so shrinking heads for plain text. */
export const ALPHABET = [
  ..."aefilxzAEKZ",
  ..."éëïöüçåøñÉ",
  ..."’&<>\"/'",
  ..."0179",
];

const char = fc.constantFrom(...ALPHABET);
const word = fc.string({ unit: char, minLength: 1, maxLength: 6 });
/** One to three words with single spaces between them: non-empty, one line, no outer spaces. */
export const wideText = fc.array(word, { minLength: 1, maxLength: 3 }).map((ws) => ws.join(" "));

/** Texts that YAML would read as something else, or that real teams write, when not quoted right. */
/** Also the patterns of String.prototype.replace (`$&`, `$'`), a backslash and a comma. */
const TRICKY_LABELS = ["10", "007", "4a", "B5a", "1.0", "1e3", "true", "null", "~", "yes", "-", "#1", "- 2", "a: b", "*x", "!x", "%y", "@z", "`q`", "{3}", "[4]", "F", "$&", "$'x", "C\\1", "B1, B2"];
/** Also a semicolon, the separator of manifest.csv. */
const TRICKY_KENMERKEN = ["GR/2024-JH’s-07", "2024 JH 001", "Jeugd & Wmo/2025", "OZJT-2024-001", "</style><b>x", "a\\\"b", "K \\3c  L", "1.0", "# 12", "x\\", "'q'", "Jeugd; Wmo", "$& $1 $'"];

export const labelArb = fc.oneof({ arbitrary: wideText, weight: 4 }, { arbitrary: fc.constantFrom(...TRICKY_LABELS), weight: 1 });
export const kenmerkArb = fc.oneof({ arbitrary: wideText, weight: 4 }, { arbitrary: fc.constantFrom(...TRICKY_KENMERKEN), weight: 1 });
export const versieArb = fc.oneof({ arbitrary: fc.constantFrom("1.0", "2.1", "3"), weight: 2 }, { arbitrary: wideText, weight: 1 }, { arbitrary: fc.constantFrom(...TRICKY_LABELS), weight: 1 });

/** Valid bekostiging variants (rule 6). */
const FUNDING = [
  { vorm: "inspanningsgericht", eenheid: "uur", tarief: 68.4, tariefjaar: 2026 },
  { vorm: "inspanningsgericht", eenheid: "etmaal", tarief: 131.2, tariefjaar: 2026 },
  { vorm: "outputgericht", eenheid: "stuk", tarief: 1250, tariefjaar: 2026 },
  { vorm: "taakgericht", eenheid: "euro", frequentie: "jaar", tarief: 250000, tariefjaar: 2026, toelichting: "Het budget wordt verdeeld naar het aantal jeugdigen per aanbieder." },
] as const;
const CATEGORIES = ["45", "46", "54", "43"];

/** A condition (a pick among the products and lots it may name) on about a third of the lots. */
const conditionPick = fc.oneof({ arbitrary: fc.constant(undefined), weight: 2 }, { arbitrary: fc.nat(), weight: 1 });
const subLotShape = fc.record({ naam: wideText, products: fc.array(fc.nat(), { minLength: 1, maxLength: 2 }), count: fc.integer({ min: 1, max: 5 }), condition: conditionPick });
const lotShape = fc.record({
  naam: wideText,
  products: fc.array(fc.nat(), { minLength: 1, maxLength: 2 }),
  count: fc.integer({ min: 1, max: 9 }),
  condition: conditionPick,
  subs: fc.option(fc.array(subLotShape, { minLength: 1, maxLength: 2 }), { nil: undefined, freq: 2 }),
});
/** At most 3 lots with at most 2 sub-lots each: 9 labels are enough for any subtender. */
const MAX_LABELS = 9;
const subtenderShape = fc.record({
  naam: wideText,
  procedure: fc.constantFrom("aanbesteding" as const, "toelating" as const),
  lots: fc.array(lotShape, { minLength: 1, maxLength: 3 }),
  labels: fc.uniqueArray(labelArb, { minLength: MAX_LABELS, maxLength: MAX_LABELS }),
  /** Cut points in 1..99 that split 100 into one to three weights. */
  cuts: fc.uniqueArray(fc.integer({ min: 1, max: 99 }), { maxLength: 2 }),
});
const productShape = fc.record({ naam: wideText, funding: fc.nat({ max: FUNDING.length - 1 }), category: fc.nat({ max: CATEGORIES.length - 1 }), withCode: fc.boolean() });

export const tenderShape = fc.record({
  titel: wideText,
  kenmerk: kenmerkArb,
  versie: versieArb,
  status: fc.constantFrom("definitief" as const, "concept" as const),
  segments: fc.array(fc.record({ naam: wideText, products: fc.array(productShape, { minLength: 1, maxLength: 3 }) }), { minLength: 1, maxLength: 2 }),
  subtenders: fc.array(subtenderShape, { minLength: 1, maxLength: 3 }),
  /**
   * Days between voorlopige and definitieve gunning. The standstill runs 20 days from the day
   * after voorlopige gunning (a Tuesday here, so its last day is a working day), so 21 is the
   * first day definitieve gunning may follow without a warning.
   */
  standstill: fc.integer({ min: 21, max: 40 }),
});
export type TenderShape = typeof tenderShape extends fc.Arbitrary<infer T> ? T : never;

/** What the generated tender should show, for the assertions. */
export interface ExpectedLot {
  id: string;
  nummer: string;
  naam: string;
  parent?: string;
  productIds: string[];
  /** Conditions this (sub-)lot states itself. */
  conditions: { vereist_product?: string; vereist_perceel?: string; toelichting?: string }[];
}
export interface ExpectedTender {
  titel: string;
  kenmerk: string;
  versie: string;
  status: "concept" | "definitief";
  products: { id: string; naam: string; productcode?: string; segment: string }[];
  segments: { id: string; naam: string }[];
  subtenders: { id: string; naam: string; procedure: "aanbesteding" | "toelating"; lots: ExpectedLot[] }[];
  files: Record<string, unknown>;
}

const day = (base: string, plus: number) => new Date(Date.parse(`${base}T00:00:00Z`) + plus * 86_400_000).toISOString().slice(0, 10);

/** Turns the choices into the content of a valid tender: YAML-ready data per file, and what it should show. */
export function toTender(shape: TenderShape): ExpectedTender {
  const products = shape.segments
    .flatMap((seg, i) => seg.products.map((p, j) => ({ ...p, id: `p${i + 1}-${j + 1}`, segment: `seg${i + 1}` })))
    .map((p, n) => ({ ...p, productcode: p.withCode ? `${CATEGORIES[p.category]}P${String(n).padStart(2, "0")}` : undefined }));
  const segments = shape.segments.map((seg, i) => ({ id: `seg${i + 1}`, naam: seg.naam }));
  const pick = (picks: number[]) => [...new Set(picks.map((n) => products[n % products.length].id))];

  // Lots and their products first; conditions need to know every lot and what it offers.
  const subtenders = shape.subtenders.map((st, i) => {
    const id = `st${i + 1}`;
    let label = 0;
    const lots: (ExpectedLot & { count: number; condition?: number; subs?: (ExpectedLot & { count: number; condition?: number })[] })[] = st.lots.map((lot, j) => {
      const lotId = `${id}-l${j + 1}`;
      const nummer = st.labels[label++];
      const subs = lot.subs?.map((sub, k) => ({ id: `${lotId}-s${k + 1}`, nummer: st.labels[label++], naam: sub.naam, parent: lotId, productIds: pick(sub.products), conditions: [], count: sub.count, condition: sub.condition }));
      return { id: lotId, nummer, naam: lot.naam, productIds: subs ? [] : pick(lot.products), conditions: [], count: lot.count, condition: lot.condition, subs };
    });
    return { id, st, lots };
  });
  // Every product in some lot (rule 7): the ones no pick reached go to the first leaf lot.
  const leaves = subtenders.flatMap((s) => s.lots.flatMap((l) => l.subs ?? [l]));
  const offered = new Set(leaves.flatMap((l) => l.productIds));
  for (const p of products) if (!offered.has(p.id)) leaves[0].productIds.push(p.id);

  // Conditions: a product the (sub-)lot does not offer, else a lot outside its family. A required
  // product gets a toelichting that links to a lot offering it, as a team writes when that lot
  // is a toelating (otherwise a warning says the condition forces a whole toelating lot).
  const topLots = subtenders.flatMap((s) => s.lots);
  // A lot's places where it has its own count (a lot without sub-lots in an aanbesteding); a valid
  // tender gives a conditional lot no more places than the lot it requires (otherwise a warning).
  const placesOf = new Map(subtenders.flatMap((s) => s.lots.filter((l) => s.st.procedure === "aanbesteding" && !l.subs).map((l) => [l.id, l.count] as const)));
  const conditionFor = (self: ExpectedLot, own: string[], family: string[], n: number, places?: number) => {
    const foreignProducts = products.filter((p) => !own.includes(p.id));
    const foreignLots = topLots.filter((l) => !family.includes(l.id) && !(places !== undefined && placesOf.has(l.id) && placesOf.get(l.id)! < places));
    const offeredIn = (product: string) => leaves.find((l) => l.productIds.includes(product))!.id;
    const options = [
      ...foreignProducts.map((p) => ({ vereist_product: p.id, toelichting: `Dit product wordt ingekocht in [dit perceel](perceel:${offeredIn(p.id)}).` })),
      ...foreignLots.map((l) => ({ vereist_perceel: l.id })),
    ];
    if (options.length) self.conditions.push(options[n % options.length]);
  };
  for (const s of subtenders) {
    const competitive = s.st.procedure === "aanbesteding";
    for (const lot of s.lots) {
      const family = [lot.id, ...(lot.subs ?? []).map((x) => x.id)];
      const own = lot.subs ? lot.subs.flatMap((x) => x.productIds) : lot.productIds;
      const places = competitive ? Math.max(...(lot.subs ?? [lot]).map((x) => x.count)) : undefined;
      if (lot.condition !== undefined) conditionFor(lot, own, family, lot.condition, places);
      for (const sub of lot.subs ?? []) if (sub.condition !== undefined) conditionFor(sub, sub.productIds, [sub.id, lot.id], sub.condition, competitive ? sub.count : undefined);
    }
  }

  const files: Record<string, unknown> = {};
  const planningDays = [0, 14, 28, 49, 71, 71 + shape.standstill, 123 + shape.standstill];
  const base = "2025-09-01";
  files["aanbesteding.yaml"] = {
    id: "eigenschap-2026",
    titel: shape.titel,
    kenmerk: shape.kenmerk,
    versie: shape.versie,
    status: shape.status,
    datum: base,
    aanbestedende_dienst: { naam: "Regio Eigenschap", namens: ["Almelo", "Borne"] },
    procedure: { soort: "sas" },
    hoofdtender: { eisen: ["uitsluiting"] },
    subtenders: subtenders.map((s) => s.id),
    planning: [
      { id: "publicatie", mijlpaal: "Publicatie op Mercell", datum: day(base, planningDays[0]) },
      { id: "vragen", mijlpaal: "Uiterste datum vragen", datum: `${day(base, planningDays[1])}T10:00` },
      { id: "nota-van-inlichtingen", mijlpaal: "Nota van Inlichtingen", datum: day(base, planningDays[2]) },
      { id: "inschrijving", mijlpaal: "Uiterste inschrijfdatum", datum: `${day(base, planningDays[3])}T12:00` },
      { id: "voorlopige-gunning", mijlpaal: "Voorlopige gunning", datum: day(base, planningDays[4]) },
      { id: "definitieve-gunning", mijlpaal: "Definitieve gunning", datum: day(base, planningDays[5]) },
      { id: "ingangsdatum", mijlpaal: "Ingangsdatum overeenkomst", datum: day(base, planningDays[6]) },
    ],
    overeenkomst: { looptijd_maanden: 36, verlengingen: [12], indexatie: { methode: "ova", peildatum: "1 oktober" } },
  };
  files["eisen.yaml"] = [
    { id: "uitsluiting", titel: "Uitsluitingsgronden", soort: "uitsluitingsgrond", tekst: "De inschrijver verkeert niet in een situatie van artikel 2.86 of 2.87 Aanbestedingswet 2012.", bewijs: "Het Uniform Europees Aanbestedingsdocument (UEA)." },
  ];
  for (const seg of segments) {
    files[`segmenten/${seg.id}.yaml`] = {
      id: seg.id,
      naam: seg.naam,
      producten: products.filter((p) => p.segment === seg.id).map((p, j) => ({
        id: p.id,
        naam: p.naam,
        productcategorie: CATEGORIES[p.category],
        ...(p.productcode ? { productcode: p.productcode } : {}),
        omschrijving: `Omschrijving van product ${j + 1}.`,
        doelgroep: "Jeugdigen en hun gezinnen.",
        personeel: { minimaal_opleidingsniveau: "hbo" },
        bekostiging: { ...FUNDING[p.funding] },
      })),
    };
  }
  for (const { id, st, lots } of subtenders) {
    const competitive = st.procedure === "aanbesteding";
    const cuts = [...st.cuts].sort((a, b) => a - b);
    const weights = [...cuts, 100].map((c, k) => c - (k ? cuts[k - 1] : 0));
    const criterionNames = ["Kwaliteit", "Samenwerking", "Innovatie"];
    const used = (l: ExpectedLot) => l.productIds;
    const segs = [...new Set(lots.flatMap((l) => (l.subs ?? [l]).flatMap(used)).map((pid) => products.find((p) => p.id === pid)!.segment))].sort();
    // Several contractors on one (sub-)lot: bidders are told how the work is divided.
    const counted = (n: number) => (!competitive ? {} : n > 1 ? { aantal_contractanten: n, toewijzing: "Naar keuze van de jeugdige en de ouders." } : { aantal_contractanten: n });
    const conditionsYaml = (l: ExpectedLot) => (l.conditions.length ? { voorwaarden: l.conditions.map((c) => ({ ...c })) } : {});
    files[`subtenders/${id}.yaml`] = {
      id,
      naam: st.naam,
      procedure: st.procedure,
      segmenten: segs.length ? segs : [segments[0].id],
      ...(competitive
        ? {
            gunningscriteria: weights.map((w, k) => ({ id: `c${k + 1}`, naam: criterionNames[k], weging: w })),
            beoordelingsschaal: [{ score: 0, omschrijving: "Onvoldoende" }, { score: 5, omschrijving: "Voldoende" }, { score: 10, omschrijving: "Goed" }],
            // A framework agreement states its ceiling (Simonsen & Weel, C-23/20).
            maximale_waarde: 10_000_000,
          }
        : { toetreding: { momenten: ["1 januari", "1 juli"], beslistermijn_weken: 6 } }),
      percelen: lots.map((l) => ({
        id: l.id,
        nummer: l.nummer,
        naam: l.naam,
        ...(l.subs
          ? {
              subpercelen: l.subs.map((s) => ({ id: s.id, nummer: s.nummer, naam: s.naam, producten: s.productIds, ...counted(s.count), ...conditionsYaml(s) })),
            }
          : { producten: l.productIds, ...counted(l.count) }),
        ...conditionsYaml(l),
      })),
    };
  }
  const firstLot = subtenders[0].lots[0];
  files["teksten/10-inleiding.md"] = `---\ntitel: Inleiding\nvolgorde: 10\n---\nDe regio koopt onder meer [dit perceel](perceel:${firstLot.id}) in.\n`;
  // The chapter the leidraad needs from the team (src/validate/rules/team-chapters.ts).
  files["teksten/50-inschrijving.md"] = `---\ntitel: Inschrijving\nvolgorde: 50\n---\nU schrijft in via Mercell en uploadt per perceel het inschrijfformulier.\n`;

  return {
    titel: shape.titel,
    kenmerk: shape.kenmerk,
    versie: shape.versie,
    status: shape.status,
    products: products.map(({ id, naam, segment, productcode }) => ({ id, naam, segment, productcode })),
    segments,
    subtenders: subtenders.map(({ id, st, lots }) => ({
      id,
      naam: st.naam,
      procedure: st.procedure,
      lots: lots.flatMap((l) => [l, ...(l.subs ?? [])]).map(({ id, nummer, naam, parent, productIds, conditions }) => ({ id, nummer, naam, parent, productIds, conditions })),
    })),
    files,
  };
}

/** Writes the tender into `dir` (created when missing): YAML through the `yaml` package, so quoting is its job. */
export function writeTender(tender: ExpectedTender, dir = mkdtempSync(join(tmpdir(), "vormen-"))): string {
  for (const [name, data] of Object.entries(tender.files)) {
    const path = join(dir, name);
    mkdirSync(join(path, ".."), { recursive: true });
    writeFileSync(path, typeof data === "string" ? data : stringify(data));
  }
  return dir;
}

export const tenderArb = tenderShape.map(toTender);

/**
 * A hand-picked shape with the hardest texts at once: HTML and CSS syntax, entities that must
 * stay literal, a backslash, YAML look-alikes, both quote kinds. The build property runs it
 * besides its random tenders (fast-check `examples`).
 */
export const HARD_SHAPE: TenderShape = {
  titel: `Jeugd & Wmo ’s-Hertogenbosch <b>"x"</b> / 'y'`,
  kenmerk: `GR/2024-JH’s-07; </style><script>x</script> \\3c "q" &amp; $& \\`,
  versie: `2.0 "def"/3`,
  status: "concept",
  segments: [
    { naam: `Crisis & <Spoed>`, products: [
      { naam: `Zorg &amp; <welzijn> "à la carte"`, funding: 0, category: 0, withCode: true },
      { naam: `Bed ’s nachts / 'dag'`, funding: 1, category: 1, withCode: false },
    ] },
    { naam: "Ambulant", products: [{ naam: "&lt;b&gt; <!-- x -->", funding: 3, category: 2, withCode: true }] },
  ],
  subtenders: [
    {
      naam: `Sub & "Ö" <x>`,
      procedure: "aanbesteding",
      lots: [
        { naam: `Crisis <i>zorg</i>`, products: [0], count: 3, condition: undefined, subs: undefined },
        { naam: `Verblijf & "wonen"`, products: [1], count: 1, condition: 0, subs: [
          { naam: `Oost ’t Veld`, products: [1], count: 2, condition: 1 },
          { naam: "West {x}", products: [2], count: 1, condition: undefined },
        ] },
      ],
      labels: ["10", "&amp;", `<i>`, `"`, "$&", "- 2", "B5a", "’", "~"],
      cuts: [40, 70],
    },
    {
      naam: "Toelating ’t Gooi & <omstreken>",
      procedure: "toelating",
      lots: [{ naam: `Ambulant "thuis"`, products: [2, 0], count: 1, condition: 2, subs: [{ naam: "4b Algemeen", products: [0], count: 1, condition: 3 }] }],
      labels: ["10", "C\\1", "B1, B2", "x", "y", "z", "q", "r", "s"],
      cuts: [],
    },
  ],
  standstill: 21,
};
