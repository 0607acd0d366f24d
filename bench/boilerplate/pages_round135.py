# Round 135: eight pages on four more layouts (a Paris suburban weekly's page on a regional news network, a French
# web-only local news site, an Anguilla news site, a Pacific government information bulletin online), written blind:
# without looking at the classifier, its rules or the benchmark, measured once. Each line: "label|text". Invented
# text; no real article is copied.
ROUND135 = [
 dict(id="gazette-val-d-oise-style-1", site="gazette-val-d-oise-style", lang="fr", sep="\n", title="Cergy : la piscine de l'Axe majeur fermée jusqu'en septembre après la découverte de fissures", date="2026-02-11", page="""
skip-link|Aller au contenu
skip-link|Aller au menu
network|actu voisins
network|Le réseau de vos journaux locaux
account|Mon actu
account|Se connecter
subscribe|S'abonner
search|Rechercher une ville, un sujet...
menu|Actualités
menu|Faits divers
menu|Politique
menu|Sports
menu|Loisirs
menu|Éco
menu|Mon département
menu|Val-d'Oise
epaper|Le journal de la semaine
breadcrumb|Actu · Île-de-France · Val-d'Oise · Cergy
section-label|Société
follow|La Gazette de l'Oise-Vexin
follow|Suivre ce média
h1|Cergy : la piscine de l'Axe majeur fermée jusqu'en septembre après la découverte de fissures
lead|Des fissures ont été repérées dans le bassin principal lors de la vidange annuelle. L'agglomération annonce plusieurs mois de travaux et réorganise l'accueil des nageurs, des scolaires et des clubs.
byline|Par Julie Marchand
dateline|Publié le 11 févr. 26 à 17:42
dateline|mis à jour le 12 févr. 26 à 9:15
follow|Voir mon actu
share|Partager
share|facebook
share|twitter
share|whatsapp
share|email
comments|Voir les commentaires
caption|Le grand bassin de la piscine de l'Axe majeur, vidé depuis la mi-janvier, ne rouvrira pas avant la rentrée.
credit|(©Julie Marchand / La Gazette de l'Oise-Vexin)
p|Les habitués l'avaient trouvée fermée « pour vidange » à la mi-janvier. Ils devront finalement patienter jusqu'à la rentrée. La piscine de l'Axe majeur, à Cergy, restera fermée au public jusqu'au début du mois de septembre 2026, a annoncé mardi 10 février la communauté d'agglomération.
p|En cause : une série de fissures découvertes dans le fond et sur l'une des parois du bassin sportif de 25 mètres, au moment de la vidange technique que l'équipement subit chaque hiver. « Ce n'est pas un problème de sécurité pour le bâtiment, mais on ne peut pas remettre 600 mètres cubes d'eau dans un bassin qui fuit », résume le vice-président chargé des équipements sportifs.
ad|Publicité
h2|Un diagnostic attendu fin février
p|Un bureau d'études a été mandaté pour mesurer l'étendue des dégâts. Ses conclusions sont attendues d'ici la fin du mois de février. Selon les premières constatations, le carrelage et l'étanchéité posés lors de la dernière rénovation, en 2009, n'ont pas résisté aux mouvements du sol, sur ce secteur construit en partie sur d'anciens remblais.
p|Le coût des travaux n'est pas encore connu. L'agglomération évoque « plusieurs centaines de milliers d'euros » et n'exclut pas d'en profiter pour avancer le remplacement des vestiaires, prévu à l'origine en 2028.
read-also|À lire aussi
read-also|Pontoise : la patinoire fermera plus tôt cette saison pour économiser l'énergie
p|La fermeture tombe mal. Avec ses 180 000 entrées par an, la piscine de l'Axe majeur est l'une des plus fréquentées du département. Elle accueille chaque semaine une quarantaine de classes de primaire et trois clubs, dont le Cergy-Pontoise Natation, qui y entraîne près de 500 licenciés.
h2|Les nageurs redirigés vers trois autres bassins
p|Pour limiter la casse, l'agglomération a revu les plannings de ses autres équipements. Les horaires d'ouverture au public sont élargis à partir du lundi 16 février :
li|à Pontoise, le centre aquatique ouvrira aussi le mardi et le jeudi de 7 h 30 à 9 h ;
li|à Osny, la piscine municipale proposera une nocturne supplémentaire le vendredi jusqu'à 22 h ;
li|à Vauréal, le bassin restera ouvert le dimanche après-midi pendant toutes les vacances scolaires.
p|Les abonnements en cours seront valables dans ces trois piscines, et leur durée sera prolongée du nombre de mois de fermeture, précise la collectivité.
p|Côté scolaires, la priorité a été donnée aux élèves de CP et de CE1, pour qui l'apprentissage de la natation est obligatoire. « Certaines classes de CM2 perdront des séances, on ne va pas le cacher », reconnaît une conseillère pédagogique de la circonscription.
p|Au club, on fait contre mauvaise fortune bon cœur. « On va nager plus tôt le matin et plus tard le soir, et on a trouvé des créneaux à Saint-Ouen-l'Aumône. Ce qui nous inquiète, c'est surtout les compétitions de juin », confie son président, Thierry Lemaire.
p|Une réunion d'information avec les usagers est prévue le jeudi 26 février à 19 h, salle du conseil de l'hôtel d'agglomération.
useful|Cet article vous a été utile ? Sachez que vous pouvez suivre La Gazette de l'Oise-Vexin dans l'espace Mon Actu. En un clic, après inscription, vous y retrouverez toute l'actualité de vos villes et marques favorites.
follow|Suivre ce média
newsletter|Newsletter Val-d'Oise
newsletter|Chaque matin, recevez les infos qui comptent près de chez vous.
newsletter|Je m'inscris
google-news|Suivez-nous sur Google Actualités
comments|Voir les commentaires
tags|Cergy
tags|Piscine
tags|Travaux
tags|Sport
video|Vidéos : en ce moment sur Actu
video|Val-d'Oise : les images du chantier du futur tramway T13
video|01:12
teaser-list|Dernières actualités
teaser-list|Il y a 12 min
teaser-list|Osny : un feu de voiture se propage à une haie, les pompiers mobilisés
teaser-list|Il y a 48 min
teaser-list|Municipales 2026 à Pontoise : une troisième liste entre dans la course
teaser-list|Il y a 1 h
teaser-list|Vauréal : la boulangerie du centre rouvre après six mois de fermeture
most-read|Les + lus
most-read|1. Val-d'Oise : la fermeture de la ligne J prolongée de deux week-ends
most-read|2. Saint-Ouen-l'Aumône : un nouvel Ikea ? La rumeur qui enflamme les réseaux
most-read|3. Cergy : la piscine de l'Axe majeur fermée jusqu'en septembre après la découverte de fissures
epaper|Le journal de cette semaine
epaper|La Gazette de l'Oise-Vexin - N° 2318 - mercredi 11 février 2026
epaper|Lire le journal numérique
footer|Qui sommes-nous ?
footer|Nos journaux
footer|Charte de déontologie
footer|Publicité
footer|Annonces légales
footer|Contact
footer|Mentions légales
footer|Données personnelles
cookie|Paramétrer les cookies
copyright|© 2026 actu voisins - Tous droits réservés
"""),
 dict(id="gazette-val-d-oise-style-2", site="gazette-val-d-oise-style", lang="fr", sep="\n", title="Argenteuil : sans professeurs de maths depuis Noël, des parents occupent le collège des Coteaux", date="2026-03-18", page="""
skip-link|Aller au contenu
skip-link|Aller au menu
network|actu voisins
network|Le réseau de vos journaux locaux
account|Mon actu
account|Se connecter
subscribe|S'abonner
search|Rechercher une ville, un sujet...
menu|Actualités
menu|Faits divers
menu|Politique
menu|Sports
menu|Loisirs
menu|Éco
menu|Mon département
menu|Val-d'Oise
epaper|Le journal de la semaine
breadcrumb|Actu · Île-de-France · Val-d'Oise · Argenteuil
section-label|Éducation
follow|La Gazette de l'Oise-Vexin
follow|Suivre ce média
h1|Argenteuil : sans professeurs de maths depuis Noël, des parents occupent le collège des Coteaux
lead|Depuis lundi, une vingtaine de parents se relaient chaque matin dans le hall de l'établissement. Deux classes de troisième n'ont plus eu de cours de mathématiques depuis les vacances de fin d'année.
byline|Par Karim Benali
dateline|Publié le 18 mars 26 à 12:05
follow|Voir mon actu
share|Partager
share|facebook
share|twitter
share|whatsapp
share|email
comments|Voir les commentaires
caption|Les parents d'élèves se sont installés dans le hall du collège avec banderoles et thermos de café, mardi 17 mars.
credit|(©Karim Benali / La Gazette de l'Oise-Vexin)
p|Chaises pliantes, thermos de café et banderole scotchée à la vitre de l'accueil : « 3e B et 3e D, 0 heure de maths depuis le 19 décembre ». Depuis lundi 16 mars, une vingtaine de parents d'élèves se relaient dans le hall du collège des Coteaux, à Argenteuil, de 8 heures à midi.
p|Leur revendication tient en une phrase : le remplacement immédiat de la professeure de mathématiques en arrêt maladie depuis les vacances de Noël, et d'un second enseignant parti en février en disponibilité. « Nos enfants passent le brevet dans trois mois. On leur demande de réviser un programme qu'ils n'ont pas vu », s'agace Nadia, mère d'une élève de 3e B.
ad|Publicité
h2|« On a tout essayé avant d'en arriver là »
p|Les parents assurent avoir multiplié les démarches depuis janvier : courriers au principal, à la direction académique, pétition signée par plus de 400 familles, interpellation des élus. « On nous a répondu qu'il n'y avait pas de candidat. Mais ce n'est pas notre problème, c'est celui de l'Éducation nationale », tranche Mathieu, représentant FCPE au conseil d'administration.
p|Selon les familles, les élèves concernés ont reçu depuis janvier quelques fiches d'exercices et deux heures de soutien assurées bénévolement par un professeur de physique de l'établissement.
read-also|À lire aussi
read-also|Val-d'Oise : près de 9 000 heures de cours non remplacées dans les collèges depuis la rentrée, selon un collectif
h2|L'académie promet un contractuel « dans les prochains jours »
p|Contactée par La Gazette, la direction des services départementaux de l'Éducation nationale du Val-d'Oise reconnaît « une situation difficile » et indique qu'un enseignant contractuel « a été identifié et devrait prendre ses fonctions dans les prochains jours ». Elle précise que des heures supplémentaires ont été proposées aux enseignants de l'établissement.
p|Les parents, eux, attendent de voir. « On nous a déjà annoncé quelqu'un en février, il n'est jamais venu », rappelle Nadia. Ils ont prévu de maintenir l'occupation du hall tant que le remplaçant ne sera pas devant les élèves, sans perturber les cours, insistent-ils.
p|La municipalité a apporté son soutien au mouvement. Dans un communiqué, l'adjointe chargée de l'éducation demande à l'État « des moyens à la hauteur des besoins d'une ville de 110 000 habitants ».
p|La principale du collège n'a pas souhaité s'exprimer.
useful|Cet article vous a été utile ? Sachez que vous pouvez suivre La Gazette de l'Oise-Vexin dans l'espace Mon Actu. En un clic, après inscription, vous y retrouverez toute l'actualité de vos villes et marques favorites.
follow|Suivre ce média
newsletter|Newsletter Val-d'Oise
newsletter|Chaque matin, recevez les infos qui comptent près de chez vous.
newsletter|Je m'inscris
google-news|Suivez-nous sur Google Actualités
comments|Voir les commentaires
tags|Argenteuil
tags|Collège
tags|Éducation nationale
video|Vidéos : en ce moment sur Actu
video|Argenteuil : la nouvelle passerelle sur la Seine vue du ciel
video|00:58
teaser-list|Dernières actualités
teaser-list|Il y a 5 min
teaser-list|Bezons : la brocante de printemps annulée faute de bénévoles
teaser-list|Il y a 34 min
teaser-list|Sannois : le moulin rouvre ses portes aux visiteurs pour la saison
teaser-list|Il y a 2 h
teaser-list|Cormeilles-en-Parisis : un automobiliste flashé à 142 km/h sur l'A15
most-read|Les + lus
most-read|1. Argenteuil : un immeuble évacué après un effondrement de plafond
most-read|2. Municipales : les résultats du second tour ville par ville dans le Val-d'Oise
most-read|3. Franconville : le marché du dimanche déménage pendant les travaux
epaper|Le journal de cette semaine
epaper|La Gazette de l'Oise-Vexin - N° 2323 - mercredi 18 mars 2026
epaper|Lire le journal numérique
footer|Qui sommes-nous ?
footer|Nos journaux
footer|Charte de déontologie
footer|Publicité
footer|Annonces légales
footer|Contact
footer|Mentions légales
footer|Données personnelles
cookie|Paramétrer les cookies
copyright|© 2026 actu voisins - Tous droits réservés
"""),
 dict(id="info-chalon-style-1", site="info-chalon-style", lang="fr", sep="\n", title="CHALON SUR SAONE - Un pôle de santé de 14 praticiens ouvrira à l'automne aux Prés-Saint-Jean", date="2026-04-09", page="""
timestamp|Jeudi 9 Avril 2026
weather|Chalon-sur-Saône 14°C Averses
social|Suivez-nous Facebook Instagram
logo|Info Saône-Chalon
logo|Le 1er site d'information du Grand Chalon - 100% en ligne, 100% local
menu|ACCUEIL · A LA UNE · CHALON · GRAND CHALON · BRESSE · COTE CHALONNAISE · SPORT · CULTURE · FAITS DIVERS · POLITIQUE · ECONOMIE · AGENDA
ad|Publicité
ad|GARAGE DUCRET - Entretien toutes marques - Saint-Rémy - 03 85 00 00 00
counter|Articles publiés aujourd'hui : 27
breadcrumb|Accueil > CHALON SUR SAONE
section-label|CHALON SUR SAONE
h1|CHALON SUR SAONE - Un pôle de santé de 14 praticiens ouvrira à l'automne aux Prés-Saint-Jean
dateline|Publié le 09/04/2026 à 10:47
views|Lu 2 341 fois
font|A+
font|A-
print|Imprimer
share|Envoyer à un ami
share|Partager sur Facebook
lead|Médecins généralistes, infirmières, kinés, orthophoniste... Le futur pôle de santé de la rue des Tilleuls, dont la première pierre a été posée en 2025, accueillera ses premiers patients en octobre. Une bonne nouvelle pour un quartier où trouver un médecin traitant relève du parcours du combattant.
p|Les murs sont montés, les fenêtres posées, et les plaquistes ont pris possession des étages. Mercredi après-midi, élus, professionnels de santé et représentants de l'Agence régionale de santé ont visité le chantier du futur pôle de santé pluriprofessionnel des Prés-Saint-Jean, qui doit ouvrir ses portes début octobre.
p|Le bâtiment de deux niveaux, d'une surface de 1 100 m², réunira quatorze praticiens : cinq médecins généralistes, dont deux jeunes installés qui termineront leur internat cet été, quatre infirmières, deux masseurs-kinésithérapeutes, une orthophoniste, une sage-femme et une diététicienne. Un cabinet dentaire pourrait s'y ajouter en 2027.
gallery|Voir le diaporama (16 photos)
caption|Visite de chantier mercredi 8 avril en présence des futurs occupants.
p|« Ce quartier compte près de 9 000 habitants et n'avait plus que deux médecins, dont un qui part à la retraite en fin d'année. Il y avait urgence », a rappelé l'adjointe à la santé de la Ville de Chalon, devant une quarantaine de personnes casquées.
h2|3,4 millions d'euros
p|Le projet, porté par la Ville et le bailleur social du secteur, représente un investissement de 3,4 millions d'euros hors taxes, financé avec le concours de l'État, de la Région Bourgogne-Franche-Comté et du Département de Saône-et-Loire. Les professionnels de santé seront locataires de leurs cabinets, à des loyers jugés « attractifs » par la municipalité.
ad|Publicité
ad|LITERIE DU CHALONNAIS - Jusqu'à -40 % sur les matelas - Zone Sud Chalon
p|Pour le docteur Aurélie Cornu, généraliste installée depuis douze ans à Saint-Marcel et qui rejoindra le pôle, l'intérêt est ailleurs : « Travailler à plusieurs, sous le même toit, avec un secrétariat commun, c'est ce que demandent les jeunes médecins. Seul dans son cabinet, plus personne n'en veut. »
p|Le pôle proposera des consultations sans rendez-vous deux matinées par semaine, et accueillera des internes en stage. Une salle sera réservée aux actions de prévention, en lien avec le centre social du quartier.
h2|Les inscriptions pas encore ouvertes
p|Les habitants sans médecin traitant se pressent déjà pour savoir comment s'inscrire. La Ville demande un peu de patience : une permanence d'information sera organisée au centre social en juin, et les patients du quartier seront prioritaires.
p|D'ici là, les travaux se poursuivent. Le parvis et le parking de 32 places, dont deux réservées aux personnes à mobilité réduite, seront aménagés cet été, tout comme l'arrêt de bus qui sera déplacé de quelques mètres.
signature|Laurent Guillemin
credit|Photos : LG
comments|Réagir à cet article
comments|Commentaires (4)
comments|Pierrot71 - 09/04/2026 à 11:32
comments|Enfin ! Ça fait trois ans que je cherche un médecin traitant.
comments|Chalonnaise - 09/04/2026 à 12:05
comments|Espérons que les médecins restent, c'est bien beau les murs.
comments|Ajouter un commentaire
comments|Pseudo
comments|Email (ne sera pas publié)
comments|Votre commentaire
comments|Envoyer
disclaimer|Les commentaires sont modérés. Info Saône-Chalon se réserve le droit de supprimer tout propos injurieux ou diffamatoire.
related|A lire dans la même rubrique
related|CHALON SUR SAONE - La piscine Garibaldi fermée une semaine pour vidange
related|CHALON SUR SAONE - Le marché de la place Saint-Vincent prolonge ses horaires le samedi
related|CHALON SUR SAONE - Un nouveau sens de circulation rue de la Citadelle dès lundi
teaser-list|Les dernières infos
teaser-list|11:58 - SAINT-REMY - Accrochage entre deux voitures au rond-point de la zone commerciale
teaser-list|11:40 - GIVRY - Les vignerons ouvrent leurs caves le week-end de Pâques
teaser-list|11:12 - ELAN CHALON - Le point sur l'infirmerie avant Dijon
most-read|Les + lus de la semaine
most-read|CHALONNAIS - Les prix des carburants dans vos stations ce jeudi
most-read|FAITS DIVERS - Un cambriolage déjoué grâce à un voisin à Champforgeuil
obituary|Avis de décès
obituary|Consultez les avis de décès du Chalonnais
ad|Vous souhaitez faire connaître votre entreprise ? Contactez notre régie au 03 85 00 00 01
footer|Info Saône-Chalon · Qui sommes-nous · Nous contacter · Annoncer sur le site · Mentions légales · Politique de confidentialité
copyright|Info Saône-Chalon © 2026 - Reproduction interdite sans autorisation
"""),
 dict(id="info-chalon-style-2", site="info-chalon-style", lang="fr", sep="\n", title="ELAN CHALON - Porté par un Colisée bouillant, l'Elan renverse Nanterre (88-81)", date="2026-01-17", page="""
timestamp|Samedi 17 Janvier 2026
weather|Chalon-sur-Saône 2°C Brouillard
social|Suivez-nous Facebook Instagram
logo|Info Saône-Chalon
logo|Le 1er site d'information du Grand Chalon - 100% en ligne, 100% local
menu|ACCUEIL · A LA UNE · CHALON · GRAND CHALON · BRESSE · COTE CHALONNAISE · SPORT · CULTURE · FAITS DIVERS · POLITIQUE · ECONOMIE · AGENDA
ad|Publicité
ad|BOUCHERIE DES QUAIS - Plateaux raclette et fondue - Commandez au 03 85 00 00 02
counter|Articles publiés aujourd'hui : 19
breadcrumb|Accueil > SPORT > BASKET
section-label|BASKET
h1|ELAN CHALON - Porté par un Colisée bouillant, l'Elan renverse Nanterre (88-81)
dateline|Publié le 17/01/2026 à 22:58
dateline|Mis à jour le 18/01/2026 à 08:14
views|Lu 4 906 fois
font|A+
font|A-
print|Imprimer
share|Envoyer à un ami
share|Partager sur Facebook
lead|Menés de neuf points à la pause, les Chalonnais ont livré une deuxième mi-temps pleine d'envie pour s'offrir un adversaire direct, samedi soir, devant 4 850 spectateurs.
p|Il y avait de quoi s'inquiéter à la mi-temps. Maladroits à trois points (2 sur 13), bousculés au rebond, les joueurs de l'Elan rentraient aux vestiaires avec un retard de neuf points (40-49) face à une équipe de Nanterre qui faisait ce qu'elle voulait en attaque.
p|Mais le Colisée a su pousser. Dès la reprise, un 12-2 lancé par deux interceptions de Yohan Maréchal a remis tout le monde à égalité, et la salle s'est levée pour ne plus se rasseoir. Le meneur chalonnais, auteur de 19 points et 7 passes décisives, a pris les choses en main dans le dernier quart-temps.
gallery|Voir le diaporama (42 photos)
caption|Yohan Maréchal, élu meilleur joueur de la rencontre par les supporters.
p|À 2 minutes 40 de la fin, un tir primé de l'ailier américain Darius Coleman (17 points) donnait pour la première fois cinq points d'avance aux siens (80-75). Nanterre n'est jamais revenu, l'Elan assurant sur la ligne des lancers francs (14 sur 16 dans le match).
h2|« On a retrouvé notre identité »
p|« En première mi-temps, on n'était pas nous-mêmes. À la pause, on s'est dit les choses, calmement. On a défendu plus dur et le public a fait le reste », savourait le coach chalonnais en conférence de presse.
p|« Ce genre de victoire, ça compte double. Nanterre est juste devant nous au classement, on récupère le point-average en prime », soulignait pour sa part Yohan Maréchal.
p|Côté francilien, on regrettait un manque de maîtrise : « On a pris 48 points en deux quarts-temps. À l'extérieur, contre une équipe comme Chalon, ça ne pardonne pas », reconnaissait l'entraîneur adverse.
p|Avec cette victoire, la septième de la saison, l'Elan remonte à la dixième place du classement et compte désormais deux succès d'avance sur la zone rouge. Le staff attend toujours des nouvelles de l'intérieur Paul Lemoine, sorti en boitant au troisième quart-temps après un contact au genou.
ad|Publicité
ad|ELAN CHALON - Prochain match au Colisée : réservez vos places en ligne
h2|La fiche du match
p|ELAN CHALON - NANTERRE : 88-81
p|Quart-temps : 21-26, 19-23, 27-16, 21-16
p|Colisée de Chalon-sur-Saône, 4 850 spectateurs
p|Chalon : Maréchal 19, Coleman 17, Traoré 14, Bellamy 12, Nguessan 10, Rousseau 8, Fabre 6, Lemoine 2
p|Nanterre : Okafor 22, Delmas 15, Hartley 13, Sissoko 11, Perret 9, Adam 7, Giraud 4
p|Prochain match : déplacement à Dijon, samedi 24 janvier à 20 h.
signature|Frédéric Morel
credit|Photos : Thierry Vallon
comments|Réagir à cet article
comments|Commentaires (2)
comments|AllezElan - 17/01/2026 à 23:20
comments|Quelle deuxième mi-temps !!! Le Colisée comme au bon vieux temps.
comments|Ajouter un commentaire
comments|Pseudo
comments|Email (ne sera pas publié)
comments|Votre commentaire
comments|Envoyer
disclaimer|Les commentaires sont modérés. Info Saône-Chalon se réserve le droit de supprimer tout propos injurieux ou diffamatoire.
related|A lire dans la même rubrique
related|ELAN CHALON - Les billets pour la réception de Bourg en vente dès lundi
related|HANDBALL - Le CSN Chalon s'incline de justesse à Besançon
related|FOOTBALL - Le FC Chalon tient en échec le leader
teaser-list|Les dernières infos
teaser-list|22:41 - CHALON SUR SAONE - Une voiture finit sa course dans un abribus avenue de Paris
teaser-list|21:15 - LUX - Le repas des aînés a réuni 180 convives
teaser-list|20:03 - SAINT-MARCEL - Les pompiers interviennent pour un feu de cheminée
most-read|Les + lus de la semaine
most-read|CHALONNAIS - Les prix des carburants dans vos stations ce samedi
most-read|CHALON SUR SAONE - Le carnaval 2026 dévoile son thème
obituary|Avis de décès
obituary|Consultez les avis de décès du Chalonnais
ad|Vous souhaitez faire connaître votre entreprise ? Contactez notre régie au 03 85 00 00 01
footer|Info Saône-Chalon · Qui sommes-nous · Nous contacter · Annoncer sur le site · Mentions légales · Politique de confidentialité
copyright|Info Saône-Chalon © 2026 - Reproduction interdite sans autorisation
"""),
 dict(id="anguilla-news-style-1", site="anguilla-news-style", lang="en", sep="\n", title="Domain revenue tops EC$300 million as .ai registrations pass one million", date="2026-02-20", page="""
timestamp|Friday, February 20, 2026
weather|The Valley 28°C
account|Sign in / Join
social|Facebook Instagram X YouTube WhatsApp
logo|The Valley Observer
logo|Anguilla's News Source Since 1998
menu|HOME
menu|LOCAL NEWS
menu|POLITICS
menu|BUSINESS
menu|TOURISM
menu|SPORTS
menu|REGIONAL
menu|OPINION
menu|PRESS RELEASES
menu|OBITUARIES
menu|CONTACT
breaking|BREAKING NEWS
breaking|Ferry schedule to Marigot revised for Carnival week
breaking|Power outage affects East End and Island Harbour
ticker|US$1 = EC$2.70
ad|- Advertisement -
ad|FIRST CARIBBEAN TRUST - Home loans from 6.25% - Apply today
breadcrumb|Home Business
section-label|Business
h1|Domain revenue tops EC$300 million as .ai registrations pass one million
byline|By Keisha Hodge
dateline|February 20, 2026
comments|0
views|1,187
share|Facebook
share|Twitter
share|Pinterest
share|WhatsApp
share|Linkedin
share|Email
print|Print
caption|The Minister of Finance addresses the House of Assembly during Tuesday's sitting.
credit|Photo: The Valley Observer/File
p|THE VALLEY - Revenue from the sale and renewal of .ai internet domain names reached EC$312 million in 2025, the Ministry of Finance told the House of Assembly on Tuesday, as the number of registered addresses ending in Anguilla's country code passed one million for the first time.
p|The figure is almost a quarter higher than the previous year and means domain fees now account for close to half of all government recurrent revenue, the Minister said during the debate on the supplementary appropriation bill.
p|"Two years ago, nobody in the Caribbean had heard of us outside tourism. Today, every artificial intelligence company in the world wants an Anguilla address," the Minister told members. "Our task is to make sure that this money builds something lasting for Anguillians."
ad|- Advertisement -
ad|SANDY GROUND MARINE - Boat rentals, snorkelling trips, fishing charters
h2|Where the money goes
p|According to figures tabled in the House, the surplus from domain revenue has so far been used to:
li|clear arrears owed to the Social Security Board and local contractors;
li|fund the first phase of the new Princess Alexandra Hospital wing;
li|pay a one-off cost-of-living allowance to public officers and pensioners in December;
li|make an initial deposit of EC$45 million into a proposed national savings fund.
p|The Opposition welcomed the figures but questioned why legislation to set up the savings fund, first announced in the 2025 budget address, had still not come before the House. "Every month that passes without a law is a month where this money can be spent on anything," the Leader of the Opposition said.
p|The Minister replied that a draft bill was with the Attorney General's Chambers and would be published for public consultation "before the end of the first quarter."
h2|Concerns about dependence
p|Local economists have warned that the windfall depends on a single market and could shrink quickly if interest in artificial intelligence cools or if major companies move to other domain endings.
p|Business owner and former Chamber of Commerce president Alwyn Richardson said the island should use the good years to strengthen its other industries. "Domain money is a blessing, but tourism still puts food on most tables. We need that airport runway extension and we need it now," he said.
p|The House is expected to resume debate on the supplementary bill next Tuesday.
tags|TAGS
tags|.ai domain
tags|Budget
tags|House of Assembly
tags|Ministry of Finance
share|Facebook
share|Twitter
nav|Previous article
nav|Albena Lake-Hodge Comprehensive School wins regional science fair
nav|Next article
nav|Road closures announced for Saturday's Heritage Walk
related|RELATED ARTICLESMORE FROM AUTHOR
related|Tourist arrivals climb 11 percent in January
related|Airport runway extension: tender documents expected by June
related|Chamber of Commerce names new president
comments|LEAVE A REPLY Cancel reply
comments|Please enter your comment!
comments|Please enter your name here
comments|You have entered an incorrect email address!
comments|Please enter your email address here
save|Save my name, email, and website in this browser for the next time I comment.
comments|Post Comment
social|Stay Connected
social|Facebook12,480FansLike
social|Instagram3,105FollowersFollow
social|YouTube842SubscribersSubscribe
most-read|Popular Posts
most-read|Police appeal for information after Stoney Ground break-in
most-read|February 18, 2026
most-read|Anguilla Day celebrations: committee unveils 2026 programme
most-read|February 16, 2026
obituary|Funeral Announcements
obituary|Service of Thanksgiving for the life of the late Mrs. Eudora Gumbs
listen|Listen Live
listen|Radio Valley 98.1 FM
footer|ABOUT US
footer|The Valley Observer is an independent news organisation serving Anguilla and the wider Caribbean.
footer|Contact us: newsroom@valleyobserver.ai
footer|FOLLOW US
copyright|© 2026 The Valley Observer. All rights reserved.
footer|Privacy Policy Terms of Use Advertise
"""),
 dict(id="anguilla-news-style-2", site="anguilla-news-style", lang="en", sep="\n", title="Health officials urge residents to clear mosquito breeding sites as dengue cases rise", date="2025-10-14", page="""
timestamp|Tuesday, October 14, 2025
weather|The Valley 30°C
account|Sign in / Join
social|Facebook Instagram X YouTube WhatsApp
logo|The Valley Observer
logo|Anguilla's News Source Since 1998
menu|HOME
menu|LOCAL NEWS
menu|POLITICS
menu|BUSINESS
menu|TOURISM
menu|SPORTS
menu|REGIONAL
menu|OPINION
menu|PRESS RELEASES
menu|OBITUARIES
menu|CONTACT
breaking|BREAKING NEWS
breaking|Tropical wave to bring showers and gusty winds Wednesday
breaking|Water Corporation announces scheduled interruptions in South Hill
ticker|US$1 = EC$2.70
ad|- Advertisement -
ad|ISLAND HARBOUR HARDWARE - Hurricane season supplies in stock
breadcrumb|Home Press Releases
section-label|Press Releases
section-label|Government of Anguilla Press Release
h1|Health officials urge residents to clear mosquito breeding sites as dengue cases rise
byline|By Government Information Service
dateline|October 14, 2025
comments|0
views|623
share|Facebook
share|Twitter
share|Pinterest
share|WhatsApp
share|Linkedin
share|Email
print|Print
caption|Environmental health officers inspect containers in a yard in The Valley.
credit|Photo courtesy: Ministry of Health
p|The Ministry of Health and Social Development is urging residents to take immediate steps to reduce mosquito breeding around their homes and workplaces, following an increase in confirmed cases of dengue fever on the island.
p|Since the beginning of September, the Health Authority of Anguilla has confirmed 23 cases of dengue, compared with six during the same period last year. Seven patients required admission to the Princess Alexandra Hospital. All have since been discharged and no deaths have been recorded.
p|Chief Medical Officer Dr. Marisa Connor said the rise was expected after weeks of heavy rainfall, but warned that the situation could worsen without community action. "The Aedes aegypti mosquito breeds in clean, still water, very often in our own yards. Every container we empty is one less place for the next generation of mosquitoes," she said.
ad|- Advertisement -
ad|CARIB PHARMACY - Insect repellent and first aid - Open 7 days
h2|What residents can do
p|The Ministry is asking every household to carry out a weekly clean-up, including to:
li|empty, scrub and turn over buckets, tyres, flower pots and any container that collects water;
li|cover water drums and cisterns tightly, and repair broken screens on cistern openings;
li|clear blocked gutters and dispose of bottles, cans and old appliances;
li|use insect repellent and wear long sleeves, especially at dawn and dusk.
p|Environmental health officers will conduct house-to-house inspections in The Valley, North Side and Sandy Ground over the next three weeks, and fogging will take place in the evenings in affected communities. Residents are advised to keep windows open during fogging to allow the spray to enter.
h2|Know the symptoms
p|Symptoms of dengue include sudden high fever, severe headache, pain behind the eyes, joint and muscle pain, nausea and rash. Persons with these symptoms should visit their nearest health centre or the hospital and should avoid taking aspirin or ibuprofen, which can increase the risk of bleeding.
p|"Please do not wait. Early care makes a real difference, especially for children, pregnant women and the elderly," Dr. Connor added.
p|The Ministry also reminded visitors and returning residents that dengue is present in several neighbouring islands, and asked anyone who develops a fever within two weeks of travel to inform their doctor of where they have been. Schools have been asked to inspect their compounds every Friday and report problem areas to the Environmental Health Department.
separator|-END-
contact|For further information, please contact the Health Protection Unit at 264-497-0000 or email hpu@health.gov.ai.
tags|TAGS
tags|Dengue
tags|Ministry of Health
tags|Public Health
share|Facebook
share|Twitter
nav|Previous article
nav|Anguilla U-17 squad named for CFU qualifiers in St. Kitts
nav|Next article
nav|Blowing Point terminal works to begin in January
related|RELATED ARTICLESMORE FROM AUTHOR
related|Flu vaccination clinics to begin at all health centres
related|Ministry of Health announces extended hours at Valley Health Centre
related|National Hurricane Shelter list updated for 2025 season
comments|LEAVE A REPLY Cancel reply
comments|Please enter your comment!
comments|Please enter your name here
comments|You have entered an incorrect email address!
comments|Please enter your email address here
save|Save my name, email, and website in this browser for the next time I comment.
comments|Post Comment
social|Stay Connected
social|Facebook12,311FansLike
social|Instagram3,040FollowersFollow
social|YouTube835SubscribersSubscribe
most-read|Popular Posts
most-read|Sandy Ground restaurant named among Caribbean's best
most-read|October 11, 2025
most-read|Teachers' union calls meeting over salary arrears
most-read|October 9, 2025
obituary|Funeral Announcements
obituary|The late Mr. Hubert Carty of Long Path, age 82
listen|Listen Live
listen|Radio Valley 98.1 FM
footer|ABOUT US
footer|The Valley Observer is an independent news organisation serving Anguilla and the wider Caribbean.
footer|Contact us: newsroom@valleyobserver.ai
footer|FOLLOW US
copyright|© 2025 The Valley Observer. All rights reserved.
footer|Privacy Policy Terms of Use Advertise
"""),
 dict(id="nauru-government-bulletin-style-1", site="nauru-government-bulletin-style", lang="en", sep="\n", title="Fourteen Nauruan students depart for nursing studies in Fiji", date="2026-01-23", page="""
skip-link|Skip to content
greeting|Ekamawir Omo
lang-switch|English · Dorerin Naoero
logo|Government of the Republic of Nauru
logo|Nauru Government Information Office
world-clock|Yaren 09:14 (GMT+12)
search|Search ...
menu|Home
menu|About Nauru
menu|Government
menu|Ministries & Departments
menu|Media Releases
menu|Nauru Bulletin
menu|Tenders & Vacancies
menu|Contact
breadcrumb|Home » News » Media Releases
section-label|Media Release
h1|Fourteen Nauruan students depart for nursing studies in Fiji
dateline|Posted on January 23, 2026 by NGIO
category|Posted in Education, Health, Nauru Bulletin
pdf|This story appears in Nauru Bulletin Issue 2-2026/301
caption|Above: The nursing students with the Minister for Education and Ministry of Health officials at Nauru International Airport before their departure on Wednesday.
credit|Photo: NGIO
dateline|Yaren, 23 January 2026 –
p|Fourteen young Nauruans left the country on Wednesday to begin a three-year Bachelor of Nursing programme in Suva, Fiji, in the largest group of nursing scholarship recipients sent overseas by the Government in a single year.
p|The students, eleven women and three men aged between 18 and 27, were farewelled at Nauru International Airport by family members, the Minister for Education and senior officials of the Ministry of Health and Medical Services.
p|The scholarships are funded under the Government's health workforce plan, with support from development partners, and cover tuition, accommodation, airfares and a living allowance. Each recipient has signed a bonding agreement to return and work at the Republic of Nauru Hospital for a minimum of three years after graduation.
caption|Pictured: Scholarship recipient Ms. Tanya Detenamo receives her travel documents from the Secretary for Education.
credit|Photo: NGIO
p|Speaking at the farewell, the Minister for Education said the group represented "the future of our health system".
p|"For too long we have depended on overseas staff to care for our people. Every one of you who comes home with a nursing degree makes our hospital stronger and our country more independent," the Minister said. "Study hard, look after each other, and remember that Nauru is waiting for you."
h2|Reducing reliance on overseas staff
p|The Ministry of Health and Medical Services currently employs 62 nurses, of whom fewer than half are Nauruan. The Director of Nursing said the Ministry aimed to have locally trained nurses fill at least 70 per cent of nursing positions by 2030.
p|"We are very grateful to our expatriate colleagues, but a Nauruan nurse understands the language, the families and the community in a way no one else can," she said.
p|Nursing students who graduated under the same programme in 2024 and 2025 are already working on the wards, in the outpatient clinic and in the public health unit, where they have taken part in school screening and home visits to elderly patients in the districts.
p|The 2026 intake brings to 31 the number of Nauruan students currently studying nursing and allied health courses in Fiji, Papua New Guinea and Australia. A further six students are expected to begin studies in medical laboratory science and pharmacy later in the year.
p|Parents and guardians of the students are invited to an information session at the Department of Education conference room on Friday 30 January at 2pm, where they will receive contact details for the student support officer in Suva.
signature|– NGIO
separator|ENDS
share|Share this:
share|Facebook
share|X
share|Email
share|Print
like|Like this:
like|Like Loading...
related|Related
related|Nauru Bulletin Issue 1-2026/300 now available
related|Republic of Nauru Hospital welcomes visiting eye surgery team
comments|Comments are closed.
nav|« Previous: Cabinet approves 2026 public holiday calendar
nav|Next: Nauru Airlines adds second weekly Tarawa service »
sidebar|Recent Posts
sidebar|Nauru Airlines adds second weekly Tarawa service
sidebar|Cabinet approves 2026 public holiday calendar
sidebar|Fisheries authority reports strong purse seine licence revenue
pdf|Nauru Bulletin 2026
pdf|Issue 1-2026/300 (PDF, 3.1 MB)
pdf|Issue 2-2026/301 (PDF, 2.8 MB)
archives|Archives
archives|January 2026
archives|December 2025
archives|November 2025
links|Useful Links
links|Nauru Airlines
links|Nauru Fisheries and Marine Resources Authority
links|Pacific Islands Forum Secretariat
footer|Government Information Office
footer|Government Offices, Yaren District, Republic of Nauru
footer|Phone: +674 557 0000 · Email: info@ngio.gov.nr
copyright|Copyright © 2026 Government of the Republic of Nauru. All rights reserved.
footer|Proudly powered by WordPress
"""),
 dict(id="nauru-government-bulletin-style-2", site="nauru-government-bulletin-style", lang="en", sep="\n", title="Cabinet endorses national water security plan as desalination expansion nears completion", date="2026-03-05", page="""
skip-link|Skip to content
greeting|Ekamawir Omo
lang-switch|English · Dorerin Naoero
logo|Government of the Republic of Nauru
logo|Nauru Government Information Office
world-clock|Yaren 15:40 (GMT+12)
search|Search ...
menu|Home
menu|About Nauru
menu|Government
menu|Ministries & Departments
menu|Media Releases
menu|Nauru Bulletin
menu|Tenders & Vacancies
menu|Contact
breadcrumb|Home » News » Media Releases
section-label|Media Release
h1|Cabinet endorses national water security plan as desalination expansion nears completion
dateline|Posted on March 5, 2026 by NGIO
category|Posted in Cabinet, Climate Change, Infrastructure, Nauru Bulletin
pdf|This story appears in Nauru Bulletin Issue 5-2026/304
caption|Above: Works on the new reverse osmosis unit at the Nauru Utilities Corporation plant, Aiwo District.
credit|Photo: Nauru Utilities Corporation
dateline|Yaren, 5 March 2026 –
p|Cabinet has endorsed Nauru's first National Water Security Plan, a ten-year framework to guarantee a safe and reliable supply of drinking water to every household, as works to expand the country's main desalination plant enter their final stage.
p|The plan was presented to Cabinet on Tuesday by the Minister for Climate Change and National Resilience, following consultations held in all fourteen districts between August and November last year.
p|Nauru has no rivers or lakes and only limited groundwater, much of which is affected by salt and pollution. Most households depend on rainwater tanks and on desalinated water delivered by truck, and periods of drought regularly lead to shortages.
h2|Key measures
p|The plan sets out a series of priority actions, including:
li|increasing national desalination capacity to at least 1,200 cubic metres per day by the end of 2026;
li|installing or repairing rainwater tanks and guttering for 400 households over three years, starting with elderly and disabled residents;
li|introducing household water meters and a fair tariff in consultation with communities;
li|testing groundwater wells in every district and publishing the results;
li|establishing a drought response committee under the National Disaster Risk Management Office.
caption|Pictured: Community members at a water plan consultation in Anibare District, October 2025.
credit|Photo: NGIO
p|The Minister said water was "the most basic question of resilience for a small island nation".
p|"When the rain does not come, our people feel it first in their tanks. This plan means we will no longer face every drought as if it were the first one," the Minister said after the Cabinet meeting.
h2|Desalination works on schedule
p|The Chief Executive Officer of the Nauru Utilities Corporation confirmed that the installation of a new reverse osmosis unit at the Aiwo plant was on schedule and would be commissioned in May. The unit, funded with the support of development partners, will almost double current production.
p|A new fleet of three water delivery trucks is also due to arrive in April, reducing waiting times for household deliveries, which currently reach up to two weeks in some districts during dry periods.
p|The National Water Security Plan will be tabled in Parliament at its next sitting and published on the Government website. Members of the public may request printed copies from the Department of Climate Change and National Resilience.
signature|– NGIO
separator|ENDS
share|Share this:
share|Facebook
share|X
share|Email
share|Print
like|Like this:
like|Like Loading...
related|Related
related|Nauru Utilities Corporation announces water delivery schedule for March
related|Drought watch issued as rainfall remains below average
comments|Comments are closed.
nav|« Previous: Nauru hosts regional tuna fisheries officials
nav|Next: Public notice – closure of Government offices for Independence Day »
sidebar|Recent Posts
sidebar|Public notice – closure of Government offices for Independence Day
sidebar|Nauru hosts regional tuna fisheries officials
sidebar|Youth parliament sitting draws record participation
pdf|Nauru Bulletin 2026
pdf|Issue 4-2026/303 (PDF, 3.4 MB)
pdf|Issue 5-2026/304 (PDF, 2.9 MB)
archives|Archives
archives|March 2026
archives|February 2026
archives|January 2026
links|Useful Links
links|Nauru Airlines
links|Nauru Fisheries and Marine Resources Authority
links|Pacific Islands Forum Secretariat
footer|Government Information Office
footer|Government Offices, Yaren District, Republic of Nauru
footer|Phone: +674 557 0000 · Email: info@ngio.gov.nr
copyright|Copyright © 2026 Government of the Republic of Nauru. All rights reserved.
footer|Proudly powered by WordPress
"""),
]
