# Round 6: ten pages on ten more sites, written block by block after all tuning, measured once.
# Each line: "label|text" (body roles: h1, lead, p, h2, li, byline, dateline, signature; anything else is junk).
# Invented text; no real article is copied.
ROUND6 = [
 dict(id="malinet-info-1", site="malinet-info", lang="fr", sep="\n", title="Sikasso : la filière mangue espère exporter davantage vers l’Europe", date="2025-05-20", page="""
menu|Accueil
menu|Actualités
menu|Politique
menu|Économie
menu|Société
menu|Sport
menu|Culture
menu|Vidéos
handle|Malinet Info | X
h1|Sikasso : la filière mangue espère exporter davantage vers l’Europe
empty-label|Publié le:
dateline|20 mai 2025
empty-label|Par:
byline|Bakary Dembélé
share|Tweet
share|Partager
lead|Les producteurs de mangues de la région de Sikasso veulent doubler leurs exportations vers l’Europe d’ici trois ans. Ils comptent sur une nouvelle station de conditionnement pour respecter les normes sanitaires.
p|La campagne a commencé début avril et s’annonce abondante. Mais une partie importante de la récolte pourrit encore dans les vergers faute d’acheteurs et de moyens de transport adaptés.
caption|Des mangues triées avant leur expédition, à Sikasso
credit|Photo : Bakary Dembélé / Malinet
p|La future station, financée en partie par un programme de coopération, permettra de laver, trier et emballer les fruits sur place. Elle doit aussi abriter un laboratoire capable de détecter les résidus de pesticides.
ad|PUBLICITÉ
p|Pour l’union des producteurs, l’enjeu dépasse l’exportation. « Chaque mangue vendue à l’étranger, c’est une famille qui garde son verger au lieu de le couper pour faire du charbon », souligne son président.
comments|Commentaires via Facebook :
teaser-list|À la une
teaser-list|Kayes : reprise des travaux du pont de Diamou
teaser-list|il y a 35 minutes
teaser-list|Bamako : les taxis-motos devront porter un gilet
teaser-list|il y a 2 heures
teaser-list|CAN 2025 : les Aigles en stage à Marrakech
teaser-list|il y a 4 heures
generated|Fichier généré le 20/05/2025 à 18:32
"""),
 dict(id="malinet-info-2", site="malinet-info", lang="fr", sep="\n", title="Éducation : 3 000 enseignants contractuels intégrés dans la fonction publique", date="2025-09-09", page="""
menu|Accueil
menu|Actualités
menu|Politique
menu|Économie
menu|Société
menu|Sport
menu|Culture
menu|Vidéos
handle|Malinet Info | X
repeat|Éducation : 3 000 enseignants contractuels intégrés dans la fonction publique
empty-label|Publié le:
dateline|9 septembre 2025
h1|Éducation : 3 000 enseignants contractuels intégrés dans la fonction publique
share|Tweet
share|Partager
lead|Le gouvernement a annoncé l’intégration de trois mille enseignants contractuels dans la fonction publique à partir du mois d’octobre, une revendication ancienne des syndicats du secteur.
repeat|Le gouvernement a annoncé l’intégration de trois mille enseignants contractuels dans la fonction publique à partir du mois d’octobre, une revendication ancienne des syndicats du secteur.
p|La mesure concerne en priorité les enseignants en poste depuis plus de cinq ans dans les régions du nord et du centre, où les écoles manquent le plus de personnel. Ils bénéficieront d’un salaire revalorisé et d’une couverture sociale.
p|Les syndicats saluent une avancée mais rappellent que plusieurs milliers d’autres contractuels attendent toujours leur intégration. Ils menacent de boycotter la rentrée si un calendrier n’est pas publié rapidement.
signature|La Rédaction
comments|Commentaires via Facebook :
teaser-list|À la une
teaser-list|Bamako : les taxis-motos devront porter un gilet
teaser-list|12:45
teaser-list|Ségou : la foire agricole ouvre ses portes
teaser-list|11:20
generated|Fichier généré le 09/09/2025 à 20:01
"""),
 dict(id="dakar-eco-1", site="dakar-eco", lang="fr", sep="\n\n", title="Le Sénégal lance son premier fonds de capital-risque public", date="2025-02-18", page="""
cookie|Ce site utilise des cookies. En poursuivant votre navigation, vous acceptez leur utilisation. En savoir plus
cookie|OK
menu|Dakar Éco
menu|Finance | Entreprises | Agriculture | Énergie | Tech | Emploi
section-label|FINANCE
h1|Le Sénégal lance son premier fonds de capital-risque public
lead|Doté de cinquante milliards de francs CFA, le fonds investira dans des jeunes entreprises sénégalaises à fort potentiel de croissance.
byline|Par Ndèye Sow
dateline|Publié le 18 février 2025 à 10h30
reading-time|3 min
p|Le fonds prendra des participations minoritaires dans des entreprises de moins de dix ans, dans l’agriculture, la santé, le numérique et les énergies renouvelables. Il pourra investir aux côtés de fonds privés, africains ou étrangers.
p|Les jeunes entreprises sénégalaises ont levé des montants records ces dernières années, mais l’essentiel des capitaux vient de l’étranger. Le gouvernement veut que l’épargne nationale participe davantage à cette croissance.
h2|Une gouvernance indépendante
p|Un comité d’investissement composé de professionnels du secteur privé examinera les dossiers. Le ministère des Finances assure qu’il n’interviendra pas dans le choix des entreprises financées.
p|Plusieurs entrepreneurs interrogés se disent prudents. « L’argent public est bienvenu, mais il faudra aller vite : une jeune entreprise ne peut pas attendre un an une décision », estime la fondatrice d’une société de logistique.
tags|Mots-clés : capital-risque, startups, financement
share|Partager sur LinkedIn
share|Envoyer par e-mail
teaser-list|Vous aimerez aussi
teaser-list|Énergie : la centrale solaire de Kahone entre en service
teaser-list|La BCEAO maintient son taux directeur
footer|© Dakar Éco 2025 – Reproduction interdite
"""),
 dict(id="dakar-eco-2", site="dakar-eco", lang="fr", sep="\n\n", title="Pêche : les mareyeuses de Kayar s’organisent en coopérative", date="2025-08-05", page="""
cookie|Ce site utilise des cookies. En poursuivant votre navigation, vous acceptez leur utilisation. En savoir plus
cookie|OK
menu|Dakar Éco
menu|Finance | Entreprises | Agriculture | Énergie | Tech | Emploi
section-label|ENTREPRISES
h1|Pêche : les mareyeuses de Kayar s’organisent en coopérative
lead|Une centaine de femmes qui achètent et revendent le poisson débarqué à Kayar ont créé une coopérative pour acheter ensemble de la glace et un camion frigorifique.
byline|Par Aïda Ndiaye
dateline|Publié le 5 août 2025 à 16h05
reading-time|4 min
p|Jusqu’ici, chacune négociait seule avec les fournisseurs de glace, à des prix qui variaient d’un jour à l’autre. En achetant en gros, la coopérative espère réduire ses coûts d’un tiers.
p|Le camion frigorifique, acheté grâce à un prêt d’une institution de microfinance, permet désormais de livrer les marchés de Thiès et de Dakar sans perdre une partie de la marchandise en route.
p|La présidente de la coopérative veut aller plus loin : « Nous voulons ouvrir notre propre atelier de transformation, pour fumer et sécher le poisson quand les prix sont trop bas. »
tags|Mots-clés : pêche, femmes, coopératives
share|Partager sur LinkedIn
share|Envoyer par e-mail
teaser-list|Vous aimerez aussi
teaser-list|Agriculture : la campagne arachidière démarre
teaser-list|La BCEAO maintient son taux directeur
footer|© Dakar Éco 2025 – Reproduction interdite
"""),
 dict(id="nord-info-1", site="nord-info", lang="fr", sep="\n", title="Lille : le métro automatique fête ses 40 ans avec une exposition", date="2025-04-25", page="""
menu|Aller au contenu
menu|Nord Info
subscribe|Je m’abonne
subscribe|Se connecter
menu|Lille Roubaix Tourcoing Villeneuve-d’Ascq Métropole
h1|Lille : le métro automatique fête ses 40 ans avec une exposition
byline|Julien Lefebvre
dateline|Le 25/04/2025 à 17:45
dateline|Modifié le 25/04/2025 à 18:10
caption|La rame historique exposée à la station Gare-Lille-Flandres. Photo Julien Lefebvre
lead|Quarante ans après sa mise en service, le premier métro automatique du monde à avoir transporté des voyageurs s’offre une exposition dans ses propres stations.
p|Jusqu’au 30 juin, une vingtaine de panneaux installés dans les couloirs retracent l’histoire du projet, des premiers essais sur une voie expérimentale aux extensions successives du réseau.
p|Une rame d’origine, restaurée par des passionnés, est exposée à la station Gare-Lille-Flandres. Les visiteurs peuvent monter à bord et découvrir le poste de contrôle d’époque.
ad|Publicité
p|L’exploitant rappelle que le réseau transporte aujourd’hui plus de trois cent mille voyageurs par jour. Des travaux doivent permettre de faire circuler des rames plus longues d’ici deux ans.
read-also|À lire aussi : Tourcoing : le marché de Noël déménage place de la Victoire
feedback|Cet article vous a-t-il été utile ?
feedback|Oui
feedback|Non
teaser-list|Les plus lus
teaser-list|Roubaix : la piscine musée rouvre après travaux
teaser-list|Braderie de Lille : les dates sont connues
footer|Nord Info, le journal de la métropole
"""),
 dict(id="accra-business-1", site="accra-business", lang="en", sep="\n", title="Cocoa farmers turn to solar dryers as rainy seasons grow longer", date="2025-06-30", page="""
menu|Home
menu|News
menu|Business
menu|Agribusiness
menu|Energy
menu|Opinion
ad|Advertisement
h1|Cocoa farmers turn to solar dryers as rainy seasons grow longer
byline|By Kwame Asante
dateline|June 30, 2025
share|Tweet
share|Share
lead|Farmers in Ghana's Western Region are adopting solar-powered dryers to protect their beans from mould as longer rainy seasons make traditional sun drying unreliable.
p|Cocoa beans must be dried for about a week after fermentation. Farmers usually spread them on raised mats in the open, but sudden showers force them to cover the beans again and again.
caption|A farmer checks beans inside a solar dryer near Sefwi Wiawso. Photo: Kwame Asante/Accra Business
p|The dryers, built from a wooden frame and transparent plastic sheets, keep the beans dry and warm even on cloudy days. A cooperative near Sefwi Wiawso says mould losses have fallen sharply since it installed ten of them.
read-also|READ ALSO: Ghana's tea exports rise as new auction rules take effect
p|Each dryer costs about 400 dollars, a large sum for smallholders. Several buyers now offer loans repaid through deductions on future bean sales.
p|"Good beans get a premium," said farmer Abena Owusu. "The dryer pays for itself in two seasons."
handle|@accrabusiness
teaser-list|Latest
teaser-list|Gold exports hit record high in first half
teaser-list|2 hours ago
teaser-list|Cedi steadies against the dollar
teaser-list|5 hours ago
copyright|© 2025 Accra Business. All rights reserved.
"""),
 dict(id="accra-business-2", site="accra-business", lang="en", sep="\n", title="Kumasi traders relocate as central market rebuild begins", date="2025-10-14", page="""
menu|Home
menu|News
menu|Business
menu|Agribusiness
menu|Energy
menu|Opinion
ad|Advertisement
h1|Kumasi traders relocate as central market rebuild begins
byline|By Efua Mensah
dateline|October 14, 2025
share|Tweet
share|Share
lead|Thousands of traders at Kumasi's central market have started moving to temporary stalls as the second phase of the market's reconstruction gets under way.
p|The new market will have fire hydrants, storage rooms and a car park, features the old market lacked. City officials say the work should take two years.
p|Many traders fear losing customers during the move. "My customers know where to find me. Now they must look for me again," said a cloth seller who has worked in the market for thirty years.
p|The city has promised that traders who held stalls in the old market will get priority in the new one, at rents to be agreed with their associations.
handle|@accrabusiness
teaser-list|Latest
teaser-list|Cedi steadies against the dollar
teaser-list|1 hour ago
teaser-list|Gold exports hit record high in first half
teaser-list|3 hours ago
copyright|© 2025 Accra Business. All rights reserved.
"""),
 dict(id="coast-courier-1", site="coast-courier", lang="en", sep="\n\n", title="Council votes to ban cars from seafront on summer Sundays", date="2025-04-03", page="""
cookie|We and our partners use cookies to personalise content and ads and to analyse our traffic. You can manage your choices at any time.
cookie|Manage preferences
cookie|I accept
menu|Coast Courier
menu|News Sport What's On Property Jobs Motors
h1|Council votes to ban cars from seafront on summer Sundays
byline|Jamie Fraser
byline|Local Democracy Reporter
dateline|Thursday, 3 April 2025, 5:42 pm
share|Share
lead|The seafront road will be closed to cars every Sunday from June to September, after councillors narrowly approved a trial on Wednesday night.
p|The trial, proposed by a group of residents, will turn the two-mile promenade into a space for walkers, cyclists and market stalls.
p|Supporters say it will bring more visitors to seafront cafes. Opponents warned of traffic jams in nearby streets and problems for disabled visitors who rely on parking close to the beach.
p|The vote was 18 to 16. A review will be published in the autumn.
newsletter|Get the latest news from Coast Courier straight to your inbox
newsletter|Sign up
comments|Comments
teaser-list|Most Read
teaser-list|Man rescued after cliff fall
teaser-list|New bakery opens on high street
copyright|© 2025 Coast Courier. All rights reserved.
"""),
 dict(id="coast-courier-2", site="coast-courier", lang="en", sep="\n\n", title="Lifeboat crew marks 150 years of rescues with open day", date="2025-07-26", page="""
cookie|We and our partners use cookies to personalise content and ads and to analyse our traffic. You can manage your choices at any time.
cookie|Manage preferences
cookie|I accept
menu|Coast Courier
menu|News Sport What's On Property Jobs Motors
h1|Lifeboat crew marks 150 years of rescues with open day
byline|Jamie Fraser
dateline|Saturday, 26 July 2025, 9:10 am
share|Share
caption|Crew members prepare the lifeboat for a demonstration launch
credit|Image: Coast Courier
lead|The town's lifeboat station will open its doors to the public on Sunday to mark 150 years since its first recorded rescue.
p|Visitors will be able to tour the boathouse, watch a launch demonstration and meet volunteers, some of whom have served for more than thirty years.
p|The station has launched more than 3,000 times since 1875. Its crew is made up entirely of volunteers, including a fisherman, a teacher and two nurses.
p|The open day runs from 10 am to 4 pm. Entry is free, and donations will go towards a new tractor used to launch the boat.
newsletter|Get the latest news from Coast Courier straight to your inbox
newsletter|Sign up
comments|Comments
teaser-list|Most Read
teaser-list|Council votes to ban cars from seafront on summer Sundays
teaser-list|New bakery opens on high street
copyright|© 2025 Coast Courier. All rights reserved.
"""),
 dict(id="ouaga-quotidien-1", site="ouaga-quotidien", lang="fr", sep="\n\n", title="Ouagadougou : les cyclistes réclament des pistes sécurisées", date="2025-11-12", page="""
menu|Ouaga Quotidien
menu|À la une | Politique | Société | Économie | Sport | International
date-widget|Mercredi 12 novembre 2025
h1|Ouagadougou : les cyclistes réclament des pistes sécurisées
dateline|Publié le mercredi 12 novembre 2025 à 07:30
byline|Par Salif Ouédraogo
share|Partager
share|Tweet
share|WhatsApp
lead|Plusieurs centaines de cyclistes ont défilé dimanche dans le centre de Ouagadougou pour demander des aménagements qui protègent les deux-roues de la circulation automobile.
p|Dans une ville où le vélo et la moto restent les moyens de transport les plus répandus, les accidents impliquant des deux-roues sont en forte hausse, selon les chiffres de la police municipale.
p|Les manifestants demandent que les anciennes voies cyclables, aujourd’hui occupées par des commerçants ou des véhicules stationnés, soient dégagées et séparées de la chaussée par des bordures.
p|La mairie dit étudier un plan de mobilité qui prévoit une dizaine de kilomètres de pistes protégées sur les grands axes. Aucun calendrier n’a été annoncé.
signature|S.O.
social|Suivez-nous sur Facebook et WhatsApp
teaser-list|Dans la même rubrique
teaser-list|Bobo-Dioulasso : le festival des masques reporté
teaser-list|11 novembre 2025
teaser-list|Koudougou : une nouvelle maternité inaugurée
teaser-list|10 novembre 2025
footer|Ouaga Quotidien © 2025 | Mentions légales | Contact
"""),
]
