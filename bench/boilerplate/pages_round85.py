# Round 85: eight pages on four more layouts (a Moroccan daily in French, a US national daily, a French local public
# radio's news page, a Kenyan daily), written blind: without looking at the classifier, its rules or the benchmark,
# measured once. Each line: "label|text". Invented text; no real article is copied.
ROUND85 = [
 dict(id="l-opinion-ma-style-1", site="l-opinion-ma-style", lang="fr", sep="\n", title="Dessalement : la station de Casablanca livrera ses premiers mètres cubes avant l'été", date="2026-03-04", page="""
timestamp|Mercredi 4 Mars 2026
ticker|Rabat 17°C
ticker|Ramadan 1447 - Iftar à Rabat : 18h41
ticker|Heures de prière : Fajr 05:58 - Dohr 12:49 - Asr 16:09 - Maghrib 18:41 - Icha 19:57
ticker|EUR 10,84 MAD  USD 9,21 MAD
lang-switch|العربية
epaper|Édition PDF du jour
account|Connexion
menu|L'HORIZON
menu|Le quotidien de l'information et de l'analyse
menu|Accueil
menu|Nation
menu|Politique
menu|Economie
menu|Régions
menu|Société
menu|Monde
menu|Culture
menu|Sport
menu|Chroniques
menu|Horizon TV
menu|Podcasts
search|Rechercher
breaking|Dernière minute
breaking|Ramadan : la DGSN renforce son dispositif de sécurité aux abords des souks et des mosquées
ad|Publicité
ad|Maroc Telecom Fibre - jusqu'à 1 Gbps dès 299 DH/mois
breadcrumb|Accueil » Economie
section-label|Ressources hydriques
h1|Dessalement : la station de Casablanca livrera ses premiers mètres cubes avant l'été
lead|Le chantier de la plus grande usine de dessalement du continent entre dans sa dernière ligne droite. Une première tranche de 100 millions de mètres cubes par an doit alimenter le Grand Casablanca dès le mois de juin, a annoncé mardi le ministère de l'Equipement et de l'Eau.
byline|Rédigé par Saâd Bennani le Mercredi 4 Mars 2026
views|Lu 1386 fois
font|A+
font|A-
print|Imprimer
caption|Le chantier de la station de dessalement de Lamharza, au sud de Casablanca, s'étend sur une cinquantaine d'hectares.
credit|(Ph. DR)
p|C'est une échéance très attendue par les quelque sept millions d'habitants de la région Casablanca-Settat. Selon le calendrier présenté mardi à Rabat devant la commission des secteurs productifs de la Chambre des représentants, la station de dessalement d'eau de mer de Lamharza devrait injecter ses premiers volumes dans le réseau de distribution avant la fin du mois de juin.
p|« Les essais hydrauliques des premières lignes d'osmose inverse ont commencé en janvier et se déroulent conformément au planning », a indiqué le ministre devant les députés, précisant que le taux d'avancement global du projet atteignait 87 % à fin février.
p|La première tranche, d'une capacité de 100 millions de mètres cubes par an, sera portée à 300 millions de mètres cubes à l'horizon 2028, ce qui en fera, selon les autorités, l'une des plus grandes installations de ce type au monde. Une partie de la production, environ 50 millions de mètres cubes, sera réservée à l'irrigation des périmètres agricoles des Doukkala.
h2|Soulager les barrages
p|Pour la capitale économique, l'enjeu est de taille. Après sept années de sécheresse quasi ininterrompue, l'approvisionnement de Casablanca repose encore largement sur le barrage Al Massira, dont le taux de remplissage reste inférieur à 12 % malgré les pluies de l'hiver, et sur l'autoroute de l'eau reliant le bassin du Sebou à celui du Bouregreg.
p|« Le dessalement ne remplacera pas les ressources conventionnelles, mais il nous permettra enfin de sortir de la gestion de crise », estime un responsable de l'Office national de l'électricité et de l'eau potable, qui rappelle que les restrictions imposées aux hammams et aux stations de lavage ont été levées progressivement depuis l'automne.
read-also|Lire aussi : Barrages : le taux de remplissage national franchit la barre des 40 %
p|La question du coût reste toutefois posée. L'usine, réalisée dans le cadre d'un partenariat public-privé, fonctionnera à partir d'énergies renouvelables grâce à un parc éolien dédié. Le prix de revient du mètre cube, estimé à un peu plus de 5 dirhams, sera lissé dans les tarifs afin de ne pas peser sur la facture des ménages, a assuré le ministre.
ad|Publicité
h2|Chiffres clés
li|300 millions de m3 par an à terme, dont 100 millions dès 2026
li|7,5 millions d'habitants desservis dans la région Casablanca-Settat
li|50 millions de m3 réservés à l'irrigation des Doukkala
li|Près de 2.000 emplois mobilisés sur le chantier
p|Plusieurs députés de l'opposition ont néanmoins interpellé le ministre sur l'impact environnemental des rejets de saumure en mer, ainsi que sur la part des entreprises marocaines dans la sous-traitance. Le ministre a affirmé qu'un dispositif de suivi du milieu marin avait été confié à l'Institut national de recherche halieutique et que le taux d'intégration locale dépassait 60 %.
p|D'ici 2030, le Royaume ambitionne de produire 1,7 milliard de mètres cubes d'eau dessalée par an, contre environ 350 millions aujourd'hui, avec une douzaine de nouvelles stations programmées, de Tanger à Dakhla.
signature|Saâd BENNANI
tags|Dessalement
tags|Eau potable
tags|Casablanca
tags|Sécheresse
rating|Notez
share|Facebook
share|Twitter
share|LinkedIn
share|WhatsApp
share|Envoyer à un ami
print|Version imprimable
related|Dans la même rubrique :
nav|< >
related|Mardi 3 Mars 2026 - 18:05
related|Ramadan : les prix des dattes et des fruits secs sous surveillance
related|Mardi 3 Mars 2026 - 14:32
related|Bourse de Casablanca : le MASI clôture en légère hausse
related|Lundi 2 Mars 2026 - 20:11
related|Autoroutes du Maroc : le tronçon Tit Mellil-Berrechid à 2x3 voies mis en service
read-more|1 2 3 4 5 » ... 467
comments|Nouveau commentaire :
comments|Facebook Twitter
comments|Nom *
comments|Adresse électronique *
comments|Site web
comments|Votre commentaire *
comments|Publier
disclaimer|L'Horizon se réserve le droit de ne pas publier les commentaires injurieux, diffamatoires ou hors sujet. Les commentaires n'engagent que leurs auteurs.
video|Horizon TV
video|Émission « Débat de la semaine » : où en est la stratégie nationale de l'eau ?
video|24:12
most-read|Les plus lus
most-read|Bac 2026 : le calendrier des examens nationaux dévoilé
most-read|Mondial 2030 : le Grand Stade Hassan II livré avec un an d'avance ?
most-read|Météo : retour des averses orageuses sur le Nord ce week-end
most-read|Retraites : la réforme paramétrique devant le Conseil de gouvernement
newsletter|Newsletter
newsletter|Recevez l'essentiel de l'actualité chaque matin
newsletter|Votre adresse e-mail
newsletter|S'abonner
footer|Rubriques
footer|Nation - Politique - Economie - Régions - Société - Monde - Culture - Sport - Chroniques
footer|L'Horizon, quotidien national d'information fondé en 1965
footer|Contact - Publicité - Abonnements - Mentions légales - Flux RSS
copyright|© 2026 L'Horizon. Tous droits réservés.
footer|Créé par Kiosque Web
cookie|En poursuivant votre navigation sur ce site, vous acceptez l'utilisation de cookies pour vous proposer des contenus adaptés à vos centres d'intérêt.
cookie|J'accepte
cookie|En savoir plus
"""),
 dict(id="l-opinion-ma-style-2", site="l-opinion-ma-style", lang="fr", sep="\n", title="Ecoles pionnières : le modèle étendu à la moitié des écoles primaires à la rentrée prochaine", date="2026-02-18", page="""
timestamp|Mercredi 18 Février 2026
ticker|Rabat 14°C
ticker|Heures de prière : Fajr 06:21 - Dohr 12:52 - Asr 16:02 - Maghrib 18:27 - Icha 19:43
ticker|EUR 10,86 MAD  USD 9,24 MAD
lang-switch|العربية
epaper|Édition PDF du jour
account|Connexion
menu|L'HORIZON
menu|Le quotidien de l'information et de l'analyse
menu|Accueil
menu|Nation
menu|Politique
menu|Economie
menu|Régions
menu|Société
menu|Monde
menu|Culture
menu|Sport
menu|Chroniques
menu|Horizon TV
menu|Podcasts
search|Rechercher
breaking|Dernière minute
breaking|Observation du croissant lunaire : le ministère des Habous annonce le début du mois de Ramadan
ad|Publicité
breadcrumb|Accueil » Société
section-label|Enseignement
h1|Ecoles pionnières : le modèle étendu à la moitié des écoles primaires à la rentrée prochaine
lead|Après deux années d'expérimentation jugées concluantes par le ministère de l'Education nationale, le dispositif des « écoles pionnières » sera généralisé à quelque 4.600 établissements supplémentaires en septembre 2026. Les syndicats réclament des moyens à la hauteur.
byline|Rédigé par Hajar Lemrani le Mercredi 18 Février 2026
dateline|Modifié le Jeudi 19 Février 2026
views|Lu 2114 fois
font|A+
font|A-
print|Imprimer
caption|Une classe de CE2 dans une école pionnière de la province de Sidi Kacem.
credit|(Ph. Archives)
p|Le ministère de l'Education nationale, du Préscolaire et des Sports a présenté mardi, lors d'une réunion avec les directeurs des académies régionales, le calendrier d'extension du programme des « écoles pionnières ». A la rentrée 2026, la moitié des écoles primaires publiques du Royaume devraient appliquer ce modèle, contre un peu plus de 2.600 aujourd'hui.
p|Lancé à titre expérimental en 2023, le dispositif repose sur l'enseignement structuré et sur la méthode dite « Teaching at the right level », qui consiste à regrouper les élèves selon leur niveau réel en lecture et en calcul, et non selon leur âge, pendant une partie de la journée.
p|Selon les évaluations présentées par le ministère, la part des élèves de CM1 maîtrisant les compétences de base en arabe et en mathématiques aurait progressé de plus de vingt points en deux ans dans les établissements concernés. Des résultats qui restent à confirmer par une évaluation indépendante, attendue pour le mois de juin.
read-also|Lire aussi : Préscolaire : 60.000 enfants encore sans place dans le monde rural
h2|Les enseignants formés en accéléré
p|Pour tenir ce calendrier, près de 40.000 enseignants suivront pendant les vacances d'été une formation de deux semaines, encadrée par les centres régionaux des métiers de l'éducation et de la formation. Chaque école labellisée recevra en outre une dotation en manuels, en matériel pédagogique et en équipements numériques.
p|Les syndicats de l'enseignement, s'ils ne contestent pas le principe, s'inquiètent du rythme. « On ne peut pas demander aux enseignants de changer de méthode en quinze jours, dans des classes qui comptent parfois plus de quarante élèves », déplore un responsable syndical à Fès.
ad|Publicité
h2|Trois questions à Nadia Bennis, inspectrice pédagogique à Fès
h2|Qu'est-ce qui change concrètement pour les élèves ?
p|Les premières semaines, chaque enfant passe un test très court pour savoir où il en est. Ensuite, pendant une heure chaque matin, il travaille avec des camarades du même niveau. Ceux qui ont décroché rattrapent leur retard beaucoup plus vite qu'avant.
h2|Les enseignants sont-ils prêts ?
p|Ceux qui ont vécu l'expérimentation ne veulent plus revenir en arrière. Mais il faut un accompagnement sur la durée, pas seulement une formation de départ. Les inspecteurs doivent pouvoir passer régulièrement dans les classes.
h2|Et dans le rural ?
p|C'est là que l'enjeu est le plus fort. Dans les écoles satellites, avec des classes multiniveaux, la méthode est même plus naturelle. Le vrai problème, c'est le transport scolaire et l'absentéisme des enseignants.
p|Le ministère assure que l'ensemble des écoles primaires publiques aura adopté le modèle à l'horizon 2028, avant une extension progressive aux collèges, déjà engagée dans 230 établissements.
signature|H. L.
tags|Education nationale
tags|Ecoles pionnières
tags|Enseignement primaire
rating|Notez
share|Facebook
share|Twitter
share|LinkedIn
share|WhatsApp
share|Envoyer à un ami
print|Version imprimable
related|Dans la même rubrique :
nav|< >
related|Mardi 17 Février 2026 - 19:40
related|Ramadan : les horaires de travail dans l'administration publique fixés
related|Mardi 17 Février 2026 - 11:02
related|AMO : plus de 600.000 nouveaux bénéficiaires en janvier
related|Lundi 16 Février 2026 - 16:55
related|Casablanca : le tramway T3 prolongé jusqu'à Sidi Moumen
read-more|1 2 3 4 5 » ... 812
comments|Commentaires (3)
comments|1.Posté par Abdelkrim le 18/02/2026 22:14
comments|Très bonne initiative, mais dans notre douar l'école n'a toujours pas d'eau courante.
comments|2.Posté par Samira F. le 19/02/2026 08:37
comments|Ma fille est dans une école pionnière à Meknès, le changement est visible en lecture.
comments|3.Posté par Observateur le 19/02/2026 10:02
comments|Encore une réforme annoncée avant les élections...
comments|Nouveau commentaire :
comments|Facebook Twitter
comments|Nom *
comments|Adresse électronique *
comments|Site web
comments|Votre commentaire *
comments|Publier
disclaimer|L'Horizon se réserve le droit de ne pas publier les commentaires injurieux, diffamatoires ou hors sujet. Les commentaires n'engagent que leurs auteurs.
video|Horizon TV
video|Reportage : une journée dans une école pionnière de la région de l'Oriental
video|06:48
most-read|Les plus lus
most-read|Ramadan 1447 : les horaires de prière ville par ville
most-read|Mondial 2030 : le Grand Stade Hassan II livré avec un an d'avance ?
most-read|Permis de conduire : ce qui change avec le nouvel examen théorique
teaser-list|Ecoles pionnières : le modèle étendu à la moitié des écoles primaires à la rentrée prochaine
newsletter|Newsletter
newsletter|Recevez l'essentiel de l'actualité chaque matin
newsletter|Votre adresse e-mail
newsletter|S'abonner
footer|Rubriques
footer|Nation - Politique - Economie - Régions - Société - Monde - Culture - Sport - Chroniques
footer|L'Horizon, quotidien national d'information fondé en 1965
footer|Contact - Publicité - Abonnements - Mentions légales - Flux RSS
copyright|© 2026 L'Horizon. Tous droits réservés.
footer|Créé par Kiosque Web
cookie|En poursuivant votre navigation sur ce site, vous acceptez l'utilisation de cookies pour vous proposer des contenus adaptés à vos centres d'intérêt.
cookie|J'accepte
cookie|En savoir plus
"""),
 dict(id="washington-post-style-1", site="washington-post-style", lang="en", sep="\n", title="Metro's new rail cars are delayed again, and Red Line riders will feel it first", date="2026-01-21", page="""
skip-link|Skip to main content
menu|Sections
search|Search
menu|The Potomac Post
menu|Democracy Needs Daylight
subscribe|Subscribe
account|Sign in
ad|Advertisement
section-label|Transportation
h1|Metro's new rail cars are delayed again, and Red Line riders will feel it first
lead|The transit agency says its first 8000-series trains won't carry passengers until 2027, forcing it to keep its oldest cars running longer and to trim service on its busiest line.
byline|By Danielle Okafor and Peter Lindgren
dateline|January 21, 2026 at 5:00 a.m. EST
listen|Listen
listen|6 min
ai-summary|Summarize
share|Share
share|Gift Article
comments|Comment
comments|214
save|Save
caption|A Red Line train pulls into the Silver Spring station on Jan. 14. Some of the cars still in service on the line are more than 15 years old. (Teodoro Ruiz/The Potomac Post)
p|Metro's long-awaited new rail cars will arrive at least a year later than planned, the transit agency told its board Tuesday, a setback that will force it to keep aging trains in service and reduce how often trains run on the Red Line during parts of the day.
p|The 8000-series cars, ordered in 2023 under a contract worth more than $2 billion, were supposed to begin carrying passengers this spring. Metro now says the first trains will not enter service before the spring of 2027, after problems with the cars' braking software turned up during testing at the manufacturer's plant.
p|"We are not going to put a train in front of our customers until we are confident it is safe and reliable," Metro's general manager, Craig Hollander, said in a statement. "Nobody is happier about new trains than we would have been. But we're not cutting corners."
ad|Advertisement
ad|Story continues below advertisement
p|The delay leaves Metro with a tighter fleet than it had planned for. The agency had counted on retiring about 100 of its 6000-series cars, which entered service in the mid-2000s, as the new trains arrived. Those cars will now need another round of heavy maintenance, at a cost officials estimated at $38 million.
h2|Fewer trains at midday
p|Starting in March, Red Line trains will run every eight minutes instead of every six during midday hours on weekdays, Metro said. Rush-hour service will not change. The agency said the adjustment would free up enough cars to keep a reserve for breakdowns without running trains with fewer than eight cars.
p|Riders who use the line to get to jobs in downtown Washington and in Montgomery County said they were bracing for more crowding.
p|"Midday is when I go to physical therapy, and it's already packed with tourists and school groups," said Angela Moss, 61, who boards at Takoma. "Two more minutes doesn't sound like a lot until you're standing on the platform in August."
newsletter|Sign up for The Commute, a weekly newsletter about getting around the D.C. region.
newsletter|Sign up
p|The Red Line is the system's busiest, carrying more than a quarter of Metro's weekday rail trips, and it has the highest concentration of older equipment.
h2|A pattern of delays
p|It is not the first time the new railcars have slipped. The contract originally called for deliveries to begin in late 2025, a date that was pushed back after the manufacturer opened a new assembly plant in Maryland and struggled to hire enough workers.
p|Board member Sarah Quintero, who represents Virginia, pressed staff Tuesday on whether the manufacturer would face financial penalties. Metro's chief operating officer said the contract includes damages for late delivery but declined to say how much the agency expected to recover, citing continuing negotiations.
p|The manufacturer said in a statement that it "remains fully committed" to the project and that the braking issue had been identified and a fix was being tested.
related-inline|Metro's 7000-series trains are back. Here's what went wrong.
p|Transit advocates said the delay underscores how fragile the system's finances remain even as ridership recovers. Metro carried about 80 percent of its pre-pandemic rail ridership in 2025, its best year since 2019, but it still faces a structural budget gap that the region's governments have only partly closed.
p|"The new cars were supposed to be the good-news story," said Tameka Hollis of the Greater Washington Transit Riders Union. "Now riders are going to pay for someone else's software problem with longer waits."
p|Metro said it would publish a revised delivery schedule in April.
signature|Luis Ferrera contributed to this report.
share|Share
share|Gift this article
comments|214 Comments
author-bio|Danielle Okafor covers transportation and development for The Potomac Post's local desk. She joined The Post in 2019.
author-link|Follow
author-bio|Peter Lindgren is a reporter covering Virginia politics and transit.
author-link|Follow
comments|What readers are saying
comments|The comments express frustration with Metro's repeated delays, with many readers questioning why penalties were not enforced earlier. Some commenters defend the agency's caution on safety, while others focus on midday crowding on the Red Line.
disclaimer|This summary is AI-generated. AI can make mistakes and this summary is not a replacement for reading the comments.
comments|View all comments
ad|Advertisement
related|More from Transportation
related|The Beltway express lanes will cost more this spring. Here's how much.
related|Reagan National adds 10 new daily flights under federal slot deal
related|D.C. will lower speed limits on dozens of streets to 20 mph
most-read|Most Read
most-read|1
most-read|Opinion: The snow day is dead. Long live the snow day.
most-read|2
most-read|Capital One Arena deal collapses in final hour, council says
most-read|3
most-read|Here's where you can still find cheap eggs in the D.C. area
most-read|4
most-read|Storm to bring sleet and freezing rain to region Friday night
most-read|5
teaser-list|Metro's new rail cars are delayed again, and Red Line riders will feel it first
subscribe|Subscribe to comment and get the full experience. Choose your plan
footer|The Potomac Post
footer|Company
footer|About The Post
footer|Newsroom Policies & Standards
footer|Careers
footer|Media & Community Relations
footer|Accessibility Statement
footer|Sitemap
footer|Get The Post
footer|Become a Subscriber
footer|Gift Subscriptions
footer|Mobile & Apps
footer|Newsletters & Alerts
footer|Reprints & Permissions
footer|Today's Paper
footer|Public Notices
footer|Contact Us
footer|Terms of Use
footer|Privacy Policy
cookie|Cookie Settings
footer|Your Privacy Choices
footer|Ad Choices
copyright|potomacpost.com © 1996-2026 The Potomac Post
"""),
 dict(id="washington-post-style-2", site="washington-post-style", lang="en", sep="\n", title="FAA will require runway-collision alerts at 40 more airports after a string of close calls", date="2026-03-05", page="""
skip-link|Skip to main content
menu|Sections
search|Search
menu|The Potomac Post
menu|Democracy Needs Daylight
subscribe|Subscribe
account|Sign in
ad|Advertisement
section-label|Business
section-label|Transportation
h1|FAA will require runway-collision alerts at 40 more airports after a string of close calls
lead|The new rule, announced Thursday, comes after federal investigators urged the agency for years to give pilots and controllers faster warnings when two aircraft are headed for the same stretch of pavement.
byline|By Ian Mercer
dateline|March 5, 2026 at 7:12 p.m. EST
dateline|Updated March 6, 2026 at 9:30 a.m. EST
listen|Listen
listen|7 min
ai-summary|Summarize
share|Share
share|Gift Article
comments|Comment
comments|88
save|Save
ai|Ask The Post AI
caption|A regional jet taxis past a departing flight at an airport in the Midwest in January. Runway incursions rose sharply in the years after the pandemic. (Carla Benedetti for The Potomac Post)
p|The Federal Aviation Administration will require dozens more U.S. airports to install systems that warn air traffic controllers and pilots of possible runway collisions, the agency said Thursday, responding to a run of close calls that has alarmed safety officials and travelers.
p|Under the rule, 40 medium-size airports that lack such technology will have to install surface surveillance and alerting equipment by the end of 2029. The systems track planes and vehicles on the ground and sound an alarm in the control tower when a conflict appears likely. The FAA will pay for most of the equipment out of a modernization fund approved by Congress last year.
p|"We have been lucky too many times," the agency's administrator told reporters at a briefing in Washington. "Luck is not a safety system."
ad|Advertisement
ad|Story continues below advertisement
h2|What the rule requires
p|The FAA said the rule has three main parts:
li|Surface alerting in the control tower at 40 airports that handle commercial flights but have no ground radar today.
li|Runway status lights, which turn red when it is unsafe to enter or cross a runway, at 12 of the busiest of those airports.
li|A new requirement that airlines equip their fleets with cockpit alerts that flag a runway conflict directly to pilots, phased in over five years.
p|Airlines for America, the industry's main trade group, said it supported the goal but wanted more time and federal money for the cockpit equipment, which it estimated would cost carriers about $1.1 billion.
chart|Serious runway incursions at U.S. airports
chart|Category A and B events, by fiscal year
chart|2019: 21
chart|2021: 16
chart|2023: 23
chart|2025: 13
credit|Source: Federal Aviation Administration. Graphic by Noor Haddad/The Potomac Post
h2|Years of warnings
p|The National Transportation Safety Board has recommended better runway warning technology since the early 2000s and has repeatedly listed runway safety among its most-wanted improvements.
p|The issue gained new urgency after a series of incidents in 2023 in which airliners came within a few hundred feet of each other on runways in Texas, New York and Florida. An independent review panel convened by the FAA that year found that the air traffic control system was stretched thin by staffing shortages and aging equipment.
related-inline|The FAA is short thousands of controllers. Here's why it's so hard to hire them.
p|Serious incursions have declined since then, according to FAA data, but safety experts said the numbers are still higher than before the pandemic, and that the most dangerous events are rare enough that yearly figures can swing widely.
p|"Forty airports is real progress, but it is not the whole system," said Margaret Sewell, a former accident investigator who now teaches aviation safety at a university in Florida. "Most small airports will still rely on a controller looking out the window."
p|The pilots' union representing the largest number of U.S. airline pilots praised the rule's cockpit provision, saying it would give crews a critical few seconds of warning even at airports without advanced tower equipment.
p|The rule takes effect in 60 days. The FAA said it would publish the list of affected airports in the Federal Register next week.
correction|Correction: An earlier version of this article misstated the number of airports that will receive runway status lights. It is 12, not 20.
signature|Hannah Osei contributed to this report.
share|Share
share|Gift this article
comments|88 Comments
author-bio|Ian Mercer covers aviation and the airline industry for The Potomac Post. He has written about air safety since 2014.
author-link|Follow
newsletter|The Post's Business newsletter
newsletter|The biggest business stories of the day, explained, in your inbox every weekday.
newsletter|Sign up
comments|What readers are saying
comments|Commenters broadly welcome the new rule but many argue that it comes too late and that controller staffing matters more than equipment. Several self-described pilots share their own close calls, while a few question the cost to airlines and passengers.
disclaimer|This summary is AI-generated. AI can make mistakes and this summary is not a replacement for reading the comments.
comments|View all comments
ad|Advertisement
related|Air travel
related|How to get a refund when your flight is canceled
related|Airlines are shrinking seats again. Here's where to find more legroom.
related|The busiest days to fly this spring, according to the TSA
most-read|Most Read
most-read|1
most-read|A quiet Virginia town is suddenly the center of the data center fight
most-read|2
most-read|Supreme Court hears arguments over federal layoffs
most-read|3
most-read|Perspective: I tried every frozen pizza in the grocery store
most-read|4
most-read|The cherry blossoms may peak early. Here's the forecast.
most-read|5
most-read|Bank of Maryland to close 30 branches as customers go digital
watch|Post Live
event|Potomac Post Live: The Future of Flight, with airline and airport executives
event|Register now
subscribe|Subscribe to comment and get the full experience. Choose your plan
footer|The Potomac Post
footer|Company
footer|About The Post
footer|Newsroom Policies & Standards
footer|Careers
footer|Media & Community Relations
footer|Accessibility Statement
footer|Sitemap
footer|Get The Post
footer|Become a Subscriber
footer|Gift Subscriptions
footer|Mobile & Apps
footer|Newsletters & Alerts
footer|Reprints & Permissions
footer|Today's Paper
footer|Public Notices
footer|Contact Us
footer|Terms of Use
footer|Privacy Policy
cookie|Cookie Settings
footer|Your Privacy Choices
footer|Ad Choices
copyright|potomacpost.com © 1996-2026 The Potomac Post
"""),
 dict(id="radio-france-bleu-style-1", site="radio-france-bleu-style", lang="fr", sep="\n", title="Loire à vélo : un tronçon fermé à Montlouis-sur-Loire après l'effondrement d'une berge", date="2026-05-12", page="""
skip-link|Aller au contenu principal
skip-link|Aller à la navigation
skip-link|Aller au pied de page
menu|Ondes
menu|Touraine
station-switch|Changer de radio locale
listen|Écouter le direct
menu|Info
menu|Sport
menu|Émissions
menu|Podcasts
menu|Musique
menu|Jeux et concours
menu|Météo
menu|Trafic
account|Se connecter
search|Rechercher
ticker|Info trafic : ralentissements sur l'A10 à hauteur de Saint-Avertin dans le sens Paris-Bordeaux
ticker|Météo Tours 19°
breadcrumb|Accueil
breadcrumb|Centre-Val de Loire
breadcrumb|Indre-et-Loire
breadcrumb|Montlouis-sur-Loire
section-label|Environnement
h1|Loire à vélo : un tronçon fermé à Montlouis-sur-Loire après l'effondrement d'une berge
lead|Une portion de l'itinéraire cyclable de la Loire à vélo est fermée depuis lundi entre Montlouis-sur-Loire et Vouvray. Un pan de berge d'une trentaine de mètres s'est effondré après les fortes pluies du week-end. Une déviation est mise en place.
byline|Par Élodie Marchal, Ondes Touraine
dateline|Publié le mardi 12 mai 2026 à 17:48
dateline|Mis à jour le mercredi 13 mai 2026 à 08:15
share|Partager
share|Facebook
share|X
share|WhatsApp
share|E-mail
share|Copier le lien
save|Ajouter à ma liste
caption|La berge effondrée, lundi matin, à l'entrée de Montlouis-sur-Loire.
credit|© Radio Publique - Élodie Marchal
listen|Écouter
listen|Le reportage d'Élodie Marchal à Montlouis
listen|1 min
p|Les cyclistes qui empruntent la Loire à vélo entre Tours et Amboise vont devoir faire un détour. Depuis lundi matin, le tronçon qui longe le fleuve entre Montlouis-sur-Loire et le pont de Vouvray est fermé à la circulation, après l'effondrement d'un pan de berge d'une trentaine de mètres de long.
p|C'est un promeneur qui a donné l'alerte dimanche soir. « La piste était littéralement suspendue dans le vide, il y avait un trou de deux mètres en dessous », raconte-t-il. Les services du département sont intervenus dès le lendemain pour poser des barrières et sécuriser le site.
p|Selon les premières constatations, les fortes pluies tombées sur la Touraine samedi et dimanche, plus de 60 millimètres en 48 heures par endroits, ont gorgé d'eau un terrain déjà fragilisé par l'érosion. La montée rapide du niveau de la Loire a fait le reste.
read-also|À lire aussi
read-also|Intempéries en Indre-et-Loire : une cinquantaine d'interventions des pompiers ce week-end
h2|Une déviation par les coteaux
p|En attendant les travaux, une déviation est balisée par les coteaux. Elle rallonge le parcours d'environ quatre kilomètres, avec un dénivelé que les cyclistes chargés de sacoches risquent de sentir passer. Le département recommande :
li|de quitter l'itinéraire au rond-point de la Croix-Blanche à Montlouis ;
li|de suivre les panneaux jaunes « Déviation Loire à vélo » par la route de Husseau ;
li|de rejoindre les bords de Loire au pont de Vouvray.
p|« On est en pleine saison, on a déjà beaucoup de cyclotouristes étrangers, des Allemands, des Néerlandais, explique le gérant d'un loueur de vélos de Montlouis. On les prévient au départ, mais certains ne lisent pas les panneaux et se retrouvent devant les barrières. »
ad|Publicité
h2|Plusieurs semaines de travaux
p|Le conseil départemental, gestionnaire de l'itinéraire dans sa traversée de l'Indre-et-Loire, a missionné un bureau d'études pour évaluer l'état de la berge sur une plus grande longueur. « Il faut s'assurer qu'il n'y a pas d'autres zones à risque avant de reconstruire », indique le vice-président chargé des mobilités.
p|Aucune date de réouverture n'est avancée pour l'instant. Les travaux de confortement pourraient durer plusieurs semaines et ne pourront commencer qu'une fois la Loire redescendue à un niveau suffisant.
p|La Loire à vélo, qui relie Cuffy, dans le Cher, à Saint-Brevin-les-Pins, en Loire-Atlantique, est l'un des itinéraires cyclables les plus fréquentés de France. Plus d'un million de passages de cyclistes y ont été comptés en 2025.
embed-blocked|Ce contenu n'est pas accessible car vous avez refusé les cookies de la plateforme OpenStreetMap.
embed-blocked|Modifier mes choix
tags|Environnement
tags|Tourisme
tags|Vélo
tags|Montlouis-sur-Loire
tags|Indre-et-Loire
feedback|Vous avez constaté une erreur ? Signalez-la
tip|Une info à nous signaler ? Contactez la rédaction d'Ondes Touraine
newsletter|Recevez l'essentiel de l'info d'Ondes Touraine chaque matin
newsletter|Votre adresse e-mail
newsletter|S'abonner
newsletter|Vos données personnelles sont traitées par Radio Publique. En savoir plus sur vos droits.
teaser-list|Toute l'actu d'Ondes Touraine
teaser-list|Tours : le parking de la gare fermé deux nuits pour travaux
teaser-list|il y a 2 h
teaser-list|Loches : un incendie détruit un hangar agricole, 80 tonnes de paille parties en fumée
teaser-list|il y a 4 h
teaser-list|Tours Métropole Volley : les Tourangeaux filent en finale du championnat
teaser-list|il y a 6 h
teaser-list|Voir toute l'actu de l'Indre-et-Loire
programme-guide|En ce moment sur Ondes Touraine
programme-guide|16h - 19h
programme-guide|Le 16-19 d'Ondes Touraine
programme-guide|Programme complet
app|Téléchargez l'appli Radio Publique et retrouvez votre radio locale partout
app|Télécharger
network|Radio Publique
network|Nationale Inter
network|L'Info
network|Culture Publique
network|Musique Publique
network|Ondes locales
network|Jeunesse FM
footer|Aide et contact
footer|Fréquences
footer|Mentions légales
footer|Confidentialité
cookie|Gestion des cookies
footer|Accessibilité : partiellement conforme
footer|Plan du site
player|Ondes Touraine
player|Le direct
player|Lecture
"""),
 dict(id="radio-france-bleu-style-2", site="radio-france-bleu-style", lang="fr", sep="\n", title="Bergerac : le dernier cinéma du centre-ville rouvre grâce à une coopérative d'habitants", date="2026-09-24", page="""
skip-link|Aller au contenu principal
skip-link|Aller à la navigation
skip-link|Aller au pied de page
menu|Ondes
menu|Périgord
station-switch|Changer de radio locale
listen|Écouter le direct
menu|Info
menu|Sport
menu|Émissions
menu|Podcasts
menu|Musique
menu|Jeux et concours
menu|Météo
menu|Trafic
account|Se connecter
search|Rechercher
ticker|Info trafic : la RN21 coupée à Lembras jusqu'à 18h pour un accident, déviation mise en place
ticker|Météo Périgueux 22°
breadcrumb|Accueil
breadcrumb|Nouvelle-Aquitaine
breadcrumb|Dordogne
breadcrumb|Bergerac
section-label|Culture
h1|Bergerac : le dernier cinéma du centre-ville rouvre grâce à une coopérative d'habitants
lead|Fermé depuis dix-huit mois, le Rex rouvre ses portes ce jeudi soir. Plus de 1 200 Bergeracois ont pris des parts dans la société coopérative qui l'a racheté. Une première en Dordogne.
byline|Par Thomas Lafargue, Ondes Périgord
dateline|Publié le jeudi 24 septembre 2026 à 06:30
share|Partager
share|Facebook
share|X
share|WhatsApp
share|E-mail
share|Copier le lien
save|Ajouter à ma liste
caption|La façade du Rex, rue de la Résistance à Bergerac, a été entièrement repeinte par des bénévoles. © Radio Publique - Thomas Lafargue
video|Vidéo
video|Les coopérateurs ont passé l'été à remettre la salle en état
video|1:42
p|Les lettres rouges de l'enseigne se rallumeront ce jeudi soir. Après dix-huit mois de fermeture, le Rex, dernier cinéma du centre-ville de Bergerac, rouvre ses portes avec une soirée d'inauguration et la projection d'un film tourné en partie dans le Périgord.
p|L'ancien exploitant avait jeté l'éponge au printemps 2025, faute de repreneur et face à la concurrence du multiplexe installé en zone commerciale. Plutôt que de voir le bâtiment transformé en logements, un petit groupe d'habitants a décidé de créer une société coopérative d'intérêt collectif pour le racheter.
p|« Au départ, on était une quinzaine autour d'une table de cuisine. On s'est dit qu'on n'arriverait jamais à réunir l'argent », se souvient Claire Vignaud, présidente de la coopérative. En un an, 1 240 personnes ont pourtant acheté au moins une part, à 50 euros l'unité.
listen|Écouter
listen|Claire Vignaud, présidente de la coopérative du Rex, au micro d'Ondes Périgord
listen|0 min 58
h2|Une salle de 180 places entièrement rénovée
p|Avec l'apport des coopérateurs, un prêt bancaire et des subventions de la Ville, du Département et de la Région, la coopérative a pu racheter les murs et financer les travaux : nouveaux fauteuils, mise aux normes d'accessibilité et projecteur numérique. Une partie des peintures a été réalisée par des bénévoles pendant l'été.
p|La salle principale compte désormais 180 places, et une seconde salle de 60 places doit ouvrir au printemps. La programmation mêlera films grand public et art et essai, avec des séances pour les scolaires et des ciné-débats une fois par mois.
read-also|À lire aussi
read-also|Dordogne : les cinémas ruraux ont retrouvé leur fréquentation d'avant-Covid
p|Côté tarifs, la place sera à 8 euros, 6 euros pour les moins de 18 ans et les coopérateurs. « On ne veut pas être un cinéma de niche, on veut que les familles reviennent en centre-ville un samedi soir », insiste Claire Vignaud.
ad|Publicité
h2|Les commerçants du quartier soulagés
p|La réouverture est aussi saluée par les commerçants voisins. « Quand le Rex a fermé, on a perdu une partie de la clientèle du soir », confie le patron d'une brasserie de la place voisine, qui prévoit déjà une formule « dîner et film ».
p|La mairie, qui a apporté 150 000 euros, voit dans le projet un levier pour revitaliser le cœur de ville, où plusieurs vitrines restent vides. Les premières séances de la semaine sont déjà presque complètes, selon la coopérative.
signature|Avec Julie Castaing
tags|Culture
tags|Cinéma
tags|Bergerac
tags|Dordogne
feedback|Vous avez constaté une erreur ? Signalez-la
tip|Une info à nous signaler ? Contactez la rédaction d'Ondes Périgord
newsletter|Recevez l'essentiel de l'info d'Ondes Périgord chaque matin
newsletter|Votre adresse e-mail
newsletter|S'abonner
newsletter|Vos données personnelles sont traitées par Radio Publique. En savoir plus sur vos droits.
related|Ce que vous ne devez pas rater
related|Festival du film de Sarlat : la sélection dévoilée
related|Podcast - Les secrets des salles obscures du Périgord
teaser-list|Toute l'actu d'Ondes Périgord
teaser-list|Périgueux : le marché au gras ouvrira plus tôt cette année
teaser-list|il y a 1 h
teaser-list|Vendanges : la récolte s'annonce correcte dans le Bergeracois malgré la grêle d'août
teaser-list|il y a 3 h
teaser-list|Rugby : le CA Périgueux s'impose face à Marmande
teaser-list|hier
teaser-list|Voir toute l'actu de la Dordogne
programme-guide|En ce moment sur Ondes Périgord
programme-guide|6h - 9h
programme-guide|Les matins d'Ondes Périgord
programme-guide|Programme complet
app|Téléchargez l'appli Radio Publique et retrouvez votre radio locale partout
app|Télécharger
network|Radio Publique
network|Nationale Inter
network|L'Info
network|Culture Publique
network|Musique Publique
network|Ondes locales
network|Jeunesse FM
footer|Aide et contact
footer|Fréquences
footer|Mentions légales
footer|Confidentialité
cookie|Gestion des cookies
footer|Accessibilité : partiellement conforme
footer|Plan du site
player|Ondes Périgord
player|Le direct
player|Lecture
"""),
 dict(id="the-standard-ke-style-1", site="the-standard-ke-style", lang="en", sep="\n", title="Treasury targets Sh612 billion in domestic borrowing as tax collection lags", date="2026-02-17", page="""
menu|The Sentinel
menu|Home
menu|Kenya
menu|Politics
menu|Business
menu|Counties
menu|Opinion
menu|Sports
menu|Health
menu|World
menu|Entertainment
menu|Lifestyle
network|STN News
network|The Mtaa
network|Shamba Today
network|Eve Digest
network|Radio Pwani
epaper|E-Paper
subscribe|Subscribe
account|Login
search|Search
ad|ADVERTISEMENT
breaking|BREAKING NEWS: Court suspends new county levy on livestock movement
section-label|Business
section-label|Premium
h1|Treasury targets Sh612 billion in domestic borrowing as tax collection lags
lead|Revenue shortfall of Sh118 billion in first half of the financial year forces the State to lean harder on local lenders, raising fears of higher interest rates for businesses.
byline|By Brian Otieno
dateline|Feb. 17, 2026
read-time|3 min read
listen|Listen to this article
listen|00:00 / 04:26
share|Facebook
share|X
share|WhatsApp
share|LinkedIn
share|Copy link
caption|Treasury officials during a budget briefing at the Treasury building in Nairobi. [Wilberforce Okwiri, Sentinel]
p|The National Treasury has raised its domestic borrowing target for the current financial year to Sh612 billion, up from Sh489 billion, after the Kenya Revenue Authority (KRA) missed its collection targets for the first six months.
p|Documents tabled before the National Assembly's Budget and Appropriations Committee show that ordinary revenue stood at Sh1.16 trillion by the end of December, against a target of Sh1.28 trillion, leaving a gap of Sh118 billion.
p|The shortfall was largely driven by weaker-than-expected collections from income tax and excise duty, as households cut back on spending and several large firms reported lower profits.
related-inline|Read More
related-inline|KRA misses half-year target by Sh118 billion
related-inline|Why banks are still shy to lend to small businesses
related-inline|CBK holds base rate at 9.25 per cent, cites stable shilling
p|"The government has no option but to bridge the gap through the domestic market, given the high cost of commercial external borrowing," a senior Treasury official told the committee on Monday.
p|The move is likely to rekindle concerns about the crowding out of the private sector. When the government borrows heavily from local banks through Treasury bills and bonds, lenders tend to prefer the safety of government paper over lending to businesses and households.
ad|ADVERTISEMENT
h2|Pressure on interest rates
p|Analysts warned that the revised target could push up yields on government securities, which had been falling steadily since mid-2025 as inflation eased.
p|"The market was pricing in further rate cuts. This changes the picture. Banks will demand higher returns if they know the Treasury needs the money," said Mercy Kanini, an economist at a Nairobi-based investment firm.
p|Yields on the 91-day Treasury bill rose for the second week in a row last week, to 8.4 per cent, according to data from the Central Bank of Kenya.
p|The Treasury also revised its fiscal deficit estimate to 5.1 per cent of GDP, from 4.5 per cent in the budget read in June.
paywall|Sentinel Premium
paywall|Enjoy unlimited access to in-depth analysis and exclusive stories. Subscribe from Sh 199 a month.
paywall|Subscribe Now
h2|Pending bills
p|Members of the committee questioned why the Treasury was seeking more money while suppliers to government continued to wait for payment. Pending bills owed by ministries and State agencies stood at more than Sh500 billion at the end of December, according to the Controller of Budget.
p|Committee chairperson Rose Chelangat said MPs would not approve further spending cuts to development projects in the counties.
p|"Every time there is a shortfall, it is the roads, the water projects and the hospitals in the counties that are cut. We cannot continue like that," she said.
p|The Treasury is expected to table the supplementary budget in the House next week.
tags|Related Topics
tags|National Treasury
tags|Domestic Borrowing
tags|KRA
tags|Budget
whatsapp|Get the latest breaking news on WhatsApp. Join our channel.
newsletter|Stay informed. Subscribe to our newsletter
newsletter|Enter your email
newsletter|Subscribe
teaser-list|Latest Stories
teaser-list|Matatu owners threaten strike over new insurance rules
teaser-list|1 hour ago
teaser-list|Gor Mahia coach under pressure after third straight loss
teaser-list|2 hours ago
teaser-list|Farmers protest delayed payments at Kipkelion coffee factory
teaser-list|3 hours ago
teaser-list|Load More
most-read|Trending
most-read|MPs push to scrap housing levy deductions for casual workers
most-read|Inside the multi-billion road deal that split the Cabinet
most-read|Safari Rally: Drivers to watch in Naivasha
most-read|Teachers' union gives TSC 14 days to release promotion list
footer|The Sentinel Group PLC is a multi-media organization with investments in media platforms spanning newspaper print operations, television, radio broadcasting, digital and online services.
footer|Corporate
footer|Contact Us
footer|Rate Card
footer|Vacancies
footer|Privacy Policy
footer|Terms and Conditions
footer|Editorial Policy
footer|Code of Ethics
social|Facebook X Instagram YouTube TikTok
copyright|© The Sentinel Group PLC 2026. All rights reserved.
cookie|We use cookies to improve your experience on our website. By continuing, you agree to our use of cookies.
cookie|Accept
"""),
 dict(id="the-standard-ke-style-2", site="the-standard-ke-style", lang="en", sep="\n", title="Fall armyworm invades 4,000 acres of maize in Trans Nzoia as farmers count losses", date="2026-04-22", page="""
menu|The Sentinel
menu|Home
menu|Kenya
menu|Politics
menu|Business
menu|Counties
menu|Opinion
menu|Sports
menu|Health
menu|World
menu|Entertainment
menu|Lifestyle
network|STN News
network|The Mtaa
network|Shamba Today
network|Eve Digest
network|Radio Pwani
epaper|E-Paper
subscribe|Subscribe
account|Login
search|Search
ad|ADVERTISEMENT
section-label|Counties
h1|Fall armyworm invades 4,000 acres of maize in Trans Nzoia as farmers count losses
lead|County agriculture officials say the pest has spread to four sub-counties within two weeks, and warn that delayed spraying could cut this season's harvest in Kenya's breadbasket.
byline|By Jacob Kiplagat
dateline|Apr. 22, 2026
read-time|3 min read
listen|Listen to this article
listen|00:00 / 03:51
share|Facebook
share|X
share|WhatsApp
share|LinkedIn
share|Copy link
caption|A farmer inspects maize seedlings damaged by fall armyworm at his farm in Kiminini, Trans Nzoia County, on April 20, 2026. [Peter Ochieng, Sentinel]
p|Farmers in Trans Nzoia County are counting losses after an invasion of fall armyworm destroyed young maize on more than 4,000 acres, barely a month into the long rains planting season.
p|The pest, first reported in Kiminini two weeks ago, has since spread to farms in Saboti, Cherangany and Endebess sub-counties, according to the county's department of agriculture.
p|At his five-acre farm in Kiminini, Wycliffe Barasa points to rows of seedlings with ragged, hole-ridden leaves. "I planted in the last week of March. Within ten days the worms had eaten almost everything. I have sprayed twice and they keep coming back," he says.
related-inline|Read More
related-inline|Fertiliser subsidy: Farmers decry long queues at NCPB depots
related-inline|Why maize prices could rise again by July
related-inline|Kenya turns to drones in fight against crop pests
p|Barasa says he spent Sh14,000 on pesticides in two weeks, money he had set aside for top-dressing fertiliser.
p|County Executive Committee Member for Agriculture Caroline Wekesa said the department had distributed 3,000 litres of pesticide to affected farmers and deployed extension officers to train them on early detection.
p|"We are asking farmers to scout their farms every morning. The worms are easiest to control when they are still small, and spraying should be done early in the morning or late in the evening," she said.
ad|ADVERTISEMENT
h2|Call for national support
p|Farmers' leaders, however, say the county's response has been slow and that the supplied chemicals are not enough. Trans Nzoia produces a significant share of the country's maize, and a poor harvest could push up flour prices later in the year.
p|"Farmers here are already struggling with the high cost of inputs. If the national government does not come in quickly, many will simply give up on this crop," said Joseph Sang, an official of a local farmers' association.
p|Experts from the Kenya Agricultural and Livestock Research Organization (Kalro) say the pest thrives in warm conditions and that a dry spell in early April allowed populations to build up before the rains resumed.
p|They advise farmers to:
li|check at least 20 plants in different parts of the farm twice a week;
li|remove and destroy heavily infested plants;
li|use only pesticides approved by the Pest Control Products Board;
li|practice crop rotation with beans or other legumes.
p|The Ministry of Agriculture said in a statement that it had dispatched a team to assess the extent of the damage in Trans Nzoia and neighbouring Uasin Gishu, where isolated cases have also been reported.
tags|Related Topics
tags|Fall Armyworm
tags|Trans Nzoia
tags|Maize
tags|Agriculture
whatsapp|Get the latest breaking news on WhatsApp. Join our channel.
newsletter|Stay informed. Subscribe to our newsletter
newsletter|Enter your email
newsletter|Subscribe
teaser-list|Latest Stories
teaser-list|Eldoret: Police hunt suspects in Sh3 million M-Pesa shop robbery
teaser-list|34 minutes ago
teaser-list|Harambee Stars name provisional squad for June qualifiers
teaser-list|1 hour ago
teaser-list|Kisumu port handles record cargo as lake transport picks up
teaser-list|2 hours ago
teaser-list|Load More
most-read|Trending
most-read|Nairobi Expressway toll charges to rise from May
most-read|How a Nakuru widow turned two acres into a dairy goat business
teaser-list|Fall armyworm invades 4,000 acres of maize in Trans Nzoia as farmers count losses
most-read|Long rains: Met warns of flash floods in Western and Nyanza
footer|The Sentinel Group PLC is a multi-media organization with investments in media platforms spanning newspaper print operations, television, radio broadcasting, digital and online services.
footer|Corporate
footer|Contact Us
footer|Rate Card
footer|Vacancies
footer|Privacy Policy
footer|Terms and Conditions
footer|Editorial Policy
footer|Code of Ethics
social|Facebook X Instagram YouTube TikTok
copyright|© The Sentinel Group PLC 2026. All rights reserved.
cookie|We use cookies to improve your experience on our website. By continuing, you agree to our use of cookies.
cookie|Accept
"""),
]
