# Round 32: eight pages on four more layouts (a Gabonese news portal, a Welsh national news site, a Breton regional
# daily, a Trinidad and Tobago daily), written blind: without looking at the classifier, its rules or the benchmark,
# measured once. Each line: "label|text". Invented text; no real article is copied.
ROUND32 = [
 dict(id="gabon-actu-1", site="gabon-actu", lang="fr", sep="\n", title="Libreville : la mairie lance le ramassage nocturne des ordures dans le 4e arrondissement", date="2026-03-10", page="""
timestamp|mardi 10 mars 2026
social|Facebook  X  YouTube  Instagram  TikTok
login|Connexion
menu|GABONÉVEIL.com
menu|L’info du Gabon, en temps réel
menu|Accueil
menu|Politique
menu|Société
menu|Économie
menu|Environnement
menu|Sport
menu|Culture
menu|Provinces
menu|International
menu|Vidéos
ticker|À LA UNE  Conseil des ministres : les principales nominations ● Franceville : la route Moanda–Bakoumba bientôt bitumée ● Championnat national : le FC 105 reprend la tête
ad|Publicité
ad|BGFIBank – Votre banque mobile, 24h/24. Téléchargez BGFI Mobile
breadcrumb|Accueil » Société » Libreville : la mairie lance le ramassage nocturne…
section-label|Société
h1|Libreville : la mairie lance le ramassage nocturne des ordures dans le 4e arrondissement
empty-label|Par
byline|Stevie Moussavou Nzé
dateline|10 mars 2026
comments|0 commentaire
views|1 243 vues
listen|Écouter l’article
listen|00:00 / 04:12
share|Partager sur Facebook
share|Partager sur X
share|WhatsApp
share|Telegram
share|Copier le lien
caption|Un camion de collecte dans le quartier Nzeng-Ayong, lundi soir.
credit|© GabonÉveil
p|Les habitants de Nzeng-Ayong, de Lalala et de Beau-Séjour ont vu passer, dans la nuit de lundi à mardi, les premiers camions de collecte nocturne mis en service par la mairie de Libreville. Le dispositif concerne pour l’instant le seul 4e arrondissement, l’un des plus peuplés de la capitale.
p|Selon les services municipaux, six camions-bennes et une quarantaine d’agents circuleront désormais entre 21 heures et 4 heures du matin, du dimanche au jeudi. L’objectif est d’éviter les embouteillages qui, en journée, bloquaient les véhicules de ramassage pendant des heures sur les grands axes.
read-also|Lire aussi : Owendo : un nouveau centre de tri des déchets attendu d’ici la fin de l’année
p|« Un camion qui met trois heures à traverser le carrefour Rio ne ramasse rien. La nuit, il peut faire trois rotations », explique un responsable de la direction de l’hygiène et de la salubrité, qui a requis l’anonymat.
h2|Des points de regroupement identifiés
p|Pour faciliter le travail des équipes, vingt-deux points de regroupement ont été matérialisés par des panneaux dans les quartiers concernés. Les riverains sont invités à y déposer leurs sacs à partir de 19 heures, et non plus en bordure de route à toute heure.
p|La mairie rappelle également les règles suivantes :
li|les déchets doivent être placés dans des sacs fermés ;
li|les gravats et les encombrants ne sont pas collectés par ce circuit ;
li|tout dépôt sauvage dans les caniveaux est passible d’une amende.
p|Sur place, l’accueil est plutôt favorable. « Depuis des semaines, le tas d’ordures devant le marché sentait jusqu’à la maison. Si ça passe tous les soirs, on ne va pas se plaindre du bruit », confie Mireille, commerçante à Lalala.
p|D’autres habitants restent sceptiques. Plusieurs opérations de salubrité ont été lancées ces dernières années avant de s’essouffler faute de carburant ou de pièces détachées pour les camions.
ad|Publicité
ad|Airtel Money : envoyez de l’argent sans frais vers tous les réseaux. *150#
h2|Une extension prévue à d’autres arrondissements
p|La municipalité indique qu’un bilan sera dressé au bout de trois mois. En cas de résultats concluants, la collecte nocturne pourrait être étendue aux 1er et 6e arrondissements avant la saison des pluies de septembre.
tags|Mots-clés : Libreville  Mairie  Salubrité  Déchets  Nzeng-Ayong
share|Partager cet article :
share|Facebook  X  WhatsApp  E-mail
related|Articles similaires
related|Akanda : les riverains de la Sablière réclament des ralentisseurs
related|7 mars 2026
related|Libreville : le marché de Mont-Bouët bientôt reconstruit ?
related|2 mars 2026
related|Salubrité : la SOVOG rachète 30 nouveaux camions
related|24 février 2026
comments|Laisser un commentaire
comments|Annuler la réponse
comments|Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *
comments|Commentaire *
comments|Nom *
comments|E-mail *
comments|Enregistrer mon nom, mon e-mail et mon site dans le navigateur pour mon prochain commentaire.
comments|Publier le commentaire
most-read|LES PLUS LUS
most-read|1
most-read|Bac 2026 : le calendrier des épreuves enfin connu
most-read|2
most-read|Carburant : pénurie de gasoil dans plusieurs stations de Libreville
most-read|3
most-read|Panthères : le sélectionneur dévoile sa liste pour mars
most-read|4
most-read|SEEG : nouvelles coupures programmées à Owendo cette semaine
newsletter|NEWSLETTER
newsletter|Recevez chaque matin l’essentiel de l’actualité gabonaise.
newsletter|Votre adresse e-mail
newsletter|Je m’abonne
whatsapp|Rejoignez notre chaîne WhatsApp pour ne rien manquer
footer|GabonÉveil.com – Journal en ligne d’information générale, édité par Éveil Médias SARL, Libreville, BP 4 410.
footer|Qui sommes-nous ?  Contact  Publicité  Mentions légales  Politique de confidentialité
copyright|© 2026 GabonÉveil.com – Tous droits réservés. Reproduction interdite sans autorisation.
back-to-top|Haut de page
"""),
 dict(id="gabon-actu-2", site="gabon-actu", lang="fr", sep="\n", title="Port-Gentil : les pêcheurs artisanaux dénoncent la flambée du prix de l’essence-mélange", date="2026-05-22", page="""
timestamp|vendredi 22 mai 2026
social|Facebook  X  YouTube  Instagram  TikTok
login|Connexion
menu|GABONÉVEIL.com
menu|L’info du Gabon, en temps réel
menu|Accueil
menu|Politique
menu|Société
menu|Économie
menu|Environnement
menu|Sport
menu|Culture
menu|Provinces
menu|International
menu|Vidéos
ticker|À LA UNE  Bac 2026 : plus de 38 000 candidats attendus ● Lambaréné : l’hôpital Schweitzer reçoit un nouveau scanner ● CAN U20 : les Panthèrons en demi-finale
ad|Publicité
ad|Gabon Télécom – Fibre à la maison, jusqu’à 100 Mb/s. Éligibilité en agence
breadcrumb|Accueil » Provinces » Port-Gentil : les pêcheurs artisanaux dénoncent…
section-label|Provinces
h1|Port-Gentil : les pêcheurs artisanaux dénoncent la flambée du prix de l’essence-mélange
empty-label|Par
byline|Raïssa Ondo Mba, correspondante à Port-Gentil
dateline|22 mai 2026
comments|3 commentaires
views|2 087 vues
listen|Écouter l’article
listen|00:00 / 03:38
share|Partager sur Facebook
share|Partager sur X
share|WhatsApp
share|Telegram
share|Copier le lien
caption|Des pirogues à quai au débarcadère du Grand-Village, jeudi matin.
credit|© Raïssa Ondo Mba / GabonÉveil
lead|Le prix du litre de mélange essence-huile utilisé par les moteurs hors-bord a augmenté de près de 40 % en un mois. Une partie des pêcheurs a cessé de sortir en mer.
p|Au débarcadère du Grand-Village, jeudi matin, une trentaine de pirogues étaient tirées sur le sable à l’heure où elles devraient normalement rentrer chargées de bars, de capitaines et de mulets. Leurs propriétaires affirment ne plus pouvoir payer le carburant.
p|Le litre d’essence-mélange, vendu au détail par des revendeurs installés près du port, est passé en quelques semaines de 850 à 1 200 francs CFA. Une sortie de pêche d’une journée nécessite en moyenne une quarantaine de litres.
p|« Avant, on faisait nos dépenses et il restait quelque chose pour la famille. Aujourd’hui, si la pêche est mauvaise, on rentre avec des dettes », résume Jean-Baptiste, pêcheur depuis vingt ans.
read-also|À lire aussi : Pêche : le Gabon renforce la surveillance de ses eaux territoriales
h2|Les revendeurs pointent l’approvisionnement
p|Du côté des revendeurs, on explique la hausse par les difficultés d’approvisionnement auprès des stations-service de la ville, régulièrement à court d’essence depuis le début du mois. Une partie du carburant serait désormais achetée plus cher dans les villages de l’intérieur.
p|Les conséquences se font déjà sentir sur les étals du marché du Grand-Village, où le kilo de poisson frais a lui aussi augmenté. Plusieurs ménagères interrogées disent se rabattre sur le poisson fumé ou congelé.
ad|Publicité
ad|Airtel Money : envoyez de l’argent sans frais vers tous les réseaux. *150#
h2|Une rencontre demandée au gouverneur
p|L’association des pêcheurs artisanaux de l’Ogooué-Maritime a adressé mercredi un courrier au gouverneur de la province. Elle y demande notamment :
li|la mise en place d’un point de vente de carburant subventionné au débarcadère ;
li|un contrôle des prix pratiqués par les revendeurs ;
li|l’accélération de la distribution des moteurs promise en 2025.
p|Contactée par notre rédaction, la direction provinciale des Pêches indique que le dossier est « suivi » et qu’une réunion avec les représentants des pêcheurs devrait se tenir la semaine prochaine.
tags|Mots-clés : Port-Gentil  Pêche artisanale  Carburant  Ogooué-Maritime
share|Partager cet article :
share|Facebook  X  WhatsApp  E-mail
related|Articles similaires
related|Port-Gentil : la rue de la Balise enfin réhabilitée
related|18 mai 2026
related|Omboué : la route coupée par les pluies
related|11 mai 2026
related|Gamba : les jeunes formés aux métiers du pétrole
related|5 mai 2026
comments|3 commentaires sur « Port-Gentil : les pêcheurs artisanaux dénoncent la flambée du prix de l’essence-mélange »
comments|Ndong E.
comments|22 mai 2026 à 10 h 14 min
comments|Même à Libreville le poisson est devenu un luxe. Il faut que l’État agisse.
comments|Répondre
comments|Patrick M.
comments|22 mai 2026 à 11 h 02 min
comments|Le problème c’est les revendeurs qui stockent pour faire monter les prix.
comments|Répondre
comments|Laisser un commentaire
comments|Annuler la réponse
comments|Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *
comments|Commentaire *
comments|Nom *
comments|E-mail *
comments|Publier le commentaire
most-read|LES PLUS LUS
most-read|1
most-read|Bac 2026 : plus de 38 000 candidats attendus
most-read|2
most-read|SEEG : les délestages reprennent à Akanda
most-read|3
teaser-list|Port-Gentil : les pêcheurs artisanaux dénoncent la flambée du prix de l’essence-mélange
most-read|4
most-read|Football : le stade de Nzeng-Ayong rouvre ses portes
newsletter|NEWSLETTER
newsletter|Recevez chaque matin l’essentiel de l’actualité gabonaise.
newsletter|Votre adresse e-mail
newsletter|Je m’abonne
whatsapp|Rejoignez notre chaîne WhatsApp pour ne rien manquer
footer|GabonÉveil.com – Journal en ligne d’information générale, édité par Éveil Médias SARL, Libreville, BP 4 410.
footer|Qui sommes-nous ?  Contact  Publicité  Mentions légales  Politique de confidentialité
copyright|© 2026 GabonÉveil.com – Tous droits réservés. Reproduction interdite sans autorisation.
back-to-top|Haut de page
"""),
 dict(id="welsh-nation-style-1", site="welsh-nation-style", lang="en", sep="\n\n", title="Waiting lists for hip and knee operations fall for sixth month in a row", date="2026-02-19", page="""
skip-link|Skip to content
lang-switch|Cymraeg
menu|Dispatch Cymru
menu|Wales’ independent news service
donate|Support us
login|Sign in
menu|News
menu|Politics
menu|Health
menu|Education
menu|Culture
menu|Sport
menu|Opinion
menu|Cymraeg
search|Search
donate|Dispatch Cymru is a not-for-profit news site. Become a supporter from just £3 a month and help keep Welsh news free for everyone.
donate|Donate
section-label|Health
h1|Waiting lists for hip and knee operations fall for sixth month in a row
lead|Health boards say extra weekend theatre sessions are finally cutting the backlog, but more than 20,000 people are still waiting over a year
byline|Gwen Pritchard
byline|Health Correspondent
dateline|19 Feb 2026
reading-time|4 min read
share|Share this:
share|Facebook
share|X
share|Bluesky
share|WhatsApp
share|Email
caption|An operating theatre at a hospital in south Wales. Picture: Dispatch Cymru
p|The number of people in Wales waiting for hip and knee replacements has fallen for the sixth consecutive month, according to the latest NHS performance figures.
p|Data published on Thursday show that 31,480 patients were on orthopaedic waiting lists at the end of December, down from a peak of more than 36,000 last summer.
p|Health boards attribute the improvement largely to additional weekend operating lists and to the opening of a dedicated orthopaedic unit at Llandudno Hospital, which treats patients from across north Wales.
h2|Long waits remain
p|Despite the progress, more than 20,000 people have been waiting longer than a year for treatment, and around 4,100 for more than two years.
p|Retired postman Dilwyn Hughes, 71, from Pwllheli, said he had been told in 2023 that he needed a new knee. “They’ve been very kind on the phone, but I still don’t have a date,” he said. “Some days I can’t get to the end of the garden.”
donate|Dispatch Cymru relies on its readers. If you value independent reporting from every corner of Wales, please consider a monthly donation. Support us today
p|The Royal College of Surgeons in Wales welcomed the figures but warned that the gains could be reversed if hospitals came under winter pressure again.
p|“Every bed that is taken by a patient who is well enough to go home is a bed we cannot use for planned surgery,” said a spokesperson for the college.
h2|Government response
p|The Welsh Government said it had invested an additional £50 million this financial year to reduce the longest waits and that it expected the number of two-year waits to keep falling in the spring.
p|Opposition parties in the Senedd described the improvement as welcome but “painfully slow”, pointing out that equivalent waits in England remain shorter.
signature|Additional reporting by Owain Lloyd.
newsletter|Sign up to the Dispatch Cymru Daily
newsletter|The top stories from across Wales, in your inbox every weekday morning.
newsletter|Email address
newsletter|Subscribe
tags|Topics: Health  NHS Wales  Waiting lists  Senedd
share|Share this:
share|Facebook
share|X
share|Bluesky
share|WhatsApp
share|Email
related|More from Health
related|Ambulance handover delays at Morriston worst in Wales, figures show
related|18 Feb 2026
related|GP surgery in Blaenau Ffestiniog to close its doors in April
related|16 Feb 2026
related|New mental health crisis line for young people launched
related|12 Feb 2026
comments|Our Comments Policy
comments|We want our comments to be a lively and valuable part of our community - a place where readers can debate and engage with the most important local issues. Please stay on topic and be respectful.
comments|Show Comments (23)
donate|Support independent Welsh journalism
donate|We are a small team and we do not have a billionaire owner. Every contribution, big or small, helps us report on the issues that matter to Wales.
donate|£3 per month  £5 per month  £10 per month  Other amount
donate|Support Dispatch Cymru
footer|About us
footer|Our team
footer|Write for us
footer|Contact
footer|Advertise
footer|Complaints
footer|Privacy policy
footer|Dispatch Cymru is published by Dispatch Cymru Community Interest Company, registered in Wales, company number 12345670.
footer|We are members of IMPRESS, the independent press regulator.
copyright|© 2026 Dispatch Cymru. All rights reserved.
cookie|We value your privacy
cookie|We and our partners use cookies to personalise content and ads, to provide social media features and to analyse our traffic. You can change your choices at any time via Privacy settings at the foot of the page.
cookie|Accept all
cookie|Reject all
cookie|Manage options
"""),
 dict(id="welsh-nation-style-2", site="welsh-nation-style", lang="en", sep="\n\n", title="Record number of adults sign up for Welsh lessons as ‘Cwtch’ courses prove a hit", date="2026-09-07", page="""
skip-link|Skip to content
lang-switch|Cymraeg
menu|Dispatch Cymru
menu|Wales’ independent news service
donate|Support us
login|Sign in
menu|News
menu|Politics
menu|Health
menu|Education
menu|Culture
menu|Sport
menu|Opinion
menu|Cymraeg
search|Search
donate|Dispatch Cymru is a not-for-profit news site. Become a supporter from just £3 a month and help keep Welsh news free for everyone.
donate|Donate
section-label|Culture
h1|Record number of adults sign up for Welsh lessons as ‘Cwtch’ courses prove a hit
lead|Short weekend courses aimed at parents and grandparents have helped push enrolments past 20,000 for the first time
byline|Huw Rhys Evans
byline|Local Democracy Reporting Service
dateline|07 Sep 2026
reading-time|3 min read
share|Share this:
share|Facebook
share|X
share|Bluesky
share|WhatsApp
share|Email
lang-switch|Darllenwch yr erthygl hon yn Gymraeg
caption|Learners at a weekend course in Aberystwyth. Picture: Supplied
p|More adults are learning Welsh than at any time since records began, according to new figures from the national body that organises lessons for adult learners.
p|A total of 20,340 people enrolled on a course during the last academic year, an increase of 11 per cent on the year before. The biggest rise was in Cardiff, Newport and Wrexham, areas where fewer than one in five residents speak the language.
p|Organisers credit much of the growth to a new format of short, informal weekend courses nicknamed “Cwtch” classes, designed for parents and grandparents who want to use a little Welsh with children at home.
h2|‘I wanted to read them a bedtime story’
p|Sarah Jenkins, 34, from Caerphilly, joined a course last autumn after her daughter started at a Welsh-medium primary school.
p|“I didn’t want her to come home and have a whole part of her life I couldn’t share,” she said. “Now I can read her a bedtime story in Welsh, even if she corrects my pronunciation.”
h2|How the courses work
li|Two-day weekend sessions held in libraries, community centres and rugby clubs
li|Free for parents of children in Welsh-medium education
li|Follow-up online sessions every fortnight
li|Tutors trained to teach beginners with no previous knowledge
p|Staff shortages remain a concern, however. The organisation says it still needs around 60 more tutors, particularly in north-east Wales, where some evening classes have waiting lists.
p|The figures will be discussed by Senedd members later this month as part of a review of progress towards the target of a million Welsh speakers by 2050.
funding-note|The Local Democracy Reporting Service is funded by the BBC and covers councils and public bodies across the UK.
newsletter|Sign up to the Dispatch Cymru Daily
newsletter|The top stories from across Wales, in your inbox every weekday morning.
newsletter|Email address
newsletter|Subscribe
tags|Topics: Welsh language  Education  Cymraeg 2050
share|Share this:
share|Facebook
share|X
share|Bluesky
share|WhatsApp
share|Email
related|More from Culture
related|National Eisteddfod reports record visitor numbers in Wrexham
related|4 Sep 2026
related|Cardiff’s oldest independent cinema saved by community share offer
related|1 Sep 2026
related|Poet from Bethesda wins the Crown for debut collection
related|28 Aug 2026
comments|Our Comments Policy
comments|We want our comments to be a lively and valuable part of our community - a place where readers can debate and engage with the most important local issues. Please stay on topic and be respectful.
comments|Show Comments (41)
donate|Support independent Welsh journalism
donate|We are a small team and we do not have a billionaire owner. Every contribution, big or small, helps us report on the issues that matter to Wales.
donate|£3 per month  £5 per month  £10 per month  Other amount
donate|Support Dispatch Cymru
footer|About us
footer|Our team
footer|Write for us
footer|Contact
footer|Advertise
footer|Complaints
footer|Privacy policy
footer|Dispatch Cymru is published by Dispatch Cymru Community Interest Company, registered in Wales, company number 12345670.
footer|We are members of IMPRESS, the independent press regulator.
copyright|© 2026 Dispatch Cymru. All rights reserved.
cookie|We value your privacy
cookie|We and our partners use cookies to personalise content and ads, to provide social media features and to analyse our traffic. You can change your choices at any time via Privacy settings at the foot of the page.
cookie|Accept all
cookie|Reject all
cookie|Manage options
"""),
 dict(id="le-telegramme-style-1", site="le-telegramme-style", lang="fr", sep="\n\n", title="Douarnenez : une saison de sardine hors norme pour les bolincheurs", date="2026-10-14", page="""
skip-link|Aller au contenu
skip-link|Aller au menu
menu|L’Écho d’Armor
paywall|S’abonner
paywall|1 € le premier mois
login|Se connecter
epaper|Le journal du jour
city|Choisir ma ville
menu|Actualité
menu|Bretagne
menu|Finistère
menu|Morbihan
menu|Côtes-d’Armor
menu|Ille-et-Vilaine
menu|Sports
menu|Loisirs
menu|Avis de décès
menu|Annonces
weather|Douarnenez 14° Averses éparses
tides|Marées à Douarnenez : PM 06h51 (coef. 92) – BM 13h02
breadcrumb|Accueil  >  Bretagne  >  Douarnenez
section-label|Douarnenez
h1|Douarnenez : une saison de sardine hors norme pour les bolincheurs
lead|Depuis juin, les sept bolincheurs du port ont débarqué plus de 9 000 tonnes de sardines, un niveau inédit depuis quinze ans. Une embellie qui profite aussi à la criée et aux conserveries.
dateline|Publié le 14 octobre 2026 à 18h05, modifié le 14 octobre 2026 à 19h12
byline|Yann Le Goff
listen|Écouter cet article
listen|3 min
save|Ajouter à mes favoris
share|Offrir l’article
share|Partager
caption|Débarquement de sardines sur le quai de la criée de Douarnenez, mardi à l’aube.
credit|(Photo L’Écho d’Armor/Yann Le Goff)
p|Il est un peu plus de 5 h, mardi, quand le Men Glaz accoste au quai de la criée. Dans la cale, près de 40 tonnes de sardines, pêchées quelques heures plus tôt à l’entrée de la baie. Sur le quai, les caisses s’empilent à un rythme qui fait sourire les dockers.
p|« On n’a pas vu ça depuis longtemps. Certaines nuits, on a dû s’arrêter parce que les usines ne pouvaient plus suivre », raconte Erwan, patron pêcheur, trente ans de métier.
h2|Des prix qui tiennent
p|Selon la criée, les sept bolincheurs douarnenistes ont débarqué plus de 9 000 tonnes depuis l’ouverture de la saison, contre un peu plus de 6 000 l’an dernier à la même période. Et contrairement aux années d’abondance précédentes, les prix n’ont pas chuté : le kilo se négocie toujours autour de 1,10 €.
read-also|À lire sur le sujet Pêche : la criée de Douarnenez investit dans une nouvelle salle des ventes
p|Les conserveries de la ville, qui emploient plusieurs centaines de personnes en saison, tournent à plein régime. L’une d’elles a même recruté une quarantaine de saisonniers supplémentaires pour septembre et octobre.
ad|Publicité
p|Les scientifiques restent toutefois prudents. La taille moyenne des poissons continue de diminuer, un phénomène observé dans tout le golfe de Gascogne et dont les causes, liées notamment au réchauffement de l’eau, font encore débat.
h2|La saison pourrait durer jusqu’en novembre
p|Tant que la météo le permet, les bateaux devraient continuer à sortir jusqu’à la mi-novembre. « Il suffit d’un gros coup de vent pour que le poisson parte au large », tempère un mareyeur.
p|Ce samedi, la ville fêtera d’ailleurs ses pêcheurs à l’occasion de la traditionnelle fête de la sardine, sur le port du Rosmeur, à partir de 11 h.
comments|Les commentaires sont réservés aux abonnés.
comments|Voir les commentaires (8)
share|Offrir l’article
share|Partager
related|Sur le même sujet
related|Concarneau : un nouveau chalutier baptisé au port
related|Le Guilvinec : la criée bat un record de fréquentation cet été
related|Pêche : les quotas de bar allégés en 2027 ?
most-read|Les plus lus à Douarnenez
most-read|Douarnenez : le Port-Musée prolonge son exposition sur les Penn Sardin
most-read|Un automobiliste contrôlé à 150 km/h sur la voie express à Kerlaz
most-read|Plomarc’h : le sentier côtier fermé après un éboulement
obituary|Avis de décès à Douarnenez
obituary|Marie-Thérèse Le Bris née Kervarec, Douarnenez, 91 ans
obituary|Jean-Yves Pennec, Pouldergat, 78 ans
obituary|Anne Cornic, Douarnenez, 86 ans
obituary|Voir tous les avis de décès
classifieds|Annonces immobilières
classifieds|Maison 5 pièces – Douarnenez – 235 000 €
classifieds|Appartement T3 vue mer – Tréboul – 189 000 €
classifieds|Voir toutes les annonces
app|Téléchargez l’application L’Écho d’Armor et recevez les alertes de votre commune
app|Disponible sur l’App Store  Disponible sur Google Play
footer|L’Écho d’Armor
footer|Qui sommes-nous ?  Nous contacter  Annoncer dans le journal  Publier un avis de décès  Nos offres d’abonnement
footer|Mentions légales  CGU  Politique de confidentialité  Gérer mes cookies  Accessibilité : non conforme
copyright|© L’Écho d’Armor 2026 – Tous droits de reproduction réservés.
"""),
 dict(id="le-telegramme-style-2", site="le-telegramme-style", lang="fr", sep="\n\n", title="Morlaix : la ligne de car vers Roscoff renforcée pour les lycéens dès la rentrée", date="2026-08-28", page="""
skip-link|Aller au contenu
skip-link|Aller au menu
menu|L’Écho d’Armor
paywall|S’abonner
paywall|1 € le premier mois
login|Se connecter
epaper|Le journal du jour
city|Choisir ma ville
menu|Actualité
menu|Bretagne
menu|Finistère
menu|Morbihan
menu|Côtes-d’Armor
menu|Ille-et-Vilaine
menu|Sports
menu|Loisirs
menu|Avis de décès
menu|Annonces
weather|Morlaix 19° Éclaircies
tides|Marées à Roscoff : PM 10h24 (coef. 74) – BM 16h37
breadcrumb|Accueil  >  Bretagne  >  Morlaix
section-label|Morlaix
h1|Morlaix : la ligne de car vers Roscoff renforcée pour les lycéens dès la rentrée
paywall|Article réservé aux abonnés
lead|Quatre allers-retours supplémentaires seront proposés le matin et en fin d’après-midi sur la ligne reliant Morlaix à Roscoff, après une année marquée par des cars bondés.
dateline|Publié le 28 août 2026 à 17h30
byline|Nolwenn Kerbrat
listen|Écouter cet article
listen|2 min
save|Ajouter à mes favoris
share|Offrir l’article
share|Partager
caption|Aux heures de pointe, l’an dernier, des lycéens devaient parfois voyager debout jusqu’à Saint-Pol-de-Léon.
credit|(Photo d’archives L’Écho d’Armor)
p|C’était l’une des principales revendications des parents d’élèves du Haut-Léon. À partir du lundi 1er septembre, la ligne de car entre Morlaix et Roscoff, via Taulé et Saint-Pol-de-Léon, comptera quatre allers-retours supplémentaires en semaine.
p|L’an dernier, de nombreux lycéens se plaignaient de cars complets au départ de Morlaix, obligeant certains à attendre le service suivant et à arriver en retard en cours. Une pétition avait réuni plus de 1 200 signatures au printemps.
h2|Ce qui change à la rentrée
li|Deux départs supplémentaires de Morlaix, à 7 h 05 et 7 h 40 ;
li|deux retours supplémentaires depuis Roscoff, à 17 h 15 et 18 h 10 ;
li|des cars de 63 places au lieu de 55 sur les horaires les plus chargés.
read-also|À lire sur le sujet Transports scolaires : la Région revoit ses tarifs pour 2026-2027
p|Le coût de ce renfort, estimé à 180 000 € par an, est pris en charge par la Région, qui organise les transports scolaires et interurbains en Bretagne. Le tarif de l’abonnement annuel reste inchangé.
p|« Nous avons entendu les familles. Les comptages réalisés en mars montraient que certains cars dépassaient régulièrement leur capacité assise », indique le service des transports de la Région.
ad|Publicité
p|Du côté des parents, on salue une avancée, tout en restant vigilant. « On attendra de voir les premières semaines. Le vrai test, ce sera les jours de pluie en novembre », prévient la présidente d’une association de parents d’élèves de Saint-Pol-de-Léon.
p|Les nouveaux horaires sont consultables en gare routière de Morlaix et sur le site de la Région.
comments|Les commentaires sont réservés aux abonnés.
comments|Voir les commentaires (3)
share|Offrir l’article
share|Partager
related|Sur le même sujet
related|Morlaix : le viaduc illuminé tout l’été, un succès
related|Saint-Pol-de-Léon : la nouvelle cantine du collège enfin prête
related|Landivisiau : le TER de 7 h 12 supprimé pendant deux semaines
most-read|Les plus lus à Morlaix
most-read|Morlaix : un incendie dans un immeuble de la rue Basse, six personnes relogées
most-read|Plougasnou : le marché nocturne attire des milliers de visiteurs
most-read|Carantec : la baignade de nouveau autorisée à la plage du Kélenn
obituary|Avis de décès à Morlaix
obituary|Yvonne Le Roux née Guéguen, Morlaix, 94 ans
obituary|René Madec, Plourin-lès-Morlaix, 81 ans
obituary|Voir tous les avis de décès
classifieds|Annonces immobilières
classifieds|Longère à rénover – Taulé – 148 000 €
classifieds|Maison 4 pièces avec jardin – Morlaix – 199 000 €
classifieds|Voir toutes les annonces
app|Téléchargez l’application L’Écho d’Armor et recevez les alertes de votre commune
app|Disponible sur l’App Store  Disponible sur Google Play
footer|L’Écho d’Armor
footer|Qui sommes-nous ?  Nous contacter  Annoncer dans le journal  Publier un avis de décès  Nos offres d’abonnement
footer|Mentions légales  CGU  Politique de confidentialité  Gérer mes cookies  Accessibilité : non conforme
copyright|© L’Écho d’Armor 2026 – Tous droits de reproduction réservés.
"""),
 dict(id="trinidad-guardian-style-1", site="trinidad-guardian-style", lang="en", sep="\n", title="Motorists warned of delays as Churchill-Roosevelt Highway resurfacing begins", date="2026-09-08", page="""
timestamp|Tuesday 8th September, 2026
weather|Port of Spain 31°C  Partly cloudy
epaper|ePaper
paywall|Subscribe
login|Log In
menu|THE SENTINEL
menu|Trinidad & Tobago’s Newspaper of Record
menu|Home
menu|News
menu|Business
menu|Sport
menu|Entertainment
menu|Features
menu|Opinion
menu|Tobago
menu|Classifieds
menu|Obituaries
search|Search
breaking|BREAKING: Heavy rainfall warning issued for Trinidad until 6 pm
ad|Advertisement
ad|FIRST CITIZENS – Your dream home starts here. Mortgages from 5.25%*
section-label|News
h1|Motorists warned of delays as Churchill-Roosevelt Highway resurfacing begins
byline|Kristen Mahabir
byline|Senior Reporter
byline|kristen.mahabir@sentinel.co.tt
dateline|Published: Tuesday 8th September, 2026 - 05:30 AM
share|Share on Facebook
share|Share on X
share|Share on WhatsApp
share|Email
font|A-  A+
print|Print
caption|Workers from a contractor lay asphalt along the eastbound lane of the Churchill-Roosevelt Highway near Valsayn yesterday.
credit|—Photo: TREVOR JOSEPH
p|Motorists travelling between Port of Spain and Arima have been urged to leave home earlier as the Ministry of Works and Transport begins resurfacing a 14-kilometre stretch of the Churchill-Roosevelt Highway this week.
p|The work, which started on Sunday night, will take place mainly between 8 pm and 5 am, but the ministry said single-lane closures may remain in place during the day at some sections while the new asphalt cures.
p|In a release yesterday, the ministry said the project would cover the stretch from the Valsayn interchange to the Arima Old Road junction and was expected to take about ten weeks, weather permitting.
ad|Advertisement
h2|Alternative routes
p|Drivers are being advised to use the following routes where possible:
li|the Eastern Main Road between Curepe and Arima;
li|the Priority Bus Route, for public transport and authorised vehicles only;
li|the Uriah Butler Highway and Caroni Savannah Road for those heading south.
p|Commuters who spoke to the Sentinel yesterday were resigned. “Every year it’s the same thing, but the road needs it, eh,” said Marcia Phillip, who drives daily from D’Abadie to her job in the capital. “I just hope they finish when they say.”
p|The president of an association of maxi-taxi operators on the Route 2 said drivers would likely have to adjust fares if travel times increased significantly, but added that no decision had yet been taken.
read-also|RELATED: Works Ministry lists 40 roads for repair before year-end
p|The ministry said TTPS officers and wardens would be deployed at major junctions during peak hours and that updates would be posted on its social media pages.
ad|Advertisement
ad|BMOBILE – Unlimited data weekends. Dial *120# to activate
lottery|PLAY WHE RESULTS
lottery|Morning 10:30: 17 – Big Snake  |  Midday 1:00: 32 – Pigeon  |  Afternoon 4:00: 5 – Cattle  |  Evening 6:30: 28 – Parson Man
lottery|Lotto Plus: 4 – 11 – 19 – 27 – 30   PB: 7   Jackpot: $6.2M
latest|LATEST NEWS
latest|Man, 32, shot dead in Laventille
latest|2 hours ago
latest|WASA: Scheduled water outage for parts of Chaguanas on Thursday
latest|4 hours ago
latest|Cocoa farmers welcome new fermentary in Tamana
latest|6 hours ago
obituary|OBITUARIES
obituary|Celebrating the life of Hollis Anthony Baptiste
obituary|Remembering Savitri Ramnarine
obituary|View all obituaries
comments|Comments
comments|"The Sentinel invites you to engage in civil, respectful and thoughtful discussion. Comments that are offensive or off topic will be removed."
comments|0 Comments
comments|Log in to comment
footer|About Us
footer|Contact Us
footer|Advertise With Us
footer|Careers
footer|Terms of Use
footer|Privacy Policy
footer|Sentinel Media Limited, 18-20 Frederick Street, Port of Spain, Trinidad and Tobago. Tel: (868) 555-0142
copyright|Copyright © 2026 Sentinel Media Limited. All Rights Reserved.
"""),
 dict(id="trinidad-guardian-style-2", site="trinidad-guardian-style", lang="en", sep="\n", title="Cocoa farmers welcome new fermentary in Tamana", date="2026-09-08", page="""
timestamp|Tuesday 8th September, 2026
weather|Port of Spain 30°C  Thunderstorms
epaper|ePaper
paywall|Subscribe
login|Log In
menu|THE SENTINEL
menu|Trinidad & Tobago’s Newspaper of Record
menu|Home
menu|News
menu|Business
menu|Sport
menu|Entertainment
menu|Features
menu|Opinion
menu|Tobago
menu|Classifieds
menu|Obituaries
search|Search
breaking|BREAKING: Heavy rainfall warning issued for Trinidad until 6 pm
ad|Advertisement
ad|FIRST CITIZENS – Your dream home starts here. Mortgages from 5.25%*
section-label|Business
h1|Cocoa farmers welcome new fermentary in Tamana
lead|Centre to process wet beans for more than 120 small growers in the eastern foothills
byline|Rhondor Alexis
dateline|Published: Tuesday 8th September, 2026 - 11:15 AM
share|Share on Facebook
share|Share on X
share|Share on WhatsApp
share|Email
font|A-  A+
print|Print
caption|Cocoa farmer Lennox Ramdial shows pods from his estate in Tamana during the opening of the new fermentary on Saturday.
credit|—Photo: SHIRLEY BAHADUR
p|Cocoa farmers in the Tamana and Cumuto districts no longer have to travel for hours to sell their wet beans, following the opening of a community fermentation and drying centre on Saturday.
p|The facility, built on a former agricultural station, can process up to 40 tonnes of cocoa a season. It will be run by a farmers’ cooperative with technical support from the University of the West Indies’ cocoa research unit.
p|Until now, many small growers in the area had to ferment and dry their beans themselves, often on tarpaulins in their yards, or sell them wet to middlemen at low prices.
p|“When the rain come and you can’t dry your beans properly, the quality drop and they pay you next to nothing,” said Lennox Ramdial, who has farmed cocoa in Tamana for 26 years. “Now we could get a fair price for a good bean.”
ad|Advertisement
h2|Fine-flavour premium
p|Trinidad and Tobago cocoa is classified as fine-flavour, which allows producers to sell at a premium on international markets, but only if beans are fermented and dried consistently.
p|The cooperative’s chairman said buyers from Europe and Japan had already expressed interest in the centre’s first harvest, expected early next year.
p|Farmers who join the cooperative will pay an annual membership fee of $250 and will be paid for their beans within two weeks of delivery.
signature|—With reporting by Kevon Felmine
ad|Advertisement
ad|BMOBILE – Unlimited data weekends. Dial *120# to activate
lottery|PLAY WHE RESULTS
lottery|Morning 10:30: 17 – Big Snake  |  Midday 1:00: 32 – Pigeon  |  Afternoon 4:00: 5 – Cattle  |  Evening 6:30: 28 – Parson Man
lottery|Lotto Plus: 4 – 11 – 19 – 27 – 30   PB: 7   Jackpot: $6.2M
latest|LATEST NEWS
latest|Man, 32, shot dead in Laventille
latest|1 hour ago
latest|WASA: Scheduled water outage for parts of Chaguanas on Thursday
latest|3 hours ago
teaser-list|Cocoa farmers welcome new fermentary in Tamana
latest|5 hours ago
latest|Motorists warned of delays as Churchill-Roosevelt Highway resurfacing begins
latest|10 hours ago
obituary|OBITUARIES
obituary|Celebrating the life of Hollis Anthony Baptiste
obituary|Remembering Savitri Ramnarine
obituary|View all obituaries
comments|Comments
comments|"The Sentinel invites you to engage in civil, respectful and thoughtful discussion. Comments that are offensive or off topic will be removed."
comments|2 Comments
comments|Log in to comment
footer|About Us
footer|Contact Us
footer|Advertise With Us
footer|Careers
footer|Terms of Use
footer|Privacy Policy
footer|Sentinel Media Limited, 18-20 Frederick Street, Port of Spain, Trinidad and Tobago. Tel: (868) 555-0142
copyright|Copyright © 2026 Sentinel Media Limited. All Rights Reserved.
"""),
]
