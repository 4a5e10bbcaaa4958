import type { AgreementArticleId } from "../../content/agreement-articles.ts";
import type { Subtender } from "../../model/types.ts";
import { keepAmountsTogether } from "../../format/money.ts";
import { esc, p } from "../html.ts";
import type { Lookup } from "../lookup.ts";

/**
 * The standard articles of every agreement, in plain Dutch and our own words.
 * Each has an id; a `teksten/` chapter with that id and `document: overeenkomst`
 * in its front matter replaces its text
 * (index.ts). Where the text makes a choice the inkoopteam should weigh (an
 * insured amount, a period), a concept shows a note saying so; a definitive
 * document shows the text only.
 */
export interface StandardArticle {
  id: AgreementArticleId;
  title: string;
  body: () => string;
}

const list = (items: string[]) => `<ul>${items.map((i) => `<li>${i}</li>`).join("")}</ul>`;

export function standardArticles(L: Lookup, s: Subtender): StandardArticle[] {
  const t = L.model.tender;
  const concept = t.status === "concept";
  /** A choice for the team, visible only while the tender is a concept. */
  const decide = (id: AgreementArticleId, what: string) =>
    concept ? `<p class="note"><strong>Keuze voor het inkoopteam:</strong> ${esc(what)} Een eigen tekst zet u in <span class="file">teksten/</span> als hoofdstuk <span class="file">${id}</span> met <span class="file">document: overeenkomst</span>.</p>` : "";
  const all = s.procedure === "aanbesteding" ? "alle opdrachtnemers van deze raamovereenkomst" : "alle toegelaten aanbieders";
  return [
    {
      id: "kwaliteit",
      title: "Kwaliteit en verantwoording",
      body: () =>
        p("De opdrachtnemer levert verantwoorde hulp zoals de Jeugdwet die vraagt: hulp die veilig, doeltreffend, doelmatig en cliëntgericht is, afgestemd op wat de jeugdige en zijn ouders nodig hebben. Hij werkt volgens de professionele standaarden en richtlijnen van het vak, met de norm van verantwoorde werktoedeling, en zet alleen medewerkers in die voldoen aan de opleidings- en registratie-eisen van het productenboek.") +
        p("De opdrachtnemer heeft een klachtenregeling en een vertrouwenspersoon voor jeugdigen en ouders, regelt medezeggenschap van cliënten en meldt calamiteiten en geweld bij de verlening van jeugdhulp bij de Inspectie Gezondheidszorg en Jeugd. Hij informeert de opdrachtgever daarover zo snel mogelijk, zonder gegevens die tot een jeugdige herleidbaar zijn.") +
        p("De opdrachtnemer legt verantwoording af over de geleverde hulp: hij declareert alleen wat hij werkelijk en volgens de toewijzing heeft geleverd, levert jaarlijks een productieverantwoording met, als het totaalbedrag daarom vraagt, een controleverklaring volgens het landelijke accountantsprotocol, en werkt mee aan materiële controle en aan onderzoek naar rechtmatigheid en doelmatigheid. Partijen bespreken de uitvoering ten minste eenmaal per jaar in een contractgesprek.") +
        decide("kwaliteit", "hoe vaak contractgesprekken plaatsvinden en welke verantwoording u vraagt."),
    },
    {
      id: "privacy",
      title: "Gegevensuitwisseling en privacy",
      body: () =>
        p("Elk van de partijen is zelf verwerkingsverantwoordelijke voor de persoonsgegevens die zij verwerkt, en houdt zich aan de Algemene verordening gegevensbescherming (AVG) en aan hoofdstuk 7 van de Jeugdwet. De opdrachtnemer verwerkt niet meer gegevens dan nodig is voor de hulp, de toewijzing, de declaratie en de controle daarop, en beveiligt ze passend, bijvoorbeeld volgens NEN 7510.") +
        p("Het beroepsgeheim van de medewerkers van de opdrachtnemer blijft gelden. De opdrachtnemer deelt met de opdrachtgever alleen de gegevens die de wet toestaat en die de opdrachtgever nodig heeft voor zijn taak; inhoudelijke gegevens uit een dossier deelt hij alleen met toestemming van de jeugdige of zijn ouders, of als een wettelijke grondslag het toestaat.") +
        p("Toewijzingen, declaraties en andere berichten over de hulp gaan via het iJw-berichtenverkeer (het Gemeentelijk Gegevensknooppunt), volgens de landelijke standaard die op dat moment geldt en de uitvoeringsvariant die het productenboek per product noemt. Een datalek dat gegevens betreft die partijen met elkaar delen, meldt de ene partij de andere binnen 24 uur nadat zij het ontdekt; een melding aan de Autoriteit Persoonsgegevens doet zij zelf, zoals de AVG voorschrijft."),
    },
    {
      id: "aansprakelijkheid",
      title: "Aansprakelijkheid en verzekering",
      body: () =>
        p("De opdrachtnemer is aansprakelijk voor schade die ontstaat doordat hij of iemand die hij inzet de overeenkomst niet, niet op tijd of niet goed nakomt, of door een onrechtmatige daad bij de uitvoering. Hij vrijwaart de opdrachtgever en de gemeenten tegen aanspraken van anderen, onder wie jeugdigen en hun ouders, voor schade die voortkomt uit de hulp die hij levert.") +
        p(keepAmountsTogether("De opdrachtnemer is gedurende de hele looptijd voldoende verzekerd voor beroeps- en bedrijfsaansprakelijkheid, met een dekking van ten minste € 2.500.000 per gebeurtenis. Op verzoek van de opdrachtgever laat hij binnen tien werkdagen zien dat de verzekering loopt en de premie is betaald.")) +
        decide("aansprakelijkheid", "het verzekerde bedrag en of u de aansprakelijkheid beperkt tot een maximum."),
    },
    {
      id: "wijziging",
      title: "Wijziging van de overeenkomst",
      body: () =>
        p(`Partijen wijzigen deze overeenkomst alleen schriftelijk en alleen binnen de grenzen van artikel 2.163a tot en met 2.163g van de Aanbestedingswet 2012. Een wijziging die het algemene karakter van de overeenkomst verandert, is nooit toegestaan. Een wijziging op grond van dit artikel geldt voor ${all} tegelijk en op dezelfde manier.`) +
        p("Dit artikel is een herzieningsclausule als bedoeld in artikel 2.163c van de Aanbestedingswet 2012: duidelijk, nauwkeurig en ondubbelzinnig, en vooraf voor iedere inschrijver bekend. Op grond daarvan kan de opdrachtgever tijdens de looptijd het volgende wijzigen:") +
        list([
          "<strong>Tarieven.</strong> Naast de indexatie: een aanpassing van de tarieven na een kostprijsonderzoek, na een wijziging van wet- of regelgeving die de kosten van de hulp raakt, of na een wijziging van de landelijke regels voor reële prijzen in de jeugdhulp.",
          "<strong>Producten.</strong> Een product toevoegen, wijzigen of laten vervallen binnen de segmenten van deze subtender, omdat wet- of regelgeving, de landelijke codelijsten of de vraag naar hulp daarom vragen; een nieuw product krijgt een tarief dat op dezelfde manier is bepaald als de bestaande.",
          "<strong>Gemeenten.</strong> Een gemeente die zich aansluit bij de regeling of de samenwerking waarvoor de opdrachtgever optreedt, of die daaruit treedt, treedt op dezelfde voorwaarden toe tot deze overeenkomst of eruit; voor de andere gemeenten loopt de overeenkomst ongewijzigd door. Een gemeentelijke herindeling geldt als zo'n toe- of uittreding.",
        ]) +
        p("De opdrachtgever overlegt vóór een wijziging met de opdrachtnemers en maakt de wijziging daarna schriftelijk bekend, ten minste drie maanden voordat zij ingaat, tenzij wet- of regelgeving een kortere termijn nodig maakt. Aanvaardt de opdrachtnemer de wijziging niet, dan kan hij de overeenkomst schriftelijk opzeggen tegen de dag waarop de wijziging ingaat; het artikel over de continuïteit van zorg geldt dan.") +
        decide("wijziging", "welke wijzigingen u vooraf wilt kunnen doen en met welke aankondigingstermijn."),
    },
    {
      id: "opschorting-en-ontbinding",
      title: "Opschorting en ontbinding",
      body: () =>
        p("Komt de opdrachtnemer een verplichting uit deze overeenkomst niet na, dan stelt de opdrachtgever hem schriftelijk in gebreke en geeft hij een redelijke termijn om het te herstellen. Blijft herstel uit, dan kan de opdrachtgever zijn betalingen voor het betreffende deel opschorten, tijdelijk geen nieuwe jeugdigen naar de opdrachtnemer laten verwijzen, of de overeenkomst geheel of voor een perceel ontbinden.") +
        p("De opdrachtgever kan de overeenkomst zonder ingebrekestelling en zonder schadevergoeding ontbinden als de opdrachtnemer failliet wordt verklaard of surseance van betaling krijgt, als een uitsluitingsgrond op hem van toepassing wordt, als hij niet meer voldoet aan een eis die voor de toelating of de gunning gold, als de Inspectie Gezondheidszorg en Jeugd een maatregel oplegt die de veiligheid van jeugdigen raakt, of als hij bewust onjuist declareert. Hetzelfde geldt wanneer de wet de opdrachtgever daartoe verplicht, zoals na een wezenlijke wijziging die niet had mogen plaatsvinden.") +
        p("De opdrachtnemer schort de hulp aan een jeugdige nooit op om een geschil met de opdrachtgever. Betaalt de opdrachtgever een juiste declaratie niet op tijd, dan stelt de opdrachtnemer hem in gebreke; de hulp aan jeugdigen loopt intussen door."),
    },
    {
      id: "continuiteit",
      title: "Continuïteit van zorg bij beëindiging",
      body: () =>
        p("Eindigt de overeenkomst, om welke reden ook, dan loopt de hulp aan jeugdigen niet zomaar af. De opdrachtnemer maakt lopende trajecten af binnen de toewijzing die er is, of draagt ze in overleg met de jeugdige, zijn ouders en de opdrachtgever warm over aan een andere aanbieder. Tot de overdracht rond is, levert hij de hulp op dezelfde voorwaarden en tegen dezelfde tarieven.") +
        p("Vanaf het moment dat vaststaat dat de overeenkomst eindigt, neemt de opdrachtnemer alleen nieuwe jeugdigen aan als de opdrachtgever daarmee instemt. Hij werkt mee aan een overdrachtsplan, geeft de nieuwe aanbieder met toestemming van de jeugdige of zijn ouders de gegevens die voor goede hulp nodig zijn, en declareert de laatste hulp binnen drie maanden na het einde.") +
        p("Dreigt de opdrachtnemer de hulp niet te kunnen voortzetten, bijvoorbeeld door financiële problemen of personeelstekort, dan meldt hij dat direct aan de opdrachtgever, zodat partijen samen kunnen zorgen dat de hulp aan jeugdigen doorgaat.") +
        decide("continuiteit", "hoe lang lopende trajecten na het einde doorlopen en wie de overdracht regisseert."),
    },
    {
      id: "geschillen",
      title: "Geschillen en toepasselijk recht",
      body: () =>
        p("Op deze overeenkomst is Nederlands recht van toepassing. Algemene voorwaarden van de opdrachtnemer gelden niet.") +
        p("Ontstaat er een geschil over deze overeenkomst, dan proberen partijen het eerst samen op te lossen: eerst in het contractgesprek, daarna tussen de bestuurders. Partijen kunnen samen besluiten een mediator in te schakelen. Lukt het niet binnen acht weken nadat een partij het geschil schriftelijk heeft gemeld, dan kan elk van hen het voorleggen aan de bevoegde rechter van de rechtbank in het arrondissement waar de aanbestedende dienst is gevestigd."),
    },
  ];
}
