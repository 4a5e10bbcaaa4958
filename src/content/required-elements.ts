/**
 * What a standard provision of the leidraad must say, whoever words it: a
 * `teksten/` chapter that replaces the template with the same id replaces the
 * whole text, so it must keep these elements (issue 23 §4). Each element is
 * found by its words, or by the template's placeholder that prints it; `hoe`
 * says in Dutch how an author includes it. The templates themselves have every
 * element (test/validate/required-elements.test.ts).
 */
export interface RequiredElement {
  /** What is missing, in a message: "de vervaltermijn met de laatste dag". */
  wat: string;
  /** Every pattern must occur in the text. */
  vindt: RegExp[];
  /** How to include it, for example with a placeholder. */
  hoe: string;
}

/** A literal date in Dutch: `4 februari 2022`. */
const DATE = "\\b\\d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) \\d{4}\\b";

export const REQUIRED_ELEMENTS: Record<string, RequiredElement[]> = {
  rechtsbescherming: [
    {
      wat: "de vervaltermijn met de laatste dag ervan",
      vindt: [/vervaltermijn/i, new RegExp(`vervaltermijn\\.laatste_dag|${DATE}`, "i")],
      hoe: "noem de vervaltermijn en de laatste dag, bijvoorbeeld met `{{ vervaltermijn.laatste_dag | datum }}`",
    },
    {
      wat: "waar een inschrijver een kort geding aanhangig maakt",
      vindt: [/kort geding/i, /voorzieningenrechter|rechtbank/i],
      hoe: "noem de voorzieningenrechter van de bevoegde rechtbank, bijvoorbeeld „een kort geding bij de voorzieningenrechter van de rechtbank in het arrondissement waar de aanbestedende dienst is gevestigd”",
    },
    {
      wat: "het klachtenmeldpunt",
      vindt: [/klachtenmeldpunt|\(hoofdstuk:klachten\)/i],
      hoe: "verwijs naar het klachtenmeldpunt, bijvoorbeeld met `[ons klachtenmeldpunt](hoofdstuk:klachten)`",
    },
  ],
  gestanddoening: [
    {
      wat: "tot wanneer een inschrijving geldig blijft",
      vindt: [/gestand|geldig/i, new RegExp(`gestanddoening\\.tot|gestanddoening\\.dagen_na_inschrijving|\\d+ (kalender)?dagen|${DATE}`, "i")],
      hoe: "noem de laatste dag of het aantal dagen, bijvoorbeeld met `{{ gestanddoening.tot | datum }}` of `{{ gestanddoening.dagen_na_inschrijving }} dagen na de uiterste inschrijfdatum`",
    },
    {
      wat: "dat een inschrijver zijn inschrijving tot dan niet intrekt of wijzigt",
      vindt: [/intrekken|intrekt|wijzigen|wijzigt/i],
      hoe: "zeg bijvoorbeeld „Tot die dag kunt u uw inschrijving niet intrekken of wijzigen.”",
    },
  ],
  "rangorde-documenten": [
    {
      wat: "dat een latere Nota van Inlichtingen voorgaat op een eerdere",
      vindt: [/nota('|’)?s? van inlichtingen/i, /later|laatst|jongst|recentst/i],
      hoe: "zeg bijvoorbeeld „een latere Nota van Inlichtingen gaat voor op een eerdere”",
    },
    {
      wat: "dat de Nota's van Inlichtingen voorgaan op de leidraad, en de leidraad op de bijlagen",
      vindt: [/leidraad/i, /bijlage/i],
      hoe: "zet de rangorde op een rij, bijvoorbeeld met `{{ bijlagen.in_rangorde | lijst }}` voor de bijlagen na de leidraad",
    },
  ],
  gunningsbeslissing: [
    {
      wat: "de scores per gunningscriterium met de motivering",
      vindt: [/score/i, /motiver|redenen/i],
      hoe: "zeg bijvoorbeeld „uw score per gunningscriterium en uw totaalscore, met de motivering”",
    },
    {
      wat: "de kenmerken en relatieve voordelen van de gekozen inschrijving",
      vindt: [/relatieve voordelen/i],
      hoe: "zeg bijvoorbeeld „de kenmerken en relatieve voordelen van de inschrijvingen die wij gunnen, tegenover die van u”",
    },
    {
      wat: "de opschortende termijn (standstill) en de vervaltermijn",
      vindt: [/opschortende termijn|standstill/i, /vervaltermijn|rechtsbescherming/i],
      hoe: "noem beide, bijvoorbeeld met „de opschortende termijn van {{ standstill_dagen }} kalenderdagen en de vervaltermijn (zie [Rechtsbescherming](hoofdstuk:rechtsbescherming))”",
    },
  ],
};

/** The elements an own text of provision `id` lacks (none for a provision without required elements). */
export function missingElements(id: string, text: string): RequiredElement[] {
  return (REQUIRED_ELEMENTS[id] ?? []).filter((e) => !e.vindt.every((re) => re.test(text)));
}
