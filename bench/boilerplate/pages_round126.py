# Round 126: eight pages on four more layouts (a Québec North Shore French-language weekly, a Mauritanian
# French-language daily, a Solomon Islands English-language daily, a Belize English-language weekly), written blind:
# without looking at the classifier, its rules or the benchmark. Each line: "label|text". Invented text; no real
# article is copied.
ROUND126 = [
 dict(id="lavenir-cote-nord-style-1", site="lavenir-cote-nord-style", lang="fr", sep="\n", title="Garderies : une quarantaine de familles de Baie-Comeau toujours sans place, des parents renoncent à travailler", date="2026-02-11", page="""
skip-link|Aller au contenu principal
timestamp|mercredi 11 février 2026
weather|Baie-Comeau ☁ -14 °C
account|Se connecter
donate|Je soutiens le journalisme local
menu|Le Phare de la Côte-Nord
menu|L'hebdo de Manicouagan et de la Haute-Côte-Nord depuis 1972
menu|Actualités
menu|Économie
menu|Sports
menu|Culture
menu|Chroniques
menu|Opinions
menu|Avis de décès
menu|Emplois
menu|Circulaires
menu|Journal numérique
search|Rechercher
newsletter|Meta bloque l'accès aux nouvelles sur Facebook et Instagram au Canada. Pour ne rien manquer, abonnez-vous à notre infolettre !
newsletter|Je m'abonne
breadcrumb|Accueil › Actualités › Baie-Comeau
section-label|ACTUALITÉS
h1|Garderies : une quarantaine de familles de Baie-Comeau toujours sans place, des parents renoncent à travailler
lead|Malgré l'ouverture annoncée de deux installations, la liste d'attente pour une place subventionnée ne fond pas à Baie-Comeau. Des mères racontent avoir dû refuser un emploi, faute de solution de garde.
byline|Par Jean-Philippe Boudreault
byline|Initiative de journalisme local
dateline|Publié le 11 février 2026 à 6 h 00
dateline|Mis à jour le 11 février 2026 à 9 h 47
reading-time|⏱ Temps de lecture : 4 min
share|Partager
share|Facebook
share|Messenger
share|Courriel
share|Copier le lien
caption|Le CPE Les Petits Goélands, dans le secteur Mingan, affiche complet depuis son ouverture en 2022.
credit|Photo Le Phare – Jean-Philippe Boudreault
p|Audrey Gagnon avait tout prévu. Son congé parental se terminait à la mi-janvier, son employeur, une entreprise de services forestiers de Baie-Comeau, l'attendait, et sa fille de 13 mois était inscrite depuis sa naissance au guichet unique La Place 0-5. Le 12 janvier, elle a pourtant dû appeler son patron pour lui annoncer qu'elle ne reviendrait pas.
p|« On m'a dit que j'étais 27e sur la liste pour le secteur Marquette. Vingt-septième. J'ai appelé toutes les garderies en milieu familial de la ville, il n'y avait rien avant l'automne », raconte la jeune mère, qui a finalement démissionné.
p|Son cas n'est pas isolé. Selon les données compilées par le comité famille de la Ville de Baie-Comeau, 41 enfants de moins de cinq ans attendaient une place en date du 1er février, dont une vingtaine depuis plus de six mois. À l'échelle de la MRC de Manicouagan, le total dépasse la soixantaine.
ad|PUBLICITÉ
ad|Déneigement Côté & fils – Contrats résidentiels et commerciaux – 418 555-0192
h2|Deux projets, mais pas avant 2027
p|Le ministère de la Famille a pourtant confirmé l'automne dernier le financement de deux nouvelles installations : un CPE de 80 places près du cégep et une garderie subventionnée de 52 places dans le secteur Mingan. Or, ni l'un ni l'autre n'ouvrira avant le printemps 2027, le premier attendant toujours la fin des appels d'offres.
p|« Entre l'annonce et la première couche changée, il se passe trois ans. C'est ça, la réalité en région », résume Nathalie Imbeault, directrice générale d'un CPE du secteur ouest, qui dit recevoir « au moins deux appels par jour » de parents désespérés.
read-also|À LIRE AUSSI : Main-d'œuvre : les entreprises de la Manicouagan ont affiché plus de 900 postes en 2025
p|Le manque de personnel qualifié complique aussi les choses. Deux installations existantes fonctionnent actuellement sous leur capacité, faute d'éducatrices. « J'ai des locaux pour 15 poupons de plus, mais personne pour s'en occuper », confie la directrice.
section-label|EN CHIFFRES
li|41 enfants en attente d'une place à Baie-Comeau au 1er février
li|132 places subventionnées promises dans la ville d'ici 2027
li|2 installations qui tournent sous leur capacité faute de personnel
h2|Les employeurs s'inquiètent
p|La situation inquiète aussi les employeurs, qui peinent déjà à recruter. À la Chambre de commerce de Manicouagan, on estime que la pénurie de places freine l'arrivée de jeunes familles, pourtant courtisées par l'aluminerie, le centre hospitalier et les commerces.
p|« On fait venir des gens de Montréal ou de l'étranger, on leur trouve un logement avec difficulté, et ensuite on leur dit qu'il n'y a pas de garderie. Ça ne tient pas », déplore le président de l'organisme, Mathieu Lavoie.
p|La Ville dit avoir offert au ministère un terrain municipal pour accélérer l'un des projets et envisage de soutenir la formation d'éducatrices en milieu familial. Le maire doit rencontrer les responsables régionaux du ministère à la fin du mois.
p|En attendant, Audrey Gagnon garde sa fille à la maison. « Je ne regrette pas de passer du temps avec elle, précise-t-elle. Mais ce n'est pas un choix. Et on est nombreuses dans cette situation-là. »
funding-note|Ce contenu est produit dans le cadre de l'Initiative de journalisme local, financée par le gouvernement du Canada.
funding-note|Avec la participation financière du gouvernement du Canada
tags|Mots-clés :
tags|Baie-Comeau
tags|CPE
tags|Famille
tags|Main-d'œuvre
tip|Vous avez une nouvelle à nous signaler ? Écrivez-nous à redaction@lepharecotenord.ca
comments|Commentaires
comments|Les commentaires sont modérés. Ils doivent être signés de votre nom complet. Le Phare se réserve le droit de ne pas publier les propos injurieux.
comments|Connectez-vous pour commenter
related|Vous aimerez aussi
related|Logement : le taux d'inoccupation remonte légèrement à Baie-Comeau
related|Il y a 3 jours
related|Pessamit inaugure son nouveau centre de la petite enfance
related|Il y a 2 semaines
related|Budget 2026 : la Ville de Baie-Comeau gèle le compte de taxes résidentiel
related|21 janvier 2026
epaper|Notre édition de la semaine
epaper|Feuilletez le journal du 11 février 2026
obituary|AVIS DE DÉCÈS RÉCENTS
obituary|Mme Thérèse Lévesque (née Bouchard)
obituary|1936 - 2026
obituary|Pointe-Lebel
obituary|M. Réal Tremblay
obituary|1949 - 2026
obituary|Chute-aux-Outardes
obituary|Voir tous les avis
jobs|Offres d'emploi dans la région
jobs|Préposé(e) à l'entretien – Centre de services scolaire de l'Estuaire
jobs|Commis comptable – Pourvoirie du Lac Bouchard
jobs|Voir toutes les offres
flyers|Circulaires de la semaine
flyers|Voir toutes les circulaires
network|Les Hebdos du Fleuve
network|Le Phare de la Côte-Nord · L'Écho de Sept-Îles · Le Courrier de la Haute-Côte-Nord · La Vigie du Bas-Saint-Laurent
footer|Nous joindre
footer|Publicité
footer|Notre équipe
footer|Politique de confidentialité
footer|Conditions d'utilisation
footer|Membre du Conseil de presse du Québec
copyright|© 2026 Le Phare de la Côte-Nord. Tous droits réservés.
cookie|Nous utilisons des témoins de navigation (cookies) pour améliorer votre expérience et mesurer l'audience, conformément à la Loi 25.
cookie|Tout accepter
cookie|Tout refuser
cookie|Personnaliser
"""),
 dict(id="lavenir-cote-nord-style-2", site="lavenir-cote-nord-style", lang="fr", sep="\n", title="Crabe des neiges : les pêcheurs de la Haute-Côte-Nord encaissent une baisse de quota de 18 %", date="2026-03-25", page="""
skip-link|Aller au contenu principal
timestamp|mercredi 25 mars 2026
weather|Baie-Comeau ☀ 2 °C
account|Se connecter
donate|Je soutiens le journalisme local
menu|Le Phare de la Côte-Nord
menu|L'hebdo de Manicouagan et de la Haute-Côte-Nord depuis 1972
menu|Actualités
menu|Économie
menu|Sports
menu|Culture
menu|Chroniques
menu|Opinions
menu|Avis de décès
menu|Emplois
menu|Circulaires
menu|Journal numérique
search|Rechercher
newsletter|Meta bloque l'accès aux nouvelles sur Facebook et Instagram au Canada. Pour ne rien manquer, abonnez-vous à notre infolettre !
newsletter|Je m'abonne
breadcrumb|Accueil › Économie › Pêches
section-label|ÉCONOMIE
h1|Crabe des neiges : les pêcheurs de la Haute-Côte-Nord encaissent une baisse de quota de 18 %
byline|Par Sophie Tremblay-Morin
dateline|Publié le 25 mars 2026 à 14 h 30
reading-time|⏱ Temps de lecture : 3 min
share|Partager
share|Facebook
share|Messenger
share|Courriel
share|Copier le lien
caption|Des casiers à crabe entreposés sur le quai des Escoumins, à quelques semaines de l'ouverture de la saison.
credit|Photo archives Le Phare
p|Les crabiers de la Haute-Côte-Nord devront se contenter de moins cette année. Pêches et Océans Canada a confirmé lundi une réduction de 18 % du total autorisé des captures de crabe des neiges dans la zone 17, qui couvre l'estuaire entre Tadoussac et Baie-Comeau.
p|Le quota passe ainsi d'environ 1 340 à 1 100 tonnes, une deuxième baisse en trois ans. La saison doit s'ouvrir vers la mi-avril, selon l'état des glaces.
p|« On s'y attendait un peu, mais ça fait mal quand même », lance Denis Girard, capitaine d'un crabier basé aux Escoumins depuis vingt-deux ans. « Le diesel n'a pas baissé, les assurances non plus, et là on nous enlève presque un cinquième de la pêche. »
h2|Moins de petits crabes
p|Selon le ministère, la décision s'appuie sur le dernier relevé scientifique, qui montre une baisse de l'abondance des jeunes crabes appelés à atteindre la taille commerciale d'ici deux à trois ans. Les biologistes évoquent notamment le réchauffement des eaux profondes de l'estuaire, défavorable à l'espèce.
p|Les crabes de taille commerciale restent pour l'instant nombreux, ce que les pêcheurs ne manquent pas de souligner. « Sur l'eau, on en voit, du crabe. On a l'impression que les relevés ne reflètent pas ce qu'on vit », estime Denis Girard.
ad|PUBLICITÉ
ad|Marine Forestville – Moteurs hors-bord, pièces et entretien – Ouvert le samedi
p|L'Association des crabiers de l'estuaire, qui regroupe une trentaine d'entreprises, réclame que le ministère revoie sa méthode et augmente le nombre de stations d'échantillonnage. Elle demande aussi une rencontre avec la ministre d'ici l'ouverture de la saison.
read-also|À LIRE AUSSI : Usine de transformation de Forestville : 40 emplois saisonniers à pourvoir
h2|Effet sur les usines
p|La baisse touchera aussi les usines de transformation de la région, qui emploient plusieurs centaines de travailleurs saisonniers, dont de nombreux travailleurs étrangers temporaires. Une saison plus courte pourrait compliquer l'accès à l'assurance-emploi pour certains employés locaux.
p|Le préfet de la MRC de La Haute-Côte-Nord, Luc Bergeron, dit suivre le dossier de près. « La pêche, c'est l'économie de nos villages. Quand le crabe baisse, c'est le dépanneur, le garage et l'école qui le sentent », a-t-il affirmé.
p|Le prix payé au débarquement, qui avait atteint près de 6 $ la livre l'an dernier, sera déterminé dans les prochaines semaines lors des négociations entre pêcheurs et transformateurs. Plusieurs capitaines espèrent qu'un prix plus élevé compensera en partie la baisse des volumes.
signature|– Avec la collaboration de Jean-Philippe Boudreault
tags|Mots-clés :
tags|Pêche
tags|Crabe des neiges
tags|Les Escoumins
tags|Haute-Côte-Nord
tip|Vous avez une nouvelle à nous signaler ? Écrivez-nous à redaction@lepharecotenord.ca
comments|Commentaires
comments|Les commentaires sont modérés. Ils doivent être signés de votre nom complet. Le Phare se réserve le droit de ne pas publier les propos injurieux.
comments|Connectez-vous pour commenter
related|Vous aimerez aussi
related|Homard : la saison 2026 s'annonce prometteuse en Minganie
related|Il y a 5 jours
related|Tadoussac : le traversier retrouve son horaire régulier
related|Il y a 1 semaine
related|Les Escoumins : le quai fédéral sera agrandi d'ici 2028
related|3 mars 2026
epaper|Notre édition de la semaine
epaper|Feuilletez le journal du 25 mars 2026
obituary|AVIS DE DÉCÈS RÉCENTS
obituary|M. Gilles Simard
obituary|1944 - 2026
obituary|Les Bergeronnes
obituary|Mme Jacqueline Gagné (née Harvey)
obituary|1931 - 2026
obituary|Forestville
obituary|Voir tous les avis
jobs|Offres d'emploi dans la région
jobs|Journalier(ère) de production – Usine de transformation Forestville
jobs|Mécanicien(ne) marin – Les Escoumins
jobs|Voir toutes les offres
flyers|Circulaires de la semaine
flyers|Voir toutes les circulaires
network|Les Hebdos du Fleuve
network|Le Phare de la Côte-Nord · L'Écho de Sept-Îles · Le Courrier de la Haute-Côte-Nord · La Vigie du Bas-Saint-Laurent
footer|Nous joindre
footer|Publicité
footer|Notre équipe
footer|Politique de confidentialité
footer|Conditions d'utilisation
footer|Membre du Conseil de presse du Québec
copyright|© 2026 Le Phare de la Côte-Nord. Tous droits réservés.
cookie|Nous utilisons des témoins de navigation (cookies) pour améliorer votre expérience et mesurer l'audience, conformément à la Loi 25.
cookie|Tout accepter
cookie|Tout refuser
cookie|Personnaliser
"""),
 dict(id="le-quotidien-mauritanie-style-1", site="le-quotidien-mauritanie-style", lang="fr", sep="\n", title="Eau potable : à Arafat et Riyadh, les habitants vivent au rythme des citernes", date="2026-03-03", page="""
timestamp|Nouakchott, mardi 3 mars 2026 - 14 Ramadan 1447
ticker|Heures de prière (Nouakchott) : Fajr 05h58 - Dhohr 13h39 - Asr 17h01 - Maghreb 19h24 - Icha 20h36
ticker|BCM : 1 € = 43,18 MRU - 1 $ = 39,87 MRU
lang-switch|عربي
social|Facebook X YouTube
menu|LE COURRIER DE NOUAKCHOTT
menu|Quotidien indépendant d'informations générales
menu|Accueil
menu|À la une
menu|Politique
menu|Économie
menu|Société
menu|Régions
menu|International
menu|Culture
menu|Sport
menu|Tribune libre
menu|Annonces
search|Rechercher...
breaking|FLASH INFO
breaking|Zouérate : reprise du trafic ferroviaire après le déraillement d'un train minéralier +++ Coupe CAF : le FC Nouadhibou en quarts de finale +++
ad|SAHEL TELECOM - Forfait Ramadan : 20 Go pour 200 MRU - Tapez *144#
h1|Eau potable : à Arafat et Riyadh, les habitants vivent au rythme des citernes
article-info|Détails
byline|Écrit par Khadijetou Mint Ahmed
section-label|Catégorie : Société
dateline|Publication : mardi 3 mars 2026 10:12
views|Affichages : 1542
font|A+ A-
print|Imprimer
share|E-mail
caption|Une charrette à âne distribuant de l'eau dans un quartier d'Arafat, lundi.
credit|(Ph. Le Courrier)
p|Nouakchott - Il est à peine 7 heures, ce lundi, et déjà une dizaine de bidons jaunes s'alignent devant le robinet public du carrefour Bamako, à Arafat. Depuis le début du mois de Ramadan, l'eau n'arrive plus dans les maisons de ce quartier que quelques heures par nuit, quand elle arrive.
p|« Le robinet coule entre 2 heures et 4 heures du matin, pas tous les jours. Alors on veille, on remplit tout ce qu'on peut, et le reste du temps on achète aux charretiers », explique Mariem, mère de six enfants, qui dit dépenser jusqu'à 150 ouguiyas par jour pour l'eau, soit près du tiers du revenu de son mari, gardien dans une boutique du Ksar.
p|À Riyadh, au PK 10, comme dans plusieurs secteurs de Toujounine et de Dar Naïm, la situation est comparable. Les charretiers, qui s'approvisionnent aux bornes-fontaines ou auprès de camions-citernes privés, ont relevé leurs prix : le fût de 200 litres, vendu 60 MRU il y a un an, s'échange désormais entre 80 et 100 MRU selon les quartiers.
ad|PUBLICITÉ
h2|Une demande qui explose
p|Contactée par nos soins, la Société nationale d'eau (SNDE) reconnaît des « perturbations » dans la distribution. Selon un cadre de la société, qui a requis l'anonymat, la consommation de la capitale a augmenté de près de 20 % depuis le début des fortes chaleurs et du mois de jeûne, alors que la production reste plafonnée.
p|Le système Aftout Essahli, qui achemine l'eau du fleuve Sénégal depuis Beni Nadji, fonctionne à plein régime. Mais une partie du réseau de distribution, ancien et sous-dimensionné, ne permet pas d'alimenter correctement les quartiers périphériques, où la population a fortement augmenté ces dernières années.
read-also|Lire aussi : Électricité : la SOMELEC annonce un programme de délestage pendant les travaux de la centrale de Nouakchott-Nord
p|La SNDE indique avoir mobilisé une quarantaine de camions-citernes pour desservir gratuitement les secteurs les plus touchés et promet la mise en service, « avant la fin du premier semestre », de nouveaux réservoirs à Arafat et à Tarhil.
h2|Colère des habitants
p|Ces annonces peinent à convaincre. Samedi soir, plusieurs dizaines de jeunes ont brièvement bloqué la route de l'Espoir à hauteur du marché de Riyadh pour protester contre les coupures, avant d'être dispersés par la police sans incident majeur.
p|« Chaque année, c'est la même chose. On nous parle de projets, de milliards, et nous on porte des bidons sur la tête », s'indigne Sidi, un enseignant du quartier.
p|Plusieurs députés de l'opposition ont interpellé le gouvernement sur la question lors de la dernière plénière de l'Assemblée nationale. Le ministre de l'Hydraulique et de l'Assainissement doit répondre à une question orale la semaine prochaine.
p|En attendant, les habitants ont pris l'habitude de se lever avant le shour pour guetter le bruit de l'eau dans les tuyaux.
signature|Khadijetou Mint Ahmed
tags|Mots clés : SNDE, eau potable, Arafat, Riyadh, Nouakchott
share|Partager : Facebook Twitter WhatsApp
comments|Commentaires (2)
comments|Abdallahi - 03/03/2026 11:40
comments|Merci pour cet article. À Dar Naïm c'est pareil depuis un mois, personne ne parle de nous.
comments|Oumar B. - 03/03/2026 12:15
comments|La SNDE doit dire la vérité aux citoyens, ce n'est pas seulement la chaleur.
comments|Ajouter un commentaire
comments|Nom (obligatoire)
comments|E-mail (obligatoire, ne sera pas publié)
comments|Envoyer
disclaimer|Les commentaires sont sous la responsabilité de leurs auteurs. Le Courrier se réserve le droit de supprimer tout propos injurieux, raciste ou diffamatoire.
related|Articles liés
related|Nouadhibou : la station de dessalement entre en service
related|Kiffa : des puits pastoraux réhabilités avant l'hivernage
teaser-list|Dernières nouvelles
teaser-list|12:40
teaser-list|Conseil des ministres : communiqué du lundi 2 mars 2026
teaser-list|11:05
teaser-list|Rosso : saisie de 300 kg de chanvre indien à la frontière
teaser-list|09:30
teaser-list|Baccalauréat 2026 : le calendrier des épreuves dévoilé
notices|AVIS D'APPEL D'OFFRES NATIONAL N° 007/2026/SNDE
notices|Travaux d'extension du réseau de distribution d'eau potable dans la moughataa de Riyadh - Date limite de dépôt des offres : 30 mars 2026 à 12h00
notices|Lire l'avis complet (PDF)
most-read|Les plus lus
most-read|Tasiast : un accord salarial signé après dix jours de grève
most-read|Gaz : la deuxième cargaison de GNL quitte le site GTA
most-read|Tribune libre : Pour une école républicaine
archive|Archives
archive|Mars 2026 (38)
archive|Février 2026 (412)
archive|Janvier 2026 (455)
footer|Le Courrier de Nouakchott - Ilot K, Tevragh Zeina - BP 1234 Nouakchott
footer|Tél. : +222 45 00 00 00 - redaction@courrier-nouakchott.mr
footer|Qui sommes-nous ? - Publicité - Contact
copyright|© 2003-2026 Le Courrier de Nouakchott. Reproduction interdite sans autorisation.
back-to-top|Retour en haut
"""),
 dict(id="le-quotidien-mauritanie-style-2", site="le-quotidien-mauritanie-style", lang="fr", sep="\n", title="Nouadhibou : la campagne du poulpe rouvre, les pêcheurs artisans redoutent une saison maigre", date="2025-12-02", page="""
timestamp|Nouakchott, mardi 2 décembre 2025 - 11 Joumada Al-Thani 1447
ticker|Heures de prière (Nouakchott) : Fajr 06h17 - Dhohr 13h19 - Asr 16h16 - Maghreb 18h38 - Icha 19h54
ticker|BCM : 1 € = 46,05 MRU - 1 $ = 39,71 MRU
lang-switch|عربي
social|Facebook X YouTube
menu|LE COURRIER DE NOUAKCHOTT
menu|Quotidien indépendant d'informations générales
menu|Accueil
menu|À la une
menu|Politique
menu|Économie
menu|Société
menu|Régions
menu|International
menu|Culture
menu|Sport
menu|Tribune libre
menu|Annonces
search|Rechercher...
breaking|FLASH INFO
breaking|Conseil des ministres : nomination d'un nouveau wali du Hodh Ech Chargui +++ Basket : les Mourabitounes s'inclinent face au Mali +++
ad|SAHEL TELECOM - Internet fixe 4G+ : 1 mois offert - Tapez *144#
h1|Nouadhibou : la campagne du poulpe rouvre, les pêcheurs artisans redoutent une saison maigre
article-info|Détails
byline|Écrit par Moussa Diop
byline|Envoyé spécial à Nouadhibou
section-label|Catégorie : Économie
dateline|Publication : mardi 2 décembre 2025 09:47
views|Affichages : 987
font|A+ A-
print|Imprimer
share|E-mail
caption|Des pirogues au port artisanal de Nouadhibou, à la veille de la réouverture de la pêche au poulpe.
credit|(Ph. M.D.)
p|Les premières pirogues ont quitté le port artisanal de Nouadhibou lundi à l'aube, quelques heures après la levée officielle de l'arrêt biologique de la pêche au poulpe, décrété début septembre par le ministère des Pêches et de l'Économie maritime.
p|Sur le quai, l'ambiance est pourtant loin d'être à la fête. Les campagnes précédentes ont laissé un goût amer à nombre de pêcheurs, confrontés à des prises en baisse et à une flambée du prix du carburant et des pots en plastique utilisés pour capturer le céphalopode.
p|« L'an dernier, certains jours, on rentrait avec 15 kilos pour trois hommes. Avec ça, tu ne rembourses même pas l'essence », raconte Ahmedou, 38 ans, propriétaire de deux embarcations, en chargeant ses pots dans sa pirogue.
h2|Un stock sous pression
p|Le poulpe reste l'espèce la plus rémunératrice de la pêche artisanale mauritanienne, l'essentiel de la production étant exporté vers le Japon et l'Europe du Sud. Mais les scientifiques de l'Institut mauritanien de recherches océanographiques et des pêches (IMROP) alertent depuis plusieurs années sur la surexploitation de la ressource.
p|Pour cette campagne, les autorités ont maintenu plusieurs mesures de gestion :
li|un quota global réparti entre les segments artisanal, côtier et hauturier ;
li|l'interdiction de débarquer des poulpes de moins de 500 grammes ;
li|le contrôle renforcé des débarquements par les garde-côtes et la Délégation à la surveillance des pêches ;
li|l'obligation, pour les usines, de déclarer quotidiennement leurs achats.
read-also|Lire aussi : Pêche : la Mauritanie et l'Union européenne prolongent leur protocole
p|« Ces mesures sont nécessaires si nous voulons que nos enfants pêchent encore le poulpe », a souligné dimanche le wali de Dakhlet Nouadhibou lors d'une réunion avec les représentants des pêcheurs et des mareyeurs.
ad|PUBLICITÉ
h2|Les prix à l'usine en question
p|Au-delà de la ressource, c'est le prix d'achat qui cristallise les tensions. Les représentants de la Fédération nationale des pêches, section artisanale, réclament un prix plancher garanti, alors que les usines de congélation alignent leurs tarifs sur les cours du marché international.
p|« Le pêcheur prend tous les risques en mer et c'est lui qui gagne le moins », estime Cheikh Ould Sidi Mohamed, délégué des pêcheurs de la baie du Repos. Il rappelle que plusieurs pirogues ont disparu en mer l'an dernier au large du cap Blanc.
p|Du côté des industriels, on fait valoir la hausse des coûts de l'énergie et du transport. Un responsable d'usine interrogé au port estime que les prix devraient rester « stables » en début de campagne, avant d'évoluer selon la demande japonaise.
p|Les premiers débarquements, attendus mardi soir, donneront une première indication sur la qualité de la saison.
signature|M.D.
tags|Mots clés : poulpe, pêche artisanale, Nouadhibou, IMROP
share|Partager : Facebook Twitter WhatsApp
comments|Commentaires (0)
comments|Soyez le premier à commenter cet article.
comments|Ajouter un commentaire
comments|Nom (obligatoire)
comments|E-mail (obligatoire, ne sera pas publié)
comments|Envoyer
disclaimer|Les commentaires sont sous la responsabilité de leurs auteurs. Le Courrier se réserve le droit de supprimer tout propos injurieux, raciste ou diffamatoire.
related|Articles liés
related|Arrêt biologique : les mareyeurs demandent une compensation
related|Nouadhibou : un nouveau marché au poisson inauguré à Cansado
teaser-list|Dernières nouvelles
teaser-list|13:05
teaser-list|Assemblée nationale : le projet de loi de finances 2026 adopté
teaser-list|10:20
teaser-list|Atar : ouverture de la saison touristique avec l'arrivée du premier vol charter
teaser-list|08:55
teaser-list|Gaz : nouvelle cargaison de GNL au terminal de GTA
notices|COMMUNIQUÉ
notices|Le ministère de l'Éducation nationale informe les candidats au concours de recrutement des instituteurs que les résultats sont disponibles dans les directions régionales.
notices|Lire le communiqué (PDF)
most-read|Les plus lus
most-read|Rosso : la traversée du fleuve suspendue pendant deux jours
most-read|Tribune libre : La jeunesse et l'emploi, un défi national
most-read|Football : les Mourabitounes convoquent trois binationaux
archive|Archives
archive|Décembre 2025 (22)
archive|Novembre 2025 (438)
archive|Octobre 2025 (461)
footer|Le Courrier de Nouakchott - Ilot K, Tevragh Zeina - BP 1234 Nouakchott
footer|Tél. : +222 45 00 00 00 - redaction@courrier-nouakchott.mr
footer|Qui sommes-nous ? - Publicité - Contact
copyright|© 2003-2026 Le Courrier de Nouakchott. Reproduction interdite sans autorisation.
back-to-top|Retour en haut
"""),
 dict(id="solomon-star-style-1", site="solomon-star-style", lang="en", sep="\n", title="Solomon Water warns of week-long supply cuts in east Honiara", date="2026-02-18", page="""
timestamp|Wednesday, February 18, 2026
menu|E-Paper
menu|Advertise
menu|Contact Us
social|f 𝕏 ▶
menu|SOLOMON SUN
menu|The Nation's Daily Newspaper
menu|Home
menu|News
menu|National
menu|Provincial
menu|Business
menu|Sports
menu|Editorial
menu|Letters
menu|Pacific
menu|Vacancies
search|Search
ad|- Advertisement -
ad|GUADALCANAL SAVINGS BANK - Save for school fees with our Smart Saver account. Visit any branch today.
breadcrumb|Home News National
h1|Solomon Water warns of week-long supply cuts in east Honiara
byline|By JOSEPHINE TAHUNI
dateline|February 18, 2026
comments|0
views|612
share|Share
share|Facebook
share|Twitter
share|Pinterest
share|WhatsApp
caption|Solomon Water workers inspect a section of the main pipeline near the Kongulai water source on Monday.
credit|PHOTO: SUPPLIED
p|RESIDENTS in east Honiara should prepare for up to a week of reduced or no water supply from Monday next week as Solomon Water replaces a section of its main pipeline.
p|The state-owned utility said the work is necessary to connect a new 400-millimetre pipe that will increase the volume of water reaching the fast-growing eastern suburbs.
p|In a statement yesterday, Solomon Water's operations manager, Patteson Laore, said crews would work day and night to finish the job as quickly as possible.
p|"We understand this will cause hardship for families and businesses, and we apologise in advance. But this upgrade is long overdue. Once it is completed, customers in the east should see fewer outages and better pressure, especially in the dry season," Mr Laore said.
ad|- Advertisement -
p|The utility said the following areas are expected to be affected:
li|Kukum and Fishing Village
li|Ranadi and Lunga
li|Burns Creek and Kobito
li|Henderson and areas along the Kukum Highway towards the airport
p|Solomon Water said water trucks will deliver to schools, clinics and designated collection points in affected communities. A full list of collection points will be announced on SIBC radio and the utility's Facebook page before the work begins.
read-also|ALSO READ: Honiara City Council steps up rubbish collection ahead of rainy season
p|Mr Laore urged residents to store enough water for drinking and cooking and to boil any water collected from rivers or wells before use.
p|He also appealed to communities near the pipeline route not to interfere with the work.
p|"In the past our crews have been stopped by people demanding compensation for work done within the road reserve. We ask chiefs and community leaders to help us so the work can go ahead and the water can come back on as soon as possible," he said.
p|Several business owners in the Ranadi industrial area told the Solomon Sun yesterday they were worried about the timing.
p|"We have staff, we have customers, we have toilets to run. One week without water is a big problem for us," said a manager of a food processing company who asked not to be named.
p|The pipeline upgrade is part of a wider programme funded by development partners to improve water supply and sanitation in Honiara, where demand has grown rapidly as more people move into the city from the provinces.
p|Solomon Water says it loses a significant share of the water it produces through leaks and illegal connections, and has asked the public to report any broken pipes by calling its toll-free number.
tags|TAGS
tags|Honiara
tags|Solomon Water
tags|Water supply
share|Facebook Twitter Pinterest WhatsApp Linkedin
nav|Previous article
nav|RSIPF confirms arrest of two men over Chinatown break-in
nav|Next article
nav|Malaita Provincial Assembly passes 2026 budget
author-link|JOSEPHINE TAHUNI
related|RELATED ARTICLES
related|MORE FROM AUTHOR
related|Honiara City Council steps up rubbish collection ahead of rainy season
related|Power outage hits Honiara for second time this week
related|Kukum Highway upgrade: contractor promises completion by June
comments|LEAVE A REPLY
comments|Cancel reply
comments|Please enter your comment!
comments|Please enter your name here
comments|You have entered an incorrect email address!
comments|Please enter your email address here
comments|Save my name, email, and website in this browser for the next time I comment.
comments|Post Comment
notices|TENDER NOTICE
notices|Ministry of Infrastructure Development invites sealed bids for the maintenance of the Auki-Malu'u road. Closing date: 6 March 2026, 4:00pm.
jobs|VACANCY - Accounts Officer, Western Provincial Government. Apply by 27 February 2026.
most-read|MOST POPULAR
most-read|Gizo hospital receives new X-ray machine
most-read|Solomon Kurukuru book place at Oceania futsal finals
most-read|Police warn public over fake job offers on social media
read-more|LOAD MORE
teaser-list|EDITOR PICKS
teaser-list|Editorial: Water is a right, not a favour
teaser-list|February 17, 2026
teaser-list|Letters: Honiara needs more street lights
teaser-list|February 16, 2026
categories|POPULAR CATEGORY
categories|National 6218
categories|Sports 2745
categories|Provincial 1984
categories|Business 1402
categories|Editorial 866
footer|ABOUT US
footer|Solomon Sun is the Solomon Islands' independent daily newspaper, published in Honiara Monday to Friday. Contact us: editor@solomonsun.com.sb
footer|FOLLOW US
footer|Facebook Twitter Youtube
copyright|© Solomon Sun 2026. All rights reserved.
"""),
 dict(id="solomon-star-style-2", site="solomon-star-style", lang="en", sep="\n", title="Four fishermen found alive after six days adrift off Malaita", date="2026-01-07", page="""
timestamp|Wednesday, January 7, 2026
menu|E-Paper
menu|Advertise
menu|Contact Us
social|f 𝕏 ▶
menu|SOLOMON SUN
menu|The Nation's Daily Newspaper
menu|Home
menu|News
menu|National
menu|Provincial
menu|Business
menu|Sports
menu|Editorial
menu|Letters
menu|Pacific
menu|Vacancies
search|Search
ad|- Advertisement -
ad|PACIFIC MOBILE - New Year Bonanza: Double data on every top-up until 31 January. Dial *123#
breadcrumb|Home News Provincial
h1|Four fishermen found alive after six days adrift off Malaita
byline|By GEORGE MAELASI
byline|in Auki
dateline|January 7, 2026
comments|0
views|1,384
share|Share
share|Facebook
share|Twitter
share|Pinterest
share|WhatsApp
caption|The four fishermen shortly after they were brought ashore at Auki wharf on Monday evening.
credit|PHOTO: GEORGE MAELASI
p|FOUR fishermen from north Malaita who went missing on New Year's Eve have been found alive after spending six days drifting at sea.
p|The men, aged between 19 and 46, were spotted on Monday afternoon by the crew of a fishing vessel about 60 nautical miles east of Malaita and were transferred to a police patrol boat, which brought them to Auki the same evening.
p|Police in Malaita confirmed the rescue yesterday.
p|Provincial Police Commander, Superintendent Wilson Tafea, said all four men were weak and dehydrated but were able to walk off the patrol boat.
p|"This is a miracle for the families and for the whole community. We thank the crew of the fishing vessel who saw them and reported to us straight away," he said.
ad|- Advertisement -
h2|Engine failure
p|The men left their village at Fouia in a 23-foot fibreglass boat on the morning of December 31 to fish for the New Year celebrations. They were expected back the same afternoon.
p|One of the survivors, 46-year-old John Kwaiga, told the Solomon Sun from his hospital bed at Kilu'ufi Hospital that their engine broke down shortly after midday and strong winds pushed them away from the coast.
p|"We tried to paddle but the current was too strong. At night we could see the lights of the island getting smaller and smaller," Mr Kwaiga said.
p|He said they survived on two coconuts, a few fish they caught with a hand line, and rainwater collected in a plastic container.
p|"On the fourth day we finished the water. We prayed every morning and every night. When we saw the ship we took off our shirts and waved and waved until they turned towards us," he said.
read-also|ALSO READ: Maritime safety week: Boat operators reminded to carry life jackets
h2|Safety reminder
p|Superintendent Tafea said the boat carried no life jackets, no flares and no spare engine, and the men had no way to call for help once they were out of mobile phone range.
p|He urged fishermen and boat operators across the province to always carry basic safety equipment and to inform family members of where they are going and when they plan to return.
p|"Too many of our people are lost at sea every year. A torch, a mirror, extra fuel and a paddle can save your life," he said.
p|The Solomon Islands Maritime Safety Administration has in recent years distributed emergency beacons to some rural communities, but officials say many boats still go out without any safety gear.
p|The four men are expected to be discharged from hospital later this week. Family members in Fouia held a thanksgiving service at the village church yesterday.
tags|TAGS
tags|Malaita
tags|Maritime safety
tags|Police
share|Facebook Twitter Pinterest WhatsApp Linkedin
nav|Previous article
nav|Honiara welcomes first baby of 2026 at National Referral Hospital
nav|Next article
nav|Western Province teachers yet to receive December salaries
author-link|GEORGE MAELASI
related|RELATED ARTICLES
related|MORE FROM AUTHOR
related|Auki market vendors call for new shelter
related|Malaita Provincial Assembly passes 2026 budget
related|Search continues for missing boat off Isabel
comments|LEAVE A REPLY
comments|Cancel reply
comments|Please enter your comment!
comments|Please enter your name here
comments|You have entered an incorrect email address!
comments|Please enter your email address here
comments|Save my name, email, and website in this browser for the next time I comment.
comments|Post Comment
notices|NOTICE
notices|Solomon Islands Electricity Authority advises customers in Auki of a planned power interruption on Saturday 10 January from 8:00am to 2:00pm.
jobs|VACANCY - Registered Nurses (x4), Ministry of Health and Medical Services. Apply by 23 January 2026.
most-read|MOST POPULAR
most-read|New Year's Eve: Police record fewer arrests in Honiara
teaser-list|Four fishermen found alive after six days adrift off Malaita
most-read|Bonegi beach clean-up draws hundreds of volunteers
read-more|LOAD MORE
teaser-list|EDITOR PICKS
teaser-list|Editorial: Our seas give and our seas take
teaser-list|January 6, 2026
teaser-list|Letters: Fix the Auki wharf before someone gets hurt
teaser-list|January 5, 2026
categories|POPULAR CATEGORY
categories|National 6104
categories|Sports 2711
categories|Provincial 1962
categories|Business 1390
categories|Editorial 851
footer|ABOUT US
footer|Solomon Sun is the Solomon Islands' independent daily newspaper, published in Honiara Monday to Friday. Contact us: editor@solomonsun.com.sb
footer|FOLLOW US
footer|Facebook Twitter Youtube
copyright|© Solomon Sun 2026. All rights reserved.
"""),
 dict(id="belize-reporter-style-1", site="belize-reporter-style", lang="en", sep="\n", title="Cane farmers hold off on crop start as price talks with miller stall", date="2025-12-05", page="""
skip-link|Skip to content
timestamp|Friday, December 5, 2025
weather|Belize City 28°C Partly Cloudy
ticker|BZ$2.00 = US$1.00
epaper|Read this week's E-Paper
menu|The Belize Courier
menu|Belize's Independent Weekly Since 1967
menu|Home
menu|News
menu|Politics
menu|Business
menu|Crime
menu|Sports
menu|Editorial
menu|Letters
menu|Features
menu|Classifieds
menu|Contact
search|Search for:
ad|Advertisement
ad|CARIBE HARDWARE - Zinc, lumber and hurricane straps. Free delivery in Belize City. Call 223-0000
section-label|Headlines
h1|Cane farmers hold off on crop start as price talks with miller stall
byline|Posted on December 5, 2025 by Keisha Flowers
comments|Leave a comment
print|Print Friendly, PDF & Email
caption|Cane trucks line up outside the factory compound at the start of last year's crop.
credit|Photo: Courier file
p|Cane farmers in the north are refusing to deliver cane to the factory until the miller agrees to a new price formula, pushing back the start of the 2025-2026 sugar crop that was scheduled to begin this week.
p|The standoff between farmers' representatives and the miller centres on how the final price paid for each ton of cane is calculated, and in particular on how much of the income from molasses and electricity generated at the factory should be shared with growers.
p|"Our farmers carry the cost of fuel, fertiliser, labour and transport. The price of everything has gone up, but the share we get has not moved," said Alberto Cervantes, a member of the committee negotiating for the farmers, at a meeting of branch leaders in Orange Walk Town on Tuesday night.
p|"We are not against the factory. We need the factory and the factory needs us. But we will not cut cane at a loss," he said.
ad|Advertisement
h2|Government steps in
p|The Ministry of Agriculture said on Wednesday that it had called both sides to a meeting in Belmopan and remained "confident" an agreement could be reached before the end of next week.
p|A ministry official, who spoke on condition that he not be named, told the Courier that a delay of one or two weeks would not seriously affect the crop, but that a longer standoff could reduce sugar content in the cane and cost the industry millions of dollars.
p|The miller, in a brief statement, said it had made "a fair and reasonable offer" that took into account falling world sugar prices and the cost of recent investments at the factory. It said it remained open to dialogue.
h2|Cutters and truckers waiting
p|The delay is already being felt in cane-growing villages across the Orange Walk and Corozal districts, where thousands of cane cutters, truck drivers and loaders depend on the five- to six-month crop for most of their yearly income.
p|In San Estevan, truck owner Marvin Tzul said he had taken a loan to repair his truck ahead of the crop. "Every week we don't work, the bank still wants its payment," he said. "Christmas is coming. People need money."
p|Last year's crop produced just over 130,000 long tons of sugar, according to industry figures, slightly below the previous season. Farmers say yields have been hurt by dry weather and the rising cost of inputs.
p|The farmers' committee is expected to report back to its branches on Monday.
signature|Additional reporting by Courier staff in Orange Walk.
share|Share this:
share|Facebook
share|X
share|WhatsApp
share|Email
like|Like this:
like|Like Loading...
related|Related
related|Orange Walk businesses feel the pinch as crop delay drags on
related|November 28, 2025
related|In "Business"
related|Sugar exports to Europe fall for second year
related|October 10, 2025
related|In "Headlines"
tags|Tags: cane farmers, Orange Walk, sugar
nav|← Police hunt gunmen after Lake Independence shooting
nav|Minister promises new bridge at Crooked Tree before rainy season →
comments|Leave a Reply
comments|Your email address will not be published. Required fields are marked *
comments|Comment *
comments|Name *
comments|Email *
comments|Website
comments|Post Comment
classifieds|CLASSIFIEDS
classifieds|FOR SALE: 2 acres in Ladyville, fenced, with water and light. Serious inquiries only. 610-0000
classifieds|FOR RENT: 2-bedroom apartment, Belmopan, $900 monthly. 622-0000
notices|NOTICE
notices|Notice is hereby given that Maria Chan of San Estevan Village, Orange Walk District, has applied for a Publican's General Licence for premises known as Chan's Bar and Grill.
jobs|VACANCY: Accounts Clerk - Northern Regional Hospital. Deadline December 12, 2025.
most-read|Most Read
most-read|BEL announces rate reduction for January
most-read|Man remanded for Belmopan robbery
most-read|Jaguars fall to Nicaragua in Nations League
teaser-list|Recent Posts
teaser-list|Cayo teachers stage sick-out over salary arrears
teaser-list|City Council approves new parking fees on Albert Street
teaser-list|Editorial: The cane farmer deserves a fair share
archive|Archives
archive|Select Month
footer|The Belize Courier Ltd.
footer|1 Regent Street, Belize City, Belize, C.A.
footer|Tel: 227-0000 Email: editor@belizecourier.bz
footer|About Us Advertise Subscribe Privacy Policy
copyright|Copyright © 2025 The Belize Courier. All rights reserved.
footer|Theme by Colormag
"""),
 dict(id="belize-reporter-style-2", site="belize-reporter-style", lang="en", sep="\n", title="Dangriga fisherman walks free after murder case collapses", date="2026-01-23", page="""
skip-link|Skip to content
timestamp|Friday, January 23, 2026
weather|Belize City 26°C Light Rain
ticker|BZ$2.00 = US$1.00
epaper|Read this week's E-Paper
menu|The Belize Courier
menu|Belize's Independent Weekly Since 1967
menu|Home
menu|News
menu|Politics
menu|Business
menu|Crime
menu|Sports
menu|Editorial
menu|Letters
menu|Features
menu|Classifieds
menu|Contact
search|Search for:
ad|Advertisement
ad|SUNSHINE TRAVEL & TOURS - Belize City to Cancun from BZ$120. Book at our Queen Street office.
section-label|Headlines
section-label|Courts
h1|Dangriga fisherman walks free after murder case collapses
byline|Posted on January 23, 2026 by Reporter Staff
comments|1 Comment
print|Print Friendly, PDF & Email
caption|Kenrick Arzu, centre, leaves the Supreme Court with relatives on Wednesday afternoon.
credit|Courier Photo
dateline|BELIZE CITY, Wed. Jan. 21, 2026
p|A 34-year-old fisherman from Dangriga who spent nearly three years on remand at the Belize Central Prison walked out of the Supreme Court a free man on Wednesday, after the Crown's case against him for murder collapsed.
p|Kenrick Arzu had been charged with the murder of 27-year-old Jermaine Nunez, who was stabbed during a fight outside a bar on St. Vincent Street in Dangriga in April 2023.
p|The Crown's case rested largely on the evidence of a single eyewitness, who told police at the time that he saw Arzu strike the fatal blow. But when the witness took the stand this week, he told the court he had not in fact seen who stabbed Nunez and had given his statement to police "because of pressure."
p|After prosecutors were unable to produce any other evidence placing Arzu at the scene with a weapon, Justice Marcia Longsworth directed the jury to return a verdict of not guilty.
ad|Advertisement
h2|"Three years of my life"
p|Outside the court, Arzu, surrounded by his mother and two sisters, said he was relieved but angry.
p|"Three years of my life gone. I lost my boat, I lost my work, my son grew up without me. And for what?" he told reporters.
p|His attorney, Dwight Gillett, said the case showed the need for the courts to move more quickly on murder trials and for police to strengthen their investigations before bringing charges.
p|"When a case depends on one witness and nothing else, it is a weak case. My client should never have spent this long behind bars waiting for the truth to come out," Gillett said. He said his client is considering legal action against the state.
h2|Family of victim "disappointed"
p|Relatives of Jermaine Nunez, who attended every day of the trial, left the court without speaking to the media. A cousin later told the Courier by phone that the family was "disappointed and confused."
p|"Somebody killed Jermaine. Now nobody is going to pay for it. We want the police to open back the case," she said.
p|The Office of the Director of Public Prosecutions did not respond to questions by press time on whether the witness could face charges for making a false statement.
p|Police in Dangriga said the murder file remains open.
p|According to figures presented to the National Assembly last year, more than 100 people are currently held on remand at the central prison awaiting trial for murder, some for more than four years.
share|Share this:
share|Facebook
share|X
share|WhatsApp
share|Email
like|Like this:
like|Like Loading...
related|Related
related|Backlog of murder trials tops 100, says Chief Justice
related|January 9, 2026
related|In "Headlines"
related|Dangriga man charged for St. Vincent Street stabbing
related|April 28, 2023
related|In "Crime"
tags|Tags: Dangriga, murder, Supreme Court
nav|← Cayo teachers stage sick-out over salary arrears
nav|Sargassum season expected to start early, says fisheries department →
comments|One thought on "Dangriga fisherman walks free after murder case collapses"
comments|Concerned Belizean
comments|January 23, 2026 at 9:14 am
comments|Who will pay him back for those three years? This justice system needs serious reform.
comments|Reply
comments|Leave a Reply
comments|Your email address will not be published. Required fields are marked *
comments|Comment *
comments|Name *
comments|Email *
comments|Website
comments|Post Comment
classifieds|CLASSIFIEDS
classifieds|FOR SALE: 25 ft skiff with 75 HP engine, good condition. Dangriga. 650-0000
classifieds|WANTED: Experienced cook for restaurant in San Pedro. Call 226-0000
notices|NOTICE
notices|Notice is hereby given that Darnell Castillo of Dangriga Town, Stann Creek District, has applied for a Publican's Special Licence for premises known as Pelican Beach Bar.
jobs|VACANCY: Security Officers - Port of Belize Ltd. Deadline January 30, 2026.
most-read|Most Read
most-read|Teacher charged over Facebook post
most-read|Government announces new minimum wage from April
most-read|Jaguars name squad for Gold Cup qualifier
teaser-list|Recent Posts
teaser-list|Sargassum season expected to start early, says fisheries department
teaser-list|Ladyville residents demand drains after third flood
teaser-list|Editorial: Justice delayed
archive|Archives
archive|Select Month
footer|The Belize Courier Ltd.
footer|1 Regent Street, Belize City, Belize, C.A.
footer|Tel: 227-0000 Email: editor@belizecourier.bz
footer|About Us Advertise Subscribe Privacy Policy
copyright|Copyright © 2026 The Belize Courier. All rights reserved.
footer|Theme by Colormag
"""),
]
