# Round 29: eight pages on four more layouts (a Togolese online news site, a Scottish regional daily of a big group,
# a French regional daily's local page, a Zambian daily news portal), written blind: without looking at the
# classifier, its rules or the benchmark. Each line: "label|text". Invented text; no real article is copied.
ROUND29 = [
 dict(id="lome-infos-tg-1", site="lome-infos-tg", lang="fr", sep="\n", title="Lomé : dix rues de Bè bientôt pavées, les travaux démarrent lundi", date="2025-09-13", page="""
timestamp|samedi 13 septembre 2025
menu|Connexion
menu|Contact  |  Publicité  |  Qui sommes-nous ?
social|Facebook  X  YouTube  WhatsApp
menu|LOMÉ INFOS
menu|L’actualité du Togo, chaque jour
ad|Publicité
ad|TOGOCOM – Forfaits internet illimités dès 5 000 FCFA – Activez avec *145#
menu|Accueil
menu|Politique
menu|Société
menu|Économie
menu|Régions
menu|Sport
menu|Culture
menu|Diaspora
menu|Communiqués
ticker|À LA UNE
ticker|Kara : les inscriptions au BTS prolongées d’une semaine
ticker|Port autonome de Lomé : hausse de 6 % du trafic au premier semestre
breadcrumb|Accueil » Société » Lomé : dix rues de Bè bientôt pavées, les travaux démarrent lundi
section-label|Société
h1|Lomé : dix rues de Bè bientôt pavées, les travaux démarrent lundi
byline|Par Kossi Agbéko
dateline|13 septembre 2025
views|412 vues
comments|0 commentaire
share|Partager sur Facebook
share|Partager sur WhatsApp
share|Tweeter
alt-text|rue-be-lome-pavage
caption|Une rue sablonneuse du quartier Bè-Kpota, à Lomé. (Photo : Lomé Infos)
p|Les habitants de Bè, l’un des plus anciens quartiers de Lomé, vont enfin dire adieu au sable et aux flaques. La commune du Golfe 1 a annoncé vendredi le démarrage, dès lundi 15 septembre, des travaux de pavage de dix rues, pour un linéaire total d’environ 4,2 kilomètres.
p|Le chantier, financé sur le budget communal avec l’appui d’un fonds d’équipement des collectivités, est estimé à 1,9 milliard de FCFA. Il a été confié à deux entreprises locales retenues après appel d’offres.
h2|Caniveaux et éclairage public
p|Outre les pavés, le projet prévoit la construction de caniveaux de part et d’autre des voies, afin de limiter les inondations qui paralysent le quartier à chaque grande saison des pluies.
p|Selon le maire du Golfe 1, une centaine de lampadaires solaires seront également installés. « Nous voulons des rues praticables, mais aussi des rues sûres le soir », a-t-il déclaré lors d’une rencontre avec les chefs de quartier.
ad|Publicité
ad|Ecobank – Ouvrez votre compte en ligne en 10 minutes
h2|Des désagréments pendant six mois
p|Les travaux devraient durer six mois. Pendant cette période, la circulation sera perturbée sur plusieurs axes, notamment autour du marché de Bè et de l’école primaire publique Bè-Château.
p|La mairie demande aux riverains de libérer les emprises et de ne pas stationner de véhicules sur les tronçons concernés. Des déviations seront signalées par des panneaux.
p|Au marché, certaines revendeuses s’inquiètent déjà. « Si la rue est fermée, les clients ne viendront plus », redoute Ama, qui vend du poisson fumé depuis vingt ans. La commune assure que les accès aux étals seront maintenus.
p|Les dix rues concernées ont été choisies, selon la mairie, en fonction de leur fréquentation et du nombre d’écoles et de centres de santé qu’elles desservent. Une seconde phase est annoncée pour 2026.
signature|K.A.
tags|Mots-clés : Bè  Golfe 1  pavage  Lomé  travaux
whatsapp|Rejoignez la chaîne WhatsApp de Lomé Infos pour recevoir l’actualité en temps réel
related|Articles similaires
related|Golfe 4 : le marché d’Akodésséwa bientôt reconstruit
related|Inondations à Lomé : les quartiers à risque identifiés
related|Assainissement : la campagne « Lomé propre » reprend samedi
comments|Laisser un commentaire
comments|Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *
comments|Commentaire *
comments|Nom *
comments|E-mail *
comments|Enregistrer mon nom, mon e-mail et mon site dans le navigateur pour mon prochain commentaire.
comments|Publier le commentaire
most-read|Les plus lus
most-read|Examen du BAC II : les résultats attendus ce mardi
most-read|Carburant : les prix à la pompe inchangés pour septembre
most-read|Football : les Éperviers convoqués pour le stage de Lomé
newsletter|Newsletter
newsletter|Inscrivez-vous pour recevoir chaque matin l’essentiel de l’actualité togolaise.
newsletter|Votre adresse e-mail
newsletter|S’abonner
footer|Lomé Infos est un site d’information générale édité par Lomé Infos Médias SARL, Lomé, Togo. Récépissé HAAC n° 0000/2019.
footer|Mentions légales  |  Politique de confidentialité  |  Nous contacter
copyright|© 2025 Lomé Infos. Tous droits réservés. Reproduction interdite sans autorisation.
back-to-top|Haut de page
"""),
 dict(id="lome-infos-tg-2", site="lome-infos-tg", lang="fr", sep="\n", title="BAC II 2025 : un taux de réussite de 61,4 %, en légère hausse", date="2025-09-16", page="""
timestamp|mardi 16 septembre 2025
menu|Connexion
menu|Contact  |  Publicité  |  Qui sommes-nous ?
social|Facebook  X  YouTube  WhatsApp
menu|LOMÉ INFOS
menu|L’actualité du Togo, chaque jour
ad|Publicité
ad|MOOV AFRICA – Recharge double tout le week-end
menu|Accueil
menu|Politique
menu|Société
menu|Économie
menu|Régions
menu|Sport
menu|Culture
menu|Diaspora
menu|Communiqués
ticker|À LA UNE
ticker|Lomé : dix rues de Bè bientôt pavées, les travaux démarrent lundi
ticker|Atakpamé : un nouveau centre de dialyse opérationnel
breadcrumb|Accueil » Éducation » BAC II 2025 : un taux de réussite de 61,4 %, en légère hausse
section-label|Éducation
h1|BAC II 2025 : un taux de réussite de 61,4 %, en légère hausse
byline|Par Afi Mensah
dateline|16 septembre 2025
views|2 318 vues
comments|3 commentaires
share|Partager sur Facebook
share|Partager sur WhatsApp
share|Tweeter
caption|Des candidats consultant les listes affichées devant un lycée de Lomé. (Photo : Lomé Infos)
p|Les résultats du baccalauréat deuxième partie, session de juin 2025, ont été proclamés mardi par l’Office du baccalauréat. Sur 98 540 candidats ayant composé, 60 503 ont été déclarés admis, soit un taux de réussite de 61,4 %, contre 59,8 % l’an dernier.
p|Comme les années précédentes, les résultats sont consultables en ligne et par SMS. Des listes ont également été affichées dans les centres d’examen dès la mi-journée, provoquant d’importants attroupements.
h2|Les séries scientifiques en tête
p|Les candidats des séries C et D obtiennent les meilleurs résultats. Le détail publié par l’Office est le suivant :
li|série C : 78,2 % d’admis ;
li|série D : 66,9 % d’admis ;
li|série A4 : 57,3 % d’admis ;
li|séries techniques (F et G) : 55,1 % d’admis.
p|Les filles représentent 46 % des admis, une proportion en progression de deux points.
ad|Publicité
ad|Université privée de Lomé – Inscriptions ouvertes en licence et master
h2|Disparités régionales
p|La région Maritime, qui concentre le plus grand nombre de candidats, affiche un taux de 63 %. La région des Savanes reste en retrait avec 52 %, malgré une amélioration par rapport à 2024.
p|Le ministre de l’Enseignement secondaire a félicité les lauréats et annoncé que les bourses d’excellence seraient attribuées aux cent meilleurs candidats, toutes séries confondues.
p|Les candidats ajournés pourront se réinscrire dès octobre. Les demandes de relevés de notes sont à déposer auprès des directions régionales de l’éducation.
signature|A.M.
tags|Mots-clés : BAC II  examens  résultats  éducation  Togo
whatsapp|Rejoignez la chaîne WhatsApp de Lomé Infos pour recevoir l’actualité en temps réel
related|Articles similaires
related|BEPC 2025 : plus de 140 000 candidats attendus
related|Bourses d’études : le calendrier de dépôt des dossiers publié
related|Rentrée scolaire fixée au 29 septembre
comments|3 commentaires
comments|Kodjo T. 16 septembre 2025 à 14 h 12 min
comments|Félicitations à tous les admis, surtout à ceux de Dapaong !
comments|Répondre
comments|Essi 16 septembre 2025 à 15 h 40 min
comments|Le site de l’Office ne répond pas depuis ce matin.
comments|Répondre
comments|Laisser un commentaire
comments|Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *
comments|Commentaire *
comments|Nom *
comments|E-mail *
comments|Publier le commentaire
most-read|Les plus lus
teaser-list|BAC II 2025 : un taux de réussite de 61,4 %, en légère hausse
most-read|Carburant : les prix à la pompe inchangés pour septembre
most-read|Lomé : dix rues de Bè bientôt pavées, les travaux démarrent lundi
newsletter|Newsletter
newsletter|Inscrivez-vous pour recevoir chaque matin l’essentiel de l’actualité togolaise.
newsletter|Votre adresse e-mail
newsletter|S’abonner
footer|Lomé Infos est un site d’information générale édité par Lomé Infos Médias SARL, Lomé, Togo. Récépissé HAAC n° 0000/2019.
footer|Mentions légales  |  Politique de confidentialité  |  Nous contacter
copyright|© 2025 Lomé Infos. Tous droits réservés. Reproduction interdite sans autorisation.
back-to-top|Haut de page
"""),
 dict(id="scottish-courier-style-1", site="scottish-courier-style", lang="en", sep="\n\n", title="Arbroath leisure centre pool to shut for seven months as roof is replaced", date="2025-10-08", page="""
skip-link|Skip to main content
cookie|We value your privacy
cookie|We and our partners store and/or access information on a device, such as cookies, and process personal data, such as unique identifiers and standard information sent by a device for personalised advertising and content, advertising and content measurement, audience research and services development.
cookie|You can accept or manage your choices below, including your right to object where legitimate interest is used.
cookie|MORE OPTIONS
cookie|AGREE
menu|The Tay & Mearns Courier
menu|Sign in
menu|Subscribe
menu|News  Dundee  Angus & The Mearns  Perth & Kinross  Fife  Sport  Business  Politics  Lifestyle  What's On  Obituaries
weather|Arbroath 11°C
breadcrumb|News / Angus & The Mearns
h1|Arbroath leisure centre pool to shut for seven months as roof is replaced
lead|Swimmers will have to travel to Forfar or Carnoustie while the work goes on.
byline|By Kirsty Lamond
byline|Local Democracy Reporter
dateline|October 8 2025, 5.00am
dateline|Updated: October 8 2025, 9.42am
share|Share
repeat|Arbroath leisure centre pool to shut for seven months as roof is replaced
share|Copy Link
share|Share on Facebook
share|Share on X
share|Share on WhatsApp
share|Share via Email
comments|Join the conversation
comments|12 comments
caption|The pool at Arbroath Sports Centre. Image: Google Maps
p|The swimming pool at Arbroath Sports Centre will close for seven months from November so that its leaking roof can be replaced.
p|ANGUSalive, which runs the venue on behalf of Angus Council, said the work could no longer be put off after a survey found corrosion in the steel beams above the main pool hall.
p|The closure is expected to begin on November 10 and last until early June.
ad|Advertisement
h2|Lessons moved to Forfar and Carnoustie
p|More than 600 children are currently enrolled in swimming lessons at the Arbroath pool.
p|They will be offered places at The Lochside Centre in Forfar and at Carnoustie Leisure Centre, with a free minibus running on Saturday mornings from the town's bus station.
p|Members with monthly passes will have their fees reduced for the period of the closure.
h2|'We know this is frustrating'
p|A spokesperson for ANGUSalive said: "We know this will be frustrating for our regular swimmers, and we are sorry for the disruption.
p|"The roof is more than 40 years old and the survey left us in no doubt that it has to be replaced now, rather than patched up again."
p|The £2.3 million project is being paid for from the council's capital budget, which was agreed in March.
p|Local councillor Derek Wann said he had been assured the gym and sports hall would remain open throughout.
ad|Advertisement
related|Read more
related|Angus Council approves £2.3m for Arbroath pool roof
related|Carnoustie Leisure Centre reopens after flood repairs
newsletter|Sign up to our Angus & The Mearns newsletter
newsletter|Get the latest local news straight to your inbox every weekday.
newsletter|Enter your email
newsletter|Sign up
newsletter|By signing up you agree to our Terms and Conditions and Privacy Policy.
comments|Conversation
comments|12 comments
comments|We've introduced a new commenting system. Please read our community guidelines before posting.
comments|Sign in to comment
sponsored|Sponsored content
sponsored|Why Scots are switching to this new hearing aid
sponsored|HearingLife
sponsored|Dundee homeowners are loving this little-known energy grant
sponsored|Energy Savings Scotland
teaser-list|More from Angus & The Mearns
teaser-list|Montrose
teaser-list|Montrose harbour firm wins £4m offshore wind contract
teaser-list|October 7 2025
teaser-list|Brechin
teaser-list|Brechin Cathedral bells to ring again after restoration
teaser-list|October 7 2025
teaser-list|Forfar
teaser-list|Forfar bakery crowned Scotland's best bridie maker
teaser-list|October 6 2025
most-read|Most Read
most-read|1
most-read|Dundee man jailed after high-speed chase on A90
most-read|2
most-read|Perth restaurant named among Scotland's best
most-read|3
teaser-list|Arbroath leisure centre pool to shut for seven months as roof is replaced
epaper|Read the Courier digital edition
epaper|Get the newspaper delivered to your device
footer|About Us  Contact Us  Help & Support  Terms & Conditions  Privacy Policy  Cookie Policy  Manage Cookies  Complaints  Advertise
footer|The Tay & Mearns Courier is part of the Caledonia Media Group. Registered in Scotland No. SC000000. 80 Kingsway East, Dundee.
copyright|© Caledonia Media Group Ltd 2025
"""),
 dict(id="scottish-courier-style-2", site="scottish-courier-style", lang="en", sep="\n\n", title="Forfar bakery crowned Scotland's best bridie maker", date="2025-10-06", page="""
skip-link|Skip to main content
cookie|We value your privacy
cookie|We and our partners store and/or access information on a device, such as cookies, and process personal data, such as unique identifiers and standard information sent by a device for personalised advertising and content, advertising and content measurement, audience research and services development.
cookie|You can accept or manage your choices below, including your right to object where legitimate interest is used.
cookie|MORE OPTIONS
cookie|AGREE
menu|The Tay & Mearns Courier
menu|Sign in
menu|Subscribe
menu|News  Dundee  Angus & The Mearns  Perth & Kinross  Fife  Sport  Business  Politics  Lifestyle  What's On  Obituaries
weather|Forfar 9°C
breadcrumb|News / Angus & The Mearns
h1|Forfar bakery crowned Scotland's best bridie maker
lead|The family firm beat more than 40 entries to take the top prize at this year's awards in Glasgow.
byline|By Calum Ross
dateline|October 6 2025, 3.15pm
share|Share
repeat|Forfar bakery crowned Scotland's best bridie maker
share|Copy Link
share|Share on Facebook
share|Share on X
share|Share on WhatsApp
share|Share via Email
comments|Join the conversation
comments|4 comments
caption|Owner Graham Duthie with the winning bridies. Image: Paul Reid/Courier
credit|Paul Reid
p|A Forfar bakery that has been making bridies on the same street for almost 70 years has been named the best in Scotland.
p|Duthie's of East High Street took the title at the Scottish Baker of the Year awards, held at a Glasgow hotel on Saturday night.
p|Judges praised the "generous, well-seasoned filling" and the pastry, which they said was "crisp without being dry".
ad|Advertisement
h2|Recipe 'unchanged since 1957'
p|Owner Graham Duthie, whose grandfather opened the shop, said the recipe had barely changed in three generations.
p|"It's beef, onion, a bit of pepper and a lot of patience," he said. "We still crimp every one by hand. My gran would be delighted."
p|The bakery makes around 1,500 bridies a week, rising to more than 3,000 in the run-up to Christmas.
p|The Forfar bridie has had protected status since 2014, meaning only bakers in the town can sell their product under that name.
h2|Queues expected
p|Mr Duthie said he had already taken a number of phone orders from customers as far away as Aberdeen and Edinburgh since the result was announced.
p|"We'll be starting earlier in the mornings for a while," he added. "It's a nice problem to have."
ad|Advertisement
related|Read more
related|Dundee's oldest chip shop closes its doors after 90 years
related|Angus food festival returns to Kirriemuir
newsletter|Sign up to our Angus & The Mearns newsletter
newsletter|Get the latest local news straight to your inbox every weekday.
newsletter|Enter your email
newsletter|Sign up
newsletter|By signing up you agree to our Terms and Conditions and Privacy Policy.
comments|Conversation
comments|4 comments
comments|We've introduced a new commenting system. Please read our community guidelines before posting.
comments|Sign in to comment
sponsored|Sponsored content
sponsored|The 5 best walk-in baths for Scottish seniors in 2025
sponsored|BathCompare
sponsored|Perth: new retirement flats released at discount prices
sponsored|Homes Weekly
teaser-list|More from Angus & The Mearns
teaser-list|Arbroath
teaser-list|Arbroath pensioner celebrates 100th birthday with pipe band
teaser-list|October 5 2025
teaser-list|Kirriemuir
teaser-list|Kirriemuir primary pupils plant 500 trees
teaser-list|October 5 2025
obituary|Deaths & Funeral Notices
obituary|SMITH, Margaret (Peggy) – Forfar
obituary|ANDERSON, James – Montrose
obituary|View all notices
most-read|Most Read
most-read|1
most-read|Dundee man jailed after high-speed chase on A90
most-read|2
teaser-list|Forfar bakery crowned Scotland's best bridie maker
most-read|3
most-read|St Andrews student flats plan rejected
epaper|Read the Courier digital edition
epaper|Get the newspaper delivered to your device
footer|About Us  Contact Us  Help & Support  Terms & Conditions  Privacy Policy  Cookie Policy  Manage Cookies  Complaints  Advertise
footer|The Tay & Mearns Courier is part of the Caledonia Media Group. Registered in Scotland No. SC000000. 80 Kingsway East, Dundee.
copyright|© Caledonia Media Group Ltd 2025
"""),
 dict(id="la-depeche-du-sud-1", site="la-depeche-du-sud", lang="fr", sep="\n\n", title="Castelsarrasin. La piscine municipale restera fermée tout l’été", date="2025-06-04", page="""
skip-link|Aller au contenu
skip-link|Aller au menu
cookie|Le Courrier du Midi et ses partenaires
cookie|Avec votre accord, nous et nos 812 partenaires utilisons des cookies ou technologies similaires pour stocker et accéder à des informations personnelles comme votre visite sur ce site. Vous pouvez retirer votre consentement ou vous opposer aux traitements basés sur l'intérêt légitime à tout moment en cliquant sur « En savoir plus » ou dans notre politique de confidentialité sur ce site.
cookie|Accepter & Fermer
cookie|Continuer sans accepter
cookie|En savoir plus →
menu|Le Courrier du Midi
menu|S'abonner 1€ le premier mois
menu|Se connecter
menu|Journal numérique
menu|Actu  Toulouse  Occitanie  France-Monde  Sports  Loisirs  Vie pratique  Annonces
menu|Tarn-et-Garonne  Montauban  Castelsarrasin  Moissac  Valence d'Agen  Caussade
weather|Castelsarrasin 24° Ensoleillé
breadcrumb|Accueil / Tarn-et-Garonne / Castelsarrasin
section-label|Castelsarrasin
section-label|Abonnés
h1|Castelsarrasin. La piscine municipale restera fermée tout l’été
byline|Correspondant
dateline|Publié le 04/06/2025 à 05:12
listen|Écouter cet article
listen|Lecture audio générée automatiquement
listen|00:00/03:12
share|Partager
save|Ajouter à mes favoris
comments|Commenter
lead|Les nageurs devront se rendre à Moissac ou à Montech. La piscine du quartier de la Fraternité, dont le bassin fuit, ne rouvrira pas avant 2026, a confirmé le conseil municipal lundi soir.
caption|Le bassin extérieur, vidé depuis le mois de mars.
credit|Le Courrier du Midi - J.-P. L.
p|La nouvelle était redoutée, elle est tombée lundi soir en conseil municipal : la piscine municipale de Castelsarrasin ne rouvrira pas cet été. Le bassin extérieur, construit en 1974, présente une fuite importante que les services techniques n’ont pas réussi à localiser précisément.
p|« On perdait jusqu’à vingt mètres cubes d’eau par jour l’an dernier, explique l’adjoint chargé des sports. Ouvrir dans ces conditions, ce n’était ni raisonnable financièrement, ni responsable vis-à-vis de la ressource en eau. »
paywall|Vous avez lu 1 des 3 articles gratuits ce mois-ci. Abonnez-vous pour continuer à nous lire sans limite.
h2|Une navette vers Moissac
p|Pour limiter la gêne, la commune mettra en place une navette gratuite trois après-midi par semaine en juillet et en août vers la piscine de Moissac. Les horaires seront communiqués à la mi-juin.
p|Les cours de natation scolaire, qui concernent chaque année près de 450 élèves des écoles de la ville, ont d’ores et déjà été transférés au centre aquatique de Montech jusqu’aux vacances.
ad|Publicité
h2|Un diagnostic complet à l’automne
p|Un bureau d’études doit rendre en octobre un diagnostic complet de l’équipement. Deux options seront alors sur la table : une rénovation lourde du bassin existant, estimée entre 1,2 et 1,5 million d’euros, ou la construction d’un bassin neuf en inox.
p|L’opposition a regretté « un manque d’anticipation », rappelant que les premières fuites avaient été signalées dès 2022. Le maire a répondu que le dossier de subvention auprès du Département et de la Région était déjà engagé.
p|En attendant, les maîtres-nageurs saisonniers recrutés par la ville seront affectés à la surveillance de la base de loisirs de Saint-Nicolas-de-la-Grave, par convention avec la communauté de communes.
signature|J.-P. L.
tags|Castelsarrasin  Piscine  Conseil municipal  Sport
related|Lire aussi
related|Moissac. Le centre aquatique allonge ses horaires d’ouverture cet été
newsletter|Newsletter Tarn-et-Garonne
newsletter|Recevez chaque matin l’essentiel de l’actualité de votre département
newsletter|Je m'inscris
comments|Voir les commentaires
comments|Réagir
comments|Vous devez être connecté pour commenter
teaser-list|Dans la même rubrique
teaser-list|Castelsarrasin. Les Estivales dévoilent leur programme
teaser-list|il y a 3 h
teaser-list|Castelsarrasin. Un nouveau médecin installé à la maison de santé
teaser-list|Hier à 18:40
teaser-list|Castelsarrasin. Le vide-greniers du canal déplacé
teaser-list|02/06/2025
most-read|Les plus lus
most-read|Montauban. Un incendie ravage un entrepôt de la zone Albasud
most-read|A62 : fermeture nocturne de l'échangeur de Castelsarrasin
most-read|Moissac. Le chasselas en retard à cause de la grêle
obituary|Avis de décès
obituary|Retrouvez les avis de décès du Tarn-et-Garonne
obituary|Publier un avis
horoscope|Horoscope du jour
horoscope|Bélier  Taureau  Gémeaux  Cancer  Lion  Vierge  Balance  Scorpion  Sagittaire  Capricorne  Verseau  Poissons
games|Jeux : mots fléchés, sudoku, mots croisés
classifieds|Annonces légales
classifieds|Immobilier  Emploi  Auto
app|Téléchargez l'application Le Courrier du Midi
app|App Store  Google Play
footer|Nous contacter  Mentions légales  CGU  CGV  Politique de confidentialité  Gestion des cookies  Accessibilité : non conforme  Plan du site
network|Le groupe : Le Courrier du Midi  Midi Hebdo  Radio Garonne  Sud Sports  Le Petit Quercy
copyright|© Le Courrier du Midi 2025 - Tous droits réservés
"""),
 dict(id="la-depeche-du-sud-2", site="la-depeche-du-sud", lang="fr", sep="\n\n", title="Moissac. Huit cents coureurs attendus pour le trail des Coteaux", date="2025-06-12", page="""
skip-link|Aller au contenu
skip-link|Aller au menu
cookie|Le Courrier du Midi et ses partenaires
cookie|Avec votre accord, nous et nos 812 partenaires utilisons des cookies ou technologies similaires pour stocker et accéder à des informations personnelles comme votre visite sur ce site. Vous pouvez retirer votre consentement ou vous opposer aux traitements basés sur l'intérêt légitime à tout moment en cliquant sur « En savoir plus » ou dans notre politique de confidentialité sur ce site.
cookie|Accepter & Fermer
cookie|Continuer sans accepter
cookie|En savoir plus →
menu|Le Courrier du Midi
menu|S'abonner 1€ le premier mois
menu|Se connecter
menu|Journal numérique
menu|Actu  Toulouse  Occitanie  France-Monde  Sports  Loisirs  Vie pratique  Annonces
menu|Tarn-et-Garonne  Montauban  Castelsarrasin  Moissac  Valence d'Agen  Caussade
weather|Moissac 27° Orages
breadcrumb|Accueil / Tarn-et-Garonne / Moissac
section-label|Moissac
h1|Moissac. Huit cents coureurs attendus pour le trail des Coteaux
dateline|Publié le 12/06/2025 à 18:30 , mis à jour à 19:05
listen|Écouter cet article
listen|Lecture audio générée automatiquement
listen|00:00/02:41
share|Partager
save|Ajouter à mes favoris
comments|Commenter
lead|La septième édition du trail des Coteaux s’élancera dimanche du quai du Port. Trois parcours, une marche nordique et une course pour les enfants sont au programme.
caption|Le départ de l’édition 2024, sous le cloître.
credit|Photo DR
p|Ils étaient 520 l’an dernier. Ils devraient être près de 800 dimanche sur la ligne de départ du trail des Coteaux, organisé par l’association Moissac Courir. Les inscriptions en ligne ont été closes mercredi soir, mais quelques dossards seront encore disponibles sur place samedi.
p|« On a dû limiter le nombre de places sur le grand parcours pour des questions de sécurité dans les passages étroits », explique le président de l’association.
h2|Trois distances
p|Les coureurs auront le choix entre trois boucles au départ du quai du Port :
li|le « Chasselas », 32 km et 900 m de dénivelé positif, départ à 8 heures ;
li|le « Cloître », 18 km, départ à 9 heures ;
li|la « Découverte », 9 km, ouverte aux marcheurs nordiques, départ à 9 h 30.
p|Une course de 1 à 2 km réservée aux enfants de 6 à 12 ans clôturera la matinée à 11 h 30, au jardin des Romains.
ad|Publicité
ad|Intermarché Moissac – Toutes vos promos de la semaine
p|Les parcours empruntent en grande partie les chemins de crête entre les vignes de chasselas et offrent, selon les organisateurs, « l’une des plus belles vues sur la confluence du Tarn et de la Garonne ».
h2|Circulation perturbée
p|La circulation sera interdite sur le quai du Port de 6 heures à 14 heures. Le parking du Moulin sera fermé dès samedi soir. Les riverains de la côte de Saint-Laurent sont invités à ne pas sortir leur véhicule entre 8 heures et 11 heures.
p|Une centaine de bénévoles seront mobilisés. Une partie des droits d’inscription sera reversée à l’association qui entretient les sentiers de randonnée de la commune.
signature|Correspondant
tags|Moissac  Trail  Course à pied  Sport
related|Lire aussi
related|Moissac. La fête du chasselas aura bien lieu en septembre
newsletter|Newsletter Tarn-et-Garonne
newsletter|Recevez chaque matin l’essentiel de l’actualité de votre département
newsletter|Je m'inscris
comments|Voir les commentaires
comments|Réagir
comments|Vous devez être connecté pour commenter
teaser-list|Dans la même rubrique
teaser-list|Moissac. Les travaux du pont Napoléon prolongés d’un mois
teaser-list|il y a 5 h
teaser-list|Moissac. Le cinéma Le Rio fête ses 60 ans
teaser-list|Hier à 11:02
teaser-list|Moissac. Les jeunes du conseil municipal à Paris
teaser-list|10/06/2025
most-read|Les plus lus
most-read|Montauban. La fête de la musique sans grande scène cette année
most-read|Castelsarrasin. La piscine municipale restera fermée tout l’été
most-read|Valence d'Agen. Un motard grièvement blessé sur la RD 813
obituary|Avis de décès
obituary|Retrouvez les avis de décès du Tarn-et-Garonne
obituary|Publier un avis
horoscope|Horoscope du jour
horoscope|Bélier  Taureau  Gémeaux  Cancer  Lion  Vierge  Balance  Scorpion  Sagittaire  Capricorne  Verseau  Poissons
games|Jeux : mots fléchés, sudoku, mots croisés
classifieds|Annonces légales
classifieds|Immobilier  Emploi  Auto
app|Téléchargez l'application Le Courrier du Midi
app|App Store  Google Play
footer|Nous contacter  Mentions légales  CGU  CGV  Politique de confidentialité  Gestion des cookies  Accessibilité : non conforme  Plan du site
network|Le groupe : Le Courrier du Midi  Midi Hebdo  Radio Garonne  Sud Sports  Le Petit Quercy
copyright|© Le Courrier du Midi 2025 - Tous droits réservés
"""),
 dict(id="zambia-daily-style-1", site="zambia-daily-style", lang="en", sep="\n", title="ZESCO cuts load-shedding to eight hours as Kariba levels rise", date="2025-03-12", page="""
timestamp|Wednesday, March 12, 2025
menu|Advertise With Us
menu|Contact Us
menu|Submit a Story
social|Facebook  X  Instagram  YouTube  TikTok
menu|ZAMBIA DAILY TRIBUNE
menu|Truth. Fairness. Zambia First.
ad|ADVERTISEMENT
ad|Airtel Zambia – Get 10GB for K50. Dial *117#
menu|Home
menu|News
menu|Politics
menu|Business
menu|Provincial
menu|Sports
menu|Entertainment
menu|Opinion
menu|Africa
menu|World
ticker|Trending Now
ticker|Kwacha firms against the dollar in early trade
ticker|Mopani output up 20 per cent, says ZCCM-IH
ticker|Chipolopolo camp opens in Ndola ahead of qualifier
ticker|BoZ: USD/ZMW 28.41 | GBP/ZMW 35.92 | ZAR/ZMW 1.55
section-label|NEWS
h1|ZESCO cuts load-shedding to eight hours as Kariba levels rise
byline|By MWILA CHANDA
dateline|March 12, 2025
comments|0 Comments
views|1.4K Views
reading-time|3 min read
share|Share on Facebook
share|Share on Twitter
share|Share on WhatsApp
share|Share on Telegram
caption|Water flowing through the Kariba dam wall in February. FILE PHOTO
p|ZESCO Limited has reduced daily load-shedding from 12 to eight hours for most residential customers, citing improved water levels at Lake Kariba following good rains in the catchment area.
p|In a statement issued yesterday in Lusaka, ZESCO public relations manager Naomi Sakala said the new schedule would take effect from Thursday.
p|"We are pleased to inform our valued customers that, owing to increased inflows into Lake Kariba and the commissioning of additional imported power, the load management period has been reduced," she said.
ad|ADVERTISEMENT
h2|Industry welcomes the change
p|The Zambia Association of Manufacturers welcomed the announcement, saying small businesses had suffered heavy losses since load-shedding was extended last year.
p|Association chairperson Henry Mulenga said many manufacturers had been running diesel generators for up to 14 hours a day, pushing up production costs.
p|"Every hour of power that comes back is an hour of work for our members. We hope the improvement will be sustained," he said.
h2|Farmers still cautious
p|But some farmers in Chongwe and Mumbwa said the rains had come too late for part of the maize crop, and urged the power utility to prioritise irrigation schemes in the new schedule.
p|The Zambezi River Authority said last week that the lake level stood at 477.6 metres, still below the level recorded at the same time two years ago.
p|Ms Sakala said customers could check the updated schedules on the ZESCO website and official social media pages.
tags|Tags: ZESCO  Kariba  load-shedding  energy
share|SHARE
share|Facebook  Twitter  WhatsApp  Telegram
author-bio|Mwila Chanda
author-bio|Mwila Chanda is a business reporter at the Zambia Daily Tribune. He writes on energy, mining and agriculture.
nav|Previous article
nav|Lusaka traders relocated to new Chilenje market
nav|Next article
nav|Chipolopolo camp opens in Ndola ahead of qualifier
related|RELATED ARTICLES
related|MORE FROM AUTHOR
related|Solar imports double in 2024, ZRA figures show
related|Maamba Energy adds 300 MW to the grid
related|Copperbelt miners seek power tariff relief
whatsapp|Join our WhatsApp Channel for breaking news
comments|LEAVE A REPLY
comments|Cancel reply
comments|Please enter your comment!
comments|Please enter your name here
comments|You have entered an incorrect email address!
comments|Please enter your email address here
comments|Save my name, email, and website in this browser for the next time I comment.
comments|Post Comment
most-read|POPULAR NEWS
most-read|Kwacha firms against the dollar in early trade
most-read|March 11, 2025
most-read|Govt recruits 4,000 teachers for rural schools
most-read|March 10, 2025
most-read|Zanaco Bank reports record profit
most-read|March 9, 2025
footer|ABOUT US
footer|Zambia Daily Tribune is an independent Zambian news portal publishing national, provincial, business and sports news.
footer|Contact us: news@zambiadailytribune.example
footer|Privacy Policy  Terms of Use  Advertise  Careers
copyright|© 2025 Zambia Daily Tribune. All rights reserved. Designed by ZedWeb Solutions
"""),
 dict(id="zambia-daily-style-2", site="zambia-daily-style", lang="en", sep="\n", title="Chipata farmers receive FISP inputs ahead of planting season", date="2025-10-22", page="""
timestamp|Wednesday, October 22, 2025
menu|Advertise With Us
menu|Contact Us
menu|Submit a Story
social|Facebook  X  Instagram  YouTube  TikTok
menu|ZAMBIA DAILY TRIBUNE
menu|Truth. Fairness. Zambia First.
ad|ADVERTISEMENT
ad|Zamtel – Stay connected. Buy bundles on Zamtel Kwacha
menu|Home
menu|News
menu|Politics
menu|Business
menu|Provincial
menu|Sports
menu|Entertainment
menu|Opinion
menu|Africa
menu|World
ticker|Trending Now
ticker|LuSE All Share Index closes higher
ticker|Heavy rains forecast for Northern and Luapula
ticker|Power Dynamos fans celebrate league title
ticker|BoZ: USD/ZMW 23.87 | GBP/ZMW 31.80 | ZAR/ZMW 1.37
section-label|PROVINCIAL
h1|Chipata farmers receive FISP inputs ahead of planting season
byline|By PATRICIA BANDA
byline|Chipata
dateline|October 22, 2025
comments|2 Comments
views|863 Views
reading-time|3 min read
share|Share on Facebook
share|Share on Twitter
share|Share on WhatsApp
share|Share on Telegram
caption|Farmers collect fertiliser at a depot in Chipata yesterday. PICTURE: PATRICIA BANDA
p|More than 12,000 small-scale farmers in Chipata district have started receiving fertiliser and seed under the Farmer Input Support Programme (FISP), weeks earlier than last season.
p|District agricultural coordinator Joseph Phiri said distribution began on Monday at 14 satellite depots across the district.
p|"This year we have received the inputs before the first rains. Farmers will be able to plant on time, which is very important for yields," Mr Phiri said.
h2|What each farmer gets
p|Under this season's package, each registered farmer is entitled to:
li|four 50kg bags of basal dressing fertiliser;
li|four 50kg bags of top dressing fertiliser;
li|10kg of maize seed or an equivalent pack of soya beans or groundnuts.
ad|ADVERTISEMENT
p|Mr Phiri said farmers must present their national registration cards and the receipts from their cooperatives before collecting the inputs.
p|He warned that anyone found selling the fertiliser would be struck off the programme and could face prosecution.
h2|Transport a challenge
p|Some farmers at the Chipata central depot complained about the distance to the satellite depots in outlying areas and the cost of transport.
p|Emelia Tembo, a farmer from Kapata, said she had paid K150 to hire an ox-cart to carry her bags home. "It is a lot, but at least the fertiliser is here on time," she said.
p|Eastern Province Minister Peter Zulu said in a separate statement that the government would add six more depots before the end of the month.
signature|ZANIS contributed to this report.
tags|Tags: FISP  agriculture  Chipata  Eastern Province
share|SHARE
share|Facebook  Twitter  WhatsApp  Telegram
author-bio|Patricia Banda
author-bio|Patricia Banda is the Tribune's Eastern Province correspondent.
nav|Previous article
nav|Katete hospital gets new maternity wing
nav|Next article
nav|LuSE All Share Index closes higher
related|RELATED ARTICLES
related|MORE FROM AUTHOR
related|Petauke cotton growers demand better prices
related|Lundazi boreholes restore water to 20 villages
related|Mambwe anti-poaching unit gets new vehicles
whatsapp|Join our WhatsApp Channel for breaking news
comments|2 COMMENTS
comments|Bwalya K.
comments|October 22, 2025 At 9:14 am
comments|Good news. We hope Mkushi will also receive on time.
comments|Reply
comments|Tembo Jr
comments|October 22, 2025 At 11:02 am
comments|The transport issue must be addressed.
comments|Reply
comments|LEAVE A REPLY
comments|Cancel reply
comments|Please enter your comment!
comments|Please enter your name here
comments|You have entered an incorrect email address!
comments|Please enter your email address here
comments|Save my name, email, and website in this browser for the next time I comment.
comments|Post Comment
most-read|POPULAR NEWS
most-read|Govt announces 2026 budget highlights
most-read|October 21, 2025
most-read|Heavy rains forecast for Northern and Luapula
most-read|October 20, 2025
most-read|Power Dynamos fans celebrate league title
most-read|October 19, 2025
footer|ABOUT US
footer|Zambia Daily Tribune is an independent Zambian news portal publishing national, provincial, business and sports news.
footer|Contact us: news@zambiadailytribune.example
footer|Privacy Policy  Terms of Use  Advertise  Careers
copyright|© 2025 Zambia Daily Tribune. All rights reserved. Designed by ZedWeb Solutions
"""),
]
