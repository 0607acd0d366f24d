# Round 138: eight pages on four more layouts (a Martinique public radio's news page, a Québec Beauce regional
# news web site, a British Virgin Islands weekly, a Grenada weekly), written blind: without looking at the
# classifier, its rules or the benchmark, measured once. Each line: "label|text". Invented text; no real article
# is copied.
ROUND138 = [
 dict(id="martinique-la-1ere-radio-style-1", site="martinique-la-1ere-radio-style", lang="fr", sep="\n", title="Sargasses : la commune du Robert teste une barrière flottante de 800 mètres à l'entrée de sa baie", date="2026-04-14", page="""
skip-link|Aller au contenu principal
skip-link|Aller au menu
network|La 1ère
network|Guadeloupe
network|Guyane
network|Martinique
network|Mayotte
network|Nouvelle-Calédonie
network|Polynésie
network|La Réunion
network|Saint-Pierre et Miquelon
network|Wallis et Futuna
network|Outre-mer
network|franceinfo
logo|Martinique la 1ère
listen|▶ Écouter la radio en direct
listen|En ce moment : Bonjou Matinik - 06:00 - 09:00
watch|Regarder la TV en direct
account|Se connecter
menu|Info
menu|Sport
menu|Culture
menu|Environnement
menu|Société
menu|Politique
menu|Émissions
menu|Replay
menu|Radio
menu|Météo
search|Rechercher
ticker|Bulletin sargasses : risque d'échouement ÉLEVÉ sur la côte atlantique
weather|Fort-de-France 29°
breadcrumb|Accueil
breadcrumb|Martinique
breadcrumb|Environnement
section-label|Environnement
h1|Sargasses : la commune du Robert teste une barrière flottante de 800 mètres à l'entrée de sa baie
lead|Après un premier trimestre marqué par des arrivées massives d'algues brunes, la ville du Robert a fait installer dimanche un barrage flottant censé dévier les radeaux de sargasses vers une zone de collecte. Un test de trois mois, suivi de près par les riverains de Pointe Lynch.
byline|Écrit par Maëlle Jean-Joseph
dateline|Publié le 14 avril 2026 à 11h42, mis à jour le 14 avril 2026 à 15h10
share|Partager l'article sur Facebook
share|Partager l'article sur X
share|Partager l'article sur WhatsApp
share|Partager l'article par e-mail
share|Copier le lien
caption|La barrière flottante déployée dans la baie du Robert, le dimanche 12 avril 2026.
credit|© Maëlle Jean-Joseph / Martinique la 1ère
p|Elle serpente sur huit cents mètres entre l'îlet Madame et la pointe de la Rose. Depuis dimanche matin, une longue barrière jaune et orange barre une bonne partie de l'entrée de la baie du Robert. Sa mission : empêcher les sargasses de venir s'échouer au fond de la baie, où elles pourrissent chaque année par milliers de tonnes, à quelques dizaines de mètres des habitations.
p|Le dispositif, loué à une entreprise guadeloupéenne pour un coût de 380 000 euros, est financé à 70 % par l'État dans le cadre du plan national de lutte contre les sargasses, le reste étant partagé entre la commune et la Collectivité territoriale de Martinique.
listen|Le reportage radio de Maëlle Jean-Joseph
listen|▶ Écouter
listen|02:14
h2|Dévier plutôt que ramasser
p|Le principe est simple. Plutôt que d'arrêter les algues, la barrière, lestée et ancrée tous les cinquante mètres, les guide le long de la côte vers une petite anse aménagée à Vert-Pré, où une pelle mécanique et deux bateaux collecteurs les récupèrent avant qu'elles ne se décomposent.
p|« On ne prétend pas régler le problème, on essaie de le déplacer là où on peut le traiter », résume Gilles Marie-Rose, adjoint au maire chargé de l'environnement, venu assister à la mise à l'eau. « Au fond de la baie, on ne peut pas entrer avec des engins, c'est de la mangrove. Ici, oui. »
read-also|Lire aussi : Sargasses : les collégiens de Sainte-Marie privés de cours pour la troisième fois cette année
p|Les riverains, eux, attendent de voir. À Pointe Lynch, où les émanations d'hydrogène sulfuré ont obligé plusieurs familles à quitter leur logement pendant des semaines l'an dernier, on salue l'initiative sans cacher une certaine lassitude. « Ça fait sept ans qu'on nous promet des solutions. On a eu les filets, les barges, les pelleteuses. Là on a une barrière. On verra en juin », souffle Éliane, retraitée, qui a fait installer un purificateur d'air dans sa chambre.
ad|Publicité
h2|Des arrivées record depuis janvier
p|Selon le dernier bulletin de surveillance publié vendredi, les quantités de sargasses observées dans l'Atlantique tropical ont atteint en mars un niveau jamais mesuré à cette période de l'année. La côte atlantique de la Martinique est en vigilance élevée depuis la mi-février.
p|Les sites les plus touchés cette semaine, d'après le bulletin :
li|Le Vauclin, secteur de Pointe Faula
li|Le François, baie du Simon
li|Le Robert, fond de baie et Pointe Lynch
li|La Trinité, presqu'île de la Caravelle et Tartane
li|Sainte-Marie, plage du bourg
p|Les scientifiques de l'université des Antilles associés au projet évalueront toutes les deux semaines l'efficacité du barrage, en comparant les volumes échoués avec ceux des années précédentes. Les premières conclusions sont attendues début juillet.
p|Si le test est concluant, la commune espère obtenir l'installation d'un dispositif permanent, à l'image de ce qui existe déjà dans certaines communes de Guadeloupe. Le maire doit présenter le projet aux habitants lors d'une réunion publique prévue le 28 avril à la salle des fêtes.
video|Le reportage de Maëlle Jean-Joseph et Steeve Larcher
embed-blocked|Contenu de la vidéo bloqué. Ce contenu est hébergé par un tiers. Pour le consulter, vous devez accepter les cookies des réseaux sociaux.
embed-blocked|Accepter et afficher
video|durée de la vidéo : 00h01mn58s
tags|sargasses
tags|environnement
tags|le robert
tags|littoral
whatsapp|Suivez Martinique la 1ère sur WhatsApp
newsletter|L'essentiel du jour : notre sélection exclusive
newsletter|Chaque jour, notre rédaction vous réserve le meilleur des contenus de Martinique et des outre-mer.
newsletter|Votre adresse e-mail
newsletter|S'inscrire
newsletter|Vos données personnelles sont traitées par France Télévisions. Pour en savoir plus, consultez notre charte de confidentialité.
teaser-list|L'actualité "Environnement"
teaser-list|Chlordécone : une nouvelle carte des sols contaminés publiée par la préfecture
teaser-list|il y a 5 h
teaser-list|Carême : les restrictions d'eau levées dans le nord de l'île
teaser-list|il y a 1 jour
teaser-list|Tortues marines : record de pontes sur la plage de l'Anse Noire
teaser-list|il y a 3 jours
read-more|Voir plus
most-read|Les plus lus
most-read|1. Accident mortel sur l'autoroute au Lamentin : un motard de 24 ans perd la vie
most-read|2. Vie chère : le prix du bouclier qualité-prix baisse à nouveau au 1er mai
most-read|3. Tour des yoles 2026 : le parcours des étapes dévoilé
most-read|4. Grève à l'hôpital : les urgences du CHU en mode dégradé
schedule|Grille des programmes radio
schedule|06:00 Bonjou Matinik
schedule|09:00 Matinik Matin Midi
schedule|12:30 Le journal
app|Télécharger l'appli La 1ère
app|Disponible sur l'App Store
app|Disponible sur Google Play
footer|Nous contacter
footer|Fréquences radio
footer|Mentions légales
footer|Charte de confidentialité
footer|Gestion des cookies
footer|Accessibilité : partiellement conforme
footer|Plan du site
footer|France Télévisions
copyright|© France Télévisions 2026
cookie|France Télévisions et ses partenaires utilisent des cookies pour mesurer l'audience, vous proposer des contenus et des publicités personnalisés et des fonctionnalités de partage sur les réseaux sociaux.
cookie|Accepter & Fermer
cookie|Continuer sans accepter
cookie|Personnaliser
"""),
 dict(id="martinique-la-1ere-radio-style-2", site="martinique-la-1ere-radio-style", lang="fr", sep="\n", title="« Le TCSP ira jusqu'au Robert d'ici 2030 » : le président de Martinique Transport invité de la matinale radio", date="2026-03-03", page="""
skip-link|Aller au contenu principal
skip-link|Aller au menu
network|La 1ère
network|Guadeloupe
network|Guyane
network|Martinique
network|Mayotte
network|Nouvelle-Calédonie
network|Polynésie
network|La Réunion
network|Saint-Pierre et Miquelon
network|Wallis et Futuna
network|Outre-mer
network|franceinfo
logo|Martinique la 1ère
listen|▶ Écouter la radio en direct
listen|En ce moment : Kozé Matinal - 07:00 - 08:30
watch|Regarder la TV en direct
account|Se connecter
menu|Info
menu|Sport
menu|Culture
menu|Environnement
menu|Société
menu|Politique
menu|Émissions
menu|Replay
menu|Radio
menu|Météo
search|Rechercher
ticker|Info trafic : ralentissements sur la RN1 entre Le Lamentin et Ducos
weather|Fort-de-France 28°
breadcrumb|Accueil
breadcrumb|Martinique
breadcrumb|Société
breadcrumb|Transports
section-label|Transports
section-label|Radio
h1|« Le TCSP ira jusqu'au Robert d'ici 2030 » : le président de Martinique Transport invité de la matinale radio
lead|Invité de Kozé Matinal ce mardi, Jean-Marc Théodose a détaillé le calendrier de prolongement du transport collectif en site propre vers l'est de l'île et annoncé des bus toutes les dix minutes aux heures de pointe dès la rentrée.
byline|Écrit par Didier Lordinot
byline|avec Sandrine Pélage
dateline|Publié le 3 mars 2026 à 09h15
share|Partager l'article sur Facebook
share|Partager l'article sur X
share|Partager l'article sur WhatsApp
share|Partager l'article par e-mail
share|Copier le lien
caption|Jean-Marc Théodose, président de Martinique Transport, dans le studio radio de Martinique la 1ère à Clairière, le 3 mars 2026.
credit|© Didier Lordinot / Martinique la 1ère
listen|L'entretien en intégralité
listen|▶ Écouter
listen|00:00 / 14:37
listen|Kozé Matinal - Martinique la 1ère radio
p|C'est un chantier dont on parle depuis près de dix ans. Le prolongement du TCSP, la ligne de bus à haut niveau de service qui relie aujourd'hui Fort-de-France au Lamentin et à Ducos, doit atteindre la commune du Robert d'ici à la fin de l'année 2030. C'est en tout cas l'engagement pris ce mardi matin sur notre antenne par Jean-Marc Théodose, le président de Martinique Transport.
p|« Les études sont terminées, le financement est bouclé à 85 %, les premiers marchés de travaux seront lancés avant l'été », a-t-il assuré au micro de Sandrine Pélage. Le tracé, long de 14 kilomètres, empruntera la route nationale 1 jusqu'au carrefour du Gros-Morne, puis desservira Le Robert par une voie réservée le long de la RN1 et de la RD1.
h2|« Sé an chantyé pou lontan »
p|Le président de l'autorité organisatrice des transports ne cache pas que les travaux perturberont la circulation. « Sé an chantyé pou lontan, fo nou di moun-yan sa klè », a-t-il lancé en créole, reconnaissant que la RN1, déjà saturée matin et soir, connaîtra « deux à trois années difficiles ».
p|Pour limiter la gêne, Martinique Transport prévoit de phaser le chantier en quatre tronçons et de travailler de nuit sur les secteurs les plus fréquentés. Des parkings relais seront aménagés au Lamentin et au Robert pour inciter les automobilistes à laisser leur voiture.
ad|Publicité
read-also|Lire aussi : Transports : les bus gratuits le samedi dans l'agglomération foyalaise jusqu'à fin juin
h2|Des bus plus fréquents dès septembre
p|Sans attendre le prolongement, le réseau doit évoluer dès la rentrée scolaire. Jean-Marc Théodose a annoncé trois mesures :
li|un passage toutes les dix minutes aux heures de pointe sur les lignes du TCSP, contre quinze aujourd'hui ;
li|l'arrivée de vingt-deux nouveaux bus électriques, dont la livraison a pris six mois de retard ;
li|un titre de transport unique, valable sur le bus, le TCSP et les navettes maritimes de la baie de Fort-de-France.
p|Interrogé par plusieurs auditeurs sur les retards fréquents des bus dans le sud de l'île, le président a reconnu « des difficultés réelles » liées au manque de chauffeurs. « Il nous manque une soixantaine de conducteurs. Nous lançons une formation financée avec France Travail, les inscriptions ouvrent la semaine prochaine. »
h2|Les usagers sceptiques
p|Au standard de la radio, les réactions étaient partagées. Joëlle, qui prend chaque jour le bus entre Le Robert et Fort-de-France, dit « y croire quand elle le verra ». Un autre auditeur, chauffeur de taxi collectif, s'est inquiété de la concurrence des nouvelles lignes pour sa profession, très présente sur l'axe atlantique.
p|Jean-Marc Théodose assure que les taxis collectifs seront associés au projet et pourront assurer le rabattement vers les stations. Une concertation publique doit être organisée dans les communes concernées à partir du mois de mai.
signature|Avec Sandrine Pélage
tags|transports
tags|TCSP
tags|le robert
tags|radio
whatsapp|Suivez Martinique la 1ère sur WhatsApp
newsletter|L'essentiel du jour : notre sélection exclusive
newsletter|Chaque jour, notre rédaction vous réserve le meilleur des contenus de Martinique et des outre-mer.
newsletter|Votre adresse e-mail
newsletter|S'inscrire
newsletter|Vos données personnelles sont traitées par France Télévisions. Pour en savoir plus, consultez notre charte de confidentialité.
podcast|Réécouter Kozé Matinal
podcast|L'invité du 2 mars : la rectrice de l'académie de Martinique
podcast|L'invité du 27 février : le président de la chambre d'agriculture
podcast|L'invité du 26 février : le directeur du CHU de Martinique
teaser-list|L'actualité "Transports"
teaser-list|Aéroport Aimé-Césaire : un nouveau vol direct vers Montréal dès novembre
teaser-list|il y a 2 h
teaser-list|Navettes maritimes : la liaison Trois-Îlets - Fort-de-France suspendue une semaine
teaser-list|il y a 1 jour
read-more|Voir plus
most-read|Les plus lus
most-read|1. Carnaval 2026 : le bilan des vidés jugé « exemplaire » par la préfecture
most-read|2. Coupure d'eau géante dans le centre : la SME présente ses excuses
most-read|3. Football : le Golden Lion qualifié pour les demi-finales de la Coupe de Martinique
schedule|Grille des programmes radio
schedule|07:00 Kozé Matinal
schedule|08:30 Le journal
schedule|09:00 Matinik Matin Midi
app|Télécharger l'appli La 1ère
app|Disponible sur l'App Store
app|Disponible sur Google Play
footer|Nous contacter
footer|Fréquences radio
footer|Mentions légales
footer|Charte de confidentialité
footer|Gestion des cookies
footer|Accessibilité : partiellement conforme
footer|Plan du site
footer|France Télévisions
copyright|© France Télévisions 2026
cookie|France Télévisions et ses partenaires utilisent des cookies pour mesurer l'audience, vous proposer des contenus et des publicités personnalisés et des fonctionnalités de partage sur les réseaux sociaux.
cookie|Accepter & Fermer
cookie|Continuer sans accepter
cookie|Personnaliser
"""),
 dict(id="beauce-media-style-1", site="beauce-media-style", lang="fr", sep="\n", title="Crue printanière : Beauceville ouvre son centre de coordination et distribue 4 000 sacs de sable", date="2026-04-08", page="""
clock|Mercredi 8 avril 2026
weather|Saint-Georges 4 °C Averses
ticker|Rivière Chaudière - station Saint-Georges : 3,41 m ▲ Surveillance
tip|Soumettre une nouvelle
contact|Nous joindre
ad|Annoncer avec nous
logo|Beauce Média
logo|L'information de chez nous
menu|Accueil
menu|Actualités
menu|Faits divers
menu|Économie
menu|Sports
menu|Culture
menu|Chroniques
menu|Avis de décès
menu|Emplois
menu|Concours
menu|Circulaires
search|Rechercher
breaking|ALERTE - Rivière Chaudière : suivez l'évolution de la crue en temps réel
section-label|Actualités
section-label|Beauceville
h1|Crue printanière : Beauceville ouvre son centre de coordination et distribue 4 000 sacs de sable
lead|Avec la fonte rapide de la neige et les fortes pluies annoncées jusqu'à vendredi, la Ville de Beauceville a ouvert mardi soir son centre de coordination des mesures d'urgence. Les résidents des secteurs à risque sont invités à se préparer dès maintenant.
byline|Par Marie-Ève Cloutier
byline|Journaliste de l'Initiative de journalisme local
dateline|8 avril 2026 - 6 h 45
dateline|Mis à jour à 11 h 20
share|Partager
share|Facebook
share|Messenger
share|Courriel
share|Copier le lien
caption|Des bénévoles remplissaient des sacs de sable au garage municipal de Beauceville, mardi après-midi.
credit|Photo : Beauce Média - Marie-Ève Cloutier
p|Le scénario se répète presque chaque printemps, mais il ne laisse jamais les Beaucevillois indifférents. Mardi, le niveau de la rivière Chaudière a gagné près de 70 centimètres en moins de vingt-quatre heures à la hauteur du centre-ville, selon les données de la station hydrométrique du ministère de l'Environnement.
p|Devant cette hausse et les prévisions d'Environnement Canada, qui annonce entre 40 et 60 millimètres de pluie d'ici vendredi sur la Beauce, la Ville a décidé d'ouvrir son centre de coordination des mesures d'urgence à l'hôtel de ville dès 19 h.
p|« On n'est pas en situation d'inondation pour l'instant, mais on ne veut pas être pris de court comme en 2019 », a expliqué le maire de Beauceville, François Veilleux, joint en soirée par Beauce Média. « Nos équipes sont prêtes, la Sûreté du Québec est avisée et nos bénévoles sont mobilisés. »
ad|Publicité
h2|Des sacs de sable pour les citoyens
p|Quelque 4 000 sacs de sable déjà remplis sont mis gratuitement à la disposition des résidents au garage municipal, sur la 9e Avenue, ainsi qu'au stationnement de l'aréna. Les citoyens doivent se présenter avec une pièce d'identité et leur propre véhicule.
p|La Ville recommande aux résidents des secteurs riverains de prendre quelques précautions :
li|déplacer les biens de valeur et les produits dangereux hors du sous-sol;
li|vérifier le bon fonctionnement de leur pompe de puisard et de leur clapet antiretour;
li|préparer une trousse d'urgence pour 72 heures;
li|s'inscrire au système d'alertes municipal par message texte.
read-also|À lire également : Saint-Georges lance un nouveau système d'alerte citoyenne par message texte
p|Les rues Saint-Jacques, du Pont et la route 173 à l'entrée sud de la ville font l'objet d'une surveillance particulière. Une fermeture partielle pourrait être décrétée si l'eau atteint la chaussée, a précisé le directeur du service de sécurité incendie, Jean-Philippe Bolduc.
h2|Un embâcle sous surveillance
p|En amont, à Saint-Georges, un embâcle s'est formé lundi près du secteur de la rivière Famine. Les autorités le surveillent par drone deux fois par jour. S'il venait à céder brusquement, la montée des eaux pourrait être rapide en aval, notamment à Beauceville et à Saint-Joseph-de-Beauce.
p|La Ville de Sainte-Marie, de son côté, n'a pas encore ouvert son centre de coordination, mais elle invite aussi la population à suivre l'évolution de la situation sur ses plateformes.
p|Le ministère de la Sécurité publique rappelle que les sinistrés peuvent, selon les circonstances, être admissibles à une aide financière. Les citoyens touchés sont invités à photographier les dommages avant tout nettoyage.
funding-note|Cet article a été produit grâce au soutien de l'Initiative de journalisme local, financée par le gouvernement du Canada.
comments|0 commentaire
comments|Trier par : Les plus anciens
comments|Ajouter un commentaire...
comments|Plug-in Commentaires Facebook
related|À lire aussi
related|Saint-Joseph-de-Beauce : la route 173 rouverte après des travaux de stabilisation
related|7 avril 2026
related|Les Condors de Beauce éliminés en demi-finale
related|6 avril 2026
related|Sainte-Marie adopte son plan de gestion des cours d'eau
related|3 avril 2026
obituary|Avis de décès
obituary|Gisèle Poulin Roy 1938 - 2026 Saint-Georges
obituary|Roger Lessard 1951 - 2026 Beauceville
obituary|Lucille Giguère 1944 - 2026 Sainte-Marie
read-more|Voir tous les avis de décès
flyers|Circulaires de la semaine
flyers|Consultez les circulaires de vos marchands de la Beauce
jobs|Emplois en Beauce
jobs|Opérateur de machine CNC - Saint-Georges
jobs|Préposé(e) aux bénéficiaires - Beauceville
newsletter|Abonnez-vous à notre infolettre
newsletter|Recevez chaque matin les nouvelles de la Beauce dans votre boîte courriel.
newsletter|Votre courriel
newsletter|Je m'abonne
push|Beauce Média souhaite vous envoyer des notifications.
push|Non merci
push|Autoriser
footer|À propos
footer|Notre équipe
footer|Nous joindre
footer|Publicité
footer|Politique de confidentialité
footer|Conditions d'utilisation
network|Beauce Média fait partie du réseau Médias Chaudière-Appalaches
copyright|© 2026 Beauce Média. Tous droits réservés.
footer|Conception web : Studio Kennebec
"""),
 dict(id="beauce-media-style-2", site="beauce-media-style", lang="fr", sep="\n", title="Saint-Joseph-de-Beauce : Structures Rodrigue investit 28 M$ et créera 60 emplois", date="2026-02-24", page="""
clock|Mardi 24 février 2026
weather|Saint-Georges -9 °C Ensoleillé
ticker|Rivière Chaudière - station Saint-Georges : 1,12 m ▼ Normal
tip|Soumettre une nouvelle
contact|Nous joindre
ad|Annoncer avec nous
logo|Beauce Média
logo|L'information de chez nous
menu|Accueil
menu|Actualités
menu|Faits divers
menu|Économie
menu|Sports
menu|Culture
menu|Chroniques
menu|Avis de décès
menu|Emplois
menu|Concours
menu|Circulaires
search|Rechercher
section-label|Économie
section-label|Saint-Joseph-de-Beauce
h1|Saint-Joseph-de-Beauce : Structures Rodrigue investit 28 M$ et créera 60 emplois
lead|Le fabricant de charpentes d'acier agrandira son usine du parc industriel de Saint-Joseph-de-Beauce pour y installer une ligne de production robotisée. Les travaux débuteront en mai.
byline|Par Samuel Vachon
dateline|24 février 2026 - 14 h 05
share|Partager
share|Facebook
share|Messenger
share|Courriel
share|Copier le lien
caption|Le président de Structures Rodrigue, Alain Rodrigue (au centre), entouré d'élus et de membres de la direction lors de l'annonce, lundi.
credit|Photo : Courtoisie
p|C'est une bonne nouvelle pour l'économie de la Nouvelle-Beauce et de Robert-Cliche. Structures Rodrigue, une entreprise familiale fondée en 1974, a annoncé lundi un investissement de 28 millions de dollars pour agrandir son usine de Saint-Joseph-de-Beauce.
p|L'agrandissement de 4 200 mètres carrés accueillera une nouvelle ligne de découpe et de soudage robotisée, qui permettra à l'entreprise de presque doubler sa capacité de production de poutres et de colonnes destinées au marché commercial et institutionnel.
p|« On refuse des contrats depuis deux ans parce qu'on n'a plus d'espace », a confié le président, Alain Rodrigue, petit-fils du fondateur. « Nos clients sont au Québec, en Ontario et de plus en plus dans le nord-est des États-Unis. Il fallait faire le saut. »
ad|Publicité
h2|Soixante postes à pourvoir
p|L'entreprise, qui compte actuellement 185 employés, prévoit embaucher une soixantaine de personnes d'ici 2028 : des soudeurs, des assembleurs, des techniciens en génie mécanique et des opérateurs de robots.
p|Comme beaucoup d'employeurs de la région, elle fait face à une pénurie de main-d'œuvre. Elle mise sur un partenariat avec le Centre de formation professionnelle Pozer, à Saint-Georges, pour former une cohorte de soudeurs directement en usine à partir de l'automne.
p|« La robotisation ne remplace pas nos gens, elle les rend plus productifs et elle rend le travail moins dur physiquement », a insisté le directeur des opérations, Steve Gilbert.
read-also|À lire également : Pénurie de main-d'œuvre : 1 800 postes vacants en Beauce, selon la Chambre de commerce
h2|Un appui de Québec
p|Le projet bénéficie d'un prêt de 7 millions de dollars d'Investissement Québec et d'une contribution non remboursable de 1,2 million du programme d'aide à la productivité. Le député de la circonscription, présent à l'annonce, a salué « une entreprise qui fait rayonner le savoir-faire beauceron ».
p|La mairesse de Saint-Joseph-de-Beauce, Chantal Fortin, s'est réjouie de voir l'entreprise rester dans sa municipalité. « Structures Rodrigue aurait pu s'installer ailleurs. Elle a choisi de grandir ici, et ça, ça compte pour nous », a-t-elle déclaré.
p|Les travaux doivent commencer en mai et la nouvelle ligne devrait être en service au printemps 2027.
p|Selon la Chambre de commerce de Saint-Georges, l'annonce s'ajoute à une dizaine de projets d'agrandissement industriels lancés en Beauce depuis un an, pour des investissements totaux dépassant 150 millions de dollars. « Nos entreprises manufacturières continuent d'investir malgré l'incertitude commerciale avec les États-Unis, c'est un signal très encourageant », a commenté sa directrice générale, Isabelle Poulin.
p|Structures Rodrigue tiendra une journée portes ouvertes pour les chercheurs d'emploi le samedi 14 mars, de 9 h à 15 h, à son usine de la rue du Parc-Industriel. Les candidats sont invités à apporter leur curriculum vitæ.
rating|Cet article vous a-t-il été utile ?
rating|👍 Oui
rating|👎 Non
comments|2 commentaires
comments|Trier par : Les plus anciens
comments|Ajouter un commentaire...
comments|Réjean Maheux
comments|Bravo à la famille Rodrigue, une belle entreprise de chez nous !
comments|J'aime · Répondre · 3 j
comments|Nathalie Grondin
comments|Est-ce qu'ils engagent des étudiants pour l'été ?
comments|J'aime · Répondre · 2 j
comments|Plug-in Commentaires Facebook
related|À lire aussi
related|Saint-Georges : le parc industriel Ouest affiche complet
related|20 février 2026
related|Vallée-Jonction : la fromagerie agrandit sa boutique
related|17 février 2026
related|Sainte-Marie : une entreprise de portes et fenêtres supprime 25 postes
related|12 février 2026
obituary|Avis de décès
obituary|Marcel Doyon 1942 - 2026 Saint-Joseph-de-Beauce
obituary|Jeannine Cliche Veilleux 1935 - 2026 Saint-Georges
read-more|Voir tous les avis de décès
contest|Concours
contest|Gagnez deux billets pour le Festival des sucres de Saint-Théophile
jobs|Emplois en Beauce
jobs|Soudeur / soudeuse - Saint-Joseph-de-Beauce
jobs|Technicien(ne) comptable - Sainte-Marie
newsletter|Abonnez-vous à notre infolettre
newsletter|Recevez chaque matin les nouvelles de la Beauce dans votre boîte courriel.
newsletter|Votre courriel
newsletter|Je m'abonne
footer|À propos
footer|Notre équipe
footer|Nous joindre
footer|Publicité
footer|Politique de confidentialité
footer|Conditions d'utilisation
network|Beauce Média fait partie du réseau Médias Chaudière-Appalaches
copyright|© 2026 Beauce Média. Tous droits réservés.
footer|Conception web : Studio Kennebec
"""),
 dict(id="bvi-beacon-style-1", site="bvi-beacon-style", lang="en", sep="\n", title="House passes vacation rental bill after late-night debate", date="2026-02-19", page="""
skip-link|Skip to content
clock|Thursday, February 19, 2026
weather|Road Town 81°F Partly Cloudy
epaper|E-Edition
account|Subscribe
account|Log In
logo|The BVI Beacon
logo|Serving the Virgin Islands since 1984
menu|News
menu|Opinion
menu|Features
menu|Sports
menu|Marine
menu|Business
menu|Obituaries
menu|Classifieds
menu|Legal Notices
menu|Contact Us
search|Search
ad|ADVERTISEMENT
ad|FirstCaribe Bank - Home loans for Virgin Islanders - Apply today
section-label|News
h1|House passes vacation rental bill after late-night debate
byline|By ELLISON PENN
byline|Staff Writer
dateline|February 19, 2026
font|A-
font|A+
print|Print
share|Facebook
share|Tweet
share|WhatsApp
share|Email this story
caption|Tourism Minister Keturah Frett-Penn presents the Short-Term Rental Registration Bill in the House of Assembly on Feb. 12. (Photo: GIS)
p|After more than nine hours of debate that stretched past midnight, the House of Assembly last Thursday passed a bill requiring every villa, apartment and room rented to visitors for less than 30 days to be registered with the BVI Tourist Board.
p|The Short-Term Rental Registration Bill, 2026, passed with nine votes in favour. Four opposition members abstained and one was absent. It now goes to the governor for assent.
p|Tourism Minister Keturah Frett-Penn, who tabled the bill in December, said the territory has "no idea" how many short-term rentals are operating. Estimates by the Tourist Board range from 1,100 to more than 2,000 units listed on booking platforms.
p|"We cannot plan for tourism, for water, for roads, for housing, if we do not know how many beds we have," she told members. "This is not about punishing anybody. It is about counting."
paywall|You have read 2 of 4 free articles this month.
paywall|Subscribe for unlimited access - $9.99 a month
h2|What the bill requires
p|Under the bill, owners and operators will have six months from the date the law takes effect to register. They will have to:
li|obtain a trade licence for the property and display the registration number on every online listing;
li|collect the 10 percent accommodation tax from guests and remit it monthly;
li|pass a fire and health inspection every two years;
li|keep a register of guests, which must be produced on request.
p|Operators who fail to register could face fines of up to $10,000 for a first offence and $25,000 for later offences. Booking platforms that continue to list unregistered properties after a warning could also be fined, though members questioned how that clause would be enforced against companies based overseas.
ad|ADVERTISEMENT
h2|Opposition concerns
p|Opposition members said they supported registration in principle but warned that the fees and inspection rules could push small operators out of business.
p|"The people renting one apartment under their house on Jost Van Dyke or in Long Look are not hotel chains," one opposition representative said during the debate. "Some of them put their children through school with that one apartment. We must not make it so expensive that they give up."
p|The minister responded that the registration fee would be set by regulation and would be "modest," and that a one-year grace period for inspections had been added to the bill at the committee stage.
p|Several members also raised the effect of short-term rentals on housing. Residents and public officers have complained for years that long-term rents in Road Town and East End have risen sharply as landlords turn apartments over to visitors.
p|Ms. Frett-Penn said the data gathered through registration would help the government decide whether further measures are needed, including possible limits in some areas.
h2|Operators react
p|Dawn Malone, who manages eight villas on Virgin Gorda, said she welcomed the bill but hoped the registration process would be simple. "Most of us already pay our taxes," she told the Beacon. "If this levels the playing field with the people who don't, good. But don't send me to five different offices."
p|The Tourist Board said an online registration portal is being built and should be ready by the time the law comes into force.
tags|Tags: House of Assembly, Tourism, Short-term rentals, Legislation
nav|Previous article
nav|Premier's office confirms new date for constitutional talks
nav|Next article
nav|Cane Garden Bay road closed for drainage works
related|Related Articles
related|Tourist Board to launch villa marketing campaign in Canada
related|Landlords, tenants spar over proposed rent rules
related|Editorial: Count the beds, then plan
comments|Leave a Reply
comments|Your email address will not be published. Required fields are marked *
comments|Comment *
comments|Name *
comments|Email *
comments|Website
comments|Save my name, email, and website in this browser for the next time I comment.
comments|Post Comment
most-read|Most Popular
most-read|Man charged in Sea Cows Bay stabbing
most-read|Ferry operators seek fare increase
most-read|Police seize 300 pounds of cocaine off Anegada
teaser-list|House passes vacation rental bill after late-night debate
epaper|Latest Issue
epaper|Feb. 19, 2026 - Read the digital edition
notices|Legal Notices
notices|In the Eastern Caribbean Supreme Court, High Court of Justice, Virgin Islands - Notice of Application for Letters of Administration
read-more|View all notices
tip|Have a news tip? Email news@bvibeacon.vg
tip|Submit a Letter to the Editor
footer|About Us
footer|Advertise
footer|Subscribe
footer|Classifieds
footer|Privacy Policy
footer|Terms of Use
contact|The BVI Beacon, Road Town, Tortola, British Virgin Islands VG1110
contact|Tel: (284) 494-3434
copyright|© 2026 The BVI Beacon. All rights reserved.
back-to-top|Back to top ↑
"""),
 dict(id="bvi-beacon-style-2", site="bvi-beacon-style", lang="en", sep="\n", title="Cruise calls drop as lines skip Road Town over pier delays", date="2026-03-26", page="""
skip-link|Skip to content
clock|Thursday, March 26, 2026
weather|Road Town 83°F Sunny
epaper|E-Edition
account|Subscribe
account|Log In
logo|The BVI Beacon
logo|Serving the Virgin Islands since 1984
menu|News
menu|Opinion
menu|Features
menu|Sports
menu|Marine
menu|Business
menu|Obituaries
menu|Classifieds
menu|Legal Notices
menu|Contact Us
search|Search
ad|ADVERTISEMENT
ad|Island Fuel & Marine - Fill up at Nanny Cay and Soper's Hole
section-label|Business
section-label|Tourism
h1|Cruise calls drop as lines skip Road Town over pier delays
lead|Cruise passenger arrivals fell 11 percent in the first quarter, and industry officials say the unfinished pier extension is one reason.
byline|By MIRANDA THOMAS
byline|Beacon Contributor
dateline|March 26, 2026
dateline|Updated March 27, 2026
font|A-
font|A+
print|Print
share|Facebook
share|Tweet
share|WhatsApp
share|Email this story
caption|A cruise ship is berthed at the Road Town pier on March 18, one of only three ships in port that week.
credit|Photo: MIRANDA THOMAS
p|Fewer cruise ships are calling at Road Town this season, and those that do are bringing fewer passengers ashore, according to figures released last week by the BVI Ports Authority.
p|Between January and March, the territory recorded 312,400 cruise passenger arrivals, down from about 351,000 in the same period last year. The number of ship calls fell from 148 to 127.
section-label|BY THE NUMBERS
li|312,400 cruise passengers, January to March 2026
li|127 ship calls, down from 148
li|21 calls cancelled or moved to other ports
li|$4.2 million estimated head-tax and port-fee revenue
p|Ports Authority officials said 21 scheduled calls had been cancelled or moved, mostly by two large lines that shifted ships to St. Thomas and St. Maarten.
p|"We were told plainly that the lines want certainty on the berth," said a senior Ports Authority official who was not authorised to speak publicly. "The larger ships cannot tie up safely while the extension works are still going on."
ad|ADVERTISEMENT
h2|Pier work behind schedule
p|The extension of the cruise pier, meant to allow two of the largest class of cruise ships to berth at the same time, was due to be finished last November. Contractors now expect the work to be completed in August, before the start of the 2026-2027 season.
p|The delay has been blamed on late deliveries of steel piling and on weather. The project, financed by a loan from a regional development bank, has also gone over budget, though the Ports Authority has not said by how much.
p|Members of the opposition have called for the full cost to be made public. The minister responsible for ports told the House of Assembly this month that an update would be tabled "shortly."
h2|Vendors feel the pinch
p|At the Road Town craft market, vendors said the drop was obvious. "Some Tuesdays we used to have three, four ships. Now sometimes there's none," said Lorna Smith, who has sold handmade jewellery at the market for 15 years. "You pay your rent for the booth the same."
p|Taxi operators said they had also seen less business, especially on the day-trip runs to Cane Garden Bay and The Baths.
p|BVI Tourist Board Director Kendra Wheatley said overnight visitor numbers, which bring in far more spending per person, had held up. Hotel and villa arrivals rose 4 percent in January and February. "Cruise matters for our vendors and taxi men, and we are working with the lines to bring them back," she said. "But our overnight market is strong."
p|The Ports Authority said it expects at least two lines to resume regular calls once the pier extension is finished.
correction|Correction: An earlier version of this story misstated the number of ship calls in the first quarter of 2025. It was 148.
tags|Tags: Cruise, Ports Authority, Tourism, Road Town
nav|Previous article
nav|Anegada conch season closes early
nav|Next article
nav|HLSCC graduates first class of marine engineers
related|Related Articles
related|Ports Authority board reshuffled
related|Cruise pier extension cost questioned in House
related|Letter: Our vendors deserve better
comments|2 thoughts on "Cruise calls drop as lines skip Road Town over pier delays"
comments|Tortola Resident
comments|March 26, 2026 at 7:14 am
comments|This pier was supposed to be done in 2024. Who is accountable?
comments|Reply
comments|VG Boater
comments|March 26, 2026 at 9:52 am
comments|Fewer cruise ships is not all bad for the reefs.
comments|Reply
comments|Leave a Reply
comments|Your email address will not be published. Required fields are marked *
comments|Post Comment
most-read|Most Popular
teaser-list|Cruise calls drop as lines skip Road Town over pier delays
most-read|Water outages hit East End for third week
most-read|Magistrate jails man for boat theft
epaper|Latest Issue
epaper|March 26, 2026 - Read the digital edition
classifieds|Classifieds
classifieds|FOR RENT: 2 bed, 1 bath apartment, Sea Cows Bay, $1,800/month. Call 340-1122
classifieds|WANTED: Experienced boat captain, Virgin Gorda. Send CV to hr@islandcharters.vg
tip|Have a news tip? Email news@bvibeacon.vg
tip|Submit a Letter to the Editor
footer|About Us
footer|Advertise
footer|Subscribe
footer|Classifieds
footer|Privacy Policy
footer|Terms of Use
contact|The BVI Beacon, Road Town, Tortola, British Virgin Islands VG1110
contact|Tel: (284) 494-3434
copyright|© 2026 The BVI Beacon. All rights reserved.
back-to-top|Back to top ↑
"""),
 dict(id="grenada-informer-style-1", site="grenada-informer-style", lang="en", sep="\n", title="Nutmeg farmers to receive $3.1 million surplus payment before Easter", date="2026-03-13", page="""
clock|Friday, March 13, 2026
account|Sign in / Join
social|Facebook
social|Instagram
social|Youtube
logo|Grenada Informer
logo|The People's Paper since 1985
menu|HOME
menu|LOCAL NEWS
menu|REGIONAL
menu|INTERNATIONAL
menu|SPORTS
menu|ENTERTAINMENT
menu|EDITORIAL
menu|LETTERS
menu|OBITUARIES
menu|E-PAPER
menu|CONTACT US
search|Search
breaking|TRENDING NOW
breaking|Two charged following Grenville robbery
ad|- Advertisement -
ad|GRENLEC - Save energy, save money. Switch to LED today
breadcrumb|Home Local News
section-label|Local News
h1|Nutmeg farmers to receive $3.1 million surplus payment before Easter
byline|By Shermel Antoine - March 13, 2026
views|0
views|187
share|Facebook Twitter WhatsApp Pinterest Linkedin
caption|Nutmeg drying at the GCNA processing station in Gouyave. (File photo)
p|ST. GEORGE'S, Grenada - Nutmeg farmers across the state of Grenada will receive a surplus payment totalling EC$3.1 million before the Easter holidays, the Grenada Cooperative Nutmeg Association (GCNA) has announced.
p|The payment, the largest in almost a decade, follows a year of strong prices for Grenada's nutmeg and mace on the European and North American markets. It will be shared among more than 4,500 registered farmers according to the quantities each delivered to the association's receiving stations during the 2024-2025 crop year.
p|Speaking at a press conference at the GCNA's head office in St George's on Tuesday, the chairman of the board, Lennox Charles, said the association was pleased to share the good results with the people who produce the crop. "The farmer is the backbone of this association. When the market is good, the farmer must feel it in his pocket," he said.
ad|- Advertisement -
p|Mr Charles said the payment would be made in two parts:
li|an advance of EC$0.90 per pound of green nutmeg delivered, to be paid from March 25 at all receiving stations;
li|a further payment on mace deliveries, to be paid from April 1.
p|Farmers are asked to bring their membership cards and a valid form of identification. Those who wish to receive the payment directly in their bank or credit union accounts have until March 20 to submit their details.
h2|Production still below pre-Ivan levels
p|While welcoming the payment, farmers noted that production is still far below what the island produced before Hurricane Ivan devastated the industry in 2004, and before Hurricane Beryl damaged many trees in Carriacou and the north of the mainland in 2024.
p|"The price is good, but I have only half the trees I had," said Alvin Noel, a farmer from Mt Horne in St Andrew. "A lot of young people don't want to go in the field. If we want the nutmeg to come back, we need more help to replant."
p|The GCNA said it has distributed more than 60,000 nutmeg seedlings over the past three years and plans to distribute another 15,000 this year with support from the Ministry of Agriculture. General manager Nicole Baptiste said the association is also working on plans to add value to the crop, including nutmeg oil and other products.
p|"We cannot only sell raw nutmeg forever. The money is in what you make from the nutmeg," she said.
h2|Board elections
p|The association also reminded members that elections for the area boards will be held in May. Nominations close on April 15.
tags|TAGS
tags|agriculture
tags|GCNA
tags|nutmeg
share|Facebook Twitter WhatsApp Pinterest Linkedin
share|Share this:
share|Click to share on Facebook (Opens in new window)
share|Click to share on WhatsApp (Opens in new window)
print|Click to print (Opens in new window)
like|Like this:
like|Like Loading...
nav|Previous article
nav|Carriacou Maroon Festival dates announced
nav|Next article
nav|Police appeal for witnesses in Grand Anse accident
related|RELATED ARTICLES
related|MORE FROM AUTHOR
related|Cocoa farmers call for better prices
related|Ministry launches farm road rehabilitation programme
related|Banana production to get boost from new plantlets
comments|LEAVE A REPLY Cancel reply
comments|Please enter your comment!
comments|Please enter your name here
comments|You have entered an incorrect email address!
comments|Please enter your email address here
comments|Save my name, email, and website in this browser for the next time I comment.
comments|Post Comment
teaser-list|Latest News
teaser-list|Two charged following Grenville robbery
teaser-list|March 12, 2026
teaser-list|Teachers' union meets Ministry on salary arrears
teaser-list|March 12, 2026
teaser-list|Spice Basket to host under-17 football finals
teaser-list|March 11, 2026
obituary|DEATH ANNOUNCEMENTS
obituary|Death announcement of Mrs Veronica Joseph of La Tante, St David
obituary|Death announcement of Mr Cuthbert Bartholomew of Sauteurs, St Patrick
about|ABOUT US
about|The Grenada Informer is a weekly newspaper published every Friday in St George's, Grenada.
contact|Contact us: info@grenadainformer.gd
social|FOLLOW US
footer|Privacy Policy
footer|Advertise
footer|Contact
copyright|© Grenada Informer 2026 - All rights reserved
"""),
 dict(id="grenada-informer-style-2", site="grenada-informer-style", lang="en", sep="\n", title="Carriacou households to get 40 water tanks under drought relief project", date="2026-04-24", page="""
clock|Friday, April 24, 2026
account|Sign in / Join
social|Facebook
social|Instagram
social|Youtube
logo|Grenada Informer
logo|The People's Paper since 1985
menu|HOME
menu|LOCAL NEWS
menu|REGIONAL
menu|INTERNATIONAL
menu|SPORTS
menu|ENTERTAINMENT
menu|EDITORIAL
menu|LETTERS
menu|OBITUARIES
menu|E-PAPER
menu|CONTACT US
search|Search
breaking|TRENDING NOW
breaking|NAWASA announces water schedule for St David
ad|- Advertisement -
ad|Republic Bank - Your dream home starts here
breadcrumb|Home Local News Carriacou
section-label|Carriacou
h1|Carriacou households to get 40 water tanks under drought relief project
byline|By Informer Reporter - April 24, 2026
views|0
views|96
share|Facebook Twitter WhatsApp Pinterest Linkedin
caption|Officials of the Ministry of Carriacou and Petite Martinique Affairs inspect one of the new tanks at Harvey Vale.
credit|Photo: GIS
p|Forty vulnerable households in Carriacou and Petite Martinique will each receive a 600-gallon water storage tank as part of a drought relief project launched this week by the Ministry of Carriacou and Petite Martinique Affairs.
p|The project, valued at EC$185,000, is funded by a regional climate resilience programme and will also provide guttering and first-flush systems, so that families can collect and store rainwater from their roofs during the rainy season.
p|The sister isles have faced serious water shortages since the start of the year. Rainfall in Carriacou between January and March was less than half the usual amount, and many residents who depend on cisterns have been forced to buy water from trucks at high cost.
ad|- Advertisement -
h2|Who will benefit
p|The ministry said beneficiaries were selected with the help of community groups and the social development office. Priority was given to:
li|elderly persons living alone;
li|households with persons with disabilities;
li|single-parent households with young children;
li|households whose cisterns were damaged during Hurricane Beryl and not yet repaired.
p|Speaking at the launch at Harvey Vale on Tuesday, the Permanent Secretary in the ministry, Andrea Roberts-Mitchell, said the tanks would make a real difference to families who have struggled for months. "Water is life. In Carriacou we know that better than anybody," she said. "This is one step, and we will continue to look for partners to do more."
p|Installation is expected to be completed by the end of May, before the start of the rainy season. Each household will also receive training on how to keep the water clean and safe to drink.
h2|Desalination plant upgrade
p|Residents at the launch raised concerns about the reliability of the island's desalination plant, which has broken down several times this year. An official of the National Water and Sewerage Authority (NAWASA) said new equipment had been ordered and should arrive in June.
p|"We understand the frustration of the people," the official said. "We are doing everything possible to keep the water running in the meantime."
p|Farmers in the sister isles have also been hit hard by the dry conditions. The Ministry of Agriculture said last month that pigeon peas and corn planted in Carriacou had largely failed, and livestock farmers in Petite Martinique have been forced to reduce their herds because of the shortage of water and feed.
p|The Minister for Carriacou and Petite Martinique Affairs, who toured several of the selected homes on Tuesday, said the government is also exploring a programme to help households repair old cisterns, many of which were built decades ago and leak badly. "A tank is good, but a cistern that holds water is better," the minister said.
p|Persons who wish to find out more about the project are asked to contact the Ministry of Carriacou and Petite Martinique Affairs at Beausejour.
signature|(GIS)
tags|TAGS
tags|Carriacou
tags|drought
tags|Petite Martinique
tags|water
share|Facebook Twitter WhatsApp Pinterest Linkedin
share|Share this:
share|Click to share on Facebook (Opens in new window)
share|Click to share on WhatsApp (Opens in new window)
print|Click to print (Opens in new window)
like|Like this:
like|Like Loading...
nav|Previous article
nav|Grenada to host OECS youth parliament
nav|Next article
nav|Fisherman missing off Gouyave
related|RELATED ARTICLES
related|MORE FROM AUTHOR
related|Petite Martinique jetty repairs to start in June
related|Carriacou Regatta returns this summer
related|Farmers in the sister isles count drought losses
comments|LEAVE A REPLY Cancel reply
comments|Please enter your comment!
comments|Please enter your name here
comments|You have entered an incorrect email address!
comments|Please enter your email address here
comments|Save my name, email, and website in this browser for the next time I comment.
comments|Post Comment
teaser-list|Latest News
teaser-list|NAWASA announces water schedule for St David
teaser-list|April 23, 2026
teaser-list|Grenada Boys' Secondary School wins debate championship
teaser-list|April 22, 2026
teaser-list|Court adjourns murder trial to June
teaser-list|April 22, 2026
obituary|DEATH ANNOUNCEMENTS
obituary|Death announcement of Mr Leroy Compton of Hillsborough, Carriacou
obituary|Death announcement of Mrs Agatha Francis of Morne Jaloux, St George
about|ABOUT US
about|The Grenada Informer is a weekly newspaper published every Friday in St George's, Grenada.
contact|Contact us: info@grenadainformer.gd
social|FOLLOW US
footer|Privacy Policy
footer|Advertise
footer|Contact
copyright|© Grenada Informer 2026 - All rights reserved
"""),
]
