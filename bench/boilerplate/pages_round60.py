# Round 60: eight pages on four more layouts (a Breton regional daily, a Gabonese news site, a Nigerian investigative
# daily, a UK local news site of a regional group carrying Local Democracy Reporting Service copy), written blind:
# without looking at the classifier, its rules or the benchmark, measured once. Each line: "label|text".
# Invented text; no real article is copied.
ROUND60 = [
 dict(id="le-telegramme-bretagne-style-1", site="le-telegramme-bretagne-style", lang="fr", sep="\n", title="Plouescat : les producteurs d’échalotes inquiets après un hiver trop humide", date="2026-03-14", page="""
skip-link|Aller au contenu
skip-link|Aller au pied de page
cookie|Vos choix concernant l’utilisation de cookies
cookie|L’Écho d’Armor et ses 214 partenaires stockent et/ou accèdent à des informations sur votre appareil, telles que les cookies, afin de personnaliser les annonces et le contenu, mesurer l’audience et développer nos services. Vous pouvez modifier vos choix à tout moment via le lien « Gérer mes cookies » en bas de page.
cookie|Paramétrer
cookie|Refuser et s’abonner
cookie|Accepter et fermer
menu|L’Écho d’Armor
subscribe|S’abonner : 1 € le premier mois
menu|Se connecter
menu|Menu
menu|Bretagne
menu|Finistère
menu|Côtes-d’Armor
menu|Morbihan
menu|Ille-et-Vilaine
menu|Sports
menu|Loisirs
menu|Carnet
menu|Journal numérique
edition|Choisir ma ville : Plouescat
weather|Plouescat 11° Averses
breadcrumb|Accueil › Finistère › Plouescat
section-label|Agriculture
h1|Plouescat : les producteurs d’échalotes inquiets après un hiver trop humide
lead|Les pluies quasi continues de l’hiver ont retardé les plantations d’échalotes dans le Léon. Les maraîchers craignent une récolte plus tardive et des rendements en baisse.
byline|Gwenaëlle Le Bihan
dateline|Publié le 14 mars 2026 à 17h32, modifié le 14 mars 2026 à 18h05
reading-time|Lecture : 3 min
listen|Écouter cet article
listen|00:00 / 03:41
share|Partager
save|Ajouter à mes favoris
comments|Commenter
caption|Jean-Yves Cloarec, dans une parcelle encore gorgée d’eau, route de Kerhall, jeudi après-midi.
credit|(L’Écho d’Armor/Gwenaëlle Le Bihan)
p|Les bottes s’enfoncent jusqu’à la cheville. Sur la parcelle de Jean-Yves Cloarec, à la sortie de Plouescat, les rangs d’échalotes auraient dû être plantés depuis trois semaines. « On attend que ça sèche. On regarde le ciel tous les matins », soupire le maraîcher, installé depuis vingt-deux ans.
p|Selon la station météo de Landivisiau, il est tombé près de 540 millimètres de pluie entre le 1er décembre et la fin février, soit presque un tiers de plus qu’un hiver moyen. Dans le Léon, où l’échalote traditionnelle est plantée à la main ou à la planteuse dès la fin février, beaucoup de producteurs n’ont pas encore pu entrer dans leurs champs.
ad|Publicité
related|À lire sur le sujet Saint-Pol-de-Léon : le marché au cadran de la Sica affiche des prix en hausse pour le chou-fleur
h2|« Trois semaines de retard, ce n’est pas rattrapable »
p|Le retard n’est pas seulement une question de calendrier. Une échalote plantée tard a moins de temps pour se développer avant les chaleurs de juin, explique Anne Kerbrat, conseillère à la chambre d’agriculture du Finistère. « Les bulbes seront plus petits, et on peut perdre entre 10 et 20 % de rendement si le printemps n’est pas favorable. »
p|Les producteurs redoutent aussi les maladies. Dans les sols saturés, le mildiou et la pourriture blanche se développent plus facilement, et certains plants déjà en terre commencent à jaunir.
paywall|Cet article est réservé aux abonnés. Déjà abonné ? Se connecter
paywall|Offre spéciale : 1 € le premier mois, sans engagement. Je m’abonne
p|Pour limiter les pertes, plusieurs exploitations ont décidé de planter sur des parcelles plus hautes, mieux drainées, quitte à bousculer les rotations prévues. D’autres attendront la fin du mois. « On ne va pas planter dans la boue, on perdrait tout », tranche Jean-Yves Cloarec.
h2|Une filière sous appellation
p|L’échalote traditionnelle de Bretagne représente quelques centaines d’hectares dans le nord du Finistère. Ses producteurs, réunis au sein d’une organisation de producteurs, défendent depuis des années une production multipliée par le bulbe, plus coûteuse que les semis venus d’autres régions.
p|La coopérative assure qu’il est trop tôt pour parler de pénurie. « Les stocks de la récolte 2025 sont corrects et tiendront jusqu’à l’été », indique son directeur commercial. Les consommateurs ne devraient pas voir de hausse de prix avant l’automne.
p|Les maraîchers, eux, espèrent un mois d’avril sec. Une réunion d’information sur les aides en cas de calamité agricole est prévue le 26 mars à la salle polyvalente de Plouescat.
tags|Plouescat  Agriculture  Météo  Léon
newsletter|Recevez chaque matin l’essentiel de l’actualité du Finistère
newsletter|Votre adresse e-mail
newsletter|Je m’inscris
newsletter|En vous inscrivant, vous acceptez notre politique de confidentialité.
comments|Réagir à cet article
comments|Les commentaires sont réservés aux abonnés.
most-read|Les plus lus à Plouescat et alentours
most-read|1 Cléder : un incendie ravage un hangar agricole dans la nuit
most-read|2 Plouescat : la criée de Porsguen ouvre ses portes au public samedi
most-read|3 Saint-Pol-de-Léon : le chantier de la rue Verderel prolongé jusqu’en mai
most-read|4 Landivisiau : un nouveau cabinet médical ouvrira à l’été
tides|Marées à Roscoff
tides|Pleine mer 06h12 (coef. 78) – 18h37 (coef. 82)
tides|Basse mer 00h04 – 12h26
tides|Voir toutes les marées
obituary|Avis de décès
obituary|Retrouvez les avis de décès du Finistère sur Dans nos cœurs
obituary|Consulter les avis
teaser-list|Dans la même rubrique
teaser-list|Brest : le salon de l’agriculture bretonne accueille 40 000 visiteurs
teaser-list|Il y a 2 h
teaser-list|Pleyben : la laiterie embauche vingt saisonniers pour l’été
teaser-list|Il y a 5 h
sponsored|Contenus sponsorisés
sponsored|Les retraités bretons découvrent cette astuce pour réduire leur facture d’électricité
sponsored|Energie Conseil | Sponsorisé
app|Téléchargez l’application L’Écho d’Armor
app|App Store  Google Play
footer|L’Écho d’Armor
footer|Nous contacter  Publicité  Annonces légales  Le journal numérique  Gérer mes cookies  Mentions légales  CGU  CGV  Charte de confidentialité  Accessibilité : partiellement conforme
social|Facebook  X  Instagram  LinkedIn  YouTube
copyright|© L’Écho d’Armor 2026 – Tous droits réservés
"""),
 dict(id="le-telegramme-bretagne-style-2", site="le-telegramme-bretagne-style", lang="fr", sep="\n", title="Lannion : la ligne de bus vers Perros-Guirec passera à une fréquence d’une demi-heure en septembre", date="2026-05-06", page="""
skip-link|Aller au contenu
skip-link|Aller au pied de page
cookie|Vos choix concernant l’utilisation de cookies
cookie|L’Écho d’Armor et ses 214 partenaires stockent et/ou accèdent à des informations sur votre appareil, telles que les cookies, afin de personnaliser les annonces et le contenu, mesurer l’audience et développer nos services. Vous pouvez modifier vos choix à tout moment via le lien « Gérer mes cookies » en bas de page.
cookie|Paramétrer
cookie|Refuser et s’abonner
cookie|Accepter et fermer
menu|L’Écho d’Armor
subscribe|S’abonner : 1 € le premier mois
menu|Se connecter
menu|Menu
menu|Bretagne
menu|Finistère
menu|Côtes-d’Armor
menu|Morbihan
menu|Ille-et-Vilaine
menu|Sports
menu|Loisirs
menu|Carnet
menu|Journal numérique
edition|Choisir ma ville : Lannion
weather|Lannion 16° Éclaircies
breaking|Info en continu · 18h14 · Rennes : la rocade fermée cette nuit entre les portes de Saint-Malo et de Lorient
breadcrumb|Accueil › Côtes-d’Armor › Lannion
section-label|Transports
h1|Lannion : la ligne de bus vers Perros-Guirec passera à une fréquence d’une demi-heure en septembre
lead|Lannion-Trégor Communauté a voté mardi soir le renforcement de sa ligne de bus la plus fréquentée. À la rentrée, un car partira toutes les trente minutes en semaine entre la gare de Lannion et Perros-Guirec.
byline|Erwan Guillou
dateline|Publié le 6 mai 2026 à 19h02
reading-time|Lecture : 2 min
listen|Écouter cet article
listen|00:00 / 02:55
share|Partager
save|Ajouter à mes favoris
comments|Commenter
caption|La ligne A dessert notamment le lycée Félix-Le-Dantec et l’Ensemble hospitalier de Lannion.
credit|(Photo d’archives L’Écho d’Armor)
p|C’était une demande récurrente des usagers, notamment des lycéens et des salariés du parc technologique de Pégase. Mardi 5 mai, le conseil communautaire de Lannion-Trégor Communauté a adopté à l’unanimité le nouveau plan de transport qui entrera en vigueur le 1er septembre.
p|La ligne A, qui relie la gare de Lannion au port de Perros-Guirec en passant par Louannec, verra sa fréquence doubler en semaine, de 7 heures à 19 heures. Aujourd’hui, les usagers doivent attendre une heure entre deux passages en dehors des heures de pointe.
ad|Publicité
h2|Ce qui change à la rentrée
li|un départ toutes les 30 minutes du lundi au vendredi ;
li|un dernier départ de Lannion à 21 h 15 au lieu de 19 h 40 ;
li|quatre nouveaux arrêts, dont un à l’entrée de la zone de Kerbabu ;
li|le samedi, un départ toutes les heures, sans changement.
p|Le coût de ce renforcement est estimé à 380 000 euros par an. Il sera financé en partie par le versement mobilité payé par les entreprises et par une subvention de la Région.
related|À lire sur le sujet Trégor : le transport à la demande étendu à six nouvelles communes
p|« La ligne A transporte à elle seule près de 40 % de nos voyageurs. Il fallait commencer par elle », a expliqué le vice-président chargé des mobilités. Il n’exclut pas d’étendre la mesure à la ligne vers Trébeurden en 2027.
paywall|Cet article est réservé aux abonnés. Déjà abonné ? Se connecter
paywall|Offre spéciale : 1 € le premier mois, sans engagement. Je m’abonne
p|Dans l’opposition, un élu a salué « une bonne nouvelle » tout en regrettant que les bus ne circulent toujours pas le dimanche hors saison. La question sera étudiée lors du prochain bilan, au printemps 2027.
p|Les nouveaux horaires seront publiés début juillet sur le site du réseau et dans les mairies. Les tarifs, eux, ne changent pas : 1,20 euro le trajet et 25 euros l’abonnement mensuel.
tags|Lannion  Perros-Guirec  Transports  Lannion-Trégor Communauté
newsletter|Recevez chaque matin l’essentiel de l’actualité des Côtes-d’Armor
newsletter|Votre adresse e-mail
newsletter|Je m’inscris
newsletter|En vous inscrivant, vous acceptez notre politique de confidentialité.
comments|Réagir à cet article
comments|Les commentaires sont réservés aux abonnés.
most-read|Les plus lus à Lannion et alentours
most-read|1 Trébeurden : un voilier s’échoue sur les rochers de l’île Milliau
most-read|2 Lannion : le cinéma Les Baladins rouvre après travaux
most-read|3 Pleumeur-Bodou : la Cité des télécoms dévoile son exposition d’été
tides|Marées à Perros-Guirec
tides|Pleine mer 09h48 (coef. 64) – 22h10 (coef. 61)
tides|Basse mer 03h31 – 15h57
tides|Voir toutes les marées
obituary|Avis de décès
obituary|Retrouvez les avis de décès des Côtes-d’Armor sur Dans nos cœurs
obituary|Consulter les avis
teaser-list|Dans la même rubrique
teaser-list|Saint-Brieuc : le TER vers Lannion perturbé jusqu’à vendredi
teaser-list|Il y a 1 h
teaser-list|Guingamp : une piste cyclable entre la gare et le stade du Roudourou
teaser-list|Il y a 6 h
sponsored|Contenus sponsorisés
sponsored|Ces maisons bretonnes à moins de 150 000 € font un carton
sponsored|ImmoOuest | Sponsorisé
app|Téléchargez l’application L’Écho d’Armor
app|App Store  Google Play
footer|L’Écho d’Armor
footer|Nous contacter  Publicité  Annonces légales  Le journal numérique  Gérer mes cookies  Mentions légales  CGU  CGV  Charte de confidentialité  Accessibilité : partiellement conforme
social|Facebook  X  Instagram  LinkedIn  YouTube
copyright|© L’Écho d’Armor 2026 – Tous droits réservés
"""),
 dict(id="gabon-media-time-style-1", site="gabon-media-time-style", lang="fr", sep="\n\n", title="Libreville : les taximen du PK8 dénoncent la multiplication des contrôles routiers", date="2026-02-11", page="""
timestamp|mercredi, février 11, 2026
menu|Contact  Publicité  Qui sommes-nous ?
social|Facebook  Twitter  YouTube  Instagram  TikTok
menu|OGOOUÉ MÉDIA TIME
menu|L’info du Gabon, sans détour
ad|Publicité
ad|Gabon Télécom – Forfait Illimix Jour : 500 F CFA seulement ! Composez *155#
menu|Accueil
menu|Politique
menu|Société
menu|Économie
menu|Sport
menu|Culture
menu|Afrique
menu|Tribune libre
menu|Vidéos
ticker|FLASH INFO
ticker|Port-Gentil : la Sogara annonce un arrêt technique de trois semaines
ticker|Panthères : le sélectionneur dévoile une liste de 26 joueurs
ticker|Bac 2026 : le calendrier des épreuves est connu
breadcrumb|Accueil  Société
section-label|Société
h1|Libreville : les taximen du PK8 dénoncent la multiplication des contrôles routiers
byline|Par Rodrigue Mba Obame
dateline|11 février 2026
comments|0 commentaire
reading-time|2 minutes de lecture
share|Facebook  Twitter  WhatsApp  Telegram  Copier le lien
credit|© Ogooué Média Time
caption|Des taxis stationnés au carrefour du PK8, à Libreville. Photo d’illustration
p|Réunis mardi matin au carrefour du PK8, dans le 6e arrondissement de Libreville, une cinquantaine de chauffeurs de taxi ont exprimé leur ras-le-bol face à ce qu’ils appellent « le harcèlement » des agents de contrôle routier sur l’axe Nzeng-Ayong–Owendo.
p|Selon eux, un chauffeur peut être arrêté quatre à cinq fois dans la même journée, parfois par des équipes différentes, pour vérifier les mêmes documents. « Tu montres ta carte grise, ton permis, ton assurance, ta carte de transport. Cinq cents mètres plus loin, on recommence », raconte Serge, chauffeur depuis douze ans.
p|Les taximen affirment que ces arrêts à répétition leur font perdre du temps et des clients. Plusieurs d’entre eux disent aussi devoir verser de petites sommes pour « éviter les histoires », des pratiques qu’ils demandent aux autorités de sanctionner.
related|Lire aussi : Transport urbain : le prix de la course fixé à 150 F CFA maintenu jusqu’en juin
h2|Un cahier de doléances remis à la mairie
p|Le syndicat des transporteurs urbains a remis dans l’après-midi un document au cabinet du maire du 6e arrondissement. Il réclame notamment :
li|la création d’un seul point de contrôle fixe par axe ;
li|une carte professionnelle unique regroupant tous les documents du véhicule ;
li|l’affichage public du montant des amendes.
p|Joint par notre rédaction, un responsable de la Direction générale des transports terrestres assure que les contrôles « visent d’abord la sécurité des usagers », rappelant que de nombreux véhicules circulent sans assurance ni visite technique.
p|Il reconnaît toutefois que « des abus individuels peuvent exister » et invite les chauffeurs à les signaler avec le numéro du véhicule de patrouille et l’heure du contrôle.
p|Le syndicat menace d’une journée « ville morte » des taxis si aucune réunion n’est organisée d’ici à la fin du mois. Une perspective qui inquiète les usagers, nombreux à dépendre des taxis pour se rendre au travail.
ad|Publicité
ad|BGFIBank – Ouvrez votre compte en ligne en 10 minutes
tags|Étiquettes : contrôles routiers  Libreville  PK8  taxis  transport urbain
share|Partager sur Facebook
share|Partager sur Twitter
share|Partager sur WhatsApp
author-bio|Rodrigue Mba Obame
author-bio|Journaliste à Ogooué Média Time, il couvre l’actualité sociale et les questions urbaines à Libreville.
nav|Article précédent
nav|Akanda : la route de la Sablière fermée pour travaux jusqu’au 20 février
nav|Article suivant
nav|Football : le FC 105 s’impose face à Mounana (2-1)
related|Articles similaires
related|Owendo : les commerçants du marché de la Pleine délocalisés provisoirement
related|Transport : la Sogatra met en circulation 40 nouveaux bus
related|Ntoum : un camion-citerne se renverse sur la Nationale 1
comments|Laisser un commentaire
comments|Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *
comments|Commentaire *
comments|Nom *
comments|E-mail *
comments|Site web
comments|Enregistrer mon nom, mon e-mail et mon site dans le navigateur pour mon prochain commentaire.
comments|Laisser un commentaire
most-read|Les plus lus
most-read|Concours d’entrée à l’ENS : les résultats enfin publiés
most-read|Moanda : une mine de manganèse recrute 300 jeunes
most-read|Libreville : coupure d’eau prévue dans cinq quartiers ce week-end
whatsapp|Rejoignez notre chaîne WhatsApp pour recevoir l’info en temps réel
about|Ogooué Média Time est un journal en ligne gabonais d’information générale, indépendant et engagé pour une information vérifiée.
footer|Mentions légales  Politique de confidentialité  Nous contacter  Annoncer chez nous
copyright|© 2026 Ogooué Média Time – Tous droits réservés. Conçu par GabWeb Studio
back-to-top|Haut de page
"""),
 dict(id="gabon-media-time-style-2", site="gabon-media-time-style", lang="fr", sep="\n\n", title="Franceville : l’hôpital régional se dote enfin d’un scanner", date="2026-04-23", page="""
timestamp|jeudi, avril 23, 2026
menu|Contact  Publicité  Qui sommes-nous ?
social|Facebook  Twitter  YouTube  Instagram  TikTok
menu|OGOOUÉ MÉDIA TIME
menu|L’info du Gabon, sans détour
ad|Publicité
ad|Airtel Money – Envoyez gratuitement jusqu’à 10 000 F CFA ce mois-ci
menu|Accueil
menu|Politique
menu|Société
menu|Économie
menu|Sport
menu|Culture
menu|Afrique
menu|Tribune libre
menu|Vidéos
ticker|FLASH INFO
ticker|Makokou : la route de Mékambo de nouveau praticable
ticker|Basket : le Manga BC qualifié pour la phase finale
ticker|Fonction publique : paiement des rappels à partir du 28 avril
breadcrumb|Accueil  Santé
section-label|Santé
h1|Franceville : l’hôpital régional se dote enfin d’un scanner
byline|Par La Rédaction
dateline|23 avril 2026
comments|2 commentaires
reading-time|3 minutes de lecture
share|Facebook  Twitter  WhatsApp  Telegram  Copier le lien
credit|© D.R.
p|C’est un équipement attendu depuis plus de dix ans. Le Centre hospitalier régional Amissa-Bongo de Franceville, dans le Haut-Ogooué, dispose depuis lundi d’un scanner de dernière génération, installé dans un service d’imagerie entièrement rénové.
p|Jusqu’ici, les patients de la province qui avaient besoin d’un examen au scanner devaient se rendre à Libreville, à plus de 500 kilomètres, ou dans une clinique privée de Moanda. Un trajet coûteux, parfois impossible pour les malades les plus graves.
h2|Des examens à tarif social
p|Selon la direction de l’hôpital, le prix d’un examen a été fixé à 45 000 F CFA pour les assurés de la CNAMGS, contre plus du double dans le privé. Les urgences vitales seront prises en charge sans paiement préalable.
p|« Un accident de la route, un AVC : ce sont des situations où chaque heure compte. Désormais, on pourra poser le diagnostic ici », se félicite le chef du service d’imagerie, qui a formé deux manipulateurs radio pendant six semaines avec le fournisseur.
related|Lire aussi : Santé : 14 nouveaux médecins affectés dans les provinces de l’intérieur
p|L’appareil a été financé dans le cadre d’un programme de modernisation des plateaux techniques des hôpitaux régionaux, qui prévoit également l’équipement de Lambaréné et d’Oyem d’ici à la fin de l’année.
p|Le personnel reste cependant prudent. Plusieurs agents rappellent que d’autres équipements livrés dans le passé sont tombés en panne faute de contrat de maintenance. La direction assure que celui-ci est cette fois inclus pour cinq ans.
p|Une cinquantaine d’examens ont déjà été réalisés depuis lundi, selon l’hôpital, qui prévoit d’ouvrir le service le samedi matin à partir du mois de mai.
ad|Publicité
ad|BGFIBank – Ouvrez votre compte en ligne en 10 minutes
tags|Étiquettes : CHR Amissa-Bongo  Franceville  Haut-Ogooué  santé  scanner
share|Partager sur Facebook
share|Partager sur Twitter
share|Partager sur WhatsApp
nav|Article précédent
nav|Lambaréné : les riverains de l’Ogooué alertent sur la montée des eaux
nav|Article suivant
nav|Culture : le festival Akini a Lanyi revient en juillet à Libreville
related|Articles similaires
related|Oyem : le centre de dialyse accueille ses premiers patients
related|Paludisme : distribution de moustiquaires dans l’Estuaire
comments|2 commentaires
comments|Ella N. dit : 23 avril 2026 à 10 h 14 min
comments|Enfin ! Mon père a dû aller à Libreville l’an dernier pour un simple examen.
comments|Répondre
comments|Patrick M. dit : 23 avril 2026 à 12 h 40 min
comments|Espérons qu’il ne tombe pas en panne dans six mois comme l’autre.
comments|Répondre
comments|Laisser un commentaire
comments|Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *
comments|Commentaire *
comments|Nom *
comments|E-mail *
comments|Site web
comments|Enregistrer mon nom, mon e-mail et mon site dans le navigateur pour mon prochain commentaire.
comments|Laisser un commentaire
most-read|Les plus lus
most-read|Bac 2026 : le calendrier des épreuves est connu
most-read|Port-Gentil : une pirogue chavire au large du Cap Lopez
most-read|Fonction publique : paiement des rappels à partir du 28 avril
whatsapp|Rejoignez notre chaîne WhatsApp pour recevoir l’info en temps réel
about|Ogooué Média Time est un journal en ligne gabonais d’information générale, indépendant et engagé pour une information vérifiée.
footer|Mentions légales  Politique de confidentialité  Nous contacter  Annoncer chez nous
copyright|© 2026 Ogooué Média Time – Tous droits réservés. Conçu par GabWeb Studio
back-to-top|Haut de page
"""),
 dict(id="nigeria-premium-times-style-1", site="nigeria-premium-times-style", lang="en", sep="\n", title="INVESTIGATION: In Kano, primary health centres run out of malaria test kits as rainy season peaks", date="2026-08-19", page="""
skip-link|Skip to content
timestamp|Wednesday, August 19, 2026
menu|Advertise  About Us  Contact  Careers
social|Facebook  X  Instagram  YouTube  LinkedIn
donate|Support Us
menu|THE LEDGER NIGERIA
menu|Journalism of integrity
ad|Advertisement
menu|Home
menu|Top News
menu|Investigations
menu|Politics
menu|Business
menu|Health
menu|Agriculture
menu|Education
menu|Sports
menu|Opinion
menu|Data
menu|Fact Check
menu|Hausa
breaking|BREAKING: Senate confirms three new INEC commissioners
section-label|Investigations
h1|INVESTIGATION: In Kano, primary health centres run out of malaria test kits as rainy season peaks
byline|By Aisha Bello Yusuf
dateline|August 19, 2026
reading-time|6 min read
share|Share on Facebook  Share on X  Share on WhatsApp  Share on LinkedIn  Email
caption|A nurse attends to a mother and child at a primary health centre in Dawakin Kudu, Kano State. [PHOTO: Aisha Bello Yusuf/The Ledger]
lead|At least 14 of the 20 primary health centres visited by The Ledger across six local government areas had no malaria rapid test kits in stock, forcing health workers to treat patients on suspicion alone.
p|On a Tuesday morning in late July, Hajiya Rakiya Musa carried her feverish three-year-old son for nearly an hour to the primary health centre in her village in Dawakin Kudu Local Government Area of Kano State.
p|When she arrived, a health worker told her there were no test kits. The boy was given anti-malarial tablets without a test and sent home. Two days later, his fever had not come down.
ad|Advertisement
ad|TEXT AD: Affordable solar home systems for your shop and home. Pay small small. Call 0803 000 1122
p|Her experience is not unusual. Over three weeks in July and August, this newspaper visited 20 primary health centres in Dawakin Kudu, Gwarzo, Bichi, Kura, Ungogo and Gezawa local government areas. Fourteen had no malaria rapid diagnostic tests (RDTs) in stock at the time of the visit.
h2|‘We have been reporting it since May’
p|Health workers at the affected facilities said they had informed the local government health authorities of the shortage as far back as May, before the rains started.
p|“We send our monthly report. We write ‘stock out’ in red. Nothing comes,” said an officer in charge of a facility in Gwarzo, who asked not to be named because she is not authorised to speak to the press.
related|READ ALSO: Nigeria records drop in malaria deaths but funding gaps remain – WHO
p|National guidelines require that every suspected case of malaria be confirmed with a test before treatment. Treating without testing wastes medicines and can hide other illnesses, such as typhoid or pneumonia, that present with fever.
h2|Where did the kits go?
p|Records seen by The Ledger show that the state received a consignment of test kits from a donor-funded programme in March. Officials at the state’s central medical store said the kits were distributed to LGAs according to their requests.
p|But three LGA pharmacists interviewed said they received less than half of what they had asked for, and that the delivery was expected to last until December.
p|The spokesperson of the Kano State Ministry of Health, Ibrahim Sani, said the ministry was aware of “pockets of shortages” and that a new supply of 400,000 test kits would be distributed “within the next two weeks”.
p|He added that the ministry had set up a hotline for facilities to report stock-outs directly, bypassing the LGA level.
h2|What health workers want
li|Quarterly, not yearly, deliveries of test kits and medicines.
li|A buffer stock at each LGA store for the rainy season.
li|Payment of the logistics allowance for collecting supplies from the state capital.
p|Back in Dawakin Kudu, Hajiya Rakiya’s son recovered after she took him to a private clinic in the town, where a test cost her N1,500. “Not everybody has that money,” she said.
funding-note|This report was produced with support from the Health Reporting Fund of the Centre for Development Journalism.
donate|Support The Ledger's journalism of integrity and credibility
donate|Good journalism is expensive. Our reporters travel to places others do not go, and we rely on readers like you to keep telling the stories that matter. Help us keep our journalism free for everyone.
donate|Contribute Now
ad|TEXT AD: Looking for a plot of land in Abuja? Genuine C of O. Call 0909 222 4455
whatsapp|Join our WhatsApp Channel for the latest news
tags|Malaria  Kano State  Primary Health Care  Investigations
copyright|All rights reserved. This material, and other digital content on this website, may not be reproduced, published, broadcast, rewritten or redistributed in whole or in part without prior express written permission from THE LEDGER NIGERIA.
comments|Comments
comments|Before you comment, please read our comment policy. Comments that are abusive or defamatory will be removed.
comments|Login to comment
related|RELATED NEWS
related|Jigawa: Mothers travel 30km for antenatal care as rural clinic remains shut
related|FACT CHECK: Does eating mangoes cause malaria?
related|Lassa fever: NCDC confirms 12 new cases in Ondo, Edo
most-read|Most Read
most-read|1 Naira falls again at parallel market as dollar demand rises
most-read|2 JAMB releases list of candidates for 2026 supplementary exam
most-read|3 Court adjourns trial of former governor to October
most-read|4 Super Eagles: Coach names squad for World Cup qualifiers
newsletter|Subscribe to our newsletter
newsletter|Enter your email address
newsletter|Subscribe
footer|About Us  Editorial Policy  Privacy Policy  Terms of Use  Advertise  Contact  Whistleblowers
footer|Plot 12, Akin Adesola Crescent, Wuse 2, Abuja, Nigeria
copyright|© 2026 The Ledger Nigeria. All rights reserved.
"""),
 dict(id="nigeria-premium-times-style-2", site="nigeria-premium-times-style", lang="en", sep="\n", title="Lagos BRT operators raise fares by 20 per cent, commuters protest at Ikorodu terminal", date="2026-09-02", page="""
skip-link|Skip to content
timestamp|Wednesday, September 2, 2026
menu|Advertise  About Us  Contact  Careers
social|Facebook  X  Instagram  YouTube  LinkedIn
donate|Support Us
menu|THE LEDGER NIGERIA
menu|Journalism of integrity
ad|Advertisement
menu|Home
menu|Top News
menu|Investigations
menu|Politics
menu|Business
menu|Health
menu|Agriculture
menu|Education
menu|Sports
menu|Opinion
menu|Data
menu|Fact Check
menu|Hausa
breaking|BREAKING: Flood submerges parts of Maiduguri after heavy downpour
section-label|Metro
h1|Lagos BRT operators raise fares by 20 per cent, commuters protest at Ikorodu terminal
byline|By Oluwaseun Adeyemi
dateline|September 2, 2026
reading-time|3 min read
share|Share on Facebook  Share on X  Share on WhatsApp  Share on LinkedIn  Email
caption|Commuters queue at the Ikorodu BRT terminal on Tuesday. [PHOTO: The Ledger]
p|Hundreds of commuters on Tuesday gathered at the Ikorodu Bus Rapid Transit (BRT) terminal in Lagos to protest a 20 per cent fare increase announced by the operators only a day earlier.
p|Under the new fares, which took effect on Tuesday, a trip from Ikorodu to TBS on Lagos Island now costs N1,200, up from N1,000. Shorter trips between Ikorodu and Mile 12 went from N500 to N600.
ad|Advertisement
ad|TEXT AD: Learn data analysis in 8 weeks. Online and weekend classes. WhatsApp 0812 555 7788
p|Several commuters told this newspaper they learnt of the increase only when they tapped their Cowry cards at the gate. “Nobody told us anything. I have budgeted for the month already,” said Blessing Okon, a trader who travels to Idumota five days a week.
p|The protest lasted about two hours, causing a long queue and delays on the corridor until officers of the Lagos State Traffic Management Authority (LASTMA) and the police calmed the crowd.
related|READ ALSO: Lagos blue line rail to add two more trains by December
h2|Operators cite diesel, spare parts
p|In a statement, the operators said the increase was necessary because the price of diesel had nearly doubled since January and spare parts, most of them imported, had become more expensive because of the exchange rate.
p|“The current fares no longer cover the cost of running the buses. Without this adjustment, more buses would be grounded,” the statement said.
p|The Lagos Metropolitan Area Transport Authority (LAMATA), which regulates the BRT scheme, said it had approved the review after “extensive consultations” and that the new fares remained lower than those charged by commercial buses on the same routes.
p|LAMATA added that students with valid identity cards would keep the old fares until the end of the year.
p|Commuters’ groups have asked the state government to subsidise the fares, as it did for three months in 2024, and to add more buses on the Ikorodu corridor, where waiting times at peak hours often exceed one hour.
donate|Support The Ledger's journalism of integrity and credibility
donate|Good journalism is expensive. Our reporters travel to places others do not go, and we rely on readers like you to keep telling the stories that matter. Help us keep our journalism free for everyone.
donate|Contribute Now
ad|TEXT AD: Looking for a plot of land in Abuja? Genuine C of O. Call 0909 222 4455
whatsapp|Join our WhatsApp Channel for the latest news
tags|BRT  Lagos  LAMATA  Transport  Fares
copyright|All rights reserved. This material, and other digital content on this website, may not be reproduced, published, broadcast, rewritten or redistributed in whole or in part without prior express written permission from THE LEDGER NIGERIA.
comments|Comments
comments|Before you comment, please read our comment policy. Comments that are abusive or defamatory will be removed.
comments|Login to comment
related|RELATED NEWS
related|Okada ban: Riders move to Ogun border communities
related|Fuel price: Marketers say pump price may rise again
most-read|Most Read
most-read|1 Flood submerges parts of Maiduguri after heavy downpour
most-read|2 NECO releases 2026 SSCE results
most-read|3 Why my ministry cannot pay new minimum wage now – Minister
newsletter|Subscribe to our newsletter
newsletter|Enter your email address
newsletter|Subscribe
footer|About Us  Editorial Policy  Privacy Policy  Terms of Use  Advertise  Contact  Whistleblowers
footer|Plot 12, Akin Adesola Crescent, Wuse 2, Abuja, Nigeria
copyright|© 2026 The Ledger Nigeria. All rights reserved.
"""),
 dict(id="uk-local-democracy-style-1", site="uk-local-democracy-style", lang="en", sep="\n\n", title="Seafront parking charges to rise by 50p an hour after council vote", date="2026-03-10", page="""
cookie|We value your privacy
cookie|We and our 182 partners store and/or access information on a device, such as cookies, and process personal data, such as unique identifiers and standard information sent by a device, for personalised advertising and content, advertising and content measurement, audience research and services development.
cookie|With your permission we and our partners may use precise geolocation data and identification through device scanning. You may click to consent to our and our partners’ processing as described above.
cookie|MORE OPTIONS
cookie|AGREE
skip-link|Skip to main content
menu|Southcoast Echo
menu|Sign in
subscribe|Subscribe
menu|News
menu|Sport
menu|What's On
menu|Property
menu|Jobs
menu|Announcements
menu|Public Notices
menu|Puzzles
menu|eEdition
push|Would you like to receive breaking news notifications from the Southcoast Echo? Allow  No thanks
breadcrumb|News  Local News
section-label|Council
h1|Seafront parking charges to rise by 50p an hour after council vote
lead|Drivers will pay more to park along the seafront from April after councillors backed the increase despite objections from traders.
byline|By Daniel Price
byline|Local Democracy Reporter
dateline|Published: 10 March 2026 at 3:12pm
dateline|Updated: 10 March 2026 at 5:40pm
share|Share
comments|Comments
caption|Parking on Marine Parade will cost £2.50 an hour from April (Image: Google)
p|Parking charges on the seafront are set to rise by 50p an hour after councillors approved the borough council’s new fees and charges.
p|The cabinet member for environment said the increase, the first since 2022, was needed to cover the rising cost of maintaining car parks and to help close a budget gap of £3.4 million.
ad|Advertisement
p|From April 1, drivers parking on Marine Parade and in the Pier Road and Esplanade car parks will pay £2.50 an hour, up from £2. The all-day tariff will rise from £10 to £12.
p|Residents’ permits and Blue Badge holders will not be affected, and the first 30 minutes will remain free in the town centre car parks.
newsletter|Get the latest news sent to your inbox
newsletter|Sign up to our daily newsletter for the top stories from across the Southcoast.
newsletter|Enter email  Sign up
newsletter|We use your sign-up to provide content in ways you've consented to and to improve our understanding of you. This may include adverts from us and 3rd parties based on our understanding. You can unsubscribe at any time. Read our Privacy Policy
p|Speaking at Tuesday’s full council meeting, the opposition group leader said the rise would “drive visitors away” and hit seafront cafés already struggling after a poor summer.
p|“People will simply go to the retail parks where parking is free. We are pricing our own seafront out of the market,” he said.
related|Read more: Plans for new beach huts at East Beach approved
related|Read more: Town centre bus station to close for six weeks of repairs
p|A petition against the rise organised by the Seafront Traders’ Association collected more than 1,200 signatures.
p|Council officers said the increase would bring in an estimated £410,000 a year. The council will also introduce pay-by-app at all seafront machines in the summer.
p|The changes were approved by 24 votes to 15, with two abstentions.
funding-note|The Local Democracy Reporting Service is a BBC-funded public service news agency which shares news about local councils and public services across the UK. Content from the service is published by partner news organisations.
whatsapp|Join the Southcoast Echo WhatsApp community for the biggest stories of the day. Click here to join
comments|Comments: Our rules
comments|We want our comments to be a lively and valuable part of our community - a place where readers can debate and engage with the most important local issues. Read our rules here
comments|Show comments (18)
ad|Advertisement
most-read|Most Read
most-read|Man charged after two cars damaged in town centre
most-read|Popular seafront café to close after 30 years
most-read|Lane closures on A27 this weekend: full list
most-read|Primary school rated 'outstanding' by Ofsted
notices|Public Notices
notices|Road traffic order: Temporary closure of Station Road
notices|Licensing Act 2003: Premises licence application
notices|View all notices
obituary|Announcements
obituary|Deaths: MARGARET (Peggy) HOLLOWAY
obituary|Deaths: ROBERT JAMES FENN
sponsored|Promoted stories
sponsored|The cosy bungalows near the coast every retiree should see
sponsored|HomeFinder UK
footer|Southcoast Echo
footer|Contact us  Advertise  Terms and conditions  Privacy policy  Cookie settings  Complaints  Modern Slavery Act statement  Site map
footer|This website and associated newspapers adhere to the Independent Press Standards Organisation's Editors' Code of Practice. If you have a complaint about the editorial content which relates to inaccuracy or intrusion, then please contact the editor here. If you are dissatisfied with the response provided you can contact IPSO here
network|Part of the Coastal Media group of local news websites
copyright|© 2026 Coastal Media Ltd. Registered in England & Wales with number 01234567.
"""),
 dict(id="uk-local-democracy-style-2", site="uk-local-democracy-style", lang="en", sep="\n\n", title="Plans for 120 homes on farmland near Westbourne refused by planners", date="2026-06-25", page="""
cookie|We value your privacy
cookie|We and our 182 partners store and/or access information on a device, such as cookies, and process personal data, such as unique identifiers and standard information sent by a device, for personalised advertising and content, advertising and content measurement, audience research and services development.
cookie|With your permission we and our partners may use precise geolocation data and identification through device scanning. You may click to consent to our and our partners’ processing as described above.
cookie|MORE OPTIONS
cookie|AGREE
skip-link|Skip to main content
menu|Southcoast Echo
menu|Sign in
subscribe|Subscribe
menu|News
menu|Sport
menu|What's On
menu|Property
menu|Jobs
menu|Announcements
menu|Public Notices
menu|Puzzles
menu|eEdition
push|Would you like to receive breaking news notifications from the Southcoast Echo? Allow  No thanks
breadcrumb|News  Local News
section-label|Planning
h1|Plans for 120 homes on farmland near Westbourne refused by planners
lead|A developer’s bid to build 120 homes on fields off Cemetery Lane has been thrown out after more than 400 objections.
byline|By Hannah Colley
byline|Local Democracy Reporter
dateline|Published: 25 June 2026 at 10:05am
share|Share
comments|Comments
caption|An artist's impression of the proposed development off Cemetery Lane (Image: Applicant's planning documents)
p|Plans for 120 new homes on farmland on the edge of Westbourne have been refused by the district council’s planning committee.
p|The application, submitted by a regional housebuilder, proposed a mix of two- to four-bedroom houses, 36 of them classed as affordable, along with a play area and a new footpath to the village centre.
ad|Advertisement
p|Planning officers had recommended approval, pointing out that the council cannot currently show a five-year supply of land for housing, which means national policy tilts decisions in favour of development.
p|But committee members voted eight to three against, citing concerns including:
li|the impact on the narrow lane and the junction with the A259;
li|the loss of good-quality farmland;
li|pressure on the village’s only GP surgery and primary school;
li|the risk of surface water flooding on neighbouring homes.
newsletter|Get the latest news sent to your inbox
newsletter|Sign up to our daily newsletter for the top stories from across the Southcoast.
newsletter|Enter email  Sign up
newsletter|We use your sign-up to provide content in ways you've consented to and to improve our understanding of you. This may include adverts from us and 3rd parties based on our understanding. You can unsubscribe at any time. Read our Privacy Policy
h2|'We are not against homes'
p|Speaking on behalf of the parish council, its chairman said the village had accepted 90 new homes in the last decade and was not opposed to growth. “We are not against homes. We are against the wrong homes in the wrong place,” he told the meeting.
p|An agent for the developer said the scheme would deliver badly needed affordable housing and that highways engineers had raised no objection to the access.
related|Read more: Council's local plan delayed again until 2027
p|The developer has six months to appeal to the Planning Inspectorate. If it does, councillors were warned the authority could face costs if its reasons for refusal are not backed by evidence.
funding-note|The Local Democracy Reporting Service is a BBC-funded public service news agency which shares news about local councils and public services across the UK. Content from the service is published by partner news organisations.
whatsapp|Join the Southcoast Echo WhatsApp community for the biggest stories of the day. Click here to join
comments|Comments: Our rules
comments|We want our comments to be a lively and valuable part of our community - a place where readers can debate and engage with the most important local issues. Read our rules here
comments|Show comments (7)
ad|Advertisement
most-read|Most Read
most-read|Emergency services called to crash on A259
teaser-list|Plans for 120 homes on farmland near Westbourne refused by planners
most-read|Summer festival line-up announced
most-read|Taxi driver banned after failing drugs test
notices|Public Notices
notices|Town and Country Planning Act 1990: Applications received
notices|Road traffic order: Temporary closure of Mill Lane
notices|View all notices
obituary|Announcements
obituary|Deaths: ALAN GEORGE PRIOR
obituary|Birthdays: Happy 90th to Joan
sponsored|Promoted stories
sponsored|Homeowners in the South are switching to this energy plan
sponsored|EnergyCompare
footer|Southcoast Echo
footer|Contact us  Advertise  Terms and conditions  Privacy policy  Cookie settings  Complaints  Modern Slavery Act statement  Site map
footer|This website and associated newspapers adhere to the Independent Press Standards Organisation's Editors' Code of Practice. If you have a complaint about the editorial content which relates to inaccuracy or intrusion, then please contact the editor here. If you are dissatisfied with the response provided you can contact IPSO here
network|Part of the Coastal Media group of local news websites
copyright|© 2026 Coastal Media Ltd. Registered in England & Wales with number 01234567.
"""),
]
