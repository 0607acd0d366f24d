# Round 133: eight pages on four more layouts (a Saint-Barthélemy weekly's site, a Wallis-and-Futuna public
# broadcaster's news page, a Guam daily on a US newspaper chain's platform, a Marshall Islands weekly's WordPress site),
# written blind: without looking at the classifier, its rules or the benchmark, measured once. Each line: "label|text".
# Invented text; no real article is copied.
ROUND133 = [
 dict(id="journal-de-saint-barth-style-1", site="journal-de-saint-barth-style", lang="fr", sep="\n", title="Budget 2026 : la Collectivité mise sur l'eau et les routes", date="2026-02-26", page="""
skip-link|Aller au contenu
clock|Jeudi 26 février 2026
weather|Gustavia 28°C - Ensoleillé - Vent E 15 nœuds
lang-switch|FR
lang-switch|EN - Saint-Barth Weekly
social|Facebook
social|Instagram
epaper|Journal n°1612 - Feuilleter le numéro en PDF
subscribe|S'abonner
login|Mon compte
masthead|Journal de Saint-Barth
masthead|L'hebdomadaire de Saint-Barthélemy
menu|Accueil
menu|Actualités
menu|Collectivité
menu|Environnement
menu|Sport
menu|Culture
menu|Économie
menu|Agenda
menu|Petites annonces
menu|Archives
search|Rechercher...
ad|Publicité
ad|ST BARTH LOCATION AUTO - Votre véhicule livré à l'aéroport ou au port - 0590 27 61 40
breadcrumb|Accueil » Actualités » Collectivité
section-label|Collectivité
h1|Budget 2026 : la Collectivité mise sur l'eau et les routes
byline|Par Mathilde Gréaux
dateline|26 février 2026
comments|0 commentaire
share|PartagerFacebookWhatsAppE-mail
print|Imprimer
caption|Les élus du Conseil territorial lors de la séance du vendredi 20 février, à l'hôtel de la Collectivité.
credit|Photo : JSB
lead|Réunis vendredi dernier en séance publique, les élus du Conseil territorial ont adopté un budget primitif de 148 millions d'euros, dont près de la moitié consacrée à l'investissement. L'eau potable et la réfection des routes en sont les deux priorités.
p|La séance, ouverte peu après 9 heures, aura duré un peu moins de quatre heures. À son terme, le budget primitif 2026 a été adopté par quinze voix pour et quatre abstentions, celles des élus de l'opposition, qui ont salué « un effort réel sur les réseaux » tout en regrettant « l'absence de vision sur le logement des salariés ».
p|Avec 68,4 millions d'euros, la section d'investissement atteint un niveau inédit. Les recettes restent portées par les droits de quai, la taxe sur les séjours et les droits d'enregistrement sur les ventes immobilières, en léger recul l'an dernier après deux années exceptionnelles.
read-also|Lire aussi : Dessalement : la troisième unité de production en service avant l'été
h2|Douze millions pour l'eau
p|Premier poste de dépense, le programme eau potable mobilise à lui seul 12,1 millions d'euros. Il doit permettre d'achever l'extension de l'usine de dessalement de Public, de remplacer plusieurs kilomètres de canalisations vieillissantes et de poser de nouveaux compteurs dans les quartiers de Lorient et de Saint-Jean.
p|« Nous perdons encore trop d'eau entre l'usine et le robinet. Chaque mètre cube produit coûte de l'énergie, et donc de l'argent », a rappelé la vice-présidente chargée des réseaux, en présentant le plan pluriannuel. L'objectif affiché est de ramener le taux de fuite sous les 15 % d'ici à 2028.
ad|Publicité
ad|AGENCE DES ÎLES - Transactions - Locations saisonnières - Gestion - www.agencedesiles-sbh.com
h2|Les principaux investissements
li|Eau potable et dessalement : 12,1 millions d'euros
li|Voirie et réfection des routes, dont la route de Colombier : 9,8 millions d'euros
li|Aéroport Rémy-de-Haenen, mise aux normes de la piste : 6,2 millions d'euros
li|Port de Gustavia, quai du commerce : 5,5 millions d'euros
li|Écoles et équipements sportifs : 4,3 millions d'euros
p|La voirie arrive juste derrière. Après le chantier de la route de Saline achevé en décembre, la Collectivité engage cette année la reprise complète de la route de Colombier et de plusieurs carrefours jugés dangereux, notamment à Saint-Jean, où les embouteillages aux heures de pointe exaspèrent automobilistes et riverains.
p|Le président de la Collectivité a défendu un budget « de maintenance autant que d'ambition ». « On a beaucoup construit en vingt ans. Il faut désormais entretenir ce qu'on a, avant que l'usure ne nous coûte deux fois plus cher », a-t-il déclaré devant une salle clairsemée.
p|« Entretenir ce qu'on a, avant que l'usure ne nous coûte deux fois plus cher. »
h2|L'opposition réclame un plan logement
p|Côté opposition, on juge l'effort sur les infrastructures nécessaire mais insuffisant. « Des familles de Saint-Barth quittent l'île parce qu'elles ne trouvent plus à se loger. Ce budget n'y répond pas », a regretté une conseillère, qui propose la création d'un fonds dédié au logement intermédiaire financé par une part de la taxe sur les séjours.
p|Le président a renvoyé à une séance spécifique consacrée au logement, annoncée pour le mois d'avril. Le compte administratif 2025 sera, lui, examiné en juin.
signature|M.G.
tags|Mots-clés :
tags|Conseil territorial
tags|Budget
tags|Eau
tags|Routes
share|Partager cet article
share|Facebook
share|WhatsApp
share|E-mail
nav|« Article précédent
nav|Carnaval : le programme complet des festivités du Mardi gras
nav|Article suivant »
nav|Football : l'ASPSB file en demi-finale de la coupe des îles du Nord
related|À lire également
related|Dessalement : la troisième unité de production en service avant l'été
related|19 février 2026
related|Circulation : le rond-point de Saint-Jean fermé deux nuits
related|12 février 2026
related|Droits de quai : les recettes 2025 en légère baisse
related|5 février 2026
comments|Laisser un commentaire
comments|Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *
comments|Commentaire *
comments|Nom *
comments|E-mail *
comments|Publier le commentaire
epaper|LE NUMÉRO DE LA SEMAINE
epaper|Journal de Saint-Barth n°1612 - 26 février 2026
epaper|Télécharger (PDF, 14 Mo)
notices|Pharmacie de garde
notices|Ce week-end : Pharmacie de Saint-Jean - 0590 27 66 41
notices|Urgences : Hôpital de Bruyn - 0590 27 60 35
ticker|Marées à Gustavia
ticker|PM 06h42 - BM 13h10 - PM 19h05
classifieds|Petites annonces
classifieds|Vends scooter 125 cm3, bon état, 1 800 €
classifieds|Cherche studio à l'année, couple sérieux, Lorient ou Saint-Jean
classifieds|Société de travaux recrute maçon expérimenté
classifieds|Voir toutes les annonces
event|Agenda
event|Samedi 28 février - Concert de gospel, église anglicane de Gustavia, 19h
event|Dimanche 1er mars - Course de pirogues, baie de Saint-Jean, 8h
newsletter|Recevez la lettre du Journal chaque jeudi
newsletter|Votre e-mail
newsletter|OK
footer|Journal de Saint-Barth
footer|Rue Samuel-Fahlberg - Gustavia - 97133 Saint-Barthélemy
footer|Tél. 0590 27 65 19
footer|Qui sommes-nous
footer|Tarifs publicitaires
footer|Annonces légales
footer|Mentions légales
footer|Contact
cookie|Ce site utilise des cookies pour améliorer votre expérience. En poursuivant votre navigation, vous acceptez leur utilisation.
cookie|J'accepte
cookie|En savoir plus
copyright|© 2026 Journal de Saint-Barth - Tous droits réservés - Reproduction interdite sans autorisation
back-to-top|Haut de page
"""),
 dict(id="journal-de-saint-barth-style-2", site="journal-de-saint-barth-style", lang="fr", sep="\n", title="Sargasses : la barge de ramassage enfin opérationnelle à Grand Cul-de-Sac", date="2026-05-14", page="""
skip-link|Aller au contenu
clock|Jeudi 14 mai 2026
weather|Gustavia 30°C - Averses passagères - Vent ESE 18 nœuds
lang-switch|FR
lang-switch|EN - Saint-Barth Weekly
social|Facebook
social|Instagram
epaper|Journal n°1623 - Feuilleter le numéro en PDF
subscribe|S'abonner
login|Mon compte
masthead|Journal de Saint-Barth
masthead|L'hebdomadaire de Saint-Barthélemy
menu|Accueil
menu|Actualités
menu|Collectivité
menu|Environnement
menu|Sport
menu|Culture
menu|Économie
menu|Agenda
menu|Petites annonces
menu|Archives
search|Rechercher...
ad|Publicité
ad|MARINE SERVICE SBH - Location de bateaux avec ou sans skipper - Port de Gustavia
breadcrumb|Accueil » Actualités » Environnement
section-label|Environnement
h1|Sargasses : la barge de ramassage enfin opérationnelle à Grand Cul-de-Sac
byline|Par Julien Magras-Bernier
dateline|14 mai 2026
comments|2 commentaires
share|PartagerFacebookWhatsAppE-mail
print|Imprimer
lang-switch|Read this article in English
caption|La barge, longue de douze mètres, peut collecter jusqu'à trente mètres cubes d'algues par rotation.
credit|© Julien Magras-Bernier
lead|Livrée en mars mais immobilisée par un problème de convoyeur, la barge de collecte des sargasses a effectué ses premières sorties la semaine dernière dans le lagon de Grand Cul-de-Sac. Un soulagement pour les riverains, alors que les échouements s'intensifient.
p|Il était temps. Lundi matin, sous un ciel chargé, la barge de l'Agence territoriale de l'environnement a quitté son ponton pour sa troisième sortie en quatre jours. Objectif : intercepter les radeaux d'algues brunes avant qu'ils ne s'échouent sur la plage et ne se décomposent dans le lagon.
p|« Depuis fin avril, on voit arriver des nappes presque tous les jours. Sans la barge, on ne faisait que ramasser sur le sable, avec des engins qui abîment la plage », explique l'un des agents chargés du dispositif. En quatre jours, l'équipage a retiré près de 95 mètres cubes d'algues.
section-label|EN CHIFFRES
li|1,2 million d'euros : le coût de la barge, financée par la Collectivité
li|30 m³ d'algues collectées par rotation
li|4 agents formés à sa conduite
li|48 heures : le délai avant que les algues échouées ne dégagent de l'hydrogène sulfuré
h2|Un démarrage retardé
p|Commandée à un chantier naval de Guadeloupe, la barge devait entrer en service dès le début de la saison. Mais lors des premiers essais, le tapis convoyeur qui hisse les algues à bord s'est grippé, nécessitant l'envoi d'une pièce depuis la métropole. « Deux mois d'attente pour une pièce, c'est la réalité des îles », soupire un élu.
ad|Publicité
ad|BOULANGERIE DE LORIENT - Pain, viennoiseries, sandwichs - Ouvert 7j/7 dès 6h
read-also|Lire aussi : Tortues marines : une saison de ponte record à Colombier
p|Les riverains de Grand Cul-de-Sac, dont plusieurs hôtels et restaurants, avaient multiplié les alertes ces dernières semaines. Odeurs d'œuf pourri, bijoux et appareils électroniques noircis, clients qui écourtent leur séjour : « On a eu des annulations, clairement », témoigne la gérante d'un établissement de bord de mer.
h2|Des capteurs installés sur les plages
p|En parallèle, l'Agence a installé trois capteurs d'hydrogène sulfuré à Grand Cul-de-Sac, Petit Cul-de-Sac et Toiny. Les relevés sont consultables en ligne et un message d'alerte est diffusé lorsque les seuils sont dépassés. Les personnes fragiles, femmes enceintes et enfants en bas âge sont invités à s'éloigner des zones d'échouement.
p|Les algues collectées sont acheminées vers la plateforme de compostage de Public, où elles sont mélangées à des déchets verts. Une étude est en cours pour évaluer leur utilisation comme amendement dans les jardins, après contrôle de leur teneur en arsenic.
p|Selon les prévisions satellitaires, la saison 2026 pourrait être l'une des plus importantes jamais observées dans la Caraïbe. L'Agence n'exclut pas de demander un second bateau si les arrivages se maintiennent à ce niveau tout l'été.
tags|Mots-clés :
tags|Sargasses
tags|Grand Cul-de-Sac
tags|Environnement
tags|Agence territoriale de l'environnement
share|Partager cet article
share|Facebook
share|WhatsApp
share|E-mail
nav|« Article précédent
nav|Tennis : le tournoi des jeunes réunit 80 joueurs au stade de Saint-Jean
nav|Article suivant »
nav|Conseil exécutif : les principales décisions du 7 mai
related|À lire également
related|Tortues marines : une saison de ponte record à Colombier
related|7 mai 2026
related|Sargasses : la Collectivité commande une barge de collecte
related|13 novembre 2025
related|Plages : les analyses de qualité des eaux publiées chaque semaine
related|30 avril 2026
comments|2 commentaires
comments|Bernadette L.
comments|14 mai 2026 à 10 h 12 min
comments|Enfin ! On attendait ça depuis trois saisons. Merci aux agents qui font un travail difficile.
comments|Répondre
comments|Patrick
comments|14 mai 2026 à 13 h 47 min
comments|Et pour Petit Cul-de-Sac rien n'est prévu ? La plage est impraticable depuis dix jours.
comments|Répondre
comments|Laisser un commentaire
comments|Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *
comments|Publier le commentaire
epaper|LE NUMÉRO DE LA SEMAINE
epaper|Journal de Saint-Barth n°1623 - 14 mai 2026
epaper|Télécharger (PDF, 16 Mo)
notices|Pharmacie de garde
notices|Ce week-end : Pharmacie de Gustavia - 0590 27 61 82
notices|Urgences : Hôpital de Bruyn - 0590 27 60 35
ticker|Marées à Gustavia
ticker|BM 05h58 - PM 12h21 - BM 18h40
classifieds|Petites annonces
classifieds|Donne chatons contre bons soins, Vitet
classifieds|Vends kayak double avec pagaies, 350 €
classifieds|Restaurant cherche serveur(se) pour la saison d'été
classifieds|Voir toutes les annonces
newsletter|Recevez la lettre du Journal chaque jeudi
newsletter|Votre e-mail
newsletter|OK
footer|Journal de Saint-Barth
footer|Rue Samuel-Fahlberg - Gustavia - 97133 Saint-Barthélemy
footer|Tél. 0590 27 65 19
footer|Qui sommes-nous
footer|Tarifs publicitaires
footer|Annonces légales
footer|Mentions légales
footer|Contact
cookie|Ce site utilise des cookies pour améliorer votre expérience. En poursuivant votre navigation, vous acceptez leur utilisation.
cookie|J'accepte
cookie|En savoir plus
copyright|© 2026 Journal de Saint-Barth - Tous droits réservés - Reproduction interdite sans autorisation
back-to-top|Haut de page
"""),
 dict(id="wallis-futuna-la-1ere-style-1", site="wallis-futuna-la-1ere-style", lang="fr", sep="\n", title="Futuna : les travaux du quai de Leava prennent trois mois de retard", date="2026-04-14", page="""
skip-link|Aller au contenu principal
skip-link|Aller au menu
skip-link|Aller à la recherche
network|francetv
network|La 1ère
network|Guadeloupe
network|Martinique
network|Guyane
network|Réunion
network|Mayotte
network|Polynésie
network|Nouvelle-Calédonie
network|Wallis et Futuna
network|Saint-Pierre et Miquelon
watch|Regarder la TV en direct
listen|Écouter la radio en direct
login|Se connecter
masthead|Wallis et Futuna la 1ère
menu|Info
menu|Sport
menu|Culture
menu|Environnement
menu|Météo
menu|Programmes TV
menu|Radio
menu|Replay
search|Rechercher
breaking|EN CE MOMENT
breaking|Alerte météo : avis de fortes pluies sur Futuna jusqu'à mercredi
breadcrumb|Accueil
breadcrumb|Wallis et Futuna
breadcrumb|Économie
h1|Futuna : les travaux du quai de Leava prennent trois mois de retard
lead|La livraison du nouveau quai de commerce de Leava, attendue pour la fin du mois de juin, est repoussée à l'automne. En cause : des intempéries répétées et l'arrivée tardive de la barge de chantier venue de Nouméa.
video|Lecture en cours
video|Le reportage de Petelo Falelavaki et Soane Lauhea
video|durée de la vidéo : 02min 14s
credit|© Wallis et Futuna la 1ère
byline|Écrit par Malia Tufele
dateline|Publié le 14 avril 2026 à 19h05
dateline|Mis à jour le 15 avril 2026 à 08h12
share|Partager l'article sur les réseaux sociaux
share|Facebook
share|X (anciennement Twitter)
share|Whatsapp
share|Copier le lien
share|Lien copié
p|Sur le port de Leava, les engins sont à l'arrêt depuis plusieurs jours. Les fortes houles de mars ont endommagé une partie des enrochements provisoires, et la barge qui devait acheminer les blocs de béton depuis la Nouvelle-Calédonie n'a accosté que le 2 avril, avec près de cinq semaines de retard sur le calendrier initial.
p|Lors d'un point d'étape organisé lundi à Sigave, les services des travaux publics ont confirmé que la réception de l'ouvrage ne pourrait pas intervenir avant la fin du mois de septembre. Le chantier, d'un montant de 9,4 millions d'euros, est financé par l'État et le Territoire dans le cadre du contrat de convergence.
p|« Nous avions prévu une marge pour la météo, mais pas pour deux épisodes de houle consécutifs. La sécurité des ouvriers passe avant le calendrier », a expliqué le chef de projet, venu de Wallis pour l'occasion.
read-also|LIRE AUSSI : Trafic maritime : le cargo mensuel vers Futuna maintenu malgré le chantier
h2|Les importateurs inquiets
p|Le retard n'est pas sans conséquences pour les commerçants de l'île. En attendant le nouveau quai, les navires de commerce continuent de décharger au moyen de chalands, une opération longue et dépendante de l'état de la mer. Lors des deux dernières rotations, une partie du fret a dû rester à bord et repartir vers Wallis.
p|« Quand le bateau ne peut pas décharger, ce sont le riz, le ciment, le carburant qui manquent. Les familles le sentent tout de suite », témoigne un commerçant d'Alo, qui dit avoir fait des stocks « comme avant un cyclone ».
p|« Ko te uafu ʻaenī ʻe ko he meʻa maʻuhiga ki Futuna kātoa », insiste un chef coutumier de Sigave, rappelant que le quai est attendu « par toute l'île » depuis plus de dix ans.
ad|PUBLICITÉ
h2|Un calendrier revu
p|Selon le nouveau planning présenté aux élus, la pose des blocs de protection doit reprendre dès la semaine prochaine si la météo le permet. Viendront ensuite le coulage de la dalle, l'installation des bollards et de l'éclairage, puis les essais d'accostage avec le navire de ligne.
p|Les deux royaumes de Futuna ont demandé à être associés aux prochaines réunions de chantier. Le préfet, administrateur supérieur du Territoire, doit se rendre à Leava à la fin du mois pour constater l'avancement des travaux.
p|Pour rappel, le quai actuel, construit dans les années 1980, ne permet plus d'accueillir en sécurité les navires de plus de 90 mètres. Sa rénovation figurait parmi les priorités de l'Assemblée territoriale depuis 2019.
signature|Avec Kalolaine Mulikihaamea
tags|économie
tags|transports
tags|futuna
tags|wallis et futuna
share|Partager :
share|Facebook
share|X (anciennement Twitter)
share|Whatsapp
share|Copier le lien
sponsored|Contenus sponsorisés
sponsored|Ces montres connectées font fureur cette année, voici pourquoi
sponsored|Nouméa : les billets pour la métropole à prix cassés ce mois-ci
most-read|Les articles les plus lus
most-read|Uvea : le Lavelua reçoit les vœux des chefferies de Hihifo
most-read|Santé : une mission de cardiologues attendue à l'hôpital de Sia
most-read|Football : l'AS Vaitupu qualifiée pour la finale de la coupe du Territoire
most-read|Aircalin : les horaires modifiés pour les vacances scolaires
programme-guide|À la télévision ce soir
programme-guide|18h00 Le journal en wallisien
programme-guide|18h15 Le journal en futunien
programme-guide|19h00 Le journal de Wallis et Futuna la 1ère
programme-guide|19h30 Tala mai ma Futuna
watch|Revoir nos émissions
watch|Replay - Le journal de Wallis et Futuna la 1ère du 14 avril 2026
watch|Replay - Fono : l'émission politique
app|Téléchargez l'application La 1ère
app|Disponible sur Google Play
app|Télécharger dans l'App Store
footer|France Télévisions
footer|Nous contacter
footer|Plan du site
footer|Mentions légales
footer|Charte de données personnelles
footer|Gestion des cookies
footer|Accessibilité : partiellement conforme
footer|Conditions générales d'utilisation
social|Suivez Wallis et Futuna la 1ère sur Facebook, Instagram et YouTube
cookie|France Télévisions et ses partenaires utilisent des cookies et autres traceurs pour mesurer l'audience, vous proposer des contenus adaptés et des publicités personnalisées.
cookie|Accepter & Fermer
cookie|Paramétrer les cookies
cookie|Continuer sans accepter
copyright|© France Télévisions 2026
"""),
 dict(id="wallis-futuna-la-1ere-style-2", site="wallis-futuna-la-1ere-style", lang="fr", sep="\n", title="Santé : une mission de cardiologues attendue à l'hôpital de Sia", date="2026-02-03", page="""
skip-link|Aller au contenu principal
skip-link|Aller au menu
skip-link|Aller à la recherche
network|francetv
network|La 1ère
network|Guadeloupe
network|Martinique
network|Guyane
network|Réunion
network|Mayotte
network|Polynésie
network|Nouvelle-Calédonie
network|Wallis et Futuna
network|Saint-Pierre et Miquelon
watch|Regarder la TV en direct
listen|Écouter la radio en direct
login|Se connecter
masthead|Wallis et Futuna la 1ère
menu|Info
menu|Sport
menu|Culture
menu|Environnement
menu|Météo
menu|Programmes TV
menu|Radio
menu|Replay
search|Rechercher
breadcrumb|Accueil
breadcrumb|Wallis et Futuna
breadcrumb|Santé
h1|Santé : une mission de cardiologues attendue à l'hôpital de Sia
lead|Deux cardiologues et une infirmière spécialisée venus de Nouméa assureront des consultations à Wallis puis à Futuna du 16 au 27 février. L'Agence de santé appelle les patients concernés à prendre rendez-vous sans tarder.
byline|Écrit par Soane Lauhea
dateline|Publié le 3 février 2026 à 17h48
share|Partager l'article sur les réseaux sociaux
share|Facebook
share|X (anciennement Twitter)
share|Whatsapp
share|Copier le lien
caption|L'hôpital de Sia, à Mata-Utu, accueillera les consultations de cardiologie à partir du 16 février.
credit|© Wallis et Futuna la 1ère / archives
p|C'est une mission très attendue. Chaque année, plusieurs centaines de patients du Territoire souffrant de maladies cardiovasculaires doivent être suivis par un spécialiste, faute de cardiologue résident à Wallis et Futuna. Pour éviter des évacuations sanitaires coûteuses vers Nouméa, l'Agence de santé organise deux à trois missions de spécialistes par an.
p|Cette fois, l'équipe sera composée de deux cardiologues du centre hospitalier territorial de Nouvelle-Calédonie et d'une infirmière formée aux échographies cardiaques. Elle apporte avec elle un échographe portable, qui viendra compléter le matériel de l'hôpital de Sia.
p|« Nous avons déjà plus de 180 patients inscrits, mais nous savons que certaines personnes n'osent pas venir ou ne sont pas au courant », explique le responsable du service de médecine de l'Agence de santé. « Une douleur dans la poitrine, un essoufflement inhabituel, des jambes qui gonflent : il ne faut pas attendre. »
listen|Écouter l'interview du docteur au micro de Wallis et Futuna la 1ère radio
listen|00:00 / 04:36
h2|Le calendrier des consultations
li|Du lundi 16 au vendredi 20 février : consultations à l'hôpital de Sia, Mata-Utu
li|Samedi 21 février : consultations au dispensaire de Hihifo
li|Du lundi 23 au vendredi 27 février : consultations à l'hôpital de Kaleveleve, Futuna
p|Les rendez-vous se prennent auprès du secrétariat médical de chaque établissement, du lundi au vendredi de 7h30 à 15h. Les patients sont invités à apporter leur carnet de santé, leurs derniers résultats d'analyses et la liste de leurs médicaments.
read-also|LIRE AUSSI : Diabète : le Territoire parmi les plus touchés du Pacifique selon une étude
ad|PUBLICITÉ
h2|Le diabète, facteur aggravant
p|Les maladies cardiovasculaires restent l'une des premières causes de décès dans le Territoire. Elles sont largement liées au diabète, à l'hypertension et au surpoids, qui touchent une part importante de la population adulte. L'Agence de santé mène depuis 2024 une campagne de dépistage dans les villages, avec des prises de tension et des glycémies gratuites à la sortie des messes du dimanche.
p|À Futuna, où la mission passera la seconde semaine, le médecin-chef de l'hôpital de Kaleveleve rappelle que la traversée vers Wallis reste difficile pour les patients âgés. « Quand les spécialistes viennent chez nous, ce sont des dizaines d'évacuations en moins. Pour les familles, ça change tout. »
p|L'Agence de santé précise que les patients qui ne pourraient pas être vus lors de cette mission seront prioritaires lors de la suivante, prévue au mois de juin.
tags|santé
tags|hôpital
tags|wallis
tags|futuna
share|Partager :
share|Facebook
share|X (anciennement Twitter)
share|Whatsapp
share|Copier le lien
sponsored|Contenus sponsorisés
sponsored|Voici ce que coûte vraiment une croisière dans le Pacifique en 2026
sponsored|Ce médecin révèle l'erreur que font la plupart des gens le matin
most-read|Les articles les plus lus
most-read|Fête du Territoire : les premières délégations confirmées
teaser-list|Santé : une mission de cardiologues attendue à l'hôpital de Sia
most-read|Assemblée territoriale : la session budgétaire prolongée d'une semaine
most-read|Volley-ball : les sélections masculines en stage à Mata-Utu
programme-guide|À la radio
programme-guide|06h00 Le réveil de Wallis et Futuna la 1ère
programme-guide|07h00 Le journal en wallisien
programme-guide|07h15 Le journal en futunien
programme-guide|12h00 Le journal de la mi-journée
watch|Revoir nos émissions
watch|Replay - Le journal de Wallis et Futuna la 1ère du 3 février 2026
watch|Replay - Pacifique Santé
app|Téléchargez l'application La 1ère
app|Disponible sur Google Play
app|Télécharger dans l'App Store
footer|France Télévisions
footer|Nous contacter
footer|Plan du site
footer|Mentions légales
footer|Charte de données personnelles
footer|Gestion des cookies
footer|Accessibilité : partiellement conforme
footer|Conditions générales d'utilisation
social|Suivez Wallis et Futuna la 1ère sur Facebook, Instagram et YouTube
cookie|France Télévisions et ses partenaires utilisent des cookies et autres traceurs pour mesurer l'audience, vous proposer des contenus adaptés et des publicités personnalisées.
cookie|Accepter & Fermer
cookie|Paramétrer les cookies
cookie|Continuer sans accepter
copyright|© France Télévisions 2026
"""),
 dict(id="guam-pacific-daily-style-1", site="guam-pacific-daily-style", lang="en", sep="\n", title="GPA asks regulators for 7.8% base rate increase, citing new plant costs", date="2026-03-10", page="""
skip-link|Skip to main content
network|Part of the USA TODAY Network
menu|Home
menu|News
menu|Sports
menu|Entertainment
menu|Opinion
menu|Obituaries
menu|eNewspaper
menu|Legals
search|Search
weather|84°F
subscribe|Subscribe
login|Sign in
breaking|Typhoon Condition of Readiness 4 remains in effect for Guam. Stay tuned for updates.
ad|Advertisement
section-label|LOCAL
h1|GPA asks regulators for 7.8% base rate increase, citing new plant costs
section-label|Key Points
disclaimer|AI-assisted summary
li|The Guam Power Authority has asked the Public Utilities Commission to raise its base rate by 7.8%.
li|The utility says the increase is needed to cover debt service and staffing for the new Ukudu power plant.
li|A typical household using 1,000 kilowatt-hours a month would pay about $11 more.
byline|Kevin Taitano
byline|Pacific Daily News
dateline|Published 6:02 p.m. ChST March 10, 2026
dateline|Updated 9:14 a.m. ChST March 11, 2026
share|Gift Article
share|Facebook
share|Email
share|X
share|Share
caption|Power lines run along Route 1 in Dededo on March 5, 2026. The Guam Power Authority has asked the Public Utilities Commission to approve a 7.8% base rate increase.
credit|Ray Aguon Meno/Pacific Daily News
caption|Show Caption
caption|Hide Caption
p|The Guam Power Authority is asking the Public Utilities Commission to raise its base rate by 7.8%, a move the utility says is needed to pay for the new combined-cycle power plant in Dededo and to keep its bond ratings intact.
p|The petition, filed Monday with the commission, would raise the non-fuel portion of customers' bills starting Oct. 1 if approved. It does not touch the fuel surcharge, which changes separately every six months and makes up the larger share of most power bills on island.
p|For a residential customer using 1,000 kilowatt-hours a month, the increase would add roughly $11 to the monthly bill, according to figures included in the filing.
ad|Advertisement
p|"Nobody likes to ask for a rate increase, and we don't take it lightly," GPA's general manager said at a meeting of the Consolidated Commission on Utilities on Tuesday. "But the new plant is what gets us off the old units that break down every time the weather turns. We have to pay for it."
read-also|Related: GPA fuel surcharge to drop slightly in February as oil prices ease
h2|Debt service and staffing
p|According to the filing, most of the requested increase would cover debt payments on bonds issued to build the plant, along with the cost of hiring and training about 40 operators and technicians. GPA said it has already absorbed several years of higher costs without changing its base rate, which was last adjusted in 2022.
p|The utility also cited higher insurance premiums following recent typhoon seasons. Premiums for GPA's generation and transmission assets have nearly doubled since 2023, the filing states.
p|The Consolidated Commission on Utilities voted 4-1 to authorize the petition. The commissioner who voted no said the utility should first show savings from the retirement of older baseload units before asking ratepayers to pay more.
ad|Advertisement
h2|Residents worry about cost of living
p|Several residents who spoke during the public comment period said the increase would be hard to absorb on top of rising grocery and rent prices.
p|"Every month it's something. The water bill, the rent, now the power," said Marivic Reyes, a retiree from Dededo who said her monthly power bill already runs about $280. "We're not against progress, but people on fixed income are hurting."
p|GPA officials said customers who qualify for the lifeline rate program, aimed at low-income households, would see a smaller increase. The utility also plans to expand its budget billing option, which spreads costs evenly over the year.
p|The Public Utilities Commission is expected to hire an independent consultant to review the petition. Public hearings will be held in the northern, central and southern villages before any decision, likely in late summer.
gallery|Photos: Inside the Ukudu power plant
gallery|1 of 12
gallery|View Gallery
signature|Reach reporter Kevin Taitano at ktaitano@guampdn.com or follow him on X @KTaitanoPDN.
newsletter|Hafa Adai! Get the Daily Briefing in your inbox every morning.
newsletter|Enter email address
newsletter|Sign up
newsletter|By signing up, you agree to our Terms of Service and Privacy Policy.
most-read|Most Popular
most-read|Guam Department of Education announces school calendar changes for 2026-27
most-read|Two arrested after Tumon nightclub fight, police say
most-read|GPA outage hits Yigo, Dededo overnight; cause under investigation
most-read|Fiesta season schedule: Here's where the village fiestas are this month
teaser-list|More Local News
teaser-list|Port Authority board approves new crane maintenance contract
teaser-list|4 hours ago
teaser-list|Brown treesnake spotted near Tinian ferry terminal, officials urge vigilance
teaser-list|Yesterday
teaser-list|Mayors' Council asks for more funding for village cleanups
teaser-list|March 9
footer|About Us
footer|Newsroom Staff
footer|Corrections & Clarifications
footer|Our Ethical Principles
footer|Contact Us
footer|Help Center
footer|Manage Account
footer|Give Feedback
footer|Get Home Delivery
footer|Guide to Your Subscription
footer|Accessibility Support
footer|Site Map
footer|Privacy Policy
footer|Your Privacy Choices
footer|Terms of Service
footer|Facebook
footer|X
footer|Instagram
footer|e-Edition
footer|Archives
footer|Legal Notices
footer|Obituaries
footer|Our Apps
footer|Advertise
footer|Licensing & Reprints
copyright|© 2026 www.guampdn.com. All rights reserved.
cookie|We use cookies and other data collection technologies to provide the best experience for our customers. You may request that your data not be shared with third parties here: Do Not Sell or Share My Data.
cookie|Accept
"""),
 dict(id="guam-pacific-daily-style-2", site="guam-pacific-daily-style", lang="en", sep="\n", title="Liberation Day parade moves to shorter route as Marine Corps Drive repairs drag on", date="2026-07-14", page="""
skip-link|Skip to main content
network|Part of the USA TODAY Network
menu|Home
menu|News
menu|Sports
menu|Entertainment
menu|Opinion
menu|Obituaries
menu|eNewspaper
menu|Legals
search|Search
weather|86°F
subscribe|Subscribe
login|Sign in
ad|Advertisement
section-label|LOCAL
h1|Liberation Day parade moves to shorter route as Marine Corps Drive repairs drag on
byline|Joleen Santos
byline|Pacific Daily News
dateline|Published 4:31 p.m. ChST July 14, 2026
share|Gift Article
share|Facebook
share|Email
share|X
share|Share
video|Watch: Floats take shape at Hagåtña warehouse ahead of Liberation Day
video|1:42
video|Autoplay
video|Closed captioning
p|This year's Liberation Day parade will follow a shorter route through Hagåtña, organizers announced Tuesday, as repairs to a damaged stretch of Marine Corps Drive near the Paseo loop are not expected to be finished before July 21.
p|The parade, which marks the 82nd anniversary of the island's liberation from Japanese occupation during World War II, will now start near the Chamorro Village parking area and end at the Skinner Plaza reviewing stand, cutting roughly half a mile from the usual route.
p|"We looked at every option. The last thing we want is floats and marching bands on a lane that isn't safe," said the chairperson of the Liberation Day committee. "The parade will be shorter, but it will be just as proud."
caption|Dancers perform along Marine Corps Drive during the 2025 Liberation Day parade in Hagåtña.
credit|Pacific Daily News file photo
caption|Show Caption
caption|Hide Caption
ad|Advertisement
h2|Road closures
p|The Guam Police Department released the following closures for parade day, Tuesday, July 21:
li|Marine Corps Drive between the Route 4 intersection and Aspinall Avenue, both directions, from 5 a.m. to 3 p.m.
li|Aspinall Avenue between Marine Corps Drive and Route 7, from 6 a.m. to 2 p.m.
li|West O'Brien Drive from Chalan Santo Papa to Route 4, from 6 a.m. to 2 p.m.
li|Route 8 traffic heading to Hagåtña will be diverted at the Maite intersection.
p|Motorists heading to the south are asked to use Route 4 through Sinajana and Chalan Pago. Shuttle buses will run from the Paseo stadium and the Agana Shopping Center parking lots starting at 6 a.m.
embed-blocked|This content is not available due to your privacy preferences. Update your settings here to see it.
p|Vendors who had reserved booths along the former route were contacted by the committee over the weekend, and most have been offered spots in the Paseo area instead, according to the Guam Visitors Bureau, which is co-organizing the celebrations.
read-also|Related: Liberation Day carnival opens with new rides, cashless payments
h2|Repairs behind schedule
p|The damaged section of Marine Corps Drive, where part of the seawall gave way during heavy surf in May, was initially expected to reopen in early July. The Department of Public Works said the contractor is waiting on a shipment of precast concrete units from the mainland.
p|A DPW spokesperson said crews would work through the weekend to at least stabilize the shoulder before parade day. "The road itself is not at risk, but we won't put thousands of people on that stretch until engineers sign off," the spokesperson said.
p|Manåmko', the island's elders who lived through the occupation, will again lead the parade in a float of honor. Organizers said seating at the reviewing stand will be reserved for veterans and manåmko' and their families.
signature|Contributing: Kevin Taitano, Pacific Daily News
signature|Reach reporter Joleen Santos at jsantos@guampdn.com.
tip|Have a news tip? Email news@guampdn.com.
newsletter|Hafa Adai! Get the Daily Briefing in your inbox every morning.
newsletter|Enter email address
newsletter|Sign up
newsletter|By signing up, you agree to our Terms of Service and Privacy Policy.
most-read|Most Popular
most-read|Liberation Day carnival opens with new rides, cashless payments
most-read|Guam Department of Revenue and Taxation: Tax refunds to go out this week
teaser-list|Liberation Day parade moves to shorter route as Marine Corps Drive repairs drag on
most-read|Man charged with stealing copper wire from GWA pump station
teaser-list|More Local News
teaser-list|Ex-Guam Memorial Hospital employee sentenced in overtime fraud case
teaser-list|2 hours ago
teaser-list|Guam Visitors Bureau: Arrivals from Korea up 14% in June
teaser-list|6 hours ago
teaser-list|Island's oldest manamko' celebrates 104th birthday in Inarajan
teaser-list|July 13
footer|About Us
footer|Newsroom Staff
footer|Corrections & Clarifications
footer|Our Ethical Principles
footer|Contact Us
footer|Help Center
footer|Manage Account
footer|Give Feedback
footer|Get Home Delivery
footer|Guide to Your Subscription
footer|Accessibility Support
footer|Site Map
footer|Privacy Policy
footer|Your Privacy Choices
footer|Terms of Service
footer|Facebook
footer|X
footer|Instagram
footer|e-Edition
footer|Archives
footer|Legal Notices
footer|Obituaries
footer|Our Apps
footer|Advertise
footer|Licensing & Reprints
copyright|© 2026 www.guampdn.com. All rights reserved.
cookie|We use cookies and other data collection technologies to provide the best experience for our customers. You may request that your data not be shared with third parties here: Do Not Sell or Share My Data.
cookie|Accept
"""),
 dict(id="marshall-islands-journal-style-1", site="marshall-islands-journal-style", lang="en", sep="\n", title="Nitijela passes $18.6 million supplemental budget", date="2026-09-04", page="""
clock|Friday, September 4, 2026
login|Sign in / Join
social|Facebook
social|Instagram
social|Youtube
masthead|The Marshall Islands Journal
masthead|The RMI's independent weekly since 1970
ad|PAYLESS SUPERMARKET - Fresh produce every Tuesday & Friday - Delap, Majuro
menu|Home
menu|News
menu|Outer Islands
menu|Editorial
menu|Sports
menu|Features
menu|Photos
menu|Subscribe
menu|Contact
search|Search
breadcrumb|Home
breadcrumb|News
section-label|News
h1|Nitijela passes $18.6 million supplemental budget
byline|By Tanner Bokin
dateline|September 4, 2026
comments|0
views|412
share|Share
share|Facebook
share|Twitter
share|Pinterest
share|WhatsApp
share|Email
caption|Speaker of the Nitijela presides over the final reading of the supplemental appropriation bill on Tuesday. Photo: Hilary Hosia.
p|The Nitijela on Tuesday approved an $18.6 million supplemental budget for the final weeks of fiscal year 2026, freeing money for outer island fuel, school repairs and the long-delayed upgrade of the Majuro hospital's dialysis unit.
p|The bill passed on its third reading with 26 votes in favor and three senators absent. No senator voted against it, although several said the government had waited too long to bring the request to parliament.
p|Most of the new spending comes from higher-than-expected fishing license revenue, which the Ministry of Finance said topped projections for the second year in a row as purse seiners spent more fishing days in Marshall Islands waters.
ad|BANK OF THE ISLANDS - Open a savings account for your child today - Majuro, Ebeye, Jaluit
h2|Where the money goes
p|The largest items in the supplemental budget are:
li|$4.2 million for fuel and maintenance for the field trip ships serving the outer islands
li|$3.8 million for the dialysis unit at Majuro hospital
li|$3.1 million for repairs at 14 outer island elementary schools
li|$2.5 million for the Ebeye power plant's new generator
li|$1.9 million for the national scholarship program
p|The remainder is split among smaller items, including overtime for customs officers at the port, a pay adjustment for teachers and funding for the national census office.
p|"These are not luxuries. Our people on the outer islands waited three months for a ship this year, and our patients on dialysis have been sharing four machines," the Minister of Finance told senators before the vote. "This money goes directly to the services people are asking for."
h2|Senators want a better process
p|Several senators used the debate to criticize the timing of the bill. The senator for Ailinglaplap said the Nitijela had received the request only a week before the end of the session, leaving little time for the Appropriations Committee to review it.
p|"We approve it because the needs are real. But every year we are asked to vote on millions of dollars at the last minute. That is not how a budget should be done," he said.
p|The chair of the Appropriations Committee agreed, and said the committee would ask the Cabinet to submit any future supplemental requests before the start of the August session.
p|The Ministry of Finance said the fiscal year 2027 budget, which includes the first full year of increased Compact of Free Association grants under the amended agreement with the United States, would be introduced at the Nitijela's next session.
tags|TAGS
tags|budget
tags|Compact
tags|Nitijela
tags|outer islands
share|Share
share|Facebook
share|Twitter
share|Pinterest
share|WhatsApp
like|Like this:
like|Like Loading...
author-bio|Tanner Bokin
author-bio|Tanner Bokin covers the Nitijela, government and outer islands for the Journal.
nav|Previous article
nav|Majuro Cooperative School wins regional robotics contest
nav|Next article
nav|Air service to Kwajalein resumes after runway repairs
related|RELATED ARTICLES
related|MORE FROM AUTHOR
related|Dialysis patients wait as new machines sit in customs
related|Field trip ship schedule delayed again for northern atolls
related|Fishing revenue hits new high for second year
comments|LEAVE A REPLY
comments|Cancel reply
comments|Please enter your comment!
comments|Please enter your name here
comments|You have entered an incorrect email address!
comments|Please enter your email address here
comments|Save my name, email, and website in this browser for the next time I comment.
comments|Post Comment
subscribe|Subscribe to the Journal
subscribe|52 issues delivered or mailed - Majuro $65 - US mainland $150 - Digital $40
epaper|This week's Journal
epaper|Read the digital edition
notices|SHIP SCHEDULE
notices|MV Majuro departs for Jaluit, Kili and Namdrik on Monday, 9 a.m. Uliga dock
notices|MV Aemman departs for Wotje and Maloelap on Thursday
ticker|MAJURO TIDES
ticker|High 5:12 am 5.8 ft / Low 11:30 am 0.4 ft
teaser-list|LATEST
teaser-list|Editorial: Time to fix the supplemental budget habit
teaser-list|September 4, 2026
teaser-list|Ebeye youth basketball league tips off
teaser-list|September 3, 2026
teaser-list|Copra price holds at 25 cents a pound
teaser-list|September 2, 2026
about|ABOUT US
about|The Marshall Islands Journal is an independent weekly newspaper published every Friday in Majuro, Republic of the Marshall Islands.
contact|Contact us: editor@marshallislandsjournal-example.com
social|FOLLOW US
copyright|© Marshall Islands Journal 2026. All rights reserved.
back-to-top|Back to top button
"""),
 dict(id="marshall-islands-journal-style-2", site="marshall-islands-journal-style", lang="en", sep="\n", title="King tides swamp Jenrok and Rita, more flooding expected in March", date="2026-02-20", page="""
clock|Friday, February 20, 2026
login|Sign in / Join
social|Facebook
social|Instagram
social|Youtube
masthead|The Marshall Islands Journal
masthead|The RMI's independent weekly since 1970
ad|ISLAND BUILDERS HARDWARE - Sandbags, plywood, roofing - Open Saturday until 5 pm
menu|Home
menu|News
menu|Outer Islands
menu|Editorial
menu|Sports
menu|Features
menu|Photos
menu|Subscribe
menu|Contact
search|Search
breadcrumb|Home
breadcrumb|News
section-label|News
h1|King tides swamp Jenrok and Rita, more flooding expected in March
byline|By Nerida Lanwi
dateline|February 20, 2026
comments|2
views|1,087
share|Share
share|Facebook
share|Twitter
share|Pinterest
share|WhatsApp
share|Email
gallery|1 / 6
caption|Waves wash over the seawall in Jenrok on Wednesday morning as families move belongings to higher ground. Photo: Nerida Lanwi.
gallery|Next
dateline|MAJURO —
p|Families in Jenrok and Rita spent much of Wednesday morning bailing water from their homes after king tides combined with a northerly swell pushed the ocean over seawalls at several points along Majuro's lagoon and ocean sides.
p|The high tide, which peaked shortly after 7 a.m. at 6.4 feet, was the highest of the year so far. Water reached knee height on some roads in Jenrok, and several houses closest to the shoreline were flooded for about two hours.
p|"The water came in fast, faster than last year. We put the children on the roof of the cookhouse and moved the rice and the mattresses," said a mother of five who has lived in Jenrok all her life. "Every year we say we will move, but where would we go?"
p|"Where would we go?"
ad|MAJURO AUTO CENTER - New and used vehicles - Financing available
h2|Disaster office on alert
p|The National Disaster Management Office said no injuries were reported. Staff distributed sandbags and drinking water in Jenrok and Rita, and a temporary shelter was opened at the Rita elementary school for families whose homes were damaged.
p|The Weather Service Office in Majuro warned that the next series of high tides, expected in the second half of March, could be as high or higher, especially if strong winds or distant storms generate large swells at the same time.
p|The office listed the following dates for the highest expected tides next month:
li|March 19 to 21, morning high tides around 6.3 feet
li|March 28 to 30, morning high tides near 6.5 feet
p|Residents in low-lying areas are urged to keep important documents in waterproof bags, move vehicles away from the shoreline and follow announcements on V7AB radio.
h2|Seawall work still pending
p|The flooding has renewed calls for the completion of the coastal protection project planned for the lagoon side of Majuro. Funding for the first phase was approved last year, but construction has not yet started, as the contractor is still waiting for rock and equipment to be shipped in.
p|"We have studies, we have money, we have plans. What we do not have is the wall," said a Jenrok community leader. "Our people cannot wait for another report."
p|The Ministry of Works said in a statement that site preparation would begin in April and that the first section, protecting the most exposed stretch of Jenrok, should be completed by the end of the year.
tags|TAGS
tags|climate
tags|flooding
tags|Jenrok
tags|king tides
share|Share
share|Facebook
share|Twitter
share|Pinterest
share|WhatsApp
like|Like this:
like|Like Loading...
author-bio|Nerida Lanwi
author-bio|Nerida Lanwi reports on climate, health and Majuro communities for the Journal.
nav|Previous article
nav|Editorial: The ocean does not wait for studies
nav|Next article
nav|Marshall Islands swimmers post personal bests in Guam meet
related|RELATED ARTICLES
related|MORE FROM AUTHOR
related|Coastal protection project gets green light
related|Ebeye families relocated after January flooding
related|Rising seas report: Majuro must plan for higher ground
comments|2 COMMENTS
comments|Lisa K.
comments|February 20, 2026 at 9:14 am
comments|Komol tata to the NDMO staff who came out early with the sandbags. Stay safe everyone.
comments|Reply
comments|Jimmy
comments|February 20, 2026 at 1:02 pm
comments|The seawall money was approved a year ago. Where is it?
comments|Reply
comments|LEAVE A REPLY
comments|Cancel reply
comments|Please enter your comment!
comments|Please enter your name here
comments|You have entered an incorrect email address!
comments|Please enter your email address here
comments|Save my name, email, and website in this browser for the next time I comment.
comments|Post Comment
subscribe|Subscribe to the Journal
subscribe|52 issues delivered or mailed - Majuro $65 - US mainland $150 - Digital $40
epaper|This week's Journal
epaper|Read the digital edition
notices|SHIP SCHEDULE
notices|MV Kwajalein departs for Ebeye and Lae on Tuesday, 10 a.m. Uliga dock
notices|Field trip to Arno postponed to next week due to weather
ticker|MAJURO TIDES
ticker|High 7:05 am 6.1 ft / Low 1:22 pm 0.2 ft
teaser-list|LATEST
teaser-list|Editorial: The ocean does not wait for studies
teaser-list|February 20, 2026
teaser-list|Nitijela opens budget session with Compact briefing
teaser-list|February 19, 2026
teaser-list|Arno women's handicraft fair draws record crowd
teaser-list|February 18, 2026
about|ABOUT US
about|The Marshall Islands Journal is an independent weekly newspaper published every Friday in Majuro, Republic of the Marshall Islands.
contact|Contact us: editor@marshallislandsjournal-example.com
social|FOLLOW US
copyright|© Marshall Islands Journal 2026. All rights reserved.
back-to-top|Back to top button
"""),
]
