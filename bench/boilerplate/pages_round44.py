# Round 44: eight pages on four more layouts (a Riviera regional daily, a Cameroonian state daily's site, a US
# national news website with live tickers, a Sri Lankan daily), written blind: without looking at the classifier,
# its rules or the benchmark. Each line: "label|text". Invented text; no real article is copied.
ROUND44 = [
 dict(id="nice-matin-style-1", site="nice-matin-style", lang="fr", sep="\n", title="Antibes : le parking du Pré-aux-Pêcheurs fermé trois semaines pour travaux d’étanchéité", date="2025-11-04", page="""
skip-link|Aller au contenu principal
menu|Azur Matin
menu|S'abonner
menu|Se connecter
menu|Nice
menu|Cannes
menu|Antibes
menu|Grasse
menu|Menton
menu|Monaco
menu|Var
menu|OGC Nice
menu|Faits divers
menu|Loisirs
menu|Météo
weather|Nice 17° Ensoleillé
epaper|Le journal du jour en version numérique
breadcrumb|Accueil / Alpes-Maritimes / Antibes
section-label|Circulation
h1|Antibes : le parking du Pré-aux-Pêcheurs fermé trois semaines pour travaux d’étanchéité
lead|Les automobilistes devront se reporter sur les parkings de la Poste et du Fort-Carré à partir du lundi 10 novembre. La Ville promet des navettes gratuites pendant toute la durée du chantier.
byline|Par Claire Ventura
dateline|Publié le 04/11/2025 à 07:15, mis à jour le 04/11/2025 à 09:40
listen|Écouter cet article
listen|00:00 / 03:12
share|Partager
share|Facebook
share|X
share|WhatsApp
share|Copier le lien
save|Ajouter à mes favoris
comments|3 commentaires
caption|Le parking souterrain du Pré-aux-Pêcheurs, sous le port Vauban, accueille jusqu’à 650 véhicules.
credit|Photo archives Sébastien Rolland
p|C’est l’un des parkings les plus fréquentés de la vieille ville. À partir du lundi 10 novembre, le parking souterrain du Pré-aux-Pêcheurs fermera ses portes pour trois semaines, le temps de refaire l’étanchéité de la dalle supérieure.
p|Des infiltrations d’eau de mer avaient été constatées l’hiver dernier au deuxième sous-sol, après plusieurs épisodes de forte houle. « Il fallait intervenir avant les tempêtes de l’hiver », explique l’adjoint aux travaux, qui évoque un chantier d’un peu plus de 400 000 euros.
ad|Publicité
p|Les abonnés mensuels, environ 280 personnes, seront orientés vers le parking de la Poste, où des places leur seront réservées sans surcoût. Les autres usagers pourront se garer au Fort-Carré, à une dizaine de minutes à pied des remparts.
h2|Des navettes toutes les quinze minutes
p|Pour limiter la gêne, la Ville met en place une navette électrique gratuite entre le Fort-Carré et la place du Général-de-Gaulle. Elle circulera de 7 h 30 à 20 heures, du lundi au samedi.
read-also|À lire aussi : Antibes : la piétonnisation du boulevard d’Aguillon divise les commerçants
p|Les commerçants du vieil Antibes, eux, redoutent une baisse de fréquentation en pleine période de préparation des fêtes. « Novembre, ce n’est pas le pire mois, mais on aurait préféré janvier », glisse une fleuriste du cours Masséna.
p|La mairie assure que le calendrier a été choisi pour éviter le marché de Noël, qui s’installera début décembre. La réouverture est annoncée pour le vendredi 28 novembre au matin.
section-label|Ce qu’il faut retenir
li|Fermeture du lundi 10 au jeudi 27 novembre inclus.
li|Abonnés redirigés vers le parking de la Poste.
li|Navette gratuite depuis le Fort-Carré, de 7 h 30 à 20 heures.
paywall|Cet article est réservé aux abonnés. Déjà abonné ? Se connecter
paywall|Offre spéciale : 1 € le premier mois, sans engagement
tags|Antibes
tags|Travaux
tags|Stationnement
newsletter|Recevez chaque matin l’essentiel de l’actualité de votre ville
newsletter|Votre adresse e-mail
newsletter|Je m'inscris
comments|Commentaires (3)
comments|Marco06 - il y a 2 heures
comments|Encore des travaux en pleine saison des marchés, bravo la coordination.
comments|Signaler
comments|Voir les commentaires
teaser-list|Les plus lus
teaser-list|1. Cagnes-sur-Mer : un motard grièvement blessé sur la RD 6007
teaser-list|2. OGC Nice : le groupe pour le déplacement à Lens dévoilé
teaser-list|3. Grasse : la fête du jasmin cherche des bénévoles
teaser-list|4. Météo : fortes pluies attendues sur le littoral ce week-end
obituary|Avis de décès
obituary|Consultez les avis de décès de votre commune et déposez vos condoléances
sponsored|Contenu sponsorisé
sponsored|Ces retraités de la Côte d'Azur ont trouvé une astuce pour réduire leur facture d'électricité
app|Téléchargez l'application Azur Matin
footer|Qui sommes-nous ?
footer|Contactez-nous
footer|Mentions légales
footer|Politique de confidentialité
footer|Gérer mes cookies
footer|Conditions générales de vente
copyright|© Azur Matin 2025 - Tous droits réservés
cookie|Avec votre accord, nous et nos 812 partenaires utilisons des cookies ou technologies similaires pour stocker et accéder à des informations personnelles comme votre visite sur ce site.
cookie|Accepter et fermer
cookie|Continuer sans accepter
cookie|Paramétrer les cookies
"""),
 dict(id="nice-matin-style-2", site="nice-matin-style", lang="fr", sep="\n", title="Menton : la saison des agrumes menacée par un petit insecte venu d’Asie", date="2025-12-02", page="""
skip-link|Aller au contenu principal
menu|Azur Matin
menu|S'abonner
menu|Se connecter
menu|Nice
menu|Cannes
menu|Antibes
menu|Grasse
menu|Menton
menu|Monaco
menu|Var
menu|OGC Nice
menu|Faits divers
menu|Loisirs
menu|Météo
weather|Nice 13° Nuageux
epaper|Le journal du jour en version numérique
breadcrumb|Accueil / Alpes-Maritimes / Menton
section-label|Agriculture
h1|Menton : la saison des agrumes menacée par un petit insecte venu d’Asie
lead|Repéré pour la première fois dans un jardin de Garavan, le psylle asiatique inquiète les producteurs de citrons. Une réunion d’information est prévue jeudi à la chambre d’agriculture.
byline|Par Julien Gastaldi
dateline|Publié le 02/12/2025 à 18:30
listen|Écouter cet article
listen|00:00 / 04:05
share|Partager
share|Facebook
share|X
share|WhatsApp
share|Copier le lien
save|Ajouter à mes favoris
comments|12 commentaires
caption|Sur les terrasses du Val de Carei, les citronniers sont surveillés de près depuis deux semaines.
credit|Photo Julien Gastaldi
p|Il mesure à peine trois millimètres, mais il fait trembler toute une filière. Le psylle asiatique des agrumes, un insecte porteur d’une bactérie qui fait jaunir puis dépérir les arbres, a été identifié fin novembre dans un jardin privé du quartier de Garavan.
p|Aucun verger professionnel n’est touché à ce stade, assure la direction régionale de l’agriculture. Mais les quelque quarante producteurs du citron de Menton, qui bénéficie d’une indication géographique protégée, sont sur le qui-vive.
ad|Publicité
p|« Si la bactérie arrive, on ne soigne pas l’arbre, on l’arrache », résume un arboriculteur du Val de Carei, qui exploite 600 citronniers en terrasses. Ailleurs dans le monde, en Floride notamment, la maladie a fait chuter la production de plus de moitié en quelques années.
h2|Un périmètre de surveillance
p|Un arrêté préfectoral a instauré un périmètre de surveillance de cinq kilomètres autour du foyer. Les jardineries de la zone ne peuvent plus vendre de plants d’agrumes sans contrôle préalable.
p|Les particuliers sont invités à signaler toute présence suspecte : de petites taches cireuses blanches sur les jeunes pousses, ou des feuilles enroulées et jaunies de façon irrégulière.
video|VIDÉO. Comment reconnaître le psylle sur un citronnier (1:48)
p|La Fête du citron, prévue en février, n’est pas remise en cause. Les fruits utilisés pour les motifs proviennent en grande partie d’Espagne, rappelle l’organisation.
p|La réunion d’information se tiendra jeudi 4 décembre à 18 heures à la salle du Palais de l’Europe. Elle est ouverte au public.
paywall|Cet article est réservé aux abonnés. Déjà abonné ? Se connecter
paywall|Offre spéciale : 1 € le premier mois, sans engagement
tags|Menton
tags|Agriculture
tags|Environnement
newsletter|Recevez chaque matin l’essentiel de l’actualité de votre ville
newsletter|Votre adresse e-mail
newsletter|Je m'inscris
comments|Commentaires (12)
comments|Voir les commentaires
teaser-list|Les plus lus
teaser-list|1. Nice : la ligne 2 du tramway interrompue ce week-end
teaser-list|2. Monaco : le Rocher illuminé pour les fêtes dès vendredi
teaser-list|3. Menton : la saison des agrumes menacée par un petit insecte venu d’Asie
teaser-list|4. Fréjus : un incendie de broussailles maîtrisé en bord d’autoroute
obituary|Avis de décès
obituary|Consultez les avis de décès de votre commune et déposez vos condoléances
sponsored|Contenu sponsorisé
sponsored|Vivre à Monaco sans y habiter : le nouveau quartier qui attire les actifs
app|Téléchargez l'application Azur Matin
footer|Qui sommes-nous ?
footer|Contactez-nous
footer|Mentions légales
footer|Politique de confidentialité
footer|Gérer mes cookies
footer|Conditions générales de vente
copyright|© Azur Matin 2025 - Tous droits réservés
cookie|Avec votre accord, nous et nos 812 partenaires utilisons des cookies ou technologies similaires pour stocker et accéder à des informations personnelles comme votre visite sur ce site.
cookie|Accepter et fermer
cookie|Continuer sans accepter
cookie|Paramétrer les cookies
"""),
 dict(id="cameroun-tribune-style-1", site="cameroun-tribune-style", lang="fr", sep="\n\n", title="Douala : les prix du poisson frais en hausse au marché de Youpwé", date="2025-10-15", page="""
timestamp|Mercredi, 15 Octobre 2025
lang-switch|Français | English
menu|LE QUOTIDIEN NATIONAL
menu|Accueil
menu|Politique
menu|Économie
menu|Société
menu|Régions
menu|Culture
menu|Sports
menu|International
menu|Édition numérique
menu|Annonces légales
search|Rechercher...
ticker|À LA UNE : Le Chef de l'État reçoit les lettres de créance de trois nouveaux ambassadeurs | Lions Indomptables : la liste des convoqués publiée | Rentrée universitaire : le calendrier fixé
breadcrumb|Accueil » Économie » Consommation
h1|Douala : les prix du poisson frais en hausse au marché de Youpwé
lead|Le kilogramme de bar et de capitaine a pris entre 500 et 1000 F en un mois. Les mareyeuses évoquent la rareté des prises et le coût du carburant.
byline|Marie-Claire Ngo Bassong
dateline|15 Oct 2025
views|Lu 412 fois
font|A+ A-
print|Imprimer
share|Partager sur Facebook
share|Partager sur WhatsApp
caption|Au débarcadère de Youpwé, l'arrivée des pirogues reste attendue chaque matin.
credit|Photo : Archives CT
p|Au débarcadère de Youpwé, dans le 2e arrondissement de Douala, l'ambiance est tendue entre vendeuses et clientes depuis quelques semaines. Le kilogramme de bar, qui se négociait autour de 3500 F en septembre, s'affiche désormais à 4500 F, parfois davantage en fin de matinée.
p|Le capitaine, très prisé pour les cérémonies, suit la même courbe. « Je fais les deuils et les mariages, je ne peux plus acheter comme avant », se plaint une restauratrice de New Bell venue s'approvisionner.
p|Du côté des pêcheurs, on parle de prises moins abondantes depuis le début de la saison des pluies. Les sorties en mer sont plus longues, et le litre de carburant pour les moteurs hors-bord pèse lourd dans les comptes.
h2|Le poisson congelé en embuscade
p|Conséquence, de nombreux ménages se rabattent sur le maquereau et le chinchard congelés, vendus entre 1300 et 1600 F le kilogramme dans les chambres froides de la ville. Les importateurs signalent une demande en hausse d'environ 20 %.
p|Le délégué régional du Commerce pour le Littoral indique que des contrôles ont été menés la semaine dernière sur les marchés de Youpwé, Dakar et Mboppi. Aucune pratique spéculative n'a été relevée, mais les équipes resteront mobilisées, assure-t-il.
p|Les mareyeuses, elles, espèrent une accalmie avec le retour de la saison sèche, traditionnellement plus favorable à la pêche artisanale dans l'estuaire du Wouri.
tags|Mots clés : Douala, Poisson, Prix, Consommation
nav|« Article précédent | Article suivant »
related|Sur le même sujet
related|Marché Mboppi : l'oignon se fait rare
related|Huile de palme : les prix stabilisés à l'Ouest
related|Panier de la ménagère : ce qui change en octobre
epaper|Consultez l'édition du jour en PDF
epaper|Abonnez-vous à l'édition numérique
notices|Annonces légales
notices|Avis d'appel d'offres national n°047/AONO/CUD/2025
notices|Communiqué de presse du Ministère de l'Eau et de l'Énergie
most-read|Les plus lus
most-read|Examens officiels : les résultats du BTS disponibles
most-read|Bafoussam : un nouveau pont sur la Mifi inauguré
most-read|Football : Coton Sport en tête du championnat
footer|SOPECAM - Société de Presse et d'Éditions du Cameroun
footer|BP 1218 Yaoundé - Tél : (237) 222 30 00 00
footer|Qui sommes-nous | Contacts | Publicité | Mentions légales
copyright|© 2025 Tous droits réservés.
"""),
 dict(id="cameroun-tribune-style-2", site="cameroun-tribune-style", lang="fr", sep="\n\n", title="Ngaoundéré : 1200 jeunes formés aux métiers du numérique", date="2025-11-20", page="""
timestamp|Jeudi, 20 Novembre 2025
lang-switch|Français | English
menu|LE QUOTIDIEN NATIONAL
menu|Accueil
menu|Politique
menu|Économie
menu|Société
menu|Régions
menu|Culture
menu|Sports
menu|International
menu|Édition numérique
menu|Annonces légales
search|Rechercher...
ticker|À LA UNE : Conseil de cabinet : le Premier ministre fait le point sur la campagne agricole | CHAN 2026 : les Lions locaux en stage à Yaoundé | Mvog-Mbi : le nouveau marché livré
breadcrumb|Accueil » Régions » Adamaoua
h1|Ngaoundéré : 1200 jeunes formés aux métiers du numérique
lead|Au terme d'un programme de six mois, les bénéficiaires ont reçu mardi leurs attestations. Développement web, maintenance informatique et marketing digital étaient au menu.
byline|Oumarou Haman
dateline|20 Nov 2025
views|Lu 198 fois
font|A+ A-
print|Imprimer
share|Partager sur Facebook
share|Partager sur WhatsApp
caption|Les lauréats posant avec les autorités à l'issue de la cérémonie.
credit|Photo : Oumarou Haman
p|La salle des fêtes de Ngaoundéré était comble mardi 18 novembre 2025. Mille deux cents jeunes de la région de l'Adamaoua y ont reçu leurs attestations de fin de formation, au terme d'un programme de six mois consacré aux métiers du numérique.
p|Le programme, piloté par le ministère des Postes et Télécommunications avec l'appui d'un partenaire technique, s'adressait aux jeunes de 18 à 35 ans, diplômés ou non. Près d'un tiers des bénéficiaires sont des jeunes femmes.
p|Les formations ont porté sur trois filières :
li|le développement d'applications et de sites web ;
li|la maintenance des équipements informatiques et des téléphones ;
li|le marketing digital et la gestion des réseaux sociaux.
h2|Des kits pour se lancer
p|Les cent meilleurs de chaque filière ont reçu un ordinateur portable et un accompagnement de trois mois pour créer leur activité. « Je vais ouvrir un atelier de réparation de téléphones à Meiganga », confie Aïssatou, 24 ans.
p|Le gouverneur de la région a salué « une jeunesse qui refuse l'oisiveté » et invité les lauréats à mettre leurs compétences au service du développement local.
p|Une deuxième cohorte est annoncée pour le premier trimestre 2026 dans les départements du Mbéré et du Djérem.
tags|Mots clés : Adamaoua, Numérique, Jeunesse, Formation
nav|« Article précédent | Article suivant »
related|Sur le même sujet
related|Fibre optique : Garoua raccordée au réseau national
related|Emploi des jeunes : le FNE lance un nouvel appel
epaper|Consultez l'édition du jour en PDF
epaper|Abonnez-vous à l'édition numérique
notices|Annonces légales
notices|Avis de recrutement : Agence de régulation des télécommunications
notices|Communiqué du Ministère des Enseignements secondaires
most-read|Les plus lus
most-read|Concours de l'ENAM : les listes des admissibles
most-read|Ebolowa : la foire agropastorale s'ouvre lundi
most-read|Basket-ball : le FAP en finale de la coupe
footer|SOPECAM - Société de Presse et d'Éditions du Cameroun
footer|BP 1218 Yaoundé - Tél : (237) 222 30 00 00
footer|Qui sommes-nous | Contacts | Publicité | Mentions légales
copyright|© 2025 Tous droits réservés.
"""),
 dict(id="us-national-wire-style-1", site="us-national-wire-style", lang="en", sep="\n", title="Egg prices fall for third straight month as flocks recover from bird flu", date="2025-10-09", page="""
skip-link|Skip to main content
menu|Sections
menu|U.S.
menu|World
menu|Politics
menu|Business
menu|Health
menu|Sports
menu|Entertainment
menu|Weather
menu|Video
menu|Sign in
menu|Subscribe
breaking|LIVE: Hurricane Priya makes landfall near Cedar Key as Category 2 storm
ticker|DOW 46,102.33 +0.41%
ticker|S&P 500 6,712.05 +0.28%
ticker|NASDAQ 22,874.90 +0.53%
ticker|10-YR 4.12% -0.03
ticker|OIL 61.42 -1.10%
section-label|BUSINESS
h1|Egg prices fall for third straight month as flocks recover from bird flu
lead|Shoppers are paying less for a dozen eggs than at any point since early 2024, but economists warn the relief may not last into the holiday baking season.
byline|By Danielle Ortiz
byline|Consumer Affairs Reporter
dateline|Updated 4:17 PM EDT, Thu October 9, 2025
share|Share
share|Facebook
share|Copy Link
save|Save
listen|Listen to this article · 5 min
video|Now Playing
video|Why egg prices have been so unpredictable
video|02:31
caption|Cartons of eggs on a grocery store shelf in Chicago, Sept. 30, 2025.
credit|Scott Olson/Getty Images
p|WASHINGTON — The average price of a dozen large eggs dropped again in September, the third monthly decline in a row, as egg-laying flocks hit by avian influenza continued to rebuild, according to government data released Thursday.
p|A dozen Grade A large eggs cost an average of $2.86 last month, down from $3.21 in August and well below the record of more than $6 reached in the spring, the Labor Department said.
ad|ADVERTISEMENT
p|Producers have added roughly 18 million laying hens since June, an industry group said, bringing the national flock close to where it stood before the latest wave of outbreaks.
p|“Supply has finally caught up with demand,” said Marcus Feld, an agricultural economist at Iowa State University. “But it is a fragile balance. One or two large outbreaks in the Midwest and we are back where we started.”
related|RELATED: Grocery bills are rising again. Here’s which items are driving the increase
h2|Holiday demand looms
p|Egg consumption typically climbs in November and December as households bake for the holidays, and migrating wild birds raise the risk of new infections in commercial barns during the fall.
p|Federal officials have confirmed outbreaks at two farms in Minnesota and one in Pennsylvania since mid-September, affecting about 1.4 million birds in total.
p|Some grocery chains that had limited purchases during the spring shortage have lifted those caps, though several regional stores still post signs asking customers to buy no more than three cartons.
ad|ADVERTISEMENT
p|The Agriculture Department’s latest forecast projects average retail egg prices to stay below $3.50 through the end of the year, assuming no major disruptions.
signature|Associated reporter Kevin Lam contributed to this report from Des Moines, Iowa.
tip|Have a news tip? Contact our newsroom securely.
newsletter|Sign up for the Morning Brief
newsletter|Get the day’s top headlines delivered to your inbox.
newsletter|Enter your email
newsletter|Sign Up
newsletter|By subscribing, you agree to our Terms of Use and Privacy Policy.
teaser-list|More from Business
teaser-list|Mortgage rates edge down for second week
teaser-list|2 HRS AGO
teaser-list|Airline says it will add 40 new routes next summer
teaser-list|5 HRS AGO
teaser-list|Why your car insurance bill keeps climbing
teaser-list|YESTERDAY
sponsored|Paid Partner Content
sponsored|Retirees are rethinking annuities. Here’s what to know
sponsored|SmartAssetFinder
most-read|Most Read
most-read|1 Hurricane Priya live updates: Storm makes landfall in Florida
most-read|2 Supreme Court agrees to hear case on campus speech
teaser-list|3 Egg prices fall for third straight month as flocks recover from bird flu
most-read|4 Powerball jackpot climbs to $780 million
footer|About Us
footer|Careers
footer|Contact Us
footer|Terms of Use
footer|Privacy Policy
footer|Your Privacy Choices
footer|Accessibility
footer|Ad Choices
copyright|© 2025 National News Network. All Rights Reserved.
cookie|We use cookies and similar technologies to personalize content and ads and to analyze our traffic. You can manage your preferences at any time.
cookie|Accept All
cookie|Manage Preferences
"""),
 dict(id="us-national-wire-style-2", site="us-national-wire-style", lang="en", sep="\n", title="Library card sign-ups surge as cities expand free streaming and tool lending", date="2025-11-14", page="""
skip-link|Skip to main content
menu|Sections
menu|U.S.
menu|World
menu|Politics
menu|Business
menu|Health
menu|Sports
menu|Entertainment
menu|Weather
menu|Video
menu|Sign in
menu|Subscribe
breaking|LIVE: Senate vote on stopgap spending bill expected tonight
ticker|DOW 45,880.12 -0.22%
ticker|S&P 500 6,690.47 -0.15%
ticker|NASDAQ 22,790.66 -0.31%
ticker|10-YR 4.19% +0.02
ticker|OIL 59.87 +0.64%
section-label|U.S.
h1|Library card sign-ups surge as cities expand free streaming and tool lending
lead|From power drills to film streaming and museum passes, public libraries are offering more than books, and a growing number of Americans are signing up.
byline|By Aaron Whitfield
dateline|Published 6:02 AM EST, Fri November 14, 2025
share|Share
share|Facebook
share|Copy Link
save|Save
listen|Listen to this article · 4 min
caption|A patron browses the “library of things” at a branch in Columbus, Ohio, Nov. 5, 2025.
credit|Maddie Schroeder/National News Network
p|COLUMBUS, Ohio — Kara Mitchell walked into her neighborhood library last month looking for a novel. She walked out with a carpet cleaner, a telescope and a pass to the city zoo.
p|“I had no idea any of this existed,” said Mitchell, 41, who had not held a library card since college. “It saved me probably a hundred dollars in one afternoon.”
p|Stories like hers are increasingly common. Library systems in at least a dozen large cities reported double-digit increases in new card registrations over the past year, according to a survey by a national library association shared with National News Network.
ad|ADVERTISEMENT
h2|Beyond books
p|Many libraries now lend items under the banner of a “library of things.” Common offerings include:
li|Power tools, sewing machines and kitchen appliances
li|Wi-Fi hotspots and laptops
li|Free passes to museums, zoos and state parks
li|Musical instruments and board games
p|Digital services have also driven growth. Free streaming of films and audiobooks through library apps has become a draw for families trying to cut subscription costs.
p|Librarians say the trend has its limits. Budgets in several states are flat or shrinking, and the cost of digital licenses, which publishers often sell to libraries at several times the consumer price, keeps rising.
p|“Every new card is a win, but every new card also means a longer wait list,” said Teresa Gómez, director of a library system in suburban Denver.
video|Watch: How a ‘library of things’ works
video|01:58
p|Still, officials in Columbus say the new visitors are worth the strain. The city’s library added more than 30,000 cardholders this year, its largest increase in two decades.
tip|Have a news tip? Contact our newsroom securely.
newsletter|Sign up for the Morning Brief
newsletter|Get the day’s top headlines delivered to your inbox.
newsletter|Enter your email
newsletter|Sign Up
newsletter|By subscribing, you agree to our Terms of Use and Privacy Policy.
teaser-list|More from U.S.
teaser-list|Amtrak to restore overnight service on Midwest route
teaser-list|1 HR AGO
teaser-list|Wildfire near Reno forces evacuations overnight
teaser-list|3 HRS AGO
sponsored|Paid Partner Content
sponsored|The smart thermostat trick utility companies don’t advertise
sponsored|HomeSaver Daily
most-read|Most Read
most-read|1 Senate stopgap vote live updates
most-read|2 Winter storm watch issued for the Northern Plains
most-read|3 NFL Week 11 picks and predictions
footer|About Us
footer|Careers
footer|Contact Us
footer|Terms of Use
footer|Privacy Policy
footer|Your Privacy Choices
footer|Accessibility
footer|Ad Choices
copyright|© 2025 National News Network. All Rights Reserved.
cookie|We use cookies and similar technologies to personalize content and ads and to analyze our traffic. You can manage your preferences at any time.
cookie|Accept All
cookie|Manage Preferences
"""),
 dict(id="sri-lanka-daily-style-1", site="sri-lanka-daily-style", lang="en", sep="\n\n", title="Colombo-Kandy train delays to continue as track repairs extend to December", date="2025-11-06", page="""
timestamp|Thursday, 06 November 2025 08:41
lang-switch|සිංහල | தமிழ் | English
menu|The Island Observer
menu|Home
menu|News
menu|Business
menu|Opinion
menu|Features
menu|Sports
menu|World
menu|Epaper
menu|Classifieds
menu|Obituaries
ticker|Exchange Rates: USD Buy 296.10 Sell 304.75 | GBP 391.20 | EUR 342.60
ticker|CSE ASPI 19,845.21 +0.62%
epaper|Today's Epaper
h1|Colombo-Kandy train delays to continue as track repairs extend to December
byline|By Nishantha Perera
dateline|November 6, 2025, 12:05 am
views|Views: 1,284
share|Facebook
share|Twitter
share|WhatsApp
share|Email
font|A A A
p|Passengers on the Colombo-Kandy line will have to endure delays of up to 45 minutes until mid-December as track repair work between Rambukkana and Kadigamuwa has taken longer than planned, Railway Department officials said yesterday.
p|Officials said heavy rains in October had washed away ballast along a two-kilometre stretch of the hill section, forcing engineers to restrict trains to a speed of 15 kilometres per hour.
ad|Advertisement
p|"We had expected to finish by the end of this month, but the soil is still unstable in several places," a senior engineer told The Island Observer. "We cannot take any risk with passenger safety."
p|The department said the morning intercity express and the Podi Menike would continue to run, but passengers should expect late arrivals at Peradeniya and Kandy.
h2|Commuters frustrated
p|Regular commuters said the delays were making daily travel to Colombo extremely difficult. A teacher travelling from Kadugannawa said she had been late for school on most days over the past three weeks.
p|Several passenger associations have called on the authorities to run additional buses between Rambukkana and Kandy during peak hours until the work is completed.
p|The Transport Ministry said it was in talks with the Sri Lanka Transport Board on the proposal and that a decision was expected this week.
p|Meanwhile, officials said ticket reservations for the Badulla line were not affected and that tourist observation cars would operate as usual.
tags|Tags: Railway, Kandy, Transport
comments|Leave a Reply
comments|Your email address will not be published. Required fields are marked *
comments|Comment *
comments|Name *
comments|Email *
comments|Post Comment
related|Related Posts
related|Bus fares to remain unchanged, says NTC
related|Fuel prices revised at midnight
related|New express way section to open next month
most-read|Most Popular
most-read|A/L results to be released this week
most-read|Heavy rain warning for five districts
most-read|Rupee gains against dollar for fourth day
classifieds|Classifieds: Marriage Proposals | Property | Vehicles | Employment
obituary|Obituaries and Remembrances - place your notice online
footer|The Island Observer, Observer House, 223 Bloemendhal Road, Colombo 13, Sri Lanka
footer|About Us | Contact Us | Advertise | Privacy Policy
copyright|Copyright © 2025 Island Observer Newspapers (Pvt) Ltd. All rights reserved.
back-to-top|Back to top
"""),
 dict(id="sri-lanka-daily-style-2", site="sri-lanka-daily-style", lang="en", sep="\n\n", title="Coconut prices ease as harvest improves in Kurunegala and Puttalam", date="2025-12-03", page="""
timestamp|Wednesday, 03 December 2025 07:58
lang-switch|සිංහල | தமிழ் | English
menu|The Island Observer
menu|Home
menu|News
menu|Business
menu|Opinion
menu|Features
menu|Sports
menu|World
menu|Epaper
menu|Classifieds
menu|Obituaries
ticker|Exchange Rates: USD Buy 297.45 Sell 305.90 | GBP 393.05 | EUR 344.10
ticker|CSE ASPI 20,012.48 -0.18%
epaper|Today's Epaper
section-label|Business
h1|Coconut prices ease as harvest improves in Kurunegala and Puttalam
byline|By Dilini Jayawardena
dateline|December 3, 2025, 12:01 am
views|Views: 876
share|Facebook
share|Twitter
share|WhatsApp
share|Email
font|A A A
caption|Coconuts being sorted at a collection centre in Kuliyapitiya.
p|Retail coconut prices have dropped to between Rs. 110 and Rs. 130 a nut in most Colombo markets, down from as much as Rs. 180 in August, as the harvest in the coconut triangle has picked up after months of dry weather.
p|The Coconut Development Authority said production in October was about 18 percent higher than in the same month last year, with Kurunegala and Puttalam districts recording the largest increase.
ad|Advertisement
p|Growers said the rains that began in September had helped trees recover, although the benefits would be felt fully only in the first half of next year.
h2|Industry relief
p|The desiccated coconut and coconut oil industries, which had complained of raw material shortages, welcomed the drop. An industry association spokesman said several mills that had reduced operations were returning to full shifts.
p|Auction prices at the Colombo coconut auction averaged Rs. 92,000 per thousand nuts last week, compared with more than Rs. 140,000 in July, officials said.
p|However, small growers warned that fertiliser costs remained high and urged the Government to continue the subsidy scheme introduced earlier this year.
p|Consumers, meanwhile, said the lower prices had come as a relief ahead of the festive season, when demand for coconut milk and oil traditionally rises.
tags|Tags: Coconut, Agriculture, Prices
comments|Leave a Reply
comments|Your email address will not be published. Required fields are marked *
comments|Comment *
comments|Name *
comments|Email *
comments|Post Comment
related|Related Posts
related|Tea auction prices firm on strong demand
related|Paddy Marketing Board to buy Maha harvest
most-read|Most Popular
most-read|Power cuts ruled out for December
most-read|School vacation dates announced
most-read|Cricket: Sri Lanka name squad for New Zealand tour
classifieds|Classifieds: Marriage Proposals | Property | Vehicles | Employment
obituary|Obituaries and Remembrances - place your notice online
footer|The Island Observer, Observer House, 223 Bloemendhal Road, Colombo 13, Sri Lanka
footer|About Us | Contact Us | Advertise | Privacy Policy
copyright|Copyright © 2025 Island Observer Newspapers (Pvt) Ltd. All rights reserved.
back-to-top|Back to top
"""),
]
