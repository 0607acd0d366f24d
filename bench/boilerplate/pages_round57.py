# Round 57: eight pages on four more layouts (a French Massif Central regional daily, a Beninese web TV news site,
# a Sierra Leonean daily, a Canadian small-town weekly), written blind: without looking at the classifier, its rules
# or the benchmark, measured once. Each line: "label|text". Invented text; no real article is copied.
ROUND57 = [
 dict(id="la-montagne-style-1", site="la-montagne-style", lang="fr", sep="\n", title="Aurillac : la fromagerie des Quatre-Chemins reprise par un couple de jeunes agriculteurs", date="2026-11-17", page="""
skip|Aller au contenu principal
skip|Aller à la recherche
menu|L’Écho des Volcans
menu|Se connecter
menu|S’abonner
menu|1 € le premier mois
timestamp|Mardi 17 novembre 2026
weather|Aurillac 6°C Averses
edition-switch|Choisir mon édition : Allier | Cantal | Corrèze | Creuse | Haute-Loire | Puy-de-Dôme
menu|Accueil
menu|Actualités
menu|Faits divers
menu|Économie
menu|Sports
menu|ASM Clermont
menu|Loisirs
menu|Nécrologie
menu|Annonces légales
menu|Journal numérique
breadcrumb|Accueil › Auvergne-Rhône-Alpes › Cantal › Aurillac
section-label|Agriculture
paywall|Abonné
h1|Aurillac : la fromagerie des Quatre-Chemins reprise par un couple de jeunes agriculteurs
lead|Après quarante ans d’activité, Bernard et Josiane Vermenouze passent la main. Leur fromagerie fermière, connue pour son salers et sa tomme, sera désormais tenue par Léa et Quentin Delpuech, 29 et 31 ans.
byline|Sylvie Chabrier
dateline|Publié le 17/11/2026 à 17h40
dateline|Mis à jour le 17/11/2026 à 18h12
listen|Écouter cet article
listen|00:00 / 04:12
share|Partager sur Facebook
share|Partager sur X
share|Partager par e-mail
save|Ajouter à mes favoris
comments|Commenter
alt-text|Léa et Quentin Delpuech dans la cave d’affinage
caption|Léa et Quentin Delpuech dans la cave d’affinage de la ferme, où reposent près de 300 fourmes.
credit|© Photo Jérôme Fayolle
p|Il y a un an, ils ne savaient pas encore traire une salers. Ce lundi matin, Léa et Quentin Delpuech ont pourtant signé, chez le notaire, l’acte de reprise de la fromagerie des Quatre-Chemins, à quelques kilomètres au nord d’Aurillac.
p|Le couple, originaire de Lyon pour elle et de Saint-Flour pour lui, a suivi une formation d’un an au lycée agricole avant de passer six mois en stage chez les cédants. « On voulait une exploitation où l’on transforme ce qu’on produit, et où l’on voit les clients », explique Quentin.
h2|Un troupeau de 45 vaches
p|L’exploitation compte 45 vaches de race salers, 80 hectares de prairies et un atelier de transformation modernisé en 2019. Chaque année, environ 14 tonnes de fromage y sont fabriquées, dont la moitié est vendue en direct à la ferme et sur les marchés d’Aurillac et de Vic-sur-Cère.
ad|Publicité
p|Pour Bernard Vermenouze, 66 ans, trouver des repreneurs n’allait pas de soi. « Nos enfants ont fait d’autres choix. On avait peur de voir les terres partir à l’agrandissement d’une grosse ferme voisine », confie-t-il.
related|À lire aussi : Dans le Cantal, une installation agricole sur deux se fait désormais hors du cadre familial
p|La transmission a été accompagnée par la chambre d’agriculture et par une association qui met en relation cédants et porteurs de projets. Le montant de la reprise, financé en partie par un prêt bonifié et une dotation jeunes agriculteurs, n’a pas été communiqué.
h2|La transmission, un enjeu départemental
p|Dans le Cantal, près d’un agriculteur sur deux a plus de 55 ans. La chambre d’agriculture estime que 1 200 exploitations devront changer de mains d’ici dix ans.
p|Les anciens exploitants resteront quelque temps dans le paysage : Josiane continuera d’assurer le marché du samedi jusqu’au printemps, « le temps que les clients s’habituent aux nouveaux visages ».
p|Les nouveaux propriétaires prévoient d’ouvrir une petite boutique à la ferme dès le mois de décembre, ouverte le mercredi et le samedi.
signature|Sylvie Chabrier
tags|Aurillac  Agriculture  Cantal  Économie
comments|Voir les 7 commentaires
most-read|Les plus lus
most-read|1. Saint-Flour : un camion se couche sur l’A75, la circulation coupée pendant quatre heures
most-read|2. Le Lioran : la station annonce la date d’ouverture de ses pistes
most-read|3. Aurillac : le restaurant du centre-ville ferme ses portes après trente ans
most-read|4. Arpajon-sur-Cère : une maison détruite par un incendie dans la nuit
most-read|5. Stade aurillacois : les Cantaliens s’imposent à Nevers
obituary|Avis de décès
obituary|Retrouvez tous les avis de décès du Cantal
obituary|Madame Jeanne BRUEL née CAZES – Aurillac
obituary|Monsieur Henri ROUQUIER – Maurs
obituary|Déposer un avis de décès
teaser-list|Dans la même rubrique
teaser-list|Cantal : les éleveurs inquiets face à la fièvre catarrhale
teaser-list|Il y a 3 h
teaser-list|Salers : la foire aux broutards attire moins de monde
teaser-list|Il y a 1 j
newsletter|Recevez chaque matin l’essentiel de l’actualité du Cantal
newsletter|Votre adresse e-mail
newsletter|Je m’inscris
app|Téléchargez l’application L’Écho des Volcans : disponible sur l’App Store et Google Play
footer|Qui sommes-nous ?
footer|Contactez-nous
footer|Publicité
footer|Annonces légales
footer|Mentions légales
footer|Données personnelles
footer|Gestion des cookies
footer|Accessibilité : partiellement conforme
copyright|© L’Écho des Volcans 2026 – Tous droits réservés. Reproduction interdite.
"""),
 dict(id="la-montagne-style-2", site="la-montagne-style", lang="fr", sep="\n", title="Vichy : la piscine Alice-Milliat fermée jusqu’à la fin de l’année après une panne de chaudière", date="2026-11-24", page="""
skip|Aller au contenu principal
skip|Aller à la recherche
menu|L’Écho des Volcans
menu|Se connecter
menu|S’abonner
menu|1 € le premier mois
timestamp|Mardi 24 novembre 2026
weather|Vichy 3°C Nuageux
edition-switch|Choisir mon édition : Allier | Cantal | Corrèze | Creuse | Haute-Loire | Puy-de-Dôme
menu|Accueil
menu|Actualités
menu|Faits divers
menu|Économie
menu|Sports
menu|ASM Clermont
menu|Loisirs
menu|Nécrologie
menu|Annonces légales
menu|Journal numérique
breadcrumb|Accueil › Auvergne-Rhône-Alpes › Allier › Vichy
section-label|Vie locale
h1|Vichy : la piscine Alice-Milliat fermée jusqu’à la fin de l’année après une panne de chaudière
lead|La panne, survenue le week-end dernier, prive les clubs, les scolaires et le public du principal bassin couvert de l’agglomération. Les réparations devraient durer au moins cinq semaines.
byline|Marc Teillard
dateline|Publié le 24/11/2026 à 11h02
listen|Écouter cet article
listen|00:00 / 02:58
share|Partager sur Facebook
share|Partager sur X
share|Partager par e-mail
save|Ajouter à mes favoris
comments|Commenter
caption|Le grand bassin est vide depuis samedi.
credit|© Photo d’archives Fabrice Moulin
p|Les nageurs qui se sont présentés samedi matin devant la piscine Alice-Milliat ont trouvé porte close. Une panne de la chaudière principale, constatée dans la nuit de vendredi à samedi, a conduit l’agglomération à fermer l’équipement.
p|Selon le service des sports, une pièce maîtresse du système de chauffage a lâché. « La pièce doit être fabriquée sur mesure, et le fournisseur annonce un délai de quatre à cinq semaines », indique la vice-présidente chargée des équipements sportifs.
h2|Les scolaires redirigés
p|Environ 1 800 élèves des écoles primaires de l’agglomération suivent habituellement leurs cours de natation à Alice-Milliat. Une partie des créneaux sera basculée vers le centre aquatique de Cusset, les autres sont annulés jusqu’aux vacances de Noël.
ad|Publicité
p|Les clubs sont aussi concernés. Le club de natation vichyssois, qui compte près de 400 licenciés, devra se contenter de deux soirées par semaine dans le bassin de Cusset.
p|Les solutions proposées par l’agglomération :
li|accès gratuit au centre aquatique de Cusset pour les détenteurs d’un abonnement Alice-Milliat ;
li|prolongation des abonnements de la durée de la fermeture ;
li|remboursement des cartes de dix entrées sur demande en mairie.
related|À lire aussi : Vichy : le projet de nouveau centre aquatique repoussé à 2029
p|La fermeture relance le débat sur l’état de l’équipement, construit en 1972. Un groupe d’opposition au conseil communautaire réclame « un calendrier précis » pour le futur centre aquatique.
p|L’agglomération promet une réouverture « début janvier au plus tard ». Les usagers seront informés sur le site internet et les réseaux sociaux de la collectivité.
tags|Vichy  Sports  Natation  Allier
comments|Voir les 12 commentaires
most-read|Les plus lus
most-read|1. Moulins : un automobiliste contrôlé à 192 km/h sur la RN7
most-read|2. Vichy : le marché de Noël s’installe dès vendredi
most-read|3. Montluçon : une usine annonce 60 embauches
most-read|4. Allier : les prévisions de neige pour le week-end
most-read|5. JA Vichy : les Vichyssois battus au bout du suspense
obituary|Avis de décès
obituary|Retrouvez tous les avis de décès de l’Allier
obituary|Monsieur Roger AUCLAIR – Bellerive-sur-Allier
obituary|Madame Simone DESFORGES née BRUN – Cusset
obituary|Déposer un avis de décès
teaser-list|Dans la même rubrique
teaser-list|Vichy : la rue de Paris en travaux jusqu’en mars
teaser-list|Il y a 5 h
teaser-list|Cusset : une boulangerie primée pour sa galette
teaser-list|Il y a 2 j
newsletter|Recevez chaque matin l’essentiel de l’actualité de l’Allier
newsletter|Votre adresse e-mail
newsletter|Je m’inscris
app|Téléchargez l’application L’Écho des Volcans : disponible sur l’App Store et Google Play
footer|Qui sommes-nous ?
footer|Contactez-nous
footer|Publicité
footer|Annonces légales
footer|Mentions légales
footer|Données personnelles
footer|Gestion des cookies
footer|Accessibilité : partiellement conforme
copyright|© L’Écho des Volcans 2026 – Tous droits réservés. Reproduction interdite.
"""),
 dict(id="benin-web-tv-style-1", site="benin-web-tv-style", lang="fr", sep="\n\n", title="Porto-Novo : le marché Ouando réaménagé, les commerçantes partagées", date="2026-11-19", page="""
timestamp|jeudi, novembre 19, 2026
menu|Connexion
social|Facebook Twitter Youtube Instagram TikTok
menu|Ouémé TV Infos
menu|Accueil
menu|Politique
menu|Société
menu|Économie
menu|Sport
menu|Culture
menu|International
menu|Web TV
menu|Contact
search|Aucun résultat
search|Voir tous les résultats
watch|🔴 REGARDER LE DIRECT
ticker|À LA UNE Bac 2027 : le calendrier des examens publié | Cotonou : coupure d’eau prévue samedi à Akpakpa | Les Guépards en stage à Porto-Novo
ad|Publicité
ad|MTN MoMo – Payez vos factures SBEE en un clic
breadcrumb|Accueil » Société
section-label|Société
h1|Porto-Novo : le marché Ouando réaménagé, les commerçantes partagées
byline|par Rédaction
dateline|19 novembre 2026
section-label|dans Société
reading-time|Temps de lecture : 2 minutes
comments|0
font|A
font|A
share|Partager sur Facebook
share|Partager sur Twitter
share|Partager sur WhatsApp
caption|Le nouveau hangar du marché Ouando, à Porto-Novo
credit|Photo : Ouémé TV Infos
p|Après près de deux ans de travaux, le marché Ouando de Porto-Novo a rouvert ses portes lundi. Les nouveaux hangars, les allées pavées et le système de collecte des eaux de pluie ont été présentés aux commerçants par les autorités municipales.
p|Le marché compte désormais 1 450 places couvertes, une chambre froide pour les produits frais, des toilettes publiques et un poste de secours. Les travaux ont été financés par l’État dans le cadre du programme de modernisation des marchés urbains.
whatsapp|Rejoignez notre chaîne WhatsApp pour ne rien rater de l’actualité
p|Sur place, l’accueil est mitigé. Les vendeuses de légumes saluent la propreté des lieux, mais plusieurs commerçantes de tissus se plaignent du montant des nouvelles redevances mensuelles.
p|« Avant, je payais 3 000 francs par mois. Maintenant on nous demande 7 500. Les clients ne sont pas encore revenus », explique Mama Sikirath, installée au marché depuis vingt ans.
ad|Publicité
p|D’autres regrettent l’attribution des places. Selon plusieurs vendeuses, des commerçants qui n’étaient pas présents avant les travaux auraient obtenu des emplacements en bordure d’allée.
p|Interrogé par notre rédaction, un responsable de la mairie assure que les places ont été attribuées « sur la base du recensement de 2023 » et que les réclamations seront examinées par une commission.
p|La mairie annonce également une période de trois mois pendant laquelle la redevance sera réduite de moitié, le temps que l’activité reprenne.
signature|Fulbert A.
tags|Tags: marché Ouando Porto-Novo commerce
share|Partager sur Facebook
share|Partager sur Twitter
share|Partager sur WhatsApp
nav|Article précédent
nav|Abomey-Calavi : un pont de fortune emporté par les pluies
nav|Article suivant
nav|Sport : les Écureuils U20 qualifiés pour la phase finale
related|Articles similaires
related|Cotonou : les taxi-motos appelés à porter le casque dès janvier
related|18 novembre 2026
related|Parakou : une nouvelle maternité inaugurée au CHD Borgou
related|17 novembre 2026
related|Bohicon : le prix du gari en hausse sur les marchés
related|15 novembre 2026
comments|Laisser un commentaire Annuler la réponse
comments|Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *
comments|Commentaire *
comments|Nom *
comments|E-mail *
comments|Enregistrer mon nom, mon e-mail et mon site dans le navigateur pour mon prochain commentaire.
comments|Laisser un commentaire
most-read|Les plus lus
most-read|Bac 2027 : le calendrier des examens publié
most-read|Cotonou : coupure d’eau prévue samedi à Akpakpa
most-read|Religion : les fidèles de Ouidah en pèlerinage
footer|Ouémé TV Infos, la télé du peuple, au cœur de l’information béninoise.
footer|À propos
footer|Nous contacter
footer|Publicité
footer|Politique de confidentialité
copyright|© 2026 Ouémé TV Infos – Tous droits réservés. Conçu par DigiBénin.
login|Bienvenue !
login|Connectez-vous à votre compte ci-dessous
login|Mot de passe oublié ?
login|Récupérer votre mot de passe
login|Veuillez entrer votre nom d’utilisateur ou votre adresse e-mail pour réinitialiser votre mot de passe.
login|Se connecter
"""),
 dict(id="benin-web-tv-style-2", site="benin-web-tv-style", lang="fr", sep="\n\n", title="Bénin : l’Agence de l’eau annonce 250 nouveaux forages dans le Nord d’ici juin", date="2026-11-26", page="""
timestamp|jeudi, novembre 26, 2026
menu|Connexion
social|Facebook Twitter Youtube Instagram TikTok
menu|Ouémé TV Infos
menu|Accueil
menu|Politique
menu|Société
menu|Économie
menu|Sport
menu|Culture
menu|International
menu|Web TV
menu|Contact
search|Aucun résultat
search|Voir tous les résultats
watch|🔴 REGARDER LE DIRECT
ticker|À LA UNE Porto-Novo : la fête de l’igname annoncée | Football : les Écureuils U20 en demi-finale | Météo : forte chaleur attendue à Kandi
ad|Publicité
ad|MTN MoMo – Payez vos factures SBEE en un clic
breadcrumb|Accueil » Économie
section-label|Économie
h1|Bénin : l’Agence de l’eau annonce 250 nouveaux forages dans le Nord d’ici juin
byline|par Géraud Hounkpè
dateline|26 novembre 2026
section-label|dans Économie
reading-time|Temps de lecture : 3 minutes
comments|2
font|A
font|A
share|Partager sur Facebook
share|Partager sur Twitter
share|Partager sur WhatsApp
video|▶ VIDÉO – Le point de presse du directeur général (05:41)
p|L’Agence nationale d’approvisionnement en eau potable en milieu rural a présenté mercredi à Cotonou son programme pour les six prochains mois. Au cœur des annonces : la réalisation de 250 forages équipés de pompes solaires dans les départements de l’Alibori, de l’Atacora, du Borgou et de la Donga.
p|Selon le directeur général, ces ouvrages doivent permettre de desservir environ 180 000 personnes supplémentaires, dans des localités où les femmes parcourent parfois plusieurs kilomètres pour s’approvisionner.
h2|Les communes prioritaires
p|Les premiers chantiers démarreront en décembre dans les communes suivantes :
li|Banikoara et Kandi, dans l’Alibori ;
li|Tanguiéta et Matéri, dans l’Atacora ;
li|Nikki et Kalalé, dans le Borgou ;
li|Bassila, dans la Donga.
whatsapp|Rejoignez notre chaîne WhatsApp pour ne rien rater de l’actualité
p|Le coût total du programme est estimé à 14 milliards de francs CFA, financé par le budget national et un prêt d’un partenaire multilatéral.
ad|Publicité
h2|La question de l’entretien
p|Le directeur général a reconnu que de nombreux forages réalisés ces dernières années sont aujourd’hui en panne faute d’entretien. Un contrat de maintenance sera désormais signé avec des opérateurs privés pour chaque lot d’ouvrages.
p|« Un forage qui ne coule pas, c’est de l’argent jeté. Nous voulons que chaque ouvrage fonctionne pendant au moins quinze ans », a-t-il déclaré.
p|Le tarif du bidon de 25 litres restera plafonné à 25 francs CFA aux bornes-fontaines, a-t-il précisé.
tags|Tags: eau potable forages Nord Bénin
share|Partager sur Facebook
share|Partager sur Twitter
share|Partager sur WhatsApp
nav|Article précédent
nav|Cotonou : le nouveau marché Dantokpa, où en sont les travaux ?
nav|Article suivant
nav|Culture : le festival des masques de Savalou reporté
related|Articles similaires
related|Cotonou : la SBEE annonce des délestages ciblés à Akpakpa
related|25 novembre 2026
related|Agriculture : le coton béninois attendu à la hausse
related|24 novembre 2026
related|Djougou : un marché à bétail moderne en construction
related|22 novembre 2026
comments|2 commentaires
comments|Koffi Adjovi
comments|26 novembre 2026 à 14 h 12 min
comments|Et les forages de Ségbana promis l’année dernière ? Toujours rien.
comments|Répondre
comments|Rachidatou B.
comments|26 novembre 2026 à 16 h 40 min
comments|Bonne nouvelle pour nos parents au village. Il faut suivre l’entretien.
comments|Répondre
comments|Laisser un commentaire Annuler la réponse
comments|Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *
comments|Commentaire *
comments|Nom *
comments|E-mail *
comments|Enregistrer mon nom, mon e-mail et mon site dans le navigateur pour mon prochain commentaire.
comments|Laisser un commentaire
most-read|Les plus lus
most-read|Porto-Novo : la fête de l’igname annoncée
teaser-list|Bénin : l’Agence de l’eau annonce 250 nouveaux forages dans le Nord d’ici juin
most-read|Football : les Écureuils U20 en demi-finale
footer|Ouémé TV Infos, la télé du peuple, au cœur de l’information béninoise.
footer|À propos
footer|Nous contacter
footer|Publicité
footer|Politique de confidentialité
copyright|© 2026 Ouémé TV Infos – Tous droits réservés. Conçu par DigiBénin.
login|Bienvenue !
login|Connectez-vous à votre compte ci-dessous
login|Mot de passe oublié ?
login|Récupérer votre mot de passe
login|Veuillez entrer votre nom d’utilisateur ou votre adresse e-mail pour réinitialiser votre mot de passe.
login|Se connecter
"""),
 dict(id="sierra-leone-daily-style-1", site="sierra-leone-daily-style", lang="en", sep="\n", title="Freetown: Guma Valley Water Company Announces New Rationing Schedule For East End", date="2026-11-18", page="""
skip|Skip to content
timestamp|Wednesday, November 18, 2026
menu|Home
menu|About Us
menu|Advertise
menu|E-Paper
menu|Contact
social|Facebook  Twitter  YouTube  WhatsApp
menu|THE FREETOWN CLARION
menu|Sierra Leone’s Independent Daily Since 1994
ad|ADVERTISEMENT
ad|Sierra Rutile Bank – Save Small, Grow Big. Open a Salone Savers Account today.
menu|HOME  NEWS  POLITICS  BUSINESS  HEALTH  EDUCATION  SPORTS  EDITORIAL  FEATURES  PROVINCES  LETTERS
ticker|BREAKING NEWS
ticker|Parliament approves 2027 Finance Bill • Leone trades at NLe 23.40 to the dollar • WASSCE results to be released next week
breadcrumb|Home / News / Freetown: Guma Valley Water Company Announces New Rationing Schedule For East End
section-label|News
h1|Freetown: Guma Valley Water Company Announces New Rationing Schedule For East End
byline|By Mohamed S. Turay
dateline|November 18, 2026
comments|0 Comments
views|214 Views
share|Share on Facebook
share|Share on Twitter
share|Share on WhatsApp
caption|Residents queue at a public tap in Kissy (File photo)
p|The Guma Valley Water Company (GVWC) has announced a new rationing schedule for communities in the East End of Freetown, following a drop in the level of the Guma Dam at the end of the rainy season.
p|In a press statement issued on Tuesday, the company said that from Monday next week, areas including Kissy, Wellington, Calaba Town and Allen Town will receive pipe-borne water on alternate days.
p|The Public Relations Officer of the company, Mrs Fatmata Kanu, told this medium that the measure was necessary to make sure that all parts of the city receive at least some supply during the dry season.
p|“We are not cutting people off. We are sharing what we have so that nobody is left without water for a whole week,” she said.
ad|ADVERTISEMENT
ad|Orange Money – Send, Pay, Save. Dial #144#
p|According to the schedule, the following areas will be supplied on Mondays, Wednesdays and Fridays:
li|Kissy Mess Mess, Kissy Brook and Kuntorloh;
li|Shell, Thunder Hill and Low Cost Housing;
li|Wellington Industrial Estate and surrounding communities.
p|Calaba Town, Allen Town and Grafton will be supplied on Tuesdays, Thursdays and Saturdays.
p|Residents who spoke to this medium expressed mixed feelings. A trader at Kissy Dock Yard, Isatu Bangura, said many households already spend up to NLe 30 a day buying water from tanker vendors.
p|The company also warned against illegal connections, which it said account for a large share of water lost on the network, and urged residents to report leaks on its toll-free line.
p|GVWC said the schedule will be reviewed in May, once the rains return.
tags|Tags: Freetown  GVWC  Water
share|Share this:
share|Facebook
share|X
share|WhatsApp
share|Print
like|Like this:
like|Like Loading...
related|Related
related|Bo City: Residents Complain Of Erratic Electricity Supply
related|November 12, 2026
related|In "News"
related|Kenema: 400 Women Receive Training In Soap Making
related|November 9, 2026
related|In "Provinces"
nav|Post navigation
nav|Previous Post: Parliament Approves 2027 Finance Bill
nav|Next Post: Leone Stable Against Dollar, Says Bank Governor
comments|Leave a Reply
comments|Your email address will not be published. Required fields are marked *
comments|Comment *
comments|Name *
comments|Email *
comments|Website
comments|Save my name, email, and website in this browser for the next time I comment.
comments|Post Comment
teaser-list|Recent Posts
teaser-list|Leone Stable Against Dollar, Says Bank Governor
teaser-list|Parliament Approves 2027 Finance Bill
teaser-list|Leone Stars Coach Names 25-Man Squad For Friendly
teaser-list|Editorial: Our Roads Need Maintenance, Not Ribbon Cutting
archives|Archives
archives|November 2026
archives|October 2026
archives|September 2026
epaper|Read Today’s E-Paper
epaper|Subscribe to the print edition: call +232 76 000 000
footer|The Freetown Clarion, 14 Siaka Stevens Street, Freetown, Sierra Leone
footer|Email: news@freetownclarion.sl
copyright|Copyright © 2026 The Freetown Clarion. All rights reserved. | Theme: NewsPress by WPThemes
back-to-top|Back to top
"""),
 dict(id="sierra-leone-daily-style-2", site="sierra-leone-daily-style", lang="en", sep="\n", title="Bo: Teachers At Government Secondary School Suspend Strike After Salary Arrears Are Paid", date="2026-11-25", page="""
skip|Skip to content
timestamp|Wednesday, November 25, 2026
menu|Home
menu|About Us
menu|Advertise
menu|E-Paper
menu|Contact
social|Facebook  Twitter  YouTube  WhatsApp
menu|THE FREETOWN CLARION
menu|Sierra Leone’s Independent Daily Since 1994
ad|ADVERTISEMENT
ad|Sierra Rutile Bank – Save Small, Grow Big. Open a Salone Savers Account today.
menu|HOME  NEWS  POLITICS  BUSINESS  HEALTH  EDUCATION  SPORTS  EDITORIAL  FEATURES  PROVINCES  LETTERS
ticker|BREAKING NEWS
ticker|Leone Stars draw 1-1 with Guinea • Fuel pump price unchanged, says Petroleum Regulatory Agency • Ebola survivors demand better care
breadcrumb|Home / Education / Bo: Teachers At Government Secondary School Suspend Strike After Salary Arrears Are Paid
section-label|Education
h1|Bo: Teachers At Government Secondary School Suspend Strike After Salary Arrears Are Paid
byline|By Alhaji Foday Koroma, Bo
dateline|November 25, 2026
comments|1 Comment
views|389 Views
share|Share on Facebook
share|Share on Twitter
share|Share on WhatsApp
p|Teachers at a government secondary school in Bo City have called off a strike that kept more than 1,200 pupils out of class for nearly two weeks, after the Ministry of Basic and Senior Secondary Education paid part of their salary arrears.
p|The teachers, most of whom were recruited in 2024, said they had worked for up to seven months without pay because their names had not been added to the government payroll.
p|Speaking to this reporter on Monday, the chairman of the teachers’ committee, Mr. Sahr Lamina, confirmed that 38 teachers had received four months of their arrears last Friday.
p|“We have agreed to go back to class because of the children, especially those preparing for WASSCE. But we expect the remaining three months to be paid before Christmas,” he said.
ad|ADVERTISEMENT
ad|Africell – Unlimited Night Data for NLe 5. Dial *333#
h2|Pupils lost valuable time
p|Parents welcomed the decision but said the two weeks lost would be hard to make up. A mother of two pupils, Madam Hawa Sesay, said her children had spent the strike period helping at her market stall.
p|The school’s principal told this medium that extra lessons would be organised on Saturdays until the end of the term to help examination classes catch up.
h2|Ministry responds
p|The District Education Officer for Bo said the delay was caused by the verification of new teachers, which he said was now complete for the Southern Province.
p|He assured that the outstanding arrears would be paid “in the coming weeks” and urged teachers to use official channels rather than strikes to raise their concerns.
tags|Tags: Bo  Education  Teachers  Strike
share|Share this:
share|Facebook
share|X
share|WhatsApp
share|Print
like|Like this:
like|Like Loading...
related|Related
related|WASSCE 2026: Results To Be Released Next Week
related|November 20, 2026
related|In "Education"
related|Makeni: Free Quality Education Schools Receive Textbooks
related|November 3, 2026
related|In "Education"
nav|Post navigation
nav|Previous Post: Leone Stars Draw 1-1 With Guinea
nav|Next Post: Ebola Survivors Demand Better Care
comments|One thought on “Bo: Teachers At Government Secondary School Suspend Strike After Salary Arrears Are Paid”
comments|Abu Kargbo says:
comments|November 25, 2026 at 9:14 am
comments|This is the same story every year. Government must fix the payroll once and for all.
comments|Reply
comments|Leave a Reply
comments|Your email address will not be published. Required fields are marked *
comments|Comment *
comments|Name *
comments|Email *
comments|Website
comments|Save my name, email, and website in this browser for the next time I comment.
comments|Post Comment
teaser-list|Recent Posts
teaser-list|Ebola Survivors Demand Better Care
teaser-list|Leone Stars Draw 1-1 With Guinea
teaser-list|Fuel Pump Price Unchanged, Says Regulator
teaser-list|Editorial: Paying Teachers On Time Is Not A Favour
archives|Archives
archives|November 2026
archives|October 2026
archives|September 2026
epaper|Read Today’s E-Paper
epaper|Subscribe to the print edition: call +232 76 000 000
footer|The Freetown Clarion, 14 Siaka Stevens Street, Freetown, Sierra Leone
footer|Email: news@freetownclarion.sl
copyright|Copyright © 2026 The Freetown Clarion. All rights reserved. | Theme: NewsPress by WPThemes
back-to-top|Back to top
"""),
 dict(id="canada-small-town-weekly-style-1", site="canada-small-town-weekly-style", lang="en", sep="\n\n", title="Council approves $1.2-million upgrade for Maple Street arena despite tax concerns", date="2026-11-19", page="""
skip|Skip to main content
cookie|We use cookies to give you the best online experience. By continuing to use our site, you agree to our Privacy Policy and Terms of Use.
cookie|Accept
cookie|Manage preferences
weather|Grey Rock, ON -2°C Flurries
menu|Sign In
menu|Subscribe
menu|The Grey Rock Standard
menu|Serving Grey Rock and the Upper Maitland since 1889
menu|News
menu|Local News
menu|Sports
menu|Opinion
menu|Community
menu|Obituaries
menu|Classifieds
menu|Flyers
menu|Contests
menu|e-Edition
search|Search
section-label|Local News
h1|Council approves $1.2-million upgrade for Maple Street arena despite tax concerns
lead|New dressing rooms, an accessible entrance and a replacement ice plant are planned, with work starting in April
byline|Dana Whitfield
byline|Local Journalism Initiative Reporter
dateline|Published Nov 19, 2026
reading-time|3 minute read
comments|Join the conversation
share|Share this Story : Council approves $1.2-million upgrade for Maple Street arena despite tax concerns
share|Copy Link
share|Email
share|X (Twitter)
share|Reddit
share|LinkedIn
share|Tumblr
caption|The Maple Street arena was built in 1967 and last renovated in 1998.
credit|Dana Whitfield/The Grey Rock Standard
article-label|Article content
p|Grey Rock council has given the green light to a $1.2-million renovation of the Maple Street arena, though two councillors warned the project could add to next year’s tax bill.
p|The work, approved in a 5-2 vote at Monday’s regular meeting, includes four new dressing rooms, an accessible main entrance with a ramp and an automatic door, and the replacement of the arena’s 30-year-old ice plant.
article-label|Article content
ad|Advertisement 2
ad|Story continues below
p|Recreation director Paul Ferreira told council the ice plant is “at the end of its life” and that a failure in mid-season could force the minor hockey association and the figure skating club to cancel programs.
p|About $700,000 of the cost will come from a provincial community infrastructure grant announced in the spring. The remaining $500,000 is to be drawn from the town’s capital reserve.
h2|Tax worries
p|Coun. Brenda Hollis, who voted against the plan, said she supported the accessibility work but questioned the timing. “We have residents on fixed incomes who are already telling us they can’t take another increase,” she said.
p|Treasurer Mike Oduya said using the reserve would not, on its own, raise taxes in 2027, but would leave less room for unexpected repairs elsewhere.
article-label|Article content
ad|Advertisement 3
ad|Story continues below
p|Mayor Anne-Marie Lapointe said the arena is used nearly every day from October to March and is “the heart of this town in winter.”
p|Tenders for the work will be issued in January. The arena will close after the spring season ends and is expected to reopen by the middle of September.
funding-note|The Local Journalism Initiative is funded by the Government of Canada.
share|Share this article in your social network
tip|Got a news tip? Email newsroom@greyrockstandard.ca
comments|Comments
comments|Postmedia is committed to maintaining a lively but civil forum for discussion. Please keep comments relevant and respectful. Comments may take up to an hour to appear on the site.
comments|Join the Conversation
most-read|Trending
most-read|1. Grey Rock man charged after police chase on Highway 21
most-read|2. Christmas parade route changes this year
most-read|3. Former Grey Rock pharmacist honoured for 50 years of service
most-read|4. OPP warn of phone scam targeting seniors
most-read|5. Minor hockey: U13 Rockets win Thanksgiving tournament
obituary|Obituaries
obituary|MACDONALD, Elsie Ruth
obituary|VAN DER BERG, Hendrik
obituary|See all obituaries
flyers|Flyers
flyers|Home Hardware
flyers|Valu-mart
flyers|View all flyers
newsletter|Sign up to receive daily headline news from The Grey Rock Standard.
newsletter|By signing up you consent to receive the above newsletter from Postmedia Network Inc.
newsletter|Sign Up
footer|About Us
footer|Contact Us
footer|Advertise With Us
footer|Terms of Use
footer|Privacy Policy
footer|Accessibility
footer|Sitemap
footer|The Grey Rock Standard, 212 Queen St. W., Grey Rock, ON
copyright|© 2026 The Grey Rock Standard, a division of Postmedia Network Inc. All rights reserved. Unauthorized distribution, transmission or republication strictly prohibited.
cookie|This website uses cookies to personalize your content (including ads), and allows us to analyze our traffic. Read more about cookies here. By continuing to use our site, you agree to our Terms of Service and Privacy Policy.
"""),
 dict(id="canada-small-town-weekly-style-2", site="canada-small-town-weekly-style", lang="en", sep="\n\n", title="Grey Rock Food Bank sees record demand ahead of holiday season", date="2026-11-26", page="""
skip|Skip to main content
cookie|We use cookies to give you the best online experience. By continuing to use our site, you agree to our Privacy Policy and Terms of Use.
cookie|Accept
cookie|Manage preferences
weather|Grey Rock, ON 1°C Cloudy
menu|Sign In
menu|Subscribe
menu|The Grey Rock Standard
menu|Serving Grey Rock and the Upper Maitland since 1889
menu|News
menu|Local News
menu|Sports
menu|Opinion
menu|Community
menu|Obituaries
menu|Classifieds
menu|Flyers
menu|Contests
menu|e-Edition
search|Search
section-label|Community
h1|Grey Rock Food Bank sees record demand ahead of holiday season
lead|Volunteers served 412 households in October, the most since the food bank opened in 1991
byline|Tom Brennan
dateline|Published Nov 26, 2026
dateline|Last updated 1 day ago
reading-time|2 minute read
comments|Join the conversation
share|Share this Story : Grey Rock Food Bank sees record demand ahead of holiday season
share|Copy Link
share|Email
share|X (Twitter)
share|Reddit
share|LinkedIn
share|Tumblr
caption|Volunteers sort donations at the Grey Rock Food Bank on Elgin Street.
credit|Supplied photo
article-label|Article content
p|The Grey Rock Food Bank is heading into the holidays with its shelves thinner than usual and more families at the door than ever before.
p|Co-ordinator Lisa Marchand said volunteers served 412 households in October, up from 298 in the same month last year. About a third of those were using the food bank for the first time.
article-label|Article content
ad|Advertisement 2
ad|Story continues below
p|“We’re seeing seniors, working families, students from the college. People who never thought they’d need us,” Marchand said. “Rent and groceries have just gone up faster than paycheques.”
h2|What’s needed most
p|The food bank is asking for the following items in particular:
li|canned protein such as tuna, chicken and beans;
li|peanut butter and other spreads;
li|baby formula and diapers in sizes 4 to 6;
li|toiletries, including toothpaste and feminine hygiene products.
p|Cash donations go further, Marchand added, because the food bank can buy in bulk through a regional network at lower prices than shoppers pay in stores.
article-label|Article content
ad|Advertisement 3
ad|Story continues below
p|The annual Fill the Truck drive will take place Saturday, Dec. 5, from 9 a.m. to 3 p.m. in the Valu-mart parking lot. Local firefighters will also collect non-perishable items during the Christmas parade on Dec. 12.
p|The food bank is open Tuesdays and Thursdays from 10 a.m. to 2 p.m. and Wednesday evenings from 5 to 7 p.m.
correction|An earlier version of this story gave the wrong date for the Fill the Truck drive. It is Saturday, Dec. 5.
share|Share this article in your social network
tip|Got a news tip? Email newsroom@greyrockstandard.ca
comments|Comments
comments|Postmedia is committed to maintaining a lively but civil forum for discussion. Please keep comments relevant and respectful. Comments may take up to an hour to appear on the site.
comments|Join the Conversation
most-read|Trending
most-read|1. Christmas parade route changes this year
teaser-list|2. Grey Rock Food Bank sees record demand ahead of holiday season
most-read|3. Snow squall warning issued for Grey County
most-read|4. Arena upgrade: what residents need to know
most-read|5. Obituary: longtime Grey Rock teacher remembered
obituary|Obituaries
obituary|O’NEILL, Margaret Ann
obituary|THIBODEAU, Raymond
obituary|See all obituaries
flyers|Flyers
flyers|Home Hardware
flyers|Canadian Tire
flyers|View all flyers
newsletter|Sign up to receive daily headline news from The Grey Rock Standard.
newsletter|By signing up you consent to receive the above newsletter from Postmedia Network Inc.
newsletter|Sign Up
footer|About Us
footer|Contact Us
footer|Advertise With Us
footer|Terms of Use
footer|Privacy Policy
footer|Accessibility
footer|Sitemap
footer|The Grey Rock Standard, 212 Queen St. W., Grey Rock, ON
copyright|© 2026 The Grey Rock Standard, a division of Postmedia Network Inc. All rights reserved. Unauthorized distribution, transmission or republication strictly prohibited.
cookie|This website uses cookies to personalize your content (including ads), and allows us to analyze our traffic. Read more about cookies here. By continuing to use our site, you agree to our Terms of Service and Privacy Policy.
"""),
]
