# Round 19: eight pages on four more layouts (a Burkinabè news portal, a Luxembourg French-language daily, a US public
# radio station, an Irish regional paper), written blind: without looking at the classifier, its rules or the
# benchmark, measured once. Each line: "label|text". Invented text; no real article is copied.
ROUND19 = [
 dict(id="faso-veille-1", site="faso-veille", lang="fr", sep="\n", title="Koudougou : les maraîchers du barrage réclament des motopompes avant la saison sèche", date="2025-10-14", page="""
timestamp|Ouagadougou, mardi 14 octobre 2025 | 07 h 52 GMT
weather|Ouaga 36°C – Bobo 33°C – Koudougou 35°C
login|Espace membre : Identifiant | Mot de passe | Mot de passe perdu ?
menu|FASO VEILLE.BF – L’info du pays réel
menu|À la Une ▾ Nation ▾ Régions ▾ Économie ▾ Sports ▾ Culture ▾ Tribune ▾ Annonces ▾
breadcrumb|Vous êtes ici : Accueil → Régions → Centre-Ouest
section-label|CENTRE-OUEST
h1|Koudougou : les maraîchers du barrage réclament des motopompes avant la saison sèche
byline|Rasmata Kaboré
byline|Correspondante régionale
dateline|mardi 14 octobre 2025
views|1 208 lectures · 0 réaction
font|A- A A+
print|Version imprimable
lead|Réunis samedi au bord du barrage de Koudougou, près de deux cents producteurs maraîchers ont demandé aux autorités régionales de les doter de motopompes avant le retrait des eaux, prévu dès la fin novembre.
p|Sur la rive nord, les planches d’oignons et de choux sont déjà préparées. Mais sans pompe, disent les producteurs, il faudra de nouveau arroser à la main, seau après seau.
caption|Des producteurs de choux sur la rive nord du barrage, samedi 11 octobre.
credit|© FV / R. Kaboré
p|« L’an dernier, nous avons perdu la moitié des récoltes parce que l’eau s’est éloignée trop vite », explique Issaka Bassolé, président de la coopérative Wend-Panga, qui regroupe 64 membres.
ad|ESPACE PUBLICITAIRE – Contactez notre régie au 25 30 00 00
p|Les maraîchers énumèrent trois besoins :
li|une dizaine de motopompes, à partager entre les groupements ;
li|des tuyaux de refoulement de 100 mètres ;
li|un point de vente du carburant à prix réduit près du barrage.
read-also|Lire également ► Saison pluvieuse : le Centre-Ouest enregistre un excédent de 12 %
p|Le directeur régional de l’Agriculture, présent à la rencontre, a promis de transmettre la requête au ministère. Il a rappelé qu’un programme national de petite irrigation prévoit la distribution de 3 000 kits en 2026.
p|En attendant, certains producteurs se tournent vers les commerçants de la ville, qui louent des pompes à 5 000 francs CFA la journée.
p|Une somme hors de portée pour beaucoup.
signature|Rasmata Kaboré
signature|Correspondante FV/Centre-Ouest
social|Rejoignez FASO VEILLE sur WhatsApp : cliquez ici
share|Envoyer à un ami ✉ | Facebook | X | WhatsApp
comments|Vos réactions (0)
comments|Le Faso, c’est nous ! Réagissez dans le respect d’autrui. Les commentaires injurieux seront supprimés.
comments|Pseudo *
comments|Votre message *
comments|Publier ma réaction
teaser-list|DANS LA MÊME RUBRIQUE
teaser-list|Réo : une nouvelle maternité inaugurée au CSPS de Goundi — 13 octobre 2025
teaser-list|Sabou : les ponts-bascules enfin opérationnels — 11 octobre 2025
teaser-list|Ténado : la route vers Dassa bitumée sur 18 km — 9 octobre 2025
jobs|OFFRES D’EMPLOI
jobs|Une ONG recrute un(e) comptable à Koudougou – date limite : 24/10/2025
jobs|Cabinet d’audit recherche deux stagiaires (Ouaga 2000)
footer|Faso Veille.bf | Qui sommes-nous ? | Tarifs publicitaires | Nous écrire
copyright|Copyright © 2013-2025 FASO VEILLE – Reproduction interdite sans mention de la source.
"""),
 dict(id="faso-veille-2", site="faso-veille", lang="fr", sep="\n", title="Tribune : « Rendons aux bibliothèques de quartier leur place dans nos villes »", date="2025-11-03", page="""
timestamp|Ouagadougou, lundi 3 novembre 2025 | 10 h 15 GMT
weather|Ouaga 34°C – Bobo 32°C – Koudougou 34°C
login|Espace membre : Identifiant | Mot de passe | Mot de passe perdu ?
menu|FASO VEILLE.BF – L’info du pays réel
menu|À la Une ▾ Nation ▾ Régions ▾ Économie ▾ Sports ▾ Culture ▾ Tribune ▾ Annonces ▾
breadcrumb|Vous êtes ici : Accueil → Tribune
section-label|TRIBUNE
h1|Tribune : « Rendons aux bibliothèques de quartier leur place dans nos villes »
dateline|lundi 3 novembre 2025
views|642 lectures · 3 réactions
font|A- A A+
print|Version imprimable
disclaimer|Les tribunes publiées dans cette rubrique n’engagent que leurs auteurs.
p|Il y a trente ans, chaque secteur de Ouagadougou avait sa bibliothèque, souvent installée dans une salle de la maison des jeunes. Nous y allions après l’école, faute de livres à la maison.
p|Aujourd’hui, la plupart de ces salles sont fermées ou transformées en bureaux. Les rares qui restent ouvertes n’ont reçu aucun ouvrage nouveau depuis des années.
h2|Un coût modeste
p|Rouvrir une bibliothèque de quartier ne demande pas des milliards. Une salle, quelques étagères, un fonds de départ de mille livres et un animateur payé par la commune suffisent.
p|Les éditeurs burkinabè, qui peinent à écouler leurs tirages, seraient les premiers à y gagner.
h2|Ce que nous proposons
p|Nous demandons que chaque arrondissement consacre un pour cent de son budget de fonctionnement à la lecture publique, et que les écoles voisines puissent y emmener leurs élèves une fois par semaine.
p|Un pays qui lit est un pays qui débat.
signature|Ousséni Zongo
signature|Enseignant de lettres, membre de l’association Lire au Faso
share|Envoyer à un ami ✉ | Facebook | X | WhatsApp
comments|Vos réactions (3)
comments|Wendkouni, le 3 novembre 2025 à 11:40
comments|Très juste. La bibliothèque du secteur 15 est devenue un magasin.
comments|Répondre à ce message
comments|Publier ma réaction
teaser-list|DANS LA MÊME RUBRIQUE
teaser-list|Tribune : l’école doit-elle enseigner en mooré ? — 28 octobre 2025
teaser-list|Lettre ouverte au ministre de la Santé — 20 octobre 2025
footer|Faso Veille.bf | Qui sommes-nous ? | Tarifs publicitaires | Nous écrire
copyright|Copyright © 2013-2025 FASO VEILLE – Reproduction interdite sans mention de la source.
"""),
 dict(id="courrier-grand-duche-1", site="courrier-grand-duche", lang="fr", sep="\n\n", title="Le tram franchira la Pétrusse dès 2027, confirme la ministre", date="2025-09-23", page="""
cookie|Votre vie privée compte pour nous
cookie|Nous utilisons des technologies comme les cookies pour conserver et accéder à des informations sur votre appareil. Avec votre accord, nous et nos 140 partenaires pouvons utiliser ces données à des fins publicitaires.
cookie|CONTINUER SANS ACCEPTER
cookie|J’ACCEPTE
cookie|En savoir plus →
lang-switch|FR | DE | LU | EN
subscribe|S’abonner dès 1 € le premier mois
login|Mon espace
menu|Le Courrier du Grand-Duché
menu|Luxembourg  Grande Région  Monde  Économie  Culture  Sport  Frontaliers  Podcasts
section-label|Mobilité
h1|Le tram franchira la Pétrusse dès 2027, confirme la ministre
lead|Le nouveau viaduc destiné au tramway vers la gare et Bonnevoie sera livré plus tôt que prévu. Les travaux de nuit reprendront dès lundi.
byline|Claire Weber
dateline|Publié le 23.09.2025 à 17h04 • Modifié à 18h30
reading-time|⏱ 3 minutes de lecture
save|☆ Sauvegarder
share|Partager l’article
alt-text|Image: chantier du viaduc au-dessus de la vallée de la Pétrusse
caption|Les piliers du viaduc sont déjà visibles depuis le boulevard de la Pétrusse.
credit|Photo : Guy Thill
p|La ministre de la Mobilité l’a confirmé mardi devant la commission parlementaire : la ligne de tram reliant la place de Paris au quartier de Bonnevoie sera mise en service à l’automne 2027, soit six mois plus tôt que le calendrier initial.
p|Le viaduc, long de 240 mètres, doit franchir la vallée de la Pétrusse à hauteur du pont Adolphe.
ad|ANNONCE
p|Pour tenir ce calendrier, les équipes travailleront de nuit à partir du 29 septembre, entre 22 h et 5 h, cinq nuits par semaine.
h2|Riverains inquiets
p|Une quarantaine d’habitants de la rue Dicks ont adressé une pétition à la Ville. Ils redoutent le bruit des engins et demandent des fenêtres antibruit financées par l’État.
p|« Nous comprenons l’intérêt du tram, mais pas au prix de nos nuits »
p|La ministre a promis une campagne de mesures acoustiques et un médiateur présent sur le chantier chaque semaine.
h2|Et les frontaliers ?
p|La ligne sera prolongée ensuite vers Howald, où un pôle d’échange accueillera les bus venus de Lorraine. Une étude est en cours sur un parking relais de 1 500 places.
paywall|Vous avez lu 3 articles gratuits ce mois-ci. Pour continuer, abonnez-vous.
newsletter|Recevez chaque matin à 6 h l’essentiel de l’actualité luxembourgeoise. Votre adresse e-mail → OK
tags|tram  Luxtram  Bonnevoie  mobilité  chantiers
teaser-list|Sur le même thème
teaser-list|Bus gratuits : la fréquentation a doublé en cinq ans
teaser-list|il y a 2 h
teaser-list|A7 : fermeture nocturne entre Lorentzweiler et Mersch
teaser-list|hier
footer|À propos  Contact  Annonces légales  Abonnements  CGV  Protection des données
copyright|© Le Courrier du Grand-Duché 2025 – Éditions du Kirchberg S.A.
"""),
 dict(id="courrier-grand-duche-2", site="courrier-grand-duche", lang="fr", sep="\n\n", title="Logement : les loyers reculent pour la première fois depuis dix ans", date="2025-11-06", page="""
cookie|Votre vie privée compte pour nous
cookie|Nous utilisons des technologies comme les cookies pour conserver et accéder à des informations sur votre appareil. Avec votre accord, nous et nos 140 partenaires pouvons utiliser ces données à des fins publicitaires.
cookie|CONTINUER SANS ACCEPTER
cookie|J’ACCEPTE
cookie|En savoir plus →
lang-switch|FR | DE | LU | EN
subscribe|S’abonner dès 1 € le premier mois
login|Mon espace
menu|Le Courrier du Grand-Duché
menu|Luxembourg  Grande Région  Monde  Économie  Culture  Sport  Frontaliers  Podcasts
section-label|Économie
section-label|Abonnés
h1|Logement : les loyers reculent pour la première fois depuis dix ans
lead|Selon l’Observatoire de l’habitat, le loyer moyen annoncé a baissé de 2,4 % sur un an. Une détente toute relative dans un pays où se loger reste hors de prix.
byline|Marc Schroeder
dateline|Publié le 06.11.2025 à 06h00
reading-time|⏱ 4 minutes de lecture
save|☆ Sauvegarder
share|Partager l’article
listen|▶ Écouter cet article (voix de synthèse) 4:12
repeat|Selon l’Observatoire de l’habitat, le loyer moyen annoncé a baissé de 2,4 % sur un an. Une détente toute relative dans un pays où se loger reste hors de prix.
p|C’est une première depuis 2015 : au troisième trimestre, le loyer moyen des appartements proposés à la location au Luxembourg s’établit à 31,20 euros le mètre carré, contre 31,97 euros un an plus tôt.
p|La baisse est plus nette dans la capitale (– 3,8 %) que dans le nord du pays, où les loyers continuent de progresser légèrement.
p|Plusieurs agents immobiliers expliquent ce recul par un afflux d’appartements neufs, achetés comme placement avant la hausse des taux et aujourd’hui mis en location faute d’acheteurs.
ad|ANNONCE
h2|Un effort encore lourd
p|Pour un deux-pièces de 60 mètres carrés, un ménage doit toujours débourser près de 1 900 euros par mois, hors charges.
p|Les associations de locataires jugent la baisse « symbolique » et réclament l’application effective du plafond légal de loyer, rarement contrôlé.
related|À lire aussi
related|Prix de vente : les appartements anciens perdent 9 % en deux ans
p|Le ministère du Logement, lui, y voit le signe d’un marché « qui commence à respirer ».
author-bio|Marc Schroeder suit l’économie et le logement pour le Courrier depuis 2019.
tags|logement  loyers  immobilier  Observatoire de l’habitat
teaser-list|Les plus lus
teaser-list|1 Frontaliers : ce qui change sur votre fiche d’impôt en 2026
teaser-list|2 Un incendie ravage une ferme à Wiltz
teaser-list|3 Cactus ouvre un magasin sans caisse à Belval
footer|À propos  Contact  Annonces légales  Abonnements  CGV  Protection des données
copyright|© Le Courrier du Grand-Duché 2025 – Éditions du Kirchberg S.A.
"""),
 dict(id="wbay-public-radio-1", site="wbay-public-radio", lang="en", sep="\n\n", title="Oyster farmers say warm bay water is shrinking this year's harvest", date="2025-08-19", page="""
skip-link|Skip to Content
listen|On Air Now: All Things Considered
listen|Listen Live ▶
donate|DONATE
menu|WBAY 89.7 Coastal Public Radio
menu|News  Programs & Podcasts  Schedule  Events  Support  About
search|Search Query
section-label|Environment
h1|Oyster farmers say warm bay water is shrinking this year's harvest
byline|By Dana Whitfield
dateline|Published August 19, 2025 at 5:44 AM EDT
share|Facebook
share|LinkedIn
share|Email
listen|Listen • 4:21
caption|Tom Rinaldi sorts oysters on his skiff near Pine Point on Friday.
credit|Dana Whitfield / WBAY
p|On a gray morning at the mouth of Pine Creek, Tom Rinaldi lifts a mesh bag from the water and shakes it. About a third of the shells rattle empty.
p|"That's the heat," he says. "Two years ago I'd lose maybe five percent over the summer."
p|Rinaldi is one of about forty growers who lease plots in the bay. Many say they are seeing their worst summer losses since they started farming.
p|State monitoring buoys show that surface water in the upper bay stayed above 80 degrees for 19 days in July, the longest stretch on record.
h2|A parasite that likes it warm
p|Shellfish biologists at the state university say the losses are likely linked to a parasite that spreads faster in warm, salty water and weakens oysters already stressed by heat.
p|Some growers are now moving their cages into deeper water, or harvesting earlier in the season.
p|The state agriculture department says it will hold a meeting with growers in September to discuss emergency loans.
donate|Local journalism like this depends on you. WBAY is listener-supported: become a sustaining member today for as little as $5 a month.
donate|Give Now
tags|Tags: Environment, oysters, climate, fisheries, Pine Point
author-bio|Dana Whitfield is WBAY's environment reporter. She previously covered agriculture for a newspaper in Iowa.
author-link|See stories by Dana Whitfield
teaser-list|More from WBAY
teaser-list|Harbor commission delays vote on new ferry terminal
teaser-list|Five things to do this weekend on the coast
footer|WBAY is a member station of the public radio network, licensed to Coastal State University.
footer|Contact Us  Careers  FCC Public Files  Privacy Policy  EEO Report
copyright|© 2025 WBAY
"""),
 dict(id="wbay-public-radio-2", site="wbay-public-radio", lang="en", sep="\n\n", title="City council approves curbside composting after three-hour debate", date="2025-10-08", page="""
skip-link|Skip to Content
listen|On Air Now: Morning Edition
listen|Listen Live ▶
donate|DONATE
menu|WBAY 89.7 Coastal Public Radio
menu|News  Programs & Podcasts  Schedule  Events  Support  About
search|Search Query
section-label|Politics & Government
h1|City council approves curbside composting after three-hour debate
byline|By Marcus Ellery
dateline|Published October 8, 2025 at 11:02 PM EDT
share|Facebook
share|LinkedIn
share|Email
listen|Listen • 1:58
p|The Port Haven City Council voted 6-3 late Tuesday to start a citywide curbside composting program next spring.
p|Under the plan, every household will receive a green bin for food scraps, collected weekly alongside trash.
p|What the program includes:
li|a 13-gallon bin and a countertop pail for each household;
li|weekly pickup starting in April 2026;
li|a $3 monthly fee added to the water bill.
p|Council members who voted no said the fee would hit low-income residents hardest.
p|"We're asking people to pay for something they didn't ask for," said Councilor Ray Donnelly.
p|Supporters said the program would cut the city's landfill costs by about $400,000 a year.
correction|Correction: An earlier version of this story misstated the monthly fee. It is $3, not $5.
donate|Local journalism like this depends on you. WBAY is listener-supported: become a sustaining member today for as little as $5 a month.
donate|Give Now
tags|Tags: Politics & Government, Port Haven, city council, recycling
event|UPCOMING EVENT: WBAY Community Forum on Housing — Thu., Oct. 23, 6:30 PM, Port Haven Public Library. RSVP
teaser-list|More from WBAY
teaser-list|School board race draws record number of candidates
footer|WBAY is a member station of the public radio network, licensed to Coastal State University.
footer|Contact Us  Careers  FCC Public Files  Privacy Policy  EEO Report
copyright|© 2025 WBAY
"""),
 dict(id="shannon-chronicle-1", site="shannon-chronicle", lang="en", sep="\n", title="Limerick greenway extension gets go-ahead despite farmers' objections", date="2025-06-12", page="""
cookie|We value your privacy
cookie|We and our partners store and access information on your device, such as cookies, and process personal data for personalised ads and content, ad and content measurement and audience insights.
cookie|I ACCEPT
cookie|MORE OPTIONS
timestamp|Thursday 12 June 2025
weather|Limerick 14°C Light rain
menu|The Shannon Chronicle
menu|News
menu|Sport
menu|GAA
menu|Business
menu|Farming
menu|Opinion
menu|Death Notices
menu|Property
menu|ePaper
login|Sign In
subscribe|Subscribe
section-label|Local News
h1|Limerick greenway extension gets go-ahead despite farmers' objections
lead|An Bord Pleanála has approved a 22km extension of the greenway towards Adare, rejecting appeals from landowners along the route.
byline|Seán Ó Riordáin
dateline|June 12 2025 02:30 PM
share|Share this article
share|Facebook
share|Twitter
share|Email
share|Copy link
caption|Walkers on the existing greenway near Rathkeale. Photo: Brian Hanley
p|The planning appeals board said the extension would bring "significant benefits for tourism, health and sustainable travel" and that the concerns raised by landowners could be addressed through conditions.
p|The route will follow a disused railway line for most of its length, but about 4km will cross private farmland.
p|Seven farmers had appealed the council's decision, saying the path would split their land and expose livestock to walkers and dogs.
ad|Advertisement
p|Local IFA chairman Pádraig Collins said the decision was "a kick in the teeth for farm families".
p|"Nobody is against the greenway. We are against being told where it goes without being asked," he said.
p|The council said it would build stock-proof fencing and underpasses for cattle at three crossing points.
p|Work is expected to begin early next year and take about 18 months.
newsletter|Get the best of The Shannon Chronicle straight to your inbox. Sign up to our daily newsletter.
newsletter|This field is required
tags|Limerick  Greenway  Planning  Farming
comments|Comments
comments|Join the conversation. Log in to comment, or register for free.
teaser-list|Most Read
teaser-list|Tributes paid to former county hurler who died suddenly
teaser-list|New café opens on O'Connell Street
teaser-list|Weekend weather: sunny spells return
footer|About us  Contact us  Advertise  Terms & Conditions  Privacy Statement  Cookie Statement
copyright|© Shannon Chronicle Media Ltd 2025
"""),
 dict(id="shannon-chronicle-2", site="shannon-chronicle", lang="en", sep="\n", title="Clare hospital to open minor injuries unit at weekends from July", date="2025-06-27", page="""
cookie|We value your privacy
cookie|We and our partners store and access information on your device, such as cookies, and process personal data for personalised ads and content, ad and content measurement and audience insights.
cookie|I ACCEPT
cookie|MORE OPTIONS
timestamp|Friday 27 June 2025
weather|Limerick 19°C Sunny intervals
menu|The Shannon Chronicle
menu|News
menu|Sport
menu|GAA
menu|Business
menu|Farming
menu|Opinion
menu|Death Notices
menu|Property
menu|ePaper
login|Sign In
subscribe|Subscribe
section-label|Health
h1|Clare hospital to open minor injuries unit at weekends from July
byline|Aoife Nestor
byline|Health Correspondent
dateline|June 27 2025 07:00 AM
share|Share this article
share|Facebook
share|Twitter
share|Email
share|Copy link
lead|The minor injuries unit at Ennis Hospital will open on Saturdays and Sundays from July 5th, the health service has confirmed.
p|Until now the unit has only opened on weekdays, meaning patients with sprains, cuts or minor burns at weekends had to travel to the emergency department in Limerick.
p|The unit will open from 8am to 8pm, seven days a week.
h2|Staff recruited
p|The health service said four advanced nurse practitioners and two radiographers had been recruited for the extra hours.
p|Patient advocates welcomed the move but said the region still lacked beds.
paywall|This article is for subscribers. Subscribe now for €1 for the first 3 months.
paywall|Already a subscriber? Log in
tags|Ennis  Health  Hospitals  Clare
teaser-list|Most Read
teaser-list|Kilkee lifeguards to start duty this weekend
teaser-list|Shannon Airport passenger numbers up 11%
footer|About us  Contact us  Advertise  Terms & Conditions  Privacy Statement  Cookie Statement
copyright|© Shannon Chronicle Media Ltd 2025
"""),
]
