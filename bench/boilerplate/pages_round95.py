# Round 95: eight pages on four more layouts (a Marseille regional daily, a Spanish daily's English edition, a
# Burkinabè daily, an Australian public broadcaster's rural news), written blind: without looking at the classifier,
# its rules or the benchmark. Each line: "label|text". Invented text; no real article is copied.
ROUND95 = [
 dict(id="la-provence-style-1", site="la-provence-style", lang="fr", sep="\n", title="Marseille : le tramway vers les quartiers Nord sera mis en service le 4 juillet", date="2026-06-18", page="""
skip-link|Aller au contenu principal
skip-link|Aller à la navigation
epaper|Le journal numérique
newsletter|Newsletters
obituary|Avis de décès
notices|Annonces légales
games|Jeux
account|Se connecter
subscribe|S'abonner
subscribe|1€ le 1er mois
weather|Marseille 27°
menu|Menu
menu|Marseille
menu|Aix-en-Provence
menu|Aubagne
menu|Martigues
menu|Salon
menu|Région
menu|Faits divers
menu|Politique
menu|Économie
menu|OM
menu|Sports
menu|Loisirs
menu|Vidéos
menu|Services
search|Rechercher
breadcrumb|Accueil
breadcrumb|Marseille
breadcrumb|Transports
section-label|Marseille
paywall|Abonné
h1|Marseille : le tramway vers les quartiers Nord sera mis en service le 4 juillet
lead|Après trois ans de chantier, le prolongement de la ligne T3 jusqu'à La Castellane accueillera ses premiers voyageurs début juillet. La Métropole promet une rame toutes les six minutes aux heures de pointe, mais les commerçants du boulevard Henri-Barnier attendent toujours leurs indemnisations.
byline|Par Julien Castagnoli
dateline|Publié le 18/06/2026 à 19h05
dateline|Mis à jour le 19/06/2026 à 08h12
listen|Écouter cet article
listen|Lecture audio générée par une voix de synthèse
listen|0:00
listen|4 min
share|Partager
share|Facebook
share|X
share|WhatsApp
share|E-mail
share|Copier le lien
save|Ajouter à mes favoris
follow|Suivez-nous sur Google Actualités
caption|Les essais à vide se poursuivent depuis avril entre Gèze et le terminus de La Castellane.
credit|Photo Lionel Mercadier
p|La date était attendue depuis des mois dans le 15e et le 16e arrondissement. Le prolongement de la ligne T3 du tramway, entre le pôle d'échanges de Gèze et La Castellane, sera ouvert au public le samedi 4 juillet, a annoncé jeudi la présidente de la Métropole Aix-Marseille-Provence lors d'une visite du dépôt de Saint-Louis.
p|Longue de 4,2 kilomètres, la nouvelle section compte huit stations, dont trois desservent directement des grands ensembles longtemps restés à l'écart du réseau de transports en commun lourd. « C'est une ligne qui corrige une injustice. Des familles mettaient plus d'une heure pour rejoindre le centre-ville, elles en mettront trente minutes », a-t-elle déclaré.
read-also|Lire aussi : Métro : la ligne 2 fermée tous les soirs à 21 heures cet été pour travaux
p|Les premières semaines, le tramway circulera de 5 heures à 23 heures, avec une fréquence de six minutes aux heures de pointe et de dix minutes en journée. Le service sera prolongé jusqu'à 0 h 30 à partir de la rentrée, une fois la phase de rodage terminée.
ad|Publicité
ad|Annonce
h2|Une fête de quartier pour l'inauguration
p|Pour marquer l'événement, le voyage sera gratuit sur l'ensemble du réseau RTM le week-end des 4 et 5 juillet. Des animations sont prévues aux stations Saint-Louis, Campagne-Lévêque et La Castellane, avec des concerts et un marché de producteurs.
p|Les élus de secteur saluent une avancée mais restent vigilants. « Le tram, c'est bien, mais il faut qu'il soit sûr et qu'il passe à l'heure. Les habitants ont déjà connu trop de promesses », prévient une conseillère d'arrondissement, qui réclame la présence permanente d'agents de médiation dans les rames.
h2|Les commerçants toujours dans l'attente
p|Sur le boulevard Henri-Barnier, l'enthousiasme est plus mesuré. Plusieurs commerçants, qui ont vu leur chiffre d'affaires chuter pendant les travaux, attendent encore le versement des indemnités promises par la commission de règlement amiable.
p|« On nous a dit que les dossiers seraient traités avant l'été. On est en juin et je n'ai rien reçu », raconte le gérant d'une boulangerie installée face à la future station Bricarde. Selon la Métropole, 61 dossiers ont été déposés et 38 ont déjà fait l'objet d'un versement, pour un montant total de 1,9 million d'euros.
h2|Repères
li|4,2 km de voies nouvelles et 8 stations
li|296 millions d'euros d'investissement, dont 42 millions apportés par l'État
li|Environ 25 000 voyageurs attendus chaque jour
li|Un parking relais de 350 places à La Castellane
p|La Métropole assure enfin que l'étude du prolongement suivant, vers Saint-Antoine et l'hôpital Nord, sera présentée au conseil métropolitain à l'automne, pour une enquête publique en 2027.
tags|Marseille
tags|Tramway
tags|Transports
tags|Quartiers Nord
tags|Métropole Aix-Marseille-Provence
comments|Réagir
comments|3 commentaires
comments|Cet espace est réservé aux abonnés. Pour commenter, connectez-vous ou abonnez-vous.
newsletter|La newsletter Marseille
newsletter|Chaque soir, l'essentiel de l'actualité marseillaise dans votre boîte mail.
newsletter|Votre adresse e-mail
newsletter|S'inscrire
related|Sur le même sujet
related|Tramway de Marseille : les essais nocturnes perturbent le sommeil des riverains
related|Transports : la Métropole dévoile les nouveaux tarifs RTM pour 2026
related|Quartiers Nord : à La Castellane, le tram attendu comme une délivrance
most-read|Les plus lus
most-read|1
most-read|Marseille : un incendie dans le massif de l'Étoile, la D908 fermée
most-read|2
most-read|OM : le mercato s'accélère, un latéral gauche dans le viseur
most-read|3
most-read|Canicule : les Bouches-du-Rhône placées en vigilance orange
most-read|4
most-read|Aix-en-Provence : la piétonnisation du cours Mirabeau repoussée
teaser-list|Dans la rubrique Marseille
teaser-list|Il y a 35 min
teaser-list|Vieux-Port : la grande roue ne reviendra pas cet été
teaser-list|Il y a 1 h
teaser-list|Belsunce : l'îlot insalubre de la rue d'Aix sera démoli en septembre
teaser-list|Il y a 2 h
teaser-list|Plages : la baignade interdite au Prophète après un orage
teaser-list|Voir plus d'articles
epaper|Le journal du jour
epaper|Feuilleter l'édition de Marseille
app|Téléchargez l'application
app|Disponible sur l'App Store
app|Disponible sur Google Play
network|Le groupe
network|Le Courrier du Midi
network|Corse Soir
network|Var Hebdo
network|Le Mag Sorties
footer|Contactez-nous
footer|Publicité
footer|Plan du site
footer|Mentions légales
footer|Conditions générales de vente
footer|Politique de confidentialité
cookie|Paramétrer les cookies
social|Suivez-nous
social|Facebook Instagram X LinkedIn TikTok
copyright|© Le Courrier du Midi 2026 - Tous droits réservés
"""),
 dict(id="la-provence-style-2", site="la-provence-style", lang="fr", sep="\n", title="Calanques : la réservation obligatoire pour Sugiton étendue à tous les week-ends d'avril à octobre", date="2026-05-12", page="""
skip-link|Aller au contenu principal
epaper|Le journal numérique
newsletter|Newsletters
obituary|Avis de décès
notices|Annonces légales
games|Jeux
account|Mon compte
subscribe|S'abonner
weather|Marseille 21°
watch|EN DIRECT Suivez le conseil municipal de Marseille
menu|Menu
menu|Marseille
menu|Aix-en-Provence
menu|Aubagne
menu|Martigues
menu|Salon
menu|Région
menu|Faits divers
menu|Politique
menu|Économie
menu|OM
menu|Sports
menu|Loisirs
menu|Vidéos
menu|Services
search|Rechercher
breadcrumb|Accueil
breadcrumb|Région
breadcrumb|Environnement
section-label|Environnement
h1|Calanques : la réservation obligatoire pour Sugiton étendue à tous les week-ends d'avril à octobre
lead|Le parc national des Calanques durcit les règles d'accès à l'une de ses criques les plus fréquentées. Dès le 1er juin, il faudra réserver un créneau gratuit en ligne pour descendre à Sugiton et aux Pierres Tombées le week-end et les jours fériés.
byline|Par Sandrine Ollivier et Mehdi Ferhat
dateline|Publié le 12/05/2026 à 17h48
share|Partager
share|Facebook
share|X
share|WhatsApp
share|E-mail
share|Copier le lien
save|Ajouter à mes favoris
follow|Suivez-nous sur Google Actualités
video|VIDÉO. Sugiton, une calanque sous pression
video|01:58
video|La vidéo va démarrer dans 5 secondes
caption|En juillet 2025, jusqu'à 2 500 personnes ont été comptées certains jours sur la plage de Sugiton.
credit|Photo archives Patrick Nosetto
p|C'était une mesure expérimentale, elle devient la règle. Après trois étés de réservation obligatoire limitée aux mois de juillet et août, le parc national des Calanques a annoncé mardi que le dispositif serait étendu à tous les week-ends et jours fériés, du 1er avril au 31 octobre, à compter de cette année.
p|Concrètement, les promeneurs qui souhaitent descendre à la calanque de Sugiton ou aux Pierres Tombées, depuis le col de Sugiton, devront réserver gratuitement un créneau sur le site internet du parc ou sur son application. La jauge est fixée à 400 personnes simultanément sur le site, contre 500 jusqu'à présent.
read-also|À lire aussi
read-also|Calanques : le Conseil d'État valide la fermeture estivale de certains sentiers
read-also|Sormiou, Morgiou : faut-il aussi limiter l'accès aux calanques en voiture ?
p|« Les comptages de l'an dernier ont montré que la pression ne se limite plus à l'été. En mai, en septembre et même en octobre, nous avons des journées à plus de 1 500 personnes, avec des sols qui ne se régénèrent plus », explique le directeur du parc.
h2|Des contrôles à l'entrée des sentiers
p|Des écogardes seront présents au départ des sentiers, notamment depuis le parking de Luminy, pour vérifier les QR codes. Les visiteurs sans réservation seront invités à faire demi-tour. Aucune amende n'est prévue dans l'immédiat, mais le parc n'exclut pas de recourir à la verbalisation en cas d'abus répétés.
ad|Publicité
p|Les habitants des 9e et 8e arrondissements, qui bénéficiaient jusqu'ici d'une tolérance, ne seront pas exemptés. Une décision mal vécue par certains comités d'intérêt de quartier. « On nous demande de réserver pour aller à la plage à pied depuis chez nous. C'est le monde à l'envers », s'agace le président d'un CIQ de Luminy.
h2|Un bilan jugé positif par les scientifiques
p|Le parc s'appuie sur les premiers résultats des suivis écologiques menés depuis 2022. Sur les zones mises en défens, la végétation a commencé à repousser et l'érosion des sentiers a nettement ralenti. Les herbiers de posidonie, fragilisés par les ancrages, font l'objet d'un suivi distinct.
p|Les professionnels du tourisme restent partagés. Si les loueurs de kayaks, qui accèdent aux criques par la mer, ne sont pas concernés, plusieurs guides de randonnée craignent une complexité supplémentaire pour les groupes. Le parc promet un quota réservé aux sorties encadrées.
p|Les réservations pour le mois de juin ouvriront le 20 mai à 9 heures, a précisé le parc, qui recommande de télécharger son billet avant de partir, le réseau mobile étant quasi inexistant dans le vallon.
gallery|Voir la galerie
gallery|12 photos
tags|Calanques
tags|Parc national
tags|Environnement
tags|Marseille 9e
comments|Réagir
comments|27 commentaires
comments|Trier par : Les plus récents
comments|Marius13
comments|Il y a 2 h
comments|Enfin une mesure de bon sens, on ne pouvait plus poser sa serviette en septembre.
comments|Répondre
comments|Signaler
comments|Voir tous les commentaires
subscribe|Le Club Abonnés
subscribe|Des invitations, des rencontres et des avantages réservés à nos abonnés. Découvrir
recommended|La rédaction vous conseille
recommended|Randonnée : les 10 plus beaux sentiers des Bouches-du-Rhône au printemps
recommended|Incendies : l'accès aux massifs sera-t-il encore réglementé cet été ?
most-read|Les plus lus
most-read|1
most-read|OM : l'entraîneur fait le point avant le déplacement à Lens
most-read|2
most-read|Marseille : fusillade à la Paternelle, un jeune homme grièvement blessé
most-read|3
most-read|Aubagne : la foire aux santons déménage
epaper|Le journal du jour
epaper|Feuilleter l'édition de Marseille
app|Téléchargez l'application
app|Disponible sur l'App Store
app|Disponible sur Google Play
network|Le groupe
network|Le Courrier du Midi
network|Corse Soir
network|Var Hebdo
network|Le Mag Sorties
footer|Contactez-nous
footer|Publicité
footer|Plan du site
footer|Mentions légales
footer|Conditions générales de vente
footer|Politique de confidentialité
cookie|Paramétrer les cookies
social|Suivez-nous
social|Facebook Instagram X LinkedIn TikTok
copyright|© Le Courrier du Midi 2026 - Tous droits réservés
"""),
 dict(id="el-pais-english-style-1", site="el-pais-english-style", lang="en", sep="\n", title="Madrid opens its first network of climate shelters as Spain braces for another scorching summer", date="2026-06-16", page="""
skip-link|Skip to content
lang-switch|Select:- - -EspañaAméricaMéxicoColombiaChileArgentinaUSEnglish
account|Sign in
subscribe|SUBSCRIBE
subscribe|$1 first month
search|Search
menu|LA CRÓNICA English
menu|Spain
menu|International
menu|USA
menu|Mexico
menu|Latin America
menu|Opinion
menu|Economy
menu|Climate
menu|Science
menu|Technology
menu|Culture
menu|Lifestyle
menu|Sports
menu|Photography
section-label|Climate crisis
section-label|HEAT WAVE
h1|Madrid opens its first network of climate shelters as Spain braces for another scorching summer
lead|The city has turned 64 libraries, cultural centers and municipal sports facilities into air-conditioned refuges for residents who have no way to cool down at home, a year after record temperatures left hundreds of heat-related deaths across the country
byline|Lucía Ferrer Herrero
dateline|Madrid - Jun 16, 2026 - 05:30 CEST
share|Share on Whatsapp
share|Share on Facebook
share|Share on Twitter
share|Share on Bluesky
share|Share on Linkedin
share|Copy link
comments|Go to comments
gift|Gift this article
caption|A man cools off at a fountain in Plaza de España, Madrid, last July.Jaime Ruiz Olmedo
p|When the thermometer in her fourth-floor apartment in Usera hit 34 degrees Celsius last August, Carmen Rodríguez, 78, spent the afternoons sitting in the lobby of a bank branch that stayed open late. This summer she will have another option: the public library three streets away, which on Monday became one of the 64 climate shelters that Madrid City Hall has opened across the capital.
p|The network, which will operate until September 30, includes libraries, cultural centers, senior day centers and indoor sports facilities in all 21 districts. All of them guarantee a temperature below 26 degrees, access to drinking water, seating and restrooms, and most will extend their opening hours until 9 p.m. when the State Meteorological Agency (AEMET) issues an orange or red warning.
p|“This is not a luxury, it is public health,” said the city's deputy mayor for social services at the presentation of the plan. “There are tens of thousands of people in Madrid who live in homes that become ovens in July and August, and many of them are elderly and live alone.”
newsletter|Sign up for our weekly newsletter to get more English-language news coverage from LA CRÓNICA USA Edition
related|More information
related|Spain records its hottest summer since 1961, with an average of 24.2°C
related|Heat killed more than 2,000 people in Spain last summer, according to the Health Ministry's monitoring system
p|Madrid is following in the footsteps of Barcelona, which launched a similar network in 2019 and now has more than 400 refuges, as well as smaller cities such as Bilbao and Seville. Environmental groups had criticized the capital for lagging behind, arguing that the city's heat action plan relied almost exclusively on text message alerts and leaflets.
h2|A map and a phone line
p|Residents can find their nearest shelter through an interactive map on the city's website and in the municipal app, or by calling the 010 information line. Signs with a blue-and-orange logo have been placed at the entrances of the buildings, and staff have received basic training to detect symptoms of heat stroke.
p|Experts welcome the initiative but warn that it is only a partial answer. “Climate shelters help, but the people most at risk are often those who cannot or will not leave their homes: bedridden people, those with reduced mobility, people with dementia,” says Julio Díaz, a researcher in environmental epidemiology at the Carlos III Health Institute. “For them, what we need are home visits and active phone follow-up during heat waves.”
ad|ADVERTISING
p|The Federation of Neighborhood Associations of Madrid also points out that the distribution of shelters is uneven. The southern districts of Villaverde, Usera and Puente de Vallecas, where the proportion of poorly insulated buildings is highest, have fewer refuges per resident than central districts, according to an analysis by the federation.
h2|Trees and shaded playgrounds
p|The City Hall says the shelters are part of a broader strategy that includes planting 12,000 trees this year, installing shade canopies in 150 school playgrounds and opening 18 municipal swimming pools two weeks earlier than usual. Critics say that some of those measures have been announced in previous years without being fully carried out.
p|AEMET forecasts a summer warmer than normal across most of the Iberian Peninsula. Last year, the agency recorded 23 days of official heat waves in Spain, and Madrid's Retiro weather station exceeded 40 degrees on five occasions.
p|For Carmen Rodríguez, the priority is simpler. “I just want somewhere cool to read the newspaper where nobody looks at me funny for staying all afternoon,” she says.
signature|Translated by Emma Kelly
newsletter|Sign up for our weekly newsletter to get more English-language news coverage from LA CRÓNICA USA Edition
tags|Archived In
tags|Spain
tags|Madrid
tags|Climate crisis
tags|Heat wave
tags|Public health
tags|AEMET
tags|Climate change
tags|Europe
disclaimer|Adheres to The Trust Project
disclaimer|More information
author-bio|Lucía Ferrer Herrero
author-bio|She is a reporter in LA CRÓNICA's Madrid section, where she covers urban planning, housing and the environment. She holds a degree in Journalism from the Complutense University of Madrid.
paywall|If you are interested in licensing this content, please contact us
comments|Comments
comments|Norms
comments|Read our comment rules
paywall|Your subscription is being used on another device
paywall|Do you want to add another user to your subscription?
paywall|If you continue reading on this device, it will not be possible to read on the other device.
paywall|Continue reading here
paywall|Add user
most-read|Most viewed
most-read|Spain's Supreme Court orders retrial in high-profile corruption case
most-read|Why Spaniards are leaving Madrid for small towns in Castilla-La Mancha
most-read|Barcelona's new tourist tax comes into force: what visitors will pay
most-read|The Mexican village that has run out of water
recommended|Recommendations by
recommended|Sponsored content
sponsored|These are the cheapest cities to retire in Europe in 2026
sponsored|The Trip Planner
footer|LA CRÓNICA, the global newspaper
footer|Contact
footer|Sell your content
footer|Who we are
footer|Advertising
footer|Subscriptions
footer|Legal notice
footer|Privacy policy
footer|Cookie policy
footer|Cookie settings
footer|Sitemap
social|Facebook
social|Instagram
social|X
social|Threads
social|Bluesky
copyright|© EDICIONES LA CRÓNICA S.L.
"""),
 dict(id="el-pais-english-style-2", site="el-pais-english-style", lang="en", sep="\n", title="Spain's unemployment rate falls below 10% for the first time since 2008", date="2026-04-28", page="""
skip-link|Skip to content
lang-switch|Select:- - -EspañaAméricaMéxicoColombiaChileArgentinaUSEnglish
account|Sign in
subscribe|SUBSCRIBE
search|Search
menu|LA CRÓNICA English
menu|Spain
menu|International
menu|USA
menu|Mexico
menu|Latin America
menu|Opinion
menu|Economy
menu|Climate
menu|Science
menu|Technology
menu|Culture
menu|Lifestyle
menu|Sports
menu|Photography
breaking|Last minute: The Bank of Spain raises its growth forecast to 2.4% for 2026
section-label|Economy
section-label|LABOR MARKET
h1|Spain's unemployment rate falls below 10% for the first time since 2008
lead|The Labor Force Survey for the first quarter puts the jobless rate at 9.87%, although Spain still tops the European Union ranking and youth unemployment remains above 23%
byline|Raúl Mendizábal Torres
byline|Nuria Castell
dateline|Madrid / Barcelona - Apr 28, 2026 - 09:47 CEST
share|Share on Whatsapp
share|Share on Facebook
share|Share on Twitter
share|Share on Bluesky
share|Share on Linkedin
share|Copy link
comments|Go to comments
caption|Job seekers wait outside a public employment office in Seville, in a file image.PACO PUENTES ARIAS
p|For the first time in almost 18 years, Spain's unemployment rate has fallen below the symbolic threshold of 10%. According to the Labor Force Survey (EPA) published on Tuesday by the National Statistics Institute (INE), the jobless rate stood at 9.87% in the first three months of the year, down from 10.61% a year earlier, with 2.63 million people out of work.
p|The figure is especially significant because the first quarter is traditionally a weak period for employment in Spain, when the end of the Christmas campaign and the lull before the tourist season usually push unemployment up. This year, however, the economy created 64,300 jobs between January and March, the best start to a year since the statistical series began.
p|The Minister of Labor celebrated the data on social media as “a historic day for the working people of this country,” while the Economy Ministry attributed the improvement to the strength of domestic demand, the arrival of migrant workers and record tourism figures.
chart|Unemployment rate in Spain
chart|In % of the active population
chart|2008 2010 2012 2014 2016 2018 2020 2022 2024 2026
chart|Source: INE.
chart|LA CRÓNICA
h2|Still the highest in the EU
p|Despite the milestone, Spain remains the country with the highest unemployment rate in the European Union, well above the euro zone average of around 6.2%. Youth unemployment, among people under 25, is at 23.4%, double the EU average, and the gap between regions remains wide.
li|Andalusia: 14.9%
li|Extremadura: 14.1%
li|Canary Islands: 13.2%
li|Madrid: 8.1%
li|Basque Country: 6.9%
li|Cantabria: 6.4%
related|More information
related|Spain's economy grew 2.8% in 2025, outpacing the big euro zone countries for the third year
related|The 37.5-hour workweek: what changes for workers and companies
p|Economists also point out that the number of hours worked per employee has barely recovered to pre-pandemic levels, and that productivity growth remains weak. “We are creating a lot of jobs, but many of them are in sectors with low added value and low wages. That is the pending challenge,” says Florentino Felgueroso, an economist at the Fedea think tank.
ad|ADVERTISING
h2|Fewer temporary contracts
p|The survey confirms the effects of the 2022 labor reform, which restricted the use of temporary contracts. The temporary employment rate in the private sector fell to 12.1%, a record low, while in the public sector it remains above 28%, a figure that Brussels has repeatedly asked Spain to reduce.
p|Employers' associations welcomed the figures but warned that the government's plans to shorten the working week and raise the minimum wage again could cool hiring in small businesses. The unions, for their part, called for the improvement to translate into wage increases.
p|The Bank of Spain expects unemployment to continue falling gradually and to close 2026 at around 9.5%, provided that the international context, marked by trade tensions with the United States, does not deteriorate further.
newsletter|Follow all the information on Economy and Business on Facebook and X, or in our weekly newsletter
newsletter|The Five Days agenda
newsletter|The most important economic quotes of the day, with the keys and context to understand their scope.
newsletter|RECEIVE IT IN YOUR EMAIL
signature|Translated by Simon Hunter
tags|Archived In
tags|Unemployment
tags|Labor Force Survey
tags|INE
tags|Spanish economy
tags|Labor market
tags|Youth unemployment
tags|European Union
disclaimer|Adheres to The Trust Project
disclaimer|More information
feedback|Is there an error? Let us know
author-bio|Raúl Mendizábal Torres
author-bio|Economics journalist at LA CRÓNICA specializing in the labor market and pensions. He previously worked at Cinco Sesenta and Radio Nacional.
author-bio|Nuria Castell
author-bio|She covers business and the economy from Barcelona. Graduate in Journalism from the Autonomous University of Barcelona.
comments|Comments
comments|Norms
comments|Read our comment rules
paywall|Your subscription is being used on another device
paywall|Do you want to add another user to your subscription?
paywall|If you continue reading on this device, it will not be possible to read on the other device.
paywall|Continue reading here
paywall|Add user
most-read|Most viewed
most-read|Who are the 100 richest people in Spain?
most-read|The Canary Islands approve a moratorium on new holiday rentals
teaser-list|Spain's unemployment rate falls below 10% for the first time since 2008
most-read|A Roman villa found under a supermarket car park in Córdoba
footer|LA CRÓNICA, the global newspaper
footer|Contact
footer|Sell your content
footer|Who we are
footer|Advertising
footer|Subscriptions
footer|Legal notice
footer|Privacy policy
footer|Cookie policy
footer|Cookie settings
footer|Sitemap
social|Facebook
social|Instagram
social|X
social|Threads
social|Bluesky
copyright|© EDICIONES LA CRÓNICA S.L.
"""),
 dict(id="lobservateur-paalga-style-1", site="lobservateur-paalga-style", lang="fr", sep="\n", title="Campagne agricole 2026-2027 : 92 000 tonnes d'engrais subventionnés pour les producteurs", date="2026-05-21", page="""
clock|jeudi, mai 21, 2026
ticker|Dernières nouvelles :
ticker|Ouagadougou : la circulation interdite aux poids lourds sur le boulevard Charles-de-Gaulle aux heures de pointe
ticker|Examen du BEPC 2026 : plus de 310 000 candidats attendus
ticker|Étalons : la liste des 25 pour la double confrontation de juin
social|Facebook
social|YouTube
social|WhatsApp
epaper|Le journal en PDF
subscribe|Abonnement
menu|Accueil
menu|Actualités
menu|Politique
menu|Société
menu|Economie
menu|Sports
menu|Culture
menu|Régions
menu|International
menu|Opinion
menu|L'Obs Dimanche
menu|Nécrologie
menu|Annonces
search|Rechercher
breadcrumb|Accueil » Economie » Campagne agricole 2026-2027 : 92 000 tonnes d'engrais subventionnés pour les producteurs
section-label|Economie
section-label|À la une
h1|Campagne agricole 2026-2027 : 92 000 tonnes d'engrais subventionnés pour les producteurs
byline|Par L'Éclaireur du Faso
dateline|21 mai 2026
comments|0
reading-time|Lecture : 4 min
share|Partager sur Facebook
share|Partager sur Twitter
share|WhatsApp
share|Telegram
caption|Le lancement officiel de la campagne a eu lieu à Koupéla en présence de plusieurs centaines de producteurs.
p|C'est dans le village de Gounghin, à une dizaine de kilomètres de Koupéla, dans la région du Kuilsé, que le ministre en charge de l'Agriculture a procédé, le mardi 19 mai 2026, au lancement officiel de la campagne agricole humide 2026-2027. Une cérémonie placée sous le signe de « l'offensive agropastorale et halieutique », qui entre dans sa troisième année.
p|Pour cette saison, ce sont au total 92 000 tonnes d'engrais minéraux, 14 500 tonnes de semences améliorées et près de 3 000 tracteurs et motoculteurs qui seront mis à la disposition des producteurs à prix subventionné. Le sac de 50 kg d'engrais NPK sera cédé à 12 500 F CFA, contre plus de 25 000 F CFA sur le marché, et le sac d'urée à 11 000 F CFA.
p|« L'Etat a consenti un effort exceptionnel. Nous demandons aux producteurs d'utiliser ces intrants à bon escient et de ne pas les revendre, car ce serait trahir la confiance placée en eux », a martelé le ministre devant une foule de cultivateurs, de groupements féminins et d'autorités coutumières venus des quatre coins de la province du Kouritenga.
ad|PUBLICITÉ
ad|Banque Sahélienne de l'Habitat – Votre maison, notre métier. Prêts immobiliers jusqu'à 20 ans
h2|Une distribution sous haute surveillance
p|Les années précédentes, la distribution des intrants a souvent été entachée de soupçons de détournement et de favoritisme. Pour y remédier, le ministère dit avoir généralisé l'enrôlement biométrique des bénéficiaires. Chaque producteur identifié recevra un code personnel, et les quantités allouées seront fonction de la superficie déclarée et vérifiée par les agents d'agriculture.
p|Des comités de veille, composés de représentants des producteurs, des forces de défense et de sécurité et des volontaires, seront installés dans chaque commune. Un numéro vert, le 80 00 11 22, a également été mis en place pour dénoncer les cas de fraude.
p|Sur le terrain, les bénéficiaires accueillent favorablement la mesure, tout en relevant quelques insuffisances. « L'an passé, l'engrais est arrivé au mois d'août alors que nous avions déjà semé. Si cette année il arrive avant les premières pluies, ce sera une bonne chose », témoigne Salam Zoungrana, producteur de maïs et de niébé à Gounghin.
p|La présidente d'un groupement de femmes étuveuses de riz de la zone, Mme Pauline Kaboré, plaide quant à elle pour un quota réservé aux femmes. « Nous travaillons la terre autant que les hommes, mais quand les intrants arrivent, nous sommes toujours servies en dernier », a-t-elle déploré.
h2|Les objectifs de production
p|Selon les prévisions du ministère, la campagne devrait permettre d'atteindre une production céréalière de plus de 6,8 millions de tonnes, contre 6,1 millions la saison écoulée. Les efforts porteront prioritairement sur :
li|le riz, avec l'aménagement de 4 500 nouveaux hectares de bas-fonds ;
li|le maïs, dont la production est attendue à 2,3 millions de tonnes ;
li|la pomme de terre et l'oignon dans les zones de production maraîchère ;
li|le blé, dont les essais se poursuivent dans la vallée du Sourou.
p|Le ministre a enfin invité les producteurs à suivre les prévisions saisonnières de l'Agence nationale de la météorologie, qui annonce une saison globalement humide, avec un démarrage précoce dans l'Ouest et tardif dans le Nord.
signature|Hamidou Sawadogo
like|J'aime ça :
like|J'aime chargement…
tags|Tags:
tags|Agriculture
tags|Campagne agricole
tags|Engrais
tags|Koupéla
share|Partager cet article
nav|Article précédent
nav|Assemblée législative de transition : trois projets de loi adoptés en plénière
nav|Article suivant
nav|Football : l'ASFA-Yennenga sacrée championne du Faso
related|Articles similaires
related|Prix des céréales : le sac de maïs à 22 000 F CFA sur les marchés de Ouagadougou
related|Fertilisants : l'usine de Kossodo commence la production d'engrais organo-minéraux
related|Offensive agropastorale : le bilan à mi-parcours jugé satisfaisant
comments|Laisser un commentaire Annuler la réponse
comments|Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *
comments|Commentaire *
comments|Nom *
comments|E-mail *
comments|Site web
comments|Enregistrer mon nom, mon e-mail et mon site dans le navigateur pour mon prochain commentaire.
comments|Laisser un commentaire
recent|Articles récents
recent|Ouagadougou : la circulation interdite aux poids lourds sur le boulevard Charles-de-Gaulle aux heures de pointe
recent|Examen du BEPC 2026 : plus de 310 000 candidats attendus
recent|Étalons : la liste des 25 pour la double confrontation de juin
recent|Lettre pour Laye : Ces nouveaux riches qui ne savent plus marcher
notices|Avis d'appel d'offres
notices|Communiqué du ministère de l'Economie et des Finances
obituary|Nécrologie
obituary|Remerciements et faire-part : Famille Ouédraogo à Tanghin
footer|À propos
about|L'Éclaireur du Faso, quotidien d'information générale fondé en 1974, est édité par la société Éditions Le Flambeau.
contact|01 BP 584 Ouagadougou 01 – Tél. : (+226) 25 33 27 05
contact|Email : redaction@eclaireurdufaso.bf
footer|Qui sommes-nous
footer|Contact
footer|Publicité
footer|Mentions légales
copyright|© 2026 L'Éclaireur du Faso – Tous droits réservés. Conçu par SahelWeb.
back-to-top|Haut de page
"""),
 dict(id="lobservateur-paalga-style-2", site="lobservateur-paalga-style", lang="fr", sep="\n", title="Délestages à Bobo-Dioulasso : la SONABEL promet une accalmie d'ici fin avril", date="2026-03-11", page="""
clock|mercredi, mars 11, 2026
ticker|Dernières nouvelles :
ticker|Ramadan 2026 : les prix du sucre et de l'huile sous surveillance
ticker|Koudougou : deux individus interpellés pour vol de bétail
ticker|Basketball : le Burkina qualifié pour l'AfroBasket féminin
social|Facebook
social|YouTube
social|WhatsApp
epaper|Le journal en PDF
subscribe|Abonnement
menu|Accueil
menu|Actualités
menu|Politique
menu|Société
menu|Economie
menu|Sports
menu|Culture
menu|Régions
menu|International
menu|Opinion
menu|L'Obs Dimanche
menu|Nécrologie
menu|Annonces
search|Rechercher
breadcrumb|Accueil » Régions » Délestages à Bobo-Dioulasso : la SONABEL promet une accalmie d'ici fin avril
section-label|Régions
h1|Délestages à Bobo-Dioulasso : la SONABEL promet une accalmie d'ici fin avril
byline|Par Ousséni Sanou
dateline|11 mars 2026
comments|2
reading-time|Lecture : 3 min
share|Partager sur Facebook
share|Partager sur Twitter
share|WhatsApp
share|Telegram
caption|Le directeur régional de la SONABEL (au centre) face aux délégués des commerçants du marché de Dioulassoba
p|Depuis la mi-février, les habitants de plusieurs secteurs de Bobo-Dioulasso vivent au rythme des coupures d'électricité, parfois longues de huit à dix heures par jour. Une situation qui a poussé les commerçants du grand marché et les soudeurs du quartier Accart-Ville à demander des explications à la direction régionale de la Société nationale d'électricité du Burkina (SONABEL). C'était le lundi 9 mars 2026 au gouvernorat de la région du Guiriko.
p|Face aux délégués, le directeur régional de la SONABEL a d'abord présenté ses excuses pour les désagréments. Selon lui, les délestages s'expliquent par la conjonction de plusieurs facteurs : la hausse de la demande liée à la chaleur, la panne d'un groupe de la centrale thermique de Bobo 2 et la baisse des importations d'électricité en provenance de la Côte d'Ivoire pendant une opération de maintenance sur la ligne d'interconnexion.
p|« Nous avons un déficit d'environ 25 mégawatts aux heures de pointe pour la seule zone de Bobo. Les équipes sont à pied d'œuvre et nous pensons retrouver une situation normale d'ici à la fin du mois d'avril, avec la remise en service du groupe et la montée en puissance de la centrale solaire de Kodéni », a-t-il expliqué.
ad|PUBLICITÉ
ad|FasoNet Mobile : 10 Go à 2 000 F CFA. Composez le *400#
p|Ces assurances n'ont pas totalement convaincu. Pour les soudeurs et les meuniers, chaque heure sans courant est une perte sèche. « Nous avons des familles à nourrir et des apprentis à payer. Quand le courant part à 9 heures et revient à 17 heures, la journée est finie », a lancé Adama Traoré, porte-parole des artisans d'Accart-Ville.
p|Les commerçants du marché de Dioulassoba, eux, se plaignent surtout de l'absence de programme de délestage. « Qu'on nous dise au moins à quelle heure le courant va partir pour qu'on s'organise », a plaidé leur délégué, sous les applaudissements de la salle.
h2|Un programme publié chaque semaine
p|Répondant à cette préoccupation, la direction régionale s'est engagée à publier désormais chaque vendredi, sur sa page Facebook et par voie de radio, le programme prévisionnel de délestage par secteur pour la semaine suivante. Les hôpitaux, les forages de l'ONEA et les services de sécurité resteront prioritaires.
p|Le secrétaire général de la région, qui présidait la rencontre, a appelé les populations à la patience et au civisme, notamment en évitant les branchements anarchiques qui surchargent le réseau. Il a également invité les usagers à adopter des gestes d'économie d'énergie, comme l'extinction des climatiseurs dans les bureaux inoccupés.
p|En attendant, les vendeurs de groupes électrogènes et de kits solaires, eux, ne connaissent pas la crise. Dans les boutiques de l'avenue de la Nation, les prix des petits groupes ont grimpé de près de 20 % en un mois, selon plusieurs clients rencontrés sur place.
signature|Ousséni Sanou
signature|Correspondant à Bobo-Dioulasso
like|J'aime ça :
like|J'aime chargement…
tags|Tags:
tags|Bobo-Dioulasso
tags|Délestages
tags|Electricité
tags|SONABEL
share|Partager cet article
nav|Article précédent
nav|Dédougou : les travaux de bitumage de la route de Tougan reprennent
nav|Article suivant
nav|Santé : une campagne de vaccination contre la méningite dans les Hauts-Bassins
related|Articles similaires
related|Energie : la centrale solaire de Kodéni bientôt raccordée au réseau
related|Chaleur : la SONABEL appelle à la modération dans la consommation
related|Koudougou : les meuniers réclament une tarification spéciale
comments|2 commentaires
comments|Kassoum B.
comments|11 mars 2026 à 10 h 42 min
comments|Toujours les mêmes promesses chaque année. En avril ce sera la chaleur qui sera la raison.
comments|Répondre
comments|Wendkouni
comments|11 mars 2026 à 13 h 05 min
comments|Au moins qu'ils publient le programme comme promis, ça nous aidera.
comments|Laisser un commentaire Annuler la réponse
comments|Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *
comments|Commentaire *
comments|Nom *
comments|E-mail *
comments|Site web
comments|Enregistrer mon nom, mon e-mail et mon site dans le navigateur pour mon prochain commentaire.
comments|Laisser un commentaire
recent|Articles récents
recent|Ramadan 2026 : les prix du sucre et de l'huile sous surveillance
recent|Koudougou : deux individus interpellés pour vol de bétail
recent|Basketball : le Burkina qualifié pour l'AfroBasket féminin
recent|Lettre pour Laye : Quand le délestage s'invite au grin
column|Sur le vif
column|L'humeur du jour : Le groupe électrogène, nouveau roi des quartiers
notices|Avis de recrutement
notices|Communiqué de la SONABEL : programme de maintenance du réseau
obituary|Nécrologie
obituary|In memoriam : Feu Sié Joseph Hien
footer|À propos
about|L'Éclaireur du Faso, quotidien d'information générale fondé en 1974, est édité par la société Éditions Le Flambeau.
contact|01 BP 584 Ouagadougou 01 – Tél. : (+226) 25 33 27 05
contact|Email : redaction@eclaireurdufaso.bf
footer|Qui sommes-nous
footer|Contact
footer|Publicité
footer|Mentions légales
copyright|© 2026 L'Éclaireur du Faso – Tous droits réservés. Conçu par SahelWeb.
back-to-top|Haut de page
"""),
 dict(id="abc-rural-australia-style-1", site="abc-rural-australia-style", lang="en", sep="\n", title="Frost takes the shine off bumper canola harvest in southern NSW", date="2025-11-13", page="""
skip-link|Skip to main content
skip-link|Skip to navigation
skip-link|Skip to footer
menu|ABN Homepage
search|Search the ABN
account|Log in
menu|Open menu
menu|ABN News
menu|News Home
menu|Just In
menu|Watch Live
menu|Politics
menu|World
menu|Business
menu|Analysis
menu|Sport
menu|Science
menu|Health
menu|Arts
menu|Fact Check
menu|Other
menu|ABN Rural
menu|Rural Hour
menu|Landline
menu|Rural Reporter
section-label|ABN Rural
h1|Frost takes the shine off bumper canola harvest in southern NSW
byline|By Hannah Kerrigan and Tom Whitfield
byline|ABN Riverina
topics|Topic:Agricultural Crops
dateline|Posted Thu 13 Nov 2025 at 5:30amThursday 13 November 2025 at 5:30am
share|Share
share|Share article
caption|Jenny Walsh says frost struck her canola just as it was flowering. (ABN Rural: Hannah Kerrigan)
p|Grain growers across southern New South Wales were set for one of their best canola harvests on record — until a run of frosty nights in late September.
p|Now, as headers roll through paddocks from Wagga Wagga to Temora, many farmers are finding pods that look healthy from the road but are empty when split open.
p|Jenny Walsh, who crops 2,400 hectares with her husband near Junee, said the damage was patchy but severe in places.
p|"You walk into a paddock and the top half looks like a 3-tonne crop," she said.
p|"Then you crack the pods and there's nothing in them. Some of our lower-lying country will go less than one tonne."
video|Watch
video|Duration: 2 minutes 14 seconds2m 14s
video|Frosted canola pods look healthy from the outside but yield little grain.
h2|A tale of two harvests
p|The Australian Oilseeds Federation had forecast the NSW canola crop at more than 1.4 million tonnes after a wet winter, which would have been the state's second largest on record.
p|Agronomist Brett McIntyre, who services clients across the eastern Riverina, said growers on higher ground had avoided the worst.
p|"It's been a real tale of two harvests," he said.
p|"Some of my clients are delivering 2.5 to 3 tonnes a hectare and great oil content. Others, five kilometres away in a frost hollow, are down 40 to 60 per cent."
p|Mr McIntyre said growers should resist the temptation to judge their crop by the first few loads.
p|"Frost damage is never even across a paddock. Get the yield maps off the header before you start making decisions about next year's rotation or your finances," he said.
p|The NSW Department of Primary Industries said it was collecting reports of frost damage from growers and agronomists to build a clearer picture of the losses across the Riverina and the South West Slopes.
newsletter|Get the latest rural news from around the country, delivered free to your inbox each Friday.
newsletter|Sign up to the ABN Rural newsletter
h2|Prices offer some comfort
p|Canola prices have held up, with new-season contracts at Port Kembla trading at about $790 a tonne this week, supported by strong demand from Europe for biodiesel feedstock.
p|GrainGrowers policy manager Lucy Pham said the strong price would help some growers get through, but not all.
p|"For the ones who've lost half their crop, no price is going to make that up," she said.
p|She urged growers to speak to their insurers early and to keep records of frost-affected paddocks.
p|Ms Walsh said despite the setback, the season was still better than the drought years.
p|"We've got moisture in the profile and the wheat's looking good," she said.
p|"You learn to take the good with the bad."
embed|Loading
related|Related stories
related|Growers race to finish hay as storm season arrives early in the Riverina
related|Why a $10 million frost research project has farmers paying attention
related|Record grain exports forecast as Australia's harvest tops 60 million tonnes
topics|Related topics
topics|Agricultural Crops
topics|Agricultural Prices
topics|Agriculture
topics|Grain
topics|Junee
topics|Rural
topics|Wagga Wagga
topics|Weather
social|Get all the latest ABN Rural news on Facebook and Instagram.
listen|Listen to the Rural Hour on ABN listen
top-stories|Top Stories
top-stories|Reserve Bank leaves cash rate on hold, signals cuts are unlikely this year
top-stories|Live: Search continues for missing hikers in Tasmania's south-west
top-stories|Teenager charged after ute stolen and crashed in Dubbo
top-stories|'Eaten alive': Residents plead for help as mosquito numbers soar
popular|Popular now
popular|1.
popular|Woolworths recalls pre-packaged salads over listeria fears
popular|2.
popular|The simple trick to keep your tomatoes from splitting this summer
popular|3.
popular|Man bitten by shark off NSW Mid North Coast
back-to-top|Back to top
acknowledgement|ABN acknowledges Aboriginal and Torres Strait Islander peoples as the First Australians and Traditional Custodians of the lands where we live, work, and gather.
timezone|AEDT = Australian Eastern Daylight Savings Time which is 11 hours ahead of GMT (Greenwich Mean Time)
footer|News Home
footer|Just In
footer|Rural
footer|ABN News Channel
footer|More from ABN
footer|About the ABN
footer|ABN Careers
footer|Accessibility
footer|Help
footer|Contact the ABN
footer|Terms of Use
footer|Privacy Policy
footer|Editorial Policies
disclaimer|This service may include material from Agence France-Presse (AFP), APTN, Reuters, AAP, CNN and the BBC World Service which is copyright and cannot be reproduced.
copyright|© 2025 ABN
"""),
 dict(id="abc-rural-australia-style-2", site="abc-rural-australia-style", lang="en", sep="\n", title="Gulf cattle producers count the cost as floodwaters recede", date="2026-03-05", page="""
skip-link|Skip to main content
skip-link|Skip to navigation
skip-link|Skip to footer
menu|ABN Homepage
search|Search the ABN
account|Log in
menu|Open menu
menu|ABN News
menu|News Home
menu|Just In
menu|Watch Live
menu|Politics
menu|World
menu|Business
menu|Analysis
menu|Sport
menu|Science
menu|Health
menu|Arts
menu|Fact Check
menu|Other
menu|ABN Rural
menu|Rural Hour
menu|Landline
menu|Rural Reporter
section-label|ABN Rural
h1|Gulf cattle producers count the cost as floodwaters recede
byline|By Mollie Gorman and Ben Tsering
byline|ABN North West Queensland
topics|Topic:Beef Cattle
dateline|Posted Thu 5 Mar 2026 at 6:15am, updated Thu 5 Mar 2026 at 11:02amThursday 5 March 2026 at 11:02am
share|Share
share|Share article
caption|Station owner Rob Carew inspects a washed-out fence line north of Julia Creek. (Supplied: Rob Carew)
section-label|In short:
li|Cattle producers in Queensland's Gulf Country are beginning to assess stock losses after weeks of flooding across the Flinders and Norman river catchments.
li|Some stations have lost hundreds of head of cattle, and kilometres of fencing and roads have been destroyed.
section-label|What's next?
li|Producers are calling for disaster assistance to be extended to cover fencing and helicopter mustering costs.
p|For almost three weeks, Rob Carew could only see his cattle from the air.
p|Floodwaters from the swollen Flinders River cut his station, north of Julia Creek, into islands, with stock stranded on any bit of high ground they could find.
p|"We were doing fodder drops by helicopter every second day," Mr Carew said.
p|"You'd fly over and count them and some days the numbers just didn't add up."
p|Now the water has started to drop, the true cost is emerging.
p|Mr Carew estimates he has lost about 300 head out of a herd of 4,000, along with more than 60 kilometres of fencing.
embed-blocked|This content is hosted by a third party. By showing the external content you accept the Terms and Conditions.
embed-blocked|Show content
h2|'Worse than 2019'
p|Across the Gulf Country, graziers are reporting similar stories.
p|AgForce North regional president Sally Hooper said the losses were not yet as widespread as the 2019 monsoon disaster, when an estimated 500,000 cattle died, but some individual properties had been hit harder.
p|"For a few families, this is worse than 2019, because the water came up so fast and stayed so long," Ms Hooper said.
p|"Cattle that survived the flood are now weak, and there's a real risk of losing more to pneumonia and to being bogged."
ad|Advertisement
p|The Bureau of Meteorology said parts of the catchment received more than 900 millimetres of rain in 10 days in February.
p|Several roads, including sections of the Burke Developmental Road, remain closed, delaying trucks carrying fodder and replacement fencing material.
video|Watch
video|Duration: 1 minute 48 seconds1m 48s
video|Aerial footage shows cattle stranded on high ground near the Flinders River.
h2|Calls for more support
p|The Queensland and federal governments have activated disaster recovery arrangements for eight local government areas, giving producers access to freight subsidies and concessional loans of up to $250,000.
p|But graziers say the support does not go far enough.
p|Ms Hooper said AgForce wanted the assistance extended to cover:
li|helicopter hire for mustering and fodder drops
li|the full cost of rebuilding boundary fencing
li|carcass disposal on remote properties
p|A spokesperson for the Queensland Minister for Primary Industries said the government was "working closely with industry to understand the scale of losses" and would consider further measures once assessments were complete.
p|Mr Carew said the priority for now was getting surviving stock back onto dry country.
p|"It'll take a couple of years to get back to where we were," he said.
p|"But the grass will be unbelievable after this, so there's that."
correction|Editor's note 5 March 2026: An earlier version of this story incorrectly stated Mr Carew's station is south of Julia Creek.
related|Related stories
related|How a beef producer used drones to find stranded cattle in record floods
related|Mosquito-borne virus fears as floodwaters sit across northern Queensland
topics|Related topics
topics|Beef Cattle
topics|Disasters, Accidents and Emergency Incidents
topics|Floods
topics|Julia Creek
topics|Livestock
topics|Rural
social|Get all the latest ABN Rural news on Facebook and Instagram.
listen|Listen to the Rural Hour on ABN listen
top-stories|Top Stories
top-stories|Live: Tropical Cyclone Miro upgraded to category 3 as it nears the Pilbara coast
top-stories|Prime Minister announces inquiry into supermarket pricing
top-stories|Matildas name squad for Asian Cup title defence
popular|Popular now
popular|1.
popular|Woman found safe after four days lost in Kakadu
popular|2.
popular|What the new road rules mean for drivers from Monday
popular|3.
popular|Bakery chain collapses, 40 stores to close
back-to-top|Back to top
acknowledgement|ABN acknowledges Aboriginal and Torres Strait Islander peoples as the First Australians and Traditional Custodians of the lands where we live, work, and gather.
timezone|AEST = Australian Eastern Standard Time which is 10 hours ahead of GMT (Greenwich Mean Time)
footer|News Home
footer|Just In
footer|Rural
footer|ABN News Channel
footer|More from ABN
footer|About the ABN
footer|ABN Careers
footer|Accessibility
footer|Help
footer|Contact the ABN
footer|Terms of Use
footer|Privacy Policy
footer|Editorial Policies
disclaimer|This service may include material from Agence France-Presse (AFP), APTN, Reuters, AAP, CNN and the BBC World Service which is copyright and cannot be reproduced.
copyright|© 2026 ABN
"""),
]
