# Round 106: eight pages on four more layouts (a Mauritian French-language daily site, an English-language US-funded
# international broadcaster site covering Russia and Central Asia, a French defence-news blog, a pan-European
# English-language TV news site), written blind: without looking at the classifier, its rules or the benchmark,
# measured once. Each line: "label|text". Invented text; no real article is copied.
ROUND106 = [
 dict(id="le-mauricien-daily-style-1", site="le-mauricien-daily-style", lang="fr", sep="\n", title="Sécheresse : la CWA impose des coupures nocturnes dans les Plaines-Wilhems dès lundi", date="2026-02-10", page="""
timestamp|Mardi 10 février 2026
weather|Port-Louis 31°C Ensoleillé
ticker|Euro : Rs 53,20 • Dollar US : Rs 45,65 • Roupie indienne : Rs 0,53
account|Se connecter
subscribe|S'abonner
epaper|Édition numérique
menu|L'Insulaire.mu
menu|Quand l'info est locale, elle est chez nous
menu|Actualités
menu|Politique
menu|Économie
menu|Société
menu|Faits divers
menu|Sports
menu|Monde
menu|Idées
menu|Rodrigues
menu|Vidéos
menu|Radio
search|Rechercher
breaking|EN CONTINU • Trafic perturbé sur l'autoroute M1 à hauteur de Pailles après un accrochage impliquant trois véhicules
ad|Publicité
ad|MCB Juice : payez vos factures CWA en un clic
breadcrumb|Accueil › Société › Environnement
section-label|[ Eau potable ]
h1|Sécheresse : la CWA impose des coupures nocturnes dans les Plaines-Wilhems dès lundi
lead|Avec un taux de remplissage de 41 % à Mare-aux-Vacoas, la Central Water Authority durcit son plan de distribution. Curepipe, Vacoas-Phoenix, Quatre-Bornes et une partie de Moka sont concernées.
byline|Par Priya Ramsamy
dateline|10 février 2026, 17:45
comments|[ 14 ]
share|Facebook • WhatsApp • X • Imprimer • Envoyer
font|A- A A+
caption|Le réservoir de Mare-aux-Vacoas, principale source d'eau potable du centre de l'île, affichait un niveau préoccupant ce mardi matin.
credit|© Rajen Lutchmun
p|Les robinets resteront à sec la nuit dans une bonne partie des Plaines-Wilhems. La Central Water Authority (CWA) a annoncé, ce mardi après-midi, l'entrée en vigueur d'un nouvel horaire de distribution à partir du lundi 16 février, alors que les principaux réservoirs du centre de l'île peinent à se remplir en pleine saison des pluies.
p|Selon les chiffres communiqués par l'organisme, le réservoir de Mare-aux-Vacoas n'était rempli qu'à 41,2 % ce matin, contre 78 % à la même période l'an dernier. La Nicolière, qui alimente le Nord, affiche 52 %, tandis que Mare-Longue plafonne à 38 %. Seul le barrage de Midlands, à 64 %, offre un semblant de répit.
p|« Nous ne pouvons pas attendre que la situation devienne critique. Il faut gérer les réserves dès maintenant pour tenir jusqu'aux premières pluies d'hiver », a déclaré le directeur général de la CWA lors d'un point de presse tenu à Saint-Paul, Phoenix.
ad|Publicité
read-also|Lire aussi : Barrage de Rivière-des-Anguilles : le chantier à nouveau retardé
h2|Les nouveaux horaires
p|L'eau sera coupée chaque soir et rétablie tôt le matin, selon le calendrier suivant :
li|Curepipe, Forest-Side et Floréal : de 5 heures à 19 heures
li|Vacoas-Phoenix et Henrietta : de 4 h 30 à 18 h 30
li|Quatre-Bornes, Rose-Hill et Beau-Bassin : de 5 heures à 20 heures
li|Moka, Saint-Pierre et Camp-Thorel : de 5 h 30 à 19 h 30
p|Les hôpitaux, les cliniques et les casernes de pompiers ne sont pas concernés par ces restrictions. La CWA assure que des camions-citernes seront déployés dans les zones en hauteur, où la pression est souvent insuffisante même en temps normal.
h2|« Il n'a presque pas plu en janvier »
p|Du côté des Mauritius Meteorological Services, on confirme un déficit pluviométrique important. Le centre de l'île n'a reçu que 46 % de sa pluviométrie normale de janvier, selon la station de Vacoas. « L'été austral a été particulièrement sec et aucun système cyclonique n'est venu arroser l'île », explique un prévisionniste.
p|Le ministre de l'Énergie et des Services publics a, de son côté, appelé la population à « un usage responsable » de l'eau. Il rappelle que l'arrosage des jardins et le lavage des voitures au tuyau sont interdits jusqu'à nouvel ordre, sous peine d'une amende pouvant atteindre Rs 10 000.
p|Sur le terrain, les habitants n'ont pas attendu l'annonce officielle pour s'organiser. À Vacoas, plusieurs familles rencontrées ce mardi disent déjà stocker l'eau dans des fûts et des bassines. « Depuis une semaine, l'eau arrive à 23 heures et repart à 4 heures. On remplit tout ce qu'on peut », témoigne Shalini, mère de trois enfants à Henrietta.
p|Les planteurs de légumes de la région s'inquiètent eux aussi. Plusieurs d'entre eux craignent une hausse des prix des légumes sur les marchés de Quatre-Bornes et de Vacoas dans les semaines à venir si la situation ne s'améliore pas.
p|La CWA indique qu'un nouveau point de la situation sera fait vendredi. Elle n'exclut pas d'étendre les coupures au Nord si le niveau de La Nicolière continue de baisser.
tip|Une info, une photo, une vidéo ? Envoyez-les-nous sur WhatsApp au 5 940 00 00
tags|Mots-clés :
tags|CWA
tags|Sécheresse
tags|Mare-aux-Vacoas
tags|Plaines-Wilhems
share|Partager cet article
comments|Commentaires (14)
comments|Soumis par Jean-Claude R. le 10 février 2026 à 18:12
comments|Chaque année c'est la même chanson. Depuis 20 ans on parle de nouveaux réservoirs et rien ne sort de terre.
comments|Répondre
comments|Soumis par Anishta le 10 février 2026 à 18:40
comments|À Floréal on n'a déjà plus d'eau après 17 heures depuis dimanche. Merci pour l'info.
comments|Répondre
comments|Voir les 12 autres commentaires
comments|Vous devez être connecté pour poster un commentaire.
ad|Publicité
related|Dans la même rubrique
related|Environnement : une nouvelle aire marine protégée proposée au large de Blue-Bay
related|Il y a 3 heures
related|Déchets : la décharge de Mare-Chicose arrive à saturation plus tôt que prévu
related|Il y a 6 heures
related|Électricité : le CEB promet moins de délestages pendant le Ramadan
related|Hier à 16:20
most-read|Les plus lus
most-read|Les plus commentés
most-read|1. Pension de vieillesse : ce qui change pour les nouveaux bénéficiaires en mars
most-read|2. Grand-Baie : un restaurant de plage fermé par les autorités sanitaires
most-read|3. Football : le Club M battu par les Comores en match amical
newsletter|Recevez l'essentiel de l'actualité mauricienne chaque matin
newsletter|Votre adresse e-mail
newsletter|S'inscrire
app|Téléchargez l'application L'Insulaire sur Google Play et l'App Store
network|Nos publications : L'Insulaire • Dimanche Plus • Business Week • Radio Océan FM
footer|Qui sommes-nous
footer|Contactez-nous
footer|Publicité
footer|Charte des commentaires
footer|Conditions d'utilisation
copyright|© 2026 L'Insulaire — La Vigie Ltée, Port-Louis. Tous droits réservés.
cookie|Ce site utilise des cookies pour améliorer votre expérience de navigation.
cookie|J'accepte
cookie|En savoir plus
"""),
 dict(id="le-mauricien-daily-style-2", site="le-mauricien-daily-style", lang="fr", sep="\n", title="Drogue synthétique : trois suspects arrêtés à Roche-Bois, une saisie estimée à Rs 14 millions", date="2026-03-04", page="""
timestamp|Mercredi 4 mars 2026
weather|Port-Louis 30°C Averses isolées
ticker|Euro : Rs 53,05 • Dollar US : Rs 45,70 • Roupie indienne : Rs 0,53
account|Se connecter
subscribe|S'abonner
epaper|Édition numérique
menu|L'Insulaire.mu
menu|Quand l'info est locale, elle est chez nous
menu|Actualités
menu|Politique
menu|Économie
menu|Société
menu|Faits divers
menu|Sports
menu|Monde
menu|Idées
menu|Rodrigues
menu|Vidéos
menu|Radio
search|Rechercher
breaking|EN CONTINU • Avis de fortes pluies : les écoles fermeront à midi dans le Sud
ad|Publicité
breadcrumb|Accueil › Faits divers
section-label|[ ADSU ]
h1|Drogue synthétique : trois suspects arrêtés à Roche-Bois, une saisie estimée à Rs 14 millions
lead|Une opération menée à l'aube par l'Anti-Drug and Smuggling Unit a permis de mettre la main sur près de deux kilos de cannabinoïdes synthétiques. Parmi les suspects, un employé portuaire de 34 ans.
byline|Par Kevin Lafleur
dateline|4 mars 2026, 11:20
comments|[ 6 ]
share|Facebook • WhatsApp • X • Imprimer • Envoyer
font|A- A A+
video|VIDÉO
video|Les images de l'opération de l'ADSU à Roche-Bois
video|01:58
video|Lecture
p|Il était à peine 5 heures ce mercredi lorsque les hommes de l'Anti-Drug and Smuggling Unit (ADSU) ont encerclé une maison de l'impasse des Lataniers, à Roche-Bois. L'opération, préparée depuis plusieurs semaines, a abouti à l'arrestation de trois hommes âgés de 27 à 41 ans et à la saisie de 1,9 kilo de drogue synthétique, dont la valeur marchande est estimée à Rs 14 millions.
p|Selon nos informations, les enquêteurs ont découvert la marchandise dissimulée dans des boîtes de conserve scellées, rangées dans un congélateur. Une somme de Rs 386 000 en liquide, deux balances électroniques et plusieurs téléphones portables ont également été saisis.
p|Parmi les suspects figure un employé portuaire de 34 ans, habitant Cité-La-Cure. Les enquêteurs cherchent à établir s'il a pu faciliter la sortie de colis du port franc. Les deux autres, des frères domiciliés à Roche-Bois, sont déjà connus des services de police pour des affaires de vol.
ad|Publicité
read-also|Lire aussi : « Sintetik » : les admissions en centre de désintoxication ont doublé en deux ans
h2|Une filière venue de l'étranger ?
p|Pour l'ADSU, la piste d'une importation par voie maritime est privilégiée. « La substance est fabriquée à l'étranger sous forme liquide, puis pulvérisée localement sur des feuilles séchées avant d'être revendue en petits sachets », explique un officier de l'unité, qui a requis l'anonymat.
p|Un sachet se vend entre Rs 200 et Rs 500 dans les quartiers de la capitale, ce qui rend cette drogue particulièrement accessible aux jeunes. Les travailleurs sociaux de la région ne cessent d'alerter sur ses ravages.
p|« Nous voyons arriver des adolescents de 14 ou 15 ans, en crise, parfois inconscients. Certains ont des séquelles durables », confie une éducatrice d'une ONG active à Roche-Bois et à Sainte-Croix.
h2|Comparution devant le tribunal de Port-Louis
p|Les trois suspects ont été conduits aux locaux de l'ADSU, aux Casernes centrales, où ils ont été interrogés en présence de leurs avocats. Ils devaient comparaître dans l'après-midi devant le tribunal de Port-Louis sous une charge provisoire de trafic de drogue. La police a objecté à leur remise en liberté conditionnelle.
p|Depuis le début de l'année, l'ADSU revendique plus de 180 arrestations liées aux drogues synthétiques à travers l'île. Le commissaire de police avait promis, en janvier, de « frapper fort » contre les réseaux qui ciblent les plus jeunes.
p|L'enquête se poursuit afin d'identifier d'éventuels complices, notamment à l'étranger.
tip|Une info, une photo, une vidéo ? Envoyez-les-nous sur WhatsApp au 5 940 00 00
tags|Mots-clés :
tags|ADSU
tags|Drogue synthétique
tags|Roche-Bois
tags|Port-Louis
share|Partager cet article
comments|Commentaires (6)
comments|Soumis par Vikash le 4 mars 2026 à 12:02
comments|Bravo à l'ADSU. Mais ce sont toujours les petits qui tombent, jamais les gros poissons.
comments|Répondre
comments|Soumis par Marie-Claire L. le 4 mars 2026 à 12:47
comments|Il faut surtout plus de centres pour soigner nos jeunes.
comments|Répondre
comments|Voir les 4 autres commentaires
comments|Vous devez être connecté pour poster un commentaire.
ad|Publicité
related|Dans la même rubrique
related|Flacq : un motocycliste de 19 ans perd la vie dans une collision
related|Il y a 1 heure
related|Vol chez un bijoutier de Rose-Hill : deux arrestations
related|Il y a 4 heures
related|Triolet : un incendie ravage une quincaillerie
related|Hier à 21:05
most-read|Les plus lus
most-read|Les plus commentés
most-read|1. Budget 2026-27 : le ministre des Finances reçoit les syndicats
teaser-list|2. Drogue synthétique : trois suspects arrêtés à Roche-Bois, une saisie estimée à Rs 14 millions
most-read|3. Métro Express : la fréquence réduite le dimanche à partir d'avril
newsletter|Recevez l'essentiel de l'actualité mauricienne chaque matin
newsletter|Votre adresse e-mail
newsletter|S'inscrire
app|Téléchargez l'application L'Insulaire sur Google Play et l'App Store
network|Nos publications : L'Insulaire • Dimanche Plus • Business Week • Radio Océan FM
footer|Qui sommes-nous
footer|Contactez-nous
footer|Publicité
footer|Charte des commentaires
footer|Conditions d'utilisation
copyright|© 2026 L'Insulaire — La Vigie Ltée, Port-Louis. Tous droits réservés.
cookie|Ce site utilise des cookies pour améliorer votre expérience de navigation.
cookie|J'accepte
cookie|En savoir plus
"""),
 dict(id="rferl-style-1", site="rferl-style", lang="en", sep="\n", title="Kazakh Journalist Sentenced To Five Years Over Reports On Flood-Relief Spending", date="2026-02-17", page="""
skip-link|Skip to main content
skip-link|Skip to main Navigation
skip-link|Skip to Search
menu|Next
menu|Close
search|Search
menu|Previous
menu|Next
breaking|Breaking News
menu|Radio Liberty Eurasia
lang-switch|Languages
search|Search
watch|Live
search|Search
menu|Previous
menu|Next
menu|Home
menu|Russia
menu|Ukraine
menu|Central Asia
menu|South Caucasus
menu|Belarus
menu|Balkans
menu|Iran
menu|Afghanistan
menu|Wider Europe
menu|Investigations
menu|Podcasts
menu|Newsletters
section-label|Kazakhstan
h1|Kazakh Journalist Sentenced To Five Years Over Reports On Flood-Relief Spending
byline|By Aigerim Sadykova
dateline|February 17, 2026 11:42 GMT
share|Share
share|Print
comments|Comments
caption|Journalist Daniyar Omarov in the courtroom in Oral on February 17.
video|No media source currently available
video|0:00 0:01:37 0:00
video|Download
video|Embed
video|The code has been copied to your clipboard.
video|width px height px
share|Share on Facebook
share|Share on Twitter
share|The URL has been copied to your clipboard
p|A court in western Kazakhstan has sentenced an independent journalist to five years in prison after finding him guilty of "disseminating knowingly false information" in a series of reports questioning how regional officials spent money allocated to help victims of the 2024 floods.
p|The Oral City Court on February 17 handed the sentence to Daniyar Omarov, 38, the founder of the Telegram-based news channel Zhaiyq Zhanalary, which has about 60,000 subscribers. Prosecutors had asked for six years.
p|Omarov, who has been in pretrial detention since October, rejected the charge and said in his final statement that every figure he published came from official procurement records.
p|"I did not invent anything. I compared what was promised to families who lost their homes with what was actually paid to contractors. If that is a crime, then journalism is a crime," he told the court, according to his lawyer, Saule Bekova.
read-also|SEE ALSO:
read-also|Kazakh Parliament Approves Bill Tightening Rules On Online Media
p|The case centers on a series of posts published in the summer of 2025 alleging that several companies linked to relatives of local officials received contracts to build replacement housing at prices well above market rates, and that dozens of the houses were left unfinished.
p|Regional authorities in West Kazakhstan said the reports damaged the "business reputation" of state bodies and contained figures taken out of context. An expert examination commissioned by investigators concluded that the posts contained "signs of false information."
p|Bekova said the defense was not allowed to question the expert and that the court refused to admit documents showing that a state audit had itself found irregularities in the housing program.
h2|'Chilling Signal'
p|Rights groups condemned the verdict. The Committee to Protect Journalists called on Kazakh authorities to release Omarov immediately and said the case sends "a chilling signal to every reporter who looks into how public money is spent."
p|Kazakhstan's Criminal Code article on spreading false information, which carries up to seven years in prison in cases deemed to have caused serious harm, has been repeatedly criticized by international organizations as too broad and open to abuse.
p|Press-freedom watchdogs say at least four other journalists and bloggers in Kazakhstan currently face charges under the same article.
p|President Qasym-Zhomart Toqaev has repeatedly promised to build a "listening state" and has said that criticism of officials should not be punished. But critics say regional authorities continue to use criminal law to silence local reporters.
p|Omarov's lawyer said he would appeal.
signature|Written by Aigerim Sadykova based on reporting by RLE's Kazakh Service
author-bio|Aigerim Sadykova, Central Asia Correspondent
author-bio|Aigerim Sadykova is a correspondent for Radio Liberty Eurasia covering Kazakhstan and Kyrgyzstan. She is based in Almaty.
newsletter|The Week In Central Asia
newsletter|A weekly roundup of the news from Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan, and Uzbekistan, with analysis from our correspondents.
newsletter|Subscribe
comments|Comment Policy
comments|Show comments
related|Related
related|Kazakh Activist Jailed For 'Inciting Discord' After Posts About Land Sales
related|Almaty Court Fines News Site Over Report On Police Raid
related|Western Kazakhstan Flood Victims Still Waiting For New Homes Two Years On
teaser-list|Latest
teaser-list|Kyrgyz Border Guards Detain Four After Shootout On Tajik Frontier
teaser-list|February 17, 2026
teaser-list|Russian Drone Strike Cuts Power To Parts Of Kharkiv
teaser-list|February 17, 2026
teaser-list|Uzbek Migrant Workers Report Rising Raids In Moscow Region
teaser-list|February 16, 2026
podcast|Majlis Podcast
podcast|Central Asia's Water Wars: Who Controls The Rivers?
listen|Listen
most-read|Most Popular
most-read|1 Russia Expands 'Foreign Agent' Law To Cover Relatives Abroad
most-read|2 In Remote Tajik Valley, Families Wait For Sons Who Went To Fight
teaser-list|3 Kazakh Journalist Sentenced To Five Years Over Reports On Flood-Relief Spending
footer|Radio Liberty Eurasia
footer|About RLE
footer|Contact Us
footer|Careers
footer|Press Room
footer|Corrections
footer|Terms Of Use
footer|Privacy Policy
footer|Cookie Settings
lang-switch|RLE's Language Services
lang-switch|Azerbaijani Azərbaycanca
lang-switch|Belarusian Беларуская
lang-switch|Kazakh Қазақша
lang-switch|Kyrgyz Кыргызча
lang-switch|Russian Русский
lang-switch|Tajik Тоҷикӣ
lang-switch|Turkmen Türkmençe
lang-switch|Uzbek O'zbekcha
copyright|Copyright (c) 2026 Radio Liberty Eurasia, Inc. All Rights Reserved.
"""),
 dict(id="rferl-style-2", site="rferl-style", lang="en", sep="\n", title="Uzbekistan Raises Electricity Prices Again As Winter Shortages Bite", date="2026-01-22", page="""
skip-link|Skip to main content
skip-link|Skip to main Navigation
skip-link|Skip to Search
menu|Next
menu|Close
search|Search
menu|Previous
menu|Next
breaking|Breaking News
menu|Radio Liberty Eurasia
lang-switch|Languages
search|Search
watch|Live
search|Search
menu|Previous
menu|Next
menu|Home
menu|Russia
menu|Ukraine
menu|Central Asia
menu|South Caucasus
menu|Belarus
menu|Balkans
menu|Iran
menu|Afghanistan
menu|Wider Europe
menu|Investigations
menu|Podcasts
menu|Newsletters
section-label|Uzbekistan
h1|Uzbekistan Raises Electricity Prices Again As Winter Shortages Bite
byline|By Farrukh Yusupov and Timur Rakhimov
dateline|January 22, 2026 14:05 GMT
dateline|Updated January 22, 2026 18:30 GMT
share|Share
share|Print
comments|Comments
caption|Residents of a Tashkent suburb cook on an outdoor stove during a power outage in January. (file photo)
p|Uzbek authorities have announced a second increase in household electricity and gas prices in less than a year, saying the move is needed to fund the repair of an aging grid that has struggled to cope with a cold winter and rising demand.
p|Under a presidential decree published on January 22, the price of electricity for households will rise by about 20 percent from March 1, while the price of natural gas will go up by 15 percent. Prices for businesses will increase by a larger margin.
p|The government said a "social norm" would protect low-consumption households. Families using less than a set monthly amount will continue to pay the lower rate, while anything above it will be billed at the new price.
read-also|SEE ALSO:
read-also|Blackouts Return To Kyrgyzstan As Toktogul Reservoir Runs Low
h2|New Tariffs
p|According to the decree, the new monthly prices will be:
li|Electricity up to 200 kilowatt-hours: 600 sums per kWh (unchanged)
li|Electricity above 200 kilowatt-hours: 1,200 sums per kWh, up from 1,000
li|Natural gas up to 500 cubic meters: 1,000 sums per cubic meter (unchanged)
li|Natural gas above 500 cubic meters: 1,700 sums per cubic meter, up from 1,500
p|The increase comes after weeks of rolling blackouts in several regions, including Samarkand, Ferghana, and Karakalpakstan, where temperatures have fallen well below freezing. Residents in some districts told RLE's Uzbek Service that they had gone without gas for days and had resorted to burning coal and wood.
p|"We pay more, and we still sit in the dark in the evenings," said a teacher in the city of Kokand, who asked that her name not be used for fear of reprisals. "Nobody explains to us when it will get better."
h2|Reform Or Burden?
p|The Energy Ministry says tariffs have long been set below the cost of production and that the sector cannot attract investment without higher prices. International lenders, including the World Bank and the Asian Development Bank, have backed the reform and are financing new power plants and grid upgrades.
p|Independent economists say the policy makes sense on paper but warn that wages have not kept pace with prices. "For a family in the regions, a 20 percent rise in the winter bill is not a small thing," said Tashkent-based economist Bakhrom Ismoilov. "The social norm helps, but only if metering is accurate, and in many villages it is not."
p|Uzbekistan, Central Asia's most populous country with some 37 million people, has been a net importer of gas in winter for several years despite its own large reserves, as domestic consumption has outgrown production.
p|The Energy Ministry said the additional revenue would go toward replacing 8,000 kilometers of power lines and installing smart meters in every household by the end of 2027.
signature|With reporting by RLE's Uzbek Service
video|Power Cuts Leave Uzbek Villagers Without Heat
video|No media source currently available
video|0:00 0:02:48 0:00
video|Download
video|Embed
video|The code has been copied to your clipboard.
video|width px height px
share|Share on Facebook
share|Share on Twitter
share|The URL has been copied to your clipboard
author-bio|Farrukh Yusupov, Senior Correspondent
author-bio|Farrukh Yusupov is a senior correspondent for RLE's Uzbek Service.
newsletter|The Week In Central Asia
newsletter|A weekly roundup of the news from Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan, and Uzbekistan, with analysis from our correspondents.
newsletter|Subscribe
comments|Comment Policy
comments|Show comments
related|Related
related|Tajikistan Limits Electricity To Three Hours A Day In Some Regions
related|Kazakhstan, Uzbekistan Sign Deal On Joint Hydropower Plant
teaser-list|Latest
teaser-list|Georgian Opposition Leader Detained After Tbilisi Protest
teaser-list|January 22, 2026
teaser-list|Turkmen Students Abroad Report New Travel Restrictions
teaser-list|January 22, 2026
teaser-list|Russian Court Jails Siberian Teacher Over Anti-War Posts
teaser-list|January 21, 2026
podcast|Majlis Podcast
podcast|Is Russia Losing Its Grip On Central Asia's Energy Sector?
listen|Listen
most-read|Most Popular
most-read|1 Inside The Shadow Fleet: How Sanctioned Tankers Slip Past Europe
most-read|2 Belarusian Political Prisoner Released After Five Years, Flown To Vilnius
most-read|3 Kyrgyz Officials Detained In Probe Into Customs Bribes
footer|Radio Liberty Eurasia
footer|About RLE
footer|Contact Us
footer|Careers
footer|Press Room
footer|Corrections
footer|Terms Of Use
footer|Privacy Policy
footer|Cookie Settings
lang-switch|RLE's Language Services
lang-switch|Azerbaijani Azərbaycanca
lang-switch|Belarusian Беларуская
lang-switch|Kazakh Қазақша
lang-switch|Kyrgyz Кыргызча
lang-switch|Russian Русский
lang-switch|Tajik Тоҷикӣ
lang-switch|Turkmen Türkmençe
lang-switch|Uzbek O'zbekcha
copyright|Copyright (c) 2026 Radio Liberty Eurasia, Inc. All Rights Reserved.
"""),
 dict(id="opex360-blog-style-1", site="opex360-blog-style", lang="fr", sep="\n", title="L'armée de Terre va commander 2 000 munitions téléopérées supplémentaires pour ses régiments d'infanterie", date="2026-02-12", page="""
skip-link|Aller au contenu
menu|Théâtre d'Opérations
menu|L'actualité de la défense, sans filtre
menu|Accueil
menu|Armée de Terre
menu|Marine nationale
menu|Armée de l'Air & de l'Espace
menu|Forces spéciales
menu|Renseignement
menu|Industrie
menu|Géopolitique
menu|Dissuasion
menu|Cyber
menu|À propos
search|Rechercher…
ad|Publicité
h1|L'armée de Terre va commander 2 000 munitions téléopérées supplémentaires pour ses régiments d'infanterie
byline|Par Julien Marchetti · 12 février 2026 · Armée de Terre, Industrie
comments|142 commentaires
p|Il y a encore trois ans, la munition téléopérée [MTO] n'était qu'une ligne parmi d'autres dans les documents de planification de l'armée de Terre. Depuis, la guerre en Ukraine est passée par là… et le sujet est devenu l'une des priorités de l'état-major. Ce qui explique la décision annoncée ce 12 février par la Direction générale de l'armement [DGA].
p|En effet, selon un communiqué publié dans la matinée, la DGA s'apprête à notifier une commande de 2 000 munitions téléopérées de courte portée supplémentaires, destinées en priorité aux sections d'infanterie. Le montant du contrat n'a pas été précisé. Mais, d'après une source industrielle, il serait de l'ordre de 90 millions d'euros.
p|Pour rappel, deux industriels français avaient été retenus en 2023 pour développer des MTO dans le cadre d'un projet conduit par l'Agence de l'innovation de défense [AID]. Le premier concept, d'une portée d'environ 5 km, doit permettre à un groupe de combat de neutraliser un véhicule léger ou une position retranchée. Le second, plus lourd, doit pouvoir frapper à 50 km un char ou un système d'artillerie.
ad|Publicité
p|La commande annoncée concerne le premier modèle. Après une campagne d'évaluation menée à l'automne 2025 au camp de Canjuers puis en Estonie, dans le cadre de la mission Lynx, les premiers retours des unités ont été jugés « très encourageants ». « Le fantassin dispose désormais d'une capacité de frappe au-delà de la vue directe, qu'il met en œuvre lui-même, en quelques minutes », a résumé un officier du 1er régiment d'infanterie, cité par le communiqué.
p|Cela étant, des ajustements ont été demandés. Les retours d'expérience ont notamment pointé la vulnérabilité de la liaison de données face au brouillage, ainsi que le poids de l'ensemble [munition, tube de lancement et station de contrôle], jugé excessif pour un fantassin débarqué. L'industriel aurait ainsi réduit la masse du système d'environ 20 %.
p|« Nous avons tiré toutes les leçons du front ukrainien. Un drone qui ne résiste pas à la guerre électronique ne sert à rien », a fait valoir le délégué général pour l'armement, lors d'une audition au Sénat, fin janvier.
p|Reste la question de la cadence. La loi de programmation militaire 2024-30 prévoyait initialement l'acquisition de « plusieurs milliers » de MTO d'ici la fin de la décennie. Or, l'expérience ukrainienne montre que de telles munitions se consomment par dizaines de milliers chaque mois. D'où l'insistance de l'état-major pour que les industriels soient en mesure de monter rapidement en puissance si nécessaire.
p|Selon le ministère des Armées, les premières livraisons sont attendues à l'été 2026. Et les 2 000 exemplaires devraient avoir été livrés d'ici la fin de l'année 2027. Par ailleurs, la DGA a indiqué qu'une version « longue portée » devrait être qualifiée en 2027.
credit|Photo : armée de Terre
share|Partager :
share|Cliquez pour partager sur Facebook(ouvre dans une nouvelle fenêtre) Facebook
share|Cliquez pour partager sur X(ouvre dans une nouvelle fenêtre) X
share|Cliquez pour partager sur LinkedIn(ouvre dans une nouvelle fenêtre) LinkedIn
share|Cliquez pour envoyer un lien par e-mail à un ami(ouvre dans une nouvelle fenêtre) E-mail
like|J'aime ça :
like|J'aime chargement…
related|Sur le même thème
related|Drones : l'armée de Terre veut former 1 000 télépilotes par an d'ici 2027
related|4 janvier 2026
related|Dans « Armée de Terre »
related|La DGA notifie la commande de 40 canons CAESAR MkII supplémentaires
related|18 novembre 2025
related|Dans « Industrie »
related|Guerre électronique : un nouveau brouilleur pour protéger les convois
related|2 octobre 2025
related|Dans « Armée de Terre »
tags|Étiquettes : DGA, drones, infanterie, LPM, munitions téléopérées
nav|Navigation des articles
nav|← Précédent : La Marine nationale a réceptionné sa troisième frégate de défense et d'intervention
nav|Suivant : Rafale F5 : le premier vol d'essai est prévu pour 2027 →
comments|142 contributions
comments|Patrouilleur dit :
comments|12 février 2026 à 9 h 14 min
comments|2 000, c'est la consommation d'une semaine sur un seul secteur du front en Ukraine. On reste dans l'échantillon.
comments|Répondre
comments|Vieux Marsouin dit :
comments|12 février 2026 à 9 h 37 min
comments|Au moins ça avance. Il y a cinq ans on débattait encore pour savoir si les drones armés étaient « éthiques ».
comments|Répondre
comments|Charles M. dit :
comments|12 février 2026 à 10 h 02 min
comments|Et les tubes de lancement, ils sont fabriqués où ? Parce que si c'est encore un sous-ensemble importé…
comments|Répondre
read-more|Charger plus de commentaires
comments|Laisser un commentaire Annuler la réponse
comments|Vous devez être connecté pour publier un commentaire.
donate|Soutenir Théâtre d'Opérations
donate|Ce blog est indépendant et sans abonnement. Vous pouvez le soutenir par un don ponctuel ou mensuel.
donate|Faire un don
newsletter|Recevez les nouveaux articles par e-mail
newsletter|Adresse e-mail
newsletter|S'abonner
sidebar|Articles récents
sidebar|Mer Rouge : la frégate Alsace a abattu deux drones lancés depuis le Yémen
sidebar|L'Allemagne va acquérir 15 F-35A supplémentaires
sidebar|Mali : Bamako annonce avoir repris le contrôle de Kidal… une nouvelle fois
sidebar|Archives
sidebar|Sélectionner un mois
copyright|© 2026 Théâtre d'Opérations — Tous droits réservés. Reproduction interdite sans autorisation.
footer|Fièrement propulsé par WordPress
"""),
 dict(id="opex360-blog-style-2", site="opex360-blog-style", lang="fr", sep="\n", title="Une frégate de la Marine nationale a pisté un sous-marin russe pendant quatre jours entre la Manche et le golfe de Gascogne", date="2026-03-19", page="""
skip-link|Aller au contenu
menu|Théâtre d'Opérations
menu|L'actualité de la défense, sans filtre
menu|Accueil
menu|Armée de Terre
menu|Marine nationale
menu|Armée de l'Air & de l'Espace
menu|Forces spéciales
menu|Renseignement
menu|Industrie
menu|Géopolitique
menu|Dissuasion
menu|Cyber
menu|À propos
search|Rechercher…
ad|Publicité
h1|Une frégate de la Marine nationale a pisté un sous-marin russe pendant quatre jours entre la Manche et le golfe de Gascogne
byline|Par Julien Marchetti · 19 mars 2026 · Marine nationale, Russie
comments|67 commentaires
p|Ces derniers mois, les passages de navires militaires russes dans la Manche se sont multipliés, le plus souvent pour escorter des pétroliers de la « flotte fantôme » ou des cargos faisant la navette entre la Baltique et la Méditerranée. Mais celui qui vient d'être signalé par la préfecture maritime de l'Atlantique [PREMAR] sort un peu de l'ordinaire.
p|En effet, selon un communiqué diffusé ce 19 mars, une frégate multimissions [FREMM] de la Marine nationale a suivi, du 13 au 17 mars, un sous-marin d'attaque russe de type Kilo amélioré, qui naviguait en surface depuis la mer du Nord, comme l'y oblige le droit international dans le pas de Calais. Seulement, après avoir dépassé le cap de la Hague, le submersible a plongé…
p|Commence alors ce que la PREMAR décrit comme une « traque discrète et continue ». Avec l'appui d'un avion de patrouille maritime Atlantique 2 et d'un hélicoptère NH90 Caïman embarqué, la frégate a maintenu le contact avec le sous-marin pendant près de 96 heures, jusqu'à ce que celui-ci refasse surface au large du cap Finisterre, où il a été « pris en compte » par la marine espagnole.
ad|Publicité
p|« Ce type de mission exige une coordination très fine entre les moyens aériens et navals. Le sonar remorqué de la frégate et les bouées acoustiques larguées par l'Atlantique 2 ont permis de ne jamais perdre la trace du bâtiment », a expliqué un officier de la Force d'action navale, cité par Ouest-Maritime [*].
p|Pour rappel, la marine russe aligne actuellement six sous-marins de ce type au sein de sa flotte de la mer Noire. Mais, depuis la fermeture des détroits turcs aux navires de guerre des belligérants, décidée par Ankara au début de l'invasion de l'Ukraine, ceux qui se trouvaient en Méditerranée ne peuvent plus rejoindre leur port d'attache de Sébastopol… ni d'ailleurs celui de Novorossiisk. D'où des transits réguliers vers la Baltique, où ils sont entretenus, puis un retour vers la base syrienne de Tartous… du moins tant que celle-ci reste disponible pour Moscou.
p|Cela étant, la plongée du sous-marin dans les eaux sous responsabilité française ne constitue pas une infraction en soi, puisqu'il se trouvait hors des eaux territoriales. Mais elle témoigne d'une volonté de « tester » les capacités de lutte anti-sous-marine des pays de l'Otan, estime-t-on à Brest.
p|Pour l'état-major de la Marine, cet épisode confirme en tout cas la pertinence de ses choix. « La lutte anti-sous-marine redevient une mission centrale. Nous devons disposer de suffisamment de frégates, d'avions de patrouille maritime et d'hélicoptères pour assurer une présence permanente dans nos approches », a récemment plaidé le chef d'état-major de la Marine devant les députés.
p|Or, ce format est déjà tendu. Avec huit FREMM et, à terme, cinq frégates de défense et d'intervention [FDI], la Marine nationale ne disposera que de quinze frégates de premier rang, soit le minimum fixé par le Livre blanc de 2013. Quant aux Atlantique 2, leur disponibilité reste un sujet de préoccupation, en attendant l'arrivée de leur successeur, qui n'est pas attendu avant le milieu des années 2030.
p|[*] Le nom du bâtiment français n'a pas été communiqué.
credit|Photo : Marine nationale
share|Partager :
share|Cliquez pour partager sur Facebook(ouvre dans une nouvelle fenêtre) Facebook
share|Cliquez pour partager sur X(ouvre dans une nouvelle fenêtre) X
share|Cliquez pour partager sur LinkedIn(ouvre dans une nouvelle fenêtre) LinkedIn
share|Cliquez pour envoyer un lien par e-mail à un ami(ouvre dans une nouvelle fenêtre) E-mail
like|J'aime ça :
like|J'aime chargement…
related|Sur le même thème
related|La Royal Navy a escorté six navires russes en Manche en une semaine
related|2 février 2026
related|Dans « Marine nationale »
related|Atlantique 2 : le dernier appareil rénové au standard 6 a été livré
related|11 décembre 2025
related|Dans « Marine nationale »
related|Un câble sous-marin endommagé en Baltique : un cargo sous pavillon russe soupçonné
related|27 novembre 2025
related|Dans « Russie »
tags|Étiquettes : Atlantique 2, FREMM, lutte anti-sous-marine, Manche, Russie, sous-marins
nav|Navigation des articles
nav|← Précédent : Le chef d'état-major des armées plaide pour une « économie de guerre » dans les munitions
nav|Suivant : L'Espagne va commander 25 Eurofighter supplémentaires →
comments|67 contributions
comments|Sonarman dit :
comments|19 mars 2026 à 8 h 51 min
comments|Beau travail des équipages. Quatre jours au contact d'un Kilo, ce n'est pas rien, surtout par petits fonds.
comments|Répondre
comments|Tonton Flingueur dit :
comments|19 mars 2026 à 9 h 20 min
comments|Quinze frégates pour trois façades maritimes et l'outre-mer… on voit bien le problème.
comments|Répondre
comments|Sonarman dit :
comments|19 mars 2026 à 9 h 44 min
comments|@Tonton Flingueur : d'où l'intérêt des drones sous-marins, qui ne remplaceront pas les frégates mais peuvent tenir une zone.
comments|Répondre
read-more|Charger plus de commentaires
comments|Laisser un commentaire Annuler la réponse
comments|Vous devez être connecté pour publier un commentaire.
donate|Soutenir Théâtre d'Opérations
donate|Ce blog est indépendant et sans abonnement. Vous pouvez le soutenir par un don ponctuel ou mensuel.
donate|Faire un don
newsletter|Recevez les nouveaux articles par e-mail
newsletter|Adresse e-mail
newsletter|S'abonner
sidebar|Articles récents
teaser-list|Une frégate de la Marine nationale a pisté un sous-marin russe pendant quatre jours entre la Manche et le golfe de Gascogne
sidebar|La Pologne commande 96 hélicoptères d'attaque supplémentaires
sidebar|Sahel : l'armée nigérienne annonce une offensive dans la région de Tillabéri
sidebar|Archives
sidebar|Sélectionner un mois
copyright|© 2026 Théâtre d'Opérations — Tous droits réservés. Reproduction interdite sans autorisation.
footer|Fièrement propulsé par WordPress
"""),
 dict(id="euronews-english-style-1", site="euronews-english-style", lang="en", sep="\n", title="Brussels proposes EU-wide ban on disposable vapes from 2028", date="2026-03-03", page="""
skip-link|Go to accessibility shortcuts
skip-link|Accessibility shortcuts
skip-link|Go to main content
skip-link|Go to search
skip-link|Go to navigation
skip-link|Go to footer
menu|eurovista.
watch|Live
menu|Latest
menu|My Europe
menu|World
menu|Business
menu|Green
menu|Health
menu|Travel
menu|Culture
menu|Next
menu|Video
menu|Programmes
lang-switch|English
newsletter|Newsletters
search|Search
trending|Trending
trending|Ukraine peace talks
trending|EU budget 2028-2034
trending|Six Nations
trending|Eurovision 2026
breadcrumb|My Europe
section-label|EU Policy
h1|Brussels proposes EU-wide ban on disposable vapes from 2028
lead|The European Commission wants to outlaw single-use e-cigarettes across the bloc and cap nicotine strength in refillable devices, citing soaring use among teenagers and millions of batteries thrown away each week.
byline|By Sofia Andreou
dateline|Published on 03/03/2026 - 12:58 GMT+1
dateline|Updated 03/03/2026 - 16:24 GMT+1
share|Share this article
comments|Comments
share|Facebook Twitter Flipboard Send Reddit Linkedin Messenger Telegram VK Bluesky Threads Whatsapp
caption|A woman exhales vapour from an e-cigarette in central Brussels, 3 March 2026.
credit|Copyright AP Photo/Virginia Lemaire
p|Single-use e-cigarettes would disappear from shop shelves across the European Union from January 2028 under a proposal unveiled by the European Commission on Tuesday.
p|The draft law, part of a long-delayed overhaul of the bloc's tobacco rules, would also set a maximum nicotine concentration for refillable vapes and ban most flavours other than tobacco and menthol.
p|"We have a generation of young Europeans becoming addicted to nicotine through products designed to look like sweets," the EU's health commissioner told reporters in Brussels. "This is not a lifestyle choice. It is a public health emergency in slow motion."
ad|ADVERTISEMENT
p|According to figures cited by the Commission, around one in five 15- and 16-year-olds in the EU reported having used an e-cigarette in the previous month in 2025, up from one in eight five years earlier.
p|The environmental case is just as pressing, officials argue. An estimated 8 million disposable vapes are thrown away in the EU every week, most of them with a lithium battery inside that is never recycled.
related|Related
related|Belgium becomes first EU country to ban disposable vapes
related|Which European countries tax e-cigarettes the most?
h2|What does the proposal include?
p|The Commission's plan would:
li|ban the sale of single-use e-cigarettes from 1 January 2028;
li|cap nicotine concentration in refillable liquids at 12 milligrams per millilitre;
li|restrict flavours to tobacco and menthol;
li|require plain packaging for all vaping products, as already applies to cigarettes in several member states.
ad|ADVERTISEMENT
p|Several countries, including Belgium and France, have already introduced national bans on disposable vapes, and public health groups have long argued that a patchwork of national rules allows products to cross borders freely.
h2|Industry pushback
p|The vaping industry reacted angrily. Its main European trade association said the ban would "push adult smokers back to cigarettes" and fuel a black market in illegal devices, which it says already accounts for a large share of sales in some countries.
p|Some member states are also likely to resist. Diplomats say Italy and Greece, which rely on tax revenue from tobacco products, have raised concerns about the speed of the changes, while several central European governments oppose EU-level rules on flavours.
p|The proposal now needs the approval of both the European Parliament and the Council, which represents the 27 member states. Negotiations are expected to take at least 18 months.
signature|Additional sources • AFP, Reuters
share|Share this article
comments|Comments
ad|ADVERTISEMENT
teaser-list|More from My Europe
teaser-list|EU finance ministers clash over joint defence borrowing
teaser-list|4 hours ago
teaser-list|Explained: What is the EU's new 'competitiveness fund'?
teaser-list|7 hours ago
teaser-list|Parliament approves tougher rules on online child abuse material
teaser-list|1 day ago
tags|Browse today's tags
tags|European Commission
tags|Public health
tags|Smoking
tags|Youth
newsletter|Europe Today
newsletter|Every weekday morning, our newsletter tells you what matters in Europe today.
newsletter|Your email address
newsletter|Sign up
app|Download the eurovista app
footer|eurovista.
footer|Europe's news. Now.
footer|About us
footer|Contact
footer|Press office
footer|Work with us
footer|Advertise
footer|Terms and conditions
footer|Cookie policy
footer|Modify cookie preferences
footer|Privacy policy
footer|Sitemap
social|Facebook Instagram X YouTube TikTok LinkedIn
copyright|Copyright © eurovista 2026
cookie|We value your privacy
cookie|We and our 842 partners store and access information on your device, such as cookies, to personalise ads and content, measure their performance and develop our services.
cookie|AGREE AND CLOSE
cookie|DISAGREE AND CLOSE
cookie|MORE OPTIONS
"""),
 dict(id="euronews-english-style-2", site="euronews-english-style", lang="en", sep="\n", title="Home insurance in Europe's flood zones up by as much as 40%, regulator warns", date="2025-11-18", page="""
skip-link|Go to accessibility shortcuts
skip-link|Accessibility shortcuts
skip-link|Go to main content
skip-link|Go to search
skip-link|Go to navigation
skip-link|Go to footer
menu|eurovista.
watch|Live
menu|Latest
menu|My Europe
menu|World
menu|Business
menu|Green
menu|Health
menu|Travel
menu|Culture
menu|Next
menu|Video
menu|Programmes
lang-switch|English
newsletter|Newsletters
search|Search
trending|Trending
trending|COP30
trending|Energy prices
trending|Champions League
breadcrumb|Green
section-label|Climate
h1|Home insurance in Europe's flood zones up by as much as 40%, regulator warns
lead|Households in areas hit by repeated floods are facing steep premium rises or being refused cover altogether, according to a new report by Europe's insurance watchdog.
byline|By Marco Vitale & Hanna Lindgren
dateline|Published on 18/11/2025 - 07:00 GMT+1
share|Share this article
comments|Comments
share|Facebook Twitter Flipboard Send Reddit Linkedin Messenger Telegram VK Bluesky Threads Whatsapp
video|Copy/paste the article video embed link below:
video|Copy
video|Watch: Residents in Valencia's L'Horta Sud a year after the floods
video|02:14
credit|Video editor • Aurélien Dufresne
p|Homeowners in some of Europe's most flood-prone regions have seen their insurance premiums rise by up to 40% in three years, and a growing number cannot find cover at any price, Europe's insurance regulator has warned.
p|In a report published on Tuesday, the European Insurance and Occupational Pensions Authority (EIOPA) said the so-called "protection gap" - the share of losses from natural disasters that is not insured - was widening in several member states as extreme weather becomes more frequent.
p|Only around a quarter of the economic losses caused by floods in the EU over the past decade were covered by insurance, the report found. In some southern and eastern countries, the figure was below 10%.
ad|ADVERTISEMENT
h2|'Uninsurable' towns
p|The regulator's analysis, based on data from insurers in 21 countries, found the sharpest increases in parts of northern Italy, eastern Spain, Slovenia and the Ahr valley region in Germany, all of which have suffered destructive floods since 2021.
p|"What we are seeing is the beginning of a situation where entire towns risk becoming uninsurable," an EIOPA official told eurovista. "When that happens, the cost of disasters falls entirely on households and, in the end, on public budgets."
p|In the Emilia-Romagna region, several residents told eurovista that their insurers had either doubled their premiums or declined to renew their policies after the floods of 2023 and 2024.
caption|A street in Faenza, Italy, covered in mud after floods, 20 October 2024.
credit|Copyright AP Photo/Luca Bertolini
p|"I have lived in this house for 30 years. Now they tell me my home is a risk they don't want," said Giovanna, a retired teacher in Faenza, who did not want her surname published.
ad|ADVERTISEMENT
related|Related
related|Spain's floods one year on: 'We still sleep with one eye on the sky'
related|How much is climate change costing Europe? New data shows sharp rise
h2|Calls for an EU-wide scheme
p|The report revives a debate over whether the EU should set up a public-private reinsurance scheme for natural disasters, an idea backed by the European Central Bank and EIOPA but met with caution by several finance ministries.
p|Supporters say a shared fund would spread risk across the continent and keep premiums affordable. Critics fear it would reduce the incentive for national governments to invest in flood defences and to stop building in high-risk areas.
p|Some countries already run their own schemes. France's "CatNat" system adds a compulsory surcharge to every home insurance contract to fund disaster payouts, while Spain's public Consorcio de Compensación de Seguros covers damage from extraordinary events.
p|The European Commission is expected to present options on climate resilience and insurance in the first half of next year.
signature|Additional sources • Reuters
share|Share this article
comments|Comments
ad|ADVERTISEMENT
teaser-list|More from Green
teaser-list|COP30: Negotiators work through the night on adaptation finance
teaser-list|2 hours ago
teaser-list|Europe's heat-related deaths passed 60,000 last summer, study finds
teaser-list|5 hours ago
teaser-list|Why Denmark is paying farmers to flood their fields
teaser-list|1 day ago
tags|Browse today's tags
tags|Floods
tags|Insurance
tags|Climate change
tags|Italy
newsletter|Climate Now
newsletter|Every week, the stories that matter on climate and the environment, straight to your inbox.
newsletter|Your email address
newsletter|Sign up
app|Download the eurovista app
footer|eurovista.
footer|Europe's news. Now.
footer|About us
footer|Contact
footer|Press office
footer|Work with us
footer|Advertise
footer|Terms and conditions
footer|Cookie policy
footer|Modify cookie preferences
footer|Privacy policy
footer|Sitemap
social|Facebook Instagram X YouTube TikTok LinkedIn
copyright|Copyright © eurovista 2026
cookie|We value your privacy
cookie|We and our 842 partners store and access information on your device, such as cookies, to personalise ads and content, measure their performance and develop our services.
cookie|AGREE AND CLOSE
cookie|DISAGREE AND CLOSE
cookie|MORE OPTIONS
"""),
]
