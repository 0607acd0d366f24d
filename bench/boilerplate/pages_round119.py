# Round 119: eight pages on four more layouts (a French monthly of analysis, a French-language African environment
# and infrastructure news site, a Nigerian business daily, a Namibian state-owned daily), written blind: without
# looking at the classifier, its rules or the benchmark. Each line: "label|text". Invented text; no real article is
# copied.
ROUND119 = [
 dict(id="le-monde-diplomatique-style-1", site="le-monde-diplomatique-style", lang="fr", sep="\n", title="Au Chili, la nationalisation inachevée du lithium", date="2026-03", page="""
skip-link|Aller au contenu
skip-link|Aller à la navigation
menu|Le Courrier diplomatique
menu|Mensuel critique d'information et d'analyse
account|Connexion
subscribe|S'abonner
donate|Faire un don
search|Rechercher
menu|Accueil
menu|Archives
menu|Cartes
menu|Dossiers
menu|Les Cahiers
menu|Blogs
menu|Éditions internationales
menu|Boutique
epaper|En kiosque : mars 2026
epaper|Le sommaire du numéro
breadcrumb|Accueil › 2026 › Mars › Amérique latine
section-label|Amérique latine
section-label|Le « pétrole blanc » entre les mains de qui ?
h1|Au Chili, la nationalisation inachevée du lithium
lead|Présentée comme le moyen de reprendre la main sur le « pétrole blanc », l'alliance entre la compagnie publique du cuivre et un groupe privé est entrée en vigueur l'an dernier. Mais dans le désert d'Atacama, communautés autochtones, écologistes et syndicats doutent que l'État chilien ait vraiment changé de cap. D'autant que le nouveau président promet de « libérer » le secteur.
byline|par Camila Ortúzar
dateline|Mars 2026, pages 14 et 15
access|Article en accès libre
listen|Écouter cet article
listen|Version audio lue par Pierre-Yves Marnat — 19 min 42 s
print|Imprimer
share|Envoyer
share|Partager
caption|Sebastián Gil. — « Salar, les bassins », 2023
credit|© Sebastián Gil - Galería Patio Azul, Santiago
p|À Peine, hameau de quelques centaines d'habitants posé au bord du salar d'Atacama, le vent soulève une poussière blanche qui se dépose sur les toits de tôle. « Avant, on voyait des flamants par centaines dans la lagune. Aujourd'hui, il faut aller beaucoup plus loin pour en apercevoir », raconte Ana María Cruz, éleveuse de lamas et membre du conseil des peuples atacameños (1). Derrière elle, à une trentaine de kilomètres, les bassins d'évaporation turquoise des exploitations minières s'étendent à perte de vue.
p|Le Chili détient près d'un tiers des réserves mondiales connues de lithium, ce métal indispensable aux batteries des véhicules électriques. Pendant des décennies, l'État a laissé son exploitation à deux entreprises privées, qui pompent la saumure du sous-sol et la laissent s'évaporer au soleil pendant plus d'un an avant d'en extraire le précieux carbonate. En 2023, le président Gabriel Boric annonçait une « stratégie nationale du lithium » censée rompre avec ce modèle : l'État, promettait-il, serait désormais majoritaire dans les gisements jugés stratégiques.
p|Trois ans plus tard, le bilan est plus ambigu. Les manifestations de mars dernier à Calama, la principale ville minière de la région, l'ont montré : l'« or blanc » ne fait pas rêver ceux qui vivent à côté.
h2|Un partenariat plutôt qu'une expropriation
p|Le montage finalement retenu tient davantage du compromis que de la rupture. La compagnie publique du cuivre détient désormais la moitié plus une action d'une coentreprise avec l'opérateur privé historique, qui conserve la gestion des opérations jusqu'à la fin de la décennie. En échange, l'État obtient une part croissante de la rente et la prolongation de la concession jusqu'en 2060.
p|« On a appelé nationalisation ce qui est, au fond, un renouvellement de concession assorti d'un partage des bénéfices », résume l'économiste Patricio Vergara, de l'université de Santiago (2). Selon ses calculs, la part de la rente revenant au Trésor pourrait certes dépasser 70 % en période de prix élevés. Mais les cours se sont effondrés depuis le pic de la fin 2022 : la tonne de carbonate s'échange aujourd'hui à moins d'un cinquième de sa valeur d'alors (3).
read-also|Lire aussi Renaud Marchal, « Batteries : la grande course aux métaux », Le Courrier diplomatique, octobre 2024.
p|Dans les couloirs du ministère des mines, on défend un choix pragmatique. « L'État n'avait ni la technologie ni les ingénieurs pour reprendre seul un site de cette taille du jour au lendemain », explique un haut fonctionnaire qui a participé aux négociations. « Il fallait éviter un procès international et une chute de la production. »
h2|L'eau, angle mort du débat
p|Pour les communautés du salar, la question de la propriété passe au second plan. Ce qui les inquiète, c'est l'eau. Chaque année, des dizaines de millions de mètres cubes de saumure sont extraits d'un bassin où il ne pleut presque jamais. Les études commandées par les entreprises concluent à un impact limité ; celles des chercheurs indépendants pointent un abaissement des nappes d'eau douce en bordure du salar.
p|La convention 169 de l'Organisation internationale du travail, ratifiée par le Chili, impose de consulter les peuples autochtones avant tout projet qui les affecte. Les consultations ont bien eu lieu. « Mais on nous a présenté un accord déjà signé, en nous demandant d'en discuter les mesures de compensation », dénonce Ana María Cruz.
p|Les ingénieurs promettent une technologie d'« extraction directe », qui permettrait de réinjecter la saumure dans le sous-sol après en avoir retiré le lithium. Elle n'a encore jamais été déployée à grande échelle dans la région.
h2|L'industrie, toujours remise à plus tard
p|Reste l'ambition la plus ancienne, et la plus souvent déçue : fabriquer au Chili les composants des batteries plutôt que d'exporter une matière première à peine transformée. Deux industriels chinois qui avaient obtenu un accès préférentiel au lithium, à prix réduit, en échange de l'installation d'usines de cathodes ont renoncé à leurs projets en 2025, invoquant la chute des prix (4).
p|L'élection, en décembre, de M. José Antonio Kast pourrait rebattre les cartes. Le nouveau président, qui prend ses fonctions le 11 mars, a promis d'ouvrir de nouveaux salars aux investisseurs privés et de « simplifier » les procédures environnementales. Les syndicats de la compagnie publique, eux, redoutent que la coentreprise ne devienne la première étape d'une privatisation rampante.
p|À Peine, on observe ces débats de loin. « Ici, on a vu passer le salpêtre, puis le cuivre, et maintenant le lithium, dit Ana María Cruz. Les entreprises changent de nom. Nous, nous sommes toujours là. »
signature|Camila Ortúzar
author-bio|Journaliste, Santiago.
p|(1) Cette instance représentative réunit dix-huit communautés installées autour du salar d'Atacama.
p|(2) Entretien avec l'autrice, Santiago, 14 janvier 2026.
p|(3) Commission chilienne du cuivre, « Tendances du marché du lithium », rapport semestriel, décembre 2025.
p|(4) Lire Hélène Garnier, « Pékin, maître des batteries », Le Courrier diplomatique, mai 2025.
lang-switch|Cet article est disponible en : English · Español · Português · Italiano
tags|Chili
tags|Amérique latine
tags|Mines
tags|Ressources naturelles
tags|Peuples autochtones
tags|Environnement
author-link|Du même auteur
author-link|Valparaíso, la mémoire et le béton — septembre 2024
author-link|Le Chili face à ses retraités pauvres — janvier 2023
related|Lire aussi
related|Batteries : la grande course aux métaux
related|Renaud Marchal — octobre 2024
related|Bolivie, les promesses évaporées du salar d'Uyuni
related|Inés Salazar — juin 2025
issue-contents|Dans le numéro de mars 2026
issue-contents|Europe, le réarmement à crédit — Serge Vautrin
issue-contents|Au Chili, la nationalisation inachevée du lithium — Camila Ortúzar
issue-contents|Les algorithmes de la précarité — Julie Bertrand
issue-contents|Sahel, le retour des chefs coutumiers — Mamadou Sy
issue-contents|Voir le sommaire complet
donate|Le Courrier diplomatique ne vit que de ses lecteurs. Il n'appartient à aucun groupe industriel ni financier.
donate|Soutenez-nous : abonnez-vous, faites un don.
subscribe|Abonnement papier et numérique à partir de 5,40 € par mois
subscribe|Je m'abonne
donate|Je fais un don
newsletter|Recevez chaque mois la lettre d'information du Courrier
newsletter|Votre courriel
newsletter|Valider
footer|Le Courrier diplomatique
footer|Qui sommes-nous ?
footer|Nos éditions internationales
footer|Les Amis du Courrier diplomatique
footer|Nous contacter
footer|Mentions légales
footer|Données personnelles
footer|Flux RSS
copyright|© Le Courrier diplomatique - 2026. Reproduction interdite sauf accord de l'éditeur.
back-to-top|Haut de page
"""),
 dict(id="le-monde-diplomatique-style-2", site="le-monde-diplomatique-style", lang="fr", sep="\n", title="Devoir de vigilance : comment Bruxelles a vidé sa directive", date="2026-02-19", page="""
skip-link|Aller au contenu
skip-link|Aller à la navigation
menu|Le Courrier diplomatique
menu|Mensuel critique d'information et d'analyse
account|Connexion
subscribe|S'abonner
donate|Faire un don
search|Rechercher
menu|Accueil
menu|Archives
menu|Cartes
menu|Dossiers
menu|Les Cahiers
menu|Blogs
menu|Éditions internationales
menu|Boutique
epaper|En kiosque : février 2026
epaper|Le sommaire du numéro
section-label|La valise diplomatique
h1|Devoir de vigilance : comment Bruxelles a vidé sa directive
byline|par Martine Leroux, 19 février 2026
print|Imprimer
share|Envoyer
share|Partager
access|Accès libre
lead|Adoptée de haute lutte en 2024, la directive européenne sur le devoir de vigilance des multinationales devait faire date. Le paquet de « simplification » voté à la fin de l'année dernière en a retiré l'essentiel, sous la pression conjuguée des lobbys patronaux, de Washington et d'une partie des gouvernements.
p|Il aura fallu moins de deux ans pour défaire ce qui avait demandé près d'une décennie de mobilisation. Au lendemain de l'effondrement du Rana Plaza, au Bangladesh, en 2013, des syndicats et des associations avaient commencé à réclamer que les grandes entreprises répondent des atteintes aux droits humains et à l'environnement commises tout au long de leurs chaînes d'approvisionnement. La France avait ouvert la voie avec sa loi de 2017 ; l'Union européenne avait suivi, en avril 2024, avec une directive plus ambitieuse.
p|Le texte définitivement adopté en décembre dernier, dans le cadre de l'« omnibus » censé alléger les obligations des entreprises, n'en conserve guère que le nom. Les eurodéputés de droite et d'extrême droite ont uni leurs voix pour l'adopter, la commission des affaires juridiques ayant été court-circuitée.
h2|Un seuil relevé, une responsabilité effacée
p|Trois modifications suffisent à mesurer le recul. D'abord, seules les entreprises de plus de 5 000 salariés et réalisant 1,5 milliard d'euros de chiffre d'affaires seront concernées, contre 1 000 salariés dans la version initiale : le nombre de groupes visés est divisé par plus de trois (1). Ensuite, la vigilance ne porte plus, en principe, que sur les partenaires commerciaux directs, et non sur l'ensemble de la chaîne de valeur — là où se produisent pourtant la plupart des abus, dans les plantations, les mines ou les ateliers de sous-traitance. Enfin, le régime de responsabilité civile harmonisé à l'échelle européenne, qui devait permettre aux victimes de saisir les tribunaux des pays où siègent les maisons mères, a disparu.
p|« Nous nous retrouvons avec une obligation de moyens, sans juge pour la faire respecter », résume une juriste d'une organisation non gouvernementale qui a suivi les négociations à Bruxelles. Quant aux plans de transition climatique que les entreprises devaient adopter, ils ne sont plus obligatoires.
read-also|Lire aussi Antoine Besnard, « Quand les lobbys écrivent la loi européenne », Le Courrier diplomatique, novembre 2025.
h2|La « compétitivité » comme mot d'ordre
p|L'argument invoqué par la Commission tient en un mot : compétitivité. Le rapport remis en 2024 par M. Mario Draghi sur le décrochage économique européen a servi de référence à une vaste entreprise de dérégulation, présentée comme une « simplification ». Les organisations patronales, françaises et allemandes en tête, n'ont cessé de dénoncer un « fardeau administratif » insupportable face à la concurrence américaine et chinoise.
p|Washington a également pesé. Des représentants de l'administration américaine et plusieurs groupes pétroliers se sont plaints que la directive s'appliquerait à des entreprises non européennes réalisant une part importante de leur chiffre d'affaires sur le continent. Le Qatar, fournisseur de gaz naturel liquéfié, avait même laissé entendre qu'il pourrait réorienter ses livraisons (2).
p|Paradoxalement, plusieurs grandes entreprises avaient soutenu le texte initial, jugeant qu'un cadre commun valait mieux qu'une mosaïque de législations nationales. Elles sont restées discrètes pendant les négociations.
h2|Et maintenant ?
p|Les États membres disposent désormais de deux ans pour transposer ce qui reste de la directive. Rien ne leur interdit d'aller au-delà du minimum européen : la loi française de 2017, qui prévoit une responsabilité civile, reste en vigueur. Mais la tentation inverse — aligner le droit national sur le plancher européen — est déjà perceptible dans plusieurs capitales.
p|Les associations, elles, préparent la riposte sur le terrain judiciaire. Une plainte a été déposée devant la Médiatrice européenne pour mauvaise administration, au motif que la Commission n'a produit aucune étude d'impact avant de proposer ces modifications. « Ce n'est pas la fin de l'histoire, veut croire un syndicaliste belge. Chaque fois qu'un atelier s'effondrera, la question reviendra. »
p|(1) Selon les estimations de la coalition d'associations European Coalition for Corporate Justice, environ 3 400 entreprises seraient concernées, contre plus de 10 000 dans la version de 2024.
p|(2) Lire Hugo Delmas, « Le gaz du Golfe, nouvelle arme diplomatique », Le Courrier diplomatique, juillet 2025.
tags|Union européenne
tags|Entreprises
tags|Droits humains
tags|Lobbys
tags|Droit
nav|← Article précédent : Au Groenland, l'indépendance à l'épreuve de Washington
nav|Article suivant : Les ports européens saturés par les conteneurs chinois →
author-link|Du même auteur
author-link|Le Parlement européen, chambre d'enregistrement ? — juin 2025
author-link|Mercosur : l'accord que personne n'a lu — décembre 2024
related|Dans la même rubrique
related|Lettre d'un village sans médecin
related|12 février 2026
related|Les paysans indiens contre les semences brevetées
related|5 février 2026
related|Que reste-t-il du Pacte vert ?
related|29 janvier 2026
donate|Le Courrier diplomatique ne vit que de ses lecteurs. Il n'appartient à aucun groupe industriel ni financier.
donate|Soutenez-nous : abonnez-vous, faites un don.
subscribe|Abonnement papier et numérique à partir de 5,40 € par mois
subscribe|Je m'abonne
donate|Je fais un don
promo|Les Cahiers du Courrier n° 204 — « Europe, la puissance introuvable » — En vente chez votre marchand de journaux, 8,50 €
newsletter|Recevez chaque mois la lettre d'information du Courrier
newsletter|Votre courriel
newsletter|Valider
footer|Le Courrier diplomatique
footer|Qui sommes-nous ?
footer|Nos éditions internationales
footer|Les Amis du Courrier diplomatique
footer|Nous contacter
footer|Mentions légales
footer|Données personnelles
footer|Flux RSS
copyright|© Le Courrier diplomatique - 2026. Reproduction interdite sauf accord de l'éditeur.
back-to-top|Haut de page
"""),
 dict(id="afrik21-style-1", site="afrik21-style", lang="fr", sep="\n", title="BÉNIN : à Cotonou, une usine de recyclage du plastique de 12 000 t/an entre en service", date="2026-02-10", page="""
timestamp|mardi 10 février 2026
lang-switch|FR
lang-switch|EN
social|Facebook
social|LinkedIn
social|X
social|YouTube
subscribe|Abonnez-vous au magazine
newsletter|Newsletter
menu|AFRIK VERT 21
menu|Le média de l'économie verte en Afrique
menu|ACTUALITÉS
menu|EAU
menu|ÉNERGIE
menu|ENVIRONNEMENT
menu|INFRASTRUCTURES
menu|TRANSPORT
menu|DÉCHETS
menu|VILLES DURABLES
menu|AGRICULTURE
menu|FINANCE VERTE
menu|MAGAZINE
menu|TV
menu|AGENDA
search|Rechercher...
ad|Publicité
ad|SOLAR EXPO AFRICA 2026 - Dakar, 14-16 avril - Réservez votre stand
breadcrumb|Accueil / Déchets / Bénin
section-label|BÉNIN
h1|BÉNIN : à Cotonou, une usine de recyclage du plastique de 12 000 t/an entre en service
byline|Par Boris Ngounou
dateline|Publié le 10 février 2026
dateline|Modifié le 11 février 2026
read-time|Temps de lecture : 3 min
share|Partager sur Facebook
share|Partager sur LinkedIn
share|Partager sur X
share|Partager sur WhatsApp
share|Envoyer par email
caption|Des déchets plastiques triés avant leur broyage à l'usine de Sèmè-Kpodji, près de Cotonou.
credit|© Afrik Vert 21
lead|Au Bénin, la première unité industrielle de recyclage des déchets plastiques du pays a été inaugurée le 6 février 2026 à Sèmè-Kpodji, dans la banlieue est de Cotonou. L'usine, financée par des investisseurs privés avec l'appui de l'État, pourra transformer chaque année 12 000 tonnes de plastique en granulés destinés à l'industrie locale.
p|Le Bénin se dote enfin d'une filière de valorisation pour ses déchets plastiques. La nouvelle usine de Sèmè-Kpodji, inaugurée le 6 février 2026 par le ministre du Cadre de vie et des Transports, est la première du pays à traiter les plastiques à l'échelle industrielle. Selon ses promoteurs, elle pourra absorber jusqu'à 12 000 tonnes de déchets par an, soit près d'un cinquième du plastique collecté dans le Grand Nokoué, l'agglomération qui regroupe Cotonou, Abomey-Calavi, Porto-Novo, Sèmè-Kpodji et Ouidah.
p|L'installation est exploitée par Bénin Recyclage Industrie (BRI), une société détenue par un consortium d'investisseurs béninois et ivoiriens. Le projet a mobilisé 9,8 milliards de francs CFA (environ 15 millions d'euros), dont une partie sous la forme d'un prêt concessionnel accordé par une banque régionale de développement. L'État a, de son côté, mis à disposition le terrain de 4 hectares et accordé des exonérations fiscales pour l'importation des équipements.
h2|Des granulés pour l'industrie locale
p|Sur le site, les déchets sont triés, lavés, broyés puis extrudés pour produire des granulés de polyéthylène haute densité (PEHD) et de polypropylène (PP). Ces matières premières secondaires seront vendues à des fabricants locaux de tuyaux, de seaux, de chaises ou de casiers, qui importent aujourd'hui l'essentiel de leurs résines. Les bouteilles en PET, elles, sont transformées en paillettes destinées à l'exportation vers des recycleurs européens et asiatiques.
read-also|Lire aussi- CÔTE D'IVOIRE : Abidjan interdit les sachets plastiques à usage unique dans ses marchés
p|L'approvisionnement de l'usine repose sur la Société de gestion des déchets et de la salubrité du Grand Nokoué (SGDS-GN), chargée de la collecte dans l'agglomération, mais aussi sur un réseau de près de 600 collecteurs informels, majoritairement des femmes, qui seront rémunérés au kilogramme. « Nous voulons que le plastique ait enfin une valeur pour ceux qui le ramassent dans les rues et sur les plages », explique Arnaud Dossou-Yovo, le directeur général de BRI.
h2|Une réponse à l'interdiction des sachets
p|Le Bénin a interdit dès 2018 la production, l'importation et la commercialisation des sachets en plastique non biodégradables. Mais la mesure peine à être appliquée et les déchets plastiques continuent d'encombrer les caniveaux de Cotonou, aggravant les inondations pendant la saison des pluies. Selon le ministère du Cadre de vie, le Grand Nokoué produit chaque année environ 65 000 tonnes de déchets plastiques, dont moins de 10 % étaient jusqu'ici recyclés.
p|L'usine doit permettre de créer 180 emplois directs. Ses promoteurs envisagent déjà une seconde phase, qui porterait la capacité de traitement à 20 000 tonnes par an d'ici à 2028, avec une ligne de fabrication de pavés et de tuiles à partir de plastiques non recyclables mélangés à du sable.
ad|Publicité
read-also|Lire aussi- TOGO : Lomé lance un appel d'offres pour son centre d'enfouissement technique
p|Au-delà du Bénin, le projet s'inscrit dans une dynamique régionale. Plusieurs pays d'Afrique de l'Ouest, dont le Sénégal, le Ghana et la Côte d'Ivoire, ont vu émerger ces dernières années des unités de recyclage du plastique, souvent portées par des entreprises privées. Leur modèle économique reste toutefois fragile, dépendant des cours des résines vierges, qui ont fortement baissé depuis 2023.
signature|Boris Ngounou
share|Partager cet article
tags|Bénin
tags|Cotonou
tags|déchets plastiques
tags|économie circulaire
tags|recyclage
related|SUR LE MÊME THÈME
related|SÉNÉGAL : une centrale de tri des déchets de 200 000 t/an pour la décharge de Mbeubeuss
related|9 février 2026
related|GHANA : Accra mise sur le compostage des déchets de ses marchés
related|3 février 2026
related|NIGERIA : Lagos signe un accord pour la valorisation énergétique de ses ordures
related|28 janvier 2026
video|AFRIK VERT 21 TV
video|Reportage : à Kigali, les bus électriques gagnent du terrain
video|03:58
most-read|LES PLUS LUS
most-read|MAROC : l'ONEE attribue le contrat de la station de dessalement de Tanger
most-read|KENYA : la géothermie d'Olkaria s'agrandit de 83 MW
most-read|TCHAD : le premier parc solaire de N'Djamena raccordé au réseau
event|AGENDA
event|Africa Water Summit - Abidjan - 3 mars 2026
event|Forum de la finance climat en Afrique centrale - Douala - 18 mars 2026
jobs|OFFRES D'EMPLOI
jobs|Chargé(e) de projets économie circulaire - Cotonou - CDD 12 mois
jobs|Voir toutes les offres
newsletter|Recevez chaque semaine l'essentiel de l'actualité de l'économie verte en Afrique.
newsletter|Votre adresse email
newsletter|Je m'abonne
partner-list|Nos partenaires
footer|Afrik Vert 21 est un média d'information spécialisé dans l'économie verte et le développement durable en Afrique.
footer|Qui sommes-nous
footer|Annonceurs
footer|Contact
footer|Mentions légales
footer|Politique de confidentialité
copyright|© 2026 Afrik Vert 21. Tous droits réservés.
cookie|Ce site utilise des cookies pour améliorer votre expérience. Accepter Refuser Paramétrer
back-to-top|↑
"""),
 dict(id="afrik21-style-2", site="afrik21-style", lang="fr", sep="\n", title="KENYA : la BAD accorde 95 M$ pour l'assainissement de Mombasa", date="2026-01-27", page="""
timestamp|mardi 27 janvier 2026
lang-switch|FR
lang-switch|EN
social|Facebook
social|LinkedIn
social|X
social|YouTube
subscribe|Abonnez-vous au magazine
newsletter|Newsletter
menu|AFRIK VERT 21
menu|Le média de l'économie verte en Afrique
menu|ACTUALITÉS
menu|EAU
menu|ÉNERGIE
menu|ENVIRONNEMENT
menu|INFRASTRUCTURES
menu|TRANSPORT
menu|DÉCHETS
menu|VILLES DURABLES
menu|AGRICULTURE
menu|FINANCE VERTE
menu|MAGAZINE
menu|TV
menu|AGENDA
search|Rechercher...
ad|Publicité
ad|Votre projet d'eau ou d'énergie en Afrique ? Référencez-le gratuitement dans la base de projets Afrik Vert 21
breadcrumb|Accueil / Eau / Kenya
section-label|KENYA
h1|KENYA : la BAD accorde 95 M$ pour l'assainissement de Mombasa
byline|Par Inès Mbarga
dateline|Publié le 27 janvier 2026
read-time|Temps de lecture : 2 min
share|Partager sur Facebook
share|Partager sur LinkedIn
share|Partager sur X
share|Partager sur WhatsApp
share|Envoyer par email
caption|Le vieux port de Mombasa, au Kenya.
credit|© Dmitri Volkov/Shutterstock
lead|La Banque africaine de développement (BAD) a approuvé un prêt de 95 millions de dollars pour la première phase du programme d'assainissement de Mombasa, deuxième ville du Kenya. Le projet prévoit la construction d'une station d'épuration et l'extension du réseau d'égouts dans les quartiers densément peuplés de l'île.
p|Mombasa va enfin s'attaquer au déficit criant de son réseau d'assainissement. Le conseil d'administration de la Banque africaine de développement (BAD) a approuvé le 22 janvier 2026 un prêt de 95 millions de dollars au gouvernement kényan pour financer la première phase du Mombasa Sanitation Improvement Programme (MSIP). Le financement est complété par une contribution de 18 millions de dollars du Trésor kényan et une subvention de 7 millions de dollars d'un fonds climatique multilatéral.
p|La ville portuaire, qui compte plus de 1,3 million d'habitants, ne dispose aujourd'hui que d'une station d'épuration vétuste à Kipevu, dont la capacité est largement dépassée. Moins de 15 % des ménages sont raccordés au réseau d'égouts. Le reste des eaux usées est rejeté dans des fosses septiques, souvent mal entretenues, ou directement dans les criques qui entourent l'île, au détriment de la qualité des eaux de baignade et de la pêche artisanale.
h2|Les principales composantes du projet
p|La première phase du MSIP, dont la mise en œuvre est confiée à la Coast Water Works Development Agency (CWWDA), comprend notamment :
li|la construction d'une nouvelle station d'épuration d'une capacité de 40 000 m³ par jour à Kipevu ;
li|la pose de 85 km de collecteurs et de conduites d'égouts dans l'île de Mombasa et à Likoni ;
li|le raccordement de 22 000 ménages, dont 8 000 dans des quartiers informels, avec des branchements subventionnés ;
li|la construction de 60 blocs sanitaires publics dans les marchés et les gares routières ;
li|un volet de renforcement des capacités de la Mombasa Water Supply and Sanitation Company (Mowasco).
read-also|Lire aussi- TANZANIE : Dar es Salaam étend son réseau d'égouts grâce à un prêt de la Banque mondiale
p|Selon la BAD, le projet bénéficiera directement à près de 350 000 personnes. « Un meilleur assainissement à Mombasa, c'est moins de maladies hydriques, une économie bleue plus saine et un tourisme plus durable », a déclaré la directrice générale de la BAD pour l'Afrique de l'Est lors de l'approbation du prêt.
p|Les eaux usées traitées pourraient en partie être réutilisées pour l'irrigation et pour les besoins industriels de la zone portuaire, alors que la région côtière connaît des pénuries d'eau récurrentes. Les boues d'épuration seront, quant à elles, séchées et valorisées comme amendement agricole.
ad|Publicité
h2|Des travaux attendus fin 2026
p|Les appels d'offres pour la station d'épuration devraient être lancés au deuxième trimestre 2026, pour un démarrage des travaux à la fin de l'année. La CWWDA table sur une mise en service progressive à partir de 2029. Une seconde phase, estimée à 160 millions de dollars, doit étendre le réseau aux zones continentales de Nyali et de Changamwe.
p|Ce financement s'ajoute à plusieurs autres engagements de la BAD dans le secteur de l'eau au Kenya, notamment pour l'approvisionnement en eau potable des villes moyennes du nord du pays et pour la réhabilitation du barrage de Mzima, qui alimente la côte.
signature|Inès Mbarga
share|Partager cet article
tags|Kenya
tags|Mombasa
tags|BAD
tags|assainissement
tags|eaux usées
tags|station d'épuration
related|SUR LE MÊME THÈME
related|OUGANDA : Kampala inaugure la station d'épuration de Kinawataka
related|23 janvier 2026
related|RWANDA : Kigali lance son premier réseau d'égouts centralisé
related|15 janvier 2026
related|ÉTHIOPIE : 48 M$ pour l'eau potable de Dire Dawa
related|8 janvier 2026
projects|PROJETS
projects|Programme d'assainissement de Mombasa - Kenya - Eau et assainissement - En préparation
projects|Consulter la base de projets
video|AFRIK VERT 21 TV
video|Entretien : « L'Afrique doit apprendre à recycler ses eaux usées »
video|06:12
most-read|LES PLUS LUS
most-read|ÉGYPTE : le Caire lance la plus grande station de dessalement du continent
most-read|SÉNÉGAL : la centrale solaire de Kahone raccordée au réseau
most-read|NIGERIA : Lagos signe un accord pour la valorisation énergétique de ses ordures
event|AGENDA
event|Africa Water Summit - Abidjan - 3 mars 2026
event|Semaine africaine de l'assainissement - Nairobi - 24 février 2026
jobs|OFFRES D'EMPLOI
jobs|Ingénieur(e) hydraulicien(ne) senior - Nairobi - CDI
jobs|Voir toutes les offres
newsletter|Recevez chaque semaine l'essentiel de l'actualité de l'économie verte en Afrique.
newsletter|Votre adresse email
newsletter|Je m'abonne
partner-list|Nos partenaires
footer|Afrik Vert 21 est un média d'information spécialisé dans l'économie verte et le développement durable en Afrique.
footer|Qui sommes-nous
footer|Annonceurs
footer|Contact
footer|Mentions légales
footer|Politique de confidentialité
copyright|© 2026 Afrik Vert 21. Tous droits réservés.
cookie|Ce site utilise des cookies pour améliorer votre expérience. Accepter Refuser Paramétrer
back-to-top|↑
"""),
 dict(id="businessday-ng-style-1", site="businessday-ng-style", lang="en", sep="\n", title="Recapitalisation: 14 banks cross new capital threshold as March deadline nears", date="2026-02-09", page="""
skip-link|Skip to content
timestamp|Monday, February 9, 2026
epaper|Today's Paper
event|MarketDay Events
account|Sign In
subscribe|Subscribe
ticker|NGX ASI 112,406.55 ▲ 0.84%
ticker|Brent $71.32 ▼ 0.41%
ticker|USD/NGN ₦1,468.20
ticker|GBP/NGN ₦1,842.75
ticker|Gold $2,912.40 ▲ 0.22%
menu|MarketDay
menu|Nigeria's business daily
menu|News
menu|Markets
menu|Companies
menu|Banking & Finance
menu|Economy
menu|Politics
menu|Energy
menu|Real Estate
menu|Tech
menu|Opinion
menu|Analysis
menu|Life
menu|MD Sunday
menu|Premium
search|Search
ad|Advertisement
ad|Open a domiciliary account in 10 minutes. Zenvest Bank. Your world, banked.
section-label|Banking & Finance
premium|PREMIUM
h1|Recapitalisation: 14 banks cross new capital threshold as March deadline nears
byline|Adaeze Okonkwo
dateline|February 9, 2026
read-time|4 min read
listen|Listen to this article
listen|00:00 / 05:21
share|Facebook
share|X
share|LinkedIn
share|WhatsApp
share|Email
share|Copy link
caption|Central Bank of Nigeria headquarters, Abuja
credit|Photo: MarketDay
p|Fourteen Nigerian banks have now met the Central Bank of Nigeria's new minimum capital requirements, less than two months before the March 31 deadline set under the apex bank's recapitalisation programme, MarketDay analysis of regulatory filings and company disclosures shows.
p|The banks, which include all five tier-one lenders, have raised a combined ₦4.2 trillion through rights issues, public offers and private placements since the CBN announced the new thresholds in March 2024. Banks with international licences are required to hold a minimum paid-up capital of ₦500 billion, national banks ₦200 billion and regional banks ₦50 billion.
p|"The bulk of the heavy lifting is done. What we are seeing now is the tail end, the mid-tier and smaller lenders who have had to be more creative," said Ayodele Farinde, head of financial institutions research at a Lagos-based investment bank.
read-also|Read also: Naira firms at official window as FX inflows from foreign portfolio investors rise
h2|Mergers on the table
p|At least four lenders are yet to publicly confirm how they will close their capital gaps. Industry sources told MarketDay that two of them are in advanced talks over a merger, while another is considering downgrading its licence from international to national in order to meet the lower threshold.
p|The CBN has repeatedly said it will not extend the deadline. In a circular issued last month, the regulator reminded banks that only fresh equity injections, not retained earnings or revaluation reserves, will count toward the new minimum capital.
p|Foreign investors have accounted for a significant share of the capital raised, particularly in the offers by the larger banks. Analysts say the naira's relative stability since mid-2025 and the return of portfolio inflows helped.
ad|Advertisement
whatsapp|Join MarketDay whatsapp Channel, to stay up to date
whatsapp|Open In Whatsapp
h2|What it means for depositors and shareholders
p|For depositors, analysts say a better-capitalised banking sector should be more resilient to shocks and better able to finance large-ticket projects in infrastructure, energy and manufacturing.
p|Shareholders, however, have had a mixed ride. Several banks priced their offers at a discount to market, and the dilution weighed on share prices in the weeks that followed. The NGX Banking Index is up 11 percent over the past 12 months, lagging the broader market.
p|"The question after March is not capital, it is returns," Farinde said. "Banks now have to deploy that capital profitably in an economy where lending rates are still very high."
read-also|Read also: CBN keeps MPR at 27% as inflation slows for tenth straight month
p|The CBN is expected to publish a full list of compliant banks in April. Lenders that fail to meet the requirement could face licence downgrades, forced mergers or, in the extreme, revocation.
tags|Banks
tags|CBN
tags|Recapitalisation
tags|NGX
comments|Leave a Comment
comments|You must be logged in to post a comment.
author-bio|Adaeze Okonkwo is a banking and finance correspondent at MarketDay.
related|Related News
related|Fidelity, FCMB shares rally as investors position ahead of recapitalisation verdict
related|2 days ago
related|Fintechs eye banking licences as capital rules reshape sector
related|5 days ago
related|Insurers get more time to meet new capital rules
related|1 week ago
newsletter|Get the best of MarketDay in your inbox
newsletter|Enter your email
newsletter|Sign Up
latest|Latest News
latest|Dangote refinery cuts petrol gantry price by ₦25
latest|12 minutes ago
latest|FAAC: FG, states, LGs share ₦1.9trn in January
latest|38 minutes ago
latest|Lagos-Calabar coastal highway: second section gets FEC nod
latest|1 hour ago
most-read|Most Popular
most-read|Why Nigerians are moving savings into dollar mutual funds
most-read|Tinubu signs 2026 budget into law
most-read|Top 10 stocks to watch this week
app|Download the MarketDay app
app|Get it on Google Play
app|Download on the App Store
footer|MarketDay Media Limited
footer|14, Ozumba Mbadiwe Avenue, Victoria Island, Lagos
footer|About Us
footer|Advertise
footer|Careers
footer|Contact Us
footer|Privacy Policy
footer|Terms of Use
social|Facebook X Instagram LinkedIn YouTube
copyright|Copyright © 2026 MarketDay NG. All Rights Reserved.
"""),
 dict(id="businessday-ng-style-2", site="businessday-ng-style", lang="en", sep="\n", title="Lagos tenants face steeper rent hikes as landlords price in naira risk", date="2026-01-22", page="""
skip-link|Skip to content
timestamp|Thursday, January 22, 2026
epaper|Today's Paper
event|MarketDay Events
account|Sign In
subscribe|Subscribe
ticker|NGX ASI 109,877.12 ▼ 0.16%
ticker|Brent $73.05 ▲ 0.62%
ticker|USD/NGN ₦1,474.80
ticker|GBP/NGN ₦1,851.30
ticker|Gold $2,874.10 ▼ 0.09%
menu|MarketDay
menu|Nigeria's business daily
menu|News
menu|Markets
menu|Companies
menu|Banking & Finance
menu|Economy
menu|Politics
menu|Energy
menu|Real Estate
menu|Tech
menu|Opinion
menu|Analysis
menu|Life
menu|MD Sunday
menu|Premium
search|Search
ad|Advertisement
breadcrumb|Home » Real Estate
section-label|Real Estate
h1|Lagos tenants face steeper rent hikes as landlords price in naira risk
byline|Tunde Bakare
dateline|January 22, 2026
read-time|5 min read
listen|Listen to this article
listen|00:00 / 06:02
share|Facebook
share|X
share|LinkedIn
share|WhatsApp
share|Email
share|Copy link
caption|A residential estate under construction in Lekki, Lagos.
credit|Photo: Pius Okeosisi
p|Tenants in Lagos are facing another year of sharp rent increases as landlords, squeezed by high construction and maintenance costs, try to protect the value of their income against a naira that has lost more than two-thirds of its value since 2023.
p|Property managers and estate agents interviewed by MarketDay say renewals in January, traditionally the busiest month for tenancy agreements in the city, have come with increases of between 20 percent and 40 percent in most middle-income neighbourhoods, and higher in parts of the Lekki-Ajah corridor.
p|"Landlords are no longer thinking in naira. They are thinking about what it will cost to replace a roof or a generator next year, and those costs are in dollars," said Kemi Adeyemo, managing partner at a Lekki-based property consultancy.
h2|What tenants are paying
p|Data compiled from listings and agents' quotes show average annual rents for a two-bedroom flat in selected areas of Lagos in January 2026:
li|Ikoyi: ₦18 million, up from ₦14 million a year earlier
li|Lekki Phase 1: ₦9.5 million, up from ₦7 million
li|Yaba: ₦4.2 million, up from ₦3.2 million
li|Surulere: ₦3.8 million, up from ₦2.9 million
li|Ikorodu: ₦1.6 million, up from ₦1.2 million
read-also|Read also: FG's mortgage scheme: only 3,200 homes delivered in two years
p|The increases come despite the Lagos State Tenancy Law, which in principle limits the advance rent landlords can demand to one year for existing tenants and six months for new monthly tenants. In practice, renters say, two-year upfront payments remain common for new lets, and few tenants are willing to take a landlord to court.
ad|Advertisement
ad|Own a home in Epe from ₦15m. Flexible 24-month payment plan. Call 0800-HOMES-NG
h2|Government steps
p|The Lagos State Government said in December it would begin registering estate agents and property managers in the first quarter of 2026 and sanction those who charge excessive agency and legal fees, which can add 20 percent or more to the cost of moving.
p|Tolani Akinwale, the state's commissioner for housing, told MarketDay the government was also expanding its rent-to-own scheme, under which residents pay a 5 percent deposit and spread the cost of a home over ten years. "We know supply is the real answer. We are working with private developers to bring more affordable units to market," she said.
p|Analysts are not convinced that will change much in the short term. Lagos has a housing deficit estimated at more than three million units, and the cost of cement, iron rods and roofing sheets has more than doubled in two years.
whatsapp|Join MarketDay whatsapp Channel, to stay up to date
whatsapp|Open In Whatsapp
h2|Moving out of the city centre
p|Many renters are responding by moving further out. Agents report strong demand in Ikorodu, Epe and the Ogun State border towns of Mowe and Ibafo, where rents remain a fraction of those on the Island, although commuting times can exceed two hours each way.
p|"I used to pay ₦2.5 million in Gbagada. The landlord asked for ₦4 million this year," said Chiamaka Obi, a bank employee who moved to Mowe in December. "I spend more on fuel now, but at least I can breathe."
p|Real estate economists expect rents to keep rising through 2026, though at a slower pace if inflation continues to ease and the naira remains stable.
tags|Lagos
tags|Rent
tags|Housing
tags|Real Estate
tags|Naira
comments|Leave a Comment
comments|You must be logged in to post a comment.
related|Related News
related|Why Abuja's luxury apartments are sitting empty
related|3 days ago
related|Cement prices: Dangote, BUA cut ex-factory rates
related|1 week ago
related|How short-lets are reshaping Lekki's rental market
related|2 weeks ago
subscribe|Enjoy unlimited access to MarketDay Premium. Subscribe from ₦5,000 a month.
subscribe|Subscribe Now
latest|Latest News
latest|Naira weakens slightly as importers step up demand
latest|7 minutes ago
latest|NNPC raises gas supply to power plants by 15%
latest|44 minutes ago
latest|Senate confirms new INEC commissioners
latest|2 hours ago
most-read|Most Popular
most-read|Tinubu signs 2026 budget into law
teaser-list|Lagos tenants face steeper rent hikes as landlords price in naira risk
most-read|Top 10 stocks to watch this week
app|Download the MarketDay app
app|Get it on Google Play
app|Download on the App Store
footer|MarketDay Media Limited
footer|14, Ozumba Mbadiwe Avenue, Victoria Island, Lagos
footer|About Us
footer|Advertise
footer|Careers
footer|Contact Us
footer|Privacy Policy
footer|Terms of Use
social|Facebook X Instagram LinkedIn YouTube
copyright|Copyright © 2026 MarketDay NG. All Rights Reserved.
"""),
 dict(id="new-era-namibia-style-1", site="new-era-namibia-style", lang="en", sep="\n", title="Drought relief extended to June as 54 000 households await food aid", date="2026-02-11", page="""
timestamp|Wednesday, 11 February 2026
weather|Windhoek 29°C
breaking|Breaking News
breaking|Geingos Airport runway upgrade to start in April
breaking|NSFAF releases first tranche of 2026 payments
epaper|E-Paper
account|Login
social|Facebook Instagram X YouTube TikTok
menu|New Horizon
menu|Namibia's National Daily
menu|Home
menu|National
menu|Business
menu|Regional
menu|Sport
menu|Opinion
menu|Editorial
menu|Youth Corner
menu|Entertainment
menu|Africa & World
menu|Vacancies
menu|Tenders
menu|Notices
search|Search for
ad|Advertisement
ad|Bank Windhoek Home Loans - Prime minus 0.5% for first-time buyers. Terms and conditions apply.
breadcrumb|Home / National / Drought relief extended to June as 54 000 households await food aid
section-label|National
h1|Drought relief extended to June as 54 000 households await food aid
byline|Selma Ndapewa
author-link|Send an email
dateline|11 February 2026
dateline|Last Updated: 11 February 2026
read-time|2 minutes read
share|Facebook
share|X
share|LinkedIn
share|WhatsApp
share|Telegram
share|Share via Email
print|Print
caption|Relief… Residents of Okongo constituency queue for maize meal at a distribution point last year.
credit|Photo: Contributed
p|Government has extended the national drought relief programme until the end of June, as more than 54 000 households in eight regions still depend on monthly food parcels following another poor rainy season.
p|This was announced by the Office of the Prime Minister's disaster risk management directorate in Windhoek on Tuesday, after a rapid assessment found that grazing and crop conditions had not improved significantly despite rainfall recorded in parts of the country in January.
p|According to the directorate, the most affected regions are Kunene, Omusati, Ohangwena, Oshikoto, Kavango West, Kavango East, Erongo and //Kharas, where rainfall since October has been between 40% and 60% of the long-term average.
p|"Our assessment shows that many households have exhausted their food stocks and there is very little grazing left in the communal areas. We cannot stop the programme now," the director, Cornelius Haufiku, told New Horizon.
h2|N$280 million set aside
p|Government has set aside N$280 million for the extension, which covers food parcels, water tanker services, livestock marketing incentives and subsidies for fodder.
p|Each beneficiary household receives a monthly parcel that includes a 10kg bag of maize meal, tinned fish, cooking oil and beans. Regional councils are responsible for registering beneficiaries and for distribution at constituency level.
ad|Advertisement
p|Haufiku acknowledged complaints from some communities about delays, saying transporters had struggled to reach remote villages in Kunene and Kavango West due to poor road conditions.
p|"We have engaged the regional councils to add more distribution points so that elderly people do not have to walk long distances," he said.
h2|Farmers count losses
p|Communal farmers in the north-west told New Horizon they have lost livestock in recent months and were forced to sell animals at low prices.
p|Johannes Tjiveze, a farmer at Okangwati in the Kunene region, said he has lost 23 cattle since November. "The animals are too weak to walk to the water points. We sell what we can, but the buyers are offering very little," he said.
p|The Namibia Agricultural Union has called on government to extend the livestock marketing incentive scheme, which pays farmers a subsidy for every animal sold, to commercial farmers in the south.
p|The Namibia Meteorological Service has forecast normal to below-normal rainfall for the remainder of the season in most parts of the country.
signature|- sndapewa@hpc.com.na
tags|Tags
tags|drought
tags|food aid
tags|Kunene
tags|OPM
share|Share
share|Facebook X LinkedIn WhatsApp Telegram Share via Email Print
nav|Previous post
nav|Windhoek council approves N$2.1 billion budget
nav|Next post
nav|Nandi-Ndaitwah opens new school year at Outapi
author-bio|About Selma Ndapewa
author-bio|Selma Ndapewa is a senior journalist covering social affairs and rural development.
author-link|Follow on X
related|Related Articles
related|Farmers urged to sell livestock early as grazing dwindles
related|9 February 2026
related|Omusati pensioners receive drought relief after two-month delay
related|2 February 2026
related|Water rationing extended in Opuwo
related|28 January 2026
related|Cabinet approves N$1.2 billion for rural water supply
related|21 January 2026
check-also|Check Also
check-also|Ohangwena learners walk 12km as hostel remains unfinished
check-also|Close
comments|Leave a Reply
comments|Your email address will not be published. Required fields are marked *
comments|Comment *
comments|Name *
comments|Email *
comments|Post Comment
popular|Popular
popular|Recent
popular|Comments
popular|NSFAF releases first tranche of 2026 payments
popular|Walvis Bay port handles record cargo volumes
popular|Brave Warriors name provisional squad for COSAFA Cup
notices|Government Notices
notices|Ministry of Agriculture, Fisheries, Water and Land Reform: Notice of livestock auction, Gobabis
jobs|Vacancies
jobs|Namibia Ports Authority: Senior Marine Engineer
footer|New Horizon is published by the Horizon Publication Corporation (HPC)
footer|Daniel Munamava House, Corner of Robert Mugabe Avenue and Sam Nujoma Drive, Windhoek
footer|Tel: +264 61 000 4000
footer|About Us
footer|Advertise With Us
footer|Subscribe to E-Paper
footer|Contact Us
footer|Privacy Policy
copyright|© Copyright 2026, All Rights Reserved - Horizon Publication Corporation
back-to-top|Back to top button
"""),
 dict(id="new-era-namibia-style-2", site="new-era-namibia-style", lang="en", sep="\n", title="Ohangwena learners walk 12km as hostel remains unfinished", date="2026-01-28", page="""
timestamp|Wednesday, 28 January 2026
weather|Windhoek 31°C
breaking|Breaking News
breaking|Nandi-Ndaitwah opens new school year at Outapi
breaking|Fuel prices unchanged for February
epaper|E-Paper
account|Login
social|Facebook Instagram X YouTube TikTok
menu|New Horizon
menu|Namibia's National Daily
menu|Home
menu|National
menu|Business
menu|Regional
menu|Sport
menu|Opinion
menu|Editorial
menu|Youth Corner
menu|Entertainment
menu|Africa & World
menu|Vacancies
menu|Tenders
menu|Notices
search|Search for
ad|Advertisement
ad|MTC Aweh Super - More data, more minutes. Dial *682# to buy.
breadcrumb|Home / Regional / Ohangwena learners walk 12km as hostel remains unfinished
section-label|Regional
h1|Ohangwena learners walk 12km as hostel remains unfinished
byline|Festus Hamutenya
author-link|Send an email
dateline|28 January 2026
read-time|3 minutes read
share|Facebook
share|X
share|LinkedIn
share|WhatsApp
share|Telegram
share|Share via Email
print|Print
caption|Long walk… Learners of Onakalunga Combined School on their way home on Monday afternoon.
credit|Photo: Festus Hamutenya
p|ONAKALUNGA – More than 90 learners at Onakalunga Combined School in the Ohangwena region walk up to 12 kilometres to and from school every day, as construction of a hostel meant to accommodate them has stalled for more than two years.
p|The N$38 million hostel project, which was supposed to be completed by the end of 2023, stands half-built a few metres from the school's classrooms, with only the walls of two dormitory blocks and an unroofed kitchen in place.
p|When New Horizon visited the school on Monday, some learners said they leave home as early as 05h00 to arrive before the first bell at 07h00.
p|"When it rains, the oshana is full of water and we have to go around. Sometimes we arrive when the first period is finished," said a Grade 9 learner, who walks from Oshikunde village.
h2|Contractor abandoned site
p|Ohangwena regional education director Teopolina Shikongo confirmed that the contractor abandoned the site in 2024, citing delayed payments and rising costs of building materials.
p|"The contract was terminated, and the ministry is in the process of appointing a new contractor to complete the remaining work. We are hopeful that construction will resume before the end of the first term," she said.
p|Shikongo said the region has a shortage of about 1 200 hostel beds, mainly at schools in remote constituencies such as Okongo, Eenhana and Omundaungilo.
ad|Advertisement
p|Parents, however, are losing patience. At a meeting held at the school last week, they resolved to write to the education minister and the regional governor.
p|"Our children are tired before they even sit in class. Some girls are at risk on the road, especially in the evening. We have been promised this hostel since 2021," said Maria Nghilifavali, chairperson of the school board.
h2|Performance affected
p|The school's principal, Lukas Shiimi, said the long distances affect both attendance and results. Only 41% of the school's Grade 10 learners qualified for Grade 11 last year, below the regional average.
p|He said the school has introduced a feeding programme for learners from far-away villages, with the support of a local church and the school feeding programme of the education ministry.
p|Onakalunga is one of several schools in northern Namibia waiting for stalled hostel projects to be completed. Last year, the parliamentary standing committee on education recommended that the ministry prioritise the completion of unfinished hostels before starting new ones.
p|Efforts to get comment from the education ministry's executive director were unsuccessful by the time of going to print.
signature|- fhamutenya@hpc.com.na
tags|Tags
tags|education
tags|hostels
tags|Ohangwena
tags|learners
share|Share
share|Facebook X LinkedIn WhatsApp Telegram Share via Email Print
nav|Previous post
nav|Katima Mulilo residents protest over water cuts
nav|Next post
nav|Rundu hospital gets new maternity ward
author-bio|About Festus Hamutenya
author-bio|Festus Hamutenya is New Horizon's northern regions correspondent, based in Oshakati.
author-link|Follow on X
related|Related Articles
related|Omaheke schools short of 300 teachers
related|26 January 2026
related|Learners start new year under trees in Kavango West
related|20 January 2026
related|Ministry to build 12 new hostels this financial year
related|14 January 2026
check-also|Check Also
check-also|Drought relief extended to June as 54 000 households await food aid
check-also|Close
comments|Leave a Reply
comments|Your email address will not be published. Required fields are marked *
comments|Comment *
comments|Name *
comments|Email *
comments|Post Comment
popular|Popular
popular|Recent
popular|Comments
popular|Walvis Bay port handles record cargo volumes
popular|Brave Warriors name provisional squad for COSAFA Cup
teaser-list|Ohangwena learners walk 12km as hostel remains unfinished
notices|Government Notices
notices|Ohangwena Regional Council: Invitation to bid for completion of Onakalunga hostel
jobs|Vacancies
jobs|Ministry of Education, Innovation, Youth, Sport, Arts and Culture: Hostel Matrons (x6)
footer|New Horizon is published by the Horizon Publication Corporation (HPC)
footer|Daniel Munamava House, Corner of Robert Mugabe Avenue and Sam Nujoma Drive, Windhoek
footer|Tel: +264 61 000 4000
footer|About Us
footer|Advertise With Us
footer|Subscribe to E-Paper
footer|Contact Us
footer|Privacy Policy
copyright|© Copyright 2026, All Rights Reserved - Horizon Publication Corporation
back-to-top|Back to top button
"""),
]
