# Round 74: eight pages on four more layouts (a French weekly magazine's Africa section, a Brussels politics news site
# with pro newsletters, a pan-African press agency in French, an essay on a blogging platform), written blind: without
# looking at the classifier, its rules or the benchmark, measured once. Each line: "label|text". Invented text; no
# real article is copied.
ROUND74 = [
 dict(id="le-point-afrique-style-1", site="le-point-afrique-style", lang="fr", sep="\n", title="Maroc : la grande vitesse file vers Marrakech, au pas de charge", date="2026-02-05", page="""
skip-link|Aller au contenu principal
skip-link|Aller au menu
account|Se connecter
subscribe|S'abonner
subscribe|Offre spéciale : 1 € le premier mois
menu|Le Relief
menu|Politique
menu|International
menu|Économie
menu|Société
menu|Afrique
menu|Culture
menu|Débats
menu|Sciences
menu|Sport
menu|Le magazine
menu|Newsletters
epaper|Le Relief n° 2793 du jeudi 29 janvier 2026
epaper|Lire le magazine
search|Rechercher
section-label|LE RELIEF AFRIQUE
menu|Politique   Économie   Entretiens   Culture   Sport   Tribunes   Maghreb
breadcrumb|Accueil › Afrique › Maroc
section-label|Maroc
paywall|Abonné
h1|Maroc : la grande vitesse file vers Marrakech, au pas de charge
lead|Promis pour la Coupe du monde 2030, le prolongement de la ligne à grande vitesse de Kénitra jusqu'à Marrakech avance à un rythme inédit. Mais ce chantier géant, largement financé à crédit, interroge sur son coût et sur les régions qu'il laisse à l'écart.
byline|Par notre correspondant à Rabat, Julien Maréchal
dateline|Publié le 05/02/2026 à 06h30, modifié le 05/02/2026 à 11h47
reading-time|Temps de lecture : 6 min
save|Ajouter à mes favoris
comments|Commenter
gift|Offrir l'article
gift|Vous êtes abonné ? Offrez cet article à un proche.
share|Partager
share|Facebook
share|X
share|LinkedIn
share|Mail
share|Copier le lien
listen|Écouter cet article
listen|00:00 / 07:41
listen|Lu par une voix de synthèse
caption|Un chantier de viaduc de la future ligne à grande vitesse, près de Settat, en janvier 2026.
credit|© KARIM ZAHIR / AFP
p|Sur le plateau de la Chaouia, à une quinzaine de kilomètres de Settat, les piles de béton s'alignent à perte de vue. Une centaine d'ouvriers s'activent autour d'un viaduc de près de trois kilomètres, l'un des plus longs ouvrages du tracé. « On coule un tablier toutes les deux semaines, c'est du jamais-vu ici », glisse un chef de chantier, casque vissé sur la tête, en pointant du doigt les grues qui se découpent sur l'horizon.
p|Lancé au printemps 2025, le prolongement de la ligne à grande vitesse (LGV) entre Kénitra et Marrakech, long d'environ 430 kilomètres, doit mettre la ville ocre à moins de trois heures de Tanger, contre plus de cinq aujourd'hui. Casablanca et Marrakech ne seraient plus séparées que par une heure de trajet. L'objectif officiel ne souffre aucun retard : les premiers trains commerciaux doivent circuler au premier semestre 2029, bien avant le coup d'envoi du Mondial que le royaume coorganise avec l'Espagne et le Portugal.
p|Pour tenir ce calendrier, l'Office national des chemins de fer (ONCF) a découpé le projet en une vingtaine de lots confiés à des groupements marocains, européens et asiatiques. Selon un document interne consulté par Le Relief, près de 40 % des travaux de génie civil étaient achevés fin janvier.
read-also|À LIRE AUSSI Coupe du monde 2030 : le Maroc, l'Espagne et le Portugal face au casse-tête des stades
h2|Une facture qui s'alourdit
p|Le coût du chantier, initialement annoncé autour de 53 milliards de dirhams, serait désormais plus proche de 60 milliards, soit environ 5,6 milliards d'euros, en raison de la flambée de l'acier et d'ouvrages d'art plus nombreux que prévu. Comme pour la première ligne Tanger-Kénitra, inaugurée en 2018, l'essentiel est financé par des prêts de bailleurs étrangers et de fonds arabes, complétés par une contribution de l'État.
ad|Publicité
ad|La suite après cette publicité
p|« Le Maroc fait un pari sur le long terme, et ce pari est plutôt rationnel : la demande existe entre Casablanca et Marrakech », estime un économiste des transports de l'université Mohammed-V, à Rabat. « La vraie question, c'est le prix du billet. Si la grande vitesse reste réservée aux cadres et aux touristes, l'effet d'entraînement sera limité. »
p|Sur la ligne existante, le train à grande vitesse a transporté plus de cinq millions de voyageurs en 2025, un record, selon l'ONCF. Le taux de remplissage élevé des rames du week-end est régulièrement brandi par la direction comme la preuve que le modèle fonctionne.
newsletter|Newsletter Le Relief Afrique
newsletter|Chaque jeudi, l'essentiel de l'actualité du continent dans votre boîte mail.
newsletter|Votre adresse e-mail
newsletter|Je m'inscris
h2|Les oubliés du rail
p|Loin des viaducs de la Chaouia, d'autres régions regardent le chantier avec amertume. Dans l'Oriental, la ligne classique entre Fès et Oujda attend toujours sa modernisation complète, et certains trajets prennent plus de six heures. À Agadir, les élus réclament depuis des années un raccordement ferroviaire que le schéma national promet pour « après 2030 ».
p|« On parle de TGV pour les supporters, pendant que nos étudiants passent la nuit dans les cars pour rejoindre Rabat », s'agace un conseiller régional de Souss-Massa, joint par téléphone.
read-also|À LIRE AUSSI Maroc : à Tanger, l'usine qui veut fabriquer les trains de demain
p|À Rabat, on assure que le train ne fait que commencer. Le ministère du Transport évoque une enveloppe globale de près de 96 milliards de dirhams d'ici à 2030 pour le rail, incluant l'achat de rames régionales et un réseau express autour de Casablanca. Reste à savoir si le rythme effréné imposé par le calendrier footballistique profitera, au-delà de 2030, à l'ensemble du territoire.
paywall|Cet article vous a plu ? Accédez à tous nos contenus en illimité.
paywall|Je m'abonne
tags|Sujets associés
tags|Maroc
tags|Transports
tags|Coupe du monde 2030
tags|Infrastructures
comments|Commentaires (3)
comments|Réagir
comments|Le Relief se réserve le droit de supprimer tout commentaire ne respectant pas la charte de modération.
comments|Medina72
comments|Le 05/02/2026 à 09h14
comments|Pendant ce temps, les trains régionaux entre Fès et Oujda roulent toujours avec du matériel des années 1980...
comments|Signaler un contenu abusif
comments|Ardennais
comments|Le 05/02/2026 à 10h02
comments|Impressionnant quand on compare avec les retards de nos propres lignes.
comments|Signaler un contenu abusif
comments|Voir tous les commentaires
related|La rédaction vous conseille
related|Algérie : la longue marche de la ligne minière vers le Sud
related|Tanzanie : le train électrique Dar es-Salaam - Dodoma, un an après
related|Égypte : le monorail du Caire enfin sur les rails
most-read|Les plus lus
most-read|1
most-read|Retraites : ce que prévoit le nouveau rapport du Conseil d'orientation
most-read|2
most-read|Mali : les routes du Nord de nouveau coupées
most-read|3
most-read|Immobilier : pourquoi les prix repartent à la hausse à Bordeaux
games|Jeux : Mots fléchés   Sudoku   Mots croisés
horoscope|Horoscope du jour
app|Téléchargez l'application Le Relief
app|Disponible sur l'App Store et Google Play
footer|Le Relief
footer|Qui sommes-nous ?
footer|Nous contacter
footer|Publicité
footer|Mentions légales
footer|CGU
footer|Charte de modération
footer|Plan du site
partner-list|Codes promo : mode   voyage   high-tech   maison
cookie|Paramètres des cookies
copyright|© Le Relief - Reproduction strictement interdite
"""),
 dict(id="le-point-afrique-style-2", site="le-point-afrique-style", lang="fr", sep="\n", title="Aminata Kouassi : « Abidjan est une ville qui s'écrit la nuit »", date="2025-11-20", page="""
skip-link|Aller au contenu principal
skip-link|Aller au menu
account|Se connecter
subscribe|S'abonner
subscribe|Black Friday : -60 % sur l'offre numérique
menu|Le Relief
menu|Politique
menu|International
menu|Économie
menu|Société
menu|Afrique
menu|Culture
menu|Débats
menu|Sciences
menu|Sport
menu|Le magazine
menu|Newsletters
epaper|Le Relief n° 2783 du jeudi 20 novembre 2025
epaper|Lire le magazine
search|Rechercher
section-label|LE RELIEF AFRIQUE
menu|Politique   Économie   Entretiens   Culture   Sport   Tribunes   Maghreb
breadcrumb|Accueil › Afrique › Culture
section-label|ENTRETIEN
h1|Aminata Kouassi : « Abidjan est une ville qui s'écrit la nuit »
lead|Avec « Les Veilleurs du Plateau », son troisième roman, l'écrivaine ivoirienne suit une poignée de gardiens de nuit dans le quartier des affaires de la capitale économique. Une fresque sociale tendre et sans fard.
byline|Propos recueillis par Hélène Marchetti
dateline|Publié le 20/11/2025 à 17h00
reading-time|Temps de lecture : 5 min
save|Ajouter à mes favoris
comments|Commenter
gift|Offrir l'article
share|Partager
share|Facebook
share|X
share|LinkedIn
share|Mail
share|Copier le lien
caption|La romancière Aminata Kouassi, à Paris, le 14 novembre 2025.
credit|© Gaspard Thévenin pour Le Relief
p|Elle a longtemps écrit la nuit, entre deux gardes à l'hôpital de Treichville, où elle était infirmière. Aminata Kouassi, 41 ans, publie cet automne Les Veilleurs du Plateau, un roman choral qui raconte les nuits de quatre gardiens chargés de surveiller les tours de verre du Plateau, le quartier d'affaires d'Abidjan. De passage à Paris pour un festival littéraire, elle revient sur un livre qui interroge la place des invisibles dans une ville en pleine métamorphose.
h2|Le Relief Afrique : Pourquoi avoir choisi de raconter les gardiens de nuit ?
p|Aminata Kouassi : Parce que je les ai vus pendant dix ans. Quand je sortais de l'hôpital à deux heures du matin, il n'y avait plus qu'eux dans les rues, assis sur des chaises en plastique, une radio sur les genoux, devant des immeubles où personne ne les regarde le jour. Ils savent tout de la ville : qui rentre tard, qui ne rentre pas. Je me suis dit qu'ils étaient les vrais archivistes d'Abidjan.
h2|Le roman fait une large place à la langue de la rue, au nouchi notamment. Était-ce un choix délibéré ?
p|Oui. Mes personnages ne parlent pas le français des journaux télévisés. Ils parlent nouchi, ils mélangent le dioula, le baoulé, l'anglais des footballeurs. J'ai longtemps hésité à mettre un glossaire en fin de volume, puis j'y ai renoncé. Le lecteur français fera l'effort, comme nous avons fait l'effort de lire Balzac.
ad|Publicité
sponsored|Contenu partenaire
sponsored|Séjour à Assinie : les plus beaux hôtels en bord de lagune à prix réduit
h2|Le Plateau que vous décrivez change à toute vitesse. Est-ce aussi un livre sur la ville ?
p|Absolument. Depuis dix ans, Abidjan construit des ponts, des tours, bientôt un métro. C'est spectaculaire, et j'en suis fière. Mais ceux qui gardent ces bâtiments vivent à Abobo ou à Yopougon, à une heure et demie de gbaka. Ils protègent une richesse qu'ils ne toucheront jamais. Le roman n'est pas un pamphlet, mais il pose cette question.
p|« Ils protègent une richesse qu'ils ne toucheront jamais »
h2|Vous avez quitté votre métier d'infirmière. Le regrettez-vous ?
p|Parfois. L'hôpital m'a appris l'écoute, la patience, la fatigue aussi. Mais le succès de mon deuxième livre, traduit en anglais et en portugais, m'a permis de vivre de l'écriture, ce qui reste un luxe rare sur le continent. J'anime aujourd'hui des ateliers dans des lycées d'Abidjan et de Bouaké. Les jeunes écrivent beaucoup, sur leurs téléphones, et ils ont des choses à dire.
read-also|À LIRE AUSSI Côte d'Ivoire : le grand retour des librairies de quartier
h2|Le marché du livre ivoirien vous semble-t-il en bonne santé ?
p|Il progresse, mais il reste fragile. Un roman coûte parfois le prix d'un sac de riz. Les éditeurs locaux font un travail remarquable avec des moyens dérisoires. Je me bats pour que mes livres soient publiés en coédition, à Abidjan et à Paris, avec un prix adapté au lecteur ivoirien. Les Veilleurs du Plateau sort à Abidjan à 6 000 francs CFA, soit environ neuf euros.
h2|Préparez-vous déjà un nouveau livre ?
p|Je commence à peine. Ce sera l'histoire d'une femme qui tient un maquis à Grand-Bassam depuis quarante ans. Après la nuit, j'avais envie du bord de mer.
p|Les Veilleurs du Plateau, d'Aminata Kouassi, Éditions du Lagon, 312 pages, 21 euros.
newsletter|Newsletter Le Relief Afrique
newsletter|Chaque jeudi, l'essentiel de l'actualité du continent dans votre boîte mail.
newsletter|Votre adresse e-mail
newsletter|Je m'inscris
tags|Sujets associés
tags|Côte d'Ivoire
tags|Littérature
tags|Abidjan
tags|Livres
comments|Commentaires (0)
comments|Soyez le premier à réagir à cet article.
comments|Vous devez être abonné pour commenter.
related|La rédaction vous conseille
related|Prix littéraires : l'Afrique francophone à l'honneur cette saison
related|Cameroun : à Douala, la bande dessinée se réinvente sur Instagram
related|Sénégal : les nuits de Saint-Louis, un festival qui ne dort jamais
video|VIDÉO. Dans les coulisses du Salon du livre d'Abidjan
video|03:58
most-read|Les plus lus
most-read|1
most-read|Budget 2026 : ce que contient le compromis trouvé au Sénat
most-read|2
most-read|Tchad : la crise du coton inquiète les planteurs du Sud
most-read|3
most-read|Vin : les dix bouteilles à moins de 15 euros pour les fêtes
games|Jeux : Mots fléchés   Sudoku   Mots croisés
horoscope|Horoscope du jour
app|Téléchargez l'application Le Relief
app|Disponible sur l'App Store et Google Play
footer|Le Relief
footer|Qui sommes-nous ?
footer|Nous contacter
footer|Publicité
footer|Mentions légales
footer|CGU
footer|Charte de modération
footer|Plan du site
partner-list|Codes promo : mode   voyage   high-tech   maison
cookie|Paramètres des cookies
copyright|© Le Relief - Reproduction strictement interdite
"""),
 dict(id="politico-europe-style-1", site="politico-europe-style", lang="en", sep="\n", title="Brussels goes soft on cow burps as farm anger flares again", date="2026-03-03", page="""
skip-link|Skip to main content
menu|AGORA Europe
menu|Newsletters
menu|Podcasts
menu|Poll of Polls
menu|Policy news
menu|Events
account|Log in
subscribe|Subscribe
subscribe|Try AGORA Pro
menu|Politics   Brussels   Ukraine   Defense   Trade   Energy & Climate   Tech   Health   Opinion
trending|Hot topics
trending|Trade war
trending|Ukraine peace talks
trending|EU budget
trending|Defense
paywall|Free article usually reserved for subscribers
section-label|Agriculture and Food
h1|Brussels goes soft on cow burps as farm anger flares again
lead|The Commission is set to drop plans to bring livestock methane under EU emissions rules, according to a draft seen by AGORA, handing farm lobbies a win weeks before a key climate vote.
listen|Press play to listen to this article
listen|Voiced by artificial intelligence.
caption|Farmers have repeatedly blocked streets around the EU institutions this winter.
credit|Pieter Vandamme/Belga via Getty Images
byline|By Léa Morvan and Tobias Brandt
dateline|March 3, 2026 4:02 am CET
reading-time|5 minutes read
share|Share
p|The European Commission is preparing to quietly shelve one of the most contentious ideas in its climate playbook: making livestock farmers pay for the methane their animals emit.
p|A draft of the Commission's revised agriculture and climate package, dated Feb. 26 and seen by AGORA, drops earlier language that would have prepared the ground for including farm emissions in an EU carbon pricing scheme after 2035. Instead, the text speaks of "voluntary, incentive-based approaches" and of "rewarding farmers for carbon removals."
p|Two EU officials, granted anonymity to discuss internal deliberations, said the change was pushed by the cabinet of Commission President Ursula von der Leyen after a string of tractor protests in Brussels, Paris and Warsaw this winter.
p|"This is a political signal, not a technical one," one of the officials said. "Nobody wants to be seen picking a fight with farmers before the spring."
read-also|RELATED: Tractors return to Brussels as Mercosur deal heads for a vote
h2|'A gift to the big meat companies'
p|Agriculture accounts for roughly 11 percent of the EU's greenhouse gas emissions, and more than half of its methane comes from cattle, sheep and other ruminants. Scientists say cutting methane is one of the fastest ways to slow warming in the short term.
p|Green lawmakers reacted with fury. "This is a gift to the big meat companies dressed up as help for small farmers," said Dutch Greens MEP Joost van Aalst, who sits on Parliament's environment committee. "Every other sector is being asked to do its part. Agriculture gets a pass, again."
ad|Advertisement
p|Farm groups welcomed the direction of travel but said they would wait for the final text. Copa-Cogeca, the main EU farmers' lobby, said in a statement that "carbon pricing on food production would have been a disaster for rural Europe."
subscribe|This article is part of AGORA Pro
subscribe|The one-stop shop for policy professionals, combining the depth of AGORA journalism with the power of technology
subscribe|Exclusive scoops and insights
subscribe|Customized policy intelligence platform
subscribe|A high-level public affairs network
subscribe|Find out more
p|According to the draft, the Commission will instead propose to:
li|set up an EU-wide certification scheme for methane-reducing feed additives;
li|earmark part of the next Common Agricultural Policy budget for "climate performance payments";
li|launch a study on emissions linked to imported meat and dairy, due in 2028.
h2|Timing is everything
p|The shift comes as EU environment ministers prepare to sign off on the bloc's 2040 climate target, which allows countries to count international carbon credits toward part of their effort. Several capitals, including Paris and Rome, had made clear they would not accept any move that looked like a future tax on livestock.
p|A Commission spokesperson declined to comment on "leaked documents," adding that the package would be presented "in the coming weeks" and that "farmers are part of the solution to climate change."
p|The proposal still needs to be agreed by the College of Commissioners, and officials cautioned that details could change before its adoption, currently scheduled for March 25.
signature|Marta Ruiz Solano contributed reporting.
correction|This article has been updated to include comment from Copa-Cogeca.
tags|Agriculture and Food
tags|Climate change
tags|Emissions
tags|European Commission
tags|Farmers
newsletter|Morning Agriculture and Food
newsletter|Get the essential briefing on EU farm policy, delivered to your inbox before 6 a.m.
newsletter|Pro subscribers only
newsletter|Request a free trial
poll-of-polls|POLL OF POLLS
poll-of-polls|Netherlands - National parliament voting intention
poll-of-polls|D66 18 %
poll-of-polls|PVV 17 %
poll-of-polls|CDA 14 %
poll-of-polls|GL/PvdA 13 %
poll-of-polls|VVD 12 %
poll-of-polls|For more polling data from across Europe visit AGORA Poll of Polls.
related|More from AGORA
related|EU's 2040 climate target: What's in, what's out
related|Mercosur: France loses its blocking minority
related|Hansen's farm vision meets the budget axe
most-read|Most read
most-read|1
most-read|Commission's top lawyer quits amid row over defense loans
most-read|2
most-read|Meloni's new best friend in Brussels
most-read|3
most-read|The 10 most powerful people in EU tech policy
podcast|EU Confidential
podcast|Listen to the latest episode: Farmers, fury and the Green Deal's last stand
newsletter|Brussels Playbook
newsletter|Your guide to the day in EU politics, sent every weekday morning.
newsletter|Email
newsletter|Sign up
newsletter|By signing up you agree to receive email newsletters or alerts from AGORA. You can unsubscribe at any time.
footer|About us
footer|Advertise with us
footer|Careers
footer|Contact
footer|Privacy policy
footer|Terms of service
footer|Modern slavery statement
cookie|Cookie settings
cookie|Do not sell or share my personal information
footer|AGORA Europe is part of the Hallberg Media group
copyright|© 2026 AGORA Europe SRL
"""),
 dict(id="politico-europe-style-2", site="politico-europe-style", lang="en", sep="\n", title="Digital euro squeaks through Parliament committee after EPP climbdown", date="2026-01-21", page="""
skip-link|Skip to main content
menu|AGORA Europe
menu|Newsletters
menu|Podcasts
menu|Poll of Polls
menu|Policy news
menu|Events
account|Log in
subscribe|Subscribe
subscribe|Try AGORA Pro
menu|Politics   Brussels   Ukraine   Defense   Trade   Energy & Climate   Tech   Health   Opinion
trending|Hot topics
trending|Greenland
trending|Ukraine peace talks
trending|EU budget
trending|Davos 2026
breaking|LIVE: Leaders arrive in Brussels for emergency summit
section-label|Financial Services
h1|Digital euro squeaks through Parliament committee after EPP climbdown
lead|Center-right MEPs dropped their demand for a much lower holding limit, clearing the way for a plenary vote in February. Banks are not happy.
listen|Press play to listen to this article
listen|Voiced by artificial intelligence.
caption|ECB officials have framed the digital euro as a question of Europe's strategic autonomy.
credit|Thomas Leclercq/AFP via Getty Images
byline|By Ana Vuković
dateline|January 21, 2026 6:35 pm CET
dateline|Updated January 21, 2026 8:10 pm CET
reading-time|4 minutes read
share|Share
p|The European Parliament's economic affairs committee on Wednesday backed the legislation underpinning a digital euro, ending more than two years of deadlock over the European Central Bank's flagship project.
p|The text passed by 32 votes to 24, with four abstentions, after the European People's Party, the largest group in Parliament, abandoned its push to cap the amount of digital euros any individual could hold at €500.
p|"We got the guarantees we needed: no surveillance, no threat to bank deposits, and cash stays legal tender," said Spanish EPP MEP Rodrigo Albella, the file's lead negotiator, after the vote. "Now the ball is in the ECB's court."
embed-blocked|This content is blocked by your cookie settings. To view it, please accept third-party cookies.
embed-blocked|Manage cookie settings
p|The compromise leaves it to the ECB to set the holding limit, but asks it to take into account "the stability of the banking sector" and to review the figure every two years. People familiar with the central bank's thinking have floated a ceiling of around €3,000.
p|The committee vote followed weeks of backroom talks. Left-leaning groups had threatened to sink the file if the EPP insisted on the €500 cap, which they argued would make the digital euro pointless for ordinary users. In the end, the EPP leadership decided it could not afford to be seen blocking a project backed by most eurozone governments.
h2|What's in the deal
li|The digital euro will be free to use for basic payments by individuals.
li|Offline payments will offer a level of privacy "comparable to cash."
li|Shops will have to accept it, with exemptions for micro-enterprises that do not take card payments.
li|Fees charged to merchants will be capped for a transitional period.
read-also|Also on AGORA: Lagarde's last big project? The race to succeed her is already shaping the file
ad|Advertisement
subscribe|Want more analysis from AGORA? AGORA Pro is our premium intelligence service for professionals. From financial services to trade, technology, cybersecurity and more, Pro delivers real time intelligence, deep insight and breaking scoops you need to keep one step ahead. Email pro@agora.eu to request a complimentary trial.
h2|Banks sound the alarm
p|The European Banking Federation warned the compromise still "creates risks for the financing of the real economy," arguing that households could move deposits out of commercial banks at moments of stress.
p|Smaller lenders, especially in Germany and Austria, have lobbied hard against the project, which they fear will erode their payments business. "We will keep making our case before the plenary," said one banking lobbyist, who asked not to be named.
p|Supporters argue the opposite risk is greater. Around two-thirds of card payments in the eurozone are processed by non-European companies, and the ECB has repeatedly said that depending on them leaves the bloc exposed to political pressure from abroad.
p|The plenary vote is pencilled in for the Feb. 9-12 session in Strasbourg. If Parliament approves, negotiations with EU countries, which agreed their own position in late 2025, could start almost immediately. The ECB has said the first digital euros could be issued in 2029 at the earliest.
correction|This article has been updated with comment from the European Banking Federation.
tags|Banking
tags|Digital euro
tags|European Central Bank
tags|European Parliament
tags|Payments
newsletter|Morning Financial Services
newsletter|Everything you need to know about EU financial regulation, every morning.
newsletter|Pro subscribers only
newsletter|Request a free trial
related|More from AGORA
related|ECB picks 'Europe-first' payment partners for digital euro pilot
related|Who's who in the EU's banking lobby
related|Bitcoin, stablecoins and the euro: Brussels' crypto headache
poll-of-polls|POLL OF POLLS
poll-of-polls|Germany - National parliament voting intention
poll-of-polls|CDU/CSU 27 %
poll-of-polls|AfD 26 %
poll-of-polls|SPD 14 %
poll-of-polls|Greens 11 %
poll-of-polls|Die Linke 10 %
poll-of-polls|For more polling data from across Europe visit AGORA Poll of Polls.
most-read|Most read
most-read|1
most-read|Leaked memo: Commission plans to split trade portfolio
most-read|2
most-read|Orbán's last veto
most-read|3
most-read|Europe's defense startups hit a funding wall
podcast|EU Confidential
podcast|Listen to the latest episode: Davos diary and the digital euro fight
newsletter|Brussels Playbook
newsletter|Your guide to the day in EU politics, sent every weekday morning.
newsletter|Email
newsletter|Sign up
newsletter|By signing up you agree to receive email newsletters or alerts from AGORA. You can unsubscribe at any time.
footer|About us
footer|Advertise with us
footer|Careers
footer|Contact
footer|Privacy policy
footer|Terms of service
footer|Modern slavery statement
cookie|Cookie settings
cookie|Do not sell or share my personal information
footer|AGORA Europe is part of the Hallberg Media group
copyright|© 2026 AGORA Europe SRL
"""),
 dict(id="apanews-style-1", site="apanews-style", lang="fr", sep="\n", title="Côte d'Ivoire : le prix bord champ du cacao fixé à 2 900 FCFA le kilo pour la campagne intermédiaire", date="2026-04-01", page="""
timestamp|Mercredi 1 avril 2026 - 19:05 GMT
lang-switch|FR
lang-switch|EN
social|Suivez-nous : Facebook X LinkedIn YouTube
account|Connexion
subscribe|Abonnement au fil APP
menu|APP - Agence Panafricaine de Presse
menu|L'Afrique en temps réel
menu|Accueil
menu|Politique
menu|Économie
menu|Société
menu|Sport
menu|Culture
menu|Santé
menu|Revue de presse
menu|APP TV
menu|Afrique de l'Ouest
menu|Afrique centrale
menu|Afrique de l'Est
menu|Afrique australe
menu|Afrique du Nord
search|Rechercher une dépêche
ticker|FLASH
ticker|18:51 Sénégal : l'Assemblée adopte la loi sur le contenu local minier
ticker|18:40 RDC : reprise des vols à l'aéroport de Goma
ticker|18:12 Mali : hausse du prix du carburant à Bamako
ticker|BRVM Composite 301,18 +0,42 %
breadcrumb|Accueil > Économie > Côte d'Ivoire
section-label|Économie
h1|Côte d'Ivoire : le prix bord champ du cacao fixé à 2 900 FCFA le kilo pour la campagne intermédiaire
date-label|Publié le :
dateline|01 avril 2026 à 18:22
byline|Par APP
share|Partager
share|Facebook
share|X
share|LinkedIn
share|WhatsApp
share|E-mail
print|Imprimer
font|A-
font|A+
caption|Des fèves de cacao en train de sécher dans la région de la Nawa (archives).
credit|Crédit photo : APP
dateline|APP-Abidjan (Côte d'Ivoire)
p|Le gouvernement ivoirien a fixé, mercredi, le prix bord champ du cacao à 2 900 FCFA (environ 4,42 euros) le kilogramme pour la campagne intermédiaire 2025-2026, qui s'ouvre ce 1er avril, a appris APP de source officielle.
p|Ce prix, annoncé à l'issue du Conseil des ministres tenu au palais présidentiel du Plateau, est en hausse de 100 FCFA par rapport à celui de la campagne principale, qui était de 2 800 FCFA le kilogramme.
p|« Cette décision traduit la volonté du gouvernement de faire bénéficier les producteurs de la bonne tenue des cours sur le marché international, tout en préservant la viabilité de la filière », a déclaré le porte-parole du gouvernement devant la presse.
p|Le gouvernement a par ailleurs annoncé le renforcement des contrôles dans les zones frontalières afin de lutter contre la fuite des fèves vers les pays voisins, où les prix pratiqués sont parfois plus élevés.
read-also|Lire aussi : Ghana : le Cocobod annonce de nouveaux prêts syndiqués pour financer la récolte
p|Selon le Conseil du Café-Cacao (CCC), organe de régulation de la filière, la production de la campagne principale est estimée à environ 1,75 million de tonnes, un niveau légèrement supérieur à celui de la saison précédente, grâce à une pluviométrie plus favorable.
p|Dans un communiqué, le CCC précise que le paiement du prix minimum garanti est obligatoire sur toute l'étendue du territoire et invite les producteurs à dénoncer tout acheteur qui ne le respecterait pas, via un numéro vert mis à leur disposition.
p|Des responsables de coopératives joints par APP se sont félicités de cette hausse, tout en soulignant la persistance de difficultés liées au coût des intrants et au vieillissement des vergers. « C'est un bon signal, mais il faut aussi nous aider à renouveler nos plantations touchées par le swollen shoot », a indiqué le président d'une coopérative de la région de la Nawa.
p|La campagne intermédiaire, qui court d'avril à septembre, représente généralement entre 20 et 25 % de la production annuelle du pays. Les fèves récoltées durant cette période, souvent de plus petite taille, sont en partie destinées aux usines de transformation locales.
p|Premier producteur mondial de cacao avec près de 40 % de l'offre mondiale, la Côte d'Ivoire tire de cette filière environ 15 % de son produit intérieur brut et plus de 40 % de ses recettes d'exportation, selon les données officielles.
signature|KB/ls/APP
tags|Mots-clés : Côte d'Ivoire, Cacao, Conseil du Café-Cacao, Agriculture, Prix bord champ
share|Partager cette dépêche
related|Dépêches similaires
related|Ghana : la production de cacao attendue en hausse de 12 %
related|28 mars 2026
related|Cameroun : le cacao de Mbalmayo décroche une indication géographique
related|24 mars 2026
related|Nigeria : les exportations de fèves repartent à la hausse
related|19 mars 2026
teaser-list|Dernières dépêches
teaser-list|19:02
teaser-list|Guinée : la production de bauxite atteint un nouveau record au premier trimestre
teaser-list|18:47
teaser-list|Togo : le port de Lomé lance un guichet unique numérique
teaser-list|18:33
teaser-list|Bénin : ouverture à Cotonou d'un forum régional sur l'économie bleue
read-more|Toutes les dépêches
press-review|Revue de presse
press-review|La presse sénégalaise s'intéresse à la rentrée judiciaire et aux prix des denrées
press-review|Le prix du cacao à la une des quotidiens ivoiriens
video|APP TV
video|Reportage : à Soubré, les planteurs misent sur les clones résistants
video|02:46
newsletter|Recevez chaque matin les principales dépêches de l'APP
newsletter|Votre e-mail
newsletter|S'inscrire
footer|APP - Agence Panafricaine de Presse
footer|Siège : Dakar (Sénégal). Bureaux à Abidjan, Douala, Addis-Abeba, Casablanca et Nairobi.
footer|Qui sommes-nous
footer|Nos services
footer|Nos bureaux
footer|Publicité
footer|Contact
footer|Mentions légales
copyright|© 2026 APP - Agence Panafricaine de Presse. Toute reproduction, même partielle, est interdite sans autorisation écrite.
back-to-top|Haut de page
"""),
 dict(id="apanews-style-2", site="apanews-style", lang="fr", sep="\n", title="Cameroun : le port de Kribi franchit la barre des 700 000 conteneurs en 2025", date="2026-01-13", page="""
timestamp|Mardi 13 janvier 2026 - 14:37 GMT
lang-switch|FR
lang-switch|EN
social|Suivez-nous : Facebook X LinkedIn YouTube
account|Connexion
subscribe|Abonnement au fil APP
menu|APP - Agence Panafricaine de Presse
menu|L'Afrique en temps réel
menu|Accueil
menu|Politique
menu|Économie
menu|Société
menu|Sport
menu|Culture
menu|Santé
menu|Revue de presse
menu|APP TV
menu|Afrique de l'Ouest
menu|Afrique centrale
menu|Afrique de l'Est
menu|Afrique australe
menu|Afrique du Nord
search|Rechercher une dépêche
ticker|FLASH
ticker|14:20 CAN 2025 : le Cameroun qualifié pour les demi-finales
ticker|13:58 Tchad : ouverture de la session parlementaire extraordinaire
ticker|13:31 Gabon : le gouvernement annonce un recensement général en 2026
ticker|BRVM Composite 296,74 -0,18 %
breadcrumb|Accueil > Économie > Cameroun
section-label|Économie
h1|Cameroun : le port de Kribi franchit la barre des 700 000 conteneurs en 2025
date-label|Publié le :
dateline|13 janvier 2026 à 11:05
share|Partager
share|Facebook
share|X
share|LinkedIn
share|WhatsApp
share|E-mail
print|Imprimer
font|A-
font|A+
p|APP-Douala (Cameroun) - Le Port autonome de Kribi (PAK), dans le sud du Cameroun, a traité 712 000 équivalents vingt pieds (EVP) en 2025, un record depuis sa mise en service, a annoncé mardi sa direction générale.
p|Ce volume représente une hausse de 18 % par rapport à 2024, portée notamment par le transbordement vers les ports de la sous-région et par la croissance du trafic à destination du Tchad et de la République centrafricaine, précise un communiqué transmis à APP.
p|« Ces résultats confirment la vocation de Kribi à devenir le hub maritime de l'Afrique centrale », a déclaré le directeur général du PAK lors d'une cérémonie de présentation des vœux au personnel.
p|Selon les chiffres communiqués par l'autorité portuaire :
li|le terminal à conteneurs a accueilli 1 126 navires, contre 987 un an plus tôt ;
li|le trafic de transbordement a représenté près de 45 % des volumes traités ;
li|le temps moyen d'attente des navires en rade est passé sous la barre des 24 heures.
read-also|Lire aussi : Cameroun : Douala lance la modernisation de son terminal fruitier
p|La direction du port attribue ces performances à la montée en puissance de la deuxième phase du terminal à conteneurs, qui a porté la longueur de quai à plus de 1 000 mètres, ainsi qu'à l'amélioration de la desserte routière vers Edéa et Yaoundé.
p|Les opérateurs économiques pointent toutefois la lenteur des procédures douanières et le coût du transport terrestre vers l'hinterland. « Le port fonctionne bien, mais un conteneur met parfois plus de temps à rejoindre Yaoundé qu'à venir de Chine », ironise un transitaire basé à Douala.
p|Le directeur général du PAK a par ailleurs annoncé pour 2026 l'ouverture d'un terminal polyvalent dédié aux marchandises diverses et au bois, ainsi que la poursuite de la dématérialisation des procédures d'enlèvement, avec un objectif de 850 000 EVP à l'horizon 2027.
p|Le gouvernement camerounais a annoncé en 2025 le lancement des études pour une ligne ferroviaire reliant Kribi à Edéa, censée désengorger la route et faciliter l'acheminement des marchandises vers les pays enclavés de la Communauté économique et monétaire de l'Afrique centrale (CEMAC).
p|Situé en eau profonde, le port de Kribi est entré en service en 2018. Il est appelé à compléter le port de Douala, qui concentre encore l'essentiel des échanges maritimes du pays, mais dont le chenal d'accès limite la taille des navires.
signature|ND/te/APP
tags|Mots-clés : Cameroun, Kribi, Port, Conteneurs, Transport maritime, CEMAC
share|Partager cette dépêche
related|Dépêches similaires
related|Congo : le port de Pointe-Noire mise sur le transbordement
related|9 janvier 2026
related|Gabon : Owendo inaugure un nouveau quai minéralier
related|5 janvier 2026
related|Cameroun : les recettes douanières dépassent les prévisions en 2025
related|30 décembre 2025
teaser-list|Dernières dépêches
teaser-list|14:29
teaser-list|Sénégal : le FMI achève sa mission de revue à Dakar
teaser-list|14:02
teaser-list|Éthiopie : Ethiopian Airlines reçoit deux nouveaux appareils
teaser-list|13:44
teaser-list|Maroc : les recettes touristiques en hausse de 9 % en 2025
read-more|Toutes les dépêches
press-review|Revue de presse
press-review|La presse camerounaise salue la qualification des Lions indomptables
press-review|Les quotidiens burkinabè reviennent sur la rentrée scolaire du second trimestre
video|APP TV
video|Entretien : le patronat camerounais et la question des délais de dédouanement
video|05:12
newsletter|Recevez chaque matin les principales dépêches de l'APP
newsletter|Votre e-mail
newsletter|S'inscrire
footer|APP - Agence Panafricaine de Presse
footer|Siège : Dakar (Sénégal). Bureaux à Abidjan, Douala, Addis-Abeba, Casablanca et Nairobi.
footer|Qui sommes-nous
footer|Nos services
footer|Nos bureaux
footer|Publicité
footer|Contact
footer|Mentions légales
copyright|© 2026 APP - Agence Panafricaine de Presse. Toute reproduction, même partielle, est interdite sans autorisation écrite.
back-to-top|Haut de page
"""),
 dict(id="medium-blog-style-1", site="medium-blog-style", lang="en", sep="\n", title="I Turned Off Every Notification for a Year. Here's What Actually Changed", date="2026-01-14", page="""
app|Open in app
account|Sign up
account|Sign in
menu|Inkwell
search|Search
menu|Write
section-label|The Slow Build
h1|I Turned Off Every Notification for a Year. Here's What Actually Changed
lead|Not a productivity hack. A slow, slightly embarrassing experiment in getting my attention back.
byline|Priya Raman
follow|Follow
section-label|Published in The Slow Build
reading-time|7 min read
separator|·
dateline|Jan 14, 2026
claps|--
claps|1.8K
comments|41
listen|Listen
share|Share
share|More
credit|Photo by Lena Hartmann on Unsplash
p|Last January, on a flight home from my sister's wedding, I counted the notifications waiting for me when the plane landed. There were 212. Not one of them was urgent. Most were from apps I could not remember installing: a grocery delivery service, a meditation app that wanted me to breathe, a fitness tracker congratulating me on a walk I had not taken.
p|That evening I went into the settings of my phone and turned every single one of them off. Not "scheduled summaries." Not "focus modes." Off. I told myself I would try it for a month. It has now been a year.
p|I want to write about what happened, because most of what I read about "digital minimalism" is either smug or selling something. This is neither. Some things got better. Some got worse. A few surprised me.
h2|The first two weeks were awful
p|I did not expect the withdrawal to be physical, but it was. I would pick up the phone, unlock it, stare at the home screen and put it down again, twenty or thirty times a day. Without the little red badges, there was nothing to do. I felt, absurdly, lonely.
p|I also missed things. A friend's birthday drinks. A message from my manager on a Sunday night about a Monday meeting that had moved. A delivery driver who gave up after ringing twice. Nothing catastrophic, but enough to make me doubt the whole idea.
h2|Then the checking changed
p|Around week three, something shifted. Instead of reacting to the phone, I started visiting it, like a mailbox. Three times a day, roughly: after breakfast, after lunch, before dinner. I would go through messages in one go, answer what needed answering, and close it.
p|The effect on my work was the part I had hoped for, and it did come. I write software for a living, and the kind of focus it needs is fragile. An interruption does not cost the thirty seconds it takes to read; it costs the twenty minutes it takes to remember what you were doing.
p|Here is what I noticed after three months:
li|I finished books again, about one every two weeks instead of one a season.
li|My screen time dropped from just under five hours a day to about two.
li|I stopped feeling a jolt of dread when my phone buzzed, because it no longer did.
li|I became, by some accounts, a worse friend.
subscribe|Get unlimited access to the best of Inkwell for less than $1/week.
subscribe|Become a member
h2|The cost is real, and other people pay it
p|That last point deserves more than a bullet. When you opt out of instant replies, someone else absorbs the delay. My partner learned to call instead of text when something mattered. My team started tagging me in a shared channel that I checked at set times. A close friend told me, kindly but clearly, that my silence sometimes felt like indifference.
highlight|Top highlight
p|Attention is not only a private resource. It is something we owe each other, and a system that protects mine by making everyone else wait is not as virtuous as it sounds.
h2|What I kept, and what I turned back on
p|So I compromised. Phone calls ring through. Messages from six people (my partner, my parents, my sister and two friends) show up on my lock screen. Calendar alerts are back, after the missed-meeting incident repeated itself twice. Everything else stays off, and I do not miss any of it.
p|If there is a lesson, it is not that notifications are evil. It is that the default settings were never designed around me. They were designed around the companies that wanted my attention, and I had simply never asked for it back.
p|One year in, I still pick up my phone without a reason more often than I would like. But now, when I put it down, I usually remember why I picked up the book instead.
newsletter|If this resonated, I send one essay like it every other Sunday. You can get them by email here.
tags|Digital Minimalism
tags|Productivity
tags|Smartphones
tags|Attention
tags|Self Improvement
claps|--
claps|1.8K
comments|41
share|Share
share|More
section-label|The Slow Build
author-bio|Published in The Slow Build
author-bio|2.1K followers
author-bio|·
author-bio|Last published 3 days ago
author-bio|Essays on working slower, thinking longer and building things that last.
follow|Follow
author-bio|Written by Priya Raman
author-bio|3.4K followers
author-bio|·
author-bio|212 following
author-bio|Software engineer in Toronto. Writing about attention, tools and the quiet parts of work.
follow|Follow
comments|Responses (41)
comments|What are your thoughts?
comments|Cancel
comments|Respond
comments|Tom Hollis
comments|Jan 15, 2026
comments|The part about other people absorbing the delay is the bit nobody talks about. My wife has been "my notification system" for years and I only just realised it.
comments|126
comments|2 replies
comments|Reply
comments|Amara Bello
comments|Jan 16, 2026
comments|I tried this for a month and caved on day nine. Bookmarking this for another attempt.
comments|48
comments|Reply
comments|See all responses
related|More from Priya Raman and The Slow Build
related|In The Slow Build by Priya Raman
related|The Case for Boring Technology in 2025
related|Why my team stopped chasing new frameworks, and what we built instead
related|Nov 2, 2025
related|3.1K
related|64
related|Priya Raman
related|I Deleted My Calendar for a Week
related|Spoiler: I still went to all the meetings. Mostly.
related|Sep 18, 2025
related|902
related|17
read-more|See all from Priya Raman
read-more|See all from The Slow Build
recommended|Recommended from Inkwell
recommended|Marcus Ellery
recommended|Your Phone Is Not the Problem. Your Day Is.
recommended|Dec 28, 2025
recommended|5.6K
recommended|132
recommended|Lists
recommended|Staff Picks
recommended|812 stories · 1640 saves
recommended|Self-Improvement 101
recommended|20 stories · 4102 saves
read-more|See more recommendations
footer|Help
footer|Status
footer|About
footer|Careers
footer|Press
footer|Blog
footer|Privacy
footer|Rules
footer|Terms
footer|Text to speech
"""),
 dict(id="medium-blog-style-2", site="medium-blog-style", lang="en", sep="\n", title="What My Grandfather's Radio Repair Shop Taught Me About Maintaining Software", date="2025-10-07", page="""
app|Open in app
account|Sign up
account|Sign in
menu|Inkwell
search|Search
menu|Write
paywall|Member-only story
h1|What My Grandfather's Radio Repair Shop Taught Me About Maintaining Software
lead|He never wrote a line of code. He still understood legacy systems better than most engineers I have worked with.
byline|Daniel Okafor
follow|Follow
reading-time|8 min read
separator|·
dateline|Oct 7, 2025
claps|--
claps|2.3K
comments|57
listen|Listen
share|Share
share|More
caption|My grandfather's workbench, around 1994. Photo from the author's family archive.
p|My grandfather ran a radio repair shop in Enugu for thirty-one years. It was a narrow room with a counter at the front, a workbench at the back, and shelves that reached the ceiling, stacked with sets that people had brought in and never collected. As a child I spent my school holidays there, handing him screwdrivers and pretending to understand what he was doing.
p|I have been a software engineer for twelve years now, most of them spent maintaining systems other people built. Lately I keep thinking about that shop. I think he knew things about maintenance that our industry keeps forgetting.
h2|He never threw away the old parts
p|Every radio that came in left something behind: a valve, a coil, a dial with cracked glass. He labelled everything with a strip of masking tape and a pencil. When a customer brought in a set that had been out of production for twenty years, he usually had what it needed.
p|In software we are quick to delete. We remove the old module because nobody uses it, then discover six months later that one customer, somewhere, depended on it. I am not arguing for hoarding code. I am arguing for labels: a note on why something exists, who asked for it and what breaks if it goes.
h2|He listened before he opened the case
p|The first thing he did with a broken radio was not to open it. He switched it on and listened, sometimes for several minutes. The hum, the crackle, the way the sound faded when you turned the dial: each told him something.
highlight|Top highlight
p|I have watched too many teams, including mine, start a rewrite before they have listened to the system they want to replace. Logs, metrics, support tickets, the odd workaround an operator invented at three in the morning: that is the hum of a legacy system. It tells you where the real problems are, and they are rarely where the architecture diagram says.
credit|Photo by Tobias Wren on Unsplash
h2|Rules from the workbench
p|When I try to explain this to younger engineers, I end up with a short list that he would have found far too formal:
li|Write down why, not just what. The what is in the code; the why disappears with people.
li|Fix the fault the customer reported before the one you find interesting.
li|Leave the thing easier to open next time.
li|Never promise a date until you have seen inside.
h2|He charged for diagnosis
p|This one took me longest to appreciate. He charged a small fee just to look at a radio, whether or not he fixed it. Neighbours grumbled. He did not care. "The looking is the work," he told my mother once, when she asked why he did not do it for free.
p|Our industry treats diagnosis as overhead, something squeezed in before the "real" work of building. But most of the value in maintaining old systems lies in understanding them. If we do not budget for that, we end up guessing, and guessing is expensive.
p|The shop closed in 2009, when he was too tired to climb the ladder to the top shelves. Most of the uncollected radios went to a scrap dealer. I kept one, a brown Grundig with a cracked dial, still wearing its masking tape label in his handwriting. It does not work. I have never opened it. Some systems, it turns out, you maintain just by remembering what they were for.
tags|Software Engineering
tags|Legacy Code
tags|Maintenance
tags|Family
tags|Life Lessons
claps|--
claps|2.3K
comments|57
share|Share
share|More
author-bio|Written by Daniel Okafor
author-bio|5.2K followers
author-bio|·
author-bio|301 following
author-bio|Engineer in Lagos and London. I write about software, maintenance and the people who keep things running.
follow|Follow
comments|Responses (57)
comments|What are your thoughts?
comments|Cancel
comments|Respond
comments|Marguerite Ellis
comments|Oct 8, 2025
comments|"The looking is the work" is going on a sticky note above my monitor.
comments|214
comments|3 replies
comments|Reply
comments|Kelechi N.
comments|Oct 9, 2025 (edited)
comments|My uncle had a shop like this in Onitsha. Same masking tape, same pencil. Thank you for this.
comments|87
comments|Reply
comments|See all responses
related|More from Daniel Okafor
related|Daniel Okafor
related|The Cron Job Nobody Owned
related|For nine years, a single script kept our billing system alive. Then its author retired.
related|Jun 12, 2025
related|1.1K
related|23
related|Daniel Okafor
related|Stop Writing Postmortems Nobody Reads
related|Apr 3, 2025
related|684
related|11
read-more|See all from Daniel Okafor
recommended|Recommended from Inkwell
recommended|In Better Engineering by Sofia Lindgren
recommended|The Rewrite That Almost Killed Our Company
recommended|Aug 21, 2025
recommended|7.9K
recommended|210
recommended|Lists
recommended|Staff Picks
recommended|798 stories · 1598 saves
recommended|Stories to Help You Grow as a Software Developer
recommended|19 stories · 3877 saves
read-more|See more recommendations
subscribe|Sign up to discover human stories that deepen your understanding of the world.
subscribe|Free
subscribe|Distraction-free reading. No ads.
subscribe|Organize your knowledge with lists and highlights.
subscribe|Tell your story. Find your audience.
subscribe|Sign up for free
subscribe|Membership
subscribe|Read member-only stories
subscribe|Support writers you read most
subscribe|Listen to audio narrations
subscribe|Read offline with the Inkwell app
subscribe|Try for $5/month
footer|Help
footer|Status
footer|About
footer|Careers
footer|Press
footer|Blog
footer|Privacy
footer|Rules
footer|Terms
footer|Text to speech
"""),
]
