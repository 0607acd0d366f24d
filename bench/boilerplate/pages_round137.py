# Round 137: eight pages on four more layouts (a Tahiti daily's news site in French, a Valais regional daily in
# French, a Dominica online news site in English, a Palau weekly newspaper's site in English), written blind: without
# looking at the classifier, its rules or the benchmark, measured once. Each line: "label|text". Invented text; no
# real article is copied.
ROUND137 = [
 dict(id="nouvelles-de-tahiti-style-1", site="nouvelles-de-tahiti-style", lang="fr", sep="\n", title="Desserte des Tuamotu : le Pays commande un nouveau navire mixte de 4,2 milliards", date="2026-02-18", page="""
timestamp|Mercredi 18 février 2026
ticker|Papeete 31°C - Averses orageuses
ticker|1 € = 119,33 XPF
ticker|Lever du soleil 05:58 - Coucher 18:47
account|Se connecter
subscribe|S'abonner
epaper|Le journal du jour en PDF
menu|Fenua Matin
menu|Le quotidien de la Polynésie depuis 1998
menu|Accueil
menu|Actu Tahiti
menu|Politique
menu|Société
menu|Faits divers
menu|Économie
menu|Îles
menu|Pacifique
menu|Monde
menu|Sport
menu|Va'a
menu|Culture
menu|Vidéos
menu|Annonces légales
breaking|FLASH INFO
breaking|Coupure d'électricité programmée à Punaauia jeudi de 8 heures à 12 heures
breaking|Le vol TN 102 en provenance de Los Angeles annoncé avec 2 h 40 de retard
ad|Publicité
ad|FARE NET FIBRE - Le très haut débit arrive à Taravao et Teahupo'o. Testez votre éligibilité
breadcrumb|Accueil > Actu Tahiti > Économie > Desserte des Tuamotu : le Pays commande un nouveau navire mixte de 4,2 milliards
section-label|Économie
h1|Desserte des Tuamotu : le Pays commande un nouveau navire mixte de 4,2 milliards
byline|Rédigé par Heimana Teriitahi le Mercredi 18 Février 2026 à 17:42
views|Lu 1 842 fois
lead|Tahiti, le 18 février 2026 - Le conseil des ministres a validé mercredi l'achat d'un navire mixte passagers-fret destiné à desservir une quinzaine d'atolls des Tuamotu de l'Est. Le bateau, construit en Espagne, doit entrer en service au second semestre 2027.
caption|Le futur navire, ici en image de synthèse, pourra embarquer 90 passagers et 1 200 tonnes de marchandises.
credit|(Crédit : DR / chantier naval)
p|C'est une promesse faite aux îles éloignées depuis près de dix ans. Le gouvernement a officialisé mercredi, à l'issue du conseil des ministres, la commande d'un navire mixte neuf pour assurer la desserte des atolls de l'Est des Tuamotu, de Hao à Reao en passant par Fangatau, Napuka, Pukarua ou encore Vahitahi. Montant de l'opération : 4,2 milliards de Fcfp.
p|Le bâtiment, long de 78 mètres, sera construit par un chantier naval galicien retenu au terme d'un appel d'offres international lancé au printemps dernier. Il pourra embarquer 90 passagers en cabines et en fauteuils, 1 200 tonnes de fret, dont une cale réfrigérée, et deux barges de débarquement pour les atolls dépourvus de quai.
read-also|À lire aussi : Le Hawaiki Nui bloqué à quai depuis trois semaines faute de pièce moteur
p|Le navire sera ensuite confié en délégation de service public à un armateur privé, pour une durée de douze ans. Le cahier des charges impose une rotation toutes les trois semaines, contre une tous les quarante jours en moyenne aujourd'hui pour les atolls les plus éloignés.
h2|Des atolls « oubliés »
p|Dans ces îles, la goélette reste le seul lien régulier avec Papeete pour le ravitaillement, le carburant, les matériaux de construction et l'expédition du coprah. Les retards à répétition de ces derniers mois, liés à des avaries sur deux des navires en service, ont provoqué des pénuries de gaz et de farine à Napuka et Tatakoto en décembre.
p|« Quand le bateau ne vient pas, le magasin est vide au bout de deux semaines. Les familles mangent du poisson et du riz, et encore, s'il reste du riz », témoigne Tehina Tarahu, tavana de Reao, joint par téléphone. « Ce bateau, on l'attend depuis longtemps. On espère qu'il arrivera vraiment en 2027. »
ad|Publicité
ad|AIR TIARE - Offre Famille : -30 % sur vos billets vers les Marquises jusqu'au 31 mars
h2|Un financement en trois parts
p|Le ministre en charge des transports interinsulaires a détaillé devant la presse le plan de financement du navire :
li|2,1 milliards de Fcfp apportés par le Pays, inscrits au collectif budgétaire examiné en mars par l'assemblée ;
li|1,3 milliard au titre du contrat de développement et de transformation signé avec l'État ;
li|800 millions empruntés auprès de l'Agence française de développement, sur vingt ans.
p|Le coût d'exploitation, estimé à 380 millions par an, sera couvert en partie par le fret et les billets, le reste par une compensation versée par le Pays à l'armateur. Les tarifs passagers seront alignés sur ceux des autres lignes subventionnées.
p|L'opposition, qui ne conteste pas le principe, s'interroge sur le choix d'un chantier européen. « Deux ans de construction, deux mois de convoyage, et pas un franc de retombées pour nos entreprises », regrette un élu, qui souhaite qu'une partie de l'entretien soit au moins réalisée au port de Papeete.
p|La livraison est prévue en juillet 2027. D'ici là, le Pays promet de renforcer les contrôles sur les navires actuellement en service.
tags|Tags : desserte maritime, Tuamotu, transport interinsulaire, conseil des ministres
rating|Notez
rating|0 vote
print|🖨 Version imprimable
share|✉ Envoyer à un ami
font|A+ Augmenter la taille du texte
font|A- Diminuer la taille du texte
share|Partager : Facebook Twitter LinkedIn WhatsApp
comments|Commentaires (2)
comments|Teva M. — 18/02/2026 18:31
comments|Enfin ! Ça fait dix ans qu'on attend à Reao, la goélette passe une fois par mois quand elle passe.
comments|Mamie Rose — 18/02/2026 19:05
comments|4,2 milliards pour un bateau espagnol, pourquoi pas un chantier local ?
comments|Ajouter un commentaire
related|Dans la même rubrique :
related|< >
related|Le prix du coprah revalorisé à 160 Fcfp le kilo
related|Mardi 17 Février 2026 - 16:20
related|Port autonome : la grève des dockers évitée de justesse
related|Lundi 16 Février 2026 - 11:08
related|Tourisme : 2025, année record avec 268 000 visiteurs
related|Lundi 16 Février 2026 - 08:45
teaser-list|Les dernières news
teaser-list|18:10 Va'a : la sélection tahitienne pour les championnats du monde dévoilée
teaser-list|17:55 Faa'a : un motocycliste grièvement blessé sur la RDO
teaser-list|17:30 Nouvelle-Calédonie : reprise des discussions à Paris
teaser-list|Toutes les news
most-read|Les plus lus
most-read|1. Papeete : le marché fermé pour travaux pendant trois mois
most-read|2. Dengue : l'épidémie progresse à Moorea
most-read|3. Bac 2026 : les dates des épreuves connues
flights|Vols du jour - Arrivées Faa'a
flights|TN 102 Los Angeles 05:35 Retardé
flights|NZ 46 Auckland 08:10 Atterri
flights|VT 418 Bora Bora 09:25 À l'heure
newsletter|Recevez la newsletter de Fenua Matin chaque matin à 6 heures
newsletter|Votre e-mail
newsletter|OK
app|Téléchargez l'application Fenua Matin sur l'App Store et Google Play
footer|Fenua Matin
footer|Qui sommes-nous - Publicité - Abonnements - Contact - CGU - Mentions légales
copyright|© 2026 Fenua Matin - Tous droits réservés - Reproduction interdite
cookie|Ce site utilise des cookies pour améliorer votre navigation et mesurer l'audience. Accepter Paramétrer
"""),
 dict(id="nouvelles-de-tahiti-style-2", site="nouvelles-de-tahiti-style", lang="fr", sep="\n", title="Houle australe : vigilance orange sur les côtes sud de Tahiti et aux Australes", date="2026-06-04", page="""
timestamp|Jeudi 4 juin 2026
ticker|Papeete 26°C - Ciel voilé
ticker|1 € = 119,33 XPF
ticker|Lever du soleil 06:22 - Coucher 17:36
account|Se connecter
subscribe|S'abonner
epaper|Le journal du jour en PDF
menu|Fenua Matin
menu|Le quotidien de la Polynésie depuis 1998
menu|Accueil
menu|Actu Tahiti
menu|Politique
menu|Société
menu|Faits divers
menu|Économie
menu|Îles
menu|Pacifique
menu|Monde
menu|Sport
menu|Va'a
menu|Culture
menu|Vidéos
menu|Annonces légales
breaking|FLASH INFO
breaking|Vigilance orange houle : les écoles de Teahupo'o fermées vendredi
ad|Publicité
ad|MOANA ASSURANCES - Votre faré est-il bien assuré contre les intempéries ? Devis gratuit en 2 minutes
breadcrumb|Accueil > Actu Tahiti > Société
section-label|Société
h1|Houle australe : vigilance orange sur les côtes sud de Tahiti et aux Australes
byline|Rédigé par Vaimiti Laurent le Jeudi 4 Juin 2026 à 11:15
dateline|Modifié le Jeudi 4 Juin 2026 à 16:02
views|Lu 3 507 fois
lead|Tahiti, le 4 juin 2026 - Météo-France a placé jeudi les côtes exposées au sud de Tahiti, Moorea et l'archipel des Australes en vigilance orange pour fortes houles. Des vagues de 4 à 5 mètres sont attendues à partir de vendredi matin, avec des pics à 6 mètres à Rapa.
video|VIDÉO - Les premières séries à Teahupo'o filmées depuis la passe
video|01:48
p|Une forte dépression, centrée au large de la Nouvelle-Zélande, génère depuis mardi une houle longue de sud-sud-ouest qui doit atteindre la Polynésie dans la nuit de jeudi à vendredi. Selon les prévisionnistes, la mer devrait grossir rapidement à l'aube, avec une période de 16 à 18 secondes, ce qui rend ces vagues particulièrement puissantes à l'approche des récifs.
p|Sur les côtes sud de Tahiti, de Paea à Teahupo'o, des vagues de 4 à 5 mètres sont attendues vendredi, et jusqu'à 6 mètres sur les côtes les plus exposées de Rapa et Raivavae. Le phénomène devrait durer au moins jusqu'à dimanche soir.
caption|La route de ceinture à Papara, submergée lors de l'épisode de houle de juillet 2025.
credit|(Photo : archives Fenua Matin)
h2|Risque de submersion
p|Le haut-commissariat et la direction de la protection civile craignent surtout des submersions sur le littoral, comme en juillet dernier, lorsque la mer avait envahi la route de ceinture à Papara et plusieurs maisons en bord de plage à Taravao. Des débris rocheux avaient alors bloqué la circulation pendant une demi-journée.
p|« La marée haute de vendredi midi va coïncider avec le pic de la houle. C'est ce créneau qui nous inquiète le plus », explique Tevai Maiau, prévisionniste au centre météorologique de Faa'a. « Même si les vagues ne semblent pas énormes depuis la plage, l'eau peut monter très vite derrière le récif. »
read-also|Lire aussi : Teahupo'o : la tour des juges de nouveau endommagée par la houle
p|Les communes de Teva I Uta, Taiarapu-Ouest et Papara ont activé leur plan communal de sauvegarde. Des sacs de sable ont été distribués jeudi après-midi aux riverains les plus exposés, et les services techniques ont dégagé les embouchures des rivières pour faciliter l'écoulement des eaux.
embed-blocked|Ce contenu Facebook est bloqué. Acceptez les cookies des réseaux sociaux pour l'afficher.
embed-blocked|Gérer mes choix
h2|Les consignes
p|La protection civile rappelle les consignes à respecter pendant toute la durée de la vigilance :
li|ne pas s'approcher du bord de mer, des digues et des passes, même pour prendre des photos ;
li|reporter toute sortie en mer, en pirogue, en paddle ou en bateau de plaisance ;
li|ne pas circuler sur les tronçons de route de ceinture submergés ;
li|mettre à l'abri ou arrimer les embarcations et le matériel de plage ;
li|se tenir informé des bulletins de Météo-France et des messages des mairies.
p|Les écoles et le collège de Teahupo'o resteront fermés vendredi. Aux Australes, la rotation du cargo prévue samedi vers Rapa a été reportée à la semaine prochaine.
p|Côté surf, les vagues attirent déjà les amateurs de sensations fortes. La mairie de Taiarapu-Ouest a rappelé que la baignade et la pratique du surf seront interdites au bout de la route de Teahupo'o tant que la vigilance orange sera maintenue, et que des contrôles seront effectués par la police municipale.
p|Un point de situation sera fait vendredi à 9 heures par le haut-commissariat.
tags|Tags : houle, vigilance orange, Météo-France, Teahupo'o, Australes, protection civile
rating|Notez
rating|12 votes
print|🖨 Version imprimable
share|✉ Envoyer à un ami
font|A+ Augmenter la taille du texte
font|A- Diminuer la taille du texte
share|Partager : Facebook Twitter LinkedIn WhatsApp
comments|Commentaires (0)
comments|Soyez le premier à réagir
comments|Ajouter un commentaire
related|Dans la même rubrique :
related|< >
related|Dengue : 214 nouveaux cas en une semaine
related|Jeudi 4 Juin 2026 - 09:40
related|Heiva i Tahiti 2026 : la billetterie ouvre lundi
related|Mercredi 3 Juin 2026 - 17:02
related|Papeete : le parking de la mairie payant dès juillet
related|Mercredi 3 Juin 2026 - 14:25
teaser-list|Les dernières news
teaser-list|16:40 Football : Tefana se qualifie pour la finale de la Coupe de Polynésie
teaser-list|16:05 Assemblée : le collectif budgétaire adopté à main levée
teaser-list|15:32 Hawaï : éruption spectaculaire du Kilauea
teaser-list|Toutes les news
most-read|Les plus lus
teaser-list|1. Houle australe : vigilance orange sur les côtes sud de Tahiti et aux Australes
most-read|2. Taravao : un incendie détruit un entrepôt de la zone industrielle
most-read|3. Heiva : les groupes de chant en lice dévoilés
flights|Vols du jour - Arrivées Faa'a
flights|TN 8 Paris via Los Angeles 05:10 Atterri
flights|HA 481 Honolulu 20:35 À l'heure
flights|VT 562 Rurutu 16:50 Annulé
newsletter|Recevez la newsletter de Fenua Matin chaque matin à 6 heures
newsletter|Votre e-mail
newsletter|OK
app|Téléchargez l'application Fenua Matin sur l'App Store et Google Play
footer|Fenua Matin
footer|Qui sommes-nous - Publicité - Abonnements - Contact - CGU - Mentions légales
copyright|© 2026 Fenua Matin - Tous droits réservés - Reproduction interdite
cookie|Ce site utilise des cookies pour améliorer votre navigation et mesurer l'audience. Accepter Paramétrer
"""),
 dict(id="le-nouvelliste-valais-style-1", site="le-nouvelliste-valais-style", lang="fr", sep="\n", title="Éboulement à Gondo : la route du Simplon rouverte en circulation alternée", date="2026-04-21", page="""
skip-link|Aller au contenu
menu|Le Rhodanien
menu|Valais
menu|Sion
menu|Sierre
menu|Martigny
menu|Monthey-Chablais
menu|Haut-Valais
menu|Suisse
menu|Monde
menu|Sport
menu|Culture
menu|Magazine
menu|Avis mortuaires
epaper|ePaper
search|Recherche
account|Se connecter
subscribe|S'abonner
weather|Sion 14° Martigny 15° Brigue 12° Zermatt 3°
breadcrumb|Valais > Haut-Valais
section-label|Simplon
paywall|Abonnés
h1|Éboulement à Gondo : la route du Simplon rouverte en circulation alternée
lead|Fermée depuis dimanche soir après la chute de plusieurs centaines de mètres cubes de rochers, la route nationale entre Gondo et Gabi a rouvert mardi en fin d'après-midi. Le trafic y est réglé par des feux et la situation reste surveillée.
byline|Par Nadia Fellay
dateline|Publié le 21.04.2026, 17:48
dateline|Mis à jour le 21.04.2026, 19:12
reading-time|Temps de lecture: 4 min
listen|Écouter l'article
share|Partager
share|Facebook
share|WhatsApp
share|E-mail
share|Copier le lien
caption|Les géologues ont survolé mardi matin la zone de départ de l'éboulement, au-dessus de la galerie de protection.
credit|Héloïse Maret/Le Rhodanien
section-label|L'essentiel en bref
li|Environ 600 mètres cubes de roche se sont détachés dimanche vers 21 heures au-dessus de la route du Simplon, entre Gondo et Gabi.
li|Personne n'a été blessé, mais une voiture a été endommagée par des blocs.
li|La route a rouvert mardi à 17 heures en circulation alternée, de 6 heures à 21 heures seulement.
p|Il était un peu plus de 21 heures, dimanche, lorsque les habitants de Gondo ont entendu un grondement sourd descendre de la montagne. Quelque 600 mètres cubes de roche se sont détachés d'une paroi surplombant la route nationale, à environ un kilomètre en amont du village, sur le versant sud du col du Simplon.
p|Plusieurs blocs, dont certains pesant plus de vingt tonnes, ont traversé la chaussée et fini leur course dans la Diveria. Un automobiliste italien qui remontait vers le col a pu s'arrêter à temps, mais son véhicule a été touché à l'avant par des pierres. Il est sorti indemne.
read-also|Lire aussi: Col du Grand-Saint-Bernard: l'ouverture de la route avancée au 15 mai
p|La route a immédiatement été fermée entre Gondo et Gabi, coupant la liaison routière directe entre le Valais et le Val d'Ossola. Les frontaliers qui travaillent à Brigue et à Viège ont dû se rabattre sur le ferroutage du Lötschberg ou sur le train par le tunnel du Simplon.
ad|Annonce
h2|Des purges pendant deux jours
p|Lundi et mardi, une équipe de spécialistes a procédé à des purges de la paroi, en faisant tomber les blocs instables à l'aide de coussins hydrauliques et d'explosifs. Des filets et un radar de surveillance des mouvements de terrain ont été installés au-dessus de la chaussée.
p|«La zone de départ est aujourd'hui sécurisée pour l'essentiel, mais la paroi reste fracturée. Nous ne pouvons pas exclure de nouvelles chutes de pierres, surtout avec le dégel», explique Lukas Imboden, géologue cantonal adjoint, qui a survolé le site en hélicoptère mardi matin.
p|C'est pourquoi la circulation ne sera autorisée, dans un premier temps, qu'entre 6 heures et 21 heures, sur une seule voie réglée par des feux. Le radar est relié à ces feux: en cas de mouvement détecté, ils passent automatiquement au rouge.
h2|Un axe fragile
p|Ce n'est pas la première fois que la route du Simplon est coupée sur ce tronçon. En octobre 2024, des laves torrentielles avaient déjà bloqué le trafic pendant près d'une semaine. Le village de Gondo garde par ailleurs le souvenir de la catastrophe d'octobre 2000, lorsqu'une coulée de boue avait emporté une partie du village et fait treize morts.
p|L'Office fédéral des routes, propriétaire de l'axe, prévoit de prolonger la galerie de protection existante de 180 mètres. Le projet, estimé à 38 millions de francs, doit être mis à l'enquête publique d'ici la fin de l'année. Les travaux ne débuteraient toutefois pas avant 2028.
p|En moyenne, quelque 4'500 véhicules empruntent chaque jour la route du col à cette période de l'année, dont une part importante de poids lourds. «Chaque fermeture coûte cher aux entreprises de transport et aux commerces de Gondo, qui vivent en grande partie du trafic de transit», rappelle le président de la commune de Zwischbergen.
p|Les autorités recommandent aux usagers de consulter l'état des routes avant de partir et de prévoir des temps d'attente pouvant atteindre une vingtaine de minutes aux feux.
dossier|Notre dossier: Dangers naturels en Valais
author-bio|Nadia Fellay
author-bio|Journaliste à la rubrique Valais
author-link|Tous ses articles
comments|Commentaires (7)
comments|Les commentaires sont réservés aux abonnés.
comments|Se connecter pour commenter
newsletter|La newsletter du matin
newsletter|L'essentiel de l'actualité valaisanne dans votre boîte mail, du lundi au samedi.
newsletter|S'inscrire
teaser-list|L'actu en continu
teaser-list|19:05 FC Sion: le défenseur central prolonge jusqu'en 2029
teaser-list|18:41 Martigny: la Foire du Valais dévoile son hôte d'honneur
teaser-list|18:12 Conthey: un motard blessé dans une collision avec une voiture
teaser-list|17:30 Grand Conseil: le budget des hautes écoles passe la rampe
teaser-list|Voir plus
most-read|Les plus lus
most-read|Crans-Montana: la commune plafonne les locations de courte durée
most-read|Vignes: le gel de la nuit inquiète les vignerons du Valais central
most-read|Sierre: le nouveau giratoire de Glarey crée des bouchons
obituary|Avis mortuaires
obituary|Madame Yvonne Rey-Bonvin, Chermignon
obituary|Monsieur Jean-Marc Délèze, Nendaz
obituary|Madame Rosa Imhof-Zenklusen, Brigue
obituary|Tous les avis mortuaires
subscribe|Le Rhodanien en illimité: le premier mois pour CHF 1.-
subscribe|Je m'abonne
network|Nos autres titres: L'Écho lémanique - Arc jurassien Info - La Gazette de la Broye
footer|Le Rhodanien
footer|Impressum
footer|Contact
footer|Publicité
footer|Abonnements
footer|Conditions générales
footer|Protection des données
footer|Paramètres des cookies
copyright|© Le Rhodanien 2026. Tous droits réservés.
"""),
 dict(id="le-nouvelliste-valais-style-2", site="le-nouvelliste-valais-style", lang="fr", sep="\n", title="HC Sierre: les Rouge et Jaune arrachent un septième match face à Olten", date="2026-03-14", page="""
skip-link|Aller au contenu
menu|Le Rhodanien
menu|Valais
menu|Sion
menu|Sierre
menu|Martigny
menu|Monthey-Chablais
menu|Haut-Valais
menu|Suisse
menu|Monde
menu|Sport
menu|Culture
menu|Magazine
menu|Avis mortuaires
epaper|ePaper
search|Recherche
account|Se connecter
subscribe|S'abonner
scoreboard|Swiss League - Play-off, quarts de finale
scoreboard|Sierre 4-3 ap Olten (série 3-3)
scoreboard|Viège 2-5 La Chaux-de-Fonds (série 2-4)
scoreboard|Thurgovie 1-0 GCK Lions (série 4-2)
scoreboard|Tous les résultats
breadcrumb|Sport > Hockey sur glace
section-label|Hockey sur glace
paywall|Abonnés
h1|HC Sierre: les Rouge et Jaune arrachent un septième match face à Olten
lead|Menés 1-3 à la mi-match, les Sierrois ont renversé les Soleurois (4-3 après prolongation) vendredi soir devant un Graben bouillant. Tout se jouera dimanche à Olten.
byline|Par Grégoire Tornay
dateline|Publié le 14.03.2026, 00:12
reading-time|Temps de lecture: 3 min
share|Partager
share|Facebook
share|WhatsApp
share|E-mail
share|Copier le lien
gallery|Galerie photos: l'ambiance au Graben (24 photos)
caption|Yannick Berthoud exulte après son but en prolongation.
credit|Sacha Zufferey/Le Rhodanien
p|Il restait 1'34 à jouer dans la première prolongation quand Yannick Berthoud a récupéré un puck qui traînait devant le but soleurois. Un revers sous la transversale, et le Graben a explosé. Les 4'212 spectateurs, qui avaient cru le HC Sierre condamné à la mi-match, ont salué pendant de longues minutes un retour spectaculaire.
p|Car la soirée avait mal commencé pour les hommes de Daniel Rüegg. Plus incisifs, les Soleurois ont ouvert la marque dès la 6e minute en supériorité numérique, avant de doubler la mise peu après. Le but de Nicolas Tschopp (14e) n'a offert qu'un bref répit: Olten menait 3-1 à la 31e.
h2|Le coup de poing de Mathez
p|Le tournant est intervenu au début de la troisième période. Le capitaine Florian Mathez, d'une reprise puissante depuis la ligne bleue, a relancé les siens (43e). Huit minutes plus tard, en power-play, le Canadien Tyler Brennan égalisait d'un tir dévié. Le Graben, resté silencieux une bonne partie de la soirée, n'a plus cessé de chanter.
p|«Dans le vestiaire, à la deuxième pause, personne n'a crié. On s'est juste dit qu'on n'avait pas fait tout ce chemin pour s'arrêter ce soir», racontait Florian Mathez après la rencontre.
video|Vidéo: les buts du match
video|02:36
p|Les Soleurois, eux, ne cachaient pas leur frustration. Leur entraîneur a regretté «vingt minutes de panique» et une pénalité sifflée selon lui trop sévèrement à l'origine de l'égalisation.
ad|Annonce
h2|Les réactions
p|Daniel Rüegg, entraîneur du HC Sierre: «Mes joueurs ont montré un caractère énorme. Nous étions moins bons pendant trente minutes, mais nous n'avons jamais lâché. Dimanche, il faudra jouer soixante minutes comme nous avons joué la dernière demi-heure.»
p|Yannick Berthoud, auteur du but de la victoire: «Je ne l'ai pas vraiment vu entrer. J'ai entendu le bruit, puis tout le monde m'est tombé dessus. C'est le plus beau but de ma carrière, mais il ne vaut rien si on perd dimanche.»
p|Le septième match aura lieu dimanche à 17 heures à Olten. Le vainqueur affrontera Thurgovie en demi-finale. Un car de supporters est organisé au départ de Sierre; les inscriptions sont ouvertes jusqu'à samedi midi auprès du club.
h2|Le match
p|Sierre - Olten 4-3 ap (1-2 1-1 2-0 1-0)
p|Graben, 4'212 spectateurs. Arbitres: Kohler et Dubois; Steiner et Rochat.
p|Buts: 6e Lüthi (Frei, à 5 contre 4) 0-1. 11e Gerber (Hügli) 0-2. 14e Tschopp (Berthoud) 1-2. 31e Frei (Lüthi) 1-3. 43e Mathez (Brennan) 2-3. 51e Brennan (Mathez, Tschopp, à 5 contre 4) 3-3. 79e Berthoud 4-3.
p|Pénalités: 3 x 2' contre Sierre, 5 x 2' contre Olten.
p|Sierre: Zurbriggen; Mathez, Bonnet; Favre, Locher; Imhof, Salamin; Brennan, Tschopp, Berthoud; Gay, Métrailler, Pont; Caloz, Antille, Bagnoud; Rey.
p|Notes: Sierre sans Ançay (blessé). Olten sort son gardien au profit d'un sixième joueur de champ de 59'02 à 59'41. Tyler Brennan et Reto Lüthi désignés meilleurs joueurs de leur équipe.
author-bio|Grégoire Tornay
author-bio|Journaliste à la rubrique sportive
author-link|Tous ses articles
comments|Commentaires (23)
comments|Les commentaires sont réservés aux abonnés.
comments|Se connecter pour commenter
newsletter|La newsletter sport
newsletter|Les résultats du FC Sion, du HC Sierre, du HC Viège et de tout le sport valaisan, chaque lundi.
newsletter|S'inscrire
teaser-list|L'actu en continu
teaser-list|23:48 Basketball: Monthey domine Fribourg et reprend la tête
teaser-list|23:10 HC Viège: la saison est terminée
teaser-list|22:35 Ski alpin: une Valaisanne troisième du super-G de Coupe d'Europe
teaser-list|Voir plus
most-read|Les plus lus
most-read|HC Viège: la saison est terminée
most-read|Sion: le projet de piscine couverte repoussé à 2029
most-read|FC Sion: deux blessés de plus avant le déplacement à Lugano
obituary|Avis mortuaires
obituary|Monsieur André Zufferey, Chippis
obituary|Madame Marie-Thérèse Crettenand, Isérables
obituary|Tous les avis mortuaires
subscribe|Le Rhodanien en illimité: le premier mois pour CHF 1.-
subscribe|Je m'abonne
network|Nos autres titres: L'Écho lémanique - Arc jurassien Info - La Gazette de la Broye
footer|Le Rhodanien
footer|Impressum
footer|Contact
footer|Publicité
footer|Abonnements
footer|Conditions générales
footer|Protection des données
footer|Paramètres des cookies
copyright|© Le Rhodanien 2026. Tous droits réservés.
"""),
 dict(id="dominica-news-online-style-1", site="dominica-news-online-style", lang="en", sep="\n", title="Ministry of Health reports rise in dengue cases, urges households to destroy mosquito breeding sites", date="2026-07-09", page="""
timestamp|Thursday, July 9, 2026
social|Facebook Twitter Instagram YouTube
account|Login
menu|Waitukubuli News Online
menu|Dominica's News. Your Voice.
menu|Home
menu|News
menu|Local News
menu|Regional
menu|International
menu|Press Release
menu|Sports
menu|Entertainment
menu|Features
menu|Letters & Opinions
menu|Contact Us
search|Search
breaking|BREAKING NEWS
breaking|Police seek public's help in locating missing Grand Bay teen
breaking|DOWASCO announces water interruption in Canefield and Massacre on Friday
ad|Advertisement
ad|KALINAGO MUTUAL CREDIT UNION - Back-to-school loans at 6.5%. Apply online or visit any branch
breadcrumb|Home » Press Release
section-label|Press Release
h1|Ministry of Health reports rise in dengue cases, urges households to destroy mosquito breeding sites
byline|By Government Information Service
dateline|Thursday, July 9th, 2026 at 2:47 PM
comments|💬 5 Comments
views|👁 1,318 Views
share|Share this:
share|Facebook
share|X
share|WhatsApp
share|Email
print|Print
caption|File photo: An Aedes aegypti mosquito, the species that transmits dengue, Zika and chikungunya.
p|The Ministry of Health, Wellness and Social Services wishes to inform the public of an increase in the number of confirmed dengue cases in Dominica over the past four weeks.
p|Since the beginning of June, the National Epidemiology Unit has recorded 47 laboratory-confirmed cases, compared with 11 for the same period last year. Cases have been reported in the Roseau, St. Joseph, Portsmouth and La Plaine health districts. Nine patients required admission at the Dominica China Friendship Hospital. No deaths have been recorded.
p|Dengue fever is a viral illness spread by the bite of an infected Aedes aegypti mosquito. The mosquito breeds in clean, stagnant water found in and around homes, such as in water drums, discarded tyres, flower pots, plastic containers and blocked gutters.
p|According to the Chief Medical Officer, Dr. Marisha Laurent, the recent rains combined with the storage of water by households during supply interruptions have created ideal conditions for mosquito breeding.
p|"Dengue is preventable. Every household has a role to play. If we eliminate the places where the mosquito lays its eggs, we can break the cycle of transmission," Dr. Laurent said.
ad|Advertisement
ad|DOMINICA AIR & SEA CARGO - Weekly sailings from Miami. Door-to-door delivery island-wide
p|The Ministry is urging all residents to take the following measures:
li|Cover all water drums, barrels and tanks tightly, or screen them with fine mesh.
li|Empty, scrub and turn over containers that can collect water at least once a week.
li|Dispose of old tyres, bottles, cans and other items around the yard.
li|Clean roof gutters and drains to ensure that water flows freely.
li|Use insect repellent and wear long-sleeved clothing, particularly in the early morning and late afternoon.
p|Symptoms of dengue include sudden high fever, severe headache, pain behind the eyes, joint and muscle pain, nausea and a skin rash. Persons experiencing these symptoms are advised to visit the nearest health centre and to avoid taking aspirin or ibuprofen, which may increase the risk of bleeding.
p|Environmental health officers will intensify house-to-house inspections and fogging activities in affected communities over the coming weeks. Residents are asked to cooperate with officers and to allow them access to their yards.
p|For further information, members of the public may contact the Environmental Health Department at 266-5300 or the Health Promotion Resource Centre at 266-5342.
signature|Health Promotion Resource Centre
signature|Ministry of Health, Wellness and Social Services
tags|Tags: dengue, Ministry of Health, mosquito, public health
reactions|How do you feel after reading this?
reactions|Happy 0 Sad 3 Excited 0 Sleepy 0 Angry 2 Surprise 1
nav|« Previous post
nav|Roseau City Council to begin night market on Castle Street
nav|Next post »
nav|DBS Radio celebrates 55 years on air
related|Related Posts
related|Health officials confirm two cases of leptospirosis in the north
related|July 2, 2026
related|Ministry launches nationwide vaccination drive for schoolchildren
related|June 24, 2026
related|Clean-up campaign targets Roseau River banks
related|June 18, 2026
comments|5 Comments
disclaimer|Disclaimer: Comments posted on Waitukubuli News Online are the opinions of readers and do not necessarily reflect the views of Waitukubuli News Online. We reserve the right to remove comments that are defamatory, abusive or off-topic.
comments|Pottersville Resident
comments|July 9, 2026 at 3:22 PM
comments|Start with the drains in Pottersville and Goodwill. They have not been cleaned since last year. We doing our part but the government must do its part too.
comments|👍 24 👎 2
comments|Reply
comments|Mas Kouwi
comments|July 9, 2026 at 4:05 PM
comments|Water off three days a week in Grand Bay so people have to store water. Then you tell us cover the drums. Fix the water problem first!
comments|👍 31 👎 5
comments|Reply
comments|Load more comments
comments|Leave a Reply
comments|Your email address will not be published. Required fields are marked *
comments|Comment *
comments|Name *
comments|Email *
comments|Post Comment
teaser-list|Latest News
teaser-list|Dominica to host OECS ministers of agriculture in September
teaser-list|1 hour ago
teaser-list|Windward Kings win T10 opener at Windsor Park
teaser-list|3 hours ago
teaser-list|Tourism arrivals up 8 percent in first half of 2026
teaser-list|5 hours ago
newsletter|Subscribe to our newsletter
newsletter|Get the latest news from Dominica delivered to your inbox.
newsletter|Enter your email
newsletter|Subscribe
footer|About Us
footer|Advertise With Us
footer|Submit a Story
footer|Privacy Policy
footer|Contact Us
copyright|© 2026 Waitukubuli News Online. All Rights Reserved.
back-to-top|↑
"""),
 dict(id="dominica-news-online-style-2", site="dominica-news-online-style", lang="en", sep="\n", title="Soufriere fishers say sargassum is keeping boats ashore for weeks", date="2026-05-22", page="""
timestamp|Friday, May 22, 2026
social|Facebook Twitter Instagram YouTube
account|Login
menu|Waitukubuli News Online
menu|Dominica's News. Your Voice.
menu|Home
menu|News
menu|Local News
menu|Regional
menu|International
menu|Press Release
menu|Sports
menu|Entertainment
menu|Features
menu|Letters & Opinions
menu|Contact Us
search|Search
breaking|BREAKING NEWS
breaking|Jazz 'n Creole 2026: Cabrits ticket sales extended to Saturday
ad|Advertisement
ad|NATURE ISLE HARDWARE - Hurricane season is coming. Generators, plywood and tarps in stock now
breadcrumb|Home » News » Local News
section-label|Local News
h1|Soufriere fishers say sargassum is keeping boats ashore for weeks
byline|By Jolène Lawrence
dateline|Friday, May 22nd, 2026 at 11:08 AM
comments|💬 3 Comments
views|👁 942 Views
share|Share this:
share|Facebook
share|X
share|WhatsApp
share|Email
print|Print
caption|Thick mats of sargassum seaweed in Soufriere Bay on Wednesday morning.
credit|Photo: Jolène Lawrence/WNO
p|For the third week in a row, most of the fishing boats in Soufriere have not left the beach. A thick, brown carpet of sargassum seaweed covers much of the bay, clogging outboard engines and making it dangerous to launch.
p|"Sé pa fòt nou. We want to go out, but the engine picks up the weed and stops in the middle of the bay," said Alwin Celestine, who has fished out of Soufriere for twenty-six years. "Three weeks, no fish, no money. And the bills don't stop."
p|Fishers in Soufriere and neighbouring Scotts Head say the seaweed arrived earlier and in greater quantities this year than in 2025. Some have tried to reach the fishing grounds by launching from Pointe Michel, only to find the same conditions further along the coast.
h2|Smell and health concerns
p|Residents near the shore are also complaining about the smell of rotting seaweed, which releases hydrogen sulphide gas as it decomposes on the beach.
p|"At night the smell is so strong the children can't sleep. My mother has asthma and she is struggling," said a resident of the bayfront who asked not to be named.
p|The Environmental Health Department said it is monitoring air quality in the area and advised persons with respiratory conditions to keep windows closed when the smell is strong and to seek medical attention if they experience breathing difficulties.
ad|Advertisement
ad|ISLAND MOBILE - Get 20GB for EC$49. Dial *120# to subscribe
h2|Calls for support
p|The Soufriere/Scotts Head Fisheries Co-operative has written to the Ministry of Blue and Green Economy asking for financial assistance for affected fishers and for equipment to remove the seaweed from the bay.
p|"What we are asking for is simple: some relief for the fishermen while this lasts, and a plan for next year, because this is not going away," the co-operative's secretary, Glenda Joseph, told Waitukubuli News Online.
p|In a brief response, a ministry official said a team from the Fisheries Division had visited the area and that a report was being prepared for Cabinet. The official said the ministry was also exploring the use of floating barriers to keep seaweed out of the main landing sites, as has been tried in other Caribbean islands.
p|Scientists link the massive sargassum blooms seen across the Caribbean since 2011 to a combination of warmer ocean temperatures and nutrients carried into the Atlantic by large rivers. Forecasters at regional monitoring centres have warned that 2026 could be one of the worst years on record.
p|For now, fishers in Soufriere are spending their days mending nets and watching the bay. "When the sea is clean, we will be the first ones out," Celestine said.
tags|Tags: fishers, sargassum, Scotts Head, Soufriere
reactions|How do you feel after reading this?
reactions|Happy 0 Sad 7 Excited 0 Sleepy 0 Angry 1 Surprise 0
nav|« Previous post
nav|Portsmouth Secondary School wins national debating title
nav|Next post »
nav|LETTER: Why the new market in Roseau needs parking
related|Related Posts
related|Fisheries Division warns of lionfish sightings off Calibishie
related|May 14, 2026
related|Fishers receive new FADs under regional project
related|April 30, 2026
related|Sargassum: CARICOM meeting to discuss regional response
related|April 9, 2026
comments|3 Comments
disclaimer|Disclaimer: Comments posted on Waitukubuli News Online are the opinions of readers and do not necessarily reflect the views of Waitukubuli News Online. We reserve the right to remove comments that are defamatory, abusive or off-topic.
comments|Scotts Head Boy
comments|May 22, 2026 at 12:14 PM
comments|Every year the same story. Where is the plan? Other islands have machines to clean the bay.
comments|👍 18 👎 0
comments|Reply
comments|Dominican Abroad
comments|May 22, 2026 at 1:47 PM
comments|Prayers for the fishermen. Somebody should look into turning the seaweed into fertilizer, they doing it in Barbados.
comments|👍 9 👎 1
comments|Reply
comments|Leave a Reply
comments|Your email address will not be published. Required fields are marked *
comments|Comment *
comments|Name *
comments|Email *
comments|Post Comment
teaser-list|Latest News
teaser-list|Government to table Fisheries (Amendment) Bill in June
teaser-list|2 hours ago
teaser-list|Kalinago Territory: new health centre opens at Salybia
teaser-list|4 hours ago
teaser-list|Dominica U-17 team names squad for CONCACAF qualifiers
teaser-list|6 hours ago
newsletter|Subscribe to our newsletter
newsletter|Get the latest news from Dominica delivered to your inbox.
newsletter|Enter your email
newsletter|Subscribe
footer|About Us
footer|Advertise With Us
footer|Submit a Story
footer|Privacy Policy
footer|Contact Us
copyright|© 2026 Waitukubuli News Online. All Rights Reserved.
back-to-top|↑
"""),
 dict(id="palau-island-times-style-1", site="palau-island-times-style", lang="en", sep="\n", title="Ngarchelong solar and battery project to cut state's diesel use by half, utility says", date="2026-03-20", page="""
timestamp|Friday, March 20, 2026
weather|Koror 86°F Scattered showers
social|Facebook Instagram
menu|Belau Tide
menu|Palau's independent newspaper, every Tuesday and Friday
menu|Home
menu|News
menu|Local
menu|Regional
menu|Business
menu|Environment
menu|Sports
menu|Opinion
menu|Classifieds
menu|Announcements
menu|Subscribe
epaper|Read this week's print edition (PDF)
search|Search
ad|Advertisement
ad|PALAUNET MOBILE - 5G now live in Airai and Melekeok. Visit our Koror office for a free SIM upgrade
section-label|Local News
h1|Ngarchelong solar and battery project to cut state's diesel use by half, utility says
byline|By Maricel Dumalag
dateline|March 20, 2026
reading-time|Reading Time: 3 minutes
share|Share on Facebook
share|Share on X
share|Share on WhatsApp
share|Email
caption|Workers install solar panels on the hillside above Ollei hamlet in Ngarchelong earlier this week. (Photo courtesy of the utility)
p|KOROR (Belau Tide) — A solar and battery storage project under construction in Ngarchelong State is expected to cut the diesel used to power the northern tip of Babeldaob by about half when it comes online in July, the Palau Public Utilities Corporation said this week.
p|The project, funded by a US$6.8 million grant from a regional climate finance program, includes about 1.4 megawatts of solar panels and a battery system able to store enough energy to keep the lights on for several hours after sunset.
p|PPUC engineering manager Dennis Ngiraingas told the Belau Tide that Ngarchelong and neighboring Ngaraard currently depend largely on power transmitted from the main grid, which runs mostly on diesel generators at the Aimeliik power plant.
p|"Every liter of diesel we don't burn is money that stays in Palau," Ngiraingas said. "Fuel is the biggest part of the electricity bill. When fuel prices go up, everyone feels it, from families to small businesses."
p|According to the utility, the project has three main components:
li|a 1.4-megawatt solar array on state land above Ollei hamlet;
li|a 2.5-megawatt-hour battery storage system housed in two containers near the Ngarchelong substation;
li|upgrades to distribution lines and meters in Ngarchelong and Ngaraard.
ad|Advertisement
ad|KOROR HOME CENTER - Roofing, paint and solar lights. Open Sundays 9 to 3
p|Work on the site started in December and about 70 percent of the panels have now been installed, according to PPUC. The contractor, a joint venture between a Taiwanese engineering firm and a local construction company, employs about 25 workers, most of them Palauan.
p|Ngarchelong Governor Ysaol Tmetuchl said residents had been asking for more reliable power for years, as the northern states are often the first to lose electricity during storms. "With the batteries, we hope our people will not be sitting in the dark every time a line goes down," he said.
p|The governor added that the state plans to use part of the lease payments for the land to fund scholarships for Ngarchelong students.
p|PPUC said electricity rates would not change immediately as a result of the project, but that lower fuel use would help stabilize the fuel surcharge in the future. The utility is preparing similar projects for Peleliu and Angaur, pending funding.
p|Palau has set a target of generating 45 percent of its electricity from renewable sources by 2025, a goal officials acknowledge has been missed. Solar currently supplies about 20 percent of the national grid.
tags|Tags: Ngarchelong, PPUC, renewable energy, solar
share|Like this: Like Loading...
nav|Previous article
nav|Senate confirms new director of Bureau of Tourism
nav|Next article
nav|Koror State to launch paid parking on Main Street in May
author-bio|Maricel Dumalag
author-bio|Maricel Dumalag is a reporter for the Belau Tide covering government, energy and the environment.
related|RELATED ARTICLES
related|MORE FROM AUTHOR
related|Airai water tank project delayed by shipping backlog
related|PPUC board approves new fuel surcharge formula
related|Melekeok students build model wind turbines for science fair
comments|LEAVE A REPLY
comments|Cancel reply
comments|Please enter your comment!
comments|Please enter your name here
comments|You have entered an incorrect email address!
comments|Post Comment
most-read|POPULAR
most-read|Palau hosts regional tuna talks next month
most-read|Man charged with burglary of Malakal warehouse
most-read|Belau Tide Sports: Koror Sharks win basketball league title
classifieds|CLASSIFIEDS
classifieds|FOR RENT: 2-bedroom apartment in Meyuns, furnished, ocean view. $950/month. Call 775-2210.
classifieds|FOR SALE: 2017 Toyota Hilux, low mileage, good condition. $14,500 OBO. Call 779-4418.
jobs|VACANCY ANNOUNCEMENT: Koror State Government is hiring a Certified Public Accountant. Deadline April 3, 2026.
notices|PUBLIC NOTICE: The Ministry of Finance reminds all businesses that quarterly gross revenue tax returns are due April 15.
footer|Belau Tide
footer|P.O. Box 1790, Koror, Republic of Palau 96940
footer|Tel: (680) 488-0000
footer|About Us
footer|Advertise
footer|Contact Us
copyright|© 2026 Belau Tide. All Rights Reserved.
"""),
 dict(id="palau-island-times-style-2", site="palau-island-times-style", lang="en", sep="\n", title="Foreign longliner fined $250,000 for fishing inside Palau marine sanctuary", date="2026-09-11", page="""
timestamp|Friday, September 11, 2026
weather|Koror 84°F Thunderstorms
social|Facebook Instagram
menu|Belau Tide
menu|Palau's independent newspaper, every Tuesday and Friday
menu|Home
menu|News
menu|Local
menu|Regional
menu|Business
menu|Environment
menu|Sports
menu|Opinion
menu|Classifieds
menu|Announcements
menu|Subscribe
epaper|Read this week's print edition (PDF)
search|Search
ad|Advertisement
ad|BELAU BANK OF THE PACIFIC - Open a savings account for your child this school year and get $25 bonus
section-label|Environment
h1|Foreign longliner fined $250,000 for fishing inside Palau marine sanctuary
byline|By Leilani Rengiil
dateline|September 11, 2026
reading-time|Reading Time: 4 minutes
share|Share on Facebook
share|Share on X
share|Share on WhatsApp
share|Email
caption|The longliner, escorted by the patrol boat, arrives at Malakal port on August 27. (Photo: Division of Marine Law Enforcement)
p|KOROR (Belau Tide) — The captain and owner of a foreign longline fishing vessel caught inside the Palau National Marine Sanctuary last month have agreed to pay $250,000 in fines and forfeit the vessel's catch, under a plea agreement approved by the Supreme Court on Wednesday.
p|The vessel, a 45-meter longliner flagged in the Federated States of Micronesia and operated by a company based in Asia, was intercepted on August 24 about 110 nautical miles west of Kayangel by the patrol boat PSS Remeliik II, with support from surveillance aircraft.
p|Marine law enforcement officers who boarded the ship found about 14 metric tons of tuna and several sharks on board, as well as fishing gear that had recently been in the water. The vessel's tracking system had been switched off for about 30 hours before it was located, according to court documents.
p|The captain, a national of the Philippines, pleaded guilty to one count of fishing in the sanctuary without authorization and one count of failing to operate a vessel monitoring system. A charge of possessing shark fins was dismissed as part of the agreement.
ad|Advertisement
ad|PALAU PACIFIC AIRWAYS - Weekly flights to Manila and Taipei. Book before September 30 and save 15%
p|Under the agreement, the owner will pay $250,000 to the national government within 30 days. The catch, valued at about $90,000, has been forfeited and will be sold, with the proceeds going to the Fisheries Protection Trust Fund. The vessel will be released once the payment is made.
p|Assistant Attorney General Carla Ngirmang said the case sent a clear message to foreign fleets operating in the region. "The sanctuary is not a suggestion. If you come into our waters to fish illegally, we will find you, we will board you and you will pay," she said.
p|The defense lawyer said the captain had entered the sanctuary by mistake after the vessel's navigation equipment malfunctioned, and that the crew had cooperated fully with officers. The court noted that the captain had no prior record in Palau.
p|The Palau National Marine Sanctuary, which took effect in 2020, closes about 80 percent of the country's exclusive economic zone to commercial fishing and mining. The remaining 20 percent is reserved as a domestic fishing zone to supply local markets and restaurants.
p|It is the second sanctuary case this year. In March, a smaller vessel was fined $120,000 after it was found fishing near the southern reefs of Helen Reef, in Hatohobei State.
p|Officials say enforcement has improved with the addition of a second patrol boat, satellite monitoring provided by international partners and regular surveillance flights, but warn that the size of Palau's waters remains a challenge.
p|"We have more eyes on the ocean than ever before, but it is a very big ocean," said Director of Marine Law Enforcement Anson Kesolei. He said his division had carried out 31 boardings so far this year.
tags|Tags: illegal fishing, marine sanctuary, PNMS, Supreme Court
share|Like this: Like Loading...
nav|Previous article
nav|Olbiil Era Kelulau passes supplemental budget for hospital repairs
nav|Next article
nav|Palau swimmers bring home four medals from Oceania championships
author-bio|Leilani Rengiil
author-bio|Leilani Rengiil covers courts, public safety and the environment for the Belau Tide.
related|RELATED ARTICLES
related|MORE FROM AUTHOR
related|Patrol boat escorts suspected poaching vessel to Malakal
related|Fisheries officials meet on domestic fishing zone rules
related|Kayangel conservation officers receive new patrol skiff
event|COMMUNITY CALENDAR
event|Sept. 14 - Coastal clean-up, Long Island Park, 7 a.m.
event|Sept. 19 - Belau Farmers Market, Ngerulmud, 8 a.m. to noon
comments|LEAVE A REPLY
comments|Cancel reply
comments|Please enter your comment!
comments|Please enter your name here
comments|You have entered an incorrect email address!
comments|Post Comment
most-read|POPULAR
most-read|Hospital to add dialysis machines by end of year
most-read|Airport departure tax to rise in January
teaser-list|Foreign longliner fined $250,000 for fishing inside Palau marine sanctuary
classifieds|CLASSIFIEDS
classifieds|FOR RENT: Studio unit in Ngermid, water and power included. $600/month. Call 775-3381.
classifieds|WANTED: Experienced cook for restaurant in Koror. Apply in person at Malakal.
obituary|OBITUARY: The family of the late Ngiraklang Demei announce the funeral service on September 13 at Airai.
footer|Belau Tide
footer|P.O. Box 1790, Koror, Republic of Palau 96940
footer|Tel: (680) 488-0000
footer|About Us
footer|Advertise
footer|Contact Us
copyright|© 2026 Belau Tide. All Rights Reserved.
"""),
]
