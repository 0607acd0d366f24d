# Round 48: eight pages on four more layouts (a French free national news site, a Congo-Brazzaville news portal,
# a Cypriot English-language daily, an Indian national daily with city editions), written blind: without looking at
# the classifier, its rules or the benchmark, measured once. Each line: "label|text". Invented text; no real article
# is copied.
ROUND48 = [
 dict(id="20-minutes-style-1", site="20-minutes-style", lang="fr", sep="\n", title="Grippe : l’épidémie recule, mais les urgences pédiatriques restent sous tension", date="2025-02-11", page="""
skip|Aller au contenu principal
skip|Aller à la navigation
cookie|Avec nos partenaires, nous traitons vos données pour les finalités suivantes : le fonctionnement du site, la mesure d’audience et web analytics, la personnalisation, la publicité et le ciblage, les publicités et contenus personnalisés, la mesure de performance des publicités et du contenu, le développement de produit, l’activation des fonctionnalités sociales.
cookie|Vous pouvez à tout moment modifier vos choix en cliquant sur « Paramétrer mes cookies » en bas de page.
cookie|Accepter & Fermer
cookie|Continuer sans accepter
cookie|Paramétrer
menu|20 Mètres
menu|Menu
menu|Rechercher
menu|Se connecter
menu|Actualité
menu|Sport
menu|Économie
menu|Planète
menu|Santé
menu|Culture
menu|High-Tech
menu|Arts & Stars
menu|Guide d’achat
menu|Jeux
menu|Paris
menu|Lyon
menu|Marseille
menu|Toulouse
menu|Bordeaux
menu|Lille
menu|Nantes
menu|Rennes
menu|Strasbourg
menu|Montpellier
menu|Nice
breaking|Alerte info : Le Premier ministre s’exprimera ce soir à 20 heures sur TF1
breadcrumb|Accueil
breadcrumb|Santé
breadcrumb|Grippe
section-label|ÉPIDÉMIE
h1|Grippe : l’épidémie recule, mais les urgences pédiatriques restent sous tension
lead|Selon le dernier bulletin de Santé publique France, le nombre de passages aux urgences pour syndrome grippal a baissé de 18 % en une semaine. Dans les hôpitaux, les services qui accueillent les enfants, eux, peinent encore à souffler
byline|Lucie Marchand
dateline|Publié le 11/02/25 à 06h45
dateline|Mis à jour le 11/02/25 à 10h12
listen|Écouter cet article
listen|00:00 / 04:31
save|Lire plus tard
share|Partager
share|Facebook
share|X
share|WhatsApp
share|E-mail
share|Copier le lien
caption|Une infirmière dans un service d’urgences pédiatriques, en janvier 2025 (illustration).
credit|L. Martin / SIPA
section-label|L’essentiel
li|Le nombre de passages aux urgences pour grippe a reculé de 18 % la semaine dernière, selon Santé publique France.
li|Toutes les régions de métropole restent toutefois en phase épidémique.
li|Chez les moins de 5 ans, la bronchiolite et la grippe continuent de remplir les services pédiatriques.
p|Le pic est passé, mais personne ne parle encore de fin d’épidémie. D’après le bulletin hebdomadaire publié mardi par Santé publique France, les passages aux urgences pour syndrome grippal ont diminué de 18 % entre le 3 et le 9 février, après six semaines de hausse continue.
p|« On observe une décrue nette chez les adultes, un peu plus lente chez les personnes âgées », résume un épidémiologiste de l’agence. Les consultations en médecine de ville suivent la même tendance : un peu moins de 600 cas pour 100 000 habitants, contre près de 750 la semaine précédente.
ad|Publicité
h2|Des lits toujours rares pour les enfants
p|Dans les services d’urgences pédiatriques, la baisse se fait beaucoup moins sentir. À Lille, à Toulouse ou à Créteil, les équipes décrivent des salles d’attente encore pleines en fin de journée et des délais de transfert vers les étages qui dépassent parfois dix heures.
p|« Nous avons eu jusqu’à quinze enfants en attente d’un lit la semaine dernière », raconte une pédiatre d’un grand CHU du Sud-Ouest, qui préfère rester anonyme. « La grippe recule, mais les bronchiolites tardives et les gastro-entérites prennent le relais. »
related|À lire aussi : Bronchiolite : faut-il faire vacciner son bébé avec le nouveau traitement préventif ?
p|Plusieurs hôpitaux ont maintenu leur plan blanc, qui permet de rappeler du personnel en congé et de déprogrammer certaines opérations. Le ministère de la Santé assure que la situation « fait l’objet d’un suivi quotidien » avec les agences régionales de santé.
h2|La vaccination reste possible
p|Les autorités sanitaires rappellent qu’il n’est pas trop tard pour se faire vacciner. La campagne a été prolongée jusqu’à la fin du mois de février pour les personnes à risque : plus de 65 ans, femmes enceintes, malades chroniques et soignants.
p|Les gestes barrières restent conseillés :
li|porter un masque en cas de symptômes ou au contact de personnes fragiles ;
li|se laver les mains régulièrement ;
li|aérer les pièces au moins dix minutes par jour.
p|Le prochain bulletin est attendu mardi 18 février. Les épidémiologistes s’attendent à ce que la plupart des régions repassent en phase « post-épidémique » d’ici à la fin du mois, au moment des vacances scolaires de la zone C.
whatsapp|Suivez toute l’actualité de 20 Mètres sur notre chaîne WhatsApp
google-news|Suivez-nous sur Google Actualités
tags|Santé
tags|Grippe
tags|Hôpital
tags|Enfants
tags|Épidémie
comments|0 commentaire
comments|Réagir
comments|20 Mètres vous invite à réagir dans le respect de la charte de modération.
ad|Publicité
sponsored|Contenu sponsorisé
sponsored|Cette astuce toute simple fait baisser votre facture de chauffage (Énergie Conseil)
sponsored|Les meilleures mutuelles seniors comparées en 2025 (ComparaSanté)
most-read|Les plus lus
most-read|1
most-read|Météo : un épisode de neige attendu jusqu’en plaine ce week-end
most-read|2
most-read|Loto : le gagnant de 17 millions d’euros ne s’est toujours pas manifesté
most-read|3
teaser-list|Grippe : l’épidémie recule, mais les urgences pédiatriques restent sous tension
most-read|4
most-read|Prix des carburants : le gazole repasse sous 1,70 euro le litre
teaser-list|Santé
teaser-list|Covid-19 : un nouveau variant surveillé, mais « pas d’inquiétude particulière »
teaser-list|Il y a 3 h
teaser-list|Sommeil : pourquoi les ados se couchent-ils de plus en plus tard ?
teaser-list|Il y a 5 h
teaser-list|Médicaments : la liste des pénuries s’allonge encore
teaser-list|Hier
games|Jouez à nos mots fléchés, sudoku et mots croisés gratuits
horoscope|Horoscope du jour
app|Téléchargez l’application 20 Mètres
app|Disponible sur l’App Store
app|Disponible sur Google Play
footer|20 Mètres
footer|Qui sommes-nous ?
footer|Nous contacter
footer|Mentions légales
footer|Conditions générales d’utilisation
footer|Charte de modération
footer|Données personnelles
footer|Paramétrer mes cookies
footer|Accessibilité : partiellement conforme
footer|Publicité
footer|Plan du site
copyright|© Copyright 20 Mètres – La fréquentation de 20 Mètres est certifiée par l’ACPM
"""),
 dict(id="20-minutes-style-2", site="20-minutes-style", lang="fr", sep="\n", title="Bordeaux : une boulangerie de quartier lance le pain « en attente » pour les plus modestes", date="2025-11-18", page="""
skip|Aller au contenu principal
skip|Aller à la navigation
cookie|Avec nos partenaires, nous traitons vos données pour les finalités suivantes : le fonctionnement du site, la mesure d’audience et web analytics, la personnalisation, la publicité et le ciblage, les publicités et contenus personnalisés, la mesure de performance des publicités et du contenu, le développement de produit, l’activation des fonctionnalités sociales.
cookie|Vous pouvez à tout moment modifier vos choix en cliquant sur « Paramétrer mes cookies » en bas de page.
cookie|Accepter & Fermer
cookie|Continuer sans accepter
cookie|Paramétrer
menu|20 Mètres
menu|Menu
menu|Rechercher
menu|Se connecter
menu|Actualité
menu|Sport
menu|Économie
menu|Planète
menu|Santé
menu|Culture
menu|High-Tech
menu|Arts & Stars
menu|Guide d’achat
menu|Jeux
menu|Paris
menu|Lyon
menu|Marseille
menu|Toulouse
menu|Bordeaux
menu|Lille
menu|Nantes
menu|Rennes
menu|Strasbourg
menu|Montpellier
menu|Nice
breadcrumb|Accueil
breadcrumb|Bordeaux
section-label|SOLIDARITÉ
h1|Bordeaux : une boulangerie de quartier lance le pain « en attente » pour les plus modestes
lead|Dans le quartier de la Bastide, les clients d’une boulangerie peuvent payer une baguette de plus, que le boulanger remettra gratuitement à quelqu’un qui en a besoin. En trois semaines, plus de 400 pains ont été offerts
byline|Thomas Garnier
dateline|Publié le 18/11/25 à 17h30
listen|Écouter cet article
listen|00:00 / 03:12
save|Lire plus tard
share|Partager
share|Facebook
share|X
share|WhatsApp
share|E-mail
share|Copier le lien
caption|Le tableau où sont notées les baguettes « en attente », derrière le comptoir de la boulangerie.
credit|T. Garnier / 20 Mètres
p|Derrière la caisse, une petite ardoise noire. À la craie, un chiffre : 37. C’est le nombre de baguettes déjà payées par des clients et qui attendent preneur. « Le matin, on est parfois à plus de cinquante, le soir ça redescend à zéro », sourit Karim, le boulanger, installé rive droite depuis huit ans.
p|L’idée lui est venue en discutant avec une cliente originaire de Naples, où la tradition du « caffè sospeso », le café payé d’avance pour un inconnu, existe depuis longtemps. « Je me suis dit que le pain, c’était encore plus simple. Tout le monde en achète. »
ad|Publicité
h2|« Pas de justificatif, pas de questions »
p|Le principe ne demande aucune démarche. Celui qui veut profiter d’une baguette n’a qu’à la demander au comptoir. « On ne demande rien, pas de justificatif, pas de questions. Les gens ont déjà assez de mal à pousser la porte », explique le boulanger.
p|Parmi les bénéficiaires, des étudiants, des retraités, quelques personnes à la rue, mais aussi des parents qui finissent le mois difficilement. « Une maman est venue avec ses deux enfants, elle m’a dit merci trois fois. Ça m’a marqué », confie une vendeuse.
related|Lire aussi : Inflation : à Bordeaux, l’épicerie solidaire du campus ne désemplit pas
p|Du côté des donateurs, l’engouement a surpris l’équipe. Certains habitués ajoutent un euro à chaque passage, d’autres règlent dix baguettes d’un coup. Une entreprise voisine a même proposé de financer un « panier en attente » chaque vendredi, avec des viennoiseries.
h2|D’autres commerces intéressés
p|L’initiative commence à faire des émules. Un primeur et une librairie du quartier réfléchissent à une formule semblable, et la mairie de quartier dit « suivre avec intérêt » l’expérience.
p|Le boulanger, lui, ne veut pas en faire une affaire. « Ce n’est pas de la charité, c’est du voisinage. Si ça peut durer tout l’hiver, ce sera déjà bien. »
whatsapp|Suivez toute l’actualité de 20 Mètres sur notre chaîne WhatsApp
google-news|Suivez-nous sur Google Actualités
newsletter|Newsletter Bordeaux
newsletter|Recevez chaque matin l’essentiel de l’actualité bordelaise.
newsletter|Votre adresse e-mail
newsletter|Je m’inscris
tags|Bordeaux
tags|Solidarité
tags|Commerce
tags|Société
comments|4 commentaires
comments|Réagir
comments|20 Mètres vous invite à réagir dans le respect de la charte de modération.
ad|Publicité
sponsored|Contenu sponsorisé
sponsored|Bordeaux : ces appartements neufs éligibles au prêt à taux zéro (Immo Neuf)
sponsored|Pourquoi tout le monde parle de ce matelas fabriqué en France (Dormir Mieux)
most-read|Les plus lus
most-read|1
most-read|Tempête : des rafales à 120 km/h attendues sur la côte atlantique
most-read|2
most-read|Girondins : le club présente son nouveau projet de centre de formation
most-read|3
most-read|Rocade bordelaise : un chantier de nuit jusqu’à la fin de l’année
teaser-list|Bordeaux
teaser-list|Tramway : la ligne D prolongée de deux stations au printemps
teaser-list|Il y a 2 h
teaser-list|Marché de Noël : les chalets s’installent place des Quinconces
teaser-list|Il y a 6 h
teaser-list|Un incendie se déclare dans un entrepôt à Bègles, pas de blessé
teaser-list|Hier
games|Jouez à nos mots fléchés, sudoku et mots croisés gratuits
horoscope|Horoscope du jour
app|Téléchargez l’application 20 Mètres
app|Disponible sur l’App Store
app|Disponible sur Google Play
footer|20 Mètres
footer|Qui sommes-nous ?
footer|Nous contacter
footer|Mentions légales
footer|Conditions générales d’utilisation
footer|Charte de modération
footer|Données personnelles
footer|Paramétrer mes cookies
footer|Accessibilité : partiellement conforme
footer|Publicité
footer|Plan du site
copyright|© Copyright 20 Mètres – La fréquentation de 20 Mètres est certifiée par l’ACPM
"""),
 dict(id="congo-brazza-style-1", site="congo-brazza-style", lang="fr", sep="\n\n", title="Brazzaville : la réhabilitation du marché Total entre dans sa phase finale", date="2025-06-07", page="""
timestamp|Samedi 07 Juin 2025
weather|Brazzaville 29°C Orageux
ticker|1 EUR = 655,957 FCFA | 1 USD = 578,40 FCFA | Pétrole Brent : 64,12 $
menu|Se connecter
menu|S’abonner
menu|CONGO BRAZZA INFO
menu|Le portail de l’information congolaise
menu|Accueil
menu|Politique
menu|Économie
menu|Société
menu|Santé
menu|Éducation
menu|Culture
menu|Sports
menu|Départements
menu|Afrique
menu|International
menu|Diaspora
menu|Nécrologie
menu|Annonces
ticker|À LA UNE
ticker|Assemblée nationale : ouverture de la session budgétaire le 15 juin • Kintélé : la 3e édition du salon de l’agriculture reportée • Diables Rouges : la liste des 23 joueurs dévoilée
ad|ESPACE PUBLICITAIRE – Contactez-nous : pub@congobrazzainfo.cg
breadcrumb|Accueil » Société » Brazzaville : la réhabilitation du marché Total entre dans sa phase finale
section-label|Société
h1|Brazzaville : la réhabilitation du marché Total entre dans sa phase finale
empty-label|Écrit par
byline|Alphonse Ngouabi-Mabiala
dateline|Samedi 07 Juin 2025 - 09:42
views|Lu 1 284 fois
font|Taille de police : A- A+
print|Imprimer
share|Envoyer à un ami
share|Partager sur Facebook
share|Partager sur WhatsApp
caption|Vue des nouveaux hangars du marché Total, à Bacongo / DR
lead|Démarrés il y a deux ans, les travaux de reconstruction du plus grand marché du sud de la capitale devraient être achevés à la fin du mois d’août, selon la mairie de Brazzaville. Les commerçants, installés depuis sur un site provisoire, attendent le retour avec impatience.
p|Au rond-point de Bacongo, les engins ont laissé place aux peintres et aux électriciens. Les six nouveaux hangars du marché Total, dotés de toitures métalliques et de caniveaux couverts, sont désormais debout. Il reste à poser les étals, à raccorder l’eau et à aménager le parking, a indiqué jeudi le directeur technique du chantier lors d’une visite de presse.
p|Le projet, financé conjointement par l’État et un partenaire bilatéral pour un montant d’environ 9 milliards de FCFA, prévoit près de 2 800 places pour les vendeurs, une chambre froide pour les produits de la pêche, un poste de santé et des toilettes publiques.
h2|Les commerçants entre espoir et inquiétude
p|Depuis la fermeture de l’ancien marché, la plupart des vendeuses se sont repliées sur un terrain voisin, le long de l’avenue Matsoua. « Quand il pleut, on patauge dans la boue et les clients ne viennent plus », témoigne Mama Philomène, vendeuse de manioc depuis près de trente ans.
p|Beaucoup redoutent cependant le montant des nouveaux loyers. « On nous a parlé de 15 000 FCFA par mois pour une table. Pour une femme qui vend des légumes, c’est beaucoup », s’inquiète une représentante de l’association des commerçants du marché.
ad|PUBLICITÉ
p|Interrogé sur ce point, le premier adjoint au maire a assuré que les tarifs seraient « fixés en concertation » avec les usagers et que les anciens occupants, recensés en 2023, seraient prioritaires dans l’attribution des places.
h2|Un chantier suivi de près
p|La réhabilitation du marché Total fait partie d’un programme plus large de modernisation des marchés domaniaux de Brazzaville, qui concerne également ceux de Ouenzé et de Moungali. Les autorités municipales espèrent ainsi améliorer l’hygiène et réduire les risques d’incendie, fréquents dans ces espaces.
p|La date exacte de l’inauguration n’a pas encore été communiquée.
signature|Alphonse Ngouabi-Mabiala
tags|Mots clés : Brazzaville, Bacongo, marché Total, commerce
nav|« Article précédent : Pointe-Noire : une opération de curage des caniveaux avant la saison des pluies
nav|Article suivant : Santé : la campagne de dépistage du diabète prolongée d’une semaine »
related|Articles similaires
related|Ouenzé : les commerçants du marché relogés sur un site temporaire
related|Mairie de Brazzaville : le budget 2025 adopté à l’unanimité
related|Marchés domaniaux : vers la fin des taxes informelles ?
comments|Ajouter un commentaire
comments|Votre adresse email ne sera pas publiée. Les champs obligatoires sont indiqués avec *
comments|Nom *
comments|Email *
comments|Commentaire
comments|Envoyer
most-read|Les plus lus
most-read|Bac 2025 : le calendrier des épreuves écrites publié
most-read|Diables Rouges : la liste des 23 joueurs dévoilée
most-read|Coupures d’électricité : la société d’énergie annonce un programme de délestage
obituary|NÉCROLOGIE
obituary|Les familles Mavoungou et Loubaki ont la profonde douleur d’annoncer le décès de leur père, grand-père et oncle, survenu le 2 juin 2025 à Brazzaville. La veillée mortuaire se tient au domicile familial à Mfilou.
obituary|Voir tous les avis
notices|ANNONCES
notices|Avis d’appel d’offres : fourniture de matériel informatique au profit du ministère de l’Enseignement technique
notices|Recrutement : une ONG internationale recherche un chargé de suivi-évaluation (Dolisie)
newsletter|Restez informé
newsletter|Abonnez-vous à notre lettre d’information quotidienne
newsletter|Votre e-mail
newsletter|S’abonner
social|Suivez-nous : Facebook | X | YouTube | TikTok
footer|Congo Brazza Info – Avenue Amilcar Cabral, Centre-ville, Brazzaville – République du Congo
footer|Tél. : +242 06 000 00 00 – redaction@congobrazzainfo.cg
footer|Qui sommes-nous | Contact | Publicité | Mentions légales
copyright|© 2025 Congo Brazza Info – Tous droits réservés. Toute reproduction interdite sans autorisation.
footer|Réalisation : Mbongui Digital
back-to-top|Haut de page
"""),
 dict(id="congo-brazza-style-2", site="congo-brazza-style", lang="fr", sep="\n\n", title="Pointe-Noire : 2 460 candidats au baccalauréat technique dès lundi", date="2025-07-12", page="""
timestamp|Samedi 12 Juillet 2025
weather|Brazzaville 27°C Nuageux
ticker|1 EUR = 655,957 FCFA | 1 USD = 561,90 FCFA | Pétrole Brent : 69,85 $
menu|Se connecter
menu|S’abonner
menu|CONGO BRAZZA INFO
menu|Le portail de l’information congolaise
menu|Accueil
menu|Politique
menu|Économie
menu|Société
menu|Santé
menu|Éducation
menu|Culture
menu|Sports
menu|Départements
menu|Afrique
menu|International
menu|Diaspora
menu|Nécrologie
menu|Annonces
ticker|À LA UNE
ticker|Fête de l’indépendance : le défilé aura lieu à Ouesso • Route Brazzaville-Kinkala : les travaux reprennent • CHU : grève suspendue après un accord sur les primes
ad|ESPACE PUBLICITAIRE – Contactez-nous : pub@congobrazzainfo.cg
breadcrumb|Accueil » Éducation » Pointe-Noire : 2 460 candidats au baccalauréat technique dès lundi
section-label|Éducation
h1|Pointe-Noire : 2 460 candidats au baccalauréat technique dès lundi
empty-label|Écrit par
byline|Prisca Makosso
byline|Correspondante à Pointe-Noire
dateline|Samedi 12 Juillet 2025 - 14:05
views|Lu 612 fois
font|Taille de police : A- A+
print|Imprimer
share|Envoyer à un ami
share|Partager sur Facebook
share|Partager sur WhatsApp
lead|Les épreuves écrites du baccalauréat de l’enseignement technique et professionnel débutent le 14 juillet dans le département. Six centres d’examen ont été retenus, contre cinq l’an dernier.
p|Ils sont 2 460 candidats, dont 1 037 filles, à composer à partir de lundi dans le Kouilou et à Pointe-Noire pour le baccalauréat technique, session de juillet 2025. Le chiffre est en légère hausse par rapport à l’an dernier, a précisé la direction départementale de l’Enseignement technique lors d’un point de presse vendredi.
p|Les séries les plus demandées restent la comptabilité et gestion, l’électrotechnique et le génie civil. Pour la première fois, une série consacrée aux métiers du pétrole et du gaz compte plus de deux cents inscrits.
caption|Des élèves du lycée technique de Pointe-Noire lors d’une séance de révision / Crédit photo : Prisca Makosso
h2|Les centres retenus
p|Les épreuves se dérouleront dans les établissements suivants :
li|le lycée technique industriel de Pointe-Noire ;
li|le lycée technique commercial de Tié-Tié ;
li|le collège d’enseignement technique de Loandjili ;
li|le lycée professionnel de Mongo-Mpoukou ;
li|le centre de formation aux métiers de Ngoyo ;
li|le lycée technique de Hinda, pour les candidats du Kouilou.
p|Le directeur départemental a appelé les candidats à se présenter au moins une heure avant le début des épreuves, munis de leur convocation et d’une pièce d’identité. « Les téléphones portables sont strictement interdits dans les salles. Toute fraude sera sanctionnée », a-t-il rappelé.
ad|PUBLICITÉ
p|Des parents d’élèves ont salué l’ajout d’un sixième centre, qui évitera à de nombreux candidats des quartiers nord de longs trajets en taxi. Ils regrettent en revanche que les sujets de travaux pratiques soient encore réalisés avec du matériel ancien dans certains ateliers.
p|Les résultats sont attendus dans la deuxième quinzaine d’août.
signature|Prisca Makosso
tags|Mots clés : Pointe-Noire, baccalauréat, enseignement technique, examens
nav|« Article précédent : Brazzaville : un atelier sur la sécurité routière aux abords des écoles
nav|Article suivant : Football : l’AS Otohô sacrée championne pour la huitième fois »
related|Articles similaires
related|BEPC 2025 : un taux de réussite national de 54 %
related|Enseignement technique : 300 nouveaux enseignants affectés à la rentrée
related|Bac général : les épreuves se sont achevées sans incident majeur
comments|2 commentaires
comments|Jean-Claude M. – 12 juillet 2025 à 15:20
comments|Bon courage à tous nos enfants. Que le meilleur gagne !
comments|Répondre
comments|Ntsiba – 12 juillet 2025 à 16:02
comments|Il faut aussi penser à ceux de Madingou qui viennent de loin.
comments|Répondre
comments|Ajouter un commentaire
comments|Votre adresse email ne sera pas publiée. Les champs obligatoires sont indiqués avec *
comments|Nom *
comments|Email *
comments|Commentaire
comments|Envoyer
most-read|Les plus lus
most-read|Fête de l’indépendance : le défilé aura lieu à Ouesso
most-read|Bac 2025 : les résultats du bac général publiés le 5 août
most-read|Brazzaville : un immeuble de quatre niveaux s’effondre à Talangaï
obituary|NÉCROLOGIE
obituary|La famille Okemba informe parents, amis et connaissances du décès de Madame Okemba née Ibara Joséphine, survenu le 8 juillet 2025 à Pointe-Noire. Le programme des obsèques sera communiqué ultérieurement.
obituary|Voir tous les avis
notices|ANNONCES
notices|Vente : parcelle de 400 m² à Mpita, titre foncier disponible
notices|Avis de perte : la carte grise du véhicule immatriculé 000-AB-4 a été perdue à Tié-Tié
newsletter|Restez informé
newsletter|Abonnez-vous à notre lettre d’information quotidienne
newsletter|Votre e-mail
newsletter|S’abonner
social|Suivez-nous : Facebook | X | YouTube | TikTok
footer|Congo Brazza Info – Avenue Amilcar Cabral, Centre-ville, Brazzaville – République du Congo
footer|Tél. : +242 06 000 00 00 – redaction@congobrazzainfo.cg
footer|Qui sommes-nous | Contact | Publicité | Mentions légales
copyright|© 2025 Congo Brazza Info – Tous droits réservés. Toute reproduction interdite sans autorisation.
footer|Réalisation : Mbongui Digital
back-to-top|Haut de page
"""),
 dict(id="cyprus-mail-style-1", site="cyprus-mail-style", lang="en", sep="\n\n", title="Limassol seafront road to close for three nights of resurfacing", date="2025-04-15", page="""
skip|Skip to content
timestamp|Tuesday, April 15, 2025
weather|Nicosia 24°C
weather|Limassol 21°C
menu|Subscribe
menu|Sign in
menu|e-Paper
menu|THE ISLAND HERALD
menu|Cyprus's Daily English Newspaper since 1947
menu|Cyprus
menu|Tourism
menu|Business
menu|World
menu|Opinion
menu|Our View
menu|Sport
menu|Life & Style
menu|Property
menu|Crime
menu|Turkish Cypriot
menu|Podcasts
menu|Search
breaking|BREAKING: Strong winds warning issued for Troodos and coastal areas until 6pm
section-label|Cyprus
h1|Limassol seafront road to close for three nights of resurfacing
byline|By Andreas Christou
dateline|April 15, 2025
share|Share
share|Facebook
share|X
share|WhatsApp
share|LinkedIn
share|Email
share|Print
caption|The Limassol seafront road near the Old Port (File photo)
credit|Christos Theodorides
p|A stretch of the Limassol seafront road will be closed to traffic for three consecutive nights from Thursday while the surface is relaid, the municipality announced on Tuesday.
p|The section between the Old Port roundabout and the junction with Anexartisias street will shut from 10pm to 6am on April 17, 18 and 19, with traffic diverted through the town centre.
ad|Advertisement
p|Municipal engineer Elena Stavrou said the work had been timed to avoid the Easter holiday weekend and the busiest hours for restaurants and bars along the promenade.
p|"We know this is a very popular area, especially in the evenings, so we have chosen the quietest hours of the week," she said. "If the weather allows, the work will be finished in three nights."
p|Police will be present at the main junctions to guide drivers. Buses on routes 30 and 31 will follow a temporary route via Gladstonos street and stops along the closed section will not be served.
related|Read more: Limassol traffic: council approves new parking plan for Old Port area
p|The pedestrian promenade and the cycle lane will remain open throughout, the municipality said, although some noise should be expected in nearby buildings.
p|Residents' association chairman Petros Georgiou welcomed the work, saying the road surface had deteriorated badly over the winter. "People have been complaining for months about potholes. It is good that it is finally being done," he said.
p|The municipality said further resurfacing on the eastern part of the seafront, towards the Enaerios area, is planned for the autumn.
google-news|Follow the Island Herald on Google News
related|Related Posts
related|Limassol marina parking charges to rise from May
related|Three hurt in multi-vehicle crash on Limassol-Paphos motorway
related|New pedestrian crossing lights installed on Makarios avenue
ad|Advertisement
comments|Comments
comments|Log in to comment. Comments are moderated and may take some time to appear.
comments|0 comments
most-read|Most Read
most-read|1 Teacher arrested over exam paper leak
most-read|2 Cyprus Airways adds new summer route to Lyon
most-read|3 Our View: The government's housing scheme is too little, too late
most-read|4 Tales from the Coffeeshop: Minister's spring cleaning
most-read|5 Nicosia bus lanes to be extended to Strovolos
newsletter|Sign up to our newsletter
newsletter|Get the day's top stories straight to your inbox
newsletter|Enter your email
newsletter|Subscribe
sponsored|Sponsored content
sponsored|How Cypriot businesses are cutting energy bills with rooftop solar
sponsored|Five reasons to visit the Akamas peninsula this spring
epaper|Read today's print edition
epaper|The Island Herald e-Paper – Available from 5am
footer|About us
footer|Contact us
footer|Advertise
footer|Terms and conditions
footer|Privacy policy
footer|Cookie settings
footer|Editorial code
footer|Complaints: Cyprus Media Ethics Committee
copyright|Copyright © 2025 The Island Herald. All rights reserved.
cookie|We use cookies to ensure that we give you the best experience on our website. If you continue to use this site we will assume that you are happy with it.
cookie|Ok
cookie|Privacy policy
"""),
 dict(id="cyprus-mail-style-2", site="cyprus-mail-style", lang="en", sep="\n\n", title="Paphos villages face water cuts as dam levels drop to 12 per cent", date="2025-08-22", page="""
skip|Skip to content
timestamp|Friday, August 22, 2025
weather|Nicosia 38°C
weather|Limassol 32°C
menu|Subscribe
menu|Sign in
menu|e-Paper
menu|THE ISLAND HERALD
menu|Cyprus's Daily English Newspaper since 1947
menu|Cyprus
menu|Tourism
menu|Business
menu|World
menu|Opinion
menu|Our View
menu|Sport
menu|Life & Style
menu|Property
menu|Crime
menu|Turkish Cypriot
menu|Podcasts
menu|Search
section-label|Cyprus
h1|Paphos villages face water cuts as dam levels drop to 12 per cent
lead|Water board says supply to 14 communities will be reduced to alternate days from September
byline|By Staff Reporter
dateline|August 22, 2025
share|Share
share|Facebook
share|X
share|WhatsApp
share|LinkedIn
share|Email
share|Print
listen|Listen to this article
listen|3 min
caption|The Asprokremmos dam near Paphos, pictured in July
credit|Photo: CNA
p|Fourteen villages in the Paphos district will receive water only on alternate days from September 1 as reserves in the area's dams continue to fall, the district water board announced on Friday.
p|According to figures from the water development department, the dams of Paphos district are currently holding about 12 per cent of their capacity, compared with 21 per cent at the same time last year.
p|The board said the cuts would mainly affect hill communities supplied from local boreholes and small reservoirs, which have been hit hardest by the dry winter and the prolonged heatwave.
ad|Advertisement
h2|Which communities are affected
p|The villages affected by the new schedule are:
li|Kathikas, Pano Arodes and Kato Arodes
li|Ineia and Drouseia
li|Polemi, Psathi and Kannaviou
li|Statos-Agios Fotios and Pano Panagia
li|Kritou Tera, Tera, Simou and Lasa
p|Residents have been asked to fill storage tanks on supply days and to avoid watering gardens and washing cars. The board warned that fines would be imposed on those found wasting water.
p|"The situation is difficult but manageable if everybody helps," a board official told the Island Herald. "We would rather introduce a schedule now than face empty taps in October."
h2|Desalination unit delayed
p|A mobile desalination unit promised for the Paphos coast earlier this summer has not yet been connected to the network. The agriculture ministry said on Thursday the unit is expected to start operating "within the coming weeks", once testing is completed.
p|Community leaders in the area said they had been warning of shortages since the spring. The mukhtar of one affected village said many elderly residents could not carry water from the public fountain and called for tanker deliveries.
p|Cyprus experienced one of its driest winters on record, with rainfall well below average across the island.
correction|Correction: An earlier version of this article stated that 16 villages were affected. The correct figure is 14.
google-news|Follow the Island Herald on Google News
related|Related Posts
related|Farmers demand compensation as drought hits potato yields
related|Cyprus dams: what the latest figures mean for households
related|Our View: We cannot keep waiting for rain
ad|Advertisement
comments|Comments
comments|Log in to comment. Comments are moderated and may take some time to appear.
comments|7 comments
most-read|Most Read
most-read|1 Heatwave: temperatures to reach 42C inland on Saturday
teaser-list|2 Paphos villages face water cuts as dam levels drop to 12 per cent
most-read|3 Larnaca airport sees record passenger numbers in July
most-read|4 Driver fined after speeding at 190km/h on Nicosia-Limassol motorway
most-read|5 Tales from the Coffeeshop: Summer in the presidential palace
newsletter|Sign up to our newsletter
newsletter|Get the day's top stories straight to your inbox
newsletter|Enter your email
newsletter|Subscribe
sponsored|Sponsored content
sponsored|Why more families are choosing private schools in Limassol
sponsored|Property market outlook: what buyers should know this autumn
epaper|Read today's print edition
epaper|The Island Herald e-Paper – Available from 5am
footer|About us
footer|Contact us
footer|Advertise
footer|Terms and conditions
footer|Privacy policy
footer|Cookie settings
footer|Editorial code
footer|Complaints: Cyprus Media Ethics Committee
copyright|Copyright © 2025 The Island Herald. All rights reserved.
cookie|We use cookies to ensure that we give you the best experience on our website. If you continue to use this site we will assume that you are happy with it.
cookie|Ok
cookie|Privacy policy
"""),
 dict(id="hindu-regional-style-1", site="hindu-regional-style", lang="en", sep="\n", title="Coconut farmers in Coimbatore protest delay in copra procurement", date="2025-09-03", page="""
skip|Skip to main content
menu|e-Paper
menu|Today's Paper
menu|Subscribe
menu|Login
menu|Free Trial
menu|Menu
menu|THE NATIONAL CHRONICLE
menu|India
menu|World
menu|Movies
menu|Sport
menu|Data
menu|Health
menu|Opinion
menu|Science
menu|Business
menu|Premium
menu|Entertainment
menu|Podcast
edition|Editions: Chennai | Coimbatore | Madurai | Tiruchi | Bengaluru | Hyderabad | Kochi | Thiruvananthapuram | Delhi | Mumbai | Kolkata
ticker|Trending: Cauvery water release | Assembly election 2026 | Monsoon update | Gold rate today | Asia Cup 2025
breadcrumb|News
breadcrumb|Cities
breadcrumb|Coimbatore
h1|Coconut farmers in Coimbatore protest delay in copra procurement
lead|Farmers say procurement centres opened three months behind schedule and the price offered does not cover production costs
byline|Special Correspondent
dateline|Updated - September 03, 2025 10:12 pm IST - COIMBATORE
share|Copy link
share|Email
share|Facebook
share|Twitter
share|Telegram
share|LinkedIn
share|WhatsApp
share|Reddit
save|READ LATER
print|PRINT
caption|Coconut farmers staging a demonstration in front of the Collectorate in Coimbatore on Wednesday. | Photo Credit: S. Siva Saravanan
p|Hundreds of coconut farmers from Pollachi, Anaimalai and Sulur staged a demonstration in front of the Collectorate here on Wednesday, demanding immediate procurement of milling copra at the Minimum Support Price (MSP) fixed by the Union government.
p|The farmers, led by the Tamil Nadu Coconut Growers' Federation, said procurement centres in the district were supposed to begin functioning in June but had opened only last week, by which time many small growers had already sold their produce to private traders at lower prices.
related|READ | Tamil Nadu seeks higher allocation for copra procurement under price support scheme
p|"The MSP for milling copra is ₹11,582 a quintal this season, but traders are paying us between ₹9,000 and ₹9,500. A farmer with five acres loses nearly ₹40,000 in a season," said federation secretary K. Palanisamy.
p|The farmers also alleged that the quantity procured from each grower had been capped, and that the moisture tests at the centres were being applied too strictly, leading to rejection of a large part of the copra brought in.
ad|Advertisement
h2|Demands
p|In a petition submitted to the District Collector, the farmers sought:
li|extension of the procurement period till December;
li|removal of the ceiling on quantity procured per farmer;
li|setting up of additional centres in Kinathukadavu and Anaimalai blocks;
li|payment within 15 days of procurement.
p|Officials of the Agricultural Marketing and Agri Business Department said about 1,800 tonnes of copra had been procured in the district so far and that a proposal to increase the target had been sent to the State government.
p|A senior official said the centres would work on Saturdays as well to clear the backlog. "We are also arranging additional drying yards so that the moisture content can be brought down before testing," the official said.
p|The farmers withdrew the protest after the Collector's personal assistant assured them that their demands would be taken up with the government.
dateline|Published - September 03, 2025 08:40 pm IST
share|Copy link
share|Email
share|Facebook
share|Twitter
share|Telegram
share|LinkedIn
share|WhatsApp
share|Reddit
tags|Related Topics
tags|Coimbatore
tags|agriculture
tags|farming, forestry & fisheries
tags|protest
tags|Tamil Nadu
teaser-list|Top News Today
teaser-list|Supreme Court seeks Centre's response on plea over NEET counselling delay
teaser-list|Heavy rain likely in 12 districts of Tamil Nadu, says IMD
teaser-list|Rupee ends 12 paise higher against U.S. dollar
teaser-list|Chennai Metro Rail: trial run on Poonamallee-Porur stretch next week
comments|Comments
comments|Comments have to be in English, and in full sentences. They cannot be abusive or personal. Please abide by our community guidelines for posting your comments.
comments|We have migrated to a new commenting platform. If you are already a registered user of The National Chronicle and logged in, you may continue to engage with our articles. If you do not have an account please register and login to post comments.
comments|Users can access their older comments by logging into their accounts on Vuukle.
back-to-top|BACK TO TOP
footer|Terms & conditions | Institutional Subscriber
newsletter|Subscribe to our daily newsletter
newsletter|Get the latest news and top stories from The National Chronicle in your inbox
newsletter|Sign Up
games|Crossword | Sudoku | Quiz
network|Group publications: Chronicle BusinessLine | Sportstar | Frontier | Chronicle Tamil | Young World
footer|About Us | Contact Us | Advertise With Us | Careers | Privacy Policy | Grievance Redressal | Archive | Sitemap
app|Download the app: Android | iOS
copyright|Copyright© 2025, NCP PUBLISHING PVT LTD. or its affiliated companies. All rights reserved.
"""),
 dict(id="hindu-regional-style-2", site="hindu-regional-style", lang="en", sep="\n", title="BBMP to install 500 smart water meters in Jayanagar pilot", date="2025-01-21", page="""
skip|Skip to main content
menu|e-Paper
menu|Today's Paper
menu|Subscribe
menu|Login
menu|Free Trial
menu|Menu
menu|THE NATIONAL CHRONICLE
menu|India
menu|World
menu|Movies
menu|Sport
menu|Data
menu|Health
menu|Opinion
menu|Science
menu|Business
menu|Premium
menu|Entertainment
menu|Podcast
edition|Editions: Chennai | Coimbatore | Madurai | Tiruchi | Bengaluru | Hyderabad | Kochi | Thiruvananthapuram | Delhi | Mumbai | Kolkata
ticker|Trending: Aero India 2025 | Union Budget 2025 | Maha Kumbh | Champions Trophy | Bengaluru traffic
breadcrumb|News
breadcrumb|Cities
breadcrumb|Bengaluru
h1|BBMP to install 500 smart water meters in Jayanagar pilot
lead|Residents will be able to track daily consumption on a mobile app; the project, if successful, will be extended to other wards by the end of the year
byline|Meera Raghunath
dateline|Updated - January 21, 2025 09:55 pm IST - BENGALURU
share|Copy link
share|Email
share|Facebook
share|Twitter
share|Telegram
share|LinkedIn
share|WhatsApp
share|Reddit
save|READ LATER
print|PRINT
caption|A water meter being installed in a house in Jayanagar on Tuesday. | Photo Credit: K. Murali Kumar
p|The Bruhat Bengaluru Mahanagara Palike (BBMP), together with the city's water supply board, will install 500 smart water meters in houses and apartment blocks in Jayanagar as part of a pilot project to curb leakages and encourage conservation.
p|The meters, which transmit readings every hour, will allow residents to track their daily consumption on a mobile application and receive alerts in case of unusually high usage, which often indicates a leak inside the premises.
listen|Listen to this article
listen|00:00 / 04:05
p|"Today, most households only come to know of a leak when they receive the monthly bill. With these meters, they will get an alert the same day," a senior engineer with the water supply board told The National Chronicle.
ad|Advertisement
paywall|Support quality journalism. Subscribe to The National Chronicle for unlimited access to news and analysis. Subscribe now
h2|Cost and timeline
p|The pilot is estimated to cost ₹1.8 crore and will be funded under the Smart City mission. Installation will begin in the first week of February and is expected to be completed by the end of March.
p|Residents will not have to pay for the meters during the pilot phase. The board has said the old mechanical meters will be removed and retained for comparison for six months.
related|ALSO READ | Bengaluru summer: water board plans tanker regulation as borewells dry up
p|Jayanagar was chosen, officials said, because the area has a relatively new distribution network and a large number of independent houses, which makes it easier to compare readings.
h2|Concerns over data
p|Some resident welfare associations have welcomed the move but raised questions about who will have access to the consumption data. "We want a clear assurance that the data will not be shared with private companies," said the secretary of a residents' forum in the area.
p|Officials said the data would be stored on government servers and used only for billing and planning. The results of the pilot will be reviewed by an expert committee before a decision is taken on extending the project to other wards.
dateline|Published - January 21, 2025 07:30 pm IST
share|Copy link
share|Email
share|Facebook
share|Twitter
share|Telegram
share|LinkedIn
share|WhatsApp
share|Reddit
tags|Related Topics
tags|Bangalore
tags|water supply
tags|municipal
tags|technology (general)
tags|Karnataka
teaser-list|Top News Today
teaser-list|Parliament's Budget session to begin on January 31 with President's address
teaser-list|Mysuru: leopard captured near Chamundi Hills after week-long operation
teaser-list|Karnataka Cabinet approves hike in bus fares by 15%
teaser-list|Sensex falls over 1,200 points amid global selloff
comments|Comments
comments|Comments have to be in English, and in full sentences. They cannot be abusive or personal. Please abide by our community guidelines for posting your comments.
comments|We have migrated to a new commenting platform. If you are already a registered user of The National Chronicle and logged in, you may continue to engage with our articles. If you do not have an account please register and login to post comments.
comments|Users can access their older comments by logging into their accounts on Vuukle.
back-to-top|BACK TO TOP
footer|Terms & conditions | Institutional Subscriber
newsletter|Subscribe to our daily newsletter
newsletter|Get the latest news and top stories from The National Chronicle in your inbox
newsletter|Sign Up
games|Crossword | Sudoku | Quiz
network|Group publications: Chronicle BusinessLine | Sportstar | Frontier | Chronicle Tamil | Young World
footer|About Us | Contact Us | Advertise With Us | Careers | Privacy Policy | Grievance Redressal | Archive | Sitemap
app|Download the app: Android | iOS
copyright|Copyright© 2025, NCP PUBLISHING PVT LTD. or its affiliated companies. All rights reserved.
"""),
]
