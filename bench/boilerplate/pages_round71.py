# Round 71: eight pages on four more layouts (a French international news channel's website, a Turkish state news
# agency's English site, a Senegalese daily newspaper's site, an international conflict think tank's commentary
# page), written blind: without looking at the classifier, its rules or the benchmark, measured once. Each line:
# "label|text". Invented text; no real article is copied.
ROUND71 = [
 dict(id="france24-style-1", site="france24-style", lang="fr", sep="\n", title="Moldavie : Bruxelles ouvre les premiers chapitres des négociations d'adhésion à l'UE", date="2026-03-18", page="""
skip-link|Aller au contenu principal
watch|EN DIRECT
watch|Regarder Monde 24 en direct
lang-switch|FR
lang-switch|EN
lang-switch|ES
lang-switch|AR
menu|Info
menu|Afrique
menu|Moyen-Orient
menu|Europe
menu|France
menu|Amériques
menu|Asie-Pacifique
menu|Éco / Tech
menu|Sports
menu|Culture
menu|Planète
menu|Les Observateurs
menu|Émissions
menu|Vidéos
newsletter|Newsletters
account|Se connecter
search|Recherche
ticker|EN CE MOMENT
ticker|Guerre en Ukraine
ticker|Gaza
ticker|Élections au Bénin
ticker|Soudan
section-label|Europe
h1|Moldavie : Bruxelles ouvre les premiers chapitres des négociations d'adhésion à l'UE
lead|Les Vingt-Sept ont formellement ouvert mercredi les premiers chapitres des négociations d'adhésion avec la Moldavie, découplant pour la première fois son dossier de celui de l'Ukraine, toujours bloqué par la Hongrie. À Chișinău, le gouvernement salue « un jour historique », l'opposition prorusse dénonce « une mise sous tutelle ».
caption|Des drapeaux moldave et européen sur la place de la Grande Assemblée nationale, à Chișinău, le 18 mars 2026. © Daniel Mihailescu, AFP
date-label|Publié le :
dateline|18/03/2026 - 14:27
date-label|Modifié le :
dateline|18/03/2026 - 17:02
reading-time|4 mn
byline-label|Par :
byline|Monde 24
follow|Suivre
share|Partager
share|Facebook
share|X
share|LinkedIn
share|WhatsApp
share|E-mail
print|Imprimer
share|Copier le lien
save|Ajouter à mes favoris
listen|Écouter l'article
listen|04:31
p|C'est une étape que Chișinău attendait depuis plus de deux ans. Réunis à Bruxelles lors d'une conférence intergouvernementale, les ministres des Affaires européennes des Vingt-Sept ont ouvert mercredi 18 mars le premier « groupe » de chapitres de négociation avec la Moldavie, celui des « fondamentaux », qui couvre l'État de droit, les droits fondamentaux, la lutte contre la corruption et les marchés publics.
p|Cette décision marque un tournant : jusqu'ici, les dossiers moldave et ukrainien avançaient de concert, et la Moldavie payait le prix du veto hongrois opposé à Kiev. « Chaque pays sera jugé sur ses propres mérites », a résumé devant la presse la commissaire européenne chargée de l'Élargissement, ajoutant que la porte restait « grande ouverte » pour l'Ukraine dès qu'un consensus serait trouvé entre les États membres.
read-also|Lire aussiÉlargissement de l'UE : le casse-tête du veto hongrois sur l'Ukraine
h2|« Un jour historique » pour Chișinău
p|À Chișinău, la nouvelle a été accueillie par des drapeaux européens déployés devant le siège du gouvernement. Le Premier ministre a parlé d'« un jour historique pour chaque citoyen moldave », promettant de boucler les réformes exigées par Bruxelles « avant la fin de la décennie ».
p|Le gouvernement s'est fixé un objectif ambitieux : conclure les négociations d'ici 2028, pour une adhésion effective avant 2030. Un calendrier que plusieurs diplomates européens jugent « optimiste », rappelant que le Monténégro, candidat depuis 2010, n'a toujours pas refermé l'ensemble de ses chapitres.
ad|Publicité
p|Pour les autorités moldaves, la priorité reste la réforme de la justice. Le processus de vérification de l'intégrité des juges et des procureurs, dit « vetting », a déjà conduit au départ de plusieurs dizaines de magistrats, mais il a pris du retard et fait l'objet de critiques, y compris de la part d'organisations de la société civile favorables à l'intégration européenne.
p|« Ce n'est pas une course de vitesse, c'est un marathon, et nous n'en sommes qu'au premier kilomètre », tempère une diplomate européenne en poste à Chișinău, qui insiste sur la nécessité de résultats « concrets et vérifiables » dans la lutte contre la corruption.
h2|L'opposition prorusse dénonce « une mise sous tutelle »
p|Dans l'opposition, le ton est tout autre. Le Bloc patriotique, coalition de partis prorusses, a dénoncé dans un communiqué « une mise sous tutelle de la Moldavie par Bruxelles » et appelé à l'organisation d'un nouveau référendum. En octobre 2024, les Moldaves avaient approuvé d'extrême justesse, avec 50,35 % des voix, l'inscription de l'objectif européen dans la Constitution.
video|VIDÉO
video|À Chișinău, l'Europe comme horizon, la Russie comme menace
video|02:14
video|Le reportage de nos envoyés spéciaux en Moldavie
p|La question de la Transnistrie, région séparatiste prorusse où stationnent toujours quelque 1 500 soldats russes, demeure l'autre grand défi. Bruxelles a répété qu'elle ne constituerait pas un obstacle à l'adhésion, sans préciser comment ce territoire, qui échappe au contrôle de Chișinău depuis 1992, serait intégré au processus.
read-also|Lire aussiTransnistrie : privée de gaz russe, la région séparatiste au bord de l'asphyxie
p|« Nous savons que le chemin sera long et que l'Europe ne nous fera pas de cadeau », confie Ana, une enseignante de 34 ans rencontrée devant le siège du gouvernement. « Mais pour la première fois, on a l'impression que les choses avancent vraiment. »
p|Les prochains chapitres, consacrés au marché intérieur et à la compétitivité, pourraient être ouverts avant l'été, selon une source diplomatique européenne.
signature|Avec AFP et Reuters
newsletter|Le résumé de la semaine
newsletter|Monde 24 vous propose de revenir sur les actualités qui ont marqué la semaine
newsletter|Je m'abonne
app|Téléchargez l'application Monde 24
app|Google Play
app|App Store
related|Sur le même sujet
related|Europe
related|Élargissement de l'UE : l'Albanie et le Monténégro en tête de la course
related|Europe
related|Moldavie : la présidente réélue promet d'« ancrer » le pays à l'Ouest
related|Analyse
related|Gaz, énergie, désinformation : comment Moscou garde la main sur la Transnistrie
ad|Publicité
sponsored|Contenus sponsorisés
sponsored|Cette astuce de retraités fait trembler les banques françaises
sponsored|Placements Conseil
sponsored|Les nouvelles voitures électriques à moins de 15 000 € sont enfin là
sponsored|Auto Actu Pro
programme-guide|Émissions
programme-guide|Le Débat
programme-guide|Élargissement de l'UE : l'Europe peut-elle encore grandir ?
programme-guide|L'Entretien de l'intelligence économique
programme-guide|Info Éco
programme-guide|Ici l'Europe
programme-guide|Moldavie, Géorgie : les candidats de l'Est face à Moscou
most-read|Les plus lus
most-read|Élections au Bénin : le candidat du pouvoir largement en tête selon les premiers résultats
most-read|Gaza : nouvelle journée de frappes malgré la trêve
teaser-list|Moldavie : Bruxelles ouvre les premiers chapitres des négociations d'adhésion à l'UE
most-read|Nucléaire iranien : reprise des discussions à Oman
footer|Monde 24
footer|L'actualité internationale 24h/24
footer|Comment nous regarder
footer|Nos fréquences
footer|Nous contacter
footer|Presse
footer|Recrutement
footer|Mentions légales
footer|Politique de confidentialité
footer|Charte d'utilisation
footer|Cookies
cookie|Gestion des cookies
accessibility|Accessibilité : partiellement conforme
network|Médias Internationaux de France
network|Radio Monde Internationale
network|Monte Carlo Arabi
network|Académie Monde
copyright|© 2026 Copyright Monde 24 - Tous droits réservés. Monde 24 n'est pas responsable des contenus provenant de sites Internet externes. Fréquentation certifiée par l'ACPM/OJD.
"""),
 dict(id="france24-style-2", site="france24-style", lang="fr", sep="\n", title="Tchad : face à une crue historique du Chari, N'Djamena vit au rythme des digues", date="2026-09-14", page="""
skip-link|Aller au contenu principal
watch|EN DIRECT
watch|Regarder Monde 24 en direct
lang-switch|FR EN ES AR
menu|Info
menu|Afrique
menu|Moyen-Orient
menu|Europe
menu|France
menu|Amériques
menu|Asie-Pacifique
menu|Éco / Tech
menu|Sports
menu|Culture
menu|Planète
menu|Les Observateurs
menu|Émissions
menu|Vidéos
newsletter|Newsletters
account|Se connecter
search|Recherche
breaking|ALERTE
breaking|Séisme de magnitude 6,8 au large de l'île de Sumatra, alerte au tsunami levée
section-label|Afrique
h1|Tchad : face à une crue historique du Chari, N'Djamena vit au rythme des digues
lead|Le niveau du Chari a dépassé dimanche la cote record de 2022 à N'Djamena, où des milliers d'habitants des quartiers sud ont dû quitter leur domicile. Les autorités, qui ont décrété l'état d'urgence dans cinq provinces, redoutent la rupture des digues de protection dans les prochains jours.
caption|Des habitants du quartier de Walia traversent une rue inondée, à N'Djamena, le 13 septembre 2026.
credit|© Joris Bolomey, AFP
date-label|Publié le :
dateline|14/09/2026 - 11:52
date-label|Modifié le :
dateline|14/09/2026 - 15:30
reading-time|5 mn
byline-label|Texte par :
byline|Léa Fournier
follow|Suivre
share|Partager
share|Facebook
share|X
share|LinkedIn
share|WhatsApp
share|E-mail
print|Imprimer
share|Copier le lien
save|Ajouter à mes favoris
p|Le chiffre est tombé dimanche matin et il a fait l'effet d'un électrochoc. À la station hydrométrique de N'Djamena, le Chari a atteint 8,21 mètres, dépassant de 9 centimètres la cote historique enregistrée en octobre 2022, selon le ministère de l'Eau. Et le fleuve continue de monter, au rythme de deux à trois centimètres par jour.
p|Dans les quartiers de Walia, Toukra et Ngueli, sur la rive sud, des centaines de familles ont commencé à charger matelas, marmites et sacs de céréales sur des charrettes. « L'eau est entrée chez nous dans la nuit, on n'a eu le temps de rien », raconte Mahamat, père de sept enfants, installé depuis vendredi sous une bâche dans la cour d'une école du 9e arrondissement.
read-also|Lire aussiSahel : des pluies diluviennes et des pays démunis face aux inondations
h2|État d'urgence dans cinq provinces
p|Le gouvernement a décrété samedi l'état d'urgence dans cinq provinces : N'Djamena, le Mayo-Kebbi Est, le Logone oriental, le Moyen-Chari et le Salamat. Selon le dernier bilan officiel, communiqué dimanche soir, les inondations qui frappent le pays depuis fin juillet ont fait :
li|au moins 47 morts, dont 19 enfants ;
li|plus de 312 000 personnes sinistrées ;
li|près de 68 000 habitations détruites ou endommagées ;
li|quelque 140 000 hectares de cultures submergés.
p|Des chiffres encore provisoires, prévient le Bureau de la coordination des affaires humanitaires des Nations unies (Ocha), qui souligne que plusieurs zones du sud du pays restent inaccessibles par la route.
embed-blocked|Ce contenu n'est pas accessible.
embed-blocked|En cliquant sur « J'accepte », vous acceptez le dépôt de cookies par des services externes et aurez ainsi accès aux contenus de nos partenaires.
embed-blocked|J'accepte
embed-blocked|Pour une meilleure rémunération de Monde 24, nous vous invitons à accepter le dépôt de cookies en cliquant sur « Tout accepter ».
embed-blocked|Gérer mes choix
video|VIDÉO
video|À N'Djamena, les habitants des quartiers sud fuient la montée des eaux
video|02:37
video|Vidéo par : Abdelkerim Moussa
ad|Publicité
h2|Une course contre la montre sur les digues
p|Jour et nuit, des centaines de jeunes volontaires, appuyés par des soldats et des engins du génie militaire, renforcent à coups de sacs de sable la digue de Walia, longue de plusieurs kilomètres. « Si elle cède, c'est tout le sud de la ville qui sera sous l'eau », s'inquiète un ingénieur du ministère des Infrastructures, sous couvert d'anonymat.
p|Les autorités ont demandé aux habitants des zones les plus exposées de rejoindre les 23 sites d'accueil ouverts dans des écoles et sur des terrains publics. Mais beaucoup hésitent à quitter leur maison, par crainte des pillages. Sur les sites, les humanitaires redoutent désormais une flambée de choléra et de paludisme.
p|« Nous avons besoin de tout : de l'eau potable, des latrines, des moustiquaires », énumère une responsable d'une ONG médicale présente sur place. Le plan de réponse d'urgence lancé par le gouvernement et ses partenaires n'est à ce stade financé qu'à 18 %.
read-also|Lire aussiLes Observateurs - Au Tchad, des pirogues pour rejoindre l'école après les inondations
h2|Le changement climatique en cause
p|Pour les climatologues, ces crues à répétition ne doivent rien au hasard. Le bassin du lac Tchad connaît depuis une dizaine d'années des saisons des pluies plus courtes mais plus intenses, conséquence du réchauffement climatique. « Ce qui était un événement centennal devient un événement décennal », résume un chercheur d'un centre régional de recherche agronomique.
p|Le Tchad, l'un des pays les plus vulnérables au monde face au changement climatique, accueille en outre plus d'un million de réfugiés soudanais dans l'est de son territoire, ce qui met déjà à rude épreuve les capacités de l'aide humanitaire.
p|Dimanche soir, le Premier ministre s'est rendu sur la digue de Walia et a promis un « plan de reconstruction » une fois la décrue amorcée, sans en préciser le montant. Les services météorologiques prévoient encore de fortes pluies sur le sud du pays jusqu'à la fin du mois.
signature|Avec notre correspondant à N'Djamena et AFP
newsletter|Le résumé de la semaine
newsletter|Monde 24 vous propose de revenir sur les actualités qui ont marqué la semaine
newsletter|Je m'abonne
tags|Tchad
tags|Inondations
tags|Climat
tags|Afrique
related|Sur le même sujet
related|Planète
related|Niger : le fleuve déborde à Niamey, des quartiers entiers évacués
related|Afrique
related|Soudan : à la frontière tchadienne, l'afflux de réfugiés ne faiblit pas
related|Décryptage
related|Lac Tchad : un bassin sous la double pression du climat et des conflits
ad|Publicité
programme-guide|Émissions
programme-guide|Le Journal de l'Afrique
programme-guide|Inondations au Tchad : l'état d'urgence décrété dans cinq provinces
programme-guide|Élément Terre
programme-guide|Sahel : l'adaptation au changement climatique, une question de survie
programme-guide|Voir toutes les émissions
most-read|Les plus lus
most-read|1
most-read|Séisme au large de Sumatra : l'Indonésie évite le pire
most-read|2
most-read|Présidentielle au Gabon : les premiers résultats attendus lundi
most-read|3
most-read|Ligue des champions : le PSG renversant face au Bayern
app|Téléchargez l'application Monde 24
app|Google Play
app|App Store
footer|Monde 24
footer|L'actualité internationale 24h/24
footer|Comment nous regarder
footer|Nos fréquences
footer|Nous contacter
footer|Presse
footer|Recrutement
footer|Mentions légales
footer|Politique de confidentialité
footer|Charte d'utilisation
footer|Cookies
cookie|Gestion des cookies
accessibility|Accessibilité : partiellement conforme
network|Médias Internationaux de France
network|Radio Monde Internationale
network|Monte Carlo Arabi
copyright|© 2026 Copyright Monde 24 - Tous droits réservés. Monde 24 n'est pas responsable des contenus provenant de sites Internet externes. Fréquentation certifiée par l'ACPM/OJD.
"""),
 dict(id="anadolu-english-style-1", site="anadolu-english-style", lang="en", sep="\n", title="Türkiye, Iraq agree to speed up Development Road project, set up joint technical office", date="2026-04-07", page="""
lang-switch|Türkçe English العربية Bosanski Français Русский Kurdî Español Македонски فارسی Shqip Indonesia اردو Hausa Azərbaycan Kiswahili Deutsch 中文
clock|07.04.2026
watch|AA LIVE
subscribe|Subscribe
search|Search
menu|Türkiye
menu|World
menu|Politics
menu|Economy
menu|Energy
menu|Sports
menu|Analysis
menu|Life
menu|Culture
menu|Science-Technology
menu|Health
menu|Environment
menu|Infographics
menu|Photo
menu|Video
menu|Middle East
menu|Africa
menu|Asia - Pacific
menu|Americas
menu|Europe
menu|Russia-Ukraine War
ticker|LATEST
ticker|15:42
ticker|Turkish defense industry exports hit record in first quarter
ticker|15:18
ticker|Israeli strikes kill 9 Palestinians in Gaza despite ceasefire, say health officials
ticker|14:57
ticker|Galatasaray beat Fenerbahce 2-1 in Istanbul derby
section-label|TÜRKİYE
h1|Türkiye, Iraq agree to speed up Development Road project, set up joint technical office
lead|Joint office in Basra to coordinate rail, highway construction along 1,200-kilometer trade corridor linking Gulf to Türkiye, officials say
byline|Mehmet Serdar Akbulut
dateline|07.04.2026 - Update : 07.04.2026
share|Facebook
share|X
share|Linkedin
share|Whatsapp
share|Telegram
share|Copy link
font|A-
font|A+
caption|ANKARA, TÜRKİYE - APRIL 07: Transport ministers of Türkiye and Iraq hold a joint press conference following the High-Level Strategic Cooperation Council meeting in Ankara, Türkiye on April 07, 2026. ( Emin Sansar - Anatolia Agency )
dateline|ANKARA
p|Türkiye and Iraq on Tuesday agreed to accelerate work on the Development Road project and to set up a joint technical office in the southern Iraqi city of Basra to coordinate construction along the route, officials said.
p|The decision was announced after a meeting of the Türkiye-Iraq High-Level Strategic Cooperation Council in Ankara, attended by ministers of transport, energy, trade and foreign affairs from both countries.
p|“The Development Road is not only a transport line, it is a corridor of stability and prosperity for the whole region,” Türkiye's transport and infrastructure minister told a joint news conference with his Iraqi counterpart.
p|He said the two sides had agreed on a timetable for the first phase of the project, which would connect the Grand Faw Port on the Gulf to the Turkish border through a network of railways and highways running some 1,200 kilometers across Iraq.
h2|- Joint office to open in Basra
p|Under the agreement, the joint technical office will bring together engineers and officials from both countries' transport ministries and is expected to open within three months, according to a joint statement released after the meeting.
p|The office will oversee feasibility updates, tenders and the coordination of border crossing infrastructure near the Ovakoy area, where the corridor is planned to enter Turkish territory.
related-inline|Related
related-inline|Iraqi premier says Development Road will be 'economic lifeline' for region
p|Iraq's transport minister said Baghdad had already completed land acquisition along nearly 70% of the route in the south of the country.
p|“We have moved from the stage of studies to the stage of implementation,” he said, adding that Qatar and the United Arab Emirates, which signed a quadrilateral memorandum on the project with Ankara and Baghdad in 2024, would take part in a financing conference to be held in Baghdad later this year.
h2|- Energy, water on agenda
p|The council also discussed cooperation in energy and water management, including the volume of oil flows through the Iraq-Türkiye pipeline and joint projects on the Tigris and Euphrates rivers.
p|Both sides agreed to establish a permanent working group on water, which will meet every six months to share data on dam levels and irrigation needs, the statement said.
p|Bilateral trade between Türkiye and Iraq stood at around $19 billion last year, according to official figures, and both sides reiterated their goal of raising it to $30 billion.
p|The Development Road, estimated to cost around $17 billion, is designed to cut shipping times between Asia and Europe by offering an alternative to existing maritime routes through the Suez Canal.
p|Officials expect the first phase of the corridor to be completed by 2030, with full operation targeted for 2050.
disclaimer|Anatolia Agency website contains only a portion of the news stories offered to subscribers in the AA News Broadcasting System (HAS), and in summarized form. Please contact us for subscription options.
tags|Related topics
tags|Türkiye
tags|Iraq
tags|Development Road
tags|Basra
tags|Transport
related|Related news
related|Turkish foreign minister to visit Baghdad next week for talks on security, trade
related|Iraq-Türkiye oil pipeline flows rise to 250,000 barrels per day
related|Qatar, UAE back financing for Development Road, says Iraqi official
related|ANALYSIS - Development Road: Can a new corridor reshape Middle East trade?
most-read|Most Read
most-read|Turkish defense industry exports hit record in first quarter
most-read|Türkiye's Black Sea gas output reaches 20 million cubic meters per day
most-read|Turkish president receives Iraqi prime minister in Ankara
app|Download the AA app
app|App Store
app|Google Play
footer|Anatolia Agency
footer|Corporate
footer|About Us
footer|Our Offices
footer|Contact Us
footer|AA Energy Terminal
footer|AA Academy
footer|AA Photo Archive
footer|Green Line
footer|News Broadcasting System
footer|Ethics Principles
footer|Privacy Policy
footer|Cookie Policy
footer|Terms of Use
social|Facebook X Instagram YouTube Linkedin Telegram
copyright|© Anatolia Agency 2026
cookie|We use cookies to provide you with a better service on our website. For more information, please see our Cookie Policy.
cookie|Accept
"""),
 dict(id="anadolu-english-style-2", site="anadolu-english-style", lang="en", sep="\n", title="Türkiye's annual inflation eases to 26.8% in June", date="2026-07-03", page="""
lang-switch|Türkçe English العربية Bosanski Français Русский Kurdî Español Македонски فارسی Shqip Indonesia اردو Hausa Azərbaycan Kiswahili Deutsch 中文
clock|03.07.2026
watch|AA LIVE
subscribe|Subscribe
search|Search
menu|Türkiye
menu|World
menu|Politics
menu|Economy
menu|Energy
menu|Sports
menu|Analysis
menu|Life
menu|Culture
menu|Science-Technology
menu|Health
menu|Environment
menu|Infographics
menu|Photo
menu|Video
ticker|USD/TRY
ticker|42.8710
ticker|▲ 0.12%
ticker|EUR/TRY
ticker|49.1045
ticker|▼ 0.08%
ticker|BIST 100
ticker|11.482,35
ticker|▲ 1.04%
ticker|GOLD/OZ
ticker|3.412,60
ticker|BRENT
ticker|69.84
breaking|BREAKING
breaking|Turkish Central Bank governor to present inflation report on July 31
section-label|ECONOMY
h1|Türkiye's annual inflation eases to 26.8% in June
lead|Monthly consumer prices up 1.37%, below market expectations, TurkStat data shows
byline|Nur Aslan, Kemal Ozturk
dateline|03.07.2026 - Update : 03.07.2026
share|Facebook
share|X
share|Linkedin
share|Whatsapp
share|Telegram
share|Copy link
font|A-
font|A+
credit|File Photo
caption|ISTANBUL, TÜRKİYE - JUNE 28: Shoppers walk along a market street in Istanbul's Eminonu district, Türkiye on June 28, 2026. ( Onur Celik - Anatolia Agency )
dateline|ISTANBUL
p|Türkiye's annual inflation slowed to 26.8% in June from 29.1% in May, the country's statistics authority announced on Friday.
p|Consumer prices rose 1.37% on a monthly basis, according to data released by the Turkish Statistical Institute (TurkStat), below the market expectation of 1.6% in a survey of economists.
p|The annual figure marked the lowest level since late 2021, extending a downward trend that began in mid-2024.
p|The domestic producer price index (D-PPI) rose 22.4% year-on-year in June, with a monthly increase of 1.05%, the institute said.
p|Annual core inflation, which excludes energy, food, non-alcoholic beverages, alcoholic beverages, tobacco and gold, fell to 28.1% from 30.4% in the previous month.
p|Services inflation, closely watched by the central bank, slowed to 41.3% on an annual basis, while goods inflation stood at 19.6%, according to the data.
h2|- Education, housing lead annual rise
p|Among main expenditure groups, the highest annual increase was seen in education at 61.2%, followed by housing at 48.7% and health at 33.5%.
p|On a monthly basis, the largest price increases were recorded in:
li|Alcoholic beverages and tobacco: 3.9%
li|Restaurants and hotels: 2.8%
li|Housing: 2.4%
li|Transportation: 1.6%
p|Clothing and footwear was the only group to post a monthly decline, at 1.2%, reflecting seasonal discounts.
caption|Infographic: Türkiye's annual inflation, June 2025 - June 2026
credit|Anatolia Agency
h2|- Central bank path
p|The Central Bank of the Republic of Türkiye (CBRT) has cut its policy rate by a cumulative 650 basis points since the start of the year, bringing it to 31.5% at its last meeting in June.
p|In its latest inflation report, the bank kept its year-end interim target at 16%, while forecasting inflation in a range of 13% to 19%.
p|Speaking after the data release, Türkiye's treasury and finance minister said on X that disinflation was “continuing decisively,” adding that the government expected the annual rate to fall below 20% by the end of the year.
p|“We will keep fiscal discipline and structural reforms on track to make price stability permanent,” he wrote.
p|Economists said the June figure strengthened expectations of a further rate cut at the bank's next monetary policy meeting on July 23.
p|“The downside surprise in services is encouraging, but the rent component remains sticky,” said Deniz Aksoy, chief economist at an Istanbul-based brokerage. “We expect a 150-basis-point cut this month, but the bank will remain cautious.”
signature|Writing by Kemal Ozturk
disclaimer|Anatolia Agency website contains only a portion of the news stories offered to subscribers in the AA News Broadcasting System (HAS), and in summarized form. Please contact us for subscription options.
tags|Related topics
tags|Inflation
tags|TurkStat
tags|Central Bank
tags|Economy
related|Related news
related|Turkish manufacturing PMI rises to 48.9 in June
related|Türkiye's exports hit all-time high for June at $22.7B
related|Turkish Central Bank cuts policy rate to 31.5%
related|Eurozone inflation steady at 2% in June, flash estimate shows
video|Video Gallery
video|Istanbul Grand Bazaar traders react to falling inflation
video|01:48
most-read|Most Read
most-read|Türkiye's exports hit all-time high for June at $22.7B
most-read|Football: Turkish club signs Brazilian striker on 4-year deal
most-read|Wildfire in Izmir brought under control, says forestry chief
app|Download the AA app
app|App Store
app|Google Play
footer|Anatolia Agency
footer|Corporate
footer|About Us
footer|Our Offices
footer|Contact Us
footer|AA Energy Terminal
footer|AA Academy
footer|AA Photo Archive
footer|Green Line
footer|News Broadcasting System
footer|Ethics Principles
footer|Privacy Policy
footer|Cookie Policy
footer|Terms of Use
social|Facebook X Instagram YouTube Linkedin Telegram
copyright|© Anatolia Agency 2026
cookie|We use cookies to provide you with a better service on our website. For more information, please see our Cookie Policy.
cookie|Accept
"""),
 dict(id="lequotidien-senegal-style-1", site="lequotidien-senegal-style", lang="fr", sep="\n", title="Dette intérieure : l'État débloque 180 milliards pour apurer les arriérés du BTP", date="2026-02-09", page="""
clock|lundi, février 9, 2026
weather|Dakar 26°C
social|Facebook
social|Twitter
social|Youtube
social|Instagram
subscribe|S'abonner
epaper|Édition du jour
masthead|L'ÉCLAIREUR
masthead|Journal d'informations générales
menu|Accueil
menu|Actualités
menu|Politique
menu|Économie
menu|Société
menu|Régions
menu|Sports
menu|Culture
menu|International
menu|Contributions
menu|Éditorial
menu|Entretien
ticker|Flash Info
ticker|Tabaski 2026 : le ministère du Commerce annonce l'arrivée de 450 000 moutons
ticker|Ligue 1 : Jaraaf conforte sa place de leader
ticker|Université Cheikh Anta Diop : reprise des cours ce lundi
ad|Publicité
ad|SenPay - Envoyez de l'argent partout au Sénégal à 0 franc. Téléchargez l'application
breadcrumb|Accueil » Économie » Dette intérieure : l'État débloque 180 milliards pour apurer les arriérés du BTP
section-label|Économie
h1|Dette intérieure : l'État débloque 180 milliards pour apurer les arriérés du BTP
byline|Par Mamadou Lamine BADJI
dateline|9 février 2026
comments|0
views|1 384
share|Partager sur Facebook
share|Partager sur Twitter
share|WhatsApp
share|Telegram
print|Imprimer
caption|Un chantier de logements sociaux à Diamniadio, à l'arrêt depuis plusieurs mois
credit|Photo d'archives
lead|Après des mois de tension avec les entreprises du Bâtiment et des travaux publics, le ministère des Finances annonce le paiement d'une première tranche de 180 milliards de francs Cfa d'arriérés. Les organisations patronales saluent un « signal », mais réclament un calendrier pour le reste de la dette.
p|Le gouvernement a décidé de lâcher du lest. Dans un communiqué publié samedi, le ministère des Finances et du budget annonce « le règlement, d'ici fin mars 2026, d'une première tranche de 180 milliards de francs Cfa au titre des arriérés dus aux entreprises du secteur du Bâtiment et des travaux publics (Btp) ». Une enveloppe qui représente, selon le texte, « près de 40% du stock de la dette intérieure certifiée dans ce secteur ».
p|Cette annonce intervient dans un contexte particulièrement tendu. Depuis plusieurs mois, les entrepreneurs dénoncent l'arrêt de nombreux chantiers, faute de paiement, et alertent sur les licenciements en cascade. En décembre dernier, plusieurs organisations patronales avaient même menacé de suspendre l'ensemble des travaux en cours sur les projets publics.
read-also|A LIRE AUSSI - Finances publiques : le Fmi salue des « progrès » mais appelle à accélérer les réformes
h2|Audit et certification
p|Selon le ministère, les paiements concerneront en priorité les créances ayant fait l'objet d'un audit et d'une certification par l'Inspection générale des finances. « L'Etat honorera ses engagements, mais il ne paiera que ce qui est dû et justifié », a insisté une source au ministère, qui évoque des « factures gonflées » et des « travaux non exécutés » découverts lors des vérifications.
p|Les petites et moyennes entreprises seront servies en premier. Le communiqué précise que les créances inférieures à 500 millions de francs Cfa seront payées « intégralement », tandis que les plus importantes feront l'objet d'un échéancier négocié avec chaque entreprise.
ad|Publicité
ad|Orano Telecom - Forfait Illimix Jazz : appels, SMS et 10 Go pour 2 000 F
p|Du côté du patronat, l'annonce est accueillie avec un soulagement prudent. « C'est un signal positif, nous ne pouvons pas le nier. Mais 180 milliards, c'est à peine une partie de ce qu'on nous doit », réagit Ousmane Ndiaye, président d'un syndicat des entreprises du Btp. Selon lui, « plusieurs centaines d'entreprises sont au bord de la faillite et des milliers d'ouvriers sont à la maison depuis des mois ».
h2|Les banques également concernées
p|Le règlement de cette dette est aussi attendu par les banques, dont beaucoup ont accordé des crédits aux entreprises sur la base des marchés publics. Le niveau des créances en souffrance dans le secteur bancaire s'est fortement dégradé en 2025, selon des professionnels du secteur.
p|Pour financer ce paiement, l'Etat compte notamment sur les ressources mobilisées sur le marché régional de l'Uemoa. Le Trésor a levé, en janvier, plus de 350 milliards de francs Cfa à travers des émissions d'obligations et de bons du Trésor.
p|La question de la dette intérieure est au cœur des discussions avec le Fonds monétaire international, en vue d'un nouveau programme. Les autorités avaient rendu public en 2025 un rapport de la Cour des comptes révélant un niveau d'endettement largement supérieur aux chiffres officiels communiqués jusque-là.
p|Un comité de suivi réunissant le ministère des Finances, les organisations patronales et l'Association professionnelle des banques doit se réunir chaque mois pour faire le point sur l'état d'avancement des paiements.
signature|mlbadji@leclaireur.sn
tags|Tags :
tags|Btp
tags|Dette intérieure
tags|Fmi
tags|Ministère des Finances
share|Facebook
share|Twitter
share|WhatsApp
nav|Article précédent
nav|Assurances : le marché sénégalais franchit la barre des 300 milliards de primes
nav|Article suivant
nav|Port autonome de Dakar : le trafic en hausse de 6% en 2025
author-link|Mamadou Lamine BADJI
author-link|Voir tous les articles
related|ARTICLES SIMILAIRES
related|Autoroute Mbour-Kaolack : les travaux reprennent après six mois d'arrêt
related|5 février 2026
related|Marchés publics : l'Armp épingle plusieurs ministères dans son dernier rapport
related|2 février 2026
related|Eurobond : le Sénégal renonce à une sortie sur les marchés internationaux
related|28 janvier 2026
comments|LAISSER UN COMMENTAIRE
comments|Annuler la réponse
comments|Commentaire :
comments|Saisissez votre commentaire ici
comments|Nom :
comments|Saisissez votre nom ici
comments|Vous avez saisi une adresse e-mail incorrecte!
comments|Veuillez saisir votre adresse e-mail ici
comments|Enregistrer mon nom, email et site web dans ce navigateur pour la prochaine fois que je commenterai.
comments|Δ
most-read|LES PLUS LUS
most-read|Assemblée nationale : le projet de loi sur le statut de l'opposition adopté
most-read|Touba : le Khalife général lance les travaux de la nouvelle bibliothèque
most-read|Lions : le sélectionneur publie sa liste pour les matchs amicaux de mars
epaper|L'ÉCLAIREUR EN PDF
epaper|Téléchargez l'édition du lundi 9 février 2026
footer|À propos
footer|Nous contacter
footer|Publicité
footer|Politique de confidentialité
footer|Mentions légales
copyright|© 2026 L'Éclaireur - Tous droits réservés. Conçu par SenWeb Agency
back-to-top|↑
"""),
 dict(id="lequotidien-senegal-style-2", site="lequotidien-senegal-style", lang="fr", sep="\n", title="Commercialisation de l'arachide à Kaolack : les producteurs attendent toujours d'être payés", date="2026-01-21", page="""
clock|mercredi, janvier 21, 2026
weather|Dakar 24°C
social|Facebook
social|Twitter
social|Youtube
social|Instagram
subscribe|S'abonner
epaper|Édition du jour
masthead|L'ÉCLAIREUR
masthead|Journal d'informations générales
menu|Accueil
menu|Actualités
menu|Politique
menu|Économie
menu|Société
menu|Régions
menu|Sports
menu|Culture
menu|International
menu|Contributions
menu|Éditorial
menu|Entretien
ticker|Flash Info
ticker|Magal de Darou Mousty : plus de 2 000 agents mobilisés pour la sécurité
ticker|Baccalauréat 2026 : les inscriptions prolongées jusqu'au 31 janvier
ticker|Coupe du Sénégal : le tirage des 16es de finale effectué
breadcrumb|Accueil » Régions » Commercialisation de l'arachide à Kaolack : les producteurs attendent toujours d'être payés
section-label|Régions
h1|Commercialisation de l'arachide à Kaolack : les producteurs attendent toujours d'être payés
byline|Par Ibrahima NDIAYE
byline|Correspondant à Kaolack
dateline|21 janvier 2026
comments|2
views|948
share|Partager sur Facebook
share|Partager sur Twitter
share|WhatsApp
share|Telegram
print|Imprimer
caption|Des sacs d'arachide en attente d'enlèvement au secco de Ndiaffate
credit|Ph : I. NDIAYE
p|Dans la cour du secco de Ndiaffate, à une quinzaine de kilomètres de Kaolack, les sacs d'arachide s'entassent sous des bâches usées. Assis à l'ombre d'un neem, une dizaine de producteurs attendent depuis l'aube. Ils ont livré leurs graines il y a plus de trois semaines, mais n'ont toujours pas reçu le moindre franc.
p|« On nous a remis des bons, en nous disant que l'argent viendrait dans quelques jours. Cela fait 24 jours », peste Modou Faye, producteur à Keur Mbouki, son bon froissé à la main. « Pendant ce temps, il faut nourrir la famille, payer les dettes contractées pendant l'hivernage. Certains sont obligés de brader leur récolte aux bana-bana. »
p|Le scénario se répète dans plusieurs points de collecte de la région. Selon l'Union régionale des coopératives agricoles, près de 6 000 tonnes d'arachide livrées aux opérateurs privés stockeurs restaient impayées à la mi-janvier dans le seul département de Kaolack.
ad|Publicité
ad|Campagne agricole : avec Banque Agricole du Saloum, financez vos intrants à taux bonifié
h2|Le prix officiel contourné
p|Fixé à 305 francs Cfa le kilogramme par le Comité national interprofessionnel de l'arachide (Cnia), le prix au producteur est loin d'être respecté partout. Dans les marchés hebdomadaires (loumas) de Ndoffane et de Gandiaye, des intermédiaires proposent entre 250 et 270 francs, mais paient comptant.
p|« Le paysan n'a pas le choix. Entre attendre un mois pour 305 francs et repartir aujourd'hui avec 260 francs, beaucoup choisissent l'argent liquide », explique Awa Ndao, présidente d'un groupement de femmes transformatrices de Kahone.
read-also|A LIRE AUSSI - Campagne agricole 2025-2026 : le gouvernement annonce une production record d'arachide
p|Joint par téléphone, un responsable d'une société d'opérateurs privés stockeurs reconnaît des « retards », qu'il impute aux lenteurs dans la mise en place des financements bancaires. « Les banques ont débloqué les crédits de campagne tardivement. Nous avons commencé à payer, les producteurs seront tous désintéressés d'ici la fin du mois », assure-t-il.
h2|La Sonacos sous pression
p|La Société nationale de commercialisation des oléagineux du Sénégal (Sonacos), dont l'usine de Kaolack tourne au ralenti, est elle aussi pointée du doigt. Sur les 200 000 tonnes qu'elle s'était fixées comme objectif de collecte pour la campagne, elle n'en avait réceptionné qu'un peu plus du quart à la date du 15 janvier, selon des sources internes.
p|Le gouverneur de la région, qui a présidé la semaine dernière un comité régional de développement consacré à la campagne, a demandé aux opérateurs de « régler sans délai » les producteurs et a annoncé des contrôles dans les points de collecte pour faire respecter le prix officiel.
p|En attendant, à Ndiaffate, l'inquiétude grandit. « Si l'argent ne vient pas avant le mois de mars, beaucoup ne pourront même pas acheter les semences pour la prochaine saison », prévient le chef de village, Alioune Badara Cissé.
signature|indiaye@leclaireur.sn
tags|Tags :
tags|Arachide
tags|Kaolack
tags|Sonacos
tags|Campagne agricole
share|Facebook
share|Twitter
share|WhatsApp
nav|Article précédent
nav|Ziguinchor : les étudiants de l'université Assane Seck en grève illimitée
nav|Article suivant
nav|Matam : la montée des eaux du fleuve menace les cultures de décrue
author-link|Ibrahima NDIAYE
author-link|Voir tous les articles
related|ARTICLES SIMILAIRES
related|Kaffrine : des producteurs bloquent la route nationale pour exiger leur argent
related|17 janvier 2026
related|Exportation d'arachide : le gouvernement maintient la surtaxe
related|12 janvier 2026
related|Fatick : démarrage timide de la campagne dans les îles du Saloum
related|8 janvier 2026
comments|2 COMMENTAIRES
comments|Baye Fall
comments|21 janvier 2026 à 9 h 14 min
comments|C'est toujours la même chose chaque année. Le paysan est le dernier servi dans ce pays.
comments|Répondre
comments|Ndeye Coumba
comments|21 janvier 2026 à 11 h 02 min
comments|Il faut que l'État paie directement les producteurs, sans passer par ces opérateurs.
comments|LAISSER UN COMMENTAIRE
comments|Annuler la réponse
comments|Commentaire :
comments|Saisissez votre commentaire ici
comments|Nom :
comments|Saisissez votre nom ici
comments|Vous avez saisi une adresse e-mail incorrecte!
comments|Veuillez saisir votre adresse e-mail ici
comments|Enregistrer mon nom, email et site web dans ce navigateur pour la prochaine fois que je commenterai.
comments|Δ
most-read|LES PLUS LUS
most-read|Dette intérieure : les entreprises du Btp menacent d'arrêter tous les chantiers
most-read|Kaolack : les producteurs attendent toujours d'être payés
most-read|Magal de Darou Mousty : le Khalife reçoit une délégation gouvernementale
epaper|L'ÉCLAIREUR EN PDF
epaper|Téléchargez l'édition du mercredi 21 janvier 2026
footer|À propos
footer|Nous contacter
footer|Publicité
footer|Politique de confidentialité
footer|Mentions légales
copyright|© 2026 L'Éclaireur - Tous droits réservés. Conçu par SenWeb Agency
back-to-top|↑
"""),
 dict(id="crisis-group-style-1", site="crisis-group-style", lang="en", sep="\n", title="Armenia and Azerbaijan Have a Peace Deal. Now They Need a Border.", date="2026-06-10", page="""
skip-link|Skip to main content
masthead|International Crisis Forum
masthead|Preventing Conflict. Building Peace.
donate|Donate
newsletter|Subscribe
search|Search
menu|Regions
menu|Global Issues
menu|CrisisTracker
menu|Publications
menu|Podcasts
menu|Events
menu|About
lang-switch|English
lang-switch|Français
lang-switch|Español
lang-switch|Русский
breadcrumb|Europe & Central Asia / South Caucasus / Armenia / Azerbaijan
section-label|Commentary / Europe & Central Asia
dateline|10 June 2026
reading-time|9 min read
h1|Armenia and Azerbaijan Have a Peace Deal. Now They Need a Border.
lead|Ten months after Armenia and Azerbaijan endorsed the text of a peace agreement, their shared frontier remains undefined and lightly policed. Crisis Forum's Nina Aslanova explains why delimitation talks have stalled and what both capitals can do to keep the peace from fraying.
lang-switch|Also available in Русский
share|Share
share|Facebook
share|X
share|Email
share|Linkedin
share|Whatsapp
save|Save
print|Print
caption|An Armenian border post near the village of Kirants, Tavush province, in April 2026.
credit|CRISISFORUM / Nina Aslanova
byline|Nina Aslanova
byline|Senior Analyst, South Caucasus
p|When the leaders of Armenia and Azerbaijan stood side by side in Washington in August 2025 to endorse the text of a peace treaty, many in both countries hoped that nearly four decades of conflict were finally drawing to a close. The months since have brought real progress: no soldier has been killed on the border since early 2025, direct trade has resumed on a small scale, and officials from the two sides now meet regularly without mediators.[1]
p|Yet one of the most basic questions between them remains unanswered. Almost 1,000km of shared frontier has never been formally delimited, let alone demarcated. Along much of it, positions are still determined by where troops happened to be when fighting stopped in 2020 and 2022. That ambiguity is manageable while relations are good. It could become dangerous quickly if they sour.
h2|Why the Talks Have Stalled
p|The joint border commissions, led by the two countries' deputy prime ministers, agreed in 2024 on a first stretch of about 12km in the north, near the Armenian village of Kirants and Azerbaijan's Qazax district. Since then, progress has slowed to a crawl. Commission members have met six times in the past year but have not agreed on any further segment.[2]
p|The main sticking point is the choice of maps. Baku insists that delimitation should be based on Soviet General Staff maps from the 1970s, which it argues reflect the situation on the ground. Yerevan prefers earlier maps, and wants the Alma-Ata Declaration of 1991, which recognised the Soviet republics' administrative borders as international ones, cited explicitly as the legal basis for the process.
p|Domestic politics have added to the difficulty. In Armenia, where parliamentary elections are due this month, opposition parties accuse the government of ceding land without reciprocity. In Azerbaijan, officials have tied progress on the border to a change in Armenia's constitution, which Baku says is needed to remove any claim on its territory.[3]
related-inline|Related
related-inline|Briefing / Europe & Central Asia
related-inline|Armenia and Azerbaijan: Making the Peace Stick
h2|Risks on the Ground
p|The absence of an agreed line has practical consequences for those living nearby. Villagers in Armenia's Tavush and Syunik provinces describe fields they can no longer reach, irrigation channels cut by new positions and livestock shot when straying too close. Azerbaijani residents of border districts report similar frustrations. Incidents have so far been handled quietly through hotlines set up in 2025, but each one erodes trust.
p|A further concern is the planned transit route through Armenia's south connecting mainland Azerbaijan with its Nakhchivan exclave. Construction is expected to begin next year, and its security arrangements remain vague. Without clarity on where the border lies in Syunik, disputes over the route's alignment could quickly become a flashpoint.
p|“Everyone says the war is over, but my son still cannot graze the sheep on the hill behind our house,” a farmer in a Syunik border village told Crisis Forum. “For us, peace will be when we know where the line is.”[4]
h2|What Should Be Done
p|Neither side needs to resolve every disagreement over maps before taking steps to reduce risk. The two governments should:
li|Agree on an interim code of conduct for border areas, including a minimum distance between forward positions and rules for notifying the other side of troop rotations.
li|Expand the existing hotlines to the level of local commanders, so that incidents can be defused before they reach the capitals.
li|Give the border commissions a mandate to tackle sections where both sides' maps broadly coincide, postponing the most contested areas.
li|Invite international experts, possibly under the auspices of the OSCE, to provide technical support on cartography without a political role.
p|Outside powers can help too. The European Union's civilian monitoring mission in Armenia, whose mandate runs until early 2027, could share its experience with both sides if Baku drops its objections to the mission's presence. Washington, having invested political capital in the August agreement, has an interest in making sure it does not unravel over a few kilometres of hillside.
p|The peace deal has already defied the expectations of many sceptics. Finishing the job will require turning the line on the map into a border people can live with.
footnote|Footnotes
footnote|[1] Crisis Forum interviews, Armenian and Azerbaijani officials, Yerevan and Baku, March-April 2026.
footnote|[2] Crisis Forum interview, member of a border commission, May 2026.
footnote|[3] Crisis Forum interviews, Azerbaijani officials, Baku, April 2026.
footnote|[4] Crisis Forum interview, resident of a border village, Syunik province, April 2026.
tags|Related Tags
tags|Armenia
tags|Azerbaijan
tags|South Caucasus
tags|Peacemaking
author-bio|Contributors
author-bio|Nina Aslanova
author-bio|Senior Analyst, South Caucasus
author-bio|NinaAslanova
tracker|CrisisTracker
tracker|Armenia-Azerbaijan
tracker|May 2026
tracker|Unchanged Situation
tracker|Delimitation talks made no headway, while leaders reaffirmed commitment to peace agreement.
tracker|Read more
related|Related Content
related|Briefing / Europe & Central Asia
related|Armenia and Azerbaijan: Making the Peace Stick
related|22 January 2026
related|Commentary / Europe & Central Asia
related|A Road Through Syunik: The Politics of the South Caucasus Transit Corridor
related|9 October 2025
related|Podcast / Europe & Central Asia
related|Hold Your Fire! After Washington: What Next for the South Caucasus?
related|4 September 2025
newsletter|Subscribe to Crisis Forum's Email Updates
newsletter|Receive the best source of conflict analysis right in your inbox.
newsletter|Email address
newsletter|Sign up
donate|Support Our Work
donate|Crisis Forum is an independent, non-profit organisation. Our research and advocacy are made possible by the generosity of our supporters.
donate|Donate now
footer|About Us
footer|Our People
footer|Careers
footer|Press Room
footer|Contact
footer|Brussels HQ
footer|Avenue Louise 149, 1050 Brussels, Belgium
footer|+32 2 555 01 90
social|Facebook X Linkedin YouTube Instagram
footer|Privacy Policy
footer|Terms of Use
copyright|© 2026 International Crisis Forum
cookie|This website uses cookies to improve your experience and to analyse traffic. You can accept all cookies or manage your preferences.
cookie|Accept all
cookie|Reject
cookie|Cookie settings
"""),
 dict(id="crisis-group-style-2", site="crisis-group-style", lang="en", sep="\n", title="Sudan: What Would It Take to Keep Aid Flowing into Darfur?", date="2026-02-24", page="""
skip-link|Skip to main content
masthead|International Crisis Forum
masthead|Preventing Conflict. Building Peace.
donate|Donate
newsletter|Subscribe
search|Search
menu|Regions
menu|Global Issues
menu|CrisisTracker
menu|Publications
menu|Podcasts
menu|Events
menu|About
lang-switch|English
lang-switch|Français
lang-switch|Español
lang-switch|العربية
breadcrumb|Africa / Horn of Africa / Sudan
section-label|Q&A / Africa
dateline|24 February 2026
reading-time|11 min read
h1|Sudan: What Would It Take to Keep Aid Flowing into Darfur?
lead|As the rainy season approaches, aid agencies warn that millions of people in Darfur could be cut off from assistance. In this Q&A, Crisis Forum expert Samuel Okello explains the obstacles to humanitarian access and how outside actors could help overcome them.
lang-switch|Also available in العربية
share|Share
share|Facebook
share|X
share|Email
share|Linkedin
share|Whatsapp
save|Save
print|Print
pdf|Download PDF
caption|People displaced from El Fasher queue for water at a camp in Tawila, North Darfur, on 3 February 2026.
credit|AFP / Stringer
h2|What is the humanitarian situation in Darfur today?
p|It is dire, and getting worse. Since the Rapid Support Forces (RSF) took El Fasher, the last army-held city in Darfur, in late October 2025, hundreds of thousands of people have fled the city and its surroundings. Most have ended up in Tawila, some 60km to the west, where the population of displacement camps has more than tripled. Aid workers there describe overcrowded sites, acute shortages of clean water and cholera outbreaks that health workers struggle to contain.[1]
p|The UN-backed food security monitoring system has confirmed famine conditions in several parts of North Darfur and warned that they are likely to spread to South and Central Darfur before the harvest later this year. Across the region, more than six million people need food assistance.
h2|Why is aid not getting through?
p|There are three main obstacles. The first is geography: most relief for Darfur enters from eastern Chad, through the Adré and Tiné crossings, and then travels hundreds of kilometres over dirt roads. From June, the rainy season turns many of those roads into mud, and some wadis become impassable for weeks.
p|The second is insecurity. Convoys have been looted by armed groups and, in some cases, by elements of the RSF itself. At least twelve aid workers were killed in Darfur in 2025. The third is bureaucracy. Both the army-aligned government in Port Sudan and the RSF's civilian administration require permits for movements into areas under their control, and each has used these requirements to slow down or block aid it deems to favour the other side.
p|“Whoever controls the road controls who eats.”
share|Tweet this
h2|What role do the warring parties play?
p|Both have obstructed relief when it suited them. The army-aligned authorities have repeatedly threatened to close the Adré crossing, arguing that it is used to smuggle weapons to the RSF. The RSF, for its part, has set up its own humanitarian agency, which demands registration fees and a say over the hiring of local staff – conditions many organisations consider incompatible with humanitarian principles.[2]
p|Each side also understands that control over aid brings legitimacy. The RSF's announcement of a parallel government in 2025 has made that contest sharper, as it seeks to show it can administer territory, while Port Sudan insists that all assistance be channelled through recognised state institutions. As one humanitarian official put it to Crisis Forum, whoever controls the road controls who eats.[3]
podcast|Listen to The Horn: Darfur After El Fasher
podcast|Apple Podcasts
podcast|Spotify
podcast|38:12
h2|Are there any openings?
p|Some. Local truces negotiated by community leaders have allowed markets to reopen in parts of Central Darfur. And in January, both sides agreed in principle, in talks facilitated by a group of regional and Western states, to a set of humanitarian pauses around key supply routes. Implementation has been patchy, but the agreement offers a framework that could be built upon before the rains.
h2|What should outside actors do?
p|Governments with influence over the parties – notably Egypt, Saudi Arabia, the United Arab Emirates and the U.S. – should press them to put the January commitments into practice. In particular, they should:
li|Secure written guarantees from both sides that the Adré and Tiné crossings will remain open through the rainy season.
li|Support the pre-positioning of food and medical supplies in Darfur before June, when roads become impassable.
li|Back a joint monitoring mechanism, with representation from both parties, to investigate attacks on convoys.
li|Increase funding for local aid groups and emergency response rooms, which often reach people that international agencies cannot.
p|None of this will end the war, which will require a political settlement neither side seems ready for. But it could save hundreds of thousands of lives in the months ahead – and show that the parties are capable of keeping at least some of their promises.
correction|This Q&A was updated on 25 February 2026 to correct the number of aid workers killed in Darfur in 2025.
footnote|Footnotes
footnote|[1] Crisis Forum telephone interviews, aid workers in Tawila, January-February 2026.
footnote|[2] Crisis Forum interviews, representatives of international NGOs, Nairobi and N'Djamena, December 2025.
footnote|[3] Crisis Forum interview, humanitarian official, Port Sudan, February 2026.
tags|Related Tags
tags|Sudan
tags|Horn of Africa
tags|Humanitarian Access
author-bio|Contributors
author-bio|Samuel Okello
author-bio|Senior Analyst, Sudan
author-bio|SOkello_CF
tracker|CrisisTracker
tracker|Sudan
tracker|January 2026
tracker|Deteriorated Situation
tracker|RSF consolidated control of North Darfur as famine spread; army advanced in Kordofan.
tracker|Read more
related|Related Content
related|Report / Africa
related|Sudan's War of Attrition: Averting a Permanent Partition
related|18 December 2025
related|Statement / Africa
related|After El Fasher: Protecting Civilians in Darfur
related|30 October 2025
related|Q&A / Africa
related|Can the Jeddah Talks Be Revived?
related|11 July 2025
newsletter|Subscribe to Crisis Forum's Email Updates
newsletter|Receive the best source of conflict analysis right in your inbox.
newsletter|Email address
newsletter|Sign up
donate|Support Our Work
donate|Crisis Forum is an independent, non-profit organisation. Our research and advocacy are made possible by the generosity of our supporters.
donate|Donate now
footer|About Us
footer|Our People
footer|Careers
footer|Press Room
footer|Contact
footer|Brussels HQ
footer|Avenue Louise 149, 1050 Brussels, Belgium
footer|+32 2 555 01 90
social|Facebook X Linkedin YouTube Instagram
footer|Privacy Policy
footer|Terms of Use
copyright|© 2026 International Crisis Forum
cookie|This website uses cookies to improve your experience and to analyse traffic. You can accept all cookies or manage your preferences.
cookie|Accept all
cookie|Reject
cookie|Cookie settings
"""),
]
