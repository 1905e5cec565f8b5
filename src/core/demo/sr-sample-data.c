/* sr-sample-data.c: realistic, fictitious data for the demo, tests and benchmark
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The generator keeps in memory only what later steps refer to (workers,
 * clients, periods, a group's sessions and members) and streams everything
 * else into the store, so a county of 100,000 clients and millions of
 * meetings fits in a few tens of megabytes. All randomness comes from one
 * GRand, consumed in a fixed order: the same options give the same data.
 *
 * Nothing here prints: the data is fictitious, but it looks personal.
 */

#define G_LOG_DOMAIN "sr-sample-data"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>

#include "sr-client-lists.h"
#include "sr-client.h"
#include "sr-gas.h"
#include "sr-group.h"
#include "sr-hetu.h"
#include "sr-meeting.h"
#include "sr-needs-assessment.h"
#include "sr-network-contact.h"
#include "sr-period.h"
#include "sr-plan-lists.h"
#include "sr-plan.h"
#include "sr-sample-data.h"
#include "sr-store-private.h"
#include "sr-worker.h"

/* Saves per transaction: large enough that fsync is rare, small enough that
 * the WAL stays a few tens of megabytes and progress moves. */
#define CHUNK_SAVES 20000

/* A caseworker's caseload, and clients per group, when volumes are natural. */
#define CLIENTS_PER_CASEWORKER 30
#define CLIENTS_PER_GROUP      100
#define MIN_GROUPS             4
#define CADENCE_WINDOW         7

enum { FI, SV, N_LANGS };

/* Text pools -------------------------------------------------------------- */

static const char * const fi_female[] = {
  "Aino", "Anna", "Anneli", "Eeva", "Elina", "Emma", "Hanna", "Heidi", "Helmi", "Ilona",
  "Jenni", "Johanna", "Kaisa", "Katja", "Laura", "Leena", "Liisa", "Maija", "Marjatta",
  "Minna", "Noora", "Oona", "Päivi", "Pirjo", "Riikka", "Sanna", "Satu", "Säde", "Tiina",
  "Tuula", "Tyyne", "Ulla", "Veera", "Vilma",
};

static const char * const fi_male[] = {
  "Aleksi", "Antti", "Eero", "Eino", "Hannu", "Heikki", "Ilkka", "Jari", "Jukka", "Juha",
  "Jyrki", "Kalle", "Kyösti", "Lauri", "Markku", "Matti", "Mikko", "Niko", "Olli", "Pekka",
  "Petri", "Risto", "Sami", "Tapio", "Teemu", "Timo", "Tuomas", "Ville", "Väinö", "Yrjö",
};

static const char * const fi_last[] = {
  "Aaltonen", "Heikkinen", "Hämäläinen", "Järvinen", "Karjalainen", "Koskinen", "Korhonen",
  "Laine", "Lehtonen", "Mäkinen", "Mäkelä", "Nieminen", "Niemi", "Ojala", "Peltonen",
  "Rantanen", "Salminen", "Saarinen", "Tuominen", "Turunen", "Virtanen", "Väisänen",
  "Ylitalo", "Ylönen", "Zitting", "Äijälä", "Öhman", "Östman",
};

static const char * const sv_female[] = {
  "Anna", "Astrid", "Birgitta", "Britt", "Ebba", "Elin", "Ellen", "Emilia", "Frida",
  "Ingrid", "Johanna", "Karin", "Linnea", "Maria", "Märta", "Sofia", "Stina", "Ulrika",
  "Ylva", "Åsa",
};

static const char * const sv_male[] = {
  "Anders", "Bengt", "Björn", "Börje", "Carl", "Erik", "Fredrik", "Gustav", "Göran",
  "Henrik", "Johan", "Jonas", "Kaj", "Lars", "Mats", "Mikael", "Nils", "Rasmus", "Stefan",
  "Ulf", "Åke", "Örjan",
};

static const char * const sv_last[] = {
  "Andersson", "Backman", "Blomqvist", "Ekholm", "Eriksson", "Forsman", "Grönroos",
  "Holmström", "Johansson", "Karlsson", "Lindberg", "Lindqvist", "Lundqvist", "Nordström",
  "Nyström", "Sjöberg", "Sundström", "Westerlund", "Wikström", "Zetterberg", "Zilliacus",
  "Åberg", "Åkerlund", "Öhman", "Österberg",
};

/* Many surnames are a word of nature and an ending (Koivisto, Kivimäki,
 * Åkerlund); combining them gives a county's variety of names, so that a
 * search finds tens of people rather than thousands. */
static const char * const fi_stems[] = {
  "Aalto", "Haapa", "Harju", "Hirvi", "Honka", "Ilves", "Joki", "Järvi", "Kallio", "Karhu",
  "Kettu", "Kivi", "Koivu", "Koski", "Kuusi", "Laakso", "Lahti", "Lampi", "Leppä", "Lohi",
  "Metsä", "Mänty", "Mäki", "Niemi", "Oja", "Paju", "Pelto", "Pihlaja", "Ranta", "Rinne",
  "Saari", "Salo", "Sorsa", "Suo", "Tammi", "Vaara", "Virta", "Vuori", "Ylä", "Ämmä",
};

static const char * const fi_endings[] = {
  "nen", "la", "mäki", "oja", "aho", "salo", "vaara", "lahti", "niemi", "koski", "maa", "puro",
};

static const char * const sv_stems[] = {
  "Berg", "Björk", "Blom", "Dahl", "Ek", "Fors", "Gran", "Hag", "Holm", "Lind", "Löf", "Lund",
  "Nord", "Ros", "Sjö", "Sten", "Strand", "Sund", "Wester", "Wik", "Å", "Åker", "Öster", "Ström",
};

static const char * const sv_endings[] = {
  "berg", "ström", "qvist", "lund", "man", "holm", "blad", "gren", "dahl", "roos", "fors",
};

/* Clients whose language is neither: Estonian, Russian, Ukrainian, Somali, Arabic names. */
static const char * const other_female[] = {
  "Kadri", "Olga", "Natalia", "Oksana", "Fatima", "Amina", "Leyla", "Hodan",
};

static const char * const other_male[] = {
  "Andrus", "Dmitri", "Oleksandr", "Ahmed", "Abdi", "Mohammed", "Hassan", "Yusuf",
};

static const char * const other_last[] = {
  "Tamm", "Saar", "Kask", "Shevchenko", "Kovalenko", "Hassan", "Ali", "Mohamed", "Farah",
};

typedef struct
{
  const char *name[N_LANGS];
  const char *postcode;
  guint       weight;     /* inhabitants, thousands */
  guint       sv_percent; /* Swedish speakers */
} Municipality;

/* The ten municipalities of the Western Uusimaa wellbeing services county. */
static const Municipality municipalities[] = {
  { { "Espoo", "Esbo" }, "02600", 305, 7 },
  { { "Lohja", "Lojo" }, "08100", 46, 4 },
  { { "Kirkkonummi", "Kyrkslätt" }, "02400", 41, 16 },
  { { "Vihti", "Vichtis" }, "03100", 29, 2 },
  { { "Raasepori", "Raseborg" }, "10600", 27, 65 },
  { { "Kauniainen", "Grankulla" }, "02700", 10, 33 },
  { { "Hanko", "Hangö" }, "10900", 8, 42 },
  { { "Karkkila", "Högfors" }, "03600", 8, 1 },
  { { "Siuntio", "Sjundeå" }, "02580", 6, 28 },
  { { "Inkoo", "Ingå" }, "10210", 5, 52 },
};

#define MUNICIPALITY_SV_MAJORITY 4 /* Raasepori */

static const char * const streets[N_LANGS][8] = {
  { "Koivukuja", "Rantatie", "Kirkkokatu", "Myllytie", "Puistokatu", "Mäntytie",
    "Asemakatu", "Lähteentie" },
  { "Björkgränd", "Strandvägen", "Kyrkogatan", "Kvarnvägen", "Parkgatan", "Tallvägen",
    "Stationsgatan", "Källvägen" },
};

static const char * const client_notes[N_LANGS][4] = {
  { "Toivoo tapaamisia iltapäivisin.", "Tekstiviesti ennen kotikäyntiä.",
    "Asioi mieluiten suomeksi ja selkokielellä.", "Koira kotona, ilmoita käynnistä etukäteen." },
  { "Önskar möten på eftermiddagen.", "Sms före hembesök.",
    "Föredrar lättläst svenska i brev.", "Hund hemma, meddela besök i förväg." },
};

typedef struct
{
  const char *text[N_LANGS];
  const char *levels[N_LANGS][5]; /* −2, −1, 0, +1, +2 */
  guint       means;              /* SrMeans */
  const char *means_other[N_LANGS];
} GoalTemplate;

