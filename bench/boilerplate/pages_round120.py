# Round 120: eight pages on four more layouts (a Nigerien news portal, an Ivorian business news site, a Tanzanian
# government daily, a Ugandan online news site), written blind: without looking at the classifier, its rules or the
# benchmark, measured once. Each line: "label|text". Invented text; no real article is copied.
ROUND120 = [
 dict(id="actu-niger-style-1", site="actu-niger-style", lang="fr", sep="\n", title="Niger : l'OPVN lance la vente de céréales à prix modéré dans les 266 communes du pays", date="2026-03-03", page="""
timestamp|mardi 3 mars 2026
weather|Niamey 37°C Ensoleillé
social|Facebook
social|X
social|YouTube
social|WhatsApp
menu|NIAMEY ACTU
menu|L'info du Niger, minute par minute
ad|Publicité
ad|SAHELCASH - Envoyez et recevez de l'argent partout au Niger. Composez *555#
menu|Accueil
menu|Politique
menu|Économie
menu|Sécurité
menu|Société
menu|Régions
menu|AES
menu|Afrique
menu|International
menu|Sport
menu|Culture
menu|Contributions
search|Rechercher...
breaking|FLASH INFO
breaking|Zinder : une délégation gouvernementale attendue jeudi pour le lancement des travaux de la route Zinder-Mirriah
breaking|Football : le Mena convoqué en regroupement à Niamey à partir du 20 mars
breadcrumb|Accueil / Économie / Niger : l'OPVN lance la vente de céréales à prix modéré dans les 266 communes du pays
section-label|Économie
h1|Niger : l'OPVN lance la vente de céréales à prix modéré dans les 266 communes du pays
label|Par
byline|Rachida Abdou
label|Publié le
dateline|3 mars 2026
reading-time|3 min de lecture
views|1 874 vues
comments|0
share|Partager
share|Facebook
share|X (Twitter)
share|WhatsApp
share|Telegram
share|Copier le lien
caption|Des sacs de mil stockés dans un magasin de l'OPVN à Niamey. Photo d'archives.
credit|Crédit photo : Niamey Actu
p|Le gouvernement a officiellement lancé, ce mardi 3 mars 2026 à Niamey, l'opération de vente de céréales à prix modéré au titre de l'année 2026. La cérémonie s'est déroulée au magasin central de l'Office des produits vivriers du Niger (OPVN), sur la route de Filingué, en présence de plusieurs membres du gouvernement, du gouverneur de la région de Niamey et des responsables des organisations paysannes.
p|Selon les chiffres communiqués à cette occasion, un stock de 65 000 tonnes de céréales, composé de mil, de sorgho, de maïs et de riz, sera mis à la disposition des populations dans les 266 communes du pays. L'opération, qui doit durer jusqu'à la fin du mois de juin, vise à soulager les ménages vulnérables pendant la période de soudure, au moment où les prix sur les marchés connaissent traditionnellement une hausse.
p|« Cette vente n'est pas une faveur. C'est un devoir de l'État envers les populations, en particulier dans les zones déficitaires », a déclaré le secrétaire général du ministère du Commerce, M. Souley Harouna, qui a procédé au lancement au nom du ministre.
read-also|Lire aussi : Campagne agricole 2025 : un excédent céréalier annoncé dans quatre régions
h2|Des prix fixés par sac
p|Les prix de cession ont été arrêtés par le comité interministériel en charge de l'opération. Ils sont identiques sur l'ensemble du territoire, frais de transport compris :
li|mil : 13 000 FCFA le sac de 100 kg ;
li|sorgho : 12 500 FCFA le sac de 100 kg ;
li|maïs : 12 000 FCFA le sac de 100 kg ;
li|riz : 14 500 FCFA le sac de 50 kg.
p|Sur les marchés de Niamey, le sac de mil de 100 kg s'échangeait la semaine dernière entre 24 000 et 27 000 FCFA, selon les relevés du Système d'information sur les marchés agricoles (SIMA). Chaque ménage ne pourra acheter plus de deux sacs par passage, sur présentation d'une carte d'électeur ou d'une carte d'identité.
ad|Publicité
ad|BANQUE SAHÉLIENNE DE L'ÉPARGNE - Votre crédit de campagne à partir de 8 % l'an. Renseignez-vous en agence
h2|Des comités pour éviter les détournements
p|Pour éviter que les céréales ne soient détournées au profit de commerçants, comme cela a été dénoncé lors des précédentes éditions, des comités communaux de gestion ont été mis en place. Ils associent les maires, les chefs de canton et de village, des représentantes des femmes et des jeunes ainsi que les forces de défense et de sécurité.
p|« Nous avons reçu des instructions claires. Tout agent ou commerçant qui sera pris en train de revendre ces vivres sera poursuivi », a averti le directeur général de l'OPVN, M. Ibrahim Mahamane Sani, qui a également annoncé l'ouverture d'un numéro vert pour recevoir les plaintes des citoyens.
p|Au marché de Katako, la nouvelle a été bien accueillie. « Avec les prix actuels, on n'arrive plus à nourrir la famille. Si le sac revient à 13 000, c'est déjà un grand soulagement », confie Mariama, vendeuse de condiments et mère de six enfants.
p|Certains habitants restent cependant sceptiques. « L'année passée, quand je suis arrivée au point de vente, on m'a dit que tout était fini dès le deuxième jour », raconte Hadiza, une habitante du quartier Talladjé.
p|Les autorités assurent que les quantités seront réparties en plusieurs tranches afin de garantir l'approvisionnement des points de vente jusqu'au mois de juin. Les régions de Tillabéri, Tahoua et Diffa, considérées comme les plus touchées par l'insécurité alimentaire, recevront à elles seules près de 40 % du stock.
signature|Rachida Abdou ( niameyactu.com )
tags|Étiquettes :
tags|OPVN
tags|Période de soudure
tags|Sécurité alimentaire
tags|Vente à prix modéré
share|Partager sur Facebook
share|Partager sur WhatsApp
whatsapp|Suivez Niamey Actu sur WhatsApp : rejoignez notre chaîne pour recevoir l'essentiel de l'actualité nigérienne
nav|Article précédent
nav|Tillabéri : remise de kits scolaires à 1 200 élèves déplacés à Ouallam
nav|Article suivant
nav|Conseil des ministres du vendredi 27 février 2026 : le communiqué intégral
related|Vous aimerez aussi
related|Niger : le prix de l'oignon chute sur les marchés de Galmi
related|Période de soudure : le PAM annonce une assistance à 800 000 personnes
related|Commerce : l'interdiction d'exportation des céréales reconduite pour 2026
comments|Laisser un commentaire
comments|Vous devez être connecté pour publier un commentaire.
most-read|Les plus lus
most-read|Conseil des ministres du vendredi 27 février 2026 : le communiqué intégral
most-read|BAC 2026 : le calendrier des examens rendu public
most-read|Agadez : la route Agadez-Arlit en travaux sur 70 km
teaser-list|Dernières infos
teaser-list|Niamey : une campagne de dépistage gratuit du diabète au CHR Poudrière
teaser-list|il y a 2 heures
teaser-list|Dosso : 14 écoles réhabilitées grâce aux fonds communaux
teaser-list|il y a 5 heures
teaser-list|AES : les ministres des Finances réunis à Bamako
teaser-list|il y a 7 heures
app|Téléchargez l'application Niamey Actu sur Google Play
footer|Niamey Actu
footer|Site d'information générale édité par Sahel Médias SARL, Niamey
footer|Qui sommes-nous
footer|Nous contacter
footer|Publicité
footer|Mentions légales
copyright|© 2026 Niamey Actu. Tous droits réservés. Toute reproduction, même partielle, est interdite sans autorisation.
back-to-top|↑
"""),
 dict(id="actu-niger-style-2", site="actu-niger-style", lang="fr", sep="\n", title="Niamey : la Ville lance une opération de curage des caniveaux avant l'hivernage", date="2026-05-12", page="""
timestamp|mardi 12 mai 2026
weather|Niamey 43°C Brumeux
social|Facebook
social|X
social|YouTube
social|WhatsApp
menu|NIAMEY ACTU
menu|L'info du Niger, minute par minute
ad|Publicité
ad|SAHELCASH - Payez vos factures d'eau et d'électricité sans vous déplacer. Composez *555#
menu|Accueil
menu|Politique
menu|Économie
menu|Sécurité
menu|Société
menu|Régions
menu|AES
menu|Afrique
menu|International
menu|Sport
menu|Culture
menu|Contributions
search|Rechercher...
breaking|FLASH INFO
breaking|Examens : les épreuves écrites du BEPC débutent le 2 juin sur toute l'étendue du territoire
breaking|Tahoua : un forage multivillages inauguré à Bouza
breadcrumb|Accueil / Société / Niamey : la Ville lance une opération de curage des caniveaux avant l'hivernage
section-label|Société
h1|Niamey : la Ville lance une opération de curage des caniveaux avant l'hivernage
label|Par
byline|Ibrahim Garba Moussa
label|Publié le
dateline|12 mai 2026
reading-time|4 min de lecture
views|2 306 vues
comments|3
share|Partager
share|Facebook
share|X (Twitter)
share|WhatsApp
share|Telegram
share|Copier le lien
caption|Des agents de la Ville retirent le sable d'un caniveau sur le boulevard de l'Indépendance.
credit|Crédit photo : Niamey Actu / I.G.M.
p|À quelques semaines du début de la saison des pluies, la Ville de Niamey a lancé ce mardi 12 mai 2026 une vaste opération de curage des caniveaux et des collecteurs dans les cinq arrondissements communaux de la capitale. Le coup d'envoi a été donné au rond-point Harobanda par l'administrateur délégué de la Ville, entouré des administrateurs des arrondissements et des chefs de quartier.
p|Au total, plus de 140 kilomètres de caniveaux doivent être débarrassés du sable, des sachets plastiques et des ordures qui les obstruent. L'opération, estimée à 850 millions de FCFA, mobilisera pendant six semaines environ 1 500 jeunes recrutés dans les quartiers, des engins de la Ville et ceux de plusieurs entreprises privées de la place.
p|« Nous ne voulons plus revivre les images de 2024, quand des familles entières ont passé la nuit sur les toits. Chaque caniveau bouché, c'est une maison menacée », a insisté l'administrateur délégué dans son allocution.
h2|Les quartiers à risque en priorité
p|Les équipes commenceront par les zones les plus exposées aux inondations, identifiées à partir des relevés de la Direction de l'hydraulique urbaine :
li|Kirkissoye, Saga et Lamordé, sur les bords du fleuve ;
li|Talladjé et Banifandou, où les eaux de ruissellement stagnent chaque année ;
li|Boukoki et le grand marché, où les caniveaux sont envahis par les déchets ;
li|le quartier Bobiel, traversé par le kori du même nom.
p|Les déchets extraits seront évacués au plus tard quarante-huit heures après le curage, a promis la Ville, qui dit avoir tiré les leçons des années précédentes. Trop souvent, le sable retiré des caniveaux était laissé sur le bord de la chaussée et retournait dans les ouvrages à la première pluie.
read-also|Lire aussi : Inondations : la Protection civile recense les zones inondables de la région de Niamey
ad|Publicité
ad|CIMENTERIE DU FLEUVE - Le ciment qui bâtit le Niger. Disponible chez tous nos revendeurs
h2|Les riverains appelés à la responsabilité
p|Les autorités municipales ont profité du lancement pour rappeler que le dépôt d'ordures dans les caniveaux est interdit et passible d'amende. Des brigades de salubrité seront déployées dans les marchés et le long des grandes artères pour verbaliser les contrevenants.
p|« On peut curer aujourd'hui, mais si demain les gens continuent de jeter leurs sachets dedans, on recommencera à zéro », regrette Abdoulaye, chef d'équipe dans le 4e arrondissement, une pelle à la main.
p|À Kirkissoye, où l'eau avait envahi une grande partie du quartier il y a deux ans, les habitants saluent l'initiative mais attendent davantage. « Le curage, c'est bien. Mais ce qu'il nous faut, c'est une digue solide et un vrai canal d'évacuation », estime Halima, commerçante, dont la maison avait été en partie détruite.
p|La Ville indique que des travaux de construction de nouveaux collecteurs, financés avec l'appui de partenaires, devraient démarrer après l'hivernage dans les quartiers périphériques de la rive droite. En attendant, une journée de salubrité sera organisée chaque premier samedi du mois, avec la participation des associations de jeunes et des groupements féminins.
signature|Ibrahim Garba Moussa ( niameyactu.com )
tags|Étiquettes :
tags|Assainissement
tags|Hivernage
tags|Inondations
tags|Ville de Niamey
share|Partager sur Facebook
share|Partager sur WhatsApp
whatsapp|Suivez Niamey Actu sur WhatsApp : rejoignez notre chaîne pour recevoir l'essentiel de l'actualité nigérienne
nav|Article précédent
nav|Maradi : les transporteurs observent une grève de 48 heures
nav|Article suivant
nav|Santé : lancement de la campagne de chimioprévention du paludisme saisonnier
related|Vous aimerez aussi
related|Saison des pluies 2026 : la Météorologie nationale prévoit une pluviométrie excédentaire
related|Niamey : démolition des constructions anarchiques sur le kori de Gounti Yéna
related|Salubrité : plus de 300 tonnes de déchets ramassés lors de la dernière journée citoyenne
comments|3 commentaires
comments|Moussa K. 12 mai 2026 à 14 h 22 min
comments|C'est chaque année la même chose, on cure en mai et en août tout est bouché. Il faut des poubelles dans les quartiers.
comments|Répondre
comments|Aminatou 12 mai 2026 à 16 h 05 min
comments|Merci à la Ville. Pensez aussi à Koira Tégui svp.
comments|Répondre
comments|Laisser un commentaire
comments|Vous devez être connecté pour publier un commentaire.
poll|Sondage
poll|Selon vous, Niamey est-elle prête pour la saison des pluies ?
poll|Oui
poll|Non
poll|Je ne sais pas
poll|Voter
poll|Voir les résultats
most-read|Les plus lus
most-read|BEPC 2026 : la liste des centres d'examen publiée
most-read|Conseil des ministres du jeudi 7 mai 2026 : le communiqué intégral
most-read|Football : le Mena tient en échec le Bénin à Cotonou
teaser-list|Dernières infos
teaser-list|Zinder : une unité de transformation de lait inaugurée à Mirriah
teaser-list|il y a 1 heure
teaser-list|Énergie : la centrale solaire de Gorou Banda à pleine capacité
teaser-list|il y a 4 heures
teaser-list|Diffa : retour de 300 familles déplacées dans leurs villages
teaser-list|il y a 6 heures
app|Téléchargez l'application Niamey Actu sur Google Play
footer|Niamey Actu
footer|Site d'information générale édité par Sahel Médias SARL, Niamey
footer|Qui sommes-nous
footer|Nous contacter
footer|Publicité
footer|Mentions légales
copyright|© 2026 Niamey Actu. Tous droits réservés. Toute reproduction, même partielle, est interdite sans autorisation.
back-to-top|↑
"""),
 dict(id="ivoire-business-style-1", site="ivoire-business-style", lang="fr", sep="\n", title="Noix de cajou : le prix plancher fixé à 435 FCFA le kilogramme pour la campagne 2026", date="2026-02-06", page="""
cookie|Nous utilisons des cookies pour vous garantir la meilleure expérience sur notre site. En poursuivant votre navigation, vous acceptez leur utilisation.
cookie|Accepter
cookie|Paramétrer
timestamp|Vendredi 6 février 2026
ticker|BRVM Composite 341,87 ▲ +0,42 %
ticker|BRVM 30 166,05 ▲ +0,18 %
ticker|EUR/XOF 655,957
ticker|USD/XOF 558,34
ticker|Cacao ICE Londres 4 870 £/t ▼ -1,35 %
ticker|Brent 69,12 $ ▼ -0,60 %
account|Se connecter
account|S'abonner
menu|ÉBURNIE BUSINESS
menu|L'économie ivoirienne au quotidien
menu|Accueil
menu|Économie
menu|Finance & Bourse
menu|Agro-industrie
menu|Énergie & Mines
menu|Entreprises
menu|Tech & Télécoms
menu|Emploi
menu|Interviews
menu|Tribunes
menu|Annonces légales
search|Rechercher un article, une entreprise, un dirigeant...
ad|PUBLICITÉ
ad|Ouvrez votre compte en ligne en 10 minutes et retirez votre carte Visa en agence. Lagune Banque, la banque qui vous ressemble.
breadcrumb|Accueil › Agro-industrie › Anacarde
section-label|AGRO-INDUSTRIE
h1|Noix de cajou : le prix plancher fixé à 435 FCFA le kilogramme pour la campagne 2026
lead|Le gouvernement a officiellement ouvert jeudi la campagne de commercialisation de la noix brute de cajou. Le prix bord champ progresse de 10 FCFA par rapport à l'an dernier, dans un contexte de demande soutenue en Asie.
byline|Par Aya Kouamé
dateline|Publié le 06/02/2026 à 09h40
dateline|Mis à jour le 06/02/2026 à 13h05
reading-time|Lecture : 4 min
share|Partager :
share|LinkedIn
share|Facebook
share|X
share|WhatsApp
share|E-mail
save|Ajouter à mes favoris
font|A-
font|A+
caption|Séchage de noix de cajou dans un village du département de Korhogo.
credit|© Éburnie Business / Archives
section-label|Ce qu'il faut retenir
li|Prix bord champ : 435 FCFA/kg, contre 425 FCFA en 2025.
li|Production attendue : environ 1,3 million de tonnes.
li|Objectif : transformer localement 50 % de la récolte d'ici à 2030.
p|C'est à Bondoukou, dans la région du Gontougo, que le gouvernement a lancé jeudi 5 février la campagne de commercialisation 2026 de la noix brute de cajou. Le prix plancher bord champ a été fixé à 435 FCFA le kilogramme, contre 425 FCFA lors de la campagne précédente, a annoncé le ministre d'État, ministre de l'Agriculture, du Développement rural et des Productions vivrières, devant plusieurs centaines de producteurs.
p|La hausse reste modeste. Elle intervient après le bond spectaculaire de l'an dernier, lorsque le prix minimum garanti avait été relevé de plus de 50 % pour coller à la flambée des cours internationaux. « Le marché est resté ferme depuis décembre. Nous pouvions aller un peu plus haut, mais l'État a voulu préserver la compétitivité de nos exportateurs face à la concurrence ouest-africaine », analyse un négociant installé à San Pedro.
h2|Des prix encadrés à chaque étape
p|En plus du prix bord champ, l'arrêté interministériel publié le même jour fixe des prix de référence aux différents maillons de la chaîne de commercialisation :
li|prix magasin intermédiaire : 455 FCFA/kg ;
li|prix magasin exportateur à Abidjan et San Pedro : 480 FCFA/kg ;
li|prix de cession aux transformateurs locaux : 445 FCFA/kg.
p|Le Conseil du Coton et de l'Anacarde (CCA) annonce le déploiement de brigades mixtes de contrôle sur les axes routiers du nord et de l'est, afin de lutter contre la fuite de la noix vers les pays voisins. Selon l'organe de régulation, près de 60 000 tonnes auraient quitté le territoire de manière frauduleuse lors de la campagne 2025.
read-also|LIRE AUSSI : Cacao : les exportations en recul de 12 % à fin décembre
ad|PUBLICITÉ
ad|Salon international de l'agro-industrie d'Abidjan - 14 au 17 avril 2026 - Parc des expositions. Réservez votre stand
h2|La transformation locale en ligne de mire
p|Premier producteur mondial de noix de cajou, la Côte d'Ivoire a transformé sur son sol environ 420 000 tonnes de noix l'an dernier, soit près d'un tiers de sa production. Les pouvoirs publics veulent porter ce taux à 50 % d'ici à 2030, grâce aux zones agro-industrielles de Bouaké, Korhogo et Bondoukou et à des mesures fiscales en faveur des usines de décorticage.
p|« La matière première existe, les investisseurs aussi. Ce qui nous manque, c'est un financement à des taux supportables pour constituer nos stocks en début de campagne », explique Mamadou Ouattara, directeur général d'une unité de transformation implantée à Bouaké. Son usine, qui emploie 700 personnes dont une majorité de femmes, tourne à 65 % de sa capacité.
p|Les exportations de noix brute restent toutefois dominées par le Vietnam et l'Inde. Sur les marchés internationaux, la tonne de noix brute de bonne qualité se négociait début février autour de 1 450 dollars, rendu port asiatique, selon les relevés des professionnels.
h2|Les producteurs restent prudents
p|Dans les zones de production, l'annonce a été accueillie sans enthousiasme excessif. Beaucoup de paysans gardent en mémoire les campagnes où le prix officiel n'était pas respecté par les pisteurs. « Quand le camion arrive dans le village, on nous propose souvent 350 ou 380 francs. Si l'État veut qu'on croie à ce prix, il faut des contrôles jusque dans les campements », prévient Souleymane Koné, président d'une coopérative de producteurs du Béré.
p|Le CCA assure avoir renforcé le dispositif de suivi des prix, avec un numéro vert et une application mobile permettant aux producteurs de signaler les achats en dessous du prix plancher. La campagne se poursuivra jusqu'au 31 juillet.
signature|A.K.
tags|Mots-clés :
tags|Anacarde
tags|CCA
tags|Noix de cajou
tags|Prix bord champ
newsletter|Recevez Éburnie Business Matin
newsletter|Chaque jour à 7 heures, l'essentiel de l'économie ivoirienne et de la BRVM dans votre boîte mail.
newsletter|Votre adresse e-mail
newsletter|Je m'abonne
related|À LIRE ÉGALEMENT
related|Anacarde : l'État veut attirer dix nouvelles usines de décorticage d'ici à 2028
related|Coton : la production 2025-2026 attendue en hausse de 8 %
related|Hévéa : le prix du caoutchouc naturel repart à la hausse
premium|PREMIUM
premium|Enquête : comment les pisteurs contournent le prix plancher dans le Nord
premium|Réservé aux abonnés
most-read|LES PLUS LUS
most-read|01
most-read|Fonction publique : le calendrier de paiement des salaires de février
most-read|02
most-read|BRVM : Sonatel et Orange CI tirent le marché vers le haut
most-read|03
most-read|Électricité : la CIE annonce des travaux sur le réseau d'Abidjan-Nord
notices|ANNONCES LÉGALES
notices|Avis de constitution - SARL AGRO NORD NEGOCE - Capital : 10 000 000 FCFA - Siège : Korhogo
notices|Avis de dissolution anticipée - SAS IVOIRE LOGISTIQUE SERVICES
notices|Publier une annonce légale
tenders|APPELS D'OFFRES
tenders|AAO N°T-014/2026 - Fourniture de sacs en jute pour la campagne agricole
tenders|Date limite : 27/02/2026
tenders|Voir tous les appels d'offres
footer|Éburnie Business
footer|Le quotidien en ligne de l'économie ivoirienne, édité par Éburnie Médias SA, Abidjan-Plateau
footer|Qui sommes-nous ?
footer|La rédaction
footer|Nos offres d'abonnement
footer|Annoncer sur Éburnie Business
footer|Conditions générales
footer|Politique de confidentialité
footer|Contact
social|Suivez-nous : LinkedIn Facebook X YouTube
copyright|© 2026 Éburnie Business - Tous droits réservés. Reproduction interdite sans autorisation écrite.
"""),
 dict(id="ivoire-business-style-2", site="ivoire-business-style", lang="fr", sep="\n", title="Emprunt obligataire : l'État ivoirien lève 412 milliards de FCFA sur le marché régional", date="2026-03-18", page="""
cookie|Nous utilisons des cookies pour vous garantir la meilleure expérience sur notre site. En poursuivant votre navigation, vous acceptez leur utilisation.
cookie|Accepter
cookie|Paramétrer
timestamp|Mercredi 18 mars 2026
ticker|BRVM Composite 352,10 ▲ +0,77 %
ticker|BRVM 30 170,44 ▲ +0,65 %
ticker|EUR/XOF 655,957
ticker|USD/XOF 561,02
ticker|Cacao ICE Londres 4 615 £/t ▲ +0,40 %
ticker|Brent 67,85 $ ▼ -0,22 %
account|Se connecter
account|S'abonner
menu|ÉBURNIE BUSINESS
menu|L'économie ivoirienne au quotidien
menu|Accueil
menu|Économie
menu|Finance & Bourse
menu|Agro-industrie
menu|Énergie & Mines
menu|Entreprises
menu|Tech & Télécoms
menu|Emploi
menu|Interviews
menu|Tribunes
menu|Annonces légales
search|Rechercher un article, une entreprise, un dirigeant...
ad|PUBLICITÉ
ad|Assurance santé entreprise : couvrez vos collaborateurs dès 9 500 FCFA par mois. Demandez un devis
breadcrumb|Accueil › Finance & Bourse › Marché financier
section-label|FINANCE & BOURSE
h1|Emprunt obligataire : l'État ivoirien lève 412 milliards de FCFA sur le marché régional
lead|Lancée fin février, l'opération par appel public à l'épargne a été sursouscrite à 137 %. Le Trésor a choisi de retenir un montant supérieur à l'enveloppe initiale de 300 milliards.
byline|Par Serge Yao Kouassi
dateline|Publié le 18/03/2026 à 16h20
reading-time|Lecture : 5 min
share|Partager :
share|LinkedIn
share|Facebook
share|X
share|WhatsApp
share|E-mail
save|Ajouter à mes favoris
font|A-
font|A+
caption|La salle de négociation d'une société de gestion et d'intermédiation au Plateau, à Abidjan.
credit|© Éburnie Business / K. Diomandé
p|Le Trésor public ivoirien a bouclé avec succès son premier emprunt obligataire par appel public à l'épargne de l'année 2026. Selon les résultats rendus publics mardi par l'arrangeur principal, l'opération baptisée « TPCI 6,20 % 2026-2033 » a recueilli des souscriptions de 412 milliards de FCFA, pour une enveloppe initialement fixée à 300 milliards.
p|La période de souscription, ouverte le 23 février, a été clôturée par anticipation le 13 mars, soit une semaine avant la date prévue. « La demande a été forte dès les premiers jours, en particulier de la part des banques et des caisses de retraite de la sous-région », souligne un responsable d'une société de gestion et d'intermédiation (SGI) membre du syndicat de placement.
h2|Trois tranches pour élargir la base d'investisseurs
p|Comme lors des précédentes opérations, le Trésor a proposé plusieurs maturités afin d'attirer des profils d'investisseurs différents :
li|une tranche A de 5 ans au taux de 6,00 %, avec un différé d'amortissement d'un an ;
li|une tranche B de 7 ans au taux de 6,20 %, avec deux ans de différé ;
li|une tranche C de 10 ans au taux de 6,45 %, avec trois ans de différé.
p|La tranche de sept ans concentre à elle seule 48 % des montants levés. Les personnes physiques, que l'État cherche à attirer depuis plusieurs années avec des campagnes de communication et un ticket d'entrée de 10 000 FCFA, représentent environ 9 % des souscriptions, un niveau en légère progression.
p|Les titres seront admis à la cote de la Bourse régionale des valeurs mobilières (BRVM) dans un délai de trois mois après la date de jouissance.
read-also|LIRE AUSSI : Marché des titres publics : le coût de l'argent se détend dans l'UEMOA
ad|PUBLICITÉ
ad|Placez votre épargne en toute sécurité avec le FCP Lagune Obligations. Rendement 2025 : 6,8 %. Les performances passées ne préjugent pas des performances futures.
h2|Des taux qui se détendent
p|Pour les analystes, le principal enseignement de l'opération réside dans le niveau des taux. En 2024, le Trésor ivoirien avait dû offrir jusqu'à 7 % pour placer ses titres de sept ans sur le marché régional, dans un contexte de resserrement monétaire et de forte concurrence entre les États de l'Union.
p|« Le marché a retrouvé de la liquidité. La baisse des taux directeurs de la BCEAO et la bonne signature de la Côte d'Ivoire permettent au Trésor d'emprunter moins cher, et pour plus longtemps », observe Fatou Diabaté, analyste financière dans un cabinet de conseil abidjanais.
p|Le ministère des Finances et du Budget indique que les ressources mobilisées serviront au financement des investissements prévus par la loi de finances 2026, notamment dans les infrastructures routières, l'énergie et l'eau potable, ainsi qu'au refinancement d'une partie de la dette arrivant à échéance.
h2|Un calendrier chargé
p|L'État ivoirien reste le premier émetteur souverain de l'UEMOA. Selon le calendrier trimestriel publié par l'Agence UMOA-Titres, il prévoit de lever plus de 1 200 milliards de FCFA sur le marché régional au premier semestre, entre adjudications de bons et d'obligations et appels publics à l'épargne.
p|Certains opérateurs mettent toutefois en garde contre un effet d'éviction. « Quand l'État absorbe une grande partie de l'épargne disponible, les entreprises privées ont plus de mal à se financer sur le marché obligataire », rappelle le responsable de SGI. Deux émetteurs privés, une société de télécommunications et une banque, attendent d'ailleurs le visa du régulateur pour lancer leurs propres emprunts d'ici à l'été.
signature|S.Y.K.
tags|Mots-clés :
tags|BRVM
tags|Dette publique
tags|Emprunt obligataire
tags|Trésor public
event|ÉVÉNEMENT
event|Webinaire Éburnie Business : « Investir sur la BRVM en 2026 », jeudi 26 mars à 10h GMT
event|Je m'inscris gratuitement
newsletter|Recevez Éburnie Business Matin
newsletter|Chaque jour à 7 heures, l'essentiel de l'économie ivoirienne et de la BRVM dans votre boîte mail.
newsletter|Votre adresse e-mail
newsletter|Je m'abonne
related|À LIRE ÉGALEMENT
related|UMOA-Titres : le Sénégal lève 150 milliards de FCFA en bons assimilables
related|BCEAO : le taux directeur ramené à 3,25 %
related|BRVM : la capitalisation franchit la barre des 16 000 milliards de FCFA
premium|PREMIUM
premium|Dette : ce que l'État ivoirien doit rembourser d'ici à 2028, notre tableau complet
premium|Réservé aux abonnés
ticker|COTATIONS BRVM
ticker|SONATEL SN 25 900 ▲ +1,17 %
ticker|ORANGE CI 15 450 ▲ +0,32 %
ticker|SGB CI 24 300 ▼ -0,41 %
ticker|SOLIBRA CI 14 100 = 0,00 %
ticker|Toutes les cotations
most-read|LES PLUS LUS
most-read|01
most-read|Recrutement : la Fonction publique ouvre 4 000 postes d'enseignants
most-read|02
most-read|Port autonome d'Abidjan : un trafic record en 2025
most-read|03
most-read|Cajou : les usines de Bouaké tournent à plein régime
notices|ANNONCES LÉGALES
notices|Avis de transformation - SA BATIMAT CÔTE D'IVOIRE - Capital porté à 500 000 000 FCFA
notices|Avis de convocation - Assemblée générale ordinaire des actionnaires de la SA IVOIRE TRANSPORT
notices|Publier une annonce légale
tenders|APPELS D'OFFRES
tenders|AAO N°F-031/2026 - Réhabilitation de bâtiments administratifs à Yamoussoukro
tenders|Date limite : 09/04/2026
tenders|Voir tous les appels d'offres
footer|Éburnie Business
footer|Le quotidien en ligne de l'économie ivoirienne, édité par Éburnie Médias SA, Abidjan-Plateau
footer|Qui sommes-nous ?
footer|La rédaction
footer|Nos offres d'abonnement
footer|Annoncer sur Éburnie Business
footer|Conditions générales
footer|Politique de confidentialité
footer|Contact
social|Suivez-nous : LinkedIn Facebook X YouTube
copyright|© 2026 Éburnie Business - Tous droits réservés. Reproduction interdite sans autorisation écrite.
"""),
 dict(id="daily-news-tz-style-1", site="daily-news-tz-style", lang="en", sep="\n", title="Govt releases 48.6bn/- for rural water projects in 12 regions", date="2026-02-17", page="""
timestamp|Tuesday, February 17, 2026
epaper|E-Paper
subscribe|Subscribe
account|Login
social|Facebook
social|X
social|Instagram
social|YouTube
menu|DAILY BULLETIN
menu|Tanzania's Leading English Daily
network|Sunday Bulletin
network|HabariKesho
network|MichezoKesho
ad|ADVERTISEMENT
ad|Pay your LUKU, water bills and school fees in seconds with PesaHapa. Dial *150*99#
menu|Home
menu|News
menu|Business
menu|Politics
menu|Zanzibar
menu|Opinion
menu|Editorial
menu|Features
menu|Sports
menu|Entertainment
menu|Columns
menu|Public Notices
search|Search
breaking|BREAKING
breaking|Kilimanjaro: 14 injured as bus overturns on Moshi-Arusha road
breaking|Parliament adjourns to April 7 after passing three Bills
breadcrumb|Home » News » Govt releases 48.6bn/- for rural water projects in 12 regions
section-label|News
h1|Govt releases 48.6bn/- for rural water projects in 12 regions
byline|By Anna Mwakyusa
dateline|Published: February 17, 2026
dateline|Updated: February 17, 2026 - 10:14 am
reading-time|3 mins read
share|Share
share|Facebook
share|X
share|WhatsApp
share|Telegram
share|LinkedIn
share|Email
print|Print
caption|Residents of Chamwino District in Dodoma Region fetch water from a newly commissioned public tap.
credit|(File Photo)
dateline|DODOMA
p|THE government has released 48.6bn/- for the construction and rehabilitation of 143 rural water projects in 12 regions, in a move expected to benefit more than 1.1 million people by the end of the 2025/26 financial year.
p|Water Deputy Minister Mr Hamisi Juma Kassim announced the disbursement in Dodoma yesterday, saying the funds had been channelled through the Rural Water Supply and Sanitation Agency (RUWASA) and would be spent on new boreholes, storage tanks, pipelines and domestic water points.
p|"The government's target is to ensure that 85 per cent of people in rural areas have access to clean and safe water by 2026. We are not far from that target, and this money will take us closer," Mr Kassim said.
p|He said the regions to benefit include Dodoma, Singida, Tabora, Shinyanga, Simiyu, Mara, Kigoma, Katavi, Rukwa, Lindi, Mtwara and Ruvuma, which have some of the lowest rural water coverage rates in the country.
ad|ADVERTISEMENT
ad|TANZANIA AGRICULTURAL INPUTS EXPO 2026 - Nane Nane Grounds, Dodoma - March 12-15
p|According to the Deputy Minister, 61 of the projects are new schemes while 82 involve the rehabilitation of old infrastructure, some of which was built in the 1970s and has not been working for years.
p|He directed RUWASA regional and district managers to make sure contractors complete the works on time, warning that the ministry would not hesitate to terminate contracts with firms that fail to meet deadlines.
p|"We have had cases where a contractor is paid an advance and then disappears from the site. That will not be tolerated. Every shilling must be accounted for," he stressed.
related-inline|RELATED: RUWASA to drill 900 boreholes using new rigs
p|RUWASA Director General Eng Rehema Mollel said the agency had already signed contracts for 97 of the projects, while procurement for the remaining ones was at the final stage.
p|She said the agency would also use its own drilling rigs, acquired last year, to reduce costs and speed up the implementation of borehole projects in areas with difficult terrain.
p|Eng Mollel further explained that community-based water supply organisations (CBWSOs) would be trained to manage the completed projects and collect user fees to ensure their sustainability.
p|In Singida Region, residents of Ikungi District who spoke to the Daily Bulletin welcomed the move, saying women and girls currently walk up to six kilometres a day to fetch water.
p|"We wake up at four in the morning to look for water. Sometimes the children miss school because they have to help us. If this project is finished, our lives will change," said Ms Mwanaidi Salum, a resident of Mang'onyi village.
p|Rural water coverage in Tanzania Mainland stood at 79.6 per cent by June last year, up from 64.8 per cent in 2020, according to ministry figures.
tags|TAGS
tags|RUWASA
tags|Rural water
tags|Water Ministry
share|Share on Facebook
share|Share on X
share|Share on WhatsApp
google-news|Follow Daily Bulletin on Google News
whatsapp|Join our WhatsApp Channel for the latest news
related|Related Posts
related|Lake Victoria water project to serve 200,000 in Mwanza, Shinyanga
related|February 10, 2026
related|Dawasa cuts new connection fees in Dar es Salaam
related|February 3, 2026
related|Climate change threatening water sources, MPs warn
related|January 29, 2026
comments|Leave a Reply
comments|Your email address will not be published. Required fields are marked *
comments|Comment *
comments|Name *
comments|Email *
comments|Website
comments|Post Comment
teaser-list|Latest News
teaser-list|Tanzania, Zambia agree to fast-track TAZARA revamp
teaser-list|2 hours ago
teaser-list|Dar traders decry new parking fees at Kariakoo
teaser-list|3 hours ago
teaser-list|Simba SC fly to Cairo for CAF quarter-final
teaser-list|5 hours ago
most-read|Trending
most-read|Form Four results: 92 per cent pass, says NECTA
most-read|Over 3,000 new teachers to report to schools next month
most-read|Zanzibar tourist arrivals hit new record
notices|PUBLIC NOTICES
notices|Tender No. TSP/2026/NC/004 - Provision of cleaning services
notices|Notice of change of name by deed poll
notices|View all notices
footer|Tanzania Standard Publications
footer|About Us
footer|Contact Us
footer|Advertise with Us
footer|Vacancies
footer|Privacy Policy
footer|Terms of Use
copyright|© 2026 Tanzania Standard Publications. All Rights Reserved.
"""),
 dict(id="daily-news-tz-style-2", site="daily-news-tz-style", lang="en", sep="\n", title="Dar port cuts ship waiting time to three days", date="2026-03-24", page="""
timestamp|Tuesday, March 24, 2026
epaper|E-Paper
subscribe|Subscribe
account|Login
social|Facebook
social|X
social|Instagram
social|YouTube
menu|DAILY BULLETIN
menu|Tanzania's Leading English Daily
network|Sunday Bulletin
network|HabariKesho
network|MichezoKesho
ad|ADVERTISEMENT
ad|Fly Dar es Salaam to Mwanza from 189,000/- one way. Book now at Kilele Air
menu|Home
menu|News
menu|Business
menu|Politics
menu|Zanzibar
menu|Opinion
menu|Editorial
menu|Features
menu|Sports
menu|Entertainment
menu|Columns
menu|Public Notices
search|Search
breaking|BREAKING
breaking|Bank of Tanzania keeps Central Bank Rate at 5.75 per cent
breaking|Taifa Stars coach names squad for AFCON qualifiers
breadcrumb|Home » Business » Dar port cuts ship waiting time to three days
section-label|Business
h1|Dar port cuts ship waiting time to three days
byline|By Daily Bulletin Reporter
dateline|Published: March 24, 2026
reading-time|4 mins read
share|Share
share|Facebook
share|X
share|WhatsApp
share|Telegram
share|LinkedIn
share|Email
print|Print
caption|Container vessels berthed at the Dar es Salaam Port. The port now handles more than 30 million tonnes of cargo a year.
credit|(Photo by Michael Shirima)
p|DAR ES SALAAM: THE average time a ship waits at anchorage before berthing at the Dar es Salaam Port has dropped to three days, down from as many as 30 days two years ago, the Tanzania Ports Authority (TPA) has said.
p|TPA Director of Operations Ms Neema Kisanga told reporters in Dar es Salaam yesterday that the improvement followed the modernisation of berths, new cargo-handling equipment and the entry of private terminal operators.
p|"Two years ago, shipping lines were charging congestion surcharges because their vessels were stuck outside the port for weeks. Today, a ship arriving in Dar es Salaam can expect to berth within three days, and in many cases much sooner," Ms Kisanga said.
h2|Cargo volumes up
p|She said the port handled 31.2 million tonnes of cargo in the year to December 2025, an increase of 14 per cent compared to the previous year, with transit cargo to neighbouring countries accounting for nearly 40 per cent of the total.
p|According to her, the main transit markets remain the Democratic Republic of Congo, Zambia, Malawi, Rwanda, Burundi and Uganda, which rely on the port for their imports of fuel, vehicles, machinery and consumer goods.
ad|ADVERTISEMENT
ad|Bulletin Business Breakfast - Theme: Logistics and the AfCFTA - Serena Hotel, April 2, 2026. Register today
p|Ms Kisanga listed the main factors behind the reduced waiting time as follows:
li|the deepening and strengthening of berths one to seven, which can now receive larger vessels;
li|the acquisition of new ship-to-shore gantry cranes and mobile harbour cranes;
li|round-the-clock operations at the terminals and at the one-stop border posts;
li|the use of an electronic single window system that has cut the time needed to clear cargo.
related-inline|RELATED: Kwala dry port starts receiving cargo by SGR
h2|Challenges remain
p|Despite the progress, clearing agents and truck owners say delays are now shifting from the sea side to the land side, with long queues of trucks at the port gates and along the Dar es Salaam-Morogoro road.
p|"The ship comes in fast now, that is true. But the container can still stay at the yard for a week because of documentation and inspection," said Mr Abdallah Mfinanga, a clearing and forwarding agent in Kurasini.
p|The chairman of a truck owners' association, Mr Elias Mrema, called for more dry ports outside the city and for greater use of the Standard Gauge Railway (SGR) to move cargo upcountry.
p|Responding, Ms Kisanga said TPA was working with Tanzania Railways Corporation (TRC) to increase the share of cargo moved by rail, and that the Kwala dry port in Coast Region would take pressure off the city's roads once fully operational.
p|Economists say the efficiency gains could help Tanzania win back transit business lost to competing ports in the region.
p|"Time is money in logistics. If Dar es Salaam can keep waiting times low and cut clearance costs, shippers from the DRC and Zambia will have no reason to look elsewhere," said Dr Hussein Mpemba, a lecturer in economics at the University of Dar es Salaam.
signature|Additional reporting by Rose Mwasomola
tags|TAGS
tags|Dar es Salaam Port
tags|Shipping
tags|TPA
tags|Transit cargo
share|Share on Facebook
share|Share on X
share|Share on WhatsApp
google-news|Follow Daily Bulletin on Google News
whatsapp|Join our WhatsApp Channel for the latest news
related|Related Posts
related|SGR cargo services to reach Mwanza by July, says TRC
related|March 18, 2026
related|Tanzania, DRC sign deal on joint logistics hub
related|March 11, 2026
related|Shipping lines drop congestion surcharge on Dar cargo
related|February 26, 2026
comments|Leave a Reply
comments|Your email address will not be published. Required fields are marked *
comments|Comment *
comments|Name *
comments|Email *
comments|Website
comments|Post Comment
teaser-list|Latest News
teaser-list|Cashew farmers in Mtwara paid 210bn/- in arrears
teaser-list|1 hour ago
teaser-list|Dodoma city to get new bus terminal by December
teaser-list|4 hours ago
teaser-list|Young Africans held to goalless draw in Tabora
teaser-list|6 hours ago
most-read|Trending
most-read|Government announces new fuel prices for April
most-read|Bank of Tanzania keeps Central Bank Rate at 5.75 per cent
most-read|Mwanza bridge opens to traffic ahead of schedule
ticker|Indicative Exchange Rates
ticker|USD 2,585.40
ticker|EUR 2,801.15
ticker|KES 20.01
notices|PUBLIC NOTICES
notices|Tender No. TSP/2026/G/011 - Supply of newsprint
notices|Lost title deed notice - Plot No. 412 Block C Mbezi
notices|View all notices
footer|Tanzania Standard Publications
footer|About Us
footer|Contact Us
footer|Advertise with Us
footer|Vacancies
footer|Privacy Policy
footer|Terms of Use
copyright|© 2026 Tanzania Standard Publications. All Rights Reserved.
"""),
 dict(id="chimpreports-style-1", site="chimpreports-style", lang="en", sep="\n", title="KCCA launches night market pilot on three Kampala streets", date="2026-02-24", page="""
timestamp|Tuesday, February 24, 2026
account|Sign in / Join
ad|Advertise With Us
social|Facebook
social|Instagram
social|Twitter
social|Youtube
menu|CraneReports
menu|Home
menu|News
menu|Politics
menu|Business
menu|Regional
menu|Sports
menu|Entertainment
menu|Opinions
menu|Health
menu|Crime
menu|World
menu|Tech
search|Search
breaking|Trending Now
breaking|Entebbe Expressway toll fees revised from March 1
breaking|Cranes in Morocco ahead of World Cup qualifier
ad|- Advertisement -
ad|Pay school fees, buy airtime and send money with PesaFlex MoMo. Dial *165#
breadcrumb|HomeNewsKampala
section-label|News
h1|KCCA launches night market pilot on three Kampala streets
byline|By Eria Ssekandi - February 24, 2026
views|1,126
comments|0
share|Share
share|Facebook
share|Twitter
share|Pinterest
share|WhatsApp
share|Linkedin
share|Email
print|Print
caption|Vendors set up stalls on Luwum Street during a trial run of the night market on Monday evening
p|Kampala Capital City Authority (KCCA) has launched a three-month pilot night market on Luwum Street, Burton Street and part of Nakivubo Place, allowing vendors to trade in the city centre from 7pm to midnight.
p|The pilot, which kicked off on Monday evening, is part of efforts to find a lasting solution to the running battles between street vendors and city law enforcement officers that have for years dominated business in the central business district.
p|Speaking at the launch, KCCA Director of Gender, Community Services and Production Ms Harriet Nakalema said the authority had registered 1,400 vendors for the first phase of the programme.
p|"We cannot continue chasing our people like criminals. These are mothers and young people trying to earn a living. What we are saying is, let us organise ourselves, trade in designated places, at designated times, and keep the city clean," Nakalema said.
ad|- Advertisement -
h2|Rules for vendors
p|Under the guidelines issued by KCCA, every registered vendor will be given a numbered space and an identity tag. Vendors will pay a daily fee of Shs2,000, which the authority says will go towards lighting, security and garbage collection.
p|Other rules include:
li|No stalls will be erected before 6:30pm, when the streets are closed to vehicles;
li|All vendors must clear their space by 12:30am;
li|Sale of alcohol, second-hand undergarments and live animals is prohibited;
li|Each vendor must have a dustbin and dispose of garbage at designated points.
p|Nakalema said the authority would work with police and private security firms to guarantee the safety of traders and shoppers, adding that 60 new solar street lights had been installed on the three streets.
read-also|READ ALSO: Kampala traders petition Parliament over new trading licence fees
p|Vendors who spoke to this website welcomed the move but raised concerns about the fees and the short trading hours.
p|"Shs2,000 a day is fair if they really protect us. But closing at midnight is early. Most of our customers are people coming from work and from bars," said Godfrey Ssemakula, chairperson of the Kampala Street Vendors Association.
p|Sarah Namubiru, who sells shoes and bags, said she had been arrested three times last year by KCCA enforcement officers. "If this works, I will not go back to running on the streets with my merchandise on my head," she said.
h2|Shop owners cautious
p|However, some shop owners on Luwum Street expressed fears that the night market would take away their customers and increase cases of theft.
p|"We pay rent, taxes and trading licences. Now people will sell the same things in front of our shops without paying anything close to that," said a shop owner who declined to be named.
p|KCCA says the pilot will be reviewed at the end of May, after which the authority will decide whether to extend it to other parts of the city, including Kisekka Market, Owino and the Old Taxi Park area.
tags|TAGS
tags|Kampala
tags|KCCA
tags|Night market
tags|Street vendors
share|Facebook
share|Twitter
share|WhatsApp
nav|Previous article
nav|Police arrest 12 over Nansana land wrangle
nav|Next article
nav|Uganda Cranes arrive in Rabat ahead of Friday clash
author-box|Eria Ssekandi
related|RELATED ARTICLESMORE FROM AUTHOR
related|Kampala Lord Mayor calls for more funds for city roads
related|KCCA impounds 40 boda bodas in city operation
related|Traders close shops over URA electronic receipting system
comments|LEAVE A REPLY Cancel reply
comments|Please enter your comment!
comments|Please enter your name here
comments|You have entered an incorrect email address!
comments|Please enter your email address here
comments|Save my name, email, and website in this browser for the next time I comment.
comments|Δ
social|Stay Connected
social|58,214Fans Like
social|41,950Followers Follow
social|12,300Subscribers Subscribe
teaser-list|Latest Articles
teaser-list|Government releases Shs120bn for PDM second phase
teaser-list|February 24, 2026
teaser-list|Kyotera: Two dead as boat capsizes on Lake Victoria
teaser-list|February 24, 2026
teaser-list|Mukono: Residents protest over delayed Kayunga road works
teaser-list|February 23, 2026
categories|POPULAR CATEGORY
categories|News 38214
categories|Politics 11502
categories|Business 6421
categories|Sports 5390
categories|Entertainment 2877
editor-picks|EDITOR PICKS
editor-picks|How Kampala's taxi industry is changing after the new routes policy
editor-picks|Inside the Namanve factory that wants to assemble 5,000 buses a year
footer|ABOUT US
footer|CraneReports is Uganda's fastest growing online news platform bringing you the latest breaking news, politics, business and sports.
footer|Contact us: news@cranereports.co.ug
footer|FOLLOW US
copyright|© CraneReports 2026
"""),
 dict(id="chimpreports-style-2", site="chimpreports-style", lang="en", sep="\n", title="Uganda's coffee exports hit record $2.6bn in 2025", date="2026-01-15", page="""
timestamp|Thursday, January 15, 2026
account|Sign in / Join
ad|Advertise With Us
social|Facebook
social|Instagram
social|Twitter
social|Youtube
menu|CraneReports
menu|Home
menu|News
menu|Politics
menu|Business
menu|Regional
menu|Sports
menu|Entertainment
menu|Opinions
menu|Health
menu|Crime
menu|World
menu|Tech
search|Search
breaking|Trending Now
breaking|Electoral Commission announces final presidential results
breaking|UPDF deploys in Kasese ahead of polls
ad|- Advertisement -
ad|Bet on the AFCON with OdiBet Uganda. Get a 100% welcome bonus
disclaimer|18+ only. Betting is addictive. Play responsibly.
breadcrumb|HomeBusiness
section-label|Business
h1|Uganda's coffee exports hit record $2.6bn in 2025
byline|By Crane Reporter - January 15, 2026
views|2,043
comments|1
share|Share
share|Facebook
share|Twitter
share|Pinterest
share|WhatsApp
share|Linkedin
share|Email
print|Print
caption|A farmer in Luwero District sorts red coffee cherries. Robusta accounts for about 80 per cent of Uganda's coffee output
credit|File photo
p|Uganda earned a record $2.6 billion from coffee exports in the calendar year 2025, the highest amount ever recorded since the country started exporting the crop, according to new figures released by the Ministry of Agriculture, Animal Industry and Fisheries (MAAIF).
p|The country exported 7.9 million 60-kilogramme bags of coffee during the period, up from 6.7 million bags in 2024, as farmers cashed in on high prices on the international market caused by poor harvests in Brazil and Vietnam.
p|Dr Samuel Kiggundu, the Commissioner for Coffee Development at MAAIF, said the performance confirmed coffee's position as Uganda's leading agricultural export.
p|"For the first time, every month of the year brought in more than $150 million. This is money that goes directly into the pockets of farmers in Masaka, Mbale, Bushenyi, Mukono and other coffee-growing areas," Kiggundu said on Wednesday.
ad|- Advertisement -
h2|Italy remains top buyer
p|According to the ministry's report, Italy remained the leading destination for Uganda's coffee, taking 34 per cent of the exports, followed by Germany, India, Sudan and Belgium.
p|Robusta accounted for 80 per cent of the volume exported, while Arabica, mostly grown on the slopes of Mount Elgon and Rwenzori, made up the rest.
p|The report also shows that the average export price rose to $5.48 per kilogramme, compared to $4.12 the previous year.
read-also|ALSO READ: Government to construct coffee processing plants in Masaka, Mbale
h2|Farmers want more
p|However, farmers say they are not getting a fair share of the money. John Bosco Ssali, a coffee farmer in Luwero, said middlemen were still buying dry cherry (kiboko) at low prices and reselling it at a huge profit.
p|"When prices were high, traders came to our villages with money. But some of them buy using wrong weighing scales. The government should protect us," Ssali said.
p|Farmers have also raised concerns over the quality of seedlings distributed under government programmes and the high cost of fertilisers.
p|Kiggundu said the ministry had stepped up inspection of coffee buyers and stores, adding that 46 stores had been closed in the last six months for selling poor quality coffee or using tampered scales.
p|He also cautioned farmers against harvesting immature beans in a rush to take advantage of high prices, saying the practice could damage Uganda's reputation on the global market.
h2|Target of 20 million bags
p|The government has set a target of exporting 20 million bags a year by 2030 under the coffee roadmap, with a focus on increasing yields per tree, value addition and opening new markets in China and the Middle East.
p|Economists, however, warn that the record earnings were largely driven by prices rather than volumes, and could fall if global supply recovers.
p|"Coffee prices are cyclical. If Brazil has a good season, prices could drop sharply. Uganda must use this windfall to invest in productivity and processing," said Dr Peter Kasozi, an economist at a Kampala-based think tank.
tags|TAGS
tags|Coffee
tags|Exports
tags|MAAIF
share|Facebook
share|Twitter
share|WhatsApp
nav|Previous article
nav|EC declares results for 120 parliamentary seats
nav|Next article
nav|Banks, URA sign deal on digital tax payments
author-box|Crane Reporter
related|RELATED ARTICLESMORE FROM AUTHOR
related|Uganda's tea exports fall for third consecutive year
related|Bank of Uganda holds Central Bank Rate at 9.75 per cent
related|Shilling gains against dollar on coffee inflows
comments|1 COMMENT
comments|Mukasa Henry
comments|January 15, 2026 At 4:12 pm
comments|Let the government fight the middlemen. We farmers are still poor.
comments|Reply
comments|LEAVE A REPLY Cancel reply
comments|Please enter your comment!
comments|Please enter your name here
comments|You have entered an incorrect email address!
comments|Please enter your email address here
comments|Save my name, email, and website in this browser for the next time I comment.
comments|Δ
social|Stay Connected
social|58,214Fans Like
social|41,870Followers Follow
social|12,280Subscribers Subscribe
teaser-list|Latest Articles
teaser-list|Voter turnout reaches 61 per cent, says EC
teaser-list|January 15, 2026
teaser-list|Kampala residents return to work after election holiday
teaser-list|January 15, 2026
teaser-list|Police: Over 200 arrested in post-election incidents
teaser-list|January 14, 2026
categories|POPULAR CATEGORY
categories|News 38002
categories|Politics 11460
categories|Business 6398
categories|Sports 5371
categories|Entertainment 2869
editor-picks|EDITOR PICKS
editor-picks|Inside Uganda's first oil: what happens when the taps open
editor-picks|The women transforming Masaka's coffee into premium brands
footer|ABOUT US
footer|CraneReports is Uganda's fastest growing online news platform bringing you the latest breaking news, politics, business and sports.
footer|Contact us: news@cranereports.co.ug
footer|FOLLOW US
copyright|© CraneReports 2026
"""),
]
