# Round 58: eight pages on four more layouts (a Catalan-region French daily of Perpignan, a Burundian independent
# news site, a Malaysian English-language daily, a US regional business weekly with a paywall), written blind:
# without looking at the classifier, its rules or the benchmark, measured once. Each line: "label|text".
# Invented text; no real article is copied.
ROUND58 = [
 dict(id="l-independant-style-1", site="l-independant-style", lang="fr", sep="\n", title="Perpignan : la ligne de bus 4 prolongée jusqu'au pôle médical de Saint-Charles dès le 6 avril", date="2026-03-17", page="""
skip-link|Aller au contenu principal
cookie|Vos choix concernant l'utilisation de cookies
cookie|Avec votre accord, nous et nos 214 partenaires utilisons des cookies ou technologies similaires pour stocker et accéder à des informations personnelles comme votre visite sur ce site. Vous pouvez retirer votre consentement ou vous opposer aux traitements basés sur l'intérêt légitime à tout moment en cliquant sur « En savoir plus » ou dans notre politique de confidentialité sur ce site.
cookie|Accepter & Fermer
cookie|Continuer sans accepter
cookie|En savoir plus →
menu|Le Courrier du Roussillon
subscribe|S'abonner 1€ le premier mois
menu|Se connecter
menu|Menu
menu|Perpignan
menu|Pyrénées-Orientales
menu|Aude
menu|Sports
menu|USAP
menu|Dragons Catalans
menu|Faits divers
menu|Loisirs
menu|Avis de décès
menu|Journal numérique
weather|Perpignan 17° Tramontane 45 km/h
breadcrumb|Accueil › Pyrénées-Orientales › Perpignan
section-label|Transports
h1|Perpignan : la ligne de bus 4 prolongée jusqu'au pôle médical de Saint-Charles dès le 6 avril
lead|La communauté urbaine a validé lundi soir l'allongement de la ligne 4 du réseau Sankéo. Six nouveaux arrêts desserviront la zone de Saint-Charles, où les patients se plaignaient de devoir finir à pied.
subscriber|Abonnés
byline|Jordi Py
dateline|Publié le 17/03/2026 à 06:15
share|Partager
share|Copier le lien
save|Ajouter à mes favoris
listen|Écouter cet article
listen|Propulsé par ETX Studio
listen|00:00/03:12
caption|Le terminus actuel de la ligne 4, avenue de Prades, sera déplacé de deux kilomètres vers le nord.
credit|Photo CDR – Michel Fabre
p|C'était une demande répétée des habitants comme des soignants. À partir du lundi 6 avril, la ligne 4 du réseau de bus de Perpignan ne s'arrêtera plus avenue de Prades mais poursuivra sa route jusqu'au pôle médical de Saint-Charles, au nord de la ville.
p|Le conseil communautaire de Perpignan Méditerranée Métropole a voté la modification à l'unanimité lundi soir. Coût de l'opération : 410 000 euros par an, pris en charge pour moitié par la Région au titre de la desserte des zones d'activités.
h2|Six arrêts supplémentaires
p|Le prolongement ajoute 2,3 kilomètres au parcours et six arrêts, dont deux devant les cliniques et un devant le centre de radiologie. Les bus circuleront toutes les vingt minutes en semaine, de 6 h 30 à 20 h 30, et toutes les quarante minutes le samedi.
ad|Publicité
ad|Contenus sponsorisés
p|« Jusqu'ici, les patients descendaient au terminus et marchaient vingt-cinq minutes le long de la route, sans trottoir par endroits. Pour une personne âgée ou quelqu'un qui sort d'une consultation, ce n'était pas possible », explique une infirmière du pôle, qui a fait signer une pétition l'an dernier.
read-also|À lire aussi : Perpignan : le stationnement gratuit le samedi matin prolongé jusqu'à l'été
p|La pétition avait recueilli un peu plus de 2 300 signatures. Le vice-président chargé des mobilités reconnaît qu'elle a « accéléré les choses », tout en rappelant que l'étude de desserte avait été lancée dès 2024.
h2|Des horaires revus sur toute la ligne
p|Pour tenir la fréquence sans acheter de nouveaux véhicules, l'exploitant va légèrement modifier les horaires sur l'ensemble de la ligne. Les fiches horaires actualisées seront disponibles dans les agences et sur l'application à partir du 30 mars.
p|Les usagers de la section historique, entre la gare et Saint-Assiscle, perdront un passage le dimanche matin. Un point que regrettent certaines associations de quartier.
p|La métropole assure qu'un premier bilan de fréquentation sera présenté avant l'été, et que le cadencement pourra être renforcé si la demande le justifie.
tags|Perpignan
tags|Transports
tags|Bus
follow|Suivez-nous sur Google Actualités
comments|Voir les commentaires (4)
newsletter|L'essentiel du Roussillon
newsletter|Chaque matin, recevez l'actualité des Pyrénées-Orientales dans votre boîte mail.
newsletter|Votre adresse e-mail
newsletter|Je m'inscris
newsletter|En vous inscrivant, vous acceptez nos conditions générales d'utilisation et notre politique de confidentialité.
most-read|Les plus lus
most-read|1
most-read|Argelès-sur-Mer : une baleine échouée sur la plage du Racou, les secours sur place
most-read|2
most-read|Canet-en-Roussillon : le chantier du front de mer prend trois mois de retard
most-read|3
most-read|USAP : le XV de départ face à Toulon avec deux retours majeurs
obituary|Avis de décès
obituary|Consultez les avis de décès des Pyrénées-Orientales et de l'Aude
obituary|Publier un avis
teaser-list|Dans la même rubrique
teaser-list|Perpignan : la piscine Arlette-Franco fermée une semaine pour vidange
teaser-list|Il y a 2 h
teaser-list|Cabestany : un nouveau rond-point pour désengorger l'entrée de la zone commerciale
teaser-list|Il y a 5 h
services|Services
services|Horoscope
services|Jeux
services|Météo
services|Annonces légales
services|Immobilier
app|Téléchargez l'application Le Courrier du Roussillon
app|Disponible sur Google Play
app|Télécharger dans l'App Store
footer|Le Courrier du Roussillon
footer|Qui sommes-nous ?
footer|Nous contacter
footer|Publicité
footer|Mentions légales
footer|CGU
footer|Gestion des cookies
footer|Accessibilité : non conforme
copyright|© Le Courrier du Roussillon 2026 — Tous droits réservés
"""),
 dict(id="l-independant-style-2", site="l-independant-style", lang="fr", sep="\n", title="Céret : les cerisiers en avance de dix jours, les producteurs redoutent un coup de gel", date="2026-03-24", page="""
skip-link|Aller au contenu principal
cookie|Vos choix concernant l'utilisation de cookies
cookie|Avec votre accord, nous et nos 214 partenaires utilisons des cookies ou technologies similaires pour stocker et accéder à des informations personnelles comme votre visite sur ce site. Vous pouvez retirer votre consentement ou vous opposer aux traitements basés sur l'intérêt légitime à tout moment en cliquant sur « En savoir plus » ou dans notre politique de confidentialité sur ce site.
cookie|Accepter & Fermer
cookie|Continuer sans accepter
cookie|En savoir plus →
menu|Le Courrier du Roussillon
subscribe|S'abonner 1€ le premier mois
menu|Se connecter
menu|Menu
menu|Perpignan
menu|Pyrénées-Orientales
menu|Aude
menu|Sports
menu|USAP
menu|Dragons Catalans
menu|Faits divers
menu|Loisirs
menu|Avis de décès
menu|Journal numérique
weather|Perpignan 21° Marin 20 km/h
breadcrumb|Accueil › Pyrénées-Orientales › Céret
section-label|Agriculture
h1|Céret : les cerisiers en avance de dix jours, les producteurs redoutent un coup de gel
lead|Avec un mois de mars très doux, les vergers du Vallespir sont déjà en pleine floraison. Une nuit à -2 °C suffirait à compromettre une bonne partie de la récolte.
subscriber|Abonnés
byline|Laure Batlle
dateline|Publié le 24/03/2026 à 17:40, mis à jour le 24/03/2026 à 18:05
share|Partager
share|Copier le lien
save|Ajouter à mes favoris
listen|Écouter cet article
listen|Propulsé par ETX Studio
listen|00:00/02:48
caption|Les vergers de la route de Maureillas étaient couverts de fleurs blanches ce mardi.
credit|Photo CDR – L. B.
p|Sur les coteaux qui dominent Céret, le blanc a tout recouvert. Les cerisiers sont en fleurs depuis la mi-mars, soit une bonne dizaine de jours plus tôt que la moyenne des vingt dernières années.
p|« C'est magnifique à regarder, mais on ne dort pas tranquille », résume un arboriculteur installé à Saint-Jean-Pla-de-Corts, qui exploite neuf hectares. « Tant qu'on n'a pas passé la mi-avril, tout peut basculer en une nuit. »
h2|La nuit, les yeux sur le thermomètre
p|Au stade de la fleur ouverte, une température de -2 °C pendant une heure détruit une partie des pistils. Or les prévisionnistes n'excluent pas un retour d'air froid en fin de semaine prochaine, avec des gelées possibles en fond de vallée.
ad|Publicité
ad|Contenus sponsorisés
p|Les producteurs se sont organisés : certains ont installé des bougies antigel entre les rangs, d'autres des tours à vent louées à la saison. Une poignée seulement dispose d'un système d'aspersion, coûteux en eau à une période où les nappes du département restent très basses.
read-also|À lire aussi : Sécheresse : les restrictions d'eau maintenues dans les Pyrénées-Orientales jusqu'à fin avril
p|La chambre d'agriculture a mis en place un bulletin d'alerte envoyé par SMS aux exploitants dès que les sondes installées dans les vergers passent sous 1 °C.
h2|Une fête de la cerise maintenue
p|Malgré l'incertitude, la municipalité maintient les dates de la fête de la cerise, fin mai. Le syndicat des producteurs rappelle que les premières variétés précoces pourraient arriver sur les étals dès la deuxième semaine de mai si le temps reste clément.
p|L'an dernier, un épisode de grêle début mai avait fait perdre environ un tiers de la production du Vallespir.
tags|Céret
tags|Agriculture
tags|Météo
follow|Suivez-nous sur Google Actualités
comments|Voir les commentaires (1)
newsletter|L'essentiel du Roussillon
newsletter|Chaque matin, recevez l'actualité des Pyrénées-Orientales dans votre boîte mail.
newsletter|Votre adresse e-mail
newsletter|Je m'inscris
newsletter|En vous inscrivant, vous acceptez nos conditions générales d'utilisation et notre politique de confidentialité.
most-read|Les plus lus
most-read|1
most-read|Perpignan : un incendie dans un immeuble du quartier Saint-Matthieu, douze personnes évacuées
most-read|2
most-read|Dragons Catalans : la compo face à Wigan dévoilée
most-read|3
most-read|Prades : le marché du mardi déplacé pendant les travaux de la place
obituary|Avis de décès
obituary|Consultez les avis de décès des Pyrénées-Orientales et de l'Aude
obituary|Publier un avis
teaser-list|Dans la même rubrique
teaser-list|Rivesaltes : les vignerons coopérateurs votent la fusion de deux caves
teaser-list|Il y a 1 h
teaser-list|Elne : le marché aux plants de printemps revient le 5 avril
teaser-list|Il y a 4 h
services|Services
services|Horoscope
services|Jeux
services|Météo
services|Annonces légales
services|Immobilier
app|Téléchargez l'application Le Courrier du Roussillon
app|Disponible sur Google Play
app|Télécharger dans l'App Store
footer|Le Courrier du Roussillon
footer|Qui sommes-nous ?
footer|Nous contacter
footer|Publicité
footer|Mentions légales
footer|CGU
footer|Gestion des cookies
footer|Accessibilité : non conforme
copyright|© Le Courrier du Roussillon 2026 — Tous droits réservés
"""),
 dict(id="burundi-iwacu-style-1", site="burundi-iwacu-style", lang="fr", sep="\n\n", title="Gitega : les commerçants du marché central dénoncent la hausse des taxes communales", date="2026-02-09", page="""
lang-switch|Kirundi
lang-switch|Français
lang-switch|English
menu|Ijwi Ryacu – Les voix du Burundi
menu|Journal indépendant d'information
donate|Soutenez le journalisme indépendant — Faire un don
menu|Accueil
menu|Politique
menu|Économie
menu|Société
menu|Sécurité
menu|Justice
menu|Santé
menu|Environnement
menu|Sport
menu|Culture
menu|Opinions
menu|Les Disparus
menu|Web TV
search|Rechercher
breaking|DERNIÈRE MINUTE : Pénurie de carburant : les files d'attente réapparaissent devant les stations de Bujumbura
section-label|Économie
h1|Gitega : les commerçants du marché central dénoncent la hausse des taxes communales
byline|Par Fabrice Niyonzima
dateline|09/02/2026
comments|3 commentaires
share|Partager sur Facebook
share|Partager sur X
share|WhatsApp
font|A-  A+
lead|Depuis le 1er février, la taxe journalière prélevée sur les étals du marché central de Gitega est passée de 500 à 1 000 BIF. Les vendeurs parlent d'une mesure « prise sans concertation » ; l'administration communale invoque l'entretien des infrastructures.
caption|Une vendeuse de haricots au marché central de Gitega, lundi 9 février. ©Ijwi Ryacu
p|Lundi matin, plusieurs dizaines de commerçantes ont refusé de payer la nouvelle taxe au percepteur qui passait entre les rangées. « On nous demande le double alors que les clients n'ont plus d'argent. Un sac de haricots ne se vend plus comme avant », lance une vendeuse installée au marché depuis douze ans.
p|Dans le pavillon des vivres, les prix ont fortement augmenté depuis la fin de l'année. Le kilo de riz local dépasse désormais 5 000 BIF, et le manioc sec se fait rare. Les vendeurs disent avoir du mal à répercuter une charge supplémentaire sur des clients déjà à bout.
h2|« Nous n'avons pas été consultés »
p|Le représentant d'une association de commerçants affirme que la décision a été affichée à l'entrée du marché sans réunion préalable. « Nous ne refusons pas de contribuer. Mais qu'on nous explique à quoi servira cet argent. Les toilettes sont fermées depuis six mois et le toit fuit dans le pavillon B. »
p|Certains vendeurs ambulants, qui ne disposent pas d'étal fixe, disent payer désormais deux fois par jour, le matin et l'après-midi, selon le percepteur qui passe.
h2|La commune défend une mesure « nécessaire »
p|Joint par téléphone, un conseiller technique de l'administrateur communal justifie la hausse par les travaux prévus cette année : réfection des toitures, réouverture des sanitaires et installation d'un éclairage pour les vendeuses qui restent après 18 heures.
p|« Le tarif n'avait pas bougé depuis 2019. Les recettes actuelles ne couvrent même pas le salaire des agents de propreté », explique-t-il, promettant une réunion avec les représentants des commerçants « dans les prochains jours ».
p|En attendant, certaines vendeuses ont choisi de s'installer aux abords du marché, sur le trottoir, pour échapper à la taxe. Une solution qui les expose aux saisies de la police municipale.
tags|Mots-clés : Gitega, Marché, Taxes, Commerce
donate|Ijwi Ryacu a besoin de vous. Depuis sa création, Ijwi Ryacu fait le choix d'une information indépendante. Aidez-nous à continuer. Soutenez-nous
related|Articles similaires
related|Bujumbura : le prix du sucre flambe, les boulangers réduisent la taille du pain
related|Kirundo : les agriculteurs attendent toujours les engrais promis
related|Ngozi : le marché de Kinyami bientôt reconstruit ?
comments|3 réactions
comments|Kabura
comments|09/02/2026 à 14:22
comments|Toujours la même chose. On augmente les taxes mais on ne voit jamais les travaux.
comments|Répondre
comments|Observateur
comments|09/02/2026 à 16:05
comments|La commune a raison sur un point : 500 francs en 2019 ce n'est plus 500 francs aujourd'hui.
comments|Répondre
comments|Laisser un commentaire
comments|Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *
comments|Commentaire *
comments|Nom *
comments|E-mail *
comments|Publier le commentaire
most-read|Les plus lus
most-read|Pénurie de carburant : les files d'attente réapparaissent devant les stations de Bujumbura
most-read|Justice : le procès des anciens cadres de la régie des eaux renvoyé à mars
most-read|Football : le Vital'O bat Aigle Noir et reprend la tête du championnat
epaper|Le journal papier — Ijwi Ryacu n°872 — Abonnez-vous à l'édition numérique
footer|À propos
footer|L'équipe
footer|Contact
footer|Publicité
footer|Charte éditoriale
footer|Rohero I, Avenue de la Plage, Bujumbura – Burundi
copyright|© 2026 Ijwi Ryacu. Tous droits réservés.
"""),
 dict(id="burundi-iwacu-style-2", site="burundi-iwacu-style", lang="fr", sep="\n\n", title="Santé : à Cibitoke, une campagne de dépistage du diabète attire des centaines de personnes", date="2026-02-14", page="""
lang-switch|Kirundi
lang-switch|Français
lang-switch|English
menu|Ijwi Ryacu – Les voix du Burundi
menu|Journal indépendant d'information
donate|Soutenez le journalisme indépendant — Faire un don
menu|Accueil
menu|Politique
menu|Économie
menu|Société
menu|Sécurité
menu|Justice
menu|Santé
menu|Environnement
menu|Sport
menu|Culture
menu|Opinions
menu|Les Disparus
menu|Web TV
search|Rechercher
breaking|DERNIÈRE MINUTE : Examen d'État : les résultats attendus avant la fin du mois, selon le ministère
section-label|Santé
h1|Santé : à Cibitoke, une campagne de dépistage du diabète attire des centaines de personnes
byline|Par Diane Irakoze
dateline|14/02/2026
comments|0 commentaire
share|Partager sur Facebook
share|Partager sur X
share|WhatsApp
font|A-  A+
lead|Pendant trois jours, l'hôpital de district de Cibitoke a proposé des tests gratuits de glycémie et de tension artérielle. Plus de 1 400 personnes se sont présentées, dont beaucoup n'avaient jamais été dépistées.
caption|File d'attente devant l'hôpital de Cibitoke, jeudi 12 février. ©Ijwi Ryacu
p|Dès six heures du matin, une longue file s'était formée devant le portail de l'hôpital. Des cultivateurs venus des collines de Rugombo et de Buganda, des enseignants, des mères avec leurs enfants sur le dos : tous voulaient « connaître leur sucre ».
p|La campagne, organisée par la direction provinciale de la santé avec une association de patients diabétiques, a permis de tester 1 437 personnes en trois jours. Selon le médecin-chef du district, 96 d'entre elles présentaient une glycémie élevée et ont été orientées vers une consultation.
h2|Une maladie longtemps ignorée
p|« Beaucoup pensent que le diabète est une maladie de gens riches en ville. Ce n'est plus vrai », explique une infirmière qui coordonnait les tests. Elle cite l'évolution de l'alimentation, plus sucrée, et le manque d'activité physique chez les plus âgés.
p|Parmi les personnes dépistées, un homme de 52 ans raconte qu'il souffrait de soif et de fatigue depuis des mois. « Je croyais que c'était le paludisme. On m'a dit de revenir lundi pour un deuxième test. »
h2|Le prix de l'insuline inquiète
p|Le dépistage n'est qu'une première étape. Le traitement reste hors de portée pour de nombreux ménages. Les associations rapportent :
li|des ruptures régulières d'insuline dans les pharmacies publiques de la province ;
li|un coût mensuel du traitement oral qui dépasse souvent 40 000 BIF ;
li|l'absence de bandelettes de contrôle dans la plupart des centres de santé.
p|Le directeur provincial de la santé assure qu'une commande d'insuline est en cours auprès de la centrale d'achat et que deux centres de santé seront équipés de glucomètres d'ici juin.
p|L'association des patients souhaite que l'opération soit renouvelée chaque année et étendue aux communes de Mabayi et Bukinanyana.
tags|Mots-clés : Cibitoke, Diabète, Santé publique
donate|Ijwi Ryacu a besoin de vous. Depuis sa création, Ijwi Ryacu fait le choix d'une information indépendante. Aidez-nous à continuer. Soutenez-nous
related|Articles similaires
related|Muyinga : le paludisme en hausse après les fortes pluies
related|Hôpitaux publics : les médecins spécialistes se font rares
related|Bujumbura : l'hôpital Prince Régent reçoit un nouveau scanner
comments|Laisser un commentaire
comments|Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *
comments|Commentaire *
comments|Nom *
comments|E-mail *
comments|Publier le commentaire
most-read|Les plus lus
most-read|Examen d'État : les résultats attendus avant la fin du mois, selon le ministère
most-read|Gitega : les commerçants du marché central dénoncent la hausse des taxes communales
most-read|Rumonge : un bateau de pêche porté disparu sur le lac Tanganyika
epaper|Le journal papier — Ijwi Ryacu n°873 — Abonnez-vous à l'édition numérique
footer|À propos
footer|L'équipe
footer|Contact
footer|Publicité
footer|Charte éditoriale
footer|Rohero I, Avenue de la Plage, Bujumbura – Burundi
copyright|© 2026 Ijwi Ryacu. Tous droits réservés.
"""),
 dict(id="malaysia-star-style-1", site="malaysia-star-style", lang="en", sep="\n", title="Penang ferry service to add two new vessels by August, says state exco", date="2026-03-11", page="""
menu|The Peninsula Sun
menu|Subscribe
menu|Log In
menu|Home
menu|News
menu|Nation
menu|World
menu|Business
menu|Sport
menu|Metro
menu|Lifestyle
menu|Food
menu|Tech
menu|Education
menu|Opinion
menu|Videos
menu|ePaper
ticker|FBM KLCI 1,612.35 +4.12 (+0.26%)
ticker|USD/MYR 4.4215
ticker|Brent 78.40
section-label|Nation
h1|Penang ferry service to add two new vessels by August, says state exco
byline|By ALDRIN TEOH
section-label|Nation
dateline|Wednesday, 11 Mar 2026
dateline|7:42 PM MYT
listen|Listen to this article
listen|0:00 / 2:55
alt-text|Penang ferry
caption|Passengers disembarking from one of the Penang ferries at the Raja Tun Uda terminal in George Town. — Filepic/The Peninsula Sun
p|GEORGE TOWN: The cross-channel ferry service between Penang island and Butterworth will receive two new vessels by August, easing long waits during peak hours.
p|State infrastructure and transport committee chairman Datuk Lim Kean Seng said the vessels, each able to carry 200 passengers and 40 motorcycles, were undergoing final sea trials at a shipyard in Lumut.
p|"Once they arrive, we will be able to run four boats at the same time during the morning and evening peaks, compared with two or three today," he told reporters after visiting the Sultan Abdul Halim terminal on Wednesday (March 11).
ad|ADVERTISEMENT
p|He said the current fleet of fast ferries had struggled with breakdowns since they were introduced, with at least one vessel out of service for maintenance in most weeks last year.
read-also|ALSO READ: Bayan Lepas LRT: Land acquisition for depot to be completed by June
p|Daily ridership has recovered to about 11,000 passengers, he added, most of them workers commuting from Seberang Perai to jobs on the island.
p|Motorcyclists, who make up a large share of users, had complained about long queues at the Butterworth terminal, where some waited up to 45 minutes on Monday mornings.
p|He said the state would also upgrade the waiting area at Butterworth with more seating and fans, with works scheduled to start after Hari Raya Aidilfitri.
p|Asked about fares, he said there were no plans to change the current RM2 fare for adults, which is collected only on the Butterworth-bound trip.
tags|Tags / Keywords:
tags|Penang
tags|ferry
tags|Transport
tags|Butterworth
report|Found a mistake in this article?
report|Report it to us.
report|Thank you for your report!
whatsapp|Stay up-to-date with the latest news. Follow The Peninsula Sun on WhatsApp Channel
related|Next In Nation
related|Man drowns while fishing at Kuala Selangor river mouth
related|Nation
related|21m ago
related|MACC remands two enforcement officers over bribery claims
related|Nation
related|1h ago
related|Heavy rain expected in five states until Friday, says MetMalaysia
related|Nation
related|2h ago
teaser-list|Trending in News
teaser-list|1
teaser-list|Ringgit opens higher against US dollar
teaser-list|2
teaser-list|Two students hurt after school canopy collapses in Kulim
teaser-list|3
teaser-list|SST review: Finance Ministry to engage traders next week
teaser-list|Others Also Read
teaser-list|Ipoh hawker turns old bus into roadside char koay teow stall
teaser-list|Klang Valley water cuts: Supply fully restored in 80% of areas
paywall|Unlock premium news Starting from RM9.90
paywall|Subscribe now
app|Download The Peninsula Sun app
app|Get it on Google Play
app|Download on the App Store
footer|Corporate
footer|About Us
footer|Advertise With Us
footer|Privacy Policy
footer|Terms of Use
footer|Contact Us
footer|Best viewed on Chrome browsers.
copyright|Copyright © 1995-2026 Peninsula Sun Media Berhad [199101004321 (212345-K)]
"""),
 dict(id="malaysia-star-style-2", site="malaysia-star-style", lang="en", sep="\n", title="Durian prices expected to drop as early harvest floods Raub and Bentong markets", date="2026-05-28", page="""
menu|The Peninsula Sun
menu|Subscribe
menu|Log In
menu|Home
menu|News
menu|Nation
menu|World
menu|Business
menu|Sport
menu|Metro
menu|Lifestyle
menu|Food
menu|Tech
menu|Education
menu|Opinion
menu|Videos
menu|ePaper
ticker|FBM KLCI 1,598.02 -2.77 (-0.17%)
ticker|USD/MYR 4.4380
ticker|Brent 80.15
section-label|Metro
h1|Durian prices expected to drop as early harvest floods Raub and Bentong markets
byline|By NUR SYAZWANI ROSLI
section-label|Metro
dateline|Thursday, 28 May 2026
dateline|9:15 AM MYT
listen|Listen to this article
listen|0:00 / 3:20
alt-text|durian stall Raub
caption|A trader arranging Musang King durians at his roadside stall in Raub. Prices have already fallen by about 15% since early May. — GLENN GUAN/The Peninsula Sun
p|RAUB: Durian lovers may soon have something to cheer about as an early and heavy harvest in Pahang is pushing prices down at orchards and roadside stalls.
p|Growers in Raub and Bentong say the fruit began dropping about three weeks ahead of the usual season, helped by a long dry spell in February followed by steady rain.
p|Musang King, the most sought-after variety, was selling for between RM38 and RM45 per kg at orchard gates this week, down from RM55 at the start of the month.
ad|ADVERTISEMENT
p|"We have more fruit than we can send out. The lorries to Kuala Lumpur and Singapore are full every night," said an orchard owner in Sungai Ruan, who has been growing durians for 20 years.
h2|Exporters cautious
p|Exporters, however, say the lower prices do not necessarily mean bigger profits, as shipments of frozen durian to China are limited by processing capacity and cold-storage space.
p|A Bentong-based exporter said his plant was running two shifts but could handle only about eight tonnes a day.
read-also|ALSO READ: Pahang farmers urged to register orchards to qualify for export certification
p|Traders expect prices to fall further in the first two weeks of June, when the main harvest in Johor and Perak also begins.
p|Consumers in the Klang Valley have already seen cheaper kampung durians, with some stalls in Kepong and Cheras selling at RM10 per kg.
p|The state agriculture department has reminded buyers to check that sellers display price per kg clearly, following complaints last year about stalls charging by the fruit without stating weight.
tags|Tags / Keywords:
tags|durian
tags|Pahang
tags|agriculture
tags|Musang King
report|Found a mistake in this article?
report|Report it to us.
report|Thank you for your report!
whatsapp|Stay up-to-date with the latest news. Follow The Peninsula Sun on WhatsApp Channel
related|Next In Metro
related|Penang night market traders relocated for road works
related|Metro
related|35m ago
related|Shah Alam council to fine owners of abandoned cars
related|Metro
related|3h ago
teaser-list|Trending in News
teaser-list|1
teaser-list|Heavy traffic expected on North-South Expressway ahead of long weekend
teaser-list|2
teaser-list|Ringgit slips in early trade on firmer US dollar
teaser-list|3
teaser-list|Durian prices expected to drop as early harvest floods Raub and Bentong markets
teaser-list|Others Also Read
teaser-list|Five must-try nasi kandar spots in George Town
teaser-list|Kuantan beach clean-up collects 2 tonnes of rubbish
paywall|Unlock premium news Starting from RM9.90
paywall|Subscribe now
app|Download The Peninsula Sun app
app|Get it on Google Play
app|Download on the App Store
footer|Corporate
footer|About Us
footer|Advertise With Us
footer|Privacy Policy
footer|Terms of Use
footer|Contact Us
footer|Best viewed on Chrome browsers.
copyright|Copyright © 1995-2026 Peninsula Sun Media Berhad [199101004321 (212345-K)]
"""),
 dict(id="us-business-journal-style-1", site="us-business-journal-style", lang="en", sep="\n\n", title="Regional grocer Harvest Lane to open 1,200-worker distribution center in Kernersville", date="2026-03-04", page="""
skip-link|Skip to page content
menu|Piedmont Business Journal
menu|Industries & Topics
menu|News
menu|Lists & Leads
menu|People
menu|Company Search
menu|Events
menu|Leadership Circle
menu|Store
menu|Subscribe
menu|Sign In
section-label|Retailing & Restaurants
subscriber|Subscriber-Only Article Preview | For exclusive use of our subscribers
h1|Regional grocer Harvest Lane to open 1,200-worker distribution center in Kernersville
lead|The $310 million project, approved for state incentives on Tuesday, will be the company's first warehouse outside Virginia.
caption|A rendering of the planned Harvest Lane distribution center off Business 40 in Kernersville.
credit|Harvest Lane Markets
byline|By Dana Whitfield – Senior Reporter, Piedmont Business Journal
dateline|Mar 4, 2026
dateline|Updated Mar 4, 2026 2:31pm EST
listen|Listen to this article 5 min
share|Share
save|Save Article
print|Print
gift|Gift Article
section-label|Story Highlights
li|Harvest Lane plans a $310 million distribution center in Kernersville.
li|The project is expected to create 1,200 jobs with an average wage of $54,800.
li|The state approved up to $9.4 million in job development grants.
disclaimer|These highlights were created with the help of AI and reviewed by our editors.
p|Harvest Lane Markets, the Richmond-based grocery chain that has been expanding south into the Carolinas, will build a 900,000-square-foot distribution center in Kernersville, bringing 1,200 jobs to the Triad.
p|The state's Economic Investment Committee on Tuesday approved a job development investment grant worth up to $9.4 million over 12 years, contingent on the company meeting hiring and investment targets.
p|The jobs will pay an average of $54,800 a year, above the Forsyth County average wage, according to the state Department of Commerce.
ad|Advertisement
p|"The Triad gives us a day's drive to every store we plan to open in the Carolinas through 2030," Harvest Lane CEO Martin Alvarez said in a statement. "And the workforce here knows logistics."
h2|Site and timeline
p|The company has an option on about 110 acres off Business 40 near the Forsyth-Guilford county line, property that has been marketed for industrial use for more than a decade. Construction is expected to begin this summer, with the facility opening in late 2027.
p|Harvest Lane operates 86 stores, mostly in Virginia and Maryland. It opened its first two North Carolina stores in Raleigh last year and has said it plans as many as 40 in the state.
newsletter|Sign up for our free Morning Edition newsletter to get the top Triad business stories in your inbox every weekday.
newsletter|Sign Up
p|The Kernersville site beat out locations near Greenville, South Carolina, and Rocky Mount, according to state documents. Kernersville's town council and the Forsyth County commissioners are also expected to consider local incentives later this month.
p|Local economic developers said the project is the largest jobs announcement in Forsyth County since 2022.
signature|Reporter Ben Castillo contributed to this report.
related|Related Content
related|Triad industrial vacancy climbs as new warehouses come online
related|Grocery wars: Why regional chains are betting on North Carolina
most-read|Most Read
most-read|1. Greensboro hotel sells for $41M to Atlanta investor
most-read|2. Winston-Salem bank to cut 140 jobs in restructuring
most-read|3. Regional grocer Harvest Lane to open 1,200-worker distribution center in Kernersville
most-read|4. Burlington startup lands $12M Series A
event|Upcoming Events
event|Women in Business Awards 2026
event|Apr 16, 2026 · Greensboro Coliseum Complex
event|Get Tickets
event|40 Under 40 — Nominations close March 27
event|Nominate
lists|Book of Lists
lists|Largest Commercial General Contractors in the Triad
lists|Get the full list, plus download the data. Subscribe
sponsored|Sponsored Content
sponsored|Presented by Carolina Trust Partners: Five succession questions every family business owner should ask now
footer|Contact Us
footer|Newsroom
footer|Advertise
footer|Help & FAQs
footer|Marketing Solutions
footer|Site Map
footer|Subscribe
footer|Reprints & Permissions
copyright|© 2026 Crescent Street Media, Inc. All rights reserved. Use of and/or registration on any portion of this site constitutes acceptance of our User Agreement (updated April 2025) and Privacy Policy (updated January 2026). The material on this site may not be reproduced, distributed, transmitted, cached or otherwise used, except with the prior written permission of Crescent Street Media.
footer|Your Privacy Choices (Opt Out of Sale/Targeted Ads)
footer|Ad Choices
"""),
 dict(id="us-business-journal-style-2", site="us-business-journal-style", lang="en", sep="\n\n", title="Why Triad hospitals are paying nurses to teach instead of quitting", date="2026-04-15", page="""
skip-link|Skip to page content
menu|Piedmont Business Journal
menu|Industries & Topics
menu|News
menu|Lists & Leads
menu|People
menu|Company Search
menu|Events
menu|Leadership Circle
menu|Store
menu|Subscribe
menu|Sign In
section-label|Health Care
subscriber|Subscriber-Only Article Preview | For exclusive use of our subscribers
h1|Why Triad hospitals are paying nurses to teach instead of quitting
lead|Faced with a shortage of nursing faculty, two health systems are putting experienced nurses on the payroll of local colleges — and keeping them on their own.
caption|Nurse educator Tamika Graves works with students in a simulation lab at a community college in Greensboro.
credit|Jess Morandi | Piedmont Business Journal
byline|By Priya Raman – Health Care Reporter, Piedmont Business Journal
dateline|Apr 15, 2026
listen|Listen to this article 6 min
share|Share
save|Save Article
print|Print
gift|Gift Article
p|For years, hospital executives in the Triad have said the same thing: they can't hire enough nurses because local schools can't train enough of them. And the schools say they can't train more because they can't hire instructors.
p|Two of the region's health systems are now trying to break that loop by paying some of their most experienced nurses to spend part of their week teaching.
p|Under a program that started in January, 34 nurses split their time between hospital shifts and clinical instruction at three community colleges and one university. The hospitals cover their full salaries and benefits; the schools get instructors at no cost.
h2|Closing a pay gap
p|The sticking point has long been money. A nurse with a master's degree can earn $20,000 to $30,000 more at the bedside than in a full-time faculty job, according to figures from the state's nursing workforce center.
p|"We were losing people to burnout at the bedside and losing them again when they looked at teaching salaries," said the chief nursing officer of one of the systems. "This lets them do both without taking a pay cut."
paywall|This article is for subscribers only.
paywall|Get full access to the Piedmont Business Journal.
paywall|Subscribe now for $1 a week for 12 weeks
paywall|Already a subscriber? Sign In
paywall|Or, call us: 1-800-555-0178
related|Related Content
related|Nursing school applications rise, but seats stay flat
related|Health system posts first operating profit since 2021
most-read|Most Read
most-read|1. Downtown Winston-Salem tower gets new owner
most-read|2. Harvest Lane picks builder for Kernersville warehouse
most-read|3. Why Triad hospitals are paying nurses to teach instead of quitting
most-read|4. High Point furniture market expects record attendance
event|Upcoming Events
event|Health Care Heroes 2026
event|May 21, 2026 · Grandover Resort, Greensboro
event|Get Tickets
lists|Book of Lists
lists|Largest Hospitals in the Triad
lists|Get the full list, plus download the data. Subscribe
sponsored|Sponsored Content
sponsored|Presented by Blue Ridge Benefit Advisors: What rising health premiums mean for your 2027 budget
footer|Contact Us
footer|Newsroom
footer|Advertise
footer|Help & FAQs
footer|Marketing Solutions
footer|Site Map
footer|Subscribe
footer|Reprints & Permissions
copyright|© 2026 Crescent Street Media, Inc. All rights reserved. Use of and/or registration on any portion of this site constitutes acceptance of our User Agreement (updated April 2025) and Privacy Policy (updated January 2026). The material on this site may not be reproduced, distributed, transmitted, cached or otherwise used, except with the prior written permission of Crescent Street Media.
footer|Your Privacy Choices (Opt Out of Sale/Targeted Ads)
footer|Ad Choices
"""),
]
