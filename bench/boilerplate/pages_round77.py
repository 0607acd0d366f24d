# Round 77: eight pages on four more layouts (a French conservative daily's international page, a head of state's
# official website publishing a meeting transcript in English, a West African national information agency's site in
# French, a professional network's long-form article post), written blind: without looking at the classifier, its
# rules or the benchmark. Each line: "label|text". Invented text; no real article is copied; people and outlet names
# are invented. New junk kinds: elision (a transcript's "<…>" cut marker), tabs, status ("Published in sections"),
# permalink, license, login (sign-in wall), follow, followers, report, reading-time, weather.
ROUND77 = [
 dict(id="lefigaro-international-style-1", site="lefigaro-international-style", lang="fr", sep="\n", title="Au Japon, la pénurie de riz relance le débat sur l'ouverture du marché agricole", date="2026-02-12", page="""
skip-link|Aller au contenu principal
skip-link|Aller au menu
menu|Menu
menu|Le Mercure
search|Rechercher
subscribe|S'abonner
subscribe|Offre spéciale : 1€ le premier mois
account|Se connecter
menu|Actualité
menu|Politique
menu|International
menu|Économie
menu|Culture
menu|Sport
menu|Vox
menu|Madame
menu|Immobilier
menu|Santé
menu|Voyage
menu|Europe
menu|Guerre en Ukraine
menu|Moyen-Orient
menu|Afrique
menu|Amériques
menu|Asie-Pacifique
breadcrumb|Accueil
breadcrumb|International
section-label|RÉCIT
h1|Au Japon, la pénurie de riz relance le débat sur l'ouverture du marché agricole
lead|Malgré le déblocage des stocks d'urgence, le prix du sac de cinq kilos a presque doublé en deux ans. Tokyo, longtemps arc-bouté sur la protection de ses riziculteurs, envisage désormais d'assouplir ses quotas d'importation.
byline|Par Arnaud Vasseur
byline|Correspondant à Tokyo
dateline|Publié le 12 février 2026 à 18:04, mis à jour le 13 février 2026 à 09:27
listen|Écouter cet article
listen|00:00/06:48
share|Copier le lien
share|Lien copié
comments|Commenter
save|Sauvegarder
share|Partager
share|Offrir l'article
paywall|Article réservé aux abonnés
caption|Dans un supermarché de Tokyo, le 10 février. Certaines enseignes limitent désormais l'achat à un sac par client.
credit|Kim Kyung-Hoon / REUTERS
p|Dans les rayons du supermarché de quartier de Setagaya, à l'ouest de Tokyo, l'étiquette jaune ne passe pas inaperçue : « Un sac par foyer, merci de votre compréhension. » Le riz koshihikari de Niigata, la variété reine, s'y vend 4 980 yens les cinq kilos, soit près de 31 euros. Il y a deux ans, le même sac coûtait moins de 2 500 yens.
p|« Je n'avais jamais vu ça, même pendant la crise de 1993 », soupire une retraitée venue faire ses courses en vélo. Comme beaucoup de ménages japonais, elle s'est rabattue sur des mélanges moins chers, voire sur le pain et les pâtes, un renoncement presque culturel dans un pays où le riz reste au cœur de chaque repas.
ad|Publicité
ad|Passer la publicité
read-also|À lire aussi Au Japon, la démographie en berne vide les campagnes de leurs écoles
h2|Des stocks d'urgence insuffisants
p|Le gouvernement a pourtant multiplié les gestes. Depuis l'automne, plus de 300 000 tonnes ont été puisées dans les réserves stratégiques et vendues aux distributeurs à prix réduit. L'effet a été de courte durée. Les mauvaises récoltes de 2024 et 2025, dues à des étés caniculaires dans le nord de l'archipel, ont laissé le marché durablement tendu.
p|Les spécialistes pointent aussi les faiblesses structurelles d'une filière vieillissante. L'âge moyen des riziculteurs dépasse désormais 69 ans, et les surfaces cultivées ont reculé d'un tiers en trente ans sous l'effet d'une politique de réduction de la production longtemps encouragée par l'État pour soutenir les prix.
p|« On a payé pendant un demi-siècle les paysans pour qu'ils produisent moins. Il ne faut pas s'étonner qu'il en manque aujourd'hui », résume un économiste de l'université Keio, qui plaide pour une refonte complète du système.
h2|Le tabou des importations
p|C'est sur ce terrain que le débat devient explosif. Le Japon n'importe aujourd'hui que de petites quantités de riz, dans le cadre d'un quota négocié à l'OMC et lourdement taxé au-delà. Ouvrir davantage les vannes, notamment au riz californien ou australien, heurterait de plein fouet le puissant lobby agricole, pilier électoral du Parti libéral-démocrate dans les circonscriptions rurales.
p|Le ministère de l'Agriculture a pourtant confirmé mardi qu'un groupe de travail examinait « toutes les options », y compris un relèvement temporaire du quota. Une perspective qui a aussitôt suscité la colère des coopératives, qui dénoncent « une capitulation ».
ad|Publicité
p|Dans les milieux d'affaires, on se montre plus pragmatique. Les chaînes de restauration, qui consomment des volumes considérables, réclament depuis des mois un accès facilité au riz étranger. Certaines ont déjà commencé à en importer en acquittant la surtaxe, jugeant l'opération encore rentable au regard des prix intérieurs.
p|Reste l'opinion publique, partagée entre l'exaspération face à la vie chère et l'attachement à une production nationale perçue comme un gage de qualité et de sécurité. À quelques mois d'un scrutin sénatorial, le gouvernement avance sur une ligne de crête.
newsletter|Newsletter International
newsletter|Tous les soirs, les décryptages et reportages de nos correspondants à travers le monde.
newsletter|Adresse e-mail
newsletter|S'inscrire
newsletter|Voir les autres newsletters
tags|Sujets
tags|Japon
tags|Asie
tags|Agriculture
tags|Inflation
comments|Commentaires (214)
comments|Vous devez être abonné pour pouvoir commenter.
comments|S'abonner
comments|Trier par : Les plus récents
comments|Bertrand75
comments|il y a 3 heures
comments|Le Japon découvre ce que nous connaissons déjà : à force de décourager les paysans, on finit par dépendre des autres.
comments|Répondre
comments|Signaler
comments|Voir les 214 commentaires
related|La rédaction vous conseille
related|Japon : le gouvernement débloque à nouveau ses réserves de riz
related|À Niigata, les rizières désertées faute de repreneurs
related|Asie : la flambée des prix alimentaires inquiète les banques centrales
teaser-list|Fil info
teaser-list|20:14
teaser-list|Ukraine : nouvelle vague de frappes de drones sur Kharkiv
teaser-list|19:52
teaser-list|Argentine : le Parlement adopte la réforme du code du travail
teaser-list|19:31
teaser-list|Birmanie : un séisme de magnitude 5,8 frappe la région de Mandalay
teaser-list|Tout le fil info
most-read|Les plus lus
most-read|1
most-read|Réforme des retraites : ce que prévoit le texte présenté en Conseil des ministres
most-read|2
most-read|Météo : un froid polaire attendu sur le nord de la France dès vendredi
most-read|3
teaser-list|Au Japon, la pénurie de riz relance le débat sur l'ouverture du marché agricole
sponsored|Contenus sponsorisés
sponsored|Ces retraités ont trouvé la solution pour réduire leurs impôts en 2026
sponsored|Placement : le taux qui affole les épargnants français
network|Le Mercure Étudiant
network|Le Mercure Santé
network|Le Mercure Immobilier
network|Madame Mercure
network|Mercure TV
footer|Le Mercure
footer|Nous contacter
footer|Mentions légales
footer|CGU
footer|Charte de confiance
footer|Politique de confidentialité
footer|Gestion des cookies
footer|Publicité
footer|Nos offres d'abonnement
footer|Le Mercure Store
footer|Plan du site
app|Télécharger l'application Le Mercure
copyright|© Le Mercure 2026 - Toute reproduction interdite
"""),
 dict(id="lefigaro-international-style-2", site="lefigaro-international-style", lang="fr", sep="\n", title="En Moldavie, les villages du Nord se vident au rythme des départs vers l'Union européenne", date="2026-03-04", page="""
skip-link|Aller au contenu principal
skip-link|Aller au menu
menu|Menu
menu|Le Mercure
search|Rechercher
account|Mon compte
account|Abonné
menu|Actualité
menu|Politique
menu|International
menu|Économie
menu|Culture
menu|Sport
menu|Vox
menu|Madame
menu|Immobilier
menu|Santé
menu|Voyage
menu|Europe
menu|Guerre en Ukraine
menu|Moyen-Orient
menu|Afrique
menu|Amériques
menu|Asie-Pacifique
breaking|Alerte info
breaking|Ukraine : les négociateurs se retrouvent jeudi à Istanbul
breadcrumb|Accueil International Europe
section-label|REPORTAGE
h1|En Moldavie, les villages du Nord se vident au rythme des départs vers l'Union européenne
lead|Depuis l'ouverture des négociations d'adhésion, l'exode des jeunes Moldaves s'accélère. Dans la région de Soroca, des écoles ferment et les maisons se vendent pour une bouchée de pain.
byline|Par Hélène Marchetti
byline|Envoyée spéciale à Soroca
dateline|Publié hier à 17:45, mis à jour il y a 4 heures
listen|Écouter cet article
listen|00:00/07:21
share|Copier le lien
comments|Commenter
save|Sauvegarder
share|Partager
share|Offrir l'article
paywall|Article réservé aux abonnés
caption|Dans le village de Vasilcău, au nord de la Moldavie, la moitié des maisons sont inoccupées une partie de l'année.
credit|Hélène Marchetti / Le Mercure
p|Ion Cebotari a sorti les deux chaises en plastique devant le portail bleu de sa maison. « Avant, on se mettait là le soir et il y avait du monde sur la route. Maintenant, regardez. » La rue principale de Vasilcău, à une vingtaine de kilomètres de Soroca, est déserte. Sur la façade d'en face, une pancarte jaunie annonce : « De vânzare », à vendre.
p|L'ancien tractoriste, 71 ans, vit seul depuis que ses deux fils sont partis travailler, l'un sur des chantiers à Bologne, l'autre dans un entrepôt près de Francfort. Ses petits-enfants, il les voit en été, quand ils reviennent dans des voitures immatriculées en Italie. « Ils parlent italien entre eux. Je ne comprends pas tout », dit-il en haussant les épaules.
h2|Une école pour onze élèves
p|Le phénomène n'est pas nouveau en Moldavie, l'un des pays les plus pauvres d'Europe, qui a perdu près d'un tiers de sa population depuis l'indépendance en 1991. Mais il a pris une ampleur inédite depuis que Chisinau a entamé ses négociations d'adhésion à l'Union européenne. La plupart des Moldaves disposent en outre d'un passeport roumain, qui leur ouvre déjà le marché du travail européen.
p|À Vasilcău, l'école primaire ne compte plus que onze élèves, répartis en deux classes. « Le district nous a prévenus : à la rentrée prochaine, ce sera fini. Les enfants iront en bus à Soroca », explique la directrice, Maria Roșca. Au mur de sa salle de classe, une carte de l'Europe sur laquelle les enfants ont collé des gommettes : une pour chaque ville où vit un de leurs parents.
read-also|À lire aussi : Moldavie : à Chisinau, le gouvernement pro-européen face à l'épreuve de l'inflation
ad|Publicité
ad|Passer la publicité
h2|L'argent des expatriés
p|Paradoxalement, l'exode fait vivre les villages qu'il vide. Les transferts des travailleurs expatriés représentent encore plus de 10 % du PIB moldave. Ils financent les toitures neuves, les portails en fer forgé et les voitures allemandes garées dans les cours.
p|« Sans l'argent de l'étranger, la moitié des familles d'ici ne tiendraient pas l'hiver », reconnaît le maire de la commune, élu sous les couleurs du parti au pouvoir. Il a obtenu des fonds européens pour refaire la route et le réseau d'eau potable. « Mais à quoi bon refaire l'eau s'il n'y a plus personne pour ouvrir le robinet ? »
p|À Chisinau, le gouvernement mise sur un programme de retour qui offre une prime de 200 000 lei, environ 10 000 euros, à ceux qui reviennent créer une entreprise. Près de 900 dossiers ont été retenus l'an dernier. Une goutte d'eau, selon les ONG, face aux dizaines de milliers de départs annuels.
p|Devant son portail, Ion Cebotari ne croit pas beaucoup aux promesses. « L'Europe, c'est bien pour les jeunes. Pour nous, les vieux, c'est une autre histoire. » Puis, après un silence : « Mais s'ils reviennent un jour, la maison sera là. »
newsletter|Newsletter International
newsletter|Tous les soirs, les décryptages et reportages de nos correspondants à travers le monde.
newsletter|S'inscrire
tags|Sujets
tags|Moldavie
tags|Union européenne
tags|Migrations
comments|Commentaires (87)
comments|Écrire un commentaire
comments|Les commentaires sont soumis à modération. Consultez notre charte.
comments|Marie-Claire D.
comments|le 04/03/2026 à 21:08
comments|Très beau reportage, qui rappelle la Roumanie des années 2000.
comments|Répondre
comments|Signaler
comments|Afficher plus de commentaires
related|La rédaction vous conseille
related|Moldavie : Bruxelles ouvre deux nouveaux chapitres de négociation
related|Transnistrie : la région séparatiste privée de gaz russe pour le deuxième hiver
video|Vidéo : En Roumanie, les villages fantômes de la vallée du Jiu
video|03:12
teaser-list|Fil info
teaser-list|16:40
teaser-list|Serbie : des milliers de manifestants à Belgrade pour le troisième week-end consécutif
teaser-list|16:18
teaser-list|Gaza : l'ONU réclame un accès élargi pour les convois humanitaires
teaser-list|Tout le fil info
most-read|Les plus lus
most-read|1
teaser-list|En Moldavie, les villages du Nord se vident au rythme des départs vers l'Union européenne
most-read|2
most-read|Impôts 2026 : les nouveaux barèmes dévoilés par Bercy
most-read|3
most-read|Ligue des champions : le PSG chute à Munich
network|Le Mercure Étudiant
network|Le Mercure Santé
network|Le Mercure Immobilier
network|Madame Mercure
network|Mercure TV
footer|Le Mercure
footer|Nous contacter
footer|Mentions légales
footer|CGU
footer|Charte de confiance
footer|Politique de confidentialité
footer|Gestion des cookies
footer|Publicité
footer|Plan du site
copyright|© Le Mercure 2026 - Toute reproduction interdite
"""),
 dict(id="kremlin-transcript-style-1", site="kremlin-transcript-style", lang="en", sep="\n", title="Meeting with Governor of Vologda Region Pavel Serebryakov", date="2026-02-18", page="""
skip-link|Skip to main content
menu|PRESIDENT OF THE FEDERATION
menu|Official Internet Resources
lang-switch|Русская версия
accessibility|Version for the visually impaired
search|Search
menu|News
menu|Events
menu|Structure
menu|Videos and Photos
menu|Documents
menu|Contacts
menu|All news
menu|Speeches and transcripts
menu|Statements
menu|Trips
menu|Telephone conversations
menu|Letters
breadcrumb|Events / President / News
h1|Meeting with Governor of Vologda Region Pavel Serebryakov
dateline|February 18, 2026
dateline|15:40
dateline|The Kremlin, Moscow
tabs|Text
tabs|Photos
tabs|Video
lead|Mikhail Arsenyev held a working meeting with Governor of Vologda Region Pavel Serebryakov. The Governor briefed the President on the socioeconomic situation in the region, the modernisation of district hospitals, support for the timber industry and the housing programme for young families.
gallery|Photos 1 of 8
caption|With Governor of Vologda Region Pavel Serebryakov.
credit|Photo: Presidential Press and Information Office
p|President Mikhail Arsenyev: Mr Serebryakov, let us start with the general situation. How did the region end the year?
p|Pavel Serebryakov: Mr President, thank you for the opportunity to report. The region ended 2025 with positive results. The gross regional product grew by 3.1 percent, industrial production by 2.8 percent. Investment in fixed capital exceeded 190 billion rubles, which is a record for us.
p|Unemployment has dropped to 1.9 percent, the lowest level in the region's history. Real wages grew by 6.4 percent. We have 37 large investment projects under way, and 11 of them were launched last year.
p|Mikhail Arsenyev: What about the timber sector? I know the companies had a difficult period with exports.
p|Pavel Serebryakov: Yes, the situation was not simple. Traditional markets closed, and the logistics became longer and more expensive. Our enterprises have reoriented their supplies to Asian countries and the domestic market. We have helped with subsidised loans for deep processing. Two new plants for engineered wood and pellets opened in Sokol and Cherepovets districts, creating around 800 jobs.
p|Now we are focusing on wooden housing construction. This year we plan to build at least 60,000 square metres of individual wooden houses, including for young families and for specialists moving to rural areas.
p|Mikhail Arsenyev: This is a good direction. Wooden houses are in demand, and they are comfortable. But the quality should be high, and the mortgage conditions should be affordable.
p|Pavel Serebryakov: We agree, Mr President. We work together with the banks on the rural mortgage programme. Last year more than 2,300 families used it.
elision|<…>
p|Mikhail Arsenyev: You mentioned healthcare. What is the situation with the district hospitals?
p|Pavel Serebryakov: Under the programme to modernise primary healthcare, we have built and renovated 48 rural health posts and outpatient clinics over the past three years. We have purchased 112 ambulances and more than 900 units of medical equipment, including two computer tomography units for the eastern districts.
p|The main issue remains staff. We are short of about 300 doctors. The Zemsky Doctor programme helps: last year 94 doctors and paramedics came to work in villages. We also pay a regional bonus and provide housing.
p|Mikhail Arsenyev: Please pay special attention to this. A new building with modern equipment is important, but people need a doctor who will receive them. I ask you to work with the medical university on targeted training, so that graduates return to the region.
p|Pavel Serebryakov: Certainly. This year we have 210 students studying under targeted contracts.
p|I would also like to ask for your support on one issue. The road between Vologda and Medvezhyegorsk requires reconstruction of two bridge crossings. We have prepared the design documentation and ask that the project be included in the federal programme.
p|Mikhail Arsenyev: Prepare the proposals, and we will discuss them with the Government. Good. Let us continue.
elision|<…>
status|Published in sections: News, Transcripts
dateline|Publication date: February 18, 2026, 17:05
permalink|Direct link: kremlin-site.example/events/president/news/78214
print|Text version
tags|Persons: Serebryakov Pavel
tags|Geography: Vologda Region
tags|Topics: Regions, Healthcare, Forestry
share|Send to email
print|Print
related|See also
related|Meeting with Governor of Arkhangelsk Region Yevgeny Drozdov
related|February 11, 2026
related|Meeting with Governor of Kostroma Region Alexei Tarakanov
related|January 28, 2026
related|Meeting on developing the timber processing industry
related|December 9, 2025
related|All materials on the topic
footer|PRESIDENT OF THE FEDERATION
footer|News
footer|Events
footer|Structure
footer|Videos and Photos
footer|Documents
footer|Contacts
footer|About website
footer|Using website content
footer|Personal data of website users
footer|Subscribe to news
footer|Website's Telegram channel
footer|RSS
license|All content on this site is licensed under Creative Commons Attribution 4.0 International
"""),
 dict(id="kremlin-transcript-style-2", site="kremlin-transcript-style", lang="en", sep="\n", title="Meeting on the development of the Northern Sea Route", date="2026-03-11", page="""
skip-link|Skip to main content
menu|PRESIDENT OF THE FEDERATION
menu|Official Internet Resources
lang-switch|Русская версия
accessibility|Version for the visually impaired
search|Search
menu|News
menu|Events
menu|Structure
menu|Videos and Photos
menu|Documents
menu|Contacts
menu|All news
menu|Speeches and transcripts
menu|Statements
menu|Trips
menu|Telephone conversations
menu|Letters
breadcrumb|Events / President / News
h1|Meeting on the development of the Northern Sea Route
dateline|March 11, 2026
dateline|13:00
dateline|Novo-Ogaryovo, Moscow Region
tabs|Text
tabs|Photos
tabs|Video
lead|Mikhail Arsenyev held a meeting, via videoconference, on the development of the Northern Sea Route and the expansion of year-round navigation in the Arctic.
p|Taking part in the meeting were Deputy Prime Minister Andrei Goloviznin, Minister of Transport Roman Starikov, Minister for the Development of the Far East and the Arctic Igor Kuzminykh, Director General of the State Atomic Energy Corporation Denis Lebedinsky, Governor of Murmansk Region Viktor Samsonov and Governor of Chukotka Autonomous Area Artur Veselov.
video|Video
video|Meeting on the development of the Northern Sea Route. Opening remarks
video|6 min 48 sec
video|Download video
caption|At a meeting, via videoconference, on the development of the Northern Sea Route.
credit|Photo: Presidential Press and Information Office
gallery|Photos 1 of 14
p|President Mikhail Arsenyev: Good afternoon, colleagues.
p|Today we will discuss the progress of the plan to develop the Northern Sea Route, which was adopted three years ago. Let me remind you that the main goal is to turn this route into a competitive, safe transport corridor with year-round navigation.
p|There are results. Last year, cargo traffic along the route reached 41 million tonnes. This is more than ever before. But we set much more ambitious goals, and to achieve them we need to solve a number of systemic problems.
p|First, the icebreaker fleet. The construction of new nuclear-powered icebreakers must proceed strictly on schedule. Any delay here means that entire projects will not receive the necessary support in winter.
p|Second, navigational, hydrographic and meteorological support. Ship captains need reliable forecasts of the ice situation and stable communications along the entire route, including in the eastern sector.
p|Third, the ports and the rescue infrastructure. The Arctic is a difficult region, and the safety of people must always come first.
p|Let us get to work. Mr Lebedinsky, please.
p|Denis Lebedinsky: Mr President, colleagues,
p|In 2025, our vessels escorted 1,086 ships, which is 14 percent more than a year earlier. For the first time, we organised regular winter-spring voyages in the eastern sector with the support of two nuclear icebreakers.
p|As for construction, the fourth serial icebreaker of Project 22220 was handed over to the fleet in December. The fifth is at the final stage of sea trials. Work on the lead icebreaker of the Leader class continues at the Zvezda shipyard; the hull has been formed by 62 percent.
p|We also launched a unified digital platform that gives shipowners information on the ice situation, weather and the location of icebreakers in real time. Today, more than 300 companies use it.
elision|<…>
p|Mikhail Arsenyev: Mr Starikov, what about the ports? I have been told that the modernisation of Pevek and Dikson is behind schedule.
p|Roman Starikov: Mr President, there is a delay of about four months in Pevek because of supplies of equipment for the cargo terminal. We have agreed with the contractor on a revised schedule. Completion is planned for the end of the navigation season this year. In Dikson, the work is going according to plan.
p|Mikhail Arsenyev: Four months is a whole navigation season in the Arctic. Please take personal control of this.
p|Roman Starikov: Yes, of course.
p|Viktor Samsonov: Mr President, if I may. For Murmansk, the route is not only cargo. It is jobs, it is the development of the city. This year, we will open a training centre for Arctic crews together with the maritime university, and I would ask you to support the extension of the preferential regime for residents of the Arctic zone.
p|Mikhail Arsenyev: I support it. The Government will prepare the relevant decisions. I ask Mr Goloviznin to present proposals within a month.
elision|<…>
status|Published in sections: News, Transcripts
dateline|Publication date: March 11, 2026, 16:20
permalink|Direct link: kremlin-site.example/events/president/news/78402
print|Text version
tags|Persons: Goloviznin Andrei, Lebedinsky Denis, Samsonov Viktor, Starikov Roman
tags|Topics: Arctic, Transport, Nuclear energy
share|Send to email
print|Print
related|See also
related|Meeting of the Maritime Board
related|February 26, 2026
related|Visit to the Zvezda shipbuilding complex
related|November 14, 2025
related|All materials on the topic
footer|PRESIDENT OF THE FEDERATION
footer|News
footer|Events
footer|Structure
footer|Videos and Photos
footer|Documents
footer|Contacts
footer|About website
footer|Using website content
footer|Personal data of website users
footer|Subscribe to news
footer|Website's Telegram channel
footer|RSS
license|All content on this site is licensed under Creative Commons Attribution 4.0 International
"""),
 dict(id="burkina-information-agency-style-1", site="burkina-information-agency-style", lang="fr", sep="\n", title="Koudougou : 3 500 tonnes d'engrais remises aux producteurs pour la campagne sèche", date="2026-01-20", page="""
timestamp|mardi, 20 janvier 2026
ticker|FLASH INFO
ticker|Ouagadougou : lancement officiel de la campagne de vaccination contre la méningite
ticker|Bobo-Dioulasso : le marché de fruits et légumes réhabilité rouvre ses portes
social|Facebook
social|X
social|YouTube
social|TikTok
menu|ABP - Agence Burkinabè de Presse
menu|L'information au service du développement
menu|ACCUEIL
menu|ACTUALITÉS
menu|POLITIQUE
menu|ÉCONOMIE
menu|SOCIÉTÉ
menu|RÉGIONS
menu|SÉCURITÉ
menu|SPORT
menu|CULTURE
menu|COMMUNIQUÉS
menu|ABP TV
search|Rechercher
breadcrumb|Accueil Économie Koudougou : 3 500 tonnes d'engrais remises aux producteurs pour la campagne sèche
section-label|Économie
section-label|Régions
h1|Koudougou : 3 500 tonnes d'engrais remises aux producteurs pour la campagne sèche
byline|Par ABP
dateline|20 janvier 2026
section-label|dans Économie, Régions
reading-time|Temps de lecture : 3 min
comments|0
font|A A
share|Partager sur Facebook
share|Partager sur X
share|WhatsApp
share|Telegram
caption|Le gouverneur remettant symboliquement les premiers sacs d'engrais aux responsables des coopératives
credit|Crédit photo : ABP Koudougou
p|Koudougou, 20 janv. 2026 (ABP) - Le gouverneur de la région a procédé, lundi 19 janvier 2026 à Koudougou, à la remise officielle de 3 500 tonnes d'engrais minéraux et de 120 tonnes de semences améliorées aux producteurs engagés dans la campagne agricole de saison sèche.
p|Ces intrants, acquis par l'État dans le cadre de l'offensive agropastorale et halieutique, sont destinés à plus de 14 000 producteurs maraîchers et riziculteurs des provinces du Boulkiemdé, du Sanguié, de la Sissili et du Ziro. Ils sont cédés à prix subventionné, à raison de 7 500 F CFA le sac de 50 kg d'engrais NPK et de 6 000 F CFA le sac d'urée.
p|Selon le directeur régional de l'agriculture, Boukary Ouédraogo, la campagne sèche 2025-2026 vise à mettre en valeur plus de 6 200 hectares autour des barrages et des bas-fonds aménagés de la région. « L'objectif est d'augmenter la production de tomate, d'oignon et de riz afin de réduire les importations et de garantir des revenus aux producteurs pendant la saison sèche », a-t-il expliqué.
read-also|Lire aussi : Offensive agropastorale : plus de 1 200 motopompes distribuées aux maraîchers du Centre-Est
p|Le gouverneur a invité les bénéficiaires à faire un bon usage des intrants reçus. Il a rappelé que la revente des engrais subventionnés est formellement interdite et que des contrôles seront effectués par les services techniques et les forces de défense et de sécurité.
p|« L'État consent d'énormes sacrifices pour accompagner le monde rural. Ces engrais doivent aller dans les champs, et non sur les marchés des pays voisins », a-t-il insisté, avant d'annoncer des sanctions contre tout contrevenant.
p|Au nom des bénéficiaires, la présidente de l'union provinciale des maraîchers du Boulkiemdé, Mariam Zongo, a salué la disponibilité des intrants avant le démarrage effectif des travaux. Elle a toutefois plaidé pour l'aménagement de nouveaux périmètres irrigués et pour la réhabilitation des pistes rurales qui permettent d'acheminer les récoltes vers les marchés.
p|Le directeur régional a indiqué que les opérations de distribution se poursuivront dans les chefs-lieux de province jusqu'au 31 janvier, sous la supervision de comités mis en place dans chaque commune. Les listes des bénéficiaires ont été établies à partir du recensement des producteurs réalisé en novembre 2025.
p|La région avait enregistré, lors de la campagne sèche précédente, une production de plus de 48 000 tonnes de produits maraîchers, selon les statistiques de la direction régionale de l'agriculture.
signature|Agence Burkinabè de Presse
signature|BO/ata
tags|Étiquettes :
tags|Campagne sèche
tags|Engrais
tags|Koudougou
tags|Offensive agropastorale
share|Partager
share|Imprimer
nav|Article précédent
nav|Réo : les enseignants formés à l'utilisation des nouveaux manuels scolaires
nav|Article suivant
nav|Sapouy : une journée de salubrité organisée au centre médical
related|VOUS AIMEREZ AUSSI
related|Léo : les producteurs de sésame formés aux bonnes pratiques de récolte
related|19 janvier 2026
related|Tenado : 45 jeunes reçoivent des kits d'installation en élevage
related|17 janvier 2026
related|Koudougou : la foire régionale de l'artisanat ouvre ses portes
related|15 janvier 2026
comments|Laisser un commentaire
comments|Annuler la réponse
comments|Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *
comments|Commentaire *
comments|Nom *
comments|E-mail *
comments|Site web
comments|Laisser un commentaire
teaser-list|DERNIÈRES INFOS
teaser-list|Dédougou : les acteurs de la filière karité en atelier de validation
teaser-list|il y a 2 heures
teaser-list|Ouagadougou : la ministre de la Santé visite le nouveau service d'oncologie
teaser-list|il y a 3 heures
teaser-list|Kaya : remise de vivres à des personnes déplacées internes
teaser-list|il y a 5 heures
most-read|LES PLUS LUS
most-read|Conseil des ministres du mercredi 14 janvier 2026
most-read|BEPC et CAP 2026 : le calendrier des examens publié
most-read|Fada N'Gourma : un nouveau pont ouvert à la circulation
weather|Ouagadougou 33°C Ensoleillé
about|L'Agence Burkinabè de Presse (ABP) est un établissement public chargé de collecter, traiter et diffuser l'information nationale et régionale.
contact|01 BP 2507 Ouagadougou 01 - Tél. : (+226) 25 30 00 00 - contact@abp-info.example
footer|Qui sommes-nous
footer|Nos directions régionales
footer|Abonnements
footer|Nous contacter
copyright|© 2026 ABP - Tous droits réservés
back-to-top|Retour en haut
"""),
 dict(id="burkina-information-agency-style-2", site="burkina-information-agency-style", lang="fr", sep="\n", title="Dori : une caravane médicale offre des consultations gratuites à plus de 2 000 personnes", date="2026-02-26", page="""
timestamp|jeudi, 26 février 2026
ticker|FLASH INFO
ticker|Conseil des ministres : adoption d'un projet de loi sur les coopératives agricoles
ticker|Ziniaré : ouverture de la semaine nationale de la culture régionale
social|Facebook
social|X
social|YouTube
social|TikTok
menu|ABP - Agence Burkinabè de Presse
menu|L'information au service du développement
menu|ACCUEIL
menu|ACTUALITÉS
menu|POLITIQUE
menu|ÉCONOMIE
menu|SOCIÉTÉ
menu|RÉGIONS
menu|SÉCURITÉ
menu|SPORT
menu|CULTURE
menu|COMMUNIQUÉS
menu|ABP TV
search|Rechercher
breadcrumb|Accueil Société Dori : une caravane médicale offre des consultations gratuites à plus de 2 000 personnes
section-label|Société
h1|Dori : une caravane médicale offre des consultations gratuites à plus de 2 000 personnes
byline|Par Rédaction
dateline|26 février 2026
section-label|dans Santé, Société
reading-time|Temps de lecture : 3 min
comments|1
font|A A
share|Partager sur Facebook
share|Partager sur X
share|WhatsApp
share|Telegram
caption|Une patiente en consultation ophtalmologique au centre hospitalier régional de Dori
credit|Ph. ABP
dateline|Dori, 26 fév. 2026 (ABP) -
p|Une caravane médicale composée de 42 agents de santé a offert, du 21 au 25 février 2026, des consultations et des soins gratuits à 2 187 personnes à Dori, a constaté l'ABP.
p|L'initiative, portée par le ministère de la Santé en partenariat avec une association de médecins de la diaspora, a permis aux populations de bénéficier de consultations spécialisées rarement disponibles dans la localité : ophtalmologie, cardiologie, gynécologie, pédiatrie et chirurgie dentaire.
p|Selon le coordonnateur de la caravane, le docteur Issouf Sawadogo, 168 interventions chirurgicales ont été réalisées, dont 97 opérations de la cataracte. « Beaucoup de ces patients étaient aveugles depuis plusieurs années. Certains ont retrouvé la vue dès le lendemain de l'opération », s'est-il réjoui.
h2|Plus de 4 tonnes de médicaments
p|Les organisateurs ont également distribué gratuitement des médicaments d'une valeur estimée à 38 millions de F CFA, ainsi que 600 paires de lunettes de correction. Des séances de dépistage du diabète et de l'hypertension artérielle ont été organisées au profit des personnes âgées.
p|Le directeur régional de la santé a salué une action qui vient « soulager des populations éprouvées », notamment les personnes déplacées internes accueillies dans la commune. Il a rappelé que le centre hospitalier régional de Dori manque encore de plusieurs spécialistes et que ce type d'initiative permet de réduire les évacuations vers Ouagadougou.
read-also|Lire aussi : Santé : 150 nouveaux médecins spécialistes affectés dans les régions
p|Parmi les bénéficiaires, Amadou Dicko, un éleveur de 63 ans opéré de la cataracte, ne cachait pas sa joie. « Je ne pouvais plus conduire mes animaux au pâturage. Aujourd'hui, je vois à nouveau. Que Dieu bénisse ceux qui sont venus », a-t-il témoigné.
p|Les responsables de la caravane ont annoncé une prochaine étape à Djibo, dans les semaines à venir, si les conditions le permettent. Ils ont appelé les autorités à faciliter l'acheminement du matériel médical dans les localités éloignées.
p|Durant les cinq jours, des agents de santé communautaire ont sillonné les quartiers et les sites d'accueil pour informer les populations et orienter les malades vers les différents services. Une équipe mobile s'est également rendue dans deux villages situés à une vingtaine de kilomètres de la ville.
p|La cérémonie de clôture s'est tenue mercredi en présence du haut-commissaire de la province du Séno, des autorités coutumières et religieuses et des responsables des services de santé.
signature|Agence Burkinabè de Presse
signature|HD/ata/bz
tags|Étiquettes :
tags|Caravane médicale
tags|Dori
tags|Santé
share|Partager
share|Imprimer
nav|Article précédent
nav|Gorom-Gorom : les femmes formées à la transformation du lait
nav|Article suivant
nav|Sebba : distribution de kits scolaires aux élèves déplacés
related|VOUS AIMEREZ AUSSI
related|Djibo : arrivée d'un convoi de vivres et de médicaments
related|24 février 2026
related|Santé : le Burkina lance la deuxième phase de la gratuité des soins
related|22 février 2026
comments|1 commentaire
comments|Ousmane T.
comments|26 février 2026 à 14 h 02 min
comments|Merci à ces médecins. Que Dieu les récompense et qu'ils pensent aussi à Arbinda.
comments|Répondre
comments|Laisser un commentaire
comments|Annuler la réponse
comments|Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *
teaser-list|DERNIÈRES INFOS
teaser-list|Banfora : les producteurs de canne à sucre réclament de nouvelles pistes
teaser-list|il y a 1 heure
teaser-list|Tenkodogo : 200 jeunes formés aux métiers du numérique
teaser-list|il y a 4 heures
most-read|LES PLUS LUS
most-read|Conseil des ministres du mercredi 25 février 2026
most-read|Recrutement : liste des candidats admis au concours des enseignants
most-read|FESPACO : le programme des projections dévoilé
weather|Ouagadougou 36°C Ensoleillé
about|L'Agence Burkinabè de Presse (ABP) est un établissement public chargé de collecter, traiter et diffuser l'information nationale et régionale.
contact|01 BP 2507 Ouagadougou 01 - Tél. : (+226) 25 30 00 00 - contact@abp-info.example
footer|Qui sommes-nous
footer|Nos directions régionales
footer|Abonnements
footer|Nous contacter
copyright|© 2026 ABP - Tous droits réservés
back-to-top|Retour en haut
"""),
 dict(id="linkedin-article-style-1", site="linkedin-article-style", lang="en", sep="\n", title="What 18 months of four-day weeks taught our 60-person team", date="2026-01-27", page="""
skip-link|Skip to main content
menu|LinkedIn
menu|Articles
menu|People
menu|Learning
menu|Jobs
menu|Games
app|Get the app
account|Join now
account|Sign in
alt-text|Cover image for the article: a wall calendar with Fridays crossed out
h1|What 18 months of four-day weeks taught our 60-person team
alt-text|Dana Whitfield's profile picture
byline|Dana Whitfield
byline|COO at Harborlight Software • Operations, people and calm growth • Board member
dateline|Published Jan 27, 2026
follow|+ Follow
p|In the summer of 2024 we told our team that, for a six-month trial, nobody would work on Fridays. Same salaries, same goals, same customers. Eighteen months later the trial has never officially ended, and I get asked about it almost every week. So here is the honest version, including the parts that did not go well.
h2|Why we tried it
p|We are a 60-person B2B software company. We were not in crisis, but we were tired. Our engagement survey showed that two thirds of the team felt they could not finish their work in a normal week, and our attrition among senior engineers was creeping up. Raising salaries again was not an option. Time was the one thing we could give.
h2|What we actually changed
p|The four-day week only worked because we took things away, not because people worked faster. In the first month we:
li|cut our standing internal meetings by 40 percent, and made every remaining one end at 25 or 50 minutes;
li|moved status updates to a written weekly note instead of calls;
li|set a "no Slack after 6 p.m." norm that leaders had to follow first;
li|created a small rotating Friday support crew, paid at overtime rates, so customers never noticed.
p|That last point mattered more than anything. Our biggest fear was that customers would feel it. They did not: our response times on support tickets actually improved, because the Friday crew was focused and everyone else came back on Monday rested.
h2|The numbers
p|I know that "people feel better" will not convince a CFO, so we tracked a few hard numbers. Voluntary attrition dropped from 17 percent to 6 percent. Sick days fell by roughly a third. Revenue per employee went up 11 percent, although I would not claim the four-day week explains all of that.
p|We also hired faster. When a job post says "four-day week", you get applicants you could not otherwise afford.
h2|What went wrong
p|It was not all smooth. Our sales team struggled the most, because their calendars are driven by clients, and some of them quietly kept working Fridays. We had to redesign their targets on a quarterly rather than monthly basis before that stopped.
p|Managers also found it hard. Compressing the week exposed every bad process we had. Two of our team leads told me the first three months were the most stressful of their careers. We gave them coaching and, honestly, more headcount in one case.
p|And it is not for everyone. A few people told us they preferred five shorter days. We now allow that, as long as the total hours and the coverage work.
h2|Would I recommend it?
p|Yes, with a warning. A four-day week is not a perk you announce at an all-hands. It is an operating model, and it forces you to decide what work actually matters. If you are not ready to cancel meetings, kill projects and trust people with outcomes instead of hours, do not start.
p|If you are, it might be the best retention tool you never paid for.
p|What has worked in your team? I would love to hear your experience in the comments.
tags|#FutureOfWork #Leadership #FourDayWeek #Operations
like|Like
like|Celebrate
like|Support
like|Love
like|Insightful
like|Funny
like|412
comments|58 Comments
like|Like
comments|Comment
share|Share
comments|Mark Osei
comments|Head of People at Brightline Health
comments|2w
comments|Really useful that you shared the sales team problem. Everyone skips that part.
like|Like
comments|Reply
like|6 Reactions
comments|Julia Brenner
comments|Founder, Brenner Advisory
comments|3w
comments|Did you change how you measure individual performance, or only team targets?
like|3 Reactions
comments|See more comments
comments|To view or add a comment, sign in
author-link|More articles by Dana Whitfield
author-link|Hiring our first Head of Finance: what I wish I had known
author-link|Dec 9, 2025
author-link|The meeting audit that gave us back 600 hours
author-link|Oct 14, 2025
author-link|See all articles
related|Others also viewed
related|Why hybrid work fails in the middle layer
related|Anika Shah · 2w
related|Four-day week pilots: the data after year two
related|Tom Reyes · 1mo
related|Explore topics
related|Sales
related|Marketing
related|IT Services
related|Business Administration
related|HR Management
related|Engineering
related|Soft Skills
related|See All
login|Sign in to view more content
login|Create your free account or sign in to continue your search
login|Sign in
login|Welcome back
login|Email or phone
login|Password
login|Show
login|Forgot password?
login|or
login|New to LinkedIn? Join now
login|By clicking Continue to join or sign in, you agree to LinkedIn's User Agreement, Privacy Policy, and Cookie Policy.
footer|LinkedIn
copyright|© 2026
footer|About
footer|Accessibility
footer|User Agreement
footer|Privacy Policy
footer|Your California Privacy Choices
footer|Cookie Policy
footer|Copyright Policy
footer|Brand Policy
footer|Guest Controls
footer|Community Guidelines
lang-switch|Language
"""),
 dict(id="linkedin-article-style-2", site="linkedin-article-style", lang="en", sep="\n", title="Nearshoring isn't a strategy. It's a spreadsheet.", date="2026-03-02", page="""
skip-link|Skip to main content
menu|LinkedIn
menu|Articles
menu|People
menu|Learning
menu|Jobs
menu|Games
app|Get the app
account|Join now
account|Sign in
newsletter|Supply Chain Signals
newsletter|Weekly notes on sourcing, logistics and the messy middle of global trade.
followers|14,862 subscribers
newsletter|Subscribe
alt-text|Container ship at a port crane terminal
h1|Nearshoring isn't a strategy. It's a spreadsheet.
alt-text|Rahul Mehta's profile picture
byline|Rahul Mehta
byline|VP Global Sourcing • Manufacturing & supply chain • Speaker • Views my own
dateline|Published Mar 2, 2026
follow|+ Follow
p|Every board deck I have seen this year has a slide called "Nearshoring". Usually there is a map, an arrow from Asia to Mexico or Eastern Europe, and a percentage that looks very confident. After moving about a third of our component spend over the last three years, I want to offer a less exciting view.
p|Nearshoring is not a strategy. It is the output of a spreadsheet. If the spreadsheet is wrong, the strategy is wrong, and most of the ones I see are wrong in the same three places.
h2|1. They compare unit prices, not landed costs
p|The first version of our model showed that a Mexican supplier would cost us 14 percent more per part than our existing supplier in Shenzhen. That killed the project for almost a year.
p|When we rebuilt it with real landed costs, the picture changed: ocean freight, duties, the safety stock we carried because of six-week lead times, expediting fees, and the cost of two quality escapes that had reached our customers. The gap shrank to 3 percent. For some part families, the nearshore option was cheaper.
caption|Our landed-cost bridge for one part family. Numbers rounded.
h2|2. They ignore the ramp-up
p|The second mistake is to assume a new supplier performs like a mature one from day one. Ours did not. First-pass yield at our new plant partner started at 81 percent and took nine months to reach 97 percent. During that time we ran dual sourcing, which meant paying for tooling twice and holding more inventory, not less.
p|Build the ramp into the model. Be honest about it. Your CFO will find out anyway.
h2|3. They treat risk as a footnote
p|The reason we started this whole exercise was not cost. It was 2021, when one port closure stopped two of our production lines for eleven days. Yet in most business cases, "resilience" appears as a qualitative bullet point at the end.
p|We now put a number on it. We estimate the expected cost of a disruption for each supply route, based on its probability and on what a stopped line costs us per day. It is imperfect. But it forces a real conversation instead of a shrug.
h2|What I would do differently
li|Start with the part families where lead time hurts you most, not where labour is cheapest.
li|Send engineers, not only buyers, to the new supplier in the first six months.
li|Keep at least one Asian source for critical parts. Nearshoring is a portfolio, not a relocation.
li|Report progress in weeks of inventory freed, not just in percent of spend moved.
p|None of this makes for a dramatic map on a slide. But it is the difference between a project that survives its first bad quarter and one that quietly gets reversed.
p|I'm curious: for those of you who moved production closer to home, what surprised you most?
tags|#SupplyChain #Nearshoring #Manufacturing #Procurement
newsletter|Subscribe to Supply Chain Signals
newsletter|Weekly notes on sourcing, logistics and the messy middle of global trade.
followers|14,862 followers
newsletter|Subscribe
like|Like
like|Celebrate
like|Support
like|Love
like|Insightful
like|Funny
like|1,027
comments|143 Comments
like|Like
comments|Comment
share|Share
comments|Elena Vargas
comments|Director of Operations, Monterrey
comments|1w
comments|Point 2 is so true. Everyone forgets the first year. We were at 78 percent yield at the start.
like|Like
comments|Reply
like|24 Reactions
comments|See more comments
comments|To view or add a comment, sign in
author-link|More articles by Rahul Mehta
author-link|Tariffs changed again. Here is how we re-run the model in a day.
author-link|Feb 23, 2026
author-link|Why your safety stock formula is lying to you
author-link|Feb 16, 2026
author-link|See all articles
report|Report this article
related|Others also viewed
related|The real cost of a dual-sourcing strategy
related|Chen Wei · 5d
related|Mexico's industrial parks are full. Now what?
related|Laura Kim · 3w
related|Explore topics
related|Sales
related|Marketing
related|IT Services
related|Business Administration
related|HR Management
related|Engineering
related|Soft Skills
related|See All
login|Sign in to view more content
login|Create your free account or sign in to continue your search
login|Sign in
login|Welcome back
login|Email or phone
login|Password
login|Show
login|Forgot password?
login|or
login|New to LinkedIn? Join now
login|By clicking Continue to join or sign in, you agree to LinkedIn's User Agreement, Privacy Policy, and Cookie Policy.
footer|LinkedIn
copyright|© 2026
footer|About
footer|Accessibility
footer|User Agreement
footer|Privacy Policy
footer|Your California Privacy Choices
footer|Cookie Policy
footer|Copyright Policy
footer|Brand Policy
footer|Guest Controls
footer|Community Guidelines
lang-switch|Language
"""),
]