static const GoalTemplate goal_templates[] = {
  { { "Päivärytmi on säännöllinen", "Dygnsrytmen är regelbunden" },
    { { "Valvon öisin ja nukun päivisin, en pääse tapaamisiin",
        "Pääsen aamulla ylös vain sovittuina päivinä herätyksen avulla",
        "Herään arkisin klo 9 mennessä vähintään neljänä päivänä viikossa",
        "Herään klo 9 mennessä joka arkipäivä",
        "Herään joka päivä klo 9 mennessä ja syön aamupalan" },
      { "Jag är vaken på nätterna och sover på dagarna, jag kommer inte till möten",
        "Jag kommer upp på morgonen bara överenskomna dagar, med väckning",
        "Jag vaknar före kl. 9 minst fyra vardagar i veckan",
        "Jag vaknar före kl. 9 varje vardag",
        "Jag vaknar före kl. 9 varje dag och äter frukost" } },
    SR_MEANS_EVERYDAY_SKILLS | SR_MEANS_COUNSELLING, { NULL, NULL } },
  { { "Raha-asiat ovat hallinnassa", "Ekonomin är under kontroll" },
    { { "Laskut jäävät maksamatta ja menevät perintään",
        "Maksan osan laskuista myöhässä",
        "Maksan vuokran ja sähkön eräpäivään mennessä",
        "Maksan kaikki laskut ajallaan ja teen kuukausibudjetin",
        "Laskut hoituvat ajallaan ja olen aloittanut velkojen järjestelyn" },
      { "Räkningarna blir obetalda och går till indrivning",
        "Jag betalar en del räkningar för sent",
        "Jag betalar hyran och elen senast på förfallodagen",
        "Jag betalar alla räkningar i tid och gör en månadsbudget",
        "Räkningarna sköts i tid och jag har börjat en skuldsanering" } },
    SR_MEANS_EVERYDAY_SKILLS | SR_MEANS_OTHER,
    { "Talous- ja velkaneuvonta", "Ekonomi- och skuldrådgivning" } },
  { { "Osallistun ryhmätoimintaan", "Jag deltar i gruppverksamhet" },
    { { "En osallistu ryhmään lainkaan",
        "Käyn ryhmässä harvoin",
        "Osallistun ryhmään vähintään kolmesti kuukaudessa",
        "Osallistun ryhmään joka viikko",
        "Osallistun joka viikko ja suunnittelen yhden ryhmäkerran" },
      { "Jag deltar inte alls i gruppen",
        "Jag går sällan till gruppen",
        "Jag deltar i gruppen minst tre gånger i månaden",
        "Jag deltar i gruppen varje vecka",
        "Jag deltar varje vecka och planerar en träff" } },
    SR_MEANS_GROUP_ACTIVITY, { NULL, NULL } },
  { { "Yksinäisyys vähenee", "Ensamheten minskar" },
    { { "En tapaa ketään tapaamisten ulkopuolella",
        "Tapaan jonkun noin kerran kuukaudessa",
        "Tapaan ystävää tai sukulaista kerran viikossa",
        "Tapaan muita ihmisiä useita kertoja viikossa",
        "Olen löytänyt harrastuksen, jossa tapaan muita" },
      { "Jag träffar ingen utanför mötena",
        "Jag träffar någon ungefär en gång i månaden",
        "Jag träffar en vän eller släkting en gång i veckan",
        "Jag träffar andra flera gånger i veckan",
        "Jag har hittat en hobby där jag träffar andra" } },
    SR_MEANS_GROUP_ACTIVITY | SR_MEANS_COUNSELLING, { NULL, NULL } },
  { { "Päihteiden käyttö vähenee", "Användningen av rusmedel minskar" },
    { { "Käytän alkoholia päivittäin",
        "Käytän alkoholia useimpina päivinä",
        "Olen päihteettä arkipäivät",
        "Olen päihteettä koko viikon",
        "Olen ollut päihteettä kolme kuukautta" },
      { "Jag dricker alkohol varje dag",
        "Jag dricker alkohol de flesta dagar",
        "Jag är nykter på vardagarna",
        "Jag är nykter hela veckan",
        "Jag har varit nykter i tre månader" } },
    SR_MEANS_COUNSELLING | SR_MEANS_OTHER,
    { "Päihdepalveluiden vertaistukiryhmä", "Kamratstödsgrupp inom missbrukarvården" } },
  { { "Selvitän työhön tai koulutukseen paluun mahdollisuudet",
      "Jag utreder möjligheterna att återgå till arbete eller studier" },
    { { "En ole ottanut asiaa puheeksi",
        "Olen kertonut toiveistani työntekijälle",
        "Olen käynyt työllisyyspalveluissa ja tehnyt suunnitelman",
        "Olen aloittanut työkokeilun tai kurssin",
        "Olen työssä tai opiskelen" },
      { "Jag har inte tagit upp saken",
        "Jag har berättat om mina önskemål för arbetstagaren",
        "Jag har besökt sysselsättningstjänsterna och gjort en plan",
        "Jag har börjat en arbetsprövning eller en kurs",
        "Jag arbetar eller studerar" } },
    SR_MEANS_ASSESSMENT | SR_MEANS_COUNSELLING, { NULL, NULL } },
  { { "Kodin askareet sujuvat", "Hushållssysslorna fungerar" },
    { { "Asunto on niin sotkuinen, että vuokrasuhde on vaarassa",
        "Siivoan vain, kun joku on tulossa käymään",
        "Siivoan ja vien roskat viikoittain",
        "Siivoan viikoittain ja pesen pyykit itse",
        "Kodin askareet sujuvat ilman muistutusta" },
      { "Bostaden är så stökig att hyresavtalet är i fara",
        "Jag städar bara när någon ska komma på besök",
        "Jag städar och bär ut soporna varje vecka",
        "Jag städar varje vecka och tvättar själv",
        "Hushållssysslorna fungerar utan påminnelse" } },
    SR_MEANS_EVERYDAY_SKILLS, { NULL, NULL } },
  { { "Asioin itsenäisesti virastoissa", "Jag sköter mina ärenden själv" },
    { { "En avaa postia enkä asioi virastoissa",
        "Asioin vain työntekijän kanssa",
        "Teen Kelan hakemukset itse verkossa, työntekijä tarkistaa",
        "Hoidan Kelan ja pankin asiat itse",
        "Hoidan kaikki asiointini itsenäisesti" },
      { "Jag öppnar inte posten och sköter inga ärenden",
        "Jag sköter ärenden bara tillsammans med arbetstagaren",
        "Jag gör FPA-ansökningarna själv på nätet, arbetstagaren kontrollerar",
        "Jag sköter FPA- och bankärenden själv",
        "Jag sköter alla mina ärenden självständigt" } },
    SR_MEANS_EVERYDAY_SKILLS | SR_MEANS_COUNSELLING, { NULL, NULL } },
  { { "Liikun itsenäisesti julkisilla kulkuvälineillä",
      "Jag rör mig självständigt med kollektivtrafik" },
    { { "En lähde kotoa yksin",
        "Lähden kotoa vain saattajan kanssa",
        "Käyn bussilla yksin kaupassa ja tapaamisissa",
        "Matkustan bussilla myös toiselle paikkakunnalle",
        "Suunnittelen ja teen matkoja itsenäisesti" },
      { "Jag går inte ut ensam",
        "Jag går ut bara med följeslagare",
        "Jag åker buss ensam till butiken och till möten",
        "Jag åker buss också till en annan ort",
        "Jag planerar och gör resor självständigt" } },
    SR_MEANS_EVERYDAY_SKILLS, { NULL, NULL } },
};

static const char * const participants[N_LANGS][3] = {
  { "asiakas, sosiaaliohjaaja", "asiakas, sosiaalityöntekijä, päihdetyöntekijä",
    "asiakas, sosiaaliohjaaja, työllisyyspalveluiden asiantuntija" },
  { "klienten, socialhandledare", "klienten, socialarbetare, missbruksarbetare",
    "klienten, socialhandledare, sakkunnig från sysselsättningstjänsterna" },
};

static const char * const assessment_summaries[N_LANGS][3] = {
  { "Asiakas toivoo tukea päivärytmiin ja raha-asioihin. Sosiaalinen verkosto on suppea.",
    "Arki sujuu osittain; tavoitteena paluu työelämään kuntouttavan työtoiminnan kautta.",
    "Päihteiden käyttö vaikeuttaa arkea. Asiakas on motivoitunut muutokseen." },
  { "Klienten önskar stöd med dygnsrytm och ekonomi. Det sociala nätverket är litet.",
    "Vardagen fungerar delvis; målet är att återgå till arbetslivet via arbetsverksamhet.",
    "Rusmedelsbruket försvårar vardagen. Klienten är motiverad att förändra." },
};

static const char * const life_area_notes[N_LANGS][4] = {
  { "Vuokrarästejä", "Asuu yksin", "Ei ajokorttia", "Harrasti aiemmin kalastusta" },
  { "Hyresskulder", "Bor ensam", "Inget körkort", "Fiskade tidigare som hobby" },
};

static const char * const referral_notes[N_LANGS][3] = {
  { "Lähete tehty", "Asiakas harkitsee", "Yhteinen käynti sovittu" },
  { "Remiss skickad", "Klienten funderar", "Gemensamt besök överenskommet" },
};

static const char * const closing_notes[N_LANGS][3] = {
  { "Tavoitteet saavutettiin pääosin.", "Siirtyi työllisyyspalveluiden kuntouttavaan työtoimintaan.",
    "Yhteys katkesi syksyn aikana." },
  { "Målen nåddes i huvudsak.", "Övergick till arbetsverksamhet inom sysselsättningstjänsterna.",
    "Kontakten bröts under hösten." },
};

static const char * const review_notes[N_LANGS][3] = {
  { "Edistystä erityisesti arjen rytmissä.", "Tavoitteita tarkennettiin yhdessä.",
    "Asiakas arvioi itse edistyneensä." },
  { "Framsteg särskilt i vardagsrytmen.", "Målen preciserades tillsammans.",
    "Klienten bedömer själv att det gått framåt." },
};

static const char * const meeting_notes[N_LANGS][5] = {
  { "Käytiin läpi viikon kuulumiset ja tavoitteiden eteneminen.",
    "Harjoiteltiin Kelan hakemuksen täyttämistä.",
    "Kävelylenkki, keskusteltiin päivärytmistä.",
    "Sovittiin seuraavan viikon tehtävistä.",
    "Tehtiin yhdessä kauppalista ja viikon budjetti." },
  { "Vi gick igenom veckan och hur målen framskrider.",
    "Vi övade på att fylla i FPA-ansökan.",
    "Promenad, vi pratade om dygnsrytmen.",
    "Vi kom överens om veckans uppgifter.",
    "Vi gjorde en inköpslista och veckobudget tillsammans." },
};

static const char * const public_places[N_LANGS][4] = {
  { "Kahvila Kulma", "Kirjasto", "Kauppakeskuksen kahvila", "Museo" },
  { "Café Hörnan", "Biblioteket", "Köpcentrets kafé", "Museet" },
};

static const char * const outdoor_places[N_LANGS][3] = {
  { "Kävely rantapuistossa", "Kävely kuntopolulla", "Kävely keskustassa" },
  { "Promenad i strandparken", "Promenad på motionsbanan", "Promenad i centrum" },
};

static const char * const errand_places[N_LANGS][4] = {
  { "Kela", "Pankki", "Työllisyyspalvelut", "Terveysasema" },
  { "FPA", "Banken", "Sysselsättningstjänsterna", "Hälsostationen" },
};

typedef struct
{
  const char *organisation[N_LANGS];
  const char *service_type[N_LANGS];
  const char *role[N_LANGS];
} ContactTemplate;

static const ContactTemplate contact_templates[] = {
  { { "Hyvinvointialue, mielenterveys- ja päihdepalvelut",
      "Välfärdsområdet, mentalvårds- och missbrukartjänster" },
    { "mielenterveys- ja päihdepalvelut", "mentalvård och missbruk" },
    { "sairaanhoitaja", "sjukskötare" } },
  { { "Työllisyyspalvelut", "Sysselsättningstjänster" },
    { "työllisyyspalvelut", "sysselsättningstjänster" },
    { "työvalmentaja", "jobbcoach" } },
  { { "Kela", "FPA" }, { "Kela", "FPA" }, { "kuntoutusasiantuntija", "rehabiliteringsexpert" } },
  { { "Terveysasema", "Hälsostationen" }, { "terveydenhuolto", "hälso- och sjukvård" },
    { "lääkäri", "läkare" } },
  { { "Talous- ja velkaneuvonta", "Ekonomi- och skuldrådgivningen" },
    { "talous- ja velkaneuvonta", "ekonomi- och skuldrådgivning" },
    { "talousneuvoja", "ekonomirådgivare" } },
  { { "Seurakunnan diakoniatyö", "Församlingens diakoni" }, { "järjestö", "organisation" },
    { "diakoniatyöntekijä", "diakoniarbetare" } },
  { { "Vuokranantaja", "Hyresvärden" }, { "asuminen", "boende" },
    { "isännöitsijä", "disponent" } },
};

typedef struct
{
  const char *name[N_LANGS];
  const char *description[N_LANGS];
  guint       methods; /* SrGroupMethod */
  const char *topics[N_LANGS][6];
} GroupTemplate;

