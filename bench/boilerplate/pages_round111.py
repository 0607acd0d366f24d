# Round 111: eight pages on four more layouts (a French-language pan-African business news site, an English-language
# Myanmar news magazine published in exile, an Ivorian French-language opposition daily's site, a Ugandan
# English-language daily's site), written blind: without looking at the classifier, its rules or the benchmark.
# Each line: "label|text". Invented text; no real article is copied.
ROUND111 = [
 dict(id="la-tribune-afrique-style-1", site="la-tribune-afrique-style", lang="fr", sep="\n", title="Corridor Abidjan-Accra : un guichet douanier numérique commun testé dès avril", date="2026-02-10", page="""
skip-link|Aller au contenu principal
clock|Mardi 10 février 2026
lang-switch|Éditions : France · Afrique · Régions
account|Se connecter
subscribe|S'abonner
newsletter|Newsletters
menu|LA TRIBUNE CONTINENT
menu|L'économie africaine au quotidien
menu|ÉCONOMIE
menu|FINANCE
menu|ENTREPRISES
menu|POLITIQUE
menu|TECH
menu|DOSSIERS
menu|OPINIONS
menu|AGENDA
menu|Maghreb · Afrique de l'Ouest · Afrique centrale · Afrique de l'Est · Afrique australe
search|Rechercher
ticker|BRVM Composite 312,47 ▲ +0,38 % · MASI 18 204,15 ▼ -0,12 % · JSE All Share 96 210,88 ▲ +0,51 % · NGX ASI 121 340,02 ▲ +0,07 % · EUR/XOF 655,957
breadcrumb|Accueil › Afrique de l'Ouest › Commerce
section-label|Commerce
h1|Corridor Abidjan-Accra : un guichet douanier numérique commun testé dès avril
lead|La Côte d'Ivoire et le Ghana vont expérimenter à la frontière de Noé-Elubo un système de dédouanement partagé, censé diviser par trois le temps de passage des camions. Un test grandeur nature pour la Zlecaf, qui bute encore sur les lourdeurs administratives.
byline|Aïssatou Diallo
byline|Correspondante à Abidjan
dateline|10 févr. 2026, 9:41
read-time|4 min
share|Partager :
share|LinkedIn
share|X
share|Facebook
share|WhatsApp
share|Copier le lien
google-news|Suivez La Tribune Continent sur Google Actualités
caption|Des camions en attente au poste frontière de Noé, à l'est d'Abidjan.
credit|© DR
p|Il faut aujourd'hui en moyenne trente-six heures à un camion chargé de cacao transformé ou de produits manufacturés pour franchir la frontière entre la Côte d'Ivoire et le Ghana, au poste de Noé-Elubo. Un délai que les deux pays promettent de ramener à moins de douze heures d'ici la fin de l'année.
p|Les administrations douanières ivoirienne et ghanéenne ont signé fin janvier à Accra un protocole d'accord pour la mise en place d'un guichet numérique commun. Concrètement, les transporteurs et les transitaires n'auront plus à déposer deux déclarations distinctes de part et d'autre de la frontière : une seule saisie, partagée en temps réel entre les deux systèmes informatiques, suffira à déclencher les contrôles.
p|« Nous contrôlerons une fois, ensemble, au même endroit », résume un cadre de la Direction générale des douanes ivoiriennes, qui a requis l'anonymat. La phase pilote démarrera en avril et portera dans un premier temps sur les marchandises originaires des deux pays, éligibles au régime préférentiel de la Zone de libre-échange continentale africaine (Zlecaf).
ad|Publicité
ad|Ecobank Trade Hub - Connectez votre entreprise à 33 marchés africains. En savoir plus
read-also|LIRE AUSSI → Zlecaf : le commerce intra-africain progresse, mais reste sous les 16 % des échanges du continent
h2|Un coût logistique parmi les plus élevés au monde
p|L'enjeu est considérable. Selon les estimations de la Banque africaine de développement, les coûts de transport et de transit représentent entre 30 % et 40 % de la valeur des marchandises échangées sur certains corridors ouest-africains, contre moins de 10 % en moyenne dans les pays de l'OCDE.
p|Sur l'axe Abidjan-Lagos, long de quelque 1 000 kilomètres et qui traverse cinq pays, les transporteurs dénoncent de longue date la multiplication des barrages, des contrôles redondants et des « frais » informels. Le corridor concentre pourtant près des trois quarts des échanges commerciaux de la région.
p|Pour l'Union des transporteurs routiers de Côte d'Ivoire, l'initiative va dans le bon sens mais ne suffira pas. « Le problème n'est pas seulement à la frontière. Entre Abidjan et Noé, on compte encore une dizaine de points de contrôle », souligne son secrétaire général, Siaka Koné.
h2|Trois étapes jusqu'en 2027
p|Le calendrier arrêté par les deux administrations prévoit :
li|une phase pilote d'avril à septembre 2026, limitée aux produits d'origine ivoirienne ou ghanéenne ;
li|une extension à l'ensemble des marchandises en transit à partir du premier trimestre 2027 ;
li|l'interconnexion, à terme, avec les systèmes du Togo et du Bénin, dans le cadre du programme de facilitation du corridor financé par des bailleurs multilatéraux.
p|Le coût du dispositif, qui comprend l'installation de scanners partagés et la formation de quelque 200 agents, est estimé à 18 millions de dollars.
paywall|La suite de cet article est réservée aux abonnés
paywall|Déjà abonné ? Se connecter
paywall|Cet article vous est offert par la rédaction. Pour lire tous nos contenus, abonnez-vous à partir de 4,99 € par mois.
p|Du côté ghanéen, l'Autorité des recettes (GRA) voit dans le projet un moyen de lutter contre la fraude à l'origine, un sujet sensible depuis que plusieurs lots de produits importés d'Asie ont été réexportés comme « made in West Africa » pour bénéficier des exonérations de la Zlecaf.
p|Reste la question de l'harmonisation juridique. Les deux pays n'appartiennent pas à la même zone monétaire et n'appliquent pas les mêmes règles en matière de garantie de transit. Un groupe de travail conjoint doit rendre ses conclusions d'ici juin.
p|« Si ce test fonctionne entre deux pays qui n'ont ni la même langue officielle ni la même monnaie, il pourra être reproduit partout sur le continent », veut croire un conseiller du secrétariat de la Zlecaf.
tags|Côte d'Ivoire
tags|Ghana
tags|Zlecaf
tags|Douanes
tags|Logistique
share|Partager cet article
comments|Réagir (0)
newsletter|La Tribune Continent Matin
newsletter|L'essentiel de l'économie africaine chaque matin à 7h, gratuitement.
newsletter|Votre e-mail
newsletter|OK
related|À LIRE ÉGALEMENT
related|Port autonome d'Abidjan : le trafic de conteneurs en hausse de 9 % en 2025
related|Il y a 3 jours
related|Ghana : la Bank of Ghana maintient son taux directeur à 21 %
related|Il y a 5 jours
related|Cacao : les broyeurs ivoiriens réclament une révision de la fiscalité à l'export
related|Hier
most-read|LES PLUS LUS
most-read|01 Eurobonds : le retour en force des émetteurs africains sur les marchés
most-read|02 Maroc : les transferts des MRE franchissent la barre des 120 milliards de dirhams
most-read|03 Sénégal : ce que prévoit le nouveau code pétrolier
most-read|04 Nigeria : Dangote Refinery relève sa capacité de raffinage
most-read|05 Fintech : les levées de fonds africaines rebondissent au quatrième trimestre
event|AGENDA
event|Africa CEO Forum - 12 et 13 mai 2026 - Kigali
event|Forum de l'investissement en Afrique de l'Ouest - 4 juin 2026 - Dakar
footer|LA TRIBUNE CONTINENT
footer|Qui sommes-nous · Nous contacter · Publicité · Mentions légales · CGU · Charte de confidentialité · Gestion des cookies
social|Suivez-nous : LinkedIn · X · Facebook · YouTube
copyright|© 2026 La Tribune Continent - Tous droits réservés
cookie|Nous utilisons des cookies pour améliorer votre expérience et mesurer l'audience. Accepter · Refuser · Paramétrer
"""),
 dict(id="la-tribune-afrique-style-2", site="la-tribune-afrique-style", lang="fr", sep="\n", title="Maroc : les transferts des MRE franchissent la barre des 120 milliards de dirhams", date="2026-01-22", page="""
skip-link|Aller au contenu principal
clock|Jeudi 22 janvier 2026
lang-switch|Éditions : France · Afrique · Régions
account|Se connecter
subscribe|S'abonner
newsletter|Newsletters
menu|LA TRIBUNE CONTINENT
menu|L'économie africaine au quotidien
menu|ÉCONOMIE
menu|FINANCE
menu|ENTREPRISES
menu|POLITIQUE
menu|TECH
menu|DOSSIERS
menu|OPINIONS
menu|AGENDA
menu|Maghreb · Afrique de l'Ouest · Afrique centrale · Afrique de l'Est · Afrique australe
search|Rechercher
ticker|BRVM Composite 309,12 ▼ -0,21 % · MASI 18 011,40 ▲ +0,64 % · JSE All Share 95 874,30 ▲ +0,18 % · EUR/MAD 10,82
breadcrumb|Accueil › Maghreb › Finance
section-label|Finance
section-label|MAROC
h1|Maroc : les transferts des MRE franchissent la barre des 120 milliards de dirhams
lead|Selon les chiffres provisoires de l'Office des changes, les envois de fonds des Marocains résidant à l'étranger ont atteint 121,4 milliards de dirhams en 2025, en hausse de 3,1 %. Une manne qui reste l'un des premiers pourvoyeurs de devises du royaume, devant le tourisme.
byline|Par Youssef Benali, à Casablanca
dateline|22 janv. 2026, 16:05
dateline|Mis à jour le 22 janv. 2026, 18:30
read-time|3 min
share|Partager :
share|LinkedIn
share|X
share|Facebook
share|WhatsApp
share|Copier le lien
google-news|Suivez La Tribune Continent sur Google Actualités
listen|▶ Écouter cet article
listen|Lecture audio générée automatiquement - 3:41
caption|Un bureau de transfert d'argent dans le quartier Maârif, à Casablanca.
credit|© Shutterstock
p|La diaspora marocaine reste un pilier de la balance des paiements. D'après le bulletin mensuel des indicateurs des échanges extérieurs publié mercredi par l'Office des changes, les transferts des Marocains résidant à l'étranger (MRE) ont totalisé 121,4 milliards de dirhams (environ 11,2 milliards d'euros) sur l'ensemble de l'année 2025, contre 117,7 milliards un an plus tôt.
p|La progression, plus modeste que celle observée au lendemain de la pandémie, confirme toutefois la résilience de ces flux. Ils représentent désormais près de 8 % du produit intérieur brut et couvrent à eux seuls une part significative du déficit commercial du royaume.
h2|La France et l'Espagne en tête
p|Sans surprise, la France demeure le premier pays d'origine des fonds, suivie de l'Espagne et de l'Italie. Les pays du Golfe, les États-Unis et le Canada gagnent du terrain, portés par une émigration plus qualifiée, notamment d'ingénieurs et de professionnels de santé.
p|Les transferts restent marqués par une forte saisonnalité : les mois de juillet et d'août, qui coïncident avec l'opération Marhaba et le retour estival de centaines de milliers de familles, concentrent à eux seuls plus d'un cinquième des envois annuels.
read-also|LIRE AUSSI → Opération Marhaba 2025 : plus de 4 millions de passagers accueillis aux points de passage
ad|Publicité
ad|CIH Bank - Compte MRE : transférez gratuitement depuis l'Europe. Voir l'offre
h2|Le numérique bouscule les canaux
p|L'autre tendance de fond concerne les canaux utilisés. La part des transferts réalisés par voie numérique, via des applications mobiles ou des services de paiement en ligne, continue de progresser au détriment des agences physiques. Plusieurs banques marocaines ont lancé ces derniers mois des offres dédiées à la diaspora, avec des frais réduits ou nuls.
p|« Le coût d'un transfert depuis la France vers le Maroc a été presque divisé par deux en cinq ans. C'est une bonne nouvelle pour les familles, mais aussi pour l'économie formelle, car une partie des flux qui passaient par des circuits informels revient dans le système bancaire », analyse Nadia Berrada, économiste et enseignante-chercheuse à Rabat.
repeat|« Le coût d'un transfert depuis la France vers le Maroc a été presque divisé par deux en cinq ans. »
h2|Orienter l'épargne vers l'investissement
p|Reste un défi pour les pouvoirs publics : faire en sorte que cette épargne ne serve pas uniquement à la consommation des ménages ou à l'achat de logements. Les autorités multiplient les initiatives pour encourager les MRE à investir dans des projets productifs, notamment à travers :
li|un guichet dédié au sein des centres régionaux d'investissement ;
li|des primes prévues par la nouvelle charte de l'investissement pour les projets portés par la diaspora ;
li|des produits d'épargne et des sukuks réservés aux non-résidents.
p|Les résultats restent pour l'instant limités. Selon plusieurs observateurs, moins de 10 % des fonds transférés seraient aujourd'hui orientés vers l'investissement productif.
p|Pour 2026, Bank Al-Maghrib table sur une nouvelle hausse modérée des transferts, dans un contexte de ralentissement économique en Europe qui pourrait peser sur les revenus des travailleurs émigrés.
signature|Avec les informations de l'Office des changes et de Bank Al-Maghrib
tags|Maroc
tags|Diaspora
tags|Transferts de fonds
tags|Office des changes
tags|Bank Al-Maghrib
share|Partager cet article
comments|Réagir (2)
comments|Karim.L - il y a 2 heures
comments|Et pendant ce temps les frais à l'aéroport augmentent chaque été...
comments|Répondre
comments|S. Amrani - il y a 1 heure
comments|Il faudrait surtout simplifier les démarches pour investir au pays.
comments|Répondre
newsletter|La Tribune Continent Matin
newsletter|L'essentiel de l'économie africaine chaque matin à 7h, gratuitement.
newsletter|Votre e-mail
newsletter|OK
related|À LIRE ÉGALEMENT
related|Maroc : le déficit commercial se creuse à fin novembre
related|Il y a 4 semaines
related|Tourisme : le Maroc dépasse les 19 millions de visiteurs en 2025
related|Il y a 2 semaines
related|Sénégal : les transferts de la diaspora pèsent désormais 10 % du PIB
related|Il y a 1 mois
most-read|LES PLUS LUS
most-read|01 Eurobonds : le retour en force des émetteurs africains sur les marchés
teaser-list|02 Maroc : les transferts des MRE franchissent la barre des 120 milliards de dirhams
most-read|03 Algérie : Sonatrach signe un contrat gazier de 7 milliards de dollars
most-read|04 Égypte : la livre se stabilise après l'accord avec le FMI
most-read|05 Kenya : Safaricom teste le paiement M-Pesa en Éthiopie
opinion|TRIBUNE - « L'Afrique doit financer elle-même ses infrastructures », par un ancien ministre des Finances
footer|LA TRIBUNE CONTINENT
footer|Qui sommes-nous · Nous contacter · Publicité · Mentions légales · CGU · Charte de confidentialité · Gestion des cookies
social|Suivez-nous : LinkedIn · X · Facebook · YouTube
copyright|© 2026 La Tribune Continent - Tous droits réservés
cookie|Nous utilisons des cookies pour améliorer votre expérience et mesurer l'audience. Accepter · Refuser · Paramétrer
"""),
 dict(id="irrawaddy-style-1", site="irrawaddy-style", lang="en", sep="\n", title="Yangon Garment Factories Lose Workers to Conscription, Owners Say", date="2026-02-19", page="""
clock|Thursday, February 19, 2026
lang-switch|Burmese
lang-switch|မြန်မာ
social|Facebook Twitter YouTube Instagram Telegram
menu|THE MEKONG MIRROR
menu|Covering Myanmar and Southeast Asia
donate|Support Independent Journalism
menu|Home
menu|News
menu|Burma
menu|Asia
menu|World
menu|Business
menu|Opinion
menu|Features
menu|In Person
menu|Conflict
menu|Election
menu|Photo
menu|Video
menu|Cartoons
menu|Specials
search|Search
breaking|Breaking: Resistance forces claim control of highway junction in northern Shan
ad|Advertisement
ad|Myanmar Conflict Map - Updated weekly. Explore the map
breadcrumb|Home » News » Burma
h1|Yangon Garment Factories Lose Workers to Conscription, Owners Say
byline|By The Mekong Mirror
dateline|19 February 2026
share|Facebook
share|Twitter
share|Telegram
share|Email
share|Print
caption|Workers leave a garment factory in Hlaing Tharyar Township in Yangon at the end of a shift in January. / The Mekong Mirror
p|Garment factories in Yangon's industrial zones are struggling to keep production lines running as young male workers flee the junta's conscription drive, factory owners and labor activists told The Mekong Mirror.
p|Since the regime activated the People's Military Service Law in February 2024, it has summoned tens of thousands of young men in successive batches. The most recent round, announced in January, extended call-ups to factory-dense townships on the outskirts of Yangon, including Hlaing Tharyar, Shwepyithar and South Dagon.
p|"We had around 140 male workers in the cutting and packing sections last year. Now we have fewer than 60," said the manager of a Chinese-owned factory in Shwepyithar who asked not to be named for security reasons. "Some went back to their villages, some went to Thailand. Some were taken."
h2|Lists and raids
p|Workers said ward administrators had demanded lists of employees from factory owners, and that police and militia had set up checkpoints near bus stops used by the factories' shuttle buses.
p|A 23-year-old sewing machine operator from Ayeyarwady Region, who now hides in a rented room and works night shifts at a smaller workshop, said two of his former colleagues were detained at a checkpoint in December.
p|"They checked our household list and our ID cards. If your name is on their list, they take you to the ward office that same night," he said.
p|Some factory owners have reportedly paid bribes of between 3 million and 5 million kyats per worker to ward officials to have names removed from the lists, according to labor activists. The Mekong Mirror could not independently verify the claims.
related-inline|Read More
related-inline|Junta Conscription Drive Fuels Exodus to Thailand Border Towns
p|The exodus comes at a difficult time for an industry that once employed more than 700,000 people, most of them young women, and that was one of the country's biggest sources of export earnings.
p|Several international brands have ended sourcing from Myanmar since the 2021 coup, citing human rights concerns and worsening working conditions. Industry insiders estimate that orders have fallen by around a third since then.
h2|Women take over
p|With men increasingly absent, factories have moved women into jobs traditionally held by men, such as operating cutting machines, loading trucks and working as security guards.
p|"It is heavy work and the pay is the same," said a 31-year-old line leader in Hlaing Tharyar. "But if we don't do it, the factory closes and then nobody has a job."
p|Labor rights groups in exile say the situation has also made workers more vulnerable to abuse, as many are afraid to complain or to take leave for fear of drawing attention from the authorities.
p|The junta's labor ministry did not respond to a request for comment. Regime-controlled media have repeatedly said that conscription is being carried out "systematically and fairly" and that exemptions are granted in accordance with the law.
donate|Support The Mekong Mirror. Your contribution keeps independent journalism on Myanmar alive. Donate now
topics|Topics: Conscription, Garment Industry, Labor, Military Regime, Yangon
author-link|More by The Mekong Mirror
related|You may also like these stories:
related|Regime Raises Fees for Overseas Workers' Passports Again
related|Thai Factories Hire More Myanmar Migrants as Junta Crackdown Grows
related|Analysis: Why the Military Needs So Many New Recruits
most-read|Most Read
most-read|Resistance Forces Seize Key Town on Mandalay-Lashio Highway
most-read|Junta Watch: Regime Boss Courts Moscow; New Cabinet Sworn In and More
most-read|Kyat Slides to Record Low Against Dollar as Fuel Imports Bite
teaser-list|Yangon Garment Factories Lose Workers to Conscription, Owners Say
most-read|Photo Essay: Life in the Camps Along the Moei River
podcast|Dateline Mekong
podcast|Listen: Our weekly discussion program on Myanmar's political crisis
video|VIDEO
video|Survivors Recount Airstrike on Monastery in Sagaing Region
video|03:12
cartoon|Cartoons
cartoon|Ballot Box
newsletter|Get our daily newsletter
newsletter|Enter your email address
newsletter|Subscribe
footer|THE MEKONG MIRROR
footer|About Us · Contact · Advertise · Careers · Privacy Policy · Terms of Use
footer|Burmese Edition
copyright|Copyright © 2026 The Mekong Mirror. All rights reserved.
"""),
 dict(id="irrawaddy-style-2", site="irrawaddy-style", lang="en", sep="\n", title="Kyat Slides to Record Low Against Dollar as Fuel Imports Bite", date="2026-03-12", page="""
clock|Thursday, March 12, 2026
lang-switch|Burmese
lang-switch|မြန်မာ
social|Facebook Twitter YouTube Instagram Telegram
menu|THE MEKONG MIRROR
menu|Covering Myanmar and Southeast Asia
donate|Support Independent Journalism
menu|Home
menu|News
menu|Burma
menu|Asia
menu|World
menu|Business
menu|Opinion
menu|Features
menu|In Person
menu|Conflict
menu|Election
menu|Photo
menu|Video
menu|Cartoons
menu|Specials
search|Search
ad|Advertisement
ad|Myanmar Conflict Map - Updated weekly. Explore the map
breadcrumb|Home » Business
section-label|Business
h1|Kyat Slides to Record Low Against Dollar as Fuel Imports Bite
byline|By Nang Seng Mai
dateline|12 March 2026
share|Facebook
share|Twitter
share|Telegram
share|Email
share|Print
caption|A money changer counts kyat notes at a market in Yangon's Pabedan Township. / The Mekong Mirror
p|The kyat fell to a record low of 5,200 against the US dollar on Yangon's informal market on Wednesday, traders said, as fuel importers scrambled for foreign currency and confidence in the regime's economic management continued to erode.
p|The currency has lost nearly 20 percent of its value on the unofficial market since the start of the year, even though the Central Bank of Myanmar's reference rate remains fixed at 2,100 kyats per dollar, a gap that businesspeople say makes the official rate meaningless for most transactions.
p|"Nobody can buy dollars at the central bank rate. If you need dollars to import, you go to the market and pay whatever it is that day," said a Yangon-based trader who imports edible oil from Malaysia.
h2|Fuel and cooking oil
p|Traders blamed the latest slide on rising demand from fuel importers, who must pay for shipments in dollars. Long queues returned to petrol stations in Yangon and Mandalay last week, and several stations limited sales to 10 liters per vehicle.
p|Retail prices of key goods in Yangon this week, according to market vendors:
li|Octane 92 petrol: 3,150 kyats per liter, up from 2,480 in January
li|Palm oil: 9,800 kyats per viss
li|Medium-quality rice: 145,000 kyats per bag
li|Chicken: 16,500 kyats per viss
p|A viss is a traditional Myanmar unit of weight equal to about 1.6 kilograms.
ad|Advertisement
related-inline|Read More
related-inline|Regime Orders Exporters to Convert 65 Percent of Earnings at Official Rate
h2|Crackdown on money changers
p|The regime has responded to previous bouts of currency weakness by arresting gold traders and money changers and by ordering exporters to convert part of their earnings at the official rate. Police detained at least 12 informal currency dealers in Yangon and Mandalay in early March, according to regime-controlled media, which accused them of "destabilizing the market."
p|Economists say such measures have done little to halt the slide and have instead pushed trading further underground.
p|"The fundamental problem is that the country earns too few dollars. Exports are down, foreign investment has collapsed and the war is destroying production in many regions," said an economist who worked for a Myanmar ministry before the 2021 coup and now lives in Thailand. "You cannot fix that by arresting money changers."
h2|Households squeezed
p|For ordinary people, the result is a steady erosion of purchasing power. The World Bank estimated late last year that around a third of the population lived below the national poverty line, roughly double the level before the pandemic and the coup.
p|Daw Khin Myo, a 52-year-old vendor at a Yangon wet market, said she now buys smaller quantities each week because customers can no longer afford to buy in bulk. "Before, people bought a viss of chicken. Now they ask for a quarter," she said.
p|The Central Bank of Myanmar did not respond to questions about the exchange rate.
topics|Topics: Central Bank of Myanmar, Currency, Economy, Fuel, Kyat
author-link|More by Nang Seng Mai
donate|Support The Mekong Mirror. Your contribution keeps independent journalism on Myanmar alive. Donate now
related|You may also like these stories:
related|Gold Prices Hit New High in Mandalay as Investors Shun the Kyat
related|Electricity Cuts Extend to 16 Hours a Day in Yangon
related|Chinese Traders Tighten Grip on Border Trade at Muse
opinion|Opinion
opinion|Guest Column: The Junta's Numbers Don't Add Up
most-read|Most Read
most-read|Resistance Forces Seize Key Town on Mandalay-Lashio Highway
most-read|Junta Watch: Regime Boss Courts Moscow; New Cabinet Sworn In and More
teaser-list|Kyat Slides to Record Low Against Dollar as Fuel Imports Bite
most-read|Yangon Garment Factories Lose Workers to Conscription, Owners Say
most-read|Photo Essay: Life in the Camps Along the Moei River
podcast|Dateline Mekong
podcast|Listen: Our weekly discussion program on Myanmar's political crisis
cartoon|Cartoons
cartoon|Queue
newsletter|Get our daily newsletter
newsletter|Enter your email address
newsletter|Subscribe
footer|THE MEKONG MIRROR
footer|About Us · Contact · Advertise · Careers · Privacy Policy · Terms of Use
footer|Burmese Edition
copyright|Copyright © 2026 The Mekong Mirror. All rights reserved.
"""),
 dict(id="notre-voie-style-1", site="notre-voie-style", lang="fr", sep="\n", title="Détenus de la crise électorale : les familles réclament des procès « sans délai »", date="2026-02-12", page="""
clock|jeudi, février 12, 2026
ticker|FLASH INFO
ticker|Assemblée nationale : l'opposition boycotte la séance d'ouverture de la session extraordinaire
ticker|Abobo : deux jours de coupure d'eau annoncés dans plusieurs quartiers
social|Facebook Twitter YouTube WhatsApp
menu|NOTRE CAP
menu|Le quotidien de la liberté d'expression
menu|ACCUEIL
menu|POLITIQUE
menu|ÉCONOMIE
menu|SOCIÉTÉ
menu|SPORT
menu|CULTURE
menu|INTERNATIONAL
menu|CONTRIBUTIONS
menu|INTERVIEWS
epaper|ÉDITION DU JOUR
search|Rechercher...
ad|PUBLICITÉ
breadcrumb|Accueil / Politique
section-label|Politique
h1|Détenus de la crise électorale : les familles réclament des procès « sans délai »
byline|Par Didier Kouassi Bléhoué
dateline|12 février 2026
comments|0 commentaire
views|1 348 vues
font|A+ A-
share|Facebook
share|Twitter
share|WhatsApp
share|Telegram
share|Imprimer
caption|Des parents de détenus lors de la conférence de presse de mercredi à Cocody.
credit|Photo : Notre Cap
lead|Près de quatre mois après leur arrestation, plusieurs dizaines de militants et de jeunes interpellés lors des manifestations d'octobre 2025 attendent toujours d'être jugés. Leurs familles, réunies en collectif, dénoncent une « détention punitive » et interpellent le garde des Sceaux.
p|Ils étaient une cinquantaine, mercredi 11 février 2026, dans la petite salle d'une paroisse de Cocody où le Collectif des familles des détenus politiques (CFDP) avait convié la presse. Des mères, des épouses, quelques pères aussi, brandissant les photos de leurs proches incarcérés à la Maison d'arrêt et de correction d'Abidjan (Maca) ou dans des prisons de l'intérieur du pays.
p|« Nos enfants ne sont pas des criminels. Ils ont été ramassés dans la rue, certains en rentrant du travail. Cela fait quatre mois qu'ils dorment par terre sans savoir ce qu'on leur reproche exactement », a lancé, la voix brisée, Mme Aya Konan, porte-parole du collectif, dont le fils de 24 ans est détenu depuis le 19 octobre.
p|Selon le décompte du collectif, au moins 112 personnes interpellées lors des manifestations qui ont émaillé la période électorale sont toujours en détention provisoire. Elles sont poursuivies, pour la plupart, pour « troubles à l'ordre public », « attroupement » ou « destruction de biens publics ».
h2|« Des dossiers vides »
p|Pour les avocats des détenus, la situation est d'autant plus inacceptable que les dossiers seraient, selon eux, dépourvus de preuves. « Dans la majorité des cas, il n'y a ni témoin, ni vidéo, ni procès-verbal de flagrant délit. On a arrêté des jeunes parce qu'ils étaient au mauvais endroit au mauvais moment », affirme Me Serge Dagbo, qui défend une vingtaine d'entre eux.
p|L'avocat rappelle que la loi ivoirienne encadre strictement la durée de la détention provisoire et demande que ses clients soient, à défaut d'être jugés rapidement, placés sous contrôle judiciaire.
read-also|LIRE AUSSI : Crise post-électorale : l'opposition saisit la Commission nationale des droits de l'homme
p|Le collectif formule trois exigences :
li|la tenue de procès publics « sans délai » pour l'ensemble des personnes détenues ;
li|la libération provisoire des détenus malades, des étudiants et des mineurs ;
li|l'autorisation des visites familiales, suspendues selon lui dans certains établissements.
h2|Le silence de la Chancellerie
p|Contacté par Notre Cap, le ministère de la Justice n'avait pas réagi à l'heure où nous mettions sous presse. Le gouvernement a affirmé à plusieurs reprises que les personnes poursuivies l'étaient « pour des faits précis » et que la justice suivait « son cours normal ».
p|Au sein de l'opposition, on y voit au contraire le signe d'une volonté de « briser toute contestation ». Un responsable d'un parti de l'opposition significative, joint au téléphone, estime que « la décrispation politique tant promise ne peut pas se faire avec des prisonniers dans les geôles ».
p|Avant de se séparer, les familles ont annoncé une marche pacifique le samedi 21 février, sous réserve de l'autorisation des autorités préfectorales. « Nous irons jusqu'au bout. Nous voulons seulement que nos enfants rentrent à la maison », a conclu Mme Konan.
signature|Didier Kouassi Bléhoué
epaper|Retrouvez l'intégralité de ce dossier dans Notre Cap de ce jeudi, disponible en kiosque et en version numérique.
epaper|Acheter l'édition du jour (PDF) - 300 FCFA
tags|Étiquettes : Crise électorale Détenus politiques Droits de l'homme Maca
share|Partagez :
share|Cliquez pour partager sur Facebook(ouvre dans une nouvelle fenêtre)
share|Cliquez pour partager sur WhatsApp(ouvre dans une nouvelle fenêtre)
like|J'aime ça :
like|J'aime chargement…
nav|← Article précédent
nav|Gbagbé : les jeunes de la commune réclament un terrain de sport
nav|Article suivant →
nav|Cacao : les planteurs de Soubré dénoncent des ventes à perte
related|ARTICLES SIMILAIRES
related|Décrispation politique : le dialogue piétine, l'opposition fixe ses conditions
related|Maca : un détenu décède en cellule, sa famille exige une autopsie
related|Législatives : la cour valide les résultats, l'opposition parle de « hold-up »
comments|Laisser un commentaire
comments|Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *
comments|Commentaire *
comments|Nom *
comments|E-mail *
comments|Laisser un commentaire
most-read|LES PLUS LUS
most-read|Révision de la Constitution : ce que cache le projet du gouvernement
most-read|Cherté de la vie : à Adjamé, les commerçants baissent les rideaux
most-read|Éditorial : Le pays réel
epaper|NOTRE CAP EN KIOSQUE
epaper|Édition n°7412 du jeudi 12 février 2026
footer|NOTRE CAP - Quotidien ivoirien d'informations générales
footer|Siège : Abidjan-Cocody, Riviera 2 - 01 BP 000 Abidjan 01
footer|Rédaction · Publicité · Abonnements · Contact
copyright|Copyright © 2026 Notre Cap. Tous droits réservés. Conçu par WebAfrik Studio
back-to-top|↑
"""),
 dict(id="notre-voie-style-2", site="notre-voie-style", lang="fr", sep="\n", title="Cherté de la vie : à Adjamé, les commerçants baissent les rideaux contre les nouvelles taxes", date="2026-03-04", page="""
clock|mercredi, mars 4, 2026
ticker|FLASH INFO
ticker|Adjamé : marché fermé, les commerçants protestent contre les nouvelles taxes municipales
ticker|Coupure d'électricité : la CIE annonce des travaux à Yopougon
social|Facebook Twitter YouTube WhatsApp
menu|NOTRE CAP
menu|Le quotidien de la liberté d'expression
menu|ACCUEIL
menu|POLITIQUE
menu|ÉCONOMIE
menu|SOCIÉTÉ
menu|SPORT
menu|CULTURE
menu|INTERNATIONAL
menu|CONTRIBUTIONS
menu|INTERVIEWS
epaper|ÉDITION DU JOUR
search|Rechercher...
ad|PUBLICITÉ
ad|MOOV AFRICA - Forfait Internet illimité nuit à 500 FCFA. Tapez *155#
breadcrumb|Accueil / Société
section-label|Société
h1|Cherté de la vie : à Adjamé, les commerçants baissent les rideaux contre les nouvelles taxes
dateline|4 mars 2026
byline|Par Rosine Gnahoré
comments|2 commentaires
views|2 906 vues
font|A+ A-
share|Facebook
share|Twitter
share|WhatsApp
share|Telegram
share|Imprimer
caption|Au marché Gouro d'Adjamé, la plupart des magasins sont restés fermés mardi.
credit|Ph : R.G.
p|Le grand marché d'Adjamé, d'ordinaire noir de monde, avait des allures de ville morte ce mardi 3 mars 2026. À l'appel de plusieurs associations de commerçants, des centaines de boutiques et d'étals sont restés fermés pour protester contre l'entrée en vigueur d'une nouvelle grille de taxes municipales et de droits de place.
p|Devant les magasins aux rideaux de fer baissés, des groupes de commerçants discutaient à voix basse, sous l'œil d'agents de police déployés dès l'aube aux principaux carrefours de la commune. « On ne fait pas la grève par plaisir. On ferme parce qu'on ne peut plus payer », explique Moussa Traoré, vendeur de pagnes depuis vingt ans.
h2|Des hausses jusqu'à 150 %
p|Selon les documents brandis par les commerçants, le droit de place journalier pour un étal de légumes est passé de 200 à 500 francs CFA, tandis que la patente annuelle de certaines boutiques aurait plus que doublé. La mairie justifie ces hausses par la nécessité de financer la réhabilitation des voiries et la construction de nouveaux hangars.
p|« On nous parle de modernisation, mais le marché n'a pas d'eau, les toilettes sont bouchées et quand il pleut, on patauge dans la boue. Où va l'argent ? », s'interroge Mme Brigitte Yao, présidente d'une association de vendeuses de vivriers.
epaper|Notre Cap du jour est disponible en version numérique. Cliquez ici pour l'acheter (300 FCFA)
p|Pour les commerçants, la mesure tombe au plus mauvais moment. Depuis plusieurs mois, les prix de nombreux produits de première nécessité ne cessent de grimper : le litre d'huile, le sac de riz de 25 kilos, le gaz butane. Les clients, eux, achètent de moins en moins.
p|« Avant, une maman prenait un sac de riz. Aujourd'hui, elle achète au kilo, et parfois même au tas. Si en plus on nous taxe, on va répercuter sur les prix, et c'est le petit peuple qui va payer », prévient Moussa Traoré.
read-also|LIRE AUSSI : Prix du riz : le gouvernement annonce un plafonnement, les consommateurs sceptiques
h2|La mairie appelle au dialogue
p|Joint par téléphone, un conseiller municipal chargé des marchés a assuré que la nouvelle grille avait été adoptée « en toute légalité » par le conseil municipal et qu'elle restait « parmi les plus basses du district d'Abidjan ». Il a invité les responsables des associations à une rencontre prévue jeudi à la mairie.
p|Mais sur le terrain, la méfiance domine. Plusieurs commerçants rappellent que des promesses de réhabilitation faites après l'incendie de 2023 n'ont jamais été tenues.
p|Dans l'opposition, plusieurs voix ont dénoncé une « pression fiscale insupportable » sur les populations. Pour un cadre d'un parti de l'opposition rencontré sur place, « le gouvernement ne peut pas vanter une croissance à 6 % et laisser les Ivoiriens se battre pour un sac de riz ».
p|Les associations de commerçants ont prévenu : sans geste de la mairie d'ici la fin de la semaine, le mouvement pourrait être reconduit et s'étendre à d'autres marchés d'Abidjan, notamment à Yopougon et à Abobo.
signature|Rosine Gnahoré
tags|Étiquettes : Adjamé Cherté de la vie Commerçants Taxes municipales
share|Partagez :
share|Cliquez pour partager sur Facebook(ouvre dans une nouvelle fenêtre)
share|Cliquez pour partager sur WhatsApp(ouvre dans une nouvelle fenêtre)
like|J'aime ça :
like|J'aime chargement…
nav|← Article précédent
nav|Éditorial : Le pays réel
nav|Article suivant →
nav|Football : l'Asec enchaîne une troisième victoire en Ligue 1
related|ARTICLES SIMILAIRES
related|Abobo : les vendeuses de poisson fumé déguerpies sans relogement
related|Prix du gaz butane : la bouteille de 12 kg introuvable dans plusieurs quartiers
related|Détenus de la crise électorale : les familles réclament des procès « sans délai »
comments|2 réponses à “Cherté de la vie : à Adjamé, les commerçants baissent les rideaux contre les nouvelles taxes”
comments|Konan Bi
comments|4 mars 2026 à 10 h 42 min
comments|Courage aux commerçants. La vie est devenue trop chère dans ce pays.
comments|Répondre
comments|Fatou K.
comments|4 mars 2026 à 12 h 15 min
comments|La mairie doit d'abord nettoyer le marché avant de parler de taxes.
comments|Répondre
comments|Laisser un commentaire
comments|Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *
most-read|LES PLUS LUS
most-read|Révision de la Constitution : ce que cache le projet du gouvernement
most-read|Détenus de la crise électorale : le collectif des familles maintient sa marche
most-read|Assemblée nationale : l'opposition boycotte la séance d'ouverture
epaper|NOTRE CAP EN KIOSQUE
epaper|Édition n°7427 du mercredi 4 mars 2026
footer|NOTRE CAP - Quotidien ivoirien d'informations générales
footer|Siège : Abidjan-Cocody, Riviera 2 - 01 BP 000 Abidjan 01
footer|Rédaction · Publicité · Abonnements · Contact
copyright|Copyright © 2026 Notre Cap. Tous droits réservés. Conçu par WebAfrik Studio
back-to-top|↑
"""),
 dict(id="daily-monitor-ug-style-1", site="daily-monitor-ug-style", lang="en", sep="\n", title="Bugisu coffee farmers count losses as prices fall from record highs", date="2026-02-24", page="""
skip-link|Skip to main content
menu|KAMPALA HERALD
menu|Uganda's Independent Newspaper
account|Login
subscribe|Subscribe
epaper|E-Paper
clock|Tue, Feb 24, 2026 · 09:14 EAT
menu|News
menu|National
menu|Business
menu|Sports
menu|Oped
menu|Magazines
menu|Special Reports
menu|Podcast
menu|Multimedia
menu|Prosper
menu|Elections
search|Search
ad|Advertisement
breadcrumb|Business
section-label|Markets
premium|PREMIUM
h1|Bugisu coffee farmers count losses as prices fall from record highs
byline|By Joseph Wanyela
author-link|More by this Author
dateline|Tuesday, February 24, 2026
caption|Farmers sort coffee cherries at a drying yard in Bulambuli District on February 20, 2026. PHOTO/JOSEPH WANYELA
section-label|What you need to know:
li|Farm-gate prices for Arabica parchment have dropped from Shs17,000 to about Shs11,500 a kilo since October.
li|Farmers who took loans expecting last year's prices to hold say they are struggling to repay.
li|The Ministry of Agriculture says prices are set by the world market and urges farmers to join cooperatives.
listen|Listen to this article
listen|00:00 / 05:26
p|Coffee farmers in the Mt Elgon sub-region say they are counting losses after farm-gate prices fell sharply over the past four months, wiping out the gains many had hoped to make from last year's record global prices.
p|In Bulambuli, Sironko and Mbale districts, a kilogramme of Arabica parchment, which was selling at about Shs17,000 in October last year, now fetches between Shs11,000 and Shs12,000, according to farmers and buyers interviewed by this newspaper.
p|Mr Wilson Masaba, a farmer in Buluganya Sub-county, said he had borrowed Shs4 million from a village savings group in September to buy fertiliser and hire labour, expecting the high prices to hold through the harvest.
p|"We were told coffee is now gold. Everybody was planting and borrowing. Now the buyers come and tell you the price has gone down again. How do I pay back the money?" he said.
ad|Advertisement
h2|Middlemen blamed
p|Some farmers accuse middlemen of exploiting the fall to pay even less than the market rate, especially in remote villages where roads become impassable during the rains.
p|Ms Agnes Nambozo, the chairperson of a women's coffee group in Sironko, said some buyers were weighing coffee on faulty scales and paying cash far below the price announced on radio.
p|"When the price is high, they come with good words. When it drops, they know you have no choice because you need school fees," she said.
read-also|Read: Government to revive coffee cooperatives in Elgon region
p|Coffee dealers, however, say the local prices simply reflect a global correction after two years of unusually high prices, driven by poor harvests in Brazil and Vietnam.
p|Mr Henry Ssekandi, a Kampala-based exporter, said international buyers had become cautious. "The world price has come down by about a third. We cannot buy at last year's price and sell at this year's price," he said.
h2|Government response
p|Uganda earned more than $2 billion from coffee exports in the 2024/2025 financial year, making it the country's leading agricultural export.
p|The Ministry of Agriculture, Animal Industry and Fisheries, which took over the functions of the defunct Uganda Coffee Development Authority, said farmers should not panic.
p|"Coffee prices go up and down. What we are telling farmers is to improve quality, because Bugisu Arabica fetches a premium, and to sell through cooperatives where they have bargaining power," a ministry official said.
p|Local leaders, however, want the government to do more, including setting up a price stabilisation fund and supporting farmers to add value by processing their own coffee.
p|Mr Moses Wamala, the Bulambuli District production officer, said the district had registered more than 3,000 new coffee farmers in the past two years. "Many of them planted because of the high prices. If the price stays low, some may abandon their gardens," he warned.
signature|Additional reporting by Fahad Muwonge
tags|Coffee
tags|Bugisu
tags|Agriculture
tags|Mbale
whatsapp|Join the Kampala Herald WhatsApp channel for the latest news
tip|Do you have a story in your community or an opinion to share with us? Email us at editorial@kampalaherald.co.ug
related|Related
related|Robusta farmers in Masaka turn to value addition
related|Coffee exports earn Uganda record revenue in 2025
related|Elgon farmers warned against harvesting immature coffee
trending|Trending
trending|1 Teachers' strike: Government offers new salary proposal
trending|2 Kampala traders close shops over new KCCA fees
trending|3 Cranes squad for Afcon qualifiers named
trending|4 Police arrest 12 over Kawempe land wrangle
sponsored|Sponsored
sponsored|How one Mukono family turned a backyard poultry project into a thriving business
app|Download the Kampala Herald app on Google Play and the App Store
network|Lakeside Media Group
network|Other Lakeside Media Group sites
network|The Lakeside Daily · East African Review · Business Today · Radio Lake FM · LMTV Uganda
footer|About us · Contact us · Advertise with us · Terms of use · Privacy policy · Careers
copyright|© 2026 Lakeside Media Group. All rights reserved.
cookie|We use cookies to enhance your experience. By continuing to visit this site you agree to our use of cookies. Learn more
cookie|Accept
"""),
 dict(id="daily-monitor-ug-style-2", site="daily-monitor-ug-style", lang="en", sep="\n", title="KCCA sets June deadline for boda boda-free city centre", date="2026-03-05", page="""
skip-link|Skip to main content
menu|KAMPALA HERALD
menu|Uganda's Independent Newspaper
account|Login
subscribe|Subscribe
epaper|E-Paper
clock|Thu, Mar 05, 2026 · 11:02 EAT
menu|News
menu|National
menu|Business
menu|Sports
menu|Oped
menu|Magazines
menu|Special Reports
menu|Podcast
menu|Multimedia
menu|Prosper
menu|Elections
search|Search
ad|Advertisement
breadcrumb|News
section-label|National
h1|KCCA sets June deadline for boda boda-free city centre
byline|By Esther Nakato
author-link|More by this Author
byline|Ivan Ssekitoleko
author-link|More by this Author
dateline|Thursday, March 05, 2026
dateline|Updated 2 hours ago
caption|Boda boda riders wait for passengers on Luwum Street in Kampala on March 3, 2026. PHOTO/FILE
section-label|What you need to know:
li|From June 1, motorcycle taxis will be barred from a zone bounded by Kampala Road, Jinja Road and Entebbe Road.
li|Riders will be allowed to operate only from 14 gazetted stages on the edge of the zone.
li|Rider associations say the authority has not consulted them and warn of job losses.
p|The Kampala Capital City Authority (KCCA) has given motorcycle taxi operators until June 1 to vacate the city's central business district, in the latest attempt to decongest the capital's streets.
p|Speaking at City Hall on Wednesday, the KCCA executive director said the authority had completed the mapping of the restricted zone and would start enforcement after a three-month sensitisation period.
p|"We are not banning boda bodas from Kampala. We are organising them. A rider will be able to drop a passenger at the edge of the zone and pick another one from a gazetted stage," she said.
ad|Advertisement
h2|Gazetted stages
p|According to KCCA, riders will operate from 14 designated stages, among them:
li|Old Taxi Park, at the junction with Burton Street;
li|Nakivubo Place, near the bus terminal;
li|Kitante Road, opposite the National Theatre;
li|Kafumbe Mukasa Road, near Kisenyi.
p|All riders using the stages must be registered, wear reflector jackets bearing a KCCA number and carry a valid riding permit, the authority said.
read-also|Also Read: Police impound 300 motorcycles in Kampala operation
h2|Riders protest
p|Leaders of boda boda associations said the decision had been taken without consulting them and would push thousands of young people out of work.
p|Mr Siraje Kiwanuka, the chairperson of one of the city's largest rider associations, said most of their customers are traders and shoppers in the city centre. "If you push us to the edge, the passengers will not walk from there. They will go with whoever breaks the rule, and then the police will start arresting us," he said.
p|An estimated 100,000 motorcycle taxis operate in the Kampala metropolitan area, according to KCCA figures, although rider groups put the number much higher.
p|Previous attempts to restrict boda bodas in the city centre, including a 2019 plan and a presidential directive during the Covid-19 lockdown, were either reversed or never fully enforced.
h2|Traders welcome move
p|Some traders in the downtown area welcomed the plan, saying motorcycles parked on pavements block access to shops and make the streets unsafe for pedestrians.
p|"Sometimes customers cannot even reach my shop because of the motorcycles. We support KCCA, but they should also fix the taxis," said Ms Prossy Namutebi, who sells electronics on Luwum Street.
p|Traffic police said they would support the enforcement. The Kampala Metropolitan Police spokesperson said officers would first warn riders found in the restricted zone before impounding motorcycles.
p|KCCA said it would hold meetings with rider associations in all five divisions of the city before the deadline.
tags|KCCA
tags|Boda boda
tags|Kampala
tags|Transport
whatsapp|Join the Kampala Herald WhatsApp channel for the latest news
tip|Do you have a story in your community or an opinion to share with us? Email us at editorial@kampalaherald.co.ug
comments|Comments
comments|Be the first to comment
related|Related
related|Government to register all boda boda riders digitally
related|Kampala traffic jam costs economy billions, study finds
related|Lord Mayor opposes ban on motorcycles in city centre
trending|Trending
trending|1 Teachers' strike: Government offers new salary proposal
trending|2 Bugisu coffee farmers count losses as prices fall from record highs
teaser-list|3 KCCA sets June deadline for boda boda-free city centre
trending|4 Cranes squad for Afcon qualifiers named
podcast|Podcast
podcast|The Herald Daily Briefing: Why Kampala can't tame its traffic
podcast|18 min listen
app|Download the Kampala Herald app on Google Play and the App Store
network|Lakeside Media Group
network|Other Lakeside Media Group sites
network|The Lakeside Daily · East African Review · Business Today · Radio Lake FM · LMTV Uganda
footer|About us · Contact us · Advertise with us · Terms of use · Privacy policy · Careers
copyright|© 2026 Lakeside Media Group. All rights reserved.
cookie|We use cookies to enhance your experience. By continuing to visit this site you agree to our use of cookies. Learn more
cookie|Accept
"""),
]
