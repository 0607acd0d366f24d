# Round 127: eight pages on four more layouts (a Cape Verdean news site read in French translation, a Kinshasa
# daily, a Vanuatu daily, a Samoan daily), written blind: without looking at the classifier, its rules or the
# benchmark, measured once. Each line: "label|text". Invented text; no real article is copied.
ROUND127 = [
 dict(id="cap-vert-expresso-style-1", site="cap-vert-expresso-style", lang="fr", sep="\n", title="Santiago : le gouvernement lance trois usines de dessalement pour en finir avec les pénuries d'eau", date="2026-03-12", page="""
skip-link|Passer au contenu
timestamp|jeudi, 12 mars 2026
weather|Praia 26°C
lang-switch|PT EN FR
translate|Cette page a été traduite automatiquement du portugais. Voir l'original
account|Connexion
subscribe|Assine já
epaper|Édition imprimée n° 1267
menu|Correio das Ilhas
menu|Politique
menu|Économie
menu|Société
menu|Culture
menu|Desporto
menu|Monde
menu|Diaspora
menu|Opinion
menu|Entretiens
menu|Multimédia
search|Pesquisar...
breaking|Última hora : Le Parlement approuve le budget rectificatif en vote final global
ad|PUB
ad|CV Móvel - Internet 5G maintenant à Praia, Mindelo et Sal. Adhérez !
breadcrumb|Accueil / Société
section-label|Société
h1|Santiago : le gouvernement lance trois usines de dessalement pour en finir avec les pénuries d'eau
lead|L'exécutif a présenté mercredi un programme de 2,4 milliards d'escudos destiné à doter l'île de Santiago de trois nouvelles unités de dessalement d'ici 2028. Les municipalités de l'intérieur, les plus touchées par les coupures, seront prioritaires.
byline|Par Redação / Inforpress
dateline|12 Mar 2026, 09:47
dateline|Dernière mise à jour : 12 Mar 2026, 11:20
read-time|Temps de lecture : 4 min
share|Partager
share|f
share|X
share|in
share|WhatsApp
share|✉
font|A-
font|A+
caption|Citernes de distribution d'eau dans le quartier de Ponta d'Água, à Praia
credit|Photo : Arquivo / Correio das Ilhas
p|Le gouvernement a présenté mercredi, à Praia, un programme d'investissement de 2,4 milliards d'escudos (environ 21,8 millions d'euros) pour la construction de trois usines de dessalement d'eau de mer sur l'île de Santiago, la plus peuplée de l'archipel.
p|Les installations seront construites à Tarrafal, à Pedra Badejo, dans la municipalité de Santa Cruz, et à Cidade Velha. Ensemble, elles doivent produire 18 000 mètres cubes d'eau potable par jour, soit à peu près la moitié de la consommation actuelle de l'île.
p|« Nous ne pouvons plus accepter que des familles de Santa Catarina ou de São Domingos attendent le camion-citerne pendant une semaine », a déclaré la ministre de l'Agriculture et de l'Environnement, Filomena Tavares Semedo, lors de la présentation.
ad|PUB
ad|Banco Comercial do Atlântico - Crédit habitation à taux fixe. Simulez en ligne
h2|Le solaire pour réduire la facture
p|Le dessalement reste une technologie gourmande en énergie, et l'électricité est chère au Cap-Vert. Pour limiter le coût du mètre cube, chaque usine sera couplée à une centrale photovoltaïque d'une puissance de 4 à 6 mégawatts.
p|Selon la ministre, le prix de l'eau pour les ménages ne devrait pas augmenter. L'État prévoit de maintenir le tarif social pour les foyers consommant moins de 6 mètres cubes par mois.
read-also|LIRE AUSSI : Sécheresse : l'année agricole 2025 déclarée « mauvaise » dans quatre îles
p|Le financement est assuré en partie par un prêt de la Banque africaine de développement et par un don de l'Union européenne. Le reste proviendra du budget de l'État et d'un partenariat avec l'entreprise publique Águas de Santiago.
h2|Les calendriers en question
p|Dans les municipalités de l'intérieur, l'annonce est accueillie avec prudence. Plusieurs projets similaires, annoncés lors des législatures précédentes, n'ont jamais vu le jour.
p|« On nous a déjà promis de l'eau trois fois. Nous voulons voir les machines arriver », a réagi le président de la câmara municipale de São Lourenço dos Órgãos, joint par téléphone.
p|Le gouvernement assure que les appels d'offres seront lancés avant la fin du mois d'avril. Les premiers travaux, à Tarrafal, doivent commencer en septembre, avec une mise en service prévue au second semestre 2027.
p|Le programme comprend également :
li|la réhabilitation de 140 kilomètres de conduites dans les municipalités de l'intérieur ;
li|la construction de six nouveaux réservoirs de stockage ;
li|l'installation de compteurs intelligents pour réduire les pertes, estimées à 35 % du volume distribué.
p|L'opposition a salué « une bonne nouvelle » tout en demandant que le Parlement soit associé au suivi des travaux.
signature|Com Inforpress
tags|Tags : eau dessalement Santiago Praia environnement
share|Partager cet article
share|Facebook Twitter LinkedIn WhatsApp E-mail Imprimer
newsletter|Recevez la newsletter du Correio das Ilhas
newsletter|Votre e-mail
newsletter|Subscrever
comments|0 Commentaires
comments|Les commentaires publiés sont de la seule responsabilité de leurs auteurs. Correio das Ilhas se réserve le droit de supprimer les messages injurieux.
comments|Commenter
comments|Nom
comments|E-mail
comments|Envoyer
related|Dans la même rubrique
related|Mindelo : le nouveau marché municipal ouvrira en juin
related|11 Mar 2026, 18:02
related|Santé : l'hôpital Agostinho Neto reçoit un nouvel appareil d'IRM
related|11 Mar 2026, 15:36
related|Éducation : 412 bourses attribuées aux étudiants de l'intérieur
related|10 Mar 2026, 12:10
most-read|Les plus lus
most-read|1 Cabo Verde Airlines reprend les vols vers Boston en mai
most-read|2 Carnaval de Mindelo : le groupe Monte Sossego remporte le concours
most-read|3 Sal : un nouveau complexe hôtelier de 600 chambres approuvé
epaper|Édition de la semaine
epaper|Abonnez-vous à la version numérique à partir de 250 escudos par mois
footer|Correio das Ilhas - Journal hebdomadaire d'information
footer|Ficha técnica
footer|Statut éditorial
footer|Publicité
footer|Contacts
footer|Achada Santo António, Praia - Cabo Verde
copyright|© 2026 Correio das Ilhas. Tous droits réservés.
cookie|Ce site utilise des cookies pour améliorer votre expérience. Aceitar Plus d'informations
"""),
 dict(id="cap-vert-expresso-style-2", site="cap-vert-expresso-style", lang="fr", sep="\n", title="São Vicente : les pêcheurs artisanaux réclament un nouveau quai de débarquement à Mindelo", date="2026-05-06", page="""
skip-link|Passer au contenu
timestamp|mercredi, 6 mai 2026
weather|Praia 27°C
lang-switch|PT EN FR
translate|Cette page a été traduite automatiquement du portugais. Voir l'original
account|Connexion
subscribe|Assine já
epaper|Édition imprimée n° 1275
menu|Correio das Ilhas
menu|Politique
menu|Économie
menu|Société
menu|Culture
menu|Desporto
menu|Monde
menu|Diaspora
menu|Opinion
menu|Entretiens
menu|Multimédia
search|Pesquisar...
breaking|Última hora : Séisme de magnitude 4,1 ressenti à Fogo, sans dégâts signalés
breadcrumb|Accueil / Économie
section-label|Économie
section-label|Pêche
h1|São Vicente : les pêcheurs artisanaux réclament un nouveau quai de débarquement à Mindelo
lead|Entassés sur une rampe vétuste de la baie de Mindelo, plus de 300 pêcheurs demandent un quai équipé de chambres froides. La municipalité dit attendre le financement promis par l'État.
byline|Par Ailton Lopes Delgado
dateline|6 Mai 2026, 16:12
read-time|Temps de lecture : 3 min
share|Partager
share|f
share|X
share|in
share|WhatsApp
share|✉
font|A-
font|A+
video|▶ Vidéo
video|Reportage : une matinée à la rampe de pêche de Mindelo
video|02:58
p|Il est six heures du matin et la rampe de béton qui sert de port de pêche à Mindelo est déjà encombrée. Une vingtaine de bateaux en bois attendent leur tour pour décharger thons, chinchards et garoupas, tandis que les vendeuses, les bacs sur la tête, se pressent autour des embarcations.
p|« Ici il n'y a pas de glace, pas d'eau douce, pas de toilettes. Le poisson attend au soleil », résume João Baptista Fortes, pêcheur depuis trente ans et président de l'association des pêcheurs artisanaux de São Vicente.
p|L'association a remis la semaine dernière une pétition signée par 317 pêcheurs et vendeuses à la câmara municipale. Elle demande la construction d'un quai de débarquement équipé de chambres froides, d'une fabrique de glace et d'un espace couvert pour la vente.
ad|PUB
ad|Moave - Transport maritime inter-îles. Réservez vos billets en ligne
h2|Un projet dans les cartons depuis 2019
p|Le projet n'est pas nouveau. Une étude de faisabilité avait été réalisée en 2019 avec l'appui de la coopération luxembourgeoise, mais les travaux n'ont jamais été lancés, faute de financement.
p|Le conseiller municipal chargé de l'économie maritime, Hélder Ramos, affirme que la municipalité a « fait sa part » en réservant le terrain. « Nous attendons que le ministère de la Mer confirme l'inscription du projet dans le budget de 2027 », a-t-il expliqué.
read-also|LIRE AUSSI : Pêche : l'accord avec l'Union européenne renouvelé pour cinq ans
p|Contacté par notre journal, le ministère de la Mer indique que le dossier est « en cours d'analyse » et qu'une délégation technique se rendra à Mindelo avant la fin du mois de juin.
h2|Les vendeuses, premières concernées
p|Pour les peixeiras, les vendeuses de poisson, les conditions actuelles pèsent lourd sur les revenus. Sans glace, le poisson invendu en fin de matinée doit être bradé ou jeté.
p|« Je perds parfois la moitié de ce que j'achète », raconte Maria de Lourdes, 54 ans, qui vend sur la rampe depuis l'adolescence. « Avec un frigo, on pourrait vendre l'après-midi, et même le lendemain. »
p|Selon les chiffres de l'Institut de la mer, la pêche artisanale fait vivre directement près de 2 000 personnes à São Vicente. Les débarquements de l'île ont atteint 3 100 tonnes en 2025, en hausse de 8 % sur un an.
p|Les pêcheurs ont prévenu qu'ils organiseraient une manifestation devant la câmara municipale le 20 mai si aucune date n'est annoncée d'ici là.
tags|Tags : pêche Mindelo São Vicente économie maritime
share|Partager cet article
share|Facebook Twitter LinkedIn WhatsApp E-mail Imprimer
newsletter|Recevez la newsletter du Correio das Ilhas
newsletter|Votre e-mail
newsletter|Subscrever
comments|2 Commentaires
comments|Manuel S. - il y a 3 heures
comments|Toujours la même chose. Les promesses avant les élections et rien après.
comments|Répondre
comments|Djéni - il y a 1 heure
comments|Bravo aux pêcheurs de se faire entendre !
comments|Répondre
comments|Les commentaires publiés sont de la seule responsabilité de leurs auteurs. Correio das Ilhas se réserve le droit de supprimer les messages injurieux.
related|Dans la même rubrique
related|Tourisme : les arrivées à Boa Vista en hausse de 12 % au premier trimestre
related|6 Mai 2026, 10:25
related|Inflation : les prix à la consommation reculent en avril
related|5 Mai 2026, 17:48
most-read|Les plus lus
most-read|1 Fogo : les vignerons de Chã das Caldeiras attendent une récolte record
most-read|2 Desporto : les Tubarões Azuis affrontent le Sénégal en juin
teaser-list|3 São Vicente : les pêcheurs artisanaux réclament un nouveau quai de débarquement à Mindelo
epaper|Édition de la semaine
epaper|Abonnez-vous à la version numérique à partir de 250 escudos par mois
footer|Correio das Ilhas - Journal hebdomadaire d'information
footer|Ficha técnica
footer|Statut éditorial
footer|Publicité
footer|Contacts
footer|Achada Santo António, Praia - Cabo Verde
copyright|© 2026 Correio das Ilhas. Tous droits réservés.
cookie|Ce site utilise des cookies pour améliorer votre expérience. Aceitar Plus d'informations
"""),
 dict(id="lepotentiel-cd-style-1", site="lepotentiel-cd-style", lang="fr", sep="\n", title="Kinshasa : la Regideso promet la fin des coupures d'eau à Ngaliema et Mont-Ngafula d'ici juin", date="2026-02-24", page="""
timestamp|mardi, février 24, 2026
ticker|Taux du jour : 1 USD = 2 845 CDF
social|Facebook Twitter YouTube Instagram
account|Connexion
subscribe|S'abonner
menu|Le Progressiste
menu|Quotidien d'information générale paraissant à Kinshasa
menu|Accueil
menu|Actualité
menu|Politique
menu|Economie
menu|Société
menu|Provinces
menu|Sports
menu|Culture
menu|International
menu|Tribune
menu|Editorial
menu|Grands Lacs
search|Rechercher
breaking|FLASH
breaking|Assemblée nationale : la plénière sur la loi de finances rectificative renvoyée à jeudi
ad|Publicité
ad|Rawbank - Ouvrez votre compte en 10 minutes depuis votre téléphone
breadcrumb|Accueil Société
section-label|Société
h1|Kinshasa : la Regideso promet la fin des coupures d'eau à Ngaliema et Mont-Ngafula d'ici juin
byline|par Rédaction
dateline|24 février 2026
section-label|dans Société
read-time|Temps de lecture : 4 min
font|A A
comments|0
views|112
share|Partager sur Facebook
share|Partager sur Twitter
share|Partager
share|Tweet
share|Envoyer
caption|Des habitants de Kinsuka font la queue devant une borne-fontaine
credit|Photo Droits tiers
p|La Régie de distribution d'eau (Regideso) annonce la mise en service, d'ici fin juin, de la nouvelle station de pompage de Lukunga-Ouest, présentée comme la solution aux pénuries d'eau qui frappent depuis plus d'un an les communes de Ngaliema et de Mont-Ngafula.
p|L'annonce a été faite lundi par le directeur provincial de l'entreprise, Jean-Pierre Mbuyi Kalonji, au cours d'une rencontre avec les bourgmestres des deux communes et des représentants de la société civile.
p|Dans plusieurs quartiers de l'ouest de la capitale, dont Kinsuka, Binza-Pigeon et Mitendi, les robinets restent secs pendant des jours entiers. Les ménages se rabattent sur les forages privés, les sources ou les bidons vendus à 500 francs congolais pièce.
read-also|Lire aussi : Electricité : la Snel annonce un délestage de trois semaines dans la partie Est de Kinshasa
h2|Une station attendue depuis 2023
p|Selon la Regideso, la station de Lukunga-Ouest, financée par la Banque mondiale dans le cadre du projet d'alimentation en eau des zones urbaines, doit produire 60 000 mètres cubes par jour. Les travaux, lancés en 2023, ont pris du retard à cause de difficultés d'approvisionnement en équipements et de problèmes d'alimentation électrique.
p|« Les pompes sont arrivées au port de Matadi, elles seront installées en mars. Les essais commenceront en mai », a assuré Jean-Pierre Mbuyi.
p|En attendant, l'entreprise promet de renforcer la desserte par camions-citernes dans les quartiers les plus touchés et de réparer une trentaine de bornes-fontaines publiques.
ad|Publicité
ad|Vodacash - Envoyez et recevez de l'argent partout en RDC
h2|Scepticisme dans les quartiers
p|Ces promesses sont accueillies avec réserve par les habitants. « On nous parle de cette station depuis trois ans. Pendant ce temps, nous payons les factures alors que l'eau ne coule pas », s'indigne Mama Thérèse Lukusa, présidente d'un comité de quartier à Kinsuka-Pêcheur.
p|La société civile de Ngaliema réclame notamment :
li|la suspension de la facturation forfaitaire dans les quartiers privés d'eau ;
li|la publication d'un calendrier précis des travaux ;
li|l'installation de compteurs dans les parcelles qui n'en ont pas.
p|Le bourgmestre de Mont-Ngafula a, pour sa part, demandé à la Regideso de tenir compte de l'extension rapide de la commune, où de nouveaux quartiers sortent de terre sans aucun réseau d'adduction.
p|Le directeur provincial a reconnu que la demande croît plus vite que la production. Kinshasa, dont la population dépasse désormais 17 millions d'habitants, consomme selon lui près du double de ce que la Regideso est en mesure de distribuer.
signature|GRACE NTUMBA
tags|Tags: Kinshasa Mont-Ngafula Ngaliema Regideso
share|Partager sur Facebook
share|Partager sur Twitter
nav|Article précédent
nav|Football : le TP Mazembe qualifié pour les quarts de la Ligue des champions
nav|Article suivant
nav|Kwilu : la route Kikwit-Idiofa de nouveau praticable
author-link|Rédaction
related|Articles similaires
related|Lualaba : la Regideso inaugure une usine de traitement à Kolwezi
related|il y a 2 semaines
related|Gombe : les vendeurs ambulants déguerpis du boulevard du 30 Juin
related|il y a 3 semaines
related|Kinshasa : le gouverneur lance l'opération « Kin Bopeto » dans 24 communes
related|il y a 1 mois
comments|Discussion about this post
comments|Please login to join discussion
most-read|Les plus lus
most-read|Présidentielle 2028 : l'opposition exige un nouveau fichier électoral
most-read|Ituri : reprise des combats autour de Djugu
most-read|Mines : le cobalt congolais de retour à la hausse sur le marché de Londres
epaper|Le Progressiste en version numérique
epaper|Lire le journal du jour
newsletter|Newsletter
newsletter|Votre adresse e-mail
newsletter|S'inscrire
footer|Le Progressiste
footer|Avenue Colonel Ebeya, Kinshasa/Gombe
footer|Qui sommes-nous Publicité Contact Politique de confidentialité
copyright|© 2026 Le Progressiste - Quotidien d'information générale. Tous droits réservés.
back-to-top|↑
"""),
 dict(id="lepotentiel-cd-style-2", site="lepotentiel-cd-style", lang="fr", sep="\n", title="Franc congolais : la Banque centrale maintient son taux directeur à 17,5 % malgré le recul de l'inflation", date="2026-04-09", page="""
timestamp|jeudi, avril 9, 2026
ticker|Taux du jour : 1 USD = 2 812 CDF
social|Facebook Twitter YouTube Instagram
account|Connexion
subscribe|S'abonner
menu|Le Progressiste
menu|Quotidien d'information générale paraissant à Kinshasa
menu|Accueil
menu|Actualité
menu|Politique
menu|Economie
menu|Société
menu|Provinces
menu|Sports
menu|Culture
menu|International
menu|Tribune
menu|Editorial
menu|Grands Lacs
search|Rechercher
breaking|FLASH
breaking|Sud-Kivu : la route Bukavu-Uvira rouverte à la circulation
breadcrumb|Accueil Economie
section-label|Economie
h1|Franc congolais : la Banque centrale maintient son taux directeur à 17,5 % malgré le recul de l'inflation
lead|Réuni mercredi à Kinshasa, le Comité de politique monétaire de la BCC a jugé prématuré d'assouplir sa politique. L'inflation annuelle est pourtant retombée à 9,8 % en mars.
byline|par Patrick Ilunga
dateline|9 avril 2026
section-label|dans Economie
read-time|Temps de lecture : 3 min
font|A A
comments|0
views|86
share|Partager sur Facebook
share|Partager sur Twitter
share|Partager
share|Tweet
share|Envoyer
p|Le Comité de politique monétaire (CPM) de la Banque centrale du Congo (BCC) a décidé, à l'issue de sa réunion ordinaire tenue mercredi 8 avril à Kinshasa, de maintenir son taux directeur à 17,5 %. Le coefficient de la réserve obligatoire sur les dépôts en devises reste lui aussi inchangé.
p|Cette décision intervient alors que l'inflation poursuit sa décrue. Selon les chiffres de l'Institut central, la hausse annuelle des prix est revenue à 9,8 % en mars, contre 11,2 % en décembre et plus de 20 % au début de l'année 2025.
p|Le franc congolais s'est également stabilisé. Sur le marché officiel, le dollar s'échangeait mercredi autour de 2 812 CDF, contre 2 870 CDF trois mois plus tôt. Sur le marché parallèle de la Gombe et de Kintambo, l'écart avec le cours indicatif est tombé à moins de 2 %.
h2|« Rester vigilant »
p|Pour le CPM, ces résultats restent fragiles. Le communiqué final évoque « la persistance des tensions sur les prix des produits alimentaires importés » et « les risques liés à l'exécution des dépenses publiques au deuxième trimestre ».
p|« La Banque centrale préfère consolider les acquis plutôt que de prendre le risque de relancer les anticipations inflationnistes », explique un économiste de l'Université de Kinshasa, qui estime qu'une baisse du taux pourrait intervenir « au plus tôt en juillet ».
ad|Publicité
ad|Equity BCDC - Votre salaire domicilié, un crédit en 48 heures
read-also|Lire aussi : Budget 2026 : le FMI salue la discipline budgétaire mais met en garde sur la dette intérieure
h2|Les opérateurs économiques attendent un geste
p|Du côté des entreprises, l'impatience grandit. La Fédération des entreprises du Congo (FEC) plaide depuis plusieurs mois pour une baisse du coût du crédit, jugé prohibitif pour les petites et moyennes entreprises.
p|« Avec des taux bancaires qui dépassent 25 %, aucun jeune entrepreneur ne peut investir. On stabilise la monnaie, c'est bien, mais il faut aussi penser à l'économie réelle », fait valoir un responsable de la FEC.
p|Les réserves de change de la BCC, elles, ont atteint 6,9 milliards de dollars, soit environ trois mois d'importations de biens et services. La Banque centrale attribue cette amélioration à la bonne tenue des exportations de cuivre et de cobalt.
p|Le prochain Comité de politique monétaire est prévu pour le mois de juin.
signature|PATRICK ILUNGA
tags|Tags: BCC Franc congolais Inflation Taux directeur
share|Partager sur Facebook
share|Partager sur Twitter
nav|Article précédent
nav|Haut-Katanga : la Gécamines signe un nouveau partenariat pour le site de Kambove
nav|Article suivant
nav|Kinshasa : les transporteurs menacent d'une grève contre la hausse du prix du carburant
author-link|Patrick Ilunga
author-link|Voir tous les articles
related|Articles similaires
related|Fiscalité : la DGI lance la facture normalisée pour toutes les entreprises
related|il y a 5 jours
related|Mines : les exportations de cuivre franchissent un nouveau record au premier trimestre
related|il y a 1 semaine
comments|Discussion about this post
comments|Please login to join discussion
most-read|Les plus lus
most-read|Ituri : les déplacés de Djugu regagnent progressivement leurs villages
most-read|Léopards : le sélectionneur dévoile sa liste pour les matchs de juin
teaser-list|Franc congolais : la Banque centrale maintient son taux directeur à 17,5 % malgré le recul de l'inflation
epaper|Le Progressiste en version numérique
epaper|Lire le journal du jour
newsletter|Newsletter
newsletter|Votre adresse e-mail
newsletter|S'inscrire
footer|Le Progressiste
footer|Avenue Colonel Ebeya, Kinshasa/Gombe
footer|Qui sommes-nous Publicité Contact Politique de confidentialité
copyright|© 2026 Le Progressiste - Quotidien d'information générale. Tous droits réservés.
back-to-top|↑
"""),
 dict(id="vanuatu-daily-post-style-1", site="vanuatu-daily-post-style", lang="en", sep="\n", title="Kava exporters warn of shortage as root prices hit VT3,000 a kilo", date="2026-01-20", page="""
skip-link|Skip to main content
account|You have permission to edit this article.
account|Edit
account|Close
account|Sign Up
account|Log In
account|Dashboard
account|Logout
account|My Account
account|Dashboard
account|Profile
account|Saved items
account|Logout
weather|Port Vila, Vanuatu
weather|29°
weather|Partly Cloudy
weather|Humidity: 78%
weather|Wind: SE @ 17 km/h
timestamp|Tuesday, January 20, 2026
menu|Island Daily Post
menu|Vanuatu's Leading Newspaper
menu|Home
menu|News
menu|Business
menu|Sports
menu|Opinion
menu|Letters
menu|Provinces
menu|Pacific
menu|Classifieds
menu|Jobs
menu|Tenders
menu|e-Edition
subscribe|Subscribe
search|Search
breaking|Breaking News
breaking|Cyclone watch issued for Torba and Sanma provinces
ad|ADVERTISEMENT
section-label|Business
h1|Kava exporters warn of shortage as root prices hit VT3,000 a kilo
lead|Exporters say they cannot meet orders from Fiji, New Caledonia and the United States as farmers hold back dried root and new plantings take years to mature.
byline|By HARRY TOKA
byline|Daily Post Reporter
dateline|Jan 20, 2026
dateline|Updated 4 hrs ago
share|Facebook
share|Twitter
share|WhatsApp
share|SMS
share|Email
print|Print
share|Copy article link
save|Save
caption|Dried kava root at a buying depot in Luganville last week.
credit|Photo: Harry Toka
buy-photo|Buy Now
p|Kava exporters in Port Vila and Luganville say they are struggling to fill overseas orders as the price paid to farmers for dried root has climbed to VT3,000 a kilo, the highest level recorded by the Department of Agriculture.
p|At the start of 2025 the same kava was selling for around VT2,100 a kilo at buying depots in Santo. Exporters say the rise reflects strong demand from Fiji, New Caledonia and the growing market in the United States, where kava bars have spread quickly in several states.
p|"We have containers booked and we cannot fill them," said Marie-Claire Tabi, manager of a Port Vila export company. "Farmers are waiting for the price to go higher, and some of them are selling to nakamals here in town because they get cash the same day."
article-label|Story continues below advertisement
ad|ADVERTISEMENT
h2|Plantings take years
p|The Vanuatu Kava Industry Association says many of the plants harvested in 2024 and 2025 were replanted after Tropical Cyclone Lola, and that the new gardens will not be ready for at least three more years.
p|Kava is usually harvested after four to five years. Farmers on Pentecost, Maewo and Ambae, the main growing islands, say heavy rain last year also slowed drying and reduced the quality of some lots.
p|The association's chairman, Joel Ravo, said exporters should expect tight supply for the whole of 2026.
p|"The message to farmers is: keep planting, but plant the noble varieties. The markets overseas only accept noble kava, and if we lose their trust we lose everything," he said.
h2|Government monitoring quality
p|The Biosecurity Department has increased testing at export points in Port Vila and Luganville to make sure that only noble varieties leave the country, in line with the Kava Act.
p|Acting Director Lily Naupa said that three shipments had been stopped since November for failing tests, and that the department would publish a list of approved exporters in February.
p|Kava is now Vanuatu's largest agricultural export by value, ahead of copra and beef. According to the National Statistics Office, exports of kava earned more than VT4 billion in the first nine months of 2025.
p|Back at the nakamals in Port Vila, drinkers are also feeling the rise. Several nakamal owners in Freshwota and Seaside have raised the price of a shell from VT100 to VT150 since December.
tags|Tags
tags|Kava
tags|Agriculture
tags|Exports
tags|Santo
related|Related to this story
related|Copra price drops as mill stops buying in Malekula
related|Biosecurity stops kava shipment bound for Noumea
comments|Load comments
comments|Welcome to the discussion.
comments|Keep it Clean. Please avoid obscene, vulgar, lewd, racist or sexually-oriented language.
comments|PLEASE TURN OFF YOUR CAPS LOCK.
comments|Don't Threaten. Threats of harming another person will not be tolerated.
comments|Be Truthful. Don't knowingly lie about anyone or anything.
comments|Be Nice. No racism, sexism or any sort of -ism that is degrading to another person.
comments|Be Proactive. Use the 'Report' link on each comment to let us know of abusive posts.
comments|Share with Us. We'd love to hear eyewitness accounts, the history behind an article.
notify|Email notifications are only sent once a day, and only if there are new matching items.
notify|{{description}}
notify|Rather not see so many notifications?
notify|Notifications from this discussion will be disabled.
most-read|Most Popular
most-read|Stories
most-read|Videos
most-read|Images
most-read|Man charged after fight at Anamburu market
most-read|VNPF members to receive 5 percent interest on savings
most-read|Efate ring road repairs begin after cyclone damage
most-read|Air Vanuatu resumes flights to Brisbane
teaser-list|Latest News
teaser-list|Teachers' union gives Ministry 14 days to pay arrears
teaser-list|2 hrs ago
teaser-list|Luganville council approves new bus stand
teaser-list|5 hrs ago
teaser-list|Vanuatu Under-17 team named for OFC championship
teaser-list|7 hrs ago
newsletter|Breaking News
newsletter|Be the first to know when big news breaks
newsletter|Email
newsletter|Sign up!
epaper|Today's e-Edition
epaper|Island Daily Post e-Edition
epaper|Read Now
footer|Island Daily Post
footer|Kumul Highway, Port Vila, Vanuatu
footer|Phone: (678) 23111
footer|Email: news@islanddailypost.vu
footer|Contact Us
footer|Advertise
footer|Subscriptions
footer|Terms of Use
footer|Privacy Policy
copyright|© Copyright 2026 Island Daily Post, Port Vila, Vanuatu
footer|Powered by BLOX Content Management System from TownNews.com.
cookie|We use cookies to give you the best experience. By continuing to use this site, you agree to our use of cookies. OK
back-to-top|Back to top
"""),
 dict(id="vanuatu-daily-post-style-2", site="vanuatu-daily-post-style", lang="en", sep="\n", title="Luganville market house reopens after eight months of cyclone repairs", date="2026-03-03", page="""
skip-link|Skip to main content
account|You have permission to edit this article.
account|Edit
account|Close
account|Sign Up
account|Log In
account|Dashboard
account|Logout
account|My Account
account|Dashboard
account|Profile
account|Saved items
account|Logout
weather|Port Vila, Vanuatu
weather|27°
weather|Showers
weather|Humidity: 88%
weather|Wind: ESE @ 11 km/h
timestamp|Tuesday, March 3, 2026
menu|Island Daily Post
menu|Vanuatu's Leading Newspaper
menu|Home
menu|News
menu|Business
menu|Sports
menu|Opinion
menu|Letters
menu|Provinces
menu|Pacific
menu|Classifieds
menu|Jobs
menu|Tenders
menu|e-Edition
subscribe|Subscribe
search|Search
ad|ADVERTISEMENT
section-label|Provinces
h1|Luganville market house reopens after eight months of cyclone repairs
byline|By ESTHER WILLIE
dateline|Mar 3, 2026
share|Facebook
share|Twitter
share|WhatsApp
share|SMS
share|Email
print|Print
share|Copy article link
save|Save
caption|Mamas sell island cabbage and taro at the reopened Luganville market house on Monday.
credit|Photo: Esther Willie
buy-photo|Buy Now
p|LUGANVILLE – Market vendors in Luganville returned to the town's main market house on Monday, eight months after the roof was torn off during a storm in June last year.
p|Hundreds of mamas from East Santo, South Santo and the small islands arrived before dawn with baskets of island cabbage, taro, yam, bananas and laplap to take back their old places under the new roof.
p|Since the storm, vendors had been selling on tarpaulins along the main road and in a temporary shelter near the Unity Park, where many complained about rain, dust and the lack of toilets.
p|"We are very happy. Now we can sleep here at night with our produce and we are not afraid of the rain," said Roselyn Vatu, who has sold at the market for 22 years and travels every week from Port Olry.
article-label|Story continues below advertisement
ad|ADVERTISEMENT
ad|SANMA PROVINCE TENDER NOTICE - Supply of office equipment. Closing date 20 March 2026
h2|VT38 million project
p|The Luganville Municipal Council said the repairs cost VT38 million, funded by the Government through the Ministry of Internal Affairs and by a grant from a development partner.
p|The works included:
li|a new cyclone-rated roof and gutters;
li|a rainwater tank of 20,000 litres;
li|new toilets and showers for vendors who stay overnight;
li|solar lights around the building and the car park.
p|Town Clerk Alick Moli told the Daily Post that stall fees would stay at VT200 a day for now. "We know the vendors lost a lot of income during these months. The council decided not to increase the fees this year," he said.
p|Lord Mayor of Luganville, Tom Tari, officially opened the building in a short ceremony with a prayer by a local pastor and a string band from Sarakata.
h2|Complaints over stall allocation
p|Not all vendors were satisfied. Some women from the small islands said they had been moved to the back of the building, far from the entrance where most customers pass.
p|"Before we were at the front. Now the new ones took our places," one vendor from Malo said.
p|The council said a committee of vendors will review the allocation of stalls within two weeks.
p|Vendors also asked the council to repair the access road behind the market house, where trucks from the east coast unload at night. Mr Moli said the road was included in the council's 2026 budget and that work would start after the rainy season.
tags|Tags
tags|Luganville
tags|Santo
tags|Markets
tags|Sanma
related|Related to this story
related|Santo vendors move to roadside after market roof collapse
related|Sanma Province budget approved with focus on roads
comments|Load comments
comments|Welcome to the discussion.
comments|Keep it Clean. Please avoid obscene, vulgar, lewd, racist or sexually-oriented language.
comments|PLEASE TURN OFF YOUR CAPS LOCK.
comments|Don't Threaten. Threats of harming another person will not be tolerated.
comments|Be Truthful. Don't knowingly lie about anyone or anything.
comments|Be Nice. No racism, sexism or any sort of -ism that is degrading to another person.
comments|Be Proactive. Use the 'Report' link on each comment to let us know of abusive posts.
comments|Share with Us. We'd love to hear eyewitness accounts, the history behind an article.
notify|Email notifications are only sent once a day, and only if there are new matching items.
notify|{{description}}
notify|Rather not see so many notifications?
notify|Notifications from this discussion will be disabled.
most-read|Most Popular
most-read|Stories
most-read|Videos
most-read|Images
most-read|Police investigate break-in at Port Vila Central School
most-read|Government approves new minimum wage
teaser-list|Luganville market house reopens after eight months of cyclone repairs
most-read|Tanna coffee growers receive first payments
teaser-list|Latest News
teaser-list|Parliament's first ordinary session to open March 16
teaser-list|1 hr ago
teaser-list|Ambae students return to school after ash fall
teaser-list|3 hrs ago
teaser-list|Mele Sports Club wins women's league opener
teaser-list|6 hrs ago
classifieds|Classifieds
classifieds|FOR SALE: Toyota Hilux 2018, 4x4, good condition. VT2.2 million ono. Call 7745 212
classifieds|HOUSE FOR RENT Tassiriki, 3 bedrooms, VT120,000 per month
classifieds|View all classifieds
newsletter|Breaking News
newsletter|Be the first to know when big news breaks
newsletter|Email
newsletter|Sign up!
epaper|Today's e-Edition
epaper|Island Daily Post e-Edition
epaper|Read Now
footer|Island Daily Post
footer|Kumul Highway, Port Vila, Vanuatu
footer|Phone: (678) 23111
footer|Email: news@islanddailypost.vu
footer|Contact Us
footer|Advertise
footer|Subscriptions
footer|Terms of Use
footer|Privacy Policy
copyright|© Copyright 2026 Island Daily Post, Port Vila, Vanuatu
footer|Powered by BLOX Content Management System from TownNews.com.
cookie|We use cookies to give you the best experience. By continuing to use this site, you agree to our use of cookies. OK
back-to-top|Back to top
"""),
 dict(id="samoa-observer-style-1", site="samoa-observer-style", lang="en", sep="\n", title="Faleolo runway works to halt night flights for six weeks", date="2026-02-10", page="""
menu|☰
menu|Apia Observer
search|🔍
subscribe|Subscribe
account|Login
timestamp|Tuesday 10 February 2026
weather|Apia 30°C ☀
ticker|Exchange rate: 1 NZD = 1.61 WST 1 AUD = 1.78 WST 1 USD = 2.74 WST
menu|Home
menu|Samoa
menu|Politics
menu|Business
menu|Sport
menu|Pacific
menu|World
menu|Editorial
menu|Opinion
menu|Letters
menu|Lifestyle
menu|Sunday Samoan
menu|Classifieds
menu|Obituaries
menu|E-Paper
app|Download the Apia Observer app for the latest news. Get it on Google Play. Download on the App Store
section-label|SAMOA
h1|Faleolo runway works to halt night flights for six weeks
byline|By Lagi Fa'asavalu Tuilagi
dateline|10 February 2026, 6:00PM
share|Share
share|Facebook
share|Twitter
share|Whatsapp
share|Email
caption|An aircraft on the apron at Faleolo International Airport.
credit|(Photo: File)
p|Night flights in and out of Faleolo International Airport will be suspended for six weeks from next month while the runway is resurfaced, the Samoa Airport Authority has confirmed.
p|From 2 March to 12 April, the runway will be closed every night from 10pm to 6am to allow contractors to lay a new asphalt surface and replace part of the runway lighting.
p|The Authority's chief executive, Maiava Tevita Sapolu, told the Apia Observer that the closure was unavoidable because the runway had not been fully resurfaced since 2011.
p|"Safety comes first. The surface has cracks in several places and the pilots have been raising it with us for some time," he said. "We have worked with the airlines so that most passengers will only see a change in their departure time."
ad|Advertisement
ad|Samoa Fiber - Unlimited home internet from $149 a month. Call 24600
h2|Airlines reschedule
p|Several airlines serving Samoa currently operate late-night or early-morning services from Auckland, Brisbane and Nadi. They will move these flights into the daytime during the works.
p|A travel agent in Apia, who did not want to be named, said that some passengers connecting to the United States through Auckland and Honolulu would need to spend an extra night in transit.
p|"Families travelling to New Zealand for the school holidays should check their tickets now and not wait until the last week," she said.
p|The Ministry of Works, Transport and Infrastructure said the $46 million tala project is funded by a loan from the Asian Development Bank and a grant from the Government of Australia.
h2|Impact on exports and tourism
p|Fresh produce exporters have also been told to adjust their schedules. Taro and fresh fish sent to New Zealand and Hawaii usually leave on the evening cargo flights.
p|The president of the Samoa Farmers Association, Afamasaga Lilo Paulo, said exporters had been assured that cargo space would be kept on the daytime flights.
p|The Samoa Tourism Authority said it did not expect a large drop in visitor numbers, since the works fall outside the peak season from June to September.
p|The runway project also includes a new drainage system along the eastern end of the airport, which was flooded during heavy rain in January 2025.
p|Passengers are advised to contact their airline or travel agent for updated flight times. The Authority said a full schedule of the changed flights would be published on its Facebook page by the end of this week.
ad|Advertisement
comments|Comments
comments|Please log in to comment. Not a subscriber? Subscribe now
related|Related Stories
related|Airport Authority posts $2.3 million profit
related|By Sialai Sarafina Sanerivi
related|05 January 2026, 4:00PM
related|New flight route to Tonga announced
related|By Elizabeth Ah-Hi
related|28 December 2025, 8:00PM
teaser-list|Latest
teaser-list|Manu Samoa squad named for Pacific Nations Cup
teaser-list|Ministry warns of dengue cases in Vaitele
teaser-list|Church hall opens in Saleimoa after five years of fundraising
teaser-list|Former police officer jailed for theft
most-read|Most Popular
most-read|Editorial: The cost of doing nothing about our roads
most-read|Sunday Samoan: The matai who teaches coding
most-read|Letter: Why are the buses always late?
newsletter|Subscribe to our newsletter
newsletter|Get the Observer's top stories in your inbox every morning.
newsletter|Enter your email
newsletter|Subscribe
footer|Apia Observer
footer|Samoa's independent daily newspaper since 1978
footer|About Us
footer|Contact Us
footer|Advertise With Us
footer|Terms and Conditions
footer|Privacy Policy
footer|Vaitele, Apia, Samoa Phone: (685) 23 078
copyright|© 2026 Apia Observer Ltd. All rights reserved.
"""),
 dict(id="samoa-observer-style-2", site="samoa-observer-style", lang="en", sep="\n", title="Village council bans alcohol sales after spate of road accidents", date="2026-04-15", page="""
menu|☰
menu|Apia Observer
search|🔍
subscribe|Subscribe
account|Login
timestamp|Wednesday 15 April 2026
weather|Apia 28°C 🌧
ticker|Exchange rate: 1 NZD = 1.63 WST 1 AUD = 1.79 WST 1 USD = 2.72 WST
menu|Home
menu|Samoa
menu|Politics
menu|Business
menu|Sport
menu|Pacific
menu|World
menu|Editorial
menu|Opinion
menu|Letters
menu|Lifestyle
menu|Sunday Samoan
menu|Classifieds
menu|Obituaries
menu|E-Paper
app|Download the Apia Observer app for the latest news. Get it on Google Play. Download on the App Store
section-label|SAMOA
h1|Village council bans alcohol sales after spate of road accidents
byline|By Talaia Mika
dateline|15 April 2026, 10:00AM
share|Share
share|Facebook
share|Twitter
share|Whatsapp
share|Email
caption|The main road through the village, where three accidents were recorded in March.
credit|(Photo: Talaia Mika)
p|A village council on the north-west coast of Upolu has banned the sale of alcohol by all shops in the village for six months, after three road accidents in a month left one young man dead and four others injured.
p|The village fono of Falelauniu made the decision at a meeting on Saturday attended by the matai of the village and the faifeau of the four churches.
p|Under the ban, village shops can no longer sell beer, spirits or wine from Monday to Sunday. Families who are found selling alcohol from their homes face a fine of five pigs and $1,000 tala, or a ban from village activities.
p|The pulenu'u, Tuala Sione Lemalu, said the council had no choice.
p|"We have buried a son of this village, and two more are still in hospital. Most of these accidents happen at night after young people drink at the shops and then drive," he said. "The council will not sit and wait for the next funeral."
ad|Advertisement
ad|Bluebird Lumber - Cyclone-proof roofing iron, now in stock at Vaitele. Ask about our payment plans
h2|Shop owners worried
p|Not everyone in the village agrees. Two shop owners, who asked not to be named because they feared being punished by the council, said alcohol sales made up a large part of their income.
p|"We respect the matai. But people will just drive to the next village to buy, and then they drive back drunk on the same road," one of them said.
p|The Ministry of Police said it supports the efforts of village councils to keep communities safe, and will continue its checkpoints on the West Coast Road on Friday and Saturday nights.
h2|Speed humps requested
p|The village has also written to the Land Transport Authority asking for:
li|two speed humps near the primary school;
li|street lights at the junction with the inland road;
li|a pedestrian crossing near the church.
p|A spokesperson for the Land Transport Authority confirmed the letter had been received and said an engineer would visit the village this month.
p|According to Police figures, 21 people died on Samoa's roads in 2025, and more than half of the fatal crashes involved alcohol.
p|The council will review the ban in October.
p|Mr Lemalu said the village youth group had agreed to run evening patrols on weekends and to help elderly residents cross the road after church on Sundays. "This is not only the work of the matai. Everyone in the village has a part to play," he said.
ad|Advertisement
comments|Comments (4)
comments|Sefo L.
comments|Good decision by the matai. Other villages should follow.
comments|2 days ago
comments|Reply
comments|Mele_Auckland
comments|The problem is the drivers, not the shops.
comments|1 day ago
comments|Reply
comments|View more comments
related|Related Stories
related|Police checkpoints catch 40 drink drivers in one weekend
related|By Elizabeth Ah-Hi
related|02 March 2026, 6:00PM
related|Editorial: Our roads are killing our young men
related|By Apia Observer
related|22 February 2026, 8:00PM
teaser-list|Latest
teaser-list|Government approves budget for new Savai'i hospital wing
teaser-list|Manu Samoa sevens finish fifth in Hong Kong
teaser-list|Cocoa prices climb as buyers compete for beans
most-read|Most Popular
most-read|Man charged with murder in Vaitele
teaser-list|Village council bans alcohol sales after spate of road accidents
most-read|Letter: The church collections have gone too far
obituary|Obituaries
obituary|Tauiliili Faleolo Ioane, 1948 - 2026. Service at Congregational Christian Church, Leauvaa, Friday 17 April at 10am
newsletter|Subscribe to our newsletter
newsletter|Get the Observer's top stories in your inbox every morning.
newsletter|Enter your email
newsletter|Subscribe
footer|Apia Observer
footer|Samoa's independent daily newspaper since 1978
footer|About Us
footer|Contact Us
footer|Advertise With Us
footer|Terms and Conditions
footer|Privacy Policy
footer|Vaitele, Apia, Samoa Phone: (685) 23 078
copyright|© 2026 Apia Observer Ltd. All rights reserved.
"""),
]
