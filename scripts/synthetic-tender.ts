// Deterministic generator of synthetic tenders of N products, for benchmarks
// and scale tests. Same N → byte-identical files. Lots, requirements and prose
// grow in proportion to N, like a real productenboek would.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { stringify } from "yaml";

const SEGMENTS = ["wonen", "verblijf", "ambulant", "crisis", "advies-en-expertise", "dyslexiezorg"];
const WORDS = "jeugdige gezin hulp begeleiding behandeling school netwerk veiligheid ouders herstel doelen plan zorg wijkteam regie afspraken evaluatie resultaat zelfstandigheid ontwikkeling".split(" ");

/** Small seeded PRNG (mulberry32): deterministic across runs and machines. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function writeSyntheticTender(n: number, dir: string): void {
  const rnd = random(n);
  const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)];
  const prose = (words: number) => {
    const out = Array.from({ length: words }, () => pick(WORDS)).join(" ");
    return out.charAt(0).toUpperCase() + out.slice(1) + ".";
  };
  rmSync(dir, { recursive: true, force: true });
  for (const sub of ["segmenten", "subtenders", "teksten"]) mkdirSync(join(dir, sub), { recursive: true });

  const requirementCount = Math.max(6, Math.ceil(n / 20));
  const eisen = Array.from({ length: requirementCount }, (_, i) => ({
    id: `eis-${i + 1}`,
    titel: `Eis ${i + 1}`,
    soort: i === 0 ? "uitsluitingsgrond" : i === 1 ? "minimumeis" : i % 3 === 0 ? "leveringsvoorwaarde" : "geschiktheidseis",
    tekst: prose(40),
    ...(i === 0 ? { bewijs: "Het UEA." } : {}),
  }));
  const deliveryIds = eisen.filter((e) => e.soort === "leveringsvoorwaarde").map((e) => e.id);
  writeFileSync(join(dir, "eisen.yaml"), stringify(eisen));
  writeFileSync(join(dir, "begrippen.yaml"), stringify(Array.from({ length: 20 }, (_, i) => ({ id: `begrip-${i + 1}`, term: `Begrip ${i + 1}`, definitie: prose(25) }))));

  const productIds: string[] = [];
  SEGMENTS.forEach((segment, s) => {
    const count = Math.floor(n / SEGMENTS.length) + (s < n % SEGMENTS.length ? 1 : 0);
    const producten = Array.from({ length: count }, (_, i) => {
      const id = `${segment}-product-${i + 1}`;
      productIds.push(id);
      return {
        id,
        naam: `${segment.charAt(0).toUpperCase() + segment.slice(1)} product ${i + 1}`,
        productcategorie: pick(["43", "44", "45", "46", "54"]),
        productcode: `${40 + s}${String(i).padStart(3, "0").slice(-3)}`.slice(0, 5).toUpperCase(),
        omschrijving: `${prose(60)}\n\nZie ook [${segment}](segment:${segment}).`,
        doelgroep: prose(30),
        personeel: { minimaal_opleidingsniveau: pick(["mbo-4", "hbo", "hbo-plus", "wo"]), registratie: ["skj"] },
        bekostiging: { vorm: "inspanningsgericht", eenheid: pick(["uur", "etmaal", "dagdeel"]), tarief: Math.round(rnd() * 50000) / 100 + 1, tariefjaar: 2025 },
        leveringsvoorwaarden: [pick(deliveryIds)],
      };
    });
    writeFileSync(join(dir, "segmenten", `${segment}.yaml`), stringify({ id: segment, naam: segment, omschrijving: prose(50), producten }));
  });

  // Half of the products in a competitive subtender (lots of 10), the rest by admission.
  const half = Math.ceil(productIds.length / 2);
  const lotsOf = (ids: string[], prefix: string, competitive: boolean) =>
    Array.from({ length: Math.ceil(ids.length / 10) }, (_, l) => ({
      id: `${prefix}-perceel-${l + 1}`,
      nummer: String(l + 1),
      naam: `Perceel ${l + 1}`,
      producten: ids.slice(l * 10, l * 10 + 10),
      ...(competitive ? { aantal_contractanten: 1 + (l % 7) } : {}),
    }));
  writeFileSync(join(dir, "subtenders", "selectie.yaml"), stringify({
    id: "selectie", naam: "Subtender Selectie", procedure: "aanbesteding", segmenten: SEGMENTS, omschrijving: prose(80),
    plan_van_aanpak: { max_a4: 4 }, eisen: ["eis-2"],
    gunningscriteria: [
      { id: "kwaliteit", naam: "Kwaliteit", weging: 60, omschrijving: prose(40), max_a4: 2 },
      { id: "samenwerking", naam: "Samenwerking", weging: 40, omschrijving: prose(40) },
    ],
    percelen: lotsOf(productIds.slice(0, half), "selectie", true),
  }));
  writeFileSync(join(dir, "subtenders", "toelating.yaml"), stringify({
    id: "toelating", naam: "Subtender Toelating", procedure: "toelating", segmenten: SEGMENTS, omschrijving: prose(80),
    percelen: lotsOf(productIds.slice(half), "toelating", false),
  }));
  writeFileSync(join(dir, "aanbesteding.yaml"), stringify({
    id: "synthetisch", titel: `Synthetische aanbesteding ${n}`, kenmerk: `SYN-${n}`, versie: "1.0", status: "concept", datum: "2024-02-15",
    aanbestedende_dienst: { naam: "Regio Synthetisch", namens: ["Gemeente A", "Gemeente B"] },
    procedure: { soort: "sas", omschrijving: prose(60) },
    hoofdtender: { eisen: ["eis-1", "eis-2"] },
    subtenders: ["selectie", "toelating"],
    planning: [
      { id: "publicatie", mijlpaal: "Publicatie", datum: "2024-02-15" },
      { id: "inschrijving", mijlpaal: "Uiterste inschrijfdatum", datum: "2024-04-15T12:00" },
      { id: "voorlopige-gunning", mijlpaal: "Voorlopige gunning", datum: "2024-06-01" },
      { id: "definitieve-gunning", mijlpaal: "Definitieve gunning", datum: "2024-06-24" },
    ],
    overeenkomst: { looptijd_maanden: 36 },
  }));
  for (let c = 1; c <= 8; c++) {
    writeFileSync(join(dir, "teksten", `${c}0-hoofdstuk-${c}.md`), `---\ntitel: Hoofdstuk ${c}\nvolgorde: ${c * 10}\n---\n${Array.from({ length: 6 }, () => prose(70)).join("\n\n")}\n\nZie [perceel 1](perceel:selectie-perceel-1).\n`);
  }
}

// CLI: `tsx scripts/synthetic-tender.ts N DIR`
if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").pop()!)) {
  const [n, dir] = process.argv.slice(2);
  writeSyntheticTender(Number(n), dir);
  console.log(`synthetische aanbesteding met ${n} producten geschreven naar ${dir}`);
}
