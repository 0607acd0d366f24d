# Round 55: eight pages on four more layouts (a French public TV regional news site, a New Caledonian daily, an
# Australian metropolitan broadsheet with a paywall, a Ugandan state-owned daily), written blind: without looking at
# the classifier, its rules or the benchmark, measured once. Each line: "label|text". Invented text; no real article
# is copied.
ROUND55 = [
 dict(id="france3-regions-style-1", site="france3-regions-style", lang="fr", sep="\n\n", title="Lot-et-Garonne : les producteurs de pruneaux face à une récolte historiquement basse", date="2026-09-14", page="""
skip-link|Aller au contenu principal
skip-link|Aller au menu
skip-link|Aller à la recherche
cookie|Avec votre accord, France Télévisions et ses partenaires utilisent des cookies ou technologies similaires pour stocker et accéder à des informations personnelles comme votre visite sur ce site. Vous pouvez retirer votre consentement ou vous opposer aux traitements basés sur l’intérêt légitime à tout moment en cliquant sur « Paramétrer ».
cookie|Accepter & Fermer
cookie|Continuer sans accepter
cookie|Paramétrer
menu|Trois Régions
menu|Nouvelle-Aquitaine
lang-switch|Choisir une autre région
menu|Accueil
menu|Gironde
menu|Dordogne
menu|Lot-et-Garonne
menu|Landes
menu|Pyrénées-Atlantiques
menu|Sport
menu|Culture
menu|Environnement
menu|Météo
watch|Regarder le direct
watch|Nos émissions
menu|Se connecter
section-label|Économie
breadcrumb|Accueil > Nouvelle-Aquitaine > Lot-et-Garonne > Villeneuve-sur-Lot
h1|Lot-et-Garonne : les producteurs de pruneaux face à une récolte historiquement basse
lead|Gel tardif au printemps, canicule en août : les vergers de pruniers d’ente du Villeneuvois ont donné cette année moins de la moitié d’une récolte normale. Les producteurs réclament un fonds d’urgence.
caption|Dans les vergers de Sainte-Livrade-sur-Lot, les prunes tombées au sol sont ramassées à la main cette année, faute de volumes suffisants pour les machines.
credit|© Julien Ferrand / Trois Régions
byline|Écrit par Camille Verdier et Pierre Lasserre
dateline|Publié le 14/09/2026 à 17h32
dateline|Mis à jour le 14/09/2026 à 18h05
share|Partager l’article sur Facebook
share|Partager l’article sur X
share|Partager l’article par e-mail
share|Copier le lien
follow|Suivre Trois Régions Nouvelle-Aquitaine : Google Actualités
p|Dans la cour de sa ferme de Sainte-Livrade-sur-Lot, Bernard Castaing montre les caisses vides empilées contre le hangar. « D’habitude, à la mi-septembre, elles sont toutes pleines et on cherche de la place. Cette année, on en a rempli à peine un tiers. »
p|Comme lui, la plupart des producteurs de prunes d’ente du Lot-et-Garonne sortent d’une campagne catastrophique. Selon l’interprofession, la récolte 2026 devrait tourner autour de 18 000 tonnes de prunes fraîches, contre 40 000 les bonnes années.
h2|Un gel en avril, puis la sécheresse
p|Les vergers ont d’abord subi deux nuits de gel à la mi-avril, au moment de la floraison. « Les bourgeons ont noirci en quelques heures », se souvient Bernard Castaing, qui avait pourtant allumé des bougies antigel dans une partie de ses parcelles.
p|Les fruits restants ont ensuite souffert de la vague de chaleur du mois d’août. Plusieurs producteurs ont dû ramasser des prunes trop petites, que les fours des séchoirs transforment mal en pruneaux.
video|Le reportage de Camille Verdier et Pierre Lasserre
video|Durée de la vidéo : 00:02:14
video|Lecture en cours
p|Pour les transformateurs, la pénurie se traduit déjà par des hausses de prix. Une coopérative de Villeneuve-sur-Lot annonce une augmentation de 12 % du prix du pruneau d’Agen IGP chez les grossistes dès le mois d’octobre.
h2|Les producteurs réclament un fonds d’urgence
p|Réunis en assemblée générale vendredi soir, les arboriculteurs ont voté une motion demandant à l’État :
li|l’activation du régime des calamités agricoles pour le gel ;
li|un report des cotisations sociales de l’année ;
li|une aide à l’investissement dans des filets et des systèmes d’irrigation au goutte-à-goutte.
p|La préfecture indique qu’une mission d’expertise se rendra dans les vergers dans les prochains jours pour évaluer les pertes commune par commune.
p|« On ne demande pas l’aumône, on demande de pouvoir continuer », résume un jeune installé de Casseneuil, qui a repris il y a trois ans les vingt hectares de son oncle.
related|À LIRE AUSSI : Gel : les arboriculteurs du Lot-et-Garonne allument des bougies dans les vergers
related|À LIRE AUSSI : Pruneau d’Agen : la filière mise sur les jeunes consommateurs
tags|Économie
tags|Agriculture
tags|Villeneuve-sur-Lot
tags|Lot-et-Garonne
newsletter|L’actualité « Économie » vous intéresse ? Continuez votre lecture sur le même thème et abonnez-vous à la newsletter de Trois Régions Nouvelle-Aquitaine.
newsletter|Votre adresse e-mail
newsletter|Je m’abonne
consent|Vos données sont traitées par France Télévisions conformément à sa politique de confidentialité. Vous pouvez vous désabonner à tout moment.
comments|Voir les commentaires (14)
most-read|Les plus lus
most-read|1
most-read|Landes : un incendie parcourt 40 hectares de pinède près de Mimizan
most-read|2
most-read|Bordeaux : la ligne D du tram interrompue pendant trois semaines
most-read|3
teaser-list|Lot-et-Garonne : les producteurs de pruneaux face à une récolte historiquement basse
teaser-list|Dans la même thématique
teaser-list|Vendanges 2026 : dans le Bergeracois, les premières grappes coupées sous la chaleur
teaser-list|il y a 3 heures
teaser-list|Marmande : la tomate de pays cherche des bras pour la saison prochaine
teaser-list|il y a 6 heures
app|Téléchargez l’application Trois Régions pour suivre l’actualité de votre région
app|Disponible sur l’App Store
app|Disponible sur Google Play
footer|Trois Régions est un service de France Télévisions
footer|Nous contacter
footer|Mentions légales
footer|Conditions générales d’utilisation
footer|Gestion des cookies
footer|Accessibilité : partiellement conforme
footer|Plan du site
copyright|© France Télévisions 2026
"""),
 dict(id="france3-regions-style-2", site="france3-regions-style", lang="fr", sep="\n\n", title="Pau : une classe de CM2 part à la rencontre des bergers de la vallée d’Ossau", date="2026-05-27", page="""
skip-link|Aller au contenu principal
skip-link|Aller au menu
skip-link|Aller à la recherche
menu|Trois Régions
menu|Nouvelle-Aquitaine
lang-switch|Choisir une autre région
menu|Accueil
menu|Gironde
menu|Dordogne
menu|Lot-et-Garonne
menu|Landes
menu|Pyrénées-Atlantiques
menu|Sport
menu|Culture
menu|Environnement
menu|Météo
watch|Regarder le direct
watch|Nos émissions
menu|Se connecter
section-label|Société
breadcrumb|Accueil > Nouvelle-Aquitaine > Pyrénées-Atlantiques > Pau
h1|Pau : une classe de CM2 part à la rencontre des bergers de la vallée d’Ossau
lead|Pendant trois jours, vingt-quatre élèves d’une école paloise ont suivi la montée des brebis vers les estives. Un projet préparé toute l’année avec leur institutrice.
caption|Les élèves de l’école Lapuyade accompagnent le troupeau sur la route du col du Pourtalet.
credit|© Trois Régions Nouvelle-Aquitaine
byline|Écrit par Marion Etchegaray
dateline|Publié le 27/05/2026 à 19h10
share|Partager l’article sur Facebook
share|Partager l’article sur X
share|Partager l’article par e-mail
share|Copier le lien
follow|Suivre Trois Régions Nouvelle-Aquitaine : Google Actualités
p|Il est à peine six heures du matin quand le car s’arrête au bord de la départementale, au-dessus de Laruns. Les enfants enfilent leurs coupe-vent, un peu endormis, pendant que les premières sonnailles résonnent déjà dans la brume.
p|Depuis septembre, la classe de CM2 de Mme Lalanne travaille sur le pastoralisme : cartes des estives, fabrication du fromage, vocabulaire béarnais. La transhumance en est l’aboutissement.
h2|« Les brebis connaissent le chemin »
p|Le berger qui les accueille, Jean-Marc Soulé, mène chaque année environ 400 brebis vers la cabane de Bious. « Les brebis connaissent le chemin mieux que nous, explique-t-il aux enfants. Notre travail, c’est surtout de les empêcher de traverser n’importe où. »
p|Les élèves ont marché une douzaine de kilomètres sur deux jours, dormi dans un gîte communal et assisté à la traite du soir. Plusieurs n’avaient jamais vu une brebis de près.
video|Le reportage de Marion Etchegaray, Xabi Irigoyen et Laure Pédelucq
video|Durée de la vidéo : 00:01:52
p|« J’ai appris que le fromage, ça demande beaucoup de patience », raconte Inès, dix ans, qui compte bien revenir l’été prochain avec ses parents.
p|Pour l’institutrice, le projet a aussi permis de rapprocher la ville et la montagne. « Pau est à une heure de la vallée, mais pour beaucoup d’enfants, c’est un autre monde. »
p|Le voyage, d’un coût d’environ 6 000 euros, a été financé par la coopérative scolaire, la commune et une vente de gâteaux organisée par les parents.
related|À LIRE AUSSI : Vallée d’Aspe : la cohabitation entre bergers et ours toujours sous tension
tags|Société
tags|Éducation
tags|Pau
tags|Pyrénées-Atlantiques
newsletter|L’actualité « Société » vous intéresse ? Continuez votre lecture sur le même thème et abonnez-vous à la newsletter de Trois Régions Nouvelle-Aquitaine.
newsletter|Votre adresse e-mail
newsletter|Je m’abonne
consent|Vos données sont traitées par France Télévisions conformément à sa politique de confidentialité. Vous pouvez vous désabonner à tout moment.
comments|Voir les commentaires (3)
most-read|Les plus lus
most-read|1
most-read|Biarritz : la plage de la Côte des Basques fermée après une pollution
most-read|2
most-read|Périgueux : le festival de mime annonce sa programmation
most-read|3
most-read|A63 : un poids lourd se renverse, bouchons de 15 km vers l’Espagne
teaser-list|Dans la même thématique
teaser-list|Bac 2026 : les épreuves de philosophie fixées au 15 juin
teaser-list|il y a 2 heures
teaser-list|Mont-de-Marsan : une école primaire menacée de fermeture de classe
teaser-list|hier
app|Téléchargez l’application Trois Régions pour suivre l’actualité de votre région
app|Disponible sur l’App Store
app|Disponible sur Google Play
footer|Trois Régions est un service de France Télévisions
footer|Nous contacter
footer|Mentions légales
footer|Conditions générales d’utilisation
footer|Gestion des cookies
footer|Accessibilité : partiellement conforme
footer|Plan du site
copyright|© France Télévisions 2026
"""),
 dict(id="nouvelle-caledonie-style-1", site="nouvelle-caledonie-style", lang="fr", sep="\n", title="Nouméa : la rotation du Betico vers l’île des Pins suspendue après une avarie", date="2026-02-17", page="""
timestamp|Mardi 17 février 2026
weather|Nouméa 29°C – Vent de sud-est 15 nds
ticker|Nickel LME : 15 820 $/t (+0,4 %)
menu|Se connecter
menu|S’abonner
epaper|Le journal numérique
menu|LE QUOTIDIEN CALÉDONIEN
menu|Actualités
menu|Grand Nouméa
menu|Brousse
menu|Îles
menu|Politique
menu|Économie
menu|Nickel
menu|Sports
menu|Culture
menu|Pacifique
menu|Annonces
breaking|ALERTE – Vigilance fortes pluies levée sur la côte Est à partir de 14 heures
section-label|Grand Nouméa
paywall|Réservé aux abonnés
h1|Nouméa : la rotation du Betico vers l’île des Pins suspendue après une avarie
lead|Le navire à grande vitesse a été immobilisé au quai de la gare maritime lundi matin à la suite d’un problème sur l’un de ses moteurs. Les passagers ont été remboursés ou reportés.
byline|Sébastien Wamytan
dateline|Le 17 février 2026 à 05h00
listen|Écouter l’article
listen|3 min
share|Facebook
share|Messenger
share|Copier le lien
caption|Le Betico est resté à quai lundi, sous le regard des passagers venus pour le départ de 7 heures.
credit|Photo S.W.
p|Lundi, 6 h 45. Une centaine de passagers attendent devant la gare maritime des îles quand l’annonce tombe : le départ pour Kuto est annulé. « On était prévenus par SMS à 6 heures, mais beaucoup de gens n’avaient pas regardé leur téléphone », raconte une mère de famille de Vao, venue en ville pour un rendez-vous médical.
p|Selon l’armateur, un capteur a signalé une surchauffe sur l’un des quatre moteurs lors des vérifications d’avant départ. Par précaution, le commandant a choisi de ne pas appareiller.
h2|Des pièces attendues d’Australie
p|Les mécaniciens ont identifié une pièce défaillante dans le circuit de refroidissement. Elle doit être acheminée depuis Brisbane par le vol cargo de jeudi. La compagnie espère une reprise des rotations samedi, sous réserve des essais en mer.
p|En attendant, les passagers ont le choix entre un remboursement intégral et un report sans frais sur une date ultérieure. Des places supplémentaires ont été négociées sur les vols d’Air Calédonie vers Moué, à tarif résident.
ad|Publicité
h2|Les commerçants inquiets
p|À l’île des Pins, la suspension tombe mal : les vacances scolaires approchent et plusieurs gîtes attendaient des clients venant du Grand Nouméa. « Une semaine sans bateau, pour nous, c’est une semaine sans chiffre d’affaires », explique une gérante de snack à Kuto.
p|Le fret est également touché. Le ravitaillement des magasins de l’île est assuré en partie par le caboteur hebdomadaire, mais les produits frais arrivent habituellement par le Betico.
p|La province Sud indique suivre la situation « heure par heure » et n’exclut pas d’affréter un navire de remplacement si les réparations devaient durer au-delà de la fin de la semaine.
related|LIRE AUSSI | Desserte maritime des îles : le contrat de délégation prolongé de deux ans
tags|#Transports #Île des Pins #Betico
comments|Réagir à cet article
comments|Vous devez être abonné pour commenter.
most-read|LES PLUS LUS
most-read|Dumbéa : un incendie ravage trois hectares à Koutio
most-read|Nickel : la SLN annonce un plan de départs volontaires
most-read|Rugby : le XV calédonien s’incline face à Tahiti
obituary|AVIS DE DÉCÈS
obituary|M. Jean-Pierre Naouna, 78 ans – obsèques jeudi à Païta
obituary|Mme Thérèse Goyetche, née Martin, 91 ans
obituary|Consulter tous les avis
notices|PHARMACIES DE GARDE
notices|Nouméa : pharmacie de la Baie, Anse-Vata – 26 00 00
notices|Mont-Dore : pharmacie de Plum – 43 00 00
ticker|MARÉES – Nouméa : PM 08h12 (1,42 m) – BM 14h31 (0,38 m)
classifieds|PETITES ANNONCES : Immobilier | Véhicules | Emploi | Divers
footer|Le Quotidien Calédonien – 41, rue Jean-Jaurès, BP 0000, 98845 Nouméa Cedex
footer|Qui sommes-nous ? | Contact | Publicité | CGV | Mentions légales | Politique de confidentialité
copyright|© 2026 Le Quotidien Calédonien – Tous droits de reproduction réservés
"""),
 dict(id="nouvelle-caledonie-style-2", site="nouvelle-caledonie-style", lang="fr", sep="\n", title="Koné : le festival des ignames attire plus de 3 000 visiteurs", date="2026-03-30", page="""
timestamp|Lundi 30 mars 2026
weather|Nouméa 27°C – Vent de sud-est 12 nds
ticker|Nickel LME : 16 105 $/t (-0,2 %)
menu|Se connecter
menu|S’abonner
epaper|Le journal numérique
menu|LE QUOTIDIEN CALÉDONIEN
menu|Actualités
menu|Grand Nouméa
menu|Brousse
menu|Îles
menu|Politique
menu|Économie
menu|Nickel
menu|Sports
menu|Culture
menu|Pacifique
menu|Annonces
section-label|Brousse
h1|Koné : le festival des ignames attire plus de 3 000 visiteurs
lead|Pour sa quinzième édition, la fête de la nouvelle igname a réuni ce week-end producteurs, tribus et familles venues de toute la province Nord.
byline|Correspondant à Koné
byline|Élise Poiwi
dateline|Le 30 mars 2026 à 05h00
listen|Écouter l’article
listen|2 min
share|Facebook
share|Messenger
share|Copier le lien
caption|La pesée de la plus grosse igname a été l’un des moments forts du samedi après-midi.
credit|Photo E.P.
p|Sous les grands banians du terrain de la tribu de Noelly, les tas d’ignames s’alignent sur des nattes tressées. Certaines dépassent le mètre et demi. Samedi, la plus lourde a atteint 47 kilos sur la balance du comité d’organisation.
p|Le festival célèbre chaque année la récolte de la nouvelle igname, tubercule central dans la coutume kanak. Les premières ignames sont d’abord présentées aux chefferies avant d’être partagées.
p|« L’igname, c’est le calendrier de notre vie : on la plante, on la soigne, on la donne », rappelle un responsable coutumier de la région, venu ouvrir la manifestation par un discours en langue paicî.
h2|Danses, artisanat et cuisine au bougna
p|Au programme des deux jours :
li|des démonstrations de plantation et de buttage ;
li|un concours de bougna, préparé dans les fours traditionnels en pierres ;
li|des spectacles de danse des troupes de Poindimié et de Hienghène ;
li|un marché d’artisanat avec une quarantaine d’exposants.
p|Les organisateurs estiment la fréquentation à plus de 3 000 personnes sur le week-end, un record. Des navettes gratuites avaient été mises en place depuis Voh et Pouembout.
p|La province Nord, partenaire de l’événement, souhaite en faire un rendez-vous touristique régional. Une réflexion est en cours pour accueillir davantage de visiteurs venus du Sud sans dénaturer le caractère coutumier de la fête.
tags|#Culture #Koné #Coutume
comments|Réagir à cet article
comments|Vous devez être abonné pour commenter.
most-read|LES PLUS LUS
most-read|Circulation : la voie express n° 2 fermée deux nuits cette semaine
teaser-list|Koné : le festival des ignames attire plus de 3 000 visiteurs
most-read|Football : l’AS Magenta remporte la Coupe de Calédonie
obituary|AVIS DE DÉCÈS
obituary|M. Roland Tein, 64 ans – veillée à la tribu de Tiéta
obituary|Mme Huguette Lebrun, 88 ans
obituary|Consulter tous les avis
notices|PHARMACIES DE GARDE
notices|Nouméa : pharmacie du Quartier-Latin – 27 00 00
notices|Koné : pharmacie de Koné – 47 00 00
ticker|MARÉES – Nouméa : PM 10h47 (1,35 m) – BM 16h58 (0,44 m)
classifieds|PETITES ANNONCES : Immobilier | Véhicules | Emploi | Divers
footer|Le Quotidien Calédonien – 41, rue Jean-Jaurès, BP 0000, 98845 Nouméa Cedex
footer|Qui sommes-nous ? | Contact | Publicité | CGV | Mentions légales | Politique de confidentialité
copyright|© 2026 Le Quotidien Calédonien – Tous droits de reproduction réservés
"""),
 dict(id="sydney-broadsheet-style-1", site="sydney-broadsheet-style", lang="en", sep="\n\n", title="Inner west councils push for 30km/h limits on residential streets", date="2026-06-09", page="""
skip-link|Skip to sections navigation
skip-link|Skip to content
skip-link|Skip to footer
menu|The Harbour Chronicle
timestamp|Tuesday, June 9, 2026
weather|Sydney 17°
menu|Subscribe
menu|Log in
menu|Sydney
menu|NSW
menu|Politics
menu|Business
menu|World
menu|Opinion
menu|Property
menu|Sport
menu|Culture
menu|Lifestyle
menu|Travel
menu|Good Food
menu|Explore
breadcrumb|Sydney / Traffic
ad|Advertisement
section-label|Traffic
h1|Inner west councils push for 30km/h limits on residential streets
lead|Three councils want Transport for NSW to let them cut speed limits in dense neighbourhoods, citing a rise in pedestrian injuries near schools and shopping strips.
byline|By Olivia Tran
dateline|June 9, 2026 — 5.00am
save|Save
save|Log in, register or subscribe to save articles for later.
share|Gift this article
share|Gift this article to anyone. You have 5 gifts left this month.
share|Share
font|Normal text size
font|Larger text size
font|Very large text size
listen|Listen to this article
listen|5 min
ad|Advertisement
p|Three inner west councils have joined forces to ask the state government for permission to lower speed limits to 30km/h across most residential streets, arguing the change would save lives in some of Sydney’s most crowded suburbs.
p|The Inner West, City of Canada Bay and Burwood councils will jointly present the proposal to Transport for NSW this month, backed by a survey of more than 4000 residents in which 61 per cent supported slower limits on local roads.
caption|Parents and children crossing near a primary school in Marrickville, where the council wants slower limits.
credit|Credit: Janie Barrett
p|“We are not talking about main roads or arterials,” said Inner West mayor Daniel Kouris. “We are talking about the little streets where kids ride their bikes to school and older residents cross to get to the shops.”
p|Council figures show pedestrian injuries in the three local government areas rose from 212 in 2023 to 264 last year, with almost a third occurring within 500 metres of a school.
ad|Advertisement
h2|Trial results
p|A 12-month trial of 30km/h zones in parts of Leichhardt and Annandale found average vehicle speeds fell by about 6km/h, and that drivers’ travel times increased by less than 30 seconds on a typical trip.
p|The NRMA said it was open to discussing lower limits in specific areas, but warned a blanket change could confuse motorists unless signage was consistent across council boundaries.
p|Transport Minister Helen Argyris said the government would “look closely at the evidence” but had no plans to change the statewide default urban limit of 50km/h.
p|Road safety researcher Dr Amit Shah, from the University of NSW, said international studies showed the risk of death for a pedestrian struck at 30km/h was a fraction of the risk at 50km/h. “The physics is brutal and well understood,” he said.
newsletter|Start the day with major news, exclusive coverage and opinion delivered to your inbox every morning. Sign up for our Morning Edition newsletter.
save|Save
save|Log in, register or subscribe to save articles for later.
share|License this article
tags|Traffic
tags|Road safety
tags|Sydney
tags|Local government
author-bio|Olivia Tran is a transport reporter at The Harbour Chronicle.
social|Connect via X or email.
ad|Advertisement
most-read|Most Viewed in National
most-read|1
most-read|‘We were told to wait’: Families stranded as rail shutdown overruns
most-read|2
most-read|Sydney rents climb again as vacancy rate hits record low
most-read|3
most-read|The $4 lunch: how a Parramatta canteen feeds 300 students a day
read-more|Loading
network|Our sites
network|The Harbour Chronicle | The Bay Times | Western Weekender | Good Food | Domain Homes | Drive Now
footer|Subscribe | Today’s Paper | Conditions of use | Privacy policy | Sitemap | Accessibility guide | Press Council | Contact us
copyright|Copyright © 2026
"""),
 dict(id="sydney-broadsheet-style-2", site="sydney-broadsheet-style", lang="en", sep="\n\n", title="Bondi lifeguards record busiest winter as ocean swimming surges", date="2026-08-22", page="""
skip-link|Skip to sections navigation
skip-link|Skip to content
skip-link|Skip to footer
menu|The Harbour Chronicle
timestamp|Saturday, August 22, 2026
weather|Sydney 19°
menu|Subscribe
menu|Log in
menu|Sydney
menu|NSW
menu|Politics
menu|Business
menu|World
menu|Opinion
menu|Property
menu|Sport
menu|Culture
menu|Lifestyle
menu|Travel
menu|Good Food
menu|Explore
breadcrumb|Sydney / Beaches
ad|Advertisement
section-label|Exclusive
section-label|Beaches
h1|Bondi lifeguards record busiest winter as ocean swimming surges
lead|Winter swimmers are flocking to Sydney’s eastern beaches in unprecedented numbers, and lifeguards say many underestimate the cold and the rips.
byline|By Jack Morrissey and Priya Nandakumar
dateline|Updated August 22, 2026 — 1.15pm, first published at 5.00am
save|Save
save|Log in, register or subscribe to save articles for later.
share|Gift this article
share|Gift this article to anyone. You have 5 gifts left this month.
share|Share
font|Normal text size
font|Larger text size
font|Very large text size
listen|Listen to this article
listen|4 min
ad|Advertisement
p|Lifeguards at Bondi, Tamarama and Bronte beaches performed 38 rescues between June and August, more than twice the number recorded in the same period five years ago, as the winter swimming craze continued to grow.
p|Waverley Council’s lifeguard service now patrols the three beaches all year, and head lifeguard Sam Reardon said the morning crowds in July looked “more like November than mid-winter”.
paywall|This article is for subscribers only. Subscribe now for unlimited access.
paywall|Already a subscriber? Log in
p|“People see the water is calm and the sun is out and they think it’s a summer swim,” Reardon said. “But the water’s 16 degrees, and cold shock can take your breath away in the first minute.”
caption|Winter swimmers at Bondi Icebergs on Friday morning.
credit|Credit: Wolter Peeters
h2|Cold-water clubs boom
p|Membership of winter swimming clubs across the eastern suburbs has risen sharply since 2022. The Bronte Bogey Hole Swimmers, a group that meets at dawn every day, has more than 600 members on its WhatsApp list.
p|Lifeguards say most rescues involve visitors unfamiliar with the beaches, rather than regular club members. Their advice for winter swimmers is simple:
li|swim between the flags, which remain up on weekends;
li|never swim alone, especially early in the morning;
li|get out and warm up as soon as shivering starts.
ad|Advertisement
p|Surf Life Saving NSW said coastal drownings across the state fell slightly last financial year, but that winter deaths remained a concern, particularly among older men swimming or fishing off rocks.
p|Waverley mayor Lucy Okafor said the council would review staffing for next winter. “It’s wonderful that people are enjoying the ocean all year,” she said. “We just need them to get home safely.”
newsletter|Start the day with major news, exclusive coverage and opinion delivered to your inbox every morning. Sign up for our Morning Edition newsletter.
save|Save
save|Log in, register or subscribe to save articles for later.
share|License this article
tags|Beaches
tags|Bondi
tags|Water safety
author-bio|Jack Morrissey is a city reporter at The Harbour Chronicle.
social|Connect via X or email.
author-bio|Priya Nandakumar is a reporter covering health and lifestyle.
social|Connect via email.
ad|Advertisement
most-read|Most Viewed in National
most-read|1
teaser-list|Bondi lifeguards record busiest winter as ocean swimming surges
most-read|2
most-read|Westconnex toll relief scheme to end next year
most-read|3
most-read|Five restaurants that define Sydney’s new Vietnamese wave
read-more|Loading
network|Our sites
network|The Harbour Chronicle | The Bay Times | Western Weekender | Good Food | Domain Homes | Drive Now
footer|Subscribe | Today’s Paper | Conditions of use | Privacy policy | Sitemap | Accessibility guide | Press Council | Contact us
copyright|Copyright © 2026
"""),
 dict(id="uganda-new-vision-style-1", site="uganda-new-vision-style", lang="en", sep="\n", title="Mbale farmers turn to solar-powered irrigation as rains fail", date="2026-01-20", page="""
timestamp|Tuesday, January 20, 2026
ticker|USD 3,672.50 | GBP 4,611.20 | EUR 3,980.40 | KES 28.43
menu|E-Paper
menu|Subscribe
menu|Login
menu|NEW HORIZON
menu|Uganda’s leading daily
menu|Home
menu|News
menu|National
menu|Business
menu|Opinion
menu|Sports
menu|Entertainment
menu|Education
menu|Health
menu|Agriculture
menu|World
menu|Videos
menu|Jobs
menu|Tenders
breaking|BREAKING: Government releases PLE 2025 results, pass rate at 88%
breadcrumb|Home / Agriculture
h1|Mbale farmers turn to solar-powered irrigation as rains fail
lead|Farmers on the slopes of Mt Elgon say small solar pumps have helped them keep vegetable gardens alive through a prolonged dry spell.
byline|By Moses Wanyama
byline|Journalists @ New Horizon
dateline|Added 20th January 2026 11:42 AM
share|Share on Facebook
share|Share on X
share|Share on WhatsApp
share|Share on LinkedIn
share|Copy link
caption|Irene Nabuduwa waters her cabbage garden using a solar pump in Bungokho sub-county, Mbale district. (Photo by Moses Wanyama)
p|MBALE - Farmers in Mbale district have increasingly turned to solar-powered irrigation to save their crops as the dry season stretches longer than expected.
p|At least 340 farmers in Bungokho, Busiu and Bufumbo sub-counties have acquired small solar pumps over the past year, according to the district agricultural officer, Dr Peter Wakooli.
p|“When the rains failed in December, many farmers thought they had lost everything. Those with pumps are still harvesting tomatoes and cabbages,” Wakooli said.
related|ALSO READ: Govt to distribute 20,000 tree seedlings in Elgon region
p|The pumps, which cost between sh2.5m and sh4m, draw water from streams and shallow wells. Some farmers acquired them through a government subsidy scheme that covers up to half of the cost.
h2|Savings groups help
p|Irene Nabuduwa, a mother of five in Bungokho, said she bought her pump with a loan from her village savings group. “Before, I used to carry jerrycans from the stream. Now I water the whole garden in one hour,” she said.
p|She says her income from cabbages has doubled, allowing her to pay school fees for her children on time this term.
ad|ADVERTISEMENT
p|However, farmers said the scheme remains out of reach for many. Wakooli said the district has received over 1,200 applications, but only funds for about 400 pumps this financial year.
p|The Ministry of Agriculture, Animal Industry and Fisheries says it plans to expand the subsidy to more districts in eastern Uganda, where erratic rainfall has hit food production in recent seasons.
tags|Tags:
tags|Mbale
tags|Irrigation
tags|Solar
tags|Farmers
comments|Comments
comments|Login to comment
related|Related stories
related|Farmers urged to embrace drought-resistant crops
related|Kapchorwa coffee farmers get new washing stations
related|NAADS: Over 5,000 households receive heifers in Teso
most-read|Trending
most-read|Kampala: KCCA announces new taxi routes in city centre
most-read|Cranes squad named for AFCON qualifier
most-read|Parents decry rising school fees ahead of Term One
epaper|Get the New Horizon e-paper – Read today’s paper on your phone
network|Vision Group: New Horizon | Bukedde | Etop | Rupiny | Orumuri | Sunday Horizon | Radio West | Horizon TV
app|Download the New Horizon app: Google Play | App Store
footer|About Us | Contact Us | Advertise | Privacy Policy | Terms of Use | Careers
footer|Plot 19/21 First Street, Industrial Area, P.O. Box 9815, Kampala
copyright|© 2026 Vision Group. All rights reserved.
"""),
 dict(id="uganda-new-vision-style-2", site="uganda-new-vision-style", lang="en", sep="\n", title="Entebbe Expressway toll fees unchanged for 2026, says UNRA", date="2026-02-03", page="""
timestamp|Tuesday, February 3, 2026
ticker|USD 3,668.10 | GBP 4,598.75 | EUR 3,972.00 | KES 28.40
menu|E-Paper
menu|Subscribe
menu|Login
menu|NEW HORIZON
menu|Uganda’s leading daily
menu|Home
menu|News
menu|National
menu|Business
menu|Opinion
menu|Sports
menu|Entertainment
menu|Education
menu|Health
menu|Agriculture
menu|World
menu|Videos
menu|Jobs
menu|Tenders
breadcrumb|Home / News / National
h1|Entebbe Expressway toll fees unchanged for 2026, says UNRA
lead|Motorists using the Kampala–Entebbe Expressway will continue paying the same toll rates this year, the roads authority has announced.
byline|By Patricia Nakato
byline|Journalists @ New Horizon
dateline|Added 3rd February 2026 08:15 AM
share|Share on Facebook
share|Share on X
share|Share on WhatsApp
share|Share on LinkedIn
share|Copy link
caption|Vehicles queue at the Kajjansi toll station on the Kampala–Entebbe Expressway. (File photo)
p|KAMPALA - The Uganda National Roads Authority (UNRA) says toll fees on the Kampala–Entebbe Expressway will remain unchanged throughout 2026, despite rising maintenance costs.
p|Speaking at a press briefing on Monday, the authority’s spokesperson, Allan Ssempebwa, said the decision followed consultations with the Ministry of Works and Transport.
p|“We have considered the economic situation of road users and agreed to keep the current rates. The expressway remains affordable and safe,” he said.
h2|Current rates
p|Under the current structure, motorists pay:
li|sh5,000 for saloon cars and small vehicles;
li|sh10,000 for minibuses and light goods vehicles;
li|sh15,000 for medium goods vehicles and buses;
li|sh20,000 for heavy goods vehicles.
p|Motorcycles remain barred from the expressway for safety reasons.
ad|ADVERTISEMENT
p|Ssempebwa said traffic on the road has grown to an average of 14,000 vehicles a day, up from about 9,000 when tolling began. He urged motorists to use the electronic cards to reduce queues at toll stations.
p|He also warned that vehicles found evading toll payment would be fined, noting that cameras have been installed at all entry points.
p|Some motorists welcomed the decision but asked UNRA to improve lighting at the Kajjansi and Abaita Ababiri interchanges, where they say accidents have occurred at night.
related|ALSO READ: Works ministry announces new weighbridges on Northern Corridor
tags|Tags:
tags|UNRA
tags|Entebbe Expressway
tags|Toll
comments|Comments
comments|Login to comment
related|Related stories
related|Kampala Flyover project 80% complete
related|Motorists decry potholes on Masaka road
related|Govt to construct new Busega–Mpigi link
most-read|Trending
teaser-list|Entebbe Expressway toll fees unchanged for 2026, says UNRA
most-read|She Cranes begin camp ahead of Africa Netball Cup
most-read|Five Ugandans win Commonwealth scholarships
obituary|Obituaries & Announcements
obituary|In loving memory of Eng. Samuel Mugisha (1954–2026)
epaper|Get the New Horizon e-paper – Read today’s paper on your phone
network|Vision Group: New Horizon | Bukedde | Etop | Rupiny | Orumuri | Sunday Horizon | Radio West | Horizon TV
app|Download the New Horizon app: Google Play | App Store
footer|About Us | Contact Us | Advertise | Privacy Policy | Terms of Use | Careers
footer|Plot 19/21 First Street, Industrial Area, P.O. Box 9815, Kampala
copyright|© 2026 Vision Group. All rights reserved.
"""),
]