static const GroupTemplate group_templates[] = {
  { { "Vertaisryhmä", "Samtalsgruppen" },
    { "Keskustelua arjesta ja vertaistukea pienessä ryhmässä.",
      "Samtal om vardagen och kamratstöd i liten grupp." },
    SR_GROUP_METHOD_PEER_DISCUSSION,
    { { "Tutustuminen ja yhteiset pelisäännöt", "Arjen rytmi ja uni", "Raha-asiat",
        "Ystävyys ja yksinäisyys", "Omat vahvuudet", "Tulevaisuuden toiveet" },
      { "Bekantskap och gemensamma regler", "Vardagsrytm och sömn", "Pengar",
        "Vänskap och ensamhet", "Mina styrkor", "Önskemål för framtiden" } } },
  { { "Arjen taidot", "Vardagsgruppen" },
    { "Ruoanlaittoa, kaupassa käyntiä ja kodin askareita yhdessä.",
      "Matlagning, butiksbesök och hushållssysslor tillsammans." },
    SR_GROUP_METHOD_FUNCTIONAL,
    { { "Yhteinen ruoanlaitto", "Edullinen kauppakassi", "Leivonta", "Kierrätys",
        "Ruokalistan suunnittelu", "Pyykinpesu" },
      { "Vi lagar mat tillsammans", "Förmånlig matkasse", "Bakning", "Återvinning",
        "Vi planerar en matsedel", "Tvätt" } } },
  { { "Luovan toiminnan ryhmä", "Konstgruppen" },
    { "Maalausta, valokuvausta ja käsitöitä ilman suorituspaineita.",
      "Måleri, fotografi och hantverk utan prestationskrav." },
    SR_GROUP_METHOD_ART_BASED | SR_GROUP_METHOD_PEER_DISCUSSION,
    { { "Maalaus vesiväreillä", "Valokuvakävely", "Savityö", "Kollaasi", "Musiikin kuuntelu",
        "Näyttelyn suunnittelu" },
      { "Akvarellmålning", "Fotopromenad", "Lera", "Collage", "Vi lyssnar på musik",
        "Vi planerar en utställning" } } },
  { { "Retkiryhmä", "Utflyktsgruppen" },
    { "Retkiä luontoon ja kulttuurikohteisiin, suunnitellaan yhdessä.",
      "Utflykter i naturen och till kulturmål, planerade tillsammans." },
    SR_GROUP_METHOD_VISITS_TRIPS | SR_GROUP_METHOD_FUNCTIONAL,
    { { "Retki kansallispuistoon", "Museokäynti", "Kirjastovierailu", "Saaristoretki",
        "Retken suunnittelu", "Kahvilakäynti" },
      { "Utflykt till nationalparken", "Museibesök", "Biblioteksbesök", "Skärgårdsutflykt",
        "Vi planerar en utflykt", "Kafébesök" } } },
  { { "Pelikerho", "Spelklubben" },
    { "Lauta- ja korttipelejä, tietovisoja ja yhdessäoloa.",
      "Bräd- och kortspel, frågesport och samvaro." },
    SR_GROUP_METHOD_GAME_BASED | SR_GROUP_METHOD_PEER_DISCUSSION,
    { { "Lautapelit", "Tietovisa", "Korttipelit", "Yhteistyöpelit", "Pelien suunnittelu",
        "Bingo" },
      { "Brädspel", "Frågesport", "Kortspel", "Samarbetsspel", "Vi hittar på ett spel",
        "Bingo" } } },
};

static const char * const group_places[N_LANGS][3] = {
  { "Kohtaamispaikka Majakka", "Sosiaaliaseman ryhmätila", "Kirjaston kokoushuone" },
  { "Träffpunkten Fyren", "Socialbyråns grupprum", "Bibliotekets mötesrum" },
};

static const char * const co_leader_roles[N_LANGS][2] = {
  { "kokemusasiantuntija", "kehittäjäasiakas" },
  { "erfarenhetsexpert", "utvecklarklient" },
};

static const char * const leaving_reasons[N_LANGS][3] = {
  { "Aloitti työkokeilun", "Muutti toiselle paikkakunnalle", "Ei kokenut ryhmää omakseen" },
  { "Började en arbetsprövning", "Flyttade till en annan ort", "Trivdes inte i gruppen" },
};

static const char * const partly_reasons[N_LANGS][3] = {
  { "Lähti aiemmin lääkäriin", "Tuli myöhässä bussin takia", "Voi huonosti, lähti kesken" },
  { "Gick tidigare till läkaren", "Kom sent på grund av bussen", "Mådde dåligt, gick" },
};

static const char * const session_notes[N_LANGS][3] = {
  { "Hyvä tunnelma, paljon keskustelua.", "Sovittiin seuraavan retken kohde.",
    "Kahvit ja pullat ryhmän budjetista." },
  { "God stämning, mycket diskussion.", "Vi bestämde målet för nästa utflykt.",
    "Kaffe och bulla från gruppens budget." },
};

static const char * const feedback_texts[N_LANGS][5] = {
  { "Hyvä keskustelu, sain uusia ajatuksia.", "Mukava porukka.", "Liian lyhyt kerta.",
    "Paras kerta tähän mennessä.", "Väsytti, mutta hyvä että tulin." },
  { "Bra diskussion, jag fick nya tankar.", "Trevligt gäng.", "Lite för kort träff.",
    "Den bästa träffen hittills.", "Jag var trött, men bra att jag kom." },
};

/* The generator's state ------------------------------------------------------ */

typedef struct
{
  char          *id;
  char          *name;
  SrWorkerTitle  title;
} Worker;

typedef struct
{
  char  *id;
  guint  lang;          /* FI or SV: the language texts about them are written in */
  guint  worker;        /* the named worker */
  guint  municipality;
  guint  first_period;
  guint  n_periods;
  guint  open : 1;      /* the latest period is not closed */
} Client;

typedef struct
{
  char    *id;
  guint    client;
  guint    worker;
  SrPhase  phase;
  guint32  start;       /* Julian days */
  guint32  planned_end;
  guint32  actual_end;  /* 0 unless closed */
  guint    n_slots;     /* weekly meeting slots within the window */
  guint    gap : 1;     /* no meeting within a week of today, on purpose */
} Period;

typedef struct
{
  guint32         day;
  SrSessionStatus status;
} SessionPlan;

typedef struct
{
  guint   client;
  guint32 joined;
  guint32 left;         /* 0: still a member */
} MemberPlan;

typedef struct
{
  SrStore               *store;
  const SrSampleOptions *options;
  GRand                 *rand;
  GTimeZone             *tz;
  GDateTime             *now;          /* today at noon, local time */
  guint32                today;
  guint32                window_start; /* first day of meetings and sessions */
  guint32                window_end;   /* last day */

  GArray                *workers;      /* Worker */
  guint                  n_caseworkers;
  guint                  n_leaders;
  GArray                *clients;      /* Client */
  GArray                *periods;      /* Period */
  GArray                *open_clients; /* guint: clients with an open period */
  GHashTable            *codes;        /* identity codes in use */

  gboolean               in_batch;
  guint                  n_in_chunk;
  guint64                n_saved;
  guint64                n_estimated;
  gboolean               expiring_made;
} Gen;

static void
worker_clear (gpointer data)
{
  Worker *w = data;

  g_free (w->id);
  g_free (w->name);
}

static void
client_clear (gpointer data)
{
  g_free (((Client *) data)->id);
}

static void
period_clear (gpointer data)
{
  g_free (((Period *) data)->id);
}

/* Random helpers ------------------------------------------------------------- */

/* A whole number in [lo, hi]. */
static int
rnd (Gen *gen,
     int  lo,
     int  hi)
{
  return g_rand_int_range (gen->rand, lo, hi + 1);
}

static gboolean
chance (Gen    *gen,
        double  p)
{
  return g_rand_double (gen->rand) < p;
}

#define PICK(gen, array) ((array)[g_rand_int_range ((gen)->rand, 0, G_N_ELEMENTS (array))])

/* An index drawn with the given weights. */
static guint
weighted (Gen         *gen,
          const guint *weights,
          guint        n)
{
  guint total = 0, r;

  for (guint i = 0; i < n; i++)
    total += weights[i];

  r = (guint) g_rand_int_range (gen->rand, 0, (gint32) total);
  for (guint i = 0; i < n; i++)
    {
      if (r < weights[i])
        return i;
      r -= weights[i];
    }

  return n - 1;
}

/* Days ------------------------------------------------------------------------- */

typedef struct
{
  char s[11];
} DayText;

static DayText
day_text (guint32 julian)
{
  DayText text;
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);
  g_snprintf (text.s, sizeof text.s, "%04u-%02u-%02u", g_date_get_year (&date),
              g_date_get_month (&date), g_date_get_day (&date));
  return text;
}

static guint32
add_months (guint32 julian,
            int     months)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);
  if (months >= 0)
    g_date_add_months (&date, (guint) months);
  else
    g_date_subtract_months (&date, (guint) -months);
  return g_date_get_julian (&date);
}

static guint
weekday_of (guint32 julian)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);
  return g_date_get_weekday (&date); /* 1 = Monday … 7 = Sunday */
}

/* Moves a Saturday back to Friday and a Sunday on to Monday. */
static guint32
weekday_near (guint32 julian)
{
  switch (weekday_of (julian))
    {
    case G_DATE_SATURDAY:
      return julian - 1;
    case G_DATE_SUNDAY:
      return julian + 1;
    default:
      return julian;
    }
}

static GDateTime *
make_time (Gen     *gen,
           guint32  julian,
           int      hour,
           int      minute)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);
  return g_date_time_new (gen->tz, g_date_get_year (&date), g_date_get_month (&date),
                          g_date_get_day (&date), hour, minute, 0);
}

static int
year_of (guint32 julian)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);
  return g_date_get_year (&date);
}

/* Saving ------------------------------------------------------------------------ */

static void
report_progress (Gen *gen)
{
  if (gen->options->progress != NULL)
    gen->options->progress (MIN (1.0, (double) gen->n_saved / (double) MAX (gen->n_estimated, 1)),
                            gen->options->progress_data);
}

static gboolean
begin_chunk (Gen     *gen,
             GError **error)
{
  if (!sr_store_begin_batch (gen->store, error))
    return FALSE;

  gen->in_batch = TRUE;
  gen->n_in_chunk = 0;
  return TRUE;
}

static gboolean
end_chunk (Gen     *gen,
           GError **error)
{
  gen->in_batch = FALSE;
  if (!sr_store_commit_batch (gen->store, error))
    return FALSE;

  report_progress (gen);
  return TRUE;
}

/* Counts a save that went into the open chunk, and starts a new chunk when
 * this one is full. */
static gboolean
saved (Gen     *gen,
       GError **error)
{
  gen->n_saved++;
  if (++gen->n_in_chunk < CHUNK_SAVES)
    return TRUE;

  return end_chunk (gen, error) && begin_chunk (gen, error);
}

static gboolean
save (Gen       *gen,
      gpointer   record,
      GError   **error)
{
  if (!sr_store_save (gen->store, SR_RECORD (record), error))
    {
      g_prefix_error (error, "Sample %s: ", sr_record_get_entity_type (SR_RECORD (record)));
      return FALSE;
    }

  return saved (gen, error);
}

/* People --------------------------------------------------------------------------- */

typedef struct
{
  const char *first;
  const char *last;
  gboolean    female;
} Name;

static gboolean
is_vowel (gunichar c)
{
  return strchr ("aeiouy", (int) c) != NULL || c == 0xe4 /* ä */ || c == 0xf6 /* ö */;
}

/* Stem and ending; Finnish -la follows the stem's vowel harmony (Ojala,
 * Mäkilä), and a vowel meeting itself takes a hyphen (Ranta-aho). */
