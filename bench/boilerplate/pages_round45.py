# Round 45: eight pages on four more layouts (a French national daily with a paywall, a Mauritian French-language
# daily, a Bangladeshi English daily, a US local TV station's news site), written blind: without looking at the
# classifier, its rules or the benchmark, measured once. Each line: "label|text". Invented text; no real article is copied.
ROUND45 = [
 dict(id="le-figaro-style-1", site="le-figaro-style", lang="fr", sep="\n\n", title="Trains du quotidien : la SNCF promet 300 rames rénovées d’ici 2028, les usagers restent sceptiques", date="2026-03-11", page="""
skip-link|Aller au contenu
skip-link|Aller au menu
skip-link|Aller à la recherche
menu|Le Quotidien National
menu|Menu
menu|Rechercher
paywall|S’abonner
paywall|1 € le premier mois
menu|Mon compte
menu|Actualité  Politique  International  Économie  Sciences & Environnement  Culture  Sport  Vox  Styles  Immobilier
menu|Édition abonnés
breadcrumb|Accueil › Économie › Transports
section-label|Transports
paywall|Réservé aux abonnés
h1|Trains du quotidien : la SNCF promet 300 rames rénovées d’ici 2028, les usagers restent sceptiques
lead|Le plan présenté mercredi prévoit la rénovation complète de rames TER et Transilien. Les associations d’usagers réclament d’abord des trains à l’heure.
byline|Par Claire Dufresne
dateline|Publié le 11/03/2026 à 18:32, mis à jour le 12/03/2026 à 07:15
listen|Écouter cet article
listen|00:00/06:41
save|Sauvegarder cet article
share|Copier le lien
share|Lien copié
comments|Commenter
comments|212
share|Partager
caption|Une rame régionale en gare de Rouen-Rive-Droite, en février.
credit|Jean-Luc Perrin / Le Quotidien National
p|Des sièges neufs, des prises électriques, l’air conditionné et des écrans d’information en temps réel : la direction de la SNCF a détaillé mercredi un plan de rénovation de 300 rames régionales, à mener d’ici à la fin de 2028. Le programme, chiffré à 1,9 milliard d’euros, sera financé pour moitié par les régions, autorités organisatrices des transports du quotidien.
p|« Nous voulons que le voyageur sente la différence dès le premier trajet », a expliqué le directeur de l’activité voyageurs régionaux, lors d’une présentation au technicentre d’Oullins, près de Lyon. Les premières rames rénovées circuleront en Normandie et dans les Hauts-de-France dès l’automne.
related|À lire aussi
related|Grève à la SNCF : ce qui change pour les vacances de printemps
h2|Un parc vieillissant
p|Une partie du parc régional a plus de trente ans. Les pannes de climatisation l’été, les toilettes condamnées et les portes bloquées figurent en tête des réclamations reçues par les médiateurs régionaux. Plutôt que d’acheter des trains neufs, dont les délais de livraison dépassent désormais quatre ans, l’entreprise mise sur une « seconde vie » de quinze ans pour ses rames les plus robustes.
p|Les travaux seront répartis entre cinq technicentres. Chaque rame sera immobilisée entre huit et dix semaines, ce qui obligera certaines régions à louer du matériel à leurs voisines pendant la durée du chantier.
ad|Publicité
p|Les associations d’usagers saluent l’effort, mais relativisent. « Un train rénové qui arrive avec vingt minutes de retard reste un train en retard », résume la présidente d’une fédération d’usagers de la région Centre-Val de Loire. Selon elle, la priorité devrait aller à la maintenance des voies et à la disponibilité des conducteurs, principale cause des suppressions de trains l’an dernier.
h2|Les régions en première ligne
p|Du côté des conseils régionaux, l’accueil est plus nuancé qu’enthousiaste. Plusieurs exécutifs rappellent qu’ils financent déjà l’essentiel du matériel roulant et redoutent de voir la facture grimper. « Nous paierons, mais nous voulons des engagements écrits sur la ponctualité », prévient un vice-président chargé des transports.
p|La SNCF fait valoir que les rames rénovées consomment jusqu’à 12 % d’énergie en moins grâce à un nouvel éclairage et à une climatisation mieux régulée. Elle promet aussi un suivi public, rame par rame, de l’avancement du programme sur son site internet.
p|Reste la question de l’ouverture à la concurrence. Dans les régions qui ont déjà attribué des lignes à d’autres opérateurs, le matériel rénové sera transféré avec les lignes, comme le prévoit la loi. Un point que les syndicats de cheminots entendent examiner de près lors du prochain comité central.
tags|Transports  SNCF  TER  Régions
comments|Cet article est réservé aux abonnés. Commentez-le en tant qu’abonné.
comments|212 commentaires
comments|Trier par : Les plus récents
comments|Voyageur76
comments|Le 12/03/2026 à 08:03
comments|Encore des promesses. Ma ligne a perdu deux allers-retours depuis janvier.
comments|Répondre
comments|Signaler
comments|Jacques B.
comments|Le 12/03/2026 à 07:41
comments|Rénover plutôt que racheter, c’est du bon sens. Reste à tenir les délais.
comments|Répondre
comments|Signaler
comments|Voir les 212 commentaires
teaser-list|Sur le même sujet
teaser-list|Abonnés  Le TGV à bas prix victime de son succès : les places s’arrachent trois mois à l’avance
teaser-list|Ligne Paris-Clermont : l’État débloque 80 millions pour la voie
teaser-list|Abonnés  Conducteurs de train : pourquoi la SNCF peine à recruter
newsletter|Newsletter Économie
newsletter|Chaque matin, l’essentiel de l’actualité économique décryptée par nos journalistes.
newsletter|Adresse e-mail
newsletter|S’inscrire
most-read|Les plus lus
most-read|1 Retraites : ce que contient le projet de décret publié ce matin
most-read|2 Météo : un épisode de gel tardif attendu sur la moitié nord du pays
most-read|3 Immobilier : les taux de crédit repassent sous la barre des 3 %
most-read|4 Ligue 1 : le classement après la 26e journée
sponsored|Contenu sponsorisé
sponsored|Cette astuce de plombier permet de réduire sa facture d’eau de moitié
sponsored|Maisons-Conseil
sponsored|Découvrez les plus belles villas de la côte basque à louer cet été
sponsored|Villégiature Sud
games|Jeux  Mots fléchés  Sudoku  Mots croisés  Horoscope
footer|Le Quotidien National
footer|Nous suivre
footer|Facebook  X  Instagram  LinkedIn  YouTube
app|Téléchargez l’application
footer|Services  Annonces immobilières  Annonces légales  Boutique  Voyages  Jeux
footer|Mentions légales  CGU  CGV  Politique de confidentialité  Gestion des cookies  Charte de modération  Contact  Plan du site
copyright|© Le Quotidien National 2026 – Toute reproduction interdite
cookie|Paramétrer les cookies
"""),
 dict(id="le-figaro-style-2", site="le-figaro-style", lang="fr", sep="\n\n", title="Grippe aviaire : les éleveurs de canards du Sud-Ouest autorisés à ressortir leurs animaux", date="2026-04-02", page="""
skip-link|Aller au contenu
skip-link|Aller au menu
skip-link|Aller à la recherche
menu|Le Quotidien National
menu|Menu
menu|Rechercher
paywall|S’abonner
paywall|1 € le premier mois
menu|Se connecter
menu|Actualité  Politique  International  Économie  Sciences & Environnement  Culture  Sport  Vox  Styles  Immobilier
menu|Édition abonnés
cookie|Nous et nos partenaires utilisons des cookies pour mesurer l’audience, personnaliser les contenus et vous proposer des publicités adaptées. Vous pouvez modifier vos choix à tout moment via le lien « Gestion des cookies » en bas de page.
cookie|Accepter et fermer
cookie|Continuer sans accepter
cookie|Personnaliser
breadcrumb|Accueil › Économie › Conso
section-label|Agriculture
h1|Grippe aviaire : les éleveurs de canards du Sud-Ouest autorisés à ressortir leurs animaux
lead|Le niveau de risque a été abaissé à « modéré » par arrêté publié jeudi. Les volailles peuvent de nouveau sortir en plein air dans la plupart des départements.
byline|Par Le Quotidien National avec AFP
dateline|Publié le 02/04/2026 à 11:08
listen|Écouter cet article
listen|00:00/03:12
save|Sauvegarder cet article
share|Copier le lien
comments|Commenter
comments|37
share|Partager
caption|Des canards en plein air dans une exploitation des Landes.
credit|Illustration / Pierre Dabadie
p|Après cinq mois de confinement, les canards et les poulets fermiers vont pouvoir retrouver les parcours extérieurs. Un arrêté paru jeudi au Journal officiel abaisse le niveau de risque lié à l’influenza aviaire de « élevé » à « modéré » sur l’ensemble du territoire métropolitain.
p|La mesure, attendue par les filières du foie gras et des volailles sous label, met fin à l’obligation de mise à l’abri dans la plupart des départements. Quelques communes situées près des zones humides du littoral atlantique restent toutefois soumises à des restrictions jusqu’à la fin du mois.
related|À lire aussi
related|Abonnés  Foie gras : la filière compte sur la vaccination pour tourner la page des crises
p|Le ministère de l’Agriculture explique cette décision par la baisse nette des cas détectés dans la faune sauvage depuis la mi-mars et par l’absence de nouveau foyer en élevage depuis trois semaines. La campagne de vaccination obligatoire des canards, reconduite pour la troisième année, a selon lui largement contribué à limiter la circulation du virus.
p|Les éleveurs restent tenus de respecter plusieurs règles :
li|surveiller quotidiennement la mortalité et signaler tout cas suspect au vétérinaire ;
li|limiter l’accès des oiseaux sauvages aux points d’eau et d’alimentation ;
li|nettoyer et désinfecter les véhicules entrant sur l’exploitation.
ad|Publicité
p|« C’est un soulagement, surtout pour les petits producteurs en vente directe », a réagi un éleveur du Gers interrogé par l’AFP, qui rappelle que ses clients attachent de l’importance au plein air. Les organisations professionnelles demandent désormais une accélération du versement des indemnités promises après la crise de l’hiver.
signature|(Avec AFP)
tags|Agriculture  Grippe aviaire  Élevage
paywall|Vous souhaitez lire plus d’articles ? Profitez de l’offre spéciale : 1 € le premier mois, sans engagement.
paywall|Je m’abonne
teaser-list|Sur le même sujet
teaser-list|Prix des œufs : pourquoi la hausse pourrait durer jusqu’à l’été
teaser-list|Abonnés  Dans le Gers, les éleveurs réinventent la vente à la ferme
newsletter|Newsletter Économie
newsletter|Chaque matin, l’essentiel de l’actualité économique décryptée par nos journalistes.
newsletter|Adresse e-mail
newsletter|S’inscrire
most-read|Les plus lus
most-read|1 Pâques : combien coûtera le week-end sur les routes
most-read|2 Impôt sur le revenu : la déclaration en ligne ouvre le 9 avril
most-read|3 Bac 2026 : le calendrier complet des épreuves
most-read|4 Ces communes où le prix de l’eau va augmenter cette année
sponsored|Contenu sponsorisé
sponsored|Retraités : cette mutuelle rembourse mieux les lunettes que la vôtre
sponsored|Compare-Santé
games|Jeux  Mots fléchés  Sudoku  Mots croisés  Horoscope
footer|Le Quotidien National
footer|Nous suivre
footer|Facebook  X  Instagram  LinkedIn  YouTube
app|Téléchargez l’application
footer|Services  Annonces immobilières  Annonces légales  Boutique  Voyages  Jeux
footer|Mentions légales  CGU  CGV  Politique de confidentialité  Gestion des cookies  Charte de modération  Contact  Plan du site
copyright|© Le Quotidien National 2026 – Toute reproduction interdite
"""),
 dict(id="lexpress-maurice-style-1", site="lexpress-maurice-style", lang="fr", sep="\n", title="Coupures d’eau : la CWA revoit ses horaires de distribution à Curepipe et Vacoas", date="2026-02-18", page="""
timestamp|Mercredi 18 février 2026
weather|Port-Louis 31°C  Curepipe 24°C
ticker|EUR 52,14  USD 46,02  GBP 60,37  INR 0,53
menu|Connexion
menu|S’abonner
epaper|Édition numérique
menu|L’Île Express
menu|Accueil  Actualités  Économie  Politique  Faits divers  Sports  Magazine  Opinions  Région  Monde  Vidéos
menu|Rechercher...
breaking|DERNIÈRE MINUTE : Alerte cyclonique levée à Rodrigues – Les écoles rouvrent jeudi
breadcrumb|Accueil » Actualités » Société
section-label|Société
h1|Coupures d’eau : la CWA revoit ses horaires de distribution à Curepipe et Vacoas
byline|Par Priya Ramdin
dateline|18 février 2026, 11:02
share|Facebook  WhatsApp  Twitter  E-mail
font|A-  A+
caption|[ Photo : archives ] Les réservoirs de Mare-aux-Vacoas affichent un taux de remplissage de 41 %.
lead|Face à la baisse du niveau des réservoirs, la Central Water Authority adopte un nouveau calendrier de distribution dans les hauts du pays à partir de lundi. Les habitants n’auront l’eau que le matin et en début de soirée.
p|La Central Water Authority (CWA) a annoncé mardi un nouveau calendrier de distribution pour plusieurs localités des Plaines-Wilhems. À partir du lundi 23 février, l’eau sera fournie de 5 heures à 9 heures puis de 17 heures à 20 heures à Curepipe, Vacoas, Phoenix et Floréal.
p|Cette décision intervient alors que le réservoir de Mare-aux-Vacoas n’affiche plus qu’un taux de remplissage de 41 %, contre 68 % à la même période l’an dernier. Les pluies de l’été austral ont été nettement inférieures à la moyenne, selon les services météorologiques.
related|Lire aussi : Sécheresse : les planteurs de légumes tirent la sonnette d’alarme
p|« Nous devons préserver nos réserves jusqu’à la fin de la saison sèche », a expliqué un cadre de la CWA joint par téléphone. Il assure que des camions-citernes seront mis à la disposition des habitants des régions les plus touchées, notamment à Glen-Park et à La Marie.
h2|Grogne des habitants
p|À Curepipe, plusieurs habitants disent ne pas avoir été prévenus à temps des premières coupures, la semaine dernière. « On a appris la nouvelle par un message sur Facebook, alors que l’eau était déjà coupée », déplore Anita, mère de trois enfants, rencontrée à la rue Royale.
p|Les commerçants du centre-ville s’inquiètent aussi. Les restaurateurs, en particulier, disent devoir acheter des bidons d’eau pour continuer à travailler. Certains envisagent d’installer des citernes, dont le prix a grimpé depuis le début de l’année.
h2|Des travaux en retard
p|La CWA rappelle que le remplacement de 40 kilomètres de vieux tuyaux dans les Plaines-Wilhems est en cours. Les fuites représentent encore près de la moitié de l’eau produite, selon le dernier rapport du National Audit Office.
p|Le ministère de l’Énergie et des Services publics doit faire le point sur la situation lors d’une conférence de presse vendredi.
ad|PUBLICITÉ
poll|Sondage
poll|Êtes-vous touché par les coupures d’eau dans votre quartier ?
poll|Oui, tous les jours
poll|Oui, de temps en temps
poll|Non
poll|Voter
poll|Voir les résultats
comments|Commentaires (14)
comments|Rajen_77
comments|18/02/2026 - 12:15
comments|Chaque année la même chose. Où sont les nouveaux réservoirs promis ?
comments|Réagir
comments|Sylvie L.
comments|18/02/2026 - 13:40
comments|À Floréal on n’a pas eu d’eau depuis samedi soir, même pas le matin.
comments|Réagir
comments|Vous devez être connecté pour commenter.
whatsapp|Rejoignez la chaîne WhatsApp de L’Île Express pour recevoir l’essentiel de l’actualité.
teaser-list|Vous pourriez aussi aimer
teaser-list|Pluviométrie : février parmi les plus secs depuis 1990
teaser-list|Mare-Longue : la CWA lance les travaux de renforcement de la digue
teaser-list|Prix des légumes : la pomme d’amour à Rs 120 la livre
most-read|Les plus lus
most-read|Accident à Pailles : deux motocyclistes grièvement blessés
most-read|Budget 2026-27 : les premières consultations s’ouvrent lundi
most-read|Football : le Club M se qualifie pour le tour suivant
obituary|Avis de décès
obituary|Consultez les avis de décès du jour
classifieds|Petites annonces  Emplois  Immobilier  Automobiles
footer|L’Île Express – 3, rue des Éditeurs, Port-Louis – Tél. : 202 0000
footer|Qui sommes-nous  Contact  Publicité  Conditions d’utilisation  Politique de confidentialité
copyright|© 2026 L’Île Express. Tous droits réservés.
"""),
 dict(id="lexpress-maurice-style-2", site="lexpress-maurice-style", lang="fr", sep="\n", title="Marché de Quatre-Bornes : les marchands dénoncent la hausse des loyers des étals", date="2026-03-05", page="""
timestamp|Jeudi 5 mars 2026
weather|Port-Louis 30°C  Curepipe 23°C
ticker|EUR 52,31  USD 46,10  GBP 60,52  INR 0,53
menu|Connexion
menu|S’abonner
epaper|Édition numérique
menu|L’Île Express
menu|Accueil  Actualités  Économie  Politique  Faits divers  Sports  Magazine  Opinions  Région  Monde  Vidéos
menu|Rechercher...
breadcrumb|Accueil » Actualités » Économie
section-label|Commerce
h1|Marché de Quatre-Bornes : les marchands dénoncent la hausse des loyers des étals
byline|Par Kevin Lagesse
dateline|5 mars 2026, 16:47
share|Facebook  WhatsApp  Twitter  E-mail
font|A-  A+
caption|[ Photo : Nishan Beeharry ] Une quarantaine de marchands ont manifesté devant la mairie mercredi après-midi.
lead|La municipalité veut presque doubler le loyer mensuel des étals du marché. Les marchands de légumes et de tissus menacent de fermer boutique pendant trois jours.
p|Une quarantaine de marchands du marché de Quatre-Bornes se sont rassemblés mercredi après-midi devant l’hôtel de ville pour protester contre la hausse des loyers annoncée par la municipalité. Le loyer mensuel d’un étal passerait de Rs 1 800 à Rs 3 400 dès le mois d’avril.
p|« Avec la baisse de la clientèle, on ne peut pas payer ça », lance Rakesh, qui vend des légumes au marché depuis vingt-deux ans. Selon lui, les clients préfèrent désormais les supermarchés et les foires du week-end, où le stationnement est plus facile.
p|Les marchands dénoncent aussi l’état du bâtiment : toiture qui fuit pendant les grosses averses, toilettes fermées depuis des mois, éclairage insuffisant dans les allées du fond.
related|Lire aussi : Rose-Hill : le nouveau marché ouvrira ses portes en juin
h2|La mairie évoque des travaux
p|Du côté de la municipalité, on explique que la hausse doit financer la rénovation du marché, estimée à Rs 45 millions. « Les loyers n’ont pas bougé depuis 2014. Nous ne pouvons pas rénover sans recettes supplémentaires », affirme un conseiller municipal.
p|La mairie propose d’étaler l’augmentation sur deux ans, une offre que l’association des marchands juge insuffisante. Elle réclame un gel des loyers jusqu’à la fin des travaux et une réunion avec le ministre des Collectivités locales.
p|Faute de réponse d’ici lundi, les marchands disent vouloir fermer leurs étals du 12 au 14 mars, en pleine période de préparatifs pour les fêtes.
ad|PUBLICITÉ
comments|Commentaires (6)
comments|Ashok D.
comments|05/03/2026 - 17:30
comments|Rénovez d’abord, augmentez ensuite. C’est la logique.
comments|Réagir
comments|Vous devez être connecté pour commenter.
whatsapp|Rejoignez la chaîne WhatsApp de L’Île Express pour recevoir l’essentiel de l’actualité.
teaser-list|Vous pourriez aussi aimer
teaser-list|Foire de Flacq : la fréquentation en baisse
teaser-list|Prix des carburants : statu quo pour le mois de mars
teaser-list|Port-Louis : la gare Victoria accueille un marché artisanal le samedi
most-read|Les plus lus
most-read|Fête de l’Indépendance : le programme des célébrations
most-read|Météo : de fortes averses attendues sur le Plateau central
most-read|Bourse de Maurice : le Semdex termine en hausse
obituary|Avis de décès
obituary|Consultez les avis de décès du jour
classifieds|Petites annonces  Emplois  Immobilier  Automobiles
footer|L’Île Express – 3, rue des Éditeurs, Port-Louis – Tél. : 202 0000
footer|Qui sommes-nous  Contact  Publicité  Conditions d’utilisation  Politique de confidentialité
copyright|© 2026 L’Île Express. Tous droits réservés.
"""),
 dict(id="daily-star-bd-style-1", site="daily-star-bd-style", lang="en", sep="\n\n", title="Metro rail to run till 11pm from Sunday", date="2026-01-09", page="""
timestamp|Fri Jan 9, 2026
epaper|Today's ePaper
lang-switch|বাংলা
menu|The Bengal Tribune
menu|Sign In
menu|Subscribe
menu|News  Bangladesh  Investigative Stories  Opinion  Business  Sports  Entertainment  Lifestyle  Tech & Startup  Environment  Youth  Star Multimedia
menu|Search
breadcrumb|Bangladesh > Transport
section-label|Transport
h1|Metro rail to run till 11pm from Sunday
byline|Staff Correspondent
dateline|Fri Jan 9, 2026 06:12 PM
dateline|Last update on: Fri Jan 9, 2026 09:40 PM
caption|Commuters board a metro train at Agargaon station. The extended hours will apply on all working days.
credit|Photo: Star/Rashed Alam
share|Share on Facebook  Share on X  Share on WhatsApp  Copy link
p|Dhaka's metro rail will run until 11:00pm on working days from Sunday, an hour later than the current schedule, Dhaka Mass Transit Company Limited (DMTCL) announced yesterday.
p|The last train from Uttara North will leave at 10:20pm, while the last one from Motijheel will depart at 10:40pm, according to a press release signed by the company's deputy general manager (administration).
p|Trains will run every eight minutes during peak hours, from 7:00am to 10:00am and from 4:00pm to 8:00pm, and every 12 minutes at other times.
ad|Advertisement
p|"Passenger demand after office hours has grown steadily, particularly at Farmgate, Karwan Bazar and Motijheel. We have decided to extend the service considering these needs," a DMTCL official told The Bengal Tribune, asking not to be named.
p|The Friday schedule will remain unchanged, with services from 3:00pm to 9:00pm.
h2|Commuters welcome move
p|Regular passengers said the extension would save them from long waits for buses late in the evening.
p|"I work in a garment buying house in Karwan Bazar and often leave after nine. Getting a bus at that hour is a nightmare," said Farzana Akter, who travels daily to Mirpur-10.
p|However, some commuters complained that ticket vending machines at several stations remain out of order, forcing long queues at the counters.
p|The DMTCL official said new machines would be installed at six stations by the end of February.
ad|Advertisement
tags|Related topic:
tags|metro rail  DMTCL  Dhaka traffic
follow|Follow The Bengal Tribune's Google News channel for the latest news and updates.
whatsapp|Get the latest news updates from The Bengal Tribune on our WhatsApp channel. Join now
related|Related News
related|Metro rail fares unchanged for 2026, says DMTCL
related|Jan 3, 2026
related|MRT Line-1: land acquisition for Purbachal route nears completion
related|Dec 28, 2025
comments|Comments
comments|Comments Policy
teaser-list|More from Bangladesh
teaser-list|Cold wave grips northern districts, temperature drops to 7.8°C in Tetulia
teaser-list|4h ago
teaser-list|SSC exams to begin on February 19
teaser-list|5h ago
teaser-list|Dengue: two more deaths reported in 24 hours
teaser-list|7h ago
most-read|Most Viewed
most-read|1 Cold wave grips northern districts, temperature drops to 7.8°C in Tetulia
most-read|2 Gold price rises by Tk 1,500 per bhori
most-read|3 BPL 2026: Rangpur thrash Khulna by eight wickets
footer|The Bengal Tribune
footer|About Us  Contact Us  Sitemap  Privacy Policy  Comment Policy  Archives  Advertisement  Apps
footer|Follow Us
footer|Facebook  X  Instagram  YouTube  LinkedIn
app|Download The Bengal Tribune app: Google Play  App Store
copyright|© 2026 thebengaltribune.com
footer|Editor & Publisher: Printed and published by the Editor on behalf of Tribune Media Ltd, 64-65 Kazi Nazrul Islam Avenue, Dhaka-1215
"""),
 dict(id="daily-star-bd-style-2", site="daily-star-bd-style", lang="en", sep="\n\n", title="Munshiganj potato farmers count losses as cold storage rents rise", date="2026-03-08", page="""
timestamp|Sun Mar 8, 2026
epaper|Today's ePaper
lang-switch|বাংলা
menu|The Bengal Tribune
menu|Sign In
menu|Subscribe
menu|News  Bangladesh  Investigative Stories  Opinion  Business  Sports  Entertainment  Lifestyle  Tech & Startup  Environment  Youth  Star Multimedia
menu|Search
breadcrumb|Business > Economy
section-label|Economy
h1|Munshiganj potato farmers count losses as cold storage rents rise
byline|Sohel Rana, Munshiganj
dateline|Sun Mar 8, 2026 12:00 AM
dateline|Last update on: Sun Mar 8, 2026 02:31 AM
caption|Farmers sort harvested potatoes at a field in Tongibari upazila last week. Prices at the farm gate have fallen to Tk 14 a kilogramme.
credit|Photo: Collected
share|Share on Facebook  Share on X  Share on WhatsApp  Copy link
lead|Farm-gate prices fall below production cost after bumper harvest
p|Potato growers in Munshiganj, one of the country's main potato-producing districts, are facing heavy losses this season as farm-gate prices have fallen below production costs while cold storage owners have raised rents.
p|Farmers said they are now selling potatoes at Tk 13-15 per kilogramme, whereas it cost them around Tk 19 to produce each kilogramme, including seed, fertiliser, irrigation and labour.
p|At the same time, the district's cold storages have increased the rent for a 50-kg sack to Tk 400, up from Tk 340 last year, citing higher electricity bills.
ad|Advertisement
p|"I cultivated potato on three bighas of land with a loan from an NGO. If I sell now, I lose money. If I store, I have to pay more rent. I don't know what to do," said Abdul Kader, a farmer of Sirajdikhan upazila.
h2|Bumper harvest
p|According to the Department of Agricultural Extension (DAE), potato was cultivated on around 34,500 hectares of land in the district this season, and production is expected to exceed 11 lakh tonnes, higher than the target.
p|Good weather and the absence of late blight helped the yield, officials said.
p|A cold storage owner in Tongibari, requesting anonymity, said the rent hike was unavoidable. "Our costs have gone up by almost 25 percent in a year. We cannot run the business at a loss either," he said.
h2|Demand for government purchase
p|Farmers' leaders urged the government to buy potatoes directly from growers and to fix a reasonable storage rent. They also called for steps to boost exports, which fell last year.
p|Contacted, the deputy director of DAE in Munshiganj said the matter had been brought to the attention of the agriculture ministry and a meeting with cold storage owners would be held this week.
ad|Advertisement
tags|Related topic:
tags|potato  Munshiganj  farmers  cold storage
follow|Follow The Bengal Tribune's Google News channel for the latest news and updates.
whatsapp|Get the latest news updates from The Bengal Tribune on our WhatsApp channel. Join now
related|Related News
related|Vegetable prices fall as winter supply peaks
related|Feb 14, 2026
related|Potato exports drop by half as buyers turn to India
related|Nov 30, 2025
comments|Comments
comments|Comments Policy
teaser-list|More from Economy
teaser-list|Remittance inflow tops $812m in first week of March
teaser-list|2h ago
teaser-list|LPG price cut by Tk 35 per cylinder
teaser-list|6h ago
most-read|Most Viewed
most-read|1 Eid holidays: govt announces nine-day break
most-read|2 Remittance inflow tops $812m in first week of March
most-read|3 Train tickets for Eid journey to be sold online from Tuesday
footer|The Bengal Tribune
footer|About Us  Contact Us  Sitemap  Privacy Policy  Comment Policy  Archives  Advertisement  Apps
footer|Follow Us
footer|Facebook  X  Instagram  YouTube  LinkedIn
app|Download The Bengal Tribune app: Google Play  App Store
copyright|© 2026 thebengaltribune.com
footer|Editor & Publisher: Printed and published by the Editor on behalf of Tribune Media Ltd, 64-65 Kazi Nazrul Islam Avenue, Dhaka-1215
"""),
 dict(id="us-tv-affiliate-style-1", site="us-tv-affiliate-style", lang="en", sep="\n", title="Water main break floods part of Cedar Avenue, boil advisory issued for nearby homes", date="2026-02-10", page="""
skip-link|Skip to content
menu|KRVT 9 News
weather|38°
weather|Cedar Falls, IA
alert|WEATHER ALERT: Winter Weather Advisory in effect until 6 AM Wednesday
watch|Watch Live
menu|News  Local  Weather  9 On Your Side  Sports  Community  Contests  Video  Watch
menu|Closings & Delays
menu|Search
menu|Menu
section-label|Local News
h1|Water main break floods part of Cedar Avenue, boil advisory issued for nearby homes
byline|By: Jenna Alvarez
dateline|Posted 5:42 PM, Feb 10, 2026 and last updated 7:18 PM, Feb 10, 2026
share|Facebook  X  Email  Copy Link
video|Now Playing
video|Crews work to repair Cedar Avenue water main break
video|01:58
video|Watch the full report from KRVT 9's Jenna Alvarez above.
p|CEDAR FALLS, Iowa — A water main break sent several inches of water across a stretch of Cedar Avenue on Tuesday afternoon, closing the road between 12th and 18th Streets and leaving dozens of homes without water.
p|City utility crews were called to the area just before 2 p.m. after a driver reported water bubbling up through the pavement near the intersection with 14th Street, according to a spokesperson for Cedar Falls Utilities.
ad|Advertisement
p|The 12-inch cast iron pipe was installed in the 1950s, the spokesperson said. Freezing temperatures over the past week likely played a role in the break.
p|Residents in the affected area are under a precautionary boil advisory until further notice. Those homes include:
li|All addresses on Cedar Avenue between 12th and 18th Streets
li|The 500 and 600 blocks of West 14th Street
li|The 500 block of West 16th Street
p|"We came home and there was just a river in front of the house," said Mark Hollister, who lives on 16th Street. "The kids thought it was pretty exciting. I'm less excited about boiling water for a couple of days."
ad|Advertisement
p|Crews expect to have the main repaired by late Wednesday, weather permitting. The road will remain closed to traffic until the pavement can be patched, which could take several more days.
p|Drivers are asked to use Main Street or Hudson Road as alternate routes.
p|The utility says customers who notice discolored water once service returns should run their cold water taps for several minutes.
signature|KRVT 9's Tom Reilly contributed to this report.
copyright|Copyright 2026 Prairie Broadcast Group, Inc. All rights reserved. This material may not be published, broadcast, rewritten, or redistributed.
tip|Have a news tip? Email newsroom@krvt9.com or call 319-555-0199.
report-error|Report a typo or error
newsletter|Sign up for the KRVT 9 Morning Headlines newsletter
newsletter|Get the day's top local stories in your inbox every weekday morning.
newsletter|Enter your email
newsletter|Sign up
app|Download the free KRVT 9 News app for breaking news alerts
most-read|Trending Stories
most-read|School districts announce two-hour delays for Wednesday
most-read|Waterloo man sentenced in 2024 hit-and-run
most-read|Panthers fall to Drake in overtime thriller
most-read|Grocery store chain to close two Iowa locations
sponsored|Sponsored Stories
sponsored|Iowa Drivers Are Switching To This New Car Insurance Plan
sponsored|SmartQuote Daily
sponsored|Surgeon: If You Have Knee Pain, Try This Tonight
sponsored|Health Insider Weekly
teaser-list|More Local News
teaser-list|Cedar Falls council approves new downtown parking rules
teaser-list|1 hour ago
teaser-list|Black Hawk County sheriff's office adds K-9 unit
teaser-list|3 hours ago
footer|KRVT 9 News
footer|About Us  Contact Us  Careers  Advertise With Us  Newsletters  Apps
footer|FCC Public File  EEO Public File Report  FCC Applications  Closed Captioning Contact
footer|Terms of Use  Privacy Policy  Accessibility Statement  Do Not Sell or Share My Personal Information  Cookie Settings
copyright|© 2026 Prairie Broadcast Group, Inc.
"""),
 dict(id="us-tv-affiliate-style-2", site="us-tv-affiliate-style", lang="en", sep="\n", title="Overcrowded animal shelter waives adoption fees through the weekend", date="2026-05-14", page="""
skip-link|Skip to content
menu|KRVT 9 News
weather|71°
weather|Cedar Falls, IA
breaking|BREAKING: Part of Highway 20 closed near Dike after semi rollover
watch|Watch Live
menu|News  Local  Weather  9 On Your Side  Sports  Community  Contests  Video  Watch
menu|Closings & Delays
menu|Search
menu|Menu
section-label|Community
h1|Overcrowded animal shelter waives adoption fees through the weekend
byline|By: Marcus Bell
dateline|Posted 11:05 AM, May 14, 2026
share|Facebook  X  Email  Copy Link
video|Now Playing
video|Shelter at capacity: Dozens of dogs need homes
video|02:31
p|WATERLOO, Iowa — The Cedar Valley Humane Society is waiving adoption fees for all dogs and cats through Sunday after reaching full capacity for the third time this year.
p|The shelter currently houses 74 dogs in a building designed for 52, staff said Thursday. Some animals are being kept in crates in offices and hallways.
ad|Advertisement
p|"We've never had to say no to so many owner surrenders in a single month," said shelter director Kayla Nguyen. "People are telling us they can't afford rent increases or vet bills, and their pets are the ones paying for it."
h2|What to know before you go
p|Adoptions are open Thursday and Friday from noon to 7 p.m., and Saturday and Sunday from 10 a.m. to 4 p.m. Adopters must be at least 18 and bring a photo ID.
p|All animals are spayed or neutered, vaccinated and microchipped before going home. Renters are asked to bring a copy of their lease or a landlord's contact information showing pets are allowed.
p|The shelter is also looking for foster families willing to take in a dog for two to four weeks while space opens up.
ad|Advertisement
p|Nguyen said donations of dog food, cat litter and towels are welcome at the front desk. A full wish list is posted on the shelter's website.
p|Last fall, a similar fee-free weekend found homes for 61 animals.
copyright|Copyright 2026 Prairie Broadcast Group, Inc. All rights reserved. This material may not be published, broadcast, rewritten, or redistributed.
tip|Have a news tip? Email newsroom@krvt9.com or call 319-555-0199.
report-error|Report a typo or error
promo|Pet of the Week: Meet Biscuit, a 3-year-old beagle mix who loves car rides
newsletter|Sign up for the KRVT 9 Morning Headlines newsletter
newsletter|Get the day's top local stories in your inbox every weekday morning.
newsletter|Enter your email
newsletter|Sign up
app|Download the free KRVT 9 News app for breaking news alerts
most-read|Trending Stories
most-read|Semi rollover closes Highway 20 near Dike
most-read|Cedar Falls Schools name new superintendent
most-read|Storms possible Friday evening: What to expect
sponsored|Sponsored Stories
sponsored|Retirees Are Cashing In On This Little-Known Iowa Program
sponsored|Money Matters Today
teaser-list|More Community News
teaser-list|Food bank's summer lunch program returns June 1
teaser-list|2 hours ago
teaser-list|Local scouts plant 300 trees along the Cedar River trail
teaser-list|Yesterday
footer|KRVT 9 News
footer|About Us  Contact Us  Careers  Advertise With Us  Newsletters  Apps
footer|FCC Public File  EEO Public File Report  FCC Applications  Closed Captioning Contact
footer|Terms of Use  Privacy Policy  Accessibility Statement  Do Not Sell or Share My Personal Information  Cookie Settings
copyright|© 2026 Prairie Broadcast Group, Inc.
"""),
]
