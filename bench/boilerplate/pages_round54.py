# Round 54: eight pages on four more layouts (a Belgian French-language national daily, a Haitian radio station's news
# site, a Pakistani daily's regional edition page, a US city alternative weekly), written blind: without looking at the
# classifier, its rules or the benchmark, measured once. Each line: "label|text". Invented text; no real article is copied.
ROUND54 = [
 dict(id="lalibre-be-style-1", site="lalibre-be-style", lang="fr", sep="\n\n", title="Le TEC supprime une quarantaine d’arrêts dans le Brabant wallon, les communes protestent", date="2026-02-17", page="""
skip-link|Aller au contenu principal
cookie|Vos choix concernant l’utilisation de cookies
cookie|Nous et nos 214 partenaires utilisons des cookies et technologies similaires pour stocker et accéder à des informations sur votre appareil, afin de mesurer l’audience, personnaliser le contenu et les publicités. Vous pouvez modifier vos choix à tout moment via le lien « Paramètres des cookies » en bas de page.
cookie|Continuer sans accepter
cookie|Paramétrer
cookie|Accepter et fermer
menu|La Gazette Libre
timestamp|mardi 17 février 2026
weather|Bruxelles 6°C
menu|S’abonner
menu|Se connecter
menu|Belgique  International  Économie  Sports  Culture  Lifestyle  Régions  Débats  Archives
menu|Brabant wallon  Bruxelles  Liège  Namur  Hainaut  Luxembourg
breadcrumb|Accueil > Belgique > Brabant wallon
section-label|Mobilité
h1|Le TEC supprime une quarantaine d’arrêts dans le Brabant wallon, les communes protestent
lead|Le nouveau plan de desserte, qui entre en vigueur le 1er avril, concentre les bus sur les grands axes. À Chaumont-Gistoux, Incourt ou Perwez, des villages perdent leur seul arrêt.
byline|Marie Delvaux
dateline|Publié le 17-02-2026 à 06h45 - Mis à jour le 17-02-2026 à 09h12
listen|Écouter cet article
listen|00:00 / 04:32
share|Partager sur Facebook
share|Partager sur X
share|Copier le lien
save|Sauvegarder
caption|Un bus de la ligne 23 à l’arrêt de la place communale d’Incourt, l’un de ceux appelés à disparaître.
credit|© Jean-Luc Flémal
paywall|Cet article est réservé aux abonnés
p|C’est par un courrier de deux pages, reçu fin janvier, que le collège communal d’Incourt a appris la nouvelle : à partir du 1er avril, trois des cinq arrêts de bus de l’entité ne seront plus desservis. « Personne ne nous a consultés », regrette le bourgmestre, qui a fait voter lundi soir une motion de protestation à l’unanimité.
p|Incourt n’est pas un cas isolé. Au total, 41 arrêts disparaissent du réseau dans le Brabant wallon, principalement dans l’est de la province, selon le document de l’opérateur que nous avons pu consulter.
h2|Des bus plus rapides sur les grands axes
p|Du côté de l’opérateur régional, on défend une « réorganisation nécessaire ». Les lignes qui serpentaient de village en village pour ne transporter que quelques voyageurs par jour sont raccourcies, et les moyens ainsi libérés sont reportés sur les liaisons vers Louvain-la-Neuve, Wavre et la gare d’Ottignies.
p|« Sur la ligne express vers Louvain-la-Neuve, nous passerons d’un bus toutes les trente minutes à un bus tous les quart d’heure en heure de pointe », explique une porte-parole. Pour les villages concernés, un service de bus à la demande, à réserver la veille par téléphone ou par application, sera proposé.
ad|Publicité
related|Lire aussi
related|Tarifs : le ticket de bus augmente de 10 centimes en Wallonie
h2|« Les aînés n’ont pas de smartphone »
p|Ce service à la demande ne convainc pas les élus locaux. À Perwez, l’échevine de la Mobilité rappelle que les principaux usagers des lignes rurales sont des élèves et des personnes âgées. « Réserver la veille, c’est impossible pour un jeune qui finit ses cours à une heure variable, et beaucoup d’aînés n’ont pas de smartphone. »
p|Les communes réclament au minimum :
li|le maintien d’un arrêt par village aux heures scolaires ;
li|une période d’essai d’un an avant toute suppression définitive ;
li|une réunion avec le ministre wallon de la Mobilité avant le 1er avril.
p|Le cabinet du ministre indique avoir « entendu les inquiétudes » et promet une évaluation du nouveau plan après six mois. Une rencontre avec les bourgmestres de l’est du Brabant wallon est annoncée pour le début du mois de mars.
p|En attendant, une pétition lancée par un comité d’usagers de Chaumont-Gistoux a déjà recueilli plus de 2 300 signatures.
tags|Brabant wallon  Mobilité  TEC  Incourt  Perwez
comments|Réagir
comments|Les commentaires sont réservés aux abonnés. Connectez-vous ou abonnez-vous pour réagir.
newsletter|Recevez chaque matin l’essentiel de l’actualité de votre région
newsletter|Votre adresse e-mail
newsletter|Je m’inscris
most-read|Les plus lus
most-read|1 Accident sur le ring de Bruxelles : trois blessés, la circulation perturbée toute la matinée
most-read|2 Indexation des salaires : ce qui change pour vous en mars
most-read|3 Un célèbre restaurant liégeois ferme après 60 ans
most-read|4 Météo : retour du gel dès jeudi, jusqu’à -7°C en Ardenne
most-read|5 Anderlecht : l’entraîneur sur la sellette
sponsored|Contenu partenaire
sponsored|Isolation : les primes wallonnes expliquées en 5 questions
sponsored|Ces villas en Ardenne vendues moins cher que prévu
obituary|Avis nécrologiques
obituary|Consultez les avis de décès de votre région sur inmemoriam
games|Jeux : mots fléchés, sudoku, mots croisés
footer|La Gazette Libre  Qui sommes-nous ?  Contact  Publicité  Conditions générales  Vie privée  Paramètres des cookies  Charte éditoriale
network|Un titre du groupe Médias Réunis : La Gazette Libre, Le Quotidien de Liège, Sport Hebdo, Radio Centre
copyright|© Médias Réunis 2026 - Tous droits réservés
"""),
 dict(id="lalibre-be-style-2", site="lalibre-be-style", lang="fr", sep="\n\n", title="À Schaerbeek, une ancienne école devient un foyer pour une cinquantaine de jeunes en difficulté", date="2026-03-04", page="""
skip-link|Aller au contenu principal
cookie|Vos choix concernant l’utilisation de cookies
cookie|Nous et nos 214 partenaires utilisons des cookies et technologies similaires pour stocker et accéder à des informations sur votre appareil, afin de mesurer l’audience, personnaliser le contenu et les publicités. Vous pouvez modifier vos choix à tout moment via le lien « Paramètres des cookies » en bas de page.
cookie|Continuer sans accepter
cookie|Paramétrer
cookie|Accepter et fermer
menu|La Gazette Libre
timestamp|mercredi 4 mars 2026
weather|Bruxelles 9°C
menu|S’abonner
menu|Se connecter
menu|Belgique  International  Économie  Sports  Culture  Lifestyle  Régions  Débats  Archives
menu|Brabant wallon  Bruxelles  Liège  Namur  Hainaut  Luxembourg
breadcrumb|Accueil > Belgique > Bruxelles
section-label|Société
h1|À Schaerbeek, une ancienne école devient un foyer pour une cinquantaine de jeunes en difficulté
lead|Fermé depuis 2019, le bâtiment de la rue des Palais accueillera à partir de septembre des jeunes de 16 à 21 ans sortis de l’aide à la jeunesse. Le projet a mis cinq ans à aboutir.
byline|Thomas Vandenberghe
dateline|Publié le 04-03-2026 à 17h20
listen|Écouter cet article
listen|00:00 / 03:58
share|Partager sur Facebook
share|Partager sur X
share|Copier le lien
save|Sauvegarder
caption|La cour de l’ancienne école, où les travaux de rénovation ont commencé en janvier.
credit|© Belga
p|Derrière la façade de briques rouges, les ouvriers s’activent déjà. Au rez-de-chaussée, les anciennes classes sont cloisonnées pour devenir des studios ; au premier étage, une cuisine collective et une salle d’étude prennent forme.
p|L’asbl qui porte le projet veut offrir un toit à des jeunes qui, à leur majorité, quittent les institutions de l’aide à la jeunesse sans solution de logement. « À 18 ans, du jour au lendemain, ils se retrouvent seuls, sans famille pour les aider. Certains finissent à la rue en quelques semaines », explique sa directrice.
h2|Un accompagnement sur deux ans
p|Les 52 résidents disposeront chacun d’un studio meublé, pour un loyer plafonné à un tiers de leurs revenus. Une équipe de huit éducateurs les accompagnera dans leurs démarches : inscription au CPAS, recherche d’une formation ou d’un emploi, gestion d’un budget.
p|Le séjour est limité à deux ans. « L’objectif est qu’ils partent avec un bail à leur nom et un revenu stable », poursuit la directrice.
related|Lire aussi
related|Sans-abrisme à Bruxelles : le nombre de personnes à la rue a doublé en dix ans
h2|Sept millions d’euros
p|Le chantier, estimé à 7,2 millions d’euros, est financé en grande partie par la Région bruxelloise et la Fédération Wallonie-Bruxelles. La commune a cédé le bâtiment via un bail emphytéotique de 50 ans.
p|Dans le quartier, l’accueil est plutôt favorable, même si quelques riverains ont exprimé des craintes lors de la réunion d’information organisée en février. « Nous avons prévu un comité de quartier qui se réunira tous les trois mois », assure l’échevin de l’Action sociale.
p|Les premières candidatures seront ouvertes en juin, auprès des services de l’aide à la jeunesse.
tags|Bruxelles  Schaerbeek  Logement  Jeunesse  Sans-abrisme
comments|Réagir
comments|Les commentaires sont réservés aux abonnés. Connectez-vous ou abonnez-vous pour réagir.
newsletter|Recevez chaque matin l’essentiel de l’actualité de votre région
newsletter|Votre adresse e-mail
newsletter|Je m’inscris
most-read|Les plus lus
most-read|1 Grève nationale le 12 mars : les trains fortement perturbés
most-read|2 Un incendie ravage un entrepôt à Anderlecht
most-read|3 Impôts : la déclaration simplifiée arrive plus tôt cette année
most-read|4 Diables rouges : la liste pour les matchs amicaux dévoilée
most-read|5 Ixelles : la place Flagey bientôt piétonne le dimanche
sponsored|Contenu partenaire
sponsored|Pompe à chaleur : combien allez-vous vraiment économiser ?
sponsored|Les 7 plus beaux villages de Wallonie à découvrir ce printemps
obituary|Avis nécrologiques
obituary|Consultez les avis de décès de votre région sur inmemoriam
games|Jeux : mots fléchés, sudoku, mots croisés
footer|La Gazette Libre  Qui sommes-nous ?  Contact  Publicité  Conditions générales  Vie privée  Paramètres des cookies  Charte éditoriale
network|Un titre du groupe Médias Réunis : La Gazette Libre, Le Quotidien de Liège, Sport Hebdo, Radio Centre
copyright|© Médias Réunis 2026 - Tous droits réservés
"""),
 dict(id="haiti-radio-style-1", site="haiti-radio-style", lang="fr", sep="\n", title="Cap-Haïtien : longues files devant les stations-service, la pénurie de gazoline s’aggrave", date="2026-01-22", page="""
listen|► ÉCOUTER EN DIRECT
listen|Radio Lakou Inter 101.7 FM – Port-au-Prince
social|Facebook  X  Instagram  YouTube  WhatsApp
menu|Accueil  Actualités  Politique  Économie  Société  Sports  Culture  Émissions  Podcasts  Contact
lang-switch|Français | Kreyòl
ticker|Taux de référence BRH : 131,42 gourdes pour 1 dollar US
ticker|DERNIÈRE MINUTE — Le Sénat de transition convoqué en séance extraordinaire jeudi — Les Grenadiers affrontent le Costa Rica samedi à 19h — Coupure de courant prévue à Pétion-Ville ce mercredi
section-label|Économie
h1|Cap-Haïtien : longues files devant les stations-service, la pénurie de gazoline s’aggrave
byline|Par Jean-Robert Pierre-Louis
dateline|22 janvier 2026
share|Partager
share|Facebook  WhatsApp  X  Email
caption|Des motocyclistes attendent devant une station-service de la rue 15, au Cap-Haïtien, le mercredi 21 janvier. Photo : Radio Lakou Inter
p|Pour la troisième journée consécutive, les automobilistes et chauffeurs de taxi-moto du Cap-Haïtien ont fait la queue pendant des heures devant les rares stations-service encore approvisionnées. Sur la route de l’aéroport, la file dépassait un kilomètre mercredi en fin de matinée.
p|Sur le marché informel, le gallon de gazoline se vendait entre 1 000 et 1 250 gourdes, soit presque le double du prix officiel, selon des témoignages recueillis par notre correspondant dans la deuxième ville du pays.
p|« Je suis là depuis cinq heures du matin. Si je ne travaille pas aujourd’hui, mes enfants ne mangent pas », confie Wilner, chauffeur de taxi-moto dans le quartier de Petite-Anse.
p|Les propriétaires de stations expliquent la situation par le retard de deux navires pétroliers attendus au terminal de Port-au-Prince, et par l’insécurité sur la Route nationale no 1, qui complique l’acheminement des camions-citernes vers le Nord.
h2|Les transports en commun touchés
p|Plusieurs lignes de tap-tap reliant le Cap-Haïtien à Limonade et à Milot ont augmenté leurs tarifs de 25 à 50 gourdes. Certaines écoles ont signalé un fort taux d’absence des élèves venant des localités voisines.
p|Contacté par notre rédaction, le Bureau de monétisation des programmes d’aide au développement (BMPAD) affirme qu’un navire a commencé à décharger mercredi soir et que la distribution devrait « se normaliser d’ici la fin de la semaine ».
p|Des associations de chauffeurs menacent toutefois de lancer un mouvement de grève lundi prochain si les stations ne sont pas réapprovisionnées.
signature|Jean-Robert Pierre-Louis, correspondant dans le Nord
tags|Tags : Cap-Haïtien, carburant, pénurie, BMPAD, transport
share|Partagez cet article :
share|Facebook  WhatsApp  X  Email
related|Articles similaires
related|Carburant : le gouvernement maintient les prix à la pompe pour le premier trimestre
related|Route nationale no 1 : la circulation reprend partiellement à Saint-Marc
related|Taux du jour : la gourde se stabilise face au dollar
programme-guide|À l’antenne
programme-guide|6h00 – Bonjou Ayiti
programme-guide|8h00 – Le Journal du matin
programme-guide|12h00 – Midi Info
programme-guide|17h00 – Lakou Débat
watch|Podcasts : réécoutez nos émissions
comments|Laisser un commentaire
comments|Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *
comments|Commentaire *
comments|Nom *   E-mail *
comments|Publier le commentaire
footer|Radio Lakou Inter – 45, rue Capois, Port-au-Prince, Haïti – Rédaction : +509 2800 0000 – redaction@lakouinter.ht
footer|À propos  Nos fréquences  Publicité  Nous contacter
copyright|© 2026 Radio Lakou Inter. Tous droits réservés. | Conçu par HT Web Studio
"""),
 dict(id="haiti-radio-style-2", site="haiti-radio-style", lang="fr", sep="\n", title="Examens du bac : le ministère publie le calendrier, les épreuves avancées d’une semaine", date="2026-02-09", page="""
listen|► ÉCOUTER EN DIRECT
listen|Radio Lakou Inter 101.7 FM – Port-au-Prince
social|Facebook  X  Instagram  YouTube  WhatsApp
menu|Accueil  Actualités  Politique  Économie  Société  Sports  Culture  Émissions  Podcasts  Contact
lang-switch|Français | Kreyòl
ticker|Taux de référence BRH : 131,18 gourdes pour 1 dollar US
ticker|DERNIÈRE MINUTE — Carnaval national : les Cayes confirmées comme ville hôte — Violente averse à Jacmel, plusieurs maisons inondées — Le FC Lakou qualifié pour la finale de la coupe
section-label|Société
h1|Examens du bac : le ministère publie le calendrier, les épreuves avancées d’une semaine
byline|Par Nadège Saint-Fleur
dateline|9 février 2026
share|Partager
share|Facebook  WhatsApp  X  Email
p|Le ministère de l’Éducation nationale et de la Formation professionnelle (MENFP) a rendu public, lundi, le calendrier des examens officiels de fin d’études secondaires pour l’année scolaire 2025-2026. Les épreuves de la Terminale débuteront le 29 juin, soit une semaine plus tôt que l’an dernier.
p|Selon le document, les examens se dérouleront dans le calendrier suivant :
li|9e année fondamentale : du 15 au 18 juin ;
li|Nouveau secondaire IV (Terminale) : du 29 juin au 3 juillet ;
li|sessions de rattrapage pour les départements touchés par l’insécurité : à partir du 20 juillet.
p|Le ministère justifie ce changement par la volonté de publier les résultats avant la fin du mois d’août, afin de permettre aux bacheliers de s’inscrire à temps dans les universités et les écoles professionnelles.
caption|Des élèves d’un lycée de Port-au-Prince en salle de classe. Photo d’archives
h2|Inquiétudes dans l’Artibonite
p|Dans plusieurs communes de l’Artibonite, où de nombreuses écoles sont restées fermées pendant des semaines, des directeurs d’établissement craignent que les élèves ne soient pas prêts. « Nous avons perdu presque deux mois de cours. Avancer les examens, c’est pénaliser encore nos enfants », estime un directeur d’école de Verrettes interrogé par Radio Lakou Inter.
p|Le MENFP assure que des centres d’examen seront aménagés dans des zones sûres et que les candidats déplacés pourront composer dans le département où ils résident actuellement, sur simple présentation de leur carte d’inscription.
p|Les frais d’inscription restent fixés à 500 gourdes pour la Terminale. La date limite d’inscription est fixée au 31 mars.
signature|Nadège Saint-Fleur
tags|Tags : MENFP, bac, examens officiels, éducation, Artibonite
share|Partagez cet article :
share|Facebook  WhatsApp  X  Email
related|Articles similaires
related|Rentrée scolaire : 300 écoles toujours fermées dans l’Ouest
related|Université d’État : les inscriptions en ligne ouvertes
related|Éducation : les enseignants réclament le paiement de six mois d’arriérés
programme-guide|À l’antenne
programme-guide|6h00 – Bonjou Ayiti
programme-guide|8h00 – Le Journal du matin
programme-guide|12h00 – Midi Info
programme-guide|17h00 – Lakou Débat
watch|Podcasts : réécoutez nos émissions
comments|Laisser un commentaire
comments|Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *
comments|Commentaire *
comments|Nom *   E-mail *
comments|Publier le commentaire
footer|Radio Lakou Inter – 45, rue Capois, Port-au-Prince, Haïti – Rédaction : +509 2800 0000 – redaction@lakouinter.ht
footer|À propos  Nos fréquences  Publicité  Nous contacter
copyright|© 2026 Radio Lakou Inter. Tous droits réservés. | Conçu par HT Web Studio
"""),
 dict(id="dawn-regional-style-1", site="dawn-regional-style", lang="en", sep="\n\n", title="Hyderabad residents face week-long water shortage as filtration plant pumps fail", date="2026-05-14", page="""
menu|THE DAILY INDUS
menu|E-Paper  |  Subscribe  |  Urdu
timestamp|Updated 14 May, 2026 11:40am
menu|Home  Latest  Pakistan  Karachi  Lahore  Islamabad  Peshawar  Hyderabad  World  Business  Sport  Opinion  Prism  Images
breaking|Breaking: KSE-100 gains over 900 points in early trading
ticker|Prayer times (Hyderabad): Fajr 4:12  Zuhr 12:21  Asr 4:58  Maghrib 7:05  Isha 8:32
section-label|Pakistan
h1|Hyderabad residents face week-long water shortage as filtration plant pumps fail
byline|Mohammad Hussain Khan
dateline|Published May 14, 2026
share|Facebook  X  WhatsApp  Email  Comments
caption|Residents of Latifabad fill containers from a water tanker on Wednesday. — Photo by writer
dateline|HYDERABAD:
p|Several localities of Hyderabad have gone without piped water for nearly a week after two of the four main pumps at the Jamshoro Road filtration plant broke down, forcing residents to buy water from private tankers at inflated rates.
p|Areas worst hit include Latifabad Units 6 to 11, Qasimabad and parts of the old city, where residents said taps had been dry since last Thursday.
p|"We paid Rs3,500 for a tanker that used to cost Rs1,800. How long can an ordinary family afford this?" said Rukhsana Bibi, a schoolteacher living in Latifabad Unit 8.
ad|ADVERTISEMENT
p|Officials of the Water and Sanitation Services Authority (Wasa) said the pumps, installed in the late 1990s, had burnt out because of repeated voltage fluctuations. Replacement motors had been ordered from Karachi and were expected to arrive by Friday.
p|A senior Wasa engineer, speaking on condition of anonymity, said the plant had been operating without a standby pump for more than two years despite repeated requests to the provincial government for funds.
p|Meanwhile, the deputy commissioner directed Wasa to run free water tankers in the most affected localities and set up a complaint cell at the municipal office. Residents, however, complained that the tankers were reaching only a few streets.
p|Sindh's local government minister took notice of the situation on Tuesday and sought a report from the Wasa managing director within three days.
signature|Published in The Daily Indus, May 14th, 2026
tags|Hyderabad  Water crisis  Sindh
comments|Comments (14)
comments|Closed
comments|Comments are closed on this story.
comments|Asad | 10 hours ago
comments|Same story every summer. When will they plan ahead?
comments|Recommend 42
most-read|MOST POPULAR
most-read|1 Petrol price expected to fall by Rs5 from tomorrow
most-read|2 Heatwave warning issued for Sindh, Punjab till Sunday
most-read|3 Budget 2026-27: salaried class may get relief
most-read|4 PSL final tickets sold out within minutes
sponsored|Sponsored Content
sponsored|Why more Pakistanis are switching to solar this summer
sponsored|Islamabad's new housing schemes: what buyers should know
footer|About Us  Contact Us  Advertise  Careers  Terms of Use  Privacy Policy  Code of Ethics
copyright|Copyright © 2026, The Daily Indus Media Group
"""),
 dict(id="dawn-regional-style-2", site="dawn-regional-style", lang="en", sep="\n\n", title="Peshawar traders seek extension in deadline to remove encroachments from Qissa Khwani", date="2026-06-02", page="""
menu|THE DAILY INDUS
menu|E-Paper  |  Subscribe  |  Urdu
timestamp|Updated 02 Jun, 2026 09:15am
menu|Home  Latest  Pakistan  Karachi  Lahore  Islamabad  Peshawar  Hyderabad  World  Business  Sport  Opinion  Prism  Images
ticker|Prayer times (Peshawar): Fajr 3:39  Zuhr 12:11  Asr 4:59  Maghrib 7:22  Isha 9:03
section-label|Pakistan
h1|Peshawar traders seek extension in deadline to remove encroachments from Qissa Khwani
byline|Our Correspondent
dateline|Published June 2, 2026
share|Facebook  X  WhatsApp  Email  Comments
dateline|PESHAWAR:
p|Traders of the historic Qissa Khwani Bazaar on Monday asked the district administration to extend by one month the deadline for removing encroachments, saying the Eid shopping season would be ruined if the operation went ahead this week.
p|The district administration had given shopkeepers until June 5 to remove sheds, counters and goods placed on footpaths and in front of shops, warning that the items would be confiscated after the deadline.
caption|A view of the crowded Qissa Khwani Bazaar in Peshawar. — File photo
p|At a press conference at the Peshawar Press Club, the president of a traders' association said shopkeepers were not opposed to the anti-encroachment drive but needed time. "Most of us have already bought stock for Eid. Give us until the end of the month and we will clear the footpaths ourselves," he said.
ad|ADVERTISEMENT
p|He said traders had also proposed that:
li|the administration mark the permitted limits of each shop with paint before the operation;
li|handcart vendors be shifted to a designated area instead of being evicted;
li|a committee of traders and officials be formed to monitor the bazaar after the drive.
p|An official of the deputy commissioner's office said the operation was part of a plan to ease traffic congestion in the walled city and restore the bazaar's heritage look. He said the traders' request would be considered at a meeting on Tuesday.
p|Pedestrians and residents of the area have long complained that encroachments leave little room to walk, especially in the evenings.
signature|Published in The Daily Indus, June 2nd, 2026
tags|Peshawar  Encroachments  Traders
comments|Comments (3)
comments|Closed
comments|Comments are closed on this story.
comments|Khalid Z | 5 hours ago
comments|The footpaths belong to the people, not the shopkeepers.
comments|Recommend 18
most-read|MOST POPULAR
most-read|1 Govt announces four-day Eidul Azha holidays
most-read|2 Rain likely in upper parts of the country from Thursday
most-read|3 Gold price drops by Rs2,000 per tola
most-read|4 Babar returns to Test squad for England tour
sponsored|Sponsored Content
sponsored|Planning Eid travel? Here's how to get the best fares
sponsored|Five things to check before buying a used car
footer|About Us  Contact Us  Advertise  Careers  Terms of Use  Privacy Policy  Code of Ethics
copyright|Copyright © 2026, The Daily Indus Media Group
"""),
 dict(id="us-alt-weekly-style-1", site="us-alt-weekly-style", lang="en", sep="\n", title="After 47 Years, the Tin Cup Tavern Pours Its Last Round", date="2026-04-08", page="""
skip-link|Skip to main content
donate|Support local, independent journalism. Become a Riverfront Reader Insider today.
donate|Join Now
menu|RIVERFRONT READER
menu|News  Food + Drink  Music  Arts + Culture  Cannabis  Calendar  Best Of  Classifieds  Newsletters
promo|Best of the River City 2026 voting is open! Cast your ballot before April 30.
breadcrumb|News » City News
h1|After 47 Years, the Tin Cup Tavern Pours Its Last Round
lead|The East Side dive bar, beloved by night-shift nurses, punk bands and at least one former mayor, closes Saturday after the building's sale
byline|by Dana Okafor
dateline|April 8, 2026
share|Facebook  Twitter  Email  Print  Favorite
share|Share
caption|Owner Rita Kowalczyk behind the bar she has run since 1991.
credit|Dana Okafor photo
p|At 2 a.m. on a Tuesday, the Tin Cup Tavern is exactly what it has been for almost half a century: a jukebox stuck on Patsy Cline, a pool table with a permanent lean, and a dozen regulars who seem to have been carved out of the wood paneling.
p|On Saturday, it will be gone. The building on East Fourth Street, which also houses two apartments and a shuttered laundromat, was sold in February to a developer that plans to build a five-story residential complex on the block. The bar's lease ends April 30.
p|"I knew it was coming. You see the cranes everywhere," said owner Rita Kowalczyk, 68, who started as a bartender here in 1983 and bought the business from its founder eight years later. "I just didn't think I'd be the one turning off the lights."
ad|ADVERTISEMENT
h2|A bar for the night shift
p|The Tin Cup opens at 7 a.m., a holdover from the days when the rail yards ran three shifts. These days, the morning crowd is mostly nurses and techs coming off the overnight at St. Luke's, three blocks away.
p|"This is where you decompress," said Marisol Vega, an ER nurse who has been coming in after her shifts for 11 years. "You don't have to explain your night to anybody here."
p|In the evenings, the back room has hosted local punk and country bands since the 1990s. A framed setlist above the register bears the signatures of a band that went on to play national festivals.
related|RELATED: The East Side's building boom, by the numbers
h2|What comes next
p|The developer said in a statement that it "values the neighborhood's history" and would consider including a ground-floor bar or restaurant in the new building. Kowalczyk said nobody had asked her about it.
p|The farewell party starts at noon Saturday. Kowalczyk said the jukebox, the pool table and the hand-painted sign are going into storage, "in case somebody has a better idea."
author-bio|Dana Okafor covers neighborhoods and development for the Riverfront Reader. Reach her at dokafor@riverfrontreader.com.
tags|Tags: Tin Cup Tavern, East Side, Bars, Development, Closings
newsletter|Get the Reader in your inbox
newsletter|Our free newsletters deliver the week's news, food and music picks every Thursday.
newsletter|Email address   Sign Up
related|Related Stories
related|Developer Unveils Plans for Five-Story Complex on East Fourth
related|Readers' Poll: The Best Dive Bars in the River City
most-read|Trending
most-read|The City's New Parking Meters Are Confusing Everyone
most-read|Five Spring Patios Worth the Wait
most-read|Savage Advice: My Roommate Won't Stop Borrowing My Car
event|Staff Picks This Week
event|Sat., April 11: Riverside Record Fair @ Union Hall, 10 a.m.
event|Sun., April 12: Drag Brunch @ The Velvet Room, 11 a.m.
classifieds|Classifieds | Jobs | Legal Notices | Rentals
comments|Comments (0)
comments|Add a comment
footer|About Us  Contact Us  Advertise  Jobs at the Reader  Privacy Policy  Terms of Use
copyright|© 2026 Riverfront Reader | Powered by Foundation
"""),
 dict(id="us-alt-weekly-style-2", site="us-alt-weekly-style", lang="en", sep="\n", title="Council Votes to Let Food Trucks Park Downtown Until 3 a.m.", date="2026-05-20", page="""
skip-link|Skip to main content
donate|Support local, independent journalism. Become a Riverfront Reader Insider today.
donate|Join Now
menu|RIVERFRONT READER
menu|News  Food + Drink  Music  Arts + Culture  Cannabis  Calendar  Best Of  Classifieds  Newsletters
promo|Best of the River City 2026 winners announced June 4. Save the date for the party!
breadcrumb|News » City Hall
h1|Council Votes to Let Food Trucks Park Downtown Until 3 a.m.
lead|Restaurant owners warned of unfair competition, but the new rules passed 7-2 after a long night of public comment
byline|by Marcus Leland
dateline|May 20, 2026
share|Facebook  Twitter  Email  Print  Favorite
share|Share
caption|A taco truck on Market Street, one of the few spots where late-night vending is allowed today.
credit|File photo
p|Late-night eaters downtown will soon have more options than gas-station burritos. City Council voted 7-2 Tuesday night to let licensed food trucks operate in the central business district until 3 a.m. on Fridays and Saturdays, up from the current 10 p.m. cutoff.
p|The vote came after more than three hours of public comment, during which truck owners, bar employees and a handful of restaurant owners lined up at the microphone.
p|The new ordinance, which takes effect July 1, includes these rules:
li|trucks must stay at least 100 feet from the entrance of any open restaurant;
li|no more than two trucks per block face after 10 p.m.;
li|operators must provide a trash can and clean a 25-foot radius before leaving.
ad|ADVERTISEMENT
h2|"A level playing field"
p|Council member Aisha Brandt, who sponsored the measure, said the change would bring foot traffic and safety to streets that empty out after the bars close. "People are already out at 2 a.m. This gives them somewhere to eat that isn't their car," she said.
p|Opponents argued the trucks pay far less in rent and taxes than brick-and-mortar businesses. "We pay property tax, we pay for a grease trap, we pay for a dining room," said the owner of a diner on Third Avenue. "They pay for a parking space."
p|The two no votes came from members representing the downtown and riverfront districts, who asked for a one-year pilot program instead. The amendment failed 4-5.
p|The city's licensing office expects around 30 trucks to apply for the late-night permit, which will cost $250 a year on top of the regular vending license.
author-bio|Marcus Leland is the Reader's City Hall reporter.
tags|Tags: City Council, Food Trucks, Downtown, Nightlife
newsletter|Get the Reader in your inbox
newsletter|Our free newsletters deliver the week's news, food and music picks every Thursday.
newsletter|Email address   Sign Up
related|Related Stories
related|Food Truck Owners Push Back on 10 p.m. Curfew
related|Downtown's Nightlife Is Back. Its Late-Night Food Isn't.
most-read|Trending
most-read|After 47 Years, the Tin Cup Tavern Pours Its Last Round
most-read|The Ten Best Burgers in Town, Ranked
most-read|Savage Advice: He Wants a Prenup for Our Dog
event|Staff Picks This Week
event|Fri., May 22: Blues on the Bluff @ Riverside Park, 6 p.m.
event|Sat., May 23: Night Market @ Warehouse Row, 5 p.m.
classifieds|Classifieds | Jobs | Legal Notices | Rentals
comments|Comments (2)
comments|Showing 1-2 of 2
comments|TruckFan77 on May 20, 2026 at 11:02 PM
comments|Finally. Now do Sundays.
comments|Add a comment
footer|About Us  Contact Us  Advertise  Jobs at the Reader  Privacy Policy  Terms of Use
copyright|© 2026 Riverfront Reader | Powered by Foundation
"""),
]
