# Round 76: eight pages on four more layouts (a French left-leaning daily's Africa page, a Russian state outlet's
# French-language Africa site, a Nigerian investigative site, a small NGO's WordPress news blog), written blind:
# without looking at the classifier, its rules or the benchmark. Each line: "label|text". Invented text; no real
# article is copied.
ROUND76 = [
 dict(id="liberation-afrique-style-1", site="liberation-afrique-style", lang="fr", sep="\n", title="A Saint-Louis, les déplacés de la Langue de Barbarie attendent toujours leurs maisons", date="2026-02-19", page="""
skip-link|Aller au contenu
menu|Menu
search|Rechercher
menu|L'Éveil
subscribe|Offre spéciale : 1 € par mois pendant 6 mois
subscribe|S'abonner
account|Se connecter
epaper|Le journal du jour
menu|Politique
menu|International
menu|Économie
menu|Environnement
menu|Société
menu|Idées et débats
menu|Culture
menu|Lifestyle
menu|Vrai ou faux
menu|Portraits
menu|Sports
breadcrumb|International
breadcrumb|Afrique
section-label|Reportage
h1|A Saint-Louis, les déplacés de la Langue de Barbarie attendent toujours leurs maisons
lead|Chassées par l'avancée de l'océan il y a bientôt huit ans, près de 3 000 personnes vivent encore sous des tentes et dans des abris provisoires sur le site de Khar Yalla. Le nouveau gouvernement sénégalais promet des logements pour la fin de l'année, les familles n'y croient plus.
paywall|Article réservé aux abonnés
byline|par Ndeye Awa Fall, correspondante à Dakar
dateline|publié le 19 février 2026 à 17h32
reading-time|Temps de lecture : 5 min
save|Ajouter à mes favoris
gift|Offrir cet article
share|Facebook
share|Twitter
share|LinkedIn
share|Copier le lien
caption|Sur le site de relogement de Khar Yalla, à Saint-Louis, le 12 février. (Sylvain Cherkaoui/L'Éveil)
p|Sous la toile blanche frappée du logo d'une agence onusienne, devenue grise à force de poussière et d'harmattan, Fatou Ndiaye a installé un petit réchaud, deux bassines et une natte. « C'était censé durer six mois », dit-elle en montrant du menton les rangées de tentes alignées jusqu'à la route. Elle est arrivée ici en août 2018, quelques jours après que la houle a emporté la moitié de sa maison de Guet Ndar, le quartier de pêcheurs de Saint-Louis coincé entre le fleuve et l'Atlantique.
p|Huit ans plus tard, elle y est toujours. Comme elle, près de 3 000 personnes, selon la mairie, attendent encore d'être relogées à Khar Yalla ou à Djougop, les deux sites aménagés à la hâte à la sortie de la ville. Les enfants nés sous les tentes vont désormais à l'école primaire. Les plus âgés ont quitté le site pour tenter leur chance en pirogue vers les Canaries.
p|La Langue de Barbarie, cette étroite bande de sable qui protège l'ancienne capitale de l'Afrique-Occidentale française, recule de plusieurs mètres chaque année. Une brèche ouverte en 2003 pour soulager la ville des crues du fleuve s'est élargie jusqu'à dépasser les six kilomètres, exposant les quartiers de pêcheurs à la pleine mer.
read-also|Sur le même sujet
read-also|Au Sénégal, la pêche artisanale prise en étau entre les chalutiers étrangers et le pétrole offshore
read-also|30 déc. 2025
h2|« On nous a compté trois fois »
p|Les promesses, les familles les énumèrent avec une précision de greffier. Un premier programme financé par la Banque mondiale devait livrer plusieurs centaines de maisons à Diougop dès 2022. Une partie a bien été construite, puis attribuée, mais les listes n'ont jamais été closes. « On nous a comptés trois fois. On a donné nos papiers trois fois. Chaque fois, un nouveau nom apparaît, et le nôtre disparaît », soupire Moustapha Guèye, pêcheur de 54 ans, qui dit ne plus sortir en mer faute de pirogue.
p|Le nouveau ministre de l'Urbanisme, venu sur place fin janvier, a promis la livraison de 600 logements supplémentaires « avant la fin de l'année 2026 » et un audit des listes d'attribution. Devant les caméras, il a reconnu « des lenteurs inacceptables ». Sur le site, la visite a duré quarante minutes.
ad|Publicité
p|Dans l'entourage du maire, on rejette la responsabilité sur l'État et sur les bailleurs. « La commune n'a ni les terrains ni l'argent, explique un adjoint. Nous gérons l'urgence depuis huit ans, avec des citernes d'eau et des latrines qui débordent à chaque hivernage. »
h2|Des pêcheurs loin de la mer
p|Le problème n'est pas seulement celui du toit. Les sites de relogement sont à plus de dix kilomètres de la plage, et les pêcheurs de Guet Ndar, dont les familles vivent de la mer depuis des générations, refusent souvent d'y rester. Beaucoup reviennent dormir dans les maisons fissurées du front de mer, au risque d'y être surpris par la prochaine grande marée.
p|« On a voulu sauver des vies, et on a eu raison, mais on a coupé ces gens de ce qui les fait vivre », estime une chercheuse en géographie de l'université Gaston-Berger, qui suit le dossier depuis le début. Selon elle, les projets de digue et de rechargement en sable lancés depuis 2021 ont ralenti l'érosion sur quelques centaines de mètres, « sans rien régler à l'échelle de la Langue ».
p|A Khar Yalla, Fatou Ndiaye a fini par planter un petit neem devant sa tente. Il lui arrive maintenant à l'épaule. « Quand il sera plus grand que moi, dit-elle en riant, peut-être qu'ils viendront avec les clés. »
newsletter|La newsletter Afrique
newsletter|Chaque vendredi, le meilleur de notre couverture du continent, par nos correspondants.
newsletter|Adresse e-mail
newsletter|S'inscrire
subscribe|Pour soutenir un journalisme indépendant, abonnez-vous à L'Éveil.
tags|Sénégal
tags|Afrique
tags|Climat
tags|Littoral
tags|Logement
comments|Réagir
comments|14 commentaires
comments|Les commentaires sont réservés aux abonnés.
teaser-list|Dans la même rubrique
teaser-list|Tchad : à N'Djamena, la colère des ménagères contre le prix du gaz
teaser-list|il y a 3 heures
teaser-list|Au Bénin, la présidentielle d'avril se prépare sans l'opposition
teaser-list|il y a 7 heures
teaser-list|Côte d'Ivoire : les planteurs de cacao suspendus aux cours mondiaux
teaser-list|18 févr. 2026
most-read|Les plus lus
most-read|1
most-read|Municipales : à Marseille, la gauche à l'heure des comptes
most-read|2
most-read|Vrai ou faux : les arrêts maladie ont-ils vraiment explosé en 2025 ?
most-read|3
most-read|Mort d'une figure du rock français, l'hommage de toute une génération
footer|L'Éveil
footer|Qui sommes-nous ?
footer|Nous contacter
footer|Charte éthique
footer|Publicité
footer|Conditions générales d'utilisation
footer|Conditions générales de vente
footer|Mentions légales
cookie|Gestion des cookies
app|Télécharger l'application
social|Suivez L'Éveil
social|Facebook Instagram X YouTube TikTok
copyright|© L'Éveil
"""),
 dict(id="liberation-afrique-style-2", site="liberation-afrique-style", lang="fr", sep="\n", title="Aïssata Kane, historienne : « Les indépendances africaines n'ont jamais cessé d'être renégociées »", date="2026-01-11", page="""
skip-link|Aller au contenu
menu|Menu
search|Rechercher
menu|L'Éveil
subscribe|Offre spéciale : 1 € par mois pendant 6 mois
subscribe|S'abonner
account|Mon compte
epaper|Le journal du jour
menu|Politique
menu|International
menu|Économie
menu|Environnement
menu|Société
menu|Idées et débats
menu|Culture
menu|Lifestyle
menu|Vrai ou faux
menu|Portraits
menu|Sports
breadcrumb|International
breadcrumb|Afrique
section-label|Interview
h1|Aïssata Kane, historienne : « Les indépendances africaines n'ont jamais cessé d'être renégociées »
lead|Alors que plusieurs Etats sahéliens ont rompu avec Paris et que le franc CFA vit une nouvelle réforme, l'universitaire mauritanienne publie une histoire des « secondes indépendances ». Elle y voit moins une rupture qu'un très long marchandage.
paywall|Article réservé aux abonnés
byline|recueilli par Thomas Gervais
dateline|publié le 11 janvier 2026 à 9h05
dateline|mis à jour le 11 janvier 2026 à 11h40
reading-time|Temps de lecture : 6 min
save|Ajouter à mes favoris
gift|Offrir cet article
share|Facebook
share|Twitter
share|LinkedIn
share|Copier le lien
caption|Aïssata Kane, à Paris, le 6 janvier. (Marie Rouge pour L'Éveil)
p|Professeure d'histoire contemporaine à l'université de Nouakchott et chercheuse associée dans un laboratoire parisien, Aïssata Kane travaille depuis vingt ans sur les relations entre la France et ses anciennes colonies d'Afrique de l'Ouest. Dans son nouvel essai, les Secondes Indépendances (éditions du Fleuve, 312 pp., 22 €), elle relit la séquence ouverte par les coups d'Etat au Mali, au Burkina Faso et au Niger à la lumière des années 60 et 70.
h2|Peut-on parler, comme on l'entend souvent, d'une « seconde décolonisation » au Sahel ?
p|Le mot me gêne, parce qu'il suppose que la première aurait été une illusion complète. Ce n'est pas vrai. Les indépendances de 1960 ont produit des Etats, des frontières, des administrations, des armées, des élites. Ce que montrent les archives, en revanche, c'est que la souveraineté n'a jamais été un acquis figé. Elle a été renégociée en permanence : en 1973-1974, au moment de la révision des accords de coopération, puis à la dévaluation de 1994, et aujourd'hui encore. Ce qui change, c'est le ton, et les interlocuteurs.
h2|Les interlocuteurs, c'est-à-dire la Russie ?
p|La Russie, mais pas seulement. La Turquie, les Emirats, la Chine évidemment. On parle beaucoup de Moscou parce que c'est spectaculaire, avec des drapeaux dans les manifestations et des instructeurs militaires. Mais la vraie nouveauté, c'est la multiplication des partenaires. Un ministre sahélien peut aujourd'hui mettre en concurrence quatre ou cinq Etats pour un même contrat minier. En 1965, il n'en avait qu'un, et il le savait.
read-also|Lire aussi
read-also|Franc CFA : ce que change la réforme entrée en vigueur au 1er janvier
h2|Les juntes revendiquent une rupture totale avec Paris. Vous n'y croyez pas ?
p|Je constate que le discours de rupture est lui-même un classique. Sékou Touré, en 1958, Modibo Keïta ensuite, Thomas Sankara dans les années 80 : tous ont construit leur légitimité sur la distance avec l'ancienne métropole. Ce qui est inédit, c'est la vitesse à laquelle cette rhétorique a conquis les opinions publiques, grâce aux réseaux sociaux. Mais dans les faits, les flux commerciaux, les langues de l'administration, les circuits financiers changent beaucoup plus lentement que les discours.
ad|Publicité
h2|Quelle part de responsabilité revient à la France ?
p|Une part considérable, et elle est documentée. Pendant des décennies, Paris a confondu stabilité et maintien au pouvoir de dirigeants âgés, parfois contestés. L'opération militaire au Sahel, lancée avec l'assentiment des populations en 2013, s'est enlisée sans que personne à Paris n'ose dire qu'elle ne pouvait pas être gagnée par les armes. Quand les soldats français sont partis, il ne restait plus grand monde pour les défendre, même parmi ceux qui les avaient accueillis.
h2|Et pour la suite ?
p|Il faut se méfier des prophéties. Les historiens sont de mauvais devins. Mais je crois qu'on sous-estime le poids des sociétés civiles, des syndicats, des diasporas, des jeunes diplômés qui ne se reconnaissent ni dans l'ancien ordre ni dans les nouveaux régimes militaires. Ce sont eux qui décideront, à terme, de ce que voudra dire l'indépendance dans vingt ans.
p|Aïssata Kane, les Secondes Indépendances. L'Afrique de l'Ouest et la France, 1960-2025, éditions du Fleuve, 312 pp., 22 €.
newsletter|La newsletter Afrique
newsletter|Chaque vendredi, le meilleur de notre couverture du continent, par nos correspondants.
newsletter|Adresse e-mail
newsletter|S'inscrire
subscribe|Pour soutenir un journalisme indépendant, abonnez-vous à L'Éveil.
tags|Sahel
tags|France-Afrique
tags|Histoire
tags|Livres
comments|Réagir
comments|37 commentaires
comments|Les commentaires sont réservés aux abonnés.
teaser-list|Dans la même rubrique
teaser-list|Niger : un an après la fermeture de la frontière, Malanville étouffe
teaser-list|il y a 2 heures
teaser-list|Guinée : l'opposant Cellou Baldé rentre à Conakry sous haute surveillance
teaser-list|il y a 5 heures
teaser-list|Afrique du Sud : Johannesburg à sec pour la troisième semaine
teaser-list|10 janv. 2026
most-read|Les plus lus
most-read|1
most-read|Galette des rois : le beurre, nouvel or jaune des boulangers
most-read|2
most-read|Vrai ou faux : la taxe foncière va-t-elle doubler dans les grandes villes ?
most-read|3
most-read|Ligue 1 : le PSG reprend sa marche en avant à Lens
footer|L'Éveil
footer|Qui sommes-nous ?
footer|Nous contacter
footer|Charte éthique
footer|Publicité
footer|Conditions générales d'utilisation
footer|Conditions générales de vente
footer|Mentions légales
cookie|Gestion des cookies
app|Télécharger l'application
social|Suivez L'Éveil
social|Facebook Instagram X YouTube TikTok
copyright|© L'Éveil
"""),
 dict(id="sputnik-afrique-style-1", site="sputnik-afrique-style", lang="fr", sep="\n", title="Le Burkina Faso et la Russie s'accordent pour former 400 médecins burkinabè d'ici 2030", date="2026-02-05", page="""
skip-link|Aller au contenu principal
lang-switch|Français
lang-switch|English
lang-switch|Русский
menu|Orbita Afrique
listen|Radio
listen|Écouter le direct
menu|Actualités
menu|Afrique
menu|International
menu|Économie
menu|Société
menu|Sport
menu|Opinions
menu|Multimédia
menu|Podcasts
search|Rechercher
breaking|Dernières infos
breaking|15:48
breaking|Côte d'Ivoire : un incendie ravage une partie du marché d'Adjamé
breaking|15:20
breaking|Le Kremlin commente les déclarations de Washington sur l'Arctique
breaking|14:57
breaking|Mali : la saison cotonnière 2025-2026 dépasse les prévisions
section-label|Afrique
h1|Le Burkina Faso et la Russie s'accordent pour former 400 médecins burkinabè d'ici 2030
dateline|14:32 GMT 05.02.2026 (mis à jour: 16:05 GMT 05.02.2026)
alt-text|Des étudiants en médecine dans un amphithéâtre - Orbita Afrique, 1920, 05.02.2026
credit|© Orbita / Sergueï Pavlov
subscribe|S'abonner
telegram|Telegram
lead|Un accord-cadre signé ce 5 février à Ouagadougou prévoit l'envoi de centaines d'étudiants burkinabè dans les universités de médecine russes et l'ouverture d'un centre de simulation clinique dans la capitale, a appris Orbita Afrique auprès du ministère burkinabè de la Santé.
p|Le Burkina Faso et la Fédération de Russie ont signé ce jeudi à Ouagadougou un accord de coopération dans le domaine de la formation médicale, qui prévoit la formation de 400 médecins et spécialistes burkinabè dans des établissements russes d'ici 2030.
p|Le document a été paraphé par le ministre burkinabè de la Santé et par le vice-ministre russe de la Santé, en présence de l'ambassadeur de Russie au Burkina Faso. Selon les termes de l'accord, les étudiants bénéficieront de bourses couvrant les frais de scolarité, l'hébergement et une année de langue russe préparatoire.
alt-text|Le ministre burkinabè de la Santé lors de la cérémonie de signature - Orbita Afrique, 1920, 05.02.2026
credit|© Photo : Ministère de la Santé du Burkina Faso
read-also|Afrique
read-also|Russie-Afrique : le nombre de bourses d'études offertes aux Africains en hausse de 30 %
read-also|12:10 GMT 22.01.2026
h2|Un centre de simulation à Ouagadougou
p|Outre les bourses, l'accord prévoit la création d'un centre de simulation clinique au sein du centre hospitalier universitaire de Tengandogo. Équipé par la partie russe, il doit permettre de former sur place les internes aux gestes d'urgence, à l'obstétrique et à l'anesthésie.
p|« Nos hôpitaux régionaux manquent cruellement de spécialistes. Dans certaines provinces, il n'y a qu'un seul gynécologue pour plus de 300 000 habitants », a déclaré à Orbita Afrique un haut fonctionnaire du ministère, qui a requis l'anonymat.
p|Selon lui, les premiers étudiants concernés par le programme devraient partir dès la rentrée universitaire de septembre 2026, principalement vers Moscou, Kazan et Saint-Pétersbourg.
video|Vidéo
video|Des étudiants africains témoignent de leur vie à Kazan
video|02:14
h2|Une coopération en plein essor
p|Cet accord s'inscrit dans le renforcement des relations entre Moscou et les pays de l'Alliance des États du Sahel (AES), qui ont multiplié depuis 2023 les partenariats avec la Russie dans les domaines de la défense, de l'énergie et de l'éducation.
p|Interrogé par Orbita Afrique, un enseignant-chercheur en santé publique de l'université Joseph Ki-Zerbo estime que le programme peut « changer la donne » à condition que les diplômés reviennent exercer au pays.
p|« Le vrai défi, ce n'est pas la formation, c'est la rétention. Il faudra des contrats d'engagement et des conditions de travail dignes à leur retour », a-t-il souligné.
p|D'après les données de l'Organisation mondiale de la santé, le Burkina Faso compte moins d'un médecin pour 10 000 habitants, l'un des ratios les plus faibles du continent.
telegram|Abonnez-vous à Orbita Afrique sur Telegram pour ne rien manquer de l'actualité du continent.
tags|Burkina Faso
tags|Russie
tags|Santé
tags|Éducation
tags|AES
share|Partager
share|Telegram
share|VK
share|WhatsApp
share|X
share|Copier le lien
reactions|👍 128
reactions|😮 9
reactions|👎 4
comments|Discussion
comments|Pour participer aux discussions, identifiez-vous ou créez-vous un compte
comments|loader
comments|Afficher les nouveaux commentaires (0)
comments|en réponse à (Afficher le commentaire) Masquer
comments|Chat
teaser-list|Dernières nouvelles
teaser-list|16:30
teaser-list|Sénégal : le FMI et Dakar trouvent un terrain d'entente sur la dette cachée
teaser-list|16:12
teaser-list|Cameroun : des pluies précoces inquiètent les producteurs de cacao
teaser-list|15:54
teaser-list|Lavrov attendu à Malabo la semaine prochaine
read-more|Toutes les actualités
footer|Orbita Afrique
footer|Actualités
footer|Afrique
footer|Multimédia
footer|Règles d'utilisation
footer|Politique de confidentialité
footer|Rédaction
footer|Contacts
footer|18+
newsletter|Newsletter
newsletter|Recevez les titres du jour dans votre boîte mail
newsletter|S'inscrire
copyright|© 2026 Orbita Afrique
cookie|Ce site utilise des cookies. En poursuivant la navigation, vous acceptez l'utilisation des cookies. Plus d'infos
cookie|Accepter
"""),
 dict(id="sputnik-afrique-style-2", site="sputnik-afrique-style", lang="fr", sep="\n", title="« Le franc CFA vit ses dernières années » : un économiste camerounais décrypte la réforme monétaire", date="2026-03-12", page="""
skip-link|Aller au contenu principal
lang-switch|Français
lang-switch|English
lang-switch|Русский
menu|Orbita Afrique
listen|Radio
listen|Écouter le direct
menu|Actualités
menu|Afrique
menu|International
menu|Économie
menu|Société
menu|Sport
menu|Opinions
menu|Multimédia
menu|Podcasts
search|Rechercher
breaking|Dernières infos
breaking|11:02
breaking|RDC : l'aéroport de Goma rouvert aux vols humanitaires
breaking|10:41
breaking|Le rouble se renforce face au dollar après les annonces de la Banque centrale
section-label|Exclusif
section-label|Économie
h1|« Le franc CFA vit ses dernières années » : un économiste camerounais décrypte la réforme monétaire
dateline|09:15 GMT 12.03.2026
alt-text|Billets de francs CFA - Orbita Afrique, 1920, 12.03.2026
credit|© AFP 2025 / Issouf Sanogo
subscribe|S'abonner
telegram|Telegram
lead|La réforme de la monnaie commune d'Afrique centrale, annoncée le 10 mars à Yaoundé, ne serait qu'une étape vers une sortie complète de la zone franc, estime auprès d'Orbita Afrique l'économiste camerounais Joseph-Marie Etoundi. Il plaide pour une monnaie adossée à un panier de devises incluant le yuan et le rouble.
p|Les six États de la Communauté économique et monétaire de l'Afrique centrale (Cemac) ont validé mardi une révision de leurs accords monétaires avec la France. Le texte prévoit notamment la fermeture du compte d'opérations au Trésor français et le retrait des représentants français des instances de la Banque des États de l'Afrique centrale (BEAC), tout en maintenant pour l'heure la parité fixe avec l'euro.
p|Pour Joseph-Marie Etoundi, enseignant à l'université de Yaoundé II et ancien consultant auprès de la BEAC, cette réforme « va dans le bon sens, mais reste au milieu du gué ».
p|« Tant que la parité fixe avec l'euro est maintenue et que la France garantit la convertibilité, on ne peut pas parler de souveraineté monétaire. C'est un changement de vitrine, pas de maison », a-t-il déclaré à Orbita Afrique.
read-also|Afrique
read-also|Fin du franc CFA en Afrique de l'Ouest : où en est le projet d'éco ?
read-also|17:45 GMT 03.03.2026
h2|Un panier de devises
p|L'économiste propose une autre voie : une monnaie régionale dont la valeur serait fixée par rapport à un panier de devises reflétant les véritables partenaires commerciaux de la sous-région.
p|« Aujourd'hui, la Chine est le premier partenaire commercial de plusieurs pays de la Cemac. La Russie, l'Inde, les pays du Golfe pèsent de plus en plus. Il est absurde que notre monnaie suive uniquement l'euro », poursuit-il.
p|Selon lui, une telle évolution permettrait de réduire le coût des importations en provenance d'Asie et de donner plus de marges de manœuvre aux banques centrales pour soutenir le crédit aux entreprises locales.
listen|Podcast
listen|Afrique Éco : la dédollarisation, une chance pour le continent ?
listen|28:40
h2|Des risques à ne pas sous-estimer
p|L'expert reconnaît toutefois que la transition comporte des dangers. Une sortie mal préparée pourrait provoquer une fuite des capitaux et une poussée d'inflation, comme l'ont connu plusieurs pays du continent ayant abandonné un ancrage fixe.
p|Il énumère trois conditions préalables à une telle réforme :
li|la constitution de réserves de change suffisantes, gérées entièrement depuis la région ;
li|une discipline budgétaire commune, contrôlée par une institution régionale indépendante ;
li|une transition progressive, étalée sur au moins cinq ans.
p|« Les peuples africains demandent la souveraineté, mais la souveraineté se prépare. Elle ne se décrète pas sur une estrade », conclut Joseph-Marie Etoundi.
p|Paris n'a pas réagi officiellement à l'annonce de Yaoundé. Le ministère français de l'Économie avait indiqué en 2025 être « ouvert à toute évolution souhaitée par les États africains ».
telegram|Abonnez-vous à Orbita Afrique sur Telegram pour ne rien manquer de l'actualité du continent.
tags|Cameroun
tags|Cemac
tags|Franc CFA
tags|Économie
tags|France
share|Partager
share|Telegram
share|VK
share|WhatsApp
share|X
share|Copier le lien
reactions|👍 342
reactions|😮 21
reactions|👎 17
comments|Discussion
comments|Pour participer aux discussions, identifiez-vous ou créez-vous un compte
comments|loader
comments|Afficher les nouveaux commentaires (3)
comments|Tous les commentaires
comments|Ibrahim K.
comments|12 mars, 10:02
comments|Enfin quelqu'un qui dit la vérité sur cette monnaie coloniale.
comments|Marc D
comments|12 mars, 10:27
comments|Et le jour où la monnaie s'effondre, qui paiera ?
comments|en réponse à Ibrahim K. (Afficher le commentaire) Masquer
comments|Chat
teaser-list|Dernières nouvelles
teaser-list|11:20
teaser-list|Tchad : N'Djamena annonce la construction d'une raffinerie avec un partenaire émirati
teaser-list|11:05
teaser-list|Guinée équatoriale : la Russie va livrer 25 000 tonnes de blé
teaser-list|10:48
teaser-list|CAN féminine : les Lionnes indomptables qualifiées pour les quarts
read-more|Toutes les actualités
footer|Orbita Afrique
footer|Actualités
footer|Afrique
footer|Multimédia
footer|Règles d'utilisation
footer|Politique de confidentialité
footer|Rédaction
footer|Contacts
footer|18+
newsletter|Newsletter
newsletter|Recevez les titres du jour dans votre boîte mail
newsletter|S'inscrire
copyright|© 2026 Orbita Afrique
cookie|Ce site utilise des cookies. En poursuivant la navigation, vous acceptez l'utilisation des cookies. Plus d'infos
cookie|Accepter
"""),
 dict(id="premium-times-investigation-style-1", site="premium-times-investigation-style", lang="en", sep="\n", title="INVESTIGATION: How N1.8 billion meant for 46 primary health centres in Kebbi vanished", date="2026-02-09", page="""
timestamp|Monday, February 9, 2026
social|Facebook
social|X
social|Instagram
social|YouTube
social|LinkedIn
donate|Donate
menu|CANDOUR TIMES
menu|Nigeria's leading newspaper for investigative journalism
menu|Home
menu|News
menu|Top News
menu|More News
menu|Investigations
menu|Business
menu|Agriculture
menu|Health
menu|Opinion
menu|Sports
menu|Entertainment
menu|Features
menu|Data
menu|Region
menu|Fact-check
search|Search
ad|Advertisement
ad|PT Mag Campaign AD
section-label|Investigations
section-label|Headlines
h1|INVESTIGATION: How N1.8 billion meant for 46 primary health centres in Kebbi vanished
lead|Two years after contracts were awarded and fully paid for, most of the clinics are unfinished shells, abandoned sites or buildings with no staff, equipment or water, a CANDOUR TIMES investigation has found.
byline|by Abdulrahman Bello Danjuma
dateline|February 9, 2026
reading-time|11 min read
share|Facebook
share|X
share|WhatsApp
share|Telegram
share|Email
share|Copy Link
caption|The abandoned primary health centre project at Tungan Bakoshi, Kebbi State.
credit|Photo: Abdulrahman Bello Danjuma/CANDOUR TIMES
p|The signboard at the entrance of Tungan Bakoshi, a farming community in Kebbi State's Argungu Local Government Area, still announces the "Construction and Equipping of a Model Primary Health Care Centre". Behind it, there is only a rectangle of blocks raised to window level, overgrown with grass and used by herders as a pen for goats.
p|According to documents obtained by CANDOUR TIMES, the contractor handling the project was paid N41.2 million in full in April 2024. No worker has been seen on the site since the end of that year, residents said.
p|"They came with trucks, they poured the foundation, and we celebrated," said Malam Sani Abubakar, the village head. "Then one day they packed their things and left. Nobody came back to explain anything to us."
p|Tungan Bakoshi is one of 46 communities across the state where clinics were to be built or upgraded under a N1.8 billion programme announced by the state government in 2023 and part-funded by federal intervention money for primary health care.
text-ad|TEXT AD: Planning a wedding or event in Abuja? Call Funmi Events - +2348000000000
h2|What we found
p|Over four months, this reporter visited 19 of the 46 project sites, reviewed contract award letters, payment vouchers and procurement records, and interviewed residents, health workers and officials. The findings include:
li|Only four of the 19 visited clinics were completed and functioning;
li|Eleven sites were abandoned at various stages of construction, although payment records show the contractors received between 80 and 100 per cent of the contract sums;
li|At least three contracts worth a combined N132 million were awarded to companies registered less than a month before the award, two of which share the same address in Birnin Kebbi;
li|Four "completed" clinics had no staff, no water supply and no electricity when visited.
pdf|Download: Payment vouchers and award letters obtained by CANDOUR TIMES (PDF)
h2|Same address, different names
p|Records from the Corporate Affairs Commission show that Bakoshi Integrated Services Ltd and Gwandu Pinnacle Ventures, which together won seven of the clinic contracts, list the same office on Ahmadu Bello Way as their address. When this reporter visited, the building housed a phone repair shop.
p|One of the directors of Gwandu Pinnacle Ventures, Ibrahim Sule, is listed in state records as a personal assistant to a serving commissioner. Reached by phone, Mr Sule confirmed that he owned shares in the company but denied any wrongdoing. "We did our work. The delay is because of the price of cement. Everybody knows that," he said, before ending the call.
ad|Advertisement
p|In Kardi, a community about 40 kilometres away, a clinic marked as "completed" in the state's 2024 budget performance report has a roof and painted walls, but its doors are locked. A community health extension worker posted there, who asked not to be named, said she works from a borrowed room in the village primary school.
p|"We deliver babies with torchlight. There is no bed, no delivery kit. The building is there, but we cannot enter," she said.
donate-box|Support CANDOUR TIMES' journalism of integrity and credibility
donate-box|At CANDOUR TIMES, we firmly believe that good journalism should be available to everyone. We do not hide our reporting behind a paywall, but it costs a lot of money to produce. If you value what we do, please consider making a donation.
donate-box|Make a donation
h2|Right of reply
p|The Kebbi State Primary Health Care Development Agency did not respond to three letters and several phone calls requesting comments on the findings. A spokesperson for the state Ministry of Health said on January 27 that "the ministry is aware of challenges with some contractors" and that "those who failed to perform will be sanctioned".
p|The spokesperson did not say how many contractors had been sanctioned or whether any money had been recovered.
p|Civil society groups in the state have called on the Independent Corrupt Practices and Other Related Offences Commission (ICPC) to investigate the programme. The commission's spokesperson said it would "study the report".
funding-note|This investigation was supported by the Centre for Accountability Reporting under its Health Accountability Project.
tags|Tags: Health Kebbi Kebbi State Government PHC Primary Health Care
nav|Previous Article: Tinubu signs 2026 Appropriation Bill into law
nav|Next Article: Super Eagles: Coach names 28 players for March friendlies
telegram|Join our Telegram channel for breaking news and investigations
comments|Comments
comments|0 Comments
comments|Log in
comments|Start the discussion
comments|Be the First to Comment!
comments|Powered by Disqus
related|More Investigations
related|How Abuja hospitals turned away accident victims over police reports
related|INVESTIGATION: Inside the fake scholarship scheme that cost 300 students their savings
related|Special Report: Nigeria's abandoned water projects, five years on
most-read|Most Read
most-read|Senate confirms new CBN deputy governors
most-read|Petrol price: Marketers announce new pump price in Lagos
most-read|Court grants ex-governor N500m bail
network|Dubawa
network|CAR Centre
network|PT Academy
footer|About Us
footer|Contact Us
footer|Advertise
footer|Careers
footer|Privacy Policy
footer|Terms of Use
footer|Ethics Policy
footer|Corrections Policy
copyright|© 2026 Candour Times Services Limited. All rights reserved.
"""),
 dict(id="premium-times-investigation-style-2", site="premium-times-investigation-style", lang="en", sep="\n", title="Trapped in Oman: How Nigerian women recruited as nannies ended up in forced labour", date="2026-03-16", page="""
timestamp|Monday, March 16, 2026
social|Facebook
social|X
social|Instagram
social|YouTube
social|LinkedIn
donate|Donate
menu|CANDOUR TIMES
menu|Nigeria's leading newspaper for investigative journalism
menu|Home
menu|News
menu|Top News
menu|More News
menu|Investigations
menu|Business
menu|Agriculture
menu|Health
menu|Opinion
menu|Sports
menu|Entertainment
menu|Features
menu|Data
menu|Region
menu|Fact-check
search|Search
ad|Advertisement
ad|PT Mag Campaign AD
section-label|Investigations
h1|Trapped in Oman: How Nigerian women recruited as nannies ended up in forced labour
byline|by Chiamaka Okafor and Yusuf Adamu
dateline|March 16, 2026
reading-time|9 min read
share|Facebook
share|X
share|WhatsApp
share|Telegram
share|Email
share|Copy Link
listen|Listen to this article
listen|Voiced by AI
caption|Blessing (not her real name) shows messages from her former employer in Muscat.
credit|CANDOUR TIMES
p|When a woman at her church in Ibadan told Blessing about a job caring for the children of a wealthy family in the Gulf, the salary sounded like a miracle: $400 a month, free accommodation, and a return ticket after two years.
p|Three weeks later, the 27-year-old was on a flight to Muscat, Oman, with a visa and a contract she had not been allowed to read. "They told me to sign fast because the flight was leaving," she said. "I did not even know the name of my employer."
p|What followed, she said, was eleven months of work from 5 a.m. to past midnight, seven days a week, cleaning three houses belonging to the same extended family. Her passport was taken on arrival. Her salary, when it was paid, was less than half of what she had been promised.
p|Blessing is one of 14 women interviewed by CANDOUR TIMES over six months who described being recruited in Nigeria for domestic jobs in Oman and ending up in conditions that, according to labour rights lawyers, meet the definition of forced labour.
ad|Advertisement
h2|The recruiters
p|Most of the women were recruited through informal agents operating in Oyo, Edo and Lagos States, often through churches, hair salons and WhatsApp groups. The agents, the women said, charged between N350,000 and N900,000 for "processing", money many borrowed from relatives.
p|Our reporters traced the agents to two registered companies in Lagos whose websites advertise "international domestic staffing". Neither company holds a licence from the Federal Ministry of Labour to recruit workers for jobs abroad, according to a list the ministry published in 2025.
p|Posing as a prospective applicant, one of our reporters contacted one of the agencies in January. Within two days, an agent offered her a "nanny job in Muscat" and asked her to submit her passport and a N500,000 deposit. "Don't worry about the contract, madam, the family will explain everything when you land," the agent said in a voice note.
text-ad|TEXT AD: Study in Canada and the UK. Admission and visa processing. Call Global Pathways - +2348000000001
h2|"I slept in the laundry room"
p|Several women said they were not given a room of their own. Aisha, 31, from Ilorin, said she slept on a mat in the laundry room for eight months. "If I complained, the madam said she paid for me and I should be grateful," she said.
p|Two of the women said they were physically assaulted. Four said their phones were confiscated for weeks at a time.
p|The women who made it back to Nigeria did so with the help of the Nigerian embassy in Riyadh, which covers Oman, or of a small network of Nigerian residents in Muscat who shelter runaway workers until their exit paperwork can be processed.
donate-box|Support CANDOUR TIMES' journalism of integrity and credibility
donate-box|At CANDOUR TIMES, we firmly believe that good journalism should be available to everyone. We do not hide our reporting behind a paywall, but it costs a lot of money to produce. If you value what we do, please consider making a donation.
donate-box|Make a donation
h2|Authorities respond
p|The National Agency for the Prohibition of Trafficking in Persons (NAPTIP) told CANDOUR TIMES it had received "a number of complaints" involving Oman in the past year and was working with the Ministry of Foreign Affairs to repatriate victims. It did not give figures.
p|The Omani embassy in Abuja did not respond to written questions sent on February 20 and March 3. Oman reformed its labour law in 2023, but domestic workers remain largely outside its protections, rights groups say.
p|Both recruitment agencies named in this investigation were contacted. One did not respond. A manager at the other said the company "only connects willing workers with employers" and could not be held responsible for "what happens inside people's houses".
p|Blessing has since returned to Ibadan, where she sells provisions from a kiosk. She is still repaying the money she borrowed for her trip. "I went to look for a better life," she said. "I came back with debt."
signature|Some names in this report have been changed to protect the women's identities.
funding-note|This report was produced with support from the Migration Reporting Fund.
tip|If you or someone you know has been affected by labour trafficking, call the NAPTIP hotline on 627.
tags|Tags: Forced Labour Human Trafficking Migration NAPTIP Oman
nav|Previous Article: Reps summon NNPC chief over fuel import figures
nav|Next Article: AFCON qualifiers: Osimhen returns as Super Eagles camp opens
telegram|Join our Telegram channel for breaking news and investigations
comments|Comments
comments|2 Comments
comments|Log in
comments|Join the discussion
comments|Oluwaseun_A
comments|3 hours ago
comments|This is heartbreaking. Our government must regulate these agents.
comments|Reply
comments|Ngozi Eze
comments|2 hours ago
comments|Thank you Candour Times for this. My cousin went through the same thing in Lebanon.
comments|Reply
comments|Powered by Disqus
related|More Investigations
related|INVESTIGATION: How N1.8 billion meant for 46 primary health centres in Kebbi vanished
related|Libya-bound migrants describe abuse in Agadez detention camps
related|Special Report: Nigerian footballers stranded in Eastern Europe
most-read|Most Read
most-read|Naira slides to new low at parallel market
most-read|Governors meet over minimum wage review
most-read|BBNaija star arrested over alleged fraud
network|Dubawa
network|CAR Centre
network|PT Academy
footer|About Us
footer|Contact Us
footer|Advertise
footer|Careers
footer|Privacy Policy
footer|Terms of Use
footer|Ethics Policy
footer|Corrections Policy
copyright|© 2026 Candour Times Services Limited. All rights reserved.
"""),
 dict(id="wordpress-ngo-blog-style-1", site="wordpress-ngo-blog-style", lang="en", sep="\n", title="Clean water reaches Kpalbusi: our 12th borehole is now open", date="2026-02-24", page="""
skip-link|Skip to content
contact|info@tiyumbawater.org
contact|+233 (0) 37 000 0000
social|Facebook
social|Instagram
social|X
social|YouTube
menu|Tiyumba Water Trust
menu|Water for every village in Northern Ghana
menu|Home
menu|About Us
menu|Our Work
menu|Projects
menu|News
menu|Get Involved
menu|Contact
donate|Donate Now
page-title|News
breadcrumb|Home » News » Clean water reaches Kpalbusi: our 12th borehole is now open
h1|Clean water reaches Kpalbusi: our 12th borehole is now open
byline|By Amina Seidu · February 24, 2026 · Boreholes, News · 2 Comments
caption|Children in Kpalbusi fetch water from the new borehole on the day it was handed over to the community.
p|On Saturday 21 February, more than three hundred people gathered under the big shea tree in Kpalbusi, a farming village about 40 km north of Tamale, to celebrate something most of us take for granted: a reliable source of clean drinking water.
p|Until now, the women and girls of Kpalbusi walked up to two hours each day to a seasonal dam that they share with cattle. In the dry months from December to April the dam shrinks to a muddy pool, and cases of diarrhoea and typhoid among children rise every year, according to the nurse at the nearby CHPS compound.
p|The new borehole, drilled to a depth of 62 metres and fitted with a solar-powered pump and a 10,000-litre storage tank, now supplies four taps in the centre of the village. It is our twelfth borehole since the Trust was founded in 2017, and the first we have built with solar pumping.
h2|Built with the community
p|As with all our projects, the people of Kpalbusi were involved from the start. The chief released the land, young men from the village dug the trenches for the pipes, and a seven-member Water and Sanitation Committee (WATSAN) was elected to manage the facility. Four of its members are women, including the treasurer.
p|Each household contributes 2 cedis a month into a maintenance fund kept at the rural bank in Savelugu. Two committee members have been trained by our technician to carry out basic repairs and to keep the solar panels clean.
p|"Before, my daughter was always late for school because of water. Now she fetches it in five minutes and she is in class before the bell," said Mma Fuseina Alhassan, one of the committee members, at the handover ceremony.
caption|Members of the Kpalbusi WATSAN committee with our field officer Iddrisu.
h2|What your donations paid for
p|The total cost of the project was GH₵ 148,000 (about £9,200). Thanks to you, this covered:
li|a hydrogeological survey and drilling of the borehole;
li|the solar panels, submersible pump and storage tank on a raised stand;
li|four public taps and a fenced washing area;
li|training for the WATSAN committee and two local pump caretakers;
li|hygiene sessions at Kpalbusi primary school for 180 pupils.
p|A special thank you goes to the pupils of St Mary's Primary School in Leicester, whose sponsored walk last summer raised over £1,300 for the tank, and to the Rotary Club that matched all donations made in December.
p|We will test the water quality again in three months and share the results here on the blog. Our next borehole, in Nyolugu, is planned for May, before the rains.
signature|Amina Seidu, Programme Coordinator, Tamale
donate-box|Can you help us reach the next village?
donate-box|£25 pays for a water quality test. £60 trains a pump caretaker. £150 provides a tap for 50 families.
donate-box|£25 £60 £150 Other amount
donate-box|Give today
share|Share this:
share|Click to share on Facebook (Opens in new window)
share|Facebook
share|Click to share on X (Opens in new window)
share|X
share|Click to share on WhatsApp (Opens in new window)
share|WhatsApp
share|Click to email a link to a friend (Opens in new window)
share|Email
like|Like this:
like|Like Loading...
related|Related
related|Handing over the Zangbalun borehole
related|October 3, 2025
related|In "Boreholes"
related|Why we are switching to solar pumps
related|January 12, 2026
related|In "News"
tags|Posted in Boreholes, News
tags|Tagged Kpalbusi, Northern Region, solar, WASH
nav|Post navigation
nav|Previous Post: Our 2025 in numbers
nav|Next Post: Volunteer with us in Tamale this summer
comments|2 thoughts on "Clean water reaches Kpalbusi: our 12th borehole is now open"
comments|Margaret Holloway
comments|February 25, 2026 at 8:14 am
comments|Wonderful news! So proud our school could be a part of this. The children will love seeing the photos.
comments|Reply
comments|Tiyumba Water Trust
comments|February 25, 2026 at 11:02 am
comments|Thank you Margaret, and please pass on our thanks to every child who walked!
comments|Reply
comments|Leave a Reply Cancel reply
comments|Your email address will not be published. Required fields are marked *
comments|Comment *
comments|Name *
comments|Email *
comments|Website
comments|Save my name, email, and website in this browser for the next time I comment.
comments|Post Comment
sidebar|Search for:
sidebar|Search
teaser-list|Recent Posts
teaser-list|Clean water reaches Kpalbusi: our 12th borehole is now open
teaser-list|Our 2025 in numbers
teaser-list|Why we are switching to solar pumps
teaser-list|Christmas appeal: thank you!
sidebar|Archives
sidebar|February 2026
sidebar|January 2026
sidebar|December 2025
sidebar|Categories
sidebar|Boreholes
sidebar|Hygiene
sidebar|News
sidebar|Stories
sidebar|Meta
sidebar|Log in
sidebar|Entries feed
sidebar|Comments feed
sidebar|WordPress.org
footer|Tiyumba Water Trust
footer|PO Box TL 000, Tamale, Northern Region, Ghana
footer|Registered NGO in Ghana (DSW/0000) and registered charity in England and Wales (No. 1170000)
newsletter|Sign up for our quarterly newsletter
newsletter|Email Address
newsletter|Subscribe
copyright|Copyright © 2026 Tiyumba Water Trust · Powered by Astra WordPress Theme
cookie|We use cookies to ensure that we give you the best experience on our website. If you continue to use this site we will assume that you are happy with it.
cookie|Ok
cookie|Privacy policy
back-to-top|Scroll to Top
"""),
 dict(id="wordpress-ngo-blog-style-2", site="wordpress-ngo-blog-style", lang="en", sep="\n", title="Guest post: three weeks with the hygiene team in Savelugu", date="2026-03-09", page="""
skip-link|Skip to content
contact|info@tiyumbawater.org
contact|+233 (0) 37 000 0000
social|Facebook
social|Instagram
social|X
social|YouTube
menu|Tiyumba Water Trust
menu|Water for every village in Northern Ghana
menu|Home
menu|About Us
menu|Our Work
menu|Projects
menu|News
menu|Get Involved
menu|Contact
donate|Donate Now
page-title|News
breadcrumb|Home » Stories » Guest post: three weeks with the hygiene team in Savelugu
h1|Guest post: three weeks with the hygiene team in Savelugu
byline|By admin · March 9, 2026 · Hygiene, Stories · Leave a Comment
byline|Guest post by Hannah Clarke
p|I arrived in Tamale in the middle of February with a suitcase full of soap samples, a notebook and a lot of ideas about how to teach handwashing. Three weeks later, I left with most of those ideas turned upside down, and with a great deal of respect for the people who do this work all year round.
p|I had joined Tiyumba Water Trust's hygiene team as part of my nursing placement. The team is small: two field officers, Iddrisu and Mariam, and a driver, Baba, who also turned out to be the best football coach in the district. Every morning we left Tamale at seven and drove out to one of the schools or communities around Savelugu where the Trust has built or repaired a water point.
h2|Songs, not slides
p|My first surprise was how little the team relies on posters and talks. On my second day, I watched Mariam teach a class of 60 pupils in Dagbani using a song about the six steps of handwashing. By the end of the morning, the whole school was singing it in the playground, and a group of older girls had made up a dance to go with it.
p|"If they remember the song, they remember the steps," Mariam told me. "If you give them a paper, the goats eat it."
p|I had spent weeks preparing a presentation. I never used it.
gallery|Gallery
gallery|1 / 6
caption|Pupils at Nyolugu D/A Primary practise the six steps at the new handwashing station.
caption|Mariam leading the handwashing song in Dagbani.
gallery|Previous
gallery|Next
h2|Tippy taps and menstrual pads
p|A big part of the team's work is helping schools and households build "tippy taps": a jerrycan hung from a wooden frame and tipped with a foot pedal, so that people can wash their hands without touching anything. They cost almost nothing to make, and every school we visited had at least one by the end of our session.
p|The other part, which I had not expected, was menstrual health. In several schools, teachers told us that older girls miss several days of class every month. Mariam runs separate sessions for the girls, where they learn to sew reusable pads from cotton cloth and talk about things they would never discuss in front of the boys. During those sessions, I was asked to wait outside, and I understood why.
p|Over the three weeks, we:
li|visited 11 schools and 4 communities;
li|helped build 23 tippy taps;
li|ran 9 menstrual health sessions with about 270 girls;
li|trained 14 teachers to keep the hygiene clubs going after we left.
video|Watch: The Nyolugu school hygiene club sings the handwashing song (1:42)
embed-blocked|This content is blocked. Accept cookies to view it.
h2|What I am taking home
p|As a nursing student, I was taught that infection prevention is about procedures and equipment. In Savelugu, I learned that it is first of all about trust: the team is welcomed everywhere because people know them, and because they come back.
p|I also learned that the simplest things, like a bar of soap, a jerrycan and a song, can keep a child out of the clinic. I will remember that the next time I am on a ward in Leeds.
p|Thank you to Iddrisu, Mariam and Baba for putting up with my questions, and to everyone in Savelugu who made me feel at home.
signature|Hannah
author-bio|Hannah Clarke is a third-year nursing student at the University of Leeds. She volunteered with Tiyumba Water Trust in February and March 2026.
volunteer|Interested in volunteering with us? Find out more on our Get Involved page.
donate-box|Can you help us reach the next village?
donate-box|£25 pays for a water quality test. £60 trains a pump caretaker. £150 provides a tap for 50 families.
donate-box|£25 £60 £150 Other amount
donate-box|Give today
share|Share this:
share|Click to share on Facebook (Opens in new window)
share|Facebook
share|Click to share on X (Opens in new window)
share|X
share|Click to share on WhatsApp (Opens in new window)
share|WhatsApp
share|Click to email a link to a friend (Opens in new window)
share|Email
like|Like this:
like|Like Loading...
related|Related
related|Clean water reaches Kpalbusi: our 12th borehole is now open
related|February 24, 2026
related|In "Boreholes"
related|Why menstrual health is a water issue
related|November 18, 2025
related|In "Hygiene"
tags|Posted in Hygiene, Stories
tags|Tagged guest post, handwashing, menstrual health, Savelugu, volunteers
nav|Post navigation
nav|Previous Post: Clean water reaches Kpalbusi: our 12th borehole is now open
nav|Next Post: World Water Day 2026: join our 10 km walk
comments|Leave a Reply Cancel reply
comments|Your email address will not be published. Required fields are marked *
comments|Comment *
comments|Name *
comments|Email *
comments|Website
comments|Save my name, email, and website in this browser for the next time I comment.
comments|Post Comment
sidebar|Search for:
sidebar|Search
teaser-list|Recent Posts
teaser-list|Guest post: three weeks with the hygiene team in Savelugu
teaser-list|Clean water reaches Kpalbusi: our 12th borehole is now open
teaser-list|Our 2025 in numbers
teaser-list|Why we are switching to solar pumps
sidebar|Archives
sidebar|March 2026
sidebar|February 2026
sidebar|January 2026
sidebar|Categories
sidebar|Boreholes
sidebar|Hygiene
sidebar|News
sidebar|Stories
sidebar|Meta
sidebar|Log in
sidebar|Entries feed
sidebar|Comments feed
sidebar|WordPress.org
footer|Tiyumba Water Trust
footer|PO Box TL 000, Tamale, Northern Region, Ghana
footer|Registered NGO in Ghana (DSW/0000) and registered charity in England and Wales (No. 1170000)
newsletter|Sign up for our quarterly newsletter
newsletter|Email Address
newsletter|Subscribe
copyright|Copyright © 2026 Tiyumba Water Trust · Powered by Astra WordPress Theme
cookie|We use cookies to ensure that we give you the best experience on our website. If you continue to use this site we will assume that you are happy with it.
cookie|Ok
cookie|Privacy policy
back-to-top|Scroll to Top
"""),
]