static const char *
compound_surname (Gen                *gen,
                  const char * const *stems,
                  guint               n_stems,
                  const char * const *endings,
                  guint               n_endings)
{
  for (;;)
    {
      const char *stem = stems[rnd (gen, 0, (int) n_stems - 1)];
      const char *ending = endings[rnd (gen, 0, (int) n_endings - 1)];
      g_autofree char *lower = g_utf8_strdown (stem, -1);
      g_autofree char *joined = NULL;
      gunichar last = g_utf8_get_char (g_utf8_prev_char (stem + strlen (stem)));

      if (g_str_has_suffix (lower, ending) || g_str_has_prefix (ending, lower))
        continue;
      if (g_str_equal (ending, "la") && strpbrk (lower, "aou") == NULL)
        ending = "lä";

      joined = g_strconcat (stem, last == g_utf8_get_char (ending) && is_vowel (last) ? "-" : "",
                            ending, NULL);
      return g_intern_string (joined);
    }
}

static Name
make_name (Gen        *gen,
           SrLanguage  language)
{
  Name name;

  name.female = chance (gen, 0.5);
  switch (language)
    {
    case SR_LANGUAGE_SV:
      name.first = name.female ? PICK (gen, sv_female) : PICK (gen, sv_male);
      name.last = chance (gen, 0.5)
                  ? PICK (gen, sv_last)
                  : compound_surname (gen, sv_stems, G_N_ELEMENTS (sv_stems),
                                      sv_endings, G_N_ELEMENTS (sv_endings));
      break;

    case SR_LANGUAGE_OTHER:
      name.first = name.female ? PICK (gen, other_female) : PICK (gen, other_male);
      name.last = PICK (gen, other_last);
      break;

    case SR_LANGUAGE_FI:
    default:
      name.first = name.female ? PICK (gen, fi_female) : PICK (gen, fi_male);
      name.last = chance (gen, 0.5)
                  ? PICK (gen, fi_last)
                  : compound_surname (gen, fi_stems, G_N_ELEMENTS (fi_stems),
                                      fi_endings, G_N_ELEMENTS (fi_endings));
      break;
    }

  return name;
}

/* "firstname.lastname", in plain ASCII, for an address at example.org/.fi. */
static char *
email_local_part (const char *first,
                  const char *last)
{
  g_autofree char *joined = g_strconcat (first, ".", last, NULL);
  g_autofree char *ascii = g_str_to_ascii (joined, "C");
  GString *out = g_string_new (NULL);

  for (const char *p = ascii; *p != '\0'; p++)
    if (g_ascii_isalnum (*p) || *p == '.')
      g_string_append_c (out, g_ascii_tolower (*p));

  return g_string_free (out, FALSE);
}

/* 040 555xxxx: the 555 of films makes the numbers read as made up. It is
 * not a reserved range; nothing here ever dials or messages them. */
static char *
make_phone (Gen *gen)
{
  return g_strdup_printf ("040 555%04d", rnd (gen, 0, 9999));
}

/* A unique identity code of a working-age adult (18–64 today) with a
 * temporary individual number 900–999, odd for men and even for women. */
static char *
make_identity_code (Gen      *gen,
                    gboolean  female)
{
  GDate oldest, youngest, today;

  g_date_clear (&today, 1);
  g_date_set_julian (&today, gen->today);
  oldest = today;
  g_date_subtract_years (&oldest, 65);
  g_date_add_days (&oldest, 1);
  youngest = today;
  g_date_subtract_years (&youngest, 18);

  for (;;)
    {
      guint32 birth = (guint32) rnd (gen, (int) g_date_get_julian (&oldest),
                                     (int) g_date_get_julian (&youngest));
      GDate date;
      char ddmmyy[7];
      char century;
      guint year;

      g_date_clear (&date, 1);
      g_date_set_julian (&date, birth);
      year = g_date_get_year (&date);
      g_snprintf (ddmmyy, sizeof ddmmyy, "%02u%02u%02u", g_date_get_day (&date),
                  g_date_get_month (&date), year % 100);
      /* The century signs added in 2023 (Y, B) occur too. */
      if (year >= 2000)
        century = chance (gen, 0.1) ? 'B' : 'A';
      else
        century = chance (gen, 0.1) ? 'Y' : '-';

      for (guint attempt = 0; attempt < 10; attempt++)
        {
          guint number = 900 + 2 * (guint) rnd (gen, 0, 49) + (female ? 0 : 1);
          char *code = sr_hetu_compute_check (ddmmyy, century, number);

          g_assert (code != NULL);
          if (g_hash_table_add (gen->codes, code))
            return g_strdup (code);
        }
    }
}

static gboolean
make_workers (Gen     *gen,
              guint    n_clients,
              guint    n_groups,
              GError **error)
{
  guint n_workers;

  gen->n_caseworkers = MAX (4, (n_clients + CLIENTS_PER_CASEWORKER - 1) / CLIENTS_PER_CASEWORKER);
  gen->n_leaders = MAX (2, (n_groups + 3) / 4);
  /* One more: a worker who has left and is no longer active. */
  n_workers = gen->n_caseworkers + gen->n_leaders + 1;

  for (guint i = 0; i < n_workers; i++)
    {
      g_autoptr(SrWorker) worker = NULL;
      g_autofree char *local = NULL;
      g_autofree char *email = NULL;
      g_autofree char *phone = NULL;
      Name name = make_name (gen, chance (gen, 0.2) ? SR_LANGUAGE_SV : SR_LANGUAGE_FI);
      Worker w = { NULL, NULL, SR_WORKER_TITLE_SOCIAL_COUNSELLOR };

      /* The first (the current worker) is a counsellor, the second a social
       * worker who signs decisions. */
      if (i >= gen->n_caseworkers + gen->n_leaders)
        w.title = SR_WORKER_TITLE_SOCIAL_COUNSELLOR;
      else if (i >= gen->n_caseworkers)
        w.title = SR_WORKER_TITLE_GROUP_LEADER;
      else if (i == 1 || (i > 1 && chance (gen, 0.4)))
        w.title = SR_WORKER_TITLE_SOCIAL_WORKER;

      local = email_local_part (name.first, name.last);
      email = g_strconcat (local, "@example.fi", NULL);
      phone = make_phone (gen);
      worker = sr_worker_new (name.first);
      w.name = g_strconcat (name.first, " ", name.last, NULL);
      g_object_set (worker,
                    "name", w.name,
                    "title", w.title,
                    "phone", phone,
                    "email", email,
                    "active", i < gen->n_caseworkers + gen->n_leaders,
                    NULL);

      if (!save (gen, worker, error))
        {
          worker_clear (&w);
          return FALSE;
        }

      w.id = g_strdup (sr_record_get_id (SR_RECORD (worker)));
      g_array_append_val (gen->workers, w);
    }

  if (sr_store_get_current_worker (gen->store) == NULL)
    sr_store_set_current_worker (gen->store, g_array_index (gen->workers, Worker, 0).id);

  return TRUE;
}

/* A caseworker with the title social worker, to sign decisions. */
static const Worker *
pick_social_worker (Gen *gen)
{
  for (guint tries = 0; tries < 8; tries++)
    {
      const Worker *w = &g_array_index (gen->workers, Worker,
                                        rnd (gen, 0, (int) gen->n_caseworkers - 1));

      if (w->title == SR_WORKER_TITLE_SOCIAL_WORKER)
        return w;
    }

  return &g_array_index (gen->workers, Worker, 1);
}

static guint
pick_municipality (Gen *gen)
{
  guint weights[G_N_ELEMENTS (municipalities)];

  for (guint i = 0; i < G_N_ELEMENTS (municipalities); i++)
    weights[i] = municipalities[i].weight;

  return weighted (gen, weights, G_N_ELEMENTS (municipalities));
}

/* Periods ---------------------------------------------------------------------------- */

static const int period_months[] = { 3, 6, 6, 6, 9, 12 };

/* Weekly slots of the period within the meeting window. */
static guint
count_slots (Gen          *gen,
             const Period *p)
{
  guint32 end = p->actual_end != 0 ? p->actual_end : p->planned_end;
  guint32 a = MAX (p->start, gen->window_start);
  guint32 b = MIN (end, gen->window_end);

  if (b < a)
    return 0;

  return (b - a) / 7 + 1;
}

/* Lays out the timeline of a client's periods: the latest in @phase, the
 * earlier ones closed, each ending some months before the next starts. */
static void
plan_periods (Gen     *gen,
              guint    client_index,
              guint    n,
              SrPhase  phase)
{
  Client *client = &g_array_index (gen->clients, Client, client_index);
  guint32 next_start = 0;
  guint first = gen->periods->len;

  g_array_set_size (gen->periods, first + n);
  client->first_period = first;
  client->n_periods = n;

  for (guint k = n; k-- > 0;)
    {
      Period *p = &g_array_index (gen->periods, Period, first + k);
      int months = PICK (gen, period_months);
      guint32 today = gen->today;

      memset (p, 0, sizeof *p);
      p->client = client_index;
      p->worker = client->worker;
      p->phase = k == n - 1 ? phase : SR_PHASE_CLOSED;

      if (k < n - 1)
        {
          /* An earlier period: closed, ending well before the next began. */
          p->worker = (guint) rnd (gen, 0, (int) gen->n_caseworkers - 1);
          p->actual_end = next_start - (guint32) rnd (gen, 30, 400);
          p->start = add_months (p->actual_end, -months) + (guint32) rnd (gen, 0, 20);
          p->planned_end = add_months (p->start, months);
        }
      else
        {
          switch (phase)
            {
            case SR_PHASE_ASSESSMENT:
              p->start = today - (guint32) rnd (gen, 0, 20);
              p->planned_end = add_months (p->start, months);
              break;

            case SR_PHASE_PLANNING:
              p->start = today - (guint32) rnd (gen, 14, 45);
              p->planned_end = add_months (p->start, months);
              break;

            case SR_PHASE_ACTIVE:
              p->planned_end = today + (guint32) rnd (gen, 10, 240);
              p->start = add_months (p->planned_end, -months);
              if (p->start + 40 > today)
                p->start = add_months (p->planned_end, -12);
              break;

            case SR_PHASE_CLOSING:
              p->planned_end = today + (guint32) rnd (gen, 0, 35) - 14;
              p->start = add_months (p->planned_end, -months);
              break;

            case SR_PHASE_CLOSED:
            default:
              p->actual_end = today - (guint32) rnd (gen, 1, 240);
              p->start = add_months (p->actual_end, -months) + (guint32) rnd (gen, 0, 20);
              p->planned_end = add_months (p->start, months);
              break;
            }
        }

      if (p->actual_end != 0 && p->actual_end < p->start)
        p->actual_end = p->start + 30;
      p->n_slots = count_slots (gen, p);
      next_start = p->start;
    }

  client->open = n > 0 && phase != SR_PHASE_CLOSED;
}

