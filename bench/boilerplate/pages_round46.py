# Round 46: eight pages on four more layouts (a French regional daily of Alsace, a Chadian news portal, a Tanzanian
# English daily, a British tabloid website), written blind: without looking at the classifier, its rules or the
# benchmark, measured once. Each line: "label|text". Invented text; no real article is copied.
ROUND46 = [
 dict(id="dna-alsace-style-1", site="dna-alsace-style", lang="fr", sep="\n\n", title="Sélestat : la piscine des Remparts fermée jusqu’en mars après une fuite sous le bassin", date="2026-01-14", page="""
skip-link|Aller au contenu
skip-link|Aller au menu
cookie|Avec votre accord, nous et nos 842 partenaires utilisons des cookies ou technologies similaires pour stocker et accéder à des informations personnelles comme votre visite sur ce site.
cookie|Vous pouvez retirer votre consentement ou vous opposer aux traitements basés sur l'intérêt légitime à tout moment en cliquant sur « En savoir plus » ou dans notre politique de confidentialité sur ce site.
cookie|Accepter & Fermer
cookie|Continuer sans accepter
cookie|En savoir plus →
menu|Les Nouvelles Rhénanes
menu|S'abonner
menu|Se connecter
menu|Menu
menu|Strasbourg
menu|Colmar
menu|Mulhouse
menu|Haguenau
menu|Sélestat
menu|Saverne
menu|Faits divers
menu|Sports
menu|Racing
menu|Loisirs
menu|Nécrologie
weather|Sélestat  3°C  Brouillard
breadcrumb|Accueil  Bas-Rhin  Sélestat
section-label|Sélestat
section-label|Équipements
h1|Sélestat : la piscine des Remparts fermée jusqu’en mars après une fuite sous le bassin
lead|Une fuite détectée sous le grand bassin oblige la Ville à fermer l’équipement pendant au moins huit semaines. Les scolaires et les clubs seront redirigés vers les piscines voisines.
byline|Par Camille Wendling
dateline|Le 14/01/2026 à 06:05
dateline|Mis à jour le 14/01/2026 à 09:12
listen|Écouter cet article
listen|00:00 / 03:41
share|Partager
share|Facebook
share|X
share|WhatsApp
share|Copier le lien
save|Sauvegarder
comments|Commenter
caption|Le grand bassin de la piscine des Remparts a été vidé lundi pour permettre aux techniciens d’accéder à la canalisation défectueuse.
credit|Photo NR /Jean-Luc Stoffel
p|Les nageurs du matin ont trouvé porte close lundi. Un panneau scotché à l’entrée de la piscine des Remparts annonçait une « fermeture technique » sans plus de précisions. Mardi soir, la municipalité a levé le voile : une fuite importante a été repérée sous le grand bassin, et l’équipement restera fermé au moins jusqu’au début du mois de mars.
p|« Depuis plusieurs semaines, nous constations une consommation d’eau anormale, de l’ordre de quinze mètres cubes par jour », explique l’adjoint chargé des sports. Les agents ont d’abord cherché du côté des filtres et des douches, avant qu’une inspection par caméra ne localise la fuite sur une canalisation de retour, encastrée dans la dalle.
ad|Publicité
h2|Des travaux sous la dalle
p|Pour y accéder, il faudra casser une partie du carrelage et de la dalle sur près de six mètres. Le bassin a été vidé dès lundi. Une entreprise de Scherwiller doit intervenir à partir de la semaine prochaine, une fois l’expertise de l’assureur réalisée.
p|Le coût des réparations est estimé, à ce stade, entre 80 000 et 120 000 euros. « Tout dépendra de ce qu’on trouvera en ouvrant », reconnaît-on aux services techniques. La piscine, construite en 1974 et rénovée une première fois en 2003, fait partie des équipements dont le remplacement est à l’étude par la communauté de communes.
related|À lire aussi
related|Centre Alsace : le projet de centre aquatique intercommunal relancé
h2|Les scolaires redirigés
p|La fermeture tombe mal : les élèves de CE1 et de CM1 de onze écoles de la ville devaient commencer leur cycle de natation fin janvier. Une solution de repli a été trouvée avec la piscine de Benfeld, qui accueillera quatre classes par semaine, les autres cycles étant reportés au printemps.
p|Les deux clubs résidents, le Cercle des nageurs et l’association de plongée, ont obtenu des créneaux le soir à Obernai et à Ribeauvillé. Les abonnés individuels pourront demander la prolongation de leur carte à l’accueil de la mairie, sur présentation d’un justificatif.
p|La Ville promet de communiquer une date de réouverture « dès que le chantier aura livré ses secrets ».
paywall|Cet article est réservé aux abonnés. Il vous reste 2 articles gratuits ce mois-ci.
paywall|Découvrez nos offres : 1 € le premier mois
tags|Sélestat
tags|Piscine
tags|Sport
tags|Travaux
newsletter|Recevez chaque matin l’essentiel de l’actualité de Centre Alsace
newsletter|Votre adresse e-mail
newsletter|Je m’inscris
newsletter|En vous inscrivant, vous acceptez les conditions générales d’utilisation et notre politique de confidentialité.
comments|Commentaires (6)
comments|Réagir à cet article
comments|Les commentaires sont réservés aux abonnés.
sponsored|Contenus sponsorisés
sponsored|Cette méthode alsacienne fait fondre les factures de chauffage (voir comment)
sponsored|Maison Schmitt Fenêtres
sponsored|Colmar : les seniors nés avant 1962 peuvent désormais profiter de cette aide
sponsored|Prévoyance Info
most-read|Les plus lus
most-read|1
most-read|A35 : un poids lourd couché bloque la circulation vers Strasbourg
most-read|2
most-read|Haguenau : le restaurant étoilé change de mains
most-read|3
most-read|Neige : jusqu’à 15 cm attendus sur les crêtes vosgiennes
obituary|Avis de décès
obituary|Retrouvez les avis de décès de votre région
obituary|Publier un avis
obituary|Rechercher un défunt
teaser-list|Dans l’actualité
teaser-list|Sélestat
teaser-list|Le corso fleuri recrute des bénévoles pour 2026
teaser-list|Il y a 3 h
teaser-list|Châtenois
teaser-list|Un nouveau médecin s’installe à la maison de santé
teaser-list|Hier à 18:30
app|Téléchargez l’application Les Nouvelles Rhénanes
app|App Store
app|Google Play
footer|Le journal
footer|Contact
footer|Publicité
footer|Mentions légales
footer|Politique de confidentialité
footer|Gérer les cookies
footer|Accessibilité : non conforme
footer|Annonces légales
footer|Emploi
footer|Kiosque numérique
network|Les Nouvelles Rhénanes fait partie du groupe Presse de l'Est : L’Écho lorrain, Le Journal de la Moselle, Le Courrier comtois
copyright|© Les Nouvelles Rhénanes 2026. Tous droits réservés.
"""),
 dict(id="dna-alsace-style-2", site="dna-alsace-style", lang="fr", sep="\n\n", title="Strasbourg : le marché de Noël a attiré moins de visiteurs mais plus de dépenses", date="2026-01-08", page="""
skip-link|Aller au contenu
skip-link|Aller au menu
cookie|Avec votre accord, nous et nos 842 partenaires utilisons des cookies ou technologies similaires pour stocker et accéder à des informations personnelles comme votre visite sur ce site.
cookie|Vous pouvez retirer votre consentement ou vous opposer aux traitements basés sur l'intérêt légitime à tout moment en cliquant sur « En savoir plus » ou dans notre politique de confidentialité sur ce site.
cookie|Accepter & Fermer
cookie|Continuer sans accepter
cookie|En savoir plus →
menu|Les Nouvelles Rhénanes
menu|S'abonner
menu|Se connecter
menu|Menu
menu|Strasbourg
menu|Colmar
menu|Mulhouse
menu|Haguenau
menu|Sélestat
menu|Saverne
menu|Faits divers
menu|Sports
menu|Racing
menu|Loisirs
menu|Nécrologie
weather|Strasbourg  1°C  Ciel couvert
breadcrumb|Accueil  Bas-Rhin  Strasbourg
section-label|Strasbourg
section-label|Tourisme
h1|Strasbourg : le marché de Noël a attiré moins de visiteurs mais plus de dépenses
lead|La Ville a présenté mercredi le bilan de l’édition 2025. La fréquentation recule légèrement, mais les commerçants font état d’un panier moyen en hausse, notamment chez les artisans.
byline|Par Thomas Haegel
dateline|Le 08/01/2026 à 17:45
listen|Écouter cet article
listen|00:00 / 04:02
share|Partager
share|Facebook
share|X
share|WhatsApp
share|Copier le lien
save|Sauvegarder
comments|Commenter
caption|Place Broglie, le 20 décembre : les week-ends d’avant Noël restent les plus chargés.
credit|Photo NR /Archives Cédric Joubert
p|Ils étaient un peu moins nombreux, mais ils ont davantage ouvert leur portefeuille. Selon les chiffres présentés mercredi par la Ville et l’office de tourisme, le marché de Noël de Strasbourg a accueilli environ 3,1 millions de visiteurs entre le 28 novembre et le 24 décembre, contre 3,3 millions l’année précédente.
p|Les comptages, réalisés à l’aide de capteurs installés aux points de filtrage du centre-ville, montrent une baisse surtout marquée en semaine. Les samedis de décembre sont restés saturés, au point que la préfecture a dû fermer temporairement l’accès à la Grande-Île à deux reprises.
h2|Un panier moyen en hausse
p|Les 310 exposants interrogés par la chambre de commerce évoquent en revanche une bonne saison. Le panier moyen aurait progressé de 8 % environ, porté par les produits artisanaux, la décoration et les spécialités alimentaires.
p|Les chalets de vin chaud sont plus partagés. Plusieurs tenanciers regrettent le passage au gobelet consigné à 2 euros, qui aurait, selon eux, freiné les achats impulsifs. La Ville rappelle que plus de 900 000 gobelets ont été rendus et lavés sur place.
ad|Publicité
h2|Les chiffres clés
li|3,1 millions de visiteurs estimés, en baisse de 6 % ;
li|310 chalets répartis sur 12 places ;
li|42 % de visiteurs étrangers, dont une majorité d’Allemands et de Suisses ;
li|près de 1 400 cars de tourisme accueillis au parking de Rotonde.
related|À lire aussi
related|Sécurité : le dispositif du marché de Noël coûte 4 millions d’euros par an
p|Côté hôtellerie, le taux d’occupation a atteint 87 % en moyenne sur la période, un niveau comparable à 2024. Les restaurateurs du centre notent une clientèle « plus prudente » le soir, mais fidèle le midi.
p|La maire a annoncé que la prochaine édition conserverait le même périmètre. Une réflexion est engagée sur l’étalement des flux, avec des animations renforcées dans les quartiers, à la Krutenau et à Neudorf notamment.
p|Une réunion publique sur le sujet doit se tenir au printemps.
tags|Strasbourg
tags|Marché de Noël
tags|Tourisme
tags|Commerce
newsletter|Recevez chaque matin l’essentiel de l’actualité de Strasbourg
newsletter|Votre adresse e-mail
newsletter|Je m’inscris
newsletter|En vous inscrivant, vous acceptez les conditions générales d’utilisation et notre politique de confidentialité.
comments|Commentaires (23)
comments|Réagir à cet article
comments|Les commentaires sont réservés aux abonnés.
sponsored|Contenus sponsorisés
sponsored|Bas-Rhin : ce nouveau dispositif permet de changer sa chaudière pour 1 €
sponsored|Énergie Conseil Habitat
sponsored|Les propriétaires alsaciens découvrent ce simulateur gratuit
sponsored|Immo Estimation
most-read|Les plus lus
most-read|1
most-read|Tram : la ligne F interrompue deux semaines pour travaux
most-read|2
most-read|Racing : un défenseur prêté en Ligue 2
most-read|3
most-read|Molsheim : incendie dans une entreprise de la zone industrielle
obituary|Avis de décès
obituary|Retrouvez les avis de décès de votre région
obituary|Publier un avis
obituary|Rechercher un défunt
teaser-list|Dans l’actualité
teaser-list|Strasbourg
teaser-list|Soldes d’hiver : les commerçants du centre restent prudents
teaser-list|Il y a 1 h
teaser-list|Illkirch-Graffenstaden
teaser-list|La patinoire éphémère prolongée jusqu’au 18 janvier
teaser-list|Il y a 5 h
app|Téléchargez l’application Les Nouvelles Rhénanes
app|App Store
app|Google Play
footer|Le journal
footer|Contact
footer|Publicité
footer|Mentions légales
footer|Politique de confidentialité
footer|Gérer les cookies
footer|Accessibilité : non conforme
footer|Annonces légales
footer|Emploi
footer|Kiosque numérique
network|Les Nouvelles Rhénanes fait partie du groupe Presse de l'Est : L’Écho lorrain, Le Journal de la Moselle, Le Courrier comtois
copyright|© Les Nouvelles Rhénanes 2026. Tous droits réservés.
"""),
 dict(id="tchad-portail-style-1", site="tchad-portail-style", lang="fr", sep="\n", title="N’Djamena : la mairie lance le curage des caniveaux avant la saison des pluies", date="2026-05-19", page="""
timestamp|mardi, mai 19, 2026
menu|À propos
menu|Contact
menu|Publicité
social|Facebook
social|Twitter
social|Youtube
social|WhatsApp
menu|TCHAD HORIZON INFO
menu|Le portail de l’information tchadienne
ad|ESPACE PUBLICITAIRE 728 x 90
menu|Accueil
menu|Politique
menu|Société
menu|Économie
menu|Santé
menu|Éducation
menu|Sport
menu|Culture
menu|International
menu|Tribune
menu|TV
ticker|À LA UNE
ticker|Moundou : reprise des cours à l’université après une semaine de grève
ticker|Abéché : le prix du sac de mil en baisse sur les marchés
ticker|Football : les Sao préparent leur match amical contre le Niger
breadcrumb|Accueil » Société » N’Djamena : la mairie lance le curage des caniveaux avant la saison des pluies
section-label|Société
h1|N’Djamena : la mairie lance le curage des caniveaux avant la saison des pluies
byline|Par Rédaction
dateline|19 mai 2026
comments|0
views|312 vues
share|Partager sur Facebook
share|Partager sur Twitter
share|WhatsApp
share|Telegram
caption|Des agents de la mairie en pleine opération de curage dans le 7e arrondissement. Crédit photo : THI
p|La mairie de la ville de N’Djamena a officiellement lancé, ce lundi 18 mai 2026, l’opération de curage des caniveaux et des canaux d’évacuation des eaux pluviales dans les dix arrondissements de la capitale.
p|Le coup d’envoi a été donné par le maire de la ville au niveau du canal de Chagoua, l’un des plus importants ouvrages d’évacuation du sud de la capitale, en présence des délégués d’arrondissement et des chefs de carré.
p|Selon les services techniques municipaux, près de 180 kilomètres de caniveaux doivent être nettoyés d’ici la fin du mois de juin. Plus de 600 jeunes recrutés à la tâche, répartis en équipes de vingt, seront mobilisés pendant six semaines.
ad|PUBLICITÉ
p|« Chaque année, les inondations font des dégâts importants dans nos quartiers. Nous voulons agir avant les premières grosses pluies et non après », a déclaré le maire, qui a appelé les habitants à ne plus jeter leurs ordures dans les caniveaux.
p|Les quartiers de Walia, Ngueli, Toukra et Habbena, régulièrement sinistrés lors de la saison des pluies, feront l’objet d’une attention particulière. Des engins loués auprès d’entreprises privées viendront appuyer le travail manuel sur les grands canaux.
related|LIRE AUSSI : Inondations 2025 : plus de 40 000 ménages sinistrés dans le Logone Oriental
p|La mairie annonce par ailleurs des contrôles dans les marchés et le long des grandes artères. Les commerçants qui occupent ou obstruent les ouvrages d’évacuation s’exposent à des amendes.
p|Plusieurs habitants rencontrés à Chagoua saluent l’initiative, tout en souhaitant que les déchets retirés des caniveaux soient rapidement évacués. « L’an passé, les tas de boue sont restés au bord de la route pendant des semaines et sont retournés dans le canal avec la première pluie », rappelle un commerçant.
signature|Mahamat Abakar Hissein
tags|Tags: caniveaux inondations mairie de N'Djamena saison des pluies
share|Partager
share|Facebook
share|Twitter
share|WhatsApp
share|Email
nav|Article précédent
nav|Sarh : les producteurs de coton attendent le paiement de la campagne
nav|Article suivant
nav|Santé : une campagne de dépistage gratuit du diabète à l’hôpital de la Renaissance
related|ARTICLES SIMILAIRES
related|Plus de l'auteur
related|Bol : la traversée du lac reprend après trois semaines d’interruption
related|Mongo : un nouveau forage inauguré au quartier Ardep
related|N’Djamena : le marché de Dembé partiellement détruit par un incendie
comments|LAISSER UN COMMENTAIRE
comments|Please enter your comment!
comments|Please enter your name here
comments|You have entered an incorrect email address!
comments|Please enter your email address here
comments|Enregistrer mon nom, email et site dans le navigateur pour mon prochain commentaire.
comments|Publier le commentaire
most-read|LES PLUS LUS
most-read|Baccalauréat 2026 : le calendrier officiel des épreuves publié
most-read|Pétrole : le Tchad signe un nouvel accord avec une société chinoise
most-read|Concours de la fonction publique : la liste des admis disponible
whatsapp|Rejoignez notre chaîne WhatsApp pour recevoir l’info en temps réel
footer|TCHAD HORIZON INFO
footer|Tchad Horizon Info est un média en ligne d’information générale basé à N’Djamena. Contactez-nous : redaction@tchadhorizon.info
footer|SUIVEZ-NOUS
social|Facebook
social|Twitter
social|Youtube
copyright|© 2026 Tchad Horizon Info - Tous droits réservés | Conçu par NDJ Web Services
"""),
 dict(id="tchad-portail-style-2", site="tchad-portail-style", lang="fr", sep="\n", title="Éducation : 1 200 enseignants communautaires intégrés dans la fonction publique", date="2026-06-03", page="""
timestamp|mercredi, juin 3, 2026
menu|À propos
menu|Contact
menu|Publicité
social|Facebook
social|Twitter
social|Youtube
social|WhatsApp
menu|TCHAD HORIZON INFO
menu|Le portail de l’information tchadienne
ad|ESPACE PUBLICITAIRE 728 x 90
menu|Accueil
menu|Politique
menu|Société
menu|Économie
menu|Santé
menu|Éducation
menu|Sport
menu|Culture
menu|International
menu|Tribune
menu|TV
ticker|À LA UNE
ticker|Baccalauréat 2026 : plus de 160 000 candidats attendus
ticker|Lac : une mission humanitaire à Baga Sola
ticker|Coton : la Cotontchad annonce le paiement des arriérés
breadcrumb|Accueil » Éducation » Éducation : 1 200 enseignants communautaires intégrés dans la fonction publique
section-label|Éducation
h1|Éducation : 1 200 enseignants communautaires intégrés dans la fonction publique
byline|Par Achta Nadjiré Mbaïdoum
dateline|3 juin 2026
comments|2
views|1 084 vues
share|Partager sur Facebook
share|Partager sur Twitter
share|WhatsApp
share|Telegram
caption|Le ministre de l’Éducation nationale lors de la remise symbolique des actes d’intégration. Crédit photo : THI
p|Le ministère de l’Éducation nationale et de la Promotion civique a procédé, ce mardi 2 juin 2026 à N’Djamena, à la remise symbolique des actes d’intégration de 1 200 enseignants communautaires dans la fonction publique.
p|Ces enseignants, recrutés et payés depuis plusieurs années par les associations de parents d’élèves, exercent pour la plupart dans les zones rurales du Guéra, du Mayo-Kebbi Est, du Salamat et du Moyen-Chari.
p|Selon le ministre, cette vague d’intégration constitue la première tranche d’un programme qui doit concerner, à terme, près de 5 000 maîtres communautaires titulaires d’un diplôme de l’École normale.
h2|Ce que prévoit le programme
p|Le programme d’intégration s’étale sur trois ans. Il prévoit :
li|une formation de mise à niveau de six semaines pendant les vacances scolaires ;
li|un salaire aligné sur la grille des instituteurs adjoints ;
li|une affectation dans l’école où l’enseignant exerce déjà, sauf demande contraire.
ad|PUBLICITÉ
p|« Ces femmes et ces hommes ont tenu nos écoles debout quand l’État n’était pas présent. Il était juste de les reconnaître », a déclaré le ministre devant une salle comble.
p|Le syndicat des enseignants salue une « avancée », mais demande que les critères de sélection soient publiés. Plusieurs maîtres communautaires présents disent n’avoir reçu aucune information sur la suite du processus.
p|Le ministère assure que la liste complète des bénéficiaires sera affichée dans les délégations provinciales dans les prochains jours.
signature|Achta Nadjiré Mbaïdoum
tags|Tags: éducation enseignants communautaires fonction publique
share|Partager
share|Facebook
share|Twitter
share|WhatsApp
share|Email
nav|Article précédent
nav|N’Djamena : la mairie lance le curage des caniveaux avant la saison des pluies
nav|Article suivant
nav|Culture : le festival Dary revient en décembre à N’Djamena
related|ARTICLES SIMILAIRES
related|Plus de l'auteur
related|Bac 2026 : les épreuves écrites débutent le 22 juin
related|Université de N’Djamena : les étudiants réclament le paiement des bourses
related|Abéché : 14 salles de classe construites par une ONG
comments|2 COMMENTAIRES
comments|Djimadoum
comments|3 juin 2026 à 10 h 14 min
comments|Enfin ! Mon frère enseigne depuis neuf ans à Mongo sans salaire de l’État.
comments|Répondre
comments|Hassan M.
comments|3 juin 2026 à 12 h 40 min
comments|Et les autres provinces ? Le Kanem est oublié comme toujours.
comments|Répondre
comments|LAISSER UN COMMENTAIRE
comments|Please enter your comment!
comments|Please enter your name here
comments|You have entered an incorrect email address!
comments|Please enter your email address here
comments|Enregistrer mon nom, email et site dans le navigateur pour mon prochain commentaire.
comments|Publier le commentaire
most-read|LES PLUS LUS
most-read|Baccalauréat 2026 : le calendrier officiel des épreuves publié
most-read|Concours de la fonction publique : la liste des admis disponible
most-read|Carburant : les prix à la pompe inchangés en juin
whatsapp|Rejoignez notre chaîne WhatsApp pour recevoir l’info en temps réel
footer|TCHAD HORIZON INFO
footer|Tchad Horizon Info est un média en ligne d’information générale basé à N’Djamena. Contactez-nous : redaction@tchadhorizon.info
footer|SUIVEZ-NOUS
social|Facebook
social|Twitter
social|Youtube
copyright|© 2026 Tchad Horizon Info - Tous droits réservés | Conçu par NDJ Web Services
"""),
 dict(id="tanzania-citizen-style-1", site="tanzania-citizen-style", lang="en", sep="\n\n", title="Dar commuters brace for longer trips as BRT Phase Two buses fall short", date="2026-03-10", page="""
skip-link|Skip navigation
skip-link|Skip to main content
timestamp|Tuesday, March 10, 2026
menu|The Tanzania Courier
menu|News
menu|Business
menu|Sports
menu|Opinion
menu|Counties
menu|Magazines
menu|Podcasts
menu|Videos
menu|ePaper
menu|Subscribe
menu|Sign In
lang-switch|Kiswahili
ticker|USD/TZS 2,612.40 ▲0.12%   DSE ASI 2,245.18 ▼0.31%   Gold $2,890.10
breadcrumb|Home  News  National
section-label|National
h1|Dar commuters brace for longer trips as BRT Phase Two buses fall short
byline|By Neema Mwakyusa
author-link|More by this Author
dateline|Published Mar 10, 2026
section-label|What you need to know:
li|Only 38 of the 120 buses planned for the Mbagala corridor are on the road, leaving thousands queueing at terminals during peak hours.
li|The operator says the rest of the fleet will arrive in batches before the end of June.
p|Dar es Salaam. Commuters on the Kilwa Road rapid transit corridor say their morning journeys have doubled in length since the route opened in January, as the number of buses in service remains far below what was promised.
p|At the Mbagala Rangi Tatu terminal on Monday morning, queues stretched beyond the ticket gates as early as 5.30am. Several passengers told The Courier they had waited more than 50 minutes for a bus to the city centre.
ad|Advertisement
p|"When they opened the road, we were told the bus would come every five minutes. Today I have been standing here since six," said Mr Hamisi Juma, a carpenter who works in Kariakoo.
p|Figures from the Dar Rapid Transit Agency show that 38 buses are operating on the corridor, against the 120 needed for the service to run at planned frequency. The road, stations and terminals were completed last year.
related|Read: Kilwa Road BRT opens to passengers after delays
h2|Fleet arriving in batches
p|The private operator contracted for the route said in a statement that a first batch of 40 buses had cleared the port of Dar es Salaam and was undergoing inspection. The remaining vehicles are expected to arrive in two shipments in April and June.
p|The agency's spokesperson said temporary measures were in place, including extra buses during peak hours borrowed from the Kimara corridor and longer operating hours on weekdays.
ad|Advertisement
p|Daladala operators, who were meant to leave the corridor once the BRT service started, have been given a temporary permit to continue serving some stops until the fleet is complete.
h2|Fares unchanged
p|The fare on the route remains at Sh750 for a full trip and Sh400 for feeder services. Transport regulators said there were no plans to review fares this year.
p|Mr Juma is not convinced the promised buses will make a difference soon. "We will wait and see. For now, I leave home at five," he said.
tags|BRT
tags|Dar es Salaam
tags|Transport
share|Share
share|Facebook
share|X
share|WhatsApp
share|LinkedIn
share|Email
teaser-list|RELATED
teaser-list|Why Dar's daladala drivers are wary of the new BRT routes
teaser-list|2 days ago
teaser-list|Govt to review public transport licensing rules
teaser-list|1 week ago
most-read|Trending
most-read|1
most-read|Form Four results: Kilimanjaro schools top national rankings
most-read|2
most-read|TRA extends deadline for property tax payments
most-read|3
most-read|Simba SC reach CAF quarter-finals after late winner
epaper|Read today's ePaper
epaper|Get the full newspaper on any device
newsletter|Sign up for our newsletters
newsletter|Get the top stories delivered to your inbox every morning.
newsletter|Enter your email address
newsletter|Subscribe
newsletter|By signing up you agree to our Terms of Use and Privacy Policy
network|Our Network: The Tanzania Courier | Mwananchi Leo | Courier Sports | Kenya Courier | Uganda Courier
footer|About Us
footer|Contact Us
footer|Advertise With Us
footer|Careers
footer|Editorial Policy
footer|Terms of Use
footer|Privacy Policy
footer|FAQs
app|Download our apps
app|Get it on Google Play
app|Download on the App Store
copyright|© 2026 Courier Media Group. All rights reserved.
"""),
 dict(id="tanzania-citizen-style-2", site="tanzania-citizen-style", lang="en", sep="\n\n", title="Arusha avocado farmers count losses as export trucks wait at border", date="2026-04-22", page="""
skip-link|Skip navigation
skip-link|Skip to main content
timestamp|Wednesday, April 22, 2026
menu|The Tanzania Courier
menu|News
menu|Business
menu|Sports
menu|Opinion
menu|Counties
menu|Magazines
menu|Podcasts
menu|Videos
menu|ePaper
menu|Subscribe
menu|Sign In
lang-switch|Kiswahili
ticker|USD/TZS 2,608.75 ▼0.05%   DSE ASI 2,251.60 ▲0.18%   Gold $2,914.30
breadcrumb|Home  Business  Markets
section-label|Markets
h1|Arusha avocado farmers count losses as export trucks wait at border
byline|By Joseph Laizer
byline|Arusha Correspondent
author-link|More by this Author
dateline|Published Apr 22, 2026
dateline|Updated Apr 23, 2026
section-label|What you need to know:
li|Refrigerated trucks carrying avocados for Kenya's port have been held for up to five days at the Namanga crossing.
li|Exporters say at least 200 tonnes of fruit have been rejected by buyers because of ripening.
p|Arusha. Avocado growers in Arusha and Kilimanjaro regions are counting losses after delays at the Namanga border post left refrigerated trucks stuck for several days, spoiling fruit destined for markets in Europe and the Middle East.
p|Exporters told The Courier that since early April, trucks heading to the port of Mombasa have been held while awaiting clearance under a new electronic inspection system introduced on the Kenyan side.
ad|Advertisement
p|"An avocado has a clock. Every extra day at the border eats into its shelf life, and when the container reaches the buyer, the fruit is already soft," said Ms Grace Mollel, who manages a packhouse in Usa River.
p|According to the exporters' association, at least 200 tonnes of fruit have been rejected or sold at a discount since the start of the month, representing losses estimated at more than Sh900 million.
h2|Officials meet
p|Officials from both countries met at Namanga on Monday to discuss the backlog. A statement from the Ministry of Agriculture said the two sides had agreed to set up a dedicated lane for perishable goods and to extend working hours at the inspection point.
p|The ministry also urged exporters to consider shipping through the port of Dar es Salaam, where a new cold storage facility opened last year. Growers say the road to Dar is longer and the shipping lines serving it are fewer.
ad|Advertisement
h2|Small growers hit hardest
p|Most of the fruit comes from smallholders who sell to packhouses under contract. When a consignment is rejected, the packhouses often reduce what they pay farmers for the next harvest.
p|Mr Elia Sumari, who farms two acres near Tengeru, said he had received less than half the price agreed for his March delivery. "We are told it is the border. But we are the ones who pay," he said.
p|Tanzania exported over 30,000 tonnes of avocados last year, making it one of the fastest-growing horticultural exports in the country.
correction|This article has been updated to correct the name of the packhouse manager.
tags|Avocado
tags|Exports
tags|Agriculture
tags|Arusha
share|Share
share|Facebook
share|X
share|WhatsApp
share|LinkedIn
share|Email
teaser-list|RELATED
teaser-list|Horticulture exports hit $500m as new markets open
teaser-list|3 weeks ago
teaser-list|Farmers urged to register with TAHA for export certification
teaser-list|1 month ago
most-read|Trending
most-read|1
most-read|Budget 2026/27: What the government plans for fuel levies
most-read|2
most-read|Young Africans sign Ghanaian striker on two-year deal
most-read|3
most-read|Heavy rains expected in northern regions, TMA warns
epaper|Read today's ePaper
epaper|Get the full newspaper on any device
newsletter|Sign up for our newsletters
newsletter|Get the top stories delivered to your inbox every morning.
newsletter|Enter your email address
newsletter|Subscribe
newsletter|By signing up you agree to our Terms of Use and Privacy Policy
network|Our Network: The Tanzania Courier | Mwananchi Leo | Courier Sports | Kenya Courier | Uganda Courier
footer|About Us
footer|Contact Us
footer|Advertise With Us
footer|Careers
footer|Editorial Policy
footer|Terms of Use
footer|Privacy Policy
footer|FAQs
app|Download our apps
app|Get it on Google Play
app|Download on the App Store
copyright|© 2026 Courier Media Group. All rights reserved.
"""),
 dict(id="uk-tabloid-style-1", site="uk-tabloid-style", lang="en", sep="\n", title="Pub landlord's pothole 'paddling pool' goes viral as council finally fills in crater", date="2026-02-05", page="""
cookie|We value your privacy
cookie|We and our 214 partners store and/or access information on a device, such as cookies, and process personal data, such as unique identifiers and standard information sent by a device for personalised advertising and content, ad and content measurement, and audience insights, as well as to develop and improve products.
cookie|Or you can choose Pay or OK: access The Flash ad-free for £1.99 a month.
cookie|I Accept
cookie|Manage Preferences
menu|The Flash
menu|Sign in
menu|News
menu|Sport
menu|Football
menu|TV & Showbiz
menu|Royals
menu|Money
menu|Travel
menu|Health
menu|Motors
menu|Puzzles
menu|Flash Bingo
menu|UK News
menu|World News
menu|Weird News
menu|Crime
menu|Politics
breaking|BREAKING
breaking|Storm warning issued for Scotland and north of England as 80mph gusts forecast
section-label|WEIRD NEWS
h1|Pub landlord's pothole 'paddling pool' goes viral as council finally fills in crater
lead|Dave Pickering put a rubber duck, a deckchair and a sign reading "NO LIFEGUARD ON DUTY" in the giant hole outside his boozer after months of complaints
byline|Sophie Marchbank
byline|Reporter
dateline|Published: 14:32, 5 Feb 2026
dateline|Updated: 16:08, 5 Feb 2026
comments|Comments
comments|58
share|Share
share|Facebook
share|X
share|WhatsApp
share|Email
alt-text|Dave Pickering with his rubber duck in the pothole
caption|Landlord Dave Pickering with the duck that made his pothole famous
credit|Credit: Flash Features
p|A PUB landlord who turned a giant pothole outside his boozer into a "paddling pool" has finally got it fixed - after his stunt went viral.
p|Dave Pickering, 54, had been complaining about the crater on the road outside The Kings Arms for nearly five months.
p|Fed up with being ignored, he filled the hole with a rubber duck, a striped deckchair and a handwritten sign reading "NO LIFEGUARD ON DUTY".
ad|ADVERTISEMENT
p|Regulars snapped pictures and shared them online, where they racked up more than two million views in a weekend.
p|Within 48 hours, a council crew turned up with a lorry of tarmac.
related|Read More on Potholes
related|ROAD RAGE Drivers forced to swerve as 'pothole the size of a bath' swallows car wheel
related|HOLE LOT OF TROUBLE Mum's fury as council fills pothole - but leaves traffic cone inside
h2|'SHOULDN'T TAKE A DUCK'
p|Dad-of-three Dave told The Flash: "I've rung them, I've emailed them, I've filled in the online form four times.
p|"It took a rubber duck for anybody to take notice. It shouldn't be like that.
p|"We've had two cyclists come off their bikes in the dark and a delivery van knocked his wing mirror off trying to avoid it."
video|VIDEO
video|Watch: Drivers dodge 'pothole paddling pool' outside pub
video|0:48
video|Up Next
video|Shocking moment car plunges into sinkhole on high street
p|Locals said the hole, which filled with rainwater every time it poured, was around a foot deep in the middle.
p|A spokesman for the council said: "We thank residents for reporting this defect. The repair was carried out as part of our planned programme of works."
h2|DUCK'S NEW HOME
p|The famous duck has now been given pride of place behind the bar.
p|Dave added: "He's retired now. But if they dig the road up again, he's ready."
tip|Do you have a story for The Flash news team?
tip|Email us at tips@theflash.co.uk or call 0207 946 0000. You can WhatsApp us on 07700 900000. We pay for videos too. Click here to upload yours.
tags|Topics
tags|Potholes
tags|Pubs
tags|Viral
tags|Weird News
sponsored|YOU MIGHT ALSO LIKE
sponsored|Sponsored Stories
sponsored|UK Drivers Born Before 1970 Are Checking This Rule Before Renewing Insurance
sponsored|Quote Compare UK
sponsored|Your Car Is Worth More Than You Think - Get A Free Valuation
sponsored|CarCash Online
most-read|MOST READ IN NEWS
most-read|BLOWN AWAY Storm warning issued as 80mph gusts to batter Britain tonight
most-read|'HEARTBROKEN' Tributes pour in for lollipop lady who served school for 40 years
most-read|LOTTO SHOCK Winning ticket worth £1.2m still unclaimed - check your numbers
most-read|SHELF LIFE Supermarket pulls popular snack from sale over allergy fears
games|Puzzles
games|Play Flash Crossword, Sudoku and Wordsearch for free
partner-list|Flash Vouchers
partner-list|Flash Bingo
partner-list|Flash Dating
partner-list|Flash Shop
partner-list|Flash Holidays
disclaimer|Flash Bingo: 18+ BeGambleAware.org. T&Cs apply.
footer|Follow The Flash
social|Facebook
social|X
social|Instagram
social|TikTok
social|YouTube
footer|Services
footer|Sign Up To The Flash
footer|Help Hub
footer|Contact Us
footer|Topic A-Z
footer|Corrections & Clarifications
footer|Advertise With Us
footer|Terms and Conditions
footer|Privacy Policy
footer|Cookie Settings
disclaimer|The Flash is regulated by IPSO. Find out more about our editorial complaints policy.
copyright|© Flash News Group Ltd 2026. "The Flash" and "The Flash on Sunday" are trademarks of Flash News Group Ltd. Registered office: 1 Fleetside Place, London EC4A 0AA. Registered in England No 1234567.
"""),
 dict(id="uk-tabloid-style-2", site="uk-tabloid-style", lang="en", sep="\n", title="Supermarket slashes price of 'school run' meal deal to £2 in cost of living boost", date="2026-03-02", page="""
cookie|We value your privacy
cookie|We and our 214 partners store and/or access information on a device, such as cookies, and process personal data, such as unique identifiers and standard information sent by a device for personalised advertising and content, ad and content measurement, and audience insights, as well as to develop and improve products.
cookie|Or you can choose Pay or OK: access The Flash ad-free for £1.99 a month.
cookie|I Accept
cookie|Manage Preferences
menu|The Flash
menu|Sign in
menu|News
menu|Sport
menu|Football
menu|TV & Showbiz
menu|Royals
menu|Money
menu|Travel
menu|Health
menu|Motors
menu|Puzzles
menu|Flash Bingo
menu|Money
menu|Consumer
menu|Bills
menu|Banking
menu|Pensions
menu|Flash Vouchers
section-label|SNACK ATTACK
h1|Supermarket slashes price of 'school run' meal deal to £2 in cost of living boost
lead|The chain said the deal, which includes a sandwich wrap, a piece of fruit and a drink, will be available in more than 600 stores from today
byline|Ellie Thornbury, Consumer Reporter
dateline|Published: 07:15, 2 Mar 2026
comments|Comments
comments|12
share|Share
share|Facebook
share|X
share|WhatsApp
share|Email
listen|Listen to this article
listen|2 min
alt-text|Shopper choosing a lunch at a supermarket fridge
caption|The new deal will run until the end of the summer term
credit|Credit: Getty
p|A SUPERMARKET giant has slashed the price of its kids' lunch deal to just £2 - in a boost to hard-pressed parents.
p|The "school run" deal includes a mini wrap or sandwich, a piece of fruit and a carton of juice or water.
p|It previously cost £2.75, meaning families with two kids could save around £15 a week on packed lunches if they buy it every school day.
ad|ADVERTISEMENT
p|The offer is available in more than 600 stores across England, Scotland and Wales from today, March 2.
p|It will run until the end of the summer term.
related|Read More on Supermarkets
related|TILL TIME Major supermarket to close self-checkouts in dozens of stores
related|BAG A BARGAIN Shoppers rush to buy £1 Easter eggs in early sale
h2|HOW IT WORKS
p|To get the price, shoppers will need to:
li|Pick one item from the "little lunch" range of wraps and sandwiches
li|Choose a piece of fruit, such as an apple, a banana or a satsuma
li|Add a 200ml juice carton or a bottle of water
p|Loyalty card holders also get double points on the deal on weekdays before 9am.
p|A spokeswoman said: "We know mornings are hectic and budgets are tight. We want to make it a little easier to grab something healthy on the way to school."
video|VIDEO
video|Watch: Money expert reveals five ways to cut your weekly food shop
video|1:32
h2|PRICES STILL HIGH
p|It comes as figures show grocery prices rose by 3.9 per cent in the year to February.
p|Consumer champions welcomed the offer but warned that shoppers should still compare prices, as own-brand items bought separately can sometimes work out cheaper.
p|Mum-of-two Kerry Dawson, 36, from Stockport, said: "Anything that saves me a few quid in the morning is welcome. It all adds up."
newsletter|GET THE FLASH MONEY NEWSLETTER
newsletter|Sign up for the best deals, freebies and money-saving tips sent straight to your inbox.
newsletter|Enter your email
newsletter|Sign Up
newsletter|This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.
tip|Do you have a money question? Email us at money@theflash.co.uk. Plus, you can join our Flash Money WhatsApp group to get the latest deals.
tags|Topics
tags|Cost of living
tags|Supermarkets
tags|Money saving
tags|Schools
sponsored|YOU MIGHT ALSO LIKE
sponsored|Sponsored Stories
sponsored|This Simple Trick Could Cut Your Supermarket Bill By A Third
sponsored|SaveSmart Daily
sponsored|Mums In Stockport Are Loving This Cashback App
sponsored|PocketBack
most-read|MOST READ IN MONEY
most-read|CASH BACK Thousands owed £200 refund from water firm - how to claim
most-read|STAMP OUT Royal Mail to raise price of first class stamp again
most-read|BILL SHOCK Council tax bills to rise by up to 5% from April
most-read|TILL TIME Major supermarket to close self-checkouts in dozens of stores
games|Puzzles
games|Play Flash Crossword, Sudoku and Wordsearch for free
partner-list|Flash Vouchers
partner-list|Flash Bingo
partner-list|Flash Dating
partner-list|Flash Shop
partner-list|Flash Holidays
disclaimer|Flash Bingo: 18+ BeGambleAware.org. T&Cs apply.
footer|Follow The Flash
social|Facebook
social|X
social|Instagram
social|TikTok
social|YouTube
footer|Services
footer|Sign Up To The Flash
footer|Help Hub
footer|Contact Us
footer|Topic A-Z
footer|Corrections & Clarifications
footer|Advertise With Us
footer|Terms and Conditions
footer|Privacy Policy
footer|Cookie Settings
disclaimer|The Flash is regulated by IPSO. Find out more about our editorial complaints policy.
copyright|© Flash News Group Ltd 2026. "The Flash" and "The Flash on Sunday" are trademarks of Flash News Group Ltd. Registered office: 1 Fleetside Place, London EC4A 0AA. Registered in England No 1234567.
"""),
]
