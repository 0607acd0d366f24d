# Round 26: eight pages on four more layouts (an international French public radio station's Africa page, an English
# long-form magazine with a metered paywall, an Ivorian sports site with live scores, a Kenyan daily news portal),
# written blind: without looking at the classifier, its rules or the benchmark, measured once. Each line:
# "label|text". Invented text; no real article is copied.
ROUND26 = [
 dict(id="radio-inter-afrique-1", site="radio-inter-afrique", lang="fr", sep="\n", title="Madagascar : dans la Sava, les producteurs de vanille face à l’effondrement des prix", date="2026-10-14", page="""
skip-link|Aller au contenu principal
skip-link|Aller au lecteur audio
lang-switch|Français
lang-switch|English · Kiswahili · Hausa · Mandenkan · Fulfulde · Português · Español
menu|RIA Radio Inter Afrique
listen|▶ Écouter RIA en direct
listen|En ce moment : Journal Afrique — 06:30 TU
menu|Afrique
menu|Monde
menu|France
menu|Économie
menu|Sports
menu|Culture
menu|Sciences
menu|Podcasts
menu|Émissions
menu|Apprendre le français
login|Se connecter
ticker|Les dernières infos
ticker|08:41 Soudan : nouvelles frappes de drones sur Port-Soudan
ticker|08:12 CAN féminine : le tirage au sort des éliminatoires connu
ticker|07:55 RDC : reprise partielle des vols à l’aéroport de Goma
breadcrumb|Afrique › Madagascar
section-label|Madagascar
h1|Madagascar : dans la Sava, les producteurs de vanille face à l’effondrement des prix
lead|Dans le nord-est de la Grande Île, la campagne de vanille 2026 s’ouvre dans l’inquiétude. Le kilo de vanille verte se négocie désormais autour de 25 000 ariary, dix fois moins qu’il y a quatre ans, et beaucoup de planteurs se demandent s’il vaut encore la peine de récolter.
dateline|Publié le : 14/10/2026 - 07:58
dateline|Modifié le : 14/10/2026 - 10:12
listen|Écouter - 02:34
save|Ajouter à ma liste
byline|Avec notre correspondant à Antananarivo, Solofo Rakotomalala
caption|Des gousses de vanille mises à sécher au soleil à Sambava, dans le nord-est de Madagascar, le 22 septembre 2026.
credit|© Solofo Rakotomalala / RIA
share|Partager :
share|Facebook
share|X
share|WhatsApp
share|E-mail
share|Copier le lien
ad|Publicité
p|À Sambava, dans la région de la Sava, les séchoirs sont pleins mais les acheteurs se font rares. Sur la place du marché, quelques collecteurs proposent 25 000 ariary le kilo de vanille verte, soit un peu plus de cinq euros. En 2022, le même kilo se vendait plus de 250 000 ariary.
p|« Avec ce prix, je ne rembourse même pas la main-d’œuvre de la pollinisation », se désole Jean-Claude, qui cultive un hectare et demi de lianes près d’Andapa. Comme la plupart des planteurs, il féconde chaque fleur à la main, une par une, entre septembre et décembre.
read-also|À lire aussiMadagascar : le prix minimum à l’exportation de la vanille supprimé par le gouvernement
p|La chute s’explique d’abord par un marché mondial saturé. Après plusieurs années de prix très élevés, les industriels de l’arôme ont reconstitué leurs stocks et se sont tournés en partie vers la vanilline de synthèse. D’autres pays producteurs, en Ouganda ou en Indonésie, ont aussi augmenté leur offre.
p|Les exportateurs de la Sava reconnaissent que leurs entrepôts sont encore remplis de la récolte précédente. « Nous avons près de 900 tonnes invendues dans la région », estime un responsable d’une société d’exportation de Sambava, qui préfère rester anonyme.
listen|Écouter aussi
listen|Reportage Afrique – Dans la Sava, la vanille ne fait plus vivre (02:59)
p|La vanille fait vivre directement ou indirectement près de 80 000 familles dans le nord-est du pays. Quand les prix étaient hauts, les villes de Sambava, Antalaha et Vohémar ont vu fleurir les constructions en dur et les motos. Aujourd’hui, les commerçants constatent un net ralentissement de la consommation.
p|Certains planteurs cherchent déjà à diversifier leurs cultures. Le girofle, le café ou le cacao reviennent dans les discussions, mais ces cultures demandent plusieurs années avant la première récolte.
embed-blocked|Contenu externe
embed-blocked|Ce contenu est hébergé par un site tiers. Pour l’afficher, vous devez accepter les cookies de mesure d’audience et de publicité.
embed-blocked|Accepter et afficher
p|Le ministère du Commerce assure suivre la situation de près et promet une concertation avec les exportateurs avant la fin du mois. Les planteurs, eux, réclament surtout un meilleur contrôle de la qualité, afin de retrouver la confiance des acheteurs étrangers.
tags|Madagascar
tags|Agriculture
tags|Économie
tags|Commerce
newsletter|Recevez toute l’actualité internationale directement dans votre boîte mail
newsletter|Je m’abonne
teaser-list|Sur le même sujet
teaser-list|Madagascar
teaser-list|Madagascar : à Toamasina, les dockers en grève pour la troisième semaine
teaser-list|Madagascar
teaser-list|Cyclones : Madagascar se prépare à une saison précoce
teaser-list|Économie
teaser-list|Cacao : les cours repartent à la hausse à Londres
partner|Contenus partenaires
partner|Retraite : ce placement que les épargnants redécouvrent en 2026
partner|Sponsorisé par Placements Horizon
app|Télécharger l’application RIA
app|L’actualité internationale en continu, le direct et tous nos podcasts. Disponible sur App Store et Google Play.
frequencies|Les fréquences de RIA en Afrique
frequencies|Abidjan 98.6 FM · Bamako 89.4 FM · Dakar 92.3 FM · Douala 102.5 FM · Kinshasa 101.7 FM · Antananarivo 96.1 FM · Niamey 100.6 FM
footer|RIA Radio Inter Afrique
footer|Qui sommes-nous ?
footer|Nous contacter
footer|Recrutement
footer|Mentions légales
footer|Données personnelles
footer|Gestion des cookies
footer|Accessibilité : partiellement conforme
copyright|© 2026 Copyright RIA - Tous droits réservés. RIA n’est pas responsable des contenus provenant de sites Internet externes.
copyright|Un service de Médias Publics Internationaux
cookie|Le respect de votre vie privée est notre priorité
cookie|Avec votre accord, nous et nos 42 partenaires utilisons des cookies ou technologies similaires pour stocker et accéder à des informations personnelles comme votre visite sur ce site. Vous pouvez retirer votre consentement à tout moment en cliquant sur « Gestion des cookies » en bas de page.
cookie|Accepter et fermer
cookie|Personnaliser
cookie|Continuer sans accepter
"""),
 dict(id="radio-inter-afrique-2", site="radio-inter-afrique", lang="fr", sep="\n", title="Sénégal : les boulangers artisanaux réclament une révision du prix de la baguette", date="2026-11-05", page="""
skip-link|Aller au contenu principal
skip-link|Aller au lecteur audio
lang-switch|Français
lang-switch|English · Kiswahili · Hausa · Mandenkan · Fulfulde · Português · Español
menu|RIA Radio Inter Afrique
listen|▶ Écouter RIA en direct
listen|En ce moment : Afrique Matin — 07:00 TU
menu|Afrique
menu|Monde
menu|France
menu|Économie
menu|Sports
menu|Culture
menu|Sciences
menu|Podcasts
menu|Émissions
menu|Apprendre le français
login|Se connecter
ticker|Les dernières infos
ticker|11:05 Cameroun : le pont sur le Wouri fermé aux poids lourds pour travaux
ticker|10:48 Tennis : la Tunisienne Amira Ben Salah qualifiée pour les quarts à Doha
ticker|10:30 Éthiopie : la saison des pluies a fait au moins 40 morts
breadcrumb|Afrique › Sénégal
section-label|Sénégal
h1|Sénégal : les boulangers artisanaux réclament une révision du prix de la baguette
lead|Au Sénégal, la fédération des boulangers artisanaux menace d’une journée sans pain le 15 novembre si l’État ne revoit pas le prix homologué de la baguette, bloqué à 175 francs CFA. Les artisans disent travailler à perte depuis la hausse du prix de la farine.
dateline|Publié le : 05/11/2026 - 11:20
listen|Écouter - 01:58
save|Ajouter à ma liste
byline|Avec notre correspondante à Dakar, Mariama Ndiaye
caption|Un boulanger enfourne des baguettes dans une boulangerie du quartier de la Médina, à Dakar (image d’illustration).
credit|© Mariama Ndiaye / RIA
share|Partager :
share|Facebook
share|X
share|WhatsApp
share|E-mail
share|Copier le lien
ad|Publicité
p|Dans sa petite boulangerie de Pikine, Ousmane Diop pétrit encore à la main. Chaque nuit, il sort environ 600 baguettes. Mais depuis septembre, le sac de farine de 50 kilos est passé de 17 500 à 19 800 francs CFA, et il dit ne plus s’en sortir.
p|« Entre la farine, le bois pour le four et l’électricité, une baguette me coûte presque le prix auquel je la vends. Et je ne parle pas des salaires des ouvriers », explique-t-il.
h2|Une menace de journée sans pain
p|Réunie en assemblée générale mardi à Dakar, la fédération nationale des boulangers artisanaux a donné au gouvernement dix jours pour ouvrir des négociations. Elle demande que le prix de la baguette de 190 grammes passe à 200 francs CFA.
p|Les artisans dénoncent aussi la concurrence des grandes boulangeries industrielles, qui selon eux bénéficient de conditions d’achat plus avantageuses auprès des minoteries.
read-also|À lire aussiSénégal : le gouvernement prolonge les subventions sur l’huile et le sucre
h2|Le gouvernement prudent
p|Du côté du ministère du Commerce, on rappelle que le prix du pain est un sujet sensible pour les ménages. Un conseiller joint par RIA indique que « toutes les options sont sur la table », y compris une aide ciblée aux petites boulangeries plutôt qu’une hausse du prix.
p|Les associations de consommateurs, elles, s’opposent à toute augmentation. Elles rappellent que le pain reste, pour beaucoup de familles dakaroises, le principal repas du matin.
listen|Écouter aussi
listen|L’invité Afrique – Le président de la fédération des boulangers : « Nous ne voulons pas affamer les Sénégalais » (05:12)
p|Une première rencontre entre les boulangers et le ministère est prévue lundi prochain.
tags|Sénégal
tags|Consommation
tags|Économie
newsletter|Recevez toute l’actualité internationale directement dans votre boîte mail
newsletter|Je m’abonne
teaser-list|Sur le même sujet
teaser-list|Sénégal
teaser-list|Sénégal : à Saint-Louis, la pêche artisanale en crise après la fermeture de la brèche
teaser-list|Afrique de l’Ouest
teaser-list|Blé : l’Afrique de l’Ouest cherche de nouveaux fournisseurs
teaser-list|Côte d’Ivoire
teaser-list|Côte d’Ivoire : le prix du riz local plafonné jusqu’en mars
partner|Contenus partenaires
partner|Ces destinations africaines qui attirent les voyageurs cette année
partner|Sponsorisé par Voyages Sahel Tours
app|Télécharger l’application RIA
app|L’actualité internationale en continu, le direct et tous nos podcasts. Disponible sur App Store et Google Play.
frequencies|Les fréquences de RIA en Afrique
frequencies|Abidjan 98.6 FM · Bamako 89.4 FM · Dakar 92.3 FM · Douala 102.5 FM · Kinshasa 101.7 FM · Antananarivo 96.1 FM · Niamey 100.6 FM
footer|RIA Radio Inter Afrique
footer|Qui sommes-nous ?
footer|Nous contacter
footer|Recrutement
footer|Mentions légales
footer|Données personnelles
footer|Gestion des cookies
footer|Accessibilité : partiellement conforme
copyright|© 2026 Copyright RIA - Tous droits réservés. RIA n’est pas responsable des contenus provenant de sites Internet externes.
copyright|Un service de Médias Publics Internationaux
cookie|Le respect de votre vie privée est notre priorité
cookie|Avec votre accord, nous et nos 42 partenaires utilisons des cookies ou technologies similaires pour stocker et accéder à des informations personnelles comme votre visite sur ce site. Vous pouvez retirer votre consentement à tout moment en cliquant sur « Gestion des cookies » en bas de page.
cookie|Accepter et fermer
cookie|Personnaliser
cookie|Continuer sans accepter
"""),
 dict(id="long-read-mag-1", site="long-read-mag", lang="en", sep="\n\n", title="The town where nobody can find a dentist", date="2026-05-14", page="""
skip-link|Skip to main content
menu|THE MERIDIAN
menu|Long reads, slowly.
menu|Features
menu|Essays
menu|Reportage
menu|Culture
menu|Science
menu|Books
menu|The Archive
menu|Podcast
menu|Search
subscribe|Subscribe
login|Sign in
paywall|You have 2 free articles left this month. Subscribe for £1 a week for your first three months.
section-label|Reportage
h1|The town where nobody can find a dentist
lead|In a corner of north Norfolk, registering with a dentist has become a lottery. Harriet Coles spent two days in a car park with the van that is trying to fill the gap.
byline|By Harriet Coles
credit|Photographs by Tomás Reyna
dateline|14 May 2026
reading-time|24 min read
listen|Listen to this article
listen|29:40
listen|Narrated by Jonathan Pryce-Evans
share|Share
gift|Gift this article
save|Save
caption|Patients queue outside the community hall before the mobile unit opens, 7.45am.
credit|Tomás Reyna for The Meridian
p|At a quarter to eight on a wet Monday in February, the queue outside the community hall in Wells-next-the-Sea already stretches to the bus stop. Nobody is waiting for a concert or a jumble sale. They are waiting for a dentist, or rather for one of the 40 appointments that a mobile dental unit, parked here since Sunday night, will offer over the next two days.
p|Margaret Hollis, 71, has been here since six. She lost a filling in October and has been chewing on the left side of her mouth ever since. “I rang every practice between here and King’s Lynn,” she tells me, pulling her hood tighter. “Every one of them told me they weren’t taking new NHS patients, and that the private list was closed as well.”
p|Her story is not unusual. In large parts of rural England, the simple act of registering with a dentist has become something closer to a raffle. When a patients’ group telephoned every practice in the county last spring, fewer than one in ten said they would take on a new adult NHS patient.¹
p|“We used to joke that you needed a passport to see a dentist. Nobody jokes about it now.”
ad|Advertisement
h2|A contract nobody wants
p|Ask dentists why, and most begin with the contract. Since 2006, NHS practices in England have been paid in “units of dental activity”, a system that rewards a course of treatment rather than each procedure. A patient who needs one filling and a patient who needs five can earn a practice the same amount.
p|Tom Ashworth ran an NHS practice in Fakenham for nineteen years before he handed back his contract in 2024. He still sees patients, privately, three days a week. “I didn’t leave the health service because I stopped believing in it,” he says. “I left because every difficult mouth that came through the door cost me money.”
p|When a practice hands back its contract, the money is supposed to be recommissioned elsewhere in the area. In practice, says Ashworth, there is often nobody willing to take it on. Recruitment is the second problem: young dentists trained in Birmingham or London rarely want to settle forty minutes from the nearest motorway.²
p|“I left because every difficult mouth cost me money.”
h2|The van in the car park
p|The mobile unit is a converted horsebox with a reclining chair, an X-ray arm and a sink that runs off a tank. It is staffed by a dentist, a nurse and a receptionist who takes names on a clipboard. Its visits are announced on the parish council’s Facebook page, and the appointments go within the hour.
p|Priya Anand, the dentist on duty, qualified eight years ago and has worked in the van since last summer. She sees a pattern in the mouths she treats: adults who have not had a check-up since before the pandemic, and children whose first dental appointment is an extraction.
p|By four o’clock, she has taken out eleven teeth and placed fourteen fillings. Margaret Hollis leaves with a temporary filling and a leaflet listing two practices that might, in the autumn, open their lists again. She folds it carefully into her purse. “I’ll ring them in September,” she says. “And then again in October.”
h2|Notes
p|¹ The survey covered 212 practices and was carried out between March and May 2025. Practices that did not answer the phone after three attempts were counted as not accepting patients.
p|² The government has announced a “golden hello” of £20,000 for dentists who agree to work in under-served areas for three years. At the time of writing, eleven had taken it up in the East of England.
author-bio|Harriet Coles is a writer and journalist based in Norfolk. Her first book, Salt Marsh, is published by Fenwick Press next spring.
print-edition|This article appears in the June 2026 issue of The Meridian, under the headline “Open Wide”.
letters|Have a view on this piece? Write to us at letters@themeridian.co.uk. Letters may be edited for length.
tags|Topics
tags|Health
tags|NHS
tags|Rural Britain
paywall|Enjoyed this article? You’ve read 2 of your 3 free articles this month.
paywall|Subscribe to The Meridian for unlimited access to long reads, the archive and the print magazine.
paywall|Subscribe now
paywall|Already a subscriber? Sign in
related|More from this issue
related|Essays
related|The quiet decline of the village pub quiz
related|Science
related|Why we still don’t understand sleep
teaser-list|Most read
teaser-list|1
teaser-list|What the tide took: a year on the Holderness coast
teaser-list|2
teaser-list|The man who catalogued every bus stop in Wales
teaser-list|3
teaser-list|In defence of the slow reader
newsletter|The Sunday Long Read
newsletter|One essay from our archive in your inbox every Sunday morning. Free for everyone.
newsletter|Enter your email address
newsletter|Sign up
footer|About
footer|Masthead
footer|Contributors
footer|Submissions
footer|Careers
footer|Advertise
footer|Help
footer|Contact
footer|Privacy policy · Cookie settings · Terms and conditions · Modern slavery statement
copyright|© 2026 The Meridian Publishing Ltd. Registered in England and Wales, company no. 08412237. All rights reserved.
cookie|We value your privacy
cookie|We and our partners use cookies to personalise content, measure audiences and show you relevant advertising. You can change your choices at any time from the Cookie settings link at the bottom of every page.
cookie|Accept all
cookie|Reject all
cookie|Manage preferences
"""),
 dict(id="long-read-mag-2", site="long-read-mag", lang="en", sep="\n\n", title="What the lighthouse keepers knew", date="2026-08-20", page="""
skip-link|Skip to main content
menu|THE MERIDIAN
menu|Long reads, slowly.
menu|Features
menu|Essays
menu|Reportage
menu|Culture
menu|Science
menu|Books
menu|The Archive
menu|Podcast
menu|Search
subscribe|Subscribe
login|Sign in
paywall|This is your last free article this month. Subscribe for £1 a week for your first three months.
section-label|Essays
h1|What the lighthouse keepers knew
lead|The last keepers came ashore more than a quarter of a century ago. Every summer, a dwindling group of them still meets in a hotel in Oban. Their memories are a record of a kind of attention we have almost forgotten how to pay.
byline|By Alasdair Munro
credit|Illustrations by Sunniva Berg
dateline|20 August 2026
reading-time|19 min read
listen|Listen to this article
listen|23:05
listen|Narrated by the author
share|Share
gift|Gift this article
save|Save
caption|Illustration of a rock lighthouse at dusk, its lantern lit.
credit|Illustration: Sunniva Berg for The Meridian
p|The function room of the hotel smells of coffee and wet coats. On the tables, someone has laid out photographs in plastic sleeves: men in jumpers on a helipad, a kitchen with a kettle the size of a bucket, a logbook open at a page dated 1987. There are nine former keepers here this year. Ten years ago there were more than thirty.
p|Donald MacKinnon, who is 84, served on six stations over twenty-two years, the last of them a rock tower eleven miles off the coast. He describes the work with a precision that sounds almost like a recipe.¹ Every keeper’s day, he says, was built around the same duties:
li|lighting the lamp at sunset and putting it out at sunrise;
li|winding the clockwork that turned the lens, every half hour through the night;
li|reading the barometer and the sea state every three hours and sending the figures ashore;
li|polishing the brass and the glass, whether or not anyone would see it.
p|“You weren’t guarding a light. You were guarding the dark around it.”
p|That last duty is the one the keepers talk about most. Not because it mattered to shipping, but because it shaped a habit of mind. “You noticed everything,” says MacKinnon. “A new sound in the engine. A gull that didn’t come back. A change in the colour of the water before a gale. You wrote it all down, because the next man would need to know.”
ad|Advertisement
p|Automation came gradually, station by station, through the 1980s and 1990s. The machines were better at some things than the men: they did not fall ill, they did not need relieving by boat in a swell, they did not cost a salary. The last station was automated in 1998, and its keepers handed over the keys in a short ceremony that several of the men in this room attended.
p|What was lost is harder to count. The logbooks, hundreds of them, now sit in an archive in Edinburgh, where a small team of volunteers is transcribing them. Climate researchers have started to use the keepers’ weather readings, taken at the same hour, from the same rock, for more than a century.²
p|“We thought nobody would ever read them,” says Iain Galbraith, who kept the light on an island in the Minch for nine years. He seems pleased and faintly embarrassed at the idea that his handwriting might one day appear in a scientific paper.
p|It is tempting to romanticise the job. The men in this room do not. They remember the boredom, the cold, the months away from their children and the relief boat that could not land for three weeks. But they also remember a kind of attention that few jobs ask of anyone now: watching the same small patch of the world, carefully, for years.
p|At the end of the afternoon, someone suggests a photograph. The nine men line up by the window, in front of the bay. Galbraith looks at the ferry coming in and says, to nobody in particular, that it is running four minutes late.
h2|Notes
p|¹ Duties varied between stations and over time; the list given here is MacKinnon’s, for a rock station in the 1970s.
p|² The transcription project is run by a university climate group with the support of the lighthouse authority. Volunteers can take part online.
correction|Correction, 22 August 2026: an earlier version of this article said the last station was automated in 1996. It was 1998.
author-bio|Alasdair Munro is a writer from the Isle of Lewis. He is working on a book about the Hebridean weather.
print-edition|This article appears in the September 2026 issue of The Meridian, under the headline “The Keepers”.
letters|Have a view on this piece? Write to us at letters@themeridian.co.uk. Letters may be edited for length.
tags|Topics
tags|Scotland
tags|Work
tags|History
paywall|You’ve reached your limit of free articles this month.
paywall|Subscribe to The Meridian for unlimited access to long reads, the archive and the print magazine.
paywall|Subscribe now
paywall|Already a subscriber? Sign in
related|More from this issue
related|Reportage
related|Night buses: a journey through London’s other city
related|Culture
related|The return of the radio serial
teaser-list|Most read
teaser-list|1
teaser-list|The town where nobody can find a dentist
teaser-list|2
teaser-list|What the tide took: a year on the Holderness coast
teaser-list|3
teaser-list|How a Welsh choir learned to sing in Zulu
newsletter|The Sunday Long Read
newsletter|One essay from our archive in your inbox every Sunday morning. Free for everyone.
newsletter|Enter your email address
newsletter|Sign up
footer|About
footer|Masthead
footer|Contributors
footer|Submissions
footer|Careers
footer|Advertise
footer|Help
footer|Contact
footer|Privacy policy · Cookie settings · Terms and conditions · Modern slavery statement
copyright|© 2026 The Meridian Publishing Ltd. Registered in England and Wales, company no. 08412237. All rights reserved.
cookie|We value your privacy
cookie|We and our partners use cookies to personalise content, measure audiences and show you relevant advertising. You can change your choices at any time from the Cookie settings link at the bottom of every page.
cookie|Accept all
cookie|Reject all
cookie|Manage preferences
"""),
 dict(id="sport-direct-ci-1", site="sport-direct-ci", lang="fr", sep="\n", title="Ligue 1 MTN (J9) : le Stade d’Abidjan fait tomber l’ASEC Mimosas à Champroux", date="2026-10-17", page="""
scoreboard|EN DIRECT
scoreboard|Ligue 1 MTN – 9e journée
scoreboard|Africa Sports 0 - 0 San Pédro  58'
scoreboard|Séwé Sport 1 - 1 Lys Sassandra  MT
scoreboard|Stella Club 2 - 1 Zoman FC  Terminé
scoreboard|ASEC Mimosas 1 - 2 Stade d’Abidjan  Terminé
scoreboard|Tous les scores ›
menu|SPORTDIRECT.CI
menu|Le sport ivoirien en direct
timestamp|Samedi 17 octobre 2026
social|Facebook  X  Instagram  TikTok  YouTube
menu|ACCUEIL
menu|FOOTBALL
menu|LIGUE 1 MTN
menu|ÉLÉPHANTS
menu|FOOT INTERNATIONAL
menu|BASKET
menu|ATHLÉTISME
menu|HANDBALL
menu|AUTRES SPORTS
menu|VIDÉOS
menu|PRONOS
ad|Publicité
ad|Pariez sur la Ligue 1 MTN avec BetKora : bonus de bienvenue de 100 % jusqu’à 50 000 FCFA. Inscrivez-vous par *789#
disclaimer|Les jeux d’argent sont interdits aux mineurs de moins de 18 ans. Jouer comporte des risques : dépendance, isolement, endettement.
breadcrumb|Accueil » Football » Ligue 1 MTN
section-label|LIGUE 1 MTN
h1|Ligue 1 MTN (J9) : le Stade d’Abidjan fait tomber l’ASEC Mimosas à Champroux
byline|Par Koffi Yao Serge
dateline|Publié le 17 octobre 2026 à 19h52
views|1 842 vues
comments|0 commentaire
share|Partager
share|Facebook
share|WhatsApp
share|X
share|Telegram
caption|Les joueurs du Stade d’Abidjan célèbrent le but de la victoire face à l’ASEC Mimosas, ce samedi au stade Robert-Champroux.
credit|(Photo : SportDirect.ci / Bamba Lassina)
lead|Mené au score dès la 12e minute, le Stade d’Abidjan a renversé l’ASEC Mimosas (2-1) ce samedi au stade Robert-Champroux de Marcory. Les Mimos concèdent leur première défaite de la saison.
p|On pensait l’ASEC bien partie pour enchaîner un neuvième match sans défaite. Sur un corner tiré par Fofana, le défenseur central Kouamé Yannick s’élevait plus haut que tout le monde pour ouvrir le score de la tête (1-0, 12e).
p|Mais les hommes de l’entraîneur Bakary Traoré n’ont jamais baissé les bras. Plus agressifs au milieu de terrain, ils ont égalisé juste avant la pause par l’intermédiaire de leur attaquant Diomandé Ibrahim, servi en profondeur par Gnagne (1-1, 44e).
read-also|À LIRE AUSSI : Éléphants : Emerse Faé dévoile une liste de 26 joueurs pour les matchs de novembre
p|Au retour des vestiaires, l’ASEC a repris le contrôle du ballon sans parvenir à se créer de vraies occasions. C’est finalement le Stade d’Abidjan qui a fait la différence sur un contre rondement mené, conclu par le jeune Ouattara Souleymane, entré en jeu dix minutes plus tôt (1-2, 74e).
p|Dans les dernières minutes, les Mimos ont poussé, mais le gardien Koné Abdoulaye a sorti deux parades décisives pour préserver la victoire de son équipe.
ad|Publicité
h2|« Nous avons cru en nous »
p|« Nous savions que ce serait difficile ici. Mais les garçons ont cru en eux jusqu’au bout et ils ont été récompensés », s’est félicité Bakary Traoré après la rencontre.
p|Côté ASEC, l’entraîneur adjoint a reconnu une « mauvaise gestion des temps forts » et appelé ses joueurs à « vite relever la tête » avant le déplacement à San Pédro.
p|Avec cette victoire, le Stade d’Abidjan prend provisoirement la tête du championnat avec 19 points, un de plus que l’ASEC.
h2|FICHE TECHNIQUE
p|Stade Robert-Champroux de Marcory
p|ASEC Mimosas 1-2 Stade d’Abidjan
p|Buts : Kouamé Yannick (12e) pour l’ASEC ; Diomandé Ibrahim (44e), Ouattara Souleymane (74e) pour le Stade d’Abidjan
p|Avertissements : Fofana (ASEC), Gnagne (Stade d’Abidjan)
p|Arbitre : Coulibaly Dramane
signature|K.Y.S.
tags|ASEC Mimosas
tags|Ligue 1 MTN
tags|Stade d’Abidjan
share|Partager cet article
share|Facebook
share|WhatsApp
share|X
social|Rejoignez la chaîne WhatsApp de SportDirect.ci pour suivre tous les résultats en direct
standings|CLASSEMENT LIGUE 1 MTN
standings|Pos  Équipe  J  Pts
standings|1  Stade d’Abidjan  9  19
standings|2  ASEC Mimosas  9  18
standings|3  San Pédro  8  16
standings|4  Stella Club  9  15
standings|5  Africa Sports  8  13
standings|Voir le classement complet
comments|Laisser un commentaire
comments|Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *
comments|Commentaire *
comments|Nom *
comments|E-mail *
comments|Site web
comments|Enregistrer mon nom, mon e-mail et mon site dans le navigateur pour mon prochain commentaire.
comments|Publier le commentaire
teaser-list|ARTICLES SIMILAIRES
teaser-list|Ligue 1 MTN : Stella Club s’impose face au Zoman FC
teaser-list|17 octobre 2026
teaser-list|Ligue 1 MTN (J8) : le programme complet du week-end
teaser-list|10 octobre 2026
teaser-list|LES PLUS LUS
teaser-list|Éléphants : la liste de Faé pour novembre
teaser-list|Mercato : un attaquant ivoirien signe en Arabie saoudite
teaser-list|Handball : la Côte d’Ivoire qualifiée pour la CAN dames
footer|SportDirect.ci – Le premier site d’information sportive ivoirien
footer|Qui sommes-nous ?
footer|Publicité
footer|Nous contacter
footer|Politique de confidentialité
copyright|© 2026 SportDirect.ci – Tous droits réservés – Édité par Direct Médias SARL, Abidjan-Cocody, Riviera 3
back-to-top|Retour en haut ↑
cookie|Ce site utilise des cookies pour améliorer votre expérience. En poursuivant votre navigation, vous acceptez leur utilisation.
cookie|J’accepte
cookie|En savoir plus
"""),
 dict(id="sport-direct-ci-2", site="sport-direct-ci", lang="fr", sep="\n", title="Basket : l’ABC Fighters décroche son billet pour la Basketball Africa League", date="2026-11-22", page="""
scoreboard|EN DIRECT
scoreboard|Ligue 1 MTN – 12e journée
scoreboard|Stade d’Abidjan 0 - 0 Stella Club  23'
scoreboard|ASEC Mimosas 2 - 0 Mouna FC  Terminé
scoreboard|San Pédro 1 - 0 Séwé Sport  Terminé
scoreboard|Tous les scores ›
menu|SPORTDIRECT.CI
menu|Le sport ivoirien en direct
timestamp|Dimanche 22 novembre 2026
social|Facebook  X  Instagram  TikTok  YouTube
menu|ACCUEIL
menu|FOOTBALL
menu|LIGUE 1 MTN
menu|ÉLÉPHANTS
menu|FOOT INTERNATIONAL
menu|BASKET
menu|ATHLÉTISME
menu|HANDBALL
menu|AUTRES SPORTS
menu|VIDÉOS
menu|PRONOS
ad|Publicité
ad|Pariez sur la Ligue 1 MTN avec BetKora : bonus de bienvenue de 100 % jusqu’à 50 000 FCFA. Inscrivez-vous par *789#
disclaimer|Les jeux d’argent sont interdits aux mineurs de moins de 18 ans. Jouer comporte des risques : dépendance, isolement, endettement.
breadcrumb|Accueil » Basket
section-label|BASKET
h1|Basket : l’ABC Fighters décroche son billet pour la Basketball Africa League
byline|Par Aïcha Bamba
dateline|Publié le 22 novembre 2026 à 13h05
dateline|Mis à jour le 22 novembre 2026 à 15h40
views|3 207 vues
comments|2 commentaires
share|Partager
share|Facebook
share|WhatsApp
share|X
share|Telegram
caption|Le meneur de l’ABC Fighters lors de la finale face au club guinéen, samedi soir à Abidjan.
credit|(Photo : DR)
p|L’ABC Fighters disputera la prochaine saison de la Basketball Africa League (BAL). Le club abidjanais a remporté samedi soir la finale de la conférence ouest des qualifications, face aux Guinéens de SLAC (84-77), devant un palais des sports de Treichville plein à craquer.
p|Les Ivoiriens ont pourtant longtemps couru après le score. Menés de neuf points à la mi-temps (38-47), ils ont haussé le ton défensivement au troisième quart-temps, remporté 24-13.
video|VIDÉO : les temps forts de la finale
video|02:48
p|Dans le dernier quart-temps, l’arrière Konan Jean-Marc a pris ses responsabilités avec trois paniers à trois points consécutifs. Il termine meilleur marqueur de la rencontre avec 26 points.
read-also|À LIRE AUSSI : Basket : la Côte d’Ivoire tombe dans le groupe du Nigeria pour les éliminatoires de l’AfroBasket
h2|Les chiffres de la finale
li|26 points pour Konan Jean-Marc, dont 6 tirs à trois points ;
li|14 rebonds pour le pivot Sylla Moussa ;
li|21 balles perdues pour SLAC, contre 11 pour l’ABC Fighters ;
li|environ 3 500 spectateurs au palais des sports.
h2|Un budget à trouver
p|La qualification est une belle récompense pour le club, mais elle pose aussi la question des moyens. Selon ses dirigeants, participer à la BAL demande un budget d’au moins 250 millions de FCFA pour les déplacements, l’hébergement et les renforts.
p|« Nous allons frapper à toutes les portes : l’État, les entreprises, la diaspora. Ce ticket appartient à toute la Côte d’Ivoire », a déclaré le président du club à l’issue de la rencontre.
ad|Publicité
p|La fédération ivoirienne de basketball a salué « une performance historique » et promis d’accompagner le club dans sa préparation.
p|La phase de groupes de la BAL débutera en mars 2027.
tags|ABC Fighters
tags|BAL
tags|Basket
share|Partager cet article
share|Facebook
share|WhatsApp
share|X
social|Rejoignez la chaîne WhatsApp de SportDirect.ci pour suivre tous les résultats en direct
standings|CLASSEMENT LIGUE 1 MTN
standings|Pos  Équipe  J  Pts
standings|1  ASEC Mimosas  12  26
standings|2  Stade d’Abidjan  11  24
standings|3  San Pédro  12  22
standings|4  Stella Club  11  19
standings|5  Africa Sports  11  16
standings|Voir le classement complet
comments|2 commentaires
comments|Yao Firmin
comments|22 novembre 2026 à 14h12
comments|Bravo aux Fighters ! Il faut que le ministère des Sports les soutienne.
comments|Répondre
comments|Mariam K.
comments|22 novembre 2026 à 15h01
comments|Enfin une bonne nouvelle pour le basket ivoirien.
comments|Répondre
comments|Laisser un commentaire
comments|Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *
comments|Commentaire *
comments|Nom *
comments|E-mail *
comments|Site web
comments|Enregistrer mon nom, mon e-mail et mon site dans le navigateur pour mon prochain commentaire.
comments|Publier le commentaire
teaser-list|ARTICLES SIMILAIRES
teaser-list|Basket : les Éléphants dames en stage à Yamoussoukro
teaser-list|18 novembre 2026
teaser-list|Basket – Championnat national : le Séfa domine le Cosa
teaser-list|15 novembre 2026
teaser-list|LES PLUS LUS
teaser-list|Ligue 1 MTN : l’ASEC reprend la tête
teaser-list|Athlétisme : Abidjan candidate aux championnats d’Afrique 2028
teaser-list|Éléphants : deux nouveaux binationaux convoqués
footer|SportDirect.ci – Le premier site d’information sportive ivoirien
footer|Qui sommes-nous ?
footer|Publicité
footer|Nous contacter
footer|Politique de confidentialité
copyright|© 2026 SportDirect.ci – Tous droits réservés – Édité par Direct Médias SARL, Abidjan-Cocody, Riviera 3
back-to-top|Retour en haut ↑
cookie|Ce site utilise des cookies pour améliorer votre expérience. En poursuivant votre navigation, vous acceptez leur utilisation.
cookie|J’accepte
cookie|En savoir plus
"""),
 dict(id="nairobi-standard-style-1", site="nairobi-standard-style", lang="en", sep="\n\n", title="Matatu fares on Thika Road rise by Sh20 as fuel prices bite", date="2026-11-16", page="""
timestamp|Monday, November 16, 2026
menu|ePaper
subscribe|Subscribe
login|Sign In
menu|THE NAIROBI LEDGER
menu|Kenya's Independent Voice
menu|Home
menu|News
menu|Politics
menu|Business
menu|Counties
menu|Sports
menu|Entertainment
menu|Health
menu|Opinion
menu|Videos
menu|Podcasts
menu|Classifieds
ticker|NSE 20 2,104.55 ▲0.61%   USD/KES 129.30   GBP/KES 163.85   Safaricom 18.45 ▲
breaking|BREAKING: Murang'a–Kangema road closed after landslide, KeRRA says
trending|Trending:
trending|#MatatuFares
trending|KCSE 2026
trending|SHA Payments
trending|Harambee Stars
ad|ADVERTISEMENT
section-label|NEWS
h1|Matatu fares on Thika Road rise by Sh20 as fuel prices bite
byline|By Wanjiru Kamau
dateline|Nov. 16, 2026, 9:15 am
reading-time|3 min read
listen|Listen to this article
listen|00:00 / 03:41
share|Facebook
share|X
share|WhatsApp
share|Telegram
share|LinkedIn
caption|Commuters board a matatu at the Roysambu stage along Thika Superhighway on Monday morning.
credit|[Photo: Nairobi Ledger / Kevin Otieno]
lead|Commuters on the Thika Superhighway woke up to higher fares on Monday after matatu operators added Sh20 to most routes, blaming the latest rise in pump prices.
p|A trip from Githurai 45 to the Nairobi CBD, which cost Sh80 last week, now costs Sh100 during the morning and evening rush hours. Fares from Ruiru to town rose from Sh100 to Sh120, while those from Juja went up to Sh150.
p|Operators said they had no choice after the Energy and Petroleum Regulatory Authority raised the price of diesel by Sh7.40 a litre in its monthly review on Friday. A litre of diesel now retails at Sh179.60 in Nairobi.
ad|ADVERTISEMENT
p|“We have held our fares for three months, but the cost of diesel, spare parts and insurance keeps going up,” said Peter Mwangi, the chairman of a Sacco operating on the Thika Road routes. “If we do not adjust, owners will park their vehicles.”
read-also|Also Read: EPRA raises diesel price by Sh7.40 in November review
h2|Commuters complain
p|At the Roysambu stage, many commuters said the increase would force them to cut spending elsewhere. Lucy Achieng, a salon attendant who travels from Kahawa West every day, said she would now spend about Sh1,000 more each month on transport.
p|“My salary has not changed in two years. Now I will have to walk part of the way,” she said.
p|The Matatu Owners Association said the new fares were not uniform and that each Sacco was free to set its own rates. It urged the government to reduce the fuel levy to ease pressure on transport operators.
p|The National Transport and Safety Authority has warned operators against charging more than the fares displayed on their vehicles, saying passengers who are overcharged should report to the authority.
tip|Have a story or a tip? Share it with us on WhatsApp: 0709 100 300 or email tips@nairobiledger.co.ke
social|Follow The Nairobi Ledger channel on WhatsApp and Google News for the latest updates.
tags|Related Topics
tags|Matatu Fares
tags|Fuel Prices
tags|Thika Road
tags|NTSA
tags|EPRA
reactions|What's your reaction?
reactions|Like 12
reactions|Love 0
reactions|Haha 3
reactions|Wow 5
reactions|Sad 41
reactions|Angry 67
comments|0 Comments
comments|Login to comment
teaser-list|More From News
teaser-list|KCSE exams: 12 candidates caught with phones in Kakamega
teaser-list|Nov. 16, 2026
teaser-list|Nairobi County to pay casual workers' arrears by December
teaser-list|Nov. 15, 2026
teaser-list|Latest Stories
teaser-list|Harambee Stars call up three new faces for Uganda friendly
teaser-list|2 hours ago
teaser-list|Tea farmers in Kericho to receive Sh5 per kilo bonus
teaser-list|4 hours ago
obituaries|Obituaries & Announcements
obituaries|Celebrating the life of Mzee Joseph Kariuki Ndung'u (1938–2026)
obituaries|View all announcements
app|Get The Nairobi Ledger app
app|Download on the App Store · Get it on Google Play
footer|The Nairobi Ledger Group, Ledger Centre, Mombasa Road. P.O. Box 30080-00100, Nairobi, Kenya
footer|About Us | Contact Us | Advertise With Us | Careers | Editorial Policy | Complaints | Privacy Policy | Terms of Use
copyright|© 2026 The Nairobi Ledger Group. All rights reserved.
"""),
 dict(id="nairobi-standard-style-2", site="nairobi-standard-style", lang="en", sep="\n\n", title="Kisumu fish traders count losses as water hyacinth returns to Lake Victoria", date="2026-11-24", page="""
timestamp|Tuesday, November 24, 2026
menu|ePaper
subscribe|Subscribe
login|Sign In
menu|THE NAIROBI LEDGER
menu|Kenya's Independent Voice
menu|Home
menu|News
menu|Politics
menu|Business
menu|Counties
menu|Sports
menu|Entertainment
menu|Health
menu|Opinion
menu|Videos
menu|Podcasts
menu|Classifieds
ticker|NSE 20 2,089.12 ▼0.25%   USD/KES 129.45   GBP/KES 164.10   Safaricom 18.20 ▼
breaking|BREAKING: Parliament approves nominees to the Teachers Service Commission
trending|Trending:
trending|KCSE 2026
trending|Water Hyacinth
trending|SHA Payments
trending|Gor Mahia
ad|ADVERTISEMENT
section-label|COUNTIES
h1|Kisumu fish traders count losses as water hyacinth returns to Lake Victoria
byline|By Otieno Ouma
byline|Kisumu Correspondent
dateline|Nov. 24, 2026, 6:40 pm
reading-time|4 min read
listen|Listen to this article
listen|00:00 / 04:12
share|Facebook
share|X
share|WhatsApp
share|Telegram
share|LinkedIn
caption|Fishermen push their boat through a mat of water hyacinth at Dunga beach, Kisumu, on Tuesday.
credit|[Photo: Otieno Ouma, Nairobi Ledger]
p|Fish traders at Dunga and Usoma beaches in Kisumu say they are losing thousands of shillings every day after a thick mat of water hyacinth returned to the Winam Gulf, trapping boats at the shore.
p|The weed, pushed by strong winds from the west, has covered an area of more than 2,000 acres since the start of November, according to estimates by the Kenya Marine and Fisheries Research Institute.
p|Fishermen say they can no longer reach the open water. Those who try must pay young men to cut a path through the weed, which can take hours.
ad|ADVERTISEMENT
p|“Last week I did not go out for four days. My family depends on this boat,” said Maurice Odhiambo, who has fished from Dunga beach for 20 years.
p|The traders who buy fish at the beaches have also been hit. Jane Akinyi, who sells tilapia and omena at Kibuye market, said her supply had dropped by half, forcing her to buy more expensive fish from Uganda.
read-also|Also Read: Kisumu port to resume cargo shipments to Tanzania in January
h2|What the county plans
p|Kisumu County's fisheries department said it would deploy a harvesting machine to clear the main landing sites by the end of the week. It also plans to work with community groups that turn the weed into briquettes and baskets.
p|Scientists have long warned that the hyacinth problem is linked to pollution. Untreated waste from towns and fertiliser from farms around the lake feed the weed, allowing it to spread quickly.
p|The county says a long-term solution will require cooperation with the national government and neighbouring countries that share the lake.
tip|Have a story or a tip? Share it with us on WhatsApp: 0709 100 300 or email tips@nairobiledger.co.ke
social|Follow The Nairobi Ledger channel on WhatsApp and Google News for the latest updates.
tags|Related Topics
tags|Kisumu
tags|Lake Victoria
tags|Water Hyacinth
tags|Fishing
reactions|What's your reaction?
reactions|Like 8
reactions|Love 1
reactions|Haha 0
reactions|Wow 2
reactions|Sad 35
reactions|Angry 9
comments|3 Comments
comments|Login to comment
comments|Okoth J. · 2h ago
comments|This happens every year. Where is the money for the harvesters?
comments|Reply
teaser-list|More From Counties
teaser-list|Nakuru: residents protest over water rationing
teaser-list|Nov. 24, 2026
teaser-list|Mombasa ferry services disrupted for two hours
teaser-list|Nov. 23, 2026
teaser-list|Latest Stories
teaser-list|Gor Mahia sign Tanzanian defender on two-year deal
teaser-list|1 hour ago
teaser-list|Parliament approves TSC nominees
teaser-list|3 hours ago
obituaries|Obituaries & Announcements
obituaries|Celebrating the life of Mama Grace Atieno Owino (1947–2026)
obituaries|View all announcements
app|Get The Nairobi Ledger app
app|Download on the App Store · Get it on Google Play
footer|The Nairobi Ledger Group, Ledger Centre, Mombasa Road. P.O. Box 30080-00100, Nairobi, Kenya
footer|About Us | Contact Us | Advertise With Us | Careers | Editorial Policy | Complaints | Privacy Policy | Terms of Use
copyright|© 2026 The Nairobi Ledger Group. All rights reserved.
"""),
]
