# Round 43: eight pages on four more layouts (a Réunion island daily, a DR Congo news portal, a Canadian regional
# daily of a newspaper chain, a Welsh local news site of a big UK publisher), written blind: without looking at the
# classifier, its rules or the benchmark, measured once. Each line: "label|text". Invented text; no real article is copied.
ROUND43 = [
 dict(id="reunion-quotidien-style-1", site="reunion-quotidien-style", lang="fr", sep="\n", title="Saint-Pierre : la campagne sucrière démarre avec dix jours de retard", date="2025-07-08", page="""
skip|Aller au contenu principal
cookie|Nous utilisons des cookies pour améliorer votre expérience, mesurer l’audience et vous proposer des publicités adaptées. Vous pouvez modifier vos choix à tout moment.
cookie|Tout accepter
cookie|Continuer sans accepter
cookie|Personnaliser
timestamp|Mardi 8 juillet 2025
weather|Saint-Denis 24° | Saint-Pierre 23° | Plaine-des-Cafres 12°
menu|S’abonner
menu|Se connecter
menu|LE JOURNAL DE L’ÎLE BOURBON
menu|Le quotidien de La Réunion depuis 1976
menu|Actualités
menu|Nord
menu|Sud
menu|Est
menu|Ouest
menu|Économie
menu|Sports
menu|Culture
menu|Faits divers
menu|Avis de décès
menu|Journal numérique
ticker|EN CE MOMENT :
ticker|Route du Littoral : basculement sur deux voies ce soir
ticker|Dengue : 43 nouveaux cas
ticker|Tour de l’île à la voile
breadcrumb|Accueil › Sud › Saint-Pierre
section-label|Agriculture
h1|Saint-Pierre : la campagne sucrière démarre avec dix jours de retard
lead|Les premières cannes ont été livrées ce lundi à l’usine du Gol. Les planteurs espèrent une récolte proche de 1,6 million de tonnes, malgré une saison marquée par la sécheresse dans l’Ouest.
byline|Par Marie-Laure Hoarau
dateline|Publié le 08/07/2025 à 05:30 - Mis à jour le 08/07/2025 à 09:12
share|Partager sur Facebook
share|Partager sur WhatsApp
share|Copier le lien
listen|Écouter cet article
listen|00:00 / 04:12
caption|Les premiers camions de cannes attendaient dès 4 heures du matin devant la balance du Gol.
credit|(Photo Jean-Paul Payet)
p|Il était à peine 4 heures ce lundi lorsque les premiers cachalots ont pris place dans la file d’attente devant la balance de l’usine du Gol, à Saint-Louis. Pour les planteurs du Sud, la campagne sucrière 2025 démarre enfin, avec dix jours de retard sur le calendrier initial.
p|Ce décalage s’explique par des travaux de maintenance sur les chaudières de l’usine, qui ont pris plus de temps que prévu. « On a perdu une bonne semaine, mais les cannes n’ont pas souffert », assure Jean-Yves Grondin, planteur à Petite-Île depuis trente ans.
h2|Une richesse en sucre attendue en hausse
p|Selon les premières analyses, la richesse moyenne tournerait autour de 13,5 %, un niveau jugé correct par la profession. Dans les Hauts du Sud, les pluies de mars ont permis aux cannes de rattraper une partie du retard accumulé pendant l’été.
p|La situation est plus contrastée dans l’Ouest, où la sécheresse a frappé durement les parcelles non irriguées de Saint-Leu et des Avirons. Certains planteurs annoncent des rendements en baisse de 20 à 30 %.
ad|Publicité
ad|Soldes d’hiver chez Bricomax : jusqu’à -50 % sur l’outillage. Voir les offres
p|La question du prix reste au cœur des discussions. La convention canne, signée l’an dernier, garantit un prix de base, mais les syndicats réclament une revalorisation de l’aide à la tonne pour compenser la hausse des engrais et du carburant.
related|À lire aussi : Convention canne : les planteurs maintiennent la pression sur l’État
h2|Trafic perturbé sur les routes du Sud
p|Comme chaque année, la reprise de la coupe s’accompagne d’un ballet de camions sur la RN2 et la route des Tamarins. La gendarmerie rappelle aux automobilistes de redoubler de prudence, notamment aux abords des plateformes de réception de Bois-Rouge et de Saint-Joseph.
p|Les plateformes de réception fonctionneront du lundi au samedi, de 5 heures à 18 heures. La campagne devrait s’achever à la mi-décembre si la météo reste clémente.
p|Au total, près de 2 800 planteurs livreront leurs cannes cette année dans les deux usines de l’île.
tags|Canne à sucre
tags|Agriculture
tags|Saint-Louis
tags|Planteurs
paywall|Cet article vous a plu ? Abonnez-vous pour 1 € le premier mois et accédez à tous nos contenus sans limite.
paywall|Je m’abonne
comments|Réagissez à cet article
comments|Vous devez être connecté pour commenter.
comments|3 commentaires
comments|Ti’Paul974 - 08/07/2025 à 07:41
comments|Toujours les mêmes problèmes à l’usine chaque année, on nous prend pour des couillons.
comments|Répondre
most-read|Les plus lus
most-read|1. Saint-Paul : un requin-bouledogue aperçu près de la passe de l’Ermitage
most-read|2. Bac 2025 : les résultats académie par académie
most-read|3. Saint-André : il percute un poteau électrique, 2 000 foyers privés de courant
obituary|Avis de décès
obituary|Madame veuve Rivière née Payet Marie-Thérèse, 87 ans, Saint-Joseph
obituary|Monsieur Técher Louis Gérard, 64 ans, Le Tampon
obituary|Voir tous les avis de décès
teaser-list|Dans la même rubrique
teaser-list|Le Tampon : la Fête du miel revient en août
teaser-list|Il y a 3 h
teaser-list|Saint-Joseph : le pont de la rivière Langevin fermé pour expertise
teaser-list|Il y a 6 h
app|Téléchargez l’application Journal de l’Île sur l’App Store et Google Play
newsletter|Recevez chaque matin l’essentiel de l’actualité réunionnaise
newsletter|Votre adresse e-mail
newsletter|Je m’inscris
footer|Qui sommes-nous
footer|Annonces légales
footer|Petites annonces
footer|Publicité
footer|Contact
footer|Mentions légales
footer|Politique de confidentialité
footer|Gestion des cookies
footer|357, rue du Général-de-Gaulle – 97400 Saint-Denis
copyright|© Le Journal de l’Île Bourbon 2025 – Tous droits réservés
"""),
 dict(id="reunion-quotidien-style-2", site="reunion-quotidien-style", lang="fr", sep="\n", title="Dengue : le Nord-Est repasse en vigilance renforcée", date="2025-03-19", page="""
skip|Aller au contenu principal
cookie|Nous utilisons des cookies pour améliorer votre expérience, mesurer l’audience et vous proposer des publicités adaptées. Vous pouvez modifier vos choix à tout moment.
cookie|Tout accepter
cookie|Continuer sans accepter
cookie|Personnaliser
timestamp|Mercredi 19 mars 2025
weather|Saint-Denis 29° | Saint-Pierre 28° | Plaine-des-Cafres 17°
menu|S’abonner
menu|Se connecter
menu|LE JOURNAL DE L’ÎLE BOURBON
menu|Le quotidien de La Réunion depuis 1976
menu|Actualités
menu|Nord
menu|Sud
menu|Est
menu|Ouest
menu|Économie
menu|Sports
menu|Culture
menu|Faits divers
menu|Avis de décès
menu|Journal numérique
ticker|EN CE MOMENT :
ticker|Cyclone : aucune menace pour les 72 heures
ticker|Municipales partielles à Cilaos
ticker|JSSP – Saint-Denis FC : le derby reporté
breadcrumb|Accueil › Actualités › Santé
section-label|Santé
h1|Dengue : le Nord-Est repasse en vigilance renforcée
lead|L’Agence régionale de santé a recensé 212 cas la semaine dernière, dont plus de la moitié à Saint-André, Bras-Panon et Sainte-Suzanne. Des opérations de démoustication sont prévues dès ce jeudi.
byline|Par Kévin Fontaine
dateline|Publié le 19/03/2025 à 11:04
share|Partager sur Facebook
share|Partager sur WhatsApp
share|Copier le lien
listen|Écouter cet article
listen|00:00 / 03:27
caption|Des agents de la lutte antivectorielle lors d’une intervention dans un quartier de Saint-André.
credit|(Photo d’archives Stéphan Laï-Yu)
p|La dengue n’a pas dit son dernier mot. Après une accalmie en début d’année, le nombre de cas confirmés est reparti à la hausse dans l’est de l’île, poussant l’Agence régionale de santé (ARS) à relever le niveau d’alerte.
p|Avec 212 cas recensés entre le 10 et le 16 mars, la circulation du virus a presque doublé en deux semaines. Les communes de Saint-André, Bras-Panon et Sainte-Suzanne concentrent à elles seules 58 % des cas.
p|« Les fortes pluies de février ont multiplié les gîtes larvaires, et la chaleur fait le reste », explique un médecin du service de lutte antivectorielle. Onze personnes ont été hospitalisées depuis janvier, aucune n’est décédée.
h2|Les bons gestes
p|L’ARS rappelle les gestes qui permettent de limiter la prolifération du moustique tigre :
li|vider chaque semaine les soucoupes, vases et récipients qui retiennent l’eau ;
li|couvrir les réservoirs et les fûts ;
li|nettoyer les gouttières et les ravines proches des habitations ;
li|se protéger des piqûres avec des répulsifs, surtout le matin et en fin de journée.
ad|Publicité
p|Des équipes de démoustication passeront dans les quartiers les plus touchés à partir de jeudi soir. Les habitants sont invités à laisser leurs fenêtres ouvertes lors du passage des véhicules de pulvérisation.
related|À lire aussi : Chikungunya, dengue : faut-il craindre une double épidémie ?
p|Toute personne présentant de la fièvre, des courbatures ou des maux de tête est invitée à consulter son médecin sans attendre.
tags|Dengue
tags|ARS
tags|Saint-André
tags|Santé
paywall|Cet article vous a plu ? Abonnez-vous pour 1 € le premier mois et accédez à tous nos contenus sans limite.
paywall|Je m’abonne
comments|Réagissez à cet article
comments|Vous devez être connecté pour commenter.
comments|0 commentaire
most-read|Les plus lus
most-read|1. Saint-Denis : le boulevard Sud fermé deux nuits cette semaine
teaser-list|2. Dengue : le Nord-Est repasse en vigilance renforcée
most-read|3. Concours de la fonction publique : 120 postes ouverts à La Réunion
obituary|Avis de décès
obituary|Monsieur Hoareau Jean-Claude, 71 ans, Sainte-Marie
obituary|Madame Boyer née Lebon Josiane, 79 ans, Saint-Benoît
obituary|Voir tous les avis de décès
teaser-list|Dans la même rubrique
teaser-list|CHU Nord : les urgences pédiatriques saturées
teaser-list|Il y a 2 h
teaser-list|Le Port : une campagne de dépistage du diabète au marché forain
teaser-list|Hier à 17:20
app|Téléchargez l’application Journal de l’Île sur l’App Store et Google Play
newsletter|Recevez chaque matin l’essentiel de l’actualité réunionnaise
newsletter|Votre adresse e-mail
newsletter|Je m’inscris
footer|Qui sommes-nous
footer|Annonces légales
footer|Petites annonces
footer|Publicité
footer|Contact
footer|Mentions légales
footer|Politique de confidentialité
footer|Gestion des cookies
footer|357, rue du Général-de-Gaulle – 97400 Saint-Denis
copyright|© Le Journal de l’Île Bourbon 2025 – Tous droits réservés
"""),
 dict(id="congo-kinshasa-portal-style-1", site="congo-kinshasa-portal-style", lang="fr", sep="\n\n", title="Kinshasa : les pluies diluviennes de la nuit font au moins sept morts à Ngaliema et Mont-Ngafula", date="2025-11-24", page="""
timestamp|lundi, 24 novembre 2025
menu|Facebook Twitter YouTube WhatsApp
menu|KIN PULSE .CD
menu|L’info congolaise en temps réel
menu|Accueil  Politique  Sécurité  Économie  Société  Provinces  Sport  Culture  Opinions  Documents
ticker|DERNIÈRE MINUTE
ticker|Ituri : reprise des cours à Bunia après deux semaines d’interruption
ticker|Linafoot : V.Club tenu en échec par Lupopo
ticker|Kasaï-Central : le gouverneur suspend trois chefs de service
ad|ESPACE PUBLICITAIRE – Annoncez sur Kin Pulse : pub@kinpulse.cd
section-label|Société
h1|Kinshasa : les pluies diluviennes de la nuit font au moins sept morts à Ngaliema et Mont-Ngafula
byline|Par Rédaction
dateline|24 novembre 2025
comments|0
views|1 432 vues
share|Partager
share|Facebook
share|Twitter
share|WhatsApp
share|Telegram
alt-text|Image d'illustration
caption|Une avenue inondée dans la commune de Ngaliema, ce lundi matin. Photo Kin Pulse
p|Au moins sept personnes ont perdu la vie à la suite des pluies torrentielles qui se sont abattues sur la ville de Kinshasa dans la nuit de dimanche à lundi 24 novembre 2025. Le bilan provisoire a été communiqué par l’administration de la commune de Ngaliema.
p|Selon les mêmes sources, quatre victimes ont été emportées par les eaux dans le quartier Binza Pigeon, tandis que trois autres ont péri dans l’effondrement d’une maison à Mont-Ngafula, sur les flancs d’une tête d’érosion.
p|« Nous avons été réveillés vers 3 heures par le bruit de l’eau. En quelques minutes, la parcelle était inondée jusqu’aux genoux », raconte Papy Lukusa, habitant de l’avenue Kimbondo.
p|Plusieurs grandes artères sont restées impraticables une bonne partie de la matinée, notamment le boulevard du 30 Juin au niveau de la Gombe et la route de Matadi, où des taxis-bus ont été bloqués pendant des heures.
related|LIRE AUSSI : Érosions à Kinshasa : le gouvernement provincial promet 40 sites d’intervention
p|Le ministre provincial en charge de l’Environnement a annoncé le déploiement d’équipes pour curer les caniveaux bouchés par les déchets plastiques, principale cause des débordements selon les services techniques.
p|Il a également invité les habitants des zones à risque, notamment le long des rivières Ndjili et Kalamu, à quitter temporairement leurs habitations en attendant la fin de la saison des pluies.
p|La Mettelsat, l’agence météorologique nationale, prévoit de nouvelles averses orageuses sur la capitale jusqu’à jeudi.
tags|Tags: Inondations Kinshasa Mont-Ngafula Ngaliema
whatsapp|Rejoignez notre chaîne WhatsApp pour recevoir l’actualité en temps réel
author-link|Rédaction
author-link|Voir tous les articles
related|Articles similaires
related|Matadi : un bateau chavire sur le fleuve, une dizaine de disparus
related|22 novembre 2025
related|Kinshasa : la SNEL annonce des coupures programmées à Lemba et Limete
related|21 novembre 2025
comments|Laisser un commentaire
comments|Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *
comments|Commentaire *
comments|Nom *
comments|E-mail *
comments|Enregistrer mon nom, mon e-mail et mon site dans le navigateur pour mon prochain commentaire.
comments|Laisser un commentaire
most-read|LES PLUS LUS
most-read|Assemblée nationale : la plénière sur le budget 2026 renvoyée à mardi
most-read|Nord-Kivu : des affrontements signalés autour de Masisi
most-read|Léopards : le sélectionneur dévoile une liste de 26 joueurs
footer|Kin Pulse est un média en ligne d’information générale basé à Kinshasa, République Démocratique du Congo.
footer|Qui sommes-nous  Contact  Publicité  Politique de confidentialité
copyright|© 2025 Kin Pulse – Tous droits réservés. Conçu par KinWeb Solutions
"""),
 dict(id="congo-kinshasa-portal-style-2", site="congo-kinshasa-portal-style", lang="fr", sep="\n\n", title="Gratuité de l’enseignement : à Kikwit, des parents dénoncent le retour des « frais de motivation »", date="2025-10-07", page="""
timestamp|mardi, 7 octobre 2025
menu|Facebook Twitter YouTube WhatsApp
menu|KIN PULSE .CD
menu|L’info congolaise en temps réel
menu|Accueil  Politique  Sécurité  Économie  Société  Provinces  Sport  Culture  Opinions  Documents
ticker|DERNIÈRE MINUTE
ticker|Haut-Katanga : les exportations de cuivre en hausse de 8 %
ticker|Kinshasa : le marché central partiellement rouvert
ticker|CAN 2027 : les Léopards fixés sur leurs adversaires
ad|ESPACE PUBLICITAIRE – Annoncez sur Kin Pulse : pub@kinpulse.cd
section-label|Provinces
h1|Gratuité de l’enseignement : à Kikwit, des parents dénoncent le retour des « frais de motivation »
byline|Par Trésor Mbala, correspondant à Kikwit
dateline|7 octobre 2025
comments|2
views|876 vues
share|Partager
share|Facebook
share|Twitter
share|WhatsApp
share|Telegram
alt-text|Image d'illustration
caption|Des élèves d’une école primaire publique de Kikwit. Photo d’archives
p|Un mois après la rentrée scolaire, plusieurs parents d’élèves de la ville de Kikwit, dans la province du Kwilu, affirment que certaines écoles publiques exigent à nouveau le paiement de « frais de motivation » des enseignants, en dépit de la politique de gratuité de l’enseignement de base.
p|Dans trois écoles primaires de la commune de Lukolela visitées par notre correspondant, les montants réclamés varient entre 5 000 et 10 000 francs congolais par élève et par trimestre.
h2|Des enseignants non payés
p|Pour justifier ces frais, des chefs d’établissement évoquent la situation des enseignants dits « nouvelles unités », qui ne sont pas encore pris en charge par l’État.
p|« Sur douze enseignants, cinq n’ont jamais touché de salaire. Sans l’aide des parents, ils vont abandonner les classes », explique un directeur d’école qui a requis l’anonymat.
p|Une explication qui ne convainc pas tous les parents. « On nous a dit que l’école est gratuite. Moi, j’ai quatre enfants, je ne peux pas payer », s’indigne Mama Annie Kapinga, vendeuse au marché central.
ad|PUBLICITÉ
ad|Vodacash : envoyez de l’argent partout en RDC. Composez *1222#
h2|La division provinciale promet des sanctions
p|Joint au téléphone, le chef de la division provinciale de l’Enseignement primaire, secondaire et technique (EPST) a rappelé que toute perception de frais dans les classes concernées par la gratuité est interdite.
p|Il a annoncé l’envoi d’inspecteurs dans les écoles citées et promis des sanctions contre les gestionnaires reconnus coupables.
p|Le syndicat des enseignants du Kwilu, de son côté, appelle le gouvernement à accélérer la mécanisation des enseignants non payés, estimée à plus de 3 000 dans la province.
signature|Trésor Mbala
tags|Tags: Éducation EPST Gratuité Kikwit Kwilu
whatsapp|Rejoignez notre chaîne WhatsApp pour recevoir l’actualité en temps réel
author-link|Trésor Mbala
author-link|Voir tous les articles
related|Articles similaires
related|Kwilu : la route Kikwit-Bulungu de nouveau praticable
related|3 octobre 2025
related|Kinshasa : les enseignants des écoles conventionnées en grève
related|1 octobre 2025
comments|2 commentaires
comments|Jean-Pierre M. 7 octobre 2025 à 14 h 12 min
comments|C’est la même chose à Kananga. La gratuité n’existe que sur papier.
comments|Répondre
comments|Laisser un commentaire
comments|Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *
comments|Commentaire *
comments|Nom *
comments|E-mail *
comments|Laisser un commentaire
most-read|LES PLUS LUS
most-read|Kinshasa : un incendie ravage une partie du marché Gambela
most-read|Sénat : le bureau d’âge installé
most-read|TP Mazembe : victoire à Lubumbashi face à Maniema Union
footer|Kin Pulse est un média en ligne d’information générale basé à Kinshasa, République Démocratique du Congo.
footer|Qui sommes-nous  Contact  Publicité  Politique de confidentialité
copyright|© 2025 Kin Pulse – Tous droits réservés. Conçu par KinWeb Solutions
"""),
 dict(id="canadian-cbc-regional-style-1", site="canadian-cbc-regional-style", lang="en", sep="\n\n", title="City council approves Sunday bus service after decade-long wait", date="2025-02-26", page="""
skip|Skip to Content
menu|Subscribe
menu|Sign In
menu|The Lakehead Ledger
menu|News
menu|Local News
menu|Sports
menu|Opinion
menu|Business
menu|Entertainment
menu|Life
menu|Obituaries
menu|ePaper
menu|Classifieds
menu|Flyers
weather|-18°C Thunder Bay
breadcrumb|News / Local News
h1|City council approves Sunday bus service after decade-long wait
lead|Full Sunday service on six routes will begin in September, at a cost of about $1.9 million a year
byline|Author of the article: Rachel Ostrowski
dateline|Published Feb 26, 2025  •  Last updated 13 hours ago  •  3 minute read
comments|Join the conversation
share|Share this Story : City council approves Sunday bus service after decade-long wait
share|Copy Link
share|Email
share|X (Twitter)
share|Reddit
share|LinkedIn
share|Tumblr
caption|A city bus waits at the Water Street terminal on Tuesday.
credit|Photo by Rachel Ostrowski /The Lakehead Ledger
article-label|Article content
p|Riders who have spent years booking cabs or walking to Sunday shifts will finally have a bus to catch.
p|City council voted 9-4 late Monday to fund full Sunday service on six of the city’s busiest routes, starting on Sept. 7, after a debate that stretched past midnight.
article-label|Article content
p|The move ends a patchwork arrangement in which only two routes ran on Sundays, with hourly service between 10 a.m. and 6 p.m.
ad|Advertisement 2
ad|Story continues below
article-label|Article content
p|“This is about people getting to work, to church, to visit their parents in long-term care,” said Coun. Deborah Kaminski, who has pushed for the change since 2015.
h2|Cost a sticking point
p|The expanded service will cost about $1.9 million a year, roughly half of which is expected to be covered by fares and a provincial transit grant.
p|Opponents argued the city cannot afford it in a year when the draft budget already calls for a 4.8 per cent tax increase.
article-label|Article content
p|“Nobody around this table is against buses,” said Coun. Mark Hietala. “But we have roads that need paving and a police budget that keeps going up.”
ad|Advertisement 3
ad|Story continues below
p|Transit manager Greg Sauvé told council the city will need to hire 14 drivers before the fall, and that recruitment will begin next month.
p|The routes included in the plan are:
li|Route 1 Memorial
li|Route 2 Crosstown
li|Route 3 Northwood
li|Route 8 James
li|Route 10 Red River
li|Route 16 Arthur
p|A final vote on the 2025 budget is scheduled for March 10.
signature|rostrowski@lakeheadledger.com
article-label|Article content
share|Share this article in your social network
comments|Comments
comments|Postmedia is committed to maintaining a lively but civil forum for discussion. Please keep comments relevant and respectful. Comments may take up to an hour to appear on the site. You will receive an email if there is a reply to your comment, an update to a thread you follow or if a user you follow comments. Visit our Community Guidelines for more information.
newsletter|Sign up to receive daily headline news from The Lakehead Ledger, a division of Postmedia Network Inc.
newsletter|By signing up you consent to receive the above newsletter from Postmedia Network Inc.
newsletter|Sign Up
most-read|Trending
most-read|Police seek driver after pedestrian struck on Red River Road
most-read|Winter storm warning issued for Thunder Bay district
most-read|Former mill site to become 200-unit housing development
most-read|Kingfishers clinch playoff spot with overtime win
teaser-list|Recommended from Editorial
teaser-list|Council to review snow-clearing contract after resident complaints
teaser-list|Airport parking rates to rise in April
network|Postmedia Network
network|National Post  Winnipeg Sun  Sault Star  The Chronicle-Journal  Sudbury Star
footer|Follow The Lakehead Ledger
footer|Advertise With Us
footer|Digital Ads
footer|Careers
footer|Contest Rules
footer|Site Map
footer|Contact
footer|Privacy - Updated
footer|Accessibility
footer|Terms of Use
footer|Copyright
copyright|© 2025 The Lakehead Ledger, a division of Postmedia Network Inc. All rights reserved. Unauthorized distribution, transmission or republication strictly prohibited.
disclaimer|This website uses cookies to personalize your content (including ads), and allows us to analyze our traffic. Read more about cookies here. By continuing to use our site, you agree to our Terms of Use and Privacy Policy.
"""),
 dict(id="canadian-cbc-regional-style-2", site="canadian-cbc-regional-style", lang="en", sep="\n\n", title="Fort William First Nation launches its own wildland firefighting crew", date="2025-05-14", page="""
skip|Skip to Content
menu|Subscribe
menu|Sign In
menu|The Lakehead Ledger
menu|News
menu|Local News
menu|Sports
menu|Opinion
menu|Business
menu|Entertainment
menu|Life
menu|Obituaries
menu|ePaper
menu|Classifieds
menu|Flyers
weather|12°C Thunder Bay
breadcrumb|News / Local News
h1|Fort William First Nation launches its own wildland firefighting crew
lead|Ten members have completed their certification and will be on call for the province this summer
byline|Author of the article: Jordan Beardy
byline|Local Journalism Initiative Reporter
dateline|Published May 14, 2025  •  4 minute read
comments|Join the conversation
share|Share this Story : Fort William First Nation launches its own wildland firefighting crew
share|Copy Link
share|Email
share|X (Twitter)
share|Reddit
share|LinkedIn
share|Tumblr
caption|Members of the new crew practise hose-lay drills near Mount McKay on Monday.
credit|Photo by Jordan Beardy /The Lakehead Ledger
article-label|Article content
p|When smoke from last summer’s fires hung over Mount McKay for weeks, Tyler Bannon decided he wanted to do more than watch.
p|On Monday, the 24-year-old was among the ten members of Fort William First Nation who received their SP100 wildland firefighter certification, forming the community’s first crew of its own.
article-label|Article content
p|“Our people have been looking after this land for a long time,” Bannon said after the ceremony. “Now we get to do it with the proper gear and training.”
ad|Advertisement 2
ad|Story continues below
h2|Three-year agreement
p|The crew was created under a three-year agreement between the First Nation and the provincial forest fire service, which will call on it when fire activity in the region is high.
p|Crew members will be paid at the same rates as provincial firefighters when deployed, and will spend the rest of the season on fuel-reduction work around the community.
article-label|Article content
p|Chief Michele Solomon said the program also gives young people a path to steady jobs close to home.
p|“Some of these young men and women had never left the reserve for work. Now they can go anywhere in the province,” she said.
ad|Advertisement 3
ad|Story continues below
h2|Early start to fire season
p|The announcement comes as the region braces for what forecasters warn could be an early and busy fire season, after a winter with below-average snowfall.
p|As of Tuesday, four fires were burning in the Northwest Region, all under control.
p|A restricted fire zone has not yet been declared, but residents are asked to check burn conditions before lighting any outdoor fire.
funding-note|This story was produced with the support of the Local Journalism Initiative, funded by the Government of Canada.
article-label|Article content
share|Share this article in your social network
comments|Comments
comments|Postmedia is committed to maintaining a lively but civil forum for discussion. Please keep comments relevant and respectful. Comments may take up to an hour to appear on the site. You will receive an email if there is a reply to your comment, an update to a thread you follow or if a user you follow comments. Visit our Community Guidelines for more information.
newsletter|Sign up to receive daily headline news from The Lakehead Ledger, a division of Postmedia Network Inc.
newsletter|By signing up you consent to receive the above newsletter from Postmedia Network Inc.
newsletter|Sign Up
most-read|Trending
most-read|Highway 11-17 reopens after overnight collision near Shabaqua
most-read|School board approves new French immersion site
most-read|Thunder Bay man sentenced in 2023 break-and-enter spree
most-read|Farmers’ market moves outdoors for the season
teaser-list|Recommended from Editorial
teaser-list|Province announces $2M for northern fire hall upgrades
teaser-list|Smoke advisory: what you need to know
network|Postmedia Network
network|National Post  Winnipeg Sun  Sault Star  The Chronicle-Journal  Sudbury Star
footer|Follow The Lakehead Ledger
footer|Advertise With Us
footer|Digital Ads
footer|Careers
footer|Contest Rules
footer|Site Map
footer|Contact
footer|Privacy - Updated
footer|Accessibility
footer|Terms of Use
footer|Copyright
copyright|© 2025 The Lakehead Ledger, a division of Postmedia Network Inc. All rights reserved. Unauthorized distribution, transmission or republication strictly prohibited.
disclaimer|This website uses cookies to personalize your content (including ads), and allows us to analyze our traffic. Read more about cookies here. By continuing to use our site, you agree to our Terms of Use and Privacy Policy.
"""),

 dict(id="welsh-local-style-1", site="welsh-local-style", lang="en", sep="\n", title="Much-loved seafront cafe in Mumbles to close after 41 years as owners retire", date="2025-06-03", page="""
skip|Skip to main content
cookie|We value your privacy
cookie|We and our 214 partners store and/or access information on a device, such as cookies and process personal data, such as unique identifiers and standard information sent by a device for personalised advertising and content, advertising and content measurement, audience research and services development.
cookie|I Accept
cookie|Show Purposes
menu|Cymru Today
menu|Newsletter
menu|Subscribe
menu|Sign in
menu|News
menu|Sport
menu|What's On
menu|Food & Drink
menu|Property
menu|Money
menu|Jobs
menu|Fun Stuff
lang-switch|Cymraeg
breadcrumb|News
breadcrumb|Swansea
h1|Much-loved seafront cafe in Mumbles to close after 41 years as owners retire
lead|Generations of families have queued for ice cream and Welsh cakes at the little cafe on the prom
byline|Bethan Pritchard
byline|Swansea reporter
dateline|10:42, 3 Jun 2025
dateline|Updated 12:15, 3 Jun 2025
save|Bookmark
share|Share
comments|Comments
section-label|News
caption|The cafe has stood on the seafront since 1984
credit|(Image: Google Maps)
p|A seafront cafe that has served day-trippers in Mumbles for more than four decades is to close its doors at the end of the summer.
p|Sandra and Clive Jenkins opened the small cafe on Mumbles Road in 1984, when, as Sandra puts it, "a cup of tea was 30p and nobody had heard of a latte".
p|The couple, now both in their seventies, announced on social media on Monday that they would serve their last customers on Sunday, August 31.
newsletter|Get the latest Swansea news sent to your inbox
newsletter|Enter email
newsletter|Subscribe
newsletter|We use your sign-up to provide content in ways you've consented to and to improve our understanding of you. This may include adverts from us and 3rd parties based on our understanding. You can unsubscribe at any time. More info
p|"It's been our whole life, but our knees are telling us it's time," Sandra said. "We've watched children come in with their grandparents and then come back years later with their own children. That's the bit we'll miss."
related|Read more: Swansea Bay's new seafront play area to open in time for summer holidays
p|Within hours the post had been shared more than 3,000 times, with hundreds of people leaving memories of ice creams on the prom, bacon rolls after a morning swim and sheltering from the rain over a pot of tea.
video|Video Loading
video|Video Unavailable
video|Click to play
video|Tap to play
video|The video will start in 8
video|Cancel
video|Play now
p|One regular, Gareth Morgan, 62, said he had had breakfast there every Saturday since he was a teenager. "It's not just a cafe, it's part of Mumbles. You can't replace that," he said.
h2|What happens next
p|The couple own the building and say they have had several enquiries from people interested in taking it on as a going concern, but no decision has been made.
p|Sandra added that whatever happens, the famous bara brith recipe "is staying in the family".
whatsapp|Join the Cymru Today WhatsApp community for the biggest stories delivered to your phone. Click here to join
tags|Mumbles
tags|Swansea
tags|Cafes
tags|Food and Drink
comments|Comments
comments|Want to have your say? Join the conversation below.
comments|Show Comments
sponsored|Recommended for you
sponsored|Dentists Stunned: Simple Trick to Whiter Teeth at Home
sponsored|SmileGuide
sponsored|Welsh homeowners are rushing to claim this solar panel grant
sponsored|EnergySavingsUK
most-read|Most Read
most-read|Most Recent
most-read|Live traffic updates as M4 closed near Port Talbot after crash
most-read|Full list of Swansea schools with INSET days in June
most-read|Tributes paid to 'gentle giant' rugby coach from Gorseinon
teaser-list|Top Stories
teaser-list|Man charged after disturbance in Swansea city centre
teaser-list|Weather warning for thunderstorms across south Wales
teaser-list|Gower beach named among best in the UK
footer|Follow Cymru Today
footer|Facebook
footer|X
footer|Instagram
footer|TikTok
footer|About Us
footer|Contact us
footer|How to complain
footer|Corrections and clarifications
footer|Privacy Notice
footer|Cookie Notice
footer|Terms and Conditions
footer|Advertising
footer|Syndication & Licensing
footer|Manage cookies
footer|Do not sell my personal information
copyright|© 2025 a Meridian Regional Media website
disclaimer|Cymru Today is part of Meridian Regional Media and is regulated by the Independent Press Standards Organisation (IPSO).
"""),
 dict(id="welsh-local-style-2", site="welsh-local-style", lang="en", sep="\n", title="Parents fight plans to merge two Rhondda primary schools on one site", date="2025-01-21", page="""
skip|Skip to main content
cookie|We value your privacy
cookie|We and our 214 partners store and/or access information on a device, such as cookies and process personal data, such as unique identifiers and standard information sent by a device for personalised advertising and content, advertising and content measurement, audience research and services development.
cookie|I Accept
cookie|Show Purposes
menu|Cymru Today
menu|Newsletter
menu|Subscribe
menu|Sign in
menu|News
menu|Sport
menu|What's On
menu|Food & Drink
menu|Property
menu|Money
menu|Jobs
menu|Fun Stuff
lang-switch|Cymraeg
breadcrumb|News
breadcrumb|Education
h1|Parents fight plans to merge two Rhondda primary schools on one site
lead|The council says a new £14m building would replace classrooms that are "no longer fit for purpose"
byline|Owain Llewellyn
byline|Local Democracy Reporter
dateline|06:00, 21 Jan 2025
save|Bookmark
share|Share
comments|Comments
section-label|News
caption|Parents gathered outside the school gates on Monday afternoon
credit|(Image: Owain Llewellyn)
p|Parents in the Rhondda have launched a campaign against council plans to close two primary schools and replace them with a single new school a mile and a half away.
p|Rhondda Cynon Taf Council's cabinet agreed last week to begin a public consultation on merging Ty'n-y-Bryn Primary and Heol Fach Primary, which together teach around 310 pupils.
p|Under the proposals, a new school for 360 pupils, with a 60-place nursery, would be built on the site of a former leisure centre and open in September 2027.
newsletter|Get the biggest daily stories by email
newsletter|Enter email
newsletter|Subscribe
newsletter|We use your sign-up to provide content in ways you've consented to and to improve our understanding of you. This may include adverts from us and 3rd parties based on our understanding. You can unsubscribe at any time. More info
h2|'Our children will have to cross a main road'
p|Parents say the new site would mean many children who currently walk to school would need to be driven or cross the busy A4058.
p|"Half of us don't have a car. How are we supposed to get three kids there for 8.45 in the rain?" said Kerry Davies, whose children attend Heol Fach.
p|A petition started by the parents' group has collected more than 1,100 signatures in five days.
related|Read more: Council tax in Rhondda Cynon Taf could rise by 6% under budget plans
h2|Council's case
p|In a report to cabinet, council officers said both buildings date from the early 1900s and need repairs estimated at more than £3 million. The report also notes:
li|falling pupil numbers, with almost a quarter of places unfilled;
li|no level access to upper floors at either school;
li|temporary classrooms in use at Ty'n-y-Bryn since 1998.
p|A council spokesperson said: "We understand how strongly families feel about their local schools. No decision has been made, and we would encourage everyone to take part in the consultation."
p|The consultation runs until March 7, with drop-in sessions planned at both schools next month.
funding-note|The Local Democracy Reporting Service covers councils and other public service organisations.
whatsapp|Join the Cymru Today WhatsApp community for the biggest stories delivered to your phone. Click here to join
tags|Rhondda Cynon Taf Council
tags|Schools
tags|Education
comments|Comments
comments|Want to have your say? Join the conversation below.
comments|Show Comments
sponsored|Recommended for you
sponsored|This clever gadget keeps your house warm for pennies a day
sponsored|HeatTrend
sponsored|Over 50? These new rules on state pension could affect you
sponsored|MoneyWise Daily
most-read|Most Read
most-read|Most Recent
most-read|Amber warning for snow and ice issued for the Valleys
most-read|Pontypridd shop owner 'devastated' after third break-in
most-read|A470 closed after lorry overturns near Abercynon
teaser-list|Top Stories
teaser-list|Health board apologises after patient waited 19 hours for ambulance
teaser-list|New railway station plans for Porth move a step closer
teaser-list|Cardiff pub named best in Wales for Sunday roast
footer|Follow Cymru Today
footer|Facebook
footer|X
footer|Instagram
footer|TikTok
footer|About Us
footer|Contact us
footer|How to complain
footer|Corrections and clarifications
footer|Privacy Notice
footer|Cookie Notice
footer|Terms and Conditions
footer|Advertising
footer|Syndication & Licensing
footer|Manage cookies
footer|Do not sell my personal information
copyright|© 2025 a Meridian Regional Media website
disclaimer|Cymru Today is part of Meridian Regional Media and is regulated by the Independent Press Standards Organisation (IPSO).
"""),
]
