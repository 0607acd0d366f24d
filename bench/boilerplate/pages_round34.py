# Round 34: eight pages on four more layouts (a Luxembourg French-language daily, a New Zealand national news site,
# a northern French regional daily, an independent Hong Kong English news site), written blind: without looking at
# the classifier, its rules or the benchmark, measured once. Each line: "label|text". Invented text; no real
# article is copied.
ROUND34 = [
 dict(id="luxembourg-wort-style-1", site="luxembourg-wort-style", lang="fr", sep="\n\n", title="Les loyers ont encore grimpé de 3,8 % en un an au Luxembourg", date="2025-10-09", page="""
skip-link|Aller au contenu principal
cookie|Nous respectons votre vie privée
cookie|Avec nos 143 partenaires, nous utilisons des cookies et des technologies similaires pour stocker et consulter des informations sur votre appareil, afin de vous proposer des contenus et des publicités personnalisés et de mesurer l’audience. Vous pouvez modifier vos choix à tout moment via le lien « Paramètres de confidentialité » en bas de page.
cookie|Tout accepter
cookie|Continuer sans accepter
cookie|Personnaliser mes choix
lang-switch|LU   DE   FR   EN   PT
menu|L’Observateur
menu|Le quotidien francophone du Grand-Duché
timestamp|Jeudi, 9 octobre 2025
weather|Luxembourg-Ville 11 °C, averses
menu|S’abonner
menu|Se connecter
menu|Luxembourg
menu|Politique
menu|Économie
menu|Grande Région
menu|International
menu|Sport
menu|Culture
menu|Lifestyle
menu|Podcasts
epaper|ePaper
traffic|Trafic en direct : A3 Dudelange → Gasperich, 25 min de retard · A31 Thionville → frontière, 40 min
breadcrumb|Accueil › Luxembourg › Logement
section-label|Logement
h1|Les loyers ont encore grimpé de 3,8 % en un an au Luxembourg
lead|Selon les derniers chiffres de l’Observatoire de l’habitat, un appartement d’une chambre se loue désormais en moyenne 1.640 euros par mois dans le pays. Le nord reste nettement moins cher que la capitale.
byline|Sophie Weber
dateline|09.10.2025 à 06:30
dateline|Mis à jour : 09.10.2025 à 08:12
listen|Écouter l’article
listen|00:00 / 04:12
share|Partager
share|Facebook  X  LinkedIn  WhatsApp  E-mail
caption|Dans la capitale, les hausses les plus fortes concernent les quartiers de la Gare et de Bonnevoie.
credit|Photo : Anouk Feltgen
p|La détente observée sur le marché de la vente ne profite toujours pas aux locataires. D’après la note trimestrielle publiée mercredi par l’Observatoire de l’habitat, les loyers annoncés ont progressé de 3,8 % entre le troisième trimestre 2024 et le troisième trimestre 2025.
p|Un appartement d’une chambre se loue en moyenne 1.640 euros par mois, charges non comprises. Pour un deux-chambres, il faut compter 2.210 euros, soit près de 90 euros de plus qu’il y a un an.
p|« La demande locative reste très forte, car beaucoup de ménages qui auraient acheté il y a trois ans n’en ont plus les moyens », résume Claire Hoffmann, chargée d’études à l’Observatoire.
related|À lire aussi
related|Prêts immobiliers : les banques luxembourgeoises assouplissent leurs conditions
ad|Publicité
h2|De fortes différences selon les communes
p|Les écarts entre régions restent marqués. Dans la capitale, le loyer moyen au mètre carré atteint 36,20 euros, contre 24,10 euros dans le canton de Clervaux et 26,50 euros dans celui de Wiltz.
p|Les communes du sud, longtemps considérées comme une alternative abordable, rattrapent leur retard : à Esch-sur-Alzette et à Differdange, la hausse dépasse 5 % sur un an.
p|Les loyers les plus élevés par mètre carré concernent :
li|Luxembourg-Ville (36,20 euros) ;
li|Strassen (33,80 euros) ;
li|Bertrange (32,90 euros) ;
li|Hesperange (31,70 euros).
h2|Le gouvernement mise sur la construction
p|Le ministère du Logement rappelle que plus de 2.300 logements abordables sont actuellement en chantier. Un projet de loi doit par ailleurs plafonner plus strictement les loyers des logements neufs à partir de 2026.
p|Pour l’association de défense des locataires, ces mesures arrivent « bien trop tard ». Elle réclame un gel temporaire des loyers pour les baux en cours.
newsletter|Recevez chaque matin à 7 heures l’essentiel de l’actualité luxembourgeoise.
newsletter|Votre adresse e-mail
newsletter|Je m’inscris
tags|Logement   Loyers   Observatoire de l’habitat   Luxembourg-Ville
author-link|Plus d’articles de Sophie Weber
comments|Commentaires (14)
comments|Pour réagir à cet article, connectez-vous avec votre compte abonné.
teaser-list|Les dernières infos
teaser-list|10:42
teaser-list|Esch-sur-Alzette : le marché hebdomadaire déménage place de l’Hôtel de Ville
teaser-list|10:15
teaser-list|Index : la prochaine tranche attendue au premier trimestre 2026
teaser-list|09:58
teaser-list|Football : les Roud Léiwen convoquent deux nouveaux joueurs
most-read|Les plus lus
most-read|1 Frontaliers : ce qui change pour le télétravail au 1er janvier
most-read|2 Un tronçon de l’A1 fermé tout le week-end
most-read|3 Braderie de Luxembourg : le programme complet
partner|Contenu partenaire
partner|Épargne-pension : trois questions à se poser avant la fin de l’année
app|Toute l’actualité sur votre mobile : téléchargez l’application L’Observateur
footer|L’Observateur · 2, rue Albert Borschette · L-1246 Luxembourg
footer|Qui sommes-nous   Contact   Publicité   Offres d’emploi   FAQ abonnés
footer|Mentions légales   Conditions générales de vente   Protection des données   Paramètres de confidentialité
copyright|© 2025 Éditions du Kirchberg S.A. Tous droits réservés.
"""),
 dict(id="luxembourg-wort-style-2", site="luxembourg-wort-style", lang="fr", sep="\n\n", title="Moselle : des vendanges précoces et un millésime « plein de promesses »", date="2025-09-16", page="""
skip-link|Aller au contenu principal
cookie|Nous respectons votre vie privée
cookie|Avec nos 143 partenaires, nous utilisons des cookies et des technologies similaires pour stocker et consulter des informations sur votre appareil, afin de vous proposer des contenus et des publicités personnalisés et de mesurer l’audience. Vous pouvez modifier vos choix à tout moment via le lien « Paramètres de confidentialité » en bas de page.
cookie|Tout accepter
cookie|Continuer sans accepter
cookie|Personnaliser mes choix
lang-switch|LU   DE   FR   EN   PT
menu|L’Observateur
menu|Le quotidien francophone du Grand-Duché
timestamp|Mardi, 16 septembre 2025
weather|Luxembourg-Ville 19 °C, ensoleillé
menu|S’abonner
menu|Se connecter
menu|Luxembourg
menu|Politique
menu|Économie
menu|Grande Région
menu|International
menu|Sport
menu|Culture
menu|Lifestyle
menu|Podcasts
epaper|ePaper
traffic|Trafic en direct : B7 Schieren → Mersch, accident, 15 min de retard · N31 Esch → Differdange, fluide
breadcrumb|Accueil › Luxembourg › Régions
section-label|Viticulture
paywall|Premium
h1|Moselle : des vendanges précoces et un millésime « plein de promesses »
lead|Les premiers raisins pour le crémant ont été cueillis lundi à Remich et Wormeldange, avec près de dix jours d’avance sur la moyenne. Les vignerons se réjouissent d’une récolte saine, mais moins abondante.
byline|Marc Thill
dateline|16.09.2025 à 17:05
listen|Écouter l’article
listen|00:00 / 03:38
share|Partager
share|Facebook  X  LinkedIn  WhatsApp  E-mail
gallery|Galerie photos (12)
caption|Au domaine Kox, à Remich, les vendangeurs ont commencé par les parcelles de pinot blanc destinées au crémant.
credit|Photo : Guy Jallay
p|Sécateur à la main et seau au pied, une quinzaine de saisonniers s’activaient lundi matin dans les coteaux qui dominent la Moselle à Wormeldange. Dans la vallée, les vendanges 2025 ont démarré officiellement avec une bonne semaine d’avance.
p|« Le printemps doux et les chaleurs de juillet ont accéléré la maturité. Les grappes sont petites, mais très saines », explique Paul Kremer, vigneron indépendant à Ehnen, qui exploite huit hectares.
p|L’Institut viti-vinicole de Remich estime la récolte à environ 105.000 hectolitres, soit 10 % de moins que l’an dernier. Le gel tardif d’avril a touché certaines parcelles basses, notamment autour de Schengen.
ad|Publicité
h2|Le crémant d’abord
p|Comme chaque année, ce sont les cépages destinés au crémant qui sont récoltés en premier, pour préserver leur acidité. Les rieslings et les pinots gris suivront dans les deux à trois semaines.
p|Les caves coopératives comptent sur un millésime de qualité pour soutenir des ventes en léger recul. La consommation de vin tranquille baisse au Grand-Duché, alors que le crémant continue de séduire, notamment en Belgique et en Allemagne.
related|À lire aussi
related|Le crémant luxembourgeois bat un record d’exportations
p|Reste la question de la main-d’œuvre. « Trouver des cueilleurs devient difficile, beaucoup viennent désormais de Pologne et du Portugal pour trois semaines », souligne Paul Kremer.
p|Les fêtes du vin et du raisin sont prévues comme d’habitude fin septembre à Grevenmacher et début octobre à Schwebsingen.
podcast|Podcast – « Moselle, terre de vignes » : écoutez notre série en cinq épisodes
newsletter|Recevez chaque matin à 7 heures l’essentiel de l’actualité luxembourgeoise.
newsletter|Votre adresse e-mail
newsletter|Je m’inscris
tags|Viticulture   Moselle   Crémant   Remich
author-link|Plus d’articles de Marc Thill
comments|Commentaires (3)
comments|Pour réagir à cet article, connectez-vous avec votre compte abonné.
teaser-list|Les dernières infos
teaser-list|17:48
teaser-list|Mersch : la nouvelle piscine ouvrira en décembre
teaser-list|17:20
teaser-list|Chambre des députés : la rentrée parlementaire fixée au 7 octobre
teaser-list|16:55
teaser-list|BGL Ligue : le Progrès Niederkorn change d’entraîneur
most-read|Les plus lus
most-read|1 Rentrée scolaire : les nouveaux horaires des bus scolaires
most-read|2 Cloche d’Or : un centre commercial va agrandir son parking
teaser-list|3 Moselle : des vendanges précoces et un millésime « plein de promesses »
obituary|Avis de décès
obituary|Consultez les avis de décès publiés aujourd’hui
partner|Contenu partenaire
partner|Rénovation énergétique : quelles aides pour votre maison en 2025 ?
app|Toute l’actualité sur votre mobile : téléchargez l’application L’Observateur
footer|L’Observateur · 2, rue Albert Borschette · L-1246 Luxembourg
footer|Qui sommes-nous   Contact   Publicité   Offres d’emploi   FAQ abonnés
footer|Mentions légales   Conditions générales de vente   Protection des données   Paramètres de confidentialité
copyright|© 2025 Éditions du Kirchberg S.A. Tous droits réservés.
"""),
 dict(id="new-zealand-herald-style-1", site="new-zealand-herald-style", lang="en", sep="\n", title="Christchurch bus drivers vote to strike over split shifts", date="2025-06-18", page="""
skip-link|Skip to main content
skip-link|Skip to footer
menu|Menu
menu|Search
menu|The Southern Courier
menu|Subscribe
menu|Sign in
menu|Latest news
menu|New Zealand
menu|World
menu|Business
menu|Sport
menu|Entertainment
menu|Lifestyle
menu|Travel
menu|Opinion
menu|Video
menu|Podcasts
menu|Weather
weather|Auckland 16°  Wellington 11°  Christchurch 7°
breaking|BREAKING: Snow closes Desert Road, State Highway 1 between Waiouru and Rangipō
breadcrumb|New Zealand
section-label|Transport
h1|Christchurch bus drivers vote to strike over split shifts
lead|Commuters face disruption next week after drivers for two operators backed a 24-hour stoppage, saying rosters that stretch across 13 hours are wearing them down.
byline|By Hana Whitcombe
byline|Canterbury reporter · The Southern Courier ·
reading-time|4 mins to read
listen|Listen to this article
listen|Read to you by AI
listen|0:00 / 3:51
share|Share
save|Save
caption|Bus drivers outside the Orbus depot in Hornby on Tuesday. Photo / Peter Meecham
p|Hundreds of Christchurch bus drivers will walk off the job next Wednesday after voting overwhelmingly for a 24-hour strike over split shifts and pay.
p|Members of the Tramways Union at two of the city’s three bus operators voted 87 per cent in favour of the stoppage at meetings on Monday and Tuesday.
p|Union organiser Deepak Sandhu said drivers were routinely rostered for split shifts that began before 6am and finished after 7pm, with an unpaid break of up to four hours in the middle.
p|“You’re away from home for 13 hours and paid for eight and a half. People are exhausted, and exhausted drivers are not what anyone wants behind the wheel of a bus,” he said.
ad|Advertisement
ad|Advertise with Southern Cross Media.
p|The union is also seeking a pay rise of $2.50 an hour, bringing the base rate to just over $30.
h2|‘Every effort’ to avoid disruption
p|Environment Canterbury, which contracts the operators, said it was disappointed and urged both sides to keep talking.
p|Public transport manager Liz Rowe said the council would publish a reduced timetable by Friday if the strike went ahead. School buses and the Total Mobility scheme would not be affected.
related|Related articles
related|Wellington bus fares to rise from July 1
related|Driver shortage: 40 routes still running reduced timetables
p|One of the operators, Go Bus Canterbury, said it had offered a 4 per cent increase and was reviewing how split shifts were rostered.
p|“We value our drivers and we are committed to reaching an agreement,” a spokeswoman said.
p|About 60,000 trips are taken on Christchurch’s Metro network on an average weekday.
author-bio|Hana Whitcombe is a Canterbury-based reporter covering local government, transport and the rebuild. She joined The Southern Courier in 2021.
share|Share this article
newsletter|Sign up to The Southern Courier’s morning briefing
newsletter|Get the day’s top stories delivered to your inbox before 7am.
newsletter|Sign up
comments|Join the conversation
comments|Comments are closed for this article.
teaser-list|Latest from New Zealand
teaser-list|Hawke’s Bay orchard fined after worker injured by forklift
teaser-list|New Zealand
teaser-list|12 mins ago
teaser-list|Dunedin stadium roof repairs to cost $4.2m
teaser-list|New Zealand
teaser-list|38 mins ago
teaser-list|Northland crash: one dead after car hits power pole near Kaikohe
teaser-list|New Zealand
teaser-list|1 hour ago
sponsored|Sponsored
sponsored|The winter getaway Kiwis keep coming back to – and it’s only a short flight away
partner|Find your next home on HomeFinder NZ
partner|Christchurch listings · Open homes this weekend
games|Puzzles: Sudoku · Crossword · Word Wheel · Code Cracker
footer|Stay up to date
footer|Download The Southern Courier app
footer|About The Southern Courier
footer|Contact us
footer|Help & support
footer|Advertise with us
footer|Manage your print subscription
footer|Subscription terms
footer|Competition terms
footer|Terms of use
footer|Privacy policy
copyright|© Copyright 2025 Southern Cross Media Publishing Limited
"""),
 dict(id="new-zealand-herald-style-2", site="new-zealand-herald-style", lang="en", sep="\n", title="Whitebait season opens with tighter net rules on the West Coast", date="2025-09-01", page="""
skip-link|Skip to main content
skip-link|Skip to footer
menu|Menu
menu|Search
menu|The Southern Courier
menu|Subscribe
menu|Sign in
menu|Latest news
menu|New Zealand
menu|World
menu|Business
menu|Sport
menu|Entertainment
menu|Lifestyle
menu|Travel
menu|Opinion
menu|Video
menu|Podcasts
menu|Weather
weather|Auckland 17°  Wellington 13°  Christchurch 14°
breadcrumb|New Zealand
section-label|Environment
paywall|Premium
h1|Whitebait season opens with tighter net rules on the West Coast
lead|Fishers were on the riverbanks before dawn, but some say new limits on net size and fishing hours will make it harder to fill a bucket this spring.
byline|By Tom Rangiwai
byline|Senior reporter · The Southern Courier ·
reading-time|5 mins to read
listen|Listen to this article
listen|Read to you by AI
listen|0:00 / 4:37
share|Share
save|Save
caption|Whitebaiters at the mouth of the Grey River on the first morning of the season. Photo / Supplied
p|For Graeme Ward, the first of September has meant the same thing for 52 years: a thermos of tea, a scoop net and a spot on the bank of the Arahura River before the sun comes up.
p|“It’s part of who we are down here,” said the 71-year-old from Hokitika. “But I’ll be honest, this year it feels a bit different.”
p|The whitebait season opened today under rules that the Department of Conservation says are needed to protect four of the six native fish species that make up the catch, which are classed as threatened or at risk.
h2|What has changed
p|Under the updated regulations, which apply nationwide but are being watched most closely on the West Coast:
li|fishing is allowed only between 5am and 8pm, or between 6am and 6pm on the West Coast;
li|nets can be no wider than 4.5 metres when set from a stand;
li|a fisher may use only one net at a time, and must stay within 10 metres of it;
li|the season closes on October 31 everywhere except the Chatham Islands.
ad|Advertisement
ad|Advertise with Southern Cross Media.
p|DoC freshwater manager Aroha Ngata said the changes aimed to let more juvenile fish reach the upper reaches of rivers, where they grow into adults.
p|“We know whitebaiting is a much-loved tradition. These rules are about making sure there is still whitebait for the next generation to catch,” she said.
video|Video: How whitebait get from the sea to your fritter
video|2:14
p|Not everyone is convinced. Westland Whitebaiters Association chairman Murray Doyle said the earlier evening cut-off would hit workers who could only fish after their day jobs.
p|“You’re telling a bloke who finishes at five that he has an hour. That’s not fair on the working whitebaiter,” he said.
h2|Prices expected to stay high
p|Fresh whitebait sold for as much as $160 a kilogram in Hokitika last spring, and fish shop owners expect similar prices this year if early catches are light.
p|Fishery officers will patrol popular rivers over the first weekend and can issue infringement notices of up to $750.
p|The season runs until October 31.
author-bio|Tom Rangiwai is a senior reporter based in Greymouth. He covers the West Coast, conservation and rural communities.
correction|Correction: An earlier version of this story said the season closes on November 30. It closes on October 31.
share|Share this article
paywall|Reminder, this is a Premium article and requires a subscription to read.
newsletter|Sign up to The Southern Courier’s morning briefing
newsletter|Get the day’s top stories delivered to your inbox before 7am.
newsletter|Sign up
comments|Join the conversation
comments|Comments (27)
comments|Sort by: Newest
teaser-list|Latest from New Zealand
teaser-list|Auckland Harbour Bridge lane closures this weekend: what you need to know
teaser-list|New Zealand
teaser-list|5 mins ago
teaser-list|Kaikōura seal pup rescued from highway culvert
teaser-list|New Zealand
teaser-list|44 mins ago
teaser-list|Teachers’ union to meet ministry over class sizes
teaser-list|New Zealand
teaser-list|2 hours ago
lotto|Lotto results: Saturday’s draw – check your numbers
sponsored|Sponsored
sponsored|Spring into savings: 10 garden jobs to tackle this month
partner|Find your next home on HomeFinder NZ
partner|West Coast listings · Open homes this weekend
games|Puzzles: Sudoku · Crossword · Word Wheel · Code Cracker
footer|Stay up to date
footer|Download The Southern Courier app
footer|About The Southern Courier
footer|Contact us
footer|Help & support
footer|Advertise with us
footer|Manage your print subscription
footer|Subscription terms
footer|Competition terms
footer|Terms of use
footer|Privacy policy
copyright|© Copyright 2025 Southern Cross Media Publishing Limited
"""),
 dict(id="la-voix-du-nord-style-1", site="la-voix-du-nord-style", lang="fr", sep="\n", title="Arras : la maison de santé du quartier Saint-Michel ouvre avec cinq médecins généralistes", date="2025-03-14", page="""
skip-link|Aller au contenu
skip-link|Aller au menu
menu|Le Beffroi
menu|S’abonner
menu|Mon compte
edition|Mon édition : Arras
edition|Changer d’édition
menu|Actualité
menu|Région
menu|Lille Métropole
menu|Littoral
menu|Artois
menu|Hainaut
menu|Sports
menu|Loisirs
menu|Faits divers
menu|Jeux
menu|Nécrologie
menu|Annonces légales
menu|Journal numérique
breadcrumb|Accueil › Région › Arras et environs
section-label|Santé
paywall|Article réservé aux abonnés
h1|Arras : la maison de santé du quartier Saint-Michel ouvre avec cinq médecins généralistes
lead|Attendue depuis six ans, la maison de santé pluriprofessionnelle de la rue Gambetta accueille ses premiers patients lundi. Elle réunit cinq médecins, des infirmiers, un kiné et une orthophoniste.
byline|Par Julien Delattre
dateline|Publié: 14 mars 2025 à 18h30
reading-time|Temps de lecture: 3 min
share|Partager
share|Facebook Twitter Whatsapp Mail Copier le lien
save|Ajouter à mes favoris
caption|Les cinq médecins, dont trois jeunes diplômés de la faculté de Lille, se partageront les huit cabinets du rez-de-chaussée.
credit|- PHOTO « LE BEFFROI »
p|C’est un soulagement pour des centaines d’habitants du quartier. Depuis le départ à la retraite de deux médecins de la place de la Vacquerie en 2022, beaucoup d’Arrageois n’avaient plus de médecin traitant.
p|« J’allais aux urgences pour renouveler mes ordonnances, ce n’était plus possible », raconte Monique, 74 ans, venue jeter un œil au bâtiment flambant neuf vendredi après-midi.
related|Lire aussi
related|Déserts médicaux : dans le Pas-de-Calais, un habitant sur dix sans médecin traitant
p|Le bâtiment de 900 m², construit par la communauté urbaine sur l’ancien terrain d’un garage, a coûté 2,4 millions d’euros. Les professionnels de santé y paieront un loyer.
ad|Publicité
h2|Trois jeunes médecins
p|Parmi les cinq généralistes, trois sortent tout juste de leur internat. « On voulait exercer à plusieurs, pas seul dans un cabinet. C’est ce qui nous a fait venir ici », explique le Dr Léa Vandamme, 29 ans, originaire de Béthune.
p|Les médecins assureront une permanence de soins non programmés chaque matin, sans rendez-vous, de 8 heures à 10 heures.
p|Concrètement, la maison de santé proposera :
li|des consultations de médecine générale du lundi au samedi midi ;
li|des soins infirmiers à domicile sur tout le quartier ;
li|des séances de kinésithérapie et d’orthophonie ;
li|des ateliers de prévention sur le diabète et l’arrêt du tabac.
p|Les patients sans médecin traitant pourront s’inscrire sur une liste d’attente à l’accueil ou par téléphone à partir du 17 mars. « On ne pourra pas prendre tout le monde d’un coup », préviennent déjà les médecins.
p|L’inauguration officielle est prévue le 5 avril en présence du maire et du directeur de l’agence régionale de santé.
poll|VOTRE AVIS
poll|Avez-vous un médecin traitant ?
poll|Oui
poll|Non, je n’en trouve pas
poll|Voir les résultats
tags|Arras   Santé   Médecins
alert|Recevez une alerte quand un article est publié sur : Arras
teaser-list|Le Beffroi vous recommande
teaser-list|Arras : le beffroi fermé aux visiteurs pendant trois semaines
teaser-list|Saint-Laurent-Blangy : un incendie ravage un entrepôt de la zone Actiparc
teaser-list|Abonné
teaser-list|Lens : les supporters du RC Lens pourront prendre le train spécial pour Marseille
most-read|Les plus lus Arras
most-read|1. Arras : un nouveau restaurant ouvre sur la Grand’Place
most-read|2. Tilloy-lès-Mofflaines : la rocade fermée de nuit la semaine prochaine
most-read|3. Carnaval d’Achicourt : le programme du week-end
obituary|Avis de décès
obituary|Arras, Lens, Béthune, Saint-Omer… Consultez les derniers avis de décès de votre commune
obituary|Déposer un avis de décès
notices|Annonces légales et officielles
notices|Consultez et publiez vos annonces légales dans le Pas-de-Calais et le Nord
horoscope|Horoscope du jour
games|Jeux : mots fléchés, sudoku, mots croisés
app|Téléchargez l’application Le Beffroi
network|Nos titres : Le Beffroi · L’Écho du Boulonnais · Le Courrier de la Lys · Hainaut Dimanche
footer|Qui sommes-nous ?  Nous contacter  Publicité  Recrutement  Foire aux questions  Charte de modération
footer|Mentions légales  CGU  CGV  Politique de confidentialité  Gestion des cookies  Accessibilité : non conforme
copyright|© Le Beffroi 2025
"""),
 dict(id="la-voix-du-nord-style-2", site="la-voix-du-nord-style", lang="fr", sep="\n", title="Valenciennes : le tramway coupé entre la gare et Famars pendant trois semaines", date="2025-07-04", page="""
skip-link|Aller au contenu
skip-link|Aller au menu
menu|Le Beffroi
menu|S’abonner
menu|Mon compte
edition|Mon édition : Valenciennes
edition|Changer d’édition
menu|Actualité
menu|Région
menu|Lille Métropole
menu|Littoral
menu|Artois
menu|Hainaut
menu|Sports
menu|Loisirs
menu|Faits divers
menu|Jeux
menu|Nécrologie
menu|Annonces légales
menu|Journal numérique
breadcrumb|Accueil › Région › Valenciennes et environs
section-label|Transports
h1|Valenciennes : le tramway coupé entre la gare et Famars pendant trois semaines
lead|Du 7 au 27 juillet, les rames ne circuleront plus sur le tronçon sud de la ligne 1, le temps de remplacer les rails usés. Des bus de substitution prendront le relais.
byline|Par Camille Lemaire
dateline|Publié: 4 juillet 2025 à 11h05
dateline|Mis à jour: 4 juillet 2025 à 15h20
reading-time|Temps de lecture: 2 min
share|Partager
share|Facebook Twitter Whatsapp Mail Copier le lien
save|Ajouter à mes favoris
caption|Les rails de la ligne 1, posés en 2006, présentent une usure importante dans les courbes.
credit|- PHOTO ARCHIVES PIERRE ROUANET
p|Les habitués de la ligne 1 vont devoir s’armer de patience. À partir de lundi 7 juillet, le tramway ne circulera plus entre la gare de Valenciennes et le terminus de l’université à Famars, annonce le syndicat des transports.
p|Sur ce tronçon de 4 kilomètres, les équipes doivent remplacer près de 1 200 mètres de rails, usés après presque vingt ans d’exploitation, et reprendre plusieurs aiguillages.
p|« On profite de l’été, quand la fréquentation baisse de moitié avec les vacances universitaires », justifie le vice-président chargé des mobilités.
ad|Publicité
h2|Des bus toutes les dix minutes
p|Pendant les travaux, une navette de bus remplacera le tram de 5 h 30 à 21 heures, avec un passage toutes les dix minutes en journée. Elle desservira les arrêts suivants :
li|Gare de Valenciennes ;
li|Place d’Armes ;
li|Hôpital ;
li|Aulnoy – Pont de Pierre ;
li|Famars – Université.
p|Le tram continuera de rouler normalement entre la gare et Denain.
related|Lire aussi
related|Transports : les tarifs du réseau valenciennois augmentent au 1er septembre
p|Les automobilistes sont aussi concernés : la rue de Famars sera fermée à la circulation les nuits du 15 au 18 juillet, avec une déviation par l’avenue de Condé.
p|Le chantier, qui coûte 3,2 millions d’euros, doit s’achever le 27 juillet au soir pour une reprise du tram le lundi 28 juillet au matin.
comments|Réagir
comments|12 commentaires
comments|Vous devez être abonné pour réagir à cet article. Je m’abonne
tags|Valenciennes   Transports   Tramway
alert|Recevez une alerte quand un article est publié sur : Valenciennes
teaser-list|Le Beffroi vous recommande
teaser-list|Denain : la piscine municipale rouvre après un an de fermeture
teaser-list|Anzin : deux blessés dans une collision avenue Anatole-France
teaser-list|Abonné
teaser-list|Tour de France : le passage de la caravane à Saint-Amand-les-Eaux heure par heure
most-read|Les plus lus Valenciennes
most-read|1. Valenciennes : le parc de la Rhônelle accueille un cinéma en plein air
most-read|2. Marly : le supermarché de la rue des Déportés fermera fin août
most-read|3. VAFC : un attaquant belge en approche
obituary|Avis de décès
obituary|Valenciennes, Denain, Maubeuge, Cambrai… Consultez les derniers avis de décès de votre commune
obituary|Déposer un avis de décès
notices|Annonces légales et officielles
notices|Consultez et publiez vos annonces légales dans le Pas-de-Calais et le Nord
horoscope|Horoscope du jour
games|Jeux : mots fléchés, sudoku, mots croisés
app|Téléchargez l’application Le Beffroi
network|Nos titres : Le Beffroi · L’Écho du Boulonnais · Le Courrier de la Lys · Hainaut Dimanche
footer|Qui sommes-nous ?  Nous contacter  Publicité  Recrutement  Foire aux questions  Charte de modération
footer|Mentions légales  CGU  CGV  Politique de confidentialité  Gestion des cookies  Accessibilité : non conforme
copyright|© Le Beffroi 2025
cookie|Avec nos partenaires, nous traitons vos données pour les finalités suivantes : mesure d’audience, publicité et contenus personnalisés, partage sur les réseaux sociaux. Vous pouvez à tout moment retirer votre consentement.
cookie|Accepter et fermer
cookie|Refuser
cookie|Paramétrer
"""),
 dict(id="hong-kong-free-press-style-1", site="hong-kong-free-press-style", lang="en", sep="\n\n", title="Hong Kong minibus operators granted average 8.6% fare rise from March", date="2025-02-20", page="""
skip-link|Skip to content
donate|Support HFP
donate|Help safeguard press freedom & keep HFP free for all readers by becoming a monthly Patron. It takes just a minute.
menu|Harbour Free Press
menu|HFP 香港海港自由報
menu|Hong Kong
menu|Politics & Protest
menu|Law & Crime
menu|Environment
menu|Health & Wellness
menu|Culture
menu|Opinion
menu|Features
menu|Explainers
menu|Video
menu|Photo Stories
menu|Newsletter
menu|Search
weather|HKO: 17°C · 78% humidity · Cold Weather Warning in force
section-label|Transport
h1|Hong Kong minibus operators granted average 8.6% fare rise from March
byline|by Chloe Wong
dateline|12:41, 20 February 2025
dateline|Last updated: 16:05, 20 February 2025
share|Share
share|Facebook  X  Threads  WhatsApp  Telegram  Email  Copy link
caption|Green minibuses in Mong Kok. File photo: Kyle Ng/HFP.
p|Passengers on Hong Kong’s green minibuses will pay more from next month after the government approved fare increases for 61 routes, with an average rise of 8.6 per cent.
p|The Transport Department (運輸署) said on Thursday that the new fares would take effect on March 9. Fares on the affected routes will rise by between HK$0.30 and HK$1.20.
p|Operators had applied for increases of up to 15 per cent, citing higher fuel prices, insurance costs and driver wages. The department said it had considered “the operators’ financial position and public acceptability” before approving smaller rises.
donate|Support HFP  |  Policies & Ethics  |  Error/typo?  |  Contact Us  |  Newsletter  |  Transparency & Annual Report  |  Apps
h2|Driver shortage
p|The minibus trade has struggled with a shortage of drivers since the pandemic. According to the department, around 4,300 of the 4,350 green minibuses licensed in the city were in regular service last year, but many ran reduced timetables.
p|Chan Wai-keung (陳偉強), chairperson of a minibus drivers’ association, told HFP that most drivers were now over 60.
p|“Young people don’t want to work 12-hour days. If we can’t pay more, there will be fewer minibuses on the road, and passengers will wait longer,” he said.
related|Also read: Explainer: How Hong Kong’s public transport fare subsidy scheme works
p|Lawmakers from the transport panel said the increases would hit residents of outlying estates hardest, as many rely on minibuses to reach MTR stations.
p|Elderly passengers aged 60 or above will still be able to use the government’s HK$2 fare concession on green minibus routes, the department said.
p|A further batch of fare applications from 19 routes in the New Territories is still being reviewed.
embed-blocked|This content is hosted by a third party. By showing the external content you accept the terms and conditions of x.com.
embed-blocked|Show content
author-bio|Chloe Wong is a reporter at Harbour Free Press. She covers transport, housing and urban planning, and previously worked at a local business magazine.
donate|Support press freedom & help us surpass 1,000 monthly Patrons: 100% independent, governed by an ethics code & not-for-profit.
donate|Support HFP
tags|fares  minibus  Transport Department  transport
disclaimer|HFP is an impartial platform & does not necessarily share the views of opinion writers or advertisers. HFP presents a diversity of views & regularly invites figures across the political spectrum to write for us.
teaser-list|LATEST from Harbour Free Press
teaser-list|Hong Kong to add 2,000 public hospital beds by 2027, health chief says
teaser-list|‘Rent is killing us’: Sham Shui Po fabric stalls count down to closure
teaser-list|Hong Kong Marathon 2025: Kenyan runner wins men’s race in 2:10:48
teaser-list|Air quality: roadside pollution hits ‘serious’ level in Central
newsletter|Get the HFP Weekly Recap straight to your inbox — subscribe for free
newsletter|Email address
newsletter|Subscribe
footer|Harbour Free Press is a non-profit, English-language news outlet founded in 2016. Our editorial independence is protected by our ethics code.
footer|About  Ethics Code  Corrections Policy  Privacy Policy  Complaints  Advertise  Jobs  Contact
app|Download the HFP app: App Store · Google Play
copyright|© 2025 Harbour Free Press Limited. All rights reserved.
"""),
 dict(id="hong-kong-free-press-style-2", site="hong-kong-free-press-style", lang="en", sep="\n\n", title="Lamma Island residents protest plan to cut late-night ferry sailings", date="2025-11-05", page="""
skip-link|Skip to content
donate|Support HFP
donate|Help safeguard press freedom & keep HFP free for all readers by becoming a monthly Patron. It takes just a minute.
menu|Harbour Free Press
menu|HFP 香港海港自由報
menu|Hong Kong
menu|Politics & Protest
menu|Law & Crime
menu|Environment
menu|Health & Wellness
menu|Culture
menu|Opinion
menu|Features
menu|Explainers
menu|Video
menu|Photo Stories
menu|Newsletter
menu|Search
weather|HKO: 25°C · 70% humidity · Strong Monsoon Signal
section-label|Transport
h1|Lamma Island residents protest plan to cut late-night ferry sailings
byline|by Marcus Lee
dateline|18:20, 5 November 2025
share|Share
share|Facebook  X  Threads  WhatsApp  Telegram  Email  Copy link
caption|A ferry arrives at Yung Shue Wan pier on Lamma Island. File photo: Harbour Free Press.
p|Around 150 Lamma Island residents gathered at Yung Shue Wan pier on Wednesday evening to oppose a ferry operator’s plan to scrap two late-night sailings to and from Central.
p|Under the proposal submitted to the Transport Department, the last ferry from Central to Yung Shue Wan would leave at 11:30pm instead of 12:30am from January. The last sailing to Sok Kwu Wan would also be brought forward by an hour.
p|The operator said passenger numbers on the late-night sailings had fallen by about a third since 2019, and that the route had lost money for four years in a row.
h2|‘We’ll be stranded’
p|Residents said many islanders work late shifts in restaurants, hospitals and hotels in Central and Wan Chai, and would have no way home if they missed the last boat.
p|“There is no road, no bridge, no MTR. If the ferry stops, we are stuck in town or we pay HK$800 for a kaito,” said Winnie Ho (何詠欣), a nurse who has lived on the island for 11 years.
p|Islands District Council member Lo Chi-man (盧志文) said he had collected more than 2,000 signatures against the cut in two weeks.
donate|Support HFP  |  Policies & Ethics  |  Error/typo?  |  Contact Us  |  Newsletter  |  Transparency & Annual Report  |  Apps
p|Residents’ groups have set out three demands:
li|keep the 12:30am sailing from Central at least on Fridays and Saturdays;
li|publish the route’s passenger figures for the past five years;
li|hold a public consultation on the island before any timetable change.
related|Also read: Hong Kong outlying island ferry fares to rise by up to 6% as subsidies extended
p|In a statement to HFP, the Transport Department said it had received the operator’s application and would “carefully consider the views of residents and the travel needs of passengers” before making a decision.
p|The government already subsidises several outlying island routes through a special helping measures scheme, which covers part of the operators’ fuel and vessel maintenance costs.
p|A decision is expected before the end of the year.
correction|Correction 21:10: A previous version of this article misstated the departure time of the last sailing to Sok Kwu Wan. We regret the error.
author-bio|Marcus Lee is a reporter at Harbour Free Press covering the New Territories, outlying islands and community affairs.
donate|Support press freedom & help us surpass 1,000 monthly Patrons: 100% independent, governed by an ethics code & not-for-profit.
donate|Support HFP
tags|ferry  Islands District  Lamma Island  Transport Department  transport
disclaimer|HFP is an impartial platform & does not necessarily share the views of opinion writers or advertisers. HFP presents a diversity of views & regularly invites figures across the political spectrum to write for us.
teaser-list|LATEST from Harbour Free Press
teaser-list|Hong Kong’s Lantau cable car to close for two months of maintenance
teaser-list|Photo story: Inside Kowloon City’s last Thai-style barber shops
teaser-list|Gov’t to tighten rules on e-scooters after rise in pavement injuries
teaser-list|Hong Kong Observatory issues first cold weather warning of the season
newsletter|Get the HFP Weekly Recap straight to your inbox — subscribe for free
newsletter|Email address
newsletter|Subscribe
footer|Harbour Free Press is a non-profit, English-language news outlet founded in 2016. Our editorial independence is protected by our ethics code.
footer|About  Ethics Code  Corrections Policy  Privacy Policy  Complaints  Advertise  Jobs  Contact
app|Download the HFP app: App Store · Google Play
copyright|© 2025 Harbour Free Press Limited. All rights reserved.
"""),
]
