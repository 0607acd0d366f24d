# Round 66: eight pages on four more layouts (a French talk radio's news site, a Senegalese sports news site, a US
# nonprofit local digital newsroom, an international public broadcaster's world news page), written blind: without
# looking at the classifier, its rules or the benchmark, measured once. Each line: "label|text". Invented text; no
# real article is copied.
ROUND66 = [
 dict(id="sud-radio-style-1", site="sud-radio-style", lang="fr", sep="\n", title="Carburants : le prix du gazole repasse sous la barre des 1,60 euro le litre", date="2026-02-17", page="""
skip-link|Aller au contenu principal
listen|ÉCOUTER LE DIRECT
listen|Radio Cap Sud - Parlons vrai
listen|En ce moment : Le Grand Matin avec Éric Lacombe
menu|Accueil
menu|Actualités
menu|Émissions
menu|Podcasts
menu|Chroniqueurs
menu|Vidéos
menu|Fréquences
menu|Jeux
app|Télécharger l'appli
search|Rechercher
section-label|Économie
h1|Carburants : le prix du gazole repasse sous la barre des 1,60 euro le litre
lead|Pour la première fois depuis l'été 2024, le litre de gazole s'affiche en moyenne à moins de 1,60 euro dans les stations-service françaises. Une détente qui s'explique par la baisse du baril et un euro plus solide.
byline|Par La rédaction de Radio Cap Sud
dateline|Publié le 17/02/2026 à 08:42 - Mis à jour le 17/02/2026 à 11:05
share|Partager
share|Facebook
share|X
share|WhatsApp
share|Copier le lien
caption|Une station-service sur une route départementale de l'Hérault.
credit|© Guillaume Ferrand / MAXPPP
listen|Écouter l'article
listen|00:00 / 03:12
p|C'est une petite bonne nouvelle pour les automobilistes. Selon les relevés hebdomadaires publiés lundi par le ministère de la Transition énergétique, le litre de gazole s'est vendu en moyenne 1,594 euro la semaine dernière, soit près de quatre centimes de moins qu'à la mi-janvier.
p|Le sans-plomb 95-E10, carburant le plus vendu en France pour les véhicules essence, recule lui aussi, à 1,668 euro le litre en moyenne. Le SP98 reste au-dessus de 1,75 euro.
h2|Un baril en repli
p|Cette détente à la pompe suit celle des cours du pétrole. Le baril de Brent de la mer du Nord, qui dépassait 80 dollars à l'automne, évolue depuis plusieurs semaines autour de 68 dollars, sur fond de production abondante et de demande chinoise moins dynamique que prévu.
p|« Il faut en général deux à trois semaines pour que la baisse du brut se retrouve à la pompe », rappelle un distributeur indépendant installé près de Béziers, interrogé dans Le Grand Matin. « Là, on y est. Et si rien ne bouge, ça peut encore descendre un peu. »
ad|Publicité
ad|Contenu sponsorisé - Découvrez l'offre énergie verte qui fait baisser votre facture de 15 %
read-also|À lire aussi : Prime à la conversion : ce qui change pour les ménages modestes en 2026
h2|Des écarts importants selon les stations
p|Les automobilistes ont toutefois intérêt à comparer. Les grandes surfaces affichent en moyenne des prix inférieurs de huit à dix centimes à ceux des stations d'autoroute, où le gazole dépasse encore fréquemment 1,85 euro.
p|Plusieurs enseignes de la grande distribution ont par ailleurs reconduit leurs opérations « à prix coûtant » le week-end, une pratique qui pourrait se multiplier à l'approche des vacances d'hiver.
p|Les professionnels du transport routier, eux, restent prudents. « Une baisse de quelques centimes ne compense pas trois années de hausse des charges », souligne une représentante d'une fédération de transporteurs.
p|Le gouvernement, de son côté, n'envisage pas de nouvelle aide à la pompe, la remise générale ayant pris fin il y a plus de deux ans.
tags|Carburants
tags|Pouvoir d'achat
tags|Pétrole
tags|Automobilistes
comments|Réagissez à cet article
comments|Vous devez être connecté pour commenter. Se connecter | Créer un compte
newsletter|Recevez chaque matin l'essentiel de l'actualité avec la newsletter de Radio Cap Sud
newsletter|Votre adresse e-mail
newsletter|Je m'inscris
newsletter|En vous inscrivant, vous acceptez notre politique de confidentialité. Vous pouvez vous désabonner à tout moment.
related|Sur le même sujet
related|Électricité : la hausse du tarif réglementé se confirme pour février
related|Il y a 2 jours
related|Péages : les tarifs augmentent de 0,9 % en moyenne sur les autoroutes
related|Il y a 3 semaines
podcast|Nos podcasts
podcast|Les Vraies Voix - L'intégrale du 16 février
podcast|L'Invité politique - « La France doit revoir sa stratégie énergétique »
podcast|Ça va mieux en le disant - Les conseils conso de la semaine
most-read|Les plus lus
most-read|1
most-read|Retraites : ce que contient le nouveau projet de réforme
most-read|2
most-read|Météo : un épisode de vent violent attendu sur le pourtour méditerranéen
most-read|3
most-read|Rugby : le XV de France sans son capitaine face à l'Écosse
footer|Radio Cap Sud
footer|Qui sommes-nous ?
footer|Nos fréquences
footer|Annonceurs
footer|Recrutement
footer|Contact
footer|Mentions légales
footer|Politique de confidentialité
cookie|Gérer mes cookies
copyright|© 2026 Radio Cap Sud - Tous droits réservés
"""),
 dict(id="sud-radio-style-2", site="sud-radio-style", lang="fr", sep="\n", title="Toulouse : un boulanger condamné à 3 000 euros d'amende pour avoir ouvert sept jours sur sept", date="2026-01-29", page="""
skip-link|Aller au contenu principal
listen|ÉCOUTER LE DIRECT
listen|Radio Cap Sud - Parlons vrai
listen|En ce moment : Les Vraies Voix
menu|Accueil
menu|Actualités
menu|Émissions
menu|Podcasts
menu|Chroniqueurs
menu|Vidéos
menu|Fréquences
menu|Jeux
app|Télécharger l'appli
search|Rechercher
section-label|Société
h1|Toulouse : un boulanger condamné à 3 000 euros d'amende pour avoir ouvert sept jours sur sept
lead|Un artisan du quartier des Minimes a été sanctionné pour ne pas avoir respecté le jour de fermeture hebdomadaire imposé par un arrêté préfectoral. Il dénonce une règle « d'un autre temps ».
byline|Par Camille Roques
dateline|Publié le 29/01/2026 à 17:20
share|Partager
share|Facebook
share|X
share|WhatsApp
share|Copier le lien
video|VIDÉO - Le boulanger Karim Belhadj était l'invité des Vraies Voix
video|04:47
p|Karim Belhadj ne décolère pas. Ce boulanger installé depuis onze ans dans le quartier des Minimes, à Toulouse, a été condamné mercredi par le tribunal de police à une amende de 3 000 euros, dont 1 500 avec sursis, pour avoir ouvert sa boutique tous les jours de la semaine durant l'été dernier.
p|En Haute-Garonne, comme dans une trentaine de départements, un arrêté préfectoral impose aux boulangeries de fermer au moins un jour par semaine. Le texte, pris à la demande d'organisations professionnelles, vise à garantir une concurrence équitable entre les artisans et le repos des salariés.
p|« Je travaille avec ma femme et mon fils, on s'organise pour se reposer à tour de rôle. Je ne fais de tort à personne, mes clients sont contents », a-t-il expliqué au micro de Radio Cap Sud.
ad|Publicité
h2|Une règle contestée
p|Ces arrêtés, parfois vieux de plusieurs décennies, sont régulièrement contestés. Plusieurs boulangers ont obtenu ces dernières années leur abrogation devant les tribunaux administratifs, au motif qu'ils ne correspondaient plus à la volonté majoritaire de la profession.
p|La chambre départementale de la boulangerie défend au contraire le dispositif. « Sans cette règle, les plus gros écrasent les petits, qui n'ont pas les moyens d'embaucher pour ouvrir sept jours », fait valoir son président.
p|Karim Belhadj, qui a reçu de nombreux messages de soutien de ses clients, a annoncé son intention de faire appel. Une pétition lancée en ligne par des habitants du quartier a recueilli plus de 4 000 signatures en deux jours.
poll|SONDAGE - Faut-il laisser les commerçants ouvrir quand ils le souhaitent ?
poll|Oui
poll|Non
poll|Sans opinion
poll|Voter
tags|Toulouse
tags|Commerce
tags|Justice
comments|Réagissez à cet article
comments|Vous devez être connecté pour commenter. Se connecter | Créer un compte
newsletter|Recevez chaque matin l'essentiel de l'actualité avec la newsletter de Radio Cap Sud
newsletter|Votre adresse e-mail
newsletter|Je m'inscris
newsletter|En vous inscrivant, vous acceptez notre politique de confidentialité. Vous pouvez vous désabonner à tout moment.
related|Sur le même sujet
related|Commerce de proximité : les centres-villes se vident-ils vraiment ?
related|Il y a 5 jours
related|Galette des rois : les boulangers face à la flambée du beurre
related|Il y a 3 semaines
podcast|Nos podcasts
podcast|Les Vraies Voix - L'intégrale du 28 janvier
podcast|L'Invité politique - « Il faut simplifier la vie des artisans »
podcast|Le Débat du soir - Les 35 heures ont-elles encore un sens ?
most-read|Les plus lus
most-read|1
most-read|Neige : plusieurs cols fermés dans les Pyrénées
most-read|2
most-read|Impôts : la date d'ouverture de la déclaration en ligne est connue
most-read|3
teaser-list|Toulouse : un boulanger condamné à 3 000 euros d'amende pour avoir ouvert sept jours sur sept
footer|Radio Cap Sud
footer|Qui sommes-nous ?
footer|Nos fréquences
footer|Annonceurs
footer|Recrutement
footer|Contact
footer|Mentions légales
footer|Politique de confidentialité
cookie|Gérer mes cookies
copyright|© 2026 Radio Cap Sud - Tous droits réservés
"""),
 dict(id="senegal-sport-style-1", site="senegal-sport-style", lang="fr", sep="\n\n", title="Ligue 1 : Teungueth FC s'empare de la tête après sa victoire à Ziguinchor", date="2026-03-08", page="""
timestamp|Dimanche 8 mars 2026
social|Facebook Twitter Instagram YouTube TikTok
menu|TERANGA FOOT
menu|Le sport sénégalais en temps réel
menu|ACCUEIL
menu|FOOTBALL
menu|LIONS
menu|LUTTE
menu|BASKET
menu|NAVÉTANES
menu|MERCATO
menu|AUTRES SPORTS
menu|TV
scoreboard|Ligue 1 - 17e journée
scoreboard|Casa Sports 0 - 1 Teungueth FC
scoreboard|Jaraaf 2 - 2 Génération Foot
scoreboard|Guédiawaye FC 1 - 0 AS Pikine
scoreboard|US Gorée 0 - 0 Dakar SC
ad|PUBLICITÉ
ad|PARIEZ SUR LA LIGUE 1 AVEC GOALBET - Bonus de bienvenue jusqu'à 50 000 FCFA
disclaimer|Les jeux d'argent sont interdits aux mineurs. Jouer comporte des risques : endettement, dépendance.
breadcrumb|Accueil » Football » Ligue 1
h1|Ligue 1 : Teungueth FC s'empare de la tête après sa victoire à Ziguinchor
byline|Par Mamadou Lamine Diatta
dateline|8 mars 2026 à 19h34
views|1 248 vues
comments|0 commentaire
share|Partager sur Facebook
share|Partager sur Twitter
share|Partager sur WhatsApp
caption|Les joueurs de Teungueth FC célèbrent le but de la victoire au stade Aline Sitoé Diatta
credit|Photo : Teranga Foot
p|Teungueth FC a profité de la 17e journée de Ligue 1 pour prendre seul les commandes du championnat. Les Rufisquois se sont imposés (1-0) ce dimanche sur la pelouse du Casa Sports, au stade Aline Sitoé Diatta de Ziguinchor.
p|Dans un match longtemps fermé, disputé devant près de 6 000 spectateurs, il a fallu attendre la 71e minute pour voir la délivrance. Sur un coup franc excentré d'Ibrahima Ndour, le défenseur central Pape Alassane Faye a placé une tête imparable au premier poteau.
p|Le Casa Sports, poussé par son public, a tenté de réagir dans le dernier quart d'heure. Mais le portier rufisquois Moussa Sarr s'est montré décisif, notamment sur une frappe à bout portant d'Augustin Diémé à la 84e minute.
read-also|LIRE AUSSI : Lions : Pape Thiaw dévoile une liste de 26 joueurs pour les matchs amicaux de mars
h2|Le Jaraaf laisse filer deux points
p|Le leader de la veille, le Jaraaf, a été accroché (2-2) par Génération Foot au stade Lat-Dior de Thiès. Les « Vert et Blanc », qui menaient de deux buts à la pause, ont vu les académiciens revenir au score grâce à un doublé de leur jeune attaquant Serigne Fallou Mbaye.
p|Avec ce résultat, le Jaraaf compte désormais 32 points, un de moins que Teungueth FC. Guédiawaye FC, vainqueur de l'AS Pikine dans le derby de la banlieue (1-0), complète le podium avec 30 points.
p|« Nous ne regardons pas le classement. Il reste treize matchs, tout peut encore arriver », a tempéré l'entraîneur de Teungueth FC au micro de la presse après la rencontre.
h2|Fiche technique
li|Stade Aline Sitoé Diatta de Ziguinchor
li|Casa Sports - Teungueth FC : 0-1
li|But : Pape Alassane Faye (71e) pour Teungueth FC
li|Avertissements : Diémé (58e) pour le Casa Sports ; Ndour (66e), Sarr (90e+2) pour TFC
tags|Tags : Casa Sports Jaraaf Ligue 1 Teungueth FC
whatsapp|Rejoignez la chaîne WhatsApp de Teranga Foot pour suivre toute l'actualité du sport sénégalais
comments|Laisser un commentaire
comments|Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *
comments|Commentaire *
comments|Nom *
comments|E-mail *
comments|Enregistrer mon nom, mon e-mail et mon site dans le navigateur pour mon prochain commentaire.
comments|Laisser un commentaire
related|ARTICLES SIMILAIRES
related|Ligue 2 : le Stade de Mbour enchaîne une quatrième victoire
related|Coupe de la Ligue : le tirage des quarts de finale effectué
related|Casa Sports : le président annonce un nouveau centre de formation
standings|CLASSEMENT LIGUE 1
standings|1 Teungueth FC 33 pts
standings|2 Jaraaf 32 pts
standings|3 Guédiawaye FC 30 pts
standings|4 Génération Foot 28 pts
standings|5 AS Pikine 25 pts
standings|Voir le classement complet
most-read|LES PLUS LUS
most-read|Lutte : Modou Lô - Siteu, la date du combat enfin fixée
most-read|Mercato : un Lion sur les tablettes d'un club de Premier League
most-read|Basket : les Lionnes en stage à Dakar avant l'AfroBasket
footer|Teranga Foot - Premier site d'information sportive au Sénégal
footer|Qui sommes-nous | Publicité | Contact | Politique de confidentialité
copyright|© 2026 Teranga Foot. Tous droits réservés. Reproduction interdite sans autorisation.
back-to-top|Haut de page
"""),
 dict(id="senegal-sport-style-2", site="senegal-sport-style", lang="fr", sep="\n\n", title="Lutte : le ministère fixe de nouvelles règles de sécurité pour les grands combats à l'Arène nationale", date="2026-01-14", page="""
timestamp|Mercredi 14 janvier 2026
social|Facebook Twitter Instagram YouTube TikTok
menu|TERANGA FOOT
menu|Le sport sénégalais en temps réel
menu|ACCUEIL
menu|FOOTBALL
menu|LIONS
menu|LUTTE
menu|BASKET
menu|NAVÉTANES
menu|MERCATO
menu|AUTRES SPORTS
menu|TV
scoreboard|CAN 2025 - Demi-finale
scoreboard|Sénégal 2 - 1 Égypte
scoreboard|Maroc 1 - 0 Nigeria
ad|PUBLICITÉ
ad|PARIEZ SUR LA CAN AVEC GOALBET - Cotes boostées sur la finale
disclaimer|Les jeux d'argent sont interdits aux mineurs. Jouer comporte des risques : endettement, dépendance.
breadcrumb|Accueil » Lutte
h1|Lutte : le ministère fixe de nouvelles règles de sécurité pour les grands combats à l'Arène nationale
byline|Par Ndèye Fatou Sène
dateline|14 janvier 2026 à 12h10
views|872 vues
comments|3 commentaires
share|Partager sur Facebook
share|Partager sur Twitter
share|Partager sur WhatsApp
caption|L'Arène nationale de Pikine lors d'un combat de la saison dernière
credit|Photo : Archives
p|Après les débordements enregistrés lors de plusieurs affiches de la saison écoulée, le ministère des Sports a publié mardi un arrêté encadrant l'organisation des grands combats de lutte avec frappe à l'Arène nationale de Pikine.
p|Le texte, élaboré avec le Comité national de gestion de la lutte (CNG) et les services de sécurité, entre en vigueur dès le premier combat de la saison, prévu début février.
h2|Ce qui change
p|Parmi les principales mesures annoncées :
li|la jauge de l'Arène est limitée à 18 000 spectateurs, contre plus de 20 000 parfois constatés ;
li|les billets seront nominatifs et vendus uniquement en ligne ou dans des points agréés ;
li|les cortèges des lutteurs ne pourront plus dépasser cinquante personnes ;
li|les portes ouvriront au plus tard à 13 heures et les combats devront s'achever avant 19 heures.
p|Le ministère prévoit également l'installation de caméras de surveillance supplémentaires aux abords de l'enceinte et le renforcement du dispositif de la police dans les quartiers environnants.
p|« La lutte est notre patrimoine. Nous voulons que les familles puissent revenir à l'arène sans crainte », a déclaré le directeur de cabinet du ministre lors d'un point de presse.
read-also|LIRE AUSSI : Balla Gaye 2 annonce sa participation à un dernier combat
h2|Les promoteurs partagés
p|Du côté des promoteurs, l'accueil est mitigé. Si la plupart saluent la volonté de sécuriser les combats, certains craignent une baisse des recettes liée à la réduction de la jauge et au contrôle des billets.
p|Le CNG a annoncé une réunion avec l'ensemble des promoteurs la semaine prochaine pour préciser les modalités d'application de l'arrêté.
tags|Tags : Arène nationale CNG Lutte Sécurité
whatsapp|Rejoignez la chaîne WhatsApp de Teranga Foot pour suivre toute l'actualité du sport sénégalais
comments|3 commentaires
comments|Moustapha D.
comments|14 janvier 2026 à 13h02
comments|Il était temps ! La dernière fois on ne pouvait même pas sortir du stade.
comments|Répondre
comments|Awa
comments|14 janvier 2026 à 14h27
comments|Les billets en ligne c'est bien mais tout le monde n'a pas de carte bancaire.
comments|Répondre
comments|Laisser un commentaire
comments|Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *
related|ARTICLES SIMILAIRES
related|Lutte : le CNG dévoile le calendrier de la saison 2026
related|Modou Lô : « Je veux finir sur une victoire »
related|Arène nationale : les travaux de la pelouse synthétique achevés
standings|CLASSEMENT LIGUE 1
standings|1 Jaraaf 26 pts
standings|2 Teungueth FC 25 pts
standings|3 Guédiawaye FC 23 pts
standings|4 Génération Foot 21 pts
standings|5 AS Pikine 20 pts
standings|Voir le classement complet
most-read|LES PLUS LUS
most-read|CAN 2025 : les Lions en finale, les notes des joueurs
most-read|Demi-finale : revivez la qualification du Sénégal face à l'Égypte
teaser-list|Lutte : le ministère fixe de nouvelles règles de sécurité pour les grands combats à l'Arène nationale
footer|Teranga Foot - Premier site d'information sportive au Sénégal
footer|Qui sommes-nous | Publicité | Contact | Politique de confidentialité
copyright|© 2026 Teranga Foot. Tous droits réservés. Reproduction interdite sans autorisation.
back-to-top|Haut de page
"""),
 dict(id="usa-local-digital-startup-style-1", site="usa-local-digital-startup-style", lang="en", sep="\n", title="After two years of delays, the Eastside library branch will reopen in May", date="2026-03-04", page="""
skip-link|Skip to content
donate|Our spring member drive is on. Every gift is matched until March 31. Donate now
menu|The Millbrook Ledger
menu|Independent. Nonprofit. Local.
menu|News
menu|Schools
menu|Housing
menu|City Hall
menu|Food
menu|Events
menu|Newsletters
menu|About
donate|Donate
search|Search
section-label|City Hall
h1|After two years of delays, the Eastside library branch will reopen in May
lead|Water damage, a contractor dispute and rising costs kept the doors shut. Here's what changed, and what patrons can expect.
byline|by Rosa Delgado
dateline|March 4, 2026
listen|Listen to this article
listen|6 min
share|Share this:
share|Click to share on Facebook (Opens in new window)
share|Click to share on X (Opens in new window)
share|Click to email a link to a friend (Opens in new window)
share|Click to print (Opens in new window)
caption|Workers install new shelving at the Eastside branch of the Millbrook Public Library on Feb. 26, 2026.
credit|Credit: Jordan Pike / The Millbrook Ledger
p|The Eastside branch of the Millbrook Public Library, closed since a burst pipe flooded its basement in February 2024, will reopen to the public on May 16, library officials told the city council's culture committee Tuesday night.
p|The announcement ends a long wait for a neighborhood that lost its only public computer lab, its after-school homework help program and its weekly English conversation group when the branch closed.
p|"People ask me about it every single week at the grocery store," said Council Member Denise Hollis, whose district includes the branch. "I'm relieved I finally have a date to give them."
h2|What took so long
p|The original repair was expected to take about eight months. But once crews opened the walls, they found the water had spread into aging electrical conduit, and the building's 1962 heating system had to be replaced to meet current code.
p|The city then ended its contract with the first general contractor in late 2024 after disputes over change orders, according to council records. A second firm was hired last spring.
p|The total cost of the project has grown from an estimated $1.1 million to about $2.7 million, paid for with a mix of insurance money, city capital funds and a $400,000 state library grant.
donate|The Ledger is a nonprofit newsroom. We don't have a paywall, and we depend on readers like you. Become a member today.
h2|What's new inside
p|Library director Alan Whitcomb said patrons will find more than a repaired building. The renovation adds:
li|a dedicated teen room with six new computers;
li|two small study rooms that can be reserved online;
li|a ground-floor community room that stays open after library hours for neighborhood meetings;
li|an accessible entrance on Linden Street.
p|Hours will initially be Tuesday through Saturday, 10 a.m. to 6 p.m., with evening hours added in the fall if staffing allows. The branch has hired three new part-time clerks.
p|The library will host an opening celebration on the morning of May 16, with a story time and a book giveaway.
republish|Republish this story
republish|This work is licensed under a Creative Commons Attribution-NoDerivatives 4.0 International License.
author-bio|Rosa Delgado covers City Hall and neighborhood government for The Millbrook Ledger. Reach her at rosa@millbrookledger.org.
author-link|More by Rosa Delgado
newsletter|Get the Ledger in your inbox
newsletter|Our free morning newsletter, five days a week. No spam, ever.
newsletter|Email address
newsletter|Sign up
tip|Have a tip or a story idea? Send it to tips@millbrookledger.org.
comments|Leave a comment
comments|Your email address will not be published. Required fields are marked *
related|Related
related|City budget proposal would cut library hours at two branches
related|Millbrook's summer reading program breaks its own record
related|Council approves $9 million for park repairs
funding-note|The Millbrook Ledger is supported by readers, local foundations and businesses. Sponsors have no say in our coverage. See our list of supporters.
footer|The Millbrook Ledger
footer|Independent, nonprofit news for Millbrook and Carver County.
footer|About us
footer|Our team
footer|Ethics policy
footer|Corrections
footer|Support us
footer|Advertise
footer|Contact
footer|The Millbrook Ledger is a 501(c)(3) nonprofit organization. EIN 00-0000000.
copyright|© 2026 The Millbrook Ledger. All rights reserved.
footer|Powered by Newspack
"""),
 dict(id="usa-local-digital-startup-style-2", site="usa-local-digital-startup-style", lang="en", sep="\n", title="A taco truck, a permit fight and a parking lot that became a neighborhood hangout", date="2026-02-11", page="""
skip-link|Skip to content
donate|Our spring member drive is on. Every gift is matched until March 31. Donate now
menu|The Millbrook Ledger
menu|Independent. Nonprofit. Local.
menu|News
menu|Schools
menu|Housing
menu|City Hall
menu|Food
menu|Events
menu|Newsletters
menu|About
donate|Donate
search|Search
section-label|Food
h1|A taco truck, a permit fight and a parking lot that became a neighborhood hangout
lead|When the city told La Güerita to move on, regulars packed a zoning hearing. Now the rules may change for every food truck in town.
byline|by Marcus Bell
dateline|February 11, 2026
dateline|Updated February 12, 2026
listen|Listen to this article
listen|5 min
share|Share this:
share|Click to share on Facebook (Opens in new window)
share|Click to share on X (Opens in new window)
share|Click to email a link to a friend (Opens in new window)
share|Click to print (Opens in new window)
caption|Maribel Ortiz serves customers from La Güerita on Oak Avenue on a Friday evening.
credit|Credit: Marcus Bell / The Millbrook Ledger
p|On most Friday nights, the gravel lot behind the former hardware store on Oak Avenue fills up by 6 p.m. Families pull folding chairs out of their trunks. Teenagers lean on the fence. And the line for La Güerita, a bright yellow taco truck, stretches nearly to the sidewalk.
p|That scene nearly ended in December, when the city's code enforcement office notified owner Maribel Ortiz that she could no longer park the truck on the lot for more than four hours a day, under a 1998 ordinance that limits how long mobile vendors can stay in one place.
p|"I have been here six years. The owner of the lot said yes. The neighbors said yes. I don't understand who I am bothering," Ortiz said.
p|Last week, more than 80 people turned out for a zoning board meeting to speak in support of the truck. Several brought handwritten signs; one man brought a plate of tacos for the board members, who declined it.
correction|Correction: An earlier version of this story misstated the year the ordinance was passed. It was 1998.
h2|A rule written for ice cream trucks
p|City planners acknowledge the four-hour limit was written with roaming vendors in mind, such as ice cream trucks, not food trucks that set up in the same private lot every week.
p|Planning director Susan Albright told the board her staff is drafting a change that would let trucks stay on private property all day with the owner's written permission, provided they have access to a restroom and a grease disposal contract.
p|The proposal will go to the city council for a first reading in March. Until then, the city has agreed to pause enforcement against La Güerita and two other trucks that received similar notices.
p|Not everyone is enthusiastic. The owner of a sit-down restaurant two blocks away told the board that trucks "don't pay the same property taxes" and should face tighter limits, not looser ones.
p|Ortiz, for her part, says she just wants to keep cooking. "Come Friday," she said. "Bring a chair."
republish|Republish this story
republish|This work is licensed under a Creative Commons Attribution-NoDerivatives 4.0 International License.
author-bio|Marcus Bell is the Ledger's food and small business reporter. He previously worked at the Carver County Courier.
author-link|More by Marcus Bell
newsletter|Get the Ledger in your inbox
newsletter|Our free morning newsletter, five days a week. No spam, ever.
newsletter|Email address
newsletter|Sign up
tip|Have a tip or a story idea? Send it to tips@millbrookledger.org.
comments|Leave a comment
comments|Your email address will not be published. Required fields are marked *
related|Related
related|Where to eat in Millbrook this winter: 12 places we love
related|The farmers market is moving indoors. Here's where to find it
related|Small businesses say new sidewalk fees are too steep
funding-note|The Millbrook Ledger is supported by readers, local foundations and businesses. Sponsors have no say in our coverage. See our list of supporters.
footer|The Millbrook Ledger
footer|Independent, nonprofit news for Millbrook and Carver County.
footer|About us
footer|Our team
footer|Ethics policy
footer|Corrections
footer|Support us
footer|Advertise
footer|Contact
footer|The Millbrook Ledger is a 501(c)(3) nonprofit organization. EIN 00-0000000.
copyright|© 2026 The Millbrook Ledger. All rights reserved.
footer|Powered by Newspack
"""),
 dict(id="bbc-world-service-english-style-1", site="bbc-world-service-english-style", lang="en", sep="\n\n", title="Kenya's tea pickers turn to machines as young workers leave the hills", date="2026-02-23", page="""
skip-link|Skip to content
accessibility|Accessibility Help
menu|Commonwealth Broadcasting International
account|Register
account|Sign In
menu|Home
menu|News
menu|Sport
menu|Business
menu|Climate
menu|Culture
menu|Audio
menu|Video
menu|Live
watch|Watch Live
section-label|Africa
h1|Kenya's tea pickers turn to machines as young workers leave the hills
dateline|23 February 2026
share|Share
save|Save
byline|Wanjiru Kamau
byline|CBI News, Kericho
credit|Getty Images
caption|Tea bushes on an estate near Kericho, in Kenya's western highlands
p|For thirty years, Grace Chebet has started her day before sunrise, a woven basket on her back, plucking the two leaves and a bud that make Kenya's famous black tea.
p|But on the estate where she works, in the hills around Kericho, the rows around her are quieter than they used to be. Half of the slopes are now harvested by machines: tractor-mounted shears that can do the work of dozens of pickers in a day.
p|"When I started, there were hundreds of us on this hill," she says. "Now the young ones go to Nairobi or to the boda boda business. Who will pick?"
h2|'We cannot find workers'
p|Kenya is one of the world's biggest exporters of tea, and the crop earns the country more than a billion dollars a year. Large estates, many of them foreign-owned, have been mechanising steadily for a decade.
p|Estate managers say they have little choice. Wages have risen, and they struggle to recruit young people for work that is physically hard and seasonal.
p|"We cannot find workers for the peak months any more," said one manager, who asked not to be named because he was not authorised to speak to the media.
related-inline|Read more from CBI Africa
related-inline|The Ugandan town betting its future on vanilla
related-inline|Why Ethiopia's coffee farmers are planting avocados
p|Unions see it differently. They say that tens of thousands of jobs have been lost across the tea-growing counties, and that those who remain are paid by the kilo and face falling earnings.
p|Some county governments have tried to restrict the use of harvesting machines, but the courts have so far sided with the estates.
h2|Quality questions
p|Some buyers also worry about the taste. Machine harvesting tends to cut more coarse leaves along with the tender shoots, which specialist traders say can lower the quality of the final product.
p|Smallholder farmers, who grow about 60% of Kenya's tea on small plots, mostly still pick by hand, and some are now marketing hand-plucked tea as a premium product for export.
p|Back on the hillside, Mrs Chebet says she hopes to keep working for a few more years. "The machine does not know which leaf is good," she says, smiling. "I know."
topics|Related topics
topics|Kenya
topics|Agriculture
topics|Africa
more-story|More on this story
more-story|Kenya's farmers brace for another failed rainy season
more-story|1 March 2025
teaser-list|Top stories
teaser-list|Ceasefire talks resume as envoys arrive in Geneva
teaser-list|Live. 1,204 viewing now
teaser-list|Floods leave thousands stranded in southern Brazil
teaser-list|4 hours ago
teaser-list|Central bank holds rates despite pressure from ministers
teaser-list|2 hours ago
most-read|Most read
most-read|1 The island that banned cars - and never looked back
most-read|2 Astronomers spot a rare 'triple sunset' planet
teaser-list|3 Kenya's tea pickers turn to machines as young workers leave the hills
most-read|4 Why some cities are paying people to move there
most-read|5 Ex-footballer jailed for tax fraud
lang-switch|CBI World Service in your language
lang-switch|Afaan Oromoo Amharic Arabic Hausa Kiswahili Somali Tigrinya Yorùbá
footer|Commonwealth Broadcasting International
footer|Home News Sport Business Climate Culture Audio Video Live
footer|Terms of Use About CBI Privacy Policy Cookies Accessibility Help Contact CBI Advertise with us Do not share or sell my info
copyright|Copyright 2026 CBI. All rights reserved. CBI is not responsible for the content of external sites. Read about our approach to external linking.
"""),
 dict(id="bbc-world-service-english-style-2", site="bbc-world-service-english-style", lang="en", sep="\n\n", title="Mongolian herders count losses after worst winter in a decade", date="2026-03-10", page="""
skip-link|Skip to content
accessibility|Accessibility Help
menu|Commonwealth Broadcasting International
account|Register
account|Sign In
menu|Home
menu|News
menu|Sport
menu|Business
menu|Climate
menu|Culture
menu|Audio
menu|Video
menu|Live
watch|Watch Live
section-label|Asia
h1|Mongolian herders count losses after worst winter in a decade
dateline|10 March 2026
share|Share
save|Save
byline|Tomasz Lindqvist
byline|Asia correspondent
video|Watch: Herders in Arkhangai province describe the storms that killed their animals
video|02:31
p|More than four million head of livestock have died across Mongolia this winter, according to government figures, as extreme cold and heavy snow cut off grazing land for weeks.
p|The phenomenon, known locally as a dzud, occurs when a dry summer is followed by a harsh winter. Animals that have not been able to build up fat reserves cannot reach grass buried under snow and ice.
p|In some provinces, temperatures fell below -45C in January, and snowdrifts blocked roads for days, preventing the delivery of hay and fodder.
credit|Reuters
caption|Herders have struggled to reach pasture buried under deep snow
p|For families who depend entirely on their herds, the losses are devastating. "We had 600 sheep and goats in the autumn. Now we have fewer than 200," said Batbayar, a herder in Arkhangai province, who like many Mongolians uses only one name.
h2|Moving to the city
p|Each bad winter pushes more herders to give up and move to the capital, Ulaanbaatar, where many settle in the sprawling ger districts on the city's edge, often without running water or sewage connections.
p|Almost half of Mongolia's population of 3.5 million now lives in the capital, which suffers from some of the worst winter air pollution in the world.
p|Scientists say dzuds have become more frequent as Mongolia warms faster than the global average, though overgrazing on fragile pastures is also a factor.
h2|International appeal
p|The government has declared an emergency in nine provinces. The Red Cross and UN agencies have launched an appeal to provide cash, food and animal feed to around 50,000 households.
p|Aid workers say the spring will be critical: animals weakened by the winter are vulnerable to disease, and the carcasses of dead livestock must be disposed of before the thaw to avoid contaminating water sources.
p|"People here are tough, they have lived with winter for centuries," one aid official said. "But this many bad years so close together is something new."
topics|Related topics
topics|Mongolia
topics|Climate
topics|Asia
teaser-list|Top stories
teaser-list|Leaders gather for emergency summit on shipping lanes
teaser-list|Live. 2,918 viewing now
teaser-list|Election count delayed after software failure
teaser-list|1 hour ago
teaser-list|Star striker ruled out of tournament with knee injury
teaser-list|6 hours ago
audio|Listen: Global Morning
audio|The world's news, as it breaks, from CBI World Service
audio|Listen now
most-read|Most read
most-read|1 The island that banned cars - and never looked back
teaser-list|2 Mongolian herders count losses after worst winter in a decade
most-read|3 Record number of whales spotted off Cape coast
most-read|4 Ex-footballer jailed for tax fraud
most-read|5 How a tiny seed bank saved a forgotten rice
lang-switch|CBI World Service in your language
lang-switch|Bangla Burmese Chinese Hindi Indonesian Nepali Thai Urdu Vietnamese
footer|Commonwealth Broadcasting International
footer|Home News Sport Business Climate Culture Audio Video Live
footer|Terms of Use About CBI Privacy Policy Cookies Accessibility Help Contact CBI Advertise with us Do not share or sell my info
copyright|Copyright 2026 CBI. All rights reserved. CBI is not responsible for the content of external sites. Read about our approach to external linking.
"""),
]
