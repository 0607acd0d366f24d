# Round 82: eight pages on four more layouts (a Swiss public broadcaster's French news site, a financial news
# service's Africa article behind a metered paywall, a Nigerien news portal, a US local TV station's site), written
# blind: without looking at the classifier, its rules or the benchmark, measured once. Each line: "label|text".
# Invented text; no real article is copied.
ROUND82 = [
 dict(id="rts-info-style-1", site="rts-info-style", lang="fr", sep="\n", title="Genève veut bannir les souffleuses à feuilles thermiques dès le printemps 2027", date="2026-03-04", page="""
cookie|RTH utilise des cookies et des technologies similaires pour améliorer votre expérience, mesurer l'audience et afficher des contenus de plateformes tierces.
cookie|Tout accepter
cookie|Refuser
cookie|Paramétrer
skip-link|Aller au contenu
skip-link|Aller à la navigation principale
skip-link|Aller à la recherche
network|RTH
network|Info
network|Sport
network|Culture
network|Découverte
network|Musique
network|Play RTH
network|Radio
network|Archives
account|Se connecter
search|Rechercher
menu|Info
menu|En continu
menu|Suisse
menu|Régions
menu|Monde
menu|Économie
menu|Culture
menu|Sciences-Tech
menu|Environnement
menu|Votations
menu|Vidéos
menu|Plus
breadcrumb|Info / Régions / Genève
section-label|Genève
h1|Genève veut bannir les souffleuses à feuilles thermiques dès le printemps 2027
lead|Le Conseil d'État genevois a mis en consultation mercredi un projet de règlement qui interdirait les souffleuses et aspirateurs à feuilles à moteur thermique sur tout le territoire cantonal. Les appareils électriques resteraient tolérés, mais à certaines heures seulement.
dateline|Publié le 4 mars 2026 à 11:42
dateline|Modifié à 17:05
share|Partager
save|Ajouter à mes favoris
listen|Écouter l'article
listen|Lecture audio générée par une voix de synthèse. 4 min.
video|Genève veut faire taire les souffleuses à feuilles / Le 19h30 / 2 min. / aujourd'hui à 19:30
video|Play
p|Le bruit des souffleuses à feuilles pourrait bientôt appartenir au passé dans les parcs et les jardins genevois. Le Conseil d'État a présenté mercredi un avant-projet de règlement qui bannirait, dès le 1er avril 2027, l'utilisation de tout appareil à moteur thermique destiné à souffler ou aspirer les feuilles mortes, qu'il soit manié par un particulier, une entreprise ou un service communal.
p|Les modèles électriques, nettement moins bruyants, ne seraient pas interdits. Leur usage serait toutefois limité aux jours ouvrables, entre 8h et 12h puis entre 14h et 18h. Le samedi, ils ne pourraient fonctionner que le matin. Le dimanche et les jours fériés, ils devraient rester au garage.
caption|Un employé d'une entreprise de jardinage utilise une souffleuse dans un parc de la rive droite. [Keystone - Laurent Bovay]
p|«Nous recevons chaque automne des dizaines de plaintes de riverains excédés», a expliqué devant la presse la conseillère d'État chargée du territoire. «Ces machines dépassent facilement 90 décibels. Elles dispersent aussi la poussière, les pollens et les spores jusque dans les logements. Il était temps d'agir.»
h2|Des villes déjà pionnières
p|Genève ne serait pas le premier acteur à franchir le pas en Suisse romande. Plusieurs communes vaudoises ont déjà restreint l'usage des souffleuses sur leur domaine public, et certaines villes alémaniques les ont purement bannies de leurs propres services d'entretien depuis quelques années.
read-also|Lire aussi: Bruit routier: Lausanne étend le 30 km/h de nuit à de nouveaux quartiers
p|À l'échelle cantonale, en revanche, le projet genevois ferait figure de première. Il s'appuie sur la législation sur la protection de l'environnement, qui permet aux cantons de limiter les émissions sonores des appareils utilisés en plein air.
p|En Ville de Genève, le service des espaces verts a anticipé le mouvement: plus de 80% de ses souffleuses fonctionnent déjà sur batterie, et les jardiniers réintroduisent le râteau dans les petits parcs. «Ça prend un peu plus de temps, mais le résultat est souvent meilleur pour la faune du sol», souligne un chef d'équipe.
h2|Les paysagistes inquiets
p|Du côté des professionnels, l'accueil est plus froid. L'association genevoise des entreprises de jardinage et de paysagisme estime que la transition coûtera plusieurs millions de francs à ses membres, dont beaucoup sont de petites structures.
p|«Un bon appareil électrique professionnel, avec deux batteries et le chargeur, coûte entre 1500 et 2500 francs. Pour une entreprise de dix personnes, c'est un investissement lourd», relève son président. Il réclame une aide cantonale au remplacement et un délai supplémentaire d'au moins un an.
p|Les paysagistes contestent aussi les plages horaires prévues. En automne, disent-ils, les journées sont courtes et les chantiers s'enchaînent: interdire les machines entre midi et 14h reviendrait à perdre une partie de la journée de travail.
h2|Amendes jusqu'à 10'000 francs
p|Le projet prévoit des amendes pouvant aller jusqu'à 10'000 francs en cas d'infraction répétée. Les contrôles seraient confiés aux polices municipales et au service cantonal de l'environnement.
p|La consultation court jusqu'au 15 mai. Les communes, les partis et les milieux professionnels peuvent encore proposer des modifications avant que le gouvernement n'adopte le texte définitif, prévu pour l'automne.
p|Les Verts genevois ont salué un «pas attendu depuis longtemps», tandis que le PLR dénonce «une mesure symbolique qui frappe d'abord les PME».
signature|Sujet TV: Élodie Marchand
signature|Adaptation web: Thomas Perrin
tags|Canton de Genève
tags|Environnement
tags|Bruit
tags|Jardinage
feedback|Vous avez repéré une erreur? Signalez-la
related|Sur le même sujet
related|Vaud
related|Pully renonce aux souffleuses thermiques dans ses parcs
related|12 octobre 2025
related|Suisse
related|Le bruit du trafic touche encore un million de personnes en Suisse
related|21 janvier 2026
related|Environnement
related|Les feuilles mortes, un trésor pour la biodiversité des jardins
related|3 novembre 2025
newsletter|Newsletter RTH Info
newsletter|Recevez chaque matin l'essentiel de l'actualité suisse et internationale.
newsletter|Adresse e-mail
newsletter|S'inscrire
most-read|Les plus vus
most-read|1
most-read|Primes maladie: le Conseil fédéral présente son plan pour freiner les coûts
most-read|2
most-read|Avalanche au-dessus de Verbier: deux skieurs hors-piste secourus
most-read|3
most-read|Le Léman n'a jamais été aussi chaud en hiver
most-read|4
most-read|Servette s'impose à Lucerne et recolle au podium
ticker|En continu
ticker|16:58
ticker|Un motard grièvement blessé sur l'autoroute près de Morges
ticker|16:31
ticker|La BNS maintient son taux directeur à 0%
ticker|16:02
ticker|Les CFF annoncent des travaux de nuit entre Lausanne et Fribourg
ticker|Voir tout l'En continu
app|Téléchargez l'app RTH Info
app|App Store
app|Google Play
footer|RTH Radio Télévision Helvétique
footer|Une entreprise de la SSH
footer|Qui sommes-nous
footer|Contact
footer|Emplois
footer|Aide
footer|Conditions d'utilisation
footer|Protection des données
footer|Paramètres des cookies
footer|Accessibilité
network|SRH SVI RTH SWH Play Helvetia
copyright|© RTH 2026
"""),
 dict(id="rts-info-style-2", site="rts-info-style", lang="fr", sep="\n", title="Un hiver sans neige fait craindre un nouvel été noir pour les glaciers suisses", date="2026-04-15", page="""
skip-link|Aller au contenu
skip-link|Aller à la navigation principale
skip-link|Aller à la recherche
network|RTH
network|Info
network|Sport
network|Culture
network|Découverte
network|Musique
network|Play RTH
network|Radio
network|Archives
account|Se connecter
search|Rechercher
menu|Info
menu|En continu
menu|Suisse
menu|Régions
menu|Monde
menu|Économie
menu|Culture
menu|Sciences-Tech
menu|Environnement
menu|Votations
menu|Vidéos
menu|Plus
breadcrumb|Info / Sciences-Tech / Environnement
section-label|Climat
h1|Un hiver sans neige fait craindre un nouvel été noir pour les glaciers suisses
lead|À la mi-avril, l'enneigement des Alpes suisses n'atteint que la moitié de la normale au-dessus de 2000 mètres. Les glaciologues redoutent une fonte aussi sévère qu'en 2022, si l'été devait être chaud.
dateline|Publié le 15 avril 2026 à 06:30
share|Partager
save|Ajouter à mes favoris
listen|Écouter l'article
listen|Lecture audio générée par une voix de synthèse. 5 min.
caption|Le glacier du Rhône, au-dessus de Gletsch, photographié début avril 2026. [Keystone - Jean-Christophe Bott]
p|Les skieurs l'ont constaté tout l'hiver, les glaciologues le confirment chiffres en main: la saison 2025-2026 restera comme l'une des plus pauvres en neige jamais mesurées dans les Alpes suisses. Selon les relevés du réseau de mesure des glaciers, l'épaisseur du manteau neigeux sur une quinzaine de glaciers de référence n'atteint en moyenne que 52% de sa valeur habituelle pour la mi-avril.
p|Or cette neige joue un rôle de bouclier. Tant qu'elle recouvre la glace, elle réfléchit le rayonnement solaire et retarde le début de la fonte. Quand elle manque, la glace est exposée dès le mois de juin, parfois plus tôt.
h2|Le spectre de 2022
p|«Nous retrouvons une situation très proche de celle du printemps 2022», explique Aline Berthod, glaciologue à l'Université de Fribourg, qui a participé à la campagne de mesures. «Cette année-là, un hiver sec avait été suivi de plusieurs vagues de chaleur et de dépôts de poussière du Sahara. Les glaciers avaient perdu 6% de leur volume en un seul été, du jamais vu.»
audio|«Les glaciers suisses partent avec un lourd handicap»: l'interview d'Aline Berthod / Forum / 4 min. / hier à 18:00
p|Rien n'est toutefois joué. Un printemps frais et des chutes de neige tardives, en mai et en juin, pourraient encore limiter les dégâts. «La météo de l'été reste décisive. Mais nous partons avec un handicap important», résume la chercheuse.
caption|Bilan de masse annuel des glaciers suisses depuis 2000, en mètres d'équivalent eau. [RTH - Source: réseau suisse de mesure des glaciers]
embed-blocked|Contenu externe
embed-blocked|Ce contenu externe ne peut pas être affiché car il pourrait collecter des données personnelles. Pour voir ce contenu, vous devez autoriser la catégorie Services de visualisation.
embed-blocked|Accepter
embed-blocked|Plus d'info
h2|Un recul qui s'accélère
p|Depuis le début du siècle, les glaciers suisses ont perdu environ 40% de leur volume. Les années de gain de masse sont devenues rarissimes: la dernière remonte à plus de vingt ans.
p|Les conséquences se font déjà sentir dans les vallées. Les torrents glaciaires, qui soutiennent le débit des rivières en fin d'été, devraient d'abord gonfler, avant de diminuer à mesure que les glaciers rétrécissent. Les exploitants de barrages, les agriculteurs valaisans et les communes de montagne suivent ces mesures de près.
read-also|Lire aussi: Dans le val de Bagnes, les bisses reprennent du service face à la sécheresse
p|Le retrait de la glace déstabilise aussi les versants. Plusieurs communes alpines ont renforcé ces dernières années la surveillance de pentes devenues instables, après les éboulements spectaculaires survenus dans le Valais et les Grisons.
h2|Ce que les scientifiques surveilleront cet été
p|Le réseau de mesure effectuera comme chaque année un second relevé à la fin septembre, qui permettra d'établir le bilan définitif de la saison. D'ici là, les glaciologues suivront en particulier:
li|la date à laquelle la glace apparaîtra sur les glaciers de référence;
li|le nombre et la durée des vagues de chaleur;
li|d'éventuels dépôts de poussière saharienne, qui assombrissent la neige et accélèrent la fonte;
li|les chutes de neige estivales en altitude, seul répit possible.
p|«Chaque été chaud nous coûte l'équivalent de plusieurs décennies de recul observé au siècle dernier», rappelle Aline Berthod. «Même si nous réduisions fortement nos émissions, une grande partie des petits glaciers est déjà condamnée.»
signature|Sujet radio: Valentin Cornu
signature|Adaptation web: Miriam Schaller
signature|ats/msc
tags|Glaciers
tags|Climat
tags|Neige
tags|Alpes
feedback|Vous avez repéré une erreur? Signalez-la
video|À voir aussi
video|Au Gornergrat, les scientifiques mesurent la neige à la pelle / 19h30 / 3 min. / 3 avril 2026
video|Play
related|Sur le même sujet
related|Valais
related|Éboulement au-dessus de Blatten: la surveillance renforcée tout l'été
related|9 avril 2026
related|Économie
related|Sans neige, les petites stations de ski ferment plus tôt
related|28 mars 2026
related|Sciences-Tech
related|Les glaciers du monde ont perdu un record de glace en 2025
related|19 février 2026
most-read|Les plus vus
most-read|1
most-read|Le prix de l'électricité baissera légèrement en 2027
most-read|2
most-read|Genève-Aéroport: un vol détourné après une alerte à la bombe
most-read|3
teaser-list|Un hiver sans neige fait craindre un nouvel été noir pour les glaciers suisses
most-read|4
most-read|Hockey: Fribourg-Gottéron rejoint la finale des play-off
ticker|En continu
ticker|09:12
ticker|Le chômage reste stable à 2,9% en mars
ticker|08:47
ticker|Un train régional déraille sans faire de blessés près de Sion
ticker|Voir tout l'En continu
app|Téléchargez l'app RTH Info
app|App Store
app|Google Play
footer|RTH Radio Télévision Helvétique
footer|Une entreprise de la SSH
footer|Qui sommes-nous
footer|Contact
footer|Emplois
footer|Aide
footer|Conditions d'utilisation
footer|Protection des données
footer|Paramètres des cookies
footer|Accessibilité
network|SRH SVI RTH SWH Play Helvetia
copyright|© RTH 2026
"""),
 dict(id="bloomberg-africa-style-1", site="bloomberg-africa-style", lang="en", sep="\n", title="Nigeria Cuts Key Rate for Second Time as Inflation Cools Toward 20%", date="2026-03-24", page="""
skip-link|Skip to content
menu|Caldwell
menu|Connecting decision makers to a dynamic network of information, people and ideas
account|Subscribe
account|Sign In
menu|Live TV
menu|Markets
menu|Economics
menu|Industries
menu|Tech
menu|AI
menu|Politics
menu|Wealth
menu|Pursuits
menu|Opinion
menu|Businessweek
menu|Green
menu|Africa
menu|More
ticker|S&P 500 6,712.40 +0.32%
ticker|Nasdaq 22,981.15 +0.51%
ticker|US 10 Yr 4.08% -0.02
ticker|Brent Crude 69.84 -0.47%
ticker|USD/NGN 1,448.20 +0.11%
paywall|You have 2 free articles left this month. Subscribe for unlimited access.
section-label|Economics
h1|Nigeria Cuts Key Rate for Second Time as Inflation Cools Toward 20%
lead|Policymakers see room to ease further if the naira holds steady after its best quarter in years.
byline|By Tolu Adeyemi and Chinedu Okafor
dateline|March 24, 2026 at 2:17 PM UTC
dateline|Updated on March 24, 2026 at 4:05 PM UTC
save|Save
gift|Gift this article
translate|Translate
listen|Listen
listen|4:12
section-label|Takeaways by Caldwell AI
li|Nigeria's central bank lowered its benchmark rate by 50 basis points to 26.5%, its second cut in six months.
li|Annual inflation slowed for a sixth straight month in February, to 21.3%, helped by a firmer naira and lower food prices.
li|The governor said further easing would depend on the currency and on fuel prices.
ai-disclaimer|Hide Caldwell AI summary. Summaries are generated with AI and reviewed by our newsroom.
caption|Traders at a foreign-exchange bureau in Lagos.
credit|Photographer: Taiwo Adebanjo/Caldwell
p|Nigeria's central bank cut its key interest rate for the second time in six months, betting that a sustained slowdown in inflation and a steadier naira give it room to support Africa's most populous economy.
p|The Monetary Policy Committee lowered the benchmark rate by 50 basis points to 26.5%, Governor Adaeze Nwosu told reporters in the capital, Abuja, on Tuesday. Eight of the 12 members voted for the cut, while four favored holding. Eleven of 14 economists in a Caldwell survey had expected the move.
p|"The disinflation process is now well established," Nwosu said, reading from the committee's statement. "The committee judged that a moderate reduction would support output without undermining the gains made on price stability."
read-also|Read More: Naira Posts Best Quarter Since 2008 as Investors Return to Lagos
p|Annual inflation slowed to 21.3% in February from 22.6% a month earlier, according to the statistics office, its sixth consecutive decline. Food inflation, which accounts for about half of the consumer price index, eased to 23.8%. Prices had peaked above 34% in late 2024 before the statistics agency rebased the index.
chart|Cooling Prices
chart|Nigeria's annual inflation rate has slowed for six straight months
chart|Source: National Bureau of Statistics
chart|Note: Series rebased in January 2025
p|The naira has gained about 6% against the dollar this year, trading at around 1,448 per dollar on the official window on Tuesday, as foreign portfolio investors returned to local debt and oil production rose above 1.7 million barrels a day. The central bank's gross external reserves climbed to $44.1 billion, the highest since 2019.
promo|Before it's here, it's on the Caldwell Terminal.
promo|LEARN MORE
p|Still, some analysts cautioned that the bank may be moving too quickly. Petrol prices, which were fully deregulated in 2024, remain exposed to swings in the global crude market, and a planned increase in electricity tariffs for some customer bands could push inflation back up in the second half.
p|"The central bank is front-running a disinflation story that still has a lot of risk in it," said Oluwaseun Bakare, chief economist at Lagos-based Meadowgate Securities. "If the naira comes under pressure again, they could be forced to reverse course before the end of the year."
p|The committee also left the cash reserve requirement for commercial banks unchanged at 45% and kept the asymmetric corridor around the policy rate at +250 and -100 basis points.
p|Yields on Nigerian Treasury bills fell as much as 40 basis points after the decision, while the country's dollar bonds due 2031 rose 0.6 cents to 98.4 cents on the dollar, the highest in almost two years.
p|The decision makes Nigeria the latest African economy to ease policy this year, after Ghana, Kenya and Egypt, as inflation pressures across the continent fade and the US Federal Reserve's rate cuts reduce the appeal of dollar assets.
p|The MPC will next meet in May.
signature|— With assistance from Ruth Mensah
update-note|(Updates with analyst comment in ninth paragraph, bond prices in 11th.)
ticker|In this Article
ticker|NGN Curncy
ticker|Nigerian Naira Spot
ticker|1,448.20 USD
ticker|+0.11%
ticker|NGNTB3M Index
ticker|Nigeria Treasury Bill 3 Month
ticker|17.85%
ticker|-0.38
author-link|Follow all new stories by Tolu Adeyemi
author-link|Follow all new stories by Chinedu Okafor
contact|Contact us:
contact|Provide news feedback or report an error
tip|Confidential tip? Send a tip to our reporters
feedback|Site feedback: Take our Survey
teaser-list|More From Caldwell
teaser-list|Ghana's Cedi Slides as Cocoa Revenue Shortfall Widens Deficit
teaser-list|Kenya Plans Eurobond Buyback as Yields Drop to Four-Year Low
teaser-list|Egypt's Inflation Jumps After Fuel Price Increase
teaser-list|South Africa's Rand Gains as Power Cuts End for Third Month
teaser-list|Top Reads
teaser-list|The Race to Build Africa's First Gigawatt Data Center
teaser-list|by Loni Ashford
teaser-list|Why Angola's Oil Exit From OPEC Still Haunts Luanda
teaser-list|by Pedro Matos
teaser-list|Zambia's Copper Comeback Has a Power Problem
teaser-list|by Mwansa Tembo
footer|Terms of Service
footer|Do Not Sell or Share My Personal Information
footer|Trademarks
footer|Privacy Policy
copyright|©2026 Caldwell L.P. All Rights Reserved
footer|Careers
footer|Made in NYC
footer|Advertise
footer|Ad Choices
footer|Help
"""),
 dict(id="bloomberg-africa-style-2", site="bloomberg-africa-style", lang="en", sep="\n", title="Zambia's Copper Output Hits Record as New Mines Ramp Up, Easing Debt Strain", date="2026-01-29", page="""
skip-link|Skip to content
menu|Caldwell
menu|Connecting decision makers to a dynamic network of information, people and ideas
account|Subscribe
account|Sign In
menu|Live TV
menu|Markets
menu|Economics
menu|Industries
menu|Tech
menu|AI
menu|Politics
menu|Wealth
menu|Pursuits
menu|Opinion
menu|Businessweek
menu|Green
menu|Africa
menu|More
ticker|S&P 500 6,588.02 -0.21%
ticker|Nasdaq 22,410.77 -0.44%
ticker|US 10 Yr 4.21% +0.03
ticker|LME Copper 11,284.50 +1.12%
ticker|USD/ZMW 24.3150 -0.28%
section-label|Mining
h1|Zambia's Copper Output Hits Record as New Mines Ramp Up, Easing Debt Strain
lead|Production topped 900,000 tons for the first time, putting the government's target of 3 million tons by 2031 back in view.
byline|By Mwansa Tembo
dateline|January 29, 2026 at 6:00 AM UTC
save|Save
gift|Gift this article
listen|Listen
listen|5:36
caption|Trucks at an open-pit copper mine in Zambia's North-Western province.
credit|Photographer: Brian Mwila/Caldwell
p|Zambia produced a record amount of copper last year as newly expanded mines came online and a revived state-backed operation returned to full capacity, bolstering the finances of a country still recovering from its 2020 default.
p|Output rose 14% to 912,400 metric tons in 2025, according to preliminary figures from the Ministry of Mines and Minerals Development seen by Caldwell. That beat the previous record of 869,000 tons set in 2011, when the country was still riding the commodities supercycle.
p|"We have turned the corner," Mines Minister Chileshe Banda said in an interview in Lusaka. "For ten years production was flat or falling. Now every major operation is investing again."
paywall|Subscribe now for uninterrupted access.
paywall|Get unlimited access to Caldwell.com for $1.99/month for the first 3 months. Cancel anytime.
paywall|Claim This Offer
paywall|Explore Offers
paywall|Already a subscriber? Sign in
paywall|Have a Caldwell Terminal? Sign in with your Terminal
p|The jump was driven by the expansion of two large open-pit mines in the North-Western province and by the restart of deep underground shafts in the Copperbelt that had been idled for years under previous owners. Together, they added more than 100,000 tons of output.
p|Copper prices have surged above $11,000 a ton on the London Metal Exchange, close to an all-time high, as demand from electric-vehicle makers, power grids and data centers outpaces new supply. That has made Zambia, Africa's second-biggest producer after the Democratic Republic of Congo, one of the continent's most closely watched mining jurisdictions.
read-also|Read More: Congo's Cobalt Quota Extends Into 2026 as Prices Rebound
h2|Power Constraints
p|The gains came despite a severe electricity shortage. A drought in 2024 slashed water levels at the Kariba dam, forcing the national utility to ration power for up to 20 hours a day. Mining companies, which consume more than half the country's electricity, turned to imported power from neighboring countries and, increasingly, to their own solar plants.
p|"Power remains the single biggest risk to the 3 million-ton ambition," said Tendai Mupfumira, an analyst at Johannesburg-based Kestrel Research. "Ore bodies are there, capital is there, but you cannot run a concentrator on diesel generators forever."
p|The government has set a goal of lifting annual production to 3 million tons by 2031. Most analysts consider that target unrealistic, but say output of 1.3 million to 1.5 million tons by the end of the decade is within reach if announced projects go ahead.
chart|Back on Track
chart|Zambia's copper production, in thousand metric tons
chart|Source: Ministry of Mines and Minerals Development, Caldwell
h2|Royalty Windfall
p|Higher output and prices are already showing up in the public accounts. Mineral royalty collections rose about a third last year, Finance Ministry data show, helping Zambia meet fiscal targets agreed under its International Monetary Fund program, which concluded in 2025.
p|The kwacha has strengthened about 12% against the dollar over the past six months, making it one of the best-performing currencies in Africa.
p|Investors are also watching the general election due in August. President Hakainde Hichilema, who is seeking a second term, has made mining revival a pillar of his economic pitch, while opposition parties have called for a bigger state share in mine profits.
p|Zambia's dollar bonds, restructured in 2024, rose to a record on Wednesday.
signature|— With assistance from Pauline Ndlovu
ticker|In this Article
ticker|LMCADS03 Comdty
ticker|LME Copper 3 Month
ticker|11,284.50 USD
ticker|+1.12%
ticker|ZMW Curncy
ticker|Zambian Kwacha Spot
ticker|24.3150 USD
ticker|-0.28%
author-link|Follow all new stories by Mwansa Tembo
contact|Contact us:
contact|Provide news feedback or report an error
tip|Confidential tip? Send a tip to our reporters
feedback|Site feedback: Take our Survey
teaser-list|More From Caldwell
teaser-list|Barrick Seeks Mali Mine Restart After Settling Dispute With Junta
teaser-list|Angola's Lobito Railway Carries First Copper From Congo
teaser-list|Glencore Weighs Sale of African Coal Assets
teaser-list|Nigeria's Dangote Refinery Starts Exporting Jet Fuel to Europe
most-read|Most Read
most-read|Gold Tops $4,600 as Central Banks Keep Buying
most-read|The Tiny Country Quietly Becoming a Bitcoin Mining Giant
most-read|Fed Officials Split on Pace of Further Rate Cuts
footer|Terms of Service
footer|Do Not Sell or Share My Personal Information
footer|Trademarks
footer|Privacy Policy
copyright|©2026 Caldwell L.P. All Rights Reserved
footer|Careers
footer|Made in NYC
footer|Advertise
footer|Ad Choices
footer|Help
"""),
 dict(id="niger-inter-style-1", site="niger-inter-style", lang="fr", sep="\n", title="Soudure 2026 : le gouvernement lance la vente de céréales à prix modéré dans les huit régions", date="2026-05-19", page="""
timestamp|mardi, mai 19, 2026
weather|Niamey 41°C
social|Facebook
social|Twitter
social|YouTube
social|WhatsApp
social|Telegram
account|Se connecter
menu|Sahel Inter
menu|L'information du Niger en continu
ad|Publicité
ad|AIRLINK NIGER - La 4G+ partout au Niger. Forfait Jeunesse 1 Go à 200 FCFA. Composez *155#
menu|Accueil
menu|Actualité
menu|Politique
menu|Économie
menu|Société
menu|Sécurité
menu|Santé
menu|Éducation
menu|Culture
menu|Sport
menu|AES
menu|International
menu|Tribune
menu|Contact
breaking|FLASH INFO
breaking|Tahoua : 2 400 tonnes d'engrais mises en place pour la campagne irriguée
breaking|Football : le Mena tient en échec le Bénin au stade Général Seyni Kountché
breaking|Examens scolaires : le calendrier du BEPC 2026 rendu public
breadcrumb|Accueil Économie
section-label|Économie
h1|Soudure 2026 : le gouvernement lance la vente de céréales à prix modéré dans les huit régions
byline|Par Rédaction Sahel Inter - 19 mai 2026
comments|0
views|214
share|Partager
share|Facebook
share|Twitter
share|WhatsApp
share|Telegram
share|Copier l'URL
caption|Des sacs de mil entreposés dans un magasin de l'OPVN à Niamey (Photo d'archives)
p|Le gouvernement a officiellement lancé, ce lundi 18 mai 2026 à Niamey, l'opération de vente de céréales à prix modéré au titre de la période de soudure. La cérémonie s'est déroulée dans l'enceinte du magasin central de l'Office des Produits Vivriers du Niger (OPVN), en présence du ministre du Commerce et de l'Industrie, du gouverneur de la région de Niamey et de plusieurs responsables des structures de sécurité alimentaire.
p|Au total, 60 000 tonnes de céréales, composées de mil, de sorgho et de maïs, seront mises à la disposition des populations dans l'ensemble des huit régions du pays. Selon les responsables de l'OPVN, les stocks ont été prépositionnés depuis le mois d'avril dans les chefs-lieux de départements, afin d'éviter les ruptures observées les années précédentes dans les zones les plus enclavées.
ad|Publicité
ad|SONIBANK - Ouvrez votre compte en ligne en 10 minutes. Votre banque, partout avec vous.
p|Les prix fixés par le gouvernement sont nettement inférieurs à ceux pratiqués sur les marchés. Le sac de 50 kg de mil est cédé à 13 000 FCFA, celui de sorgho à 12 500 FCFA et celui de maïs à 12 000 FCFA, alors que le mil s'échange actuellement entre 20 000 et 24 000 FCFA sur les principaux marchés de Niamey, Zinder et Maradi.
p|Dans son allocution, le ministre a rappelé que cette opération s'inscrit dans la vision des plus hautes autorités de garantir la souveraineté alimentaire du pays. « Aucun Nigérien ne doit souffrir de la faim pendant la soudure. Les céréales sont là, les prix sont à la portée des ménages. Nous veillerons à ce qu'elles arrivent à ceux qui en ont réellement besoin », a-t-il déclaré.
read-also|LIRE AUSSI : Campagne agricole 2026 : les premières pluies enregistrées dans la région de Dosso
h2|Des comités de gestion dans chaque commune
p|Pour garantir la transparence de l'opération, des comités de gestion ont été installés dans chaque commune. Composés de représentants de l'administration, des chefs traditionnels, des organisations de femmes et de jeunes, ils sont chargés de recenser les ménages vulnérables et de superviser la vente.
p|Chaque ménage ne pourra acheter que deux sacs au maximum par passage. Le ministre a mis en garde contre toute tentative de détournement ou de spéculation : « Ceux qui achètent pour revendre au marché seront poursuivis conformément à la loi. »
p|Le Directeur général de l'OPVN, M. Abdoulaye Maman Sani, a pour sa part précisé les modalités pratiques :
li|la vente se fait du lundi au samedi, de 8 heures à 17 heures, dans les points de vente désignés ;
li|le paiement se fait au comptant ou par mobile money ;
li|une pièce d'identité ou une carte d'électeur est exigée pour chaque chef de ménage ;
li|les personnes vivant avec un handicap et les femmes chefs de ménage sont servies en priorité.
h2|Une campagne agricole 2025 mitigée
p|Cette opération intervient après une campagne agricole 2025 jugée moyenne dans plusieurs zones du pays. Si la production céréalière nationale est globalement excédentaire, certaines localités des régions de Tillabéri, Tahoua et Diffa ont enregistré des déficits importants, en raison de poches de sécheresse et de l'insécurité qui a empêché de nombreux producteurs d'accéder à leurs champs.
p|Selon le dispositif national de prévention et de gestion des crises alimentaires, près de 2,3 millions de personnes pourraient se trouver en situation d'insécurité alimentaire pendant la période de soudure, qui s'étend généralement de juin à septembre.
p|À Niamey, les premiers bénéficiaires rencontrés sur le site de vente de Lazaret se réjouissaient de l'initiative. « Au marché, avec 20 000 francs, je n'ai même pas un sac. Ici, j'en ai presque deux. Ça va nous aider jusqu'aux récoltes », confie Mariama, mère de six enfants.
signature|Ibrahim Moussa Souley
tags|TAGS
tags|OPVN
tags|Prix modéré
tags|Sécurité alimentaire
tags|Soudure
share|Facebook
share|Twitter
share|WhatsApp
nav|Article précédent
nav|Zinder : démantèlement d'un réseau de trafic de faux médicaments
nav|Article suivant
nav|Diffa : reprise des cours dans 14 écoles après trois ans de fermeture
related|ARTICLES LIÉS
related|PLUS DE L'AUTEUR
related|Riz importé : les prix plafonnés prorogés jusqu'en décembre
related|Maradi : le marché de Dan Issa retrouve son affluence
related|Conseil des ministres : adoption du plan de soutien aux populations vulnérables
whatsapp|Rejoignez notre chaîne WhatsApp pour recevoir l'actualité du Niger en temps réel
comments|LAISSER UN COMMENTAIRE
comments|Annuler la réponse
comments|Veuillez entrer votre commentaire!
comments|Veuillez entrer votre nom ici
comments|Vous avez entré une adresse e-mail incorrecte!
comments|Veuillez entrer votre adresse email ici
comments|Enregistrer mon nom, email et site web dans ce navigateur pour la prochaine fois que je commenterai.
comments|Δ
social|RESTEZ CONNECTÉS
social|12,458 Fans J'aime
social|3,210 Suiveurs Suivre
social|1,045 Abonnés S'abonner
teaser-list|DERNIERS ARTICLES
teaser-list|Tillabéri : les FDS neutralisent plusieurs terroristes dans le département de Téra
teaser-list|19 mai 2026
teaser-list|AES : les ministres des Finances réunis à Bamako pour la banque confédérale
teaser-list|19 mai 2026
teaser-list|Santé : lancement de la campagne de vaccination contre la méningite à Dosso
teaser-list|18 mai 2026
most-read|POPULAIRES
most-read|Fonction publique : les résultats du concours de recrutement des enseignants publiés
most-read|Électricité : la NIGELEC annonce des délestages programmés à Niamey
most-read|Hajj 2026 : le coût du pèlerinage fixé par le Commissariat
ad|Publicité
ad|NIGER TÉLÉCOMS - Internet illimité à la maison dès 15 000 FCFA par mois
footer|À PROPOS DE NOUS
footer|Sahel Inter est un site d'information générale consacré à l'actualité du Niger et du Sahel. Politique, économie, société, sécurité, culture et sport : l'essentiel de l'info, 24h/24.
footer|Contactez-nous : redaction@sahelinter.ne
footer|SUIVEZ-NOUS
footer|Accueil Politique Économie Société Contact Publicité
copyright|© Sahel Inter 2026 - Tous droits réservés. Réalisé par NigerWeb Services
back-to-top|Haut de page
"""),
 dict(id="niger-inter-style-2", site="niger-inter-style", lang="fr", sep="\n", title="Agadez : la centrale solaire de Tchirozérine mise en service, 20 mégawatts injectés dans le réseau", date="2026-02-09", page="""
timestamp|lundi, février 9, 2026
weather|Niamey 33°C
social|Facebook
social|Twitter
social|YouTube
social|WhatsApp
social|Telegram
account|Se connecter
menu|Sahel Inter
menu|L'information du Niger en continu
ad|Publicité
ad|AIRLINK NIGER - Transférez de l'argent gratuitement avec Airlink Money jusqu'au 28 février
menu|Accueil
menu|Actualité
menu|Politique
menu|Économie
menu|Société
menu|Sécurité
menu|Santé
menu|Éducation
menu|Culture
menu|Sport
menu|AES
menu|International
menu|Tribune
menu|Contact
breaking|FLASH INFO
breaking|Niamey : la nouvelle gare routière de Kollo ouvre ses portes
breaking|CHAN 2026 : le Mena débute par une victoire face au Togo
breadcrumb|Accueil Économie Énergie
section-label|Énergie
h1|Agadez : la centrale solaire de Tchirozérine mise en service, 20 mégawatts injectés dans le réseau
byline|Par Rédaction Sahel Inter - 9 février 2026
comments|2
views|531
share|Partager
share|Facebook
share|Twitter
share|WhatsApp
share|Telegram
share|Copier l'URL
caption|Vue partielle des panneaux photovoltaïques de la centrale de Tchirozérine
credit|Crédit photo : ONEP Agadez
p|La région d'Agadez dispose désormais d'une nouvelle source d'énergie. La centrale solaire photovoltaïque de Tchirozérine, d'une capacité de 20 mégawatts-crête, a été officiellement mise en service le samedi 7 février 2026, lors d'une cérémonie présidée par le ministre de l'Énergie, en présence du gouverneur de la région d'Agadez, des autorités administratives et coutumières et des responsables de la Société nigérienne d'électricité (NIGELEC).
p|Construite sur un site de 40 hectares à une soixantaine de kilomètres au nord-ouest d'Agadez, l'infrastructure a nécessité un investissement de près de 18 milliards de FCFA. Les travaux, lancés en septembre 2024, ont été réalisés par un groupement d'entreprises avec une forte implication de la main-d'œuvre locale : plus de 300 jeunes de la région ont été employés pendant le chantier.
p|La centrale comprend :
li|près de 37 000 panneaux photovoltaïques montés sur structures fixes ;
li|un système de stockage par batteries de 10 mégawattheures ;
li|un poste de transformation et une ligne de raccordement de 33 kilovolts vers Agadez ;
li|un centre de contrôle et de maintenance.
ad|Publicité
ad|SONIDEP - Le carburant de qualité au juste prix, partout au Niger
p|Selon les responsables de la NIGELEC, la nouvelle centrale couvrira près de la moitié des besoins de la ville d'Agadez en journée et permettra de réduire sensiblement les délestages qui affectent la région, en particulier pendant la période de forte chaleur. Elle permettra aussi d'économiser chaque année plusieurs millions de litres de gasoil utilisés par les groupes électrogènes.
read-also|LIRE AUSSI : Électricité : la NIGELEC annonce un programme de 200 MW solaires d'ici 2028
h2|« Une étape vers la souveraineté énergétique »
p|Dans son discours, le ministre de l'Énergie a salué une réalisation qui s'inscrit dans la politique de souveraineté énergétique prônée par les autorités de la Refondation. « Notre pays dispose d'un ensoleillement parmi les plus élevés au monde. Il n'est plus acceptable que nos populations vivent dans le noir alors que le soleil brille plus de 3 000 heures par an », a-t-il déclaré.
p|Il a rappelé que le Niger reste fortement dépendant des importations d'électricité, une dépendance qui a montré ses limites au cours des dernières années. Le gouvernement entend porter la part des énergies renouvelables à au moins 30 % de la production nationale d'ici 2030.
p|Le gouverneur de la région d'Agadez a, quant à lui, exprimé la gratitude des populations. « Les commerçants, les artisans, les centres de santé attendaient cette centrale avec impatience. Avec une électricité stable, c'est toute l'économie de la région qui va redémarrer », a-t-il souligné.
h2|Les populations entre espoir et prudence
p|À Agadez, la nouvelle a été accueillie avec satisfaction, mais aussi une certaine prudence. « Nous avons déjà entendu beaucoup de promesses. Si les coupures diminuent vraiment pendant la chaleur, nous serons les premiers à applaudir », estime Alhousseini, soudeur au quartier Dagmanet.
p|Les responsables de la NIGELEC assurent que les premiers effets se feront sentir dès les prochaines semaines. Une deuxième phase de 10 mégawatts-crête est déjà à l'étude pour accompagner la croissance de la demande, notamment liée aux activités minières de la région.
signature|Abdourahamane Issa, correspondant régional à Agadez
tags|TAGS
tags|Agadez
tags|Énergie solaire
tags|NIGELEC
tags|Tchirozérine
share|Facebook
share|Twitter
share|WhatsApp
nav|Article précédent
nav|Maradi : 3 500 enseignants contractuels formés aux nouveaux programmes
nav|Article suivant
nav|Sécurité routière : l'axe Niamey-Tillabéri bientôt réhabilité
related|ARTICLES LIÉS
related|PLUS DE L'AUTEUR
related|Uranium : la SOMAÏR reprend ses exportations par la voie du Togo
related|Zinder : 5 000 ménages raccordés au réseau électrique en 2025
related|Électricité : la NIGELEC annonce un programme de 200 MW solaires d'ici 2028
comments|2 COMMENTAIRES
comments|Moussa Garba
comments|9 février 2026 À 10 h 14 min
comments|Enfin une bonne nouvelle pour Agadez ! Il faut maintenant faire la même chose à Arlit et à Bilma.
comments|Répondre
comments|Hadiza
comments|9 février 2026 À 12 h 47 min
comments|Bravo aux autorités. Que Dieu bénisse le Niger.
comments|Répondre
comments|LAISSER UN COMMENTAIRE
comments|Annuler la réponse
comments|Veuillez entrer votre commentaire!
comments|Veuillez entrer votre nom ici
comments|Vous avez entré une adresse e-mail incorrecte!
comments|Veuillez entrer votre adresse email ici
comments|Enregistrer mon nom, email et site web dans ce navigateur pour la prochaine fois que je commenterai.
comments|Δ
social|RESTEZ CONNECTÉS
social|12,391 Fans J'aime
social|3,188 Suiveurs Suivre
social|1,022 Abonnés S'abonner
teaser-list|DERNIERS ARTICLES
teaser-list|Dosso : la foire régionale de l'artisanat ouvre ses portes
teaser-list|9 février 2026
teaser-list|Confédération AES : le passeport biométrique commun délivré à Niamey
teaser-list|8 février 2026
teaser-list|Tahoua : un mort et trois blessés dans un accident sur la RN1
teaser-list|8 février 2026
most-read|POPULAIRES
most-read|Baccalauréat 2026 : les inscriptions prolongées d'une semaine
most-read|Niamey : les prix du gaz domestique en baisse
most-read|Football : le nouveau sélectionneur du Mena dévoile sa première liste
ad|Publicité
ad|NIGER TÉLÉCOMS - Internet illimité à la maison dès 15 000 FCFA par mois
footer|À PROPOS DE NOUS
footer|Sahel Inter est un site d'information générale consacré à l'actualité du Niger et du Sahel. Politique, économie, société, sécurité, culture et sport : l'essentiel de l'info, 24h/24.
footer|Contactez-nous : redaction@sahelinter.ne
footer|SUIVEZ-NOUS
footer|Accueil Politique Économie Société Contact Publicité
copyright|© Sahel Inter 2026 - Tous droits réservés. Réalisé par NigerWeb Services
back-to-top|Haut de page
"""),
 dict(id="cbs-local-station-style-1", site="cbs-local-station-style", lang="en", sep="\n", title="Pittsburgh school board votes to close four buildings, merge two middle schools", date="2026-01-28", page="""
skip-link|Skip to main content
menu|UBC News Pittsburgh
watch|Watch UBC News
menu|Latest
menu|Local News
menu|Sports
menu|Steelers
menu|First Alert Weather
menu|Video
menu|KD Investigates
menu|Consumer
menu|Contests
menu|Station Info
menu|More
weather|29°
weather|Pittsburgh, PA
account|Log In
search|Search
push|Be the first to know. Get browser notifications for breaking news, live events, and exclusive reporting.
push|Not Now
push|Turn On
section-label|Local News
h1|Pittsburgh school board votes to close four buildings, merge two middle schools
lead|The vote came after more than four hours of public comment from parents, teachers and students who packed the board's meeting room.
byline|By Dana Whitfield, Marcus Reyes
dateline|Updated on: January 28, 2026 / 11:52 PM EST / UBC Pittsburgh
share|Add UBC News on Google
share|Facebook
share|Twitter
share|Reddit
share|Flipboard
share|Email
video|Pittsburgh Public Schools board approves closing four buildings
video|Play Video
video|02:41
p|The Pittsburgh Public Schools board voted 6-3 Wednesday night to close four school buildings and merge two middle schools at the end of the 2026-27 school year, the first major piece of a facilities plan the district says it needs to avoid a growing budget deficit.
p|The vote came after more than four hours of public comment. Dozens of parents, teachers and students lined up to speak, many holding signs with the names of their schools. Several speakers were in tears.
p|"You're not closing a building. You're closing the one place in this neighborhood where my kids feel safe," one mother told the board.
p|Under the plan approved Wednesday, the following buildings will close in June 2027:
li|Harmon Street Elementary in the Hill District
li|Crestview K-8 in the West End
li|Bayard Elementary in Carrick
li|Ridgemont Middle School in the East End, whose students will move to Northgate Middle School
p|District officials say enrollment has dropped by roughly a quarter over the past fifteen years, while the district still maintains more than 50 buildings, many of them more than a century old. Several of the schools slated for closure are operating at less than half of their capacity.
caption|Parents and students held signs outside the Pittsburgh Public Schools administration building before Wednesday's vote.
credit|UBC News Pittsburgh
p|"Nobody on this board wanted to cast this vote," the board president said after the meeting. "But we cannot keep heating half-empty buildings while we cut teachers and programs. This plan puts the money back into classrooms."
p|The district estimates the closures will save about $14 million a year once fully in place. Officials have promised that no teachers will lose their jobs because of the closures and that students will be offered free busing to their new schools.
h2|Parents worry about longer commutes
p|Opponents said the district had not done enough to consider how the changes would affect students who already face long trips to school. Some families in the West End said their children would have to cross busy roads or take two buses to reach the receiving schools.
p|Board members who voted no said they supported consolidating buildings in principle but wanted the district to wait another year and do more outreach. One of them called the process "rushed and confusing."
p|The Pittsburgh Federation of Teachers said in a statement that it would "hold the district to its promise" on jobs and class sizes.
watch|WATCH: Parents speak out ahead of school closure vote
watch|Play Video
watch|03:15
p|The district will hold community meetings at each affected school in March to explain the transition. A second phase of the facilities plan, which could include additional closures and new construction, is expected to come before the board next year.
author-bio|Dana Whitfield is an education reporter for UBC News Pittsburgh. She joined the station in 2021 after covering schools and local government in Erie.
author-bio|Marcus Reyes is a multiplatform producer at UBC News Pittsburgh.
tags|In:
tags|Pittsburgh Public Schools
tags|Education
tags|Pittsburgh
copyright|© 2026 UBC Broadcasting Inc. All Rights Reserved.
teaser-list|More from UBC News
teaser-list|Allegheny County property reassessment: What homeowners need to know
teaser-list|Steelers hire new offensive coordinator
teaser-list|PRT to cut service on 12 bus routes starting in March
teaser-list|Man charged after police chase ends in crash in McKees Rocks
sponsored|Featured Local Savings
sponsored|Promoted Links by Taboola
sponsored|Seniors In Pennsylvania Are Getting Their Roofs Replaced For Next To Nothing
sponsored|Roofing Advisors
sponsored|Here's What A New Walk-In Shower Should Cost You In 2026
sponsored|HomeBuddy
most-read|Trending News
most-read|Winter storm warning: Up to 10 inches of snow possible in parts of western Pa.
most-read|Beloved Bloomfield diner closes after 58 years
most-read|Police identify man found dead in Allegheny River
app|Download the free UBC News Pittsburgh app
footer|UBC News Pittsburgh
footer|Privacy Policy
footer|California Notice
footer|Do Not Sell Or Share My Personal Information
footer|Terms of Use
footer|About UBC
footer|Advertise
footer|Closed Captioning
footer|UBC News Store
footer|Station Info
footer|Public File for KUBC-TV
footer|Public File for WPUB-TV
footer|EEO Report
footer|FCC Applications
copyright|Copyright ©2026 UBC Interactive Inc. All rights reserved.
"""),
 dict(id="cbs-local-station-style-2", site="cbs-local-station-style", lang="en", sep="\n", title="Water main break floods Strip District streets, triggers boil water advisory for 40,000 customers", date="2026-02-19", page="""
skip-link|Skip to main content
menu|UBC News Pittsburgh
watch|Watch UBC News
menu|Latest
menu|Local News
menu|Sports
menu|Steelers
menu|First Alert Weather
menu|Video
menu|KD Investigates
menu|Consumer
menu|Contests
menu|Station Info
menu|More
weather|18°
weather|Pittsburgh, PA
account|Log In
search|Search
alert|First Alert Weather Alert: Dangerous wind chills through Friday morning
breaking|BREAKING
section-label|Local News
h1|Water main break floods Strip District streets, triggers boil water advisory for 40,000 customers
lead|Crews expect repairs to take at least 24 hours. Here's which neighborhoods are affected and what you should do.
byline|By Kelsey Donahue
dateline|Updated on: February 19, 2026 / 5:37 PM EST / UBC Pittsburgh
share|Add UBC News on Google
share|Facebook
share|Twitter
share|Reddit
share|Flipboard
share|Email
video|Water main break sends water rushing down Penn Avenue
video|Play Video
video|01:58
p|PITTSBURGH (UBC) — A 36-inch water main broke early Thursday in the Strip District, flooding several blocks of Penn Avenue and Smallman Street and prompting a boil water advisory for about 40,000 customers in the city's eastern neighborhoods.
p|Pittsburgh Water said the break was reported around 4:15 a.m. near the intersection of Penn Avenue and 21st Street. Video from the scene showed water gushing up through the pavement and pouring down the street, flooding the entrances of several businesses and partially submerging parked cars.
p|"We heard what sounded like a bang, and then the street turned into a river," said a worker at a produce wholesaler on Smallman Street. "It was up past the tires in ten minutes."
caption|Water pours down Penn Avenue in the Strip District after a water main break early Thursday, Feb. 19, 2026.
credit|UBC News Pittsburgh
p|The utility said the pipe, installed in the 1920s, likely failed because of the extreme cold, which has kept temperatures below freezing for more than a week. Crews had shut off the main by about 7 a.m., but the drop in pressure affected service across a wide area.
h2|Boil water advisory: Which neighborhoods are affected?
p|Pittsburgh Water issued a precautionary boil water advisory for customers in the following neighborhoods until further notice:
li|The Strip District
li|Lawrenceville
li|Polish Hill
li|Bloomfield
li|Garfield
li|Parts of the Hill District
p|Customers in those areas should bring tap water to a rolling boil for at least one minute and let it cool before drinking, brushing teeth, making ice or preparing food. The advisory will stay in effect until two consecutive rounds of water samples come back clean, which usually takes at least 48 hours.
p|The utility is handing out free bottled water at the Lawrenceville branch of the Carnegie Library and at the Bloomfield-Garfield Corporation offices until 8 p.m. Thursday.
related-inline|RELATED: How to tell if your pipes are about to freeze, and what to do if they burst
h2|Road closures and traffic
p|Penn Avenue is closed between 17th and 24th streets, and Smallman Street is closed between 20th and 22nd streets. Police urged drivers to avoid the area during the evening commute. Pittsburgh Regional Transit said several bus routes through the Strip District are detouring.
p|Several businesses along Penn Avenue said they would stay closed for the rest of the day. The owner of a coffee shop near 21st Street said water had come in under the door but did not reach the kitchen. "We'll mop, we'll dry out and we'll be back tomorrow," she said.
p|Crews expect the repair to take at least 24 hours. Pittsburgh Water said it has responded to more than 60 main breaks since the start of February, nearly double the usual number for the month.
p|Customers can check whether their address is included in the advisory on the utility's website or by calling its customer service line.
signature|The Associated Press contributed to this report.
author-bio|Kelsey Donahue is a digital producer and reporter for UBC News Pittsburgh. She covers breaking news, transportation and the weather.
tags|In:
tags|Boil Water Advisory
tags|Water Main Break
tags|Strip District
tags|Pittsburgh Water
copyright|© 2026 UBC Broadcasting Inc. All Rights Reserved.
teaser-list|More from UBC News
teaser-list|Frozen pipes: Plumbers say calls have tripled during cold snap
teaser-list|Pirates sign veteran reliever to one-year deal
teaser-list|Pittsburgh police warn of phone scam targeting seniors
teaser-list|Warming centers open across Allegheny County
sponsored|Featured Local Savings
sponsored|Promoted Links by Taboola
sponsored|The Smartest Way To Pay Off $10,000 In Credit Card Debt
sponsored|NerdWallet
sponsored|Pennsylvania Drivers Are Stunned By This New Rule
sponsored|Insurance Quotes Daily
most-read|Trending News
most-read|Pittsburgh weather: Coldest night of the winter expected Thursday
teaser-list|Water main break floods Strip District streets, triggers boil water advisory for 40,000 customers
most-read|Woman rescued from icy Ohio River near Sewickley
app|Download the free UBC News Pittsburgh app
footer|UBC News Pittsburgh
footer|Privacy Policy
footer|California Notice
footer|Do Not Sell Or Share My Personal Information
footer|Terms of Use
footer|About UBC
footer|Advertise
footer|Closed Captioning
footer|UBC News Store
footer|Station Info
footer|Public File for KUBC-TV
footer|Public File for WPUB-TV
footer|EEO Report
footer|FCC Applications
copyright|Copyright ©2026 UBC Interactive Inc. All rights reserved.
"""),
]
