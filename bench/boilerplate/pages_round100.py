# Round 100: eight pages on four more layouts (an Ivorian press agency portal, an academics' site in its Africa
# edition, a Breton daily's national pages, a Cameroonian English-language news site), written blind: without
# looking at the classifier, its rules or the benchmark, measured once. Each line: "label|text". Invented text; no
# real article is copied.
ROUND100 = [
 dict(id="aciap-style-1", site="aciap-style", lang="fr", sep="\n", title="Bouaké : 1 200 producteurs d'anacarde formés aux techniques de séchage et de stockage", date="2026-02-17", page="""
skip-link|Aller au contenu
timestamp|Mardi 17 février 2026
timestamp|Abidjan 31°C
social|Facebook Twitter YouTube LinkedIn
account|Connexion
subscribe|Abonnement au fil
menu|ACIAP
menu|Agence Côte d'Ivoire d'Actualités et de Presse
menu|L'info officielle de Côte d'Ivoire depuis 1961
menu|ACCUEIL
menu|POLITIQUE
menu|ÉCONOMIE
menu|SOCIÉTÉ
menu|RÉGIONS
menu|CULTURE
menu|SPORT
menu|ENVIRONNEMENT
menu|DIASPORA
menu|VIDÉOS
menu|FIL ACIAP
search|Rechercher...
breaking|FLASH INFO
breaking|Le Premier ministre préside ce mardi le conseil interministériel sur la campagne café-cacao 2025-2026 ///// Examen du BEPC : les épreuves orales débutent le 4 mai ///// Météo : fortes chaleurs attendues dans le nord du pays /////
ad|Espace publicitaire
ad|ANNONCEZ ICI - Contactez le service commercial au 27 20 00 00 00
breadcrumb|Accueil / Régions / Gbêkê
section-label|Économie
section-label|Gbêkê
h1|Bouaké : 1 200 producteurs d'anacarde formés aux techniques de séchage et de stockage
dateline|Publié le 17 février 2026 à 10:42
byline|Par ACIAP
views|Lu 384 fois
font|A-
font|A+
print|Imprimer
share|Partager :
share|Facebook
share|Twitter
share|WhatsApp
share|Email
caption|Des producteurs d'anacarde suivant une démonstration de séchage des noix sur claies, à Bouaké.
credit|Photo : ACIAP
p|Bouaké, 17 fév 2026 (ACIAP) - Quelque 1 200 producteurs d'anacarde de la région du Gbêkê ont bénéficié, du 10 au 15 février 2026, d'une formation sur les bonnes pratiques de séchage, de tri et de stockage des noix brutes de cajou, à l'initiative du Conseil du coton et de l'anacarde, en partenariat avec la direction régionale de l'Agriculture.
p|Organisée dans six sous-préfectures, dont Brobo, Djébonoua et Béoumi, cette session vise à améliorer la qualité des noix commercialisées à l'ouverture de la campagne 2026, prévue dans les prochaines semaines.
p|« Une noix mal séchée perd de la valeur. L'acheteur vérifie le taux d'humidité et le rendement au décorticage, le fameux KOR. Si la noix est mauvaise, c'est le producteur qui perd », a expliqué le directeur régional de l'Agriculture, Koné Siaka, à l'ouverture des travaux à Bouaké.
h2|Des séances pratiques dans les villages
p|Pendant six jours, les formateurs ont alterné exposés en salle et démonstrations dans les plantations. Les producteurs ont notamment appris à :
li|sécher les noix sur des bâches ou des claies surélevées, et non à même le sol ;
li|retirer les noix immatures, tachées ou moisies avant la mise en sac ;
li|utiliser des sacs en jute plutôt que des sacs en polypropylène ;
li|stocker les sacs sur des palettes, dans un magasin aéré et à l'abri de l'humidité.
p|Chaque coopérative participante a reçu un humidimètre et un lot de bâches de séchage. Les formateurs ont également insisté sur la tenue d'un registre de stock, exigé désormais par plusieurs exportateurs pour assurer la traçabilité.
read-also|Lire aussi : Campagne anacarde 2026 : le prix plancher bord champ attendu avant fin février
p|La présidente de la coopérative Bêlêbêlê de Djébonoua, Kouassi Amenan Odile, s'est félicitée de cette initiative. « Avant, on séchait les noix au bord de la route. La poussière, la pluie, les animaux, tout gâtait la qualité. Aujourd'hui, on a compris qu'on pouvait gagner plus en faisant les choses bien », a-t-elle confié à l'ACIAP.
h2|Un enjeu pour la transformation locale
p|La Côte d'Ivoire, premier producteur mondial de noix de cajou, ambitionne de transformer localement au moins 50 % de sa production d'ici à 2030. Plusieurs unités de transformation se sont installées ces dernières années dans la zone industrielle de Bouaké.
p|Selon les responsables des unités présentes à la cérémonie de clôture, la qualité des noix livrées reste l'un des principaux obstacles à la rentabilité des usines. Une noix humide ou mal triée augmente les pertes au décorticage et fait baisser le rendement en amandes blanches.
p|Le Conseil du coton et de l'anacarde prévoit d'étendre la formation aux régions du Hambol et du Béré avant la fin du mois de mars, avec l'objectif de toucher 10 000 producteurs au cours de l'année.
signature|(ACIAP)
signature|kam/zaf/tm
tags|Mots-clés :
tags|Anacarde
tags|Bouaké
tags|Gbêkê
tags|Agriculture
tags|Formation
nav|Article précédent
nav|Béoumi : remise de kits scolaires à 450 élèves du primaire
nav|Article suivant
nav|Sakassou : la population sensibilisée à la prévention des feux de brousse
related|ARTICLES SIMILAIRES
related|Korhogo : les coopératives de coton exhortées à rembourser les crédits d'intrants
related|16 février 2026
related|Bondoukou : ouverture d'une unité de décorticage de noix de cajou d'une capacité de 15 000 tonnes
related|13 février 2026
related|Katiola : des jeunes formés à la production de plants greffés d'anacardier
related|9 février 2026
comments|0 commentaire
comments|Laisser un commentaire
comments|Votre nom
comments|Votre adresse email
comments|Envoyer
most-read|LES PLUS LUS
most-read|Conseil des ministres : plusieurs mesures adoptées pour le secteur de l'éducation
most-read|Recrutement à la fonction publique : le calendrier des concours 2026 dévoilé
most-read|Man : le festival des masques annoncé pour avril
teaser-list|FIL ACIAP
teaser-list|11:05
teaser-list|Daloa : une campagne de dépistage gratuit du diabète organisée au CHR
teaser-list|10:51
teaser-list|Abengourou : les chefs traditionnels de l'Indénié réunis pour la paix sociale
teaser-list|10:37
teaser-list|San Pedro : la police portuaire saisit 2 tonnes de produits prohibés
newsletter|NEWSLETTER
newsletter|Recevez chaque jour le fil de l'ACIAP dans votre boîte mail
newsletter|Votre e-mail
newsletter|S'inscrire
footer|ACIAP - Agence Côte d'Ivoire d'Actualités et de Presse
footer|Établissement public national sous tutelle du ministère de la Communication
footer|Avenue Chardy, Plateau, Abidjan - 01 BP 0000 Abidjan 01
footer|Qui sommes-nous ? - Nos bureaux régionaux - Nos services - Publicité - Contacts - Mentions légales
copyright|© Copyright 2026 ACIAP. Tous droits réservés. Reproduction interdite sans mention de la source.
back-to-top|Haut
"""),
 dict(id="aciap-style-2", site="aciap-style", lang="fr", sep="\n", title="San Pedro : les pêcheurs artisanaux sensibilisés au port obligatoire du gilet de sauvetage", date="2026-03-04", page="""
skip-link|Aller au contenu
timestamp|Mercredi 4 mars 2026
timestamp|Abidjan 30°C
social|Facebook Twitter YouTube LinkedIn
account|Connexion
subscribe|Abonnement au fil
menu|ACIAP
menu|Agence Côte d'Ivoire d'Actualités et de Presse
menu|L'info officielle de Côte d'Ivoire depuis 1961
menu|ACCUEIL
menu|POLITIQUE
menu|ÉCONOMIE
menu|SOCIÉTÉ
menu|RÉGIONS
menu|CULTURE
menu|SPORT
menu|ENVIRONNEMENT
menu|DIASPORA
menu|VIDÉOS
menu|FIL ACIAP
search|Rechercher...
breaking|FLASH INFO
breaking|Présidence : le chef de l'État reçoit les nouveaux ambassadeurs accrédités ///// Coupe nationale : tirage au sort des huitièmes de finale jeudi ///// Marché : le prix du riz stable sur les marchés d'Abidjan /////
breadcrumb|Accueil / Régions / San Pedro
section-label|Société
h1|San Pedro : les pêcheurs artisanaux sensibilisés au port obligatoire du gilet de sauvetage
dateline|Publié le 4 mars 2026 à 16:18
dateline|Mis à jour le 4 mars 2026 à 17:02
byline|Par Zadi Loukou Fabrice
views|Lu 211 fois
font|A-
font|A+
print|Imprimer
share|Partager :
share|Facebook
share|Twitter
share|WhatsApp
share|Email
dateline|San Pedro, 4 mars 2026 (ACIAP) -
p|Les pêcheurs artisanaux du débarcadère de Lac, à San Pedro, ont été sensibilisés mardi 3 mars 2026 à la sécurité en mer et au port obligatoire du gilet de sauvetage, au cours d'une journée organisée par la direction départementale des Ressources animales et halieutiques, en collaboration avec les Affaires maritimes et portuaires.
p|Cette initiative intervient après le naufrage, le 18 février, d'une pirogue au large de Grand-Béréby, qui a coûté la vie à trois pêcheurs. Aucun des membres de l'équipage ne portait de gilet au moment de l'accident, selon les services de secours.
p|« La mer ne pardonne pas. Un gilet coûte moins cher qu'une vie. Désormais, aucune pirogue ne doit sortir sans un gilet pour chaque personne à bord », a martelé le directeur départemental des Ressources animales et halieutiques, Yao Kouadio Bertin, devant près de 300 pêcheurs et mareyeuses.
caption|Une démonstration de port du gilet de sauvetage au débarcadère de Lac, à San Pedro.
credit|ACIAP/Zadi Loukou Fabrice
p|Les agents des Affaires maritimes ont rappelé les équipements exigés à bord des embarcations de pêche artisanale : gilets de sauvetage en nombre suffisant, bouée, écope, lampe et, pour les pirogues motorisées qui s'éloignent de plus de trois milles nautiques, un téléphone ou une radio étanche.
p|Ils ont également annoncé des contrôles inopinés au départ des débarcadères à partir du 1er avril. Les contrevenants s'exposent à une immobilisation de leur embarcation et à une amende.
h2|200 gilets distribués
p|À l'issue de la séance, 200 gilets de sauvetage ont été remis aux représentants des huit associations de pêcheurs du département. Un second lot de 300 gilets est attendu dans les prochaines semaines, a indiqué le directeur départemental.
p|Le président de la fédération des associations de pêcheurs de San Pedro, Abdoulaye Traoré, a salué ce geste tout en plaidant pour un accès facilité aux équipements. « Beaucoup de pêcheurs n'ont pas les moyens d'acheter des gilets pour toute l'équipe. Nous demandons à l'État de nous accompagner, car nous voulons respecter la loi », a-t-il déclaré.
p|Les mareyeuses, qui achètent et revendent le poisson débarqué, se sont engagées à ne plus préfinancer les sorties des pirogues dont l'équipage ne dispose pas de gilets.
p|La pêche artisanale emploie plusieurs milliers de personnes dans la région de San Pedro et fournit l'essentiel du poisson frais vendu sur les marchés locaux.
signature|(ACIAP)
signature|zlf/kkp/tm
ad|PUBLICITÉ
ad|Loterie : tentez votre chance au grand tirage du mois de mars
tags|Mots-clés :
tags|San Pedro
tags|Pêche
tags|Sécurité maritime
nav|Article précédent
nav|Soubré : démarrage des travaux de bitumage de la voie Soubré-Buyo
nav|Article suivant
nav|Tabou : les femmes du secteur informel formées à la gestion de caisse
related|ARTICLES SIMILAIRES
related|Sassandra : la saison de pêche au thon démarre sous de bons auspices
related|2 mars 2026
related|Grand-Béréby : trois pêcheurs portés disparus après le chavirement de leur pirogue
related|18 février 2026
comments|0 commentaire
comments|Laisser un commentaire
comments|Votre nom
comments|Votre adresse email
comments|Envoyer
video|ACIAP TV
video|Reportage : la filière hévéa face à la baisse des cours
video|03:56
most-read|LES PLUS LUS
most-read|Bac 2026 : le calendrier des épreuves écrites publié
most-read|Yamoussoukro : une unité de production de briques en terre cuite inaugurée
most-read|Odienné : les éleveurs et agriculteurs signent un pacte de non-agression
teaser-list|FIL ACIAP
teaser-list|17:11
teaser-list|Gagnoa : la mairie lance l'opération de curage des caniveaux
teaser-list|16:58
teaser-list|Bouna : le parc national de la Comoé accueille une mission d'évaluation
newsletter|NEWSLETTER
newsletter|Recevez chaque jour le fil de l'ACIAP dans votre boîte mail
newsletter|Votre e-mail
newsletter|S'inscrire
footer|ACIAP - Agence Côte d'Ivoire d'Actualités et de Presse
footer|Établissement public national sous tutelle du ministère de la Communication
footer|Avenue Chardy, Plateau, Abidjan - 01 BP 0000 Abidjan 01
footer|Qui sommes-nous ? - Nos bureaux régionaux - Nos services - Publicité - Contacts - Mentions légales
copyright|© Copyright 2026 ACIAP. Tous droits réservés. Reproduction interdite sans mention de la source.
back-to-top|Haut
"""),
 dict(id="the-conversation-africa-style-1", site="the-conversation-africa-style", lang="en", sep="\n", title="Nigeria's solar mini-grids were meant to light up villages. Why many are struggling to stay open", date="2026-02-12", page="""
skip-link|Skip to main content
menu|The Exchange
menu|Academic rigour, journalistic flair
lang-switch|Edition:
lang-switch|Africa
lang-switch|Available editions
lang-switch|Africa Australia Brasil Canada Canada (français) España Europe France Global Perspectives Indonesia New Zealand United Kingdom United States
donate|Donate
newsletter|Get newsletter
account|Sign in
search|Search
menu|Home
menu|Arts + Culture
menu|Business + Economy
menu|Education
menu|Environment
menu|Health
menu|Politics + Society
menu|Science + Technology
menu|In French
menu|Podcasts
h1|Nigeria's solar mini-grids were meant to light up villages. Why many are struggling to stay open
caption|A mini-grid solar array supplies power to a village in Niger State.
credit|Kola Sulaimon/AFP via Getty Images
byline|Adaeze Okonkwo, University of Nigeria
byline|Tunde Bakare, Obafemi Awolowo University
dateline|Published: February 12, 2026 2:47pm SAST
share|Email
share|X (Twitter)
share|Bluesky
share|Facebook
share|LinkedIn
share|WhatsApp
share|Messenger
print|Print
p|About 85 million Nigerians, roughly 40% of the population, have no access to grid electricity. For most of them, the national grid is unlikely to arrive any time soon. Over the past decade, solar mini-grids have been promoted as the answer: small, local power stations that can supply a village or a market without waiting for transmission lines.
p|The numbers have grown fast. More than 150 mini-grids have been built under public programmes since 2018, many with support from development banks, and private developers have added hundreds more.
p|But our research suggests that a worrying share of these systems are running well below capacity, or not at all. We studied 42 solar mini-grids in six states between 2023 and 2025, interviewing operators, local officials and more than 600 households and small businesses.
h2|What we found
p|Only 17 of the 42 sites were operating at more than half of their design load. Nine had shut down for at least three months during the study period. The problems we recorded fell into three broad groups:
li|Demand was lower than planned. Developers assumed that households would quickly buy fridges, fans and electric mills. Many did not, because they could not afford the appliances.
li|Tariffs were too high for most users. Mini-grid power often costs three to four times the regulated grid tariff, which remains subsidised.
li|Maintenance was underfunded. Batteries that should have been replaced after five or six years were still in use, and spare parts had to be imported.
read-also|Read more: Nigeria's power sector reforms: what the new electricity act changes for states
p|Several operators told us that the arrival, or even the promise, of the national grid made things worse. In two communities in Ogun State, households stopped paying for mini-grid power after politicians announced that grid lines were coming. The lines had still not been connected when we finished our fieldwork.
p|One operator in Nasarawa State put it bluntly: "People say, why should I pay you 250 naira when the government will give me light for 70? Then the grid comes for two hours a day and they come back to us."
h2|Not a failure, but a business model problem
p|None of this means mini-grids are a bad idea. Where they work, the effects are striking. In the communities with well-used systems, we found that small businesses such as tailors, barbers and cold-drink sellers stayed open two to three hours longer each evening, and households spent less on kerosene and phone charging.
p|The difference between the successful sites and the struggling ones was rarely the technology. It was whether the system had been planned around real local demand, and whether somebody was paying for the productive equipment that makes electricity worth buying.
h2|What would help
p|Based on our findings, we suggest three changes. First, subsidies should be tied to connections that are actually used, not just to capacity installed. Second, programmes should finance appliances such as grain mills, freezers and irrigation pumps alongside the power system. Third, regulators need a clear and predictable rule for what happens when the national grid reaches a mini-grid community, so that investors are not wiped out overnight.
p|Nigeria's electricity reforms have given states more power to plan their own supply. That is an opportunity to build mini-grids into local development plans rather than treating them as stand-alone projects.
p|Without those changes, solar panels will keep going up, and many villages will keep sitting in the dark.
republish|Republish this article
republish|We believe in the free flow of information. Republish our articles for free, online or in print, under a Creative Commons licence.
disclaimer|Disclosure statement
disclaimer|Adaeze Okonkwo received funding from the Energy Access Research Initiative for this research. Tunde Bakare does not work for, consult, own shares in or receive funding from any company or organisation that would benefit from this article, and has disclosed no relevant affiliations beyond their academic appointment.
partner-list|Partners
partner-list|University of Nigeria provides funding as a member of The Exchange AFRICA.
partner-list|Obafemi Awolowo University provides funding as a member of The Exchange AFRICA.
partner-list|View all partners
tags|Nigeria
tags|Electricity
tags|Renewable energy
tags|Solar power
tags|Energy access
tags|Rural development
donate|Before you go...
donate|Our editors work with African academics to bring you evidence, not opinion. If you value that, please consider a donation, big or small.
donate|Donate now
donate|Caroline Nyambura
donate|Energy and Environment Editor, The Exchange Africa
related|You might also like
related|South Africa's load-shedding eased in 2025. Here's what changed, and what didn't
related|Kenya's off-grid solar boom has a waste problem
related|Why clean cooking is Africa's forgotten energy challenge
event|Events
event|Energy Transitions in Africa: Public Lecture, Lagos
event|More events
jobs|Jobs
jobs|Research Fellow, Energy Policy
jobs|More jobs
write|Want to write?
write|Write an article and join a growing community of more than 220,000 academics and researchers from 5,200 institutions.
write|Register now
footer|Community standards
footer|Republishing guidelines
footer|Research and Expert Database
footer|Analytics
footer|Our feeds
footer|Who we are
footer|Our charter
footer|Our team
footer|Partners and funders
footer|Contact us
footer|Privacy policy
footer|Terms and conditions
footer|Corrections
copyright|Copyright © 2010–2026, The Exchange Africa
"""),
 dict(id="the-conversation-africa-style-2", site="the-conversation-africa-style", lang="en", sep="\n", title="Learning in isiXhosa: what a five-year mother-tongue experiment in Eastern Cape schools tells us", date="2026-01-27", page="""
skip-link|Skip to main content
menu|The Exchange
menu|Academic rigour, journalistic flair
lang-switch|Edition:
lang-switch|Africa
lang-switch|Available editions
lang-switch|Africa Australia Brasil Canada Canada (français) España Europe France Global Perspectives Indonesia New Zealand United Kingdom United States
donate|Donate
newsletter|Get newsletter
account|Sign in
search|Search
menu|Home
menu|Arts + Culture
menu|Business + Economy
menu|Education
menu|Environment
menu|Health
menu|Politics + Society
menu|Science + Technology
menu|In French
menu|Podcasts
h1|Learning in isiXhosa: what a five-year mother-tongue experiment in Eastern Cape schools tells us
caption|Grade 6 learners in a classroom in Mthatha.
credit|Lulama Zenzile/Foto24/Gallo Images via Getty Images
byline|Nomvuyo Mbeki, Senior Lecturer in Language Education, Walter Sisulu University
dateline|Published: January 27, 2026 4:05pm SAST
dateline|Updated: January 28, 2026 9:12am SAST
share|Email
share|X (Twitter)
share|Bluesky
share|Facebook
share|LinkedIn
share|WhatsApp
share|Messenger
print|Print
p|In most South African schools, children learn in their home language for the first three years and then switch abruptly to English in grade 4. For the majority of learners, English is a second or third language. The switch coincides with a sharp drop in performance that researchers have documented for decades.
p|Since 2021, a group of schools in the Eastern Cape has been doing something different. Learners continued to be taught mathematics and natural sciences in isiXhosa, alongside English, up to the end of grade 6. I was part of the research team that followed them.
p|The first full cohort finished primary school at the end of 2025. Here is what we learned.
h2|Better maths results, no loss in English
p|We compared 1,800 learners in 24 pilot schools with a similar group in schools that followed the usual switch to English. The two groups came from similar communities and had performed the same in grade 3 tests.
p|By grade 6, the pilot learners scored on average 11 percentage points higher in mathematics assessments. In natural sciences, the gap was smaller but still significant.
p|Crucially, their English did not suffer. Their scores in English reading tests were statistically no different from those of learners taught only in English. Many parents had feared the opposite.
read-also|Read more: South African children can't read for meaning. Here's why the problem starts in grade 1
p|Teachers told us that learners asked more questions and explained their reasoning more freely. "Before, they would copy from the board and keep quiet," one grade 5 teacher in Mthatha said. "Now they argue with me about fractions. In isiXhosa, but they argue."
h2|The difficulties were practical
p|The programme was not without problems. The biggest was materials. Textbooks in isiXhosa for grades 4 to 6 had to be translated and, in many cases, rewritten, because simply translating English mathematical terms produced clumsy or confusing language.
p|Teachers also needed support. Many had themselves been taught mathematics only in English and were unsure of the terms. The project ran holiday workshops and created a shared glossary of more than 900 terms, which teachers continued to revise.
p|Assessments were another sticking point. Provincial common tests were still set in English, so pilot schools had to arrange translations at short notice.
h2|What should happen next
p|The Department of Basic Education has committed, in principle, to extending mother-tongue-based bilingual education to more grades and languages. Our findings support that direction, but they also show what it requires:
li|properly developed learning materials, not rushed translations;
li|sustained training for teachers, including in the academic register of African languages;
li|assessments that are available in the language of teaching.
p|Language policy in South Africa has often been debated as a question of identity. The Eastern Cape pilot suggests it is also, very concretely, a question of whether children understand what they are being taught.
correction|Correction: an earlier version of this article gave the number of pilot schools as 26. It was 24.
republish|Republish this article
republish|We believe in the free flow of information. Republish our articles for free, online or in print, under a Creative Commons licence.
disclaimer|Disclosure statement
disclaimer|Nomvuyo Mbeki receives funding from the National Research Foundation. She was a member of the evaluation team for the bilingual education pilot.
partner-list|Partners
partner-list|Walter Sisulu University provides support as a hosting partner of The Exchange AFRICA.
partner-list|View all partners
tags|South Africa
tags|Education
tags|Language
tags|Mother tongue
tags|Eastern Cape
tags|Mathematics
author-bio|Author
author-bio|Nomvuyo Mbeki
author-bio|Senior Lecturer in Language Education, Walter Sisulu University
author-link|Follow
author-link|Profile
author-link|Articles
donate|Before you go...
donate|Our editors work with African academics to bring you evidence, not opinion. If you value that, please consider a donation, big or small.
donate|Donate now
donate|Thandeka Mokoena
donate|Assistant Editor, The Exchange Africa
comments|Comments are closed on this article.
most-read|Most read
most-read|Kenya's new finance law explained in five charts
most-read|Why so many African start-ups relocate to Delaware
most-read|The cheetah's return to Malawi: a conservation story with a twist
related|You might also like
related|Why South Africa's schools still struggle to teach reading in African languages
related|Tanzania switched secondary schooling to Kiswahili? Not yet, and here's why
related|Multilingual classrooms are the norm in Africa. Teacher training hasn't caught up
write|Want to write?
write|Write an article and join a growing community of more than 220,000 academics and researchers from 5,200 institutions.
write|Register now
footer|Community standards
footer|Republishing guidelines
footer|Research and Expert Database
footer|Analytics
footer|Our feeds
footer|Who we are
footer|Our charter
footer|Our team
footer|Partners and funders
footer|Contact us
footer|Privacy policy
footer|Terms and conditions
footer|Corrections
copyright|Copyright © 2010–2026, The Exchange Africa
"""),
 dict(id="le-telegramme-national-style-1", site="le-telegramme-national-style", lang="fr", sep="\n", title="Grippe aviaire : le niveau de risque abaissé à « modéré » sur l'ensemble du territoire", date="2026-03-19", page="""
skip-link|Aller au contenu principal
skip-link|Aller au menu
cookie|Avec votre accord, nous et nos 214 partenaires utilisons des cookies ou technologies similaires pour stocker et accéder à des informations personnelles comme votre visite sur ce site.
cookie|Accepter et fermer
cookie|Continuer sans accepter
cookie|Personnaliser mes choix
menu|Menu
menu|Le Messager breton
subscribe|Je m'abonne
subscribe|1 € le premier mois
account|Se connecter
epaper|Journal numérique
menu|Choisir ma ville
menu|Bretagne
menu|France
menu|Monde
menu|Économie
menu|Sports
menu|Mer
menu|Loisirs
menu|Vidéos
menu|Avis de décès
menu|Jeux
search|Rechercher
breadcrumb|Accueil France Société
section-label|France
h1|Grippe aviaire : le niveau de risque abaissé à « modéré » sur l'ensemble du territoire
lead|Le ministère de l'Agriculture a annoncé, ce jeudi, l'abaissement du niveau de risque lié à l'influenza aviaire de « élevé » à « modéré ». Les volailles pourront de nouveau sortir en plein air à partir de samedi.
byline|Le Messager breton avec AFP
dateline|Publié le 19 mars 2026 à 12h34
dateline|Modifié le 19 mars 2026 à 15h08
reading-time|Lecture : 3 min.
listen|Écouter l'article
save|Ajouter à mes favoris
share|Partager l'article
gift|Offrir l'article
comments|Commenter
caption|Dans un élevage de poulets de plein air près de Loudéac (Côtes-d'Armor), en mars 2026.
credit|Photo Le Messager breton/Yann Le Goff
p|C'est une bonne nouvelle pour les éleveurs de volailles de plein air. Le ministère de l'Agriculture a annoncé ce jeudi 19 mars que le niveau de risque lié à l'influenza aviaire hautement pathogène était abaissé de « élevé » à « modéré » sur l'ensemble du territoire métropolitain, à compter de samedi.
p|Cette décision met fin à l'obligation de mise à l'abri des volailles, en vigueur depuis le mois d'octobre dans la plupart des départements. Les éleveurs pourront de nouveau laisser sortir leurs animaux dans les parcours extérieurs, sous réserve de respecter les mesures de biosécurité.
h2|Une vingtaine de foyers cet hiver
p|Selon le ministère, la situation sanitaire s'est nettement améliorée depuis le début du mois de février. Une vingtaine de foyers ont été détectés dans des élevages au cours de l'hiver, principalement dans le Sud-Ouest et en Vendée, contre plusieurs centaines lors des épizooties de 2021-2022.
p|Le ministère met ce recul sur le compte de la campagne de vaccination des canards, obligatoire depuis l'automne 2023 dans les élevages de plus de 250 animaux, et de la baisse de la circulation du virus dans la faune sauvage, constatée par les réseaux de surveillance.
read-also|À lire sur le sujet Grippe aviaire : les éleveurs bretons inquiets après la découverte d'un foyer en Loire-Atlantique
p|« C'est un soulagement. Nos poulets label rouge ont besoin de sortir, c'est dans le cahier des charges. Cinq mois à l'intérieur, c'est long pour les bêtes comme pour nous », réagit un éleveur installé dans le Morbihan, joint par téléphone.
ad|Publicité
h2|La vigilance reste de mise
p|Les autorités appellent toutefois à ne pas baisser la garde. Le ministère rappelle que les mesures de biosécurité restent obligatoires dans toutes les exploitations :
li|nettoyage et désinfection des véhicules et du matériel entrant dans l'élevage ;
li|limitation des visites extérieures et tenue d'un registre ;
li|protection des points d'eau et de l'alimentation contre les oiseaux sauvages ;
li|déclaration sans délai de toute mortalité anormale au vétérinaire.
p|Les particuliers qui détiennent des poules ou des canards dans leur jardin sont également concernés. Ils doivent se déclarer auprès de leur mairie et éviter tout contact entre leurs animaux et les oiseaux sauvages.
p|En Bretagne, première région productrice de volailles en France, les organisations professionnelles ont salué la décision tout en demandant que la campagne de vaccination soit étendue aux poulets et aux dindes, ce que le gouvernement n'a pas encore tranché.
signature|Le Messager breton avec AFP
paywall|Cet article vous a plu ? Soutenez une information de proximité en vous abonnant.
subscribe|Je m'abonne
tags|Grippe aviaire
tags|Agriculture
tags|Élevage
tags|Santé animale
comments|Réagir à cet article
comments|Les commentaires sont réservés aux abonnés. Déjà abonné ? Se connecter
teaser-list|Dans l'actualité France
teaser-list|Pesticides : le Conseil d'État suspend l'autorisation d'un herbicide
teaser-list|Il y a 34 min
teaser-list|Réforme du permis de conduire : ce qui change au 1er avril
teaser-list|Il y a 1 h
teaser-list|Assurance chômage : les syndicats quittent la table des négociations
teaser-list|Il y a 2 h
most-read|Les plus lus
most-read|1
most-read|Brest : un incendie dans un immeuble du quartier de Recouvrance, 12 personnes évacuées
most-read|2
most-read|Stade Brestois : le mercato d'hiver bouclé avec l'arrivée d'un défenseur
most-read|3
most-read|Quimper : la rue Kéréon bientôt piétonne toute l'année
obituary|Avis de décès
obituary|Consultez les avis de décès de votre commune
obituary|Rechercher un défunt
games|Jeux
games|Mots fléchés, sudoku, mots croisés : jouez chaque jour
app|Téléchargez l'application Le Messager breton
app|App Store Google Play
footer|Le Messager breton
footer|Nous contacter Qui sommes-nous ? Recrutement Publicité Petites annonces Immobilier Emploi
footer|Mentions légales CGU CGV Données personnelles Gestion des cookies Accessibilité : non conforme
network|Nos autres sites : Messager Immo, Messager Emploi, Bretagne Carnet, Mer & Ports
copyright|© Le Messager breton 2026
"""),
 dict(id="le-telegramme-national-style-2", site="le-telegramme-national-style", lang="fr", sep="\n", title="Brevet : le gouvernement confirme que l'examen conditionnera l'entrée en seconde dès juin 2026", date="2026-02-05", page="""
skip-link|Aller au contenu principal
skip-link|Aller au menu
cookie|Avec votre accord, nous et nos 214 partenaires utilisons des cookies ou technologies similaires pour stocker et accéder à des informations personnelles comme votre visite sur ce site.
cookie|Accepter et fermer
cookie|Continuer sans accepter
cookie|Personnaliser mes choix
menu|Menu
menu|Le Messager breton
subscribe|Je m'abonne
subscribe|1 € le premier mois
account|Se connecter
epaper|Journal numérique
menu|Choisir ma ville
menu|Bretagne
menu|France
menu|Monde
menu|Économie
menu|Sports
menu|Mer
menu|Loisirs
menu|Vidéos
menu|Avis de décès
menu|Jeux
search|Rechercher
breadcrumb|Accueil France Éducation
section-label|France
paywall|Article réservé aux abonnés
h1|Brevet : le gouvernement confirme que l'examen conditionnera l'entrée en seconde dès juin 2026
lead|La ministre de l'Éducation nationale a confirmé ce jeudi que l'obtention du diplôme national du brevet serait obligatoire pour passer au lycée à partir de cette année. Syndicats et fédérations de parents restent opposés à la mesure.
byline|Par Gwenaëlle Le Bihan
dateline|Publié le 5 février 2026 à 18h20
reading-time|Lecture : 4 min.
listen|Écouter l'article
save|Ajouter à mes favoris
share|Partager l'article
gift|Offrir l'article
comments|Commenter
video|Vidéo : Brevet, ce qui change pour les élèves de troisième
video|01:42
embed-blocked|Ce contenu est bloqué car vous n'avez pas accepté les cookies et autres traceurs. Cliquez sur « J'accepte » pour afficher le contenu.
embed-blocked|J'accepte
p|Il n'y aura pas de nouveau report. La ministre de l'Éducation nationale a confirmé, jeudi 5 février, que le diplôme national du brevet conditionnerait l'entrée en seconde dès la session de juin 2026. Les élèves de troisième qui échoueront à l'examen devront suivre une classe « prépa-seconde » avant de pouvoir rejoindre le lycée.
p|Annoncée en 2023 dans le cadre du « choc des savoirs », la mesure avait été repoussée à plusieurs reprises, au gré des changements de gouvernement. Un décret publié au Journal officiel ce jeudi en fixe désormais les modalités.
h2|Ce qui change pour les élèves
p|Le poids de l'examen final dans la note du brevet augmente. Les épreuves écrites de juin compteront désormais pour 60 % de la note, contre 40 % pour le contrôle continu, alors que les deux parts étaient jusqu'ici équivalentes.
p|Les élèves devront obtenir une moyenne de 10 sur 20 pour décrocher le diplôme. Une session de rattrapage sera organisée début juillet pour ceux dont la moyenne sera comprise entre 8 et 10.
read-also|À lire sur le sujet Réforme du collège : les groupes de niveau abandonnés en quatrième et en troisième
p|Les classes « prépa-seconde », expérimentées depuis la rentrée 2024 dans une centaine de lycées, seront généralisées. Elles proposeront un renforcement en français et en mathématiques, ainsi que des stages d'orientation.
ad|Publicité
h2|Une mesure toujours contestée
p|Les principaux syndicats d'enseignants dénoncent une « logique de tri » des élèves. « On va faire redoubler, sans le dire, des milliers d'adolescents, souvent ceux des familles les plus modestes », estime une responsable syndicale du second degré dans le Finistère.
p|La fédération de parents d'élèves la plus représentée demande, elle, que la mesure ne s'applique qu'aux élèves entrés en sixième après l'annonce de la réforme. « Les élèves de troisième de cette année n'ont pas été préparés à ces règles », fait-elle valoir dans un communiqué.
p|Du côté des chefs d'établissement, on s'inquiète surtout de la mise en œuvre. Dans l'académie de Rennes, le rectorat indique travailler à l'ouverture d'une quinzaine de classes prépa-seconde à la rentrée, sans pouvoir encore préciser leur implantation.
p|En 2025, le taux de réussite au brevet s'est établi à 85,6 % au niveau national. L'académie de Rennes figure traditionnellement parmi les meilleures, avec un taux supérieur à 90 %.
author-link|Gwenaëlle Le Bihan
author-link|Suivre cet auteur
tags|Éducation
tags|Brevet
tags|Collège
tags|Lycée
newsletter|Newsletter Éducation
newsletter|Chaque mercredi, l'actualité de l'école, du collège et du lycée en Bretagne
newsletter|Je m'inscris
comments|Réagir à cet article
comments|Les commentaires sont réservés aux abonnés. Déjà abonné ? Se connecter
teaser-list|Dans l'actualité France
teaser-list|Budget 2026 : le Sénat adopte la partie recettes
teaser-list|Il y a 12 min
teaser-list|Météo : vigilance orange aux vents violents sur trois départements bretons
teaser-list|Il y a 48 min
teaser-list|Brevet : le gouvernement confirme que l'examen conditionnera l'entrée en seconde dès juin 2026
teaser-list|Il y a 2 h
most-read|Les plus lus
most-read|1
most-read|Lorient : le chantier du pont du Bonhomme retardé jusqu'à l'été
most-read|2
most-read|Carhaix : le festival dévoile ses premiers noms pour 2026
most-read|3
most-read|Saint-Malo : un cargo en difficulté au large des Minquiers
sponsored|Contenus sponsorisés
sponsored|Voici combien coûte une pompe à chaleur en 2026 (c'est surprenant)
sponsored|Seniors : cette mutuelle rembourse jusqu'à 400 € vos lunettes
obituary|Avis de décès
obituary|Consultez les avis de décès de votre commune
obituary|Rechercher un défunt
app|Téléchargez l'application Le Messager breton
app|App Store Google Play
footer|Le Messager breton
footer|Nous contacter Qui sommes-nous ? Recrutement Publicité Petites annonces Immobilier Emploi
footer|Mentions légales CGU CGV Données personnelles Gestion des cookies Accessibilité : non conforme
network|Nos autres sites : Messager Immo, Messager Emploi, Bretagne Carnet, Mer & Ports
copyright|© Le Messager breton 2026
"""),
 dict(id="cameroon-journal-style-1", site="cameroon-journal-style", lang="en", sep="\n", title="Douala: Traders count losses after night fire guts 60 stalls at Marché Central", date="2026-02-09", page="""
timestamp|Monday, February 9, 2026
social|Facebook
social|Twitter
social|YouTube
social|Instagram
lang-switch|Version Française
menu|Cameroon Daily Journal
menu|News you can trust from Yaoundé, Douala and beyond
menu|Home
menu|Cameroon
menu|Politics
menu|Economy
menu|Society
menu|Anglophone Crisis
menu|Sports
menu|Africa
menu|Opinion
menu|Contact Us
search|Search for:
breaking|BREAKING NEWS
breaking|Yaoundé: Parliament opens extraordinary session on electoral code reform
breaking|Indomitable Lions: Coach names 26-man squad for March friendlies
ad|ADVERTISEMENT
ad|Send money home for FREE this month. Zero fees on all transfers to Cameroon. T&Cs apply.
breadcrumb|Home » Cameroon » Society
section-label|Headlines
section-label|Society
h1|Douala: Traders count losses after night fire guts 60 stalls at Marché Central
byline|by Carine Ewane
dateline|February 9, 2026
comments|0 Comments
views|1,482 Views
reading-time|3 min read
share|Share on Facebook
share|Share on Twitter
share|WhatsApp
share|Telegram
share|Email
caption|Firefighters battle the blaze at Marché Central in Douala in the early hours of Sunday.
credit|Photo: CDJ/Archives
p|Traders at Douala's Marché Central are counting their losses after a fire broke out in the early hours of Sunday, February 8, destroying about 60 stalls in the section reserved for textiles and household goods.
p|According to the Littoral regional fire brigade, the alarm was raised at about 2:30 a.m. by night guards who saw smoke coming from a row of wooden stalls. Firefighters arrived about 40 minutes later and brought the blaze under control shortly after dawn. No deaths were reported, but two guards were treated for smoke inhalation at Laquintinie Hospital.
p|By Sunday morning, dozens of traders stood in front of what remained of their businesses, sifting through ash and melted plastic. Some wept openly.
p|"Everything is gone. I had just restocked for the school term: uniforms, bags, shoes. More than four million francs of goods," said Mami Grace Ngwa, who has sold children's clothing in the market for twelve years. "I took a loan from my njangi. How will I pay?"
ad|ADVERTISEMENT
read-also|READ ALSO: Yaoundé: Mokolo market traders protest against relocation plan
h2|Electrical fault suspected
p|The cause of the fire has not been officially established. Firefighters at the scene pointed to a possible electrical fault, noting that many stalls were connected through illegal and overloaded wiring.
p|The Government Delegate to the Douala City Council, who visited the site on Sunday afternoon, announced that an investigation had been opened. He said the council would work with traders' unions to draw up a list of victims.
p|"We are touched by the plight of these traders. The council will do what it can to support them, but we must also face the truth: the anarchic connections in this market are a danger to everybody," he told reporters.
h2|Recurrent fires
p|It is not the first time that Marché Central has gone up in flames. Fires were recorded in the same market in 2019 and 2023, and traders' representatives say the council has failed to carry out promised safety works, including:
li|the installation of fire hydrants within the market;
li|the clearing of access lanes blocked by extensions and makeshift sheds;
li|the replacement of the market's old electrical network.
p|A representative of one traders' union, who asked not to be named, accused the authorities of "collecting market fees every day without giving anything back." He said traders would meet on Tuesday to decide on next steps.
p|Meanwhile, the Ministry of Trade has called on traders to remain calm and to avoid any price speculation on textiles and household goods in the coming weeks.
signature|Carine Ewane, in Douala
tags|TAGS
tags|Douala
tags|Fire
tags|Littoral
tags|Marché Central
tags|Traders
share|Share this:
share|Facebook
share|X
share|WhatsApp
like|Like this:
like|Like Loading...
nav|Previous article
nav|Bamenda: Two soldiers wounded in separatist ambush along Bafut road
nav|Next article
nav|Cameroon: Cocoa farmers in Centre region hail record farm-gate prices
author-bio|Carine Ewane
author-bio|Carine Ewane is a Douala-based reporter for Cameroon Daily Journal covering urban affairs and business.
related|RELATED ARTICLES
related|MORE FROM AUTHOR
related|Douala: Council begins demolition of illegal structures in Akwa
related|Limbe: Fishermen decry rising cost of fuel
related|Cameroon: Prices of cement rise again in Douala hardware shops
comments|Leave a Reply
comments|Cancel reply
comments|Your email address will not be published. Required fields are marked *
comments|Comment *
comments|Name *
comments|Email *
comments|Website
comments|Save my name, email, and website in this browser for the next time I comment.
comments|Post Comment
most-read|MOST POPULAR
most-read|Cameroon: Government announces recruitment of 3,000 teachers
most-read|Buea: University of Buea releases 2026 admission list
most-read|Indomitable Lions: Three uncapped players in new squad
teaser-list|LATEST NEWS
teaser-list|Yaoundé: Taxi drivers call off strike after talks with ministry
teaser-list|February 9, 2026
teaser-list|Kribi: Port records 12% rise in container traffic
teaser-list|February 8, 2026
ad|ADVERTISEMENT
footer|ABOUT US
footer|Cameroon Daily Journal is an independent online news platform providing breaking news, analysis and opinion on Cameroon and Africa.
footer|Contact us: editor@cameroondailyjournal.cm
footer|FOLLOW US
footer|Privacy Policy Terms of Use Advertise With Us Contact
copyright|© 2026 Cameroon Daily Journal - All Rights Reserved.
back-to-top|Back to top button
"""),
 dict(id="cameroon-journal-style-2", site="cameroon-journal-style", lang="en", sep="\n", title="Cameroon: Power cuts to intensify in Centre and South as Lom Pangar reservoir hits record low", date="2026-03-16", page="""
timestamp|Monday, March 16, 2026
social|Facebook
social|Twitter
social|YouTube
social|Instagram
lang-switch|Version Française
menu|Cameroon Daily Journal
menu|News you can trust from Yaoundé, Douala and beyond
menu|Home
menu|Cameroon
menu|Politics
menu|Economy
menu|Society
menu|Anglophone Crisis
menu|Sports
menu|Africa
menu|Opinion
menu|Contact Us
search|Search for:
breaking|BREAKING NEWS
breaking|CAF Champions League: Coton Sport bow out in quarter-finals
breaking|Ngaoundéré: Gunmen abduct four travellers on Garoua road
breadcrumb|Home » Cameroon » Economy
section-label|Economy
h1|Cameroon: Power cuts to intensify in Centre and South as Lom Pangar reservoir hits record low
byline|by Cameroon Daily Journal
dateline|March 16, 2026
dateline|Last Updated: March 16, 2026 4:27 pm
comments|2 Comments
views|2,905 Views
reading-time|3 min read
share|Share on Facebook
share|Share on Twitter
share|WhatsApp
share|Telegram
share|Email
p|Households and businesses in the Centre and South regions should brace for longer power cuts in the coming weeks, the country's electricity distributor announced on Sunday, citing an unusually low water level at the Lom Pangar reservoir in the East region.
p|In a statement read on state radio, the company said the reservoir, which regulates the flow of the Sanaga River to the country's main hydroelectric dams, had fallen to its lowest level since it was commissioned, after a late and weak rainy season in the East.
p|As a result, the company said it would apply a rotational load-shedding programme in Yaoundé, Mbalmayo, Ebolowa and surrounding localities from Wednesday, March 18 until further notice.
ad|ADVERTISEMENT
ad|Generators in stock: 5 kVA to 100 kVA. Delivery in Douala and Yaoundé. Call 6 99 00 00 00
h2|Up to eight hours a day
p|According to the programme published by the company, each neighbourhood will experience cuts of four to eight hours a day, on a rotating basis. The timetable for each quarter will be posted on the company's website and social media pages, and sent by SMS to prepaid customers.
p|The company said hospitals, water treatment plants and some essential public services would be spared "as far as technically possible."
p|The announcement drew angry reactions in Yaoundé, where residents of several neighbourhoods say they have already gone without power for long hours in recent weeks without any warning.
p|"They are only now telling us? We have been in darkness since February," said Emmanuel Fouda, who runs a welding workshop in Mvog-Ada. "I have workers to pay. Without current, I do nothing all day."
read-also|READ ALSO: Cameroon: Nachtigal dam reaches full capacity, government says
h2|Government promises relief
p|The Minister of Water Resources and Energy, speaking to reporters on Monday, said the situation was "temporary and linked to climatic conditions." He said the government had instructed the company to speed up the repair of two thermal power plants in Yaoundé, which could add about 60 megawatts to the network by the end of April.
p|The minister also called on consumers to save energy, especially during peak hours between 6 p.m. and 10 p.m., by switching off air conditioners and unnecessary lighting.
p|Small business owners say the measures do not go far enough. A federation of small and medium-sized enterprises has asked the government to suspend certain taxes for businesses that can prove heavy losses due to power cuts.
p|Energy experts have long warned that Cameroon's heavy reliance on hydropower makes the grid vulnerable to dry years. Hydroelectric dams supply more than 70 percent of the electricity on the southern interconnected grid.
signature|CDJ with agencies
tags|TAGS
tags|Electricity
tags|Load shedding
tags|Lom Pangar
tags|Yaoundé
share|Share this:
share|Facebook
share|X
share|WhatsApp
like|Like this:
like|Like Loading...
nav|Previous article
nav|Cameroon: Bakassi fishermen accuse Nigerian gendarmes of extortion
nav|Next article
nav|Garoua: Coton Sport supporters welcome team at airport despite defeat
related|RELATED ARTICLES
related|MORE FROM AUTHOR
related|Cameroon: Price of cooking gas rises to FCFA 7,000 in some towns
related|Yaoundé: Water shortages hit several neighbourhoods as dry season persists
related|Cameroon: Government to build three new solar plants in the North
comments|2 thoughts on “Cameroon: Power cuts to intensify in Centre and South as Lom Pangar reservoir hits record low”
comments|Ngoh Peter
comments|March 16, 2026 at 11:52 am
comments|Every year the same story. When will this country have enough power?
comments|Reply
comments|Anita B.
comments|March 16, 2026 at 2:08 pm
comments|In Ebolowa we have not had light since Friday. Nobody told us anything.
comments|Reply to Anita B.
comments|Leave a Reply
comments|Cancel reply
comments|Your email address will not be published. Required fields are marked *
comments|Post Comment
most-read|MOST POPULAR
most-read|Cameroon: Government announces recruitment of 3,000 teachers
most-read|Yaoundé: Police dismantle gang of phone thieves in Biyem-Assi
most-read|Indomitable Lions: Three uncapped players in new squad
teaser-list|LATEST NEWS
teaser-list|Bafoussam: Traders protest new council market tolls
teaser-list|March 16, 2026
teaser-list|Cameroon: Senate adopts bill on digital identity
teaser-list|March 15, 2026
whatsapp|Join our WhatsApp channel for breaking news alerts
whatsapp|Follow
footer|ABOUT US
footer|Cameroon Daily Journal is an independent online news platform providing breaking news, analysis and opinion on Cameroon and Africa.
footer|Contact us: editor@cameroondailyjournal.cm
footer|FOLLOW US
footer|Privacy Policy Terms of Use Advertise With Us Contact
copyright|© 2026 Cameroon Daily Journal - All Rights Reserved.
back-to-top|Back to top button
"""),
]
