# Round 59: eight pages on four more layouts (a French regional daily's town edition page, a Moroccan French-language
# weekly magazine site, a South African community newspaper site, a US nonprofit statehouse news site), written blind:
# without looking at the classifier, its rules or the benchmark, measured once. Each line: "label|text".
# Invented text; no real article is copied.
ROUND59 = [
 dict(id="ouest-france-local-edition-style-1", site="ouest-france-local-edition-style", lang="fr", sep="\n", title="Châteaubriant. La piscine des Vallons fermera tout l’été pour remplacer ses bassins", date="2026-03-17", page="""
skip-link|Aller au contenu
skip-link|Aller au menu
menu|L’Éclaireur de l’Ouest
menu|Se connecter
subscribe|S’abonner 1 € le premier mois
menu|Actualité
menu|Ma ville
menu|Sports
menu|Faits divers
menu|Loisirs
menu|Avis de décès
menu|Annonces
menu|Jeux
edition|Édition : Châteaubriant
edition|Changer de ville
breadcrumb|Accueil › Pays de la Loire › Loire-Atlantique › Châteaubriant
section-label|Châteaubriant
paywall|Article réservé aux abonnés
h1|Châteaubriant. La piscine des Vallons fermera tout l’été pour remplacer ses bassins
lead|Le centre aquatique intercommunal fermera ses portes du 30 juin au 5 octobre 2026. Les deux bassins en inox, installés il y a trente ans, vont être remplacés pour un coût de 2,1 millions d’euros.
byline|L’Éclaireur de l’Ouest
dateline|Publié le 17/03/2026 à 06h12
listen|Écouter cet article
listen|00:00 / 03:24
save|Sauvegarder
share|Partager
caption|Les bassins de la piscine des Vallons montrent des signes d’usure, notamment au niveau des joints et des goulottes.
credit|© L’Éclaireur de l’Ouest
p|Les nageurs de Châteaubriant devront prendre leur mal en patience. La piscine des Vallons, gérée par la communauté de communes, sera fermée pendant toute la période estivale, du mardi 30 juin au lundi 5 octobre 2026.
p|En cause, le remplacement des deux bassins en inox, le bassin sportif de 25 mètres et le bassin d’apprentissage, installés lors de la construction de l’équipement en 1996. « Nous avons des fuites importantes, on perd plusieurs mètres cubes d’eau par jour », explique le vice-président chargé des sports.
p|Le chantier, estimé à 2,1 millions d’euros, est financé à hauteur de 40 % par l’État et la Région. Le reste est à la charge de la communauté de communes.
h2|Pourquoi l’été ?
p|Le choix de la période a fait débat au conseil communautaire. « Fermer en été, c’est priver les familles d’un lieu de baignade au moment où elles en ont le plus besoin », a regretté une élue d’opposition.
p|L’exécutif répond que les entreprises spécialisées ne sont disponibles qu’à cette période et que les scolaires, qui représentent près de la moitié de la fréquentation, ne sont pas pénalisés.
h2|Des solutions de repli
p|Pendant la fermeture, plusieurs solutions seront proposées aux usagers :
li|des navettes gratuites vers le centre aquatique de Nozay, trois fois par semaine ;
li|un accès à tarif réduit à la base de loisirs de la Courbetière ;
li|le maintien des cours d’aquagym dans le bassin de Derval, en septembre.
p|Les clubs de natation et de plongée seront accueillis dans d’autres équipements du département. Les abonnements en cours seront prolongés de la durée de la fermeture.
p|La réouverture est prévue le lundi 5 octobre, si le calendrier des travaux est respecté.
tags|Châteaubriant
tags|Loisirs
tags|Piscine
comments|Réagir à cet article
comments|0 commentaire
ad|Publicité
ad|Contenus sponsorisés
sponsored|Cette astuce de grand-mère pour déboucher ses canalisations fait fureur en Loire-Atlantique
sponsored|Pompes à chaleur : ce que les propriétaires de la région doivent savoir avant 2027
teaser-list|À lire aussi à Châteaubriant
teaser-list|Châteaubriant. Le marché du mercredi change d’emplacement pendant les travaux de la place
teaser-list|Issé. Une collecte de sang organisée vendredi à la salle des fêtes
teaser-list|Châteaubriant. Le lycée Guy-Môquet accueille un forum des métiers ce samedi
obituary|Avis de décès à Châteaubriant et ses environs
obituary|Consultez les avis de décès de votre région
obituary|Rechercher un avis
newsletter|Recevez chaque matin l’essentiel de l’actualité de Châteaubriant
newsletter|Votre adresse e-mail
newsletter|Je m’inscris
app|Téléchargez l’application L’Éclaireur de l’Ouest
footer|L’Éclaireur de l’Ouest
footer|Qui sommes-nous ?
footer|Nous contacter
footer|Mentions légales
footer|Données personnelles
footer|Gestion des cookies
footer|Conditions générales de vente
footer|Accessibilité : partiellement conforme
copyright|© L’Éclaireur de l’Ouest 2026
"""),
 dict(id="ouest-france-local-edition-style-2", site="ouest-france-local-edition-style", lang="fr", sep="\n", title="Saint-Julien-de-Vouvantes. Après 38 ans derrière le comptoir, la boulangère passe la main", date="2026-04-02", page="""
skip-link|Aller au contenu
skip-link|Aller au menu
menu|L’Éclaireur de l’Ouest
menu|Se connecter
subscribe|S’abonner 1 € le premier mois
menu|Actualité
menu|Ma ville
menu|Sports
menu|Faits divers
menu|Loisirs
menu|Avis de décès
menu|Annonces
menu|Jeux
edition|Édition : Châteaubriant
edition|Changer de ville
breadcrumb|Accueil › Pays de la Loire › Loire-Atlantique › Saint-Julien-de-Vouvantes
section-label|Saint-Julien-de-Vouvantes
h1|Saint-Julien-de-Vouvantes. Après 38 ans derrière le comptoir, la boulangère passe la main
lead|Monique Bréhier a vendu son dernier pain samedi. Un jeune couple venu de Rennes reprend la seule boulangerie de la commune, qui ne fermera que deux semaines.
byline|Correspondant L’Éclaireur de l’Ouest
dateline|Publié le 02/04/2026 à 17h45
listen|Écouter cet article
listen|00:00 / 02:51
save|Sauvegarder
share|Partager
caption|Monique Bréhier, entourée de ses clients fidèles, samedi matin, pour son dernier jour.
credit|© L’Éclaireur de l’Ouest
p|Samedi matin, il y avait la queue jusque sur le trottoir devant la boulangerie de la place de l’Église. Pas pour une fournée exceptionnelle, mais pour dire au revoir à Monique Bréhier, qui tenait le commerce depuis 1988.
p|« J’ai commencé avec mon mari, il faisait le pain et moi la vente. Depuis qu’il est parti à la retraite, j’avais un ouvrier. Mais à 63 ans, il était temps », confie-t-elle, émue, entre deux bouquets de fleurs.
p|Les habitants craignaient de voir disparaître le dernier commerce de bouche du bourg. La mairie s’était mobilisée dès l’an dernier en publiant une annonce auprès de la chambre des métiers.
h2|Un couple de trentenaires
p|Ce sont finalement Kévin et Laura Mercier, 31 et 29 ans, qui reprennent l’affaire. Lui a travaillé huit ans dans une boulangerie de Rennes, elle vient de la grande distribution.
p|« On cherchait un village vivant, avec une école. Ici, on a trouvé les deux », sourit Laura Mercier. Le couple prévoit de conserver les horaires actuels et d’ajouter une gamme de pains au levain.
p|La boulangerie fermera du 6 au 19 avril pour quelques travaux de peinture et le changement du four. Un dépôt de pain sera assuré pendant cette période à l’épicerie associative, rue du Stade.
p|Pratique : réouverture le lundi 20 avril, de 7 h à 13 h et de 16 h à 19 h, fermé le mercredi.
tags|Saint-Julien-de-Vouvantes
tags|Commerce
comments|Réagir à cet article
comments|2 commentaires
ad|Publicité
ad|Contenus sponsorisés
sponsored|Ces seniors de Loire-Atlantique découvrent une mutuelle à moins de 30 € par mois
sponsored|Isolation des combles : une aide méconnue pour les ménages modestes
teaser-list|À lire aussi à Châteaubriant
teaser-list|Châteaubriant. La piscine des Vallons fermera tout l’été pour remplacer ses bassins
teaser-list|Soudan. Le comité des fêtes prépare une course de caisses à savon pour juin
teaser-list|Juigné-des-Moutiers. Le conseil municipal vote une hausse de la taxe foncière de 2 %
obituary|Avis de décès à Châteaubriant et ses environs
obituary|Consultez les avis de décès de votre région
obituary|Rechercher un avis
newsletter|Recevez chaque matin l’essentiel de l’actualité de Châteaubriant
newsletter|Votre adresse e-mail
newsletter|Je m’inscris
app|Téléchargez l’application L’Éclaireur de l’Ouest
footer|L’Éclaireur de l’Ouest
footer|Qui sommes-nous ?
footer|Nous contacter
footer|Mentions légales
footer|Données personnelles
footer|Gestion des cookies
footer|Conditions générales de vente
footer|Accessibilité : partiellement conforme
copyright|© L’Éclaireur de l’Ouest 2026
"""),
 dict(id="maroc-hebdo-style-1", site="maroc-hebdo-style", lang="fr", sep="\n\n", title="Eau potable : à Casablanca, la chasse aux fuites devient une priorité", date="2026-02-20", page="""
timestamp|Vendredi 20 février 2026
ticker|Prière : Fajr 06:21 | Dohr 13:37 | Asr 16:43 | Maghreb 19:14 | Icha 20:29
ticker|MASI 17 842,51 +0,42 %  |  EUR/MAD 10,84  |  USD/MAD 9,97
lang-switch|FR | عربي
menu|Le Miroir Hebdo
menu|L’hebdomadaire de référence depuis 1991
menu|Accueil
menu|Politique
menu|Économie
menu|Société
menu|Culture
menu|Sport
menu|Monde
menu|Dossiers
menu|Le Magazine
epaper|Le numéro de la semaine : N° 1 482 – Du 20 au 26 février 2026
epaper|Feuilleter le magazine
section-label|Société
h1|Eau potable : à Casablanca, la chasse aux fuites devient une priorité
lead|Un quart de l’eau injectée dans le réseau de la métropole se perd avant d’arriver au robinet. Face à la sécheresse, le délégataire et les autorités accélèrent le remplacement des conduites vétustes.
byline|Par Nadia Benkirane
dateline|Le 20/02/2026
reading-time|Temps de lecture : 4 min
share|Facebook
share|X
share|LinkedIn
share|WhatsApp
share|Email
caption|Une équipe de techniciens intervient sur une conduite principale dans le quartier de Hay Hassani.
p|Dans un pays qui traverse sa septième année consécutive de déficit pluviométrique, chaque litre compte. Pourtant, à Casablanca, environ 25 % de l’eau potable produite se perd dans les canalisations, selon les derniers chiffres communiqués aux élus de la commune.
p|Le phénomène n’est pas nouveau. Une partie du réseau date des années 1950 et 1960, et les conduites en fonte grise, fragilisées par le temps et les variations de pression, cèdent régulièrement.
h2|Un plan de 1,8 milliard de dirhams
p|Pour y remédier, un programme d’investissement de 1,8 milliard de dirhams a été arrêté pour la période 2026-2029. Il prévoit le remplacement de près de 600 kilomètres de conduites et l’installation de capteurs acoustiques capables de détecter les fuites invisibles.
related|Lire aussi : Barrages : le taux de remplissage reste sous la barre des 30 %
p|« Une fuite non détectée peut couler pendant des mois sous la chaussée sans que personne ne s’en aperçoive », explique un ingénieur du délégataire. Les nouveaux capteurs, déjà testés à Aïn Sebaâ, ont permis de réduire les pertes de 9 points dans ce secteur.
p|Le programme comprend également la sectorisation du réseau, qui consiste à le découper en zones dont on mesure en permanence les entrées et les sorties d’eau.
ad|Publicité
h2|Les ménages aussi mis à contribution
p|Les autorités comptent aussi sur les abonnés. Une campagne de sensibilisation sera lancée au printemps dans les écoles et les mosquées. Elle rappellera quelques gestes simples :
li|vérifier régulièrement son compteur lorsque tous les robinets sont fermés ;
li|faire réparer sans attendre une chasse d’eau qui fuit ;
li|éviter le lavage des voitures et des terrasses au jet.
p|Les associations de consommateurs, elles, demandent davantage de transparence sur les factures, qui ont fortement augmenté dans certains quartiers après l’installation de compteurs plus précis.
p|Pour les spécialistes, la bataille contre les fuites est la solution la moins coûteuse. « Récupérer un mètre cube perdu coûte bien moins cher que de le produire par dessalement », résume un hydrologue de l’université Hassan-II.
tags|Mots-clés : Casablanca, eau potable, sécheresse, infrastructures
author-link|Nadia Benkirane
author-link|Voir tous ses articles
related|Articles similaires
related|Stress hydrique : les golfs de Marrakech passent aux eaux usées traitées
related|Station de dessalement de Casablanca : le chantier à mi-parcours
related|Agriculture : les semis d’automne en net recul dans le Saïss
comments|Laisser un commentaire
comments|Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *
comments|Commentaire *
comments|Nom *
comments|E-mail *
comments|Publier le commentaire
most-read|Les plus lus
most-read|1 Retraites : ce que prévoit le projet de réforme
most-read|2 Ramadan 2026 : les horaires de travail dans l’administration
most-read|3 Immobilier : les prix reculent à Rabat et Tanger
most-read|4 Botola Pro : le Raja renoue avec la victoire
newsletter|Inscrivez-vous à notre newsletter
newsletter|Recevez chaque vendredi le sommaire du magazine
newsletter|S’inscrire
footer|Le Miroir Hebdo – Groupe de presse Atlas Médias
footer|Qui sommes-nous | Publicité | Abonnements | Contact | Mentions légales | Politique de confidentialité
copyright|© 2026 Le Miroir Hebdo. Tous droits réservés. Reproduction interdite sans autorisation.
cookie|Ce site utilise des cookies pour améliorer votre expérience. En poursuivant votre navigation, vous acceptez leur utilisation.
cookie|J’accepte
cookie|En savoir plus
"""),
 dict(id="maroc-hebdo-style-2", site="maroc-hebdo-style", lang="fr", sep="\n\n", title="Festival de Fès : une 30e édition tournée vers les musiques d’Afrique de l’Ouest", date="2026-03-06", page="""
timestamp|Vendredi 6 mars 2026
ticker|Prière : Fajr 05:58 | Dohr 13:34 | Asr 16:52 | Maghreb 19:29 | Icha 20:43
ticker|MASI 17 911,07 -0,18 %  |  EUR/MAD 10,86  |  USD/MAD 10,01
lang-switch|FR | عربي
menu|Le Miroir Hebdo
menu|L’hebdomadaire de référence depuis 1991
menu|Accueil
menu|Politique
menu|Économie
menu|Société
menu|Culture
menu|Sport
menu|Monde
menu|Dossiers
menu|Le Magazine
epaper|Le numéro de la semaine : N° 1 484 – Du 6 au 12 mars 2026
epaper|Feuilleter le magazine
section-label|Culture
h1|Festival de Fès : une 30e édition tournée vers les musiques d’Afrique de l’Ouest
lead|Pour son trentième anniversaire, le festival des musiques sacrées invite des artistes du Mali, du Sénégal et de Guinée. La programmation a été dévoilée cette semaine.
byline|Par Youssef El Alami
dateline|Le 06/03/2026
reading-time|Temps de lecture : 3 min
share|Facebook
share|X
share|LinkedIn
share|WhatsApp
share|Email
caption|Le site de Bab Al Makina accueillera les grands concerts du soir.
p|Du 29 mai au 6 juin, la capitale spirituelle du Royaume vivra au rythme de sa grande fête musicale. Les organisateurs ont choisi de placer cette 30e édition sous le signe des liens historiques entre le Maroc et l’Afrique de l’Ouest.
p|« Les routes caravanières qui reliaient Fès à Tombouctou transportaient aussi des chants et des instruments », rappelle le directeur artistique, qui a présenté le programme mercredi à Rabat.
h2|Une programmation en trois temps
p|Les concerts se répartiront entre trois lieux :
li|Bab Al Makina, pour les grands concerts du soir ;
li|le jardin Jnan Sbil, pour les récitals de l’après-midi ;
li|la médina, où des confréries soufies se produiront gratuitement chaque nuit.
ad|Publicité
p|Parmi les têtes d’affiche figurent un ensemble de griots maliens, une chanteuse sénégalaise connue pour ses reprises de chants mourides et un orchestre de kora venu de Conakry. Des artistes marocains de la tradition gnaoua et de la musique andalouse partageront la scène avec eux.
related|Lire aussi : Patrimoine : la restauration des fondouks de la médina de Fès se poursuit
p|Un forum de réflexion, organisé en marge des concerts, réunira des chercheurs autour du thème « Sacré et transmission ».
p|Les billets seront mis en vente à partir du 15 mars. Les organisateurs annoncent un tarif réduit pour les étudiants et une jauge augmentée pour les concerts gratuits de la médina.
tags|Mots-clés : Fès, festival, musique, Afrique
author-link|Youssef El Alami
author-link|Voir tous ses articles
related|Articles similaires
related|Cinéma : trois films marocains sélectionnés à Ouagadougou
related|Livre : le Salon international de Rabat annonce son invité d’honneur
related|Théâtre : la troupe de Tétouan en tournée européenne
comments|Laisser un commentaire
comments|Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *
comments|Commentaire *
comments|Nom *
comments|E-mail *
comments|Publier le commentaire
most-read|Les plus lus
most-read|1 Ramadan 2026 : les horaires de travail dans l’administration
most-read|2 Carburants : nouvelle baisse des prix à la pompe
most-read|3 Baccalauréat : le calendrier des examens dévoilé
most-read|4 Eau potable : à Casablanca, la chasse aux fuites devient une priorité
newsletter|Inscrivez-vous à notre newsletter
newsletter|Recevez chaque vendredi le sommaire du magazine
newsletter|S’inscrire
footer|Le Miroir Hebdo – Groupe de presse Atlas Médias
footer|Qui sommes-nous | Publicité | Abonnements | Contact | Mentions légales | Politique de confidentialité
copyright|© 2026 Le Miroir Hebdo. Tous droits réservés. Reproduction interdite sans autorisation.
cookie|Ce site utilise des cookies pour améliorer votre expérience. En poursuivant votre navigation, vous acceptez leur utilisation.
cookie|J’accepte
cookie|En savoir plus
"""),
 dict(id="south-african-community-paper-style-1", site="south-african-community-paper-style", lang="en", sep="\n\n", title="Residents of Weltevreden Park without water for third day as reservoir repairs drag on", date="2026-01-14", page="""
ticker|Load-shedding: No load-shedding currently scheduled
weather|Roodepoort 27°C Partly cloudy
menu|Westrand Tribune
menu|Home
menu|Local news
menu|Community
menu|Crime
menu|Sport
menu|Lifestyle
menu|Motoring
menu|Property
menu|ePaper
menu|Advertise
menu|Search
whatsapp|Join our WhatsApp channel for breaking local news
breadcrumb|Home › Local news
section-label|Local news
h1|Residents of Weltevreden Park without water for third day as reservoir repairs drag on
lead|Johannesburg Water says a burst inlet pipe at the Weltevreden reservoir should be fixed by Thursday, but frustrated residents say they have heard that before.
byline|Thando Mokoena
byline|Journalist
reading-time|2 minute read
dateline|14 January 2026
share|Share this article
share|Facebook
share|X
share|WhatsApp
share|Copy link
caption|Residents queue at a water tanker on Hendrik Potgieter Road on Tuesday afternoon.
credit|Photo: Thando Mokoena
p|Hundreds of households in Weltevreden Park and parts of Constantia Kloof have been without running water since Sunday evening, after a pipe feeding the local reservoir burst during routine maintenance.
p|Johannesburg Water said in a statement on Tuesday that contractors were working “around the clock” to replace the damaged section and that supply would be restored gradually once the reservoir had refilled.
disclaimer|At the Westrand Tribune, our news is written by local journalists, not by artificial intelligence.
p|Ward councillor Petra van Rooyen said she had escalated the matter to the utility’s regional manager. “People are elderly, there are babies, there are people working from home. Three days is unacceptable,” she said.
related|ALSO READ: Roodepoort motorists warned of lane closures on Ontdekkers Road
p|Water tankers have been stationed at the Weltevreden Park shopping centre, at the corner of Hendrik Potgieter and Christiaan de Wet roads, and at the local primary school. Several residents told the Tribune the tankers had run dry by mid-afternoon.
p|“I stood in line for an hour with my buckets and when I got to the front there was nothing left,” said pensioner Jan Pretorius, 74.
ad|Advertisement
h2|What residents can do
p|Johannesburg Water asked residents to:
li|keep taps closed to avoid flooding when supply returns;
li|report leaks and burst pipes on 011 000 0000 or through the utility’s app;
li|boil tap water for the first 24 hours after supply is restored.
p|A local community policing forum has organised a volunteer roster to deliver water to housebound residents. Those who need help can contact the forum through its Facebook page.
p|The utility said it would give a further update on Wednesday afternoon.
whatsapp|Stay in the loop. Join the Westrand Tribune WhatsApp channel and get local news straight to your phone.
related|Read more stories from the Westrand Tribune
tags|Johannesburg Water
tags|Roodepoort
tags|Water outages
tags|Weltevreden Park
comments|Comments
comments|Please log in to comment. Comments are moderated and may take a few minutes to appear.
teaser-list|Latest in Local news
teaser-list|Florida Lake clean-up draws 200 volunteers
teaser-list|5 hours ago
teaser-list|Two arrested after cable theft at Roodepoort substation
teaser-list|9 hours ago
teaser-list|Matric results: local schools celebrate 90%+ pass rates
teaser-list|1 day ago
classifieds|Classifieds
classifieds|Jobs | Property | Vehicles | Services | Notices
epaper|Read this week’s ePaper
footer|Westrand Tribune is a Caxmedia community title.
network|Our network: Northcliff Courier | Randburg Sun | Krugersdorp Herald | Soweto Voice
footer|About us | Contact us | Advertise with us | Terms and conditions | Privacy policy | PAIA manual | Press Code
footer|The Westrand Tribune subscribes to the Press Code and supports the independent Press Ombud. To lodge a complaint, contact the Ombud’s office.
copyright|© 2026 Caxmedia. All rights reserved.
cookie|We use cookies to give you the best experience on our website. By continuing, you agree to our use of cookies in line with POPIA.
cookie|Accept
cookie|Cookie settings
"""),
 dict(id="south-african-community-paper-style-2", site="south-african-community-paper-style", lang="en", sep="\n\n", title="Horizon View schoolgirl wins provincial chess title at 11", date="2026-02-03", page="""
ticker|Load-shedding: Stage 2 from 16:00 to 22:00
weather|Roodepoort 24°C Thundershowers
menu|Westrand Tribune
menu|Home
menu|Local news
menu|Community
menu|Crime
menu|Sport
menu|Lifestyle
menu|Motoring
menu|Property
menu|ePaper
menu|Advertise
menu|Search
whatsapp|Join our WhatsApp channel for breaking local news
breadcrumb|Home › Community
section-label|Community
h1|Horizon View schoolgirl wins provincial chess title at 11
lead|Lesedi Nkosi beat players up to two years older to take the Gauteng under-13 girls’ title, and now has her sights on the national championships in July.
byline|Karen Botha
byline|Journalist
reading-time|3 minute read
dateline|3 February 2026
share|Share this article
share|Facebook
share|X
share|WhatsApp
share|Copy link
caption|Lesedi Nkosi with her trophy and the chessboard she practises on every afternoon.
credit|Photo: Supplied
p|When Lesedi Nkosi first sat down at a chessboard at the age of seven, she says she mostly liked the horse-shaped pieces. Four years later, the Grade 6 learner from a Horizon View primary school is the Gauteng under-13 girls’ chess champion.
p|The 11-year-old won six of her seven games at the provincial championships held in Pretoria over the weekend, drawing only the final round against the tournament’s top seed.
disclaimer|At the Westrand Tribune, our news is written by local journalists, not by artificial intelligence.
p|“I was very nervous in the last game because I knew a draw was enough,” she told the Tribune. “So I played slowly and tried not to make any silly mistakes.”
h2|Practice after homework
p|Her mother, Nomvula Nkosi, said Lesedi plays for about an hour every afternoon once her homework is done, mostly online against players from other countries.
p|Her school chess coach, Mr Sipho Dlamini, started the club in 2019 with eight learners. It now has more than 40 members and meets twice a week in the school library.
related|ALSO READ: Roodepoort gymnast selected for national junior squad
p|“She has a very calm temperament, which is rare at that age. She doesn’t panic when she is behind,” Dlamini said.
ad|Advertisement
p|Lesedi has qualified for the South African junior championships, to be held in Durban in July. The family is raising funds to cover travel and accommodation costs and has set up a collection point at the school.
p|Businesses or residents who would like to help can contact the school office during school hours.
whatsapp|Stay in the loop. Join the Westrand Tribune WhatsApp channel and get local news straight to your phone.
related|Read more stories from the Westrand Tribune
tags|Chess
tags|Horizon View
tags|Schools
comments|Comments
comments|Please log in to comment. Comments are moderated and may take a few minutes to appear.
teaser-list|Latest in Community
teaser-list|Wilro Park church hosts free eye-testing day
teaser-list|3 hours ago
teaser-list|Library book sale raises R12 000 for reading corner
teaser-list|1 day ago
teaser-list|Residents of Weltevreden Park without water for third day as reservoir repairs drag on
teaser-list|3 weeks ago
classifieds|Classifieds
classifieds|Jobs | Property | Vehicles | Services | Notices
epaper|Read this week’s ePaper
footer|Westrand Tribune is a Caxmedia community title.
network|Our network: Northcliff Courier | Randburg Sun | Krugersdorp Herald | Soweto Voice
footer|About us | Contact us | Advertise with us | Terms and conditions | Privacy policy | PAIA manual | Press Code
footer|The Westrand Tribune subscribes to the Press Code and supports the independent Press Ombud. To lodge a complaint, contact the Ombud’s office.
copyright|© 2026 Caxmedia. All rights reserved.
cookie|We use cookies to give you the best experience on our website. By continuing, you agree to our use of cookies in line with POPIA.
cookie|Accept
cookie|Cookie settings
"""),
 dict(id="us-statehouse-news-style-1", site="us-statehouse-news-style", lang="en", sep="\n", title="Senate panel advances bill capping insulin copays at $35 for state-regulated plans", date="2026-02-11", page="""
skip-link|Skip to content
menu|Prairie State Capitol Report
menu|A nonprofit newsroom covering state government and politics
donate|DONATE
newsletter|SUBSCRIBE
menu|Legislature
menu|Health
menu|Education
menu|Environment
menu|Criminal Justice
menu|Elections
menu|Commentary
menu|About
menu|Search
section-label|HEALTH
section-label|LEGISLATURE
h1|Senate panel advances bill capping insulin copays at $35 for state-regulated plans
lead|Pharmaceutical industry warns the cap will shift costs to premiums; patient advocates say diabetics are rationing doses
byline|By: Marcus Delgado
dateline|- February 11, 2026 4:52 pm
share|Share
share|Facebook
share|Twitter
share|Email
print|Print
republish|Republish
caption|Sen. Linda Harrow, R-Pawnee, speaks in favor of the insulin copay bill during a Senate Health Committee hearing on Feb. 11, 2026, at the Statehouse. (Marcus Delgado/Prairie State Capitol Report)
p|A bill limiting what many residents pay for insulin to $35 a month cleared its first hurdle Wednesday, when the Senate Health and Human Services Committee voted 7-2 to send it to the full Senate.
p|Senate Bill 214 would apply to health plans regulated by the state, including policies sold on the individual market and the state employee health plan. It would not cover self-funded employer plans, which are governed by federal law.
p|“No one in this state should have to choose between paying rent and staying alive,” said the bill’s sponsor, Sen. Linda Harrow, a Pawnee Republican whose teenage son has Type 1 diabetes.
p|About one in 10 adults in the state has been diagnosed with diabetes, according to the state health department. Advocates told the committee that some patients stretch prescriptions by skipping doses, a practice that can lead to emergency hospitalizations.
h2|Industry pushback
p|A lobbyist for a national trade group representing insurers testified that the cap would not lower the price of insulin itself but would move costs onto premiums paid by all policyholders.
p|“The price is set by manufacturers. Capping the copay hides the cost, it doesn’t remove it,” she said.
p|A fiscal note prepared by legislative staff estimates the bill would raise premiums on the state employee plan by less than 0.2%, or roughly $1.1 million a year.
h2|What the bill does
li|Caps out-of-pocket costs for a 30-day supply of insulin at $35, regardless of the number of prescriptions.
li|Bars plans from applying the deductible before the cap takes effect.
li|Requires the Insurance Department to report on the cap’s effect on premiums by 2028.
p|The two senators voting no, both Democrats, said they supported the goal but wanted the bill to also cover glucose monitors and test strips.
p|The bill now heads to the Senate floor. A similar measure passed the House last year but never received a Senate vote.
republish|Our stories may be republished online or in print under Creative Commons license CC BY-NC-ND 4.0. We ask that you edit only for style or to shorten, provide proper attribution and link to our website.
author-bio|Marcus Delgado
author-bio|Marcus Delgado covers health care and the Legislature for Prairie State Capitol Report. He previously reported for newspapers in Kansas and Nebraska.
author-link|More from Author
social|Contact
social|X
social|Bluesky
related|MORE FROM OUR NEWSROOM
related|House committee kills proposal to end daylight saving time, again
related|By Ellie Watts
related|February 10, 2026
related|Rural hospitals ask lawmakers for $40 million in emergency grants
related|By Marcus Delgado
related|February 9, 2026
related|State auditor finds $3.4 million in duplicate Medicaid payments
related|By Ryan Osei
related|February 6, 2026
donate|YOU MAKE OUR WORK POSSIBLE.
donate|Support independent, nonprofit reporting on your state government. DONATE
about|Prairie State Capitol Report is part of Capitol Network, a national nonprofit news network supported by grants and a coalition of donors as a 501c(3) public charity. Prairie State Capitol Report maintains editorial independence. Contact Editor Dana Whitfield for questions: info@prairiecapitolreport.org.
footer|About Us
footer|Team
footer|Ethics Policy
footer|Privacy Policy
footer|Republishing Guidelines
footer|Contact Us
copyright|© Capitol Network, 2026
funding-note|Capitol Network is a 501(c)(3) nonprofit. Donations are tax-deductible to the extent allowed by law.
newsletter|DEMOCRACY TOOLKIT
newsletter|Get the morning headlines delivered to your inbox
newsletter|Email address
newsletter|SUBSCRIBE
"""),
 dict(id="us-statehouse-news-style-2", site="us-statehouse-news-style", lang="en", sep="\n", title="Drought leaves state park campgrounds short of water as spring reservations open", date="2026-03-24", page="""
skip-link|Skip to content
menu|Prairie State Capitol Report
menu|A nonprofit newsroom covering state government and politics
donate|DONATE
newsletter|SUBSCRIBE
menu|Legislature
menu|Health
menu|Education
menu|Environment
menu|Criminal Justice
menu|Elections
menu|Commentary
menu|About
menu|Search
section-label|ENVIRONMENT
h1|Drought leaves state park campgrounds short of water as spring reservations open
lead|Parks department will haul water to six campgrounds and close showers at four others through at least June
byline|By: Ellie Watts
dateline|- March 24, 2026 6:00 am
share|Share
share|Facebook
share|Twitter
share|Email
print|Print
republish|Republish
caption|The boat ramp at Cedar Bluff State Park sits well above the waterline on March 19, 2026. (Ellie Watts/Prairie State Capitol Report)
p|Campers heading to state parks this spring may find dry faucets and locked shower houses, as a second year of drought has left wells at several campgrounds too low to use.
p|The Department of Wildlife and Parks said Monday it will truck drinking water to six campgrounds and close showers at four more through at least the end of June. Reservations for the season opened Sunday.
p|“We want people to keep coming. We just need them to come prepared,” said the department’s parks director, Tom Reinholt, in an interview.
h2|Lakes at record lows
p|Reservoirs in the western half of the state are at their lowest levels since the mid-1950s, according to the state water office. At some lakes, boat ramps now end on dry ground dozens of yards from the water.
p|Reinholt said the department had extended two ramps with temporary concrete planks and would post updated ramp conditions on its website each week.
p|Lawmakers have set aside $2.5 million in the current budget to drill new wells at parks, but the work will not be finished before the summer. A legislative budget committee is expected to consider an additional request next month.
p|Park visits generate about $30 million a year in fees, and many small towns near the lakes depend on the summer traffic. “If the campers don’t come, the bait shop and the cafe don’t make it through the year,” said a county commissioner from Trego County who testified before the committee in January.
p|The department recommends that visitors bring at least a gallon of water per person per day and check the parks’ alerts page before leaving home.
correction|Correction: An earlier version of this story misstated the amount set aside for new wells. It is $2.5 million.
republish|Our stories may be republished online or in print under Creative Commons license CC BY-NC-ND 4.0. We ask that you edit only for style or to shorten, provide proper attribution and link to our website.
author-bio|Ellie Watts
author-bio|Ellie Watts covers environment, agriculture and rural issues for Prairie State Capitol Report. She grew up on a wheat farm near Hays.
author-link|More from Author
social|Contact
social|X
social|Bluesky
related|MORE FROM OUR NEWSROOM
related|Senate panel advances bill capping insulin copays at $35 for state-regulated plans
related|By Marcus Delgado
related|February 11, 2026
related|Governor signs bill letting school districts share bus drivers
related|By Ryan Osei
related|March 20, 2026
related|Water office proposes new limits on irrigation wells near shrinking aquifer
related|By Ellie Watts
related|March 18, 2026
donate|YOU MAKE OUR WORK POSSIBLE.
donate|Support independent, nonprofit reporting on your state government. DONATE
about|Prairie State Capitol Report is part of Capitol Network, a national nonprofit news network supported by grants and a coalition of donors as a 501c(3) public charity. Prairie State Capitol Report maintains editorial independence. Contact Editor Dana Whitfield for questions: info@prairiecapitolreport.org.
footer|About Us
footer|Team
footer|Ethics Policy
footer|Privacy Policy
footer|Republishing Guidelines
footer|Contact Us
copyright|© Capitol Network, 2026
funding-note|Capitol Network is a 501(c)(3) nonprofit. Donations are tax-deductible to the extent allowed by law.
newsletter|DEMOCRACY TOOLKIT
newsletter|Get the morning headlines delivered to your inbox
newsletter|Email address
newsletter|SUBSCRIBE
"""),
]