static gboolean
save_assessment (Gen           *gen,
                 const Client  *client,
                 const Period  *p,
                 guint32       *date_out,
                 GError       **error)
{
  static const guint need_weights[] = { 40, 30, 20, 10 };
  static const guint rating_weights[] = { 5, 20, 35, 30, 10 };
  static const guint status_open[] = { 30, 35, 35, 0, 0 };
  static const guint status_closed[] = { 0, 0, 10, 70, 20 };
  g_autoptr(SrNeedsAssessment) na = sr_needs_assessment_new (p->id);
  guint32 date = MIN (p->start + (guint32) rnd (gen, 3, 25), gen->today);
  gboolean partial = p->phase == SR_PHASE_ASSESSMENT;
  guint n_referrals;

  date = MAX (date, p->start);
  g_object_set (na,
                "date", day_text (date).s,
                "participants", PICK (gen, participants[client->lang]),
                "client-present", chance (gen, 0.95),
                NULL);
  if (!partial)
    g_object_set (na, "summary", PICK (gen, assessment_summaries[client->lang]), NULL);

  for (guint area = 0; area < SR_N_LIFE_AREAS; area++)
    {
      if (partial && chance (gen, 0.4))
        continue;
      sr_needs_assessment_set_life_area (na, area, (int) weighted (gen, need_weights, 4),
                                         chance (gen, 0.15)
                                         ? PICK (gen, life_area_notes[client->lang]) : NULL);
    }
  for (guint domain = 0; domain < SR_N_CAPACITY_DOMAINS; domain++)
    {
      if (partial && chance (gen, 0.5))
        continue;
      sr_needs_assessment_set_domain_rating (na, domain, 1 + (int) weighted (gen, rating_weights, 5),
                                             NULL);
    }

  if (!save (gen, na, error))
    return FALSE;

  n_referrals = (guint) rnd (gen, 0, 3);
  for (guint i = 0; i < n_referrals; i++)
    {
      g_autoptr(SrReferral) referral = NULL;
      guint service = (guint) rnd (gen, 0, SR_REFERRAL_SERVICE_OTHER);
      guint status = weighted (gen, p->phase == SR_PHASE_CLOSED ? status_closed : status_open, 5);

      referral = sr_referral_new (sr_record_get_id (SR_RECORD (na)), service);
      g_object_set (referral,
                    "status", status,
                    "status-date", day_text (MIN (date + (guint32) rnd (gen, 0, 40),
                                                  gen->today)).s,
                    "note", chance (gen, 0.5) ? PICK (gen, referral_notes[client->lang]) : NULL,
                    NULL);
      if (!save (gen, referral, error))
        return FALSE;
    }

  *date_out = date;
  return TRUE;
}

/* A level on the way from @baseline to @final, at step @k of @n. */
static int
level_at (int   baseline,
          int   final,
          guint k,
          guint n)
{
  double x = baseline + (final - baseline) * (double) k / (double) n;

  return CLAMP ((int) (x >= 0 ? x + 0.5 : x - 0.5), SR_GAS_LEVEL_MIN, SR_GAS_LEVEL_MAX);
}

static gboolean
save_plan (Gen           *gen,
           const Client  *client,
           const Period  *p,
           guint32        assessed,
           GError       **error)
{
  static const guint final_weights[] = { 5, 20, 40, 25, 10 };
  g_autoptr(SrPlan) plan = sr_plan_new (p->id);
  guint32 end = p->actual_end != 0 ? p->actual_end : p->planned_end;
  guint32 date, review_day;
  guint n_goals = (guint) rnd (gen, 2, 4);
  guint chosen[4];
  int baseline[4], final[4];
  char *goal_ids[4] = { NULL };
  guint32 review_days[3];
  guint n_reviews = 0;
  gboolean ok = FALSE;

  if (p->phase == SR_PHASE_PLANNING)
    date = MIN (assessed + (guint32) rnd (gen, 5, 20), gen->today);
  else
    date = MIN (assessed + (guint32) rnd (gen, 7, 25), gen->today);

  /* Reviews every three months, and a closing one at the end. */
  for (review_day = date + 90; n_reviews < 2 && review_day <= MIN (end, gen->today);
       review_day += 90)
    review_days[n_reviews++] = review_day;
  if ((p->phase == SR_PHASE_CLOSED || (p->phase == SR_PHASE_CLOSING && end <= gen->today))
      && end > (n_reviews > 0 ? review_days[n_reviews - 1] : date) + 21)
    review_days[n_reviews++] = end - (guint32) rnd (gen, 0, 7);
  /* A tenth of the active plans are overdue for their review. */
  if (p->phase == SR_PHASE_ACTIVE && n_reviews > 0 && chance (gen, 0.1))
    n_reviews--;

  g_object_set (plan,
                "date", day_text (date).s,
                "participants", PICK (gen, participants[client->lang]),
                "client-present", chance (gen, 0.93),
                NULL);
  if (p->phase != SR_PHASE_CLOSED)
    g_object_set (plan, "review-due",
                  day_text ((n_reviews > 0 ? review_days[n_reviews - 1] : date) + 90).s, NULL);
  if (!save (gen, plan, error))
    return FALSE;

  for (guint i = 0; i < n_goals; i++)
    {
      g_autoptr(SrGoal) goal = NULL;
      const GoalTemplate *t;
      gboolean again;
      guint lang = client->lang;

      do
        {
          chosen[i] = (guint) rnd (gen, 0, G_N_ELEMENTS (goal_templates) - 1);
          again = FALSE;
          for (guint j = 0; j < i; j++)
            again |= chosen[j] == chosen[i];
        }
      while (again);

      t = &goal_templates[chosen[i]];
      baseline[i] = chance (gen, 0.8) ? -1 : -2;
      final[i] = (int) weighted (gen, final_weights, 5) - 2;
      goal = sr_goal_new (sr_record_get_id (SR_RECORD (plan)), t->text[lang]);
      g_object_set (goal,
                    "position", (int) i,
                    "means", t->means,
                    "means-other", t->means_other[lang],
                    "level-minus-2", t->levels[lang][0],
                    "level-minus-1", t->levels[lang][1],
                    "level-0", t->levels[lang][2],
                    "level-plus-1", t->levels[lang][3],
                    "level-plus-2", t->levels[lang][4],
                    "baseline", baseline[i],
                    "target-date", day_text (p->planned_end).s,
                    NULL);
      if (chance (gen, 0.25))
        g_object_set (goal,
                      "weighted", TRUE,
                      "importance", rnd (gen, 1, 3),
                      "difficulty", rnd (gen, 1, 3),
                      NULL);
      if (!save (gen, goal, error))
        goto out;
      goal_ids[i] = g_strdup (sr_record_get_id (SR_RECORD (goal)));
    }

  for (guint r = 0; r < n_reviews; r++)
    {
      g_autoptr(SrReview) review = sr_review_new (sr_record_get_id (SR_RECORD (plan)),
                                                  day_text (review_days[r]).s);

      g_object_set (review,
                    "rater-id", g_array_index (gen->workers, Worker, p->worker).id,
                    "client-present", chance (gen, 0.9),
                    "notes", chance (gen, 0.5) ? PICK (gen, review_notes[client->lang]) : NULL,
                    NULL);
      if (!save (gen, review, error))
        goto out;

      for (guint i = 0; i < n_goals; i++)
        {
          g_autoptr(SrGoalRating) rating = NULL;
          int level = level_at (baseline[i], final[i], r + 1, n_reviews);

          rating = sr_goal_rating_new (sr_record_get_id (SR_RECORD (review)), goal_ids[i], level);
          if (!save (gen, rating, error))
            goto out;
        }
    }

  /* Some open plans were revised after their latest review: version 2. */
  if (p->phase != SR_PHASE_CLOSED && n_reviews > 0 && chance (gen, 0.2))
    {
      g_autoptr(SrPlan) next = sr_store_new_plan_version (gen->store,
                                                          sr_record_get_id (SR_RECORD (plan)),
                                                          error);
      guint32 next_date = MIN (review_days[n_reviews - 1] + (guint32) rnd (gen, 1, 7),
                               gen->today);

      if (next == NULL || !saved (gen, error))
        goto out;
      g_object_set (next,
                    "date", day_text (next_date).s,
                    "review-due", day_text (next_date + 90).s,
                    NULL);
      if (!save (gen, next, error))
        goto out;
    }

  ok = TRUE;

out:
  for (guint i = 0; i < G_N_ELEMENTS (goal_ids); i++)
    g_free (goal_ids[i]);
  return ok;
}

static gboolean
save_period (Gen     *gen,
             Period  *p,
             GError **error)
{
  static const guint orientation_weights[] = { 5, 40, 55 };
  static const guint reason_weights[] = { 0, 40, 20, 10, 8, 12, 10 };
  const Client *client = &g_array_index (gen->clients, Client, p->client);
  g_autoptr(SrPeriod) period = sr_period_new (client->id, day_text (p->start).s);
  guint32 decided = p->start - (guint32) rnd (gen, 3, 21);
  guint32 valid_to = p->planned_end;
  guint32 assessed = p->start;
  g_autofree char *number = NULL;

  /* Some decisions run out before the period does: they need renewing. */
  if (p->phase == SR_PHASE_ACTIVE && (!gen->expiring_made || chance (gen, 0.15)))
    {
      valid_to = MIN (valid_to, gen->today + (guint32) rnd (gen, 3, 28));
      gen->expiring_made = TRUE;
    }

  number = g_strdup_printf ("SOS/%d/%04d", year_of (decided), rnd (gen, 1, 9999));
  g_object_set (period,
                "worker-id", g_array_index (gen->workers, Worker, p->worker).id,
                "planned-end", day_text (p->planned_end).s,
                "orientation", (int) weighted (gen, orientation_weights, 3),
                "phase", p->phase,
                "decision-number", number,
                "decision-date", day_text (decided).s,
                "decided-by", pick_social_worker (gen)->name,
                "decision-valid-from", day_text (p->start).s,
                "decision-valid-to", day_text (valid_to).s,
                "legal-basis", "SHL 17 §",
                NULL);
  if (p->actual_end != 0)
    g_object_set (period,
                  "actual-end", day_text (p->actual_end).s,
                  "closing-reason", (int) weighted (gen, reason_weights, 7),
                  "closing-note", chance (gen, 0.5)
                                  ? PICK (gen, closing_notes[client->lang]) : NULL,
                  NULL);

  if (!save (gen, period, error))
    return FALSE;
  p->id = g_strdup (sr_record_get_id (SR_RECORD (period)));

  if (p->start <= gen->today
      && !save_assessment (gen, client, p, &assessed, error))
    return FALSE;

  if (p->phase != SR_PHASE_ASSESSMENT && p->start <= gen->today
      && !save_plan (gen, client, p, assessed, error))
    return FALSE;

  return TRUE;
}

static gboolean
save_contacts (Gen           *gen,
               const Client  *client,
               GError       **error)
{
  static const guint count_weights[] = { 25, 35, 25, 15 };
  guint n = weighted (gen, count_weights, 4);

  for (guint i = 0; i < n; i++)
    {
      const ContactTemplate *t = &PICK (gen, contact_templates);
      g_autoptr(SrNetworkContact) contact = NULL;
      g_autofree char *person = NULL;
      g_autofree char *reach = NULL;
      Name name = make_name (gen, client->lang == SV ? SR_LANGUAGE_SV : SR_LANGUAGE_FI);
      gboolean consent = chance (gen, 0.8);

      contact = sr_network_contact_new (client->id, t->organisation[client->lang]);
      person = g_strconcat (name.first, " ", name.last, NULL);
      if (chance (gen, 0.5))
        reach = make_phone (gen);
      else
        {
          g_autofree char *local = email_local_part (name.first, name.last);

          reach = g_strconcat (local, "@example.fi", NULL);
        }
      g_object_set (contact,
                    "service-type", t->service_type[client->lang],
                    "person", person,
                    "role", t->role[client->lang],
                    "contact", reach,
                    "consent-to-share", consent,
                    "consent-date", consent ? day_text (gen->today - (guint32) rnd (gen, 0, 300)).s
                                            : NULL,
                    NULL);
      if (!save (gen, contact, error))
        return FALSE;
    }

  return TRUE;
}

