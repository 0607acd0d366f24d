# Round 131: eight pages on four more layouts (a Belgian regional tabloid's news site, a Savoy regional weekly's site,
# a Bhutanese national paper's site, a Nepali English-language daily's site), written blind: without looking at the
# classifier, its rules or the benchmark, measured once. Each line: "label|text". Invented text; no real article is
# copied.
ROUND131 = [
 dict(id="sudinfo-be-style-1", site="sudinfo-be-style", lang="fr", sep="\n", title="Marcinelle : un incendie ravage un immeuble à appartements, douze personnes relogées en urgence", date="2026-01-22", page="""
cookie|Nous et nos partenaires utilisons des cookies pour vous offrir la meilleure expérience sur notre site, mesurer l'audience et vous proposer des publicités personnalisées.
cookie|Accepter et fermer
cookie|Continuer sans accepter
cookie|Personnaliser mes choix
skip-link|Aller au contenu
clock|Jeudi 22 janvier 2026
weather|Charleroi 3°C ☁
menu|SUD RÉGIONS
account|Se connecter
subscribe|S'abonner 1€ le 1er mois
region|Ma région : Charleroi ▾
menu|Accueil
menu|Régions
menu|Faits divers
menu|Sports
menu|Foot
menu|People
menu|Société
menu|Belgique
menu|Monde
menu|Vidéos
menu|Abonnés
menu|Jeux
menu|Résultats Lotto
search|🔍
breaking|EN CE MOMENT ▸ Grève à la TEC : le trafic fortement perturbé ce jeudi dans le Hainaut
breadcrumb|Accueil › Régions › Charleroi
section-label|FAITS DIVERS
section-label|CHARLEROI
h1|Marcinelle : un incendie ravage un immeuble à appartements, douze personnes relogées en urgence
lead|Le feu s'est déclaré peu avant 3 heures du matin dans un immeuble de quatre étages de la rue de la Villette. Deux occupants ont été hospitalisés, intoxiqués par les fumées. Le parquet a désigné un expert.
byline|Par Julien Demarteau
dateline|Publié le 22/01/2026 à 11:42
dateline|Mis à jour le 22/01/2026 à 15:08
reading-time|🕑 Lecture : 3 min
comments|💬 14
share|f
share|𝕏
share|✉
share|🔗 Copier le lien
caption|Une vingtaine de pompiers ont été mobilisés pendant plus de quatre heures.
credit|© J.D.
p|La nuit a été courte pour les habitants de la rue de la Villette, à Marcinelle. Peu avant 3 heures, ce jeudi, plusieurs riverains ont été réveillés par des cris et une forte odeur de fumée. Le feu venait de prendre au rez-de-chaussée d'un immeuble de quatre étages, à hauteur d'un local de rangement où étaient entreposés des vélos et des poubelles.
p|Les flammes se sont rapidement propagées à la cage d'escalier, privant les occupants des étages supérieurs de leur seule issue. Arrivés sur place en quelques minutes, les pompiers de la zone de secours Hainaut-Est ont dû utiliser l'autoéchelle pour évacuer plusieurs personnes par les fenêtres, dont une maman et ses deux enfants en bas âge.
read-also|Lire aussi : Jumet : une maison inoccupée détruite par les flammes, la piste criminelle privilégiée
ad|PUBLICITÉ
h2|« On a entendu taper aux portes »
p|« C'est le voisin du premier qui a donné l'alerte. Il a tapé à toutes les portes en criant de sortir. Sans lui, je ne sais pas ce qui se serait passé », témoigne Nadia, 41 ans, qui occupait un appartement au troisième étage avec son compagnon. Le couple a pu quitter les lieux en pyjama, par l'échelle des pompiers.
p|Au total, une vingtaine d'hommes et six véhicules ont été mobilisés. L'incendie a été maîtrisé vers 5 h 30, mais les opérations de déblai se sont poursuivies jusqu'en fin de matinée. Deux occupants, un homme d'une soixantaine d'années et une jeune femme, ont été transportés au Grand Hôpital de Charleroi, légèrement intoxiqués par les fumées. Leurs jours ne sont pas en danger.
p|L'immeuble, qui compte huit logements, a été déclaré inhabitable par le bourgmestre. Douze personnes ont été prises en charge par le CPAS et relogées provisoirement dans un hôtel de la Ville-Basse et chez des proches.
tip|📲 ALERTEZ-NOUS ! Vous êtes témoin d'un événement dans votre région ? Envoyez-nous vos photos et vidéos via WhatsApp au 0470 00 00 00.
h2|Un expert désigné
p|Quant à l'origine du sinistre, elle reste à déterminer. « Aucune piste n'est privilégiée à ce stade. Le local où le feu a pris n'était pas fermé à clé et les premières constatations n'ont pas permis d'exclure un acte volontaire », indique le parquet de Charleroi, qui a désigné un expert incendie. Ses conclusions sont attendues dans les prochaines semaines.
p|Selon plusieurs habitants, des personnes extérieures à l'immeuble s'introduisaient régulièrement dans ce local ces derniers mois. « On l'avait signalé au propriétaire, la porte ne fermait plus depuis l'été », assure un locataire.
video|▶ VIDÉO
video|Les images de l'intervention des pompiers à Marcinelle
video|00:58
p|Une collecte a été lancée dans le quartier pour venir en aide aux sinistrés, qui ont pour la plupart tout perdu. Le CPAS indique de son côté que les dons de vêtements et de produits de première nécessité peuvent être déposés à son antenne de Marcinelle.
tags|Charleroi
tags|Marcinelle
tags|Incendie
tags|Pompiers
comments|Commentaires (14)
comments|Vous devez être abonné pour réagir. Déjà abonné ? Connectez-vous
related|SUR LE MÊME SUJET
related|Couillet : un trentenaire interpellé après une série de vols dans des caves
related|il y a 2 h
related|Charleroi : la zone de secours lance une campagne pour les détecteurs de fumée
related|il y a 3 jours
live-feed|LE FIL INFO
live-feed|15:52
live-feed|Mons : le carnaval de la Ducasse présentera un nouveau parcours
live-feed|15:31
live-feed|Anderlecht - Standard : la vente des tickets suspendue
live-feed|15:04
live-feed|Liège : un chauffard flashé à 142 km/h sur la E25 en pleine journée
live-feed|Voir tout le fil ›
most-read|LES PLUS LUS
most-read|1
most-read|Une octogénaire de Fleurus remporte 2,3 millions à l'EuroMillions : « Je ne vais rien changer »
most-read|2
most-read|Voici les communes où l'on paie le plus de précompte immobilier en Wallonie
most-read|3
most-read|La Louvière : la friterie la plus célèbre de la région ferme ses portes après 48 ans
obituary|AVIS DE DÉCÈS
obituary|Consultez les avis de décès de votre région sur notre partenaire InMemoriam
obituary|Voir tous les avis
newsletter|Recevez chaque matin l'actu de votre région
newsletter|Je m'inscris
app|Téléchargez l'app Sud Régions : toute l'actu de votre région en temps réel
app|App Store
app|Google Play
footer|Sud Régions
footer|Qui sommes-nous ?
footer|Nous contacter
footer|Annoncer dans nos titres
footer|Conditions générales
footer|Vie privée
footer|Gérer mes cookies
footer|Aide / FAQ abonnés
copyright|© Sud Régions 2026 - Éditions de l'Entre-Sambre SA - Tous droits réservés
"""),
 dict(id="sudinfo-be-style-2", site="sudinfo-be-style", lang="fr", sep="\n", title="Liège : les riverains de la place Saint-Lambert excédés par les nuisances nocturnes, la Ville promet des caméras", date="2026-03-04", page="""
cookie|Nous et nos partenaires utilisons des cookies pour vous offrir la meilleure expérience sur notre site, mesurer l'audience et vous proposer des publicités personnalisées.
cookie|Accepter et fermer
cookie|Continuer sans accepter
cookie|Personnaliser mes choix
skip-link|Aller au contenu
clock|Mercredi 4 mars 2026
weather|Liège 9°C ☀
menu|SUD RÉGIONS
account|Se connecter
subscribe|S'abonner 1€ le 1er mois
region|Ma région : Liège ▾
menu|Accueil
menu|Régions
menu|Faits divers
menu|Sports
menu|Foot
menu|People
menu|Société
menu|Belgique
menu|Monde
menu|Vidéos
menu|Abonnés
menu|Jeux
menu|Résultats Lotto
search|🔍
breadcrumb|Accueil › Régions › Liège
section-label|SOCIÉTÉ
paywall|🔒 ABONNÉS
h1|Liège : les riverains de la place Saint-Lambert excédés par les nuisances nocturnes, la Ville promet des caméras
lead|Cris, bagarres, déchets… Une cinquantaine d'habitants du centre-ville ont interpellé le collège communal lundi soir. Le bourgmestre annonce l'installation de six nouvelles caméras et des patrouilles renforcées le week-end.
byline|Par Sophie Lejeune
dateline|Publié le 04/03/2026 à 06:00
reading-time|🕑 Lecture : 4 min
comments|💬 31
share|f
share|𝕏
share|✉
share|🔗 Copier le lien
caption|Certains riverains disent ne plus dormir la fenêtre ouverte depuis des mois.
credit|© S.L.
listen|🎧 Écouter l'article
listen|Voix générée par intelligence artificielle
p|Ils étaient une cinquantaine, lundi soir, à avoir fait le déplacement jusqu'à l'hôtel de ville. Certains avaient préparé des pancartes, d'autres des classeurs remplis de photos et de dépôts de plainte. Tous habitent le centre de Liège, entre la place Saint-Lambert, la rue Léopold et le quartier du Carré, et tous disent la même chose : ils n'en peuvent plus.
p|« Le jeudi, le vendredi et le samedi, c'est jusqu'à 5 heures du matin. Des cris, de la musique dans les voitures, des bouteilles cassées. Et le dimanche matin, on enjambe les vomissures pour aller chercher le pain », résume Marc, 58 ans, propriétaire d'un appartement rue de la Régence depuis plus de vingt ans.
read-also|Lire aussi : Carré : les exploitants de bars réclament un assouplissement des horaires de fermeture
ad|PUBLICITÉ
p|Les riverains ont remis au collège une pétition signée par plus de 600 personnes. Ils y réclament notamment des contrôles plus fréquents, une meilleure coordination entre la police locale et les gardiens de la paix, et un nettoyage de la voirie dès 6 heures le week-end.
h2|Six caméras supplémentaires
p|Le bourgmestre a reconnu « une situation qui s'est dégradée depuis l'automne ». Il a annoncé plusieurs mesures, dont certaines entreront en vigueur dès ce mois de mars :
li|l'installation de six caméras de surveillance supplémentaires autour de la place Saint-Lambert et dans la rue Léopold ;
li|des patrouilles de police renforcées les nuits du vendredi et du samedi, de 22 heures à 6 heures ;
li|un passage des équipes de propreté publique avancé à 6 h 30 le samedi et le dimanche ;
li|une réunion de suivi avec les riverains avant l'été.
p|« Le centre-ville doit rester vivant, c'est ce qui fait l'âme de Liège. Mais vivant ne veut pas dire invivable », a déclaré le bourgmestre sous les applaudissements d'une partie de la salle.
ad|PUBLICITÉ
ad|Ces chaussures orthopédiques font un carton chez les plus de 60 ans
ad|Sponsorisé par Marque partenaire
h2|Les commerçants partagés
p|Du côté des exploitants de bars et de snacks, on craint d'être désignés comme seuls responsables. « Les nuisances, ce sont souvent des jeunes qui ne rentrent même pas chez nous. Ils achètent de l'alcool dans les night-shops et restent dehors », estime le gérant d'un établissement du Carré, qui plaide pour une limitation des horaires des magasins de nuit.
p|Cette piste n'est pas exclue par la majorité communale, qui étudie un règlement imposant la fermeture des night-shops à 1 heure dans certaines rues du centre. Une décision pourrait intervenir au conseil communal d'avril.
p|Les riverains, eux, restent prudents. « On nous a déjà promis des choses en 2023. On jugera sur pièces », prévient une habitante de la rue Saint-Gilles, qui dit avoir déposé onze plaintes en un an.
tags|Liège
tags|Sécurité
tags|Nuisances
tags|Centre-ville
comments|Commentaires (31)
comments|Vous devez être abonné pour réagir. Déjà abonné ? Connectez-vous
related|SUR LE MÊME SUJET
related|Liège : le tram a transporté plus de 40.000 voyageurs par jour en février
related|il y a 5 h
related|Outremeuse : un homme blessé au couteau lors d'une rixe, deux interpellations
related|hier
live-feed|LE FIL INFO
live-feed|10:14
live-feed|Standard : le club confirme l'arrivée d'un nouveau directeur sportif
live-feed|09:47
live-feed|Seraing : la piscine communale fermée une semaine pour une panne de chauffage
live-feed|09:20
live-feed|Météo : jusqu'à 17 degrés ce week-end, le printemps s'installe
live-feed|Voir tout le fil ›
most-read|LES PLUS LUS
most-read|1
most-read|Une octogénaire de Fleurus remporte 2,3 millions à l'EuroMillions : « Je ne vais rien changer »
most-read|2
most-read|Herstal : le conducteur qui a percuté une façade était sous l'influence de stupéfiants
most-read|3
most-read|Voici les 10 meilleures friteries de la province de Liège selon nos lecteurs
obituary|AVIS DE DÉCÈS
obituary|Consultez les avis de décès de votre région sur notre partenaire InMemoriam
obituary|Voir tous les avis
newsletter|Recevez chaque matin l'actu de votre région
newsletter|Je m'inscris
app|Téléchargez l'app Sud Régions : toute l'actu de votre région en temps réel
app|App Store
app|Google Play
footer|Sud Régions
footer|Qui sommes-nous ?
footer|Nous contacter
footer|Annoncer dans nos titres
footer|Conditions générales
footer|Vie privée
footer|Gérer mes cookies
footer|Aide / FAQ abonnés
copyright|© Sud Régions 2026 - Éditions de l'Entre-Sambre SA - Tous droits réservés
"""),
 dict(id="essor-savoyard-style-1", site="essor-savoyard-style", lang="fr", sep="\n", title="Chablais : quatrième attaque du loup en un mois sur l'alpage de Bise, les éleveurs à bout", date="2025-08-14", page="""
skip-link|Aller au contenu
topbar|L'hebdomadaire des Pays de Savoie depuis 1920
epaper|📰 Le journal de la semaine
epaper|Lire l'édition du 14 août 2025
account|Mon compte
subscribe|Je m'abonne
menu|L'ÉCHO SAVOYARD
edition|Votre édition : Chablais ▾
edition|Annecy · Genevois · Chablais · Faucigny · Mont-Blanc · Savoie
menu|Actualité
menu|Agriculture
menu|Économie
menu|Sports
menu|Loisirs
menu|Vidéos
menu|Annonces légales
menu|Avis de décès
menu|Petites annonces
search|Rechercher
breadcrumb|Accueil / Agriculture / Élevage
section-label|AGRICULTURE
paywall|Réservé aux abonnés
h1|Chablais : quatrième attaque du loup en un mois sur l'alpage de Bise, les éleveurs à bout
lead|Huit brebis ont été tuées dans la nuit de samedi à dimanche au-dessus d'Abondance. Malgré les chiens de protection et les tirs d'effarouchement, la prédation ne faiblit pas sur les alpages du haut Chablais.
byline|Par Claire Mugnier
dateline|Publié le 14 août 2025 à 08h00
dateline|Mis à jour le 14 août 2025 à 10h12
share|Partager :
share|Facebook
share|X
share|LinkedIn
share|E-mail
print|Imprimer
caption|Sur l'alpage, les brebis sont regroupées chaque soir dans un parc électrifié. Cela n'a pas suffi.
credit|Photo C.M.
p|Il est 6 heures, dimanche, quand Jean-Baptiste Favre monte vérifier son troupeau. Ce qu'il découvre, il ne le connaît que trop bien désormais : huit brebis égorgées, une dizaine d'autres blessées, et le reste du troupeau dispersé dans la pente. « C'est la quatrième fois depuis la mi-juillet. On a l'impression de travailler pour rien », souffle l'éleveur, installé à Vacheresse avec son frère.
p|Les deux hommes font estiver chaque été près de 700 brebis sur l'alpage de Bise, à plus de 1 500 mètres d'altitude. Ils ont fait tout ce qu'on leur demandait : un berger salarié présent jour et nuit, quatre patous, des parcs de regroupement électrifiés pour la nuit. « On a suivi le protocole à la lettre. Le loup s'adapte plus vite que nous. »
read-also|À lire aussi : Loup : le préfet autorise un tir de défense renforcée dans le Val d'Abondance
ad|Publicité
h2|Des constats qui se multiplient
p|Selon les chiffres communiqués par la direction départementale des territoires, une soixantaine d'attaques ont été constatées en Haute-Savoie depuis le début de la saison d'estive, dont près de la moitié dans le Chablais. Plus de 250 animaux ont été tués ou ont dû être euthanasiés.
p|Après chaque attaque, un agent de l'Office français de la biodiversité vient réaliser un constat, préalable à l'indemnisation. « L'indemnisation, ça ne remplace pas une bête qu'on a sélectionnée pendant des années. Et ça ne paie pas les nuits blanches », rappelle Jean-Baptiste Favre.
p|Son frère, Olivier, s'inquiète surtout pour le berger. « Il fait des rondes toute la nuit, il dort trois heures. Il nous a dit qu'il ne savait pas s'il reviendrait l'an prochain. Si on perd le berger, on perd l'alpage. »
section-label|EN CHIFFRES
li|60 attaques constatées en Haute-Savoie depuis juin
li|250 animaux tués ou euthanasiés
li|27 communes concernées, dont 14 dans le Chablais
h2|La profession hausse le ton
p|Réunis mardi soir à Abondance, une quarantaine d'éleveurs ont demandé à l'État des autorisations de tir plus rapides et une présence accrue de la brigade loup sur les alpages les plus touchés. La chambre d'agriculture Savoie Mont-Blanc soutient leur démarche et réclame « une révision du plan loup adaptée à la réalité des montagnes ».
p|La préfecture indique de son côté qu'un arrêté de tir de défense renforcée a été signé pour le secteur et que des lieutenants de louveterie ont été mobilisés. Les associations de protection de la nature rappellent, elles, que le loup reste une espèce protégée et plaident pour un renforcement des moyens de protection des troupeaux.
p|Pour les frères Favre, la fin de la saison ne pourra pas arriver assez vite. La désalpe est prévue fin septembre. « D'ici là, on tient. Après, il faudra réfléchir à la suite. »
signature|C.M.
tags|Loup
tags|Élevage
tags|Alpages
tags|Abondance
tags|Chablais
newsletter|Ne manquez rien de l'actualité de votre territoire
newsletter|Inscrivez-vous à notre newsletter gratuite, chaque jeudi
newsletter|Votre e-mail
newsletter|Valider
related|Ces articles peuvent vous intéresser
related|Foire de la Saint-Laurent : record d'affluence à Bonne
related|Fromages : le prix du lait à reblochon en légère hausse au deuxième trimestre
related|Fête des alpages à Bellevaux : le programme complet
classifieds|PETITES ANNONCES AGRICOLES
classifieds|Vends génisses race Abondance, pleines, prêtes à vêler, secteur Thonon. Tél. 06 00 00 00 00
classifieds|Recherche berger pour fin de saison, alpage ovin Haut-Chablais, logement fourni
classifieds|Voir toutes les annonces
notices|ANNONCES LÉGALES
notices|Publiez votre annonce légale en ligne, habilité pour la Haute-Savoie et la Savoie
notices|Consulter les annonces légales
obituary|AVIS DE DÉCÈS
obituary|Consulter les avis de décès de la semaine
event|AGENDA DU WEEK-END
event|Sam. 16 août · Fête du reblochon · La Clusaz
event|Dim. 17 août · Concours de chiens de troupeau · Les Gets
footer|L'Écho savoyard
footer|Qui sommes-nous
footer|Nos éditions
footer|Abonnement
footer|Publicité
footer|Contact
footer|Mentions légales
footer|Politique de confidentialité
footer|Gestion des cookies
copyright|© 2025 L'Écho savoyard - Reproduction interdite
"""),
 dict(id="essor-savoyard-style-2", site="essor-savoyard-style", lang="fr", sep="\n", title="Saint-Julien-en-Genevois : le futur collège de Chabloux ouvrira à la rentrée 2027", date="2026-02-05", page="""
skip-link|Aller au contenu
topbar|L'hebdomadaire des Pays de Savoie depuis 1920
epaper|📰 Le journal de la semaine
epaper|Lire l'édition du 5 février 2026
account|Mon compte
subscribe|Je m'abonne
menu|L'ÉCHO SAVOYARD
edition|Votre édition : Genevois ▾
edition|Annecy · Genevois · Chablais · Faucigny · Mont-Blanc · Savoie
menu|Actualité
menu|Agriculture
menu|Économie
menu|Sports
menu|Loisirs
menu|Vidéos
menu|Annonces légales
menu|Avis de décès
menu|Petites annonces
search|Rechercher
snow-report|Bulletin neige : Les Gets 145 cm · La Clusaz 120 cm · Le Grand-Bornand 110 cm · Avoriaz 190 cm
breadcrumb|Accueil / Actualité / Genevois
section-label|GENEVOIS
section-label|ÉDUCATION
h1|Saint-Julien-en-Genevois : le futur collège de Chabloux ouvrira à la rentrée 2027
lead|Le Département a présenté mardi le projet du nouvel établissement, qui accueillira 750 élèves. Il doit soulager les collèges du secteur, saturés par la croissance démographique du Genevois.
byline|Par Thomas Berthollet
dateline|Publié le 5 février 2026 à 17h30
share|Partager :
share|Facebook
share|X
share|LinkedIn
share|E-mail
print|Imprimer
caption|Le futur collège, vu depuis la route de Thairy. Le bâtiment sera construit en bois et en béton bas carbone.
credit|Image Département de la Haute-Savoie / Atelier d'architecture
p|Les premières pelleteuses sont attendues au printemps. Mardi soir, à la salle des fêtes de Saint-Julien-en-Genevois, les élus du Département ont présenté aux habitants le projet du futur collège de Chabloux, dont l'ouverture est programmée pour la rentrée de septembre 2027.
p|Prévu pour accueillir 750 élèves, l'établissement doit répondre à une situation devenue intenable. Les collèges de Saint-Julien, de Viry et de Collonges-sous-Salève accueillent tous aujourd'hui davantage d'élèves que leur capacité théorique, et plusieurs fonctionnent avec des salles modulaires installées dans la cour.
p|« Le Genevois gagne chaque année plusieurs centaines d'habitants, et ce sont souvent de jeunes familles qui travaillent à Genève. Nous devons suivre », a résumé la vice-présidente du Département chargée de l'éducation.
ad|Publicité
h2|Un bâtiment en bois, 38 millions d'euros
p|Le projet, estimé à 38 millions d'euros, est entièrement financé par le Département. Le bâtiment de trois niveaux sera construit en ossature bois et en béton bas carbone, avec une toiture couverte de panneaux photovoltaïques. Il comprendra un gymnase, une salle polyvalente ouverte aux associations en dehors des heures de cours et un restaurant scolaire d'une capacité de 500 couverts.
p|La question des transports a occupé une bonne partie des échanges. Plusieurs parents ont demandé comment les élèves rejoindraient le site, situé en bordure de la zone d'activités. Le Département assure qu'une nouvelle ligne de car scolaire sera créée et qu'une piste cyclable sécurisée reliera le collège au centre-ville.
read-also|À lire aussi : Transports : le tram Genève - Saint-Julien transporte déjà 9 000 voyageurs par jour
h2|Une nouvelle carte scolaire
p|L'ouverture de Chabloux s'accompagnera d'une redéfinition de la carte scolaire. Les élèves de plusieurs communes aujourd'hui rattachées au collège de Viry pourraient être affectés au nouvel établissement. Une concertation avec les communes et les représentants de parents d'élèves doit être lancée d'ici l'été.
p|Chez les parents, l'annonce a été accueillie avec soulagement, mais aussi un brin de méfiance. « On nous annonce ce collège depuis 2019. Cette fois, on veut voir les travaux démarrer », glisse une mère de trois enfants, membre d'une association de parents d'élèves.
p|Le maire de Saint-Julien, lui, a salué « un équipement structurant pour toute l'agglomération » et rappelé que la commune avait cédé le terrain à l'euro symbolique.
p|Une seconde réunion d'information est prévue le jeudi 12 mars à 19 heures à Viry, salle Pierre-Duc.
tags|Collège
tags|Éducation
tags|Saint-Julien-en-Genevois
tags|Département
newsletter|Ne manquez rien de l'actualité de votre territoire
newsletter|Inscrivez-vous à notre newsletter gratuite, chaque jeudi
newsletter|Votre e-mail
newsletter|Valider
related|Ces articles peuvent vous intéresser
related|Archamps : le technopole accueille une nouvelle entreprise de biotechnologies
related|Municipales 2026 : à Saint-Julien, trois listes déjà déclarées
related|Frontaliers : la hausse du franc profite aux salaires, pas aux commerces
most-read|Les plus lus cette semaine
most-read|Annecy : le projet de téléphérique du Semnoz relancé
most-read|Thonon : une boulangerie du centre-ville élue meilleure galette de Haute-Savoie
most-read|Ski : la station de Sommand rouvre trois pistes après les chutes de neige
notices|ANNONCES LÉGALES
notices|Publiez votre annonce légale en ligne, habilité pour la Haute-Savoie et la Savoie
notices|Consulter les annonces légales
obituary|AVIS DE DÉCÈS
obituary|Consulter les avis de décès de la semaine
footer|L'Écho savoyard
footer|Qui sommes-nous
footer|Nos éditions
footer|Abonnement
footer|Publicité
footer|Contact
footer|Mentions légales
footer|Politique de confidentialité
footer|Gestion des cookies
copyright|© 2026 L'Écho savoyard - Reproduction interdite
"""),
 dict(id="kuensel-bhutan-style-1", site="kuensel-bhutan-style", lang="en", sep="\n", title="Toebesa farmers bring fallow paddy land back under cultivation", date="2025-11-20", page="""
skip-link|Skip to content
clock|Thursday, November 20, 2025
topbar|E-Paper
topbar|Advertise
topbar|Subscribe
lang-switch|རྫོང་ཁ
social|Facebook
social|X
social|YouTube
menu|THE DRUK CHRONICLE
menu|Bhutan's National Newspaper
menu|Home
menu|News
menu|Business
menu|Editorial
menu|Opinion
menu|Features
menu|Sports
menu|Letters
menu|Dzongkha
search|Search for:
ticker|Trending Now:
ticker|Gelephu airport design finalised · Druk Air adds Bangkok flights · Paro festival dates announced
section-label|News
h1|Toebesa farmers bring fallow paddy land back under cultivation
dateline|November 20, 2025
meta|0 Comments
meta|👁 1,284
reading-time|3 min read
byline|Chencho Dema, Punakha
caption|Farmers in Toebesa transplanting paddy on land that lay fallow for almost a decade
p|More than 60 acres of paddy land that had been left fallow for years in Toebesa gewog, Punakha, were cultivated again this season after farmers pooled their labour and hired power tillers through a gewog-level cooperative.
p|Most of the land had been abandoned as young people left the villages for Thimphu, Gelephu and abroad, leaving elderly parents unable to plough the terraces. Wild boar and irrigation channels damaged by floods made the problem worse.
p|A farmer from Samdingkha, Sangay Wangmo, 58, said her family had not grown rice on their two acres since 2016. "My children are in Perth and Thimphu. My husband and I could not work the field alone," she said. "This year we got our own rice again. It tastes different from the rice we buy."
p|The cooperative, formed in March by 34 households, hired machinery from the Farm Machinery Corporation and shared the cost of labour during transplantation and harvest. Members paid Nu 1,500 a langdo for ploughing, about half of what individual farmers paid last year.
ad|Advertisement
h2|Electric fencing and repaired channels
p|The gewog administration repaired about four kilometres of irrigation channel before the season with funds from the annual grant and installed solar electric fencing around the main cluster of fields.
p|Toebesa Gup Kinley Tshering said the gewog had identified about 180 acres of fallow wetland. "If the cooperative works, we will extend it to other chiwogs next year. Farmers are ready, but they need support with machines and fencing," he said.
p|According to the dzongkhag agriculture sector, the cooperative harvested about 95 metric tonnes of paddy this season. The farmers kept most of it for household consumption and sold the surplus to the Food Corporation of Bhutan.
p|Farmers said the main challenges remain the shortage of labour at harvest time and the high cost of hiring machines during the peak season, when power tillers are in demand across the valley.
p|Another farmer, Dorji Gyeltshen, said he hoped the government would consider a subsidy on machinery hire for fallow land brought back under cultivation. "We are old. Without machines, this land will go back to bushes," he said.
p|The agriculture ministry's data show that about 13 percent of the country's arable land remains fallow. The ministry has identified bringing fallow land back under cultivation as a priority to reduce rice imports, which crossed 80,000 metric tonnes last year.
signature|Edited by Tshering Palden
tags|Tags:
tags|Agriculture
tags|Fallow land
tags|Punakha
share|Share this:
share|Facebook
share|X
share|WhatsApp
share|Email
nav|Previous article
nav|Dagana records highest cardamom yield in five years
nav|Next article
nav|Thimphu Thromde to introduce paid parking on Norzin Lam
related|Related Posts
related|Farmers in Zhemgang take up winter chilli cultivation
related|November 18, 2025
related|Power tiller hiring service extended to 12 dzongkhags
related|November 12, 2025
related|Rice imports rise despite self-sufficiency push
related|November 5, 2025
comments|Leave a Reply Cancel reply
comments|Your email address will not be published. Required fields are marked *
comments|Comment *
comments|Name *
comments|Email *
comments|Save my name, email, and website in this browser for the next time I comment.
comments|Post Comment
most-read|Most Popular
most-read|Bhutanese in Australia send home Nu 8.9B in remittances
most-read|👁 5,902
most-read|Civil service exams to move online from next year
most-read|👁 4,377
most-read|Wangdue bridge closed for repairs until January
most-read|👁 3,118
jobs|Vacancy Announcement
jobs|Tender Notice
epaper|Today's E-Paper
epaper|Read the print edition online
footer|The Druk Chronicle Corporation Ltd.
footer|Post Box No. 000, Chhophel Lam, Thimphu, Bhutan
footer|Tel: +975 2 000 000
footer|About Us
footer|Advertise with us
footer|Contact
footer|Privacy Policy
copyright|© 2025 The Druk Chronicle. All rights reserved.
"""),
 dict(id="kuensel-bhutan-style-2", site="kuensel-bhutan-style", lang="en", sep="\n", title="Over 2,000 youth sign up for construction skills programme in Gelephu", date="2026-01-28", page="""
skip-link|Skip to content
clock|Wednesday, January 28, 2026
topbar|E-Paper
topbar|Advertise
topbar|Subscribe
lang-switch|རྫོང་ཁ
social|Facebook
social|X
social|YouTube
menu|THE DRUK CHRONICLE
menu|Bhutan's National Newspaper
menu|Home
menu|News
menu|Business
menu|Editorial
menu|Opinion
menu|Features
menu|Sports
menu|Letters
menu|Dzongkha
search|Search for:
ticker|Trending Now:
ticker|Losar holidays announced · Dochula closed due to snow · Budget review begins
section-label|Business
h1|Over 2,000 youth sign up for construction skills programme in Gelephu
dateline|January 28, 2026
meta|2 Comments
meta|👁 2,046
reading-time|4 min read
byline|Nima Wangdi, Gelephu
caption|Trainees learning masonry at the temporary training centre in Gelephu
credit|Photo: Nima Wangdi
p|More than 2,000 young people from 19 dzongkhags have registered for a six-month construction skills programme in Gelephu, the first batch of which begins in the first week of February.
p|The programme, run by the labour ministry with support from private construction firms working in the Gelephu Mindfulness City area, will train youth in masonry, carpentry, plumbing, electrical wiring, welding and heavy machinery operation.
p|Officials said that the programme had initially planned for 800 trainees in the first year, but decided to expand it after registration opened on January 5 and received more than double the expected number within two weeks.
h2|Stipend and job guarantee
p|Trainees will receive a monthly stipend of Nu 8,000, free accommodation in the temporary camp and meals. Those who complete the training and pass the assessment will be offered jobs with the partner firms, with starting wages ranging from Nu 18,000 to Nu 25,000 a month depending on the trade.
p|The trades offered in the first batch are:
li|Masonry and concrete work
li|Carpentry and formwork
li|Plumbing and pipe fitting
li|Electrical installation
li|Excavator and loader operation
p|A 22-year-old from Mongar, Karma Yangzom, said she had been looking for a job for more than a year after completing class XII. "Many of my friends went to Australia. I cannot afford to go, so this is a chance to work in Bhutan," she said. She registered for the electrical installation course, one of the few trades where women make up almost a third of the applicants.
ad|Advertisement
p|A labour ministry official said that selection would be based on an aptitude test and an interview, with priority given to youth who have been unemployed for more than six months and those from rural areas.
p|"The construction in Gelephu will need thousands of skilled workers over the next ten years. We do not want all these jobs to go to foreign workers," the official said.
h2|Concerns about working conditions
p|Some parents and former construction workers, however, said that youth often leave construction jobs within months because of the physical demands, the heat in the south and the lack of proper housing on sites.
p|A contractor in Gelephu said firms were prepared to improve conditions. "We have built a new labour camp with proper toilets and a mess. Wages are also going up because we are competing for the same workers," he said.
p|The ministry said the second batch of the programme would begin in August and that registration would open in June.
signature|Edited by Sonam Choden
tags|Tags:
tags|Gelephu Mindfulness City
tags|Skills
tags|Youth employment
share|Share this:
share|Facebook
share|X
share|WhatsApp
share|Email
nav|Previous article
nav|Tsirang farmers receive solar water pumps
nav|Next article
nav|Editorial: Keeping our young at home
related|Related Posts
related|Unemployment rate falls to 3.1 percent, youth rate still high
related|January 24, 2026
related|GMC signs agreement with two international contractors
related|January 20, 2026
related|TTIs to introduce short courses in solar installation
related|January 14, 2026
comments|2 thoughts on "Over 2,000 youth sign up for construction skills programme in Gelephu"
comments|Tandin W
comments|January 28, 2026 at 9:14 am
comments|Good initiative. Hope they also think about the youth in the east where there are no such programmes.
comments|Reply
comments|Concerned citizen
comments|January 28, 2026 at 11:02 am
comments|Nu 8,000 stipend is too little when rent in Gelephu has doubled.
comments|Reply
comments|Leave a Reply Cancel reply
comments|Your email address will not be published. Required fields are marked *
comments|Post Comment
most-read|Most Popular
most-read|Bhutanese in Australia send home Nu 8.9B in remittances
most-read|👁 6,410
most-read|Thimphu Thromde to introduce paid parking on Norzin Lam
most-read|👁 4,988
teaser-list|Over 2,000 youth sign up for construction skills programme in Gelephu
teaser-list|👁 2,046
jobs|Vacancy Announcement
jobs|Tender Notice
epaper|Today's E-Paper
epaper|Read the print edition online
footer|The Druk Chronicle Corporation Ltd.
footer|Post Box No. 000, Chhophel Lam, Thimphu, Bhutan
footer|Tel: +975 2 000 000
footer|About Us
footer|Advertise with us
footer|Contact
footer|Privacy Policy
copyright|© 2026 The Druk Chronicle. All rights reserved.
"""),
 dict(id="kathmandu-post-style-1", site="kathmandu-post-style", lang="en", sep="\n", title="Election Commission deploys 1,200 voter educators as first-time voters surge", date="2026-02-10", page="""
skip-link|Skip to main content
clock|Tuesday, February 10, 2026
clock|Magh 27, 2082
weather|Kathmandu 18.3°C
weather|Pokhara 21.6°C
weather|Biratnagar 23.1°C
epaper|e-Paper
subscribe|Subscribe
account|Login
search|Search
menu|THE VALLEY POST
menu|National
menu|Politics
menu|Valley
menu|Opinion
menu|Money
menu|Sports
menu|Culture & Lifestyle
menu|Climate & Environment
menu|Health
menu|Education
menu|Science & Technology
menu|Interviews
menu|Visual Stories
menu|Columns
breaking|Election 2026 ▸ Live updates ▸ Candidates ▸ Constituencies
section-label|Politics
h1|Election Commission deploys 1,200 voter educators as first-time voters surge
lead|More than 900,000 new names have been added to the voter roll since September. Officials worry about invalid votes on a long ballot paper.
byline|Prithvi Raj Adhikari
dateline|Kathmandu
dateline|Published at : February 10, 2026
dateline|Updated at : February 10, 2026 08:15
share|facebook
share|twitter
share|mail
font|Zoom In
font|Zoom Out
caption|Officials of the Election Commission demonstrate the voting process to first-time voters in Lalitpur on Monday.
credit|Post Photo: Sagar Shrestha
p|The Election Commission has deployed around 1,200 voter educators across all 77 districts, as officials race to prepare a large number of first-time voters for the March 5 elections.
p|According to the commission, more than 900,000 new voters have registered since the voter roll was reopened in September, most of them aged between 18 and 25. The total number of eligible voters now stands at just over 19 million.
p|"The enthusiasm among young people is unprecedented. Our task now is to make sure that their votes are not wasted," a spokesperson for the commission told the Post. "Many of them have never seen a ballot paper."
h2|Long ballot, invalid votes
p|In previous elections, the share of invalid votes under the proportional representation system has been a major concern. Officials blame the large ballot paper, which carries the election symbols of dozens of parties, and confusion among voters about where to stamp.
p|The voter educators, hired on a temporary basis for six weeks, will go door to door in villages and urban wards, and hold sessions in colleges, community halls and at bus parks. Each educator has been given a sample ballot and a short video on a tablet explaining the voting process.
related-inline|Also Read: Parties yet to submit closed lists for proportional seats
p|The commission has also launched a mobile application through which voters can check their names on the roll and find their polling centre. Officials said the app had been downloaded over 1.4 million times in two weeks.
p|Civil society groups have welcomed the campaign, but say it came late. "Voter education should have started the day the election date was announced," said a representative of an election observation network. "Six weeks is not enough to reach remote villages in Karnali and Sudurpaschim."
h2|Migrant workers left out
p|Meanwhile, the issue of voting rights for Nepalis working abroad remains unresolved. Hundreds of thousands of young Nepalis are in Gulf countries, Malaysia and elsewhere, and cannot vote unless they return home.
p|The commission has said that out-of-country voting is not possible for this election due to the lack of legal provisions and time. Several youth groups have said they will continue to press for it before the next polls.
p|The commission plans to print over 40 million ballot papers, which will be dispatched to the districts from the third week of February under security escort.
author-bio|Prithvi Raj Adhikari is a political correspondent for The Valley Post, covering the Election Commission, Parliament and the major political parties.
tags|Election 2026
tags|Election Commission
tags|Voter education
related|Related News
related|Security plan for March 5 polls finalised, 300,000 personnel to be mobilised
related|Youth candidates dominate independent nominations in Kathmandu
related|How the proportional representation system works
most-read|Most Read from Politics
most-read|Parties scramble for alliances as nomination deadline nears
most-read|Interim government announces public holiday on election day
most-read|New faces, old parties: a look at the candidate lists
editors-picks|Editor's Picks
editors-picks|The Kathmandu Valley's vanishing stone spouts
editors-picks|Why Nepal's hydropower exports stalled this winter
editors-picks|Inside the country's first vote count training
epaper|E-PAPER · FEBRUARY 10, 2026
epaper|Read ePaper Online
newsletter|Get the day's top news and analysis delivered to your inbox.
newsletter|Enter your email
newsletter|Subscribe
footer|The Valley Post
footer|Valley Publications Pvt. Ltd.
footer|Central Business Park, Thapathali, Kathmandu, Nepal
footer|Tel: 01-0000000
footer|About Us
footer|Advertise
footer|Contact Us
footer|Authors
footer|Site Map
footer|Privacy Policy
footer|Department of Information and Broadcasting Regd. No. 000/076-77
copyright|Copyright: © 2026 Valley Publications Pvt. Ltd.
"""),
 dict(id="kathmandu-post-style-2", site="kathmandu-post-style", lang="en", sep="\n", title="Trekking agencies report busy spring bookings despite higher permit fees", date="2026-03-02", page="""
skip-link|Skip to main content
clock|Monday, March 2, 2026
clock|Falgun 18, 2082
weather|Kathmandu 20.7°C
weather|Pokhara 24.0°C
weather|Biratnagar 26.5°C
epaper|e-Paper
subscribe|Subscribe
account|Login
search|Search
menu|THE VALLEY POST
menu|National
menu|Politics
menu|Valley
menu|Opinion
menu|Money
menu|Sports
menu|Culture & Lifestyle
menu|Climate & Environment
menu|Health
menu|Education
menu|Science & Technology
menu|Interviews
menu|Visual Stories
menu|Columns
section-label|Money
h1|Trekking agencies report busy spring bookings despite higher permit fees
lead|Operators say the Annapurna and Everest regions are fully booked for April, while mountaineering expeditions have fallen slightly.
byline|Sangam Prasain
dateline|Kathmandu
dateline|Published at : March 2, 2026
share|facebook
share|twitter
share|mail
font|Zoom In
font|Zoom Out
caption|Trekkers on the trail to Everest Base Camp near Lobuche.
credit|Post File Photo
p|Trekking agencies in Kathmandu and Pokhara say bookings for the spring season are the strongest since before the pandemic, despite an increase in permit fees and a period of political uncertainty that many feared would keep foreign visitors away.
p|According to the Trekking Agencies' Association, its member companies have confirmed bookings for about 68,000 trekkers for March, April and May, compared with around 57,000 during the same period last year.
p|"After the protests in September, we had many cancellations for the autumn. We were worried the spring would also be bad," said Pasang Dawa Sherpa, who runs an agency in Thamel. "But the calls started coming again in December. April is completely full for us."
h2|Higher costs
p|The rise comes even though trekkers now pay more. Fees for trekking permits in several restricted areas were increased last year, and the royalty for climbing Everest from the southern side rose to $15,000 per climber for the spring season.
p|Operators say the higher royalty has reduced the number of expedition teams. The Department of Tourism had issued 214 climbing permits for Everest by the end of February, slightly fewer than at the same point last year.
related-inline|Also Read: Lodges in Khumbu struggle to find workers as youth migrate abroad
p|Trekkers, by contrast, appear less sensitive to price. Most of the growth has come from visitors from Europe, the United States and, increasingly, China, with shorter treks of seven to ten days proving most popular.
h2|Pressure on trails
p|The surge has also revived concerns about overcrowding on popular routes. Lodge owners in the Annapurna region say rooms in villages such as Ghorepani and Tadapani are booked weeks in advance, and some trekkers are sleeping in dining halls.
p|Tour operators have asked local governments to ensure better waste management and to regulate new construction along the trails. "If the trails become crowded and dirty, they will not come back," said Laxmi Gurung, a lodge owner in Ghandruk.
p|The Nepal Tourism Board has set a target of welcoming 1.3 million foreign visitors in 2026. Officials say the figures for January and February are on track, with more than 190,000 arrivals recorded in the first two months.
author-bio|Sangam Prasain is a business reporter at The Valley Post, covering tourism, aviation and trade.
tags|Tourism
tags|Trekking
tags|Everest
related|Related News
related|Tribhuvan airport to extend night operations for the spring season
related|Chinese arrivals climb as direct flights resume from Chengdu
related|Hotels in Pokhara slash rates as new rooms flood the market
most-read|Most Read from Money
most-read|Remittance inflow hits record high in first half of the fiscal year
most-read|Central bank eases loan rules for hydropower developers
most-read|Fuel prices cut for the second time this month
editors-picks|Editor's Picks
editors-picks|The last salt traders of Humla
editors-picks|What the new budget means for your savings
editors-picks|Living with the leopards of Lalitpur
epaper|E-PAPER · MARCH 2, 2026
epaper|Read ePaper Online
newsletter|Get the day's top news and analysis delivered to your inbox.
newsletter|Enter your email
newsletter|Subscribe
footer|The Valley Post
footer|Valley Publications Pvt. Ltd.
footer|Central Business Park, Thapathali, Kathmandu, Nepal
footer|Tel: 01-0000000
footer|About Us
footer|Advertise
footer|Contact Us
footer|Authors
footer|Site Map
footer|Privacy Policy
footer|Department of Information and Broadcasting Regd. No. 000/076-77
copyright|Copyright: © 2026 Valley Publications Pvt. Ltd.
"""),
]
