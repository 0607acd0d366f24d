# Round 31: eight pages on four more layouts (a Mauritanian French-language news site, an Irish national daily, a
# Québec tabloid daily's site, a Ugandan daily news portal), written blind: without looking at the classifier, its
# rules or the benchmark, measured once. Each line: "label|text". Invented text; no real article is copied.
ROUND31 = [
 dict(id="mauritanie-presse-1", site="mauritanie-presse", lang="fr", sep="\n", title="Nouakchott : la Société nationale de l’eau promet la fin des coupures dans les quartiers nord avant juillet", date="2025-06-10", page="""
lang-switch|العربية | Français
timestamp|Mardi 10 juin 2025 – 14 Dhou al-hijja 1446
ticker|Heures de prière à Nouakchott : Fajr 05:11 | Dhohr 13:47 | Asr 17:14 | Maghrib 20:21 | Icha 21:42
menu|NOUAKCHOTT EXPRESS
menu|L’information mauritanienne en continu
menu|Accueil
menu|National
menu|Politique
menu|Économie
menu|Société
menu|Régions
menu|International
menu|Sport
menu|Tribunes
menu|Communiqués
menu|Vidéos
weather|Nouakchott 36°C – Vent de sable
ticker|Dernière minute : Le Conseil des ministres examine le projet de loi sur le foncier rural • Kaédi : un camion-citerne se renverse sur la route de l’Espoir • BAC 2025 : les épreuves écrites débutent le 30 juin
ad|Publicité
ad|Sahel Télécom – Le forfait Internet 4G à 100 MRU par semaine. Composez *123#
section-label|Société
h1|Nouakchott : la Société nationale de l’eau promet la fin des coupures dans les quartiers nord avant juillet
dateline|mar, 10/06/2025 - 11:26
views|1 843 lectures
font|A+ A-
share|Facebook Twitter WhatsApp
p|Les habitants de Toujounine, de Dar Naïm et de Teyarett devraient retrouver un approvisionnement régulier en eau potable avant le début du mois de juillet, a assuré lundi le directeur général de la Société nationale de l’eau lors d’une visite des chantiers en cours.
p|Depuis la mi-mai, plusieurs quartiers du nord de la capitale ne reçoivent l’eau du robinet qu’un jour sur deux, parfois moins. Les familles se rabattent sur les charrettes tirées par des ânes, dont le prix du fût de 200 litres est passé de 50 à 120 ouguiyas en quelques semaines.
caption|Le directeur général de la société visitant la nouvelle station de pompage de Dar Naïm, lundi (Photo : Nouakchott Express)
p|Selon la direction, les perturbations sont dues à la rupture d’une conduite principale sur l’axe Idini–Nouakchott et à la hausse de la consommation avec les premières chaleurs.
h2|Une nouvelle station de pompage
p|Les travaux engagés comprennent le remplacement de 14 kilomètres de canalisations vétustes et la mise en service d’une station de pompage d’une capacité de 20 000 mètres cubes par jour.
p|« Les équipes travaillent de jour comme de nuit. Nous serons au rendez-vous avant la fin du mois », a déclaré le directeur général devant la presse.
read-also|Lire aussi : Pénurie d’eau à Arafat : les habitants manifestent devant la mairie
p|En attendant, la société a annoncé le déploiement de trente camions-citernes qui desserviront gratuitement les quartiers les plus touchés, selon un calendrier affiché dans les mairies.
p|Des habitants rencontrés à Toujounine restent sceptiques. « On nous fait la même promesse chaque été », confie Mariem, mère de cinq enfants, qui dit consacrer près d’un quart du budget du foyer à l’achat d’eau.
p|Le ministère de l’Hydraulique a, de son côté, indiqué qu’un numéro vert serait mis en place pour signaler les fuites et les coupures.
signature|Mohamed Lemine Ould Sidi
tags|Mots clés : eau potable, Nouakchott, Toujounine, Dar Naïm
share|Partager cet article : Facebook | Twitter | WhatsApp | Email
print|Imprimer
comments|Commentaires
comments|Ajouter un commentaire
comments|Votre nom
comments|Votre commentaire
comments|Envoyer
disclaimer|Les commentaires sont publiés sous la seule responsabilité de leurs auteurs. Nouakchott Express se réserve le droit de supprimer tout propos injurieux, raciste ou diffamatoire.
related|Articles similaires
related|Rosso : une unité de potabilisation inaugurée au quartier Satara
related|Canicule : le ministère de la Santé recommande d’éviter les sorties entre 12 h et 16 h
related|Kiffa : la population réclame le raccordement au réseau d’Aftout Echarghi
most-read|Les plus lus
most-read|Concours de la fonction publique : les résultats publiés
most-read|Tasiast : la production d’or en hausse de 12 % au premier trimestre
most-read|Nouadhibou : saisie record de cocaïne au large du Cap Blanc
most-read|Zouerate : accident mortel sur la route de la mine
ticker|Taux de change BCM : 1 € = 45,12 MRU | 1 $ = 39,76 MRU
ad|Annonces légales – Avis d’appel d’offres n° 014/2025 relatif à la fourniture de compteurs d’eau
footer|Qui sommes-nous ? | Contactez-nous | Publicité | Envoyez vos communiqués
footer|Nouakchott Express – Tevragh Zeina, Ilot C, Nouakchott – Mauritanie – Tél : +222 45 00 00 00
copyright|© 2025 Nouakchott Express. Toute reproduction, même partielle, est interdite sans autorisation.
"""),
 dict(id="mauritanie-presse-2", site="mauritanie-presse", lang="fr", sep="\n", title="Nouadhibou : les pêcheurs artisanaux demandent le report de l’arrêt biologique", date="2025-09-23", page="""
lang-switch|العربية | Français
timestamp|Mardi 23 septembre 2025 – 1er Rabi’ al-thani 1447
ticker|Heures de prière à Nouakchott : Fajr 06:03 | Dhohr 13:40 | Asr 17:04 | Maghrib 19:48 | Icha 21:00
menu|NOUAKCHOTT EXPRESS
menu|L’information mauritanienne en continu
menu|Accueil
menu|National
menu|Politique
menu|Économie
menu|Société
menu|Régions
menu|International
menu|Sport
menu|Tribunes
menu|Communiqués
menu|Vidéos
weather|Nouakchott 33°C – Ensoleillé
ticker|Dernière minute : Mourabitounes : la liste des 24 joueurs convoqués pour le match contre le Togo • Aleg : les pluies endommagent une centaine d’habitations • Rentrée scolaire fixée au 6 octobre
ad|Publicité
ad|Banque du Sahel et de l’Atlantique – Ouvrez votre compte en ligne, sans frais la première année
section-label|Économie
h1|Nouadhibou : les pêcheurs artisanaux demandent le report de l’arrêt biologique
dateline|mar, 23/09/2025 - 09:58
views|962 lectures
font|A+ A-
share|Facebook Twitter WhatsApp
dateline|Nouadhibou – De notre correspondant
p|Plusieurs centaines de pêcheurs artisanaux se sont rassemblés lundi matin devant la délégation régionale du ministère des Pêches à Nouadhibou pour demander que l’arrêt biologique prévu le 1er octobre soit repoussé de deux semaines.
p|Les manifestants estiment que la saison a été écourtée par les mauvaises conditions en mer au mois d’août et que de nombreuses pirogues n’ont pas pu rembourser les dettes contractées pour le carburant et les filets.
p|« Nous ne sommes pas contre le repos biologique, nous savons qu’il protège le poulpe. Mais cette année, nous n’avons presque pas travaillé », explique Ahmed Salem, propriétaire de deux pirogues au port artisanal.
caption|Des pirogues à quai au port artisanal de Nouadhibou (Archives)
h2|Ce que demandent les pêcheurs
li|un report de quinze jours du début de l’arrêt biologique ;
li|une aide en carburant pour la reprise de la saison ;
li|une meilleure surveillance des chalutiers étrangers dans la zone réservée à la pêche artisanale.
p|Le délégué régional a reçu une délégation de cinq représentants. Il a promis de transmettre leurs doléances à Nouakchott, tout en rappelant que la date de l’arrêt est fixée sur la base des avis scientifiques de l’institut de recherches océanographiques.
p|Selon les chiffres de la fédération nationale de la pêche artisanale, le secteur fait vivre directement plus de 50 000 personnes, dont une grande partie à Nouadhibou.
read-also|Lire aussi : Pêche : les exportations de poulpe en recul de 8 % sur le premier semestre
p|Le ministère n’avait pas encore réagi officiellement mardi matin.
signature|Correspondance particulière
tags|Mots clés : pêche artisanale, Nouadhibou, poulpe, arrêt biologique
share|Partager cet article : Facebook | Twitter | WhatsApp | Email
print|Imprimer
comments|Commentaires (3)
comments|Sidi Brahim – 23/09/2025 à 10:41
comments|Les chalutiers pillent nos eaux et on punit les petits pêcheurs. Toujours la même histoire.
comments|Répondre
comments|Ajouter un commentaire
comments|Votre nom
comments|Votre commentaire
comments|Envoyer
disclaimer|Les commentaires sont publiés sous la seule responsabilité de leurs auteurs. Nouakchott Express se réserve le droit de supprimer tout propos injurieux, raciste ou diffamatoire.
related|Articles similaires
related|Port autonome de Nouadhibou : le trafic de conteneurs en hausse
related|Le gouvernement fixe les nouveaux quotas de pêche pour les navires étrangers
most-read|Les plus lus
most-read|Bac 2025 : le taux de réussite national publié
most-read|Tempête de sable : vols perturbés à l’aéroport de Nouakchott-Oumtounsy
most-read|Ould Bah nommé sélectionneur adjoint des Mourabitounes
ticker|Taux de change BCM : 1 € = 46,84 MRU | 1 $ = 39,91 MRU
obituary|Nécrologie : Décès à Atar de l’ancien député Cheikh Ould Mahmoud – Condoléances
footer|Qui sommes-nous ? | Contactez-nous | Publicité | Envoyez vos communiqués
footer|Nouakchott Express – Tevragh Zeina, Ilot C, Nouakchott – Mauritanie – Tél : +222 45 00 00 00
copyright|© 2025 Nouakchott Express. Toute reproduction, même partielle, est interdite sans autorisation.
"""),
 dict(id="irish-examiner-style-1", site="irish-examiner-style", lang="en", sep="\n\n", title="Dublin Bus to trial tap-on card payments on 12 routes from March", date="2025-02-11", page="""
cookie|We value your privacy
cookie|We and our partners store and/or access information on a device, such as cookies, and process personal data, such as unique identifiers and standard information sent by a device for personalised advertising and content, advertising and content measurement, audience research and services development.
cookie|You can change your choices at any time by clicking "Cookie Settings" at the bottom of the page.
cookie|I ACCEPT
cookie|REJECT ALL
cookie|MORE OPTIONS
skip-link|Skip to main content
timestamp|Tuesday, February 11, 2025
menu|THE IRISH LEDGER
login|Sign In
paywall|Subscribe – €1 for your first 3 months
epaper|Today's Paper
menu|News
menu|Sport
menu|Business
menu|Opinion
menu|Lifestyle
menu|Property
menu|Farming
menu|Puzzles
menu|Podcasts
menu|Death Notices
menu|Ireland  World  Politics  Courts  Crime  Health  Education  Transport
section-label|Ireland
h1|Dublin Bus to trial tap-on card payments on 12 routes from March
lead|Passengers will be able to pay with a bank card or phone instead of a Leap card, with fares capped at the daily Leap rate
byline|Niamh Ó Dálaigh
byline|Transport Correspondent
dateline|Tue, 11 Feb, 2025 - 06:00
share|Share
font|Aa
listen|Listen to this article
listen|Listen 4:12
listen|Powered by Trinity Audio
caption|A Dublin Bus on O'Connell Street. The trial will begin on routes serving the city centre and the airport. Picture: Sam Boal
p|Dublin Bus passengers on a dozen routes will be able to pay their fare by tapping a bank card or smartphone from next month, under a trial announced by the National Transport Authority.
p|The pilot, which starts on March 3, will cover routes including the 15, the 16, the 39a and the 46a, as well as the Airlink services from Dublin Airport.
p|Passengers who tap on with a contactless card will be charged the same fare as a Leap card user, and the authority said daily and weekly caps would apply, so that nobody would pay more than they would with a Leap card over the same period.
ad|Advertisement
ad|Article continues below
p|The authority said the move was aimed at occasional users and visitors, who currently have to buy a Leap card or pay in coins on board, with no change given.
related|Read More
related|Bus Connects: new cross-city route to launch in Tallaght in April
h2|Faster boarding
p|Drivers' representatives have long argued that cash payments slow down boarding at busy stops. The authority estimates that around one in ten fares on the routes in the trial are still paid in cash.
p|"Anything that gets people on board quicker is a good thing for everyone on the bus," said a spokesperson for the National Bus and Rail Union, who added that drivers would need proper training on the new readers.
p|If the trial is successful, tap-on payments are expected to be extended to all Dublin Bus and Go-Ahead Ireland routes in the capital by the end of the year, and later to Bus Éireann city services in Cork, Limerick, Galway and Waterford.
p|The Leap card will remain in use, and students, children and older passengers with free travel passes will continue to use their existing cards.
ad|Advertisement
tags|Dublin Bus  Transport  NTA  Public transport
share|Share this article
share|Facebook  X  WhatsApp  Email  Copy link
teaser-list|More in this section
teaser-list|Gardaí seek witnesses after man injured in Drogheda assault
teaser-list|HSE says flu cases have passed their peak for the winter
teaser-list|Applications open for third round of solar panel grant scheme
newsletter|Lunchtime News
newsletter|Keep up with the stories of the day with our lunchtime news wrap.
newsletter|Enter your email
newsletter|Sign up
disclaimer|By clicking Sign Up, you confirm that you have read and accept our Privacy Policy. You can unsubscribe at any time.
sponsored|Sponsored
sponsored|Five things to know before you switch your energy supplier this spring
sponsored|In association with Brightwave Energy
most-read|Most Read in Ireland
most-read|1. Met Éireann issues status yellow wind warning for five counties
most-read|2. Woman (80s) dies after house fire in Co Mayo
most-read|3. Leaving Cert oral exams: what students need to know
teaser-list|4. Dublin Bus to trial tap-on card payments on 12 routes from March
most-read|5. Teachers' union threatens ballot over classroom assistants
obituary|Death Notices
obituary|Browse the latest death notices from across Ireland
obituary|Search notices
games|Puzzles: Crossword, Sudoku, Wordsearch – Play now
footer|About Us  Contact Us  Advertise  Careers  Terms & Conditions  Privacy Statement  Cookie Policy  Cookie Settings  Complaints Procedure
press-council|The Irish Ledger supports the work of the Press Council of Ireland and the Office of the Press Ombudsman. Our journalists strive for the highest standards. If you are dissatisfied with a story, you can contact us or the Press Ombudsman.
app|Download the Irish Ledger app on the App Store and Google Play
copyright|© Irish Ledger Media Ltd, Ledger House, Penrose Wharf, Cork. Registered in Ireland: 523712.
"""),
 dict(id="irish-examiner-style-2", site="irish-examiner-style", lang="en", sep="\n\n", title="Farmers warn of fodder shortage after wettest autumn in three decades", date="2025-11-19", page="""
cookie|We value your privacy
cookie|We and our partners store and/or access information on a device, such as cookies, and process personal data, such as unique identifiers and standard information sent by a device for personalised advertising and content, advertising and content measurement, audience research and services development.
cookie|You can change your choices at any time by clicking "Cookie Settings" at the bottom of the page.
cookie|I ACCEPT
cookie|REJECT ALL
cookie|MORE OPTIONS
skip-link|Skip to main content
timestamp|Wednesday, November 19, 2025
menu|THE IRISH LEDGER
login|Sign In
paywall|Subscribe – €1 for your first 3 months
epaper|Today's Paper
menu|News
menu|Sport
menu|Business
menu|Opinion
menu|Lifestyle
menu|Property
menu|Farming
menu|Puzzles
menu|Podcasts
menu|Death Notices
menu|Farming News  Beef  Dairy  Tillage  Marts  Machinery  Farm Safety
section-label|Farming
section-label|Premium
h1|Farmers warn of fodder shortage after wettest autumn in three decades
lead|Cattle housed weeks early in the west and north-west as silage stocks run low
byline|Conor Mac Giolla Rua
dateline|Wed, 19 Nov, 2025 - 19:30
share|Share
font|Aa
listen|Listen to this article
listen|Listen 5:03
listen|Powered by Trinity Audio
paywall|Thank you for being a subscriber. You are reading a Premium article.
p|Farmers in the west and north-west have warned that many herds could run short of winter feed by February, after the wettest autumn in more than 30 years forced them to bring cattle indoors up to six weeks earlier than usual.
p|Met Éireann figures show that rainfall in September and October was more than 170% of the long-term average at several stations in Connacht and Donegal, leaving land too soft for grazing.
caption|Cattle on a waterlogged farm near Ballinasloe, Co Galway. Many herds have been housed since early October. Picture: Ray Ryan
p|"Every week a cow is inside is a week of silage gone," said Pádraig Ó Conaill, who farms 90 suckler cows near Belmullet. "I have enough to get me to the end of January, and after that I don't know."
h2|Price of bales rising
p|Merchants say the price of a round bale of silage has risen from around €25 to as much as €45 in some parts of the country, and hay is becoming hard to find at any price.
ad|Advertisement
ad|Article continues below
p|The Irish Farmers' Association has called on the Minister for Agriculture to set up a fodder transport scheme, similar to the one introduced in 2018, to help move surplus feed from the south and east.
related|Read More
related|Mart prices: weanling trade holds firm despite weather
p|The association's livestock chair said farmers should carry out a fodder budget now, rather than wait until stocks run out.
h2|What farmers are advised to do
li|Count bales and measure pits to work out how many weeks of feed are left.
li|Sell or finish surplus stock early where possible.
li|Talk to an adviser or the local co-op about concentrates and alternative feeds.
li|Do not cut back on feed for in-calf cows.
p|The Department of Agriculture said it was monitoring the situation closely and was in contact with Teagasc and the farm organisations.
author-bio|Conor Mac Giolla Rua is Farming Editor of the Irish Ledger.
tags|Farming  Weather  Fodder  IFA  Teagasc
share|Share this article
share|Facebook  X  WhatsApp  Email  Copy link
teaser-list|More in this section
teaser-list|Beef price talks: factories offer 10c rise on in-spec cattle
teaser-list|Farm safety: tractor deaths prompt renewed warning
teaser-list|Dairy farmers face cut in nitrates derogation from January
newsletter|Farming Weekly
newsletter|The week's farming news, mart reports and advice, every Thursday.
newsletter|Enter your email
newsletter|Sign up
disclaimer|By clicking Sign Up, you confirm that you have read and accept our Privacy Policy. You can unsubscribe at any time.
sponsored|Sponsored
sponsored|How one Tipperary dairy farm cut its energy bill by 40%
sponsored|In association with Brightwave Energy
most-read|Most Read in Farming
most-read|1. Mart report: strong demand for quality heifers at Kilkenny
most-read|2. Nitrates: what the new rules mean for your farm
teaser-list|3. Farmers warn of fodder shortage after wettest autumn in three decades
obituary|Death Notices
obituary|Browse the latest death notices from across Ireland
obituary|Search notices
games|Puzzles: Crossword, Sudoku, Wordsearch – Play now
footer|About Us  Contact Us  Advertise  Careers  Terms & Conditions  Privacy Statement  Cookie Policy  Cookie Settings  Complaints Procedure
press-council|The Irish Ledger supports the work of the Press Council of Ireland and the Office of the Press Ombudsman. Our journalists strive for the highest standards. If you are dissatisfied with a story, you can contact us or the Press Ombudsman.
app|Download the Irish Ledger app on the App Store and Google Play
copyright|© Irish Ledger Media Ltd, Ledger House, Penrose Wharf, Cork. Registered in Ireland: 523712.
"""),
 dict(id="le-journal-de-montreal-style-1", site="le-journal-de-montreal-style", lang="fr", sep="\n", title="Blitz contre les nids-de-poule: Montréal débloque 12 M$ et promet des réparations en 48 heures", date="2025-04-08", page="""
skip-link|Passer au contenu principal
menu|Le Journal Métropole
weather|Montréal 4°C
login|Se connecter
paywall|JE M'ABONNE
watch|EN ONDES – Radio MTL 99,3 – Écoutez en direct
menu|Actualités
menu|Sports
menu|Spectacles
menu|Argent
menu|Monde
menu|Opinions
menu|Vivre
menu|Auto
menu|Horoscope
menu|Loteries
menu|Avis de décès
menu|Concours
section-label|ACTUALITÉS
section-label|MONTRÉAL
h1|Blitz contre les nids-de-poule: Montréal débloque 12 M$ et promet des réparations en 48 heures
byline|Jean-Philippe Gauthier
dateline|Mardi, 8 avril 2025 05:00
dateline|MISE À JOUR Mardi, 8 avril 2025 07:42
share|Partager
share|Facebook
share|X
share|Courriel
share|Copier le lien
listen|Écouter cet article
listen|00:00 / 03:48
listen|Lecture audio générée par intelligence artificielle
lead|Après un hiver marqué par des cycles de gel et de dégel à répétition, la Ville de Montréal lance un blitz de 12 millions $ pour colmater les milliers de nids-de-poule qui minent les rues de la métropole.
caption|Des cols bleus colmataient des trous sur la rue Sherbrooke Est, lundi après-midi, dans l’arrondissement de Mercier–Hochelaga-Maisonneuve.
credit|PHOTO CHANTAL POIRIER
p|Quelque 80 équipes seront déployées dès cette semaine dans les 19 arrondissements, a annoncé lundi le responsable des infrastructures au comité exécutif.
p|L’objectif: qu’un nid-de-poule signalé au 311 sur une artère principale soit réparé en 48 heures, et en cinq jours ouvrables sur une rue résidentielle.
p|«On sait que les automobilistes et les cyclistes sont à bout. Cette année, on met le paquet», a-t-il lancé en conférence de presse.
ad|Publicité
p|Depuis le 1er janvier, le 311 a reçu plus de 21 000 signalements de nids-de-poule, presque deux fois plus qu’à la même période l’an dernier.
related|À lire aussi
related|Pneus crevés, jantes tordues: les réclamations contre la Ville explosent
related|Chantiers: voici les 10 pires rues de Montréal ce printemps
h2|Des réparations plus durables
p|La Ville testera aussi, sur une vingtaine de tronçons, un nouvel enrobé à chaud qui permet des réparations censées tenir plusieurs années plutôt que quelques semaines.
p|Le Club automobile a salué l’annonce, tout en rappelant que le problème de fond demeure le sous-financement chronique de l’entretien du réseau routier.
p|Les automobilistes dont le véhicule a été endommagé ont 15 jours pour transmettre un avis écrit à la Ville s’ils veulent être indemnisés.
ad|Publicité
tip|Vous avez un scoop à nous transmettre? Écrivez-nous à scoop@journalmetropole.example.ca ou appelez-nous au 1 800 555-0199.
comments|Vous avez des commentaires? Faites-nous-en part dans la section ci-dessous.
comments|Commentaires (47)
comments|Connectez-vous pour commenter
teaser-list|Dans la même catégorie
teaser-list|Collision mortelle à Laval: un piéton de 72 ans happé sur le boulevard des Laurentides
teaser-list|Il y a 2 heures
teaser-list|Grève dans les CPE: des centaines de parents forcés de rester à la maison
teaser-list|Il y a 3 heures
teaser-list|La STM annonce la fermeture d’une station de la ligne verte pendant trois fins de semaine
teaser-list|Il y a 5 heures
sponsored|Contenu partenaire
sponsored|5 astuces pour préparer votre jardin avant les semis
sponsored|Présenté par Centre Jardin Boréal
horoscope|Horoscope du jour: Bélier, Taureau, Gémeaux… découvrez ce que les astres vous réservent
games|Résultats de loteries: Lotto Max du 7 avril 2025
obituary|Avis de décès
obituary|Consultez les avis de décès de votre région
footer|Nous joindre
footer|Publicité
footer|Abonnement
footer|Conditions d’utilisation
footer|Politique de confidentialité
footer|Gérer mes témoins
footer|Accessibilité
network|Nos marques: Le Journal Métropole · Le Journal de la Capitale · Radio MTL · Mag Plus · Les Annonces Métropole
copyright|© 2025 Groupe Métropole Médias inc. Tous droits réservés.
"""),
 dict(id="le-journal-de-montreal-style-2", site="le-journal-de-montreal-style", lang="fr", sep="\n", title="Chaleur accablante: les urgences de Québec débordent, des patients attendent 30 heures", date="2025-07-15", page="""
skip-link|Passer au contenu principal
menu|Le Journal Métropole
weather|Québec 32°C
login|Se connecter
paywall|JE M'ABONNE
watch|EN ONDES – Radio MTL 99,3 – Écoutez en direct
menu|Actualités
menu|Sports
menu|Spectacles
menu|Argent
menu|Monde
menu|Opinions
menu|Vivre
menu|Auto
menu|Horoscope
menu|Loteries
menu|Avis de décès
menu|Concours
breaking|ALERTE – Avertissement de chaleur d’Environnement Canada en vigueur pour le sud du Québec jusqu’à jeudi
section-label|ACTUALITÉS
section-label|SANTÉ
paywall|EXCLUSIF AUX ABONNÉS
h1|Chaleur accablante: les urgences de Québec débordent, des patients attendent 30 heures
byline|Catherine Bouchard-Lévesque
byline|Journal de la Capitale
dateline|Mardi, 15 juillet 2025 17:15
dateline|MISE À JOUR Mardi, 15 juillet 2025 18:02
share|Partager
share|Facebook
share|X
share|Courriel
share|Copier le lien
listen|Écouter cet article
listen|00:00 / 04:05
listen|Lecture audio générée par intelligence artificielle
lead|La vague de chaleur qui s’abat sur le Québec depuis dimanche met à rude épreuve les urgences de la région de la Capitale-Nationale, où certains patients ont passé plus de 30 heures sur une civière.
caption|Une ambulance devant l’urgence de l’Hôpital de l’Enfant-Jésus, mardi midi.
credit|PHOTO D’ARCHIVES, DIDIER DEBUSSCHÈRE
p|Mardi après-midi, le taux d’occupation des civières dépassait 160 % à l’Hôpital de l’Enfant-Jésus et frôlait 150 % à l’Hôpital Saint-François d’Assise, selon les données publiées par le ministère de la Santé.
p|Le personnel soignant décrit des journées éprouvantes. «Les gens arrivent déshydratés, étourdis, souvent des personnes âgées qui vivent seules», raconte une infirmière qui a requis l’anonymat parce qu’elle n’est pas autorisée à parler aux médias.
p|Dans certains départements, des salles sans climatisation ont atteint 29 °C, forçant l’installation de ventilateurs et de climatiseurs portatifs.
ad|Publicité
h2|Appel à la prudence
p|Santé Québec demande à la population de réserver les urgences aux cas graves et de composer le 811 pour obtenir un avis infirmier.
p|La santé publique rappelle aussi quelques consignes:
li|boire de l’eau régulièrement, sans attendre d’avoir soif;
li|passer au moins deux heures par jour dans un endroit frais ou climatisé;
li|prendre des nouvelles des proches âgés ou isolés;
li|ne jamais laisser un enfant ou un animal dans une voiture stationnée.
related|À lire aussi
related|Canicule: voici où trouver une piscine ou une aire climatisée près de chez vous
p|Environnement Canada prévoit des maximums de 33 °C à Québec jusqu’à jeudi, avec un facteur humidex avoisinant 40.
p|Un épisode semblable, à l’été 2018, avait été associé à plusieurs dizaines de décès dans la province.
signature|— Avec la collaboration de Marc-André Girard
ad|Publicité
tip|Vous avez un scoop à nous transmettre? Écrivez-nous à scoop@journalmetropole.example.ca ou appelez-nous au 1 800 555-0199.
comments|Vous avez des commentaires? Faites-nous-en part dans la section ci-dessous.
comments|Commentaires (112)
comments|Connectez-vous pour commenter
teaser-list|Dans la même catégorie
teaser-list|Pénurie d’infirmières: 400 postes vacants dans la région de Chaudière-Appalaches
teaser-list|Il y a 1 heure
teaser-list|Noyade au lac Beauport: un adolescent de 16 ans perd la vie
teaser-list|Il y a 4 heures
video|VIDÉO | Des citoyens se rafraîchissent dans les jeux d’eau du Vieux-Québec
video|01:12
sponsored|Contenu partenaire
sponsored|Climatiseur ou thermopompe? Ce qu’il faut savoir avant d’acheter
sponsored|Présenté par Confort Nord Énergie
horoscope|Horoscope du jour: Bélier, Taureau, Gémeaux… découvrez ce que les astres vous réservent
games|Résultats de loteries: Lotto 6/49 du 12 juillet 2025
obituary|Avis de décès
obituary|Consultez les avis de décès de votre région
footer|Nous joindre
footer|Publicité
footer|Abonnement
footer|Conditions d’utilisation
footer|Politique de confidentialité
footer|Gérer mes témoins
footer|Accessibilité
network|Nos marques: Le Journal Métropole · Le Journal de la Capitale · Radio MTL · Mag Plus · Les Annonces Métropole
copyright|© 2025 Groupe Métropole Médias inc. Tous droits réservés.
"""),
 dict(id="ugandan-monitor-style-1", site="ugandan-monitor-style", lang="en", sep="\n\n", title="KCCA gives street vendors two weeks to move to new Nakivubo market", date="2025-08-14", page="""
timestamp|Kampala  |  Thu, 14 Aug 2025  |  24°C
ticker|USD 3,582 ▼  |  EUR 4,176 ▲  |  GBP 4,829 ▲  |  KES 27.7  |  USE ALSI 1,204.6
menu|THE PEARL SENTINEL
menu|Uganda's independent daily
login|Sign in
paywall|Subscribe
epaper|E-Paper
menu|News
menu|National
menu|Business
menu|Sports
menu|Oped
menu|Magazines
menu|Lifestyle
menu|Special Reports
menu|Jobs
menu|Podcasts
breadcrumb|Home  News  National
h1|KCCA gives street vendors two weeks to move to new Nakivubo market
byline|By Ronald Ssemakula
author-link|More by this Author
dateline|Thursday, August 14, 2025
section-label|What you need to know:
li|Vendors on Luwum Street, Ben Kiwanuka Street and around the Old Taxi Park must relocate by August 28.
li|The authority says the new market has 3,200 stalls, but vendors complain of high fees.
ad|Advertisement
p|The Kampala Capital City Authority (KCCA) has given an estimated 3,000 street vendors in the central business district two weeks to relocate to the newly completed Nakivubo market, or have their goods impounded.
p|In a statement issued on Wednesday, the authority's director of public health and environment said vendors operating on Luwum Street, Ben Kiwanuka Street and the area around the Old Taxi Park must leave the streets by August 28.
p|"The streets are for pedestrians and vehicles. We have built a modern market with water, toilets and security. There is no more reason for anyone to sell on the pavement," she said.
caption|Vendors display their merchandise along Luwum Street in Kampala on August 13, 2025. PHOTO/ABUBAKER KISEKKA
p|The five-storey market, built on the site of the old Nakivubo stadium grounds, has 3,200 stalls, according to the authority. Allocation started in July.
ad|Advertisement
read-also|Also Read: Kampala traders close shops over new tax rules
read-also|Also Read: Boda boda riders given deadline to register with KCCA
h2|Fees too high, say vendors
p|However, vendors who spoke to this newspaper said the monthly fees of between Shs150,000 and Shs300,000 were beyond what most of them could afford.
p|"I make about Shs15,000 on a good day. How can I pay Shs200,000 every month and still feed my children?" asked Sarah Namuli, who sells second-hand shoes near the Old Taxi Park.
p|The chairperson of a vendors' association, Mr Hassan Kato, said the group would petition the Lord Mayor and the Minister for Kampala to have the deadline extended to December.
p|Previous attempts to clear vendors from the city streets, most recently in 2023, ended with many returning within weeks.
share|Share
share|Facebook  X  LinkedIn  WhatsApp  Email
tags|Kampala  KCCA  Vendors  Nakivubo market
whatsapp|Get the latest news on our WhatsApp channel. Click here to join
newsletter|Sign up for our newsletter
newsletter|Get the day's top stories delivered to your inbox every morning.
newsletter|Email address
newsletter|Subscribe
teaser-list|Related
teaser-list|Kampala floods: KCCA to clear Nalubaale channel
teaser-list|Taxi operators protest new parking fees
teaser-list|Lord Mayor orders audit of market allocations
most-read|Trending
most-read|Museveni commissions Kayunga–Bbaale road
most-read|UNEB releases dates for 2025 national exams
most-read|Cranes squad named for Afcon qualifier
most-read|Police arrest three over Mukono robbery
jobs|Jobs & Tenders: Tender notice – Supply of office furniture, Ministry of Works. View all
epaper|Read today's E-Paper: Get the full newspaper on your phone. Subscribe now
app|Download the Pearl Sentinel app on Google Play and the App Store
footer|About us  Contact us  Advertise with us  Terms of use  Privacy policy  Editorial policy  Careers
network|Pearl Media Group: The Pearl Sentinel · Sunday Sentinel · Radio Pearl 91.2 FM · Pearl TV · Ekiro Weekly
copyright|© 2025 Pearl Media Group. All rights reserved.
"""),
 dict(id="ugandan-monitor-style-2", site="ugandan-monitor-style", lang="en", sep="\n\n", title="Coffee exports hit record $2.2 billion as prices stay high", date="2025-10-09", page="""
timestamp|Kampala  |  Thu, 09 Oct 2025  |  26°C
ticker|USD 3,471 ▼  |  EUR 4,043 ▼  |  GBP 4,651 ▲  |  KES 26.9  |  USE ALSI 1,238.1
menu|THE PEARL SENTINEL
menu|Uganda's independent daily
login|Sign in
paywall|Subscribe
epaper|E-Paper
menu|News
menu|National
menu|Business
menu|Sports
menu|Oped
menu|Magazines
menu|Lifestyle
menu|Special Reports
menu|Jobs
menu|Podcasts
breadcrumb|Home  Business  Markets
section-label|PREMIUM
h1|Coffee exports hit record $2.2 billion as prices stay high
byline|By Esther Nakabugo
author-link|More by this Author
dateline|Thursday, October 09, 2025
section-label|What you need to know:
li|Uganda exported 7.1 million 60kg bags of coffee in the 12 months to September.
li|Officials warn that farmers must improve quality to keep access to the European market.
paywall|You're reading a Premium story. Thank you for subscribing.
ad|Advertisement
p|Uganda earned a record $2.2 billion from coffee exports in the 12 months to September, driven by high prices on the world market and a bigger harvest, according to the latest figures from the Ministry of Agriculture.
p|The country exported 7.1 million 60kg bags in the period, up from 6.1 million bags the year before, making coffee once again the country's leading export after gold.
caption|A farmer dries coffee cherries at her home in Bushenyi District.
credit|PHOTO/FILE
p|Robusta, which accounts for about four in five bags exported, fetched an average of $5.20 per kilogramme, compared with $3.90 a year earlier.
h2|Farmers feel the difference
p|In Masaka, farmers said the higher prices had changed their lives. "Last season I bought a motorcycle and paid school fees for all my children in cash," said Mr Joseph Lwanga, who grows coffee on four acres in Kyanamukaka.
ad|Advertisement
read-also|Also Read: Uganda, Kenya sign deal to ease transit of goods at Malaba
p|But officials warned that the good times would not last if farmers did not improve the quality of their beans, especially ahead of new European Union rules requiring proof that coffee is not grown on recently cleared forest land.
p|"Buyers are asking where every bag comes from. Farmers who cannot show this will be left behind," a senior official in the ministry said.
p|The government plans to register all coffee farmers and map their gardens by the end of next year.
share|Share
share|Facebook  X  LinkedIn  WhatsApp  Email
tags|Coffee  Exports  Agriculture  Economy
whatsapp|Get the latest news on our WhatsApp channel. Click here to join
newsletter|Sign up for our newsletter
newsletter|Get the day's top stories delivered to your inbox every morning.
newsletter|Email address
newsletter|Subscribe
teaser-list|Related
teaser-list|Bank of Uganda holds central bank rate at 9.75 percent
teaser-list|Vanilla farmers count losses as prices fall
most-read|Trending
most-read|Shilling gains as coffee dollar inflows rise
most-read|Government lifts ban on second-hand clothes imports
most-read|Hoima oil refinery: contractor named
event|EVENTS: Uganda Agribusiness Expo 2025 – Kololo Independence Grounds, October 23–25. Book your stand
epaper|Read today's E-Paper: Get the full newspaper on your phone. Subscribe now
app|Download the Pearl Sentinel app on Google Play and the App Store
footer|About us  Contact us  Advertise with us  Terms of use  Privacy policy  Editorial policy  Careers
network|Pearl Media Group: The Pearl Sentinel · Sunday Sentinel · Radio Pearl 91.2 FM · Pearl TV · Ekiro Weekly
copyright|© 2025 Pearl Media Group. All rights reserved.
"""),
]
