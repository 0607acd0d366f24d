# Round 114: eight pages on four more layouts (a Kenyan English-language TV station's news site, a Guinean
# French-language regional news portal, a Namibian English-language daily's site, a Beninese French-language
# independent daily's site), written blind: without looking at the classifier, its rules or the benchmark.
# Each line: "label|text". Invented text; no real article is copied.
ROUND114 = [
 dict(id="citizen-tv-ke-style-1", site="citizen-tv-ke-style", lang="en", sep="\n", title="Met department warns of heavy rains in 21 counties as long rains intensify", date="2026-03-18", page="""
skip-link|Skip to content
breaking|BREAKING NEWS
breaking|Court halts Nairobi County parking fee hike pending hearing of petition
clock|Wednesday, March 18, 2026
watch|WATCH LIVE
listen|LISTEN LIVE
network|Jamii TV
network|Jamii Radio
network|Mlima FM
network|Pwani 98.4
network|Ziwani TV
logo|Jamii Digital
menu|Home
menu|News
menu|Business
menu|Sports
menu|Entertainment
menu|Opinion
menu|Lifestyle
menu|Videos
menu|Podcasts
menu|Shows
search|Search
account|Sign In
breadcrumb|Home / News / Kenya
section-label|Kenya
h1|Met department warns of heavy rains in 21 counties as long rains intensify
byline|By Faith Wanjiru Mwangi
dateline|Published on: Wed, 18 Mar 2026 10:42 EAT
reading-time|3 min read
share|Share this article
share|Facebook X WhatsApp Telegram LinkedIn Copy link
caption|Motorists wade through a flooded section of Mombasa Road in Nairobi on March 17, 2026.
credit|Photo: Jamii Digital / Kevin Odhiambo
lead|The Kenya Meteorological Department (KMD) has issued a heavy rainfall advisory for 21 counties, warning residents of flood-prone areas to move to higher ground as the March-April-May long rains season gathers pace.
p|In an advisory released on Wednesday morning, the weatherman said rainfall exceeding 50 millimetres in 24 hours is expected over parts of the Lake Victoria Basin, the Highlands East and West of the Rift Valley, Nairobi and the South-eastern lowlands from Thursday through Monday.
p|"The public is advised to be on the lookout for flash floods even in places where it may not be raining heavily, as run-off from the highlands may cause rivers to burst their banks," the advisory read in part.
h2|Counties on alert
p|The counties listed in the advisory are:
li|Nairobi, Kiambu, Murang'a, Nyeri and Kirinyaga
li|Kisumu, Siaya, Homa Bay, Migori and Busia
li|Kakamega, Bungoma, Vihiga and Trans Nzoia
li|Nakuru, Narok, Kericho, Bomet and Nandi
li|Machakos and Makueni
ad|Advertisement
p|The department also warned of strong winds exceeding 25 knots over the eastern parts of the country and over Lake Victoria, which it said could endanger fishermen and small vessels.
read-also|READ ALSO: Nairobi residents count losses as overnight downpour floods estates
p|In Nairobi, several roads were impassable on Tuesday evening after a downpour that lasted more than three hours. Motorists on Mombasa Road, Outer Ring Road and parts of Thika Road spent hours in traffic as drainage systems overflowed.
p|A county official in charge of disaster response, Peter Kamau Njoroge, said teams had been deployed to unclog drains in Kibra, Mathare, Mukuru and Kariobangi North, where hundreds of families live along river banks.
p|"We have identified more than 3,000 households living within 30 metres of riparian land. We are asking them to relocate temporarily, and the county will provide shelter in schools and social halls," Njoroge said.
video|WATCH: Mukuru kwa Njenga residents flee as Ngong River bursts its banks
video|02:14
video|Watch on YouTube
h2|Farmers urged to plant
p|While warning of floods, the weatherman said the rains were good news for farmers in the grain-growing regions of the Rift Valley and western Kenya, and advised them to take advantage of the wet spell to plant.
p|The Ministry of Agriculture has said subsidised fertiliser will be available at National Cereals and Produce Board (NCPB) depots across the country from next week, at Ksh2,500 for a 50-kilogramme bag.
p|"Farmers should get their seeds in the ground now. The forecast shows the rains will be well distributed through April," said Josephine Cherono, an agronomist in Eldoret.
p|During the 2024 long rains, flooding killed scores of people and displaced tens of thousands of families across the country, prompting the government to order the removal of structures built on riparian land.
p|The Kenya Red Cross Society said it had activated its toll-free line 1199 and pre-positioned relief supplies in Kisumu, Budalang'i and Tana River, where the Tana is expected to rise as water flows down from the highlands.
whatsapp|Follow Jamii Digital on WhatsApp for the latest news and updates. Click here
tags|Tags
tags|Kenya Meteorological Department
tags|Floods
tags|Long Rains
tags|Nairobi County
author-link|More from Faith Wanjiru Mwangi
comments|0 Comments
comments|Join the discussion...
comments|Log in with Facebook, Google or email
comments|Be the first to comment.
related|Related Stories
related|Kisumu: Nyando residents relocate as river levels rise
related|2 hours ago
related|State sets aside Ksh1.2 billion for flood response, says Interior PS
related|Yesterday
related|Trans Nzoia farmers delay planting over fertiliser shortage
related|3 days ago
most-read|Trending
most-read|1 Court halts Nairobi parking fee hike
most-read|2 KCSE 2025 results: Top 10 schools nationally
most-read|3 Harambee Stars coach names 26-man squad for AFCON qualifiers
most-read|4 EPRA retains pump prices for March-April cycle
video|Latest Videos
video|Jamii TV News at 9 - March 17, 2026
video|45:12
video|Mukuru floods: Families spend night on rooftops
video|03:08
video|View all videos
programme-guide|ON AIR NOW
programme-guide|Jamii Morning Express
programme-guide|UP NEXT: Jamii Nipashe 1:00 PM
app|Get the Jamii Digital App
app|GET IT ON Google Play
app|Download on the App Store
footer|About Us
footer|Contact Us
footer|Advertise With Us
footer|Careers
footer|Terms and Conditions
footer|Privacy Policy
footer|Complaints Procedure
social|Facebook Instagram YouTube TikTok X
copyright|© 2026 Jamii Media Group Ltd. All rights reserved.
cookie|This website uses cookies to ensure you get the best experience on our website. Learn more
cookie|Got it!
"""),
 dict(id="citizen-tv-ke-style-2", site="citizen-tv-ke-style", lang="en", sep="\n", title="Kisumu fishermen count losses as water hyacinth chokes Lake Victoria beaches", date="2026-02-09", page="""
skip-link|Skip to content
breaking|BREAKING NEWS
breaking|Senate adjourns debate on County Allocation Bill to Tuesday
clock|Monday, February 9, 2026
watch|WATCH LIVE
listen|LISTEN LIVE
network|Jamii TV
network|Jamii Radio
network|Mlima FM
network|Pwani 98.4
network|Ziwani TV
logo|Jamii Digital
menu|Home
menu|News
menu|Business
menu|Sports
menu|Entertainment
menu|Opinion
menu|Lifestyle
menu|Videos
menu|Podcasts
menu|Shows
search|Search
account|Sign In
breadcrumb|Home / News / Counties
section-label|Counties
h1|Kisumu fishermen count losses as water hyacinth chokes Lake Victoria beaches
byline|By Brian Ochieng Otieno
byline|Jamii TV Correspondent, Kisumu
dateline|Published on: Mon, 09 Feb 2026 16:05 EAT
dateline|Updated on: Mon, 09 Feb 2026 18:32 EAT
reading-time|4 min read
share|Share this article
share|Facebook X WhatsApp Telegram LinkedIn Copy link
video|PLAY
video|Kisumu fishermen stranded as hyacinth blocks beaches
video|03:41
video|Jamii TV News
lead|Hundreds of fishermen at Dunga, Usoma and Ogal beaches in Kisumu have been unable to reach their fishing grounds for nearly two weeks after a thick mat of water hyacinth drifted into the Winam Gulf.
p|The invasive weed, pushed by strong winds from the open lake, now stretches for several kilometres along the shoreline, trapping boats at the landing sites and cutting off ferries and tourist vessels.
p|At Dunga beach, dozens of wooden boats sat idle on Monday, their nets piled on the sand. Fish traders, most of them women, said they had been forced to buy fish from Uganda and Tanzania at higher prices to keep their businesses going.
p|"Since January 28, not a single boat from this beach has gone out. We depend on this lake for everything, school fees, food, rent. Right now we are just sitting," said Maurice Odero Akinyi, the chairman of the Dunga Beach Management Unit.
ad|Advertisement
ad|Safaricom Home Fibre - Get up to 30 days free. Terms apply.
h2|Prices shoot up
p|The shortage has pushed up the price of tilapia at Kisumu's Kibuye market from Ksh400 to as much as Ksh650 a kilogramme, while omena, the small silver cyprinid popular in low-income households, has nearly doubled in price.
p|"Customers complain, but what can we do? We are buying expensive fish and we cannot sell at a loss," said Rose Atieno, a fishmonger who has traded at the market for fifteen years.
read-also|READ ALSO: Homa Bay: Two fishermen missing after boat capsizes near Mbita
p|Beyond the fishing community, hoteliers on the lakeshore say the weed has also kept tourists away. Boat rides to Hippo Point, one of the city's main attractions, were suspended last week.
embed-blocked|This content is hosted by a third party (x.com). By showing the external content you accept the terms and conditions of x.com.
embed-blocked|Show external content
h2|Calls for a lasting solution
p|Water hyacinth has plagued the Winam Gulf since the late 1980s. Successive governments have tried manual removal, mechanical harvesters and the release of weevils that feed on the plant, with mixed results.
p|Local leaders now want the national and county governments to come up with a permanent plan instead of short-term clean-ups every time the weed returns.
p|"We have seen harvesters brought here with a lot of fanfare and then they break down and are left to rot at the pier. We need a long-term programme, and we need the community involved," said Kisumu Central ward representative Joan Adhiambo Oduor.
p|Among the measures the fishermen are asking for:
li|The immediate deployment of a mechanical harvester to clear the landing beaches
li|Relief food and cash transfers for families that have lost their income
li|Training and tools for youth groups to turn the harvested weed into briquettes, baskets and biogas
li|Stronger controls on the discharge of untreated sewage and farm chemicals into the lake
p|Kisumu County's fisheries officer, Dr Samuel Owuor Nyakach, told Jamii TV that the county had written to the Ministry of Blue Economy requesting support. "We have three machines, and only one is working. The scale of what we are seeing requires national intervention," he said.
p|Scientists at the Kenya Marine and Fisheries Research Institute (KMFRI) say nutrients washed into the lake from farms and towns are feeding the rapid spread of the weed, and warn that the problem will keep coming back unless pollution is controlled.
p|The fishermen say that if the beaches are not cleared by the end of the month, they will march to the county headquarters to demand action.
signature|Additional reporting by Lilian Achieng
whatsapp|Follow Jamii Digital on WhatsApp for the latest news and updates. Click here
tags|Tags
tags|Kisumu
tags|Lake Victoria
tags|Water Hyacinth
tags|Fishing
author-link|More from Brian Ochieng Otieno
comments|3 Comments
comments|Join the discussion...
comments|Log in with Facebook, Google or email
comments|Oloo Jakadera · 2 hours ago
comments|This happens every year and every year we hear the same promises. Shame.
comments|Reply · Like 14
comments|Wanjiku_254 · 1 hour ago
comments|Why not give the youth the contract to remove it by hand? Jobs for everyone.
comments|Reply · Like 6
comments|Load more comments
related|Related Stories
related|Homa Bay: Two fishermen missing after boat capsizes near Mbita
related|5 days ago
related|Blue Economy PS promises new fish landing sites in Busia and Siaya
related|2 weeks ago
related|Kisumu port handles record cargo in 2025
related|January 12, 2026
most-read|Trending
most-read|1 Senate adjourns debate on County Allocation Bill
most-read|2 Form One reporting: Parents stranded as fees rise
most-read|3 Gor Mahia edge AFC Leopards in Mashemeji derby
most-read|4 Nairobi Expressway toll charges revised
video|Latest Videos
video|Jamii TV News at 9 - February 8, 2026
video|44:57
video|Form One reporting: Long queues at Alliance High School
video|02:36
video|View all videos
programme-guide|ON AIR NOW
programme-guide|Jamii Live at 4
programme-guide|UP NEXT: Jamii Nipashe 7:00 PM
app|Get the Jamii Digital App
app|GET IT ON Google Play
app|Download on the App Store
footer|About Us
footer|Contact Us
footer|Advertise With Us
footer|Careers
footer|Terms and Conditions
footer|Privacy Policy
footer|Complaints Procedure
social|Facebook Instagram YouTube TikTok X
copyright|© 2026 Jamii Media Group Ltd. All rights reserved.
cookie|This website uses cookies to ensure you get the best experience on our website. Learn more
cookie|Got it!
"""),
 dict(id="ouest-info-gn-style-1", site="ouest-info-gn-style", lang="fr", sep="\n", title="Labé : la pénurie d'eau s'aggrave, plusieurs quartiers privés de robinet depuis trois semaines", date="2026-02-10", page="""
clock|mardi, février 10, 2026
weather|Labé 24°C
social|Facebook Twitter YouTube WhatsApp TikTok
account|Connexion
logo|Ouest-Info.gn
logo|L'info des régions, au cœur de la Guinée
ad|Orange Money : envoyez de l'argent partout en Guinée sans frais jusqu'au 28 février. Tapez #144#
menu|ACCUEIL
menu|POLITIQUE
menu|SOCIÉTÉ
menu|ÉCONOMIE
menu|RÉGIONS
menu|SANTÉ
menu|SPORT
menu|CULTURE
menu|INTERNATIONAL
menu|TRIBUNE
menu|CONTACT
search|Rechercher
breaking|FLASH INFO
breaking|Kindia : un camion-citerne se renverse sur la RN1, la circulation perturbée à Friguiagbé
breadcrumb|Accueil » Régions » Labé
section-label|Régions
h1|Labé : la pénurie d'eau s'aggrave, plusieurs quartiers privés de robinet depuis trois semaines
byline-label|Par
byline|Rédaction Ouest-Info
dateline|10 février 2026
comments|0
views|1 247 vues
reading-time|3 min de lecture
share|Partager sur Facebook
share|Partager sur Twitter
share|Partager sur WhatsApp
caption|Des femmes font la queue devant une borne-fontaine au quartier Kouroula, à Labé. (Photo Ouest-Info)
p|Depuis près de trois semaines, les robinets sont à sec dans plusieurs quartiers de la commune urbaine de Labé. À Kouroula, Daka, Tata et Hafia, des centaines de familles passent désormais leurs journées à la recherche du précieux liquide.
p|Dès 5 heures du matin, des files de bidons jaunes s'allongent devant les rares bornes-fontaines encore alimentées et devant les puits privés, où le bidon de vingt litres se négocie entre 2 000 et 3 000 francs guinéens.
p|« On ne dort plus. À 4 heures, je réveille les enfants pour aller chercher l'eau avant l'école. Quand on arrive en retard, il n'y a plus rien », témoigne Hadja Kadiatou Diallo, ménagère à Kouroula, rencontrée devant une borne-fontaine.
ad|Publicité
read-also|LIRE AUSSI : Pita : les producteurs de pomme de terre réclament des pistes rurales
h2|Des pannes et un réseau vieillissant
p|Joint au téléphone, le chef de la section régionale de la Société des eaux de Guinée (SEG) à Labé, Elhadj Thierno Amadou Sow, reconnaît la gravité de la situation. Il l'explique par la baisse du débit des sources en cette saison sèche et par des pannes répétées sur les pompes de la station de traitement.
p|« Deux de nos trois pompes sont tombées en panne en l'espace d'une semaine. Une pièce a été commandée à Conakry et nous attendons son arrivée d'ici la fin de la semaine. En attendant, nous avons mis en place un système de rationnement par quartier », explique-t-il.
p|Selon lui, le réseau de distribution de la ville, dont une grande partie date des années 1980, n'est plus adapté à une population qui a fortement augmenté ces dernières années. De nombreuses fuites sont signalées sur les conduites principales.
p|Le programme de rationnement annoncé par la SEG prévoit la desserte suivante :
li|Lundi et jeudi : Kouroula, Daka et Tata
li|Mardi et vendredi : Hafia, Mosquée et Konkola
li|Mercredi et samedi : Dowsaré, Pounthioun et Safatou
p|Mais sur le terrain, de nombreux habitants affirment ne pas avoir vu une goutte d'eau, même les jours prévus. « Le programme, c'est sur le papier. Chez nous, à Daka, rien n'est sorti depuis le 22 janvier », peste Mamadou Saliou Barry, enseignant.
h2|Les maladies hydriques redoutées
p|À l'hôpital régional de Labé, le personnel soignant dit craindre une hausse des cas de diarrhée et de fièvre typhoïde, de nombreuses familles se rabattant sur l'eau de puits non traitée ou sur celle des marigots.
p|« Nous recevons déjà plus d'enfants avec des diarrhées que d'habitude à cette période. Nous demandons aux parents de faire bouillir l'eau ou d'utiliser les comprimés de chlore », conseille un médecin du service de pédiatrie qui a requis l'anonymat.
p|Interrogé sur la question, le préfet de Labé a indiqué que des camions-citernes de la protection civile seraient déployés à partir de jeudi dans les quartiers les plus touchés, en attendant la réparation des pompes.
p|Les associations de jeunes de Kouroula et de Daka, elles, menacent de descendre dans la rue si la situation ne s'améliore pas d'ici la fin du mois.
signature|Mamadou Aliou Bah, correspondant régional à Labé
signature|Tél. : (+224) 628 14 57 90
tags|Étiquettes :
tags|Eau potable
tags|Labé
tags|Moyenne-Guinée
tags|SEG
share|Partagez cet article :
share|Facebook
share|Twitter
share|WhatsApp
share|Telegram
nav|Article précédent
nav|Mali : les commerçants de Yembéring dénoncent les tracasseries routières
nav|Article suivant
nav|Tougué : un pont de fortune cède sous le poids d'un camion de riz
whatsapp|Rejoignez la chaîne WhatsApp de Ouest-Info.gn pour recevoir nos informations en temps réel
related|ARTICLES SIMILAIRES
related|Koubia : la route Labé-Koubia toujours impraticable malgré les promesses
related|8 février 2026
related|Labé : les marchés fermés pour la journée de salubrité du samedi
related|6 février 2026
related|Lélouma : une campagne de dépistage gratuit du diabète organisée à Tyanguel Bori
related|3 février 2026
comments|Laisser un commentaire
comments|Annuler la réponse
comments|Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *
comments|Commentaire *
comments|Nom *
comments|E-mail *
comments|Site web
comments|Enregistrer mon nom, mon e-mail et mon site dans le navigateur pour mon prochain commentaire.
comments|Publier le commentaire
most-read|LES PLUS LUS
most-read|Mamou : le marché central ravagé par un incendie, des pertes énormes
most-read|Examens nationaux 2026 : le calendrier officiel publié
most-read|Syli national : la liste des 25 pour le match amical face au Bénin
teaser-list|DERNIERS ARTICLES
teaser-list|Boké : les riverains de la zone minière bloquent la route de Kamsar
teaser-list|il y a 2 heures
teaser-list|Dalaba : le festival de la culture peule reporté à avril
teaser-list|il y a 5 heures
ad|- Publicité -
ad|Guinée Games : Jouez et gagnez jusqu'à 50 millions GNF
disclaimer|Les jeux d'argent sont interdits aux mineurs. Jouez de manière responsable.
footer|À propos
footer|Nous contacter
footer|Publicité sur Ouest-Info
footer|Mentions légales
footer|Ouest-Info.gn est un site d'information générale couvrant l'actualité des régions de Guinée. Agréé par la Haute Autorité de la Communication (HAC).
footer|Siège : Quartier Tata, Commune urbaine de Labé - contact@ouest-info.gn
copyright|© 2026 Ouest-Info.gn - Tous droits réservés. Réalisé par GuiWeb Agency
back-to-top|Retour en haut
"""),
 dict(id="ouest-info-gn-style-2", site="ouest-info-gn-style", lang="fr", sep="\n", title="Boffa : la campagne de commercialisation de l'anacarde lancée, le prix plancher fixé à 6 500 GNF le kilo", date="2026-03-24", page="""
clock|mardi, mars 24, 2026
weather|Labé 29°C
social|Facebook Twitter YouTube WhatsApp TikTok
account|Connexion
logo|Ouest-Info.gn
logo|L'info des régions, au cœur de la Guinée
ad|MTN MoMo : payez votre facture EDG en un clic et recevez 5 % de bonus
menu|ACCUEIL
menu|POLITIQUE
menu|SOCIÉTÉ
menu|ÉCONOMIE
menu|RÉGIONS
menu|SANTÉ
menu|SPORT
menu|CULTURE
menu|INTERNATIONAL
menu|TRIBUNE
menu|CONTACT
search|Rechercher
breaking|FLASH INFO
breaking|Conakry : coupure d'électricité annoncée dans plusieurs quartiers de Ratoma ce mercredi
breadcrumb|Accueil » Économie » Agriculture
section-label|Économie
h1|Boffa : la campagne de commercialisation de l'anacarde lancée, le prix plancher fixé à 6 500 GNF le kilo
byline-label|Par
byline|Ibrahima Sory Camara
dateline|24 mars 2026
comments|2
views|863 vues
reading-time|4 min de lecture
share|Partager sur Facebook
share|Partager sur Twitter
share|Partager sur WhatsApp
caption|Des sacs de noix de cajou entreposés dans un magasin de collecte à Boffa-centre.
credit|© Ouest-Info.gn / I.S. Camara
dateline|Boffa, le 23 mars 2026 –
p|La campagne nationale de commercialisation de la noix de cajou 2026 a été officiellement lancée ce lundi à Boffa, en présence des autorités préfectorales, des représentants du ministère du Commerce, des exportateurs et de plusieurs centaines de producteurs venus des sous-préfectures environnantes.
p|Le prix plancher bord champ a été fixé à 6 500 francs guinéens le kilogramme, contre 5 800 GNF l'année dernière. Une hausse saluée par les producteurs, même si beaucoup estiment qu'elle reste insuffisante au regard de l'augmentation du coût de la vie.
p|« Ce prix est un minimum. Aucun acheteur n'a le droit de proposer moins aux producteurs. Ceux qui seront pris en train de frauder sur la balance ou sur le prix s'exposent à des sanctions », a prévenu le représentant du ministère du Commerce dans son discours de lancement.
ad|Publicité
read-also|LIRE AUSSI : Kindia : les producteurs d'ananas à la recherche de nouveaux débouchés
h2|Des producteurs méfiants
p|Sous le hangar du marché de Boffa-centre, les discussions allaient bon train après la cérémonie. Pour beaucoup de producteurs, la question n'est pas tant le prix annoncé que son respect effectif sur le terrain.
p|« Chaque année, on nous annonce un prix à la radio et dans les villages, les intermédiaires viennent avec leurs propres balances et leurs propres prix. Si l'État ne contrôle pas, ce prix restera dans les discours », estime Mamadouba Soumah, producteur à Tougnifily, qui exploite près de quatre hectares d'anacardiers.
p|Le président de l'union préfectorale des producteurs d'anacarde, Elhadj Sékou Bangoura, a pour sa part plaidé pour l'installation de magasins de stockage dans chaque sous-préfecture. « Quand le producteur n'a pas où garder ses noix, il est obligé de vendre vite, à n'importe quel prix, pour éviter les pertes », a-t-il expliqué.
h2|Les mesures annoncées
p|Pour encadrer cette campagne, les autorités ont annoncé plusieurs mesures :
li|l'interdiction de la commercialisation des noix avant maturité complète ;
li|le contrôle des balances par les services de la métrologie dans les marchés hebdomadaires ;
li|la délivrance d'une carte professionnelle obligatoire aux acheteurs et aux pisteurs ;
li|la lutte contre la sortie frauduleuse des noix vers les pays voisins.
p|Selon les chiffres avancés lors de la cérémonie, la Guinée a exporté l'an dernier un peu plus de 200 000 tonnes de noix brutes, principalement vers l'Inde et le Vietnam. La Basse-Guinée, notamment les préfectures de Boffa, Boké et Dubréka, fait partie des principales zones de production avec la Haute-Guinée.
p|Mais la quasi-totalité de la production continue d'être exportée sans transformation. Les rares unités de décorticage installées dans le pays fonctionnent bien en deçà de leur capacité, faute de financement et d'énergie fiable.
p|Le préfet de Boffa a invité les jeunes et les femmes à s'organiser en coopératives afin de bénéficier des appuis annoncés par l'État et ses partenaires pour la transformation locale. « L'anacarde peut créer des milliers d'emplois ici même, à Boffa, si nous décidons de transformer au lieu de tout envoyer à l'étranger », a-t-il lancé.
p|La campagne doit se poursuivre jusqu'à fin juillet. Des missions de contrôle conjointes du Commerce et de l'Agriculture sont annoncées dans les principaux marchés de la préfecture dès la semaine prochaine.
signature|Depuis Boffa, Ibrahima Sory Camara pour Ouest-Info.gn
signature|Tél. : (+224) 621 33 08 46
tags|Étiquettes :
tags|Anacarde
tags|Agriculture
tags|Boffa
tags|Basse-Guinée
share|Partagez cet article :
share|Facebook
share|Twitter
share|WhatsApp
share|Telegram
nav|Article précédent
nav|Dubréka : les pêcheurs de Khonkhonyah réclament un débarcadère moderne
nav|Article suivant
nav|Fria : reprise partielle des activités à l'usine d'alumine
whatsapp|Rejoignez la chaîne WhatsApp de Ouest-Info.gn pour recevoir nos informations en temps réel
related|ARTICLES SIMILAIRES
related|Boké : le prix du riz local flambe sur les marchés hebdomadaires
related|20 mars 2026
related|Campagne agricole 2026 : les engrais distribués aux producteurs de Kankan
related|15 mars 2026
related|Gaoual : les producteurs de coton attendent toujours leur paiement
related|9 mars 2026
comments|2 commentaires
comments|Alseny Camara
comments|24 mars 2026 à 14 h 12 min
comments|Il faut surtout contrôler les balances truquées. Les paysans sont volés chaque année.
comments|Répondre
comments|Fodé Soumah
comments|24 mars 2026 à 16 h 40 min
comments|Bonne initiative mais il faut des usines de transformation à Boffa même.
comments|Répondre
comments|Laisser un commentaire
comments|Annuler la réponse
comments|Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *
comments|Commentaire *
comments|Nom *
comments|E-mail *
comments|Site web
comments|Enregistrer mon nom, mon e-mail et mon site dans le navigateur pour mon prochain commentaire.
comments|Publier le commentaire
most-read|LES PLUS LUS
most-read|Labé : un commerçant porté disparu retrouvé sain et sauf à Koundara
most-read|Examens nationaux 2026 : les dates du BEPC et du Bac unique connues
most-read|Football : le Hafia FC renoue avec la victoire à domicile
teaser-list|DERNIERS ARTICLES
teaser-list|Siguiri : deux orpailleurs meurent dans l'effondrement d'un puits
teaser-list|il y a 1 heure
teaser-list|Mamou : la gare routière délocalisée, les chauffeurs grognent
teaser-list|il y a 3 heures
ad|- Publicité -
ad|Guinée Games : Jouez et gagnez jusqu'à 50 millions GNF
disclaimer|Les jeux d'argent sont interdits aux mineurs. Jouez de manière responsable.
footer|À propos
footer|Nous contacter
footer|Publicité sur Ouest-Info
footer|Mentions légales
footer|Ouest-Info.gn est un site d'information générale couvrant l'actualité des régions de Guinée. Agréé par la Haute Autorité de la Communication (HAC).
footer|Siège : Quartier Tata, Commune urbaine de Labé - contact@ouest-info.gn
copyright|© 2026 Ouest-Info.gn - Tous droits réservés. Réalisé par GuiWeb Agency
back-to-top|Retour en haut
"""),
 dict(id="the-namibian-daily-style-1", site="the-namibian-daily-style", lang="en", sep="\n", title="City to cut water to 4 000 defaulting households from Monday", date="2026-02-04", page="""
clock|Wednesday, 4 February 2026
weather|Windhoek 27°C
ticker|N$/US$ 17.86 ▼ NSX Overall 1 842.65 ▲ 0.41% Gold US$2 915 ▲
account|Subscribe
account|Log In
epaper|E-Edition
logo|The Namibian Courier
logo|Independent. Fearless. Namibian.
menu|Home
menu|News
menu|Politics
menu|Business
menu|Crime & Courts
menu|Sport
menu|Opinions
menu|Lifestyle
menu|Youth
menu|Environment
menu|Africa
menu|World
menu|Oshiwambo
menu|Otjiherero
menu|Podcasts
menu|SMSes
menu|Tenders
menu|Vacancies
search|Search...
breadcrumb|Home » News
section-label|National
h1|City to cut water to 4 000 defaulting households from Monday
byline-label|Author:
byline|Ndapewa Shikongo
dateline-label|Published:
dateline|2026-02-04
dateline|14:48
share|Facebook Twitter LinkedIn Email WhatsApp
listen|Listen to this article
listen|▶ 0:00 / 4:36
listen|1.0x
caption|DRY TAPS … Residents of Havana informal settlement fill containers at a communal water point on Tuesday.
credit|Photo: Helao Nghidinwa
p|The City of Windhoek says it will start disconnecting water supply to about 4 000 households that owe the municipality a combined N$312 million from Monday.
p|Most of the affected accounts are in Katutura, Khomasdal, Otjomuise and Wanaheda, where some residents have not paid for services in more than two years, the city's spokesperson, Lydia Kandjimi, said yesterday.
p|"We have issued final notices to all the account holders concerned. Those who come to our offices and make an arrangement before Friday will not be cut off. We are not doing this to punish anyone, but the city cannot continue to supply water it is not paid for," she said.
p|Kandjimi said the municipality itself owes the bulk water supplier, NamWater, more than N$400 million, and was at risk of having its own supply reduced.
paywall|Support credible journalism. Subscribe to The Namibian Courier for only N$85 a month and get unlimited access to news, analysis and the E-Edition. Subscribe now!
h2|'We are not working'
p|Residents who spoke to The Namibian Courier yesterday said they could not afford to settle their arrears, and accused the city of targeting the poor.
p|"I lost my job at the construction site last year. How must I pay N$18 000? I have four children at home. If they close the water, where must we go?" asked Selma Iipumbu (46), a resident of Otjomuise.
p|Another resident, Johannes Gaseb, said the city should first fix leaking pipes and faulty meters before disconnecting people. "Some of us receive bills of N$3 000 for one month, for a two-room house. Something is wrong with those meters," he said.
ad|ADVERTISEMENT
p|The city's arrangement options, according to the final notice seen by this newspaper, include:
li|a 20% down payment, with the balance spread over 24 months;
li|the installation of a prepaid water meter, with 25% of every purchase going towards the debt;
li|the writing off of interest for pensioners and registered indigent households who sign an agreement before 28 February.
p|Kandjimi said about 11 000 households had registered under the city's indigent support scheme, which gives them six kilolitres of free water a month.
h2|Councillors divided
p|The disconnection drive has split the municipal council, with some opposition councillors calling for a moratorium until the end of the rainy season.
p|"You cannot cut water to families during a heatwave while the city has not even fixed the leaks that waste millions of litres a day," said councillor Ruben Haufiku during a council meeting last week.
p|Mayor Elizabeth Nakale said the council had approved the drive after several extensions. "We gave residents a grace period in 2024 and again last year. The debt keeps growing. We have a duty to all ratepayers," she said.
p|The city says it loses about 12% of its treated water through leaks and illegal connections, and has budgeted N$95 million this financial year to replace old pipes in the northern suburbs.
signature|– ndapewa@courier.com.na
signature|– Additional reporting by Nampa
whatsapp|Stay informed: Join The Namibian Courier WhatsApp channel
tags|City of Windhoek
tags|water
tags|NamWater
tags|Katutura
comments|What do you think?
comments|0 Responses
comments|Upvote Funny Love Surprised Angry Sad
comments|0 Comments
comments|Sort by Best
comments|Start the discussion…
comments|LOG IN WITH
comments|OR SIGN UP WITH DISQUS ?
comments|Name
comments|Be the first to comment.
comments|Subscribe Privacy Do Not Sell My Data
related|Related Posts
related|NamWater warns of supply cuts to northern towns over unpaid bills
related|Rundu residents march over electricity tariffs
related|Windhoek to build 1 200 serviced plots in Goreangab
sms|Readers' SMSes
sms|The City must first fix the meters. My bill doubled in December and nobody answers the phone at the office. – Resident, Khomasdal
sms|Thank you Courier for the article on the Okahandja road. Our leaders must read it. – Concerned citizen
sms|Send your SMS to 085 511 0000. SMSes are edited for length and clarity.
most-read|Most Read
most-read|Teachers' union gives ministry 14 days over housing allowance
most-read|Man (29) arrested for stock theft in Omaheke
most-read|Brave Warriors climb 3 places in latest FIFA ranking
cartoon|Today's Cartoon
epaper|Read today's E-Edition
epaper|Today's paper: 4 February 2026
jobs|Latest Vacancies
jobs|Senior Civil Engineer – Roads Authority
jobs|Registered Nurse (x10) – Ministry of Health and Social Services
jobs|View all vacancies
footer|About Us
footer|Contact Us
footer|Advertise
footer|Editorial Policy
footer|Code of Ethics
footer|Privacy Policy
footer|Terms & Conditions
footer|Courier House, Independence Avenue, Windhoek
footer|Tel: +264 61 202 4400
copyright|© 2026 The Namibian Courier. All Rights Reserved.
back-to-top|↑
"""),
 dict(id="the-namibian-daily-style-2", site="the-namibian-daily-style", lang="en", sep="\n", title="Kunene farmers sell cattle at half price as drought bites", date="2026-01-21", page="""
clock|Wednesday, 21 January 2026
weather|Windhoek 31°C
ticker|N$/US$ 18.04 ▲ NSX Overall 1 811.20 ▼ 0.22% Gold US$2 874 ▲
account|Subscribe
account|Log In
epaper|E-Edition
logo|The Namibian Courier
logo|Independent. Fearless. Namibian.
menu|Home
menu|News
menu|Politics
menu|Business
menu|Crime & Courts
menu|Sport
menu|Opinions
menu|Lifestyle
menu|Youth
menu|Environment
menu|Africa
menu|World
menu|Oshiwambo
menu|Otjiherero
menu|Podcasts
menu|SMSes
menu|Tenders
menu|Vacancies
search|Search...
breadcrumb|Home » News » Regions
section-label|Regions
h1|Kunene farmers sell cattle at half price as drought bites
byline-label|Author:
byline|Ovaike Tjiuongua
dateline-label|Published:
dateline|2026-01-21
dateline|06:10
share|Facebook Twitter LinkedIn Email WhatsApp
translate|Lesa oshileshwa shino mOshiwambo
translate|Read this article in Otjiherero
listen|Listen to this article
listen|▶ 0:00 / 5:02
listen|1.0x
section-label|Key points
li|Farmers in the Opuwo and Sesfontein constituencies are selling cattle for N$2 500 to N$4 000, about half of last year's prices.
li|Grazing has collapsed after the region received less than a third of its normal rainfall.
li|The regional council says drought relief food will reach 14 000 households by March.
caption|NO GRAZING … A herder drives his cattle past dry pastures near Opuwo last week.
credit|Photo: Ovaike Tjiuongua
p|Communal farmers in the Kunene region say they are being forced to sell their cattle for half their value as the worst drought in a decade leaves them with no grazing and little water.
p|At an auction held at Opuwo on Friday, weaners sold for as little as N$2 500, while an adult ox, which last year fetched up to N$9 000, went for between N$3 500 and N$4 500, farmers told The Namibian Courier.
p|"We have no choice. If I keep them, they will die in the veld and I will get nothing. It is better to sell now and buy maize meal for the family," said Kaembi Tjambiru, a farmer from Otjondeka, who sold 12 of his 40 cattle.
h2|Rain failed
p|The region received less than a third of its average rainfall during the past season, according to the Namibia Meteorological Service, and the first rains of the current season have so far been scattered and weak.
p|Boreholes that once supplied both people and livestock have dried up or are broken. In some villages around Sesfontein, women walk more than eight kilometres to fetch water, said a community leader, Uerimunikavi Karuaihe.
p|"The animals are weak. They cannot walk to the far grazing areas anymore. Some farmers have lost more than half of their goats since November," she said.
related-inline|RELATED: Government extends drought emergency to June
p|Livestock traders, on the other hand, say the low prices reflect the poor condition of the animals and the cost of transporting them to feedlots and abattoirs in the south.
p|"Most of the animals we are buying are in poor condition. We have to feed them for three or four months before they can be slaughtered. The price must take that into account," said a Windhoek-based buyer who attended the auction but asked not to be named.
ad|ADVERTISEMENT
h2|Relief on the way
p|Kunene regional governor Maria Kandjii said the government had allocated N$68 million to the region under the national drought relief programme, which includes food parcels, the rehabilitation of boreholes and subsidies for livestock feed and transport.
p|"We have already started distributing food in Epupa and Opuwo Rural. By the end of March, every registered household should have received its parcel," Kandjii said.
p|She urged farmers to take advantage of the livestock marketing incentive, under which the government pays N$600 for every head of cattle sold to registered abattoirs, and to reduce their herds before the animals lose more condition.
p|Farmers' representatives, however, say the incentive does not help those far from the main roads. "The abattoir is 700 kilometres away. Who will pay the truck?" asked Tjambiru.
p|The Namibia National Farmers Union has called on the government to set up emergency feeding points and mobile auctions in the worst-affected constituencies, and to suspend grazing fees in state-owned emergency grazing areas.
p|The Meteorological Service has forecast normal to below-normal rainfall for the north-west of the country until the end of March.
signature|– ovaike@courier.com.na
paywall|Support credible journalism. Subscribe to The Namibian Courier for only N$85 a month and get unlimited access to news, analysis and the E-Edition. Subscribe now!
whatsapp|Stay informed: Join The Namibian Courier WhatsApp channel
tags|drought
tags|Kunene
tags|livestock
tags|farmers
comments|What do you think?
comments|1 Response
comments|Upvote Funny Love Surprised Angry Sad
comments|2 Comments
comments|Sort by Best
comments|Join the discussion…
comments|Tjikuua K.
comments|a day ago
comments|Every year the same story. Where are the boreholes that were promised in 2024?
comments|Reply
comments|Meme Ndeshi
comments|20 hours ago
comments|Feel for our people in the north-west. Government must act quickly.
comments|Subscribe Privacy Do Not Sell My Data
related|Related Posts
related|Government extends drought emergency to June
related|Zambezi fishermen hit by low river levels
related|Meatco raises producer prices for February
sms|Readers' SMSes
sms|Minister, please send water tankers to Otjondeka, our children are suffering. – Worried parent
sms|Why are the traffic lights at Independence Avenue not working for a week now? – Motorist
sms|Send your SMS to 085 511 0000. SMSes are edited for length and clarity.
most-read|Most Read
most-read|Grade 12 results: 41% qualify for university
most-read|Woman (31) drowns in Oshakati oshana
most-read|African Stars crowned Premiership champions
cartoon|Today's Cartoon
epaper|Read today's E-Edition
epaper|Today's paper: 21 January 2026
jobs|Latest Vacancies
jobs|Accountant – Namibia Water Corporation
jobs|Agricultural Extension Officers (x6) – Kunene Regional Council
jobs|View all vacancies
footer|About Us
footer|Contact Us
footer|Advertise
footer|Editorial Policy
footer|Code of Ethics
footer|Privacy Policy
footer|Terms & Conditions
footer|Courier House, Independence Avenue, Windhoek
footer|Tel: +264 61 202 4400
copyright|© 2026 The Namibian Courier. All Rights Reserved.
back-to-top|↑
"""),
 dict(id="le-soleil-benin-style-1", site="le-soleil-benin-style", lang="fr", sep="\n", title="Campagne cotonnière 2025-2026 : le Bénin table sur une production de 720 000 tonnes", date="2026-01-27", page="""
breaking|DERNIÈRE MINUTE
breaking|Conseil des ministres du mercredi 21 janvier 2026 : les principales décisions
clock|Mardi 27 janvier 2026
edition|N° 2847 du mardi 27 janvier 2026
epaper|Lire le journal du jour (PDF)
account|Abonnez-vous
account|Se connecter
logo|Le Soleil Bénin
logo|Le quotidien indépendant qui éclaire le Bénin
social|f X in ▶
menu|Accueil
menu|Politique
menu|Économie
menu|Société
menu|Départements
menu|Sport
menu|Culture
menu|Afrique
menu|Monde
menu|Contributions
menu|Annonces légales
menu|Contact
ad|Publicité
ad|Celtiis Cash : payez vos factures SBEE et SONEB sans vous déplacer. Composez *889#
breadcrumb|Accueil / Économie
section-label|ÉCONOMIE
h1|Campagne cotonnière 2025-2026 : le Bénin table sur une production de 720 000 tonnes
lead|Malgré l'installation tardive des pluies dans certaines zones du nord, les acteurs de la filière coton restent optimistes. Les premières estimations font état d'une production de 720 000 tonnes de coton-graine pour la campagne en cours.
byline|Par Fulgence A. HOUNKPATIN
dateline|Publié le 27 janvier 2026 à 08h15
views|👁 2 318
comments|💬 0
share|Facebook Twitter WhatsApp Telegram
print|Imprimer
font|A+ A-
caption|Des producteurs déchargent du coton-graine dans un marché autogéré à Kandi.
credit|(Ph. : Archives Le Soleil)
p|La campagne cotonnière 2025-2026 devrait se solder par une production d'environ 720 000 tonnes de coton-graine. C'est l'estimation rendue publique vendredi dernier à Parakou par l'interprofession du coton, à l'issue d'une session de son conseil d'administration consacrée au bilan à mi-parcours de la commercialisation.
p|Ce chiffre, s'il se confirme, placerait le Bénin parmi les premiers producteurs de coton du continent, dans un contexte marqué par une pluviométrie capricieuse. Dans plusieurs communes de l'Alibori et de l'Atacora, les premières pluies utiles ne sont arrivées qu'à la fin du mois de juin, retardant les semis de près de trois semaines.
p|« Nous avons eu peur au début de la saison. Mais les pluies se sont bien réparties en août et en septembre, et les producteurs ont suivi les itinéraires techniques. Le résultat est là », s'est félicité le secrétaire permanent de l'interprofession, Guy-Roger SOGLO, joint au téléphone.
read-also|Lire aussi : Filière anacarde : le prix plancher fixé à 400 FCFA le kilogramme
h2|Le Borgou et l'Alibori en tête
p|Comme les années précédentes, les départements de l'Alibori et du Borgou concentrent l'essentiel de la production. À eux seuls, ils devraient fournir près de 70 % du coton-graine de la campagne. Les communes de Banikoara, Kandi, Gogounou et Kalalé confirment leur rang de grands bassins cotonniers.
p|Au 20 janvier, un peu plus de 540 000 tonnes avaient déjà été collectées dans les marchés autogérés et acheminées vers les usines d'égrenage, selon les chiffres de l'interprofession. Les opérations de commercialisation devraient se poursuivre jusqu'à la fin du mois de février.
p|Le prix d'achat du coton-graine de premier choix a été maintenu à 300 FCFA le kilogramme, tandis que le second choix est payé à 250 FCFA. Les producteurs rencontrés à Banikoara saluent la régularité des paiements, même si certains se plaignent de retards dans les zones enclavées.
ad|Publicité
h2|Les intrants au cœur des préoccupations
p|La question des intrants reste toutefois au centre des débats. Les producteurs dénoncent le coût élevé des engrais et des insecticides, malgré la subvention accordée par l'État. « Un sac d'engrais NPK nous revient presque au même prix qu'il y a trois ans alors que nos charges ont augmenté », explique Bio Sanni ALI, producteur à Kalalé, qui cultive huit hectares.
p|Selon l'interprofession, plusieurs mesures sont envisagées pour la prochaine campagne :
li|la mise en place anticipée des intrants avant le 15 mai dans toutes les communes productrices ;
li|le renforcement des contrôles contre la revente frauduleuse des engrais subventionnés vers les pays voisins ;
li|l'extension du programme de conseil agricole aux jeunes producteurs ;
li|la promotion de la fumure organique pour réduire la dépendance aux engrais chimiques.
h2|Vers plus de transformation locale
p|Au-delà des volumes, les autorités insistent sur la nécessité de transformer davantage le coton sur place. La zone économique spéciale de Glo-Djigbé accueille déjà plusieurs unités de filature et de confection, qui absorbent une part croissante de la fibre produite.
p|Pour un cadre du ministère de l'Agriculture, de l'Élevage et de la Pêche, interrogé par nos soins, « l'enjeu des prochaines années n'est plus seulement de produire plus, mais de capter une plus grande part de la valeur ajoutée au Bénin ».
p|Les producteurs, eux, attendent d'abord de voir les retombées de cette industrialisation sur leurs revenus. « Si les usines achètent notre coton plus cher, nous serons les premiers à applaudir », résume Bio Sanni ALI.
signature|F. A. H.
tags|Mots clés :
tags|Coton
tags|Agriculture
tags|Alibori
tags|Borgou
share|Partager cet article
comments|0 commentaire
comments|Trier par
comments|Les plus anciens
comments|Ajouter un commentaire...
comments|Plug-in Commentaires Facebook
related|DANS LA MÊME RUBRIQUE
related|Port de Cotonou : un trafic record de 12 millions de tonnes en 2025
related|26 janvier 2026
related|Microfinance : le taux d'intérêt plafonné à 24 % à compter de mars
related|24 janvier 2026
related|Marché Dantokpa : les commerçants inquiets avant la reconstruction
related|22 janvier 2026
most-read|LES PLUS LUS
most-read|01 Recrutement des enseignants : la liste des admis publiée
most-read|02 Parakou : un bus de transport en commun se renverse à Tourou
most-read|03 Élimination CAN : les Guépards face à leur destin
notices|ANNONCES LÉGALES
notices|Constitution de société : ETS AGBODJAN & FILS SARL
notices|Avis d'appel d'offres N° 004/2026/MCA/SG
obituary|NÉCROLOGIE
obituary|Avis de décès : Feu Pascal Comlan HOUENOU, enseignant à la retraite
obituary|Remerciements : Famille ADJOVI à Ouidah
newsletter|Recevez chaque matin la Une du Soleil Bénin dans votre boîte mail
newsletter|Votre e-mail
newsletter|Je m'abonne
footer|Le Soleil Bénin, quotidien indépendant d'informations générales. Récépissé de déclaration N° 2014-112/HAAC
footer|Directeur de publication : Rodrigue M. AKPOVI
footer|Siège : Cotonou, Akpakpa, carré 1145 - Tél. : (+229) 01 97 00 00 00
footer|Qui sommes-nous ?
footer|Nos tarifs publicitaires
footer|Mentions légales
copyright|© 2026 Le Soleil Bénin. Tous droits réservés. Reproduction interdite sans autorisation.
back-to-top|Haut de page
"""),
 dict(id="le-soleil-benin-style-2", site="le-soleil-benin-style", lang="fr", sep="\n", title="Port obligatoire du casque homologué : « Nous demandons un délai de trois mois », plaide Simplice AGOSSOU", date="2026-03-10", page="""
breaking|DERNIÈRE MINUTE
breaking|Bac 2026 : le ministère fixe la date de clôture des inscriptions au 31 mars
clock|Mardi 10 mars 2026
edition|N° 2875 du mardi 10 mars 2026
epaper|Lire le journal du jour (PDF)
account|Abonnez-vous
account|Se connecter
logo|Le Soleil Bénin
logo|Le quotidien indépendant qui éclaire le Bénin
social|f X in ▶
menu|Accueil
menu|Politique
menu|Économie
menu|Société
menu|Départements
menu|Sport
menu|Culture
menu|Afrique
menu|Monde
menu|Contributions
menu|Annonces légales
menu|Contact
ad|Publicité
ad|Celtiis Cash : payez vos factures SBEE et SONEB sans vous déplacer. Composez *889#
breadcrumb|Accueil / Société
section-label|SOCIÉTÉ
section-label|ENTRETIEN
h1|Port obligatoire du casque homologué : « Nous demandons un délai de trois mois », plaide Simplice AGOSSOU
lead|À compter du 1er avril prochain, les conducteurs de taxi-moto qui ne porteront pas un casque homologué, et n'en fourniront pas à leurs passagers, seront verbalisés. Le secrétaire général de l'Union des conducteurs de taxi-moto du Bénin (UCTM-Bénin), Simplice AGOSSOU, salue la mesure mais réclame un délai supplémentaire. Entretien.
byline|Par Yves-Bertrand DOSSOU-YOVO
dateline|Publié le 10 mars 2026 à 07h40
dateline|Mis à jour le 10 mars 2026 à 11h02
views|👁 4 102
comments|💬 3
share|Facebook Twitter WhatsApp Telegram
print|Imprimer
font|A+ A-
caption|Simplice AGOSSOU, secrétaire général de l'UCTM-Bénin
credit|(Ph. : Le Soleil Bénin)
h2|Le Soleil Bénin : Le gouvernement a annoncé le renforcement des contrôles sur le port du casque homologué à partir du 1er avril. Comment avez-vous accueilli cette décision ?
p|Simplice AGOSSOU : Je voudrais d'abord dire que nous ne sommes pas contre le casque. Nous sommes les premières victimes des accidents de la route. Chaque semaine, nous enterrons des collègues. Donc le principe, nous l'acceptons. Mais la manière dont la mesure est appliquée nous pose problème.
h2|Qu'est-ce qui vous pose problème exactement ?
p|Le délai. La mesure a été annoncée il y a trois semaines et on nous dit que dès le 1er avril, la Police républicaine va commencer à verbaliser. Or un casque homologué coûte aujourd'hui entre 12 000 et 18 000 FCFA sur le marché. Le conducteur doit en acheter deux, un pour lui et un pour son client. Vous voyez que cela fait presque 30 000 FCFA. Pour un zémidjan qui gagne 3 000 ou 4 000 francs par jour après avoir payé son versement au propriétaire de la moto, ce n'est pas possible en un mois.
h2|Certains disent que la plupart des conducteurs possèdent déjà un casque…
p|C'est vrai, beaucoup ont un casque. Mais ce sont des casques qui ne sont pas homologués, achetés à 3 000 ou 5 000 francs à Dantokpa. Avec la nouvelle mesure, ces casques-là ne sont plus acceptés. C'est comme si le conducteur n'avait rien. Il faut tout recommencer.
ad|Publicité
h2|Que demandez-vous concrètement au gouvernement ?
p|Nous avons déposé une lettre au ministère du Cadre de vie et des Transports la semaine dernière. Nous demandons trois choses :
li|un délai supplémentaire de trois mois, jusqu'au 30 juin, avant le début des sanctions ;
li|la vente de casques homologués à prix subventionné, par l'intermédiaire des syndicats ;
li|une campagne de sensibilisation avant la répression, dans toutes les communes et pas seulement à Cotonou.
read-also|Lire aussi : Sécurité routière : 612 morts sur les routes béninoises en 2025
h2|Les amendes prévues sont-elles dissuasives, selon vous ?
p|Elles sont lourdes. On parle de 10 000 francs pour le conducteur et de la mise en fourrière de la moto en cas de récidive. Quand une moto va à la fourrière, le conducteur peut rester deux semaines sans travailler. Nous ne voulons pas que cette mesure devienne une occasion de racket sur nos routes. Nous demandons que les contrôles soient faits dans la transparence.
h2|Et les passagers ? Beaucoup refusent de porter le casque qu'on leur tend.
p|(Rires) C'est un vrai problème. Le client dit que le casque sent mauvais, qu'il va gâter sa coiffure, que c'est sale. Les femmes surtout refusent. Nous avons besoin que l'État nous aide à sensibiliser les usagers. Le conducteur ne peut pas se battre avec son client au bord de la route. Nous proposons aussi que les casques soient désinfectés régulièrement dans les parcs, et nous sommes prêts à nous organiser pour cela.
h2|Avez-vous eu une réponse du ministère ?
p|Pas encore officiellement. Mais nous avons été reçus par le directeur de cabinet, qui nous a écoutés. Nous gardons espoir. Nous ne voulons pas de grève, nous voulons le dialogue. Mais si rien n'est fait, nos militants nous demanderont de prendre nos responsabilités.
h2|Un dernier mot ?
p|Je demande à tous les conducteurs de commencer dès maintenant à économiser pour acheter leur casque. La vie n'a pas de prix. Le casque, c'est d'abord pour nous protéger, pas pour faire plaisir à la police.
signature|Propos recueillis par Y.-B. D.-Y.
tags|Mots clés :
tags|Sécurité routière
tags|Zémidjans
tags|Casque
tags|Transports
share|Partager cet article
comments|3 commentaires
comments|Trier par
comments|Les plus anciens
comments|Ajouter un commentaire...
comments|Gérard Kpadonou
comments|Le casque sauve des vies. Trois mois de plus c'est trop, les accidents continuent pendant ce temps.
comments|J'aime · Répondre · 2 sem
comments|Afiavi Hounsou
comments|Il faut d'abord contrôler la qualité des casques vendus à Dantokpa.
comments|J'aime · Répondre · 1 sem
comments|Voir 1 commentaire de plus
comments|Plug-in Commentaires Facebook
related|DANS LA MÊME RUBRIQUE
related|Abomey-Calavi : un pont s'effondre à Zopah, la circulation déviée
related|9 mars 2026
related|Santé : la campagne de vaccination contre la méningite lancée dans l'Atacora
related|7 mars 2026
related|Cotonou : les gares routières de Zongo et Dantokpa délocalisées
related|5 mars 2026
most-read|LES PLUS LUS
most-read|01 Bac 2026 : la date de clôture des inscriptions fixée au 31 mars
most-read|02 Lokossa : un enseignant interpellé pour détournement de frais d'examen
most-read|03 Championnat national : les Dragons de l'Ouémé reprennent la tête
notices|ANNONCES LÉGALES
notices|Modification statutaire : SOCIÉTÉ BÉNINOISE DE TRANSIT SA
notices|Avis de perte de titre foncier N° 2371 du Littoral
obituary|NÉCROLOGIE
obituary|Avis de décès : Feue Maman Rosalie AHOUANDJINOU née TOSSOU
obituary|Messe d'action de grâce : Famille GBÈDO à Porto-Novo
newsletter|Recevez chaque matin la Une du Soleil Bénin dans votre boîte mail
newsletter|Votre e-mail
newsletter|Je m'abonne
footer|Le Soleil Bénin, quotidien indépendant d'informations générales. Récépissé de déclaration N° 2014-112/HAAC
footer|Directeur de publication : Rodrigue M. AKPOVI
footer|Siège : Cotonou, Akpakpa, carré 1145 - Tél. : (+229) 01 97 00 00 00
footer|Qui sommes-nous ?
footer|Nos tarifs publicitaires
footer|Mentions légales
copyright|© 2026 Le Soleil Bénin. Tous droits réservés. Reproduction interdite sans autorisation.
back-to-top|Haut de page
"""),
]