static SrPhase
pick_phase (Gen   *gen,
            guint  client_index)
{
  /* The first five clients show every phase, whatever the seed. */
  static const SrPhase first[] = {
    SR_PHASE_ACTIVE, SR_PHASE_ASSESSMENT, SR_PHASE_PLANNING, SR_PHASE_CLOSING, SR_PHASE_CLOSED,
  };
  static const guint weights[] = { 8, 8, 50, 9, 25 };

  if (client_index < G_N_ELEMENTS (first))
    return first[client_index];

  return (SrPhase) weighted (gen, weights, G_N_ELEMENTS (weights));
}

static gboolean
make_client (Gen      *gen,
             guint     index,
             guint     n_periods,
             GError  **error)
{
  g_autoptr(SrClient) obj = NULL;
  g_autofree char *code = NULL;
  Client *client;
  SrLanguage language;
  const Municipality *m;
  Name name;
  guint mi;

  g_array_set_size (gen->clients, index + 1);
  client = &g_array_index (gen->clients, Client, index);
  memset (client, 0, sizeof *client);

  /* Client 1 is Swedish-speaking, whatever the seed. */
  mi = index == 1 ? MUNICIPALITY_SV_MAJORITY : pick_municipality (gen);
  m = &municipalities[mi];
  if (index == 1 || (index != 0 && chance (gen, m->sv_percent / 100.0)))
    language = SR_LANGUAGE_SV;
  else if (index != 0 && chance (gen, 0.05))
    language = SR_LANGUAGE_OTHER;
  else
    language = SR_LANGUAGE_FI;

  client->lang = language == SR_LANGUAGE_SV ? SV : FI;
  client->municipality = mi;
  /* The current worker has the first clients, so their own list shows the flags. */
  client->worker = index < 5 ? 0 : (guint) rnd (gen, 0, (int) gen->n_caseworkers - 1);

  name = make_name (gen, language);
  obj = sr_client_new (name.first, name.last);
  g_object_set (obj,
                "municipality", m->name[client->lang],
                "language", language,
                "worker-id", g_array_index (gen->workers, Worker, client->worker).id,
                NULL);

  /* Most have an identity code; some newcomers only a birth date. */
  if (language != SR_LANGUAGE_OTHER || chance (gen, 0.5))
    {
      code = make_identity_code (gen, name.female);
      g_object_set (obj, "identity-code", code, NULL);
    }
  else
    {
      guint32 birth = gen->today - (guint32) rnd (gen, 19 * 365, 60 * 365);

      g_object_set (obj, "birth-date", day_text (birth).s, NULL);
    }

  if (chance (gen, 0.95))
    {
      g_autofree char *phone = make_phone (gen);

      g_object_set (obj, "phone", phone, NULL);
    }
  if (chance (gen, 0.6))
    {
      g_autofree char *local = email_local_part (name.first, name.last);
      g_autofree char *email = g_strdup_printf ("%s%d@%s", local, rnd (gen, 1, 99),
                                                chance (gen, 0.5) ? "example.org" : "example.fi");

      g_object_set (obj, "email", email, NULL);
    }
  if (chance (gen, 0.9))
    {
      g_autofree char *address = NULL;

      address = g_strdup_printf ("%s %d%s, %s %s", PICK (gen, streets[client->lang]),
                                 rnd (gen, 1, 60),
                                 chance (gen, 0.5) ? "" : (chance (gen, 0.5) ? " B 12" : " A 3"),
                                 m->postcode, m->name[client->lang]);
      g_object_set (obj, "address", address, NULL);
    }
  if (chance (gen, 0.15))
    g_object_set (obj, "notes", PICK (gen, client_notes[client->lang]), NULL);

  if (!save (gen, obj, error))
    return FALSE;
  client->id = g_strdup (sr_record_get_id (SR_RECORD (obj)));

  plan_periods (gen, index, n_periods, pick_phase (gen, index));

  /* A tenth of the active clients have had no meeting for over a week
   * and have none planned: the cadence flag. The very first always. */
  if (n_periods > 0)
    {
      Period *latest = &g_array_index (gen->periods, Period,
                                       client->first_period + n_periods - 1);

      latest->gap = latest->phase == SR_PHASE_ACTIVE && (index == 0 || chance (gen, 0.1));
    }

  for (guint k = 0; k < n_periods; k++)
    if (!save_period (gen, &g_array_index (gen->periods, Period, client->first_period + k),
                      error))
      return FALSE;

  if (!save_contacts (gen, client, error))
    return FALSE;

  /* Clients whose last period ended long ago have been archived. */
  if (n_periods > 0 && !client->open)
    {
      const Period *latest = &g_array_index (gen->periods, Period,
                                             client->first_period + n_periods - 1);

      if (latest->actual_end + 180 < gen->today && chance (gen, 0.5))
        {
          if (!sr_store_archive_client (gen->store, client->id, TRUE, error)
              || !saved (gen, error))
            return FALSE;
        }
    }

  if (client->open)
    g_array_append_val (gen->open_clients, index);

  return TRUE;
}

/* Meetings ------------------------------------------------------------------------------ */

static const char *
meeting_place (Gen           *gen,
               const Client  *client,
               SrMeetingKind  kind,
               SrPlaceType   *type)
{
  static const guint place_weights[] = { 40, 25, 20, 10, 5, 0 };
  static const char * const office[N_LANGS] = { "Sosiaaliasema", "Socialbyrån" };
  static const char * const home[N_LANGS] = { "Asiakkaan koti", "Klientens hem" };
  static const char * const video[N_LANGS] = { "Videotapaaminen", "Videomöte" };
  static const char * const phone[N_LANGS] = { "Puhelu", "Samtal" };
  static const char * const network[N_LANGS] = {
    "Sosiaaliaseman neuvotteluhuone", "Socialbyråns mötesrum"
  };
  guint lang = client->lang;

  switch (kind)
    {
    case SR_MEETING_KIND_NETWORK_MEETING:
      *type = chance (gen, 0.8) ? SR_PLACE_OFFICE : SR_PLACE_REMOTE;
      return *type == SR_PLACE_OFFICE ? network[lang] : video[lang];

    case SR_MEETING_KIND_ERRAND:
      *type = SR_PLACE_OTHER;
      return PICK (gen, errand_places[lang]);

    case SR_MEETING_KIND_PHONE_CALL:
      *type = SR_PLACE_REMOTE;
      return phone[lang];

    case SR_MEETING_KIND_MEETING:
    default:
      *type = (SrPlaceType) weighted (gen, place_weights, G_N_ELEMENTS (place_weights));
      switch (*type)
        {
        case SR_PLACE_OFFICE:
          return office[lang];
        case SR_PLACE_CLIENT_HOME:
          return home[lang];
        case SR_PLACE_PUBLIC:
          return PICK (gen, public_places[lang]);
        case SR_PLACE_OUTDOORS:
          return PICK (gen, outdoor_places[lang]);
        case SR_PLACE_REMOTE:
        case SR_PLACE_OTHER:
        default:
          return video[lang];
        }
    }
}

static gboolean
save_meeting (Gen           *gen,
              const Period  *p,
              guint32        day,
              GError       **error)
{
  static const guint kind_weights[] = { 68, 7, 13, 12 };
  static const guint past_weights[] = { 0, 84, 6, 3, 7 };
  static const guint future_weights[] = { 96, 0, 3, 1, 0 };
  static const int minutes[] = { 0, 0, 0, 15, 30, 45 };
  const Client *client = &g_array_index (gen->clients, Client, p->client);
  g_autoptr(SrMeeting) meeting = NULL;
  g_autoptr(GDateTime) start = NULL;
  SrMeetingKind kind = weighted (gen, kind_weights, G_N_ELEMENTS (kind_weights));
  SrMeetingStatus status;
  SrPlaceType place_type;
  const char *place;
  guint worker = p->worker;
  int duration;
  gboolean past;

  start = make_time (gen, day, rnd (gen, 8, 15), PICK (gen, minutes));
  past = g_date_time_compare (start, gen->now) < 0;
  status = weighted (gen, past ? past_weights : future_weights, 5);

  /* The deliberate gap: what fell within a week of today was cancelled. */
  if (p->gap && day + CADENCE_WINDOW >= gen->today && day <= gen->today + CADENCE_WINDOW)
    status = past ? SR_MEETING_STATUS_CANCELLED_BY_CLIENT : SR_MEETING_STATUS_CANCELLED_BY_WORKER;

  switch (kind)
    {
    case SR_MEETING_KIND_PHONE_CALL:
      duration = rnd (gen, 1, 3) * 10;
      break;
    case SR_MEETING_KIND_ERRAND:
      duration = rnd (gen, 4, 8) * 15;
      break;
    case SR_MEETING_KIND_NETWORK_MEETING:
      duration = 90;
      break;
    case SR_MEETING_KIND_MEETING:
    default:
      duration = rnd (gen, 3, 6) * 15;
      break;
    }

  /* A colleague covers now and then. */
  if (chance (gen, 0.05))
    worker = (guint) rnd (gen, 0, (int) gen->n_caseworkers - 1);

  place = meeting_place (gen, client, kind, &place_type);
  meeting = sr_meeting_new (client->id, start, duration);
  g_object_set (meeting,
                "period-id", p->id,
                "worker-id", g_array_index (gen->workers, Worker, worker).id,
                "place-type", place_type,
                "place", place,
                "kind", kind,
                "status", status,
                NULL);
  if (status == SR_MEETING_STATUS_HELD && chance (gen, 0.35))
    g_object_set (meeting, "notes", PICK (gen, meeting_notes[client->lang]), NULL);

  return save (gen, meeting, error);
}

/* Spreads @n meetings evenly over the period's part of the window: weekly
 * when @n is its number of slots. */
static gboolean
save_meetings (Gen           *gen,
               const Period  *p,
               guint          n,
               GError       **error)
{
  guint32 end = p->actual_end != 0 ? p->actual_end : p->planned_end;
  guint32 a = MAX (p->start, gen->window_start);
  guint32 b = MIN (end, gen->window_end);
  guint32 length = b - a + 1;

  for (guint i = 0; i < n; i++)
    {
      guint32 day = a + (guint32) (((guint64) i * length + length / 2) / n);

      day = weekday_near (CLAMP (day + (guint32) rnd (gen, 0, 2) - 1, a, b));
      if (!save_meeting (gen, p, CLAMP (day, a, b), error))
        return FALSE;
    }

  return TRUE;
}

/* Exactly @total meetings (or weekly ones when 0), shared out in proportion
 * to the periods' slots. */
