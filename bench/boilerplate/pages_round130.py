# Round 130: eight pages on four more layouts (a Monaco weekly magazine, a Swiss Jura daily, a Gibraltar daily, a
# Channel Islands evening daily), written blind: without looking at the classifier, its rules or the benchmark,
# measured once. Each line: "label|text". Invented text and invented outlet names; no real article is copied.
ROUND130 = [
 dict(id="monaco-hebdo-style-1", site="monaco-hebdo-style", lang="fr", sep="\n", title="Logement domanial : « Nous devons livrer plus vite et plus petit »", date="2026-02-12", page="""
skip-link|Aller au contenu
timestamp|Jeudi 12 février 2026
weather|Monaco 14°C
newsletter|Newsletter
subscribe|S'abonner
account|Se connecter
menu|Principauté Hebdo
menu|L'hebdomadaire indépendant de Monaco depuis 1998
menu|Actualités
menu|Politique
menu|Société
menu|Économie
menu|Culture
menu|Sport
menu|Dossiers
menu|Le magazine
search|Rechercher…
breadcrumb|Accueil > Politique > Logement
section-label|Interview
h1|Logement domanial : « Nous devons livrer plus vite et plus petit »
lead|Après la dernière commission d'attribution, 212 foyers monégasques restent sans solution. Sophie Lanteri-Bosio, présidente de la commission du logement du Conseil national, réclame un calendrier de livraisons qui engage le gouvernement et des appartements adaptés aux jeunes ménages. Entretien.
byline|Propos recueillis par Camille Orsini
dateline|Publié le 12 février 2026 à 06h30
reading-time|Temps de lecture : 7 min
share|Partager
share|Facebook
share|X
share|LinkedIn
share|E-mail
print|Imprimer
caption|« La moitié des demandeurs ont moins de 35 ans », souligne Sophie Lanteri-Bosio. © Photo Principauté Hebdo.
h2|Combien de foyers monégasques attendent aujourd'hui un appartement domanial ?
p|À l'issue de la commission d'attribution de janvier, 212 dossiers n'ont pas pu être satisfaits. C'est moins qu'il y a trois ans, quand nous dépassions les 400 demandes en souffrance. Mais ce chiffre cache une réalité plus difficile : la moitié de ces foyers sont des jeunes de moins de 35 ans, souvent en couple, parfois avec un enfant, qui vivent encore chez leurs parents ou qui paient des loyers qu'ils ne peuvent plus assumer dans le secteur libre.
p|Quand un jeune couple monégasque consacre 60 % de ses revenus à un deux-pièces à Beausoleil, on ne peut pas dire que la question du logement est réglée.
h2|Le gouvernement met en avant les opérations livrées ces dernières années. Ce n'est pas suffisant ?
p|Il faut reconnaître les efforts. Les livraisons de ces trois dernières années ont fait baisser la pression, personne ne le conteste. Mais nous avons un problème de calendrier. Entre le moment où une opération est annoncée et le moment où les clés sont remises, il s'écoule souvent huit à dix ans. Pendant ce temps, les besoins changent, les familles s'agrandissent ou partent.
p|Nous demandons donc une programmation pluriannuelle publique, opération par opération, avec des dates de livraison qui engagent le gouvernement. Les élus votent les crédits ; ils doivent pouvoir suivre leur exécution.
ad|Publicité
ad|Riviera Properties - Vente, location, gestion locative à Monaco depuis 1987 - Estimation gratuite
h2|Vous insistez aussi sur la taille des appartements.
p|C'est un point central. Les grandes opérations ont privilégié les trois et quatre-pièces, ce qui répondait à la demande des familles. Aujourd'hui, la demande la plus forte porte sur les deux-pièces et les petits trois-pièces. Un jeune qui obtient un quatre-pièces trop grand pour lui, c'est un logement qui manque à une famille.
p|« Un jeune qui attend dix ans finit par s'installer ailleurs. »
p|Nous proposons que la prochaine opération prévue à Fontvieille comporte au moins 40 % de deux-pièces, et que les plans puissent encore évoluer après le vote des crédits.
read-also|Lire aussi : Commission d'attribution : les critères de points vont-ils changer ?
h2|Le gouvernement rappelle que l'aide nationale au logement permet d'attendre dans de bonnes conditions. Qu'en pensez-vous ?
p|L'aide nationale au logement est un outil précieux, mais ce n'est pas une solution durable. Elle coûte cher à l'État, elle alimente indirectement la hausse des loyers dans le secteur libre et elle ne donne aucune perspective aux foyers. Un jeune Monégasque qui attend une décennie, c'est souvent un jeune qui s'installe de l'autre côté de la frontière, et c'est une perte pour le pays.
h2|Quelles sont vos priorités pour les prochains mois ?
p|La commission va auditionner le département de l'Équipement en mars. Nous voulons obtenir trois engagements :
li|un calendrier de livraison public et actualisé chaque année ;
li|une part minimale de deux-pièces dans chaque nouvelle opération ;
li|une procédure accélérée pour les échanges d'appartements entre locataires, afin de libérer les logements devenus trop grands.
p|Si nous obtenons cela, nous aurons fait un vrai pas. Sinon, nous le dirons clairement lors du vote du budget rectificatif, au printemps.
h2|Le dialogue avec le gouvernement est-il tendu ?
p|Il est franc. Nous partageons le même objectif : que chaque Monégasque qui le souhaite puisse se loger dans son pays. Nous avons parfois des divergences sur le rythme et sur les priorités. C'est le rôle du Conseil national de rappeler que l'attente a un coût, humain avant tout.
issue-note|Cet entretien est paru dans Principauté Hebdo n°1412, en kiosque jusqu'au 18 février.
epaper|Feuilleter le numéro en ligne
tags|Mots-clés :
tags|Conseil national
tags|Logement
tags|Appartements domaniaux
tags|Jeunes
related|Sur le même sujet
related|Secteur protégé : le projet de loi enfin déposé
related|5 février 2026
related|Fontvieille : 180 logements domaniaux au programme de 2029
related|22 janvier 2026
related|Loyers : Monaco reste la ville la plus chère d'Europe
related|8 janvier 2026
comments|0 commentaire
comments|Laisser un commentaire
comments|Vous devez être connecté pour publier un commentaire.
newsletter|Recevez chaque jeudi l'essentiel de l'actualité monégasque
newsletter|Votre adresse e-mail
newsletter|Je m'inscris
epaper|Le numéro de la semaine
epaper|N°1412 - Logement : l'attente sans fin
epaper|S'abonner à partir de 7,50 € par mois
most-read|Les plus lus
most-read|Stade Louis-II : les travaux de rénovation prendront deux ans de plus
most-read|Carnaval : Monaco-Ville fermée à la circulation dimanche
most-read|Budget 2026 : ce que contient le compte rendu des débats
footer|Principauté Hebdo
footer|27, boulevard d'Italie - 98000 Monaco
footer|Tél. : +377 93 00 00 00
footer|Qui sommes-nous
footer|Publicité
footer|Abonnements
footer|Mentions légales
footer|CGV
footer|Contact
cookie|Nous utilisons des cookies pour mesurer l'audience et vous proposer des contenus adaptés.
cookie|Tout accepter
cookie|Tout refuser
cookie|Personnaliser
copyright|© 2026 Principauté Hebdo - Tous droits réservés - Reproduction interdite
"""),
 dict(id="monaco-hebdo-style-2", site="monaco-hebdo-style", lang="fr", sep="\n", title="Pendulaires : un parking relais de 1 100 places prévu à l'entrée ouest de Monaco d'ici 2028", date="2025-11-20", page="""
skip-link|Aller au contenu
timestamp|Jeudi 20 novembre 2025
weather|Monaco 13°C
newsletter|Newsletter
subscribe|S'abonner
account|Se connecter
ticker|FLASH
ticker|Rallye Monte-Carlo : le parcours 2026 dévoilé, départ de Monaco le 22 janvier
menu|Principauté Hebdo
menu|L'hebdomadaire indépendant de Monaco depuis 1998
menu|Actualités
menu|Politique
menu|Société
menu|Économie
menu|Culture
menu|Sport
menu|Dossiers
menu|Le magazine
search|Rechercher…
breadcrumb|Accueil > Actualités > Mobilité
section-label|Mobilité
h1|Pendulaires : un parking relais de 1 100 places prévu à l'entrée ouest de Monaco d'ici 2028
lead|Le gouvernement princier a présenté le projet d'un parking de dissuasion relié au centre par des navettes électriques. Objectif : retirer chaque jour plusieurs centaines de voitures des axes saturés de la Moyenne et de la Basse Corniche.
byline|Par Julien Ferrero
dateline|Publié le 20 novembre 2025 à 07h15
dateline|Mis à jour le 20 novembre 2025 à 16h40
reading-time|Temps de lecture : 4 min
share|Partager
share|Facebook
share|X
share|LinkedIn
share|E-mail
print|Imprimer
gallery|Voir le diaporama (6 photos)
caption|Le terrain retenu, à l'entrée ouest de la Principauté, accueillera un parking sur six niveaux. © Illustration Gouvernement princier / Direction de la Prospective
p|Chaque matin, ils sont plus de 45 000 à franchir la frontière pour venir travailler en Principauté. Et chaque matin, le même scénario se répète : bouchons sur la Moyenne Corniche, files d'attente à l'entrée des parkings publics, bus bondés à Cap-d'Ail. Pour desserrer l'étau, le gouvernement princier a présenté, mardi 18 novembre, le projet d'un parking relais de 1 100 places à l'entrée ouest du territoire.
p|L'équipement, construit en partie en sous-sol sur un terrain appartenant à l'État, sera relié au cœur de la Principauté par des navettes électriques toutes les cinq minutes aux heures de pointe. Les travaux doivent débuter à l'automne 2026, pour une mise en service espérée à la rentrée 2028.
h2|Un tarif pensé pour les salariés
p|Le stationnement sera couplé à un abonnement mensuel incluant les navettes et l'ensemble du réseau de bus. Son prix n'est pas encore arrêté, mais le département de l'Équipement évoque « un tarif nettement inférieur à celui d'une place dans un parking public du centre ».
p|« Nous voulons que le choix de laisser sa voiture à l'entrée soit le plus simple et le plus économique possible », a expliqué Marc-Antoine Rinaldi, directeur de la mobilité, lors de la présentation à la presse.
ad|Publicité
ad|Monte-Carlo Auto Prestige - Essayez la nouvelle gamme électrique - Prenez rendez-vous
section-label|EN CHIFFRES
li|1 100 places de stationnement, dont 80 pour les deux-roues motorisés
li|45 000 salariés pendulaires chaque jour ouvré
li|5 minutes entre deux navettes aux heures de pointe
li|140 millions d'euros, le coût estimé du projet
read-also|Lire aussi : Bus : une ligne express testée entre la gare et Fontvieille
h2|Les communes voisines attentives
p|Côté français, l'annonce a été accueillie avec intérêt, mais aussi avec une certaine prudence. Plusieurs maires des communes limitrophes craignent un report du trafic vers leurs routes d'accès, déjà saturées. « Si le parking est plein à 7 h 30, les voitures repartiront chez nous », résume un élu de Cap-d'Ail.
p|Le gouvernement assure qu'un système de réservation en ligne garantira une place aux abonnés, et que des discussions sont engagées avec la Région Sud pour renforcer la desserte ferroviaire entre Nice et Vintimille, notamment par des trains plus longs le matin.
video|Vidéo
video|La présentation du projet par le département de l'Équipement
video|02:58
h2|Des élus qui veulent aller plus loin
p|Au Conseil national, où la mobilité revient à chaque session budgétaire, l'annonce est saluée mais jugée tardive. Plusieurs élus réclament désormais un second parking relais côté est, pour les salariés qui arrivent d'Italie et de Menton.
p|Le projet doit encore faire l'objet d'une enquête publique au premier semestre 2026. Son financement sera inscrit au budget primitif de l'État, et le gouvernement n'exclut pas d'associer un opérateur privé à l'exploitation des navettes.
issue-note|Article paru dans Principauté Hebdo n°1401.
tags|Mots-clés :
tags|Mobilité
tags|Pendulaires
tags|Transports
tags|Conseil national
related|Sur le même sujet
related|Trains : la SNCF promet plus de places sur la ligne Nice-Vintimille
related|13 novembre 2025
related|Circulation : le tunnel descendant fermé trois nuits par semaine
related|30 octobre 2025
comments|2 commentaires
comments|Patrick M.
comments|20 novembre 2025 à 09h12
comments|Enfin ! Cela fait vingt ans qu'on attend ça. Reste à savoir si les navettes seront vraiment à l'heure.
comments|Répondre
comments|Isabelle R.
comments|20 novembre 2025 à 11h47
comments|Et pour ceux qui viennent de l'est, rien ?
comments|Répondre
comments|Laisser un commentaire
newsletter|Recevez chaque jeudi l'essentiel de l'actualité monégasque
newsletter|Votre adresse e-mail
newsletter|Je m'inscris
epaper|Le numéro de la semaine
epaper|N°1401 - Mobilité : le casse-tête des pendulaires
epaper|S'abonner à partir de 7,50 € par mois
most-read|Les plus lus
most-read|Fête nationale : le programme complet du 19 novembre
most-read|Grimaldi Forum : la saison 2026 dévoilée
most-read|AS Monaco : trois absents pour la réception de Lens
footer|Principauté Hebdo
footer|27, boulevard d'Italie - 98000 Monaco
footer|Tél. : +377 93 00 00 00
footer|Qui sommes-nous
footer|Publicité
footer|Abonnements
footer|Mentions légales
footer|CGV
footer|Contact
cookie|Nous utilisons des cookies pour mesurer l'audience et vous proposer des contenus adaptés.
cookie|Tout accepter
cookie|Tout refuser
cookie|Personnaliser
copyright|© 2025 Principauté Hebdo - Tous droits réservés - Reproduction interdite
"""),
 dict(id="le-quotidien-jurassien-style-1", site="le-quotidien-jurassien-style", lang="fr", sep="\n", title="Moutier : deux semaines après le passage au Jura, les guichets ne désemplissent pas", date="2026-01-16", page="""
skip-link|Aller au contenu principal
top-bar|Abonnements
epaper|E-paper
obituary|Avis mortuaires
classifieds|Petites annonces
account|Se connecter
weather|Delémont -2°
menu|Le Franc-Jurassien
menu|Le quotidien de l'Arc jurassien
menu|Jura
menu|Jura bernois
menu|Moutier
menu|Suisse
menu|Monde
menu|Sports
menu|HC Ajoie
menu|Culture
menu|Opinions
menu|Agenda
search|Rechercher
breadcrumb|Accueil / Jura / Moutier
section-label|Moutier
paywall|Abonnés
h1|Moutier : deux semaines après le passage au Jura, les guichets ne désemplissent pas
lead|Plaques d'immatriculation, impôts, registre du commerce : depuis le 5 janvier, les Prévôtois affluent au guichet unique ouvert par le Canton en ville. L'administration jurassienne promet d'absorber la vague d'ici au printemps.
byline|Thomas Willemin
dateline|16.01.2026, 05:30
dateline|Mis à jour le 16.01.2026 à 08:47
listen|Écouter l'article
listen|Voix générée par IA · 4 min
share|Partager
share|WhatsApp
share|Facebook
share|E-mail
share|Copier le lien
caption|Une file d'attente s'est formée dès l'ouverture, jeudi matin, devant le guichet de la rue Centrale.
credit|PHOTO LFJ / DANIÈLE MONNIN
p|Il est à peine 8 heures, ce jeudi matin, et une dizaine de personnes patientent déjà devant la porte vitrée du guichet unique installé par le Canton du Jura à la rue Centrale, à Moutier. Depuis l'ouverture, le 5 janvier, près de 2300 visiteurs y ont été reçus, selon les chiffres communiqués par la Chancellerie d'État.
p|« On vient surtout pour les plaques de voiture et pour comprendre ce qui change avec les impôts », explique Josiane, retraitée, un classeur sous le bras. « Il y a beaucoup de papiers, mais les gens sont gentils. On sent qu'ils ont été préparés. »
h2|Plaques JU jusqu'à fin juin
p|Première préoccupation des Prévôtois : les plaques d'immatriculation. Les quelque 5200 véhicules immatriculés à Moutier doivent passer des plaques BE aux plaques JU. L'Office des véhicules a fixé un délai au 30 juin et ouvert des créneaux spéciaux le samedi matin. « Nous avons déjà remis plus de 900 jeux de plaques, sans file d'attente interminable », indique son chef, Pascal Joliat.
p|Les questions fiscales arrivent juste derrière. Les contribuables de Moutier rempliront cette année encore leur déclaration 2025 selon le droit bernois, mais les acomptes 2026 sont désormais calculés selon le barème jurassien. Pour beaucoup de ménages, la différence est modeste ; pour d'autres, elle demande quelques explications.
ad|Publicité
ad|Garage des Rangiers - Changement de plaques ? On s'occupe de tout. Delémont - Moutier
read-also|À lire aussi : Moutier a fêté son entrée dans le canton sous la neige
h2|Des renforts venus de Delémont
p|Pour faire face, le Canton a détaché une quinzaine de collaborateurs de Delémont et de Porrentruy, épaulés par d'anciens employés de l'administration bernoise qui ont choisi de rejoindre la fonction publique jurassienne. « Leur connaissance du terrain est précieuse. Ils connaissent les familles, les rues, les habitudes », souligne-t-on à la Chancellerie.
p|Du côté de la Municipalité, on se dit « plutôt soulagé ». « Nous nous attendions à des files plus longues. Les premiers jours ont été chargés, mais tout se passe dans le calme », observe le conseiller municipal Yann Schaller, chargé de la transition.
p|Quelques couacs sont toutefois signalés. Des habitants ont reçu des courriers adressés à la fois par Berne et par Delémont, et certaines entreprises attendent encore la confirmation de leur nouvelle inscription au registre du commerce. La Chancellerie assure que ces cas seront réglés « d'ici à la fin du mois ».
h2|Horaires élargis en février
p|Le guichet unique reste ouvert du lundi au vendredi de 8 h à 18 h, ainsi que le samedi de 8 h à 12 h jusqu'à fin février. Un numéro gratuit et un formulaire en ligne permettent aussi de poser ses questions sans se déplacer.
p|Le Gouvernement jurassien tirera un premier bilan de l'intégration de Moutier lors d'une conférence de presse prévue au début du mois de mars.
signature|TWI
feedback|Vous avez repéré une erreur ? Signalez-la à la rédaction
tags|Moutier
tags|Question jurassienne
tags|Administration
whatsapp|Le Franc-Jurassien sur WhatsApp : recevez l'essentiel de la région chaque soir
whatsapp|Rejoindre la chaîne
comments|Commentaires (3)
comments|Les commentaires sont réservés aux abonnés. Connectez-vous pour réagir.
related|Dans la même rubrique
related|Moutier : le drapeau jurassien hissé sur l'Hôtel de Ville
related|01.01.2026
related|Gare de Moutier : les CFF modernisent les quais d'ici 2027
related|12.01.2026
related|Écoles : la rentrée de février se fera selon le plan d'études jurassien
related|14.01.2026
most-read|Les plus lus
most-read|1
most-read|HC Ajoie : Raffainer prolonge jusqu'en 2028
most-read|2
most-read|Neige : la route des Rangiers fermée une partie de la nuit
most-read|3
most-read|Saignelégier : le Marché-Concours présente son affiche 2026
obituary|Avis mortuaires
obituary|Marie-Thérèse Froidevaux, Le Noirmont
obituary|Jean-Pierre Gigandet, Courrendlin
obituary|Lucienne Hulmann, Porrentruy
obituary|Voir tous les avis
event|Agenda
event|Ven 16.01 - Delémont - Concert de l'Orchestre du Jura, Salle Saint-Georges
event|Sam 17.01 - Moutier - Marché de l'an neuf, place de l'Hôtel-de-Ville
footer|Le Franc-Jurassien
footer|Route de Courroux 6, 2800 Delémont
footer|Rédaction : 032 000 00 00
footer|Impressum
footer|Conditions générales
footer|Protection des données
footer|Annoncer
footer|Emplois
footer|Éditions de l'Arc SA
cookie|Paramètres des cookies
copyright|© 2026 Le Franc-Jurassien. Tous droits réservés.
"""),
 dict(id="le-quotidien-jurassien-style-2", site="le-quotidien-jurassien-style", lang="fr", sep="\n", title="Horlogerie : une entreprise de Porrentruy prolonge le chômage partiel malgré l'accord douanier", date="2026-02-24", page="""
skip-link|Aller au contenu principal
top-bar|Abonnements
epaper|E-paper
obituary|Avis mortuaires
classifieds|Petites annonces
account|Se connecter
weather|Porrentruy 5°
menu|Le Franc-Jurassien
menu|Le quotidien de l'Arc jurassien
menu|Jura · Jura bernois · Moutier · Suisse · Monde · Sports · HC Ajoie · Culture · Opinions · Agenda
search|Rechercher
breadcrumb|Accueil / Jura / Économie
section-label|Ajoie
paywall|Abonnés
h1|Horlogerie : une entreprise de Porrentruy prolonge le chômage partiel malgré l'accord douanier
lead|Le fabricant de boîtiers de montres Bolliger Boîtes SA maintient ses 140 employés en réduction d'horaire de travail jusqu'à l'été. La baisse des droits de douane américains n'a pas encore ranimé les commandes.
byline|Romain Lachat
dateline|24.02.2026, 06:00
listen|Écouter l'article
listen|Voix générée par IA · 5 min
share|Partager
share|WhatsApp
share|Facebook
share|E-mail
share|Copier le lien
caption|Dans les ateliers de Porrentruy, plusieurs postes de polissage tournent au ralenti depuis l'automne.
credit|ARCHIVES LFJ / ROGER MEIER
p|L'annonce est tombée lundi, lors d'une séance d'information au personnel. Bolliger Boîtes SA, sous-traitant horloger installé depuis 1962 dans la zone industrielle de Porrentruy, prolonge jusqu'au 30 juin la réduction d'horaire de travail (RHT) introduite en octobre dernier. Ses 140 collaborateurs continueront de travailler à 70 %, avec une compensation de l'assurance chômage.
p|« Nous espérions pouvoir revenir à un horaire normal au printemps. Ce ne sera pas le cas », reconnaît son directeur, Laurent Crelier. « L'accord douanier conclu avec Washington a enlevé une grosse incertitude, mais nos clients, les marques, ont encore des stocks importants. Ils ne recommandent pas. »
h2|Un effet retard
p|Les exportations horlogères suisses vers les États-Unis avaient chuté à l'automne, après l'entrée en vigueur de droits de douane de 39 %. Leur abaissement à 15 %, appliqué depuis décembre, a soulagé la branche. Mais pour les sous-traitants, qui travaillent avec plusieurs mois d'avance, l'effet se fait attendre.
p|« Les marques ont d'abord écoulé ce qu'elles avaient produit en anticipation. Les fournisseurs de boîtes, de cadrans ou d'aiguilles sont les derniers à voir revenir les commandes », explique l'économiste Nadia Froté, de la Chambre de commerce et d'industrie du Jura.
ad|Publicité
ad|Banque Cantonale de l'Arc - Votre partenaire PME dans le Jura depuis 1979
section-label|REPÈRES
li|140 collaborateurs concernés à Porrentruy
li|Horaire réduit à 70 % depuis octobre 2025
li|Prolongation de la RHT jusqu'au 30 juin 2026
li|Environ 12 % des emplois jurassiens dépendent de l'horlogerie
read-also|À lire aussi : Droits de douane : le Jura demande un fonds de soutien pour les sous-traitants
h2|Pas de licenciements annoncés
p|La direction assure qu'aucun licenciement n'est prévu à ce stade. Elle profite de la période creuse pour former une partie du personnel à une nouvelle ligne d'usinage, financée en partie par le programme cantonal de soutien à l'innovation.
p|Côté syndical, on salue la décision de maintenir les emplois, tout en restant vigilant. « La RHT permet de passer le cap, mais elle a une fin. Si les commandes ne reviennent pas d'ici à l'été, la question des postes se posera », prévient Mathieu Sanglard, secrétaire syndical à Delémont.
h2|D'autres entreprises dans la même situation
p|Bolliger Boîtes n'est pas un cas isolé. Selon le Service de l'économie et de l'emploi, 38 entreprises jurassiennes recouraient encore au chômage partiel à fin janvier, contre 51 en novembre. La plupart sont actives dans l'horlogerie et la microtechnique.
p|Le ministre de l'Économie a reçu vendredi une délégation de sous-traitants ajoulots. Le Gouvernement doit se prononcer d'ici à la fin du mois de mars sur un éventuel soutien complémentaire aux entreprises qui investissent pendant la crise.
signature|RLA, avec ATS
feedback|Vous avez repéré une erreur ? Signalez-la à la rédaction
tags|Horlogerie
tags|Ajoie
tags|Emploi
tags|Droits de douane
poll|Votre avis
poll|Le Canton doit-il aider davantage les sous-traitants horlogers ?
poll|Oui
poll|Non
poll|Je ne sais pas
poll|412 votes
whatsapp|Le Franc-Jurassien sur WhatsApp : recevez l'essentiel de la région chaque soir
whatsapp|Rejoindre la chaîne
comments|Commentaires (7)
comments|Les commentaires sont réservés aux abonnés. Connectez-vous pour réagir.
related|Dans la même rubrique
related|Fontenais : une start-up de microtechnique lève 4 millions
related|20.02.2026
related|Chômage : le taux jurassien repasse au-dessus de 4 %
related|10.02.2026
most-read|Les plus lus
most-read|1
most-read|HC Ajoie : une victoire aux tirs au but qui fait du bien
most-read|2
most-read|Delémont : le chantier de la gare prend du retard
most-read|3
most-read|Carnaval du Jura : le programme de Bassecourt
obituary|Avis mortuaires
obituary|André Chapuis, Bonfol
obituary|Yvette Fleury, Alle
obituary|Voir tous les avis
jobs|Emplois
jobs|Polisseur/euse CFC à 100 % - Région Ajoie
jobs|Décolleteur/euse - Delémont
footer|Le Franc-Jurassien
footer|Route de Courroux 6, 2800 Delémont
footer|Rédaction : 032 000 00 00
footer|Impressum
footer|Conditions générales
footer|Protection des données
footer|Annoncer
footer|Emplois
footer|Éditions de l'Arc SA
cookie|Paramètres des cookies
copyright|© 2026 Le Franc-Jurassien. Tous droits réservés.
"""),
 dict(id="gibraltar-chronicle-style-1", site="gibraltar-chronicle-style", lang="en", sep="\n", title="Catalan Bay sea defence works to begin in April after winter storms", date="2026-02-17", page="""
skip-link|Skip to content
timestamp|Tuesday 17th February 2026
ticker|Frontier: Outbound 20 min · Inbound 5 min
weather|17°C Levanter
social|Facebook Instagram X YouTube
epaper|E-Edition
subscribe|Subscribe
menu|The Gibraltar Courier
menu|Est. 1804
menu|Home
menu|Local News
menu|Cross-Frontier
menu|Politics
menu|Business
menu|Sport
menu|Features
menu|Opinion
menu|Letters
menu|Obituaries
ad|Advertisement
ad|Rock Savings Bank - Fixed rate saver 4.1% AER - Terms apply
section-label|Local News
h1|Catalan Bay sea defence works to begin in April after winter storms
byline|by Samantha Ferrary
dateline|17th February 2026
share|Share
share|Facebook
share|X
share|WhatsApp
share|Email
caption|Waves break over the promenade at Catalan Bay during January's easterly storm.
credit|Photo by Johnny Bossino
p|Work to repair and strengthen the sea defences at Catalan Bay will begin in April, the Government said yesterday, after a series of winter storms left sections of the promenade cracked and parts of the beach stripped of sand.
p|The £4.2m project, which has been under discussion since storm damage in 2024, will see a new rock armour revetment installed along the northern end of the bay and the rebuilding of around 120 metres of sea wall below the village.
p|In a statement, a Government spokesman said the January storms had "brought forward the urgency" of the works. Engineers found voids under two sections of the wall, and the promenade near the slipway has been fenced off since early last month.
related-inline|Related Articles
related-inline|Eastern Beach closed after storm debris washes ashore
related-inline|Levanter brings ferry cancellations for second day
h2|Beach access during works
p|The works will be carried out in three phases to keep at least part of the beach open during the bathing season:
li|Phase one, from April to June, covers the northern revetment and the area around the slipway.
li|Phase two, from late September, will rebuild the damaged stretch of sea wall below the village.
li|Phase three, in early 2027, will see the promenade resurfaced and new lighting and railings installed.
p|Beach access points near the slipway will be closed during phase one, and heavy vehicles will reach the site through the Sir Herbert Miles Road entrance rather than through the village.
ad|Advertisement
ad|PlayRock Casino - New players get 50 free spins
disclaimer|18+ only. Please gamble responsibly. T&Cs apply.
h2|Residents welcome news
p|Residents of the village, many of whom have lived through repeated flooding of ground-floor properties in easterly gales, welcomed the announcement but asked for clear information on how long the works would last.
p|"Every winter we watch the sea come over and wonder which house is next," said Maria Olivero, whose family has lived at Catalan Bay for four generations. "We are glad something is finally happening. We just want to know we can still get to the beach with the grandchildren in the summer."
p|Fishermen who keep boats at the slipway will be offered temporary moorings at the Marina Bay pontoons while the first phase is under way.
p|The Opposition said the project was "long overdue" and called on the Government to publish the engineers' report on the condition of the wall in full.
p|A public information session will be held at the Catalan Bay community hall on Thursday 5th March at 6pm, where the contractor and Government engineers will answer questions.
tags|Tags: Catalan Bay, Environment, Infrastructure, Weather
comments|0 Comments
comments|Sort by Top
comments|Add a comment...
comments|Facebook Comments Plugin
newsletter|Get the Courier's morning briefing in your inbox
newsletter|Enter your email
newsletter|Subscribe
teaser-list|Latest News
teaser-list|Parliament to sit on Thursday to debate tobacco duty changes
teaser-list|2 hours ago
teaser-list|GHA extends evening clinics at Primary Care Centre
teaser-list|4 hours ago
teaser-list|Lincoln Red Imps sign Spanish midfielder on loan
teaser-list|6 hours ago
most-read|Most Popular
most-read|Frontier queues ease as new lanes open at Four Corners
most-read|Cruise season set to start with record March calls
most-read|Obituary: Ernest Victory, fisherman and storyteller
app|Download the Gibraltar Courier app
app|App Store · Google Play
footer|The Gibraltar Courier Ltd
footer|Unit 4, Watergardens, Gibraltar GX11 1AA
footer|Tel: +350 200 00000
footer|News desk: news@gibcourier.gi
footer|About Us · Advertise · Terms & Conditions · Privacy Policy · Contact
copyright|© 2026 The Gibraltar Courier. All rights reserved.
"""),
 dict(id="gibraltar-chronicle-style-2", site="gibraltar-chronicle-style", lang="en", sep="\n", title="Man jailed for 22 months after RHIB chase off Europa Point", date="2025-10-09", page="""
skip-link|Skip to content
timestamp|Thursday 9th October 2025
ticker|Frontier: Outbound 45 min · Inbound 10 min
weather|22°C Westerly
social|Facebook Instagram X YouTube
epaper|E-Edition
subscribe|Subscribe
breaking|BREAKING
breaking|Road closure on Winston Churchill Avenue after collision
menu|The Gibraltar Courier
menu|Est. 1804
menu|Home
menu|Local News
menu|Cross-Frontier
menu|Politics
menu|Business
menu|Sport
menu|Features
menu|Opinion
menu|Letters
menu|Obituaries
ad|Advertisement
ad|Sapphire Motors Gibraltar - 0% finance on selected models this October
section-label|Court
h1|Man jailed for 22 months after RHIB chase off Europa Point
byline|by Courier Reporter
dateline|9th October 2025
share|Share
share|Facebook
share|X
share|WhatsApp
share|Email
print|Print
credit|Pic: RGP
caption|The RHIB was recovered by the Marine Section and brought to the Royal Navy base.
p|A 31-year-old man from La Línea has been jailed for 22 months for his part in a high-speed chase in Gibraltar waters in which a powerful RHIB carrying tobacco and fuel cans narrowly missed a police launch off Europa Point.
p|Javier Ruiz Moreno appeared before the Stipendiary Magistrate at the Magistrates' Court on Wednesday, where he had earlier pleaded guilty to using a prohibited vessel, failing to stop when required by a police officer and being knowingly concerned in the importation of uncustomed goods.
h2|Lights off at night
p|The court heard that shortly after 2am on 14th August, officers of the Royal Gibraltar Police Marine Section spotted the 9-metre RHIB travelling without navigation lights south of Europa Point.
p|Crown Counsel Nadia Sheriff told the court that the vessel, powered by two 300-horsepower outboard engines, ignored repeated instructions to stop and made "sharp and dangerous manoeuvres" at speeds of more than 40 knots before turning towards the Spanish coast.
p|At one point, she said, the RHIB passed within a few metres of the police launch. Officers were able to intercept it some twenty minutes later with the help of an HM Customs vessel, after one of its engines failed.
p|On board were 84 master cases of cigarettes, with an estimated duty value of more than £90,000, and 18 jerrycans of petrol. A second man on board, a Moroccan national, is due to be sentenced next month.
read-also|Read more: Customs seize 200 cases of tobacco in Eastern Beach operation
ad|Advertisement
ad|Rock Insurance Services - Home, motor and marine cover - Call 200 00001
h2|'Young and foolish'
p|Defending, Christopher Finch said his client had been offered €1,000 to crew the vessel and had not been the owner of the RHIB or the goods. He was, counsel said, "young, in debt and foolish", and had a young daughter.
p|"He now understands that what he did put the lives of officers and of others at sea at serious risk," Mr Finch said.
p|Passing sentence, the Stipendiary Magistrate said the courts had repeatedly made clear that the use of RHIBs in Gibraltar waters would be met with immediate custodial sentences.
p|"These vessels are used precisely because they can outrun law enforcement. The danger to officers, to other boats and to swimmers is obvious," he said. "The message must be clear."
p|Ruiz Moreno was also ordered to forfeit the vessel, engines and goods. He will serve half of his sentence before being eligible for release.
tip|Got a story? Email news@gibcourier.gi or message us on WhatsApp.
tags|Tags: Court, RGP, HM Customs, Tobacco, RHIB
comments|0 Comments
comments|Sort by Top
comments|Add a comment...
comments|Facebook Comments Plugin
newsletter|Get the Courier's morning briefing in your inbox
newsletter|Enter your email
newsletter|Subscribe
teaser-list|Latest News
teaser-list|Government confirms new date for Eastside school opening
teaser-list|1 hour ago
teaser-list|Calpe Conference to focus on border fluidity
teaser-list|3 hours ago
teaser-list|Gibraltar Under-21s held to goalless draw in Andorra
teaser-list|5 hours ago
most-read|Most Popular
teaser-list|Man jailed for 22 months after RHIB chase off Europa Point
most-read|Tides of change: the last of the Rock's sail-makers
most-read|Letter: Parking at the hospital is a daily nightmare
app|Download the Gibraltar Courier app
app|App Store · Google Play
footer|The Gibraltar Courier Ltd
footer|Unit 4, Watergardens, Gibraltar GX11 1AA
footer|Tel: +350 200 00000
footer|News desk: news@gibcourier.gi
footer|About Us · Advertise · Terms & Conditions · Privacy Policy · Contact
copyright|© 2025 The Gibraltar Courier. All rights reserved.
"""),
 dict(id="jersey-evening-post-style-1", site="jersey-evening-post-style", lang="en", sep="\n", title="Planning committee refuses 38 homes on St Clement field after parish objections", date="2026-03-05", page="""
skip-link|Skip to main content
weather|Jersey 9°C Sunny intervals
ticker|Tides today: High water 07:14 (10.2m) · 19:38 (10.5m) · Low water 01:02 · 13:25
subscribe|Subscribe
account|Log in
epaper|E-Edition
menu|Island Evening Post
menu|News
menu|Jersey
menu|Politics
menu|Courts
menu|Business
menu|Sport
menu|Island Life
menu|Opinion
menu|Family Notices
menu|Puzzles
menu|Jobs
menu|Property
search|Search
section-label|News
paywall|Premium
h1|Planning committee refuses 38 homes on St Clement field after parish objections
lead|Developer's scheme for first-time buyers was turned down by five votes to two, with members citing traffic and the loss of agricultural land
byline|By Harry Le Cornu
byline|Senior Reporter
dateline|Published: Thursday 5 March 2026, 4:30pm
comments|Comments
share|Share
share|Facebook
share|X
share|WhatsApp
share|Email
caption|The field off Rue de Samarès where the homes would have been built
credit|Picture: Rob Currie (40123456)
p|A plan to build 38 homes for first-time buyers on a field in St Clement has been refused after more than 200 parishioners objected to the scheme.
p|Members of the Planning Committee voted by five votes to two against the application from La Rocque Developments, which had proposed a mix of two and three-bedroom houses and apartments on the 4.5-vergée site near Rue de Samarès.
p|The field was identified for affordable housing in the Bridging Island Plan, but members said the design, the density and the effect on the narrow lanes around the site went too far.
ad|Advertisement
h2|'Lanes cannot cope'
p|Speaking at the meeting at the Town Hall, committee chair Deputy Nicole Le Breton said she had "real sympathy" with young islanders trying to buy their first home, but that the scheme in its current form was "simply too much for this location".
p|"These lanes were never built for this volume of cars. Children walk to school along them with no pavement," she said. "I would like to see the developer come back with something smaller."
p|Several residents addressed the committee. One, Paul Vibert, who lives opposite the field, said he was not against new homes but feared the loss of one of the last open fields in that part of the parish.
p|"We keep hearing about food security, and then we pour concrete over good agricultural land," he said.
read-also|READ MORE: Affordable homes target 'will not be met', Housing Minister admits
h2|Developer 'disappointed'
p|La Rocque Developments said it was disappointed by the decision. Its director, Simon Renouf, told the meeting the homes would have been sold through the Affordable Housing Gateway at below market prices, with a third reserved for key workers.
p|"We have already reduced the scheme from 52 units. Every delay makes housing more expensive for the very people this island says it wants to keep," he said.
p|The two members who voted in favour said the island's housing shortage had to outweigh local concerns. "If we refuse every site that someone lives next to, we will never build anything," one said.
p|The applicant has 28 days to lodge an appeal, which would be heard by an independent planning inspector before a final decision by the Environment Minister.
h2|What happens next
li|The developer can appeal within 28 days of the decision notice.
li|An inspector would hold a public hearing, normally within three months.
li|The Minister makes the final decision after reading the inspector's report.
comments|Join the conversation
comments|14 comments
comments|Sort by: Newest
comments|Log in or register to comment. Comments are subject to our community guidelines.
subscribe|Enjoy unlimited access to island news for just £1 for your first month
subscribe|Subscribe now
subscribe|Already a subscriber? Log in
teaser-list|More from Jersey
teaser-list|Sea wall works to close Victoria Avenue lane for six weeks
teaser-list|2 hours ago
teaser-list|Honorary police appeal for witnesses after St Helier assault
teaser-list|3 hours ago
teaser-list|Liberation Day programme revealed with new evening concert
teaser-list|5 hours ago
most-read|Most Read
most-read|Airport runway to close overnight for resurfacing
most-read|Jersey Royal season set for early start
most-read|Former hotel site sold to island firm
obituary|Family Notices
obituary|Deaths: Le Sueur, Margaret Anne
obituary|Deaths: Pallot, Reginald John
obituary|View all notices
games|Puzzles: Crossword · Sudoku · Wordsearch
jobs|Jobs in Jersey
jobs|Senior Accountant - St Helier - Competitive
jobs|Care Assistant - St Saviour - £14.20 per hour
footer|Island Evening Post
footer|Five Oaks, St Saviour, Jersey, JE4 8XQ
footer|About us · Contact us · Advertise · Terms and conditions · Privacy notice · Cookie settings
disclaimer|We are committed to the Editors' Code of Practice. If you have a complaint, please contact the editor.
copyright|© 2026 Island Evening Post Ltd
"""),
 dict(id="jersey-evening-post-style-2", site="jersey-evening-post-style", lang="en", sep="\n", title="Jersey Royal growers count cost of wet spring as early exports fall", date="2026-04-21", page="""
skip-link|Skip to main content
weather|Jersey 13°C Light rain
ticker|Tides today: High water 09:51 (9.4m) · 22:16 (9.8m) · Low water 03:40 · 16:05
ticker|Sailings: St Malo 08:00 on time · Poole 07:30 delayed 40 min
subscribe|Subscribe
account|Log in
epaper|E-Edition
menu|Island Evening Post
menu|News
menu|Jersey
menu|Politics
menu|Courts
menu|Business
menu|Sport
menu|Island Life
menu|Opinion
menu|Family Notices
menu|Puzzles
menu|Jobs
menu|Property
search|Search
breadcrumb|Home / News / Business
section-label|Business
h1|Jersey Royal growers count cost of wet spring as early exports fall
lead|Heavy rain on the côtils has held back planting and digging, with the first fortnight's exports down by almost a third on last year
byline|By Chloé Amy
byline|Business Reporter
dateline|Published: Tuesday 21 April 2026, 5:45pm
dateline|Last updated: Tuesday 21 April 2026, 7:12pm
comments|Comments
share|Share
share|Facebook
share|X
share|WhatsApp
share|Email
section-label|Key points
li|Exports in the first two weeks of the season are down by about 30 per cent
li|Steep côtils have been too wet for tractors for much of March and April
li|Growers expect prices to rise in UK supermarkets as supply tightens
video|Watch: Digging the first Jersey Royals at Grouville
video|1:48
p|Jersey Royal growers say one of the wettest springs in recent memory has cut the first weeks of the season's exports by almost a third, as waterlogged fields and steep côtils have been too dangerous to work.
p|Figures shared with the Post show that around 1,900 tonnes of the potatoes were shipped to the UK in the first fortnight of April, compared with more than 2,700 tonnes in the same period last year.
p|Planting on many of the south-facing slopes, which traditionally produce the earliest crop, was delayed by up to three weeks after rain fell on 24 of the 31 days in March.
gallery|1 of 5
caption|Workers lift early potatoes by hand on a côtil above St Catherine
credit|Picture: David Ferguson (40127789)
h2|'The land just would not dry'
p|Trinity farmer Mark Le Gallais, whose family has grown Jersey Royals for four generations, said his team had lost more working days this spring than in any year he could remember.
p|"On the côtils you cannot take a chance. If the soil is wet, the tractor slides, and someone gets hurt," he said. "We planted late, we are digging late, and the first crop is smaller than we would like. The quality is very good, though. What we have is excellent."
p|Growers say the delay is felt most at the start of the season, when prices in UK supermarkets are at their highest and the island's potatoes have less competition from other new-season varieties.
ad|Advertisement
read-also|READ MORE: Farmers call for help with cost of seasonal workers' accommodation
h2|Prices expected to rise
p|Retail buyers have been told to expect smaller volumes until at least mid-May. A spokesperson for the island's largest grower said the later crop should catch up if the weather settled, but warned that a hot, dry May could bring its own problems.
p|The industry, which employs several hundred seasonal workers, has also been dealing with higher freight costs and a shortage of trailers on the Poole route during the early weeks.
p|The Economic Development Minister said the government was in regular contact with the industry and would look at whether the rural support scheme could help growers who had suffered significant losses.
p|"Jersey Royals are part of who we are as an island," she said. "A difficult start does not mean a difficult season, and I know growers will do everything they can to make up lost ground."
p|The season normally runs until the end of July, with around 28,000 tonnes exported in a typical year.
tags|Topics: Agriculture · Jersey Royals · Business · Weather
comments|Join the conversation
comments|3 comments
comments|Sort by: Newest
comments|Log in or register to comment. Comments are subject to our community guidelines.
subscribe|Enjoy unlimited access to island news for just £1 for your first month
subscribe|Subscribe now
subscribe|Already a subscriber? Log in
teaser-list|More from Business
teaser-list|Finance industry headcount reaches new high
teaser-list|1 hour ago
teaser-list|Retailer to close King Street store after 40 years
teaser-list|4 hours ago
teaser-list|Jersey Royals: supermarket prices up 15p a kilo
teaser-list|Yesterday
most-read|Most Read
most-read|Man charged after crash on La Route de St Aubin
most-read|New ferry timetable confirmed for summer
teaser-list|Jersey Royal growers count cost of wet spring as early exports fall
obituary|Family Notices
obituary|Deaths: Romeril, Peter Charles
obituary|In Memoriam: Le Quesne, Doris
obituary|View all notices
games|Puzzles: Crossword · Sudoku · Wordsearch
jobs|Jobs in Jersey
jobs|Farm Supervisor - Trinity - Seasonal
jobs|Compliance Officer - St Helier - £45,000
footer|Island Evening Post
footer|Five Oaks, St Saviour, Jersey, JE4 8XQ
footer|About us · Contact us · Advertise · Terms and conditions · Privacy notice · Cookie settings
disclaimer|We are committed to the Editors' Code of Practice. If you have a complaint, please contact the editor.
copyright|© 2026 Island Evening Post Ltd
"""),
]
