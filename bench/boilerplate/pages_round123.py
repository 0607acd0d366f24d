# Round 123: eight pages on four more layouts (a Central African radio's news site in French, a Burundian business
# weekly in French, a Malawian daily in English, a Liberian daily in English), written blind: without looking at the
# classifier, its rules or the benchmark, measured once. Each line: "label|text". Invented text; no real article is
# copied.
ROUND123 = [
 dict(id="ndeke-luka-rca-style-1", site="ndeke-luka-rca-style", lang="fr", sep="\n", title="Corridor Douala-Bangui : les camionneurs suspendent leur grève après un accord sur les frais de route", date="2026-02-11", page="""
skip-link|Aller au contenu
clock|Jeudi, 12 Février 2026
lang-switch|Français
lang-switch|Sango
social|Facebook Twitter YouTube SoundCloud
listen|Écouter en direct
listen|▶ RNL Bangui 100.9 FM
site-name|Radio Kodro Luka
site-name|La radio de la paix et du dialogue
menu|Accueil
menu|Actualités
menu|Politique
menu|Sécurité
menu|Économie
menu|Société
menu|Santé
menu|Sports
menu|Émissions
menu|Grille des programmes
menu|Podcasts
menu|Qui sommes-nous
menu|Contact
search|Rechercher...
breaking|FLASH INFO :
breaking|Bambari : reprise des cours dans trois écoles fermées depuis décembre +++ Football : les Fauves convoqués pour le stage de Douala +++ Météo : fortes chaleurs attendues sur le nord-ouest
breadcrumb|Vous êtes ici : Accueil Actualités Économie
h1|Corridor Douala-Bangui : les camionneurs suspendent leur grève après un accord sur les frais de route
article-info|Détails
article-info|Catégorie : Économie
article-info|Publié le :
dateline|mercredi, 11 février 2026 16:42
views|Affichages : 1873
print|Imprimer
email|E-mail
font|A- A A+
caption|Des camions de marchandises stationnés au PK12, à la sortie nord de Bangui, le 9 février 2026.
credit|Photo Radio Kodro Luka / Fidèle Ngoumbanga
lead|Après quatre jours d'arrêt de travail qui ont ralenti l'approvisionnement de la capitale, le syndicat des conducteurs de gros porteurs a annoncé mercredi la reprise du trafic sur le corridor Douala-Bangui, au terme d'une rencontre avec le ministère des Transports.
dateline|Bangui, 11 février 2026 (RNL) –
p|Les camions ont recommencé à rouler dès mercredi après-midi au départ de Garoua-Boulaï, à la frontière camerounaise. Selon le bureau national du Syndicat des conducteurs de véhicules poids lourds, plus de 600 véhicules étaient immobilisés de part et d'autre de la frontière depuis samedi.
p|Les grévistes dénonçaient la multiplication des postes de contrôle entre Beloko et Bangui et les « frais de route » exigés à chaque barrière, qu'ils estiment à plus de 250 000 francs CFA par rotation. Ils réclamaient aussi de meilleures garanties de sécurité sur le tronçon Baoro-Bouar, où deux chauffeurs avaient été blessés lors d'une attaque en janvier.
p|« Nous ne sommes pas contre l'État, nous voulons simplement travailler sans être rançonnés à chaque kilomètre », a expliqué au micro de Radio Kodro Luka Didier Kossi-Gbanda, porte-parole du syndicat.
read-also|Lire aussi : Bouar : la population se plaint de la flambée du prix du ciment
h2|Neuf barrières maintenues au lieu de vingt-trois
p|Au terme de près de six heures de discussions, le gouvernement s'est engagé à ramener à neuf le nombre de postes de contrôle officiels sur l'axe, contre vingt-trois recensés par les transporteurs. Une commission mixte, associant les forces de défense et de sécurité, les douanes et les syndicats, doit être installée d'ici la fin du mois pour suivre l'application de la mesure.
p|Le ministère a également promis le renforcement des escortes sur les tronçons jugés dangereux. « Les contrevenants, qu'ils soient en uniforme ou non, seront sanctionnés », a assuré un conseiller technique du ministère des Transports, qui a requis l'anonymat.
p|Le syndicat prévient toutefois qu'il ne s'agit que d'une suspension. « Si dans trente jours rien n'a changé sur le terrain, nous reprendrons le mouvement », a averti Didier Kossi-Gbanda.
h2|Les prix ont grimpé sur les marchés
p|La grève a eu des répercussions immédiates sur les marchés de la capitale. Au marché Km5, le sac de 25 kilos de farine de blé est passé de 17 500 à 21 000 francs CFA en quelques jours, selon des commerçants interrogés mardi. Le prix du litre d'huile a lui aussi augmenté.
p|« Les clients se plaignent, mais nous aussi nous achetons plus cher. Il faudra une ou deux semaines pour que les prix redescendent », estime Clarisse Yakité, vendeuse de produits importés.
p|Plus de 80 % des importations de la Centrafrique transitent par le corridor Douala-Bangui, long d'environ 1 500 kilomètres. Chaque interruption du trafic pèse directement sur le coût de la vie dans le pays.
signature|Fidèle Ngoumbanga
nav|« Précédent
nav|Suivant »
tags|Mots-clés : transport, corridor, grève, Garoua-Boulaï, prix
share|Partager sur Facebook
share|Partager sur WhatsApp
share|Partager sur X
listen|Écouter le Journal de 12h00 du 11 février 2026
listen|00:00 / 14:36
related|Articles en relation
related|Beloko : les douaniers accusés de rackets par des commerçants
related|Prix du carburant : le gouvernement maintient le litre de gazole à 1 100 FCFA
related|Bangui : les taxis-motos interdits dans le centre-ville après 20h
most-read|Les plus lus
most-read|Bangassou : des déplacés regagnent leurs quartiers après deux ans d'absence
most-read|Bac 2026 : le calendrier des examens publié
most-read|Kaga-Bandoro : une sage-femme pour 12 000 habitants
programme-guide|À l'antenne
programme-guide|12h00 Journal en français
programme-guide|12h15 Journal en sango
programme-guide|12h30 Tongoro ti lo
programme-guide|13h00 Musique sans frontières
programme-guide|Voir toute la grille
frequencies|Nos fréquences : Bangui 100.9 FM · Bambari 100.3 FM · Berbérati 100.5 FM · Bossangoa 100.1 FM · Bouar 99.5 FM
funding-note|Radio Kodro Luka bénéficie du soutien de la Fondation Médias et Paix et de ses partenaires.
partner-list|Nos partenaires
partner-list|Union européenne
partner-list|Coopération suisse
partner-list|Agence française de développement
footer|Radio Kodro Luka - Maison de la presse, Avenue de l'Indépendance, BP 2800 Bangui
footer|Tél. : +236 72 00 00 00 - redaction@kodroluka.org
back-to-top|Haut de page
copyright|Copyright © 2026 Radio Kodro Luka. Tous droits réservés.
"""),
 dict(id="ndeke-luka-rca-style-2", site="ndeke-luka-rca-style", lang="fr", sep="\n", title="Ouham-Pendé : plus de 40 000 enfants vaccinés contre la rougeole en dix jours", date="2025-11-20", page="""
skip-link|Aller au contenu
clock|Samedi, 22 Novembre 2025
lang-switch|Français
lang-switch|Sango
social|Facebook Twitter YouTube SoundCloud
listen|Écouter en direct
listen|▶ RNL Bangui 100.9 FM
site-name|Radio Kodro Luka
site-name|La radio de la paix et du dialogue
menu|Accueil
menu|Actualités
menu|Politique
menu|Sécurité
menu|Économie
menu|Société
menu|Santé
menu|Sports
menu|Émissions
menu|Grille des programmes
menu|Podcasts
menu|Qui sommes-nous
menu|Contact
search|Rechercher...
breaking|FLASH INFO :
breaking|Bangui : coupure d'eau annoncée dimanche dans les 3e et 5e arrondissements +++ Birao : la route vers Tiringoulou de nouveau praticable
breadcrumb|Vous êtes ici : Accueil Actualités Santé
section-label|Santé
h1|Ouham-Pendé : plus de 40 000 enfants vaccinés contre la rougeole en dix jours
article-info|Détails
byline|Rédigé par Aurélie Ndakala, correspondante à Bozoum
article-info|Catégorie : Santé
dateline|Publié le jeudi, 20 novembre 2025 10:15
views|Affichages : 964
print|Imprimer
email|E-mail
caption|Une agente de santé administre un vaccin à un enfant au centre de santé de Bozoum, le 14 novembre 2025.
credit|Photo RNL / Aurélie Ndakala
lead|La campagne de riposte contre la rougeole lancée le 10 novembre dans la préfecture de l'Ouham-Pendé a permis de vacciner 41 280 enfants âgés de 6 mois à 14 ans, selon un premier bilan de la direction régionale de la santé. Les autorités sanitaires s'inquiètent cependant des zones restées inaccessibles.
p|Depuis le mois de septembre, la préfecture de l'Ouham-Pendé, dans le nord-ouest du pays, a enregistré 312 cas suspects de rougeole, dont 11 décès, essentiellement chez des enfants de moins de cinq ans. C'est ce qui a poussé le ministère de la Santé et ses partenaires à organiser une riposte dans quatre sous-préfectures.
p|Les équipes de vaccination ont sillonné les villages pendant dix jours, à moto et parfois à pied. Les sites couverts par la campagne sont les suivants :
li|Bozoum et les villages de l'axe Bozoum-Bossangoa ;
li|Bocaranga et Koui, jusqu'à la frontière camerounaise ;
li|Paoua et les sites de déplacés de la périphérie ;
li|Ngaoundaye, où une partie des équipes n'a pu intervenir qu'avec une escorte.
listen|Écouter le reportage d'Aurélie Ndakala
listen|03:52
p|« Au début, beaucoup de parents avaient peur. Certains pensaient que le vaccin rendait les enfants malades. Nous avons travaillé avec les chefs de village et les pasteurs pour les rassurer », raconte Jeanne-Marie Zoumandji, infirmière au centre de santé de Bozoum.
p|Le médecin-chef de la région sanitaire numéro 3, le docteur Rodrigue Feïdangai, se dit satisfait de la mobilisation, tout en reconnaissant des limites. « Nous estimons qu'environ 15 % des enfants ciblés n'ont pas été atteints. Dans certaines localités, les groupes armés empêchent encore nos équipes de circuler », explique-t-il.
read-also|LIRE AUSSI : Paludisme : les moustiquaires imprégnées distribuées à Bossangoa
h2|Des ruptures de vaccins dans les centres de santé
p|La flambée actuelle s'explique en partie par la faible couverture de la vaccination de routine. Plusieurs centres de santé de la préfecture ont connu des ruptures de stocks de vaccins pendant plusieurs mois en 2025, faute de chaîne de froid fonctionnelle.
p|Dans le village de Bémal, la seule armoire frigorifique solaire est en panne depuis le mois de mai. « Pour vacciner, il faut aller chercher les doses à Paoua, à plus de 60 kilomètres. Les mamans ne peuvent pas faire ce trajet chaque mois », déplore un agent de santé communautaire.
p|La direction régionale annonce l'installation de six nouveaux réfrigérateurs solaires d'ici janvier 2026, avec l'appui d'une organisation humanitaire. Une deuxième phase de la riposte est prévue dans l'Ouham, préfecture voisine, où des cas ont également été signalés.
p|Les autorités sanitaires appellent les parents à se rendre dans le centre de santé le plus proche dès l'apparition de fièvre accompagnée de boutons rouges et de toux chez un enfant.
signature|Aurélie Ndakala, correspondante RNL à Bozoum
nav|« Précédent
nav|Suivant »
tags|Mots-clés : rougeole, vaccination, Ouham-Pendé, Bozoum, santé
share|Partager sur Facebook
share|Partager sur WhatsApp
share|Partager sur X
lang-switch|Lire cet article en sango : Kobela ti rougeole na Ouham-Pendé
comments|Commentaires (2)
comments|Serge B. – 20 novembre 2025 à 14:02
comments|Merci à tous les agents de santé qui travaillent dans ces conditions difficiles.
comments|Ndoté – 21 novembre 2025 à 08:47
comments|Et Ngaoundaye ? Les enfants de Bézéré n'ont vu personne.
comments|Ajouter un commentaire
comments|Nom (obligatoire)
comments|E-mail (obligatoire, non publié)
comments|Envoyer
related|Articles en relation
related|Bossangoa : l'hôpital préfectoral reçoit un nouveau bloc opératoire
related|Rougeole : le ministère de la Santé lance un appel aux partenaires
related|Paoua : les déplacés réclament des latrines supplémentaires
most-read|Les plus lus
most-read|Bangui : les commerçants du Km5 en grève contre la nouvelle taxe municipale
most-read|Football : les Fauves s'inclinent face au Gabon
teaser-list|Ouham-Pendé : plus de 40 000 enfants vaccinés contre la rougeole en dix jours
programme-guide|À l'antenne
programme-guide|07h00 Journal en français
programme-guide|07h15 Journal en sango
programme-guide|07h30 Le Dialogue
programme-guide|08h00 Santé pour tous
programme-guide|Voir toute la grille
frequencies|Nos fréquences : Bangui 100.9 FM · Bambari 100.3 FM · Berbérati 100.5 FM · Bossangoa 100.1 FM · Bouar 99.5 FM
funding-note|Radio Kodro Luka bénéficie du soutien de la Fondation Médias et Paix et de ses partenaires.
partner-list|Nos partenaires
partner-list|Union européenne
partner-list|Coopération suisse
partner-list|Agence française de développement
footer|Radio Kodro Luka - Maison de la presse, Avenue de l'Indépendance, BP 2800 Bangui
footer|Tél. : +236 72 00 00 00 - redaction@kodroluka.org
back-to-top|Haut de page
copyright|Copyright © 2025 Radio Kodro Luka. Tous droits réservés.
"""),
 dict(id="burundi-eco-style-1", site="burundi-eco-style", lang="fr", sep="\n", title="Filière café : la campagne 2026-2027 s'ouvre avec un prix au producteur fixé à 4 200 BIF le kilo", date="2026-04-10", page="""
clock|vendredi, avril 17, 2026
ticker|USD 2 978,50 BIF ▲ EUR 3 241,12 BIF ▼ KES 23,05 BIF ▲ TZS 1,14 BIF ▬
account|Se connecter
subscribe|S'abonner
social|f X in ▶
site-name|Kirundo Éco
site-name|Le premier hebdomadaire économique du Burundi
ad|Banque Ikiganza - Ouvrez votre compte épargne en 24h - Dès 10 000 BIF
menu|Accueil
menu|Actualités
menu|Économie
menu|Finances
menu|Agriculture
menu|Commerce
menu|Énergie
menu|Société
menu|Environnement
menu|Éditorial
menu|Dossiers
menu|Éco TV
epaper|Édition numérique
search|Recherche
breaking|À LA UNE
breaking|Carburant : une nouvelle cargaison attendue au port de Bujumbura
breaking|BRB : le taux directeur maintenu à 12 %
section-label|Agriculture
section-label|Actualités
h1|Filière café : la campagne 2026-2027 s'ouvre avec un prix au producteur fixé à 4 200 BIF le kilo
byline|Par Désiré Niyonzima
dateline|10 avril 2026
views|412 Vues
comments|0 Commentaire
listen|Temps de lecture : 4 min
share|Facebook
share|Twitter
share|LinkedIn
share|WhatsApp
share|Telegram
caption|Des caféiculteurs trient des cerises de café à la station de lavage de Ngozi.
credit|© Kirundo Éco
lead|Le gouvernement a officiellement lancé, ce jeudi à Kayanza, la campagne café 2026-2027. Le prix minimum du kilo de cerises fraîches passe de 3 500 à 4 200 BIF. Une hausse saluée par les caféiculteurs, qui restent cependant préoccupés par le coût des intrants et les retards de paiement.
p|C'est dans la commune de Matongo, au cœur de la principale région caféicole du pays, que le ministère en charge de l'Agriculture a donné le coup d'envoi de la nouvelle campagne. Selon les prévisions de l'Autorité de régulation de la filière café, la production devrait atteindre environ 16 000 tonnes de café marchand, contre un peu plus de 13 000 tonnes lors de la campagne précédente.
p|La revalorisation du prix au producteur, annoncée en présence des représentants des coopératives et des exportateurs, représente une hausse de 20 %. « C'est un signal fort envoyé aux producteurs. Nous voulons qu'ils reviennent à leurs caféiers et cessent de les arracher au profit d'autres cultures », a expliqué un cadre du ministère.
h2|Les caféiculteurs réclament des paiements à temps
p|Sur le terrain, l'accueil est positif mais prudent. Plusieurs caféiculteurs rencontrés à Kayanza et à Ngozi rappellent que l'an dernier, certains d'entre eux ont attendu plus de trois mois avant d'être payés pour les cerises livrées aux stations de lavage.
p|« Le prix est bon sur le papier. Mais si on nous paie en septembre pour des cerises livrées en mai, nous sommes obligés d'emprunter chez les usuriers pour vivre », témoigne Évariste Ndayishimiye, producteur sur la colline Gitwe.
ad|PUBLICITÉ
ad|Assurances Umugisha - Protégez votre récolte contre les aléas climatiques
p|Les producteurs pointent aussi la hausse du prix des engrais. Le sac de 50 kg de FOMI Imbura, subventionné, se vend désormais à plus de 60 000 BIF dans certaines communes, faute de stock suffisant dans les points de distribution.
read-also|Lire aussi: Engrais FOMI : les agriculteurs de Muyinga dénoncent des ruptures de stock
h2|Ce qui change pour cette campagne
p|Parmi les mesures annoncées par l'Autorité de régulation :
li|un délai maximal de 45 jours pour le paiement des cerises livrées aux stations de lavage ;
li|l'interdiction de la vente de cerises hors des circuits agréés, pour lutter contre la contrebande vers les pays voisins ;
li|un appui en plants sélectionnés pour le renouvellement des vergers vieillissants ;
li|la publication mensuelle des volumes exportés et des prix obtenus sur le marché international.
p|Pour l'économiste Léonce Bigirimana, la hausse du prix au producteur est cohérente avec l'évolution des cours mondiaux, restés élevés depuis 2024. « Le café reste l'une des rares sources de devises du pays. Chaque tonne exportée compte dans un contexte de pénurie de devises. Mais l'enjeu est la productivité : un caféier burundais produit en moyenne moins d'un kilo de cerises par an, c'est trop peu », analyse-t-il.
p|Il rappelle que la filière fait vivre près de 600 000 ménages ruraux. La qualité du café burundais est reconnue sur les marchés de spécialité, mais la production reste loin des 36 000 tonnes atteintes au début des années 2000.
signature|Désiré Niyonzima
tags|Tags:
tags|Café
tags|Caféiculteurs
tags|Kayanza
tags|Exportations
tags|Devises
share|Partager cet article
share|Facebook Twitter WhatsApp
author-bio|À propos de l'auteur
author-bio|Désiré Niyonzima est journaliste à Kirundo Éco. Il suit les questions agricoles et le commerce extérieur.
nav|Article précédent
nav|Marché de Kamenge : les commerçants dénoncent la hausse des loyers
nav|Article suivant
nav|Énergie : le barrage de Jiji sur le point d'entrer en service ?
related|Articles similaires
related|Thé : l'OTB annonce une hausse de la production pour 2026
related|avril 3, 2026
related|Contrebande : 12 tonnes de café saisies à la frontière tanzanienne
related|mars 27, 2026
related|Cultures d'exportation : le manque de devises freine les investissements
related|mars 20, 2026
comments|Laisser un commentaire
comments|Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *
comments|Commentaire *
comments|Nom *
comments|E-mail *
comments|Site web
comments|Enregistrer mon nom, mon e-mail et mon site dans le navigateur pour mon prochain commentaire.
comments|Laisser un commentaire
epaper|Édition n° 748
epaper|Lire le journal en PDF
subscribe|Abonnez-vous à la version papier : 6 mois 90 000 BIF · 1 an 170 000 BIF
most-read|Les plus lus
most-read|Carburant : pourquoi les files d'attente persistent à Bujumbura
most-read|Mines : la production d'or artisanal en recul au premier trimestre
most-read|Budget 2026-2027 : les grandes lignes du projet de loi de finances
newsletter|Newsletter
newsletter|Recevez chaque semaine l'essentiel de l'actualité économique
newsletter|Votre e-mail
newsletter|S'inscrire
footer|Kirundo Éco - Boulevard du 28 Novembre, Rohero II, Bujumbura
footer|Tél. : +257 22 00 00 00
footer|À propos
footer|Nos tarifs publicitaires
footer|Contact
footer|Politique de confidentialité
copyright|© 2026 Kirundo Éco. Tous droits réservés. Conçu par Ubuntu Web Services
"""),
 dict(id="burundi-eco-style-2", site="burundi-eco-style", lang="fr", sep="\n", title="Marché des changes : « L'écart entre le taux officiel et le parallèle décourage les exportateurs »", date="2026-01-23", page="""
clock|mardi, janvier 27, 2026
ticker|USD 2 941,00 BIF ▲ EUR 3 187,40 BIF ▲ KES 22,80 BIF ▬ TZS 1,12 BIF ▼
account|Se connecter
subscribe|S'abonner
social|f X in ▶
site-name|Kirundo Éco
site-name|Le premier hebdomadaire économique du Burundi
ad|Brarudi Lite - Rafraîchissez vos moments
menu|Accueil
menu|Actualités
menu|Économie
menu|Finances
menu|Agriculture
menu|Commerce
menu|Énergie
menu|Société
menu|Environnement
menu|Éditorial
menu|Dossiers
menu|Éco TV
epaper|Édition numérique
search|Recherche
breaking|À LA UNE
breaking|Sucre : la Sosumo relève ses prix de sortie d'usine
breaking|Loi de finances : les nouvelles taxes sur les transferts mobiles
section-label|Finances
section-label|Interview
h1|Marché des changes : « L'écart entre le taux officiel et le parallèle décourage les exportateurs »
byline|Propos recueillis par Ange-Mireille Irakoze
dateline|23 janvier 2026
views|1 086 Vues
comments|3 Commentaires
listen|Temps de lecture : 5 min
share|Facebook
share|Twitter
share|LinkedIn
share|WhatsApp
share|Telegram
caption|Gérard Nshimirimana : « Tant que les devises resteront rares, le marché parallèle prospérera. »
credit|© Kirundo Éco / A.-M. I.
lead|Alors que le dollar s'échange à près du double de son cours officiel dans les rues de Bujumbura, l'économiste Gérard Nshimirimana, enseignant à l'Université du Lac, analyse les causes de cette situation et ses conséquences sur les entreprises. Entretien.
h2|Kirundo Éco : Comment expliquer l'écart actuel entre les deux taux ?
p|Gérard Nshimirimana : C'est d'abord un problème d'offre. Le pays exporte peu : du café, du thé, un peu d'or et de minerais. Les recettes d'exportation couvrent à peine le tiers des importations. Pendant ce temps, la demande de devises pour importer du carburant, des médicaments, des engrais ou des pièces de rechange ne cesse de croître. Quand la banque centrale n'arrive pas à servir tout le monde au taux officiel, ceux qui ont besoin de dollars vont là où ils en trouvent, c'est-à-dire au marché parallèle.
h2|La fermeture des bureaux de change en 2023 n'a-t-elle pas réglé le problème ?
p|Non. On a fermé les bureaux, mais on n'a pas supprimé le besoin. Les transactions se sont simplement déplacées vers des circuits informels, moins visibles et plus risqués. Aujourd'hui, un commerçant qui importe des pagnes de Dar es-Salaam achète ses dollars par téléphone, auprès d'intermédiaires qu'il ne connaît parfois même pas.
ad|PUBLICITÉ
ad|Lumitel - Forfaits Internet illimités dès 2 000 BIF la semaine
h2|Quelles sont les conséquences pour les exportateurs ?
p|Elles sont lourdes. Un exportateur doit rapatrier une partie de ses recettes et les convertir au taux officiel. Concrètement, pour chaque dollar vendu à l'étranger, il perd une part importante de sa valeur par rapport à ce qu'il obtiendrait ailleurs. Certains préfèrent alors sous-déclarer leurs ventes ou faire sortir les produits en contrebande. C'est exactement l'inverse de ce dont l'économie a besoin.
p|« Nous travaillons à perte sur chaque conteneur », m'a confié récemment un exportateur de thé. Cette phrase résume bien le problème.
read-also|Lire aussi: Réserves de change : moins d'un mois d'importations couvert
h2|Que recommandez-vous ?
p|Il n'y a pas de solution miracle, mais quelques pistes me paraissent prioritaires :
li|rapprocher progressivement le taux officiel du taux du marché, avec un calendrier annoncé à l'avance pour éviter la panique ;
li|laisser aux exportateurs une part plus importante de leurs devises ;
li|rétablir un cadre légal pour les bureaux de change, avec un contrôle strict ;
li|investir dans la transformation locale, pour exporter des produits à plus forte valeur ajoutée.
h2|Une dévaluation ne risque-t-elle pas de faire flamber les prix ?
p|C'est le grand risque, et il ne faut pas le nier. Mais les prix ont déjà augmenté, puisque la plupart des importateurs calculent leurs prix de vente sur la base du taux parallèle. Le consommateur paie déjà le prix de l'écart, sans que l'État en tire le moindre bénéfice. L'important est d'accompagner la réforme par des mesures ciblées pour les ménages les plus vulnérables.
signature|Propos recueillis par A.-M. I.
tags|Tags:
tags|Devises
tags|BRB
tags|Taux de change
tags|Exportations
tags|Marché parallèle
share|Partager cet article
share|Facebook Twitter WhatsApp
nav|Article précédent
nav|Tourisme : le lac Tanganyika attire de nouveau les investisseurs
nav|Article suivant
nav|Éditorial : Le prix de l'attente
related|Articles similaires
related|Carburant : la Regideso et la Sopebu en quête de devises
related|janvier 16, 2026
related|Transferts de la diaspora : un potentiel encore sous-exploité
related|janvier 9, 2026
related|Importations : les commerçants de Bujumbura face à la rareté du dollar
related|décembre 19, 2025
comments|3 réponses à “Marché des changes : « L'écart entre le taux officiel et le parallèle décourage les exportateurs »”
comments|Niyongabo J.
comments|23 janvier 2026 à 18 h 12 min
comments|Très bonne analyse. Il faut que les décideurs lisent cet article.
comments|Répondre
comments|Citoyen lambda
comments|24 janvier 2026 à 7 h 40 min
comments|Le problème c'est aussi la confiance. Personne ne garde son argent en francs burundais.
comments|Répondre
comments|Claudine
comments|25 janvier 2026 à 11 h 03 min
comments|Et les petits commerçants dans tout ça ?
comments|Répondre
comments|Laisser un commentaire
comments|Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *
comments|Commentaire *
comments|Nom *
comments|E-mail *
comments|Site web
comments|Enregistrer mon nom, mon e-mail et mon site dans le navigateur pour mon prochain commentaire.
comments|Laisser un commentaire
epaper|Édition n° 737
epaper|Lire le journal en PDF
subscribe|Abonnez-vous à la version papier : 6 mois 90 000 BIF · 1 an 170 000 BIF
most-read|Les plus lus
most-read|Sucre : la Sosumo relève ses prix de sortie d'usine
most-read|Mobile money : ce que change la nouvelle taxe de 1 %
most-read|Immobilier : les loyers flambent dans les quartiers nord de Bujumbura
newsletter|Newsletter
newsletter|Recevez chaque semaine l'essentiel de l'actualité économique
newsletter|Votre e-mail
newsletter|S'inscrire
footer|Kirundo Éco - Boulevard du 28 Novembre, Rohero II, Bujumbura
footer|Tél. : +257 22 00 00 00
footer|À propos
footer|Nos tarifs publicitaires
footer|Contact
footer|Politique de confidentialité
copyright|© 2026 Kirundo Éco. Tous droits réservés. Conçu par Ubuntu Web Services
"""),
 dict(id="malawi-nation-style-1", site="malawi-nation-style", lang="en", sep="\n", title="Blantyre vendors resist relocation to Chilobwe market", date="2026-01-14", page="""
clock|Thursday, January 15, 2026
weather|Blantyre 27°C
social|Facebook X YouTube Instagram
epaper|E-Paper
subscribe|Subscribe
account|Login
site-name|The Clarion
site-name|Malawi's trusted daily since 1993
ad|Advertisement
ad|Zanga Mobile - Bundles za Mphamvu. Dial *444# today
menu|Home
menu|News
menu|National News
menu|Business
menu|Columns
menu|Editorial Comment
menu|Features
menu|Sports
menu|Entertainment
menu|Weekend Clarion
menu|Clarion on Sunday
menu|Obituaries
search|Search
ticker|TRENDING
ticker|Parliament passes K6.2 trillion budget · Flames coach names provisional squad · Escom announces weekend maintenance outages
breadcrumb|Home » News » National News
section-label|National News
h1|Blantyre vendors resist relocation to Chilobwe market
byline|By Chikondi Mwale
dateline|January 14, 2026
comments|0 Comments
views|2,341 views
share|Share on Facebook
share|Share on X
share|WhatsApp
share|Email
caption|Vendors display their wares along Chileka Road on Tuesday despite an order to move
credit|—Picture by Yamikani Banda
lead|Hundreds of vendors operating along Chileka Road and around the Blantyre main bus depot have vowed to stay put, defying a Blantyre City Council directive to relocate to the newly-constructed Chilobwe market by the end of this month.
p|The council on Monday issued a seven-day notice, saying the roadside trading was causing congestion, littering and accidents in the central business district.
p|But the vendors, who sell items ranging from second-hand clothes to vegetables and mobile phone accessories, argue that the new market is too far from their customers and lacks basic facilities such as toilets, running water and storage space.
p|Blantyre Vendors Association chairperson Madalitso Kachingwe said in an interview yesterday that his members were not against order, but wanted to be consulted.
p|“We are not refusing to move. What we are saying is that nobody came to talk to us. Chilobwe is far, there are no customers there, and some of the stalls already have leaking roofs. How will we feed our families?” he said.
ad|Advertisement
ad|Continue reading below
p|He said about 1 800 vendors would be affected by the directive, most of whom rent space from landlords at between K15 000 and K25 000 per month in the new market, against nothing on the roadside.
related-inline|Related: Council budgets K1.4bn for new markets
p|Blantyre City Council spokesperson Priscilla Nyasulu said the market was constructed at a cost of K2.7 billion with funding from development partners and had space for over 2 000 traders.
p|“The market is ready. We have engaged the vendors’ leadership on several occasions. The streets are not a market; we have had pedestrians knocked down because they are forced to walk on the road,” she said.
p|Nyasulu said the council had agreed to waive market fees for the first three months and would provide free transport for vendors’ goods during the relocation week.
h2|Past attempts
p|This is not the first time the council has tried to clear vendors from the city streets. Similar exercises in 2015 and 2019 ended in running battles between vendors and city rangers, and in both cases the traders gradually returned to the streets within months.
p|Governance commentator Dr Limbani Msiska said the council should avoid using force.
p|“Relocation works when people see a benefit. If the new market has no customers, they will come back. The council needs to make sure minibuses stop there, that there is lighting and security,” he said.
p|Meanwhile, the Malawi Human Rights Commission has urged both parties to dialogue, saying forced evictions would affect the livelihoods of women and young people who dominate street vending.
whatsapp|Follow and subscribe to The Clarion on WhatsApp
tags|Tags: Blantyre City Council Chilobwe market vendors
share|Share
share|Facebook
share|X
share|WhatsApp
share|Telegram
author-link|Chikondi Mwale
author-link|View all posts by Chikondi Mwale
nav|Previous article
nav|Mzuzu residents decry water rationing
nav|Next article
nav|Police arrest three over Chiradzulu cattle theft
related|Related posts
related|City rangers, vendors clash in Lilongwe
related|December 2, 2025
related|Traders count losses after Limbe market fire
related|November 18, 2025
related|Council hikes business licence fees
related|October 30, 2025
comments|Leave a Reply
comments|Your email address will not be published. Required fields are marked *
comments|Comment *
comments|Name *
comments|Email *
comments|Website
comments|Save my name, email, and website in this browser for the next time I comment.
comments|Post Comment
comments|This site uses Akismet to reduce spam. Learn how your comment data is processed.
most-read|Most Read
most-read|Fuel prices up 12 percent
most-read|Govt reviews power purchase deals
most-read|Bullets unveil new signings
ad|Advertisement
ad|Umodzi Bank - Your partner in growth
network|Our Publications
network|The Clarion
network|Weekend Clarion
network|Clarion on Sunday
network|Nkhani Zathu
footer|Clarion Publications Limited
footer|Chayamba Road, P.O. Box 30408, Blantyre 3, Malawi
footer|Tel: +265 1 000 000
footer|About Us
footer|Advertise
footer|Contact Us
footer|Privacy Policy
copyright|© 2026 Clarion Publications Limited. All Rights Reserved.
"""),
 dict(id="malawi-nation-style-2", site="malawi-nation-style", lang="en", sep="\n", title="Tobacco farmers cry foul as auction floors open with low prices", date="2026-04-08", page="""
clock|Friday, April 10, 2026
weather|Lilongwe 24°C
social|Facebook X YouTube Instagram
epaper|E-Paper
subscribe|Subscribe
account|Login
site-name|The Clarion
site-name|Malawi's trusted daily since 1993
ad|Advertisement
ad|Nyasa Agro Dealers - Certified seed for every season
menu|Home
menu|News
menu|National News
menu|Business
menu|Columns
menu|Editorial Comment
menu|Features
menu|Sports
menu|Entertainment
menu|Weekend Clarion
menu|Clarion on Sunday
menu|Obituaries
search|Search
ticker|TRENDING
ticker|MSE All Share Index up 0.8% · Kwacha stable at K1,751 to the dollar · Maize prices drop in central region markets
breadcrumb|Home » Business » Business News
section-label|Business News
h1|Tobacco farmers cry foul as auction floors open with low prices
byline|By Kondwani Phiri & Grace Tembo
dateline|April 8, 2026
dateline|Updated April 9, 2026
comments|4 Comments
views|5,902 views
share|Share on Facebook
share|Share on X
share|WhatsApp
share|Email
caption|A farmer inspects his bales at the Kanengo auction floors in Lilongwe on opening day
credit|—Picture by Lusungu Gondwe
section-label|At a glance
li|Average opening price of $1.62 per kg, below last year's $2.05
li|About 38 percent of bales rejected on the first day
li|Government says a minimum price review is under way
lead|Tobacco growers have expressed frustration after the 2026 marketing season opened on Tuesday with average prices far below what they expected, with some farmers threatening to withdraw their crop from the auction floors.
p|Figures from the Tobacco Commission show that burley tobacco fetched an average of $1.62 per kilogramme on opening day at the Kanengo floors in Lilongwe, compared with $2.05 per kilogramme on the first day of the 2025 season.
p|A number of bales were rejected by buyers for what they described as poor quality and high moisture content, leaving farmers who had travelled from as far as Kasungu and Mchinji stranded at the floors.
p|Chisomo Banda, a farmer from Dowa, said he sold 12 bales at an average of $1.20 per kg and would not be able to repay the loan he took to buy inputs.
p|“I spent almost K3 million on fertiliser, labour and transport. What I have received today will not even cover half of that. We are being cheated,” he said.
ad|Advertisement
ad|Continue reading below
p|Tobacco Association of Malawi president Felix Chirwa said the association would engage government and buyers to ensure that prices improve in the coming weeks.
p|“We understand that the global market has challenges, but the prices we are seeing are an insult to the farmer. Buyers must honour the minimum prices that were agreed upon,” he said.
related-inline|READ ALSO: Tobacco Commission projects 140 million kg crop
h2|Buyers cite quality
p|Responding to the concerns, a representative of one of the leading buying companies, who asked not to be named as he was not authorised to speak to the media, said prices reflected the quality of the leaf on offer.
p|“Good-quality tobacco is fetching good prices. Some of what we saw on day one was poorly graded and wet. Farmers need to take time to grade their leaf properly,” he said.
p|Tobacco Commission chief executive officer Esther Lungu said the commission was monitoring the situation and that a review of minimum prices was under way.
p|Tobacco remains Malawi's leading export, contributing over half of the country’s foreign exchange earnings. Economists have warned that low prices at the floors could put further pressure on the kwacha, which has already come under strain due to low foreign currency reserves.
p|Economist Mwayi Kanyinji said the opening prices were worrying for the economy as a whole.
p|“If farmers get less, they spend less, and the forex inflows also go down. Government needs to speed up diversification into other exports such as soya, macadamia and groundnuts,” she said.
p|The 2026 marketing season is expected to run until August, with the Tobacco Commission projecting a crop of about 140 million kilogrammes.
whatsapp|Follow and subscribe to The Clarion on WhatsApp
tags|Tags: auction floors tobacco Tobacco Commission forex
share|Share
share|Facebook
share|X
share|WhatsApp
share|Telegram
author-link|Kondwani Phiri
author-link|View all posts by Kondwani Phiri
nav|Previous article
nav|MSE turnover jumps on banking stocks
nav|Next article
nav|Insurers count cost of Cyclone claims
related|Related posts
related|Farmers urged to grade tobacco properly
related|March 30, 2026
related|Forex shortage hits importers
related|March 19, 2026
related|Soya exports rise 20 percent
related|February 26, 2026
comments|4 thoughts on “Tobacco farmers cry foul as auction floors open with low prices”
comments|Mtendere Chisale says:
comments|April 8, 2026 at 3:14 pm
comments|Every year the same story. The buyers decide everything.
comments|Reply
comments|Alinafe says:
comments|April 8, 2026 at 5:52 pm
comments|Time to move to other crops. Tobacco is dying.
comments|Reply
comments|Jimmy K says:
comments|April 9, 2026 at 7:05 am
comments|Where is the minimum price that was announced?
comments|Reply
comments|Wezi says:
comments|April 9, 2026 at 10:31 am
comments|Poor farmers, always the losers.
comments|Reply
comments|Leave a Reply
comments|Your email address will not be published. Required fields are marked *
comments|Comment *
comments|Name *
comments|Email *
comments|Website
comments|Save my name, email, and website in this browser for the next time I comment.
comments|Post Comment
comments|This site uses Akismet to reduce spam. Learn how your comment data is processed.
most-read|Most Read
teaser-list|Tobacco farmers cry foul as auction floors open with low prices
most-read|Parliament approves borrowing bill
most-read|Queens beat Zambia in Tri-Nations opener
ad|Advertisement
ad|Umodzi Bank - Your partner in growth
network|Our Publications
network|The Clarion
network|Weekend Clarion
network|Clarion on Sunday
network|Nkhani Zathu
footer|Clarion Publications Limited
footer|Chayamba Road, P.O. Box 30408, Blantyre 3, Malawi
footer|Tel: +265 1 000 000
footer|About Us
footer|Advertise
footer|Contact Us
footer|Privacy Policy
copyright|© 2026 Clarion Publications Limited. All Rights Reserved.
"""),
 dict(id="frontpage-africa-lr-style-1", site="frontpage-africa-lr-style", lang="en", sep="\n", title="Liberia: Senate Summons Finance Minister Over Delayed Civil Servants’ Salaries", date="2026-03-05", page="""
clock|Friday, March 6, 2026
account|Sign in / Join
social|Facebook Instagram Twitter Youtube
site-name|FrontLine Liberia
site-name|Liberia’s Independent Newspaper
ad|- Advertisement -
ad|LIBTELCO Fiber - Faster internet for your home and business. Call 0777 000 000
menu|Home
menu|News
menu|Politics
menu|Business
menu|Health
menu|Education
menu|Sports
menu|Africa
menu|Op-Ed
menu|Editorial
menu|Special Report
menu|Press Release
menu|Obituary
menu|More
search|Search
breaking|Latest:
breaking|Bong: Gbarnga City Council Approves US$1.2M Budget
breaking|Liberia: Ebola Survivors Demand Promised Benefits
breadcrumb|Home
breadcrumb|News
breadcrumb|Politics
section-label|News
section-label|Politics
h1|Liberia: Senate Summons Finance Minister Over Delayed Civil Servants’ Salaries
byline|By Alvin Worzi Kollie
dateline|March 5, 2026
comments|0
views|1,217
share|Facebook
share|Twitter
share|WhatsApp
share|Linkedin
share|Email
share|Print
caption|Senators during Tuesday’s session at the Capitol in Monrovia
credit|Photo: Josephus Doe/FLL
p|Monrovia – The Liberian Senate has summoned the Minister of Finance and Development Planning to appear before plenary next Tuesday to explain why thousands of civil servants have not received their February salaries, more than two weeks after the payment deadline.
p|The decision followed a communication from Grand Kru County Senator Emmanuel T. Wisseh, who told his colleagues on Thursday that teachers, nurses and security officers in several counties had gone unpaid, with some threatening to lay down their tools.
p|“Our people are suffering. Teachers in Barclayville have not been paid; nurses in rural clinics have not been paid. We cannot sit here and pretend that all is well,” Sen. Wisseh said.
p|The motion to summon the minister was made by Lofa County Senator Comfort Gbollie and unanimously adopted by the 25 senators present.
ad|- Advertisement -
h2|Ministry Blames System Upgrade
p|In a press release issued Wednesday, the Ministry of Finance attributed the delay to the migration of the government payroll to a new electronic system, which it said was intended to remove ghost names and “ensure that only verified employees are paid.”
p|The ministry said about 78 percent of employees had already been paid and that the remaining salaries would be disbursed “within the shortest possible time”.
p|But the National Civil Servants Association of Liberia disputed the figures. Its secretary general, Moses K. Karpeh, told FrontLine Liberia that many workers in the south-east had received nothing.
p|“We welcome the clean-up of the payroll, but you cannot punish legitimate workers because of ghost names. People have rent to pay, children in school, and the banks are charging them for late loan repayments,” Karpeh said.
related-inline|RELATED: Teachers In Sinoe Threaten Strike Over Salary Arrears
h2|Lawmakers Want Answers
p|Senators said they want the minister to provide:
li|The total amount of salary arrears owed to civil servants;
li|A list of institutions whose employees have not been paid;
li|The number of names removed from the payroll and the reasons for their removal;
li|A clear timeline for the payment of all outstanding salaries.
p|Montserrado County Senator Saah J. Kollie warned that continued delays could affect essential services. “When health workers are not paid, the first people to suffer are pregnant women and children in our rural communities,” he said.
p|The Senate also mandated its Committee on Ways, Means and Finance to review the payroll system and report within two weeks.
p|It is the second time in less than a year that delays in salary payments have sparked protests from public workers. In 2025, teachers in several counties staged sit-down actions over arrears.
share|Facebook
share|Twitter
share|WhatsApp
share|Linkedin
share|Email
share|Print
tags|TAGS
tags|Civil Servants
tags|Ministry of Finance
tags|Salary Delay
tags|Senate
nav|Previous article
nav|Liberia: LEC Announces Power Rationing In Paynesville
nav|Next article
nav|Nimba: Two Die In Motorcycle Crash On Ganta-Saclepea Highway
author-link|Alvin Worzi Kollie
author-link|https://frontlineliberia.example/author/alvin-kollie/
related|RELATED ARTICLESMORE FROM AUTHOR
related|Liberia: House Passes Amended Decent Work Bill
related|Liberia: Lawmakers Clash Over Road Fund Allocation
related|Liberia: CSOs Call For Audit Of Payroll Verification Exercise
comments|LEAVE A REPLY Cancel reply
comments|Please enter your comment!
comments|Please enter your name here
comments|You have entered an incorrect email address!
comments|Please enter your email address here
comments|Save my name, email, and website in this browser for the next time I comment.
comments|Post Comment
most-read|Popular Posts
most-read|Liberia: Supreme Court Rules On Impeachment Dispute
most-read|Liberia: Passport Office Suspends Express Service
most-read|Grand Bassa: Residents Protest Poor Road Condition
most-read|Editor Picks
most-read|Liberia: Rice Importers Promise Price Cut
most-read|Liberia: 2026 WASSCE Results Released
topics|Popular Category
topics|News 18642
topics|Politics 6210
topics|Business 3047
topics|Op-Ed 1895
donate|Support Independent Journalism In Liberia
donate|DONATE
footer|ABOUT US
footer|FrontLine Liberia is an independent daily newspaper based in Monrovia, committed to accountability journalism.
footer|Contact us: editor@frontlineliberia.example
footer|FOLLOW US
copyright|© FrontLine Liberia 2026
back-to-top|▲
"""),
 dict(id="frontpage-africa-lr-style-2", site="frontpage-africa-lr-style", lang="en", sep="\n", title="Nimba Rubber Farmers Decry Falling Prices, Call for Government Intervention", date="2025-12-09", page="""
clock|Thursday, December 11, 2025
account|Sign in / Join
social|Facebook Instagram Twitter Youtube
site-name|FrontLine Liberia
site-name|Liberia’s Independent Newspaper
ad|- Advertisement -
ad|Orange Money Liberia - Send money home this Christmas for free
menu|Home
menu|News
menu|Politics
menu|Business
menu|Health
menu|Education
menu|Sports
menu|Africa
menu|Op-Ed
menu|Editorial
menu|Special Report
menu|Press Release
menu|Obituary
menu|More
search|Search
breaking|Latest:
breaking|Liberia: Christmas Traffic Plan Announced For Monrovia
breaking|Margibi: Kakata Market Fire Destroys Dozens Of Stalls
breadcrumb|Home
breadcrumb|Business
section-label|Business
section-label|Special Report
h1|Nimba Rubber Farmers Decry Falling Prices, Call for Government Intervention
byline|By Patience Y. Mulbah, with New Horizons Media
dateline|December 9, 2025
comments|2
views|3,460
share|Facebook
share|Twitter
share|WhatsApp
share|Linkedin
share|Email
share|Print
caption|Rubber farmer Joseph Zuo taps a tree on his farm in Zorgowee, Nimba County
credit|Photo: Patience Y. Mulbah/FLL
dateline|GANTA, Nimba County –
p|For almost thirty years, Joseph Zuo has woken up before dawn to tap the rubber trees on his 12-acre farm near Zorgowee. But this year, the 58-year-old says the money he earns is no longer enough to feed his family of eight.
p|“Before, one ton of rubber could give me close to 900 United States dollars. Now the buyers tell us 480, sometimes 450. After I pay my tappers and the truck, nothing is left,” he said, pointing at a pile of coagulated latex waiting to be collected.
p|Zuo is one of hundreds of smallholder rubber farmers in Nimba County who say falling prices offered by buyers and processors have pushed them to the brink. Some have stopped tapping altogether, while others are cutting down their old rubber trees to burn charcoal or plant cassava.
ad|- Advertisement -
h2|Middlemen Set the Price
p|Farmers interviewed by FrontLine Liberia in Ganta, Saclepea and Tappita say they have little say over what they are paid. Most sell to middlemen who transport the rubber to processing companies in Margibi and Montserrado counties.
p|“The middlemen come with their scale and their price. If you refuse, they go to the next farm. You cannot keep the rubber for too long because it loses weight,” said Mary Kou, who manages her late husband’s farm in Saclepea.
p|Several farmers also complained that the scales used by some buyers were not accurate. A farmer in Tappita said his rubber, which he had weighed at home at 1,100 kilograms, was recorded as 870 kilograms by the buyer.
p|The Nimba County Rubber Farmers Cooperative says it has written to the Ministry of Agriculture and the Ministry of Commerce requesting a minimum farm-gate price and the regular inspection of scales.
p|“We are not asking for charity. We are asking for a fair price and fair weighing. Rubber is what sends our children to school in this county,” said the cooperative’s chairman, Daniel Kwenah.
related-inline|RELATED: Liberia: Rubber Exports Drop In Third Quarter, Central Bank Report Shows
h2|Government Says Prices Follow World Market
p|When contacted, a deputy director at the Ministry of Commerce and Industry said the government does not fix rubber prices but was working on a policy to protect smallholders.
p|“The price of rubber in Liberia follows the world market. What we can do is make sure that the weights are correct and that the farmers are organised so that they can negotiate better,” she said, adding that inspectors would be deployed to Nimba in January.
p|Rubber is one of Liberia’s main exports, and tens of thousands of families depend on it. Economists say the sector has suffered from ageing trees, poor roads and the lack of local processing.
p|For farmers like Zuo, the solution cannot come soon enough. “If nothing changes by next year, I will cut half of my trees and plant cocoa,” he said.
funding-note|This story was produced in collaboration with New Horizons Media as part of its Rural Livelihoods Reporting Project, funded by the Embassy of Ireland. The funder had no say in the story’s content.
share|Facebook
share|Twitter
share|WhatsApp
share|Linkedin
share|Email
share|Print
tags|TAGS
tags|Farm-gate Price
tags|Nimba County
tags|Rubber
tags|Smallholder Farmers
nav|Previous article
nav|Liberia: Gov’t Extends Deadline For Business Registration
nav|Next article
nav|Lofa: Cocoa Farmers Receive Drying Tarpaulins
author-link|Patience Y. Mulbah
author-link|https://frontlineliberia.example/author/patience-mulbah/
related|RELATED ARTICLESMORE FROM AUTHOR
related|Liberia: Cocoa Prices Rise As Buyers Return To Lofa
related|Liberia: Firestone Workers Demand Better Housing
related|Nimba: Women Farmers Get Access To Credit
comments|2 COMMENTS
comments|Emmanuel G.
comments|December 9, 2025 At 4:21 pm
comments|The government must protect the small farmers. Good reporting.
comments|Reply
comments|Saye Menkor
comments|December 10, 2025 At 9:08 am
comments|Same thing happening in Grand Gedeh. Thank you FLL.
comments|Reply
comments|LEAVE A REPLY Cancel reply
comments|Please enter your comment!
comments|Please enter your name here
comments|You have entered an incorrect email address!
comments|Please enter your email address here
comments|Save my name, email, and website in this browser for the next time I comment.
comments|Post Comment
most-read|Popular Posts
most-read|Liberia: Senate Confirms New Chief Justice Nominee
most-read|Liberia: LEC Announces New Tariffs For January
most-read|Bong: Students Protest Over Fees At Cuttington
most-read|Editor Picks
most-read|Liberia: Rice Importers Promise Price Cut
teaser-list|Nimba Rubber Farmers Decry Falling Prices, Call for Government Intervention
topics|Popular Category
topics|News 18211
topics|Politics 6102
topics|Business 2988
topics|Op-Ed 1873
donate|Support Independent Journalism In Liberia
donate|DONATE
footer|ABOUT US
footer|FrontLine Liberia is an independent daily newspaper based in Monrovia, committed to accountability journalism.
footer|Contact us: editor@frontlineliberia.example
footer|FOLLOW US
copyright|© FrontLine Liberia 2025
back-to-top|▲
"""),
]