static gboolean
make_meetings (Gen     *gen,
               guint    total,
               GError **error)
{
  guint64 n_slots = 0, cum = 0, given = 0;

  for (guint i = 0; i < gen->periods->len; i++)
    n_slots += g_array_index (gen->periods, Period, i).n_slots;
  if (total == 0)
    total = (guint) n_slots;
  if (n_slots == 0)
    return TRUE;

  for (guint i = 0; i < gen->periods->len; i++)
    {
      const Period *p = &g_array_index (gen->periods, Period, i);
      guint64 upto;

      if (p->n_slots == 0)
        continue;
      cum += p->n_slots;
      upto = cum * total / n_slots;
      if (!save_meetings (gen, p, (guint) (upto - given), error))
        return FALSE;
      given = upto;
    }

  return TRUE;
}

/* Groups ---------------------------------------------------------------------------------- */

typedef struct
{
  guint32  start;
  guint32  end;          /* 0: open-ended */
  guint    weekday;
  const char *time_text;
  int      hour;
  int      minute;
  int      duration;
  guint    lang;
  guint    municipality;
  GArray  *sessions;     /* SessionPlan */
  guint    n_held;
  guint    first_held;   /* G_MAXUINT: none */
  guint    last_held;
} GroupPlan;

static void
group_plan_clear (gpointer data)
{
  g_clear_pointer (&((GroupPlan *) data)->sessions, g_array_unref);
}

/* A group's schedule and sessions; @n_sessions G_MAXUINT: weekly. */
static void
plan_group (Gen       *gen,
            guint      index,
            guint      n_sessions,
            GroupPlan *g)
{
  static const char * const times[] = { "10:00", "12:30", "13:00", "14:00", "17:00" };
  static const int durations[] = { 90, 90, 120, 150 };
  guint32 a, b, first;
  guint n_slots;

  g->lang = (index % 5 == 1) ? SV : FI;
  g->municipality = g->lang == SV ? MUNICIPALITY_SV_MAJORITY : pick_municipality (gen);
  g->weekday = (guint) rnd (gen, 1, 5);
  g->time_text = PICK (gen, times);
  sscanf (g->time_text, "%d:%d", &g->hour, &g->minute);
  g->duration = PICK (gen, durations);

  /* When it started: most a while ago, a few only in the coming weeks. */
  if (index != 0 && chance (gen, 0.1))
    g->start = gen->today + (guint32) rnd (gen, 1, 20);
  else
    g->start = gen->today - (guint32) rnd (gen, 30, (int) (gen->today - gen->window_start) + 200);
  g->end = chance (gen, 0.3) ? gen->today + (guint32) rnd (gen, 20, 200) : 0;

  /* The weekly slots within the window, on the group's weekday. */
  a = MAX (g->start, gen->window_start);
  b = g->end != 0 ? MIN (g->end, gen->window_end) : gen->window_end;
  first = a + (g->weekday + 7 - weekday_of (a)) % 7;
  n_slots = first <= b ? (b - first) / 7 + 1 : 0;
  if (n_sessions == G_MAXUINT)
    n_sessions = n_slots;

  g->sessions = g_array_new (FALSE, FALSE, sizeof (SessionPlan));
  g->first_held = g->last_held = G_MAXUINT;
  for (guint i = 0; i < n_sessions && first <= b; i++)
    {
      SessionPlan s;
      g_autoptr(GDateTime) at = NULL;

      if (n_sessions <= n_slots)
        s.day = first + 7 * (guint32) ((guint64) i * n_slots / n_sessions);
      else
        s.day = a + (guint32) ((guint64) i * (b - a + 1) / n_sessions);
      at = make_time (gen, s.day, g->hour, g->minute);
      if (g_date_time_compare (at, gen->now) < 0)
        s.status = chance (gen, 0.92) ? SR_SESSION_STATUS_HELD : SR_SESSION_STATUS_CANCELLED;
      else
        s.status = chance (gen, 0.97) ? SR_SESSION_STATUS_PLANNED : SR_SESSION_STATUS_CANCELLED;
      if (s.status == SR_SESSION_STATUS_HELD)
        {
          g->n_held++;
          if (g->first_held == G_MAXUINT)
            g->first_held = g->sessions->len;
          g->last_held = g->sessions->len;
        }
      g_array_append_val (g->sessions, s);
    }
}

static SrAttendanceStatus
pick_attendance (Gen *gen)
{
  static const guint weights[] = { 2, 72, 7, 11, 8 };

  return (SrAttendanceStatus) weighted (gen, weights, G_N_ELEMENTS (weights));
}

static guint
pick_member_client (Gen        *gen,
                    guint       lang,
                    GHashTable *taken)
{
  GArray *pool = gen->open_clients->len > 0 ? gen->open_clients : NULL;

  for (guint tries = 0; tries < 64; tries++)
    {
      guint c = pool != NULL ? g_array_index (pool, guint, rnd (gen, 0, (int) pool->len - 1))
                             : (guint) rnd (gen, 0, (int) gen->clients->len - 1);

      /* Members mostly speak the group's language. */
      if (tries < 16 && g_array_index (gen->clients, Client, c).lang != lang)
        continue;
      if (g_hash_table_add (taken, GUINT_TO_POINTER (c + 1)))
        return c;
    }

  return G_MAXUINT;
}

static gboolean
member_present_on (const MemberPlan *m,
                   guint32           day)
{
  return m->joined <= day && (m->left == 0 || day < m->left);
}

static void
plan_members (Gen             *gen,
              const GroupPlan *g,
              guint            n_members,
              GArray          *members)
{
  g_autoptr(GHashTable) taken = g_hash_table_new (NULL, NULL);
  GArray *sessions = g->sessions;

  g_array_set_size (members, 0);
  for (guint i = 0; i < n_members; i++)
    {
      MemberPlan mp = { 0, g->start - (guint32) rnd (gen, 0, 7), 0 };

      mp.client = pick_member_client (gen, g->lang, taken);
      if (mp.client == G_MAXUINT)
        break;
      /* Some joined later and some have left. */
      if (sessions->len > 2 && chance (gen, 0.15))
        mp.joined = g_array_index (sessions, SessionPlan,
                                   rnd (gen, 1, (int) sessions->len - 1)).day
                    - (guint32) rnd (gen, 1, 6);
      if (sessions->len > 2 && chance (gen, 0.1))
        {
          guint32 left = g_array_index (sessions, SessionPlan,
                                        rnd (gen, 1, (int) sessions->len - 1)).day + 1;

          if (left > mp.joined && left <= gen->today)
            mp.left = left;
        }
      g_array_append_val (members, mp);
    }
}

static gboolean
save_feedback (Gen          *gen,
               const char   *session_id,
               guint         lang,
               GArray       *members,
               GError      **error)
{
  static const guint rating_weights[] = { 3, 7, 20, 40, 30 };
  guint n_feedback = (guint) rnd (gen, 1, 3);

  for (guint f = 0; f < n_feedback; f++)
    {
      g_autoptr(SrFeedback) feedback = NULL;

      feedback = sr_feedback_new (session_id, 1 + (int) weighted (gen, rating_weights, 5));
      if (chance (gen, 0.4) || members->len == 0)
        g_object_set (feedback, "anonymous", TRUE, NULL);
      else
        {
          const MemberPlan *mp = &g_array_index (members, MemberPlan,
                                                 rnd (gen, 0, (int) members->len - 1));

          g_object_set (feedback, "client-id",
                        g_array_index (gen->clients, Client, mp->client).id, NULL);
        }
      if (chance (gen, 0.7))
        g_object_set (feedback, "text", PICK (gen, feedback_texts[lang]), NULL);
      if (!save (gen, feedback, error))
        return FALSE;
    }

  return TRUE;
}

/* Saves the group with its members, sessions, attendance and feedback;
 * returns the number of attendance rows in @n_rows. */
static gboolean
save_group (Gen              *gen,
            guint             index,
            const GroupPlan  *g,
            GArray           *members,
            guint64          *n_rows,
            GError          **error)
{
  const GroupTemplate *t = &group_templates[index % G_N_ELEMENTS (group_templates)];
  const char *municipality = municipalities[g->municipality].name[g->lang];
  guint lang = g->lang;
  g_autoptr(SrGroup) group = NULL;
  g_autoptr(GPtrArray) leaders = g_ptr_array_new ();
  g_autofree char *name = NULL;
  g_autofree char *location = NULL;
  g_autofree char *group_id = NULL;

  name = g_strdup_printf ("%s, %s", t->name[lang], municipality);
  location = g_strdup_printf ("%s, %s", PICK (gen, group_places[lang]), municipality);
  g_ptr_array_add (leaders, g_array_index (gen->workers, Worker,
                                           gen->n_caseworkers + index % gen->n_leaders).id);
  /* The current worker co-leads the first group; other caseworkers some. */
  if (index == 0)
    g_ptr_array_add (leaders, g_array_index (gen->workers, Worker, 0).id);
  else if (chance (gen, 0.3))
    g_ptr_array_add (leaders, g_array_index (gen->workers, Worker,
                                             rnd (gen, 0, (int) gen->n_caseworkers - 1)).id);
  g_ptr_array_add (leaders, NULL);

  group = sr_group_new (name);
  g_object_set (group,
                "description", t->description[lang],
                "methods", t->methods,
                "leader-ids", (const char * const *) leaders->pdata,
                "location", location,
                "weekday", (int) g->weekday,
                "time", g->time_text,
                "duration", g->duration,
                "start-date", day_text (g->start).s,
                "end-date", g->end != 0 ? day_text (g->end).s : NULL,
                "capacity", chance (gen, 0.7) ? (int) members->len + rnd (gen, 0, 4) : 0,
                NULL);
  if (index == 0 || chance (gen, 0.5))
    {
      Name co = make_name (gen, lang == SV ? SR_LANGUAGE_SV : SR_LANGUAGE_FI);
      g_autofree char *initial = g_utf8_substring (co.last, 0, 1);
      g_autofree char *co_leaders = g_strdup_printf ("%s %s. (%s)", co.first, initial,
                                                     PICK (gen, co_leader_roles[lang]));

      g_object_set (group, "co-leaders", co_leaders, NULL);
    }
  if (!save (gen, group, error))
    return FALSE;
  group_id = g_strdup (sr_record_get_id (SR_RECORD (group)));

  for (guint i = 0; i < members->len; i++)
    {
      const MemberPlan *mp = &g_array_index (members, MemberPlan, i);
      g_autoptr(SrMembership) membership = NULL;

      membership = sr_membership_new (group_id,
                                      g_array_index (gen->clients, Client, mp->client).id,
                                      day_text (mp->joined).s);
      if (mp->left != 0)
        g_object_set (membership,
                      "left", day_text (mp->left).s,
                      "reason", PICK (gen, leaving_reasons[lang]),
                      NULL);
      if (!save (gen, membership, error))
        return FALSE;
    }

  for (guint si = 0; si < g->sessions->len; si++)
    {
      const SessionPlan *s = &g_array_index (g->sessions, SessionPlan, si);
      g_autoptr(SrSession) session = NULL;
      g_autoptr(GDateTime) at = make_time (gen, s->day, g->hour, g->minute);
      g_autofree char *session_id = NULL;
      /* Every fourth group has not recorded its latest session yet. */
      gboolean unrecorded = si == g->last_held && index % 4 == 0;
      /* The first group's first session shows every attendance status. */
      gboolean showcase = index == 0 && si == g->first_held && si != g->last_held;
      guint n_in_session = 0;

      session = sr_session_new (group_id, at);
      g_object_set (session,
                    "duration", g->duration,
                    "location", location,
                    "topic", t->topics[lang][rnd (gen, 0, 5)],
                    "status", s->status,
                    NULL);
      if (s->status == SR_SESSION_STATUS_HELD && chance (gen, 0.2))
        g_object_set (session, "notes", PICK (gen, session_notes[lang]), NULL);
      if (!save (gen, session, error))
        return FALSE;

      if (s->status != SR_SESSION_STATUS_HELD)
        continue;
      session_id = g_strdup (sr_record_get_id (SR_RECORD (session)));

      for (guint i = 0; i < members->len; i++)
        {
          const MemberPlan *mp = &g_array_index (members, MemberPlan, i);
          g_autoptr(SrAttendance) attendance = NULL;
          SrAttendanceStatus status;

          if (!member_present_on (mp, s->day))
            continue;

          if (unrecorded)
            status = SR_ATTENDANCE_NOT_RECORDED;
          else if (showcase && n_in_session < SR_ATTENDANCE_N_STATUSES)
            status = (SrAttendanceStatus) n_in_session;
          else
            status = pick_attendance (gen);
          n_in_session++;

          attendance = sr_attendance_new (session_id,
                                          g_array_index (gen->clients, Client, mp->client).id,
                                          status);
          if (status == SR_ATTENDANCE_PARTLY_PRESENT)
            g_object_set (attendance,
                          "minutes", rnd (gen, 2, MAX (2, g->duration / 15 - 1)) * 15,
                          "reason", PICK (gen, partly_reasons[lang]),
                          NULL);
          if (!save (gen, attendance, error))
            return FALSE;
          (*n_rows)++;
        }

      if (chance (gen, 0.35) && !save_feedback (gen, session_id, lang, members, error))
        return FALSE;
    }

  return TRUE;
}

