# Round 121: eight pages on four more layouts (a Mayotte news site, a French Guiana public broadcaster's news site,
# a Papua New Guinea daily, a Botswana daily), written blind: without looking at the classifier, its rules or the
# benchmark, measured once. Each line: "label|text". Invented text; no real article is copied.
ROUND121 = [
 dict(id="mayotte-journal-style-1", site="mayotte-journal-style", lang="fr", sep="\n", title="Eau : l'extension de l'usine de dessalement de Pamandzi ne sera pas livrée avant 2027", date="2026-01-14", page="""
timestamp|mercredi 14 janvier 2026
weather|Mamoudzou 30°C Averses orageuses
ticker|FLASH INFO
ticker|Barges : rotations perturbées ce mercredi matin en raison de la houle, prévoir 30 minutes d'attente
ticker|Tours d'eau : le secteur 3 (Koungou, Majicavo) privé d'eau de 17h à 7h
ticker|Vigilance jaune fortes pluies levée à 6h
social|Facebook
social|Instagram
social|YouTube
account|Connexion
subscribe|Abonnez-vous dès 5 € par mois
menu|Le Courrier de Mayotte
menu|Le quotidien numérique de l'île aux parfums depuis 2008
menu|ACCUEIL
menu|ACTUALITÉ
menu|POLITIQUE
menu|SOCIÉTÉ
menu|ÉCONOMIE
menu|JUSTICE
menu|SANTÉ
menu|ÉDUCATION
menu|ENVIRONNEMENT
menu|SPORT
menu|CULTURE
menu|TRIBUNES
menu|ANNONCES LÉGALES
search|Rechercher…
ad|Publicité
ad|AIR LAGON - Dzaoudzi-Paris en direct dès 689 € TTC* - Réservez maintenant
breadcrumb|Accueil » Société » Eau
section-label|SOCIÉTÉ
h1|Eau : l'extension de l'usine de dessalement de Pamandzi ne sera pas livrée avant 2027
label|Publié le
dateline|14 janvier 2026
label|par
byline|Sarah Kamardine
comments|5 commentaires
reading-time|Temps de lecture : 4 min
share|Partager
share|Facebook
share|X
share|WhatsApp
share|LinkedIn
share|E-mail
print|Imprimer
caption|Les travaux de la nouvelle unité de dessalement, en Petite-Terre, ont pris du retard après le passage du cyclone.
credit|Crédit photo : Le Courrier de Mayotte
lead|Annoncée pour la fin de l'année 2025, la montée en puissance de l'usine de dessalement de Pamandzi est repoussée au premier semestre 2027. Une mauvaise nouvelle pour les habitants, qui vivent toujours au rythme des tours d'eau.
p|C'était l'une des annonces les plus attendues du comité de suivi de la ressource en eau, réuni mardi après-midi à la préfecture. Ce n'est pas celle que les Mahorais espéraient. Le chantier d'extension de l'usine de dessalement de Pamandzi, qui doit porter sa capacité de 5 300 à 10 000 m³ par jour, ne sera pas achevé avant le premier semestre 2027, soit plus d'un an après le calendrier initial.
p|En cause, selon le syndicat des eaux, une accumulation de retards : des membranes d'osmose inverse livrées avec cinq mois de décalage, un premier marché de génie civil déclaré infructueux, puis les dégâts causés sur le site par le cyclone Chido en décembre 2024, dont certains n'avaient pas été mesurés immédiatement.
p|« Nous avons dû reprendre une partie des fondations du bâtiment des pompes haute pression, qui avait été fragilisé », a expliqué devant les élus le directeur des opérations du syndicat. « Nous préférons livrer un ouvrage solide un peu plus tard plutôt que de devoir l'arrêter six mois après sa mise en service. »
read-also|LIRE AUSSI : Retenue de Dzoumogné : le niveau remonte enfin à 62 %
h2|Les tours d'eau maintenus en Grande-Terre
p|Conséquence directe : le dispositif des tours d'eau, qui prive chaque secteur d'eau courante une nuit sur deux, restera en vigueur au moins jusqu'à la fin de la saison des pluies. La préfecture, qui avait un temps évoqué un assouplissement dès février, se montre désormais prudente.
p|Les deux retenues collinaires de l'île, celles de Combani et de Dzoumogné, ont bénéficié de pluies abondantes depuis décembre. Mais leur niveau reste inférieur à la moyenne des dix dernières années, et plusieurs forages du nord de l'île montrent des signes de salinisation.
p|« Si nous levons les coupures maintenant, nous risquons de nous retrouver en octobre dans la même situation qu'en 2023 », a justifié le secrétaire général de la préfecture.
ad|Publicité
ad|SOCIÉTÉ MAHORAISE DE TRAVAUX - Recrute conducteurs d'engins et chefs de chantier - Candidatures : rh@smt-mayotte.yt
h2|Des élus excédés
p|Dans la salle, la patience des élus a été mise à rude épreuve. Plusieurs maires ont rappelé que des habitants de villages du sud, comme Kani-Kéli ou Bouéni, subissent des coupures bien plus longues que celles annoncées, faute de pression suffisante dans les canalisations.
p|« On nous parle de mètres cubes et de membranes, mais dans mon village des familles remplissent encore des bidons à la borne fontaine à deux heures du matin », a lancé un conseiller départemental, sous les applaudissements d'une partie de l'assistance.
p|Le syndicat a présenté une série de mesures censées limiter l'impact du retard :
li|la réparation de 14 kilomètres de canalisations fuyardes d'ici juin, pour réduire les pertes sur le réseau ;
li|la mise en service de deux nouveaux forages à Ouangani et Chiconi ;
li|la livraison de 40 000 packs d'eau supplémentaires pour les écoles et les publics fragiles ;
li|l'installation de quatre rampes de distribution mobiles dans les quartiers les plus touchés.
p|Le coût total de l'extension, financée en grande partie par l'État et l'Union européenne, est désormais estimé à 48 millions d'euros, contre 36 millions prévus au départ.
p|Un point d'étape doit être présenté au public le 5 février lors d'une réunion à Dzaoudzi-Labattoir.
signature|S.K.
tags|Étiquettes : dessalement eau Pamandzi Petite-Terre tours d'eau
share|Partager cet article
nav|← Article précédent
nav|Collège de Kwalé : les cours reprennent après trois jours de blocage
nav|Article suivant →
nav|Football : le FC Mtsapéré qualifié pour le 7e tour de la Coupe de France
author-bio|Sarah Kamardine est journaliste au Courrier de Mayotte depuis 2021. Elle suit les questions d'environnement, d'eau et de santé.
comments|5 commentaires sur « Eau : l'extension de l'usine de dessalement de Pamandzi ne sera pas livrée avant 2027 »
comments|Mtsapéré976
comments|14 janvier 2026 à 8 h 12 min
comments|Toujours la même chose. En 2023 on nous promettait la fin des coupures pour 2025. Qui va rendre des comptes ?
comments|Répondre
comments|Ousseni M.
comments|14 janvier 2026 à 9 h 47 min
comments|Et pendant ce temps les factures continuent d'arriver, même quand il n'y a pas une goutte au robinet.
comments|Répondre
comments|Un Mahorais de métropole
comments|14 janvier 2026 à 11 h 03 min
comments|Il faudrait une vraie commission d'enquête sur la gestion de l'eau depuis dix ans.
comments|Répondre
comments|Laisser un commentaire
comments|Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *
comments|Commentaire *
comments|Nom *
comments|E-mail *
comments|Publier le commentaire
comments|Δ
most-read|LES PLUS LUS
most-read|Insécurité : nouveaux affrontements entre bandes à Kawéni, un adolescent blessé
most-read|Carburant : le prix du gazole baisse de 4 centimes au 1er février
most-read|Bac 2026 : le rectorat publie le calendrier des épreuves
most-read|Chido, un an après : 60 % des cases en tôle reconstruites au même endroit
newsletter|NEWSLETTER
newsletter|Recevez chaque matin à 6h l'essentiel de l'actualité mahoraise
newsletter|Votre e-mail
newsletter|Je m'inscris
jobs|OFFRES D'EMPLOI
jobs|Le CHM recrute des infirmiers diplômés d'État (H/F) - CDI
jobs|Commune de Tsingoni : recrutement d'un agent de police municipale
jobs|Voir toutes les offres
notices|ANNONCES LÉGALES
notices|Avis de constitution - SAS KARIBU TRANSPORT
notices|Publier une annonce légale en ligne
ticker|HORAIRES DES BARGES
ticker|Mamoudzou → Dzaoudzi : 6h00, 6h30, 7h00 puis toutes les 30 min jusqu'à 22h30
ticker|Marée haute 11h42 (3,6 m) - Marée basse 17h58 (0,9 m)
related|À LIRE ÉGALEMENT
related|Eau : un nouveau forage mis en service à Bandrélé
related|12 janvier 2026
related|Coupures d'eau : la préfecture allonge la liste des points de distribution
related|9 janvier 2026
related|Usine de dessalement : l'État débloque 12 millions d'euros supplémentaires
related|18 décembre 2025
footer|Le Courrier de Mayotte - Quotidien d'information en ligne
footer|Qui sommes-nous ? Contact Publicité Mentions légales CGV Politique de confidentialité
footer|Rue du Commerce, 97600 Mamoudzou
copyright|© 2008-2026 Le Courrier de Mayotte. Tous droits réservés.
cookie|Nous utilisons des cookies pour vous garantir la meilleure expérience sur notre site. Si vous continuez à utiliser ce dernier, nous considérerons que vous acceptez l'utilisation des cookies.
cookie|Ok
cookie|Non
cookie|Politique de confidentialité
back-to-top|↑
"""),
 dict(id="mayotte-journal-style-2", site="mayotte-journal-style", lang="fr", sep="\n", title="Reconstruction après Chido : le faux artisan encaissait les acomptes des sinistrés", date="2026-03-03", page="""
timestamp|mardi 3 mars 2026
weather|Mamoudzou 31°C Ensoleillé
ticker|Ramadan - Mamoudzou : Imsak 4h37 - Iftar 18h21
ticker|FLASH INFO
ticker|RN1 : circulation alternée à Tsararano jusqu'à vendredi pour des travaux de chaussée
ticker|Bacs : le Karihani de retour en service après son arrêt technique
social|Facebook
social|Instagram
social|YouTube
account|Connexion
subscribe|Abonnez-vous dès 5 € par mois
menu|Le Courrier de Mayotte
menu|Le quotidien numérique de l'île aux parfums depuis 2008
menu|ACCUEIL
menu|ACTUALITÉ
menu|POLITIQUE
menu|SOCIÉTÉ
menu|ÉCONOMIE
menu|JUSTICE
menu|SANTÉ
menu|ÉDUCATION
menu|ENVIRONNEMENT
menu|SPORT
menu|CULTURE
menu|TRIBUNES
menu|ANNONCES LÉGALES
search|Rechercher…
ad|Publicité
ad|QUINCAILLERIE DU LAGON - Tôles, chevrons, ciment : livraison sur toute l'île en 48h
breadcrumb|Accueil » Justice
section-label|JUSTICE
section-label|Chronique judiciaire
h1|Reconstruction après Chido : le faux artisan encaissait les acomptes des sinistrés
label|Publié le
dateline|3 mars 2026 à 18h22
label|Mis à jour le
dateline|4 mars 2026 à 7h05
comments|2 commentaires
reading-time|Temps de lecture : 3 min
share|Partager
share|Facebook
share|X
share|WhatsApp
share|LinkedIn
share|E-mail
print|Imprimer
caption|Le tribunal judiciaire de Mamoudzou, à Kawéni. (Photo d'archives)
credit|© CdM
p|Il promettait des toits neufs en moins d'un mois. Pendant près d'un an, un homme de 41 ans a fait le tour des quartiers dévastés par le cyclone Chido, de Labattoir à Sada, en se présentant comme couvreur. Il réclamait un acompte de 30 à 50 % du devis, puis disparaissait. Mardi, le tribunal correctionnel de Mamoudzou l'a condamné à trois ans d'emprisonnement, dont dix-huit mois avec sursis.
p|À la barre, le prévenu, vêtu d'une chemise blanche, a reconnu « des erreurs de gestion » mais contesté toute intention de tromper. « J'avais trop de chantiers, je n'arrivais plus à suivre. J'ai voulu rembourser », a-t-il assuré d'une voix à peine audible.
h2|Vingt-trois victimes recensées
p|Le dossier, instruit par la brigade de recherches de la gendarmerie, recense vingt-trois victimes, pour un préjudice total de près de 96 000 euros. Pour la plupart des familles modestes qui avaient perçu une aide d'urgence ou puisé dans leurs économies pour remettre un toit sur leur case.
p|Une mère de famille de Chiconi a raconté avoir versé 2 800 euros en liquide en février 2025. « Il est venu avec un carnet de devis, un tampon, il parlait bien. Il a même mesuré le toit avec un mètre. On n'a jamais revu personne », a-t-elle témoigné, en shimaoré, traduite par une interprète.
p|Un autre plaignant, un retraité de Sada, a dû passer la saison des pluies sous une bâche. « Avec ma femme, on dormait chez ma fille. On avait honte d'avoir été aussi naïfs. »
tip|Vous avez été témoin d'un fait d'actualité ? Envoyez-nous vos photos et vidéos par WhatsApp au 06 39 00 00 00
read-also|Lire aussi
read-also|Chido : la préfecture met en garde contre les faux artisans et les arnaques au devis
read-also|Aides à la reconstruction : 4 200 dossiers encore en attente
h2|« Une prédation sur la détresse »
p|Pour le parquet, l'affaire dépasse la simple escroquerie. « Monsieur a choisi ses victimes. Il a ciblé des gens qui vivaient sous des tôles tordues, qui avaient peur de la prochaine pluie. C'est une prédation sur la détresse », a tonné la procureure, qui avait requis quatre ans dont deux ferme.
p|L'enquête a montré que le prévenu n'avait jamais été immatriculé comme artisan et qu'il utilisait le numéro SIRET d'une entreprise de maçonnerie liquidée en 2019. Les sommes encaissées transitaient par trois comptes bancaires, dont l'un ouvert aux Comores.
p|Son avocat a plaidé la « désorganisation » d'un homme « dépassé par la demande » dans une île où, au lendemain du cyclone, tout le monde cherchait un couvreur. Il a souligné que son client avait effectivement posé des tôles sur quatre maisons. « Ce n'est pas un fantôme, c'est un mauvais gestionnaire », a-t-il lancé.
p|Outre la peine de prison, le tribunal a prononcé une interdiction définitive d'exercer une activité commerciale et ordonné le versement de dommages et intérêts à chacune des parties civiles. Le prévenu a été maintenu en détention.
p|Il dispose de dix jours pour faire appel.
signature|Lucas Mondoloni
tags|Étiquettes : arnaque Chido escroquerie reconstruction tribunal
share|Partager cet article
nav|← Article précédent
nav|Conseil départemental : le budget 2026 adopté à une courte majorité
nav|Article suivant →
nav|Handball : les filles de Combani en finale régionale
comments|2 commentaires sur « Reconstruction après Chido : le faux artisan encaissait les acomptes des sinistrés »
comments|Zaïna
comments|3 mars 2026 à 19 h 40 min
comments|Ma tante s'est fait avoir aussi mais elle n'a pas porté plainte. Il y en a sûrement beaucoup plus que 23.
comments|Répondre
comments|Patrice D.
comments|4 mars 2026 à 6 h 15 min
comments|Dix-huit mois ferme pour 96 000 euros volés à des sinistrés, c'est bien peu.
comments|Répondre
comments|Laisser un commentaire
comments|Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *
comments|Commentaire *
comments|Nom *
comments|E-mail *
comments|Publier le commentaire
comments|Δ
most-read|LES PLUS LUS
most-read|Ramadan : les horaires des commerces et des administrations aménagés
most-read|Violences à Doujani : trois mineurs interpellés après l'incendie d'un bus scolaire
most-read|Piste longue : le tracé définitif présenté aux élus de Petite-Terre
most-read|Concours : 12 Mahorais admis à l'école des officiers de la gendarmerie
newsletter|NEWSLETTER
newsletter|Recevez chaque matin à 6h l'essentiel de l'actualité mahoraise
newsletter|Votre e-mail
newsletter|Je m'inscris
jobs|OFFRES D'EMPLOI
jobs|Le rectorat recrute des assistants d'éducation pour la rentrée d'avril
jobs|Cabinet comptable à Mamoudzou cherche un(e) assistant(e) confirmé(e)
jobs|Voir toutes les offres
notices|ANNONCES LÉGALES
notices|Avis d'appel public à la concurrence - Commune de Sada - Réhabilitation du marché couvert
notices|Publier une annonce légale en ligne
ticker|HORAIRES DES BARGES
ticker|Mamoudzou → Dzaoudzi : 6h00, 6h30, 7h00 puis toutes les 30 min jusqu'à 22h30
ticker|Marée haute 14h05 (3,9 m) - Marée basse 20h17 (0,6 m)
related|À LIRE ÉGALEMENT
related|Fraude aux aides : deux agents d'une association mis en examen
related|27 février 2026
related|Chido : le fonds de secours rouvert pour les propriétaires de cases en tôle
related|20 février 2026
related|Tribunal : six mois ferme pour un vol de groupe électrogène à Koungou
related|11 février 2026
footer|Le Courrier de Mayotte - Quotidien d'information en ligne
footer|Qui sommes-nous ? Contact Publicité Mentions légales CGV Politique de confidentialité
footer|Rue du Commerce, 97600 Mamoudzou
copyright|© 2008-2026 Le Courrier de Mayotte. Tous droits réservés.
cookie|Nous utilisons des cookies pour vous garantir la meilleure expérience sur notre site. Si vous continuez à utiliser ce dernier, nous considérerons que vous acceptez l'utilisation des cookies.
cookie|Ok
cookie|Non
cookie|Politique de confidentialité
back-to-top|↑
"""),
 dict(id="guyane-premiere-style-1", site="guyane-premiere-style", lang="fr", sep="\n\n", title="Haut-Maroni : 37 carbets détruits et 2,4 kg de mercure saisis lors d'une opération contre l'orpaillage illégal", date="2026-04-22", page="""
skip-link|Aller au contenu principal
skip-link|Aller au menu
skip-link|Aller à la recherche
network|Les Premières
network|Guadeloupe
network|Guyane
network|Martinique
network|Mayotte
network|Nouvelle-Calédonie
network|Polynésie
network|La Réunion
network|Saint-Pierre-et-Miquelon
network|Wallis-et-Futuna
network|L'info outre-mer
menu|Guyane Première
menu|Info Sport Culture Environnement Économie Politique Programmes TV Replay Radio
watch|Direct TV
listen|Radio en direct
account|Se connecter
account|Mon espace
search|Rechercher
breadcrumb|Accueil Guyane Maripasoula
section-label|orpaillage illégal
h1|Haut-Maroni : 37 carbets détruits et 2,4 kg de mercure saisis lors d'une opération contre l'orpaillage illégal
lead|Pendant dix jours, gendarmes et militaires des forces armées en Guyane ont démantelé plusieurs sites d'orpaillage clandestins en amont de Maripasoula. Une opération d'ampleur qui s'est soldée par d'importantes saisies, mais par une seule interpellation.
credit|© Gendarmerie de Guyane
caption|Un site d'orpaillage clandestin détruit sur un affluent du Maroni, le 18 avril 2026.
byline|Écrit par Maïlys Thérèse
byline|avec Kévin Pierre-Louis
dateline|Publié le 22 avril 2026 à 17h05
dateline|Mis à jour le 23 avril 2026 à 08h31
share|Partager l'article sur Facebook
share|Partager l'article sur X
share|Partager l'article sur WhatsApp
share|Copier le lien
save|Ajouter à mes favoris
p|C'est l'une des opérations les plus importantes menées cette année contre l'orpaillage illégal dans l'ouest guyanais. Du 9 au 19 avril, près de 120 gendarmes et militaires ont été engagés sur une dizaine de sites clandestins répartis le long de la crique Inini et de plusieurs affluents du Maroni, en amont de Maripasoula.
p|Le bilan, communiqué ce mercredi par la préfecture, est lourd pour les réseaux d'orpailleurs : 37 carbets détruits, 14 motopompes et 9 concasseurs neutralisés, 21 000 litres de carburant détruits, ainsi que 2,4 kg de mercure saisis. Quelque 680 grammes d'or ont également été confisqués.
video|Le reportage de Kévin Pierre-Louis et Steeve Tinmar
video|durée de la vidéo : 00h02mn18s
video|Opération de destruction d'un chantier clandestin sur le haut Maroni.
video|©Guyane Première
h2|Des sites reconstruits en quelques semaines
p|L'accès à ces chantiers, situés à plusieurs heures de pirogue puis de marche des bourgs les plus proches, a nécessité l'appui de deux hélicoptères de l'armée de l'Air. Sur place, les équipes ont trouvé des campements organisés, avec groupes électrogènes, réserves de nourriture et même une petite épicerie.
p|« Ces sites avaient déjà été détruits en octobre dernier. Ils ont été réinstallés en moins de deux mois », constate le commandant des opérations, qui souligne « la capacité de reconstitution très rapide » de ces réseaux, alimentés en hommes et en matériel depuis la rive surinamaise du fleuve.
p|Une seule personne a été interpellée, un ressortissant brésilien qui faisait l'objet d'une obligation de quitter le territoire. Les autres travailleurs, prévenus par des guetteurs, avaient quitté les lieux avant l'arrivée des forces de l'ordre.
read-also|À lire aussi : Orpaillage : la rivière Inini polluée sur plus de 40 kilomètres, selon un rapport scientifique
embed-blocked|Ce contenu est bloqué car vous n'avez pas accepté les cookies et autres traceurs.
embed-blocked|En cliquant sur « J'accepte », les cookies et autres traceurs seront déposés et vous pourrez visualiser les contenus (plus d'informations).
embed-blocked|En cliquant sur « J'accepte tous les cookies », vous autorisez des dépôts de cookies et autres traceurs pour le stockage de vos données sur nos sites et applications à des fins de personnalisation et de ciblage publicitaire.
embed-blocked|Vous gardez la possibilité de retirer votre consentement à tout moment en consultant notre politique de protection des données.
embed-blocked|Gérer mes choix
embed-blocked|J'accepte
h2|Le mercure, une menace pour les populations du fleuve
p|La saisie de mercure est particulièrement suivie par les autorités sanitaires. Utilisé pour amalgamer l'or, ce métal se retrouve dans les rivières, puis dans les poissons consommés quotidiennement par les habitants des villages amérindiens et bushinengé du haut Maroni.
p|Des études menées depuis une vingtaine d'années ont mis en évidence des taux d'imprégnation au mercure supérieurs aux seuils recommandés chez une partie des habitants de ces communes, notamment chez les enfants.
p|« Chaque kilo saisi, c'est du mercure en moins dans le fleuve », résume un représentant d'une association de protection de l'environnement, qui réclame néanmoins « une présence permanente » sur les zones les plus touchées plutôt que des opérations ponctuelles.
p|Selon les estimations des services de l'État, plusieurs centaines de sites clandestins resteraient actifs en permanence sur le territoire, principalement dans le sud et l'ouest. Une soixantaine d'opérations ont été menées depuis le début de l'année.
p|Le préfet a annoncé l'installation prochaine d'un nouveau poste fluvial permanent sur le Maroni, destiné à contrôler le passage du carburant et du matériel vers les sites clandestins. Son emplacement n'a pas été précisé.
signature|Avec AFP
tags|Guyane
tags|Maripasoula
tags|Environnement
tags|Orpaillage
tags|Justice
newsletter|Newsletter Guyane Première
newsletter|Recevez chaque soir l'essentiel de l'actualité de la Guyane
newsletter|S'abonner
related|Sur le même thème
related|orpaillage illégal
related|Saül : un orpailleur grièvement blessé par balle sur un site clandestin
related|il y a 2 jours
related|environnement
related|Camopi : la pêche déconseillée dans plusieurs criques après des analyses
related|il y a 5 jours
related|justice
related|Trafic d'or : deux hommes condamnés à Cayenne pour blanchiment
related|15 avril 2026
most-read|Les plus lus
most-read|Ariane 6 : le prochain lancement avancé au 30 avril
most-read|Dengue : l'épidémie ralentit mais la vigilance reste de mise
most-read|Saint-Laurent : un incendie ravage un quartier informel de la Charbonnière
most-read|Météo : de fortes pluies attendues sur le littoral ce week-end
programme-guide|En ce moment sur Guyane Première
programme-guide|18h30 Nou Ka Kozé - Le magazine des quartiers
programme-guide|19h30 Le Journal
programme-guide|Voir le programme TV
listen|Guyane Première Radio 93.6 Cayenne - 95.9 Kourou - 88.3 Saint-Laurent
app|Téléchargez l'application Guyane Première
app|Disponible sur l'App Store et Google Play
footer|Guyane Première
footer|Nous contacter
footer|Qui sommes-nous ?
footer|Recrutement
footer|Publicité
footer|Mentions légales
footer|Charte de confidentialité
footer|Gestion des cookies
footer|Accessibilité : partiellement conforme
footer|Plan du site
footer|Télévisions Publiques Françaises
copyright|© Télévisions Publiques Françaises 2026
cookie|Vos choix concernant l'utilisation de cookies
cookie|Nous et nos partenaires utilisons des cookies et autres traceurs pour mesurer l'audience, vous proposer des contenus et des publicités personnalisés et permettre le partage sur les réseaux sociaux.
cookie|Paramétrer les cookies
cookie|Continuer sans accepter
cookie|Accepter et fermer
"""),
 dict(id="guyane-premiere-style-2", site="guyane-premiere-style", lang="fr", sep="\n\n", title="Étiage du Maroni : à Maripasoula, plus de 300 élèves privés de pirogue scolaire", date="2026-10-06", page="""
skip-link|Aller au contenu principal
skip-link|Aller au menu
skip-link|Aller à la recherche
network|Les Premières
network|Guadeloupe
network|Guyane
network|Martinique
network|Mayotte
network|Nouvelle-Calédonie
network|Polynésie
network|La Réunion
network|Saint-Pierre-et-Miquelon
network|Wallis-et-Futuna
network|L'info outre-mer
menu|Guyane Première
menu|Info Sport Culture Environnement Économie Politique Programmes TV Replay Radio
watch|Direct TV
listen|Radio en direct
account|Se connecter
account|Mon espace
search|Rechercher
breadcrumb|Accueil Guyane Maripasoula
section-label|éducation
h1|Étiage du Maroni : à Maripasoula, plus de 300 élèves privés de pirogue scolaire
lead|Le niveau historiquement bas du fleuve empêche les pirogues de franchir les sauts. Depuis lundi dernier, les enfants des écarts de Maripasoula ne peuvent plus rejoindre le collège et les écoles du bourg. Les parents demandent des solutions d'urgence.
credit|© Johanne Abienso / Guyane Première
caption|Des pirogues immobilisées au dégrad de Maripasoula, faute d'eau suffisante pour franchir les sauts.
byline|Écrit par Johanne Abienso
dateline|Publié le 6 octobre 2026 à 12h48
share|Partager l'article sur Facebook
share|Partager l'article sur X
share|Partager l'article sur WhatsApp
share|Copier le lien
save|Ajouter à mes favoris
listen|Écouter l'article
listen|Cet article est lu par une voix de synthèse
p|Depuis une semaine, les bancs du collège Gran Man Difou sont clairsemés. Comme chaque année à la saison sèche, le Maroni a baissé. Mais cette fois, selon les piroguiers, le fleuve n'a jamais été aussi bas à cette période : à certains passages, les roches affleurent et les embarcations chargées d'enfants ne peuvent plus passer.
p|Résultat : plus de 300 élèves des écarts situés en amont et en aval du bourg, de Taluen à Papaïchton, ne sont plus transportés. Les piroguiers sous contrat avec la collectivité territoriale ont suspendu leurs rotations, estimant que les conditions de sécurité n'étaient plus réunies.
p|« Avec douze enfants à bord et les sacs, la pirogue touche le fond. Si elle se retourne dans un saut, qui est responsable ? », interroge l'un d'eux, qui transporte des élèves depuis quinze ans.
video|Le reportage de Johanne Abienso et Ronald Lamant
video|durée de la vidéo : 00h01mn54s
video|©Guyane Première
h2|Des parents inquiets
p|Au dégrad, lundi matin, une quarantaine de parents se sont rassemblés pour interpeller les autorités. Beaucoup craignent que l'interruption ne se prolonge jusqu'au retour des pluies, attendu au mieux en décembre.
p|« Nos enfants ont déjà perdu des semaines l'an dernier. On ne peut pas accepter qu'ils restent à la maison deux mois parce que le fleuve est bas. Il faut trouver des solutions », réclame une mère de famille de Twenké, dont les trois enfants sont scolarisés au bourg.
p|Certaines familles ont trouvé à loger leurs enfants chez des proches à Maripasoula. D'autres n'ont pas cette possibilité. Le collège a mis en ligne des devoirs, mais la couverture internet reste très inégale dans les écarts.
read-also|À lire aussi : Sécheresse : le Maroni à son plus bas niveau depuis 2015 à Langa Tabiki
h2|Les pistes étudiées
p|Contactée par Guyane Première, la collectivité territoriale assure que plusieurs solutions sont à l'étude avec le rectorat et la commune :
li|l'utilisation de pirogues plus légères, avec moins d'élèves par rotation ;
li|l'ouverture d'un internat provisoire dans les locaux de l'ancienne gendarmerie ;
li|le recours ponctuel à un hélicoptère pour les écarts les plus isolés ;
li|la mise en place de cours assurés sur place par des enseignants itinérants.
p|Aucune date n'a été avancée. « Nous travaillons jour et nuit sur ce dossier, mais il faut garantir la sécurité des enfants avant tout », a indiqué la vice-présidente chargée de l'éducation, qui doit se rendre à Maripasoula jeudi.
p|Le rectorat rappelle de son côté que les absences liées à l'interruption du transport ne seront pas comptabilisées comme injustifiées.
p|Les épisodes d'étiage sévère se multiplient sur les fleuves guyanais ces dernières années. En 2023 déjà, l'approvisionnement en carburant et en denrées des communes de l'intérieur avait été fortement perturbé.
tags|Guyane
tags|Maripasoula
tags|Éducation
tags|Sécheresse
tags|Fleuve Maroni
newsletter|Newsletter Guyane Première
newsletter|Recevez chaque soir l'essentiel de l'actualité de la Guyane
newsletter|S'abonner
related|Sur le même thème
related|sécheresse
related|Papaïchton : le ravitaillement en gaz assuré par avion
related|il y a 6 heures
related|éducation
related|Rentrée : 1 200 élèves toujours sans affectation dans l'ouest guyanais
related|il y a 3 jours
related|environnement
related|Saint-Georges : les sargasses de retour sur les berges de l'Oyapock
related|29 septembre 2026
most-read|Les plus lus
most-read|Kourou : le CSG prépare deux lancements en novembre
most-read|Cayenne : la route de Montabo fermée pour trois semaines
teaser-list|Étiage du Maroni : à Maripasoula, plus de 300 élèves privés de pirogue scolaire
most-read|Football : la Guyane battue par le Suriname en Ligue des nations
programme-guide|En ce moment sur Guyane Première
programme-guide|12h30 Le Journal de la mi-journée
programme-guide|13h00 Séries - Les héros du fleuve (épisode 4)
programme-guide|Voir le programme TV
listen|Guyane Première Radio 93.6 Cayenne - 95.9 Kourou - 88.3 Saint-Laurent
app|Téléchargez l'application Guyane Première
app|Disponible sur l'App Store et Google Play
footer|Guyane Première
footer|Nous contacter
footer|Qui sommes-nous ?
footer|Recrutement
footer|Publicité
footer|Mentions légales
footer|Charte de confidentialité
footer|Gestion des cookies
footer|Accessibilité : partiellement conforme
footer|Plan du site
footer|Télévisions Publiques Françaises
copyright|© Télévisions Publiques Françaises 2026
cookie|Vos choix concernant l'utilisation de cookies
cookie|Nous et nos partenaires utilisons des cookies et autres traceurs pour mesurer l'audience, vous proposer des contenus et des publicités personnalisés et permettre le partage sur les réseaux sociaux.
cookie|Paramétrer les cookies
cookie|Continuer sans accepter
cookie|Accepter et fermer
"""),
 dict(id="png-post-courier-style-1", site="png-post-courier-style", lang="en", sep="\n", title="PNG Power says Rouna repairs will take six weeks as city blackouts continue", date="2026-05-19", page="""
timestamp|Tuesday, May 19, 2026
ticker|K1.00 = USD 0.2411 AUD 0.3698 NZD 0.4072 JPY 36.84
weather|Port Moresby 32°C Partly cloudy
account|Sign in / Join
subscribe|Subscribe
epaper|E-Paper
social|Facebook
social|Twitter
social|Youtube
menu|THE NIUGINI COURIER
menu|PNG's Leading Daily Since 1969
menu|Home
menu|News
menu|Business
menu|Sports
menu|Opinion
menu|Editorial
menu|Letters
menu|Features
menu|Weekend Courier
menu|Regional
menu|Classifieds
menu|Tenders
search|Search
breaking|TRENDING NOW
breaking|Parliament adjourns to June 2 after heated budget debate
breaking|Kumuls coach names extended train-on squad
breaking|Ten arrested after Gerehu market brawl
ad|ADVERTISEMENT
ad|KUMUL TELEKOM - Go big this weekend: 10GB for K15. Dial *777# now
breadcrumb|Home News National
section-label|National
h1|PNG Power says Rouna repairs will take six weeks as city blackouts continue
byline|By NELSON TOKUNAI
dateline|May 19, 2026
comments|0
views|412
share|Share
share|Facebook
share|Twitter
share|WhatsApp
share|Email
caption|PNG Power technicians inspecting a damaged penstock at the Rouna 2 station outside Port Moresby last week. – Picture supplied
p|RESIDENTS and businesses in Port Moresby will have to live with daily power cuts for at least another six weeks while repairs are carried out at the Rouna hydro stations, PNG Power Ltd says.
p|Acting chief executive officer Mathias Wambi told the Courier yesterday that a damaged penstock and a faulty turbine at Rouna 2 had reduced the hydro supply to the Port Moresby grid by almost 30 megawatts.
p|"We understand the frustration of our customers. Our engineers are working around the clock, but some of the parts have to be brought in from overseas," Mr Wambi said.
p|"We are looking at a minimum of six weeks before Rouna 2 is back at full capacity."
p|He said the utility had no choice but to continue load-shedding during peak hours to protect the rest of the network from a total shutdown.
ad|ADVERTISEMENT
h2|Load-shedding schedule
p|PNG Power released the following schedule for this week, with outages of up to four hours in each zone:
li|Zone A (Gerehu, Waigani, Morata): 6am to 10am;
li|Zone B (Boroko, Gordons, Hohola): 10am to 2pm;
li|Zone C (Tokarara, Six Mile, Erima): 2pm to 6pm;
li|Zone D (Hanuabada, Konedobu, Town): 6pm to 10pm.
p|Hospitals, water pumping stations and the Jacksons International Airport will be exempted, Mr Wambi said.
p|Business owners say the cuts are costing them dearly.
p|A supermarket owner at Gordons, who asked not to be named, said he was spending more than K3000 a day on diesel to run generators.
p|"We cannot keep our freezers going on generators for six weeks. Some of the small shops have already thrown out their stock," he said.
read-also|READ ALSO: Diesel shortage hits Lae as fuel importers wait for shipment
p|NCD Governor's office said it had written to the Minister for State Enterprises asking for an independent review of maintenance at Rouna.
p|"This is not the first time. Every year it is the same story. We need to know where the maintenance money is going," a spokesman said.
p|Mr Wambi said a contract for a new 40MW gas-fired plant at Kanudi was expected to be signed before the end of the year, which would reduce the city's dependence on the ageing hydro stations.
p|The Port Moresby grid draws on the Rouna hydro stations on the Laloki River, a diesel plant at Moitaka and power bought from independent producers. Rouna 2 alone normally supplies close to a third of the city's needs during the dry season.
p|PNG Power said it had also asked the independent producers to increase their output temporarily, but warned that this would raise its costs at a time when the company was already struggling to collect unpaid bills from government departments.
p|He urged customers to switch off appliances during outages to avoid damage when power was restored and to report fallen lines on the toll-free number 180 1000.
tags|TAGS
tags|Blackouts
tags|NCD
tags|PNG Power
tags|Rouna
share|Share on Facebook
share|Tweet on Twitter
nav|Previous article
nav|Sepik vanilla growers welcome new export grading rules
nav|Next article
nav|Teachers' union threatens strike over unpaid leave fares
author-link|NELSON TOKUNAI
author-link|https://niuginicourier.com.pg
related|RELATED ARTICLES
related|MORE FROM AUTHOR
related|Lae businesses count losses as power outages drag on
related|Kanudi gas plant deal delayed again
related|Electricity tariff freeze extended until December
comments|LEAVE A REPLY
comments|Cancel reply
comments|Please enter your comment!
comments|Please enter your name here
comments|You have entered an incorrect email address!
comments|Please enter your email address here
comments|Save my name, email, and website in this browser for the next time I comment.
comments|Post Comment
comments|Δ
most-read|Most Popular
most-read|Enga leaders sign peace pact after months of fighting
most-read|Court orders fresh count in Kandep by-election
most-read|Betel nut vendors told to move to new Gordons market
most-read|Orchids FC sign two Solomon Islands internationals
teaser-list|EDITOR PICKS
teaser-list|Kokoda track reopens after landslip clearance
teaser-list|May 18, 2026
teaser-list|Bougainville talks: leaders agree on next steps
teaser-list|May 17, 2026
teaser-list|School fee subsidy payments released, says Education Secretary
teaser-list|May 16, 2026
category-list|POPULAR CATEGORY
category-list|News 18426
category-list|Sports 6521
category-list|Business 4210
category-list|Letters 2199
category-list|Editorial 1873
category-list|Features 1142
footer|ABOUT US
footer|The Niugini Courier is Papua New Guinea's oldest daily newspaper, published from Monday to Friday with the Weekend Courier on Fridays.
footer|Contact us: news@niuginicourier.com.pg
footer|FOLLOW US
footer|Privacy Policy
footer|Terms of Use
footer|Advertise with us
copyright|© Copyright 2026 - South Pacific Courier Ltd. All Rights Reserved.
back-to-top|Back to top
"""),
 dict(id="png-post-courier-style-2", site="png-post-courier-style", lang="en", sep="\n", title="Hunters hand captaincy to Raka ahead of Queensland Cup opener", date="2026-03-04", page="""
timestamp|Wednesday, March 4, 2026
ticker|K1.00 = USD 0.2432 AUD 0.3741 NZD 0.4115 JPY 37.02
weather|Port Moresby 30°C Showers
account|Sign in / Join
subscribe|Subscribe
epaper|E-Paper
social|Facebook
social|Twitter
social|Youtube
menu|THE NIUGINI COURIER
menu|PNG's Leading Daily Since 1969
menu|Home
menu|News
menu|Business
menu|Sports
menu|Opinion
menu|Editorial
menu|Letters
menu|Features
menu|Weekend Courier
menu|Regional
menu|Classifieds
menu|Tenders
search|Search
breaking|TRENDING NOW
breaking|Treasury confirms K1.2 billion budget support from development partners
breaking|Morobe police launch operation on Highlands Highway
breaking|Hunters hand captaincy to Raka ahead of Queensland Cup opener
ad|ADVERTISEMENT
ad|PARADISE BANK - Open a Kundu savings account today and win a trip to Cairns. Terms apply
breadcrumb|Home Sports
section-label|Sports
section-label|Rugby League
h1|Hunters hand captaincy to Raka ahead of Queensland Cup opener
byline|By DOROTHY KAUPA
dateline|March 4, 2026
comments|2
views|1,087
share|Share
share|Facebook
share|Twitter
share|WhatsApp
share|Email
caption|New Hunters captain Junior Raka (centre) at training at the Santos National Football Stadium yesterday. – Picture by DOROTHY KAUPA
p|UTILITY forward Junior Raka will lead the PNG Hunters in the Queensland Cup this season after coach Ben Tawali confirmed him as captain yesterday.
p|The 27-year-old from Goroka takes over from veteran prop Kelly Aiwa, who stepped down from the role to focus on his recovery from a shoulder operation.
p|Tawali said Raka had earned the respect of the squad during a tough pre-season in Port Moresby and Kokopo.
p|"Junior leads by example. He is the first one at training and the last one to leave. The boys listen to him," Tawali said.
p|"We have a young team this year and we need a captain who can talk to them on and off the field."
p|Raka, who has played 68 games for the Hunters since his debut in 2019, said he was humbled by the appointment.
p|"It is a big honour to lead this team. The Hunters carry the hopes of the whole country every weekend and we know what that means to the people back home," he said.
ad|ADVERTISEMENT
h2|Nine debutants in squad
p|The Hunters open their campaign against the Tweed Seagulls at the Santos National Football Stadium on Saturday, March 14, before travelling to Queensland for three straight away games.
p|Tawali named an extended squad of 28 players, including nine who are yet to play a game in the Queensland Cup. Most of them were recruited from the Digicel Cup competition, where they impressed during last year's finals series.
p|Among them are Mendi Muruks winger Tony Kauba, who finished as the top try-scorer in the domestic competition with 19 tries, and Lae Snax Tigers halfback Jeremiah Polon.
p|"These young men have earned their place. Now they have to show they can handle the speed of the game in Queensland," Tawali said.
p|HUNTERS SQUAD: Junior Raka (c), Kelly Aiwa, Tony Kauba, Jeremiah Polon, Samuel Tepa, Alex Moka, Ricky Gaul, Wesley Yandi, Paul Kiak, Norman Sione, Fabian Nalu, Gideon Wak, Joe Tamal, Steven Bune, Mark Wena, Peter Ongi, Andy Kopi, Ben Sapura, Rex Mambu, Jacob Kandi, Oscar Lomai, Luke Tulo, Simon Paiyo, Dennis Aipe, Jacky Manu, Titus Gorua, Felix Koiye, Harry Akia.
h2|Fixtures
li|Round 1: Hunters v Tweed Seagulls, Santos National Football Stadium, March 14, 3pm
li|Round 2: Burleigh Bears v Hunters, Pizzey Park, March 21
li|Round 3: Ipswich Jets v Hunters, North Ipswich Reserve, March 28
li|Round 4: Redcliffe Dolphins v Hunters, Kayo Stadium, April 4
p|Tickets for the opening match go on sale tomorrow at K20 for the grandstand and K10 for the outer, with children under 12 admitted free.
signature|– Additional reporting by PETER YAMBI
tags|TAGS
tags|Digicel Cup
tags|PNG Hunters
tags|Queensland Cup
tags|Rugby League
share|Share on Facebook
share|Tweet on Twitter
nav|Previous article
nav|Capitals coach upbeat despite opening loss in Lae
nav|Next article
nav|Golf: Royal Port Moresby to host Pacific amateur championship
author-link|DOROTHY KAUPA
author-link|https://niuginicourier.com.pg
related|RELATED ARTICLES
related|MORE FROM AUTHOR
related|Kumuls women's coach calls up six new faces
related|Hunters complete pre-season camp in Kokopo
related|Digicel Cup: grand final moved to Lae
comments|2 COMMENTS
comments|Kila Wari
comments|March 4, 2026 at 9:14 am
comments|Good choice. Raka is a true leader. Go Hunters!
comments|Reply
comments|Mero from Goroka
comments|March 4, 2026 at 11:52 am
comments|Proud of you Junior, the Eastern Highlands is behind you.
comments|LEAVE A REPLY
comments|Cancel reply
comments|Please enter your comment!
comments|Please enter your name here
comments|You have entered an incorrect email address!
comments|Please enter your email address here
comments|Save my name, email, and website in this browser for the next time I comment.
comments|Post Comment
comments|Δ
most-read|Most Popular
most-read|Pastor jailed for misusing church building funds
most-read|Teachers to receive backdated allowances in April
teaser-list|Hunters hand captaincy to Raka ahead of Queensland Cup opener
most-read|Flights cancelled as Air Niu Pasifik grounds two aircraft
teaser-list|EDITOR PICKS
teaser-list|Letter: Our roads are a disgrace
teaser-list|March 3, 2026
teaser-list|Editorial: Power cuts are a national emergency
teaser-list|March 2, 2026
category-list|POPULAR CATEGORY
category-list|News 18302
category-list|Sports 6488
category-list|Business 4187
category-list|Letters 2190
category-list|Editorial 1866
category-list|Features 1139
footer|ABOUT US
footer|The Niugini Courier is Papua New Guinea's oldest daily newspaper, published from Monday to Friday with the Weekend Courier on Fridays.
footer|Contact us: news@niuginicourier.com.pg
footer|FOLLOW US
footer|Privacy Policy
footer|Terms of Use
footer|Advertise with us
copyright|© Copyright 2026 - South Pacific Courier Ltd. All Rights Reserved.
back-to-top|Back to top
"""),
 dict(id="mmegi-botswana-style-1", site="mmegi-botswana-style", lang="en", sep="\n\n", title="Debswana extends Jwaneng production pause as diamond glut bites", date="2026-06-09", page="""
timestamp|Tuesday, 09 June 2026
ticker|BWP/USD 0.0732
ticker|BWP/ZAR 1.3520
ticker|BWP/GBP 0.0547
ticker|BWP/EUR 0.0641
ticker|BSE DCI 9,914.63 ▲ 0.04%
account|Login
account|Register
subscribe|Subscribe to the E-Edition
menu|Tsebo Daily
menu|Botswana's independent daily since 1984
menu|Home
menu|News
menu|Business
menu|Sport
menu|Arts & Culture
menu|Opinion & Analysis
menu|Editorial
menu|Letters
menu|Features
menu|Northern Bureau
menu|The Ledger (Business Weekly)
menu|Tsebo TV
menu|E-Paper
search|Search...
ad|Advertisement
ad|KALAHARI MOBILE - Go Unlimited: calls, SMS and 30GB for P199 a month. Dial *199#
breadcrumb|Home / Business
section-label|Business
h1|Debswana extends Jwaneng production pause as diamond glut bites
byline|Boitumelo Ramotswa
byline|Business Editor
dateline|Tuesday, 09 June 2026 06:00
comments|Comments (3)
views|Views: 2,316
font|A-
font|A
font|A+
print|Print
share|Email this article
share|Share on Facebook
share|Share on X
share|Share on WhatsApp
caption|Idle: Haul trucks parked at Jwaneng mine, where production will remain suspended until at least September
credit|PIC: KAGO SELEBOGO
p|Debswana Diamond Company has extended the production pause at Jwaneng mine by a further three months, as a prolonged slump in rough diamond prices continues to weigh on sales and on government revenue.
p|The company, jointly owned by government and De Beers, informed employees and suppliers last week that operations at the world's richest diamond mine by value would not resume before September. The pause, initially announced for April and May, had been expected to end this month.
p|In a statement, Debswana said the decision was taken "to align production with market demand and to protect the long-term value of the resource". It said no retrenchments were planned and that employees would continue to receive their basic salaries during the shutdown.
p|Industry analysts say rough diamond prices have fallen by more than a third from their 2022 peak, under pressure from weak demand in China and the United States and growing competition from laboratory-grown stones.
p|"Midstream traders are still sitting on large stocks. Until those are cleared, producers have very little room to sell more," said a Gaborone-based mining economist.
read-also|ALSO READ: BURS misses first-quarter revenue target by P1.4 billion
h2|Pressure on public finances
p|Diamonds account for about 80 percent of Botswana's exports and roughly a third of government revenue, making the extended pause a further blow to public finances that are already under strain.
p|Finance ministry officials told a parliamentary committee last month that the budget deficit for the 2026/27 financial year could exceed nine percent of GDP if diamond sales do not recover by the end of the year. Government has already frozen new hiring in the public service and postponed several development projects.
p|Opposition legislators have called for an urgent debate on the state of the economy. "We have been warned for decades that diamonds will not last forever. The day has come and there is still no plan B," one MP said during Friday's sitting.
ad|Advertisement
ad|Sponsored
ad|Tender notice: Supply and delivery of office furniture to the Ministry of Lands. Closing date 26 June 2026
h2|Suppliers and Jwaneng town worried
p|In Jwaneng, where the mine is the main employer, business owners say activity has dropped sharply since the first pause.
p|"People are keeping their money because they don't know what will happen. Our sales are down by half," said the owner of a hardware shop in the town's main mall.
p|Contractors who provide transport, catering and maintenance services to the mine have also been affected, with some reporting that they had sent workers home on unpaid leave.
p|The mineworkers' union said it had been assured by management that permanent jobs were safe, but warned that contract workers were bearing the brunt of the slowdown. "These are the people who are going home first, and nobody is talking about them," a union official said.
p|Debswana's other main operation, Orapa, is expected to continue producing at reduced capacity. The company said it would review its production plan again in August.
tags|Tags: Debswana Jwaneng Diamonds Economy De Beers
related|Related news
related|Orapa to run at half capacity for rest of the year
related|Tuesday, 19 May 2026
related|Diamond slump: government seeks P5 billion bond
related|Friday, 08 May 2026
related|Jwaneng business owners fear ghost town
related|Wednesday, 22 April 2026
comments|3 Comments
comments|Tsebo Daily Online
comments|Login
comments|Recommend
comments|Tweet
comments|Share
comments|Sort by Best
comments|Join the discussion…
comments|LOG IN WITH
comments|OR SIGN UP WITH DISQUS ?
comments|Name
comments|Kgosi_M • 3 hours ago
comments|Diversification has been a slogan since independence. Now we pay the price.
comments|Reply • Share ›
comments|Motho wa Jwaneng • 5 hours ago
comments|The contract workers were sent home in April already with nothing.
comments|Powered by Disqus
comments|Subscribe
comments|Privacy
comments|Do Not Sell My Data
poll|Poll
poll|Should government reduce its dependence on Debswana dividends by selling part of its stake?
poll|Yes
poll|No
poll|Not sure
poll|Vote
poll|View results
teaser-list|Editorial
teaser-list|Diamonds are not forever, and we knew it
teaser-list|Letters
teaser-list|Ghanzi roads need urgent attention
most-read|Most Read
most-read|Today
most-read|This Week
most-read|Zebras coach names squad for COSAFA Cup
most-read|Man, 34, jailed for killing girlfriend in Molepolole
most-read|BDF recruitment exercise postponed
most-read|Maun residents protest over water cuts
jobs|Vacancies
jobs|Accountant - Francistown City Council
jobs|Senior Nurse - Private hospital, Gaborone
classifieds|Classifieds
classifieds|Plot for sale, Mogoditshane Block 7, 1,000 sqm, P380,000 neg.
footer|Tsebo Daily
footer|About Us
footer|Contact Us
footer|Advertise
footer|Subscriptions
footer|Terms and Conditions
footer|Kgalagadi Publishing Company (Pty) Ltd, Plot 50310, Gaborone West Industrial, Gaborone
footer|Tel: +267 390 0000
copyright|Copyright © 2026 Tsebo Daily. All rights reserved. Reproduction without permission is prohibited.
"""),
 dict(id="mmegi-botswana-style-2", site="mmegi-botswana-style", lang="en", sep="\n\n", title="Greater Gaborone water rationing starts Monday as dam drops to 24 percent", date="2026-10-06", page="""
timestamp|Tuesday, 06 October 2026
ticker|BWP/USD 0.0728
ticker|BWP/ZAR 1.3487
ticker|BWP/GBP 0.0543
ticker|BWP/EUR 0.0636
ticker|BSE DCI 9,872.10 ▼ 0.11%
account|Login
account|Register
subscribe|Subscribe to the E-Edition
menu|Tsebo Daily
menu|Botswana's independent daily since 1984
menu|Home
menu|News
menu|Business
menu|Sport
menu|Arts & Culture
menu|Opinion & Analysis
menu|Editorial
menu|Letters
menu|Features
menu|Northern Bureau
menu|The Ledger (Business Weekly)
menu|Tsebo TV
menu|E-Paper
search|Search...
ad|Advertisement
ad|BOTSWANA@60 CELEBRATION SALE - 30% off all deep freezers at Kgalagadi Appliances until Saturday
breadcrumb|Home / News
section-label|News
h1|Greater Gaborone water rationing starts Monday as dam drops to 24 percent
byline|Tlotlo Segokgo
byline|Staff Writer
dateline|Tuesday, 06 October 2026 06:00
comments|Comments (1)
views|Views: 5,904
font|A-
font|A
font|A+
print|Print
share|Email this article
share|Share on Facebook
share|Share on X
share|Share on WhatsApp
caption|Low: The Gaborone Dam has been falling steadily since the last rains in March
credit|PIC: THATO MOLEFHE
p|Residents of Gaborone and surrounding villages will from Monday receive water on alternate days under a rationing plan announced by the Water Utilities Corporation (WUC) yesterday, as the level of the Gaborone Dam fell to 24 percent.
p|WUC said the measure was necessary to stretch supplies until the rainy season, which forecasters expect to begin late. The last significant inflows into the dam were recorded in March.
p|"We are asking customers to bear with us. Without these measures, we risk a situation where some areas have no water at all by December," the corporation's spokesperson said at a media briefing in Gaborone.
p|The North-South Carrier pipeline, which brings water from dams in the north, is running at full capacity but cannot on its own meet demand in the capital, which has grown rapidly over the past decade.
h2|Which areas, which days
p|Under the schedule released yesterday, supply will be cut in each zone from 6am to 6pm on the following days:
li|Zone 1 (Block 5 to Block 10, Gaborone West, Mogoditshane): Mondays, Wednesdays and Fridays
li|Zone 2 (Broadhurst, Tlokweng, Extension 2 to Extension 15): Tuesdays, Thursdays and Saturdays
li|Zone 3 (Phakalane, Mmopane, Metsimotlhabe, Gabane): Mondays and Thursdays
li|Zone 4 (Ramotswa, Mogobane, Otse): Tuesdays and Fridays
p|Hospitals, clinics and boarding schools will be supplied by bowser where their supply is affected, WUC said.
read-also|ALSO READ: Farmers count losses as drought grips Kgatleng
h2|Residents sceptical
p|Some residents said they had been living with unannounced cuts for weeks and doubted that a formal schedule would make a difference.
p|"In Block 8 we already go two, three days without water. Now they say it is rationing. For us it has been rationing since July," said a mother of three who spoke to Tsebo Daily while filling containers at a standpipe.
p|Others called on the corporation to fix leaking pipes before asking customers to save. WUC has previously estimated that more than a quarter of the water it treats is lost through leaks and illegal connections.
p|The corporation said teams had repaired over 600 leaks in Greater Gaborone since April and that a campaign against illegal connections would be intensified, with fines of up to P5,000 for offenders.
p|It urged residents to avoid watering gardens and washing cars with hosepipes, and to report leaks on its toll-free line 0800 555 555.
p|The Minister of Water Resources is expected to brief Parliament on the situation this week. Councillors in Mogoditshane and Tlokweng have asked that bowsers also be sent to residential areas where elderly people live alone.
p|The Department of Meteorological Services is expected to issue its seasonal forecast next week. Last year's forecast of normal to below-normal rainfall proved accurate in the south, where the dam received only a fraction of its usual inflows.
tags|Tags: WUC Water Gaborone Dam Drought
related|Related news
related|Gaborone Dam falls below 30 percent
related|Tuesday, 08 September 2026
related|Maun residents protest over water cuts
related|Thursday, 04 June 2026
related|WUC gets P300 million for pipeline upgrades
related|Monday, 11 May 2026
comments|1 Comment
comments|Tsebo Daily Online
comments|Login
comments|Recommend
comments|Tweet
comments|Share
comments|Sort by Best
comments|Join the discussion…
comments|LOG IN WITH
comments|OR SIGN UP WITH DISQUS ?
comments|Name
comments|Ratanang K • 2 hours ago
comments|Fix the pipes first. Every week there is a river flowing on the Western Bypass.
comments|Reply • Share ›
comments|Powered by Disqus
comments|Subscribe
comments|Privacy
comments|Do Not Sell My Data
poll|Poll
poll|Are you satisfied with the way WUC has handled the water shortage?
poll|Yes
poll|No
poll|Not sure
poll|Vote
poll|View results
teaser-list|Editorial
teaser-list|Independence at 60: the work ahead
teaser-list|Letters
teaser-list|Why are BDF pensions delayed?
most-read|Most Read
most-read|Today
most-read|This Week
teaser-list|Greater Gaborone water rationing starts Monday as dam drops to 24 percent
most-read|Botswana at 60: thousands celebrate at national stadium
most-read|Court throws out bid to stop Francistown mayor's election
most-read|Zebras held by Namibia in World Cup qualifier
jobs|Vacancies
jobs|Plumbers (x10) - Water Utilities contractor, Gaborone
jobs|Teachers - Private primary school, Phakalane
classifieds|Classifieds
classifieds|JoJo tanks 5,000L delivered and installed, P4,200. Call 71 000 000
footer|Tsebo Daily
footer|About Us
footer|Contact Us
footer|Advertise
footer|Subscriptions
footer|Terms and Conditions
footer|Kgalagadi Publishing Company (Pty) Ltd, Plot 50310, Gaborone West Industrial, Gaborone
footer|Tel: +267 390 0000
copyright|Copyright © 2026 Tsebo Daily. All rights reserved. Reproduction without permission is prohibited.
"""),
]
