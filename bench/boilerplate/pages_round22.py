# Round 22: eight pages on four more layouts (a Belgian regional daily with a paywall, a UK regional news site of a
# big group, a Malagasy radio station's news page, a New Zealand national news site), written blind: without looking
# at the classifier, its rules or the benchmark, measured once. Each line: "label|text". Invented text; no real
# article is copied.
ROUND22 = [
 dict(id="gazette-de-liege-1", site="gazette-de-liege", lang="fr", sep="\n", title="Liège : le marché de la Batte déménage pour dix mois pendant la rénovation des quais", date="2026-01-20", page="""
skip-link|Aller au contenu principal
skip-link|Aller au menu principal
menu|La Gazette de Liège
timestamp|Mardi 20 janvier 2026
weather|Liège 3°C
menu|S’abonner
login|Se connecter
menu|Menu
search|Rechercher
menu|Le fil info
menu|Liège
menu|Seraing
menu|Herstal
menu|Verviers
menu|Huy-Waremme
menu|Basse-Meuse
menu|Standard
menu|Sports
menu|Belgique
menu|Monde
menu|Loisirs
menu|Avis de décès
breaking|EN CE MOMENT | Grève au TEC Liège-Verviers : la liste des lignes perturbées ce mardi
breadcrumb|Accueil › Liège › Liège-Ville
section-label|LIÈGE-VILLE
h1|Liège : le marché de la Batte déménage pour dix mois pendant la rénovation des quais
lead|Dès le dimanche 8 mars, les quelque 300 marchands du marché de la Batte s’installeront boulevard de la Sauvenière et rue de la Régence. La Ville promet un retour sur les quais rénovés début 2027.
byline|Par Julien Marlier
dateline|Publié le 20/01/2026 à 06:00
reading-time|Temps de lecture: 4 min
listen|Écouter cet article
listen|00:00 / 04:12
share|Partager
share|Facebook
share|X
share|WhatsApp
share|E-mail
share|Copier le lien
save|Ajouter à mes favoris
caption|Chaque dimanche, environ 300 échoppes s’installent le long de la Meuse.
credit|© Archives Gazette / Michel Tonneau
paywall|Il vous reste 2 articles gratuits ce mois-ci. Abonnez-vous pour un accès illimité dès 1 € le premier mois.
p|C’est désormais officiel : le plus vieux marché de Liège va quitter les bords de Meuse pour près de dix mois. Le collège communal a validé lundi soir le plan de déménagement temporaire, présenté la semaine dernière aux marchands ambulants.
p|En cause, le vaste chantier de réaménagement des quais de la Batte et de la Goffe, qui doit transformer la voirie en une promenade plantée et élargir les trottoirs. Les engins occuperont toute la largeur du quai à partir du mois de mars.
ad|Publicité
p|« Il était impossible de garder le marché sur place en toute sécurité », explique l’échevine en charge du Commerce, Nathalie Lemaire. « Nous avons cherché un emplacement central, desservi par les bus et assez long pour accueillir tout le monde. »
read-also|À lire aussi | Rénovation des quais de Meuse : le chantier démarrera en mars
h2|Trois cents échoppes à recaser
p|Le boulevard de la Sauvenière, fermé à la circulation le dimanche matin, offrira un peu plus d’un kilomètre d’emplacements. Les marchands alimentaires seront regroupés du côté de la place Cockerill, les vêtements et la brocante vers la rue de la Régence.
p|Chaque marchand conservera un emplacement de la même longueur qu’aujourd’hui. Le tirage au sort de l’ordre des places aura lieu le 24 février à l’hôtel de ville.
p|Du côté des commerçants, l’accueil est mitigé. « On a peur de perdre une partie de nos clients, surtout les touristes qui viennent pour l’ambiance des quais », confie Marc, qui vend des fromages de Herve sur le marché depuis vingt-deux ans. « Mais bon, au moins on reste au centre. »
ad|Publicité
h2|Ce qui change pour les visiteurs
li|Le marché se tiendra chaque dimanche de 8 h à 14 h 30, boulevard de la Sauvenière et rue de la Régence ;
li|le boulevard sera fermé aux voitures de 5 h à 16 h ;
li|les lignes de bus 1, 4 et 48 seront déviées par le boulevard d’Avroy ;
li|le parking Saint-Denis sera gratuit jusqu’à 10 h pour les clients du marché.
p|La Ville prévoit une signalisation depuis la passerelle et la place Saint-Lambert, ainsi que des stewards pour guider les visiteurs lors des premiers dimanches.
p|Le retour sur les quais est annoncé pour janvier 2027, « si le chantier ne prend pas de retard », précise prudemment l’échevine.
tags|Marché de la Batte
tags|Commerce
tags|Travaux
tags|Liège-Ville
comments|Réagir à cet article
comments|Les commentaires sont réservés à nos abonnés. Déjà abonné ? Connectez-vous.
newsletter|Newsletter Liège
newsletter|Recevez chaque matin à 7 h l’essentiel de l’actualité liégeoise.
newsletter|Votre adresse e-mail
newsletter|Je m’inscris
related|Sur le même sujet
related|Quais de Meuse : 38 millions pour une promenade verte entre Fragnée et Saint-Léonard
related|ABONNÉS Les marchands de la Batte inquiets pour leur chiffre d’affaires
related|Le marché de la Batte fête ses 460 ans : les images d’un dimanche pas comme les autres
teaser-list|Le fil info
teaser-list|09:42
teaser-list|Seraing : un incendie dans un entrepôt de pneus à Jemeppe, la fumée visible à des kilomètres
teaser-list|09:15
teaser-list|Standard : l’entraîneur veut « des renforts rapidement »
teaser-list|08:58
teaser-list|Verviers : la piscine de Mangombroux fermée pour une panne de chauffage
teaser-list|08:31
teaser-list|Météo : de la neige attendue sur les hauteurs ce mercredi
teaser-list|Voir tout le fil info
teaser-list|Les plus lus
teaser-list|1
teaser-list|Ans : un chauffard percute trois voitures en stationnement et prend la fuite
teaser-list|2
teaser-list|ABONNÉS Herstal : le gérant d’une friterie raconte le braquage qu’il a vécu
teaser-list|3
teaser-list|Liège : le marché de la Batte déménage pour dix mois pendant la rénovation des quais
teaser-list|4
teaser-list|Flémalle : la commune veut racheter l’ancien site de la verrerie
obituary|Avis de décès
obituary|Madame Josiane Lambotte, veuve de Monsieur Henri Collard – Saint-Nicolas (1938-2026)
obituary|Monsieur Guy Renard – Beyne-Heusay (1951-2026)
obituary|Consulter tous les avis de décès de la région
games|Jeux
games|Mots fléchés · Sudoku · Mots croisés · Solitaire
horoscope|Votre horoscope du jour
sponsored|Contenus sponsorisés
sponsored|Cette mutuelle rembourse jusqu’à 300 € de lunettes par an : voici comment (Assur’Famille)
sponsored|Pompes à chaleur : les primes wallonnes 2026 expliquées simplement (EnergiePlus)
sponsored|Recommandé par Outbrain
app|Téléchargez l’application La Gazette de Liège
app|Disponible sur l’App Store · Disponible sur Google Play
footer|La Gazette de Liège
footer|Qui sommes-nous ? · Nous contacter · Publicité · Abonnements · Service clients · Charte de déontologie
footer|Mentions légales · Conditions générales · Vie privée · Gérer les cookies · Accessibilité
footer|Éditeur responsable : Groupe Meuse-Ardenne Médias SA, boulevard de la Sauvenière 000, 4000 Liège
copyright|© 2026 La Gazette de Liège – Reproduction interdite sans autorisation préalable.
cookie|Vos choix concernant l’utilisation des cookies
cookie|La Gazette de Liège et ses 214 partenaires stockent des informations sur votre appareil et y accèdent, comme les cookies, et traitent des données personnelles, telles que des identifiants uniques et des données de navigation, afin d’afficher des publicités et des contenus personnalisés, d’en mesurer les performances et d’améliorer nos services. Vous pouvez modifier vos choix à tout moment via le lien « Gérer les cookies » en bas de page.
cookie|Personnaliser
cookie|Continuer sans accepter
cookie|Accepter et fermer
"""),
 dict(id="gazette-de-liege-2", site="gazette-de-liege", lang="fr", sep="\n", title="Huy : une boulangerie de Statte élue meilleure boulangerie de la province de Liège", date="2025-11-08", page="""
skip-link|Aller au contenu principal
skip-link|Aller au menu principal
menu|La Gazette de Liège
timestamp|Samedi 8 novembre 2025
weather|Liège 9°C
menu|S’abonner
login|Se connecter
menu|Menu
search|Rechercher
menu|Le fil info
menu|Liège
menu|Seraing
menu|Herstal
menu|Verviers
menu|Huy-Waremme
menu|Basse-Meuse
menu|Standard
menu|Sports
menu|Belgique
menu|Monde
menu|Loisirs
menu|Avis de décès
breadcrumb|Accueil › Huy-Waremme › Huy
section-label|HUY
paywall|ABONNÉS
h1|Huy : une boulangerie de Statte élue meilleure boulangerie de la province de Liège
lead|Installés depuis 2019 dans un ancien garage de Statte, Sophie et Damien Gérard ont remporté jeudi le concours provincial organisé par la fédération des boulangers. Leur pain au levain de seigle a fait l’unanimité du jury.
byline|Par Caroline Dethier
dateline|Publié le 08/11/2025 à 11:30
reading-time|Temps de lecture: 3 min
listen|Écouter cet article
listen|00:00 / 03:26
share|Partager
share|Facebook
share|X
share|WhatsApp
share|E-mail
share|Copier le lien
save|Ajouter à mes favoris
caption|Sophie et Damien Gérard, vendredi matin, dans leur boulangerie de Statte.
credit|© C.D.
p|À 4 heures du matin, les lumières sont déjà allumées dans le petit atelier de Statte. Damien Gérard enfourne les premières miches pendant que sa compagne prépare les croissants. Une journée ordinaire, ou presque : depuis jeudi soir, le téléphone ne cesse de sonner.
p|Jeudi, à Liège, le couple a reçu le titre de meilleure boulangerie de la province, devant 46 autres artisans. Le jury, composé de boulangers, d’un chef et de deux consommateurs, a goûté à l’aveugle pains, viennoiseries et tartes au riz.
p|« On ne s’y attendait pas du tout. On s’était inscrits pour avoir un avis extérieur sur notre travail », sourit Sophie Gérard, encore émue vendredi matin derrière son comptoir.
h2|Un ancien garage
p|Avant de se lancer, Damien Gérard était mécanicien. Il a appris le métier de boulanger en cours du soir pendant trois ans, tout en continuant à travailler au garage familial.
p|En 2019, le couple a transformé l’atelier de réparation en boulangerie, en gardant la porte sectionnelle et le vieux pont élévateur, devenu un présentoir à pains.
paywall|Cet article est réservé aux abonnés
paywall|Pour lire la suite, profitez de notre offre : 1 € le premier mois, puis 9,90 € par mois. Sans engagement.
paywall|Je m’abonne
paywall|Déjà abonné ? Se connecter
paywall|Vous êtes abonné à la version papier ? Activez gratuitement votre accès numérique.
tags|Huy
tags|Boulangerie
tags|Commerce local
related|Sur le même sujet
related|Waremme : la plus vieille pâtisserie de la ville ferme ses portes après 90 ans
related|ABONNÉS Le prix du pain va encore augmenter en 2026, préviennent les boulangers
teaser-list|Le fil info
teaser-list|11:52
teaser-list|Amay : un cycliste grièvement blessé après une chute sur la N617
teaser-list|11:20
teaser-list|Standard : le groupe pour le déplacement à Gand sans deux titulaires
teaser-list|10:47
teaser-list|Liège : les illuminations de Noël seront allumées le 21 novembre
teaser-list|Voir tout le fil info
teaser-list|Les plus lus
teaser-list|1
teaser-list|Seraing : la police démantèle un atelier de cannabis dans une ancienne école
teaser-list|2
teaser-list|ABONNÉS Huy : une boulangerie de Statte élue meilleure boulangerie de la province de Liège
teaser-list|3
teaser-list|Verviers : le marché de Noël aura lieu place Verte cette année
teaser-list|4
teaser-list|Chaudfontaine : les travaux du pont de la Vesdre prolongés jusqu’en février
obituary|Avis de décès
obituary|Monsieur Albert Dewez – Wanze (1940-2025)
obituary|Madame Micheline Hardy, épouse de Monsieur Jean Paquay – Huy (1947-2025)
obituary|Consulter tous les avis de décès de la région
games|Jeux
games|Mots fléchés · Sudoku · Mots croisés · Solitaire
horoscope|Votre horoscope du jour
sponsored|Contenus sponsorisés
sponsored|Isolation de toiture : ce que coûte vraiment un chantier en Wallonie (RénoConseil)
sponsored|Ces retraités belges ont choisi de passer l’hiver au soleil (Voyages Horizon)
sponsored|Recommandé par Outbrain
app|Téléchargez l’application La Gazette de Liège
app|Disponible sur l’App Store · Disponible sur Google Play
footer|La Gazette de Liège
footer|Qui sommes-nous ? · Nous contacter · Publicité · Abonnements · Service clients · Charte de déontologie
footer|Mentions légales · Conditions générales · Vie privée · Gérer les cookies · Accessibilité
footer|Éditeur responsable : Groupe Meuse-Ardenne Médias SA, boulevard de la Sauvenière 000, 4000 Liège
copyright|© 2025 La Gazette de Liège – Reproduction interdite sans autorisation préalable.
cookie|Vos choix concernant l’utilisation des cookies
cookie|La Gazette de Liège et ses 214 partenaires stockent des informations sur votre appareil et y accèdent, comme les cookies, et traitent des données personnelles, telles que des identifiants uniques et des données de navigation, afin d’afficher des publicités et des contenus personnalisés, d’en mesurer les performances et d’améliorer nos services. Vous pouvez modifier vos choix à tout moment via le lien « Gérer les cookies » en bas de page.
cookie|Personnaliser
cookie|Continuer sans accepter
cookie|Accepter et fermer
"""),
 dict(id="midlands-live-1", site="midlands-live", lang="en", sep="\n\n", title="Walsall market traders 'devastated' as council confirms move to new site", date="2025-03-04", page="""
menu|Menu
menu|Midlands Live
search|Search
login|Sign in
menu|News
menu|Birmingham
menu|Black Country
menu|Coventry
menu|Solihull
menu|Sport
menu|What's On
menu|Property
menu|Jobs
menu|Family Notices
breaking|LIVE: M6 closed northbound between J7 and J8 after crash - latest updates
ad|Advertisement
breadcrumb|News
breadcrumb|Black Country News
h1|Walsall market traders 'devastated' as council confirms move to new site
lead|Stallholders say they fear losing customers after the council voted to relocate the historic outdoor market away from the top of Park Street
byline|By Hannah Cole
byline|Local Democracy Reporter
dateline|10:14, 4 Mar 2025Updated 10:31, 4 Mar 2025
comments|3 Comments
save|Bookmark
share|Share
caption|Walsall outdoor market at the top of Park Street (Image: Midlands Live)
p|Market traders in Walsall say they are "devastated" after councillors confirmed plans to move the town's outdoor market to a new site near the bus station.
p|Walsall Council's cabinet voted on Monday evening (March 3) to relocate the market from its current home at the top of Park Street to Bradford Place, as part of a wider regeneration of the town centre.
newsletter|Get the biggest Midlands stories straight to your inbox with our free daily newsletter
newsletter|Sign up
newsletter|We use your sign-up to send you content in the ways you have agreed to and to get to know you better. This may include adverts from us and third parties based on what we know about you. You can unsubscribe at any time. More info
newsletter|Thank you for subscribing!
newsletter|We have more newsletters Show me
newsletter|See our privacy notice
newsletter|Invalid Email
p|The move, expected to take place in the autumn, will see around 40 stalls set up on a newly paved square with covered seating, electric hook-ups and storage units for traders.
p|But traders who have worked the Park Street pitch for decades say they were not properly consulted and fear they will lose passing trade from shoppers heading to the main high street stores.
read-also|READ MORE: Walsall town centre shop units to be turned into flats under new plans
ad|Advertisement
p|Pauline Hickman, who has run a haberdashery stall on the market for 31 years, said: "We're devastated, there's no other word for it. People come up Park Street, they see us, they stop. Down by the bus station they'll just walk past to catch their bus."
p|Another trader, who sells fruit and veg and did not want to be named, said: "They keep telling us it will be better. We've heard that before."
video|Video Loading
video|Video Unavailable
video|Click to play Tap to play
video|The video will auto-play soon8Cancel
video|Play now
p|Councillor Mark Delaney, cabinet member for regeneration, told the meeting the new location would give the market "a proper, modern home" and that footfall counts showed more people passed through Bradford Place than any other part of the town centre.
p|He said: "I understand traders are worried, and we will work with every single one of them over the coming months. Nobody will be left behind, and rents will be frozen for the first year."
ad|Advertisement
p|The council said a formal consultation on the layout of the stalls would open later this month, with drop-in sessions for traders at the Council House.
whatsapp|Join the Midlands Live WhatsApp community for breaking news and the top stories of the day, straight to your phone. Click here to join
tip|Got a story? Email newsdesk@midlandslive.example.co.uk or message us on Facebook
tags|More On
tags|Walsall Council
tags|Walsall
tags|Markets
tags|Town centres
comments|Comments
comments|Join the conversation
comments|3 Comments
comments|Sign in or register to comment
teaser-list|Most Read
teaser-list|Most Recent
teaser-list|Wolverhampton restaurant handed zero food hygiene rating after mouse droppings found
teaser-list|Family's tribute to 'funny and caring' grandad, 74, who died after crash on A449
teaser-list|Popular Dudley pub to reopen after £500,000 makeover - with rooftop garden
teaser-list|Birmingham Airport issues travel advice ahead of Easter getaway
teaser-list|West Bromwich man admits dangerous driving after crash outside school
ad|Advertisement
sponsored|Promoted Stories
sponsored|Homeowners in the West Midlands are switching to this boiler scheme GreenHeat UK | Sponsored
sponsored|The simple supermarket swap that could save families hundreds a year Thrifty Living | Sponsored
sponsored|Recommended by
obituary|Family Notices
obituary|Find and place notices for births, marriages and deaths in the Midlands
jobs|Local jobs
jobs|Find the latest jobs near you
social|Follow Midlands Live
social|Facebook
social|X
social|Instagram
social|TikTok
footer|About Us
footer|Contact Us
footer|Advertise with us
footer|Terms & Conditions
footer|Privacy Notice
footer|Cookie Notice
footer|Privacy Settings
footer|Corrections and clarifications
footer|How to complain
footer|Our journalism
footer|Midlands Live is regulated by IPSO. Read our editorial code of practice.
copyright|©2025 Castlegate Media Ltd. All rights reserved. Midlands Live is part of the Castlegate Media group.
cookie|Your privacy matters to us
cookie|We and our 186 partners store and access information on your device, such as cookies, and process personal data such as unique identifiers and browsing data, for personalised advertising and content, measurement of advertising and content, audience research and the development of our services. Some partners rely on their legitimate interest rather than asking for your consent. You can change your choices at any time by clicking "Privacy Settings" at the bottom of any page.
cookie|Manage preferences
cookie|Reject all
cookie|Accept all
"""),
 dict(id="midlands-live-2", site="midlands-live", lang="en", sep="\n\n", title="Driver jailed after police chase through Solihull ended with car in family's front garden", date="2025-06-19", page="""
menu|Menu
menu|Midlands Live
search|Search
login|Sign in
menu|News
menu|Birmingham
menu|Black Country
menu|Coventry
menu|Solihull
menu|Sport
menu|What's On
menu|Property
menu|Jobs
menu|Family Notices
ad|Advertisement
breadcrumb|News
breadcrumb|Crime
h1|Driver jailed after police chase through Solihull ended with car in family's front garden
lead|Jordan Pryce reached speeds of 90mph in a 30mph zone before losing control in a residential street in Shirley
byline|By Daniel Okafor
byline|Courts Reporter
dateline|16:52, 19 Jun 2025
save|Bookmark
share|Share
caption|Jordan Pryce was jailed at Birmingham Crown Court (Image: West Midlands Police)
p|A driver who led police on a high-speed chase through Solihull before smashing into a family's front garden has been jailed.
p|Jordan Pryce, 27, reached speeds of up to 90mph in a 30mph zone as he tried to get away from officers in the early hours of Sunday, April 13, Birmingham Crown Court heard.
newsletter|Get the biggest Midlands stories straight to your inbox with our free daily newsletter
newsletter|Sign up
newsletter|We use your sign-up to send you content in the ways you have agreed to and to get to know you better. This may include adverts from us and third parties based on what we know about you. You can unsubscribe at any time. More info
newsletter|Thank you for subscribing!
newsletter|We have more newsletters Show me
newsletter|See our privacy notice
newsletter|Invalid Email
p|The chase began when officers spotted the Audi A3 he was driving on the Stratford Road in Shirley and tried to pull it over because it showed up as uninsured.
p|Prosecutor Emma Wright said Pryce instead accelerated away, went through two red lights and drove on the wrong side of the road around a traffic island.
ad|Advertisement
p|The pursuit lasted just under four minutes and ended when Pryce lost control on a bend, ploughed through a low brick wall and came to a stop on the lawn of a semi-detached house.
p|A couple and their two young children were asleep upstairs at the time. Nobody was hurt.
read-also|READ MORE: Teenager arrested after stolen car crashes into bus shelter in Acocks Green
p|Pryce tried to run from the scene but was caught by an officer a short distance away. A breath test later showed he was more than twice the drink-drive limit.
p|He pleaded guilty to dangerous driving, drink-driving and driving without insurance.
video|Video Loading
video|Video Unavailable
video|Click to play Tap to play
video|The video will auto-play soon8Cancel
video|Play now
p|Defending, Harpreet Sandhu said Pryce had "panicked" because he knew he was not insured, and was "deeply ashamed" of the fear he had caused the family.
p|Judge Richard Hollis jailed him for 16 months and banned him from driving for three years and eight months. He must pass an extended test before he can drive again.
ad|Advertisement
p|Speaking after the hearing, PC Gemma Lowe, of West Midlands Police's roads policing unit, said: "It was sheer luck that nobody was killed that night. A family woke up to find a car in their front garden, and that is something their children will not forget."
whatsapp|Join the Midlands Live WhatsApp community for breaking news and the top stories of the day, straight to your phone. Click here to join
tip|Got a story? Email newsdesk@midlandslive.example.co.uk or message us on Facebook
tags|More On
tags|Birmingham Crown Court
tags|Solihull
tags|Dangerous driving
tags|West Midlands Police
comments|Comments have been turned off on this article for legal reasons
teaser-list|Most Read
teaser-list|Most Recent
teaser-list|Live: Heatwave latest as temperatures set to hit 31C in Birmingham
teaser-list|Coventry primary school rated 'outstanding' for first time in its history
teaser-list|Missing teenager from Sutton Coldfield found safe and well
teaser-list|Bus drivers in Black Country to strike over pay - dates and routes affected
teaser-list|Solihull shopping centre confirms three new stores opening this summer
ad|Advertisement
sponsored|Promoted Stories
sponsored|Over 60 and own your home? This new scheme could be worth a look EquityRelease Today | Sponsored
sponsored|Why thousands of drivers are switching to this car insurance MotorMatch | Sponsored
sponsored|Recommended by
obituary|Family Notices
obituary|Find and place notices for births, marriages and deaths in the Midlands
jobs|Local jobs
jobs|Find the latest jobs near you
social|Follow Midlands Live
social|Facebook
social|X
social|Instagram
social|TikTok
footer|About Us
footer|Contact Us
footer|Advertise with us
footer|Terms & Conditions
footer|Privacy Notice
footer|Cookie Notice
footer|Privacy Settings
footer|Corrections and clarifications
footer|How to complain
footer|Our journalism
footer|Midlands Live is regulated by IPSO. Read our editorial code of practice.
copyright|©2025 Castlegate Media Ltd. All rights reserved. Midlands Live is part of the Castlegate Media group.
cookie|Your privacy matters to us
cookie|We and our 186 partners store and access information on your device, such as cookies, and process personal data such as unique identifiers and browsing data, for personalised advertising and content, measurement of advertising and content, audience research and the development of our services. Some partners rely on their legitimate interest rather than asking for your consent. You can change your choices at any time by clicking "Privacy Settings" at the bottom of any page.
cookie|Manage preferences
cookie|Reject all
cookie|Accept all
"""),
 dict(id="radio-madagascar-info-1", site="radio-madagascar-info", lang="fr", sep="\n\n", title="Délestage : la Jirama publie un nouveau programme de coupures pour Antananarivo", date="2025-10-15", page="""
timestamp|Alarobia 15 Oktobra 2025
weather|Antananarivo 27°C
lang-switch|Malagasy | Français
social|Facebook  YouTube  TikTok  WhatsApp
menu|RADIO FANILO
menu|98.2 FM – La voix qui éclaire
listen|▶ ÉCOUTER LE DIRECT
menu|ACCUEIL
menu|ACTUALITÉS
menu|POLITIQUE
menu|ÉCONOMIE
menu|SOCIÉTÉ
menu|RÉGIONS
menu|SPORT
menu|CULTURE
menu|ÉMISSIONS
menu|PODCASTS
menu|CONTACT
ticker|Taux de change du jour : 1 € = 5 214,30 Ar | 1 $ = 4 486,90 Ar
ticker|FLASH INFO : Toamasina : un navire échoue à l’entrée du port • BACC 2025 : les résultats attendus la semaine prochaine • Football : les Barea en stage à Antsirabe
breadcrumb|Accueil » Actualités » Société
section-label|Société
h1|Délestage : la Jirama publie un nouveau programme de coupures pour Antananarivo
byline|Par Hery Rakotondrabe
dateline|15 octobre 2025
comments|0
views|412 vues
share|Partager sur Facebook
share|Partager sur WhatsApp
share|Partager sur Telegram
listen|Écouter le journal de 12h du 15 octobre
listen|Lecteur audio
listen|00:00
listen|00:00
listen|Utilisez les flèches haut/bas pour augmenter ou diminuer le volume.
p|La Jirama a rendu public, ce mercredi, un nouveau programme de délestage pour la capitale et sa périphérie. Les coupures, qui dureront en moyenne quatre heures par jour, s’appliqueront jusqu’à la fin du mois de novembre selon la compagnie.
p|La société d’État explique cette mesure par la baisse du niveau d’eau dans les barrages hydroélectriques en cette fin de saison sèche, et par la panne de deux groupes de la centrale thermique d’Ambohimanambola.
caption|Une rue d’Analakely plongée dans le noir lors d’une coupure, mardi soir. (Photo d’archives)
p|Selon le programme, la ville est divisée en quatre zones qui seront privées de courant à tour de rôle :
li|zone A (Analakely, Tsaralalàna, Isotry, Andohalo) : de 6 h à 10 h ;
li|zone B (Ankorondrano, Andraharo, Ivandry) : de 10 h à 14 h ;
li|zone C (Ambohipo, Ankatso, Ampasampito) : de 14 h à 18 h ;
li|zone D (Itaosy, Anosizato, Ambohimangakely) : de 18 h à 22 h.
p|Les hôpitaux, l’aéroport d’Ivato et les stations de pompage d’eau potable ne sont pas concernés, assure la Jirama.
h2|Colère des petits commerçants
p|À Analakely, la nouvelle a été mal accueillie. « Sans électricité, je ne peux ni photocopier ni imprimer. Quatre heures de coupure, c’est une demi-journée de travail perdue », s’indigne Fara, qui tient une petite boutique de services près du marché.
p|Les soudeurs et les menuisiers d’Isotry, qui dépendent entièrement du courant, disent envisager de travailler la nuit pour honorer leurs commandes.
p|« Tsy mety intsony izao » (« ça ne peut plus durer »), lance un menuisier joint par notre rédaction.
p|La Jirama promet un retour à la normale « dès l’arrivée des premières pluies » et la remise en service des groupes en panne d’ici trois semaines.
p|Les usagers peuvent consulter le programme détaillé par quartier sur la page Facebook officielle de la compagnie ou appeler son centre d’appels.
tags|Étiquettes : Antananarivo, délestage, électricité, Jirama
share|Partager :
share|Facebook
share|WhatsApp
share|X
nav|Article précédent
nav|Ambohidratrimo : 200 familles relogées après l’incendie du fokontany d’Ambohibao
nav|Article suivant
nav|Anosy : l’école des sages-femmes ouvre une nouvelle promotion
related|Articles similaires
related|Eau potable : des quartiers d’Antananarivo sans eau depuis trois jours
related|Jirama : le conseil d’administration remanié
related|Énergie solaire : les kits vendus deux fois plus cher qu’en 2023
comments|Laisser un commentaire
comments|Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *
comments|Commentaire *
comments|Nom *
comments|E-mail *
comments|Site web
comments|Enregistrer mon nom, mon e-mail et mon site dans le navigateur pour mon prochain commentaire.
comments|Laisser un commentaire
schedule|À l’antenne
schedule|12:00 – Journal en malgache
schedule|12:30 – Journal en français
schedule|13:00 – Hira sy dedikasy
schedule|Voir la grille des programmes
teaser-list|Les plus lus
teaser-list|Prix du riz : le kapoaka de vary gasy à 1 000 Ar dans certains marchés
teaser-list|Mahajanga : une pirogue chavire, trois disparus
teaser-list|Barea : la liste des 23 joueurs convoqués dévoilée
notices|Avis et communiqués
notices|Faites passer vos avis de décès, communiqués et annonces sur nos ondes. Renseignements : 034 00 000 00 – 032 00 000 00
social|Radio Fanilo sur Facebook
social|48 215 abonnés
social|Suivre la page
footer|RADIO FANILO 98.2 FM Antananarivo – 101.4 FM Toamasina – 96.8 FM Fianarantsoa
footer|Lot IV G 000, Antaninarenina, Antananarivo 101 – Tél. : 020 22 000 00 – redaction@radiofanilo.example.mg
footer|Qui sommes-nous | Publicité | Nos fréquences | Contact
copyright|© 2025 Radio Fanilo – Tous droits réservés
footer|Réalisation : MadaWeb Studio
back-to-top|Retour en haut ↑
"""),
 dict(id="radio-madagascar-info-2", site="radio-madagascar-info", lang="fr", sep="\n\n", title="Sambava : ouverture officielle de la campagne de la vanille 2025-2026", date="2025-06-04", page="""
timestamp|Alarobia 4 Jona 2025
weather|Antananarivo 19°C
lang-switch|Malagasy | Français
social|Facebook  YouTube  TikTok  WhatsApp
menu|RADIO FANILO
menu|98.2 FM – La voix qui éclaire
listen|▶ ÉCOUTER LE DIRECT
menu|ACCUEIL
menu|ACTUALITÉS
menu|POLITIQUE
menu|ÉCONOMIE
menu|SOCIÉTÉ
menu|RÉGIONS
menu|SPORT
menu|CULTURE
menu|ÉMISSIONS
menu|PODCASTS
menu|CONTACT
ticker|Taux de change du jour : 1 € = 5 102,75 Ar | 1 $ = 4 478,10 Ar
ticker|FLASH INFO : Fête de l’Indépendance : le programme officiel du 26 juin dévoilé • Fianarantsoa : la RN7 coupée à Ambohimahasoa • CEPE : 480 000 candidats cette année
breadcrumb|Accueil » Régions » SAVA
section-label|Régions
h1|Sambava : ouverture officielle de la campagne de la vanille 2025-2026
byline|Par Mamy Andrianasolo, correspondant à Sambava
dateline|4 juin 2025
comments|2
views|1 087 vues
share|Partager sur Facebook
share|Partager sur WhatsApp
share|Partager sur Telegram
p|Le ministre du Commerce a procédé, ce mercredi à Sambava, à l’ouverture officielle de la campagne de commercialisation de la vanille verte dans la région SAVA. La cérémonie s’est tenue en présence des autorités régionales, des exportateurs et de plusieurs centaines de producteurs.
caption|Des producteurs présentent leurs gousses de vanille verte lors de la cérémonie d’ouverture à Sambava.
credit|Photo : Radio Fanilo
p|Cette année, la vente de vanille verte est autorisée à partir du 10 juin dans les districts de Sambava, Antalaha, Vohémar et Andapa. Les exportateurs agréés pourront acheter la vanille préparée à partir du mois d’août.
p|Le ministre a insisté sur la qualité : « Une vanille cueillie trop tôt fait perdre au pays sa réputation et ses clients. Nous ne tolérerons aucune récolte précoce. »
h2|Les vols de vanille inquiètent
p|Comme chaque année, les producteurs redoutent les vols sur pied, nombreux à l’approche de la récolte. Pour y faire face, plusieurs mesures ont été annoncées :
li|le marquage obligatoire des gousses sur les lianes avant la récolte ;
li|l’interdiction de transporter de la vanille verte entre 18 h et 6 h ;
li|des patrouilles mixtes de gendarmes et de membres des comités de vigilance villageois.
p|« L’an dernier, on m’a volé près de la moitié de ma récolte en une seule nuit », raconte Rivo, producteur dans une commune rurale d’Andapa. « Depuis, je dors dans mon champ avec mes fils jusqu’à la cueillette. »
listen|Écouter le reportage de notre correspondant
listen|Lecteur audio
listen|00:00
listen|00:00
listen|Utilisez les flèches haut/bas pour augmenter ou diminuer le volume.
p|Les exportateurs, eux, s’attendent à une récolte en légère hausse par rapport à l’an dernier, grâce à une bonne floraison. Mais ils restent prudents sur les prix, la demande mondiale restant faible.
p|Les autorités régionales rappellent que toute vente en dehors des marchés autorisés est passible de saisie.
signature|Mamy A.
tags|Étiquettes : Andapa, Antalaha, SAVA, Sambava, vanille
share|Partager :
share|Facebook
share|WhatsApp
share|X
nav|Article précédent
nav|Nosy Be : les hôteliers attendent une saison record
nav|Article suivant
nav|Antsiranana : le port reçoit ses premières grues neuves
related|Articles similaires
related|Vanille : les exportations en baisse de 15 % au premier trimestre
related|Antalaha : un réseau de voleurs de vanille démantelé
related|SAVA : la route Sambava-Andapa en travaux jusqu’en septembre
comments|2 commentaires
comments|Rakoto J.
comments|4 juin 2025 à 15 h 42 min
comments|Tokony hojerena koa ny vidin’ny lavanila any ambanivohitra. Le prix bord champ reste trop bas pour les petits producteurs.
comments|Répondre
comments|Hanta
comments|4 juin 2025 à 17 h 05 min
comments|Merci à la radio pour ce reportage.
comments|Répondre
comments|Laisser un commentaire
comments|Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *
comments|Commentaire *
comments|Nom *
comments|E-mail *
comments|Site web
comments|Enregistrer mon nom, mon e-mail et mon site dans le navigateur pour mon prochain commentaire.
comments|Laisser un commentaire
schedule|À l’antenne
schedule|18:00 – Journal en malgache
schedule|18:30 – Journal en français
schedule|19:00 – Tontolo ara-panatanjahantena (magazine sportif)
schedule|Voir la grille des programmes
teaser-list|Les plus lus
teaser-list|Examens officiels : le calendrier du BEPC modifié
teaser-list|Carburant : pas de hausse des prix à la pompe en juin
teaser-list|Sambava : ouverture officielle de la campagne de la vanille 2025-2026
notices|Avis et communiqués
notices|Faites passer vos avis de décès, communiqués et annonces sur nos ondes. Renseignements : 034 00 000 00 – 032 00 000 00
social|Radio Fanilo sur Facebook
social|47 930 abonnés
social|Suivre la page
footer|RADIO FANILO 98.2 FM Antananarivo – 101.4 FM Toamasina – 96.8 FM Fianarantsoa
footer|Lot IV G 000, Antaninarenina, Antananarivo 101 – Tél. : 020 22 000 00 – redaction@radiofanilo.example.mg
footer|Qui sommes-nous | Publicité | Nos fréquences | Contact
copyright|© 2025 Radio Fanilo – Tous droits réservés
footer|Réalisation : MadaWeb Studio
back-to-top|Retour en haut ↑
"""),
 dict(id="nz-herald-style-1", site="nz-herald-style", lang="en", sep="\n", title="Kiwifruit growers brace for record harvest as seasonal worker numbers recover", date="2025-03-05", page="""
skip-link|Skip to content
menu|The Aotearoa Courier
menu|Subscribe
login|Sign in
menu|Latest news
menu|New Zealand
menu|World
menu|Business
menu|Sport
menu|Entertainment
menu|Lifestyle
menu|Travel
menu|Opinion
menu|Kāhu
menu|Weather
menu|Quizzes & puzzles
menu|Today's paper
weather|Auckland 23° Fine
breadcrumb|Business
breadcrumb|Primary sector
paywall|Premium
h1|Kiwifruit growers brace for record harvest as seasonal worker numbers recover
byline|By Ana Fifita
byline|Bay of Plenty reporter·The Aotearoa Courier·
dateline|5 Mar, 2025 05:00 AM
reading-time|4 mins to read
listen|Listen to this article
listen|00:00 / 04:38
listen|Audio generated by AI. Learn more
save|Save
share|Share
share|Gift article
share|Reminder, this is a Premium article and requires a subscription to read.
caption|Packhouse staff sort gold kiwifruit near Te Puke. The industry expects more than 200 million trays this season. Photo / Mikaere Tane
section-label|THREE KEY FACTS
li|The kiwifruit industry forecasts 205 million export trays this season, up from 189 million last year.
li|About 22,000 workers are needed at the peak of the harvest, and recruiters say numbers have recovered.
li|Some growers warn higher shipping and packing costs could eat into returns.
p|Kiwifruit growers in the Bay of Plenty are preparing for what could be the biggest harvest in the industry's history, with picking set to start in the coming weeks.
p|Industry figures released this week forecast 205 million trays of fruit for export this season, up from 189 million last year, thanks to a mild spring, strong flowering and few frosts.
ad|Advertisement
ad|Advertise with Harbourline Media.
p|Te Puke grower Raewyn Maher, who manages 14 hectares of gold and green kiwifruit, said the crop on her vines was "the best I've seen in 20 years".
p|"The fruit is sizing up well and the dry matter is looking good. Now we just need the weather to play ball through April."
related|Related articles
related|Premium Orchard prices climb as investors return to the Bay of Plenty
related|Tauranga port prepares for busiest autumn on record
h2|Workers are back
p|After several difficult seasons, the industry also expects to have enough people to pick and pack the crop.
p|About 22,000 workers are needed at the peak of the harvest, in orchards and more than 50 packhouses. Recruiters say applications from backpackers and students have returned to pre-pandemic levels, and the Recognised Seasonal Employer scheme now brings in workers from nine Pacific countries.
ad|Advertisement
ad|Advertise with Harbourline Media.
p|Packhouse manager Sione Taufa said his site near Te Puke had filled all 650 positions for the first time since 2019.
p|"Two years ago we were running ads on the radio every day and still couldn't get enough people. This year we had a waiting list by February."
h2|Costs still a worry
p|Not everyone is celebrating. Several growers warned that higher shipping, packing and insurance costs meant a bigger crop would not automatically mean bigger returns for orchard owners.
p|The first fruit of the season is expected to leave the Port of Tauranga for Asia in late March.
author-bio|Ana Fifita is a Bay of Plenty reporter covering agriculture, business and regional news.
newsletter|Sign up to The Aotearoa Courier's daily Business newsletter, delivered to your inbox every weekday morning.
newsletter|Sign up
teaser-list|Latest from Business
teaser-list|Premium
teaser-list|Mortgage rates: which bank is cheapest this week?
teaser-list|2h ago
teaser-list|Air fares to rise as airport charges increase from July
teaser-list|3h ago
teaser-list|Premium
teaser-list|Grant Holloway: Why the recovery feels slower than the numbers say
teaser-list|5h ago
sponsored|Sponsored Stories
sponsored|How one Hamilton family cut their power bill by a third
sponsored|Paid content: Five things to check before buying a holiday home
teaser-list|Premium
teaser-list|Premium stories you may have missed
teaser-list|The Ōtaki builder who won't stop building tiny homes
teaser-list|Inside the secret life of New Zealand's busiest bridge
app|Get the best of The Aotearoa Courier on the go. Download the app
app|App Store  Google Play
footer|The Aotearoa Courier
footer|About us
footer|Contact us
footer|Help & support
footer|Advertise with us
footer|Manage your print subscription
footer|Privacy policy
footer|Terms of use
footer|Competition terms
footer|Subscriber terms
footer|The Aotearoa Courier is a member of the New Zealand Media Council. If you have a complaint about our journalism, please contact us first.
copyright|© Copyright 2025 Harbourline Media Ltd
"""),
 dict(id="nz-herald-style-2", site="nz-herald-style", lang="en", sep="\n", title="Heavy rain warnings for Northland and Coromandel as storm moves south", date="2025-07-24", page="""
skip-link|Skip to content
menu|The Aotearoa Courier
menu|Subscribe
login|Sign in
menu|Latest news
menu|New Zealand
menu|World
menu|Business
menu|Sport
menu|Entertainment
menu|Lifestyle
menu|Travel
menu|Opinion
menu|Kāhu
menu|Weather
menu|Quizzes & puzzles
menu|Today's paper
weather|Auckland 13° Rain
breaking|LIVE Storm updates: Roads closed, flights cancelled as heavy rain hits Northland
breadcrumb|New Zealand
breadcrumb|Weather
h1|Heavy rain warnings for Northland and Coromandel as storm moves south
byline|By Liam Chen
byline|Reporter·The Aotearoa Courier·
dateline|24 Jul, 2025 06:15 AM
reading-time|3 mins to read
listen|Listen to this article
listen|00:00 / 03:12
listen|Audio generated by AI. Learn more
save|Save
share|Share
share|Gift article
video|Watch: MetService's weather outlook for the next three days. Video / MetService
video|0:58
p|Residents in Northland and the Coromandel Peninsula are being told to prepare for flooding and slips as a deep low brings heavy rain and gale-force winds to the upper North Island today.
p|MetService has issued orange heavy rain warnings for both regions, with up to 180mm of rain possible in the ranges over 24 hours and peak rates of 30 to 40mm an hour.
ad|Advertisement
ad|Advertise with Harbourline Media.
p|MetService meteorologist Hamish Wren said the worst of the rain would arrive in Northland this morning before spreading to Coromandel in the afternoon.
p|"Rivers and streams can rise very quickly in these conditions, and driving will be hazardous. If you don't need to travel, our advice is to wait until Saturday."
h2|Current warnings
li|Heavy rain warning (orange): Northland, from 9am Thursday until 6am Friday.
li|Heavy rain warning (orange): Coromandel Peninsula, from 3pm Thursday until 3pm Friday.
li|Heavy rain watch: Auckland and Great Barrier Island, from 11am Thursday until midnight.
li|Strong wind watch: Northland, Auckland and Coromandel, Thursday afternoon and evening.
embed-blocked|This content is provided by a third party. To view it, please enable social media cookies in your privacy settings.
embed-blocked|Manage settings
p|Thames-Coromandel Civil Defence said emergency teams were on standby and advised residents in low-lying areas to have a grab bag ready in case they needed to leave home quickly.
p|The NZ Transport Agency said contractors would be checking known slip sites on state highways through the night. Drivers were urged to check the agency's journey planner before setting out.
ad|Advertisement
ad|Advertise with Harbourline Media.
p|Several early-morning domestic flights from Kerikeri were cancelled, and Northland schools were told to follow advice from their local council about whether to stay open.
p|The low is expected to move away to the east on Saturday, followed by a cold southerly change bringing snow to the central plateau and sharply lower temperatures across the country.
signature|– Additional reporting RNZ
related|Related articles
related|How to prepare your home before a storm
related|Winter power cuts: What to do if you lose electricity
teaser-list|Latest from New Zealand
teaser-list|Police name man who died in Hamilton crash
teaser-list|1h ago
teaser-list|Premium
teaser-list|Hospital waiting lists: the regions where patients wait longest
teaser-list|2h ago
teaser-list|School holidays: free things to do in Wellington this week
teaser-list|4h ago
sponsored|Sponsored Stories
sponsored|The heat pump mistake most Kiwi households make in winter
sponsored|Paid content: Is now the time to refinance? Experts weigh in
app|Get the best of The Aotearoa Courier on the go. Download the app
app|App Store  Google Play
footer|The Aotearoa Courier
footer|About us
footer|Contact us
footer|Help & support
footer|Advertise with us
footer|Manage your print subscription
footer|Privacy policy
footer|Terms of use
footer|Competition terms
footer|Subscriber terms
footer|The Aotearoa Courier is a member of the New Zealand Media Council. If you have a complaint about our journalism, please contact us first.
copyright|© Copyright 2025 Harbourline Media Ltd
"""),
]
