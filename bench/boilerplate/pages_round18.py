# Round 18: eight pages on four more layouts (a Tunisian news site, an Australian public broadcaster with a live
# blog, a French sports site, a researcher's WordPress blog), written blind: without looking at the classifier, its
# rules or the benchmark, measured once. Each line: "label|text". Invented text; no real article is copied.
ROUND18 = [
 dict(id="carthage-info-1", site="carthage-info", lang="fr", sep="\n", title="Sfax : la station de dessalement entrera en service avant l’été", date="2025-03-18", page="""
timestamp|Mardi 18 Mars 2025 - 18 Ramadan 1446
ticker|Cours BCT : 1 € = 3,36 DT | 1 $ = 3,09 DT
weather|Tunis 17° | Sfax 19° | Sousse 18°
menu|CARTHAGE INFO
menu|Nationale
menu|Régions
menu|Économie
menu|Maghreb
menu|Monde
menu|Sport
menu|Culture
menu|Kiosque
menu|عربي
breadcrumb|Accueil » Régions » Sfax
h1|Sfax : la station de dessalement entrera en service avant l’été
empty-label|Publié le :
dateline|18/03/2025 à 14:26
byline|Par Sonia Ben Ammar
views|Lu 3 412 fois
share|Partager :
share|f
share|X
share|in
lead|La station de dessalement d’eau de mer de Sfax, dont les travaux ont accusé plus de deux ans de retard, devrait commencer à produire ses premiers mètres cubes en juin, a annoncé mardi la société nationale des eaux.
p|La mise en service se fera en deux temps. Une première tranche de 50 000 mètres cubes par jour sera raccordée au réseau dès juin, avant une montée en puissance à 100 000 mètres cubes à la fin de l’année.
p|Le chantier, situé à Gargour, au sud de la ville, avait été interrompu à plusieurs reprises en raison de litiges avec l’entreprise chargée des travaux.
read-also|A lire aussi : Barrages : le taux de remplissage ne dépasse pas 35 %
p|Pour les habitants de Sfax, habitués aux coupures nocturnes pendant les mois chauds, l’annonce est accueillie avec prudence.
p|« On nous a déjà promis l’eau pour l’été 2023, puis pour l’été 2024 », rappelle un commerçant du quartier de Sakiet Ezzit.
ad|Publicité
h2|Un coût énergétique élevé
p|Les experts rappellent que le dessalement consomme beaucoup d’électricité. La société nationale des eaux indique étudier le raccordement de la station à une centrale solaire voisine.
p|Trois autres stations sont prévues à Sousse, Zarat et Kerkennah d’ici 2030.
signature|S.B.A.
tags|Mots clés : Sfax, eau, dessalement, SONEDE
comments|Commentaires (2)
comments|Ahmed — 18/03/2025 à 15:02
comments|Enfin ! Espérons que ce soit vrai cette fois.
comments|Votre commentaire sera publié après validation par la rédaction.
comments|Ajouter un commentaire
teaser-list|Les plus commentés
teaser-list|Examens nationaux : le calendrier du baccalauréat 2025 dévoilé
teaser-list|Huile d’olive : les exportations en hausse de 40 %
teaser-list|Vidéo du jour
video|Reportage : les pêcheurs de Kerkennah face à la raréfaction du poulpe (04:38)
footer|Qui sommes-nous | Contact | Publicité | Charte des commentaires
copyright|© Carthage Info 2025 - Toute reproduction totale ou partielle est soumise à l’accord préalable de la rédaction.
"""),
 dict(id="carthage-info-2", site="carthage-info", lang="fr", sep="\n", title="Tourisme : 2,1 millions d’entrées au premier semestre, un record depuis 2019", date="2025-07-08", page="""
timestamp|Mardi 08 Juillet 2025 - 12 Moharram 1447
ticker|Cours BCT : 1 € = 3,40 DT | 1 $ = 2,91 DT
weather|Tunis 33° | Sfax 31° | Sousse 32°
menu|CARTHAGE INFO
menu|Nationale
menu|Régions
menu|Économie
menu|Maghreb
menu|Monde
menu|Sport
menu|Culture
menu|Kiosque
menu|عربي
breadcrumb|Accueil » Économie » Tourisme
h1|Tourisme : 2,1 millions d’entrées au premier semestre, un record depuis 2019
empty-label|Publié le :
dateline|08/07/2025 à 09:50
views|Lu 1 875 fois
share|Partager :
share|f
share|X
share|in
dateline|Tunis, 8 juil. (Carthage Info avec agences)
p|Le nombre de touristes non résidents ayant visité la Tunisie au premier semestre 2025 a atteint 2,1 millions, soit une hausse de 9 % par rapport à la même période de l’an dernier, selon les chiffres publiés mardi par le ministère du Tourisme.
p|Les marchés maghrébins restent les premiers pourvoyeurs de visiteurs, devant les marchés européens.
p|Les principales hausses concernent :
li|le marché allemand (+ 18 %) ;
li|le marché polonais (+ 22 %) ;
li|le marché britannique (+ 15 %).
ad|Publicité
p|Les recettes touristiques ont progressé de 7 % en dinars.
p|Les professionnels du secteur s’inquiètent toutefois du manque de main-d’œuvre dans l’hôtellerie, où de nombreux saisonniers sont partis travailler à l’étranger.
tags|Mots clés : tourisme, statistiques, saison estivale
comments|Commentaires (0)
comments|Soyez le premier à réagir.
comments|Votre commentaire sera publié après validation par la rédaction.
comments|Ajouter un commentaire
teaser-list|Les plus commentés
teaser-list|Djerba : l’aéroport accueillera des vols directs vers Varsovie
footer|Qui sommes-nous | Contact | Publicité | Charte des commentaires
copyright|© Carthage Info 2025 - Toute reproduction totale ou partielle est soumise à l’accord préalable de la rédaction.
"""),
 dict(id="austral-broadcast-1", site="austral-broadcast", lang="en", sep="\n\n", title="Live: Flood emergency in the Northern Rivers as towns told to evacuate", date="2025-02-27", page="""
skip-link|Skip to main content
skip-link|Skip to navigation
menu|Austral Broadcasting News
menu|Just In
menu|Australia
menu|World
menu|Business
menu|Sport
menu|Science
menu|Analysis
menu|Fact Check
listen|Listen live
menu|Your region: Northern Rivers
breaking|EMERGENCY: For the latest warnings go to the state emergency service website or call 132 500 for help.
section-label|LIVE
h1|Live: Flood emergency in the Northern Rivers as towns told to evacuate
byline|By Jess Tran and Liam O'Sullivan
dateline|Updated 27 Feb 2025, 11:42am
dateline|First posted 27 Feb 2025, 5:58am
section-label|Key events
teaser-list|11:20am: Levee at Lismore could be overtopped this afternoon
teaser-list|9:05am: Where to find shelter
teaser-list|6:10am: Record-breaking rain overnight
share|Share
live-time|11:20am
h2|Lismore levee expected to overtop by 2pm
p|The State Emergency Service says the Wilsons River is now expected to reach 11.3 metres at Lismore, higher than the levee, early this afternoon.
p|Residents of the CBD and North and South Lismore have been told to leave now.
p|"Do not wait. If you are in the evacuation area, go to higher ground or to an evacuation centre now," the SES said.
live-time|10:48am
h2|Schools closed
p|More than 60 schools across the region are closed today. The Education Department says the list will be updated at 3pm.
live-time|9:05am
h2|Evacuation centres open in Ballina and Casino
p|Evacuation centres have opened at the Ballina Indoor Sports Centre and the Casino showground.
p|Pets can be brought to both centres if they are on a leash or in a carrier.
caption|Water covers a street in South Lismore early on Thursday morning.
credit|ABN News: Liam O'Sullivan
live-time|6:10am
h2|Overnight rain breaks February records
p|The weather bureau says 287 millimetres of rain fell at Lismore airport in the 24 hours to 6am, the heaviest February daily total on record.
video|Play Video. Duration: 1 minute 52 seconds
video|Drone vision shows the extent of flooding around Lismore.
read-more|Load more posts
teaser-list|Top Stories
teaser-list|Cost-of-living payments to start in March, Treasurer confirms
teaser-list|Posted 2h ago
app|Get the Austral Broadcasting News app
footer|We acknowledge Aboriginal and Torres Strait Islander peoples as the First Australians and Traditional Custodians of the lands where we live, learn, and work.
footer|Accessibility | Help | Contact Us | About Us | Terms of Use | Privacy Policy
copyright|© 2025 Austral Broadcasting Corporation
"""),
 dict(id="austral-broadcast-2", site="austral-broadcast", lang="en", sep="\n\n", title="Outback school uses satellite link to teach students spread across 600,000 square kilometres", date="2025-05-20", page="""
skip-link|Skip to main content
skip-link|Skip to navigation
menu|Austral Broadcasting News
menu|Just In
menu|Australia
menu|World
menu|Business
menu|Sport
menu|Science
menu|Analysis
menu|Fact Check
listen|Listen live
menu|Your region: Alice Springs
section-label|ABN Alice Springs
h1|Outback school uses satellite link to teach students spread across 600,000 square kilometres
byline|By Kirsten Walker
dateline|Posted Tue 20 May 2025 at 4:31am
dateline|Updated Tue 20 May 2025 at 7:02am
listen|Listen to this article
listen|4m
share|Share article
lead|Every morning at 8:30, the teachers of an Alice Springs school log on to classes whose students are sitting at kitchen tables on cattle stations hundreds of kilometres away.
caption|Year 3 student Ruby logs on to her lesson from a station near the South Australian border.
credit|Supplied: School of the Air
p|The school has 112 students this year, on stations, in roadhouses and in remote communities across the Northern Territory.
p|Lessons used to be delivered by high-frequency radio. They now run over satellite internet, with video.
p|"The kids can see each other now. That changes everything for a six-year-old," teacher Marnie Hocking said.
h2|Home tutors
p|Each child is supervised by a home tutor, usually a parent or a governess employed by the station.
p|Several times a year, students travel to Alice Springs for in-person weeks, sports days and excursions.
p|Outages remain a problem during the wet season.
p|The school says it is testing a second satellite provider as a backup.
tags|Topic: Education
tags|Topic: Remote Communities
tags|Topic: Internet
teaser-list|More on:
teaser-list|Alice Springs
teaser-list|Top Stories
teaser-list|Reef survey finds new coral bleaching in southern sector
teaser-list|Posted 55m ago
footer|We acknowledge Aboriginal and Torres Strait Islander peoples as the First Australians and Traditional Custodians of the lands where we live, learn, and work.
footer|Accessibility | Help | Contact Us | About Us | Terms of Use | Privacy Policy
copyright|© 2025 Austral Broadcasting Corporation
"""),
 dict(id="stade-direct-1", site="stade-direct", lang="fr", sep="\n\n", title="Ligue 2 : Annecy renverse Grenoble dans le derby des Alpes", date="2025-09-27", page="""
app|Ouvrir dans l’application
menu|STADE DIRECT
menu|Football
menu|Rugby
menu|Tennis
menu|Cyclisme
menu|Basket
menu|Handball
menu|Plus de sports
menu|Résultats
menu|Direct
login|Mon compte
scoreboard|L2 · 8e journée
scoreboard|Bastia 1-0 Guingamp · Terminé
scoreboard|Laval 2-2 Pau · Terminé
scoreboard|Annecy 2-1 Grenoble · Terminé
scoreboard|Voir tous les résultats
breadcrumb|Football > Ligue 2 > Annecy
section-label|LIGUE 2 · 8E JOURNÉE
h1|Ligue 2 : Annecy renverse Grenoble dans le derby des Alpes
lead|Menés à la pause, les Annéciens se sont imposés 2-1 grâce à deux buts en fin de match, samedi au Parc des Sports.
byline|Par Baptiste Rolland
dateline|Le 27/09/2025 à 22:41
dateline|Modifié le 28/09/2025 à 08:15
share|Partager
comments|Réagir (34)
video|▶ Le résumé vidéo du match (1’48)
video|Contenu réservé aux abonnés Stade Direct+
p|Il aura fallu attendre la 78e minute pour voir Annecy revenir dans ce derby longtemps dominé par Grenoble.
p|Les Isérois avaient ouvert le score juste avant la pause, sur un coup franc direct enroulé par-dessus le mur.
h2|Un coaching gagnant
p|L’entraîneur annécien a fait entrer deux attaquants à l’heure de jeu. C’est l’un d’eux qui a égalisé de la tête, sur un corner.
p|Cinq minutes plus tard, le même joueur adressait un centre au second poteau pour le but de la victoire.
p|« On savait qu’ils finiraient par baisser physiquement. On a été patients », a résumé le capitaine annécien au micro de la chaîne.
ad|Publicité
p|Annecy remonte à la 5e place, Grenoble recule au 11e rang.
h2|La fiche technique
p|Annecy – Grenoble : 2-1 (0-1). Parc des Sports, 9 412 spectateurs. Arbitre : M. Delaunay.
p|Buts : Annecy : Sarr (78e), Berthier (83e) ; Grenoble : Kanté (44e).
teaser-list|La note des joueurs
teaser-list|Annecy : le meilleur et le pire
poll|Qui a été l’homme du match ?
poll|Sarr
poll|Berthier
poll|Le gardien annécien
poll|Je vote
ad|Paris sportifs : jusqu’à 100 € offerts sur votre premier pari
disclaimer|Jouer comporte des risques : dettes, isolement, dépendance. Pour être aidé, appelez le 09 74 75 13 13 (appel non surtaxé).
teaser-list|À suivre aussi
teaser-list|Ligue 1 : le classement après la 6e journée
teaser-list|Il y a 1 h
teaser-list|Top 14 : Toulouse sans ses internationaux à La Rochelle
teaser-list|Il y a 2 h
footer|Nous contacter | Mentions légales | CGU | Cookies | Paramètres de confidentialité | Plan du site
copyright|Stade Direct © 2025 - Tous droits réservés
"""),
 dict(id="stade-direct-2", site="stade-direct", lang="fr", sep="\n\n", title="Cyclisme : la Bretonne Maëlle Le Goff signe dans une équipe du World Tour", date="2025-11-05", page="""
app|Ouvrir dans l’application
menu|STADE DIRECT
menu|Football
menu|Rugby
menu|Tennis
menu|Cyclisme
menu|Basket
menu|Handball
menu|Plus de sports
menu|Résultats
menu|Direct
login|Mon compte
breadcrumb|Cyclisme > Transferts
section-label|MERCATO
h1|Cyclisme : la Bretonne Maëlle Le Goff signe dans une équipe du World Tour
byline|Par Stade Direct avec AFP
dateline|Le 05/11/2025 à 12:03
share|Partager
comments|Réagir (5)
p|À 21 ans, Maëlle Le Goff va découvrir le plus haut niveau. La Finistérienne, troisième du championnat de France espoirs cet été, a signé un contrat de deux ans avec une formation néerlandaise du World Tour, a annoncé l’équipe mercredi.
p|Passée par le club de Quimper, elle s’était révélée en remportant une étape du Tour de Bretagne féminin au printemps.
p|« C’est un rêve de gosse. Je vais apprendre auprès des meilleures. »
p|Grimpeuse, elle devrait être alignée sur les courses par étapes d’une semaine et sur certaines classiques ardennaises.
ad|Publicité
p|Elle est la quatrième Française recrutée par une équipe étrangère du World Tour cet automne.
signature|Avec AFP
teaser-list|À suivre aussi
teaser-list|Tour de France 2026 : le parcours dévoilé le 21 octobre
teaser-list|Il y a 3 h
footer|Nous contacter | Mentions légales | CGU | Cookies | Paramètres de confidentialité | Plan du site
copyright|Stade Direct © 2025 - Tous droits réservés
"""),
 dict(id="fieldnotes-blog-1", site="fieldnotes-blog", lang="en", sep="\n", title="What the farmers told us about the new irrigation canal", date="2025-03-03", page="""
menu|Soil, Water & People
menu|Notes from a hydrologist's fieldwork, by Dr Maya Okonkwo-Lind
menu|Home
menu|About me
menu|Publications
menu|Teaching
menu|Contact
h1|What the farmers told us about the new irrigation canal
dateline|Posted on March 3, 2025
byline|by maya
comments|4 Comments
p|Last month my team spent three weeks in the villages along the new canal. We wanted to know whether the water was reaching the farms at the tail end of the system, and what farmers were doing about it when it was not.
p|Short answer: it mostly isn't.
p|Of the 64 households we interviewed, 41 said they had received canal water fewer than five times during the dry season. Almost all of them were more than eight kilometres from the main offtake.
caption|Figure 1. Number of irrigation turns received, by distance from the offtake (n = 64). Click to enlarge.
p|What struck me most was not the numbers, though. It was how quickly farmers had organised among themselves. In two villages, water user groups had agreed a night rota so that tail-end plots got water at least once a week.
p|One woman put it like this:
p|"The engineers built the canal. We had to build the rules."
h2|A few early lessons
li|Design flows assumed every gate would be shut when not in use. Many gates have no locks.
li|Tail-end farmers rely on groundwater far more than the project planners expected.
li|Local rotas work, but only where the village head backs them.
p|We'll write this up properly for a journal later in the year. In the meantime, if you work on canal schemes and have seen something similar, I'd love to hear from you.
signature|— Maya
share|Share this:
share|Email
share|Print
share|Facebook
share|LinkedIn
share|Like this:
share|Like Loading...
related|Related
related|Groundwater, again
related|In "Fieldwork"
tags|Categories: Fieldwork, Irrigation | Tags: canals, farmers, water governance
nav|← Teaching hydrology with a bucket and a stopwatch
nav|Guest post: mapping wells with a phone →
comments|4 thoughts on “What the farmers told us about the new irrigation canal”
comments|Tomás R. says:
comments|March 4, 2025 at 9:12 am
comments|Fascinating. We saw exactly the same with unlocked gates in our study area.
comments|Reply
comments|Leave a Reply
comments|Your email address will not be published. Required fields are marked *
comments|Post Comment
newsletter|Follow this blog by email
newsletter|Enter your email address to follow and get new posts by email.
newsletter|Follow
disclaimer|Views are my own and not those of my employer.
footer|Blog at WordPress.com.
"""),
 dict(id="fieldnotes-blog-2", site="fieldnotes-blog", lang="en", sep="\n", title="Notes from the basin water conference", date="2025-09-15", page="""
menu|Soil, Water & People
menu|Notes from a hydrologist's fieldwork, by Dr Maya Okonkwo-Lind
menu|Home
menu|About me
menu|Publications
menu|Teaching
menu|Contact
h1|Notes from the basin water conference
dateline|Posted on September 15, 2025
byline|by maya
comments|Leave a comment
p|I'm just back from three days at the regional basin water conference. Some quick notes, before I forget them, for students and colleagues who couldn't make it.
h2|Day 1: data
p|The best session was on sharing river gauge data across borders. Two basin agencies showed that publishing their data online in near real time had cut disputes over releases from dams.
h2|Day 2: money
p|Lots of talk about "blended finance" for water infrastructure, not much about who pays for maintenance once the ribbon has been cut.
h2|Day 3: people
p|A panel of farmer representatives was, for me, the highlight. They asked why they were on the last day, after most of the ministers had left.
p|Fair question.
p|Slides from my own talk are on the Publications page.
signature|— Maya
share|Share this:
share|Email
share|Print
share|Like this:
share|Like Loading...
tags|Categories: Conferences | Tags: transboundary water, finance
nav|← What the farmers told us about the new irrigation canal
comments|Leave a Reply
comments|Your email address will not be published. Required fields are marked *
comments|Post Comment
newsletter|Follow this blog by email
newsletter|Follow
disclaimer|Views are my own and not those of my employer.
footer|Blog at WordPress.com.
"""),
]
