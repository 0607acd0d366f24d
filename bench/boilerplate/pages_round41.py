# Round 41: eight pages on four more layouts (a Tunisian online daily, a Malagasy daily, a Ghanaian news portal,
# a Scottish small-town weekly's site), written blind: without looking at the classifier, its rules or the
# benchmark, measured once. Each line: "label|text". Invented text; no real article is copied.
ROUND41 = [
 dict(id="tunisie-presse-style-1", site="tunisie-presse-style", lang="fr", sep="\n", title="Sfax : la récolte des olives démarre sous le signe d’une production en hausse", date="2025-11-04", page="""
lang-switch|العربية | English
timestamp|Mardi 4 novembre 2025
weather|Tunis 22°C
ticker|EUR/TND 3,4120 | USD/TND 2,9570 | TUNINDEX 11 482,36 (+0,21 %)
ticker|Horaires des prières à Tunis : Fajr 05:04 | Dhuhr 11:47 | Asr 14:41 | Maghreb 17:04 | Icha 18:25
menu|Tunisie Presse – Le quotidien en ligne
menu|Accueil
menu|National
menu|Économie
menu|Régions
menu|Monde
menu|Culture
menu|Sport
menu|Opinions
menu|Vidéos
search|Rechercher…
breadcrumb|Accueil › Régions › Sfax
section-label|Régions
h1|Sfax : la récolte des olives démarre sous le signe d’une production en hausse
byline|Par Amel Ben Salah
dateline|Publié le 04/11/2025 à 09:15
reading-time|Lecture : 3 min.
share|Partager sur Facebook
share|Partager sur X
share|Partager sur LinkedIn
share|Partager sur WhatsApp
lead|Les oléiculteurs du gouvernorat de Sfax ont entamé la cueillette avec des prévisions nettement supérieures à celles de la saison dernière. La question des prix payés aux producteurs reste toutefois entière.
caption|Cueillette des olives dans une oliveraie de la délégation d’Agareb.
credit|(Photo : Tunisie Presse / Archives)
p|La saison oléicole 2025-2026 a officiellement débuté lundi dans le gouvernorat de Sfax, premier bassin de production du pays, lors d’une cérémonie organisée dans une oliveraie de la délégation d’Agareb en présence du gouverneur et des représentants de la profession.
p|Selon le commissariat régional au développement agricole, la production régionale d’olives devrait atteindre cette année près de 420 000 tonnes, contre un peu moins de 300 000 tonnes la saison précédente. Les pluies d’automne, tombées à temps, ont permis un bon grossissement des fruits.
ad|Publicité
related|Lire aussi : Huile d’olive : les exportations en hausse de 18 % sur les neuf premiers mois
h2|Des huileries prêtes à tourner
p|Les 318 huileries que compte la région ont été inspectées au cours du mois d’octobre. Une quarantaine d’entre elles ont dû procéder à des travaux de mise aux normes avant d’obtenir leur autorisation de fonctionnement.
p|Le commissaire régional a rappelé que les huileries sont tenues de déclarer chaque semaine les quantités triturées, afin de permettre un suivi précis de la campagne et des stocks.
h2|Le prix, principale inquiétude
p|Sur le terrain, les petits producteurs se montrent prudents. « La récolte est belle, mais personne ne sait encore à quel prix on vendra le kilo », explique Mohamed, oléiculteur à Mahrès, qui exploite quatre hectares hérités de son père.
p|Les professionnels redoutent une baisse des cours sur les marchés internationaux, où l’offre espagnole s’annonce elle aussi abondante. L’Union régionale de l’agriculture et de la pêche demande la fixation d’un prix de référence et l’ouverture rapide des lignes de financement de stockage.
p|La main-d’œuvre constitue l’autre difficulté de la saison. Plusieurs exploitants disent peiner à recruter des cueilleurs, malgré des salaires journaliers en hausse, compris entre 30 et 40 dinars selon les délégations.
p|La campagne devrait se poursuivre jusqu’à la fin du mois de février.
signature|A.B.S.
tags|Mots-clés : Sfax, huile d’olive, agriculture, récolte
share|Partager cet article
share|Facebook Twitter LinkedIn WhatsApp Copier le lien
comments|0 commentaire
comments|Laisser un commentaire
comments|Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *
comments|Commentaire *
comments|Nom *
comments|E-mail *
comments|Enregistrer mon nom, mon e-mail et mon site dans le navigateur pour mon prochain commentaire.
comments|Publier le commentaire
related|Articles similaires
related|Gabès : la récolte des dattes de Kébili attendue en hausse
related|Siliana : distribution de semences de blé aux petits agriculteurs
related|Nabeul : la saison des agrumes menacée par le manque d’eau
most-read|Les plus lus
most-read|1 Baccalauréat 2026 : le calendrier des épreuves dévoilé
most-read|2 Prix des carburants : pas d’augmentation prévue en novembre
most-read|3 Météo : des pluies orageuses attendues sur le Nord
most-read|4 Transport : la ligne Tunis–La Marsa perturbée ce week-end
newsletter|Newsletter : recevez chaque matin l’essentiel de l’actualité tunisienne
newsletter|Votre adresse e-mail
newsletter|Je m’inscris
footer|À propos | Contact | Publicité | Mentions légales | Politique de confidentialité
footer|Rue Ibn Khaldoun, 1001 Tunis – Tél. : +216 71 000 000
copyright|© 2025 Tunisie Presse. Tous droits réservés. Reproduction interdite sans autorisation.
cookie|Ce site utilise des cookies pour améliorer votre expérience. En poursuivant votre navigation, vous acceptez leur utilisation.
cookie|J’accepte
cookie|En savoir plus
"""),
 dict(id="tunisie-presse-style-2", site="tunisie-presse-style", lang="fr", sep="\n", title="Grand Tunis : la ligne 4 du métro léger partiellement suspendue pendant trois semaines", date="2025-11-18", page="""
lang-switch|العربية | English
timestamp|Mardi 18 novembre 2025
weather|Tunis 18°C
ticker|EUR/TND 3,4085 | USD/TND 2,9612 | TUNINDEX 11 509,84 (-0,07 %)
ticker|Horaires des prières à Tunis : Fajr 05:15 | Dhuhr 11:49 | Asr 14:35 | Maghreb 16:57 | Icha 18:19
menu|Tunisie Presse – Le quotidien en ligne
menu|Accueil
menu|National
menu|Économie
menu|Régions
menu|Monde
menu|Culture
menu|Sport
menu|Opinions
menu|Vidéos
search|Rechercher…
breadcrumb|Accueil › National › Transport
section-label|National
h1|Grand Tunis : la ligne 4 du métro léger partiellement suspendue pendant trois semaines
byline|Par Karim Jlassi
dateline|Publié le 18/11/2025 à 16:40
reading-time|Lecture : 2 min.
share|Partager sur Facebook
share|Partager sur X
share|Partager sur LinkedIn
share|Partager sur WhatsApp
lead|Des travaux de renouvellement des voies imposent la fermeture du tronçon entre Bab Saadoun et Le Bardo à partir du lundi 24 novembre. Des bus de substitution seront mis en place.
caption|Une rame de la ligne 4 à la station Bab Saadoun.
credit|(Photo : Tunisie Presse)
p|La Société des transports de Tunis a annoncé, mardi, la suspension partielle de la ligne 4 du métro léger à partir du lundi 24 novembre et pour une durée de trois semaines.
p|La circulation sera interrompue entre les stations Bab Saadoun et Le Bardo, où les rails, posés il y a plus de trente ans, doivent être remplacés sur près de deux kilomètres. Le reste de la ligne restera desservi normalement.
ad|Publicité
h2|Ce qui change pour les usagers
p|Pendant la durée des travaux, la société met en place un service de bus de substitution, selon les modalités suivantes :
li|des départs toutes les dix minutes aux heures de pointe, entre 6 h 30 et 9 h et entre 16 h et 19 h ;
li|des arrêts provisoires installés à proximité de chaque station fermée ;
li|les abonnements et tickets du métro acceptés à bord des bus, sans supplément.
related|Lire aussi : TGM : dix nouvelles rames attendues d’ici l’été prochain
p|La société recommande aux voyageurs de prévoir une marge d’une vingtaine de minutes sur leurs trajets, notamment le matin, en raison de la densité de la circulation autour de la place Bab Saadoun.
p|Des agents seront présents aux stations concernées durant la première semaine pour orienter les usagers. Les informations seront également diffusées sur la page officielle de la société.
p|Ces travaux s’inscrivent dans un programme plus large de rénovation du réseau, qui doit concerner les lignes 1 et 5 au cours de l’année 2026.
signature|K.J.
tags|Mots-clés : transport, métro léger, Transtu, Grand Tunis
share|Partager cet article
share|Facebook Twitter LinkedIn WhatsApp Copier le lien
comments|2 commentaires
comments|Sami T. – 18 novembre 2025 à 17:52
comments|Trois semaines… on verra. La dernière fois c’était annoncé pour deux semaines et ça a duré deux mois.
comments|Répondre
comments|Leila – 18 novembre 2025 à 18:30
comments|Enfin ! Ces rails étaient dans un état lamentable.
comments|Répondre
comments|Laisser un commentaire
comments|Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *
comments|Publier le commentaire
related|Articles similaires
related|Aéroport Tunis-Carthage : un nouveau parking ouvert aux voyageurs
related|Routes : lancement des travaux de l’échangeur de La Soukra
related|Taxis collectifs : les nouveaux tarifs entrent en vigueur
most-read|Les plus lus
most-read|1 Huile d’olive : le prix de référence fixé à 12 dinars le litre
most-read|2 Enseignement : les dates des vacances d’hiver confirmées
most-read|3 Football : l’Espérance qualifiée pour la phase de groupes
most-read|4 Santé : une campagne de vaccination contre la grippe lancée
newsletter|Newsletter : recevez chaque matin l’essentiel de l’actualité tunisienne
newsletter|Votre adresse e-mail
newsletter|Je m’inscris
footer|À propos | Contact | Publicité | Mentions légales | Politique de confidentialité
footer|Rue Ibn Khaldoun, 1001 Tunis – Tél. : +216 71 000 000
copyright|© 2025 Tunisie Presse. Tous droits réservés. Reproduction interdite sans autorisation.
cookie|Ce site utilise des cookies pour améliorer votre expérience. En poursuivant votre navigation, vous acceptez leur utilisation.
cookie|J’accepte
cookie|En savoir plus
"""),
 dict(id="madagascar-express-style-1", site="madagascar-express-style", lang="fr", sep="\n\n", title="Antananarivo – Les délestages reprennent dans plusieurs quartiers", date="2025-10-09", page="""
skip-link|Aller au contenu
epaper|Édition numérique | S’abonner
menu|L’Écho de Tana – Quotidien d’information malgache
timestamp|jeudi 9 octobre 2025
ticker|Cours de change : 1 € = 5 218,40 Ar | 1 $ = 4 466,10 Ar
menu|ACTUALITÉS ÉCONOMIE POLITIQUE SOCIÉTÉ RÉGIONS SPORT CULTURE OPINIONS NUMÉRO DU JOUR
breaking|À la une : Bac 2025 – Les résultats attendus la semaine prochaine
section-label|Société
h1|Antananarivo – Les délestages reprennent dans plusieurs quartiers
dateline|9 octobre 2025
comments|Aucun commentaire
lead|Les coupures d’électricité sont de retour dans la capitale depuis le début de la semaine. Le fournisseur public invoque la baisse du niveau des barrages.
caption|Les commerçants d’Analakely s’éclairent à la bougie lors des coupures du soir.
p|Le retour des coupures tournantes. Depuis lundi, plusieurs quartiers d’Antananarivo subissent des délestages de trois à cinq heures par jour, le plus souvent en fin d’après-midi et en soirée.
p|Ankadifotsy, Ambohipo, Itaosy et Andoharanofotsy figurent parmi les secteurs les plus touchés. Dans certains quartiers, le courant est coupé deux fois dans la même journée, sans que les habitants en soient prévenus.
p|La société nationale d’eau et d’électricité explique ces interruptions par la baisse du niveau d’eau dans les retenues des centrales hydroélectriques, à la fin de la saison sèche. Les centrales thermiques, qui prennent le relais, tournent à pleine capacité.
ad|PUBLICITÉ
h2|Les petits métiers pénalisés
p|Pour les soudeurs, les coiffeurs et les gargotes, chaque coupure représente un manque à gagner. « Je perds la moitié de ma journée de travail. Les clients partent chez ceux qui ont un groupe électrogène », témoigne Hery, soudeur à Anosibe.
p|Les ventes de bougies, de lampes solaires et de petits groupes électrogènes ont nettement augmenté dans les boutiques d’Analakely et de Behoririka.
p|Le fournisseur a promis de publier chaque jour un programme de délestage par quartier sur sa page officielle. Il prévoit un retour progressif à la normale avec les premières pluies, attendues d’ici la mi-novembre.
signature|Miora Rakotobe
share|Partager :
share|Cliquez pour partager sur Facebook(ouvre dans une nouvelle fenêtre) Facebook
share|Cliquez pour partager sur X(ouvre dans une nouvelle fenêtre) X
share|Cliquez pour partager sur WhatsApp(ouvre dans une nouvelle fenêtre) WhatsApp
print|Cliquez pour imprimer(ouvre dans une nouvelle fenêtre) Imprimer
like|J’aime ça :
like|J’aime chargement…
related|Articles similaires
related|Jirama – Hausse des tarifs reportée à janvier
related|Dans « Économie »
related|Eau potable – Les bornes-fontaines prises d’assaut à Ambohimanarina
related|Dans « Société »
nav|Article précédent : Toamasina – Le port accueille son premier navire de croisière de la saison
nav|Article suivant : Football – Les Barea en stage à Mahajanga
comments|Laisser un commentaire
comments|Vous devez être connecté pour publier un commentaire.
most-read|Les plus lus
most-read|Riz – Le prix du kilo stable sur les marchés de la capitale
most-read|Examens – Le calendrier du CEPE modifié
most-read|Nosy Be – Les arrivées de touristes en hausse
epaper|Le numéro du jour : feuilletez l’édition du jeudi 9 octobre 2025
footer|L’Écho de Tana, Lot II Y 12, Antanimena, Antananarivo 101
footer|Rédaction : redaction@echodetana.mg | Publicité : pub@echodetana.mg
copyright|© Copyright 2025 L’Écho de Tana – Tous droits réservés
footer|Propulsé par WordPress | Thème : NewsPaper
"""),
 dict(id="madagascar-express-style-2", site="madagascar-express-style", lang="fr", sep="\n\n", title="Toamasina – La campagne d’exportation de litchis lancée avec un objectif de 20 000 tonnes", date="2025-11-21", page="""
skip-link|Aller au contenu
epaper|Édition numérique | S’abonner
menu|L’Écho de Tana – Quotidien d’information malgache
timestamp|vendredi 21 novembre 2025
ticker|Cours de change : 1 € = 5 196,75 Ar | 1 $ = 4 481,30 Ar
menu|ACTUALITÉS ÉCONOMIE POLITIQUE SOCIÉTÉ RÉGIONS SPORT CULTURE OPINIONS NUMÉRO DU JOUR
breaking|À la une : Cyclone – Alerte verte pour les régions du Nord-Est
section-label|Économie
h1|Toamasina – La campagne d’exportation de litchis lancée avec un objectif de 20 000 tonnes
dateline|21 novembre 2025
comments|1 commentaire
lead|Les premiers conteneurs de litchis doivent quitter le port de Toamasina dès la fin du mois. Les exportateurs misent sur une récolte abondante, mais restent attentifs à la qualité.
caption|Tri et calibrage des litchis dans une station de conditionnement à Toamasina.
credit|Photo d’archives
p|La campagne 2025-2026 d’exportation de litchis a été officiellement ouverte mercredi à Toamasina, en présence des responsables du ministère du Commerce, des collectivités de la région Atsinanana et des membres du groupement des exportateurs.
p|L’objectif fixé cette année est de 20 000 tonnes, dont l’essentiel destiné au marché européen pour les fêtes de fin d’année. Un premier navire conventionnel est attendu dans la dernière semaine de novembre, suivi de plusieurs départs en conteneurs réfrigérés.
h2|Des règles strictes
p|Pour préserver la réputation du litchi malgache, les autorités ont rappelé plusieurs exigences :
li|aucune cueillette avant la date d’ouverture fixée par arrêté ;
li|un taux de sucre minimal contrôlé dans chaque station de conditionnement ;
li|le respect des doses autorisées lors du soufrage des fruits.
ad|PUBLICITÉ
p|Les collecteurs qui ne respecteraient pas ces règles s’exposent à la saisie de leur marchandise, a prévenu le directeur régional du Commerce.
p|Les producteurs de Vatomandry, de Mahanoro et de Fenoarivo Atsinanana espèrent, eux, un prix d’achat supérieur à celui de l’an dernier. Le prix plancher au producteur a été fixé à 1 600 ariary le kilo bord champ.
p|La filière fait vivre plusieurs dizaines de milliers de familles sur la côte Est, où le litchi représente souvent le principal revenu monétaire de l’année.
signature|Tsiry Andrianina
share|Partager :
share|Cliquez pour partager sur Facebook(ouvre dans une nouvelle fenêtre) Facebook
share|Cliquez pour partager sur X(ouvre dans une nouvelle fenêtre) X
share|Cliquez pour partager sur WhatsApp(ouvre dans une nouvelle fenêtre) WhatsApp
print|Cliquez pour imprimer(ouvre dans une nouvelle fenêtre) Imprimer
like|J’aime ça :
like|J’aime chargement…
related|Articles similaires
related|Vanille – Les exportations ralenties par la baisse des cours
related|Dans « Économie »
related|Girofle – Une bonne saison pour les producteurs d’Analanjirofo
related|Dans « Régions »
nav|Article précédent : Sénat – Adoption de la loi de finances rectificative
nav|Article suivant : Basket-ball – Le COSPN sacré champion
comments|Un commentaire
comments|Rado R. 21 novembre 2025 à 10 h 12 min
comments|Et pour le marché local, il restera quoi ? Chaque année les prix s’envolent à Tana.
comments|Répondre
comments|Laisser un commentaire
comments|Vous devez être connecté pour publier un commentaire.
most-read|Les plus lus
most-read|Carburant – Les prix à la pompe inchangés jusqu’en décembre
most-read|Enseignement supérieur – Grève des enseignants à l’université d’Antananarivo
most-read|Délestages – Le programme de la semaine par quartier
epaper|Le numéro du jour : feuilletez l’édition du vendredi 21 novembre 2025
footer|L’Écho de Tana, Lot II Y 12, Antanimena, Antananarivo 101
footer|Rédaction : redaction@echodetana.mg | Publicité : pub@echodetana.mg
copyright|© Copyright 2025 L’Écho de Tana – Tous droits réservés
footer|Propulsé par WordPress | Thème : NewsPaper
"""),
 dict(id="ghana-online-style-1", site="ghana-online-style", lang="en", sep="\n", title="Central Region fishermen prepare for July closed season", date="2025-06-12", page="""
watch|LIVE TV
listen|LISTEN LIVE: Gold Coast FM 98.3
menu|GoldCoastOnline
menu|Home
menu|News
menu|Politics
menu|Business
menu|Sports
menu|Entertainment
menu|Regional
menu|Opinion
menu|Features
menu|Videos
timestamp|Thursday, June 12, 2025
breaking|BREAKING: Parliament approves mid-year budget review date • Black Queens name squad for WAFCON • Fuel prices to drop from June 16
ad|Advertisement
section-label|Regional News
h1|Central Region fishermen prepare for July closed season
byline|Kwabena Owusu-Ansah
dateline|Jun 12, 2025, 10:22 AM
source|Source: GoldCoastOnline
share|Share
share|Facebook Twitter WhatsApp Telegram Email
caption|Canoes docked at the Elmina beach ahead of the closed season
credit|Image credit: GoldCoastOnline / Kwabena Owusu-Ansah
section-label|Summary
li|The closed season for canoe and inshore fishers runs from July 1 to July 31.
li|Industrial trawlers will stay in port for two months, from July 1 to August 31.
li|Fishers' associations are asking for relief support during the break.
p|Canoe fishermen along the coast of the Central Region say they are ready to observe this year's closed fishing season, but want the government to speed up support packages for families who depend on the sea.
p|The Ministry of Fisheries and Aquaculture announced on Tuesday that the closed season for artisanal and inshore fleets will run from July 1 to July 31, 2025. Industrial trawlers will be kept in port for two months.
ad|Advertisement
ad|Continue reading below
p|The measure, first introduced in 2019, is meant to allow small pelagic fish such as sardinella and anchovy to spawn. Fish landings have fallen sharply over the past two decades.
p|At Elmina, the chief fisherman, Nana Kojo Essuman, told GoldCoastOnline that his members accept the ban but need help to feed their families during the month.
p|"We are not against the closed season. We know the fish are getting fewer every year. But a fisherman who does not go to sea does not eat, so government must remember us," he said.
whatsapp|Follow GoldCoastOnline's WhatsApp channel for the latest news
h2|Premix fuel and nets
p|Fish processors, most of them women, say the month without landings is the hardest period of the year. Many of them smoke fish bought on credit and struggle to repay loans after the break.
p|The Regional Fisheries Officer said premix fuel supplies would be restored at landing beaches as soon as the season reopens, and that some fishers would receive new nets under a donor-funded project.
p|Officials have warned that anyone caught fishing during the closed season risks having their canoe and gear seized.
related|READ ALSO: Cape Coast: Fish mongers call for cold stores at Moree landing beach
tags|Tags: Fisheries Closed season Central Region Elmina
news-follow|Follow us on Google News
disclaimer|DISCLAIMER: The views expressed on this site are those of the contributors or sources and do not necessarily reflect the views of GoldCoastOnline. GoldCoastOnline will not be responsible or liable for any inaccurate or incorrect statements in the contributions.
comments|Comments (0)
comments|Log in to comment
related|You may also like
related|Takoradi: Harbour workers threaten strike over unpaid allowances
related|2 hours ago
related|Agona Swedru: Market women relocated to new stalls
related|5 hours ago
related|Winneba: Pupils receive free sandals and school bags
related|Yesterday
most-read|Trending Now
most-read|1. Cedi closes week stronger against dollar
most-read|2. GES releases 2025 BECE timetable
most-read|3. Kotoko appoint new head coach
most-read|4. Weather: Heavy rains expected in southern Ghana
app|Get the GoldCoastOnline app on Google Play and the App Store
footer|About Us | Contact Us | Advertise | Privacy Policy | Terms of Use
footer|Follow us: Facebook X Instagram YouTube TikTok
copyright|© 2025 GoldCoastOnline. All rights reserved.
"""),
 dict(id="ghana-online-style-2", site="ghana-online-style", lang="en", sep="\n", title="Kumasi commuters stranded as trotro drivers strike over checkpoints", date="2025-08-05", page="""
watch|LIVE TV
listen|LISTEN LIVE: Gold Coast FM 98.3
menu|GoldCoastOnline
menu|Home
menu|News
menu|Politics
menu|Business
menu|Sports
menu|Entertainment
menu|Regional
menu|Opinion
menu|Features
menu|Videos
timestamp|Tuesday, August 5, 2025
breaking|BREAKING: ECG announces maintenance works in parts of Tema • Black Stars squad for World Cup qualifiers out • NSS postings released
ad|Advertisement
section-label|Regional News
h1|Kumasi commuters stranded as trotro drivers strike over checkpoints
byline|Ama Serwaa Boateng
byline|Ashanti Regional Correspondent
dateline|Aug 5, 2025, 1:47 PM
source|Source: GoldCoastOnline
share|Share
share|Facebook Twitter WhatsApp Telegram Email
video|Watch the video report below
video|0:00 / 2:31
caption|Commuters waiting for vehicles at the Kejetia lorry station on Tuesday morning
credit|Image credit: GoldCoastOnline
p|Thousands of workers and traders in Kumasi were left stranded on Tuesday morning after commercial drivers withdrew their services to protest what they call the growing number of police checkpoints on roads leading into the city.
p|Lorry stations at Kejetia, Adum and Asafo were largely empty by 7 a.m., while long queues formed at bus stops in Suame, Tafo and Ahodwo.
ad|Advertisement
ad|Continue reading below
p|Some commuters said they had to walk for more than an hour to reach their workplaces. A few private car owners and okada riders took advantage of the situation to charge higher fares.
p|The Ashanti regional branch of the drivers' union said its members were being stopped several times on the same stretch of road and asked to pay money even when their papers were in order.
p|"We have complained many times. Today we are saying enough is enough," the branch chairman, Kofi Agyemang, told journalists at the Kejetia station.
h2|Police respond
p|The Ashanti Regional Police Command said it had taken note of the drivers' concerns and would investigate any officer found collecting money illegally.
p|The command asked drivers to report such cases to the police complaints unit and listed the following numbers and channels:
li|the police emergency line, 191;
li|the regional command's hotline;
li|the Police Professional Standards Bureau.
whatsapp|Follow GoldCoastOnline's WhatsApp channel for the latest news
p|By midday, some vehicles had returned to the roads after union leaders met the regional police commander. The union said it would decide on Wednesday whether to call off the strike completely.
related|READ ALSO: Fuel prices: Transport operators reject call for fare cuts
tags|Tags: Kumasi Trotro Strike Police Transport
news-follow|Follow us on Google News
disclaimer|DISCLAIMER: The views expressed on this site are those of the contributors or sources and do not necessarily reflect the views of GoldCoastOnline. GoldCoastOnline will not be responsible or liable for any inaccurate or incorrect statements in the contributions.
comments|Comments (3)
comments|Yaw Darko · 2 hours ago
comments|The checkpoints at Ejisu are too many, this is true.
comments|Log in to comment
related|You may also like
related|Obuasi: Galamsey pits covered after pupil drowns
related|1 hour ago
related|Techiman: Yam prices fall as harvest peaks
related|4 hours ago
related|Kumasi Zoo reopens after renovation
related|Yesterday
most-read|Trending Now
teaser-list|1. Kumasi commuters stranded as trotro drivers strike over checkpoints
most-read|2. WAEC releases provisional WASSCE results
most-read|3. Cocoa farmers to receive new price from October
most-read|4. Hearts of Oak sign Ivorian striker
app|Get the GoldCoastOnline app on Google Play and the App Store
footer|About Us | Contact Us | Advertise | Privacy Policy | Terms of Use
footer|Follow us: Facebook X Instagram YouTube TikTok
copyright|© 2025 GoldCoastOnline. All rights reserved.
"""),
 dict(id="scottish-local-style-1", site="scottish-local-style", lang="en", sep="\n\n", title="Kirkmuir swimming pool to close for six months for roof repairs", date="2025-09-18", page="""
cookie|We value your privacy
cookie|We and our 142 partners store and/or access information on a device, such as cookies, and process personal data, such as unique identifiers and standard information sent by a device, for personalised advertising and content, advertising and content measurement, audience research and services development.
cookie|You may click to consent to our and our partners' processing as described above. Alternatively you may click to refuse to consent or access more detailed information and change your preferences before consenting.
cookie|MORE OPTIONS
cookie|REJECT ALL
cookie|ACCEPT ALL
skip-link|Skip to main content
menu|The Kirkmuir Advertiser
subscribe|Subscribe
login|Sign in
menu|News
menu|Sport
menu|Community
menu|What's On
menu|Opinion
menu|Announcements
menu|Jobs
menu|Property
menu|Motors
menu|Puzzles
menu|eEdition
breadcrumb|News
h1|Kirkmuir swimming pool to close for six months for roof repairs
lead|Swimmers will have to travel to neighbouring towns after council engineers found corrosion in the leisure centre's roof.
byline|By Fiona Laird
byline|Reporter
dateline|18th September
share|Share
caption|Kirkmuir Leisure Centre opened in 1986
credit|(Image: Newsquest)
p|KIRKMUIR'S only swimming pool will close for around six months from next month after engineers discovered serious corrosion in the steel beams supporting the roof.
p|The council's leisure trust confirmed on Tuesday that the pool hall at Kirkmuir Leisure Centre will shut on Monday, October 13, to allow the roof to be stripped back and repaired.
p|The gym, fitness studio and sports hall will remain open as normal throughout the works, which are expected to cost around £1.2 million.
ad|Advertisement
ad|Advertisement
related|READ MORE: Kirkmuir High School pupils raise £4,000 for hospice
p|A spokesperson for the trust said: "We know how important the pool is to the community and we're sorry for the disruption. Safety has to come first, and the survey left us with no choice."
p|Swimming lessons for around 300 children will be moved to the pool in Dunallan, with a free bus running on Saturday mornings from the leisure centre car park.
h2|'A real blow'
p|Local councillor Morag Henderson described the closure as "a real blow" for the town, particularly for older residents who use the pool for aquafit classes.
p|"People in Kirkmuir have waited a long time for investment in this building. I'll be pressing for the work to be finished on time and for the trust to look at the changing rooms while the pool is closed," she said.
p|Kirkmuir Amateur Swimming Club said its members would train in Dunallan and Perth until the pool reopens, expected in April next year.
related|READ MORE: Plans lodged for 40 new homes on edge of Kirkmuir
tip|Got a story? Email newsdesk@kirkmuiradvertiser.co.uk or message us on Facebook.
comments|Comments: Our rules
comments|We want our comments to be a lively and valuable part of our community - a place where readers can debate and engage with the most important local issues. The ability to comment on our stories is a privilege, not a right, however, and that privilege may be withdrawn if it is abused or misused.
comments|Please report any comments that break our rules.
comments|Read the rules here
comments|Last Updated:
comments|Report this comment Cancel
most-read|Most Read
most-read|Road closed after crash near Kirkmuir bridge
most-read|Tributes paid to former Kirkmuir butcher, 91
most-read|New café opens in former bank on High Street
most-read|Kirkmuir Thistle beaten on penalties in cup
obituary|Announcements
obituary|Death notices
obituary|MCINTOSH Jean (née Stewart)
obituary|Kirkmuir
obituary|Published: 17/09/2025
obituary|See all announcements
obituary|Place an announcement
sponsored|Sponsored
sponsored|Scots over 60 are snapping up this new hearing aid (it's so small nobody notices)
sponsored|Hear Clear
jobs|Local jobs
jobs|Care Assistant – Kirkmuir – £12.60 per hour
jobs|Farm Mechanic – Perthshire – Competitive
jobs|View all jobs
footer|The Kirkmuir Advertiser
footer|Contact us | Advertise | Subscribe | Terms and conditions | Privacy policy | Cookie settings | Announcements
footer|This website and associated newspapers adhere to the Independent Press Standards Organisation's Editors' Code of Practice. If you have a complaint about the editorial content which relates to inaccuracy or intrusion, then please contact the editor here. If you are dissatisfied with the response provided you can contact IPSO here
copyright|© 2025 Newsquest Media Group Ltd. Registered in England & Wales. 01676637.
"""),
 dict(id="scottish-local-style-2", site="scottish-local-style", lang="en", sep="\n\n", title="Pupils plant 500 trees to create new woodland at Kirkmuir primary", date="2025-11-27", page="""
cookie|We value your privacy
cookie|We and our 142 partners store and/or access information on a device, such as cookies, and process personal data, such as unique identifiers and standard information sent by a device, for personalised advertising and content, advertising and content measurement, audience research and services development.
cookie|You may click to consent to our and our partners' processing as described above. Alternatively you may click to refuse to consent or access more detailed information and change your preferences before consenting.
cookie|MORE OPTIONS
cookie|REJECT ALL
cookie|ACCEPT ALL
skip-link|Skip to main content
menu|The Kirkmuir Advertiser
subscribe|Subscribe
login|Sign in
menu|News
menu|Sport
menu|Community
menu|What's On
menu|Opinion
menu|Announcements
menu|Jobs
menu|Property
menu|Motors
menu|Puzzles
menu|eEdition
breadcrumb|Community
h1|Pupils plant 500 trees to create new woodland at Kirkmuir primary
lead|Children from every class helped plant native saplings on a former playing field that will become an outdoor classroom.
byline|By Callum Reid
dateline|27th November
share|Share
caption|Primary 6 pupils with some of the new saplings
credit|(Image: Supplied)
p|PUPILS at Westfield Primary School in Kirkmuir have planted 500 native trees on an unused corner of the school grounds, creating what staff hope will become a woodland classroom for generations to come.
p|Every class, from nursery to Primary 7, took part in the planting over two days last week, helped by parents, volunteers from the local community council and staff from a woodland charity.
ad|Advertisement
related|READ MORE: Christmas lights switch-on date confirmed for Kirkmuir
p|The saplings include:
li|rowan and silver birch;
li|hazel and hawthorn;
li|Scots pine and a small number of oaks.
p|The project was paid for by a £6,000 grant from a national tree-planting scheme, with a local garden centre donating tools, stakes and tree guards.
h2|'They'll see it grow up with them'
p|Headteacher Alison Munro said: "The children have been brilliant. Some of them were out in the rain with spades for hours. The nursery children planting today will be in Primary 7 when these trees are taller than them, so they'll see it grow up with them."
p|Primary 6 pupil Isla, 10, said her favourite part was choosing where to plant the rowans. "We put them near the fence so the birds can eat the berries," she said.
p|The school plans to add a path, log seating and bird boxes in the spring, and to open the woodland to the wider community at weekends.
tip|Got a story? Email newsdesk@kirkmuiradvertiser.co.uk or message us on Facebook.
comments|Comments: Our rules
comments|We want our comments to be a lively and valuable part of our community - a place where readers can debate and engage with the most important local issues. The ability to comment on our stories is a privilege, not a right, however, and that privilege may be withdrawn if it is abused or misused.
comments|Please report any comments that break our rules.
comments|Read the rules here
most-read|Most Read
most-read|Kirkmuir pool reopening date pushed back to May
most-read|Gritting routes confirmed as cold snap hits Perthshire
most-read|Man charged after disturbance in Kirkmuir Square
most-read|Bakery named among best in Scotland
obituary|Announcements
obituary|Death notices
obituary|ROBERTSON William (Bill)
obituary|Kirkmuir
obituary|Published: 26/11/2025
obituary|See all announcements
obituary|Place an announcement
sponsored|Sponsored
sponsored|Homeowners in Perthshire could get solar panels for no upfront cost – check if you qualify
sponsored|Solar Savings Scotland
jobs|Local jobs
jobs|School Janitor – Kirkmuir – £23,400
jobs|HGV Class 1 Driver – Perth – £38,000
jobs|View all jobs
footer|The Kirkmuir Advertiser
footer|Contact us | Advertise | Subscribe | Terms and conditions | Privacy policy | Cookie settings | Announcements
footer|This website and associated newspapers adhere to the Independent Press Standards Organisation's Editors' Code of Practice. If you have a complaint about the editorial content which relates to inaccuracy or intrusion, then please contact the editor here. If you are dissatisfied with the response provided you can contact IPSO here
copyright|© 2025 Newsquest Media Group Ltd. Registered in England & Wales. 01676637.
"""),
]
