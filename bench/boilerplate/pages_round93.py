# Round 93: eight pages on four more layouts (a French weekly news magazine's site with its opinion blogs, a US
# national daily's site, a Senegalese news and opinion portal, a Thai English-language daily's site), written blind:
# without looking at the classifier, its rules or the benchmark, measured once. Each line: "label|text". Invented
# text; no real article is copied.
ROUND93 = [
 dict(id="nouvel-obs-style-1", site="nouvel-obs-style", lang="fr", sep="\n", title="À Lyon, des retraités hébergent des étudiants pour contrer la pénurie de logements", date="2026-09-16", page="""
skip-link|Aller au contenu
skip-link|Aller à la navigation
menu|☰ Menu
search|🔍 Rechercher
menu|Le Nouvel Écho
subscribe|S'abonner
subscribe|1 € le premier mois
account|Se connecter
menu|Politique
menu|Monde
menu|Société
menu|Économie
menu|Culture
menu|Idées
menu|Sciences
menu|Tech
menu|Blogs
menu|Vidéos
menu|Podcasts
menu|Le Mag
epaper|Lire le magazine - N° 3128 du 10 septembre 2026
breaking|En direct - Budget 2027 : le Premier ministre présente ses arbitrages, suivez notre direct
breadcrumb|Accueil › Société › Logement
paywall|Abonné
section-label|Logement
h1|À Lyon, des retraités hébergent des étudiants pour contrer la pénurie de logements
lead|Face à des loyers qui s'envolent et à des résidences universitaires saturées, de plus en plus d'étudiants lyonnais s'installent chez des personnes âgées. Un loyer modique contre une présence le soir : le contrat séduit, mais il a ses limites.
byline|Par Claire Mathieu
dateline|Publié le 16 septembre 2026 à 7h00
dateline|Mis à jour le 16 septembre 2026 à 10h12
reading-time|Temps de lecture : 4 min
listen|🔊 Écouter cet article
listen|Lecture audio générée par une voix de synthèse
save|Lire plus tard
share|Offrir cet article
share|PartagerFacebookXLinkedInWhatsAppCopier le lien
comments|💬 23
caption|Monique, 81 ans, et Théo, 20 ans, dans l'appartement de la Croix-Rousse qu'ils partagent depuis un an.
credit|NICOLAS LIÉVIN / LE NOUVEL ÉCHO
p|Dans l'appartement de la montée de la Grande-Côte, sur les pentes de la Croix-Rousse, la chambre du fils de Monique est restée telle qu'il l'avait laissée en partant pour Montréal : une bibliothèque en pin, un poster de l'OL, un bureau trop bas. Depuis septembre 2025, c'est Théo, 20 ans, étudiant en licence de géographie, qui y dort. Il paie 180 euros par mois, charges comprises. « À Lyon, pour un studio, on m'en demandait 650 », résume-t-il.
p|En échange, le jeune homme s'est engagé à dîner avec Monique au moins trois soirs par semaine et à être présent la nuit, sauf le week-end. « Je ne lui demande pas de faire le ménage, précise la retraitée, ancienne institutrice. Je veux juste entendre quelqu'un rentrer le soir. Depuis la mort de mon mari, c'était ça le plus dur. »
p|Ces binômes intergénérationnels ne sont pas nouveaux. Mais à Lyon, où il ne reste pratiquement plus aucun logement étudiant vacant à la rentrée, ils connaissent un essor inédit. L'association Toit Partagé Rhône, qui met en relation seniors et jeunes, dit avoir reçu plus de 1 400 demandes d'étudiants depuis juin, pour à peine 260 propositions de chambres. « Le déséquilibre est énorme, reconnaît sa directrice, Sophie Garnier. Nous manquons d'hébergeurs, pas de candidats. »
read-also|Lire aussi › Crise du logement étudiant : « Depuis la rentrée, je dors dans ma voiture »
ad|Publicité
ad|La suite après la publicité
h2|« Ce n'est pas un contrat de travail »
p|Depuis la loi Elan de 2018, la cohabitation intergénérationnelle solidaire dispose d'un cadre juridique propre. Le senior, âgé d'au moins 60 ans, loue ou sous-loue une partie de son logement à un jeune de moins de 30 ans, moyennant une contrepartie financière « modeste ». Le tout est formalisé dans un contrat et une charte que les associations font signer aux deux parties.
p|La convention type proposée par Toit Partagé Rhône prévoit notamment :
li|un loyer plafonné, qui ne peut dépasser 250 euros par mois hors charges ;
li|une présence régulière le soir, dont la fréquence est fixée d'un commun accord ;
li|l'interdiction de confier à l'étudiant des soins ou des tâches relevant d'une aide à domicile ;
li|une rencontre de suivi avec l'association au bout de trois mois.
p|« L'étudiant n'est ni aide-soignant ni homme de ménage, insiste Sophie Garnier. Quand une famille nous demande quelqu'un pour faire la toilette de sa mère, nous refusons. » L'association dit mettre fin chaque année à une quinzaine de cohabitations, le plus souvent pour des désaccords sur les horaires ou des attentes trop fortes des enfants de l'hébergeur.
related|Pour aller plus loin
related|Abonné Loyers : à Lyon, Lille et Bordeaux, l'encadrement a-t-il vraiment fait baisser les prix ?
related|Isolement des personnes âgées : « Certains jours, je ne parle à personne »
h2|Le département met la main à la poche
p|Le conseil départemental du Rhône a décidé, au printemps, de verser une prime de 500 euros aux seniors qui accueillent un étudiant pendant au moins une année universitaire. Une mesure pensée autant pour le logement que pour la lutte contre l'isolement, qui touche, selon les associations, plusieurs centaines de milliers de personnes âgées en France.
p|Les sociologues, eux, appellent à la prudence. « Ces cohabitations fonctionnent bien quand elles sont choisies, observe Hélène Vidal, chercheuse à l'université Lumière-Lyon 2, qui a suivi une quarantaine de binômes. Le risque, c'est qu'elles deviennent une solution par défaut, pour des étudiants qui n'ont plus d'autre option et pour des personnes âgées que les services publics ne savent plus accompagner. »
ad|Publicité
p|Chez Monique, la cohabitation a pris des allures de routine. Le jeudi, Théo cuisine ; le dimanche soir, ils regardent ensemble un jeu télévisé. « Il m'a appris à envoyer des photos à mes petits-enfants avec mon téléphone », sourit-elle. Lui pense déjà à l'an prochain : il aimerait rester, même si son master l'obligera à suivre ses cours à Villeurbanne. « On en a parlé. Elle m'a dit : "Tu prendras le tram." »
tags|Sujets associés
tags|Logement
tags|Étudiants
tags|Personnes âgées
tags|Lyon
share|Partager cet article
share|Facebook
share|X
share|LinkedIn
share|E-mail
newsletter|L'Essentiel du soir
newsletter|Chaque soir à 19 heures, le meilleur de l'actualité vu par la rédaction du Nouvel Écho.
newsletter|Votre adresse e-mail
newsletter|S'inscrire
newsletter|Vous pouvez vous désinscrire à tout moment via le lien en bas de chaque newsletter.
comments|Commentaires (23)
comments|Les commentaires sont réservés aux abonnés. Merci de respecter notre charte de modération.
comments|Trier par : Les plus récents
comments|Annie_69
comments|il y a 2 heures
comments|Je l'ai fait pendant trois ans avec une étudiante en médecine. Elle vient encore déjeuner le dimanche.
comments|Répondre
comments|Signaler
comments|Paul R.
comments|il y a 3 heures
comments|Très bien, mais c'est encore une fois la solidarité des particuliers qui compense l'absence de construction de résidences.
comments|Répondre
comments|Signaler
comments|Voir les 21 autres commentaires
related|Sur le même sujet
related|Crous : pourquoi les résidences universitaires ne suffisent plus
related|Abonné
related|Logement : les loyers étudiants ont bondi de 6 % en un an
related|Colocation : les pièges à éviter avant de signer
most-read|Les plus lus
most-read|1
most-read|Retraites : ce que le gouvernement prépare pour les carrières longues
most-read|2
most-read|« Mon fils passe neuf heures par jour sur TikTok » : des parents racontent
most-read|3
most-read|Abonné
most-read|Enquête sur ces cabinets de conseil qui murmurent à l'oreille des maires
games|Jeux
games|Mots fléchés
games|Mots croisés
games|Sudoku
horoscope|Horoscope
partner-list|Nos services
partner-list|Codes promo
partner-list|Guide d'achat
partner-list|Annonces légales
partner-list|Comparateur d'assurances
footer|Le Nouvel Écho
social|Suivez-nous
social|Facebook Instagram X YouTube LinkedIn
app|Téléchargez l'application
app|App Store
app|Google Play
footer|Qui sommes-nous ?
footer|Contacts
footer|Publicité
footer|Mentions légales
footer|CGU
footer|CGV
footer|Charte de confidentialité
footer|Gestion des cookies
footer|Accessibilité : partiellement conforme
footer|Plan du site
copyright|© Le Nouvel Écho - Les informations ou photos publiées sur le site ne peuvent être reproduites sans autorisation
cookie|Le Nouvel Écho et ses 214 partenaires utilisent des cookies et des technologies similaires pour stocker et accéder à des informations sur votre appareil, afin de mesurer l'audience, personnaliser les contenus et afficher des publicités.
cookie|Paramétrer
cookie|Continuer sans accepter →
cookie|Accepter et fermer
"""),
 dict(id="nouvel-obs-style-2", site="nouvel-obs-style", lang="fr", sep="\n", title="Interdire le portable au collège ne suffira pas : rendons du temps aux élèves", date="2026-10-05", page="""
skip-link|Aller au contenu
skip-link|Aller à la navigation
menu|☰ Menu
search|🔍 Rechercher
menu|Le Nouvel Écho
subscribe|S'abonner
subscribe|1 € le premier mois
account|Se connecter
menu|Politique
menu|Monde
menu|Société
menu|Économie
menu|Culture
menu|Idées
menu|Sciences
menu|Tech
menu|Blogs
menu|Vidéos
menu|Podcasts
menu|Le Mag
breadcrumb|Accueil › Blogs › Chroniques d'un prof de banlieue
section-label|BLOG
section-label|Chroniques d'un prof de banlieue
author-bio|Professeur de lettres en Seine-Saint-Denis depuis quinze ans, Julien Marchand raconte le quotidien d'une salle de classe et les réformes vues d'en bas.
follow|+ Suivre ce blog
disclaimer|Ce blog est un espace personnel d'expression. Les propos qui y sont tenus n'engagent pas la rédaction du Nouvel Écho.
h1|Interdire le portable au collège ne suffira pas : rendons du temps aux élèves
byline|Par Julien Marchand
byline|Blogueur associé
dateline|Publié le 5 octobre 2026 à 18h45
reading-time|Temps de lecture : 3 min
save|Lire plus tard
share|PartagerFacebookXLinkedInWhatsAppCopier le lien
comments|💬 12 réactions
p|Depuis la rentrée, mon collège applique la « pause numérique ». Chaque matin, à la grille, les élèves déposent leur téléphone dans une pochette numérotée, rangée dans un casier métallique jusqu'à 16h30. Le ministère a généralisé le dispositif à tous les collèges cette année, après une expérimentation menée dans quelques centaines d'établissements. Je n'y étais pas opposé. Je ne le suis toujours pas. Mais au bout d'un mois, je voudrais dire ce que j'observe depuis ma salle de classe, et ce que personne, me semble-t-il, ne veut voir.
h2|Le calme, oui. L'attention, pas forcément
p|Soyons honnêtes : les récréations ont changé. On revoit des ballons, des cartes, des groupes qui discutent au lieu de fixer un écran. Les conflits nés d'une photo ou d'un message partagé pendant la pause ont presque disparu de la cour. Plusieurs collègues le disent, les assistants d'éducation aussi.
p|Mais en classe, le problème n'a pas été résolu d'un coup de pochette. Mes élèves de quatrième peinent toujours à lire plus de deux pages d'affilée. Ils décrochent au bout de dix minutes d'un texte un peu dense. Le téléphone n'était déjà plus dans la salle avant la réforme : il était dans leur tête, et il y est resté. Ce qu'ils ont perdu, c'est l'habitude de l'effort long, de cet ennui qui précède la concentration.
ad|Publicité
ad|La suite après la publicité
p|« Monsieur, c'est long, un livre, quand il n'y a pas d'images. »
p|C'est Inès, 13 ans, qui m'a dit cela la semaine dernière, sans insolence, avec une sincérité désarmante. Elle n'a pas tort. Lire un roman, c'est accepter de ne pas être récompensé tout de suite. Aucune interdiction n'apprend cela.
h2|Ce qu'il faudrait vraiment
p|Si l'on veut que cette pause numérique serve à quelque chose, elle doit s'accompagner de moyens. Je vois au moins trois chantiers :
li|rétablir des heures de lecture silencieuse dans l'emploi du temps, avec des livres choisis par les élèves et achetés par l'établissement ;
li|rouvrir les CDI pendant la pause méridienne, ce que beaucoup de collèges ne peuvent plus faire faute de professeurs documentalistes ;
li|financer des clubs, échecs, théâtre, chorale, encadrés par des adultes rémunérés et non par la seule bonne volonté des enseignants.
p|Rien de tout cela n'est spectaculaire. Rien de cela ne fera un bon communiqué de presse. Mais c'est là que se joue la reconquête de l'attention, bien plus que dans le casier métallique du hall.
p|Je lis déjà les réponses : les parents n'ont qu'à éteindre la box le soir. Certains le font. Mais dans mon secteur, beaucoup de familles vivent à cinq dans un trois-pièces, les parents rentrent tard, et l'écran est souvent la seule chose qui occupe les enfants en sécurité. Faire la morale aux familles ne remplacera pas une bibliothèque ouverte le mercredi après-midi.
p|Le portable est sorti de nos classes. Il reste à y faire entrer autre chose. C'est à cette condition que la mesure, aujourd'hui saluée par tous, ne deviendra pas une énième réforme d'affichage.
signature|Julien Marchand
signature|Professeur de lettres dans un collège de Seine-Saint-Denis
disclaimer|Cet article est publié dans le cadre des blogs du Nouvel Écho. Son contenu relève de la seule responsabilité de son auteur.
tags|Mots-clés : Éducation Collège Écrans Lecture
share|Partager cet article
share|Facebook
share|X
share|LinkedIn
share|E-mail
related|Les derniers billets de ce blog
related|Conseil de classe : ce que les bulletins ne disent pas
related|12 septembre 2026
related|Pourquoi j'ai arrêté de donner des devoirs le week-end
related|28 août 2026
related|La réforme du brevet, vue depuis le fond de la salle
related|3 juin 2026
author-link|Voir tous les billets de Julien Marchand
comments|12 réactions
comments|Les commentaires sont réservés aux abonnés. Merci de respecter notre charte de modération.
comments|Claire_B
comments|il y a 1 jour
comments|Professeure documentaliste, je confirme : notre CDI est fermé deux jours sur cinq faute de personnel.
comments|Répondre
comments|Signaler
comments|Voir les 11 autres réactions
most-read|Les blogs les plus lus
most-read|Le jour où mon médecin généraliste a pris sa retraite
teaser-list|Interdire le portable au collège ne suffira pas : rendons du temps aux élèves
most-read|Pourquoi je ne voterai plus à gauche, par un ancien militant
blog-promo|Vous aussi, tenez votre blog sur Le Nouvel Écho
blog-promo|Créer mon blog
most-read|Les plus lus
most-read|1
most-read|Budget 2027 : ce que contient le projet de loi de finances
most-read|2
most-read|Abonné
most-read|Écrans : le grand malaise des pédiatres
most-read|3
most-read|Climat : la France a-t-elle vraiment réduit ses émissions en 2025 ?
games|Jeux
games|Mots fléchés
games|Mots croisés
games|Sudoku
partner-list|Nos services
partner-list|Codes promo
partner-list|Guide d'achat
partner-list|Annonces légales
footer|Le Nouvel Écho
social|Suivez-nous
social|Facebook Instagram X YouTube LinkedIn
app|Téléchargez l'application
app|App Store
app|Google Play
footer|Qui sommes-nous ?
footer|Contacts
footer|Publicité
footer|Mentions légales
footer|CGU
footer|Charte des blogs
footer|Charte de confidentialité
footer|Gestion des cookies
footer|Plan du site
copyright|© Le Nouvel Écho - Les informations ou photos publiées sur le site ne peuvent être reproduites sans autorisation
"""),
 dict(id="usa-today-style-1", site="usa-today-style", lang="en", sep="\n", title="National parks will require timed-entry reservations at six more sites next summer", date="2026-11-18", page="""
skip-link|Skip to main content
menu|U.S.
menu|Politics
menu|Sports
menu|Entertainment
menu|Life
menu|Money
menu|Travel
menu|Opinion
menu|Investigations
menu|Crossword
menu|Elections
menu|More
weather|Washington, DC 48°F
search|Search
subscribe|Subscribe
account|Sign In
section-label|TRAVEL
h1|National parks will require timed-entry reservations at six more sites next summer
section-label|Key Points AI-assisted summary ⓘ
li|The National Park Service will require timed-entry reservations at six additional parks starting in late May 2027.
li|Reservations will cost $2 per vehicle on top of regular entrance fees and open on Recreation.gov in March.
li|Visitors with camping, lodging or tour bookings inside the parks will not need a separate reservation.
byline|Eleanor Whitfield
byline|NATION TODAY
dateline|Published 5:02 a.m. ET Nov. 18, 2026
dateline|Updated 11:47 a.m. ET Nov. 18, 2026
listen|▶ Listen to this article
listen|5 min listen
share|Share on Facebook
share|Share on X
share|Share via Email
share|Gift this article
video|How to snag a reservation at America's busiest national parks
video|Autoplay
video|Show Caption
video|Hide Caption
video|Travel reporter Eleanor Whitfield walks through the booking process, step by step.
video|1:43
p|Planning a trip to a national park next summer? You may need a reservation just to drive through the gate.
p|The National Park Service announced Tuesday that six more parks will require visitors to book a timed-entry window during peak season in 2027, bringing to 14 the number of parks that use some form of entry reservation. The bookings will be released on Recreation.gov starting in March and will cost $2 per vehicle, on top of each park's regular entrance fee.
p|"Visitation at these parks has grown faster than the roads, parking lots and restrooms that serve them," Laura Benavides, the agency's deputy director for operations, said in a statement. "A reservation system is the fairest tool we have found to spread people out across the day."
caption|Cars line up at an entrance station on a July weekend. Park officials say wait times regularly topped 90 minutes last summer.
credit|Rick Alvarado/AP
ad|Advertisement
h2|Which parks will require reservations?
p|The new systems will run from late May through mid-September at most sites. The parks and areas covered are:
li|Great Smoky Mountains National Park (Tennessee and North Carolina): Cades Cove Loop Road and Newfound Gap Road, 9 a.m. to 3 p.m.
li|Grand Teton National Park (Wyoming): the Jenny Lake and String Lake area, 8 a.m. to 4 p.m.
li|Bryce Canyon National Park (Utah): the main park road beyond the visitor center, 7 a.m. to 4 p.m.
li|Olympic National Park (Washington): Hurricane Ridge Road, 9 a.m. to 5 p.m.
li|Sequoia National Park (California): the Generals Highway between the Foothills and Lodgepole areas, 8 a.m. to 4 p.m.
li|Shenandoah National Park (Virginia): Skyline Drive on weekends and holidays in October, the park's busiest month.
p|Visitors entering before or after the reservation hours can drive in without one, park officials said, and people arriving on foot, by bicycle or on a commercial shuttle will be exempt.
read-also|RELATED: These are the least crowded national parks. Here's why you should go
newsletter|Get the latest travel news and deals: Sign up for our Travel newsletter
h2|Why now?
p|National parks recorded more than 330 million recreation visits last year, close to an all-time high, and several of the parks on the new list set their own attendance records. At the same time, the agency has struggled with staffing shortages that left some visitor centers closed and trash pickup delayed during the summer.
p|The Park Service tested short-term reservation systems at several of the six parks during holiday weekends this year. At Bryce Canyon, officials said, average wait times at the entrance fell from 70 minutes to under 15.
p|Not everyone in the gateway communities is convinced. "Every time they add a reservation, we get calls from people who think the park is closed," said Tina Marsh, who runs a cabin rental business outside Townsend, Tennessee. "They cancel the whole trip instead of figuring out the system."
p|A spokesperson for the Parks Forward Alliance, a visitor advocacy group, said the agency should invest in shuttles and parking rather than "rationing access to public land," but added that the $2 fee was "at least modest."
ad|Advertisement
h2|How to get a reservation
p|For each day, about 60% of the time slots will be released on a rolling basis 90 days in advance. The remaining 40% will be released at 7 p.m. local time the evening before, a system the agency says gives spontaneous travelers a fair shot.
p|Park officials recommend creating a Recreation.gov account and saving payment information ahead of time, as the most popular slots at Great Smoky Mountains and Grand Teton are expected to sell out within minutes.
p|Annual pass holders, including those with the America the Beautiful pass, will still need a reservation, though they will not pay the entrance fee again.
signature|Contributing: Marco Ruiz, The Arizona Sun
author-bio|Eleanor Whitfield covers national parks, public lands and outdoor travel for NATION TODAY. Reach her at ewhitfield@nationtoday.com and follow her on X @ewhitfield_.
feedback|Was this article helpful? Yes No
sponsored|Sponsored Links by Taboola
sponsored|You May Like
sponsored|Seniors Born Between 1941 and 1979 Are Entitled To Big Discounts On Hotels. SeniorDeals Weekly
sponsored|The 2026 Crossover SUV Everyone Is Talking About. Search Ads
sponsored|Learn More
teaser-list|More Travel
teaser-list|Airlines are shrinking the overhead bin. Here's how much your bag can weigh now
teaser-list|2 hours ago
teaser-list|Is it safe to travel to Mexico this winter? What the State Department says
teaser-list|Nov. 17, 2026
teaser-list|Thanksgiving travel forecast: Record 82 million Americans expected to hit the road
teaser-list|Nov. 16, 2026
partner-list|Shopping and Deals
partner-list|Reviewed: The best winter hiking boots of 2026, tested by our experts
partner-list|Coupons
partner-list|Blueprint: How to find the best travel credit card
network|NATION TODAY Network: local news from more than 200 newsrooms
footer|About us
footer|Newsroom Staff
footer|Ethical Principles
footer|Corrections & Clarifications
footer|Press Releases
footer|Accessibility
footer|Sitemap
footer|Terms of Service
footer|Subscription Terms & Conditions
footer|AI Principles
footer|Help Center
footer|Contact us
footer|e-Edition
footer|Archives
footer|Licensing & Reprints
footer|Advertise
footer|Newsletters
footer|Podcasts
footer|Your Privacy Choices ✓✕
footer|Privacy Policy
copyright|© 2026 NATION TODAY, a division of Meridian Media Co. All rights reserved.
"""),
 dict(id="usa-today-style-2", site="usa-today-style", lang="en", sep="\n", title="Lake-effect snow buries towns south of Buffalo, with up to 4 feet possible by Sunday", date="2026-11-21", page="""
skip-link|Skip to main content
menu|U.S.
menu|Politics
menu|Sports
menu|Entertainment
menu|Life
menu|Money
menu|Travel
menu|Opinion
menu|Investigations
menu|Crossword
menu|Elections
menu|More
weather|Buffalo, NY 27°F
search|Search
subscribe|Subscribe
account|Sign In
breaking|Weather alert: Winter storm warnings in effect for parts of New York, Pennsylvania and Ohio. Latest forecast ›
section-label|WEATHER
h1|Lake-effect snow buries towns south of Buffalo, with up to 4 feet possible by Sunday
byline|Kyle Brennan
byline|Erie Valley Register
byline|Hannah Okafor
byline|NATION TODAY
dateline|Published 7:15 a.m. ET Nov. 21, 2026
dateline|Updated 2:38 p.m. ET Nov. 21, 2026
listen|▶ Listen to this article
listen|4 min listen
share|Share on Facebook
share|Share on X
share|Share via Email
share|Gift this article
gallery|View Gallery
gallery|Photos: Lake-effect snow hammers western New York
gallery|1 of 24
gallery|Expand
caption|A plow clears Route 20A in Orchard Park, New York, early Friday as snow fell at rates of up to 4 inches an hour.
credit|Derek Lyons/Erie Valley Register
p|A narrow but ferocious band of lake-effect snow parked itself over the towns south of Buffalo on Friday, dropping snow at rates of up to 4 inches an hour, stranding drivers and shutting down schools across much of Erie County.
p|By early afternoon, parts of Orchard Park and Hamburg had measured more than 2 feet of snow, while the city of Buffalo, only a few miles to the north, had barely an inch. Forecasters warned that the band could linger through Saturday night, pushing totals in the hardest-hit areas to 4 feet or more by Sunday.
p|"It just doesn't stop," said Dana Kowalczyk, who was digging out her driveway in Hamburg for the third time since dawn. "You turn around and the car is gone again."
embed|National Weather Service Buffalo @NWSBuffalo · Follow
embed|Snowfall rates of 3 to 4 inches per hour continue in the Southtowns. Travel is nearly impossible. If you don't have to be on the roads, stay home.
embed|8:14 AM · Nov 21, 2026
embed|Read 214 replies
ad|Advertisement
p|Lake-effect snow forms when cold air moves across the relatively warm waters of the Great Lakes, picking up moisture that falls as heavy snow once it reaches land. Because the bands are often only a few miles wide, one town can be buried while its neighbor sees sunshine.
p|"The lake is still very warm for late November, and that is fueling this event," said meteorologist Ryan Castellano of the National Weather Service office in Buffalo. "When the wind holds the band in one place for 24 hours or more, you get these extreme totals."
h2|Travel ban and road closures
p|Erie County officials issued a travel ban for several southern towns Friday morning, and the New York State Police reported more than 60 vehicles stuck along major routes. As of 2 p.m., the following closures were in effect:
li|The New York State Thruway (Interstate 90) was closed to commercial traffic between Exit 53 and the Pennsylvania line.
li|Route 219 was closed in both directions between Orchard Park and Springville.
li|Route 5 was closed along the lakeshore in Hamburg and Evans.
p|More than 40 school districts in Erie, Chautauqua and Cattaraugus counties canceled classes. About 9,000 customers were without power at midday, according to the regional utility.
read-also|READ MORE: What is lake-effect snow? How it forms and why it's so hard to predict
embed|Power outage tracker
embed|Data: PowerOutage.us · Updated 2:15 p.m. ET
h2|What about Sunday's game?
p|The Buffalo Bills said their Sunday afternoon home game was still scheduled to go ahead, and the team put out a call for people willing to help shovel snow from the stadium seats, offering $20 an hour and a hot meal.
p|The league said it was in contact with the team and local officials and would decide by Saturday evening whether to move the game.
h2|How long will it last?
p|The band is expected to drift slowly north toward Buffalo on Saturday before weakening as winds shift Sunday morning. A lake-effect snow warning remains in effect until 7 a.m. Sunday for southern Erie County, with additional snow expected east of Lake Ontario.
p|Officials urged residents to check on elderly neighbors, keep vents and exhaust pipes clear of snow, and avoid overexertion while shoveling, a leading cause of winter heart attacks.
signature|Contributing: The Associated Press
signature|This article originally appeared on Erie Valley Register: 'It just doesn't stop': Southtowns dig out as lake-effect band stalls over Hamburg, Orchard Park
signature|Reach Kyle Brennan at kbrennan@erievalleyregister.com.
feedback|Was this article helpful? Yes No
video|Watch: Time-lapse shows 2 feet of snow piling up in under 8 hours
video|0:58
sponsored|Sponsored Links by Taboola
sponsored|You May Like
sponsored|This Snow Blower Is Flying Off Shelves In New York. HomeTrends Daily
sponsored|Doctors Stunned: Simple Trick Relieves Joint Pain In Cold Weather. Health Journal
teaser-list|More Weather
teaser-list|Thanksgiving forecast: Rain for the East Coast, snow in the Rockies
teaser-list|1 hour ago
teaser-list|La Niña is back. What it means for your winter
teaser-list|Nov. 19, 2026
partner-list|Shopping and Deals
partner-list|Reviewed: The best snow shovels and ice melts, according to our testers
partner-list|Coupons
network|NATION TODAY Network: local news from more than 200 newsrooms
footer|About us
footer|Newsroom Staff
footer|Ethical Principles
footer|Corrections & Clarifications
footer|Press Releases
footer|Accessibility
footer|Sitemap
footer|Terms of Service
footer|Subscription Terms & Conditions
footer|AI Principles
footer|Help Center
footer|Contact us
footer|e-Edition
footer|Archives
footer|Licensing & Reprints
footer|Advertise
footer|Newsletters
footer|Podcasts
footer|Your Privacy Choices ✓✕
footer|Privacy Policy
copyright|© 2026 NATION TODAY, a division of Meridian Media Co. All rights reserved.
"""),
 dict(id="seneplus-style-1", site="seneplus-style", lang="fr", sep="\n", title="INONDATIONS : L'ÉTAT DÉBLOQUE 62 MILLIARDS POUR UN PLAN D'URGENCE DANS LA BANLIEUE DE DAKAR", date="2026-08-19", page="""
timestamp|Mercredi 19 Août 2026
ticker|EUR/XOF 655,957
ticker|USD/XOF 561,20
ticker|BRVM Composite 318,44 (+0,57%)
social|Facebook
social|Twitter
social|YouTube
social|Instagram
account|Connexion
menu|DAKARPLUS
menu|L'info qui compte, l'opinion qui éclaire
menu|ACCUEIL
menu|POLITIQUE
menu|ÉCONOMIE
menu|SOCIÉTÉ
menu|DÉVELOPPEMENT
menu|INTERNATIONAL
menu|CULTURE
menu|SPORTS
menu|OPINIONS
menu|ÉDITO
menu|DAKARPLUS TV
search|Rechercher...
breaking|FLASH INFO
breaking|Assemblée nationale : l'examen de la loi de finances rectificative reporté à jeudi ✦ Ligue 1 : le calendrier de la saison 2026-2027 dévoilé ✦ Touba : le Magal prévu le 1er septembre
ad|PUBLICITÉ
ad|Teranga Money - Envoyez de l'argent partout au Sénégal sans frais jusqu'au 31 août
breadcrumb|Accueil › Société
section-label|SOCIÉTÉ
h1|INONDATIONS : L'ÉTAT DÉBLOQUE 62 MILLIARDS POUR UN PLAN D'URGENCE DANS LA BANLIEUE DE DAKAR
lead|Le Premier ministre a annoncé mardi soir, à l'issue d'un conseil interministériel, une série de mesures pour venir en aide aux sinistrés de Keur Massar, Pikine et Rufisque, où des centaines de familles ont les pieds dans l'eau depuis le week-end
dateline|Publication 19/08/2026
views|👁 2 417 lectures
comments|💬 3 commentaire(s)
share|Partager : Facebook Twitter WhatsApp LinkedIn E-mail
font|A-
font|A+
print|Imprimer
share|Envoyer à un ami
caption|Une rue inondée de Keur Massar après les fortes pluies du week-end
credit|Photo d'archives - DakarPlus
dateline|Dakar, 19 août (APS) –
p|Le gouvernement a décidé de mobiliser une enveloppe de 62 milliards de francs CFA pour financer un plan d'urgence de lutte contre les inondations dans la banlieue de Dakar, a annoncé mardi soir le Premier ministre à l'issue d'un conseil interministériel consacré à la situation des zones sinistrées.
p|Les pluies diluviennes enregistrées samedi et dimanche, avec un cumul de 148 millimètres relevé à la station de Dakar-Yoff, ont provoqué l'inondation de plusieurs quartiers de Keur Massar, de Pikine, de Guédiawaye et de Rufisque. Selon les services de la Protection civile, plus de 3 400 ménages ont été touchés et deux personnes ont perdu la vie à Thiaroye, emportées par les eaux.
p|« L'État ne laissera aucune famille seule face à l'eau. Les moyens sont mobilisés et seront déployés dès cette semaine », a déclaré le chef du gouvernement, qui s'est rendu lundi à Keur Massar en compagnie du ministre de l'Hydraulique et de l'Assainissement.
read-also|LIRE AUSSI : Hivernage 2026 : l'ANACIM prévoit des pluies supérieures à la normale jusqu'en octobre
p|Le plan d'urgence comprend plusieurs volets :
li|le pompage des eaux stagnantes dans les quartiers les plus touchés, avec la mobilisation de 85 motopompes supplémentaires ;
li|le relogement temporaire de 1 200 familles dans des écoles et des sites d'accueil aménagés à Diamniadio ;
li|la distribution de vivres et de kits d'hygiène à 5 000 ménages sinistrés ;
li|le curage des canaux à ciel ouvert et l'achèvement des bassins de rétention de Keur Massar Nord.
p|Sur le terrain, la colère des populations reste vive. À l'Unité 3 de Keur Massar, Fatou Diop, mère de cinq enfants, raconte avoir passé trois nuits à dormir chez des voisins. « Chaque année, on nous promet des solutions. Chaque année, l'eau revient dans nos chambres », déplore-t-elle, les pieds dans une eau noirâtre.
ad|PUBLICITÉ
ad|Xaalis Pay - Payez vos factures d'eau et d'électricité en toute simplicité
p|Le ministre de l'Hydraulique et de l'Assainissement a reconnu des retards dans l'exécution de certains ouvrages, attribués à des contentieux avec des entreprises et à des occupations irrégulières des voies d'eau. Il a annoncé des « opérations de libération des emprises » dans les prochaines semaines, une perspective qui inquiète déjà plusieurs familles installées dans des zones non aedificandi.
p|La banlieue de Dakar est confrontée chaque année aux inondations depuis le milieu des années 2000, en raison notamment de la remontée de la nappe phréatique, de l'urbanisation anarchique et de l'insuffisance des réseaux d'évacuation des eaux pluviales. Plusieurs programmes successifs, dont le Programme décennal de lutte contre les inondations lancé en 2012, n'ont pas permis de venir à bout du phénomène.
p|Le conseil interministériel a par ailleurs demandé aux collectivités territoriales de renforcer la sensibilisation des populations sur les risques liés aux eaux stagnantes, notamment le paludisme et les maladies diarrhéiques, dont les cas augmentent habituellement en fin d'hivernage.
signature|ADL/AKS/OID
tags|Mots-clés :
tags|Inondations
tags|Keur Massar
tags|Pikine
tags|Assainissement
tags|Hivernage
share|Partager : Facebook Twitter WhatsApp LinkedIn E-mail
whatsapp|📲 Suivez DakarPlus sur WhatsApp : rejoignez notre chaîne officielle
comments|3 commentaire(s)
comments|Ajouter un commentaire...
comments|Plug-in Commentaires Facebook
comments|Babacar Ndiaye
comments|Le problème c'est qu'on a construit dans les bas-fonds et personne n'a rien dit pendant vingt ans.
comments|J'aime · Répondre · 4 h
comments|Aminata Sow
comments|Que l'argent arrive vraiment aux sinistrés cette fois.
comments|J'aime · Répondre · 6 h
comments|Voir 1 autre commentaire
related|DANS LA MÊME RUBRIQUE
related|Guédiawaye : un bâtiment de trois étages s'effondre, pas de victime
related|Il y a 3 heures
related|Transport : les bus BRT desservent désormais Guédiawaye jusqu'à minuit
related|Il y a 5 heures
related|Santé : le ministère lance une campagne de vaccination contre la rougeole
related|Hier à 18:40
most-read|LES PLUS LUS
most-read|Loi de finances rectificative : ce que l'on sait des nouvelles coupes budgétaires
most-read|Magal 2026 : le dispositif sécuritaire dévoilé
teaser-list|INONDATIONS : L'ÉTAT DÉBLOQUE 62 MILLIARDS POUR UN PLAN D'URGENCE DANS LA BANLIEUE DE DAKAR
most-read|Baccalauréat 2026 : le taux de réussite en légère hausse
most-commented|LES PLUS COMMENTÉS
most-commented|Dette : le FMI et le Sénégal concluent un accord de principe (47)
most-commented|Assemblée : passe d'armes entre la majorité et l'opposition sur le budget (31)
video|DAKARPLUS TV
video|▶ Keur Massar : les images des quartiers sous les eaux
video|▶ Le Grand Entretien avec le ministre de l'Hydraulique
donate|Soutenez le journalisme indépendant : faites un don à DakarPlus
newsletter|Newsletter
newsletter|Recevez chaque matin l'essentiel de l'actualité sénégalaise
newsletter|Votre e-mail
newsletter|OK
app|Téléchargez l'application DakarPlus sur Google Play et l'App Store
footer|DAKARPLUS
footer|À propos
footer|L'équipe
footer|Publicité
footer|Contact
footer|Conditions d'utilisation
footer|Politique de confidentialité
footer|Dakar, Sacré-Cœur 3, Villa n° 8719 - Tél : 33 800 00 00
copyright|© 2026 DakarPlus - Tous droits réservés. Reproduction interdite sans autorisation.
back-to-top|▲
"""),
 dict(id="seneplus-style-2", site="seneplus-style", lang="fr", sep="\n", title="POUR UNE RÉFORME FONCIÈRE QUI PROTÈGE D'ABORD LES PAYSANS", date="2026-05-12", page="""
timestamp|Mardi 12 Mai 2026
ticker|EUR/XOF 655,957
ticker|USD/XOF 574,85
ticker|BRVM Composite 309,12 (-0,21%)
social|Facebook
social|Twitter
social|YouTube
social|Instagram
account|Connexion
menu|DAKARPLUS
menu|L'info qui compte, l'opinion qui éclaire
menu|ACCUEIL
menu|POLITIQUE
menu|ÉCONOMIE
menu|SOCIÉTÉ
menu|DÉVELOPPEMENT
menu|INTERNATIONAL
menu|CULTURE
menu|SPORTS
menu|OPINIONS
menu|ÉDITO
menu|DAKARPLUS TV
search|Rechercher...
breaking|FLASH INFO
breaking|Tabaski 2026 : le ministère du Commerce fixe les prix de référence du mouton ✦ CAF : le Jaraaf en demi-finale de la Coupe de la Confédération
ad|PUBLICITÉ
ad|Teranga Money - Transférez. Payez. Épargnez. 1 % seulement, partout.
breadcrumb|Accueil › Opinions
section-label|OPINIONS
section-label|EXCLUSIF DAKARPLUS
h1|POUR UNE RÉFORME FONCIÈRE QUI PROTÈGE D'ABORD LES PAYSANS
byline|ABDOURAHMANE SALL
dateline|Publication 12/05/2026
lead|Le foncier est devenu le premier terrain de conflit dans nos campagnes. Le projet de loi annoncé par le gouvernement doit rompre avec une logique qui a trop longtemps profité aux spéculateurs, au détriment de ceux qui travaillent la terre
views|👁 1 086 lectures
comments|💬 4 commentaire(s)
share|Partager : Facebook Twitter WhatsApp LinkedIn E-mail
font|A-
font|A+
print|Imprimer
caption|L'auteur, Abdourahmane Sall
credit|Image d'illustration
p|À Ndingler, à Tobène, à Dodel, à Mbour-Keur Mbaye : la carte des conflits fonciers au Sénégal ressemble désormais à celle du pays tout entier. Chaque hivernage apporte son lot de champs clôturés du jour au lendemain, de délibérations contestées, de paysans qui découvrent qu'une terre cultivée par leurs grands-parents a été attribuée à un promoteur venu de Dakar. Le gouvernement a annoncé pour la fin de l'année un projet de loi d'orientation foncière. C'est une occasion historique. Elle ne doit pas être manquée.
p|Depuis la loi de 1964 sur le domaine national, la terre rurale n'appartient à personne en particulier : elle est affectée par les conseils municipaux à ceux qui la mettent en valeur. Ce principe, pensé pour protéger les communautés contre l'accaparement, a été progressivement détourné. Des délibérations portant sur des centaines d'hectares ont été votées sans consultation des villages, des baux ont été accordés à des sociétés dont personne ne connaît les actionnaires, et les paysans n'ont, dans bien des cas, aucun document à opposer.
p|« On nous dit que la terre appartient à l'État. Mais quand l'État la donne, ce n'est jamais à nous. »
p|Cette phrase, je l'ai entendue d'un cultivateur de la zone des Niayes, lors d'une audience publique à laquelle j'assistais l'an dernier. Elle résume à elle seule le sentiment d'injustice qui nourrit les tensions que nous voyons monter, parfois jusqu'à la violence.
ad|PUBLICITÉ
h2|Sécuriser les droits de ceux qui cultivent
p|La première exigence est simple : reconnaître et enregistrer les droits d'usage des exploitations familiales. Plusieurs communes ont expérimenté ces dernières années des registres fonciers villageois, avec l'appui de partenaires techniques. Là où ils existent, les conflits ont reculé. Il faut les généraliser et leur donner une valeur juridique réelle.
p|Concrètement, la future loi devrait retenir au moins quatre principes :
li|aucune affectation de plus de 50 hectares sans une consultation publique du village concerné, dont le procès-verbal serait publié ;
li|un plafond des superficies pouvant être attribuées à une même personne physique ou morale dans une commune ;
li|la publication en ligne de toutes les délibérations foncières des conseils municipaux ;
li|un recours rapide et gratuit devant une commission départementale, avant toute saisine des tribunaux.
h2|Ne pas opposer investissement et agriculture familiale
p|On m'objectera que le pays a besoin d'investissements agricoles, de grandes exploitations capables de produire du riz, de l'oignon ou de la tomate à grande échelle. C'est vrai. Mais l'expérience montre que les projets qui réussissent sont ceux qui ont négocié avec les populations, associé les jeunes du terroir et respecté les couloirs de transhumance. L'investissement durable n'a pas peur de la transparence.
p|La réforme foncière n'est pas une question technique réservée aux juristes et aux géomètres. C'est une question de justice, de paix sociale et de souveraineté alimentaire. Si nous ne protégeons pas aujourd'hui ceux qui nourrissent le pays, nous devrons demain importer ce que nos terres pouvaient produire.
signature|Abdourahmane Sall
signature|Juriste, ancien conservateur de la propriété foncière à Thiès
author-bio|Abdourahmane Sall est l'auteur de « La terre et la loi. Trente ans de conflits fonciers au Sénégal » (2023).
disclaimer|Les opinions exprimées dans cette rubrique n'engagent que leurs auteurs et ne reflètent pas nécessairement la ligne éditoriale de DakarPlus.
tip|Vous souhaitez publier une contribution ? Envoyez votre texte à opinions@dakarplus.sn
tags|Mots-clés :
tags|Foncier
tags|Agriculture
tags|Domaine national
tags|Contribution
share|Partager : Facebook Twitter WhatsApp LinkedIn E-mail
author-link|DU MÊME AUTEUR
author-link|Ndingler, ou l'échec d'un modèle de gestion foncière
author-link|Pourquoi le cadastre rural ne peut plus attendre
comments|4 commentaire(s)
comments|Ajouter un commentaire...
comments|Plug-in Commentaires Facebook
comments|Mame Diarra Fall
comments|Texte très juste. Dans notre village à Diourbel, on a perdu 200 hectares sans que personne ne soit consulté.
comments|J'aime · Répondre · 1 j
comments|Ousmane Ba
comments|Et les éleveurs dans tout ça ? Les couloirs de transhumance disparaissent chaque année.
comments|J'aime · Répondre · 1 j
comments|Voir 2 autres commentaires
related|DANS LA MÊME RUBRIQUE
related|LE SÉNÉGAL PEUT-IL ENCORE ÉCHAPPER AU PIÈGE DE LA DETTE ?
related|Par Cheikh Tidiane Mbaye
related|L'ÉCOLE SÉNÉGALAISE A BESOIN D'UN NOUVEAU CONTRAT
related|Par Aïssatou Diagne
related|MÉDIAS : LA LIBERTÉ NE SE DÉCRÈTE PAS, ELLE SE PROTÈGE
related|Par Moussa Kane
most-read|LES PLUS LUS
most-read|Tabaski 2026 : les prix du mouton flambent à Dakar
most-read|Dette : la délégation du FMI attendue à Dakar la semaine prochaine
most-read|Éducation : le calendrier des examens du BFEM modifié
most-commented|LES PLUS COMMENTÉS
teaser-list|POUR UNE RÉFORME FONCIÈRE QUI PROTÈGE D'ABORD LES PAYSANS (4)
most-commented|Assemblée : la loi sur l'accès à l'information adoptée (28)
video|DAKARPLUS TV
video|▶ Le débat : faut-il revoir la loi sur le domaine national ?
donate|Soutenez le journalisme indépendant : faites un don à DakarPlus
newsletter|Newsletter
newsletter|Recevez chaque matin l'essentiel de l'actualité sénégalaise
newsletter|Votre e-mail
newsletter|OK
app|Téléchargez l'application DakarPlus sur Google Play et l'App Store
footer|DAKARPLUS
footer|À propos
footer|L'équipe
footer|Publicité
footer|Contact
footer|Conditions d'utilisation
footer|Politique de confidentialité
footer|Dakar, Sacré-Cœur 3, Villa n° 8719 - Tél : 33 800 00 00
copyright|© 2026 DakarPlus - Tous droits réservés. Reproduction interdite sans autorisation.
back-to-top|▲
"""),
 dict(id="bangkok-post-style-1", site="bangkok-post-style", lang="en", sep="\n", title="Cabinet approves 9.4-billion-baht relief package for flood-hit northern provinces", date="2026-09-16", page="""
timestamp|Wednesday, September 16, 2026
weather|Bangkok 31°C ☁
ticker|SET 1,418.52 ▲ 6.37 (+0.45%)
ticker|USD/THB 32.84
ticker|Gold 45,650 baht ▼ 150
epaper|Today's Paper
account|Sign in
subscribe|Subscribe
lang-switch|ไทย
menu|Krungthep Herald
menu|Thailand's English-language daily since 1961
menu|News
menu|Business
menu|Opinion
menu|Life
menu|Tech
menu|Travel
menu|Property
menu|Auto
menu|Video
menu|Photo
menu|Podcast
menu|More ▾
menu|Learning Jobs Classifieds Events Newsletters
search|Search
breadcrumb|Home › News › General
h1|Cabinet approves 9.4-billion-baht relief package for flood-hit northern provinces
lead|Households to get B9,000 each, farmers paid per rai as Chiang Rai, Nan and Phrae count the cost of the worst floods in two years
dateline|PUBLISHED : 16 Sep 2026 at 04:00
section-label|NEWSPAPER SECTION: News
byline|WRITER: Penchan Rattanakul and Thanakorn Wongsa
listen|Listen to this article
listen|▶ Press play to listen to this article
listen|Voiced by Amazon Polly
share|Facebook
share|X
share|LINE
share|Copy link
comments|💬 2
caption|Residents wade through floodwater in Mae Sai district of Chiang Rai on Sept 10. (Photo: Chiang Rai Public Relations Office)
p|The cabinet on Tuesday approved a 9.4-billion-baht relief package for households and farmers in 11 northern and northeastern provinces hit by weeks of flooding, with payments expected to reach bank accounts before the end of October.
p|Government spokeswoman Sirilak Boonmee said the package would be financed from the central budget's emergency reserve and disbursed through the Department of Disaster Prevention and Mitigation (DDPM) and the Agriculture and Cooperatives Ministry.
p|"The priority is speed. Families who lost their homes or their entire harvest cannot wait for months," Ms Sirilak said after the cabinet meeting at Government House.
ad|ADVERTISEMENT
p|Under the package:
li|households whose homes were flooded for more than seven days will receive a flat payment of 9,000 baht;
li|rice farmers will receive 1,340 baht per rai of damaged paddy, up to a maximum of 30 rai per household, with higher rates for orchards and field crops;
li|1.2 billion baht will go to repairing roads, bridges and irrigation canals damaged by the floods;
li|farmers with loans from the Bank for Agriculture and Agricultural Cooperatives (BAAC) will be offered a 12-month debt moratorium.
p|According to the DDPM, more than 186,000 households have been affected since heavy monsoon rains began on Aug 20, and 23 people have died, most of them in landslides and flash floods in Chiang Rai, Nan and Phrae.
p|Mae Sai, the border town opposite Myanmar's Tachileik, was again among the worst hit after the Sai River burst its banks, sending mud and debris into markets and homes for the second time in two years. Soldiers and volunteers were still clearing streets on Tuesday.
caption|Volunteers clear mud from a market in Mae Sai on Monday. (Photo: Chanat Katanyu)
p|Sompong Inkaew, who runs a grocery shop near the Mae Sai bridge, said he had lost almost all his stock. "In 2024 we waited almost four months for the money. I hope this time they are faster, because the shops here cannot survive another year like that," he said.
p|Opposition MP for Chiang Rai Kittipong Sangthong welcomed the package but said the government must also invest in flood walls and early warning systems along the Sai and Kok rivers. "We keep paying for the damage instead of preventing it," he said.
p|The Royal Irrigation Department said water levels in the Kok River had started to fall, but warned that several reservoirs in the lower North were above 85% of capacity and would have to release water in the coming weeks.
p|The Meteorological Department has forecast more heavy rain in the North and Northeast from Friday as a tropical depression moves in from the South China Sea, and urged residents in low-lying areas and near hillsides to stay alert.
poll|Do you like the content of this article?
poll|👍 Like 41
poll|👎 Dislike 3
comments|COMMENT (2)
comments|You have to be a member to comment. Sign in or register
comments|Thai_watcher
comments|15 Sep 2026 at 22:10
comments|Same story every year. Where is the money for the dykes that was promised after 2024?
comments|Report
comments|nannoi
comments|16 Sep 2026 at 06:48
comments|Thank you to all the volunteers in Mae Sai. The government should pay them too.
comments|Report
related|RELATED
related|Flood warnings issued for 14 provinces as tropical depression nears
related|15 Sep 2026
related|Mae Sai traders count losses as mud engulfs border market
related|12 Sep 2026
related|Insurers brace for claims as floods hit northern factories
related|11 Sep 2026
teaser-list|Most Recent
teaser-list|Police seize 1.2 million meth pills in Chiang Mai raid
teaser-list|10:42
teaser-list|BTS extends trains to midnight during Bangkok Design Week
teaser-list|10:15
teaser-list|Tourist dies after falling from Phuket viewpoint
teaser-list|09:58
most-read|Most Viewed
most-read|Bangkok condo prices fall for third straight quarter
most-read|New visa-free rules take effect for 22 countries
teaser-list|Cabinet approves 9.4-billion-baht relief package for flood-hit northern provinces
learning|Krungthep Herald Learning
learning|Learn English with today's news: flood, moratorium, disburse. Test yourself ›
event|Krungthep Herald Forum 2026: Thailand's next growth engine. 22 October, Centara Grand. Register now
newsletter|Get the Krungthep Herald newsletter in your inbox every morning
newsletter|Your email
newsletter|Subscribe now
social|Follow us: Facebook X Instagram YouTube LINE TikTok
footer|Krungthep Herald
footer|About us
footer|Contact us
footer|Advertise with us
footer|Careers
footer|Terms of use
footer|Privacy policy
footer|Cookie policy
footer|Krungthep Herald Public Company Limited, 136 Sunthorn Kosa Road, Klong Toey, Bangkok 10110
network|Our sites: Post Krungthep (Thai) Herald Learning Herald Jobs Herald Events
copyright|© Krungthep Herald Public Company Limited. All rights reserved.
cookie|We use cookies to improve your experience and to show you relevant advertising. By continuing to browse this site you agree to our Privacy Policy and Cookie Policy.
cookie|Accept
"""),
 dict(id="bangkok-post-style-2", site="bangkok-post-style", lang="en", sep="\n", title="Tourism council trims 2027 arrivals forecast as Chinese visitors stay away", date="2026-11-24", page="""
timestamp|Tuesday, November 24, 2026
weather|Bangkok 29°C ☀
ticker|SET 1,396.04 ▼ 4.81 (-0.34%)
ticker|USD/THB 33.12
ticker|Gold 46,100 baht ▲ 50
epaper|Today's Paper
account|Sign in
subscribe|Subscribe
lang-switch|ไทย
menu|Krungthep Herald
menu|Thailand's English-language daily since 1961
menu|News
menu|Business
menu|Opinion
menu|Life
menu|Tech
menu|Travel
menu|Property
menu|Auto
menu|Video
menu|Photo
menu|Podcast
menu|More ▾
menu|Learning Jobs Classifieds Events Newsletters
search|Search
breadcrumb|Home › Business › General
market-data|MARKET DATA
market-data|SET 1,396.04 -4.81 Vol 42,318.6 MB
market-data|SET50 912.37 -3.26
market-data|mai 281.55 +0.92
h1|Tourism council trims 2027 arrivals forecast as Chinese visitors stay away
lead|TCT now expects 35.5 million foreign visitors next year, down from 37 million projected in June
dateline|PUBLISHED : 24 Nov 2026 at 13:27
dateline|UPDATED : 24 Nov 2026 at 16:05
byline|WRITER: Online Reporters
listen|Listen to this article
listen|▶ Press play to listen to this article
listen|Voiced by Amazon Polly
share|Facebook
share|X
share|LINE
share|Copy link
comments|💬 0
caption|Foreign tourists walk along Khao San Road in Bangkok on Nov 20. (Photo: Somchai Poomlard)
p|The Tourism Council of Thailand (TCT) has cut its forecast for foreign arrivals next year to 35.5 million, citing a slower than expected recovery in the Chinese market and a strong baht that is making the country more expensive for visitors.
p|The council had projected 37 million arrivals for 2027 in June. Thailand is on course to receive about 33.6 million foreign visitors this year, according to the latest figures from the Tourism and Sports Ministry, roughly in line with 2025 but still well below the record 39.9 million reached in 2019.
p|TCT president Thanet Suwannarat said on Tuesday that Chinese travellers remained the biggest concern. Arrivals from China totalled 4.1 million between January and mid-November, around 40% below pre-pandemic levels, as Chinese tourists increasingly choose Japan, South Korea and Vietnam.
p|"Safety concerns have faded, but we are now competing on price and on new experiences. Our neighbours have moved faster than we have," Mr Thanet said.
ad|ADVERTISEMENT
p|Foreign arrivals from Jan 1 to Nov 16 came mainly from these markets:
li|Malaysia: 4.3 million
li|China: 4.1 million
li|India: 2.4 million
li|Russia: 1.9 million
li|South Korea: 1.6 million
p|The council said long-haul markets, particularly Europe and the Middle East, had performed better than expected, helped by new direct flights and the extension of visa-free stays. Revenue per visitor has also risen, with travellers spending more on wellness, medical services and upscale hotels.
video|VIDEO
video|▶ Phuket hoteliers brace for a quieter high season
video|02:14
p|Hotel operators in Phuket and Pattaya said bookings for the December holiday period were holding up, but that guests were booking later and staying fewer nights. The Thai Hotels Association said average occupancy nationwide reached 71% in October, up slightly from a year earlier.
p|"The high season will be fine. What worries us is the low season next year, when we need the Chinese groups and the Asean markets to fill rooms," said Pornthip Chaiyasit, who manages a 240-room resort in Kata.
p|The TCT urged the government to speed up a planned tourism promotion budget, cut airport fees for airlines opening new routes and tighten controls on unlicensed tour operators, which it said damaged Thailand's image. It also called on the Bank of Thailand to keep an eye on the currency, which has gained about 4% against the US dollar since July.
p|The council's quarterly confidence index for tourism operators fell to 78 points in the third quarter from 84 in the previous quarter, the lowest reading in two years.
poll|Do you like the content of this article?
poll|👍 Like 12
poll|👎 Dislike 1
comments|COMMENT (0)
comments|You have to be a member to comment. Sign in or register
comments|Be the first to comment
related|RELATED
related|Hotel bookings for New Year surge in Chiang Mai, Krabi
related|21 Nov 2026
related|Baht firms to 16-month high on foreign bond inflows
related|19 Nov 2026
related|Airports of Thailand plans fee cuts to lure new routes
related|14 Nov 2026
teaser-list|Most Recent
teaser-list|Exports rise 6.2% in October on electronics demand
teaser-list|15:52
teaser-list|Largest lender posts record quarterly profit as fee income jumps
teaser-list|15:30
teaser-list|Government to extend EV subsidy scheme to 2028
teaser-list|14:47
most-read|Most Viewed
most-read|Visa-free stays to be cut to 30 days for some countries
most-read|Bangkok's new Orange Line opens first section
most-read|Retirees flock to Hua Hin as property prices dip
learning|Krungthep Herald Learning
learning|Learn English with today's news: forecast, occupancy, confidence index. Test yourself ›
event|Krungthep Herald Forum 2027: Tourism Reset. 18 February, Queen Sirikit National Convention Center. Early-bird tickets
newsletter|Get the Krungthep Herald newsletter in your inbox every morning
newsletter|Your email
newsletter|Subscribe now
social|Follow us: Facebook X Instagram YouTube LINE TikTok
footer|Krungthep Herald
footer|About us
footer|Contact us
footer|Advertise with us
footer|Careers
footer|Terms of use
footer|Privacy policy
footer|Cookie policy
footer|Krungthep Herald Public Company Limited, 136 Sunthorn Kosa Road, Klong Toey, Bangkok 10110
network|Our sites: Post Krungthep (Thai) Herald Learning Herald Jobs Herald Events
copyright|© Krungthep Herald Public Company Limited. All rights reserved.
cookie|We use cookies to improve your experience and to show you relevant advertising. By continuing to browse this site you agree to our Privacy Policy and Cookie Policy.
cookie|Accept
"""),
]
