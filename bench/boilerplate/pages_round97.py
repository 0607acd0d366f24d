# Round 97: eight pages on four more layouts (a French regional daily of the Centre-Val de Loire, a Japanese
# English-language daily, a Congolese news portal with classifieds, a public broadcaster's Pacific news desk),
# written blind: without looking at the classifier, its rules or the benchmark, measured once. Each line:
# "label|text". Invented text; no real article is copied.
ROUND97 = [
 dict(id="la-nouvelle-republique-style-1", site="la-nouvelle-republique-style", lang="fr", sep="\n", title="Châtellerault : l'usine de roulements du Sanital va supprimer 85 postes d'ici la fin de l'année", date="2025-10-14", page="""
skip-link|Aller au contenu
skip-link|Aller à la navigation
cookie|Avec votre accord, nos partenaires et nous utilisons des cookies ou technologies similaires pour stocker et accéder à des informations personnelles comme votre visite sur ce site.
cookie|Accepter et fermer
cookie|Continuer sans accepter
cookie|Personnaliser mes choix
timestamp|Mardi 14 octobre 2025
weather|Châtellerault 16°
edition|Choisissez votre édition : Indre-et-Loire - Loir-et-Cher - Indre - Vienne - Deux-Sèvres
account|Se connecter
subscribe|S'abonner 1€ le 1er mois
epaper|Le journal numérique
menu|La Dépêche du Val
menu|Actualité
menu|Vienne
menu|Châtellerault
menu|Sports
menu|Loisirs
menu|Vidéos
menu|Podcasts
menu|Annonces
obituary|Avis de décès
games|Jeux
search|Rechercher
breaking|EN CE MOMENT
breaking|Tempête Benjamin : la vigilance orange levée dans la Vienne
breadcrumb|Accueil > Vienne > Châtellerault > Économie
section-label|Châtellerault
section-label|Économie
paywall|Abonnés
h1|Châtellerault : l'usine de roulements du Sanital va supprimer 85 postes d'ici la fin de l'année
lead|La direction de Rotalis Industries a présenté, mardi 14 octobre, un plan de réorganisation qui prévoit la suppression de 85 emplois sur les 310 que compte le site châtelleraudais. Les syndicats dénoncent « un coup de massue ».
dateline|Publié le 14/10/2025 à 18:05
dateline|Mis à jour le 14/10/2025 à 19:40
reading-time|Lecture 4 min.
share|Partager
share|Facebook
share|X
share|Mail
share|Copier le lien
save|Ajouter à mes favoris
comments|7 commentaires
caption|Une soixantaine de salariés se sont rassemblés devant l'entrée du site, mardi à l'heure de la pause déjeuner. © (Photo DVL, Jérôme Pacaud)
p|Le coup était redouté depuis le printemps, il est tombé mardi matin lors d'un comité social et économique extraordinaire. La direction de Rotalis Industries, qui fabrique des roulements à billes pour l'automobile et l'aéronautique dans la zone industrielle du Sanital, a annoncé son intention de supprimer 85 postes d'ici le 31 décembre.
p|Sont principalement concernés les ateliers de rectification et d'assemblage dédiés aux véhicules thermiques, dont les commandes ont chuté de près de 40 % en deux ans. « Nos clients constructeurs réduisent fortement leurs volumes sur ces gammes, et nous ne pouvons pas maintenir un outil dimensionné pour un marché qui n'existe plus », a justifié le directeur du site, Philippe Marchais, devant la presse en fin d'après-midi.
read-also|À lire aussi : Vienne : l'industrie automobile sous pression, les sous-traitants s'inquiètent
h2|« On nous avait promis l'inverse »
p|À l'heure du déjeuner, une soixantaine de salariés se sont rassemblés devant l'entrée de l'usine, drapeaux syndicaux en main. Beaucoup ont du mal à digérer l'annonce. « Il y a deux ans, on nous a fait visiter la nouvelle ligne pour l'aéronautique en nous disant que l'avenir du site était assuré. On nous avait promis l'inverse », lâche Sébastien, régleur depuis dix-neuf ans.
p|Pour Nadia Ferreira, déléguée CGT, « c'est un coup de massue pour les familles et pour tout le bassin châtelleraudais, qui a déjà payé très cher les fermetures des années 2000 ». L'intersyndicale a demandé la communication de l'ensemble des comptes du groupe et n'exclut pas un appel à la grève dans les prochains jours.
ad|Publicité
ad|Vienne : trouvez votre artisan de confiance près de chez vous - Devis gratuits
p|La direction assure vouloir privilégier les départs volontaires et les reclassements internes. Une trentaine de postes pourraient être proposés sur la ligne aéronautique, qui doit monter en cadence en 2026, ainsi que sur le site du groupe à Cholet (Maine-et-Loire).
h2|Les élus montent au créneau
p|Le maire de Châtellerault a réagi dans la soirée par communiqué, se disant « profondément choqué par la brutalité du calendrier ». Il annonce avoir sollicité un rendez-vous avec la préfète de la Vienne et le président de la Région pour « étudier toutes les pistes permettant de sauver un maximum d'emplois ».
p|Le député de la circonscription a, lui, demandé que les aides publiques perçues par l'entreprise ces dernières années, notamment au titre du plan de relance, soient « mises sur la table ».
box|Repères
box|1947 : création de l'usine sur le site du Sanital.
box|310 salariés aujourd'hui, contre plus de 900 au début des années 1990.
box|2023 : inauguration d'une ligne dédiée aux roulements aéronautiques.
p|Les négociations sur le plan de sauvegarde de l'emploi doivent s'ouvrir le 28 octobre. Elles devraient durer au moins deux mois. D'ici là, l'intersyndicale a prévu une réunion d'information avec l'ensemble du personnel jeudi matin, avant l'embauche de l'équipe du matin.
signature|Jérôme Pacaud
newsletter|Recevez gratuitement la newsletter Châtellerault
newsletter|Tous les jours, l'essentiel de l'actualité de votre ville dans votre boîte mail.
newsletter|Je m'inscris
tags|Châtellerault
tags|Économie
tags|Emploi
tags|Industrie
tags|Syndicats
comments|Commentaires (7)
comments|Réagir
comments|Vous devez être abonné pour commenter cet article.
comments|bobdu86
comments|Il y a 1 h
comments|Toujours la même histoire, les aides touchées et au revoir.
comments|Signaler un abus
comments|Voir tous les commentaires
teaser-list|Dans la même rubrique
teaser-list|Châtellerault : le marché de Noël s'installera boulevard Blossac
teaser-list|Il y a 2 h
teaser-list|Naintré : un nouveau médecin généraliste s'installe à la maison de santé
teaser-list|Il y a 5 h
teaser-list|Abonnés
teaser-list|Châtellerault : la Manu accueillera un salon du jeu vidéo en novembre
teaser-list|13/10/2025
most-read|Les plus lus en Vienne
most-read|1
most-read|Poitiers : une collision entre un bus et une voiture fait trois blessés rue de la Tranchée
most-read|2
most-read|Abonnés
most-read|Vienne : ces communes où les prix de l'immobilier ont baissé en un an
most-read|3
most-read|Loudun : la foire d'automne revient ce week-end
obituary|Avis de décès
obituary|Consultez les 23 avis de décès publiés aujourd'hui en Vienne
notices|Annonces légales
notices|Publier une annonce légale
network|Nos sites : Le Courrier Poitevin - Sud-Touraine Hebdo - Le Berrichon du dimanche
footer|La Dépêche du Val
footer|Contact
footer|Qui sommes-nous ?
footer|Abonnement
footer|Publicité
footer|Plan du site
footer|Mentions légales
footer|Politique de confidentialité
cookie|Paramétrer les cookies
copyright|© La Dépêche du Val 2025
"""),
 dict(id="la-nouvelle-republique-style-2", site="la-nouvelle-republique-style", lang="fr", sep="\n", title="Vendôme : après deux ans de travaux, les halles rouvrent avec quatorze commerçants", date="2026-04-04", page="""
skip-link|Aller au contenu
skip-link|Aller à la navigation
timestamp|Samedi 4 avril 2026
weather|Vendôme 13°
edition|Choisissez votre édition : Indre-et-Loire - Loir-et-Cher - Indre - Vienne - Deux-Sèvres
account|Se connecter
subscribe|S'abonner 1€ le 1er mois
epaper|Le journal numérique
menu|La Dépêche du Val
menu|Actualité
menu|Loir-et-Cher
menu|Vendôme
menu|Sports
menu|Loisirs
menu|Vidéos
menu|Podcasts
menu|Annonces
obituary|Avis de décès
games|Jeux
search|Rechercher
breadcrumb|Accueil > Loir-et-Cher > Vendôme > Commerce
section-label|Vendôme
h1|Vendôme : après deux ans de travaux, les halles rouvrent avec quatorze commerçants
lead|Fermées depuis le printemps 2024, les halles du centre-ville ont rouvert ce samedi matin. Charpente restaurée, verrière neuve, étals repensés : les Vendômois ont été nombreux à venir découvrir le nouveau visage de leur marché couvert.
byline|Par Claire Montagu
byline|Correspondante DVL
dateline|Publié le 04/04/2026 à 16:12
reading-time|Lecture 3 min.
share|Partager
share|Facebook
share|X
share|Mail
share|Copier le lien
save|Ajouter à mes favoris
comments|2 commentaires
caption|Dès 8 heures, les premiers clients se pressaient devant l'étal de la fromagerie.
credit|© (Photo CorrDVL, Claire Montagu)
p|Il n'était pas encore 8 heures, ce samedi 4 avril, que la file d'attente s'étirait déjà sur le trottoir de la rue du Change. Après deux années de chantier, les halles de Vendôme ont enfin rouvert leurs portes, et la curiosité l'a largement emporté sur la fraîcheur matinale.
p|« On venait ici avec ma mère quand j'étais petite, ça me faisait mal au cœur de voir les palissades », confie Josiane, 74 ans, son cabas à la main. « Franchement, c'est réussi. C'est plus clair, on circule mieux. »
h2|Une charpente de 1891 sauvée
p|Le bâtiment, construit à la fin du XIXe siècle, souffrait d'infiltrations et d'une charpente métallique rongée par la corrosion. La Ville a engagé un chantier de 3,2 millions d'euros, financé à près de 60 % par l'État, la Région Centre-Val de Loire et le Département.
p|Les travaux ont pris plus de temps que prévu. La découverte, à l'automne 2024, de fondations anciennes sous le dallage a imposé plusieurs semaines de fouilles archéologiques, et la fabrication de la nouvelle verrière a été retardée par la faillite d'un sous-traitant.
read-also|À lire aussi : Vendôme : le chantier des halles prend six mois de retard
p|Le maire, présent dès l'ouverture, a reconnu que l'attente avait été « longue, trop longue sans doute, pour les commerçants comme pour les clients ». Il a tenu à remercier les exposants qui ont accepté de s'installer provisoirement sur le parking du Mail pendant toute la durée du chantier.
h2|Ce qui change pour les clients
p|Outre la rénovation du bâtiment, l'organisation intérieure a été revue. Parmi les nouveautés :
li|quatorze étals permanents, contre onze avant les travaux, dont un caviste et un torréfacteur ;
li|une ouverture le mercredi après-midi, en plus du vendredi et du samedi ;
li|un espace de dégustation avec une quinzaine de places assises ;
li|des toilettes publiques et un local pour les vélos.
ad|Publicité
embed-blocked|Ce contenu est bloqué car vous n'avez pas accepté les cookies et autres traceurs. Cliquez sur « J'accepte » pour afficher le contenu.
embed-blocked|J'accepte
p|Tous les commerçants ne partagent pas le même enthousiasme. Installé depuis vingt-deux ans, un boucher regrette la hausse de la redevance mensuelle, « presque le double de ce qu'on payait avant ». La municipalité rappelle qu'un tarif réduit s'appliquera pendant la première année.
p|Pour fêter la réouverture, une animation musicale est prévue samedi 11 avril à partir de 10 heures, avec la fanfare de l'école de musique et une dégustation de produits du Perche vendômois.
signature|Claire Montagu
video|VIDÉO
video|Vendôme : les halles rénovées en images
video|01:48
newsletter|Recevez gratuitement la newsletter Loir-et-Cher
newsletter|Tous les jours, l'essentiel de l'actualité de votre département dans votre boîte mail.
newsletter|Je m'inscris
tags|Vendôme
tags|Commerce
tags|Patrimoine
comments|Commentaires (2)
comments|Réagir
comments|Vous devez être abonné pour commenter cet article.
comments|Vendomois41
comments|Il y a 3 h
comments|Très belle réussite, reste à régler le problème du stationnement le samedi.
comments|Signaler un abus
teaser-list|Dans la même rubrique
teaser-list|Vendôme : la piscine des Grands-Prés fermée deux semaines pour vidange
teaser-list|Il y a 1 h
teaser-list|Montoire-sur-le-Loir : une brocante géante dimanche sur les bords du Loir
teaser-list|Il y a 6 h
teaser-list|Abonnés
teaser-list|Loir-et-Cher : la carte scolaire 2026 dévoilée, sept fermetures de classes
teaser-list|03/04/2026
most-read|Les plus lus en Loir-et-Cher
most-read|1
most-read|Blois : un incendie ravage un entrepôt dans la zone de la Chaussée-Saint-Victor
most-read|2
teaser-list|Vendôme : après deux ans de travaux, les halles rouvrent avec quatorze commerçants
most-read|3
most-read|Romorantin : le grand prix cycliste de Sologne change de parcours
games|Mots fléchés, sudoku, mots croisés : jouez gratuitement
obituary|Avis de décès
obituary|Consultez les 17 avis de décès publiés aujourd'hui en Loir-et-Cher
network|Nos sites : Le Courrier Poitevin - Sud-Touraine Hebdo - Le Berrichon du dimanche
footer|La Dépêche du Val
footer|Contact
footer|Qui sommes-nous ?
footer|Abonnement
footer|Publicité
footer|Plan du site
footer|Mentions légales
footer|Politique de confidentialité
cookie|Paramétrer les cookies
copyright|© La Dépêche du Val 2026
"""),
 dict(id="japan-times-style-1", site="japan-times-style", lang="en", sep="\n", title="Hokkaido ski town offers free housing to lure foreign instructors as staff shortage bites", date="2026-01-22", page="""
skip-link|Skip to main content
timestamp|THURSDAY, JANUARY 22, 2026
weather|TOKYO 7°C
subscribe|SUBSCRIBE
account|SIGN IN
subscribe|GIFT A SUBSCRIPTION
menu|The Nippon Chronicle
menu|NEWS
menu|OPINION
menu|LIFE
menu|COMMUNITY
menu|CULTURE
menu|SPORTS
menu|PODCASTS
menu|MULTIMEDIA
menu|JAPAN
menu|BUSINESS
menu|ASIA PACIFIC
menu|WORLD
epaper|DIGITAL EDITION
search|SEARCH
breaking|BREAKING: Magnitude 5.1 quake shakes Ibaraki; no tsunami warning issued
section-label|JAPAN
section-label|SOCIETY
h1|Hokkaido ski town offers free housing to lure foreign instructors as staff shortage bites
byline|BY MIKA ODAGIRI
byline|STAFF WRITER
dateline|Jan 22, 2026
share|SHARE
share|Facebook
share|X
share|LINE
share|Reddit
share|Email
print|Print
gift|Gift this article
save|Save
caption|Skiers ride a lift above the town of Furano, Hokkaido, on Jan. 15. Resorts across the prefecture say they cannot fill instructor and lift operator jobs despite record visitor numbers.
credit|Mika Odagiri
gallery|PHOTO GALLERY (CLICK TO ENLARGE)
gallery|1 / 3
p|NISHIKAWA, HOKKAIDO – With foreign skiers pouring into Hokkaido in record numbers this winter, one small mountain town has come up with an unusual pitch to the people it needs most: come teach, and your rent is on us.
p|Nishikawa, a town of about 4,800 residents in central Hokkaido, began offering rent-free apartments this season to licensed ski and snowboard instructors who commit to working at the municipally run resort for at least two winters. The town converted a former teachers' dormitory into 12 furnished units for the program.
p|"We had guests on the waiting list for lessons every single weekend last year, and we had to turn people away," said Kenta Ishibashi, who heads the town's tourism division. "The snow is here, the customers are here. What we don't have is people."
ad|ADVERTISEMENT
h2|Labor crunch in the snow
p|The shortage is not unique to Nishikawa. According to a survey released in December by a Hokkaido industry group, more than 70% of ski resorts in the prefecture said they were short of staff for the 2025-26 season, with instructors, lift operators and kitchen workers the hardest positions to fill.
p|The crunch reflects Japan's broader demographic squeeze. Rural towns have lost many of their young people to Sapporo and Tokyo, and the seasonal nature of resort work makes it difficult to recruit locally. At the same time, the weak yen has helped drive inbound tourism to new highs, with skiers from Australia, Southeast Asia and Hong Kong filling hotels from December to March.
related-inline|RELATED STORY
related-inline|Niseko land prices climb again as overseas buyers return
p|Many resorts have turned to overseas workers on working holiday visas, who can stay for up to a year. But housing has become a bottleneck: in popular areas such as Niseko, rents for seasonal staff have risen sharply, and some workers have ended up sharing cramped rooms or commuting long distances.
p|"Housing is the first question every applicant asks," said Ishibashi. "If we can answer that one, the rest is much easier."
h2|Mixed response
p|So far, nine instructors have moved into the converted dormitory, including applicants from New Zealand, Canada, Taiwan and South Korea. Each must hold a recognized instructor qualification and attend a short course on Japanese safety rules and etiquette on the slopes.
p|Emma Whitfield, a 27-year-old snowboard instructor from Queenstown, New Zealand, said the offer tipped her decision. "I had offers from bigger resorts, but I would have spent half my wage on rent," she said. "Here I can actually save money, and the powder is just as good."
p|Not everyone in town is convinced. Some residents have questioned the cost of renovating the dormitory, roughly ¥85 million, at a time when the town's population is shrinking and local services are under strain. Town officials say the building would otherwise have been demolished and argue that the program will pay for itself through higher lesson revenue.
p|The town plans to review the scheme after its second season and has already received inquiries from three other municipalities in Hokkaido and Nagano Prefecture interested in similar programs.
subscribe|In a time of both misinformation and too much information, quality journalism is more crucial than ever.
subscribe|By subscribing, you can help us get the story right.
subscribe|SUBSCRIBE NOW
tags|KEYWORDS
tags|Hokkaido, Tourism, Skiing, Labor shortages, Foreign workers, Depopulation
comments|JOIN THE CONVERSATION
newsletter|Sign up for our free daily newsletter, The Morning Chronicle
newsletter|Enter your email
newsletter|SIGN UP
related|RELATED
related|Hotel workers in short supply as Japan tourist boom continues
related|Rural Japan turns to foreign residents to keep festivals alive
related|Working holiday visa applications to Japan hit record
sponsored|JT SPONSORED CONTENT
sponsored|Discover winter in Tohoku: hot springs, snow monkeys and sake breweries
jobs|FEATURED JOBS
jobs|English instructor (Sapporo) - Full time
jobs|Hotel front desk manager (Niseko) - Bilingual
jobs|View all jobs on Chronicle Careers
most-read|MOST POPULAR
most-read|1 Tokyo condo prices top ¥120 million on average for first time
most-read|2 Ruling bloc weighs snap election as approval holds steady
most-read|3 Why Japan's vending machines are quietly disappearing
most-read|4 Shinkansen service suspended on Tohoku line after heavy snow
most-read|5 Samurai Japan names 30-man roster for World Baseball Classic
podcast|DEEP DIVE PODCAST
podcast|Is Japan ready for a tourism tax boom?
footer|The Nippon Chronicle
footer|About us
footer|Contact us
footer|Advertise
footer|Subscribe
footer|Privacy policy
footer|Terms of use
footer|Cookie settings
network|The Chronicle Alpha - Chronicle Books - Chronicle Events - Chronicle Careers
copyright|Copyright 2026 The Nippon Chronicle, Ltd. All rights reserved.
"""),
 dict(id="japan-times-style-2", site="japan-times-style", lang="en", sep="\n", title="Japan and Philippines agree to expand joint coast guard drills in South China Sea", date="2026-05-19", page="""
skip-link|Skip to main content
timestamp|TUESDAY, MAY 19, 2026
weather|TOKYO 22°C
subscribe|SUBSCRIBE
account|SIGN IN
subscribe|GIFT A SUBSCRIPTION
menu|The Nippon Chronicle
menu|NEWS
menu|OPINION
menu|LIFE
menu|COMMUNITY
menu|CULTURE
menu|SPORTS
menu|PODCASTS
menu|MULTIMEDIA
menu|JAPAN
menu|BUSINESS
menu|ASIA PACIFIC
menu|WORLD
epaper|DIGITAL EDITION
search|SEARCH
section-label|ASIA PACIFIC
section-label|POLITICS & DIPLOMACY
h1|Japan and Philippines agree to expand joint coast guard drills in South China Sea
byline|KYODO
dateline|May 19, 2026
share|SHARE
share|Facebook
share|X
share|LINE
share|Reddit
share|Email
print|Print
gift|Gift this article
save|Save
caption|Japan Coast Guard and Philippine Coast Guard vessels take part in a joint exercise off Manila Bay in June 2025.
credit|Kyodo
listen|Listen to this article
listen|00:00 / 04:26
p|MANILA – Japan and the Philippines agreed Tuesday to expand joint coast guard exercises in the South China Sea and to hold them more frequently, as both countries seek to counter what they see as increasingly assertive Chinese activity in nearby waters.
p|The agreement came during talks in Manila between Japanese Foreign Minister Hiroshi Nakazato and his Philippine counterpart, Ramon Villareal, who said the two sides would also step up information sharing on maritime incidents.
p|Under the arrangement, the coast guards of the two countries will hold at least four large-scale drills a year, up from one or two, including search-and-rescue operations and exercises simulating the interception of vessels suspected of illegal fishing. The drills may also involve the United States and Australia on an ad hoc basis.
p|"Freedom of navigation and the rule of law at sea are the foundation of peace and prosperity in this region," Nakazato told a joint news conference. "Japan stands firmly with the Philippines."
ad|ADVERTISEMENT
p|Villareal thanked Tokyo for its support in strengthening the Philippine Coast Guard's capabilities, which has included the provision of patrol vessels and coastal radar systems under Japan's official development assistance and its Official Security Assistance framework for like-minded countries.
related-inline|READ MORE
related-inline|Japan to supply more patrol ships to Manila under security aid program
related-inline|China protests as Philippines and Japan sign defense pact
p|The ministers also confirmed progress on a separate agreement that would allow the two countries' militaries to exchange fuel, food and other supplies during joint training. The Reciprocal Access Agreement, which lets their forces train on each other's territory, took effect last year.
p|Tensions in the South China Sea have persisted, with repeated confrontations between Chinese and Philippine vessels near Second Thomas Shoal and Scarborough Shoal, where Chinese coast guard ships have used water cannons against Philippine boats.
p|China claims nearly the entire South China Sea and has rejected a 2016 international arbitration ruling that found its sweeping claims had no legal basis. Beijing's Foreign Ministry did not immediately comment on Tuesday's agreement, but it has previously accused Manila of provoking incidents with the backing of outside powers.
p|Japan, which has its own territorial dispute with China over the Senkaku Islands in the East China Sea, has been deepening security ties with the Philippines, seen as a key partner in maintaining stability along vital sea lanes.
p|Nakazato is scheduled to travel to Vietnam on Wednesday for talks with senior officials there.
subscribe|In a time of both misinformation and too much information, quality journalism is more crucial than ever.
subscribe|By subscribing, you can help us get the story right.
subscribe|SUBSCRIBE NOW
tags|KEYWORDS
tags|China, Philippines, South China Sea, Japan Coast Guard, Diplomacy
comments|JOIN THE CONVERSATION
newsletter|Sign up for our free daily newsletter, The Morning Chronicle
newsletter|Enter your email
newsletter|SIGN UP
related|RELATED
related|Chinese coast guard ships enter Japanese waters near Senkakus for third day
related|Defense spending to hit record ¥9.9 trillion in budget request
related|U.S., Japan and Philippines to hold trilateral summit in Tokyo
video|VIDEO
video|Watch: Japan Coast Guard's newest patrol ship enters service
video|2:14
most-read|MOST POPULAR
most-read|1 Rice prices fall for sixth straight week as new stockpile sales begin
most-read|2 Nankai Trough quake probability raised to 'around 80%'
teaser-list|3 Japan and Philippines agree to expand joint coast guard drills in South China Sea
most-read|4 Tokyo to introduce four-day workweek for metro government staff
most-read|5 Japanese ace strikes out 11 in major league debut
opinion|OPINION
opinion|EDITORIAL: Maritime cooperation must not become an arms race
opinion|Stability at sea needs more than patrol boats
footer|The Nippon Chronicle
footer|About us
footer|Contact us
footer|Advertise
footer|Subscribe
footer|Privacy policy
footer|Terms of use
footer|Cookie settings
network|The Chronicle Alpha - Chronicle Books - Chronicle Events - Chronicle Careers
copyright|Copyright 2026 The Nippon Chronicle, Ltd. All rights reserved.
"""),
 dict(id="mediacongo-style-1", site="mediacongo-style", lang="fr", sep="\n", title="Kinshasa : la Regideso annonce quatre jours de coupures d'eau dans cinq communes pour des travaux à Ngaliema", date="2026-02-09", page="""
ticker|Taux du jour : 1 USD = 2 845,00 CDF (BCC)
ticker|1 EUR = 3 092,50 CDF
weather|Kinshasa 31°C
timestamp|Lundi 09 février 2026
account|Connexion
account|Inscription
classifieds|+ Publier une annonce gratuite
menu|KINMEDIA.NET
menu|Le portail de la RDC
menu|ACCUEIL
menu|ACTUALITÉS
menu|ANNONCES
menu|EMPLOIS
menu|APPELS D'OFFRES
menu|MARKET
menu|KM TV
menu|DOCUMENTS
menu|DÉCÈS
menu|ANNUAIRE
search|Rechercher sur KinMedia
ad|Publicité
ad|Envoyez de l'argent vers toute la RDC en 5 minutes - Frais offerts ce mois-ci
breadcrumb|Actualités > Société
section-label|SOCIÉTÉ
h1|Kinshasa : la Regideso annonce quatre jours de coupures d'eau dans cinq communes pour des travaux à Ngaliema
dateline|09.02.2026 à 08:17
views|Lu 4 216 fois
comments|Réactions (18)
font|Taille du texte A+ A-
print|Imprimer
share|Partager sur : Facebook Twitter WhatsApp Telegram
caption|Des habitants remplissent des bidons à une borne-fontaine à Kintambo (photo d'archives)
credit|Photo : KinMedia
p|Kinshasa, 9 février 2026 (KMN). La Régie de distribution d'eau (Regideso) a annoncé dimanche soir une interruption de la fourniture d'eau potable dans cinq communes de la capitale, du mardi 10 au vendredi 13 février, en raison de travaux de raccordement sur une conduite principale à Ngaliema.
p|Selon le communiqué signé par la direction provinciale de Kinshasa, les communes concernées sont Ngaliema, Kintambo, Bandalungwa, Lingwala et une partie de la Gombe. Les quartiers situés en hauteur, notamment Binza Ozone et Binza Pigeon, pourraient connaître des perturbations au-delà de cette période, le temps que la pression se rétablisse dans le réseau.
h2|Une conduite vieille de plus de cinquante ans
p|Les travaux portent sur le remplacement d'un tronçon de la conduite qui relie l'usine de traitement de Ngaliema aux réservoirs de la ville haute. Posée au début des années 1970, cette canalisation a connu plusieurs ruptures ces derniers mois, provoquant des fuites importantes le long de l'avenue des Écuries.
p|« Il s'agit d'une intervention lourde mais indispensable. Si nous ne le faisons pas maintenant, nous risquons des coupures beaucoup plus longues et imprévisibles pendant la saison des pluies », a expliqué à KinMedia un ingénieur de la Regideso, sous couvert d'anonymat.
ad|Publicité
ad|Appartements meublés à Gombe - Sécurité 24h/24, groupe électrogène - À partir de 1 500 $ / mois
p|La Regideso indique avoir prévu un dispositif de camions-citernes qui desserviront en priorité les hôpitaux, les écoles et certains marchés. La liste des points de distribution doit être publiée lundi sur ses pages officielles et affichée dans les maisons communales.
read-also|Lire aussi : Ngaliema : la rupture d'une conduite inonde l'avenue des Écuries
h2|Colère et résignation
p|L'annonce a été accueillie avec agacement par de nombreux Kinois, habitués aux coupures à répétition. « Chez nous à Bandal, l'eau ne coule déjà que deux jours sur sept. Maintenant, ils nous disent quatre jours sans rien. Comment on va faire avec les enfants ? », s'interroge Mama Chantal, vendeuse au marché de Bandalungwa.
p|Dans les quartiers populaires, les prix des bidons d'eau vendus par les porteurs ont déjà augmenté dimanche soir, passant de 500 à 1 000 francs congolais le bidon de vingt litres selon plusieurs habitants joints par téléphone.
p|La société civile de la commune de Ngaliema a demandé à la Regideso de respecter strictement le calendrier annoncé et de communiquer quotidiennement sur l'avancement du chantier. Elle rappelle que des travaux similaires, en 2024, avaient duré près de deux semaines au lieu des cinq jours prévus.
p|La Regideso recommande aux ménages de constituer des réserves d'eau avant mardi matin et de faire bouillir l'eau stockée avant de la consommer.
signature|Patrick Lukusa / KinMedia
whatsapp|Suivez KinMedia sur WhatsApp : rejoignez notre chaîne pour recevoir l'actualité en direct
tags|Mots-clés : Regideso, eau potable, Ngaliema, Kintambo, Bandalungwa
comments|Réactions (18)
comments|Pour réagir, veuillez vous connecter ou créer un compte.
comments|Mwana Mboka
comments|09.02.2026 à 09:02
comments|Cinquante ans sans entretien et c'est maintenant qu'on se réveille. Regideso ebongisa makambo !
rating|J'aime 42
rating|Je n'aime pas 3
comments|Répondre
comments|Kinois_pur
comments|09.02.2026 à 09:40
comments|Au moins ils ont prévenu cette fois. Courage à tous.
rating|J'aime 17
rating|Je n'aime pas 9
comments|Répondre
comments|Afficher les 16 autres réactions
related|Articles similaires
related|Snel : délestages renforcés à Limete et Matete cette semaine
related|Kinshasa : les travaux de l'avenue de la Libération reprennent
related|Lualaba : la Regideso inaugure une nouvelle station de pompage à Kolwezi
most-read|LES PLUS LUS
most-read|Budget 2026 : le Parlement adopte la loi de finances rectificative - 12 540 lectures
most-read|Linafoot : Mazembe s'impose face à V.Club au stade des Martyrs - 9 877 lectures
most-read|Bac : les dates de l'Exetat 2026 enfin connues - 8 302 lectures
classifieds|ANNONCES RÉCENTES
classifieds|Vente - Toyota Land Cruiser Prado 2018, 72 000 km - 41 000 $ - Kinshasa
classifieds|Location - Maison 4 chambres, Ma Campagne, Ngaliema - 2 200 $ / mois
classifieds|Vente - Parcelle 20 x 40 à Mont-Ngafula, titre foncier - 35 000 $
classifieds|Voir toutes les annonces
jobs|OFFRES D'EMPLOI
jobs|Comptable senior - Kinshasa - Expire le 20.02.2026
jobs|Chauffeur-mécanicien - Matadi - Expire le 15.02.2026
jobs|Chargé de projet WASH - Goma - Expire le 27.02.2026
notices|APPELS D'OFFRES
notices|Fourniture de matériel informatique pour la province du Kwilu - Date limite : 05.03.2026
obituary|NÉCROLOGIE
obituary|Décès de Maman Bernadette Mbuyi Kalala - Levée de corps le 12.02.2026
pdf|DOCUMENTS
pdf|Communiqué Regideso du 08 février 2026 (PDF - 214 Ko)
footer|KinMedia.net - Le portail de la RDC depuis 2004
footer|Qui sommes-nous
footer|Publicité
footer|Contact
footer|Conditions d'utilisation
footer|Charte des réactions
contact|Tél : +243 81 000 00 00 - redaction@kinmedia.net
copyright|© 2004-2026 KinMedia.net - Tous droits réservés
"""),
 dict(id="mediacongo-style-2", site="mediacongo-style", lang="fr", sep="\n", title="Lualaba : les exportations de cobalt reprennent sous quotas, les opérateurs miniers réclament plus de visibilité", date="2025-11-18", page="""
ticker|Taux du jour : 1 USD = 2 870,00 CDF (BCC)
ticker|1 EUR = 3 118,40 CDF
weather|Kinshasa 29°C
timestamp|Mardi 18 novembre 2025
account|Connexion
account|Inscription
classifieds|+ Publier une annonce gratuite
menu|KINMEDIA.NET
menu|Le portail de la RDC
menu|ACCUEIL
menu|ACTUALITÉS
menu|ANNONCES
menu|EMPLOIS
menu|APPELS D'OFFRES
menu|MARKET
menu|KM TV
menu|DOCUMENTS
menu|DÉCÈS
menu|ANNUAIRE
search|Rechercher sur KinMedia
ad|Publicité
ad|Banque du Katanga Plus : ouvrez votre compte en ligne en 10 minutes
breadcrumb|Actualités > Économie
section-label|ÉCONOMIE
h1|Lualaba : les exportations de cobalt reprennent sous quotas, les opérateurs miniers réclament plus de visibilité
dateline|18.11.2025 à 11:46
views|Lu 2 971 fois
comments|Réactions (6)
font|Taille du texte A+ A-
print|Imprimer
share|Partager sur : Facebook Twitter WhatsApp Telegram
byline|Par : Dieudonné Kasongo, correspondant à Lubumbashi
caption|Camions chargés d'hydroxyde de cobalt au poste frontalier de Kasumbalesa
credit|Photo : Droits tiers
p|Les premiers camions chargés d'hydroxyde de cobalt ont franchi ce week-end le poste frontalier de Kasumbalesa, dans le Haut-Katanga, mettant fin à plusieurs mois de suspension des exportations. Une reprise encadrée : chaque entreprise dispose désormais d'un quota annuel fixé par l'Autorité de régulation et de contrôle des marchés des substances minérales stratégiques (ARECOMS).
p|Le gouvernement avait suspendu les exportations au début de l'année pour freiner la chute des cours mondiaux, la RDC produisant à elle seule plus des deux tiers du cobalt de la planète. Depuis, les prix sur le marché international se sont nettement redressés, ce que Kinshasa présente comme la preuve du succès de sa stratégie.
h2|Des quotas jugés trop serrés
p|Mais sur le terrain, à Kolwezi comme à Lubumbashi, les opérateurs dénoncent un système encore flou. Plusieurs entreprises affirment ne pas avoir reçu la notification officielle de leur quota pour le premier trimestre 2026, ce qui les empêche de négocier leurs contrats de vente.
p|« Nous ne contestons pas le principe. Mais une mine ne se pilote pas au mois le mois. Nous avons besoin de chiffres clairs pour au moins douze mois », explique le directeur d'une société minière opérant dans le Lualaba, qui a requis l'anonymat.
read-also|Lire aussi : Cobalt : la RDC prolonge la suspension des exportations de trois mois
p|La Chambre des mines de la Fédération des entreprises du Congo a adressé la semaine dernière une lettre au ministre des Mines, demandant notamment :
li|la publication de la liste complète des quotas attribués, entreprise par entreprise ;
li|un mécanisme de révision trimestrielle en fonction de l'évolution des cours ;
li|des garanties pour les stocks accumulés pendant la période de suspension ;
li|la simplification des procédures douanières à Kasumbalesa et à Sakania.
ad|Publicité
ad|Location engins miniers et camions benne - Kolwezi, Likasi, Lubumbashi - Devis sous 24h
h2|Les creuseurs artisanaux inquiets
p|Les creuseurs artisanaux, qui fournissent une part importante du cobalt congolais, redoutent pour leur part d'être les grands oubliés du nouveau système. Dans les sites de Kasulo et de Mutoshi, plusieurs coopératives affirment que les comptoirs d'achat ont réduit leurs prix, invoquant l'incertitude sur les volumes exportables.
p|« Avant, on vendait le sac à un bon prix. Maintenant, le comptoir dit qu'il ne sait pas s'il pourra exporter. Le creuseur est toujours le premier à souffrir », déplore un responsable de coopérative à Kolwezi.
p|Du côté de l'ARECOMS, on assure que toutes les notifications seront transmises avant la fin du mois et que les quotas pourront être ajustés en cours d'année. L'autorité rappelle que l'objectif est de « garantir des revenus stables à l'État et aux provinces productrices ».
signature|Dieudonné Kasongo
whatsapp|Suivez KinMedia sur WhatsApp : rejoignez notre chaîne pour recevoir l'actualité en direct
tags|Mots-clés : cobalt, ARECOMS, Lualaba, Kasumbalesa, mines
comments|Réactions (6)
comments|Pour réagir, veuillez vous connecter ou créer un compte.
comments|Tshimanga K.
comments|18.11.2025 à 12:31
comments|Enfin le Congo décide pour ses propres ressources. Mais qu'on pense aux creuseurs !
rating|J'aime 25
rating|Je n'aime pas 2
comments|Répondre
comments|Afficher les 5 autres réactions
related|Articles similaires
related|Mines : la production de cuivre atteint un nouveau record au troisième trimestre
related|Kolwezi : la route vers Kasumbalesa en réfection
related|Haut-Katanga : grève des transporteurs à la frontière zambienne
video|KM TV
video|Débat : la RDC peut-elle fixer le prix du cobalt ?
video|Durée : 24:10
most-read|LES PLUS LUS
most-read|Assemblée nationale : le bureau d'âge installé - 10 114 lectures
most-read|Kinshasa : embouteillages monstres sur le boulevard du 30 Juin - 7 460 lectures
teaser-list|Lualaba : les exportations de cobalt reprennent sous quotas, les opérateurs miniers réclament plus de visibilité - 2 971 lectures
classifieds|ANNONCES RÉCENTES
classifieds|Vente - Groupe électrogène Perkins 100 kVA, état neuf - 14 500 $ - Lubumbashi
classifieds|Location - Entrepôt 600 m² à Likasi, route de Kolwezi - 3 000 $ / mois
classifieds|Voir toutes les annonces
jobs|OFFRES D'EMPLOI
jobs|Ingénieur géologue - Kolwezi - Expire le 30.11.2025
jobs|Responsable HSE - Lubumbashi - Expire le 05.12.2025
notices|APPELS D'OFFRES
notices|Réhabilitation de la route Likasi - Kolwezi, lot 3 - Date limite : 12.12.2025
obituary|NÉCROLOGIE
obituary|Décès de Papa Jean-Pierre Ilunga Mwamba - Inhumation le 21.11.2025
footer|KinMedia.net - Le portail de la RDC depuis 2004
footer|Qui sommes-nous
footer|Publicité
footer|Contact
footer|Conditions d'utilisation
footer|Charte des réactions
contact|Tél : +243 81 000 00 00 - redaction@kinmedia.net
copyright|© 2004-2025 KinMedia.net - Tous droits réservés
"""),
 dict(id="rnz-pacific-style-1", site="rnz-pacific-style", lang="en", sep="\n", title="Solomon Islands school leavers left waiting as new university campus misses opening date", date="2026-03-03", page="""
skip-link|Skip to content
listen|Listen live
listen|NZPR National
listen|NZPR Concert
listen|NZPR Pacific
menu|NZPR
menu|Menu
search|Search
menu|Home
menu|News
menu|Pacific
menu|Te Ao Māori
menu|Programmes
menu|Podcasts
menu|Music
account|Log in
section-label|Pacific News
menu|Pacific News
menu|Dateline Pacific
menu|Pacific Waves
menu|Tagata o te Moana
menu|Frequencies
h1|Solomon Islands school leavers left waiting as new university campus misses opening date
lead|Hundreds of students accepted into a new regional campus in Malaita province have been told classes will not start until at least July.
byline|Georgina Tafea, NZPR Pacific Journalist
dateline|5:12 pm on 3 March 2026
share|Share this
share|Share on Twitter
share|Share on Facebook
share|Share via email
share|Share on Reddit
share|Share on LinkedIn
caption|The unfinished science block at the new campus site near Auki. Photo: Supplied / Malaita Provincial Government
p|Hundreds of Solomon Islands school leavers who were due to start university studies this week have been told they will have to wait at least another four months, after the opening of a new campus in Malaita province was delayed.
p|The campus, near the provincial capital Auki, was meant to take its first intake of about 450 students in early March, offering foundation courses in education, nursing and agriculture.
p|But Education Ministry officials confirmed on Monday that construction of the main teaching block and student accommodation had fallen behind schedule, and the buildings would not be ready before July.
listen|Listen duration 4′ 36″
listen|Play now
listen|Add to playlist
listen|Download: Ogg MP3 ( 4′ 36″ )
listen|On Dateline Pacific: Malaita students face long wait for campus opening
p|The delay has left many families in a difficult position. Some students had already travelled from outer islands to Auki and paid for lodging in anticipation of the start of classes.
p|"My son left home in February with his bag and everything. Now he is just sitting around in town, and we are paying for his food and his room," said Rosemary Maesua, a mother from the Lau Lagoon area.
h2|'We underestimated the logistics'
p|The permanent secretary for education, Dr Joseph Ramoifuila, said the government regretted the disruption but said the delays were largely outside its control.
p|"We underestimated the logistics of moving materials to the site during the wet season," he said. "Two shipments of steel and roofing were held up in Honiara port for several weeks, and heavy rain in January made the access road impassable."
p|He said students who had enrolled would keep their places and that the ministry was looking at ways to support those who had already relocated.
p|Options under consideration include:
li|starting some courses online from April, using the provincial library's internet connection;
li|temporary classrooms at an Auki secondary school during its holidays;
li|a one-off allowance for students from outer islands.
related-inline|Read more:
related-inline|Solomon Islands budget boosts spending on tertiary education
related-inline|Malaita's new road project promises to cut travel times in half
h2|Concern over rising numbers
p|The campus is a centrepiece of the government's plan to reduce pressure on the main national university in Honiara, which turns away thousands of qualified applicants every year because of a lack of space.
p|Opposition MP for East Malaita, Peter Fa'asina, said the delay was "yet another broken promise to the young people of this province".
p|"Every year that passes, more of our students give up and go looking for work in Honiara or overseas. We cannot afford to keep them waiting," he said.
p|The ministry says it will announce a firm opening date by the end of April.
tags|Solomon Islands
tags|Education
tags|Pacific
tags|Politics
copyright|Copyright © 2026, New Zealand Public Radio
newsletter|Subscribe to NZPR's Daily Newsletter
newsletter|View latest newsletter
teaser-list|Pacific News
teaser-list|Fiji's sugar cane growers warn of cut to harvest after Cyclone Mele
teaser-list|Tonga's new prime minister names cabinet
teaser-list|Bougainville independence talks to resume in May
app|Get the NZPR app for ad-free news and current affairs
teaser-list|Top News from New Zealand
teaser-list|Inflation eases to 2.4 percent in December quarter
teaser-list|Parliament returns with debate over Treaty principles
teaser-list|Heavy rain warning for Coromandel as low moves south
programme-guide|NZPR Pacific
programme-guide|Dateline Pacific
programme-guide|Weekdays at 6pm
programme-guide|Pacific Waves
programme-guide|Weekdays at 5pm
programme-guide|NZPR Pacific on shortwave: 7425 kHz, 9700 kHz (UTC 0500-1100)
footer|NZPR
footer|Home
footer|News
footer|Pacific
footer|Programmes
footer|About NZPR
footer|Contact us
footer|Careers
footer|Complaints
footer|Terms of use
footer|Privacy
footer|Te Reo Māori: Kōrero mai
"""),
 dict(id="rnz-pacific-style-2", site="rnz-pacific-style", lang="en", sep="\n", title="Vanuatu declares state of emergency on Tanna as ashfall ruins gardens and water supply", date="2026-01-14", page="""
skip-link|Skip to content
listen|Listen live
listen|NZPR National
listen|NZPR Concert
listen|NZPR Pacific
menu|NZPR
menu|Menu
search|Search
menu|Home
menu|News
menu|Pacific
menu|Te Ao Māori
menu|Programmes
menu|Podcasts
menu|Music
account|Log in
section-label|Pacific News
menu|Pacific News
menu|Dateline Pacific
menu|Pacific Waves
menu|Tagata o te Moana
menu|Frequencies
h1|Vanuatu declares state of emergency on Tanna as ashfall ruins gardens and water supply
lead|Authorities say around 14,000 people on the island's western side have been affected by weeks of ash from Mount Yasur.
byline|Hilda Tavoa, Vanuatu Island Times
dateline|11:48 am on 14 January 2026
share|Share this
share|Share on Twitter
share|Share on Facebook
share|Share via email
share|Share on Reddit
share|Share on LinkedIn
caption|Mount Yasur on Tanna Island has been spewing ash since late December.
credit|Photo: AFP / Ben Morel
p|The Vanuatu government has declared a state of emergency for parts of Tanna Island, as persistent ashfall from Mount Yasur destroys food gardens and contaminates water supplies.
p|The Council of Ministers approved the declaration on Tuesday, covering the west and south-west of the island for an initial period of 30 days.
p|The National Disaster Management Office (NDMO) says around 14,000 people are affected, with some villages reporting a layer of ash several centimetres thick on crops and roofs.
p|Yasur, one of the world's most accessible active volcanoes and a major tourist attraction, has been at alert level 3 since late December, according to the Vanuatu Meteorology and Geo-hazards Department.
h2|Gardens 'covered in grey'
p|Chief Nako Iaruel of Lenakel said families had lost most of their taro, island cabbage and kava plants.
p|"When you go to the garden now, everything is covered in grey. The leaves are burnt, the young kava is dying," he said. "People are worried about what they will eat in two, three months."
p|Rainwater tanks, which many households rely on for drinking water, have also been contaminated.
p|The NDMO said priority needs were:
li|drinking water and water purification tablets;
li|food rations for the most affected villages;
li|face masks, particularly for children and the elderly;
li|seeds and planting material to restart gardens once the ashfall eases.
embed-blocked|This content is hosted by a third party. To view it, you need to allow social media cookies.
embed-blocked|Allow cookies
p|The director of the NDMO, Shadrack Kalo, said relief teams had already distributed water to several communities and that a ship carrying supplies from Port Vila was due to arrive in Lenakel on Thursday.
p|"We are also working with the health department to monitor respiratory problems and eye irritation, especially in schools when they reopen," he said.
h2|Tourism hit
p|The volcano's summit area has been closed to visitors since the alert level was raised, a blow to local tour operators and bungalow owners who depend on the peak tourist season.
p|"January is usually our busiest time. Now we have nobody," said bungalow owner Jean-Marc Tari. "But safety comes first."
p|New Zealand and Australia have both said they are ready to provide assistance if requested.
p|Scientists say it is not possible to predict how long the heightened activity will last.
signature|This story was first published by the Vanuatu Island Times and is republished under a partnership agreement with NZPR.
listen|Listen duration 3′ 52″
listen|Play now
listen|Add to playlist
listen|Download: Ogg MP3 ( 3′ 52″ )
listen|On Pacific Waves: Tanna communities count the cost of Yasur ashfall
tags|Vanuatu
tags|Natural disasters
tags|Pacific
tags|Environment
copyright|Copyright © 2026, New Zealand Public Radio
newsletter|Subscribe to NZPR's Daily Newsletter
newsletter|View latest newsletter
teaser-list|Pacific News
teaser-list|Samoa's measles vaccination drive reaches 90 percent of children
teaser-list|Cook Islands leader defends seabed mining licence extension
teaser-list|PNG landslide: search suspended in Enga province
app|Get the NZPR app for ad-free news and current affairs
teaser-list|Top News from New Zealand
teaser-list|Fonterra lifts forecast milk price
teaser-list|Man dies after being swept off rocks in Piha
teaser-list|Auckland water restrictions not ruled out as dry spell continues
programme-guide|NZPR Pacific
programme-guide|Dateline Pacific
programme-guide|Weekdays at 6pm
programme-guide|Pacific Waves
programme-guide|Weekdays at 5pm
programme-guide|NZPR Pacific on shortwave: 7425 kHz, 9700 kHz (UTC 0500-1100)
footer|NZPR
footer|Home
footer|News
footer|Pacific
footer|Programmes
footer|About NZPR
footer|Contact us
footer|Careers
footer|Complaints
footer|Terms of use
footer|Privacy
footer|Te Reo Māori: Kōrero mai
"""),
]
