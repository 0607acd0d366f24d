# Round 83: eight pages on four more layouts (a French Catholic daily, a US cable network's international site, a
# Senegalese state daily's new portal, a South African tabloid-leaning daily), written blind: without looking at the
# classifier, its rules or the benchmark, measured once. Each line: "label|text". Invented text; no real article is
# copied.
ROUND83 = [
 dict(id="la-croix-style-1", site="la-croix-style", lang="fr", sep="\n", title="Pâques 2026 : plus de 13 000 adultes seront baptisés, un record", date="2026-03-31", page="""
skip-link|Aller au contenu principal
skip-link|Aller à la navigation
menu|Menu
menu|L'Espérance
search|Rechercher
account|Se connecter
subscribe|S'abonner
subscribe|1 € le premier mois
menu|France
menu|Monde
menu|Religion
menu|Économie
menu|Culture
menu|Sciences & éthique
menu|Débats
menu|Famille
menu|Vivre sa foi
liturgy|Évangile du jour : Jean 13, 21-33.36-38
liturgy|Saint Benjamin
liturgy|Prier avec L'Espérance ›
breadcrumb|Accueil › Religion › Catholicisme
paywall|Article réservé aux abonnés
section-label|Récit
h1|Pâques 2026 : plus de 13 000 adultes seront baptisés, un record
lead|Pour la troisième année consécutive, le nombre de catéchumènes adultes progresse fortement en France. La hausse est portée par les 18-25 ans et touche désormais aussi les diocèses ruraux.
byline|Mathilde Cordier
dateline|le 31/03/2026 à 06:00
dateline|Modifié le 31/03/2026 à 11:24
reading-time|Lecture en 4 min.
save|Lire plus tard
gift|Offrir cet article
share|Partager
listen|Écouter cet article
listen|00:00 / 05:41
caption|Lors de la veillée pascale 2025 en la cathédrale Saint-Jean de Lyon, un catéchumène reçoit le baptême.
credit|Paul Vernier/Ciric
section-label|L'essentiel
li|13 348 adultes recevront le baptême lors de la veillée pascale, contre 10 384 en 2025.
li|Les 18-25 ans représentent désormais 44 % des catéchumènes.
li|Plus de 9 000 adolescents de 11 à 17 ans seront également baptisés dans l'année.
p|Ils seront 13 348. Dans la nuit du samedi 4 au dimanche 5 avril, lors de la veillée pascale, plus de 13 000 adultes recevront le baptême dans les églises et cathédrales de France. Un chiffre jamais atteint depuis que la Conférence des évêques de France a commencé à recenser les catéchumènes, il y a une vingtaine d'années.
p|La hausse, de près de 30 % sur un an, prolonge un mouvement amorcé en 2024 et confirmé l'an dernier, lorsque la barre symbolique des 10 000 avait été franchie pour la première fois. « Nous pensions à un rebond ponctuel, nous constatons une tendance de fond », reconnaît le P. Olivier Marchand, responsable du service national de la catéchèse et du catéchuménat.
read-also|Lire aussi : Catéchuménat : « Ces adultes nous obligent à revoir notre façon d'accueillir »
ad|Publicité
h2|Une majorité de jeunes adultes
p|Le profil des nouveaux baptisés continue d'évoluer. Les 18-25 ans représentent désormais 44 % des catéchumènes, contre 36 % il y a deux ans. Les femmes restent majoritaires, mais la part des hommes progresse, à 41 %.
p|Beaucoup disent n'avoir reçu aucune éducation religieuse. « Mes parents étaient indifférents, pas hostiles », raconte Inès, 22 ans, étudiante en soins infirmiers à Rennes, qui sera baptisée samedi. « J'ai poussé la porte d'une église pendant le confinement, sans savoir pourquoi. J'y suis revenue. »
p|Les accompagnateurs évoquent aussi le rôle des réseaux sociaux, où de jeunes catholiques partagent leur vie de prière, et celui des grands rassemblements, comme les Journées mondiales de la jeunesse de Lisbonne en 2023 ou la réouverture de Notre-Dame de Paris fin 2024.
newsletter|Religion
newsletter|Chaque vendredi, l'actualité de l'Église et des religions décryptée par la rédaction.
newsletter|Votre adresse e-mail
newsletter|Je m'inscris
h2|Les diocèses ruraux aussi concernés
p|Longtemps concentrée dans les grandes métropoles, la hausse gagne désormais des diocèses moins peuplés. Dans le diocèse de Langres, une quarantaine d'adultes seront baptisés cette année, contre une douzaine en 2023. Le diocèse de Tulle a dû organiser deux appels décisifs au lieu d'un seul.
p|Cet afflux n'est pas sans poser de difficultés. Le parcours dure en principe deux ans, et les paroisses manquent souvent d'accompagnateurs formés. « On fait appel à des couples, à des retraités, à des jeunes professionnels. Tout le monde met la main à la pâte », explique Claire Dumont, laïque en mission ecclésiale dans le diocèse de Nantes.
p|Plusieurs évêques insistent également sur l'après-baptême. Selon une enquête menée l'an dernier auprès de néophytes, près d'un sur trois disait ne plus fréquenter régulièrement sa paroisse un an après la célébration. « Le baptême n'est pas une ligne d'arrivée », rappelle le P. Marchand.
p|Les évêques de France doivent consacrer une partie de leur assemblée plénière de printemps, à Lourdes, à cette question de l'accueil des nouveaux fidèles.
tags|Baptême
tags|Catéchuménat
tags|Pâques
tags|Église catholique
related|Pour aller plus loin
related|Semaine sainte : les horaires des offices dans les cathédrales de France
related|« J'ai été baptisé à 34 ans » : cinq néophytes racontent leur première année
related|Confirmation des adultes : les demandes en forte hausse
comments|Réagir
comments|3 commentaires
comments|Vous devez être abonné pour réagir à cet article. Je m'abonne
most-read|Les plus lus
most-read|1 Fin de vie : le Sénat adopte un texte profondément remanié
most-read|2 Léon XIV annonce un voyage en Amérique latine pour l'automne
most-read|3 Semaine sainte : ce que l'on célèbre chaque jour
network|À découvrir sur Croire
network|Neuvaine de la Miséricorde : prier du Vendredi saint au dimanche suivant
epaper|Le journal du 31 mars 2026
epaper|Feuilleter le journal
epaper|Télécharger le PDF
app|Téléchargez l'application L'Espérance
footer|L'Espérance
footer|Quotidien chrétien d'information fondé en 1883
footer|Qui sommes-nous ?
footer|Charte éditoriale
footer|Nous contacter
footer|Annoncer dans L'Espérance
footer|Mentions légales
footer|Conditions générales d'utilisation
cookie|Paramétrer les cookies
copyright|© L'Espérance - Groupe Saint-Paul Presse 2026
"""),
 dict(id="la-croix-style-2", site="la-croix-style", lang="fr", sep="\n", title="Fin de vie : « Les soins palliatifs ne peuvent pas être la variable d'ajustement »", date="2026-01-22", page="""
skip-link|Aller au contenu principal
skip-link|Aller à la navigation
menu|Menu
menu|L'Espérance
search|Rechercher
account|Se connecter
subscribe|S'abonner
subscribe|1 € le premier mois
menu|France
menu|Monde
menu|Religion
menu|Économie
menu|Culture
menu|Sciences & éthique
menu|Débats
menu|Famille
menu|Vivre sa foi
liturgy|Évangile du jour : Marc 3, 7-12
liturgy|Saint Vincent, diacre et martyr
liturgy|Prier avec L'Espérance ›
breadcrumb|Accueil › Sciences & éthique › Fin de vie
paywall|Article réservé aux abonnés
section-label|Entretien
h1|Fin de vie : « Les soins palliatifs ne peuvent pas être la variable d'ajustement »
lead|Alors que le Sénat examine à partir de lundi la proposition de loi sur l'aide à mourir, la docteure Hélène Vasseur, cheffe d'une unité de soins palliatifs à Angers, s'inquiète du retard pris par la loi de programmation promise aux soignants.
byline|Recueilli par Antoine Lefebvre
dateline|le 22/01/2026 à 17:30
reading-time|Lecture en 5 min.
save|Lire plus tard
gift|Offrir cet article
share|Partager
listen|Écouter cet article
listen|00:00 / 06:58
caption|« Dans mon département, des patients attendent plus de trois semaines une place en unité », alerte Hélène Vasseur.
credit|Laurent Guichard pour L'Espérance
h2|L'Espérance : Le Sénat s'apprête à débattre de l'aide à mourir. Dans quel état d'esprit êtes-vous ?
p|Hélène Vasseur : Dans un état de fatigue, je dois l'avouer. Cela fait plus de deux ans que notre pays débat de la fin de vie, et pendant ce temps, sur le terrain, rien n'a vraiment changé. On nous avait promis que les deux textes avanceraient ensemble : d'un côté l'aide à mourir, de l'autre le renforcement des soins d'accompagnement. Le premier occupe toute la place dans le débat public. Le second attend.
h2|La stratégie décennale présentée en 2024 prévoyait pourtant 1,1 milliard d'euros supplémentaires…
p|Sur dix ans. Et une partie de ces crédits n'a pas été fléchée dans les budgets successifs. Aujourd'hui, une vingtaine de départements n'ont toujours aucune unité de soins palliatifs. Dans le mien, des patients attendent plus de trois semaines une place. Certains meurent avant de l'obtenir.
p|Je ne dis pas cela pour opposer les uns aux autres. Je dis simplement qu'on ne peut pas parler de liberté de choix quand l'une des deux options n'existe pas pour une partie des Français.
read-also|Lire aussi : Aide à mourir : ce que contient le texte transmis au Sénat
ad|Publicité
h2|Que redoutez-vous concrètement ?
p|Que des personnes demandent à mourir parce qu'elles ne sont pas soulagées. Dans mon expérience, la demande de mort est rarement une demande figée. Quand la douleur est prise en charge, quand la famille est entourée, quand le patient se sent encore considéré, cette demande s'apaise très souvent.
p|Je pense à un homme d'une soixantaine d'années, atteint d'un cancer du pancréas, arrivé chez nous après dix jours aux urgences. Le premier soir, il nous a dit vouloir « en finir ». Trois semaines plus tard, il fêtait l'anniversaire de sa petite-fille dans notre salle des familles.
p|« On ne peut pas parler de liberté de choix quand l'une des deux options n'existe pas. »
h2|Les sénateurs envisagent de réécrire largement le texte. Qu'attendez-vous d'eux ?
p|Trois choses. D'abord que la loi de programmation sur les soins d'accompagnement soit votée avant tout autre texte, avec des montants inscrits noir sur blanc. Ensuite que les soignants qui ne souhaitent pas participer à une aide à mourir soient protégés, y compris collectivement, dans les établissements. Enfin que l'on prenne le temps d'écouter ceux qui accompagnent les mourants au quotidien : les aides-soignantes, les infirmières, les bénévoles.
h2|Êtes-vous opposée par principe à toute évolution de la loi ?
p|Mes convictions personnelles importent peu ici. Ce que je constate, c'est que la loi Claeys-Leonetti de 2016 n'est pas encore appliquée partout. La sédation profonde et continue reste mal connue, y compris des médecins. Avant d'ouvrir un nouveau droit, assurons-nous que celui qui existe est effectif.
box-label|Repères
box|Le texte en débat
box|Adoptée en première lecture à l'Assemblée nationale en mai 2025, la proposition de loi crée une « aide à mourir » encadrée par cinq conditions cumulatives.
box|Un second texte, consensuel, porte sur les soins palliatifs et d'accompagnement.
tags|Fin de vie
tags|Soins palliatifs
tags|Sénat
tags|Bioéthique
related|Pour aller plus loin
related|Aide à mourir : les évêques appellent à « ne pas se résigner »
related|Dans une unité de soins palliatifs de l'Aveyron, « on fait de la vie jusqu'au bout »
related|Fin de vie : ce que pensent vraiment les Français, selon un sondage
comments|Réagir
comments|12 commentaires
comments|Vous devez être abonné pour réagir à cet article. Je m'abonne
most-read|Les plus lus
most-read|1 Jubilé : le bilan de l'année sainte en cinq chiffres
most-read|2 Mgr Durand nommé archevêque de Bordeaux
most-read|3 Grand froid : les accueils de jour saturés en Île-de-France
network|À découvrir sur Croire
network|Prière pour les malades : textes et intentions
epaper|Le journal du 22 janvier 2026
epaper|Feuilleter le journal
epaper|Télécharger le PDF
app|Téléchargez l'application L'Espérance
footer|L'Espérance
footer|Quotidien chrétien d'information fondé en 1883
footer|Qui sommes-nous ?
footer|Charte éditoriale
footer|Nous contacter
footer|Annoncer dans L'Espérance
footer|Mentions légales
footer|Conditions générales d'utilisation
cookie|Paramétrer les cookies
copyright|© L'Espérance - Groupe Saint-Paul Presse 2026
"""),
 dict(id="cnn-international-style-1", site="cnn-international-style", lang="en", sep="\n", title="Thousands evacuated as Indonesian volcano erupts again, grounding flights to Bali", date="2026-02-17", page="""
skip-link|Skip to main content
menu|Open menu
lang-switch|Edition
lang-switch|International
lang-switch|US
lang-switch|Arabic
lang-switch|Español
menu|WNN
menu|World
menu|Politics
menu|Business
menu|Health
menu|Entertainment
menu|Style
menu|Travel
menu|Sports
menu|Science
menu|Climate
menu|Weather
menu|Ukraine-Russia War
menu|Israel-Hamas War
watch|Watch
listen|Listen
watch|Live TV
subscribe|Subscribe
account|Sign in
search|Search
ad|Ad Feedback
section-label|Asia
h1|Thousands evacuated as Indonesian volcano erupts again, grounding flights to Bali
byline|By Hannah Okafor and Rizky Hartono, WNN
reading-time|4 min read
dateline|Updated 6:42 AM EST, Tue February 17, 2026
share|Link Copied!
video|Video Ad Feedback
video|Drone footage shows ash column rising over Flores
video|01:12 - Source: WNN
video|Now playing
caption|Mount Lewotobi Laki-laki spews volcanic ash during an eruption seen from Titehena, East Flores, on February 17, 2026.
credit|Aditya Pratama/AFP/Getty Images
dateline|Jakarta, Indonesia WNN —
p|More than 11,000 people have been evacuated from villages on the Indonesian island of Flores after Mount Lewotobi Laki-laki erupted for the third time in a month, sending a column of ash nearly 10 kilometers (6 miles) into the sky and forcing the cancellation of dozens of flights to and from the holiday island of Bali.
p|The eruption began shortly before 2 a.m. local time on Tuesday and continued in bursts for several hours, according to Indonesia's Center for Volcanology and Geological Hazard Mitigation, which raised the alert status to its highest level.
p|Authorities widened the exclusion zone around the crater to 8 kilometers, and residents of at least 14 villages were moved to temporary shelters in schools, churches and government buildings in the Wulanggitang and Ile Bura districts.
p|"We heard the rumbling first, then the rain of small stones on the roofs," said Maria Goreti, a 46-year-old farmer who fled with her three children to a shelter in the town of Boru. "We did not take anything. We just ran."
p|No casualties had been reported by Tuesday afternoon, the national disaster agency said. In November 2024, an eruption of the same volcano killed at least nine people and destroyed hundreds of homes.
related|Related article
related|Why Indonesia has so many volcanoes - and why millions live next to them
ad|Ad Feedback
h2|Travel chaos at the height of the season
p|The ash cloud drifted west overnight, prompting the closure of Komodo Airport in Labuan Bajo and disrupting traffic at Bali's I Gusti Ngurah Rai International Airport, one of Southeast Asia's busiest tourist gateways.
p|At least 62 domestic and international flights were canceled on Tuesday, including services operated by Jetstar, Virgin Australia and Indonesian carriers, according to the airport operator. Airlines said they would continue to monitor the situation and advised passengers to check flight status before traveling to the airport.
p|Australian tourists stranded in Bali described long queues at airline counters. "We were meant to be home for work tomorrow," said Jess Whitfield, from Perth. "Nobody can tell us when we're getting out."
p|Indonesia sits on the Pacific "Ring of Fire," an arc of volcanoes and fault lines encircling the Pacific Basin, and has around 120 active volcanoes. Lewotobi Laki-laki, a 1,584-meter (5,197-foot) peak, is one of a pair of volcanoes whose names mean "man" and "woman" in the local language.
p|Volcanologists warned that further eruptions were likely in the coming days and urged residents not to return to their homes inside the exclusion zone, where heavy rain could trigger cold lava flows known as lahars.
signature|WNN's Ana Putri contributed reporting.
ad|Ad Feedback
sponsored|Paid Partner Content
sponsored|The one travel card frequent flyers in Asia swear by
sponsored|Sponsored by TravelPoint
sponsored|Doctors stunned: simple morning habit helps ease joint pain
sponsored|Sponsored by Health Daily Tips
sponsored|These resorts are redefining luxury in Southeast Asia
sponsored|Sponsored by Escape Journal
teaser-list|More from WNN
teaser-list|Japan issues evacuation orders as powerful typhoon nears Okinawa
teaser-list|Philippines says Chinese vessel fired water cannon at supply boat
teaser-list|Sinking city: How Jakarta is racing to save its northern coast
video|Top videos
video|See all videos
video|Aerial view shows scale of Bangkok floods
video|00:58
video|Hong Kong's last neon sign makers race against time
video|03:24
search|Search WNN...
account|Log In
account|My Account
account|Settings
account|Newsletters
account|Topics you follow
account|Sign out
footer|Your WNN account
footer|Log in to your WNN account
watch|Live TV
listen|Listen
watch|Watch
footer|World Politics Business Health Entertainment Style Travel Sports Science Climate Weather
social|Follow WNN
social|Facebook
social|Instagram
social|X
social|YouTube
footer|Terms of Use
footer|Privacy Policy
cookie|Cookie Settings
footer|Ad Choices
footer|Accessibility & CC
footer|About
footer|Subscribe
footer|Newsletters
footer|Transcripts
footer|Help Center
copyright|© 2026 World News Network. A Meridian Media Company. All Rights Reserved.
copyright|WNN Sans ™ & © 2016 World News Network.
"""),
 dict(id="cnn-international-style-2", site="cnn-international-style", lang="en", sep="\n", title="Antarctic sea ice shrinks to record February low, alarming scientists", date="2026-03-03", page="""
skip-link|Skip to main content
menu|Open menu
lang-switch|Edition
lang-switch|International
lang-switch|US
lang-switch|Arabic
lang-switch|Español
menu|WNN
menu|World
menu|Politics
menu|Business
menu|Health
menu|Entertainment
menu|Style
menu|Travel
menu|Sports
menu|Science
menu|Climate
menu|Weather
menu|Ukraine-Russia War
menu|Israel-Hamas War
watch|Watch
listen|Listen
watch|Live TV
subscribe|Subscribe
account|Sign in
search|Search
ticker|Markets
ticker|DOW 44,918.22 +0.38%
ticker|S&P 500 6,211.07 +0.21%
ticker|NASDAQ 20,364.51 -0.12%
ticker|Fear & Greed Index 58 Greed
ad|Ad Feedback
section-label|Climate
h1|Antarctic sea ice shrinks to record February low, alarming scientists
byline|By Laura Brennan, WNN
reading-time|5 min read
dateline|Published 10:04 AM EST, Tue March 3, 2026
share|Link Copied!
caption|An iceberg floats in the Bellingshausen Sea near the Antarctic Peninsula in January 2026.
credit|Marco Ferreira/Reuters
dateline|WNN —
p|The ring of sea ice surrounding Antarctica shrank to its smallest February extent since satellite records began nearly five decades ago, US scientists said Tuesday, deepening concern that the frozen continent's ocean has entered a new and less stable state.
p|Antarctic sea ice covered about 1.72 million square kilometers (664,000 square miles) at its seasonal low point on February 21, according to preliminary data from the National Snow and Ice Data Center in Boulder, Colorado. That is below the previous record set in 2023 and roughly 1.1 million square kilometers below the 1981-2010 average.
p|"Ten years ago, we would have called a single year like this an outlier," said Dr. Kavita Menon, a sea ice researcher at the center. "Now we have four of the five lowest minimums in the record in the last five years. That starts to look like a pattern."
newsletter|Sign up for WNN's Life, But Greener newsletter. Our limited newsletter series guides you on how to minimize your personal role in the climate crisis - and reduce your eco-anxiety.
chart|Antarctic sea ice extent at its annual minimum, 1979-2026
chart|Million square kilometers
chart|Source: National Snow and Ice Data Center
credit|Graphic: Rosa Lindholm, WNN
h2|Warm water from below
p|For most of the satellite era, Antarctic sea ice defied the trend seen in the Arctic, holding steady or even growing slightly while the ice at the top of the world melted away. That changed abruptly in 2016, and the ice has not recovered since.
p|Scientists are still debating the causes, but several lines of evidence point to the ocean. Researchers say warmer, saltier water from the depths of the Southern Ocean is mixing upward, melting ice from below and making it harder for new ice to form in winter.
p|Shifting winds around the continent, linked in part to the ozone hole and to rising greenhouse gas emissions, also play a role, pushing ice northward into warmer waters where it melts.
related|Related article
related|Scientists drilled into the 'Doomsday Glacier.' What they found is alarming
p|The consequences reach well beyond the Antarctic. Scientists say less sea ice means:
li|more dark ocean exposed to sunlight, which absorbs heat rather than reflecting it back into space;
li|more exposure of ice shelves to waves and storms, which can speed their breakup and the flow of glaciers into the sea;
li|the loss of breeding platforms for emperor penguins, several colonies of which have suffered near-total chick losses in recent years.
ad|Ad Feedback
h2|'We need more eyes on the ice'
p|Researchers also warn that monitoring is under strain. Several of the satellites used to track polar ice are nearing the end of their planned lifespans, and budget cuts have reduced the number of research voyages to the region.
p|"We are watching one of the biggest changes on the planet with fewer tools than we had a decade ago," said Menon. "That should worry everyone, not just polar scientists."
p|The center said it would publish a full analysis of the 2025-26 melt season in April, once the data had been reprocessed.
update-note|This story has been updated with additional information.
ad|Ad Feedback
sponsored|Paid Partner Content
sponsored|Retirees are ditching their old savings accounts for this
sponsored|Sponsored by SmartSaver
sponsored|The 2026 hybrid SUVs with the best resale value
sponsored|Sponsored by AutoGuide
teaser-list|More from WNN
teaser-list|Earth just had its third-hottest January on record
teaser-list|A 'heat dome' is baking Argentina. Here's what that means
teaser-list|Greenland's ice sheet lost less mass last year - but scientists aren't celebrating
most-read|Most read
most-read|Passenger jet skids off runway in heavy snow; all 148 aboard safe
most-read|Opinion: The real reason your grocery bill won't come down
most-read|Scientists find 'lost' Roman road under Spanish farmland
video|Top videos
video|See all videos
video|Watch emperor penguin chicks take their first swim
video|01:47
search|Search WNN...
account|Log In
account|My Account
account|Settings
account|Newsletters
account|Topics you follow
account|Sign out
footer|Your WNN account
footer|Log in to your WNN account
watch|Live TV
listen|Listen
watch|Watch
footer|World Politics Business Health Entertainment Style Travel Sports Science Climate Weather
social|Follow WNN
social|Facebook
social|Instagram
social|X
social|YouTube
footer|Terms of Use
footer|Privacy Policy
cookie|Cookie Settings
footer|Ad Choices
footer|Accessibility & CC
footer|About
footer|Subscribe
footer|Newsletters
footer|Transcripts
footer|Help Center
copyright|© 2026 World News Network. A Meridian Media Company. All Rights Reserved.
copyright|WNN Sans ™ & © 2016 World News Network.
"""),
 dict(id="lesoleil-sn-portal-style-1", site="lesoleil-sn-portal-style", lang="fr", sep="\n", title="Campagne arachidière : la Sonacos franchit la barre des 250 000 tonnes collectées", date="2026-02-19", page="""
timestamp|Jeudi 19 février 2026
weather|Dakar 27°C
ticker|Ramadan 1447 - Dakar : Ndogou 19h13 - Kheud 05h52
social|Facebook X YouTube Instagram TikTok LinkedIn
epaper|Édition numérique
subscribe|S'abonner
account|Connexion
menu|L'AURORE
menu|Quotidien national d'information - Depuis 1970
breaking|FLASH INFO
breaking|Conseil des ministres : le communiqué du mercredi 18 février 2026
breaking|Tabaski 2026 : le gouvernement annonce un plan d'approvisionnement en moutons
breaking|Lions : la liste pour les matchs amicaux de mars dévoilée lundi
menu|ACCUEIL
menu|ACTUALITÉS
menu|POLITIQUE
menu|ÉCONOMIE
menu|SOCIÉTÉ
menu|RÉGIONS
menu|CULTURE
menu|SPORTS
menu|INTERNATIONAL
menu|OPINIONS
menu|AURORE TV
search|Rechercher...
breadcrumb|Accueil / Économie / Agriculture
section-label|ÉCONOMIE
h1|Campagne arachidière : la Sonacos franchit la barre des 250 000 tonnes collectées
lead|À un peu plus d'un mois de la clôture officielle de la campagne de commercialisation, la Société nationale de commercialisation des oléagineux du Sénégal affiche déjà un niveau de collecte supérieur à celui de toute la saison précédente.
byline|Par Ousmane SOW
dateline|19 février 2026
reading-time|Temps de lecture : 4 min
views|347 vues
share|Partager
share|Facebook
share|X
share|WhatsApp
share|LinkedIn
share|Telegram
share|Copier le lien
listen|Écouter l'article
translate|Traduire : Wolof - English - Pulaar
caption|Des sacs d'arachide en attente de pesée au point de collecte de Kahone, dans la région de Kaolack.
credit|Photo : Ndèye Seyni SAMB / Archives
p|La Société nationale de commercialisation des oléagineux du Sénégal (Sonacos) a collecté 253 480 tonnes d'arachide au 17 février 2026, a annoncé mercredi son directeur général lors d'une visite à l'usine de Kaolack. Ce volume dépasse déjà celui de l'ensemble de la campagne 2024-2025, qui s'était achevée avec un peu plus de 190 000 tonnes.
p|« Nos usines de Kaolack, Ziguinchor, Diourbel et Dakar tournent à plein régime. Pour la première fois depuis longtemps, nous n'avons pas eu à arrêter les chaînes faute de matière première », s'est félicité le directeur général devant les travailleurs et les responsables d'opérateurs privés stockeurs.
p|Cette performance s'explique, selon lui, par le prix au producteur fixé à 305 francs CFA le kilogramme par le gouvernement, ainsi que par la limitation des exportations de graines décortiquées, qui avaient privé les huileries locales d'une grande partie de la récolte lors des campagnes précédentes.
read-also|À lire aussi : Conseil interprofessionnel de l'arachide : les acteurs s'accordent sur un prix plancher
ad|PUBLICITÉ
ad|BANQUE AGRICOLE - Financez votre campagne avec le crédit intrant à taux bonifié
h2|Kaolack et Kaffrine en tête
p|Le bassin arachidier reste le principal fournisseur des usines. Selon les chiffres communiqués par la Sonacos, la répartition de la collecte se présente comme suit :
li|Kaolack : 78 200 tonnes ;
li|Kaffrine : 64 900 tonnes ;
li|Fatick : 41 350 tonnes ;
li|Diourbel et Louga : 38 600 tonnes ;
li|Tambacounda, Kolda et Sédhiou : 30 430 tonnes.
p|Des difficultés persistent toutefois dans certaines localités. Des producteurs de Koungheul et de Malem Hodar ont dénoncé des retards de paiement de la part de certains opérateurs privés stockeurs, qui disposent de bons de la Sonacos mais attendent le décaissement des banques.
p|« Nous avons livré nos graines depuis trois semaines et nous n'avons toujours rien reçu. Or c'est maintenant que nous avons besoin d'argent, avec le Ramadan », témoigne Modou Fall, président d'une union de producteurs de Koungheul, joint par téléphone.
h2|Un objectif de 300 000 tonnes
p|Le directeur général assure que des mesures ont été prises avec les établissements financiers pour accélérer les paiements. Il a fixé à la Sonacos un objectif de 300 000 tonnes d'ici à la clôture de la campagne, prévue fin mars.
p|Le ministère de l'Agriculture, de la Souveraineté alimentaire et de l'Élevage estime la production nationale de la saison 2025 à près de 1,1 million de tonnes. Une part importante de la récolte reste destinée à l'autoconsommation, aux semences et aux marchés informels, notamment vers les pays voisins.
p|Pour les responsables de la filière, le défi est désormais de transformer cette embellie en tendance durable, grâce à la reconstitution du capital semencier et à la modernisation des huileries, dont certaines équipements datent des années 1970.
tags|Mots-clés : Arachide Kaolack Sonacos Agriculture Campagne agricole
report-error|Signaler une erreur
whatsapp|Suivez L'Aurore sur WhatsApp - Rejoindre la chaîne
author-link|Plus d'articles de Ousmane SOW
related|ARTICLES SIMILAIRES
related|Kaffrine : les producteurs réclament l'ouverture de nouveaux points de collecte
related|Il y a 3 jours
related|Sénégal : l'huile d'arachide raffinée de retour dans les rayons
related|Il y a 1 semaine
related|Souveraineté alimentaire : le gouvernement mise sur le riz de la vallée
related|12 février 2026
comments|0 commentaire
comments|Laisser un commentaire
comments|Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *
comments|Publier le commentaire
teaser-list|DERNIÈRES ACTUALITÉS
teaser-list|Ziguinchor : un réseau de trafic de bois démantelé à Adéane
teaser-list|Il y a 42 minutes
teaser-list|Assemblée nationale : la loi sur l'accès à l'information adoptée
teaser-list|Il y a 2 heures
teaser-list|CAN féminine : les Lionnes dans le groupe B
teaser-list|Il y a 3 heures
most-read|LES PLUS LUS
most-read|Conseil des ministres : le communiqué du mercredi 18 février 2026
most-read|Ramadan : les prix de l'oignon et du sucre encadrés jusqu'à la Korité
most-read|Bac 2026 : le calendrier des examens publié
epaper|L'AURORE DU JOUR
epaper|Feuilletez l'édition du jeudi 19 février 2026
epaper|Lire le journal
newsletter|Newsletter
newsletter|Recevez chaque matin l'essentiel de l'actualité du Sénégal
newsletter|Votre e-mail
newsletter|S'inscrire
footer|L'AURORE
footer|Société nationale de presse et d'édition (SNPE)
footer|Route du Service géographique, Hann - BP 92 Dakar
footer|Tél. : +221 33 859 00 00
footer|Qui sommes-nous
footer|La rédaction
footer|Publicité
footer|Abonnements
footer|Contact
footer|Mentions légales
network|Nos publications : L'Aurore Sport - Aurore Magazine - L'Aurore Week-end
copyright|© 2026 L'Aurore - Tous droits réservés
back-to-top|↑
"""),
 dict(id="lesoleil-sn-portal-style-2", site="lesoleil-sn-portal-style", lang="fr", sep="\n", title="Kolda : le nouveau centre de dialyse de l'hôpital régional accueille ses premiers patients", date="2026-03-12", page="""
timestamp|Jeudi 12 mars 2026
weather|Dakar 25°C
ticker|Ramadan 1447 - Dakar : Ndogou 19h20 - Kheud 05h44
social|Facebook X YouTube Instagram TikTok LinkedIn
epaper|Édition numérique
subscribe|S'abonner
account|Connexion
menu|L'AURORE
menu|Quotidien national d'information - Depuis 1970
breaking|FLASH INFO
breaking|Korité 2026 : la Commission nationale de concertation sur le croissant lunaire se réunit le 19 mars
breaking|Pluies hors saison : alerte de l'ANACIM pour le nord du pays
menu|ACCUEIL
menu|ACTUALITÉS
menu|POLITIQUE
menu|ÉCONOMIE
menu|SOCIÉTÉ
menu|RÉGIONS
menu|CULTURE
menu|SPORTS
menu|INTERNATIONAL
menu|OPINIONS
menu|AURORE TV
search|Rechercher...
breadcrumb|Accueil / Régions / Kolda
section-label|RÉGIONS
section-label|Santé
h1|Kolda : le nouveau centre de dialyse de l'hôpital régional accueille ses premiers patients
lead|Jusqu'ici contraints de parcourir plusieurs centaines de kilomètres pour leurs séances, les insuffisants rénaux de la région de Kolda peuvent désormais être pris en charge sur place.
byline-label|Par
byline|Mamadou Aliou DIALLO
byline|Correspondant
dateline-label|Publié le
dateline|12 mars 2026 à 10:47
reading-time|Temps de lecture : 3 min
views|189 vues
share|Partager
share|Facebook
share|X
share|WhatsApp
share|LinkedIn
share|Telegram
share|Copier le lien
listen|Écouter l'article
translate|Traduire : Wolof - English - Pulaar
caption|La salle d'hémodialyse compte huit générateurs
credit|Photo : M. A. DIALLO
dateline|KOLDA -
p|Le centre d'hémodialyse de l'hôpital régional de Kolda a réalisé ses premières séances lundi dernier. Huit patients, tous originaires de la région, y sont désormais suivis trois fois par semaine, a indiqué le directeur de l'établissement lors d'une visite de presse.
p|Jusqu'à présent, les malades de Kolda, de Vélingara et de Médina Yoro Foula devaient se rendre à Ziguinchor, à Tambacounda ou même à Dakar pour se faire dialyser. « Certains dormaient chez des parents ou dans des chambres louées pendant des mois. D'autres ont tout simplement abandonné le traitement faute de moyens », explique le néphrologue responsable du service, arrivé de Dakar en janvier.
p|Le centre, construit et équipé pour un coût d'environ 1,2 milliard de francs CFA dans le cadre du programme national de déconcentration de la dialyse, dispose de huit générateurs, d'une unité de traitement d'eau et d'une salle d'attente climatisée. Il peut accueillir jusqu'à 32 patients en régime de croisière.
read-also|LIRE AUSSI : Maladies rénales : le Sénégal compte près de 2 000 patients sous dialyse
ad|PUBLICITÉ
h2|La gratuité maintenue
p|Comme dans les autres centres publics du pays, les séances sont entièrement prises en charge par l'État. Les patients n'ont à supporter que certains examens complémentaires et les frais de transport.
p|Aïssatou Baldé, 47 ans, fait partie des premiers bénéficiaires. Elle faisait depuis deux ans le trajet jusqu'à Ziguinchor. « Je partais à 4 heures du matin et je rentrais la nuit, épuisée. Aujourd'hui, je suis à vingt minutes de chez moi. C'est une deuxième vie », confie-t-elle, les yeux embués.
h2|Le défi du personnel
p|L'ouverture du service ne règle pas tout. La liste d'attente compte déjà une vingtaine de noms, et l'hôpital ne dispose pour l'instant que d'un seul néphrologue et de six infirmiers formés à la dialyse.
p|Le directeur de l'hôpital a lancé un appel au ministère de la Santé et de l'Action sociale pour l'affectation de personnel supplémentaire, afin de passer à deux rotations quotidiennes d'ici à la fin de l'année. Le gouverneur de la région, présent lors de la visite, a promis de porter le plaidoyer auprès des autorités.
p|Les associations de malades saluent une avancée, tout en rappelant que la prévention reste le parent pauvre. L'hypertension et le diabète, principales causes de l'insuffisance rénale, sont souvent diagnostiqués trop tard dans les zones rurales du Fouladou.
signature|M. A. DIALLO
tags|Mots-clés : Kolda Santé Dialyse Hôpital régional
report-error|Signaler une erreur
whatsapp|Suivez L'Aurore sur WhatsApp - Rejoindre la chaîne
author-link|Plus d'articles de Mamadou Aliou DIALLO
related|ARTICLES SIMILAIRES
related|Sédhiou : la maternité du centre de santé rénovée
related|Il y a 2 jours
related|Vélingara : une campagne de dépistage du diabète touche 3 000 personnes
related|Il y a 5 jours
related|Hôpitaux : 400 agents de santé recrutés pour les régions
related|2 mars 2026
comments|2 commentaires
comments|Abdou Karim Sané
comments|12 mars 2026 à 12:05
comments|Alhamdoulillah, enfin ! Merci pour nos parents malades.
comments|Répondre
comments|Fatou Mballo
comments|12 mars 2026 à 13:31
comments|Il faut maintenant penser à Vélingara aussi.
comments|Répondre
comments|Laisser un commentaire
comments|Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *
comments|Publier le commentaire
teaser-list|DERNIÈRES ACTUALITÉS
teaser-list|Saint-Louis : le pont Faidherbe fermé à la circulation pour trois nuits
teaser-list|Il y a 15 minutes
teaser-list|Dette publique : le FMI achève sa mission à Dakar
teaser-list|Il y a 1 heure
teaser-list|Lutte : le combat royal de la saison fixé au 5 avril
teaser-list|Il y a 4 heures
most-read|LES PLUS LUS
most-read|Korité 2026 : la Commission nationale de concertation sur le croissant lunaire se réunit le 19 mars
most-read|Recrutement de 2 000 enseignants : la liste des admis publiée
teaser-list|Kolda : le nouveau centre de dialyse de l'hôpital régional accueille ses premiers patients
epaper|L'AURORE DU JOUR
epaper|Feuilletez l'édition du jeudi 12 mars 2026
epaper|Lire le journal
newsletter|Newsletter
newsletter|Recevez chaque matin l'essentiel de l'actualité du Sénégal
newsletter|Votre e-mail
newsletter|S'inscrire
footer|L'AURORE
footer|Société nationale de presse et d'édition (SNPE)
footer|Route du Service géographique, Hann - BP 92 Dakar
footer|Tél. : +221 33 859 00 00
footer|Qui sommes-nous
footer|La rédaction
footer|Publicité
footer|Abonnements
footer|Contact
footer|Mentions légales
network|Nos publications : L'Aurore Sport - Aurore Magazine - L'Aurore Week-end
copyright|© 2026 L'Aurore - Tous droits réservés
back-to-top|↑
"""),
 dict(id="the-citizen-za-style-1", site="the-citizen-za-style", lang="en", sep="\n", title="Petrol to drop by up to 48c a litre in March, but diesel users get bad news", date="2026-02-25", page="""
timestamp|Wednesday, 25 February 2026
ticker|Load shedding: Suspended
ticker|USD/ZAR R18.37
ticker|Petrol 95 (Inland) R21.48
quick-links|Lotto results
quick-links|Fuel price
quick-links|Weather
menu|The Bulletin
subscribe|Subscribe
account|Sign in
search|Search
menu|News
menu|Sport
menu|Business
menu|Lifestyle
menu|Motoring
menu|Opinion
menu|Multimedia
menu|Competitions
menu|Horoscopes
menu|Puzzles
ad|Advertisement
breadcrumb|Home News South Africa
section-label|Fuel price
h1|Petrol to drop by up to 48c a litre in March, but diesel users get bad news
lead|Mid-month data points to relief for motorists filling up with petrol, while a weaker rand and pricier diesel on world markets could push up the cost of farming and transport.
alt-text|Author picture of Lerato Mahlangu
byline|By Lerato Mahlangu
byline|Journalist
reading-time|3 minute read
dateline|25 February 2026
dateline|5:30 am
share|Share this article
share|Facebook
share|X
share|WhatsApp
share|Email
caption|Motorists could see some relief at the pump next week. Picture: Gallo Images/Sharon Mathebula
p|Motorists can look forward to a welcome drop in the petrol price next Wednesday, but those driving diesel vehicles may not be so lucky.
p|The latest unaudited mid-month data from the Central Energy Fund (CEF) shows an over-recovery of between 44c and 48c a litre on both grades of petrol, thanks to lower international product prices during February.
p|Diesel, however, shows an under-recovery of around 19c a litre, while illuminating paraffin is set for a smaller increase of about 11c a litre.
read-also|ALSO READ: Eskom tariff hike: Here's how much more you'll pay for electricity from April
p|If current trends continue until the end of the month, the expected adjustments for Wednesday, 4 March are:
li|Petrol 93: decrease of 46c a litre
li|Petrol 95: decrease of 48c a litre
li|Diesel (0.05% sulphur): increase of 19c a litre
li|Diesel (0.005% sulphur): increase of 17c a litre
li|Illuminating paraffin: increase of 11c a litre
ad|Advertisement
h2|Rand the wildcard
p|The rand traded weaker against the US dollar for most of the month after a sell-off in emerging market currencies, which has partly eaten into the gains from lower oil prices.
p|"If it weren't for the rand, petrol would have been looking at a drop closer to 70c," said independent fuel analyst Pieter Venter. "Diesel is a different story because global stocks are tight heading into the northern hemisphere spring."
p|The Automobile Association (AA) said the petrol decrease was good news for households already squeezed by food and electricity costs, but warned that the diesel hike would filter through to consumers.
p|"Diesel is the lifeblood of the economy. Every truck that moves food to the shops runs on it, so even a small increase ends up in the price of a loaf of bread," the association said.
app|Download The Bulletin app for the latest news, straight to your phone. Available on iOS and Android.
h2|Levies could still bite
p|Motorists should also keep an eye on the budget. Finance Minister Enoch Godongwana is expected to announce on Wednesday whether the general fuel levy and the Road Accident Fund levy will be increased from April.
p|Last year the government froze the general fuel levy for a third consecutive year. An increase of even 15c a litre would wipe out a third of next week's expected relief.
p|The Department of Mineral and Petroleum Resources will announce the official adjustments early next week.
promo|Support local journalism. Add The Bulletin as a preferred source on Google.
whatsapp|Join The Bulletin's WhatsApp channel for breaking news
tags|Read more on these topics
tags|diesel
tags|fuel price
tags|petrol
tags|Rand
author-bio|Published by Lerato Mahlangu
author-bio|Lerato is a journalist covering consumer affairs, energy and personal finance.
author-link|Read more articles by Lerato Mahlangu
nav|Next story
nav|Two-pot: Sars warns of tax on second withdrawals
teaser-list|Latest
teaser-list|Taxi strike: Santaco calls off planned shutdown in Tshwane
teaser-list|12 minutes ago
teaser-list|Budget 2026: What Godongwana needs to say today
teaser-list|35 minutes ago
teaser-list|Cape Town water outages: Full list of affected suburbs
teaser-list|1 hour ago
sponsored|Partner content
sponsored|This is how much a funeral really costs in South Africa in 2026
sponsored|Brought to you by SafeCover
most-read|Most read
most-read|Lotto and Lotto Plus results: Tuesday, 24 February 2026
most-read|Woman arrested after R1.2m in cash found in car boot on N1
most-read|Your horoscope for today, Wednesday, 25 February 2026
newsletter|Get The Bulletin's morning newsletter
newsletter|Email address
newsletter|Sign up
footer|The Bulletin
footer|About us
footer|Contact us
footer|Advertise
footer|Terms and conditions
footer|Privacy policy
footer|PAIA manual
footer|Complaints procedure
disclaimer|The Bulletin adheres to the principles of the Press Code of Ethics and Conduct for South African Print and Online Media. If you have a complaint, contact the Press Ombud.
copyright|© 2026 Metro Media Group (Pty) Ltd. All rights reserved.
"""),
 dict(id="the-citizen-za-style-2", site="the-citizen-za-style", lang="en", sep="\n", title="'He begged for his life': Mother of slain Soweto taxi driver breaks down in court", date="2026-03-04", page="""
timestamp|Wednesday, 4 March 2026
ticker|Load shedding: Suspended
ticker|USD/ZAR R18.22
ticker|Petrol 95 (Inland) R21.02
quick-links|Lotto results
quick-links|Fuel price
quick-links|Weather
menu|The Bulletin
subscribe|Subscribe
account|Sign in
search|Search
menu|News
menu|Sport
menu|Business
menu|Lifestyle
menu|Motoring
menu|Opinion
menu|Multimedia
menu|Competitions
menu|Horoscopes
menu|Puzzles
ad|Advertisement
breadcrumb|Home News Courts
section-label|Courts
h1|'He begged for his life': Mother of slain Soweto taxi driver breaks down in court
lead|Thandiwe Dube told the Johannesburg High Court she heard her son plead with his attackers over the phone moments before he was shot.
alt-text|Author picture of Thabo Nkosi
byline|By Thabo Nkosi
byline|Court reporter
reading-time|4 minute read
dateline|4 March 2026
dateline|3:15 pm
dateline|Updated: 4 March 2026, 4:02 pm
share|Share this article
share|Facebook
share|X
share|WhatsApp
share|Email
disclaimer|Warning: This article contains details that some readers may find distressing.
caption|Thandiwe Dube, the mother of taxi driver Sibusiso Dube, outside the Johannesburg High Court on Wednesday. Picture: Thabo Nkosi/The Bulletin
p|The mother of a Soweto taxi driver who was gunned down at a taxi rank in 2024 wept in the witness box on Wednesday as she described the last phone call she had with her son.
p|Thandiwe Dube, 58, was the first witness called by the State in the trial of four men accused of murdering 31-year-old Sibusiso Dube at the Bara taxi rank in Diepkloof in August 2024.
p|The four, who face charges of murder, attempted murder and unlawful possession of firearms and ammunition, have pleaded not guilty.
p|"He called me and I could hear people shouting. He said, 'Ma, they are here, they want to kill me.' Then I heard him saying, 'Please, please, I have a child,'" Dube told the court, before breaking down.
p|Judge Mahomed Cassim adjourned proceedings for 15 minutes to allow her to compose herself.
read-also|ALSO READ: Taxi violence: 12 killed in Gauteng in two weeks, police confirm
ad|Advertisement
h2|'A hit ordered over a route'
p|The State alleges that Dube was killed because he refused to stop operating on a lucrative route between Soweto and the Johannesburg CBD, which was disputed by two rival associations.
p|Prosecutor Nomsa Radebe told the court that cellphone records and CCTV footage would place the accused at the rank on the day of the shooting. She said a fifth suspect, who has since turned State witness, would testify that the killing was ordered and paid for.
p|Defence lawyer Johan Pretorius questioned Dube on whether she could be sure of what she heard during the call, given the noise at the rank.
p|"I know my child's voice. I carried him. You don't forget the voice of your child," she replied.
embed|The trial of the four men accused of killing Soweto taxi driver Sibusiso Dube has started in the Johannesburg High Court. His mother is the first witness. #SowetoTaxiMurder
embed|— Court Watch SA (@CourtWatchSA) March 4, 2026
video|WATCH: Family and community members sing outside court
embed-blocked|This content is blocked. To view it, accept social media cookies.
embed-blocked|Manage cookie settings
h2|Community demands justice
p|Dozens of taxi drivers and family members gathered outside the court, singing and holding placards reading "Justice for Sibusiso" and "Stop the killings on our routes".
p|Dube's widow, Zanele, said the family had waited more than 18 months for the trial to start. "Our son is five now. He asks every day where his father is. We want the people who did this to rot in jail," she said.
p|The Santaco provincial leadership said it supported the prosecution and called on members with information about taxi-related killings to come forward.
p|The trial continues on Thursday.
related|READ NEXT: Taxi rank shooting: Two arrested after Soweto commuter killed in crossfire
promo|Support local journalism. Add The Bulletin as a preferred source on Google.
whatsapp|Join The Bulletin's WhatsApp channel for breaking news
tags|Read more on these topics
tags|court
tags|crime
tags|Soweto
tags|taxi violence
author-bio|Published by Thabo Nkosi
author-bio|Thabo is a court reporter who has covered criminal trials in Gauteng for more than ten years.
author-link|Read more articles by Thabo Nkosi
nav|Next story
nav|Pupil stabbed to death outside Tembisa school, classmate arrested
teaser-list|Latest
teaser-list|Petrol price: Official adjustments take effect today
teaser-list|8 minutes ago
teaser-list|Joburg Water: 26 suburbs without water for 36 hours
teaser-list|52 minutes ago
teaser-list|Bafana Bafana: Broos names preliminary squad for friendlies
teaser-list|2 hours ago
sponsored|Partner content
sponsored|Five signs your car insurance is costing you too much
sponsored|Brought to you by DriveSure
lottery|Lotto results
lottery|Lotto: 04 11 19 27 38 45 Bonus: 22
lottery|Lotto Plus 1: 02 15 23 31 40 51 Bonus: 09
lottery|See all results
most-read|Most read
most-read|Lotto and Lotto Plus results: Saturday, 28 February 2026
most-read|'Go and fetch her': Husband's chilling words as wife's body found in Limpopo
most-read|Your horoscope for today, Wednesday, 4 March 2026
newsletter|Get The Bulletin's morning newsletter
newsletter|Email address
newsletter|Sign up
footer|The Bulletin
footer|About us
footer|Contact us
footer|Advertise
footer|Terms and conditions
footer|Privacy policy
footer|PAIA manual
footer|Complaints procedure
disclaimer|The Bulletin adheres to the principles of the Press Code of Ethics and Conduct for South African Print and Online Media. If you have a complaint, contact the Press Ombud.
copyright|© 2026 Metro Media Group (Pty) Ltd. All rights reserved.
"""),
]
