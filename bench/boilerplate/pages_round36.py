# Round 36: eight pages on four more layouts (a Brussels French-language daily, a Toronto metropolitan daily, an
# Algerian French-language daily, a Maltese English-language news site), written blind: without looking at the
# classifier, its rules or the benchmark, measured once. Each line: "label|text". Invented text; no real article is
# copied.
ROUND36 = [
 dict(id="le-soir-be-style-1", site="le-soir-be-style", lang="fr", sep="\n", title="Bruxelles : le tram 10 roulera jusqu’au Heysel dès le 15 décembre", date="2025-11-27", page="""
skip-link|Aller au contenu
skip-link|Aller à la navigation
menu|Le Phare
menu|Quotidien bruxellois depuis 1919
timestamp|Jeudi 27 novembre 2025
weather|Bruxelles 7°
menu|S’abonner
menu|Se connecter
epaper|Le journal du jour
menu|Belgique
menu|Bruxelles
menu|Monde
menu|Économie
menu|Opinions
menu|Sports
menu|Culture
menu|Vidéos
menu|Podcasts
menu|Le Phare+
menu|Jeux
breaking|En direct : suivez la grève nationale de ce jeudi
breadcrumb|Accueil › Bruxelles › Mobilité
section-label|Mobilité
h1|Bruxelles : le tram 10 roulera jusqu’au Heysel dès le 15 décembre
lead|Annoncé depuis 2019, le prolongement de la ligne 10 vers le plateau du Heysel sera inauguré à la mi-décembre. La STIB promet un tram toutes les six minutes aux heures de pointe.
byline|Par Camille Verhaegen
dateline|Publié le 27/11/2025 à 06:00
dateline|Mis à jour le 27/11/2025 à 09:14
read-time|Temps de lecture: 3 min
save|Lire plus tard
share|Partager
comments|Commentaires (14)
caption|Les essais à vide ont commencé début novembre sur le nouveau tronçon de l’avenue Houba-de Strooper.
credit|© Belga.
p|C’est une date que les habitants de Laeken attendaient depuis longtemps. Le lundi 15 décembre, les premiers trams de la ligne 10 emprunteront le nouveau tronçon de 2,3 kilomètres qui relie la station Bockstael au plateau du Heysel, a confirmé mercredi la STIB.
p|Le chantier, entamé en mars 2023, a pris près de huit mois de retard en raison de la découverte de conduites de gaz non répertoriées sous l’avenue Houba-de Strooper. Son coût final s’élève à 61 millions d’euros, financés par la Région et par Beliris.
related|Lire aussi | Mobilité : la STIB réduit la fréquence de trois lignes de bus en soirée
h2|Cinq nouveaux arrêts
p|La ligne desservira cinq nouveaux arrêts : Bockstael-Gare, Princesse Clémentine, Houba-Brugmann, Stade et Heysel-Parc. Aux heures de pointe, un tram passera toutes les six minutes ; en soirée et le week-end, toutes les dix minutes.
p|« Pour les jours de match ou de grand concert, nous pourrons doubler l’offre », explique la porte-parole de la société de transport. Jusqu’ici, les spectateurs du stade devaient se rabattre sur le métro 6, souvent saturé à la sortie des événements.
ad|Publicité
ad|Contenu sponsorisé
p|Côté riverains, l’accueil est mitigé. Plusieurs commerçants de la rue Marie-Christine se plaignent d’avoir perdu une partie de leur clientèle pendant les travaux. La commune de Bruxelles-Ville a prévu une prime de 3.000 euros par commerce touché, dont les demandes peuvent être introduites jusqu’au 31 janvier.
h2|Une fête le samedi 13
p|Avant la mise en service commerciale, la STIB organise une journée portes ouvertes le samedi 13 décembre. Les Bruxellois pourront monter gratuitement à bord entre 10 et 17 heures, et des animations sont prévues place Bockstael.
p|La Région envisage déjà la suite : une extension vers Neder-over-Heembeek est à l’étude, mais aucun budget n’a encore été dégagé. « Pas avant 2030 », reconnaît-on au cabinet de la ministre de la Mobilité.
tags|Mobilité
tags|STIB
tags|Laeken
tags|Tram
follow|+ Suivre
share|Facebook
share|X
share|LinkedIn
share|E-mail
share|Copier le lien
comments|Commentaires
comments|Pour commenter cet article, vous devez être abonné et connecté.
comments|Se connecter
comments|Charte des commentaires
related|Sur le même sujet
related|Mobilité : la STIB réduit la fréquence de trois lignes de bus en soirée
related|Good Move : Schaerbeek revoit sa maille apaisée après six mois
related|Métro 3 : le chantier de la gare du Nord encore retardé
most-read|Les plus lus
most-read|1 Grève nationale : quels services seront perturbés ce jeudi ?
most-read|2 Un incendie ravage un entrepôt à Anderlecht, la fumée visible de loin
most-read|3 Loyers : ce que change la nouvelle grille indicative à Bruxelles
most-read|4 Diables rouges : le programme complet des matchs de 2026
most-read|5 Saint-Nicolas : les meilleures idées de sorties en famille
obituary|Avis de décès
obituary|Consultez les avis de décès sur inmemoriam-lephare.be
games|Mots croisés, sudoku, mots fléchés : jouez gratuitement
network|Nos titres : Le Phare · La Gazette du Hainaut · Sudpresse Liège · Vlan · Ciné-Télé Hebdo
footer|Le Phare, rue Royale 100, 1000 Bruxelles
footer|Qui sommes-nous ? · Contact · Publicité · Conditions générales · Vie privée · Gestion des cookies · Accessibilité
disclaimer|Le Phare adhère au Conseil de déontologie journalistique (CDJ). Vous souhaitez signaler un manquement ? Rendez-vous sur lecdj.be.
copyright|© Phare Médias SA 2025 - Tous droits réservés
cookie|Nous et nos 312 partenaires utilisons des cookies et des technologies similaires pour stocker et accéder à des informations sur votre appareil, personnaliser les publicités et le contenu, mesurer l’audience.
cookie|Tout accepter
cookie|Paramétrer
cookie|Continuer sans accepter
"""),
 dict(id="le-soir-be-style-2", site="le-soir-be-style", lang="fr", sep="\n", title="Pharmacies de garde : le nouveau système bruxellois fait grincer des dents", date="2025-11-18", page="""
skip-link|Aller au contenu
skip-link|Aller à la navigation
menu|Le Phare
menu|Quotidien bruxellois depuis 1919
timestamp|Mardi 18 novembre 2025
weather|Bruxelles 4°
menu|S’abonner
menu|Se connecter
epaper|Le journal du jour
menu|Belgique
menu|Bruxelles
menu|Monde
menu|Économie
menu|Opinions
menu|Sports
menu|Culture
menu|Vidéos
menu|Podcasts
menu|Le Phare+
menu|Jeux
breadcrumb|Accueil › Bruxelles › Santé
paywall|Article réservé aux abonnés
section-label|Santé
h1|Pharmacies de garde : le nouveau système bruxellois fait grincer des dents
lead|Depuis le 1er novembre, les gardes de nuit sont concentrées dans douze officines pour toute la Région. Les pharmaciens saluent une meilleure organisation, les patients âgés dénoncent des trajets plus longs.
byline|Par Julien Dethier
byline|Journaliste au service Bruxelles
dateline|Publié le 18/11/2025 à 17:45
read-time|Temps de lecture: 4 min
save|Lire plus tard
share|Partager
comments|Commentaires (31)
listen|Écouter cet article
listen|00:00 / 05:12
listen|Voix générée par intelligence artificielle
p|Il est 23 h 40 quand Monique, 78 ans, se présente à la pharmacie de garde de la chaussée de Waterloo, à Uccle. Elle vient d’Anderlecht, en taxi, pour un antibiotique prescrit à son petit-fils. « Avant, il y en avait une à deux rues de chez moi. Là, j’ai payé 28 euros de course », soupire-t-elle.
p|Depuis le 1er novembre, l’Union pharmaceutique bruxelloise a revu de fond en comble le système des gardes. Fini le tour de rôle entre les quelque 560 officines de la Région : la nuit, entre 22 heures et 8 heures, seules douze pharmacies fixes assurent désormais le service.
related|À lire aussi | Médicaments : les pénuries se multiplient en Belgique, voici les plus touchés
h2|Ce qui change pour les patients
p|Concrètement, la réforme entraîne trois changements :
li|la nuit, douze pharmacies fixes, toujours les mêmes, sont ouvertes dans la Région ;
li|le soir jusqu’à 22 heures et le week-end en journée, le tour de rôle habituel est maintenu ;
li|le numéro 0903 99 000 et le site des pharmaciens indiquent l’officine ouverte la plus proche.
p|Pour les pharmaciens, le soulagement est réel. « Certains confrères faisaient une garde de nuit toutes les trois semaines, avec deux ou trois clients entre minuit et 6 heures. Ce n’était plus tenable, ni financièrement ni humainement », explique le président de l’Union.
ad|Publicité
p|Les associations de seniors, elles, ont écrit au ministre fédéral de la Santé. Elles demandent qu’au moins une pharmacie de nuit soit accessible en transports en commun dans chaque commune, ce qui n’est pas le cas à Watermael-Boitsfort ni à Berchem-Sainte-Agathe.
caption|La pharmacie de garde de la chaussée de Waterloo, l’une des douze officines de nuit de la Région.
credit|© Pierre-Yves Thienpont / Le Phare
h2|Une évaluation prévue au printemps
p|L’Union pharmaceutique promet une évaluation en avril, sur la base du nombre de patients servis et des distances parcourues. « Si certains quartiers sont trop mal desservis, nous ajouterons des points de garde », assure son président.
p|En attendant, les médecins généralistes de garde sont invités à remettre directement une première dose de médicament aux patients qui ne peuvent pas se déplacer la nuit, une pratique déjà autorisée mais peu utilisée.
tags|Santé
tags|Pharmacies
tags|Bruxelles
follow|+ Suivre
share|Facebook
share|X
share|LinkedIn
share|E-mail
share|Copier le lien
newsletter|Recevez chaque matin l’essentiel de l’actu bruxelloise
newsletter|Votre adresse e-mail
newsletter|Je m’inscris
comments|Commentaires
comments|Pour commenter cet article, vous devez être abonné et connecté.
comments|Se connecter
comments|Charte des commentaires
related|Sur le même sujet
related|Médicaments : les pénuries se multiplient en Belgique, voici les plus touchés
related|Hôpitaux bruxellois : les urgences débordées le week-end
most-read|Les plus lus
most-read|1 Un automobiliste flashé à 142 km/h sur le boulevard Léopold III
teaser-list|2 Pharmacies de garde : le nouveau système bruxellois fait grincer des dents
most-read|3 Budget fédéral : l’accord en cinq points
most-read|4 Anderlecht - Standard : la billetterie prise d’assaut
most-read|5 Neige : l’IRM annonce un premier épisode hivernal
obituary|Avis de décès
obituary|Consultez les avis de décès sur inmemoriam-lephare.be
games|Mots croisés, sudoku, mots fléchés : jouez gratuitement
network|Nos titres : Le Phare · La Gazette du Hainaut · Sudpresse Liège · Vlan · Ciné-Télé Hebdo
footer|Le Phare, rue Royale 100, 1000 Bruxelles
footer|Qui sommes-nous ? · Contact · Publicité · Conditions générales · Vie privée · Gestion des cookies · Accessibilité
disclaimer|Le Phare adhère au Conseil de déontologie journalistique (CDJ). Vous souhaitez signaler un manquement ? Rendez-vous sur lecdj.be.
copyright|© Phare Médias SA 2025 - Tous droits réservés
"""),
 dict(id="toronto-star-style-1", site="toronto-star-style", lang="en", sep="\n\n", title="City to plow 60 more kilometres of bike lanes this winter after complaints of snowbanks", date="2025-11-26", page="""
skip-link|Skip to Main Content
skip-link|Accessibility Help
menu|The Toronto Clarion
weather|Toronto 2°C
menu|Sign In
menu|Subscribe
menu|Menu
menu|Search
menu|Home
menu|GTA
menu|Canada
menu|Politics
menu|World
menu|Business
menu|Sports
menu|Life
menu|Entertainment
menu|Opinion
menu|Investigations
menu|Podcasts
menu|E-Edition
breaking|BREAKING | Power outages hit 40,000 Toronto Hydro customers after overnight windstorm
section-label|GTA
h1|City to plow 60 more kilometres of bike lanes this winter after complaints of snowbanks
lead|A new contract adds smaller sidewalk-sized plows to cycling routes across Scarborough, Etobicoke and North York, where riders say lanes were left buried for days last year.
byline|By Megan Kowalczyk
byline|City Hall Reporter
dateline|Wed., Nov. 26, 2025
read-time|timer3 min. read
timestamp|updateArticle was updated 4 hrs ago
listen|Listen to this article
listen|Listen Now 4:56
save|Save
share|Share
caption|A cyclist makes her way along a partly cleared bike lane on Bloor Street West during a snowfall last February.
credit|Steve Russell/Toronto Clarion file photo
p|Toronto will clear snow from 60 more kilometres of bike lanes this winter, including routes in the inner suburbs that cyclists say were left buried under snowbanks for days after storms last year.
p|A staff report going to the city’s infrastructure committee next week says the new routes will be added to the “priority cycling network,” which crews aim to clear within 12 hours of the end of a snowfall of five centimetres or more.
ad|Advertisement
ad|Article continues below advertisement
p|That brings the total of plowed bike lanes to roughly 420 kilometres, out of about 700 kilometres of cycling infrastructure in the city.
p|“People who ride in winter are not a fringe group anymore,” said Coun. Dianne Okafor, who chairs the committee. “If we build the lanes, we have to keep them usable twelve months a year.”
h2|Smaller plows, narrower lanes
p|The contract, worth $3.2 million a year, will pay for 18 compact plows able to fit into physically separated lanes that are too narrow for regular road equipment. Staff say those lanes were the main source of complaints last winter.
p|Among the routes added are stretches of Eglinton Avenue East, Finch Avenue West and The Queensway, as well as several neighbourhood connections near Kennedy and Victoria Park stations.
related|READ MORE: Cyclists count costs after a winter of icy lanes and missed plows
p|Cycling advocates welcomed the plan but said the city should publish where plows are in real time, as it already does for roads. Staff say a map showing cleared bike lanes will be added to the city’s PlowTO website by January.
ad|Advertisement
ad|Article continues below advertisement
p|Last winter, the city received more than 1,900 complaints about snow on bike lanes and sidewalks, according to 311 data cited in the report.
p|The committee will debate the report on Dec. 3. If approved, the changes would take effect immediately.
tags|Read more about:
tags|Toronto City Council
tags|Cycling
tags|Weather
comments|Join the conversation
comments|Conversations are opinions of our readers and are subject to the Code of Conduct. The Clarion does not endorse these opinions.
comments|Sign in to comment
report-error|Report an error
standards|Journalistic Standards
standards|About The Clarion
related|More from The Clarion & partners
related|Toronto Hydro says storm damage worse than expected as crews work through night
related|TTC to run extra subway trains for Santa Claus Parade weekend
sponsored|SPONSORED: These Ontario retirement communities are changing how seniors spend winter
most-read|Top Stories
most-read|Power outages hit 40,000 Toronto Hydro customers after overnight windstorm
most-read|Ontario to end daylight saving time changes, Premier says, if New York and Quebec follow
most-read|Leafs snap four-game skid with overtime win in Boston
newsletter|Get the latest news in your inbox. Sign up for The Clarion’s newsletters.
newsletter|Sign Up
menu|Obituaries
games|Puzzles
horoscope|Horoscopes
classifieds|Classifieds
app|Get the Clarion app
copyright|Copyright owned or licensed by Toronto Clarion Newspapers Limited. All rights reserved. Republication or distribution of this content is expressly prohibited without the prior written consent of Toronto Clarion Newspapers Limited and/or its licensors.
reprint|To order copies of Toronto Clarion articles, please go to: ClarionReprints.ca
footer|About  Contact Us  Advertise  Careers  Privacy Policy  Terms of Use  Accessibility  Site Map
copyright|© 2025 Toronto Clarion Newspapers Ltd.
"""),
 dict(id="toronto-star-style-2", site="toronto-star-style", lang="en", sep="\n\n", title="‘We’ve never seen lines like this’: Scarborough food bank braces for record holiday demand", date="2025-11-30", page="""
skip-link|Skip to Main Content
skip-link|Accessibility Help
menu|The Toronto Clarion
weather|Toronto -1°C
menu|Sign In
menu|Subscribe
menu|Menu
menu|Search
menu|Home
menu|GTA
menu|Canada
menu|Politics
menu|World
menu|Business
menu|Sports
menu|Life
menu|Entertainment
menu|Opinion
menu|Investigations
menu|Podcasts
menu|E-Edition
section-label|GTA
section-label|Scarborough
h1|‘We’ve never seen lines like this’: Scarborough food bank braces for record holiday demand
lead|Visits to the Agincourt Community Pantry have nearly doubled in two years, and organizers say donations are not keeping pace.
byline|By Jasleen Grewal
byline|Staff Reporter
dateline|Sun., Nov. 30, 2025
read-time|timer4 min. read
listen|Listen to this article
listen|Listen Now 6:03
save|Save
share|Share
video|Video
video|0:58
video|Volunteers sort donations at a Scarborough food bank
p|By 8:30 on a Saturday morning, the line outside the Agincourt Community Pantry already stretches past the plaza’s dry cleaner and around the corner onto Sheppard Avenue East. The doors don’t open until 10.
p|“We’ve never seen lines like this, not even during the pandemic,” said Rosa Mendes, who has volunteered at the pantry for 11 years. “It used to be mostly seniors. Now it’s families with two jobs, students, people in nursing scrubs on their way to a shift.”
p|The pantry served 4,870 visits in October, up from 2,510 in the same month of 2023, according to figures shared with the Clarion. Organizers expect December to break the record set last year.
ad|Advertisement
ad|Article continues below advertisement
h2|Donations falling behind
p|At the same time, food donations have dropped by about 15 per cent compared with last year, said executive director Samuel Addo. The pantry now buys about a third of what it hands out, mostly rice, canned fish, cooking oil and baby formula.
p|“A $20 donation goes further for us than a bag of groceries, because we buy wholesale,” Addo said. “But right now, every kind of help counts.”
caption|Volunteer Rosa Mendes packs a hamper at the Agincourt Community Pantry on Saturday.
credit|Lance McMillan/Toronto Clarion
p|Across the city, food banks reported more than 300,000 client visits a month this fall, a level anti-poverty groups describe as unsustainable. Rising rents are the main reason people give for needing help, according to intake surveys.
related|READ MORE: Toronto rents dip slightly, but still out of reach for minimum-wage workers, report finds
ad|Advertisement
ad|Article continues below advertisement
h2|How to help
p|The pantry says its most urgent needs before the holidays are:
li|cash donations, which can be made online or at the door;
li|volunteers for weekday mornings, especially drivers with their own vehicle;
li|unopened baby formula, diapers and feminine hygiene products.
p|Mendes, for her part, plans to be at the door every Saturday until the New Year. “You see the same faces every week,” she said. “You want them to leave with a full bag.”
correction|Correction — Nov. 30, 2025: An earlier version of this story misstated the number of visits in October 2023.
tags|Read more about:
tags|Scarborough
tags|Food Banks
tags|Cost of Living
comments|Join the conversation
comments|Conversations are opinions of our readers and are subject to the Code of Conduct. The Clarion does not endorse these opinions.
comments|Sign in to comment
report-error|Report an error
standards|Journalistic Standards
standards|About The Clarion
related|More from The Clarion & partners
related|Toronto Hydro restores power to last customers five days after windstorm
related|Ontario minimum wage: what it buys you now compared with 2015
sponsored|SPONSORED: Five ways to cut your home heating bill this winter
most-read|Top Stories
most-read|Premier defends highway tunnel plan as cost estimates climb
most-read|Raptors rookie named East player of the week
most-read|Three charged after string of catalytic converter thefts in Markham
newsletter|Get the latest news in your inbox. Sign up for The Clarion’s newsletters.
newsletter|Sign Up
menu|Obituaries
games|Puzzles
horoscope|Horoscopes
classifieds|Classifieds
app|Get the Clarion app
copyright|Copyright owned or licensed by Toronto Clarion Newspapers Limited. All rights reserved. Republication or distribution of this content is expressly prohibited without the prior written consent of Toronto Clarion Newspapers Limited and/or its licensors.
reprint|To order copies of Toronto Clarion articles, please go to: ClarionReprints.ca
footer|About  Contact Us  Advertise  Careers  Privacy Policy  Terms of Use  Accessibility  Site Map
copyright|© 2025 Toronto Clarion Newspapers Ltd.
"""),
 dict(id="algerie-presse-style-1", site="algerie-presse-style", lang="fr", sep="\n\n", title="Bouira : trois nouveaux forages pour soulager les quartiers assoiffés", date="2025-11-24", page="""
timestamp|Lundi 24 Novembre 2025 - 3 Joumada El Thania 1447
lang-switch|العربية
lang-switch|Français
menu|L’Aurore d’Alger
menu|Quotidien national d’information
ticker|Horaires de prière – Alger : Fajr 06:06 | Dohr 12:21 | Asr 14:56 | Maghreb 17:20 | Isha 18:45
ticker|Devises : 1 € = 151,42 DA | 1 $ = 130,87 DA | Marché parallèle : 1 € = 256 DA
menu|Accueil
menu|Actualité
menu|Régions
menu|Économie
menu|Sports
menu|Culture
menu|Monde
menu|Contributions
menu|Multimédia
menu|Archives
breaking|DERNIÈRE HEURE
breaking|Tizi Ouzou : saisie de 3 quintaux de kif traité à Draâ El Mizan
breaking|Baccalauréat 2026 : les inscriptions prolongées jusqu’au 11 décembre
breaking|Ligue 1 : le MC Alger conforte sa place de leader
breadcrumb|Accueil / Régions / Centre
section-label|RÉGIONS
h1|Bouira : trois nouveaux forages pour soulager les quartiers assoiffés
dateline|Publié le : 24-11-2025 | 08:30
byline|Par Mourad Aït Saïd
views|Vues : 2 318
share|Partager : Facebook Twitter WhatsApp Telegram
font|A- A+
print|Imprimer
caption|Des habitants de la cité des 1 100 Logements remplissant des jerricans, en octobre dernier.
credit|Ph. : L’Aurore
lead|Mis en service samedi, trois forages d’une capacité totale de 9 000 m³ par jour doivent mettre fin aux coupures prolongées qui touchent plusieurs cités du chef-lieu de wilaya depuis l’été.
p|Les habitants des cités des 1 100 Logements, Draâ El Bordj et Ecotec, à Bouira, devraient enfin retrouver un approvisionnement régulier en eau potable. Trois nouveaux forages, réalisés dans la plaine des Aribs, ont été raccordés samedi au réseau de distribution, en présence du wali et des responsables de l’unité locale de l’Algérienne des eaux (ADE).
p|Depuis le mois de juillet, ces quartiers ne recevaient l’eau qu’un jour sur trois, parfois un jour sur cinq, en raison de la baisse du niveau du barrage de Tilesdit, qui alimente une partie de la ville. De nombreuses familles étaient contraintes d’acheter l’eau des camions-citernes, à 1 500 DA les 3 000 litres.
ad|Publicité
h2|Un programme d’urgence
p|Les trois forages, d’une profondeur de 180 à 220 mètres, ont été financés dans le cadre du programme d’urgence décidé par les pouvoirs publics pour les wilayas touchées par le stress hydrique. Leur réalisation a coûté près de 240 millions de dinars, selon la direction des ressources en eau.
p|« L’objectif est de revenir à une distribution quotidienne d’ici la fin de l’année dans l’ensemble du chef-lieu », a assuré le directeur de l’unité ADE, qui a également annoncé le remplacement de 14 kilomètres de conduites vétustes, responsables, selon lui, de pertes estimées à 30 % de l’eau produite.
related|Lire aussi : Stress hydrique : 23 stations de dessalement au programme d’ici 2030
p|Sur place, les habitants restent prudents. « On nous a déjà fait des promesses l’été dernier. On attend de voir l’eau couler au robinet tous les jours », confie Rachid, père de famille de la cité Ecotec.
p|Le wali a, pour sa part, instruit les services concernés de lancer sans délai la réalisation de deux autres forages à Aïn Bessem et Sour El Ghozlane, deux communes également touchées par les perturbations.
signature|M. A. S.
tags|Mots-clés : Bouira, eau potable, forages, ADE
share|Partager : Facebook Twitter WhatsApp Telegram
related|Articles similaires
related|Tizi Ouzou : la station de traitement de Taksebt à l’arrêt pour maintenance
related|Béjaïa : le barrage de Tichi-Haf rempli à 41 %
related|Médéa : 120 familles raccordées au gaz naturel à Ouzera
ad|ANEP
notices|MINISTÈRE DE L’HABITAT, DE L’URBANISME ET DE LA VILLE – Avis d’appel d’offres national ouvert avec exigence de capacités minimales N° 17/2025
notices|ANEP 2516024871 – L’Aurore d’Alger du 24/11/2025
comments|Commentaires (4)
comments|Ahmed B. – 24/11/2025 à 10:12
comments|Enfin ! Mais il faut aussi penser aux villages de la commune d’El Asnam, nous aussi on souffre.
comments|Kamel – 24/11/2025 à 11:40
comments|Trente pour cent de pertes dans les conduites, c’est ça le vrai problème.
comments|Laisser un commentaire
comments|Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *
comments|Nom *
comments|E-mail *
comments|Envoyer
most-read|Les plus lus
most-read|Importation de véhicules de moins de trois ans : ce qui change en 2026
most-read|Allocation chômage : le nouveau calendrier de versement
most-read|Hadj 2026 : le tirage au sort fixé au 5 décembre
most-read|Coupe arabe : la sélection nationale connaît ses adversaires
newsletter|Abonnez-vous à notre newsletter
newsletter|Envoyer
app|Téléchargez l’application L’Aurore d’Alger sur Google Play
footer|Siège : Maison de la Presse Tahar-Djaout, 1, rue Bachir-Attar, Place du 1er-Mai, Alger
footer|Tél. : 023 00 00 00 – Fax : 023 00 00 01
footer|Directeur de la publication : Salim Hadj-Ahmed
footer|Qui sommes-nous | Contact | Publicité | Mentions légales
copyright|© 2025 L’Aurore d’Alger – Tous droits réservés
"""),
 dict(id="algerie-presse-style-2", site="algerie-presse-style", lang="fr", sep="\n\n", title="Pomme de terre : le ministère du Commerce plafonne les prix dans les marchés de gros", date="2025-11-29", page="""
timestamp|Samedi 29 Novembre 2025 - 8 Joumada El Thania 1447
lang-switch|العربية
lang-switch|Français
menu|L’Aurore d’Alger
menu|Quotidien national d’information
ticker|Horaires de prière – Alger : Fajr 06:10 | Dohr 12:23 | Asr 14:55 | Maghreb 17:18 | Isha 18:44
ticker|Devises : 1 € = 151,60 DA | 1 $ = 131,02 DA | Marché parallèle : 1 € = 257 DA
menu|Accueil
menu|Actualité
menu|Régions
menu|Économie
menu|Sports
menu|Culture
menu|Monde
menu|Contributions
menu|Multimédia
menu|Archives
breaking|DERNIÈRE HEURE
breaking|Oran : un réseau de trafic de faux billets démantelé
breaking|Intempéries : alerte orange sur sept wilayas de l’Est
breaking|Handball : la sélection féminine en demi-finale
breadcrumb|Accueil / Économie
section-label|ÉCONOMIE
h1|Pomme de terre : le ministère du Commerce plafonne les prix dans les marchés de gros
dateline|Publié le : 29-11-2025 | 07:15
byline|Par Nadia Benkhelifa
views|Vues : 5 904
share|Partager : Facebook Twitter WhatsApp Telegram
font|A- A+
print|Imprimer
lead|Face à la flambée des prix enregistrée ces dernières semaines, un arrêté fixe à 70 DA le kilo le prix maximal de la pomme de terre de consommation à la sortie des marchés de gros, pour une durée de trois mois.
p|Le ministère du Commerce intérieur et de la Régulation du marché national a annoncé, jeudi soir, le plafonnement du prix de la pomme de terre dans l’ensemble des marchés de gros du pays. Le prix maximal est fixé à 70 DA le kilogramme, tandis que le prix de détail ne devra pas dépasser 90 DA.
p|Cette décision intervient après une hausse spectaculaire des prix, le tubercule ayant atteint 130, voire 140 DA le kilo sur les étals de plusieurs villes, dont Alger, Constantine et Sétif, au début du mois de novembre.
caption|Au marché de gros des fruits et légumes de Bougara, jeudi.
credit|Photo : APS
h2|Des stocks libérés
p|Selon le communiqué du ministère, plus de 60 000 tonnes de pomme de terre stockées dans le cadre du système de régulation des produits agricoles de large consommation (Syrpalac) seront déstockées progressivement à partir de dimanche, principalement à destination des wilayas du Centre et de l’Est.
p|Les services de contrôle devront par ailleurs intensifier les inspections :
li|contrôle quotidien des factures dans les marchés de gros ;
li|vérification de l’affichage des prix chez les détaillants ;
li|inspection des chambres froides privées pour détecter les stockages spéculatifs.
ad|Publicité
p|Les professionnels du secteur attribuent la hausse à la fin de la récolte d’arrière-saison dans la wilaya d’Aïn Defla et au retard de la récolte primeur à El Oued, retardée par les fortes chaleurs de septembre. « C’est un creux classique, aggravé cette année par la spéculation », estime un mandataire du marché de Bougara.
related|Lire aussi : Lait en sachet : la production des laiteries publiques augmentée de 15 %
p|L’Association de protection des consommateurs a salué une « mesure nécessaire », tout en demandant qu’elle soit accompagnée d’une meilleure traçabilité des stocks. Les contrevenants s’exposent à des amendes et à la fermeture administrative de leur commerce.
signature|N. B.
tags|Mots-clés : pomme de terre, prix, ministère du Commerce, Syrpalac
share|Partager : Facebook Twitter WhatsApp Telegram
related|Articles similaires
related|Huile de table : les quantités distribuées doublées pendant le Ramadhan
related|Viandes rouges : 100 000 tonnes importées d’ici fin décembre
related|Café : les torréfacteurs appelés à respecter les prix plafonnés
ad|ANEP
notices|WILAYA DE MÉDÉA – DIRECTION DES TRAVAUX PUBLICS – Avis d’attribution provisoire de marché N° 42/2025
notices|ANEP 2516025133 – L’Aurore d’Alger du 29/11/2025
comments|Commentaires (0)
comments|Soyez le premier à commenter cet article.
comments|Laisser un commentaire
comments|Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *
comments|Nom *
comments|E-mail *
comments|Envoyer
most-read|Les plus lus
most-read|Intempéries : alerte orange sur sept wilayas de l’Est
most-read|Logements AADL 3 : les premières affectations avant fin décembre
teaser-list|Pomme de terre : le ministère du Commerce plafonne les prix dans les marchés de gros
most-read|JSK : le nouvel entraîneur présenté lundi
newsletter|Abonnez-vous à notre newsletter
newsletter|Envoyer
app|Téléchargez l’application L’Aurore d’Alger sur Google Play
footer|Siège : Maison de la Presse Tahar-Djaout, 1, rue Bachir-Attar, Place du 1er-Mai, Alger
footer|Tél. : 023 00 00 00 – Fax : 023 00 00 01
footer|Directeur de la publication : Salim Hadj-Ahmed
footer|Qui sommes-nous | Contact | Publicité | Mentions légales
copyright|© 2025 L’Aurore d’Alger – Tous droits réservés
"""),
 dict(id="malta-times-style-1", site="malta-times-style", lang="en", sep="\n", title="Gozo Channel to run extra night crossings over Christmas and New Year", date="2025-11-28", page="""
skip-link|Skip to main content
menu|The Malta Chronicle
timestamp|Friday, November 28, 2025, 18:42
weather|Valletta 17°C
menu|Subscribe
menu|Log in
lang-switch|EN | MT
menu|National
menu|World
menu|Business
menu|Sport
menu|Opinion
menu|Community
menu|Lifestyle
menu|Watch
menu|Podcasts
menu|Obituaries
menu|Classifieds
menu|Premium
section-label|National
h1|Gozo Channel to run extra night crossings over Christmas and New Year
lead|Ferries will leave Ċirkewwa every 45 minutes until 2am on the busiest nights
byline|Rebecca Zammit
dateline|November 28, 2025 | 16:20
read-time|3 min read
listen|Listen to this article
listen|00:00 / 03:41
share|Share
share|Facebook
share|X
share|WhatsApp
share|Email
caption|Passengers disembarking at Mġarr harbour.
credit|Photo: Chris Sant Fournier
p|Gozo Channel will operate additional night crossings between Malta and Gozo over the festive period, with ferries leaving every 45 minutes until 2am on the busiest nights, the company announced on Friday.
p|The extended schedule will apply from December 19 to January 4, covering the weekends before Christmas, Christmas Eve, Boxing Day and New Year’s Eve.
ad|Advertisement
p|On New Year’s Eve, the last trip from Ċirkewwa to Mġarr will leave at 3.30am, with a return trip from Mġarr at 4.15am, to allow Gozitans celebrating in Valletta and St Julian’s to get home.
related|Read More: Fast ferry passenger numbers up 12 per cent this year
h2|Vehicle bookings recommended
p|The company urged drivers to book their crossings in advance through its website or app, saying vehicle bookings on the evening of December 23 were already more than 70 per cent full.
p|Foot passengers do not need to book. Tickets, which are only paid on the return leg from Gozo, remain unchanged at €4.65 for adults and €1.15 for children.
p|“Last Christmas we carried more than 180,000 passengers in two weeks, which was a record,” a Gozo Channel spokesperson said. “We expect similar numbers this year, and we prefer to add trips now rather than see queues on the Ċirkewwa road.”
p|The fast ferry service between Valletta and Mġarr will also run until midnight on December 24 and 31, the operator said separately.
p|Transport Malta said additional police and traffic wardens would be deployed at Ċirkewwa on the busiest evenings.
donate|Independent journalism costs money. Support the Malta Chronicle for the price of a coffee.
donate|Support Us
tags|Gozo
tags|Ferry
tags|Christmas
tip|Got a story? Send us your news tips on WhatsApp: +356 7900 1234
related|Related Stories
related|Fast ferry passenger numbers up 12 per cent this year
related|Gozo tunnel consultation to reopen in spring
related|Mġarr harbour road resurfacing to start in January
comments|Comments not loaded yet
comments|Our Comments Policy
comments|Please read our comments policy before posting. Comments that are offensive, defamatory or off topic will be removed.
most-read|Most Read
most-read|1 Man, 34, dies in Żebbuġ traffic accident
most-read|2 Teachers’ union orders directives over exam changes
teaser-list|3 Gozo Channel to run extra night crossings over Christmas and New Year
most-read|4 Plans for 14-storey block in Msida face record objections
most-read|5 Ħamrun Spartans held to draw by Floriana
obituary|Deaths
obituary|AGIUS. On November 26, at Mater Dei Hospital, CARMEN, née Borg, aged 88, passed away peacefully. Funeral mass at Our Lady of Mount Carmel parish church, Fleur-de-Lys, on Saturday at 9am.
obituary|View all obituaries
sponsored|Partner Content
sponsored|How Maltese SMEs can access new EU digitalisation grants
newsletter|Sign up to our free newsletters
newsletter|Get the best updates straight to your inbox:
newsletter|Morning Briefing
newsletter|Business Weekly
newsletter|Sign up
newsletter|Please select at least one mailing list.
newsletter|You can unsubscribe at any time by clicking the link in the footer of our emails. We use Mailchimp as our marketing platform.
footer|Chronicle Media Ltd, Triq il-Kbira, Mosta MST 1234, Malta
footer|About Us  Contact  Advertise  Terms of Use  Privacy Policy  Cookie Policy  Editorial Code
copyright|© 2025 Chronicle Media Ltd. All rights reserved.
cookie|We use cookies to give you the best experience on our website. By clicking “Accept all”, you agree to the storing of cookies on your device.
cookie|Accept all
cookie|Manage preferences
"""),
 dict(id="malta-times-style-2", site="malta-times-style", lang="en", sep="\n", title="Plans for 14-storey block in Msida face record objections", date="2025-11-25", page="""
skip-link|Skip to main content
menu|The Malta Chronicle
timestamp|Tuesday, November 25, 2025, 09:05
weather|Valletta 19°C
menu|Subscribe
menu|Log in
lang-switch|EN | MT
menu|National
menu|World
menu|Business
menu|Sport
menu|Opinion
menu|Community
menu|Lifestyle
menu|Watch
menu|Podcasts
menu|Obituaries
menu|Classifieds
menu|Premium
paywall|Premium
section-label|Planning
h1|Plans for 14-storey block in Msida face record objections
lead|More than 4,000 people have filed objections to the project overlooking the creek
byline|Mark Vella
dateline|November 25, 2025 | 06:30
read-time|4 min read
listen|Listen to this article
listen|00:00 / 04:58
share|Share
share|Facebook
share|X
share|WhatsApp
share|Email
caption|A photomontage of the proposed block, submitted with the planning application.
credit|Image: Planning Authority
p|A planning application for a 14-storey residential and commercial block overlooking Msida creek has drawn more than 4,000 objections, a record for a single project in the locality.
p|The application, filed in August, proposes 96 apartments, ground-floor shops and three levels of underground parking on the site of a former garage and two townhouses along Triq ix-Xatt.
ad|Advertisement
p|The Msida local council, two environmental NGOs and a residents’ association are among the objectors. They argue the building would tower over the parish church and the surrounding streets, most of which are limited to four or five floors.
related|Read More: Planning Authority approves 11-storey hotel in Gżira despite objections
h2|Traffic and flooding concerns
p|Residents also raised concerns about traffic in an area already congested at peak hours and about flooding. The low-lying streets around the creek regularly flood after heavy rain, and objectors say three levels of excavation could worsen the problem.
p|“We are not against development, but this is simply out of scale,” the mayor told the Chronicle. “Msida cannot absorb another project of this size without the infrastructure to match.”
p|The architect for the developer said the design respects the tall-buildings policy and includes a public piazza and a green roof. A traffic impact study submitted with the application concludes the project would add “a negligible number” of car trips.
ad|Advertisement
p|The case officer’s report is expected in the coming weeks. The application will then be decided by the Planning Board in a public hearing, where objectors are allowed to speak.
p|Environment NGOs have already said they would appeal any approval before the Environment and Planning Review Tribunal.
paywall|This is a premium article. Thank you for supporting independent journalism.
donate|Independent journalism costs money. Support the Malta Chronicle for the price of a coffee.
donate|Support Us
tags|Planning
tags|Msida
tags|Construction
tip|Got a story? Send us your news tips on WhatsApp: +356 7900 1234
related|Related Stories
related|Planning Authority approves 11-storey hotel in Gżira despite objections
related|Tall-buildings policy review delayed again
related|Msida flood relief tunnel works to start in 2026
comments|Comments not loaded yet
comments|Our Comments Policy
comments|Please read our comments policy before posting. Comments that are offensive, defamatory or off topic will be removed.
most-read|Most Read
most-read|1 Teachers’ union orders directives over exam changes
most-read|2 Woman rescued after falling into Dingli cliffs ravine
teaser-list|3 Plans for 14-storey block in Msida face record objections
most-read|4 Budget 2026: what changes for pensioners
most-read|5 Malta beat Andorra to end winless run
obituary|Deaths
obituary|GALEA. On November 23, at Karin Grech Hospital, JOSEPH, aged 91, former headmaster, went to meet the Lord. Funeral mass at St Joseph parish church, Msida, on Wednesday at 8.30am.
obituary|View all obituaries
sponsored|Partner Content
sponsored|Five reasons to consider a career in Malta’s iGaming sector
newsletter|Sign up to our free newsletters
newsletter|Get the best updates straight to your inbox:
newsletter|Morning Briefing
newsletter|Business Weekly
newsletter|Sign up
newsletter|Please select at least one mailing list.
newsletter|You can unsubscribe at any time by clicking the link in the footer of our emails. We use Mailchimp as our marketing platform.
footer|Chronicle Media Ltd, Triq il-Kbira, Mosta MST 1234, Malta
footer|About Us  Contact  Advertise  Terms of Use  Privacy Policy  Cookie Policy  Editorial Code
copyright|© 2025 Chronicle Media Ltd. All rights reserved.
"""),
]
