# Round 88: eight pages on four more layouts (a French business daily behind a paywall, a Ugandan daily, a Tunisian
# radio's French-language news site, a US public TV news program's article and segment pages), written blind: without
# looking at the classifier, its rules or the benchmark. Each line: "label|text". Invented text; no real article is
# copied.
ROUND88 = [
 dict(id="les-echos-style-1", site="les-echos-style", lang="fr", sep="\n", title="Cosmétiques : le lyonnais Veyrat s'offre l'américain Blue Fern pour 1,4 milliard d'euros", date="2026-03-12", page="""
skip-link|Aller au contenu principal
skip-link|Aller au menu
menu|Menu
search|Rechercher
menu|Le Journal des Affaires
epaper|Le Quotidien
newsletter|Newsletters
account|Mon compte
account|Bonjour Claire
ticker|CAC 40 8 112,47 +0,38 %
ticker|Euro Stoxx 50 5 402,10 +0,21 %
ticker|EUR/USD 1,0874 -0,12 %
ticker|Brent 71,35 $ +1,04 %
ticker|Voir tous les marchés
menu|Idées - Débats
menu|Économie France
menu|Politique
menu|Monde
menu|Entreprises
menu|Finance - Marchés
menu|Bourse
menu|Patrimoine
menu|Tech - Médias
menu|Régions
menu|Start-up
menu|Week-End
breadcrumb|Entreprises
breadcrumb|Industrie & Services
section-label|Distribution - Luxe
h1|Cosmétiques : le lyonnais Veyrat s'offre l'américain Blue Fern pour 1,4 milliard d'euros
lead|Le groupe familial, propriétaire de plusieurs marques de soins vendues en pharmacie, réalise la plus grosse acquisition de son histoire. Il prend pied sur le marché américain des soins « clean » vendus en ligne.
byline|Par Hélène Marchetti
dateline|Publié le 12 mars 2026 à 07:00
dateline|Mis à jour le 12 mars 2026 à 10:41
paywall|Article réservé aux abonnés
gift|Offrir cet article
gift|Vous pouvez offrir encore 11 articles ce mois-ci
save|Ajouter à mes articles
comments|Commenter
share|Partager
listen|Écouter cet article
listen|Audio généré par une intelligence artificielle
listen|5 min
caption|Le siège de Veyrat à Lyon. Le groupe réalise environ 40 % de son chiffre d'affaires hors d'Europe.
credit|(Photo Jean-Philippe Ksiazek/AFP)
section-label|L'essentiel
li|Veyrat rachète 100 % de Blue Fern à un fonds américain pour 1,4 milliard d'euros, dette comprise.
li|L'opération sera financée par un prêt bancaire et une augmentation de capital réservée à la famille.
li|Blue Fern a réalisé 310 millions de dollars de ventes en 2025, à 80 % en ligne.
disclaimer|Ce résumé a été rédigé avec l'aide d'une intelligence artificielle et relu par la rédaction.
p|C'est un virage pour ce groupe discret, plus connu des pharmaciens que des investisseurs. Veyrat, propriétaire des marques Dermalys et Sève d'Ardèche, a annoncé jeudi matin l'acquisition de Blue Fern, une marque américaine de soins du visage fondée en 2016 à Austin, au Texas, pour 1,4 milliard d'euros, dette comprise.
p|Le vendeur, le fonds d'investissement Harlow Street Partners, détenait la marque depuis 2021. L'opération, qui doit encore recevoir le feu vert des autorités de la concurrence américaines, devrait être finalisée d'ici à la fin du troisième trimestre.
read-also|Lire aussi :
read-also|Les laboratoires dermo-cosmétiques à l'assaut de la Chine
h2|Une valorisation élevée
p|Le prix représente un peu plus de quatre fois le chiffre d'affaires de Blue Fern, qui a réalisé 310 millions de dollars de ventes l'an dernier, en progression de 27 %. Un multiple élevé, reconnaît le directeur général de Veyrat, Arnaud Ferrière. « Nous payons le prix d'une marque qui croît vite, qui est rentable et qui parle à une clientèle que nous ne savons pas toucher aujourd'hui : les moins de 35 ans qui achètent sur leur téléphone », explique-t-il aux lecteurs du Journal des Affaires.
p|Blue Fern réalise près de 80 % de ses ventes en ligne, directement sur son site ou via les grandes plateformes. Veyrat, à l'inverse, vend l'essentiel de ses produits en officine, en France, en Italie et en Espagne.
ad|Publicité
ad|Contenu proposé par notre partenaire
h2|Une augmentation de capital familiale
p|Pour financer l'opération, le groupe, qui a réalisé 2,1 milliards d'euros de chiffre d'affaires en 2025, s'appuiera sur un prêt relais souscrit auprès de trois banques françaises et sur une augmentation de capital de 400 millions d'euros, entièrement souscrite par la holding de la famille Veyrat. Celle-ci détiendra ainsi toujours près de 70 % du capital.
p|« Il n'était pas question d'ouvrir le capital à un fonds », souligne un proche de la famille. Le groupe, coté sur le compartiment B d'Euronext Paris pour une partie minoritaire de ses titres, entend ramener son endettement sous trois fois l'excédent brut d'exploitation d'ici à fin 2027.
p|En Bourse, l'annonce était plutôt bien accueillie jeudi en fin de matinée : le titre gagnait 3,2 %, dans un marché en légère hausse.
read-also|Lire aussi :
read-also|DÉCRYPTAGE - Pourquoi les marques de beauté se ruent sur le marché américain
h2|Les États-Unis, premier marché
p|Avec cette acquisition, les États-Unis deviendront le premier marché du groupe devant la France, une première. Veyrat compte y lancer dès 2027 ses marques historiques, en s'appuyant sur les entrepôts et les équipes de Blue Fern.
p|Les analystes restent toutefois partagés. « Le potentiel est réel, mais les droits de douane sur les produits européens et la concurrence des marques coréennes rendent l'exercice risqué », observe une analyste d'un bureau d'études parisien.
signature|Hélène Marchetti
gift|Offrir cet article
comments|Commentaires (14)
comments|Réagir
tags|Cosmétique
tags|Fusions et acquisitions
tags|Luxe
tags|États-Unis
follow|Suivre ce sujet
newsletter|Newsletter Entreprises
newsletter|Chaque matin, les informations clés sur la vie des entreprises.
newsletter|S'inscrire
related|À lire également
related|Beauté : L'Oréal maintient sa croissance malgré le ralentissement chinois
related|Le marché mondial des soins de la peau en passe de dépasser les 200 milliards de dollars
related|ENQUÊTE - Les secrets de réussite des ETI familiales françaises
most-read|Les plus lus
most-read|01
most-read|Retraites : ce que prévoit le nouveau projet du gouvernement pour les carrières longues
most-read|02
most-read|Immobilier : les taux de crédit repartent légèrement à la hausse
most-read|03
most-read|Livret A : le taux pourrait descendre à 1,5 % en août
network|Nos services
network|Investir
network|Le Journal des Affaires Entrepreneurs
network|Le Journal des Affaires Executives
network|Le Journal des Affaires Events
footer|Qui sommes-nous ?
footer|Nous contacter
footer|Abonnements
footer|Mentions légales
footer|CGU
footer|Politique de confidentialité
cookie|Gestion des cookies
footer|Charte éthique
copyright|© Le Journal des Affaires 2026
"""),
 dict(id="les-echos-style-2", site="les-echos-style", lang="fr", sep="\n", title="Budget 2027 : Bercy prépare un durcissement de la taxation des holdings patrimoniales", date="2026-01-20", page="""
skip-link|Aller au contenu principal
skip-link|Aller au menu
menu|Menu
search|Rechercher
menu|Le Journal des Affaires
epaper|Le Quotidien
subscribe|S'abonner
account|Se connecter
ticker|CAC 40 7 954,02 -0,64 %
ticker|Euro Stoxx 50 5 311,88 -0,47 %
ticker|EUR/USD 1,0712 +0,08 %
ticker|Brent 76,90 $ -0,35 %
ticker|Voir tous les marchés
menu|Idées - Débats
menu|Économie France
menu|Politique
menu|Monde
menu|Entreprises
menu|Finance - Marchés
menu|Bourse
menu|Patrimoine
menu|Tech - Médias
menu|Régions
menu|Start-up
menu|Week-End
breadcrumb|Économie France
breadcrumb|Budget & Fiscalité
section-label|EXCLUSIF
h1|Budget 2027 : Bercy prépare un durcissement de la taxation des holdings patrimoniales
lead|Le ministère de l'Économie étudie plusieurs pistes pour limiter l'usage des sociétés holding par les contribuables les plus aisés. Le rendement attendu pourrait atteindre un milliard d'euros par an.
byline|Par Thomas Le Guellec, Julie Aubertin
dateline|Publié le 20 janv. 2026 à 18:30
paywall|Article réservé aux abonnés
save|Ajouter à mes articles
comments|Commenter
share|Partager
listen|Écouter cet article
listen|4 min
caption|Le ministère de l'Économie doit présenter ses premières orientations budgétaires au printemps.
credit|Ludovic Marin/AFP
p|C'est un sujet qui revient à chaque exercice budgétaire, mais cette fois Bercy semble décidé à aller plus loin. Selon nos informations, les services du ministère de l'Économie et des Finances travaillent à un durcissement de la fiscalité applicable aux holdings patrimoniales, ces sociétés dans lesquelles de nombreux contribuables fortunés logent leurs actifs financiers et immobiliers.
p|Plusieurs options ont été présentées au cabinet du ministre début janvier, dans le cadre des travaux préparatoires au projet de loi de finances pour 2027. Leur point commun : réduire l'avantage fiscal dont bénéficient les revenus laissés dans ces structures, qui échappent pour l'essentiel à l'impôt sur le revenu tant qu'ils ne sont pas distribués.
read-also|Lire aussi :
read-also|Fiscalité : le débat sur la taxation des très hauts patrimoines relancé au Parlement
h2|Trois pistes sur la table
p|La première consisterait à imposer chaque année une partie des revenus financiers accumulés dans les holdings dont l'actionnaire est une personne physique, au-delà d'un certain seuil de trésorerie. La deuxième viserait à remettre en cause le régime dit « mère-fille », qui permet aux dividendes remontés d'une filiale vers sa maison mère d'être quasiment exonérés d'impôt sur les sociétés, pour les holdings sans activité opérationnelle.
p|La troisième, plus technique, porterait sur les biens de jouissance personnelle, comme les résidences secondaires, les yachts ou les œuvres d'art, détenus par ces sociétés. « L'idée n'est pas de punir ceux qui entreprennent, mais de fermer des portes laissées ouvertes depuis trop longtemps », résume un haut fonctionnaire.
p|Selon une estimation interne, le durcissement pourrait rapporter entre 600 millions et un milliard d'euros par an, selon l'option retenue. Une somme modeste au regard des 40 milliards d'économies recherchés par le gouvernement, mais politiquement symbolique.
p|Le sujet est sensible. Les organisations patronales ont déjà fait savoir qu'elles s'opposeraient à toute mesure susceptible de toucher les holdings animatrices, qui dirigent effectivement un groupe de sociétés. « Confondre l'entrepreneur qui réinvestit ses dividendes et le rentier qui loge son yacht dans une société, ce serait une faute », prévient le président d'une fédération de dirigeants d'entreprises familiales.
paywall|Il vous reste 58 % de l'article à lire.
paywall|Pour lire la suite de cet article, abonnez-vous.
paywall|Offre spéciale : 1 € pendant 1 mois
paywall|Accès illimité au site et à l'application
paywall|Le journal numérique dès 22 h la veille
paywall|Je m'abonne
paywall|Sans engagement, résiliable à tout moment.
paywall|Déjà abonné ? Se connecter
tags|Budget
tags|Fiscalité
tags|Patrimoine
tags|Impôt sur le revenu
follow|Suivre ce sujet
related|À lire également
related|Pacte Dutreil : le rapport qui propose de raboter l'avantage fiscal
related|Les Français ont épargné un record de 112 milliards d'euros en assurance-vie en 2025
related|Niches fiscales : la Cour des comptes réclame un grand ménage
most-read|Les plus lus
most-read|01
most-read|Assurance chômage : ce qui change pour les demandeurs d'emploi au 1er avril
most-read|02
most-read|Bourse de Paris : le CAC 40 termine en baisse, plombé par le luxe
most-read|03
teaser-list|Budget 2027 : Bercy prépare un durcissement de la taxation des holdings patrimoniales
app|Téléchargez l'application Le Journal des Affaires
app|Disponible sur l'App Store
app|Disponible sur Google Play
network|Nos services
network|Investir
network|Le Journal des Affaires Entrepreneurs
network|Le Journal des Affaires Executives
network|Le Journal des Affaires Events
footer|Qui sommes-nous ?
footer|Nous contacter
footer|Abonnements
footer|Mentions légales
footer|CGU
footer|Politique de confidentialité
cookie|Gestion des cookies
footer|Charte éthique
copyright|© Le Journal des Affaires 2026
"""),
 dict(id="daily-nation-ug-style-1", site="daily-nation-ug-style", lang="en", sep="\n", title="Coffee earnings hit record Shs9 trillion as farmers ride global price wave", date="2026-02-04", page="""
skip-link|Skip navigation
timestamp|Wednesday, February 04, 2026
menu|Daily Sentinel
epaper|ePaper
subscribe|Subscribe
account|Sign in
search|Search
menu|Home
menu|News
menu|National
menu|Business
menu|Sports
menu|Opinion
menu|Magazines
menu|Prosper
menu|Full Woman
menu|Life
menu|Special Reports
menu|Podcasts
menu|Multimedia
menu|Jobs
breaking|BREAKING: Parliament passes Supplementary Budget of Shs2.1 trillion
ad|Advertisement
breadcrumb|Business
breadcrumb|Prosper
paywall|PREMIUM
h1|Coffee earnings hit record Shs9 trillion as farmers ride global price wave
caption|A farmer dries coffee beans at her home in Kapchorwa District on January 20, 2026. Uganda exported 8.3 million bags in the 12 months to December.
credit|PHOTO/ FILE
byline|By Esther Nakato
author-link|More by this Author
section-label|What you need to know:
li|Exporters say higher prices in London and New York, rather than volumes alone, explain most of the gain, and warn that the boom may not last beyond the next harvest.
listen|Listen to this article
listen|00:00
save|Bookmark
share|Share
p|Uganda earned a record $2.4 billion (about Shs9 trillion) from coffee exports in the 12 months to December 2025, the highest figure ever recorded by the sector, according to the latest monthly report from the Ministry of Agriculture, Animal Industry and Fisheries.
p|The country shipped 8.3 million 60-kilogramme bags during the period, up from 7.1 million bags a year earlier, as farmers in the central and western regions harvested a strong robusta crop and arabica growers in the Elgon and Rwenzori areas recovered from a difficult 2024.
p|But it is prices, rather than volumes, that explain most of the jump. A kilogramme of Ugandan robusta averaged $4.90 on the export market during the year, compared with about $3.70 in 2024, driven by poor harvests in Vietnam and Brazil, the world's two largest producers.
read-also|Also Read: Why Uganda's coffee farmers are ditching middlemen
ad|Advertisement
h2|Farm-gate prices
p|At the farm gate, the gains have been significant. Traders in Masaka and Mityana told the Daily Sentinel that a kilogramme of dry cherry, known locally as kiboko, was going for between Shs7,500 and Shs8,000 last week, more than double the price three years ago.
p|"For the first time I have been able to pay school fees for all my children without selling a cow," said Mr Fred Ssenyonga, a farmer in Bukomansimbi District who owns four acres of coffee. "But the people who buy from us also know the prices, so we have to be careful not to be cheated."
p|Exporters, however, caution that the boom may not last. Mr Joseph Wamala, a director at a Kampala-based exporting firm, said prices had already begun to ease in January as Brazil's new crop came into view.
p|"Farmers should not think that these prices are permanent. When Brazil recovers fully, we shall see a correction. The advice is to invest in quality and in drying facilities, not to cut down other crops," he said.
h2|Challenges remain
p|Industry players listed several concerns that could limit the sector's growth:
li|theft of coffee from gardens, which has risen with the high prices;
li|the sale of immature or poorly dried beans, which lowers the grade;
li|the European Union's deforestation regulation, which requires exporters to prove where each consignment was grown;
li|high interest rates on loans for processing equipment.
p|The government has set a target of 20 million bags a year by 2030 under its coffee roadmap. Officials say about 1.8 million households now grow the crop across the country.
ad|Advertisement
ad|Advertisement
paywall|Subscribe for unlimited access to premium content
paywall|Subscribe now
tags|Coffee
tags|Agriculture
tags|Exports
tags|Economy
whatsapp|Follow the Daily Sentinel channel on WhatsApp
comments|Comments
comments|Comment Policy: Keep it civil. Comments that are offensive will be removed.
comments|Join the discussion
related|Related
related|Bank of Uganda holds central bank rate at 9.75 percent
related|3 hours ago
related|Shilling gains against dollar on coffee inflows
related|Yesterday
related|Mbale farmers turn to irrigation as rains fail
related|2 days ago
most-read|Trending
most-read|1
most-read|Museveni names new permanent secretaries in reshuffle
most-read|2
most-read|Kampala traffic: Northern Bypass section closed for repairs
most-read|3
most-read|UCE results: Top schools, districts named
newsletter|Stay informed. Subscribe to our newsletter
newsletter|Enter your email
newsletter|Subscribe
network|Nation Media Group
network|Daily Nation
network|The EastAfrican
network|The Citizen
network|Mwananchi
network|NTV Uganda
network|Radio FM Kampala
footer|About Us
footer|Contact Us
footer|Advertise with Us
footer|Terms of Use
footer|Privacy Policy
footer|FAQs
app|Download the Daily Sentinel app
app|Get it on Google Play
app|Download on the App Store
copyright|© 2026 Nation Media Group. All rights reserved.
"""),
 dict(id="daily-nation-ug-style-2", site="daily-nation-ug-style", lang="en", sep="\n", title="Court halts eviction of 300 families in Mukono land dispute", date="2026-03-17", page="""
skip-link|Skip navigation
timestamp|Tuesday, March 17, 2026
menu|Daily Sentinel
epaper|ePaper
subscribe|Subscribe
account|Sign in
search|Search
menu|Home
menu|News
menu|National
menu|Business
menu|Sports
menu|Opinion
menu|Magazines
menu|Prosper
menu|Full Woman
menu|Life
menu|Special Reports
menu|Podcasts
menu|Multimedia
menu|Jobs
ad|Advertisement
breadcrumb|News
breadcrumb|National
h1|Court halts eviction of 300 families in Mukono land dispute
caption|Residents of Kigombya village gather outside the Mukono High Court on March 16, 2026.
credit|PHOTO/ DAVID SSEKANDI
byline|By Ronald Kato
author-link|More by this Author
section-label|What you need to know:
li|Justice Annet Namugga issued an interim order stopping any eviction, demolition or fencing on the disputed 120 acres until the main case is heard.
li|The residents say they have lived on the land as lawful occupants since the 1970s.
share|Share
save|Bookmark
p|The High Court in Mukono has temporarily stopped the planned eviction of more than 300 families from land in Kigombya village, Mukono District, pending the hearing of a case in which the residents claim they are lawful and bona fide occupants.
p|Justice Annet Namugga on Monday issued an interim order restraining a private company, its agents and the area police from evicting the residents, demolishing their houses or fencing off the 120-acre piece of land until the main application is disposed of.
p|"The applicants have demonstrated that if the eviction is carried out before the case is heard, they stand to suffer irreparable damage that cannot be atoned for by an award of damages," the judge ruled.
ad|Advertisement
p|The residents, through their lawyers, told court that they had lived on the land since the 1970s and had paid busuulu, the annual ground rent, to the previous registered owner, whose heirs later sold the land without informing them.
p|The company, which says it bought the land in 2023 to build a warehouse park, argued that the residents had been offered compensation and that most of them had declined to negotiate.
read-also|Read: Land ministry suspends 40 titles in Wakiso over fraud claims
h2|'We were not consulted'
p|Ms Harriet Nabukeera, 58, a mother of six who has lived in the village for more than 30 years, said residents woke up in February to find surveyors and armed men marking plots on their gardens.
p|"They told us to leave within 30 days. We were not consulted. Where do they expect us to go with our children and our graves?" she said outside court, where dozens of residents had gathered since morning.
p|Mr Abdul Lubega, the lawyer representing the company, said his client would respect the court order but maintained that the purchase was lawful.
p|"My client followed all the procedures. We shall present our evidence when the main case comes up," he said.
h2|Evictions on the rise
p|Land evictions remain one of the most contentious issues in the central region, where many occupants hold no title and depend on old arrangements with landlords. Last year, the Ministry of Lands said it received more than 1,200 complaints related to illegal evictions in Buganda alone.
p|The Land (Amendment) Act, passed in 2025, makes it an offence to evict a lawful or bona fide occupant without a court order, and requires that the Resident District Commissioner be informed before any eviction is carried out.
p|The Mukono Resident District Commissioner, Ms Fatuma Ndisaba, said her office would ensure that the court order is respected. The case will be heard on April 28.
signature|Additional reporting by Joan Akello
ad|Advertisement
tags|Mukono
tags|Land evictions
tags|Courts
whatsapp|Follow the Daily Sentinel channel on WhatsApp
comments|Comments
comments|Comment Policy: Keep it civil. Comments that are offensive will be removed.
comments|Join the discussion
related|Related
related|Wakiso: Family of 12 left homeless after night demolition
related|4 hours ago
related|Mpigi residents petition Speaker over land grabbing
related|3 days ago
related|Lands minister orders audit of titles issued in 2024
related|March 10, 2026
most-read|Trending
most-read|1
most-read|UPDF deploys in Kasese after floods
most-read|2
most-read|Uganda Cranes squad named for World Cup qualifier
most-read|3
teaser-list|Court halts eviction of 300 families in Mukono land dispute
jobs|Jobs
jobs|Accountant - Mbarara
jobs|Field Officer - Gulu
jobs|See all jobs
newsletter|Stay informed. Subscribe to our newsletter
newsletter|Enter your email
newsletter|Subscribe
network|Nation Media Group
network|Daily Nation
network|The EastAfrican
network|The Citizen
network|Mwananchi
network|NTV Uganda
network|Radio FM Kampala
footer|About Us
footer|Contact Us
footer|Advertise with Us
footer|Terms of Use
footer|Privacy Policy
footer|FAQs
app|Download the Daily Sentinel app
app|Get it on Google Play
app|Download on the App Store
copyright|© 2026 Nation Media Group. All rights reserved.
"""),
 dict(id="mosaique-fm-style-1", site="mosaique-fm-style", lang="fr", sep="\n", title="Huile d'olive : la récolte 2025-2026 estimée à 340 mille tonnes, les prix à la production en recul", date="2026-01-08", page="""
lang-switch|عربي
lang-switch|Français
social|Facebook Instagram YouTube TikTok X
listen|EN DIRECT
listen|Carthago FM 94.9
listen|Midi Show
listen|▶ Écouter
menu|Accueil
menu|National
menu|Régional
menu|Politique
menu|Économie
menu|Sport
menu|Monde
menu|Société
menu|Culture
menu|Vidéos
menu|Podcasts
menu|Fréquences
search|Recherche
ticker|Horaires de prière - Tunis
ticker|Sobh 06:27 Dhohr 12:31 Asr 15:08 Maghreb 17:29 Icha 18:52
weather|Tunis 14°C Nuageux
breaking|Urgent : Coupure d'eau prévue jeudi dans plusieurs quartiers de l'Ariana
ad|Publicité
breadcrumb|Accueil > Économie
section-label|Économie
h1|Huile d'olive : la récolte 2025-2026 estimée à 340 mille tonnes, les prix à la production en recul
dateline|08/01/2026 à 13:47
views|Lu 2 314 fois
share|Partager
share|f
share|X
share|in
share|WhatsApp
caption|Photo d'illustration
p|La production nationale d'huile d'olive pour la campagne 2025-2026 est estimée à environ 340 mille tonnes, selon les dernières prévisions de l'Office national de l'huile, rendues publiques mercredi lors d'une réunion du comité de suivi de la saison à Tunis.
p|Ce volume représente une hausse de près de 15 % par rapport à la saison précédente et place la Tunisie parmi les trois premiers producteurs mondiaux, derrière l'Espagne. Les gouvernorats de Sfax, Sidi Bouzid, Kairouan et Médenine concentrent à eux seuls plus de la moitié de la récolte.
p|La cueillette a atteint à ce jour près de 70 % des superficies, a précisé le directeur de la production à l'Office, Mohamed Ali Ben Romdhane, intervenant mercredi sur les ondes de Carthago FM. Elle devrait s'achever à la fin du mois de février dans la plupart des régions, sauf dans le Nord-Ouest où les variétés tardives sont cueillies jusqu'en mars.
read-also|Lire aussi : Sfax : les huileries tournent à plein régime malgré la pénurie de main-d'œuvre
p|Cette récolte abondante s'accompagne toutefois d'un net recul des prix à la production. Le kilogramme d'olives se vend actuellement entre 1,2 et 1,6 dinar dans les marchés de Sfax et de Sidi Bouzid, contre 2,5 dinars et plus il y a un an, selon les agriculteurs.
p|« Avec ces prix, beaucoup de petits producteurs ne couvrent même pas le coût de la cueillette », a déploré Hatem Jaziri, agriculteur dans la délégation de Menzel Chaker, joint par téléphone. « Les ouvriers demandent 40 dinars par jour, le transport a augmenté, les engrais aussi. »
h2|Les exportations en hausse
p|Du côté des exportations, l'Office table sur environ 260 mille tonnes vendues à l'étranger durant la saison, principalement vers l'Union européenne, les États-Unis et le Canada. Les recettes devraient cependant baisser en valeur, en raison du repli des cours sur les marchés internationaux après deux saisons exceptionnelles.
p|L'huile conditionnée ne représente encore qu'environ 15 % des quantités exportées, le reste étant vendu en vrac, principalement vers l'Espagne et l'Italie. Le ministère de l'Agriculture a rappelé son objectif de porter cette part à 30 % d'ici 2030.
p|Le comité de suivi a par ailleurs décidé de renforcer le stockage, avec une capacité supplémentaire de 50 mille tonnes mise à la disposition des huileries par l'Office, afin d'éviter une chute plus brutale des prix en fin de saison.
p|Enfin, l'huile d'olive subventionnée destinée au marché local sera vendue à 15 dinars le litre à partir de la fin janvier dans les points de vente agréés, a-t-on annoncé.
signature|S.B.
tags|Mots clés :
tags|huile d'olive
tags|agriculture
tags|Sfax
tags|exportations
comments|Commentaires
embed-blocked|Ce contenu est bloqué. Acceptez les cookies pour afficher les commentaires Facebook.
related|Sur le même sujet
related|Olives : les agriculteurs de Kairouan réclament un prix de référence
related|L'Office national de l'huile ouvre 12 nouveaux points de collecte
related|Exportations agricoles : hausse de 9 % en 2025
teaser-list|Dernières news
teaser-list|14:05
teaser-list|Ligue 1 : le Club Africain se sépare de son entraîneur
teaser-list|13:58
teaser-list|Météo : baisse des températures et pluies attendues jeudi sur le Nord
teaser-list|13:40
teaser-list|Nabeul : arrestation de deux individus pour vol de câbles électriques
teaser-list|13:22
teaser-list|BCT : les réserves en devises couvrent 104 jours d'importation
read-more|Plus d'actualités
podcast|Podcasts
podcast|Midi Show du 07/01/2026
podcast|Expresso du 07/01/2026
app|Téléchargez l'application Carthago FM
footer|Carthago FM
footer|Qui sommes-nous
footer|Contactez-nous
footer|Publicité
footer|Fréquences
footer|Conditions d'utilisation
copyright|Tous droits réservés © Carthago FM 2026
"""),
 dict(id="mosaique-fm-style-2", site="mosaique-fm-style", lang="fr", sep="\n", title="Bac 2026 : le ministère de l'Éducation dévoile le calendrier des épreuves", date="2026-02-25", page="""
lang-switch|عربي
lang-switch|Français
social|Facebook Instagram YouTube TikTok X
listen|EN DIRECT
listen|Carthago FM 94.9
listen|Expresso
listen|▶ Écouter
menu|Accueil
menu|National
menu|Régional
menu|Politique
menu|Économie
menu|Sport
menu|Monde
menu|Société
menu|Culture
menu|Vidéos
menu|Podcasts
menu|Fréquences
search|Recherche
ticker|Horaires de prière - Tunis
ticker|Sobh 05:37 Dhohr 12:28 Asr 15:42 Maghreb 18:14 Icha 19:33
ticker|Imsak 05:27 - Ramadan J8
weather|Tunis 17°C Ensoleillé
ad|Publicité
breadcrumb|Accueil > National
section-label|National
h1|Bac 2026 : le ministère de l'Éducation dévoile le calendrier des épreuves
dateline|25/02/2026 à 10:15
dateline|Mis à jour à 11:02
views|Lu 8 907 fois
share|Partager
share|f
share|X
share|in
share|WhatsApp
video|Vidéo
video|00:00 / 02:48
video|Le directeur général des examens invité de l'Expresso
p|Le ministère de l'Éducation a annoncé, mercredi, le calendrier officiel des examens nationaux de l'année scolaire 2025-2026, dont celui du baccalauréat, qui s'ouvrira le mercredi 3 juin 2026 avec la session principale.
p|Près de 152 mille candidats sont attendus cette année pour passer l'examen, dont environ 139 mille élèves scolarisés et 13 mille candidats libres, selon les chiffres communiqués par la direction générale des examens.
p|Le calendrier se présente comme suit :
li|Épreuves de sport : du 14 au 23 avril 2026 ;
li|Épreuves pratiques d'informatique et de sciences : du 11 au 16 mai 2026 ;
li|Session principale : du 3 au 10 juin 2026 ;
li|Proclamation des résultats de la session principale : le 20 juin 2026 ;
li|Session de contrôle : du 29 juin au 3 juillet 2026 ;
li|Résultats de la session de contrôle : le 10 juillet 2026.
ad|Publicité
p|Les examens du diplôme de fin d'études de l'enseignement de base, le « concours de la neuvième », se dérouleront quant à eux du 15 au 17 juin, tandis que le concours d'entrée aux collèges pilotes, la « sixième », est programmé du 22 au 24 juin.
read-also|Lire aussi : Grève des enseignants : la Fédération de l'enseignement secondaire maintient le boycott des notes
h2|Des mesures contre la fraude
p|Intervenant dans l'émission Expresso, le directeur général des examens, Kamel Hajji, a indiqué que le ministère allait renforcer le dispositif de lutte contre la fraude, notamment par l'installation de brouilleurs dans un plus grand nombre de centres et l'interdiction stricte de tout appareil électronique.
p|« Tout candidat surpris en possession d'un téléphone ou d'une montre connectée dans la salle sera exclu et privé de passer l'examen pendant cinq ans, conformément à la loi », a-t-il averti, rappelant que plus de 300 cas de fraude avaient été enregistrés lors de la session 2025.
p|Il a également précisé que les inscriptions des candidats libres resteront ouvertes jusqu'au 15 mars sur le site officiel du ministère, et que les convocations seront disponibles en ligne à partir du 20 mai.
p|Le ministère a enfin rappelé que les épreuves de la session principale débuteront à 8 heures et que les candidats sont invités à se présenter au centre d'examen au moins trente minutes à l'avance.
signature|Avec TAP
signature|H.A.
tags|Mots clés :
tags|baccalauréat
tags|examens nationaux
tags|ministère de l'Éducation
comments|Commentaires
embed-blocked|Ce contenu est bloqué. Acceptez les cookies pour afficher les commentaires Facebook.
related|Sur le même sujet
related|Bac sport 2026 : les dates des épreuves dans chaque gouvernorat
related|Résultats du bac 2025 : le taux de réussite à 51,2 % en session principale
related|Éducation : 6 mille nouveaux enseignants recrutés en septembre
teaser-list|Dernières news
teaser-list|11:48
teaser-list|Ramadan : les prix des fruits en hausse sur le marché central
teaser-list|11:30
teaser-list|Kasserine : un berger blessé par l'explosion d'une mine au mont Chaambi
teaser-list|11:12
teaser-list|Bac 2026 : le ministère de l'Éducation dévoile le calendrier des épreuves
teaser-list|10:55
teaser-list|Tennis : la jeune Yasmine Ferchichi qualifiée pour les quarts de finale à Monastir
read-more|Plus d'actualités
podcast|Podcasts
podcast|Midi Show du 24/02/2026
podcast|Expresso du 24/02/2026
app|Téléchargez l'application Carthago FM
footer|Carthago FM
footer|Qui sommes-nous
footer|Contactez-nous
footer|Publicité
footer|Fréquences
footer|Conditions d'utilisation
copyright|Tous droits réservés © Carthago FM 2026
"""),
 dict(id="pbs-newshour-style-1", site="pbs-newshour-style", lang="en", sep="\n", title="Senate approves $18 billion in wildfire aid after months of delay", date="2026-04-09", page="""
skip-link|Skip to main content
donate|Donate
menu|Public Evening Report
menu|Menu
search|Search
watch|Watch Live
menu|Politics
menu|Arts
menu|Nation
menu|World
menu|Economy
menu|Science
menu|Health
menu|Education
menu|Podcasts
menu|Full Episodes
menu|Newsletters
ad|Support Provided By: Learn more
section-label|Politics
dateline|Apr 9, 2026 5:12 PM EDT
h1|Senate approves $18 billion in wildfire aid after months of delay
byline|By — Darlene Moss, Associated Press
repeat|Darlene Moss, Associated Press
feedback|Leave your feedback
share|Share
share|Copy URL https://www.per.org/newshour/politics/senate-approves-18-billion-in-wildfire-aid-after-months-of-delay
share|Email
share|Facebook
share|Twitter
share|LinkedIn
share|Pinterest
share|Tumblr
caption|Left: Firefighters work to contain a blaze near Pacific Palisades, California, on Jan. 8, 2025.
credit|Photo by Mario Tama/Getty Images
dateline|WASHINGTON (AP) —
p|The Senate on Thursday approved $18 billion in disaster aid for communities hit by wildfires in California and across the West, ending months of partisan wrangling over how much to spend and whether the money should come with conditions.
p|The bill passed 71-27, with a majority of Republicans joining Democrats in support. It now goes to the House, where Republican leaders have said they hope to take it up before the Easter recess.
p|The package includes money for debris removal, rebuilding of public infrastructure, small business loans and the U.S. Forest Service, which has warned that it could run short of firefighting funds by midsummer. About $11 billion is set aside for Los Angeles County, where thousands of homes were destroyed in fires in January 2025.
ad|Support Provided By: Learn more
p|"Families in these communities have waited long enough," said Sen. Rebecca Alvarado, a California Democrat who helped negotiate the deal. "This is not a red state or blue state issue. Fire doesn't check your voter registration."
p|Some conservatives had pushed to tie the aid to changes in California's water and forest management policies, arguing that state rules had made the fires worse. The final bill drops most of those conditions but requires the Forest Service to report to Congress on how much land it has cleared of dry brush each year.
p|Sen. Dale Whitaker, a Montana Republican, voted for the measure but criticized its cost. "We should be paying for disaster aid, not putting it on the credit card," he said on the Senate floor.
read-also|READ MORE: Why insurers are pulling out of fire-prone neighborhoods in the West
p|Local officials in Los Angeles said the money would allow them to speed up permits and hire inspectors. More than a year after the fires, fewer than 1,000 homes have been fully rebuilt in the hardest-hit neighborhoods, according to county figures.
p|The House version of the bill, passed in February, included only $12 billion and no money for the Forest Service. Negotiators from both chambers are expected to meet next week to settle the differences, aides said, though several House conservatives have already said they will vote against any package that is not offset by spending cuts elsewhere.
p|The White House has signaled that the president would sign the bill if it reaches his desk in its current form.
signature|Associated Press writer Tom Reyes in Sacramento, California, contributed to this report.
donate|A free press is a cornerstone of a healthy democracy.
donate|Support trusted journalism and civil dialogue.
donate|Donate now
newsletter|Subscribe to Here's the Deal, our politics newsletter for analysis you won't find anywhere else.
newsletter|Email Address
newsletter|Subscribe
newsletter|Thank you. Please check your inbox to confirm.
byline-card|By — Darlene Moss, Associated Press
ad|Support Provided By: Learn more
related|Related
related|WATCH: Senate debates wildfire aid package
related|Los Angeles fire survivors still waiting on federal help a year later
related|Forest Service warns of firefighter shortage ahead of summer
teaser-list|Latest News
teaser-list|Supreme Court hears arguments in case over state abortion pill limits
teaser-list|April 9
teaser-list|How tariffs are changing what's on grocery store shelves
teaser-list|April 9
teaser-list|Brooks and Capehart on the wildfire aid fight and the week in politics
teaser-list|April 8
newsletter|Educate your inbox
newsletter|Subscribe to Here's the Deal, our politics newsletter.
funding-note|Major Funding for Public Evening Report is provided by
funding-note|Additional Support Provided By
footer|Sections
footer|Politics
footer|Arts
footer|Nation
footer|World
footer|Economy
footer|Science
footer|Education
footer|About
footer|About Us
footer|TV Schedule
footer|Press Releases
footer|Feedback
footer|Privacy Policy
footer|Terms of Use
social|Stay Connected
social|Facebook Twitter YouTube Instagram TikTok
copyright|© 1996 - 2026 Evening Report Productions LLC. All Rights Reserved.
"""),
 dict(id="pbs-newshour-style-2", site="pbs-newshour-style", lang="en", sep="\n", title="As maternity wards close, rural mothers drive hours to give birth", date="2026-03-05", page="""
skip-link|Skip to main content
donate|Donate
menu|Public Evening Report
menu|Menu
search|Search
watch|Watch Live
menu|Politics
menu|Arts
menu|Nation
menu|World
menu|Economy
menu|Science
menu|Health
menu|Education
menu|Podcasts
menu|Full Episodes
menu|Newsletters
ad|Support Provided By: Learn more
section-label|Health
dateline|Mar 5, 2026 6:35 PM EST
h1|As maternity wards close, rural mothers drive hours to give birth
lead|More than 100 rural hospitals have stopped delivering babies in the last three years, leaving expectant mothers in parts of the Midwest and South with long drives to the nearest labor and delivery unit. Special correspondent Hannah Ortiz reports from Iowa on what that means for families and doctors.
byline|By — Hannah Ortiz
byline|By — Leah Sandoval
repeat|Hannah Ortiz
repeat|Leah Sandoval
feedback|Leave your feedback
share|Share
share|Copy URL https://www.per.org/newshour/show/as-maternity-wards-close-rural-mothers-drive-hours-to-give-birth
share|Email
share|Facebook
share|Twitter
share|LinkedIn
share|Pinterest
share|Tumblr
video|Watch the full episode
video|8:14
listen|Audio
listen|Transcript
disclaimer|Notice: Transcripts are machine and human generated and lightly edited for accuracy. They may contain errors.
p|Jonathan Reyes: In much of rural America, the nearest place to have a baby is getting farther away. Over the past three years, more than 100 rural hospitals have closed their labor and delivery units, citing staffing shortages and financial losses.
p|Special correspondent Hannah Ortiz traveled to southern Iowa to see how families are coping.
p|Hannah Ortiz: At 36 weeks pregnant, Kayla Brenner already knows the route by heart. Seventy-two miles, just over an hour and a half when the roads are clear. Longer when they're not.
p|Kayla Brenner, Expectant Mother: My husband and I did a practice drive. We timed it. And then we talked about what happens if it snows, or if the baby comes fast. You try not to think about it too much.
p|Hannah Ortiz: Until last spring, Brenner could have delivered at the hospital in her own county, 10 minutes from her farm. But the hospital closed its birthing center in April, after years of falling births and trouble recruiting nurses.
p|Dr. Paul Lindquist, Family Physician: We were delivering about 120 babies a year. To keep a unit safe, you need an obstetric nurse, an anesthesia provider and a surgeon available around the clock. The math just stopped working.
p|Hannah Ortiz: Hospital leaders say low reimbursement rates are a big part of the problem. In Iowa, as in much of the country, Medicaid covers roughly four in 10 births, and it typically pays less than private insurance.
p|Dr. Paul Lindquist: Every delivery we did, we lost money. The board did everything it could. Nobody wanted to make this decision.
p|Hannah Ortiz: Researchers say the closures carry real risks. Studies have found that when rural hospitals stop delivering babies, more women give birth in emergency rooms or on the way to the hospital, where complications are harder to manage.
p|Some states are trying to respond. Iowa lawmakers last year approved higher Medicaid payments for rural deliveries, and a federal grant program now funds training for family doctors in obstetrics. But advocates say those efforts have not kept pace with the closures.
p|Back at the farm, Kayla Brenner has a bag packed by the door and a plan to stay with her sister near the hospital in the final week.
p|Kayla Brenner: People say, well, women had babies at home for thousands of years. Sure. And a lot of them didn't make it. I want to do this the safe way.
p|Jonathan Reyes: Hannah Ortiz reporting from southern Iowa. Our coverage of rural health is supported in part by a grant from a health foundation.
funding-note|This report is part of our ongoing series on rural health care, supported in part by the Harlan Family Foundation.
donate|We're not going anywhere.
donate|Stand up for truly independent, trusted news that you can count on!
donate|Donate now
newsletter|Educate your inbox
newsletter|Subscribe to Here's the Deal, our politics newsletter for analysis you won't find anywhere else.
newsletter|Email Address
newsletter|Subscribe
byline-card|By — Hannah Ortiz
author-bio|Hannah Ortiz is a special correspondent for Public Evening Report, based in Des Moines.
byline-card|By — Leah Sandoval
author-bio|Leah Sandoval is a producer for Public Evening Report's health unit.
ad|Support Provided By: Learn more
related|Related
related|Why rural hospitals are cutting services to stay open
related|Midwives step in where obstetricians are scarce
teaser-list|Latest News
teaser-list|What the new measles outbreak means for schools
teaser-list|March 5
teaser-list|News Wrap: Storm system brings tornado threat to the South
teaser-list|March 5
teaser-list|A poet's lifelong search for her mother's village
teaser-list|March 4
funding-note|Major Funding for Public Evening Report is provided by
funding-note|Additional Support Provided By
footer|Sections
footer|Politics
footer|Arts
footer|Nation
footer|World
footer|Economy
footer|Science
footer|Education
footer|About
footer|About Us
footer|TV Schedule
footer|Press Releases
footer|Feedback
footer|Privacy Policy
footer|Terms of Use
social|Stay Connected
social|Facebook Twitter YouTube Instagram TikTok
copyright|© 1996 - 2026 Evening Report Productions LLC. All Rights Reserved.
"""),
]
