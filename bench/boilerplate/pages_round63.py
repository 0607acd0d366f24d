# Round 63: eight pages on four more layouts (a French northern regional daily, a Cameroonian online news agency,
# a Guyanese state daily, a US local TV station of a national broadcast group), written blind: without looking at
# the classifier, its rules or the benchmark, measured once. Each line: "label|text". Invented text; no real
# article is copied.
ROUND63 = [
 dict(id="nord-eclair-style-1", site="nord-eclair-style", lang="fr", sep="\n\n", title="Roubaix : la piscine du boulevard de Belfort fermera six mois pour remplacer sa toiture", date="2025-09-17", page="""
skip-link|Aller au contenu principal
menu|Le Réveil du Nord
menu|Se connecter
menu|S’abonner 1€ le premier mois
menu|Menu
menu|Roubaix
menu|Tourcoing
menu|Lille Métropole
menu|Villeneuve-d’Ascq
menu|Pévèle – Mélantois
menu|Sports
menu|Faits divers
menu|Loisirs
menu|Avis de décès
weather|Roubaix 17°C Averses
breaking|Direct – Braderie de Tourcoing : les rues fermées à la circulation ce week-end
breadcrumb|Accueil › Roubaix › Vie locale
section-label|ROUBAIX
h1|Roubaix : la piscine du boulevard de Belfort fermera six mois pour remplacer sa toiture
lead|Les nageurs devront trouver un autre bassin à partir du 3 novembre. La Ville engage 2,4 millions d’euros pour refaire la charpente et l’isolation d’un équipement qui fuit depuis plusieurs hivers.
byline|Par Julien Dehaene
dateline|Publié le 17/09/2025 à 06h30
share|Partager
share|Facebook
share|X
share|Envoyer par mail
save|Enregistrer l’article
listen|Écouter cet article
listen|00:00 / 04:12
caption|Le bassin sportif de 25 mètres restera inaccessible tout l’hiver. Photo archives Sami Belloumi
credit|Photo Sami Belloumi – VDNPQR
p|C’est une fermeture que les habitués redoutaient depuis le printemps. La piscine municipale du boulevard de Belfort, à Roubaix, baissera le rideau le lundi 3 novembre pour une durée de six mois minimum. En cause : une toiture fatiguée, dont les infiltrations ont obligé à fermer ponctuellement le bassin d’apprentissage à trois reprises l’hiver dernier.
p|« On ne pouvait plus se contenter de rustines », résume l’adjoint aux sports, qui a présenté le calendrier des travaux lundi soir en conseil municipal. Le chantier prévoit le remplacement complet de la charpente métallique, une nouvelle isolation et la pose de panneaux translucides pour gagner en lumière naturelle.
ad|Publicité
ad|La suite après cette publicité
h2|2,4 millions d’euros, dont un tiers subventionné
p|L’enveloppe, fixée à 2,4 millions d’euros, sera financée pour un tiers par la Métropole européenne de Lille et par l’État au titre du fonds de rénovation énergétique des équipements sportifs. Selon les services techniques, la facture de chauffage du bâtiment devrait baisser d’environ 30 % une fois les travaux achevés.
p|L’opposition a voté le projet tout en regrettant son calendrier. « Fermer en plein hiver, c’est pénaliser les écoles et les clubs au pire moment », a fait valoir une conseillère municipale.
related|À lire aussi
related|Tourcoing : le centre aquatique Laurent-Pruvost augmente ses tarifs
h2|Où nager pendant les travaux ?
p|La municipalité assure avoir trouvé des solutions pour les principaux usagers :
li|les écoles élémentaires seront accueillies au centre nautique de Wattrelos, avec un transport en bus pris en charge par la Ville ;
li|le club de natation roubaisien disposera de créneaux en soirée à Croix et à Hem ;
li|les abonnés pourront suspendre leur carte sans frais jusqu’à la réouverture.
p|Pour le grand public, en revanche, il faudra se tourner vers les piscines voisines, déjà très fréquentées le mercredi et le week-end.
p|La réouverture est annoncée « au plus tard en mai 2026 », à temps pour la saison estivale.
paywall|Cet article vous a été offert. Pour lire tous nos articles en illimité, abonnez-vous.
paywall|Je m’abonne
tags|Roubaix
tags|Piscine
tags|Travaux
tags|Conseil municipal
author-link|Julien Dehaene
author-link|Suivre ce journaliste
comments|Commentaires (14)
comments|Réagir à cet article
comments|Vous devez être abonné pour commenter.
most-read|Les plus lus
most-read|1 Roubaix : un incendie dans un entrepôt de la rue de l’Épeule
most-read|2 Wattrelos : la fête des Berlouffes attire 40 000 visiteurs
most-read|3 Croix : le nouveau rond-point de la rue Jean-Jaurès fait polémique
teaser-list|4 Roubaix : la piscine du boulevard de Belfort fermera six mois pour remplacer sa toiture
most-read|5 Hem : un automobiliste flashé à 112 km/h en ville
obituary|Avis de décès
obituary|Consultez les avis de décès de Roubaix et des environs
obituary|Déposer un avis
sponsored|Contenus sponsorisés
sponsored|Ce médecin révèle l’astuce pour dormir en 5 minutes
sponsored|Voici ce que coûte une pompe à chaleur en 2025 dans le Nord
teaser-list|Vie locale
teaser-list|Roubaix : les travaux de la rue de Lannoy prolongés jusqu’à Noël
teaser-list|Il y a 2 h
teaser-list|Leers : une boîte à livres installée devant la mairie
teaser-list|Il y a 5 h
newsletter|Recevez chaque matin l’essentiel de l’actu de Roubaix
newsletter|Votre adresse e-mail
newsletter|Je m’inscris
footer|Le Réveil du Nord
footer|Nous contacter
footer|Mentions légales
footer|Conditions générales de vente
footer|Gérer mes cookies
footer|Publicité
footer|Annonces légales
network|Nos autres sites : La Gazette de l’Avesnois – L’Écho du Littoral – Nord Sport
copyright|© Le Réveil du Nord 2025 – Tous droits réservés
"""),
 dict(id="nord-eclair-style-2", site="nord-eclair-style", lang="fr", sep="\n\n", title="Tourcoing : un boulanger de la rue de Gand remporte le prix de la meilleure baguette du Nord", date="2025-10-06", page="""
skip-link|Aller au contenu principal
menu|Le Réveil du Nord
menu|Se connecter
menu|S’abonner 1€ le premier mois
menu|Menu
menu|Roubaix
menu|Tourcoing
menu|Lille Métropole
menu|Villeneuve-d’Ascq
menu|Pévèle – Mélantois
menu|Sports
menu|Faits divers
menu|Loisirs
menu|Avis de décès
weather|Tourcoing 13°C Nuageux
breaking|Alerte – Grève des bus Ilévia : le trafic très perturbé mardi
breadcrumb|Accueil › Tourcoing › Commerces
section-label|TOURCOING
h1|Tourcoing : un boulanger de la rue de Gand remporte le prix de la meilleure baguette du Nord
lead|À 34 ans, Kévin Vanhoutte a devancé quarante-sept artisans lors du concours départemental organisé samedi à Lille. Sa recette : une pâte qui repose vingt heures.
byline|Par Aurélie Despretz
dateline|Publié le 06/10/2025 à 17h05
dateline|Mis à jour le 06/10/2025 à 18h20
share|Partager
share|Facebook
share|X
share|Envoyer par mail
save|Enregistrer l’article
listen|Écouter cet article
listen|00:00 / 03:28
caption|Kévin Vanhoutte tient la boulangerie familiale depuis 2019.
credit|Photo Aurélie Despretz
p|Derrière la vitrine de la rue de Gand, la file d’attente s’est allongée depuis dimanche matin. La nouvelle a vite fait le tour du quartier : Kévin Vanhoutte, boulanger à Tourcoing, a remporté samedi le concours de la meilleure baguette de tradition française du Nord.
p|Le jury, composé de professionnels et de consommateurs tirés au sort, a goûté quarante-huit baguettes à l’aveugle. Critères retenus : la cuisson, l’aspect, la mie, l’odeur et bien sûr le goût. « Je n’y croyais pas, j’avais raté ma première fournée le matin même », sourit l’artisan.
ad|Publicité
ad|La suite après cette publicité
h2|Vingt heures de repos
p|Son secret n’en est pas vraiment un. La pâte est pétrie la veille, puis repose une vingtaine d’heures en chambre froide avant d’être façonnée à la main. « Ça demande de l’organisation, mais la différence se sent tout de suite », explique-t-il.
p|Formé dans une boulangerie de Mouvaux, Kévin Vanhoutte a repris en 2019 le commerce tenu pendant trente ans par ses parents. Il emploie aujourd’hui cinq salariés, dont deux apprentis.
related|À lire aussi
related|Lille : où trouver les meilleurs croissants de la métropole ?
p|Le titre lui permettra de participer au concours régional au printemps prochain, et d’afficher pendant un an le diplôme en vitrine. « C’est surtout une fierté pour l’équipe », insiste-t-il.
p|En attendant, le boulanger a dû doubler sa production : de 400 baguettes par jour en semaine, il est passé à près de 700 depuis lundi.
paywall|Cet article vous a été offert. Pour lire tous nos articles en illimité, abonnez-vous.
paywall|Je m’abonne
tags|Tourcoing
tags|Commerce
tags|Gastronomie
author-link|Aurélie Despretz
author-link|Suivre cette journaliste
comments|Commentaires (6)
comments|Réagir à cet article
comments|Vous devez être abonné pour commenter.
most-read|Les plus lus
most-read|1 Tourcoing : le parking de l’hôtel de ville devient payant le samedi
most-read|2 Roubaix : un adolescent interpellé après une course-poursuite
most-read|3 Mouvaux : le marché de Noël revient place de la Mairie
most-read|4 Halluin : la frontière belge bloquée par des agriculteurs
teaser-list|5 Tourcoing : un boulanger de la rue de Gand remporte le prix de la meilleure baguette du Nord
obituary|Avis de décès
obituary|Consultez les avis de décès de Tourcoing et des environs
obituary|Déposer un avis
sponsored|Contenus sponsorisés
sponsored|Les retraités du Nord peuvent désormais isoler leurs combles pour presque rien
sponsored|Ce jeu de stratégie fait fureur chez les plus de 50 ans
teaser-list|Commerces
teaser-list|Tourcoing : une épicerie vrac ouvre dans le quartier du Brun-Pain
teaser-list|Il y a 3 h
teaser-list|Neuville-en-Ferrain : le supermarché agrandi rouvre mercredi
teaser-list|Hier à 18h12
newsletter|Recevez chaque matin l’essentiel de l’actu de Tourcoing
newsletter|Votre adresse e-mail
newsletter|Je m’inscris
footer|Le Réveil du Nord
footer|Nous contacter
footer|Mentions légales
footer|Conditions générales de vente
footer|Gérer mes cookies
footer|Publicité
footer|Annonces légales
network|Nos autres sites : La Gazette de l’Avesnois – L’Écho du Littoral – Nord Sport
copyright|© Le Réveil du Nord 2025 – Tous droits réservés
"""),
 dict(id="cameroon-news-agency-style-1", site="cameroon-news-agency-style", lang="fr", sep="\n", title="Douala : le port autonome lance la numérisation des déclarations en douane", date="2025-08-19", page="""
timestamp|mardi 19 août 2025
menu|Facebook Twitter YouTube WhatsApp
menu|Qui sommes-nous ? | Nos services | Contact | Annonces
menu|CAMEROUN PRESSE AGENCE
menu|L’information vraie, au cœur du Cameroun
menu|ACCUEIL
menu|POLITIQUE
menu|ÉCONOMIE
menu|SOCIÉTÉ
menu|RÉGIONS
menu|SPORT
menu|CULTURE
menu|INTERNATIONAL
menu|DÉPÊCHES
ticker|À LA UNE
ticker|Garoua : 250 jeunes formés aux métiers de l’élevage moderne
ticker|Lions Indomptables : la liste des 26 pour les éliminatoires dévoilée
ticker|Bertoua : coupure d’eau prévue jeudi dans trois quartiers
ad|Espace publicitaire – Contactez-nous : pub@cpa-info.cm
breadcrumb|Accueil Économie
section-label|Économie
h1|Douala : le port autonome lance la numérisation des déclarations en douane
byline|Par Ernestine Ngo Mbock
dateline|19 août 2025
views|412 vues
comments|0 commentaire
font|A- A+
share|Partager sur Facebook
share|Partager sur X
share|Partager sur WhatsApp
share|Partager sur LinkedIn
caption|Des conteneurs au terminal polyvalent du port de Douala. ©CPA
dateline|Douala, 18 août 2025 (CPA) –
p|Le Port autonome de Douala (PAD) a procédé, lundi, au lancement officiel de la plateforme de dématérialisation des déclarations en douane, en présence du directeur général de l’établissement et des représentants des opérateurs économiques.
p|Désormais, les importateurs et commissionnaires agréés pourront déposer leurs documents, suivre l’état de leurs dossiers et payer les droits en ligne, sans se déplacer au guichet unique du commerce extérieur.
p|Selon la direction du port, le délai moyen de dédouanement d’un conteneur, actuellement estimé à onze jours, devrait être ramené à quatre jours d’ici la fin de l’année.
related|LIRE AUSSI : Kribi : le terminal à conteneurs enregistre un trafic record au premier semestre
h2|Une phase pilote de trois mois
p|La plateforme sera d’abord testée sur les importations de produits alimentaires et de matériaux de construction. Elle sera ensuite étendue à l’ensemble des marchandises à partir de décembre.
p|Les opérateurs présents ont salué l’initiative, tout en exprimant des inquiétudes sur la qualité de la connexion internet et les coupures d’électricité. « Si le système tombe en panne une journée, ce sont des centaines de conteneurs bloqués », a fait remarquer un transitaire.
p|Le directeur général a assuré qu’un centre de données de secours a été installé et que des agents resteront disponibles pour accompagner les usagers pendant la transition.
p|Trois sessions de formation destinées aux commissionnaires en douane sont prévues à Douala dans les prochaines semaines.
signature|ENM/FNK/CPA
tags|Mots-clés : Douala, Port autonome de Douala, douane, numérique
share|Partagez cet article :
share|Facebook WhatsApp X Email
nav|Article précédent
nav|Yaoundé : la mairie lance le recensement des commerçants du marché Mokolo
nav|Article suivant
nav|Limbe : la raffinerie reçoit une nouvelle cargaison de brut
related|ARTICLES SIMILAIRES
related|Ngaoundéré : la gare ferroviaire modernisée
related|Le Cameroun et le Tchad relancent le corridor Douala-N’Djamena
related|Fret maritime : hausse de 8 % des tarifs au deuxième trimestre
comments|Laisser un commentaire
comments|Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *
comments|Commentaire *
comments|Nom *
comments|E-mail *
comments|Enregistrer mon nom, mon e-mail et mon site dans le navigateur pour mon prochain commentaire.
comments|Laisser un commentaire
most-read|LES PLUS LUS
most-read|Baccalauréat 2025 : les résultats de l’Office du Bac disponibles
most-read|Bafoussam : un bus de voyageurs se renverse sur l’axe Bafoussam-Dschang
most-read|Santé : la campagne de vaccination contre le paludisme étendue à 42 districts
whatsapp|Rejoignez notre chaîne WhatsApp pour recevoir nos dépêches en temps réel
footer|CAMEROUN PRESSE AGENCE
footer|Agence privée d’information en ligne – Siège : Bonapriso, Douala – Tél. : +237 6 99 00 00 00
footer|Qui sommes-nous | Mentions légales | Politique de confidentialité | Nous contacter
copyright|© 2025 Cameroun Presse Agence. Reproduction interdite sans autorisation.
cookie|Ce site utilise des cookies pour améliorer votre expérience. Vous pouvez les refuser si vous le souhaitez.
cookie|Accepter
cookie|En savoir plus
"""),
 dict(id="cameroon-news-agency-style-2", site="cameroon-news-agency-style", lang="fr", sep="\n", title="Bamenda : les écoles publiques rouvrent sous escorte dans la Mezam", date="2025-09-09", page="""
timestamp|mardi 9 septembre 2025
menu|Facebook Twitter YouTube WhatsApp
menu|Qui sommes-nous ? | Nos services | Contact | Annonces
menu|CAMEROUN PRESSE AGENCE
menu|L’information vraie, au cœur du Cameroun
menu|ACCUEIL
menu|POLITIQUE
menu|ÉCONOMIE
menu|SOCIÉTÉ
menu|RÉGIONS
menu|SPORT
menu|CULTURE
menu|INTERNATIONAL
menu|DÉPÊCHES
ticker|À LA UNE
ticker|Rentrée scolaire : le ministre de l’Éducation de base à Ebolowa
ticker|Ligue 1 : Coton Sport démarre par une victoire à Garoua
ticker|Maroua : les pluies endommagent deux ponts
ad|Espace publicitaire – Contactez-nous : pub@cpa-info.cm
breadcrumb|Accueil Régions
section-label|Régions
h1|Bamenda : les écoles publiques rouvrent sous escorte dans la Mezam
byline|Par Emmanuel Tanyi Fon
byline|Correspondant régional
dateline|9 septembre 2025
views|1 087 vues
comments|3 commentaires
font|A- A+
share|Partager sur Facebook
share|Partager sur X
share|Partager sur WhatsApp
share|Partager sur LinkedIn
caption|Des élèves à l’entrée d’un lycée de Bamenda, lundi matin. ©CPA/E.T.F.
dateline|Bamenda, 8 septembre 2025 (CPA) –
p|La rentrée scolaire s’est déroulée lundi dans le département de la Mezam, région du Nord-Ouest, dans un climat de prudence, avec une présence renforcée des forces de défense et de sécurité aux abords des établissements.
p|À Bamenda, plusieurs lycées et écoles primaires publics ont accueilli leurs premiers élèves dès 7 h 30. Dans certains quartiers périphériques, des patrouilles ont accompagné les enseignants jusqu’à leur lieu de travail.
p|Selon la délégation régionale des Enseignements secondaires, 68 % des établissements du département étaient ouverts en fin de matinée, contre un peu plus de la moitié l’an dernier à la même période.
h2|Des parents partagés
p|Sur le terrain, les sentiments restent mitigés. « J’ai accompagné mes deux enfants, mais je reviendrai les chercher moi-même à midi », confie une mère de famille rencontrée devant l’école publique de Ntamulung.
p|D’autres parents ont préféré attendre quelques jours avant d’envoyer leurs enfants en classe, évoquant des rumeurs de « villes mortes » relayées sur les réseaux sociaux.
related|LIRE AUSSI : Nord-Ouest : 1 200 kits scolaires distribués aux enfants déplacés
h2|Mesures annoncées
p|Les autorités administratives ont annoncé plusieurs dispositions pour les semaines à venir :
li|le maintien des patrouilles mixtes aux heures d’entrée et de sortie des classes ;
li|la mise en place d’un numéro vert pour signaler tout incident ;
li|la distribution de manuels scolaires gratuits dans les écoles primaires publiques.
p|Le préfet de la Mezam a appelé les parents à « faire confiance » aux forces de l’ordre et à ne pas priver les enfants de leur droit à l’éducation.
signature|ETF/FNK/CPA
tags|Mots-clés : Bamenda, Nord-Ouest, rentrée scolaire, éducation
share|Partagez cet article :
share|Facebook WhatsApp X Email
nav|Article précédent
nav|Ebolowa : le ministre de l’Éducation de base lance la rentrée dans le Sud
nav|Article suivant
nav|Buea : l’université accueille 9 000 nouveaux étudiants
related|ARTICLES SIMILAIRES
related|Nord-Ouest : reprise du trafic sur l’axe Bamenda-Bafut
related|Crise anglophone : une ONG plaide pour les enfants non scolarisés
related|Kumbo : l’hôpital régional reçoit du matériel médical
comments|3 commentaires
comments|Nformi P.
comments|9 septembre 2025 à 10 h 14 min
comments|Dieu merci que nos enfants retournent à l’école. Courage aux enseignants.
comments|Répondre
comments|Laisser un commentaire
comments|Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *
comments|Commentaire *
comments|Nom *
comments|E-mail *
comments|Enregistrer mon nom, mon e-mail et mon site dans le navigateur pour mon prochain commentaire.
comments|Laisser un commentaire
most-read|LES PLUS LUS
most-read|Rentrée scolaire 2025-2026 : le calendrier officiel
most-read|Douala : le port autonome lance la numérisation des déclarations en douane
most-read|Concours ENS : la liste des admis publiée
whatsapp|Rejoignez notre chaîne WhatsApp pour recevoir nos dépêches en temps réel
footer|CAMEROUN PRESSE AGENCE
footer|Agence privée d’information en ligne – Siège : Bonapriso, Douala – Tél. : +237 6 99 00 00 00
footer|Qui sommes-nous | Mentions légales | Politique de confidentialité | Nous contacter
copyright|© 2025 Cameroun Presse Agence. Reproduction interdite sans autorisation.
cookie|Ce site utilise des cookies pour améliorer votre expérience. Vous pouvez les refuser si vous le souhaitez.
cookie|Accepter
cookie|En savoir plus
"""),
 dict(id="guyana-chronicle-style-1", site="guyana-chronicle-style", lang="en", sep="\n\n", title="Region Five rice farmers to get new drainage pumps before second crop", date="2025-08-27", page="""
timestamp|Wednesday, August 27, 2025
menu|E-Paper
menu|Advertise
menu|Contact Us
menu|The Demerara Chronicle
menu|Guyana’s Leading Newspaper Since 1881
menu|Home
menu|News
menu|Regional
menu|Business
menu|Sports
menu|Features
menu|Editorial
menu|Letters
menu|Entertainment
menu|World
search|Search
ad|Advertisement
breadcrumb|Home  News
section-label|News
h1|Region Five rice farmers to get new drainage pumps before second crop
dateline|August 27, 2025
byline|By Shaniece Persaud
share|Facebook
share|Twitter
share|WhatsApp
share|Email
share|Print
caption|Minister of Agriculture inspects one of the drainage channels at Mahaicony on Tuesday (Ministry of Agriculture photo)
p|RICE farmers in Region Five (Mahaica-Berbice) will benefit from four new mobile drainage pumps before the start of the second crop, the Ministry of Agriculture announced on Tuesday.
p|The pumps, each with a capacity of 12 cubic metres per second, are expected to arrive at the Rosignol wharf next week and will be positioned at Mahaicony, Abary, Bath and Blairmont, where farmers have repeatedly complained of flooded fields after heavy rainfall.
p|Speaking during an outreach to the area, the Minister said that the government was “determined that no farmer loses his crop because water cannot leave the land fast enough.”
ad|Advertisement
p|He noted that about 18,000 acres of rice were affected by flooding during the last crop, with some farmers reporting losses of up to 40 per cent of their expected yield.
h2|Maintenance of canals
p|In addition to the pumps, the National Drainage and Irrigation Authority (NDIA) will desilt 35 kilometres of secondary canals in the region before the end of September. Work has already started at Mahaicony, where excavators were seen clearing overgrown channels on Tuesday.
p|Regional Chairman said the Regional Democratic Council would work with the NDIA to ensure that kokers are operated on time during spring tides.
p|Several farmers who attended the meeting welcomed the announcement but called for the pumps to be stationed permanently rather than moved from one area to another. “When the rain falls, every village needs the pump at the same time,” one farmer from Abary said.
p|The minister said the request would be considered as part of next year’s budget.
tags|Tags: Agriculture drainage and irrigation NDIA Region Five rice
share|Share
share|Facebook
share|Twitter
share|WhatsApp
nav|Previous article
nav|Berbice River Bridge toll adjustments take effect September 1
nav|Next article
nav|Over 300 youths graduate from hinterland skills programme
related|RELATED ARTICLES
related|More from author
related|NAREI distributes high-yield seed paddy to Berbice farmers
related|Rice export earnings up 14 per cent – GRDB
related|New koker commissioned at Cottage, Mahaicony
tip|Got a story? Send us a WhatsApp at 600-0000 or email newsroom@demchronicle.gy
most-read|MOST POPULAR
most-read|Man remanded for Tuschen robbery
most-read|GPL announces scheduled outages for Thursday
most-read|Lady Jags prepare for CONCACAF qualifier
most-read|CXC results: top performers named
obituary|In Memoriam
obituary|View our obituaries and remembrances
classifieds|Classifieds
classifieds|Place an ad | Vacancies | Real Estate | Vehicles
epaper|Today’s Edition
epaper|Read the e-paper
footer|ABOUT US
footer|The Demerara Chronicle is published by Guyana National Newspapers Limited, Lama Avenue, Bel Air Park, Georgetown.
footer|Contact us: info@demchronicle.gy
footer|FOLLOW US
footer|Facebook Instagram Twitter YouTube
copyright|© Guyana National Newspapers Limited 2025
"""),
 dict(id="guyana-chronicle-style-2", site="guyana-chronicle-style", lang="en", sep="\n\n", title="Linden hospital opens renovated maternity ward", date="2025-10-14", page="""
timestamp|Tuesday, October 14, 2025
menu|E-Paper
menu|Advertise
menu|Contact Us
menu|The Demerara Chronicle
menu|Guyana’s Leading Newspaper Since 1881
menu|Home
menu|News
menu|Regional
menu|Business
menu|Sports
menu|Features
menu|Editorial
menu|Letters
menu|Entertainment
menu|World
search|Search
ad|Advertisement
breadcrumb|Home  News
section-label|News
h1|Linden hospital opens renovated maternity ward
dateline|October 14, 2025
byline|By Rawle Benjamin
share|Facebook
share|Twitter
share|WhatsApp
share|Email
share|Print
caption|The newly renovated maternity ward at the Linden Hospital Complex
caption|Health officials and staff at the commissioning ceremony on Monday
p|EXPECTANT mothers in Region Ten (Upper Demerara-Berbice) will now be cared for in a modern maternity ward after the Linden Hospital Complex (LHC) reopened its renovated unit on Monday.
p|The $210 million project doubled the number of beds from 16 to 32 and added two delivery suites, a neonatal observation room and a waiting area for relatives.
p|Delivering remarks at the commissioning, the hospital’s Chief Executive Officer said that the old ward, built in the 1970s, “could no longer meet the needs of a growing mining town.” About 1,400 babies were delivered at the LHC last year, she said.
ad|Advertisement
h2|What the new unit offers
p|According to the hospital’s administration, the upgraded ward includes:
li|a solar back-up system for lights and incubators during power outages;
li|separate rooms for high-risk pregnancies;
li|a breastfeeding corner staffed by trained nurses;
li|new beds, monitors and air-conditioning throughout.
p|The Regional Health Officer said that mothers from Kwakwani, Ituni and communities along the Linden-Soesdyke Highway would no longer have to be transferred to Georgetown for routine complications.
p|Midwives who have worked at the hospital for more than two decades said conditions had improved considerably. “We used to share one delivery room between three mothers. Now every woman has privacy,” a senior midwife said.
p|The ministry said that similar upgrades are planned for the New Amsterdam and Bartica hospitals in 2026.
tags|Tags: health Linden Linden Hospital Complex maternal health Region Ten
share|Share
share|Facebook
share|Twitter
share|WhatsApp
nav|Previous article
nav|Guyana, Suriname sign agreement on Corentyne ferry schedule
nav|Next article
nav|GWI completes new well at Wismar
related|RELATED ARTICLES
related|More from author
related|Linden youths trained in heavy-duty equipment operation
related|Health ministry recruits 120 new nurses
related|Mackenzie market vendors get new stalls
tip|Got a story? Send us a WhatsApp at 600-0000 or email newsroom@demchronicle.gy
most-read|MOST POPULAR
most-read|Two charged over Regent Street fire
most-read|Jaguars name squad for Nations League
teaser-list|Linden hospital opens renovated maternity ward
most-read|Gov’t announces school uniform grant payout dates
obituary|In Memoriam
obituary|View our obituaries and remembrances
classifieds|Classifieds
classifieds|Place an ad | Vacancies | Real Estate | Vehicles
epaper|Today’s Edition
epaper|Read the e-paper
footer|ABOUT US
footer|The Demerara Chronicle is published by Guyana National Newspapers Limited, Lama Avenue, Bel Air Park, Georgetown.
footer|Contact us: info@demchronicle.gy
footer|FOLLOW US
footer|Facebook Instagram Twitter YouTube
copyright|© Guyana National Newspapers Limited 2025
"""),
 dict(id="us-regional-tv-group-style-1", site="us-regional-tv-group-style", lang="en", sep="\n", title="Crews repair water main break that flooded downtown streets near Riverside Park", date="2025-11-04", page="""
skip-link|Skip to content
menu|KVTR 12 NewsCenter
weather|48°
weather|Cedar Falls, IA
weather|Weather Alerts (1)
watch|Watch Live
watch|NewsCenter 12 at 6PM  Live now
menu|News
menu|Weather
menu|Sports
menu|Investigates
menu|Community
menu|Contests
menu|Watch
menu|Menu
breaking|ALERT: Frost Advisory in effect until 9 AM Wednesday for Black Hawk and Bremer counties
section-label|Local News
h1|Crews repair water main break that flooded downtown streets near Riverside Park
byline|by Danielle Ortiz
dateline|Tue, November 4th 2025 at 5:41 PM
dateline|Updated Tue, November 4th 2025 at 7:15 PM
video|Now Playing
video|Water main break floods downtown streets
video|0:00 / 1:58
video|Water main break floods downtown streets (KVTR)
share|Facebook
share|Share on X
share|Email
share|Copy Link
font|Text size
p|CEDAR FALLS, Iowa (KVTR) — City crews spent most of Tuesday repairing a broken water main that sent water rushing through several downtown streets near Riverside Park early in the morning.
p|The break was reported around 4:30 a.m. on Main Street between 2nd and 3rd Streets, according to the city’s public works department. By the time crews shut off the valves, water had spread across two blocks and into the parking lot of the public library.
ad|ADVERTISEMENT
p|“It’s a 10-inch cast iron line that was installed in the 1950s,” public works director Alan Weiss said. “These older pipes don’t like the first cold nights of the season.”
p|No homes were flooded, but three businesses reported water in their basements. The library opened two hours late.
related|RELATED | City council approves $4 million plan to replace aging water lines
h2|Boil advisory issued
p|The city issued a precautionary boil advisory for residents and businesses on the following streets:
li|Main Street from 1st to 5th Street
li|Washington Street from 2nd to 4th Street
li|Clay Street between 3rd and 4th Street
p|Residents in the affected area should boil tap water for at least one minute before drinking it or using it to cook until further notice. The city expects test results by Thursday.
p|Main Street is expected to reopen to traffic Wednesday morning once the road surface is patched.
p|Stay with KVTR 12 for updates on this developing story.
ad|ADVERTISEMENT
tip|Have a news tip? Email us at news@kvtr12.com or call our newsroom at (319) 555-0112.
feedback|Report a typo or error
app|Download the KVTR 12 NewsCenter app for breaking news alerts, live video and weather radar.
app|Download on the App Store
app|Get it on Google Play
sponsored|Sponsored Content
sponsored|Doctors Stunned: Iowa Seniors Are Doing This Instead Of Knee Surgery
sponsored|Iowa: The Insurance Trick Drivers Over 50 Should Know
sponsored|by Taboola
teaser-list|Trending Now
teaser-list|Waterloo man arrested after police chase ends in cornfield
teaser-list|4 hours ago
teaser-list|First Alert Forecast: Frost tonight, warmer by the weekend
teaser-list|2 hours ago
teaser-list|Panthers fall to Missouri State in overtime thriller
teaser-list|9 hours ago
schedule|Closings & Delays
schedule|No closings at this time.
footer|KVTR 12 NewsCenter
footer|123 Commercial Street, Waterloo, IA 50701
footer|Contact Us
footer|Careers
footer|Advertise With Us
footer|FCC Public File
footer|EEO Report
footer|Closed Captioning / Audio Description
footer|Terms of Use
footer|Privacy Policy
footer|Do Not Sell or Share My Personal Information
network|A Crestline Media station
copyright|© 2025 Crestline Broadcasting Group, Inc. All Rights Reserved.
"""),
 dict(id="us-regional-tv-group-style-2", site="us-regional-tv-group-style", lang="en", sep="\n", title="Local food pantry sees record demand ahead of Thanksgiving", date="2025-11-18", page="""
skip-link|Skip to content
menu|KVTR 12 NewsCenter
weather|36°
weather|Cedar Falls, IA
watch|Watch Live
watch|Good Morning Iowa  Live now
menu|News
menu|Weather
menu|Sports
menu|Investigates
menu|Community
menu|Contests
menu|Watch
menu|Menu
section-label|Community
h1|Local food pantry sees record demand ahead of Thanksgiving
byline|by Marcus Greene
dateline|Tue, November 18th 2025 at 6:02 AM
video|Now Playing
video|Food pantry struggles to keep shelves full
video|0:00 / 2:21
caption|Volunteers sort donations at the Northeast Iowa Community Pantry on Monday. (KVTR)
share|Facebook
share|Share on X
share|Email
share|Copy Link
font|Text size
p|WATERLOO, Iowa (KVTR) — With Thanksgiving just over a week away, the Northeast Iowa Community Pantry says it is serving more families than at any point in its 22-year history.
p|The pantry handed out food to 1,640 households in October, up nearly 30 percent from the same month last year, according to executive director Rhonda Kessler.
p|“We’re seeing a lot of first-time visitors,” Kessler said. “People who have jobs, sometimes two jobs, and still can’t make it to the end of the month.”
ad|ADVERTISEMENT
p|Kessler said rising rent and the higher price of groceries are the main reasons clients give. Many are families with young children, and a growing share are seniors living on fixed incomes.
h2|Turkeys in short supply
p|The pantry had hoped to hand out 800 turkeys for the holiday but had collected fewer than 300 as of Monday. Volunteers say frozen turkeys, canned vegetables and boxed stuffing are the most needed items.
p|Monetary donations are also welcome, Kessler said, because the pantry can buy food in bulk from regional food banks at a fraction of retail prices.
related|RELATED | Cedar Valley schools collect canned goods for annual food drive
p|The pantry’s holiday distribution will take place Saturday, November 22, from 9 a.m. to noon at its warehouse on Commercial Street. Families are asked to bring a photo ID and proof of address.
p|Volunteer shifts are still available for the weekend. Those interested can sign up on the pantry’s website.
ad|ADVERTISEMENT
tip|Have a news tip? Email us at news@kvtr12.com or call our newsroom at (319) 555-0112.
feedback|Report a typo or error
app|Download the KVTR 12 NewsCenter app for breaking news alerts, live video and weather radar.
app|Download on the App Store
app|Get it on Google Play
sponsored|Sponsored Content
sponsored|Here’s What A New Walk-In Shower Should Cost You In 2025
sponsored|The Smartest Way To Pay Off $10,000 In Credit Card Debt
sponsored|by Taboola
teaser-list|Trending Now
teaser-list|Semi rollover closes Highway 20 near Dunkerton
teaser-list|1 hour ago
teaser-list|First Alert Weather Day: First accumulating snow possible Thursday
teaser-list|3 hours ago
teaser-list|Cedar Falls holiday parade route announced
teaser-list|Yesterday
schedule|Closings & Delays
schedule|2 closings or delays. See the full list
footer|KVTR 12 NewsCenter
footer|123 Commercial Street, Waterloo, IA 50701
footer|Contact Us
footer|Careers
footer|Advertise With Us
footer|FCC Public File
footer|EEO Report
footer|Closed Captioning / Audio Description
footer|Terms of Use
footer|Privacy Policy
footer|Do Not Sell or Share My Personal Information
network|A Crestline Media station
copyright|© 2025 Crestline Broadcasting Group, Inc. All Rights Reserved.
"""),
]
