# Round 125: eight pages on four more layouts (a Guinean mining news site, French; an Ivorian sports daily, French;
# a Fijian daily, English; a Sierra Leonean daily, English), written blind: without looking at the classifier, its
# rules or the benchmark, measured once. Each line: "label|text". Invented text; no real article is copied.
ROUND125 = [
 dict(id="guinee-mines-style-1", site="guinee-mines-style", lang="fr", sep="\n", title="Bauxite : la Guinée a exporté 41,2 millions de tonnes au premier trimestre 2026, un record", date="2026-04-14", page="""
timestamp|mardi, avril 14, 2026
weather|Conakry 31°C
ticker|Bauxite CIF Chine 71,5 $/t ▲
ticker|Or 3 128 $/oz ▼
ticker|Minerai de fer 62 % 101,2 $/t ▲
ticker|1 USD = 8 645 GNF
account|Connexion
social|Facebook
social|X
social|LinkedIn
social|YouTube
menu|MINESGUINÉE.INFO
menu|Le portail de l'actualité minière et énergétique de Guinée
menu|ACCUEIL
menu|ACTUALITÉS
menu|MINES
menu|ÉNERGIE
menu|PÉTROLE & GAZ
menu|ENVIRONNEMENT
menu|RSE & COMMUNAUTÉS
menu|INTERVIEWS
menu|DOCUMENTS
menu|APPELS D'OFFRES
menu|CONTACT
search|Rechercher
ad|Publicité
ad|GUINEA MINING EXPO 2026 — Conakry, 18-20 mai — Réservez votre stand
breadcrumb|Accueil Actualités Mines
section-label|Bauxite
h1|Bauxite : la Guinée a exporté 41,2 millions de tonnes au premier trimestre 2026, un record
label|Par
byline|Alhassane Sow
separator|-
dateline|14 avril 2026
views|1 287
comments|0
share|Partager
share|Facebook
share|Twitter
share|WhatsApp
share|Linkedin
share|Telegram
caption|Un minéralier en chargement au port de Kamsar, dans la préfecture de Boké. (Photo d'archives)
credit|Photo : MinesGuinée.info
lead|Selon les chiffres provisoires publiés par le ministère des Mines et de la Géologie, les expéditions de bauxite ont progressé de 14 % sur un an entre janvier et mars. La Chine absorbe toujours près de neuf tonnes sur dix.
p|La Guinée n'a jamais exporté autant de bauxite en un trimestre. D'après le bulletin statistique publié lundi 13 avril par la Direction nationale des mines, 41,2 millions de tonnes de minerai ont quitté les ports du pays entre le 1er janvier et le 31 mars 2026, contre 36,1 millions à la même période de l'an dernier.
p|Cette progression de 14 % s'explique d'abord par la montée en puissance de deux nouveaux sites dans la région de Boké et par l'amélioration des conditions de chargement au large de Kamsar, où les barges de transbordement ont été moins perturbées que l'année précédente par la houle de la saison sèche.
p|« Le premier trimestre est traditionnellement le plus favorable, parce que les pistes sont sèches et que les rotations de camions sont plus rapides. Mais même en tenant compte de cet effet saisonnier, la tendance est nettement à la hausse », analyse un cadre de la Direction nationale des mines, qui a requis l'anonymat.
read-also|LIRE AUSSI : Simandou : un troisième minéralier quitte le port de Morebaya avec 190 000 tonnes de fer
h2|Les sociétés en tête
p|Comme au cours des trimestres précédents, le classement des exportateurs reste dominé par quelques opérateurs. Selon le bulletin, les cinq premiers ont expédié à eux seuls plus de 80 % des volumes :
li|Consortium minier de Boké (CMB) : 15,3 millions de tonnes ;
li|Compagnie des bauxites du Rio Nunez : 7,8 millions de tonnes ;
li|Kindia Bauxite Mining : 4,6 millions de tonnes ;
li|Alumina Dabola SA : 3,9 millions de tonnes ;
li|Boffa Resources : 2,7 millions de tonnes.
ad|Publicité
ad|SOTRAMINES — Location d'engins miniers, maintenance et pièces détachées — +224 620 00 00 00
p|La Chine reste de très loin le premier débouché, avec 87 % des tonnages. Le reste est partagé entre l'Inde, les Émirats arabes unis, l'Irlande et l'Ukraine, cette dernière ayant repris de modestes achats pour la raffinerie de Mykolaïv.
h2|Des recettes qui ne suivent pas au même rythme
p|Les recettes fiscales, elles, ne progressent pas dans les mêmes proportions. Le prix de référence de la bauxite livrée en Chine a reculé d'environ 8 % depuis l'automne, et une partie des sociétés bénéficie encore d'exonérations accordées dans leurs conventions d'établissement.
p|Au total, les taxes sur l'extraction et les droits d'exportation ont rapporté environ 1 900 milliards de francs guinéens au Trésor public au premier trimestre, selon une source au ministère de l'Économie et des Finances, soit une hausse de 6 % seulement.
pdf|DOCUMENT : Bulletin statistique du secteur minier, T1 2026 (PDF, 2,4 Mo) — Télécharger
p|Cette situation nourrit les critiques de plusieurs organisations de la société civile, qui réclament depuis des années une révision des conventions les plus anciennes. « On bat des records de volumes, mais les communautés de Boké voient surtout la poussière et les routes défoncées », déplore le coordinateur d'un collectif d'associations de Sangarédi.
p|Le gouvernement, de son côté, répète que la priorité est désormais la transformation locale. Deux projets de raffineries d'alumine sont annoncés dans la région de Boké, mais aucun n'a encore atteint la phase de construction.
p|Les prochains chiffres, attendus en juillet, diront si la saison des pluies freine cette dynamique, comme c'est le cas chaque année à partir de juin.
signature|Alhassane Sow, pour MinesGuinée.info
tags|TAGS
tags|Bauxite
tags|Boké
tags|Exportations
tags|Kamsar
tags|Ministère des Mines
share|Facebook Twitter WhatsApp Linkedin Telegram Email
nav|Article précédent
nav|Énergie : l'EDG annonce la mise en service de la ligne 225 kV Linsan-Fomi
nav|Article suivant
nav|Orpaillage : 14 morts dans l'effondrement d'un puits à Kintinian
author-bio|Alhassane Sow
author-bio|Journaliste spécialisé dans les industries extractives. Il couvre le secteur minier guinéen depuis 2014.
related|ARTICLES CONNEXES
related|PLUS DE L'AUTEUR
related|Alumine : la raffinerie de Dabola repoussée à 2028
related|Boké : les transporteurs routiers en grève contre les nouvelles taxes
related|Code minier : le comité de relecture remet son rapport au Premier ministre
comments|LAISSER UN COMMENTAIRE
comments|Annuler la réponse
comments|Veuillez saisir votre commentaire!
comments|Veuillez entrer votre nom ici
comments|Vous avez entré une adresse e-mail incorrecte!
comments|Veuillez entrer votre adresse email ici
comments|Enregistrer mon nom, email et site web dans ce navigateur pour la prochaine fois que je commenterai.
comments|Publier le commentaire
social|RESTEZ CONNECTÉS
social|24,310Fans
social|J'aime
social|5,870Suiveurs
social|Suivre
social|2,145Abonnés
social|S'abonner
teaser-list|DERNIERS ARTICLES
teaser-list|Siguiri : la SAG annonce un plan de réhabilitation de 120 hectares
teaser-list|13 avril 2026
teaser-list|Fomi : le barrage atteint 60 % de sa capacité de remplissage
teaser-list|12 avril 2026
teaser-list|Forécariah : les riverains de la mine de fer exigent des routes
teaser-list|11 avril 2026
jobs|APPELS D'OFFRES & RECRUTEMENTS
jobs|Avis de recrutement : Ingénieur géotechnicien (H/F) — Kamsar
jobs|Date limite : 30 avril 2026
jobs|Appel d'offres : transport de personnel minier, zone de Sangarédi
jobs|Date limite : 8 mai 2026
event|AGENDA
event|18-20 mai 2026 — Guinea Mining Expo, Conakry
event|3 juin 2026 — Forum RSE des sociétés minières, Boké
footer|À PROPOS DE NOUS
footer|MinesGuinée.info est un média indépendant spécialisé dans l'actualité minière, énergétique et environnementale de la Guinée.
footer|Contactez-nous : redaction@minesguinee.info
footer|SUIVEZ-NOUS
copyright|© 2026 MinesGuinée.info — Tous droits réservés. Conception : WebAfrik Solutions
back-to-top|▲
cookie|Ce site utilise des cookies pour améliorer votre expérience. Nous supposerons que cela vous convient, mais vous pouvez vous désinscrire si vous le souhaitez.
cookie|Accepter
cookie|En savoir plus
"""),
 dict(id="guinee-mines-style-2", site="guinee-mines-style", lang="fr", sep="\n", title="Orpaillage : « Nous voulons sortir les mineurs artisanaux de l'informel d'ici 2027 »", date="2026-02-05", page="""
timestamp|jeudi, février 5, 2026
weather|Conakry 33°C
ticker|Bauxite CIF Chine 73,0 $/t ▼
ticker|Or 2 986 $/oz ▲
ticker|Minerai de fer 62 % 104,6 $/t ▼
ticker|1 USD = 8 610 GNF
account|Connexion
social|Facebook
social|X
social|LinkedIn
social|YouTube
menu|MINESGUINÉE.INFO
menu|Le portail de l'actualité minière et énergétique de Guinée
menu|ACCUEIL
menu|ACTUALITÉS
menu|MINES
menu|ÉNERGIE
menu|PÉTROLE & GAZ
menu|ENVIRONNEMENT
menu|RSE & COMMUNAUTÉS
menu|INTERVIEWS
menu|DOCUMENTS
menu|APPELS D'OFFRES
menu|CONTACT
search|Rechercher
breaking|FLASH INFO
breaking|Le ministère suspend 27 permis de recherche pour défaut de travaux
ad|Publicité
ad|GUINEA MINING EXPO 2026 — Conakry, 18-20 mai — Réservez votre stand
breadcrumb|Accueil Interviews
section-label|Entretien
h1|Orpaillage : « Nous voulons sortir les mineurs artisanaux de l'informel d'ici 2027 »
label|Par
byline|Fatoumata Binta Diallo
separator|-
dateline|5 février 2026
views|2 054
comments|4
reading-time|Temps de lecture : 6 min
share|Partager
share|Facebook
share|Twitter
share|WhatsApp
share|Linkedin
share|Telegram
caption|Mamady Kourouma, directeur général de l'Agence nationale d'encadrement de l'orpaillage, dans son bureau de Kaloum.
credit|© F.B. Diallo / MinesGuinée.info
lead|Près d'un an après sa nomination, le directeur général de l'Agence nationale d'encadrement de l'orpaillage (ANEO), Mamady Kourouma, revient sur les accidents meurtriers dans les puits, la traçabilité de l'or et le projet de coopératives agréées. Entretien.
h2|MinesGuinée.info : Combien de personnes vivent aujourd'hui de l'orpaillage en Guinée ?
p|Mamady Kourouma : Nos dernières estimations parlent de 300 000 à 400 000 personnes directement actives sur les sites, surtout dans les préfectures de Siguiri, Mandiana, Kouroussa et Dinguiraye. Si l'on ajoute les commerçants, les transporteurs, les restauratrices, on dépasse largement le million. C'est une économie énorme, mais elle reste presque entièrement informelle.
h2|Plusieurs effondrements de puits ont fait des dizaines de morts l'an dernier. Que fait l'agence ?
p|Chaque accident est un drame. Le problème, c'est que les puits sont creusés sans boisage, parfois à plus de trente mètres, et que les sites s'ouvrent du jour au lendemain dès qu'une rumeur de filon circule. Nous avons recruté quarante agents de terrain cette année. Leur mission est simple : recenser les sites, fermer les puits dangereux pendant la saison des pluies et former les chefs de chantier, les « damantigui », aux règles minimales de sécurité.
p|Nous ne pourrons pas être partout. C'est pour cela que nous misons sur l'organisation des orpailleurs eux-mêmes.
ad|Publicité
video|VIDÉO — L'intégralité de l'entretien avec Mamady Kourouma
video|12:40
h2|Justement, en quoi consiste le projet de coopératives agréées ?
p|L'idée est de délivrer des autorisations d'exploitation artisanale à des groupements déclarés, sur des couloirs définis avec les autorités locales. En échange, la coopérative s'engage sur quatre points :
li|déclarer et vendre sa production à un comptoir agréé ;
li|respecter l'interdiction du mercure et du cyanure sur le site ;
li|interdire le travail des enfants ;
li|remettre en état les terrains après exploitation.
p|Les premières coopératives pilotes ont été installées en novembre à Kintinian et à Doko. Nous voulons en agréer une centaine d'ici fin 2027.
read-also|LIRE AUSSI : Siguiri : la SAG et les orpailleurs signent un accord de cohabitation
h2|Beaucoup d'or artisanal quitte encore le pays par des circuits parallèles. Comment l'expliquer ?
p|Il faut être honnête : le comptoir informel paie souvent plus vite et pose moins de questions. Pour changer cela, la Banque centrale et le ministère ont relevé le prix de rachat et réduit les délais de paiement. Depuis octobre, les volumes déclarés par les comptoirs agréés ont augmenté d'environ 30 %, selon nos chiffres. Ce n'est pas suffisant, mais c'est un début.
h2|Quel message adressez-vous aux orpailleurs ?
p|Que l'État n'est pas leur ennemi. Nous ne voulons pas chasser les gens des sites, nous voulons qu'ils travaillent sans mourir et qu'ils gagnent mieux leur vie. « Un orpailleur déclaré, c'est un orpailleur protégé » : c'est le slogan de notre campagne, et nous allons le répéter dans tous les districts.
signature|Propos recueillis par Fatoumata Binta Diallo
signature|Tél. : +224 628 00 00 00
tags|TAGS
tags|ANEO
tags|Orpaillage
tags|Siguiri
tags|Or
tags|Interview
share|Facebook Twitter WhatsApp Linkedin Telegram Email
nav|Article précédent
nav|Mandiana : une mission conjointe ferme 12 sites d'orpaillage illégaux
nav|Article suivant
nav|Kassa : un permis d'exploitation de sable marin attribué à une société turque
author-bio|Fatoumata Binta Diallo
author-bio|Journaliste à MinesGuinée.info, elle suit les questions d'environnement, de genre et de communautés minières.
related|ARTICLES CONNEXES
related|PLUS DE L'AUTEUR
related|Or : la Banque centrale a acheté 4,8 tonnes aux comptoirs en 2025
related|Dinguiraye : des femmes orpailleuses se regroupent en coopérative
related|Mercure : la Guinée renforce les contrôles aux frontières
comments|4 COMMENTAIRES
comments|Sekou Camara
comments|5 février 2026 À 11 h 42 min
comments|Très bonne initiative mais il faut aller sur le terrain, à Kintinian personne ne connaît cette agence.
comments|Répondre
comments|Aissatou B.
comments|5 février 2026 À 14 h 05 min
comments|Et les enfants dans les puits ? Il faut des sanctions réelles.
comments|Répondre
comments|LAISSER UN COMMENTAIRE
comments|Annuler la réponse
comments|Veuillez saisir votre commentaire!
comments|Veuillez entrer votre nom ici
comments|Vous avez entré une adresse e-mail incorrecte!
comments|Veuillez entrer votre adresse email ici
comments|Enregistrer mon nom, email et site web dans ce navigateur pour la prochaine fois que je commenterai.
comments|Publier le commentaire
social|RESTEZ CONNECTÉS
social|24,120Fans
social|J'aime
social|5,790Suiveurs
social|Suivre
social|2,101Abonnés
social|S'abonner
teaser-list|DERNIERS ARTICLES
teaser-list|Simandou : les premiers paiements de la taxe superficiaire versés aux communes
teaser-list|4 février 2026
teaser-list|Électricité : Souapiti tourne à la moitié de sa puissance faute d'eau
teaser-list|4 février 2026
teaser-list|Boffa : la population bloque la route minière pendant six heures
teaser-list|3 février 2026
sponsored|CONTENU SPONSORISÉ
sponsored|Comment les PME guinéennes peuvent décrocher des contrats de sous-traitance minière
jobs|APPELS D'OFFRES & RECRUTEMENTS
jobs|Avis de recrutement : Responsable HSE (H/F) — Siguiri
jobs|Date limite : 20 février 2026
footer|À PROPOS DE NOUS
footer|MinesGuinée.info est un média indépendant spécialisé dans l'actualité minière, énergétique et environnementale de la Guinée.
footer|Contactez-nous : redaction@minesguinee.info
footer|SUIVEZ-NOUS
copyright|© 2026 MinesGuinée.info — Tous droits réservés. Conception : WebAfrik Solutions
back-to-top|▲
cookie|Ce site utilise des cookies pour améliorer votre expérience. Nous supposerons que cela vous convient, mais vous pouvez vous désinscrire si vous le souhaitez.
cookie|Accepter
cookie|En savoir plus
"""),
 dict(id="ivoire-sport-style-1", site="ivoire-sport-style", lang="fr", sep="\n", title="Ligue 1 : l'ASEC Mimosas s'offre le derby face à l'Africa Sports (2-1) et reprend la tête", date="2026-03-16", page="""
timestamp|Lundi 16 mars 2026
epaper|Édition n° 5 412
epaper|Lire le journal du jour
account|S'abonner
account|Se connecter
menu|SPORT IVOIRE MATIN
menu|Le quotidien de tous les sports
menu|ACCUEIL
menu|FOOTBALL
menu|ÉLÉPHANTS
menu|LIGUE 1
menu|DIASPORA
menu|BASKETBALL
menu|HANDBALL
menu|ATHLÉTISME
menu|AUTRES SPORTS
menu|VIDÉOS
menu|KIOSQUE
search|🔍
scoreboard|LIGUE 1 — 19e JOURNÉE
scoreboard|ASEC Mimosas 2 - 1 Africa Sports
scoreboard|SOA 0 - 0 Stade d'Abidjan
scoreboard|SC Gagnoa 1 - 3 San Pedro FC
scoreboard|Lys Sassandra 2 - 0 Mouna FC
scoreboard|Tous les résultats »
countdown|CAN 2027 : J-461
ad|PUBLICITÉ
ad|PARIFOOT CI — Doublez votre premier dépôt jusqu'à 25 000 FCFA !
disclaimer|Jeu interdit aux moins de 18 ans. Jouer comporte des risques : endettement, isolement, dépendance.
breadcrumb|Accueil / Football / Ligue 1
section-label|LIGUE 1 MTN
h1|Ligue 1 : l'ASEC Mimosas s'offre le derby face à l'Africa Sports (2-1) et reprend la tête
lead|Menés au score à la demi-heure, les Mimosas ont renversé les Aiglons dimanche au stade Félix Houphouët-Boigny grâce à un doublé de leur attaquant Ibrahim Koné. Ils repassent devant le SOA au classement.
byline|Par Armand Y. Kouassi
dateline|Publié le 16 mars 2026 à 09:12
dateline|Mis à jour le 16 mars 2026 à 11:40
views|👁 2 341 vues
comments|💬 7
listen|▶ Écouter cet article
share|f
share|𝕏
share|in
share|✆
caption|Ibrahim Koné (en jaune) célèbre son second but devant les supporters du virage nord.
credit|Photo : Sport Ivoire Matin / D. Gnahoré
p|Le derby d'Abidjan a tenu toutes ses promesses. Dans un stade Félix Houphouët-Boigny garni d'environ 18 000 spectateurs, l'ASEC Mimosas a dominé l'Africa Sports (2-1), dimanche, en clôture de la 19e journée de Ligue 1. Une victoire qui permet aux hommes du technicien franco-ivoirien Laurent Kossonou de récupérer la première place, avec un point d'avance sur la SOA, tenue en échec la veille par le Stade d'Abidjan.
p|Pourtant, ce sont les Aiglons qui ont frappé les premiers. À la 31e minute, sur un long ballon mal négocié par la défense jaune et noir, Yannick Gbané s'est présenté seul devant Abdoulaye Doumbia et l'a battu d'un plat du pied croisé. Le virage sud, tout de rouge et vert vêtu, a explosé.
h2|Koné, l'homme du derby
p|Piqués au vif, les Mimosas ont repris le contrôle après la pause. Entré en jeu à l'heure de jeu, le milieu offensif Fabrice Amani a apporté la vitesse qui manquait. C'est lui qui a servi Ibrahim Koné pour l'égalisation (64e), d'une tête décroisée au second poteau.
p|Dix minutes plus tard, le même Koné a profité d'un cafouillage dans la surface pour donner l'avantage aux siens. Son onzième but de la saison, qui en fait le meilleur buteur provisoire du championnat.
p|L'Africa Sports a bien tenté de revenir dans le temps additionnel, mais la frappe lointaine de son capitaine Serge Aka a fini sur la barre transversale (90e+3).
ad|PUBLICITÉ
read-also|À LIRE AUSSI : Éléphants : le sélectionneur convoque trois joueurs locaux pour le stage de mars
h2|Les réactions
p|Laurent Kossonou (entraîneur de l'ASEC) : « On a été mauvais pendant trente minutes, on a manqué d'agressivité. À la mi-temps, j'ai demandé aux garçons de jouer leur football, sans regarder le tableau d'affichage. Ils ont répondu présent. Mais rien n'est fait, il reste onze journées. »
p|Oumar Traoré (entraîneur de l'Africa Sports) : « Je suis fier de mes joueurs. On perd sur un ballon qu'on doit dégager. Dans un derby, ce genre de détail ne pardonne pas. On va se relever. »
p|Ibrahim Koné (attaquant de l'ASEC) : « Je dédie ces buts à ma mère, qui était au stade pour la première fois. »
h2|Fiche technique
li|Stade Félix Houphouët-Boigny, dimanche 15 mars 2026
li|Spectateurs : environ 18 000
li|Arbitre : Souleymane Fofana
li|ASEC Mimosas - Africa Sports : 2-1 (mi-temps : 0-1)
li|Buts : I. Koné (64e, 74e) pour l'ASEC ; Y. Gbané (31e) pour l'Africa
li|Avertissements : Amani (70e) pour l'ASEC ; Aka (58e), Kipré (88e) pour l'Africa
signature|ARMAND Y. KOUASSI
rating|Notez cet article : ★★★★☆ 4,2/5 (38 votes)
poll|HOMME DU MATCH — Votez !
poll|Ibrahim Koné
poll|Fabrice Amani
poll|Yannick Gbané
poll|Voir les résultats
tags|Mots-clés : ASEC Mimosas, Africa Sports, Derby, Ligue 1 MTN, Ibrahim Koné
share|Partagez sur Facebook
share|Partagez sur WhatsApp
comments|7 commentaires
comments|Konan Yao · il y a 3 heures
comments|Le vrai patron d'Abidjan c'est l'ASEC. Merci Koné !!!
comments|Aiglon2000 · il y a 2 heures
comments|L'arbitre nous a volé un penalty en première mi-temps, tout le monde a vu.
comments|Voir plus de commentaires
comments|Écrire un commentaire…
standings|CLASSEMENT LIGUE 1 MTN
standings|Pos Équipe Pts J
standings|1 ASEC Mimosas 39 19
standings|2 SOA 38 19
standings|3 San Pedro FC 34 19
standings|4 Stade d'Abidjan 31 19
standings|5 Africa Sports 29 19
standings|Classement complet
most-read|LES PLUS LUS
most-read|01 Mercato : un Éléphant proche de la Saudi Pro League
most-read|02 Basket : l'ABC Fighters qualifié pour la BAL
most-read|03 Stade d'Abidjan : le président démissionne après la défaite à domicile
most-read|04 Athlétisme : une Ivoirienne sous les 11 secondes au 100 m
teaser-list|DERNIÈRES INFOS
teaser-list|10:55 Handball : les Éléphantes en stage à Yamoussoukro
teaser-list|10:20 Diaspora : doublé pour un attaquant ivoirien en Ligue 2 française
teaser-list|09:47 Cyclisme : le Tour de Côte d'Ivoire présente son parcours
epaper|LE JOURNAL EN KIOSQUE
epaper|Sport Ivoire Matin n° 5 412 du lundi 16 mars 2026
epaper|Acheter la version numérique — 300 FCFA
app|Téléchargez l'application Sport Ivoire Matin sur Google Play et App Store
footer|Sport Ivoire Matin, le quotidien de tous les sports
footer|Abidjan-Plateau, Avenue Chardy, Immeuble Les Palmiers, 4e étage
footer|Tél. : (+225) 27 20 00 00 00
footer|Qui sommes-nous ? · Publicité · Nous contacter · Mentions légales · Politique de confidentialité
copyright|© 2026 Sport Ivoire Matin — Toute reproduction, même partielle, est interdite sans autorisation.
cookie|Nous utilisons des cookies pour vous offrir la meilleure expérience sur notre site.
cookie|J'accepte
cookie|Paramètres
"""),
 dict(id="ivoire-sport-style-2", site="ivoire-sport-style", lang="fr", sep="\n", title="Taekwondo : la Côte d'Ivoire termine en tête de l'Open de Lomé avec sept médailles d'or", date="2026-02-23", page="""
timestamp|Lundi 23 février 2026
epaper|Édition n° 5 395
epaper|Lire le journal du jour
account|S'abonner
account|Se connecter
menu|SPORT IVOIRE MATIN
menu|Le quotidien de tous les sports
menu|ACCUEIL
menu|FOOTBALL
menu|ÉLÉPHANTS
menu|LIGUE 1
menu|DIASPORA
menu|BASKETBALL
menu|HANDBALL
menu|ATHLÉTISME
menu|AUTRES SPORTS
menu|VIDÉOS
menu|KIOSQUE
search|🔍
scoreboard|LIGUE 1 — 16e JOURNÉE
scoreboard|Mouna FC 1 - 1 ASEC Mimosas
scoreboard|Africa Sports 2 - 0 SC Gagnoa
scoreboard|San Pedro FC 0 - 1 SOA
scoreboard|Tous les résultats »
countdown|CAN 2027 : J-482
ad|PUBLICITÉ
ad|PARIFOOT CI — Pariez en direct sur plus de 40 sports !
disclaimer|Jeu interdit aux moins de 18 ans. Jouer comporte des risques : endettement, isolement, dépendance.
breadcrumb|Accueil / Autres sports / Taekwondo
section-label|TAEKWONDO
h1|Taekwondo : la Côte d'Ivoire termine en tête de l'Open de Lomé avec sept médailles d'or
lead|Les taekwondoïstes ivoiriens ont dominé l'Open international de Lomé, disputé du 20 au 22 février. Avec sept titres, trois médailles d'argent et cinq de bronze, ils devancent largement le Sénégal et le Niger.
byline|Par Mariam Ouattara
byline|Envoyée spéciale à Lomé
dateline|Publié le 23 février 2026 à 08:30
views|👁 1 106 vues
comments|💬 2
listen|▶ Écouter cet article
share|f
share|𝕏
share|in
share|✆
gallery|📷 PHOTOS (14)
gallery|Voir la galerie
caption|Les médaillés ivoiriens posent avec le drapeau national au palais des sports de Kégué.
credit|Photo : Fédération ivoirienne de taekwondo
dateline|Lomé (Togo) —
p|La Côte d'Ivoire a confirmé son statut de nation phare du taekwondo ouest-africain. Au terme de trois jours de compétition au palais des sports de Kégué, la sélection nationale a terminé en tête du classement des nations de l'Open international de Lomé, avec sept médailles d'or, trois d'argent et cinq de bronze.
p|Quinze pays et près de 320 combattants avaient fait le déplacement dans la capitale togolaise pour ce tournoi classé G1 par la fédération mondiale, qui permet de marquer des points précieux au classement olympique en vue de Los Angeles 2028.
p|Le Sénégal (4 or, 6 argent, 3 bronze) et le Niger (3 or, 2 argent, 7 bronze) complètent le podium. Le pays hôte, le Togo, termine cinquième.
h2|Les champions ivoiriens
li|Moins de 49 kg dames : Aminata Sanogo
li|Moins de 57 kg dames : Grâce Kouadio
li|Moins de 67 kg dames : Fatim Bamba
li|Plus de 73 kg dames : Prisca N'Guessan
li|Moins de 58 kg messieurs : Ange-Emmanuel Yao
li|Moins de 68 kg messieurs : Souleymane Diabaté
li|Moins de 80 kg messieurs : Jean-Marc Tapé
ad|PUBLICITÉ
p|La performance la plus remarquée est celle de la jeune Aminata Sanogo, 18 ans, qui disputait son premier tournoi senior. Elle a dominé en finale la Nigériane Blessing Okafor (12-5), après avoir éliminé en demi-finale la tête de série numéro un, la Sénégalaise Khady Ndiaye.
p|« Je n'étais pas venue pour faire du tourisme. Mon objectif, c'est les Jeux olympiques, et chaque combat compte », a confié la championne au bord du tapis, la médaille encore autour du cou.
read-also|À LIRE AUSSI : Jeux olympiques 2028 : le CNO-CI dévoile la liste des athlètes du programme « Objectif LA »
h2|Un chantier qui porte ses fruits
p|Pour le directeur technique national, Didier Konan, ce bilan récompense le travail mené depuis deux ans avec les clubs de l'intérieur du pays. « Nous avons organisé des détections à Bouaké, Korhogo, Daloa et San Pedro. Quatre de nos sept champions viennent de là. Le taekwondo ivoirien n'est plus seulement abidjanais », s'est-il félicité.
p|Le technicien reconnaît toutefois des lacunes, notamment chez les messieurs dans les catégories lourdes, où aucun Ivoirien n'a atteint la finale. « Nous manquons de partenaires d'entraînement à ce niveau. Il faudra envoyer ces garçons en stage à l'étranger », a-t-il expliqué.
p|La délégation, forte de 24 athlètes, est attendue mardi à l'aéroport Félix Houphouët-Boigny. Le prochain rendez-vous est fixé au mois d'avril, avec l'Open du Maroc à Rabat.
signature|M. O., à Lomé
rating|Notez cet article : ★★★★★ 4,8/5 (21 votes)
tags|Mots-clés : Taekwondo, Open de Lomé, Aminata Sanogo, FITKD, JO 2028
share|Partagez sur Facebook
share|Partagez sur WhatsApp
comments|2 commentaires
comments|Trier par Plus anciens
comments|Ajouter un commentaire…
comments|Ibrahim Soro
comments|Bravo à nos champions ! Le ministère doit les accompagner vraiment, pas seulement au retour.
comments|J'aime · Répondre · 6 h
comments|Plug-in Commentaires Facebook
most-read|LES PLUS LUS
most-read|01 Éléphants : la liste pour les matchs amicaux de mars dévoilée jeudi
most-read|02 Ligue 1 : l'ASEC tenue en échec à Bouaké
most-read|03 Basket : l'ABC Fighters qualifié pour la BAL
most-read|04 Lutte traditionnelle : le festival de Bouna reporté
teaser-list|DERNIÈRES INFOS
teaser-list|10:15 Athlétisme : les championnats nationaux en salle délocalisés à Yamoussoukro
teaser-list|09:52 Diaspora : un Éléphant buteur en Belgique
teaser-list|09:03 Handball : l'Africa Sports remporte la Supercoupe
epaper|LE JOURNAL EN KIOSQUE
epaper|Sport Ivoire Matin n° 5 395 du lundi 23 février 2026
epaper|Acheter la version numérique — 300 FCFA
app|Téléchargez l'application Sport Ivoire Matin sur Google Play et App Store
footer|Sport Ivoire Matin, le quotidien de tous les sports
footer|Abidjan-Plateau, Avenue Chardy, Immeuble Les Palmiers, 4e étage
footer|Tél. : (+225) 27 20 00 00 00
footer|Qui sommes-nous ? · Publicité · Nous contacter · Mentions légales · Politique de confidentialité
copyright|© 2026 Sport Ivoire Matin — Toute reproduction, même partielle, est interdite sans autorisation.
cookie|Nous utilisons des cookies pour vous offrir la meilleure expérience sur notre site.
cookie|J'accepte
cookie|Paramètres
"""),
 dict(id="fiji-sun-style-1", site="fiji-sun-style", lang="en", sep="\n", title="Cane farmers to receive $9.40 a tonne third payment next week", date="2026-03-03", page="""
skip-link|Skip to content
timestamp|Tuesday, March 3, 2026
weather|Suva 29°C Partly cloudy
ticker|FJD/USD 0.4412
ticker|FJD/AUD 0.6795
ticker|FJD/NZD 0.7521
ticker|High tide Suva 5:42am 1.6m
epaper|ePaper
account|Subscribe
account|Login
menu|FIJI TIDE
menu|The Nation's Newspaper
menu|Home
menu|News
menu|Nation
menu|Politics
menu|Business
menu|Sports
menu|World
menu|Opinion
menu|Features
menu|Education
menu|Health
menu|Tourism
menu|Lifestyle
menu|Videos
menu|Classifieds
search|Search for:
breaking|BREAKING
breaking|Heavy rain alert remains in force for the interior of Viti Levu
ad|Advertisement
ad|BULA MOBILE — 15GB for $15. Stay connected from Labasa to Levuka. Dial *111#
section-label|Business
h1|Cane farmers to receive $9.40 a tonne third payment next week
dateline|March 3, 2026 12:05 pm
byline|By Ravinesh Prasad
listen|🔊 Listen to this article
listen|00:00
share|Facebook
share|X
share|WhatsApp
share|Viber
share|Email
caption|Cane farmer Shiu Narayan at his farm in Drasa, Lautoka, yesterday.
credit|Photo: Waisea Nasokia
dateline|LAUTOKA
p|More than 11,000 cane growers will receive a third payment of $9.40 a tonne for the 2025 season next week, the Sugar Cane Growers Fund has confirmed.
p|The payment, which totals about $14.2 million, will be made into farmers' bank accounts from Tuesday, March 10.
p|Fund chief executive Litia Vakaloloma said the payment was made possible after the sale of the last shipments of sugar to the European and Asian markets.
p|"We understand that many farmers have been waiting for this payment to prepare their land for planting and to pay school fees for the new term," Ms Vakaloloma said.
p|"The industry has faced a difficult season with the dry spell in the Western Division, but the payment shows that prices on the world market have held up better than expected."
ad|Advertisement
h2|Season figures
p|According to figures released by the Fund, the 2025 crushing season produced:
li|1.51 million tonnes of cane crushed at the Lautoka, Rarawai and Labasa mills;
li|146,000 tonnes of sugar;
li|a tonnes cane to tonnes sugar ratio of 10.3, an improvement on the 2024 season.
p|The total forecast price for the season now stands at $92.50 a tonne, including the first and second payments made last year.
read-also|READ ALSO: Rarawai mill upgrade on track for May start, says FSC
h2|Farmers welcome news
p|In Drasa, outside Lautoka, farmer Shiu Narayan, 58, said the money would go towards fertiliser and hiring labour for the coming planting.
p|"Every cent counts. The cost of everything has gone up, diesel, fertiliser, even the cane knife," Mr Narayan said.
p|"We are happy the payment is coming on time this year. Last year we waited almost a month longer."
p|Ba cane farmer Mereani Tuilau said more young people would stay in farming if payments were predictable.
p|"My sons are in Suva and Nadi working in hotels. They tell me they cannot plan with cane money because you never know when it comes," she said.
p|Sugar remains one of Fiji's largest export earners after tourism, and the industry supports an estimated 200,000 people directly and indirectly, most of them in the Western Division and on Vanua Levu.
p|The Fund said it would also hold grower meetings in Ba, Tavua, Rakiraki and Labasa this month to explain a proposed new payment schedule for the 2026 season, under which the first payment would be made within three weeks of cane delivery.
p|The Fund said farmers who had changed bank accounts should update their details with their sector office before Friday to avoid delays.
signature|Edited by Naisa Koroi
signature|Feedback: ravinesh.prasad@fijitide.com.fj
tags|Tags:
tags|cane farmers
tags|Western Division
tags|Sugar Cane Growers Fund
tags|sugar industry
share|Share this article
share|Facebook Share
share|WhatsApp Share
related|Related Posts
related|Sugar industry reform Bill tabled in Parliament
related|February 26, 2026
related|Labasa mill crushes record tonnage in final week
related|December 12, 2025
related|Growers urged to replant with drought-tolerant varieties
related|November 30, 2025
newsletter|Get the Fiji Tide headlines delivered to your inbox every morning
newsletter|Enter your email address
newsletter|Subscribe
video|SUN TIDE TV
video|WATCH: Nadi flash flood clean-up underway
video|2:14
most-read|Most Popular
most-read|Man, 34, jailed for nine years over Nasinu robbery
most-read|Drua name unchanged side for Auckland clash
most-read|Govt announces new minimum wage rate from July
most-read|Ratu Sukuna Road closed for 3 weeks
classifieds|CLASSIFIEDS
classifieds|FOR SALE: 2018 Toyota Hilux 4x4, low mileage. Ph 9000000
classifieds|WANTED: Cane cutters for Ba district. Accommodation provided.
classifieds|TO LET: 2-bedroom flat, Tamavua. $850 per month.
footer|About Us
footer|Contact Us
footer|Advertise With Us
footer|Terms & Conditions
footer|Privacy Policy
footer|Complaints
footer|Fiji Tide Limited, 12 Carnarvon Street, Suva, Fiji
footer|Phone: (679) 330 0000
copyright|© 2026 Fiji Tide Limited. All Rights Reserved.
back-to-top|↑ Back to top
"""),
 dict(id="fiji-sun-style-2", site="fiji-sun-style", lang="en", sep="\n", title="Labasa Hospital's new dialysis unit to open in April", date="2026-02-10", page="""
skip-link|Skip to content
timestamp|Tuesday, February 10, 2026
weather|Suva 31°C Showers
ticker|FJD/USD 0.4398
ticker|FJD/AUD 0.6802
ticker|FJD/NZD 0.7540
ticker|High tide Suva 3:18pm 1.7m
epaper|ePaper
account|Subscribe
account|Login
menu|FIJI TIDE
menu|The Nation's Newspaper
menu|Home
menu|News
menu|Nation
menu|Politics
menu|Business
menu|Sports
menu|World
menu|Opinion
menu|Features
menu|Education
menu|Health
menu|Tourism
menu|Lifestyle
menu|Videos
menu|Classifieds
search|Search for:
ad|Advertisement
ad|PACIFIC HARDWARE — Back to School Sale. Up to 30% off stationery and school bags. Nadi · Lautoka · Suva · Labasa
section-label|Health
h1|Labasa Hospital's new dialysis unit to open in April
dateline|February 10, 2026 6:40 am
byline|By Salote Naivalu
share|Facebook
share|X
share|WhatsApp
share|Viber
share|Email
caption|Construction workers finish the interior of the new dialysis unit at Labasa Hospital last week.
credit|Photo: Ministry of Health and Medical Services
lead|Kidney patients in Vanua Levu will no longer have to travel to Suva or Lautoka for treatment.
dateline|LABASA
p|Patients needing dialysis in the Northern Division will soon be treated close to home, with the new dialysis unit at Labasa Hospital set to open in April.
p|The Ministry of Health and Medical Services said the $3.8 million unit was now 90 per cent complete and the equipment had arrived at the hospital last month.
p|Divisional medical officer North, Dr Apisalome Raikadroka, said the unit would have eight dialysis chairs and would run two shifts a day, six days a week.
p|"At the moment, about 40 patients from Vanua Levu and Taveuni have had to relocate to Viti Levu to receive dialysis, some of them with their whole families," Dr Raikadroka said.
p|"That is a huge cost for them, and it separates them from their land and their support. This unit will allow most of them to come home."
ad|Advertisement
h2|Staff training
p|Twelve nurses from the Northern Division completed a six-month renal nursing course at Colonial War Memorial Hospital in Suva in December.
p|Two more nurses and a biomedical technician are due to finish training next month.
p|Dr Raikadroka said the unit would offer:
li|haemodialysis for patients with end-stage kidney disease;
li|screening clinics for people with diabetes and high blood pressure;
li|counselling for patients and families on diet and lifestyle.
read-also|READ ALSO: Government subsidy for dialysis extended for another year
h2|'We prayed for this'
p|Seaqaqa resident Mohammed Ilyas, 61, has been living with his daughter in Nausori for two years to receive treatment three times a week.
p|"My wife and grandchildren are in Seaqaqa. I see them only during the holidays. When I heard about the unit, I cried. We prayed for this for a long time," he said.
p|Non-communicable diseases remain the leading cause of death in Fiji, and diabetes is a major cause of kidney failure.
p|The ministry has urged people to go for regular check-ups at their nearest health centre, and to cut down on sugar, salt and fatty food.
p|The unit is part of the ministry's plan to bring specialist services closer to rural and maritime communities. A similar unit is planned for Lautoka Hospital from 2027.
p|Patients at the new unit will continue to benefit from the Government dialysis subsidy, which covers most of the cost of each session for eligible households.
p|An official opening date will be announced next month.
signature|Edited by Rosi Doviverata
signature|Feedback: salote.naivalu@fijitide.com.fj
tags|Tags:
tags|dialysis
tags|Labasa Hospital
tags|Ministry of Health
tags|Vanua Levu
share|Share this article
share|Facebook Share
share|WhatsApp Share
related|Related Posts
related|CWM Hospital emergency department to expand
related|February 2, 2026
related|Diabetes: 'Get your feet checked', nurses urge
related|January 21, 2026
related|Savusavu health centre gets new X-ray machine
related|January 9, 2026
comments|Leave a Reply
comments|Your email address will not be published. Required fields are marked *
comments|Comment *
comments|Name *
comments|Email *
comments|Post Comment
newsletter|Get the Fiji Tide headlines delivered to your inbox every morning
newsletter|Enter your email address
newsletter|Subscribe
video|SUN TIDE TV
video|WATCH: Nausori market vendors move to new site
video|1:47
most-read|Most Popular
most-read|Police warn of fake job offers on social media
teaser-list|Labasa Hospital's new dialysis unit to open in April
most-read|Flights delayed as runway works continue at Nadi
most-read|Fijiana 7s name squad for Perth
obituary|NOTICES
obituary|DEATH NOTICE: The family of the late Ratu Josaia Tuilomaloma wish to advise that the funeral service will be held at Wesley Church, Labasa, on Thursday.
footer|About Us
footer|Contact Us
footer|Advertise With Us
footer|Terms & Conditions
footer|Privacy Policy
footer|Complaints
footer|Fiji Tide Limited, 12 Carnarvon Street, Suva, Fiji
footer|Phone: (679) 330 0000
copyright|© 2026 Fiji Tide Limited. All Rights Reserved.
back-to-top|↑ Back to top
"""),
 dict(id="sierra-leone-awoko-style-1", site="sierra-leone-awoko-style", lang="en", sep="\n", title="Guma announces water rationing for East End communities as dry season bites", date="2026-03-10", page="""
timestamp|Tuesday, March 10, 2026
social|Facebook Twitter Instagram YouTube
epaper|E-Paper
donate|Support Independent Journalism
menu|THE SALONE TRIBUNE
menu|Sierra Leone's Independent Daily Since 2001
menu|Home
menu|Headlines
menu|News
menu|Politics
menu|Business
menu|Health
menu|Education
menu|Editorial
menu|Opinion
menu|Sports
menu|Lighter Side
menu|Fact Check
menu|Contact Us
search|Search
breaking|TRENDING
breaking|EDSA announces load shedding timetable for Western Area
ad|ADVERTISEMENT
ad|SaloneCash — Send money to any network in Sierra Leone for FREE. Dial *144#
section-label|HeadlinesNews
h1|Guma announces water rationing for East End communities as dry season bites
byline|By Mohamed Sheku Kargbo
dateline|March 10, 2026
comments|0 Comments
reading-time|Reading Time: 3 mins read
share|Share on Facebook
share|Share on Twitter
share|Share on WhatsApp
caption|Residents queue to fetch water at a public tap in Kissy, East End of Freetown.
credit|Photo: Tribune/Alhaji Turay
p|The Guma Valley Water Company has announced a rationing schedule for several communities in the East End of Freetown, as water levels at the Guma Dam continue to drop with the peak of the dry season.
p|In a press release issued on Monday 9th March 2026, the company said supply to communities including Kissy, Wellington, Calaba Town, Allen Town and parts of Shell would be restricted to three days a week until the rains return.
p|According to the release, the rationing is necessary to "ensure that the limited water available is shared fairly among all customers" and to protect the pipes from damage caused by low pressure.
p|The schedule, which takes effect from Thursday, is as follows:
li|Kissy, Kissy Mess Mess and Kissy Brook: Monday, Wednesday and Friday;
li|Wellington, Calaba Town and Allen Town: Tuesday, Thursday and Saturday;
li|Shell, Grassfield and Old Wharf: Wednesday, Friday and Sunday.
p|Speaking to this press, the company's Director of Operations, Engineer Abu Bakarr Conteh, said the dam level had fallen by almost four metres compared to the same period last year.
p|"We are not happy to do this, but we have no choice. The rains came late last year and stopped early. If we do not manage what we have, some areas will have no water at all by April," he said.
ad|ADVERTISEMENT
p|He added that the company has deployed water bowsers to serve hospitals, schools and densely populated areas on days when the taps are dry.
p|Residents of the affected communities however expressed frustration over the announcement.
p|A trader at Kissy Dockyard, Mariama Sesay, told the Tribune that her area had already been without pipe-borne water for almost two weeks before the official announcement.
p|"We buy one gallon of water for Le 3 now. For a family like mine, that is over Le 30 every day just for water. How can we survive?" she asked.
read-also|Also Read: Parliament approves US$45m loan for Western Area water supply project
p|An official of the Ministry of Water Resources and Sanitation, who spoke on condition of anonymity, said work on the new reservoir at Allen Town would be completed before the next dry season.
p|Freetown's population has grown rapidly since the dam was built in the 1960s, and experts have long warned that the city's water infrastructure can no longer meet demand, especially in the eastern suburbs where most new settlements have sprung up.
p|The Guma Valley Water Company has urged customers to store water safely, avoid wastage and report leakages and illegal connections on its toll-free line 300.
copyright|© Copyright 2026 The Salone Tribune (10/03/26)
post-views|Post Views: 1,462
tags|Tags: Dry SeasonEast EndFreetownGuma Valley Water CompanyWater Rationing
share|Share
share|Tweet
share|Send
nav|Previous Post
nav|Bo City Council launches sanitation drive ahead of rainy season
nav|Next Post
nav|Sierra Leone, Guinea sign MoU on cross-border trade
related|Related Posts
related|Residents of Hill Station cry over dry taps
related|March 3, 2026
related|Guma Valley: "Pay your bills or be disconnected"
related|February 24, 2026
related|World Bank approves new grant for Freetown water supply
related|February 11, 2026
comments|Leave a Reply Cancel reply
comments|Your email address will not be published. Required fields are marked *
comments|Comment *
comments|Name *
comments|Email *
comments|Website
comments|Save my name, email, and website in this browser for the next time I comment.
comments|Post Comment
whatsapp|Get The Salone Tribune on WhatsApp. Send "SUBSCRIBE" to +232 76 000 000
most-read|POPULAR NEWS
most-read|ACC indicts three council officials over market contract
most-read|Leone depreciates against US dollar as import bills rise
most-read|Teachers' union gives government 14-day ultimatum
most-read|Leone Stars: Coach names 25-man squad for Guinea friendly
teaser-list|LATEST NEWS
teaser-list|Kambia: Farmers demand access road before rains
teaser-list|2 hours ago
teaser-list|NRA extends deadline for annual tax returns
teaser-list|5 hours ago
teaser-list|Editorial: When the taps run dry
teaser-list|1 day ago
footer|ABOUT US
footer|The Salone Tribune is an independent daily newspaper published in Freetown, Sierra Leone, Monday to Friday.
footer|CONTACT
footer|Email: info@salonetribune.sl
footer|Tel: +232 30 000 000
footer|Address: 14 Wallace Johnson Street, Freetown
copyright|Copyright © 2026 The Salone Tribune. All Rights Reserved. Designed by SaloneWeb Technologies.
back-to-top|Back to Top
cookie|We use cookies to ensure that we give you the best experience on our website. If you continue to use this site we will assume that you are happy with it.
cookie|Ok
cookie|Privacy Policy
"""),
 dict(id="sierra-leone-awoko-style-2", site="sierra-leone-awoko-style", lang="en", sep="\n", title="Kenema traders protest new market dues as council defends Le 15 daily levy", date="2026-01-28", page="""
timestamp|Wednesday, January 28, 2026
social|Facebook Twitter Instagram YouTube
epaper|E-Paper
donate|Support Independent Journalism
menu|THE SALONE TRIBUNE
menu|Sierra Leone's Independent Daily Since 2001
menu|Home
menu|Headlines
menu|News
menu|Politics
menu|Business
menu|Health
menu|Education
menu|Editorial
menu|Opinion
menu|Sports
menu|Lighter Side
menu|Fact Check
menu|Contact Us
search|Search
breaking|TRENDING
breaking|Leone Stars: Coach names 25-man squad for Guinea friendly
ad|ADVERTISEMENT
ad|Sierra Leone Commercial Bank — Open an account with just Le 100. Banking made simple.
section-label|BusinessNews
h1|Kenema traders protest new market dues as council defends Le 15 daily levy
byline|By Fatmata Kamara in Kenema
dateline|January 28, 2026
comments|2 Comments
reading-time|Reading Time: 4 mins read
share|Share on Facebook
share|Share on Twitter
share|Share on WhatsApp
caption|Traders gather in front of the Kenema City Council office on Monday.
credit|Photo: Fatmata Kamara
p|Hundreds of traders at the Kenema Central Market on Monday 26th January 2026 closed their stalls and marched to the Kenema City Council office to protest against a new daily market due of Le 15, which they described as "too much and unfair".
p|The new levy, which replaces the former Le 5 daily ticket, was approved by the council in December and took effect on the first working day of the year.
p|Chairlady of the Kenema Market Women's Association, Madam Hawa Bockarie, told the Tribune that the council did not consult traders before tripling the amount.
p|"Most of us sell pepper, onions and palm oil. Some days we don't even make Le 50 profit. Now they want Le 15 every day, plus the monthly shop rent. We are not against paying tax, but they must talk to us first," she said.
p|The protest brought business in the city centre to a standstill for several hours, as traders blocked part of Hangha Road with their tables and baskets.
ad|ADVERTISEMENT
h2|Council responds
p|Responding, the Chief Administrator of the Kenema City Council, Mr. Sahr Emmanuel Lebbie, said the increase was necessary to fund the rehabilitation of the market, which he said was in a "deplorable state".
p|"The roof leaks, the toilets are not working and there is no drainage. Traders themselves have been complaining about these things for years. The money from the market dues will go directly into fixing them," he said.
p|He disclosed that the council had also lost revenue because many collectors were not remitting the full amount collected, and that the new system would use printed receipts with serial numbers.
p|Mr. Lebbie however said the council was ready to meet the traders' representatives to discuss "a fair arrangement", including a possible reduced rate for small-scale sellers.
read-also|ALSO READ: Bo: Okada riders suspend strike after meeting with police
h2|Police calm tension
p|Personnel of the Sierra Leone Police were deployed around the council office to maintain order. No arrest was reported.
p|The Local Unit Commander for Kenema, Chief Superintendent Alpha Mansaray, appealed to the traders to use dialogue.
p|"We respect their right to protest, but blocking the road is not acceptable. We have invited both sides to a meeting on Thursday at the police division," he said.
p|Traders have vowed to keep their stalls closed until the council reverses the decision.
author-bio|Fatmata Kamara is the Tribune's Eastern Region correspondent.
copyright|© Copyright 2026 The Salone Tribune (28/01/26)
post-views|Post Views: 937
tags|Tags: Kenema City CouncilKenema Central MarketMarket DuesTraders
share|Share
share|Tweet
share|Send
nav|Previous Post
nav|Parliament ratifies fisheries agreement with EU
nav|Next Post
nav|Teachers' union gives government 14-day ultimatum
related|Related Posts
related|Bo traders relocated to new market site
related|January 19, 2026
related|Local councils urged to improve revenue collection
related|January 8, 2026
related|Kenema: Council reopens slaughterhouse after two-year closure
related|December 17, 2025
comments|2 thoughts on "Kenema traders protest new market dues as council defends Le 15 daily levy"
comments|Abdul Rahman Koroma
comments|January 28, 2026 at 10:14 am
comments|The council must account for the old money first before they increase anything.
comments|Reply
comments|Saffie
comments|January 28, 2026 at 1:52 pm
comments|Le 15 is too much for these poor women. Government should intervene.
comments|Reply
comments|Leave a Reply Cancel reply
comments|Your email address will not be published. Required fields are marked *
comments|Post Comment
whatsapp|Get The Salone Tribune on WhatsApp. Send "SUBSCRIBE" to +232 76 000 000
most-read|POPULAR NEWS
most-read|Leone depreciates against US dollar as import bills rise
most-read|Freetown: Fire destroys 30 homes at Kroo Bay
most-read|NaCSA begins cash transfer to 20,000 households
teaser-list|LATEST NEWS
teaser-list|Port Loko: Youths clear 12-mile feeder road
teaser-list|3 hours ago
teaser-list|Bank of Sierra Leone keeps policy rate unchanged
teaser-list|6 hours ago
teaser-list|Editorial: Councils must listen before they tax
teaser-list|1 day ago
footer|ABOUT US
footer|The Salone Tribune is an independent daily newspaper published in Freetown, Sierra Leone, Monday to Friday.
footer|CONTACT
footer|Email: info@salonetribune.sl
footer|Tel: +232 30 000 000
footer|Address: 14 Wallace Johnson Street, Freetown
copyright|Copyright © 2026 The Salone Tribune. All Rights Reserved. Designed by SaloneWeb Technologies.
back-to-top|Back to Top
cookie|We use cookies to ensure that we give you the best experience on our website. If you continue to use this site we will assume that you are happy with it.
cookie|Ok
cookie|Privacy Policy
"""),
]
