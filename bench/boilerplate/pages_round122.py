# Round 122: eight pages on four more layouts (a Tahitian news site, a New Brunswick Acadian daily, a Lesotho
# weekly, an Eswatini daily), written blind: without looking at the classifier, its rules or the benchmark,
# measured once. Each line: "label|text". Invented text; no real article is copied.
ROUND122 = [
 dict(id="tahiti-infos-style-1", site="tahiti-infos-style", lang="fr", sep="\n", title="Taha'a : les vanilliers craignent de perdre un tiers de leur récolte après les pluies de janvier", date="2026-02-10", page="""
timestamp|Mardi 10 Février 2026
weather|Papeete 29°C Averses orageuses
ticker|1 000 XPF = 8,38 €
account|Se connecter
account|Mon compte
epaper|Le journal du jour en PDF
menu|Fenua Infos, l'info de Polynésie
menu|Accueil
menu|Actu Polynésie
menu|Politique
menu|Société
menu|Faits divers
menu|Économie
menu|Îles
menu|Monde
menu|Sport
menu|Culture
menu|Vidéos
menu|Annonces
search|Rechercher
breaking|FLASH INFO : coupure d'eau prévue jeudi à Punaauia entre 8 heures et 14 heures
breadcrumb|Actu Polynésie » Économie
h1|Taha'a : les vanilliers craignent de perdre un tiers de leur récolte après les pluies de janvier
byline|Rédigé par Hinatea Teriierooiterai le Mardi 10 Février 2026 à 16:42
views|Lu 1873 fois
share|Facebook
share|Twitter
share|LinkedIn
share|Envoyer à un ami
print|Version imprimable
font|Augmenter la taille du texte
font|Diminuer la taille du texte
caption|Un producteur de Taha'a inspecte ses lianes sous ombrière, la semaine dernière.
credit|(Photo : Hinatea T. / Fenua Infos)
lead|Tahiti, le 10 février 2026 - Les fortes précipitations qui ont frappé les Îles Sous-le-Vent à la fin du mois de janvier ont fait pourrir une partie des gousses encore sur les lianes. À Taha'a, l'île vanille, les producteurs chiffrent les dégâts et espèrent un geste du Pays avant la campagne de préparation.
p|Sur le motu comme dans les vallées de Patio, le constat est le même. Des gousses noircies à l'extrémité, des fleurs tombées avant d'avoir été fécondées et des lianes qui jaunissent au pied. « En quarante ans, je n'avais jamais vu autant d'eau tomber en si peu de temps », souffle Teiva Tetuanui, qui exploite trois ombrières sur les hauteurs de Haamene.
p|Selon les premières estimations de la coopérative des producteurs de l'île, entre 25 et 35 % de la récolte attendue pour l'été austral pourrait être perdue. Un coup dur pour une filière qui avait retrouvé des couleurs l'an dernier, avec près de 40 tonnes de vanille verte commercialisées à l'échelle de la Polynésie.
ad|Publicité
ad|Promo vols Papeete - Los Angeles dès 89 000 XPF aller-retour. Offre soumise à conditions.
h2|Des gousses qui pourrissent sur pied
p|Le problème ne tient pas seulement à la quantité d'eau. Les pluies ont été suivies de plusieurs journées chaudes et très humides, propices au développement de la fusariose, un champignon qui attaque les racines puis remonte dans la liane. « Quand elle est installée, on ne peut plus grand-chose, il faut arracher et brûler », explique un technicien de la direction de l'agriculture venu faire le tour des exploitations la semaine dernière.
p|Les ombrières les plus anciennes, mal drainées, sont les plus touchées. Certains producteurs ont déjà commencé à couper les gousses abîmées pour éviter la contagion, au risque de réduire encore leur volume de vente.
read-also|Lire aussi : Vanille de Tahiti : le prix de la gousse préparée dépasse les 60 000 XPF le kilo
p|Pour les familles qui vivent de la vanille, l'inquiétude porte aussi sur la trésorerie. La récolte de mai à juillet finance souvent toute l'année, du remboursement des prêts aux frais de scolarité des enfants partis au lycée à Uturoa.
h2|Trois questions à Moana Faatau, président de la coopérative
h2|Combien de producteurs sont concernés ?
p|Nous avons recensé à ce jour une soixantaine d'exploitations touchées sur les quelque 140 que compte l'île. Certaines ont perdu très peu, d'autres presque tout. Les plus petites sont les plus fragiles.
h2|Qu'attendez-vous du Pays ?
p|Une aide d'urgence pour racheter des boutures saines et refaire les drainages, et surtout un report des échéances des prêts accordés par la Sofidep. Nous avons écrit au ministre de l'Agriculture la semaine dernière, et nous devrions être reçus à Papeete avant la fin du mois.
h2|La filière peut-elle s'en remettre ?
p|Oui, si on réagit vite. La vanille de Tahiti a une réputation, les chefs la demandent. Mais si les jeunes voient leurs parents perdre une année de travail, ils ne voudront pas reprendre les ombrières.
p|Du côté du gouvernement, on indique qu'une mission d'évaluation sera dépêchée à Taha'a et à Raiatea dans les prochains jours. Le dispositif d'indemnisation des calamités agricoles pourrait être activé si les pertes sont confirmées, comme cela avait été le cas après le passage de la dépression tropicale de 2019.
p|En attendant, les producteurs guettent le ciel. Météo-France annonce encore un épisode pluvieux pour la fin de semaine sur l'archipel de la Société.
tags|Tags : vanille, Taha'a, agriculture, Îles Sous-le-Vent, intempéries
nav|Publicité Le marché de Papeete rouvre son aile nord « Article précédent
nav|Article suivant » Fiu de la vie chère, les consommateurs de Raiatea s'organisent
related|Dans la même rubrique :
related|< >
related|Mardi 10 Février 2026 - 14:05 Le prix du coprah revalorisé de 5 francs au kilo
related|Mardi 10 Février 2026 - 11:30 Air Tahiti ajoute une rotation vers Maupiti pendant les vacances
related|Lundi 9 Février 2026 - 17:48 La perliculture mise sur la traçabilité pour séduire l'Asie
related|Lundi 9 Février 2026 - 09:12 Pêche hauturière : des prises en hausse en janvier
comments|Commentaires (2)
comments|1.Posté par Teva le 10/02/2026 17:31
comments|Courage à tous les planteurs, on a eu la même chose à Huahine en 2019, il faut que le Pays bouge vite.
comments|2.Posté par Mamie Lea le 10/02/2026 18:02
comments|Et les drains qui n'ont jamais été refaits depuis des années... On en parle ?
comments|Ajouter un commentaire
comments|Nom *
comments|Adresse électronique *
comments|Site web
comments|Commentaire *
comments|Envoyer
fil-info|Fil info
fil-info|16:30 Route de ceinture : circulation alternée à Papara jusqu'à vendredi
fil-info|15:58 Football : l'AS Pirae se qualifie pour la finale de la Coupe de Polynésie
fil-info|15:12 Un voilier porté disparu entre Rangiroa et Tikehau, les recherches suspendues pour la nuit
fil-info|14:40 Assemblée : la commission des finances examine le collectif budgétaire
video|Le JT du soir en vidéo
video|Le journal de 19 heures du mardi 10 février 2026 - 18:25
newsletter|Recevez la lettre de Fenua Infos
newsletter|Votre e-mail
newsletter|OK
footer|Fenua Infos - Quotidien d'information en ligne de Polynésie française
footer|Qui sommes-nous ? - Abonnement - Publicité - Contact - Mentions légales - Flux RSS
footer|Fenua Communication, immeuble Te Matai, Fare Ute, Papeete. Tél. : 40 00 00 00
copyright|© Fenua Infos 2026 - Toute reproduction interdite sans autorisation
footer|Créé avec Wmaker
"""),
 dict(id="tahiti-infos-style-2", site="tahiti-infos-style", lang="fr", sep="\n", title="Trafic d'ice entre Tahiti et Raiatea : jusqu'à quatre ans de prison ferme pour le réseau", date="2026-03-04", page="""
timestamp|Mercredi 4 Mars 2026
weather|Papeete 30°C Ensoleillé
ticker|1 000 XPF = 8,38 €
account|Se connecter
account|Mon compte
epaper|Le journal du jour en PDF
menu|Fenua Infos, l'info de Polynésie
menu|Accueil
menu|Actu Polynésie
menu|Politique
menu|Société
menu|Faits divers
menu|Économie
menu|Îles
menu|Monde
menu|Sport
menu|Culture
menu|Vidéos
menu|Annonces
search|Rechercher
breadcrumb|Actu Polynésie » Faits divers
section-label|Justice
h1|Trafic d'ice entre Tahiti et Raiatea : jusqu'à quatre ans de prison ferme pour le réseau
byline|Rédigé par Vaimiti Lucas le Mercredi 4 Mars 2026 à 18:05
views|Lu 4216 fois
dateline|Modifié le Mercredi 4 Mars 2026 à 19:22
share|Facebook
share|Twitter
share|LinkedIn
share|Envoyer à un ami
print|Version imprimable
font|Augmenter la taille du texte
font|Diminuer la taille du texte
caption|Le palais de justice de Papeete, mercredi après-midi.
credit|(Photo : archives Fenua Infos)
lead|Tahiti, le 4 mars 2026 - Six prévenus ont été condamnés mercredi par le tribunal correctionnel de Papeete pour avoir acheminé plus de 600 grammes de méthamphétamine, l'ice, vers Raiatea entre 2024 et 2025. Le principal organisateur écope de quatre ans de prison ferme.
p|Il aura fallu près de sept heures d'audience pour démêler les rôles de chacun. Sur le banc des prévenus, six hommes et femmes âgés de 24 à 51 ans, dont un ancien matelot d'une goélette de fret et une mère de famille de Uturoa qui servait, selon l'accusation, de « boîte aux lettres » pour le réseau.
p|L'enquête, menée par l'antenne de l'office anti-stupéfiants et la brigade de gendarmerie de Raiatea, avait débuté au printemps 2025 après la saisie de plusieurs sachets dans un carton de fruits débarqué au quai d'Uturoa. Les écoutes téléphoniques ont ensuite permis de remonter jusqu'à un fournisseur installé à Faa'a.
video|Le reportage de Polynésie Télé
video|02:14
h2|Des colis cachés dans le fret
p|Selon les éléments présentés par le parquet, la drogue voyageait le plus souvent dans des colis de fret maritime, glissée au milieu de denrées alimentaires, parfois dans des bagages à main sur les vols d'Air Tahiti. Au total, les enquêteurs estiment que plus de 600 grammes d'ice ont transité vers les Îles Sous-le-Vent, pour une valeur à la revente de près de 90 millions de francs.
p|« Ce trafic a fait des ravages dans une petite île où tout le monde se connaît », a insisté la procureure dans ses réquisitions, évoquant des familles « ruinées » et des jeunes consommateurs tombés dans la dépendance en quelques mois.
ad|Publicité
p|À la barre, le principal prévenu, un homme de 38 ans déjà condamné en 2019 pour des faits similaires, a reconnu une partie des envois tout en contestant les quantités retenues. « Je n'étais pas le chef, je rendais service », a-t-il assuré, provoquant des murmures dans la salle où avaient pris place plusieurs proches des prévenus.
p|Son avocat a plaidé la précarité et l'addiction de son client, lui-même consommateur depuis plus de dix ans. Les conseils des autres prévenus ont insisté sur le rôle secondaire de leurs clients, certains n'ayant servi qu'une ou deux fois d'intermédiaires.
read-also|Lire aussi : Ice : les saisies ont doublé en un an au fenua
h2|Les peines prononcées
p|Le tribunal a suivi en grande partie les réquisitions du parquet. Il a prononcé :
li|quatre ans de prison ferme avec maintien en détention pour l'organisateur présumé ;
li|trois ans dont dix-huit mois avec sursis pour son fournisseur de Faa'a ;
li|deux ans dont un an avec sursis pour l'ancien matelot ;
li|des peines de six mois à un an avec sursis pour les trois autres prévenus.
p|Le tribunal a également ordonné la confiscation de deux véhicules, d'un bateau à moteur et de près de 4 millions de francs saisis lors des perquisitions. Les condamnés disposent de dix jours pour faire appel.
p|Dans un communiqué diffusé dans la soirée, le haut-commissariat a salué « un travail d'enquête de longue haleine » et rappelé que la lutte contre l'ice reste « une priorité absolue » des services de l'État en Polynésie.
signature|Avec Polynésie Télé
tags|Tags : ice, drogue, tribunal correctionnel, Raiatea, justice
nav|Publicité Accident à Mahina : le conducteur placé en garde à vue « Article précédent
nav|Article suivant » Moorea : un incendie détruit un faré à Haapiti
related|Dans la même rubrique :
related|< >
related|Mercredi 4 Mars 2026 - 15:40 Accident à Mahina : le conducteur placé en garde à vue
related|Mercredi 4 Mars 2026 - 10:22 Moorea : un incendie détruit un faré à Haapiti
related|Mardi 3 Mars 2026 - 16:57 Vol de moteurs hors-bord : deux suspects interpellés à Tahaa
related|Mardi 3 Mars 2026 - 08:15 Cour d'assises : ouverture du procès du meurtre de Teva-i-Uta
comments|Commentaires (0)
comments|Ajouter un commentaire
comments|Nom *
comments|Adresse électronique *
comments|Site web
comments|Commentaire *
comments|Envoyer
fil-info|Fil info
fil-info|18:40 Va'a : la sélection pour la Hawaiki Nui dévoilée jeudi
fil-info|17:55 Électricité : une panne prive 3 000 foyers de courant à Taravao
fil-info|17:10 Le ministre de l'Éducation en visite aux Marquises la semaine prochaine
most-read|Les plus lus
most-read|Un requin-tigre observé dans le lagon de Punaauia, la baignade déconseillée
most-read|Concours de recrutement : les résultats de la fonction publique du Pays en ligne
teaser-list|Trafic d'ice entre Tahiti et Raiatea : jusqu'à quatre ans de prison ferme pour le réseau
newsletter|Recevez la lettre de Fenua Infos
newsletter|Votre e-mail
newsletter|OK
footer|Fenua Infos - Quotidien d'information en ligne de Polynésie française
footer|Qui sommes-nous ? - Abonnement - Publicité - Contact - Mentions légales - Flux RSS
footer|Fenua Communication, immeuble Te Matai, Fare Ute, Papeete. Tél. : 40 00 00 00
copyright|© Fenua Infos 2026 - Toute reproduction interdite sans autorisation
footer|Créé avec Wmaker
"""),
 dict(id="acadie-nouvelle-style-1", site="acadie-nouvelle-style", lang="fr", sep="\n", title="Crabe des neiges : le prix s'ouvre à 6,10 $ la livre dans la Péninsule acadienne", date="2026-04-14", page="""
skip-link|Passer au contenu
cookie|Ce site utilise des témoins (cookies) pour améliorer votre expérience de navigation. En poursuivant, vous acceptez notre politique de confidentialité.
cookie|J'accepte
cookie|Paramètres
timestamp|mardi 14 avril 2026
weather|Caraquet 3 °C Nuageux
account|Se connecter
paywall|Abonnez-vous
epaper|Édition numérique
menu|L'Étoile acadienne
menu|Le quotidien des francophones du Nouveau-Brunswick
menu|Actualités
menu|Acadie
menu|Provinciales
menu|Régionales
menu|Économie
menu|Sports
menu|Arts et spectacles
menu|Opinions
menu|Chroniques
menu|Nécrologies
menu|Petites annonces
menu|Concours
search|Rechercher
breaking|EN MANCHETTE : La pêche au homard ouvrira le 30 avril dans la zone 23
section-label|Économie
h1|Crabe des neiges : le prix s'ouvre à 6,10 $ la livre dans la Péninsule acadienne
lead|Les crabiers de la Péninsule acadienne toucheront 6,10 $ la livre à l'ouverture de la saison, un prix en légère hausse par rapport à l'an dernier, mais loin des sommets de 2022.
byline|Mathieu Thériault
dateline|14 avril 2026 à 17h48
dateline|Mis à jour le 14 avril 2026 à 20h15
reading-time|Temps de lecture : 4 min
share|Partager
share|Facebook
share|Messenger
share|Courriel
share|Copier le lien
caption|Des casiers à crabe empilés sur le quai de Lamèque, la semaine dernière, en prévision de l'ouverture de la saison.
credit|Photo : Mathieu Thériault
p|Après plus d'une semaine de négociations, les associations de pêcheurs et les transformateurs de la Péninsule acadienne se sont entendus mardi sur un prix de départ de 6,10 $ la livre pour le crabe des neiges, soit 35 cents de plus qu'à l'ouverture de la saison 2025.
p|Le prix, établi selon une formule qui tient compte des cours sur le marché américain et du taux de change, pourra être révisé à la hausse au cours de la saison si la demande se maintient aux États-Unis.
p|« C'est un prix correct, sans plus. Avec ce que coûtent le carburant, les appâts et les assurances, on ne fait pas de folies », a réagi Luc Robichaud, crabier de Shippagan depuis 27 ans, joint sur le quai alors qu'il terminait de préparer ses casiers.
ad|PUBLICITÉ
ad|Chantier naval de la Baie - Entretien, réparation et peinture de bateaux de pêche. Prenez rendez-vous dès maintenant.
h2|Un quota en baisse
p|Les pêcheurs devront cependant composer avec un quota réduit. Pêches et Océans Canada a fixé le total autorisé des captures dans le sud du golfe du Saint-Laurent à un peu plus de 27 000 tonnes, une baisse d'environ 12 % par rapport à l'an dernier.
p|Le ministère invoque une diminution de la biomasse de crabes commerciaux observée lors du relevé scientifique de l'automne. Les scientifiques prévoient toutefois l'arrivée de nombreux jeunes crabes dans la pêcherie d'ici deux à trois ans.
read-also|À lire aussi : Baleines noires : Ottawa maintient les fermetures dynamiques pour 2026
p|Du côté des usines, on se réjouit surtout d'avoir évité un conflit. En 2023, un différend sur le prix avait retardé de plusieurs jours le début de la pêche et provoqué des manifestations sur les quais de Shippagan et de Caraquet.
p|« Tout le monde a mis de l'eau dans son vin. Les marchés sont encore fragiles, les acheteurs américains sont prudents avec l'incertitude sur les tarifs douaniers », explique la directrice générale d'une association de transformateurs, qui a demandé à ne pas être nommée pendant que les contrats d'achat se finalisent.
h2|La main-d'œuvre, toujours un casse-tête
p|Les usines de la région comptent encore une fois sur des travailleurs étrangers temporaires pour combler leurs besoins. Plusieurs centaines d'employés en provenance du Mexique, des Philippines et de l'île Maurice sont attendus dans les prochains jours.
p|Les glaces, qui couvraient encore une partie de la baie des Chaleurs au début du mois, ne devraient pas retarder l'ouverture. La Garde côtière a indiqué lundi que les voies d'accès aux principaux ports de la Péninsule étaient dégagées.
p|La saison doit ouvrir officiellement jeudi à 6 h, si les conditions météo le permettent.
tip|Vous avez une nouvelle à nous communiquer? Écrivez-nous à nouvelles@etoileacadienne.ca
tags|Crabe des neiges
tags|Pêches
tags|Péninsule acadienne
tags|Shippagan
comments|0 commentaire
comments|Trier par
comments|Les plus anciens
comments|Ajouter un commentaire...
comments|Plug-in Commentaires Facebook
related|Vous aimerez aussi
related|Homard : les pêcheurs du sud-est réclament une ouverture devancée
related|Il y a 3 heures
related|Un nouveau quai flottant pour le port de Grande-Anse
related|Il y a 1 jour
related|Les transformateurs de poisson craignent une pénurie de glace
related|Il y a 2 jours
obituary|Avis de décès
obituary|Rita Haché (née Losier)
obituary|Caraquet - 13 avril 2026
obituary|Gérard Landry
obituary|Tracadie - 12 avril 2026
obituary|Voir tous les avis de décès
classifieds|Petites annonces
classifieds|À vendre : casiers à crabe usagés, 75 unités, bon état
classifieds|Recherche : aide-pêcheur pour la saison du homard, zone 23
newsletter|Abonnez-vous à notre infolettre
newsletter|Recevez les manchettes du jour tous les matins dans votre boîte courriel.
newsletter|Votre adresse courriel
newsletter|S'abonner
app|Téléchargez l'application de L'Étoile acadienne sur l'App Store et Google Play
footer|L'Étoile acadienne
footer|476, boulevard Saint-Pierre Ouest, Caraquet (N.-B.)
footer|À propos - Nous joindre - Publicité - Abonnements - Carrières - Politique de confidentialité
footer|Membre du Conseil de presse
copyright|© 2026 L'Étoile acadienne. Tous droits réservés.
"""),
 dict(id="acadie-nouvelle-style-2", site="acadie-nouvelle-style", lang="fr", sep="\n", title="Caraquet encadre les locations touristiques de courte durée", date="2026-01-21", page="""
skip-link|Passer au contenu
cookie|Ce site utilise des témoins (cookies) pour améliorer votre expérience de navigation. En poursuivant, vous acceptez notre politique de confidentialité.
cookie|J'accepte
cookie|Paramètres
timestamp|mercredi 21 janvier 2026
weather|Caraquet -14 °C Neige légère
account|Se connecter
paywall|Abonnez-vous
epaper|Édition numérique
menu|L'Étoile acadienne
menu|Le quotidien des francophones du Nouveau-Brunswick
menu|Actualités
menu|Acadie
menu|Provinciales
menu|Régionales
menu|Économie
menu|Sports
menu|Arts et spectacles
menu|Opinions
menu|Chroniques
menu|Nécrologies
menu|Petites annonces
menu|Concours
search|Rechercher
section-label|Régionales
h1|Caraquet encadre les locations touristiques de courte durée
lead|Les propriétaires qui louent un logement à des touristes devront désormais obtenir un permis annuel et afficher son numéro dans leurs annonces en ligne.
byline|Chloé Arseneau
byline|Journaliste de l'Initiative de journalisme local
dateline|21 janvier 2026 à 6h00
reading-time|Temps de lecture : 3 min
share|Partager
share|Facebook
share|Messenger
share|Courriel
share|Copier le lien
caption|La rue principale de Caraquet en été. La municipalité compte plus de 140 logements offerts en location de courte durée.
credit|Archives
listen|Écouter cet article
listen|Propulsé par une voix de synthèse
p|Le conseil municipal de Caraquet a adopté lundi soir, en troisième lecture, un arrêté qui encadre les locations touristiques de courte durée sur son territoire. Le texte entrera en vigueur le 1er mai, juste avant le début de la saison estivale.
p|Les propriétaires qui offrent un logement entier ou une chambre pour moins de 30 jours sur des plateformes comme Airbnb devront obtenir un permis annuel de la municipalité, au coût de 250 $. Le numéro de permis devra apparaître dans toutes les annonces.
paywall|Cet article vous est offert gratuitement. Pour soutenir l'information en français en Acadie, abonnez-vous dès aujourd'hui : 1 $ pour le premier mois.
p|« On ne veut pas interdire les locations touristiques, elles font partie de notre économie. Mais il faut savoir combien il y en a, où elles sont, et s'assurer qu'elles sont sécuritaires », a expliqué la mairesse Danielle Godin au terme de la séance.
h2|Ce que prévoit l'arrêté
p|Parmi les principales mesures :
li|chaque logement devra être inspecté par le service d'incendie avant l'émission du permis ;
li|le nombre maximal d'occupants sera fixé à deux personnes par chambre, plus deux ;
li|les résidences secondaires situées dans les zones résidentielles de faible densité ne pourront être louées plus de 120 nuits par année ;
li|les contrevenants s'exposent à des amendes de 500 $ à 2 000 $ par infraction.
p|La municipalité estime qu'environ 140 logements sont actuellement offerts en location de courte durée à Caraquet, dont près de la moitié dans le secteur du boulevard Saint-Pierre et du Carré 2000.
ad|PUBLICITÉ
h2|Des propriétaires partagés
p|Une quinzaine de citoyens ont assisté à la séance. Plusieurs propriétaires ont dit comprendre la démarche, tout en s'inquiétant de la limite de 120 nuits.
p|« Je loue mon chalet l'été et je l'occupe l'hiver. Si je dois refuser des réservations en août, ça ne fonctionne plus financièrement », a fait valoir Marc-André Chiasson lors de la période de questions.
p|D'autres résidents ont au contraire salué l'initiative. Une résidente de la rue du Portage a raconté avoir vu trois maisons de son voisinage transformées en locations touristiques en quatre ans. « Les familles ne trouvent plus à se loger à l'année », a-t-elle déploré.
p|Le conseiller Rémi Lanteigne, seul à voter contre l'arrêté, estime que la municipalité aurait dû attendre l'entrée en vigueur de la stratégie provinciale sur le logement. « On ajoute une couche de paperasse pour des gens qui louent deux semaines par année », a-t-il soutenu.
p|La Ville prévoit tenir une séance d'information pour les propriétaires en mars. Les demandes de permis pourront être déposées en ligne à partir du 1er avril.
funding-note|Cet article a été produit dans le cadre de l'Initiative de journalisme local, financée par le gouvernement du Canada.
tags|Caraquet
tags|Logement
tags|Conseil municipal
tags|Tourisme
comments|2 commentaires
comments|Trier par
comments|Les plus anciens
comments|Ajouter un commentaire...
comments|Denise Haché
comments|Enfin! Il était temps qu'on fasse quelque chose.
comments|J'aime · Répondre · 3 · 14 h
comments|Paul Mallet
comments|120 nuits c'est trop peu pour ceux qui louent juste l'été.
comments|J'aime · Répondre · 1 · 12 h
comments|Plug-in Commentaires Facebook
related|Vous aimerez aussi
related|Tracadie veut attirer des promoteurs de logements abordables
related|Il y a 5 heures
related|Le Festival acadien dévoile les grandes lignes de sa programmation 2026
related|Il y a 1 jour
related|Lamèque : le budget 2026 prévoit une hausse de taxe de 2 cents
related|Il y a 4 jours
obituary|Avis de décès
obituary|Aurèle Cormier
obituary|Bas-Caraquet - 20 janvier 2026
obituary|Yvonne Boudreau (née Doiron)
obituary|Pokemouche - 19 janvier 2026
obituary|Voir tous les avis de décès
newsletter|Abonnez-vous à notre infolettre
newsletter|Recevez les manchettes du jour tous les matins dans votre boîte courriel.
newsletter|Votre adresse courriel
newsletter|S'abonner
app|Téléchargez l'application de L'Étoile acadienne sur l'App Store et Google Play
footer|L'Étoile acadienne
footer|476, boulevard Saint-Pierre Ouest, Caraquet (N.-B.)
footer|À propos - Nous joindre - Publicité - Abonnements - Carrières - Politique de confidentialité
footer|Membre du Conseil de presse
copyright|© 2026 L'Étoile acadienne. Tous droits réservés.
"""),
 dict(id="lesotho-times-style-1", site="lesotho-times-style", lang="en", sep="\n", title="Textile workers put on three-day weeks as US orders dry up", date="2026-02-19", page="""
timestamp|Thursday, February 19, 2026
ticker|USD/LSL 18.42 ZAR/LSL 1.00 GBP/LSL 23.17
account|Sign in / Join
social|Facebook Twitter Youtube
menu|The Maloti Times
menu|Lesotho's Independent Weekly
ad|ADVERTISEMENT
ad|Lesotho National Savings Bank - Save with us and earn up to 7.5% interest. Terms and conditions apply.
menu|Home
menu|News
menu|Local News
menu|Business
menu|Politics
menu|Opinion
menu|Sport
menu|Entertainment
menu|Epaper
menu|Sunday Ledger
search|Search
breaking|Breaking: Maseru-Ladybrand border to operate 24 hours from March 1
breadcrumb|Home News Local News
section-label|Featured
section-label|Local News
h1|Textile workers put on three-day weeks as US orders dry up
byline|By Maloti Times
dateline|February 19, 2026
views|1,482
comments|0
share|Facebook
share|Twitter
share|Pinterest
share|WhatsApp
share|Linkedin
share|Email
caption|Workers leave a factory at the Thetsane industrial area in Maseru at the end of a shift
byline|Mpho Lekhanya
p|THOUSANDS of textile workers in Maseru and Maputsoe have been put on three-day working weeks as garment factories struggle with a slump in orders from American clothing brands.
p|At least six factories have cut working hours since the start of the year, according to a workers' union, affecting an estimated 9 000 employees, most of them women.
p|The factories, which mainly produce jeans and knitwear for the United States market, say buyers have held back orders since Washington raised import duties on goods from a long list of countries last year and the future of the African Growth and Opportunity Act (AGOA) trade preferences remained uncertain.
p|"We are not getting the volumes we used to get. Some buyers have moved their orders to Asia, others are simply waiting to see what happens," a human resources manager at one of the Thetsane factories told the Maloti Times this week. He asked not to be named as he was not authorised to speak to the media.
ad|ADVERTISEMENT
ad|Vodacom Lesotho - Get 5GB for M50 this weekend. Dial *123#
h2|'We cannot survive on half a wage'
p|For workers, the shorter weeks have meant a sharp drop in earnings. Under the current minimum wage for the textile sector, a machine operator earns about M3 400 a month on a full schedule.
p|'Mamosa Letsie, a 41-year-old machinist at a Maputsoe factory, said her pay had fallen to less than M2 000 in January.
p|"I pay rent, I pay transport, I have three children at school. We cannot survive on half a wage. Some of us are already borrowing from the money lenders (machonisa) just to buy food," she said.
p|The secretary general of the textile workers' union, Thabo Mokoena, said the union had written to the Ministry of Trade and Industry requesting an urgent meeting.
p|"Government must come up with a relief package for these workers, the same way it did during the Covid-19 lockdown. These women are the backbone of this economy," Mr Mokoena said.
related-inline|Also read: Gov't seeks new markets for Basotho jeans
h2|Government says it is engaging buyers
p|Contacted for comment, the ministry's principal secretary, Palesa Mothibeli, said the government was aware of the situation and had been holding talks with manufacturers and their international buyers.
p|"We are engaging our partners in Washington and we are also exploring other markets, including the Southern African Customs Union (SACU) and the European Union. Our message to the workers is that the government has not abandoned them," Ms Mothibeli said.
p|She said a team from the ministry would visit the affected factories next week to assess the number of jobs at risk.
p|The textile and clothing industry is Lesotho's biggest private sector employer, with about 35 000 workers, and accounts for a large share of the country's exports.
p|Economists have warned that a prolonged slowdown would hit not only workers but also the landlords, taxi operators and street vendors whose businesses depend on factory wages.
p|mlekhanya@malotitimes.co.ls
tags|TAGS
tags|AGOA
tags|Maputsoe
tags|textile industry
tags|Thetsane
share|Facebook
share|Twitter
share|WhatsApp
nav|Previous article
nav|LEC tariff hike: consumers to pay 6.8 percent more from April
nav|Next article
nav|Likuena coach names provisional squad for COSAFA Cup
related|RELATED ARTICLESMORE FROM AUTHOR
related|Mokhotlong farmers count cost of early frost
related|Cabinet approves new Land Bill
related|Police hunt gunmen after Mafeteng tavern shooting
comments|LEAVE A REPLY Cancel reply
comments|Please enter your comment!
comments|Please enter your name here
comments|You have entered an incorrect email address!
comments|Please enter your email address here
comments|Save my name, email, and website in this browser for the next time I comment.
comments|Post Comment
epaper|Get the latest edition of the Maloti Times on your phone. Read the Epaper
most-read|POPULAR POSTS
most-read|Maseru City Council suspends street vendor licences
most-read|February 17, 2026
most-read|Two former ministers appear in court over fuel tender
most-read|February 12, 2026
most-read|Bantu FC sign Zambian midfielder
most-read|February 14, 2026
footer|ABOUT US
footer|The Maloti Times is Lesotho's independent weekly newspaper, published every Thursday by Maloti Media (Pty) Ltd, Kingsway, Maseru.
footer|Contact us: editor@malotitimes.co.ls
footer|FOLLOW US
copyright|© Copyright 2026 - The Maloti Times. All Rights Reserved
back-to-top|Back to top
"""),
 dict(id="lesotho-times-style-2", site="lesotho-times-style", lang="en", sep="\n", title="Court halts eviction of Ha Thetsane families in land dispute", date="2026-03-12", page="""
timestamp|Thursday, March 12, 2026
ticker|USD/LSL 18.07 ZAR/LSL 1.00 GBP/LSL 23.40
account|Sign in / Join
social|Facebook Twitter Youtube
menu|The Maloti Times
menu|Lesotho's Independent Weekly
ad|ADVERTISEMENT
ad|Lesotho National Savings Bank - Save with us and earn up to 7.5% interest. Terms and conditions apply.
menu|Home
menu|News
menu|Local News
menu|Business
menu|Politics
menu|Opinion
menu|Sport
menu|Entertainment
menu|Epaper
menu|Sunday Ledger
search|Search
breadcrumb|Home News
section-label|News
h1|Court halts eviction of Ha Thetsane families in land dispute
byline|By Maloti Times
dateline|March 12, 2026
views|967
comments|2
share|Facebook
share|Twitter
share|Pinterest
share|WhatsApp
share|Linkedin
share|Email
caption|Residents of Ha Thetsane gather outside the High Court in Maseru on Tuesday
credit|Picture: Thabo Ramakatane
byline|'Mapule Motsoeneng
p|THE High Court has temporarily stopped the eviction of about 40 families from a piece of land in Ha Thetsane, Maseru, pending the finalisation of a dispute over who legally owns it.
p|Justice Lerato Nthabiseng granted the interim order on Tuesday after the families, represented by Advocate Tumelo Ramoholi, argued that they had lived on the land for more than two decades and had never been consulted before a private developer was allocated the site.
p|The developer, a property company which plans to build a shopping complex and townhouses on the land, had obtained a lease from the Land Administration Authority (LAA) in 2024.
p|In December last year, the families were served with notices to vacate within 30 days. Some said they returned home to find their fences had been pulled down.
ad|ADVERTISEMENT
h2|'Our parents are buried here'
p|Speaking outside the court, one of the residents, Ntate Lebohang Phafane, said the families had been allocated the plots by the area chief in the early 2000s and had paid the required fees at the time.
p|"We are not squatters. We have Form Cs, we have receipts. Our parents are buried here. Where do they want us to go?" he asked.
p|In court papers, the families say the LAA failed to verify their occupation before issuing the lease and ignored a letter from the local councillor warning that the land was inhabited.
p|The developer's lawyer, Advocate Relebohile Mokhele, told the court his client had acquired the land lawfully and had already spent more than M12 million on planning and surveys.
p|"My client is being made to suffer for the failures of other institutions. It has a valid lease," Adv Mokhele said.
h2|LAA promises investigation
p|Justice Nthabiseng ordered that no structure be demolished and no resident be removed until the main application is heard on 28 April. She also ordered the LAA to file a report explaining how the lease was granted.
p|When contacted by this publication, an LAA spokesperson said the authority would "fully cooperate with the court" and had opened an internal investigation into the allocation.
p|Land disputes are among the most common cases before Lesotho's courts, as rapid urban growth around Maseru has pushed up the value of land that was once farmland under the control of chiefs.
p|Last year, the Land Court handled more than 300 cases involving conflicting allocations, according to figures from the judiciary.
p|The families say they will hold a prayer vigil on the site this Sunday.
tags|TAGS
tags|eviction
tags|Ha Thetsane
tags|High Court
tags|LAA
share|Facebook
share|Twitter
share|WhatsApp
nav|Previous article
nav|Editorial: Land allocation mess needs urgent fixing
nav|Next article
nav|Matlama, Lioli share spoils in Maseru derby
related|RELATED ARTICLESMORE FROM AUTHOR
related|Cabinet approves new Land Bill
related|Berea chief arrested over double allocation of sites
related|Maseru City Council suspends street vendor licences
comments|2 COMMENTS
comments|Motlatsi
comments|March 12, 2026 At 9:14 am
comments|This is the problem with our land system, the poor always lose.
comments|Reply
comments|Puleng M
comments|March 12, 2026 At 11:02 am
comments|LAA must explain who signed that lease!
comments|Reply
comments|LEAVE A REPLY Cancel reply
comments|Please enter your comment!
comments|Please enter your name here
comments|You have entered an incorrect email address!
comments|Please enter your email address here
comments|Save my name, email, and website in this browser for the next time I comment.
comments|Post Comment
epaper|Get the latest edition of the Maloti Times on your phone. Read the Epaper
most-read|POPULAR POSTS
most-read|LEC tariff hike: consumers to pay 6.8 percent more from April
most-read|March 5, 2026
most-read|Textile workers put on three-day weeks as US orders dry up
most-read|February 19, 2026
most-read|Two former ministers appear in court over fuel tender
most-read|February 12, 2026
footer|ABOUT US
footer|The Maloti Times is Lesotho's independent weekly newspaper, published every Thursday by Maloti Media (Pty) Ltd, Kingsway, Maseru.
footer|Contact us: editor@malotitimes.co.ls
footer|FOLLOW US
copyright|© Copyright 2026 - The Maloti Times. All Rights Reserved
back-to-top|Back to top
"""),
 dict(id="eswatini-observer-style-1", site="eswatini-observer-style", lang="en", sep="\n", title="Lubombo cane growers count E40 million losses after hailstorm", date="2026-01-27", page="""
timestamp|Tuesday, 27 January 2026
ticker|E1 = R1.00 USD 18.39 Brent $71.20
account|Login
paywall|Subscribe
epaper|Today's Paper
menu|The Kingdom Observer
menu|Eswatini's Favourite Daily
menu|HOME
menu|NEWS
menu|BUSINESS
menu|SPORTS
menu|ENTERTAINMENT
menu|OPINION
menu|FEATURES
menu|WEEKEND OBSERVER
menu|CLASSIFIEDS
menu|TENDERS
menu|VACANCIES
search|Search...
ad|ADVERTISEMENT
ad|Eswatini Bank - Farmers' Input Loan now open. Visit your nearest branch.
breadcrumb|Home / News / Lubombo cane growers count E40 million losses after hailstorm
section-label|NEWS
h1|Lubombo cane growers count E40 million losses after hailstorm
byline|By Sifiso Mamba
dateline|Posted: Tuesday, 27 January 2026 06:45
views|Hits: 2 341
font|A+ A-
print|Print
share|Email
share|Share on Facebook
share|Share on X
share|Share on WhatsApp
caption|A sugar cane field flattened by hail at Vuvulane on Sunday.
credit|(Pic: Sifiso Mamba)
lead|SMALL-SCALE sugar cane farmers in the Lubombo region say a weekend hailstorm destroyed crops worth an estimated E40 million, wiping out a season's earnings for hundreds of households.
p|VUVULANE - The storm, which lasted about 40 minutes on Sunday afternoon, hit farms in Vuvulane, Mhlume and parts of Tshaneni, stripping leaves from cane stalks and flattening fields that were due to be harvested from May.
p|The chairperson of one of the growers' associations in the area, Mduduzi Shongwe, said at least 600 hectares had been badly damaged, most of it belonging to smallholders who farm between two and 20 hectares each.
p|"I have been farming cane here for 26 years and I have never seen hailstones this big. Some were the size of golf balls. In less than an hour, everything we worked for was gone," Shongwe said yesterday while showing this reporter around his field.
ad|ADVERTISEMENT
h2|Loans still to be repaid
p|Farmers said the biggest worry was that most of them had taken loans to buy fertiliser, chemicals and to pay for irrigation, and were counting on this year's harvest to repay them.
p|Make Nomsa Dlamini, a widow who farms four hectares at Mhlume, said she did not know how she would pay school fees for her grandchildren this year.
p|"We were told the cane will grow again, but it will not give us the same tonnage. Who will pay the bank in the meantime?" she asked.
read-also|READ ALSO: Sugar industry projects lower output as prices fall
p|An extension officer in the area explained that cane damaged at this stage of growth could recover partially, but that the sugar content of the stalks was likely to be lower, reducing what farmers would be paid by the mills.
h2|Ministry dispatches assessment team
p|The Ministry of Agriculture said a team of officers had been sent to the affected areas to assess the extent of the damage.
p|The ministry's spokesperson said the report would be presented to Cabinet, which would decide on any assistance.
p|"We sympathise with the farmers. Government is aware of the situation and we will do everything in our power to help them recover," the spokesperson said.
p|The National Disaster Management Agency (NDMA) also confirmed that the storm had damaged the roofs of about 30 homes in the area and that relief items, including tents and blankets, had been distributed to affected families on Monday.
p|Sugar is the country's largest agricultural export, and thousands of smallholders in the Lowveld supply cane to the mills through farmers' associations.
p|The Eswatini Meteorological Service has warned of more severe thunderstorms, with possible hail and strong winds, in the Lubombo and Shiselweni regions until Thursday.
tags|Tags: Sugar cane, Hailstorm, Lubombo, Vuvulane, Farmers
comments|Comments (1)
comments|Mancoba M. - 27 January 2026 08:12
comments|Government must come with a relief fund for these farmers, they feed this country.
comments|Add comment
comments|Name (required)
comments|E-mail (required, but will not display)
comments|Notify me of follow-up comments
comments|Refresh
comments|Send
related|Related Articles
related|Sugar industry projects lower output as prices fall
related|Farmers urged to insure crops ahead of rainy season
related|NDMA warns of floods in low-lying areas
most-read|Most Read
most-read|PM to address nation on new fuel levy
most-read|Police arrest three after Manzini ATM bombing
most-read|Mbabane Swallows part ways with coach
notices|TENDERS
notices|Ministry of Public Works and Transport - Tender No. 14 of 2025/26: Rehabilitation of MR3 bridge. Closing date: 20 February 2026
notices|Eswatini Water Services Corporation - Supply of water meters. Closing date: 13 February 2026
jobs|VACANCIES
jobs|Accountant - Manzini (Closing date: 6 February 2026)
jobs|Sales Representative - Mbabane (Closing date: 4 February 2026)
obituary|DEATH NOTICES
obituary|Sibongile Nxumalo (1958 - 2026) - Funeral service at Mankayane on Saturday
footer|The Kingdom Observer
footer|Published by Kingdom Observer Newspapers (Pty) Ltd, Mbabane, Eswatini
footer|Tel: +268 2400 0000 Email: news@kingdomobserver.co.sz
footer|About Us - Advertise - Contact Us - Terms of Use - Privacy Policy
copyright|Copyright © 2026 The Kingdom Observer. All rights reserved.
"""),
 dict(id="eswatini-observer-style-2", site="eswatini-observer-style", lang="en", sep="\n", title="Teachers give government 14 days to table salary review", date="2026-03-03", page="""
timestamp|Tuesday, 03 March 2026
ticker|E1 = R1.00 USD 18.11 Brent $69.85
account|Login
paywall|Subscribe
epaper|Today's Paper
menu|The Kingdom Observer
menu|Eswatini's Favourite Daily
menu|HOME
menu|NEWS
menu|BUSINESS
menu|SPORTS
menu|ENTERTAINMENT
menu|OPINION
menu|FEATURES
menu|WEEKEND OBSERVER
menu|CLASSIFIEDS
menu|TENDERS
menu|VACANCIES
search|Search...
ad|ADVERTISEMENT
ad|MTN MoMo - Send money to any network for free this March. T's and C's apply.
breadcrumb|Home / News / Teachers give government 14 days to table salary review
section-label|NEWS
h1|Teachers give government 14 days to table salary review
byline|By Thandeka Simelane
dateline|Posted: Tuesday, 03 March 2026 05:30
views|Hits: 3 918
font|A+ A-
print|Print
share|Email
share|Share on Facebook
share|Share on X
share|Share on WhatsApp
caption|Teachers at the union's special general meeting held at Mavuso Trade Centre on Saturday.
credit|(Pic: Lwazi Nhlengethwa)
lead|TEACHERS have given government 14 days to present the long-awaited salary review report, failing which they say they will embark on a series of protest actions.
p|MANZINI - The resolution was taken at the teachers' association's special general meeting held at the Mavuso Trade and Exhibition Centre on Saturday, which was attended by more than 2 000 members from all four regions.
p|The association's Secretary General, Bheki Magagula, told the meeting that government had promised in 2024 that the review, conducted by a team of consultants, would be implemented in the 2025/26 financial year, but teachers had still not seen the report.
p|"We have been patient. We have attended every meeting at the Joint Negotiation Forum. Now we are told there is no money. Teachers cannot keep subsidising government," Magagula said, to loud applause.
ad|ADVERTISEMENT
h2|Resolutions
p|Among the resolutions taken at the meeting, the teachers agreed that:
li|government must table the salary review report within 14 days;
li|the backlog of promotions and relief teachers' allowances must be paid before the end of the financial year;
li|members will hold marches in Mbabane, Manzini, Nhlangano and Siteki should government fail to respond;
li|a secret ballot on a possible strike will be conducted in April.
p|Teachers also raised concern over the high cost of living, saying that the 3 percent cost of living adjustment granted last year had been eaten up by increases in fuel, electricity and food prices.
p|A teacher from Shiselweni, Lindiwe Dlamini, said many of her colleagues were heavily indebted. "Some of us take home less than E3 000 after deductions. We are borrowing from loan sharks to survive," she said.
read-also|READ ALSO: Public servants reject 3% COLA offer
h2|Government responds
p|Government spokesperson Sibusiso Tsabedze said yesterday that government remained committed to the negotiations and urged teachers not to disrupt schools.
p|"The salary review report will be discussed at the Joint Negotiation Forum. Government has never refused to engage the workers. However, it must be understood that any adjustment must be affordable and sustainable," he said.
p|He added that the Minister of Public Service would meet the leadership of public sector unions next week.
p|The Ministry of Education and Training also appealed to teachers to ensure that learners, especially those preparing for external examinations, were not affected.
p|Eswatini has more than 13 000 teachers in public schools, making them the biggest group in the civil service. The last major strike by teachers, in 2019, disrupted schools for several weeks.
tags|Tags: Teachers, Salary review, Public Service, JNF, Strike
comments|Comments (3)
comments|Sipho - 03 March 2026 07:02
comments|Viva teachers! Government has money for everything except workers.
comments|Concerned parent - 03 March 2026 08:45
comments|Please think of our children writing exams this year.
comments|Mkhulu Z - 03 March 2026 09:30
comments|14 days is enough time. Let them table it.
comments|Add comment
comments|Name (required)
comments|E-mail (required, but will not display)
comments|Notify me of follow-up comments
comments|Refresh
comments|Send
related|Related Articles
related|Public servants reject 3% COLA offer
related|Nurses threaten go-slow over risk allowance
related|Treasury warns of tight budget for 2026/27
poll|POLL: Should government implement the salary review this year?
poll|Yes
poll|No
poll|Vote
poll|Results
most-read|Most Read
most-read|Police warn of fake job adverts on social media
most-read|Sihlangu Semnikati squad named for AFCON qualifiers
most-read|Manzini market vendors protest new fees
notices|TENDERS
notices|Ministry of Education and Training - Supply and delivery of school furniture. Closing date: 27 March 2026
jobs|VACANCIES
jobs|Qualified Mathematics Teacher - private school, Ezulwini (Closing date: 13 March 2026)
obituary|DEATH NOTICES
obituary|Phumzile Gamedze (1964 - 2026) - Memorial service at Siteki Nazarene Church on Thursday
footer|The Kingdom Observer
footer|Published by Kingdom Observer Newspapers (Pty) Ltd, Mbabane, Eswatini
footer|Tel: +268 2400 0000 Email: news@kingdomobserver.co.sz
footer|About Us - Advertise - Contact Us - Terms of Use - Privacy Policy
copyright|Copyright © 2026 The Kingdom Observer. All rights reserved.
"""),
]
