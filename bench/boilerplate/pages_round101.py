# Round 101: eight pages on four more layouts (a Canadian public broadcaster's international service in French, an
# Indian digital news site, an Ivorian news aggregator portal, a South African news site), written blind: without
# looking at the classifier, its rules or the benchmark, measured once. Each line: "label|text". Invented text; no
# real article is copied.
ROUND101 = [
 dict(id="radio-canada-international-style-1", site="radio-canada-international-style", lang="fr", sep="\n", title="Immigration : Ottawa réduit de 20 % le nombre de permis d'études pour 2027", date="2026-03-04", page="""
skip-link|Aller au contenu principal
skip-link|Aller à la recherche
network|Radio Érable
network|ICI Érable.ca
network|ICI ÉRABLE TÉLÉ
network|ÉrableAudio
network|Érable Info 24
account|Se connecter
lang-switch|English
lang-switch|Español
lang-switch|العربية
lang-switch|中文
lang-switch|ਪੰਜਾਬੀ
lang-switch|Tagalog
menu|Radio Érable International
menu|Accueil
menu|Canada
menu|International
menu|Immigration et intégration
menu|Société
menu|Économie
menu|Autochtones
menu|Culture
menu|Balados
menu|Vidéos
search|Rechercher
breadcrumb|Accueil / Immigration et intégration
section-label|Immigration et intégration
h1|Immigration : Ottawa réduit de 20 % le nombre de permis d'études pour 2027
lead|Le gouvernement fédéral abaisse une nouvelle fois le plafond des permis accordés aux étudiants étrangers, une décision que les collèges du pays jugent « dévastatrice ».
credit|Photo : La Presse canadienne / Adrian Wyld
caption|Des étudiants sur le campus d'un collège de Toronto. (Photo d'archives)
byline|Texte : Mélanie Tremblay-Nguyen
dateline|Publié le 4 mars 2026
dateline|Mis à jour le 5 mars 2026
listen|Écouter l'article
listen|Lecture audio générée automatiquement
listen|5 min
share|Partager l'article
share|Facebook
share|X
share|LinkedIn
share|Courriel
share|Copier le lien
p|Le ministère fédéral de l'Immigration, des Réfugiés et de la Citoyenneté a annoncé mercredi que le nombre de permis d'études délivrés en 2027 serait limité à environ 350 000, soit une baisse de près de 20 % par rapport au plafond fixé pour l'année en cours.
p|Cette annonce s'inscrit dans la volonté d'Ottawa de ramener la part des résidents temporaires à moins de 5 % de la population canadienne d'ici la fin de la décennie. Selon Statistique Canada, cette proportion dépassait encore 6,5 % au dernier trimestre de 2025.
p|« Nous voulons un système d'immigration durable, qui tient compte de la capacité des communautés à loger et à accueillir les nouveaux arrivants », a déclaré la ministre en conférence de presse à Ottawa.
read-also|À lire aussi :
read-also|Étudiants étrangers : les inscriptions en chute libre dans les collèges ontariens
read-also|Permis de travail postdiplôme : ce qui change pour les conjoints
h2|Les collèges sonnent l'alarme
p|La réaction des établissements d'enseignement ne s'est pas fait attendre. Collèges et instituts Canada, qui représente plus d'une centaine d'établissements, a qualifié la mesure de « dévastatrice » pour les régions où les étudiants étrangers comblent une partie des pénuries de main-d'œuvre.
p|Plusieurs collèges de l'Ontario et de la Colombie-Britannique ont déjà supprimé des programmes et licencié du personnel depuis les premières restrictions, imposées au début de 2024. Au Québec, certains cégeps en région craignent de voir des classes entières disparaître.
p|« Chaque étudiant international qui ne vient pas, ce sont des frais de scolarité en moins, mais aussi un futur travailleur qualifié qui ne s'installera jamais chez nous », affirme le directeur général d'un cégep du Bas-Saint-Laurent, joint par Radio Érable International.
ad|Publicité
h2|Ce qui change concrètement
p|Selon les documents publiés par le ministère, la répartition des permis entre les provinces tiendra davantage compte des besoins du marché du travail. Les principaux changements sont les suivants :
li|les étudiants des cycles supérieurs (maîtrise et doctorat) continueront d'être exemptés de l'attestation provinciale ;
li|les programmes menant à des emplois en santé, en construction et en petite enfance bénéficieront d'une part réservée ;
li|la preuve de fonds exigée des nouveaux demandeurs passera à 22 895 dollars, hors frais de scolarité ;
li|les établissements dont le taux de fréquentation réel est jugé insuffisant pourraient perdre leur statut d'établissement désigné.
p|Les pays d'origine les plus touchés devraient être l'Inde, les Philippines et le Nigeria, d'où provenait la majorité des demandeurs ces dernières années. En Afrique francophone, le Cameroun, le Sénégal et la Côte d'Ivoire figurent aussi parmi les principaux bassins de recrutement des établissements québécois.
h2|Un débat politique
p|L'opposition conservatrice estime que le gouvernement agit trop tard, après avoir laissé « exploser » le nombre de résidents temporaires. Le Bloc québécois réclame pour sa part que Québec obtienne le plein contrôle de la sélection des étudiants étrangers sur son territoire.
p|Les nouvelles règles doivent entrer en vigueur le 1er janvier 2027. Les demandes déjà déposées d'ici là seront traitées selon les critères actuels, précise le ministère.
signature|Avec les informations de La Presse canadienne
tags|Sujets associés
tags|Immigration
tags|Étudiants étrangers
tags|Politique fédérale
tags|Éducation
comments|Commencez la discussion
comments|Les commentaires sont fermés pour cet article.
newsletter|Infolettre Radio Érable International
newsletter|Recevez chaque semaine nos meilleurs reportages sur l'immigration et l'intégration au Canada.
newsletter|Adresse courriel
newsletter|S'abonner
teaser-list|À la une
teaser-list|Logement : les loyers reculent pour la première fois en cinq ans à Montréal
teaser-list|il y a 3 heures
teaser-list|Grand Nord : une mine de graphite divise une communauté crie
teaser-list|il y a 5 heures
teaser-list|Résidence permanente : un nouveau tirage vise les francophones hors Québec
teaser-list|Hier
podcast|Balado - Nouveaux arrivants, épisode 42 : trouver son premier emploi
podcast|32 min
podcast|Écouter
network|Radio Érable International est le service multilingue de la Société Radio Érable.
footer|Nous joindre
footer|À propos de nous
footer|Normes et pratiques journalistiques
footer|Accessibilité
footer|Conditions d'utilisation
footer|Politique de confidentialité
cookie|Paramètres des témoins
copyright|© Société Radio Érable 2026. Tous droits réservés.
"""),
 dict(id="radio-canada-international-style-2", site="radio-canada-international-style", lang="fr", sep="\n", title="Des éleveurs inuits du Nunavik misent sur l'omble chevalier pour nourrir leurs villages", date="2026-01-21", page="""
skip-link|Aller au contenu principal
skip-link|Aller à la recherche
network|Radio Érable
network|ICI Érable.ca
network|ICI ÉRABLE TÉLÉ
network|ÉrableAudio
network|Érable Info 24
account|Se connecter
lang-switch|English
lang-switch|Español
lang-switch|العربية
lang-switch|中文
lang-switch|ਪੰਜਾਬੀ
lang-switch|Tagalog
menu|Radio Érable International
menu|Accueil
menu|Canada
menu|International
menu|Immigration et intégration
menu|Société
menu|Économie
menu|Autochtones
menu|Culture
menu|Balados
menu|Vidéos
search|Rechercher
breadcrumb|Accueil / Autochtones
section-label|Autochtones
section-label|Reportage
h1|Des éleveurs inuits du Nunavik misent sur l'omble chevalier pour nourrir leurs villages
lead|À Kangiqsujuaq, une coopérative élève désormais le poisson emblématique de l'Arctique en bassin. Un projet qui veut répondre à la flambée du prix des aliments dans le Grand Nord.
video|Vidéo
video|Reportage de Jonathan Aupaluk Picard
video|3 min 48 s
video|Lire la vidéo
byline|Texte : Jonathan Aupaluk Picard
byline|Journaliste, Radio Érable Nord
dateline|Publié le 21 janvier 2026
share|Partager l'article
share|Facebook
share|X
share|LinkedIn
share|Courriel
share|Copier le lien
dateline|KANGIQSUJUAQ, Nunavik –
p|Dans un bâtiment de tôle bleue posé au bord de la baie, à quelques pas des maisons du village, une vingtaine de bassins circulaires ronronnent sous la lumière artificielle. Dehors, le thermomètre affiche -34 °C. À l'intérieur, des milliers d'ombles chevaliers tournent lentement dans une eau à 8 °C.
p|« Mon grand-père pêchait l'iqaluppik dans la rivière avec un kakivak, le harpon traditionnel. Aujourd'hui, on le fait grandir ici pour que tout le monde puisse en manger l'hiver », explique Lucassie Arngak, directeur de la coopérative.
p|Le projet, lancé en 2024 avec l'appui de l'Administration régionale Kativik et de fonds fédéraux, a livré sa première récolte commerciale à l'automne : un peu plus de quatre tonnes de poisson, vendues au magasin coopératif et distribuées aux aînés.
credit|Photo : Radio Érable / Jonathan Aupaluk Picard
caption|Lucassie Arngak, directeur de la coopérative, devant l'un des bassins d'élevage.
h2|Une réponse au coût de la vie
p|Au Nunavik, le panier d'épicerie coûte en moyenne près de deux fois plus cher que dans le sud du Québec. Le poisson frais, importé par avion, peut dépasser 40 dollars le kilo.
p|Grâce à l'élevage, la coopérative vend son omble à 18 dollars le kilo. « C'est encore cher pour certaines familles, mais c'est une protéine locale, qu'on connaît et qu'on aime », souligne Annie Kulula, une mère de quatre enfants rencontrée à la sortie du magasin.
p|La chasse et la pêche demeurent au cœur de l'alimentation des Inuits, mais les changements climatiques compliquent l'accès au territoire. La glace de mer se forme plus tard et devient imprévisible, ce qui rend les déplacements plus dangereux.
read-also|À lire aussi : Insécurité alimentaire : un Inuit sur deux touché au Nunavik, selon une étude
h2|Des défis techniques
p|L'élevage en milieu arctique n'a rien de simple. L'électricité, produite par une centrale au diesel, coûte cher, et chaque pièce de rechange doit être acheminée par avion ou par le bateau de ravitaillement qui ne passe qu'une ou deux fois par été.
p|Pour réduire la facture énergétique, la coopérative récupère la chaleur de la centrale électrique du village. Une éolienne doit également être installée l'été prochain.
p|Huit personnes du village ont été formées comme techniciens aquacoles. Parmi elles, Sarah Qisiiq, 23 ans, qui a suivi une formation au cégep de Gaspé. « Je ne pensais jamais travailler dans mon village avec un diplôme comme celui-là. Les jeunes viennent me voir et me posent des questions. »
p|D'autres communautés de la côte de la baie d'Ungava et de la baie d'Hudson ont déjà manifesté leur intérêt. L'objectif de la coopérative est d'atteindre une production de 15 tonnes par an d'ici 2028.
p|« On ne veut pas remplacer la pêche, insiste Lucassie Arngak. On veut simplement que personne n'ait faim entre deux saisons. »
alt-text|Image : Carte du Nunavik situant Kangiqsujuaq au nord du Québec.
tags|Sujets associés
tags|Autochtones
tags|Inuit
tags|Alimentation
tags|Nunavik
comments|Commencez la discussion
comments|Connectez-vous pour commenter.
comments|0 commentaire
newsletter|Infolettre Radio Érable International
newsletter|Recevez chaque semaine nos meilleurs reportages sur l'immigration et l'intégration au Canada.
newsletter|Adresse courriel
newsletter|S'abonner
related|À découvrir
related|Les langues autochtones font leur entrée dans les écoles de la Colombie-Britannique
related|Yukon : une saison de la chasse au caribou sous haute surveillance
related|Nunavut : une piste d'atterrissage allongée pour accueillir de plus gros avions
teaser-list|À la une
teaser-list|Tarifs douaniers : Ottawa annonce une aide pour les producteurs d'aluminium
teaser-list|il y a 2 heures
teaser-list|Tempête hivernale : plus de 200 000 foyers privés d'électricité au Nouveau-Brunswick
teaser-list|il y a 4 heures
network|Radio Érable International est le service multilingue de la Société Radio Érable.
footer|Nous joindre
footer|À propos de nous
footer|Normes et pratiques journalistiques
footer|Accessibilité
footer|Conditions d'utilisation
footer|Politique de confidentialité
cookie|Paramètres des témoins
copyright|© Société Radio Érable 2026. Tous droits réservés.
"""),
 dict(id="the-print-india-style-1", site="the-print-india-style", lang="en", sep="\n", title="Army to raise 5 new drone battalions along LAC by 2027, first to come up in Ladakh", date="2026-02-09", page="""
timestamp|Monday, 9 February, 2026
social|Facebook X YouTube Instagram LinkedIn Telegram
menu|TheFirstDraft
subscribe|Subscribe
account|Sign In
menu|Home
menu|Politics
menu|Governance
menu|Economy
menu|Defence
menu|India
menu|Judiciary
menu|World
menu|Opinion
menu|Features
menu|Health
menu|Sport
menu|50-Word Edit
menu|Draft Essential
menu|Videos
search|Search
breaking|TRENDING: Budget 2026 • Delhi polls aftermath • Manipur • India-China talks
section-label|Defence
h1|Army to raise 5 new drone battalions along LAC by 2027, first to come up in Ladakh
lead|Each unit will field surveillance, loitering munitions and counter-drone systems under one command. Move follows lessons from Operation Sindoor and the Russia-Ukraine war, say officials.
byline|Rohan Sethi Bhatnagar
dateline|9 February, 2026 07:45 am IST
font|Text Size:
font|A-
font|A+
share|Follow Us :
share|Facebook
share|X
share|WhatsApp
share|LinkedIn
share|Telegram
share|Copy link
caption|Representational image of a soldier launching a surveillance drone during an exercise in Ladakh. Photo: ANI
p|New Delhi: The Indian Army will raise five new drone battalions along the Line of Actual Control (LAC) with China by the end of 2027, with the first unit expected to become operational in eastern Ladakh within the next six months, ThePrint has learnt.
p|Each battalion will bring together surveillance drones, loitering munitions and counter-drone systems under a single command, instead of spreading them thinly across infantry and artillery units as is the case now, sources in the defence establishment said.
p|"The idea is to have a dedicated formation which lives and breathes drones. The last two years have shown that whoever controls the low airspace controls the battlefield," a senior officer told ThePrint, requesting anonymity.
read-also|Also Read: IAF's new tanker deal stuck over offset clause, decision likely only after Budget
p|The plan was discussed at the Army Commanders' Conference in October last year and has since received in-principle approval from the defence ministry, sources said.
h2|What each battalion will have
p|According to the sources, each of the new units will have around 600 personnel and will be equipped with:
li|medium-altitude surveillance drones with a range of at least 150 km
li|at least 100 loitering munitions of different classes, most of them made in India
li|first-person-view (FPV) attack drones for use by small teams
li|jammers and radar-based counter-drone systems to protect forward positions
p|Personnel for the battalions will be drawn from existing infantry and artillery units, which means the Army does not need to raise its overall troop strength, another officer explained.
ad|Advertisement
ad|Scroll to continue reading
h2|Lessons from recent conflicts
p|The move is part of a wider restructuring of the Army that has already seen the creation of Rudra brigades and Bhairav light commando battalions.
p|Officials pointed to the use of drones by both sides during Operation Sindoor in May last year, as well as the war in Ukraine, where cheap FPV drones have destroyed tanks and artillery worth several crores.
p|"China has already raised drone units in Tibet and Xinjiang. We cannot afford to play catch-up," said a retired Lieutenant General who has served in the Northern Command.
p|The Army has also been in talks with several private companies, including start-ups from Bengaluru and Hyderabad, for the supply of drones and training simulators. Emergency procurement powers will be used for the initial equipment, sources said.
p|Not everyone is convinced. A defence analyst pointed out that drones in high-altitude areas face problems with battery life and thin air, and that the units will need dedicated maintenance and repair teams close to the front.
signature|(Edited by Anjali Rao)
read-also|Also Read: Why Navy wants 3rd aircraft carrier even as Rafale-M deliveries are yet to begin
subscribe|Subscribe to our channels on YouTube, Telegram & WhatsApp
donate|Support Our Journalism
donate|India needs fair, non-hyphenated and questioning journalism, packed with on-ground reporting. TheFirstDraft, with exceptional reporters, columnists and editors, is doing just that.
donate|Sustaining this needs support from wonderful readers like you. Whether you live in India or overseas, you can take a paid subscription by clicking here.
donate|Support Our Journalism
tags|Indian Army drones LAC Ladakh Operation Sindoor
comments|Leave A Reply Cancel reply
comments|Comment
comments|Name *
comments|Email *
comments|Save my name, email, and website in this browser for the next time I comment.
comments|Post Comment
comments|This site uses Akismet to reduce spam. Learn how your comment data is processed.
most-read|Most Popular
most-read|Why BJP is worried about its Tamil Nadu alliance months before the polls
most-read|Supreme Court pulls up UP govt over delay in prison reforms
most-read|RBI holds rate, but signals room for cut if inflation stays below 3%
teaser-list|More From Author
teaser-list|Navy inducts second indigenous diving support vessel, to be based in Vizag
teaser-list|6 February, 2026
teaser-list|How India's artillery plans changed after Pakistan's drone swarms
teaser-list|2 February, 2026
footer|TheFirstDraft
footer|About Us
footer|Careers
footer|Ethics
footer|Contact Us
footer|Advertise
footer|Terms of Use
footer|Privacy Policy
copyright|Copyright © 2026 Printline Media Pvt. Ltd. All rights reserved.
"""),
 dict(id="the-print-india-style-2", site="the-print-india-style", lang="en", sep="\n", title="In Bihar's Gaya, women run a solar cold store for farmers. Tomatoes no longer rot by the roadside", date="2026-03-17", page="""
timestamp|Tuesday, 17 March, 2026
social|Facebook X YouTube Instagram LinkedIn Telegram
menu|TheFirstDraft
subscribe|Subscribe
account|Sign In
menu|Home
menu|Politics
menu|Governance
menu|Economy
menu|Defence
menu|India
menu|Judiciary
menu|World
menu|Opinion
menu|Features
menu|Health
menu|Sport
menu|50-Word Edit
menu|Draft Essential
menu|Videos
search|Search
breaking|TRENDING: Bihar elections • Holi • IPL 2026 • Heatwave
section-label|Features
section-label|Ground Reports
h1|In Bihar's Gaya, women run a solar cold store for farmers. Tomatoes no longer rot by the roadside
lead|A self-help group of 14 women in Dobhi block manages a 10-tonne solar cold room. Farmers now wait for better prices instead of selling in distress.
byline|Meenakshi Kumari Jha
dateline|17 March, 2026 10:05 am IST
dateline|Updated: 17 March, 2026 12:40 pm IST
font|Text Size:
font|A-
font|A+
share|Follow Us :
share|Facebook
share|X
share|WhatsApp
share|LinkedIn
share|Telegram
share|Copy link
caption|Members of the Jeevika self-help group outside the solar cold store in Dobhi block, Gaya. Photo: Meenakshi Kumari Jha, TheFirstDraft
p|Gaya: At 6 am, before the sun is fully up over the fields of Dobhi block, Sunita Devi unlocks a white steel container with a row of solar panels on its roof. Inside, crates of tomatoes, cauliflower and green chillies sit stacked at 4 degrees Celsius.
p|"Earlier, if the trader offered Rs 3 a kilo for tomatoes, we had to sell. Otherwise they would rot by the evening," says Sunita, 38, who heads the 14-member women's self-help group that runs the cold store. "Now farmers can keep them here for a week and wait."
p|The cold room, with a capacity of 10 tonnes, was set up in 2024 under a state rural livelihood programme with help from a Pune-based start-up that designs solar refrigeration units. Farmers pay Rs 1 per kilo per day to store their produce.
read-also|Also Read: Bihar's makhana boom has a problem. Farmers say middlemen are taking the profit
h2|'We keep the accounts'
p|The women handle everything: booking space, weighing crates, collecting the fee and maintaining records in a register and on a mobile app. Last year, the group earned a little over Rs 2.1 lakh after paying for maintenance, according to its accounts.
p|"At first the men in the village laughed. They said women cannot run a business with machines," says Rinki Kumari, 29, the group's treasurer. "Now the same men come to us in the morning asking if there is space."
p|Ramesh Yadav, a farmer from a nearby village who grows vegetables on two acres, said he stored nearly 40 quintals of tomatoes last season and sold them when prices doubled at the Gaya mandi. "I made about Rs 30,000 more than the year before," he said.
ad|Advertisement
ad|Scroll to continue reading
h2|Gaps remain
p|According to government estimates, India loses between 5 and 13 per cent of its fruits and vegetables after harvest, largely because of a shortage of cold storage close to farms. Most existing cold stores are large units built for potatoes, located far from villages.
p|Small solar units like the one in Dobhi cost between Rs 8 lakh and Rs 12 lakh each. Officials of the rural livelihood mission said 46 such units are now running in Bihar, and 60 more have been sanctioned for the coming year.
p|But the women in Dobhi say the unit is often full during the peak season, and they have had to turn farmers away. The group has applied for a second cold room and for a small loan to buy a pick-up vehicle to transport produce to the mandi.
p|There have been other hurdles. Twice last summer, the unit's compressor broke down, and the nearest technician had to travel from Patna. "We lost one day's produce. That was painful," Sunita recalls.
p|Agricultural economists say such schemes work best when they are linked to markets. "Storage alone doesn't solve the problem if the farmer still has only one buyer," said a professor at a Patna university who studies farm supply chains.
p|For now, the women of Dobhi are planning to add a small sorting and packing unit. "Next, we want to sell directly to the city," says Sunita, pointing to a hand-painted sign on the container that reads: Mahila Sheet Bhandar, the women's cold store.
signature|(Edited by Zoya Bhatti)
subscribe|Subscribe to our channels on YouTube, Telegram & WhatsApp
donate|Support Our Journalism
donate|India needs fair, non-hyphenated and questioning journalism, packed with on-ground reporting. TheFirstDraft, with exceptional reporters, columnists and editors, is doing just that.
donate|Sustaining this needs support from wonderful readers like you. Whether you live in India or overseas, you can take a paid subscription by clicking here.
donate|Support Our Journalism
tags|Bihar cold storage farmers self-help groups women solar
comments|Leave A Reply Cancel reply
comments|Comment
comments|Name *
comments|Email *
comments|Save my name, email, and website in this browser for the next time I comment.
comments|Post Comment
comments|This site uses Akismet to reduce spam. Learn how your comment data is processed.
related|Related Stories
related|Bihar's first women-run petrol pump completes a year. Sales are up 30%
related|Why Bihar's litchi growers are switching to mango
most-read|Most Popular
most-read|Congress names candidates for 40 seats in Bihar, RJD unhappy with the list
most-read|IMD warns of early heatwave in northern India, advises schools to change timings
teaser-list|In Bihar's Gaya, women run a solar cold store for farmers. Tomatoes no longer rot by the roadside
most-read|Air India to add 12 new international routes from Delhi this summer
footer|TheFirstDraft
footer|About Us
footer|Careers
footer|Ethics
footer|Contact Us
footer|Advertise
footer|Terms of Use
footer|Privacy Policy
copyright|Copyright © 2026 Printline Media Pvt. Ltd. All rights reserved.
"""),
 dict(id="abidjan-net-style-1", site="abidjan-net-style", lang="fr", sep="\n", title="Transport urbain : la ligne 1 du métro d'Abidjan testée à vide entre Anyama et le Plateau", date="2026-02-10", page="""
timestamp|Mardi 10 février 2026
ticker|Météo Abidjan 31°C Partiellement nuageux
ticker|BRVM Composite 318,74 +0,41%
ticker|BRVM 30 158,22 +0,12%
ticker|1 EUR = 655,957 FCFA
ticker|1 USD = 604,10 FCFA
menu|Lagune.net
menu|Le portail de la Côte d'Ivoire
account|Connexion
account|Inscription
menu|Accueil
menu|News
menu|Politique
menu|Economie
menu|Société
menu|Sports
menu|Culture
menu|Photos
menu|Vidéos
menu|Gazette
menu|Nécrologie
menu|Emploi
menu|Annuaire
menu|Immobilier
menu|Pharmacies de garde
menu|Annonces
ad|Publicité
ad|OUVREZ VOTRE COMPTE EN LIGNE EN 5 MINUTES - BANQUE ATLANTIQUE DES LAGUNES
breadcrumb|Accueil > News > Economie > Article
section-label|Economie
h1|Transport urbain : la ligne 1 du métro d'Abidjan testée à vide entre Anyama et le Plateau
dateline|Publié le mardi 10 fevrier 2026 / Fraternité Matin
views|Vu 3 412 fois
comments|3 Commentaires
share|Partager
share|Facebook
share|Twitter
share|WhatsApp
share|Email
print|Imprimer
credit|© Lagune.net par Atapointe
caption|Abidjan, le 9 février 2026. Le ministre des Transports a assisté au premier essai dynamique d'une rame de la ligne 1 du métro, à la gare d'Anyama.
gallery|Voir toutes les photos (24)
p|Le projet du métro d'Abidjan a franchi une étape symbolique, lundi 9 février 2026. Une première rame de la ligne 1 a circulé à vide sur un tronçon de près de 12 kilomètres, entre la gare d'Anyama et la future station du Plateau, sous le regard du ministre des Transports et de plusieurs partenaires techniques et financiers.
p|Longue de 37 kilomètres et comptant 18 stations, la ligne 1 doit relier, à terme, Anyama au nord à Port-Bouët au sud, en traversant Abobo, Adjamé, le Plateau et Treichville. Elle devrait transporter jusqu'à 540 000 passagers par jour, selon les prévisions de la Société de transport urbain ferroviaire.
p|« C'est un moment historique pour notre pays. Ce que beaucoup pensaient impossible est en train de devenir réalité », s'est félicité le ministre, qui a pris place à bord de la rame pour une partie du trajet.
read-also|Lire aussi : Déguerpissements sur le tracé du métro : les sinistrés d'Abobo réclament leurs indemnisations
h2|Une mise en service annoncée pour fin 2026
p|Selon les responsables du projet, les essais vont se poursuivre durant plusieurs mois afin de tester la signalisation, les systèmes de freinage et l'alimentation électrique. La mise en service commerciale d'une première section est annoncée pour la fin de l'année 2026.
p|Le chef de projet a indiqué que plus de 3 500 Ivoiriens ont été employés sur les différents chantiers depuis le démarrage des travaux. Une centaine de jeunes conducteurs et techniciens de maintenance sont actuellement en formation, en Côte d'Ivoire et à l'étranger.
p|Le coût global du projet est estimé à plus de 1 000 milliards de FCFA, financés en grande partie par des prêts concessionnels.
ad|Publicité
ad|Votre espace publicitaire ici - Contactez la régie au 27 20 00 00 00
h2|Les usagers entre espoir et impatience
p|Dans les gares routières d'Adjamé, la nouvelle a été accueillie avec enthousiasme, mais aussi avec une pointe de scepticisme. « On nous parle du métro depuis des années. Si ça peut réduire les embouteillages, tant mieux. Aujourd'hui, pour aller d'Abobo au Plateau, je mets parfois deux heures », confie Awa Koné, commerçante.
p|Des chauffeurs de gbaka et de woro-woro s'interrogent, eux, sur leur avenir. Le ministère assure qu'un plan de réorganisation du transport de rabattement vers les stations est en cours d'élaboration avec les syndicats du secteur.
p|Le prix du ticket n'a pas encore été fixé. Les autorités promettent un tarif « accessible au plus grand nombre ».
signature|Koffi Jean-Baptiste Yao
tags|Tags :
tags|Métro d'Abidjan
tags|Transport
tags|Infrastructures
tags|Anyama
comments|Commentaires (3)
comments|Kouassi225 - 10/02/2026 à 11:42
comments|Enfin ! Il faut que le ticket soit abordable sinon les gens vont rester dans les gbakas.
comments|Mariam B. - 10/02/2026 à 12:15
comments|Et les indemnisations des déguerpis d'Abobo ? On attend toujours.
comments|Yao_Abobo - 10/02/2026 à 13:01
comments|Bravo au gouvernement, c'est du concret.
comments|Réagir à cet article
comments|Vous devez être connecté pour réagir. Connexion
related|Articles associés
related|Abidjan : un nouveau pont sur la lagune Ébrié livré en 2027
related|09/02/2026
related|Transport lagunaire : deux nouveaux bateaux-bus mis en circulation à Yopougon
related|05/02/2026
teaser-list|Dernières dépêches
teaser-list|14:52
teaser-list|Football : les Éléphants connaissent leurs adversaires pour les éliminatoires du Mondial
teaser-list|14:30
teaser-list|Cacao : le prix bord champ maintenu pour la campagne intermédiaire
teaser-list|13:58
teaser-list|San Pedro : saisie de 2 tonnes de chanvre indien au port
gazette|Titrologie du mardi 10 février 2026
gazette|Fraternité Matin
gazette|L'Inter
gazette|Le Patriote
gazette|Notre Voie
gazette|Soir Info
gazette|Voir toute la revue de presse
obituary|Nécrologie
obituary|Décès de Madame veuve N'Guessan née Akissi Marie
obituary|Avis de décès - Monsieur Traoré Bakary
obituary|Remerciements - Famille Gnagne
pharmacy|Pharmacies de garde
pharmacy|Du samedi 7 au samedi 14 février 2026
pharmacy|Cocody : Pharmacie des Deux Plateaux
pharmacy|Yopougon : Pharmacie Sainte Rita
pharmacy|Voir toutes les pharmacies de garde
jobs|Offres d'emploi
jobs|Assistant(e) comptable - Abidjan Plateau
jobs|Commercial terrain H/F - San Pedro
jobs|Voir toutes les offres
poll|Sondage
poll|Le métro va-t-il changer votre façon de vous déplacer à Abidjan ?
poll|Oui
poll|Non
poll|Je ne sais pas
poll|Voter
poll|Voir les résultats
app|Téléchargez l'application Lagune.net sur Google Play et l'App Store
footer|Lagune.net
footer|Qui sommes-nous
footer|Contactez-nous
footer|Publicité
footer|Conditions d'utilisation
footer|Plan du site
copyright|Copyright © 1998-2026 Lagune.net - Tous droits réservés
footer|Lagune.net est un portail de la Société Ivoirienne des Réseaux Numériques
"""),
 dict(id="abidjan-net-style-2", site="abidjan-net-style", lang="fr", sep="\n", title="Bouaké : 1 200 jeunes formés aux métiers du numérique dans le cadre du programme « Digit'Jeunes »", date="2026-03-12", page="""
timestamp|Jeudi 12 mars 2026
ticker|Météo Abidjan 33°C Ensoleillé
ticker|BRVM Composite 321,05 -0,18%
ticker|BRVM 30 159,90 -0,05%
ticker|1 EUR = 655,957 FCFA
ticker|1 USD = 597,66 FCFA
menu|Lagune.net
menu|Le portail de la Côte d'Ivoire
account|Connexion
account|Inscription
menu|Accueil
menu|News
menu|Politique
menu|Economie
menu|Société
menu|Sports
menu|Culture
menu|Photos
menu|Vidéos
menu|Gazette
menu|Nécrologie
menu|Emploi
menu|Annuaire
menu|Immobilier
menu|Pharmacies de garde
menu|Annonces
breaking|Flash : Le Conseil des ministres se tient ce jeudi au Palais de la Présidence
ad|Publicité
ad|Forfait internet 50 Go à 10 000 FCFA - Tapez #111# - Offre valable jusqu'au 31 mars
breadcrumb|Accueil > News > Société > Article
section-label|Société
h1|Bouaké : 1 200 jeunes formés aux métiers du numérique dans le cadre du programme « Digit'Jeunes »
dateline|Publié le jeudi 12 mars 2026 / AIP
views|Vu 1 087 fois
comments|0 Commentaire
share|Partager
share|Facebook
share|Twitter
share|WhatsApp
share|Email
print|Imprimer
credit|© AIP par DR
caption|Photo d'illustration
dateline|Bouaké, 11 mars 2026 (AIP) –
p|La cérémonie de remise des attestations à la première cohorte du programme « Digit'Jeunes » s'est tenue mercredi 11 mars 2026 à l'université Alassane Ouattara de Bouaké, en présence du préfet de la région du Gbêkê et de plusieurs élus locaux.
p|Au total, 1 200 jeunes âgés de 18 à 35 ans, dont 47 % de femmes, ont suivi pendant six mois des formations en développement web, en maintenance informatique, en marketing digital et en gestion des réseaux sociaux. Le programme est porté par le ministère de la Transition numérique avec l'appui de partenaires au développement.
p|Selon la coordonnatrice régionale du programme, plus de 300 bénéficiaires ont déjà trouvé un stage ou un emploi, et une cinquantaine ont lancé leur propre activité, notamment dans la création de sites internet pour les commerçants et la réparation de téléphones.
p|« Le numérique n'est pas réservé à Abidjan. Les jeunes de Bouaké ont montré qu'ils avaient le talent, il faut maintenant leur donner des opportunités », a souligné le préfet dans son allocution.
h2|Des kits remis aux meilleurs apprenants
p|Les vingt meilleurs apprenants ont reçu chacun un ordinateur portable et un abonnement internet d'un an. Un prix spécial a été décerné à une équipe de cinq jeunes femmes qui a conçu une application de mise en relation entre producteurs d'igname et acheteurs.
p|S'exprimant au nom des bénéficiaires, Adjoua Fabienne Kouamé a remercié les formateurs et invité ses camarades à « ne pas s'arrêter en si bon chemin ». « Avant, je pensais qu'il fallait partir à l'étranger pour travailler dans l'informatique. Aujourd'hui, j'ai des clients ici même, au grand marché », a-t-elle témoigné.
read-also|Lire aussi : Transition numérique : le gouvernement veut connecter 5 000 villages d'ici 2027
p|La deuxième phase du programme, qui doit démarrer en mai, concernera les villes de Korhogo, Daloa et San Pedro. Les inscriptions seront ouvertes en ligne et dans les directions régionales de l'emploi à partir du 1er avril.
p|Les candidats devront être titulaires au moins du BEPC et disposer d'une pièce d'identité en cours de validité, ont précisé les organisateurs.
signature|kya/ask/fmo
tags|Tags :
tags|Bouaké
tags|Numérique
tags|Emploi des jeunes
tags|Formation
comments|Réagir à cet article
comments|Vous devez être connecté pour réagir. Connexion
related|Dans le même dossier
related|Korhogo : un incubateur pour les startups du Nord inauguré
related|03/03/2026
related|Emploi : l'Agence Emploi Jeunes annonce 10 000 stages pour 2026
related|26/02/2026
teaser-list|Dernières dépêches
teaser-list|17:20
teaser-list|Conseil des ministres : le communiqué final
teaser-list|16:45
teaser-list|Ligue 1 : l'ASEC Mimosas reprend la tête du championnat
teaser-list|16:02
teaser-list|Daloa : les producteurs de cacao en assemblée générale
video|Vidéos
video|Cérémonie de remise des attestations Digit'Jeunes à Bouaké
video|02:14
video|Le JT de 20h du mercredi 11 mars 2026
gazette|Titrologie du jeudi 12 mars 2026
gazette|Fraternité Matin
gazette|L'Inter
gazette|Le Patriote
gazette|Le Nouveau Réveil
gazette|Voir toute la revue de presse
obituary|Nécrologie
obituary|Décès de Monsieur Konan Kouadio Étienne, instituteur à la retraite
obituary|Avis de décès - Madame Ouattara née Coulibaly Fatoumata
pharmacy|Pharmacies de garde
pharmacy|Du samedi 7 au samedi 14 mars 2026
pharmacy|Bouaké : Pharmacie du Commerce
pharmacy|Voir toutes les pharmacies de garde
jobs|Offres d'emploi
jobs|Développeur web junior - Bouaké
jobs|Technicien réseau - Abidjan Treichville
jobs|Voir toutes les offres
app|Téléchargez l'application Lagune.net sur Google Play et l'App Store
footer|Lagune.net
footer|Qui sommes-nous
footer|Contactez-nous
footer|Publicité
footer|Conditions d'utilisation
footer|Plan du site
copyright|Copyright © 1998-2026 Lagune.net - Tous droits réservés
footer|Lagune.net est un portail de la Société Ivoirienne des Réseaux Numériques
"""),
 dict(id="times-live-za-style-1", site="times-live-za-style", lang="en", sep="\n", title="Cape Town taxi strike: schools closed and commuters stranded as Santaco talks collapse", date="2026-02-24", page="""
skip-link|Skip to main content
network|Sunday Herald
network|BusinessVELD
network|SowetoVELD
network|CoastVELD
network|Rand Daily Wire
subscribe|Subscribe
account|Sign In
menu|VeldLIVE
menu|News
menu|South Africa
menu|Africa
menu|World
menu|Politics
menu|Sport
menu|Lifestyle
menu|Entertainment
menu|Opinion
menu|VeldLIVE Premium
menu|Podcasts
menu|Videos
menu|Competitions
menu|Weather
ticker|JSE All Share 101 284 +0.38%
ticker|R/$ 17.84
ticker|R/€ 19.31
ticker|Brent $68.12
ad|ADVERTISEMENT
section-label|NEWS
section-label|SOUTH AFRICA
h1|Cape Town taxi strike: schools closed and commuters stranded as Santaco talks collapse
lead|The city says it will not back down on impounding unroadworthy vehicles, while the taxi council says drivers are being targeted unfairly
byline|Aphiwe Mdletshe-Jacobs
byline|Western Cape reporter
dateline|24 February 2026 - 11:27
listen|Listen to this article
listen|00:00
listen|05:21
share|Share
share|Facebook
share|X
share|WhatsApp
share|Email
share|Copy link
caption|Commuters wait for transport at the Bellville taxi rank on Tuesday morning.
credit|Image: ESA ALEXANDER
p|Thousands of commuters in Cape Town were left stranded on Tuesday as minibus taxi operators embarked on an indefinite strike after talks between the Western Cape branch of the South African National Taxi Council (Santaco) and the city collapsed late on Monday night.
p|Ranks in Bellville, Khayelitsha, Mitchells Plain and Nyanga were almost empty from the early hours, while long queues formed at MyCiTi bus stops and train stations on the Central Line, which only partially reopened last year.
p|The Western Cape education department said at least 187 schools had closed for the day because teachers and pupils could not reach them, and that it was monitoring the situation "hour by hour".
read-also|ALSO READ
read-also|Golden Arrow adds extra buses as taxi violence flares in Cape Town
read-also|Santaco vows 'total shutdown' over impounded vehicles
h2|Impounding dispute
p|At the heart of the strike is the city's policy of impounding taxis that operate without valid permits or that are found to be unroadworthy. Santaco says more than 900 vehicles have been impounded since December, with drivers paying up to R8,000 to have them released.
p|"Our members are being treated like criminals for trying to make a living. Every day a taxi is impounded, a family goes hungry," Santaco's provincial spokesperson said at a media briefing in Epping.
p|Mayco member for safety and security said the city would not suspend enforcement of the law. "We are not against the taxi industry. We are against unsafe vehicles that put passengers' lives at risk. These are bylaws and national laws, and we will apply them," he said.
ad|ADVERTISEMENT
ad|Continue reading below
p|Police said a bus was stoned in Philippi East early on Tuesday and two people were arrested for public violence. No injuries were reported. Golden Arrow suspended some of its routes in the area as a precaution.
h2|Businesses count the cost
p|The Cape Chamber of Commerce and Industry estimated that a day-long taxi strike cost the regional economy more than R500m, as workers failed to report for duty and shops in the CBD operated with skeleton staff.
p|During a similar strike in August 2023, at least five people were killed in violence and the city's economy lost an estimated R4bn over eight days.
p|Transport minister is expected to meet both parties in Cape Town on Wednesday. Santaco said the strike would continue until a written agreement was reached.
p|Commuter Nomvula Dyantyi, who works as a domestic worker in Constantia, said she had waited nearly three hours for a bus. "We are the ones who suffer. The taxis and the city fight, and we walk," she said.
signature|VeldLIVE
whatsapp|Get breaking news on WhatsApp. Join our channel here.
comments|Would you like to comment on this article?
comments|Register (it's quick and free) or sign in now.
comments|Please read our Comment Policy before commenting.
related|Related Articles
related|Cape Town's Central Line: full service still months away, says Prasa
related|Taxi fares to rise by R2 in Western Cape from March
related|Bus operator suspends Philippi routes after attack
video|Latest Videos
video|Commuters stranded as taxi strike grips Cape Town
video|01:45
video|WATCH: Ramaphosa addresses Sona debate
video|03:10
most-read|Most Read
most-read|1. Eskom warns of winter grid strain as two Medupi units trip
most-read|2. Springbok star ruled out of Six Nations-era tour with hamstring injury
most-read|3. Man arrested after R2m in cash found in car boot on N1
newsletter|Sign up for the VeldLIVE daily newsletter
newsletter|Email address
newsletter|Subscribe
cookie|We use cookies to improve your experience. By continuing to browse, you accept our cookie policy.
cookie|Accept
footer|VeldLIVE
footer|About Us
footer|Contact Us
footer|Advertise with us
footer|Terms & Conditions
footer|Privacy Policy
footer|Press Code
footer|Complaints
disclaimer|We subscribe to the Press Code and the Press Council of South Africa. Complaints can be lodged with the Press Ombud.
copyright|© 2026 Veld Media Holdings. All rights reserved.
"""),
 dict(id="times-live-za-style-2", site="times-live-za-style", lang="en", sep="\n", title="Limpopo farmers turn to drones to fight fall armyworm after record outbreak", date="2026-01-15", page="""
skip-link|Skip to main content
network|Sunday Herald
network|BusinessVELD
network|SowetoVELD
network|CoastVELD
network|Rand Daily Wire
subscribe|Subscribe
account|Sign In
menu|VeldLIVE
menu|News
menu|South Africa
menu|Africa
menu|World
menu|Politics
menu|Sport
menu|Lifestyle
menu|Entertainment
menu|Opinion
menu|VeldLIVE Premium
menu|Podcasts
menu|Videos
menu|Competitions
menu|Weather
ticker|JSE All Share 99 876 -0.21%
ticker|R/$ 18.02
ticker|R/€ 19.66
ticker|Brent $71.40
paywall|VeldLIVE Premium
paywall|Get full access to premium stories for R4 for the first month. Subscribe now
section-label|NEWS
section-label|SOUTH AFRICA
h1|Limpopo farmers turn to drones to fight fall armyworm after record outbreak
lead|Pest has damaged maize on an estimated 40,000 hectares, and small-scale growers say they cannot afford to spray by hand
byline|Thabo Makhura
byline|Senior reporter
dateline|15 January 2026 - 06:00
share|Share
share|Facebook
share|X
share|WhatsApp
share|Email
share|Copy link
caption|A drone sprays a maize field near Tzaneen. Farmers say it can cover 20 hectares in a morning.
credit|Image: Supplied
p|Commercial and small-scale maize farmers in Limpopo are hiring crop-spraying drones in growing numbers as they battle one of the worst outbreaks of fall armyworm the province has seen since the pest first arrived in South Africa in 2017.
p|The provincial department of agriculture estimates that about 40,000 hectares of maize have been affected this season, most of them in the Vhembe and Mopani districts, where heavy rains in November were followed by a hot, humid spell in which the moths thrived.
p|"By the time you see the damage on the leaves, the worms are already deep inside the plant. You have to move fast, and with a knapsack sprayer you just can't," said Freddy Nemavhola, who farms 60 hectares of maize and beans near Thohoyandou.
read-also|READ MORE:
read-also|Maize prices expected to climb as summer crop forecast is cut
h2|R350 a hectare
p|A number of young entrepreneurs have started spraying businesses using drones imported from China, charging between R250 and R400 a hectare. One operator said he had sprayed more than 3,000 hectares since the start of December.
p|"The phone doesn't stop. Some farmers call me at 5am asking when I can come," said Lutendo Mudau, 27, who started his company with two drones after completing a pilot's course in Polokwane last year.
p|Drone spraying uses far less water than tractor-mounted booms and does not damage plants by driving over them. But experts warn that operators need to be properly licensed and trained in the use of pesticides.
p|The South African Civil Aviation Authority requires commercial drone operators to hold a remote pilot licence and an operating certificate, and the use of agricultural chemicals is regulated by a separate act.
ad|ADVERTISEMENT
ad|Continue reading below
h2|Help for small-scale growers
p|The department said it had distributed pesticides to about 4,500 small-scale farmers and was working with extension officers to help them identify the pest early. It would also consider subsidising drone spraying for cooperatives.
p|Agricultural economist Wandile Sihlobo-Khoza said the outbreak was unlikely to have a big effect on national maize supply, as most of South Africa's crop is grown in the Free State, North West and Mpumalanga. But for households that depend on their own maize, the losses could be severe.
p|"For a small farmer, losing half a field means buying maize meal for the whole winter," he said.
p|Farmers are advised to inspect fields at least twice a week and report outbreaks to their nearest extension office. The department has set up a hotline for the duration of the season.
signature|VeldLIVE
whatsapp|Get breaking news on WhatsApp. Join our channel here.
comments|Would you like to comment on this article?
comments|Register (it's quick and free) or sign in now.
comments|Please read our Comment Policy before commenting.
related|Related Articles
related|Limpopo floods: bridge washed away near Giyani
related|Citrus exports to the US face new tariff uncertainty
related|Mpumalanga farmers report bumper soya harvest
video|Latest Videos
video|Drones take to the skies over Limpopo maize fields
video|02:03
video|WATCH: Matric results 2025 - top achievers celebrate
video|01:12
most-read|Most Read
most-read|1. Matric class of 2025 achieves highest pass rate yet
most-read|2. Two killed as storm hits Joburg's West Rand
most-read|3. Bafana squad named for March World Cup warm-ups
teaser-list|4. Limpopo farmers turn to drones to fight fall armyworm after record outbreak
newsletter|Sign up for the VeldLIVE daily newsletter
newsletter|Email address
newsletter|Subscribe
cookie|We use cookies to improve your experience. By continuing to browse, you accept our cookie policy.
cookie|Accept
footer|VeldLIVE
footer|About Us
footer|Contact Us
footer|Advertise with us
footer|Terms & Conditions
footer|Privacy Policy
footer|Press Code
footer|Complaints
disclaimer|We subscribe to the Press Code and the Press Council of South Africa. Complaints can be lodged with the Press Ombud.
copyright|© 2026 Veld Media Holdings. All rights reserved.
"""),
]