/* Groups: all schedules are planned first, so that with an attendance target
 * each group's size can follow from the rows still wanted over the held
 * sessions still to come. */
static gboolean
make_groups (Gen     *gen,
             guint    n_groups,
             GError **error)
{
  const SrSampleOptions *o = gen->options;
  g_autoptr(GArray) plans = g_array_sized_new (FALSE, TRUE, sizeof (GroupPlan), n_groups);
  g_autoptr(GArray) members = g_array_new (FALSE, TRUE, sizeof (MemberPlan));
  guint64 held_left = 0, rows = 0;

  g_array_set_clear_func (plans, group_plan_clear);
  g_array_set_size (plans, n_groups);
  for (guint i = 0; i < n_groups; i++)
    {
      GroupPlan *g = &g_array_index (plans, GroupPlan, i);
      guint n = o->n_sessions == 0
                ? G_MAXUINT
                : (guint) ((guint64) (i + 1) * o->n_sessions / n_groups
                           - (guint64) i * o->n_sessions / n_groups);

      plan_group (gen, i, n, g);
      held_left += g->n_held;
    }

  for (guint i = 0; i < n_groups; i++)
    {
      const GroupPlan *g = &g_array_index (plans, GroupPlan, i);
      guint n_members;

      if (o->n_attendance == 0 || g->n_held == 0)
        n_members = (guint) rnd (gen, 5, 11);
      else
        {
          /* About 7 in 8 members take part in a given session: the others
           * joined later or have left. */
          guint64 want = o->n_attendance > rows ? o->n_attendance - rows : 0;
          double per_session = (double) want / (double) held_left;

          n_members = (guint) (per_session / 0.875 + 0.5);
        }
      held_left -= g->n_held;

      plan_members (gen, g, n_members, members);
      if (!save_group (gen, i, g, members, &rows, error))
        return FALSE;
    }

  return TRUE;
}

/* The whole run ------------------------------------------------------------------------------ */

static gboolean
parse_today (const char  *text,
             guint32     *julian,
             GError     **error)
{
  guint y, m, d;
  char extra;
  GDate date;

  if (text == NULL)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      g_date_clear (&date, 1);
      g_date_set_dmy (&date, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                      g_date_time_get_year (now));
      *julian = g_date_get_julian (&date);
      return TRUE;
    }

  if (sscanf (text, "%4u-%2u-%2u%c", &y, &m, &d, &extra) != 3
      || !g_date_valid_dmy (d, m, y) || y < 1900)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   "Sample data: “today” must be a date YYYY-MM-DD");
      return FALSE;
    }

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, d, m, y);
  *julian = g_date_get_julian (&date);
  return TRUE;
}

static void
gen_clear (Gen *gen)
{
  g_clear_pointer (&gen->rand, g_rand_free);
  g_clear_pointer (&gen->tz, g_time_zone_unref);
  g_clear_pointer (&gen->now, g_date_time_unref);
  g_clear_pointer (&gen->workers, g_array_unref);
  g_clear_pointer (&gen->clients, g_array_unref);
  g_clear_pointer (&gen->periods, g_array_unref);
  g_clear_pointer (&gen->open_clients, g_array_unref);
  g_clear_pointer (&gen->codes, g_hash_table_unref);
}

/**
 * sr_sample_options_init:
 * @options: (out caller-allocates): options to fill
 *
 * The demo: %SR_SAMPLE_DEMO_CLIENTS clients with natural volumes,
 * %SR_SAMPLE_DEMO_SEED, the last three months and the next, around today.
 */
void
sr_sample_options_init (SrSampleOptions *options)
{
  g_return_if_fail (options != NULL);

  memset (options, 0, sizeof *options);
  options->n_clients = SR_SAMPLE_DEMO_CLIENTS;
  options->history_days = SR_SAMPLE_DEFAULT_HISTORY_DAYS;
  options->seed = SR_SAMPLE_DEMO_SEED;
}

/**
 * sr_sample_data_generate:
 * @store: an open store, best an empty one
 * @options: (nullable): what to make; %NULL for the demo's defaults
 * @error: return location for an error
 *
 * Fills @store with fictitious data; see sr-sample-data.h.
 *
 * Returns: %TRUE on success
 */
gboolean
sr_sample_data_generate (SrStore                *store,
                         const SrSampleOptions  *options,
                         GError                **error)
{
  SrSampleOptions defaults;
  Gen gen = { NULL };
  GDate today;
  guint n_clients, n_periods, n_groups, history;
  gboolean ok = FALSE;

  g_return_val_if_fail (SR_IS_STORE (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (options == NULL)
    {
      sr_sample_options_init (&defaults);
      options = &defaults;
    }

  gen.store = store;
  gen.options = options;
  if (!parse_today (options->today, &gen.today, error))
    return FALSE;

  n_clients = options->n_clients != 0 ? options->n_clients : SR_SAMPLE_DEMO_CLIENTS;
  n_periods = options->n_periods != 0 ? options->n_periods : n_clients * 3 / 2;
  n_groups = options->n_groups != 0 ? options->n_groups : MAX (MIN_GROUPS,
                                                               n_clients / CLIENTS_PER_GROUP);
  history = options->history_days != 0 ? options->history_days : SR_SAMPLE_DEFAULT_HISTORY_DAYS;

  gen.rand = g_rand_new_with_seed (options->seed);
  gen.tz = g_time_zone_new_identifier ("Europe/Helsinki");
  if (gen.tz == NULL)
    gen.tz = g_time_zone_new_utc ();
  g_date_clear (&today, 1);
  g_date_set_julian (&today, gen.today);
  gen.now = make_time (&gen, gen.today, 12, 0);
  gen.window_start = gen.today - MIN (history, gen.today - 1);
  gen.window_end = gen.today + SR_SAMPLE_FUTURE_DAYS;
  gen.workers = g_array_new (FALSE, TRUE, sizeof (Worker));
  g_array_set_clear_func (gen.workers, worker_clear);
  gen.clients = g_array_sized_new (FALSE, TRUE, sizeof (Client), n_clients);
  g_array_set_clear_func (gen.clients, client_clear);
  gen.periods = g_array_sized_new (FALSE, TRUE, sizeof (Period), n_periods);
  g_array_set_clear_func (gen.periods, period_clear);
  gen.open_clients = g_array_new (FALSE, FALSE, sizeof (guint));
  gen.codes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  /* Rough, for progress only: rows per client and period, plus the volumes. */
  gen.n_estimated = (guint64) n_clients * 3 + (guint64) n_periods * 10
                    + (options->n_meetings != 0 ? options->n_meetings
                                                : (guint64) n_periods * history / 10)
                    + (options->n_sessions != 0 ? options->n_sessions * 2
                                                : (guint64) n_groups * history / 7 * 2)
                    + (options->n_attendance != 0 ? options->n_attendance
                                                  : (guint64) n_groups * history / 7 * 7);

  if (!begin_chunk (&gen, error))
    goto out;

  if (!make_workers (&gen, n_clients, n_groups, error))
    goto out;

  {
    /* Every client gets n_periods / n_clients periods, and a random
     * selection of exactly the remainder one more (selection sampling). */
    guint base = n_periods / n_clients;
    guint extra = n_periods % n_clients;

    for (guint i = 0; i < n_clients; i++)
      {
        guint k = base;

        if (extra > 0 && (guint) rnd (&gen, 0, (int) (n_clients - i) - 1) < extra)
          {
            k++;
            extra--;
          }
        if (!make_client (&gen, i, k, error))
          goto out;
      }
  }

  if (!make_meetings (&gen, options->n_meetings, error)
      || !make_groups (&gen, n_groups, error))
    goto out;

  if (!end_chunk (&gen, error))
    goto out;

  if (options->progress != NULL)
    options->progress (1.0, options->progress_data);
  ok = TRUE;

out:
  if (gen.in_batch)
    sr_store_rollback_batch (store);
  gen_clear (&gen);
  return ok;
}

/* The demo ---------------------------------------------------------------------------------- */

#define DEMO_FILE "demo.db"

SrStore *
sr_sample_data_open_demo (GError **error)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(SrStore) store = NULL;
  SrSampleOptions options;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* g_dir_make_tmp() makes the folder 0700; the store makes the file 0600. */
  dir = g_dir_make_tmp ("socrehab-demo-XXXXXX", error);
  if (dir == NULL)
    return NULL;
  path = g_build_filename (dir, DEMO_FILE, NULL);

  store = sr_store_open (path, error);
  sr_sample_options_init (&options);
  if (store == NULL || !sr_sample_data_generate (store, &options, error))
    {
      g_clear_object (&store);
      sr_sample_data_remove_demo (path, NULL);
      return NULL;
    }

  return g_steal_pointer (&store);
}

gboolean
sr_sample_data_remove_demo (const char  *path,
                            GError     **error)
{
  const char * const *suffixes = sr_store_file_suffixes ();
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;

  g_return_val_if_fail (path != NULL, FALSE);

  base = g_path_get_basename (path);
  dir = g_path_get_dirname (path);
  g_return_val_if_fail (g_str_equal (base, DEMO_FILE), FALSE);

  for (guint i = 0; suffixes[i] != NULL; i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

      if (g_unlink (file) != 0 && errno != ENOENT)
        {
          int saved_errno = errno;

          g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                       "Could not remove the demo database: %s", g_strerror (saved_errno));
          return FALSE;
        }
    }

  if (g_rmdir (dir) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   "Could not remove the demo folder: %s", g_strerror (saved_errno));
      return FALSE;
    }

  return TRUE;
}
