# Round 89: eight pages on four more layouts (a French left-wing daily, a British digital daily with heavy ads, a
# Burkinabe news portal, a British weekly magazine behind a paywall), written blind: without looking at the
# classifier, its rules or the benchmark, measured once. Each line: "label|text". Invented text; no real article is
# copied.
ROUND89 = [
 dict(id="l-humanite-style-1", site="l-humanite-style", lang="fr", sep="\n", title="Assurance-chômage : les syndicats dénoncent une « réforme de trop » après le décret du gouvernement", date="2026-02-11", page="""
skip-link|Aller au contenu principal
skip-link|Aller à la navigation
date-top|Mercredi 11 février 2026
menu|L'Aurore Sociale
menu|Le journal de la gauche depuis 1921
login|Se connecter
subscribe|S'abonner
donate|Faire un don
epaper|Le journal du jour
search|Rechercher
menu|Politique
menu|Social-Éco
menu|International
menu|Société
menu|Environnement
menu|Culture et savoirs
menu|Sports
menu|Débats
menu|Magazine
menu|Fête de l'Aurore
breadcrumb|Accueil › Social-Éco › Emploi
section-label|Assurance-chômage
h1|Assurance-chômage : les syndicats dénoncent une « réforme de trop » après le décret du gouvernement
lead|Publié mardi soir au Journal officiel, le texte réduit encore la durée d'indemnisation des demandeurs d'emploi de plus de 55 ans. L'intersyndicale appelle à une journée de mobilisation le 5 mars.
byline|Clotilde Marchais
dateline|Publié le 11 février 2026
dateline|Mis à jour le 11 février 2026 à 10:37
paywall|Article réservé aux abonnés
save|Ajouter à mes favoris
share|Partager
share|Facebook
share|X
share|Bluesky
share|LinkedIn
share|Envoyer par mail
caption|Devant une agence France Travail de Saint-Denis (Seine-Saint-Denis), le 3 février 2026.
credit|© Julien Ravanel / Hans Lucas
p|Ils l'avaient vu venir, mais la pilule passe mal. Le décret publié mardi soir au Journal officiel entérine la réduction de la durée maximale d'indemnisation des chômeurs seniors, qui passe de 27 à 22 mois pour les 55-56 ans et de 27 à 24 mois pour les plus de 57 ans. Le texte entrera en vigueur le 1er avril.
p|« C'est la quatrième réforme en six ans, et toujours dans le même sens : faire payer les privés d'emploi », s'emporte Denis Gravouil, négociateur d'une confédération, joint mercredi matin. Pour les organisations syndicales, le gouvernement s'appuie sur des chiffres « qui ne tiennent pas » pour justifier des économies estimées à 1,1 milliard d'euros par an.
read-also|Lire aussi : Chômage des seniors : ce que cachent les statistiques de France Travail
h2|Un passage en force contesté
p|Les partenaires sociaux avaient pourtant rendu, à l'automne, une copie qui conservait l'essentiel des règles actuelles. Le ministère du Travail a jugé l'accord « insuffisant » au regard de la trajectoire budgétaire et a repris la main par décret, comme la loi l'y autorise.
p|Au Conseil économique, social et environnemental, plusieurs membres ont dénoncé une méthode « qui vide le paritarisme de son sens ». Même du côté patronal, certaines voix regrettent un calendrier précipité, les entreprises ayant besoin de stabilité pour gérer leurs fins de carrière.
p|« On demande aux gens de travailler plus longtemps, puis on les prive de droits quand personne ne veut les embaucher. »
p|Selon les données de l'Unédic, les plus de 55 ans représentent près d'un allocataire sur cinq. Leur taux de retour à l'emploi reste nettement inférieur à celui des autres classes d'âge, et un tiers d'entre eux arrivent en fin de droits sans avoir retrouvé de poste.
donate|Soutenez un journal indépendant. L'Aurore Sociale ne dépend d'aucun milliardaire : chaque don compte. Je donne
h2|Vers une journée d'action le 5 mars
p|Réunie mercredi matin, l'intersyndicale a décidé d'appeler à une journée de grève et de manifestations le 5 mars, avec des rassemblements devant les directions régionales de France Travail. Un recours devant le Conseil d'État est également envisagé.
p|À gauche, plusieurs députés ont annoncé le dépôt d'une proposition de loi visant à rétablir les anciennes durées d'indemnisation. « Nous porterons ce combat dans l'Hémicycle et dans la rue », a assuré une élue communiste du Val-de-Marne.
p|Du côté du ministère, on assure que la mesure s'accompagnera d'un « renforcement de l'accompagnement » des seniors, sans préciser les moyens alloués.
tags|Assurance-chômage
tags|Syndicats
tags|France Travail
tags|Seniors
author-link|Clotilde Marchais
author-link|Voir tous ses articles
paywall|Cet article est en accès libre. Pour soutenir notre journalisme, abonnez-vous dès 1 € le premier mois.
subscribe|Je m'abonne
newsletter|La newsletter du matin : l'actualité sociale décryptée chaque jour à 7 heures
newsletter|Votre e-mail
newsletter|S'inscrire
related|À lire aussi dans la rubrique Social-Éco
related|Retraites : le conclave rend ses conclusions sans accord
related|Il y a 3 heures
related|Chez Vencorex, les salariés attendent toujours un repreneur
related|Hier
related|SMIC : le rapport des experts préconise encore le statu quo
related|9 février
event|Fête de l'Aurore 2026 : la billetterie est ouverte. Vignette à 45 € jusqu'au 31 mars
footer|Qui sommes-nous ?
footer|Nous contacter
footer|Abonnements
footer|Boutique
footer|Archives
footer|Mentions légales
footer|Conditions générales
cookie|Paramètres des cookies
copyright|© L'Aurore Sociale 2026
"""),
 dict(id="l-humanite-style-2", site="l-humanite-style", lang="fr", sep="\n", title="À Marseille, les locataires de la cité des Oliviers obtiennent la rénovation de leurs logements après deux ans de lutte", date="2026-01-22", page="""
skip-link|Aller au contenu principal
skip-link|Aller à la navigation
date-top|Jeudi 22 janvier 2026
menu|L'Aurore Sociale
menu|Le journal de la gauche depuis 1921
login|Se connecter
subscribe|S'abonner
donate|Faire un don
epaper|Le journal du jour
search|Rechercher
menu|Politique
menu|Social-Éco
menu|International
menu|Société
menu|Environnement
menu|Culture et savoirs
menu|Sports
menu|Débats
menu|Magazine
menu|Fête de l'Aurore
breadcrumb|Accueil › Société › Logement
section-label|Reportage
h1|À Marseille, les locataires de la cité des Oliviers obtiennent la rénovation de leurs logements après deux ans de lutte
lead|Moisissures, ascenseurs en panne, charges délirantes : les habitants de cette résidence des quartiers Nord ont arraché un plan de travaux de 14 millions d'euros à leur bailleur. Récit d'une victoire collective.
byline|Rouja Benhamed
byline|Correspondante à Marseille
dateline|Publié le 22 janvier 2026
paywall|Article réservé aux abonnés
save|Ajouter à mes favoris
share|Partager
share|Facebook
share|X
share|Bluesky
share|LinkedIn
share|Envoyer par mail
caption|Assemblée des locataires au pied du bâtiment C, le 17 janvier.
credit|© Rouja Benhamed
p|Au pied du bâtiment C, on a sorti les thermos de café et une banderole un peu délavée : « Des logements dignes, pas des promesses ». Samedi matin, une soixantaine d'habitants de la cité des Oliviers, dans le 13e arrondissement de Marseille, se sont retrouvés pour fêter ce qu'ils n'osaient plus espérer.
p|Après deux ans de mobilisation, le bailleur social a signé un protocole prévoyant 14 millions d'euros de travaux : isolation des façades, remplacement des menuiseries, réfection complète des six ascenseurs et traitement de l'humidité dans les 312 logements.
p|« Ma fille de 6 ans a fait trois bronchites l'an dernier. Le médecin m'a dit que c'était les moisissures », raconte Samia, 34 ans, aide-soignante, locataire au quatrième étage. « Aujourd'hui, pour la première fois, j'ai l'impression qu'on nous a écoutés. »
h2|Grève des loyers et pétition
p|Tout a commencé à l'hiver 2023, quand une panne d'ascenseur de sept semaines a bloqué des personnes âgées chez elles. Une amicale de locataires s'est créée, soutenue par une association nationale de défense des mal-logés.
p|Les habitants ont multiplié les actions :
li|une pétition signée par plus de 700 résidents et voisins ;
li|un recensement, appartement par appartement, des désordres constatés ;
li|une consignation partielle des loyers auprès d'un huissier à partir de mars 2025 ;
li|deux rassemblements devant le siège du bailleur, dans le centre-ville.
read-also|Lire aussi : Logement social : 2,8 millions de ménages en attente, un record
p|« Le recensement a tout changé. Quand on est arrivés avec 240 fiches et des photos, ils ne pouvaient plus dire que c'était des cas isolés », explique Karim Ouali, président de l'amicale.
h2|Une vigilance maintenue
p|Les travaux doivent débuter en septembre et durer dix-huit mois. Le protocole prévoit un comité de suivi mensuel où siégeront trois représentants des locataires. Le bailleur s'engage aussi à ne pas répercuter le coût des travaux sur les loyers.
p|Sollicitée, la direction de l'organisme évoque « un dialogue constructif » et rappelle que la résidence figurait « déjà dans son plan stratégique de patrimoine ». Une version que les habitants contestent en souriant.
p|Au moment de ranger la banderole, Karim prévient : « On la garde. Tant que les échafaudages ne sont pas montés, rien n'est gagné. »
tags|Logement
tags|Marseille
tags|Quartiers populaires
author-link|Rouja Benhamed
author-link|Voir tous ses articles
newsletter|La newsletter du matin : l'actualité sociale décryptée chaque jour à 7 heures
newsletter|Votre e-mail
newsletter|S'inscrire
comments|Commentaires (12)
comments|Réservé aux abonnés. Connectez-vous pour réagir.
related|À lire aussi dans la rubrique Société
related|Expulsions locatives : la trêve hivernale ne protège plus tout le monde
related|Il y a 5 heures
related|À Grenoble, un collectif ouvre un lieu d'accueil pour mineurs isolés
related|20 janvier
most-read|Les plus lus
most-read|Fabien Roussel : « La gauche doit reparler au monde du travail »
most-read|Gaza : l'appel de 400 médecins français
teaser-list|À Marseille, les locataires de la cité des Oliviers obtiennent la rénovation de leurs logements après deux ans de lutte
footer|Qui sommes-nous ?
footer|Nous contacter
footer|Abonnements
footer|Boutique
footer|Archives
footer|Mentions légales
footer|Conditions générales
cookie|Paramètres des cookies
copyright|© L'Aurore Sociale 2026
"""),
 dict(id="the-independent-uk-style-1", site="the-independent-uk-style", lang="en", sep="\n", title="Thousands of rail passengers face months of disruption as Network Rail closes key Midlands junction", date="2026-02-24", page="""
skip-link|Skip to main content
skip-link|Skip to footer
menu|The Meridian
menu|News
menu|Sport
menu|Voices
menu|Culture
menu|Lifestyle
menu|Travel
menu|Premium
menu|MeridianBest
menu|Climate
menu|Money
menu|Video
subscribe|Subscribe
login|Log in
menu|Sign up to our newsletters
search|Search
ad|Advertisement
section-label|UK
section-label|News
h1|Thousands of rail passengers face months of disruption as Network Rail closes key Midlands junction
lead|Engineers will rebuild the 1960s junction near Stafford, forcing diversions and bus replacements on West Coast Main Line services until July
byline|Harriet Lowe
byline|Transport Correspondent
dateline|Tuesday 24 February 2026 15:12 GMT
share|Bookmark
comments|Comments
share|Share
newsletter|Get our free Meridian Travel email for the latest news and deals
newsletter|Get our free Meridian Travel email for the latest news and deals
newsletter|Email
newsletter|SIGN UP
newsletter|I would like to be emailed about offers, events and updates from The Meridian. Read our privacy notice
caption|Passengers wait for delayed services at Birmingham New Street
credit|(PA Wire)
video|Watch more
video|Commuters' fury as Southern strike causes chaos 0:48
p|Tens of thousands of rail passengers face months of disruption after Network Rail confirmed it will close a key junction on the West Coast Main Line for a £210m rebuild.
p|The Norton Bridge junction near Stafford, which carries trains between London, the North West and Scotland, will be partially shut from 14 March until 20 July, the rail infrastructure body said.
ad|Advertisement
ad|Advertisement
p|During the works, Avanti West Coast will cut its London to Manchester service from three trains an hour to two, while some London Northwestern Railway stopping services will be replaced by buses at weekends.
p|Four full closures of the line, over Easter and the May bank holidays, will see long-distance trains diverted via Birmingham, adding up to 50 minutes to journey times.
read-more|Read more: Rail fares to rise by 4.6 per cent in March, government confirms
p|Network Rail said the junction, built in the 1960s, was one of the most "unreliable pieces of infrastructure" on the route, responsible for more than 1,200 hours of delay last year alone.
ad|Advertisement
p|"We know this will be frustrating for passengers, and we're sorry," said Liam Docherty, the body's route director for the North West and Central region. "But once complete, this work will give passengers far more reliable journeys for decades to come."
h2|'A very long spring'
p|Passenger groups warned the timetable changes would hit commuters in Staffordshire and Cheshire hardest.
p|"For people who rely on a direct train to get to work, this is going to be a very long spring," said a spokesperson for the campaign group Railfuture. "We need clear information, well in advance, and properly staffed replacement buses."
ad|Advertisement
ad|Advertisement
p|Unions also raised concerns over staffing at stations expected to handle diverted crowds. The RMT said it would seek "urgent assurances" that extra staff would be rostered.
p|The Department for Transport said the rebuild was part of a wider £1.4bn programme to improve the reliability of the West Coast Main Line ahead of the opening of HS2's first phase.
p|Passengers are advised to check National Rail Enquiries before travelling.
donate|Support independent journalism
donate|Our mission is to deliver unbiased, fact-based reporting that holds power to account and exposes the truth. Whether $5 or $50, every contribution counts.
donate|Support us to deliver journalism without an agenda.
donate|Support Now
tags|More about
tags|Network Rail
tags|West Coast Main Line
tags|Avanti West Coast
tags|Stafford
comments|Join our commenting forum
comments|Join thought-provoking conversations, follow other Meridian readers and see their replies
comments|Comments
comments|214
ad|Sponsored Stories
sponsored|Doctors Stunned: This Simple Trick Relieves Knee Pain (Try Tonight) HealthyJoints
sponsored|New Rules For Drivers Over 70 Come Into Force Next Month Motor Insight
sponsored|The Most Beautiful Villages In Cornwall, Ranked Travel Sparks
most-read|Most popular
most-read|1
most-read|Strictly star quits show days before live final
most-read|2
most-read|Full list of UK areas facing hosepipe bans this summer
most-read|3
teaser-list|Thousands of rail passengers face months of disruption as Network Rail closes key Midlands junction
video|Popular videos
video|Moment storm waves smash into seafront cafe 1:02
video|Prime minister heckled on walkabout in Kent 0:39
ad|Advertisement
footer|The Meridian
footer|About us
footer|Contact us
footer|Jobs
footer|Advertising guide
footer|Code of conduct and complaints
footer|Install our app
footer|Archive
footer|Voucher codes
cookie|Cookie policy
cookie|Do Not Sell or Share my Personal Information
copyright|© 2026 Meridian Digital News & Media Ltd
"""),
 dict(id="the-independent-uk-style-2", site="the-independent-uk-style", lang="en", sep="\n", title="Council tax to rise by maximum 4.99% in almost every English county, analysis shows", date="2026-03-09", page="""
skip-link|Skip to main content
skip-link|Skip to footer
menu|The Meridian
menu|News
menu|Sport
menu|Voices
menu|Culture
menu|Lifestyle
menu|Travel
menu|Premium
menu|MeridianBest
menu|Climate
menu|Money
menu|Video
subscribe|Subscribe
login|Log in
menu|Sign up to our newsletters
search|Search
breaking|BREAKING Bank of England holds interest rates at 3.5%
ad|Advertisement
section-label|UK Politics
h1|Council tax to rise by maximum 4.99% in almost every English county, analysis shows
lead|Households in band D properties will pay an average of £2,310 from April, with some councils given permission to go even higher
byline|Sam Whitcombe
byline|Political Reporter
dateline|Monday 09 March 2026 07:00 GMT
comments|Comments
share|Bookmark
share|Share
newsletter|Get the free Morning Headlines email for news from our reporters across the world
newsletter|Sign up to our free Morning Headlines email
newsletter|Email
newsletter|SIGN UP
newsletter|I would like to be emailed about offers, events and updates from The Meridian. Read our privacy notice
newsletter|Thanks for signing up to the Morning Headlines email
caption|Councils say they have no choice but to raise bills to protect social care services
credit|(Getty/iStock)
video|Watch: Chancellor defends local government funding settlement
video|Pause
video|Unmute
video|Duration 1:14
p|Almost every county council in England will raise council tax by the maximum amount allowed without a local referendum this April, new analysis has found.
p|Of the 21 county councils that have set their budgets, 20 have approved a 4.99 per cent increase, the highest permitted for authorities with social care responsibilities, according to figures compiled by the County Councils Network.
ad|Advertisement
ad|Advertisement
p|It means the average band D household will pay around £2,310 in 2026-27, about £110 more than last year.
p|District councils, which do not run social care, are limited to rises of 2.99 per cent or £5 a year on a band D property, whichever is higher. Most have opted for the maximum, the analysis found, with many also raising charges for garden waste collection and parking.
p|The Institute for Fiscal Studies has warned that the system, still based on property values from 1991, is becoming harder to defend as bills rise faster than wages in poorer parts of the country.
p|Six councils facing severe financial pressure have been allowed to go further. Among them, two have been granted permission by the government to raise bills by up to 8.99 per cent.
read-more|Read more: Which councils are closest to bankruptcy? The full list
h2|'No choice'
p|Council leaders said soaring demand for adult social care and children's services had left them with "no choice".
p|"We are spending more than two thirds of our budget on looking after vulnerable people," said Cllr Joanna Pryce, the network's finance spokesperson. "Without a fundamental reform of how councils are funded, residents will keep paying more for less."
ad|Advertisement
p|The main pressures cited by councils include:
li|the rising cost of placements for children in care, up 14 per cent in two years
li|increases in employer national insurance contributions paid by care providers
li|a growing number of pupils with special educational needs requiring transport
p|Opposition parties accused the government of "passing the buck" to local authorities. A Liberal Democrat spokesperson said families were "being squeezed from every direction".
ad|Advertisement
ad|Advertisement
p|A government spokesperson said councils would receive a £69bn funding settlement this year, "a real-terms increase in spending power", and that ministers were working on multi-year settlements to give authorities more certainty.
donate|Support independent journalism
donate|Our mission is to deliver unbiased, fact-based reporting that holds power to account and exposes the truth. Whether $5 or $50, every contribution counts.
donate|Support us to deliver journalism without an agenda.
donate|Support Now
tags|More about
tags|Council tax
tags|Local government
tags|Social care
comments|Join our commenting forum
comments|Join thought-provoking conversations, follow other Meridian readers and see their replies
comments|Comments
comments|1,038
ad|Sponsored Stories
sponsored|Homeowners Born Before 1966 Are Entitled To This Equity Release Tax-Free Cash UK Retirement Hub
sponsored|Britain's Best Hearing Aid Is Now Half Price For Over-60s HearWell
related|Editors' picks
related|How much will your energy bill go up in April?
related|Exclusive: Ministers drew up plans for emergency council bailouts
related|Voices: Council tax is the most unfair tax in Britain
most-read|Most popular
most-read|1
most-read|Woman, 91, becomes oldest to complete London marathon route
most-read|2
most-read|Pension triple lock warning as state pension age review published
deals|MeridianBest
deals|The best air fryers for 2026, tried and tested
deals|Voucher codes: 20% off at Currys
footer|The Meridian
footer|About us
footer|Contact us
footer|Jobs
footer|Advertising guide
footer|Code of conduct and complaints
footer|Install our app
footer|Archive
footer|Voucher codes
cookie|Cookie policy
cookie|Do Not Sell or Share my Personal Information
copyright|© 2026 Meridian Digital News & Media Ltd
"""),
 dict(id="burkina24-style-1", site="burkina24-style", lang="fr", sep="\n", title="Ouagadougou : la mairie lance l'opération de bitumage de 42 kilomètres de voies dans six arrondissements", date="2026-02-18", page="""
date-top|mercredi, février 18, 2026
weather|Ouagadougou 33°C Ensoleillé
social|Facebook X YouTube Instagram TikTok WhatsApp
menu|Faso24 - L'info du Burkina en continu
menu|Accueil
menu|Actualité
menu|Politique
menu|Économie
menu|Société
menu|Santé
menu|Sport
menu|Culture
menu|International
menu|Opinion
menu|Faso24 TV
menu|Communiqués
search|Rechercher
breaking|À la une :
breaking|Conseil des ministres du 18 février 2026 : ce qu'il faut retenir
ad|Publicité
ad|Orange Money - Envoyez de l'argent partout au Burkina en toute sécurité. Tapez *144#
breadcrumb|Accueil Actualité Société
section-label|Société
h1|Ouagadougou : la mairie lance l'opération de bitumage de 42 kilomètres de voies dans six arrondissements
byline|Par Abdoul Rasmané Sawadogo
date-label|Publié le
dateline|18 février 2026
views|1,2k vues
comments|0
listen|Écouter l'article
listen|▶ 0:00
font|A- A+
share|Facebook
share|Twitter
share|WhatsApp
share|Telegram
share|Partager par e-mail
caption|La présidente de la délégation spéciale a donné le premier coup de pelle des travaux à Tanghin (Ph. Faso24)
p|La présidente de la délégation spéciale de la commune de Ouagadougou a officiellement lancé, ce mercredi 18 février 2026, les travaux de bitumage de 42 kilomètres de voies urbaines réparties dans six arrondissements de la capitale. La cérémonie s'est tenue dans le quartier Tanghin, dans l'arrondissement 3.
p|D'un coût global de 19,6 milliards de F CFA, ce programme est financé sur le budget de l'État et sur fonds propres de la commune. Les travaux, confiés à trois entreprises nationales, doivent s'achever avant la prochaine saison des pluies pour les premiers lots.
p|Selon les services techniques de la mairie, les voies retenues desservent notamment des centres de santé, des écoles et des marchés. Elles seront dotées de caniveaux, d'éclairage public solaire et de trottoirs aménagés.
p|Les six arrondissements concernés sont les arrondissements 2, 3, 5, 7, 9 et 11. Dans chacun d'eux, des comités de riverains ont été associés au choix des tronçons, a précisé le directeur des services techniques municipaux, qui promet une « communication régulière » sur l'avancement des chantiers.
p|Durant les travaux, des déviations seront mises en place et la circulation pourrait être perturbée aux heures de pointe. La police municipale sera déployée aux principaux carrefours pour fluidifier le trafic.
read-also|Lire aussi : Ouagadougou : les commerçants du marché de Sankaryaaré relogés sur un site provisoire
h2|Des populations longtemps en attente
p|« Pendant la saison des pluies, nos enfants ne pouvaient pas aller à l'école sans se mouiller jusqu'aux genoux », a témoigné Mariam Compaoré, conseillère du quartier, saluant un « soulagement » pour les riverains.
p|La présidente de la délégation spéciale a invité les populations à accompagner les travaux en libérant les emprises et en évitant de déverser les ordures dans les caniveaux. « Ces routes sont pour vous. Il vous appartient de les protéger », a-t-elle lancé.
ad|Publicité
ad|Coris Bank International - Ouvrez votre compte en ligne en 10 minutes
p|Le directeur général d'une des entreprises adjudicataires a, pour sa part, assuré que les délais seraient respectés, évoquant une mobilisation de « plus de 300 ouvriers burkinabè » sur les différents chantiers.
p|La commune annonce une deuxième phase de 30 kilomètres pour l'année 2027, en fonction de la mobilisation des ressources.
signature|Abdoul Rasmané Sawadogo
signature|Faso24
like|J'aime ça :
like|J'aime chargement…
tags|Mots-clés : bitumage Ouagadougou travaux voirie
whatsapp|Rejoignez notre chaîne WhatsApp et recevez l'actualité en temps réel
whatsapp|Suivez Faso24 sur Google News
tip|Vous avez une information à partager ? Écrivez-nous au +226 70 00 00 00 (WhatsApp)
related|Articles similaires
related|Bobo-Dioulasso : 15 forages réalisés au profit des quartiers périphériques
related|17 février 2026
related|Transport urbain : la SOTRACO réceptionne 50 nouveaux bus
related|15 février 2026
related|Voirie : les usagers de la route de Fada se plaignent des nids-de-poule
related|12 février 2026
comments|Laisser un commentaire
comments|Annuler la réponse
comments|Votre adresse e-mail ne sera pas publiée.
comments|Commentaire *
comments|Nom *
comments|E-mail *
comments|Publier le commentaire
comments|Les commentaires injurieux ou diffamatoires ne seront pas publiés.
most-read|Les plus lus
most-read|Bac 2026 : le calendrier des examens scolaires dévoilé
most-read|Étalons : le sélectionneur dévoile sa liste pour les éliminatoires
most-read|Fonction publique : les résultats des concours directs disponibles
footer|Faso24, le média qui vous informe en temps réel
footer|Qui sommes-nous
footer|Publicité
footer|Contactez-nous
footer|Politique de confidentialité
copyright|© 2026 Faso24 - Tous droits réservés
back-to-top|Haut de page
"""),
 dict(id="burkina24-style-2", site="burkina24-style", lang="fr", sep="\n", title="Coton : la SOFITEX annonce une production record de 780 000 tonnes pour la campagne 2025-2026", date="2026-03-03", page="""
date-top|mardi, mars 3, 2026
weather|Ouagadougou 36°C Ensoleillé
social|Facebook X YouTube Instagram TikTok WhatsApp
menu|Faso24 - L'info du Burkina en continu
menu|Accueil
menu|Actualité
menu|Politique
menu|Économie
menu|Société
menu|Santé
menu|Sport
menu|Culture
menu|International
menu|Opinion
menu|Faso24 TV
menu|Communiqués
search|Rechercher
breaking|À la une :
breaking|Éliminatoires CAN 2027 : les Étalons fixés sur leurs adversaires
ad|Publicité
ad|Moov Africa - Forfaits internet illimités à partir de 1 000 F CFA
breadcrumb|Accueil Actualité Économie
section-label|Économie
h1|Coton : la SOFITEX annonce une production record de 780 000 tonnes pour la campagne 2025-2026
byline|Par Faso24
date-label|Publié le
dateline|3 mars 2026
views|864 vues
comments|2
listen|Écouter l'article
listen|▶ 0:00
font|A- A+
share|Facebook
share|Twitter
share|WhatsApp
share|Telegram
share|Partager par e-mail
caption|Une vue du marché de coton de Houndé (Ph. d'illustration)
credit|Ph. Archives Faso24
dateline|Bobo-Dioulasso, 3 mars 2026 (AIB) -
p|La Société burkinabè des fibres textiles (SOFITEX) a annoncé, ce mardi 3 mars 2026 à Bobo-Dioulasso, une production de coton graine estimée à 780 000 tonnes pour la campagne agricole 2025-2026, un niveau jamais atteint depuis plus d'une décennie.
p|L'annonce a été faite par le directeur général de la société lors de la session ordinaire de l'Interprofession du coton du Burkina (AICB). Cette performance représente une hausse de 32 % par rapport à la campagne précédente.
h2|Les raisons d'une embellie
p|Selon la SOFITEX, plusieurs facteurs expliquent ce résultat :
li|une pluviométrie globalement favorable dans les principales zones cotonnières ;
li|la subvention des intrants, avec un sac d'engrais cédé à 13 000 F CFA aux producteurs ;
li|le retour de producteurs dans certaines zones après l'amélioration de la situation sécuritaire ;
li|le paiement à temps des producteurs au titre de la campagne précédente.
p|« Les producteurs ont répondu présent. Nous leur devons ce record », a déclaré le président de l'Union nationale des producteurs de coton, appelant l'État à maintenir le prix d'achat à 300 F CFA le kilogramme pour la prochaine campagne.
read-also|Lire aussi : Agriculture : le gouvernement annonce 100 000 tonnes d'engrais subventionnés
ad|Publicité
p|La société cotonnière a toutefois reconnu des difficultés d'évacuation dans certaines zones, en raison de l'état des pistes rurales et d'un nombre insuffisant de camions. Près de 60 000 tonnes attendaient encore d'être acheminées vers les usines d'égrenage à la fin février.
p|Le ministre en charge du Commerce, présent à la session, a salué « la résilience du monde paysan » et rappelé l'ambition du gouvernement de transformer localement au moins 25 % de la fibre d'ici à 2030, avec la mise en service de nouvelles unités de filature.
p|Pour la prochaine campagne, l'interprofession prévoit d'étendre la distribution de semences améliorées à l'ensemble des zones de production et de renforcer l'encadrement technique des producteurs. Un programme de réhabilitation de 1 200 kilomètres de pistes cotonnières est également en préparation avec l'appui des partenaires techniques et financiers.
p|Les producteurs de la Boucle du Mouhoun, principale région cotonnière du pays, ont quant à eux plaidé pour l'ouverture de nouveaux points d'achat afin de réduire les distances de transport.
signature|AIB
like|J'aime ça :
like|J'aime chargement…
tags|Mots-clés : coton SOFITEX agriculture Bobo-Dioulasso
whatsapp|Rejoignez notre chaîne WhatsApp et recevez l'actualité en temps réel
whatsapp|Suivez Faso24 sur Google News
related|Articles similaires
related|Karité : les femmes transformatrices de Léo reçoivent du matériel
related|2 mars 2026
related|Prix des céréales : légère baisse constatée sur les marchés de Ouagadougou
related|28 février 2026
comments|2 commentaires
comments|Ouédraogo Issa
comments|3 mars 2026 à 14 h 22 min
comments|Bravo à nos braves producteurs. Mais il faut payer vite cette fois.
comments|Répondre
comments|Le Patriote
comments|3 mars 2026 à 16 h 05 min
comments|La transformation locale c'est ça l'avenir. Courage !
comments|Répondre
comments|Laisser un commentaire
comments|Annuler la réponse
comments|Votre adresse e-mail ne sera pas publiée.
comments|Publier le commentaire
most-read|Les plus lus
most-read|Bac 2026 : le calendrier des examens scolaires dévoilé
teaser-list|Coton : la SOFITEX annonce une production record de 780 000 tonnes pour la campagne 2025-2026
footer|Faso24, le média qui vous informe en temps réel
footer|Qui sommes-nous
footer|Publicité
footer|Contactez-nous
footer|Politique de confidentialité
copyright|© 2026 Faso24 - Tous droits réservés
back-to-top|Haut de page
"""),
 dict(id="economist-style-1", site="economist-style", lang="en", sep="\n", title="Why Britain's water companies are running out of excuses", date="2026-02-12", page="""
skip-link|Skip to content
menu|Menu
menu|Weekly edition
menu|The world in brief
search|Search
subscribe|Subscribe
login|Log in
menu|Current topics
menu|Britain
menu|Business
menu|Finance & economics
menu|Science & technology
menu|Culture
menu|Podcasts
menu|Graphic detail
section-label|Britain
section-label|Troubled waters
h1|Why Britain's water companies are running out of excuses
lead|A new regulator, higher bills and angrier customers leave the industry little room to hide
caption|Illustration: Neil Kerber
dateline|Feb 12th 2026
dateline|LONDON
read-time|5 min read
listen|Listen to this story
listen|Your browser does not support the <audio> element.
app|Enjoy more audio and podcasts on iOS or Android.
save|Save
share|Share
gift|Give
p|IF THERE IS one thing Britons agree on in 2026, it is that their water companies are a disgrace. Polls suggest that barely one in ten voters trusts the firms that supply their taps and treat their sewage. Bills in England and Wales rose by an average of 26% last April, and will rise again this spring. Yet rivers remain foul, hosepipe bans recur each summer and sewage still spills onto beaches.
p|The government's answer is a new regulator. Ofwat, the much-derided economic watchdog, is being folded into a single body that will also take over the water duties of the Environment Agency. Ministers say it will be tougher, nimbler and less beholden to the firms' shareholders. The industry, which has blamed its woes on a regulator that kept bills too low for too long, is about to lose its favourite excuse.
h2|Pipe dreams
p|The firms' defenders have a point. Between 1990 and 2020 Britain's real spending on water infrastructure barely rose, even as the population grew by 10m. The regulator prized low bills above almost everything else. Companies, many of them loaded with debt by private-equity owners, were happy to oblige, paying out generous dividends while pipes leaked and reservoirs went unbuilt. No new big reservoir has been completed in England since 1992.
chart-title|Leaky logic
chart-subtitle|England and Wales, water company investment, £bn at 2025 prices
credit|Source: Ofwat
credit|Chart: The Ledger
p|Now the bill is arriving. The five-year spending plan approved in 2024 allows the firms to invest £104bn, roughly double the previous round. Much of it will go on storm overflows, the outlets that discharge untreated sewage during heavy rain. But a larger investment programme needs capital, and capital is wary. Thames Water, the biggest firm, spent most of 2025 haggling with creditors to avoid temporary nationalisation.
p|The new regulator will inherit that mess. It will have powers to block dividends and bonuses at firms that miss performance targets, and to impose a "fit and proper" test on directors. Some economists worry that these sticks will deter the very investors the industry needs. "You cannot run a capital-intensive utility on moral outrage," says one City analyst.
p|Others think the risk is overstated. Water remains a regulated monopoly with guaranteed customers. What investors want, above all, is predictability. A single regulator with a clear mandate may provide more of it than a patchwork of agencies that spent years blaming each other.
p|The real test will come when the regulator sets the next price limits, in 2029. Voters who have swallowed two big rises in a row will not tolerate a third without visible improvement. The firms, stripped of their excuses, will have to show that the money is going into the ground rather than into dividends. If they cannot, the clamour for nationalisation, already loud on the left of the Labour Party, will only grow. ■
paywall|Subscribers to The Ledger can sign up to our Opinion Leaders newsletter, which brings together the best of our leaders, columns, guest essays and letters.
print-edition|This article appeared in the Britain section of the print edition under the headline "Running dry"
tags|Explore more
tags|United Kingdom
tags|Utilities
tags|Regulation
reuse|Reuse this content
edition|From the February 14th 2026 edition
edition|Discover stories from this section and more in the list of contents
edition|Explore the edition
related|More from Britain
related|The Conservatives' long road back
related|Can Britain build a new town in under a decade?
related|Bagehot: The prime minister's problem is not communication
newsletter|The Ledger Today
newsletter|Hand-picked stories, in your inbox
newsletter|A daily email with the best of our journalism
newsletter|Sign up
footer|The Ledger
footer|About
footer|Advertise
footer|Press centre
footer|The Ledger Group
footer|Working here
footer|Contact us
footer|Help
footer|Terms of use
footer|Privacy
footer|Cookie Policy
footer|Manage Cookies
footer|Accessibility
footer|Modern Slavery Statement
footer|Sitemap
footer|Your Data Rights
copyright|Copyright © The Ledger Newspaper Limited 2026. All rights reserved.
"""),
 dict(id="economist-style-2", site="economist-style", lang="en", sep="\n", title="Indonesia's nickel boom is starting to sputter", date="2026-01-29", page="""
skip-link|Skip to content
menu|Menu
menu|Weekly edition
menu|The world in brief
search|Search
subscribe|Subscribe
login|Log in
paywall|Limited time only: save 30% on your first year. Subscribe now
section-label|Asia
section-label|Metal fatigue
h1|Indonesia's nickel boom is starting to sputter
lead|Falling prices and Chinese overcapacity are testing Jakarta's bet on resource nationalism
caption|A nickel smelter on Sulawesi
credit|Photograph: Getty Images
dateline|Jan 29th 2026
dateline|JAKARTA AND MOROWALI
read-time|4 min read
listen|Listen to this story
listen|Your browser does not support the <audio> element.
app|Enjoy more audio and podcasts on iOS or Android.
save|Save
share|Share
gift|Give
p|DRIVE THROUGH Morowali, on the Indonesian island of Sulawesi, and you pass a forest of smokestacks where a decade ago there was forest. The industrial park there, built largely with Chinese money, now produces more nickel than most countries. It is the showpiece of a policy that has turned Indonesia into the world's dominant supplier of the metal, used in stainless steel and in the batteries of electric cars.
p|That policy was simple. In 2020 the government banned exports of raw nickel ore, forcing miners to build smelters at home. Investment poured in. Indonesia's share of global nickel output rose from about a quarter to well over half. Officials in Jakarta came to see "downstreaming" as a template for other commodities, from bauxite to copper.
h2|Too much of a good thing
p|Yet success has bred its own problems. So much nickel has flooded the market that prices have fallen by more than 40% since 2022. Several smelters have cut output; a handful have closed. Australian and New Caledonian mines, unable to compete, have shut in droves. Even some Indonesian producers now lose money on each tonne.
chart-title|Heavy metal
chart-subtitle|Nickel price, $ per tonne, and Indonesia's share of world output, %
credit|Sources: LME; USGS
credit|Chart: The Ledger
p|The government's response has been to tighten supply. It has cut mining quotas and floated an export tax on refined products. But such moves sit awkwardly with its promise to foreign investors of a stable business climate. "The rules change every six months," complains the boss of one smelter. "We plan for ten years."
p|Environmental and social costs are mounting too. Most smelters run on captive coal-fired power plants, undermining the green credentials that carmakers crave. Workers at Morowali have staged protests over safety after a string of deadly accidents. And western buyers, wary of Chinese control of the supply chain, are reluctant to sign long-term contracts.
p|Indonesia's new administration insists downstreaming will continue. It is pushing firms to move further up the chain, into battery cells and even cars. A few projects are under way. But battery chemistry is shifting towards cheaper iron-phosphate cells that need no nickel at all. If that trend accelerates, Indonesia may find it has built a giant industry for a metal the world needs less of. ■
print-edition|This article appeared in the Asia section of the print edition under the headline "Metal fatigue"
tags|Explore more
tags|Indonesia
tags|Commodities
tags|Electric vehicles
reuse|Reuse this content
edition|From the January 31st 2026 edition
edition|Discover stories from this section and more in the list of contents
edition|Explore the edition
related|More from Asia
related|Japan's ageing farmers are running out of successors
related|Banyan: South-East Asia's quiet arms race
related|Why Pakistan's army always wins
podcast|The Intelligence
podcast|Our daily podcast on the news that matters
podcast|Listen now
newsletter|The Ledger Today
newsletter|Hand-picked stories, in your inbox
newsletter|A daily email with the best of our journalism
newsletter|Sign up
footer|The Ledger
footer|About
footer|Advertise
footer|Press centre
footer|The Ledger Group
footer|Working here
footer|Contact us
footer|Help
footer|Terms of use
footer|Privacy
footer|Cookie Policy
footer|Manage Cookies
footer|Accessibility
footer|Modern Slavery Statement
footer|Sitemap
footer|Your Data Rights
copyright|Copyright © The Ledger Newspaper Limited 2026. All rights reserved.
"""),
]
