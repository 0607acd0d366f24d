# Round 109: eight pages on four more layouts (a French national radio station's news site, an English-language US
# news site writing in short bolded-label bullets, a French regional daily's site, a Malawian English-language news
# portal), written blind: without looking at the classifier, its rules or the benchmark. Each line: "label|text".
# Invented text; no real article is copied. Site names are invented.
ROUND109 = [
 dict(id="europe1-style-1", site="europe1-style", lang="fr", sep="\n", title="INFO CONTINENT 1 - Permis de conduire : les inspecteurs appelés à la grève pendant les vacances de printemps", date="2026-03-24", page="""
skip-link|Aller au contenu principal
skip-link|Aller au menu
logo|Continent 1
breaking|ALERTE INFO
breaking|Incendie dans un entrepôt à Gennevilliers : d'importantes fumées visibles depuis Paris
listen|Écouter le direct
listen|EN DIRECT
listen|Continent 1 Matin
listen|Thomas Marchal
listen|6h - 9h30
menu|Actualités
menu|Politique
menu|Économie
menu|International
menu|Société
menu|Faits divers
menu|Santé
menu|Sport
menu|Culture
menu|Médias - Télé
menu|Émissions
menu|Podcasts
menu|Programmes
menu|Fréquences
account|Se connecter
search|Rechercher
breadcrumb|Accueil
breadcrumb|Société
breadcrumb|Transports
h1|INFO CONTINENT 1 - Permis de conduire : les inspecteurs appelés à la grève pendant les vacances de printemps
lead|Selon nos informations, deux syndicats d'inspecteurs du permis de conduire ont déposé un préavis de grève couvrant les deux premières semaines des vacances de printemps. En cause : la réforme de l'examen pratique, qui doit entrer en vigueur le 1er juin.
byline|Jeanne Lefort, édité par Maxime Roux
dateline|07h32, le 24 mars 2026, modifié à 09h15, le 24 mars 2026
reading-time|Temps de lecture : 3 min
share|Partager
share|Facebook
share|X
share|WhatsApp
share|E-mail
share|Copier le lien
save|Sauvegarder
caption|Une candidate lors de l'épreuve pratique du permis de conduire, à Nantes. (Image d'illustration)
credit|Crédit photo : LOÏC VENANCE / AFP
listen|Écouter cet article
listen|Lecture audio générée automatiquement
listen|00:00 / 03:41
p|Les candidats au permis de conduire risquent de devoir s'armer de patience. D'après les informations de Continent 1, deux organisations syndicales représentant les inspecteurs et délégués du permis de conduire ont déposé lundi soir un préavis de grève courant du 11 au 26 avril, soit les deux premières semaines des vacances scolaires de printemps pour la majorité des académies.
p|Les grévistes dénoncent la réforme annoncée en janvier par le ministère de l'Intérieur, qui prévoit de ramener de 32 à 25 minutes la durée de l'épreuve pratique afin d'augmenter le nombre de places d'examen. « On nous demande de faire passer plus de candidats dans le même temps, sans un seul recrutement supplémentaire », résume un inspecteur en poste dans le Val-d'Oise, qui a souhaité rester anonyme.
read-also|À lire aussi - Permis de conduire : combien de temps faut-il vraiment attendre pour repasser l'examen ?
h2|« Une évaluation au rabais »
p|Pour les syndicats, une épreuve plus courte ne permettra plus de juger correctement le comportement des futurs conducteurs. « En 25 minutes, une fois l'installation au poste de conduite et les vérifications faites, il reste à peine un quart d'heure de conduite effective. On ne voit plus rien, ni l'insertion sur voie rapide, ni les situations complexes en ville », explique à Continent 1 une responsable syndicale.
p|Le ministère défend au contraire une mesure de bon sens. L'objectif affiché est de dégager près de 200 000 places d'examen supplémentaires par an et de réduire le délai moyen entre deux présentations, qui dépasse encore trois mois dans plusieurs départements d'Île-de-France, des Hauts-de-France et d'Auvergne-Rhône-Alpes.
listen|Jeanne Lefort, dans Continent 1 Matin
listen|Lecture
listen|01:48
ad|PUBLICITÉ
h2|Des dizaines de milliers d'examens menacés
p|Si le mouvement est suivi, les conséquences pourraient être lourdes pour les auto-écoles, qui concentrent traditionnellement une partie de leurs présentations sur les périodes de vacances, lorsque les lycéens sont disponibles. Selon une estimation syndicale, entre 40 000 et 60 000 examens pourraient être annulés ou reportés sur ces deux semaines.
p|« Pour nos élèves, c'est une catastrophe. Certains attendent une date depuis février, ils ont payé des heures de conduite supplémentaires pour garder le niveau », déplore le gérant d'une auto-école de Rouen. La fédération des écoles de conduite demande au gouvernement d'ouvrir « au plus vite » une négociation.
read-also|À lire aussi - Auto-écoles en ligne : la justice donne raison aux plateformes face aux indépendants
p|En cas d'annulation, les candidats doivent être reconvoqués en priorité, rappelle le ministère, qui assure que des inspecteurs volontaires pourront être mobilisés dans les départements les plus touchés. Une réunion avec les représentants syndicaux est prévue jeudi place Beauvau.
p|Ce que prévoit la réforme, qui doit s'appliquer à partir du 1er juin :
li|une épreuve pratique ramenée de 32 à 25 minutes ;
li|la suppression de la question de vérification sous le capot ;
li|un bilan de compétences transmis au candidat par voie électronique sous 48 heures ;
li|l'ouverture de créneaux d'examen le samedi dans les centres les plus saturés.
p|Interrogé par Continent 1, l'entourage du ministre assure que « la porte du dialogue reste ouverte », tout en écartant un report de la réforme.
tags|Sujets liés
tags|Permis de conduire
tags|Grève
tags|Auto-école
tags|Sécurité routière
tags|Ministère de l'Intérieur
share|Partager cet article
sponsored|Contenus sponsorisés
sponsored|Cette mutuelle rembourse jusqu'à 400 € vos lunettes sans reste à charge
sponsored|ComparMutuelle
sponsored|Les propriétaires d'une voiture de plus de 10 ans doivent lire ceci
sponsored|AssurPlus Conseil
teaser-list|Les dernières infos
teaser-list|09h58
teaser-list|Retraites : les partenaires sociaux se retrouvent une dernière fois avant le projet de loi
teaser-list|09h41
teaser-list|Météo : un épisode de gel tardif attendu dans le Centre et en Bourgogne
teaser-list|09h20
teaser-list|Ligue 1 : Marseille sans plusieurs cadres pour le déplacement à Lens
teaser-list|08h57
teaser-list|Gennevilliers : un important incendie dans un entrepôt de stockage, pas de victime
read-more|Voir toute l'actualité
most-read|Les + lus
most-read|1 Carburants : les prix à la pompe repartent à la hausse avant Pâques
most-read|2 Impôts 2026 : la date d'ouverture de la déclaration en ligne est connue
most-read|3 « Je n'ai plus rien » : le témoignage bouleversant d'une victime d'arnaque au faux conseiller bancaire
most-read|4 Canal+ : ce changement qui attend les abonnés à partir d'avril
podcast|Nos podcasts
podcast|Les Grandes Affaires criminelles
podcast|Chaque jour à 14h, les récits des plus grandes affaires judiciaires
podcast|Le Club des Éco
podcast|L'actualité économique décryptée chaque samedi
podcast|Voir tous les podcasts
newsletter|Newsletter
newsletter|Recevez chaque matin les informations essentielles de la journée
newsletter|Votre adresse e-mail
newsletter|S'inscrire
app|L'application Continent 1
app|Toute l'actualité et vos émissions en direct, où que vous soyez
app|Télécharger dans l'App Store
app|Disponible sur Google Play
footer|Qui sommes-nous
footer|Nous contacter
footer|Fréquences Continent 1
footer|Grille des programmes
footer|Publicité
footer|Recrutement
footer|Mentions légales
footer|Conditions générales d'utilisation
footer|Politique de confidentialité
footer|Paramétrer les cookies
social|Facebook Instagram X YouTube TikTok
copyright|© Continent 1 2026 - Tous droits réservés
cookie|Avec votre accord, nos partenaires et nous utilisons des cookies ou technologies similaires pour stocker et accéder à des informations personnelles comme votre visite sur ce site. Vous pouvez retirer votre consentement à tout moment.
cookie|Accepter et fermer
cookie|Continuer sans accepter
cookie|Personnaliser mes choix
"""),
 dict(id="europe1-style-2", site="europe1-style", lang="fr", sep="\n", title="« On nous a tout simplement oubliés » : dans la Creuse, une maire se bat pour sauver la dernière classe de son village", date="2026-02-11", page="""
skip-link|Aller au contenu principal
skip-link|Aller au menu
logo|Continent 1
listen|Écouter le direct
listen|EN DIRECT
listen|Continent 1 Soir
listen|Claire Vasseur
listen|18h - 20h
menu|Actualités
menu|Politique
menu|Économie
menu|International
menu|Société
menu|Faits divers
menu|Santé
menu|Sport
menu|Culture
menu|Médias - Télé
menu|Émissions
menu|Podcasts
menu|Programmes
menu|Fréquences
account|Se connecter
search|Rechercher
breadcrumb|Accueil
breadcrumb|Société
breadcrumb|Éducation
h1|« On nous a tout simplement oubliés » : dans la Creuse, une maire se bat pour sauver la dernière classe de son village
lead|La direction académique de la Creuse a confirmé la fermeture, à la rentrée prochaine, de la classe unique de Saint-Hilaire-la-Combe, un village de 380 habitants. Au micro de Continent 1, sa maire dénonce une décision « comptable » et demande au ministère de revenir en arrière.
byline|Romain Delacour, édité par Clara Bessière
dateline|18h05, le 11 février 2026
share|Partager
share|Facebook
share|X
share|WhatsApp
share|E-mail
share|Copier le lien
save|Sauvegarder
video|VIDÉO
video|« Nos enfants vont passer une heure par jour dans un car » : l'appel de la maire de Saint-Hilaire-la-Combe
video|02:36
video|Cliquez pour activer le son
credit|Crédit photo : Capture d'écran Continent 1
p|Elle a appris la nouvelle par un courrier de trois lignes. Mardi, Martine Chabrol, maire sans étiquette de Saint-Hilaire-la-Combe, dans la Creuse, a reçu la confirmation que la classe unique de sa commune fermerait ses portes en septembre. Onze élèves, de la petite section au CM2, y sont aujourd'hui scolarisés.
p|« On nous a tout simplement oubliés. On nous parle de revitalisation des campagnes, de France des villages, et à la première occasion on nous retire l'école », a réagi l'élue mercredi soir au micro de Continent 1 Soir. « Une école qui ferme, c'est un village qui meurt. Les jeunes couples ne viendront plus s'installer ici. »
h2|Une heure de car par jour
p|À la rentrée, les enfants du village devront être scolarisés dans le groupe scolaire du chef-lieu de canton, à une quinzaine de kilomètres. Un trajet que la maire juge inadapté pour les plus jeunes, sur des routes de moyenne montagne régulièrement verglacées en hiver.
p|« Pour les petits de trois ans, c'est plus d'une heure de transport par jour, départ à 7h20. Ce n'est pas raisonnable », s'inquiète Aurélie, mère de deux enfants scolarisés dans la classe. Avec d'autres parents, elle a lancé une pétition qui a recueilli près de 2 000 signatures en une semaine, soit plus de cinq fois la population de la commune.
read-also|À lire aussi - Carte scolaire : les fermetures de classes se multiplient dans les territoires ruraux
p|La municipalité, qui a rénové le bâtiment scolaire il y a trois ans pour 180 000 euros, assure avoir tout fait pour maintenir les effectifs. Elle a notamment instauré la cantine à un euro, une garderie gratuite le matin et le soir, et proposé un logement communal à loyer modéré à deux familles avec enfants.
ad|Publicité
ad|La suite après cette publicité
h2|L'académie invoque la baisse démographique
p|Contactée par Continent 1, la direction académique de la Creuse rappelle que le département a perdu près de 600 élèves dans le premier degré en cinq ans et que la classe de Saint-Hilaire-la-Combe figurait « depuis plusieurs années » parmi les structures fragiles. Elle assure que l'accueil des élèves dans l'école voisine se fera « dans d'excellentes conditions », avec moins de vingt élèves par classe.
p|Mais pour Martine Chabrol, la concertation promise n'a jamais eu lieu. « On nous a présenté la décision comme acquise, lors d'une visioconférence de vingt minutes. Personne n'est venu voir notre école », regrette-t-elle.
p|L'élue, soutenue par les maires de sept communes voisines, a écrit au ministre de l'Éducation nationale et demande à être reçue rue de Grenelle. Un rassemblement est prévu samedi matin devant la préfecture, à Guéret.
p|Selon les syndicats enseignants, plusieurs centaines de classes devraient fermer à la rentrée 2026 dans les départements ruraux, une conséquence directe de la baisse de la natalité.
schedule|Retrouvez Continent 1 Soir, du lundi au vendredi de 18h à 20h, avec Claire Vasseur
tags|Sujets liés
tags|Éducation nationale
tags|École
tags|Ruralité
tags|Creuse
share|Partager cet article
teaser-list|Sur le même sujet
teaser-list|Rentrée 2026 : le ministère confirme la suppression de 4 000 postes d'enseignants
teaser-list|03/02/2026
teaser-list|« Ici, tout le monde se connaît » : ces villages qui rouvrent leur école grâce à l'arrivée de néo-ruraux
teaser-list|27/01/2026
sponsored|Contenus sponsorisés
sponsored|Ce nouveau radiateur à inertie fait fondre les factures d'électricité
sponsored|ChauffExpert
teaser-list|Les dernières infos
teaser-list|18h52
teaser-list|Agriculteurs : nouvelle journée de mobilisation annoncée pour le 20 février
teaser-list|18h40
teaser-list|Tennis : l'équipe de France de Coupe Davis connaît son adversaire
teaser-list|18h21
teaser-list|Neige et verglas : 14 départements placés en vigilance orange
read-more|Voir toute l'actualité
most-read|Les + lus
most-read|1 Vigilance orange neige : la circulation des poids lourds interdite sur plusieurs axes
most-read|2 Retraites : ce qui change pour les pensions au 1er avril
most-read|3 Affaire des sosies : le principal suspect entendu une nouvelle fois
podcast|Nos podcasts
podcast|Les Grandes Affaires criminelles
podcast|Continent 1 Soir - L'intégrale du 10 février
podcast|Voir tous les podcasts
newsletter|Newsletter
newsletter|Recevez chaque matin les informations essentielles de la journée
newsletter|Votre adresse e-mail
newsletter|S'inscrire
app|L'application Continent 1
app|Télécharger dans l'App Store
app|Disponible sur Google Play
footer|Qui sommes-nous
footer|Nous contacter
footer|Fréquences Continent 1
footer|Grille des programmes
footer|Publicité
footer|Recrutement
footer|Mentions légales
footer|Conditions générales d'utilisation
footer|Politique de confidentialité
footer|Paramétrer les cookies
social|Facebook Instagram X YouTube TikTok
copyright|© Continent 1 2026 - Tous droits réservés
"""),
 dict(id="axios-style-1", site="axios-style", lang="en", sep="\n", title="Air travel is on pace for a record spring, and airlines are cashing in", date="2026-03-20", page="""
skip-link|Skip to main content
logo|Brevis
menu|Latest stories
menu|Politics & Policy
menu|Economy
menu|Business
menu|Technology
menu|Health
menu|World
menu|Science & Climate
menu|Media
menu|Sports
menu|Local
menu|Brevis Pro
menu|Newsletters
menu|Events
account|Log in
newsletter|Sign up
menu|Menu
h1|Air travel is on pace for a record spring, and airlines are cashing in
byline|Kelsey Marsh
dateline|Mar 20, 2026 - Business
credit|Illustration: Lindsey Ortiz/Brevis
p|Americans are flying in record numbers this spring, even as ticket prices creep higher and the broader economy sends mixed signals.
p|Why it matters: Strong demand is handing airlines pricing power heading into the summer — and a cushion against rising labor and fuel costs.
p|Driving the news: The TSA screened 3.04 million people on Sunday, the busiest day it has ever recorded outside the summer and Thanksgiving peaks, according to agency data.
li|Four of the 10 busiest days in TSA history have now come in 2026.
li|Spring break travel, which runs from late February to mid-April, is tracking about 4% above last year's levels.
p|By the numbers: Domestic airfares rose 6.2% in February from a year earlier, per the latest Consumer Price Index.
li|The average round-trip domestic fare booked for travel in March and April is $412, according to data from travel booking app Skyward shared exclusively with Brevis.
li|Summer bookings to Europe are up 9% year over year, the company says.
chart|Daily TSA checkpoint screenings
chart|Seven-day rolling average, Jan. 1 to March 19
chart|2025
chart|2026
chart|3.0M
chart|2.5M
chart|2.0M
chart|Jan. 1
chart|March 19
credit|Data: TSA; Chart: Maria Delgado/Brevis
p|Zoom in: Carriers say premium cabins are leading the surge.
li|Two of the three largest U.S. airlines raised their first-quarter revenue outlooks this week, citing bookings for extra-legroom and business-class seats.
li|Corporate travel, which lagged for years after the pandemic, is finally back to 2019 levels on a revenue basis, one carrier told investors.
newsletter|Get the Brevis Markets newsletter: the most important stories affecting your bottom line, in your inbox every weekday.
newsletter|Subscribe for free
p|What they're saying: "Consumers have shown they'll cut back on a lot of things, but not the spring break trip," Priya Natarajan, an airline analyst at Halvorsen Research, tells Brevis.
p|Yes, but: The surge is testing an air traffic control system that remains short thousands of fully certified controllers.
li|Delays at Newark and several Florida airports have already spiked on peak days this month.
li|The FAA has asked carriers to trim a handful of flights at the most congested hubs through May.
p|Between the lines: Budget carriers aren't sharing equally in the boom. Several low-cost airlines have cut routes and parked planes to conserve cash, even as the big carriers add seats.
li|Their customers tend to be more price-sensitive and more exposed to a cooling job market, analysts say.
li|Engine inspections have also kept dozens of their newer jets on the ground since last year.
p|The big picture: Travel spending has held up better than most other discretionary categories, even as consumer sentiment surveys sit near multiyear lows.
li|Hotel occupancy in major leisure markets like Orlando and Las Vegas is running slightly ahead of last spring, per industry data.
p|What's next: Airlines begin reporting first-quarter earnings in mid-April, giving investors a clearer read on whether higher fares are sticking.
related|Go deeper: Budget airlines are shrinking as the big carriers go upscale
share|Share on Facebook
share|Share on Twitter
share|Share on LinkedIn
share|Email this story
ad|Brevis Pro
ad|Get the insights you need on aviation, logistics and the deals shaping them. Start your free trial.
teaser-list|Go deeper
teaser-list|Budget airlines are shrinking as the big carriers go upscale
teaser-list|Mar 12, 2026 - Business
teaser-list|FAA orders flight cuts at Newark again as controller shortage drags on
teaser-list|Mar 5, 2026 - Politics & Policy
teaser-list|Latest
teaser-list|Fed holds rates steady, signals patience on cuts
teaser-list|2 hours ago - Economy
teaser-list|Exclusive: Hotel chains bet big on "bleisure" travelers
teaser-list|3 hours ago - Business
teaser-list|The robotaxi race heads to the airport curb
teaser-list|5 hours ago - Technology
newsletter|Brevis AM
newsletter|Start your day with the 8 things you need to know, in under 5 minutes.
newsletter|Enter your email
newsletter|Subscribe
newsletter|By subscribing, you agree to our Terms of Use and Privacy Policy.
app|Get the Brevis app
footer|About
footer|About Brevis
footer|Advertise with us
footer|Careers
footer|Events
footer|Brevis Pro
footer|Brevis Local
footer|Newsletters
footer|Podcasts
footer|Privacy and terms
footer|Online tracking choices
footer|Privacy policy
footer|Terms of use
footer|Do not sell or share my personal information
footer|Accessibility
footer|Contact us
footer|News tips
footer|Reprints and permissions
copyright|Copyright Brevis Media 2026
"""),
 dict(id="axios-style-2", site="axios-style", lang="en", sep="\n", title="Scoop: Union Station's bus concourse will close for a 14-month overhaul", date="2026-04-08", page="""
skip-link|Skip to main content
logo|Brevis
section-label|Brevis Denver
menu|Denver
menu|News
menu|Politics
menu|Food & Drink
menu|Real estate
menu|Things to do
menu|Events
menu|Newsletters
menu|All cities
account|Log in
newsletter|Subscribe
h1|Scoop: Union Station's bus concourse will close for a 14-month overhaul
byline|Alayna Ruiz, Josh Keller
dateline|Apr 8, 2026 - News
caption|Passengers wait beneath Union Station in Denver. Photo: Marcus Lindqvist/MediaNews Group via Getty Images
p|The Regional Transportation District will close the underground bus concourse at Denver's Union Station for about 14 months starting in June, according to documents obtained by Brevis Denver.
p|Why it matters: The 22-bay concourse is the busiest bus hub in the metro area, handling roughly 1,100 bus trips and more than 20,000 boardings on a typical weekday.
li|It's the main transfer point for regional routes to Boulder, Longmont and the mountain-bound Bustang service.
p|Driving the news: RTD's board is expected to approve a $68 million construction contract at its meeting Tuesday to replace the concourse's ventilation system, waterproof the roof slab and rebuild its elevators.
li|Staff flagged the ventilation fans as "at or beyond useful life" in a 2025 condition report.
li|Water has been leaking through the ceiling into the passenger area for at least three winters, per maintenance records.
p|Zoom in: During the closure, buses will load at temporary curbside stops on 17th, 18th and Wewatta streets.
li|The A Line train to Denver International Airport and the light rail platforms won't be affected.
li|The free MallRide will keep running but will end one block earlier, at 17th and Wynkoop.
p|What they're saying: "We know this is a big ask for riders, but we can't keep patching a facility that's carrying this much of the system," RTD spokesperson Elena Brooks told Brevis.
p|The other side: Downtown businesses worry about sidewalks crowded with waiting passengers and idling buses.
li|"The whole block already feels like a construction zone," said Leah Ortega, who runs a coffee cart near the station's Wewatta entrance.
p|By the numbers: The project is RTD's largest capital repair at a single facility since the concourse opened.
li|About 60% of the cost will come from federal transit grants, with the rest from RTD's capital reserves.
li|Roughly 18 bus routes will be rerouted to the temporary stops, including the Flatiron Flyer to Boulder.
p|Flashback: The concourse opened in 2014 as the centerpiece of the station's redevelopment, which turned the long-neglected rail yard into one of downtown's busiest districts.
p|Thought bubble from Alayna: Anyone who rode the 16th Street Mall shuttle through its own two-year rebuild knows detours like this tend to run long.
p|What's next: RTD plans to publish the temporary stop map in May and hold two open houses downtown before the closure begins June 14.
related|Go deeper: RTD ridership is finally climbing back
newsletter|Get more local stories in your inbox with Brevis Denver.
newsletter|Enter your email
newsletter|Subscribe for free
donate|Support local journalism by becoming a member.
donate|Learn more
teaser-list|More Denver stories
teaser-list|No stories could be found
teaser-list|Denver's first "quiet" patio rules take effect in LoDo
teaser-list|Apr 7, 2026 - News
teaser-list|The best new restaurants in Denver this spring
teaser-list|Apr 6, 2026 - Food & Drink
teaser-list|Colorado lawmakers advance bill capping rental application fees
teaser-list|Apr 6, 2026 - Politics
jobs|Denver job openings
jobs|Senior Transit Planner at Front Range Mobility Partners
jobs|Data Analyst at Cherry Creek Health
jobs|See all job listings
jobs|Powered by Brevis Jobs
ad|Want to advertise in Brevis Denver? Reach our audience of local readers.
share|Share on Facebook
share|Share on Twitter
share|Share on LinkedIn
share|Email this story
app|Get the Brevis app
footer|About
footer|About Brevis Local
footer|Advertise with us
footer|Careers
footer|Newsletters
footer|Privacy policy
footer|Terms of use
footer|Do not sell or share my personal information
footer|Accessibility
footer|Contact us
footer|News tips
copyright|Copyright Brevis Media 2026
"""),
 dict(id="lalsace-style-1", site="lalsace-style", lang="fr", sep="\n", title="Mulhouse : l'ancien agent immobilier avait détourné 480 000 euros, il écope de trois ans de prison dont deux avec sursis", date="2026-01-15", page="""
skip-link|Aller au contenu
skip-link|Aller à la navigation
logo|Le Courrier d'Alsace
edition|Édition : Mulhouse
edition|Changer d'édition
weather|Mulhouse 3°C
subscribe|S'abonner
subscribe|1 € le premier mois
account|Se connecter
epaper|Le journal
search|Rechercher
menu|Actualité
menu|Haut-Rhin
menu|Mulhouse
menu|Colmar
menu|Sundgau
menu|Thur-Doller
menu|Trois Frontières
menu|Sports
menu|Loisirs
menu|Magazine
menu|Services
menu|Avis de décès
menu|Annonces légales
menu|Jeux
breadcrumb|Accueil > Haut-Rhin > Mulhouse
section-label|Mulhouse
section-label|Faits divers - Justice
paywall|Abonnés
h1|Mulhouse : l'ancien agent immobilier avait détourné 480 000 euros, il écope de trois ans de prison dont deux avec sursis
lead|Le tribunal correctionnel de Mulhouse a condamné ce jeudi un ancien gérant d'agence immobilière de 52 ans pour abus de confiance. Pendant près de quatre ans, il avait puisé dans les loyers et les dépôts de garantie de ses clients.
byline|Par Camille ZIEGLER
dateline|15 janv. 2026 à 18:30 - Mis à jour le 16 janv. 2026 à 07:12
reading-time|Temps de lecture : 4 min
views|Vu 3 512 fois
share|Partager
share|Facebook
share|X
share|LinkedIn
share|E-mail
share|Copier le lien
gift|Offrir cet article
save|Ajouter à mes favoris
comments|Réagir (7)
caption|Le jugement a été rendu ce jeudi après-midi par le tribunal correctionnel de Mulhouse. Photo d'archives Le Courrier /Marc HEITZ
p|Le prévenu a écouté le jugement les yeux baissés, les mains croisées dans le dos. Ce jeudi après-midi, le tribunal correctionnel de Mulhouse a condamné Laurent S., 52 ans, ancien gérant d'une agence immobilière du quartier du Rebberg, à trois ans d'emprisonnement dont deux avec sursis probatoire. La partie ferme sera aménagée sous bracelet électronique.
p|Il lui est également interdit de gérer une entreprise et d'exercer dans le secteur immobilier pendant dix ans. Le tribunal a ordonné l'indemnisation des 63 parties civiles, pour un montant total d'un peu plus de 480 000 euros.
h2|« Je pensais pouvoir tout rembourser »
p|Entre 2020 et 2024, l'agence gérait près de 300 logements pour le compte de propriétaires, souvent des retraités ayant investi dans un ou deux appartements. Une partie des loyers encaissés n'a jamais été reversée : l'argent servait à combler la trésorerie de l'agence, mais aussi à financer le train de vie du gérant, deux voitures de sport et plusieurs voyages à l'étranger.
p|« Au début, c'était pour payer les salaires pendant le confinement. Je pensais pouvoir tout rembourser dès que l'activité reprendrait », a expliqué le prévenu à la barre, d'une voix à peine audible. « Ensuite, je n'ai plus su comment m'arrêter. »
read-also|Lire aussi Mulhouse : un agent immobilier soupçonné d'avoir détourné les loyers de ses clients
p|L'affaire avait éclaté au printemps 2024, lorsqu'un propriétaire de Riedisheim s'était étonné de ne plus rien percevoir depuis cinq mois. Plusieurs locataires avaient ensuite découvert que leur dépôt de garantie n'avait jamais été placé sur le compte séquestre prévu par la loi.
ad|Publicité
h2|Des victimes « ruinées »
p|À l'audience, en décembre, plusieurs victimes avaient raconté leur désarroi. Comme cette veuve de 78 ans, qui comptait sur le loyer de son studio de la rue du Sauvage pour compléter une petite pension. « Il m'a pris 19 000 euros. Il venait boire le café chez moi et me disait que le locataire avait du retard », avait-elle témoigné.
p|Pour Me Sophie Haeffelé, qui défend une vingtaine de parties civiles, « le préjudice ne se résume pas à l'argent. Ces gens ont perdu confiance dans tout un système, certains ont dû revendre leur bien pour faire face ».
p|Le procureur avait requis quatre ans de prison dont deux ferme, dénonçant « une escroquerie à la confiance, méthodique et durable ». L'avocat de la défense, Me Thomas Riegert, avait plaidé pour une peine entièrement aménageable, mettant en avant l'absence d'antécédents judiciaires de son client et sa volonté d'indemniser les victimes.
h2|La garantie financière sollicitée
p|Reste la question du remboursement. L'ancien gérant, dont la société a été placée en liquidation judiciaire, n'est pas en mesure de régler les sommes dues. Les victimes peuvent toutefois se tourner vers l'organisme de garantie financière auquel tout professionnel de la gestion locative est tenu d'adhérer.
p|« Les dossiers sont en cours d'examen, mais il faudra encore plusieurs mois avant que les premiers propriétaires soient indemnisés », prévient Me Haeffelé.
p|Laurent S. dispose de dix jours pour faire appel.
tags|Justice
tags|Mulhouse
tags|Immobilier
tags|Faits divers
comments|Les commentaires des lecteurs (7)
comments|Les commentaires sont réservés aux abonnés.
comments|Je m'abonne
comments|Déjà abonné ? Se connecter
tip|Une info, une réaction ? Contactez la rédaction de Mulhouse
newsletter|Newsletter Mulhouse
newsletter|Recevez chaque jour l'essentiel de l'actualité de Mulhouse et de sa région
newsletter|S'inscrire
teaser-list|Dans la même rubrique
teaser-list|Mulhouse : un automobiliste flashé à 142 km/h sur la rocade, son permis suspendu
teaser-list|Il y a 2 heures
teaser-list|Illzach : deux adolescents interpellés après une série de vols dans des voitures
teaser-list|Il y a 5 heures
teaser-list|Mulhouse : le procès du braquage de la bijouterie de la rue du Sauvage renvoyé
teaser-list|Hier à 17:48
most-read|Les plus lus
most-read|1
most-read|Haut-Rhin : l'A36 fermée cette nuit entre Mulhouse et Burnhaupt
most-read|2
most-read|Saint-Louis : une nouvelle boulangerie ouvre dans l'ancienne poste
most-read|3
teaser-list|Mulhouse : l'ancien agent immobilier avait détourné 480 000 euros, il écope de trois ans de prison dont deux avec sursis
obituary|Avis de décès
obituary|Consultez les avis de décès de votre région
obituary|Publier un avis
obituary|Déposer des condoléances
notices|Annonces légales
notices|Publier une annonce légale
games|Jeux
games|Mots fléchés
games|Sudoku
games|Mots croisés
epaper|Le journal du jour en version numérique
epaper|Lire le journal
app|Téléchargez l'application Le Courrier d'Alsace
network|Le Courrier d'Alsace fait partie du groupe Est Médias
network|Le Vosgien Libéré
network|Lorraine Matin
network|Le Comtois
network|La Voix de Saône
network|Rhône Soir
footer|Service client
footer|Nous contacter
footer|Conditions générales d'utilisation
footer|Conditions générales de vente
footer|Mentions légales
footer|Charte de confidentialité
footer|Gestion des cookies
footer|Plan du site
footer|Publicité
footer|Annoncer dans le journal
social|Suivez-nous
copyright|© Le Courrier d'Alsace 2026 - Tous droits réservés
cookie|Nous respectons votre vie privée
cookie|Nos partenaires et nous utilisons des cookies pour mesurer l'audience, afficher des publicités personnalisées et vous proposer des contenus adaptés à vos centres d'intérêt.
cookie|Tout accepter
cookie|Tout refuser
cookie|Paramétrer
"""),
 dict(id="lalsace-style-2", site="lalsace-style", lang="fr", sep="\n", title="Colmar : 1 200 arbres plantés et six cours d'école débitumées d'ici 2028", date="2026-03-06", page="""
skip-link|Aller au contenu
skip-link|Aller à la navigation
logo|Le Courrier d'Alsace
edition|Édition : Colmar
edition|Changer d'édition
weather|Colmar 11°C
subscribe|S'abonner
subscribe|1 € le premier mois
account|Se connecter
epaper|Le journal
search|Rechercher
menu|Actualité
menu|Haut-Rhin
menu|Mulhouse
menu|Colmar
menu|Sundgau
menu|Thur-Doller
menu|Trois Frontières
menu|Sports
menu|Loisirs
menu|Magazine
menu|Services
menu|Avis de décès
menu|Annonces légales
menu|Jeux
breaking|Le fil info
breaking|11:42 Haut-Rhin : un motard gravement blessé dans une collision près de Thann
breadcrumb|Accueil > Haut-Rhin > Colmar
section-label|Colmar
section-label|Environnement
h1|Colmar : 1 200 arbres plantés et six cours d'école débitumées d'ici 2028
lead|Pour lutter contre les îlots de chaleur, la Ville de Colmar a présenté jeudi soir en conseil municipal un plan de végétalisation de 4,2 millions d'euros. Premiers chantiers cet été.
byline|Par Élise BRUNNER
dateline|6 mars 2026 à 06:00
reading-time|Temps de lecture : 3 min
views|Vu 1 204 fois
share|Partager
share|Facebook
share|X
share|LinkedIn
share|E-mail
share|Copier le lien
gift|Offrir cet article
save|Ajouter à mes favoris
comments|Réagir (2)
caption|La cour de l'école du quartier Saint-Vincent-de-Paul sera l'une des premières à être transformée.
credit|Photo Le Courrier /Nicolas WEBER
p|Colmar veut gagner quelques degrés sur l'été. Jeudi soir, lors du conseil municipal, l'adjoint chargé de l'environnement, Pierre-Yves Marchal, a présenté le plan « Colmar à l'ombre », qui prévoit la plantation de 1 200 arbres dans l'espace public d'ici 2028 et la désimperméabilisation de six cours d'école.
p|Le programme, chiffré à 4,2 millions d'euros, sera financé aux deux tiers par la Ville, le reste provenant du fonds vert de l'État et de l'agence de l'eau. Il a été adopté à l'unanimité, l'opposition s'abstenant sur le calendrier.
h2|Jusqu'à 8 °C de moins
p|Les relevés réalisés l'été dernier par des capteurs installés dans la ville ont servi de point de départ. « Lors de la canicule d'août, nous avons mesuré jusqu'à 8 °C d'écart entre le parking de la place Rapp et les allées ombragées du Champ-de-Mars », a expliqué l'élu.
p|Les quartiers ouest et le secteur de la gare ont été identifiés comme prioritaires. « Ce sont souvent les quartiers les plus denses, où vivent aussi beaucoup de personnes âgées », a souligné Pierre-Yves Marchal.
embed-blocked|Contenu tiers
embed-blocked|Ce contenu est bloqué car vous n'avez pas accepté les cookies et autres traceurs. En cliquant sur « J'accepte », les cookies et autres traceurs seront déposés et vous pourrez visualiser les contenus.
embed-blocked|J'accepte
embed-blocked|Plus d'informations
p|Le plan prévoit notamment :
li|la plantation de 1 200 arbres, dont 300 dès l'automne 2026, avec une dizaine d'essences adaptées à la sécheresse ;
li|la transformation de six cours d'école en « cours oasis », avec sols perméables, jeux d'eau et zones ombragées ;
li|la suppression de 150 places de stationnement en surface, compensées par le parking souterrain de la gare ;
li|la création de deux « îlots de fraîcheur » ouverts au public pendant les épisodes de canicule.
ad|Publicité
read-also|Lire aussi Canicule : à Colmar, les écoles ont fermé plus tôt pendant trois jours l'été dernier
h2|Les commerçants inquiets pour le stationnement
p|La suppression de places de parking fait toutefois grincer des dents. « On nous parle d'arbres, très bien, mais nos clients viennent des villages alentour et ils viennent en voiture », regrette Nathalie Gross, présidente d'une association de commerçants du centre-ville.
p|La municipalité promet une concertation quartier par quartier avant chaque chantier. Les premiers travaux concerneront deux cours d'école pendant les vacances d'été, afin d'être terminés pour la rentrée de septembre.
p|Une réunion publique est programmée le 24 mars à 19 h au Koïfhus. Les habitants pourront également déposer leurs propositions d'emplacements d'arbres sur le site internet de la Ville jusqu'au 30 avril.
poll|Votre avis
poll|Faut-il supprimer des places de stationnement pour planter des arbres en ville ?
poll|Oui
poll|Non
poll|Je vote
poll|Résultats
tags|Colmar
tags|Environnement
tags|Conseil municipal
tags|Canicule
comments|Les commentaires des lecteurs (2)
comments|Les commentaires sont réservés aux abonnés.
comments|Je m'abonne
comments|Déjà abonné ? Se connecter
tip|Une info, une réaction ? Contactez la rédaction de Colmar
newsletter|Newsletter Colmar
newsletter|Recevez chaque jour l'essentiel de l'actualité de Colmar et de sa région
newsletter|S'inscrire
teaser-list|Dans la même rubrique
teaser-list|Colmar : la Ville lance son budget participatif, 300 000 euros à la clé
teaser-list|Il y a 1 heure
teaser-list|Horbourg-Wihr : le chantier de la piste cyclable vers Colmar démarre lundi
teaser-list|Hier à 18:10
most-read|Les plus lus
most-read|1
most-read|Colmar : un restaurant étoilé de la Petite Venise change de mains
most-read|2
most-read|Haut-Rhin : les prix de l'immobilier reculent pour la deuxième année consécutive
event|Agenda
event|Sortir à Colmar ce week-end
event|Salon du livre jeunesse - Parc des expositions - Samedi 7 mars
event|Voir tous les événements
obituary|Avis de décès
obituary|Consultez les avis de décès de votre région
obituary|Publier un avis
notices|Annonces légales
notices|Publier une annonce légale
games|Jeux
games|Mots fléchés
games|Sudoku
epaper|Le journal du jour en version numérique
epaper|Lire le journal
app|Téléchargez l'application Le Courrier d'Alsace
network|Le Courrier d'Alsace fait partie du groupe Est Médias
network|Le Vosgien Libéré
network|Lorraine Matin
network|Le Comtois
network|La Voix de Saône
network|Rhône Soir
footer|Service client
footer|Nous contacter
footer|Conditions générales d'utilisation
footer|Conditions générales de vente
footer|Mentions légales
footer|Charte de confidentialité
footer|Gestion des cookies
footer|Plan du site
footer|Publicité
social|Suivez-nous
copyright|© Le Courrier d'Alsace 2026 - Tous droits réservés
"""),
 dict(id="nyasa-times-style-1", site="nyasa-times-style", lang="en", sep="\n", title="Kasungu farmers cry foul over late AIP fertilizer deliveries", date="2026-01-12", page="""
clock|Monday, January 12, 2026
ticker|Breaking News
ticker|Kwacha holds steady against US dollar on official market
ticker|Flames drop two places in latest FIFA rankings
social|Facebook Twitter YouTube Instagram
logo|Shire Times
logo|Malawi's leading online newspaper
ad|Advertisement
menu|Home
menu|News
menu|National
menu|Politics
menu|Business
menu|Sports
menu|Opinion
menu|Columns
menu|Entertainment
menu|Health
menu|Africa
menu|World
menu|Contact Us
search|Search
breadcrumb|Home » National » Kasungu farmers cry foul over late AIP fertilizer deliveries
section-label|National
h1|Kasungu farmers cry foul over late AIP fertilizer deliveries
byline|By Chikondi Mwale
dateline|January 12, 2026
comments|14 Comments
views|2,341 Views
share|Share on Facebook
share|Share on Twitter
share|WhatsApp
caption|Phiri: We have been waiting since November
p|Hundreds of smallholder farmers in Kasungu say they risk losing this season's maize crop after fertilizer under the Affordable Inputs Programme (AIP) failed to reach selling points nearly six weeks after the first planting rains.
p|The farmers, who spoke to Shire Times at selling points in Chamama and Santhe on Friday, said they had been turned away repeatedly since mid-December, with officials telling them each time that trucks were "on the way".
p|"We planted in the first week of December hoping the fertilizer would come. Now the maize is yellowing and we have nothing to apply," said Grace Phiri, a mother of four from Chamama. "Every day we come here, every day they tell us tomorrow."
p|Another farmer, Yohane Banda, said some farmers had resorted to selling goats and chickens to buy fertilizer from private traders at around K95,000 per 50kg bag, several times the subsidised price.
ad|Advertisement
ad|Send money home for less with TumaPay. Dial *778# today
h2|Transporters blamed
p|Kasungu District Agriculture Development Officer Francis Chirwa confirmed the delays, attributing them to transport contractors who had not been paid by the time deliveries were due.
p|"So far we have received about 40 percent of the district's allocation. The ministry has assured us that the remaining consignment will be delivered within the next two weeks, and we are prioritising the areas that planted early," Chirwa said.
p|He advised farmers who had not yet applied basal dressing to use manure where possible and to keep their redemption codes safe, warning that some vendors were buying codes from desperate farmers.
p|But agricultural policy analyst Dr Tamanda Kaunda said the problem was predictable.
p|"It is the same story every year. Procurement starts late, transporters are paid late, and the farmer is the one who suffers. Fertilizer that arrives in January is fertilizer that arrives too late," she said.
read-also|ALSO READ: Govt says AIP beneficiaries list cleaned of 'ghost farmers'
h2|MPs demand answers
p|Kasungu legislator Joseph Nkhoma said he would raise the matter when Parliament meets next month, adding that the ministry should publish delivery schedules for each district.
p|"Our people voted for change. They cannot be told to wait while their crops are dying in the fields," said Nkhoma.
p|Government says the programme, which targets about two million farming households this season, remains central to its plan to make the country food secure.
p|Meanwhile, the Department of Climate Change and Meteorological Services has forecast normal to below-normal rainfall for parts of the central region in the second half of the season, raising fears of further crop stress.
social|Follow and Subscribe Shire TV :
embed-blocked|YouTube video player
share|Share this:
share|Click to share on Facebook (Opens in new window)
share|Click to share on X (Opens in new window)
share|Click to share on WhatsApp (Opens in new window)
share|Click to email a link to a friend (Opens in new window)
print|Click to print (Opens in new window)
like|Like this:
like|Like Loading...
related|Related
related|Fertilizer prices to remain high, says ministry
related|December 3, 2025
related|In "National"
related|Farmers in Mchinji count losses after dry spell
related|February 18, 2025
related|In "National"
related|AIP: Over 300 suppliers register for new season
related|October 21, 2025
related|In "Business"
tags|Tags: AIP Chamama Fertilizer Kasungu Santhe
author-link|Chikondi Mwale
author-link|View all posts by Chikondi Mwale
nav|Previous article
nav|Mzuzu City Council bans street vending in CBD
nav|Next article
nav|Bullets fans storm Kamuzu Stadium over ticket prices
comments|Subscribe
comments|Login
comments|Notify of
comments|new follow-up comments
comments|new replies to my comments
comments|Name*
comments|Email*
comments|Website
comments|guest
comments|14 Comments
comments|Oldest
comments|Newest
comments|Most Voted
comments|Inline Feedbacks
comments|View all comments
comments|Mphatso
comments|2 hours ago
comments|Every year the same story. Who is eating the transport money? We need names.
comments|12
comments|Reply
comments|Chisomo Jere
comments|1 hour ago
comments|Zoona zake boma ili likulephera. Chimanga chathu chikufa.
comments|8
comments|Mzika wa ku Lilongwe
comments|45 minutes ago
comments|Farmers should also learn to use manure instead of waiting for govt every year
comments|-3
comments|Load More Comments
teaser-list|Latest News
teaser-list|Blantyre water board announces 48-hour supply cut
teaser-list|January 12, 2026
teaser-list|Teachers' union gives government ultimatum over arrears
teaser-list|January 12, 2026
teaser-list|Opposition leader launches youth empowerment initiative in Mulanje
teaser-list|January 11, 2026
most-read|Most Popular
most-read|Chaos at Kanengo as police fire teargas at vendors
most-read|Malawi to receive $60 million for rural roads
most-read|Mother of three arrested for selling baby in Dedza
opinion|Opinion
opinion|Malawi's subsidy programme needs a rethink - Dr Lusungu Mhango
ad|Advertisement
newsletter|Subscribe to Shire Times via Email
newsletter|Enter your email address to subscribe to this blog and receive notifications of new posts by email.
newsletter|Email Address
newsletter|Subscribe
newsletter|Join 12,408 other subscribers
translate|Translate »
translate|Select Language
translate|Powered by Google Translate
footer|About Us
footer|Contact Us
footer|Advertise
footer|Privacy Policy
footer|Terms of Use
copyright|© 2026 Shire Times - All Rights Reserved.
footer|Designed by Mzati Web Solutions
back-to-top|Back to top button
"""),
 dict(id="nyasa-times-style-2", site="nyasa-times-style", lang="en", sep="\n", title="Manufacturers warn of price hikes as forex shortage bites", date="2026-02-24", page="""
clock|Tuesday, February 24, 2026
ticker|Breaking News
ticker|Parliament adjourns budget debate to Thursday
ticker|Escom announces maintenance outage for Lilongwe Area 47
social|Facebook Twitter YouTube Instagram
logo|Shire Times
logo|Malawi's leading online newspaper
ad|Advertisement
menu|Home
menu|News
menu|National
menu|Politics
menu|Business
menu|Sports
menu|Opinion
menu|Columns
menu|Entertainment
menu|Health
menu|Africa
menu|World
menu|Contact Us
search|Search
breadcrumb|Home » Business » Manufacturers warn of price hikes as forex shortage bites
section-label|Business
h1|Manufacturers warn of price hikes as forex shortage bites
byline|By Shire Times Reporter
dateline|February 24, 2026
comments|3 Comments
views|1,874 Views
share|Share on Facebook
share|Share on Twitter
share|WhatsApp
caption|Kalua: Some of our members are operating at 30 percent capacity
credit|Photo: File
p|Local manufacturers have warned that prices of basic goods such as cooking oil, soap and sugar could rise sharply in the coming weeks as the shortage of foreign exchange continues to paralyse imports of raw materials and spare parts.
p|The Manufacturers' Forum of Malawi (MFM) says several of its members have scaled down production, with some factories in Blantyre and Lilongwe sending workers on forced leave because they cannot pay suppliers abroad.
p|"Some of our members are operating at 30 percent capacity. When you cannot import packaging or chemicals, the machines simply stop," MFM chief executive officer Mercy Kalua told Shire Times on Monday.
p|Kalua said manufacturers were waiting up to four months for forex allocations from commercial banks, while suppliers in South Africa, India and China were demanding advance payment.
read-also|RELATED: Kwacha slides further on parallel market
h2|Parallel market premium widens
p|Market players say the gap between the official exchange rate and the rate on the parallel market has widened again since the start of the year, pushing importers who cannot wait for bank allocations to buy dollars at much higher rates.
p|"Every time a company buys forex on the street, that cost ends up on the shelf. The consumer pays in the end," said an economist at a Blantyre-based research firm, who asked not to be named because he was not authorised to speak to the media.
ad|Advertisement
ad|Grow your business with a KwachaFlex SME loan. Terms and conditions apply
p|In a list of proposals submitted to the Ministry of Finance last week, the forum asked government to:
li|ring-fence a share of forex earnings for the import of industrial raw materials;
li|speed up VAT refunds owed to exporters and manufacturers;
li|review import duty on packaging materials not produced locally;
li|publish a clear timetable for forex allocations by commercial banks.
h2|Treasury promises relief
p|Ministry of Finance spokesperson Wezi Chaponda said the ministry had received the proposals and was reviewing them together with the Reserve Bank of Malawi.
p|"Government is aware of the pressure on the manufacturing sector. Tobacco earnings from the new marketing season are expected to improve the forex position from April," Chaponda said.
p|But consumer rights activists warned that households were already struggling. Consumers Voice of Malawi director Baxter Nyirongo said prices of several essential commodities had risen by more than 20 percent since December.
p|"Salaries have not moved. If manufacturers pass on these costs, many families will simply not afford soap and cooking oil," Nyirongo said.
signature|Additional reporting by Thokozani Nyirenda
social|Follow and Subscribe Shire TV :
embed-blocked|YouTube video player
share|Share this:
share|Click to share on Facebook (Opens in new window)
share|Click to share on X (Opens in new window)
share|Click to share on WhatsApp (Opens in new window)
share|Click to email a link to a friend (Opens in new window)
print|Click to print (Opens in new window)
like|Like this:
like|Like Loading...
related|Related
related|Fuel queues return as importers cite forex woes
related|January 29, 2026
related|In "Business"
related|RBM maintains policy rate, cites inflation pressures
related|January 21, 2026
related|In "Business"
tags|Tags: Forex Manufacturers' Forum of Malawi Prices RBM
author-link|Shire Times Reporter
author-link|View all posts by Shire Times Reporter
nav|Previous article
nav|Lilongwe residents protest over rising bus fares
nav|Next article
nav|Silver Strikers unveil new Zambian striker
comments|Subscribe
comments|Login
comments|Notify of
comments|new follow-up comments
comments|new replies to my comments
comments|Name*
comments|Email*
comments|Website
comments|guest
comments|3 Comments
comments|Oldest
comments|Newest
comments|Most Voted
comments|Inline Feedbacks
comments|View all comments
comments|Kondwani
comments|5 hours ago
comments|Tobacco money from April? We heard the same promise last year. Pathetic.
comments|9
comments|Reply
comments|Ndaziona
comments|3 hours ago
comments|Ife tikungovutika basi, sopo wafika K3,500.
comments|4
comments|Load More Comments
teaser-list|Latest News
teaser-list|Contractor named for M1 Karonga-Chitipa rehabilitation
teaser-list|February 24, 2026
teaser-list|Chiefs in Nsanje appeal for relief food after floods
teaser-list|February 23, 2026
teaser-list|Lilongwe Wildlife Centre releases rescued hyenas
teaser-list|February 23, 2026
most-read|Most Popular
most-read|Three die as minibus plunges into Shire River
most-read|Court orders release of seized maize consignment
most-read|Mzuzu University students protest fees increase
ad|Advertisement
newsletter|Subscribe to Shire Times via Email
newsletter|Enter your email address to subscribe to this blog and receive notifications of new posts by email.
newsletter|Email Address
newsletter|Subscribe
newsletter|Join 12,561 other subscribers
translate|Translate »
translate|Select Language
translate|Powered by Google Translate
footer|About Us
footer|Contact Us
footer|Advertise
footer|Privacy Policy
footer|Terms of Use
copyright|© 2026 Shire Times - All Rights Reserved.
footer|Designed by Mzati Web Solutions
back-to-top|Back to top button
"""),
]
