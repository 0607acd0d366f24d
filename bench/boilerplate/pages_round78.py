# Round 78: eight pages on four more layouts (a French weekly of translated foreign press, a German international
# broadcaster's English site, a Malian news site, an article saved from the Google AMP cache of a US regional daily),
# written blind: without looking at the classifier, its rules or the benchmark, measured once. Each line:
# "label|text". Invented text; no real article is copied.
ROUND78 = [
 dict(id="courrier-international-style-1", site="courrier-international-style", lang="fr", sep="\n", title="Au Japon, les villages sans enfants mettent leurs écoles en vente", date="2026-03-05", page="""
skip-link|Aller au contenu principal
skip-link|Aller au menu
menu|Courrier planète
menu|Rubriques
search|Rechercher
account|Se connecter
subscribe|S'abonner
subscribe|1 € le premier mois
menu|À la une
menu|Géopolitique
menu|Économie
menu|Société
menu|Sciences & Tech
menu|Culture
menu|Expat
menu|Voyage
menu|Dessins
menu|L'hebdo
trending|Dans l'actualité
trending|Guerre en Ukraine
trending|Élections législatives au Japon
trending|Droits de douane
trending|COP31
breadcrumb|Accueil › Société › Asie › Japon
section-label|Vu du Japon
section-label|Démographie
h1|Au Japon, les villages sans enfants mettent leurs écoles en vente
lead|Faute d'élèves, près de 450 écoles ferment chaque année dans l'archipel. Dans la préfecture d'Akita, des municipalités proposent désormais leurs bâtiments vides pour un yen symbolique, raconte un quotidien régional du nord du pays.
paywall|Article réservé aux abonnés
dateline|Publié le 5 mars 2026 à 06h00
reading-time|Lecture 4 min.
save|Lire plus tard
gift|Offrir l'article
share|Partager
share|Facebook X LinkedIn E-mail Copier le lien
caption|L'ancienne école primaire de Kamitsuno, fermée au printemps 2024, dans la préfecture d'Akita.
credit|Photo Kazuki Mori/AFP
listen|Écouter l'article
listen|Lecture par une voix de synthèse - 5 min
byline|Haruka Sato
byline|Tōhoku Shinpō (Sendai)
p|Dans la cour de l'école primaire de Kamitsuno, les mauvaises herbes ont envahi le terrain de sport, et les cages de football rouillées n'ont plus servi depuis deux ans. À l'intérieur, les pupitres sont empilés contre les murs, et le calendrier de la salle des professeurs est resté bloqué sur mars 2024, le mois où les trois derniers élèves ont reçu leur diplôme.
p|« Nous avons attendu un an en espérant qu'une famille avec des enfants s'installe au village. Personne n'est venu », confie le responsable du service de l'éducation de la commune, qui compte désormais moins de 2 000 habitants, dont plus de la moitié ont dépassé 65 ans.
p|Le cas de Kamitsuno n'a rien d'exceptionnel. Selon le ministère de l'Éducation, le Japon a perdu environ 8 000 écoles publiques au cours des vingt dernières années, et le rythme des fermetures s'accélère à mesure que la natalité s'effondre. En 2025, le nombre de naissances est tombé sous la barre des 700 000 pour la première fois depuis le début des statistiques.
read-also|Lire aussi Démographie. Au Japon, la population a reculé de 900 000 habitants en un an
h2|Un yen symbolique
p|Dans la préfecture d'Akita, l'une des plus touchées par le vieillissement, une dizaine de communes ont décidé de mettre leurs écoles désaffectées en vente sur un site internet commun. Certaines sont proposées pour un yen, soit moins d'un centime d'euro, à condition que l'acheteur présente un projet qui « contribue à la vie locale » et s'engage à entretenir le bâtiment pendant au moins dix ans.
p|L'entretien d'un établissement vide coûte en effet cher aux municipalités : chauffage minimal pour éviter le gel des canalisations, déneigement des toits en hiver, assurance et contrôles de sécurité. « Détruire un bâtiment en béton de trois étages coûte plus de 100 millions de yens. Nous n'avons pas cet argent », résume un élu.
ad|Publicité
p|Les premiers résultats sont encourageants. Une ancienne école de la ville de Yurihonjō a été reprise par une entreprise de logiciels de Tokyo, qui y a installé une vingtaine de salariés en télétravail. Une autre est devenue une fromagerie, une troisième un gîte pour les amateurs de ski de fond venus de Taïwan et de Hong Kong.
h2|Des candidats venus de la capitale
p|La majorité des acheteurs viennent des grandes villes. Ils sont attirés par la surface des bâtiments, souvent plus de 2 000 mètres carrés, et par leur emplacement au milieu des rizières ou au pied des montagnes. « Pour le prix d'un studio à Tokyo, nous avons un gymnase, une piscine et une vue sur le mont Chōkai », s'amuse le gérant d'une petite brasserie artisanale installée dans l'ancien collège d'un hameau voisin.
p|Mais tous les projets n'aboutissent pas. Plusieurs investisseurs ont renoncé après avoir découvert l'ampleur des travaux de mise aux normes antisismiques. D'autres se sont heurtés à la méfiance des habitants, attachés à un lieu où plusieurs générations ont appris à lire.
context-box|Contexte
context-box|Un archipel qui vieillit
context-box|Près de 30 % des Japonais ont plus de 65 ans. Le gouvernement prévoit que la population, de 123 millions d'habitants aujourd'hui, passera sous les 100 millions avant 2060.
p|À Kamitsuno, la municipalité a reçu quatre dossiers de candidature. Elle devrait choisir le lauréat avant l'été. Un ancien élève, revenu vivre au village à la retraite, espère surtout que la cloche de l'école ne sera pas démontée. « Elle sonnait à 8 heures tous les matins. Tout le village se réglait dessus. »
signature|Haruka Sato
source-box|Source
signature|Tōhoku Shinpō
source-box|Sendai, Japon
source-box|Quotidien, 420 000 ex.
source-box|Fondé à la fin du XIXe siècle, ce quotidien régional est le journal de référence de la région du Tōhoku, dans le nord-est de l'archipel. Il s'est distingué par sa couverture de la reconstruction après le tsunami de 2011.
source-box|Lire la source
epaper|Cet article est paru dans Courrier planète n° 1836
epaper|Le magazine de la semaine
epaper|N° 1836 du 5 au 11 mars 2026
epaper|Japon : le pays qui s'efface
epaper|Découvrir le sommaire
epaper|Feuilleter le magazine
tags|Japon
tags|Démographie
tags|Éducation
tags|Monde rural
newsletter|Newsletter Le Tour du monde
newsletter|Chaque matin, l'essentiel de la presse étrangère sélectionnée par la rédaction.
newsletter|Votre e-mail
newsletter|S'inscrire
related|Sur le même sujet
related|Vu de Corée du Sud. À Séoul, les écoles maternelles se transforment en maisons de retraite
related|Vu du Japon. Les « maisons vides » des campagnes, un casse-tête pour les héritiers
related|Reportage. En Chine, les villages du Nord-Est voient partir leurs derniers jeunes
cartoon|Le dessin du jour
cartoon|Dessin de Kazanevsky, Ukraine.
teaser-list|Le fil
teaser-list|11h32
teaser-list|Vu d'Allemagne. Les syndicats de la Bahn menacent d'une grève illimitée
teaser-list|10h58
teaser-list|Climat. En Patagonie, un glacier recule de 200 mètres en un été
teaser-list|10h15
teaser-list|Vu du Nigeria. À Lagos, le prix du pain double en six mois
most-read|Les plus lus
most-read|1 Vu des États-Unis. Comment la Maison-Blanche prépare l'après-midterms
most-read|2 Témoignage. « J'ai quitté Berlin pour un village de Galice »
most-read|3 Vu d'Italie. Le pont sur le détroit de Messine, encore et toujours
app|Téléchargez l'application Courrier planète
app|Disponible sur l'App Store et Google Play
footer|Courrier planète
footer|Qui sommes-nous ?
footer|Nos sources
footer|Contactez-nous
footer|Abonnements
footer|Annonceurs
footer|Mentions légales
footer|Conditions générales de vente
footer|Charte de confidentialité
cookie|Gestion des cookies
copyright|© Courrier planète 2026
copyright|Toute reproduction interdite sans autorisation.
"""),
 dict(id="courrier-international-style-2", site="courrier-international-style", lang="fr", sep="\n", title="En Argentine, les clubs de quartier ne savent plus comment payer l'électricité", date="2026-01-22", page="""
skip-link|Aller au contenu principal
skip-link|Aller au menu
menu|Courrier planète
menu|Rubriques
search|Rechercher
account|Se connecter
subscribe|S'abonner
subscribe|1 € le premier mois
menu|À la une
menu|Géopolitique
menu|Économie
menu|Société
menu|Sciences & Tech
menu|Culture
menu|Expat
menu|Voyage
menu|Dessins
menu|L'hebdo
trending|Dans l'actualité
trending|Groenland
trending|Venezuela
trending|Forum de Davos
trending|Open d'Australie
breadcrumb|Accueil › Économie › Amériques › Argentine
section-label|Vu d'Argentine
section-label|Crise sociale
h1|En Argentine, les clubs de quartier ne savent plus comment payer l'électricité
lead|Piscine, football, judo, bibliothèque : dans les banlieues de Buenos Aires et des villes de province, les « clubs de barrio » remplissent depuis un siècle un rôle social essentiel. Avec la fin des subventions à l'énergie, beaucoup sont au bord de la fermeture, rapporte un quotidien de Bahía Blanca.
free|Article en accès libre
dateline|Publié le 22 janvier 2026 à 05h00
dateline|Mis à jour le 22 janvier 2026 à 14h27
reading-time|Lecture 3 min.
save|Lire plus tard
gift|Offrir l'article
share|Partager
share|Facebook X LinkedIn E-mail Copier le lien
caption|Des enfants à l'entraînement de football dans un club de quartier de La Matanza, dans la banlieue de Buenos Aires, en décembre 2025.
credit|Photo Natacha Pisarenko/AP/SIPA
byline|Martín Ojeda
byline|La Voz del Sur (Bahía Blanca)
p|La lettre est arrivée un mardi, glissée sous la porte du club Unión Vecinal de Villa Mitre. Une facture d'électricité de 4,2 millions de pesos pour le seul mois de novembre, soit près de cinq fois le montant payé un an plus tôt. « Nous avons cru à une erreur. Ce n'en était pas une », soupire Norma Giménez, la trésorière bénévole du club depuis dix-huit ans.
p|Fondé en 1931 par des cheminots, Unión Vecinal accueille aujourd'hui près de 600 enfants et adolescents du quartier. On y joue au football et au basket, on y apprend la natation l'été, et une salle de l'étage sert de bibliothèque et de soutien scolaire. La cotisation mensuelle, 8 000 pesos, est payée par moins de la moitié des familles.
subscribe|Offre spéciale : lisez la presse du monde entier pour 1 € le premier mois. Je m'abonne
h2|Plus de tarif social
p|Comme des milliers d'autres associations, le club bénéficiait jusqu'en 2024 d'un tarif réduit sur l'électricité et le gaz. La suppression progressive des subventions à l'énergie, décidée par le gouvernement fédéral pour réduire le déficit public, a fait exploser les factures. Selon une fédération qui regroupe près de 3 000 clubs dans le pays, les coûts énergétiques de ses membres ont été multipliés par huit en deux ans.
p|Un projet de loi visant à créer un tarif spécial pour les clubs a bien été déposé au Congrès, mais il n'a jamais été mis à l'ordre du jour. « Pour eux, nous sommes des entreprises comme les autres. Mais quelle entreprise ouvre ses portes gratuitement aux gamins du quartier ? » s'agace un dirigeant.
read-also|Lire aussi Vu d'Argentine. Le football, dernier refuge d'une classe moyenne qui s'appauvrit
p|Face à l'urgence, les clubs improvisent. Les stratégies se ressemblent d'un bout à l'autre du pays :
li|fermer la piscine ou ne la remplir qu'un mois sur deux ;
li|avancer les entraînements en fin d'après-midi pour éteindre les projecteurs plus tôt ;
li|organiser des tombolas, des ventes d'empanadas et des « peñas » folkloriques le week-end ;
li|installer des panneaux solaires, grâce à des dons d'anciens membres partis vivre à l'étranger.
ad|Publicité
h2|« Le club, c'est l'État qui n'est pas là »
p|Pour les sociologues, la disparition de ces clubs aurait des conséquences bien au-delà du sport. « Dans beaucoup de quartiers, le club est le seul endroit où un enfant peut passer l'après-midi en sécurité. C'est l'État qui n'est pas là », explique une chercheuse de l'Université nationale du Sud, qui étudie le tissu associatif de la région.
p|À Villa Mitre, Norma Giménez a négocié un échéancier avec le fournisseur d'électricité. Le club paiera sa dette en douze mois. Pour tenir, il a fallu renoncer au chauffage de la salle de judo et augmenter légèrement les cotisations. « On fera comme on a toujours fait. On tiendra », dit-elle, en refermant à clé la porte du vestiaire.
signature|Martín Ojeda
source-box|Source
signature|La Voz del Sur
source-box|Bahía Blanca, Argentine
source-box|Quotidien, 60 000 ex.
source-box|Principal journal du sud de la province de Buenos Aires, ce titre indépendant fondé en 1912 consacre une large place à la vie des quartiers et aux questions sociales.
source-box|Lire la source
tags|Argentine
tags|Sport
tags|Énergie
tags|Pauvreté
comments|Réagir
comments|Les commentaires sont réservés aux abonnés. Je m'abonne
newsletter|Newsletter Le Tour du monde
newsletter|Chaque matin, l'essentiel de la presse étrangère sélectionnée par la rédaction.
newsletter|Votre e-mail
newsletter|S'inscrire
related|Sur le même sujet
related|Vu du Chili. À Santiago, les piscines municipales ferment faute de budget
related|Analyse. Deux ans après son arrivée au pouvoir, le président argentin face à la rue
related|Vu d'Argentine. Les retraités manifestent chaque mercredi devant le Congrès
cartoon|Le dessin du jour
cartoon|Dessin de Kroll paru dans Le Soir, Bruxelles.
teaser-list|Le fil
teaser-list|15h05
teaser-list|Vu du Danemark. Groenland : les députés de Nuuk réclament un référendum
teaser-list|14h40
teaser-list|Vu du Brésil. La récolte de café de 2026 s'annonce historique
teaser-list|13h52
teaser-list|Tennis. Open d'Australie : la chaleur perturbe encore la journée
most-read|Les plus lus
most-read|1 Vu de Suisse. À Davos, les patrons inquiets du retour des barrières douanières
most-read|2 Vu d'Espagne. Les loyers de Madrid atteignent un nouveau record
teaser-list|3 Vu d'Argentine. Les clubs de quartier ne savent plus comment payer l'électricité
app|Téléchargez l'application Courrier planète
app|Disponible sur l'App Store et Google Play
footer|Courrier planète
footer|Qui sommes-nous ?
footer|Nos sources
footer|Contactez-nous
footer|Abonnements
footer|Annonceurs
footer|Mentions légales
footer|Conditions générales de vente
footer|Charte de confidentialité
cookie|Gestion des cookies
copyright|© Courrier planète 2026
copyright|Toute reproduction interdite sans autorisation.
"""),
 dict(id="deutsche-welle-english-style-1", site="deutsche-welle-english-style", lang="en", sep="\n", title="Germany: Coalition agrees to extend rent brake until 2029", date="2026-02-18", page="""
skip-link|Skip to content
skip-link|Skip to main menu
skip-link|Skip to more RW sites
cookie|We use cookies and similar technologies to improve our website and to show you personalized content. You can find more information in our privacy policy.
cookie|Accept all
cookie|Reject
cookie|Settings
menu|RW
menu|Menu
watch|Live TV
lang-switch|English
search|Search
menu|Germany
menu|World
menu|Business
menu|Science
menu|Environment
menu|Culture
menu|Sports
menu|Learn German
section-label|Politics
section-label|Germany
h1|Germany: Coalition agrees to extend rent brake until 2029
lead|After weeks of wrangling, Germany's governing parties have agreed to keep the cap on new rents in tight housing markets for four more years. Tenant groups say it does not go far enough, while landlords warn of a construction slump.
byline|Lena Hoffmann
byline|Jan Petersen
dateline|02/18/2026
dateline|February 18, 2026
shortlink|https://p.rw.com/p/4rT7k
share|Share
share|Send Facebook X LinkedIn WhatsApp E-Mail Copy link
print|Print
caption|Tenants in cities such as Munich, Berlin and Hamburg face some of the steepest rent rises in Europe
credit|Image: Sven Hoppe/dpa/picture alliance
p|Germany's coalition government has agreed to extend the so-called rent brake, a cap on how much landlords can charge new tenants in areas with a shortage of housing, until the end of 2029.
p|The rule, introduced in 2015, had been due to expire at the end of this year. Under the deal announced in Berlin on Wednesday, rents for new contracts in designated areas may not exceed the local reference rent by more than 10%.
p|"Millions of people in our cities are afraid that they will no longer be able to afford their homes," Justice Minister Katrin Ahlers told reporters. "With this decision, we are giving them security."
ad|Advertisement
h2|What does the rent brake do?
p|The cap applies only in municipalities that state governments have declared to have a "strained housing market." Currently, that covers more than 400 towns and cities, home to about a third of Germany's population.
p|New buildings first rented out after October 2014 are exempt, as are apartments that have undergone a comprehensive modernization. Under the new agreement, that exemption will be narrowed: furnished apartments, which landlords have increasingly used to get around the cap, will also fall under the rule.
video|To view this video please enable JavaScript, and consider upgrading to a web browser that supports HTML5 video
video|Why are rents in Germany rising so fast?
video|02:47
h2|Tenant groups unimpressed
p|The German Tenants' Association said the extension was overdue but criticized the coalition for failing to tighten penalties for landlords who break the rules. "Anyone who charges too much rent today has almost nothing to fear," the association's president said in a statement.
p|The landlords' association Haus & Grund, on the other hand, warned that rent caps discourage investment. Industry figures show that fewer than 250,000 new apartments were completed in Germany last year, well short of the government's target of 400,000.
p|The opposition Greens called the agreement "a missed opportunity" and repeated their demand for a nationwide freeze on rent increases in existing contracts for several years.
ad|Advertisement
h2|Bill to reach parliament in spring
p|The cabinet is expected to approve a draft bill in March, after which it will go to the Bundestag. Because the rent brake is a federal law, the upper house, the Bundesrat, in which Germany's 16 states are represented, must also be consulted.
p|Economists are divided over the effect of the measure. A study published last year by a Berlin-based research institute found that the cap had slowed rent rises in covered areas by around two to three percent, but had done little to increase the supply of housing.
signature|Edited by: Rina Goldberg
feedback|Send us your feedback
skip-link|Skip next section Explore more
related|Explore more
related|Germany's housing crisis: Young people stuck with their parents
related|Berlin: Court rules on expropriation of large landlords
related|Rents in German cities rise faster than wages
related|02/03/2026
topics|Related topics
topics|Germany
topics|Housing
topics|Bundestag
topics|Social welfare
skip-link|Skip next section RW's Top Story
teaser-list|RW's Top Story
teaser-list|Ukraine peace talks: Negotiators meet again in Istanbul
teaser-list|Russia and Ukraine have resumed direct talks, with a focus on prisoner exchanges and a partial ceasefire along the front.
teaser-list|Conflicts
teaser-list|3 hours ago
skip-link|Skip next section More stories from RW
teaser-list|More stories from RW
teaser-list|Deutsche Bahn strike: What travelers need to know
teaser-list|Business
teaser-list|5 hours ago
teaser-list|Berlinale 2026: Jury names surprise winner
teaser-list|Culture
teaser-list|11 hours ago
teaser-list|Climate: Alpine glaciers lost record ice mass in 2025
teaser-list|Environment
teaser-list|02/17/2026
footer|About RW
footer|Corporate
footer|Press
footer|Jobs
footer|Service
footer|Newsletter
footer|Contact
footer|Follow us on
footer|Facebook Instagram X YouTube TikTok Telegram WhatsApp
footer|RW in 32 languages
copyright|© 2026 Rhine Wave
footer|Legal notice
footer|Privacy Policy
footer|Accessibility statement
cookie|Cookie settings
"""),
 dict(id="deutsche-welle-english-style-2", site="deutsche-welle-english-style", lang="en", sep="\n", title="EU agrees to ban single-use vapes from 2027", date="2026-04-09", page="""
skip-link|Skip to content
skip-link|Skip to main menu
skip-link|Skip to more RW sites
cookie|We use cookies and similar technologies to improve our website and to show you personalized content. You can find more information in our privacy policy.
cookie|Accept all
cookie|Reject
cookie|Settings
menu|RW
menu|Menu
watch|Live TV
lang-switch|English
search|Search
menu|Germany
menu|World
menu|Business
menu|Science
menu|Environment
menu|Culture
menu|Sports
menu|Learn German
section-label|Health
section-label|European Union
h1|EU agrees to ban single-use vapes from 2027
lead|European Union negotiators have agreed to outlaw disposable e-cigarettes across the bloc, citing waste and the rising number of teenagers who vape. Some member states already have national bans in place.
dateline|04/09/2026
dateline|April 9, 2026
shortlink|https://p.rw.com/p/4sGm2
share|Share
share|Send Facebook X LinkedIn WhatsApp E-Mail Copy link
print|Print
caption|Brightly colored disposable vapes are popular with young people, health experts warn
credit|Image: Wolfgang Maria Weber/IMAGO
p|Negotiators from the European Parliament and EU member states reached a provisional deal late on Wednesday to ban the sale of single-use electronic cigarettes across the 27-nation bloc from July 2027.
p|The ban is part of a wider overhaul of EU rules on batteries and electronic waste. Disposable vapes contain small lithium batteries that are rarely recycled and are a growing cause of fires at waste-sorting plants, according to the European Commission.
p|"Every year, hundreds of millions of these devices end up in household bins, on our streets and in our rivers," said the Danish lawmaker who led the talks for parliament. "That is a waste of precious raw materials and a danger to the environment."
ad|Advertisement
h2|What does the ban include?
p|Under the agreement, only vapes with a rechargeable battery and refillable or replaceable cartridges may be sold. The deal also includes:
li|a ban on flavors designed to appeal to minors, such as candy and cartoon-themed products;
li|mandatory take-back schemes for used devices at all points of sale;
li|higher fines for shops that sell nicotine products to under-18s;
li|a review of the rules three years after they come into force.
p|Belgium and France already banned disposable vapes in 2025, and several other countries, including Germany, had been waiting for a Europe-wide solution.
video|To view this video please enable JavaScript, and consider upgrading to a web browser that supports HTML5 video
video|Vaping: How harmful are e-cigarettes?
video|03:12
h2|Who is against it?
p|Vape manufacturers and some retail associations criticized the decision, arguing that it will push consumers toward illegal products bought online or across the EU's external borders. An industry group said many adult smokers used disposable devices to quit tobacco.
p|Public health organizations welcomed the move but said it did not go far enough. They want the EU to raise minimum taxes on e-liquids, which are currently set nationally and vary widely between member states.
p|Surveys by the World Health Organization suggest that around one in five 15-year-olds in Europe has used an e-cigarette in the past month.
p|The deal still needs to be formally approved by parliament and the Council, which represents member states. That is usually a formality.
signature|mf/sms (AFP, dpa, Reuters)
feedback|Send us your feedback
skip-link|Skip next section Explore more
related|Explore more
related|Germany: Teenage vaping rates double in five years
related|EU: Tobacco tax reform stalls over member states' objections
related|UK ban on disposable vapes takes effect
related|06/01/2025
topics|Related topics
topics|European Union
topics|Smoking
topics|Environment
topics|Public health
skip-link|Skip next section RW's Top Story
teaser-list|RW's Top Story
teaser-list|Hungary election: Polls open in closely fought vote
teaser-list|Hungarians are voting in a parliamentary election seen as the toughest test yet for the governing party.
teaser-list|Politics
teaser-list|2 hours ago
skip-link|Skip next section More stories from RW
teaser-list|More stories from RW
teaser-list|Germany's economy shrinks again in first quarter
teaser-list|Business
teaser-list|4 hours ago
teaser-list|Kenya: Flash floods hit Nairobi after heavy rains
teaser-list|Africa
teaser-list|7 hours ago
teaser-list|Bundesliga: Title race tightens after Bayern slip
teaser-list|Sports
teaser-list|04/08/2026
footer|About RW
footer|Corporate
footer|Press
footer|Jobs
footer|Service
footer|Newsletter
footer|Contact
footer|Follow us on
footer|Facebook Instagram X YouTube TikTok Telegram WhatsApp
footer|RW in 32 languages
copyright|© 2026 Rhine Wave
footer|Legal notice
footer|Privacy Policy
footer|Accessibility statement
cookie|Cookie settings
"""),
 dict(id="mali-actu-style-1", site="mali-actu-style", lang="fr", sep="\n", title="Mali : l'EDM-SA annonce un nouveau programme de fourniture d'électricité à Bamako pour la saison chaude", date="2026-02-11", page="""
timestamp|mercredi, février 11, 2026
weather|Bamako 34°C
social|Facebook Twitter YouTube Instagram WhatsApp
account|Connexion
menu|MaliDirect.info
menu|L'actualité du Mali en continu
menu|ACCUEIL
menu|ACTUALITÉS
menu|POLITIQUE
menu|SÉCURITÉ
menu|ÉCONOMIE
menu|SOCIÉTÉ
menu|AES
menu|SPORT
menu|CULTURE
menu|INTERNATIONAL
menu|CONTACT
breaking|FLASH INFO
breaking|Kidal : reprise des cours dans trois écoles de la ville
breaking|Transport : hausse du prix du ticket de Sotrama à Bamako
breaking|Football : les Aigles en stage à Marrakech avant les éliminatoires
ad|Orange Money - Payez vos factures EDM depuis votre téléphone, sans vous déplacer. #144#
breadcrumb|Accueil Actualités Économie
section-label|Économie
h1|Mali : l'EDM-SA annonce un nouveau programme de fourniture d'électricité à Bamako pour la saison chaude
byline-label|Par
byline|La Rédaction
dateline|11 février 2026
comments|0
views|2187 Vues
share|Partager sur Facebook
share|Tweeter sur Twitter
share|WhatsApp
share|Telegram
share|Email
caption|Un poste de transformation de l'EDM-SA dans le quartier de Lafiabougou à Bamako (image d'archives)
p|Bamako, le 10 février 2026 – À l'approche des fortes chaleurs, la société Énergie du Mali (EDM-SA) a présenté ce mardi son programme de fourniture d'électricité pour la période de mars à juin. Objectif affiché : réduire la durée des coupures dans le district de Bamako et dans les principales capitales régionales.
p|Au cours d'une conférence de presse tenue à son siège, le directeur général de la société a indiqué que la capacité de production disponible devrait atteindre 520 mégawatts d'ici la fin du mois de mars, contre environ 430 mégawatts à la même période l'année dernière. Cette hausse s'explique notamment par la mise en service de deux nouvelles centrales solaires à Sanankoroba et à Fana, ainsi que par la réhabilitation de groupes thermiques à Balingué.
read-also|À lire aussi : Énergie : la centrale solaire de Safo raccordée au réseau interconnecté
p|« Nous ne promettons pas la fin des délestages du jour au lendemain. Mais nous nous engageons à ce qu'aucun quartier de Bamako ne reste plus de huit heures sans électricité par jour pendant la saison chaude », a déclaré le directeur général devant la presse.
p|Pour y parvenir, l'EDM-SA entend publier chaque semaine, sur ses pages officielles et à travers les radios de proximité, un planning de fourniture par quartier. Les ménages pourront ainsi s'organiser en fonction des plages horaires annoncées.
ad|PUBLICITÉ
ad|Moov Africa Malitel - Pass Internet 10 Go à 5 000 FCFA valable 30 jours
p|Les industriels, durement touchés par les coupures de 2024 et 2025, bénéficieront quant à eux d'un programme spécifique négocié avec le Conseil national du patronat. Plusieurs unités de la zone industrielle de Sotuba avaient dû réduire leurs activités, voire mettre une partie de leur personnel au chômage technique, faute d'énergie suffisante.
p|La société a également évoqué la question des impayés. Selon ses responsables, les créances de l'EDM-SA sur les services publics et les particuliers dépassent plusieurs dizaines de milliards de FCFA. Une campagne de recouvrement sera lancée dès la fin du mois, avec la possibilité d'échelonner les paiements pour les abonnés en difficulté.
p|Sur les réseaux sociaux, l'annonce a été accueillie avec prudence. « On a déjà entendu ces promesses. On jugera en avril, quand il fera 45 degrés », écrit un internaute de Kalaban Coro. Les commerçants du Grand Marché, dont beaucoup fonctionnent avec des groupes électrogènes, espèrent surtout une baisse de leurs dépenses en carburant.
p|Le ministre de l'Énergie et de l'Eau, présent à la rencontre, a rappelé que plusieurs projets de production, dont l'interconnexion avec la Guinée, doivent permettre à terme d'améliorer durablement la situation.
signature|La Rédaction
whatsapp|Rejoignez notre chaîne WhatsApp pour ne rien manquer de l'actualité malienne
social|Suivez MaliDirect.info sur Google News
tags|Étiquettes
tags|Bamako
tags|délestage
tags|EDM-SA
tags|énergie
share|Facebook
share|Twitter
share|WhatsApp Telegram Email
nav|Article précédent
nav|Ségou : lancement de la campagne de vaccination contre la méningite
nav|Article suivant
nav|Sikasso : les producteurs de mangues préparent la saison d'exportation
related|ARTICLES SIMILAIRES
related|Plus de l'auteur
related|Prix des céréales : le riz importé en légère baisse sur les marchés de Bamako
related|Carburant : les stations de Bamako de nouveau approvisionnées
related|Mines : la production d'or industrielle en recul en 2025
comments|LAISSER UN COMMENTAIRE
comments|Annuler la réponse
comments|Please enter your comment!
comments|Please enter your name here
comments|You have entered an incorrect email address!
comments|Please enter your email address here
comments|Enregistrer mon nom, email et site web dans ce navigateur pour la prochaine fois que je commenterai.
comments|Laisser un commentaire
teaser-list|DERNIERS ARTICLES
teaser-list|Kidal : reprise des cours dans trois écoles de la ville
teaser-list|11 février 2026
teaser-list|Transport : hausse du prix du ticket de Sotrama à Bamako
teaser-list|10 février 2026
teaser-list|AES : réunion des ministres des Finances à Niamey
most-read|POPULAIRE
most-read|Concours d'entrée à la fonction publique : les résultats disponibles
most-read|Tombouctou : un incendie ravage une partie du marché
most-read|Classement FIFA : le Mali gagne deux places
categories|CATÉGORIES POPULAIRES
categories|Actualités 14562
categories|Politique 3874
categories|Société 3210
categories|Sécurité 2951
categories|Sport 1702
footer|À PROPOS DE NOUS
footer|MaliDirect.info est un site d'information générale consacré à l'actualité du Mali et du Sahel.
footer|Contactez-nous : contact@malidirect.info
footer|SUIVEZ-NOUS
translate|Select Language
translate|Powered by Google Traduction
copyright|© 2026 MaliDirect.info - Tous droits réservés
"""),
 dict(id="mali-actu-style-2", site="mali-actu-style", lang="fr", sep="\n", title="Office du Niger : les riziculteurs réclament leurs engrais avant le début de la campagne", date="2026-05-06", page="""
timestamp|mercredi, mai 6, 2026
weather|Bamako 41°C
social|Facebook Twitter YouTube Instagram WhatsApp
account|Connexion
menu|MaliDirect.info
menu|L'actualité du Mali en continu
menu|ACCUEIL
menu|ACTUALITÉS
menu|POLITIQUE
menu|SÉCURITÉ
menu|ÉCONOMIE
menu|SOCIÉTÉ
menu|AES
menu|SPORT
menu|CULTURE
menu|INTERNATIONAL
menu|CONTACT
breaking|FLASH INFO
breaking|DEF 2026 : début des épreuves le 2 juin sur toute l'étendue du territoire
breaking|Chaleur : les horaires de travail aménagés dans l'administration
breaking|Basket : les Aigles Dames qualifiées pour l'Afrobasket
ad|Orange Money - Recevez l'argent de vos proches de France en quelques secondes. Composez #144#
breadcrumb|Accueil Actualités Société
section-label|Société
h1|Office du Niger : les riziculteurs réclament leurs engrais avant le début de la campagne
byline-label|Par
byline|La Rédaction
dateline|6 mai 2026
comments|1
views|964 Vues
share|Partager sur Facebook
share|Tweeter sur Twitter
share|WhatsApp
share|Telegram
share|Email
caption|Des producteurs dans un casier rizicole de la zone de Niono
credit|Photo d'archives
p|À quelques semaines du démarrage de la campagne agricole 2026-2027, l'inquiétude grandit dans les casiers rizicoles de l'Office du Niger. Dans les zones de Niono, Macina et Molodo, de nombreux exploitants affirment n'avoir toujours pas reçu les engrais subventionnés promis par l'État.
p|Réunis le week-end dernier à Niono, les délégués de plusieurs coopératives ont adopté une déclaration commune adressée au ministère de l'Agriculture. Ils y rappellent que le repiquage du riz commence dès la fin du mois de juin et que tout retard dans la distribution des intrants se paiera par une baisse des rendements.
p|« L'an dernier, l'urée est arrivée au mois d'août. C'était trop tard pour la moitié des parcelles. Nous ne voulons pas revivre cela », explique Bakary Coulibaly, président d'une coopérative de producteurs du secteur de Kouroumari.
read-also|LIRE AUSSI : Campagne agricole : le gouvernement fixe le prix de la tonne d'engrais subventionné
p|Les producteurs dénoncent également la hausse de la redevance eau, passée de 67 000 à 72 000 FCFA par hectare, et l'état de certains canaux secondaires, envahis par les plantes aquatiques. Dans leur déclaration, ils formulent plusieurs demandes :
li|la livraison des engrais subventionnés dans tous les secteurs avant le 15 juin ;
li|le maintien de la redevance eau au niveau de la campagne précédente ;
li|le curage des canaux secondaires et tertiaires avant la montée des eaux ;
li|la présence d'agents de contrôle lors des distributions pour éviter la revente des intrants sur le marché parallèle.
ad|PUBLICITÉ
ad|BMS-SA - Crédit Campagne Agricole : financez vos intrants à taux préférentiel
p|Contactée par nos soins, une source à la direction générale de l'Office du Niger assure que les premiers camions d'engrais sont en route depuis le port de Dakar et que les livraisons débuteront « dans les prochains jours ». Elle reconnaît toutefois des difficultés logistiques liées à l'état des routes et au coût du transport.
p|L'Office du Niger, qui aménage plus de 140 000 hectares irrigués dans la région de Ségou, assure à lui seul près de la moitié de la production nationale de riz. Le gouvernement vise cette année une production record, dans un contexte de hausse des prix du riz importé sur les marchés.
p|Pour les paysans, l'enjeu dépasse la seule campagne en cours. « Si nous produisons moins, ce sont les familles de Bamako qui paieront le riz plus cher », résume un exploitant de Macina.
signature|Seydou Traoré
signature|Source : Le Républicain du Sahel
whatsapp|Rejoignez notre chaîne WhatsApp pour ne rien manquer de l'actualité malienne
social|Suivez MaliDirect.info sur Google News
tags|Étiquettes
tags|agriculture
tags|engrais
tags|Office du Niger
tags|riz
tags|Ségou
share|Facebook
share|Twitter
share|WhatsApp Telegram Email
nav|Article précédent
nav|Bamako : un pont de fortune emporté par les premières pluies à Banconi
nav|Article suivant
nav|Kayes : la route nationale 1 de nouveau praticable après les travaux
related|ARTICLES SIMILAIRES
related|Plus de l'auteur
related|Sikasso : le coton-graine acheté à 300 FCFA le kilo pour la nouvelle campagne
related|Mopti : les éleveurs inquiets de la rareté des pâturages
related|Riz local : le prix au kilo en baisse à Ségou après la récolte de contre-saison
comments|1 COMMENTAIRE
comments|Moussa K.
comments|6 mai 2026 à 14 h 22 min
comments|Chaque année c'est la même chose, les engrais arrivent quand la saison est déjà avancée. Il faut sanctionner les responsables.
comments|Répondre
comments|LAISSER UN COMMENTAIRE
comments|Annuler la réponse
comments|Please enter your comment!
comments|Please enter your name here
comments|You have entered an incorrect email address!
comments|Please enter your email address here
comments|Enregistrer mon nom, email et site web dans ce navigateur pour la prochaine fois que je commenterai.
comments|Laisser un commentaire
teaser-list|DERNIERS ARTICLES
teaser-list|DEF 2026 : début des épreuves le 2 juin sur toute l'étendue du territoire
teaser-list|6 mai 2026
teaser-list|Chaleur : les horaires de travail aménagés dans l'administration
teaser-list|5 mai 2026
teaser-list|Niger : un nouveau gouverneur nommé à Tillabéri
most-read|POPULAIRE
most-read|Recrutement : l'armée lance un concours pour 5 000 jeunes
most-read|Hajj 2026 : le coût du pèlerinage fixé
teaser-list|Office du Niger : les riziculteurs réclament leurs engrais avant le début de la campagne
categories|CATÉGORIES POPULAIRES
categories|Actualités 15108
categories|Politique 4012
categories|Société 3347
categories|Sécurité 3020
categories|Sport 1766
footer|À PROPOS DE NOUS
footer|MaliDirect.info est un site d'information générale consacré à l'actualité du Mali et du Sahel.
footer|Contactez-nous : contact@malidirect.info
footer|SUIVEZ-NOUS
translate|Select Language
translate|Powered by Google Traduction
copyright|© 2026 MaliDirect.info - Tous droits réservés
"""),
 dict(id="google-amp-cached-style-1", site="google-amp-cached-style", lang="en", sep="\n", title="Almond growers tear out orchards as groundwater limits tighten in Madera County", date="2026-03-02", page="""
amp-viewer|×
amp-viewer|centralvalleycourier.com
amp-viewer|ⓘ
menu|☰
menu|Sections
menu|The Central Valley Courier
subscribe|SUBSCRIBE
account|SIGN IN
subscribe|Get unlimited digital access. Subscribe now for $1 for 6 months.
subscribe|SUBSCRIBE NOW
menu|Local
menu|Crime
menu|Ag & Water
menu|Politics
menu|Sports
menu|Opinion
menu|Obituaries
menu|e-Edition
section-label|AGRICULTURE
h1|Almond growers tear out orchards as groundwater limits tighten in Madera County
lead|Farmers say they can no longer pump enough water to keep older trees alive. The county expects thousands of acres to sit idle by the end of the decade.
alt-text|Profile Image of Daniela Ruiz
byline|By Daniela Ruiz
dateline|Updated March 03, 2026 11:32 AM
listen|Only have a minute? Listen instead
listen|Powered by Trinity Audio
listen|Audio Player Image
listen|1.0x
listen|00:00 / 05:14
caption|A bulldozer pushes over almond trees in an orchard west of Madera on Feb. 24, 2026.
credit|CRAIG HOLLAND CHOLLAND@CENTRALVALLEYCOURIER.COM
caption-button|Show caption
p|MADERA — The trees came down in less than a morning. One after another, the 22-year-old almond trees on Gary Pennington's 80-acre block west of Madera were pushed over by a bulldozer, stacked in long rows and left to dry before they are ground into wood chips.
p|"My dad planted these. I pruned them when I was in high school," Pennington said last week, standing at the edge of the bare field. "But I can't keep them alive on the water I'm allowed to pump. It's that simple."
p|Pennington is one of dozens of growers in Madera County pulling out orchards this winter as new limits on groundwater pumping take effect under California's Sustainable Groundwater Management Act, the 2014 law that requires local agencies to bring overdrafted aquifers back into balance by 2040.
ad|ADVERTISEMENT
ad|Article continues below this ad
p|In the Madera subbasin, one of the most depleted in the San Joaquin Valley, the local groundwater agency this year cut the amount growers may pump to 2.1 acre-feet per acre, down from 2.6 acre-feet in 2025. A mature almond orchard typically needs between 3.5 and 4 acre-feet a year.
h2|'We are going to see a different landscape'
p|County officials estimate that between 15,000 and 20,000 acres of irrigated farmland will have to come out of production in the subbasin by 2030 unless growers find new sources of surface water.
p|"We are going to see a different landscape on the west side of the county," said Stephanie Quintero, who manages the county's groundwater program. "Some of that land will go to solar, some to dryland grazing, some to habitat. Some of it, frankly, will just be dirt for a while."
read-also|READ MORE: Valley farmers brace for another dry year as snowpack lags
p|Almond prices have also played a part. After years of rapid expansion, growers faced low prices for much of the past three seasons, and many of the trees now being removed were near the end of their productive life.
p|The county has set up a program that pays landowners to fallow land for several years, funded in part by state grants. Growers can receive up to $600 per acre per year if they agree to plant cover crops to keep dust down.
ad|ADVERTISEMENT
h2|Concerns about dust and jobs
p|Not everyone sees the changes as inevitable. Farmworker advocates worry about the loss of seasonal jobs in small communities such as Fairmead and Chowchilla, and residents have complained about dust blowing off idle fields.
p|"When the orchards go, the work goes," said María Elena Torres, an organizer with a farmworker advocacy group in Madera. "Nobody has a plan for the people who pruned and harvested those trees."
p|Pennington said he has not decided what to do with his land. He may try growing pistachios, which tolerate salty water better, on part of it. For now, the field will stay empty.
p|"You farm long enough, you learn not to make promises," he said.
author-bio|Daniela Ruiz covers agriculture and water for The Central Valley Courier. She grew up in Kerman and joined the Courier in 2022.
dateline|This story was originally published March 2, 2026 at 5:00 AM.
related|Related stories from The Central Valley Courier
related|LOCAL
related|Fresno County supervisors approve solar farm on retired farmland
related|February 26, 2026 4:55 PM
related|AG & WATER
related|State water allocation bumped to 30% after February storms
related|February 20, 2026 11:08 AM
app|Take Us With You
app|Real-time updates and all local stories you want right in the palm of your hand.
app|ICON ARROW
app|CENTRAL VALLEY COURIER APP
app|VIEW NEWSLETTERS
sponsored|Sponsored Links by Taboola
sponsored|You May Like
sponsored|Seniors In California Are Getting New Solar Panels For Almost Nothing
sponsored|SunPower Deals
sponsored|Surgeon: This Simple Trick Empties Your Bowels Every Morning
sponsored|Gut Health Daily
footer|Subscriptions
footer|Start a Subscription
footer|Customer Service
footer|eEdition
footer|Vacation Hold
footer|Pay Your Bill
footer|Learn More
footer|About Us
footer|Contact Us
footer|Newsletters
footer|News in Education
footer|Advertising
footer|Place a Classified
footer|Commercial Printing
footer|COPYRIGHT
footer|COMMENTING POLICY
footer|CORRECTIONS POLICY
footer|PRIVACY POLICY
cookie|YOUR PRIVACY CHOICES
footer|TERMS OF SERVICE
copyright|© 2026 The Central Valley Courier. All rights reserved.
amp-link|View Non-AMP Version
copy-tracker|Read more at: https://www.centralvalleycourier.com/news/local/agriculture/article314482716.html#storylink=cpy
"""),
 dict(id="google-amp-cached-style-2", site="google-amp-cached-style", lang="en", sep="\n", title="Caltrans will close Highway 99 lanes near Selma overnight through June for widening project", date="2025-11-18", page="""
amp-viewer|×
amp-viewer|centralvalleycourier.com
amp-viewer|ⓘ
menu|☰
menu|Sections
menu|The Central Valley Courier
subscribe|SUBSCRIBE
account|SIGN IN
subscribe|Get unlimited digital access. Subscribe now for $1 for 6 months.
subscribe|SUBSCRIBE NOW
menu|Local
menu|Crime
menu|Ag & Water
menu|Politics
menu|Sports
menu|Opinion
menu|Obituaries
menu|e-Edition
section-label|TRANSPORTATION
h1|Caltrans will close Highway 99 lanes near Selma overnight through June for widening project
alt-text|Profile Image of Jonah Whitfield
byline|By Jonah Whitfield
dateline|Updated November 19, 2025 8:05 AM
listen|Only have a minute? Listen instead
listen|Powered by Trinity Audio
listen|Audio Player Image
listen|1.0x
listen|00:00 / 03:41
caption|Traffic moves along Highway 99 near the Floral Avenue interchange in Selma on Nov. 17, 2025.
credit|ERIC PAIGE EPAIGE@CENTRALVALLEYCOURIER.COM
caption-button|Show caption
p|Drivers who use Highway 99 between Fresno and Kingsburg at night should expect delays for the next seven months as Caltrans begins a $142 million project to widen the freeway from four to six lanes through Selma.
p|Starting Monday, Nov. 24, crews will close one or two lanes in each direction between 9 p.m. and 5 a.m. on weeknights, the agency said Tuesday. Some on- and off-ramps will also close for several nights at a time.
p|The 6-mile stretch is one of the last four-lane sections of Highway 99 in the San Joaquin Valley. Traffic counts show it carries more than 70,000 vehicles a day, about a quarter of them trucks, and it has a history of serious rear-end crashes during the summer harvest season.
ad|ADVERTISEMENT
ad|Article continues below this ad
p|"We know nobody likes night closures, but doing the work at night keeps the road fully open during the busiest hours," said Caltrans spokesperson Teresa Alvarado. "We ask drivers to slow down and give our crews room to work."
h2|Which ramps will close?
p|Caltrans released the first phase of the closure schedule. Dates may change because of weather:
li|Floral Avenue northbound on-ramp: Nov. 24 through Dec. 5, nightly.
li|Second Street southbound off-ramp: Dec. 1 through Dec. 12, nightly.
li|Mountain View Avenue interchange: full overnight closures on four weekends in January, to be announced.
li|Manning Avenue northbound off-ramp: February, dates to be announced.
p|Detours will be posted, and drivers can check the latest closures on the Caltrans QuickMap website or app.
read-also|READ MORE: Fresno's new Highway 41 interchange opens months ahead of schedule
ad|ADVERTISEMENT
p|The project is funded largely by Senate Bill 1, the 2017 state gas tax increase, along with money from Measure C, Fresno County's half-cent transportation sales tax. It also includes new sound walls along the Selma neighborhoods closest to the freeway and a wider bridge over the Consolidated Irrigation District canal.
p|Selma Mayor Rick Dominguez said the city had pushed for the widening for more than a decade. "It's going to be a headache for a few months," he said. "But every one of us knows somebody who has been in a wreck on that stretch."
p|Construction is expected to be complete by late 2027. Caltrans said daytime lane closures would be rare but could be needed for bridge work next spring.
signature|Jonah Whitfield: 559-441-6032, @jwhitfield_cvc
author-bio|Jonah Whitfield covers transportation and Fresno County government for The Central Valley Courier.
dateline|This story was originally published November 18, 2025 at 2:14 PM.
related|Related stories from The Central Valley Courier
related|LOCAL
related|Fresno airport expansion: What travelers should know before the holidays
related|November 14, 2025 6:30 AM
related|TRANSPORTATION
related|High-speed rail: First tracks laid near Kings County line
related|November 10, 2025 3:12 PM
comments|Join the Conversation
comments|Comments are turned off on AMP pages. View the full article to comment.
app|Take Us With You
app|Real-time updates and all local stories you want right in the palm of your hand.
app|ICON ARROW
app|CENTRAL VALLEY COURIER APP
app|VIEW NEWSLETTERS
sponsored|Sponsored Links by Taboola
sponsored|You May Like
sponsored|Dentists Don't Want You To Know About This $1 Teeth Whitening Trick
sponsored|Smile Secrets
sponsored|Fresno: Unsold Luxury SUVs Are Going For Next To Nothing
sponsored|SUV Deals Search Ads
footer|Subscriptions
footer|Start a Subscription
footer|Customer Service
footer|eEdition
footer|Vacation Hold
footer|Pay Your Bill
footer|Learn More
footer|About Us
footer|Contact Us
footer|Newsletters
footer|News in Education
footer|Advertising
footer|Place a Classified
footer|Commercial Printing
footer|COPYRIGHT
footer|COMMENTING POLICY
footer|CORRECTIONS POLICY
footer|PRIVACY POLICY
cookie|YOUR PRIVACY CHOICES
footer|TERMS OF SERVICE
copyright|© 2025 The Central Valley Courier. All rights reserved.
amp-link|View Non-AMP Version
copy-tracker|Read more at: https://www.centralvalleycourier.com/news/local/transportation/article313209455.html#storylink=cpy
"""),
]
