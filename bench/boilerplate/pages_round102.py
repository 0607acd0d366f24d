# Round 102: eight pages on four more layouts (a Luxembourg French-language daily, an Italian daily's English
# edition, a Maghreb diaspora news magazine site, a Kenyan daily's county news), written blind: without looking at
# the classifier, its rules or the benchmark, measured once. Each line: "label|text". Invented text; no real article
# is copied.
ROUND102 = [
 dict(id="le-quotidien-lu-style-1", site="le-quotidien-lu-style", lang="fr", sep="\n", title="Logement : le prix des appartements neufs recule pour la troisième année consécutive", date="2026-02-11", page="""
skip-link|Aller au contenu
timestamp|mercredi 11 février 2026
weather|Luxembourg 4°C
account|Se connecter
subscribe|S'abonner
epaper|ePaper
menu|Le Quotidien
menu|Luxembourg
menu|Grande Région
menu|Monde
menu|Économie
menu|Police-Justice
menu|Politique-Société
menu|Sport national
menu|Sport international
menu|Culture
menu|Loisirs
menu|Podcasts
menu|Mobilité
search|Rechercher
breaking|EN CONTINU
breaking|06:58 Accident sur l'A4 : la sortie Foetz fermée
breaking|06:31 Grève au CFL : perturbations attendues vendredi
breadcrumb|Accueil > Luxembourg > Économie
section-label|Économie
h1|Logement : le prix des appartements neufs recule pour la troisième année consécutive
byline|Par Laurent Weyrich
dateline|Publié le 11 février 2026 à 06:00
dateline|Modifié le 11 février 2026 à 09:14
reading-time|Temps de lecture : 4 min
share|Facebook
share|X
share|LinkedIn
share|E-mail
font|A-
font|A+
caption|Le chantier d'un immeuble résidentiel à Belval : plusieurs promoteurs ont gelé leurs projets faute d'acheteurs.
credit|(photo Julien Garroy)
lead|Selon les dernières données de l'Observatoire de l'habitat, le prix moyen des appartements en construction a encore baissé de 4,8 % en 2025. Mais pour les ménages, l'accès à la propriété reste hors de portée.
p|La tendance se confirme, mais elle ralentit. D'après la note publiée mardi par l'Observatoire de l'habitat, le prix moyen affiché pour un appartement en état futur d'achèvement s'est établi à 8 940 euros le mètre carré en 2025, contre 9 390 euros un an plus tôt. Il s'agit de la troisième baisse annuelle consécutive, après le pic atteint au printemps 2022.
p|Sur les appartements existants, le recul est plus modeste, à 1,9 %. Les maisons, elles, se stabilisent : leur prix médian n'a presque pas bougé sur les six derniers mois de l'année.
h2|Des ventes encore au plus bas
p|Si les prix reculent, c'est d'abord parce que les acheteurs manquent. Le nombre de ventes d'appartements sur plan enregistrées par l'administration de l'Enregistrement est resté inférieur à 600 sur l'ensemble de l'année, soit trois fois moins qu'en 2021.
p|« Les taux ont un peu baissé, mais les banques restent prudentes et les jeunes ménages n'ont plus l'apport nécessaire », résume un courtier installé à Strassen, qui constate « une reprise très timide des visites depuis novembre ».
read-also|À lire aussi >> Prêts immobiliers : la BCL constate une légère reprise de la demande
p|Les promoteurs, eux, continuent d'ajuster leurs programmes. Plusieurs d'entre eux ont revu à la baisse la taille des logements proposés afin de ramener le prix total sous la barre symbolique du million d'euros.
ad|Publicité
ad|Annonce
p|Le gouvernement mise toujours sur les mesures fiscales introduites en 2024 pour relancer le marché, notamment la baisse temporaire des droits d'enregistrement et le relèvement du crédit d'impôt « Bëllegen Akt ». Leur prolongation jusqu'à fin 2026 a été confirmée lors du dernier Conseil de gouvernement.
h2|Le Nord et l'Est moins chers
p|Les écarts restent très marqués selon les régions. Dans la capitale, le mètre carré neuf dépasse toujours 11 000 euros en moyenne, alors qu'il est proche de 6 900 euros dans le canton de Clervaux. La commune d'Esch-sur-Alzette se situe entre les deux, autour de 8 100 euros.
p|L'Observatoire relève trois facteurs principaux derrière ce recul :
li|le maintien de taux d'intérêt supérieurs à 3 % pour la majorité des nouveaux crédits ;
li|la baisse du nombre de projets lancés, qui pèse sur l'activité des entreprises de construction ;
li|le report des achats par des ménages qui anticipent une poursuite de la baisse.
p|Pour la ministre du Logement, interrogée mercredi matin sur les ondes de RTL, « le marché est en train de retrouver un équilibre plus sain, mais il faudra encore du temps pour que les prix redeviennent compatibles avec les salaires ».
p|Du côté du syndicat des locataires, on rappelle que les loyers, eux, n'ont pas baissé : le loyer moyen annoncé pour un appartement a progressé de 2,3 % sur un an.
signature|L. W.
paywall|Vous avez lu 3 articles gratuits ce mois-ci.
paywall|Abonnez-vous pour 1 € le premier mois
tags|Mots-clés :
tags|immobilier
tags|logement
tags|Observatoire de l'habitat
tags|prix
comments|0 commentaire
comments|Pour commenter cet article, veuillez vous connecter.
related|Vous aimerez aussi
related|Construction : 1 200 emplois supprimés dans le secteur en un an
related|il y a 2 jours
related|Belval : le projet de quartier Porte Sud mis en pause
related|il y a 1 semaine
related|Bëllegen Akt : ce qui change au 1er janvier
related|03/01/2026
newsletter|Newsletter du Quotidien
newsletter|Recevez chaque jour à 7 h l'essentiel de l'actualité luxembourgeoise.
newsletter|Votre e-mail
newsletter|S'inscrire
most-read|Les plus lus
most-read|Frontaliers : les nouveaux seuils de télétravail entrent en vigueur
most-read|Kirchberg : un incendie dans une tour de bureaux
most-read|BGL BNP Paribas Ligue : le Swift reprend la tête
most-read|Schueberfouer : la date de l'édition 2026 est connue
footer|Le Quotidien - Le journal luxembourgeois de langue française
footer|44, rue du Canal L-4050 Esch-sur-Alzette
footer|Tél. : (+352) 22 05 50-1
footer|Qui sommes-nous
footer|Contact
footer|Publicité
footer|Abonnements
footer|Mentions légales
footer|Conditions générales
footer|Protection des données
network|Editpress : Tageblatt · Le Jeudi · Revue · Lux Post
copyright|© Editpress 2026
cookie|Paramètres des cookies
"""),
 dict(id="le-quotidien-lu-style-2", site="le-quotidien-lu-style", lang="fr", sep="\n", title="Thionville : le parking relais de la gare saturé dès 7 h, les frontaliers excédés", date="2026-03-04", page="""
skip-link|Aller au contenu
timestamp|mercredi 4 mars 2026
weather|Luxembourg 7°C
account|Se connecter
subscribe|S'abonner
epaper|ePaper
menu|Le Quotidien
menu|Luxembourg
menu|Grande Région
menu|Monde
menu|Économie
menu|Police-Justice
menu|Politique-Société
menu|Sport national
menu|Sport international
menu|Culture
menu|Loisirs
menu|Podcasts
menu|Mobilité
search|Rechercher
breaking|EN CONTINU
breaking|08:12 Bettembourg : collision entre un camion et une voiture
breadcrumb|Accueil > Grande Région
section-label|Grande Région
h1|Thionville : le parking relais de la gare saturé dès 7 h, les frontaliers excédés
byline|Par Sophie Kieffer
dateline|Publié le 4 mars 2026 à 07:30
reading-time|Temps de lecture : 3 min
share|Facebook
share|X
share|LinkedIn
share|E-mail
font|A-
font|A+
lead|Depuis la fermeture d'une partie du parking de la gare pour travaux, des centaines de travailleurs frontaliers peinent à trouver une place avant de prendre le train pour Luxembourg. La ville promet une solution « avant l'été ».
caption|Chaque matin, des dizaines de voitures se garent sur les trottoirs aux abords de la gare.
credit|(photo archives Le Quotidien)
p|Il est 6 h 55 ce mardi et le panneau lumineux à l'entrée du parking relais de la gare de Thionville affiche déjà « COMPLET ». Derrière, une file de voitures immatriculées en Moselle et en Meurthe-et-Moselle tourne sans fin autour du rond-point. « Je pars de chez moi à 6 h 15 et ça ne suffit plus », souffle Mélanie, aide-soignante dans une clinique de la capitale luxembourgeoise.
p|Depuis la mi-janvier, 280 des quelque 900 places du parking sont neutralisées pour permettre la construction d'un nouveau bâtiment voyageurs. Les travaux doivent durer jusqu'en septembre. Résultat : les frontaliers se reportent sur les rues voisines, au grand dam des riverains.
p|« On retrouve des voitures garées devant les sorties de garage, sur les passages piétons. Certains jours, les pompiers auraient du mal à passer », s'agace un habitant du quartier de la gare, qui a lancé une pétition.
h2|Une navette en test
p|Face à la grogne, la municipalité a mis en place début février une navette gratuite entre le parking de la zone commerciale de l'Étoile et la gare, toutes les dix minutes entre 5 h 45 et 8 h 30. Mais le dispositif peine à convaincre : moins de 150 usagers l'empruntent chaque matin.
p|« Avec la navette, j'ajoute vingt minutes à un trajet qui dure déjà plus d'une heure et demie. Si le train a du retard, je rate ma correspondance à Luxembourg », explique Thomas, qui travaille dans une banque du Kirchberg.
read-also|À lire aussi >> TER Metz-Luxembourg : un train sur cinq en retard en janvier
ad|Publicité
p|Le maire assure comprendre l'exaspération. « Nous savions que la période serait difficile. Nous travaillons avec la Région et la SNCF pour ouvrir 200 places provisoires sur une friche ferroviaire avant l'été », a-t-il indiqué lors du dernier conseil municipal.
h2|Le covoiturage encouragé
p|Côté luxembourgeois, on rappelle que plusieurs parkings relais ont été créés près de la frontière, notamment à Rodange et à Bettembourg, et que le train est gratuit sur le territoire du Grand-Duché. Le ministère de la Mobilité encourage aussi le covoiturage, avec des voies réservées sur l'A3 aux heures de pointe.
p|Mais pour beaucoup de frontaliers, ces alternatives ne sont pas adaptées. « Aller en voiture jusqu'à Bettembourg, c'est se retrouver dans les bouchons de l'A31. C'est justement ce qu'on veut éviter », résume Mélanie.
p|Selon l'association des frontaliers, environ 2 300 personnes prennent chaque matin le train à Thionville en direction du Luxembourg. Un chiffre qui devrait encore augmenter avec le passage à des trains à deux niveaux prévu en 2027.
signature|S. K.
paywall|Vous avez lu 3 articles gratuits ce mois-ci.
paywall|Abonnez-vous pour 1 € le premier mois
tags|Mots-clés :
tags|Thionville
tags|frontaliers
tags|mobilité
tags|SNCF
comments|4 commentaires
comments|Bleu57 - 04/03/2026 à 08:41
comments|Et pendant ce temps l'A31 bis n'avance toujours pas...
comments|Répondre
comments|Voir tous les commentaires
related|Vous aimerez aussi
related|A31 : les travaux de nuit reprennent à Hettange-Grande
related|il y a 3 jours
related|Télétravail : la Belgique et la France relèvent le seuil
related|il y a 2 semaines
newsletter|Newsletter du Quotidien
newsletter|Recevez chaque jour à 7 h l'essentiel de l'actualité luxembourgeoise.
newsletter|Votre e-mail
newsletter|S'inscrire
most-read|Les plus lus
most-read|Logement : le prix des appartements neufs recule pour la troisième année consécutive
most-read|Esch : la Kulturfabrik dévoile sa saison de printemps
most-read|Jeunesse Esch : l'entraîneur remercié après la défaite à Differdange
footer|Le Quotidien - Le journal luxembourgeois de langue française
footer|44, rue du Canal L-4050 Esch-sur-Alzette
footer|Tél. : (+352) 22 05 50-1
footer|Qui sommes-nous
footer|Contact
footer|Publicité
footer|Abonnements
footer|Mentions légales
footer|Conditions générales
footer|Protection des données
network|Editpress : Tageblatt · Le Jeudi · Revue · Lux Post
copyright|© Editpress 2026
cookie|Paramètres des cookies
"""),
 dict(id="corriere-english-style-1", site="corriere-english-style", lang="en", sep="\n", title="Venice doubles its day-tripper fee and extends it to 90 days a year", date="2026-03-19", page="""
cookie|We and our 847 partners store and access information on your device
cookie|Accept and continue
cookie|Reject and subscribe
cookie|Learn more and customise
menu|☰ Sections
logo|CORRIERE DELLA SERA
logo|English Edition
lang-switch|Italiano
lang-switch|English
account|Log in
subscribe|Subscribe
menu|Home
menu|Politics
menu|Economy
menu|Italy
menu|World
menu|Culture
menu|Food & Wine
menu|Travel
menu|Sport
menu|Opinion
ad|advertising
section-label|Italy
h1|Venice doubles its day-tripper fee and extends it to 90 days a year
lead|The city council approved the new rules late on Wednesday: visitors who do not stay overnight will pay 10 euros on peak days from April, and 5 euros on the others. Residents of the Veneto region remain exempt.
byline|by Giovanni Berton
dateline|March 19, 2026 (changed March 19, 2026 - 12:18)
listen|Listen to the article
listen|4 min
share|Facebook
share|X
share|WhatsApp
share|Email
save|Save
gift|Gift this article
caption|Tourists on the Rialto Bridge on a Saturday morning in February (Photo Ansa)
p|VENICE – Venice is raising the price of a day trip. After two experimental seasons, the city council on Wednesday evening approved a new version of the "access contribution", the entry fee charged to visitors who come to the historic centre for the day without sleeping in a hotel.
p|The fee will rise from 5 to 10 euros on the busiest days, and will apply on 90 days a year instead of the 54 of 2025. On the remaining calendar days on which the rule is in force, visitors will pay 5 euros. The measure was approved with 21 votes in favour and 12 against, after a debate that went on until nearly midnight.
p|"It is not a ticket to enter a museum, it is a tool to manage flows," the councillor responsible for tourism told the chamber. "The figures show that booking in advance changes behaviour, and that is what we want."
h2|The figures
p|According to the city's data, about 720,000 people paid the contribution in 2025, bringing in just over 4.5 million euros. The administration says the revenue covered the cost of the system – QR codes, inspectors, the booking platform – and left a surplus that was spent on waste collection and on cleaning the canals.
p|Critics are not convinced. Opposition councillors argue that the number of visitors on peak days did not fall, and that the fee has become "a tax on the poor tourist" while large cruise groups and short-term rentals are left untouched.
related-inline|Read also
related-inline|Venice, the city's population falls below 48,000 for the first time
related-inline|Florence bans new short-term rentals in the Unesco area
p|Several residents' associations also remain sceptical. "We were promised that the money would be used for housing. So far we have seen turnstiles and inspectors," said the spokeswoman of one of the committees that organised a protest on the Fondamenta delle Zattere last year.
ad|advertising
h2|Who pays and who does not
p|The rules confirm most of the exemptions introduced in 2024. Those who will not have to pay include:
li|residents of the municipality of Venice and of the Veneto region;
li|people who sleep in a hotel or registered accommodation in the city;
li|students and workers who commute to Venice;
li|children under 14;
li|people visiting relatives who live in the historic centre.
p|Exempt visitors must still register on the online platform and download a QR code. Inspections will take place at the railway station, at Piazzale Roma and at the main landing stages, where fines range from 50 to 300 euros.
p|The first days of the new regime will be the Easter weekend. The full calendar will be published on the city's website by the end of March, the council said.
copyright|© ALL RIGHTS RESERVED
newsletter|Receive the English Edition newsletter
newsletter|Every Friday the best of Corriere's reporting in English. Sign up here
topics|Venice
topics|Tourism
topics|Overtourism
follow|Follow Corriere on WhatsApp
related|YOU MAY ALSO BE INTERESTED IN
related|Why Italians are leaving Milan for the provinces
related|Meloni and the EU Pact on Migration: what happens now
related|The Uffizi will stay open until 10 pm in summer
related|Cortina after the Games: the bill for the bobsleigh track
most-read|MOST READ
most-read|1
most-read|Italy's population keeps shrinking: 2025 the year of the fewest births ever
most-read|2
most-read|Pasta prices: why a kilo of spaghetti now costs more in Rome than in Paris
most-read|3
most-read|The Pope's visit to Naples: the programme
ad|advertising
footer|Corriere della Sera
footer|Corriere Store
footer|Subscriptions
footer|Digital Edition
footer|Newsletter
footer|Help
footer|Privacy
footer|Cookie Policy
footer|Manage cookies
footer|Terms and conditions
copyright|Copyright 2026 © RCS Mediagroup S.p.a. All rights reserved. Reproduction, even partial, of the contents on this page by any means is prohibited.
footer|RCS MediaGroup S.p.a. - Via Angelo Rizzoli, 8 - 20132 Milan - VAT No. 12086540155
footer|For advertising: CAIRORCS MEDIA S.p.A.
back-to-top|Back to top
"""),
 dict(id="corriere-english-style-2", site="corriere-english-style", lang="en", sep="\n", title="Italy's population keeps shrinking: 2025 the year of the fewest births ever", date="2026-03-27", page="""
cookie|We and our 847 partners store and access information on your device
cookie|Accept and continue
cookie|Reject and subscribe
cookie|Learn more and customise
menu|☰ Sections
logo|CORRIERE DELLA SERA
logo|English Edition
lang-switch|Italiano
lang-switch|English
account|Log in
subscribe|Subscribe
menu|Home
menu|Politics
menu|Economy
menu|Italy
menu|World
menu|Culture
menu|Food & Wine
menu|Travel
menu|Sport
menu|Opinion
ad|advertising
section-label|Economy
section-label|The Istat report
h1|Italy's population keeps shrinking: 2025 the year of the fewest births ever
lead|Fewer than 360,000 babies were born last year, the sixteenth consecutive decline. The fertility rate falls to 1.14 children per woman. Only immigration keeps the North from losing residents.
byline|by Rita Querzè
dateline|March 27, 2026
listen|Listen to the article
listen|5 min
share|Facebook
share|X
share|WhatsApp
share|Email
save|Save
gift|Gift this article
video|0:58
video|Empty maternity wards: the case of Biella
caption|A maternity ward in a hospital in Turin (Photo LaPresse)
p|Italy has recorded another demographic low. According to the annual Demographic Indicators published on Friday by Istat, the national statistics institute, 355,800 children were born in the country in 2025, about 14,000 fewer than the year before and the lowest figure since the unification of Italy.
p|The fertility rate – the average number of children per woman – fell to 1.14, from 1.18 in 2024. Women who have their first child are on average 32.6 years old, one of the highest ages in Europe.
p|Deaths, meanwhile, remained above 640,000. The gap between births and deaths, the so-called natural balance, was therefore negative by nearly 290,000 people: as if a city the size of Verona had vanished in twelve months.
h2|The role of immigration
p|The resident population at January 1, 2026 stood at 58.8 million, down by about 90,000. The decline would have been much larger without foreign immigration, which added a net 260,000 people. Emigration of Italian citizens, on the other hand, continued to rise, with more than 170,000 departures, many of them young graduates heading to Germany, Spain and the United Kingdom.
related-inline|Read also
related-inline|Young Italians abroad: "We would come back, but with which salary?"
p|The differences between regions are stark. The autonomous province of Bolzano is the only area with a fertility rate above 1.5. Sardinia, at 0.91, has the lowest in the country and one of the lowest in the European Union.
ad|advertising
h2|"The trend cannot be reversed quickly"
p|Demographers warn that even a sudden rise in fertility would not change the picture for years. "The number of women of childbearing age is falling because of the low births of the 1990s. Even if each of them had more children, the total number of births would keep going down for a while," an Istat researcher explained at the presentation.
p|"We have to stop treating demography as a side issue."
p|The government points to the measures in the latest budget law, including a bonus of 1,000 euros for each newborn and the extension of paid parental leave. The opposition calls them "insufficient and one-off", and asks for a structural investment in nurseries, whose coverage is still below 30% in most southern regions.
p|Employers' associations, for their part, fear the effect on the labour market. According to their estimates, the working-age population will shrink by more than five million people by 2040, unless immigration rises significantly.
signature|(translated by Giles Watson)
copyright|© ALL RIGHTS RESERVED
newsletter|Receive the English Edition newsletter
newsletter|Every Friday the best of Corriere's reporting in English. Sign up here
topics|Istat
topics|Demography
topics|Birth rate
follow|Follow Corriere on WhatsApp
related|YOU MAY ALSO BE INTERESTED IN
related|Pensions: what changes for those born in 1962
related|Venice doubles its day-tripper fee and extends it to 90 days a year
related|Milan, rents up 6% in a year: the map by district
most-read|MOST READ
most-read|1
most-read|Pasta prices: why a kilo of spaghetti now costs more in Rome than in Paris
most-read|2
most-read|The Pope's visit to Naples: the programme
most-read|3
most-read|Serie A, Inter five points clear after the derby
ad|advertising
footer|Corriere della Sera
footer|Corriere Store
footer|Subscriptions
footer|Digital Edition
footer|Newsletter
footer|Help
footer|Privacy
footer|Cookie Policy
footer|Manage cookies
footer|Terms and conditions
copyright|Copyright 2026 © RCS Mediagroup S.p.a. All rights reserved. Reproduction, even partial, of the contents on this page by any means is prohibited.
footer|RCS MediaGroup S.p.a. - Via Angelo Rizzoli, 8 - 20132 Milan - VAT No. 12086540155
footer|For advertising: CAIRORCS MEDIA S.p.A.
back-to-top|Back to top
"""),
 dict(id="le-courrier-de-l-atlas-style-1", site="le-courrier-de-l-atlas-style", lang="fr", sep="\n", title="Maroc : les transferts des MRE atteignent un nouveau record en 2025", date="2026-01-30", page="""
ticker|Horaires de prière Paris : Fajr 06:41 Dhuhr 12:59 Asr 15:17 Maghrib 17:35 Isha 19:02
social|f
social|𝕏
social|in
social|▶
magazine|Le magazine
magazine|N° 198 en kiosque
subscribe|S'abonner
logo|Le Courrier de l'Atlas
logo|L'actualité du Maghreb et de la diaspora
menu|Accueil
menu|Actu
menu|Maroc
menu|Algérie
menu|Tunisie
menu|Afrique
menu|France
menu|Diaspora
menu|Économie
menu|Culture
menu|Sport
menu|Société
menu|Vidéos
search|🔍
breaking|À LA UNE
breaking|Algérie-France : reprise du dialogue migratoire à Alger
breaking|CAN 2025 : l'affluence record au stade de Rabat
breadcrumb|Accueil » Actu » Maroc
section-label|ÉCONOMIE
section-label|MAROC
h1|Maroc : les transferts des MRE atteignent un nouveau record en 2025
lead|Les Marocains résidant à l'étranger ont envoyé plus de 122 milliards de dirhams vers le royaume l'an dernier, selon l'Office des changes. Une manne qui pèse désormais près de 8 % du PIB.
byline|Par La Rédaction
dateline|Le 30 janvier 2026 à 11h20
reading-time|⏱ 3 minutes de lecture
share|Partager
share|Facebook
share|Twitter
share|WhatsApp
share|Telegram
share|Copier le lien
caption|Des voyageurs à l'aéroport Mohammed-V de Casablanca, en juillet dernier.
credit|FADEL SENNA / AFP
p|Un nouveau sommet. D'après les chiffres provisoires publiés jeudi par l'Office des changes, les transferts de fonds des Marocains résidant à l'étranger (MRE) ont atteint 122,4 milliards de dirhams (environ 11,3 milliards d'euros) en 2025, en hausse de 3,6 % par rapport à l'année précédente.
p|C'est la cinquième année consécutive de progression depuis la crise sanitaire, au cours de laquelle les envois d'argent de la diaspora avaient, contre toute attente, fortement augmenté. À l'époque, beaucoup d'économistes prédisaient un tassement une fois la situation revenue à la normale. Il ne s'est jamais produit.
h2|La France reste le premier pays d'origine
p|La France demeure de loin la principale source de ces transferts, avec près d'un tiers du total, devant l'Espagne, l'Italie et les États-Unis. Les pays du Golfe, et en particulier les Émirats arabes unis, enregistrent la plus forte croissance.
p|« Ce qui a changé, c'est le profil des envoyeurs. On a de plus en plus de jeunes diplômés, ingénieurs, médecins, qui gagnent bien leur vie et qui investissent au pays, pas seulement pour aider la famille », observe un économiste de l'université Mohammed-V de Rabat.
read-also|LIRE AUSSI
read-also|Opération Marhaba 2025 : plus de 4 millions de passages enregistrés
p|Une grande partie de ces fonds est destinée à la consommation courante des familles. Mais l'immobilier représente toujours une part importante : selon une enquête de Bank Al-Maghrib, un MRE sur trois déclare détenir un bien au Maroc ou en projet d'acquisition.
ad|PUBLICITÉ
ad|Envoyez de l'argent au Maroc sans frais dès le premier transfert. Offre soumise à conditions.
h2|Un pilier de la balance des paiements
p|Avec le tourisme et les exportations de phosphates, ces transferts constituent l'une des principales sources de devises du royaume. Ils ont permis, l'an dernier encore, de contenir le déficit du compte courant malgré la hausse de la facture énergétique.
p|Le gouvernement mise désormais sur la diaspora pour aller plus loin que les simples envois d'argent. Un fonds d'investissement dédié aux MRE, annoncé l'an dernier, doit être opérationnel au premier semestre 2026. Il promet un accompagnement pour les porteurs de projets :
li|un guichet unique dans chaque centre régional d'investissement ;
li|une garantie publique sur une partie des prêts bancaires ;
li|des conseillers présents dans les consulats des principales villes européennes.
p|Reste une question récurrente : le coût des transferts. Malgré la concurrence des applications de paiement, les frais restent élevés sur certains couloirs, notamment depuis les pays du Golfe. Plusieurs associations de la diaspora réclament un plafonnement, à l'image de ce qui existe au sein de l'Union européenne.
signature|(Avec AFP)
tags|#MRE
tags|#Maroc
tags|#Diaspora
tags|#Économie
author-link|La Rédaction
author-link|Retrouvez tous les articles de la rédaction du Courrier de l'Atlas.
comments|💬 Réagir
comments|Laisser un commentaire
comments|Vous devez vous connecter pour publier un commentaire.
related|VOUS AIMEREZ AUSSI
related|Maroc : l'inflation retombe sous les 1 % en décembre
related|30 janvier 2026
related|Tunisie : la diaspora appelée à financer les start-up
related|28 janvier 2026
related|Algérie : le dinar au plus bas sur le marché parallèle
related|26 janvier 2026
magazine|LE MAGAZINE DU MOIS
magazine|Février 2026 : Les nouveaux visages de la diaspora
magazine|Acheter ce numéro
magazine|Version numérique
newsletter|Recevez notre newsletter
newsletter|Votre adresse e-mail
newsletter|OK
most-read|LES PLUS LUS
most-read|01 Ramadan 2026 : la date du début du jeûne annoncée
most-read|02 Binationaux : ce que change la nouvelle convention fiscale franco-marocaine
most-read|03 Rachid Taha : un documentaire inédit sur Arte
footer|Qui sommes-nous ?
footer|Nous contacter
footer|Publicité
footer|Mentions légales
footer|CGU
footer|Politique de confidentialité
copyright|© 2026 Le Courrier de l'Atlas - Tous droits réservés
back-to-top|↑
"""),
 dict(id="le-courrier-de-l-atlas-style-2", site="le-courrier-de-l-atlas-style", lang="fr", sep="\n", title="À Marseille, une exposition retrace un siècle de chaâbi, de la Casbah d'Alger aux quartiers Nord", date="2026-02-20", page="""
ticker|Horaires de prière Paris : Fajr 06:12 Dhuhr 13:00 Asr 15:48 Maghrib 18:16 Isha 19:39
social|f
social|𝕏
social|in
social|▶
magazine|Le magazine
magazine|N° 199 en kiosque
subscribe|S'abonner
logo|Le Courrier de l'Atlas
logo|L'actualité du Maghreb et de la diaspora
menu|Accueil
menu|Actu
menu|Maroc
menu|Algérie
menu|Tunisie
menu|Afrique
menu|France
menu|Diaspora
menu|Économie
menu|Culture
menu|Sport
menu|Société
menu|Vidéos
search|🔍
breaking|À LA UNE
breaking|Ramadan 2026 : la date du début du jeûne annoncée
breadcrumb|Accueil » Culture » Musique
section-label|CULTURE
h1|À Marseille, une exposition retrace un siècle de chaâbi, de la Casbah d'Alger aux quartiers Nord
lead|Disques, instruments, affiches et témoignages : le musée d'histoire de Marseille consacre jusqu'en août une grande exposition à la musique populaire algéroise et à sa diffusion dans la diaspora.
byline|Par Nadia Bensalem
dateline|Le 20 février 2026 à 16h05
dateline|Mis à jour le 21 février 2026 à 09h30
reading-time|⏱ 4 minutes de lecture
share|Partager
share|Facebook
share|Twitter
share|WhatsApp
share|Telegram
share|Copier le lien
gallery|📷 Voir les 8 photos
caption|Un mandole ayant appartenu à un musicien de la Casbah, prêté par sa famille pour l'exposition.
credit|DR
p|Il y a d'abord le son. Dès l'entrée, une voix nasillarde et un mandole accueillent le visiteur, avant même qu'il ait pu lire le premier panneau. « On voulait que les gens entendent avant de regarder », sourit la commissaire de l'exposition, qui a passé trois ans à rassembler les pièces présentées dans les salles du musée d'histoire de Marseille.
p|Intitulée « Chaâbi, une musique en partage », l'exposition retrace un siècle d'histoire de ce genre né dans les cafés de la Casbah d'Alger dans les années 1920, et qui a accompagné l'exil de milliers d'Algériens vers la France.
h2|Des cafés d'Alger aux bars de Belsunce
p|Le parcours, chronologique, s'ouvre sur les grands maîtres de la première génération et sur les enregistrements réalisés à Paris dès les années 1930. On y découvre des 78 tours, des contrats d'enregistrement, des photographies de fêtes familiales et de nombreux instruments.
p|Une large section est consacrée à Marseille elle-même. Dans les années 1950 et 1960, les cafés du quartier Belsunce accueillaient chaque week-end des musiciens venus d'Alger ou installés dans la ville. Certains de ces lieux sont reconstitués grâce à des archives sonores inédites, collectées auprès des familles.
p|« Mon grand-père jouait dans un café de la rue des Dominicaines. Je n'avais jamais vu de photo de lui avec son instrument avant de venir ici », raconte Samir, 41 ans, venu avec ses deux enfants.
read-also|LIRE AUSSI
read-also|Cinéma : « Les Enfants de Bab El Oued » en compétition à Berlin
ad|PUBLICITÉ
h2|Une transmission qui continue
p|La dernière salle interroge la place du chaâbi aujourd'hui. Des jeunes musiciens marseillais, souvent formés dans des associations des quartiers Nord, y racontent comment ils se sont approprié ce répertoire, parfois en le mêlant au rap ou à l'électro.
p|Pour l'une des chanteuses interrogées, le chaâbi « n'est pas une musique de nostalgie, c'est une musique qui parle de l'exil, du travail, de l'amour, et ça, ça ne vieillit pas ».
p|L'exposition est accompagnée d'une programmation de concerts et de rencontres :
li|un concert d'ouverture le 7 mars au théâtre de la Criée ;
li|des après-midi d'écoute de disques rares chaque premier dimanche du mois ;
li|une journée d'étude consacrée aux cafés musicaux de l'immigration, en mai.
p|« Chaâbi, une musique en partage », musée d'histoire de Marseille, jusqu'au 30 août 2026. Entrée : 8 euros, gratuit pour les moins de 18 ans.
tags|#Algérie
tags|#Culture
tags|#Marseille
tags|#Musique
tags|#Diaspora
author-link|Nadia Bensalem
author-bio|Journaliste culture, Nadia Bensalem suit les scènes musicales du Maghreb et de la diaspora pour Le Courrier de l'Atlas.
comments|💬 Réagir
comments|2 commentaires
comments|Karim B. 20 février 2026 à 18h12
comments|Magnifique initiative, j'irai avec mon père.
comments|Répondre
comments|Laisser un commentaire
comments|Vous devez vous connecter pour publier un commentaire.
related|VOUS AIMEREZ AUSSI
related|Cheikha Rimitti : un biopic en préparation
related|19 février 2026
related|Tunis : le festival de la médina dévoile sa programmation
related|17 février 2026
magazine|LE MAGAZINE DU MOIS
magazine|Mars 2026 : Spécial Ramadan, la table et la mémoire
magazine|Acheter ce numéro
magazine|Version numérique
newsletter|Recevez notre newsletter
newsletter|Votre adresse e-mail
newsletter|OK
most-read|LES PLUS LUS
most-read|01 Ramadan 2026 : la date du début du jeûne annoncée
most-read|02 Maroc : les transferts des MRE atteignent un nouveau record en 2025
most-read|03 Binationaux : ce que change la nouvelle convention fiscale franco-marocaine
footer|Qui sommes-nous ?
footer|Nous contacter
footer|Publicité
footer|Mentions légales
footer|CGU
footer|Politique de confidentialité
copyright|© 2026 Le Courrier de l'Atlas - Tous droits réservés
back-to-top|↑
"""),
 dict(id="the-east-african-standard-style-1", site="the-east-african-standard-style", lang="en", sep="\n", title="Nakuru traders reject relocation from Wakulima market ahead of renovation", date="2026-02-09", page="""
network|The Standard
network|KTN News
network|KTN Home
network|Radio Maisha
network|Spice FM
network|Vybez Radio
network|Farmers Kenya
network|Eve Woman
network|Travelog
network|Games
epaper|ePaper
account|Sign In
subscribe|Subscribe
timestamp|Monday, February 9, 2026
menu|Home
menu|Kenya
menu|Counties
menu|Politics
menu|Business
menu|Sports
menu|Opinion
menu|World
menu|Health
menu|Entertainment
menu|Lifestyle
menu|Videos
menu|Podcasts
menu|Premium
search|Search
ad|ADVERTISEMENT
section-label|Counties
h1|Nakuru traders reject relocation from Wakulima market ahead of renovation
byline|By Mercy Kahenda
dateline|Feb. 09, 2026
reading-time|3 min read
share|Share this article
share|Facebook
share|X
share|LinkedIn
share|WhatsApp
share|Copy link
caption|Traders at Wakulima market in Nakuru city protest against the planned relocation. [Kipsang Joseph, Standard]
lead|Hundreds of traders at Nakuru's Wakulima market have vowed to resist a county directive to move to a temporary site at Kaptembwo, saying the new location will cost them customers.
p|Hundreds of traders at Nakuru's Wakulima market have downed their tools in protest against a county government directive requiring them to relocate to a temporary site ahead of a planned Sh480 million renovation.
p|The traders, mostly fresh produce vendors, on Monday morning blocked the main entrance to the market along Geoffrey Kamau Road, chanting and waving cabbages and green branches. Police officers were deployed to the area but there was no confrontation.
p|The county's Trade department last week issued a 14-day notice asking the more than 2,000 traders to move to a temporary market at Kaptembwo, about five kilometres from the city centre, to pave way for the construction works.
p|"We are not against development. But taking us to Kaptembwo is killing our business. Our customers come from town, from matatus and from hotels. Who will follow us there?" posed Esther Wanjiru, who has sold tomatoes at the market for 17 years.
read-also|Read More
read-also|Nakuru county seeks Sh1.2b loan for stalled bus park project
read-also|Traders count losses as floods hit Nakuru CBD
p|The traders' chairman, John Mwangi, said they were not consulted before the notice was issued and accused county officials of allocating stalls in the new market to people who are not traders.
p|"We have seen lists of names we do not know. We want an assurance in writing that every trader who leaves will come back to the same stall after the renovation," he said.
ad|ADVERTISEMENT
h2|County says project cannot wait
p|But Nakuru Trade CEC Member Stanley Kiprotich defended the move, saying the market's structures were unsafe and that the renovation was part of the county's plan to modernise markets across the 11 sub-counties.
p|"The roof of Wakulima is old and some sections could collapse anytime during the long rains. We cannot wait for a disaster to happen," said Kiprotich.
p|He said the temporary site had been fitted with water, toilets and lighting, and that the county would provide free transport for traders' goods for the first two weeks.
p|According to the county, the new market will have:
li|more than 2,500 stalls spread across three floors;
li|a cold storage facility for fresh produce;
li|a daycare centre for traders' children;
li|a parking bay for 120 vehicles and loading zones for lorries.
p|Kiprotich said the project, financed by the county and a development partner, is expected to take 18 months to complete. He added that no trader would lose their stall.
p|Nakuru East MCA Joseph Ngugi, who addressed the protesters, urged the county to extend the notice to 60 days and to hold public participation forums before the relocation begins.
p|Wakulima market, one of the largest fresh produce markets in the Rift Valley, receives supplies from Nyandarua, Bomet, Narok and Baringo counties.
tags|Nakuru County
tags|Wakulima Market
tags|Traders
tags|Devolution
whatsapp|Follow The Standard channel on WhatsApp
google-news|Get the latest news on Google News
related|Related Topics
related|Nakuru County
related|Stanley Kiprotich
premium|STANDARD PREMIUM
premium|Why your county is broke despite record revenue collection
premium|Inside the multi-billion shilling war over Mombasa port contracts
premium|Unlock
most-read|Trending Now
most-read|Kisumu rolls out free maternity care as nurses threaten strike
most-read|Teachers' union gives TSC seven days to release promotion list
most-read|Three killed in Salgaa road crash
more-story|More Counties
more-story|Kericho tea farmers demand bonus payment before Easter
more-story|1 hour ago
more-story|Siaya MCAs impeach deputy speaker
more-story|3 hours ago
newsletter|Sign up for our newsletter
newsletter|Stay updated with our daily news brief
newsletter|Email Address
newsletter|Sign Up
footer|The Standard Group PLC is a multi-media organization with investments in media platforms spanning newspaper print operations, television, radio broadcasting, digital and online services.
footer|About Us
footer|Contact Us
footer|Advertise With Us
footer|Corrections
footer|Privacy Policy
footer|Terms and Conditions
footer|Standard Group Centre, Mombasa Road. P.O. Box 30080-00100, Nairobi, Kenya.
footer|Telephone number: 0203222111, 0719012111
copyright|© 2026 The Standard Group PLC
"""),
 dict(id="the-east-african-standard-style-2", site="the-east-african-standard-style", lang="en", sep="\n", title="Kisumu rolls out free maternity care as nurses threaten strike", date="2026-03-03", page="""
network|The Standard
network|KTN News
network|KTN Home
network|Radio Maisha
network|Spice FM
network|Vybez Radio
network|Farmers Kenya
network|Eve Woman
network|Travelog
network|Games
epaper|ePaper
account|Sign In
subscribe|Subscribe
timestamp|Tuesday, March 3, 2026
menu|Home
menu|Kenya
menu|Counties
menu|Politics
menu|Business
menu|Sports
menu|Opinion
menu|World
menu|Health
menu|Entertainment
menu|Lifestyle
menu|Videos
menu|Podcasts
menu|Premium
search|Search
ad|ADVERTISEMENT
section-label|Counties
h1|Kisumu rolls out free maternity care as nurses threaten strike
byline|By Rushdie Oudia
dateline|Mar. 03, 2026
reading-time|4 min read
share|Share this article
share|Facebook
share|X
share|LinkedIn
share|WhatsApp
share|Copy link
caption|Mothers wait to be attended to at the Jaramogi Oginga Odinga Teaching and Referral Hospital in Kisumu. [Collins Oduor, Standard]
video|▶ WATCH: Kisumu mothers welcome free maternity programme
video|02:14
lead|The county says every expectant mother will receive free antenatal, delivery and post-natal services in all public facilities, but health workers warn the plan will collapse without more staff.
p|Kisumu County has launched a free maternity programme covering antenatal visits, delivery and post-natal care in all its public health facilities, even as nurses threaten to down their tools over delayed promotions.
p|Speaking during the launch at Kisumu County Referral Hospital on Monday, Governor Anyang' Nyong'o said the programme would cost Sh320 million in its first year and would be financed through the county budget and support from development partners.
p|"No mother in Kisumu should die because she could not afford to deliver in a hospital. No family should have their property auctioned because of a maternity bill," said Nyong'o.
p|Under the programme, mothers will receive at least eight antenatal visits, free ultrasound scans, delivery services including caesarean sections, and check-ups for both mother and child up to six weeks after birth.
read-also|ALSO READ
read-also|SHA: Hospitals threaten to stop services over Sh5b arrears
p|The county health department says Kisumu records about 38,000 births every year, with close to a fifth taking place outside health facilities, mostly in Nyakach, Muhoroni and Seme sub-counties.
p|County Health CEC Gregory Ganda said community health promoters would be used to identify pregnant women in the villages and refer them to the nearest facility.
ad|ADVERTISEMENT
h2|Nurses issue notice
p|But the launch was overshadowed by a strike notice issued by the Kenya National Union of Nurses (KNUN) Kisumu branch, which accused the county of failing to promote more than 600 nurses who have stagnated in one job group for over six years.
p|Branch Secretary Maurice Opetu said the union had written to the county three times without a response, and that the nurses would down their tools in 14 days if their demands were not met.
p|"You cannot promise free maternity care when the nurses who are supposed to deliver the babies are overworked and demoralised. Some wards have one nurse for 30 mothers at night," said Opetu.
p|The union's demands include:
li|promotion of all nurses who have served in the same job group for more than three years;
li|recruitment of at least 300 additional nurses;
li|payment of outstanding allowances dating back to 2024.
p|Ganda said the county had set aside funds for the promotions in the supplementary budget and urged the union to give dialogue a chance. He said the county would also hire 150 nurses on contract before the end of the financial year.
p|Health experts have welcomed the programme but cautioned that free services often lead to congestion in hospitals. "We saw it in 2013 when national free maternity was introduced. The numbers went up overnight and facilities were overwhelmed," said Dr Beatrice Achieng, a public health lecturer at Maseno University.
signature|Additional reporting by Olivia Odhiambo
tags|Kisumu County
tags|Maternal Health
tags|Nurses Strike
tags|KNUN
whatsapp|Follow The Standard channel on WhatsApp
google-news|Get the latest news on Google News
related|Related Topics
related|Anyang' Nyong'o
related|Kisumu County
premium|STANDARD PREMIUM
premium|The hidden cost of SHA: What patients are paying out of pocket
premium|Unlock
most-read|Trending Now
most-read|Nakuru traders reject relocation from Wakulima market ahead of renovation
most-read|Ruto, Raila allies clash over 2027 pact in Kisumu
most-read|Gor Mahia sack coach after derby loss
more-story|More Counties
more-story|Homa Bay fishermen decry water hyacinth invasion
more-story|2 hours ago
more-story|Busia: Border traders protest new levies
more-story|5 hours ago
comments|Comments
comments|Join the conversation. Sign in to comment.
newsletter|Sign up for our newsletter
newsletter|Stay updated with our daily news brief
newsletter|Email Address
newsletter|Sign Up
footer|The Standard Group PLC is a multi-media organization with investments in media platforms spanning newspaper print operations, television, radio broadcasting, digital and online services.
footer|About Us
footer|Contact Us
footer|Advertise With Us
footer|Corrections
footer|Privacy Policy
footer|Terms and Conditions
footer|Standard Group Centre, Mombasa Road. P.O. Box 30080-00100, Nairobi, Kenya.
footer|Telephone number: 0203222111, 0719012111
copyright|© 2026 The Standard Group PLC
"""),
]
