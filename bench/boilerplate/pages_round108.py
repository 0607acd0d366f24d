# Round 108: eight pages on four more layouts (a French regional daily's paywalled site, an English-language US
# global news startup with a structured article format, a Togolese French-language business news portal, an
# English-language pan-African paywalled magazine), written blind: without looking at the classifier, its rules or
# the benchmark, measured once. Each line: "label|text". Invented text; no real article is copied.
ROUND108 = [
 dict(id="sudouest-style-1", site="sudouest-style", lang="fr", sep="\n", title="Bassin d'Arcachon : les ostréiculteurs confrontés à une nouvelle vague de mortalité des jeunes huîtres", date="2026-04-14", page="""
skip-link|Aller au contenu principal
skip-link|Aller au menu
subscribe|OFFRE EXCEPTIONNELLE : 1€ le premier mois, sans engagement
subscribe|J'en profite
menu|Menu
menu|Sud Atlantique
search|Rechercher
account|Se connecter
subscribe|S'abonner
epaper|Le journal du jour
weather|Arcachon 16°
menu|Actualité
menu|Gironde
menu|Landes
menu|Dordogne
menu|Charente-Maritime
menu|Pays basque
menu|Béarn
menu|Lot-et-Garonne
menu|Sports
menu|Économie
menu|Gastronomie
menu|Loisirs
obituary|Avis de décès
edition|Mon édition : Bassin d'Arcachon
edition|Modifier
breadcrumb|Accueil
breadcrumb|Gironde
breadcrumb|Bassin d'Arcachon
breadcrumb|Gujan-Mestras
paywall|Abonnés
section-label|Ostréiculture
h1|Bassin d'Arcachon : les ostréiculteurs confrontés à une nouvelle vague de mortalité des jeunes huîtres
lead|Depuis la fin mars, une quarantaine d'entreprises ostréicoles du Bassin signalent des pertes anormales sur le naissain capté l'été dernier. L'herpès virus est de retour, dopé par une eau trop chaude pour la saison.
byline|Par Sandrine Lacoste
dateline|Publié le 14/04/2026 à 18h05.
dateline|Mis à jour le 15/04/2026 à 7h48.
reading-time|Lecture 4 min.
share|Partager
gift|Offrir l'article
save|Ajouter à mes favoris
comments|3 commentaires
caption|Au port de Larros, à Gujan-Mestras, les parcs découverts à marée basse. Les professionnels constatent des pertes importantes sur les huîtres de moins d'un an.
credit|Laurent Theillet / SUD ATLANTIQUE
listen|Écouter cet article
listen|Audio généré par une voix de synthèse
p|« On a ouvert les poches la semaine dernière et, dans certaines, il ne restait presque plus rien de vivant. » Sur le port de Larros, à Gujan-Mestras, Thierry Dubernet désigne les sacs de naissain alignés sur le ponton. Cet ostréiculteur, installé depuis vingt-deux ans sur le Bassin, estime avoir perdu entre 60 et 70 % des jeunes huîtres captées l'été dernier.
p|Il n'est pas le seul. Depuis la fin du mois de mars, les signalements se multiplient auprès du Comité régional de la conchyliculture Arcachon Aquitaine. Une quarantaine d'entreprises, sur les quelque 300 que compte le Bassin, ont fait état de mortalités anormales, principalement sur les huîtres de moins d'un an.
read-also|Lire aussi
read-also|Huîtres du Bassin : après l'interdiction de vente de décembre, les producteurs réclament un fonds d'urgence
h2|Un virus bien connu
p|Les premières analyses conduites par le laboratoire de l'Ifremer à Arcachon pointent la présence de l'herpès virus OsHV-1, responsable des grandes crises de mortalité qui avaient frappé la filière à partir de 2008. « Ce virus n'a jamais disparu, il est présent en permanence dans le milieu », rappelle une chercheuse de l'institut. « Ce qui déclenche les épisodes, c'est souvent la température de l'eau. Au-delà de 16 degrés, il devient beaucoup plus actif. »
p|Or l'eau du Bassin a atteint des niveaux inhabituels pour la saison. Début avril, les sondes installées au large d'Arès relevaient déjà plus de 15 degrés, soit près de deux degrés au-dessus de la moyenne des vingt dernières années.
ad|Publicité
p|Pour les professionnels, le coup est rude. La filière sortait à peine d'un hiver compliqué, marqué par plusieurs interdictions temporaires de vente liées à la présence de norovirus après de fortes pluies. « On enchaîne les galères. Les jeunes qui veulent s'installer, on les comprend de réfléchir à deux fois », souffle Thierry Dubernet.
fact-box|Repères
fact-box|300 entreprises ostréicoles sur le Bassin d'Arcachon
fact-box|Environ 8 000 tonnes d'huîtres commercialisées chaque année
fact-box|Près de la moitié du naissain élevé en France provient du Bassin
h2|Le captage, fierté du Bassin, fragilisé
p|L'inquiétude dépasse les frontières de la Gironde. Le Bassin d'Arcachon est l'un des principaux centres de captage de naissain en France : chaque été, les larves d'huîtres se fixent sur des tuiles chaulées ou des coupelles posées par les ostréiculteurs, avant d'être vendues à des éleveurs de Bretagne, de Normandie ou de Charente-Maritime.
p|« Si les mortalités se confirment à cette échelle, c'est toute la chaîne qui va en souffrir, y compris ailleurs en France », prévient Olivier Larrieu, le président du comité régional. Il demande à l'État la reconnaissance rapide de l'épisode au titre des calamités agricoles, ce qui permettrait aux entreprises touchées d'être indemnisées.
newsletter|Newsletter Bassin d'Arcachon
newsletter|Chaque vendredi, l'essentiel de l'actualité du Bassin dans votre boîte mail.
newsletter|S'inscrire
p|La préfecture de la Gironde indique avoir saisi les services du ministère de l'Agriculture. Une réunion doit se tenir à la fin du mois avec les représentants de la profession, les élus du Bassin et l'Ifremer.
h2|S'adapter, et vite
p|Sur le fond, les ostréiculteurs savent que la solution ne viendra pas seulement des aides. Certains se tournent déjà vers des huîtres dites « résistantes », issues de programmes de sélection menés depuis une quinzaine d'années, qui survivent mieux au virus. D'autres décalent leur calendrier de travail pour limiter les manipulations des jeunes huîtres pendant les périodes les plus chaudes.
p|« On ne va pas changer la température de l'eau. Il faut qu'on s'adapte, et vite », résume Marie-Hélène Castaing, ostréicultrice à Andernos-les-Bains, qui a perdu environ un tiers de son stock. En attendant, elle prévoit de racheter du naissain à l'automne, « à condition d'en trouver, et à un prix raisonnable ».
tags|Bassin d'Arcachon
tags|Gujan-Mestras
tags|Ostréiculture
tags|Environnement
share|Facebook
share|X
share|WhatsApp
share|E-mail
share|Copier le lien
comments|Voir les 3 commentaires
comments|Réagir
related|Sur le même sujet
related|Andernos-les-Bains : la cabane tchanquée restaurée ouvrira au public cet été
related|Abonnés
related|Île aux Oiseaux : l'accès aux plages restreint pendant la nidification
related|La Teste-de-Buch : le marché aux huîtres déménage sur le port
related|Abonnés
teaser-list|Bassin d'Arcachon : les dernières infos
teaser-list|Il y a 12 min
teaser-list|Arcachon : la navette électrique vers le Cap-Ferret reprend samedi
teaser-list|Il y a 1 h
teaser-list|Biganos : un nouveau collège attendu pour la rentrée 2028
teaser-list|Il y a 3 h
most-read|Les plus lus
most-read|Bordeaux : un incendie ravage un immeuble du cours Victor-Hugo, douze familles relogées
most-read|Météo en Gironde : de fortes rafales attendues ce jeudi sur le littoral
most-read|A63 : la circulation coupée une nuit entre Biganos et Salles pour travaux
obituary|Avis de décès
obituary|Monsieur Jean-Pierre Lataste - Gujan-Mestras
obituary|Madame Odette Cazaux née Dupouy - La Teste-de-Buch
obituary|Voir tous les avis de décès
app|Téléchargez l'application Sud Atlantique
app|Disponible sur l'App Store
app|Disponible sur Google Play
network|Sud Atlantique Gourmand
network|Les Annonces du Sud-Ouest
network|Boutique Sud Atlantique
footer|Le Groupe Sud Atlantique
footer|Nous contacter
footer|Annonces légales
footer|Jeux
footer|Mentions légales
footer|CGU
footer|Charte de confidentialité
cookie|Paramétrer les cookies
copyright|© Sud Atlantique 2026
"""),
 dict(id="sudouest-style-2", site="sudouest-style", lang="fr", sep="\n", title="Biarritz : la Ville veut limiter à 90 jours par an la location des résidences principales aux touristes", date="2025-11-20", page="""
skip-link|Aller au contenu principal
skip-link|Aller au menu
cookie|Sud Atlantique et ses partenaires utilisent des cookies pour vous proposer des contenus et des publicités adaptés. Vous pouvez accepter, refuser ou paramétrer vos choix.
cookie|Accepter & fermer
cookie|Continuer sans accepter
cookie|Paramétrer
menu|Menu
menu|Sud Atlantique
search|Rechercher
account|Se connecter
subscribe|S'abonner
epaper|Le journal du jour
weather|Biarritz 13°
menu|Actualité
menu|Gironde
menu|Landes
menu|Dordogne
menu|Charente-Maritime
menu|Pays basque
menu|Béarn
menu|Lot-et-Garonne
menu|Sports
menu|Économie
menu|Gastronomie
menu|Loisirs
obituary|Avis de décès
edition|Mon édition : Côte basque
edition|Modifier
breadcrumb|Accueil
breadcrumb|Pyrénées-Atlantiques
breadcrumb|Pays basque
breadcrumb|Biarritz
gift|Cet article vous est offert par un abonné. Pour lire tous nos articles, abonnez-vous à partir de 1€.
paywall|Abonnés
section-label|Logement
h1|Biarritz : la Ville veut limiter à 90 jours par an la location des résidences principales aux touristes
lead|Le conseil municipal doit se prononcer le 27 novembre sur une délibération qui abaisse de 120 à 90 jours le plafond annuel de location en meublé de tourisme des résidences principales. Une première sur la Côte basque.
byline|Par Ander Etcheverry
dateline|Publié le 20/11/2025 à 19h12.
reading-time|Lecture 3 min.
share|Partager
gift|Offrir l'article
save|Ajouter à mes favoris
comments|14 commentaires
caption|Dans le quartier du Port-Vieux, les boîtes à clés se sont multipliées sur les façades ces dernières années.
credit|Archives Bertrand Lapègue / SUD ATLANTIQUE
p|À Biarritz, l'étau se resserre encore sur les meublés de tourisme. Lors du prochain conseil municipal, le 27 novembre, la majorité proposera de réduire de 120 à 90 jours par an la durée pendant laquelle un propriétaire peut louer sa résidence principale à des vacanciers, comme l'autorise désormais la loi adoptée fin 2024 pour encadrer ces locations.
p|« Nous comptons plus de 5 000 logements loués à la nuitée pour une ville de 25 000 habitants. Les familles, les saisonniers, les soignants de l'hôpital ne trouvent plus à se loger », justifie l'adjointe chargée du logement, Isabelle Larrondo.
video|VIDÉO. Logement au Pays basque : « Je travaille à Biarritz mais je dors dans ma voiture »
video|Lecture
video|02:14
p|La mesure s'ajoute à un arsenal déjà fourni. Depuis 2024, la Communauté d'agglomération Pays basque impose à tout propriétaire qui souhaite transformer un logement en meublé touristique de mettre en contrepartie un logement équivalent en location à l'année, dans la même commune. Ce dispositif dit de « compensation » a fait chuter le nombre de nouvelles autorisations.
h2|Des contrôles renforcés
p|Pour faire respecter le nouveau plafond, la Ville compte s'appuyer sur le numéro d'enregistrement obligatoire, que les plateformes doivent afficher sur chaque annonce. Les données qu'elles transmettent à la mairie permettront de repérer les logements dépassant les 90 nuitées.
p|Deux agents supplémentaires vont être recrutés au service de l'urbanisme pour mener les contrôles. Les contrevenants s'exposent à une amende civile pouvant atteindre 15 000 euros.
read-also|À lire aussi
read-also|Pays basque : la surtaxe sur les résidences secondaires portée à 60 % dans 24 communes
ad|Publicité
ad|Annonce
h2|Les propriétaires dénoncent « une mesure de trop »
p|Du côté des propriétaires, la pilule passe mal. « Beaucoup de Biarrots louent leur appartement deux ou trois mois l'été pour rembourser leur crédit ou compléter une petite retraite. On les transforme en fraudeurs », regrette le président d'une association locale de loueurs, qui envisage un recours devant le tribunal administratif de Pau.
p|Les professionnels du tourisme s'inquiètent, eux, d'un manque de lits en haute saison, lors des grands rendez-vous sportifs et culturels de l'été. « Les hôtels ne pourront pas absorber toute la demande », estime un hôtelier du centre-ville.
p|L'opposition municipale juge au contraire la mesure insuffisante. « On s'attaque aux résidences principales, mais le vrai problème, ce sont les résidences secondaires qui restent vides dix mois par an », a lancé un conseiller lors de la dernière commission.
h2|D'autres communes pourraient suivre
p|Saint-Jean-de-Luz, Anglet et Bidart observent de près la démarche biarrote. À Saint-Jean-de-Luz, le maire a indiqué qu'une réflexion était engagée « pour 2026 ». Dans les Landes voisines, Hossegor et Capbreton ont déjà durci l'an dernier leurs règles sur les changements d'usage.
p|Si la délibération est adoptée, le nouveau plafond entrera en vigueur le 1er janvier 2026. Les propriétaires déjà enregistrés recevront un courrier d'information dans le courant du mois de décembre.
tags|Biarritz
tags|Logement
tags|Tourisme
tags|Airbnb
share|Facebook
share|X
share|WhatsApp
share|E-mail
share|Copier le lien
comments|Voir les 14 commentaires
comments|Réagir
comments|Les commentaires sont réservés aux abonnés.
related|Sur le même sujet
related|Anglet : 400 logements sociaux prévus sur l'ancien site industriel de Blancpignon
related|Logement saisonnier : à Hendaye, des chambres chez l'habitant pour les serveurs de l'été
related|Abonnés
related|Bayonne : le prix de l'immobilier marque enfin le pas
teaser-list|Pays basque : les dernières infos
teaser-list|Il y a 25 min
teaser-list|Aviron Bayonnais : deux retours majeurs avant la réception de Toulon
teaser-list|Il y a 2 h
teaser-list|Saint-Jean-Pied-de-Port : la route du col de Roncevaux rouverte après un éboulement
teaser-list|Il y a 4 h
most-read|Les plus lus
most-read|Pau : un adolescent grièvement blessé par un tir de mortier d'artifice
most-read|Bayonne : la gare routière déménage au printemps, ce qui change pour les voyageurs
most-read|Neige : premières chutes attendues sur les Pyrénées ce week-end
obituary|Avis de décès
obituary|Monsieur Peio Harriet - Ustaritz
obituary|Madame Maïté Etchegaray née Dufau - Biarritz
obituary|Voir tous les avis de décès
app|Téléchargez l'application Sud Atlantique
app|Disponible sur l'App Store
app|Disponible sur Google Play
network|Sud Atlantique Gourmand
network|Les Annonces du Sud-Ouest
network|Boutique Sud Atlantique
footer|Le Groupe Sud Atlantique
footer|Nous contacter
footer|Annonces légales
footer|Jeux
footer|Mentions légales
footer|CGU
footer|Charte de confidentialité
cookie|Paramétrer les cookies
copyright|© Sud Atlantique 2025
"""),
 dict(id="semafor-style-1", site="semafor-style", lang="en", sep="\n", title="Ethiopia opens its banking sector to foreign lenders, but few are rushing in", date="2026-01-20", page="""
skip-link|Skip to main content
menu|Relay
menu|Politics
menu|Business
menu|Tech
menu|Media
menu|Africa
menu|Gulf
menu|Net Zero
menu|Security
menu|CEO
menu|Events
menu|Newsletters
search|Search
account|Sign In
newsletter|Subscribe
section-label|Africa
h1|Ethiopia opens its banking sector to foreign lenders, but few are rushing in
alt-text|Author headshot
byline|Kwame Asante-Mensah
dateline|Jan 20, 2026, 6:14am EST
dateline|Updated Jan 20, 2026, 11:02am EST
share|Share
share|Copy link
share|Post
share|LinkedIn
share|Email
credit|Tiksa Negeri/Reuters
newsletter|Sign up for Relay Africa: The stories shaping a changing continent. Read it now.
alt-text|Title icon
h2|The News
p|Ethiopia's first foreign-owned banks in half a century could be operating by the end of the year, after the central bank published its licensing rules this month. But executives at several of the continent's largest lenders say they are in no hurry to apply.
p|The National Bank of Ethiopia's directive, published on Jan. 12, allows foreign banks to open subsidiaries or branches, or to buy up to 49% of local lenders, ending a ban that has been in place since the 1970s. New subsidiaries will need paid-up capital of at least 5 billion birr, roughly $35 million at current rates.
p|Three pan-African banking groups told Relay they are "studying" the rules. None has committed to applying in the first licensing window, which closes in April.
alt-text|Title icon
h2|Know More
p|Ethiopia, with a population of more than 120 million, is one of the least-banked large economies on the continent: fewer than half of adults hold an account at a formal financial institution. The sector is dominated by a single state-owned lender, which holds around half of all deposits.
p|The opening is part of an economic overhaul that began in 2024, when the government floated the birr under a multi-year IMF program. The currency has lost more than half of its value against the dollar since then, and foreign exchange remains scarce, a concern for any investor planning to send profits home.
p|"The opportunity is obvious. The problem is getting your money out," said a senior executive at a Nairobi-based lender, who asked not to be named because the bank's board has not taken a decision. "Nobody wants to be the first one stuck with a balance sheet in birr."
alt-text|Title icon
h2|Kwame's view
p|The muted response is less a verdict on Ethiopia's reforms than on their sequencing. Investors watched Nigeria and Egypt struggle through repeated currency crises and want proof that Addis Ababa can clear its foreign-exchange backlog before they commit capital.
p|The likelier first movers are not the big pan-African groups but Gulf and Asian lenders that follow their corporate clients. Emirati and Chinese companies already run factories and logistics hubs in Ethiopia's industrial parks, and they need trade finance that local banks struggle to provide.
p|Local lenders, meanwhile, are quietly relieved. Many spent the past two years raising capital to survive a sector shake-up, and a slow start buys them time.
alt-text|Title icon
h2|Room for Disagreement
p|Ethiopia's central bank governor argued in a speech last week that interest was stronger than public statements suggested. "We have had detailed conversations with more than a dozen institutions," he said. "Applications take time. Judge us at the end of the year, not in the first month."
alt-text|Title icon
h2|The View From Nairobi
p|Kenyan banks, several of which already operate in Uganda, Rwanda and South Sudan, see Ethiopia as the natural next step in their regional expansion. But analysts in Nairobi say the experience of the 2010s, when some lenders retreated from loss-making subsidiaries abroad, has made boards far more cautious.
alt-text|Title icon
h2|Notable
li|Ethiopia's telecoms liberalization offers a cautionary tale, the East Africa Business Chronicle notes: the first foreign operator to enter the market has yet to turn a profit more than three years on.
li|The IMF's latest review said Ethiopia's reforms were "broadly on track" but flagged risks from high inflation and arrears to external creditors, Addis Market Weekly reported.
newsletter|Sign up for Relay Africa
newsletter|The stories shaping a changing continent, from our reporters on the ground.
newsletter|Your email address
newsletter|Sign Up
newsletter|By signing up you agree to our privacy policy.
sponsored|Relay Signals
sponsored|Supported by Meridian Payments
sponsored|How mobile money is rewiring trade across East Africa
related|More from Relay Africa
related|Nigeria's fintechs look to Francophone Africa as home market tightens
related|Jan 18, 2026, 7:30am EST
related|Kenya courts Gulf investors for a stalled highway project
related|Jan 16, 2026, 5:02am EST
related|Why Ghana's gold-for-oil program is back on the table
related|Jan 14, 2026, 6:45am EST
event|Relay Africa Summit
event|April 22-23, 2026 - Washington, D.C.
event|Register now
most-read|Most Popular
most-read|1
most-read|The White House's tariff truce is fraying, and CEOs are getting nervous
most-read|2
most-read|Scoop: A major news publisher is in talks to license its archive to AI companies
most-read|3
most-read|Inside the Gulf's race to build sovereign AI
footer|Relay
footer|About
footer|Careers
footer|Contact
footer|Advertise
footer|Ethics Policy
footer|Privacy Policy
footer|Terms of Service
cookie|Cookie Settings
copyright|© 2026 Relay Inc.
"""),
 dict(id="semafor-style-2", site="semafor-style", lang="en", sep="\n", title="Gulf sovereign funds line up $4 billion for Indian data centers", date="2026-03-04", page="""
skip-link|Skip to main content
menu|Relay
menu|Politics
menu|Business
menu|Tech
menu|Media
menu|Africa
menu|Gulf
menu|Net Zero
menu|Security
menu|CEO
menu|Events
menu|Newsletters
search|Search
account|Sign In
newsletter|Subscribe
section-label|Gulf
section-label|Scoop
h1|Gulf sovereign funds line up $4 billion for Indian data centers
alt-text|Author headshot
byline|Reed Landry
alt-text|Author headshot
byline|Priya Chandrasekar
dateline|Mar 4, 2026, 5:03am EST
share|Share
share|Copy link
share|Post
share|LinkedIn
share|Email
credit|Amit Dave/Reuters
alt-text|Title icon
h2|The Scoop
p|Two Gulf sovereign wealth funds are in advanced talks to commit a combined $4 billion to a joint venture building data centers in India, according to three people familiar with the discussions, in what would be one of the largest foreign bets yet on the country's AI infrastructure boom.
p|The funds, one based in Abu Dhabi and one in Doha, would each take a minority stake in a new platform set up with a Mumbai-based conglomerate, the people said. The venture plans to build up to 1.5 gigawatts of capacity across Maharashtra, Tamil Nadu and Uttar Pradesh over the next six years.
p|A deal could be announced as soon as next month, two of the people said, though negotiations over governance and power-supply guarantees are continuing. Spokespeople for both funds declined to comment.
newsletter|Sign up for Relay Gulf: Analysis of the region's biggest stories. Read it now.
alt-text|Title icon
h2|Know More
p|Gulf investors have spent the past two years building their own AI ambitions at home, financing chip purchases and giant computing campuses. Increasingly, they are also looking abroad for returns, and India, with its deep pool of engineers, fast-growing digital economy and new data-localization rules, has become a priority.
p|India's installed data center capacity has roughly doubled since 2023, and industry groups expect it to triple again by the end of the decade as global tech companies and Indian banks store more data onshore.
p|"Everyone wants exposure to AI infrastructure, but U.S. valuations are eye-watering," said a Gulf-based banker advising on the talks. "India is where you can still build at scale at a reasonable price."
alt-text|Title icon
h2|Step Back
p|The talks reflect a broader deepening of Gulf-India economic ties since the UAE and India signed a trade agreement in 2022. Gulf funds have since opened offices in Mumbai and stepped up investments in Indian ports, renewables and retail.
p|For New Delhi, the money would help close a financing gap: officials estimate the country needs tens of billions of dollars in new data center investment to meet its own targets for AI computing capacity.
alt-text|Title icon
h2|Room for Disagreement
p|Power remains the biggest constraint. India's grid still relies heavily on coal, and several state utilities have struggled to guarantee round-the-clock supply to large industrial users. "Capital is the easy part," said an analyst at a Bengaluru-based research firm. "Without firm renewable power contracts, a lot of these announced gigawatts will stay on paper."
alt-text|Title icon
h2|Notable
li|Indian officials are drafting rules that would give data center projects faster access to land and grid connections, the Delhi Business Ledger reported last month.
li|Gulf funds' appetite for AI assets has pushed up prices for data center deals worldwide, the Financial Review of Asia argued in a recent analysis.
newsletter|Sign up for Relay Flagship
newsletter|The world's biggest stories, explained by our global team.
newsletter|Your email address
newsletter|Sign Up
newsletter|By signing up you agree to our privacy policy.
related|More from Relay Gulf
related|Saudi Arabia's wealth fund trims its giga-project budgets
related|Mar 2, 2026, 6:10am EST
related|Qatar signs long-term LNG deal with a German utility
related|Feb 27, 2026, 4:55am EST
related|Why Abu Dhabi is betting on robotaxis
related|Feb 25, 2026, 5:20am EST
event|Relay World Economy Summit
event|April 14-16, 2026 - Washington, D.C.
event|Request an invitation
most-read|Most Popular
most-read|1
most-read|Scoop: Top Democrats plan a new push on housing costs
most-read|2
most-read|The Fed's next chair faces an unusual problem
most-read|3
teaser-list|Gulf sovereign funds line up $4 billion for Indian data centers
footer|Relay
footer|About
footer|Careers
footer|Contact
footer|Advertise
footer|Ethics Policy
footer|Privacy Policy
footer|Terms of Service
cookie|Cookie Settings
copyright|© 2026 Relay Inc.
"""),
 dict(id="togo-first-style-1", site="togo-first-style", lang="fr", sep="\n", title="Soja : le Togo table sur une production de 400 000 tonnes pour la campagne 2025-2026", date="2025-10-15", page="""
clock|mercredi, 15 octobre 2025
lang-switch|FR
lang-switch|EN
social|Facebook
social|X
social|LinkedIn
social|YouTube
search|Rechercher...
menu|Togo Premier
menu|L'économie togolaise au quotidien
ad|Publicité
ad|Orabanque Togo - Votre banque, partout, tout le temps. Ouvrez votre compte en ligne
menu|Accueil
menu|Agri
menu|Economie
menu|Finance
menu|Gestion publique
menu|Industrie
menu|Mines
menu|Energie
menu|Télécoms
menu|Transport
menu|Formation
menu|Santé
menu|Société
menu|Focus
menu|Doing Business
breaking|Flash info
breaking|Le Togo lève 65 milliards FCFA sur le marché des titres publics de l'UMOA
ticker|BRVM Composite 301,42 +0,38 %
ticker|BRVM 30 148,06 +0,21 %
ticker|EUR/XOF 655,957
breadcrumb|Vous êtes ici :
breadcrumb|Accueil
breadcrumb|Agri
section-label|Agri
h1|Soja : le Togo table sur une production de 400 000 tonnes pour la campagne 2025-2026
meta|Détails
dateline|Publication : mercredi, 15 octobre 2025 11:48
views|Affichages : 1187
print|Imprimer
share|E-mail
lead|Le soja confirme sa place parmi les premières cultures d'exportation du Togo. Les autorités misent sur une hausse de 14 % de la production cette saison, portée par l'extension des surfaces et la distribution de semences certifiées.
p|(Togo Premier) - Le Togo prévoit de récolter environ 400 000 tonnes de soja au cours de la campagne 2025-2026, contre quelque 350 000 tonnes la saison précédente. L'objectif a été présenté le 13 octobre à Atakpamé, lors du lancement officiel de la commercialisation, par le ministère de l'Agriculture, de l'Hydraulique villageoise et du Développement rural.
p|Selon les chiffres officiels, les superficies emblavées ont atteint près de 310 000 hectares, en hausse de 9 % sur un an. Les régions des Plateaux et Centrale concentrent à elles seules plus de 60 % de la production nationale.
read-also|Lire aussi :
read-also|08-10-2025 - Soja : le prix plancher fixé à 290 FCFA le kilogramme pour la campagne 2025-2026
read-also|19-09-2025 - La PIA a transformé 48 000 tonnes de soja au premier semestre 2025
p|Pour soutenir cette dynamique, l'Etat a distribué environ 1 200 tonnes de semences certifiées aux producteurs, par l'intermédiaire des coopératives agréées, et renforcé l'encadrement technique dans les principales zones de production. Le programme de mécanisation agricole a également permis de mettre une centaine de tracteurs supplémentaires à la disposition des groupements.
p|Le prix plancher d'achat bord champ a été fixé à 290 FCFA le kilogramme, un niveau jugé « incitatif » par l'interprofession. Les exportateurs doivent par ailleurs justifier d'un agrément et d'une caution bancaire pour intervenir dans la filière cette saison, une mesure destinée à assainir la commercialisation et à protéger les producteurs contre les impayés.
ad|Publicité
ad|Togocom - Fibre à la maison, jusqu'à 500 Mbps. Souscrivez maintenant
p|Le soja s'est imposé en quelques années comme l'un des principaux produits agricoles d'exportation du Togo, essentiellement vers l'Union européenne, la Turquie et l'Asie. Une part croissante de la récolte est toutefois désormais transformée localement, notamment sur la Plateforme industrielle d'Adétikopé, où plusieurs unités produisent de l'huile et du tourteau destinés à l'alimentation animale.
p|Les autorités entendent porter la transformation locale à 50 % de la production d'ici 2030. L'enjeu est double : capter davantage de valeur ajoutée sur le territoire et sécuriser l'approvisionnement de la filière avicole, en pleine expansion.
p|La filière reste néanmoins exposée à plusieurs défis, notamment la volatilité des cours mondiaux, les difficultés d'accès au financement pour les petits producteurs et les exigences de traçabilité croissantes du marché européen, où le soja togolais est majoritairement écoulé sous label biologique.
read-also|Lire aussi :
read-also|25-07-2025 - Soja bio : le Togo renforce ses contrôles pour sécuriser ses exportations vers l'UE
signature|Séna Kodjo Agbéko
share|Partager
share|Facebook
share|X
share|LinkedIn
share|WhatsApp
nav|Précédent
nav|Suivant
related|Dans la même rubrique
related|Cacao : les exportations togolaises en hausse de 20 % sur les huit premiers mois de l'année
related|Anacarde : la campagne de commercialisation 2026 s'ouvrira le 1er mars
related|Agriculture : 12 milliards FCFA mobilisés pour le financement des jeunes agripreneurs
most-read|Les plus lus
most-read|Le Togo et la Banque mondiale signent un accord de 100 millions $ pour l'électrification rurale
most-read|Affichages : 3412
most-read|Lomé : la nouvelle gare routière d'Agoè sera livrée en décembre
most-read|Affichages : 2960
most-read|Fiscalité : ce que prévoit le projet de loi de finances 2026
most-read|Affichages : 2718
pdf|Togo Premier Magazine n°58 - Octobre 2025
pdf|Spécial Agriculture : les filières qui tirent la croissance
pdf|Télécharger le PDF
whatsapp|Suivez Togo Premier sur WhatsApp
whatsapp|Rejoindre la chaîne
newsletter|Newsletter
newsletter|Recevez chaque matin l'actualité économique du Togo dans votre boîte mail
newsletter|Votre adresse e-mail
newsletter|S'abonner
ad|Port Autonome de Lomé - Le hub logistique de l'Afrique de l'Ouest
footer|A propos
footer|Contact
footer|Publicité
footer|Mentions légales
about|Togo Premier est un site d'information économique consacré au Togo, publié en français et en anglais.
network|Membre du réseau Afrik Eco Médias
copyright|Copyright © 2025 Togo Premier. Tous droits réservés.
back-to-top|Haut de page
"""),
 dict(id="togo-first-style-2", site="togo-first-style", lang="fr", sep="\n", title="Port de Lomé : le trafic de conteneurs progresse de 6 % en 2025, à 2,1 millions d'EVP", date="2026-02-10", page="""
clock|mardi, 10 février 2026
lang-switch|FR
lang-switch|EN
social|Facebook
social|X
social|LinkedIn
social|YouTube
search|Rechercher...
menu|Togo Premier
menu|L'économie togolaise au quotidien
ad|Publicité
ad|Assurances Sahel Togo - Protégez ce qui compte. Devis en 2 minutes
menu|Accueil
menu|Agri
menu|Economie
menu|Finance
menu|Gestion publique
menu|Industrie
menu|Mines
menu|Energie
menu|Télécoms
menu|Transport
menu|Formation
menu|Santé
menu|Société
menu|Focus
menu|Doing Business
breaking|Flash info
breaking|Energie : la centrale solaire de Sokodé injecte ses premiers mégawatts sur le réseau
ticker|BRVM Composite 309,87 -0,12 %
ticker|BRVM 30 151,40 +0,05 %
ticker|EUR/XOF 655,957
breadcrumb|Vous êtes ici :
breadcrumb|Accueil
breadcrumb|Transport
section-label|Transport
h1|Port de Lomé : le trafic de conteneurs progresse de 6 % en 2025, à 2,1 millions d'EVP
meta|Détails
dateline|Publication : mardi, 10 février 2026 09:15
views|Affichages : 2043
print|Imprimer
share|E-mail
li|Le Port autonome de Lomé a traité 2,1 millions d'EVP en 2025, contre 1,98 million un an plus tôt.
li|Le transbordement représente toujours près de 70 % de l'activité conteneurs.
li|Le trafic global de marchandises a dépassé pour la première fois 34 millions de tonnes.
caption|Vue des terminaux à conteneurs du Port autonome de Lomé.
credit|Crédit photo : PAL
p|(Togo Premier) - Le Port autonome de Lomé (PAL) a manutentionné 2,1 millions d'équivalents vingt pieds (EVP) en 2025, selon les statistiques annuelles publiées le 6 février par la direction générale. Il s'agit d'une progression d'environ 6 % par rapport à 2024, qui permet à la plateforme togolaise de conforter sa place parmi les premiers ports à conteneurs d'Afrique de l'Ouest.
p|Le trafic global de marchandises, toutes catégories confondues, s'est établi à 34,2 millions de tonnes, un niveau inédit. Les importations ont représenté un peu plus de la moitié des volumes, portées notamment par les produits pétroliers, le clinker et les produits alimentaires.
h2|Le transbordement, moteur de la croissance
p|Comme les années précédentes, la croissance repose largement sur le transbordement, c'est-à-dire le transfert de conteneurs d'un navire à un autre pour desservir d'autres ports de la région. Cette activité a compté pour près de 70 % du trafic conteneurs, grâce aux deux terminaux exploités par des armateurs internationaux.
read-also|Lire aussi :
read-also|22-01-2026 - Corridor Lomé-Ouagadougou : le délai de transit réduit à six jours
read-also|14-12-2025 - Le Togo lance les travaux d'un port sec à Kara
p|Le trafic de transit à destination des pays de l'hinterland, en particulier le Burkina Faso, le Niger et le Mali, s'est également redressé après deux années perturbées par l'insécurité et les tensions régionales. Il a progressé de 11 % en volume, selon la direction du port, qui attribue cette embellie à la simplification des formalités douanières et à la digitalisation des procédures sur le corridor.
p|« Nos investissements dans la digitalisation et dans la fluidité des opérations portent leurs fruits. Le défi, désormais, est de maintenir cette compétitivité face à la concurrence des ports voisins », a commenté le directeur général du PAL lors de la présentation des résultats.
ad|Publicité
ad|Ecobanque Togo - Financez vos importations avec nos solutions de crédit documentaire
p|Pour 2026, l'autorité portuaire vise 2,25 millions d'EVP. Elle mise notamment sur la mise en service d'un nouveau parc de stationnement pour camions, destiné à désengorger les abords du port, et sur l'extension du guichet unique du commerce extérieur.
p|Le port de Lomé, seul port en eau profonde de la sous-région avec un tirant d'eau de 16,6 mètres, reste l'un des principaux pourvoyeurs de recettes de l'Etat togolais. Il fait toutefois face à une concurrence de plus en plus vive des ports d'Abidjan, de Tema et de Cotonou, qui ont tous engagé d'importants programmes d'extension.
signature|Edem Komlan Ahiadzro
share|Partager
share|Facebook
share|X
share|LinkedIn
share|WhatsApp
nav|Précédent
nav|Suivant
related|Dans la même rubrique
related|Aéroport de Lomé : le trafic passagers franchit la barre du million
related|Transport urbain : 50 nouveaux bus électriques attendus à Lomé d'ici juin
related|Chemin de fer : une étude de faisabilité lancée pour la ligne Lomé-Cinkassé
most-read|Les plus lus
most-read|Budget 2026 : les dépenses d'investissement en hausse de 12 %
most-read|Affichages : 4105
most-read|Bourse : la Société des Eaux du Togo prépare son introduction à la BRVM
most-read|Affichages : 3377
most-read|Emploi : 5 000 jeunes recrutés dans le cadre du programme de volontariat national
most-read|Affichages : 2894
pdf|Togo Premier Magazine n°61 - Janvier 2026
pdf|Spécial Logistique : Lomé, porte d'entrée du Sahel
pdf|Télécharger le PDF
whatsapp|Suivez Togo Premier sur WhatsApp
whatsapp|Rejoindre la chaîne
newsletter|Newsletter
newsletter|Recevez chaque matin l'actualité économique du Togo dans votre boîte mail
newsletter|Votre adresse e-mail
newsletter|S'abonner
footer|A propos
footer|Contact
footer|Publicité
footer|Mentions légales
about|Togo Premier est un site d'information économique consacré au Togo, publié en français et en anglais.
network|Membre du réseau Afrik Eco Médias
copyright|Copyright © 2026 Togo Premier. Tous droits réservés.
back-to-top|Haut de page
"""),
 dict(id="africa-report-style-1", site="africa-report-style", lang="en", sep="\n", title="Zambia's copper comeback runs into a power wall", date="2025-09-16", page="""
skip-link|Skip to content
subscribe|Subscribe
account|Log in
newsletter|Newsletters
lang-switch|Version française
menu|The Continent Report
menu|Politics
menu|Business
menu|Society
menu|Culture
menu|Opinion
menu|Africa Focus
menu|Podcasts
menu|Dossiers
search|Search
subscribe|Get unlimited access to The Continent Report. Subscribe from £1 for your first month
dossier|This article is part of the dossier:
dossier|Zambia's copper gamble
dossier|View the full dossier
paywall|Premium
section-label|Mining
h1|Zambia's copper comeback runs into a power wall
lead|Lusaka wants to triple copper output to 3m tonnes a year by 2031. But a drought-hit hydropower system and a grid that cannot keep up threaten to stall the mines before they can expand.
byline|By Mwansa Chileshe
byline|in Lusaka
dateline|Posted on Tuesday, 16 September 2025 14:20
dateline|Updated on Wednesday, 17 September 2025 09:05
reading-time|Reading time: 6 minutes
share|Share on LinkedIn
share|Share on X
share|Share on WhatsApp
share|Share on Facebook
share|Share by email
save|Save
listen|Listen to this article
listen|BETA
listen|0:00 / 7:48
listen|1x
caption|Workers at an open-pit copper mine near Chingola, in Zambia's Copperbelt province, in March 2025.
credit|© Kelvin Banda/AFP
p|Two years after Zambia emerged from a painful debt default, the copper industry that earns the country about 70% of its export revenue is finally attracting the kind of investment the government has been courting. New owners have taken over two of the Copperbelt's largest underground mines, and expansion projects worth several billion dollars are under way in North-Western province.
p|Yet in the mining towns of the Copperbelt, the conversation is less about tonnes than about megawatts. "We can dig the ore. The question is whether we can keep the pumps and the smelter running," says a senior engineer at one of the big underground mines near Kitwe, who asked not to be named because he is not authorised to speak to the press.
h2|A grid running on empty
p|The 2024 drought, the worst in living memory across much of southern Africa, left the Kariba dam with barely enough water to generate power. Zambia, which relies on hydropower for more than 80% of its electricity, imposed load-shedding of up to 21 hours a day on households at the height of the crisis.
p|Mines, which consume more than half of the country's electricity, were partly shielded through imports and negotiated supply cuts. But the episode exposed how thin the margins are. Even after better rains in the 2024-2025 season, the state power utility says the system will remain in deficit until at least 2027.
p|"Every new shaft we open is another load on a grid that already cannot cope."
p|Industry estimates suggest that hitting the 3m-tonne target would require an additional 1,500MW to 2,000MW of reliable supply, roughly the equivalent of everything Zambia's hydropower stations can produce in a dry year.
read-also|READ MORE
read-also|Zambia's debt deal: What it means for the mines, the kwacha and the 2026 election
newsletter|Sign up to The Continent Report's Business newsletter: the deals, the money and the people behind them, every Wednesday.
newsletter|Sign up
h2|Solar, imports and private deals
p|The government's response has been to open the sector to private generators. A recent change to the rules lets mines buy power directly from independent producers, and several large solar projects are under construction in Central and Southern provinces.
p|Mining companies are not waiting. At least three have signed or are negotiating direct power purchase agreements, according to industry representatives, and one is building its own 200MW solar plant on site, with battery storage for the night shifts.
p|"Five years ago no one in this industry talked about solar. Now it is the first item on every board agenda," says Chipo Mwale, an energy consultant in Lusaka who advises two of the operators.
p|The shift is not without friction. Analysts point to three obstacles:
li|the cost of batteries, which still makes round-the-clock solar more expensive than hydropower;
li|an ageing transmission network that cannot easily carry power from new plants to the Copperbelt;
li|a tariff structure that leaves the state utility losing money on almost every unit it sells to households.
h2|Debt and patience
p|Regional imports offer some relief. Zambia has stepped up purchases from Mozambique and is negotiating new interconnections with Tanzania and Namibia. But imported power is expensive and priced in dollars, at a time when the government is trying to keep a tight grip on spending under its IMF programme.
p|For Lusaka, the stakes go well beyond the mines. Copper revenues underpin the debt restructuring agreements signed with bilateral lenders and bondholders, and a shortfall would weaken the country's hand if it needs to return to international markets.
p|"The copper price is on our side," a finance ministry official told The Continent Report. "The challenge is that the geology is fixed and the electricity is not. We have to build power as fast as the miners dig."
author-bio|Mwansa Chileshe is a Lusaka-based journalist who covers mining, energy and public finance in southern Africa.
author-link|See all articles by Mwansa Chileshe
tags|Zambia
tags|Copper
tags|Mining
tags|Energy
tags|Hichilema
nav|Next
nav|In the Copperbelt, a new generation of miners bets on going underground again
dossier|In this dossier
dossier|Zambia's copper gamble: Can Lusaka triple output by 2031?
dossier|Who's who in Zambia's mining sector
teaser-list|Zambia's copper comeback runs into a power wall
dossier|Kwacha: Why a strong copper price has not saved the currency
related|Recommended
related|DRC: Cobalt export quotas split miners and traders in Katanga
related|Premium
related|South Africa's Eskom: Is the end of load-shedding for real?
related|Namibia: Green hydrogen dreams meet financial reality
related|Premium
most-read|Most read
most-read|1
most-read|Nigeria: Inside the fight for control of the ruling party ahead of 2027
most-read|2
most-read|Kenya: Why Nairobi's new expressway tolls have angered commuters
most-read|3
most-read|Senegal: What the gas windfall will and won't pay for
podcast|The Continent Report Podcast
podcast|Episode 118: Critical minerals, who really profits?
podcast|Listen now
footer|The Continent Report is part of the Continent Media Group
footer|About us
footer|Contact us
footer|Advertise
footer|Careers
footer|Terms of use
footer|Privacy policy
cookie|Manage cookies
network|Le Continent Magazine
network|Continent Events
copyright|© The Continent Report 2025. All rights reserved.
"""),
 dict(id="africa-report-style-2", site="africa-report-style", lang="en", sep="\n", title="Côte d'Ivoire: Cocoa farmers wary of new traceability rules as EU deadline looms", date="2026-02-24", page="""
skip-link|Skip to content
subscribe|Subscribe
account|Log in
newsletter|Newsletters
lang-switch|Version française
menu|The Continent Report
menu|Politics
menu|Business
menu|Society
menu|Culture
menu|Opinion
menu|Africa Focus
menu|Podcasts
menu|Dossiers
search|Search
paywall|You have 2 free articles left this month.
paywall|Subscribe for unlimited access
paywall|Premium
section-label|Agribusiness
h1|Côte d'Ivoire: Cocoa farmers wary of new traceability rules as EU deadline looms
lead|Abidjan is rolling out a digital farmer ID card and GPS mapping of plantations to comply with the EU's deforestation law. On the ground, many growers say they can see the costs but not yet the benefits.
byline|By Aïcha Koné and Jean-Marc Yao
dateline|Posted on Tuesday, 24 February 2026 11:40
reading-time|Reading time: 5 minutes
share|Share on LinkedIn
share|Share on X
share|Share on WhatsApp
share|Share on Facebook
share|Share by email
save|Save
caption|A farmer dries cocoa beans in a village near Daloa, in central-western Côte d'Ivoire, in November 2025.
credit|© Issouf Sanogo for The Continent Report
p|In the village of Gbazra, west of Daloa, Sekou Bamba spreads cocoa beans on a bamboo rack to dry, then pulls a laminated card from his shirt pocket. It carries his photo, a QR code and a number that, in theory, links every bag he sells to the exact coordinates of his three-hectare plot.
p|"They told us that without the card, the buyers will not take our cocoa any more," says the 52-year-old farmer. "I have the card. But I still don't know who decides whether my field is clean."
p|Côte d'Ivoire, which produces around 40% of the world's cocoa, is racing to complete a national traceability system before the European Union's regulation on deforestation-free products takes effect for large operators. The rules, postponed twice, require importers to prove that cocoa, coffee, palm oil and other commodities were not grown on land cleared after December 2020.
h2|Millions of plots to map
p|The sector regulator says it has issued more than one million producer cards and mapped the boundaries of most plantations using GPS devices and satellite imagery. Exporters and cooperatives are now expected to record each purchase in a central database.
p|Officials insist the system will protect Ivorian farmers' access to their biggest market: the EU buys more than half of the country's cocoa exports. "Traceability is not a European constraint imposed on us. It is an asset for our cocoa," a senior official at the regulator told Le Continent Magazine.
read-also|READ MORE
read-also|Ghana vs Côte d'Ivoire: Who wins the cocoa price war?
p|But cooperatives in the west and centre-west describe a rollout that has been uneven. Some farmers received cards with errors in their names or plot sizes; others, who farm land they do not formally own, fear being excluded altogether.
p|"We are being asked to prove our innocence with papers we have never had."
h2|Who pays?
p|The cost of compliance is another sore point. Cooperatives have had to buy smartphones and GPS units, train staff and pay for data connections in areas with poor network coverage. Several cooperative managers said they had not been reimbursed, while European chocolate makers have been slow to commit to higher premiums for traceable beans.
p|"The chocolate companies say sustainability is their priority. Then let them pay for it," says Mariam Touré, who heads a women's cooperative of 600 members near Soubré.
p|The new rules also arrive at an awkward moment. After the record rally in world prices in 2024, the government raised the guaranteed farmgate price to historic highs, easing some of the anger in the villages. But the sharp fall in international prices since then has revived fears that farmers will bear the brunt of any downturn.
newsletter|Get our Africa Business Brief every Wednesday. Free for subscribers and registered readers.
newsletter|Enter your email
newsletter|Sign me up
h2|A test for smallholders
p|For Abidjan, the system is also a tool to fight smuggling across the borders with Ghana, Liberia and Guinea, and to get a clearer picture of a sector in which several million people depend on plots of a few hectares.
p|Agronomists say the data could eventually help target fertiliser subsidies and replanting programmes for ageing orchards, if the government chooses to use it that way.
p|Back in Gbazra, Bamba says he will keep his card "in a safe place". "If the card helps us sell at a good price, we will thank them," he says. "If it only helps the Europeans, we will know that too."
signature|This article was first published in French by Le Continent Magazine.
author-bio|Aïcha Koné is The Continent Report's correspondent in Abidjan. Jean-Marc Yao is a freelance journalist based in Daloa.
tags|Côte d'Ivoire
tags|Cocoa
tags|Agriculture
tags|European Union
tags|Deforestation
related|Recommended
related|Cameroon: Coffee growers eye a comeback as prices soar
related|Premium
related|Nigeria: Why cocoa smuggling is booming on the Benin border
related|Ghana's cocoa board: Inside the syndicated loan that never came
related|Premium
most-read|Most read
most-read|1
most-read|Senegal: Inside the new government's plan to renegotiate oil contracts
most-read|2
most-read|South Africa: Why the coalition is fighting over the budget again
most-read|3
most-read|Cameroon: Who will succeed the old guard?
podcast|The Continent Report Podcast
podcast|Episode 139: The EU's green rules and Africa's farmers
podcast|Listen now
paywall|Enjoyed this article? Subscribe to read all our analysis, investigations and interviews.
paywall|See our offers
footer|The Continent Report is part of the Continent Media Group
footer|About us
footer|Contact us
footer|Advertise
footer|Careers
footer|Terms of use
footer|Privacy policy
cookie|Manage cookies
network|Le Continent Magazine
network|Continent Events
copyright|© The Continent Report 2026. All rights reserved.
"""),
]
