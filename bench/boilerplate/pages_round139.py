# Round 139: eight pages on four more layouts (an Aosta Valley French-language bulletin, a Belgian Luxembourg
# province weekly, a Turks and Caicos weekly, a Niue community paper), written blind: without looking at the
# classifier, its rules or the benchmark, measured once. Each line: "label|text". Invented text; no real article is
# copied.
ROUND139 = [
 dict(id="aoste-valdotain-style-1", site="aoste-valdotain-style", lang="fr", sep="\n", title="Concours Cerlogne : 1 600 écoliers ont fêté le francoprovençal à Brusson", date="2026-05-21", page="""
skip-link|Aller au contenu
timestamp|Aoste, jeudi 21 mai 2026
weather|Aoste 19° · Courmayeur 12° · Breuil-Cervinia 3°
lang-switch|FR · IT · Patois
menu|Lo Pahì
menu|Bulletin valdôtain d'information et de culture
menu|Accueil
menu|Actualités
menu|Vie politique
menu|Culture
menu|Patois
menu|Agriculture
menu|Montagne
menu|Agenda
menu|Archives
subscribe|S'abonner au bulletin papier
pdf|Télécharger le n° 9/2026 (PDF, 4,1 Mo)
search|Rechercher…
breadcrumb|Accueil › Culture › Patois
section-label|Patois
h1|Concours Cerlogne : 1 600 écoliers ont fêté le francoprovençal à Brusson
dateline|21 mai 2026
byline|Ivonne Bionaz
comments|2 commentaires
reading-time|Temps de lecture : 4 min
caption|Les élèves de l'école de Gressan pendant le spectacle de clôture, sous le chapiteau dressé près du lac.
credit|Photo : Lo Pahì / Archives
p|Ils étaient près de mille six cents, venus de toutes les communes de la Vallée, à avoir rejoint Brusson mardi et mercredi pour la fête finale du Concours Cerlogne. Depuis plus de soixante ans, ce rendez-vous scolaire consacré au patois francoprovençal réunit chaque printemps les écoles maternelles, primaires et moyennes autour d'un thème commun, choisi à l'automne par le Bureau régional pour l'ethnologie et la linguistique.
p|Cette année, le thème retenu était « L'éve », l'eau : celle des rus qui irriguent les prés, des fontaines de village, des torrents qui descendent des glaciers et, de plus en plus souvent, celle qui manque en été. Pendant des mois, les classes ont interrogé grands-parents et voisins, recueilli des mots, des dictons et des chansons, avant de présenter leurs travaux sous forme de livrets, de maquettes et de courts films.
p|« On a appris que chez nous, le ru s'appelle le "rù" et que la personne qui surveillait l'eau, c'était le "consortier" », explique fièrement Martina, dix ans, élève à Saint-Marcel. Sa classe a reconstitué, en carton et en mousse, le parcours d'un ru du XVe siècle, de la prise d'eau jusqu'aux champs.
ad|Publicité
ad|Fromagerie coopérative de Valpelline — Fontina AOP, toma et beurre de montagne — Vente directe au magasin
h2|Un patois bien vivant, mais fragile
p|Sous le chapiteau installé au bord du lac de Brusson, les enseignants ont rappelé que le concours reste l'un des rares moments où le francoprovençal s'entend à voix haute, en public, dans la bouche des plus jeunes. Selon les dernières enquêtes sociolinguistiques citées par les organisateurs, moins d'un enfant valdôtain sur dix l'entend encore régulièrement à la maison.
p|« Le Cerlogne ne suffit pas à transmettre une langue, mais il montre aux familles qu'elle a sa place à l'école », a souligné dans son discours la responsable de la section linguistique du Bureau régional. « Beaucoup de parents nous disent qu'ils se sont remis à parler patois avec leurs enfants après une édition du concours. »
read-also|Lire aussi : Guichet linguistique : des cours de patois pour adultes dans douze communes cet hiver
p|Le syndic de Brusson a pour sa part salué le travail des bénévoles, une cinquantaine, qui ont assuré l'accueil, les repas et les navettes entre le chef-lieu et les différents lieux d'animation.
h2|Au programme des deux journées
li|des ateliers de chant et de danse traditionnelle animés par des groupes folkloriques de la vallée d'Ayas ;
li|une exposition des travaux des classes à la salle polyvalente ;
li|une visite de l'ancienne mine d'or de Chamousira pour les plus grands ;
li|le spectacle de clôture, avec la lecture collective d'un texte écrit pour l'occasion.
p|Le texte final, composé par un groupe d'enseignants et d'écrivains patoisants, a été lu à tour de rôle par un élève de chaque école. Il se termine par une phrase que les enfants ont reprise en chœur : « L'éve s'en vat, lo patoué reste », l'eau s'en va, le patois reste.
p|La prochaine édition du concours se tiendra en 2027 dans la basse vallée. Le thème sera annoncé, comme le veut la tradition, lors de la Fête de la Saint-Ours.
signature|I. B.
tags|Étiquettes : Concours Cerlogne, école, francoprovençal, patois, Brusson
share|Partager : Facebook · WhatsApp · Courriel · Imprimer
lang-switch|Leggi in italiano
nav|← Article précédent : Conseil de la Vallée : la loi sur les alpages revient en commission
nav|Article suivant : Fête des guides de Valtournenche, le programme complet →
comments|2 réflexions sur « Concours Cerlogne : 1 600 écoliers ont fêté le francoprovençal à Brusson »
comments|Aldo G.
comments|21 mai 2026 à 18 h 40
comments|Bravo aux maîtresses qui font vivre notre langue. À Verrès on ne l'entend presque plus.
comments|Répondre
comments|Rosina
comments|21 mai 2026 à 21 h 12
comments|Ma petite-fille a chanté en patois, j'en ai pleuré. Merci pour l'article.
comments|Répondre
comments|Laisser un commentaire
comments|Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *
comments|Publier le commentaire
teaser-list|Derniers articles
teaser-list|Bataille de Reines : le calendrier des combats éliminatoires 2026 est publié
teaser-list|Transports : la ligne Aoste–Ivrée toujours fermée jusqu'à l'automne
teaser-list|Alpages : les bergers réclament des aides contre le loup
event|Agenda valdôtain
event|23 mai — Saint-Vincent — Veillà en patois, salle des fêtes, 20 h 30
event|24 mai — Cogne — Marché des dentelles
event|30 mai — Aoste — Conférence « Les rus de la Vallée », Bibliothèque régionale
archive|Archives
archive|mai 2026 (11)
archive|avril 2026 (14)
archive|mars 2026 (13)
donate|Soutenez Lo Pahì avec votre 5 pour mille : code fiscal 91000000000
footer|Lo Pahì — bulletin édité par l'Association pour la culture valdôtaine
footer|Directeur responsable : Ettore Jaccod — Enregistré au Tribunal d'Aoste sous le n° 7/1979
footer|Rue de la Porte Prétorienne, 11100 Aoste — redaction@lopahi.example
footer|Informativa privacy · Cookie policy · Contacts
copyright|© 2026 Lo Pahì — Tous droits réservés
cookie|Ce site utilise uniquement des cookies techniques. En poursuivant la navigation, vous en acceptez l'utilisation. OK
"""),
 dict(id="aoste-valdotain-style-2", site="aoste-valdotain-style", lang="fr", sep="\n", title="Fontina AOP : production en hausse en 2025, mais les alpages manquent de bras", date="2026-01-20", page="""
skip-link|Aller au contenu
timestamp|Aoste, mardi 20 janvier 2026
weather|Aoste -2° · Courmayeur -7° · Breuil-Cervinia -15°
lang-switch|FR · IT · Patois
menu|Lo Pahì
menu|Bulletin valdôtain d'information et de culture
menu|Accueil
menu|Actualités
menu|Vie politique
menu|Culture
menu|Patois
menu|Agriculture
menu|Montagne
menu|Agenda
menu|Archives
subscribe|S'abonner au bulletin papier
pdf|Télécharger le n° 2/2026 (PDF, 3,8 Mo)
search|Rechercher…
breadcrumb|Accueil › Agriculture
section-label|Agriculture
h1|Fontina AOP : production en hausse en 2025, mais les alpages manquent de bras
dateline|20 janvier 2026
byline|Paolo Chuc
comments|Aucun commentaire
reading-time|Temps de lecture : 5 min
lead|Le consortium de tutelle annonce plus de 4 200 tonnes de fromage marquées l'an dernier. Derrière les bons chiffres, les producteurs s'inquiètent de la relève et du recrutement de personnel pour l'été.
caption|Meules de fontina en cave d'affinage à Valpelline.
credit|Photo : Consortium de la fontina / DR
p|L'année 2025 aura été une bonne année pour la fontina. Selon le bilan présenté vendredi à Aoste par le consortium de tutelle, un peu plus de 4 200 tonnes de fromage ont reçu la marque de l'appellation d'origine protégée, soit une progression de près de 6 % par rapport à 2024. Le nombre de meules écartées lors des contrôles de qualité est, lui, au plus bas depuis dix ans.
p|Le président du consortium y voit le résultat d'un été favorable, avec des pâturages restés verts jusqu'en septembre, mais aussi des investissements réalisés ces dernières années dans les laiteries d'alpage. « Nos producteurs ont modernisé leurs installations sans renoncer à ce qui fait la fontina : du lait cru, entier, d'une seule traite, travaillé tout de suite », a-t-il rappelé.
section-label|En chiffres
li|4 214 tonnes de fontina marquées en 2025 ;
li|environ 170 alpages et 40 laiteries de fond de vallée en activité ;
li|près de 30 % de la production vendue hors de la Vallée d'Aoste, dont une part croissante à l'étranger ;
li|un prix moyen payé aux producteurs en légère hausse, autour de 10,40 euros le kilo.
h2|Trouver des bergers pour l'été
p|Mais les chiffres ne disent pas tout. Lors de l'assemblée, plusieurs éleveurs ont pris la parole pour évoquer la difficulté croissante à trouver du personnel pour la saison d'alpage, de juin à fin septembre. Traire deux fois par jour, fabriquer le fromage, surveiller le troupeau sur des pentes parfois raides : le travail est dur, isolé et mal connu des jeunes.
p|« L'été dernier, j'ai cherché un fromager pendant trois mois. J'ai fini par trouver un jeune Roumain qui avait déjà travaillé en Suisse, et heureusement qu'il était là », témoigne un éleveur de Valgrisenche, qui monte chaque été avec une soixantaine de vaches de race valdôtaine pie rouge.
p|Plusieurs alpages sont restés inexploités en 2025 faute de repreneur, notamment dans les vallons les plus éloignés des routes. Le consortium évoque une dizaine de sites concernés, qui risquent d'être gagnés par la broussaille en quelques années.
ad|Publicité
ad|Banque coopérative valdôtaine — Prêts agricoles à taux bonifié — Renseignez-vous dans nos agences
h2|La Région promet un plan pour la relève
p|L'assesseur régional à l'agriculture, présent à l'assemblée, a annoncé pour le printemps un plan en faveur de l'installation des jeunes éleveurs, avec des aides à la reprise d'exploitations et une formation de fromager d'alpage proposée en partenariat avec l'Institut agricole régional.
p|« Il ne suffit pas de dire que la fontina est notre fierté. Il faut que ceux qui la font puissent en vivre et avoir envie de continuer », a-t-il déclaré, promettant aussi une simplification des démarches pour l'accueil de travailleurs saisonniers.
p|Les producteurs attendent de voir. Beaucoup rappellent que les annonces se sont succédé depuis quinze ans, sans enrayer la baisse du nombre d'exploitations, passé sous le seuil de mille dans la région.
read-also|Lire aussi : Loup : les éleveurs de la Valdigne demandent des chiens de protection financés par la Région
p|En attendant, la fontina sera à l'honneur à la Foire de Saint-Ours, à la fin du mois, où le consortium tiendra comme chaque année un stand de dégustation place Chanoux.
signature|P. C.
event|Rendez-vous
event|Foire de Saint-Ours — 30 et 31 janvier — Aoste, centre historique
event|Stand du consortium de la fontina : place Émile-Chanoux, de 8 h à 19 h
tags|Étiquettes : agriculture, alpages, fontina, élevage
share|Partager : Facebook · WhatsApp · Courriel · Imprimer
lang-switch|Leggi in italiano
nav|← Article précédent : Saint-Ours 2026 : plus de mille artisans attendus dans les rues d'Aoste
nav|Article suivant : Tunnel du Grand-Saint-Bernard : fermetures nocturnes en février →
comments|Laisser un commentaire
comments|Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *
comments|Publier le commentaire
teaser-list|Derniers articles
teaser-list|Saint-Ours 2026 : plus de mille artisans attendus dans les rues d'Aoste
teaser-list|Conseil de la Vallée : le budget 2026 adopté après deux nuits de débat
teaser-list|Patois : le Guichet linguistique ouvre de nouveaux cours à Pont-Saint-Martin
event|Agenda valdôtain
event|24 janvier — Pré-Saint-Didier — Veillà de contes au coin du feu
event|30-31 janvier — Aoste — Foire de Saint-Ours
archive|Archives
archive|janvier 2026 (9)
archive|décembre 2025 (15)
archive|novembre 2025 (12)
donate|Soutenez Lo Pahì avec votre 5 pour mille : code fiscal 91000000000
footer|Lo Pahì — bulletin édité par l'Association pour la culture valdôtaine
footer|Directeur responsable : Ettore Jaccod — Enregistré au Tribunal d'Aoste sous le n° 7/1979
footer|Rue de la Porte Prétorienne, 11100 Aoste — redaction@lopahi.example
footer|Informativa privacy · Cookie policy · Contacts
copyright|© 2026 Lo Pahì — Tous droits réservés
cookie|Ce site utilise uniquement des cookies techniques. En poursuivant la navigation, vous en acceptez l'utilisation. OK
"""),
 dict(id="l-echo-du-luxembourg-belge-style-1", site="l-echo-du-luxembourg-belge-style", lang="fr", sep="\n\n", title="Arlon : un bus express toutes les dix minutes vers le Kirchberg dès le 2 mars", date="2026-02-04", page="""
cookie|Ce site utilise des cookies pour améliorer votre expérience, mesurer l'audience et vous proposer des publicités adaptées.
cookie|Tout accepter
cookie|Tout refuser
cookie|Personnaliser mes choix
skip-link|Passer au contenu
timestamp|Mercredi 4 février 2026
weather|Arlon 3° · Bastogne 0° · Marche 4°
region-picker|Mon édition : Arlon · Bastogne · Marche-Famenne · Neufchâteau · Virton-Gaume
account|Se connecter
epaper|Lire le journal de la semaine
menu|La Semaine ardennaise
menu|Votre hebdo gratuit en province de Luxembourg
menu|Actu
menu|Ma région
menu|Sports
menu|Agenda
menu|Nécrologie
menu|Petites annonces
menu|Emploi
menu|Concours
menu|Contact
breadcrumb|Accueil > Ma région > Arlon
section-label|ARLON
h1|Arlon : un bus express toutes les dix minutes vers le Kirchberg dès le 2 mars
lead|Le TEC et la Ville d'Arlon ont présenté lundi le renforcement de la ligne express vers Luxembourg. Aux heures de pointe, un bus partira du parking relais de la gare toutes les dix minutes.
byline|Jean-Luc Hansen
byline|Correspondant
dateline|Publié le 04/02/2026 à 06:00
dateline|Mis à jour le 04/02/2026 à 11:47
share|Partager
share|Facebook
share|Messenger
share|WhatsApp
share|E-mail
caption|Le parking relais de la gare d'Arlon, déjà saturé dès 7 h 15 en semaine.
credit|© J.-L. H.
p|C'est une petite révolution pour les milliers de frontaliers arlonais qui se rendent chaque jour au Grand-Duché. À partir du lundi 2 mars, la ligne express reliant la gare d'Arlon au plateau du Kirchberg passera à une fréquence de dix minutes entre 6 h et 8 h 30 le matin, et entre 16 h et 18 h 30 le soir.
p|Jusqu'ici, les bus se succédaient toutes les vingt minutes, et il n'était pas rare de voir des navetteurs rester sur le trottoir faute de place. « On a compté jusqu'à trente personnes laissées à quai certains matins d'hiver », reconnaît l'échevin arlonais de la Mobilité, Thierry Dumont, qui présentait le projet lundi soir à l'hôtel de ville aux côtés des responsables du TEC.
read-also|À lire aussi : Frontaliers : le télétravail toujours plafonné à 34 jours par an
p|Le renforcement est financé conjointement par la Wallonie et le Luxembourg, dans le cadre de l'accord sur la mobilité transfrontalière signé l'an dernier. Six bus articulés supplémentaires, à motorisation hybride, ont été commandés pour l'occasion.
h2|Ce qui change concrètement
li|Départ toutes les 10 minutes aux heures de pointe, toutes les 30 minutes en journée ;
li|Un arrêt supplémentaire à Stockem, à hauteur de la zone d'activités ;
li|Un dernier départ de Luxembourg repoussé à 21 h 10 au lieu de 19 h 40 ;
li|Le billet unique à 3 euros reste d'application, l'abonnement mensuel ne change pas.
ad|Publicité
ad|Garage Lambert Habay — Portes ouvertes ce samedi et dimanche — Jusqu'à 4 000 € de reprise sur votre ancien véhicule
h2|Un parking relais déjà trop petit
p|Reste une question qui fâche : celle du stationnement. Le parking relais de la gare, avec ses quelque 900 places, est complet bien avant 8 h, et les riverains du quartier de la Spetz se plaignent depuis des mois de voitures garées devant leurs entrées de garage.
p|« Mettre plus de bus, c'est très bien, mais si on ne sait pas se garer pour les prendre, on repart en voiture jusqu'à Luxembourg », résume Sandrine, une infirmière de Toernich qui fait le trajet tous les jours et que nous avons croisée sur le quai.
p|La Ville promet une extension de 300 places sur un terrain de la SNCB, à l'horizon 2027, ainsi qu'un abri vélos sécurisé dès ce printemps. Le collège communal étudie aussi la possibilité de navettes de rabattement depuis Heinsch et Bonnert.
p|Du côté du TEC, on se dit prêt à aller plus loin si la fréquentation suit. « Si les bus sont pleins en juin, on regardera la fréquence en journée », glisse un responsable régional. Un comptage des voyageurs sera réalisé au printemps.
p|Les horaires complets seront disponibles dès la mi-février sur le site et l'application du TEC, ainsi qu'aux guichets de la gare d'Arlon.
tags|Arlon
tags|Mobilité
tags|Frontaliers
tags|TEC
newsletter|Recevez chaque vendredi l'actu de votre région dans votre boîte mail
newsletter|Votre e-mail
newsletter|Je m'abonne
related|Dans la même rubrique
related|Arlon : le marché hebdomadaire déménage place Léopold pendant les travaux
related|Il y a 2 jours
related|Messancy : le zoning de Weyler attend toujours sa bretelle d'accès
related|Il y a 5 jours
related|Attert : une pétition contre la fermeture du bureau de poste
related|Il y a 1 semaine
obituary|Avis nécrologiques
obituary|Madame Josée Reding, veuve de Monsieur Paul Kieffer — Arlon — 1938-2026
obituary|Monsieur Marcel Thiry — Habay-la-Vieille — 1945-2026
obituary|Voir tous les avis
classifieds|Petites annonces
classifieds|À vendre : bois de chauffage sec, hêtre et chêne, livré, 90 €/stère — Léglise
classifieds|Cherche dame de compagnie pour personne âgée, 3 après-midi/semaine — Etalle
classifieds|Déposer une annonce
contest|CONCOURS — Gagnez 2 entrées pour le salon Habitat & Jardin de Libramont
games|Mots fléchés · Sudoku · Quiz de la semaine
most-read|Les plus lus
most-read|Bastogne : une boulangerie emblématique ferme après 70 ans
most-read|E411 : travaux de nuit entre Daverdisse et Wellin jusqu'en avril
most-read|Virton : le carnaval revient dans les rues le 1er mars
footer|La Semaine ardennaise
footer|Hebdomadaire gratuit distribué en toutes-boîtes dans la province de Luxembourg
footer|Rédaction : rue des Faubourgs 12, 6700 Arlon — 063 00 00 00
footer|Publicité · Distribution · Qui sommes-nous ? · Charte de vie privée · Conditions générales
footer|Éditeur responsable : Michel Gérard
copyright|© 2026 La Semaine ardennaise — Tous droits réservés
"""),
 dict(id="l-echo-du-luxembourg-belge-style-2", site="l-echo-du-luxembourg-belge-style", lang="fr", sep="\n\n", title="P1 : Habay renverse Bertrix et reste dans la course au titre", date="2026-03-15", page="""
cookie|Ce site utilise des cookies pour améliorer votre expérience, mesurer l'audience et vous proposer des publicités adaptées.
cookie|Tout accepter
cookie|Tout refuser
cookie|Personnaliser mes choix
skip-link|Passer au contenu
timestamp|Dimanche 15 mars 2026
weather|Arlon 9° · Bastogne 6° · Marche 10°
region-picker|Mon édition : Arlon · Bastogne · Marche-Famenne · Neufchâteau · Virton-Gaume
account|Se connecter
epaper|Lire le journal de la semaine
menu|La Semaine ardennaise
menu|Votre hebdo gratuit en province de Luxembourg
menu|Actu
menu|Ma région
menu|Sports
menu|Agenda
menu|Nécrologie
menu|Petites annonces
menu|Emploi
menu|Concours
menu|Contact
scoreboard|P1 Luxembourg — 22e journée
scoreboard|Habay 3-2 Bertrix
scoreboard|Libramont 1-1 Marloie
scoreboard|Givry 0-2 Aubange
scoreboard|Mormont 2-0 Jamoigne
scoreboard|Tous les résultats
breadcrumb|Accueil > Sports > Football > Provinciales
section-label|FOOTBALL — P1
h1|P1 : Habay renverse Bertrix et reste dans la course au titre
lead|Menés 0-2 à la pause, les Habaysiens ont inscrit trois buts en vingt minutes pour s'offrir le choc de la 22e journée. Bertrix perd la tête au profit d'Aubange.
byline|Par Grégory Lejeune
dateline|Publié le 15/03/2026 à 19:12
share|Partager
share|Facebook
share|Messenger
share|WhatsApp
share|E-mail
gallery|GALERIE PHOTOS (24)
caption|Le troisième but habaysien, signé Maxime Collard d'une reprise de volée.
credit|© Photo News Lux / Philippe Simon
p|Il y avait du monde, ce dimanche après-midi, autour du terrain synthétique de Habay-la-Neuve. Plus de 600 spectateurs, selon le club, pour un match au sommet entre le deuxième et le leader de la P1. Et ils n'ont pas regretté le déplacement.
p|Pendant quarante-cinq minutes, pourtant, on n'a vu que Bertrix. Plus rapides, plus tranchants, les visiteurs ont ouvert le score dès la 9e minute par Kevin Gilson, parfaitement servi en profondeur, avant que Dylan Martin ne double la mise sur penalty juste avant la demi-heure, après une faute évidente du gardien local.
p|« À la mi-temps, j'ai juste demandé aux gars s'ils voulaient vraiment laisser filer le titre comme ça », racontait après le match l'entraîneur habaysien, Olivier Poncelet. « Je n'ai pas eu besoin de crier. Ils ont compris tout seuls. »
h2|Vingt minutes de folie
p|Au retour des vestiaires, le visage de la rencontre a complètement changé. Entré au repos, le jeune Nathan Rossignon a réduit l'écart dès la 52e minute d'un tir croisé. Dix minutes plus tard, Julien Henrion égalisait de la tête sur corner, faisant basculer le match.
p|Bertrix, qui n'avait plus perdu depuis le mois d'octobre, a alors perdu le fil. Et à la 71e minute, Maxime Collard reprenait de volée un centre en retrait pour donner l'avantage aux locaux, sous les hourras d'une tribune qui n'y croyait plus.
ad|Publicité
ad|Brasserie de la Gaume — La bière des supporters, en vente dans toutes les buvettes de la province
p|Les visiteurs ont poussé dans le dernier quart d'heure, touchant même le poteau à la 88e minute, mais le score n'a plus bougé. Avec cette défaite, Bertrix cède la première place à Aubange, vainqueur à Givry, et ne compte plus qu'un point d'avance sur Habay.
p|« On a joué une mi-temps, pas deux. Ce genre d'erreur, on la paie cash contre une équipe comme Habay », regrettait le coach bertrigeois, qui refusait toutefois de parler de coup d'arrêt. « Il reste huit matchs. Rien n'est fait. »
p|Les deux équipes se retrouveront peut-être dès le mois de mai : si le classement reste en l'état, le deuxième et le troisième disputeront le tour final provincial, avec à la clé une place en Division 3 ACFF. Dimanche prochain, Habay se rend à Libramont, tandis que Bertrix reçoit Mormont dans un autre match à ne pas manquer.
h2|La fiche du match
p|HABAY – BERTRIX : 3-2 (mi-temps : 0-2)
p|Buts : Gilson (9e, 0-1), D. Martin (28e sur pen., 0-2), Rossignon (52e, 1-2), Henrion (62e, 2-2), Collard (71e, 3-2).
p|Arbitre : M. Lemaire.
p|Cartes jaunes : Henrion, Poncelet (Habay) ; Gilson, Thomas (Bertrix).
read-also|À lire aussi : P2A : Tintigny s'accroche à la deuxième place malgré le partage à Étalle
standings|Classement P1
standings|1. Aubange 47 pts
standings|2. Bertrix 46 pts
standings|3. Habay 45 pts
standings|4. Libramont 39 pts
standings|5. Mormont 37 pts
standings|Classement complet
tags|Football
tags|P1
tags|Habay
tags|Bertrix
video|VIDÉO — Les buts de la rencontre (2'14")
newsletter|Recevez chaque vendredi l'actu de votre région dans votre boîte mail
newsletter|Votre e-mail
newsletter|Je m'abonne
related|Dans la même rubrique
related|P2B : Ochamps enchaîne une sixième victoire de rang
related|Il y a 3 heures
related|Basket : Arlon assure son maintien en Régionale 1
related|Hier
related|Trail : 1 400 coureurs attendus à La Roche pour l'Ardennes Trail Tour
related|Il y a 4 jours
obituary|Avis nécrologiques
obituary|Monsieur André Goffinet — Bertrix — 1941-2026
obituary|Madame Marie-Thérèse Lamy, épouse de Monsieur Jean Burnotte — Neufchâteau — 1950-2026
obituary|Voir tous les avis
contest|CONCOURS — Gagnez un maillot dédicacé du RES Habay
most-read|Les plus lus
most-read|Bouillon : le château rouvre sa tour d'Autriche après deux ans de travaux
most-read|Libramont : la Foire agricole dévoile ses dates 2026
teaser-list|P1 : Habay renverse Bertrix et reste dans la course au titre
footer|La Semaine ardennaise
footer|Hebdomadaire gratuit distribué en toutes-boîtes dans la province de Luxembourg
footer|Rédaction : rue des Faubourgs 12, 6700 Arlon — 063 00 00 00
footer|Publicité · Distribution · Qui sommes-nous ? · Charte de vie privée · Conditions générales
footer|Éditeur responsable : Michel Gérard
copyright|© 2026 La Semaine ardennaise — Tous droits réservés
"""),
 dict(id="turks-caicos-weekly-style-1", site="turks-caicos-weekly-style", lang="en", sep="\n", title="Cabinet approves new work permit fee schedule, with cuts for domestic workers", date="2026-01-15", page="""
timestamp|Thursday, January 15, 2026
weather|Providenciales 79°F Partly Cloudy
social|f X ig ▶
subscribe|Subscribe to the Digital Edition
account|Login
menu|THE CAICOS CURRENT
menu|Turks and Caicos Islands' Weekly Newspaper
menu|Home
menu|News
menu|Politics
menu|Business
menu|Tourism
menu|Court
menu|Sports
menu|Opinion
menu|Classifieds
menu|E-Edition
breaking|BREAKING:
breaking|Power outage reported across parts of Blue Hills and Five Cays — FortisTCI crews on site
ad|ADVERTISEMENT
ad|GRACE BAY OCEANFRONT RESIDENCES — 2 & 3 bedroom condos from US$1.45M — Now selling — Call 649-000-0000
breadcrumb|Home / News / Politics
section-label|POLITICS
h1|Cabinet approves new work permit fee schedule, with cuts for domestic workers
byline|By Deandra Forbes
byline|Staff Writer
dateline|January 15, 2026
views|👁 1,482 Views
comments|💬 4 Comments
reading-time|3 min read
share|Share on Facebook
share|Share on X
share|WhatsApp
share|Email
print|Print
caption|Applicants wait outside the Department of Labour and Employment Services in Providenciales earlier this month.
credit|(Photo: The Caicos Current)
p|PROVIDENCIALES — Employers of domestic helpers, gardeners and caregivers will pay less to renew their workers' permits from April 1, after Cabinet approved a revised schedule of work permit fees at its meeting last Wednesday.
p|The new schedule, which still has to be published in the Gazette, lowers the annual fee for domestic and household workers from $1,500 to $1,000. Fees for a number of professional categories, including senior managers, lawyers and accountants, will go up by between 10 and 15 per cent.
p|According to a statement issued by the Office of the Premier on Friday, the changes follow a review of the fee structure that began last year after complaints from elderly residents and working families that the cost of keeping a helper had become unaffordable.
p|"We heard from pensioners who depend on a caregiver and from young parents who cannot go to work without someone to watch the children," the Minister responsible for Immigration said in the statement. "This is about fairness. Those who can pay more will pay more."
related-inline|RELATED: Immigration Department clears backlog of 2,300 permit renewals
h2|Business community divided
p|The Chamber of Commerce said it welcomed the relief for households but warned that higher fees for skilled professionals could push up costs for small and medium-sized firms already struggling to find qualified staff locally.
p|"Many of our members are not big resorts. They are accounting practices with four people, or a dental office," a Chamber spokesperson told the Current. "When the fee for a professional goes up, that lands on their bottom line."
p|Some Belonger workers' advocates, however, said the increases did not go far enough. They argue that higher fees for expatriate professionals encourage employers to train and promote Turks and Caicos Islanders.
ad|ADVERTISEMENT
ad|ISLAND SHIPPING & FREIGHT — Weekly sailings Miami to Provo — Door-to-door delivery
h2|What changes on April 1
li|Domestic, household and caregiver permits: $1,000 a year, down from $1,500.
li|Farm and fishing workers: unchanged at $750.
li|Professional and managerial categories: increases of 10 to 15 per cent.
li|Late renewal penalty: now $250 per month, up from $100.
p|The Department of Labour said applications submitted before April 1 will be processed under the current fees. Employers are encouraged to use the online portal, which officials say now handles more than 70 per cent of renewals.
p|The opposition has called for the full review report to be laid before the House of Assembly when it resumes sitting later this month.
signature|— Additional reporting by Kareem Hall
tags|Tags: Cabinet Immigration Labour Work Permits
author-bio|Deandra Forbes covers politics and government for The Caicos Current. Email: dforbes@caicoscurrent.example
ad|ADVERTISEMENT
ad|FIRST ISLAND BANK — Mortgage rates from 6.25% — Apply online today
notices|LEGAL NOTICES
notices|IN THE SUPREME COURT OF THE TURKS AND CAICOS ISLANDS — PROBATE — In the Estate of Albert Rigby, late of Kew, North Caicos, Deceased. All persons having claims must send particulars within 21 days.
notices|NOTICE OF APPLICATION FOR A LIQUOR LICENCE — Conch Shack Grill Ltd., Blue Hills, Providenciales
jobs|JOB VACANCY — Accounts Clerk — Providenciales — Apply to hr@example.tc by January 30
comments|4 thoughts on "Cabinet approves new work permit fee schedule, with cuts for domestic workers"
comments|Provo Resident
comments|January 15, 2026 at 9:14 am
comments|About time. My mother is 84 and the helper fee was more than her pension.
comments|Reply
comments|TCI First
comments|January 15, 2026 at 11:02 am
comments|Raise the fees more and train our own people. Simple.
comments|Reply
comments|Load more comments
comments|Leave a Reply
comments|Your email address will not be published.
comments|Post Comment
teaser-list|RECENT POSTS
teaser-list|Grand Turk cruise centre expects record season as new berth opens
teaser-list|January 14, 2026
teaser-list|Police appeal for witnesses after Leeward Highway crash
teaser-list|January 13, 2026
teaser-list|Junior Junkanoo returns to Cockburn Town
teaser-list|January 12, 2026
ticker|CRUISE SHIPS IN PORT — Grand Turk: 2 ships today · est. 8,400 passengers
epaper|This Week's Print Edition — Read the full paper online
footer|The Caicos Current is published every Thursday by Current Media Ltd., Leeward Highway, Providenciales, Turks and Caicos Islands, BWI.
footer|Newsroom: +1 649 000 0000 · news@caicoscurrent.example
footer|About · Advertise · Submit a Letter · Privacy Policy · Terms
copyright|© 2026 The Caicos Current. All Rights Reserved.
back-to-top|↑
"""),
 dict(id="turks-caicos-weekly-style-2", site="turks-caicos-weekly-style", lang="en", sep="\n", title="Salt Cay residents say ferry cancellations are cutting them off from Grand Turk", date="2026-03-12", page="""
timestamp|Thursday, March 12, 2026
weather|Providenciales 81°F Sunny
social|f X ig ▶
subscribe|Subscribe to the Digital Edition
account|Login
menu|THE CAICOS CURRENT
menu|Turks and Caicos Islands' Weekly Newspaper
menu|Home
menu|News
menu|Politics
menu|Business
menu|Tourism
menu|Court
menu|Sports
menu|Opinion
menu|Classifieds
menu|E-Edition
ad|ADVERTISEMENT
ad|CAICOS AUTO RENTALS — Airport pick-up — Weekly specials from $49/day
breadcrumb|Home / News / Family Islands
section-label|FAMILY ISLANDS
h1|Salt Cay residents say ferry cancellations are cutting them off from Grand Turk
byline|By Marvin Delancy
byline|Grand Turk Correspondent
dateline|March 12, 2026
views|👁 967 Views
comments|💬 2 Comments
reading-time|4 min read
share|Share on Facebook
share|Share on X
share|WhatsApp
share|Email
print|Print
caption|The Salt Cay dock, where residents say they have waited for hours for a ferry that never came.
credit|(Photo: Marvin Delancy)
p|GRAND TURK — For the roughly 100 people who live on Salt Cay, the ferry to Grand Turk is not a convenience. It is how they get to the doctor, the bank, the grocery store and, for a handful of children, to high school.
p|But residents say that lifeline has become unreliable. According to a list compiled by the Salt Cay District Council and shared with the Current, the scheduled service was cancelled or failed to show on 19 of the 60 days between January 1 and the end of February.
p|"You don't know in the morning if you will reach your appointment," said Edna Talbot, 71, who travels to Grand Turk every two weeks for dialysis checks. "Twice I had to pay a fisherman $80 to carry me across. Not everybody can do that."
h2|Weather, engines and a contract
p|The ferry is operated by a private company under a contract with the Government. Some cancellations were caused by rough seas, which are common in the winter months on the exposed crossing between the two islands.
p|But residents and council members say mechanical problems are the bigger issue. The vessel currently in use was out of service for nine days in February while the operator waited for a replacement part from Florida, and no back-up boat was provided.
p|"When the boat is broken, there is no plan B. People are just stranded," said the council's chairperson, Lorna Simmons. "We are part of this country too."
related-inline|RELATED: Government to review domestic air and sea links to the Family Islands
p|A spokesperson for the Ministry of Infrastructure told the Current that the Government was aware of the complaints and had written to the operator to remind it of its obligations, including the requirement to provide a substitute vessel when the main ferry is out of service for more than 48 hours.
p|The spokesperson said the contract is due for renewal in September and that a new tender would include stricter performance standards and penalties for missed sailings.
p|"When the boat is broken, there is no plan B."
h2|Tourism also affected
p|The cancellations come as Salt Cay tries to rebuild its small tourism trade. The island, known for its historic salt ponds, quiet beaches and humpback whale watching between January and April, relies on day-trippers from Grand Turk and cruise passengers.
p|Two guesthouse owners told the Current they had lost bookings after visitors were unable to get across. One said a group of eight whale watchers had to cancel their entire stay in February.
p|"Whale season is our Christmas," said one owner. "If people can't get here, we don't eat."
p|The District Council has asked for a meeting with the Minister and says it will present a petition signed by nearly every adult on the island.
signature|mdelancy@caicoscurrent.example
tags|Tags: Ferry Grand Turk Salt Cay Transport
ad|ADVERTISEMENT
ad|TCI WATER SPORTS — Whale watching tours from Grand Turk — Book now, season ends April 15
comments|2 thoughts on "Salt Cay residents say ferry cancellations are cutting them off from Grand Turk"
comments|Salt Cay Born
comments|March 12, 2026 at 7:48 am
comments|Same story every year. Give us a proper government boat.
comments|Reply
comments|Grand Turk Gal
comments|March 12, 2026 at 10:31 am
comments|Praying for Miss Edna. This is a shame.
comments|Reply
comments|Leave a Reply
comments|Your email address will not be published.
comments|Post Comment
classifieds|CLASSIFIEDS
classifieds|FOR RENT: 1-bed apartment, Kew Town, furnished, $1,100/month. Call 649-000-0001
classifieds|FOR SALE: 2019 Honda Fit, low mileage, $9,500 ONO
classifieds|View all classifieds
teaser-list|RECENT POSTS
teaser-list|Cabinet approves budget timetable ahead of April sitting
teaser-list|March 11, 2026
teaser-list|Provo youth football league kicks off with 24 teams
teaser-list|March 10, 2026
teaser-list|Court hears appeal in Crown Land case
teaser-list|March 9, 2026
ticker|CRUISE SHIPS IN PORT — Grand Turk: 1 ship today · est. 4,100 passengers
epaper|This Week's Print Edition — Read the full paper online
footer|The Caicos Current is published every Thursday by Current Media Ltd., Leeward Highway, Providenciales, Turks and Caicos Islands, BWI.
footer|Newsroom: +1 649 000 0000 · news@caicoscurrent.example
footer|About · Advertise · Submit a Letter · Privacy Policy · Terms
copyright|© 2026 The Caicos Current. All Rights Reserved.
back-to-top|↑
"""),
 dict(id="niue-star-style-1", site="niue-star-style", lang="en", sep="\n\n", title="Hakupu switches on solar water pump after two-year wait", date="2026-02-20", page="""
greeting|Fakaalofa lahi atu!
timestamp|Friday 20 February 2026 · Alofi, Niue
ticker|Tides today: High 6:12am (1.4m) · Low 12:25pm (0.3m) · High 6:41pm (1.5m)
ticker|Sunrise 6:58am · Sunset 7:41pm
schedule|Next flight: Auckland–Niue Tuesday 24 Feb, arr. 2:35pm
menu|THE ROCK WEEKLY
menu|Niue's community newspaper since 1993
menu|Home · News · Villages · Sport · Church · Notices · Letters · Tala Niue · Contact
subscribe|Get the paper emailed every Friday — NZ$52 a year
section-label|VILLAGE NEWS
h1|Hakupu switches on solar water pump after two-year wait
byline|Story and photos: Mele Tukuiki
dateline|20 February 2026
share|Share: Facebook · Messenger · Email
caption|Hakupu village council chair Sione Pulehetoa turns the valve at the new pump house on Monday morning.
credit|Photo: Mele Tukuiki
p|Hakupu families no longer have to wait for the afternoon to fill their tanks. The village's new solar-powered water pump was switched on last Monday morning, nearly two years after the old diesel pump broke down and the village began relying on a borrowed generator and weekly water deliveries.
p|More than sixty people gathered at the pump house on the road to Liku for the opening, which began with a prayer led by the village's Ekalesia minister and ended, as Hakupu events usually do, with a long lunch under the church hall awning.
p|The new system draws water from the same bore, about 60 metres below ground, but uses 24 solar panels and a battery bank to run the pump during the day and into the evening. Water is pushed up to the village reservoir, which now fills in about five hours instead of most of the day.
p|"For two years our mothers were counting every bucket," village council chair Sione Pulehetoa told the crowd. "Today the water comes by itself. Fakaaue lahi to everyone who did not give up on this."
notices|COMMUNITY NOTICE: Water supply to Liku and Lakepa will be turned off Tuesday 24 February, 9am–1pm, for pipe repairs. — Water Works Division
h2|Delays and a cyclone
p|The project was first approved in early 2024, with funding from an overseas development partner and labour provided by the village. But equipment was delayed twice at the Auckland wharf, and the first shipment of panels arrived damaged after a rough crossing.
p|Work stopped again for several weeks after the cyclone warning last March, when the contractor's team was sent to help clear roads on the western side of the island.
p|Utilities officer Tagaloa Ikiua said the new pump would also save the government money. "The old diesel pump was using about 400 litres of fuel a month. This one uses sunshine," he said. "And when the sun is not there, the batteries carry it through the night."
h2|What the village has to do now
p|The Utilities department will train two young men from Hakupu to look after the system, and households have been asked to help by:
li|reporting leaks in village pipes straight away;
li|not running hoses onto gardens between 5pm and 7pm, when demand is highest;
li|keeping goats and pigs away from the fence around the panels.
p|Hakupu is the second village to switch to solar pumping, after Avatele in 2024. Officials say Mutalau and Toi are next on the list, although no date has been set.
p|Village elder Hafe Talagi, who remembers when Hakupu fetched water from caves, said he never thought he would see a pump that "eats the sun". He was first in line to fill a bottle from the new tap.
signature|— Additional information from the Department of Utilities
letters|Have your say — send letters to the editor to editor@therockweekly.example. Letters must include your name and village.
birthday|BIRTHDAY GREETINGS
birthday|Happy 80th birthday to Mama Lupe Vakaafi of Tamakautoga, from all your children, grandchildren and great-grandchildren in Niue, Auckland and Brisbane. Ofania lahi!
church|CHURCH NOTICES
church|Ekalesia Kerisiano Niue — Sunday services in all villages 10am. Youth rally at Alofi North, Saturday 4pm.
church|Catholic Mission, Alofi — Mass Sunday 8am
obituary|FUNERAL NOTICE
obituary|The family of the late Pita Makapa of Hakupu advise that the funeral service will be held at Hakupu Ekalesia on Saturday 21 February at 11am, followed by burial at the village cemetery.
classifieds|FOR SALE: Taro tops and ufi, ready now. Ring Moka on 4000 in Liku.
classifieds|WANTED: Second-hand outboard motor, 15hp. Phone 4001.
ad|ADVERT
ad|Alofi Fuel & Hardware — Gas bottles refilled Mon–Fri · New stock of roofing iron this week
teaser-list|MORE NEWS THIS WEEK
teaser-list|Netball: Tuapa and Hikutavake share the points in season opener
teaser-list|Vanilla growers to meet buyers from New Zealand next month
teaser-list|Whale season ends early as last humpbacks head south
tip|Village news, photos or results? Send them in by Wednesday 5pm for Friday's paper.
footer|The Rock Weekly · PO Box 00, Alofi, Niue · Phone 4000
footer|Printed and published in Alofi every Friday
copyright|© 2026 The Rock Weekly. Please ask before reprinting our stories.
"""),
 dict(id="niue-star-style-2", site="niue-star-style", lang="en", sep="\n\n", title="Uga season: size limits stay, and crabs with eggs must go back", date="2025-11-07", page="""
greeting|Fakaalofa lahi atu!
timestamp|Friday 7 November 2025 · Alofi, Niue
ticker|Tides today: High 9:44am (1.3m) · Low 3:52pm (0.4m) · High 10:08pm (1.4m)
ticker|Sunrise 6:11am · Sunset 7:08pm
schedule|Next flight: Auckland–Niue Saturday 8 Nov, arr. 2:35pm
menu|THE ROCK WEEKLY
menu|Niue's community newspaper since 1993
menu|Home · News · Villages · Sport · Church · Notices · Letters · Tala Niue · Contact
subscribe|Get the paper emailed every Friday — NZ$52 a year
section-label|ENVIRONMENT
h1|Uga season: size limits stay, and crabs with eggs must go back
byline|By Tom Lipitoa
dateline|7 November 2025
dateline|Updated 8 November 2025
share|Share: Facebook · Messenger · Email
caption|An uga on the forest floor near Vaiea. Crabs must measure at least 36mm across the back of the shell to be taken.
credit|Photo: Department of Environment
p|Families heading into the bush for uga this season have been reminded that the rules protecting Niue's coconut crabs have not changed, and that environment officers will be checking catches at roadside stalls and at the airport.
p|The Department of Environment says the minimum size, the ban on taking females carrying eggs, and the limit on the number of crabs that can be taken off the island all stay in place for the 2025–2026 season.
p|"Uga is part of who we are. We eat it at weddings, at haircuttings, at Christmas, and we want our grandchildren to still be catching it," senior environment officer Vaha Fisikoula said. "The rules are there so that happens."
h2|The rules at a glance
li|Minimum size: 36mm across the back of the shell (the carapace).
li|No taking of females carrying eggs. They must be released where they were found.
li|No more than 10 uga may be taken overseas per traveller, and they must be declared at the airport.
li|No selling of undersized crabs at stalls, shops or the market.
p|Officers will carry measuring gauges and have the power to confiscate undersized crabs. Repeat offenders can be fined.
notices|PUBLIC NOTICE: The Department of Environment will hold an uga information evening at Alofi South hall, Wednesday 12 November at 6pm. All welcome.
h2|Fewer big crabs
p|Surveys carried out by the department and village volunteers in 2024 and 2025 found fewer large uga in forest areas close to roads, particularly in the south and west of the island. Numbers were healthier in the forest conservation area of Huvalu, where hunting is restricted.
p|Mr Fisikoula said the results were not a crisis but were "a warning". He said more people were catching uga to send to relatives in New Zealand and Australia, where the crabs fetch high prices at family events.
p|"One or two for your aunty in Auckland is fine, that is our culture," he said. "Chilly bins full of small crabs going out every week is not."
p|Some hunters in Hakupu and Liku said they supported the rules but wanted more help to enforce them. "We all see who is bringing out the little ones," one Liku man said. "But nobody wants to report their own cousin."
p|The department plans to train village volunteers as uga wardens next year, and is talking with Niue Airport staff about a simple checking point for departing passengers.
p|The department's advice for families is simple: take only the big ones, leave the mothers, and fill in the holes left by digging so that young crabs still have somewhere to hide. "If we look after the uga," Mr Fisikoula said, "the uga will look after our feasts."
signature|Tom Lipitoa · news@therockweekly.example
letters|Have your say — send letters to the editor to editor@therockweekly.example. Letters must include your name and village.
correction|CORRECTION: Last week's story on the Tuapa road works gave the wrong finishing date. Work is expected to finish on 28 November, not 18 November. We apologise.
birthday|BIRTHDAY GREETINGS
birthday|Happy 21st to Losa Heka of Makefu. Love from Mum, Dad and all the family. Have a blessed day!
church|CHURCH NOTICES
church|Ekalesia Kerisiano Niue — Sunday services in all villages 10am. Women's Fellowship meets at Tamakautoga, Thursday 2pm.
church|Catholic Mission, Alofi — Mass Sunday 8am
event|WHAT'S ON
event|Sat 8 Nov — Alofi market, 5.30am
event|Sat 15 Nov — Village show day, Mutalau
classifieds|FOR SALE: Coconut husks, 20 bags, free to whoever picks up. Namukulu.
ad|ADVERT
ad|Alofi Fuel & Hardware — Gas bottles refilled Mon–Fri · Chilly bins now in stock, all sizes
teaser-list|MORE NEWS THIS WEEK
teaser-list|Assembly passes new fisheries regulations
teaser-list|Rugby sevens squad named for Pacific tournament
teaser-list|Hakupu water project: panels finally on their way
tip|Village news, photos or results? Send them in by Wednesday 5pm for Friday's paper.
footer|The Rock Weekly · PO Box 00, Alofi, Niue · Phone 4000
footer|Printed and published in Alofi every Friday
copyright|© 2025 The Rock Weekly. Please ask before reprinting our stories.
"""),
]
