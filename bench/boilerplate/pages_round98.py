# Round 98: eight pages on four more layouts (a Moroccan French-language daily, a South African business daily with a
# paywall, a French regional daily of Picardy, a Middle East news site), written blind: without looking at the
# classifier, its rules or the benchmark, measured once. Each line: "label|text". Invented text; no real article is
# copied.
ROUND98 = [
 dict(id="lematin-ma-style-1", site="lematin-ma-style", lang="fr", sep="\n", title="Permis de conduire : l'examen théorique sur tablette généralisé à l'ensemble des centres dès le 1er mars", date="2026-02-17", page="""
timestamp|Mardi 17 Février 2026
timestamp|29 Chaabane 1447
weather|Casablanca 19°C
ticker|MASI 18 742,35 ▲ +0,62%
ticker|MADEX 15 201,08 ▲ +0,58%
ticker|Horaires de prière - Casablanca
ticker|Fajr 06:21 Chourouq 07:45 Dohr 13:33 Asr 16:46 Maghrib 19:13 Icha 20:29
lang-switch|FR
lang-switch|ES
epaper|Édition PDF
account|Se connecter
subscribe|S'abonner
menu|Le Matinal
menu|☰
menu|Accueil
menu|Nation
menu|Économie
menu|Monde
menu|Société
menu|Régions
menu|Culture
menu|Sports
menu|Automobile
menu|Emploi
menu|Le Matinal TV
menu|Podcasts
menu|Annonces légales
search|🔍
breaking|Flash
breaking|Le Conseil de gouvernement adopte jeudi le projet de loi sur l'organisation des marchés de gros
breadcrumb|Accueil
breadcrumb|Nation
section-label|Nation
h1|Permis de conduire : l'examen théorique sur tablette généralisé à l'ensemble des centres dès le 1er mars
lead|L'Agence nationale de la sécurité routière achève le déploiement de la nouvelle épreuve théorique numérique. Questions en vidéo, banque de questions renouvelée et résultats immédiats : voici ce qui change pour les candidats.
byline|Hajar Benjelloun
dateline|17 Février 2026 À 18:45
reading-time|Temps de lecture : 4'
font|A+
font|A-
share|Partager
share|Facebook
share|X
share|LinkedIn
share|WhatsApp
share|Email
listen|Écouter l'article
listen|Votre navigateur ne supporte pas l'élément audio.
caption|Les candidats passeront désormais l'épreuve théorique sur des tablettes reliées à un serveur central.
credit|Ph. Seddik
p|À partir du 1er mars, tous les candidats au permis de conduire passeront l'épreuve théorique sur tablette, quel que soit le centre d'examen où ils sont convoqués. L'Agence nationale de la sécurité routière (NARSA) a annoncé mardi la fin du déploiement du nouveau dispositif, expérimenté depuis l'automne dans les centres de Rabat, Casablanca, Tanger et Agadir.
p|Concrètement, les anciens boîtiers électroniques, installés dans les salles d'examen depuis une quinzaine d'années, seront définitivement retirés. Ils seront remplacés par 2 400 tablettes fixées aux pupitres et reliées à un serveur central, qui tire au sort les questions pour chaque candidat.
h2|Des questions en vidéo
p|La principale nouveauté concerne le contenu de l'épreuve. Sur les 40 questions posées, une dizaine s'appuient désormais sur de courtes séquences vidéo filmées en conditions réelles, en ville, sur autoroute ou sur route de montagne. Le candidat doit identifier un danger, choisir la bonne manœuvre ou repérer une infraction.
p|« L'objectif est de tester la capacité d'anticipation, et plus seulement la mémorisation des panneaux », explique un responsable de l'agence. La banque de questions a été entièrement renouvelée et compte aujourd'hui plus de 1 800 items, disponibles en arabe, en amazighe et en français.
read-also|Lire aussi : Sécurité routière : le nombre de tués en baisse de 6% en 2025
p|Le seuil de réussite reste fixé à 32 bonnes réponses sur 40. Le résultat s'affiche à l'écran dès la fin de l'épreuve et le candidat reçoit un SMS de confirmation. En cas d'échec, une nouvelle convocation peut être demandée en ligne après un délai de quinze jours.
ad|Publicité
ad|Nexa Telecom Business - La fibre pour votre entreprise, installée en 72h. Je découvre
h2|Les auto-écoles appelées à s'adapter
p|Les auto-écoles, qui ont été associées aux phases de test, disposent d'une application d'entraînement reprenant le format de l'examen. Plusieurs gérants rencontrés à Casablanca se disent satisfaits du dispositif, tout en pointant le coût d'équipement.
p|« Nous avons dû acheter des tablettes et revoir nos cours. Les élèves s'entraînent davantage à la maison, mais ceux qui ne sont pas à l'aise avec le numérique ont besoin de plus d'accompagnement », confie Abdelilah Rami, gérant d'une auto-école du quartier Maârif.
p|Durant la phase pilote, le taux de réussite à la première tentative s'est établi à 58%, contre 63% avec l'ancien système, selon les chiffres communiqués par l'agence. Celle-ci y voit l'effet d'une épreuve « plus exigeante mais plus juste » et table sur une remontée progressive à mesure que les candidats se familiariseront avec les vidéos.
read-also|Lire aussi : Auto-écoles : les tarifs de la formation encadrés à partir de juin
h2|Ce qui change pour les candidats
li|La convocation se fait uniquement en ligne, via le portail de l'agence ;
li|Le candidat doit se présenter 30 minutes avant l'heure prévue, muni de sa CNIE ;
li|L'épreuve dure 30 minutes, avec un temps limité pour chaque question ;
li|Le résultat est communiqué immédiatement et confirmé par SMS.
p|Pour les candidats ayant déjà réservé un créneau en mars, aucune démarche supplémentaire n'est nécessaire, précise la NARSA, qui prévoit par ailleurs d'équiper d'ici la fin de l'année les centres mobiles intervenant dans les zones rurales.
tags|Mots-clés
tags|Permis de conduire
tags|NARSA
tags|Sécurité routière
tags|Auto-écoles
share|Partager cet article
whatsapp|Suivez Le Matinal sur WhatsApp : l'essentiel de l'actualité en temps réel
related|Articles similaires
related|Code de la route : les amendes pour usage du téléphone au volant bientôt relevées
related|16 Février 2026 À 12:10
related|Contrôle technique : les centres passent à la prise de rendez-vous en ligne
related|11 Février 2026 À 09:32
related|Radars : 120 nouveaux appareils installés sur les routes nationales
related|05 Février 2026 À 17:55
teaser-list|Dernières infos
teaser-list|19:21
teaser-list|Ramadan : les horaires de travail dans l'administration publique fixés
teaser-list|19:04
teaser-list|Botola Pro : le Wydad s'impose face au FUS et revient à deux points du leader
teaser-list|18:58
teaser-list|Météo : des averses orageuses attendues jeudi sur le Nord
teaser-list|Toutes les dernières infos →
most-read|Les plus lus
most-read|01
most-read|Aïd Al-Fitr : la date prévisionnelle annoncée par les astronomes
most-read|02
most-read|Bac 2026 : le calendrier des examens dévoilé
most-read|03
most-read|Logement : les nouvelles conditions de l'aide directe
video|Le Matinal TV
video|Le débat de la semaine : où en est la réforme de la santé ?
video|12:44
newsletter|Newsletter
newsletter|Recevez chaque matin l'essentiel de l'actualité nationale et internationale
newsletter|Votre adresse email
newsletter|Je m'abonne
app|Téléchargez l'application Le Matinal
app|App Store
app|Google Play
footer|Le Matinal
footer|Qui sommes-nous
footer|Contact
footer|Publicité
footer|Annonces légales
footer|Recrutement
footer|Conditions d'utilisation
footer|Données personnelles
footer|Plan du site
copyright|© Le Matinal 2026 - Tous droits réservés
cookie|Ce site utilise des cookies pour améliorer votre expérience de navigation. En poursuivant, vous acceptez leur utilisation.
cookie|J'accepte
cookie|En savoir plus
"""),
 dict(id="lematin-ma-style-2", site="lematin-ma-style", lang="fr", sep="\n", title="Huile d'olive : les prix reculent nettement sur les marchés après une récolte abondante", date="2025-12-04", page="""
timestamp|Jeudi 04 Décembre 2025
timestamp|13 Joumada II 1447
weather|Casablanca 16°C
ticker|MASI 18 105,77 ▼ -0,21%
ticker|MADEX 14 690,12 ▼ -0,24%
ticker|Horaires de prière - Casablanca
ticker|Fajr 06:35 Chourouq 08:03 Dohr 13:20 Asr 15:55 Maghrib 18:28 Icha 19:48
lang-switch|FR
lang-switch|ES
epaper|Édition PDF
account|Se connecter
subscribe|S'abonner
menu|Le Matinal
menu|☰
menu|Accueil
menu|Nation
menu|Économie
menu|Monde
menu|Société
menu|Régions
menu|Culture
menu|Sports
menu|Automobile
menu|Emploi
menu|Le Matinal TV
menu|Podcasts
menu|Annonces légales
search|🔍
breaking|Flash
breaking|CAN 2025 : la billetterie pour les quarts de finale ouverte ce vendredi
breadcrumb|Accueil
breadcrumb|Économie
section-label|Économie
section-label|Agriculture
h1|Huile d'olive : les prix reculent nettement sur les marchés après une récolte abondante
lead|Après deux saisons de flambée, le litre d'huile d'olive se négocie entre 60 et 75 dirhams dans les souks du Saïss. Les professionnels anticipent une production en forte hausse et un retour des exportations.
byline|Mehdi Ouazzani
byline|LE MATINAL
label|Publié le :
dateline|04 Décembre 2025 À 11:20
reading-time|Temps de lecture : 4'
font|A+
font|A-
share|Partager
share|Facebook
share|X
share|LinkedIn
share|WhatsApp
share|Email
caption|Dans les souks de Meknès, le litre d'huile vierge se vend désormais entre 60 et 75 dirhams.
credit|Ph. MAP
alt-text|huile olive souk Meknès prix
p|Bonne nouvelle pour les ménages. Dans les souks de Meknès, de Fès et d'El Hajeb, le litre d'huile d'olive vierge se vend depuis la mi-novembre entre 60 et 75 dirhams, contre 100 à 120 dirhams l'an dernier à la même période. Une détente attendue, après deux campagnes marquées par la sécheresse et une flambée des prix qui avait poussé de nombreuses familles à réduire leur consommation.
p|Les pluies du printemps et une floraison jugée exceptionnelle dans plusieurs bassins de production expliquent ce retournement. Selon les estimations de l'interprofession, la production d'olives devrait dépasser 1,9 million de tonnes cette saison, en hausse de près de 70% par rapport à la campagne précédente.
p|« Les arbres ont enfin pu se reposer. Cette année, nous avons récolté presque trois fois plus que l'an dernier sur la même parcelle », témoigne Driss Amrani, oléiculteur à Aïn Taoujdate, qui exploite une vingtaine d'hectares.
read-also|Lire aussi : Agriculture : le programme de reconstitution du cheptel prolongé jusqu'en 2026
ad|Publicité
h2|Les unités de trituration tournent à plein régime
p|Dans les huileries modernes comme dans les maâsras traditionnelles, l'activité bat son plein. À la sortie de Meknès, une unité de trituration tourne désormais 20 heures sur 24 et a dû recruter une quinzaine de saisonniers supplémentaires. « Les files de camions commencent dès 6 heures du matin », raconte son responsable de production.
p|Le prix des olives à la sortie de la ferme a suivi le même mouvement : il oscille entre 5 et 7 dirhams le kilo, contre plus de 12 dirhams il y a un an. Certains petits producteurs s'inquiètent déjà d'une baisse trop brutale qui pourrait ne plus couvrir leurs coûts, notamment la main-d'œuvre, dont le prix a fortement augmenté.
video|Vidéo
video|Reportage : la récolte des olives bat son plein dans la région de Fès-Meknès
video|03:27
h2|Vers une reprise des exportations
p|Le retour d'une production abondante devrait également permettre de relancer les exportations, fortement limitées ces deux dernières années afin de préserver l'approvisionnement du marché local. Les opérateurs espèrent notamment reconquérir des parts de marché en Europe et en Amérique du Nord, où l'huile marocaine est appréciée pour son rapport qualité-prix.
p|Les professionnels appellent toutefois à la prudence. « Il faut d'abord s'assurer que le marché national est bien servi, puis investir dans la qualité et les labels pour vendre mieux, et pas seulement plus », estime un représentant de l'interprofession oléicole.
p|Les services de contrôle ont par ailleurs renforcé leurs inspections dans les marchés hebdomadaires, où des huiles coupées avec des huiles de graines ont été saisies ces dernières semaines. Les consommateurs sont invités à privilégier les huiles conditionnées portant un numéro d'agrément sanitaire.
signature|Avec MAP
tags|Mots-clés
tags|Huile d'olive
tags|Agriculture
tags|Prix
tags|Meknès
share|Partager cet article
comments|Commentaires (2)
comments|Karim B.
comments|Enfin ! L'an dernier c'était devenu un produit de luxe.
comments|Il y a 3 heures
comments|Fatima Z.
comments|Attention aux huiles vendues en bouteilles de plastique sans étiquette au souk.
comments|Il y a 1 heure
comments|Ajouter un commentaire
related|Articles similaires
related|Agrumes : la campagne d'export démarre avec un mois d'avance
related|02 Décembre 2025 À 15:40
related|Sécheresse : le taux de remplissage des barrages atteint 38%
related|28 Novembre 2025 À 10:05
teaser-list|Dernières infos
teaser-list|12:02
teaser-list|Bourse de Casablanca : le MASI termine la séance en léger repli
teaser-list|11:47
teaser-list|Tanger Med : le trafic conteneurs dépasse les 10 millions d'EVP
teaser-list|11:30
teaser-list|Enseignement supérieur : ouverture des inscriptions aux masters
teaser-list|Toutes les dernières infos →
most-read|Les plus lus
most-read|01
most-read|CAN 2025 : les Lions de l'Atlas dévoilent leur maillot extérieur
most-read|02
most-read|Immobilier : les prix au mètre carré à Casablanca quartier par quartier
most-read|03
teaser-list|Huile d'olive : les prix reculent nettement sur les marchés après une récolte abondante
notices|Annonces légales
notices|Publiez vos annonces légales en ligne en 24h
notices|Consulter les annonces
newsletter|Newsletter
newsletter|Recevez chaque matin l'essentiel de l'actualité nationale et internationale
newsletter|Votre adresse email
newsletter|Je m'abonne
app|Téléchargez l'application Le Matinal
app|App Store
app|Google Play
footer|Le Matinal
footer|Qui sommes-nous
footer|Contact
footer|Publicité
footer|Annonces légales
footer|Recrutement
footer|Conditions d'utilisation
footer|Données personnelles
footer|Plan du site
copyright|© Le Matinal 2025 - Tous droits réservés
"""),
 dict(id="business-day-za-style-1", site="business-day-za-style", lang="en", sep="\n", title="Transnet port volumes rise for third straight quarter as private operator lifts Durban productivity", date="2026-02-24", page="""
skip-link|Skip to main content
ticker|JSE ALL SHARE 118,204.55 ▲ 0.41%
ticker|JSE TOP 40 106,877.10 ▲ 0.38%
ticker|USD/ZAR 17.62 ▼ 0.23%
ticker|EUR/ZAR 19.08 ▼ 0.11%
ticker|GBP/ZAR 22.31 ▲ 0.05%
ticker|BRENT CRUDE $71.34 ▲ 1.02%
ticker|GOLD $3,012.40 ▲ 0.66%
ticker|PLATINUM $1,061.20 ▼ 0.40%
ticker|Data supplied by Iress. Delayed by 15 min.
menu|TribuneLIVE
network|Business Tribune
network|Financial Weekly
network|Sunday Tribune Business
network|Tribune TV
account|Sign In
subscribe|Subscribe
subscribe|R30 for your first month
search|Search
menu|NEWS
menu|COMPANIES
menu|MARKETS
menu|ECONOMY
menu|POLITICS
menu|OPINION
menu|WORLD
menu|MONEY & INVESTING
menu|LIFE
menu|PODCASTS
menu|PREMIUM
menu|More ⌄
breadcrumb|COMPANIES
breadcrumb|TRANSPORT & TOURISM
h1|Transnet port volumes rise for third straight quarter as private operator lifts Durban productivity
lead|Container throughput at the country's busiest terminal improved 11% year on year in the December quarter, but shippers say berthing delays at Cape Town and Ngqura remain a drag on exporters
byline|Thabo Molefe
byline|Transport & logistics writer
dateline|24 February 2026 - 05:00
listen|Listen to this article
listen|00:00 / 04:51
listen|1x
listen|Powered by AudioDesk
share|Share
share|Facebook
share|X
share|LinkedIn
share|WhatsApp
share|Email
share|Copy link
save|Save article
caption|Containers stacked at the Durban Container Terminal's Pier 2. Picture: SANDILE NDLOVU
p|Container volumes handled at South Africa's ports rose for a third consecutive quarter in the three months to December, with the biggest gains at Durban's Pier 2, where a private operator took over day-to-day management of the terminal last year.
p|Transnet Port Terminals handled 1.19-million twenty-foot equivalent units (TEUs) in the quarter, up 7.8% from a year earlier, according to figures released on Monday. Volumes at Pier 2, the busiest container terminal in sub-Saharan Africa, increased 11%, while average crane moves per hour climbed to 21 from 16.
p|The improvement suggests that the turnaround at the state-owned logistics group, which was pushed to the brink by equipment shortages, cable theft and years of underinvestment, is starting to show up in the numbers that matter to exporters and importers.
read-also|ALSO READ: Transnet names preferred bidder for Richards Bay dry bulk terminal
p|"We are not where we need to be, but the trend is now consistently in the right direction," said Nomsa Khumalo, chief operating officer of the port terminals division. "Equipment availability is above 80% on most of our critical cranes for the first time in five years."
p|The company has spent about R4.2bn on new straddle carriers, rubber-tyred gantry cranes and ship-to-shore cranes over the past 18 months, and has brought back retired operators to train new staff.
ad|ADVERTISEMENT
ad|Advertisement
p|But shippers say the gains are uneven. At Cape Town, wind-related stoppages cost the container terminal the equivalent of 19 working days in the quarter, and vessels waited an average of three days at anchor before berthing. At Ngqura, near Gqeberha, a shortage of working straddle carriers continued to slow the handling of transhipment cargo.
p|"Durban is clearly better, and our members are feeling that," said Pieter van Wyk, CEO of the Exporters' Logistics Forum, which represents citrus, wine and automotive exporters. "But if you are shipping fruit out of the Western Cape, the picture hasn't changed much. We still lose time and money at anchorage."
p|The citrus industry, which expects to export a record 210-million cartons this season, has warned that any repeat of the congestion seen in 2024 could cost growers more than R1bn in lost revenue.
read-also|ALSO READ: Citrus growers warn of R1bn hit if Cape Town port stalls again
read-also|ALSO READ: EDITORIAL: Pier 2 shows what partnerships can do
p|Analysts say the next test will be whether the government can speed up the concessioning of other terminals. The Treasury has said private participation in ports and freight rail is central to lifting economic growth above 2%, and the transport department has committed to finalising the Ngqura concession by the end of the year.
p|"The Pier 2 numbers are the best argument the department has," said Lerato Dube, a logistics analyst at Cape Town-based Harbourline Research. "Investors will want to see that the model can be repeated, and that the tender processes don't get bogged down in litigation."
p|Transnet, which reported a return to profit in its most recent interim results, has said it intends to publish port performance data monthly from April. Its shares are not listed, but the group's bonds have rallied since the start of the year, with yields on its 2033 notes falling about 60 basis points.
signature|molefet@tribunelive.co.za
subscribe|Support our award-winning journalism. The Premium package (digital only) is R30 for the first month and thereafter you pay R129 p/m now ad-free for all subscribers.
subscribe|Subscribe now
tags|Transnet
tags|Ports
tags|Logistics
tags|Durban
tags|Exports
comments|Would you like to comment on this article?
comments|Register (it's quick and free) or sign in now.
comments|Sign In
comments|Register
comments|Please read our Comment Policy before commenting.
related|Related Articles
related|Transnet freight rail opens 41 new slots to private train operators
related|COMPANIES
related|5 days ago
related|Citrus growers warn of R1bn hit if Cape Town port stalls again
related|COMPANIES
related|2 weeks ago
related|Richards Bay coal exports slip as rail theft resurfaces
related|MARKETS
related|3 weeks ago
most-read|Most Read
most-read|1.
most-read|Eskom confirms tariff increase of 8.8% from April
most-read|2.
most-read|JSE closes firmer as miners track gold price to new high
most-read|3.
most-read|DUMISANI KHOZA: The man who sold the unsellable state airline
most-read|4.
most-read|Tax season: Sars flags new penalties for late provisional payments
most-read|5.
most-read|ANC and DA clash over local government funding formula
podcast|Podcasts
podcast|The Markets Hour: Is the rand rally sustainable?
podcast|27:14
podcast|Business Tribune Daily: What the budget means for your pocket
podcast|18:02
newsletter|Sign up for the Tribune Morning newsletter
newsletter|The day's biggest business stories, delivered to your inbox every weekday at 6am
newsletter|Enter your email address
newsletter|Sign up
whatsapp|Join our WhatsApp channel for the latest business news
footer|Published by Meridian Media Holdings and distributed with the Financial Weekly on the last Thursday of each month except December and January.
footer|About Us
footer|Contact Us
footer|Advertise With Us
footer|Terms & Conditions
footer|Privacy Policy
footer|PAIA Manual
footer|Comment Policy
footer|Press Code
footer|We subscribe to the Press Code and support the Press Council of South Africa. Complaints can be lodged with the Press Ombud.
copyright|© 2026 Meridian Media Holdings. All rights reserved.
cookie|We use cookies to improve your experience. By continuing to use our site, you agree to our use of cookies.
cookie|Accept
"""),
 dict(id="business-day-za-style-2", site="business-day-za-style", lang="en", sep="\n", title="Reserve Bank holds repo rate at 6.75% as oil spike clouds inflation outlook", date="2026-03-26", page="""
skip-link|Skip to main content
ticker|JSE ALL SHARE 119,880.02 ▲ 0.27%
ticker|JSE TOP 40 108,310.44 ▲ 0.31%
ticker|USD/ZAR 17.48 ▼ 0.61%
ticker|EUR/ZAR 18.97 ▼ 0.44%
ticker|GBP/ZAR 22.15 ▼ 0.39%
ticker|BRENT CRUDE $81.90 ▲ 2.14%
ticker|GOLD $3,118.75 ▲ 0.92%
ticker|PLATINUM $1,104.60 ▲ 1.30%
ticker|Data supplied by Iress. Delayed by 15 min.
menu|TribuneLIVE
network|Business Tribune
network|Financial Weekly
network|Sunday Tribune Business
network|Tribune TV
account|Sign In
subscribe|Subscribe
subscribe|R30 for your first month
search|Search
menu|NEWS
menu|COMPANIES
menu|MARKETS
menu|ECONOMY
menu|POLITICS
menu|OPINION
menu|WORLD
menu|MONEY & INVESTING
menu|LIFE
menu|PODCASTS
menu|PREMIUM
menu|More ⌄
breadcrumb|ECONOMY
breadcrumb|MONETARY POLICY
premium-badge|PREMIUM
h1|Reserve Bank holds repo rate at 6.75% as oil spike clouds inflation outlook
lead|The MPC voted 4-2 to keep rates on hold, with two members preferring a 25 basis point cut, as the rand firmed against the dollar after the announcement
byline|Mpho Sithole
byline|Economics writer
dateline|26 March 2026 - 16:12
dateline|UPDATED 26 March 2026 - 19:40
share|Share
share|Facebook
share|X
share|LinkedIn
share|WhatsApp
share|Email
share|Copy link
save|Save article
gift|Gift this article
caption|The South African Reserve Bank head office in Pretoria. Picture: GALLO IMAGES/ALET PRETORIUS
p|The South African Reserve Bank (Sarb) kept its benchmark repo rate unchanged at 6.75% on Thursday, saying a recent jump in oil prices and uncertainty over electricity tariffs warranted caution even though inflation has settled close to its new 3% target.
p|Four of the six members of the monetary policy committee (MPC) voted to hold, while two preferred a cut of 25 basis points. The prime lending rate remains at 10.25%.
p|Headline consumer inflation slowed to 3.2% in February from 3.5% in January, Stats SA data showed last week, the lowest reading in more than a year. Core inflation, which excludes food, fuel and energy, was steady at 3%.
paywall|Subscribe now to unlock this article.
paywall|Support our award-winning journalism. The Premium package (digital only) is R30 for the first month and thereafter you pay R129 p/m now ad-free for all subscribers.
paywall|SUBSCRIBE NOW
paywall|Already a subscriber? Sign in
paywall|Questions? Contact our subscriptions team on 0860 52 52 00 or helpdesk@tribunelive.co.za
p|In its statement, the MPC said the risks to the inflation outlook had shifted to the upside since its January meeting. Brent crude has risen about 14% in a month on supply disruptions in the Gulf, and the local fuel price is expected to increase by more than R1 a litre in April.
p|"The committee judges that it is prudent to wait for greater clarity on the pass-through from fuel and administered prices before adjusting the policy stance," the statement said.
p|The decision was in line with the expectations of most economists surveyed by Bloomberg before the meeting, though forward rate agreements had priced in a small chance of a cut.
read-also|ALSO READ: LIVE: Reserve Bank MPC decision, as it happened
h2|Rand firms
p|The rand strengthened 0.6% to R17.48/$ shortly after the announcement, extending gains made earlier in the week on the back of firmer gold and platinum prices. Government bond yields fell, with the benchmark 2035 bond trading at 9.62%.
p|"The tone was more hawkish than the market expected, which is exactly what you would want in a world where the oil price is doing this," said Kagiso Mthembu, chief economist at Protea Asset Managers. "But the two dissenting votes tell you the door to a cut in May is still open."
ad|ADVERTISEMENT
p|The Sarb's quarterly projection model now shows the repo rate at 6.5% by the end of the year, implying one cut, compared with two cuts implied in January. The bank raised its inflation forecast for 2026 to 3.4% from 3.2% and left its growth forecast unchanged at 1.4%.
p|Business groups had lobbied for lower rates, arguing that real interest rates, the gap between the repo rate and inflation, are among the highest in emerging markets and are holding back investment.
p|"At 3.5 percentage points above inflation, monetary policy is clearly restrictive," said Anika Pillay, an economist at the Business Council for Growth. "Households are still under severe pressure and credit demand is weak."
read-also|ALSO READ: ZAMA NKOSI: Why the 3% target is worth the short-term pain
p|The MPC will next meet on May 28.
signature|With Bloomberg
tags|SARB
tags|Repo rate
tags|Inflation
tags|Rand
tags|Monetary Policy Committee
comments|Would you like to comment on this article?
comments|Register (it's quick and free) or sign in now.
comments|Sign In
comments|Register
comments|Please read our Comment Policy before commenting.
related|Related Articles
related|Fuel price set for R1.20 a litre increase in April
related|ECONOMY
related|1 day ago
related|CPI slows to 3.2%, lowest in more than a year
related|ECONOMY
related|1 week ago
related|EDITORIAL: The Reserve Bank should not blink
related|OPINION
related|2 days ago
most-read|Most Read
most-read|1.
teaser-list|Reserve Bank holds repo rate at 6.75% as oil spike clouds inflation outlook
most-read|2.
most-read|Oil jumps after tanker attacked near Strait of Hormuz
most-read|3.
most-read|Sasol warns of lower output at Secunda after unplanned shutdown
most-read|4.
most-read|REBECCA LOTTER: South Africa's telcos finally discover fibre pricing
most-read|5.
most-read|Municipal debt to Eskom tops R110bn
sponsored|Sponsored content
sponsored|How SMEs can protect cash flow when rates stay higher for longer
sponsored|In partnership with Karoo Commercial Bank
podcast|Podcasts
podcast|The Markets Hour: MPC special
podcast|31:46
newsletter|Sign up for the Tribune Morning newsletter
newsletter|The day's biggest business stories, delivered to your inbox every weekday at 6am
newsletter|Enter your email address
newsletter|Sign up
whatsapp|Join our WhatsApp channel for the latest business news
footer|Published by Meridian Media Holdings and distributed with the Financial Weekly on the last Thursday of each month except December and January.
footer|About Us
footer|Contact Us
footer|Advertise With Us
footer|Terms & Conditions
footer|Privacy Policy
footer|PAIA Manual
footer|Comment Policy
footer|Press Code
footer|We subscribe to the Press Code and support the Press Council of South Africa. Complaints can be lodged with the Press Ombud.
copyright|© 2026 Meridian Media Holdings. All rights reserved.
"""),
 dict(id="le-courrier-picard-style-1", site="le-courrier-picard-style", lang="fr", sep="\n", title="Amiens : le chantier du pôle d'échanges de la gare prend six mois de retard", date="2026-01-22", page="""
skip-link|Aller au contenu
skip-link|Aller au menu
account|Se connecter
subscribe|S'abonner
subscribe|Offre spéciale : 1 € le premier mois
epaper|Le journal numérique
menu|Le Messager picard
weather|Amiens 6°C ☁
menu|Ma ville
menu|Choisir ma ville
menu|Actu
menu|Somme
menu|Oise
menu|Aisne
menu|Amiens
menu|Abbeville
menu|Beauvais
menu|Compiègne
menu|Saint-Quentin
menu|Sport
menu|Faits divers
menu|Loisirs
menu|Vidéos
menu|Services
search|Rechercher
breadcrumb|Accueil
breadcrumb|Somme
breadcrumb|Amiens
section-label|Amiens
section-label|Transports
premium-badge|Abonné
h1|Amiens : le chantier du pôle d'échanges de la gare prend six mois de retard
lead|Découverte de réseaux anciens, défaillance d'une entreprise : la livraison du nouveau parvis et de la gare routière est repoussée à l'été 2027. Les commerçants du quartier s'inquiètent.
byline|Par Élodie Masset
dateline|Publié le 22/01/2026 à 17h45
dateline|Mis à jour le 22/01/2026 à 19h02
reading-time|4 min de lecture
share|Partager
share|Facebook
share|X
share|Email
share|Copier le lien
save|Ajouter à mes favoris
follow|Suivez Le Messager picard sur Google Actualités
caption|Les travaux ont débuté au printemps 2025 sur le parvis de la gare.
credit|Photo Messager picard - Fabien Desmarest
p|Il faudra encore patienter. Le chantier du pôle d'échanges multimodal de la gare d'Amiens, lancé au printemps 2025, ne sera pas achevé avant l'été 2027, soit six mois plus tard que prévu. L'information a été confirmée jeudi par Amiens Métropole, lors d'une réunion publique organisée dans une maison de quartier voisine.
p|Deux raisons expliquent ce décalage. D'abord, la découverte, à l'automne, de canalisations et de câbles anciens qui ne figuraient sur aucun plan, sous l'actuel parking dépose-minute. « Il a fallu tout identifier, puis dévier les réseaux avant de poursuivre le terrassement », explique l'ingénieur chargé du suivi des travaux pour la métropole.
p|Ensuite, la défaillance d'une entreprise de maçonnerie, placée en liquidation judiciaire en novembre, a contraint la collectivité à relancer une consultation pour ce lot. Le nouveau prestataire doit intervenir à partir de la mi-février.
read-also|À lire aussi
read-also|Amiens : la ligne de bus Nemo 2 déviée pendant trois semaines
read-also|Abonné
h2|Un surcoût de 1,4 million d'euros
p|Ce retard a un prix. Selon les chiffres présentés jeudi, le coût de l'opération passe de 23,6 à 25 millions d'euros. La métropole assure que la différence sera absorbée sans nouvel emprunt, grâce à une subvention complémentaire de la Région et au report d'autres investissements de voirie.
p|« Ce n'est pas une bonne nouvelle, on ne va pas se le cacher. Mais nous préférons livrer un équipement solide plutôt que de bâcler la fin du chantier », a défendu Sylvie Caron, vice-présidente chargée des mobilités, devant une soixantaine d'habitants.
ad|Publicité
ad|Contenus sponsorisés par Outbrain
p|Le projet prévoit un parvis entièrement piéton, une gare routière de douze quais pour les cars régionaux, un parking vélos sécurisé de 600 places et une nouvelle station de taxis. Les bus urbains continueront de desservir la gare par le boulevard voisin.
h2|Des commerçants à bout
p|Dans la salle, les commerçants du quartier n'ont pas caché leur exaspération. Barrières, bruit, poussière : depuis bientôt un an, ils disent voir leur clientèle fondre. « J'ai perdu près de 30 % de mon chiffre d'affaires. Six mois de plus, je ne sais pas si je tiens », a lancé la gérante d'une brasserie située face à la gare.
p|La métropole a rappelé l'existence d'une commission d'indemnisation à l'amiable, saisie à ce jour par quatorze commerces. Huit dossiers ont déjà abouti, pour un montant moyen de 9 000 euros. Une nouvelle signalétique doit aussi être installée pour guider les piétons vers les boutiques restées ouvertes.
p|Côté voyageurs, les changements seront limités dans les prochains mois. L'accès au hall restera possible par l'entrée provisoire côté nord, et la dépose-minute demeure transférée dans une rue adjacente. Une nouvelle réunion publique est prévue au printemps pour faire le point sur l'avancement des travaux.
tags|Amiens
tags|Transports
tags|Travaux
tags|SNCF
tags|Commerce
comments|Réagir
comments|0 commentaire
comments|Les commentaires sont réservés aux abonnés. Je m'abonne
rating|Cet article vous a-t-il été utile ?
rating|👍 Oui
rating|👎 Non
related|Dans la même rubrique
related|Il y a 2 h
related|Amiens : un incendie dans un immeuble du quartier Étouvie, deux blessés légers
related|Il y a 4 h
related|Hortillonnages : la restauration des berges reprend après l'hiver
related|Hier à 20h15
related|Amiens : le budget 2026 adopté sans hausse des taux d'imposition
related|Voir plus d'articles
most-read|Les + lus
most-read|1
most-read|Somme : la RN25 fermée une nuit par semaine jusqu'en mars
most-read|2
most-read|Beauvais : l'aéroport annonce huit nouvelles destinations pour l'été
most-read|3
most-read|Football : l'Amiens SC s'impose dans le money-time face à Laval
event|Sortir
event|Les idées de sorties ce week-end dans la Somme
event|Concert, théâtre, brocantes : notre sélection
obituary|Avis de décès
obituary|Consultez les avis de décès de la Somme
obituary|Publier un avis
notices|Annonces légales
notices|Marchés publics
newsletter|Recevez gratuitement la newsletter Amiens
newsletter|Votre e-mail
newsletter|OK
footer|Le Messager picard
footer|Qui sommes-nous
footer|Contact
footer|Nous rejoindre
footer|Publicité
footer|Mentions légales
footer|CGU
footer|CGV
footer|Politique de confidentialité
cookie|Gestion des cookies
network|Le Messager picard est édité par Médias du Nord, qui publie aussi L'Écho de l'Aisne, Le Réveil du Vermandois et La Gazette de l'Oise.
copyright|© Le Messager picard 2026
app|Téléchargez l'application
app|App Store
app|Google Play
"""),
 dict(id="le-courrier-picard-style-2", site="le-courrier-picard-style", lang="fr", sep="\n", title="Baie de Somme : la pêche à pied des coques rouvre, avec des quotas revus à la baisse", date="2025-10-03", page="""
skip-link|Aller au contenu
skip-link|Aller au menu
account|Se connecter
subscribe|S'abonner
subscribe|Offre spéciale : 1 € le premier mois
epaper|Le journal numérique
menu|Le Messager picard
weather|Abbeville 14°C ⛅
menu|Ma ville
menu|Choisir ma ville
menu|Actu
menu|Somme
menu|Oise
menu|Aisne
menu|Amiens
menu|Abbeville
menu|Beauvais
menu|Compiègne
menu|Saint-Quentin
menu|Sport
menu|Faits divers
menu|Loisirs
menu|Vidéos
menu|Services
search|Rechercher
breaking|Direct
breaking|Tempête : la Somme placée en vigilance orange vent à partir de 16 heures
breadcrumb|Accueil
breadcrumb|Somme
breadcrumb|Baie de Somme
section-label|Le Crotoy
section-label|Économie
h1|Baie de Somme : la pêche à pied des coques rouvre, avec des quotas revus à la baisse
lead|Après huit mois de fermeture, les gisements du Crotoy et de Saint-Valery-sur-Somme sont de nouveau accessibles aux pêcheurs professionnels depuis jeudi. Mais chacun ne pourra ramasser que 120 kg par marée.
byline|Par Claire Dumont
dateline|Publié le 03/10/2025 à 06h00
reading-time|3 min de lecture
share|Partager
share|Facebook
share|X
share|Email
share|Copier le lien
save|Ajouter à mes favoris
follow|Suivez Le Messager picard sur Google Actualités
section-label|Ce qu'il faut retenir
li|Le gisement de coques de la baie de Somme a rouvert jeudi 2 octobre aux professionnels.
li|Le quota est abaissé à 120 kg par pêcheur et par marée, contre 150 kg en 2024.
li|La pêche de loisir reste limitée à 5 kg par personne et par jour.
caption|Jeudi matin, les premiers pêcheurs ont rejoint les bancs de sable dès la marée basse.
credit|Photo Messager picard - Antoine Vasseur
p|Il était à peine 7 heures, jeudi 2 octobre, quand les premiers tracteurs ont quitté le parking du Crotoy pour rejoindre les bancs de sable découverts par la marée. Après huit mois de fermeture, le gisement de coques de la baie de Somme a rouvert aux quelque 280 pêcheurs à pied professionnels titulaires d'une licence.
p|La fermeture, décidée en février, devait permettre aux coquillages de se reconstituer après une saison 2024 jugée décevante. Les comptages réalisés fin août par les scientifiques ont montré une biomasse en nette amélioration, mais encore inférieure à la moyenne des dix dernières années.
p|D'où la décision du comité régional des pêches, validée par la préfecture, de réduire le quota journalier à 120 kg par pêcheur et par marée, contre 150 kg l'an dernier. « C'est moins que ce qu'on espérait, mais c'est mieux que rien. On a passé l'été à attendre », résume Jérôme Lefebvre, pêcheur à pied depuis vingt-deux ans.
video|VIDÉO. Au petit matin avec les pêcheurs de coques du Crotoy
video|▶ 01:58
video|La vidéo va démarrer après cette publicité
h2|Des prix en hausse à la criée
p|Premier effet de cette rareté relative : les prix. Jeudi, les coques se sont négociées autour de 3,20 euros le kilo au départ, contre 2,40 euros lors de la réouverture précédente. Une bonne partie de la production part vers l'Espagne et les Pays-Bas, où elle est transformée en conserves.
p|Les contrôles seront renforcés tout au long de la saison. Gardes-jurés, agents des affaires maritimes et gendarmes procéderont à des pesées à la sortie des gisements. En cas de dépassement, les sanctions peuvent aller jusqu'à la suspension de la licence.
read-also|À lire aussi
read-also|Saint-Valery-sur-Somme : les phoques veaux-marins toujours plus nombreux en baie
ad|Publicité
h2|Et pour les particuliers ?
p|La pêche de loisir est également autorisée, mais dans des conditions strictes : 5 kg maximum par personne et par jour, avec un outil adapté et une taille minimale de 27 millimètres. Les promeneurs sont invités à se renseigner sur les horaires des marées avant de s'aventurer dans la baie, où la mer remonte très vite.
p|« Chaque automne, on intervient pour des gens surpris par la marée, parfois avec des enfants », rappelle un sauveteur bénévole de la station du Crotoy. « Ce n'est jamais anodin. »
p|Une nouvelle évaluation des gisements est prévue en décembre. Selon ses résultats, le quota pourrait être relevé, ou la pêche de nouveau suspendue pour l'hiver.
signature|Avec Antoine Vasseur (CLP)
tags|Le Crotoy
tags|Saint-Valery-sur-Somme
tags|Pêche
tags|Baie de Somme
tags|Environnement
comments|Réagir
comments|3 commentaires
comments|Les commentaires sont réservés aux abonnés. Je m'abonne
ticker|Horaires des marées au Crotoy
ticker|Pleine mer 10h42 (coef. 94) - Basse mer 17h31
ticker|Voir toutes les marées
related|Dans la même rubrique
related|Il y a 1 h
related|Abbeville : la collégiale Saint-Vulfran rouvre une partie de sa nef
related|Il y a 3 h
related|Cayeux-sur-Mer : les galets de la digue rechargés avant l'hiver
related|Hier à 18h40
related|Fort-Mahon : le camping municipal cherche un repreneur
related|Voir plus d'articles
most-read|Les + lus
most-read|1
most-read|Somme : un radar tourelle installé sur la route d'Abbeville
most-read|2
teaser-list|Baie de Somme : la pêche à pied des coques rouvre, avec des quotas revus à la baisse
most-read|3
most-read|Amiens : la braderie de la Hotoie attire 80 000 visiteurs
gallery|Diaporama
gallery|En images : les grandes marées d'équinoxe en baie de Somme
gallery|24 photos
obituary|Avis de décès
obituary|Consultez les avis de décès de la Somme
obituary|Publier un avis
newsletter|Recevez gratuitement la newsletter Littoral picard
newsletter|Votre e-mail
newsletter|OK
footer|Le Messager picard
footer|Qui sommes-nous
footer|Contact
footer|Nous rejoindre
footer|Publicité
footer|Mentions légales
footer|CGU
footer|CGV
footer|Politique de confidentialité
cookie|Gestion des cookies
network|Le Messager picard est édité par Médias du Nord, qui publie aussi L'Écho de l'Aisne, Le Réveil du Vermandois et La Gazette de l'Oise.
copyright|© Le Messager picard 2025
"""),
 dict(id="al-monitor-style-1", site="al-monitor-style", lang="en", sep="\n", title="Iraq's Kurdistan Region launches first utility-scale solar tender as summer blackouts loom", date="2026-06-16", page="""
skip-link|Skip to main content
promo|Al-Mirsad Pro: The essential intelligence on Middle East policy, markets and security. Request a demo →
menu|Al-Mirsad
menu|The Pulse of the Middle East
search|Search
account|Log in
subscribe|Subscribe
menu|Countries ▾
menu|Topics ▾
menu|Pro
menu|Newsletters
menu|Podcasts
menu|Events
menu|Video
menu|Opinion
menu|Egypt
menu|Gulf
menu|Iran
menu|Iraq
menu|Israel
menu|Lebanon
menu|Palestine
menu|Syria
menu|Turkey
section-label|Iraq
section-label|Energy
h1|Iraq's Kurdistan Region launches first utility-scale solar tender as summer blackouts loom
lead|The Kurdistan Regional Government wants private investors to build 600 megawatts of solar capacity near Erbil and Sulaimaniyah, as residents brace for another summer of power cuts and costly private generators.
byline|Shvan Abdullah
dateline|June 16, 2026
share|Copy link
share|Share on X
share|Share on Facebook
share|Share on LinkedIn
share|Share via Email
save|Bookmark
caption|A worker cleans solar panels at a pilot site near Erbil, in Iraq's Kurdistan Region, May 2, 2026. — SAFIN HAMID/AFP via Getty Images
p|ERBIL, Iraq — The Kurdistan Regional Government (KRG) on Monday opened bidding for its first large-scale solar power projects, seeking private investors to build up to 600 megawatts of capacity as demand for electricity outstrips supply ahead of the summer heat.
p|The tender, issued by the KRG's Ministry of Electricity, covers three sites: two on the plains south of Erbil and one near Sulaimaniyah. Winning bidders will sign 25-year power purchase agreements with the regional government, which will guarantee payment through an escrow account backed by a share of the region's customs revenue, according to tender documents seen by Al-Mirsad.
p|"We have sunlight for more than 300 days a year. It makes no sense that families are still paying for diesel generators to run their air conditioners," a senior official at the ministry told Al-Mirsad, speaking on condition of anonymity because he was not authorized to speak to the media.
h2|Why it matters:
p|Electricity shortages have long been a source of public anger across Iraq, and the Kurdistan Region is no exception. While the region has fared better than central and southern Iraq in recent years, its grid depends heavily on gas-fired plants fed by the Khor Mor field, which has repeatedly been targeted by drone attacks.
paywall|You have read 2 of 3 free articles this month.
paywall|Register for free to keep reading, or subscribe for unlimited access.
paywall|Register
paywall|Already have an account? Log in
p|When supply falls short, residents rely on neighborhood generators, whose owners charge by the ampere. In Erbil, households paid on average 15,000 Iraqi dinars (about $11) per ampere each month last summer, according to local media, a heavy burden for public employees whose salaries have frequently been delayed amid budget disputes with Baghdad.
p|The KRG has also promised round-the-clock electricity to all households under a program it began rolling out in 2024, and officials say solar power is needed to keep that pledge without further raising gas demand.
newsletter|Sign up for our free Iraq Briefing newsletter: the week's top stories from Baghdad, Erbil and beyond, every Thursday.
newsletter|Email address
newsletter|Sign up
h2|Know more:
p|Bidders have until Aug. 31 to submit offers, and the ministry expects to announce winners before the end of the year. Companies from the United Arab Emirates, Turkey and China are expected to compete, according to two people familiar with the process.
p|Investors, however, are likely to weigh the political risk carefully. Payment delays have hampered the region's existing power producers, and the legal framework governing the KRG's ability to sign long-term contracts without Baghdad's approval remains contested.
p|"The sites are excellent and the demand is obvious. The question every investor will ask is whether the payment guarantee survives the next budget crisis," said Lana Rashid, an energy analyst at the Erbil-based Zagros Policy Institute.
p|Federal Iraq has its own ambitions. The Ministry of Electricity in Baghdad has signed agreements for several solar plants in the south of the country, though construction has been slow and most projects remain years from completion.
p|For residents, the timeline matters less than the summer ahead. "Every year they promise, and every year we buy more fuel for the generator," said Hemin Aziz, a shopkeeper in Erbil's Ainkawa district. "If the sun can fix it, let the sun fix it."
tags|Topics
tags|#Iraq
tags|#Kurdistan Region
tags|#Solar energy
tags|#Electricity
author-bio|Shvan Abdullah
author-bio|Shvan Abdullah is an Erbil-based journalist covering the Kurdistan Region's politics, energy and economy. He has reported for regional and international outlets since 2014.
social|@shvanabdullah
author-link|More from Shvan Abdullah
related|Read more
related|Turkey, Iraq trade barbs over Kurdistan oil export payments
related|June 11, 2026
related|Iraq heat wave pushes power demand to record as grid falters
related|June 3, 2026
related|Baghdad and Erbil reach deal on public salaries, again
related|May 27, 2026
most-read|Trending
most-read|1 Saudi Arabia opens first stretch of high-speed rail to Riyadh airport
most-read|2 Iran's rial slides after talks stall in Muscat
most-read|3 Lebanon's parliament approves bank restructuring law
most-read|4 Egypt raises bread subsidy quota for low-income families
promo|Al-Mirsad Pro
promo|Track the region's energy deals, political risk and sanctions in one dashboard.
promo|Request a demo
podcast|Podcast: On the Middle East
podcast|Episode 214: Can Iraq keep the lights on?
podcast|▶ Listen 34:10
event|Events
event|Al-Mirsad Energy Roundtable: Iraq's power sector after the elections
event|July 8, 2026 · Virtual
event|Register
footer|Al-Mirsad
footer|The Pulse of the Middle East
footer|About Us
footer|Our Team
footer|Contact
footer|Careers
footer|Advertise
footer|Pro
footer|Newsletters
footer|Privacy Policy
footer|Terms & Conditions
footer|Cookie Settings
social|X Facebook LinkedIn Instagram YouTube
copyright|© 2026 Al-Mirsad, LLC. All rights reserved.
"""),
 dict(id="al-monitor-style-2", site="al-monitor-style", lang="en", sep="\n", title="Suez Canal revenue climbs as shipping lines test a return to the Red Sea", date="2026-04-27", page="""
skip-link|Skip to main content
promo|Al-Mirsad Pro: The essential intelligence on Middle East policy, markets and security. Request a demo →
menu|Al-Mirsad
menu|The Pulse of the Middle East
search|Search
account|Log in
subscribe|Subscribe
menu|Countries ▾
menu|Topics ▾
menu|Pro
menu|Newsletters
menu|Podcasts
menu|Events
menu|Video
menu|Opinion
menu|Egypt
menu|Gulf
menu|Iran
menu|Iraq
menu|Israel
menu|Lebanon
menu|Palestine
menu|Syria
menu|Turkey
section-label|Egypt
section-label|Economy and trade
h1|Suez Canal revenue climbs as shipping lines test a return to the Red Sea
lead|Egypt's canal earned $1.1 billion in the first quarter, its best result in more than two years, but major container carriers remain cautious about rerouting their fleets away from the Cape of Good Hope.
byline|Al-Mirsad Staff
dateline|April 27, 2026
share|Copy link
share|Share on X
share|Share on Facebook
share|Share on LinkedIn
share|Share via Email
save|Bookmark
listen|Listen to this story
listen|6 min
caption|A container ship transits the Suez Canal near Ismailia, Egypt, March 19, 2026. — KHALED DESOUKI/AFP via Getty Images
p|CAIRO — Revenue from the Suez Canal rose sharply in the first three months of 2026 as more vessels returned to the Red Sea route, offering some relief to an Egyptian economy that has lost billions of dollars in foreign currency since attacks on shipping began in late 2023.
p|The canal earned $1.1 billion in the January-March quarter, up 38% from the same period last year, the Suez Canal Authority said in a statement Sunday. A total of 3,140 vessels transited the waterway, compared with 2,360 a year earlier.
p|The figures remain well below pre-crisis levels. In 2023, the canal generated more than $10 billion, and as many as 70 ships a day passed through, compared with an average of about 35 in the first quarter of this year.
h2|Why it matters:
p|The canal is one of Egypt's main sources of hard currency, alongside tourism, remittances and gas exports. Its revenue collapsed by more than 60% in 2024 after Yemen's Houthi rebels began attacking commercial ships in the Red Sea and the Bab al-Mandab Strait, forcing most large carriers to sail around Africa instead.
p|The loss added to the strains on Egypt's economy, which secured an expanded loan program from the International Monetary Fund in 2024 and has been trying to rebuild its foreign reserves since.
embed-blocked|X content
embed-blocked|This content can't be shown because you have not accepted the cookies it uses.
embed-blocked|Manage cookie preferences
p|Authorities have tried to lure shipping lines back with discounts. Since January, the canal has offered rebates of up to 15% on transit fees for container ships above a certain size and for vessels that commit to regular sailings through the waterway.
read-also|Related: Egypt bets on green hydrogen zone along the Suez Canal
h2|Know more:
p|Shipping executives say the return is real but fragile. Several bulk carriers and tanker operators have resumed regular transits, while most of the largest container lines are still routing the majority of their Asia-Europe services via the Cape of Good Hope.
p|"Insurers are pricing the risk lower than a year ago, and that changes the math for a lot of owners," said Markus Ehrlich, a Hamburg-based shipbroker. "But the container lines move on a different time scale. They need months of stability before they redesign their networks."
p|War risk insurance premiums for Red Sea voyages have fallen to about 0.3% of a vessel's value, from as much as 1% at the height of the attacks, according to brokers.
ad|Advertisement
p|Egyptian officials have struck an optimistic tone. The canal authority said it expected traffic to reach 80% of 2023 levels by the end of the year if the security situation holds, and it is pressing ahead with a project to widen and deepen the southern section of the canal.
p|Economists are more guarded. "The first quarter is encouraging, but Egypt should not build its budget on a full recovery of the canal this year," said Yasmine Hafez, a Cairo-based economist at the consultancy Delta Macro. "One serious incident in the Red Sea and the carriers will turn around again."
tags|Topics
tags|#Egypt
tags|#Suez Canal
tags|#Red Sea
tags|#Shipping
tags|#Houthis
related|Read more
related|Houthis say they will not target ships 'unrelated' to the conflict
related|April 22, 2026
related|Egypt's inflation eases for fourth month as pound stabilizes
related|April 10, 2026
related|Saudi Arabia's Red Sea ports see record transshipment volumes
related|March 30, 2026
newsletter|The Takeaway
newsletter|Our daily newsletter: the Middle East stories you need, in five minutes. Free.
newsletter|Email address
newsletter|Sign up
newsletter|By signing up, you agree to our Privacy Policy and Terms & Conditions.
most-read|Trending
most-read|1 Israel and Lebanon agree on new border monitoring mechanism
teaser-list|2 Suez Canal revenue climbs as shipping lines test a return to the Red Sea
most-read|3 Qatar's LNG expansion ships first cargo from North Field East
most-read|4 Syria's central bank issues new banknotes
video|Video
video|Explained: Why the Red Sea still matters for global trade
video|04:12
promo|Al-Mirsad Pro
promo|Track the region's energy deals, political risk and sanctions in one dashboard.
promo|Request a demo
footer|Al-Mirsad
footer|The Pulse of the Middle East
footer|About Us
footer|Our Team
footer|Contact
footer|Careers
footer|Advertise
footer|Pro
footer|Newsletters
footer|Privacy Policy
footer|Terms & Conditions
footer|Cookie Settings
social|X Facebook LinkedIn Instagram YouTube
copyright|© 2026 Al-Mirsad, LLC. All rights reserved.
cookie|We use cookies to personalize content and ads and to analyze our traffic. Accept all Reject all Customize
"""),
]
