# Round 87: eight pages on four more layouts (a Québec tabloid daily, an Indian national daily, a Senegalese news
# portal, a British TV news site), written blind: without looking at the classifier, its rules or the benchmark.
# Each line: "label|text". Invented text; no real article is copied.
ROUND87 = [
 dict(id="le-journal-de-quebec-style-1", site="le-journal-de-quebec-style", lang="fr", sep="\n", title="Tramway de Québec : le chantier du boulevard René-Lévesque repoussé d'un an", date="2026-03-04", page="""
skip-link|Passer au contenu principal
menu|Menu
search|Rechercher
menu|Le Quotidien de la Capitale
weather|Québec -7°C
subscribe|S'abonner
account|Se connecter
menu|Actualités
menu|Sports
menu|Spectacles
menu|Argent
menu|Opinions
menu|Vie
menu|Week-end
menu|Ma région
menu|Vidéos
menu|QUB radio
breaking|EN CE MOMENT
breaking|Tempête : jusqu'à 30 cm de neige attendus sur la Capitale-Nationale
ad|Publicité
section-label|Actualités
section-label|Politique municipale
h1|Tramway de Québec : le chantier du boulevard René-Lévesque repoussé d'un an
lead|Les travaux majeurs prévus cet été sur René-Lévesque ne commenceront finalement qu'au printemps 2027, a appris notre Bureau d'enquête. Les commerçants du secteur respirent, mais la facture, elle, continue de grimper.
credit|PHOTO D'ARCHIVES, DIDIER DEBUSSCHÈRE
caption|Des cônes orange sur le boulevard René-Lévesque, l'automne dernier, lors des travaux préparatoires.
byline|Marc-Antoine Gosselin
byline|Bureau d'enquête
dateline|Mercredi, 4 mars 2026 05:00
dateline|MISE À JOUR Mercredi, 4 mars 2026 09:41
share|Partager
share|Facebook
share|X
share|Courriel
share|Copier le lien
comments|Commenter (42)
listen|Écouter cet article
listen|5 min
p|Le grand chantier de la plateforme du tramway sur le boulevard René-Lévesque, qui devait bloquer une bonne partie de l'artère dès le mois de juin, est reporté d'une année complète.
p|Selon des documents internes consultés par notre Bureau d'enquête, le bureau de projet a dû revoir le phasage des travaux après que des relevés eurent révélé des conduites d'aqueduc plus anciennes et plus fragiles que prévu entre l'avenue Cartier et la rue de Salaberry.
p|« Il n'était pas question d'ouvrir la rue deux fois », résume un cadre de la Ville qui a requis l'anonymat parce qu'il n'est pas autorisé à parler aux médias. « On refait les conduites d'abord, la plateforme ensuite. »
ad|Publicité
ad|PUBLICITÉ - Rénovez votre cuisine avant le printemps - Jusqu'à 25 % de rabais chez Meubles Laurentides
read-also|À LIRE AUSSI
read-also|Tramway : le coût du projet dépasse maintenant les 7 milliards $
read-also|Trois-Rivières lorgne elle aussi un système de transport électrique
h2|Soupir de soulagement
p|Sur Cartier, la nouvelle a été accueillie avec un certain soulagement. Plusieurs restaurateurs craignaient un été sans terrasses, en pleine saison touristique.
p|« Honnêtement, je ne savais pas comment j'allais passer à travers l'été », confie Josée Bérubé, propriétaire d'un café du secteur depuis 14 ans. « Là, au moins, on a une année de plus pour se préparer. Mais on sait que ça s'en vient pareil. »
p|La Société de développement commercial du quartier réclame toutefois un programme d'aide plus généreux pour les commerces qui subiront le chantier en 2027. L'enveloppe actuelle, de 4 millions $, est jugée « nettement insuffisante ».
h2|Une facture qui gonfle
p|Le report n'est pas sans conséquence sur les coûts. Les documents obtenus évoquent une hausse de 38 à 55 millions $ liée à l'inflation des matériaux et à la prolongation de certains contrats d'ingénierie.
p|Au cabinet du maire, on assure que l'échéancier global de mise en service du tramway n'est pas compromis. « Le calendrier de fin de projet demeure le même. On déplace des morceaux, on ne recule pas », a fait valoir l'attachée de presse par courriel.
p|L'opposition à l'hôtel de ville n'y croit pas. Le chef de Québec d'abord exige le dépôt public du nouveau calendrier détaillé d'ici la prochaine séance du conseil, prévue le 16 mars.
p|Voici les principaux tronçons touchés par le nouveau phasage :
li|René-Lévesque, entre Cartier et De Salaberry : travaux reportés au printemps 2027 ;
li|Secteur de la colline Parlementaire : travaux maintenus à l'automne 2026 ;
li|Pôle d'échanges de Sainte-Foy : calendrier inchangé.
video|VIDÉO
video|Le maire questionné sur le report du chantier en point de presse
video|01:58
tip|VOUS AVEZ UN SCOOP À NOUS TRANSMETTRE?
tip|Vous avez des informations à nous communiquer à propos de cette histoire? Écrivez-nous à l'adresse scoop@quotidiencapitale.ca ou appelez-nous directement au 1 800 555-0199.
comments|Commentaires
comments|Les commentaires sont modérés. Veuillez consulter notre nétiquette avant de publier.
comments|Connectez-vous pour commenter
comments|Trier par : Plus récents
comments|GillesT418 - il y a 2 heures
comments|Encore un an de plus pis encore des millions. On le savait.
comments|Répondre
comments|J'aime 17
teaser-list|Dans la même catégorie
teaser-list|Stationnement : la Ville augmente les tarifs des parcomètres du Vieux-Québec
teaser-list|Il y a 3 heures
teaser-list|Limoilou : le projet d'écoquartier revu à la baisse
teaser-list|Il y a 6 heures
teaser-list|Lévis réclame sa part du financement pour le troisième lien
teaser-list|Hier
most-read|Les plus lus
most-read|1. Un chauffard filmé à 190 km/h sur l'autoroute Félix-Leclerc
most-read|2. Remparts : une remontée spectaculaire en troisième période
most-read|3. Épicerie : le prix du bœuf haché atteint un nouveau sommet
newsletter|Infolettre
newsletter|Recevez chaque matin les nouvelles de Québec et de l'Est du Québec.
newsletter|Votre adresse courriel
newsletter|Je m'inscris
network|Nos autres marques
network|Le Quotidien de Montréal Nouvelles TVQ 24 minutes QUB Le Guide Auto
footer|Nous joindre
footer|Annoncer
footer|Carrières
footer|Abonnement papier
footer|Avis de décès
footer|Conditions d'utilisation
footer|Politique de confidentialité
footer|Gérer les témoins
copyright|© 2026 Le Quotidien de la Capitale, tous droits réservés
footer|Le Quotidien de la Capitale fait partie de Groupe Médias Boréal inc.
"""),
 dict(id="le-journal-de-quebec-style-2", site="le-journal-de-quebec-style", lang="fr", sep="\n", title="Un chauffard filmé à 190 km/h sur l'autoroute Félix-Leclerc perd son permis sur-le-champ", date="2026-01-18", page="""
skip-link|Passer au contenu principal
menu|Menu
search|Rechercher
menu|Le Quotidien de la Capitale
weather|Québec -22°C
subscribe|S'abonner
account|Se connecter
menu|Actualités
menu|Sports
menu|Spectacles
menu|Argent
menu|Opinions
menu|Vie
menu|Week-end
menu|Ma région
menu|Vidéos
menu|QUB radio
scoreboard|LNH Canadiens 4 Bruins 2 FINAL
scoreboard|LHJMQ Remparts 3 Océanic 5 FINAL
ad|Publicité
section-label|Actualités
section-label|Justice et faits divers
h1|Un chauffard filmé à 190 km/h sur l'autoroute Félix-Leclerc perd son permis sur-le-champ
lead|Un conducteur de 23 ans a été intercepté samedi soir après avoir zigzagué entre les voitures à plus du double de la limite permise. La scène, filmée par un automobiliste, circule depuis sur les réseaux sociaux.
byline|Élodie Vachon-Pelletier
byline|Collaboration spéciale
dateline|Dimanche, 18 janvier 2026 13:27
share|Partager
share|Facebook
share|X
share|Courriel
share|Copier le lien
comments|Commenter (118)
video|VIDÉO
video|Les images du chauffard transmises à notre équipe
video|00:47
credit|CAPTURE D'ÉCRAN TIRÉE DE FACEBOOK
p|Le jeune homme, domicilié à L'Ancienne-Lorette, a été arrêté vers 22 h 15 par des patrouilleurs de la Sûreté du Québec à la hauteur de la sortie de l'autoroute Henri-IV, sur Félix-Leclerc en direction ouest.
p|Selon la police, son véhicule, une berline sport modifiée, a été capté au cinémomètre à 191 km/h dans une zone où la vitesse est limitée à 100 km/h. Il a immédiatement perdu son permis de conduire pour une période de sept jours, et sa voiture a été remorquée et saisie.
p|« À cette vitesse-là, sur une chaussée glacée par endroits, c'est un miracle qu'il n'y ait pas eu de collision », a souligné la porte-parole de la SQ, la sergente Marie-Claude Dion.
ad|Publicité
read-also|À LIRE AUSSI : Grands excès de vitesse : les constats ont doublé en cinq ans dans la région
p|Le conducteur a reçu un constat d'infraction de plus de 1 700 $, auquel s'ajoutent 30 points d'inaptitude. Comme il s'agit d'un grand excès de vitesse, il pourrait aussi faire face à une accusation de conduite dangereuse, a précisé la policière.
h2|« Il nous a frôlés »
p|La vidéo de la scène a été tournée par la passagère d'un véhicule qui roulait dans la voie de droite. On y voit la berline noire dépasser plusieurs automobiles par la droite, puis se faufiler entre un camion et une fourgonnette.
p|« Il nous a frôlés. Mon chum a dû freiner d'un coup sec. J'ai eu le temps de sortir mon cellulaire juste après », raconte Stéphanie Giguère, qui a transmis les images aux policiers avant de les publier sur Facebook.
p|La publication avait été partagée plus de 9000 fois dimanche midi. De nombreux internautes y réclament des peines plus sévères pour les auteurs de grands excès de vitesse.
h2|Des opérations ciblées cet hiver
p|La SQ rappelle qu'elle mène des opérations régulières sur les autoroutes de la région de Québec, notamment les fins de semaine en soirée. Depuis le 1er décembre, 64 grands excès de vitesse ont été constatés sur le réseau autoroutier de la Capitale-Nationale.
p|Les automobilistes témoins d'une conduite dangereuse sont invités à composer le *4141 sur leur cellulaire ou le 911 en cas d'urgence.
signature|Avec la collaboration de Thomas Bilodeau
tip|VOUS AVEZ UN SCOOP À NOUS TRANSMETTRE?
tip|Vous avez des informations à nous communiquer à propos de cette histoire? Écrivez-nous à l'adresse scoop@quotidiencapitale.ca ou appelez-nous directement au 1 800 555-0199.
sponsored|Contenu commandité
sponsored|Assurance auto : 5 trucs pour réduire votre prime cet hiver
sponsored|Présenté par Mutuelle Fleurdelisée
comments|Commentaires
comments|Les commentaires sont modérés. Veuillez consulter notre nétiquette avant de publier.
comments|Connectez-vous pour commenter
comments|Voir les 118 commentaires
teaser-list|Dans la même catégorie
teaser-list|Vol de véhicules : un réseau démantelé à Charlesbourg
teaser-list|Il y a 45 minutes
teaser-list|Incendie dans Saint-Sauveur : une famille de cinq à la rue
teaser-list|Il y a 4 heures
teaser-list|Procès pour meurtre à Beauport : le jury délibère
teaser-list|Il y a 7 heures
most-read|Les plus lus
teaser-list|1. Un chauffard filmé à 190 km/h sur l'autoroute Félix-Leclerc perd son permis sur-le-champ
most-read|2. Froid extrême : les refuges de la basse-ville débordent
most-read|3. Loto : un gagnant de 12 M$ à Saint-Georges
newsletter|Infolettre
newsletter|Recevez chaque matin les nouvelles de Québec et de l'Est du Québec.
newsletter|Votre adresse courriel
newsletter|Je m'inscris
network|Nos autres marques
network|Le Quotidien de Montréal Nouvelles TVQ 24 minutes QUB Le Guide Auto
footer|Nous joindre
footer|Annoncer
footer|Carrières
footer|Abonnement papier
footer|Avis de décès
footer|Conditions d'utilisation
footer|Politique de confidentialité
footer|Gérer les témoins
copyright|© 2026 Le Quotidien de la Capitale, tous droits réservés
footer|Le Quotidien de la Capitale fait partie de Groupe Médias Boréal inc.
"""),
 dict(id="hindustan-times-style-1", site="hindustan-times-style", lang="en", sep="\n", title="Delhi clears ₹1,180-crore plan to desilt drains before monsoon, work to begin next week", date="2026-04-14", page="""
skip-link|Skip to main content
timestamp|Tuesday, Apr 14, 2026
weather|New Delhi 36°C
epaper|E-Paper
subscribe|Subscribe Now
account|Sign In
menu|The National Chronicle
menu|Home
menu|Latest News
menu|India
menu|World
menu|Cities
menu|Entertainment
menu|Cricket
menu|Lifestyle
menu|Astrology
menu|Trending
menu|Videos
menu|Quickreads
menu|Explore
premium|NC Premium
ticker|Sensex 79,412.55 +0.42%
ticker|Nifty 24,118.30 +0.38%
ticker|Gold ₹96,250 -0.12%
breadcrumb|News / Cities / Delhi News / Delhi clears ₹1,180-crore plan to desilt drains before monsoon
h1|Delhi clears ₹1,180-crore plan to desilt drains before monsoon, work to begin next week
lead|The plan covers 2,064km of drains across the city, with the irrigation and flood control department asked to finish the work on its 77 major drains by June 15
byline|ByAakriti Sehgal, New Delhi
dateline|Updated on: Apr 14, 2026 06:41 am IST
summarise|Summarise
summarise|AI-generated summary. Read the full story for details.
share|Share Via
share|Copy link
save|Save
google|Follow Us On Google News
credit|(HT Photo/ Raj K Raj)
caption|A clogged drain near ITO. The Najafgarh drain alone carried over 60% of the city's stormwater last monsoon.
p|The Delhi government on Monday approved a ₹1,180-crore plan to desilt and repair the city's drains before the monsoon, with officials saying work on the largest channels will begin from April 20 and must be completed by mid-June.
p|The decision was taken at a meeting chaired by chief minister, and attended by officials of the irrigation and flood control (I&FC) department, the Municipal Corporation of Delhi (MCD), the Public Works Department (PWD) and the Delhi Jal Board, officials aware of the matter said.
p|"Every agency has been given a drain-wise deadline. There will be no extension this year. If a stretch is not cleaned by June 15, the executive engineer concerned will be held responsible," a senior official said, asking not to be named.
ad|Advertisement
read-also|ALSO READ- Delhi's April heat: Mercury touches 41°C, IMD warns of warmer week ahead
p|Last July, large parts of central and east Delhi were waterlogged for several hours after 112mm of rain fell in a single morning. Underpasses at Minto Road and Pul Prahladpur were shut, and a 26-year-old man drowned in a flooded stretch near Mukherjee Nagar.
p|An internal review after the monsoon had found that desilting on at least 14 major drains had been completed only on paper, with silt dumped on the banks and washed back in during the first heavy spell.
h2|Drone surveys, GPS trucks
p|To avoid a repeat, the government has made three changes this year, officials said:
li|All silt-carrying trucks will be fitted with GPS, and the dumping site of every load logged on a central dashboard.
li|Drone surveys of the 77 major drains will be carried out before and after the desilting.
li|Payments to contractors will be released only after a third-party inspection.
p|Of the total outlay, ₹612 crore has been allotted to the I&FC department, ₹395 crore to the MCD and the rest to the PWD, the New Delhi Municipal Council and the Delhi Cantonment Board.
ad|Advertisement
p|Environmental experts welcomed the deadline but said desilting alone would not solve the problem. "Our drains are carrying sewage and solid waste, not just stormwater. Unless you stop the garbage going in, you will be desilting the same drains every year," said Manoj Kapoor, a former member of the Yamuna monitoring committee.
p|Residents' welfare associations in Mayur Vihar and Laxmi Nagar, two of the worst-hit areas last year, said they would hold the government to its timeline. "We have heard these promises every April. We will be checking the drains ourselves in June," said Sunita Arora, president of a federation of RWAs in east Delhi.
p|The government will also set up a flood control room at the secretariat from June 1, which will function round the clock through the monsoon.
newsletter|Get Current Updates on India News, Delhi News, Weather Today along with Latest News and Top Headlines from India and around the world.
tags|Delhi Government
tags|Monsoon
tags|Waterlogging
tags|MCD
tags|Yamuna
feedback|Was this article helpful?
feedback|Yes No
related|Recommended Topics
related|Delhi Weather Today
related|Delhi Metro Timings
related|IPL 2026 Points Table
related|Gold Rate Today
teaser-list|Top News
teaser-list|Pahalgam: Security forces step up patrolling ahead of Amarnath Yatra registration
teaser-list|2 mins read 06:30 AM IST
teaser-list|Bengaluru metro Yellow Line to add six trains by May, says BMRCL
teaser-list|3 mins read 06:12 AM IST
teaser-list|Chennai: Power cuts likely in parts of city today; check list of areas
teaser-list|1 min read 05:55 AM IST
newsletter|Subscribe to our best newsletters
newsletter|Daily News Capsule
newsletter|Subscribe
app|Get the NC App
app|Download on the App Store Get it on Google Play
footer|Copyright © NC Digital Streams Ltd. All Rights Reserved.
footer|About Us Contact Us Terms of Use Privacy Policy Weather Today Sitemap Feedback Newsletter Careers RSS
"""),
 dict(id="hindustan-times-style-2", site="hindustan-times-style", lang="en", sep="\n", title="Heatwave grips north India: Phalodi records 47.6°C, IMD issues red alert for 5 states", date="2026-05-19", page="""
skip-link|Skip to main content
timestamp|Tuesday, May 19, 2026
weather|New Delhi 44°C
epaper|E-Paper
subscribe|Subscribe Now
account|Sign In
menu|The National Chronicle
menu|Home
menu|Latest News
menu|India
menu|World
menu|Cities
menu|Entertainment
menu|Cricket
menu|Lifestyle
menu|Astrology
menu|Trending
menu|Videos
menu|Quickreads
menu|Explore
premium|NC Premium
scoreboard|IPL 2026 MI vs RCB Match 62 MI 187/5 (20) RCB 142/3 (14.2) RCB need 46 runs in 34 balls
breadcrumb|News / India News / Heatwave grips north India: Phalodi records 47.6°C, IMD issues red alert for 5 states
h1|Heatwave grips north India: Phalodi records 47.6°C, IMD issues red alert for 5 states
lead|The India Meteorological Department said heatwave to severe heatwave conditions are likely to persist over Rajasthan, Punjab, Haryana, Delhi and west Uttar Pradesh till at least May 23
byline|ByNC News Desk
dateline|Published on: May 19, 2026 10:05 pm IST
summarise|Summarise
share|Share Via
share|Copy link
save|Save
google|Follow Us On Google News
video|Video
video|Delhi's power demand hits new peak as temperatures soar
video|01:24
p|Phalodi in Rajasthan recorded a maximum temperature of 47.6°C on Tuesday, the highest in the country this season, as a severe heatwave tightened its grip over large parts of north and central India.
p|The India Meteorological Department (IMD) issued a red alert for Rajasthan, Punjab, Haryana, Delhi and west Uttar Pradesh, warning of "very high likelihood of developing heat illness and heat stroke in all ages".
p|In Delhi, the Safdarjung observatory, the city's base weather station, recorded 44.8°C, five degrees above normal for the season. Mungeshpur in the northwest of the capital touched 46.9°C.
ad|Advertisement
p|"A dry and hot northwesterly wind is blowing over the region and there is no western disturbance likely to affect the plains over the next four to five days. Relief can be expected only after May 24," an IMD scientist said.
read-also|Also Read: Delhi's peak power demand breaches 8,400MW for first time in May
h2|Warm nights add to stress
p|The Met department also warned of "warm night" conditions in parts of Rajasthan and Haryana, where the minimum temperature stayed above 30°C. Doctors say such nights are particularly dangerous as the body does not get time to recover from the day's heat.
p|Hospitals in Jaipur and Jodhpur reported a rise in patients with heat exhaustion and dehydration, most of them daily wage workers and elderly people, officials said. At least three suspected heatstroke deaths have been reported from Barmer and Jaisalmer districts since Sunday, though the health department said the cause would be confirmed only after post-mortem examinations.
ad|Advertisement
h2|States advance school vacations
p|Several states have advanced summer vacations in schools. Punjab ordered all government and private schools to close from May 21, while the Haryana government changed school timings to 7am to 11.30am until further orders.
p|The Union health ministry asked states to keep heatstroke rooms ready in district hospitals and ensure an adequate stock of ORS and intravenous fluids.
p|The IMD advised people to:
li|avoid going out in the sun, especially between 12pm and 3pm;
li|drink enough water even if not thirsty;
li|wear lightweight, light-coloured, loose cotton clothes;
li|keep animals in the shade and give them plenty of water.
p|The southwest monsoon, meanwhile, is progressing normally and is expected to reach Kerala around May 28, three days ahead of its usual onset date, the IMD said.
signature|(With inputs from PTI)
newsletter|Catch every big hit, every wicket with Crick-it, a one-stop destination for Live Scores, Match Stats, Quizzes, Polls & much more. Explore now!
newsletter|Get Latest India News along with Weather Today and Top Headlines from India and around the world.
tags|Heatwave
tags|IMD
tags|Rajasthan
tags|Delhi Weather
tags|Monsoon
feedback|Was this article helpful?
feedback|Yes No
teaser-list|Top News
teaser-list|Operation in Kupwara: Two terrorists killed, search underway
teaser-list|2 mins read 09:48 PM IST
teaser-list|'Will not contest Rajya Sabha polls,' says former Union minister
teaser-list|3 mins read 09:31 PM IST
teaser-list|UPSC prelims 2026 admit card released; here's how to download
teaser-list|1 min read 09:02 PM IST
teaser-list|Heatwave grips north India: Phalodi records 47.6°C, IMD issues red alert for 5 states
teaser-list|2 mins read 10:05 PM IST
trending|Trending Now
trending|Horoscope Today
trending|Lottery Sambad Result
trending|Gold Rate Today
trending|Petrol Price Today
newsletter|Subscribe to our best newsletters
newsletter|Daily News Capsule
newsletter|Subscribe
app|Get the NC App
app|Download on the App Store Get it on Google Play
footer|Copyright © NC Digital Streams Ltd. All Rights Reserved.
footer|About Us Contact Us Terms of Use Privacy Policy Weather Today Sitemap Feedback Newsletter Careers RSS
"""),
 dict(id="senenews-style-1", site="senenews-style", lang="fr", sep="\n", title="Campagne agricole 2026 : l'État débloque 145 milliards FCFA pour les semences et les engrais", date="2026-05-27", page="""
timestamp|Mercredi 27 mai 2026
ticker|Dakar 31°C
ticker|Fajr 05:12 Dhuhr 13:34 Asr 16:58 Maghrib 19:38 Isha 20:56
social|Facebook Twitter Instagram YouTube TikTok Telegram
menu|SunuInfo
menu|Actualité au Sénégal, en Afrique et dans le monde
menu|ACCUEIL
menu|ACTUALITÉ
menu|POLITIQUE
menu|SOCIÉTÉ
menu|ÉCONOMIE
menu|SPORT
menu|PEOPLE
menu|RELIGION
menu|INTERNATIONAL
menu|VIDÉOS
menu|SUNUINFO TV
breaking|FLASH INFO
breaking|Assemblée nationale : la loi sur le statut des lanceurs d'alerte adoptée en plénière
breaking|Coupure d'électricité : la Senelec annonce des délestages à Thiès et Mbour ce jeudi
ad|ANNONCE
ad|Transférez de l'argent vers le Sénégal sans frais avec WaliPay - Téléchargez l'application
breadcrumb|Accueil > Économie
section-label|Économie
h1|Campagne agricole 2026 : l'État débloque 145 milliards FCFA pour les semences et les engrais
byline|Par Aïssatou Diop
dateline|Publié le 27 mai 2026 à 16:42
dateline|Mis à jour le 27 mai 2026 à 18:05
views|2 341 lectures
comments|5 commentaires
share|0 partages
share|Partager
share|Facebook
share|Twitter
share|WhatsApp
share|Telegram
caption|Le ministre de l'Agriculture lors de la réunion de préparation de la campagne à Kaolack
credit|Photo : D.R.
lead|Le gouvernement a arrêté ce mercredi le dispositif de la campagne agricole 2026, avec une enveloppe en hausse de 15 milliards FCFA par rapport à l'année dernière. La distribution des intrants doit démarrer dès le 5 juin dans les zones du sud.
p|Le Conseil interministériel consacré à la préparation de l'hivernage s'est tenu ce mercredi à Dakar, sous la présidence du Premier ministre. À l'issue des travaux, le gouvernement a annoncé une enveloppe globale de 145 milliards FCFA destinée à l'achat et à la subvention des semences, des engrais et du matériel agricole.
p|Selon le communiqué publié à l'issue de la rencontre, 80 000 tonnes de semences d'arachide certifiées seront mises à la disposition des producteurs, ainsi que 150 000 tonnes d'engrais, dont une bonne partie d'urée et de NPK. Le taux de subvention reste fixé à 50 % pour les engrais et à 60 % pour les semences certifiées.
read-also|LIRE AUSSI : Prix de l'arachide : les producteurs de Kaffrine réclament 400 FCFA le kilo
p|« Nous avons tiré les leçons de la campagne passée. Cette fois, les intrants seront en place avant les premières pluies, et la distribution se fera sur la base des listes numérisées des producteurs », a déclaré le ministre de l'Agriculture, de la Souveraineté alimentaire et de l'Élevage, cité dans le document.
h2|Fin des intermédiaires ?
p|La campagne 2025 avait été marquée par de nombreuses plaintes de paysans, notamment dans le bassin arachidier, qui dénonçaient des retards de livraison et la revente d'engrais subventionnés sur les marchés hebdomadaires à des prix bien supérieurs au tarif officiel.
p|Pour y remédier, le gouvernement annonce la généralisation d'un système de bons électroniques adossé au registre national des producteurs. Chaque exploitant recevra par SMS un code lui permettant de retirer sa dotation auprès des commissions locales.
ad|ANNONCE
ad|Terrains à vendre à Diamniadio - Titres fonciers disponibles - Paiement échelonné
p|Du côté des organisations paysannes, l'annonce est accueillie avec prudence. « L'enveloppe est là, c'est bien. Mais ce qui compte pour nous, c'est que l'engrais arrive au village au bon moment et au bon prix », réagit Mamadou Faye, responsable d'une union de producteurs à Nioro du Rip.
h2|Les principales mesures
li|145 milliards FCFA mobilisés, contre 130 milliards en 2025 ;
li|80 000 tonnes de semences d'arachide certifiées ;
li|150 000 tonnes d'engrais subventionnés à 50 % ;
li|Un appui spécifique à la filière riz dans la vallée du fleuve Sénégal et en Casamance.
p|Le gouvernement indique par ailleurs que la commercialisation de l'arachide démarrera plus tôt cette année, avec un prix plancher qui sera fixé en concertation avec l'interprofession avant le mois d'octobre.
whatsapp|Rejoignez la chaîne WhatsApp de SunuInfo pour recevoir l'essentiel de l'actualité
google|Suivez SunuInfo sur Google Actualités
author-bio|Aïssatou Diop est journaliste à la rubrique économie de SunuInfo depuis 2021.
tags|Mots-clés : agriculture, arachide, engrais, hivernage, semences
nav|Article Précédent
nav|Tabaski 2026 : le prix du mouton flambe déjà au foirail de Diamaguène
nav|Article Suivant
nav|Port de Dakar : le trafic en hausse de 7 % au premier trimestre
comments|5 réponses à « Campagne agricole 2026 »
comments|Ibou Ndiaye 27 mai 2026 à 17h10
comments|Alhamdoulilah, mais que les engrais arrivent à temps cette fois ci.
comments|Répondre
comments|Laisser un commentaire
comments|Annuler la réponse
comments|Votre adresse e-mail ne sera pas publiée.
comments|Publier le commentaire
related|VOUS AIMEREZ AUSSI
related|Foncier : le gouvernement suspend les attributions de terres dans la zone des Niayes
related|il y a 3 heures
related|Pêche : les accords avec l'Union européenne en passe d'être renégociés
related|il y a 5 heures
related|Inflation : les prix à la consommation en légère baisse en avril, selon l'ANSD
related|il y a 1 jour
most-read|LES PLUS LUS
most-read|Affaire des fonds Force Covid : un ancien directeur placé sous mandat de dépôt
most-read|Mbour : une pirogue chavire au large de Joal, quatre disparus
most-read|Lions : le sélectionneur publie sa liste pour les éliminatoires du Mondial
video|SUNUINFO TV
video|REPLAY - Revue de presse Wolof du mercredi 27 mai 2026
video|14:22
footer|SunuInfo - Le portail de l'actualité sénégalaise
footer|Qui sommes-nous Contact Publicité Mentions légales Politique de confidentialité
copyright|© 2026 SunuInfo. Tous droits réservés.
cookie|Ce site utilise des cookies pour améliorer votre expérience. J'accepte En savoir plus
"""),
 dict(id="senenews-style-2", site="senenews-style", lang="fr", sep="\n", title="Kédougou : trois orpailleurs périssent dans l'effondrement d'un puits à Bantaco", date="2026-02-09", page="""
timestamp|Lundi 9 février 2026
ticker|Dakar 27°C
ticker|Fajr 06:05 Dhuhr 13:52 Asr 17:13 Maghrib 19:21 Isha 20:35
social|Facebook Twitter Instagram YouTube TikTok Telegram
menu|SunuInfo
menu|Actualité au Sénégal, en Afrique et dans le monde
menu|ACCUEIL
menu|ACTUALITÉ
menu|POLITIQUE
menu|SOCIÉTÉ
menu|ÉCONOMIE
menu|SPORT
menu|PEOPLE
menu|RELIGION
menu|INTERNATIONAL
menu|VIDÉOS
menu|SUNUINFO TV
breaking|FLASH INFO
breaking|Procès en appel : la Cour renvoie le dossier au 23 février
push|SunuInfo souhaite vous envoyer des notifications. Autoriser Plus tard
ad|ANNONCE
ad|Bourses d'études au Canada 2026 - Dépôt des dossiers avant le 31 mars
breadcrumb|Accueil > Société > Faits divers
section-label|Faits divers
h1|Kédougou : trois orpailleurs périssent dans l'effondrement d'un puits à Bantaco
byline|Par La Rédaction
dateline|Publié le 9 février 2026 à 11:18
views|5 907 lectures
comments|12 commentaires
share|0 partages
share|Partager
share|Facebook
share|Twitter
share|WhatsApp
share|Telegram
caption|Un site d'orpaillage traditionnel dans la région de Kédougou (image d'illustration)
credit|Photo : Archives SunuInfo
p|Drame dans un site d'orpaillage traditionnel de la commune de Bantaco, dans le département de Kédougou. Trois jeunes hommes ont perdu la vie dans la nuit de dimanche à lundi, ensevelis après l'effondrement d'un puits dans lequel ils étaient descendus chercher de l'or.
p|Selon des sources locales, les victimes, âgées de 19 à 27 ans, travaillaient à une profondeur d'environ vingt mètres lorsque les parois du puits ont cédé, vers 2 heures du matin. Deux autres orpailleurs, qui se trouvaient à l'entrée du trou, ont pu être secourus et évacués à l'hôpital régional de Kédougou.
p|« Nous avons creusé à mains nues pendant des heures avant l'arrivée des sapeurs-pompiers. Quand on les a retrouvés, il était trop tard », a confié un chef de « diouras », le nom donné localement aux sites d'orpaillage, joint par téléphone.
read-also|LIRE AUSSI : Orpaillage clandestin : 47 étrangers interpellés lors d'une opération à Saraya
p|Les sapeurs-pompiers de la 23e compagnie d'incendie et de secours ont pu extraire les trois corps en fin de matinée. Ils ont été déposés à la morgue de l'hôpital régional, avant d'être remis à leurs familles pour l'inhumation.
ad|ANNONCE
ad|Pack Internet illimité à 5000 FCFA par semaine - Composez #144#
h2|Des accidents à répétition
p|Ce nouveau drame relance le débat sur la sécurité dans les sites d'orpaillage de la région, où des milliers de jeunes venus de tout le Sénégal, mais aussi du Mali, de la Guinée et du Burkina Faso, travaillent dans des conditions très précaires.
p|Les puits, souvent creusés sans soutènement, s'effondrent régulièrement, en particulier après des pluies ou lorsque le sol est fragilisé par des galeries voisines. En 2025, au moins onze orpailleurs ont trouvé la mort dans des accidents similaires dans les départements de Kédougou et de Saraya, selon un décompte de la presse locale.
p|Le préfet de Kédougou a annoncé l'ouverture d'une enquête et la suspension provisoire des activités sur le site concerné. Il a appelé les orpailleurs « à respecter scrupuleusement les mesures de sécurité » et les responsables des diouras à signaler tout puits jugé dangereux.
p|Depuis plusieurs mois, les autorités tentent d'encadrer l'activité en délivrant des autorisations d'orpaillage et en créant des couloirs réservés, mais une grande partie des sites continue de fonctionner hors de tout contrôle. Les élus locaux réclament la présence permanente d'équipes de secours dans les zones les plus fréquentées.
p|Une délégation du ministère des Mines est attendue dans la zone en milieu de semaine, selon nos informations.
signature|Avec notre correspondant à Kédougou
video|VIDÉO
video|Les images du site de Bantaco après le drame
embed-blocked|Ce contenu YouTube est bloqué. Acceptez les cookies pour le visionner.
whatsapp|Rejoignez la chaîne WhatsApp de SunuInfo pour recevoir l'essentiel de l'actualité
google|Suivez SunuInfo sur Google Actualités
tags|Mots-clés : faits divers, Kédougou, orpaillage
nav|Article Précédent
nav|Touba : un incendie ravage une dizaine de cantines au marché Ocass
nav|Article Suivant
nav|Ziguinchor : un réseau de trafic de chanvre indien démantelé à Bignona
comments|12 réponses à « Kédougou : trois orpailleurs périssent »
comments|Sokhna Mbaye 9 février 2026 à 12h03
comments|Innalillahi wa innailayhi rajiun. Que Dieu les accueille dans son paradis.
comments|Répondre
comments|Moussa K. 9 février 2026 à 12h47
comments|L'État doit encadrer ces sites, ça fait trop de morts chaque année.
comments|Répondre
comments|Voir plus de commentaires
comments|Laisser un commentaire
comments|Annuler la réponse
comments|Votre adresse e-mail ne sera pas publiée.
comments|Publier le commentaire
related|VOUS AIMEREZ AUSSI
related|Accident sur la RN1 : un bus et un camion se percutent près de Kaffrine
related|il y a 2 heures
related|Émigration irrégulière : 212 candidats interceptés au large de Saint-Louis
related|il y a 6 heures
most-read|LES PLUS LUS
most-read|Wally Seck annonce un grand concert au stade Abdoulaye Wade
teaser-list|Kédougou : trois orpailleurs périssent dans l'effondrement d'un puits à Bantaco
most-read|Baccalauréat 2026 : le calendrier officiel publié
footer|SunuInfo - Le portail de l'actualité sénégalaise
footer|Qui sommes-nous Contact Publicité Mentions légales Politique de confidentialité
copyright|© 2026 SunuInfo. Tous droits réservés.
cookie|Ce site utilise des cookies pour améliorer votre expérience. J'accepte En savoir plus
"""),
 dict(id="sky-news-style-1", site="sky-news-style", lang="en", sep="\n", title="Water bills to rise by £41 a year on average from April, regulator confirms", date="2026-02-05", page="""
skip-link|Skip to content
menu|Meridian News - First for Breaking News
watch|Watch Live
menu|Home
menu|UK
menu|Politics
menu|World
menu|US
menu|Climate
menu|Science & Tech
menu|Business
menu|Ents & Arts
menu|Travel
menu|Offbeat
menu|Analysis
menu|Data & Forensics
menu|Videos
menu|Weather
menu|More
section-label|UK
h1|Water bills to rise by £41 a year on average from April, regulator confirms
lead|The increase comes on top of last year's record rise, with households in the south and east facing the steepest jumps as companies pass on the cost of fixing sewage spills and leaks.
byline|Hannah Okafor
byline|Consumer affairs correspondent @hannahokaforMN
dateline|Thursday 5 February 2026 07:01, UK
trust|Why you can trust Meridian News
share|Share
video|Please use Chrome browser for a more accessible video player
video|1:52
video|Customers in Kent tell Meridian News why they are struggling with higher bills
p|Water bills in England and Wales will rise by an average of £41 a year from April, the industry regulator has confirmed.
p|The average annual household bill will go up to £644, Ofwat said, an increase of around 7% once inflation is taken into account.
p|It follows a rise of more than £120 last year, the biggest single jump since the industry was privatised.
p|The regulator said the money would fund £104bn of investment over five years, including new storage tanks to cut sewage spills into rivers and the sea, and the replacement of ageing pipes.
caption|Image: Campaigners have staged protests over sewage discharges on beaches across the country. Pic: PA
h2|'Another kick in the teeth'
p|But consumer groups said the increase would be hard to swallow for people already struggling with the cost of living.
p|"For many families this is another kick in the teeth," said Priya Ramsden, from the Consumer Council for Water. "People are being asked to pay more while they are still seeing sewage in their rivers and leaks in their streets."
p|Customers of Southern Water will see the biggest rise, of £67 a year, followed by Thames Water and Anglian Water.
read-more|Read more from Meridian News:
read-more|Thames Water creditors agree new rescue deal
read-more|Hosepipe bans could return this summer, Environment Agency warns
read-more|What does the end of Ofwat mean for your bill?
p|Bills in the north west and in Wales will rise by less than the average, at around £25 a year, the regulator said, reflecting lower levels of planned investment in those areas.
p|The government has said it will replace Ofwat with a single new regulator for the water sector, but the change will not take effect until 2027 at the earliest.
p|A spokesperson for Water UK, which represents the companies, said: "We know that any increase is unwelcome. But this investment is essential to secure our water supply and to clean up our rivers for good."
h2|Help with bills
p|Around two million households currently receive some form of help with their water bills through social tariffs, which vary from company to company.
p|Customers who are worried about paying are being urged to contact their supplier. The options can include:
li|social tariffs, which cut bills for low-income households;
li|payment plans spread over the year;
li|the WaterSure scheme, which caps bills for some metered customers with large families or medical conditions.
embed-blocked|Spotify
embed-blocked|This content is provided by Spotify, which may be using cookies and other technologies. To show you this content, we need your permission to use cookies. You can use the buttons below to amend your preferences to enable Spotify cookies or to allow those cookies just once. You can change your settings at any time via the Privacy Options.
embed-blocked|Unfortunately we have been unable to verify if you have consented to Spotify cookies. To view this content you can use the button below to allow Spotify cookies for this session only.
embed-blocked|Enable Cookies Allow Cookies Once
podcast|Listen to The Meridian News Daily on Apple Podcasts, Spotify and YouTube
related|Related Topics
related|Cost of living
related|Water industry
teaser-list|More from UK
teaser-list|Man charged with murder after woman found dead in Leeds flat
teaser-list|32 minutes ago
teaser-list|Snow and ice warnings issued as temperatures set to plunge below -10C
teaser-list|1 hour ago
teaser-list|Junior doctors to vote on new pay offer
teaser-list|Thursday 5 February 2026 06:12, UK
most-read|Most Read
most-read|1 Prince speaks for first time about his cancer treatment
most-read|2 Lottery winner's £1m ticket found in coat pocket a year later
most-read|3 Government announces U-turn on winter fuel payments
whatsapp|Follow Meridian News on WhatsApp
whatsapp|Keep up with all the latest news from the UK and around the world by following Meridian News
whatsapp|Tap here
app|Download the Meridian News app
app|Available on iOS and Android
footer|Meridian Group
footer|About Meridian News
footer|About Us
footer|Meridian News International
footer|Meridian News Library Sales
footer|Site Map
footer|Editorial Guidelines
footer|Meridian News Board
footer|Meridian Sport
footer|Meridian TV
footer|Privacy Options
footer|Terms & Conditions
footer|Accessibility
footer|Contact Us
copyright|© 2026 Meridian UK
"""),
 dict(id="sky-news-style-2", site="sky-news-style", lang="en", sep="\n", title="Thousands of passengers stranded after power failure halts Channel Tunnel trains", date="2026-01-10", page="""
skip-link|Skip to content
menu|Meridian News - First for Breaking News
watch|Watch Live
menu|Home
menu|UK
menu|Politics
menu|World
menu|US
menu|Climate
menu|Science & Tech
menu|Business
menu|Ents & Arts
menu|Travel
menu|Offbeat
menu|Analysis
menu|Data & Forensics
menu|Videos
menu|Weather
menu|More
breaking|Breaking news
breaking|Earthquake of magnitude 6.8 strikes off coast of Japan
section-label|UK
h1|Thousands of passengers stranded after power failure halts Channel Tunnel trains
lead|Eurostar cancelled more than 20 services between London, Paris and Brussels, while Le Shuttle passengers faced waits of up to seven hours at Folkestone.
byline|Tom Whitfield
byline|News reporter
byline|Aoife Brennan
byline|Transport correspondent @aoifebrennan
dateline|Saturday 10 January 2026 18:44, UK
trust|Why you can trust Meridian News
share|Share
caption|Image: Passengers queue at St Pancras International on Saturday afternoon. Pic: Meridian News
p|Thousands of passengers have been left stranded after a power failure brought trains in the Channel Tunnel to a standstill on one of the busiest days of the post-Christmas return.
p|Eurostar cancelled 23 services between London St Pancras, Paris and Brussels, and warned of "severe disruption" for the rest of the day. Passengers on several trains were held for more than two hours before being moved.
p|Getlink, which operates the tunnel, said a fault in the overhead power supply had been detected shortly after 11am on the French side, near the Coquelles terminal.
video|Please use Chrome browser for a more accessible video player
video|0:58
video|Crowds build up at St Pancras as trains are cancelled
p|At St Pancras, huge queues stretched from the Eurostar departure gates back along the station concourse. Many passengers said they had been given little information.
p|"We've been here since 9am, and nobody can tell us if we're going today or tomorrow," said Claire Duncombe, who was travelling to Paris with her two children. "We've got a hotel booked we won't get to."
caption|Image: Vehicles queue at the Le Shuttle terminal in Folkestone
p|Le Shuttle, which carries cars and coaches through the tunnel, suspended departures for more than four hours. Kent Police said Operation Brock had been put in place on the M20 to manage lorry traffic heading for the terminal.
h2|'We apologise to everyone affected'
p|In a statement, Eurostar said: "Due to a power supply problem in the Channel Tunnel, we have had to cancel a number of trains today. We apologise to everyone affected. Customers on cancelled services can exchange their ticket free of charge or claim a full refund."
p|By 5pm, Getlink said power had been restored to one of the two running tunnels and a limited service had resumed, with trains running at reduced speed.
p|The company said the cause of the fault was still being investigated, but that there was no indication of any malicious act.
read-more|Read more:
read-more|Eurostar confirms rival operators will share St Pancras from 2029
read-more|Why is it so hard to run more trains through the tunnel?
p|The disruption comes just weeks after a similar incident in December, when a broken-down train left passengers stuck underground for several hours without air conditioning.
p|Eurostar has advised anyone due to travel on Sunday to check the status of their train before setting off for the station.
signature|Additional reporting by Reuters
live-link|Follow live updates: Travel chaos across Europe
related|Related Topics
related|Eurostar
related|Kent
related|Travel
teaser-list|More from UK
teaser-list|Two teenagers arrested after boy stabbed outside school in Croydon
teaser-list|14 minutes ago
teaser-list|Red weather warning issued for wind in Northern Ireland
teaser-list|2 hours ago
podcast|The Meridian News Daily
podcast|Why are so many of us giving up alcohol?
podcast|22:14
most-read|Most Read
most-read|1 Man dies after being hit by car in Birmingham city centre
teaser-list|2 Thousands of passengers stranded after power failure halts Channel Tunnel trains
most-read|3 Pop star cancels UK tour over 'exhaustion'
whatsapp|Follow Meridian News on WhatsApp
whatsapp|Keep up with all the latest news from the UK and around the world by following Meridian News
whatsapp|Tap here
app|Download the Meridian News app
app|Available on iOS and Android
footer|Meridian Group
footer|About Meridian News
footer|About Us
footer|Meridian News International
footer|Meridian News Library Sales
footer|Site Map
footer|Editorial Guidelines
footer|Meridian News Board
footer|Meridian Sport
footer|Meridian TV
footer|Privacy Options
footer|Terms & Conditions
footer|Accessibility
footer|Contact Us
copyright|© 2026 Meridian UK
"""),
]
