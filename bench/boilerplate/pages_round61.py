# Round 61: eight pages on four more layouts (a Burgundy regional daily, a Burkinabè news portal with reader
# comments, a Scottish national daily with a paywall, an Indian regional TV channel's English news site), written
# blind: without looking at the classifier, its rules or the benchmark, measured once. Each line: "label|text".
# Invented text; no real article is copied.
ROUND61 = [
 dict(id="le-journal-de-saone-style-1", site="le-journal-de-saone-style", lang="fr", sep="\n", title="Mâcon : la passerelle du quai Lamartine fermée trois mois pour travaux", date="2025-11-13", page="""
skip-link|Aller au contenu principal
skip-link|Aller au menu
menu|Le Courrier de Saône
menu|S'abonner
menu|Se connecter
menu|Journal numérique
menu|Actualités
menu|Saône-et-Loire
menu|Mâcon
menu|Chalon-sur-Saône
menu|Le Creusot - Montceau
menu|Autun - Charolles
menu|Louhans - Bresse
menu|Faits divers - Justice
menu|Sport
menu|Loisirs
menu|Vins de Bourgogne
menu|Avis de décès
weather|Mâcon 9°C Couvert
breadcrumb|Accueil / Saône-et-Loire / Mâcon
section-label|Mâcon
section-label|Circulation
h1|Mâcon : la passerelle du quai Lamartine fermée trois mois pour travaux
lead|À partir du lundi 17 novembre, piétons et cyclistes ne pourront plus emprunter la passerelle qui relie le quai Lamartine à la rive de Saint-Laurent-sur-Saône. La Ville engage un chantier de 640 000 euros pour remplacer le tablier et les garde-corps.
byline|Par Élodie Martinet
dateline|Le 13/11/2025 à 05:45 - Modifié le 13/11/2025 à 08:20
reading-time|Temps de lecture : 3 min
paywall|Article réservé aux abonnés
listen|Écouter cet article
listen|00:00 / 03:12
share|Partager
share|Facebook
share|X
share|E-mail
share|Copier le lien
save|Ajouter aux favoris
comments|Commenter
caption|La passerelle, construite au début des années 1990, montre des signes d’usure sur sa partie métallique.
credit|Photo Le CdS /É. M.
p|Les habitués du petit pont métallique qui enjambe la Saône devront faire un détour cet hiver. La municipalité a confirmé mercredi la fermeture complète de la passerelle du quai Lamartine du 17 novembre au 20 février, le temps de remplacer le tablier en bois et l’ensemble des garde-corps.
p|« Des lames commençaient à se déformer et certaines fixations étaient rouillées. Il n’y avait pas de danger immédiat, mais on ne pouvait pas attendre un hiver de plus », explique l’adjoint chargé des travaux, qui évoque un ouvrage « très sollicité, surtout les week-ends et les jours de marché ».
p|Selon un comptage réalisé au printemps, près de 2 300 passages sont enregistrés chaque jour en semaine, et jusqu’à 4 000 le dimanche.
ad|Publicité
ad|Contenus sponsorisés
h2|Une navette fluviale à l’étude
p|Pendant la durée du chantier, les piétons sont invités à emprunter le pont Saint-Laurent, situé à environ 400 mètres en amont. Un cheminement provisoire sera balisé sur le quai, avec un éclairage renforcé.
p|La Ville étudie également, avec l’office de tourisme, la mise en place d’une navette fluviale les samedis matin, pour les commerçants et les clients du marché. Aucune décision n’a encore été prise : « Il faut d’abord vérifier les conditions de navigation en période de crue », précise la mairie.
related|Lire aussi : Mâcon : le pont Saint-Laurent passera en sens unique pour les voitures au printemps
h2|Des commerçants inquiets
p|Sur la rive de Saint-Laurent, plusieurs commerçants redoutent une baisse de fréquentation. « Une bonne partie de nos clients arrive à pied de Mâcon. Trois mois, c’est long, surtout avant les fêtes », soupire la gérante d’une boulangerie proche de la rive.
p|Le maire de Saint-Laurent-sur-Saône dit avoir demandé que les travaux soient suspendus pendant la période de Noël. La Ville de Mâcon répond que le calendrier est lié à la disponibilité de l’entreprise et au niveau de la rivière, généralement plus bas en début d’hiver.
p|Le chantier est financé à 40 % par le Département de Saône-et-Loire. Une réunion publique d’information est prévue le jeudi 20 novembre à 18 h 30, salle des fêtes de Saint-Laurent.
tags|Mâcon
tags|Saint-Laurent-sur-Saône
tags|Travaux
tags|Circulation
follow|Suivez-nous sur Google Actualités
comments|Les commentaires sont réservés aux abonnés.
comments|Réagir
newsletter|Newsletter Mâcon
newsletter|Recevez chaque matin l’essentiel de l’actualité de votre ville.
newsletter|Votre adresse e-mail
newsletter|Je m’inscris
newsletter|En cliquant sur « Je m’inscris », vous acceptez notre politique de confidentialité.
teaser-list|Dans la même rubrique
teaser-list|Mâcon : un nouveau directeur pour le conservatoire
teaser-list|Il y a 2 h
teaser-list|Charnay-lès-Mâcon : le marché de Noël s’agrandit
teaser-list|Il y a 5 h
teaser-list|Mâcon : les inscriptions au cross des écoles sont ouvertes
teaser-list|Hier à 18:10
most-read|Les plus lus
most-read|1
most-read|Chalon-sur-Saône : collision entre un bus et une voiture avenue de Paris, deux blessés légers
most-read|2
most-read|Saône-et-Loire : la vigilance orange aux crues levée sur la Seille
most-read|3
most-read|Tournus : l’ancienne usine de meubles rachetée par un groupe lyonnais
obituary|Avis de décès
obituary|Consultez les avis de décès de Saône-et-Loire
obituary|Rechercher un défunt
sponsored|Contenus sponsorisés par Outbrain
sponsored|Ce robot de cuisine fait fureur cette année
sponsored|Mutuelle senior : les tarifs qui vont changer en 2026
app|Téléchargez l’application Le Courrier de Saône
app|Disponible sur l’App Store – Disponible sur Google Play
network|Le Courrier de Saône fait partie du groupe Presse Bourgogne Est : Le Bien Public Côte-d’Or · L’Yonne Matin · Le Jura Libre
footer|Qui sommes-nous ?
footer|Nous contacter
footer|Publier une annonce légale
footer|Mentions légales
footer|Conditions générales d’utilisation
footer|Politique de confidentialité
footer|Gérer mes cookies
footer|Accessibilité : non conforme
copyright|© Le Courrier de Saône 2025 - Tous droits réservés
"""),
 dict(id="le-journal-de-saone-style-2", site="le-journal-de-saone-style", lang="fr", sep="\n", title="Louhans : le marché aux volailles du lundi retrouve ses halles rénovées", date="2025-12-01", page="""
skip-link|Aller au contenu principal
skip-link|Aller au menu
menu|Le Courrier de Saône
menu|S'abonner
menu|Se connecter
menu|Journal numérique
menu|Actualités
menu|Saône-et-Loire
menu|Mâcon
menu|Chalon-sur-Saône
menu|Le Creusot - Montceau
menu|Autun - Charolles
menu|Louhans - Bresse
menu|Faits divers - Justice
menu|Sport
menu|Loisirs
menu|Vins de Bourgogne
menu|Avis de décès
weather|Louhans 4°C Brouillard
breadcrumb|Accueil / Saône-et-Loire / Louhans
section-label|Louhans
section-label|Commerce
h1|Louhans : le marché aux volailles du lundi retrouve ses halles rénovées
lead|Après dix-huit mois de travaux, les éleveurs de volailles de Bresse ont retrouvé ce lundi matin la halle couverte de la place de la Charité. Un retour attendu à quelques semaines des Glorieuses.
byline|Par Thomas Berthaud
dateline|Le 01/12/2025 à 17:30
reading-time|Temps de lecture : 2 min
listen|Écouter cet article
listen|00:00 / 02:41
share|Partager
share|Facebook
share|X
share|E-mail
share|Copier le lien
save|Ajouter aux favoris
comments|Commenter
caption|Dès 7 heures, les premiers éleveurs ont installé leurs cages sous la charpente restaurée.
credit|Photo Le CdS /T. B.
p|Il faisait encore nuit quand les premiers camions se sont garés derrière la halle, ce lundi. Pour la première fois depuis mai 2024, le marché aux volailles vivantes de Louhans s’est tenu sous la grande charpente de la place de la Charité, entièrement restaurée.
p|Pendant la durée du chantier, les éleveurs avaient été installés sur le parking du foirail, sous des barnums. « Avec le vent et la pluie, ce n’était pas simple pour les bêtes ni pour nous », raconte un producteur de Saint-Germain-du-Bois, présent chaque semaine depuis trente ans.
ad|Publicité
h2|Une charpente de 1880 consolidée
p|Les travaux, d’un montant de 2,1 millions d’euros, ont porté sur la consolidation de la charpente, la réfection complète de la toiture et la pose d’un sol antidérapant plus facile à nettoyer. Des points d’eau et un éclairage LED ont aussi été installés.
p|La commune a bénéficié de subventions de l’État, de la Région Bourgogne-Franche-Comté et du Département, qui couvrent environ 60 % de la facture.
p|Ce lundi, une trentaine d’exposants étaient présents. On y trouvait surtout des poulets, des canards et des pintades, mais aussi des lapins et quelques oies, très demandées à l’approche des fêtes.
related|Lire aussi : Bresse : les éleveurs de volailles face à la hausse du prix des céréales
h2|Rendez-vous aux Glorieuses
p|Le prochain temps fort est déjà dans toutes les têtes : le concours des Glorieuses de Bresse, organisé mi-décembre, où sont primées les plus belles volailles de l’appellation.
p|« Les halles sont prêtes, et nous aussi », sourit le maire de Louhans, venu saluer les exposants. Il promet une inauguration officielle au printemps, « quand il fera moins froid ».
tags|Louhans
tags|Bresse
tags|Commerce
tags|Agriculture
follow|Suivez-nous sur Google Actualités
comments|Les commentaires sont réservés aux abonnés.
comments|Réagir
newsletter|Newsletter Bresse
newsletter|Recevez chaque matin l’essentiel de l’actualité de votre ville.
newsletter|Votre adresse e-mail
newsletter|Je m’inscris
newsletter|En cliquant sur « Je m’inscris », vous acceptez notre politique de confidentialité.
teaser-list|Dans la même rubrique
teaser-list|Cuiseaux : la piscine intercommunale fermée pour vidange
teaser-list|Il y a 1 h
teaser-list|Louhans : un concert de Noël à l’église Saint-Pierre
teaser-list|Il y a 4 h
most-read|Les plus lus
most-read|1
most-read|Mâcon : un automobiliste flashé à 162 km/h sur la RCEA
most-read|2
most-read|Le Creusot : l’usine de forge embauche quarante personnes
most-read|3
most-read|Saône-et-Loire : les prix du fioul repartent à la hausse
obituary|Avis de décès
obituary|Consultez les avis de décès de Saône-et-Loire
obituary|Rechercher un défunt
sponsored|Contenus sponsorisés par Outbrain
sponsored|Les Français découvrent cette astuce pour réduire leur facture de chauffage
app|Téléchargez l’application Le Courrier de Saône
app|Disponible sur l’App Store – Disponible sur Google Play
network|Le Courrier de Saône fait partie du groupe Presse Bourgogne Est : Le Bien Public Côte-d’Or · L’Yonne Matin · Le Jura Libre
footer|Qui sommes-nous ?
footer|Nous contacter
footer|Publier une annonce légale
footer|Mentions légales
footer|Conditions générales d’utilisation
footer|Politique de confidentialité
footer|Gérer mes cookies
footer|Accessibilité : non conforme
copyright|© Le Courrier de Saône 2025 - Tous droits réservés
"""),
 dict(id="lefaso-net-style-1", site="lefaso-net-style", lang="fr", sep="\n\n", title="Ouagadougou : les vendeurs du marché de Sankaryaaré relogés sur un site provisoire", date="2025-11-18", page="""
menu|FasoActu.net
menu|L’information du Burkina Faso sur le Net
timestamp|mardi 18 novembre 2025
menu|Accueil
menu|Actualités
menu|Politique
menu|Économie
menu|Société
menu|Culture
menu|Sport
menu|Opinions
menu|Annonces
menu|Nécrologie
menu|Offres d’emploi
menu|Contact
search|Rechercher
ticker|À la une : Campagne agricole sèche : 2 500 hectares aménagés dans le Sourou • Fonction publique : les résultats du concours de l’ENAM disponibles • Étalons : la liste des 26 joueurs convoqués
breadcrumb|Accueil » Actualités » Société
h1|Ouagadougou : les vendeurs du marché de Sankaryaaré relogés sur un site provisoire
dateline|Publié le mardi 18 novembre 2025 à 23h04min
share|PARTAGER :
share|Facebook Twitter WhatsApp E-mail
lead|Près de 900 commerçants du marché de Sankaryaaré, dans l’arrondissement 1 de Ouagadougou, ont commencé à s’installer ce mardi sur un site aménagé à proximité, en attendant la reconstruction de l’ancien marché. L’opération doit s’étendre sur deux semaines.
p|Le déménagement a débuté tôt le matin, sous la supervision des agents de la mairie et de la police municipale. Charrettes, tricycles et camionnettes ont fait la navette entre les anciens hangars et le site provisoire, situé à environ 300 mètres, sur un terrain jusque-là utilisé comme parking.
p|Selon le président de la délégation spéciale de la commune, les nouvelles installations comptent 860 boutiques en tôle, des blocs de latrines, deux bornes-fontaines et un poste de premiers secours. « Chaque commerçant recensé dispose d’un emplacement numéroté. Il n’y aura pas de paiement supplémentaire pendant la durée des travaux », a-t-il assuré.
caption|Les commerçants transportant leurs marchandises vers le nouveau site, ce mardi matin
p|Sur place, l’accueil est mitigé. Awa, vendeuse de pagnes depuis une quinzaine d’années, se dit satisfaite de son nouvel emplacement, « plus aéré que l’ancien ». Mais d’autres commerçants se plaignent de la taille des boutiques, jugée trop petite, et craignent de perdre leur clientèle habituelle.
p|« Les clients ne savent pas encore où nous trouver. On a perdu presque toute la journée à transporter nos sacs », témoigne un grossiste en céréales, qui souhaite que la mairie installe des panneaux d’orientation aux abords du marché.
ad|PUBLICITÉ
ad|Orange Money : envoyez de l’argent partout au Burkina, sans frais jusqu’au 30 novembre
h2|Dix-huit mois de travaux annoncés
p|La reconstruction du marché doit durer dix-huit mois. Le futur bâtiment comprendra deux niveaux, un parking, un système de lutte contre l’incendie et des magasins de stockage. Le coût des travaux n’a pas été communiqué.
p|Les autorités communales ont appelé les commerçants au calme et à la patience, rappelant que les anciens hangars, vétustes, avaient été endommagés par un début d’incendie en mars dernier.
signature|Fatimata Ouédraogo
signature|FasoActu.net
related|Lire aussi : Marché central de Bobo-Dioulasso : la réhabilitation des allées achevée
comments|Vos commentaires
comments|Posté par Kassoum le 19 novembre 2025 à 06:41
comments|En réponse à : Ouagadougou : les vendeurs du marché de Sankaryaaré relogés sur un site provisoire
comments|C’est une bonne chose mais il faut que la mairie tienne parole sur les délais. On connaît les chantiers qui durent dix ans dans ce pays.
comments|Répondre à ce message
comments|Posté par Le Sage le 19 novembre 2025 à 08:15
comments|Les commerçants doivent aussi comprendre que l’ancien marché était devenu dangereux. Courage à tous et que Dieu nous aide.
comments|Répondre à ce message
comments|Posté par Rasmané le 19 novembre 2025 à 09:02
comments|Et les vendeurs qui étaient sur les trottoirs, on en parle ? Ils n’ont pas été recensés.
comments|Répondre à ce message
comments|Signaler un abus
teaser-list|Dans la même rubrique
teaser-list|Koudougou : une journée de don de sang organisée par les élèves du lycée provincial
teaser-list|Dédougou : les motos-taxis invités à se faire immatriculer avant fin décembre
teaser-list|Ouagadougou : la voie de contournement fermée pour trois jours
teaser-list|Santé : la campagne de vaccination contre la méningite lancée dans la région du Centre-Est
notices|Nécrologie
notices|Décès de Mme KABORÉ née ZONGO Fatoumata : Remerciements
notices|In memoriam : Feu SAWADOGO Boukary
notices|Décès de M. TRAORÉ Issa : Faire-part
jobs|Offres d’emploi
jobs|Une ONG internationale recrute un(e) chargé(e) de suivi-évaluation
jobs|Avis de recrutement d’un comptable pour une société minière
footer|FasoActu.net – 01 BP 0000 Ouagadougou 01 – Burkina Faso
footer|Qui sommes-nous | Publicité | Mentions légales | Contact
disclaimer|Les commentaires sont publiés sous la seule responsabilité de leurs auteurs. La rédaction se réserve le droit de supprimer tout message injurieux.
copyright|© 2005-2025 FasoActu.net – Tous droits réservés
"""),
 dict(id="lefaso-net-style-2", site="lefaso-net-style", lang="fr", sep="\n\n", title="Bobo-Dioulasso : la 9e édition du festival des arts du masque attendue du 4 au 7 décembre", date="2025-11-26", page="""
menu|FasoActu.net
menu|L’information du Burkina Faso sur le Net
timestamp|mercredi 26 novembre 2025
menu|Accueil
menu|Actualités
menu|Politique
menu|Économie
menu|Société
menu|Culture
menu|Sport
menu|Opinions
menu|Annonces
menu|Nécrologie
menu|Offres d’emploi
menu|Contact
search|Rechercher
ticker|À la une : Examens scolaires : le calendrier 2026 dévoilé • Koupéla : un nouveau centre de santé inauguré • Championnat national : l’EFO s’impose face au RCK
breadcrumb|Accueil » Actualités » Culture
h1|Bobo-Dioulasso : la 9e édition du festival des arts du masque attendue du 4 au 7 décembre
dateline|Publié le mercredi 26 novembre 2025 à 21h35min
share|PARTAGER :
share|Facebook Twitter WhatsApp E-mail
lead|Le comité d’organisation du Festival des arts du masque de Bobo-Dioulasso a présenté, ce mercredi 26 novembre, le programme de sa 9e édition. Une quarantaine de sociétés de masques venues de cinq régions sont annoncées.
p|C’est au cours d’une conférence de presse tenue à la Maison de la culture que les organisateurs ont dévoilé les grandes lignes de l’événement, placé cette année sous le thème « Masques et transmission aux jeunes générations ».
p|Le festival se déroulera du jeudi 4 au dimanche 7 décembre sur la place de la Nation et dans plusieurs quartiers de la ville. Au programme :
li|des sorties de masques de feuilles et de masques de bois ;
li|un concours de danses traditionnelles réservé aux moins de 25 ans ;
li|une exposition de sculptures et d’instruments ;
li|un colloque sur la place du masque dans la société.
p|Selon le président du comité d’organisation, le budget de l’édition s’élève à environ 45 millions de francs CFA, mobilisés auprès de la commune, du ministère en charge de la Culture et de partenaires privés.
ad|PUBLICITÉ
ad|Coris Bank : votre crédit scolaire en 48 heures
p|Les organisateurs insistent sur le respect des règles liées aux masques : certaines sorties sont interdites aux femmes et aux non-initiés, et les photos sont soumises à autorisation. « Le masque n’est pas un simple spectacle, c’est une institution », a rappelé un responsable coutumier présent à la conférence.
p|Les hôteliers de la ville espèrent une bonne affluence. Plusieurs établissements affichent déjà complet pour le week-end du 6 décembre.
signature|Haoua Sanou
signature|Correspondante
signature|FasoActu.net
related|Lire aussi : Culture : le FESPACO dévoile l’affiche de sa prochaine édition
comments|Vos commentaires
comments|Posté par Sidiki le 27 novembre 2025 à 07:58
comments|Très belle initiative. Il faut que nos enfants connaissent nos traditions.
comments|Répondre à ce message
comments|Posté par Ami du Houet le 27 novembre 2025 à 10:20
comments|En réponse à Sidiki
comments|Tout à fait d’accord, mais qu’on respecte aussi les interdits, certains touristes ne font pas attention.
comments|Répondre à ce message
comments|Signaler un abus
teaser-list|Dans la même rubrique
teaser-list|Musique : l’artiste Floby annonce une tournée dans les Hauts-Bassins
teaser-list|Ouagadougou : le musée national rouvre sa salle des costumes
teaser-list|Littérature : trois jeunes auteurs primés au concours Jeunes plumes
notices|Nécrologie
notices|Décès de M. OUATTARA Drissa : Faire-part
notices|Remerciements de la famille BONKOUNGOU
jobs|Offres d’emploi
jobs|Un cabinet d’audit recrute des stagiaires en comptabilité
footer|FasoActu.net – 01 BP 0000 Ouagadougou 01 – Burkina Faso
footer|Qui sommes-nous | Publicité | Mentions légales | Contact
disclaimer|Les commentaires sont publiés sous la seule responsabilité de leurs auteurs. La rédaction se réserve le droit de supprimer tout message injurieux.
copyright|© 2005-2025 FasoActu.net – Tous droits réservés
"""),
 dict(id="scotsman-style-1", site="scotsman-style", lang="en", sep="\n", title="Edinburgh tram extension to Granton could carry first passengers by 2031, councillors told", date="2025-11-14", page="""
skip-link|Skip to content
menu|The Caledonian
menu|Subscribe
menu|Sign in
menu|Newsletters
menu|News
menu|Politics
menu|Business
menu|Sport
menu|Opinion
menu|Arts and Culture
menu|Food and Drink
menu|Heritage
menu|Lifestyle
menu|Puzzles
menu|Jobs
menu|Announcements
breadcrumb|News
breadcrumb|Transport
h1|Edinburgh tram extension to Granton could carry first passengers by 2031, councillors told
lead|A report to the city’s transport committee says the north-south line would cost up to £2.4 billion, with a decision on funding still to come from the Scottish Government
byline|By Rachel Duncan
byline|Transport Correspondent
dateline|Published 14th Nov 2025, 16:05 GMT
comments|Comment
share|Share
share|Facebook
share|X
share|Email
share|Copy link
disclaimer|This article contains affiliate links. We may earn a small commission on items purchased through this article, but that does not affect our editorial judgement.
listen|Listen to this article
listen|4 min
caption|A tram on Princes Street. The proposed line would run north from the city centre to Granton.
credit|Picture: Lisa Ferguson
p|Trams could be running between Edinburgh city centre and Granton within six years if funding is secured, according to a report going before councillors next week.
p|The document, prepared by council officers, sets out a timetable that would see a final business case completed in 2027, construction beginning in 2028 and the first passengers carried in the summer of 2031.
ad|Advertisement
ad|Hide Ad
p|The preferred route would leave Princes Street, cross Orchard Brae and follow the former railway path through Craigleith before reaching the waterfront at Granton, where thousands of new homes are being built.
p|Officers estimate the total cost at between £1.9bn and £2.4bn, depending on whether the line is later extended south towards the Royal Infirmary.
paywall|Subscribe to read the full story
paywall|You’ve read 3 of 5 free articles this month
paywall|Get unlimited access to The Caledonian for just £1 for your first month. Cancel any time.
paywall|Subscribe now
paywall|Already a subscriber? Sign in
h2|Funding gap
p|The council has said it cannot meet the bill alone. The report recommends opening talks with the Scottish Government and exploring a levy on new developments along the route.
p|The transport convener said: “This line would connect some of the fastest-growing parts of the city with jobs and services. But we are realistic – without national support it will not happen.”
ad|Advertisement
ad|Hide Ad
p|Opposition councillors urged caution. One said the city should “learn every lesson” from the original tram project, which opened years late and well over budget.
p|Business groups in Leith and Granton welcomed the timetable, saying clarity would help investors plan.
related|Read more: Edinburgh’s Low Emission Zone – what drivers need to know this winter
h2|What happens next
p|Councillors will be asked to approve the next stage of design work at Thursday’s meeting. A public consultation on the route and stop locations would follow in the spring.
newsletter|Sign up to our Edinburgh Today newsletter
newsletter|Get the latest news from the capital straight to your inbox every weekday morning.
newsletter|Sign up
newsletter|Thank you for signing up!
newsletter|Did you know with a Digital Subscription to The Caledonian, you can get unlimited access to the website including our premium content, as well as benefiting from fewer ads, loyalty rewards and much more.
comments|Comments
comments|Want to join the conversation? Please  or  to comment on this article.
teaser-list|More from News
teaser-list|Glasgow subway modernisation hit by further delay
teaser-list|2 hours ago
teaser-list|ScotRail to run extra services for Hogmanay celebrations
teaser-list|4 hours ago
most-read|Most Popular
most-read|Scotland weather: Met Office yellow warning for snow and ice across Highlands
most-read|Edinburgh’s Christmas market: opening times, prices and how to get there
most-read|Former Hearts captain named new manager of Championship side
sponsored|Sponsored
sponsored|The Highland lodges you can book for under £100 a night this winter
sponsored|Partner content
footer|Follow us on
footer|Facebook · X · Instagram · LinkedIn
footer|About us
footer|Contact us
footer|Advertise my business
footer|Place your ad
footer|Announcements
footer|Archive
footer|Cookie settings
footer|Terms and conditions
footer|Privacy notice
footer|Modern Slavery Statement
footer|The Caledonian is a member of the Independent Press Standards Organisation (IPSO), which regulates the UK’s magazine and newspaper industry.
copyright|© Northern Media Publishing Ltd. All rights reserved.
"""),
 dict(id="scotsman-style-2", site="scotsman-style", lang="en", sep="\n", title="Fife fishing village wins fight to keep its last bank branch open until 2027", date="2025-11-27", page="""
skip-link|Skip to content
menu|The Caledonian
menu|Subscribe
menu|Sign in
menu|Newsletters
menu|News
menu|Politics
menu|Business
menu|Sport
menu|Opinion
menu|Arts and Culture
menu|Food and Drink
menu|Heritage
menu|Lifestyle
menu|Puzzles
menu|Jobs
menu|Announcements
breadcrumb|Business
breadcrumb|Banking
h1|Fife fishing village wins fight to keep its last bank branch open until 2027
lead|Residents in Anstruther had warned that older people and small traders would be cut off from cash if the branch closed in January as planned
byline|By Iain McLaren
dateline|Published 27th Nov 2025, 07:00 GMT
dateline|Updated 27th Nov 2025, 11:42 GMT
comments|Comment
share|Share
share|Facebook
share|X
share|Email
share|Copy link
listen|Listen to this article
listen|3 min
caption|Campaigners gathered outside the branch on Shore Street earlier this month.
credit|Picture: Michael Gillen/National World
p|A bank has reversed its decision to close its only branch in a Fife coastal village after a campaign backed by hundreds of local residents and businesses.
p|The branch on Shore Street in Anstruther was due to shut its doors on January 23. The bank has now confirmed it will stay open, with reduced opening hours, until at least the end of 2027.
ad|Advertisement
ad|Hide Ad
p|Campaigners had gathered more than 2,800 signatures in six weeks – in a community of around 3,500 people – and raised the issue with local MSPs and the UK Treasury.
p|“We didn’t think we could win this one”
p|“We didn’t think we could win this one,” said the chair of the local community council. “But people came out in the rain, wrote letters and told their stories. The bank listened.”
paywall|Subscribe to read the full story
paywall|You’ve read 4 of 5 free articles this month
paywall|Get unlimited access to The Caledonian for just £1 for your first month. Cancel any time.
paywall|Subscribe now
paywall|Already a subscriber? Sign in
p|The nearest alternative branch is in St Andrews, a 20-minute drive away, with an infrequent bus service. Several shop owners said they relied on the branch to deposit takings from the summer tourist season.
p|In a statement, the bank said it had taken account of “the distance to other branches and the particular needs of the local community”, and would review the decision in two years.
ad|Advertisement
ad|Hide Ad
p|The branch will open three days a week from February. A banking hub, shared by several banks, is also being considered for the East Neuk.
related|Read more: Why Scotland has lost half its bank branches in a decade
newsletter|Sign up to our Business newsletter
newsletter|The essential business news from across Scotland, every Monday to Friday.
newsletter|Sign up
newsletter|Thank you for signing up!
newsletter|Did you know with a Digital Subscription to The Caledonian, you can get unlimited access to the website including our premium content, as well as benefiting from fewer ads, loyalty rewards and much more.
comments|Comments
comments|Want to join the conversation? Please  or  to comment on this article.
teaser-list|More from Business
teaser-list|Aberdeen energy firm secures £60m contract in North Sea decommissioning
teaser-list|1 hour ago
teaser-list|Whisky exports dip for third quarter running
teaser-list|5 hours ago
most-read|Most Popular
most-read|Six of the best Scottish towns for a winter break
most-read|Celtic confirm injury blow ahead of European clash
most-read|M8 closure: overnight roadworks to continue until December
sponsored|Sponsored
sponsored|How one Perthshire farm is turning wool into home insulation
sponsored|Partner content
footer|Follow us on
footer|Facebook · X · Instagram · LinkedIn
footer|About us
footer|Contact us
footer|Advertise my business
footer|Place your ad
footer|Announcements
footer|Archive
footer|Cookie settings
footer|Terms and conditions
footer|Privacy notice
footer|Modern Slavery Statement
footer|The Caledonian is a member of the Independent Press Standards Organisation (IPSO), which regulates the UK’s magazine and newspaper industry.
copyright|© Northern Media Publishing Ltd. All rights reserved.
"""),
 dict(id="india-regional-tv-style-1", site="india-regional-tv-style", lang="en", sep="\n\n", title="Hyderabad: GHMC Begins Desilting Of 42 Lakes Ahead Of Summer, Residents Asked To Report Encroachments", date="2025-11-20", page="""
lang-switch|English | తెలుగు | ಕನ್ನಡ | தமிழ் | हिन्दी
watch|LIVE TV
app|Download App
menu|Deccan Vaani TV
menu|Home
menu|State
menu|Hyderabad
menu|India
menu|World
menu|Business
menu|Sports
menu|Entertainment
menu|Technology
menu|Health
menu|Videos
menu|Web Stories
menu|Photos
trending|Trending: Sabarimala Pilgrimage | Telangana Local Body Polls | Gold Rate Today | Weather Update
breadcrumb|Home / State / Telangana
h1|Hyderabad: GHMC Begins Desilting Of 42 Lakes Ahead Of Summer, Residents Asked To Report Encroachments
lead|The civic body has set a target of completing the work by March 2026 and has launched a WhatsApp helpline for complaints about illegal construction on lake beds.
byline|By Deccan Vaani English Team
dateline|Published : Nov 20, 2025, 6:48 PM IST
reading-time|2 Min Read
follow|Follow Us
follow|Add Deccan Vaani as a trusted source on Google
share|Share
caption|Workers remove silt from a lake in Kukatpally on Thursday (Deccan Vaani)
p|Hyderabad: The Greater Hyderabad Municipal Corporation (GHMC) on Thursday began a drive to desilt and clean 42 lakes across the city, in an effort to improve their water-holding capacity before the summer months.
p|Officials said the first phase would cover lakes in Kukatpally, Serilingampally, LB Nagar and Malkajgiri zones, where residents have repeatedly complained about foul smell, mosquito breeding and overflowing during the monsoon.
ad|Advertisement
p|"Silt accumulated over several years has reduced the depth of many lakes by more than a metre. Once it is removed, the lakes can hold more rainwater and the risk of flooding in surrounding colonies will come down," a senior engineer of the lakes wing said.
related|Also Read
related|Telangana: Musi Riverfront Project To Get Fresh Tenders In January
related|Hyderabad Metro Phase-2: Land Acquisition For Airport Corridor Begins
p|According to officials, around 3.5 lakh cubic metres of silt is expected to be removed in the first phase at an estimated cost of Rs 28 crore. The silt will be supplied free of cost to farmers in nearby districts for use in their fields.
h2|Helpline for encroachments
p|The GHMC has also launched a WhatsApp helpline on which citizens can share photographs and locations of encroachments on lake beds and buffer zones. Complaints will be forwarded to the revenue department and the city's lake protection agency for action.
p|Residents' welfare associations welcomed the move but said similar drives in the past had been left half-finished. "We want the desilting to be completed properly and the inlets cleared, otherwise the lake will fill up again in two years," said a member of a welfare association in Pragathi Nagar.
p|Officials said each lake would be monitored with drone surveys before and after the work.
signature|(With inputs from agencies)
tags|TAGGED:
tags|GHMC
tags|HYDERABAD LAKES
tags|DESILTING
tags|TELANGANA NEWS
whatsapp|Join our WhatsApp channel for the latest updates
teaser-list|Top Stories
teaser-list|Telangana Cabinet Approves New Industrial Policy, Focus On MSMEs
teaser-list|Andhra Pradesh: Heavy Rain Likely In Coastal Districts For Next Three Days
teaser-list|Cyberabad Police Bust Fake Job Racket, Six Arrested
video|Videos
video|Watch: Devotees Throng Yadadri Temple On Karthika Purnima
video|02:14
teaser-list|Latest News
teaser-list|5 mins ago
teaser-list|Gold Rate Today In Hyderabad: Prices Dip For Second Day
teaser-list|21 mins ago
teaser-list|Hyderabad Traffic Advisory For Weekend Marathon
footer|About Us
footer|Contact Us
footer|Privacy Policy
footer|Terms of Use
footer|Grievance Redressal
footer|Sitemap
footer|Deccan Vaani TV | Deccan Vaani News | Deccan Vaani Cinema
copyright|Copyright © 2025 Vaani Broadcasting Pvt. Ltd., All rights reserved.
"""),
 dict(id="india-regional-tv-style-2", site="india-regional-tv-style", lang="en", sep="\n\n", title="Vijayawada: Private Bus Operators Hike Sankranti Fares By Up To 80 Per Cent, Transport Dept Warns Of Action", date="2025-12-29", page="""
lang-switch|English | తెలుగు | ಕನ್ನಡ | தமிழ் | हिन्दी
watch|LIVE TV
app|Download App
menu|Deccan Vaani TV
menu|Home
menu|State
menu|Hyderabad
menu|India
menu|World
menu|Business
menu|Sports
menu|Entertainment
menu|Technology
menu|Health
menu|Videos
menu|Web Stories
menu|Photos
trending|Trending: Sankranti 2026 | Vaikunta Ekadasi | New Year Eve Restrictions | Gold Rate Today
breadcrumb|Home / State / Andhra Pradesh
h1|Vijayawada: Private Bus Operators Hike Sankranti Fares By Up To 80 Per Cent, Transport Dept Warns Of Action
lead|Passengers travelling from Hyderabad to coastal Andhra for the harvest festival are paying as much as Rs 3,500 for a sleeper seat, against a usual fare of around Rs 1,900.
byline|By Deccan Vaani English Team
dateline|Published : Dec 29, 2025, 2:15 PM IST
dateline|Updated : Dec 29, 2025, 5:02 PM IST
reading-time|3 Min Read
follow|Follow Us
follow|Add Deccan Vaani as a trusted source on Google
share|Share
video|Watch: Passengers Line Up At Vijayawada Bus Station
video|01:38
p|Vijayawada: With the Sankranti festival less than two weeks away, private bus operators have sharply increased fares on routes between Hyderabad and cities in coastal Andhra Pradesh, prompting complaints from passengers and a warning from the state transport department.
p|Online booking platforms showed sleeper fares from Hyderabad to Vijayawada, Rajahmundry and Kakinada for January 10 and 11 ranging between Rs 2,800 and Rs 3,500. On normal days, the same seats cost between Rs 1,600 and Rs 1,900.
ad|Advertisement
p|"I booked tickets for my family of four and paid almost Rs 13,000 one way. Train tickets were sold out within minutes," said a software employee from Gachibowli who is travelling to his native village near Eluru.
h2|Transport department steps in
p|The Andhra Pradesh transport department said special teams would check buses at border points and on national highways from January 5. Officials said operators found charging more than the permitted limit could face:
li|fines under the Motor Vehicles Act;
li|seizure of vehicles operating without valid permits;
li|suspension of permits for repeat offences.
related|Also Read
related|APSRTC To Run 7,200 Special Buses For Sankranti, No Extra Fare On Return Trips
p|The Andhra Pradesh State Road Transport Corporation (APSRTC) has announced more than 7,000 special services for the festival season. Officials said bookings for these buses were open on the corporation's website and app.
p|Private operators, however, defended the increase, saying buses return almost empty after the festival and that diesel and toll costs had risen. "We are not charging more than what demand allows," an association representative said.
signature|(With inputs from PTI)
tags|TAGGED:
tags|SANKRANTI
tags|PRIVATE BUS FARES
tags|APSRTC
tags|ANDHRA PRADESH NEWS
whatsapp|Join our WhatsApp channel for the latest updates
teaser-list|Top Stories
teaser-list|Tirumala: Vaikunta Dwara Darshan Tokens To Be Issued Online Only
teaser-list|Hyderabad: Police Announce Traffic Curbs On Flyovers For New Year's Eve
teaser-list|Visakhapatnam Beach Road To Host Navy Day Rehearsals
video|Videos
video|Watch: Kite Sellers Busy As Sankranti Approaches In Old City
video|03:05
teaser-list|Latest News
teaser-list|12 mins ago
teaser-list|Gold Rate Today In Vijayawada: Prices Stable
teaser-list|40 mins ago
teaser-list|Guntur Chilli Yard To Remain Closed For Three Days
footer|About Us
footer|Contact Us
footer|Privacy Policy
footer|Terms of Use
footer|Grievance Redressal
footer|Sitemap
footer|Deccan Vaani TV | Deccan Vaani News | Deccan Vaani Cinema
copyright|Copyright © 2025 Vaani Broadcasting Pvt. Ltd., All rights reserved.
"""),
]
