# Round 72: eight pages on four more layouts (a francophone international TV channel's news site, a US national
# public radio's news page with audio, a Malian news aggregator portal republishing other papers, an East African
# regional weekly newspaper's site), written blind: without looking at the classifier, its rules or the benchmark,
# measured once. Each line: "label|text". Invented text; no real article is copied.
ROUND72 = [
 dict(id="tv5monde-info-style-1", site="tv5monde-info-style", lang="fr", sep="\n", title="Côte d'Ivoire : le cacao payé 2 600 francs CFA le kilo aux planteurs pour la campagne intermédiaire", date="2026-03-30", page="""
cookie|Vos choix concernant l'utilisation des cookies
cookie|Avec nos partenaires, nous utilisons des cookies et des technologies similaires pour mesurer l'audience, personnaliser les contenus et vous proposer des publicités adaptées. Vous pouvez modifier vos choix à tout moment en cliquant sur « Paramètres des cookies » en bas de page.
cookie|Accepter & Fermer
cookie|Continuer sans accepter
cookie|Paramétrer mes choix
skip-link|Aller au contenu principal
skip-link|Aller au menu
menu|TÉLÉMONDE
menu|Info
menu|Terriennes
menu|Langue française
menu|Voyage
menu|Cuisine
menu|Programmes
watch|● EN DIRECT
watch|Regarder TÉLÉMONDEplus gratuitement
lang-switch|FR EN ES DE
account|Se connecter
search|Rechercher
menu|International · Afrique · Europe · Amériques · Asie-Pacifique · Moyen-Orient · Planète · Économie · Culture · Sport · Vidéos
breadcrumb|Accueil › Info › Afrique › Économie
section-label|Côte d'Ivoire
h1|Côte d'Ivoire : le cacao payé 2 600 francs CFA le kilo aux planteurs pour la campagne intermédiaire
caption|Un planteur trie des fèves de cacao mises à sécher devant sa maison, près de Soubré, dans le sud-ouest ivoirien, le 27 mars 2026. © AFP / Marc-Olivier DIALLO
dateline|30 mar 2026
dateline|Mise à jour 30.03.2026 à 18:47
byline|par TÉLÉMONDE avec AFP
share|Partager
share|Facebook
share|X
share|LinkedIn
share|WhatsApp
share|Courriel
share|Copier le lien
font|A- A+
lead|Le gouvernement ivoirien a fixé lundi à 2 600 francs CFA le kilo le prix garanti aux producteurs pour la petite récolte d'avril à septembre, en léger recul par rapport à la campagne principale, sur fond de repli des cours mondiaux.
p|Les planteurs ivoiriens de cacao toucheront 2 600 francs CFA (environ 3,96 euros) par kilo de fèves pendant la campagne intermédiaire, qui s'ouvre le 1er avril, a annoncé lundi à Abidjan le Conseil du café-cacao, l'organe de régulation de la filière.
p|Ce prix « bord champ » est inférieur de 200 francs CFA à celui de la campagne principale, fixé en octobre au niveau historique de 2 800 francs CFA le kilo. Il reste toutefois plus de deux fois supérieur à celui pratiqué il y a deux ans.
p|« Malgré la baisse des cours sur les marchés internationaux, l'État a fait le choix de protéger au maximum le revenu des producteurs », a déclaré le ministre de l'Agriculture lors d'une conférence de presse, assurant que « pas un planteur ne doit vendre en dessous de ce prix ».
video|▶ Lire la vidéo
video|Le Journal Afrique du 30 mars 2026 : cacao, le prix de la petite campagne dévoilé
video|02:36
video|Sous-titres disponibles
h2|Des cours en net repli
p|Après avoir atteint des sommets fin 2024 et au début de 2025, dépassant 12 000 dollars la tonne à New York, les prix du cacao ont fortement reculé depuis l'été, sous l'effet d'une demande en berne chez les chocolatiers et de meilleures perspectives de récolte en Afrique de l'Ouest.
p|La tonne s'échangeait lundi autour de 5 800 dollars à Londres, selon des opérateurs. La vente anticipée d'une partie de la récolte intermédiaire, conclue à des prix plus élevés, a permis au régulateur de limiter la baisse, expliquent des sources au sein de la filière.
read-also|► Lire aussi : Cacao : Abidjan et Accra veulent peser davantage sur les prix mondiaux
p|Premier producteur mondial, la Côte d'Ivoire assure environ 40 % de l'offre de fèves. Le cacao représente près de 15 % de son produit intérieur brut et fait vivre, directement ou indirectement, plusieurs millions de personnes.
ad|Publicité
ad|Découvrez la Côte d'Ivoire autrement - Circuits de 8 jours dès 1 290 € - Réserver
h2|Soulagement et inquiétude chez les planteurs
p|Dans les zones de production, l'annonce a été accueillie avec un soulagement mêlé d'inquiétude. « On craignait pire. Mais les engrais et les produits de traitement ont augmenté, et nos vergers sont vieux », confie à l'AFP Kouassi Yao, planteur près de Soubré.
p|Les organisations de producteurs réclament de leur côté un renforcement des contrôles pour que le prix officiel soit effectivement payé dans les villages, où certains acheteurs proposent régulièrement des montants inférieurs, surtout en fin de campagne.
p|Le Ghana voisin, deuxième producteur mondial, doit annoncer son propre prix dans les prochains jours. Les deux pays, qui coordonnent leur politique de commercialisation depuis 2019, cherchent notamment à limiter la contrebande de fèves d'un côté à l'autre de la frontière.
p|La campagne intermédiaire, qui représente généralement un quart de la production annuelle ivoirienne, devrait atteindre entre 450 000 et 500 000 tonnes, selon les premières estimations des exportateurs.
tags|Côte d'Ivoire
tags|Cacao
tags|Agriculture
tags|Matières premières
tags|Afrique de l'Ouest
promo|Apprendre le français avec cette actualité
promo|Fiche pédagogique niveau B1 : « Le prix du cacao » - Exercices de compréhension et de vocabulaire
promo|Je m'entraîne
teaser-list|Dans la même thématique
teaser-list|Ghana : le Cocobod lève de nouveaux financements pour payer les producteurs
teaser-list|28 mar 2026
teaser-list|Cameroun : la filière café relance ses plantations dans l'Ouest
teaser-list|26 mar 2026
teaser-list|Chocolat : pourquoi les tablettes ne baissent pas en rayon malgré la chute du cacao
teaser-list|22 mar 2026
teaser-list|Le fil de l'info
teaser-list|18:32
teaser-list|Soudan : nouvelles frappes de drones sur Port-Soudan
teaser-list|18:05
teaser-list|Cyclone à Madagascar : le bilan s'alourdit à 14 morts
teaser-list|17:41
teaser-list|Foot : le Maroc officialise le nom de son nouveau sélectionneur
teaser-list|Tout le fil de l'info
newsletter|Recevez chaque soir l'essentiel de l'actualité internationale en français
newsletter|Votre adresse courriel
newsletter|Je m'abonne
app|Téléchargez l'application TÉLÉMONDE : l'info, le direct et les programmes partout avec vous
app|App Store
app|Google Play
social|Suivez-nous
social|Facebook Instagram X YouTube TikTok WhatsApp
footer|TÉLÉMONDE, la chaîne culturelle francophone mondiale
footer|Qui sommes-nous ?
footer|Recevoir TÉLÉMONDE
footer|Espace presse
footer|Recrutement
footer|Contact
footer|Accessibilité : partiellement conforme
footer|Mentions légales
footer|Données personnelles
cookie|Paramètres des cookies
copyright|© TÉLÉMONDE 2026
"""),
 dict(id="tv5monde-info-style-2", site="tv5monde-info-style", lang="fr", sep="\n", title="Haïti : à Port-au-Prince, des écoles rouvrent dans les quartiers repris aux gangs", date="2026-01-12", page="""
skip-link|Aller au contenu principal
skip-link|Aller au menu
menu|TÉLÉMONDE
menu|Info
menu|Terriennes
menu|Langue française
menu|Voyage
menu|Cuisine
menu|Programmes
watch|● EN DIRECT
watch|Regarder TÉLÉMONDEplus gratuitement
lang-switch|FR EN ES DE
account|Se connecter
search|Rechercher
menu|International · Afrique · Europe · Amériques · Asie-Pacifique · Moyen-Orient · Planète · Économie · Culture · Sport · Vidéos
breaking|ALERTE INFO - Séisme de magnitude 6,1 au large de l'Équateur, pas de victime signalée à ce stade
breadcrumb|Accueil › Info › Amériques
section-label|Haïti
h1|Haïti : à Port-au-Prince, des écoles rouvrent dans les quartiers repris aux gangs
video|▶ Lire la vidéo
video|Reportage de notre correspondant à Port-au-Prince, Wesner Jean-Baptiste
video|01:58
video|Lecture automatique : activée
dateline|12 jan 2026
dateline|Mise à jour 12.01.2026 à 21:15
byline|par Léa Marchand
share|Partager
share|Facebook
share|X
share|LinkedIn
share|WhatsApp
share|Courriel
share|Copier le lien
font|A- A+
lead|Plusieurs dizaines d'établissements scolaires ont rouvert lundi dans des quartiers du centre de la capitale haïtienne, après des mois de fermeture. Parents et enseignants saluent un retour encore fragile.
p|Sac au dos et uniforme fraîchement repassé, des centaines d'élèves ont repris lundi le chemin de l'école dans les quartiers de Bel-Air et de Delmas 2, à Port-au-Prince. Pour beaucoup d'entre eux, c'était la première rentrée depuis plus d'un an.
p|Selon le ministère haïtien de l'Éducation nationale, 64 écoles publiques et privées ont rouvert dans des zones où la police et la force internationale de soutien ont repris le contrôle ces dernières semaines. Près de 900 établissements restent fermés dans l'aire métropolitaine.
p|« Mes enfants n'avaient plus mis les pieds dans une classe depuis novembre 2024. On faisait l'école à la maison, avec ce qu'on avait », raconte Marie-Ange, mère de trois enfants, devant une école congréganiste de Delmas.
caption|Des élèves dans la cour d'une école de Delmas 2, à Port-au-Prince, le 12 janvier 2026.
credit|© AP Photo / Odelyn MOREAU
h2|Des bâtiments à reconstruire
p|Dans plusieurs établissements, les dégâts sont visibles : portes arrachées, bancs brûlés, murs criblés d'impacts. Certaines écoles avaient été transformées en abris pour des familles déplacées, qui ont dû être relogées ailleurs avant la reprise des cours.
p|L'Unicef, qui a financé la remise en état d'une partie des salles, estime qu'environ 1,5 million d'enfants haïtiens ont vu leur scolarité perturbée par la violence en 2025. L'organisation distribue des kits scolaires et prévoit un soutien psychologique pour les élèves les plus touchés.
p|« Certains enfants sursautent au moindre bruit. Avant de reprendre le programme, il faut d'abord les rassurer », explique un directeur d'école, qui a requis l'anonymat pour des raisons de sécurité.
read-also|► Lire aussi : Haïti : la force internationale de répression des gangs déploie ses premiers contingents
section-label|Repères
li|2024 : les gangs étendent leur emprise sur la majeure partie de Port-au-Prince.
li|Juin 2024 : arrivée des premiers policiers kényans de la mission multinationale d'appui.
li|Fin septembre 2025 : le Conseil de sécurité de l'ONU autorise une force de répression des gangs.
li|Décembre 2025 : les forces de sécurité reprennent plusieurs quartiers du centre-ville.
ad|Publicité
h2|Un retour encore fragile
p|Les autorités restent prudentes. Des tirs ont encore été entendus dimanche soir à la lisière de Bel-Air, et plusieurs parents ont préféré garder leurs enfants à la maison en attendant de voir si le calme se maintient.
p|Le ministre de l'Éducation a promis la réouverture d'une centaine d'autres écoles d'ici à la fin du mois de février, « à condition que la sécurité soit garantie ». Un calendrier aménagé doit permettre aux élèves de rattraper une partie du retard, avec des cours prolongés jusqu'à la mi-août.
p|Cette rentrée coïncidait avec le 16e anniversaire du séisme du 12 janvier 2010, qui avait fait plus de 200 000 morts et détruit des milliers d'écoles. « Nous avons déjà tout reconstruit une fois. Nous recommencerons », assure une enseignante de Bel-Air.
tags|Haïti
tags|Éducation
tags|Gangs
tags|Enfance
tags|Caraïbes
promo|Terriennes
promo|Haïti : ces femmes qui tiennent les écoles debout malgré la violence
teaser-list|Dans la même thématique
teaser-list|Haïti : des milliers de déplacés toujours sans abri à l'approche de la saison des pluies
teaser-list|9 jan 2026
teaser-list|République dominicaine : nouvelles expulsions massives de migrants haïtiens
teaser-list|5 jan 2026
teaser-list|Vidéo
teaser-list|Haïti, l'école malgré tout : notre documentaire en intégralité
teaser-list|52:10
teaser-list|Le fil de l'info
teaser-list|21:02
teaser-list|Ukraine : Kiev privée d'électricité après une nouvelle attaque massive
teaser-list|20:47
teaser-list|Ligue des champions africaine : Al Ahly qualifié pour les quarts
teaser-list|Tout le fil de l'info
newsletter|Recevez chaque soir l'essentiel de l'actualité internationale en français
newsletter|Votre adresse courriel
newsletter|Je m'abonne
app|Téléchargez l'application TÉLÉMONDE : l'info, le direct et les programmes partout avec vous
app|App Store
app|Google Play
social|Suivez-nous
social|Facebook Instagram X YouTube TikTok WhatsApp
footer|TÉLÉMONDE, la chaîne culturelle francophone mondiale
footer|Qui sommes-nous ?
footer|Recevoir TÉLÉMONDE
footer|Espace presse
footer|Recrutement
footer|Contact
footer|Accessibilité : partiellement conforme
footer|Mentions légales
footer|Données personnelles
cookie|Paramètres des cookies
copyright|© TÉLÉMONDE 2026
"""),
 dict(id="npr-national-style-1", site="npr-national-style", lang="en", sep="\n", title="Ranchers are running out of large-animal vets. Some states are paying to lure them back", date="2026-04-07", page="""
skip-link|Accessibility links
skip-link|Skip to main content
skip-link|Keyboard shortcuts for audio player
listen|Hourly News
listen|Listen Live
listen|My Playlist
menu|NPA
menu|National Public Audio
account|Sign In
shop|NPA Shop
donate|Donate
menu|News
menu|Culture
menu|Music
menu|Podcasts & Shows
search|Search
section-label|Agriculture
h1|Ranchers are running out of large-animal vets. Some states are paying to lure them back
listen|Heard on Morning Report
listen|Listen · 4:12
listen|4-Minute Listen
listen|Playlist
listen|Toggle more options
listen|Download
embed|Embed
embed|<iframe src="https://www.npa.example/player/embed/n9981234/n9981240" width="100%" height="290" frameborder="0" scrolling="no" title="NPA embedded audio player"></iframe>
listen|Transcript
byline|Kirsten Hale
dateline|April 7, 2026 5:02 AM ET
image-control|Enlarge this image
caption|Dale Anders checks on a newborn calf on his ranch in western South Dakota. The nearest veterinarian who treats cattle is more than 90 miles away.
image-control|toggle caption
credit|Kirsten Hale/NPA
p|STURGIS COUNTY, S.D. — When one of Dale Anders' heifers went into a difficult labor at 2 a.m. on a night in late February, the closest veterinarian who could help was 94 miles away.
p|Anders, who runs about 300 head of cattle with his son, ended up pulling the calf himself. It survived. The heifer didn't.
p|"Ten years ago, I had two vets within half an hour of here," he said. "Now I've got one, and he's 71."
p|Across much of the rural Plains and Mountain West, veterinarians who treat cattle, horses and other livestock are becoming scarce. Federal agriculture officials now list more than 240 counties as short of food-animal veterinarians, a number that has grown steadily over the past decade.
ad|Sponsor Message
ad|Become an NPA sponsor
h2|Long hours, heavy debt
p|The reasons are familiar to anyone in the profession. Large-animal practice means driving long distances, working nights and weekends, and doing physically demanding work in all weather — often for less money than a clinic in a city pays to treat dogs and cats.
p|New veterinarians also graduate with heavy student debt, frequently more than $180,000, according to industry surveys.
p|"You love the work, but you do the math and it just doesn't add up," said Dr. Emily Castañeda, who graduated last year and now practices in a small town in western Nebraska. She took the job in part because the state agreed to pay off a portion of her loans.
newsletter|Sign up for the Up First newsletter
newsletter|The news you need to start your day. Nothing more, nothing less.
newsletter|Email address
newsletter|Subscribe
newsletter|See more subscription options
newsletter|By subscribing, you acknowledge and agree to NPA's Terms of Use and Privacy Policy. NPA may share your name and email address with your NPA station. See Details.
h2|States try incentives
p|At least a dozen states now run their own loan repayment programs for rural veterinarians, on top of a federal program that offers up to $75,000 in exchange for three years of service in a shortage area.
p|Some are trying other approaches, too:
li|reserving seats in veterinary programs for students from rural counties who agree to return after graduation;
li|paying for mobile clinics that several counties can share;
li|allowing trained technicians to perform some routine work, such as vaccinations and pregnancy checks, without a vet on site.
p|That last idea has drawn pushback from some veterinarians, who worry about animal welfare and liability. Supporters argue it would free up the few vets available to handle emergencies.
p|In South Dakota, lawmakers this year approved $2 million for a new grant program to help rural practices hire and keep associates. Applications open in May.
related-inline|Related Story
related-inline|Why America's farmers are getting older — and who will replace them
p|Back on his ranch, Anders said he is glad to see attention on the problem but is not counting on quick fixes. "By the time those students graduate, I might be retired," he said. "I just hope somebody's here for my son."
signature|Tom Bracken of member station KQRD contributed to this report.
share|Facebook
share|Flipboard
share|Email
related|More Stories From NPA
related|Business
related|Egg prices fall for a third straight month as flocks recover
related|Shots - Health News
related|Bird flu found in dairy herds in two more states, USDA says
related|Climate
related|A wet spring is good news for wheat farmers. Their bankers aren't so sure
most-read|Popular on NPA.org
most-read|A 95-year-old ran a 5K. Her secret? Don't sit down
most-read|The Supreme Court takes up a fight over school prayer at football games
most-read|Wordle, but for birdsong: The game that's quietly taking over the internet
most-read|NPA Editors' Picks
most-read|Inside the last typewriter repair shop in Ohio
most-read|How a Texas town learned to live with its wild pigs
donate|Support public radio
donate|Your local NPA station needs you. Donate today.
footer|Read & Listen
footer|Home
footer|News
footer|Culture
footer|Music
footer|Podcasts & Shows
footer|Connect
footer|Newsletters
footer|Facebook
footer|Instagram
footer|Press
footer|Public Editor
footer|Corrections
footer|Contact & Help
footer|About NPA
footer|Overview
footer|Diversity
footer|NPA Network
footer|Accessibility
footer|Ethics
footer|Finances
footer|Get Involved
footer|Support Public Radio
footer|Sponsor NPA
footer|NPA Careers
footer|NPA Shop
footer|NPA Events
footer|terms of use
footer|privacy
footer|your privacy choices
footer|text only
copyright|© 2026 npa
"""),
 dict(id="npr-national-style-2", site="npr-national-style", lang="en", sep="\n", title="As measles spreads, some doctors are offering the second vaccine dose years early", date="2026-03-03", page="""
skip-link|Accessibility links
skip-link|Skip to main content
skip-link|Keyboard shortcuts for audio player
listen|Hourly News
listen|Listen Live
listen|My Playlist
menu|NPA
menu|National Public Audio
account|Sign In
shop|NPA Shop
donate|Donate
menu|News
menu|Culture
menu|Music
menu|Podcasts & Shows
search|Search
section-label|Shots - Health News
h1|As measles spreads, some doctors are offering the second vaccine dose years early
byline|Daniel Reyes
byline|Priya Natarajan
dateline|Updated March 4, 2026 at 9:12 AM ET
dateline|Originally published March 3, 2026 at 4:45 PM ET
image-control|Enlarge this image
caption|A nurse prepares a dose of the measles, mumps and rubella vaccine at a pediatric clinic in Lubbock, Texas, in February.
image-control|toggle caption
credit|Jordan Whitley for NPA
p|With measles cases in the U.S. on track for another record year, a growing number of pediatricians and health departments are telling parents they don't have to wait until kindergarten for their children's second dose of the vaccine.
p|Federal health guidelines call for two doses of the measles, mumps and rubella vaccine, known as MMR: the first at 12 to 15 months and the second between ages 4 and 6. But the second dose can safely be given as soon as 28 days after the first — something many parents don't know.
p|"In an outbreak area, we'd rather not leave a toddler with partial protection for three years," said Dr. Rachel Oduya, a pediatrician in Lubbock, Texas, whose practice began offering early second doses in January.
p|State health departments reported more than 1,100 measles cases in the first two months of 2026, most of them in unvaccinated children. Outbreaks are active in at least nine states.
ad|Sponsor Message
ad|Become an NPA sponsor
h2|How much protection does one dose give?
p|One dose of MMR is about 93% effective at preventing measles; two doses are about 97% effective. That difference matters most when the virus is circulating widely, experts say.
p|"Measles is so contagious that those few percentage points really do count in a crowded day care," said Dr. Paul Henning, an infectious disease specialist at a children's hospital in Ohio.
listen|Listen · 3:47
listen|3-Minute Listen
listen|Heard on The Evening Hour: Measles is back in Texas schools. Here's what families are doing
listen|Playlist
listen|Download
embed|Embed
p|Some health departments in outbreak counties have gone further, recommending an early extra dose for infants between 6 and 11 months old. That dose does not count toward the regular two-dose series, so those children still need two more shots later.
h2|What parents should know
li|Children 12 months and older can get their second MMR dose as early as 28 days after the first.
li|Infants 6 to 11 months may get an early dose before international travel or if they live in an outbreak area.
li|Adults who are unsure of their vaccination status can ask for a blood test, or simply get another dose.
li|Side effects are usually mild: a sore arm, a low fever or a rash a week or two after the shot.
p|Vaccination rates among kindergartners have fallen for several years in a row, to around 92% nationally, below the 95% that public health experts say is needed to prevent outbreaks.
newsletter|Sign up for the Shots newsletter
newsletter|Get the latest health and science news, plus tips for a healthier life, every week.
newsletter|Email address
newsletter|Subscribe
newsletter|By subscribing, you acknowledge and agree to NPA's Terms of Use and Privacy Policy. NPA may share your name and email address with your NPA station. See Details.
p|Oduya said most parents who come in during outbreaks are eager to protect their children. Her clinic gave 340 early second doses in February alone. "The phones haven't stopped," she said.
correction|Correction March 4, 2026: A previous version of this story misstated the age range for the first MMR dose. It is 12 to 15 months, not 9 to 12 months.
tags|measles
tags|vaccines
tags|public health
tags|children's health
share|Facebook
share|Flipboard
share|Email
related|More Stories From NPA
related|Health
related|Why more adults are getting measles boosters before travel
related|Science
related|Scientists map how measles wipes out the immune system's memory
related|Shots - Health News
related|Medicaid changes leave some rural hospitals scrambling
most-read|Popular on NPA.org
most-read|The Supreme Court takes up a fight over school prayer at football games
most-read|Wordle, but for birdsong: The game that's quietly taking over the internet
most-read|How to talk to your teenager about money, according to economists
most-read|NPA Editors' Picks
most-read|A 95-year-old ran a 5K. Her secret? Don't sit down
most-read|Inside the last typewriter repair shop in Ohio
donate|Support public radio
donate|Your local NPA station needs you. Donate today.
footer|Read & Listen
footer|Home
footer|News
footer|Culture
footer|Music
footer|Podcasts & Shows
footer|Connect
footer|Newsletters
footer|Facebook
footer|Instagram
footer|Press
footer|Public Editor
footer|Corrections
footer|Contact & Help
footer|About NPA
footer|Overview
footer|Diversity
footer|NPA Network
footer|Accessibility
footer|Ethics
footer|Finances
footer|Get Involved
footer|Support Public Radio
footer|Sponsor NPA
footer|NPA Careers
footer|NPA Shop
footer|NPA Events
footer|terms of use
footer|privacy
footer|your privacy choices
footer|text only
copyright|© 2026 npa
"""),
 dict(id="maliweb-style-1", site="maliweb-style", lang="fr", sep="\n", title="Kéniéba : une opération conjointe pour chasser les dragues d'orpaillage de la Falémé", date="2026-02-11", page="""
timestamp|mercredi 11 février 2026
timestamp|Bamako 16:42
social|Facebook Twitter YouTube Instagram
account|Connexion
account|S'inscrire
menu|Djolibaweb.net
menu|Le Mali sur le web depuis 2001
ad|PUBLICITÉ
ad|SahelCash : envoyez et recevez de l'argent partout au Mali en 3 secondes. Composez #144#
menu|Accueil
menu|Actualités
menu|Politique
menu|Économie
menu|Société
menu|Sécurité
menu|Régions
menu|Éducation
menu|Sport
menu|Culture
menu|International
menu|Diaspora
menu|Contributions
menu|Vidéos
menu|Annonces
ticker|FLASH INFO
ticker|Transport : hausse du prix du ticket des Sotrama à Bamako à partir du 1er mars ▪ Sikasso : un camion-citerne se renverse sur la RN7, pas de victime ▪ Football : les Aigles en stage à Bamako avant les matchs amicaux ▪ Mopti : ouverture de la foire régionale du riz
breadcrumb|Accueil › Régions › Kéniéba : une opération conjointe pour chasser les dragues d'orpaillage de la Falémé
section-label|Régions
h1|Kéniéba : une opération conjointe pour chasser les dragues d'orpaillage de la Falémé
byline|Par L'Écho du Niger - Date: 11 février 2026
views|1 847 vues
comments|4 commentaires
share|Partager :
share|Facebook
share|Twitter
share|WhatsApp
share|Telegram
share|Email
print|Imprimer
caption|Des dragues sur la Falémé, près de Faraba (photo d'archives)
p|Les autorités administratives et militaires du cercle de Kéniéba ont lancé, le week-end dernier, une vaste opération de démantèlement des sites d'orpaillage par dragage installés sur le lit de la Falémé, affluent du fleuve Sénégal qui marque la frontière entre le Mali et le Sénégal.
p|Selon nos informations, une quarantaine de dragues ont été saisies ou détruites entre Faraba et Sakola, et plus de 120 personnes interpellées, parmi lesquelles des ressortissants étrangers. Le matériel saisi, notamment des moteurs et des pompes, a été convoyé au camp de la garde nationale de Kéniéba.
p|« L'État ne peut pas tolérer que nos cours d'eau soient détruits sous nos yeux. Cette opération ne sera pas une opération de plus, elle sera permanente », a martelé le préfet du cercle devant les chefs de village réunis à la préfecture.
ad|Publicité
ad|Ciment du Sahel : la qualité qui bâtit le Mali
h2|Une rivière devenue boueuse
p|Depuis plusieurs années, la Falémé paie un lourd tribut à l'orpaillage mécanisé. Les dragues, qui aspirent les sédiments du lit du cours d'eau pour en extraire l'or, ont rendu l'eau boueuse sur des dizaines de kilomètres. L'utilisation du mercure, pourtant interdite, reste courante sur plusieurs sites.
p|Les conséquences sont visibles dans les villages riverains. « Avant, on pêchait ici et les femmes faisaient du maraîchage au bord de l'eau. Aujourd'hui les poissons ont disparu et les puits sont troubles », déplore Sékou Cissoko, conseiller villageois à Sakola.
read-also|LIRE AUSSI : Orpaillage : le gouvernement suspend la délivrance de nouvelles autorisations dans la région de Kayes
p|En 2024 déjà, les autorités sénégalaises avaient suspendu pour trois ans toute activité minière sur leur rive de la Falémé. Côté malien, le gouvernement avait annoncé à plusieurs reprises l'interdiction de l'exploitation semi-mécanisée dans le lit des cours d'eau, sans que la mesure soit totalement respectée sur le terrain.
h2|Des emplois en jeu
p|Sur place, l'opération ne fait pas que des heureux. De nombreux jeunes de la zone tirent leurs revenus de ces sites, comme manœuvres ou revendeurs. « Si on ferme tout sans rien proposer, les jeunes vont partir ailleurs, peut-être plus loin », prévient un commerçant de Kéniéba.
p|Le préfet assure que des couloirs d'orpaillage traditionnel, sans engins mécaniques, seront délimités en concertation avec les communes. Un comité de suivi, composé des services techniques, des élus locaux et des représentants des orpailleurs, doit se réunir dans les prochains jours.
p|En attendant, des patrouilles mixtes de la garde nationale et des agents des eaux et forêts resteront déployées le long du fleuve jusqu'à nouvel ordre.
signature|Oumar SANOGO
signature|Source : L'Écho du Niger
tags|TAGS
tags|Kéniéba
tags|Orpaillage
tags|Falémé
tags|Environnement
tags|Kayes
related|Articles similaires
related|Kayes : les orpailleurs de Sadiola demandent un délai avant la fermeture des sites
related|9 février 2026
related|Environnement : le fleuve Niger menacé par l'ensablement à Koulikoro
related|3 février 2026
related|Mines : la production d'or industriel en hausse de 8 % en 2025
related|28 janvier 2026
comments|4 commentaires
comments|Kalifa D.
comments|11 février 2026 à 10 h 14 min
comments|Il était temps. Cette rivière est en train de mourir et tout le monde regarde. Bravo au préfet mais il faut que ça dure.
comments|Répondre
comments|Ba Adama
comments|11 février 2026 à 11 h 02 min
comments|Toujours les petits qu'on attrape. Les vrais propriétaires des dragues sont à Bamako, tout le monde le sait.
comments|Répondre
comments|Sira
comments|11 février 2026 à 13 h 37 min
comments|Et les jeunes vont manger quoi ? Il faut des projets pour eux d'abord.
comments|Répondre
comments|Moussa K. Diarra
comments|11 février 2026 à 15 h 20 min
comments|@Sira l'or ne nourrit pas si l'eau est empoisonnée. Pensons aux enfants.
comments|Répondre
comments|Laisser un commentaire
comments|Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *
comments|Commentaire *
comments|Nom *
comments|E-mail *
comments|Site web
comments|Publier le commentaire
disclaimer|Les commentaires sont sous la seule responsabilité de leurs auteurs. Djolibaweb.net se réserve le droit de supprimer tout propos injurieux, diffamatoire ou à caractère ethnique.
most-read|Les plus lus
most-read|Gouvernement : la liste complète des ministres du nouveau gouvernement
most-read|Bamako : coupures d'électricité, EDM annonce un nouveau programme de délestage
most-read|Ligue 1 Orange Mali : le Djoliba AC reprend la tête
most-read|Décès de l'ancien ministre Mamadou Keïta à l'âge de 84 ans
jobs|Avis de recrutement
jobs|Une ONG internationale recrute un(e) chargé(e) de suivi-évaluation basé(e) à Kayes
jobs|Recrutement de 50 agents commerciaux à Bamako - Date limite : 20 février 2026
obituary|Nécrologie
obituary|Faire-part : la famille Traoré à Bamako-Coura a la profonde douleur d'annoncer le rappel à Dieu de leur père
footer|Djolibaweb.net - Toute l'actualité du Mali
footer|Qui sommes-nous ?
footer|Nous contacter
footer|Publicité
footer|Charte des commentaires
disclaimer|Les articles repris sur Djolibaweb.net restent la propriété de leurs auteurs et des journaux d'origine.
copyright|Copyright © 2001-2026 Djolibaweb.net - Tous droits réservés
back-to-top|▲ Haut de page
"""),
 dict(id="maliweb-style-2", site="maliweb-style", lang="fr", sep="\n", title="Examens de fin d'année 2026 : le DEF à partir du 15 juin, le bac le 6 juillet", date="2026-04-22", page="""
timestamp|mercredi 22 avril 2026
timestamp|Bamako 09:18
social|Facebook Twitter YouTube Instagram
account|Connexion
account|S'inscrire
menu|Djolibaweb.net
menu|Le Mali sur le web depuis 2001
ad|PUBLICITÉ
ad|Moov Sahel : forfait internet illimité nuit à 500 FCFA. Activez avec *200#
menu|Accueil
menu|Actualités
menu|Politique
menu|Économie
menu|Société
menu|Sécurité
menu|Régions
menu|Éducation
menu|Sport
menu|Culture
menu|International
menu|Diaspora
menu|Contributions
menu|Vidéos
menu|Annonces
ticker|FLASH INFO
ticker|Ségou : deux ponts réhabilités sur la route de Markala ▪ Diplomatie : le ministre des Affaires étrangères attendu à Niamey ▪ Basket : les Aigles Dames en stage à Dakar ▪ Coton : la CMDT annonce un prix de 300 FCFA le kilo
breadcrumb|Accueil › Éducation › Examens de fin d'année 2026 : le DEF à partir du 15 juin, le bac le 6 juillet
section-label|Éducation
h1|Examens de fin d'année 2026 : le DEF à partir du 15 juin, le bac le 6 juillet
byline|Par Info-Sahel Matin
dateline|Date: 22 avril 2026
views|3 216 vues
comments|0 commentaire
share|Partager :
share|Facebook
share|Twitter
share|WhatsApp
share|Telegram
share|Email
print|Imprimer
p|Le ministère de l'Éducation nationale a rendu public, le lundi 20 avril 2026, le calendrier des examens et concours de fin d'année scolaire. Une année marquée par de nombreuses perturbations, notamment les coupures d'électricité et les difficultés d'approvisionnement en carburant qui ont contraint plusieurs académies à fermer temporairement leurs écoles.
p|Selon le communiqué signé par le secrétaire général du département, les épreuves se dérouleront selon le calendrier suivant :
li|Certificat d'aptitude professionnelle (CAP) : du 1er au 4 juin 2026 ;
li|Diplôme d'études fondamentales (DEF) : du 15 au 17 juin 2026 ;
li|Brevet de technicien (BT) : du 22 au 26 juin 2026 ;
li|Baccalauréat malien, toutes séries : du 6 au 9 juillet 2026.
p|Les résultats du DEF sont attendus au plus tard le 10 juillet, ceux du baccalauréat à la fin du mois de juillet.
ad|Publicité
ad|Université privée du Sahel : inscriptions ouvertes pour la rentrée 2026 - Licence, Master, BTS
h2|Rattraper le retard
p|Pour permettre aux élèves de boucler les programmes, le ministère invite les directeurs d'académie à organiser des cours de rattrapage, y compris les samedis, dans les établissements qui ont accusé un retard important. « Aucun candidat ne doit être pénalisé par une situation dont il n'est pas responsable », souligne le texte.
p|Dans les écoles de Bamako que nous avons visitées, l'annonce a été accueillie avec un certain soulagement. « Au moins, on sait où on va. Les élèves étaient inquiets, certains pensaient que l'année serait blanche », confie un professeur de français d'un lycée de Kalaban Coura.
read-also|LIRE AUSSI : Enseignement secondaire : les syndicats déposent un préavis de grève de 72 heures
p|Les syndicats d'enseignants, eux, restent vigilants. Ils rappellent que les primes de surveillance et de correction de la session 2025 ne sont pas encore totalement payées dans certaines régions, et menacent de boycotter les examens si le gouvernement ne tient pas ses engagements.
p|Le ministère assure que toutes les dispositions sont prises et annonce un renforcement de la lutte contre la fraude, avec l'interdiction formelle des téléphones portables dans les centres d'examen et l'installation de brouilleurs dans certains centres de Bamako.
p|Plus de 230 000 candidats sont attendus au DEF cette année, contre environ 215 000 en 2025.
p|Les candidats libres ont jusqu'au 8 mai pour régulariser leur inscription auprès des centres d'animation pédagogique. Passé ce délai, aucun dossier ne sera accepté, prévient le ministère, qui appelle les parents à vérifier dès maintenant les listes affichées dans les établissements.
signature|Fatoumata Z. COULIBALY
signature|Source : Info-Sahel Matin
tags|TAGS
tags|DEF
tags|Baccalauréat
tags|Examens
tags|Éducation nationale
related|Articles similaires
related|Bac 2025 : un taux de réussite de 31,2 %, en légère hausse
related|18 août 2025
related|Éducation : vers la fin des classes surchargées dans les lycées publics ?
related|2 avril 2026
fb-comments|Commentaires via Facebook :
fb-comments|0 commentaire
fb-comments|Trier par
fb-comments|Les plus récents
fb-comments|Ajouter un commentaire...
fb-comments|Plug-in Commentaires Facebook
comments|Laisser un commentaire
comments|Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *
comments|Commentaire *
comments|Nom *
comments|E-mail *
comments|Site web
comments|Publier le commentaire
disclaimer|Les commentaires sont sous la seule responsabilité de leurs auteurs. Djolibaweb.net se réserve le droit de supprimer tout propos injurieux, diffamatoire ou à caractère ethnique.
most-read|Les plus lus
most-read|Hajj 2026 : le coût du pèlerinage fixé à 4 350 000 FCFA
most-read|Bamako : un incendie ravage une partie du marché de Médine
teaser-list|Examens de fin d'année 2026 : le DEF à partir du 15 juin, le bac le 6 juillet
most-read|Santé : campagne de vaccination contre la méningite dans cinq régions
video|Djolibaweb TV
video|Journal de 20 heures du 21 avril 2026
video|Débat : l'école malienne peut-elle sauver l'année ?
classifieds|Annonces
classifieds|À vendre : parcelle de 300 m² à Kati, titre foncier disponible
classifieds|Location : appartement F4 meublé à ACI 2000
footer|Djolibaweb.net - Toute l'actualité du Mali
footer|Qui sommes-nous ?
footer|Nous contacter
footer|Publicité
footer|Charte des commentaires
disclaimer|Les articles repris sur Djolibaweb.net restent la propriété de leurs auteurs et des journaux d'origine.
copyright|Copyright © 2001-2026 Djolibaweb.net - Tous droits réservés
back-to-top|▲ Haut de page
"""),
 dict(id="east-african-style-1", site="east-african-style", lang="en", sep="\n", title="EAC states split over rice tariff as Tanzania pushes to end import waivers", date="2026-02-14", page="""
timestamp|Saturday, February 14, 2026
epaper|E-Paper
account|Subscribe
account|Log in
menu|The EastReporter
menu|Regional news for a regional market
menu|Home
menu|News
menu|East Africa
menu|Rest of Africa
menu|World
menu|Business
menu|Opinion
menu|Magazine
menu|Podcasts
menu|Special Reports
menu|Kenya · Uganda · Tanzania · Rwanda · Burundi · South Sudan · DR Congo · Somalia · Ethiopia
ticker|USD/KES 129.15 ▼0.12 · USD/UGX 3,642.00 ▲3.50 · USD/TZS 2,598.40 ▼1.10 · USD/RWF 1,452.00 ▲0.80 · NSE 20 2,134.55 ▲0.42%
ad|Advertisement
breadcrumb|Home › Business
section-label|BUSINESS
h1|EAC states split over rice tariff as Tanzania pushes to end import waivers
caption|Workers sort rice at a mill in Mwea, Kirinyaga County, Kenya. Kenya grows less than a quarter of the rice it consumes. PHOTO: FILE
byline|By FRED MUGISHA
byline|Regional Trade Correspondent
author-link|More by this Author
section-label|Summary
li|Tanzania wants partner states to stop importing rice at 35 percent instead of the agreed 75 percent duty.
li|Kenya and Rwanda, both net importers, fear higher prices for urban consumers.
li|The matter goes to the Council of Ministers in March after officials failed to agree in Arusha.
listen|Listen to this article
listen|6 min
dateline|Saturday February 14 2026
p|East African Community partner states have failed to agree on the tariff for rice imported from outside the bloc, exposing a widening rift between the region's surplus producers and its big importers as food prices remain high.
p|At a meeting of senior trade and finance officials in Arusha last week, Tanzania pushed for an end to the one-year "stays of application" that allow some partner states to import rice at a duty of 35 percent instead of the agreed 75 percent common external tariff. Kenya and Rwanda opposed the move, while Uganda asked for more time to consult its growers.
p|"We cannot build regional self-sufficiency while one market is open to subsidised imports from Asia," a senior Tanzanian official told The EastReporter on the sidelines of the meeting. "Our farmers are producing a surplus and cannot sell it."
ad|Advertisement
read-also|Read: Kenya, Tanzania trade row over maize exports resurfaces
h2|Importers push back
p|Kenya consumes about 1.3 million tonnes of rice a year but grows less than a quarter of that, relying on imports from Pakistan, Thailand and Vietnam as well as Tanzania and Uganda. Nairobi argues that a sudden jump in duty would push up prices for millions of urban households already struggling with the cost of living.
p|Kenyan officials say Tanzanian supplies are too small and too irregular to fill the gap. Traders in Mombasa estimate that a 75 percent duty would add roughly Ksh40 to the price of a kilo of imported rice.
p|Rwanda, which brings in much of its rice through Dar es Salaam and Mombasa, took a similar position, according to people familiar with the talks.
paywall|PREMIUM
paywall|Subscribe to continue reading. Get unlimited access to The EastReporter for $1 for the first month.
paywall|Already a subscriber? Log in
h2|Smuggling concerns
p|The dispute goes beyond trade balances. Customs officials at border posts including Namanga, Isebania and Mutukula report rising smuggling, as traders take advantage of the price gap between markets.
p|Analysts say the row is the latest sign of the difficulty of running a customs union whose members have very different needs. "The tariff was designed for a bloc of five with similar economies. Today you have eight members, from Somalia to the DRC, with completely different import structures," said Dr Agnes Wairimu, a trade economist at a Nairobi think tank.
ad|Advertisement
p|The EAC secretariat has proposed a compromise that would narrow the gap in stages over three years and set up a regional rice reserve. The proposal will be tabled before the Council of Ministers when it meets in March.
p|Until then, the existing stays of application remain in force until June 30, when the new financial year begins.
tags|EAC
tags|Trade
tags|Rice
tags|Tanzania
tags|Kenya
share|Share this article
share|Facebook
share|X
share|LinkedIn
share|WhatsApp
share|Email
newsletter|Get the best of The EastReporter in your inbox every Saturday
newsletter|Enter your email address
newsletter|Sign up
related|You might also like
related|Uganda's coffee exports hit record as prices hold
related|Rwanda, DRC sign minerals value chain deal
related|Why East Africa's food import bill keeps rising
teaser-list|Latest
teaser-list|Burundi fuel queues return as forex crunch bites
teaser-list|2 hours ago
teaser-list|Ethiopia opens telecoms market to third operator
teaser-list|5 hours ago
teaser-list|South Sudan oil flows resume through Port Sudan pipeline
teaser-list|11 hours ago
most-read|Trending
most-read|1. Nairobi, Dodoma hold talks over cross-border trade barriers
most-read|2. Kigali's new airport: What is taking so long?
most-read|3. The quiet rise of Somalia's mobile money giants
epaper|Read the latest print edition of The EastReporter. Buy e-paper
app|Download the app on Google Play and the App Store
network|Rift Media Group
network|The Lakeside Daily · Business Weekly · Kampala Monitor · Dar Citizen · Rift FM · RMG TV
footer|About us
footer|Contact us
footer|Advertise with us
footer|Subscriptions
footer|Terms of use
footer|Privacy policy
footer|Complaints
copyright|© 2026 Rift Media Group. All rights reserved.
"""),
 dict(id="east-african-style-2", site="east-african-style", lang="en", sep="\n", title="Tanzania's SGR reaches Mwanza, promising a faster link to Lake Victoria ports", date="2026-05-09", page="""
timestamp|Saturday, May 9, 2026
epaper|E-Paper
account|Subscribe
account|Log in
menu|The EastReporter
menu|Regional news for a regional market
menu|Home
menu|News
menu|East Africa
menu|Rest of Africa
menu|World
menu|Business
menu|Opinion
menu|Magazine
menu|Podcasts
menu|Special Reports
menu|Kenya · Uganda · Tanzania · Rwanda · Burundi · South Sudan · DR Congo · Somalia · Ethiopia
ticker|USD/KES 129.40 ▲0.25 · USD/UGX 3,618.00 ▼6.00 · USD/TZS 2,612.10 ▲4.20 · USD/RWF 1,458.50 ▲1.30 · NSE 20 2,187.12 ▲0.18%
ad|Advertisement
breadcrumb|Home › News › East Africa
section-label|EAST AFRICA
h1|Tanzania's SGR reaches Mwanza, promising a faster link to Lake Victoria ports
lead|The 341km Isaka-Mwanza section cuts cargo transit from Dar es Salaam to the lake to under a day, but onward links to Uganda and Rwanda still depend on ships and unfinished lines.
byline|By ELIAS MWAKALINGA
byline|Special Correspondent
author-link|More by this Author
dateline|Saturday May 09 2026
dateline|Updated Saturday May 09 2026 at 11:40
video|WATCH: First freight train arrives at Mwanza terminal
video|01:12
p|Tanzania has opened the final section of its standard gauge railway to Mwanza, completing a 1,219km electric line from Dar es Salaam to the shores of Lake Victoria that officials say will reshape trade across the Great Lakes region.
p|The first freight train pulled into the new Mwanza terminal on Tuesday carrying 1,400 tonnes of cement, fuel and containers, after a journey of just under 19 hours. On the old metre gauge line, the same trip could take four days or more.
p|"For the first time, a container landed at Dar es Salaam can reach Mwanza the next day," the head of the state railway operator told journalists at the ceremony.
ad|Advertisement
h2|Lake connections
p|The real prize, however, lies beyond Tanzania's borders. From Mwanza, cargo can be loaded on to ships bound for Port Bell in Kampala, and from there moved on to Kigali, eastern DRC and South Sudan.
p|A new cargo vessel able to carry 3,000 tonnes is due to enter service on the lake later this year. Shippers say the combination could make the central corridor a real competitor to the northern corridor through Mombasa, which still handles the bulk of Uganda's imports.
caption|A freight train on the standard gauge railway near Isaka, Shinyanga Region, in March. PHOTO: COURTESY
p|Uganda's own standard gauge line from Malaba to Kampala is still at an early stage after years of financing delays, while Kenya's line ends at Naivasha, about 470km from the Ugandan border.
read-also|Read: Uganda secures funds for first SGR section as works begin at Malaba
h2|Costs and doubts
p|The project, built by Turkish and Chinese contractors, has cost more than $10 billion, financed through a mix of government funds and commercial loans. Critics in Parliament have questioned whether traffic will be enough to repay the debt.
p|Passenger services between Dar es Salaam and Dodoma have proved popular since they began in 2024, with trains often fully booked. Freight volumes, however, have been slower to pick up, and some transporters say rail tariffs are not yet competitive with road haulage.
p|"The railway is only as good as what happens at both ends," said a Dar es Salaam-based clearing agent. "If the port is congested or the lake ships are not ready, the cargo will still go by truck."
ad|Advertisement
ad|Kilimanjaro Bank: Trade finance that moves with you. Talk to us today.
p|Officials expect freight volumes on the line to triple within three years, and plan a branch line to Kigoma on Lake Tanganyika, opening a route to Burundi and eastern DRC.
signature|Additional reporting by Brian Ssemakula in Kampala
tags|SGR
tags|Tanzania
tags|Infrastructure
tags|Lake Victoria
tags|Central Corridor
share|Share this article
share|Facebook
share|X
share|LinkedIn
share|WhatsApp
share|Email
comments|Comments
comments|To comment on this story, please log in or subscribe.
newsletter|Get the best of The EastReporter in your inbox every Saturday
newsletter|Enter your email address
newsletter|Sign up
related|You might also like
related|Kenya's SGR to Malaba: Can the money finally be found?
related|Dar port's new terminal operator posts record volumes
related|Ferry disaster inquiry blames overloading and poor maintenance
teaser-list|Latest
teaser-list|Kenya shilling steady as diaspora inflows rise
teaser-list|1 hour ago
teaser-list|Rwanda hosts regional summit on Congo peace deal
teaser-list|4 hours ago
teaser-list|Uganda's oil pipeline 80 percent complete, says EACOP
teaser-list|9 hours ago
most-read|Trending
most-read|1. Inside Burundi's plan to ration fuel
teaser-list|2. Tanzania's SGR reaches Mwanza, promising a faster link to Lake Victoria ports
most-read|3. Somalia's first census in 50 years: What we know
epaper|Read the latest print edition of The EastReporter. Buy e-paper
app|Download the app on Google Play and the App Store
network|Rift Media Group
network|The Lakeside Daily · Business Weekly · Kampala Monitor · Dar Citizen · Rift FM · RMG TV
footer|About us
footer|Contact us
footer|Advertise with us
footer|Subscriptions
footer|Terms of use
footer|Privacy policy
footer|Complaints
copyright|© 2026 Rift Media Group. All rights reserved.
"""),
]
