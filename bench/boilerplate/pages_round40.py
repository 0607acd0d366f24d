# Round 40: eight pages on four more layouts (a Swiss French-language daily, a Moroccan news portal, a South African
# news site, a US regional newspaper site), written blind: without looking at the classifier, its rules or the
# benchmark, measured once. Each line: "label|text". Invented text; no real article is copied.
ROUND40 = [
 dict(id="swiss-romand-style-1", site="swiss-romand-style", lang="fr", sep="\n\n", title="Lavaux : des vendanges précoces, mais une qualité «exceptionnelle»", date="2025-09-23", page="""
skip-link|Aller au contenu
skip-link|Aller à la navigation
cookie|Nous utilisons des cookies et des technologies similaires afin de vous offrir la meilleure expérience possible sur notre site, de mesurer l’audience et de vous proposer des contenus et des publicités adaptés. En cliquant sur «Tout accepter», vous consentez à leur utilisation. Vous pouvez modifier vos choix à tout moment via le lien «Paramètres de confidentialité» en bas de page.
cookie|Tout accepter
cookie|Refuser
cookie|Paramètres
menu|La Tribune lémanique
login|Se connecter
subscribe|S’abonner dès CHF 1.–
menu|Menu
menu|Vaud  Genève  Suisse  Monde  Économie  Sports  Culture  Vivre  Opinions  Podcasts
weather|Lausanne 16°
epaper|E-paper
breadcrumb|Accueil › Vaud › Lavaux-Oron
section-label|Viticulture
premium-badge|Abonnés
h1|Lavaux : des vendanges précoces, mais une qualité «exceptionnelle»
lead|Les premiers raisins ont été coupés lundi à Cully et à Épesses, avec près de deux semaines d’avance sur le calendrier habituel. Les vignerons se réjouissent d’un millésime sain, mais moins abondant.
byline|Marc-Antoine Reymond
social|@marcreymond
dateline|Publié: 23.09.2025, 06h40
dateline|Mis à jour: 23.09.2025, 10h15
listen|Écouter l’article
listen|00:00 / 04:37
listen|Cet article est lu par une voix de synthèse.
share|Partager
comments|Commentaires 14
section-label|En bref:
li|Les vendanges ont débuté lundi en Lavaux, environ douze jours plus tôt qu’en moyenne.
li|Le raisin est jugé très sain, avec des teneurs en sucre élevées.
li|Les volumes devraient être inférieurs de 10 à 15% à ceux de 2024.
disclaimer|Ce résumé a été généré par une intelligence artificielle et vérifié par la rédaction.
caption|Dans les parchets au-dessus de Cully, les premières caisses de chasselas ont été remplies lundi matin.
credit|Noémie Baud
p|Le bruit des sécateurs a repris lundi matin dans les terrasses de Lavaux. À Cully, à Riex et à Épesses, plusieurs domaines ont commencé à couper leurs premiers raisins, principalement du pinot noir et du gamaret destinés aux vins rouges et aux mousseux.
p|«Je n’ai jamais commencé aussi tôt en trente ans de métier», confie Jean-Daniel Chappuis, vigneron à Épesses, en posant une caisse pleine au bord du chemin. «Mais quand on goûte le raisin, on sait que c’est le bon moment.»
ad|Publicité
p|Le printemps doux et l’été chaud et sec ont accéléré la maturité. Selon la station cantonale de viticulture, les teneurs en sucre mesurées la semaine dernière dépassaient déjà de 6 à 8 degrés Oechslé les valeurs moyennes de la dernière décennie à la même période.
related|Lire aussi: Vins vaudois: la consommation recule, les caves cherchent de nouveaux clients
h2|Moins de volume
p|La quantité, en revanche, ne sera pas au rendez-vous. La grêle du 9 juillet a touché une partie du vignoble entre Lutry et Villette, et la sécheresse d’août a réduit la taille des grains. Les professionnels tablent sur une récolte inférieure de 10 à 15% à celle de l’an dernier.
p|«Pour les petites caves, c’est un coup dur, reconnaît la présidente de l’association des vignerons de Lavaux, Sylvie Cuénoud. Mais on préfère une petite récolte de grande qualité à une grosse récolte qu’on peine à vendre.»
p|Le chasselas, cépage roi de la région, sera vendangé à partir de la semaine prochaine. Les domaines ont avancé l’arrivée de leurs équipes de vendangeurs, ce qui n’a pas toujours été simple à organiser.
h2|Des vendangeurs difficiles à trouver
p|Plusieurs vignerons disent avoir eu du mal à réunir assez de main-d’œuvre pour les premiers jours. Certains ont fait appel à leur famille et à des retraités du village, d’autres à des étudiants en fin de vacances.
p|La commune de Bourg-en-Lavaux rappelle par ailleurs que la circulation sera ponctuellement perturbée sur la route de la Corniche pendant toute la durée des vendanges, en raison du passage des tracteurs et des camions de livraison.
p|Les premières dégustations de moût auront lieu lors des caves ouvertes de fin octobre. Le millésime 2025 sera mis en bouteille au printemps.
author-bio|Marc-Antoine Reymond est journaliste à la rubrique vaudoise depuis 2014. Il suit notamment l’agriculture, la viticulture et la région Lavaux-Oron.
author-link|Plus d’infos
social|@marcreymond
tip|Vous avez trouvé une erreur? Signalez-la maintenant.
comments|14 commentaires
comments|Afficher les commentaires
newsletter|Newsletter
newsletter|«Le Réveil lémanique»
newsletter|Recevez chaque matin l’essentiel de l’actualité vaudoise et genevoise, sélectionné par la rédaction.
newsletter|Se connecter
most-read|Les plus lus
most-read|1
most-read|Lausanne: le chantier du m3 prendra une année de retard
most-read|2
most-read|Autoroute A9: bouchons record après l’accident de Chexbres
most-read|3
most-read|Primes maladie 2026: ce que les Vaudois vont payer
teaser-list|Plus sur le sujet
teaser-list|Vins vaudois: la consommation recule, les caves cherchent de nouveaux clients
teaser-list|Grêle en Lavaux: les assureurs évaluent les dégâts
obituary|Avis mortuaires
obituary|Consultez les avis de décès de votre région
classifieds|Petites annonces  Immobilier  Emploi  Auto
network|Un titre du groupe Médias romands réunis
footer|La Tribune lémanique
footer|Contact  Impressum  Conditions générales  Protection des données  Paramètres de confidentialité  Publicité  Service clients  Archives
copyright|© 2025 Éditions du Léman SA. Tous droits réservés.
"""),
 dict(id="swiss-romand-style-2", site="swiss-romand-style", lang="fr", sep="\n\n", title="Fribourg veut planter 3000 arbres en ville d’ici à 2030", date="2025-11-04", page="""
skip-link|Aller au contenu
skip-link|Aller à la navigation
cookie|Nous utilisons des cookies et des technologies similaires afin de vous offrir la meilleure expérience possible sur notre site, de mesurer l’audience et de vous proposer des contenus et des publicités adaptés. En cliquant sur «Tout accepter», vous consentez à leur utilisation. Vous pouvez modifier vos choix à tout moment via le lien «Paramètres de confidentialité» en bas de page.
cookie|Tout accepter
cookie|Refuser
cookie|Paramètres
menu|La Tribune lémanique
login|Se connecter
subscribe|S’abonner dès CHF 1.–
menu|Menu
menu|Vaud  Genève  Suisse  Monde  Économie  Sports  Culture  Vivre  Opinions  Podcasts
weather|Lausanne 7°
epaper|E-paper
breadcrumb|Accueil › Suisse › Fribourg
section-label|Environnement urbain
h1|Fribourg veut planter 3000 arbres en ville d’ici à 2030
lead|La Ville de Fribourg a présenté mardi son plan «Canopée», qui doit faire passer la surface ombragée de 19 à 25% du territoire urbain. Coût estimé: 14 millions de francs sur cinq ans.
byline|ATS
dateline|Publié: 04.11.2025, 15h22
listen|Écouter l’article
listen|00:00 / 03:12
listen|Cet article est lu par une voix de synthèse.
share|Partager
comments|Commentaires 3
caption|Les arbres de l’avenue de la Gare seront parmi les premiers remplacés par des essences plus résistantes à la chaleur.
credit|KEYSTONE/Archives
p|Plus d’arbres, moins de bitume. Le Conseil communal de Fribourg a présenté mardi un plan destiné à rafraîchir la ville face aux étés de plus en plus chauds. Il prévoit de planter 3000 arbres sur le domaine public d’ici à 2030, soit environ 600 par année.
p|Aujourd’hui, la canopée, c’est-à-dire la surface couverte par le feuillage des arbres vue du ciel, représente environ 19% du territoire communal. L’objectif est d’atteindre 25% à la fin de la décennie, puis 30% en 2040.
ad|Publicité
h2|Des places de parc supprimées
p|Pour y parvenir, la commune devra trouver de la place dans des rues souvent étroites. Selon le conseiller communal chargé de l’environnement, quelque 180 places de stationnement en surface pourraient être supprimées, notamment dans les quartiers de Pérolles et du Schoenberg.
p|«Chaque arbre planté doit avoir assez de terre pour vivre cent ans, sinon cela ne sert à rien», a-t-il souligné devant la presse. Les fosses de plantation seront agrandies et reliées entre elles sous les trottoirs.
p|Les essences choisies devront supporter la sécheresse et la chaleur. La commune mise notamment sur:
li|le chêne chevelu et le chêne pubescent;
li|le micocoulier;
li|le tilleul argenté;
li|l’orme résistant à la graphiose.
related|Lire aussi: Canicule: les villes romandes cherchent de l’ombre
h2|Les habitants invités à participer
p|Les propriétaires privés seront aussi mis à contribution. Un subside de 300 francs par arbre planté dans un jardin ou une cour sera proposé dès le printemps prochain, dans la limite d’un budget annuel de 150’000 francs.
p|Le plan doit encore être validé par le Conseil général, qui se prononcera sur le premier crédit de 2,8 millions de francs lors de sa séance de décembre. Le Parti libéral-radical a déjà fait savoir qu’il s’opposerait à la suppression de places de parc sans compensation.
signature|ATS/mde
tip|Vous avez trouvé une erreur? Signalez-la maintenant.
comments|3 commentaires
comments|Afficher les commentaires
newsletter|Newsletter
newsletter|«Le Réveil lémanique»
newsletter|Recevez chaque matin l’essentiel de l’actualité vaudoise et genevoise, sélectionné par la rédaction.
newsletter|Se connecter
most-read|Les plus lus
most-read|1
most-read|Genève: la gratuité des TPG pour les jeunes prolongée jusqu’en 2027
most-read|2
most-read|Neige: les premières stations valaisannes ouvrent ce week-end
most-read|3
most-read|Votations du 30 novembre: le dernier sondage
games|Loterie: Swiss Loto et EuroMillions – Tous les tirages
obituary|Avis mortuaires
obituary|Consultez les avis de décès de votre région
classifieds|Petites annonces  Immobilier  Emploi  Auto
network|Un titre du groupe Médias romands réunis
footer|La Tribune lémanique
footer|Contact  Impressum  Conditions générales  Protection des données  Paramètres de confidentialité  Publicité  Service clients  Archives
copyright|© 2025 Éditions du Léman SA. Tous droits réservés.
"""),
 dict(id="moroccan-portal-style-1", site="moroccan-portal-style", lang="fr", sep="\n", title="Permis de conduire : ce qui change pour l’examen pratique à partir du 1er janvier", date="2025-10-14", page="""
timestamp|Mardi 14 octobre 2025 | 21 Rabii II 1447
ticker|Casablanca  Fajr 06:11  Chourouq 07:35  Dohr 13:18  Asr 16:36  Maghrib 19:01  Icha 20:15
weather|Casablanca 24° Ensoleillé
lang-switch|FR  العربية  EN
menu|MAROC HORIZON
menu|L’info marocaine en continu
app|Télécharger l’application
menu|Accueil  Politique  Économie  Société  Régions  Sport  Culture  Monde  Tech  Vidéos  MH TV
ticker|Change : EUR 10,71 MAD ▲  USD 9,19 MAD ▼  MASI 18 642,31 +0,42%
breaking|Dernière minute : Coupure d’eau programmée à Rabat-Agdal mercredi de 9h à 17h
breadcrumb|Accueil › Société
section-label|Société
h1|Permis de conduire : ce qui change pour l’examen pratique à partir du 1er janvier
byline|Par Salma Bennani
dateline|Le 14/10/2025 à 11h25
reading-time|Temps de lecture : 3 min
share|Partager : Facebook  X  LinkedIn  WhatsApp  Copier le lien
caption|Un candidat lors d’une épreuve pratique au centre d’examen de Casablanca.
credit|© Maroc Horizon / Archives
lead|Caméras embarquées, nouveau parcours en ville et notation par points : l’épreuve pratique du permis de conduire sera réformée dès le début de l’année prochaine, a annoncé l’Agence nationale de la sécurité routière.
p|Les candidats au permis de conduire devront s’adapter à de nouvelles règles. À partir du 1er janvier 2026, l’examen pratique de la catégorie B se déroulera selon un nouveau format, a indiqué lundi l’Agence nationale de la sécurité routière (NARSA) dans un communiqué.
p|Principale nouveauté : les véhicules d’examen seront équipés de caméras qui enregistreront l’ensemble de l’épreuve. Les images pourront être consultées en cas de contestation du résultat par le candidat.
related|A lire aussi : Sécurité routière : le nombre de tués en baisse de 8% au premier semestre
h2|Une épreuve en deux temps
p|L’examen comprendra désormais deux parties. La première, sur une piste fermée, portera sur les manœuvres. La seconde se déroulera en circulation réelle, sur un parcours d’au moins 20 minutes tiré au sort le jour même.
p|Selon le communiqué, le candidat sera évalué sur plusieurs critères :
li|la maîtrise du véhicule et le respect des distances de sécurité ;
li|le respect de la signalisation et des priorités ;
li|le comportement envers les piétons et les deux-roues ;
li|l’anticipation et la conduite économique.
ad|Publicité
p|Chaque critère sera noté, et le candidat devra obtenir au moins 20 points sur 30 pour réussir. Certaines fautes, comme le non-respect d’un feu rouge ou d’un stop, resteront éliminatoires.
h2|Les auto-écoles demandent un délai
p|Du côté des professionnels, l’annonce suscite des réactions mitigées. « Nous sommes favorables à la transparence, mais il faut nous laisser le temps de former nos moniteurs au nouveau barème », estime Abdelkader Lahlou, président d’une association d’écoles de conduite à Casablanca.
p|La NARSA assure que des sessions d’information seront organisées dans toutes les régions d’ici la fin de l’année et qu’un guide détaillé sera publié sur son site. Les candidats déjà inscrits passeront l’examen selon les anciennes règles s’ils sont convoqués avant le 31 décembre.
tags|Tags : permis de conduire  NARSA  sécurité routière  auto-écoles
whatsapp|Rejoignez la chaîne WhatsApp de Maroc Horizon et recevez l’essentiel de l’actualité en temps réel
comments|Commentaires (4)
comments|Karim — 14 octobre 2025 à 12h40
comments|Enfin ! Avec les caméras il n’y aura plus de contestations.
comments|Répondre
comments|Laisser un commentaire
comments|Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *
comments|Publier le commentaire
teaser-list|Dans la même rubrique
teaser-list|Rentrée universitaire : 42 000 nouveaux étudiants à Fès
teaser-list|il y a 2 heures
teaser-list|Marrakech : le marché de gros de fruits et légumes transféré à Tamansourt
teaser-list|il y a 5 heures
teaser-list|Bourses d’études : les résultats publiés la semaine prochaine
teaser-list|hier
most-read|Les plus lus
most-read|Prix des carburants : nouvelle baisse à la pompe
most-read|Botola Pro : le programme de la 7e journée
most-read|Météo : retour des pluies sur le Nord à partir de jeudi
video|MH TV
video|Vidéo. Les artisans de la poterie de Safi face à la flambée du prix de l’argile
newsletter|Newsletter
newsletter|Recevez chaque jour notre sélection d’articles
newsletter|Votre adresse e-mail
newsletter|Je m’inscris
sponsored|Contenus sponsorisés
sponsored|Voici combien coûte une croisière en Méditerranée en 2025 (les prix pourraient vous surprendre)
sponsored|Croisières | Liens sponsorisés
footer|Qui sommes-nous  Charte éditoriale  Mentions légales  Publicité  Contact  Recrutement
legal-notice|Maroc Horizon, journal électronique déclaré conformément à la loi n° 88-13 relative à la presse et à l’édition. Directeur de la publication : Hicham Ouazzani.
copyright|© 2025 Maroc Horizon – Tous droits réservés
cookie|Nous respectons votre vie privée. Nous et nos partenaires utilisons des cookies pour stocker et accéder à des informations sur votre appareil, afin de personnaliser les annonces et le contenu et de mesurer l’audience.
cookie|J’accepte
cookie|Personnaliser
"""),
 dict(id="moroccan-portal-style-2", site="moroccan-portal-style", lang="fr", sep="\n", title="Agadir : la saison touristique d’automne démarre sur les chapeaux de roue", date="2025-11-06", page="""
timestamp|Jeudi 6 novembre 2025 | 14 Joumada I 1447
ticker|Casablanca  Fajr 06:31  Chourouq 07:56  Dohr 13:15  Asr 16:09  Maghrib 18:33  Icha 19:49
weather|Casablanca 21° Nuageux
lang-switch|FR  العربية  EN
menu|MAROC HORIZON
menu|L’info marocaine en continu
app|Télécharger l’application
menu|Accueil  Politique  Économie  Société  Régions  Sport  Culture  Monde  Tech  Vidéos  MH TV
ticker|Change : EUR 10,68 MAD ▼  USD 9,24 MAD ▲  MASI 18 911,07 -0,17%
breaking|Dernière minute : Le Conseil de gouvernement se réunit ce jeudi à Rabat
breadcrumb|Accueil › Régions › Souss-Massa
section-label|Régions
h1|Agadir : la saison touristique d’automne démarre sur les chapeaux de roue
byline|Par Youssef El Amrani, correspondant à Agadir
dateline|Le 06/11/2025 à 09h10
reading-time|Temps de lecture : 2 min
share|Partager : Facebook  X  LinkedIn  WhatsApp  Copier le lien
caption|La corniche d’Agadir, très fréquentée en ce début de novembre.
credit|Crédit : DR
p|Les hôteliers d’Agadir ont le sourire. Le taux d’occupation des établissements classés de la ville a atteint 78% au mois d’octobre, contre 69% à la même période l’an dernier, selon les chiffres du Conseil régional du tourisme de Souss-Massa.
p|Cette hausse s’explique notamment par l’ouverture de nouvelles liaisons aériennes directes avec plusieurs villes européennes, dont Lyon, Bruxelles et Manchester, et par le retour en force de la clientèle allemande et britannique.
related|A lire aussi : Transport aérien : 14 nouvelles lignes vers le Maroc cet hiver
p|« Nous avons des réservations jusqu’à la mi-janvier, ce qui n’était plus arrivé depuis plusieurs années », se réjouit le directeur d’un hôtel de la zone touristique de Founty.
ad|Publicité
p|Les touristes nationaux ne sont pas en reste. Les vacances scolaires de fin octobre ont attiré de nombreuses familles venues de Casablanca, de Marrakech et de Rabat, en particulier dans les résidences et les appartements de location.
p|Les professionnels restent toutefois prudents. Ils pointent le manque de personnel qualifié, en particulier dans la restauration, et réclament davantage d’animations en soirée pour retenir les visiteurs plus longtemps.
p|Le Conseil régional du tourisme prévoit de lancer, en décembre, une campagne de promotion axée sur le surf, la randonnée dans l’arrière-pays et la gastronomie locale.
signature|Avec MAP
tags|Tags : Agadir  tourisme  Souss-Massa  hôtellerie
whatsapp|Rejoignez la chaîne WhatsApp de Maroc Horizon et recevez l’essentiel de l’actualité en temps réel
comments|Commentaires (0)
comments|Laisser un commentaire
comments|Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *
comments|Publier le commentaire
teaser-list|Dans la même rubrique
teaser-list|Taroudant : les coopératives d’argane exposent à Paris
teaser-list|il y a 1 heure
teaser-list|Tiznit : la route vers Sidi Ifni fermée pour travaux jusqu’à dimanche
teaser-list|il y a 4 heures
teaser-list|Inezgane : le nouveau marché municipal inauguré
teaser-list|hier
most-read|Les plus lus
most-read|Marche Verte : le discours royal en intégralité
most-read|Intempéries : alerte orange dans six provinces
most-read|Logement : les nouvelles conditions de l’aide directe
video|MH TV
video|Vidéo. À Essaouira, les pêcheurs artisanaux face à la raréfaction de la sardine
newsletter|Newsletter
newsletter|Recevez chaque jour notre sélection d’articles
newsletter|Votre adresse e-mail
newsletter|Je m’inscris
footer|Qui sommes-nous  Charte éditoriale  Mentions légales  Publicité  Contact  Recrutement
legal-notice|Maroc Horizon, journal électronique déclaré conformément à la loi n° 88-13 relative à la presse et à l’édition. Directeur de la publication : Hicham Ouazzani.
copyright|© 2025 Maroc Horizon – Tous droits réservés
cookie|Nous respectons votre vie privée. Nous et nos partenaires utilisons des cookies pour stocker et accéder à des informations sur votre appareil, afin de personnaliser les annonces et le contenu et de mesurer l’audience.
cookie|J’accepte
cookie|Personnaliser
"""),
 dict(id="south-african-news-style-1", site="south-african-news-style", lang="en", sep="\n\n", title="Joburg suburbs face 58-hour water outage as Rand Water replaces pump station valves", date="2025-10-14", page="""
skip-link|Skip to content
menu|The Rand Reporter
subscribe|Subscribe
login|Sign in
menu|News  Politics  Business  Sport  Opinion  Lifestyle  Motoring  Entertainment  Video  Podcasts
ticker|JSE ALSI 101 238 ▲0.6%   R/$ 17.48   R/£ 23.31   R/€ 20.27   Brent $63.40   Gold $4 012
loadshedding|Load-shedding: No load-shedding is currently scheduled. Last Eskom update 05:00
breadcrumb|News › South Africa › Gauteng
section-label|GAUTENG
h1|Joburg suburbs face 58-hour water outage as Rand Water replaces pump station valves
lead|Residents of more than 30 suburbs in the south and west of Johannesburg have been told to store water ahead of planned maintenance that starts on Friday night.
byline|Lerato Dlamini
byline|Journalist
dateline|Published 14 Oct 2025, 06:45
listen|Listen to this article
listen|00:00
listen|03:51
listen|Audio is AI-generated. Report an issue
share|Share  Facebook  X  WhatsApp  Email  Copy link
caption|Residents queue at a water tanker in Naturena during a previous outage.
credit|Sipho Ndlovu/The Rand Reporter
p|More than 30 suburbs in Johannesburg will be without water or experience low pressure for up to 58 hours from Friday evening, as Rand Water replaces ageing valves at one of its main pump stations.
p|The bulk water utility said the work at the Eikenhof pump station would start at 20:00 on Friday and was expected to be completed by 06:00 on Monday. Johannesburg Water said supply to some high-lying areas could take a further two days to return to normal once the pumps are back in operation.
ad|ADVERTISEMENT
p|Affected areas include parts of Soweto, Lenasia, Eldorado Park, Naturena, Ormonde and Florida, as well as several smaller suburbs on the West Rand.
related|READ | Joburg Water says 40% of its pipes are past their design life
h2|Tankers on standby
p|Johannesburg Water spokesperson Nomvula Khumalo said 24 water tankers would be deployed to hospitals, clinics, old-age homes and schools during the outage, with additional tankers on standby for residential areas.
p|"We understand the frustration, but this maintenance cannot be postponed any longer. If these valves fail without warning, the outage would be far longer," she said.
p|Residents are advised to:
li|store enough drinking water for at least three days;
li|keep taps closed to avoid damage and water loss when supply returns;
li|report burst pipes and leaks on the Joburg Water app or to the call centre.
h2|'We are tired'
p|In Eldorado Park, some residents said they had already been without reliable water for most of September because of burst pipes in the area.
p|"We are tired of buying water from the shop. Every month it's something new," said Fatima Adams, a mother of three who runs a small catering business from her home.
p|Ward councillor Themba Mokoena said he would ask the city to set up additional collection points at community halls in the ward over the weekend.
whatsapp|Join The Rand Reporter's WhatsApp channel for breaking news and the day's top stories.
tags|Johannesburg Water  Rand Water  Water outage  Soweto  Gauteng
comments|Comments
comments|Only subscribers can comment. Subscribe now or sign in to join the conversation.
press-code|The Rand Reporter subscribes to the Press Code of South Africa and is regulated by the Press Council. Complaints can be lodged with the Press Ombud at www.presscouncil.org.za or on 011 000 0000.
teaser-list|MORE FROM GAUTENG
teaser-list|Tshwane bus drivers go on strike over unpaid overtime
teaser-list|2 hours ago
teaser-list|Four arrested after cash-in-transit heist on N12
teaser-list|5 hours ago
teaser-list|Ekurhuleni approves new rates for informal traders
teaser-list|Yesterday
most-read|TRENDING
most-read|1. Petrol price to drop again in November, early data shows
most-read|2. Bafana Bafana squad announced for World Cup qualifier
most-read|3. SASSA grant payment dates for November confirmed
lottery|LOTTO RESULTS: Lotto, Lotto Plus 1 and Lotto Plus 2 results for Saturday, 11 October 2025
newsletter|Get the morning briefing
newsletter|The stories you need to know, straight to your inbox every weekday at 06:00.
newsletter|Enter your email address
newsletter|Sign up
footer|About us  Contact us  Advertise  Careers  Terms & Conditions  Privacy Policy  PAIA Manual  Cookie Policy  Press Code  Complaints
copyright|© 2025 Rand Media Group (Pty) Ltd. All rights reserved.
"""),
 dict(id="south-african-news-style-2", site="south-african-news-style", lang="en", sep="\n\n", title="Hailstorm flattens orchards in the Ceres valley weeks before harvest", date="2025-11-19", page="""
skip-link|Skip to content
menu|The Rand Reporter
subscribe|Subscribe
login|Sign in
menu|News  Politics  Business  Sport  Opinion  Lifestyle  Motoring  Entertainment  Video  Podcasts
ticker|JSE ALSI 102 115 ▼0.2%   R/$ 17.61   R/£ 23.12   R/€ 20.34   Brent $62.85   Gold $4 046
loadshedding|Load-shedding: No load-shedding is currently scheduled. Last Eskom update 05:00
breadcrumb|News › South Africa › Western Cape
section-label|WESTERN CAPE
premium-badge|SUBSCRIBER
h1|Hailstorm flattens orchards in the Ceres valley weeks before harvest
lead|Farmers say a 20-minute storm on Tuesday afternoon destroyed up to 70% of the fruit on some farms, putting seasonal jobs at risk.
byline|Johan van Wyk
byline|Senior reporter
dateline|Published 19 Nov 2025, 11:02
dateline|Updated 19 Nov 2025, 14:37
listen|Listen to this article
listen|00:00
listen|04:26
listen|Audio is AI-generated. Report an issue
share|Share  Facebook  X  WhatsApp  Email  Copy link
video|WATCH | Hail the size of golf balls pounds farms outside Ceres
video|01:12
p|Fruit farmers in the Ceres valley are counting the cost of a violent hailstorm that swept through the area on Tuesday afternoon, only weeks before the start of the cherry and stone fruit harvest.
p|Hailstones "the size of golf balls" fell for about 20 minutes, according to residents, stripping leaves from trees, bruising fruit and tearing protective netting on several farms between Prince Alfred Hamlet and Op-die-Berg.
ad|ADVERTISEMENT
subscribe|Support independent journalism. Get unlimited access to The Rand Reporter for R5 for your first month. SUBSCRIBE NOW
p|Hendrik Botha, who farms cherries and plums on 60 hectares, said he had lost about 70% of this season's crop. "You work the whole year for these six weeks, and in twenty minutes it is gone," he said.
p|Hortgro, which represents deciduous fruit growers, said it was still collecting information from its members but that early reports pointed to "significant damage" on at least 40 farms.
related|ALSO READ | Fruit exports to Europe hit record as Cape ports clear backlog
h2|Jobs at risk
p|The storm is also a blow for the thousands of seasonal workers who rely on the harvest for income. A farm manager near Prince Alfred Hamlet said he would probably hire only half of the 150 pickers he usually takes on in December.
p|The Western Cape agriculture department said disaster management officials were assessing the damage and that farmers could apply for support once the assessment was complete.
p|The South African Weather Service had issued a yellow level 4 warning for severe thunderstorms in the Witzenberg area on Tuesday morning. Further thunderstorms are forecast for the region on Thursday.
correction|This article has been updated with comment from the Western Cape agriculture department.
whatsapp|Join The Rand Reporter's WhatsApp channel for breaking news and the day's top stories.
tags|Ceres  Hail  Agriculture  Western Cape  Weather
comments|Comments
comments|Only subscribers can comment. Subscribe now or sign in to join the conversation.
press-code|The Rand Reporter subscribes to the Press Code of South Africa and is regulated by the Press Council. Complaints can be lodged with the Press Ombud at www.presscouncil.org.za or on 011 000 0000.
teaser-list|MORE FROM WESTERN CAPE
teaser-list|Cape Town to add 120 new MyCiTi buses by 2027
teaser-list|1 hour ago
teaser-list|Shark sighting closes Muizenberg beach for the afternoon
teaser-list|3 hours ago
most-read|TRENDING
most-read|1. Matric exams: Maths Paper 2 leak claims investigated
most-read|2. Black Friday: what the big retailers are promising
most-read|3. Springbok squad for the end-of-year tour named
lottery|LOTTO RESULTS: Powerball and Powerball Plus results for Tuesday, 18 November 2025
sponsored|PARTNER CONTENT
sponsored|How a home solar system can cut your electricity bill by half
newsletter|Get the morning briefing
newsletter|The stories you need to know, straight to your inbox every weekday at 06:00.
newsletter|Enter your email address
newsletter|Sign up
footer|About us  Contact us  Advertise  Careers  Terms & Conditions  Privacy Policy  PAIA Manual  Cookie Policy  Press Code  Complaints
copyright|© 2025 Rand Media Group (Pty) Ltd. All rights reserved.
"""),
 dict(id="us-local-paper-style-1", site="us-local-paper-style", lang="en", sep="\n", title="Riverton school board approves later start times for high schools next fall", date="2025-10-09", page="""
skip-link|Skip to main content
skip-link|Skip to accessibility statement
menu|The Riverton Ledger
subscribe|Subscribe for $1
login|Sign In
epaper|e-Edition
weather|48°F Riverton, WI
menu|News  Sports  Opinion  Obituaries  Things To Do  Business  Weather  Classifieds  Jobs  Legal Notices  Puzzles
alert|WEATHER ALERT: Frost advisory in effect until 9 a.m. Thursday for Harlan and Dodge counties
section-label|EDUCATION
h1|Riverton school board approves later start times for high schools next fall
lead|The first bell at Riverton's two public high schools will ring 45 minutes later starting in September 2026, after a 5-2 vote Wednesday night.
byline|Jenna Kowalczyk
byline|Riverton Ledger
dateline|Published 5:58 a.m. CT Oct. 9, 2025 | Updated 9:14 a.m. CT Oct. 9, 2025
share|Facebook  X  Email  Share
caption|Students arrive at Riverton North High School before the first bell on Tuesday morning.
credit|Mike Delaney/Riverton Ledger
p|Riverton high school students will get to sleep in a little longer next year.
p|The Riverton Area School District board voted 5-2 Wednesday night to push back the start of the school day at Riverton North and Riverton West high schools from 7:35 a.m. to 8:20 a.m., beginning with the 2026-27 school year.
ad|Advertisement
p|The change follows more than a year of surveys, public listening sessions and a study by a district committee of parents, teachers, coaches and students. Superintendent Dana Whitfield said research on teenage sleep was "clear and consistent" and that earlier start times were linked to absences and lower grades in first-period classes.
related|Related: Riverton parents split over proposed school start times, survey finds
p|To make the new schedule work with the district's limited number of buses, middle and elementary schools will also shift. Under the plan approved Wednesday:
li|high schools will run from 8:20 a.m. to 3:25 p.m.;
li|middle schools will start at 7:50 a.m., 20 minutes earlier than now;
li|elementary schools will start at 8:45 a.m. and end at 3:15 p.m.
h2|Concerns about sports, jobs and child care
p|The two board members who voted no, Greg Hansen and Linda Ortiz, said they worried about students who work after school and about athletes leaving class early for away games.
p|"We heard from a lot of families who depend on their high schooler to be home in the afternoon to watch younger siblings," Ortiz said. "This change lands on them."
ad|Story continues below
newsletter|Get the Morning Report newsletter in your inbox. Top local stories, weather and more, every weekday.
newsletter|Sign Up
p|Athletic director Ray Butler told the board that practice times would move later by about 30 minutes and that the district would talk with other schools in the conference about scheduling games later in the day.
p|Several students spoke in favor of the change during public comment. "Most of us are getting five or six hours of sleep," said Maya Lindgren, a junior at Riverton West. "It's hard to learn anything at 7:35."
p|The district estimates the new bus schedule will cost about $180,000 more per year, mostly for additional driver hours.
signature|Contact Jenna Kowalczyk at jkowalczyk@rivertonledger.com or 920-555-0147.
author-bio|Jenna Kowalczyk covers education and Riverton County government for the Ledger.
comments|View Comments
comments|Conversation Guidelines
most-read|MOST POPULAR
most-read|Man charged in Main Street hit-and-run that injured two
most-read|What's open and closed on Columbus Day in Riverton
most-read|New Mexican restaurant to open in former bank building downtown
obituary|OBITUARIES
obituary|Harold J. Brenner, 86
obituary|Marion "Midge" Olson, 91
obituary|Dale R. Fitzgerald, 73
obituary|View all obituaries
sponsored|Sponsored Stories
sponsored|Wisconsin Homeowners Are Getting Paid to Replace Their Windows (Check Eligibility)
sponsored|HomeSaver Tips
sponsored|Surgeon: "Do This Every Morning to Empty Your Bowels"
sponsored|Gut Health Report
footer|About Us  Staff Directory  Careers  Our Ethical Principles  Contact Us  Help Center  Accessibility  Sitemap
footer|Subscriber Services: Manage Account  Home Delivery  e-Edition  Newsletters  Archives  Place an Obituary  Submit a Letter to the Editor
footer|Terms of Service  Privacy Policy  Your Privacy Choices  Do Not Sell or Share My Personal Information
copyright|© 2025 www.rivertonledger.com. All rights reserved.
"""),
 dict(id="us-local-paper-style-2", site="us-local-paper-style", lang="en", sep="\n", title="Miller Creek bridge reopens a month ahead of schedule", date="2025-11-14", page="""
skip-link|Skip to main content
skip-link|Skip to accessibility statement
menu|The Riverton Ledger
subscribe|Subscribe for $1
login|Sign In
epaper|e-Edition
weather|36°F Riverton, WI
menu|News  Sports  Opinion  Obituaries  Things To Do  Business  Weather  Classifieds  Jobs  Legal Notices  Puzzles
section-label|LOCAL
h1|Miller Creek bridge reopens a month ahead of schedule
lead|Drivers on County Highway K no longer need to take a 9-mile detour after crews finished replacing the 70-year-old span early.
byline|Tom Sorensen
byline|Riverton Ledger
dateline|Published 4:31 p.m. CT Nov. 14, 2025
share|Facebook  X  Email  Share
caption|The new Miller Creek bridge on County Highway K opened to traffic Friday afternoon.
credit|Tom Sorensen/Riverton Ledger
p|The County Highway K bridge over Miller Creek reopened to traffic Friday afternoon, about a month earlier than planned, Riverton County officials said.
p|The bridge, built in 1954, closed in June so crews could tear it down and replace it with a wider concrete span with shoulders on both sides and a separate lane for pedestrians and bicyclists.
ad|Advertisement
p|County highway commissioner Brian Maki said a dry late summer and fall allowed the contractor, Northway Construction of Stevens Point, to pour concrete weeks sooner than expected.
p|"We built some extra time into the schedule for weather, and we ended up not needing it," Maki said. "That doesn't happen very often in Wisconsin."
related|Related: County Highway K bridge to close for five months starting in June
p|The project cost about $4.6 million, with 80% paid by federal and state funds and the rest by the county.
p|The closure had forced drivers, including school buses and farm equipment, to use a detour of about 9 miles along Highway 22 and Pine Road. Owners of businesses near the bridge said the detour had cut into their sales over the summer.
p|"People just stopped coming this way," said Carla Nguyen, who owns the Creekside Bait & Tackle shop a quarter mile from the bridge. "I'm glad it's done before ice fishing season."
ad|Story continues below
newsletter|Get the Morning Report newsletter in your inbox. Top local stories, weather and more, every weekday.
newsletter|Sign Up
p|The county plans to finish landscaping and paint the final lane markings in the spring. Drivers may see short lane closures for that work.
signature|Contact Tom Sorensen at tsorensen@rivertonledger.com.
tip|Have a news tip? Email newsroom@rivertonledger.com or call 920-555-0100.
comments|View Comments
comments|Conversation Guidelines
most-read|MOST POPULAR
most-read|Gun deer season opens Nov. 22: What hunters need to know
most-read|Riverton Mall's last anchor store to close in January
most-read|Police: Teen arrested after threats at Riverton West High School
obituary|OBITUARIES
obituary|Eleanor M. Schultz, 94
obituary|Robert "Bob" Kranz, 68
obituary|View all obituaries
sponsored|Sponsored Stories
sponsored|The 5 Best Credit Cards for People With Excellent Credit
sponsored|CardCompare
footer|About Us  Staff Directory  Careers  Our Ethical Principles  Contact Us  Help Center  Accessibility  Sitemap
footer|Subscriber Services: Manage Account  Home Delivery  e-Edition  Newsletters  Archives  Place an Obituary  Submit a Letter to the Editor
footer|Terms of Service  Privacy Policy  Your Privacy Choices  Do Not Sell or Share My Personal Information
copyright|© 2025 www.rivertonledger.com. All rights reserved.
"""),
]
