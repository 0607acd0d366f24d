# Round 50: eight pages on four more layouts (a Lyon regional daily, a Québec public radio news site, a British public
# broadcaster's regional news page, a Zimbabwean state daily), written blind: without looking at the classifier, its
# rules or the benchmark, measured once. Each line: "label|text". Invented text; no real article is copied.
ROUND50 = [
 dict(id="le-progres-style-1", site="le-progres-style", lang="fr", sep="\n", title="Villeurbanne : la piscine Étienne-Gagnaire fermée tout l’été pour une fuite", date="2025-06-18", page="""
skip-link|Aller au contenu principal
cookie|En poursuivant votre navigation, vous acceptez l’utilisation de cookies par Le Veilleur du Rhône et ses partenaires pour vous proposer des contenus et publicités adaptés à vos centres d’intérêt et mesurer l’audience.
cookie|Accepter et fermer
cookie|Paramétrer les cookies
cookie|Continuer sans accepter →
menu|Le Veilleur du Rhône
menu|Mon compte
menu|S’abonner 1€ le premier mois
menu|Menu
menu|Édition : Lyon et Villeurbanne
menu|Actualité
menu|Lyon
menu|Villeurbanne
menu|Beaujolais
menu|Ain
menu|Loire
menu|Sport
menu|OL
menu|LOU Rugby
menu|Faits divers - Justice
menu|Loisirs
menu|Nécrologie
weather|Lyon 27°C
breadcrumb|Accueil / Rhône / Villeurbanne
section-label|Loisirs
paywall|Article réservé aux abonnés
h1|Villeurbanne : la piscine Étienne-Gagnaire fermée tout l’été pour une fuite
lead|Une fuite importante sous le bassin extérieur oblige la Ville à fermer l’équipement jusqu’à la rentrée. Les nageurs sont invités à se reporter sur les piscines voisines, déjà très fréquentées.
byline|Par Mathilde Berthier
dateline|Le 18 juin 2025 à 17:42
share|Partager sur Facebook
share|Partager sur X
share|Partager par e-mail
share|Copier le lien
save|Ajouter à mes favoris
comments|Commenter
listen|Écouter cet article
listen|00:00 / 03:12
listen|Article lu par une voix de synthèse
caption|Le bassin extérieur de la piscine, vidé depuis le début de la semaine. Photo Le Veilleur du Rhône /M.B.
p|Les habitués n’y croyaient pas. Mardi matin, une affiche scotchée sur la grille de la piscine Étienne-Gagnaire annonçait la fermeture de l’équipement « jusqu’à nouvel ordre ». Mercredi, la Ville de Villeurbanne a précisé le calendrier : le site ne rouvrira pas avant le mois de septembre.
p|En cause, une fuite repérée la semaine dernière sous le bassin extérieur de 50 mètres. Selon les services techniques, le bassin perdait plusieurs dizaines de mètres cubes d’eau par jour, un volume impossible à compenser en pleine période de sécheresse.
ad|Publicité
ad|Sortez de votre quotidien : les séjours bien-être à deux à partir de 89 €. Réserver
h2|Un chantier d’au moins dix semaines
p|« Il faut d’abord vider entièrement le bassin, puis sonder la dalle pour trouver l’origine exacte de la fuite », explique l’adjoint aux sports. Les premières investigations laissent penser qu’une canalisation d’alimentation, posée dans les années 1980, s’est rompue.
p|Le coût des travaux n’est pas encore connu. La municipalité évoque « plusieurs centaines de milliers d’euros », qui devront être votés lors du conseil municipal du 7 juillet.
related|À lire aussi
related|Lyon : les horaires d’été des piscines municipales dévoilés
p|Les abonnés pourront demander le remboursement de la période de fermeture à l’accueil du centre nautique voisin, ou reporter leur abonnement sur la saison suivante.
h2|Report sur les piscines voisines
p|La fermeture tombe au plus mauvais moment : les écoles terminent l’année le 4 juillet et Météo-France annonce une nouvelle vague de chaleur à partir de la semaine prochaine.
p|La Ville a annoncé que les horaires du centre nautique des Gratte-Ciel seraient élargis dès le 1er juillet, avec une ouverture de 9 heures à 20 heures, sept jours sur sept. Des navettes gratuites doivent aussi relier les quartiers nord aux piscines de Vaulx-en-Velin et de Lyon, dans le cadre d’un accord avec la Métropole.
p|Du côté des clubs, l’inquiétude domine. « Nos stages d’été sont complets depuis mars, il va falloir tout réorganiser en quelques jours », regrette la présidente du club de natation local, qui compte près de 600 licenciés.
tags|Villeurbanne
tags|Loisirs
tags|Piscine
tags|Été
newsletter|Recevez chaque matin l’essentiel de l’actualité de Lyon et de sa région
newsletter|Votre adresse e-mail
newsletter|Je m’inscris
newsletter|En vous inscrivant, vous acceptez nos conditions générales d’utilisation et notre politique de confidentialité.
comments|0 commentaire
comments|Soyez le premier à réagir. Pour commenter, connectez-vous ou créez un compte.
most-read|Les plus lus
most-read|1. Lyon : un incendie ravage un entrepôt à Gerland, la fumée visible à des kilomètres
most-read|2. OL : le nouveau gardien passe sa visite médicale ce jeudi
most-read|3. Beaujolais : grêle sur les vignes, les viticulteurs font les comptes
teaser-list|4. Villeurbanne : la piscine Étienne-Gagnaire fermée tout l’été pour une fuite
most-read|5. A7 : les bouchons du week-end de départ en vacances annoncés
sponsored|Contenus sponsorisés
sponsored|Cette astuce pour réduire sa facture d’électricité fait fureur dans le Rhône
sponsored|Energie Conseil | Sponsorisé
sponsored|Voici le prix d’un monte-escalier en 2025
sponsored|Devis Senior | Sponsorisé
obituary|Avis de décès
obituary|Consultez les avis de décès du Rhône et déposez vos condoléances
obituary|Rechercher un défunt
teaser-list|Dans la même rubrique
teaser-list|Fête de la musique : la liste des scènes à Villeurbanne
teaser-list|Il y a 3 heures
teaser-list|Parc de la Feyssine : le festival de plein air déménage
teaser-list|Il y a 5 heures
teaser-list|Tramway T6 : les travaux de nuit reprennent lundi
teaser-list|Hier à 19:10
app|Téléchargez l’application Le Veilleur du Rhône
app|App Store
app|Google Play
footer|Le journal
footer|Qui sommes-nous ?
footer|Nous contacter
footer|Annonces légales
footer|Publicité
footer|Mentions légales
footer|Politique de confidentialité
footer|Gestion des cookies
footer|CGV
footer|Accessibilité : non conforme
network|Les journaux du groupe : Le Veilleur du Rhône · L’Écho de la Loire · Le Journal de l’Ain · La Gazette de Savoie
copyright|© Le Veilleur du Rhône 2025 - Tous droits réservés
"""),
 dict(id="le-progres-style-2", site="le-progres-style", lang="fr", sep="\n", title="Beaujolais : après la grêle, les viticulteurs de Fleurie comptent leurs pertes", date="2025-06-23", page="""
skip-link|Aller au contenu principal
cookie|En poursuivant votre navigation, vous acceptez l’utilisation de cookies par Le Veilleur du Rhône et ses partenaires pour vous proposer des contenus et publicités adaptés à vos centres d’intérêt et mesurer l’audience.
cookie|Accepter et fermer
cookie|Paramétrer les cookies
cookie|Continuer sans accepter →
menu|Le Veilleur du Rhône
menu|Mon compte
menu|S’abonner 1€ le premier mois
menu|Menu
menu|Édition : Beaujolais - Val de Saône
menu|Actualité
menu|Lyon
menu|Villeurbanne
menu|Beaujolais
menu|Ain
menu|Loire
menu|Sport
menu|OL
menu|LOU Rugby
menu|Faits divers - Justice
menu|Loisirs
menu|Nécrologie
weather|Villefranche-sur-Saône 24°C
breadcrumb|Accueil / Rhône / Fleurie
section-label|Agriculture
paywall|Article réservé aux abonnés
h1|Beaujolais : après la grêle, les viticulteurs de Fleurie comptent leurs pertes
lead|L’orage de samedi soir a haché les vignes de plusieurs crus du nord du Beaujolais. À Fleurie, certaines parcelles sont touchées à 80 %. La chambre d’agriculture demande la reconnaissance de l’état de calamité agricole.
byline|De notre correspondant Jean-Luc Perrier
dateline|Le 23 juin 2025 à 06:15
dateline|Mis à jour le 23 juin 2025 à 09:48
share|Partager sur Facebook
share|Partager sur X
share|Partager par e-mail
share|Copier le lien
save|Ajouter à mes favoris
comments|Commenter
listen|Écouter cet article
listen|00:00 / 04:05
listen|Article lu par une voix de synthèse
caption|Sur les coteaux de Fleurie, les grappes en formation ont été arrachées par les grêlons. Photo Le Veilleur du Rhône /J.-L.P.
p|Il a suffi d’une vingtaine de minutes. Samedi vers 21 heures, un orage venu du sud-ouest a lâché sur les coteaux de Fleurie, Chiroubles et Villié-Morgon des grêlons « gros comme des noix », selon plusieurs habitants.
p|Dimanche matin, les vignerons sont montés dans leurs parcelles pour constater les dégâts. Feuilles déchiquetées, sarments cassés, jeunes grappes au sol : sur certaines parcelles exposées plein ouest, il ne reste presque rien de la future récolte.
p|« En trente ans de métier, je n’ai jamais vu ça si tôt dans la saison », souffle un viticulteur du hameau du Pont-des-Samsons, qui estime avoir perdu les trois quarts de sa production sur ses quatre hectares.
ad|Publicité
ad|Sortez de votre quotidien : les séjours bien-être à deux à partir de 89 €. Réserver
h2|Une troisième année difficile
p|Le coup est d’autant plus rude que la profession sort de deux millésimes compliqués, marqués par le mildiou et une baisse des ventes en grande distribution. Plusieurs domaines avaient déjà réduit leurs surfaces cette année.
p|La chambre d’agriculture du Rhône a dépêché des techniciens dès lundi pour évaluer les pertes commune par commune. Elle a annoncé son intention de demander la reconnaissance de l’état de calamité agricole, qui permet d’obtenir des indemnisations pour les exploitants non assurés.
related|À lire aussi
related|Grêle : comment fonctionne l’assurance récolte ?
h2|Ce que les vignerons peuvent faire
p|Les services de l’État rappellent les démarches à effectuer :
li|déclarer le sinistre à son assureur dans les quatre jours ;
li|faire constater les dégâts par un expert ou par la mairie ;
li|conserver des photographies datées des parcelles touchées.
p|Un point d’information sera organisé jeudi à 18 heures à la salle des fêtes de Fleurie, en présence de représentants de la Mutualité sociale agricole, qui peut accorder des reports de cotisations.
tags|Beaujolais
tags|Fleurie
tags|Viticulture
tags|Météo
newsletter|Recevez chaque matin l’essentiel de l’actualité de Lyon et de sa région
newsletter|Votre adresse e-mail
newsletter|Je m’inscris
newsletter|En vous inscrivant, vous acceptez nos conditions générales d’utilisation et notre politique de confidentialité.
comments|3 commentaires
comments|Voir les commentaires
most-read|Les plus lus
teaser-list|1. Beaujolais : après la grêle, les viticulteurs de Fleurie comptent leurs pertes
most-read|2. Lyon : la Croix-Rousse privée d’eau chaude pendant trois jours
most-read|3. LOU Rugby : un pilier international signe pour trois saisons
most-read|4. Ain : un motard grièvement blessé sur la RD 1083
most-read|5. Fête de la musique : la nuit a été calme dans le Vieux-Lyon
sponsored|Contenus sponsorisés
sponsored|Les retraités du Rhône découvrent cette mutuelle à petit prix
sponsored|Comparateur Santé | Sponsorisé
sponsored|Panneaux solaires : ce que l’État rembourse vraiment en 2025
sponsored|Info Renov | Sponsorisé
obituary|Avis de décès
obituary|Consultez les avis de décès du Rhône et déposez vos condoléances
obituary|Rechercher un défunt
teaser-list|Dans la même rubrique
teaser-list|Villefranche : le marché aux cerises de retour samedi
teaser-list|Il y a 2 heures
teaser-list|Belleville-en-Beaujolais : la fibre arrive dans les hameaux
teaser-list|Hier à 17:30
teaser-list|Juliénas : la fête des crus annulée faute de bénévoles
teaser-list|Hier à 11:02
app|Téléchargez l’application Le Veilleur du Rhône
app|App Store
app|Google Play
footer|Le journal
footer|Qui sommes-nous ?
footer|Nous contacter
footer|Annonces légales
footer|Publicité
footer|Mentions légales
footer|Politique de confidentialité
footer|Gestion des cookies
footer|CGV
footer|Accessibilité : non conforme
network|Les journaux du groupe : Le Veilleur du Rhône · L’Écho de la Loire · Le Journal de l’Ain · La Gazette de Savoie
copyright|© Le Veilleur du Rhône 2025 - Tous droits réservés
"""),
 dict(id="quebec-radio-style-1", site="quebec-radio-style", lang="fr", sep="\n\n", title="Des municipalités de la Mauricie veulent interdire les bateaux à moteur sur les petits lacs", date="2025-07-09", page="""
skip-link|Passer au contenu principal
skip-link|Accessibilité
menu|Onde publique
menu|Info
menu|Sports
menu|Arts
menu|Télé
menu|Radio
menu|Balado
menu|Jeunesse
menu|Se connecter
lang-switch|English
menu|Info
menu|Régions
menu|Mauricie et Centre-du-Québec
menu|Politique
menu|Environnement
menu|Économie
menu|Santé
menu|International
menu|Décrypteurs
breadcrumb|Accueil Info / Régions / Mauricie
section-label|Environnement
h1|Des municipalités de la Mauricie veulent interdire les bateaux à moteur sur les petits lacs
lead|Une dizaine de municipalités demandent à Transports Canada le droit de restreindre la navigation motorisée sur les plans d’eau de moins de 2 km² afin de protéger les berges et la qualité de l’eau.
caption|Les riverains du lac à la Perchaude constatent une érosion des berges depuis quelques années.
credit|Photo : Onde publique / Caroline Tessier
byline|Caroline Tessier
dateline|Publié le 9 juillet 2025 à 4 h 00 HAE
dateline|Mis à jour le 9 juillet 2025 à 7 h 12 HAE
share|Partager l’article
share|Facebook
share|Messenger
share|Courriel
share|Copier le lien
listen|Écoutez l’article | 4 minutes
listen|La synthèse vocale, basée sur l’intelligence artificielle, permet de générer un texte parlé à partir d’un texte écrit.
p|Sur le lac à la Perchaude, à Saint-Élie-de-Caxton, les riverains ont vu passer cet été plus de bateaux de plaisance que jamais. Et avec eux, des vagues qui, disent-ils, grugent les berges et remuent les sédiments.
p|« On perd près d’un demi-mètre de terrain par année à certains endroits », affirme Denis Lacerte, président de l’association des riverains, qui photographie le rivage chaque printemps depuis huit ans.
p|Sa municipalité fait partie des onze de la Mauricie et du Centre-du-Québec qui ont adopté cette année une résolution demandant au gouvernement fédéral de pouvoir interdire les bateaux à moteur à essence sur les petits lacs de leur territoire.
h2|Un processus long et complexe
p|Au Canada, la navigation relève d’Ottawa. Une municipalité qui souhaite restreindre l’accès à un plan d’eau doit soumettre une demande à Transports Canada, accompagnée d’études et de consultations publiques. Le processus peut prendre plusieurs années.
p|« On demande simplement un mécanisme plus rapide pour les petits lacs, où l’effet des vagues est démontré », explique la mairesse de Saint-Élie-de-Caxton, Julie Boisvert.
related|À lire aussi :
related|Les algues bleu-vert détectées dans trois lacs de Lanaudière
related|Québec veut mieux encadrer les descentes de bateaux publiques
p|Dans une réponse écrite, Transports Canada indique qu’il « examine chaque demande avec attention » et rappelle qu’une quarantaine de restrictions ont été accordées au Québec au cours des dix dernières années.
h2|Des plaisanciers inquiets
p|L’idée ne fait pas l’unanimité. Des propriétaires d’embarcations craignent de voir l’accès aux lacs réservé aux seuls riverains. « Les lacs appartiennent à tout le monde », fait valoir un pêcheur rencontré à la descente publique.
p|Les municipalités assurent que les embarcations électriques, les kayaks et les canots resteraient permis. Une consultation publique doit se tenir à la fin août.
signature|Avec la collaboration d’Antoine Ricard
tags|Environnement
tags|Mauricie
tags|Lac
tags|Navigation de plaisance
rating|Cet article vous a-t-il été utile?
rating|Oui
rating|Non
correction|Signaler une erreur
teaser-list|À la une
teaser-list|Chaleur accablante : des refroidissoirs ouverts à Trois-Rivières
teaser-list|Il y a 1 heure
teaser-list|Le pont Laviolette partiellement fermé cette nuit
teaser-list|Il y a 2 heures
teaser-list|Festival western : une affluence record attendue
teaser-list|Il y a 3 heures
watch|En direct
watch|ICI Mauricie-Centre-du-Québec — Écoutez la radio en direct
schedule|En ondes : Le matin en Mauricie, 6 h à 9 h
newsletter|Infolettre Info Mauricie
newsletter|Recevez l’essentiel de l’actualité régionale chaque matin.
newsletter|Je m’abonne
newsletter|Nous ne partagerons jamais votre adresse courriel.
app|Téléchargez l’application Onde publique Info
footer|Onde publique
footer|À propos
footer|Ombudsman
footer|Normes et pratiques journalistiques
footer|Emplois
footer|Nous joindre
footer|Conditions d’utilisation
footer|Politique de confidentialité
footer|Témoins
footer|Accessibilité
copyright|© Société publique de radiodiffusion 2025
"""),
 dict(id="quebec-radio-style-2", site="quebec-radio-style", lang="fr", sep="\n\n", title="Pénurie de médecins de famille : une clinique sans rendez-vous ouvre à Drummondville", date="2025-09-15", page="""
skip-link|Passer au contenu principal
skip-link|Accessibilité
menu|Onde publique
menu|Info
menu|Sports
menu|Arts
menu|Télé
menu|Radio
menu|Balado
menu|Jeunesse
menu|Se connecter
lang-switch|English
menu|Info
menu|Régions
menu|Mauricie et Centre-du-Québec
menu|Politique
menu|Environnement
menu|Économie
menu|Santé
menu|International
menu|Décrypteurs
breadcrumb|Accueil Info / Régions / Centre-du-Québec
section-label|Santé
h1|Pénurie de médecins de famille : une clinique sans rendez-vous ouvre à Drummondville
lead|Une nouvelle clinique tenue par des infirmières praticiennes spécialisées pourra recevoir jusqu’à 120 patients orphelins par jour, sept jours sur sept.
video|Lecture
video|Le reportage de Marc-Olivier Dion
video|2:14
byline|Marc-Olivier Dion
dateline|Publié le 15 septembre 2025 à 16 h 31 HAE
share|Partager l’article
share|Facebook
share|Messenger
share|Courriel
share|Copier le lien
listen|Écoutez l’article | 3 minutes
listen|La synthèse vocale, basée sur l’intelligence artificielle, permet de générer un texte parlé à partir d’un texte écrit.
p|Les portes de la nouvelle clinique du boulevard Saint-Joseph ont ouvert lundi matin à 8 h. À 8 h 20, la salle d’attente était déjà pleine.
p|La clinique, aménagée dans un ancien local commercial, est destinée aux personnes qui n’ont pas de médecin de famille. Elle est tenue par six infirmières praticiennes spécialisées, appuyées par des infirmières cliniciennes et une pharmacienne.
p|Au Centre-du-Québec, près de 40 000 personnes sont inscrites au guichet d’accès à un médecin de famille, selon les plus récentes données du ministère de la Santé.
h2|Comment obtenir un rendez-vous
p|Les patients doivent passer par le guichet d’accès à la première ligne, par téléphone ou en ligne. Une infirmière évalue ensuite le besoin et oriente la personne vers la clinique si son état le permet.
p|La clinique traite notamment :
li|les infections courantes, comme les otites et les infections urinaires;
li|le suivi de maladies chroniques stables;
li|les renouvellements d’ordonnance;
li|les blessures mineures.
caption|Six infirmières praticiennes spécialisées travaillent à la nouvelle clinique.
credit|Photo : Onde publique / Marc-Olivier Dion
p|« Ce qu’on veut, c’est éviter que des gens se retrouvent à l’urgence pour une otite », résume la directrice des soins infirmiers du CIUSSS, Nathalie Gervais.
p|La députée de Drummond a salué l’ouverture, tout en reconnaissant que la clinique « ne remplace pas un médecin de famille ». Le ministère prévoit ouvrir trois autres cliniques semblables dans la région d’ici l’été prochain.
tags|Santé
tags|Centre-du-Québec
tags|Drummondville
tags|Système de santé
rating|Cet article vous a-t-il été utile?
rating|Oui
rating|Non
correction|Signaler une erreur
teaser-list|À la une
teaser-list|Grève dans les CPE : une entente de principe conclue
teaser-list|Il y a 45 minutes
teaser-list|Victoriaville : la rue Notre-Dame rouvre à la circulation
teaser-list|Il y a 3 heures
teaser-list|Nicolet : le traversier reprend du service
teaser-list|Il y a 5 heures
watch|En direct
watch|ICI Mauricie-Centre-du-Québec — Écoutez la radio en direct
schedule|En ondes : Le retour en Mauricie, 15 h 30 à 18 h
newsletter|Infolettre Info Mauricie
newsletter|Recevez l’essentiel de l’actualité régionale chaque matin.
newsletter|Je m’abonne
newsletter|Nous ne partagerons jamais votre adresse courriel.
app|Téléchargez l’application Onde publique Info
footer|Onde publique
footer|À propos
footer|Ombudsman
footer|Normes et pratiques journalistiques
footer|Emplois
footer|Nous joindre
footer|Conditions d’utilisation
footer|Politique de confidentialité
footer|Témoins
footer|Accessibilité
copyright|© Société publique de radiodiffusion 2025
"""),
 dict(id="bbc-regional-style-1", site="bbc-regional-style", lang="en", sep="\n", title="Dartmoor village shop saved after residents raise £180,000", date="2025-03-18", page="""
skip-link|Skip to content
skip-link|Accessibility Help
menu|BBN
menu|Sign in
menu|Home
menu|News
menu|Sport
menu|Weather
menu|Player
menu|Sounds
menu|Bitesize
menu|More menu
search|Search BBN
menu|Home
menu|InDepth
menu|Israel-Gaza war
menu|War in Ukraine
menu|Climate
menu|UK
menu|World
menu|Business
menu|Politics
menu|Culture
menu|England
menu|N. Ireland
menu|Scotland
menu|Wales
menu|Local News
breadcrumb|England | Devon
h1|Dartmoor village shop saved after residents raise £180,000
dateline|18 March 2025
share|Share
save|Save
byline|Hannah Pollard
byline|BBN News, Devon
share|Share
save|Save
credit|BBN
caption|Volunteers say the shop is the only place in the village to buy groceries and post a parcel
p|A village shop on Dartmoor which was facing closure has been saved after residents raised £180,000 to buy it.
p|The shop and post office in Widecombe St Mary had been on the market for more than a year after its owners announced they were retiring.
p|More than 300 people bought shares in a new community company, with the rest of the money coming from a grant and a loan from a rural development charity.
p|Chairwoman of the shop committee, Ruth Ackland, said: "When we heard it might close, people were genuinely worried. For some of our older residents it is the only place they see anyone all week."
h2|'Heart of the village'
p|The nearest supermarket is 11 miles away, and the village bus runs twice a day on weekdays only.
p|The committee said the shop would keep its post office counter and would start selling produce from local farms, as well as bread from a bakery in Ashburton.
video|Watch: Residents celebrate as the keys are handed over
video|0:58
p|About 25 volunteers have signed up to work shifts alongside two paid staff members.
p|Ms Ackland said the shop would reopen under community ownership on 1 April, with a celebration planned for the Easter weekend.
p|The Plunkett-style model of community-owned shops has grown in rural England in recent years, with more than 400 now trading, according to the rural charity that supported the project.
follow|Follow BBN Devon on X, Facebook and Instagram. Send your story ideas to spotlight@bbn.example.
related|More on this story
related|Community buys village pub after three-year campaign
related|4 January
related|Rural bus cuts 'leaving villages isolated'
related|12 November 2024
related|Related internet links
related|Dartmoor National Park Authority
disclaimer|The BBN is not responsible for the content of external sites.
most-read|Top stories
most-read|Chancellor sets out spending plans in spring statement
most-read|Live
most-read|Two arrested after A38 crash near Plymouth
most-read|40 minutes ago
teaser-list|More from BBN Devon
teaser-list|Exeter Cathedral scaffolding to come down after eight years
teaser-list|2 hours ago
teaser-list|Devon
teaser-list|Lifeboat crew rescues walkers cut off by tide
teaser-list|5 hours ago
teaser-list|Devon
listen|Listen to the best of BBN Radio Devon on Sounds
footer|Home
footer|News
footer|Sport
footer|Weather
footer|Player
footer|Sounds
footer|Bitesize
footer|Terms of Use
footer|About the BBN
footer|Privacy Policy
footer|Cookies
footer|Accessibility Help
footer|Parental Guidance
footer|Contact the BBN
footer|Get Personalised Newsletters
footer|Why you can trust the BBN
copyright|© 2025 BBN. The BBN is not responsible for the content of external sites. Read about our approach to external linking.
"""),
 dict(id="bbc-regional-style-2", site="bbc-regional-style", lang="en", sep="\n", title="Plymouth school pupils plant 2,000 trees on former car park", date="2025-11-27", page="""
skip-link|Skip to content
skip-link|Accessibility Help
menu|BBN
menu|Sign in
menu|Home
menu|News
menu|Sport
menu|Weather
menu|Player
menu|Sounds
menu|Bitesize
menu|More menu
search|Search BBN
menu|Home
menu|InDepth
menu|Israel-Gaza war
menu|War in Ukraine
menu|Climate
menu|UK
menu|World
menu|Business
menu|Politics
menu|Culture
menu|England
menu|N. Ireland
menu|Scotland
menu|Wales
menu|Local News
breadcrumb|England | Devon
h1|Plymouth school pupils plant 2,000 trees on former car park
dateline|27 November 2025
share|Share
save|Save
byline|Tom Mercer
byline|BBN News, South West
byline|Reporting fromPlymouth
share|Share
save|Save
credit|BBN
caption|Pupils from three primary schools took part in the planting over two days
p|Hundreds of schoolchildren have planted 2,000 trees on the site of a former car park in Plymouth as part of a project to create a new urban woodland.
p|The site in Stonehouse was cleared of tarmac over the summer after the city council decided the car park was no longer needed.
p|Pupils from three nearby primary schools spent two days planting oak, birch, rowan and hazel saplings, supported by volunteers from a local conservation group.
p|Year 5 pupil Maisie, aged nine, said: "I planted 14 trees. When I'm grown up I'm going to come back and see how big they are."
h2|Shade and flood protection
p|Plymouth City Council said the woodland would help to cool the neighbourhood in summer and soak up rainwater that regularly floods nearby streets.
p|The project has been funded by a government grant for urban tree planting, and will include:
li|a path and benches for residents
li|an outdoor classroom for local schools
li|a wildflower meadow along the southern edge
p|Council cabinet member for environment, Sarah Nolan, said the area had one of the lowest levels of tree cover in the city.
p|"This is a part of Plymouth where people don't have gardens, so green space on the doorstep really matters," she said.
p|The woodland is expected to open to the public next spring.
follow|Follow BBN Devon on X, Facebook and Instagram. Send your story ideas to spotlight@bbn.example.
related|More on this story
related|City's tree cover 'among lowest in England'
related|3 June
related|Car park to be turned into woodland, council agrees
related|19 March
most-read|Top stories
most-read|Storm warning as heavy rain set to hit South West
most-read|Live
most-read|Ferry services cancelled across the Channel
most-read|1 hour ago
teaser-list|More from BBN Devon
teaser-list|Christmas lights switch-on draws thousands to Barnstaple
teaser-list|3 hours ago
teaser-list|Devon
teaser-list|Torquay harbour wall repairs to start in January
teaser-list|6 hours ago
teaser-list|Devon
listen|Listen to the best of BBN Radio Devon on Sounds
footer|Home
footer|News
footer|Sport
footer|Weather
footer|Player
footer|Sounds
footer|Bitesize
footer|Terms of Use
footer|About the BBN
footer|Privacy Policy
footer|Cookies
footer|Accessibility Help
footer|Parental Guidance
footer|Contact the BBN
footer|Get Personalised Newsletters
footer|Why you can trust the BBN
copyright|© 2025 BBN. The BBN is not responsible for the content of external sites. Read about our approach to external linking.
"""),
 dict(id="zimbabwe-herald-style-1", site="zimbabwe-herald-style", lang="en", sep="\n\n", title="Masvingo farmers urged to register for winter wheat inputs", date="2025-04-08", page="""
timestamp|Tuesday, April 8, 2025
menu|E-Paper
menu|Subscribe
menu|Advertise
menu|Contact Us
menu|The Harare Tribune
menu|Zimbabwe's Largest Daily Newspaper
menu|Home
menu|News
menu|Top Stories
menu|Local
menu|Provincial
menu|Business
menu|Opinion & Analysis
menu|Sport
menu|Entertainment
menu|Health
menu|Agriculture
menu|Africa
menu|World
menu|Videos
ticker|ZSE ALL SHARE 212,44 ▲ 0,8% | ZiG/US$ 26,78 | GOLD US$3 021 | TOBACCO SALES: 42,1m kg to date
breaking|BREAKING: Cabinet approves new road toll fees … Schools open for second term on May 6
section-label|Agriculture
h1|Masvingo farmers urged to register for winter wheat inputs
byline|Tatenda Chikowore
byline|Masvingo Bureau
dateline|Apr 8, 2025
views|Post Views: 1,204
share|Facebook
share|Twitter
share|WhatsApp
share|Telegram
share|Email
caption|Agricultural extension officers inspect an irrigation scheme in Masvingo district yesterday. (Picture: Ranganai Mhosva)
p|FARMERS in Masvingo province have been urged to register with their local agricultural extension officers before the end of the month to benefit from the Government-supported winter wheat scheme.
p|The scheme, which provides seed, fertiliser and chemicals on credit, is targeting 4 500 hectares in the province this season, up from 3 200 hectares last year.
p|Masvingo provincial agronomist Mrs Chipo Ndlovu said yesterday that only farmers with reliable access to irrigation water would be considered.
p|"We want to avoid a situation where inputs are given to farmers who then fail to irrigate their crop. Every applicant will be visited by an extension officer to verify the water source," she said.
ad|ADVERTISEMENT
h2|Dams at comfortable levels
p|Most dams in the province recorded good inflows during the rainy season, with Lake Mutirikwi currently at 78 percent of capacity.
p|Mrs Ndlovu said the province's main irrigation schemes, including those in Chiredzi and Mwenezi, had already submitted their planting plans.
p|She said the planting window would open on May 1 and close on May 31, and farmers who plant late risk lower yields due to rains in November.
p|Smallholder farmers who spoke to The Harare Tribune welcomed the scheme but called for inputs to be delivered on time.
p|"Last year the fertiliser came two weeks late and it affected our yields. We hope this time it will be different," said Mr Tafadzwa Mabhena, a farmer at a scheme near Masvingo town.
whatsapp|Join The Harare Tribune WhatsApp Channel for the latest news
tags|Tags: Agriculture Masvingo Wheat Winter Wheat
nav|Previous Article
nav|Mutare residents decry erratic water supplies
nav|Next Article
nav|Warriors coach names provisional squad for Afcon qualifiers
related|Related Posts
related|Tobacco farmers earn US$380m so far
related|Apr 7, 2025
related|Command agriculture: over 10 000 farmers contracted
related|Apr 5, 2025
related|Gokwe cotton growers get early payments
related|Apr 3, 2025
comments|Leave a Reply
comments|Your email address will not be published. Required fields are marked *
comments|Comment *
comments|Name *
comments|Email *
comments|Post Comment
disclaimer|We encourage readers to comment respectfully. Comments that are abusive, defamatory or hateful will be removed.
most-read|Most Popular
most-read|Fuel prices down for April
most-read|Woman jailed for stock theft
most-read|Dynamos sign former Chicken Inn striker
epaper|Today's E-Paper
epaper|Read The Harare Tribune e-paper online
network|Our Titles
network|The Sunday Tribune
network|The Bulawayo Record
network|H-Scene
network|Kwayedza Weekly
network|Star FM Radio
footer|About Us
footer|Advertising Rates
footer|Privacy Policy
footer|Contact Us
footer|The Harare Tribune, Herald House, cnr George Silundika Avenue & Second Street, Harare
copyright|Copyright © 2025 Zimbabwe Newspapers Group. All rights reserved.
"""),
 dict(id="zimbabwe-herald-style-2", site="zimbabwe-herald-style", lang="en", sep="\n\n", title="Bulawayo council begins repairs on 40km of potholed roads", date="2025-08-21", page="""
timestamp|Thursday, August 21, 2025
menu|E-Paper
menu|Subscribe
menu|Advertise
menu|Contact Us
menu|The Harare Tribune
menu|Zimbabwe's Largest Daily Newspaper
menu|Home
menu|News
menu|Top Stories
menu|Local
menu|Provincial
menu|Business
menu|Opinion & Analysis
menu|Sport
menu|Entertainment
menu|Health
menu|Agriculture
menu|Africa
menu|World
menu|Videos
ticker|ZSE ALL SHARE 219,06 ▼ 0,3% | ZiG/US$ 26,91 | GOLD US$3 340 | TOBACCO SALES CLOSED
breaking|BREAKING: Heroes Day commemorations: full speech … Grain Marketing Board raises maize price
section-label|Local News
h1|Bulawayo council begins repairs on 40km of potholed roads
byline|Sibusisiwe Dube
byline|Bulawayo Bureau
dateline|Aug 21, 2025
views|Post Views: 863
share|Facebook
share|Twitter
share|WhatsApp
share|Telegram
share|Email
p|BULAWAYO City Council has started repairing about 40 kilometres of roads in the city centre and high-density suburbs, in a programme expected to run until the end of the year.
p|The works are being funded through the Emergency Road Rehabilitation Programme and the council's own budget, with the first crews deployed along Fife Street and in Luveve this week.
caption|Council workers patch a section of Fife Street in Bulawayo yesterday. (Picture: Nkosizile Ndlovu)
p|Town clerk Engineer Mthokozisi Sibanda told a full council meeting on Tuesday that the local authority had prioritised roads used by commuter omnibuses and emergency vehicles.
p|"Some of these roads have not been resurfaced in more than 15 years. We are starting with those that carry the most traffic," he said.
ad|ADVERTISEMENT
h2|Residents welcome programme
p|The roads to be repaired in the first phase include:
li|Fife Street and Jason Moyo Street in the central business district;
li|Luveve Road from the city centre to Luveve 5;
li|sections of Nketa Drive and Masotsha Ndlovu Avenue.
p|Residents who spoke to this publication welcomed the works but urged the council to improve drainage to prevent the roads from deteriorating again during the rainy season.
p|Bulawayo Residents Association chairperson Mr Ndabezinhle Ncube said: "Patching alone will not solve the problem. The water must have somewhere to go."
p|The council said drains would be cleared along each road before resurfacing.
whatsapp|Join The Harare Tribune WhatsApp Channel for the latest news
tags|Tags: Bulawayo City Council Roads
nav|Previous Article
nav|Gwanda solar plant to feed 20MW into national grid
nav|Next Article
nav|Highlanders, CAPS United share spoils at Barbourfields
related|Related Posts
related|Harare begins water rationing in northern suburbs
related|Aug 20, 2025
related|Kwekwe vendors relocated to new market stalls
related|Aug 19, 2025
related|Chitungwiza clinic gets new maternity wing
related|Aug 18, 2025
comments|Leave a Reply
comments|Your email address will not be published. Required fields are marked *
comments|Comment *
comments|Name *
comments|Email *
comments|Post Comment
disclaimer|We encourage readers to comment respectfully. Comments that are abusive, defamatory or hateful will be removed.
most-read|Most Popular
most-read|New school fees structure gazetted
most-read|Man fined for driving unregistered kombi
teaser-list|Bulawayo council begins repairs on 40km of potholed roads
epaper|Today's E-Paper
epaper|Read The Harare Tribune e-paper online
network|Our Titles
network|The Sunday Tribune
network|The Bulawayo Record
network|H-Scene
network|Kwayedza Weekly
network|Star FM Radio
footer|About Us
footer|Advertising Rates
footer|Privacy Policy
footer|Contact Us
footer|The Harare Tribune, Herald House, cnr George Silundika Avenue & Second Street, Harare
copyright|Copyright © 2025 Zimbabwe Newspapers Group. All rights reserved.
"""),
]
