# Round 51: eight pages on four more layouts (a south-west French regional daily, a Senegalese news aggregator portal,
# a Philippine English daily, a US public radio station's local newsroom), written blind: without looking at the
# classifier, its rules or the benchmark, measured once. Each line: "label|text". Invented text; no real article is copied.
ROUND51 = [
 dict(id="la-depeche-style-1", site="la-depeche-style", lang="fr", sep="\n", title="Montauban : la boulangerie du quartier Villebourbon sauvée par une cagnotte de ses clients", date="2026-10-14", page="""
skip-link|Aller au contenu
skip-link|Aller au menu
cookie|Le Courrier du Midi et ses 212 partenaires utilisent des cookies et des technologies similaires pour stocker et accéder à des informations sur votre appareil, afin de vous proposer des publicités et contenus personnalisés, mesurer leur performance et améliorer nos services.
cookie|Vous pouvez accepter ou refuser ces finalités, ou paramétrer vos choix à tout moment en cliquant sur « Paramétrer les cookies » en bas de page.
cookie|Accepter & Fermer
cookie|Continuer sans accepter
cookie|Paramétrer
menu|Le Courrier du Midi
menu|Menu
menu|Rechercher
menu|Se connecter
subscribe|S'abonner 1€ le 1er mois
edition|Mon édition : Tarn-et-Garonne ▾
menu|Actu  Toulouse  Occitanie  Faits divers  Rugby  Sports  Économie  Loisirs  Nécrologie  Annonces légales
weather|Montauban 17° Averses
breadcrumb|Accueil › Actu › Occitanie › Tarn-et-Garonne › Montauban
section-label|Commerce
h1|Montauban : la boulangerie du quartier Villebourbon sauvée par une cagnotte de ses clients
lead|Menacée de fermeture après la panne de son four, la boulangerie de la rue Léon-Cladel a pu rouvrir mardi matin. Près de 400 habitants ont participé à une collecte en ligne pour financer sa réparation.
byline|Alice Ferrand
dateline|Publié le 14/10/2026 à 18:32, mis à jour le 14/10/2026 à 19:05
listen|Écouter cet article
listen|Powered by Etx Studio
listen|00:00/03:12
share|Partager
share|Facebook
share|X
share|Whatsapp
share|Copier le lien
comments|Voir les commentaires (6)
follow|Suivre Montauban
caption|Martine et Karim Belhadj devant leur four réparé, mardi matin, rue Léon-Cladel.
credit|DDM - Alice Ferrand
p|À 6 h 30, mardi, l'odeur du pain chaud a de nouveau envahi la rue Léon-Cladel. Pour Karim et Martine Belhadj, qui tiennent la boulangerie du quartier Villebourbon depuis 2011, ce matin-là avait un goût particulier.
p|Le 22 septembre, la sole de leur four à bois s'est fissurée. Verdict du réparateur : près de 19 000 euros de travaux. « Avec les factures d'énergie des deux dernières années, nous n'avions plus de trésorerie. On a sérieusement pensé à mettre la clé sous la porte », confie Karim.
related|À lire aussi : Tarn-et-Garonne : les boulangers face à la flambée du prix du beurre
p|C'est une cliente, institutrice à l'école voisine, qui a eu l'idée de lancer une cagnotte en ligne. En quinze jours, 397 personnes ont donné, pour un total de 14 260 euros. Le reste a été couvert par un prêt d'honneur de la chambre de métiers.
ad|Publicité
ad|Fermer
h2|« On ne pouvait pas perdre ça »
p|« Ici, c'est le seul commerce ouvert le dimanche. Les personnes âgées y viennent autant pour la baguette que pour discuter », explique Sylvie, une habitante de la rue des Augustins, qui a donné 30 euros.
p|Les dons sont parfois venus de loin : d'anciens habitants du quartier installés à Bordeaux ou à Lyon ont participé après avoir vu passer l'appel sur les réseaux sociaux.
h2|Un carnet de remerciements
p|Pour remercier les donateurs, le couple a affiché dans la boutique la liste des prénoms de tous ceux qui ont accepté d'être cités. Une fournée de fougasses a été offerte mardi à tous les clients.
p|La mairie, qui réfléchit à un dispositif d'aide aux commerces de proximité dans les quartiers, a salué « un bel exemple de solidarité ». Une réunion avec les commerçants de Villebourbon est prévue en novembre.
tags|Montauban  Commerce  Tarn-et-Garonne  Solidarité
report|Signaler une erreur
newsletter|Recevez chaque matin l'essentiel de l'actualité du Tarn-et-Garonne
newsletter|Votre adresse e-mail
newsletter|S'inscrire
newsletter|En vous inscrivant, vous acceptez nos conditions générales d'utilisation et notre politique de confidentialité.
comments|Les commentaires (6)
comments|Alain82
comments|Il y a 2 heures
comments|Bravo aux habitants, et longue vie à cette boulangerie !
comments|Répondre
comments|Voir tous les commentaires
most-read|Les plus lus
most-read|1 Tarn-et-Garonne : un motard de 34 ans se tue sur la RD 958 près de Caussade
most-read|2 Montauban : le parking Roosevelt fermé pendant trois semaines
most-read|3 Météo : la vigilance orange aux orages levée en Occitanie
obituary|Avis de décès
obituary|Consultez les avis de décès de Montauban et du Tarn-et-Garonne
obituary|Déposer un avis
obituary|Envoyer des condoléances
horoscope|Horoscope du jour
horoscope|Bélier Taureau Gémeaux Cancer Lion Vierge Balance Scorpion Sagittaire Capricorne Verseau Poissons
teaser-list|Dans la même rubrique
teaser-list|Castelsarrasin : la foire aux haricots attire 12 000 visiteurs
teaser-list|il y a 3 h
teaser-list|Moissac : le cloître retrouve son éclairage nocturne
teaser-list|il y a 5 h
sponsored|Contenus sponsorisés
sponsored|Les retraités de Midi-Pyrénées n'en reviennent pas : cette mutuelle rembourse jusqu'à 300 € vos lunettes
sponsored|Santé Mag
footer|Le Courrier du Midi
footer|Nous contacter  Mentions légales  CGU  CGV  Politique de confidentialité  Paramétrer les cookies  Publicité  Annonces légales  Plan du site
app|Téléchargez l'application Le Courrier du Midi
copyright|© 2026 Le Courrier du Midi - Tous droits réservés
"""),
 dict(id="la-depeche-style-2", site="la-depeche-style", lang="fr", sep="\n", title="Grêle de juillet : la récolte de chasselas en recul de 30 % dans le Tarn-et-Garonne", date="2026-09-29", page="""
skip-link|Aller au contenu
skip-link|Aller au menu
cookie|Le Courrier du Midi et ses 212 partenaires utilisent des cookies et des technologies similaires pour stocker et accéder à des informations sur votre appareil, afin de vous proposer des publicités et contenus personnalisés, mesurer leur performance et améliorer nos services.
cookie|Vous pouvez accepter ou refuser ces finalités, ou paramétrer vos choix à tout moment en cliquant sur « Paramétrer les cookies » en bas de page.
cookie|Accepter & Fermer
cookie|Continuer sans accepter
cookie|Paramétrer
menu|Le Courrier du Midi
menu|Menu
menu|Rechercher
menu|Se connecter
subscribe|S'abonner 1€ le 1er mois
edition|Mon édition : Tarn-et-Garonne ▾
menu|Actu  Toulouse  Occitanie  Faits divers  Rugby  Sports  Économie  Loisirs  Nécrologie  Annonces légales
weather|Moissac 21° Ensoleillé
breadcrumb|Accueil › Actu › Économie › Agriculture
section-label|Agriculture
h1|Grêle de juillet : la récolte de chasselas en recul de 30 % dans le Tarn-et-Garonne
lead|Les vendanges du raisin de table se terminent dans le Moissagais sur un bilan amer. Les producteurs espèrent un soutien de l'État après l'orage du 18 juillet.
paywall|Abonnés
byline|Pierre-Jean Castagné
dateline|Publié le 29/09/2026 à 07:10
listen|Écouter cet article
listen|Powered by Etx Studio
listen|00:00/04:01
share|Partager
share|Facebook
share|X
share|Whatsapp
share|Copier le lien
comments|Voir les commentaires (2)
follow|Suivre Agriculture
caption|Dans les coteaux de Moissac, une partie des grappes a été marquée par les grêlons.
credit|DDM - archives
section-label|L'essentiel
li|Environ 30 % de récolte en moins sur les parcelles touchées.
li|Les prix au kilo restent stables sur les marchés.
li|La chambre d'agriculture demande la reconnaissance de calamité agricole.
p|Les dernières caisses de chasselas ont quitté les coteaux de Moissac la semaine dernière. Dans les hangars de conditionnement, l'heure est aux comptes, et ils ne sont pas bons : sur les parcelles frappées par la grêle du 18 juillet, la récolte a reculé d'environ 30 % par rapport à une année normale.
p|« Les grains marqués ne passent pas le tri. On a jeté des palettes entières », résume Bernard Laffitte, producteur à Lizac, qui exploite douze hectares de vigne de table.
related|À lire aussi : Orages en Occitanie : des grêlons de la taille d'une balle de golf à Moissac
p|L'orage, d'une vingtaine de minutes seulement, a touché une bande d'environ quinze kilomètres entre Moissac et Castelsarrasin. Les parcelles protégées par des filets paragrêle ont été largement épargnées.
ad|Publicité
ad|Fermer
h2|Les filets, un investissement lourd
p|Mais ces filets restent rares : comptez entre 15 000 et 20 000 euros l'hectare, une somme hors de portée pour beaucoup d'exploitations familiales.
p|La chambre d'agriculture du Tarn-et-Garonne a déposé un dossier de reconnaissance de calamité agricole. Elle demande aussi que les aides à l'achat de filets soient rouvertes dès cet hiver.
h2|Des prix qui tiennent
p|Seule consolation pour les producteurs : les prix se maintiennent. Sur les marchés de gros, le kilo de chasselas AOP s'est négocié autour de 3,20 euros, un niveau comparable à l'an dernier.
p|« La qualité des grappes saines est très bonne, les clients sont là. Le problème, c'est qu'on n'a pas assez à vendre », conclut Bernard Laffitte.
tags|Agriculture  Moissac  Météo  Tarn-et-Garonne
report|Signaler une erreur
newsletter|Recevez chaque matin l'essentiel de l'actualité du Tarn-et-Garonne
newsletter|Votre adresse e-mail
newsletter|S'inscrire
newsletter|En vous inscrivant, vous acceptez nos conditions générales d'utilisation et notre politique de confidentialité.
comments|Les commentaires (2)
comments|Vigneron31
comments|Il y a 1 heure
comments|Et les assurances récolte, on en parle ? Personne ne peut les payer.
comments|Répondre
comments|Voir tous les commentaires
most-read|Les plus lus
most-read|1 Toulouse : le périphérique fermé deux nuits pour travaux
most-read|2 Rugby : les Montalbanais s'imposent au bout du suspense
most-read|3 Grêle de juillet : la récolte de chasselas en recul de 30 % dans le Tarn-et-Garonne
obituary|Avis de décès
obituary|Consultez les avis de décès de Montauban et du Tarn-et-Garonne
obituary|Déposer un avis
obituary|Envoyer des condoléances
horoscope|Horoscope du jour
horoscope|Bélier Taureau Gémeaux Cancer Lion Vierge Balance Scorpion Sagittaire Capricorne Verseau Poissons
teaser-list|Dans la même rubrique
teaser-list|Gers : le melon du Lectourois obtient son label rouge
teaser-list|il y a 1 h
teaser-list|Lot : les noyers souffrent de la sécheresse
teaser-list|il y a 6 h
sponsored|Contenus sponsorisés
sponsored|Panneaux solaires : cette aide que peu de propriétaires d'Occitanie connaissent
sponsored|Éco Habitat Info
footer|Le Courrier du Midi
footer|Nous contacter  Mentions légales  CGU  CGV  Politique de confidentialité  Paramétrer les cookies  Publicité  Annonces légales  Plan du site
app|Téléchargez l'application Le Courrier du Midi
copyright|© 2026 Le Courrier du Midi - Tous droits réservés
"""),
 dict(id="senego-style-1", site="senego-style", lang="fr", sep="\n\n", title="Kaolack : la pénurie de gaz butane exaspère les ménages", date="2026-11-03", page="""
menu|TerangaNet
menu|L'info en continu du Sénégal
timestamp|mardi 3 novembre 2026
menu|Accueil  Actualité  Politique  Société  Sport  People  Économie  International  Vidéos  Revue de presse
ticker|DERNIÈRE MINUTE
ticker|Conseil des ministres : les nominations de ce mercredi
ticker|Lutte : le combat Balla Gaye 3 – Modou Lô Junior fixé au 4 janvier
ticker|Prix des denrées : le gouvernement annonce de nouvelles baisses
push|TerangaNet souhaite vous envoyer des notifications. Vous pouvez vous désabonner à tout moment.
push|Non merci
push|Autoriser
ad|Publicité
section-label|Société
h1|Kaolack : la pénurie de gaz butane exaspère les ménages
byline|Par Fatou Kiné Diop
dateline|3 novembre 2026 à 12:47
comments|0 commentaire
views|1 254 vues
share|Partager sur Facebook
share|Partager sur Twitter
share|WhatsApp
caption|Des femmes attendent devant un point de vente de gaz à Kaolack (Photo d'illustration)
p|Depuis près de deux semaines, trouver une bouteille de gaz de 6 kg relève du parcours du combattant à Kaolack. Devant les rares dépôts encore approvisionnés, les files d'attente se forment dès l'aube.
p|« Je suis venue à 6 heures du matin et à 10 heures je n'avais toujours rien. On nous dit que le camion arrive demain », raconte Awa Ndiaye, mère de famille du quartier Médina Baye, une bouteille vide à la main.
whatsapp|👉 Rejoignez la chaîne WhatsApp de TerangaNet pour recevoir l'info en temps réel
p|Conséquence directe : le prix de la bouteille de 6 kg, officiellement fixé à 2 865 FCFA, se négocie à plus de 4 000 FCFA chez certains revendeurs informels. Beaucoup de familles se rabattent sur le charbon de bois, dont le sac a lui aussi pris 500 FCFA.
related|LIRE AUSSI : Hausse du prix du charbon : les vendeurs de Thiès s'expliquent
p|Selon un distributeur joint par téléphone, la situation s'explique par des retards de livraison au dépôt de Dakar et par la hausse de la demande à l'approche des fêtes religieuses.
ad|Publicité
p|Les associations de consommateurs demandent aux autorités de renforcer les contrôles. « Les spéculateurs profitent de la situation. Il faut des sanctions », estime un responsable régional d'une association de défense des consommateurs.
p|Contacté, le service régional du commerce assure que des équipes ont été déployées dans les marchés et que plusieurs procès-verbaux ont déjà été dressés. Il annonce un retour à la normale « d'ici la fin de la semaine ».
signature|Avec Kaolack Infos
tags|Tags : Gaz butane  Kaolack  Pénurie
comments|Laisser un commentaire
comments|Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *
comments|Commentaire *
comments|Nom *
comments|E-mail *
comments|Enregistrer mon nom, mon e-mail et mon site dans le navigateur pour mon prochain commentaire.
comments|Publier le commentaire
related|Articles similaires
related|Ziguinchor : les boulangers menacent d'aller en grève
related|Il y a 2 jours
related|Touba : le prix du sac de riz en baisse au marché Ocass
related|Il y a 4 jours
teaser-list|À NE PAS MANQUER
teaser-list|Vidéo – Le coup de gueule d'un chauffeur de taxi sur l'état des routes de Dakar
teaser-list|Mercato : un Lion du Sénégal courtisé par un club saoudien
teaser-list|People : la chanteuse Coumba Sow dévoile son nouveau clip
most-read|Les plus lus
most-read|Revue de presse du mardi 3 novembre 2026
most-read|Baccalauréat 2026 : les résultats du second tour disponibles
most-read|Kaolack : la pénurie de gaz butane exaspère les ménages
ad|Publicité
follow|Suivez-nous
follow|Facebook  Twitter  Instagram  YouTube  TikTok
footer|À propos  Contact  Publicité  Mentions légales  Politique de confidentialité
copyright|© 2026 TerangaNet – Tous droits réservés. Reproduction interdite sans autorisation.
"""),
 dict(id="senego-style-2", site="senego-style", lang="fr", sep="\n\n", title="Navétanes : la finale de la zone 4 de Pikine reportée après des incidents", date="2026-10-19", page="""
menu|TerangaNet
menu|L'info en continu du Sénégal
timestamp|lundi 19 octobre 2026
menu|Accueil  Actualité  Politique  Société  Sport  People  Économie  International  Vidéos  Revue de presse
ticker|DERNIÈRE MINUTE
ticker|Santé : la campagne de vaccination contre la rougeole prolongée
ticker|Éliminatoires CAN : la liste des 26 Lions dévoilée jeudi
ticker|Météo : des pluies attendues au sud du pays
push|TerangaNet souhaite vous envoyer des notifications. Vous pouvez vous désabonner à tout moment.
push|Non merci
push|Autoriser
ad|Publicité
section-label|Sport
h1|Navétanes : la finale de la zone 4 de Pikine reportée après des incidents
byline|Par Mamadou Lamine Sarr
dateline|19 octobre 2026 à 09:15
comments|3 commentaires
views|3 870 vues
share|Partager sur Facebook
share|Partager sur Twitter
share|WhatsApp
video|Vidéo
video|0:00 / 2:34
video|Les images des affrontements au stade
p|La finale de la zone 4 du championnat populaire des navétanes, qui opposait dimanche après-midi l'ASC Diamaguène à l'ASC Thiaroye Gare, n'est pas allée à son terme.
p|À la 67e minute, alors que le score était de 1-1, des jets de pierres entre supporters ont poussé l'arbitre à interrompre la rencontre. Plusieurs spectateurs ont été légèrement blessés, selon les sapeurs-pompiers présents sur place.
whatsapp|👉 Rejoignez la chaîne WhatsApp de TerangaNet pour recevoir l'info en temps réel
h2|L'Odcav convoque les deux clubs
p|L'Organisme départemental de coordination des activités de vacances (Odcav) de Pikine a annoncé le report de la finale à une date ultérieure. Les dirigeants des deux équipes sont convoqués mardi devant la commission de discipline.
p|« Nous ne pouvons pas accepter que la violence gâche la fête. Des sanctions seront prises », a déclaré le président de la zone, joint par téléphone.
related|LIRE AUSSI : Navétanes 2026 : l'État débloque une enveloppe pour la sécurité des stades
ad|Publicité
h2|Les mesures envisagées
p|Parmi les pistes évoquées par les organisateurs :
li|un match rejoué à huis clos ;
li|un renforcement du dispositif de sécurité avec la police ;
li|l'interdiction de stade pour les supporters identifiés.
p|Les supporters des deux camps, eux, espèrent voir la finale se jouer avant la fin du mois, avant la reprise des cours pour les élèves et étudiants.
signature|Source : Dakar Sport Plus
tags|Tags : Navétanes  Pikine  Odcav  Violence
comments|3 commentaires
comments|Babacar Fall
comments|19 octobre 2026 à 10:02
comments|Chaque année c'est la même chose. Il faut sanctionner sévèrement.
comments|Répondre
comments|Laisser un commentaire
comments|Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *
comments|Publier le commentaire
related|Articles similaires
related|Lutte : le promoteur annonce un grand combat pour le 31 décembre
related|Il y a 1 jour
related|Basket : les Lionnes en stage à Dakar
related|Il y a 3 jours
teaser-list|À NE PAS MANQUER
teaser-list|Vidéo – Une pirogue chavire au large de Mbour, les secours mobilisés
teaser-list|Ligue 1 : Génération Foot reprend la tête
teaser-list|People : le mariage surprise d'un célèbre animateur
most-read|Les plus lus
most-read|Revue de presse du lundi 19 octobre 2026
most-read|Tabaski : les éleveurs mauritaniens attendus en masse
most-read|Dakar : un incendie ravage le marché de Colobane
ad|Publicité
follow|Suivez-nous
follow|Facebook  Twitter  Instagram  YouTube  TikTok
footer|À propos  Contact  Publicité  Mentions légales  Politique de confidentialité
copyright|© 2026 TerangaNet – Tous droits réservés. Reproduction interdite sans autorisation.
"""),
 dict(id="philippine-star-style-1", site="philippine-star-style", lang="en", sep="\n", title="Rice prices ease in Metro Manila markets as harvest season peaks", date="2026-10-26", page="""
timestamp|Monday, October 26, 2026
weather|Manila 31°C
menu|The Manila Daybreak
menu|Digital Edition
menu|Subscribe
menu|Sign in
menu|Headlines  Opinion  Nation  World  Business  Sports  Entertainment  Lifestyle  Metro  Science & Technology  Pilipino Star  Cebu News
breaking|BREAKING: PAGASA raises Signal No. 1 over Northern Samar as low pressure area intensifies
breadcrumb|Headlines
h1|Rice prices ease in Metro Manila markets as harvest season peaks
byline|Catherine Villanueva - The Manila Daybreak
dateline|October 26, 2026 | 12:00am
font|A A
share|Facebook
share|X
share|Viber
share|Email
caption|Vendors arrange sacks of local rice at a public market in Quezon City on Sunday.
credit|The Manila Daybreak / Ernie Peñaredondo
p|MANILA, Philippines — Prices of local rice in Metro Manila markets have dropped by as much as P4 per kilo over the past two weeks as the main harvest season reaches its peak, the Department of Agriculture said yesterday.
p|Based on the agency's price monitoring, regular milled rice now sells for P40 to P44 per kilo in most public markets, down from P44 to P47 at the start of the month. Well-milled rice is priced at P45 to P50 per kilo.
ad|ADVERTISEMENT
p|"The arrival of new stocks from Central Luzon and the Cagayan Valley has pushed prices down. We expect this trend to continue until the end of November," an agriculture official said in a briefing.
related|READ: Farmers seek higher palay buying price from NFA
p|Vendors at the Commonwealth Market in Quezon City confirmed the decline, though some said buyers remain cautious.
p|"Mas marami na ang supply ngayon, kaya bumaba na rin ang presyo. Pero hinihintay pa rin ng mga suki na bumaba pa," said Lorna Dizon, who has sold rice at the market for 15 years.
h2|Farmgate prices
p|Farmers' groups, however, warned that lower retail prices also mean lower farmgate prices for palay, which they said have fallen below P18 per kilo in some provinces.
p|The groups urged the National Food Authority to increase its buying volume during the harvest to prevent traders from dictating prices.
ad|ADVERTISEMENT
p|The agriculture department said it is preparing additional drying facilities in key rice-producing provinces to help farmers avoid selling wet palay at a discount.
follow|FOLLOW The Manila Daybreak on Google News
tags|Related Topics: RICE  DEPARTMENT OF AGRICULTURE  NFA  FARMERS
newsletter|Get the latest news from The Manila Daybreak in your inbox
newsletter|Sign up
newsletter|By providing an email address, I agree to the Terms of Use and acknowledge that I have read the Privacy Policy.
related|RELATED STORIES
related|Onion prices seen stable through holidays
related|DA eyes more cold storage facilities in Mindanao
related|Sugar importation plan draws mixed reactions
latest|LATEST
latest|Gilas Pilipinas names pool for FIBA window
latest|3 hours ago
latest|MRT-3 to run extended hours for All Saints' Day
latest|4 hours ago
latest|Peso closes lower against the dollar
latest|5 hours ago
most-read|Most Popular
most-read|1 LTO: No plate, no travel policy to be strictly enforced
most-read|2 PAGASA: 2 more typhoons may enter PAR before year ends
most-read|3 Kathryn, Alden film tops box office anew
comments|Comments
comments|Commenting policy
comments|Be the first to comment
sponsored|Sponsored
sponsored|Condo units near EDSA now selling for as low as P15,000 monthly
footer|About Us  Contact Us  Privacy Policy  Terms of Use  Advertise  Careers  Digital Edition  Archives
network|Pilipino Star Ngayon  Pang-Masa  The Freeman  Banat
copyright|Copyright © 2026 The Manila Daybreak. All Rights Reserved
"""),
 dict(id="philippine-star-style-2", site="philippine-star-style", lang="en", sep="\n", title="Catanduanes abaca farmers get P50-million aid after typhoon", date="2026-11-18", page="""
timestamp|Wednesday, November 18, 2026
weather|Manila 29°C
menu|The Manila Daybreak
menu|Digital Edition
menu|Subscribe
menu|Sign in
menu|Headlines  Opinion  Nation  World  Business  Sports  Entertainment  Lifestyle  Metro  Science & Technology  Pilipino Star  Cebu News
breaking|BREAKING: Classes suspended in 14 Luzon provinces due to heavy rains
breadcrumb|Nation
h1|Catanduanes abaca farmers get P50-million aid after typhoon
byline|Celine Abarquez - The Manila Daybreak
dateline|November 18, 2026 | 12:00am
font|A A
share|Facebook
share|X
share|Viber
share|Email
caption|Abaca plants flattened by strong winds in Virac, Catanduanes.
credit|Photo courtesy of PhilFIDA
p|VIRAC, Catanduanes — The national government has released P50 million in cash assistance to abaca farmers whose plantations were damaged by Typhoon Rosing earlier this month, officials said on Tuesday.
p|Around 10,000 farmers in the island's 11 towns will receive P5,000 each, according to the Philippine Fiber Industry Development Authority.
ad|ADVERTISEMENT
p|Catanduanes supplies more than a third of the country's abaca fiber, used in products ranging from tea bags and banknote paper to car parts.
h2|Long road to recovery
p|Provincial agriculturists estimate that nearly 60 percent of standing abaca plants were either uprooted or damaged, and that it may take up to two years for the affected farms to return to full production.
p|"The cash aid helps us buy food for now, but what we really need is planting materials," said Romeo Tablizo, a farmer from the town of Bato.
related|READ: Typhoon Rosing leaves P2.1 billion in farm damage – DA
p|The fiber authority said it will distribute disease-free seedlings from its nurseries starting next month, with priority given to farmers who lost their entire plantations.
p|Among the other forms of support being prepared:
li|zero-interest loans of up to P25,000 per farmer through the Agricultural Credit Policy Council;
li|cash-for-work programs for clearing damaged farms;
li|crop insurance payouts for enrolled farmers.
ad|ADVERTISEMENT
p|Local officials also called for the construction of more typhoon-resistant fiber warehouses, after several storage facilities lost their roofs during the storm.
follow|FOLLOW The Manila Daybreak on Google News
tags|Related Topics: CATANDUANES  ABACA  TYPHOON ROSING  PHILFIDA
newsletter|Get the latest news from The Manila Daybreak in your inbox
newsletter|Sign up
newsletter|By providing an email address, I agree to the Terms of Use and acknowledge that I have read the Privacy Policy.
related|RELATED STORIES
related|Bicol towns still without power a week after typhoon
related|DSWD sends food packs to Albay evacuees
latest|LATEST
latest|BSP keeps key rate steady
latest|2 hours ago
latest|SEA Games: Philippine boxers clinch 3 golds
latest|3 hours ago
most-read|Most Popular
most-read|1 Senate approves 2027 budget on final reading
most-read|2 Catanduanes abaca farmers get P50-million aid after typhoon
most-read|3 Holiday rush: NAIA expects 150,000 passengers daily
comments|Comments
comments|Commenting policy
comments|Be the first to comment
sponsored|Sponsored
sponsored|This Batangas beach resort is the newest weekend getaway for Manila families
footer|About Us  Contact Us  Privacy Policy  Terms of Use  Advertise  Careers  Digital Edition  Archives
network|Pilipino Star Ngayon  Pang-Masa  The Freeman  Banat
copyright|Copyright © 2026 The Manila Daybreak. All Rights Reserved
"""),
 dict(id="npr-station-style-1", site="npr-station-style", lang="en", sep="\n\n", title="Harlan County schools will start later next fall. Here's what changes for families", date="2026-11-09", page="""
skip-link|Skip to main content
menu|Site Menu
donate|Donate
listen|Play Live Radio
listen|Next Up:
listen|0:00
listen|0:00
listen|Available On Air Stations
menu|WCRV Cumberland River Public Radio
menu|News  Programs & Podcasts  Schedule  Events  Community Calendar  About  Support
donate|Support local journalism. Give now and your gift will be matched, dollar for dollar.
donate|Give Now
section-label|Education
h1|Harlan County schools will start later next fall. Here's what changes for families
byline|Rachel Okafor
dateline|Published November 9, 2026 at 4:55 PM EST
share|Facebook
share|Twitter
share|LinkedIn
share|Email
listen|Listen • 3:48
caption|Students wait for the bus outside Ridgeview Middle School in Harlan on a November morning.
credit|Rachel Okafor / WCRV
p|Middle and high school students in Harlan County will be able to sleep in a little longer next school year.
p|The county school board voted 4-1 Monday night to push the start of the secondary school day from 7:35 a.m. to 8:20 a.m., beginning in August 2027. Elementary schools will move in the other direction, starting at 7:50 a.m. instead of 8:30.
p|Superintendent Dana Whitlock said the change follows two years of surveys and public meetings. "The research on teenagers and sleep is very clear," she told board members. "We've heard from parents, teachers and students themselves that the early start is hurting them."
h2|Buses and after-school care
p|The district's transportation director said the new schedule will let the county keep its current fleet of 41 buses, because routes will still be staggered between elementary and secondary students.
p|Some parents of younger children raised concerns about the earlier elementary start. Emily Gaines, who has a second grader and a fifth grader, said she worries about children waiting at bus stops in the dark in winter.
p|The district said it will expand its before-school program at all seven elementary schools and adjust bus stop locations where lighting is poor.
h2|Sports and jobs
p|Coaches and students with part-time jobs had asked how a later dismissal would affect practices and work shifts. High school classes will now end at 3:25 p.m., 45 minutes later than today.
p|Athletic director Marcus Bell said most practices will shift back accordingly and that the district will work with neighboring counties on game times.
p|The board will hold two more community meetings in the spring to finalize bus routes. Dates have not yet been announced.
funding-note|WCRV's education coverage is supported in part by the Appalachian Learning Fund.
tags|Tags
tags|Local News  Harlan County  Education  schools
author-bio|Rachel Okafor
author-bio|Rachel Okafor covers education and families for WCRV. She joined the newsroom in 2023 after reporting for newspapers in Ohio and West Virginia.
author-link|See stories by Rachel Okafor
newsletter|Get WCRV's local news in your inbox
newsletter|The Morning Current, delivered weekdays. Sign up now.
newsletter|Email Address
newsletter|Subscribe
related|Related Content
related|Education
related|Kentucky lawmakers weigh changes to school funding formula
related|October 22, 2026
related|Harlan County
related|After the flood, a school library reopens with donated books
related|September 30, 2026
donate|Stand up for trusted local news. Become a sustaining member today.
donate|Donate
footer|WCRV Cumberland River Public Radio
footer|1400 College Road, Harlan, KY
footer|Main Office: (606) 555-0142
footer|About  Contact Us  Careers  Underwriting  FCC Public Files  FCC Applications  EEO Report  CPB Compliance  Privacy Policy  Terms of Use
copyright|© 2026 WCRV
"""),
 dict(id="npr-station-style-2", site="npr-station-style", lang="en", sep="\n\n", title="Need a cake pan or a fishing pole? This library will lend you one", date="2026-10-02", page="""
skip-link|Skip to main content
menu|Site Menu
donate|Donate
listen|Play Live Radio
listen|Next Up:
listen|0:00
listen|0:00
listen|Available On Air Stations
menu|WCRV Cumberland River Public Radio
menu|News  Programs & Podcasts  Schedule  Events  Community Calendar  About  Support
donate|Fall Member Drive: We're 62% of the way to our goal. Give now.
donate|Give Now
section-label|Community
h1|Need a cake pan or a fishing pole? This library will lend you one
byline|Jordan Ellis
dateline|Published October 2, 2026 at 6:10 AM EDT
share|Facebook
share|Twitter
share|LinkedIn
share|Email
listen|Listen • 4:21
caption|Librarian Teresa Combs shows some of the items in the "library of things" at the Bell County Public Library in Middlesboro.
credit|Jordan Ellis / WCRV
p|On a shelf next to the large-print novels at the Bell County Public Library, there is a row of baking pans shaped like hearts, dinosaurs and the number 5.
p|They are part of the library's "library of things," a collection of more than 300 everyday objects that anyone with a library card can borrow for two weeks, free of charge.
p|"People kept asking us if we had a bread machine or a sewing machine they could try before buying one," said Teresa Combs, the library's adult services manager. "So we started with a few donations, and it grew from there."
h2|From telescopes to tillers
p|The most popular items, according to Combs, are:
li|fishing poles and tackle boxes, lent in partnership with the state parks;
li|specialty cake pans, booked weeks ahead for birthdays;
li|a telescope donated by a retired science teacher;
li|a carpet cleaner and a pressure washer.
p|Borrowers sign a simple agreement and return items cleaned. Combs said only a handful of things have been lost or broken since the program began in 2024.
p|For Danny Hensley, a retired coal miner, the program meant he could take his grandsons fishing on Cumberland Lake without buying gear he would use twice a year. "Didn't cost me a dime," he said.
h2|A model for rural libraries
p|The state library association says at least 14 public libraries in Kentucky now lend non-book items, from laptops and mobile hotspots to blood pressure monitors.
p|Bell County's library plans to add camping equipment next spring, paid for with a small grant from a regional foundation.
correction|Correction: An earlier version of this story misstated the year the program began. It started in 2024.
funding-note|Community reporting on WCRV is made possible in part by the Cumberland Gap Community Foundation.
tags|Tags
tags|Local News  Bell County  libraries  Community
author-bio|Jordan Ellis
author-bio|Jordan Ellis is WCRV's southeast Kentucky reporter, based in Middlesboro.
author-link|See stories by Jordan Ellis
newsletter|Get WCRV's local news in your inbox
newsletter|The Morning Current, delivered weekdays. Sign up now.
newsletter|Email Address
newsletter|Subscribe
related|Related Content
related|Community
related|Pineville volunteers rebuild a century-old footbridge
related|August 14, 2026
donate|Stand up for trusted local news. Become a sustaining member today.
donate|Donate
footer|WCRV Cumberland River Public Radio
footer|1400 College Road, Harlan, KY
footer|Main Office: (606) 555-0142
footer|About  Contact Us  Careers  Underwriting  FCC Public Files  FCC Applications  EEO Report  CPB Compliance  Privacy Policy  Terms of Use
copyright|© 2026 WCRV
"""),
]
