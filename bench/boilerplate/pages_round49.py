# Round 49: eight pages on four more layouts (a French public regional radio's news site, an Ivorian news portal,
# a Kenyan tabloid-style daily, an Australian commercial news site with a paywall), written blind: without looking
# at the classifier, its rules or the benchmark, measured once. Each line: "label|text". Invented text; no real
# article is copied.
ROUND49 = [
 dict(id="ouest-regional-radio-style-1", site="ouest-regional-radio-style", lang="fr", sep="\n", title="Vannes : la ligne de bus vers l'hôpital passera toutes les dix minutes dès lundi", date="2025-09-12", page="""
skip-link|Aller au contenu
skip-link|Aller au menu
skip-link|Aller à la recherche
menu|onde ouest
menu|La radio publique de Bretagne Sud
listen|Écouter le direct
listen|En ce moment : Le 16-19 d'Onde Ouest
menu|Infos
menu|Sport
menu|Culture
menu|Sorties
menu|Météo
menu|Trafic
menu|Podcasts
menu|Fréquences
lang-switch|Brezhoneg
menu|Se connecter
menu|Choisir ma radio locale : Vannes – Lorient – Quimper
breadcrumb|Accueil › Infos › Société
section-label|Transports
h1|Vannes : la ligne de bus vers l'hôpital passera toutes les dix minutes dès lundi
lead|Le réseau de bus de l'agglomération renforce à partir du 15 septembre la ligne qui dessert le centre hospitalier Chubert. Une demande ancienne des patients et des soignants.
byline|Par Morgane Le Floc'h, Onde Ouest Vannes
dateline|Publié le vendredi 12 septembre 2025 à 7h52
dateline|Mis à jour le vendredi 12 septembre 2025 à 9h15
listen|Écouter cet article
listen|1 min 48
share|Partager
share|Facebook
share|X
share|WhatsApp
share|Copier le lien
save|Ajouter à mes favoris
caption|Un bus de la ligne 4 à l'arrêt Chubert-Hôpital, en septembre 2025.
credit|© Radio France – Morgane Le Floc'h
p|C'est la fin des longues attentes sous l'abribus de l'hôpital. À partir du lundi 15 septembre, la ligne 4 du réseau Kicéo passera toutes les dix minutes aux heures de pointe, contre vingt minutes jusqu'ici.
p|L'agglomération a acheté trois bus supplémentaires, tous électriques, pour tenir cette nouvelle cadence. Le coût de l'opération est estimé à 1,4 million d'euros, dont un tiers financé par la région.
p|« Les patients qui viennent en consultation nous disaient qu'ils arrivaient en retard ou qu'ils attendaient une demi-heure pour repartir », explique la vice-présidente chargée des mobilités.
h2|Des horaires élargis le soir
p|Autre changement attendu : le dernier bus quittera l'hôpital à 22h10, au lieu de 20h40. Une mesure pensée pour le personnel soignant dont les équipes se relaient en fin de soirée.
p|« Avant, certains collègues finissaient leur service et rentraient à pied, même en hiver », témoigne une infirmière du service des urgences, rencontrée devant l'entrée principale.
h2|Ce qui change pour les usagers
li|Un passage toutes les 10 minutes de 7h à 9h30 et de 16h à 19h ;
li|Un dernier départ à 22h10 du lundi au samedi ;
li|Deux nouveaux arrêts, rue du Maréchal-Leclerc et avenue de la Marne.
p|Le tarif, lui, ne change pas : 1,50 euro le trajet. Les nouveaux horaires sont affichés aux arrêts depuis jeudi et disponibles sur l'application du réseau.
tags|Vannes
tags|Transports en commun
tags|Santé
tags|Morbihan
related|À lire aussi
related|Lorient : les travaux du pôle d'échanges de la gare prolongés jusqu'en décembre
related|Morbihan : le TER entre Vannes et Redon perturbé pendant deux week-ends
newsletter|Recevez l'actualité de Bretagne Sud chaque matin
newsletter|Votre adresse e-mail
newsletter|Je m'abonne
newsletter|Vos données sont traitées par Radio France. Pour en savoir plus, consultez notre politique de confidentialité.
teaser-list|Les dernières infos
teaser-list|il y a 12 min
teaser-list|Quimper : un incendie dans un entrepôt de la zone de l'Hippodrome
teaser-list|il y a 41 min
teaser-list|Football : le FC Lorient reçoit Angers ce samedi, les infos pratiques
teaser-list|il y a 1 h
teaser-list|Météo : un week-end ensoleillé mais frais en Bretagne Sud
programme-guide|À écouter sur Onde Ouest
programme-guide|6h-9h : La matinale avec Erwan et Soazig
programme-guide|9h-10h : On vous dit tout
programme-guide|16h-19h : Le 16-19
footer|Onde Ouest, c'est aussi
footer|Les fréquences
footer|Nous contacter
footer|Plan du site
footer|Accessibilité : partiellement conforme
footer|Mentions légales
footer|Gestion des cookies
footer|Données personnelles
network|Radio France : franceinfo – France Inter – France Culture – France Musique – Mouv'
copyright|© Radio France 2025
"""),
 dict(id="ouest-regional-radio-style-2", site="ouest-regional-radio-style", lang="fr", sep="\n", title="Lorient : le festival de la soupe de poisson attend 8 000 visiteurs sur le port de pêche", date="2025-10-03", page="""
skip-link|Aller au contenu
skip-link|Aller au menu
skip-link|Aller à la recherche
menu|onde ouest
menu|La radio publique de Bretagne Sud
listen|Écouter le direct
listen|En ce moment : La matinale avec Erwan et Soazig
menu|Infos
menu|Sport
menu|Culture
menu|Sorties
menu|Météo
menu|Trafic
menu|Podcasts
menu|Fréquences
lang-switch|Brezhoneg
menu|Se connecter
menu|Choisir ma radio locale : Vannes – Lorient – Quimper
breadcrumb|Accueil › Sorties › Fêtes et festivals
section-label|Gastronomie
h1|Lorient : le festival de la soupe de poisson attend 8 000 visiteurs sur le port de pêche
lead|Pour sa onzième édition, la fête de Keroman s'étale sur deux jours. Dégustations, criée ouverte au public et concours entre chefs amateurs sont au programme.
byline|Par Yannick Guégan, Onde Ouest Lorient
dateline|Publié le vendredi 3 octobre 2025 à 6h30
listen|Écouter cet article
listen|2 min 05
share|Partager
share|Facebook
share|X
share|WhatsApp
share|Copier le lien
save|Ajouter à mes favoris
caption|Les bénévoles préparent les marmites sur le quai de la criée.
credit|© Radio France – Yannick Guégan
p|Les marmites sont déjà alignées sur le quai. Ce samedi et ce dimanche, le port de pêche de Keroman accueille la onzième édition de son festival de la soupe de poisson, un rendez-vous devenu incontournable à l'automne.
p|Les organisateurs comptent sur 8 000 visiteurs, un peu plus que l'an dernier, où la pluie avait écourté la seconde journée. Près de 2 000 litres de soupe doivent être servis, préparés à partir du poisson débarqué dans la semaine.
p|« On veut montrer que les espèces moins connues, le grondin, le tacaud, la vieille, sont délicieuses et ne coûtent pas cher », explique le président de l'association organisatrice, lui-même ancien patron pêcheur.
h2|La criée ouverte au public
p|Temps fort du week-end, la halle de vente ouvrira ses portes dimanche matin de 8h à 11h. Les visiteurs pourront assister à une vente commentée et découvrir le fonctionnement des enchères électroniques.
p|Un concours réunira aussi dix cuisiniers amateurs, sélectionnés sur dossier. Le jury, présidé par une cheffe étoilée de la région, désignera la meilleure recette samedi à 17h.
h2|Infos pratiques
li|Samedi de 11h à 22h, dimanche de 8h à 18h ;
li|Entrée libre, bol de soupe à 3 euros ;
li|Parkings gratuits au Péristyle et navettes depuis la gare.
p|Les bénéfices seront reversés à la Société nationale de sauvetage en mer, dont la station de Lorient doit remplacer son canot l'an prochain.
tags|Lorient
tags|Pêche
tags|Festival
tags|Morbihan
related|À lire aussi
related|Pêche : la flottille lorientaise inquiète après la baisse des quotas de merlu
related|Quimper : le festival de Cornouaille dresse un bilan record
newsletter|Recevez l'actualité de Bretagne Sud chaque matin
newsletter|Votre adresse e-mail
newsletter|Je m'abonne
newsletter|Vos données sont traitées par Radio France. Pour en savoir plus, consultez notre politique de confidentialité.
teaser-list|Les dernières infos
teaser-list|il y a 5 min
teaser-list|Trafic : bouchon sur la RN165 à hauteur de Hennebont
teaser-list|il y a 28 min
teaser-list|Vannes : la mairie lance une consultation sur le stationnement
teaser-list|il y a 2 h
teaser-list|Rugby : le RC Vannes en déplacement à Toulon
programme-guide|À écouter sur Onde Ouest
programme-guide|6h-9h : La matinale avec Erwan et Soazig
programme-guide|9h-10h : On vous dit tout
programme-guide|16h-19h : Le 16-19
footer|Onde Ouest, c'est aussi
footer|Les fréquences
footer|Nous contacter
footer|Plan du site
footer|Accessibilité : partiellement conforme
footer|Mentions légales
footer|Gestion des cookies
footer|Données personnelles
network|Radio France : franceinfo – France Inter – France Culture – France Musique – Mouv'
copyright|© Radio France 2025
"""),
 dict(id="abidjan-portail-style-1", site="abidjan-portail-style", lang="fr", sep="\n\n", title="Yopougon: les commerçants du marché Sicogi relogés sur un site provisoire", date="2025-06-17", page="""
timestamp|Mardi 17 juin 2025
menu|Connexion | Inscription
menu|ABIDJAN-PORTAIL.CI
menu|Le portail de la Côte d'Ivoire
ticker|BRVM Composite 312,45 (+0,38%) | EUR/XOF 655,957 | USD/XOF 604,12
weather|Abidjan 28°C Averses
menu|Accueil
menu|Politique
menu|Economie
menu|Société
menu|Sport
menu|Culture
menu|Région
menu|Annonces
menu|Photos
menu|Vidéos
menu|Nécrologie
menu|Emploi
ad|Publicité
ad|Orange Money : envoyez de l'argent partout en Côte d'Ivoire à partir de 0 F
breadcrumb|Accueil > Société > Article
section-label|Société
h1|Yopougon: les commerçants du marché Sicogi relogés sur un site provisoire
byline|Par Koffi Aya Estelle
dateline|Publié le mardi 17 juin 2025 | L'Intelligent d'Abidjan
views|Lu 1 243 fois
share|Partager sur Facebook
share|Partager sur X
share|Partager sur WhatsApp
print|Imprimer
font|A+ A-
comments|0 commentaire
caption|Des commerçantes installent leurs étals sur le site provisoire, le lundi 16 juin 2025 (Ph: DR)
p|Les quelque 600 commerçants du marché de la Sicogi, à Yopougon, ont commencé lundi à s'installer sur un site provisoire aménagé à proximité du terrain de football du quartier. Le marché doit être entièrement reconstruit dans les dix-huit prochains mois.
p|Le maire de la commune a procédé lui-même à la remise des premiers emplacements, en présence des représentants des commerçants et des responsables de l'entreprise chargée des travaux.
p|« Nous avons tenu à ce que personne ne perde sa place. Chaque commerçant recensé a un emplacement numéroté sur le nouveau site », a-t-il déclaré.
p|Le site provisoire compte 640 places, des toilettes publiques, un point d'eau et un poste de sécurité. L'éclairage a été installé pour permettre l'ouverture jusqu'à 20 heures.
h2|Des inquiétudes sur le coût des loyers
p|Mais chez les vendeuses de vivriers, l'enthousiasme est mesuré. Beaucoup craignent que le futur marché moderne ne pratique des loyers trop élevés pour elles.
p|« Aujourd'hui je paie 3 000 F par mois. Si demain on nous demande 15 000 F, comment on va faire ? », s'interroge Adjoua, vendeuse de piment et d'aubergines depuis quinze ans.
p|La mairie assure que les tarifs seront fixés en concertation avec les associations de commerçants et que les anciens occupants auront la priorité pour les nouvelles boutiques.
p|Le coût total des travaux est estimé à 4,2 milliards de FCFA, financés par la commune et un partenaire privé.
signature|Koffi Aya Estelle
signature|Source: L'Intelligent d'Abidjan
copyright|Copyright © L'Intelligent d'Abidjan. Tous droits de reproduction réservés.
tags|Mots clés : Yopougon, marché, commerçants, Abidjan
related|Articles connexes
related|Abobo : le marché de gros rouvre après les travaux de drainage
related|Adjamé : les gares routières déplacées vers le nouveau terminal
whatsapp|Rejoignez la chaîne WhatsApp d'Abidjan-Portail pour ne rien rater de l'actualité
comments|Commentaires
comments|Soyez le premier à commenter cet article.
comments|Vous devez être connecté pour publier un commentaire. Se connecter
most-read|Les plus lus
most-read|1
most-read|BAC 2025 : les résultats attendus dès la fin de la semaine
most-read|2
most-read|Coupure d'eau : plusieurs quartiers de Cocody concernés ce week-end
most-read|3
most-read|Football : les Éléphants en stage à Abidjan avant les éliminatoires
obituary|Nécrologie
obituary|Faire-part de décès : M. Yao Kouassi Bernard, ancien instituteur
obituary|Remerciements : Famille N'Guessan
classifieds|Annonces
classifieds|Appel d'offres : fourniture de matériel informatique
classifieds|Avis de recrutement : comptable confirmé (H/F)
footer|A propos | Contacts | Publicité | Conditions d'utilisation | Mentions légales
footer|Abidjan-Portail.ci est édité par Portail Média SA, Cocody Riviera 3, Abidjan
copyright|© 2005-2025 Abidjan-Portail.ci – Tous droits réservés
cookie|Ce site utilise des cookies pour améliorer votre expérience. En continuant votre navigation, vous acceptez leur utilisation.
cookie|OK
cookie|En savoir plus
"""),
 dict(id="abidjan-portail-style-2", site="abidjan-portail-style", lang="fr", sep="\n\n", title="Bouaké: une campagne de dépistage gratuit du diabète accueille plus de 2 000 personnes", date="2025-07-08", page="""
timestamp|Mardi 8 juillet 2025
menu|Connexion | Inscription
menu|ABIDJAN-PORTAIL.CI
menu|Le portail de la Côte d'Ivoire
ticker|BRVM Composite 315,02 (-0,12%) | EUR/XOF 655,957 | USD/XOF 598,40
weather|Abidjan 26°C Nuageux
menu|Accueil
menu|Politique
menu|Economie
menu|Société
menu|Sport
menu|Culture
menu|Région
menu|Annonces
menu|Photos
menu|Vidéos
menu|Nécrologie
menu|Emploi
ad|Publicité
ad|Banque Atlantique : votre crédit scolaire en 48 heures
breadcrumb|Accueil > Région > Article
section-label|Santé
h1|Bouaké: une campagne de dépistage gratuit du diabète accueille plus de 2 000 personnes
byline|Par Ouattara Sidiki, Correspondant régional
dateline|Publié le mardi 8 juillet 2025 | AIP
views|Lu 688 fois
share|Partager sur Facebook
share|Partager sur X
share|Partager sur WhatsApp
print|Imprimer
font|A+ A-
comments|2 commentaires
dateline|Bouaké, 7 juil 2025 (AIP) –
p|Plus de 2 000 personnes ont bénéficié d'un dépistage gratuit du diabète et de l'hypertension artérielle, du jeudi au samedi, au centre hospitalier universitaire de Bouaké, lors d'une campagne organisée par une association de médecins.
p|Selon le coordonnateur de l'opération, près de 11 % des personnes dépistées présentaient une glycémie élevée, dont une majorité ignorait sa situation.
p|« Beaucoup de patients ne viennent à l'hôpital que lorsque les complications sont déjà là. Le dépistage précoce change tout », a-t-il souligné.
caption|Une infirmière mesure la glycémie d'une patiente au CHU de Bouaké (Ph: AIP)
p|Les personnes dépistées positives ont été orientées vers le service d'endocrinologie, où une première consultation leur a été offerte. Des conseils nutritionnels ont également été donnés par des diététiciens.
h2|Les conseils des médecins
li|Réduire la consommation de sucre et de boissons sucrées ;
li|Pratiquer au moins trente minutes de marche par jour ;
li|Faire contrôler sa glycémie au moins une fois par an après 40 ans.
p|Les organisateurs prévoient de renouveler l'opération à Korhogo et à Daloa avant la fin de l'année.
signature|OS/kp
signature|Source: AIP
copyright|Copyright © AIP. Tous droits de reproduction réservés.
tags|Mots clés : Bouaké, santé, diabète, dépistage
related|Articles connexes
related|Korhogo : 300 enfants opérés gratuitement de la hernie
related|Santé : le ministère lance la campagne contre le paludisme saison des pluies
whatsapp|Rejoignez la chaîne WhatsApp d'Abidjan-Portail pour ne rien rater de l'actualité
comments|Commentaires
comments|Kouamé J. – 08/07/2025 à 10:12
comments|Très bonne initiative, il faut que ça arrive jusqu'à Sakassou aussi.
comments|Répondre
comments|Fatou B. – 08/07/2025 à 11:47
comments|Merci aux médecins. Ma mère a été dépistée et prise en charge.
comments|Répondre
comments|Vous devez être connecté pour publier un commentaire. Se connecter
most-read|Les plus lus
most-read|1
most-read|Transport : le prix du ticket de bus SOTRA inchangé
most-read|2
teaser-list|Bouaké: une campagne de dépistage gratuit du diabète accueille plus de 2 000 personnes
most-read|3
most-read|Concours de la fonction publique : la liste des admis publiée
obituary|Nécrologie
obituary|Faire-part de décès : Mme Koné née Diabaté Mariam
obituary|Messe d'action de grâce : Famille Brou
classifieds|Annonces
classifieds|Vente : terrain de 500 m² à Bingerville, ACD disponible
classifieds|Avis de recrutement : chauffeurs poids lourds
footer|A propos | Contacts | Publicité | Conditions d'utilisation | Mentions légales
footer|Abidjan-Portail.ci est édité par Portail Média SA, Cocody Riviera 3, Abidjan
copyright|© 2005-2025 Abidjan-Portail.ci – Tous droits réservés
cookie|Ce site utilise des cookies pour améliorer votre expérience. En continuant votre navigation, vous acceptez leur utilisation.
cookie|OK
cookie|En savoir plus
"""),
 dict(id="kenya-star-style-1", site="kenya-star-style", lang="en", sep="\n\n", title="Matatu fares rise by Sh20 on Thika Road as fuel prices bite", date="2025-08-15", page="""
menu|THE NAIROBI BEACON
timestamp|Friday, August 15, 2025
menu|Sign In
menu|Subscribe to ePaper
menu|News
menu|Counties
menu|Business
menu|Sports
menu|Entertainment
menu|Big Read
menu|Opinion
menu|Siasa
menu|Lifestyle
menu|Videos
menu|Podcasts
menu|Classifieds
breaking|BREAKING: Senate adjourns debate on county revenue bill to Tuesday
breadcrumb|Home / News / Counties / Nairobi
section-label|NAIROBI
h1|Matatu fares rise by Sh20 on Thika Road as fuel prices bite
lead|Commuters from Ruiru and Juja say they now spend up to Sh4,000 more a month
byline|by WANJIKU MWANGI
byline|Reporter
section-label|News
dateline|15 August 2025 - 06:20
listen|Listen to this article
listen|00:00 / 03:12
share|Share
share|Facebook
share|X
share|WhatsApp
share|Telegram
share|LinkedIn
share|Email
caption|Passengers board a matatu at the Ruiru stage along Thika Road, August 14, 2025.
credit|Image: FILE
section-label|In Summary
li|Matatu operators say diesel prices have eaten into their margins since the last review.
li|The National Transport and Safety Authority warned crews against overloading to recover costs.
p|Commuters along the busy Thika Superhighway woke up to higher fares on Thursday after matatu operators raised charges by between Sh20 and Sh50 per trip.
p|A ride from Ruiru to the Nairobi CBD, which cost Sh100 last week, now goes for Sh120 during the morning rush, while the Juja route has risen to Sh150.
p|Operators blamed the increase on diesel prices, which rose by Sh6.40 per litre in the latest review by the energy regulator.
ad|ADVERTISEMENT
p|"We have held on for two months. Fuel, spare parts and county fees have all gone up. We cannot keep running at a loss," said the chairman of a Ruiru-based Sacco.
p|Passengers, however, say the increase comes at a difficult time, with schools reopening in two weeks.
p|"I pay Sh240 a day just to get to work and back. That is almost Sh6,000 a month before I even buy lunch," said Grace Njeri, a shop attendant in the CBD.
related|READ ALSO: Motorists stranded as fuel shortage hits Eldoret stations
h2|Crackdown on overloading
p|The National Transport and Safety Authority said its officers would be deployed along the highway to ensure matatus do not carry extra passengers to offset costs.
p|The authority also urged commuters to report any crew charging above the fares displayed inside the vehicle.
p|Transport CS is expected to meet operators next week to discuss a possible fuel subsidy for public service vehicles.
tags|matatu fares
tags|Thika Road
tags|fuel prices
tags|NTSA
whatsapp|Follow The Nairobi Beacon channel on WhatsApp
app|Download the Beacon App for the latest news on the go
related|Related Articles
related|Kiambu traders protest new market levies
related|2 hours ago
related|Boda boda riders to register with county by September
related|5 hours ago
comments|Comments
comments|Join the conversation. Log in to post a comment.
most-read|Trending
most-read|Man, 34, arrested over theft of transformer oil in Kitengela
most-read|Gengetone star opens up about life after fame
most-read|KCSE 2025: Ministry releases exam timetable
sponsored|Sponsored
sponsored|Here's why Nairobi landlords are switching to smart meters
sponsored|Safari Bets: Bet responsibly. 18+
disclaimer|Gambling is addictive. Play responsibly. Licensed by BCLB.
epaper|Read today's paper
epaper|Get the full Nairobi Beacon ePaper for Sh20 daily
footer|About Us
footer|Contact Us
footer|Advertise With Us
footer|Editorial Policy
footer|Terms of Use
footer|Privacy Policy
footer|Careers
social|Follow us: Facebook | X | Instagram | TikTok | YouTube
copyright|© 2025 The Nairobi Beacon. All Rights Reserved.
"""),
 dict(id="kenya-star-style-2", site="kenya-star-style", lang="en", sep="\n\n", title="Kakamega woman, 72, graduates with diploma in agriculture", date="2025-11-28", page="""
menu|THE NAIROBI BEACON
timestamp|Friday, November 28, 2025
menu|Sign In
menu|Subscribe to ePaper
menu|News
menu|Counties
menu|Business
menu|Sports
menu|Entertainment
menu|Big Read
menu|Opinion
menu|Siasa
menu|Lifestyle
menu|Videos
menu|Podcasts
menu|Classifieds
breaking|BREAKING: Harambee Stars coach names 26-man squad for Cecafa Cup
breadcrumb|Home / News / Counties / Western
section-label|WESTERN
h1|Kakamega woman, 72, graduates with diploma in agriculture
lead|Grandmother of 14 says she went back to class to learn how to farm better
byline|by BRIAN OTIENO
byline|Correspondent, Western
section-label|Counties
dateline|28 November 2025 - 14:05
listen|Listen to this article
listen|00:00 / 02:41
share|Share
share|Facebook
share|X
share|WhatsApp
share|Telegram
share|LinkedIn
share|Email
caption|Mama Rosemary Ambani receives her diploma certificate in Kakamega on November 27, 2025.
credit|Image: BRIAN OTIENO
section-label|In Summary
li|Ambani enrolled at the college in 2023 after her avocado trees failed two seasons in a row.
li|She says she now wants to train other women in her village.
p|At 72, Rosemary Ambani was the oldest graduand by far when she walked across the stage at a technical college in Kakamega on Thursday.
p|Dressed in a green gown and clutching her certificate, the grandmother of 14 drew loud cheers from fellow students, most of them young enough to be her grandchildren.
p|Ambani enrolled for a diploma in agriculture in 2023 after losing most of her avocado harvest to disease for two seasons.
ad|ADVERTISEMENT
p|"I had farmed for 40 years but I was doing it the way my mother did. I wanted to understand soil, pests and markets," she told the Beacon.
h2|Early morning lessons
p|She says she woke up at 5am every day to walk three kilometres to the main road where she took a boda boda to college.
p|Her lecturers describe her as one of the most disciplined students they have taught. "She never missed a practical session, even when it rained," one of them said.
related|READ ALSO: Meet the Nyeri teenager who built a solar-powered milk cooler
p|Ambani has already put her knowledge to use. She has grafted new avocado seedlings and started keeping records of her sales for the first time.
p|She now plans to form a group of women farmers in her village of Shinyalu to share what she has learnt.
p|"Age is just a number. If you still have breath, you can still learn," she said.
tags|Kakamega
tags|education
tags|agriculture
whatsapp|Follow The Nairobi Beacon channel on WhatsApp
app|Download the Beacon App for the latest news on the go
related|Related Articles
related|Bungoma farmers receive subsidised fertiliser ahead of planting
related|1 day ago
related|Vihiga county to build new ECDE centres
related|3 days ago
comments|Comments
comments|Join the conversation. Log in to post a comment.
most-read|Trending
most-read|Socialite slams ex-husband in viral TikTok live
teaser-list|Kakamega woman, 72, graduates with diploma in agriculture
most-read|Nairobi CBD traffic plan for Jamhuri Day announced
sponsored|Sponsored
sponsored|5 hacks Kenyan SMEs use to cut electricity bills
sponsored|Safari Bets: Bet responsibly. 18+
disclaimer|Gambling is addictive. Play responsibly. Licensed by BCLB.
epaper|Read today's paper
epaper|Get the full Nairobi Beacon ePaper for Sh20 daily
footer|About Us
footer|Contact Us
footer|Advertise With Us
footer|Editorial Policy
footer|Terms of Use
footer|Privacy Policy
footer|Careers
social|Follow us: Facebook | X | Instagram | TikTok | YouTube
copyright|© 2025 The Nairobi Beacon. All Rights Reserved.
"""),
 dict(id="australian-news-corp-style-1", site="australian-news-corp-style", lang="en", sep="\n", title="Brisbane renters face another $40 a week as vacancy rate hits record low", date="2025-03-19", page="""
skip-link|Skip to navigation
skip-link|Skip to content
skip-link|Skip to footer
menu|The Brisbane Chronicle
weather|Brisbane 29° Partly cloudy
menu|Subscribe
menu|Log in
menu|Breaking News
menu|QLD News
menu|National
menu|World
menu|Real Estate
menu|Business
menu|Sport
menu|NRL
menu|AFL
menu|Entertainment
menu|Lifestyle
menu|Opinion
menu|Puzzles
menu|Today's Paper
ad|Advertisement
breadcrumb|QLD News › Property
section-label|Property
h1|Brisbane renters face another $40 a week as vacancy rate hits record low
lead|Tenants across Brisbane's middle-ring suburbs are being hit with steep increases as the number of homes available to rent falls to its lowest level on record.
paywall|Subscriber only
byline|Jessica Thornton
byline|Property Reporter
dateline|March 19, 2025 - 5:00AM
comments|12 comments
listen|Listen to this article
listen|4 min
share|Share
save|Save
gift|Gift this article
caption|Prospective tenants queue for an inspection in Woolloongabba. Picture: Liam Kidston
p|Brisbane renters are paying an extra $40 a week on average compared with a year ago, as the city's vacancy rate slipped to 0.8 per cent in February, the lowest figure since records began.
p|New figures from a leading property data firm show the median weekly rent for a house in Greater Brisbane has reached $650, while units have climbed to $590.
p|Suburbs within 15km of the CBD recorded the sharpest rises, led by Coorparoo, Kedron and Indooroopilly, where some landlords lifted asking rents by more than 10 per cent.
ad|Advertisement
p|Real Estate Institute of Queensland figures show fewer than 1,500 homes were listed for rent across the city at the end of the month, down from more than 2,600 two years ago.
related|MORE NEWS
related|‘It’s not worth it’: Why landlords are selling up in Logan
related|Inside the $3.2m Ascot mansion that sold in 48 hours
p|Tenants' advocates say the squeeze is forcing families into longer commutes or shared housing.
p|"We are hearing from people who have applied for 30 or 40 properties without success," a spokeswoman for a statewide tenants' group said.
h2|Relief not expected soon
p|Economists say relief is unlikely before 2026, with construction of new apartments still well below the level needed to keep pace with population growth.
p|The state government has pointed to its limit of one rent increase per year and a new rental bond loan scheme, but the opposition says more homes must be built faster.
p|A spokesman for the Housing Minister said 2,000 social homes were under construction across the state.
newsletter|Sign up to The Brisbane Chronicle's Property newsletter
newsletter|Your weekly guide to the market, delivered every Saturday.
newsletter|Sign up
tags|Queensland
tags|Rental Market
tags|Brisbane
comments|Join the conversation
comments|Sort by Newest
comments|Comments are moderated. Comments policy.
comments|Dave from Kedron 2 hours ago
comments|My rent went up $60 last month. Nothing changes.
comments|Reply
comments|Like
related|More related stories
related|Property
related|The Gold Coast suburbs where rents are finally falling
related|Agents reveal the three things that win a rental application.
related|Read more
related|Real Estate
related|First-home buyers flock to Ipswich as prices soar
related|Brisbane's outer suburbs record biggest annual growth in the country.
related|Read more
most-read|Top stories
most-read|Police name man killed in Bruce Hwy crash
most-read|Broncos star facing weeks on sidelines
most-read|Taylor Swift fans warned over fake tickets
sponsored|Recommended for you
sponsored|Promoted
sponsored|The retirement strategy Aussies over 55 are talking about
sponsored|Sponsored by Wealth Partners
footer|The Brisbane Chronicle
footer|About Us
footer|Contact Us
footer|Help Centre
footer|Subscription terms
footer|Standards of Practice
footer|Privacy Policy
footer|Relevant Ads Opt-out
footer|Cookie Policy
footer|Terms of Use
network|Our Network: The Sydney Telegraph | Melbourne Herald | Adelaide Advertiser | Gold Coast Bulletin | Cairns Post
acknowledgement|We acknowledge the Traditional Owners of the lands on which we live and work, and pay our respects to Elders past and present.
copyright|Copyright © 2025 Brisbane Chronicle Pty Ltd. All times AEST (GMT +10).
"""),
 dict(id="australian-news-corp-style-2", site="australian-news-corp-style", lang="en", sep="\n", title="Sunshine Coast lifeguards perform 60 rescues in a single afternoon", date="2025-12-29", page="""
skip-link|Skip to navigation
skip-link|Skip to content
skip-link|Skip to footer
menu|The Brisbane Chronicle
weather|Brisbane 31° Storms likely
menu|Subscribe
menu|Log in
menu|Breaking News
menu|QLD News
menu|National
menu|World
menu|Real Estate
menu|Business
menu|Sport
menu|NRL
menu|AFL
menu|Entertainment
menu|Lifestyle
menu|Opinion
menu|Puzzles
menu|Today's Paper
ad|Advertisement
breadcrumb|QLD News › Sunshine Coast
section-label|Breaking News
h1|Sunshine Coast lifeguards perform 60 rescues in a single afternoon
lead|Lifeguards have urged beachgoers to swim between the flags after a dangerous afternoon of rips and big swell along the Sunshine Coast.
byline|Ben Kirkwood
dateline|December 29, 2025 - 6:42PM
dateline|Updated 8:15PM
listen|Listen to this article
listen|3 min
share|Share
save|Save
caption|Lifeguards at Alexandra Headland on Monday afternoon. Picture: Sunshine Coast Council
p|Lifeguards pulled about 60 swimmers from the water along the Sunshine Coast on Monday afternoon as strong rips and a building swell caught out holidaymakers.
p|The busiest stretch was between Mooloolaba and Alexandra Headland, where patrols carried out more than 20 rescues in under two hours.
p|A surf lifesaving spokesman said most of those rescued had been swimming outside the red and yellow flags.
video|WATCH: Lifeguards warn of dangerous conditions
video|0:58
p|"Conditions look friendly from the sand, but there are strong channels of water running out to sea right along the coast," he said.
p|One man in his 40s was taken to Sunshine Coast University Hospital in a stable condition after being pulled unconscious from the water at Coolum.
paywall|Continue reading with a Brisbane Chronicle subscription
paywall|Subscribe now for $1 a week for the first 12 weeks
paywall|Unlimited access to The Brisbane Chronicle, plus the digital print edition
paywall|Subscribe
paywall|Already a subscriber? Log in
paywall|Terms apply. Min cost $4 charged every 4 weeks for the first 12 weeks.
tags|Queensland
tags|Sunshine Coast
tags|Beaches
most-read|Top stories
most-read|Storm warning issued for southeast Queensland
most-read|New Year's Eve fireworks: best spots in Brisbane
most-read|Man charged after Caboolture service station robbery
sponsored|Recommended for you
sponsored|Promoted
sponsored|Queenslanders are rushing to claim this solar rebate
sponsored|Sponsored by SunSmart Energy
footer|The Brisbane Chronicle
footer|About Us
footer|Contact Us
footer|Help Centre
footer|Subscription terms
footer|Standards of Practice
footer|Privacy Policy
footer|Relevant Ads Opt-out
footer|Cookie Policy
footer|Terms of Use
network|Our Network: The Sydney Telegraph | Melbourne Herald | Adelaide Advertiser | Gold Coast Bulletin | Cairns Post
acknowledgement|We acknowledge the Traditional Owners of the lands on which we live and work, and pay our respects to Elders past and present.
copyright|Copyright © 2025 Brisbane Chronicle Pty Ltd. All times AEST (GMT +10).
"""),
]
