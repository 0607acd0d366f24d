# Round 39: eight pages on four more layouts (a Senegalese national daily, a Québec daily with a paywall, an
# Australian public broadcaster's news site, an Indian national daily's portal), written blind: without looking at the
# classifier, its rules or the benchmark, measured once. Each line: "label|text". Invented text; no real article is
# copied.
ROUND39 = [
 dict(id="senegal-soleil-style-1", site="senegal-soleil-style", lang="fr", sep="\n", title="Campagne arachidière 2025-2026 : le prix au producteur maintenu à 305 FCfa le kilo", date="2025-11-27", page="""
timestamp|Jeudi 27 novembre 2025
weather|Dakar 29°C Ensoleillé
social|Facebook Twitter YouTube Instagram LinkedIn
menu|Le Matinal
menu|Quotidien national d’information – Depuis 1970
epaper|Édition numérique
search|Rechercher…
menu|Accueil
menu|Actualités
menu|Politique
menu|Économie
menu|Société
menu|Régions
menu|Sports
menu|Culture
menu|International
menu|Contributions
menu|Matinal TV
ticker|À LA UNE  Assemblée nationale : la loi de finances 2026 adoptée en plénière  •  Ligue 1 : la Linguère tenue en échec à Saint-Louis  •  TER : la phase 2 jusqu’à l’AIBD mise en service en janvier
breadcrumb|Accueil » Économie » Agriculture
section-label|ÉCONOMIE
h1|Campagne arachidière 2025-2026 : le prix au producteur maintenu à 305 FCfa le kilo
byline|Par Moussa DIOP
dateline|27 novembre 2025 à 09h45
reading-time|3 minutes de lecture
share|Facebook
share|Twitter
share|WhatsApp
share|Telegram
share|E-mail
credit|© Le Matinal / Mamadou NDIAYE
caption|Des producteurs au point de collecte de Nioro du Rip lors de la précédente campagne.
lead|Le Comité national interprofessionnel de l’arachide a arrêté, mercredi à Dakar, le prix plancher du kilogramme d’arachide à 305 francs CFA. L’ouverture officielle de la commercialisation est fixée au mardi 2 décembre.
p|Pas de surprise pour les producteurs. Réuni mercredi dans les locaux du ministère de l’Agriculture, le Comité national interprofessionnel de l’arachide (CNIA) a reconduit le prix plancher de la campagne précédente, soit 305 francs CFA le kilogramme de graines en coque livrées au point de collecte.
p|Les organisations de producteurs, qui réclamaient une hausse à 350 francs, ont fini par accepter le compromis après près de six heures de discussions. « Nous aurions voulu mieux, mais le prix est garanti et c’est l’essentiel pour nos membres », a confié, à la sortie de la réunion, le président d’une fédération de producteurs du bassin arachidier.
p|Selon les estimations provisoires des services agricoles, la production nationale devrait avoisiner 1,4 million de tonnes cette année, en légère baisse par rapport à la campagne écoulée, en raison de pluies tardives dans le Saloum et d’attaques de chenilles dans certaines zones de Kaffrine.
related|LIRE AUSSI : Kaolack : les opérateurs stockeurs réclament le paiement de leurs arriérés
h2|Des points de collecte mieux encadrés
p|Pour éviter les dérives constatées l’an dernier, le ministère annonce le déploiement de 1 200 agents de contrôle dans les points de collecte. Ils seront chargés de vérifier l’usage de balances homologuées et le paiement comptant des producteurs.
p|Les opérateurs privés stockeurs devront, par ailleurs, présenter une caution bancaire avant d’obtenir leur agrément. Trois mesures ont été retenues :
li|l’interdiction de tout achat avant la date d’ouverture officielle ;
li|l’obligation de délivrer un reçu à chaque producteur ;
li|la publication chaque semaine des quantités collectées par région.
ad|PUBLICITÉ
h2|Les huiliers attendus au tournant
p|La question des exportations de graines reste sensible. Les industriels locaux, qui peinent chaque année à faire tourner leurs usines à plein régime, demandent que la priorité leur soit accordée. Le gouvernement a indiqué qu’une taxe à l’exportation serait maintenue « pour préserver l’approvisionnement des huileries nationales ».
p|La principale société huilière du pays affirme, de son côté, disposer d’une enveloppe de 60 milliards de francs CFA pour ses achats et vise une collecte d’au moins 250 000 tonnes d’ici à la fin du mois de mars.
tags|Tags :
tags|Arachide
tags|Campagne agricole
tags|Kaolack
tags|Kaffrine
share|Partager :
share|Cliquez pour partager sur Facebook(ouvre dans une nouvelle fenêtre)
share|Cliquez pour partager sur WhatsApp(ouvre dans une nouvelle fenêtre)
print|Cliquez pour imprimer(ouvre dans une nouvelle fenêtre)
author-link|Moussa DIOP
author-link|Voir tous les articles de Moussa DIOP
nav|Article précédent
nav|Ziguinchor : la foire artisanale ouvre ses portes au stade Aline-Sitoé-Diatta
nav|Article suivant
nav|Ligue 1 : Jaraaf et Génération Foot se neutralisent
related|Articles similaires
related|Riz local : la vallée du fleuve annonce une production record
related|Kaffrine : 40 000 tonnes de semences certifiées distribuées aux producteurs
related|Exportations : la graine d’arachide de nouveau sous surveillance
comments|Laisser un commentaire
comments|Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *
comments|Commentaire *
comments|Nom *
comments|E-mail *
comments|Enregistrer mon nom et mon e-mail dans ce navigateur pour mon prochain commentaire.
comments|Publier le commentaire
most-read|Les plus lus
most-read|1 Examen du Bfem 2026 : le calendrier officiel dévoilé
most-read|2 Hajj 2026 : le coût du package fixé par la commission
most-read|3 Thiès : un camion-citerne se renverse sur l’autoroute à péage
most-read|4 Lutte : le combat Boy Niang 2 – Tapha Tine fixé au 4 avril
ticker|Heures de prière – Dakar
ticker|Fajr 05:44  Dhuhr 13:12  Asr 16:22  Maghrib 18:51  Isha 20:06
obituary|CARNET
obituary|Rappel à Dieu : la famille Sène de Fatick annonce le décès de Mme Sène née Aïssatou Faye
obituary|Rappel à Dieu : décès de El Hadji Ousmane Ba, ancien instituteur à Podor
epaper|Le Matinal du jour en PDF
epaper|Feuilleter l’édition du 27 novembre 2025
newsletter|NEWSLETTER
newsletter|Recevez chaque matin l’essentiel de l’actualité nationale dans votre boîte mail.
newsletter|Votre adresse e-mail
newsletter|Je m’inscris
footer|Le Matinal – Société nationale d’édition et de presse
footer|Route du Front de Terre, Hann – BP 1512 Dakar – Tél. : 33 800 12 12
footer|Qui sommes-nous ?
footer|Mentions légales
footer|Publicité
footer|Abonnements
footer|Contact
copyright|© 2025 Le Matinal. Tous droits réservés. Réalisation : Direction des systèmes d’information.
push|Le Matinal souhaite vous envoyer des notifications pour les dernières actualités.
push|Plus tard
push|Autoriser
"""),
 dict(id="senegal-soleil-style-2", site="senegal-soleil-style", lang="fr", sep="\n", title="Kédougou : une caravane médicale gratuite reçoit plus de 3 000 patients en une semaine", date="2025-12-04", page="""
timestamp|Jeudi 4 décembre 2025
weather|Dakar 27°C Partiellement nuageux
social|Facebook Twitter YouTube Instagram LinkedIn
menu|Le Matinal
menu|Quotidien national d’information – Depuis 1970
epaper|Édition numérique
search|Rechercher…
menu|Accueil
menu|Actualités
menu|Politique
menu|Économie
menu|Société
menu|Régions
menu|Sports
menu|Culture
menu|International
menu|Contributions
menu|Matinal TV
ticker|À LA UNE  Conseil des ministres : les mesures individuelles  •  Commercialisation de l’arachide : 48 000 tonnes collectées en deux jours  •  CAN 2026 : la liste des Lions attendue lundi
breadcrumb|Accueil » Régions » Kédougou
section-label|RÉGIONS
h1|Kédougou : une caravane médicale gratuite reçoit plus de 3 000 patients en une semaine
byline|Par Cheikh Tidiane NDIAYE
byline|Correspondant à Kédougou
dateline|4 décembre 2025 à 16h20
reading-time|4 minutes de lecture
share|Facebook
share|Twitter
share|WhatsApp
share|Telegram
share|E-mail
p|La caravane médicale organisée par la Direction régionale de la santé, avec l’appui de plusieurs partenaires, a bouclé sa tournée samedi à Saraya, après sept jours de consultations gratuites dans les trois départements de la région.
p|Au total, 3 146 patients ont été reçus, selon le bilan présenté par le médecin-chef de la région. Parmi eux, une majorité de femmes et d’enfants, venus parfois de villages situés à plus de 40 kilomètres des sites de consultation.
credit|Photo : C. T. NDIAYE
caption|File d’attente devant le centre de santé de Salémata, au troisième jour de la caravane.
p|Une vingtaine de médecins spécialistes, venus notamment des hôpitaux de Dakar et de Tambacounda, ont pris part à l’opération. Les spécialités suivantes étaient représentées :
li|ophtalmologie ;
li|gynécologie et santé de la reproduction ;
li|pédiatrie ;
li|chirurgie dentaire ;
li|médecine interne.
h2|Les maladies des yeux en tête
p|Les affections oculaires ont constitué le premier motif de consultation. Près de 180 cas de cataracte ont été dépistés, dont une soixantaine opérés sur place, au bloc de l’hôpital régional.
p|« Beaucoup de patients attendaient depuis des années. Certains ne pouvaient plus travailler dans leurs champs ou sur les sites d’orpaillage », explique l’ophtalmologue qui a dirigé l’équipe chirurgicale.
related|LIRE AUSSI : Tambacounda : le nouvel hôpital régional accueille ses premiers malades
p|Les médicaments ont été remis gratuitement aux patients, grâce à un stock de plus de quatre tonnes acheminé depuis Dakar par la Pharmacie nationale d’approvisionnement.
ad|PUBLICITÉ
h2|Une demande qui dépasse l’offre
p|Le succès de l’opération met en lumière le manque de spécialistes dans la région. Kédougou ne compte qu’un seul gynécologue pour une population estimée à plus de 200 000 habitants, rappelle le médecin-chef, qui plaide pour des mesures incitatives afin d’y attirer les praticiens.
p|Les organisateurs promettent une nouvelle édition en mai, avant l’hivernage, période pendant laquelle de nombreuses pistes deviennent impraticables.
signature|C. T. NDIAYE
tags|Tags :
tags|Kédougou
tags|Santé
tags|Caravane médicale
share|Partager :
share|Cliquez pour partager sur Facebook(ouvre dans une nouvelle fenêtre)
share|Cliquez pour partager sur WhatsApp(ouvre dans une nouvelle fenêtre)
print|Cliquez pour imprimer(ouvre dans une nouvelle fenêtre)
author-link|Cheikh Tidiane NDIAYE
author-link|Voir tous les articles de Cheikh Tidiane NDIAYE
nav|Article précédent
nav|Louga : les éleveurs du Djolof reçoivent 2 000 tonnes d’aliment de bétail
nav|Article suivant
nav|Basket : l’AS Douanes remporte la Coupe du maire de Dakar
related|Articles similaires
related|Sédhiou : une unité de dialyse inaugurée au centre hospitalier régional
related|Matam : 12 000 enfants vaccinés contre la rougeole
related|Saraya : la route vers la frontière malienne bientôt bitumée
comments|3 commentaires
comments|Aliou Diallo
comments|4 décembre 2025 à 18h02
comments|Bravo aux médecins. Il faut faire la même chose à Bakel.
comments|Répondre
comments|Laisser un commentaire
comments|Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *
comments|Commentaire *
comments|Nom *
comments|E-mail *
comments|Enregistrer mon nom et mon e-mail dans ce navigateur pour mon prochain commentaire.
comments|Publier le commentaire
most-read|Les plus lus
most-read|1 CAN 2026 : le sélectionneur convoque trois nouveaux joueurs
most-read|2 Campagne arachidière : les premiers paiements effectués à Nioro
most-read|3 Bac 2026 : le dépôt des dossiers de candidature prolongé
most-read|4 Dakar : la circulation modifiée sur la corniche Ouest ce week-end
ticker|Heures de prière – Dakar
ticker|Fajr 05:48  Dhuhr 13:14  Asr 16:24  Maghrib 18:53  Isha 20:08
obituary|CARNET
obituary|Rappel à Dieu : la famille Diatta de Bignona annonce le décès de M. Pierre Diatta, enseignant à la retraite
obituary|Rappel à Dieu : décès de Mme Ndiaye née Khady Guèye
epaper|Le Matinal du jour en PDF
epaper|Feuilleter l’édition du 4 décembre 2025
newsletter|NEWSLETTER
newsletter|Recevez chaque matin l’essentiel de l’actualité nationale dans votre boîte mail.
newsletter|Votre adresse e-mail
newsletter|Je m’inscris
footer|Le Matinal – Société nationale d’édition et de presse
footer|Route du Front de Terre, Hann – BP 1512 Dakar – Tél. : 33 800 12 12
footer|Qui sommes-nous ?
footer|Mentions légales
footer|Publicité
footer|Abonnements
footer|Contact
copyright|© 2025 Le Matinal. Tous droits réservés. Réalisation : Direction des systèmes d’information.
push|Le Matinal souhaite vous envoyer des notifications pour les dernières actualités.
push|Plus tard
push|Autoriser
"""),
 dict(id="quebec-devoir-style-1", site="quebec-devoir-style", lang="fr", sep="\n\n", title="Déneigement : Montréal promet de dégager les trottoirs plus vite", date="2025-02-20", page="""
skip-link|Passer au contenu principal
skip-link|Passer au pied de page
cookie|Votre vie privée
cookie|L’Éveil et ses partenaires utilisent des témoins (cookies) et des technologies similaires pour mesurer l’audience, personnaliser le contenu et vous proposer de la publicité pertinente. Vous pouvez modifier vos choix en tout temps à partir du lien « Gérer mes témoins » au bas de chaque page.
cookie|Tout accepter
cookie|Tout refuser
cookie|Personnaliser mes choix
menu|Menu
search|Rechercher
menu|L’Éveil
menu|Le quotidien indépendant du Québec
subscribe|S’abonner
account|Se connecter
timestamp|jeudi 20 février 2025
weather|Montréal −14 °C
menu|Actualités
menu|Politique
menu|Société
menu|Économie
menu|Environnement
menu|Culture
menu|Monde
menu|Idées
menu|Opinion
menu|Lire
menu|Plaisirs
menu|Balados
menu|Infolettres
section-label|Société
section-label|Transports urbains
h1|Déneigement : Montréal promet de dégager les trottoirs plus vite
lead|Après une tempête qui a laissé des piétons coincés pendant près d’une semaine, la Ville revoit l’ordre de ses opérations et ajoutera une centaine de chenillettes d’ici l’hiver prochain.
credit|Photo: Olivier Zuida L’Éveil
caption|Sur l’avenue du Mont-Royal, lundi, plusieurs trottoirs étaient encore recouverts d’une épaisse couche de glace, une semaine après la tempête.
byline|Florence Gagnon-Roy
dateline|20 février 2025
section-label|Société
listen|Écouter l’article
listen|Voix générée par intelligence artificielle · 5 min
gift|Offrir cet article
save|Lire plus tard
share|Partager
p|Les trottoirs passeront désormais avant certaines rues locales. C’est le principal changement annoncé jeudi par l’administration montréalaise, qui dressait le bilan de la tempête du 13 février, au cours de laquelle plus de 45 centimètres de neige sont tombés sur la métropole en moins de 36 heures.
p|Pendant plusieurs jours, de nombreux citoyens ont dû marcher dans la rue, faute de trottoirs praticables. Les plaintes au 311 ont presque triplé par rapport à une tempête comparable l’an dernier, a reconnu le responsable du dossier au comité exécutif.
p|« Nous avons entendu les personnes âgées, les parents avec des poussettes, les gens en fauteuil roulant. Un trottoir bloqué, pour eux, c’est une journée enfermés à la maison », a-t-il déclaré en conférence de presse.
ad|Publicité
h2|Plus de machines, moins de sous-traitance
p|La Ville compte acquérir 110 chenillettes supplémentaires, un investissement évalué à 19 millions de dollars. Elle veut aussi réduire sa dépendance envers les entrepreneurs privés, dont plusieurs n’ont pas respecté les délais prévus à leur contrat lors de la dernière tempête.
p|Des pénalités totalisant environ 600 000 $ ont d’ailleurs été imposées à cinq entreprises, selon les données transmises par la Ville.
newsletter|Le Courrier du matin
newsletter|Chaque matin, nos journalistes vous résument l’actualité qui compte au Québec. Inscrivez-vous gratuitement.
newsletter|Adresse courriel
newsletter|Je m’inscris
h2|Des arrondissements sceptiques
p|Certains maires d’arrondissement accueillent l’annonce avec prudence. Dans Rosemont–La Petite-Patrie, on rappelle que le problème tient aussi au manque de cols bleus disponibles la nuit, et pas seulement au nombre de véhicules.
p|L’opposition officielle à l’hôtel de ville estime, elle, que l’administration tarde à agir. « On nous parle de l’hiver prochain. Et d’ici là ? Il reste encore six semaines d’hiver », a lancé son porte-parole en matière de transports.
p|La Ville assure que des équipes supplémentaires seront affectées dès la prochaine chute de neige importante aux abords des écoles, des hôpitaux et des stations de métro.
video|À voir en vidéo
video|La chenillette, reine de l’hiver montréalais
video|3:12
comments|Ce texte a fait l’objet de 27 commentaires
comments|Connectez-vous pour commenter.
comments|Consultez nos règles de modération.
comments|Voir les commentaires
related|Sur le même sujet
related|Le budget du déneigement dépassé pour une troisième année de suite
related|Analyse | Pourquoi les trottoirs passent toujours après les rues
related|Libre opinion | Marcher l’hiver, un droit oublié
most-read|Les plus populaires
most-read|1 La Caisse de dépôt vend sa participation dans un port australien
most-read|2 Le gouvernement Legault renonce à l’abolition des élections scolaires anglophones
most-read|3 Grippe : les urgences de la Montérégie débordent
most-read|4 Critique | Un « Tartuffe » qui grince au TNM
teaser-list|5 Déneigement : Montréal promet de dégager les trottoirs plus vite
subscribe|Soutenez un journalisme indépendant. Abonnez-vous à L’Éveil dès 1 $ par semaine.
subscribe|Je m’abonne
footer|L’Éveil
footer|Nous joindre
footer|Carrières
footer|Code de déontologie
footer|Politique de confidentialité
footer|Conditions d’utilisation
footer|Gérer mes témoins
footer|Accessibilité
footer|Avis de décès
footer|Avis publics
membership|L’Éveil est membre du Conseil de presse du Québec.
funding-note|Nous reconnaissons l’appui financier du gouvernement du Canada.
copyright|© L’Éveil 2025. Tous droits réservés.
"""),
 dict(id="quebec-devoir-style-2", site="quebec-devoir-style", lang="fr", sep="\n\n", title="Au lendemain du 1er juillet, des centaines de ménages toujours sans logement", date="2025-07-02", page="""
skip-link|Passer au contenu principal
skip-link|Passer au pied de page
cookie|Votre vie privée
cookie|L’Éveil et ses partenaires utilisent des témoins (cookies) et des technologies similaires pour mesurer l’audience, personnaliser le contenu et vous proposer de la publicité pertinente. Vous pouvez modifier vos choix en tout temps à partir du lien « Gérer mes témoins » au bas de chaque page.
cookie|Tout accepter
cookie|Tout refuser
cookie|Personnaliser mes choix
menu|Menu
search|Rechercher
menu|L’Éveil
menu|Le quotidien indépendant du Québec
subscribe|S’abonner
account|Se connecter
timestamp|mercredi 2 juillet 2025
weather|Montréal 27 °C
menu|Actualités
menu|Politique
menu|Société
menu|Économie
menu|Environnement
menu|Culture
menu|Monde
menu|Idées
menu|Opinion
menu|Lire
menu|Plaisirs
menu|Balados
menu|Infolettres
section-label|Société
section-label|Crise du logement
h1|Au lendemain du 1er juillet, des centaines de ménages toujours sans logement
lead|Hébergements d’urgence, entreposage des meubles, nuits chez des proches : les comités logement décrivent une journée du déménagement plus difficile encore que l’an dernier, surtout hors de Montréal.
credit|Photo: Marie-France Coallier L’Éveil
caption|Une famille attendait mardi après-midi, rue Ontario, un camion qui n’est jamais venu.
byline|Mathieu Lévesque-Ouellet
byline|à Québec
byline|Camille Thériault
dateline|2 juillet 2025
section-label|Société
listen|Écouter l’article
listen|Voix générée par intelligence artificielle · 4 min
gift|Offrir cet article
save|Lire plus tard
share|Partager
p|Au lendemain de la journée traditionnelle du déménagement, plus de 1 800 ménages étaient toujours sans bail signé au Québec mercredi matin, selon le décompte provisoire du Front d’action populaire en réaménagement urbain, qui rassemble les comités logement de la province.
p|À Montréal, l’Office municipal d’habitation a confirmé avoir pris en charge 412 ménages, dont une centaine de familles avec enfants, hébergés pour la plupart dans des chambres d’hôtel réservées à l’avance. Les services d’entreposage de la Ville, eux, affichaient complet dès la fin de semaine.
p|« Ce qu’on voit cette année, ce sont des gens qui travaillent, qui ont un salaire, mais qui n’arrivent tout simplement plus à trouver quelque chose sous les 1 600 $ par mois », résume une intervenante d’un comité logement du quartier Hochelaga.
ad|Publicité
h2|La pression gagne les régions
p|À Québec, à Sherbrooke et à Gatineau, les organismes font état d’une situation comparable, avec des taux d’inoccupation qui demeurent sous la barre de 1 %. À Rimouski, une vingtaine de ménages ont été relogés temporairement dans une résidence étudiante.
p|Le ministère de l’Habitation rappelle que l’aide d’urgence, qui couvre une partie des frais d’hébergement et d’entreposage, est offerte jusqu’au 15 juillet. Il n’a pas été en mesure de préciser mercredi combien de ménages en avaient fait la demande.
paywall|La suite de cet article est réservée à nos abonnés.
paywall|Vous avez atteint la limite d’articles gratuits ce mois-ci.
paywall|Abonnez-vous pour 1 $ par semaine pendant 12 semaines et profitez d’un accès illimité à tous nos contenus.
paywall|Je m’abonne
paywall|Déjà abonné ? Se connecter
related|Sur le même sujet
related|Les loyers ont bondi de 9 % en un an dans la région de Québec
related|Chronique | Le 1er juillet, notre fête nationale du carton
related|Un bail sur quatre signé avec une clause de reconduction abusive, selon une étude
most-read|Les plus populaires
most-read|1 Feux de forêt : la SOPFEU rappelle 200 pompiers en Abitibi
most-read|2 Canicule : les piscines extérieures ouvertes jusqu’à 21 h
teaser-list|3 Au lendemain du 1er juillet, des centaines de ménages toujours sans logement
most-read|4 Fin de session à Québec : les dossiers restés sur la glace
most-read|5 Festival d’été : le programme complet dévoilé
subscribe|Soutenez un journalisme indépendant. Abonnez-vous à L’Éveil dès 1 $ par semaine.
subscribe|Je m’abonne
footer|L’Éveil
footer|Nous joindre
footer|Carrières
footer|Code de déontologie
footer|Politique de confidentialité
footer|Conditions d’utilisation
footer|Gérer mes témoins
footer|Accessibilité
footer|Avis de décès
footer|Avis publics
membership|L’Éveil est membre du Conseil de presse du Québec.
funding-note|Nous reconnaissons l’appui financier du gouvernement du Canada.
copyright|© L’Éveil 2025. Tous droits réservés.
"""),
 dict(id="australian-abc-style-1", site="australian-abc-style", lang="en", sep="\n\n", title="Outback town's only pharmacy to close, leaving residents with a 400km round trip for medicine", date="2025-03-11", page="""
skip-link|Skip to main content
skip-link|Skip to search
skip-link|Skip to navigation
menu|ANB News
menu|Australian National Broadcasting
search|Search
account|Log in
menu|News home
menu|Just In
menu|Australia
menu|World
menu|Business
menu|Politics
menu|Sport
menu|Science
menu|Health
menu|Arts
menu|Analysis
menu|Fact Check
menu|Other
local-edition|Your local news: Western Plains
local-edition|Change location
h1|Outback town's only pharmacy to close, leaving residents with a 400km round trip for medicine
byline|By Jessica Tran
byline|ANB Western Plains
section-label|Topic:Rural Health
dateline|Posted Tue 11 Mar 2025 at 4:20am
share|Share
caption|Wandarra Pharmacy has served the town for more than 60 years. (ANB Western Plains: Liam Fraser)
section-label|In short:
li|The only pharmacy in Wandarra, in far-west New South Wales, will close at the end of the month after its owner retired and no buyer was found.
li|Residents say they will have to drive 200 kilometres each way to fill prescriptions.
section-label|What's next?
li|The local council is talking to the state government about a visiting pharmacist service.
p|Residents of a small outback town in far-west New South Wales say they fear for the health of older locals after learning their only pharmacy will shut its doors in a fortnight.
p|Wandarra Pharmacy, which has operated on the town's main street since 1961, will close on March 28 after owner Graham Pellow retired and a two-year search for a buyer came up empty.
p|"I've tried everything. I've had it listed with three brokers, I've rung the universities, I've offered to stay on part-time to help someone settle in," Mr Pellow said.
p|"It's not that the business doesn't make money. It's that nobody wants to move out here."
embed-blocked|Loading...
h2|'What do we do?'
p|The nearest pharmacy after the closure will be in Cobar, about 200 kilometres away on a road that is regularly cut by floodwater.
p|Local resident Dot McInnes, 81, takes seven different medications and does not drive.
p|"My daughter lives in Dubbo. I can't ring her every fortnight and ask her to come and get my tablets," she said.
related|Read more about rural health:
related|Bush nurses say they are 'running on empty' as vacancies grow
p|The Pharmacy Guild said about 30 towns across regional Australia had lost their only pharmacy in the past five years, and called for incentives similar to those offered to doctors who move to remote areas.
h2|Council seeks stopgap
p|Wandarra Shire mayor Kevin Doyle said the council had asked NSW Health to consider a weekly visiting pharmacist, with medicines dispensed from the town's multipurpose health service in between.
p|"It won't replace having a chemist in town, but it would be a start," he said.
p|A NSW Health spokesperson said the department was aware of the closure and was "exploring options with the community and local health providers".
app|Get the latest local news straight to your phone with alerts from the ANB NEWS app.
app|Download the app
dateline|Posted Tue 11 Mar 2025 at 4:20am
share|Share
tags|Related topics
tags|Health Policy
tags|Pharmaceuticals
tags|Regional Communities
tags|Rural Health
tags|Wandarra
related|Related stories
related|Bush nurses say they are 'running on empty' as vacancies grow
related|Telehealth promised a lifeline for the bush. Patients say it isn't enough
teaser-list|Top Stories
teaser-list|Reserve Bank holds rates steady as inflation eases
teaser-list|Live: Cyclone tracks closer to Queensland coast as residents told to prepare
teaser-list|'Devastating': Apple growers count cost of hail storm
teaser-list|Matildas name squad for Olympic qualifiers
most-read|Popular now
most-read|1 Man charged after boat crash on Sydney Harbour
most-read|2 Why your power bill could go up again in July
most-read|3 The NRL's new rule explained
teaser-list|4 Outback town's only pharmacy to close, leaving residents with a 400km round trip for medicine
acknowledgement|ANB acknowledges First Nations peoples as the Traditional Custodians of the lands on which we live, work and create, and pays respect to Elders past and present.
footer|ANB News homepage
footer|Contact ANB
footer|Editorial Policies
footer|Corrections
footer|Accessibility
footer|Help
footer|Privacy Policy
footer|Terms of Use
timezone|AEDT = Australian Eastern Daylight Time, which is 11 hours ahead of GMT (Greenwich Mean Time)
disclaimer|This service may include material from Agence France-Presse (AFP), APTN, Reuters, AAP and the BBC World Service, which is copyright and cannot be reproduced.
copyright|© 2025 ANB
"""),
 dict(id="australian-abc-style-2", site="australian-abc-style", lang="en", sep="\n\n", title="Free 'mind check-ups' for farmers expand across the Wimmera after a second dry year", date="2025-03-25", page="""
skip-link|Skip to main content
skip-link|Skip to search
skip-link|Skip to navigation
menu|ANB News
menu|Australian National Broadcasting
search|Search
account|Log in
menu|News home
menu|Just In
menu|Australia
menu|World
menu|Business
menu|Politics
menu|Sport
menu|Science
menu|Health
menu|Arts
menu|Analysis
menu|Fact Check
menu|Other
local-edition|Your local news: Wimmera
local-edition|Change location
h1|Free 'mind check-ups' for farmers expand across the Wimmera after a second dry year
byline|By Tom Kaplan and Priya Menon
byline|ANB Wimmera
section-label|Topic:Mental Health
dateline|Posted Tue 25 Mar 2025 at 6:05pm, updated Tue 25 Mar 2025 at 8:31pm
share|Share
video|Watch
video|Duration: 2 minutes 14 seconds
video|Farmers in the Wimmera say the program helped them talk about the pressures of drought.
section-label|In short:
li|A program that sends trained counsellors to farms and field days will expand to six more Wimmera towns.
li|Organisers say demand has doubled since last spring as a second dry year puts pressure on grain growers.
section-label|What's next?
li|The first sessions in the new towns will start in April.
p|A program offering farmers free mental health "check-ups" at sale yards, field days and their own kitchen tables will expand to six more towns in western Victoria as the region faces a second year of below-average rainfall.
p|The program, run by a regional health service with funding from the state government, sends counsellors who grew up on farms to meet growers where they already are, rather than asking them to book an appointment in town.
p|Program coordinator Sally Birch said the number of people seeking a session had doubled since spring.
p|"A lot of blokes won't walk into a clinic in Horsham with their ute parked out the front where everyone can see it," she said.
p|"But they'll have a cuppa with someone at the footy club who knows what a failed crop looks like."
caption|Grain grower Andrew Lutz says the sessions made it easier to talk about money worries. (ANB Wimmera: Priya Menon)
h2|'You're not the only one'
p|Andrew Lutz, who farms wheat and lentils near Rupanyup, said he was sceptical when a counsellor first visited during a field day last year.
p|"You think you're the only one lying awake at night doing the sums. Then you find out half the district is doing the same thing," he said.
embed-blocked|Loading...
p|The expansion will add regular sessions in Warracknabeal, Minyip, Nhill, Edenhope, Kaniva and Donald, along with a phone line staffed by the same counsellors.
p|Victoria's Agriculture Minister said the state would contribute $1.8 million over two years, as part of a broader package of drought support measures announced last month.
related|Read more:
related|Wimmera grain growers face 'brutal' season as autumn break fails to arrive
p|Ms Birch said the aim was not only to help people in crisis, but to make talking about stress as ordinary as talking about the weather.
p|"If we only turn up when something terrible has happened, we've left it too late," she said.
helpline|Need to talk to someone? Call Lifeline on 13 11 14, the Suicide Call Back Service on 1300 659 467, or Kids Helpline on 1800 55 1800.
app|Get the latest local news straight to your phone with alerts from the ANB NEWS app.
app|Download the app
dateline|Posted Tue 25 Mar 2025 at 6:05pm, updated Tue 25 Mar 2025 at 8:31pm
share|Share
tags|Related topics
tags|Agricultural Crops
tags|Drought
tags|Mental Health
tags|Rural
tags|Horsham
related|Related stories
related|Wimmera grain growers face 'brutal' season as autumn break fails to arrive
related|Drought support package criticised as 'too little, too late' by farm groups
teaser-list|Top Stories
teaser-list|Live: Voters head to the polls in Tasmanian state election
teaser-list|Households to get $150 energy rebate in federal budget
teaser-list|Man found alive after three days lost in Blue Mountains
teaser-list|Socceroos secure World Cup spot with win over Saudi Arabia
most-read|Popular now
most-read|1 Budget 2025: Who wins and who loses
most-read|2 Why the price of eggs is still rising
most-read|3 Victorian beaches closed after shark sighting
most-read|4 The airport security change coming in April
acknowledgement|ANB acknowledges First Nations peoples as the Traditional Custodians of the lands on which we live, work and create, and pays respect to Elders past and present.
footer|ANB News homepage
footer|Contact ANB
footer|Editorial Policies
footer|Corrections
footer|Accessibility
footer|Help
footer|Privacy Policy
footer|Terms of Use
timezone|AEDT = Australian Eastern Daylight Time, which is 11 hours ahead of GMT (Greenwich Mean Time)
disclaimer|This service may include material from Agence France-Presse (AFP), APTN, Reuters, AAP and the BBC World Service, which is copyright and cannot be reproduced.
copyright|© 2025 ANB
"""),
 dict(id="indian-times-style-1", site="indian-times-style", lang="en", sep="\n", title="Bengaluru: BMTC to add 500 electric buses on Outer Ring Road routes by June", date="2025-03-14", page="""
edition|Edition
edition|IN
lang-switch|हिन्दी
lang-switch|ಕನ್ನಡ
lang-switch|मराठी
lang-switch|தமிழ்
epaper|Today's ePaper
subscribe|TIC+ Subscribe
account|Sign In
menu|The Indian Courier
weather|Bengaluru 31°C Haze
menu|News
menu|City
menu|India
menu|World
menu|Business
menu|Tech
menu|Cricket
menu|Sports
menu|Entertainment
menu|Web Series
menu|Life & Style
menu|Education
menu|Astrology
menu|Photos
menu|Videos
menu|Visual Stories
trending|Trending
trending|IPL 2025
trending|Holi 2025
trending|Gold Rate Today
trending|Bengaluru Water Crisis
trending|SSLC Exam Time Table
breadcrumb|News / City News / Bengaluru News / Bengaluru: BMTC to add 500 electric buses on ...
h1|Bengaluru: BMTC to add 500 electric buses on Outer Ring Road routes by June
byline|Ananya Rao
byline|TNN
dateline|Updated: Mar 14, 2025, 23:12 IST
share|Share
font|AA
follow|Follow us
listen|Listen to this article
section-label|Story Highlights
li|BMTC will induct 500 air-conditioned electric buses on Outer Ring Road routes in three phases.
li|New feeder routes will link tech parks to metro stations at Silk Board and KR Puram.
p|BENGALURU: The Bangalore Metropolitan Transport Corporation (BMTC) will add 500 air-conditioned electric buses on routes along the Outer Ring Road (ORR) by the end of June, in a bid to ease the daily crawl on one of the city's most congested stretches.
p|The buses, leased under the gross cost contract model, will be inducted in three phases, with the first batch of 150 expected to hit the roads in the second week of April, senior BMTC officials said on Friday.
ad|Advertisement
p|The ORR, which connects several major tech parks between Hebbal and Silk Board, carries an estimated 9 lakh commuters a day. A large share of them currently depend on private cars and two-wheelers, officials said.
related|Also Read | Bengaluru traffic: New signal timings on Hosur Road from Monday
p|"Our surveys show that many IT employees are willing to shift to public transport if buses are frequent, comfortable and reliable. The new fleet is meant to give them that option," a senior official said.
h2|Feeder routes to metro stations
p|Around 120 of the new buses will run on feeder routes connecting tech parks to metro stations at Silk Board, KR Puram and Hebbal, where the last-mile gap has long been a complaint among daily commuters.
ad|Advertisement
p|The corporation is also setting up two new charging depots, at Bellandur and Hebbal, each capable of charging 100 buses overnight. Work on the Bellandur depot is nearly complete, officials said.
p|Commuter groups welcomed the move but said frequency would be key. "Adding buses is good, but if you have to wait 25 minutes at a stop in the afternoon sun, people will go back to their cars," said a member of a citizens' mobility forum.
p|Officials said the bus priority lane on the ORR, introduced as a pilot in 2020, will be repainted and enforced with cameras before the first batch of buses arrives.
promo|Catch all the latest Bengaluru News and India News here. Stay updated with the latest news on The Indian Courier.
app|Download The Indian Courier News App for the latest city news.
end-marker|End of Article
visual-stories|Visual Stories
visual-stories|10 summer drinks to beat the Bengaluru heat
visual-stories|8 hill stations within 300 km of the city
visual-stories|Most beautiful step-wells of Karnataka
visual-stories|7 foods that help you sleep better
comments|Comments (14)
comments|Sort By:
comments|Newest
comments|Upvoted
comments|Oldest
comments|Discussed
comments|Down Voted
comments|Venkatesh R
comments|Good move but first fix the roads near Marathahalli bridge.
comments|Reply
comments|Read More Comments
comments|Add Comment
teaser-list|Top Trending Videos
teaser-list|Watch: Huge crowd at Lalbagh as Holi celebrations begin
teaser-list|Bengaluru weather update: Mercury touches 35 degrees
teaser-list|Up Next
teaser-list|Bengaluru water crisis: BWSSB to tap 110 more borewells in outer zones
teaser-list|Namma Metro ridership crosses 9 lakh on a single day
teaser-list|Bengaluru civic polls likely after monsoon, says minister
footer|Popular Categories
footer|Headlines
footer|Sports News
footer|Business News
footer|India News
footer|World News
footer|Bollywood News
footer|Health+ Tips
footer|Hot on the Web
footer|Gold rate today
footer|Weather today
footer|Horoscope today
footer|Trending Topics
footer|Bengaluru rains
footer|Karnataka SSLC result
network|Our Network
network|Courier Business
network|Courier Life
network|Kannada Courier
network|Courier Cricket
footer|About us
footer|Create Your Own Ad
footer|Terms of Use and Grievance Redressal Policy
footer|Privacy policy
footer|Advertise with us
footer|RSS
footer|Newsletter
footer|Feedback
footer|ePaper
footer|Sitemap
footer|Archives
copyright|Copyright © 2025 Courier Media & Publications Ltd. All rights reserved. For reprint rights: Courier Syndication Service
cookie|We use cookies and similar technologies to improve your experience, personalise content and ads, and analyse our traffic. By continuing to use our site, you agree to our Privacy Policy and Cookie Policy.
cookie|I Agree
"""),
 dict(id="indian-times-style-2", site="indian-times-style", lang="en", sep="\n", title="Monsoon likely to reach Kerala four days early, says IMD", date="2025-05-16", page="""
edition|Edition
edition|IN
lang-switch|हिन्दी
lang-switch|ಕನ್ನಡ
lang-switch|मराठी
lang-switch|தமிழ்
epaper|Today's ePaper
subscribe|TIC+ Subscribe
account|Sign In
menu|The Indian Courier
weather|New Delhi 39°C Sunny
ticker|SENSEX 82,330.59 ▲ 0.52%
ticker|NIFTY 25,019.80 ▲ 0.49%
menu|News
menu|City
menu|India
menu|World
menu|Business
menu|Tech
menu|Cricket
menu|Sports
menu|Entertainment
menu|Web Series
menu|Life & Style
menu|Education
menu|Astrology
menu|Photos
menu|Videos
menu|Visual Stories
trending|Trending
trending|IPL 2025
trending|CBSE Result 2025
trending|Heatwave Alert
trending|Gold Rate Today
trending|Monsoon 2025
breadcrumb|News / India News / Monsoon likely to reach Kerala four days early, says ...
h1|Monsoon likely to reach Kerala four days early, says IMD
byline|TIC News Desk
dateline|Updated: May 16, 2025, 18:40 IST
share|Share
font|AA
follow|Follow us
listen|Listen to this article
section-label|Key Highlights
li|The southwest monsoon is expected to set in over Kerala around May 28, against the normal date of June 1.
li|The IMD has forecast above-normal rainfall for the country as a whole during the season.
p|NEW DELHI: The southwest monsoon is likely to reach Kerala around May 28, four days ahead of its normal onset date of June 1, the India Meteorological Department (IMD) said on Friday.
p|The forecast comes with a model error of plus or minus four days, the weather office said in its statement, adding that conditions over the Bay of Bengal and the Arabian Sea were becoming favourable for the advance of the monsoon.
ad|Advertisement
p|An early onset over Kerala does not necessarily mean the rains will reach other parts of the country early, IMD officials cautioned, since the progress of the monsoon depends on a number of factors after it arrives over the mainland.
related|Also Read | Heatwave: Delhi records hottest May day in three years
h2|Relief for farmers, heat-hit states
p|The forecast comes as large parts of north and central India reel under a prolonged spell of heat, with maximum temperatures crossing 45 degrees Celsius in parts of Rajasthan, Uttar Pradesh and Vidarbha this week.
p|The monsoon, which delivers about 70% of India's annual rainfall, is crucial for the kharif crop. Sowing of rice, pulses, cotton and soybean depends heavily on its timely arrival and even distribution.
ad|Advertisement
p|In April, the IMD had forecast above-normal rainfall of 105% of the long period average for the June-September season. An updated forecast, including region-wise figures, is expected in the last week of May.
p|The weather office also said that heatwave conditions were likely to continue over northwest India for the next three to four days, before a western disturbance brings some relief.
signature|(With inputs from PTI)
promo|Catch all the latest India News here. Stay updated with the latest news on The Indian Courier.
app|Download The Indian Courier News App for the latest India news.
end-marker|End of Article
visual-stories|Visual Stories
visual-stories|9 ways to keep your home cool without AC
visual-stories|Mango varieties of India and where they grow
visual-stories|6 monsoon getaways to book now
horoscope|Horoscope Today, May 16, 2025: Read your daily astrological predictions
horoscope|Aries
horoscope|Taurus
horoscope|Gemini
horoscope|Cancer
horoscope|Leo
horoscope|Virgo
comments|Comments (3)
comments|Sort By:
comments|Newest
comments|Upvoted
comments|Oldest
comments|Discussed
comments|Down Voted
comments|Suresh Nair
comments|Waiting for the rains in Kochi. Very humid already.
comments|Reply
comments|Read More Comments
comments|Add Comment
teaser-list|Top Trending Videos
teaser-list|Watch: Dust storm sweeps across Rajasthan towns
teaser-list|Delhi heatwave: How people are coping with 45 degrees
teaser-list|Up Next
teaser-list|CBSE Class 12 results out: Girls outshine boys again
teaser-list|Power demand hits all-time high as mercury soars
teaser-list|Pre-monsoon showers likely in Karnataka, Tamil Nadu this weekend
footer|Popular Categories
footer|Headlines
footer|Sports News
footer|Business News
footer|India News
footer|World News
footer|Bollywood News
footer|Health+ Tips
footer|Hot on the Web
footer|Gold rate today
footer|Weather today
footer|Horoscope today
footer|Trending Topics
footer|Monsoon update
footer|CBSE result
network|Our Network
network|Courier Business
network|Courier Life
network|Kannada Courier
network|Courier Cricket
footer|About us
footer|Create Your Own Ad
footer|Terms of Use and Grievance Redressal Policy
footer|Privacy policy
footer|Advertise with us
footer|RSS
footer|Newsletter
footer|Feedback
footer|ePaper
footer|Sitemap
footer|Archives
copyright|Copyright © 2025 Courier Media & Publications Ltd. All rights reserved. For reprint rights: Courier Syndication Service
cookie|We use cookies and similar technologies to improve your experience, personalise content and ads, and analyse our traffic. By continuing to use our site, you agree to our Privacy Policy and Cookie Policy.
cookie|I Agree
"""),
]
