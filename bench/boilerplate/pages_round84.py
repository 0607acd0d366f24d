# Round 84: eight pages on four more layouts (a French public broadcaster's news site, a Maltese daily, a Guinean
# news portal, a global development news site with a pro membership), written blind: without looking at the
# classifier, its rules or the benchmark, measured once. Each line: "label|text". Invented text; no real article is
# copied.
ROUND84 = [
 dict(id="francetvinfo-style-1", site="francetvinfo-style", lang="fr", sep="\n", title="Sécheresse : déjà 32 départements soumis à des restrictions d'eau à la mi-avril, du jamais-vu à cette période", date="2026-04-17", page="""
skip-link|Aller au contenu principal
skip-link|Aller à la recherche
menu|publicinfo:
watch|Direct TV
listen|Direct radio
search|Rechercher
account|Se connecter
menu|Accueil
menu|Politique
menu|Monde
menu|Europe
menu|Société
menu|Faits-divers
menu|Environnement
menu|Éco / Conso
menu|Sports
menu|Culture
menu|Santé
menu|Sciences & technologies
menu|Météo
menu|Vrai ou faux
menu|Jeux
trending|En ce moment
trending|Conclave
trending|Budget 2027
trending|Droits de douane
trending|Procès Bétharram
breadcrumb|publicinfo / Environnement / Climat
section-label|Sécheresse
h1|Sécheresse : déjà 32 départements soumis à des restrictions d'eau à la mi-avril, du jamais-vu à cette période
lead|Après un hiver particulièrement sec dans le Sud et l'Ouest, les préfectures multiplient les arrêtés. Les nappes phréatiques sont sous les normales dans près de deux tiers des points de mesure, selon le Bureau de recherches géologiques et minières.
label|Article rédigé par
byline|Léa Marchand - publicinfo
byline|Médias Publics de France
dateline|Publié le 17/04/2026 06:12
dateline|Mis à jour le 17/04/2026 10:47
reading-time|Temps de lecture : 4min
caption|Le lit asséché de l'Hérault, près de Gignac, le 14 avril 2026. (JEAN-PAUL BERTRAND / MAXPPP)
listen|Écouter cet article
listen|Article lu par une voix de synthèse
share|Partager l'article sur les réseaux sociaux
share|Partagez sur Facebook
share|Partagez sur X (ex-Twitter)
share|Partagez sur Bluesky
share|Partagez sur WhatsApp
share|Copier le lien
save|Ajouter à mes favoris
p|Le printemps commence à peine, et la carte des restrictions d'eau ressemble déjà à celle d'un mois de juillet. Jeudi 16 avril, 32 départements faisaient l'objet d'au moins un arrêté préfectoral limitant les usages de l'eau, selon le site gouvernemental VigiEau. Un niveau jamais atteint aussi tôt dans l'année depuis la création de l'outil.
p|Dans six d'entre eux, dont les Pyrénées-Orientales, l'Aude et le Var, certaines communes sont déjà placées en « crise », le niveau le plus élevé, qui réserve l'eau aux usages prioritaires : santé, sécurité civile, eau potable et salubrité.
p|« On n'a quasiment pas eu de pluie efficace depuis octobre. Les sols sont secs comme en plein été et les rivières sont à leur niveau de fin août », résume un hydrologue de la direction régionale de l'environnement d'Occitanie.
video|VIDÉO. Dans les Pyrénées-Orientales, les arboriculteurs arrachent leurs pêchers faute d'eau
video|02:14
h2|Des nappes au plus bas dans le Sud et l'Ouest
p|Le dernier bulletin du BRGM, publié mercredi, dresse un constat contrasté. Si les nappes du Bassin parisien et du Nord-Est ont bien profité des pluies de janvier, 64 % des points de mesure affichent des niveaux inférieurs aux normales mensuelles, dont près d'un quart « très bas ».
p|La situation est particulièrement préoccupante dans le couloir rhodanien, en Provence et sur la façade atlantique, entre la Charente-Maritime et les Landes. « La période de recharge est terminée. Ce qui n'est pas tombé cet hiver ne reviendra pas avant l'automne », prévient l'organisme.
read-also|À lire aussi
read-also|CARTE. Sécheresse : découvrez si votre commune est concernée par des restrictions d'eau
p|Concrètement, les mesures varient selon quatre niveaux de gravité, fixés par chaque préfet à l'échelle de zones d'alerte :
li|Vigilance : simple incitation aux économies d'eau, sans interdiction ;
li|Alerte : interdiction d'arroser les pelouses et les jardins entre 11 heures et 18 heures, de laver sa voiture hors station et de remplir les piscines privées ;
li|Alerte renforcée : réduction d'au moins 50 % des prélèvements agricoles et interdiction de l'arrosage des golfs, sauf les greens ;
li|Crise : arrêt de tous les prélèvements non prioritaires, y compris pour l'irrigation.
h2|Les agriculteurs inquiets avant l'été
p|Pour les exploitants, le calendrier est le pire possible. Les semis de maïs et de tournesol débutent, et les arboriculteurs ont besoin d'irriguer au moment de la floraison. Dans l'Aude, la chambre d'agriculture a demandé au préfet des dérogations pour les cultures sous contrat.
embed-blocked|Ce contenu est bloqué car vous n'avez pas accepté les cookies et autres traceurs.
embed-blocked|Ce contenu est fourni par X. Pour pouvoir le visualiser, vous devez accepter l'usage étant opéré par X avec vos données qui pourront être utilisées pour les finalités suivantes : vous permettre de visualiser et de partager des contenus avec des médias sociaux, favoriser le développement et l'amélioration des produits d'X, vous adresser des publicités en lien avec votre profil.
embed-blocked|J'accepte
embed-blocked|Gérer mes choix
p|Le ministère de la Transition écologique a réuni mercredi le comité d'anticipation et de suivi hydrologique, une instance qui rassemble élus, agriculteurs, industriels et associations. La ministre a appelé les préfets à « agir tôt et de manière proportionnée » et annoncé une enveloppe de 20 millions d'euros pour aider les communes rurales à sécuriser leur approvisionnement en eau potable, notamment par des interconnexions de réseaux.
p|Une vingtaine de communes, principalement dans les Pyrénées-Orientales et le Var, sont déjà alimentées ponctuellement par camions-citernes. Un chiffre qui pourrait augmenter rapidement si les pluies de mai ne sont pas au rendez-vous.
h2|Météo-France n'annonce pas d'amélioration durable
p|Les prévisions saisonnières ne sont guère rassurantes. Météo-France estime probable un scénario plus chaud que la normale sur l'ensemble du pays pour la période mai-juillet, sans tendance nette sur les précipitations.
p|« Même des orages ne suffiraient pas. Il faudrait plusieurs semaines de pluies régulières pour que les sols se réhumidifient en profondeur », souligne un prévisionniste. En attendant, les autorités rappellent qu'une douche de cinq minutes consomme environ 60 litres d'eau, contre 150 à 200 litres pour un bain.
tip|Vous êtes agriculteur, élu ou habitant d'une commune privée d'eau ? Témoignez en écrivant à temoignages@publicinfo.fr
tags|Voir plus sur ces sujets :
tags|Sécheresse
tags|Climat
tags|Eau
tags|Agriculture
tags|Météo
share|Partager : l'article sur les réseaux sociaux
comments|Voir les commentaires
comments|Connectez-vous à votre compte publicinfo pour participer à la conversation.
comments|Se connecter
comments|Créer un compte
google-news|Suivez publicinfo sur Google Actualités
teaser-list|L'info en continu
teaser-list|10:41
teaser-list|Guerre au Proche-Orient : les négociations reprennent au Caire
teaser-list|10:33
teaser-list|Le prix de l'électricité va baisser de 4 % au 1er août
teaser-list|10:20
teaser-list|Ligue 1 : le PSG sans trois cadres pour le déplacement à Lens
teaser-list|Voir toute l'actu en continu
most-read|Les articles les plus lus
most-read|1. Impôts 2026 : la déclaration en ligne ouvre ce jeudi, voici les dates limites
most-read|2. Les pollens de bouleau en alerte rouge dans 25 départements
most-read|3. Un séisme de magnitude 4,8 ressenti dans les Alpes-Maritimes
newsletter|Recevez l'essentiel de l'actualité et restez à jour avec nos newsletters
newsletter|Découvrir nos newsletters
app|Téléchargez l'application publicinfo
app|Disponible sur l'App Store
app|Disponible sur Google Play
footer|publicinfo:
footer|Qui sommes-nous ?
footer|Charte de déontologie
footer|Contactez-nous
footer|Mentions légales
footer|Conditions générales d'utilisation
footer|Politique de confidentialité
cookie|Gestion des cookies
network|Un service des Médias Publics de France
network|MPF 2 · MPF 3 · MPF 5 · Radio Publique · MPF Outre-mer · publicinfo junior
copyright|© Médias Publics de France 2026
"""),
 dict(id="francetvinfo-style-2", site="francetvinfo-style", lang="fr", sep="\n", title="VRAI OU FAUX. Les radars automatiques rapportent-ils vraiment plus d'un milliard d'euros par an à l'État ?", date="2026-01-22", page="""
skip-link|Aller au contenu principal
skip-link|Aller à la recherche
menu|publicinfo:
watch|Direct TV
listen|Direct radio
search|Rechercher
account|Se connecter
menu|Accueil
menu|Politique
menu|Monde
menu|Europe
menu|Société
menu|Faits-divers
menu|Environnement
menu|Éco / Conso
menu|Sports
menu|Culture
menu|Santé
menu|Sciences & technologies
menu|Météo
menu|Vrai ou faux
menu|Jeux
trending|En ce moment
trending|Grand froid
trending|Budget 2026
trending|Open d'Australie
trending|Groenland
breadcrumb|publicinfo / Vrai ou faux
section-label|Vrai ou faux
h1|VRAI OU FAUX. Les radars automatiques rapportent-ils vraiment plus d'un milliard d'euros par an à l'État ?
lead|Un député a affirmé mardi que les radars étaient devenus « une machine à cash » rapportant « plus d'un milliard par an ». Le chiffre est juste, mais il ne dit pas tout de l'usage de cet argent.
label|Article rédigé par
byline|Thomas Girard - Radio Publique
byline|Médias Publics de France
dateline|Publié le 22/01/2026 07:17
reading-time|Temps de lecture : 3min
caption|Un radar automatique au bord de la RN 165, dans le Morbihan, le 9 janvier 2026. (FRED TANNEAU / AFP)
listen|Écouter (3min)
listen|Vrai ou faux
programme-guide|Chronique diffusée du lundi au vendredi à 7h17 sur Radio Publique
share|Partager l'article sur les réseaux sociaux
share|Partagez sur Facebook
share|Partagez sur X (ex-Twitter)
share|Partagez sur Bluesky
share|Partagez sur WhatsApp
share|Copier le lien
save|Ajouter à mes favoris
p|« Les radars, c'est une machine à cash : plus d'un milliard d'euros par an dans les caisses de l'État. » Invité d'une matinale mardi 20 janvier, un député de l'opposition a relancé le vieux débat sur la vocation des 4 500 radars automatiques installés sur les routes françaises.
p|Sur le montant, il n'a pas tort. Selon le dernier rapport annexé au projet de loi de finances, les amendes issues du contrôle automatisé ont rapporté environ 1,07 milliard d'euros en 2025, contre 1,02 milliard l'année précédente. Une hausse qui s'explique surtout par le déploiement des radars dits « tourelles » et des voitures-radars confiées à des sociétés privées.
h2|Un chiffre proche de la réalité
p|Ce montant correspond aux amendes forfaitaires et majorées payées par les automobilistes flashés. Il ne comprend pas les contraventions dressées directement par les forces de l'ordre lors des contrôles routiers, ni les amendes de stationnement, qui relèvent des collectivités depuis 2018.
p|Le chiffre avancé par le député est donc vrai. Mais parler de « caisses de l'État » est plus discutable, car l'essentiel de cet argent est fléché vers des dépenses précises.
read-also|À lire aussi
read-also|Permis de conduire : ce qui change pour les jeunes conducteurs en 2026
h2|Où va l'argent des radars ?
p|Le produit des amendes est réparti par un compte d'affectation spéciale. En 2025, selon les documents budgétaires, la répartition était la suivante :
li|environ 340 millions d'euros pour le fonctionnement et l'entretien du parc de radars et le traitement des avis de contravention ;
li|près de 180 millions d'euros reversés aux collectivités locales pour financer des aménagements de sécurité routière ;
li|environ 410 millions d'euros pour l'Agence de financement des infrastructures de transport, qui finance notamment l'entretien des routes nationales ;
li|le reste au désendettement de l'État et aux hôpitaux accueillant des accidentés de la route.
p|« Dire que les radars financent le budget général est inexact. Une petite partie seulement sert à réduire la dette », explique un spécialiste des finances publiques, ancien rapporteur à la Cour des comptes. Celle-ci avait d'ailleurs critiqué, dans un rapport de 2024, une répartition jugée « peu lisible » pour les usagers.
h2|Et sur la sécurité routière ?
p|Reste la question de l'efficacité. La Sécurité routière rappelle que la mortalité a été divisée par plus de deux depuis l'installation des premiers radars en 2003, même si d'autres facteurs ont joué, comme l'amélioration des véhicules. En 2025, 3 150 personnes sont mortes sur les routes de France métropolitaine, un chiffre stable.
p|Les associations d'automobilistes, elles, réclament davantage de transparence sur l'emplacement des appareils et la publication, radar par radar, du nombre d'infractions relevées.
p|En résumé : le montant d'un milliard d'euros est exact, mais l'argent est en grande partie réaffecté à la sécurité routière et aux infrastructures.
tip|Vous avez repéré une information douteuse ou un chiffre qui vous interroge ? Écrivez-nous à vraioufaux@publicinfo.fr
tags|Voir plus sur ces sujets :
tags|Sécurité routière
tags|Radars
tags|Automobile
tags|Budget
share|Partager : l'article sur les réseaux sociaux
comments|Voir les commentaires
comments|Connectez-vous à votre compte publicinfo pour participer à la conversation.
comments|Se connecter
comments|Créer un compte
related|Les autres chroniques Vrai ou faux
related|VRAI OU FAUX. Les Français travaillent-ils moins que leurs voisins européens ?
related|Publié le 21/01/2026
related|VRAI OU FAUX. Le prix du timbre a-t-il doublé en dix ans ?
related|Publié le 20/01/2026
watch|Revoir nos émissions
watch|Le 20h de MPF 2
watch|Les Informés de publicinfo
teaser-list|L'info en continu
teaser-list|09:02
teaser-list|Grand froid : 14 départements en vigilance orange
teaser-list|08:56
teaser-list|Open d'Australie : la Française qualifiée pour les huitièmes
teaser-list|Voir toute l'actu en continu
most-read|Les articles les plus lus
most-read|1. Neige et verglas : les trains fortement perturbés dans le Nord-Est
most-read|2. Budget 2026 : ce qui change sur votre fiche de paie
teaser-list|3. VRAI OU FAUX. Les radars automatiques rapportent-ils vraiment plus d'un milliard d'euros par an à l'État ?
newsletter|Recevez l'essentiel de l'actualité et restez à jour avec nos newsletters
newsletter|Découvrir nos newsletters
app|Téléchargez l'application publicinfo
app|Disponible sur l'App Store
app|Disponible sur Google Play
footer|publicinfo:
footer|Qui sommes-nous ?
footer|Charte de déontologie
footer|Contactez-nous
footer|Mentions légales
footer|Conditions générales d'utilisation
footer|Politique de confidentialité
cookie|Gestion des cookies
network|Un service des Médias Publics de France
network|MPF 2 · MPF 3 · MPF 5 · Radio Publique · MPF Outre-mer · publicinfo junior
copyright|© Médias Publics de France 2026
"""),
 dict(id="times-of-malta-style-1", site="times-of-malta-style", lang="en", sep="\n", title="Planning Authority approves 14-storey hotel in St Julian's despite 2,300 objections", date="2026-03-04", page="""
timestamp|Wednesday, March 4, 2026
weather|Valletta 17°C
epaper|ePaper
account|Log in
subscribe|Subscribe
menu|The Malta Chronicle
menu|National
menu|World
menu|Opinion
menu|Sport
menu|Business
menu|Life & Style
menu|Community
menu|Videos
menu|Podcasts
menu|Jobs
menu|Obituaries
menu|Puzzles
menu|Brand Studio
search|Search
breaking|BREAKING
breaking|Traffic diverted in Marsa after truck overturns on bypass
ad|Advertisement
section-label|National
h1|Planning Authority approves 14-storey hotel in St Julian's despite 2,300 objections
lead|Board votes 8-4 in favour as residents and NGOs vow to appeal
byline|Kurt Zammit
reading-time|4 min read
dateline|Wednesday, 4 March 2026, 13:42
dateline|Updated 16:05
share|Share on Facebook
share|Share on X
share|Share on WhatsApp
share|Share on LinkedIn
share|Share by email
listen|Listen to this article
listen|0:00 / 4:38
caption|A photomontage of the proposed hotel, as seen from Spinola Bay.
credit|Image: Planning Authority
p|The Planning Authority on Wednesday approved a 14-storey hotel overlooking Spinola Bay in St Julian's, despite more than 2,300 objections from residents, the local council and environmental groups.
p|The board voted eight to four in favour of the project, which will replace a three-storey 1970s guesthouse and two adjacent townhouses with a 186-room hotel, a rooftop pool and a public piazza at street level.
p|The developer, Seaview Leisure Ltd, had reduced the height of the building from 17 floors to 14 after the case officer raised concerns about its impact on the skyline last year.
p|The hearing, held at the authority's offices in Floriana, lasted more than four hours. Around 60 objectors attended, some holding placards reading "Our bay is not for sale".
ad|Advertisement
h2|'A precedent for the whole coast'
p|St Julian's mayor Albert Buttigieg told the board the hotel would "dwarf everything around it" and set a precedent for other high-rise projects along the coastline.
p|"Every time we are told this is an exception. But exceptions keep adding up, and the people who live here pay the price in traffic, noise and dust," he said.
p|A coalition of eight environmental NGOs argued that the site falls outside the areas designated for tall buildings in the 2014 policy on high-rise development, and that the heritage value of the old townhouses had not been properly assessed.
p|The Superintendence of Cultural Heritage had objected to the demolition of the townhouses in its first submission, but later withdrew its objection after the developer agreed to retain and restore one of the two facades.
related-inline|Read more
related-inline|Residents in Pembroke launch legal challenge against Villa Rosa masterplan
h2|Developer promises 'public benefit'
p|The architect representing Seaview Leisure said the project would regenerate a "tired and neglected" corner of the bay and create around 150 permanent jobs.
p|He said the public piazza, which will remain open 24 hours a day, and a €1.2 million contribution towards the upgrading of the Spinola promenade were a clear planning gain for the locality.
p|Board members who voted in favour noted that the Environment and Resources Authority had not objected, and that the traffic impact assessment concluded the road network could absorb the additional trips.
p|Objectors now have 30 days to file an appeal before the Environment and Planning Review Tribunal. Spinola Residents' Association spokesperson Claire Galea said an appeal was "certain".
p|"We will take this as far as we have to," she said after the vote.
subscribe|Independent journalism costs money. Support The Malta Chronicle for the price of a coffee.
subscribe|Support Us
tip|Send us your news: WhatsApp 7900 0000 or email newsdesk@maltachronicle.com.mt
tags|Topics
tags|Planning
tags|Environment
tags|St Julian's
tags|Tourism
newsletter|Sign up to our free newsletters
newsletter|Get the best updates straight to your inbox:
newsletter|Morning Briefing
newsletter|Breaking News
newsletter|Sport
newsletter|Please select at least one mailing list.
newsletter|I agree to the Terms & Conditions and Privacy Policy
newsletter|Sign up
related|Related Stories
related|Planning Authority rejects 10-storey block in Swieqi
related|Miriam Grech
related|2 min read
related|Government to review high-rise policy, minister says
related|Jessica Arena
related|3 min read
comments|Comments
comments|Comments not loading? We recommend using Google Chrome or Mozilla Firefox with javascript turned on.
comments|Comments powered by Disqus
sponsored|Sponsored Articles
sponsored|Five reasons to visit Gozo this spring
sponsored|How to choose the right mortgage for your first home
most-read|Most Read
most-read|1
most-read|Man, 34, dies in Mosta traffic accident
most-read|2
most-read|Watch: Fire breaks out at Ħal Far factory
most-read|3
teaser-list|Planning Authority approves 14-storey hotel in St Julian's despite 2,300 objections
obituary|Obituaries
obituary|Deaths, anniversaries and in memoriam notices
app|Download the Malta Chronicle app
footer|The Malta Chronicle
footer|About us
footer|Contact us
footer|Advertise with us
footer|Careers
footer|Editorial Policy
footer|Complaints
footer|Terms & Conditions
footer|Privacy Policy
cookie|Cookie Policy
footer|The Malta Chronicle is published by Chronicle Publishing Ltd, Triq il-Kbira, Mrieħel, BKR 3000, Malta.
copyright|© 2026 Chronicle Publishing Ltd. All rights reserved.
"""),
 dict(id="times-of-malta-style-2", site="times-of-malta-style", lang="en", sep="\n", title="Teachers' union orders work-to-rule over shortage of learning support educators", date="2026-01-20", page="""
timestamp|Tuesday, January 20, 2026
weather|Valletta 14°C
epaper|ePaper
account|Log in
subscribe|Subscribe
menu|The Malta Chronicle
menu|National
menu|World
menu|Opinion
menu|Sport
menu|Business
menu|Life & Style
menu|Community
menu|Videos
menu|Podcasts
menu|Jobs
menu|Obituaries
menu|Puzzles
menu|Brand Studio
search|Search
ad|Advertisement
section-label|National
h1|Teachers' union orders work-to-rule over shortage of learning support educators
lead|Directives to start on Monday in state schools unless ministry fills 140 vacancies
byline|Jessica Arena
reading-time|3 min read
dateline|Tuesday, 20 January 2026, 09:15
share|Share on Facebook
share|Share on X
share|Share on WhatsApp
share|Share on LinkedIn
share|Share by email
listen|Listen to this article
listen|0:00 / 3:21
video|Watch: Union president explains the directives.
video|Video: Jonathan Borg
p|The Malta Union of Educators has ordered teachers in state schools to follow a work-to-rule from Monday, in protest over what it describes as a chronic shortage of learning support educators in classrooms.
p|In a statement on Tuesday morning, the union said around 140 posts for learning support educators (LSEs) were still vacant four months into the scholastic year, leaving some teachers to manage classes that include several children with a statement of needs without any support.
p|"Teachers are being asked to do the impossible. Children who have a legal right to support are not getting it, and everyone in the classroom is suffering," the union's president said.
h2|What the directives mean
p|Under the directives, teachers in state primary and secondary schools will:
li|not cover classes of absent colleagues beyond their timetabled lessons;
li|not attend meetings held outside school hours;
li|not take part in school activities or outings that are not already approved;
li|refuse to take charge of a class in which a child with a statement of needs has no LSE assigned.
p|The union said the directives would not affect exams or lessons, and that parents would be informed through school administrations.
ad|Advertisement
h2|Ministry says recruitment under way
p|In reply, the Education Ministry said a new call for applications had been issued in December and that 62 new LSEs had already been engaged since the start of the scholastic year.
p|A ministry spokesperson said the number of students with a statement of needs had risen by almost 20 per cent in three years, placing "unprecedented" demand on the service.
p|"We share the union's concern and we are working to fill every vacancy. Industrial action that affects children will not help," the spokesperson said, adding that the ministry had invited the union to a meeting on Thursday.
p|Parents' associations have expressed concern. One mother of a nine-year-old boy with autism in a Birkirkara school said her son had been without an assigned LSE since November. "Some days the school calls me to pick him up early because they cannot cope. I had to cut my hours at work," she said.
p|The dispute comes as negotiations on a new sectoral agreement for educators, which expired last year, are expected to start in the coming weeks.
subscribe|Independent journalism costs money. Support The Malta Chronicle for the price of a coffee.
subscribe|Support Us
tip|Send us your news: WhatsApp 7900 0000 or email newsdesk@maltachronicle.com.mt
tags|Topics
tags|Education
tags|Industrial Relations
tags|Unions
newsletter|Sign up to our free newsletters
newsletter|Get the best updates straight to your inbox:
newsletter|Morning Briefing
newsletter|Breaking News
newsletter|Sport
newsletter|Please select at least one mailing list.
newsletter|I agree to the Terms & Conditions and Privacy Policy
newsletter|Sign up
related|Related Stories
related|Schools report record number of students with statement of needs
related|Kurt Zammit
related|3 min read
related|Teachers' sectoral agreement: what the union wants
related|Miriam Grech
related|5 min read
comments|Comments
comments|Comments not loading? We recommend using Google Chrome or Mozilla Firefox with javascript turned on.
comments|Comments powered by Disqus
jobs|Jobs
jobs|Learning Support Educator - Private School, St Paul's Bay
jobs|Accounts Assistant - Qormi
jobs|View all jobs
most-read|Most Read
most-read|1
most-read|Cold snap: temperatures to drop to 6°C overnight
most-read|2
most-read|Court frees man accused of Paceville stabbing on bail
most-read|3
most-read|Air Malta successor adds three new routes for summer
obituary|Obituaries
obituary|Deaths, anniversaries and in memoriam notices
app|Download the Malta Chronicle app
footer|The Malta Chronicle
footer|About us
footer|Contact us
footer|Advertise with us
footer|Careers
footer|Editorial Policy
footer|Complaints
footer|Terms & Conditions
footer|Privacy Policy
cookie|Cookie Policy
footer|The Malta Chronicle is published by Chronicle Publishing Ltd, Triq il-Kbira, Mrieħel, BKR 3000, Malta.
copyright|© 2026 Chronicle Publishing Ltd. All rights reserved.
"""),
 dict(id="guineenews-style-1", site="guineenews-style", lang="fr", sep="\n", title="Kankan : les commerçants du grand marché ferment boutique pour protester contre la hausse de la taxe d'étalage", date="2026-02-10", page="""
timestamp|mardi, février 10, 2026
ticker|1 € = 10 125 GNF
ticker|1 $ = 8 640 GNF
account|Connexion
social|Facebook Twitter YouTube Instagram TikTok
menu|Guinée Horizon
menu|L'information guinéenne sans détour
menu|Accueil
menu|Actualités
menu|Politique
menu|Économie
menu|Mines
menu|Société
menu|Santé
menu|Éducation
menu|Sports
menu|Culture
menu|Régions
menu|International
menu|Tribune
menu|Horizon TV
search|Rechercher
breaking|À LA UNE
breaking|Conakry : délestages prolongés dans plusieurs quartiers de Ratoma
breaking|Siguiri : un orpailleur meurt dans l'effondrement d'un puits
ad|- Publicité -
ad|Avec MoneyFlash, envoyez de l'argent partout en Guinée en un clic ! Composez *144#
breadcrumb|Accueil Régions
section-label|Régions
h1|Kankan : les commerçants du grand marché ferment boutique pour protester contre la hausse de la taxe d'étalage
byline|Par Sékou Kaba
dateline|10 février 2026
comments|0
views|537
share|Partager
share|Facebook
share|Twitter
share|WhatsApp
share|Pinterest
share|Linkedin
share|Email
caption|Le grand marché de Kankan, ce mardi matin, rideaux baissés
credit|Photo Guinée Horizon
p|Le grand marché de Kankan a tourné au ralenti ce mardi 10 février 2026. La majorité des boutiques et des étals sont restés fermés à l'appel de l'Union des commerçants de la préfecture, qui proteste contre la hausse de la taxe d'étalage décidée par la délégation spéciale de la commune urbaine.
p|Selon les commerçants, cette taxe journalière est passée de 2 000 à 5 000 francs guinéens pour les tabliers, et de 5 000 à 10 000 francs guinéens pour les boutiques situées à l'intérieur du marché. Une augmentation appliquée depuis le début du mois, sans concertation préalable, dénoncent-ils.
p|« Nous ne refusons pas de payer les taxes. Mais on ne peut pas doubler les montants du jour au lendemain alors que les clients n'ont plus d'argent. Depuis la rentrée, les ventes ont baissé de moitié », a expliqué Mamady Condé, vendeur de tissus au marché depuis plus de vingt ans.
p|Devant les rangées de boutiques fermées, des femmes vendeuses de légumes, venues des villages environnants, ont préféré s'installer aux abords de la route de Siguiri. « Moi je n'ai pas de boutique, si je ne vends pas aujourd'hui mes tomates vont pourrir », confie l'une d'elles, qui a tenu à garder l'anonymat.
ad|- Publicité -
read-also|Lire aussi : Kankan : la route du marché de Dibida enfin bitumée
p|Le président de l'Union des commerçants, El Hadj Lansana Kaba, affirme avoir adressé deux courriers à la mairie sans obtenir de réponse. « On nous parle de travaux d'assainissement et de la construction de nouveaux hangars. Nous voulons d'abord voir les réalisations avant de payer plus », a-t-il insisté.
p|Joint au téléphone, le secrétaire général de la commune urbaine de Kankan défend la mesure. Selon lui, la hausse a été adoptée lors d'une session budgétaire et doit permettre de financer le curage des caniveaux et la réhabilitation de l'éclairage du marché avant la saison des pluies.
p|« Les taxes n'avaient pas bougé depuis plus de dix ans. Les recettes actuelles ne couvrent même pas les salaires des agents de nettoyage. Mais nous restons ouverts au dialogue », a-t-il déclaré, annonçant une rencontre avec les représentants des commerçants ce jeudi sous l'égide du préfet.
p|En attendant, la mobilisation semble bien suivie. Aux environs de midi, seules quelques boutiques de produits alimentaires avaient levé leurs rideaux. Un important dispositif des forces de l'ordre était visible autour du marché, sans qu'aucun incident ne soit signalé.
p|Les commerçants menacent de prolonger le mouvement si la délégation spéciale ne revient pas sur sa décision d'ici la fin de la semaine.
signature|De notre correspondant à Kankan, Sékou Kaba
tags|ÉTIQUETTES
tags|Commerce
tags|Kankan
tags|Taxes
share|Facebook Twitter WhatsApp
nav|Article précédent
nav|Foot : le Horoya se qualifie pour les quarts de finale de la Coupe nationale
nav|Article suivant
nav|Mamou : 12 nouvelles salles de classe réceptionnées à Dounet
related|ARTICLES SIMILAIRES
related|PLUS DE L'AUTEUR
related|Kérouané : les orpailleurs demandent la réouverture des sites fermés
related|Kankan : les transporteurs suspendent leur grève après un accord avec la préfecture
related|Mandiana : une pénurie de carburant paralyse la circulation
comments|LAISSER UN COMMENTAIRE
comments|Annuler la réponse
comments|Veuillez entrer votre commentaire!
comments|Veuillez entrer votre nom ici
comments|Vous avez entré une adresse e-mail incorrecte!
comments|Veuillez entrer votre adresse email ici
comments|Enregistrer mon nom, email et site web dans ce navigateur pour la prochaine fois que je commenterai.
most-read|LES PLUS LUS
most-read|Conakry : un incendie ravage une partie du marché de Madina
most-read|Examens nationaux : le ministère publie le calendrier 2026
most-read|Boké : des jeunes manifestent pour l'emploi local dans les mines
jobs|AVIS DE RECRUTEMENT
jobs|Une société minière recrute des conducteurs d'engins à Boké
jobs|Une ONG internationale recrute un chargé de suivi-évaluation
footer|À PROPOS DE NOUS
footer|Guinée Horizon est un site d'information générale qui traite de l'actualité politique, économique, sociale, culturelle et sportive de la Guinée et de l'Afrique.
contact|Contactez-nous : redaction@guineehorizon.com
footer|SUIVEZ-NOUS
copyright|© Guinée Horizon 2026 - Tous droits réservés
footer|Conception : Kaloum Digital
"""),
 dict(id="guineenews-style-2", site="guineenews-style", lang="fr", sep="\n", title="Labé : une campagne de vaccination contre la rougeole vise plus de 120 000 enfants", date="2026-03-03", page="""
timestamp|mardi, mars 3, 2026
ticker|1 € = 10 140 GNF
ticker|1 $ = 8 655 GNF
account|Connexion
social|Facebook Twitter YouTube Instagram TikTok
menu|Guinée Horizon
menu|L'information guinéenne sans détour
menu|Accueil
menu|Actualités
menu|Politique
menu|Économie
menu|Mines
menu|Société
menu|Santé
menu|Éducation
menu|Sports
menu|Culture
menu|Régions
menu|International
menu|Tribune
menu|Horizon TV
search|Rechercher
breaking|À LA UNE
breaking|Ramadan : le prix du sac de riz en hausse sur les marchés de Conakry
ad|- Publicité -
ad|Orange Money : payez vos factures EDG sans vous déplacer
breadcrumb|Accueil Santé
section-label|Santé
h1|Labé : une campagne de vaccination contre la rougeole vise plus de 120 000 enfants
byline|Par Alpha Oumar Bah
dateline|3 mars 2026
comments|1
views|298
share|Partager
share|Facebook
share|Twitter
share|WhatsApp
share|Pinterest
share|Linkedin
share|Email
p|La direction préfectorale de la santé (DPS) de Labé a lancé ce lundi 2 mars une campagne de vaccination de riposte contre la rougeole. Pendant cinq jours, les équipes sanitaires vont sillonner la commune urbaine et les treize sous-préfectures pour vacciner plus de 120 000 enfants âgés de 6 mois à 14 ans.
p|Cette campagne intervient après la confirmation de plusieurs cas de rougeole dans la préfecture depuis le début de l'année. Selon les chiffres de la DPS, 87 cas suspects ont été notifiés, dont 31 confirmés par le laboratoire, et deux décès ont été enregistrés chez des enfants de moins de cinq ans.
caption|Un agent de santé administre le vaccin à un enfant au centre de santé de Daka, lundi
credit|Photo Alpha Oumar Bah/Guinée Horizon
p|Le lancement officiel a eu lieu au centre de santé urbain de Daka, en présence du préfet, des autorités communales, des leaders religieux et des partenaires techniques. « La rougeole est une maladie très contagieuse, mais on peut l'éviter. Le vaccin est gratuit. Nous demandons à tous les parents d'amener leurs enfants, même ceux qui ont déjà été vaccinés », a lancé le directeur préfectoral de la santé, Dr Mamadou Lamarana Diallo.
ad|- Publicité -
p|Pour atteindre les enfants des zones les plus reculées, la DPS a mobilisé 186 équipes de vaccination, appuyées par des relais communautaires. Des postes fixes sont installés dans les centres de santé, tandis que des équipes mobiles se rendent dans les écoles, les mosquées et les marchés hebdomadaires.
p|Les sous-préfectures les plus touchées par l'épidémie font l'objet d'une attention particulière. Il s'agit de :
li|Popodara, où le premier cas a été détecté en janvier ;
li|Hafia ;
li|Kaalan ;
li|Sannou ;
li|Tountouroun.
read-also|Lire aussi : Santé : la Guinée reçoit un nouveau lot de vaccins contre le paludisme
p|Dans la cour du centre de santé de Daka, les mamans sont venues nombreuses dès les premières heures. Fatoumata Binta Diallo, mère de trois enfants, s'est dite soulagée. « Dans notre quartier, deux enfants ont eu la maladie le mois passé. J'avais peur pour les miens. Quand j'ai entendu l'annonce à la radio, je suis venue directement », témoigne-t-elle.
p|Les imams de la ville ont été associés à la sensibilisation. Lors de la prière du vendredi dernier, des messages ont été lus dans plusieurs mosquées pour encourager les fidèles à faire vacciner leurs enfants et combattre les rumeurs sur de prétendus effets secondaires.
p|Le responsable du Programme élargi de vaccination (PEV) à Labé reconnaît toutefois quelques difficultés, notamment le manque de moyens de déplacement pour certaines équipes et l'accès difficile à des districts situés en zone montagneuse. « Nous comptons sur les motos mises à disposition par les partenaires et sur la bonne volonté des communautés », a-t-il expliqué.
p|À la fin de la campagne, une évaluation sera conduite pour mesurer le taux de couverture. L'objectif fixé par les autorités sanitaires est d'atteindre au moins 95 % des enfants ciblés.
signature|Alpha Oumar Bah, depuis Labé pour Guinée Horizon
signature|Tél. : (+224) 622 00 00 00
tags|ÉTIQUETTES
tags|Labé
tags|Rougeole
tags|Santé
tags|Vaccination
share|Facebook Twitter WhatsApp
nav|Article précédent
nav|Boffa : trois pêcheurs portés disparus après le chavirement d'une pirogue
nav|Article suivant
nav|Tribune : « L'école guinéenne a besoin d'un vrai débat »
related|ARTICLES SIMILAIRES
related|PLUS DE L'AUTEUR
related|Labé : le nouvel hôpital régional ouvre son service de pédiatrie
related|Pita : les agents de santé communautaire réclament leurs primes
related|Mali (Labé) : l'accès à l'eau potable toujours difficile à Yembéring
comments|1 COMMENTAIRE
comments|Mariama Sow
comments|3 mars 2026 à 14 h 22 min
comments|Merci à la DPS. Il faut aussi penser aux enfants de Tountouroun qui n'ont pas pu venir hier.
comments|Répondre
comments|LAISSER UN COMMENTAIRE
comments|Annuler la réponse
comments|Veuillez entrer votre commentaire!
comments|Veuillez entrer votre nom ici
comments|Vous avez entré une adresse e-mail incorrecte!
comments|Veuillez entrer votre adresse email ici
comments|Enregistrer mon nom, email et site web dans ce navigateur pour la prochaine fois que je commenterai.
most-read|LES PLUS LUS
most-read|Conakry : la circulation interdite aux poids lourds aux heures de pointe
most-read|Ramadan : le prix du sac de riz en hausse sur les marchés de Conakry
most-read|Coupe nationale : le programme des quarts de finale dévoilé
obituary|NÉCROLOGIE
obituary|Rappel à Dieu de El Hadj Thierno Mamadou Bah, ancien enseignant à Labé
footer|À PROPOS DE NOUS
footer|Guinée Horizon est un site d'information générale qui traite de l'actualité politique, économique, sociale, culturelle et sportive de la Guinée et de l'Afrique.
contact|Contactez-nous : redaction@guineehorizon.com
footer|SUIVEZ-NOUS
copyright|© Guinée Horizon 2026 - Tous droits réservés
footer|Conception : Kaloum Digital
"""),
 dict(id="devex-style-1", site="devex-style", lang="en", sep="\n", title="African health ministers back pooled vaccine purchasing as donor aid shrinks", date="2026-02-19", page="""
skip-link|Skip to main content
subscribe|Get 20% off DevGlobe Pro. Offer ends Friday. Claim offer
menu|DevGlobe
menu|News
menu|Jobs
menu|Funding
menu|Events
menu|Talent
menu|Newsletters
menu|Pro
search|Search
account|Sign in
subscribe|Join DevGlobe Pro
section-label|Global Health
h1|African health ministers back pooled vaccine purchasing as donor aid shrinks
lead|A new continental mechanism would let countries buy routine vaccines together and negotiate lower prices, but its backers still need to find $1.2 billion in start-up capital.
byline|By Amina Okafor // 19 February 2026
share|Share on Twitter
share|Share on Facebook
share|Share on LinkedIn
share|Share via email
print|Print article
save|Save article
caption|A health worker prepares a measles vaccine at a clinic in Kano, Nigeria. Photo by: Ismail Adebayo / Reuters
p|Health ministers from 38 African countries on Wednesday endorsed a plan to pool their purchases of routine childhood vaccines, in a bid to secure lower prices and predictable supply as traditional donor funding for immunization contracts.
p|The African Pooled Procurement Mechanism, first proposed by the Africa Centres for Disease Control and Prevention in 2023, would allow governments to place joint orders through a single buying agency, with payments guaranteed by a revolving fund. Ministers meeting in Addis Ababa adopted a framework agreement that sets out how countries will join, how prices will be negotiated, and how orders from African manufacturers will be prioritized.
p|"For too long we have been price takers," one East African health minister told DevGlobe on the sidelines of the meeting. "If we come to the table as a continent, with one order and one payment system, manufacturers will listen."
newsletter|Sign up for DevGlobe CheckIn, our weekly newsletter for exclusive global health news and insider insights.
newsletter|Sign up
h2|A shrinking safety net
p|The push comes as several countries face the prospect of paying more for vaccines themselves. Many middle-income countries in Africa are due to transition out of donor-supported vaccine programs over the next five years, while cuts to bilateral aid budgets in the United States and Europe have left ministries scrambling to fill gaps in their health budgets.
p|According to figures presented at the meeting, African governments spent about $1.7 billion on vaccines in 2025, roughly a third of which was co-financing for programs supported by international partners. That share is expected to rise to more than half by 2030.
read-also|Read more: Inside the scramble to replace lost US funding for HIV prevention
read-also|Read more: Opinion: Africa's vaccine makers need buyers, not just factories
p|Proponents argue that pooling demand would give the continent more leverage. An analysis commissioned by the Africa CDC estimated that joint procurement could cut the cost of some vaccines by 10% to 25%, depending on volumes and the number of participating countries.
h2|Money still missing
p|But the mechanism is not yet funded. Its revolving fund would need an initial capitalization of about $1.2 billion to guarantee payments to manufacturers and absorb the risk of late payment by governments, according to the framework document seen by DevGlobe.
p|So far, only about $310 million has been committed, mostly from the African Export-Import Bank and two regional development banks. Officials said discussions were underway with philanthropic foundations and the European Union.
p|Some experts also warn that the plan may struggle to deliver on its promise to buy from African manufacturers, whose products are often more expensive than those of large Indian producers. "There is a real tension between getting the lowest price and building local industry. Ministers will have to decide who pays the difference," said a global health financing researcher based in Nairobi.
p|The framework will now go to the African Union summit for approval, after which countries will need to sign individual participation agreements. Officials hope to place the first pooled orders, likely for measles and pneumococcal vaccines, in 2027.
correction|Update, Feb. 20, 2026: This article has been updated to clarify the number of countries that endorsed the framework.
print|Printing articles to share with others is a breach of our terms and conditions and copyright policy. Please use the sharing options on the left side of the article. DevGlobe Pro subscribers may share up to 10 articles per month using the Pro share tool.
tags|Global Health
tags|Funding
tags|Africa
tags|Vaccines
author-bio|About the author
author-bio|Amina Okafor
author-bio|Amina Okafor is a Senior Reporter at DevGlobe covering global health and health financing. She is based in Lagos and previously reported for a pan-African business weekly.
author-link|More by this author
related|Related Stories
related|Global Health: Gavi's next strategy bets on fewer, bigger deals
related|Funding: What the latest aid cuts mean for health programs in 2026
jobs|Related Jobs
jobs|Immunization Program Officer
jobs|International NGO
jobs|Abuja, Nigeria
jobs|Health Financing Specialist
jobs|Multilateral agency
jobs|Addis Ababa, Ethiopia
jobs|Search for jobs
most-read|Trending
most-read|1 The 10 biggest development funders of 2025
most-read|2 Exclusive: UN agencies prepare for another round of layoffs
most-read|3 Opinion: Localization is stalling. Here's why
event|Upcoming events
event|Financing Health Sovereignty in Africa
event|March 12, 2026 · Virtual
event|Register now
footer|DevGlobe
footer|DevGlobe is the media platform for the global development community.
footer|About us
footer|Careers
footer|Our team
footer|Editorial guidelines
footer|Contact us
footer|Advertise
footer|Help center
footer|Terms of use
footer|Privacy policy
social|Follow us on LinkedIn X Facebook Instagram
copyright|© Copyright DevGlobe 2026
"""),
 dict(id="devex-style-2", site="devex-style", lang="en", sep="\n", title="What the EU's new partnership rules mean for NGOs chasing Global Europe funding", date="2026-03-26", page="""
skip-link|Skip to main content
menu|DevGlobe
menu|News
menu|Jobs
menu|Funding
menu|Events
menu|Talent
menu|Newsletters
menu|Pro
search|Search
account|My account
account|Hi, Daniel
paywall|PRO
section-label|Funding
section-label|DevGlobe Pro Insider
h1|What the EU's new partnership rules mean for NGOs chasing Global Europe funding
lead|Larger grants, fewer calls, and a bigger role for EU delegations: implementers will need to adjust how they compete for European development money.
byline|By Pierre Vandermeulen // 26 March 2026
listen|Listen to this article
listen|7 min
share|Share on Twitter
share|Share on LinkedIn
share|Share via email
share|Share with a colleague (8 of 10 left this month)
save|Save to My Pro
section-label|In brief:
li|The European Commission has published draft guidance on how it will award grants under its merged external action instrument.
li|Calls for proposals will be fewer and larger, with more money channeled through consortia and multi-year framework partnerships.
li|Smaller NGOs may struggle to compete unless they partner with established organizations.
p|The European Commission has set out how it intends to hand out grants under the next generation of its external funding, and organizations that rely on EU money are already warning that the changes will favor large players.
p|Draft guidance circulated to member states and seen by DevGlobe describes a shift toward fewer, larger calls for proposals, longer partnership agreements and a bigger say for EU delegations in deciding which projects get funded. The rules will apply to grants under Global Europe from 2028, pending the adoption of the EU's next long-term budget.
p|"The message is clear: Brussels wants to manage fewer contracts and spend more money through each one," said a consultant who helps NGOs prepare EU bids. "That is efficient for the commission. It is not necessarily good for local organizations."
h2|Key changes for implementers
p|According to the draft, the main changes include:
li|a minimum grant size of 3 million euros for most calls managed from Brussels, up from 500,000 euros in many current calls;
li|framework partnership agreements of up to seven years with a limited number of "strategic partners" in each sector;
li|a single, simplified concept note stage, with full proposals requested only from shortlisted applicants;
li|a requirement that at least 25% of each grant be passed on to local partners in the country of implementation.
p|The last point has been welcomed by advocates of localization, who have long criticized the EU for channeling most of its funding through European organizations. But some question how it will be enforced. "Twenty-five percent is a floor that many of us already exceed. What matters is whether local partners get a real say in the design of the project," said a policy officer at a Brussels-based NGO network.
paywall|Exclusive to DevGlobe Pro members
h2|Delegations in the driving seat
p|The guidance also gives EU delegations in partner countries a larger role in defining priorities and evaluating proposals, in line with the commission's "Team Europe" approach of aligning development funding with its political and investment goals.
p|For implementers, that means relationships in-country will matter more than ever. Several sources told DevGlobe they were already strengthening their presence near delegations in countries such as Kenya, Senegal and Bangladesh.
p|Not everyone is convinced the shift will improve results. A former EU official who managed grants in West Africa said delegations were "already stretched thin" after staffing cuts and may lack the capacity to handle larger, more complex partnerships.
p|The commission is expected to open a public consultation on the draft in May. Member states and the European Parliament, which have yet to agree on the overall size of the external action budget, could still push for changes.
p|For now, the consultant's advice to smaller organizations is simple: "Find your consortium partners now. In two years, it will be too late."
print|Printing articles to share with others is a breach of our terms and conditions and copyright policy. Please use the sharing options on the left side of the article. DevGlobe Pro subscribers may share up to 10 articles per month using the Pro share tool.
tags|Funding
tags|European Union
tags|NGOs
tags|Localization
author-bio|About the author
author-bio|Pierre Vandermeulen
author-bio|Pierre Vandermeulen is DevGlobe's Brussels correspondent, covering EU development policy and funding. He has reported on European institutions for more than a decade.
author-link|More by this author
funding|Pro Funding opportunities
funding|EU: Support to civil society organizations in the Sahel, grant, 4.5 million euros
funding|Deadline: 14 May 2026
funding|EU: Technical assistance to the Green Energy Facility, Kenya, tender
funding|Deadline: 2 June 2026
funding|Browse all funding opportunities
related|Related Stories
related|Pro: The top 20 EU implementing partners, ranked
related|Global Europe: What we know about the EU's next aid budget
jobs|Related Jobs
jobs|EU Grants Manager
jobs|Humanitarian NGO
jobs|Brussels, Belgium
jobs|Search for jobs
newsletter|DevGlobe Pro Insider
newsletter|Exclusive analysis on how to win funding, delivered weekly to Pro members.
newsletter|Manage newsletters
footer|DevGlobe
footer|DevGlobe is the media platform for the global development community.
footer|About us
footer|Careers
footer|Our team
footer|Editorial guidelines
footer|Contact us
footer|Advertise
footer|Help center
footer|Terms of use
footer|Privacy policy
social|Follow us on LinkedIn X Facebook Instagram
copyright|© Copyright DevGlobe 2026
"""),
]
