# Round 134: eight pages on four more layouts (a Swiss local radio's news site in French, a French expatriates'
# news site with city editions, an Isle of Man news site, a St Helena weekly newspaper's WordPress site), written
# blind: without looking at the classifier, its rules or the benchmark. Each line: "label|text". Invented text;
# no real article is copied.
ROUND134 = [
 dict(id="radio-fribourg-style-1", site="radio-fribourg-style", lang="fr", sep="\n", title="Marly : les TPF testeront un minibus sans chauffeur dès le mois d'avril", date="2026-02-19", page="""
skip-link|Aller au contenu
lang-switch|FR
lang-switch|DE
listen|▶ EN DIRECT
listen|Radio Sarine – Fribourg 97.4
now-playing|Vous écoutez : Louane – Si t'étais là
weather|Fribourg 2°C ☁
traffic|Info trafic : A12, ralentissement entre Matran et Fribourg-Sud
menu|Actu
menu|Sport
menu|Régions
menu|Émissions
menu|Podcasts
menu|Concours
menu|Agenda
menu|La radio
menu|Sarine · Gruyère · Glâne · Broye · Veveyse · Lac · Singine
search|Rechercher…
breadcrumb|Accueil › Actu › Sarine
section-label|Sarine
section-label|Mobilité
h1|Marly : les TPF testeront un minibus sans chauffeur dès le mois d'avril
dateline|19.02.2026 – 06:58
dateline|Mis à jour : 19.02.2026 – 12:10
byline|Julien Progin
share|PartagerFacebookWhatsAppLinkedInE-mail
caption|Le minibus électrique de onze places a été présenté mercredi soir devant la salle communale de Marly.
credit|© Radio Sarine / J. Progin
lead|Les Transports publics fribourgeois lanceront ce printemps un essai de navette autonome entre le centre de Marly et la zone d'activités de la Gérine. L'expérience doit durer dix-huit mois.
listen|🔊 Le sujet de Julien Progin dans le Journal de 12h15
listen|0:00 / 1:47
p|Ce sera une première dans le canton. Dès le 13 avril, un minibus électrique de onze places circulera sans conducteur sur un parcours de 2,4 kilomètres reliant l'arrêt Marly, Centre à la zone d'activités de la Gérine, en passant par le cycle d'orientation et le home médicalisé.
p|Les Transports publics fribourgeois (TPF) ont présenté le projet mercredi soir aux habitants, lors d'une séance publique qui a réuni une centaine de personnes. « Nous voulons savoir si ce type de véhicule peut compléter nos lignes là où un bus classique ne serait pas rentable », a expliqué Nicolas Chardonnens, responsable de l'innovation aux TPF.
p|La navette roulera à 25 km/h au maximum, du lundi au vendredi, de 6h30 à 19h30, avec un passage toutes les quinze minutes. Elle sera gratuite pendant les trois premiers mois, puis intégrée à la communauté tarifaire Frimobil.
ad|Annonce
ad|Garage du Lac, Avry – Votre nouvelle Škoda Elroq dès CHF 299.–/mois. Essai gratuit
h2|Un accompagnant à bord, dans un premier temps
p|Jusqu'à l'été, un collaborateur des TPF sera présent dans le véhicule et pourra reprendre la main à tout moment. L'entreprise espère ensuite obtenir de l'Office fédéral des routes l'autorisation de circuler sans personne à bord, comme le permet l'ordonnance fédérale sur la conduite automatisée entrée en vigueur en 2025.
p|Le projet coûte 2,1 millions de francs. La Confédération en prend en charge 40%, le solde étant réparti entre le canton, la commune de Marly et les TPF. La Haute école d'ingénierie et d'architecture de Fribourg sera chargée d'évaluer la fiabilité du système et l'accueil réservé par les usagers.
read-also|À lire aussi : Bulle – La ligne de bus urbaine 2 passera au quart d'heure dès décembre
h2|Des habitants partagés
p|Dans la salle, les questions ont surtout porté sur la sécurité. Plusieurs parents ont demandé comment le minibus réagirait aux élèves qui traversent la route de la Gruyère à la sortie des cours. « Le véhicule s'arrête dès qu'il détecte un obstacle à moins de deux mètres. Il est plutôt trop prudent que pas assez », a assuré le responsable des TPF.
p|D'autres se sont montrés enthousiastes. « Pour les personnes âgées du home, ce sera un vrai plus. Aujourd'hui, le bus passe à 400 mètres et la montée est raide », a relevé une habitante du quartier.
p|Le syndicat du personnel des transports SEV reste sur ses gardes. « On nous dit que ce n'est pas pour remplacer les chauffeurs. Nous serons attentifs à ce que cela reste vrai », a réagi un représentant syndical au micro de Radio Sarine.
p|La syndique de Marly, Anne-Laure Vonlanthen, voit dans l'essai une chance pour la commune. « Marly grandit, la zone de la Gérine accueille de nouvelles entreprises, et nous n'avions pas de réponse pour desservir ce secteur aux heures creuses. »
p|Si l'expérience est concluante, les TPF envisagent d'étendre ce type de desserte à d'autres communes périurbaines, notamment en Gruyère, à partir de 2028.
signature|JP / Radio Sarine
tags|TPF
tags|Marly
tags|Mobilité
tags|Transports publics
whatsapp|Une info, une photo, une vidéo ? Envoyez-la nous sur WhatsApp au 079 400 97 40 📲
teaser-list|Dernières infos
teaser-list|12:31
teaser-list|Gottéron s'impose à Davos et reprend la tête du classement
teaser-list|11:48
teaser-list|Romont : la rue du Château fermée à la circulation jusqu'à vendredi
teaser-list|10:05
teaser-list|Le Grand Conseil dit oui à la révision de la loi sur les communes
teaser-list|Toutes les infos ›
podcast|Nos podcasts
podcast|Le Grand Entretien – L'invitée : la directrice de l'Office du tourisme de la Gruyère
podcast|Chronique terroir – Le vacherin, roi de l'hiver
podcast|▶ 18 min
contest|Concours : gagnez 2 billets pour les Francomanias de Bulle
contest|Je participe
programme-guide|À l'antenne
programme-guide|12:15 Le Journal
programme-guide|12:30 Midi Pile avec Sandrine et Loïc
programme-guide|16:00 Le Drive
app|Téléchargez l'app Radio Sarine
app|App Store · Google Play
footer|Radio Sarine SA
footer|Route de la Fonderie 8 – 1700 Fribourg
footer|Fréquences
footer|Publicité
footer|Équipe
footer|Emplois
footer|Impressum
footer|Protection des données
copyright|© 2026 Radio Sarine – Tous droits réservés
cookie|Nous utilisons des cookies pour améliorer votre expérience et mesurer l'audience. Tout accepter Refuser Paramètres
"""),
 dict(id="radio-fribourg-style-2", site="radio-fribourg-style", lang="fr", sep="\n", title="Glâne : l'ancien caissier communal condamné pour avoir détourné 380'000 francs", date="2026-03-11", page="""
skip-link|Aller au contenu
lang-switch|FR
lang-switch|DE
listen|▶ EN DIRECT
listen|Radio Sarine – Fribourg 97.4
now-playing|Vous écoutez : Gjon's Tears – Tout l'univers
weather|Fribourg 9°C ☀
traffic|Info trafic : Route de Berne fermée à Granges-Paccot, déviation balisée
scoreboard|LIVE National League · HC Fribourg-Gottéron – Lausanne HC 2-1 (2e tiers)
menu|Actu
menu|Sport
menu|Régions
menu|Émissions
menu|Podcasts
menu|Concours
menu|Agenda
menu|La radio
menu|Sarine · Gruyère · Glâne · Broye · Veveyse · Lac · Singine
search|Rechercher…
breadcrumb|Accueil › Actu › Glâne
section-label|Glâne
section-label|Justice
h1|Glâne : l'ancien caissier communal condamné pour avoir détourné 380'000 francs
dateline|11.03.2026 – 16:42
byline|Mélanie Roulin
share|PartagerFacebookWhatsAppLinkedInE-mail
caption|Le Tribunal pénal de la Glâne a rendu son jugement mercredi après-midi à Romont.
credit|© Keystone / Photo d'archives
lead|Le Tribunal pénal de la Glâne a condamné mercredi un homme de 58 ans à trente mois de prison, dont six ferme. Pendant près de neuf ans, il avait puisé dans les comptes de la commune qui l'employait.
listen|🔊 Le compte rendu d'audience de Mélanie Roulin
listen|0:00 / 2:05
p|« Je n'ai jamais eu l'intention de garder cet argent. Je pensais pouvoir tout rembourser. » À la barre, l'ancien caissier d'une commune de la Glâne d'environ 1'800 habitants a répété ses regrets, la voix parfois brisée. Le tribunal ne l'a que partiellement suivi.
p|Le quinquagénaire a été reconnu coupable d'abus de confiance qualifié et de faux dans les titres. Il écope de trente mois de prison, dont six ferme, le reste étant assorti d'un sursis de trois ans. Il devra en outre rembourser l'intégralité du préjudice, estimé à 380'000 francs.
h2|Des virements « de régularisation »
p|Entre 2015 et 2024, l'employé avait effectué plus de 140 virements depuis les comptes communaux vers un compte bancaire à son nom, en les faisant passer pour des « écritures de régularisation » ou des remboursements de taxes. Les montants, souvent inférieurs à 3'000 francs, n'éveillaient pas l'attention.
p|C'est un nouvel organe de révision, mandaté par la commune en 2024, qui avait relevé des incohérences dans les comptes de l'exercice précédent. Le conseil communal avait alors dénoncé les faits et suspendu son caissier, licencié quelques semaines plus tard.
ad|Annonce
ad|Fromagerie de la Glâne – Vente directe de Gruyère AOP d'alpage, ouvert 7/7
p|Devant les juges, l'accusé a expliqué avoir commencé à prélever de l'argent pour couvrir des dettes de jeu, accumulées notamment sur des sites de casino en ligne. « Chaque fois que je gagnais, je me disais que j'allais tout remettre. Mais je ne gagnais presque jamais », a-t-il déclaré.
h2|« Une trahison » pour la commune
p|Le procureur avait requis trois ans de prison, dont douze mois ferme. Il a décrit un mode opératoire « méthodique, répété, et rendu possible par la confiance aveugle dont il jouissait ». L'avocat de la commune, partie plaignante, a parlé d'une « trahison » pour les habitants, qui ont dû financer un audit complet et renforcer les contrôles internes.
p|La défense a plaidé une peine entièrement assortie du sursis, mettant en avant la dépendance au jeu de son client, suivi depuis deux ans par un centre spécialisé, et les 42'000 francs déjà remboursés.
p|Dans son jugement, le tribunal a retenu la longue durée des agissements et le nombre de faux établis, mais aussi la collaboration de l'accusé durant l'enquête. Celui-ci dispose d'un délai de trente jours pour faire appel auprès du Tribunal cantonal.
h2|Des contrôles renforcés
p|Depuis l'affaire, la commune a introduit le principe de la double signature pour tout paiement supérieur à 500 francs. Le Service des communes rappelle que plusieurs petites collectivités fribourgeoises confient encore leurs finances à une seule personne, faute de moyens.
signature|ATS / mro
poll|VOTRE AVIS
poll|Les petites communes devraient-elles mutualiser leur comptabilité ?
poll|Oui, c'est plus sûr
poll|Non, chaque commune doit rester autonome
poll|Je vote
poll|1'246 votes
tags|Justice
tags|Glâne
tags|Tribunal
tags|Communes
whatsapp|Une info, une photo, une vidéo ? Envoyez-la nous sur WhatsApp au 079 400 97 40 📲
teaser-list|Dernières infos
teaser-list|16:20
teaser-list|Estavayer-le-Lac : le port sera agrandi de 60 places d'amarrage
teaser-list|15:02
teaser-list|Hockey : Gottéron prolonge son gardien jusqu'en 2029
teaser-list|13:47
teaser-list|Le Conseil d'Etat veut accélérer la pose de panneaux solaires sur les bâtiments cantonaux
teaser-list|Toutes les infos ›
most-read|Les plus lus
most-read|01 Fusion du Grand Fribourg : la date du vote est fixée
most-read|02 Un incendie ravage une ferme à Le Crêt
most-read|03 Moléson : la saison d'hiver prolongée d'une semaine
podcast|Nos podcasts
podcast|Le Grand Entretien – L'invité : le président du Tribunal cantonal
podcast|▶ 22 min
contest|Concours : gagnez 2 billets pour les Francomanias de Bulle
contest|Je participe
app|Téléchargez l'app Radio Sarine
app|App Store · Google Play
footer|Radio Sarine SA
footer|Route de la Fonderie 8 – 1700 Fribourg
footer|Fréquences
footer|Publicité
footer|Équipe
footer|Emplois
footer|Impressum
footer|Protection des données
copyright|© 2026 Radio Sarine – Tous droits réservés
cookie|Nous utilisons des cookies pour améliorer votre expérience et mesurer l'audience. Tout accepter Refuser Paramètres
"""),
 dict(id="petit-journal-expat-style-1", site="petit-journal-expat-style", lang="fr", sep="\n", title="Passeports : le consulat de France à Lisbonne organise des tournées consulaires à Faro et à Funchal", date="2026-03-04", page="""
top-bar|Le média des Français et francophones à l'étranger
edition-switch|Choisissez votre édition
edition-switch|Lisbonne ▾
edition-switch|International Abidjan Bangkok Barcelone Berlin Dubaï Hong Kong Istanbul Lisbonne Londres Madrid Mexico Montréal Munich New York Singapour Sydney Tokyo
account|Se connecter
newsletter|Newsletter
menu|lepetitmonde.com Lisbonne
menu|Actualité
menu|Vivre
menu|Sortir
menu|Entreprendre
menu|Communauté
menu|Expat pratique
menu|Annuaire
menu|Petites annonces
search|Rechercher
breadcrumb|Accueil / Lisbonne / Actualité Lisbonne
section-label|ACTUALITÉ LISBONNE
h1|Passeports : le consulat de France à Lisbonne organise des tournées consulaires à Faro et à Funchal
lead|Pour réduire les délais et éviter aux Français de l'Algarve et de Madère un aller-retour jusqu'à Lisbonne, le consulat général déplacera son équipement de recueil biométrique à trois reprises d'ici à l'été.
read-time|3 minutes de lecture
byline|Écrit par Claire Mendes
dateline|Publié le 04/03/2026 à 09:30
dateline|Mis à jour le 04/03/2026 à 16:12
share|Facebook
share|X
share|Linkedin
share|Whatsapp
share|Email
print|Imprimer
save|Ajouter aux favoris
caption|La valise de recueil biométrique permet d'enregistrer les empreintes et la photo des demandeurs hors du consulat.
credit|Photo d'illustration : Adobe Stock
p|C'est une demande ancienne des Français installés loin de la capitale. Le consulat général de France à Lisbonne a annoncé mardi l'organisation de plusieurs tournées consulaires au cours du printemps, destinées principalement au dépôt des demandes de passeport et de carte nationale d'identité.
p|La première se tiendra à Faro les 26 et 27 mars, dans les locaux de l'Alliance française. Suivront une tournée à Funchal, sur l'île de Madère, du 22 au 24 avril, puis un second passage en Algarve, à Lagos cette fois, à la mi-juin.
newsletter|Inscrivez-vous à notre newsletter gratuite pour ne rien manquer de l'actualité de Lisbonne et du Portugal !
p|Selon les chiffres communiqués par le poste, près de 24 000 Français sont inscrits au registre des Français établis hors de France dans la circonscription, un nombre qui a presque doublé en dix ans. L'Algarve à elle seule en compterait plus de 6 000, souvent des retraités, et Madère quelques centaines.
p|« Pour une personne âgée qui vit à Tavira ou à Portimão, venir à Lisbonne deux fois, pour le dépôt puis pour le retrait, c'est une journée de voyage à chaque fois, parfois une nuit d'hôtel », souligne une conseillère des Français de l'étranger élue dans la circonscription.
read-also|Lire aussi : Impôts : les Français du Portugal doivent-ils déclarer leurs revenus en France en 2026 ?
ad|Publicité
h2|Sur rendez-vous uniquement
p|Les places seront limitées, prévient le consulat : une soixantaine de rendez-vous par jour au maximum. Les inscriptions se font exclusivement en ligne, sur le site du consulat, à partir du 9 mars pour Faro. Aucun usager ne sera reçu sans rendez-vous.
p|Les demandeurs devront se présenter avec :
li|le numéro de pré-demande effectuée en ligne sur le site de l'ANTS ;
li|leur ancien titre, ou une déclaration de perte ou de vol ;
li|une photo d'identité récente, conforme aux normes, datant de moins de six mois ;
li|un justificatif de domicile au Portugal ;
li|un timbre fiscal électronique pour le passeport.
p|Les titres seront ensuite envoyés à Lisbonne. Les usagers pourront soit venir les retirer au consulat, soit demander un envoi par courrier recommandé, moyennant des frais d'acheminement, une option mise en place l'an dernier.
h2|Des délais qui restent longs
p|Le consulat reconnaît que les délais d'obtention d'un rendez-vous à Lisbonne dépassent encore fréquemment six semaines, en particulier avant l'été. « Nous conseillons à nos compatriotes d'anticiper, et de vérifier la date de validité de leurs documents bien avant un voyage », indique le service des visas et de l'état civil.
p|La dernière tournée organisée en Algarve, en 2023, avait permis de traiter près de 300 demandes en trois jours.
author-bio|Claire Mendes
author-bio|Journaliste franco-portugaise installée à Lisbonne depuis 2017, Claire couvre l'actualité de la communauté française et la vie pratique au Portugal.
author-link|Voir tous ses articles
comments|0 Commentaire(s)
comments|Laisser un commentaire
comments|Votre commentaire sera publié après modération.
sponsored|Partenaire
sponsored|Expatriés : une assurance santé internationale adaptée à votre vie au Portugal, dès 49 € par mois
related|Sur le même sujet
related|Lisbonne : le lycée français Charles Lepierre ouvre ses inscriptions pour la rentrée
related|Portugal : ce qui change au 1er mars pour les titulaires d'un visa D7
related|Élections consulaires : comment voter depuis le Portugal
classifieds|Petites annonces
classifieds|Location – T2 meublé à Campo de Ourique, 1 150 €/mois
classifieds|Emploi – Cherche baby-sitter francophone à Cascais, mercredis après-midi
classifieds|Déposer une annonce
event|Agenda
event|14 mars – Soirée théâtre en français au Cinema São Jorge
event|21 mars – Journée de la Francophonie à l'Institut français
promo|Trophées des Français de l'étranger 2026 : les candidatures sont ouvertes !
network|Découvrez nos autres éditions
network|Porto · Madrid · Barcelone · Londres · Genève · Dubaï
footer|Qui sommes-nous ?
footer|L'équipe de Lisbonne
footer|Annoncer sur lepetitmonde.com
footer|Devenir correspondant
footer|Contact
footer|Mentions légales
footer|Politique de confidentialité
footer|CGU
cookie|Gestion des cookies
copyright|© 2026 lepetitmonde.com – Tous droits réservés
"""),
 dict(id="petit-journal-expat-style-2", site="petit-journal-expat-style", lang="fr", sep="\n", title="Thaïlande : le rapport des 90 jours se fera désormais sur rendez-vous en ligne à Bangkok", date="2026-01-27", page="""
top-bar|Le média des Français et francophones à l'étranger
edition-switch|Choisissez votre édition
edition-switch|Bangkok ▾
edition-switch|International Abidjan Bangkok Barcelone Berlin Dubaï Hong Kong Istanbul Lisbonne Londres Madrid Mexico Montréal Munich New York Singapour Sydney Tokyo
account|Se connecter
newsletter|Newsletter
menu|lepetitmonde.com Bangkok
menu|Actualité
menu|Vivre
menu|Sortir
menu|Entreprendre
menu|Communauté
menu|Expat pratique
menu|Annuaire
menu|Petites annonces
search|Rechercher
ticker|1 € = 37,42 THB
breadcrumb|Accueil / Bangkok / Expat pratique
section-label|EXPAT PRATIQUE BANGKOK
h1|Thaïlande : le rapport des 90 jours se fera désormais sur rendez-vous en ligne à Bangkok
lead|À partir du 1er mars, les étrangers résidant à Bangkok qui souhaitent effectuer leur déclaration d'adresse en personne devront réserver un créneau sur internet. Le bureau de Chaeng Watthana veut en finir avec les files d'attente.
read-time|4 minutes de lecture
byline|Écrit par Thomas Rivière
dateline|Publié le 27/01/2026 à 07:45
share|Facebook
share|X
share|Linkedin
share|Whatsapp
share|Email
print|Imprimer
save|Ajouter aux favoris
caption|Le complexe gouvernemental de Chaeng Watthana, où se trouve le principal bureau de l'immigration de Bangkok.
credit|Crédit photo : Lepetitmonde.com Bangkok
section-label|Ce qu'il faut retenir
li|Dès le 1er mars, rendez-vous obligatoire pour le rapport des 90 jours au bureau de Chaeng Watthana.
li|La déclaration en ligne et par courrier reste possible.
li|L'amende en cas de retard est toujours de 2 000 bahts.
p|C'est un rituel bien connu des expatriés installés en Thaïlande avec un visa de long séjour : tous les 90 jours, il faut signaler son adresse aux services de l'immigration. Beaucoup le font encore en personne, au bureau de Chaeng Watthana, au nord de Bangkok, quitte à y passer une demi-matinée.
p|Ce temps-là devrait bientôt être révolu. Le bureau de l'immigration de Bangkok a annoncé la semaine dernière que, à compter du 1er mars, toute déclaration déposée au guichet nécessiterait une réservation préalable, effectuée sur sa plateforme en ligne. Les usagers se présentant sans rendez-vous seront invités à revenir.
newsletter|Recevez gratuitement chaque matin l'actualité de la Thaïlande : inscrivez-vous à la newsletter de lepetitmonde.com Bangkok
h2|Qui est concerné ?
p|Tous les étrangers qui séjournent de manière continue plus de 90 jours dans le royaume, qu'ils soient titulaires d'un visa de retraite, d'un visa de travail accompagné d'un permis, d'un visa marié ou d'un visa de télétravailleur, sont tenus à cette formalité. Les touristes de passage ne le sont pas.
p|Le rendez-vous n'est pas exigé pour ceux qui effectuent leur rapport en ligne ou par courrier recommandé, deux options qui restent ouvertes. Mais le système en ligne, lancé il y a plusieurs années, a longtemps eu mauvaise réputation : refus inexpliqués, pannes, délais de validation.
p|« Depuis un an, franchement, ça marche beaucoup mieux. Je l'ai fait trois fois de suite en ligne, sans souci », témoigne Alain, retraité installé à Bang Na depuis 2019. D'autres restent méfiants. « Je préfère repartir avec mon tampon sur le papier, au moins je suis tranquille », explique une enseignante française qui vit à Sathorn.
read-also|Lire aussi : Visa DTV : un an après, les télétravailleurs français ont-ils adopté la Thaïlande ?
ad|Publicité
h2|Des créneaux ouverts quinze jours avant l'échéance
p|Selon les premières indications, les créneaux pourront être réservés à partir de quinze jours avant la date limite de déclaration. L'étranger devra se munir de son passeport, de la copie de son dernier reçu et du formulaire TM47 rempli.
p|En cas de retard, l'amende reste fixée à 2 000 bahts, et elle peut grimper jusqu'à 5 000 bahts si l'étranger est interpellé sans avoir fait sa déclaration.
p|La section consulaire de l'ambassade de France à Bangkok, qui n'intervient pas dans ces démarches, rappelle que le respect des règles d'immigration relève de la seule responsabilité des résidents et conseille de conserver une copie de chaque reçu.
h2|Et en province ?
p|La mesure ne concerne, pour l'instant, que le bureau de Bangkok. À Chiang Mai, Pattaya ou Phuket, où les Français sont nombreux, chaque bureau provincial conserve ses propres règles. Certains, comme celui de Jomtien, pratiquent déjà la prise de numéro la veille par voie électronique.
signature|Avec les informations du Bureau de l'immigration de Bangkok
author-bio|Thomas Rivière
author-bio|Installé en Thaïlande depuis 2014, Thomas est le rédacteur en chef de l'édition de Bangkok. Il s'intéresse à l'économie, aux questions pratiques de l'expatriation et à la cuisine de rue.
author-link|Voir tous ses articles
comments|2 Commentaire(s)
comments|Jean-Marc D.
comments|27 janvier 2026 à 10:14
comments|Merci pour l'info, enfin ! La dernière fois j'ai attendu trois heures.
comments|Répondre
comments|Laisser un commentaire
comments|Votre commentaire sera publié après modération.
sponsored|Partenaire
sponsored|Transfert d'argent France–Thaïlande : comparez les frais avant d'envoyer
related|Sur le même sujet
related|Permis de travail : la liste des métiers interdits aux étrangers révisée
related|Retraités en Thaïlande : l'assurance santé obligatoire bientôt relevée ?
related|Bangkok : les meilleurs cafés pour télétravailler en 2026
jobs|Offres d'emploi
jobs|Chargé(e) de clientèle francophone – Agence de voyages, Silom
jobs|Professeur de FLE – école de langues, Ari
jobs|Voir toutes les offres
classifieds|Annuaire des professionnels francophones
event|Agenda
event|1er février – Galette des rois de l'Union des Français de l'étranger, Sukhumvit
promo|Trophées des Français de l'étranger 2026 : les candidatures sont ouvertes !
network|Découvrez nos autres éditions
network|Singapour · Hong Kong · Hô Chi Minh-Ville · Phnom Penh · Kuala Lumpur · Tokyo
footer|Qui sommes-nous ?
footer|L'équipe de Bangkok
footer|Annoncer sur lepetitmonde.com
footer|Devenir correspondant
footer|Contact
footer|Mentions légales
footer|Politique de confidentialité
footer|CGU
cookie|Gestion des cookies
copyright|© 2026 lepetitmonde.com – Tous droits réservés
"""),
 dict(id="isle-of-man-today-style-1", site="isle-of-man-today-style", lang="en", sep="\n", title="Ramsey hospital's minor injuries unit to open at weekends from April", date="2026-03-04", page="""
skip-link|Skip to main content
clock|Wednesday, 4 March 2026
weather|Douglas 8°C Light rain
account|Sign in
subscribe|Subscribe
subscribe|Subscribe from £1 for your first month
menu|Mann Today
menu|News
menu|Sport
menu|TT & Motorsport
menu|What's On
menu|Business
menu|Opinion
menu|Announcements
menu|Public Notices
menu|Jobs
menu|Property
menu|Puzzles
search|Search
countdown|TT 2026 starts in 88 days 🏍
breadcrumb|Home > News > Health
section-label|Health
h1|Ramsey hospital's minor injuries unit to open at weekends from April
lead|Patients in the north of the island will no longer face a trip to Noble's on Saturdays and Sundays for sprains, cuts and minor burns, Manx Care has confirmed.
byline|By Callum Kermode
byline|Reporter
dateline|Wednesday 4th March 2026 6:00 am
share|Share
share|Facebook
share|X
share|WhatsApp
share|Email
share|Copy link
comments|Comments (7)
caption|Ramsey and District Cottage Hospital, where the minor injuries unit will extend its opening hours (Image: Mann Today)
p|The minor injuries unit at Ramsey and District Cottage Hospital will open at weekends for the first time from April 11, after Manx Care said it had finally recruited enough staff to run a seven-day service.
p|The unit, which treats injuries such as sprains, simple fractures, cuts and minor burns, is currently open from 8am to 8pm on weekdays only.
p|From next month it will also open from 9am to 5pm on Saturdays and Sundays, a move campaigners in the north have been calling for since the service was cut back during the pandemic.
ad|Advertisement
p|Manx Care's chief operating officer, Ruth Quayle, said the change had been made possible by the arrival of three emergency nurse practitioners who began work in January.
p|She said: 'We know how frustrating it has been for people in Ramsey, Andreas and Jurby to have to drive to Douglas on a Saturday afternoon for something that could be dealt with in half an hour closer to home.
p|'Opening at weekends should also take some pressure off the emergency department at Noble's, which is the right place for serious illness and injury, but not for a twisted ankle.'
read-also|READ MORE: Noble's emergency department waits 'longest on record' in January
h2|'A long time coming'
p|Figures released to Tynwald last year showed the emergency department at Noble's saw more than 4,000 attendances on weekends between April and September that were later classed as minor injuries.
p|The Friends of Ramsey Cottage Hospital, which has collected more than 2,500 signatures on a petition for weekend opening, welcomed the announcement but said it wanted a guarantee that the extended hours would not be dropped if staff left.
p|Its chairman, Peter Corlett, said: 'It is good news and it has been a long time coming. But we have been here before, with hours introduced and then quietly reduced. We will be keeping a close eye on it.'
ad|Advertisement
p|Manx Care said the weekend service would be reviewed after six months. Patients are asked to call 111 if they are unsure where to go, and to use the emergency department only for serious conditions.
p|The unit does not treat children under one year old, head injuries with loss of consciousness or chest pain, which should be taken to Noble's.
newsletter|Get the latest Isle of Man news straight to your inbox
newsletter|Enter your email address
newsletter|Sign up
newsletter|By signing up you agree to our privacy notice. You can unsubscribe at any time.
comments|Join the conversation
comments|Comments are moderated. Please keep it civil.
comments|Log in to comment
comments|Sort by: Newest
comments|ManxLad74
comments|2 hours ago
comments|About time. Last summer I waited five hours at Noble's with a broken wrist.
comments|Reply · 12 👍
teaser-list|Top Stories
teaser-list|Steam Packet confirms Manxman dry-dock dates for autumn
teaser-list|3 hours ago
teaser-list|Laxey Wheel to reopen after £400,000 repairs
teaser-list|5 hours ago
teaser-list|Peel Sailing Club celebrates 90 years
teaser-list|Yesterday
most-read|Most Read
most-read|1 Firefighters tackle gorse blaze above Laxey
most-read|2 Douglas Promenade lane closures extended to June
teaser-list|3 Ramsey hospital's minor injuries unit to open at weekends from April
most-read|4 New chippy opens in Port Erin after 18-month wait
obituary|Announcements
obituary|Deaths · KINVIG, Margaret Ann, peacefully at home in Kirk Michael, aged 87
obituary|Place an announcement
notices|Public Notices
notices|Planning application 26/00213/B – Erection of a detached dwelling, Ballaugh
notices|View all notices
epaper|Read the Manx Chronicle digital edition
jobs|Jobs on the island
jobs|Staff Nurse – Manx Care
jobs|Warehouse Operative – Ballasalla
network|Our titles
network|Manx Chronicle · Island Courier · Manx Examiner · Mann Today Sport
footer|About us
footer|Contact us
footer|Advertise
footer|Terms and conditions
footer|Privacy notice
footer|Cookie settings
footer|Complaints
footer|Mann Today is published by Castletown Media Ltd, registered in the Isle of Man.
copyright|© 2026 Castletown Media Ltd. All rights reserved.
"""),
 dict(id="isle-of-man-today-style-2", site="isle-of-man-today-style", lang="en", sep="\n", title="Onchan man jailed after 100mph chase on the Mountain Road", date="2026-01-21", page="""
skip-link|Skip to main content
clock|Wednesday, 21 January 2026
weather|Douglas 5°C Strong wind
account|Sign in
subscribe|Subscribe
subscribe|Subscribe from £1 for your first month
menu|Mann Today
menu|News
menu|Sport
menu|TT & Motorsport
menu|What's On
menu|Business
menu|Opinion
menu|Announcements
menu|Public Notices
menu|Jobs
menu|Property
menu|Puzzles
search|Search
countdown|TT 2026 starts in 130 days 🏍
alert|Weather warning: Amber wind warning in force until 6pm. Check the Met Office Isle of Man website for updates.
breadcrumb|Home > News > Court
section-label|Court
h1|Onchan man jailed after 100mph chase on the Mountain Road
lead|A 27-year-old who led police on a high-speed pursuit over the Snaefell Mountain Road while more than twice the drink-drive limit has been jailed for ten months.
byline|By Hannah Clague
byline|Court Reporter
dateline|Wednesday 21st January 2026 1:30 pm
share|Share
share|Facebook
share|X
share|WhatsApp
share|Email
share|Copy link
comments|Comments (3)
caption|The case was dealt with at Douglas Courthouse (Image: Mann Today)
p|Liam James Christian, of Main Road, Onchan, pleaded guilty to dangerous driving, driving with excess alcohol and failing to stop for police when he appeared before Deemster Fiona Kelly at the Court of General Gaol Delivery.
p|He was also banned from driving for four years and must take an extended test before he can get his licence back.
p|Prosecuting advocate Mark Teare told the court that police first spotted Christian's black Audi A3 at around 11.40pm on October 18, travelling at speed along Governor's Road in Onchan.
p|Officers activated their blue lights, but the defendant accelerated away and headed towards the Bungalow, along the Mountain Road, where there is no speed limit outside the restricted areas.
ad|Advertisement
p|A police dashcam recording showed the car reaching speeds of more than 100mph in wet conditions and overtaking a van on a blind bend near the Verandah.
p|Christian eventually stopped in Ramsey, at the bottom of May Hill, after a second police car blocked the road.
p|A roadside breath test was positive and a later test at Ramsey police station gave a reading of 77 microgrammes of alcohol in 100 millilitres of breath. The legal limit is 35.
read-also|READ MORE: Drink-driving arrests rise over Christmas, police figures show
h2|'Could have killed somebody'
p|The court heard that the defendant had a previous conviction for careless driving in 2021.
p|Defence advocate Rebecca Gelling said her client had been drinking after receiving bad news about a family member and had 'panicked' when he saw the police lights.
p|She said he was 'deeply ashamed' and had since attended alcohol awareness sessions voluntarily, and that he would lose his job as a delivery driver.
ad|Advertisement
p|But Deemster Kelly said the offence was so serious that only an immediate custodial sentence could be justified.
p|She told him: 'You drove at grossly excessive speeds, at night, in the rain, on a road which is dangerous enough in daylight. It is only by good fortune that you did not kill yourself, the officers following you, or another road user.'
p|Christian was also ordered to pay £125 prosecution costs.
p|After the hearing, Inspector Gary Faragher of the Roads Policing Unit said the sentence should serve as a warning. 'The Mountain Road is not a racetrack outside TT and the Festival of Motorcycling. Every year we deal with drivers who think the lack of a speed limit means anything goes. It does not, and the courts will deal with them accordingly.'
tip|Got a story? Email news@manntoday.im or call 01624 695 000
newsletter|Get the latest Isle of Man news straight to your inbox
newsletter|Enter your email address
newsletter|Sign up
newsletter|By signing up you agree to our privacy notice. You can unsubscribe at any time.
comments|Join the conversation
comments|Comments are moderated. Please keep it civil.
comments|Log in to comment
teaser-list|More from Court
teaser-list|Woman fined for stealing from Douglas charity shop
teaser-list|Yesterday
teaser-list|Man admits assault outside Peel pub
teaser-list|2 days ago
teaser-list|Top Stories
teaser-list|Storm disrupts Steam Packet sailings for second day
teaser-list|1 hour ago
teaser-list|House of Keys to debate bus fares freeze
teaser-list|4 hours ago
most-read|Most Read
most-read|1 Storm disrupts Steam Packet sailings for second day
teaser-list|2 Onchan man jailed after 100mph chase on the Mountain Road
most-read|3 Douglas supermarket to close for two-week refit
most-read|4 Manx rugby player earns England under-20 call-up
obituary|Announcements
obituary|Deaths · QUIRK, Thomas William, suddenly at Noble's Hospital, aged 71
obituary|Place an announcement
notices|Public Notices
notices|Road closure – Ballanard Road, Douglas, 26 January to 6 February
notices|View all notices
epaper|Read the Manx Chronicle digital edition
network|Our titles
network|Manx Chronicle · Island Courier · Manx Examiner · Mann Today Sport
footer|About us
footer|Contact us
footer|Advertise
footer|Terms and conditions
footer|Privacy notice
footer|Cookie settings
footer|Complaints
footer|Mann Today is published by Castletown Media Ltd, registered in the Isle of Man.
copyright|© 2026 Castletown Media Ltd. All rights reserved.
"""),
 dict(id="st-helena-independent-style-1", site="st-helena-independent-style", lang="en", sep="\n", title="Fishermen say wharf steps repair 'cannot wait' as tuna season nears", date="2026-03-06", page="""
skip-link|Skip to content
clock|Friday, 6 March 2026
menu|The Saint Independent
menu|St Helena's independent weekly newspaper · Est. 2005
listen|🔴 Listen live: Saint Community Radio 105.1 FM
menu|Home · News · Sport · Editorial · Letters · Notices · Ascension · Tristan · Archive · Contact
pdf|This week's paper: download the 6 March 2026 edition (PDF, 8.4 MB)
ticker|£1 = ZAR 23.18
ticker|Next flight: Airlink from Johannesburg – Saturday 7 March, ETA 13:05
ticker|MV Helena: departs Cape Town 12 March
weather|Jamestown 24°C · Partly cloudy · Swell 1.8m
search|Search for:
breadcrumb|Home » News » Fishermen say wharf steps repair 'cannot wait' as tuna season nears
section-label|News
h1|Fishermen say wharf steps repair 'cannot wait' as tuna season nears
dateline|March 6, 2026
byline|By Ellen Thomas
share|Share this:
share|Facebook
share|WhatsApp
share|Email
share|Print
caption|The damaged landing steps at the Jamestown wharf, photographed on Tuesday at low tide
credit|Photo: Ellen Thomas
p|Local fishermen have urged the Government to bring forward repairs to the landing steps at the Jamestown wharf, warning that the damage left by last month's heavy swells is putting crews at risk every time they land a catch.
p|Two of the lower steps were broken away during the rollers of mid-February, and a section of the handrail was torn off. Since then, crews have been climbing onto the wharf over a gap of more than a metre at low tide, often carrying fish boxes.
p|"You are stepping from a moving boat onto wet concrete with nothing to hold on to," said one skipper, who has fished out of Jamestown for over twenty years. "When the yellowfin start coming in properly next month we will be landing two or three times a day. Somebody is going to get hurt."
p|The Fishermen's Co-operative wrote to the Portfolio for Infrastructure last week asking for the work to be carried out before the start of the main tuna season in April. The letter, seen by the Independent, says members are "losing confidence" that the repairs will be treated as urgent.
ad|ADVERTISEMENT
ad|Solomon's Hardware – New stock of marine paint and rope just landed from the Helena. Open Mon–Sat, 8am–4.30pm
h2|Government response
p|In a statement to the Independent on Wednesday, a spokesperson for the St Helena Government said an engineer had inspected the steps and that a repair method had been agreed.
p|The statement said the work would need a calm spell of several days and the delivery of specialist concrete, which is expected on the next voyage of the MV Helena. "We fully understand the concerns of the fishing community and the repairs are a priority," it said.
p|In the meantime, a temporary ladder and a new handrail are due to be fitted "within the next fortnight", and the Harbour Master has asked boats to use the Rupert's landing when the swell is above two metres.
p|Fishermen say Rupert's is not a practical alternative. It adds a long trip round the point, and fish has to be trucked back over the hill to the processing plant.
h2|Season outlook
p|The warning comes as hopes are high for a good season. Catches in 2025 were the best in five years, with more than 600 tonnes of tuna landed, most of it by pole and line, and the island's fishery has kept its international sustainability certification.
p|A member of the Co-operative committee said the fleet had invested heavily in new equipment over the winter. "We are ready to go. We just need a safe place to bring the fish ashore," he said.
p|Members of the public are reminded that the lower wharf steps are closed and should not be used for swimming access until further notice.
tags|Posted in News
tags|Tagged fishing, Jamestown, wharf
like|Like this:
like|Like Loading...
nav|← Previous Post: Half Tree Hollow residents asked to report water pressure problems
nav|Next Post: Saints squad named for Ascension football tour →
comments|Leave a Reply
comments|Your email address will not be published. Required fields are marked *
comments|Comment *
comments|Name *
comments|Email *
comments|Website
comments|Save my name, email, and website in this browser for the next time I comment.
comments|Post Comment
related|Recent Posts
related|Saints squad named for Ascension football tour
related|Half Tree Hollow residents asked to report water pressure problems
related|Editorial: A wharf fit for the future
related|Letters to the Editor – 6 March 2026
notices|Notices
notices|ROAD CLOSURE: Side Path will be closed to traffic from 9am to 3pm on Tuesday 10 March for resurfacing.
notices|Church services this Sunday: St James' 9.30am · Sacred Heart 10.30am · Baptist Chapel, Knollcombes 11am
archive|Archives
archive|March 2026
archive|February 2026
archive|January 2026
footer|The Saint Independent, Main Street, Jamestown, St Helena Island, STHL 1ZZ
footer|Tel: +290 22100 · Email: news@saintindependent.sh
footer|Advertise with us
copyright|© 2026 The Saint Independent
footer|Proudly powered by WordPress · Theme: ColorMag by ThemeGrill
"""),
 dict(id="st-helena-independent-style-2", site="st-helena-independent-style", lang="en", sep="\n", title="Horse Point landfill 'has four years left', Council hears", date="2026-02-13", page="""
skip-link|Skip to content
clock|Friday, 13 February 2026
menu|The Saint Independent
menu|St Helena's independent weekly newspaper · Est. 2005
listen|🔴 Listen live: Saint Community Radio 105.1 FM
menu|Home · News · Sport · Editorial · Letters · Notices · Ascension · Tristan · Archive · Contact
pdf|This week's paper: download the 13 February 2026 edition (PDF, 7.9 MB)
ticker|£1 = ZAR 23.41
ticker|Next flight: Airlink from Johannesburg – Saturday 14 February, ETA 13:05
ticker|MV Helena: in port, departs for Ascension 17 February
weather|Jamestown 26°C · Sunny · Swell 1.2m
search|Search for:
breadcrumb|Home » News » Horse Point landfill 'has four years left', Council hears
section-label|Legislative Council
h1|Horse Point landfill 'has four years left', Council hears
dateline|February 13, 2026
byline|Ellen Thomas, Reporter
share|Share this:
share|Facebook
share|WhatsApp
share|Email
share|Print
p|The island's only landfill site at Horse Point could be full by 2030 unless the amount of waste being buried is cut sharply, Legislative Council was told at its formal meeting on Tuesday.
p|Answering a question from an elected member for the Longwood constituency, the Minister for Environment and Natural Resources said current estimates gave the site "roughly four years" of remaining capacity at present rates of disposal.
p|That is around three years less than forecast in the last waste strategy, published in 2021. The Minister told the House that the increase in construction work, the growing number of visitors and the amount of packaging arriving on each ship had all added to the volume.
caption|Horse Point landfill, pictured from the Longwood road last year
credit|Photo: SHG Environment Portfolio
h2|Options on the table
p|The Minister said a revised waste plan would be brought to Council before the end of the financial year. Measures being looked at include:
li|a separate collection of garden and food waste for composting, starting in Jamestown and Half Tree Hollow;
li|a charge for disposing of builders' rubble, which would instead be crushed and reused in road repairs;
li|a deposit scheme for glass bottles and aluminium cans, which could be shipped off island in bulk;
li|a study of a possible extension of the site onto neighbouring Crown land.
p|"There is no single answer on a small island like ours," the Minister said. "We cannot send all our rubbish away and we do not want to be digging a new hole every ten years. Every household will have to play a part."
ad|ADVERTISEMENT
ad|Thorpe's Island Store – Fresh fruit and veg in store from Saturday's flight. Orders taken by phone
p|Several members raised concerns about cost. The member for Blue Hill asked whether a garden waste collection would mean higher charges for households already struggling with the price of food and fuel.
p|The Minister said no decision had been made on charges, but that the cost of doing nothing "would be far higher", pointing out that a new landfill cell would cost several million pounds and would need funding from the UK.
h2|Public meetings
p|Members also heard that the Environment Portfolio would hold public meetings in each district in March to explain the options and hear residents' views. Dates are to be announced on Saint Community Radio and in this newspaper.
p|Recycling on the island has increased in recent years, with cardboard baled and exported and scrap metal collected for shipment, but officials say most household waste still ends up at Horse Point.
p|The issue is expected to come back to Council when the 2026/27 budget is debated.
signature|Ellen Thomas
letters|Have your say. Write to the Editor at letters@saintindependent.sh. Letters must include your name and district.
tags|Posted in Legislative Council, News
tags|Tagged environment, Horse Point, LegCo, waste
like|Like this:
like|Like Loading...
nav|← Previous Post: Prince Andrew School pupils head to Cape Town for science fair
nav|Next Post: Editorial: Rubbish in, rubbish out →
comments|2 thoughts on "Horse Point landfill 'has four years left', Council hears"
comments|Sandy Yon
comments|February 13, 2026 at 7:42 pm
comments|We were told about composting years ago. Nothing happened. Let's see this time.
comments|Reply
comments|Leave a Reply
comments|Your email address will not be published. Required fields are marked *
comments|Post Comment
related|Recent Posts
related|Editorial: Rubbish in, rubbish out
related|Prince Andrew School pupils head to Cape Town for science fair
related|Darts league results – week 6
programme-guide|On Saint Community Radio tonight
programme-guide|6pm News and Notices · 7pm Friday Night Requests · 9pm Country Hour
notices|Notices
notices|VACANCY: St Helena Government seeks a Waste Management Officer. Closing date 27 February 2026.
notices|NOTICE: Water will be turned off in Upper Jamestown on Monday 16 February from 8am to noon.
archive|Archives
archive|February 2026
archive|January 2026
archive|December 2025
footer|The Saint Independent, Main Street, Jamestown, St Helena Island, STHL 1ZZ
footer|Tel: +290 22100 · Email: news@saintindependent.sh
footer|Advertise with us
copyright|© 2026 The Saint Independent
footer|Proudly powered by WordPress · Theme: ColorMag by ThemeGrill
"""),
]
