# Round 107: eight pages on four more layouts (an English-language pan-African aggregator republishing partner
# outlets' articles, a French 24-hour TV news channel's site, an English-language Ukrainian reader-funded news site,
# a Nigerien French-language weekly's site), written blind: without looking at the classifier, its rules or the
# benchmark, measured once. Each line: "label|text". Invented text; no real article is copied.
ROUND107 = [
 dict(id="allafrica-aggregator-style-1", site="allafrica-aggregator-style", lang="en", sep="\n", title="Nigeria: Armyworm Outbreak Spreads to 14 Kano LGAs As Farmers Count Losses", date="2025-09-17", page="""
skip-link|Skip to main content
menu|AfriWire.com
menu|Africa: Select a country
account|Sign In
account|Subscribe
search|Search AfriWire
lang-switch|English · En Français
menu|Top Headlines
menu|Latest
menu|Africa
menu|Business
menu|Conflict
menu|Health
menu|Environment
menu|Sport
menu|Entertainment
menu|Technology
menu|Women
menu|Photos
menu|Podcasts
menu|Regions: Central Africa East Africa North Africa Southern Africa West Africa
menu|Nigeria: Top Headlines · Business · Health · Agriculture · Politics · Security
ad|Advertisement
ad|Fly Abuja to Nairobi from $389 return - Book now
breadcrumb|Nigeria · West Africa · Agriculture
h1|Nigeria: Armyworm Outbreak Spreads to 14 Kano LGAs As Farmers Count Losses
byline|Northern Sentinel (Kano)
byline|By Aminu Sule Dankano
dateline|17 September 2025
share|Share
share|Print
share|Email
share|Facebook
share|X
share|WhatsApp
share|LinkedIn
credit|Photo: Northern Sentinel
caption|A maize farmer inspects damaged stalks on his farm in Dawakin Tofa (file photo).
lead|Farmers in Kano State say the fall armyworm has destroyed large portions of their maize and sorghum crops weeks before harvest, as officials scramble to supply pesticides to the worst-hit communities.
p|An outbreak of fall armyworm has spread to at least 14 local government areas of Kano State, destroying maize and sorghum farms and raising fears of a poor harvest in one of the country's main grain-producing states.
p|Officials of the state Ministry of Agriculture confirmed on Tuesday that the pest, first reported in Dawakin Tofa and Bichi in late August, had since been sighted in Gwarzo, Karaye, Rogo, Tsanyawa and eight other councils.
p|Farmers who spoke to Northern Sentinel said the caterpillars attacked the crops at night and could strip a field within days. "I planted four hectares of maize this year. Today I cannot even say I will harvest one," said Malam Sani Idris, a farmer in Kunya village. "We sprayed twice with what we bought in the market but they keep coming back."
read-also|Also Read: Kano Govt Distributes 20,000 Bags of Fertiliser to Smallholder Farmers
p|The fall armyworm, a moth native to the Americas, was first detected in Nigeria in 2016 and has since become a recurring threat to maize production across West Africa. Its larvae feed on the leaves and cobs of maize, and can also attack sorghum, millet and rice.
h2|Govt sends teams to affected areas
p|The Commissioner for Agriculture, Dr Habiba Usman Gaya, said the ministry had dispatched extension workers to the affected areas and would begin distributing pesticides and knapsack sprayers to farmers this week.
p|"We have identified the hotspots and we are working with the local governments and farmer associations so that the chemicals reach the people who need them, not middlemen," she said at a briefing in Kano. She advised farmers to inspect their fields early in the morning and to report any sighting to the nearest agricultural office.
ad|Advertisement
p|The commissioner did not give a figure for the area affected, but the Kano chapter of the Maize Growers, Processors and Marketers Association estimated that more than 30,000 hectares had been attacked.
p|The association's chairman, Alhaji Musa Garba Rimi, said many farmers had used fake or diluted chemicals bought from open markets. He urged the government to crack down on sellers of substandard agrochemicals and to compensate farmers who lose their crops.
h2|Fears over food prices
p|Agricultural economists warn that losses in Kano, Katsina and Jigawa could push up the price of maize, which has only recently begun to fall after two years of record highs.
p|A lecturer at Bayero University, Dr Ibrahim Lawan, said the outbreak showed the need for a permanent surveillance system. "Every year we react after the damage is done. We need trained scouts in every ward and a stock of approved pesticides before the rainy season begins," he said.
p|He also recommended that farmers adopt early-maturing and tolerant varieties and practise crop rotation, which researchers say can reduce the impact of the pest.
p|Meanwhile, the federal Ministry of Agriculture and Food Security said it was monitoring the situation and would support affected states with inputs under its dry season farming programme.
signature|Read the original article on Northern Sentinel.
copyright|Copyright © 2025 Northern Sentinel. All rights reserved. Distributed by AfriWire Global Media (AfriWire.com). To contact the copyright holder directly for corrections — or for permission to republish or make other authorised use of this material, click here.
disclaimer|AfriWire publishes around 400 reports a day from more than 100 news organisations and over 500 other institutions and individuals, representing a diversity of positions on every topic. We publish news and views ranging from vigorous opponents of governments to government publications and spokespersons. Publishers named above each report are responsible for their own content, which AfriWire does not have the legal right to edit or correct.
disclaimer|Articles and commentaries that identify AfriWire.com as the publisher are produced or commissioned by AfriWire. To address comments or complaints, please Contact us.
tags|Tagged:
tags|Nigeria
tags|West Africa
tags|Agriculture
tags|Food and Agriculture
tags|Environment
nav|Previous Story: Nigeria: Senate Confirms Nominees for Power Sector Regulator
nav|Next Story: Nigeria: NAFDAC Seals Pharmacies Over Expired Drugs in Onitsha
ad|Advertisement
teaser-list|More Top Headlines
teaser-list|Sudan: Aid Convoy Reaches El Fasher After Four-Month Blockade
teaser-list|Kenya: Treasury Proposes New Levy on Mobile Money Transfers
teaser-list|Ghana: Cocoa Farmers Protest Delayed Payments
teaser-list|South Africa: Load-Shedding Returns As Two Units Trip at Power Station
teaser-list|Africa: WHO Warns of Rising Cholera Cases in 12 Countries
read-more|More »
related|Don't Miss
related|Nigeria: How Smallholders Are Turning to Drones to Spray Crops
related|Africa: Why the Continent Still Imports $50 Billion of Food a Year
related|Nigeria: Flood Alert Issued for 21 States As Dams Release Water
most-read|Most Popular · Nigeria
most-read|Nigeria: Petrol Price Drops to N820 in Lagos As Marketers Adjust Pumps
most-read|Nigeria: Lecturers Give Govt Two-Week Ultimatum Over Agreement
most-read|Nigeria: Exam Council Releases 2025 SSCE Results, 61% Pass
newsletter|Get the latest in African news delivered straight to your inbox
newsletter|Email address
newsletter|Sign Up
about|AfriWire is a voice of, by and about Africa - aggregating, producing and distributing 500 news and information items daily from over 100 African news organisations and our own reporters to an African and global public. We operate from Cape Town, Dakar, Abuja, Johannesburg, Nairobi and Washington DC.
footer|Home · Latest · Top Headlines · Sitemap · Who We Are · Our Partners · Publications · Careers · Privacy · Terms of Service · Contact Us · Help
footer|AfriWire Global Media · Mobile · RSS · Newsletters
copyright|Copyright © 2025 AfriWire Global Media. All rights reserved.
cookie|This site uses cookies. By continuing to browse, you agree to our use of cookies. Privacy Policy
cookie|OK
"""),
 dict(id="allafrica-aggregator-style-2", site="allafrica-aggregator-style", lang="en", sep="\n", title="Malawi: Lilongwe Water Board Announces Rationing As Kamuzu Dam Levels Drop", date="2025-11-04", page="""
skip-link|Skip to main content
menu|AfriWire.com
menu|Africa: Select a country
account|Sign In
account|Subscribe
search|Search AfriWire
lang-switch|English · En Français
menu|Top Headlines
menu|Latest
menu|Africa
menu|Business
menu|Conflict
menu|Health
menu|Environment
menu|Sport
menu|Entertainment
menu|Technology
menu|Women
menu|Photos
menu|Podcasts
menu|Regions: Central Africa East Africa North Africa Southern Africa West Africa
menu|Malawi: Top Headlines · Business · Health · Environment · Politics · Agriculture
ad|Advertisement
breadcrumb|Malawi · Southern Africa · Water and Sanitation
h1|Malawi: Lilongwe Water Board Announces Rationing As Kamuzu Dam Levels Drop
byline|Lakeside Times (Lilongwe)
byline|By Chikondi Phiri
dateline|4 November 2025
share|Share Print Email
share|Facebook X WhatsApp LinkedIn
credit|Photo: Lakeside Times
caption|Residents queue for water at a kiosk in Area 25, Lilongwe.
p|The Lilongwe Water Board (LWB) has introduced a water rationing schedule in the capital, saying levels at Kamuzu Dam I and II have dropped to their lowest point in more than a decade following a delayed start to the rainy season.
p|In a statement issued on Monday, the board's chief executive officer, Engineer Godfrey Mkandawire, said the utility was producing about 95,000 cubic metres of water a day against a demand of more than 160,000 cubic metres.
p|"This is not a decision we have taken lightly. The rationing will help us stretch the available water until the rains recharge the dams. We appeal to our customers to use water sparingly and to report leakages," Mkandawire said.
h2|Areas affected
p|Under the schedule, which takes effect on Wednesday, the city has been divided into zones that will receive water on alternate days:
li|Zone A: Areas 3, 9, 10, 12 and 43 - Monday, Wednesday and Friday
li|Zone B: Areas 18, 23, 25 and 49 - Tuesday, Thursday and Saturday
li|Zone C: Areas 36, 38 and Kanengo - supplied by bowser trucks on Sundays
li|Hospitals and health centres - supply maintained daily
p|The board said schools, hospitals and other critical institutions would be prioritised, and that water kiosks in high-density areas would remain open for longer hours.
read-also|Read more: Malawi: Electricity Utility Warns of Longer Blackouts As Shire River Levels Fall
p|Residents of Area 25 and Area 49 told the Lakeside Times they had already been going without water for several days before the announcement. "We wake up at 3 o'clock to queue at the kiosk. Sometimes the water comes, sometimes it does not," said Chrissy Mwale, a mother of four in Area 25.
p|Small businesses such as restaurants and car washes say the rationing will hit their income. The chairperson of the Lilongwe City Traders Association, Yusuf Kachingwe, urged the board to publish the schedule widely and to stick to it.
ad|Advertisement
ad|Send money home to Malawi with zero fees this month. T&Cs apply.
h2|Climate and population pressure
p|Kamuzu Dam I was built in the 1960s and Kamuzu Dam II in the 1980s, when the city's population was a fraction of what it is today. Experts have long warned that the capital's water supply would not keep pace with growth.
p|The Department of Climate Change and Meteorological Services has forecast normal to below-normal rainfall for parts of the central region in the 2025/26 season.
p|Water resources specialist Dr Tamara Chirwa said the rationing was "a symptom of years of under-investment". She said the long-delayed project to pump water from Lake Malawi to the capital should be completed urgently, and that the board should cut its losses from leaking pipes, which she estimated at more than a third of the water it treats.
p|"You cannot ask households to save water when the board itself is losing so much before it reaches the tap," she said.
p|Government officials have said the first phase of the lake water project is expected to be commissioned in 2026.
p|The board has asked customers to store water safely and to boil or treat water from unprotected sources to prevent cholera, which killed hundreds of people in the country during the 2022-2023 outbreak.
signature|Read the original article on Lakeside Times.
copyright|Copyright © 2025 Lakeside Times. All rights reserved. Distributed by AfriWire Global Media (AfriWire.com). To contact the copyright holder directly for corrections — or for permission to republish or make other authorised use of this material, click here.
disclaimer|AfriWire publishes around 400 reports a day from more than 100 news organisations and over 500 other institutions and individuals, representing a diversity of positions on every topic. We publish news and views ranging from vigorous opponents of governments to government publications and spokespersons. Publishers named above each report are responsible for their own content, which AfriWire does not have the legal right to edit or correct.
tags|Tagged: Malawi, Southern Africa, Water and Sanitation, Environment, Climate
nav|Previous Story: Malawi: Parliament Approves Mid-Year Budget Review
nav|Next Story: Malawi: Tobacco Growers Demand Better Prices for 2026 Season
teaser-list|More Top Headlines
teaser-list|Zambia: Mine Spill Victims Demand Compensation
teaser-list|Mozambique: Cyclone Season Outlook Warns of Above-Normal Activity
teaser-list|Zimbabwe: New Currency Holds Steady Against U.S. Dollar
teaser-list|Africa: AU Summit to Focus on Debt and Climate Finance
read-more|More »
most-read|Most Popular · Malawi
most-read|Malawi: Fuel Queues Return in Blantyre and Lilongwe
most-read|Malawi: Flames Coach Names Squad for World Cup Qualifiers
most-read|Malawi: Maize Prices Hit Record High in Southern Region
ad|Advertisement
newsletter|Get the latest in African news delivered straight to your inbox
newsletter|Email address
newsletter|Sign Up
about|AfriWire is a voice of, by and about Africa - aggregating, producing and distributing 500 news and information items daily from over 100 African news organisations and our own reporters to an African and global public. We operate from Cape Town, Dakar, Abuja, Johannesburg, Nairobi and Washington DC.
footer|Home · Latest · Top Headlines · Sitemap · Who We Are · Our Partners · Publications · Careers · Privacy · Terms of Service · Contact Us · Help
footer|AfriWire Global Media · Mobile · RSS · Newsletters
copyright|Copyright © 2025 AfriWire Global Media. All rights reserved.
"""),
 dict(id="bfmtv-style-1", site="bfmtv-style", lang="fr", sep="\n", title="Grève SNCF: trafic très perturbé ce jeudi, voici les prévisions ligne par ligne", date="2026-03-12", page="""
skip-link|Aller au contenu principal
menu|INFO24TV
watch|REGARDER INFO24TV EN DIRECT
watch|EN DIRECT · La Matinale Info24 · Présentée par Thomas Vidal et Léa Brunet
menu|Le fil info
menu|Politique
menu|Société
menu|Police-Justice
menu|International
menu|Économie
menu|Conso
menu|Tech
menu|Santé
menu|Météo
menu|Sport
menu|People
menu|Replay
menu|Vidéos
menu|Podcasts
menu|Info24 Régions
account|Mon compte
search|Rechercher
trending|Tendances
trending|Grève SNCF
trending|Municipales 2026
trending|Guerre en Ukraine
trending|Budget de la Sécu
trending|Météo
breaking|ALERTE INFO
breaking|Un séisme de magnitude 4,8 ressenti dans les Pyrénées-Atlantiques, pas de victime signalée
breadcrumb|Accueil > Société > Transports
h1|Grève SNCF: trafic très perturbé ce jeudi, voici les prévisions ligne par ligne
lead|À l'appel de la CGT-Cheminots et de SUD-Rail, la circulation des trains est fortement perturbée ce jeudi 12 mars partout en France. TGV, Intercités, TER, Transilien: voici ce qu'il faut savoir avant de partir.
byline|Marie Lenoir avec AFP
dateline|Le 12/03/2026 à 6:12
dateline|Mis à jour le 12/03/2026 à 8:47
share|Partager
share|Facebook
share|X
share|WhatsApp
share|Copier le lien
follow|Suivez INFO24TV sur Google Actualités
video|Lecture en cours
video|Grève SNCF: des quais bondés gare de Lyon ce jeudi matin
video|01:34
video|Vidéo suivante dans 5 secondes
video|Annuler
caption|Un panneau d'affichage des départs en gare Montparnasse, à Paris, un jour de grève (illustration).
credit|Ludovic Marsan - AFP
p|La journée s'annonce difficile pour les voyageurs. À l'appel de la CGT-Cheminots et de SUD-Rail, une grève perturbe ce jeudi 12 mars le trafic ferroviaire sur l'ensemble du territoire, avec de fortes disparités selon les régions et les types de trains.
p|La SNCF a publié mercredi soir ses prévisions de circulation et recommande aux voyageurs qui le peuvent de reporter leur déplacement ou de privilégier le télétravail. Les billets des trains supprimés sont échangeables et remboursables sans frais, a rappelé l'entreprise.
ad|Publicité
h2|TGV Inoui et Ouigo
p|Sur les lignes à grande vitesse, le trafic est prévu comme suit:
li|Axe Sud-Est: 2 TGV sur 3
li|Axe Atlantique: 3 TGV sur 5
li|Axe Nord: 1 TGV sur 2
li|Axe Est: trafic quasi normal
li|Ouigo: 3 trains sur 4 en moyenne
p|Les liaisons internationales vers l'Italie et l'Espagne sont assurées à hauteur d'un train sur deux. Les Eurostar circulent normalement.
read-also|LIRE AUSSI
read-also|Grève SNCF: train annulé ou en retard, quels sont vos droits au remboursement?
h2|Intercités et TER
p|Le trafic des trains Intercités est très perturbé avec en moyenne un train sur trois. Les trains de nuit Paris-Briançon et Paris-Rodez sont supprimés dans la nuit de jeudi à vendredi.
p|Pour les TER, la situation varie fortement selon les régions. Elle est particulièrement difficile en Occitanie, en Provence-Alpes-Côte d'Azur et dans les Hauts-de-France, où moins d'un train sur deux circulera. Des cars de substitution sont mis en place sur certaines lignes, mais leur nombre est limité, prévient la SNCF.
h2|En Île-de-France
p|En région parisienne, les RER C et D ainsi que les lignes H, N, P et R du Transilien sont les plus touchés, avec un train sur deux aux heures de pointe et quasiment aucun en dehors. Le RER B circule avec 2 trains sur 3 sur la partie nord de la ligne. Le trafic des RER A et E est normal.
ad|Publicité
ad|Contenu proposé par Info24 Shopping
h2|Les salaires au cœur du conflit
p|« Les cheminots ont perdu du pouvoir d'achat depuis trois ans, la direction doit ouvrir de vraies négociations salariales, pas faire des annonces », a déclaré mercredi soir sur notre antenne un responsable de SUD-Rail.
p|De son côté, la direction de la SNCF rappelle avoir accordé une hausse générale des salaires de 2,2 % au 1er janvier et assure que « le dialogue reste ouvert ». Le ministre des Transports a appelé les syndicats à « ne pas pénaliser les Français » à trois jours du premier tour des élections municipales.
p|Les organisations syndicales doivent se réunir jeudi soir pour décider d'une éventuelle reconduction du mouvement vendredi. La SNCF publiera ses prévisions pour le lendemain à 17h au plus tard, sur son site et sur l'application SNCF Connect.
tags|Grève SNCF
tags|SNCF
tags|Transports
tags|Syndicats
related|Sur le même sujet
related|Grève SNCF: les syndicats menacent d'un mouvement reconductible à partir du 19 mars
related|Il y a 3 heures
related|Contrôleurs, aiguilleurs: qui fait grève à la SNCF et pourquoi?
related|Il y a 5 heures
related|« On est pris en otage »: la colère des usagers du RER D
related|Hier à 19:42
sponsored|Contenus sponsorisés
sponsored|Cette mutuelle rembourse jusqu'à 300 euros vos lunettes, sans questionnaire
sponsored|MutuelleDirecte · Sponsorisé
sponsored|Les retraités qui ont une voiture devraient regarder ceci
sponsored|AssurAuto Conseil · Sponsorisé
sponsored|Recommandé par Outclick
teaser-list|Le fil info
teaser-list|8:52
teaser-list|Municipales 2026: à trois jours du premier tour, le dernier sondage à Lyon
teaser-list|8:45
teaser-list|Disparition d'une randonneuse dans les Vosges: les recherches reprennent
teaser-list|8:31
teaser-list|Prix de l'essence: le gazole repasse au-dessus de 1,70 euro
teaser-list|8:19
teaser-list|Ligue des champions: le PSG qualifié pour les quarts de finale
read-more|Voir tout le fil info
most-read|Les plus lus
most-read|Municipales 2026: où et comment voter par procuration dimanche
most-read|Météo: jusqu'à 22°C attendus ce week-end dans le Sud-Ouest
most-read|Retraites: la revalorisation d'avril confirmée par le gouvernement
newsletter|Newsletter INFO24TV
newsletter|Recevez chaque matin l'essentiel de l'actualité
newsletter|Votre adresse e-mail
newsletter|S'inscrire
app|Téléchargez l'application INFO24TV
app|App Store
app|Google Play
network|Nos sites: Info24 Business · Info24 Sport · Radio Centre Info · Tech24 · Info24 Paris · Info24 Lyon · Info24 Marseille
footer|Contacts
footer|Mentions légales
footer|CGU
footer|Charte données personnelles
cookie|Gestion des cookies
footer|Plan du site
footer|Annoncer sur INFO24TV
copyright|© Copyright 2026 INFO24TV - Tous droits réservés
"""),
 dict(id="bfmtv-style-2", site="bfmtv-style", lang="fr", sep="\n", title="Marseille: un incendie dans un immeuble de la Belle de Mai fait trois blessés graves", date="2026-01-24", page="""
skip-link|Aller au contenu principal
menu|INFO24TV
watch|REGARDER INFO24TV EN DIRECT
watch|EN DIRECT · Week-end Première · Présenté par Julien Morel
menu|Le fil info
menu|Politique
menu|Société
menu|Police-Justice
menu|International
menu|Économie
menu|Conso
menu|Tech
menu|Santé
menu|Météo
menu|Sport
menu|People
menu|Replay
menu|Vidéos
menu|Podcasts
menu|Info24 Régions
account|Mon compte
search|Rechercher
trending|Tendances : Incendie à Marseille · Tempête Ingrid · Municipales 2026 · Open d'Australie
breadcrumb|Accueil > Police-Justice > Faits divers
h1|Marseille: un incendie dans un immeuble de la Belle de Mai fait trois blessés graves
lead|Le feu s'est déclaré dans la nuit de vendredi à samedi dans la cage d'escalier d'un immeuble de quatre étages du 3e arrondissement. Une vingtaine d'habitants ont été évacués et une enquête a été ouverte pour déterminer l'origine du sinistre.
byline|J.-B.R. avec Info24 Marseille Provence
dateline|Le 24/01/2026 à 10:58
share|Partager
share|Facebook
share|X
share|WhatsApp
share|Copier le lien
follow|Suivez INFO24TV sur Google Actualités
video|Lecture en cours
video|Incendie à la Belle de Mai: « On a entendu crier, la fumée montait partout »
video|02:07
video|Le direct
credit|Info24 Marseille Provence
p|Trois personnes, dont un enfant de 9 ans, ont été grièvement blessées dans l'incendie d'un immeuble du quartier de la Belle de Mai, dans le 3e arrondissement de Marseille, dans la nuit de vendredi à samedi, a-t-on appris auprès du bataillon de marins-pompiers.
p|L'alerte a été donnée peu après 2h du matin par des voisins qui ont vu d'épaisses fumées sortir du hall d'entrée. À l'arrivée des secours, le feu avait gagné la cage d'escalier, piégeant les occupants des étages supérieurs. Une soixantaine de marins-pompiers ont été engagés.
p|Plusieurs habitants ont été évacués par les fenêtres à l'aide de la grande échelle. Les trois blessés graves, intoxiqués par les fumées, ont été transportés à l'hôpital de la Timone. Douze autres personnes, plus légèrement atteintes, ont été prises en charge sur place.
embed-blocked|Ce contenu est bloqué car vous n'avez pas accepté les cookies et autres traceurs. Ce contenu est fourni par X. Pour pouvoir le visualiser, vous devez accepter l'usage étant opéré par X avec vos données qui pourront être utilisées pour les finalités suivantes: vous permettre de visualiser et de partager des contenus avec des médias sociaux, favoriser le développement et l'amélioration des produits d'INFO24TV et de ses partenaires, vous afficher des publicités personnalisées par rapport à votre profil et activité, vous définir un profil publicitaire personnalisé, mesurer la performance des publicités et du contenu de ce site et mesurer l'audience de ce site (en savoir plus)
embed-blocked|J'accepte tout
embed-blocked|Gérer mes choix
ad|Publicité
h2|Une enquête ouverte
p|Le parquet de Marseille a ouvert une enquête pour « destruction par incendie » et « blessures involontaires », confiée à la division de la criminalité territoriale. Selon une source policière, le feu aurait pris dans un local à poubelles situé au rez-de-chaussée, sans que l'on sache à ce stade s'il s'agit d'un acte volontaire.
p|« Les premiers éléments ne permettent d'écarter aucune hypothèse », a indiqué une source proche du dossier. Une trottinette électrique stationnée dans le hall a également été retrouvée calcinée, et les enquêteurs cherchent à déterminer si sa batterie a pu jouer un rôle.
read-also|LIRE AUSSI >> Logements indignes à Marseille: plus de 300 immeubles encore sous arrêté de péril
p|« On a entendu crier, la fumée montait partout, on ne voyait plus rien dans l'escalier », raconte Samia, une habitante du deuxième étage, évacuée avec ses deux enfants. « Les pompiers nous ont dit de rester dans l'appartement et de mettre des serviettes mouillées sous la porte. »
h2|Une vingtaine d'habitants relogés
p|Au total, 23 personnes ont été évacuées. La mairie de secteur a ouvert un gymnase pour les accueillir dans la nuit, avant que la plupart ne soient relogées à l'hôtel ou chez des proches. L'immeuble a été déclaré temporairement inhabitable le temps d'une expertise de la structure.
p|Sur place samedi matin, l'adjointe au maire chargée du logement a assuré que la ville prendrait en charge l'hébergement d'urgence « aussi longtemps que nécessaire ». Des habitants ont de leur côté dénoncé l'état de l'immeuble, dont l'éclairage de la cage d'escalier était selon eux en panne depuis plusieurs semaines.
p|Le quartier de la Belle de Mai, l'un des plus pauvres de France, compte de nombreuses copropriétés dégradées. Depuis l'effondrement de deux immeubles rue d'Aubagne en 2018, la question de l'habitat indigne reste particulièrement sensible à Marseille.
signature|Article original publié sur Info24 Marseille Provence
tags|Marseille
tags|Incendie
tags|Faits divers
tags|Logement
related|Sur le même sujet
related|Marseille: un immeuble évacué en urgence dans le 1er arrondissement après l'apparition de fissures
related|Le 19/01/2026 à 16:20
related|Incendie mortel à Lyon: une batterie de trottinette mise en cause
related|Le 08/01/2026 à 9:05
video|Nos vidéos
video|Tempête Ingrid: les images impressionnantes des vagues à Biarritz
video|00:58
video|Marseille: le chantier du tramway prend encore du retard
video|01:45
sponsored|Contenus sponsorisés
sponsored|Pompe à chaleur: l'aide que beaucoup de propriétaires oublient de demander
sponsored|Renov'Info · Sponsorisé
sponsored|Recommandé par Outclick
teaser-list|Le fil info
teaser-list|11:04
teaser-list|Open d'Australie: Ugo Humbert éliminé en huitièmes de finale
teaser-list|10:51
teaser-list|Tempête Ingrid: 40.000 foyers toujours privés d'électricité en Bretagne
teaser-list|10:37
teaser-list|Municipales 2026: les listes déposées en préfecture, le grand décompte commence
read-more|Voir tout le fil info
most-read|Les plus lus
most-read|Tempête Ingrid: la vigilance orange levée dans le Finistère
most-read|Pouvoir d'achat: ce qui change au 1er février
teaser-list|Marseille: un incendie dans un immeuble de la Belle de Mai fait trois blessés graves
newsletter|Newsletter INFO24TV
newsletter|Recevez chaque matin l'essentiel de l'actualité
newsletter|Votre adresse e-mail
newsletter|S'inscrire
app|Téléchargez l'application INFO24TV
app|App Store
app|Google Play
network|Nos sites: Info24 Business · Info24 Sport · Radio Centre Info · Tech24 · Info24 Paris · Info24 Lyon · Info24 Marseille
footer|Contacts
footer|Mentions légales
footer|CGU
footer|Charte données personnelles
cookie|Gestion des cookies
footer|Plan du site
footer|Annoncer sur INFO24TV
copyright|© Copyright 2026 INFO24TV - Tous droits réservés
"""),
 dict(id="kyiv-independent-style-1", site="kyiv-independent-style", lang="en", sep="\n", title="Russian drone attack on Odesa Oblast port damages grain terminal, injures 4", date="2026-02-08", page="""
skip-link|Skip to content
donate|Independent journalism from Ukraine is funded by readers like you. Join 20,000+ members
donate|Become a member
menu|The Kyiv Dispatch
menu|News Feed
menu|Ukraine
menu|Russia
menu|Opinion
menu|Investigations
menu|Business
menu|Eastern Europe
menu|Culture
menu|Video
menu|Podcasts
menu|Events
menu|Shop
lang-switch|Українською
account|Sign in
donate|Join us
search|Search
section-label|Ukraine
h1|Russian drone attack on Odesa Oblast port damages grain terminal, injures 4
lead|Four port workers were injured and a grain terminal was damaged after Russia launched dozens of drones at the southern region overnight, local authorities said.
byline|by Oleksandr Hrytsenko
dateline|February 8, 2026 10:41 AM
reading-time|2 min read
share|Share
share|Copy link
share|X
share|Facebook
share|Telegram
caption|Firefighters put out a blaze at a port facility in Odesa Oblast following a Russian drone attack on Feb. 8, 2026. (Illustrative purposes only) (Photo: Odesa Oblast Military Administration / Telegram)
p|Russian drones struck port infrastructure in Odesa Oblast overnight on Feb. 8, damaging a grain terminal and injuring four employees, the regional military administration reported.
p|The attack caused a fire at the terminal, which firefighters extinguished by morning, according to the State Emergency Service. Storage silos, conveyor equipment and two trucks were damaged. One of the injured workers is in serious condition and has been hospitalized, officials said.
p|The authorities did not name the port, citing wartime security restrictions. Ukraine's Black Sea ports of Odesa, Chornomorsk and Pivdennyi handle the bulk of the country's seaborne grain exports.
p|Russia launched 94 Shahed-type attack drones and decoy drones, as well as two Iskander-M ballistic missiles, against Ukraine overnight, the Air Force said. Air defenses shot down or suppressed 71 drones, while 19 drones and both missiles hit targets in six locations.
read-also|Read also: Ukraine's grain exports up 12% year-on-year despite attacks on ports, ministry says
p|Apart from Odesa Oblast, attacks were reported in Kharkiv, Dnipropetrovsk and Sumy oblasts. In Kharkiv, a drone hit a private house in the city's Slobidskyi district, injuring a 74-year-old woman, city authorities said.
p|"The enemy continues to deliberately target food export infrastructure," the Ukrainian Sea Ports Authority said in a statement. "Every such strike is an attack not only on Ukraine, but on the food security of the countries that depend on our grain."
h2|Pressure on the corridor
p|Russia has repeatedly attacked Ukraine's southern ports since withdrawing from the U.N.-brokered Black Sea Grain Initiative in July 2023. Ukraine has since operated its own maritime corridor, with ships sailing close to the coasts of Romania and Bulgaria.
p|Despite the strikes, the corridor has remained open. But several foreign-flagged civilian vessels have been damaged while docked in Ukrainian ports over the past months, and insurers have raised premiums for ships calling at Odesa and Chornomorsk.
p|Officials in Kyiv have repeatedly asked Western partners for additional air defense systems to protect the southern region, which is also regularly targeted by ballistic missiles launched from occupied Crimea.
p|The Kyiv Dispatch could not independently verify the number of drones launched or the full extent of the damage.
donate|Note from the author:
donate|Hi, this is Oleksandr Hrytsenko. I wrote this piece on tonight's attack on Odesa's ports. Ukraine's south is under fire almost every night, and we keep covering it from the ground. If you value this work, please consider becoming a member of The Kyiv Dispatch.
donate|Support us
tags|Odesa Oblast
tags|Russian attacks
tags|Drone attacks
tags|Grain exports
tags|Black Sea
author-bio|Oleksandr Hrytsenko
author-bio|Reporter
author-bio|Oleksandr Hrytsenko is a reporter at The Kyiv Dispatch covering southern Ukraine. He previously worked as a freelance correspondent in Mykolaiv and Kherson.
author-link|Read more
most-read|Most popular
most-read|1
most-read|Zelensky to meet European leaders in Paris as peace talks stall
most-read|2
teaser-list|Russian drone attack on Odesa Oblast port damages grain terminal, injures 4
most-read|3
most-read|General Staff: Russia has lost 1,240 troops over past day
most-read|4
most-read|Investigation: How sanctioned Russian oil still reaches European ports
teaser-list|Editors' Picks
teaser-list|Opinion
teaser-list|Opinion: Europe's defense spending boom must include Ukraine's drone makers
teaser-list|Investigations
teaser-list|The children who vanished from a Kherson orphanage — and the trail to Crimea
teaser-list|Culture
teaser-list|A Kharkiv metro station becomes a concert hall, again
teaser-list|News Feed
teaser-list|10:02 AM
teaser-list|Ukraine's energy minister says grid stable after overnight strikes
teaser-list|9:37 AM
teaser-list|Poland closes airspace over eastern regions as Russian drones approach border
teaser-list|8:55 AM
teaser-list|Ukraine war latest: Russian forces push toward Kostiantynivka
read-more|See all news
newsletter|Ukraine Daily
newsletter|Get the latest from Ukraine delivered to your inbox every weekday morning.
newsletter|Your email
newsletter|Subscribe
newsletter|By subscribing, you agree to receive emails from The Kyiv Dispatch. You can unsubscribe at any time.
footer|The Kyiv Dispatch
footer|Ukraine's independent English-language news outlet, funded by its readers.
footer|About us
footer|Our team
footer|Editorial policy
footer|Careers
footer|Advertise
footer|Partnerships
footer|Contact us
footer|Privacy policy
footer|Terms of use
social|X · Facebook · Instagram · Telegram · YouTube · TikTok · LinkedIn
copyright|© 2026 The Kyiv Dispatch. All rights reserved.
cookie|We use cookies to improve your experience. Accept all · Reject · Settings
"""),
 dict(id="kyiv-independent-style-2", site="kyiv-independent-style", lang="en", sep="\n", title="Ukraine war latest: Ukraine strikes Russian oil depot in Bryansk Oblast, General Staff says", date="2025-11-19", page="""
skip-link|Skip to content
donate|Independent journalism from Ukraine is funded by readers like you. Join 20,000+ members
donate|Become a member
menu|The Kyiv Dispatch
menu|News Feed
menu|Ukraine
menu|Russia
menu|Opinion
menu|Investigations
menu|Business
menu|Eastern Europe
menu|Culture
menu|Video
menu|Podcasts
menu|Events
menu|Shop
lang-switch|Українською
account|Sign in
donate|Join us
search|Search
section-label|Ukraine war latest
h1|Ukraine war latest: Ukraine strikes Russian oil depot in Bryansk Oblast, General Staff says
byline|by The Kyiv Dispatch news desk
dateline|November 19, 2025 11:58 PM
reading-time|5 min read
share|Share
share|Copy link
share|X
share|Facebook
share|Telegram
caption|Smoke rises over an oil depot in Bryansk Oblast, Russia, on Nov. 19, 2025, in this image taken from a video posted on social media. (Screenshot / Telegram)
section-label|Key developments on Nov. 19:
li|Ukrainian drones hit an oil depot in Bryansk Oblast, sparking a large fire, the General Staff says.
li|A Russian glide bomb attack on Zaporizhzhia injures 11 people, including two children.
li|Norway pledges an additional $400 million for Ukrainian drone production.
li|Ukraine and Russia carry out a prisoner exchange, bringing home 84 soldiers.
h2|Ukraine hits oil depot in Bryansk Oblast
p|Ukrainian forces struck an oil depot in Russia's Bryansk Oblast overnight on Nov. 19, the General Staff of Ukraine's Armed Forces reported.
p|The facility, located near the regional capital, supplies fuel to Russian units fighting in northern Ukraine, the General Staff said. Explosions and a large fire were recorded at the site, and the results of the strike are being clarified.
p|The region's governor claimed on Telegram that Russian air defenses had shot down "more than 40 Ukrainian drones" over the oblast and that falling debris had caused a fire at an "industrial facility," without naming it. Local residents posted videos showing a column of thick black smoke.
p|Ukraine has intensified its long-range drone campaign against Russian oil refineries and fuel depots in recent months, aiming to cut revenues that finance Moscow's war and disrupt the supply of fuel to the front.
read-also|Read also: How Ukraine's long-range drones are reshaping Russia's fuel market
h2|Glide bombs hit Zaporizhzhia
p|Russian forces dropped at least three guided aerial bombs on Zaporizhzhia on the afternoon of Nov. 19, injuring 11 people, including two children aged 6 and 13, the regional governor said.
p|The strikes damaged an apartment building, a private house and an industrial enterprise. Rescue workers pulled a woman from the rubble, according to the State Emergency Service.
video|Watch: Life on the front line in Zaporizhzhia Oblast
video|12:48
donate|We've been covering the war since day one. Help us keep going. Become a member today.
h2|Norway pledges $400 million for drones
p|Norway will allocate an additional $400 million to finance the production of Ukrainian drones, the Norwegian Defense Ministry announced on Nov. 19.
p|The funds will be channeled through the so-called Danish model, under which partner countries pay Ukrainian manufacturers directly to produce weapons for Ukraine's Armed Forces. "Ukraine's own industry is the fastest way to get capabilities to the front line," the ministry said in a statement.
p|Kyiv has repeatedly said that its defense industry could produce far more drones than the state can currently afford to buy.
h2|Prisoner exchange brings home 84 soldiers
p|Ukraine brought home 84 service members in a new prisoner exchange with Russia, the Coordination Headquarters for the Treatment of Prisoners of War said on Nov. 19.
p|Among those released were soldiers captured during the defense of Mariupol in 2022, as well as National Guard servicemen and border guards. Some of them had spent more than three years in Russian captivity, the headquarters said.
p|The exchange was mediated by the United Arab Emirates, which has helped facilitate previous swaps.
p|Moscow and Kyiv have carried out dozens of exchanges since the start of the full-scale invasion, though talks on a broader ceasefire remain stalled.
tags|Ukraine war latest
tags|Bryansk Oblast
tags|Zaporizhzhia
tags|Norway
tags|Prisoner exchange
author-bio|The Kyiv Dispatch news desk
author-bio|We are the news team of The Kyiv Dispatch. We work around the clock to bring you the latest from Ukraine.
author-link|Read more
newsletter|Ukraine Daily
newsletter|Get the latest from Ukraine delivered to your inbox every weekday morning.
newsletter|Your email
newsletter|Subscribe
most-read|Most popular
most-read|1
most-read|Investigation: Inside the Russian network recruiting teenagers for sabotage in Europe
most-read|2
most-read|Ukraine's parliament votes to dismiss two ministers
most-read|3
most-read|Explainer: What's in the new EU sanctions package
teaser-list|News Feed
teaser-list|11:41 PM
teaser-list|Explosions reported in Kharkiv as Russia launches new drone attack
teaser-list|10:15 PM
teaser-list|EU foreign ministers to discuss use of frozen Russian assets next week
teaser-list|9:02 PM
teaser-list|Ukraine's national team qualifies for World Cup play-offs
read-more|See all news
footer|The Kyiv Dispatch
footer|Ukraine's independent English-language news outlet, funded by its readers.
footer|About us
footer|Our team
footer|Editorial policy
footer|Careers
footer|Advertise
footer|Partnerships
footer|Contact us
footer|Privacy policy
footer|Terms of use
social|X · Facebook · Instagram · Telegram · YouTube · TikTok · LinkedIn
copyright|© 2025 The Kyiv Dispatch. All rights reserved.
cookie|We use cookies to improve your experience. Accept all · Reject · Settings
"""),
 dict(id="republicain-niger-style-1", site="republicain-niger-style", lang="fr", sep="\n", title="Niamey : les commerçants du Grand marché dénoncent la hausse des taxes municipales", date="2026-02-05", page="""
timestamp|jeudi 5 février 2026
ticker|Niamey 33°C
ticker|1 € = 655,957 FCFA · 1 $ = 562 FCFA
social|Facebook
social|X
social|YouTube
social|WhatsApp
menu|LE COURRIER DU FLEUVE
menu|Hebdomadaire nigérien indépendant d'informations générales
menu|Accueil
menu|Politique
menu|Économie
menu|Société
menu|Culture
menu|Sport
menu|Régions
menu|International
menu|Éditorial
menu|Contributions
menu|Annonces
menu|Contact
breaking|Flash info
breaking|Conseil des ministres du mercredi 4 février 2026 : le communiqué final
breaking|Hadj 2026 : le coût du package fixé par le commissariat
ad|Publicité
ad|SAHEL MONEY - Transférez sans frais vers toutes les régions du Niger. Composez *155#
breadcrumb|Accueil » Société » Niamey : les commerçants du Grand marché dénoncent…
section-label|Société
h1|Niamey : les commerçants du Grand marché dénoncent la hausse des taxes municipales
dateline|5 février 2026
byline|Par Hadiza Soumana
comments|0 commentaire
views|1 247 vues
caption|Une allée du Grand marché de Niamey (Photo d'archives)
lead|Doublement du droit de place, nouvelle redevance pour les ordures : la nouvelle grille tarifaire adoptée par la ville passe mal auprès des occupants du plus grand marché de la capitale, qui menacent d'une journée « marché mort ».
p|Rien ne va plus entre les commerçants du Grand marché de Niamey et la municipalité. Depuis le début du mois de janvier, les occupants des boutiques et des étals de ce haut lieu du commerce de la capitale protestent contre la nouvelle grille de taxes adoptée dans le cadre du budget 2026 de la ville.
p|Selon les documents consultés par notre rédaction, le droit de place journalier passe de 100 à 200 FCFA pour les vendeurs installés sur les étals, tandis que la taxe mensuelle sur les boutiques grimpe de 5 000 à 9 000 FCFA pour les emplacements de la catégorie A. Une nouvelle redevance d'enlèvement des ordures, fixée à 1 500 FCFA par mois, vient s'y ajouter.
p|« Nous ne sommes pas contre les taxes. Mais doubler d'un coup, alors que les clients ne viennent plus comme avant, c'est nous demander l'impossible », explique Elhadji Moussa Abdou, vendeur de tissus depuis plus de vingt ans.
h2|Un marché qui tourne au ralenti
p|Les commerçants rappellent que l'activité n'a pas retrouvé son niveau d'avant 2023. La fermeture prolongée de la frontière avec le Bénin, le renchérissement du transport des marchandises et la baisse du pouvoir d'achat des ménages ont durement touché le secteur.
p|« Avant, un camion venant de Cotonou arrivait en quatre jours. Aujourd'hui il faut passer par le Togo et le Burkina Faso, attendre les escortes, et le coût a presque doublé », témoigne un grossiste en produits alimentaires qui a requis l'anonymat.
read-also|Lire aussi : Corridor Lomé-Niamey : les transporteurs réclament plus de convois escortés
p|Réunis en assemblée générale le samedi 31 janvier, les membres de l'Association des commerçants du Grand marché ont adopté une plateforme de revendications en quatre points :
li|la suspension immédiate de la nouvelle grille tarifaire ;
li|l'ouverture d'un cadre de concertation avec la délégation spéciale de la ville ;
li|la réhabilitation des toilettes publiques et du système d'évacuation des eaux ;
li|le renforcement de la sécurité contre les incendies, dont le dernier remonte à mars 2025.
ad|Publicité
h2|La ville appelle au civisme fiscal
p|Joint par téléphone, un responsable des services financiers de la ville de Niamey a défendu la mesure. Selon lui, les tarifs n'avaient pas été révisés depuis plus de dix ans et les recettes du marché ne couvrent même plus les frais d'entretien et de gardiennage. « La ville a besoin de ressources pour assainir le marché et améliorer les conditions de travail des commerçants eux-mêmes. Tout le monde doit contribuer », a-t-il déclaré.
p|Il assure par ailleurs que la porte du dialogue reste ouverte et qu'une rencontre avec les représentants des commerçants est prévue dans les prochains jours à l'hôtel de ville.
p|En attendant, l'association menace d'observer une journée « marché mort » si aucune suite n'est donnée à ses doléances d'ici la fin du mois. Une perspective qui inquiète les ménages, nombreux à s'approvisionner au Grand marché à l'approche du mois de ramadan.
signature|Hadiza Soumana
share|Partager :
share|Cliquez pour partager sur Facebook(ouvre dans une nouvelle fenêtre)
share|Facebook
share|Cliquez pour partager sur X(ouvre dans une nouvelle fenêtre)
share|X
share|Cliquez pour partager sur WhatsApp(ouvre dans une nouvelle fenêtre)
share|WhatsApp
print|Cliquez pour imprimer(ouvre dans une nouvelle fenêtre)
print|Imprimer
like|J'aime ça :
like|J'aime chargement…
related|Similaire
related|Marché de Katako : des boutiques détruites pour élargir la voie
related|14 janvier 2026
related|Dans « Société »
related|Budget 2026 de la ville de Niamey : les grandes lignes
related|29 décembre 2025
related|Dans « Économie »
related|Ramadan : les prix des denrées sous surveillance
related|3 mars 2025
related|Dans « Société »
tags|Étiquettes : Commerce · Grand marché · Niamey · Taxes municipales
nav|← Conseil des ministres : plusieurs nominations au ministère du Commerce
nav|Hadj 2026 : les inscriptions ouvertes jusqu'au 28 février →
comments|Laisser un commentaire Annuler la réponse
comments|Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *
comments|Commentaire *
comments|Nom *
comments|E-mail *
comments|Site web
comments|Enregistrer mon nom, mon e-mail et mon site dans le navigateur pour mon prochain commentaire.
comments|Prévenez-moi de tous les nouveaux commentaires par e-mail.
comments|Laisser un commentaire
search|Rechercher :
search|Rechercher
epaper|Notre dernière édition
epaper|Le Courrier du Fleuve n°1287 du jeudi 5 février 2026
epaper|Télécharger le PDF
teaser-list|Articles récents
teaser-list|Éditorial : Le prix de la patience
teaser-list|Lutte traditionnelle : Zinder accueillera le Sabre national 2026
teaser-list|Agriculture : la campagne de cultures irriguées lancée à Tillabéri
teaser-list|Santé : une campagne de vaccination contre la méningite dans cinq régions
archives|Archives
archives|février 2026
archives|janvier 2026
archives|décembre 2025
archives|novembre 2025
archives|Plus d'archives…
categories|Catégories
categories|Contributions (214)
categories|Économie (631)
categories|Éditorial (188)
categories|Politique (1 042)
categories|Société (1 376)
categories|Sport (297)
notices|ANNONCES
notices|AVIS DE PERTE : Il a été perdu un acte de cession d'une parcelle sise à Niamey, quartier Koira Tégui, lotissement Extension, au nom de M. Issaka Garba. Prière à toute personne qui l'aurait retrouvé de le déposer au journal ou à l'étude de Maître Ali Hamidou, notaire à Niamey.
notices|Avis d'appel d'offres national n°004/2026 : fourniture de mobilier scolaire pour les écoles de la Commune V
footer|À propos · Contact · Publicité · Politique de confidentialité
copyright|© 2026 Le Courrier du Fleuve. Tous droits réservés.
footer|Fièrement propulsé par WordPress · Thème : NewsPaperly par ThemeSahel.
back-to-top|↑
"""),
 dict(id="republicain-niger-style-2", site="republicain-niger-style", lang="fr", sep="\n", title="Délestages : l'équation de la saison chaude", date="2026-03-19", page="""
timestamp|jeudi 19 mars 2026
ticker|Niamey 41°C
ticker|1 € = 655,957 FCFA · 1 $ = 559 FCFA
social|Facebook
social|X
social|YouTube
social|WhatsApp
menu|LE COURRIER DU FLEUVE
menu|Hebdomadaire nigérien indépendant d'informations générales
menu|Accueil
menu|Politique
menu|Économie
menu|Société
menu|Culture
menu|Sport
menu|Régions
menu|International
menu|Éditorial
menu|Contributions
menu|Annonces
menu|Contact
breaking|Flash info
breaking|Ramadan : la Commission nationale annonce l'Aïd el-Fitr pour vendredi ou samedi
ad|Publicité
ad|GROUPE ÉLECTROGÈNE SILENCIEUX 20 KVA - Livraison et installation à Niamey - Appelez le 20 73 00 00
breadcrumb|Accueil » Éditorial » Délestages : l'équation de la saison chaude
section-label|Éditorial
h1|Délestages : l'équation de la saison chaude
dateline|Publié le 19 mars 2026 par Rédaction dans Éditorial
comments|2 commentaires
views|3 018 vues
p|Chaque année, c'est le même refrain. Dès que le thermomètre dépasse les 40 degrés à Niamey, les ventilateurs s'arrêtent, les congélateurs se taisent et les groupes électrogènes reprennent du service dans les quartiers qui en ont les moyens. Cette année ne fait pas exception : depuis le début du mois de mars, les coupures de plusieurs heures sont redevenues le lot quotidien de nombreux ménages de la capitale.
p|La société d'électricité a publié la semaine dernière un programme de délestage qui prévoit, selon les quartiers, des interruptions de quatre à six heures par jour. Elle l'explique par la hausse de la demande, estimée à près de 20 % en période de chaleur, et par les difficultés d'approvisionnement auprès du voisin nigérian, dont dépend encore une bonne part de l'électricité consommée dans l'ouest du pays.
p|Il serait injuste de ne pas reconnaître les efforts consentis. La centrale solaire de Gorou Banda a été renforcée, des groupes de production d'appoint ont été installés et plusieurs lignes de distribution ont été réhabilitées. Mais ces investissements, réels, restent en deçà de la croissance d'une ville qui gagne chaque année des dizaines de milliers d'habitants.
ad|Publicité
h2|Le coût caché des coupures
p|Le délestage n'est pas qu'une gêne. Il a un coût, que paient d'abord les plus modestes. Le soudeur de Talladjé, la couturière de Boukoki, la vendeuse d'eau glacée du Petit marché voient leur revenu fondre à chaque coupure. Les cliniques et les pharmacies doivent faire tourner des groupes au gasoil. Les élèves, à quelques semaines des examens, révisent à la lumière des téléphones.
p|Les autorités ont fait de la souveraineté énergétique une priorité. L'objectif est louable. Encore faut-il que la population puisse en mesurer les progrès, et qu'elle soit informée. Un programme de délestage publié puis non respecté alimente davantage la colère qu'une vérité dite franchement.
p|Trois chantiers nous semblent urgents :
li|la transparence sur l'état réel de la production et des importations d'électricité ;
li|l'accélération des projets solaires dans les capitales régionales ;
li|une véritable politique d'économie d'énergie dans les bâtiments publics, où les climatiseurs tournent parfois dans des bureaux vides.
p|Le ramadan, qui s'achève, a rendu la situation plus pénible encore : combien de familles ont rompu le jeûne dans le noir, sans eau fraîche, en attendant le retour du courant vers minuit ?
p|La saison chaude ne fait que commencer. Elle durera jusqu'aux premières pluies de juin. D'ici là, les Nigériens, habitués à la patience, attendent moins des discours que des heures de courant en plus.
signature|Boubacar Issa Maïga
share|Partager :
share|Cliquez pour partager sur Facebook(ouvre dans une nouvelle fenêtre)
share|Facebook
share|Cliquez pour partager sur X(ouvre dans une nouvelle fenêtre)
share|X
share|Cliquez pour partager sur WhatsApp(ouvre dans une nouvelle fenêtre)
share|WhatsApp
print|Cliquez pour imprimer(ouvre dans une nouvelle fenêtre)
print|Imprimer
like|J'aime ça :
like|J'aime chargement…
related|Similaire
related|Éditorial : Le prix de la patience
related|5 février 2026
related|Dans « Éditorial »
related|Électricité : la centrale solaire de Gorou Banda bientôt étendue
related|22 octobre 2025
related|Dans « Économie »
tags|Étiquettes : Délestages · Électricité · Énergie · Niamey
nav|← Examens du BEPC : le calendrier publié
nav|Football : le Mena en stage à Niamey avant les matchs amicaux →
comments|2 réponses à « Délestages : l'équation de la saison chaude »
comments|Ibrahim S.
comments|19 mars 2026 à 14 h 22 min
comments|Très bon éditorial. Chez nous à Lazaret, le courant part à 13h et revient à 19h, tous les jours. Il faut que les responsables nous disent la vérité.
comments|Répondre
comments|Mariama
comments|19 mars 2026 à 16 h 05 min
comments|Merci pour cet article. Le problème c'est aussi les compteurs prépayés qui ne fonctionnent pas.
comments|Répondre
comments|Laisser un commentaire Annuler la réponse
comments|Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *
comments|Commentaire *
comments|Nom *
comments|E-mail *
comments|Site web
comments|Enregistrer mon nom, mon e-mail et mon site dans le navigateur pour mon prochain commentaire.
comments|Laisser un commentaire
search|Rechercher :
search|Rechercher
epaper|Notre dernière édition
epaper|Le Courrier du Fleuve n°1293 du jeudi 19 mars 2026
epaper|Télécharger le PDF
teaser-list|Articles récents
teaser-list|Rentrée universitaire : l'Université de Niamey face au casse-tête des effectifs
teaser-list|Tillabéri : les producteurs d'oignon inquiets pour l'écoulement de la récolte
teaser-list|Culture : le FIMA revient à Agadez en novembre
archives|Archives
archives|mars 2026
archives|février 2026
archives|janvier 2026
archives|décembre 2025
archives|Plus d'archives…
categories|Catégories
categories|Contributions (219)
categories|Économie (648)
categories|Éditorial (191)
categories|Politique (1 061)
categories|Société (1 402)
categories|Sport (305)
notices|ANNONCES
notices|COMMUNIQUÉ : La société Niger Transit et Logistique informe son aimable clientèle que ses bureaux ont été transférés au quartier Plateau, avenue des Zarmakoye.
footer|À propos · Contact · Publicité · Politique de confidentialité
copyright|© 2026 Le Courrier du Fleuve. Tous droits réservés.
footer|Fièrement propulsé par WordPress · Thème : NewsPaperly par ThemeSahel.
back-to-top|↑
"""),
]
