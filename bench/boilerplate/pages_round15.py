# Round 15: ten pages on five more layouts (a Beninese news portal, a UK tabloid, a Swiss daily, a US local TV
# station, an Algerian daily), written block by block without looking at the classifier, measured once.
# Each line: "label|text". Invented text; no real article is copied.
ROUND15 = [
 dict(id="cotonou-express-1", site="cotonou-express", lang="fr", sep="\n", title="Cotonou : la lagune sera curée avant la saison des pluies", date="2025-03-12", page="""
skip-link|Aller au contenu
timestamp|mercredi, mars 12, 2025
weather|Cotonou 31°C Ensoleillé
login|Connexion
login|S’inscrire
menu|ACCUEIL
menu|POLITIQUE
menu|ÉCONOMIE
menu|SOCIÉTÉ
menu|SPORTS
menu|CULTURE
menu|TRIBUNE LIBRE
breaking|FLASH INFO
breaking|Port autonome : un nouveau record de conteneurs traités en février
breadcrumb|Accueil » Société » Environnement
section-label|ENVIRONNEMENT
h1|Cotonou : la lagune sera curée avant la saison des pluies
byline|Par Roméo Houngbédji
dateline|12 mars 2025 à 10h27
reading-time|3 minutes de lecture
share|Facebook
share|WhatsApp
share|Telegram
share|Copier le lien
alt-text|Image : des pirogues sur la lagune de Cotonou
caption|Des pêcheurs sur la lagune de Cotonou, près du pont de Dantokpa, lundi matin.
credit|© Cotonou Express / B. Akpovi
lead|Les travaux de curage de la lagune de Cotonou démarreront le 24 mars et devront être achevés avant l’arrivée des grandes pluies, a annoncé mardi la mairie.
p|Une trentaine d’engins seront mobilisés pour retirer le sable, les déchets plastiques et les jacinthes d’eau qui bouchent le chenal depuis plusieurs années. Selon les services techniques, près de 180 000 mètres cubes de dépôts devront être évacués.
ad|Publicité
p|Les quartiers riverains, de Ladji à Agbato, sont inondés presque chaque année entre mai et juillet. En 2024, plusieurs centaines de familles avaient dû quitter leur maison pendant plusieurs semaines.
read-also|Lire aussi : Inondations : la mairie recense les zones à risque dans le 6e arrondissement
h2|Les pêcheurs inquiets
p|Les pêcheurs, qui tirent leurs revenus de la lagune, craignent de devoir arrêter leur activité pendant toute la durée du chantier.
p|« On nous dit trois mois. Mais trois mois sans sortir, comment on nourrit les enfants ? »
p|Le maire adjoint chargé de l’environnement a promis que les travaux seraient menés par tronçons, afin de laisser toujours une partie du plan d’eau accessible aux pirogues.
p|Le projet est financé à hauteur de 4,5 milliards de francs CFA par l’État et un partenaire européen.
signature|R. H.
tags|Mots-clés : assainissement, Cotonou, inondations, lagune
social|Rejoignez la chaîne WhatsApp de Cotonou Express pour recevoir l’essentiel de l’actualité
comments|Laisser un commentaire
comments|Vous devez être connecté pour publier un commentaire.
teaser-list|Articles similaires
teaser-list|Abomey-Calavi : les riverains du lac Nokoué formés au tri des déchets
teaser-list|il y a 3 jours
teaser-list|Porto-Novo : le marché Ouando rénové sera livré en juin
teaser-list|il y a 1 semaine
footer|Qui sommes-nous ? | Charte éditoriale | Annoncer chez nous | Nous contacter
copyright|Copyright © 2025 Cotonou Express – Tous droits réservés. Conception : Atelier Web Bénin
"""),
 dict(id="cotonou-express-2", site="cotonou-express", lang="fr", sep="\n", title="Bénin : les producteurs d’ananas d’Allada réclament une usine de jus", date="2025-05-21", page="""
skip-link|Aller au contenu
timestamp|mercredi, mai 21, 2025
weather|Cotonou 29°C Averses
login|Connexion
login|S’inscrire
menu|ACCUEIL
menu|POLITIQUE
menu|ÉCONOMIE
menu|SOCIÉTÉ
menu|SPORTS
menu|CULTURE
menu|TRIBUNE LIBRE
breaking|FLASH INFO
breaking|Baccalauréat 2025 : le calendrier des épreuves écrites publié
breadcrumb|Accueil » Économie » Agriculture
section-label|AGRICULTURE
h1|Bénin : les producteurs d’ananas d’Allada réclament une usine de jus
byline|Par Cotonou Express avec AFP
dateline|21 mai 2025 à 16h05
reading-time|2 minutes de lecture
share|Facebook
share|WhatsApp
share|Telegram
share|Copier le lien
dateline|ALLADA (Bénin), 21 mai (AFP) –
p|Des centaines de producteurs d’ananas de la région d’Allada, dans le sud du Bénin, ont demandé mercredi la construction d’une usine de transformation, affirmant perdre chaque saison une partie de leur récolte faute d’acheteurs.
p|« Pendant le pic, on jette des camions entiers de fruits », a déclaré à l’AFP Florentin Dossou, président d’une coopérative qui regroupe quelque 400 planteurs.
ad|Contenu partenaire
ad|Ouvrez votre compte mobile en 5 minutes et recevez 2 000 FCFA de bonus
p|L’ananas est devenu en dix ans l’une des principales cultures d’exportation du pays, vendu frais au Nigeria voisin et, en plus faible quantité, en Europe.
p|Mais les routes rurales dégradées et le manque de chambres froides limitent les ventes lorsque la production est abondante, entre mars et juin.
p|Le ministère de l’Agriculture a indiqué étudier un projet d’unité de jus et de fruits séchés avec des investisseurs privés, sans donner de calendrier.
p|Les producteurs demandent en attendant des camions frigorifiques.
tags|Mots-clés : agriculture, Allada, ananas, exportation
social|Rejoignez la chaîne WhatsApp de Cotonou Express pour recevoir l’essentiel de l’actualité
comments|Laisser un commentaire
comments|Vous devez être connecté pour publier un commentaire.
teaser-list|Articles similaires
teaser-list|Coton : la campagne 2024-2025 s’achève sur une production en hausse
teaser-list|il y a 2 jours
teaser-list|Noix de cajou : le prix plancher fixé à 300 FCFA le kilo
teaser-list|il y a 2 semaines
footer|Qui sommes-nous ? | Charte éditoriale | Annoncer chez nous | Nous contacter
copyright|Copyright © 2025 Cotonou Express – Tous droits réservés. Conception : Atelier Web Bénin
"""),
 dict(id="daily-blaze-uk-1", site="daily-blaze-uk", lang="en", sep="\n", title="Great-gran, 81, completes 100th parkrun two years after beating cancer", date="2025-06-14", page="""
cookie|Your privacy, your choice
cookie|We and our 842 partners use cookies and similar technologies to personalise ads, measure audiences and improve our site.
cookie|Yes, I'm happy
cookie|Manage options
menu|Home
menu|News
menu|Sport
menu|TV
menu|Showbiz
menu|Money
menu|Health
menu|Travel
login|Sign in
section-label|NEWS
section-label|EXCLUSIVE
h1|Great-gran, 81, completes 100th parkrun two years after beating cancer
lead|Margaret Ellison was cheered over the line by more than 300 runners as she hit the milestone in Heaton Park
byline|Kirsty McBride
byline|North West Reporter
dateline|Published: 11:02, 14 Jun 2025
dateline|Updated: 12:40, 14 Jun 2025
comments|27 comments
share|Share
video|Play Video
video|0:46
video|Watch the moment Margaret crosses the finish line
caption|Margaret, 81, with her family after the run on Saturday
credit|Credit: Supplied
p|A GREAT-GRANDMOTHER who was told she might never walk far again has completed her 100th parkrun – two years after beating bowel cancer.
p|Margaret Ellison, 81, was clapped over the line by hundreds of runners and volunteers in Heaton Park, Manchester, on Saturday morning.
p|She finished the 5km course in 48 minutes, wearing a T-shirt made by her grandchildren that read "Nan's 100th".
ad|Advertisement
p|Margaret took up walking the route in 2021 while waiting for surgery, on the advice of a nurse who told her to "keep moving".
p|She said: "I never thought I'd be the sort of person who gets up at eight on a Saturday to run round a park. Now I can't stop."
p|"Everyone here is family to me."
read-also|READ MORE ON PARKRUN
read-also|SPRING STEP Dad, 62, loses seven stone and runs first marathon after heart scare
p|Her daughter Joanne, 55, who ran alongside her, said the weekly event had given her mum "a whole new circle of friends".
p|Event director Paul Haddock said Margaret was the oldest runner to reach 100 at the course.
p|She plans to keep going - and has already set her sights on 150.
tip|Got a story? Email news@dailyblaze.co.uk or call 0800 111 0000. You can also WhatsApp us on 07000 000000.
share|Tweet
share|WhatsApp
share|Email
teaser-list|MORE FROM NEWS
teaser-list|BIN THERE Council apologises after lorry empties recycling into wrong tip
teaser-list|PUP IDOL Labrador who rings doorbell for treats becomes TikTok star
teaser-list|Sponsored
teaser-list|Doctors stunned: this simple morning habit helps knee pain
footer|IPSO regulated
footer|Contact us | Topic A-Z | Terms & Conditions | Privacy | Do not sell or share my personal information
copyright|© Daily Blaze Ltd 2025. All rights reserved. Registered in England No. 0000000
"""),
 dict(id="daily-blaze-uk-2", site="daily-blaze-uk", lang="en", sep="\n", title="Gull gang swoops on chip shop queue in seaside town", date="2025-08-03", page="""
cookie|Your privacy, your choice
cookie|We and our 842 partners use cookies and similar technologies to personalise ads, measure audiences and improve our site.
cookie|Yes, I'm happy
cookie|Manage options
menu|Home
menu|News
menu|Sport
menu|TV
menu|Showbiz
menu|Money
menu|Health
menu|Travel
login|Sign in
section-label|NEWS
h1|Gull gang swoops on chip shop queue in seaside town
lead|Holidaymakers in Whitby say they were mobbed by dozens of birds as they waited for fish and chips
byline|Tom Redfern
dateline|Published: 16:45, 3 Aug 2025
comments|112 comments
share|Share
caption|Gulls circle over the harbour in Whitby, North Yorkshire
credit|Credit: Alamy
p|HUNGRY gulls have been swooping on tourists queuing for fish and chips in a seaside town - snatching food straight from their hands.
p|Holidaymakers in Whitby, North Yorkshire, say gangs of up to 30 birds have been circling the harbour every afternoon this week.
h2|'Like a horror film'
p|Mum-of-two Leanne Harper, 38, from Leeds, said: "One took a whole cod out of my son's hand. He was in tears. It was like a horror film."
ad|Advertisement
p|Shop owners say they have put up signs asking customers to eat indoors or away from the quayside.
p|Local councillors are now considering:
li|bins with lids along the harbour
li|fines for people who feed the birds
li|more staff to warn visitors in peak hours
p|Gulls are a protected species, so they cannot simply be removed.
poll|POLL: Should seaside towns fine people who feed gulls?
poll|Yes
poll|No
poll|Vote
tip|Got a story? Email news@dailyblaze.co.uk or call 0800 111 0000. You can also WhatsApp us on 07000 000000.
share|Tweet
share|WhatsApp
share|Email
teaser-list|MORE FROM NEWS
teaser-list|FLOAT ON Paddleboarder rescued after drifting two miles out to sea
teaser-list|BEACH BRAWL Deckchair row ends with police called to promenade
footer|IPSO regulated
footer|Contact us | Topic A-Z | Terms & Conditions | Privacy | Do not sell or share my personal information
copyright|© Daily Blaze Ltd 2025. All rights reserved. Registered in England No. 0000000
"""),
 dict(id="gazette-leman-1", site="gazette-leman", lang="fr", sep="\n\n", title="Lausanne: le chantier de la gare retarde encore le nouveau métro", date="2025-02-18", page="""
skip-link|Passer au contenu principal
menu|La Gazette du Léman
subscribe|S’abonner dès CHF 1.–
login|Se connecter
menu|Vaud & Régions
menu|Suisse
menu|Monde
menu|Économie
menu|Sports
menu|Culture
menu|Vivre
menu|ePaper
breadcrumb|Accueil › Vaud & Régions › Lausanne
section-label|Mobilité
h1|Lausanne: le chantier de la gare retarde encore le nouveau métro
lead|La mise en service de la ligne m3 est repoussée d’au moins deux ans. Les CFF et le Canton se renvoient la responsabilité.
byline|Camille Rochat
dateline|Publié: 18.02.2025, 06h32
reading-time|3 min
listen|Écouter l’article
listen|00:00 / 03:41
save|Sauvegarder
share|Partager
caption|Le chantier de la gare de Lausanne, où les travaux de quais accusent plusieurs années de retard.
credit|Photo: Laure Favre
p|La nouvelle ligne de métro qui doit relier la gare de Lausanne au nord de la ville ne roulera pas avant 2033, a annoncé lundi le Conseil d’État vaudois. Jusqu’ici, les autorités parlaient de 2031.
p|En cause, les retards du chantier de la gare elle-même, dont les fondations doivent accueillir la future station souterraine. Tant que les nouveaux quais ne sont pas terminés, le creusement du tunnel ne peut pas commencer.
ad|Publicité
h2|Un surcoût encore inconnu
p|Le conseiller d’État chargé des infrastructures a reconnu que le coût final du projet, estimé jusqu’ici à 1,2 milliard de francs, devrait augmenter. Il n’a pas voulu avancer de chiffre.
p|À la Ville de Lausanne, on dit «prendre acte avec regret» de ce nouveau délai.
p|Les habitants des quartiers du nord, où la ligne m2 est saturée aux heures de pointe, devront donc patienter. Des bus supplémentaires seront mis en service dès la rentrée d’août.
read-also|Lire aussi: Métro m2: les rames seront allongées dès l’automne
p|Les CFF, de leur côté, assurent que les travaux de la gare avancent conformément au calendrier révisé en 2023.
author-bio|Camille Rochat est journaliste à la rubrique vaudoise depuis 2019. Elle suit la mobilité et l’urbanisme.
social|Plus d’infos @camrochat
feedback|Vous avez trouvé une erreur? Signalez-la maintenant.
comments|3 commentaires
teaser-list|Les plus lus
teaser-list|1 Vevey: la piscine de plein air ne rouvrira pas cet été
teaser-list|2 Ski: les stations vaudoises tirent un bilan mitigé
teaser-list|3 Nyon: le festival dévoile sa programmation
footer|Impressum | CGU | Protection des données | Paramètres de confidentialité
copyright|© La Gazette du Léman SA, 2025
"""),
 dict(id="gazette-leman-2", site="gazette-leman", lang="fr", sep="\n\n", title="Genève: une navette électrique reliera Nyon et Yvoire dès juin", date="2025-04-09", page="""
skip-link|Passer au contenu principal
menu|La Gazette du Léman
subscribe|S’abonner dès CHF 1.–
login|Se connecter
menu|Vaud & Régions
menu|Suisse
menu|Monde
menu|Économie
menu|Sports
menu|Culture
menu|Vivre
menu|ePaper
breadcrumb|Accueil › Vaud & Régions › La Côte
section-label|Lac
h1|Genève: une navette électrique reliera Nyon et Yvoire dès juin
lead|Le premier bateau sans moteur thermique de la flotte lémanique assurera la traversée toutes les heures en été.
byline|Nicolas Berthoud
dateline|Publié: 09.04.2025, 17h10
dateline|Mis à jour: 10.04.2025, 08h05
reading-time|2 min
save|Sauvegarder
share|Partager
p|Les pendulaires et les touristes qui traversent le lac entre Nyon et Yvoire pourront le faire dès le 1er juin à bord d’une navette entièrement électrique, a annoncé mercredi la compagnie de navigation.
p|Le bateau, construit dans un chantier du Valais, peut transporter 150 passagers et une quarantaine de vélos. Ses batteries se rechargent au port de Nyon en vingt minutes.
paywall|Cet article est réservé aux abonnés.
paywall|Pour continuer à lire, abonnez-vous dès CHF 1.– le premier mois.
paywall|Déjà abonné? Connectez-vous
p|La compagnie estime que la navette économisera chaque année l’équivalent de 200 000 litres de diesel.
p|Elle prévoit de convertir deux autres bateaux d’ici 2028.
correction|Correction: dans une précédente version de cet article, nous indiquions que le bateau avait été construit à Genève. Il a été construit en Valais.
comments|0 commentaire
comments|Soyez le premier à commenter
teaser-list|Les plus lus
teaser-list|1 Morges: le marché du samedi déménage sur les quais
teaser-list|2 Pully: un immeuble évacué après une fuite de gaz
footer|Impressum | CGU | Protection des données | Paramètres de confidentialité
copyright|© La Gazette du Léman SA, 2025
"""),
 dict(id="kvln8-news-1", site="kvln8-news", lang="en", sep="\n\n", title="LIVE UPDATES: Ice storm leaves thousands without power across the valley", date="2025-01-22", page="""
skip-link|Skip Navigation
breaking|WEATHER ALERT
breaking|Winter Storm Warning in effect until 6 PM Wednesday for Ada, Canyon and Payette counties
weather|28°
weather|Boise, ID
watch|Watch Live
menu|News
menu|Weather
menu|Sports
menu|Traffic
menu|Community
menu|Contests
menu|Closings & Delays (42)
section-label|Weather
h1|LIVE UPDATES: Ice storm leaves thousands without power across the valley
lead|Freezing rain brought down trees and power lines overnight. Here's the latest on outages, school closures and road conditions.
byline|Author: KVLN Staff
dateline|Published: 6:14 AM MST January 22, 2025
dateline|Updated: 3:47 PM MST January 22, 2025
video|Play Video
video|Now Playing
video|Crews work to restore power after overnight ice storm
video|01:58
live-time|3:40 PM
p|The power company says about 18,000 customers remain without electricity, down from a peak of nearly 41,000 this morning. Crews from neighboring states are on their way to help.
p|A spokesperson said most customers should have power back by Thursday evening, but some rural areas could wait until the weekend.
live-time|1:15 PM
p|The city has opened three warming centers for people without heat:
li|Riverside Community Center, 1200 W. Main St.
li|Eastgate Library, 45 N. Orchard Ave.
li|Valley Fairgrounds Expo Hall, open 24 hours
p|Pets are welcome at the fairgrounds location.
ad|Advertisement
live-time|10:02 AM
p|Police have responded to more than 90 crashes since midnight. The Transportation Department is asking drivers to stay home unless their trip is essential.
p|"If you don't have to be out, please don't be," a trooper said during a morning briefing.
live-time|6:14 AM
p|All public schools in the valley are closed Wednesday. Several districts have also canceled evening activities.
app|Download the KVLN 8 app for breaking news alerts and live coverage.
app|Get it on Google Play
app|Download on the App Store
feedback|Report a typo
teaser-list|Trending Stories
teaser-list|Here's when the freezing rain should end, hour by hour
teaser-list|Sponsored Links
teaser-list|Seniors in Idaho are getting a surprising perk on car insurance
footer|EEO Public File Report | FCC Applications | Closed Captioning | Accessibility Statement
copyright|Copyright 2025 KVLN-TV. All rights reserved.
"""),
 dict(id="kvln8-news-2", site="kvln8-news", lang="en", sep="\n\n", title="School district adds late buses so students can stay for clubs", date="2025-09-03", page="""
skip-link|Skip Navigation
weather|81°
weather|Boise, ID
watch|Watch Live
menu|News
menu|Weather
menu|Sports
menu|Traffic
menu|Community
menu|Contests
menu|Closings & Delays
section-label|Education
h1|School district adds late buses so students can stay for clubs
byline|Author: Jenna Whitfield
dateline|Published: 5:52 PM MDT September 3, 2025
video|Play Video
video|02:14
repeat|School district adds late buses so students can stay for clubs
p|BOISE, Idaho — Middle and high school students who stay after class for clubs, tutoring or sports practice will now have a ride home.
p|The district is adding 14 "activity bus" routes this fall, leaving campuses at 4:45 PM on Tuesdays, Wednesdays and Thursdays.
p|District officials said surveys showed many students skipped after-school programs because their parents could not pick them up.
ad|Advertisement
p|The routes will cost about $390,000 a year, paid for with a state grant for student engagement.
h2|Who can ride
p|Any student enrolled in an after-school program at their own school can ride. Students need to show their ID badge to the driver.
p|The district says it will look at adding Monday routes in the spring if enough students use the buses.
correction|CORRECTION: An earlier version of this story gave the wrong departure time for the buses. They leave at 4:45 PM.
signature|KVLN 8's Marcus Lee contributed to this report.
app|Download the KVLN 8 app for breaking news alerts and live coverage.
app|Get it on Google Play
app|Download on the App Store
feedback|Report a typo
teaser-list|Trending Stories
teaser-list|Back-to-school: new crosswalk signals near six elementary schools
teaser-list|Sponsored Links
teaser-list|Ranked: the 10 most affordable SUVs for families this year
footer|EEO Public File Report | FCC Applications | Closed Captioning | Accessibility Statement
copyright|Copyright 2025 KVLN-TV. All rights reserved.
"""),
 dict(id="oran-soir-1", site="oran-soir", lang="fr", sep="\n", title="Oran : le tramway prolongé jusqu’à Bir El Djir d’ici 2027", date="2025-03-04", page="""
timestamp|Mardi 04 Mars 2025 | 04 Ramadhan 1446
ticker|Imsak 05:31 | Fajr 05:41 | Dohr 12:52 | Asr 16:11 | Maghreb 18:38 | Isha 19:55
ticker|EUR 146,30 DA | USD 134,90 DA
lang-switch|العربية | English
menu|Accueil | Actualité | Oran | Régions | Économie | Sports | Culture | Contributions | Archives
section-label|ORAN
h1|Oran : le tramway prolongé jusqu’à Bir El Djir d’ici 2027
byline|Par Karim Benali
dateline|Publié le 04/03/2025 à 19:00
views|Lu 1 245 fois
share|Partager sur Facebook
share|Partager sur X
share|Imprimer
lead|Le tramway d’Oran desservira la commune de Bir El Djir et le pôle universitaire de Belgaïd d’ici 2027, a annoncé lundi le wali lors d’une visite du chantier.
p|L’extension, longue de 7,2 kilomètres, comptera neuf nouvelles stations. Les travaux de génie civil, lancés à l’automne dernier, sont réalisés à 30 %, selon la direction des transports de la wilaya.
p|Le tracé longera le boulevard du Millénium avant de desservir la cité universitaire, où logent plus de 12 000 étudiants. Ceux-ci empruntent aujourd’hui des bus souvent bondés.
ad|Publicité
p|Le wali a demandé à l’entreprise de réalisation d’accélérer la cadence, notamment sur le viaduc qui doit enjamber la voie rapide.
p|« Nous ne tolérerons aucun retard supplémentaire. »
p|Les commerçants du boulevard, eux, s’inquiètent de la durée des travaux, qui ont déjà réduit le nombre de places de stationnement.
p|La direction des transports assure qu’un plan de circulation provisoire sera mis en place dès la fin du mois de Ramadhan.
signature|K. B.
teaser-list|Articles en relation
teaser-list|Oran : les horaires du tramway adaptés pendant le Ramadhan
teaser-list|Es Senia : la nouvelle aérogare accueille ses premiers vols
comments|Ajouter un commentaire
comments|Votre nom
comments|Votre email (ne sera pas publié)
comments|Envoyer
footer|Oran Soir – Quotidien national d’information – Siège : boulevard de l’ALN, Oran
footer|Tél : +213 (0)41 00 00 00 – Fax : +213 (0)41 00 00 01
copyright|© 2025 Oran Soir. Reproduction interdite sans autorisation.
"""),
 dict(id="oran-soir-2", site="oran-soir", lang="fr", sep="\n", title="Sécheresse : Oran mise sur une troisième station de dessalement", date="2025-07-15", page="""
timestamp|Mardi 15 Juillet 2025 | 19 Moharram 1447
ticker|Fajr 04:12 | Dohr 13:03 | Asr 16:51 | Maghreb 20:14 | Isha 21:48
ticker|EUR 151,05 DA | USD 129,70 DA
lang-switch|العربية | English
menu|Accueil | Actualité | Oran | Régions | Économie | Sports | Culture | Contributions | Archives
section-label|ACTUALITÉ
h1|Sécheresse : Oran mise sur une troisième station de dessalement
byline|Par Amina Hadjadj
dateline|Publié le 15/07/2025 à 18:30
views|Lu 2 087 fois
share|Partager sur Facebook
share|Partager sur X
share|Imprimer
repeat|Sécheresse : Oran mise sur une troisième station de dessalement
lead|Une nouvelle usine de dessalement d’eau de mer doit être mise en service à Cap Blanc l’été prochain, pour mettre fin aux coupures qui touchent plusieurs quartiers.
p|D’une capacité de 300 000 mètres cubes par jour, la station permettra, selon l’Algérienne des eaux, de couvrir les besoins de près d’un million d’habitants.
p|Les barrages de l’Ouest n’étaient remplis qu’à 18 % au début de l’été, après un hiver particulièrement sec.
h2|Distribution un jour sur deux
p|Dans plusieurs quartiers, dont Haï Sabah et Canastel, les habitants ne reçoivent l’eau qu’un jour sur deux depuis le mois de juin.
p|Les autorités de la wilaya appellent à limiter l’arrosage et le lavage des voitures.
ad|Publicité
p|Un raccordement provisoire à la station d’El Mactaâ doit améliorer la situation dès la mi-août.
signature|A. H.
teaser-list|Articles en relation
teaser-list|Mostaganem : les coupures d’eau se multiplient dans le chef-lieu
teaser-list|Arzew : la zone industrielle passe à l’eau recyclée
comments|Ajouter un commentaire
comments|Votre nom
comments|Votre email (ne sera pas publié)
comments|Envoyer
footer|Oran Soir – Quotidien national d’information – Siège : boulevard de l’ALN, Oran
footer|Tél : +213 (0)41 00 00 00 – Fax : +213 (0)41 00 00 01
copyright|© 2025 Oran Soir. Reproduction interdite sans autorisation.
"""),
]
