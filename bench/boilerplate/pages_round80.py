# Round 80: eight pages on four more layouts (a Swiss French-language daily, an Indian digital news site, a Tunisian
# online daily, a US politics news site), written blind: without looking at the classifier, its rules or the
# benchmark, measured once. Each line: "label|text". Invented text; no real article is copied.
ROUND80 = [
 dict(id="le-temps-ch-style-1", site="le-temps-ch-style", lang="fr", sep="\n", title="A Lausanne, les étudiants s'exilent dans la Broye faute de chambres abordables", date="2026-02-18", page="""
skip-link|Aller au contenu principal
skip-link|Aller au pied de page
menu|L'Horizon
menu|Rubriques
search|Rechercher
subscribe|S'abonner
account|Se connecter
epaper|E-Paper
menu|Suisse
menu|Monde
menu|Economie
menu|Opinions
menu|Culture
menu|Sciences
menu|Sport
menu|Société
menu|Climat
menu|Podcasts
menu|Newsletters
menu|Grands formats
breadcrumb|Suisse · Vaud
section-label|Logement
subscriber-label|Abonné
h1|A Lausanne, les étudiants s'exilent dans la Broye faute de chambres abordables
lead|Avec un taux de vacance de 0,4%, le marché lausannois n'offre plus rien sous 900 francs. Des centaines d'étudiants de l'UNIL et de l'EPFL font désormais chaque jour le trajet depuis Payerne, Moudon ou Lucens.
byline|Léa Perrenoud
byline|Journaliste rubrique Vaud
dateline|Publié le 18 février 2026 à 18:47. / Modifié le 19 février 2026 à 07:12.
reading-time|5 min. de lecture
listen|Écouter l'article
listen|Voix générée par intelligence artificielle
gift|Offrir cet article
save|Sauvegarder
share|Partager
caption|Sur le quai de la gare de Payerne, à 6h58. Le premier train direct pour Lausanne est désormais plein d'étudiants dès la rentrée.
credit|© Nicolas Berset/KEYSTONE
p|Il est 6h52, et le quai numéro 2 de la gare de Payerne ressemble à un couloir d'auditoire. Ordinateurs sous le bras, gobelets de café à la main, une trentaine de jeunes gens attendent le RegioExpress pour Lausanne. «Il y a deux ans, on était cinq», sourit Noémie, étudiante en troisième année de biologie à l'Université de Lausanne (UNIL). «Maintenant, il faut se battre pour une place assise.»
p|Comme elle, de plus en plus d'étudiants de l'UNIL et de l'EPFL ont renoncé à se loger sur l'arc lémanique. En cause: un marché locatif saturé, où le taux de logements vacants est tombé à 0,4% à Lausanne selon les derniers chiffres de Statistique Vaud, et où une chambre en colocation se négocie rarement en dessous de 900 francs par mois.
read-also|Lire également: Crise du logement: le Conseil d'Etat vaudois présente son plan d'urgence
h2|Des listes d'attente de plus d'un an
p|La Fondation maisons pour étudiants (FME), qui gère près de 2000 lits dans la région lausannoise, confirme la tendance. «Nous comptons actuellement un peu plus de 1400 demandes en attente, contre 900 il y a trois ans», indique sa directrice, Sandrine Mottier. «Un étudiant qui s'inscrit aujourd'hui n'a quasiment aucune chance d'obtenir une chambre avant la rentrée 2027.»
p|Les hautes écoles ont bien lancé de nouveaux projets, notamment sur le site de Dorigny, mais les chantiers ne livreront leurs premiers logements qu'à l'horizon 2028. D'ici là, la Broye, où les loyers restent inférieurs d'un tiers environ à ceux de l'agglomération, apparaît comme une solution de repli.
paywall|Cet article vous est offert par L'Horizon. Pour lire tous nos articles, abonnez-vous dès 1 franc le premier mois.
paywall|Je m'abonne
h2|Une aubaine pour les propriétaires broyards
p|A Moudon, l'agence immobilière de Thierry Cuendet a vu le profil de ses locataires changer. «On reçoit des dossiers d'étudiants tous les jours. Certains propriétaires ont transformé de grands appartements en colocations de quatre ou cinq chambres», explique-t-il. La chambre s'y loue entre 550 et 700 francs, charges comprises.
p|Le syndic de Lucens, Jean-Marc Pidoux, y voit plutôt une bonne nouvelle. «Ces jeunes font vivre nos commerces et nos sociétés locales. Le club de volley a retrouvé une équipe masculine grâce à eux», affirme-t-il.
ad|Publicité
p|Le revers de la médaille, ce sont les trajets. Entre Payerne et Lausanne, il faut compter près d'une heure en train, sans compter les correspondances vers Dorigny. L'abonnement général pour les moins de 25 ans coûte 2780 francs par an, une dépense que beaucoup ne peuvent assumer sans l'aide de leurs parents.
p|«On gagne 300 francs sur le loyer, mais on perd deux heures par jour»
p|Yanis, étudiant en génie civil à l'EPFL, a fait le calcul: il économise 300 francs par mois sur son loyer, mais passe près de deux heures par jour dans le train. «Les travaux de groupe le soir, les sorties, tout ça devient compliqué», regrette-t-il.
h2|La FAE demande des mesures rapides
p|La Fédération des associations d'étudiant·e·s (FAE) réclame au canton des mesures transitoires, parmi lesquelles la réquisition temporaire de bureaux vides et un soutien accru au logement intergénérationnel, qui permet à un étudiant d'occuper une chambre chez une personne âgée contre de petits services.
p|Le Département des institutions et du territoire dit étudier «toutes les pistes». Un rapport sur le logement en formation doit être présenté au Grand Conseil d'ici à l'été.
signature|Avec l'ATS
related-inline|Notre dossier: La crise du logement en Suisse romande
tags|Logement
tags|Lausanne
tags|Université de Lausanne
tags|EPFL
tags|Broye
share|Partager cet article
share|Facebook
share|LinkedIn
share|WhatsApp
share|E-mail
share|Copier le lien
comments|Vos commentaires
comments|Réservé aux abonnés. Connectez-vous pour participer au débat.
comments|12 commentaires
newsletter|La Matinale
newsletter|Chaque matin à 6h, l'essentiel de l'actualité suisse et internationale sélectionné par la rédaction.
newsletter|Votre e-mail
newsletter|S'inscrire
related|Dans la même rubrique
related|Vaud: le budget 2026 adopté de justesse par le Grand Conseil
related|Il y a 3 h
related|Les CFF renforcent la ligne Lausanne-Payerne aux heures de pointe
related|Hier
related|Loyers: l'Asloca veut un contrôle automatique dans les communes en pénurie
related|16 février 2026
most-read|Les plus lus
most-read|01
most-read|Le Conseil fédéral renonce à la hausse de la TVA pour financer l'armée
most-read|02
most-read|Genève: la grève des TPG paralyse le centre-ville
most-read|03
teaser-list|A Lausanne, les étudiants s'exilent dans la Broye faute de chambres abordables
most-read|04
most-read|Ski: Marco Odermatt remporte la descente de Kvitfjell
podcast|Écoutez nos podcasts
podcast|Brise-Glace - Le podcast qui déconstruit l'actualité
podcast|Dernier épisode: 24 min.
footer|L'Horizon
footer|Qui sommes-nous?
footer|Charte éditoriale
footer|Nos abonnements
footer|Service clients
footer|Annoncer
footer|Emplois
footer|Conditions générales
footer|Protection des données
footer|Impressum
footer|L'Horizon SA, Avenue du Bouchet 14, 1209 Genève
app|Téléchargez l'application L'Horizon sur l'App Store et Google Play
cookie|Paramètres des cookies
copyright|© 2026 L'Horizon SA - Tous droits de reproduction et de diffusion réservés.
"""),
 dict(id="le-temps-ch-style-2", site="le-temps-ch-style", lang="fr", sep="\n", title="La BNS maintient son taux à zéro mais n'exclut plus de revenir en territoire négatif", date="2026-03-19", page="""
skip-link|Aller au contenu principal
skip-link|Aller au pied de page
menu|L'Horizon
menu|Rubriques
search|Rechercher
subscribe|S'abonner
account|Se connecter
epaper|E-Paper
menu|Suisse
menu|Monde
menu|Economie
menu|Opinions
menu|Culture
menu|Sciences
menu|Sport
menu|Société
menu|Climat
menu|Podcasts
menu|Newsletters
menu|Grands formats
ticker|SMI 12 184,30 +0,42%
ticker|EUR/CHF 0,9312 -0,18%
ticker|USD/CHF 0,8455 -0,25%
ticker|Or 2 948,10 USD +0,61%
breadcrumb|Economie · Finance
section-label|Politique monétaire
subscriber-label|Abonné
h1|La BNS maintient son taux à zéro mais n'exclut plus de revenir en territoire négatif
lead|Lors de son examen trimestriel, la Banque nationale suisse a laissé inchangé son taux directeur. Son président a toutefois averti que la force du franc pourrait la contraindre à agir, y compris par des taux négatifs.
byline|Raphaël Blanc, Zurich
dateline|Publié le 19 mars 2026 à 10:41.
reading-time|4 min. de lecture
listen|Écouter l'article
listen|Voix générée par intelligence artificielle
gift|Offrir cet article
save|Sauvegarder
share|Partager
caption|Le siège de la Banque nationale suisse, sur la Place fédérale à Berne.
credit|© Urs Wenger/KEYSTONE
p|Pas de surprise, mais un avertissement. La Banque nationale suisse (BNS) a maintenu jeudi son taux directeur à 0%, un niveau qu'elle avait atteint en juin dernier au terme d'une série de six baisses consécutives. La décision était largement attendue par les économistes.
p|Le ton de la conférence de presse, à Berne, a en revanche retenu l'attention des marchés. «Nous ne nous interdisons rien. Si la situation l'exige, nous sommes prêts à ramener le taux directeur en territoire négatif et à intervenir sur le marché des changes», a déclaré le président de la direction générale de la BNS devant la presse.
h2|Un franc qui pèse sur l'industrie
p|Depuis le début de l'année, le franc s'est encore apprécié face à l'euro, passant brièvement sous la barre des 0,93. Pour les exportateurs, en particulier dans l'industrie des machines et l'horlogerie, la situation devient difficile. Swissmem a fait état d'une baisse des entrées de commandes de 6% au quatrième trimestre.
p|L'inflation, de son côté, reste très faible. La BNS prévoit désormais un renchérissement moyen de 0,2% pour 2026 et de 0,5% pour 2027, soit nettement sous l'objectif de stabilité des prix, qu'elle situe entre 0 et 2%.
read-also|Lire également: Horlogerie: les exportations reculent pour le cinquième mois consécutif
ad|Publicité
ad|Contenu sponsorisé · Prévoyance: pourquoi le 3e pilier n'a jamais été aussi intéressant
h2|Les économistes divisés
p|Pour Claudine Hofer, économiste en chef d'une banque privée genevoise, un retour aux taux négatifs reste peu probable à court terme. «La BNS préfère clairement les interventions sur le marché des devises. Les taux négatifs ont laissé de mauvais souvenirs aux caisses de pension et aux banques», estime-t-il.
p|D'autres observateurs jugent au contraire qu'un abaissement à -0,25% pourrait intervenir dès le mois de juin si la Banque centrale européenne venait à assouplir de nouveau sa politique. Les marchés financiers attribuaient jeudi une probabilité d'environ 35% à ce scénario.
box-title|Les chiffres clés
li|Taux directeur: 0%, inchangé
li|Inflation prévue en 2026: 0,2%
li|Croissance prévue du PIB en 2026: entre 1 et 1,5%
li|Prochain examen: 18 juin 2026
p|La BNS a par ailleurs abaissé sa prévision de croissance pour l'économie suisse, qu'elle situe désormais entre 1 et 1,5% pour l'année en cours. Elle cite notamment l'incertitude liée aux droits de douane américains, qui frappent toujours une partie des exportations helvétiques.
p|La prochaine appréciation de la situation économique et monétaire est prévue le 18 juin.
opinion|L'éditorial: La BNS n'a plus beaucoup de cartouches
tags|BNS
tags|Franc suisse
tags|Taux d'intérêt
tags|Inflation
share|Partager cet article
share|Facebook
share|LinkedIn
share|WhatsApp
share|E-mail
share|Copier le lien
comments|Vos commentaires
comments|Réservé aux abonnés. Connectez-vous pour participer au débat.
comments|4 commentaires
newsletter|Newsletter Economie
newsletter|Tous les vendredis, les analyses de notre rubrique économique et le regard de nos chroniqueurs.
newsletter|Votre e-mail
newsletter|S'inscrire
related|Dans la même rubrique
related|UBS: le Parlement durcit les exigences en fonds propres
related|Il y a 2 h
related|Le marché immobilier suisse résiste à la baisse des taux hypothécaires
related|Hier
related|Logitech relève ses prévisions annuelles
related|17 mars 2026
most-read|Les plus lus
most-read|01
most-read|Votations du 14 juin: les premiers sondages dévoilés
most-read|02
most-read|Le Valais veut interdire les résidences secondaires dans six communes
most-read|03
most-read|Climat: le glacier du Rhône a perdu 2% de son volume en un an
podcast|Écoutez nos podcasts
podcast|Le Point Eco - Ce que l'argent dit de nous
podcast|Dernier épisode: 31 min.
footer|L'Horizon
footer|Qui sommes-nous?
footer|Charte éditoriale
footer|Nos abonnements
footer|Service clients
footer|Annoncer
footer|Emplois
footer|Conditions générales
footer|Protection des données
footer|Impressum
footer|L'Horizon SA, Avenue du Bouchet 14, 1209 Genève
app|Téléchargez l'application L'Horizon sur l'App Store et Google Play
cookie|Paramètres des cookies
copyright|© 2026 L'Horizon SA - Tous droits de reproduction et de diffusion réservés.
"""),
 dict(id="scroll-in-style-1", site="scroll-in-style", lang="en", sep="\n", title="In Bihar's Kosi belt, farmers bet on makhana as floods wreck their paddy", date="2026-01-21", page="""
skip-link|Skip to main content
menu|☰ Menu
menu|Dispatch.in
search|Search
donate|Support independent journalism
account|Sign in
menu|Latest
menu|India
menu|Politics
menu|World
menu|Environment
menu|Culture
menu|Books
menu|The Pitch
menu|Video
menu|Magazine
menu|हिंदी
section-label|Ground Report
h1|In Bihar's Kosi belt, farmers bet on makhana as floods wreck their paddy
lead|The fox nut, once grown only in ponds, is now being cultivated in waterlogged fields. But the boom has left small growers at the mercy of traders.
byline|Anupam Jha
dateline|Jan 21, 2026 · 07:30 am
share|Facebook
share|X
share|WhatsApp
share|LinkedIn
share|Email
share|Copy link
caption|Workers pop roasted makhana seeds at a processing unit in Purnea district. Photo: Anupam Jha
p|Every year for the last decade, Suresh Mukhiya has watched the Kosi take his paddy. The river, which has shifted its course more than a dozen times in the past two centuries, spills over his three bighas of land in Saharsa district almost every monsoon, leaving the crop rotting under knee-deep water.
p|Two years ago, he stopped fighting it. "If the water is going to stay, I thought, let me grow something that likes water," said Mukhiya, 47, standing at the edge of a field that now looks more like a pond, its surface covered in large, thorny leaves.
p|Mukhiya is growing makhana, or fox nut, an aquatic crop whose puffed seeds have become a fashionable health snack in India's cities and abroad. Bihar produces nearly 85% of the country's makhana, most of it in the Mithilanchal and Kosi regions.
read-also|Also read: Why Bihar's embankments have not stopped the Kosi from flooding
h2|From ponds to fields
p|For generations, makhana was grown in natural ponds by the Mallah community of fisherfolk, who dived to the bottom to collect the seeds by hand. The work was gruelling and the yields low.
p|In the last few years, a method developed by agricultural scientists in Darbhanga has allowed farmers to grow the crop in low-lying fields with about a foot of standing water. According to the state agriculture department, the area under makhana cultivation in Bihar has grown from about 15,000 hectares in 2020 to more than 35,000 hectares in 2025.
p|The Union budget last year announced a Makhana Board for Bihar, promising support for processing, marketing and exports. Farmers in Saharsa say they are still waiting to see its effect on the ground.
ad|Advertisement
h2|'The trader decides the price'
p|The crop is more profitable than paddy. A farmer can earn Rs 60,000 to Rs 80,000 per acre from raw makhana seeds in a good year, compared with about Rs 20,000 from paddy, agricultural officials said.
p|But most of that value is captured further along the chain. Raw seeds must be roasted and popped by skilled workers, a process most small farmers cannot afford to do themselves. They sell to local traders, who in turn supply processing units in Purnea and Darbhanga.
p|"The trader decides the price. Last season he gave us Rs 320 a kilo in October and Rs 260 in November. We had no storage, so we had to sell," said Rekha Devi, who farms two bighas in Mahishi block with her husband.
p|In Purnea, where dozens of small processing units have come up along the highway, popped makhana sells wholesale for upwards of Rs 900 a kilo. In supermarkets in Delhi and Mumbai, flavoured varieties retail for more than Rs 2,000 a kilo.
embed-blocked|This content is not available. Accept third-party cookies to view this post from X.
h2|Fears of a glut
p|Some agricultural economists warn that the rapid expansion could lead to a price crash, as has happened with other crops promoted as a solution for distressed farmers.
p|"Demand has grown, but it has not grown as fast as acreage," said Pranav Kumar, who teaches agricultural economics at a university in Bhagalpur. "Without cold storage, collective marketing and credit, the small farmer will carry all the risk."
p|Back in Saharsa, Mukhiya is not thinking that far ahead. His family harvested about eight quintals last season, enough to repay a loan taken for his daughter's wedding. "At least the water is now giving us something," he said.
funding-note|This reporting was supported by a grant from the Independent and Public-Spirited Media Foundation.
signature|This article was translated from Hindi by Dispatch Staff.
topics|Makhana
topics|Bihar
topics|Kosi floods
topics|Agriculture
topics|Farmer distress
letters|We welcome your comments at letters@dispatch.in.
donate|Support our journalism by becoming a Dispatch member. Members get an ad-free experience, early access to our investigations and more.
donate|Become a member
related|Also on Dispatch.in
related|Why Bihar's farmers are leaving wheat for maize
related|Jan 18, 2026 · 08:00 am
related|In Purnea, a women's cooperative takes on the makhana traders
related|Jan 09, 2026 · 06:45 am
related|Photos: The Kosi after the floods
related|Dec 30, 2025 · 09:15 am
trending|Trending
trending|1. Delhi chokes as AQI crosses 450 for the third day
trending|2. What the new data protection rules mean for your phone
trending|3. Book excerpt: The forgotten queens of the Deccan
trending|4. Watch: A 92-year-old's daily swim in the Hooghly
latest|Latest
latest|Supreme Court seeks Centre's response on prisoners' voting rights
latest|14 minutes ago
latest|Assam: Five killed as boat capsizes in the Brahmaputra
latest|38 minutes ago
latest|The Pitch: India name unchanged squad for final two Tests
latest|1 hour ago
footer|Dispatch.in
footer|About us
footer|Contact us
footer|Careers
footer|Code of ethics
footer|Grievance redressal
footer|Privacy policy
footer|Terms of service
footer|Advertise with us
social|Follow us: Facebook Instagram X YouTube
copyright|© 2026 Dispatch.in. All rights reserved.
cookie|We use cookies to improve your experience. By continuing to use this site you agree to our cookie policy. Got it
"""),
 dict(id="scroll-in-style-2", site="scroll-in-style", lang="en", sep="\n", title="Karnataka's new gig worker law is now in force. Who is covered, and who is left out?", date="2026-03-11", page="""
skip-link|Skip to main content
menu|☰ Menu
menu|Dispatch.in
search|Search
donate|Support independent journalism
account|Sign in
menu|Latest
menu|India
menu|Politics
menu|World
menu|Environment
menu|Culture
menu|Books
menu|The Pitch
menu|Video
menu|Magazine
menu|हिंदी
section-label|Explainer
section-label|Labour
h1|Karnataka's new gig worker law is now in force. Who is covered, and who is left out?
lead|Delivery riders and cab drivers will get a welfare fund and a grievance mechanism. But the rules say little about minimum pay.
byline|Dispatch Staff
dateline|Mar 11, 2026 · 01:15 pm
dateline|Updated Mar 11, 2026 · 06:40 pm
share|Facebook
share|X
share|WhatsApp
share|LinkedIn
share|Email
share|Copy link
caption|Delivery workers wait for orders outside a restaurant in Bengaluru's Koramangala. Photo: Reuters
p|The Karnataka government on Tuesday notified the rules under its platform-based gig workers law, nearly a year after the legislation was passed by the Assembly. The notification brings into force a welfare board, a welfare fee on aggregators and a system for workers to raise complaints.
p|The state has an estimated 2.3 lakh app-based workers, most of them in Bengaluru, who deliver food and groceries, drive cabs and bike taxis, and provide home services.
p|Here is what the rules say.
h2|Who counts as a gig worker?
p|The law covers anyone who earns money by performing work through a digital platform, outside a traditional employer-employee relationship. This includes delivery riders, cab and auto drivers working on apps, and workers on home services platforms.
p|Workers will have to register with the Karnataka Platform-Based Gig Workers Welfare Board. Each registered worker will receive a unique identification number, which will stay the same even if they switch platforms.
read-also|Also read: Ten minutes to your door, but at what cost? A week with Bengaluru's quick-commerce riders
h2|Who pays for the welfare fund?
p|Platforms will have to pay a welfare fee of between 1% and 5% of each payment made to a worker. The rules set the initial rate at 1.5% for food and grocery delivery platforms and 1% for ride-hailing companies.
p|The money will go into a fund managed by the welfare board, which will use it for:
li|accident insurance of up to Rs 5 lakh;
li|health cover for workers and their families;
li|maternity benefits;
li|educational support for workers' children.
ad|Advertisement
h2|What happens if an account is deactivated?
p|One of the main complaints of gig workers is that they are "blocked" by platforms without explanation. Under the new rules, an aggregator must give a worker 14 days' notice, with written reasons, before terminating a contract, except in cases of serious misconduct or safety concerns.
p|Workers can appeal to an internal dispute resolution committee and, if unsatisfied, to an appellate authority set up by the labour department.
embed-blocked|This content is not available. Accept third-party cookies to view this post from X.
h2|What is missing?
p|Workers' unions have welcomed the law but say the rules do not address the most pressing issue: pay. There is no provision for a minimum rate per order or per kilometre, and platforms remain free to change their incentive structures without notice.
p|"A worker who is injured will now get some help. That is good," said a leader of a Bengaluru app-based transport workers' union. "But a worker who earns Rs 400 for a twelve-hour day will still earn Rs 400."
p|Industry representatives, meanwhile, have warned that the welfare fee could increase costs for customers. An association representing internet companies said it would "engage with the government" on the implementation.
p|Karnataka is the second state, after Rajasthan, to put such a law into effect. The Centre's Code on Social Security, which also mentions gig workers, came into force in November.
signature|(With inputs from PTI)
topics|Gig workers
topics|Karnataka
topics|Labour laws
topics|Bengaluru
topics|Swiggy
topics|Zomato
letters|We welcome your comments at letters@dispatch.in.
donate|Support our journalism by becoming a Dispatch member. Members get an ad-free experience, early access to our investigations and more.
donate|Become a member
related|Also on Dispatch.in
related|Rajasthan's gig worker law, two years on: what has changed
related|Mar 02, 2026 · 09:00 am
related|Why women are still rare among India's delivery riders
related|Feb 19, 2026 · 07:30 am
video|Watch: A day in the life of a bike-taxi driver in Bengaluru
video|4:12
trending|Trending
trending|1. Five charts that explain India's falling fertility rate
teaser-list|2. Karnataka's new gig worker law is now in force. Who is covered, and who is left out?
trending|3. Opinion: The quiet death of the Indian public library
trending|4. Why Kerala's fishers are moving to Oman
latest|Latest
latest|Tamil Nadu: Governor returns eight bills to Assembly
latest|6 minutes ago
latest|Sensex ends 412 points higher on banking gains
latest|52 minutes ago
latest|Book excerpt: How a Portuguese map changed the spice trade
latest|2 hours ago
footer|Dispatch.in
footer|About us
footer|Contact us
footer|Careers
footer|Code of ethics
footer|Grievance redressal
footer|Privacy policy
footer|Terms of service
footer|Advertise with us
social|Follow us: Facebook Instagram X YouTube
copyright|© 2026 Dispatch.in. All rights reserved.
cookie|We use cookies to improve your experience. By continuing to use this site you agree to our cookie policy. Got it
"""),
 dict(id="kapitalis-style-1", site="kapitalis-style", lang="fr", sep="\n", title="Tunisie : les recettes d'exportation d'huile d'olive reculent de 23% malgré la hausse des volumes", date="2026-02-10", page="""
timestamp|mardi, 10 février 2026
weather|Tunis 16°C
ticker|Euro 3,4215 DT
ticker|Dollar 3,1570 DT
social|Facebook Twitter Linkedin Youtube Instagram
menu|Carthago Eco
menu|Journal électronique indépendant de Tunisie
menu|A la une
menu|Tunisie
menu|Politique
menu|Economie
menu|Société
menu|Culture
menu|Maghreb
menu|Afrique
menu|Monde
menu|Opinions
menu|Sport
menu|Santé
menu|Tech
search|Rechercher...
breaking|Dernière minute
breaking|Kasserine : arrestation de trois individus impliqués dans un trafic de cuivre
breaking|Météo : pluies orageuses attendues mardi soir sur le Nord-Ouest
breaking|Ligue 1 : l'Espérance accroche le CSS à Sfax (1-1)
ad|Banque de l'Habitat - Votre crédit logement en 48h. Simulez en ligne
section-label|Economie
section-label|A la une
h1|Tunisie : les recettes d'exportation d'huile d'olive reculent de 23% malgré la hausse des volumes
byline|Publié par Imed Bahri
dateline|le 10 février 2026
comments|0 commentaire
views|412 vues
share|Facebook
share|Twitter
share|Linkedin
share|WhatsApp
share|Email
print|Imprimer
lead|Les quantités exportées progressent de près de 30%, mais la chute des cours mondiaux fait fondre les recettes. Les producteurs s'inquiètent pour la rentabilité de la campagne 2025-2026.
caption|Récolte des olives dans la région de Sfax.
p|Selon les données publiées lundi par l'Observatoire national de l'agriculture (Onagri), la Tunisie a exporté 182 000 tonnes d'huile d'olive entre le 1er novembre 2025 et le 31 janvier 2026, contre 140 000 tonnes sur la même période de la campagne précédente, soit une hausse de 29,7%.
p|Les recettes ont en revanche reculé à 2,1 milliards de dinars (MDT), contre 2,73 milliards un an plus tôt, soit une baisse de 23%. En cause, l'effondrement des prix à l'export : le prix moyen est passé de 19,5 dinars le kilo à environ 11,5 dinars, sous l'effet d'une récolte abondante en Espagne et dans l'ensemble du bassin méditerranéen.
read-also|Lire aussi : Huile d'olive : l'ONH lance une campagne de promotion en Amérique du Nord
p|L'huile conditionnée, dont la valeur ajoutée est plus élevée, ne représente toujours que 9% des volumes exportés, le reste étant vendu en vrac, principalement vers l'Espagne et l'Italie, où elle est souvent mélangée et commercialisée sous des marques étrangères.
h2|L'Union européenne reste le premier client
p|L'Union européenne absorbe 58% des exportations tunisiennes d'huile d'olive, devant les Etats-Unis (21%) et le Canada (4%). Les ventes vers les marchés africains et asiatiques restent marginales, malgré les efforts de diversification engagés depuis plusieurs années.
p|Les principaux marchés de destination au cours des trois premiers mois de la campagne sont :
li|l'Espagne : 61 400 tonnes ;
li|l'Italie : 38 200 tonnes ;
li|les Etats-Unis : 37 900 tonnes ;
li|le Canada : 7 100 tonnes.
ad|PUBLICITÉ
ad|Ooredia Business - La fibre pour les entreprises, jusqu'à 1 Gbit/s
h2|Les petits producteurs inquiets
p|Sur le terrain, la baisse des cours se fait durement sentir. Dans les régions de Sfax, Sidi Bouzid et Kairouan, plusieurs agriculteurs affirment vendre leurs olives à moins de 1,2 dinar le kilo aux huileries, un prix qui couvre à peine les coûts de la cueillette et du transport.
p|L'Union tunisienne de l'agriculture et de la pêche (Utap) a appelé le gouvernement à intervenir par le biais de l'Office national de l'huile (ONH) pour constituer des stocks régulateurs et soutenir les prix à la production. Le ministère de l'Agriculture a annoncé l'ouverture d'une ligne de crédit de stockage au profit des huileries.
p|La production nationale est estimée cette saison à 380 000 tonnes, l'une des plus importantes de l'histoire du pays, après 340 000 tonnes lors de la campagne précédente.
signature|I. B.
tags|Tags : exportations huile d'olive Onagri ONH Utap
newsletter|Abonnez-vous à notre newsletter pour recevoir chaque jour les dernières informations
newsletter|Votre adresse email
newsletter|S'abonner
related|Articles liés
related|Tunisie : le déficit commercial se creuse à 19,2 milliards de dinars en 2025
related|Sfax : les huileries tournent à plein régime
related|Tunisie-Agriculture : les dattes, deuxième produit agricole exporté
comments|Laisser un commentaire
comments|Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *
comments|Commentaire *
comments|Nom *
comments|E-mail *
comments|Enregistrer mon nom, mon e-mail et mon site dans le navigateur pour mon prochain commentaire.
comments|Laisser un commentaire
most-read|Les plus lus
most-read|Tunisie : les nouveaux tarifs de l'électricité et du gaz entrent en vigueur
most-read|Bac 2026 : le calendrier des épreuves dévoilé
most-read|Tunis : l'avenue Habib Bourguiba fermée à la circulation samedi
ticker|Horaires des prières à Tunis
ticker|Sobh 05:52 Dhohr 12:38 Asr 15:36 Maghreb 18:04 Icha 19:22
teaser-list|Derniers articles
teaser-list|Libye : reprise du trafic au poste frontalier de Ras Jedir
teaser-list|il y a 2 heures
teaser-list|Festival de Carthage 2026 : les premiers noms annoncés
teaser-list|il y a 3 heures
footer|Carthago Eco - Le journal électronique indépendant de Tunisie
footer|Qui sommes-nous
footer|Contact
footer|Publicité
footer|Mentions légales
copyright|© 2026 Carthago Eco. Tous droits réservés.
back-to-top|↑
"""),
 dict(id="kapitalis-style-2", site="kapitalis-style", lang="fr", sep="\n", title="Dette intérieure : la Tunisie peut-elle encore éviter le piège de l'effet d'éviction ?", date="2026-03-05", page="""
timestamp|jeudi, 5 mars 2026
weather|Tunis 19°C
ticker|Euro 3,4102 DT
ticker|Dollar 3,1488 DT
social|Facebook Twitter Linkedin Youtube Instagram
menu|Carthago Eco
menu|Journal électronique indépendant de Tunisie
menu|A la une
menu|Tunisie
menu|Politique
menu|Economie
menu|Société
menu|Culture
menu|Maghreb
menu|Afrique
menu|Monde
menu|Opinions
menu|Sport
menu|Santé
menu|Tech
search|Rechercher...
breaking|Dernière minute
breaking|Ramadan : les horaires de travail dans l'administration publique fixés
breaking|Bizerte : un chalutier porté disparu au large de Ras Enghela
breaking|Coupe de Tunisie : le tirage des quarts de finale effectué
ad|Banque de l'Habitat - Votre crédit logement en 48h. Simulez en ligne
section-label|Opinions
h1|Dette intérieure : la Tunisie peut-elle encore éviter le piège de l'effet d'éviction ?
byline|Publié par Mounir Hachani *
dateline|le 5 mars 2026
comments|2 commentaires
views|1 086 vues
share|Facebook
share|Twitter
share|Linkedin
share|WhatsApp
share|Email
print|Imprimer
lead|En finançant son déficit auprès des banques locales et de la Banque centrale, l'Etat tunisien préserve sa souveraineté. Mais il assèche le crédit aux entreprises, et la facture pourrait s'avérer lourde pour la croissance.
caption|Le siège de la Banque centrale de Tunisie, avenue Mohamed V, à Tunis.
p|Depuis près de trois ans, la politique budgétaire tunisienne repose sur un principe affiché au plus haut niveau de l'Etat : « compter sur soi ». Faute d'accord avec le Fonds monétaire international, le pays a largement tourné le dos aux marchés financiers internationaux et finance désormais l'essentiel de ses besoins sur le marché intérieur.
p|La loi de finances 2026 en est l'illustration. Sur un besoin de financement estimé à 28 milliards de dinars, près des deux tiers doivent être couverts par des emprunts intérieurs : bons du Trésor, emprunt obligataire national et, pour la deuxième année consécutive, une facilité accordée directement par la Banque centrale de Tunisie (BCT).
h2|Des banques devenues prêteuses de l'Etat
p|Le premier effet de cette stratégie est visible dans les bilans bancaires. Les créances des banques sur l'Etat représentent aujourd'hui plus de 20% de leurs actifs, contre 12% il y a dix ans. Prêter à l'Etat, sans risque et bien rémunéré, est devenu plus attractif que financer une PME de Sfax ou un projet agricole à Béja.
p|C'est ce que les économistes appellent l'effet d'éviction. Les chiffres de la BCT sont éloquents : les crédits à l'économie ont progressé de moins de 2% en 2025, soit une baisse en termes réels compte tenu d'une inflation qui reste supérieure à 5%.
read-also|Lire aussi : BCT : le taux directeur maintenu à 7,5%
p|« Nous n'arrivons plus à financer le renouvellement de nos machines. La banque nous demande des garanties que nous n'avons pas », me confiait récemment le patron d'une entreprise textile de Monastir employant 180 personnes.
ad|PUBLICITÉ
ad|Assurances Hannibal - Protégez votre famille avec notre contrat épargne-retraite
h2|Trois pistes pour sortir de l'impasse
p|Il ne s'agit pas de plaider pour un retour sans conditions à l'endettement extérieur, dont le coût reste prohibitif. Mais plusieurs pistes méritent d'être discutées sereinement :
li|réformer les entreprises publiques déficitaires, dont les pertes cumulées pèsent chaque année sur le budget ;
li|élargir l'assiette fiscale en intégrant progressivement le secteur informel, qui représente près du tiers de l'activité ;
li|mettre en place un mécanisme de garantie des crédits aux PME, financé en partie par les banques qui bénéficient le plus des placements en bons du Trésor.
p|A défaut, le pays risque de s'enfermer dans un cercle vicieux : faible croissance, recettes fiscales insuffisantes, besoin d'emprunt accru et crédit toujours plus rare pour le secteur productif.
p|Le « compter sur soi » est un beau principe. Encore faut-il que l'économie réelle en ait les moyens.
signature|* Economiste, ancien cadre de la Banque centrale de Tunisie.
disclaimer|Les articles publiés dans la rubrique Opinions n'engagent que leurs auteurs.
tags|Tags : BCT dette intérieure loi de finances 2026 PME
newsletter|Abonnez-vous à notre newsletter pour recevoir chaque jour les dernières informations
newsletter|Votre adresse email
newsletter|S'abonner
related|Articles liés
related|Tunisie : l'emprunt obligataire national clôturé avec une sursouscription
related|Opinion : pourquoi le dinar résiste malgré tout
related|Tunisie : l'inflation recule à 5,1% en février
comments|2 commentaires
comments|Hédi B.
comments|5 mars 2026 à 11 h 42 min
comments|Analyse juste. Les banques préfèrent les bons du Trésor, c'est humain, mais c'est l'économie qui paie.
comments|Répondre
comments|Sonia
comments|5 mars 2026 à 13 h 05 min
comments|Et les entreprises publiques, on en parle depuis 2011 sans rien faire.
comments|Répondre
comments|Laisser un commentaire
comments|Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *
most-read|Les plus lus
most-read|Tunisie : le prix du mouton de l'Aïd déjà en hausse
most-read|Ramadan 2026 : le ministère du Commerce renforce les contrôles
teaser-list|Dette intérieure : la Tunisie peut-elle encore éviter le piège de l'effet d'éviction ?
ticker|Horaires des prières à Tunis
ticker|Sobh 05:21 Dhohr 12:33 Asr 15:51 Maghreb 18:23 Icha 19:39
teaser-list|Derniers articles
teaser-list|Algérie-Tunisie : signature de six accords de coopération à Alger
teaser-list|il y a 1 heure
teaser-list|Théâtre : « Les murs » de Leila Toubel à El Teatro
teaser-list|il y a 4 heures
footer|Carthago Eco - Le journal électronique indépendant de Tunisie
footer|Qui sommes-nous
footer|Contact
footer|Publicité
footer|Mentions légales
copyright|© 2026 Carthago Eco. Tous droits réservés.
back-to-top|↑
"""),
 dict(id="the-hill-style-1", site="the-hill-style", lang="en", sep="\n", title="Senate GOP eyes stopgap into March as Democrats dig in over health subsidies", date="2026-01-27", page="""
skip-link|Skip to content
menu|The Rotunda
menu|Sections
search|Search
newsletter|Newsletters
account|Sign in
menu|News
menu|Administration
menu|Campaign
menu|Congress
menu|Courts
menu|Defense
menu|Energy & Environment
menu|Business
menu|Healthcare
menu|International
menu|Technology
menu|Opinion
menu|Video
menu|Events
network|NationWire
trending|TRENDING:
trending|Government shutdown
trending|Supreme Court
trending|Greenland
trending|2026 midterms
trending|Epstein files
ad|Advertisement
section-label|Senate
h1|Senate GOP eyes stopgap into March as Democrats dig in over health subsidies
byline|by Mitchell Ross and Dana Kimura - 01/27/26 6:00 AM ET
share|Share
share|✉
share|Post
share|𝕏
share|Share
share|Facebook
share|Share
share|LinkedIn
comments|Comments
caption|Senate Majority Leader Jim Thornberry (R-Idaho) speaks to reporters following the weekly Senate Republican lunch at the Capitol on Tuesday, Jan. 20, 2026. (Kevin Dorsey)
p|Senate Republicans are coalescing around a short-term spending bill that would keep the government funded into March, as Democrats signal they will not provide the votes for any measure that fails to extend enhanced health insurance subsidies.
p|With funding for most federal agencies set to expire at midnight Friday, GOP leaders are weighing a continuing resolution that would run through March 13, giving appropriators more time to finish work on the remaining full-year spending bills.
p|"We're going to keep the government open. That's the responsible thing to do, and I expect we'll have a vote on it this week," Senate Majority Leader Jim Thornberry (R-Idaho) told reporters Monday evening.
video|Now Playing
video|Thornberry: 'We're not going to let the government shut down'
video|Up Next
video|Delgado says Democrats won't 'write a blank check'
ad|Advertisement
p|But Republicans need at least seven Democratic votes to overcome a filibuster in the 53-47 chamber, and Democratic leaders say the price of their support has not changed.
p|Senate Minority Leader Ray Delgado (D-N.M.) on Monday called the GOP plan "a punt that does nothing for the 20 million Americans watching their premiums double."
p|"We have said it from day one: you want our votes, you deal with health care," Delgado said on the Senate floor.
read-more|READ MORE: House conservatives threaten to sink spending deal over Ukraine aid
h2|A split among moderates
p|The standoff is putting pressure on a handful of centrist Democrats, several of whom voted for a stopgap during last fall's record-long shutdown and are wary of a repeat.
p|Sen. Laura Pettit (D-N.H.) told The Rotunda she wanted "a path to a real negotiation" on the Affordable Care Act tax credits but did not rule out supporting a clean funding extension. Sen. Tom Brandt (D-Pa.) said he would vote for it.
p|Republicans, for their part, are divided over whether to offer a vote on the subsidies as a sweetener. Some GOP senators facing tough races in November have pushed leadership to allow a vote on a one-year extension with income limits, while conservatives argue the credits should be allowed to lapse.
ad|Advertisement
p|A senior GOP aide said no decision had been made on whether to hold a side vote, adding that leadership was "listening to members."
h2|House waits on the Senate
p|In the House, Speaker Dale Harmon (R-La.) has said he will take up whatever the Senate passes, though his narrow majority leaves little room for error. A group of House Freedom Caucus members has already said it will oppose any stopgap that does not include new spending cuts.
p|The White House has signaled President Trump would sign a short-term measure. The Office of Management and Budget told agencies last week to prepare for the possibility of a lapse in funding, a routine step ahead of a deadline.
p|The Rotunda has reached out to Delgado's office for further comment.
dateline|Updated 9:42 a.m.
copyright|Copyright 2026 Keystone Media Group, Inc. All rights reserved. This material may not be published, broadcast, rewritten, or redistributed.
tags|Tags
tags|Ray Delgado
tags|Government shutdown
tags|Jim Thornberry
tags|Laura Pettit
tags|Dale Harmon
share|Share
share|✉
share|Post
share|𝕏
share|Share
share|Facebook
share|Share
share|LinkedIn
newsletter|Sign up for the Morning Briefing
newsletter|The day's top political stories, delivered to your inbox every weekday at 6 a.m.
newsletter|Enter your email
newsletter|Subscribe
teaser-list|More Senate News
teaser-list|See All
teaser-list|Senate confirms Trump pick for Federal Reserve board
teaser-list|by Owen Tracy
teaser-list|12 hours ago
teaser-list|Senate
teaser-list|Republicans split over bill to cap credit card interest rates
teaser-list|by Dana Kimura
teaser-list|1 day ago
teaser-list|Senate
most-read|Most Popular
most-read|1
most-read|Trump says he will 'take a look' at pardoning former aide
most-read|2
most-read|Five takeaways from the Iowa special election
most-read|3
teaser-list|Senate GOP eyes stopgap into March as Democrats dig in over health subsidies
most-read|4
most-read|Poll: Majority of voters say country on wrong track
most-read|5
most-read|Supreme Court to hear challenge to birthright citizenship order
video|Video/Rotunda TV
video|Rising
video|Analyst: Shutdown fight is 'a test for Delgado's leadership'
video|5:41
sponsored|Sponsored Content
sponsored|Doctors Stunned: Seniors Are Using This Simple Trick To Cut Their Energy Bill
sponsored|SmartSaver Daily
teaser-list|Just In
teaser-list|Democratic governor signs bill banning cellphones in classrooms
teaser-list|State Watch - 4m ago
teaser-list|Pentagon to send additional Patriot batteries to Gulf
teaser-list|Defense - 11m ago
teaser-list|Former Fed official warns of 'stagflation-lite'
teaser-list|Business - 19m ago
footer|The Rotunda
footer|1625 K Street, NW Suite 900 Washington DC 20006
footer|202-555-0140 tel
footer|202-555-0141 fax
footer|About
footer|Contact
footer|Advertise
footer|Privacy Policy
footer|Terms of Service
footer|Your Privacy Choices
footer|Accessibility Statement
copyright|© 1998 - 2026 Keystone Media Group, Inc. All Rights Reserved.
"""),
 dict(id="the-hill-style-2", site="the-hill-style", lang="en", sep="\n", title="Poll: Cost of living dominates voters' concerns as midterm campaigns heat up", date="2026-04-14", page="""
skip-link|Skip to content
menu|The Rotunda
menu|Sections
search|Search
newsletter|Newsletters
account|Sign in
menu|News
menu|Administration
menu|Campaign
menu|Congress
menu|Courts
menu|Defense
menu|Energy & Environment
menu|Business
menu|Healthcare
menu|International
menu|Technology
menu|Opinion
menu|Video
menu|Events
network|NationWire
trending|TRENDING:
trending|Tariffs
trending|2026 midterms
trending|Supreme Court
trending|Iran talks
trending|Tax Day
ad|Advertisement
section-label|Campaign
section-label|Polling
h1|Poll: Cost of living dominates voters' concerns as midterm campaigns heat up
byline|by Caroline Whitfield - 04/14/26 12:31 PM ET
share|Share
share|✉
share|Post
share|𝕏
share|Share
share|Facebook
share|Share
share|LinkedIn
comments|Comments
caption|Shoppers browse produce at a grocery store in Arlington, Va., on April 2, 2026. (Paula Richter/Getty Images)
p|Nearly half of registered voters say the cost of living is the most important issue facing the country, according to a new Emerson-Harris poll, as both parties sharpen their economic messages ahead of November's midterm elections.
p|Forty-seven percent of voters in the survey, released Tuesday, named inflation and everyday costs as their top concern, far ahead of immigration (13 percent), threats to democracy (11 percent) and health care (9 percent).
p|The findings underscore the challenge facing Republicans as they seek to defend narrow majorities in both chambers of Congress amid persistent frustration over grocery, housing and insurance prices.
data-widget|Ballot Desk HQ Average
data-widget|Generic congressional ballot
data-widget|Democrats 45.8%
data-widget|Republicans 43.6%
data-widget|See the full polling average
ad|Advertisement
p|Only 38 percent of voters approve of President Trump's handling of the economy, the poll found, down from 44 percent in January. His overall approval rating stands at 42 percent.
p|On the generic congressional ballot, 46 percent of voters said they would support the Democratic candidate in their district if the election were held today, while 43 percent said they would back the Republican. Eleven percent were undecided.
h2|Tariffs a drag, voters say
p|A majority of respondents, 56 percent, said they believe tariffs imposed by the administration have raised prices for the goods they buy. That view was shared by 81 percent of Democrats, 58 percent of independents and 27 percent of Republicans.
p|"The economy has become a referendum on the incumbent party, and that's a tough place to be when people feel squeezed at the checkout counter," said Rachel Odom, the pollster who directed the survey.
embed-blocked|This embed is not available because you have opted out of third-party cookies. Manage your privacy choices to view it.
p|Republicans argue the picture will improve as tax cuts passed last year show up in refunds this spring. The poll found voters split on that question:
li|31 percent said the tax law would help their family's finances;
li|29 percent said it would hurt;
li|34 percent said it would make no difference;
li|6 percent were unsure.
ad|Advertisement
h2|Independents up for grabs
p|Independents, who broke narrowly for Republicans in 2024, now favor Democrats by 6 points on the generic ballot, though more than a fifth remain undecided.
p|National Republican Congressional Committee spokesperson Tess Carrow said in a statement that Democrats "have no plan to lower costs and voters know it."
p|A Democratic Congressional Campaign Committee spokesperson pointed to the survey as evidence that "working families are done with broken promises."
p|The Emerson-Harris survey was conducted April 9-11 among 1,400 registered voters and has a margin of error of plus or minus 2.5 percentage points.
copyright|Copyright 2026 Keystone Media Group, Inc. All rights reserved. This material may not be published, broadcast, rewritten, or redistributed.
tags|Tags
tags|2026 midterm elections
tags|Cost of living
tags|Donald Trump
tags|Polling
tags|Tariffs
share|Share
share|✉
share|Post
share|𝕏
share|Share
share|Facebook
share|Share
share|LinkedIn
newsletter|Sign up for the Campaign Report
newsletter|Your guide to the 2026 midterms: polls, fundraising and the races to watch, every Tuesday and Thursday.
newsletter|Enter your email
newsletter|Subscribe
teaser-list|More Campaign News
teaser-list|See All
teaser-list|Ohio Senate primary turns negative with new ad blitz
teaser-list|by Ned Faraday
teaser-list|3 hours ago
teaser-list|Campaign
teaser-list|Democrats outraise GOP in first quarter in key House races
teaser-list|by Caroline Whitfield
teaser-list|1 day ago
teaser-list|Campaign
most-read|Most Popular
most-read|1
most-read|Trump floats replacing Treasury secretary after bond market slide
most-read|2
teaser-list|Poll: Cost of living dominates voters' concerns as midterm campaigns heat up
most-read|3
most-read|Here's when you'll get your tax refund
most-read|4
most-read|Senate votes to block arms sale in rare rebuke
video|Video/Rotunda TV
video|Rising
video|Pollster: 'Independents are moving, and they're moving fast'
video|6:02
sponsored|Sponsored Content
sponsored|Americans Over 50 Are Rushing To Claim This New Benefit
sponsored|Retirement Insider
teaser-list|Just In
teaser-list|FAA orders inspections of engines on regional jets
teaser-list|Transportation - 2m ago
teaser-list|Judge blocks cuts to Head Start grants
teaser-list|Courts - 15m ago
teaser-list|Governor signs bill expanding paid family leave
teaser-list|State Watch - 27m ago
footer|The Rotunda
footer|1625 K Street, NW Suite 900 Washington DC 20006
footer|202-555-0140 tel
footer|202-555-0141 fax
footer|About
footer|Contact
footer|Advertise
footer|Privacy Policy
footer|Terms of Service
footer|Your Privacy Choices
footer|Accessibility Statement
copyright|© 1998 - 2026 Keystone Media Group, Inc. All Rights Reserved.
"""),
]
