import type { SubtenderFile } from "./types.generated.ts";

type Scale = NonNullable<SubtenderFile["beoordelingsschaal"]>;

/**
 * The standard scale, for a subtender whose authors gave none (validation
 * warns): every score a committee can give, each with what it means, so a
 * bidder knows what a 0 costs.
 */
export const DEFAULT_SCALE: Scale = [
  { score: 0, omschrijving: "Onvoldoende: het antwoord ontbreekt of gaat niet in op de vraag. Een 0 op een criterium maakt de inschrijving ongeldig." },
  { score: 2, omschrijving: "Zwak: het antwoord gaat op de vraag in, maar is algemeen en niet op deze opdracht toegespitst." },
  { score: 4, omschrijving: "Matig: het antwoord is op de opdracht toegespitst, maar mist belangrijke onderdelen of is niet overtuigend." },
  { score: 6, omschrijving: "Voldoende: het antwoord is volledig en concreet, zonder toegevoegde waarde boven wat gevraagd is." },
  { score: 8, omschrijving: "Goed: het antwoord is volledig, concreet en overtuigend, met duidelijke toegevoegde waarde." },
  { score: 10, omschrijving: "Uitstekend: het antwoord is volledig, concreet, overtuigend en vernieuwend, met aantoonbare toegevoegde waarde voor jeugdigen en ouders." },
];
