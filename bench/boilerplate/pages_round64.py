# Round 64: eight pages on four more layouts (a Fribourg daily, a Djiboutian news portal, a Hong Kong English-language
# daily, a New Zealand regional paper), written blind: without looking at the classifier, its rules or the benchmark,
# measured once. Each line: "label|text". Invented text; no real article is copied.
ROUND64 = [
 dict(id="la-liberte-ch-style-1", site="la-liberte-ch-style", lang="fr", sep="\n", title="Le pont de la Poya fermé trois nuits pour inspection", date="2026-11-17", page="""
skip-link|Aller au contenu
cookie|Nous utilisons des cookies pour améliorer votre expérience, mesurer l’audience et afficher des publicités personnalisées. Vous pouvez modifier vos choix à tout moment dans les paramètres.
cookie|Tout accepter
cookie|Paramétrer
cookie|Continuer sans accepter
menu|L’Écho de la Sarine
menu|Quotidien fribourgeois depuis 1871
menu|S’abonner
menu|Se connecter
menu|E-paper
menu|Fribourg
menu|Gruyère
menu|Broye
menu|Glâne
menu|Sense/Singine
menu|Suisse
menu|Monde
menu|Sports
menu|Culture
menu|Avis mortuaires
menu|Plus
weather|Fribourg 4°
breadcrumb|Accueil › Fribourg › Ville de Fribourg
section-label|Circulation
h1|Le pont de la Poya fermé trois nuits pour inspection
lead|L’ouvrage sera interdit au trafic de 21 h à 5 h du 24 au 26 novembre. Le canton veut contrôler les haubans et les joints de dilatation, dix ans après l’ouverture.
byline|Nicolas Berset
dateline|Publié le 17.11.2026
dateline|Modifié le 17.11.2026 à 18:42
listen|Écouter l’article
listen|00:00 / 03:12
share|Partager
share|Facebook
share|WhatsApp
share|E-mail
share|Copier le lien
save|Enregistrer
caption|Le pont de la Poya, mis en service en 2014, relie le quartier de Saint-Léonard au Schoenberg.
credit|Alain Wicht/archives
p|Les automobilistes qui empruntent le pont de la Poya en soirée devront prendre leurs dispositions. Le Service cantonal des ponts et chaussées a annoncé lundi que l’ouvrage sera fermé trois nuits de suite, du mardi 24 au jeudi 26 novembre, entre 21 h et 5 h.
p|Ces fermetures permettront à une entreprise spécialisée d’inspecter en détail les haubans, les ancrages et les joints de dilatation. «Il s’agit d’un contrôle périodique prévu par les normes, pas d’une intervention d’urgence», précise l’ingénieur cantonal responsable des ouvrages d’art.
h2|Déviation par le centre-ville
p|Pendant les fermetures, le trafic sera dévié par le pont de Zaehringen et la route de Morat. Les bus de nuit des TPF circuleront selon un horaire adapté, avec des retards possibles de cinq à dix minutes.
ad|Publicité
ad|Hiver sans souci: vos pneus montés et stockés dès 89 francs. Garage du Moléson, Bulle.
p|Les piétons et les cyclistes pourront en revanche continuer à traverser le pont, sur le trottoir aval, accompagnés si nécessaire par un agent de sécurité.
p|Le canton rappelle que le pont voit passer en moyenne 25 000 véhicules par jour. La nuit, ce chiffre tombe à moins de 2000, raison pour laquelle les travaux ont été placés à ces heures.
related|À lire aussi
related|Bourguillon: la route sera refaite au printemps
h2|Une nacelle de 40 mètres
p|Pour atteindre le sommet des pylônes, l’entreprise utilisera une nacelle articulée de quarante mètres, installée sur le tablier. Des drones équipés de caméras compléteront l’inspection des câbles les plus difficiles d’accès.
p|Les résultats seront connus au début de l’année prochaine. Selon l’ingénieur cantonal, aucun défaut majeur n’a été relevé lors du dernier contrôle, en 2021.
p|Le coût de l’opération est estimé à 180 000 francs, à la charge du budget ordinaire d’entretien des routes cantonales.
tags|Fribourg
tags|Circulation
tags|Pont de la Poya
tags|Travaux
author-link|Nicolas Berset
author-link|Journaliste rubrique régionale
author-link|Tous les articles de l’auteur
comments|Réagir
comments|0 commentaire
comments|Pour commenter, vous devez être abonné et connecté. Se connecter
newsletter|La newsletter du matin
newsletter|L’essentiel de l’actualité fribourgeoise chaque jour à 6 h dans votre boîte mail.
newsletter|Votre adresse e-mail
newsletter|Je m’inscris
most-read|Les plus lus
most-read|1
most-read|Bulle: le marché de Noël s’agrandit et déménage place du Cabalet
most-read|2
most-read|Hockey: Fribourg-Gottéron s’impose à Lugano après les tirs au but
most-read|3
most-read|Estavayer-le-Lac: la piscine couverte fermée jusqu’en février
obituary|Avis mortuaires
obituary|Consultez les avis de décès publiés aujourd’hui
obituary|Publier un avis mortuaire
teaser-list|Fribourg
teaser-list|Marly: un nouveau parc pour les enfants du quartier de la Gérine
teaser-list|Il y a 2 heures
teaser-list|Le Conseil général de la ville accepte le budget 2027
teaser-list|Il y a 5 heures
sponsored|Contenu sponsorisé
sponsored|Vivre en Gruyère: trois adresses pour un week-end au calme
footer|L’Écho de la Sarine
footer|Boulevard de Pérolles 42, 1700 Fribourg
footer|Rédaction
footer|Abonnements
footer|Annonces
footer|Contact
footer|Impressum
footer|Conditions générales
footer|Protection des données
footer|Paramètres des cookies
app|Télécharger l’app: App Store | Google Play
copyright|© L’Écho de la Sarine SA, 2026. Tous droits réservés.
"""),
 dict(id="la-liberte-ch-style-2", site="la-liberte-ch-style", lang="fr", sep="\n", title="À Romont, la dernière fromagerie de village cherche un successeur", date="2026-11-23", page="""
skip-link|Aller au contenu
cookie|Nous utilisons des cookies pour améliorer votre expérience, mesurer l’audience et afficher des publicités personnalisées. Vous pouvez modifier vos choix à tout moment dans les paramètres.
cookie|Tout accepter
cookie|Paramétrer
cookie|Continuer sans accepter
menu|L’Écho de la Sarine
menu|Quotidien fribourgeois depuis 1871
menu|S’abonner
menu|Se connecter
menu|E-paper
menu|Fribourg
menu|Gruyère
menu|Broye
menu|Glâne
menu|Sense/Singine
menu|Suisse
menu|Monde
menu|Sports
menu|Culture
menu|Avis mortuaires
menu|Plus
weather|Fribourg 1°
breadcrumb|Accueil › Fribourg › Glâne
section-label|Artisanat
h1|À Romont, la dernière fromagerie de village cherche un successeur
lead|Après trente-quatre ans derrière ses cuves, Jean-Marc Chatagny prendra sa retraite l’été prochain. Sans repreneur, les producteurs de lait devront livrer ailleurs.
byline|Claire Pittet
dateline|Publié le 23.11.2026
paywall|Article réservé aux abonnés
listen|Écouter l’article
listen|00:00 / 04:05
share|Partager
share|Facebook
share|WhatsApp
share|E-mail
share|Copier le lien
save|Enregistrer
caption|Jean-Marc Chatagny produit chaque jour une quinzaine de meules de gruyère AOP.
credit|Charly Rappo
p|Il est 5 h 30 et la lumière est déjà allumée dans la fromagerie de la rue de l’Église. Jean-Marc Chatagny verse le lait du matin dans la grande cuve en cuivre, comme il le fait presque chaque jour depuis 1992.
p|L’été prochain, le fromager aura 65 ans. Il a annoncé aux onze producteurs qui lui livrent leur lait qu’il souhaitait arrêter. «J’aimerais que la fromagerie continue. Elle fait partie du village», dit-il.
h2|Un métier exigeant
p|Le problème, c’est que les candidats ne se bousculent pas. Une annonce publiée au printemps n’a suscité que deux réponses, dont aucune n’a abouti. Les horaires, sept jours sur sept, en découragent plus d’un.
p|La société de laiterie, propriétaire des murs, est prête à faire des concessions. Elle envisage de moderniser le local de vente et de financer une partie des nouvelles installations de saumurage.
ad|Publicité
ad|Black Friday chez Meubles Perroud: jusqu’à -40% sur toute la literie. Villars-sur-Glâne.
p|Le président de la société, lui-même agriculteur, ne cache pas son inquiétude: «Si nous devons livrer à Vuisternens ou à Siviriez, ce sont des kilomètres en plus chaque jour, et un lien qui se perd.»
h2|Ce que demande la filière
p|L’interprofession du gruyère rappelle que chaque fromagerie doit respecter un cahier des charges strict. Le repreneur devra notamment:
li|être titulaire d’un CFC de technologue du lait ou d’un titre équivalent;
li|garantir une fabrication deux fois par jour;
li|accepter les contrôles de qualité de l’interprofession.
p|Jean-Marc Chatagny, lui, se dit prêt à accompagner son successeur pendant plusieurs mois. «Je ne veux pas laisser les clés et partir. Il faut transmettre les gestes.»
p|Les personnes intéressées peuvent s’adresser directement à la société de laiterie de Romont.
tags|Glâne
tags|Romont
tags|Gruyère AOP
tags|Agriculture
author-link|Claire Pittet
author-link|Journaliste rubrique Glâne-Veveyse
author-link|Tous les articles de l’auteure
comments|Réagir
comments|3 commentaires
comments|Pour commenter, vous devez être abonné et connecté. Se connecter
newsletter|La newsletter du matin
newsletter|L’essentiel de l’actualité fribourgeoise chaque jour à 6 h dans votre boîte mail.
newsletter|Votre adresse e-mail
newsletter|Je m’inscris
most-read|Les plus lus
most-read|1
most-read|Le pont de la Poya fermé trois nuits pour inspection
most-read|2
most-read|Châtel-Saint-Denis: un incendie détruit une ferme, le bétail sauvé
most-read|3
most-read|Basket: Olympic domine Massagno et reprend la tête
obituary|Avis mortuaires
obituary|Consultez les avis de décès publiés aujourd’hui
obituary|Publier un avis mortuaire
teaser-list|Glâne
teaser-list|Siviriez: le giratoire de la route cantonale inauguré
teaser-list|Hier
teaser-list|Rue: la fête de la Saint-Nicolas aura lieu au château
teaser-list|21.11.2026
sponsored|Contenu sponsorisé
sponsored|Chauffage: pourquoi passer à la pompe à chaleur avant l’hiver
footer|L’Écho de la Sarine
footer|Boulevard de Pérolles 42, 1700 Fribourg
footer|Rédaction
footer|Abonnements
footer|Annonces
footer|Contact
footer|Impressum
footer|Conditions générales
footer|Protection des données
footer|Paramètres des cookies
app|Télécharger l’app: App Store | Google Play
copyright|© L’Écho de la Sarine SA, 2026. Tous droits réservés.
"""),
 dict(id="djibouti-portail-style-1", site="djibouti-portail-style", lang="fr", sep="\n\n", title="Balbala : la nouvelle adduction d’eau dessert 4 000 foyers supplémentaires", date="2026-11-09", page="""
timestamp|lundi 9 novembre 2026
weather|Djibouti 31°C
ticker|Taux de change : 1 USD = 177,72 FDJ | 1 EUR = 193,40 FDJ
social|Facebook  X  YouTube  Instagram
menu|DJIBINFOS
menu|Le portail de l’information djiboutienne
menu|Accueil
menu|Politique
menu|Économie
menu|Société
menu|Régions
menu|Sport
menu|Culture
menu|International
menu|Vidéos
menu|Contact
breaking|À LA UNE
breaking|Port de Doraleh : hausse de 9 % du trafic conteneurs au troisième trimestre • Tadjourah : distribution de semences aux agropasteurs • Football : l’équipe nationale en stage à Arta
ad|PUBLICITÉ
ad|Djib Telecom – Forfait Internet mobile 20 Go à 3 000 FDJ. Composez *155#
breadcrumb|Accueil » Société
section-label|Société
h1|Balbala : la nouvelle adduction d’eau dessert 4 000 foyers supplémentaires
byline|Par Hassan Omar Ali
dateline|9 novembre 2026
views|412 vues
comments|0 commentaire
share|Partager sur Facebook
share|Partager sur X
share|WhatsApp
font|A- A+
caption|Des habitants du quartier PK12 devant une nouvelle borne-fontaine, dimanche.
p|Les habitants de plusieurs quartiers de Balbala ont désormais accès à l’eau courante à domicile. Le réseau d’adduction inauguré dimanche par le ministre de l’Énergie chargé des Ressources naturelles doit desservir 4 000 foyers supplémentaires d’ici la fin de l’année.
p|Le projet, d’un coût total de 2,1 milliards de francs Djibouti, comprend la pose de 38 kilomètres de canalisations, la construction d’un réservoir de 5 000 mètres cubes et l’installation de vingt bornes-fontaines publiques.
p|« Pendant des années, nous avons acheté l’eau aux camions-citernes, parfois à 500 francs le fût. Aujourd’hui, il suffit d’ouvrir le robinet », témoigne Fatouma, mère de cinq enfants, rencontrée devant sa maison du quartier PK12.
h2|Des compteurs prépayés
p|L’Office national de l’eau et de l’assainissement de Djibouti (ONEAD) a choisi d’équiper les nouveaux abonnés de compteurs prépayés. Les familles pourront recharger leur crédit d’eau dans les agences ou par paiement mobile.
p|Selon le directeur général de l’office, ce système doit permettre de limiter les impayés et de mieux suivre la consommation de chaque ménage.
related|Lire aussi : Dessalement : l’usine de Doraleh tourne à plein régime
p|Le ministre a rappelé que l’accès à l’eau reste une priorité du gouvernement dans un pays où la pluviométrie annuelle dépasse rarement 150 millimètres. Une deuxième phase du projet doit concerner les quartiers de Hayabley et de Cheik Moussa.
p|Les travaux ont été financés avec l’appui d’un partenaire bilatéral et réalisés par une entreprise locale, qui a employé près de 300 jeunes du quartier pendant le chantier.
tags|Tags : Balbala, Eau, ONEAD, Infrastructures
share|Partager cet article :
share|Facebook  X  LinkedIn  WhatsApp  E-mail
nav|← Article précédent
nav|Tadjourah : distribution de semences aux agropasteurs
nav|Article suivant →
nav|Arta : un nouveau centre de santé ouvre ses portes
related|Articles similaires
related|Ali Sabieh : la station de pompage de Holl-Holl réhabilitée
related|3 novembre 2026
related|Obock : des citernes pour les écoles rurales
related|28 octobre 2026
related|Coupures d’eau : l’ONEAD publie un calendrier
related|21 octobre 2026
comments|Laisser un commentaire
comments|Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *
comments|Commentaire *
comments|Nom *
comments|E-mail *
comments|Enregistrer mon nom, mon e-mail et mon site dans le navigateur pour mon prochain commentaire.
comments|Publier le commentaire
most-read|Les plus lus
most-read|Baccalauréat 2026 : les résultats de la session de rattrapage
most-read|Ramadan 2027 : les horaires de travail dans l’administration
most-read|Route Djibouti–Galafi : les travaux de réhabilitation reprennent
ticker|Horaires de prière – Djibouti
ticker|Fajr 04:39  Dhuhr 11:46  Asr 15:04  Maghrib 17:41  Isha 18:55
social|Suivez-nous sur Facebook
social|DjibInfos
social|128 k mentions J’aime
footer|DjibInfos – Portail d’information générale
footer|Rue de Genève, Plateau du Serpent, Djibouti
footer|Qui sommes-nous ?
footer|Publicité
footer|Mentions légales
footer|Contact
copyright|© 2026 DjibInfos. Tous droits réservés. Reproduction interdite sans autorisation.
back-to-top|Haut de page
"""),
 dict(id="djibouti-portail-style-2", site="djibouti-portail-style", lang="fr", sep="\n\n", title="Football : l’AS Arta Solar 7 remporte la Super Coupe face au Port", date="2026-11-15", page="""
timestamp|dimanche 15 novembre 2026
weather|Djibouti 30°C
ticker|Taux de change : 1 USD = 177,72 FDJ | 1 EUR = 192,95 FDJ
social|Facebook  X  YouTube  Instagram
menu|DJIBINFOS
menu|Le portail de l’information djiboutienne
menu|Accueil
menu|Politique
menu|Économie
menu|Société
menu|Régions
menu|Sport
menu|Culture
menu|International
menu|Vidéos
menu|Contact
breaking|À LA UNE
breaking|Balbala : 4 000 foyers raccordés à l’eau courante • Conseil des ministres : adoption du projet de budget 2027 • Dikhil : campagne de vaccination contre la rougeole
ad|PUBLICITÉ
ad|Banque de l’Horn – Ouvrez votre compte en ligne en 10 minutes
breadcrumb|Accueil » Sport » Football
section-label|Sport
h1|Football : l’AS Arta Solar 7 remporte la Super Coupe face au Port
byline|Par Moussa Daher
dateline|15 novembre 2026
views|1 036 vues
comments|2 commentaires
share|Partager sur Facebook
share|Partager sur X
share|WhatsApp
font|A- A+
caption|Les joueurs d’Arta Solar 7 célèbrent leur victoire au stade El Hadj Hassan Gouled Aptidon.
credit|Photo : DjibInfos
lead|Les champions en titre ont dominé la Société du Port de Djibouti (2-0) samedi soir, devant près de 6 000 spectateurs.
p|L’AS Arta Solar 7 a remporté samedi la Super Coupe de Djibouti en battant la Société du Port de Djibouti sur le score de deux buts à zéro, au stade El Hadj Hassan Gouled Aptidon.
p|Dominateurs dès le coup d’envoi, les joueurs d’Arta ont ouvert le score à la 27e minute sur un coup franc direct de leur capitaine, Abdourahman Said. Le gardien portuaire, pourtant bien placé, n’a pu que toucher le ballon du bout des doigts.
p|Le Port a réagi après la pause, en poussant sur les ailes, sans parvenir à inquiéter réellement la défense adverse. À la 81e minute, sur un contre rapide, l’attaquant Ibrahim Youssouf a scellé le sort de la rencontre.
h2|Fiche technique
li|Super Coupe de Djibouti, samedi 14 novembre 2026
li|AS Arta Solar 7 – Société du Port de Djibouti : 2-0 (mi-temps : 1-0)
li|Buts : Abdourahman Said (27e), Ibrahim Youssouf (81e)
li|Arbitre : Ahmed Ismaël Farah
p|« Nous avons respecté les consignes et joué avec discipline. Ce trophée est pour nos supporters », a déclaré l’entraîneur d’Arta à l’issue de la rencontre.
p|Le trophée a été remis par le président de la Fédération djiboutienne de football, qui a salué « un beau spectacle » et annoncé le début du championnat de Division 1 pour le 28 novembre.
ad|PUBLICITÉ
ad|DjibPari – Cotes boostées sur la Division 1 ce week-end
disclaimer|Pariez responsable. Interdit aux moins de 18 ans.
tags|Tags : Football, Super Coupe, Arta Solar 7, FDF
share|Partager cet article :
share|Facebook  X  LinkedIn  WhatsApp  E-mail
nav|← Article précédent
nav|Conseil des ministres : adoption du projet de budget 2027
nav|Article suivant →
nav|Athlétisme : le semi-marathon de Djibouti attire 1 200 coureurs
related|Articles similaires
related|Division 1 : le calendrier de la saison 2026-2027 dévoilé
related|10 novembre 2026
related|Coupe de Djibouti : Dikhil crée la surprise
related|2 novembre 2026
comments|2 commentaires
comments|Ahmed K.
comments|15 novembre 2026 à 10 h 12
comments|Bravo Arta, belle équipe cette année !
comments|Répondre
comments|Samira
comments|15 novembre 2026 à 12 h 40
comments|Le Port méritait mieux en deuxième mi-temps.
comments|Répondre
comments|Laisser un commentaire
comments|Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *
comments|Publier le commentaire
most-read|Les plus lus
most-read|Balbala : la nouvelle adduction d’eau dessert 4 000 foyers supplémentaires
most-read|Baccalauréat 2026 : les résultats de la session de rattrapage
most-read|Route Djibouti–Galafi : les travaux de réhabilitation reprennent
ticker|Horaires de prière – Djibouti
ticker|Fajr 04:42  Dhuhr 11:47  Asr 15:05  Maghrib 17:40  Isha 18:55
social|Suivez-nous sur Facebook
social|DjibInfos
social|128 k mentions J’aime
footer|DjibInfos – Portail d’information générale
footer|Rue de Genève, Plateau du Serpent, Djibouti
footer|Qui sommes-nous ?
footer|Publicité
footer|Mentions légales
footer|Contact
copyright|© 2026 DjibInfos. Tous droits réservés. Reproduction interdite sans autorisation.
back-to-top|Haut de page
"""),
 dict(id="hong-kong-english-daily-style-1", site="hong-kong-english-daily-style", lang="en", sep="\n", title="Minibus operators warn of route cuts as driver shortage deepens", date="2026-11-12", page="""
skip-link|Skip to main content
lang-switch|EN | 繁 | 简
timestamp|Thursday, 12 November 2026
weather|HK 24°C  Humidity 71%  AQHI 4 Moderate
menu|THE HARBOUR STANDARD
menu|Subscribe
menu|Sign in
menu|Hong Kong
menu|China
menu|Asia
menu|World
menu|Business
menu|Opinion
menu|Lifestyle
menu|Sport
menu|Property
menu|Video
menu|Podcasts
ticker|HSI 24,318.52 +0.84%   HSCEI 8,702.10 +1.02%   USD/HKD 7.7821   Gold 2,764.30
ad|Advertisement
breadcrumb|Hong Kong / Transport
section-label|TRANSPORT
h1|Minibus operators warn of route cuts as driver shortage deepens
lead|Industry says one in five green minibus seats sits empty at peak hours because there is no one to drive the vehicles, and calls for faster licensing of imported labour
byline|Karen Leung
dateline|Published: 6:30am, 12 Nov 2026
dateline|Updated: 9:14am, 12 Nov 2026
trust|Why you can trust The Harbour Standard
share|Share
share|Copy link
save|Bookmark
font|Text size
listen|Listen to this article
listen|4 min
caption|Green minibuses queue at a terminus in Kwun Tong. Operators say many vehicles stay parked for lack of drivers. Photo: Edmond So
p|Green minibus operators have warned that dozens of routes could run reduced services next year unless the government speeds up the hiring of drivers from outside Hong Kong.
p|The Hong Kong Scheduled (GMB) Licensee Association said on Wednesday that about 700 of the city's 3,300 green minibuses were regularly left idle during morning and evening peaks because operators could not find drivers.
p|"Passengers are waiting 20 or 30 minutes at some stops in the New Territories. We have the vehicles, we have the routes, we simply have no one behind the wheel," the association's chairman, Raymond Chau Ka-wing, said.
h2|Ageing workforce
p|More than half of the city's minibus drivers are over 60, according to figures from the Transport Department, and few younger people are joining the trade, which involves long shifts and relatively low pay.
p|Under a labour importation scheme launched in 2024, operators may recruit drivers from the mainland and elsewhere, but the association said approvals took up to eight months and that only about 250 imported drivers were now working.
ad|Advertisement
related|Related
related|Hong Kong extends labour import scheme to coach and bus drivers
p|A Transport and Logistics Bureau spokesman said the government was "closely monitoring" service levels and had already shortened processing times. He added that operators should also improve pay and working conditions to attract local drivers.
h2|Fare increase on the table
p|Several operators have applied for fare increases of between 8 and 12 per cent, saying higher fares would help them offer better wages. Lawmaker Tony Ng Kin-hang said any rise should be tied to service commitments.
p|The Transport Advisory Committee is expected to discuss the applications next month.
related|More on this story
related|Hong Kong / Transport
related|New minibus route to link Tung Chung and Tai O from January
related|Hong Kong / Transport
related|MTR to add trains on Tuen Ma line during rush hours
tags|Topics
tags|Hong Kong transport
tags|Minibus
tags|Labour importation
tags|Transport Department
comments|Join the conversation
comments|Comments (12)
comments|Sign in to comment
paywall|You have 2 free articles left this month.
paywall|Subscribe for HK$48 a month and get unlimited access.
paywall|Subscribe now
newsletter|Morning Brief
newsletter|Get the day's top Hong Kong stories in your inbox before 7am.
newsletter|Sign up
newsletter|By registering, you agree to our T&C and Privacy Policy
most-read|Most popular
most-read|1
most-read|Northern Metropolis: first university campus site handed over
most-read|2
most-read|Typhoon signal No 3 likely on Friday as storm nears
most-read|3
most-read|Cathay Pacific to resume direct flights to Dublin
most-read|4
most-read|Hong Kong home prices rise for fourth straight month
sponsored|Brand Post
sponsored|How a Sheung Wan family business went global in three years
sponsored|Presented by Harbour Business Bank
footer|THE HARBOUR STANDARD
footer|About us
footer|Contact us
footer|Advertise
footer|Careers
footer|Terms & Conditions
footer|Privacy Policy
footer|Code of Conduct
footer|Print subscriptions
footer|E-paper
app|Download our app
app|App Store  Google Play
copyright|Copyright © 2026 Harbour Standard Publishers Ltd. All rights reserved.
"""),
 dict(id="hong-kong-english-daily-style-2", site="hong-kong-english-daily-style", lang="en", sep="\n", title="Sai Kung swimmers rescued after rip current at Long Ke beach", date="2026-11-02", page="""
skip-link|Skip to main content
lang-switch|EN | 繁 | 简
timestamp|Monday, 2 November 2026
weather|HK 26°C  Humidity 78%  AQHI 3 Low
menu|THE HARBOUR STANDARD
menu|Subscribe
menu|Sign in
menu|Hong Kong
menu|China
menu|Asia
menu|World
menu|Business
menu|Opinion
menu|Lifestyle
menu|Sport
menu|Property
menu|Video
menu|Podcasts
ticker|HSI 23,980.07 -0.41%   HSCEI 8,566.32 -0.37%   USD/HKD 7.7809   Gold 2,741.80
ad|Advertisement
breadcrumb|Hong Kong / Society
section-label|SOCIETY
h1|Sai Kung swimmers rescued after rip current at Long Ke beach
lead|Three hikers pulled from the water by passing kayakers and a fire service boat; one woman remains in hospital in serious condition
byline|Oliver Tsang
byline|and Joyce Lam
dateline|Published: 7:58pm, 2 Nov 2026
trust|Why you can trust The Harbour Standard
share|Share
share|Copy link
save|Bookmark
font|Text size
listen|Listen to this article
listen|3 min
video|Video: Rescuers bring swimmers to shore at Long Ke
video|01:12
p|Three people were rescued from the sea at a remote beach in Sai Kung East Country Park on Monday afternoon after being caught in a strong rip current, police said.
p|The group, two women and a man in their twenties, had hiked to Long Ke Wan on the MacLehose Trail and went into the water at about 2.30pm. Long Ke is not a gazetted beach and has no lifeguards.
p|Two kayakers who were paddling nearby heard shouts and managed to pull the man and one of the women onto their boats. A fire services boat arrived about 20 minutes later and rescued the second woman, who was unconscious.
caption|A fire services vessel off Long Ke Wan on Monday. Photo: Handout
p|She was airlifted by a Government Flying Service helicopter to Pamela Youde Nethersole Eastern Hospital, where she was in serious condition on Monday night. The other two were treated for exhaustion.
ad|Advertisement
h2|Warnings ignored
p|The Hong Kong Observatory had issued a strong monsoon signal earlier in the day, and signs at the beach warn visitors that swimming is dangerous because of strong currents and big waves.
p|A veteran lifeguard said the popularity of Long Ke on social media had drawn many visitors unfamiliar with open water. "People see the photos and think it is like Repulse Bay. It is not," he said.
p|The Leisure and Cultural Services Department reminded the public to swim only at the city's 42 gazetted beaches during hours when lifeguards are on duty.
related|More on this story
related|Hong Kong / Society
related|Hiker dies after fall on Sharp Peak, third death this year
tags|Topics
tags|Sai Kung
tags|Beaches
tags|Hong Kong Fire Services Department
tags|Hiking
comments|Join the conversation
comments|Comments (4)
comments|Sign in to comment
paywall|You have 4 free articles left this month.
paywall|Subscribe for HK$48 a month and get unlimited access.
paywall|Subscribe now
newsletter|Morning Brief
newsletter|Get the day's top Hong Kong stories in your inbox before 7am.
newsletter|Sign up
newsletter|By registering, you agree to our T&C and Privacy Policy
most-read|Most popular
most-read|1
most-read|Hong Kong's first Halloween night market draws 40,000
most-read|2
teaser-list|Sai Kung swimmers rescued after rip current at Long Ke beach
most-read|3
most-read|Government to cut stamp duty for first-time buyers, sources say
sponsored|Brand Post
sponsored|Five weekend escapes within two hours of Hong Kong
sponsored|Presented by Pearl Delta Travel
footer|THE HARBOUR STANDARD
footer|About us
footer|Contact us
footer|Advertise
footer|Careers
footer|Terms & Conditions
footer|Privacy Policy
footer|Code of Conduct
footer|Print subscriptions
footer|E-paper
app|Download our app
app|App Store  Google Play
copyright|Copyright © 2026 Harbour Standard Publishers Ltd. All rights reserved.
"""),
 dict(id="new-zealand-regional-paper-style-1", site="new-zealand-regional-paper-style", lang="en", sep="\n\n", title="Whakatāne council backs new boat ramp after years of delays", date="2026-11-19", page="""
skip-link|Skip to content
menu|Bay of Plenty Beacon
menu|Subscribe
menu|Log in
menu|Menu
menu|Search
timestamp|Thursday, November 19, 2026
weather|Whakatāne 19° Fine spells
menu|News  Local  Sport  Rural  Business  Opinion  Entertainment  Lifestyle  Notices  Puzzles
breadcrumb|News / Local
section-label|Local Democracy Reporting
h1|Whakatāne council backs new boat ramp after years of delays
lead|Councillors vote 9-2 to fund a $4.8 million ramp and parking area at the river mouth, but ratepayers will wait until 2028 to use it.
byline|By Hine Walker
byline|Local Democracy Reporter
read-time|5 mins to read
dateline|November 19, 2026 - 4:55pm
share|Share
share|Facebook
share|Email
share|Copy link
listen|Listen to this article
listen|Read to you by an AI voice
caption|Boaties launch from the existing ramp near the Whakatāne River mouth, which is often congested in summer.
credit|Photo / Supplied
p|A new boat ramp at the Whakatāne River mouth has finally been given the green light after more than six years of reports, consultation and false starts.
p|Whakatāne District councillors voted 9-2 on Wednesday to fund the $4.8 million project, which includes a double-lane ramp, a pontoon and parking for 80 vehicles with trailers.
p|The existing ramp, built in the 1970s, is narrow and exposed to the tide, and boaties say queues of more than an hour are common on summer weekends.
ad|Advertisement
ad|Advertise with the Beacon
p|Mayor Dave Ngatai said the decision was "long overdue". "Fishing and boating are part of who we are in this district. People have been patient, and they deserve a safe facility."
h2|Cost concerns
p|Two councillors voted against, arguing the money would be better spent on storm water upgrades in Edgecumbe and Matatā.
p|Councillor Ruth Hollis said she supported a new ramp in principle but could not back it while "people's homes are still at risk every time we get heavy rain".
p|Council staff told the meeting that about half the cost would come from a regional fund and a contribution from the local coastguard trust, with the rest borrowed and repaid over 30 years.
h2|What happens next
li|Resource consent application lodged: early 2027
li|Construction tender: late 2027
li|Ramp open to the public: summer 2028
p|Te Rūnanga o Ngāti Awa, which holds mana whenua over the area, will be involved in the design, including cultural markers at the site.
funding-note|LDR is local body journalism co-funded by RNZ and NZ On Air.
comments|Sign in to comment
related|Related articles
related|Ōhope Beach erosion: council to trial sand fencing
related|Local News | 2 days ago
related|Fuel prices in the Eastern Bay among the highest in the country
related|Business | 5 days ago
notices|Death Notices
notices|BROWN, Margaret Ellen (Peggy). Passed away peacefully at Whakatāne Hospital.
notices|View all notices
notices|Place a notice
ad|Advertisement
ad|Advertise with the Beacon
newsletter|Get the Beacon's daily news round-up
newsletter|Sign up to our free newsletter for the latest news from the Eastern Bay.
newsletter|Your email address
newsletter|Sign up
most-read|Latest from Local
most-read|Truck crash closes State Highway 2 near Awakeri
most-read|34 mins ago
most-read|Kawerau pool to reopen after $2m upgrade
most-read|3 hours ago
most-read|Opotiki kiwifruit packhouse hiring 300 seasonal staff
most-read|6 hours ago
games|Puzzles
games|Crossword  Sudoku  Word Search
footer|Bay of Plenty Beacon
footer|About us
footer|Contact us
footer|Advertise with us
footer|Subscriptions
footer|Terms of use
footer|Privacy policy
footer|Complaints
footer|We are a member of the New Zealand Media Council. Complaints can be made to the Council if you are not satisfied with our response.
copyright|© Copyright 2026 Beacon Media Ltd
"""),
 dict(id="new-zealand-regional-paper-style-2", site="new-zealand-regional-paper-style", lang="en", sep="\n\n", title="Avocado growers brace for smaller crop after wet spring", date="2026-11-26", page="""
skip-link|Skip to content
menu|Bay of Plenty Beacon
menu|Subscribe
menu|Log in
menu|Menu
menu|Search
timestamp|Thursday, November 26, 2026
weather|Whakatāne 22° Partly cloudy
menu|News  Local  Sport  Rural  Business  Opinion  Entertainment  Lifestyle  Notices  Puzzles
breadcrumb|News / Rural
section-label|Rural
paywall|PREMIUM
h1|Avocado growers brace for smaller crop after wet spring
lead|Persistent rain during flowering has hit fruit set in Eastern Bay orchards, with some growers expecting yields down by a third.
byline|By Tom Henare
read-time|4 mins to read
dateline|November 26, 2026 - 6:00am
share|Share
share|Facebook
share|Email
share|Copy link
listen|Listen to this article
listen|Read to you by an AI voice
caption|Orchardist Sandra Pike checks flowers in her Te Teko avocado block.
credit|Photo / Tom Henare
p|Avocado growers across the Eastern Bay are preparing for a smaller harvest next season after weeks of wet, cold weather during the crucial flowering period.
p|Te Teko orchardist Sandra Pike said bees had barely flown in October. "You need warm, still days for pollination. We had maybe five of them the whole month."
subscribe|Support local journalism
subscribe|Beacon Premium: $2.99 a week for the first 12 weeks
subscribe|Subscribe now
p|Industry body figures suggest fruit set in some coastal blocks is down by 30 per cent compared with an average year, though orchards on higher, better-drained ground have fared better.
p|The smaller crop comes after two strong seasons in which export prices to Australia and Asia held up well. Growers say fewer avocados could push prices higher, but not enough to make up for lost volume.
ad|Advertisement
ad|Advertise with the Beacon
h2|Jobs at risk
p|Contractors who supply picking crews said they expected to hire fewer seasonal workers over summer. One said he was already telling some regular staff to look for other work in January.
p|The regional economic development agency said it was talking to growers about short-term support, including help with cash flow through the local business support scheme.
p|Pike remains hopeful. "Trees are resilient. A bad year is part of farming. We'll look after them and go again."
comments|Sign in to comment
related|Related articles
related|Kiwifruit export season ends with record volumes
related|Rural | 1 week ago
related|Whakatāne council backs new boat ramp after years of delays
related|Local Democracy Reporting | 1 week ago
notices|Death Notices
notices|TAYLOR, Robert James (Bob). Peacefully at home, surrounded by family.
notices|View all notices
notices|Place a notice
ad|Advertisement
ad|Advertise with the Beacon
newsletter|Get the Beacon's daily news round-up
newsletter|Sign up to our free newsletter for the latest news from the Eastern Bay.
newsletter|Your email address
newsletter|Sign up
most-read|Latest from Rural
most-read|Dairy payout forecast lifted by 20 cents
most-read|1 hour ago
most-read|Rural fire risk rises as district dries out
most-read|Yesterday
games|Puzzles
games|Crossword  Sudoku  Word Search
footer|Bay of Plenty Beacon
footer|About us
footer|Contact us
footer|Advertise with us
footer|Subscriptions
footer|Terms of use
footer|Privacy policy
footer|Complaints
footer|We are a member of the New Zealand Media Council. Complaints can be made to the Council if you are not satisfied with our response.
copyright|© Copyright 2026 Beacon Media Ltd
"""),
]
