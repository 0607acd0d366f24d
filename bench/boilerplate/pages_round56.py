# Round 56: eight pages on four more layouts (a French Alpine regional daily, a Congolese UN-backed radio's news
# site, a Fijian daily, a New Zealand public radio news site), written blind: without looking at the classifier, its
# rules or the benchmark, measured once. Each line: "label|text". Invented text; no real article is copied.
ROUND56 = [
 dict(id="le-dauphine-style-1", site="le-dauphine-style", lang="fr", sep="\n", title="Grenoble : la piscine Jean-Bron fermera tout l’été pour un chantier de 6 millions d’euros", date="2026-04-14", page="""
skip|Aller au contenu principal
skip|Aller au menu
menu|Le Courrier des Alpes
menu|Menu
menu|Rechercher
login|Se connecter
paywall|S’abonner
edition|Mon édition : Isère - Grenoble et agglomération
edition|Changer d’édition
menu|Actualité
menu|Isère
menu|Savoie
menu|Haute-Savoie
menu|Hautes-Alpes
menu|Drôme-Ardèche
menu|Sports
menu|Loisirs
menu|Montagne
menu|Avis de décès
menu|Annonces légales
weather|Grenoble 14° / 6° Averses
breadcrumb|Accueil › Isère › Grenoble
section-label|Équipements sportifs
h1|Grenoble : la piscine Jean-Bron fermera tout l’été pour un chantier de 6 millions d’euros
lead|Fermé depuis l’automne pour un diagnostic, le bassin olympique du quartier Mistral ne rouvrira pas avant la rentrée. La Ville engage une rénovation complète de la toiture et du traitement de l’eau.
byline|Par Claire Vuillermoz
dateline|Le 14/04/2026 à 18:12
dateline|Modifié le 14/04/2026 à 19:40
reading-time|Temps de lecture : 3 min
share|Partager
share|Facebook
share|X
share|WhatsApp
share|Copier le lien
save|Ajouter à mes favoris
listen|Écouter cet article
listen|00:00 / 03:47
caption|Le bassin de 50 mètres, vidé depuis octobre, laisse apparaître les fissures de son carrelage d’origine.
credit|Photo Le CdA /Thomas Bérard
p|Les nageurs grenoblois devront encore patienter. La piscine Jean-Bron, fermée depuis octobre après la découverte d’infiltrations dans la charpente, ne rouvrira pas avant septembre, a annoncé mardi la municipalité lors d’une conférence de presse.
p|Le diagnostic réalisé cet hiver a confirmé ce que les agents redoutaient : une partie des poutres en bois lamellé-collé, posées lors de la construction en 1968, a été fragilisée par l’humidité et les vapeurs de chlore.
ad|Publicité
p|« Nous aurions pu rafistoler et rouvrir en juin. Nous avons préféré faire les choses une fois pour toutes », a expliqué l’adjoint aux sports, qui chiffre l’ensemble des travaux à 6,2 millions d’euros.
related|Lire aussi : Isère : les communes face à la flambée du coût de l’énergie dans les piscines
h2|Un nouveau système de traitement de l’eau
p|Au-delà de la toiture, le chantier prévoit le remplacement complet de la filtration, qui datait de la fin des années 1990. Le nouveau dispositif doit réduire de près d’un tiers la consommation d’eau et d’énergie de l’établissement.
p|Les vestiaires seront également réaménagés, avec des cabines accessibles aux personnes à mobilité réduite et un accès direct au bassin d’apprentissage.
h2|Les clubs relogés
p|Les trois clubs résidents, qui comptent près de 900 licenciés, seront accueillis dans les piscines d’Échirolles, Fontaine et Saint-Martin-d’Hères, selon un planning négocié avec la Métropole.
p|Les scolaires, eux, poursuivront leurs cycles de natation à la piscine des Dauphins, dont les horaires publics seront réduits le mercredi après-midi.
p|Pour l’été, la Ville promet d’élargir les horaires de la piscine en plein air Jean-Bron-Est et des deux bassins de quartier, ouverts dès le 20 juin.
subscribe|Soutenez l’information locale
subscribe|Profitez d’un accès illimité à tous nos articles pour 1 € le premier mois, sans engagement.
subscribe|Je m’abonne
tags|Grenoble  Sport  Natation  Travaux
comments|Réagir
comments|Vous devez être connecté pour commenter. Charte de modération
most-read|Les plus lus
most-read|1 Isère : un automobiliste flashé à 172 km/h sur la rocade sud
most-read|2 Chambéry : le marché de la place Saint-Léger déménage pendant les travaux
most-read|3 Vercors : un randonneur secouru après une nuit dans la neige
most-read|4 Annecy : ce que l’on sait du projet de téléphérique vers le Semnoz
most-read|5 Grenoble : la piscine Jean-Bron fermera tout l’été pour un chantier de 6 millions d’euros
obituary|Avis de décès
obituary|Consultez les avis de décès de votre région
obituary|Rechercher un défunt
teaser-list|À voir aussi
teaser-list|Échirolles : la fête du quartier Village 2 revient le 23 mai
teaser-list|Il y a 2 heures
teaser-list|Saint-Égrève : un nouveau parking relais au pied du tram E
teaser-list|Il y a 5 heures
sponsored|Contenu partenaire
sponsored|Isère : 5 idées de sorties en famille pour les vacances de printemps
newsletter|Recevez chaque matin l’essentiel de l’actualité de votre département
newsletter|Votre adresse e-mail
newsletter|Je m’inscris
app|Téléchargez l’application Le Courrier des Alpes
app|Disponible sur l’App Store et Google Play
footer|Le journal
footer|Qui sommes-nous ?
footer|Nous contacter
footer|Publier une annonce légale
footer|Publier un avis de décès
footer|Le journal numérique
footer|Mentions légales
footer|Conditions générales d’utilisation
footer|Politique de confidentialité
footer|Gestion des cookies
footer|Accessibilité : non conforme
copyright|© Le Courrier des Alpes 2026 - Tous droits réservés
cookie|Avec votre accord, nous et nos 214 partenaires utilisons des cookies ou technologies similaires pour stocker et accéder à des informations personnelles comme votre visite sur ce site.
cookie|Paramétrer les cookies
cookie|Accepter et fermer
cookie|Continuer sans accepter
"""),
 dict(id="le-dauphine-style-2", site="le-dauphine-style", lang="fr", sep="\n", title="Savoie : dans les Bauges, une fromagerie d’alpage relance la tomme au lait cru", date="2026-07-08", page="""
skip|Aller au contenu principal
skip|Aller au menu
menu|Le Courrier des Alpes
menu|Menu
menu|Rechercher
login|Se connecter
paywall|S’abonner
edition|Mon édition : Savoie - Chambéry, Aix-les-Bains
edition|Changer d’édition
menu|Actualité
menu|Isère
menu|Savoie
menu|Haute-Savoie
menu|Hautes-Alpes
menu|Drôme-Ardèche
menu|Sports
menu|Loisirs
menu|Montagne
menu|Avis de décès
menu|Annonces légales
weather|Chambéry 29° / 16° Ensoleillé
breadcrumb|Accueil › Savoie › Le Châtelard
section-label|Agriculture
paywall|Abonnés
h1|Savoie : dans les Bauges, une fromagerie d’alpage relance la tomme au lait cru
lead|À 1 400 mètres d’altitude, trois jeunes associés ont repris l’atelier d’un alpage abandonné depuis vingt ans. Leur première saison s’annonce prometteuse, malgré la sécheresse.
byline|Par Julien Pellarin
dateline|Le 08/07/2026 à 06:00
reading-time|Temps de lecture : 4 min
share|Partager
share|Facebook
share|X
share|WhatsApp
share|Copier le lien
save|Ajouter à mes favoris
listen|Écouter cet article
listen|00:00 / 04:31
caption|Mathilde, Lucas et Yanis devant la cave d’affinage, où reposent déjà près de 300 tommes.
credit|Photo Le CdA /J.P.
p|Il est 5 h 30 et le troupeau de 62 vaches tarines descend déjà vers la salle de traite. Sur l’alpage de la Combe, au-dessus du Châtelard, la journée commence avant le lever du soleil, comme autrefois.
p|Depuis le 1er juin, Mathilde, Lucas et Yanis, 27 ans de moyenne d’âge, y fabriquent chaque jour une dizaine de tommes au lait cru. L’atelier, construit dans les années 1950, n’avait plus servi depuis le départ en retraite du dernier alpagiste en 2006.
h2|Deux ans de travaux
p|« Il a fallu tout refaire : l’eau, l’électricité, la chaudière pour chauffer le lait », raconte Lucas, fils d’éleveur de la vallée. La commune, propriétaire du bâtiment, a financé une partie des travaux avec l’aide du parc naturel régional.
ad|Publicité
p|Les trois associés ont investi de leur côté près de 90 000 euros, notamment dans une cuve en cuivre et une cave d’affinage creusée à flanc de montagne.
related|Lire aussi : Sécheresse : les alpagistes savoyards inquiets pour la fin de saison
h2|Une saison sous la menace de la sécheresse
p|Le manque de pluie depuis la mi-juin inquiète pourtant les jeunes producteurs. Les sources qui alimentent les abreuvoirs baissent de semaine en semaine, et l’herbe jaunit déjà sur les pentes exposées au sud.
p|« Si ça continue, on devra descendre le troupeau début septembre, trois semaines plus tôt que prévu », prévient Mathilde.
h2|Où trouver leurs fromages
li|à la ferme, tous les jours de 16 h à 19 h ;
li|au marché du Châtelard, le samedi matin ;
li|dans deux épiceries d’Aix-les-Bains et de Chambéry.
p|La production de cette première saison, estimée à 2 500 tommes, devrait être entièrement vendue avant Noël.
paywall|Cet article est réservé aux abonnés
paywall|Vous avez atteint votre limite d’articles gratuits. Abonnez-vous pour 1 € le premier mois, sans engagement.
paywall|Je m’abonne
paywall|Déjà abonné ? Je me connecte
tags|Savoie  Agriculture  Montagne  Gastronomie
comments|Réagir
comments|Vous devez être connecté pour commenter. Charte de modération
most-read|Les plus lus
most-read|1 Haute-Savoie : le tunnel du Mont-Blanc fermé deux nuits cette semaine
most-read|2 Aix-les-Bains : la plage municipale interdite à la baignade après des analyses
most-read|3 Tour de France : les horaires de passage en Maurienne
most-read|4 Albertville : un incendie détruit un entrepôt de la zone du Chiriac
most-read|5 Chambéry : les travaux de la gare prolongés jusqu’en novembre
obituary|Avis de décès
obituary|Consultez les avis de décès de votre région
obituary|Rechercher un défunt
teaser-list|À voir aussi
teaser-list|Bauges : la route du col de Plainpalais fermée pour le passage du Tour
teaser-list|Il y a 1 heure
teaser-list|Saint-Pierre-d’Albigny : le festival des Nuits du château affiche complet
teaser-list|Hier à 21:15
sponsored|Contenu partenaire
sponsored|Savoie : comment bien préparer sa randonnée en haute montagne cet été
newsletter|Recevez chaque matin l’essentiel de l’actualité de votre département
newsletter|Votre adresse e-mail
newsletter|Je m’inscris
app|Téléchargez l’application Le Courrier des Alpes
app|Disponible sur l’App Store et Google Play
footer|Le journal
footer|Qui sommes-nous ?
footer|Nous contacter
footer|Publier une annonce légale
footer|Publier un avis de décès
footer|Le journal numérique
footer|Mentions légales
footer|Conditions générales d’utilisation
footer|Politique de confidentialité
footer|Gestion des cookies
footer|Accessibilité : non conforme
copyright|© Le Courrier des Alpes 2026 - Tous droits réservés
cookie|Avec votre accord, nous et nos 214 partenaires utilisons des cookies ou technologies similaires pour stocker et accéder à des informations personnelles comme votre visite sur ce site.
cookie|Paramétrer les cookies
cookie|Accepter et fermer
cookie|Continuer sans accepter
"""),
 dict(id="radio-okapi-style-1", site="radio-okapi-style", lang="fr", sep="\n\n", title="Kinshasa : les inondations de la nuit de mardi ont fait au moins 12 morts à Ngaliema", date="2026-03-18", page="""
skip|Aller au contenu principal
menu|Radio Mwinda
menu|La radio de la paix
menu|Accueil
menu|Actualité
menu|Politique
menu|Sécurité
menu|Santé
menu|Économie
menu|Sport
menu|Culture
menu|Environnement
menu|Émissions
menu|Grille des programmes
menu|Nos fréquences
watch|Écouter Radio Mwinda en direct
lang-switch|Français | English | Swahili | Lingala
search|Rechercher
ticker|À la une : Ituri : reprise des cours à Djugu après trois semaines d’interruption • Tshopo : les enseignants réclament leurs arriérés • Sud-Kivu : un bateau chavire sur le lac Kivu
breadcrumb|Accueil » Actualité » Environnement
h1|Kinshasa : les inondations de la nuit de mardi ont fait au moins 12 morts à Ngaliema
dateline|Publié le mer, 18/03/2026 - 11:24 | Modifié le mer, 18/03/2026 - 14:02
caption|Une avenue inondée dans la commune de Ngaliema à Kinshasa, le 18 mars 2026.
credit|Radio Mwinda/Patrick Nsimba
p|Au moins douze personnes sont mortes et plusieurs dizaines de maisons ont été détruites à la suite des pluies diluviennes qui se sont abattues dans la nuit de mardi 17 à mercredi 18 mars sur Kinshasa, principalement dans la commune de Ngaliema.
p|Selon le bourgmestre de Ngaliema, la plupart des victimes ont été surprises dans leur sommeil par l’effondrement de leurs maisons, construites sur des pentes sablonneuses le long de la rivière Lukunga.
p|« Nous avons déjà retiré douze corps des décombres. Les recherches continuent, car des familles signalent encore des disparus », a-t-il déclaré mercredi matin.
listen|Écouter
listen|Le bourgmestre de Ngaliema au micro de Radio Mwinda : 01'42"
p|Dans les quartiers Binza-Pigeon et Lukunga, les habitants ont passé la matinée à dégager la boue de leurs parcelles. Plusieurs tronçons de l’avenue de la Libération étaient encore impraticables à la mi-journée.
p|La société de distribution d’eau a également signalé des coupures dans une partie de la commune, après l’endommagement d’une conduite principale.
h2|Appel à quitter les zones à risque
p|Le gouvernement provincial a annoncé la prise en charge des frais funéraires des victimes et l’ouverture de deux sites d’accueil temporaires dans des écoles de la commune.
p|Il a de nouveau invité les habitants des zones déclarées inconstructibles, notamment les flancs de ravins, à les quitter avant le pic de la saison des pluies.
p|Des organisations de la société civile dénoncent de leur côté l’absence de curage des caniveaux et le lotissement anarchique des collines de l’ouest de la capitale.
tags|Étiquettes: Kinshasa, inondations, Ngaliema, pluies
share|Partager : Facebook Twitter WhatsApp E-mail
related|Lire aussi sur radiomwinda.net :
related|Kinshasa : la commune de Mont-Ngafula frappée par des érosions après de fortes pluies
related|Kinshasa : le gouvernement provincial lance le curage des collecteurs avant la saison des pluies
comments|Commentaires
comments|Radio Mwinda se réserve le droit de ne pas publier les commentaires injurieux, diffamatoires ou à caractère tribal.
comments|Ajouter un commentaire
most-read|Les plus lus
most-read|Nord-Kivu : des déplacés reçoivent des vivres à Minova
most-read|Kinshasa : les inondations de la nuit de mardi ont fait au moins 12 morts à Ngaliema
most-read|Linafoot : V.Club bat Lupopo et reprend la tête du championnat
most-read|Kasaï : une épidémie de rougeole signalée dans la zone de santé de Tshikapa
schedule|À l’antenne
schedule|11h00 – 12h00 : Dialogue entre Congolais
schedule|12h00 – 12h30 : Journal parlé
programme-guide|Voir toute la grille des programmes
about|Radio Mwinda est une radio de proximité soutenue par la Mission des Nations unies en RDC et une fondation suisse. Elle émet sur 32 fréquences FM à travers le pays.
footer|Qui sommes-nous | Nos fréquences | Contacts | Conditions d’utilisation | Plan du site
copyright|© 2026 Radio Mwinda. Tous droits réservés.
"""),
 dict(id="radio-okapi-style-2", site="radio-okapi-style", lang="fr", sep="\n\n", title="Nord-Kivu : des enseignants de Beni formés à l’accompagnement des élèves déplacés", date="2026-06-02", page="""
skip|Aller au contenu principal
menu|Radio Mwinda
menu|La radio de la paix
menu|Accueil
menu|Actualité
menu|Politique
menu|Sécurité
menu|Santé
menu|Économie
menu|Sport
menu|Culture
menu|Environnement
menu|Émissions
menu|Grille des programmes
menu|Nos fréquences
watch|Écouter Radio Mwinda en direct
lang-switch|Français | English | Swahili | Lingala
search|Rechercher
ticker|À la une : Kinshasa : hausse du prix du transport en commun sur le boulevard Lumumba • Haut-Katanga : les creuseurs artisanaux de Kipushi en grève • Basket : le DCMP sacré champion
breadcrumb|Accueil » Actualité » Éducation
h1|Nord-Kivu : des enseignants de Beni formés à l’accompagnement des élèves déplacés
dateline|Publié le mar, 02/06/2026 - 16:48 | Modifié le mar, 02/06/2026 - 16:48
caption|Des enseignants en formation à Beni (Nord-Kivu). Photo d’illustration.
credit|Droits tiers
p|Une soixantaine d’enseignants des écoles primaires de la ville de Beni, au Nord-Kivu, ont achevé mardi 2 juin une formation de cinq jours sur l’accueil et l’accompagnement des enfants déplacés par les violences.
p|Organisée par la sous-division provinciale de l’Enseignement primaire avec l’appui d’une ONG locale, cette session a porté notamment sur le soutien psychosocial et les méthodes de rattrapage scolaire.
p|Selon les organisateurs, plus de 7 000 élèves déplacés sont inscrits cette année dans les écoles de la ville, souvent dans des classes déjà surchargées.
h2|Des classes de plus de 90 élèves
p|« Dans certaines écoles, nous avons jusqu’à 95 élèves par classe. Les enfants qui arrivent ont parfois perdu une ou deux années d’études », explique une directrice d’école du quartier Mabolio.
listen|Écouter
listen|Reportage de Jean-Paul Kahindo : 02'15"
p|Les enseignants formés ont appris à repérer les signes de traumatisme chez les enfants et à les orienter vers les structures de prise en charge.
p|Ils recevront également un kit pédagogique comprenant des manuels de lecture et de calcul adaptés aux élèves en retard.
h2|Plaidoyer pour de nouvelles salles
p|Les participants ont plaidé pour la construction de salles de classe supplémentaires et pour la prise en charge des enseignants non payés, qui représentent près d’un tiers du personnel dans certaines écoles de Beni.
p|La sous-division promet de transmettre ces doléances à la division provinciale avant la prochaine rentrée scolaire.
tags|Étiquettes: Nord-Kivu, Beni, éducation, déplacés
share|Partager : Facebook Twitter WhatsApp E-mail
related|Lire aussi sur radiomwinda.net :
related|Nord-Kivu : plus de 40 écoles fermées dans le territoire de Lubero
related|Beni : les élèves déplacés passent l’examen d’État dans des conditions difficiles
comments|Commentaires
comments|Radio Mwinda se réserve le droit de ne pas publier les commentaires injurieux, diffamatoires ou à caractère tribal.
comments|Ajouter un commentaire
most-read|Les plus lus
most-read|Kinshasa : hausse du prix du transport en commun sur le boulevard Lumumba
most-read|Ituri : 18 civils tués dans une attaque à Djugu
most-read|Examen d’État 2026 : les dates de la session ordinaire fixées
most-read|Nord-Kivu : des enseignants de Beni formés à l’accompagnement des élèves déplacés
schedule|À l’antenne
schedule|16h30 – 17h00 : Okoka ? Le magazine des jeunes
schedule|17h00 – 17h30 : Journal en swahili
programme-guide|Voir toute la grille des programmes
about|Radio Mwinda est une radio de proximité soutenue par la Mission des Nations unies en RDC et une fondation suisse. Elle émet sur 32 fréquences FM à travers le pays.
footer|Qui sommes-nous | Nos fréquences | Contacts | Conditions d’utilisation | Plan du site
copyright|© 2026 Radio Mwinda. Tous droits réservés.
"""),
 dict(id="fiji-times-style-1", site="fiji-times-style", lang="en", sep="\n\n", title="Nadi market vendors move into new $4.2m complex", date="2026-02-20", page="""
timestamp|Friday, February 20, 2026
weather|Suva 29°C Partly cloudy
menu|Subscribe
login|Log in
epaper|E-Edition
menu|The Pacific Dispatch
menu|Fiji's most trusted news since 1921
menu|Home
menu|News
menu|Fiji News
menu|World
menu|Business
menu|Sport
menu|Rugby
menu|Opinion
menu|Letters
menu|Features
menu|Classifieds
menu|Obituaries
ticker|FOREX: FJD/USD 0.4412 | FJD/AUD 0.6710 | FJD/NZD 0.7405 | FJD/EUR 0.4083
ad|ADVERTISEMENT
breadcrumb|Home / Fiji News
h1|Nadi market vendors move into new $4.2m complex
byline|Mereani Tuilagi
dateline|Friday, February 20, 2026 - 5:00 am
share|Share
share|Facebook
share|Twitter
share|Email
share|Print
caption|Vendors set up their stalls at the new Nadi Municipal Market yesterday.
credit|Picture: WAISEA NASOKIA
p|MORE than 300 vendors began trading yesterday at the new Nadi Municipal Market complex, ending almost two years of selling from a temporary site beside the bus station.
p|The two-storey building, built at a cost of $4.2 million, has covered stalls for fresh produce, a separate section for root crops and kava, and a handicraft floor for vendors who sell to tourists.
p|Nadi Town Council special administrator Ratu Jone Delai said the complex had been designed after consultations with vendors, many of whom had complained about flooding at the old market.
p|"We listened to the mothers who sit here from four in the morning. They asked for clean toilets, running water and a roof that does not leak, and that is what we have tried to give them," he said.
ad|ADVERTISEMENT
p|Vendor Salote Ravuso, who sells dalo and cassava, said she had been selling at the market for 26 years.
p|"At the temporary site we were under tarpaulin. When it rained, our produce got wet and customers stayed away. Today it feels like a new beginning," she said.
h2|Stall fees unchanged
p|The council said stall fees would remain at $3 a day for the first six months to help vendors settle in.
p|Mr Delai said the council would review parking around the market after complaints from taxi drivers about congestion on Hospital Rd.
p|The complex will be officially opened by the Minister for Local Government next month.
tags|Tags: Nadi, market, vendors, local government
nav|Previous article: Fire destroys home in Nasinu
nav|Next article: Drua name squad for Waratahs clash
related|You may also like
related|Lautoka market upgrade plans unveiled
related|Vendors urged to register before new season
related|Sigatoka market to get solar power
ad|ADVERTISEMENT
most-read|Most Read
most-read|Man charged over Nausori break-in
most-read|Fiji dollar steady against major currencies
most-read|Drua name squad for Waratahs clash
most-read|Letters to the Editor: Friday, February 20, 2026
lotto|Lotto results: Saturday draw 4, 11, 19, 27, 33, 38 Bonus 21
notices|Public Notices
notices|Funeral notices and In Memoriam
comments|Leave a Reply
comments|You must be logged in to post a comment.
footer|About Us
footer|Contact Us
footer|Advertise
footer|Subscriptions
footer|Terms of Use
footer|Privacy Policy
address|The Pacific Dispatch Ltd, 177 Victoria Parade, Suva, Fiji. Phone: (679) 330 0000
copyright|Copyright © 2026 The Pacific Dispatch Ltd. All rights reserved.
"""),
 dict(id="fiji-times-style-2", site="fiji-times-style", lang="en", sep="\n\n", title="Taveuni farmers count cost of dry spell as kava prices climb", date="2026-09-11", page="""
timestamp|Friday, September 11, 2026
weather|Suva 25°C Showers
menu|Subscribe
login|Log in
epaper|E-Edition
menu|The Pacific Dispatch
menu|Fiji's most trusted news since 1921
menu|Home
menu|News
menu|Fiji News
menu|World
menu|Business
menu|Sport
menu|Rugby
menu|Opinion
menu|Letters
menu|Features
menu|Classifieds
menu|Obituaries
ticker|FOREX: FJD/USD 0.4398 | FJD/AUD 0.6688 | FJD/NZD 0.7431 | FJD/EUR 0.4071
ad|ADVERTISEMENT
breadcrumb|Home / Business
h1|Taveuni farmers count cost of dry spell as kava prices climb
byline|Sitiveni Koroi
byline|Northern Bureau
dateline|Friday, September 11, 2026 - 5:00 am
share|Share
share|Facebook
share|Twitter
share|Email
share|Print
caption|A farmer inspects young yaqona plants on his farm in Somosomo, Taveuni.
credit|Picture: SITIVENI KOROI
p|KAVA farmers on Taveuni say a four-month dry spell has stunted young plants and could cut next year's harvest by as much as a third.
p|The warning comes as the price of dried waka at the municipal markets in Suva and Labasa has climbed to between $110 and $130 a kilogram, the highest level since 2022.
p|Farmer Viliame Naivalu of Somosomo said he had lost more than 400 young plants since May.
p|"The soil is too dry and the new plants just give up. We carried water in drums from the creek but it was not enough," he said.
ad|ADVERTISEMENT
h2|Ministry assessment
p|The Ministry of Agriculture said its officers on the island were carrying out an assessment of the damage, which would be presented to Cabinet.
p|A ministry spokesperson said farmers could apply for assistance under the following programmes:
li|the farm rehabilitation package for planting material;
li|the small grants scheme for water tanks;
li|the crop insurance pilot for registered growers.
p|The Fiji Meteorological Service said rainfall in the Northern Division had been below normal since April and forecast near-normal rain from October.
p|Exporters say high prices at home could also affect shipments to New Zealand, Australia and the United States, where demand for Fiji kava remains strong.
tags|Tags: Taveuni, kava, agriculture, drought
nav|Previous article: New principal for Labasa College
nav|Next article: Tourism earnings up 6 per cent
related|You may also like
related|Kava exporters eye new markets in Asia
related|Farmers urged to plant drought-tolerant crops
related|Cabinet approves farm assistance package
ad|ADVERTISEMENT
most-read|Most Read
most-read|Police investigate Lami road crash
most-read|Tourism earnings up 6 per cent
most-read|Fijiana 7s name squad for Dubai
most-read|Taveuni farmers count cost of dry spell as kava prices climb
lotto|Lotto results: Saturday draw 2, 9, 14, 22, 31, 40 Bonus 17
notices|Public Notices
notices|Funeral notices and In Memoriam
comments|Leave a Reply
comments|You must be logged in to post a comment.
footer|About Us
footer|Contact Us
footer|Advertise
footer|Subscriptions
footer|Terms of Use
footer|Privacy Policy
address|The Pacific Dispatch Ltd, 177 Victoria Parade, Suva, Fiji. Phone: (679) 330 0000
copyright|Copyright © 2026 The Pacific Dispatch Ltd. All rights reserved.
"""),
 dict(id="rnz-style-1", site="rnz-style", lang="en", sep="\n", title="Dunedin bus drivers to strike on Monday after pay talks stall", date="2026-05-22", page="""
skip|Skip to content
skip|Skip to navigation
menu|Kōrero Aotearoa
menu|Public Radio New Zealand
watch|Listen live
menu|National
menu|Concert
menu|Pacific
menu|Podcasts & Series
menu|Programmes
menu|Schedules
menu|Search
login|Log in
menu|Navigation for News Categories
menu|New Zealand
menu|World
menu|Politics
menu|Pacific
menu|Te Ao Māori
menu|Sport
menu|Business
menu|Country
menu|Local Democracy Reporting
menu|Comment & Analysis
menu|In Depth
menu|Weather
section-label|New Zealand
h1|Dunedin bus drivers to strike on Monday after pay talks stall
dateline|2:18 pm on 22 May 2026
share|Share this
share|Share on Twitter
share|Share on Facebook
share|Share via email
share|Share on Reddit
share|Share on LinkedIn
byline|Hana Whitcombe, Otago reporter
social|@hanawhitcombe
caption|Dunedin's central bus hub on Great King Street.
credit|Photo: RNZ / Hana Whitcombe
lead|Bus services across Dunedin will stop for 24 hours on Monday, with the drivers' union saying the operator has refused to lift its pay offer.
p|About 140 drivers employed by the city's main bus contractor voted overwhelmingly to strike after six months of negotiations failed to produce a deal.
p|The union is asking for an hourly rate of $30.50, while the company has offered $28.90, an increase of just under 4 percent.
listen|Listen duration 4′ 06″
listen|Add to playlist
listen|Download: Ogg MP3 ( 4′ 06″ )
listen|Play now
p|Union organiser Mere Tipene said drivers had been working split shifts of up to 13 hours and many were struggling with rent in the city.
p|"Nobody wants to leave students and workers stranded. But our members have been patient for half a year and they've run out of patience," she said.
h2|Regional council 'disappointed'
p|Otago Regional Council, which funds the network, said it was disappointed by the action and urged both sides to return to mediation.
p|Its transport manager said the council could not intervene directly in an employment dispute between a private contractor and its staff.
p|The company said in a statement that its offer was "fair and in line with settlements elsewhere in the South Island", and that it remained open to talks.
p|Orbus school services will also be affected. The council advised parents to make other arrangements for Monday.
h2|What commuters need to know
li|No urban services will run from 4am Monday until 4am Tuesday.
li|The Mosgiel and Port Chalmers routes are included.
li|Total Mobility taxi vouchers remain valid.
related|Related Stories
related|Wellington bus drivers accept new pay deal
related|8 Apr 2026
related|Otago council approves fare rise for buses
related|12 Mar 2026
tags|Topics: transport, employment, Otago
app|Get the RNZ app for ad-free news and current affairs
newsletter|Sign up for Ngā Pitopito Kōrero, a daily newsletter curated by our editors and delivered straight to your inbox every weekday.
newsletter|Subscribe
copyright|Copyright © 2026, Public Radio New Zealand
teaser-list|Top News
teaser-list|Inflation eases to 2.6 percent in March quarter
teaser-list|Flooding closes State Highway 6 north of Haast
teaser-list|Black Ferns name 32-strong squad for July tests
teaser-list|Other stories from New Zealand
teaser-list|Crews battle scrub fire near Twizel
teaser-list|Hamilton man jailed over fatal crash
footer|About Public Radio New Zealand
footer|Contact us
footer|Careers
footer|Editorial policies
footer|Complaints
footer|Terms of use
footer|Privacy
footer|Te reo Māori
lang-switch|English | Te Reo Māori
"""),
 dict(id="rnz-style-2", site="rnz-style", lang="en", sep="\n", title="Kaikōura council votes to keep water fluoridation despite petition", date="2026-08-05", page="""
skip|Skip to content
skip|Skip to navigation
menu|Kōrero Aotearoa
menu|Public Radio New Zealand
watch|Listen live
menu|National
menu|Concert
menu|Pacific
menu|Podcasts & Series
menu|Programmes
menu|Schedules
menu|Search
login|Log in
menu|Navigation for News Categories
menu|New Zealand
menu|World
menu|Politics
menu|Pacific
menu|Te Ao Māori
menu|Sport
menu|Business
menu|Country
menu|Local Democracy Reporting
menu|Comment & Analysis
menu|In Depth
menu|Weather
section-label|Local Democracy Reporting
h1|Kaikōura council votes to keep water fluoridation despite petition
dateline|11:05 am on 5 August 2026
share|Share this
share|Share on Twitter
share|Share on Facebook
share|Share via email
share|Share on Reddit
share|Share on LinkedIn
byline|Tom Marsden, Local Democracy Reporting journalist
caption|Kaikōura's main water treatment plant.
credit|Photo: LDR / Tom Marsden
lead|Kaikōura District Council has voted 5-2 to keep fluoride in the town's water supply, after a petition signed by more than 600 residents asked it to stop.
p|The decision came after a three-hour meeting on Tuesday at which 17 members of the public spoke, most of them against fluoridation.
p|Councillors were told the council had no legal power to stop, because a director-general of health's directive issued in 2025 required it to fluoridate.
p|Mayor Craig Mackle said he understood the strength of feeling in the community but the council had to follow the law.
p|"Whatever our personal views, we are not in a position to ignore a legal direction. Doing so would expose ratepayers to fines," he said.
h2|Petitioners consider next steps
p|Petition organiser Aroha Kingi said the group was disappointed and would consider writing to the Minister of Health.
p|"We're not anti-science. We just want the community to have a say in what goes into our water," she said.
p|Two councillors voted against, saying they wanted the council to seek a formal exemption.
p|The council said the cost of running the fluoridation equipment, about $38,000 a year, was covered by a government subsidy until 2028.
funding-note|LDR is local body journalism co-funded by RNZ and NZ On Air.
related|Related Stories
related|Councils told to fluoridate water by 2026
related|3 Nov 2025
tags|Topics: health, local government, Canterbury
app|Get the RNZ app for ad-free news and current affairs
newsletter|Sign up for Ngā Pitopito Kōrero, a daily newsletter curated by our editors and delivered straight to your inbox every weekday.
newsletter|Subscribe
copyright|Copyright © 2026, Public Radio New Zealand
teaser-list|Top News
teaser-list|Snow closes Desert Road as cold snap hits central North Island
teaser-list|Government confirms new Interislander ferry order
teaser-list|Warriors beat Storm in golden point thriller
teaser-list|Other stories from New Zealand
teaser-list|Nelson library to reopen after earthquake strengthening
teaser-list|Rotorua motel owners fined over emergency housing claims
footer|About Public Radio New Zealand
footer|Contact us
footer|Careers
footer|Editorial policies
footer|Complaints
footer|Terms of use
footer|Privacy
footer|Te reo Māori
lang-switch|English | Te Reo Māori
"""),
]
