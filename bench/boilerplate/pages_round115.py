# Round 115: eight pages on four more layouts (a Burkinabè French-language private daily's site, a Ghanaian
# English-language daily's site, an Ivorian French-language news portal, a Zimbabwean English-language news site
# run from the diaspora), written blind: without looking at the classifier, its rules or the benchmark, measured
# once. Each line: "label|text". Invented text; no real article is copied.
ROUND115 = [
 dict(id="lepays-bf-style-1", site="lepays-bf-style", lang="fr", sep="\n", title="Campagne agricole 2026 : le gouvernement annonce 85 000 tonnes d'engrais subventionnés", date="2026-04-22", page="""
timestamp|mercredi 22 avril 2026
weather|Ouagadougou 39°C
social|Facebook Twitter YouTube
account|Connexion
epaper|Abonnez-vous à l'édition numérique
menu|LE SOLEIL DU FASO
menu|Quotidien burkinabè d'informations générales
menu|ACCUEIL
menu|ACTUALITÉS
menu|POLITIQUE
menu|ÉCONOMIE
menu|SOCIÉTÉ
menu|RÉGIONS
menu|CULTURE
menu|SPORTS
menu|ÉDITORIAL
menu|OPINIONS
menu|ANNONCES
search|Rechercher...
ticker|FLASH INFO
ticker|Coupe du Faso : l'ASFA-Yennenga et le RCK en finale le 1er mai
ticker|BEPC 2026 : les épreuves écrites fixées au 9 juin
breadcrumb|Accueil » Économie
section-label|ÉCONOMIE
h1|Campagne agricole 2026 : le gouvernement annonce 85 000 tonnes d'engrais subventionnés
dateline-label|Publié le
dateline|22 avril 2026
byline-label|Par
byline|Boukari OUÉDRAOGO
views|1 327 vues
comments|0 commentaire
font|A- A+
print|Imprimer
caption|Le ministre en charge de l'Agriculture (au centre) lors de la rencontre avec les producteurs à Koudougou
credit|Ph. : DR
p|A quelques semaines des premières pluies, le gouvernement a dévoilé, le mardi 21 avril 2026 à Koudougou, le dispositif d'appui aux producteurs pour la campagne agricole humide 2026-2027. Au total, 85 000 tonnes d'engrais minéraux seront mises à la disposition des producteurs à prix subventionné, contre 72 000 tonnes la saison écoulée.
p|L'annonce a été faite par le ministre en charge de l'Agriculture, au cours d'une rencontre avec les représentants des faîtières paysannes des régions du Centre-Ouest, de la Boucle du Mouhoun et des Hauts-Bassins. Selon lui, l'objectif est de « sécuriser les rendements dans un contexte où le prix des intrants reste élevé sur le marché international ».
h2|Le sac de 50 kg à 13 500 F CFA
p|Le sac de 50 kg d'engrais NPK sera cédé à 13 500 F CFA, et celui d'urée à 12 500 F CFA, soit environ la moitié du prix pratiqué dans le commerce. A ces quantités s'ajoutent 4 200 tonnes de semences améliorées de maïs, de riz, de sorgho et de niébé, ainsi que 1 500 motopompes destinées aux producteurs engagés dans l'offensive agropastorale.
p|Pour bénéficier de l'appui, les producteurs doivent être recensés dans le fichier numérique mis en place l'année dernière. Les services techniques déconcentrés ont jusqu'au 15 mai pour finaliser les listes dans les communes.
read-also|Lire aussi : Offensive agropastorale : plus de 700 000 tonnes de céréales attendues dans la vallée du Sourou
ad|PUBLICITÉ
ad|CORIS BANK - Crédit campagne agricole : financez vos intrants à taux préférentiel
p|Le ministre a, par ailleurs, indiqué que la distribution se fera cette année directement dans les chefs-lieux de communes, et non plus seulement dans les chefs-lieux de provinces, afin de réduire les frais de transport supportés par les producteurs.
h2|Les producteurs saluent, mais restent vigilants
p|Du côté des producteurs, l'annonce a été bien accueillie, même si certains ont rappelé les retards enregistrés lors des campagnes précédentes. « L'engrais qui arrive en août ne nous sert plus à rien. Nous demandons que tout soit en place avant la fin du mois de mai », a plaidé Salifou Bationo, producteur de maïs à Réo.
p|Les responsables des faîtières ont également dénoncé la revente frauduleuse d'une partie des intrants subventionnés sur les marchés, parfois vers les pays voisins. Le ministre a assuré que des équipes de contrôle seront déployées et que « toute personne prise en flagrant délit de détournement sera traduite en justice ».
p|Les mesures annoncées portent sur les points suivants :
li|un recensement numérique obligatoire des bénéficiaires ;
li|la distribution dans les chefs-lieux de communes à partir du 25 mai ;
li|un numéro vert pour signaler les cas de revente frauduleuse ;
li|des sanctions contre les agents impliqués dans les détournements.
p|Selon les prévisions des services de la météorologie, la saison pluvieuse 2026 devrait être normale à excédentaire sur la majeure partie du territoire, avec un démarrage précoce dans l'Ouest du pays.
signature|Boukari OUÉDRAOGO
share|Partagez :
share|Facebook
share|Twitter
share|WhatsApp
share|E-mail
tags|Mots-clés : agriculture engrais campagne agricole Koudougou
related|ARTICLES SIMILAIRES
related|Prix des céréales : le sac de maïs franchit la barre des 25 000 F CFA à Bobo-Dioulasso
related|20 avril 2026
related|Coton : la SOFITEX annonce un prix d'achat de 300 F CFA le kilo
related|14 avril 2026
related|Bagrépôle : 2 000 hectares supplémentaires aménagés pour le riz
related|8 avril 2026
comments|Laisser un commentaire
comments|Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *
comments|Commentaire
comments|Nom *
comments|E-mail *
comments|Laisser un commentaire
nav|« Article précédent
nav|Kaya : une école reconstruite remise aux autorités
nav|Article suivant »
nav|Santé : lancement de la campagne de vaccination contre la méningite
most-read|LES PLUS LUS
most-read|Transport : la SOTRACO ouvre trois nouvelles lignes à Ouagadougou
most-read|Recrutement : les résultats du concours de la fonction publique disponibles
most-read|Football : les Étalons en regroupement à Ouaga dès lundi
epaper|L'ÉDITION DU JOUR
epaper|N° 8142 du mercredi 22 avril 2026
epaper|Lire le journal
footer|Éditions Le Soleil du Faso
footer|01 BP 0000 Ouagadougou 01 - Tél. : (+226) 25 00 00 00
footer|Qui sommes-nous ? - Contacts - Publicité - Abonnements
copyright|© 2026 Le Soleil du Faso. Tous droits réservés.
back-to-top|Haut
"""),
 dict(id="lepays-bf-style-2", site="lepays-bf-style", lang="fr", sep="\n", title="PÉNURIE DE GAZ BUTANE : Il faut sévir contre les spéculateurs", date="2026-02-10", page="""
timestamp|mardi 10 février 2026
weather|Ouagadougou 33°C
social|Facebook Twitter YouTube
account|Connexion
epaper|Abonnez-vous à l'édition numérique
menu|LE SOLEIL DU FASO
menu|Quotidien burkinabè d'informations générales
menu|ACCUEIL
menu|ACTUALITÉS
menu|POLITIQUE
menu|ÉCONOMIE
menu|SOCIÉTÉ
menu|RÉGIONS
menu|CULTURE
menu|SPORTS
menu|ÉDITORIAL
menu|OPINIONS
menu|ANNONCES
search|Rechercher...
ticker|FLASH INFO
ticker|FESPACO 2027 : l'appel à films est lancé
ticker|Météo : vent de poussière attendu sur le Nord et le Sahel
breadcrumb|Accueil » Éditorial
section-label|ÉDITORIAL
h1|PÉNURIE DE GAZ BUTANE : Il faut sévir contre les spéculateurs
dateline-label|Publié le
dateline|10 février 2026
byline-label|Par
byline|Le Soleil du Faso
views|2 904 vues
comments|7 commentaires
font|A- A+
print|Imprimer
p|Depuis bientôt trois semaines, c'est le même spectacle dans les quartiers de Ouagadougou et de Bobo-Dioulasso. Des files de motos chargées de bouteilles vides devant les points de vente, des ménagères qui font le tour de la ville à la recherche de la précieuse bonbonne, et, au bout du compte, des revendeurs qui affichent sans gêne la bouteille de 6 kg à 4 500, voire 5 000 F CFA, au lieu des 2 000 F CFA officiels.
p|Les autorités ont beau expliquer que les stocks sont suffisants et que les retards sont liés à des difficultés d'acheminement depuis les ports, le consommateur, lui, ne voit qu'une chose : le gaz est devenu introuvable au prix normal. Et comme toujours dans ce genre de situation, certains ont vite compris qu'il y avait de l'argent à se faire sur le dos des populations.
p|Car il faut le dire, la pénurie actuelle n'est pas seulement une affaire de camions bloqués aux frontières. Elle est aussi entretenue par des commerçants véreux qui stockent les bouteilles pour créer la rareté et les revendre ensuite au prix fort. Des témoignages font état de dépôts remplis la nuit et vides le matin. Le phénomène n'est pas nouveau, mais il prend cette fois des proportions inquiétantes.
ad|PUBLICITÉ
p|Face à cela, l'Etat ne peut pas se contenter de communiqués rassurants. Les brigades de contrôle économique doivent descendre sur le terrain, et les sanctions prévues par la loi doivent être appliquées dans toute leur rigueur. Retrait d'agrément, fermeture de dépôts, amendes : l'arsenal existe. Ce qui manque souvent, c'est la volonté de l'utiliser jusqu'au bout.
p|Il faut aussi, à moyen terme, repenser la chaîne d'approvisionnement. Le pays ne peut pas rester éternellement à la merci d'un seul corridor ou de quelques gros distributeurs. La construction de capacités de stockage supplémentaires, annoncée depuis plusieurs années, doit enfin sortir des tiroirs.
p|Enfin, la question de la subvention mérite d'être posée sans tabou. Le gaz subventionné profite-t-il réellement aux ménages modestes, ou fait-il d'abord la fortune de ceux qui le détournent vers les pays voisins, où il se revend plus cher ? Tant que cette question ne sera pas tranchée, les mêmes causes produiront les mêmes effets.
p|En attendant, ce sont les femmes qui font la cuisine au bois ou au charbon, avec les conséquences que l'on sait sur la santé et sur l'environnement. Voilà pourquoi la lutte contre la spéculation sur le gaz n'est pas un simple problème de commerce. C'est une question de justice sociale.
signature|« Le Soleil du Faso »
share|Partagez :
share|Facebook
share|Twitter
share|WhatsApp
share|E-mail
tags|Mots-clés : éditorial gaz butane pénurie spéculation
related|ARTICLES SIMILAIRES
related|Gaz butane : le ministère du Commerce annonce l'arrivée de 40 camions-citernes
related|8 février 2026
related|Carburant : les prix à la pompe maintenus pour le premier trimestre
related|2 février 2026
comments|7 réponses
comments|Sidbewendé
comments|10 février 2026 à 9 h 14 min
comments|Merci pour cet édito. A Tampouy la bouteille est à 5 000 depuis lundi, personne ne contrôle rien.
comments|Répondre
comments|Le Vrai Patriote
comments|10 février 2026 à 10 h 02 min
comments|Il faut aussi regarder du côté des gros importateurs, ce ne sont pas seulement les petits revendeurs.
comments|Répondre
comments|Afficher plus de commentaires
comments|Laisser un commentaire
comments|Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *
nav|« Article précédent
nav|Tenkodogo : deux présumés voleurs de bétail interpellés
nav|Article suivant »
nav|Sport : les Étalons cadets qualifiés pour la phase finale
most-read|LES PLUS LUS
most-read|Gaz butane : le ministère du Commerce annonce l'arrivée de 40 camions-citernes
most-read|Université Joseph Ki-Zerbo : les cours reprennent lundi
most-read|Justice : un agent des impôts condamné pour détournement
opinion|DIALOGUE INTÉRIEUR
opinion|Quand le gaz devient un luxe, par Dieudonné SAWADOGO
epaper|L'ÉDITION DU JOUR
epaper|N° 8077 du mardi 10 février 2026
epaper|Lire le journal
footer|Éditions Le Soleil du Faso
footer|01 BP 0000 Ouagadougou 01 - Tél. : (+226) 25 00 00 00
footer|Qui sommes-nous ? - Contacts - Publicité - Abonnements
copyright|© 2026 Le Soleil du Faso. Tous droits réservés.
back-to-top|Haut
"""),
 dict(id="the-chronicle-gh-style-1", site="the-chronicle-gh-style", lang="en", sep="\n", title="Cocoa farmers in Western North threaten to boycott LBCs over unpaid arrears", date="2026-01-19", page="""
timestamp|Monday, January 19, 2026
ticker|Latest:
ticker|Black Stars: Coach names 30-man provisional squad for March friendlies
ticker|BoG holds policy rate at 18 per cent
ticker|Tema: Two arrested over container theft at port
social|Facebook Twitter Instagram YouTube
epaper|E-Paper
account|Sign in / Join
menu|THE HARBOUR CHRONICLE
menu|Ghana's Independent Daily
menu|Home
menu|News
menu|Politics
menu|Business
menu|Regional News
menu|Sports
menu|Entertainment
menu|Features
menu|Editorial
menu|Opinion
menu|Contact Us
search|Search
ad|Advertisement
ad|GCB - Bank Smart. Bank GCB Mobile. Dial *422#
breadcrumb|Home › News › Regional News
section-label|Regional News
h1|Cocoa farmers in Western North threaten to boycott LBCs over unpaid arrears
byline|From Kwabena Adu Gyamfi, Sefwi Wiawso
dateline|January 19, 2026
comments|0
views|412
share|Share
share|Facebook
share|Twitter
share|WhatsApp
share|Telegram
share|Linkedin
share|Email
caption|Some cocoa farmers at the meeting in Sefwi Wiawso
p|Cocoa farmers in the Western North Region have given Licensed Buying Companies (LBCs) operating in the area two weeks to pay monies owed them for beans supplied since October last year, or risk a boycott of their purchasing clerks.
p|The farmers, numbering over 300, took the decision at a meeting held at Sefwi Wiawso last Saturday, under the auspices of the regional branch of the Cocoa Farmers Association.
p|According to them, some of the LBCs have been taking their beans on credit for close to three months, with the promise to pay as soon as funds were released by COCOBOD, but nothing has been paid to date.
p|Speaking to The Harbour Chronicle after the meeting, the Regional Secretary of the association, Opanin Kofi Boakye, said many farmers could no longer pay school fees for their children or hire labourers to weed their farms.
p|"We sell our cocoa to them and they give us a chit. They tell us to come next week, next week, and it has been three months now. How can a farmer survive like that?" he quizzed.
read-also|READ ALSO: COCOBOD secures $600m facility to finance 2025/26 crop purchases
h2|Smuggling fears
p|Opanin Boakye warned that the delay was pushing some farmers to sell their beans to smugglers who pay cash on the spot and transport the produce across the border to Côte d'Ivoire.
p|"We do not support smuggling, but when a man is hungry he will do anything. Government must act quickly before the problem gets out of hand," he cautioned.
ad|Advertisement
p|A purchasing clerk with one of the LBCs, who pleaded anonymity, confirmed the delays, but explained that his company had also not received funds to clear the arrears.
p|"We are all waiting. The moment the money comes, we will pay the farmers. We are not happy about the situation either," he said.
h2|COCOBOD responds
p|When contacted, the Western North Regional Manager of COCOBOD, Mr Stephen Arthur, admitted that there had been delays in the release of funds to some LBCs, but assured that the challenge was being addressed.
p|He said a first tranche of funds had already been released last week, and urged the farmers to exercise patience.
p|He also cautioned farmers against selling their beans to smugglers, noting that the security agencies had intensified patrols along the border to arrest anyone involved in the illegal trade.
p|The farmers, however, insisted that they would not sell any more beans on credit from February 1, 2026, if the arrears are not paid.
tags|TAGS
tags|COCOBOD
tags|Cocoa
tags|Western North
tags|Sefwi Wiawso
share|Facebook
share|Twitter
share|WhatsApp
nav|Previous article
nav|Residents of Adenta Housing Down appeal for streetlights
nav|Next article
nav|Hohoe Municipal Hospital receives new ambulance
author-bio|Kwabena Adu Gyamfi
author-link|https://www.harbourchronicle.com.gh
related|RELATED ARTICLES
related|MORE FROM AUTHOR
related|Bibiani: Galamsey operators destroy 40 acres of cocoa farms
related|Juaboso: Farmers receive free hybrid seedlings
related|Western North: Police arrest three over cocoa smuggling
comments|LEAVE A REPLY
comments|Cancel reply
comments|Please enter your comment!
comments|Please enter your name here
comments|You have entered an incorrect email address!
comments|Please enter your email address here
comments|Save my name, email, and website in this browser for the next time I comment.
comments|Post Comment
follow|STAY CONNECTED
follow|24,800 Fans Like
follow|9,140 Followers Follow
follow|3,260 Subscribers Subscribe
most-read|POPULAR POSTS
most-read|Editorial: Let us stop the blame game over the power outages
most-read|Kumasi: Traders at Kejetia protest new market tolls
most-read|Minority vows to resist new road levy in Parliament
teaser-list|RECENT POSTS
teaser-list|Black Stars: Coach names 30-man provisional squad for March friendlies
teaser-list|January 18, 2026
teaser-list|BoG holds policy rate at 18 per cent
teaser-list|January 18, 2026
footer|ABOUT US
footer|The Harbour Chronicle is a daily newspaper published by Harbour City Media Ltd, Accra.
footer|Contact us: info@harbourchronicle.com.gh
footer|FOLLOW US
footer|About Us
footer|Advertise
footer|Privacy Policy
footer|Contact Us
copyright|© Harbour City Media Ltd 2026
"""),
 dict(id="the-chronicle-gh-style-2", site="the-chronicle-gh-style", lang="en", sep="\n", title="Minority walks out as Parliament approves GH¢1.8bn road maintenance levy amendment", date="2025-11-27", page="""
timestamp|Thursday, November 27, 2025
ticker|Latest:
ticker|Galamsey: Court remands 12 Chinese nationals
ticker|Cedi gains 1.2 per cent against dollar in November
ticker|Asante Kotoko sack head coach after Derby defeat
social|Facebook Twitter Instagram YouTube
epaper|E-Paper
account|Sign in / Join
menu|THE HARBOUR CHRONICLE
menu|Ghana's Independent Daily
menu|Home
menu|News
menu|Politics
menu|Business
menu|Regional News
menu|Sports
menu|Entertainment
menu|Features
menu|Editorial
menu|Opinion
menu|Contact Us
search|Search
ad|Advertisement
ad|MTN MoMo - Pay bills, send money, buy airtime. Dial *170#
breadcrumb|Home › Politics
section-label|Politics
section-label|Top Stories
h1|Minority walks out as Parliament approves GH¢1.8bn road maintenance levy amendment
byline|By Nana Yaw Boateng
dateline|November 27, 2025
comments|2
views|1,086
share|Share
share|Facebook
share|Twitter
share|WhatsApp
share|Telegram
share|Linkedin
share|Email
caption|Members of the Minority leaving the chamber during the debate
credit|PHOTO: FILE
p|Parliament yesterday approved the Road Fund (Amendment) Bill, 2025, which is expected to raise about GH¢1.8 billion annually for the maintenance of the country's road network, after the Minority staged a walkout in protest.
p|The bill, which was taken under a certificate of urgency, increases the share of the Energy Sector Levy allocated to the Road Fund and introduces a new toll regime on selected highways.
p|Moving the motion for the second reading, the Minister for Roads and Highways said more than 40 per cent of the country's roads were in poor condition, and that the existing funding arrangements could no longer sustain routine maintenance.
p|"We cannot keep building new roads while the ones we have are allowed to deteriorate. This amendment gives the Road Fund a predictable source of money," he told the House.
h2|What the amendment provides
p|Among other things, the amendment:
li|raises the Road Fund's share of the Energy Sector Levy from 20 to 35 per cent;
li|reintroduces tolls on the Accra-Kumasi, Accra-Cape Coast and Tema-Aflao highways from March 2026;
li|requires the Road Fund to publish its accounts quarterly;
li|ring-fences 10 per cent of the fund for feeder roads in cocoa-growing areas.
ad|Advertisement
h2|Minority kicks against bill
p|Contributing to the debate, the Ranking Member on the Roads and Transport Committee described the bill as "an additional burden on already overburdened Ghanaians" and accused the government of reintroducing tolls it had promised to abolish.
p|"Every time you go to the pump, you are already paying for roads. Now you will pay again at the toll booth. This is double taxation and we will not be part of it," he said, before leading his colleagues out of the chamber.
p|The Majority Chief Whip, however, dismissed the walkout as "political theatre", insisting that the Minority had been given ample opportunity to propose amendments at the committee stage.
p|The bill was subsequently passed by the Majority side, with the Speaker directing that it be transmitted to the President for assent.
read-also|READ ALSO: Road contractors threaten to withdraw from sites over GH¢4bn arrears
p|Meanwhile, the Ghana Road Transport Coordinating Council has called for consultations on the new toll rates, warning that any steep increase would be passed on to passengers in the form of higher fares.
tags|TAGS
tags|Parliament
tags|Road Fund
tags|Minority
tags|Tolls
share|Facebook
share|Twitter
share|WhatsApp
nav|Previous article
nav|Editorial: Our hospitals need more than new ambulances
nav|Next article
nav|GPL: Hearts of Oak edge Medeama in Accra
author-bio|Nana Yaw Boateng
author-link|https://www.harbourchronicle.com.gh
related|RELATED ARTICLES
related|MORE FROM AUTHOR
related|Speaker refers Deputy Minister's comments to Privileges Committee
related|Budget 2026: Finance Minister to present statement next week
related|Parliament rises for Christmas break on December 19
comments|2 COMMENTS
comments|Kwesi Mensah
comments|November 27, 2025 At 9:41 am
comments|Tolls again? We were told tolls were gone for good. Ghana paa.
comments|Reply
comments|Abena P.
comments|November 27, 2025 At 11:05 am
comments|If the money will really go to the roads then fine. Our road in Kasoa is a death trap.
comments|Reply
comments|LEAVE A REPLY
comments|Cancel reply
comments|Please enter your comment!
comments|Please enter your name here
comments|Post Comment
follow|STAY CONNECTED
follow|24,800 Fans Like
follow|9,140 Followers Follow
follow|3,260 Subscribers Subscribe
most-read|POPULAR POSTS
most-read|Galamsey: Court remands 12 Chinese nationals
most-read|Editorial: The new toll regime must come with better roads
most-read|Teachers' unions suspend strike after meeting with Minister
teaser-list|RECENT POSTS
teaser-list|Cedi gains 1.2 per cent against dollar in November
teaser-list|November 26, 2025
teaser-list|Asante Kotoko sack head coach after Derby defeat
teaser-list|November 26, 2025
footer|ABOUT US
footer|The Harbour Chronicle is a daily newspaper published by Harbour City Media Ltd, Accra.
footer|Contact us: info@harbourchronicle.com.gh
footer|FOLLOW US
footer|About Us
footer|Advertise
footer|Privacy Policy
footer|Contact Us
copyright|© Harbour City Media Ltd 2026
"""),
 dict(id="linfodrome-style-1", site="linfodrome-style", lang="fr", sep="\n", title="Cocody : la mairie lance l'opération de libération des trottoirs à la Riviera 2", date="2026-03-03", page="""
timestamp|Mardi 03 Mars 2026
timestamp|15:47
account|Se connecter
account|S'inscrire
menu|INFOPLATEAU
menu|L'info ivoirienne en continu
menu|Accueil
menu|Actualité
menu|Politique
menu|Économie
menu|Société
menu|Faits divers
menu|Sport
menu|Culture
menu|International
menu|Tech
menu|Annonces légales
menu|Nécrologie
watch|Infoplateau TV
search|Rechercher
breaking|À LA UNE
breaking|Transport : le prix du ticket de bus SOTRA inchangé en 2026
breaking|Éléphants : la liste des 25 pour les matchs amicaux de mars dévoilée
ad|Publicité
ad|Orange Money - Payez vos factures CIE et SODECI en un clic
breadcrumb|Accueil / Société
section-label|Société
h1|Cocody : la mairie lance l'opération de libération des trottoirs à la Riviera 2
dateline|Publié le mardi 3 mars 2026 à 11:26 - Infoplateau
views|Vue(s) : 2 418
comments|Réagissez (4)
share|Partager
share|Facebook
share|X
share|WhatsApp
share|Telegram
caption|Des agents de la mairie de Cocody lors de l'opération, ce mardi 3 mars 2026, à la Riviera 2
credit|(Ph. Infoplateau / Y. Kouassi)
lead|La mairie de Cocody a entamé, ce mardi 3 mars 2026, une vaste opération de libération des trottoirs dans le quartier de la Riviera 2. Commerçants, garagistes et vendeuses de garba ont été sommés de quitter les abords des voies.
p|Il est 7 heures ce mardi lorsque les premiers engins de la mairie de Cocody prennent position au carrefour de la Riviera 2, non loin de la pharmacie. Sous l'œil des agents de la police municipale appuyés par des éléments de la police nationale, des tables, des hangars de fortune et des conteneurs installés sur les trottoirs sont démontés un à un.
p|L'opération, annoncée depuis plusieurs semaines par voie de communiqué, vise selon les autorités municipales à « rendre les trottoirs aux piétons » et à fluidifier la circulation sur l'un des axes les plus encombrés de la commune, notamment aux heures de pointe.
p|« Nous avons donné un délai d'un mois à tous les occupants pour libérer les lieux de façon volontaire. La majorité l'a fait. Aujourd'hui, nous passons à la phase d'exécution », a expliqué le directeur technique de la mairie, rencontré sur les lieux.
read-also|LIRE AUSSI : Abidjan : le District annonce de nouveaux sites de recasement pour les commerçants déguerpis
h2|Des commerçants désemparés
p|Sur le terrain, la colère le dispute à la résignation. Assise sur un seau retourné, Mariam Traoré regarde les agents emporter le hangar sous lequel elle vendait de l'attiéké depuis six ans. « On nous dit de partir, mais pour aller où ? J'ai trois enfants à l'école. C'est ici que je gagne mon pain », se lamente-t-elle.
p|Plus loin, un réparateur de motos dit avoir reçu le communiqué mais n'avoir trouvé aucun local à louer dans le quartier. « Les magasins sont trop chers. Le loyer, c'est 150 000 francs par mois. Avec quoi on va payer ? », s'interroge-t-il.
ad|Publicité
p|La mairie indique avoir identifié un site de recasement provisoire à proximité du marché de la Riviera 2, où une centaine de places ont été aménagées. Mais de nombreux commerçants jugent ce site trop éloigné de leur clientèle.
h2|D'autres quartiers concernés
p|Selon le calendrier communiqué par la municipalité, l'opération s'étendra dans les prochaines semaines à la Riviera Palmeraie, aux Deux-Plateaux et à Angré. Les occupants de ces zones sont invités à libérer volontairement les emprises avant le passage des équipes.
p|La mairie prévient par ailleurs que toute réinstallation sur les trottoirs dégagés sera sanctionnée par la saisie des marchandises et une amende.
signature|Yao Kouassi
tags|Mots clés : Cocody Riviera 2 déguerpissement mairie trottoirs
comments|4 commentaires
comments|Réagir à cet article
comments|Vous devez être connecté pour commenter
comments|Koné A.
comments|il y a 3 heures
comments|C'est bien de libérer les trottoirs mais il faut d'abord construire des marchés dignes de ce nom.
comments|Répondre
comments|Abidjanais
comments|il y a 2 heures
comments|Enfin ! On ne pouvait plus marcher à pied à la Riviera.
comments|Répondre
comments|Voir tous les commentaires
related|DANS LA MÊME RUBRIQUE
related|Yopougon : un incendie ravage une partie du marché Siporex
related|03/03/2026 à 09:12
related|Bac 2026 : les inscriptions prolongées jusqu'au 15 mars
related|02/03/2026 à 18:40
related|Bingerville : trois individus interpellés pour vol de câbles électriques
related|02/03/2026 à 16:05
most-read|LES PLUS LUS
most-read|Éléphants : la liste des 25 pour les matchs amicaux de mars dévoilée
most-read|Fonction publique : le calendrier de paiement des salaires de mars
most-read|Météo : fortes pluies attendues sur Abidjan ce week-end
most-commented|LES PLUS COMMENTÉS
most-commented|Législatives partielles : l'opposition dénonce des irrégularités à Bouaflé
most-commented|Cherté de la vie : le gouvernement plafonne les prix de 10 produits
video|VIDÉOS
video|Abidjan : les images de l'opération de libération des trottoirs à la Riviera 2
video|02:14
newsletter|Newsletter
newsletter|Recevez chaque jour l'essentiel de l'actualité ivoirienne
newsletter|Votre e-mail
newsletter|OK
app|Téléchargez l'application Infoplateau
app|Disponible sur Google Play - Disponible sur l'App Store
footer|Infoplateau.com - Site d'information générale édité par Plateau Médias SA, Abidjan
footer|Qui sommes-nous
footer|Publicité
footer|Mentions légales
footer|Contacts
copyright|© Copyright 2026 Infoplateau. Reproduction interdite sans autorisation.
cookie|Ce site utilise des cookies pour améliorer votre expérience. En poursuivant votre navigation, vous acceptez leur utilisation.
cookie|J'accepte
cookie|En savoir plus
"""),
 dict(id="linfodrome-style-2", site="linfodrome-style", lang="fr", sep="\n", title="Cacao : le prix bord champ fixé à 2 600 FCFA le kilo pour la campagne intermédiaire", date="2026-04-01", page="""
timestamp|Mercredi 01 Avril 2026
timestamp|20:03
account|Se connecter
account|S'inscrire
menu|INFOPLATEAU
menu|L'info ivoirienne en continu
menu|Accueil
menu|Actualité
menu|Politique
menu|Économie
menu|Société
menu|Faits divers
menu|Sport
menu|Culture
menu|International
menu|Tech
menu|Annonces légales
menu|Nécrologie
watch|Infoplateau TV
search|Rechercher
breaking|À LA UNE
breaking|Ligue 1 : l'ASEC Mimosas reprend la tête du championnat
breaking|Abidjan : le 4e pont fermé à la circulation ce week-end
ad|Publicité
ad|Moov Africa - Forfaits internet illimités à partir de 1 000 F
breadcrumb|Accueil / Économie
section-label|Économie
section-label|AIP
h1|Cacao : le prix bord champ fixé à 2 600 FCFA le kilo pour la campagne intermédiaire
dateline|Publié le mercredi 1 avril 2026 à 17:58 - AIP
views|Vue(s) : 5 077
comments|Réagissez (11)
share|Partager
share|Facebook
share|X
share|WhatsApp
share|Telegram
caption|Des sacs de fèves de cacao dans un magasin de stockage à San Pedro (Ph. d'illustration)
credit|Ph. DR
dateline|Abidjan, 1er avr 2026 (AIP) -
p|Le prix bord champ du kilogramme de cacao est fixé à 2 600 FCFA pour la campagne intermédiaire 2025-2026, qui s'ouvre le jeudi 2 avril 2026, a annoncé mercredi le Conseil du café-cacao à l'issue d'une réunion avec les acteurs de la filière à Abidjan.
p|Ce prix est en baisse de 200 FCFA par rapport à celui de la campagne principale, qui était de 2 800 FCFA le kilo. La baisse s'explique, selon le directeur général du Conseil du café-cacao, par le recul des cours mondiaux observé depuis le début de l'année sur les marchés de Londres et de New York.
p|« Malgré ce contexte difficile, le gouvernement a tenu à préserver le revenu des producteurs. Le prix de 2 600 FCFA reste l'un des plus élevés jamais payés pour une campagne intermédiaire dans notre pays », a-t-il souligné.
read-also|LIRE AUSSI : Café-cacao : 1,9 million de tonnes de fèves déjà commercialisées à fin mars
h2|Le café maintenu à 1 500 FCFA
p|Le prix du café cerise reste quant à lui inchangé, à 1 500 FCFA le kilogramme. Les prix planchers des autres qualités sont les suivants :
li|cacao de grade 1 : 2 600 FCFA le kilo bord champ ;
li|cacao hors normes ou sous-grade : 1 950 FCFA le kilo ;
li|café vert : 2 700 FCFA le kilo départ usine.
p|Le Conseil du café-cacao a rappelé que le respect de ces prix est obligatoire pour tous les acheteurs agréés et que des brigades de contrôle seront déployées dans les principales zones de production, notamment à Soubré, Daloa, Gagnoa et Divo.
ad|Publicité
p|Les producteurs sont invités à dénoncer toute tentative de pratiquer un prix inférieur au prix officiel en appelant le numéro vert mis à leur disposition. Des sanctions allant jusqu'au retrait d'agrément sont prévues contre les contrevenants.
p|Joint au téléphone, un responsable de coopérative de la région de la Nawa s'est dit « un peu déçu » par la baisse, tout en reconnaissant l'effort du gouvernement. « Nous comprenons que le marché a baissé, mais les intrants, eux, n'ont pas baissé », a-t-il fait remarquer.
p|La campagne intermédiaire, qui s'étend d'avril à septembre, représente en général entre 20 et 25 % de la production annuelle de cacao de la Côte d'Ivoire, premier producteur mondial.
signature|(AIP)
signature|kp/cmas
tags|Mots clés : cacao café prix bord champ campagne intermédiaire Conseil du café-cacao
comments|11 commentaires
comments|Réagir à cet article
comments|Vous devez être connecté pour commenter
comments|Planteur de Méagui
comments|il y a 1 heure
comments|2 600 c'est bien mais il faut que les pisteurs respectent ça. Chez nous on paie 2 200 souvent.
comments|Répondre
comments|Voir tous les commentaires
related|DANS LA MÊME RUBRIQUE
related|BRVM : l'indice composite en hausse de 0,8 % cette semaine
related|01/04/2026 à 16:30
related|Anacarde : ouverture de la campagne de commercialisation dans le Nord
related|31/03/2026 à 12:20
related|Électricité : la CIE annonce des travaux de maintenance à Yopougon
related|31/03/2026 à 09:47
most-read|LES PLUS LUS
most-read|Ligue 1 : l'ASEC Mimosas reprend la tête du championnat
teaser-list|Cacao : le prix bord champ fixé à 2 600 FCFA le kilo pour la campagne intermédiaire
most-read|Concours directs : les résultats de l'ENA disponibles
most-commented|LES PLUS COMMENTÉS
most-commented|Cherté de la vie : le gouvernement plafonne les prix de 10 produits
most-commented|Abidjan : le 4e pont fermé à la circulation ce week-end
video|VIDÉOS
video|Campagne intermédiaire : ce que disent les producteurs de Soubré
video|03:41
newsletter|Newsletter
newsletter|Recevez chaque jour l'essentiel de l'actualité ivoirienne
newsletter|Votre e-mail
newsletter|OK
app|Téléchargez l'application Infoplateau
app|Disponible sur Google Play - Disponible sur l'App Store
footer|Infoplateau.com - Site d'information générale édité par Plateau Médias SA, Abidjan
footer|Qui sommes-nous
footer|Publicité
footer|Mentions légales
footer|Contacts
copyright|© Copyright 2026 Infoplateau. Reproduction interdite sans autorisation.
cookie|Ce site utilise des cookies pour améliorer votre expérience. En poursuivant votre navigation, vous acceptez leur utilisation.
cookie|J'accepte
cookie|En savoir plus
"""),
 dict(id="newzimbabwe-style-1", site="newzimbabwe-style", lang="en", sep="\n", title="Harare council suspends water tariff hike after residents' court challenge", date="2026-02-04", page="""
timestamp|Wednesday, February 4, 2026
ticker|Trending
ticker|ZiG firms against US dollar on interbank market
ticker|Warriors coach names squad for AFCON qualifier
ticker|UK visa rules: What Zimbabwean carers need to know
social|Facebook Twitter Instagram YouTube
menu|ZIMNEWSNET
menu|Zimbabwe news, wherever you are
menu|Home
menu|News
menu|Politics
menu|Business
menu|Diaspora
menu|Sport
menu|Entertainment
menu|Opinion
menu|Health
menu|Video
menu|Contact
search|Search for:
ad|Advertisement
ad|Send money to Zimbabwe from the UK - Zero fees on your first transfer. Cash pick-up in Harare in minutes. Send now
h1|Harare council suspends water tariff hike after residents' court challenge
byline|By Tendai Mupfumira
byline|Senior Reporter
dateline|February 4, 2026
dateline|Last updated on February 4, 2026 3:12 pm
share|Spread the love
share|Facebook
share|Twitter
share|WhatsApp
share|Email
caption|Residents queue for water at a borehole in Budiriro (Picture by ZimNewsNet)
p|HARARE: The Harare City Council has suspended the implementation of a new water tariff that would have more than doubled residents' monthly bills, days after a ratepayers' association filed an urgent application at the High Court challenging the increase.
p|The new tariffs, approved at a full council meeting in January, were due to come into effect on February 1 and would have seen the fixed charge for a high-density household rise from ZiG 95 to ZiG 210 per month.
p|In a statement issued on Tuesday, town clerk Phineas Chikwanha said the council had decided to "hold in abeyance" the new charges to allow for "further consultations with stakeholders".
p|"Residents are advised that bills for February will be issued at the previous tariff. Council remains committed to improving water supply across the city," the statement read.
related-inline|RELATED: Budiriro residents go three weeks without tap water
p|The Combined Harare Residents Association (CHRA) had argued in court papers that the council failed to follow the procedure set out in the Urban Councils Act, which requires public notice and consideration of objections before any tariff increase.
p|The association also questioned why residents should pay more for a service many of them rarely receive. In suburbs such as Budiriro, Glen View and Mabvuku, taps have run dry for weeks at a time, forcing families to rely on boreholes and water bowsers.
ad|Advertisement
ad|Build your home in Zimbabwe while you live abroad. Stands in Ruwa from US$9,500. WhatsApp +263 77 000 0000
h2|'We pay for air'
p|CHRA spokesperson Grace Mudzingwa welcomed the suspension but said the association would not withdraw its application until council formally rescinded the resolution.
p|"People are paying for air. They are paying for empty pipes. You cannot double the bill when there is no water coming out of the tap," she told ZimNewsNet.
p|"We want the council to come back to the residents with a proper budget showing where the money goes. Until then, the case stays in court."
p|The council has long blamed its failure to supply clean water on ageing infrastructure at the Morton Jaffray treatment works and the high cost of water treatment chemicals, most of which are imported.
p|Council officials told ZimNewsNet that the city needs at least US$1.2 million a month for chemicals alone, but only collects about 40 percent of what residents are billed.
p|The High Court matter is set down for hearing on February 17.
whatsapp|Join ZimNewsNet on WhatsApp for breaking news. Click here
tags|Tags: CHRA Harare City Council Water
share|Share this:
share|Click to share on Facebook (Opens in new window)
share|Click to share on X (Opens in new window)
share|Click to share on WhatsApp (Opens in new window)
like|Like this:
like|Like Loading...
author-link|Tendai Mupfumira
author-link|More from Tendai Mupfumira
related|Related Posts
related|Chitungwiza residents protest over refuse collection
related|Mayor defends council's US$4m vehicle purchase
related|Cholera cases rise in Harare's western suburbs
comments|What do you think?
comments|0 Responses
comments|Upvote Funny Love Surprised Angry Sad
comments|0 Comments
comments|ZimNewsNet
comments|Login
comments|Start the discussion…
comments|Log in with
comments|or sign up with Disqus
comments|Be the first to comment.
comments|Subscribe Privacy Do Not Sell My Data
teaser-list|Latest News
teaser-list|ZiG firms against US dollar on interbank market
teaser-list|2 hours ago
teaser-list|Mnangagwa appoints new ambassador to the United Kingdom
teaser-list|3 hours ago
teaser-list|Bulawayo: Man jailed 15 years for stock theft
teaser-list|5 hours ago
ad|Advertisement
ad|Funeral cover for your family back home - From £6.99 a month. Repatriation included.
opinion|Opinion
opinion|Zimbabwe's brain drain is now a flood - and no one in government is counting
footer|ZimNewsNet
footer|ZimNewsNet is an independent news website published in London, covering Zimbabwe and the Zimbabwean diaspora.
footer|About Us
footer|Advertise
footer|Contact Us
footer|Privacy Policy
footer|Editorial Policy
copyright|© 2026 ZimNewsNet Media Ltd. All Rights Reserved.
back-to-top|Back to top button
"""),
 dict(id="newzimbabwe-style-2", site="newzimbabwe-style", lang="en", sep="\n", title="UK care visa crackdown leaves Zimbabwean nurses stranded with unpaid debts", date="2025-12-09", page="""
timestamp|Tuesday, December 9, 2025
ticker|Trending
ticker|Harare: Kombi fares up as fuel price rises
ticker|Dynamos unveil new coach ahead of 2026 season
ticker|Exam leak: ZIMSEC cancels O-Level maths paper
social|Facebook Twitter Instagram YouTube
menu|ZIMNEWSNET
menu|Zimbabwe news, wherever you are
menu|Home
menu|News
menu|Politics
menu|Business
menu|Diaspora
menu|Sport
menu|Entertainment
menu|Opinion
menu|Health
menu|Video
menu|Contact
search|Search for:
ad|Advertisement
ad|Send money to Zimbabwe from the UK - Zero fees on your first transfer. Cash pick-up in Bulawayo in minutes. Send now
section-label|Diaspora
h1|UK care visa crackdown leaves Zimbabwean nurses stranded with unpaid debts
byline|By Farai Ncube
byline|Diaspora Correspondent
dateline|December 9, 2025
share|Spread the love
share|Facebook
share|Twitter
share|WhatsApp
share|Email
caption|File picture: Care workers at a home in the West Midlands
alt-text|care-workers-uk.jpg
p|LONDON: Hundreds of Zimbabwean care workers in the United Kingdom are facing deportation or destitution after their sponsoring employers lost their licences in a Home Office crackdown on abuse of the health and care visa route.
p|Many of them say they paid agents in Harare and Bulawayo between US$5,000 and US$12,000 for jobs that either never existed or offered far fewer hours than promised.
p|Under UK immigration rules, workers whose sponsor's licence is revoked have 60 days to find a new sponsor or leave the country. Campaigners say finding a new employer in that time is almost impossible since the government closed the route to new overseas care workers earlier this year.
p|"I sold my late father's house in Mutare to pay the agent. I have been here 14 months and I have worked maybe four months in total," said Rutendo, a 34-year-old former nurse from Manicaland who now lives in Leicester.
p|"Now they tell me the company has lost its licence and I must go. Go back to what? I have nothing left at home."
related-inline|ALSO READ: Zimbabwean nurses top list of foreign health workers in UK
h2|Rogue agents
p|Community organisations in the Zimbabwean diaspora say they have received hundreds of calls for help in recent months.
p|Tinashe Moyo, coordinator of a support network for migrant care workers based in Birmingham, said most of the people affected had been recruited through unregistered agents who advertised on WhatsApp and Facebook.
p|"The pattern is always the same. An agent promises a job with a care company, the worker pays, arrives, and then finds there are no shifts. Some companies were set up only to sell certificates of sponsorship," he said.
p|Moyo said his network was advising affected workers to:
li|keep all receipts and messages exchanged with their agents;
li|report unlicensed recruiters to the Gangmasters and Labour Abuse Authority;
li|seek free advice from registered immigration advisers before signing anything;
li|avoid paying anyone who promises a new sponsorship for a fee.
ad|Advertisement
ad|UK Immigration Lawyers - Skilled worker visa refused? Free 15-minute consultation. Call 0800 000 0000
h2|Harare urged to act
p|In Zimbabwe, the Ministry of Public Service, Labour and Social Welfare said it was aware of the complaints and was working with the police to investigate recruitment agents operating without licences.
p|A ministry official, who declined to be named, said several cases had been referred for prosecution, but admitted that many agents had since disappeared or moved abroad.
p|Opposition legislators have called on government to set up a fund to help stranded workers return home, arguing that their remittances have helped keep thousands of families afloat.
p|The Home Office says it has revoked more than 450 sponsor licences in the care sector since July 2022, and that displaced workers are being given support to find new employment where possible.
p|For Rutendo, time is running out. Her 60 days end on January 20. "I pray every night," she said. "That is all I can do now."
signature|Additional reporting by Staff Reporter in Harare
whatsapp|Join ZimNewsNet on WhatsApp for breaking news. Click here
tags|Tags: Care workers Diaspora Home Office UK visas
share|Share this:
share|Click to share on Facebook (Opens in new window)
share|Click to share on X (Opens in new window)
share|Click to share on WhatsApp (Opens in new window)
like|Like this:
like|Like Loading...
author-link|Farai Ncube
author-link|More from Farai Ncube
related|Related Posts
related|Zimbabweans in UK urged to regularise status before rule change
related|South Africa extends Zimbabwe Exemption Permits for another year
related|Diaspora vote: Activists take fight to Constitutional Court
comments|What do you think?
comments|4 Responses
comments|Upvote Funny Love Surprised Angry Sad
comments|12 Comments
comments|ZimNewsNet
comments|Login
comments|Join the discussion…
comments|Sort by Best
comments|Mukoma Simba
comments|5 hours ago
comments|These agents are criminals, they are known and still walk free in Harare.
comments|Reply
comments|Load more comments
comments|Subscribe Privacy Do Not Sell My Data
teaser-list|Latest News
teaser-list|Harare: Kombi fares up as fuel price rises
teaser-list|1 hour ago
teaser-list|Gweru: Teachers threaten sit-in over allowances
teaser-list|4 hours ago
teaser-list|Zimbabwe's tobacco sales open on March 11
teaser-list|6 hours ago
ad|Advertisement
ad|Funeral cover for your family back home - From £6.99 a month. Body repatriation included.
opinion|Opinion
opinion|The diaspora keeps this country alive. Why does Harare treat us as strangers?
footer|ZimNewsNet
footer|ZimNewsNet is an independent news website published in London, covering Zimbabwe and the Zimbabwean diaspora.
footer|About Us
footer|Advertise
footer|Contact Us
footer|Privacy Policy
footer|Editorial Policy
copyright|© 2025 ZimNewsNet Media Ltd. All Rights Reserved.
back-to-top|Back to top button
"""),
]
