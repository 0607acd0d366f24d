# Round 129: eight pages on four more layouts (a Comorian state daily in French, a Saint-Pierre-et-Miquelon public
# broadcaster's news site in French, a Tongan news site in English, a Bermuda daily in English), written blind:
# without looking at the classifier, its rules or the benchmark, measured once. Each line: "label|text". Invented
# text and invented outlet names; no real article is copied.
ROUND129 = [
 dict(id="al-watwan-comores-style-1", site="al-watwan-comores-style", lang="fr", sep="\n", title="Riz ordinaire : le prix plafonné à 375 francs le kilo jusqu'à la fin du ramadan", date="2026-02-09", page="""
timestamp|Lundi 9 février 2026 — 21 Chaabane 1447
ticker|Moroni 29°C
ticker|Prières : Fajr 04h38 · Dhouhr 12h17 · Asr 15h41 · Maghrib 18h36 · Icha 19h49
ticker|1 € = 491,96 KMF · 1 $ = 418,20 KMF
social|Facebook · X · YouTube · WhatsApp
account|Connexion
subscribe|S'abonner
epaper|Édition du jour n°4987
menu|Al-Habari
menu|Quotidien national d'information
menu|Accueil
menu|Politique
menu|Économie
menu|Société
menu|Régions
menu|Culture
menu|Sports
menu|International
menu|Opinions
menu|Archives
search|Rechercher...
breaking|Flash : la session extraordinaire de l'Assemblée de l'Union s'ouvre mercredi
breadcrumb|Accueil / Économie
h1|Riz ordinaire : le prix plafonné à 375 francs le kilo jusqu'à la fin du ramadan
meta|Détails
section-label|Catégorie : Économie
dateline|Publié le : lundi 9 février 2026 09:14
views|Affichages : 1386
print|Imprimer
share|E-mail
lead|Le ministère de l'Économie a signé vendredi un arrêté qui fixe le prix de vente au détail du riz ordinaire à 375 francs comoriens le kilo sur les trois îles, à l'approche du mois sacré. Les commerçants qui ne respecteront pas ce tarif s'exposent à des sanctions.
byline|Par Nourdine Ahmed Soilihi
caption|Des sacs de riz dans un entrepôt du port de Moroni, la semaine dernière.
credit|© Al-Habari / A.M.
p|À dix jours du début du ramadan, le gouvernement a décidé de ne pas laisser le marché décider seul. L'arrêté signé vendredi par le ministre de l'Économie fixe à 375 francs le prix maximum du kilo de riz ordinaire vendu au détail, et à 17 500 francs celui du sac de 50 kilos, à Ngazidja, Ndzuwani et Mwali.
p|La mesure, qui entre en vigueur ce lundi, restera applicable « jusqu'à la fin du mois de ramadan et des festivités de l'Aïd », précise le texte. Elle concerne aussi bien les grossistes que les boutiques de quartier.
p|« Nous avons constaté ces dernières semaines des hausses que rien ne justifie. Le riz est arrivé, les stocks sont là, il n'y a aucune raison que le consommateur paie plus cher au moment où il en a le plus besoin », a déclaré le ministre lors d'une conférence de presse tenue samedi à Moroni.
h2|Des stocks pour trois mois
p|Selon l'Office national d'importation et de commercialisation du riz, deux navires ont déchargé au total 14 000 tonnes de riz aux ports de Moroni et de Mutsamudu depuis le début de l'année. De quoi couvrir, selon l'office, les besoins du pays jusqu'au mois de mai.
p|Son directeur général assure que la distribution vers les îles se fera « sans rupture ». Un lot de 2 500 tonnes doit être acheminé à Mwali avant la fin de la semaine, par le navire de la compagnie nationale et par boutre.
read-also|Lire aussi : Ramadan : les prix de la viande et du sucre sous surveillance à Mutsamudu
p|Sur les marchés de Volo-Volo et de Mutsamudu, plusieurs détaillants pratiquaient encore ce week-end des prix compris entre 400 et 450 francs le kilo. « Moi, j'ai acheté mon stock au grossiste à un prix déjà élevé. Si je vends à 375, je perds de l'argent », se plaint un boutiquier de Mdé, qui a requis l'anonymat.
h2|Des contrôles annoncés
p|La Direction générale de la concurrence promet des contrôles dès cette semaine. Les agents pourront dresser procès-verbal et, en cas de récidive, procéder à la saisie de la marchandise. Le ministère a également ouvert un numéro vert, le 1414, pour permettre aux consommateurs de signaler les abus.
p|L'arrêté impose par ailleurs aux commerçants :
li|d'afficher le prix du riz de manière visible dans leur boutique ;
li|de délivrer un reçu pour tout achat d'un sac entier ;
li|de ne pas limiter sans motif les quantités vendues à un même client ;
li|de tenir leurs factures d'achat à la disposition des contrôleurs.
ad|Publicité
ad|Telco Komor — Pass Internet 10 Go à 5 000 KMF. Composez *150#
p|Les associations de consommateurs saluent la décision, tout en restant prudentes. « Chaque année on annonce un prix plafond, et chaque année on trouve des boutiques qui ne le respectent pas à Mitsamihuli ou à Foumbouni. Ce qui compte, ce sont les contrôles dans les régions, pas seulement à Moroni », estime le président d'une fédération de consommateurs.
p|Le gouvernement indique qu'un dispositif similaire pourrait être étendu à la farine et à l'huile si les prix continuaient de grimper dans les prochaines semaines. Une réunion avec les importateurs est prévue jeudi au ministère.
signature|N.A.S.
tags|Mots-clés : riz, ramadan, prix, consommation, commerce
share|Partager : Facebook Twitter WhatsApp
nav|« Précédent
nav|Suivant »
related|Articles en relation
related|Hydrocarbures : baisse annoncée du prix du gasoil à la pompe
related|Port de Mutsamudu : le trafic de conteneurs en hausse de 9 % en 2025
related|Fiscalité : la déclaration des patentes ouverte jusqu'au 31 mars
comments|Ajouter un commentaire
comments|Nom (obligatoire)
comments|E-mail (obligatoire)
comments|Envoyer
most-read|Les plus lus
most-read|Ndzuwani : le gouverneur installe les nouveaux préfets
most-read|Football : les Cœlacanthes en stage à Mitsamihuli avant les éliminatoires
most-read|Examens nationaux : le calendrier 2026 enfin publié
teaser-list|Dernières nouvelles
teaser-list|Santé : campagne de vaccination contre la rougeole à Mwali
teaser-list|09/02/2026
teaser-list|Diplomatie : le ministre des Affaires étrangères reçu à Addis-Abeba
teaser-list|08/02/2026
teaser-list|Culture : le festival de twarab de Mutsamudu reporté après l'Aïd
teaser-list|07/02/2026
epaper|Le journal en PDF
epaper|Abonnez-vous à l'édition numérique : 3 000 KMF par mois
footer|Al-Habari — Quotidien national d'information
footer|Coulée de lave, Moroni — B.P. 984 — Tél. : +269 773 00 00
footer|Qui sommes-nous · Publicité · Abonnements · Contact
copyright|© 2026 Al-Habari. Tous droits réservés.
back-to-top|Retour en haut
"""),
 dict(id="al-watwan-comores-style-2", site="al-watwan-comores-style", lang="fr", sep="\n", title="Mwali : la route Fomboni-Nioumachoi rouverte après huit mois de travaux", date="2026-04-14", page="""
timestamp|Mardi 14 avril 2026 — 26 Chawwal 1447
ticker|Moroni 28°C
ticker|Prières : Fajr 04h49 · Dhouhr 12h05 · Asr 15h22 · Maghrib 18h04 · Icha 19h15
ticker|1 € = 491,96 KMF · 1 $ = 421,05 KMF
social|Facebook · X · YouTube · WhatsApp
account|Connexion
subscribe|S'abonner
epaper|Édition du jour n°5031
menu|Al-Habari
menu|Quotidien national d'information
menu|Accueil
menu|Politique
menu|Économie
menu|Société
menu|Régions
menu|Culture
menu|Sports
menu|International
menu|Opinions
menu|Archives
search|Rechercher...
breadcrumb|Accueil / Régions / Mwali
h1|Mwali : la route Fomboni-Nioumachoi rouverte après huit mois de travaux
meta|Détails
section-label|Catégorie : Régions
meta|Publié le :
dateline|mardi 14 avril 2026 08:31
views|Affichages : 742
print|Imprimer
share|E-mail
lead|Le tronçon de 23 kilomètres qui relie le chef-lieu au sud de l'île a été officiellement inauguré samedi. Les transporteurs saluent un gain de temps considérable mais demandent que l'entretien suive.
caption|Le gouverneur de Mwali coupe le ruban à l'entrée de Nioumachoi, samedi 11 avril.
credit|Photo : Gouvernorat de Mwali
p|Fomboni — Les habitants du sud de Mwali n'auront plus à emprunter des pistes défoncées pour rejoindre le chef-lieu. Le tronçon de 23 kilomètres reliant Fomboni à Nioumachoi a été officiellement rouvert à la circulation samedi, en présence du gouverneur de l'île et du ministre de l'Aménagement du territoire.
p|Les travaux, lancés en août dernier, ont porté sur la reprise complète de la chaussée, la construction de huit ouvrages de drainage et la pose de glissières de sécurité dans les virages de Djoiezi et de Wanani, réputés dangereux.
p|« Pendant des années, la saison des pluies coupait littéralement le sud de l'île. Des malades n'arrivaient pas à l'hôpital, des élèves manquaient l'école. Aujourd'hui, c'est fini », a lancé le gouverneur devant plusieurs centaines d'habitants réunis à l'entrée de Nioumachoi.
section-label|En chiffres
li|23 kilomètres de route entièrement refaits
li|8 ouvrages de drainage construits
li|4,1 milliards de francs comoriens investis
li|près de 180 ouvriers recrutés sur l'île
h2|Un chantier retardé par les pluies
p|Initialement prévue pour janvier, la livraison a été repoussée de près de trois mois en raison des fortes pluies du kashkazi, qui ont à plusieurs reprises emporté les remblais fraîchement posés. L'entreprise chargée du chantier a dû renforcer ses équipes et travailler de nuit sur certaines portions.
p|Financé par un prêt d'un fonds de développement arabe et par une contribution de l'État, le projet a coûté 4,1 milliards de francs comoriens. Le ministre a rappelé que la route s'inscrit dans un programme plus large de réhabilitation du réseau routier des trois îles, qui prévoit encore des chantiers à Ndzuwani, entre Domoni et Mrémani, et à Ngazidja, sur la route du Hambou.
read-also|À lire aussi : Ngazidja : les travaux de la route du Hambou démarrent en mai
h2|Les transporteurs satisfaits, mais vigilants
p|Pour les chauffeurs de taxi-brousse, le changement est immédiat. « Avant, il me fallait plus d'une heure pour faire Nioumachoi-Fomboni, et je changeais un pneu chaque mois. Ce matin, j'ai mis trente minutes », témoigne Saïd, qui assure la liaison depuis quinze ans.
p|Les transporteurs demandent toutefois que l'entretien suive. Ils réclament des ralentisseurs à la traversée des villages et l'interdiction des camions surchargés qui, selon eux, abîment rapidement la chaussée. Le gouvernorat promet un arrêté sur le tonnage dans les prochaines semaines.
ad|Publicité
ad|Banque de l'Océan — Crédit Habitat : devenez propriétaire à Mwali, Ndzuwani et Ngazidja
p|Les habitants espèrent que la route profitera aussi à l'économie du sud de l'île, notamment à la pêche et aux cultures de vanille et d'ylang-ylang, dont les producteurs peinaient jusqu'ici à acheminer leurs récoltes vers le port de Fomboni. « Le camion de la coopérative pourra enfin venir jusqu'au village pendant la saison des pluies », se réjouit une productrice de Ouallah.
p|Le ministre a indiqué qu'une brigade d'entretien routier serait installée à Fomboni d'ici la fin de l'année, avec un budget annuel dédié.
signature|Ahmed Ali Mbaé
signature|Correspondant à Mwali
tags|Mots-clés : Mwali, routes, infrastructures, Fomboni, Nioumachoi
share|Partager : Facebook Twitter WhatsApp
nav|« Précédent
nav|Suivant »
related|Articles en relation
related|Mwali : l'aéroport de Bandar Es Salam bientôt équipé pour les vols de nuit
related|Ndzuwani : la route Domoni-Mrémani attend toujours son financement
comments|2 commentaires
comments|Fahardine
comments|14/04/2026 10:02
comments|Enfin ! Mais qu'on n'oublie pas la route de Miringoni.
comments|Mariama S.
comments|14/04/2026 11:37
comments|Bravo aux ouvriers qui ont travaillé sous la pluie.
comments|Ajouter un commentaire
comments|Nom (obligatoire)
comments|E-mail (obligatoire)
comments|Envoyer
most-read|Les plus lus
most-read|Baccalauréat 2026 : les candidats libres devront s'inscrire avant le 30 avril
most-read|Ngazidja : coupure d'électricité prolongée dans le Mbadjini
most-read|Mwali : la route Fomboni-Nioumachoi rouverte après huit mois de travaux
teaser-list|Dernières nouvelles
teaser-list|Assemblée : le projet de loi sur la pêche adopté en commission
teaser-list|14/04/2026
teaser-list|Handball : les Comores qualifiées pour la phase finale régionale
teaser-list|13/04/2026
epaper|Le journal en PDF
epaper|Abonnez-vous à l'édition numérique : 3 000 KMF par mois
footer|Al-Habari — Quotidien national d'information
footer|Coulée de lave, Moroni — B.P. 984 — Tél. : +269 773 00 00
footer|Qui sommes-nous · Publicité · Abonnements · Contact
copyright|© 2026 Al-Habari. Tous droits réservés.
back-to-top|Retour en haut
"""),
 dict(id="spm-la-1ere-style-1", site="spm-la-1ere-style", lang="fr", sep="\n", title="Desserte maritime : le Borée immobilisé trois semaines pour son arrêt technique à Halifax", date="2026-01-20", page="""
skip-link|Aller au contenu principal
skip-link|Aller au menu
skip-link|Aller à la recherche
network|Outre-mer Première
menu|SPM Première
menu|Info
menu|Vidéos
menu|Direct TV
menu|Radio
menu|Programmes
menu|Replay
network|Choisir une autre Première
account|Se connecter
search|Rechercher
watch|EN DIRECT
watch|SPM Première TV · Le 12/13 du territoire
listen|Écouter la radio
ticker|Saint-Pierre -7°C · Vent nord-ouest 50 km/h, rafales 80 km/h
world-clock|Heure locale 10:12 · Paris 14:12
breadcrumb|Accueil
breadcrumb|Saint-Pierre et Miquelon
breadcrumb|Économie
breadcrumb|Transports
h1|Desserte maritime : le Borée immobilisé trois semaines pour son arrêt technique à Halifax
lead|Le navire mixte qui assure les liaisons avec Fortune, à Terre-Neuve, part ce mercredi pour son arrêt technique annuel. Pendant trois semaines, le fret et les passagers devront passer par des solutions de remplacement.
byline|Écrit par Anne-Laure Vigneau
dateline|Publié le 20 janvier 2026 à 10h12, mis à jour le 20 janvier 2026 à 15h48
reading-time|Temps de lecture : 3 min
share|Partager l'article sur les réseaux sociaux
share|Facebook
share|X (anciennement Twitter)
share|LinkedIn
share|E-mail
share|Copier le lien
caption|Le Borée à quai au port de Saint-Pierre, en décembre dernier.
credit|© Anne-Laure Vigneau / SPM Première
p|C'est un rendez-vous que les habitants de l'archipel connaissent bien, mais qui tombe cette année en plein cœur de l'hiver. Le Borée, le navire qui relie Saint-Pierre au port de Fortune, sur la péninsule de Burin, quittera l'archipel mercredi matin pour rejoindre un chantier naval de Halifax, en Nouvelle-Écosse. Il y restera jusqu'au 12 février.
p|Cet arrêt technique, obligatoire pour conserver les certificats de navigabilité, doit permettre de repeindre la coque, de réviser les deux moteurs principaux et de remplacer une partie des équipements de sécurité. « Nous avions repoussé certains travaux l'an dernier pour ne pas pénaliser la saison touristique. Cette fois, nous ne pouvions plus attendre », explique le chef du service des transports maritimes de la Collectivité territoriale.
video|Le reportage de Thomas Lebailly et Julien Haran
video|Lecture en cours
video|02:14
video|©SPM Première
h2|Un cargo affrété pour le fret
p|Pour éviter une rupture d'approvisionnement des commerces, la Collectivité a affrété un petit cargo canadien qui assurera deux rotations par semaine entre Halifax et Saint-Pierre. Les conteneurs de produits frais et de médicaments seront prioritaires, précise le service.
p|Les commerçants restent prudents. « En janvier, avec la météo qu'on a, une rotation annulée et ce sont les rayons de fruits et légumes qui sont vides pendant une semaine », rappelle la gérante d'une supérette de la rue Albert-Briand. Elle dit avoir augmenté ses commandes de produits secs pour « tenir en cas de coup de vent ».
embed-blocked|Ce contenu n'est pas disponible en raison de vos choix en matière de cookies.
embed-blocked|Pour afficher ce contenu Facebook, vous devez accepter les cookies de type Réseaux sociaux.
embed-blocked|Gérer mes choix
embed-blocked|Autoriser et afficher
p|Les passagers, eux, devront se tourner vers l'avion. La compagnie aérienne locale annonce deux vols supplémentaires par semaine vers Saint-Jean de Terre-Neuve pendant toute la durée de l'arrêt technique, à tarif inchangé.
p|Concrètement, pendant les trois semaines :
li|le fret est assuré par le cargo affrété, avec des départs de Halifax le mardi et le vendredi ;
li|aucune traversée passagers n'est assurée entre Saint-Pierre et Fortune ;
li|les réservations déjà effectuées sur le Borée sont remboursées automatiquement ;
li|la liaison avec Miquelon est maintenue selon les horaires d'hiver.
read-also|À lire aussi : Port de Saint-Pierre : les travaux du quai en eau profonde reportés à l'été
h2|Miquelon inquiète
p|À Miquelon, l'annonce a été accueillie avec une certaine inquiétude. Une partie des marchandises destinées à la commune transite en effet par Saint-Pierre avant d'être réexpédiée, et le moindre retard se répercute sur les commerces du village.
p|« On a l'habitude de s'adapter, mais on aimerait être prévenus plus tôt. On l'a appris à la radio », regrette un élu de la commune, qui demande que le calendrier des arrêts techniques soit désormais fixé en concertation avec les deux mairies.
p|La Collectivité assure que le Borée reprendra son service normal dès le vendredi 13 février, si la météo le permet. Une réunion publique sur l'avenir de la desserte maritime, et notamment le remplacement du navire à l'horizon 2030, doit se tenir au printemps.
tags|Saint-Pierre et Miquelon
tags|Transports
tags|Mer
tags|Économie
newsletter|Restez informé(e) de l'actualité de Saint-Pierre et Miquelon
newsletter|Recevez chaque jour une sélection d'articles de SPM Première
newsletter|Votre adresse e-mail
newsletter|Je m'abonne
newsletter|Vous pouvez vous désabonner à tout moment via le lien présent en bas de chaque newsletter. Pour en savoir plus, consultez notre charte de confidentialité.
teaser-list|L'actualité de Saint-Pierre et Miquelon
teaser-list|Hockey : les Caribous de Saint-Pierre s'imposent face à Marystown
teaser-list|il y a 2 h
teaser-list|Grand froid : les écoles de Miquelon fermées mardi
teaser-list|il y a 5 h
teaser-list|Conseil territorial : le budget primitif adopté à l'unanimité
teaser-list|hier à 18h40
teaser-list|À la une dans les Outre-mer
teaser-list|Guadeloupe
teaser-list|Sargasses : un nouvel arrêté pour les plages du Gosier
teaser-list|La Réunion
teaser-list|Alerte orange fortes pluies sur l'est de l'île
schedule|Ce soir sur SPM Première TV
schedule|19h00 Le journal du territoire
schedule|19h30 Météo
schedule|19h35 Pêcheurs d'Atlantique, documentaire
network|Les sites des Premières
network|Guadeloupe · Martinique · Guyane · La Réunion · Mayotte · Nouvelle-Calédonie · Polynésie · Wallis et Futuna · Saint-Pierre et Miquelon
footer|SPM Première
footer|Nous contacter
footer|Recrutement
footer|Mentions légales
footer|Charte de confidentialité
footer|Gestion des cookies
footer|Accessibilité : partiellement conforme
app|Téléchargez l'application Outre-mer Première
copyright|© Outre-mer Télévisions 2026
cookie|Vos choix concernant l'utilisation des cookies
cookie|Nous et nos partenaires utilisons des cookies pour mesurer l'audience, afficher des contenus issus des réseaux sociaux et vous proposer des publicités personnalisées.
cookie|Tout accepter
cookie|Tout refuser
cookie|Personnaliser
"""),
 dict(id="spm-la-1ere-style-2", site="spm-la-1ere-style", lang="fr", sep="\n", title="Crabe des neiges : un quota en hausse de 15 % pour la campagne 2026", date="2026-03-26", page="""
skip-link|Aller au contenu principal
skip-link|Aller au menu
skip-link|Aller à la recherche
network|Outre-mer Première
menu|SPM Première
menu|Info
menu|Vidéos
menu|Direct TV
menu|Radio
menu|Programmes
menu|Replay
network|Choisir une autre Première
account|Se connecter
search|Rechercher
watch|EN DIRECT
watch|Radio SPM Première · Le journal de 13h
listen|Écouter la radio
ticker|Saint-Pierre 1°C · Brouillard · Vent sud 20 km/h
world-clock|Heure locale 17:05 · Paris 21:05
breadcrumb|Accueil
breadcrumb|Saint-Pierre et Miquelon
breadcrumb|Économie
breadcrumb|Pêche
h1|Crabe des neiges : un quota en hausse de 15 % pour la campagne 2026
lead|Les pêcheurs de l'archipel pourront débarquer près de 690 tonnes de crabe des neiges cette saison. Une bonne nouvelle, tempérée par la chute des prix observée sur le marché nord-américain.
byline|Julien Haran avec Marine Girardin
dateline|Publié le 26 mars 2026 à 17h05
share|Partager l'article sur les réseaux sociaux
share|Facebook
share|X (anciennement Twitter)
share|LinkedIn
share|E-mail
share|Copier le lien
section-label|L'essentiel
li|Le quota de crabe des neiges est fixé à 688 tonnes, contre 598 tonnes l'an dernier.
li|La campagne ouvrira le 15 avril, si les glaces le permettent.
li|Les prix payés aux pêcheurs ont reculé d'environ 20 % depuis 2024.
caption|Des casiers à crabe entreposés sur le quai de la Roncière avant l'ouverture de la saison.
credit|© Marine Girardin / SPM Première
p|L'annonce était attendue depuis plusieurs semaines sur les quais. Le quota de crabe des neiges attribué aux pêcheurs de Saint-Pierre et Miquelon pour la campagne 2026 a été fixé à 688 tonnes, soit une hausse de 15 % par rapport à l'an dernier, a fait savoir jeudi la direction des territoires, de l'alimentation et de la mer.
p|Ce quota est établi dans le cadre des discussions annuelles avec le Canada, qui gère le stock voisin au large de Terre-Neuve. Les relevés scientifiques réalisés à l'automne ont montré une nette amélioration de l'abondance des mâles adultes, ceux qui peuvent être débarqués.
video|Le reportage de Julien Haran et Marine Girardin
video|01:58
video|©SPM Première
p|« Les chiffres sont bons, et ça fait plaisir après deux saisons compliquées. Les jeunes qui se sont installés vont pouvoir souffler un peu », se réjouit le président de l'association des pêcheurs professionnels de l'archipel, rencontré sur le port.
h2|Des prix en baisse
p|L'enthousiasme est toutefois tempéré par l'évolution des prix. Après des sommets en 2022, le prix du crabe des neiges a fortement reculé sur le marché nord-américain, principal débouché de la production de l'archipel. Les pêcheurs estiment avoir perdu près de 20 % de leur prix de vente depuis 2024.
p|« On va pêcher plus, mais on ne gagnera pas forcément plus. Le gazole, les appâts, l'assurance, tout a augmenté », résume un patron-pêcheur de Miquelon, qui arme un caseyeur de douze mètres avec deux matelots.
read-also|Lire aussi : Pêche : la filière réclame une aide pour le renouvellement de la flottille
p|Pour sécuriser les débouchés, la Collectivité territoriale travaille avec l'usine de transformation de Saint-Pierre sur un contrat d'achat à prix minimum. Les discussions doivent aboutir avant l'ouverture de la saison.
h2|Une ouverture sous surveillance
p|La campagne doit ouvrir le 15 avril. Mais comme chaque année, la date dépendra des conditions de glace dans la zone de pêche, où des plaques dérivantes ont encore été signalées cette semaine par les garde-côtes canadiens.
p|Les services de l'État rappellent les principales règles en vigueur :
li|seuls les crabes mâles d'une carapace de plus de 95 millimètres peuvent être conservés ;
li|les casiers doivent être équipés d'anneaux d'échappement ;
li|chaque débarquement est déclaré et pesé au port ;
li|la pêche est suspendue si le taux de crabes à carapace molle dépasse 20 %.
p|Dans l'archipel, une dizaine de navires devraient participer à la campagne, qui se prolonge généralement jusqu'à la fin du mois de juin.
listen|Écouter : l'invité du journal, le président de l'association des pêcheurs
listen|06:41
tags|Saint-Pierre et Miquelon
tags|Pêche
tags|Économie
tags|Environnement
newsletter|Restez informé(e) de l'actualité de Saint-Pierre et Miquelon
newsletter|Recevez chaque jour une sélection d'articles de SPM Première
newsletter|Votre adresse e-mail
newsletter|Je m'abonne
newsletter|Vous pouvez vous désabonner à tout moment via le lien présent en bas de chaque newsletter. Pour en savoir plus, consultez notre charte de confidentialité.
teaser-list|L'actualité de Saint-Pierre et Miquelon
teaser-list|Santé : un deuxième médecin généraliste s'installe à Miquelon
teaser-list|il y a 1 h
teaser-list|Langlade : la route fermée jusqu'à nouvel ordre après un éboulement
teaser-list|il y a 3 h
teaser-list|Crabe des neiges : un quota en hausse de 15 % pour la campagne 2026
teaser-list|il y a 4 min
teaser-list|À la une dans les Outre-mer
teaser-list|Mayotte
teaser-list|Eau : les coupures allégées dans le sud de l'île
teaser-list|Polynésie
teaser-list|Va'a : la sélection pour les championnats du monde dévoilée
schedule|Ce soir sur SPM Première TV
schedule|19h00 Le journal du territoire
schedule|19h30 Météo
schedule|19h35 Les Coulisses de la pêche, magazine
network|Les sites des Premières
network|Guadeloupe · Martinique · Guyane · La Réunion · Mayotte · Nouvelle-Calédonie · Polynésie · Wallis et Futuna · Saint-Pierre et Miquelon
footer|SPM Première
footer|Nous contacter
footer|Recrutement
footer|Mentions légales
footer|Charte de confidentialité
footer|Gestion des cookies
footer|Accessibilité : partiellement conforme
app|Téléchargez l'application Outre-mer Première
copyright|© Outre-mer Télévisions 2026
"""),
 dict(id="matangi-tonga-style-1", site="matangi-tonga-style", lang="en", sep="\n", title="Parliament passes T$812 million budget after three-day debate", date="2026-06-18", page="""
skip-link|Skip to main content
timestamp|Nuku'alofa, Thursday 18 June 2026
menu|Tala Tonga Online
menu|Independent news from the Kingdom of Tonga
menu|Home
menu|News
menu|Business
menu|Sports
menu|Lifestyle
menu|Pacific
menu|Editorial
menu|Magazine
menu|Contact
search|Search this site:
search|Search
ticker|Nuku'alofa 24°C Fine, light SE winds
ticker|T$1.00 = US$0.42 · NZ$0.71 · AU$0.65
ad|Advertisement
ad|Digicel Tonga · Get 10GB for T$20 · Dial *777#
h1|Parliament passes T$812 million budget after three-day debate
dateline|Posted: Thursday, June 18, 2026 - 17:32. Updated on Friday, June 19, 2026 - 9:05.
caption|The Minister of Finance presents the 2026-27 Budget Statement to the Legislative Assembly on 9 June.
credit|Photo: Tala Tonga Online
dateline|Nuku'alofa, Tonga
p|Tonga's Legislative Assembly this afternoon passed the Government's T$812.4 million budget for the 2026-27 financial year, after three days of debate in which Nobles and several People's Representatives questioned the rising cost of the public service.
p|The Appropriation Bill was approved with 17 votes in favour and 6 against, with three members absent. The budget takes effect on 1 July.
p|Presenting the budget last week, the Minister of Finance, Hon. Sione Fifita Vake, said it was built on "three pillars": recovery from last season's cyclone damage, better health services, and support for small businesses and growers.
h2|Where the money goes
p|The largest share of spending again goes to education and health, while cyclone recovery takes a separate allocation. Among the main items are:
li|T$128.6 million for the Ministry of Education and Training, including the rebuilding of four primary schools in Ha'apai;
li|T$97.3 million for the Ministry of Health, with new funding for kidney dialysis at Vaiola Hospital;
li|T$41 million for roads and wharves, including repairs to the Taufa'ahau wharf in Pangai;
li|T$12.5 million for a cyclone recovery fund for households and growers.
p|Revenue is forecast at T$548 million from domestic sources, with the gap covered by budget support from development partners, mainly Australia, New Zealand, the World Bank and the Asian Development Bank.
ad|Advertisement
ad|Tonga Development Bank · Small business loans from 6.5% · Apply at any branch
h2|Public service salaries
p|Much of the debate focused on the 5% cost-of-living adjustment for civil servants, which will add about T$9 million to the wage bill.
p|A Noble's Representative for Vava'u said the Government should look at "the size of the public service before increasing everybody's pay," warning that wages now take more than 40% of recurrent spending.
p|The Minister replied that many government workers had not had a pay rise since 2022, while prices of basic food items had risen sharply. "Our people in the public service are also paying more for flour, rice and mutton flaps. This adjustment is modest and it is overdue," he told the House.
p|The People's Representative for Tongatapu 4 supported the budget but asked for more money for water supply in rural villages, saying several communities in Hihifo still depended on water tanks that run dry every dry season.
p|Opposition members also criticised the late tabling of the budget estimates, which they said left them less than a week to study more than 400 pages of figures. The Minister said the delay was caused by the late confirmation of donor funding.
p|The Speaker adjourned the House until Monday, when members will begin debating the Revenue Services Administration (Amendment) Bill.
signature|Additional reporting by Viliami Lolohea.
print|Printer-friendly version
share|Send to friend
share|Share on Facebook
pdf|Related link: 2026-27 Budget Statement (PDF, 2.4MB)
comments|0 Comments
comments|Sort by
comments|Oldest
comments|Add a comment...
comments|Facebook Comments Plugin
teaser-list|Latest News
teaser-list|Fua'amotu runway works to close airport at night for six weeks
teaser-list|18 Jun 2026
teaser-list|'Ikale Tahi name squad for July tests against Samoa and Fiji
teaser-list|18 Jun 2026
teaser-list|Dengue cases rise in Tongatapu, health ministry warns
teaser-list|17 Jun 2026
most-read|Most Popular
most-read|Ferry MV 'Otuanga'ofa back in service after engine repairs
most-read|Heilala Festival programme announced
most-read|New Zealand seasonal workers scheme expanded
magazine|Tala Tonga Magazine
magazine|Subscribe to the print edition · Four issues a year
ad|Advertise with Tala Tonga · Reach readers in Tonga and the diaspora
footer|About us
footer|Contact us
footer|Advertising
footer|Privacy
copyright|Copyright © 1986-2026 Ha'apai Press Ltd. All rights reserved.
"""),
 dict(id="matangi-tonga-style-2", site="matangi-tonga-style", lang="en", sep="\n", title="Vava'u whale swim operators face tighter licence rules this season", date="2026-05-28", page="""
skip-link|Skip to main content
timestamp|Nuku'alofa, Thursday 28 May 2026
menu|Tala Tonga Online
menu|Independent news from the Kingdom of Tonga
menu|Home
menu|News
menu|Business
menu|Sports
menu|Lifestyle
menu|Pacific
menu|Editorial
menu|Magazine
menu|Contact
search|Search this site:
search|Search
ticker|Nuku'alofa 25°C Partly cloudy
ticker|T$1.00 = US$0.42 · NZ$0.72 · AU$0.65
ad|Advertisement
ad|Real Tonga Airlines · Book your Vava'u flights online
h1|Vava'u whale swim operators face tighter licence rules this season
dateline|Posted: Thursday, May 28, 2026 - 11:48.
caption|A humpback whale and calf in the waters off Vava'u during the 2025 season.
credit|Photo: Supplied
dateline|Neiafu, Vava'u
byline|By Mele Taufa Havili
p|Whale watching and swimming operators in Vava'u will have to carry trained guides, limit the number of swimmers in the water and keep daily logbooks under new licence conditions that come into force when the humpback whale season opens on 1 July.
p|The Ministry of Tourism announced the changes this week after consultations with operators in Neiafu, Ha'apai and Tongatapu, saying the aim was to protect the whales while keeping one of the country's most valuable tourism activities sustainable.
p|Every year humpback whales migrate from Antarctic waters to Tonga to give birth and raise their calves, from July to October. Swimming with whales, which is allowed in only a handful of countries, attracts thousands of visitors, most of them to Vava'u.
h2|New conditions
p|Under the new conditions, licensed operators must:
li|have at least one guide certified under the new national whale guide course on every trip;
li|put no more than four swimmers in the water at a time, plus the guide;
li|leave a whale and calf after a maximum of 90 minutes;
li|record each encounter in a logbook to be checked by tourism officers.
p|Operators who break the rules face fines of up to T$5,000 and the suspension of their licence for the rest of the season.
related|Related stories
related|Record season for whale watching brings T$20 million to Vava'u
related|Tourism arrivals back above pre-pandemic levels
p|The number of licences will also be capped at 40 for Vava'u, the same as last year, but the ministry said it would no longer allow licences to be transferred or sub-let without its approval.
p|An official said some boats had been "too crowded" last season, with complaints from visitors and scientists about whales being followed for too long. "The whales are the reason people come here. If we do not look after them, there will be no industry," he said.
h2|Mixed reaction
p|Operators in Neiafu gave a cautious welcome to the rules. A Tongan-owned operator, who has run whale trips for twelve years, said most of the changes were "already good practice" for responsible businesses.
p|"We support it. But the guide course must be run here in Vava'u, before July, and at a price our young people can afford. Otherwise we will not have enough certified guides when the visitors arrive," he said.
p|The ministry said the first course would be held in Neiafu from 15 to 19 June, with a second session in Nuku'alofa for operators based on Tongatapu and 'Eua. It said 60 places would be subsidised for Tongan guides.
p|Tourism is one of Tonga's main sources of foreign exchange after remittances, and whale season accounts for a large share of visitor spending in Vava'u.
print|Printer-friendly version
share|Send to friend
share|Share on Facebook
comments|2 Comments
comments|Sort by
comments|Oldest
comments|Add a comment...
comments|Losaline Tu'ipulotu
comments|Malo 'aupito for this story. Long overdue, the boats were chasing the mothers last year.
comments|Like · Reply · 1d
comments|Ben Hartley
comments|Four swimmers is fine but 90 minutes is too long for a mother and calf.
comments|Like · Reply · 20h
comments|Facebook Comments Plugin
teaser-list|Latest News
teaser-list|Pangai hospital gets new X-ray machine from Japan
teaser-list|28 May 2026
teaser-list|Vava'u Festival dates confirmed for September
teaser-list|27 May 2026
teaser-list|Squash exports to Japan drop as prices fall
teaser-list|26 May 2026
most-read|Most Popular
most-read|Parliament to resume sitting on 2 June
most-read|Heilala Festival programme announced
most-read|'Eua ferry timetable changes from June
magazine|Tala Tonga Magazine
magazine|Subscribe to the print edition · Four issues a year
ad|Advertise with Tala Tonga · Reach readers in Tonga and the diaspora
footer|About us
footer|Contact us
footer|Advertising
footer|Privacy
copyright|Copyright © 1986-2026 Ha'apai Press Ltd. All rights reserved.
"""),
 dict(id="royal-gazette-bermuda-style-1", site="royal-gazette-bermuda-style", lang="en", sep="\n", title="Man jailed for 12 years over loaded gun found in Pembroke bedroom", date="2026-03-10", page="""
skip-link|Skip to main content
timestamp|Tuesday, March 10, 2026
ticker|Hamilton 19°C Showers
account|Log in
subscribe|Subscribe
epaper|e-Edition
newsletter|Newsletters
menu|The Bermuda Sentinel
menu|News
menu|Business
menu|Sport
menu|Lifestyle
menu|Opinion
menu|Obituaries
menu|Classifieds
menu|Jobs
menu|Real Estate
menu|Weather
breaking|BREAKING: Causeway closed in both directions after two-car crash
ad|Advertisement
ad|Harbourside Bank · Mortgages made simple. Apply today
breadcrumb|News › Crime
h1|Man jailed for 12 years over loaded gun found in Pembroke bedroom
byline|By Cordell Tucker
dateline|Created: Mar 10, 2026 08:00 AM
share|Facebook
share|X
share|Email
print|Print
caption|Sentenced: Supreme Court in Hamilton
credit|(File photograph)
p|A man who kept a loaded handgun in a shoebox under his bed has been jailed for 12 years.
p|Khalil Durrant, 29, from Pembroke, was convicted by a Supreme Court jury in January of possession of a prohibited firearm and possession of ammunition without a licence.
p|Puisne Judge Antoinette Crofton yesterday imposed the mandatory minimum sentence of 12 years for the firearm offence, with a concurrent term of four years for the ammunition.
p|She told Durrant: "Firearms in this community have taken far too many young lives. The Legislature has made it clear that those who keep them must expect a lengthy term of imprisonment, and the court has no discretion to go below it."
p|The court heard that police officers found the 9mm pistol, loaded with seven rounds, during a search of a house in Parsons Road in the early hours of June 14 last year.
p|The search was carried out under a warrant obtained as part of an unrelated drugs investigation.
related|Related Stories
related|Two men charged after gun seized in Sandys (Feb 2026)
related|Police warn of 'worrying' rise in firearm seizures (Jan 2026)
p|Durrant told officers the shoebox belonged to a friend who had stayed at the house and that he did not know what was inside.
p|But forensic scientists found his DNA on the grip of the gun and on the magazine, and the jury rejected his account after a five-day trial.
p|Javon Outerbridge, for the Crown, said the firearm had not been linked to any shooting, but that the ammunition found with it was of a type "commonly recovered at scenes of gun violence in Bermuda".
p|Charles Darrell, for the defence, said his client had a young daughter, had held steady employment as a mason and had no previous convictions for violence.
p|He asked the court to take into account the support of his family, several of whom were in the public gallery.
p|Mrs Justice Crofton said she accepted that Durrant was not a "hardened criminal", but that the law left her no room to reduce the sentence.
p|Durrant, who wore a grey shirt and tie, showed no reaction as the sentence was passed.
p|He will receive credit for the nine months he has spent in custody since his conviction and arrest.
p|A second man who was charged in connection with the same search was acquitted of all counts at the same trial.
p|Outside court, a police spokesman said the sentence sent "a clear message" and urged anyone with information about illegal firearms to call the confidential Crime Stoppers line.
p|The Bermuda Police Service has recovered 14 firearms so far this financial year, compared with nine in the whole of the previous year.
ad|Advertisement
ad|Island Auto Mart · 0% financing on selected models this month
disclaimer|Reader comments
disclaimer|The Bermuda Sentinel welcomes comments on its stories. Comments on court cases are disabled while proceedings are continuing. Please keep your comments respectful and on topic.
comments|Comments are closed on this article.
related|More from News
related|Ministry to review school bus routes after parents' complaints
related|Union warns of action at Dockyard over contract talks
related|Fire service called to blaze in Devonshire
most-read|Most Read
most-read|1 Causeway closed in both directions after two-car crash
most-read|2 Restaurant group to open third location in St George's
most-read|3 Premier to lead trade delegation to London
most-read|4 Man jailed for 12 years over loaded gun found in Pembroke bedroom
most-read|5 Bermuda Hockey League final goes to extra time
obituary|Obituaries
obituary|Doris Elaine Simmons, 87
obituary|Reginald Arthur Furbert, 74
obituary|View all obituaries
cruise|Cruise ships in port today
cruise|Norwegian Horizon · King's Wharf · 8am-5pm
jobs|Jobs
jobs|Senior Accountant · Hamilton
jobs|Registered Nurse · Paget
jobs|See all jobs
newsletter|Get the morning headlines
newsletter|Sign up for The Bermuda Sentinel's free daily newsletter
newsletter|Email address
newsletter|Sign up
footer|The Bermuda Sentinel
footer|14 Reid Street, Hamilton HM 11, Bermuda · Tel 441-295-0000
footer|Contact us · Advertise · Subscriptions · Terms of use · Privacy policy · Sitemap
copyright|© 2026 The Bermuda Sentinel Ltd. All rights reserved. Content on this site may not be reproduced without permission.
"""),
 dict(id="royal-gazette-bermuda-style-2", site="royal-gazette-bermuda-style", lang="en", sep="\n", title="Airport taxi dispatch to go digital as minister promises end to 'chaotic' queues", date="2026-04-22", page="""
skip-link|Skip to main content
timestamp|Wednesday, April 22, 2026
ticker|Hamilton 21°C Partly cloudy
account|Log in
subscribe|Subscribe
epaper|e-Edition
newsletter|Newsletters
menu|The Bermuda Sentinel
menu|News
menu|Business
menu|Sport
menu|Lifestyle
menu|Opinion
menu|Obituaries
menu|Classifieds
menu|Jobs
menu|Real Estate
menu|Weather
ad|Advertisement
ad|Harbourside Bank · Mortgages made simple. Apply today
breadcrumb|News › Transport
h1|Airport taxi dispatch to go digital as minister promises end to 'chaotic' queues
byline|By Rhiannon Trott
dateline|Created: Apr 22, 2026 07:30 AM
dateline|Updated: Apr 22, 2026 02:15 PM
share|Facebook
share|X
share|Email
print|Print
paywall|Premium
paywall|You have 2 free premium articles remaining this month. Subscribe for unlimited access.
caption|Long wait: visitors queue for taxis outside the terminal at L.F. Wade International Airport
credit|(Photograph by Blaire Simmons)
p|Taxis at the airport will be dispatched through a digital queue from July in an attempt to end long waits for visitors and disputes between drivers, the transport minister said yesterday.
p|Drivers will check in through an app when they enter the holding area, and a screen at the terminal exit will show passengers which taxi to take and its estimated fare.
p|The minister told the House of Assembly that the current system, in which a dispatcher calls cabs forward by radio, had become "chaotic" at peak times, with passengers from two or three flights sometimes waiting more than 45 minutes.
p|"This is the first impression many of our guests have of Bermuda," he said. "We cannot have families standing on the kerb for an hour after a long flight while taxis are waiting on the other side of the car park."
p|He said the new system would also give drivers a fairer share of the work because the order of the queue would be recorded automatically.
h2|What changes
li|Drivers must register their taxi and permit number with the Transport Control Department before June 15.
li|A check-in point will be set up at the entrance of the taxi holding area.
li|Passengers will be given a numbered ticket at the terminal exit during peak hours.
li|Dispatchers will remain on duty to help elderly and disabled passengers.
related|Related Stories
related|Visitors complain of hour-long waits for taxis (Mar 2026)
related|Minibus permits to be expanded for cruise season (Feb 2026)
p|The Bermuda Taxi Operators Association gave a guarded welcome to the plan.
p|Its president said members had asked for a fairer queue "for years", but warned that older drivers would need help with the technology.
p|"Some of our members have been driving for 40 years and have never used an app," he said. "We want training, and we want to see it tested before the summer rush, not in the middle of it."
p|Opposition transport spokeswoman Dianne Whitter said the change was welcome but late.
p|She said: "Visitors have been complaining about this since the new terminal opened. The minister should also explain why there are still not enough taxis available on Sunday evenings."
p|The ministry said a trial would run at the airport for two weeks in June. The system will cost about $180,000 to install, paid for by the airport operator under its agreement with the Government.
p|Airport officials said passenger numbers were expected to rise by about 8 per cent this summer, with two new routes from the United States starting in May.
ad|Advertisement
ad|Island Auto Mart · 0% financing on selected models this month
poll|Today's Poll
poll|Have you waited more than 30 minutes for a taxi at the airport?
poll|Yes, more than once
poll|Yes, once
poll|No
poll|Vote
poll|View results
disclaimer|Reader comments
disclaimer|The Bermuda Sentinel welcomes comments on its stories. Please keep your comments respectful and on topic. Comments are moderated and may take time to appear.
comments|Comments (3)
comments|You must be logged in to comment.
comments|Log in
comments|Register
related|More from News
related|Government confirms date for school calendar consultation
related|Ferry timetable to change for summer season
related|Charity walk raises $40,000 for cancer centre
most-read|Most Read
most-read|1 Restaurant owner fined over illegal staff housing
most-read|2 Airport taxi dispatch to go digital as minister promises end to 'chaotic' queues
most-read|3 Bermuda Hockey League final goes to extra time
most-read|4 Man jailed for 12 years over loaded gun found in Pembroke bedroom
most-read|5 Reinsurer to add 60 jobs with new Front Street office
obituary|Obituaries
obituary|Clarence Leroy Smith, 81
obituary|Margaret Ann Outerbridge, 93
obituary|View all obituaries
cruise|Cruise ships in port today
cruise|Celebrity Summit · King's Wharf · 8am-6pm
cruise|Oceania Insignia · St George's · 9am-4pm
newsletter|Get the morning headlines
newsletter|Sign up for The Bermuda Sentinel's free daily newsletter
newsletter|Email address
newsletter|Sign up
footer|The Bermuda Sentinel
footer|14 Reid Street, Hamilton HM 11, Bermuda · Tel 441-295-0000
footer|Contact us · Advertise · Subscriptions · Terms of use · Privacy policy · Sitemap
copyright|© 2026 The Bermuda Sentinel Ltd. All rights reserved. Content on this site may not be reproduced without permission.
"""),
]
