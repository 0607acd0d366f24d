# Round 90: eight pages on four more layouts (a French weekly news magazine, an English-language Israeli news site
# with blogs, a Senegalese state press agency, a youth-oriented digital news site), written blind: without looking
# at the classifier, its rules or the benchmark, measured once. Each line: "label|text". Invented text; no real
# article is copied.
ROUND90 = [
 dict(id="le-point-style-1", site="le-point-style", lang="fr", sep="\n", title="Assurance chômage : le gouvernement veut durcir les règles pour les seniors dès l'été", date="2026-02-12", page="""
skip-link|Aller au contenu
skip-link|Aller au menu
menu|Menu
logo|L'Hebdo Point
search|Rechercher
subscribe|S'abonner
subscribe|1 € le premier mois
login|Se connecter
menu|Politique
menu|International
menu|Économie
menu|Société
menu|Culture
menu|Sciences
menu|Santé
menu|Débats
menu|Sport
menu|Le Magazine
epaper|Le kiosque
breadcrumb|Accueil > Économie > Emploi
section-label|Emploi
article-label|Abonnés
h1|Assurance chômage : le gouvernement veut durcir les règles pour les seniors dès l'été
lead|Réduction de la durée d'indemnisation, fin de la filière spécifique après 55 ans : le ministère du Travail a transmis mercredi aux partenaires sociaux un document d'orientation qui promet une nouvelle bataille.
byline|Par Clémence Varenne
dateline|Publié le 12/02/2026 à 18h04, mis à jour le 12/02/2026 à 19h31
listen|Écouter cet article
listen|Temps de lecture : 4 min
save|Ajouter à mes favoris
share|Partager
comments|Commenter
gift|Offrir cet article
caption|La ministre du Travail à sa sortie du conseil des ministres, le 11 février.
credit|© Julien Marchetti / Hans Lucas via AFP
p|Le calendrier est serré et le ton assumé. Dans un document de douze pages adressé mercredi aux syndicats et au patronat, que L'Hebdo Point a pu consulter, le ministère du Travail fixe le cadre d'une nouvelle négociation sur l'assurance chômage, la troisième en moins de quatre ans.
p|L'objectif affiché est double : ramener le régime à l'équilibre dès 2027 et « accélérer le retour à l'emploi des plus de 55 ans », dont le taux d'emploi reste inférieur de près de dix points à la moyenne européenne.
paywall|Cet article est réservé aux abonnés. Vous avez lu 1 article gratuit ce mois-ci.
h2|Une filière seniors dans le viseur
p|Depuis la réforme de 2023, les demandeurs d'emploi âgés de 55 ans et plus bénéficient d'une durée maximale d'indemnisation de 22,5 mois, contre 18 mois pour les autres. Le gouvernement propose de la ramener à 20 mois et de relever l'âge d'accès à 57 ans.
p|« Nous ne voulons pas pénaliser les seniors, nous voulons qu'ils restent en emploi », plaide-t-on dans l'entourage de la ministre, où l'on fait valoir que les entreprises ont trop souvent utilisé l'assurance chômage comme une « préretraite déguisée ».
read-also|À LIRE AUSSI Retraites : ce que prévoit vraiment le conclave sur la pénibilité
p|Côté syndical, la réplique n'a pas tardé. « C'est la double peine : on recule l'âge de départ et on coupe les droits de ceux que personne ne veut embaucher », a réagi dans la soirée le secrétaire général d'une grande confédération.
ad|Publicité
ad|Annonce
h2|Quatre pistes sur la table
p|Le document d'orientation énumère les leviers que les négociateurs sont invités à examiner :
li|la baisse de la durée maximale d'indemnisation pour les plus de 55 ans ;
li|un bonus-malus élargi aux secteurs qui recourent massivement aux contrats courts ;
li|la révision des règles de cumul entre allocation et indemnités de rupture conventionnelle ;
li|un nouveau mode de calcul pour les travailleurs saisonniers.
p|Les partenaires sociaux disposent de quatre mois pour aboutir. Faute d'accord, l'exécutif reprendrait la main par décret, comme il l'avait fait en 2019.
p|Selon les projections de l'Unédic, l'ensemble des mesures pourrait dégager entre 1,5 et 2 milliards d'euros d'économies par an en régime de croisière. Un montant que le patronat juge « raisonnable », mais que les syndicats contestent, rappelant que le régime est revenu à l'excédent depuis 2022.
p|Première réunion prévue le 3 mars, au siège de l'Unédic.
newsletter|Newsletter Éco
newsletter|Chaque jour, l'essentiel de l'actualité économique décryptée par la rédaction.
newsletter|Votre adresse email
newsletter|Je m'inscris
newsletter|Votre adresse email est uniquement utilisée pour vous envoyer les newsletters de L'Hebdo Point. Vous pouvez vous désinscrire à tout moment.
tags|Assurance chômage
tags|Seniors
tags|Syndicats
tags|Unédic
comments|Vos réactions (87)
comments|Jean-Pierre 44
comments|Le 12/02/2026 à 19h12
comments|Encore et toujours les mêmes qui paient. À 58 ans, qui vous embauche ?
comments|Signaler un contenu abusif
comments|Voir les 87 commentaires
comments|Commenter
comments|Pour commenter, abonnez-vous
related|Sur le même sujet
related|Chômage : le taux remonte à 7,6 % au quatrième trimestre
related|Rupture conventionnelle : le gouvernement veut-il la fin d'un « abus » ?
related|Retraites : pourquoi les seniors quittent l'emploi si tôt
most-read|Les plus lus
most-read|1
most-read|Immobilier : les taux de crédit repartent à la baisse
most-read|2
most-read|Municipales 2026 : à Marseille, la gauche se déchire
most-read|3
most-read|« Je ne lâcherai rien » : l'entretien exclusif du Premier ministre
sponsored|Contenus sponsorisés
sponsored|Ce placement méconnu séduit de plus en plus d'épargnants français
sponsored|Sponsorisé par Patrimoine Conseil
app|Téléchargez l'application L'Hebdo Point
app|Disponible sur l'App Store
app|Disponible sur Google Play
footer|L'Hebdo Point
footer|Qui sommes-nous ?
footer|Abonnements
footer|Service client
footer|Publicité
footer|Conditions générales
footer|Mentions légales
footer|Données personnelles
cookie|Paramètres des cookies
copyright|© L'Hebdo Point - Tous droits réservés - 2026
"""),
 dict(id="le-point-style-2", site="le-point-style", lang="fr", sep="\n", title="Venise, Florence, Rome : l'Italie généralise la taxe d'entrée et affole les tour-opérateurs", date="2026-03-19", page="""
skip-link|Aller au contenu
skip-link|Aller au menu
menu|Menu
logo|L'Hebdo Point
search|Rechercher
subscribe|S'abonner
subscribe|1 € le premier mois
login|Mon compte
menu|Politique
menu|International
menu|Économie
menu|Société
menu|Culture
menu|Sciences
menu|Santé
menu|Débats
menu|Sport
menu|Le Magazine
epaper|Le kiosque
breaking|Direct - Grève SNCF : le trafic très perturbé jeudi, suivez notre direct
breadcrumb|Accueil > International > Europe
section-label|Europe
h1|Venise, Florence, Rome : l'Italie généralise la taxe d'entrée et affole les tour-opérateurs
lead|Après l'expérience vénitienne, le gouvernement de Giorgia Meloni autorise les villes d'art à faire payer les visiteurs d'un jour. Un cas d'école du surtourisme, qui divise jusque dans la majorité.
byline|De notre correspondant à Rome, Matthieu Albertini
dateline|Publié le 19/03/2026 à 07h30
listen|Écouter cet article
listen|Temps de lecture : 5 min
save|Ajouter à mes favoris
share|Partager
comments|Commenter
gift|Offrir cet article
caption|Des touristes sur le pont du Rialto, à Venise, en septembre 2025.
credit|© Andrea Pattaro / AFP
p|À l'entrée de la piazzale Roma, les stewards en gilet jaune sont devenus aussi familiers que les gondoliers. Depuis deux saisons, les visiteurs qui ne dorment pas à Venise doivent y présenter un QR code attestant qu'ils ont acquitté leur contribution d'accès, de 5 à 10 euros selon les jours.
p|L'expérience, longtemps moquée, fait désormais école. Un décret adopté mardi en conseil des ministres permet à toute commune italienne classée au patrimoine mondial de l'Unesco d'instaurer une taxe similaire, plafonnée à 15 euros par jour.
h2|« Un péage pour entrer dans une ville »
p|Florence a été la première à se déclarer intéressée. Sa maire a évoqué une mise en place « dès l'automne » pour le centre historique, où vivent moins de 40 000 habitants pour près de 16 millions de nuitées par an.
p|À Rome, la prudence domine. « On ne met pas de tourniquet autour du Colisée », a ironisé un adjoint au tourisme de la capitale, qui préfère miser sur la régulation des locations de courte durée.
read-also|À LIRE AUSSI Surtourisme : Barcelone, Amsterdam, Dubrovnik… ces villes qui disent stop
p|Dans la majorité elle-même, la mesure ne fait pas l'unanimité. La Ligue y voit un « péage pour entrer dans une ville », tandis que les fédérations de guides redoutent un report des groupes vers d'autres destinations méditerranéennes.
ad|Publicité
h2|Des recettes modestes
p|Sur le plan financier, l'enjeu reste limité. À Venise, la contribution d'accès a rapporté environ 5,4 millions d'euros l'an dernier, à peine de quoi couvrir son coût de gestion et les contrôles, selon la Cour des comptes régionale.
p|Ses partisans assurent que l'essentiel est ailleurs : connaître en temps réel le nombre de visiteurs et dissuader les excursions de quelques heures depuis les navires de croisière, qui saturent les ruelles sans rien laisser à l'économie locale.
p|« Nous ne voulons pas moins de touristes, nous voulons des touristes qui restent. »
p|Les professionnels français du voyage organisé, eux, s'inquiètent d'un « empilement » de taxes. Entre la taxe de séjour, la contribution d'accès et les nouvelles formalités européennes d'entrée pour les voyageurs non européens, un circuit d'une semaine en Toscane pourrait coûter jusqu'à 60 euros de plus par client.
signature|M. A.
newsletter|Newsletter International
newsletter|Le regard de nos correspondants sur le monde, chaque vendredi.
newsletter|Votre adresse email
newsletter|Je m'inscris
tags|Italie
tags|Tourisme
tags|Venise
tags|Giorgia Meloni
comments|Vos réactions (23)
comments|Pour commenter, abonnez-vous
comments|Voir les 23 commentaires
related|Sur le même sujet
related|Italie : Giorgia Meloni, trois ans après
related|Croisières : Marseille veut limiter les escales des géants des mers
related|Voyage : ces destinations qui vont coûter plus cher en 2026
partner|Nos partenaires
partner|Guide d'achat : les meilleures valises cabine de l'année
partner|Comparateur : trouvez l'assurance voyage la moins chère
most-read|Les plus lus
most-read|1
most-read|Grève SNCF : la carte des lignes touchées jeudi
most-read|2
teaser-list|Venise, Florence, Rome : l'Italie généralise la taxe d'entrée et affole les tour-opérateurs
most-read|3
most-read|Santé : ce médicament très prescrit bientôt déremboursé
app|Téléchargez l'application L'Hebdo Point
app|Disponible sur l'App Store
app|Disponible sur Google Play
footer|L'Hebdo Point
footer|Qui sommes-nous ?
footer|Abonnements
footer|Service client
footer|Publicité
footer|Conditions générales
footer|Mentions légales
footer|Données personnelles
cookie|Paramètres des cookies
copyright|© L'Hebdo Point - Tous droits réservés - 2026
"""),
 dict(id="times-of-israel-style-1", site="times-of-israel-style", lang="en", sep="\n", title="Cabinet approves NIS 2.4 billion plan to rebuild northern border towns, but mayors say it comes too late", date="2026-01-27", page="""
skip-link|Skip to main content
timestamp|Tuesday, January 27, 2026 · Shevat 9, 5786
edition|Edition: Global
edition|Israel
edition|Jewish Times
edition|Arabic
edition|French
edition|Hebrew
edition|Persian
login|Sign in
subscribe|Join our Community
menu|The Levant Times
menu|Israel & the Region
menu|Jewish Times
menu|Israel Inc.
menu|Ops & Blogs
menu|Obituaries
menu|Podcasts
menu|Live
menu|Newsletters
search|Search
live-time|4:52 pm
breaking|Live updates: Sirens sound in Upper Galilee; IDF says interceptor launched at drone
section-label|Israel & the Region
h1|Cabinet approves NIS 2.4 billion plan to rebuild northern border towns, but mayors say it comes too late
lead|Package includes grants for returning residents and money to reopen schools in Kiryat Shmona and Metula; local leaders slam 'piecemeal' funding and demand a dedicated authority
byline|By Noa Ben-Ami
author-link|Follow
dateline|27 January 2026, 3:18 pm
edited|Edited
share|Share on Facebook
share|Share on Twitter
share|Share by Email
share|Share on WhatsApp
comments|Comments (41)
caption|Workers repair a house damaged by a Hezbollah rocket in Kiryat Shmona, northern Israel, on January 14, 2026.
credit|(Ayal Margolin/Flash90)
p|The cabinet on Tuesday approved a NIS 2.4 billion ($650 million) plan to rebuild communities along the Lebanese border, more than a year after a ceasefire with Hezbollah allowed tens of thousands of evacuated residents to begin returning home.
p|The package, drafted by the Finance Ministry and the Prime Minister's Office, includes one-time grants of up to NIS 30,000 for families who move back by the end of the school year, funding to repair public buildings and roads, and tax benefits for small businesses that reopen in the area.
p|"The north is not a periphery, it is the front line of our sovereignty," the prime minister said at the start of the meeting, according to a statement from his office. "Today we are giving the residents the tools to come home and to stay."
video|Watch: Residents of Metula return to a town still scarred by war
video|01:42
p|But mayors of the affected towns were quick to criticize the plan, which they said covered barely a third of the damage assessed by their own engineers and arrived long after many families had decided to settle elsewhere.
p|"We asked for a plan in 2024. We are getting a press release in 2026," said the head of a regional council in the Upper Galilee. "Half of our young families have already enrolled their children in schools in the center of the country."
read-also|Related: A year after the ceasefire, northern farmers count what the war took
h2|Schools and clinics first
p|According to the government decision, about NIS 700 million will be allocated to education, with the goal of reopening all schools in Kiryat Shmona and Shlomi by September. Another NIS 350 million is set aside for health clinics and emergency medical services.
p|The plan also calls for reinforcing some 2,000 homes with safe rooms, a demand residents have made since before the war began in October 2023.
p|The Finance Ministry said the money would be drawn partly from a reserve approved in the 2026 budget and partly from reallocations across government ministries, a move opposition lawmakers called a "shell game."
ad|Advertisement
h2|Calls for a dedicated authority
p|Northern council heads have for months demanded the creation of a statutory authority with its own budget and powers, modeled on the body set up to rebuild communities near Gaza after the October 7 attack.
p|A spokesperson for the Prime Minister's Office said such an authority was "under consideration" but declined to give a timeline.
p|Some 60,000 residents were evacuated from the north in the first weeks of the war. Government figures presented to the Knesset last month showed that around 70 percent had returned, though local councils dispute the figure.
signature|Jeremy Sharon contributed to this report.
donate|Ours is not a story of a newspaper that asks for money. It is a story of readers who believe independent journalism about Israel matters.
donate|Join our community
donate|Yes, I'll give
donate|Already a member? Sign in to stop seeing this
tags|Read more about:
tags|Israel & the Region
tags|Northern border
tags|Kiryat Shmona
tags|Hezbollah
tags|Finance Ministry
newsletter|Get The Levant Times Daily Edition by email and never miss our top stories
newsletter|Newsletter email address
newsletter|Get it
newsletter|By signing up, you agree to the terms
comments|Comments (41)
comments|Sort by: Newest
comments|Commenting guidelines
comments|Show more comments
teaser-list|Live updates
teaser-list|5:03 pm
teaser-list|Police arrest three suspects in Tel Aviv jewelry store heist
teaser-list|4:47 pm
teaser-list|Knesset panel advances bill to extend reservist benefits
teaser-list|4:30 pm
teaser-list|Opposition chief: Government 'abandoned the north twice'
read-more|Go to the live blog
most-read|Most Read
most-read|Inside the secret talks over a Saudi normalization deal
most-read|Rabbi who led wartime prayer vigil dies at 94
most-read|Bank of Israel holds rate steady, signals cut in spring
footer|About Us
footer|Advertise with Us
footer|Terms of Use
footer|Privacy Policy
footer|Premium Terms of Use
footer|Community Guidelines
footer|Send Us Feedback
footer|Israel Jobs
copyright|© 2026 The Levant Times, all rights reserved
footer|Powered by WordPress.com VIP
"""),
 dict(id="times-of-israel-style-2", site="times-of-israel-style", lang="en", sep="\n", title="My daughter's first Shabbat back from reserve duty", date="2026-03-06", page="""
skip-link|Skip to main content
timestamp|Friday, March 6, 2026 · Adar 17, 5786
edition|Edition: Global
login|Sign in
subscribe|Join our Community
menu|The Levant Times
menu|Israel & the Region
menu|Jewish Times
menu|Israel Inc.
menu|Ops & Blogs
menu|Obituaries
menu|Podcasts
menu|Live
menu|Newsletters
search|Search
section-label|The Blogs
byline|Dvora Halperin
author-bio|Dvora Halperin made aliyah from Toronto in 1998. She is a family physician in Modiin, a mother of four and a grandmother of two.
h1|My daughter's first Shabbat back from reserve duty
dateline|Mar 6, 2026
share|Share on Facebook
share|Share on Twitter
share|Share by Email
comments|Comments (7)
caption|Illustrative: A female IDF reservist at a bus stop in central Israel. (Shutterstock)
p|She walked in at 2:40 on Friday afternoon, an hour before candle lighting, with a duffel bag that seemed bigger than she was and a rifle she propped against the bookshelf as if it were an umbrella.
p|I had planned this moment for days. The chicken soup her grandmother taught me to make. The blue tablecloth. Her brothers, under strict instructions not to ask her anything about anything. In the end, she hugged me, said "I need to shower," and disappeared for forty minutes.
p|This is my fourth time doing this. Two sons in 2023 and 2024, a son-in-law last year, and now my youngest, twenty-three years old, a combat medic who was supposed to be in her second year of nursing school.
h2|What we don't say at the table
p|There is a choreography to these Friday nights that no one teaches you. You learn to read the silences. You learn that "it was fine" means it was not fine, and that "it was intense" means you should pass the salad and change the subject.
p|At dinner my husband made Kiddush, and his voice caught on "zecher l'yetziat Mitzrayim", a memorial of the exodus from Egypt, in a way it never used to. Nobody commented. My daughter reached over and squeezed his arm.
p|Later, over tea, she told me one thing. Not about what she saw, but about a soldier from her unit, an Ethiopian-Israeli boy from Kiryat Gat, who had asked her to teach him how to braid his little sister's hair so he could do it when he got home.
p|"So I taught him," she said. "We practiced on a rope."
h2|What I have learned
p|I am a doctor. I am trained to fix things. These years have taught me, slowly and against my will, that there are things a mother cannot fix. What I can do is smaller:
li|Keep the fridge full and the questions few.
li|Leave the door to her room open, and the light in the hallway on.
li|Let her sleep until noon on Saturday without comment.
li|Say the blessing over her head, even if she rolls her eyes.
p|On Saturday night, after Havdalah, she packed her bag again. She goes back on Sunday for another three weeks. At the door, she turned and said, "The soup was good, Ima." It was the best review I have ever received.
p|We are a country of mothers waiting at doorways. I pray that my daughter's generation will be the last one that has to do this.
author-bio|About the Author
author-bio|Dvora Halperin made aliyah from Toronto in 1998. She is a family physician in Modiin, a mother of four and a grandmother of two. She writes about medicine, family and the strange business of raising children in Israel.
tags|Related Topics
tags|Israel Defense Forces
tags|Shabbat
tags|Family
tags|Reservists
disclaimer|The Blogs are written by our readers and contributors. The opinions expressed in these posts are solely those of the bloggers and do not necessarily reflect the views of The Levant Times, its editors or its staff.
blog-cta|Want to write for The Blogs? Apply here
donate|Ours is not a story of a newspaper that asks for money. It is a story of readers who believe independent journalism about Israel matters.
donate|Yes, I'll give
donate|Already a member? Sign in to stop seeing this
comments|Comments (7)
comments|Shira K.
comments|2 days ago
comments|I read this with tears. Shabbat shalom to your whole family.
comments|Reply
comments|Show more comments
related|More from The Blogs
related|Why I stopped reading the news before bed
related|Daniel Mizrachi
related|A letter to the neighbor who left
related|Rachel Auerbach Stein
related|Purim in a year that doesn't feel like Purim
related|Avi Cohen-Tal
most-read|Most Read
most-read|Government approves extension of daylight saving time
most-read|Inside the secret talks over a Saudi normalization deal
footer|About Us
footer|Advertise with Us
footer|Terms of Use
footer|Privacy Policy
footer|Community Guidelines
footer|Send Us Feedback
copyright|© 2026 The Levant Times, all rights reserved
footer|Powered by WordPress.com VIP
"""),
 dict(id="aps-senegal-style-1", site="aps-senegal-style", lang="fr", sep="\n", title="Kaolack : plus de 42 000 tonnes d'arachide déjà collectées par les opérateurs privés stockeurs", date="2026-01-22", page="""
timestamp|Jeudi 22 janvier 2026
ticker|Dakar 27°C
lang-switch|Français - English - العربية
social|Facebook Twitter YouTube LinkedIn
menu|AGENCE NATIONALE DE PRESSE DU SÉNÉGAL
menu|ANPS - L'information de référence depuis 1959
menu|ACCUEIL
menu|POLITIQUE
menu|ÉCONOMIE
menu|SOCIÉTÉ
menu|RÉGIONS
menu|CULTURE
menu|SPORTS
menu|SANTÉ
menu|ENVIRONNEMENT
menu|INTERNATIONAL
menu|PHOTOS
menu|VIDÉOS
search|Rechercher...
breaking|FLASH
breaking|Le chef de l'État attendu à Tambacounda samedi pour l'inauguration du nouvel hôpital régional
breadcrumb|Accueil / Régions / Kaolack
section-label|RÉGIONS
h1|Kaolack : plus de 42 000 tonnes d'arachide déjà collectées par les opérateurs privés stockeurs
dateline|Publié le 22 janvier 2026 à 14:37
views|Lu 318 fois
font|A-
font|A+
print|Imprimer
share|Partager
caption|Des sacs d'arachide stockés au seccoco de Ndiaffate (photo d'archives).
credit|Crédit photo : ANPS
p|Kaolack, 22 jan (ANPS) – Plus de 42 000 tonnes d'arachide ont été collectées dans la région de Kaolack par les opérateurs privés stockeurs depuis l'ouverture officielle de la campagne de commercialisation, a appris l'ANPS du chef du service régional du commerce, Ousmane Diagne.
p|« À la date du 20 janvier, les opérateurs privés stockeurs ont réceptionné 42 318 tonnes d'arachide au niveau des différents points de collecte de la région », a-t-il déclaré lors d'un comité régional de développement (CRD) consacré au suivi de la campagne.
p|Ce volume représente près de 60 % de l'objectif fixé pour la région, qui est de 70 000 tonnes, a précisé M. Diagne, qui s'exprimait en présence du gouverneur de Kaolack, des préfets des départements de Kaolack, Nioro du Rip et Guinguinéo, ainsi que des représentants des producteurs.
p|Selon lui, le prix plancher de 305 francs CFA le kilogramme fixé par le gouvernement est « globalement respecté » sur l'ensemble des points de collecte, même si des cas de vente à des prix inférieurs ont été signalés dans certains marchés hebdomadaires (loumas) du département de Nioro.
p|Le chef du service régional du commerce a par ailleurs indiqué que la Société nationale de commercialisation des oléagineux du Sénégal (SONACOS) a acheté à elle seule plus de 28 000 tonnes, le reste étant réparti entre les opérateurs agréés.
p|Plusieurs producteurs présents ont toutefois déploré des retards dans le paiement des bons remis par certains opérateurs. « Des paysans attendent leur argent depuis plus de trois semaines alors qu'ils doivent rembourser leurs crédits », a fait valoir Mamadou Ndiaye, président d'une union de producteurs de Ndiédieng.
p|Le gouverneur de la région a demandé aux services compétents de « renforcer les contrôles » et d'établir la liste des opérateurs concernés afin que des mesures soient prises.
p|Il a également invité les forces de défense et de sécurité à intensifier la lutte contre la sortie frauduleuse des graines vers les pays limitrophes, une pratique qui prive les huileries locales d'une partie de la production.
p|La campagne de commercialisation arachidière 2025-2026 a été officiellement lancée le 5 décembre dernier. Le gouvernement table sur une production nationale d'environ 1,2 million de tonnes.
signature|AD/ADL/ASG
tags|Mots-clés : Arachide Campagne de commercialisation Kaolack SONACOS
share|Partager sur Facebook
share|Partager sur X
share|Partager sur WhatsApp
share|Envoyer par e-mail
related|À LIRE AUSSI
related|Kaffrine : la SONACOS annonce l'ouverture de deux nouveaux points de collecte
related|Campagne arachidière : le ministre du Commerce appelle au respect du prix plancher
related|Nioro du Rip : saisie de 18 tonnes d'arachide destinées à la Gambie
teaser-list|DERNIÈRES DÉPÊCHES
teaser-list|16:05
teaser-list|Ziguinchor : lancement d'un programme de reboisement de la mangrove
teaser-list|15:48
teaser-list|Football : les Lionnes en regroupement à Saly à partir du 1er février
teaser-list|15:20
teaser-list|Conseil des ministres : le communiqué intégral
teaser-list|15:02
teaser-list|Matam : 1 200 élèves bénéficient de kits scolaires
read-more|Toutes les dépêches
gallery|EN IMAGES
gallery|Cérémonie de passation de service au ministère de l'Agriculture
gallery|12 photos
video|ANPS TV
video|Journal de la mi-journée du 22 janvier 2026
newsletter|Abonnez-vous à notre newsletter
newsletter|Votre e-mail
newsletter|S'abonner
partner-list|Nos partenaires : FAAPA - Fédération atlantique des agences de presse africaines, AMAP, MAP, APA
footer|Agence Nationale de Presse du Sénégal
footer|58, boulevard de la République, BP 117 Dakar - Sénégal
footer|Tél. : +221 33 800 00 00
footer|Qui sommes-nous · Nos bureaux régionaux · Abonnements · Contact · Mentions légales
copyright|© 2026 ANPS - Tous droits réservés. Toute reproduction, même partielle, est interdite sans citation de la source.
back-to-top|Haut de page
"""),
 dict(id="aps-senegal-style-2", site="aps-senegal-style", lang="fr", sep="\n", title="Le Sénégal et la Mauritanie signent un accord sur la gestion conjointe des ressources halieutiques", date="2026-03-11", page="""
timestamp|Mercredi 11 mars 2026
ticker|Dakar 29°C
lang-switch|Français - English - العربية
social|Facebook Twitter YouTube LinkedIn
menu|AGENCE NATIONALE DE PRESSE DU SÉNÉGAL
menu|ANPS - L'information de référence depuis 1959
menu|ACCUEIL
menu|POLITIQUE
menu|ÉCONOMIE
menu|SOCIÉTÉ
menu|RÉGIONS
menu|CULTURE
menu|SPORTS
menu|SANTÉ
menu|ENVIRONNEMENT
menu|INTERNATIONAL
menu|PHOTOS
menu|VIDÉOS
search|Rechercher...
breaking|FLASH
breaking|Ramadan : la Commission nationale de concertation sur le croissant lunaire se réunit ce soir
ticker|Horaires des prières à Dakar : Fajr 06:02 - Dhuhr 13:38 - Asr 16:57 - Maghrib 19:24 - Isha 20:35
breadcrumb|Accueil / Économie / Pêche
section-label|ÉCONOMIE
h1|Le Sénégal et la Mauritanie signent un accord sur la gestion conjointe des ressources halieutiques
byline|Par Aïssatou Ba Sow
dateline|Publié le 11 mars 2026 à 19:12 - Mis à jour le 11 mars 2026 à 20:40
views|Lu 1 046 fois
font|A-
font|A+
print|Imprimer
share|Partager
caption|Les deux ministres chargés de la pêche lors de la cérémonie de signature, mercredi à Dakar.
credit|Crédit photo : ANPS / Moussa Gaye
p|Dakar, 11 mars (ANPS) – Le Sénégal et la Mauritanie ont signé, mercredi à Dakar, un accord de coopération portant sur la gestion conjointe des stocks de petits pélagiques partagés, a constaté l'ANPS.
p|Le document a été paraphé par le ministre sénégalais des Pêches et de l'Économie maritime et son homologue mauritanien, au terme de deux jours de travaux de la commission mixte de coopération entre les deux pays.
p|L'accord prévoit notamment la mise en place d'un comité scientifique commun chargé d'évaluer chaque année l'état des stocks de sardinelles et de chinchards, ainsi qu'un mécanisme d'échange de données sur les captures et les débarquements.
h2|500 licences pour les pirogues sénégalaises
p|Il reconduit par ailleurs le protocole permettant à des pirogues sénégalaises de pêcher dans les eaux mauritaniennes. Le nombre de licences est fixé à 500 pour l'année 2026, avec l'obligation de débarquer une partie des captures au port de Nouakchott ou de Ndiago.
p|« Cet accord traduit la volonté de nos deux chefs d'État de faire de la pêche un facteur d'intégration et non de tension entre nos peuples », a déclaré le ministre sénégalais, saluant « un partenariat exemplaire fondé sur la fraternité et le bon voisinage ».
p|Le ministre mauritanien a, pour sa part, insisté sur la nécessité de préserver la ressource. « Les stocks de petits pélagiques sont surexploités. Si nous ne prenons pas aujourd'hui des mesures fortes, ce sont nos enfants qui en paieront le prix », a-t-il averti.
p|Les deux parties se sont engagées à renforcer la surveillance maritime conjointe et la lutte contre la pêche illicite, non déclarée et non réglementée (INN), à travers notamment des patrouilles coordonnées et le partage d'informations satellitaires.
p|Les acteurs de la pêche artisanale de Guet Ndar, à Saint-Louis, dont de nombreuses pirogues opèrent en Mauritanie, avaient réclamé ces derniers mois un renouvellement rapide du protocole, arrivé à expiration fin décembre.
p|La prochaine session de la commission mixte se tiendra à Nouakchott en 2027.
signature|ABS/OID/ASG
tags|Mots-clés : Mauritanie Pêche Pirogues Saint-Louis Coopération
share|Partager sur Facebook
share|Partager sur X
share|Partager sur WhatsApp
share|Envoyer par e-mail
related|À LIRE AUSSI
related|Saint-Louis : les pêcheurs de Guet Ndar réclament le renouvellement des licences
related|Pêche INN : un navire étranger arraisonné au large de Joal
related|Conseil des ministres : le communiqué intégral du 4 mars 2026
teaser-list|DERNIÈRES DÉPÊCHES
teaser-list|20:55
teaser-list|Ramadan : la Commission nationale annonce le début du jeûne pour jeudi
teaser-list|20:31
teaser-list|Kédougou : démarrage des travaux de la route Saraya-Khossanto
teaser-list|19:58
teaser-list|Le Sénégal et la Mauritanie signent un accord sur la gestion conjointe des ressources halieutiques
teaser-list|19:40
teaser-list|Basket : le DUC bat l'ASC Ville de Dakar et reprend la tête
read-more|Toutes les dépêches
gallery|EN IMAGES
gallery|Signature de l'accord de pêche Sénégal-Mauritanie
gallery|9 photos
video|ANPS TV
video|Journal du soir du 11 mars 2026
newsletter|Abonnez-vous à notre newsletter
newsletter|Votre e-mail
newsletter|S'abonner
partner-list|Nos partenaires : FAAPA - Fédération atlantique des agences de presse africaines, AMAP, MAP, APA
footer|Agence Nationale de Presse du Sénégal
footer|58, boulevard de la République, BP 117 Dakar - Sénégal
footer|Tél. : +221 33 800 00 00
footer|Qui sommes-nous · Nos bureaux régionaux · Abonnements · Contact · Mentions légales
copyright|© 2026 ANPS - Tous droits réservés. Toute reproduction, même partielle, est interdite sans citation de la source.
back-to-top|Haut de page
"""),
 dict(id="vice-news-style-1", site="vice-news-style", lang="en", sep="\n", title="Gen Z Is Quitting Dating Apps for Run Clubs. The Run Clubs Are Not Okay.", date="2025-11-18", page="""
skip-link|Skip to content
menu|Menu
logo|FLUX
menu|News
menu|Culture
menu|Drugs
menu|Identity
menu|Tech
menu|Money
menu|Video
menu|Podcasts
search|Search
login|Sign In
subscribe|Subscribe
section-label|CULTURE
h1|Gen Z Is Quitting Dating Apps for Run Clubs. The Run Clubs Are Not Okay.
lead|What started as a few friends jogging along the river has become a 400-person weekly singles mixer, complete with sponsors, bouncers and a waiting list.
byline|By Maya Okonkwo-Hart
dateline|November 18, 2025, 10:12am
share|Share
share|Copy link
share|Facebook
share|X
share|Reddit
caption|A Thursday night run club meets on a bridge in east London.
credit|Photo by Jake Rowntree via Getty Images
p|It's 7:03pm on a Thursday, it's drizzling, and roughly 380 people in matching neon windbreakers are doing lunges outside a craft brewery in Hackney. A guy with a megaphone is explaining the route. Nobody is listening. Everybody is looking at each other.
p|"Honestly I haven't run a full 5K here in, like, two months," says Priya, 26, who works in marketing and asked that her surname not be used because her manager is also in the club. "You go for the first kilometer and then you just kind of hang back with whoever's cute."
p|Welcome to the run club era. Over the last two years, social running groups have exploded across the UK and US, and for a generation that has grown loudly, publicly tired of swiping, they've become something else entirely: the new place to meet someone.
ad|ADVERTISEMENT
h2|"It's Hinge with cardio"
p|The numbers back it up, sort of. One fitness-tracking app reported that the number of people joining running clubs through its platform more than doubled in 2025, and a survey by a dating-industry research firm found that nearly a third of single 18-to-27-year-olds had tried an "IRL" alternative to apps in the past year.
p|"It's Hinge with cardio," says Tom, 24, a paramedic from Leyton, who met his current girlfriend at a club in Walthamstow. "Except you can actually tell if someone's a weirdo in about four minutes. On the apps it takes three dates."
read-also|READ MORE: I Tried Every 'Anti-Dating App' So You Don't Have To
p|But as the clubs have grown, so have the problems. Organizers of three of the biggest London groups told FLUX they now deal with the kind of issues normally handled by nightclub security: people showing up drunk, men who never run but turn up every week to "network," and in one case, a member who was banned after complaints that he was filming women on the route.
p|"We started this because we wanted to run and have a pint after," says Ade, one of the founders of a club that now caps sign-ups at 400. "Now I'm writing a safeguarding policy and talking to a lawyer. I'm a graphic designer, mate."
h2|The brands have arrived
p|Then there's the money. Energy drink companies, sportswear giants and at least one dating app have started sponsoring runs, offering free gear in exchange for branded content. Some clubs now charge a £5 "membership fee" to cover insurance. Others have quietly started selling merch.
p|For some longtime members, that's the moment it stopped being fun. "You can feel it becoming a product," says Lauren, 29. "The second the dating app logo went on the banner, the vibe was dead. It's just the apps again, but sweatier."
p|Still, at the end of the Thursday run, most people aren't going home. The brewery is packed three deep at the bar. Priya is talking to someone from the 10K group. She won't say if it's going anywhere.
p|"Ask me in a month," she says. "Or check my Strava."
author-link|Follow Maya on Instagram.
newsletter|By signing up, you agree to the Terms of Use and Privacy Policy & to receive electronic communications from FLUX Media Group, which may include marketing promotions, advertisements and sponsored content.
newsletter|Get the best of FLUX delivered straight to your inbox.
newsletter|Your email
newsletter|Subscribe
tags|TAGGED:
tags|DATING
tags|FITNESS
tags|GEN Z
tags|RUNNING
tags|LONDON
related|MORE FROM FLUX
related|CULTURE
related|Why Everyone You Know Is Suddenly Doing a 'Dry-ish' January
related|11.14.25
related|NEWS
related|The Fake Wellness Retreats Scamming Burned-Out Millennials
related|11.12.25
related|IDENTITY
related|'I Moved Back In With My Parents at 31 and It's Actually Fine'
related|11.10.25
read-more|Load More
footer|FLUX
footer|About
footer|Careers
footer|Advertise
footer|Contact
footer|Privacy Policy
footer|Terms of Use
footer|Accessibility
footer|Do Not Sell or Share My Personal Information
cookie|Cookie Settings
copyright|© 2025 FLUX Media Group LLC
"""),
 dict(id="vice-news-style-2", site="vice-news-style", lang="en", sep="\n", title="Inside the Telegram Groups Selling Fake Ozempic to Teenagers", date="2026-02-03", page="""
skip-link|Skip to content
menu|Menu
logo|FLUX
menu|News
menu|Culture
menu|Drugs
menu|Identity
menu|Tech
menu|Money
menu|Video
menu|Podcasts
search|Search
login|Sign In
subscribe|Subscribe
subscribe|Support independent journalism. Become a FLUX member for $5 a month.
section-label|DRUGS
h1|Inside the Telegram Groups Selling Fake Ozempic to Teenagers
lead|Unlicensed sellers are pushing weight-loss injections of unknown origin to buyers as young as 15, with discount codes, "before and after" posts and next-day delivery.
byline|By Callum Reyes
byline|and Sofia Brandt
dateline|February 3, 2026, 8:00am
share|Share
share|Copy link
share|Facebook
share|X
share|Reddit
warning|Content warning: This article discusses eating disorders.
alt-text|Image: a syringe pen on a pink background
credit|Illustration by FLUX Staff
p|The message arrived at 11:47pm, three minutes after we joined the group. "hey babe 👋 first order 20% off, code NEWYOU. pens or vials? discreet packaging 📦"
p|Over six weeks, FLUX joined 14 Telegram channels and group chats advertising semaglutide and tirzepatide, the active ingredients in popular weight-loss drugs, without a prescription. Together they had more than 90,000 members. At least four of them explicitly targeted teenagers, using school-exam memes, slang and TikTok-style "glow-up" videos.
p|None of the sellers asked for a prescription, an age, or any medical history. One, operating under the name "SkinnyPlug," offered a "student discount" and said it shipped "from within the EU."
h2|What was actually in the pens
p|FLUX bought three products from three different sellers and had them tested by an independent laboratory that analyzes drug samples for harm-reduction services.
li|One "pen" contained no semaglutide at all, only a saline solution.
li|One vial contained semaglutide at roughly 40 percent of the labeled dose.
li|One vial contained semaglutide along with trace amounts of an unidentified compound the lab could not name.
p|"This is exactly what we were worried about," said a pharmacist who works with the lab and asked not to be named because she was not authorized to speak to the press. "People are injecting something, and they have no idea what. With the underdosed products, they then take more. With the unknown ones, you just don't know."
video|WATCH
video|We Tested Street Pills From Five Cities
video|12:48
h2|"My friends were all doing it"
p|Jess, 17, from Manchester, told FLUX she bought a pen from a Telegram seller last summer after seeing a classmate lose weight before prom. She paid £90, half her savings from a weekend job.
p|"My friends were all doing it, or saying they were," she said. "I threw up for three days. I didn't tell my mum because I knew she'd kill me."
p|Eating disorder charities say they are seeing more young people mention weight-loss injections in calls and chats. Clinicians warn that the drugs, which suppress appetite, can be especially dangerous for people with disordered eating, and that their effects on adolescents outside medical supervision are poorly understood.
p|Telegram did not respond to a list of questions. After FLUX shared links to the channels, two of them were taken down. By the next morning, one had reappeared under a new name.
h2|Where to get help
p|Regulators in the UK and EU have issued repeated warnings about buying weight-loss drugs online without a prescription. Health authorities advise anyone who has used an unlicensed product and feels unwell to seek medical advice immediately.
helpline|If you or someone you know is struggling with an eating disorder, you can contact Beat on 0808 801 0677 in the UK or the National Alliance for Eating Disorders on 1-866-662-1235 in the US.
signature|Additional reporting by Hana Kim.
author-link|Follow Callum on Bluesky and Sofia on X.
newsletter|Get the best of FLUX delivered straight to your inbox.
newsletter|Your email
newsletter|Subscribe
tags|TAGGED:
tags|DRUGS
tags|HEALTH
tags|INVESTIGATION
tags|TELEGRAM
tags|WEIGHT LOSS
related|MORE FROM FLUX
related|DRUGS
related|The Nasal Spray Everyone on TikTok Is Talking About Is Basically Unregulated
related|01.29.26
related|TECH
related|Telegram Says It's Cracking Down. We Checked.
related|01.22.26
related|NEWS
related|UK Teens Are Vaping Less, but There's a Catch
related|01.15.26
read-more|Load More
footer|FLUX
footer|About
footer|Careers
footer|Advertise
footer|Contact
footer|Privacy Policy
footer|Terms of Use
footer|Accessibility
footer|Do Not Sell or Share My Personal Information
cookie|Cookie Settings
copyright|© 2026 FLUX Media Group LLC
"""),
]
